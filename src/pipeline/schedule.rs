//! Many recordings through one pool of transcribers (`audit --parallel N`).
//!
//! Why a scheduler of its own: with one recording at a time, the transcribers (N whisper
//! states over one loaded model, e.g. on a GPU) wait whenever that recording is being opened,
//! probed or decoded, and a short recording cannot fill N states at all. Here several
//! recordings decode and run the VAD ahead, each on its own CPU thread, and all of them feed
//! one shared bounded crossbeam work channel, so speech windows from different recordings
//! interleave and every state always has the next window waiting. Memory stays bounded: at
//! most `decode_ahead` recordings are open and `queue_depth` windows wait in the channel.
//!
//! Results come back tagged with their recording and window number and are put back in window
//! order per recording (the same reordering as the one-recording pipeline), so each recording's
//! transcript, and therefore its findings, is the one a sequential run gives: windows carry no
//! context between them. A recording that fails (bad input, decoder error, inference error)
//! is reported on its own and the others go on.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{bounded, unbounded, SendTimeoutError, Sender};

use super::{
    decode_into, AuditError, DecodeMsg, Ordered, Progress, StreamOpener, TranscribeOutput,
    SILENT_WINDOW_DBFS,
};
use crate::asr::window::rms_dbfs;
use crate::asr::{AsrError, AudioWindow, Transcriber};
use crate::media::{self, DecodeReport, MediaError, MediaInfo};
use crate::transcript::Segment;
use crate::vad::VadConfig;

/// One recording of a batch.
pub struct BatchItem {
    /// Names the recording in errors.
    pub label: String,
    /// Opens it as a 16 kHz stream; runs on the recording's decode thread.
    pub open: StreamOpener,
}

/// How a batch is scheduled.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// VAD settings for every recording.
    pub vad: VadConfig,
    /// Recordings decoded at the same time (each on its own thread). More than the pool size
    /// keeps the pool fed while one recording is being opened or probed.
    pub decode_ahead: usize,
    /// Speech windows waiting for a transcriber (bounds memory: a window is up to 30 s).
    pub queue_depth: usize,
}

impl BatchOptions {
    /// Defaults for a pool of `transcribers` states: one recording more decoding than there
    /// are states, and two windows waiting per state.
    pub fn for_pool(transcribers: usize) -> BatchOptions {
        let n = transcribers.max(1);
        BatchOptions {
            vad: VadConfig::default(),
            decode_ahead: n + 1,
            queue_depth: 2 * n,
        }
    }
}

/// What the scheduler reports about one recording (by its index in the batch).
#[derive(Debug)]
pub enum BatchEvent {
    /// Progress of the recording, as in the one-recording pipeline.
    Progress(Progress),
    /// The recording is done, with its transcript or the reason it failed. Comes exactly
    /// once per recording, in the order recordings finish.
    Finished(Box<Result<TranscribeOutput, AuditError>>),
}

/// A speech window on its way to the pool.
struct Job {
    rec: usize,
    seq: usize,
    window: AudioWindow,
    cancelled: Arc<AtomicBool>,
}

/// What a decode thread learned about its recording besides the windows.
struct Decoded {
    report: DecodeReport,
    audio_ms: u64,
    transcribed_ms: u64,
    windows: usize,
    speech_spans: Vec<(u64, u64)>,
}

/// How a decode thread ended.
enum DecodeOutcome {
    Done(Decoded),
    Failed(MediaError),
    /// It stopped early because its recording was cancelled or the batch is over.
    Stopped,
    /// It panicked.
    Crashed,
}

/// Messages to the scheduling (calling) thread.
enum Event {
    Opened(usize, MediaInfo),
    Transcribed {
        rec: usize,
        seq: usize,
        end_ms: u64,
        result: Result<Vec<Segment>, AsrError>,
    },
    DecoderEnded(usize, DecodeOutcome),
    /// A transcriber thread panicked: the batch cannot finish.
    PoolFailed,
}

/// Sends how a decode thread ended when it is dropped, so a panicking decoder still reports
/// (as [`DecodeOutcome::Crashed`]) and the scheduler never waits for it forever.
struct EndNotice {
    rec: usize,
    outcome: DecodeOutcome,
    events: Sender<Event>,
}

impl Drop for EndNotice {
    fn drop(&mut self) {
        let outcome = std::mem::replace(&mut self.outcome, DecodeOutcome::Crashed);
        let _ = self.events.send(Event::DecoderEnded(self.rec, outcome));
    }
}

/// Reports a panicking transcriber thread.
struct PoolGuard(Sender<Event>);

