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

pub mod batch;

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
    /// A URL liveaudit has no client for (ftp://, rtmp://…), caught before it is taken for a
    /// file name and reported as "No such file".
    #[error(
        "{input}: unsupported URL scheme '{scheme}' (liveaudit reads local files and http(s) URLs)"
    )]
    UnsupportedScheme { input: String, scheme: String },
}

impl AuditError {
    /// True when the input itself is at fault (bad or unsupported file), so retrying cannot help
    /// and the CLI reports it with the bad-input exit code.
    pub fn is_bad_input(&self) -> bool {
        match self {
            AuditError::Media(e) => e.is_bad_input(),
            AuditError::Io { source, .. } => source.kind() == std::io::ErrorKind::NotFound,
            AuditError::UnsupportedScheme { .. } => true,
            _ => false,
        }
    }

    /// True for transient failures worth retrying (I/O hiccups, inference failures).
    pub fn is_retryable(&self) -> bool {
        match self {
            AuditError::Media(e) => e.is_retryable(),
            AuditError::Asr(e) => e.is_retryable(),
            AuditError::Io { source, .. } => source.kind() != std::io::ErrorKind::NotFound,
            AuditError::DecoderCrashed(_) | AuditError::UnsupportedScheme { .. } => false,
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
    /// Windows handed to Whisper.
    pub windows: usize,
    /// Stretches of the timeline (start, end ms) the VAD judged speech and passed to Whisper;
    /// the rest is music or silence. Reports draw them on the timeline.
    pub speech_spans: Vec<(u64, u64)>,
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
    transcribe_stream_with(label, open, VadConfig::default(), transcriber, progress)
}

/// [`transcribe_stream`] with explicit VAD settings (benchmarks, tuning).
pub fn transcribe_stream_with(
    label: &str,
    open: StreamOpener,
    vad: VadConfig,
    transcriber: &mut dyn Transcriber,
    progress: &mut dyn FnMut(Progress),
) -> Result<TranscribeOutput, AuditError> {
    transcribe_stream_pooled(label, open, vad, &mut [transcriber], progress)
}

/// Decodes and runs the VAD on one thread and transcribes its windows on a pool of
/// transcribers (e.g. several whisper states over one loaded model), one thread each, fed
/// through a bounded channel. Windows carry no context between them, so the segments,
/// reassembled in window order, are the same whatever the pool size.
pub fn transcribe_stream_pooled(
    label: &str,
    open: StreamOpener,
    vad: VadConfig,
    transcribers: &mut [&mut dyn Transcriber],
    progress: &mut dyn FnMut(Progress),
) -> Result<TranscribeOutput, AuditError> {
    assert!(!transcribers.is_empty(), "a pool needs a transcriber");
    let (tx, rx) = bounded::<DecodeMsg>(2);
    let decoder = std::thread::Builder::new()
        .name("decode".into())
        .spawn(move || decode_and_window(open, vad, tx))
        .map_err(|e| AuditError::Io {
            path: label.to_string(),
            source: e,
        })?;

    let (work_tx, work_rx) = bounded::<(usize, AudioWindow)>(transcribers.len());
    type Done = (usize, u64, Result<Vec<Segment>, AsrError>);
    let (done_tx, done_rx) = crossbeam_channel::unbounded::<Done>();
    let mut info = None;
    let mut audio_ms = 0;
    let mut transcribed_ms = 0;
    let mut windows = 0;
    let mut speech_spans = Vec::new();
    let mut result = Err(AuditError::DecoderCrashed(label.to_string()));
    let mut ordered = Ordered::default();
    std::thread::scope(|scope| {
        for transcriber in transcribers.iter_mut() {
            let work_rx = work_rx.clone();
            let done_tx = done_tx.clone();
            std::thread::Builder::new()
                .name("whisper".into())
                .spawn_scoped(scope, move || {
                    for (seq, w) in work_rx {
                        let r = transcriber.transcribe(&w);
                        if done_tx.send((seq, w.end_ms(), r)).is_err() {
                            break;
                        }
                    }
                })
                .expect("spawning a whisper thread");
        }
        drop(done_tx);
        let mut seq = 0;
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
                        transcribed_ms += w.audio_ms();
                        windows += 1;
                        for (i, p) in w.pieces.iter().enumerate() {
                            let start = p.start_sample * 1000 / media::TARGET_SAMPLE_RATE as u64;
                            speech_spans.push((start, w.piece_end_ms(i)));
                        }
                        if work_tx.send((seq, w)).is_err() {
                            break;
                        }
                        seq += 1;
                    }
                    ordered.take(done_rx.try_iter(), progress);
                    if ordered.error.is_some() {
                        break;
                    }
                }
                DecodeMsg::Done(report) => {
                    let info = info.take().expect("info is sent before any window");
                    result = Ok((info, report));
                    break;
                }
                DecodeMsg::Failed(e) => {
                    result = Err(e.into());
                    break;
                }
            }
        }
        // No more work: the pool drains what it holds and stops.
        drop(work_tx);
        ordered.take(done_rx.iter(), progress);
    });
    drop(rx);
    let _ = decoder.join();
    if let Some(e) = ordered.error {
        return Err(e.into());
    }
    let (info, report) = result?;
    Ok(TranscribeOutput {
        info,
        report,
        segments: ordered.segments,
        audio_ms,
        transcribed_ms,
        windows,
        speech_spans,
    })
}

