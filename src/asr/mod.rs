//! Speech recognition stage: audio windows in, timestamped Mandarin segments out.
//!
//! The [`Transcriber`] seam keeps the rest of the pipeline independent of whisper.cpp; the
//! real implementation is [`whisper::WhisperTranscriber`]. Windows are cut by
//! the VAD (`crate::vad`) from the streamed 16 kHz audio, and [`hallucination`] drops the text
//! Whisper invents over music and silence.

mod callbacks;
pub mod hallucination;
mod tokens;
pub mod whisper;
pub mod window;

use crate::transcript::Segment;

pub use whisper::{AsrConfig, WhisperModel, WhisperTranscriber};
pub use window::AudioWindow;

/// Errors of the ASR stage.
#[derive(Debug, thiserror::Error)]
pub enum AsrError {
    /// The model file could not be loaded (missing, corrupt, wrong format).
    #[error("cannot load Whisper model {path}: {reason}")]
    ModelLoad { path: String, reason: String },
    /// whisper.cpp failed while decoding a window.
    #[error("Whisper failed on the window at {offset_ms} ms: {reason}")]
    Inference { offset_ms: u64, reason: String },
}

impl crate::failure::Classify for AsrError {
    /// Inference failures may succeed on a retry (memory pressure, GPU hiccup); a model that
    /// does not load will not, and is ours to fix.
    fn class(&self) -> crate::failure::FailureClass {
        match self {
            AsrError::Inference { .. } => crate::failure::FailureClass::Transient,
            _ => crate::failure::FailureClass::Internal,
        }
    }
}

/// Turns one window of 16 kHz mono audio into segments timed in the recording's timeline.
///
/// Implementations must not carry context between windows: each call is independent, so the
/// same window always yields the same text wherever it falls in a recording.
pub trait Transcriber: Send {
    /// Transcribe `window`; segment and token times are absolute (window offset added).
    fn transcribe(&mut self, window: &AudioWindow) -> Result<Vec<Segment>, AsrError>;

    /// Everything besides the model file that shapes the text (language, prompt, decoding,
    /// filters), so a transcript journal is never taken up under other settings. Thread
    /// counts are left out: they do not change the text.
    fn settings(&self) -> String;
}
