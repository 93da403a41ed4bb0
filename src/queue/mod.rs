//! The queue seam: fetch a job under a lease, extend the lease, ack, retry later, dead-letter,
//! and record results idempotently, over three real backends picked by URL:
//!
//! - `sqlite://PATH` — embedded, no server: a lease table in WAL mode ([`sqlite`]).
//! - `nats://HOST:PORT` — a JetStream work-queue stream with a durable pull consumer per
//!   priority band; AckWait/BackOff leases, progress acks, MaxDeliver ([`nats`]).
//! - `redis://HOST:PORT[/DB]` — Redis Streams with a consumer group per band; XAUTOCLAIM
//!   reclaims entries whose lease (idle time) ran out ([`self::redis`]).
//!
//! All three give at-least-once delivery with a delivery count; the worker makes results
//! idempotent with [`Queue::publish_result`], keyed by job id and input SHA-256. A `?ns=NAME`
//! query parameter namespaces every stream/key/table so fleets (and tests) can share a broker.

pub mod job;
mod nats;
mod redis;
mod sqlite;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use serde::Serialize;

use crate::failure::{Classify, FailureClass};

pub use job::{Band, FollowJob, JobError, JobMessage, JOB_SCHEMA_V1};

/// Failure of a queue operation.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// The queue URL is wrong (unknown scheme, bad option): fix the invocation.
    #[error("queue URL {url}: {problem}")]
    Url { url: String, problem: String },
    /// The broker could not be reached or refused the connection.
    #[error("cannot reach the {backend} queue at {url}: {reason}")]
    Connect {
        backend: &'static str,
        url: String,
        reason: String,
    },
    /// A broker operation failed (network, timeout, server error).
    #[error("{backend} queue: {op} failed: {reason}")]
    Broker {
        backend: &'static str,
        op: &'static str,
        reason: String,
    },
    /// The job's lease ran out and it went to another worker; this worker's result must not
    /// be acked (the other delivery will be).
    #[error("the lease on {0} was lost: it expired and the job was handed out again")]
    LeaseLost(String),
    /// `queue retry ID` named no dead letter.
    #[error("no dead letter with id {0}")]
    NoSuchDeadLetter(String),
    /// A job given to [`Queue::enqueue`] does not validate.
    #[error(transparent)]
    InvalidJob(#[from] JobError),
}

impl Classify for QueueError {
    /// Broker and network trouble passes (retry the operation, or let the lease run out);
    /// a wrong URL, id or job is the caller's input; a lost lease is neither.
    fn class(&self) -> FailureClass {
        match self {
            QueueError::Connect { .. } | QueueError::Broker { .. } => FailureClass::Transient,
            QueueError::Url { .. }
            | QueueError::NoSuchDeadLetter(_)
            | QueueError::InvalidJob(_) => FailureClass::BadInput,
            QueueError::LeaseLost(_) => FailureClass::Internal,
        }
    }
}

impl QueueError {
    pub(crate) fn broker(
        backend: &'static str,
        op: &'static str,
        e: impl std::fmt::Display,
    ) -> Self {
        QueueError::Broker {
            backend,
            op,
            reason: e.to_string(),
        }
    }
}

/// Lease and retry settings shared by every backend.
#[derive(Debug, Clone)]
pub struct QueueOptions {
    /// How long a fetched job stays invisible to other workers without a lease extension.
    pub lease: Duration,
    /// Deliveries after which a job that keeps failing (or keeps killing workers) is
    /// dead-lettered instead of retried.
    pub max_attempts: u32,
    /// This consumer's name (Redis consumer, logs): unique per worker process.
    pub consumer: String,
}

impl Default for QueueOptions {
    fn default() -> Self {
        QueueOptions {
            lease: Duration::from_secs(30),
            max_attempts: 5,
            consumer: format!("{}-{}", hostname(), std::process::id()),
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "worker".into())
}

/// A fetched message and the lease on it.
#[derive(Debug)]
pub struct Delivery {
    /// The validated job, or why the message is not one (dead-letter it).
    pub job: Result<JobMessage, JobError>,
    /// The message bytes as the broker holds them.
    pub payload: Vec<u8>,
    /// 1 on first delivery; counts redeliveries after crashes, lease expiry and retries.
    pub attempt: u32,
    pub(crate) handle: Handle,
}

#[derive(Debug)]
pub(crate) enum Handle {
    Sqlite { seq: i64, token: String },
    Nats(Box<async_nats::jetstream::Message>),
    Redis { key: String, id: String },
}

impl Delivery {
    fn new(payload: Vec<u8>, attempt: u32, handle: Handle) -> Delivery {
        Delivery {
            job: JobMessage::parse(&payload),
            payload,
            attempt,
            handle,
        }
    }

    /// The job id, or the broker's id for a message that is not a valid job.
    pub fn label(&self) -> String {
        match &self.job {
            Ok(j) => j.job_id.clone(),
            Err(_) => format!("message-{}", self.broker_id()),
        }
    }

