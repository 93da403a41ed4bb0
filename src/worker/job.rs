//! One delivery, start to finish: lease upkeep, source, transcription, rules, sinks, and the
//! verdict given back to the queue (ack, retry later, dead letter).

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tracing::Instrument;

use super::deliver::JobSinks;
use super::ops::names;
use super::{Ctx, FailureKind, JobFailure};
use crate::failure::Classify;
use crate::media::follow::Follow;
use crate::pipeline::journal::{journal_path, JournalSpec, Resume};
use crate::pipeline::{AuditInput, Audited, Budget};
use crate::queue::{Delivery, JobMessage, QueueError};
use crate::sinks::Delivered;
use crate::source::digest::sha256_file;
use crate::source::follow::FollowSpec;
use crate::source::input::{resolve, Origin};
use crate::source::SourceOptions;

/// How a delivery ended, for metrics and the worker's summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobOutcome {
    /// Audited, results written, acked.
    Done,
    /// A result for this job id and input already existed (redelivery): acked, nothing new.
    Duplicate,
    /// Transient failure: given back to run again after a delay.
    Retried,
    /// Dead-lettered with the reason.
    Dead,
    /// Given back unprocessed because the worker is stopping.
    Released,
    /// The lease ran out and the job went to another worker before this one could settle it.
    LeaseLost,
    /// The broker could not be told; the lease will lapse and the job come back.
    Unsettled,
}

impl JobOutcome {
    /// Every outcome, so `/metrics` can show each one's counter at zero before any job.
    pub const ALL: [JobOutcome; 7] = [
        JobOutcome::Done,
        JobOutcome::Duplicate,
        JobOutcome::Retried,
        JobOutcome::Dead,
        JobOutcome::Released,
        JobOutcome::LeaseLost,
        JobOutcome::Unsettled,
    ];

    /// Label value in `liveaudit_jobs_total{outcome}`.
    pub fn as_str(self) -> &'static str {
        match self {
            JobOutcome::Done => "done",
            JobOutcome::Duplicate => "duplicate",
            JobOutcome::Retried => "retried",
            JobOutcome::Dead => "dead",
            JobOutcome::Released => "released",
            JobOutcome::LeaseLost => "lease_lost",
            JobOutcome::Unsettled => "unsettled",
        }
    }
}

enum Processed {
    Done,
    Duplicate,
}

/// Extends the lease every third of a lease period until dropped.
struct LeaseKeeper(tokio::task::JoinHandle<()>);

impl LeaseKeeper {
    fn start(ctx: Arc<Ctx>, d: Arc<Delivery>) -> LeaseKeeper {
        let every = (ctx.config.queue.lease / 3).max(Duration::from_millis(200));
        let span = tracing::Span::current();
        LeaseKeeper(tokio::spawn(
            async move {
                loop {
                    tokio::time::sleep(every).await;
                    match ctx.queue.extend(&d).await {
                        Ok(()) => tracing::trace!("lease extended"),
                        Err(e @ QueueError::LeaseLost(_)) => {
                            tracing::warn!(error = %e, "lease lost while working");
                            return;
                        }
                        Err(e) => {
                            metrics::counter!(names::BROKER_ERRORS, "op" => "extend").increment(1);
                            tracing::warn!(error = %e, "could not extend the lease");
                        }
                    }
                }
            }
            .instrument(span),
        ))
    }
}

