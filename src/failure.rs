//! One classification of failures, carried through every error conversion: is the input at
//! fault, may trying again help, or is it ours?
//!
//! Why: the CLI's exit code (3 for bad input, 1 for a failure), the worker's verdict (dead
//! letter or retry) and the sinks' retries all ask the same question of different errors.
//! Each error type answers it once, in [`Classify::class`], instead of a pair of
//! hand-written predicates per type that can disagree.

/// What kind of failure an error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureClass {
    /// The input (recording, message, request) is at fault; retrying cannot help.
    BadInput,
    /// Network, broker, disk or service trouble that may pass.
    Transient,
    /// A bug or resource failure inside liveaudit; neither the input's fault nor worth a retry.
    Internal,
}

/// Errors that know their [`FailureClass`].
pub trait Classify {
    /// The class of this error.
    fn class(&self) -> FailureClass;

    /// True when the input itself is at fault.
    fn is_bad_input(&self) -> bool {
        self.class() == FailureClass::BadInput
    }

    /// True for transient failures worth retrying.
    fn is_retryable(&self) -> bool {
        self.class() == FailureClass::Transient
    }
}

impl Classify for std::io::Error {
    /// A missing file is the input's fault; interruptions and time-outs pass; the rest
    /// (permissions, a full disk) is the machine's and is reported as internal.
    fn class(&self) -> FailureClass {
        use std::io::ErrorKind::*;
        match self.kind() {
            NotFound | InvalidData | InvalidInput | UnexpectedEof => FailureClass::BadInput,
            Interrupted | TimedOut | WouldBlock | ConnectionReset | ConnectionAborted
            | ConnectionRefused | BrokenPipe | NotConnected => FailureClass::Transient,
            _ => FailureClass::Internal,
        }
    }
}