/// Puts windows' results back in window order as they arrive from the pool.
#[derive(Default)]
struct Ordered {
    next: usize,
    waiting: std::collections::BTreeMap<usize, (u64, Vec<Segment>)>,
    segments: Vec<Segment>,
    error: Option<AsrError>,
}

impl Ordered {
    fn take(
        &mut self,
        results: impl Iterator<Item = (usize, u64, Result<Vec<Segment>, AsrError>)>,
        progress: &mut dyn FnMut(Progress),
    ) {
        for (seq, end_ms, r) in results {
            match r {
                Ok(segs) => {
                    self.waiting.insert(seq, (end_ms, segs));
                }
                Err(e) => {
                    self.error.get_or_insert(e);
                }
            }
        }
        while let Some((end_ms, segs)) = self.waiting.remove(&self.next) {
            self.segments.extend(segs);
            self.next += 1;
            progress(Progress::Transcribed { until_ms: end_ms });
        }
    }
}

/// The decode thread: opens the input, streams it through the VAD and sends the windows.
fn decode_and_window(open: StreamOpener, vad: VadConfig, tx: crossbeam_channel::Sender<DecodeMsg>) {
    decode_into(open, vad, &mut |msg| tx.send(msg).is_ok());
}

/// Opens the input, streams it through the VAD and hands every message to `send`, which
/// returns false to stop early. Shared by the one-recording pipeline and [`batch`].
fn decode_into(open: StreamOpener, vad: VadConfig, send: &mut dyn FnMut(DecodeMsg) -> bool) {
    let mut stream = match open() {
        Ok(s) => s,
        Err(e) => {
            send(DecodeMsg::Failed(e));
            return;
        }
    };
    if !send(DecodeMsg::Info(stream.info().clone())) {
        return;
    }
    let mut windower = SpeechWindower::new(vad);
    for chunk in stream.by_ref() {
        match chunk {
            Ok(chunk) => {
                for w in windower.push(chunk) {
                    if !send(DecodeMsg::Window(w)) {
                        return;
                    }
                }
            }
            Err(e) => {
                send(DecodeMsg::Failed(e));
                return;
            }
        }
    }
    for w in windower.finish() {
        if !send(DecodeMsg::Window(w)) {
            return;
        }
    }
    send(DecodeMsg::Done(stream.report()));
}

/// SHA-256 (hex) and size of a file, read in a stream.
pub fn sha256_file(path: &Path) -> Result<(String, u64), AuditError> {
    // Every local input is hashed first, so this is where a URL of another scheme is caught.
    let text = path.to_string_lossy();
    if let Some(scheme) = crate::source::foreign_scheme(&text) {
        return Err(AuditError::UnsupportedScheme {
            input: text.to_string(),
            scheme: scheme.to_string(),
        });
    }
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
