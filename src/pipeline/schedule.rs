//! The one scheduler: recordings decode on their own threads and feed speech windows to a
//! pool of transcribers (whisper states over one loaded model) through one bounded channel.
//!
//! Sequential audit is this scheduler with one state and one recording decoding at a time;
//! `audit --parallel N` gives it N states and lets N + 1 recordings decode ahead, so windows
//! of several recordings interleave and every state always has the next window waiting; a
//! worker job is one recording on one borrowed state. Memory stays bounded: at most
//! `decode_ahead` recordings are open and `queue_depth` windows wait in the channel.
//!
//! Results come back tagged with their recording and window number and are put back in window
//! order per recording, so each recording's transcript, and therefore its findings, is the
//! same whatever the pool size: windows carry no context between them. A recording that fails
//! (bad input, decoder error, inference error, a panicking decoder) is reported on its own
//! and the others go on; a panicking transcriber stops the batch and every unfinished
//! recording is reported as failed.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{bounded, unbounded, Receiver, SendTimeoutError, Sender};

use super::decode::{DecodeMsg, SpeechStats, WindowFeed};
use super::journal::{self, JournalWriter, Replay};
use super::{AuditError, Progress, TranscribeOutput};
use crate::asr::{AsrError, AudioWindow, Transcriber};
use crate::media::{DecodeReport, MediaError, MediaInfo};
use crate::transcript::Segment;

/// One recording to transcribe.
pub struct ScheduledItem {
    /// Names the recording in errors.
    pub label: String,
    /// Its windows, produced on the recording's decode thread.
    pub feed: WindowFeed,
    /// Its transcript journal: windows to replay instead of transcribing, and where to
    /// record the others (see [`super::journal`]).
    pub journal: Option<(Replay, JournalWriter)>,
    /// Report each stretch of transcript as it is put in order ([`ScheduleEvent::Transcript`]):
    /// a followed recording's findings go out before it ends.
    pub live: bool,
}

/// How a batch is scheduled.
#[derive(Debug, Clone)]
pub struct ScheduleOptions {
    /// Recordings decoded at the same time (each on its own thread). More than the pool size
    /// keeps the pool fed while one recording is being opened or probed.
    pub decode_ahead: usize,
    /// Speech windows waiting for a transcriber (bounds memory: a window is up to 30 s).
    pub queue_depth: usize,
    /// Start the next recording only once the previous ones have finished, not merely been
    /// decoded: one recording at a time, results in input order.
    pub in_order: bool,
}

impl ScheduleOptions {
    /// One recording after another on one state: what `audit --parallel 1` and a job do.
    pub fn sequential() -> ScheduleOptions {
        ScheduleOptions {
            decode_ahead: 1,
            queue_depth: 2,
            in_order: true,
        }
    }

    /// Defaults for a pool of `transcribers` states: one recording more decoding than there
    /// are states, and two windows waiting per state.
    pub fn for_pool(transcribers: usize) -> ScheduleOptions {
        let n = transcribers.max(1);
        ScheduleOptions {
            decode_ahead: n + 1,
            queue_depth: 2 * n,
            in_order: false,
        }
    }
}

/// What the scheduler reports about one recording (by its index in the batch).
#[derive(Debug)]
pub enum ScheduleEvent {
    /// Progress of the recording.
    Progress(Progress),
    /// For a live item: segments just put in order; the transcript is complete up to
    /// `until_ms`.
    Transcript {
        until_ms: u64,
        segments: Vec<Segment>,
        /// How long the window just done waited after its audio was decoded (queue and
        /// transcription): a followed room's lag behind the live stream.
        lag_ms: u64,
    },
    /// The recording is done, with its transcript or the reason it failed. Comes exactly
    /// once per recording, in the order recordings finish.
    Finished(Box<Result<TranscribeOutput, AuditError>>),
}

/// A speech window on its way to the pool.
struct Job {
    rec: usize,
    seq: usize,
    window: AudioWindow,
    /// The window's audio hash, when its result goes into a journal.
    audio_sha256: Option<String>,
    cancelled: Arc<AtomicBool>,
    /// When its audio was all decoded: how long it then waits is how far transcription is
    /// behind the recording (a followed room's lag).
    queued_at: std::time::Instant,
}

