//! The fleet worker (`liveaudit worker`): pulls jobs from a queue, audits each recording and
//! delivers results to the sinks, surviving crashes and restarts without losing or
//! duplicating a result.
//!
//! - The Whisper model is loaded once per process; each concurrent job borrows one of
//!   `concurrency` decoding states ([`Engine`]).
//! - A fetch permit pool of `concurrency + 1` lets the worker hold the next job while the
//!   current ones transcribe; every held job's lease is extended in the background.
//! - Failures are split: permanent (bad input, malformed message) → dead letter with the
//!   reason; transient (network, broker, sinks) → retry with exponential backoff until the
//!   attempts run out.
//! - Results are idempotent by job id + input SHA-256 (see [`sinks`]).
//! - The `shutdown` future given to [`run`] (the CLI completes it on SIGTERM/SIGINT) stops
//!   fetching; running jobs finish, or are released after `grace`.

mod deliver;
pub mod engine;
pub mod job;
pub mod ops;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{watch, Semaphore};
use tokio::task::JoinSet;

use crate::asr::AsrError;
use crate::failure::{Classify, FailureClass};
use crate::queue::{Delivery, Queue, QueueError, QueueOptions};
pub use crate::sinks::webhook::WebhookConfig;
pub use engine::Engine;
pub use job::JobOutcome;

/// Why a job did not finish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobFailure {
    pub kind: FailureKind,
    pub reason: String,
}

/// Permanent failures are dead-lettered at once; transient ones are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// The message is not a valid job.
    Malformed,
    /// The input (or the job's request) is at fault; retrying cannot help.
    Permanent,
    /// Network, broker, disk or sink trouble that may pass.
    Transient,
    /// Delivered more often than the attempt limit.
    Exhausted,
}

impl JobFailure {
    /// A failure that will not pass (bad input).
    pub fn permanent(reason: impl Into<String>) -> JobFailure {
        JobFailure {
            kind: FailureKind::Permanent,
            reason: reason.into(),
        }
    }

    /// A failure worth retrying later.
    pub fn transient(reason: impl Into<String>) -> JobFailure {
        JobFailure {
            kind: FailureKind::Transient,
            reason: reason.into(),
        }
    }
}

/// Failure to start or run the worker as a whole.
#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error(transparent)]
    Queue(#[from] QueueError),
    #[error(transparent)]
    Model(#[from] AsrError),
    #[error("rule pack: {0}")]
    Rules(String),
    #[error("ops endpoints on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

impl Classify for WorkerError {
    /// Broker trouble at start-up may pass (the broker is still starting); anything else is
    /// a wrong invocation (queue URL, model path, rule pack, address).
    fn class(&self) -> FailureClass {
        match self {
            WorkerError::Queue(e) if e.is_retryable() => FailureClass::Transient,
            _ => FailureClass::BadInput,
        }
    }
}

/// Worker settings (from `liveaudit worker` flags).
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    pub queue_url: String,
    pub queue: QueueOptions,
    /// Jobs transcribed at once (one Whisper state each).
    pub concurrency: usize,
    /// File sink root: results go to `out_dir/<job id>/`.
    pub out_dir: Option<PathBuf>,
    pub webhook: Option<WebhookConfig>,
    /// Time running jobs get to finish after SIGTERM before they are released.
    pub grace: Duration,
    /// Address of the ops endpoints; `None` turns them off.
    pub listen: Option<SocketAddr>,
    /// Exit once the queue is empty and nothing is in flight (batch nodes, tests).
    pub exit_when_empty: bool,
    /// First retry delay; doubles per attempt up to `retry_max`.
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// Let job URLs reach loopback and private addresses (closed networks, tests). Off by
    /// default: a job message must not be able to point the worker at internal services.
    pub allow_private_sources: bool,
    /// The only folder local job sources (paths, `file://` URIs) may name, canonical. `None`
    /// (the default) refuses every local path: a job message must not make the worker read
    /// the machine's files.
    pub source_root: Option<PathBuf>,
    /// Longest a job may run (decoding stops past it); a permanent failure with the reason.
    pub job_deadline: Duration,
    /// Longest recording a job may audit.
    pub max_audio: Duration,
    /// Where jobs journal their transcripts (`<job id>.journal.jsonl`), so a job redelivered
    /// after its worker died resumes instead of starting over; `None`: no journal.
    pub journal_dir: Option<PathBuf>,
}

impl WorkerConfig {
    /// Delay before the retry that follows `attempt` (exponential backoff).
    pub fn retry_delay(&self, attempt: u32) -> Duration {
        let factor = 1u32 << attempt.saturating_sub(1).min(16);
        (self.retry_base * factor).min(self.retry_max)
    }
}

/// What one worker run did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub outcomes: BTreeMap<&'static str, u64>,
}