    /// The broker's own id of the message (row, stream sequence or entry id).
    pub fn broker_id(&self) -> String {
        match &self.handle {
            Handle::Sqlite { seq, .. } => seq.to_string(),
            Handle::Nats(m) => m
                .info()
                .map(|i| i.stream_sequence.to_string())
                .unwrap_or_default(),
            Handle::Redis { id, .. } => id.clone(),
        }
    }
}

/// A dead-lettered message and why.
#[derive(Debug, Clone, Serialize)]
pub struct DeadLetter {
    /// Job id (or `message-<broker id>` for a message that was not a valid job).
    pub id: String,
    pub reason: String,
    pub attempts: u32,
    /// Milliseconds since the Unix epoch.
    pub dead_at_ms: i64,
    /// The original message, kept so `queue retry` can put it back unchanged.
    pub payload: String,
}

/// Queue depth at a glance (`liveaudit queue stats`).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct QueueStats {
    pub backend: &'static str,
    /// Jobs waiting to be fetched (including ones waiting out a retry delay).
    pub waiting: u64,
    /// Jobs fetched and not yet acked (leased).
    pub in_flight: u64,
    pub dead: u64,
    /// Distinct results recorded.
    pub results: u64,
}

/// One job's result for the broker's results stream, keyed for idempotency.
#[derive(Debug, Clone)]
pub struct ResultRecord {
    pub job_id: String,
    pub input_sha256: String,
    /// JSON body published to the results stream/subject.
    pub body: Vec<u8>,
}

impl ResultRecord {
    /// `job_id:sha256`, the idempotency key of a result.
    pub fn key(&self) -> String {
        format!("{}:{}", self.job_id, self.input_sha256)
    }
}

/// A job queue on one of the backends.
pub enum Queue {
    Sqlite(sqlite::SqliteQueue),
    Nats(nats::NatsQueue),
    Redis(self::redis::RedisQueue),
}

macro_rules! dispatch {
    ($self:ident, $q:ident => $e:expr) => {
        match $self {
            Queue::Sqlite($q) => $e,
            Queue::Nats($q) => $e,
            Queue::Redis($q) => $e,
        }
    };
}

/// How long a broker request still in flight may take once the worker is stopping.
pub const STOPPING_REPLY: Duration = Duration::from_millis(250);

/// A stop signal a fetch can wait on more than once (a future may not be polled again after
/// it completed), racing it against its pauses.
pub(crate) struct Stop<'a> {
    signal: Pin<Box<dyn Future<Output = ()> + Send + 'a>>,
    fired: bool,
}

impl<'a> Stop<'a> {
    fn new(signal: impl Future<Output = ()> + Send + 'a) -> Self {
        Stop {
            signal: Box::pin(signal),
            fired: false,
        }
    }

    /// Completes once the signal has fired (at once when it already had).
    pub(crate) async fn fired(&mut self) {
        if !self.fired {
            self.signal.as_mut().await;
            self.fired = true;
        }
    }

    /// Sleeps `pause` unless the signal fires first; true when it fired.
    pub(crate) async fn pause(&mut self, pause: Duration) -> bool {
        tokio::select! {
            biased;
            _ = self.fired() => true,
            _ = tokio::time::sleep(pause) => false,
        }
    }
}

/// Splits `?k=v&…` off a URL.
pub(crate) fn split_query(url: &str) -> (&str, Vec<(String, String)>) {
    match url.split_once('?') {
        None => (url, Vec::new()),
        Some((base, q)) => (
            base,
            q.split('&')
                .filter(|p| !p.is_empty())
                .map(|p| match p.split_once('=') {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => (p.to_string(), String::new()),
                })
                .collect(),
        ),
    }
}

/// The namespace from `?ns=`: letters, digits, `_` (default `liveaudit`).
pub(crate) fn namespace(url: &str, query: &[(String, String)]) -> Result<String, QueueError> {
    let mut ns = "liveaudit".to_string();
    for (k, v) in query {
        match k.as_str() {
            "ns" => ns = v.clone(),
            other => {
                return Err(QueueError::Url {
                    url: url.into(),
                    problem: format!("unknown option {other:?} (known: ns)"),
                })
            }
        }
    }
    if ns.is_empty() || ns.len() > 64 || !ns.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Err(QueueError::Url {
            url: url.into(),
            problem: format!("ns {ns:?} must be 1-64 of A-Z a-z 0-9 _"),
        });
    }
    Ok(ns)
}

pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Queue {
    /// Connects to (or creates) the queue at `url`, setting up streams, consumers and tables.
    pub async fn open(url: &str, options: QueueOptions) -> Result<Queue, QueueError> {
        let scheme = url.split_once("://").map(|(s, _)| s).unwrap_or("");
        match scheme {
            "sqlite" => Ok(Queue::Sqlite(
                sqlite::SqliteQueue::open(url, options).await?,
            )),
            "nats" => Ok(Queue::Nats(nats::NatsQueue::open(url, options).await?)),
            "redis" => Ok(Queue::Redis(
                self::redis::RedisQueue::open(url, options).await?,
            )),
            _ => Err(QueueError::Url {
                url: url.into(),
                problem: "expected sqlite://PATH, nats://HOST:PORT or redis://HOST:PORT".into(),
            }),
        }
    }

    /// Backend name for logs and stats.
    pub fn backend(&self) -> &'static str {
        match self {
            Queue::Sqlite(_) => "sqlite",
            Queue::Nats(_) => "nats",
            Queue::Redis(_) => "redis",
        }
    }

    /// Validates and enqueues a job.
    pub async fn enqueue(&self, job: &JobMessage) -> Result<(), QueueError> {
        job.validate()?;
        self.publish_raw(&job.to_bytes(), job.band()).await
    }

    /// Puts bytes on the queue as they are, unvalidated: for producers that already hold
    /// serialized messages (and for testing that workers dead-letter malformed ones).
    pub async fn publish_raw(&self, payload: &[u8], band: Band) -> Result<(), QueueError> {
        dispatch!(self, q => q.publish(payload, band).await)
    }

    /// Takes the next job under a lease, waiting up to `wait` for one to arrive. Higher
    /// priority first; `None` when nothing came.
    pub async fn fetch(&self, wait: Duration) -> Result<Option<Delivery>, QueueError> {
        self.fetch_until(wait, std::future::pending()).await
    }

    /// [`Queue::fetch`] that stops waiting once `stop` completes, so a worker told to stop
    /// while idle does not sit out the rest of its long poll. Only the pauses between polls
    /// are cut short, never a poll, so a job is not leased and then dropped (a NATS pull
    /// still unanswered when `stop` comes gets [`STOPPING_REPLY`] more).
    pub async fn fetch_until(
        &self,
        wait: Duration,
        stop: impl Future<Output = ()> + Send,
    ) -> Result<Option<Delivery>, QueueError> {
        let stop = Stop::new(stop);
        dispatch!(self, q => q.fetch(wait, stop).await)
    }

    /// Pushes the lease out by another lease period (progress ack).
    pub async fn extend(&self, d: &Delivery) -> Result<(), QueueError> {
        dispatch!(self, q => q.extend(d).await)
    }

    /// Done: the job leaves the queue.
    pub async fn ack(&self, d: &Delivery) -> Result<(), QueueError> {
        dispatch!(self, q => q.ack(d).await)
    }

    /// Gives the job back to be delivered again after `delay` (a transient failure, or a
    /// worker shutting down with `delay` zero).
    pub async fn retry(&self, d: &Delivery, delay: Duration) -> Result<(), QueueError> {
        dispatch!(self, q => q.retry(d, delay).await)
    }

    /// Moves the message to the dead letters with `reason`; it is not delivered again until
    /// someone runs `queue retry`.
    pub async fn dead_letter(&self, d: &Delivery, reason: &str) -> Result<(), QueueError> {
        dispatch!(self, q => q.dead_letter(d, reason).await)
    }

    /// Records a result unless one with the same job id and input SHA-256 exists. True when
    /// this call recorded it.
    pub async fn publish_result(&self, r: &ResultRecord) -> Result<bool, QueueError> {
        dispatch!(self, q => q.publish_result(r).await)
    }

    /// Whether a result for this job id and input SHA-256 was already recorded.
    pub async fn result_exists(&self, job_id: &str, sha256: &str) -> Result<bool, QueueError> {
        dispatch!(self, q => q.result_exists(job_id, sha256).await)
    }

    /// Recorded results as (job id, input SHA-256), oldest first, at most `limit`.
    pub async fn results(&self, limit: usize) -> Result<Vec<(String, String)>, QueueError> {
        dispatch!(self, q => q.results(limit).await)
    }

    /// Queue depth.
    pub async fn stats(&self) -> Result<QueueStats, QueueError> {
        dispatch!(self, q => q.stats().await)
    }

    /// Dead letters, oldest first, at most `limit`.
    pub async fn dead_letters(&self, limit: usize) -> Result<Vec<DeadLetter>, QueueError> {
        dispatch!(self, q => q.dead_letters(limit).await)
    }

    /// Puts the dead letter `id` back on the queue (fresh attempt count).
    pub async fn retry_dead(&self, id: &str) -> Result<(), QueueError> {
        dispatch!(self, q => q.retry_dead(id).await)
    }

    /// Round trip to the broker, for readiness checks.
    pub async fn ping(&self) -> Result<(), QueueError> {
        dispatch!(self, q => q.ping().await)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked() {
        let (base, q) = split_query("nats://h:1?ns=t1");
        assert_eq!(base, "nats://h:1");
        assert_eq!(namespace(base, &q).unwrap(), "t1");
        let (_, q) = split_query("nats://h:1?ns=a.b");
        assert!(namespace("u", &q).is_err());
        let (_, q) = split_query("nats://h:1?lease=3");
        assert!(namespace("u", &q)
            .unwrap_err()
            .to_string()
            .contains("unknown option"));
    }
}