/// How a decode thread ended.
enum DecodeOutcome {
    Done(DecodeReport, SpeechStats),
    Failed(AuditError),
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
        window_ms: (u64, u64),
        result: Result<Vec<Segment>, AsrError>,
        /// The window's audio hash when the result is new and its recording is journaled.
        journal: Option<String>,
        /// From the end of its decoding to the end of its transcription.
        waited: Duration,
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

/// Puts windows' results back in window order as they arrive from the pool.
#[derive(Default)]
struct Ordered {
    next: usize,
    waiting: BTreeMap<usize, (u64, Vec<Segment>)>,
    segments: Vec<Segment>,
    error: Option<AsrError>,
}

impl Ordered {
    /// Takes one window's result; returns the transcription frontier when it moved.
    fn take(&mut self, seq: usize, end_ms: u64, r: Result<Vec<Segment>, AsrError>) -> Option<u64> {
        match r {
            Ok(segs) => {
                self.waiting.insert(seq, (end_ms, segs));
            }
            Err(e) => {
                self.error.get_or_insert(e);
            }
        }
        let mut until = None;
        while let Some((end_ms, segs)) = self.waiting.remove(&self.next) {
            self.segments.extend(segs);
            self.next += 1;
            until = Some(end_ms);
        }
        until
    }
}

/// A recording being worked on.
struct Running {
    label: String,
    info: Option<MediaInfo>,
    decoded: Option<(DecodeReport, SpeechStats)>,
    ordered: Ordered,
    cancelled: Arc<AtomicBool>,
    journal: Option<JournalWriter>,
    live: bool,
}

impl Running {
    /// Appends a new window's segments to the recording's journal. A journal that cannot be
    /// written is given up with a warning: it only saves work, the audit goes on.
    fn record(&mut self, seq: usize, sha: &str, window_ms: (u64, u64), segments: &[Segment]) {
        let Some(writer) = self.journal.as_mut() else {
            return;
        };
        if let Err(e) = writer.append(seq, sha, window_ms, segments) {
            tracing::warn!(recording = %self.label, error = %e, "transcript journal given up");
            self.journal = None;
        }
    }