/// State shared by the fetch loop and the job tasks.
pub(crate) struct Ctx {
    pub queue: Arc<Queue>,
    pub engine: Arc<Engine>,
    pub config: WorkerConfig,
    inflight: Mutex<HashMap<u64, Arc<Delivery>>>,
    next_key: AtomicU64,
    /// Set when the worker is told to stop: followed rooms end with what was heard and their
    /// jobs finish.
    pub follow_stop: Arc<AtomicBool>,
}

impl Ctx {
    fn register(&self, d: Arc<Delivery>) -> u64 {
        let key = self.next_key.fetch_add(1, Ordering::Relaxed);
        self.inflight
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, d);
        key
    }

    fn unregister(&self, key: u64) {
        self.inflight
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&key);
    }
}

/// Runs the worker on `queue` until `shutdown` completes (or, with `exit_when_empty`, the
/// queue drains). Signals are the caller's business: the CLI completes `shutdown` on the
/// first SIGTERM/SIGINT; tests complete it when they like.
pub async fn run(
    config: WorkerConfig,
    engine: Engine,
    queue: Queue,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<Summary, WorkerError> {
    let queue = Arc::new(queue);
    let (stop_tx, stop_rx) = watch::channel(false);
    let follow_stop = Arc::new(AtomicBool::new(false));
    let follow_stopped = follow_stop.clone();
    tokio::spawn(async move {
        shutdown.await;
        follow_stopped.store(true, Ordering::Relaxed);
        tracing::warn!(
            "stopping: no new jobs; running jobs finish or are released within the grace period"
        );
        let _ = stop_tx.send(true);
    });
    let readiness = Arc::new(ops::Readiness {
        model_loaded: AtomicBool::new(true),
        draining: AtomicBool::new(false),
        queue: queue.clone(),
    });
    if let Some(addr) = config.listen {
        ops::register(&JobOutcome::ALL.map(JobOutcome::as_str));
        let mut rx = stop_rx.clone();
        let stop = async move {
            let _ = rx.wait_for(|s| *s).await;
            // Keep answering (readyz says draining) while jobs finish.
            tokio::time::sleep(Duration::from_secs(3600)).await;
        };
        let bound = ops::serve(addr, readiness.clone(), stop)
            .await
            .map_err(|source| WorkerError::Listen { addr, source })?;
        tracing::info!(addr = %bound, "ops endpoints: /healthz /readyz /metrics");
    }
    let concurrency = config.concurrency.max(1);
    let ctx = Arc::new(Ctx {
        queue: queue.clone(),
        engine: Arc::new(engine),
        config: config.clone(),
        inflight: Mutex::new(HashMap::new()),
        next_key: AtomicU64::new(0),
        follow_stop,
    });
    tracing::info!(
        queue = %crate::media::uri::redact(&config.queue_url), backend = queue.backend(), concurrency,
        consumer = %config.queue.consumer, "worker started"
    );

    let mut tasks: JoinSet<JobOutcome> = JoinSet::new();
    let mut summary = Summary::default();
    fetch_jobs(&ctx, &stop_rx, &mut tasks, &mut summary).await;
    readiness.draining.store(true, Ordering::Relaxed);
    drain(&ctx, &mut tasks, &mut summary).await;
    tracing::info!(outcomes = ?summary.outcomes, "worker stopped");
    Ok(summary)
}

/// Fetches and starts jobs until the worker is told to stop (or the queue drains with
/// `exit_when_empty`). At most `concurrency + 1` jobs are held, `concurrency` transcribing.
async fn fetch_jobs(
    ctx: &Arc<Ctx>,
    stop_rx: &watch::Receiver<bool>,
    tasks: &mut JoinSet<JobOutcome>,
    summary: &mut Summary,
) {
    let (queue, config) = (&ctx.queue, &ctx.config);
    let concurrency = config.concurrency.max(1);
    let held = Arc::new(Semaphore::new(concurrency + 1));
    let slots = Arc::new(Semaphore::new(concurrency));
    let mut stop = stop_rx.clone();
    let mut broker_down = Duration::from_millis(500);
    loop {
        while let Some(r) = tasks.try_join_next() {
            tally(summary, r);
        }
        // Biased: once stopping, a free permit must not win the race and start another fetch.
        let permit = tokio::select! {
            biased;
            _ = stop.wait_for(|s| *s) => break,
            p = held.clone().acquire_owned() => p.expect("semaphore open"),
        };
        // The fetch is told of the stop but not cancelled by it: a fetch cut short could
        // leave a job leased to nobody until its lease lapses. It stops waiting between polls
        // instead, so an idle worker stops at once (`Queue::fetch_until`).
        let mut stopping = stop_rx.clone();
        let stopped = async move {
            let _ = stopping.wait_for(|s| *s).await;
        };
        match queue.fetch_until(Duration::from_secs(1), stopped).await {
            Ok(Some(d)) if *stop.borrow() => {
                // Leased as the stop came: given back, and counted like any other job.
                settled(summary, job::release(ctx, &d).await);
                break;
            }
            Ok(Some(d)) => {
                broker_down = Duration::from_millis(500);
                let job = job::run(ctx.clone(), d, permit, slots.clone(), stop_rx.clone());
                tasks.spawn(job);
            }
            Ok(None) => {
                if config.exit_when_empty && tasks.is_empty() && queue_empty(queue).await {
                    tracing::info!("queue empty; exiting");
                    break;
                }
            }
            Err(e) => {
                metrics::counter!(ops::names::BROKER_ERRORS, "op" => "fetch").increment(1);
                tracing::warn!(error = %e, retry_in_s = broker_down.as_secs_f64(), "fetch failed");
                tokio::select! {
                    biased;
                    _ = stop.wait_for(|s| *s) => break,
                    _ = tokio::time::sleep(broker_down) => {},
                }
                broker_down = (broker_down * 2).min(Duration::from_secs(15));
            }
        }
    }
}

/// Lets running jobs finish within the grace period, then releases the rest to the queue.
async fn drain(ctx: &Arc<Ctx>, tasks: &mut JoinSet<JobOutcome>, summary: &mut Summary) {
    let grace = ctx.config.grace;
    let drained = tokio::time::timeout(grace, async {
        while let Some(r) = tasks.join_next().await {
            tally(summary, r);
        }
    })
    .await;
    if drained.is_ok() {
        return;
    }
    let left: Vec<Arc<Delivery>> = ctx
        .inflight
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .values()
        .cloned()
        .collect();
    tracing::warn!(
        jobs = left.len(),
        grace_s = grace.as_secs_f64(),
        "grace period over; releasing unfinished jobs"
    );
    for d in left {
        settled(summary, job::release(ctx, &d).await);
    }
    tasks.abort_all();
}

fn tally(summary: &mut Summary, r: Result<JobOutcome, tokio::task::JoinError>) {
    let key = match r {
        Ok(o) => o.as_str(),
        Err(e) => {
            tracing::error!(error = %e, "job task failed");
            "panicked"
        }
    };
    *summary.outcomes.entry(key).or_default() += 1;
}

/// Counts a job the worker settled itself, outside its task (a job task counts its own
/// outcome in `/metrics` and is tallied when joined).
fn settled(summary: &mut Summary, outcome: JobOutcome) {
    metrics::counter!(ops::names::JOBS, "outcome" => outcome.as_str()).increment(1);
    *summary.outcomes.entry(outcome.as_str()).or_default() += 1;
}

async fn queue_empty(queue: &Queue) -> bool {
    matches!(queue.stats().await, Ok(s) if s.waiting == 0 && s.in_flight == 0)
}
