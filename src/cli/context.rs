//! What every command shares: the run's context (global flags, config file) and its exit
//! status, and how an input's error is printed.

use super::settings::FileConfig;

/// Exit status of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitOutcome {
    /// Everything asked for was done.
    Success,
    /// Some inputs were bad; the rest were processed.
    BadInput,
    /// Something failed that is not the input's fault.
    Failure,
    /// The invocation or configuration is wrong.
    Usage,
}

impl ExitOutcome {
    /// The outcome of an error: bad input (exit 3) when the input is at fault, else failure.
    pub fn of_error(e: &impl crate::failure::Classify) -> ExitOutcome {
        if e.is_bad_input() {
            ExitOutcome::BadInput
        } else {
            ExitOutcome::Failure
        }
    }

    /// The process exit code for this outcome.
    pub fn code(self) -> u8 {
        match self {
            ExitOutcome::Success => 0,
            ExitOutcome::Failure => 1,
            ExitOutcome::Usage => 2,
            ExitOutcome::BadInput => 3,
        }
    }

    /// Combines outcomes of several inputs: an internal failure outranks bad input.
    pub fn worst(self, other: ExitOutcome) -> ExitOutcome {
        let rank = |o: ExitOutcome| match o {
            ExitOutcome::Success => 0,
            ExitOutcome::BadInput => 1,
            ExitOutcome::Usage => 2,
            ExitOutcome::Failure => 3,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

/// Shared state for a command run: global flags and the config file.
pub struct Context {
    pub quiet: bool,
    pub file_config: FileConfig,
    /// Progress bars only for a person at a terminal.
    pub show_progress: bool,
}

/// Prints an error about one input, naming it once: most library errors already start with
/// the input's name, and "error: x.flv: x.flv: …" reads like a stutter.
pub fn print_input_error(label: &std::path::Path, e: &dyn std::fmt::Display) {
    let (label, message) = (label.display().to_string(), e.to_string());
    if message.starts_with(&label) {
        eprintln!("error: {message}");
    } else {
        eprintln!("error: {label}: {message}");
    }
}

/// The multi-threaded runtime the queue commands run on (I/O only; Whisper runs on
/// blocking threads).
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}