impl Drop for PoolGuard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.0.send(Event::PoolFailed);
        }
    }
}

/// A recording being worked on.
struct Running {
    label: String,
    info: Option<MediaInfo>,
    decoded: Option<Decoded>,
    ordered: Ordered,
    cancelled: Arc<AtomicBool>,
}

/// Transcribes `items` on the pool `transcribers` (one thread each), decoding up to
/// `opts.decode_ahead` recordings ahead. `on_event` runs on the calling thread with the
/// recording's index; every recording gets exactly one [`BatchEvent::Finished`].
pub fn transcribe_batch(
    items: Vec<BatchItem>,
    opts: &BatchOptions,
    transcribers: &mut [&mut dyn Transcriber],
    on_event: &mut dyn FnMut(usize, BatchEvent),
) {
    assert!(!transcribers.is_empty(), "a pool needs a transcriber");
    let total = items.len();
    if total == 0 {
        return;
    }
    let (work_tx, work_rx) = bounded::<Job>(opts.queue_depth.max(1));
    let (events_tx, events_rx) = unbounded::<Event>();
    let mut pending = items.into_iter().enumerate();
    let mut running: Vec<Option<Running>> = (0..total).map(|_| None).collect();
    let mut finished = 0;
    let mut decoding = 0;

    std::thread::scope(|scope| {
        for transcriber in transcribers.iter_mut() {
            let (work_rx, events_tx) = (work_rx.clone(), events_tx.clone());
            std::thread::Builder::new()
                .name("whisper".into())
                .spawn_scoped(scope, move || {
                    let _guard = PoolGuard(events_tx.clone());
                    for job in work_rx {
                        if job.cancelled.load(Ordering::Relaxed) {
                            continue;
                        }
                        let result = transcriber.transcribe(&job.window);
                        let event = Event::Transcribed {
                            rec: job.rec,
                            seq: job.seq,
                            end_ms: job.window.end_ms(),
                            result,
                        };
                        if events_tx.send(event).is_err() {
                            break;
                        }
                    }
                })
                .expect("spawning a whisper thread");
        }
        drop(work_rx);

        // Starts the next recording's decode thread; false when none is left.
        let mut start_next = |running: &mut Vec<Option<Running>>| -> bool {
            let Some((rec, item)) = pending.next() else {
                return false;
            };
            let cancelled = Arc::new(AtomicBool::new(false));
            running[rec] = Some(Running {
                label: item.label.clone(),
                info: None,
                decoded: None,
                ordered: Ordered::default(),
                cancelled: cancelled.clone(),
            });
            let (work, events) = (work_tx.clone(), events_tx.clone());
            let (vad, open) = (opts.vad, item.open);
            let spawned = std::thread::Builder::new()
                .name("decode".into())
                .spawn_scoped(scope, move || {
                    decode_recording(rec, open, vad, &work, events, &cancelled)
                });
            if let Err(e) = spawned {
                // No thread: report the recording as failed through the usual path.
                let _ = events_tx.send(Event::DecoderEnded(
                    rec,
                    DecodeOutcome::Failed(MediaError::Internal {
                        path: item.label.into(),
                        detail: format!("cannot start a decode thread: {e}"),
                    }),
                ));
            }
            true
        };
        while decoding < opts.decode_ahead.max(1) && start_next(&mut running) {
            decoding += 1;
        }

        while finished < total {
            // The scheduler holds a sender itself, so this cannot disconnect.
            let Ok(event) = events_rx.recv() else { break };
            let (rec, outcome) = match event {
                Event::Opened(rec, info) => {
                    if let Some(r) = running[rec].as_mut() {
                        on_event(
                            rec,
                            BatchEvent::Progress(Progress::Opened {
                                duration_ms: info.duration_ms,
                            }),
                        );
                        r.info = Some(info);
                    }
                    continue;
                }
                Event::Transcribed {
                    rec,
                    seq,
                    end_ms,
                    result,
                } => {
                    let Some(r) = running[rec].as_mut() else {
                        continue; // the recording already failed
                    };
                    let mut progress = |p| on_event(rec, BatchEvent::Progress(p));
                    r.ordered
                        .take(std::iter::once((seq, end_ms, result)), &mut progress);
                    (rec, None)
                }
                Event::DecoderEnded(rec, outcome) => {
                    decoding -= 1;
                    if start_next(&mut running) {
                        decoding += 1;
                    }
                    (rec, Some(outcome))
                }
                Event::PoolFailed => {
                    // The panic surfaces when the scope joins the thread; stop everything.
                    for r in running.iter().flatten() {
                        r.cancelled.store(true, Ordering::Relaxed);
                    }
                    break;
                }
            };
            let Some(r) = running[rec].as_mut() else {
                continue;
            };
            let failure = match outcome {
                Some(DecodeOutcome::Done(d)) => {
                    r.decoded = Some(d);
                    None
                }
                Some(DecodeOutcome::Failed(e)) => Some(AuditError::Media(e)),
                Some(DecodeOutcome::Crashed) | Some(DecodeOutcome::Stopped) => {
                    Some(AuditError::DecoderCrashed(r.label.clone()))
                }
                None => r.ordered.error.take().map(AuditError::Asr),
            };
            let result = match failure {
                Some(e) => Err(e),
                None => match complete(r) {
                    Some(out) => Ok(out),
                    None => continue,
                },
            };
            if let Some(r) = running[rec].take() {
                // Its decoder (if still running) and queued windows stop.
                r.cancelled.store(true, Ordering::Relaxed);
            }
            finished += 1;
            on_event(rec, BatchEvent::Finished(Box::new(result)));
        }
        drop(work_tx);
    });
}