impl Drop for LeaseKeeper {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Runs one delivery: waits for a transcription slot (or releases the job when the worker
/// stops first), processes it and settles it with the queue. `_held` is the fetch permit,
/// returned when the job is settled.
pub(super) async fn run(
    ctx: Arc<Ctx>,
    d: Delivery,
    _held: OwnedSemaphorePermit,
    slots: Arc<Semaphore>,
    mut stop: watch::Receiver<bool>,
) -> JobOutcome {
    let d = Arc::new(d);
    let span = tracing::info_span!("job", job_id = %d.label(), attempt = d.attempt);
    async move {
        metrics::gauge!(names::IN_FLIGHT).increment(1.0);
        let key = ctx.register(d.clone());
        let _keeper = LeaseKeeper::start(ctx.clone(), d.clone());
        if d.attempt > 1 {
            metrics::counter!(names::REDELIVERIES).increment(1);
            tracing::info!("redelivered");
        }
        let slot = tokio::select! {
            s = slots.acquire_owned() => s.ok(),
            _ = stop.wait_for(|s| *s) => None,
        };
        let outcome = match slot {
            None => release(&ctx, &d).await,
            Some(_slot) => {
                let t0 = Instant::now();
                let result = process(&ctx, &d).await;
                metrics::histogram!(names::STAGE_SECONDS, "stage" => "total")
                    .record(t0.elapsed().as_secs_f64());
                settle(&ctx, &d, result).await
            }
        };
        ctx.unregister(key);
        metrics::gauge!(names::IN_FLIGHT).decrement(1.0);
        metrics::counter!(names::JOBS, "outcome" => outcome.as_str()).increment(1);
        outcome
    }
    .instrument(span)
    .await
}

/// Gives a job back unprocessed (worker stopping).
pub(super) async fn release(ctx: &Ctx, d: &Delivery) -> JobOutcome {
    match ctx.queue.retry(d, Duration::ZERO).await {
        Ok(()) => {
            tracing::info!("released: the worker is stopping");
            JobOutcome::Released
        }
        Err(e) => broker_trouble("release", e),
    }
}

fn broker_trouble(op: &'static str, e: QueueError) -> JobOutcome {
    if let QueueError::LeaseLost(_) = e {
        tracing::warn!(error = %e, "{op}: lease already lost");
        return JobOutcome::LeaseLost;
    }
    metrics::counter!(names::BROKER_ERRORS, "op" => op).increment(1);
    tracing::error!(error = %e, "{op} failed; the lease will lapse and the job come back");
    JobOutcome::Unsettled
}

/// Tells the queue how the job went.
async fn settle(ctx: &Ctx, d: &Delivery, result: Result<Processed, JobFailure>) -> JobOutcome {
    let max = ctx.config.queue.max_attempts;
    let (reason, kind) = match result {
        Ok(p) => {
            return match ctx.queue.ack(d).await {
                Ok(()) => match p {
                    Processed::Done => JobOutcome::Done,
                    Processed::Duplicate => JobOutcome::Duplicate,
                },
                Err(e) => broker_trouble("ack", e),
            };
        }
        Err(f) if f.kind == FailureKind::Transient && d.attempt < max => {
            let delay = ctx.config.retry_delay(d.attempt);
            tracing::warn!(reason = %f.reason, retry_in_s = delay.as_secs_f64(), "transient failure; will retry");
            return match ctx.queue.retry(d, delay).await {
                Ok(()) => JobOutcome::Retried,
                Err(e) => broker_trouble("retry", e),
            };
        }
        Err(f) if f.kind == FailureKind::Transient => (
            format!("gave up after {} attempts: {}", d.attempt, f.reason),
            "exhausted",
        ),
        Err(f) => {
            let kind = match f.kind {
                FailureKind::Malformed => "malformed",
                FailureKind::Exhausted => "exhausted",
                _ => "permanent",
            };
            (f.reason, kind)
        }
    };
    tracing::error!(reason = %reason, "dead-lettering the job");
    match ctx.queue.dead_letter(d, &reason).await {
        Ok(()) => {
            metrics::counter!(names::DEAD_LETTERS, "kind" => kind).increment(1);
            JobOutcome::Dead
        }
        Err(e) => broker_trouble("dead-letter", e),
    }
}

fn check_rule_pack(ctx: &Ctx, job: &JobMessage) -> Result<(), JobFailure> {
    let Some(want) = &job.rule_pack else {
        return Ok(());
    };
    let info = ctx.engine.auditor.info();
    let (name, version) = match want.split_once('@') {
        Some((n, v)) => (n, Some(v)),
        None => (want.as_str(), None),
    };
    if name != info.rule_pack || version.is_some_and(|v| v != info.rule_pack_version) {
        return Err(JobFailure::permanent(format!(
            "job asks for rule pack {want}, this worker runs {}@{}",
            info.rule_pack, info.rule_pack_version
        )));
    }
    Ok(())
}

async fn already_done(ctx: &Ctx, job_id: &str, sha: &str) -> Result<bool, JobFailure> {
    ctx.queue
        .result_exists(job_id, &sha.to_ascii_lowercase())
        .await
        .map_err(|e| JobFailure::transient(e.to_string()))
}

fn check_sha(job: &JobMessage, actual: &str) -> Result<(), JobFailure> {
    match &job.source.sha256 {
        Some(want) if !want.eq_ignore_ascii_case(actual) => Err(JobFailure::permanent(format!(
            "source {}: SHA-256 is {actual}, the job says {want}",
            crate::source::label(&job.source.uri).display()
        ))),
        _ => Ok(()),
    }
}

/// Audits the job's recording and delivers the result to every sink.
async fn process(ctx: &Arc<Ctx>, d: &Delivery) -> Result<Processed, JobFailure> {
    let job = d.job.as_ref().map_err(|e| JobFailure {
        kind: FailureKind::Malformed,
        reason: e.to_string(),
    })?;
    let max = ctx.config.queue.max_attempts;
    if d.attempt > max {
        return Err(JobFailure {
            kind: FailureKind::Exhausted,
            reason: format!(
                "delivered {} times without finishing (max attempts {max}): workers crashed or \
                 lost the lease while processing it",
                d.attempt
            ),
        });
    }
    check_rule_pack(ctx, job)?;
    if let Some(sha) = &job.source.sha256 {
        if already_done(ctx, &job.job_id, sha).await? {
            tracing::info!("result already recorded; acking the redelivery");
            return Ok(Processed::Duplicate);
        }
    }

    let t0 = Instant::now();
    let input = prepare(ctx, job).await?;
    metrics::histogram!(names::STAGE_SECONDS, "stage" => "source")
        .record(t0.elapsed().as_secs_f64());
    if let Some((sha, _)) = &input.digest {
        check_sha(job, sha)?;
        if already_done(ctx, &job.job_id, sha).await? {
            tracing::info!("result already recorded; acking the redelivery");
            return Ok(Processed::Duplicate);
        }
    }

    let t1 = Instant::now();
    let audited = audit(ctx, job, input).await?;
    if let Some(dir) = &ctx.config.journal_dir {
        // The result is delivered: the journal this job wrote has done its work.
        let _ = std::fs::remove_file(journal_path(dir, &job.job_id));
    }
    let wall = t1.elapsed().as_secs_f64();
    let doc = &audited.doc;
    let audio = doc.input.duration_ms as f64 / 1000.0;
    metrics::histogram!(names::STAGE_SECONDS, "stage" => "transcribe").record(wall);
    metrics::counter!(names::AUDIO_SECONDS).increment(audio.round() as u64);
    metrics::histogram!(names::REALTIME_FACTOR).record(audio / wall.max(1e-3));
    if audited.delivered == Delivered::AlreadyThere {
        return Ok(Processed::Duplicate);
    }
    tracing::info!(
        findings = doc.findings.len(),
        audio_s = audio,
        transcribe_s = wall,
        realtime_factor = audio / wall.max(1e-3),
        "audited"
    );
    Ok(Processed::Done)
}

/// The audit core's input for a job: the source resolved (a bad reference is a permanent
/// failure), a local file hashed first so a finished job is recognised before any decoding,
/// and the job's start time.
async fn prepare(ctx: &Ctx, job: &JobMessage) -> Result<AuditInput, JobFailure> {
    let uri = job.source.uri.trim().to_string();
    let resolved = resolve(&uri).map_err(|e| JobFailure::permanent(e.to_string()))?;
    if let Some(path) = resolved.local_file() {
        within_source_root(ctx, &uri, path)?;
    }
    let label = resolved.label.clone();
    let digest = match resolved.origin {
        // A file still being written has no hash before it ends: it is hashed as it is read.
        Origin::File(_) if job.follow.is_some() => None,
        Origin::File(path) => {
            let hashed = tokio::task::spawn_blocking(move || sha256_file(&path))
                .await
                .map_err(|e| JobFailure::transient(format!("hashing {label}: {e}")))?;
            match hashed {
                Ok(d) => Some(d),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(JobFailure::permanent(format!(
                        "source {label}: no such file"
                    )))
                }
                Err(e) => return Err(JobFailure::transient(format!("reading {label}: {e}"))),
            }
        }
        Origin::Stream(_) => None,
    };
    let started_at = match &job.stream.started_at {
        Some(s) => Some(
            chrono::DateTime::parse_from_rfc3339(s)
                .map_err(|e| JobFailure::permanent(format!("stream.started_at: {e}")))?,
        ),
        None => None,
    };
    let options = SourceOptions {
        allow_private: ctx.config.allow_private_sources,
        headers: job
            .source
            .headers
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        ..SourceOptions::default()
    };
    let follow = job
        .follow
        .as_ref()
        .map(|f| follow_spec(ctx, &job.job_id, f));
    // A followed room is transcribed as it plays: the job may run for as long as it is
    // followed, plus the deadline for what is left to transcribe when it ends.
    let runs_for = follow
        .as_ref()
        .and_then(|f| f.follow.deadline)
        .map_or(Duration::ZERO, |d| {
            d.saturating_duration_since(Instant::now())
        });
    let budget = Budget {
        deadline: Some(Instant::now() + ctx.config.job_deadline + runs_for),
        max_audio_ms: Some(ctx.config.max_audio.as_millis() as u64),
    };
    Ok(AuditInput {
        budget,
        reference: uri,
        name: job.job_id.clone(),
        // Findings, result messages and the webhook carry the URI without its secrets
        // (credentials, signed query).
        uri: Some(crate::media::uri::redact(job.source.uri.trim())),
        options,
        digest,
        started_at,
        journal: ctx.config.journal_dir.as_ref().map(|dir| JournalSpec {
            path: journal_path(dir, &job.job_id),
            resume: Resume::IfItFits,
        }),
        follow,
    })
}

/// How a job follows its source: its idle limit, at most the worker's `--max-audio` of
/// following, the worker's stop switch, and its copy beside its journal (where a
/// redelivered job takes it up again).
fn follow_spec(ctx: &Ctx, job_id: &str, f: &crate::queue::FollowJob) -> FollowSpec {
    let mut follow = Follow::new(Duration::from_secs(f.idle_secs));
    let cap = ctx.config.max_audio;
    let max = f
        .max_duration_secs
        .map_or(cap, |s| Duration::from_secs(s).min(cap));
    follow.deadline = Some(Instant::now() + max);
    follow.stop = ctx.follow_stop.clone();
    FollowSpec {
        follow,
        copy_dir: ctx
            .config
            .journal_dir
            .as_ref()
            .map(|d| d.join(format!("{job_id}.live"))),
        resume: true,
    }
}

/// A local source is allowed only under `--source-root`, checked on the canonical path (no
/// `..` or symlink walks out of it). A missing file under the root is reported as missing;
/// anything outside it, existing or not, gets the same refusal.
fn within_source_root(ctx: &Ctx, uri: &str, path: &std::path::Path) -> Result<(), JobFailure> {
    let shown = crate::source::label(uri).display().to_string();
    let Some(root) = &ctx.config.source_root else {
        return Err(JobFailure::permanent(format!(
            "source {shown}: local paths are refused (a worker reads local recordings only under --source-root)"
        )));
    };
    let outside = || {
        JobFailure::permanent(format!(
            "source {shown}: outside --source-root; local recordings must lie under it"
        ))
    };
    // The folder must resolve inside the root before the file itself is looked at.
    let parent = path.parent().unwrap_or(std::path::Path::new("/"));
    let parent = parent.canonicalize().map_err(|_| outside())?;
    if !parent.starts_with(root) {
        return Err(outside());
    }
    match path.canonicalize() {
        Ok(p) if p.starts_with(root) => Ok(()),
        Ok(_) => Err(outside()),
        Err(_) => Err(JobFailure::permanent(format!(
            "source {shown}: no such file"
        ))),
    }
}

/// The audit core on a blocking thread with one of the engine's transcribers; the job's
/// sinks run there too, at the end.
async fn audit(ctx: &Arc<Ctx>, job: &JobMessage, input: AuditInput) -> Result<Audited, JobFailure> {
    let ctx2 = ctx.clone();
    // Set when this task ends or is aborted (grace period over): the blocking thread cannot be
    // stopped, but it must not deliver a job the worker has already given back.
    let abandoned = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let _on_drop = SetOnDrop(abandoned.clone());
    let mut sinks = JobSinks {
        ctx: ctx.clone(),
        job: job.clone(),
        handle: tokio::runtime::Handle::current(),
        abandoned,
    };
    let span = tracing::Span::current();
    tokio::task::spawn_blocking(move || {
        let _entered = span.enter();
        let engine = &ctx2.engine;
        let mut transcriber = engine.take_transcriber();
        let audited = engine
            .auditor
            .run_one(input, transcriber.get(), &mut sinks, &mut |p| {
                if let crate::pipeline::Progress::Lag { lag_ms } = p {
                    metrics::histogram!(names::FOLLOW_LAG).record(lag_ms as f64 / 1000.0);
                }
            })
            .map_err(|e| {
                // Audit errors name the input themselves.
                if e.is_bad_input() {
                    JobFailure::permanent(e.to_string())
                } else {
                    JobFailure::transient(e.to_string())
                }
            })?;
        for w in &audited.warnings {
            tracing::warn!(warning = %w, "decode warning");
        }
        Ok(audited)
    })
    .await
    .map_err(|e| JobFailure::transient(format!("transcription thread failed: {e}")))?
}

/// Sets its flag when dropped.
struct SetOnDrop(Arc<std::sync::atomic::AtomicBool>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}