    /// The recording's output once it is decoded and every window is back; `None` before.
    fn complete(&mut self) -> Option<TranscribeOutput> {
        let (_, stats) = self.decoded.as_ref()?;
        if self.ordered.next < stats.windows || self.info.is_none() {
            return None;
        }
        let (report, stats) = self.decoded.take()?;
        Some(TranscribeOutput {
            info: self.info.take()?,
            report,
            segments: std::mem::take(&mut self.ordered.segments),
            audio_ms: stats.audio_ms,
            transcribed_ms: stats.transcribed_ms,
            windows: stats.windows,
            speech_spans: stats.speech_spans,
        })
    }
}

/// Transcribes `items` on the pool `transcribers` (one thread each). `on_event` runs on the
/// calling thread with the recording's index; every recording gets exactly one
/// [`ScheduleEvent::Finished`].
pub fn transcribe_all(
    items: Vec<ScheduledItem>,
    opts: &ScheduleOptions,
    transcribers: &mut [&mut dyn Transcriber],
    on_event: &mut dyn FnMut(usize, ScheduleEvent),
) {
    assert!(!transcribers.is_empty(), "a pool needs a transcriber");
    if items.is_empty() {
        return;
    }
    let (work_tx, work_rx) = bounded::<Job>(opts.queue_depth.max(1));
    let (events_tx, events_rx) = unbounded::<Event>();
    std::thread::scope(|scope| {
        for transcriber in transcribers.iter_mut() {
            let (work_rx, events_tx) = (work_rx.clone(), events_tx.clone());
            std::thread::Builder::new()
                .name("whisper".into())
                .spawn_scoped(scope, move || {
                    transcribe_jobs(&mut **transcriber, work_rx, events_tx)
                })
                .expect("spawning a whisper thread");
        }
        drop(work_rx);
        let mut batch = Batch {
            total: items.len(),
            running: (0..items.len()).map(|_| None).collect(),
            pending: items.into_iter().enumerate().collect(),
            finished: 0,
            decoding: 0,
            work: work_tx,
            events: events_tx,
        };
        batch.run(scope, opts, &events_rx, on_event);
    });
}

/// A transcriber thread: takes windows until the channel closes. A panicking transcriber
/// is caught here (its state may be broken, so the thread stops) and reported, so the batch
/// ends with every recording accounted for instead of unwinding through the caller.
fn transcribe_jobs(transcriber: &mut dyn Transcriber, work: Receiver<Job>, events: Sender<Event>) {
    for job in work {
        if job.cancelled.load(Ordering::Relaxed) {
            continue;
        }
        let call = std::panic::AssertUnwindSafe(|| transcriber.transcribe(&job.window));
        let Ok(result) = std::panic::catch_unwind(call) else {
            let _ = events.send(Event::PoolFailed);
            return;
        };
        let event = Event::Transcribed {
            rec: job.rec,
            seq: job.seq,
            window_ms: (job.window.start_ms(), job.window.end_ms()),
            result,
            journal: job.audio_sha256,
            waited: job.queued_at.elapsed(),
        };
        if events.send(event).is_err() {
            break;
        }
    }
}

/// The scheduling thread's state.
struct Batch {
    total: usize,
    running: Vec<Option<Running>>,
    pending: std::collections::VecDeque<(usize, ScheduledItem)>,
    finished: usize,
    decoding: usize,
    work: Sender<Job>,
    events: Sender<Event>,
}

impl Batch {
    fn run<'scope>(
        &mut self,
        scope: &'scope std::thread::Scope<'scope, '_>,
        opts: &ScheduleOptions,
        events: &Receiver<Event>,
        on_event: &mut dyn FnMut(usize, ScheduleEvent),
    ) {
        // `decoding` counts recordings decoding or, in order, not yet finished.
        while self.decoding < opts.decode_ahead.max(1) && self.start_next(scope) {
            self.decoding += 1;
        }
        while self.finished < self.total {
            // The scheduler holds a sender itself, so this cannot disconnect.
            let Ok(event) = events.recv() else { break };
            let (rec, failure) = match event {
                Event::Opened(rec, info) => {
                    if let Some(r) = self.running[rec].as_mut() {
                        let duration_ms = info.duration_ms;
                        r.info = Some(info);
                        on_event(
                            rec,
                            ScheduleEvent::Progress(Progress::Opened { duration_ms }),
                        );
                    }
                    continue;
                }
                Event::Transcribed {
                    rec,
                    seq,
                    window_ms,
                    result,
                    journal,
                    waited,
                } => {
                    let Some(r) = self.running[rec].as_mut() else {
                        continue; // the recording already failed
                    };
                    if let (Some(sha), Ok(segments)) = (&journal, &result) {
                        r.record(seq, sha, window_ms, segments);
                    }
                    let before = r.ordered.segments.len();
                    if let Some(until_ms) = r.ordered.take(seq, window_ms.1, result) {
                        if r.live {
                            let segments = r.ordered.segments[before..].to_vec();
                            let lag_ms = waited.as_millis() as u64;
                            on_event(
                                rec,
                                ScheduleEvent::Transcript {
                                    until_ms,
                                    segments,
                                    lag_ms,
                                },
                            );
                        }
                        on_event(
                            rec,
                            ScheduleEvent::Progress(Progress::Transcribed { until_ms }),
                        );
                    }
                    (rec, r.ordered.error.take().map(AuditError::Asr))
                }
                Event::DecoderEnded(rec, outcome) => {
                    if !opts.in_order {
                        self.next_recording(scope);
                    }
                    (rec, self.decoder_ended(rec, outcome))
                }
                Event::PoolFailed => {
                    self.fail_all(on_event);
                    break;
                }
            };
            if self.settle(rec, failure, on_event) && opts.in_order {
                self.next_recording(scope);
            }
        }
    }

