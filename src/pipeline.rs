//! Wires the stages for one recording: decode (own thread) → windows → Whisper → rules →
//! findings document.
//!
//! Decoding and resampling run on their own thread and feed Whisper through a bounded
//! crossbeam channel, so memory stays bounded by a couple of windows whatever the length of
//! the recording.

use std::io::Read;
use std::path::Path;

use crossbeam_channel::bounded;
use sha2::{Digest, Sha256};

use crate::asr::window::rms_dbfs;
use crate::asr::{AsrError, AudioWindow, Transcriber};
use crate::findings::{EngineInfo, FindingsDoc, InputInfo, SCHEMA_V1};
use crate::media::{self, AudioStream, DecodeReport, MediaError, MediaInfo};
use crate::rules::RuleEngine;
use crate::transcript::Segment;
use crate::vad::{SpeechWindower, VadConfig};

/// Windows quieter than this carry no speech worth sending to Whisper.
const SILENT_WINDOW_DBFS: f32 = -60.0;

/// Failure to audit one input.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error(transparent)]
    Media(#[from] MediaError),
    #[error(transparent)]
    Asr(#[from] AsrError),
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the decoder thread for {0} stopped unexpectedly")]
    DecoderCrashed(String),
}

impl AuditError {
    /// True when the input itself is at fault (bad or unsupported file), so retrying cannot help
    /// and the CLI reports it with the bad-input exit code.
    pub fn is_bad_input(&self) -> bool {
        match self {
            AuditError::Media(e) => e.is_bad_input(),
            AuditError::Io { source, .. } => source.kind() == std::io::ErrorKind::NotFound,
            _ => false,
        }
    }

    /// True for transient failures worth retrying (I/O hiccups, inference failures).
    pub fn is_retryable(&self) -> bool {
        match self {
            AuditError::Media(e) => e.is_retryable(),
            AuditError::Asr(e) => e.is_retryable(),
            AuditError::Io { source, .. } => source.kind() != std::io::ErrorKind::NotFound,
            AuditError::DecoderCrashed(_) => false,
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
}

enum DecodeMsg {
    Info(MediaInfo),
    Window(AudioWindow),
    Done(DecodeReport),
    Failed(MediaError),
}

/// Opens a recording as a 16 kHz stream; runs on the decode thread. Sources other than local
/// files (URLs, HLS playlists) plug in here.
pub type StreamOpener = Box<dyn FnOnce() -> Result<AudioStream, MediaError> + Send>;

/// Decodes the local file `path` on a separate thread and transcribes its windows in order.
pub fn transcribe_path(
    path: &Path,
    transcriber: &mut dyn Transcriber,
    progress: &mut dyn FnMut(Progress),
) -> Result<TranscribeOutput, AuditError> {
    let owned = path.to_path_buf();
    transcribe_stream(
        &path.display().to_string(),
        Box::new(move || media::open(&owned)),
        transcriber,
        progress,
    )
}

/// Opens and decodes a recording on a separate thread (`open` runs there) and transcribes its
/// speech windows in order. `label` names the input in errors.
pub fn transcribe_stream(
    label: &str,
    open: StreamOpener,
    transcriber: &mut dyn Transcriber,
    progress: &mut dyn FnMut(Progress),
) -> Result<TranscribeOutput, AuditError> {
    let (tx, rx) = bounded::<DecodeMsg>(2);
    let decoder = std::thread::Builder::new()
        .name("decode".into())
        .spawn(move || {
            let mut stream = match open() {
                Ok(s) => s,
                Err(e) => {
                    let _ = tx.send(DecodeMsg::Failed(e));
                    return;
                }
            };
            if tx.send(DecodeMsg::Info(stream.info().clone())).is_err() {
                return;
            }
            let mut windower = SpeechWindower::new(VadConfig::default());
            for chunk in stream.by_ref() {
                match chunk {
                    Ok(chunk) => {
                        for w in windower.push(chunk) {
                            if tx.send(DecodeMsg::Window(w)).is_err() {
                                return;
                            }
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(DecodeMsg::Failed(e));
                        return;
                    }
                }
            }
            if let Some(w) = windower.finish() {
                if tx.send(DecodeMsg::Window(w)).is_err() {
                    return;
                }
            }
            let _ = tx.send(DecodeMsg::Done(stream.report()));
        })
        .map_err(|e| AuditError::Io {
            path: label.to_string(),
            source: e,
        })?;

    let mut info = None;
    let mut segments = Vec::new();
    let mut audio_ms = 0;
    let mut transcribed_ms = 0;
    let mut result = Err(AuditError::DecoderCrashed(label.to_string()));
    for msg in rx.iter() {
        match msg {
            DecodeMsg::Info(i) => {
                progress(Progress::Opened {
                    duration_ms: i.duration_ms,
                });
                info = Some(i);
            }
            DecodeMsg::Window(w) => {
                audio_ms = audio_ms.max(w.end_ms());
                // The VAD passes speech only; this guards against near-silent padding.
                if rms_dbfs(&w.samples) > SILENT_WINDOW_DBFS {
                    transcribed_ms += w.end_ms() - w.start_ms();
                    segments.extend(transcriber.transcribe(&w)?);
                }
                progress(Progress::Transcribed {
                    until_ms: w.end_ms(),
                });
            }
            DecodeMsg::Done(report) => {
                let info = info.take().expect("info is sent before any window");
                result = Ok(TranscribeOutput {
                    info,
                    report,
                    segments: std::mem::take(&mut segments),
                    audio_ms,
                    transcribed_ms,
                });
                break;
            }
            DecodeMsg::Failed(e) => {
                result = Err(e.into());
                break;
            }
        }
    }
    drop(rx);
    let _ = decoder.join();
    result
}

/// SHA-256 (hex) and size of a file, read in a stream.
pub fn sha256_file(path: &Path) -> Result<(String, u64), AuditError> {
    let io = |source| AuditError::Io {
        path: path.display().to_string(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf).map_err(io)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((hex::encode(hasher.finalize()), size))
}

/// Builds the findings document from a transcript: runs the rules and numbers the findings.
pub fn build_document(
    uri: String,
    sha256: String,
    size_bytes: u64,
    out: TranscribeOutput,
    engine_info: EngineInfo,
    rules: &RuleEngine,
) -> FindingsDoc {
    let findings = rules.check(&out.segments);
    let duration_ms = out.report.decoded_ms().max(out.audio_ms);
    let mut doc = FindingsDoc {
        schema: SCHEMA_V1.into(),
        input: InputInfo {
            uri,
            sha256,
            duration_ms,
            container: out.info.container.clone(),
            codec: out.info.codec.clone(),
            started_at: None,
            sample_rate: Some(out.info.sample_rate),
            channels: Some(out.info.channels),
            size_bytes: Some(size_bytes),
        },
        engine: engine_info,
        transcript: out.segments,
        findings,
    };
    doc.renumber();
    doc
}