/// The recording's output once it is decoded and every window is back; `None` before that.
fn complete(r: &mut Running) -> Option<TranscribeOutput> {
    let decoded = r.decoded.as_ref()?;
    if r.ordered.next < decoded.windows || r.info.is_none() {
        return None;
    }
    let d = r.decoded.take()?;
    Some(TranscribeOutput {
        info: r.info.take()?,
        report: d.report,
        segments: std::mem::take(&mut r.ordered.segments),
        audio_ms: d.audio_ms,
        transcribed_ms: d.transcribed_ms,
        windows: d.windows,
        speech_spans: d.speech_spans,
    })
}

/// A decode thread: streams one recording through the VAD and puts its speech windows on the
/// shared work channel, numbered in order; skips silent windows as the one-recording
/// pipeline does.
fn decode_recording(
    rec: usize,
    open: StreamOpener,
    vad: VadConfig,
    work: &Sender<Job>,
    events: Sender<Event>,
    cancelled: &Arc<AtomicBool>,
) {
    let mut notice = EndNotice {
        rec,
        outcome: DecodeOutcome::Stopped,
        events: events.clone(),
    };
    let mut stats = Decoded {
        report: DecodeReport::default(),
        audio_ms: 0,
        transcribed_ms: 0,
        windows: 0,
        speech_spans: Vec::new(),
    };
    let mut end = None;
    decode_into(open, vad, &mut |msg| match msg {
        DecodeMsg::Info(info) => events.send(Event::Opened(rec, info)).is_ok(),
        DecodeMsg::Window(w) => {
            stats.audio_ms = stats.audio_ms.max(w.end_ms());
            // The VAD passes speech only; this guards against near-silent padding.
            if rms_dbfs(&w.samples) <= SILENT_WINDOW_DBFS {
                return !cancelled.load(Ordering::Relaxed);
            }
            stats.transcribed_ms += w.audio_ms();
            for (i, p) in w.pieces.iter().enumerate() {
                let start = p.start_sample * 1000 / media::TARGET_SAMPLE_RATE as u64;
                stats.speech_spans.push((start, w.piece_end_ms(i)));
            }
            let job = Job {
                rec,
                seq: stats.windows,
                window: w,
                cancelled: cancelled.clone(),
            };
            stats.windows += 1;
            send_unless_cancelled(work, job, cancelled)
        }
        DecodeMsg::Done(report) => {
            end = Some(Ok(report));
            false
        }
        DecodeMsg::Failed(e) => {
            end = Some(Err(e));
            false
        }
    });
    notice.outcome = match end {
        Some(Ok(report)) => {
            stats.report = report;
            DecodeOutcome::Done(stats)
        }
        Some(Err(e)) => DecodeOutcome::Failed(e),
        None => DecodeOutcome::Stopped,
    };
}

/// Puts `job` on the work channel, waiting while it is full; gives up (false) when the
/// recording is cancelled or the pool is gone, so a decoder never blocks forever.
fn send_unless_cancelled(work: &Sender<Job>, mut job: Job, cancelled: &AtomicBool) -> bool {
    loop {
        match work.send_timeout(job, Duration::from_millis(200)) {
            Ok(()) => return true,
            Err(SendTimeoutError::Timeout(j)) => {
                if cancelled.load(Ordering::Relaxed) {
                    return false;
                }
                job = j;
            }
            Err(SendTimeoutError::Disconnected(_)) => return false,
        }
    }
}
