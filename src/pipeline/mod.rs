//! The audit core: one recording reference in, a findings document out to the sinks.
//!
//! `source` resolves and opens the recording → [`decode`] runs its decode thread (demux,
//! decode, resample, VAD) → [`schedule`] hands its speech windows to a pool of transcribers
//! and puts the segments back in order → [`auditor`] checks the rules, sets times and hands
//! the document to the [`crate::sinks`]. The CLI's sequential path, `audit --parallel N` and
//! the worker all go through [`Auditor`]; they differ only in pool size, sinks and how they
//! report progress.
//!
//! Decoding runs on its own threads and feeds Whisper through bounded crossbeam channels, so
//! memory stays bounded by a few windows whatever the length of the recording.

pub mod auditor;
pub mod decode;
pub mod journal;
pub mod live;
pub mod schedule;

#[cfg(test)]
pub(crate) mod tests;

use crate::asr::AsrError;
use crate::failure::{Classify, FailureClass};
use crate::media::{DecodeReport, MediaError, MediaInfo};
use crate::sinks::SinkError;
use crate::source::input::ResolveError;
use crate::transcript::Segment;

pub use auditor::{engine_info, transcribe, AuditEvent, AuditInput, Audited, Auditor};
pub use decode::Budget;
pub use schedule::{transcribe_all, ScheduleEvent, ScheduleOptions, ScheduledItem};

/// Failure to audit one input.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error(transparent)]
    Resolve(#[from] ResolveError),
    #[error(transparent)]
    Media(#[from] MediaError),
    #[error(transparent)]
    Asr(#[from] AsrError),
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error("the decoder thread for {0} stopped unexpectedly")]
    DecoderCrashed(String),
    #[error("{0}: a transcriber thread crashed; the batch was stopped")]
    TranscriberCrashed(String),
    #[error(transparent)]
    Journal(#[from] journal::JournalError),
    /// A journaled window holds other audio than the input's (see [`journal::Replay::take`]).
    #[error("{0}")]
    JournalMismatch(String),
    /// The audit's budget ran out (deadline, longest recording): a permanent failure, the
    /// same input would run out again.
    #[error("{0}")]
    OverBudget(String),
}

impl Classify for AuditError {
    /// The input's own faults (an unreadable reference, a bad file) are bad input; decode,
    /// inference and sink failures keep their own class; a crashed thread is ours.
    fn class(&self) -> FailureClass {
        match self {
            AuditError::Resolve(_) | AuditError::OverBudget(_) => FailureClass::BadInput,
            AuditError::JournalMismatch(_) => FailureClass::BadInput,
            AuditError::Journal(journal::JournalError::Io { source, .. }) => source.class(),
            AuditError::Journal(_) => FailureClass::BadInput,
            AuditError::Media(e) => e.class(),
            AuditError::Asr(e) => e.class(),
            AuditError::Sink(e) => e.class(),
            AuditError::DecoderCrashed(_) | AuditError::TranscriberCrashed(_) => {
                FailureClass::Internal
            }
        }
    }
}

/// Progress of one input, reported as Whisper works through the recording.
#[derive(Debug, Clone, Copy)]
pub enum Progress {
    /// The input was opened; its declared duration if known.
    Opened { duration_ms: Option<u64> },
    /// Audio up to this time (recording timeline) has been transcribed.
    Transcribed { until_ms: u64 },
    /// A followed recording: the last window was transcribed `lag_ms` after its audio
    /// arrived (queue and transcription). Growing, it means the machine cannot keep up.
    Lag { lag_ms: u64 },
}

/// What transcription of one recording produced.
#[derive(Debug, Clone)]
pub struct TranscribeOutput {
    pub info: MediaInfo,
    pub report: DecodeReport,
    pub segments: Vec<Segment>,
    /// Milliseconds of audio decoded.
    pub audio_ms: u64,
    /// Milliseconds of audio actually given to Whisper (silent windows are skipped).
    pub transcribed_ms: u64,
    /// Windows handed to Whisper.
    pub windows: usize,
    /// Stretches of the timeline (start, end ms) the VAD judged speech and passed to Whisper;
    /// the rest is music or silence. Reports draw them on the timeline.
    pub speech_spans: Vec<(u64, u64)>,
}
