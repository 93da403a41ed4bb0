//! What a per-recording report knows besides the findings document: the recording's name,
//! room and streamer, its loudness over time and the context cut around each clip.
//!
//! These are plain data. The evidence stage measures and fills them (and re-exports
//! [`LevelProfile`] and [`ClipContext`] at their old `evidence` paths); they live here so that
//! reports read them without depending on the evidence stage.

use serde::{Deserialize, Serialize};

/// What a per-recording report knows besides the findings document.
#[derive(Debug, Clone, Default)]
pub struct RecordingMeta {
    /// Output name of the recording (the folder name under `--out`).
    pub name: String,
    /// Live room (直播间) and streamer (主播), when given.
    pub room: Option<String>,
    pub streamer: Option<String>,
    /// Loudness over time, measured while cutting clips (for the timeline's music/silence row).
    pub levels: Option<LevelProfile>,
    /// Context around each clip, when clips were cut (their players are linked).
    pub context: Option<ClipContext>,
    /// When the report was made (RFC 3339).
    pub generated_at: String,
    /// SHA-256 of the pack's findings.json, when the report sits in a pack: the page's review
    /// controls name it in the review.json they save, so the review fits only these findings.
    pub findings_sha256: Option<String>,
}

/// Loudness of the recording over time, for the timeline picture (speech vs music/silence).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelProfile {
    /// Milliseconds per bin.
    pub bin_ms: u32,
    /// RMS level of each bin in dBFS (−120 for digital silence and for gaps).
    pub dbfs: Vec<f32>,
}

impl LevelProfile {
    /// Duration the profile covers.
    pub fn duration_ms(&self) -> u64 {
        self.dbfs.len() as u64 * u64::from(self.bin_ms)
    }
}

/// Context added around each finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClipContext {
    pub before_ms: u64,
    pub after_ms: u64,
}