    /// One recording stopped counting against the limit: start the next, if any.
    fn next_recording<'scope>(&mut self, scope: &'scope std::thread::Scope<'scope, '_>) {
        self.decoding -= 1;
        if self.start_next(scope) {
            self.decoding += 1;
        }
    }

    /// Starts the next recording's decode thread; false when none is left.
    fn start_next<'scope>(&mut self, scope: &'scope std::thread::Scope<'scope, '_>) -> bool {
        let Some((rec, item)) = self.pending.pop_front() else {
            return false;
        };
        let cancelled = Arc::new(AtomicBool::new(false));
        let (replay, writer) = match item.journal {
            Some((replay, writer)) => (Some(replay), Some(writer)),
            None => (None, None),
        };
        self.running[rec] = Some(Running {
            label: item.label.clone(),
            info: None,
            decoded: None,
            ordered: Ordered::default(),
            cancelled: cancelled.clone(),
            journal: writer,
            live: item.live,
        });
        let (work, events) = (self.work.clone(), self.events.clone());
        let feed = item.feed;
        let spawned = std::thread::Builder::new()
            .name("decode".into())
            .spawn_scoped(scope, move || {
                decode_recording(rec, feed, replay, &work, events, &cancelled)
            });
        if let Err(e) = spawned {
            // No thread: report the recording as failed through the usual path.
            let _ = self.events.send(Event::DecoderEnded(
                rec,
                DecodeOutcome::Failed(AuditError::Media(MediaError::Internal {
                    path: item.label.into(),
                    detail: format!("cannot start a decode thread: {e}"),
                })),
            ));
        }
        true
    }

    /// Records how a decoder ended; the failure it means for its recording, if any.
    fn decoder_ended(&mut self, rec: usize, outcome: DecodeOutcome) -> Option<AuditError> {
        let r = self.running[rec].as_mut()?;
        match outcome {
            DecodeOutcome::Done(report, stats) => {
                r.decoded = Some((report, stats));
                None
            }
            DecodeOutcome::Failed(e) => Some(e),
            DecodeOutcome::Crashed | DecodeOutcome::Stopped => {
                Some(AuditError::DecoderCrashed(r.label.clone()))
            }
        }
    }

    /// Finishes recording `rec` when it failed or is complete; true when it finished now.
    fn settle(
        &mut self,
        rec: usize,
        failure: Option<AuditError>,
        on_event: &mut dyn FnMut(usize, ScheduleEvent),
    ) -> bool {
        let Some(r) = self.running[rec].as_mut() else {
            return false;
        };
        let result = match failure {
            Some(e) => Err(e),
            None => match r.complete() {
                Some(out) => Ok(out),
                None => return false,
            },
        };
        if let Some(r) = self.running[rec].take() {
            // Its decoder (if still running) and queued windows stop.
            r.cancelled.store(true, Ordering::Relaxed);
        }
        self.finished += 1;
        on_event(rec, ScheduleEvent::Finished(Box::new(result)));
        true
    }

    /// A transcriber panicked: every recording not yet finished fails. (The panic itself
    /// surfaces when the scope joins the thread.)
    fn fail_all(&mut self, on_event: &mut dyn FnMut(usize, ScheduleEvent)) {
        for rec in 0..self.running.len() {
            if let Some(r) = self.running[rec].take() {
                r.cancelled.store(true, Ordering::Relaxed);
                let e = AuditError::TranscriberCrashed(r.label);
                on_event(rec, ScheduleEvent::Finished(Box::new(Err(e))));
            }
        }
        while let Some((rec, item)) = self.pending.pop_front() {
            let e = AuditError::TranscriberCrashed(item.label);
            on_event(rec, ScheduleEvent::Finished(Box::new(Err(e))));
        }
    }
}

/// A decode thread: runs one recording's feed and puts its speech windows on the shared work
/// channel, numbered in order; skips silent windows. With a journal (`replay`), a window the
/// journal holds for the same audio goes straight back as transcribed.
fn decode_recording(
    rec: usize,
    feed: WindowFeed,
    mut replay: Option<Replay>,
    work: &Sender<Job>,
    events: Sender<Event>,
    cancelled: &Arc<AtomicBool>,
) {
    let mut notice = EndNotice {
        rec,
        outcome: DecodeOutcome::Stopped,
        events: events.clone(),
    };
    let mut stats = SpeechStats::default();
    let mut end = None;
    // A panicking decoder is caught here, so the batch goes on (the notice reports it as
    // crashed) instead of unwinding through the caller when the scope joins.
    let decoded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        feed(&mut |msg| match msg {
            DecodeMsg::Info(info) => events.send(Event::Opened(rec, info)).is_ok(),
            DecodeMsg::Window(w) => {
                let seq = stats.windows;
                if !stats.admit(&w) {
                    return !cancelled.load(Ordering::Relaxed);
                }
                let audio_sha256 = replay.as_ref().map(|_| journal::window_sha256(&w));
                if let (Some(replay), Some(sha)) = (replay.as_mut(), &audio_sha256) {
                    match replay.take(seq, sha) {
                        Ok(Some(segments)) => {
                            let event = Event::Transcribed {
                                rec,
                                seq,
                                window_ms: (w.start_ms(), w.end_ms()),
                                result: Ok(segments),
                                journal: None,
                                waited: Duration::ZERO,
                            };
                            return events.send(event).is_ok();
                        }
                        Ok(None) => {}
                        Err(e) => {
                            end = Some(Err(AuditError::JournalMismatch(e)));
                            return false;
                        }
                    }
                }
                let job = Job {
                    rec,
                    seq,
                    window: w,
                    audio_sha256,
                    cancelled: cancelled.clone(),
                    queued_at: std::time::Instant::now(),
                };
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
    }));
    if decoded.is_err() {
        return; // the notice reports a crash
    }
    notice.outcome = match end {
        Some(Ok(report)) => DecodeOutcome::Done(report, stats),
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
