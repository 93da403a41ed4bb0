//! liveaudit: listens to recorded livestream selling (直播带货) so market regulators don't have to.
//!
//! Data flows one way through small stage modules:
//! `media` (demux, decode, resample) → `asr` (Whisper) → `text` (normalise) → `rules` →
//! `findings` → outputs (`report`). `modelstore` supplies the Whisper weights and `cli` wires
//! the stages into commands.

pub mod asr;
pub mod cli;
pub mod evidence;
pub mod failure;
pub mod findings;
pub mod media;
pub mod modelstore;
pub mod pipeline;
pub mod queue;
pub mod report;
pub mod review;
pub mod rules;
pub mod sinks;
pub mod source;
pub mod text;
pub mod transcript;
pub mod vad;
pub mod worker;

/// Version string recorded in every findings document (`engine.version`).
pub const ENGINE_VERSION: &str = concat!("liveaudit ", env!("CARGO_PKG_VERSION"));
