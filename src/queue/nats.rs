//! `nats://HOST:PORT`: NATS JetStream.
//!
//! - Jobs: a work-queue stream `<NS>_JOBS` on subjects `<ns>.jobs.<band>`, one durable pull
//!   consumer per priority band (work-queue streams need disjoint filters). The server owns
//!   the lease: AckWait (= the first BackOff step), BackOff for redeliveries after a lost
//!   worker, MaxDeliver = max attempts + 1 (the last delivery lets a worker dead-letter the
//!   job with a reason), progress acks (`+WPI`) to extend a lease while a long recording is
//!   transcribed, NAK with a delay for retries. An ack removes the message from the stream.
//! - Dead letters: stream `<NS>_DEAD` on `<ns>.dead.<job id>`, reason in headers.
//! - Results: stream `<NS>_RESULTS` on `<ns>.results.<job id>`, published with
//!   `Nats-Msg-Id: <job id>:<sha256>` so the server drops a duplicate inside its window, and
//!   looked up by subject before publishing so a redelivered job never adds a second result.

use std::time::{Duration, Instant};

use async_nats::jetstream::consumer::{pull, AckPolicy, PullConsumer};
use async_nats::jetstream::message::AckKind;
use async_nats::jetstream::stream::{self, LastRawMessageErrorKind, RetentionPolicy, StorageType};
use async_nats::jetstream::{self, Context};
use async_nats::HeaderMap;
use futures_util::StreamExt;

use super::{
    split_query, Band, DeadLetter, Delivery, Handle, QueueError, QueueOptions, QueueStats,
    ResultRecord, Stop, STOPPING_REPLY,
};

const BACKEND: &str = "nats";
const POLL: Duration = Duration::from_millis(200);
/// How long one no-wait pull may go unanswered. The server answers such a pull at once (a
/// message or 404 "no messages"), but competing single-message no-wait pulls can leave one
/// unanswered for good (nats-server issue 7457); async-nats sets no client deadline on a
/// `fetch` without `expires`, so without this a worker (and the CI run) hung in `fetch`.
const PULL_REPLY: Duration = Duration::from_secs(2);
const H_REASON: &str = "Liveaudit-Reason";
const H_ATTEMPTS: &str = "Liveaudit-Attempts";
const H_BAND: &str = "Liveaudit-Band";
const H_SHA: &str = "Liveaudit-Sha256";

/// A JetStream-backed queue.
pub struct NatsQueue {
    client: async_nats::Client,
    js: Context,
    ns: String,
    /// Pull consumers in the order they are served (high, normal, low).
    consumers: Vec<(Band, PullConsumer)>,
    jobs: String,
    dead: String,
    results: String,
}

fn err(op: &'static str) -> impl Fn(&dyn std::fmt::Display) -> QueueError {
    move |e| QueueError::broker(BACKEND, op, e)
}

fn band_of(name: &str) -> Band {
    Band::ALL
        .into_iter()
        .find(|b| b.as_str() == name)
        .unwrap_or(Band::Normal)
}

/// Lease schedule: the first step is the lease, later redeliveries wait longer.
fn backoff(options: &QueueOptions) -> Vec<Duration> {
    let steps = options.max_attempts.clamp(1, 3);
    (0..steps).map(|i| options.lease * (1 << i)).collect()
}

impl NatsQueue {
    pub(super) async fn open(url: &str, options: QueueOptions) -> Result<NatsQueue, QueueError> {
        let (base, query) = split_query(url);
        let ns = super::namespace(url, &query)?;
        let connect = |reason: String| QueueError::Connect {
            backend: BACKEND,
            url: url.into(),
            reason,
        };
        // A broker that is still starting (or a loaded 2-core host) can miss the first connect
        // deadline; three tries with a short pause before calling the broker unreachable.
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            match async_nats::ConnectOptions::new()
                .connection_timeout(Duration::from_secs(5))
                .request_timeout(Some(Duration::from_secs(20)))
                .connect(base)
                .await
            {
                Ok(c) => break c,
                Err(e) if attempt >= 3 => return Err(connect(e.to_string())),
                Err(_) => tokio::time::sleep(Duration::from_millis(500 * attempt)).await,
            }
        };
        let js = jetstream::new(client.clone());
        let upper = ns.to_ascii_uppercase();
        let (jobs, dead, results) = (
            format!("{upper}_JOBS"),
            format!("{upper}_DEAD"),
            format!("{upper}_RESULTS"),
        );
        let specs = [
            (&jobs, format!("{ns}.jobs.>"), RetentionPolicy::WorkQueue),
            (&dead, format!("{ns}.dead.>"), RetentionPolicy::Limits),
            (&results, format!("{ns}.results.>"), RetentionPolicy::Limits),
        ];
        for (name, subject, retention) in specs {
            js.get_or_create_stream(stream::Config {
                name: name.clone(),
                subjects: vec![subject],
                retention,
                storage: StorageType::File,
                duplicate_window: Duration::from_secs(120),
                ..Default::default()
            })
            .await
            .map_err(|e| connect(format!("cannot create stream {name}: {e}")))?;
        }
        let stream = js
            .get_stream(&jobs)
            .await
            .map_err(|e| connect(e.to_string()))?;
        let mut consumers = Vec::new();
        for band in Band::ALL {
            let name = format!("{ns}_workers_{}", band.as_str());
            let steps = backoff(&options);
            let config = pull::Config {
                durable_name: Some(name.clone()),
                filter_subject: format!("{ns}.jobs.{}", band.as_str()),
                ack_policy: AckPolicy::Explicit,
                ack_wait: steps[0],
                backoff: steps,
                max_deliver: options.max_attempts as i64 + 1,
                ..Default::default()
            };
            let consumer = stream
                .get_or_create_consumer(&name, config)
                .await
                .map_err(|e| connect(format!("cannot create consumer {name}: {e}")))?;
            consumers.push((band, consumer));
        }
        Ok(NatsQueue {
            client,
            js,
            ns,
            consumers,
            jobs,
            dead,
            results,
        })
    }

    fn message(d: &Delivery) -> &jetstream::Message {
        match &d.handle {
            Handle::Nats(m) => m,
            _ => unreachable!("a delivery is only given back to the queue it came from"),
        }
    }

    async fn stream(&self, name: &str) -> Result<stream::Stream, QueueError> {
        self.js
            .get_stream(name)
            .await
            .map_err(|e| err("open stream")(&e))
    }

    pub(super) async fn publish(&self, payload: &[u8], band: Band) -> Result<(), QueueError> {
        let subject = format!("{}.jobs.{}", self.ns, band.as_str());
        let ack = self
            .js
            .publish(subject, payload.to_vec().into())
            .await
            .map_err(|e| err("enqueue")(&e))?;
        ack.await.map_err(|e| err("enqueue")(&e))?;
        Ok(())
    }

    pub(super) async fn fetch(
        &self,
        wait: Duration,
        mut stop: Stop<'_>,
    ) -> Result<Option<Delivery>, QueueError> {
        let deadline = Instant::now() + wait;
        loop {
            for (band, consumer) in &self.consumers {
                let pull = async {
                    let mut batch = consumer
                        .fetch()
                        .max_messages(1)
                        .messages()
                        .await
                        .map_err(|e| err("fetch")(&e))?;
                    batch.next().await.transpose().map_err(|e| err("fetch")(&e))
                };
                let mut pull = std::pin::pin!(pull);
                // A stopping worker waits only STOPPING_REPLY more for an unanswered pull.
                let answer = tokio::select! {
                    answer = tokio::time::timeout(PULL_REPLY, &mut pull) => answer,
                    _ = stop.fired() => tokio::time::timeout(STOPPING_REPLY, &mut pull).await,
                };
                let pulled = match answer {
                    Ok(pulled) => pulled?,
                    Err(_) => {
                        // The request is abandoned with its inbox; a message the server still
                        // hands to it is not acked and comes back after its lease.
                        tracing::warn!(
                            band = band.as_str(),
                            "nats: no-wait pull unanswered; pulling again"
                        );
                        None
                    }
                };
                if let Some(msg) = pulled {
                    let attempt = msg.info().map(|i| i.delivered).unwrap_or(1).max(1) as u32;
                    let payload = msg.payload.to_vec();
                    return Ok(Some(Delivery::new(
                        payload,
                        attempt,
                        Handle::Nats(Box::new(msg)),
                    )));
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Ok(None);
            }
            if stop.pause(left.min(POLL)).await {
                return Ok(None);
            }
        }
    }

    pub(super) async fn extend(&self, d: &Delivery) -> Result<(), QueueError> {
        Self::message(d)
            .ack_with(AckKind::Progress)
            .await
            .map_err(|e| err("extend lease")(&e))
    }

    pub(super) async fn ack(&self, d: &Delivery) -> Result<(), QueueError> {
        Self::message(d)
            .double_ack()
            .await
            .map_err(|e| err("ack")(&e))
    }

    pub(super) async fn retry(&self, d: &Delivery, delay: Duration) -> Result<(), QueueError> {
        let delay = (!delay.is_zero()).then_some(delay);
        Self::message(d)
            .ack_with(AckKind::Nak(delay))
            .await
            .map_err(|e| err("retry")(&e))
    }

    pub(super) async fn dead_letter(&self, d: &Delivery, reason: &str) -> Result<(), QueueError> {
        let msg = Self::message(d);
        let band = msg
            .subject
            .as_str()
            .rsplit('.')
            .next()
            .unwrap_or("normal")
            .to_string();
        let mut headers = HeaderMap::new();
        headers.insert(H_REASON, reason.replace(['\r', '\n'], " ").as_str());
        headers.insert(H_ATTEMPTS, d.attempt.to_string().as_str());
        headers.insert(H_BAND, band.as_str());
        let subject = format!("{}.dead.{}", self.ns, d.label());
        let ack = self
            .js
            .publish_with_headers(subject, headers, d.payload.clone().into())
            .await
            .map_err(|e| err("dead-letter")(&e))?;
        ack.await.map_err(|e| err("dead-letter")(&e))?;
        msg.double_ack().await.map_err(|e| err("dead-letter")(&e))
    }

    pub(super) async fn publish_result(&self, r: &ResultRecord) -> Result<bool, QueueError> {
        if self.result_exists(&r.job_id, &r.input_sha256).await? {
            return Ok(false);
        }
        let mut headers = HeaderMap::new();
        headers.insert("Nats-Msg-Id", r.key().as_str());
        headers.insert(H_SHA, r.input_sha256.as_str());
        let subject = format!("{}.results.{}", self.ns, r.job_id);
        let ack = self
            .js
            .publish_with_headers(subject, headers, r.body.clone().into())
            .await
            .map_err(|e| err("publish result")(&e))?;
        let ack = ack.await.map_err(|e| err("publish result")(&e))?;
        Ok(!ack.duplicate)
    }

    pub(super) async fn result_exists(&self, job_id: &str, sha: &str) -> Result<bool, QueueError> {
        let stream = self.stream(&self.results).await?;
        match stream
            .get_last_raw_message_by_subject(&format!("{}.results.{job_id}", self.ns))
            .await
        {
            Ok(m) => Ok(m.headers.get(H_SHA).map(|v| v.as_str()) == Some(sha)),
            Err(e) if e.kind() == LastRawMessageErrorKind::NoMessageFound => Ok(false),
            Err(e) => Err(err("look up result")(&e)),
        }
    }

    /// Messages of a limits stream, oldest first (deleted sequences skipped).
    async fn scan(
        &self,
        name: &str,
        limit: usize,
    ) -> Result<Vec<jetstream::message::StreamMessage>, QueueError> {
        let stream = self.stream(name).await?;
        let info = stream.get_info().await.map_err(|e| err("scan")(&e))?;
        let mut out = Vec::new();
        if info.state.messages == 0 {
            return Ok(out);
        }
        for seq in info.state.first_sequence..=info.state.last_sequence {
            if out.len() >= limit {
                break;
            }
            if let Ok(m) = stream.get_raw_message(seq).await {
                out.push(m);
            }
        }
        Ok(out)
    }

    pub(super) async fn results(&self, limit: usize) -> Result<Vec<(String, String)>, QueueError> {
        let prefix = format!("{}.results.", self.ns);
        Ok(self
            .scan(&self.results, limit)
            .await?
            .into_iter()
            .map(|m| {
                let id = m.subject.as_str().trim_start_matches(&prefix).to_string();
                let sha = m.headers.get(H_SHA).map(|v| v.as_str().to_string());
                (id, sha.unwrap_or_default())
            })
            .collect())
    }

    pub(super) async fn stats(&self) -> Result<QueueStats, QueueError> {
        let count = |name: String| async move {
            let s = self.stream(&name).await?;
            let info = s.get_info().await.map_err(|e| err("stats")(&e))?;
            Ok::<u64, QueueError>(info.state.messages)
        };
        let total = count(self.jobs.clone()).await?;
        let mut in_flight = 0u64;
        for (_, c) in &self.consumers {
            let info = c.get_info().await.map_err(|e| err("stats")(&e))?;
            in_flight += info.num_ack_pending as u64;
        }
        Ok(QueueStats {
            backend: BACKEND,
            waiting: total.saturating_sub(in_flight),
            in_flight,
            dead: count(self.dead.clone()).await?,
            results: count(self.results.clone()).await?,
        })
    }

    pub(super) async fn dead_letters(&self, limit: usize) -> Result<Vec<DeadLetter>, QueueError> {
        let prefix = format!("{}.dead.", self.ns);
        Ok(self
            .scan(&self.dead, limit)
            .await?
            .into_iter()
            .map(|m| {
                let header = |h: &str| m.headers.get(h).map(|v| v.as_str().to_string());
                DeadLetter {
                    id: m.subject.as_str().trim_start_matches(&prefix).to_string(),
                    reason: header(H_REASON).unwrap_or_default(),
                    attempts: header(H_ATTEMPTS).and_then(|a| a.parse().ok()).unwrap_or(0),
                    dead_at_ms: (m.time.unix_timestamp_nanos() / 1_000_000) as i64,
                    payload: String::from_utf8_lossy(&m.payload).into_owned(),
                }
            })
            .collect())
    }

    pub(super) async fn retry_dead(&self, id: &str) -> Result<(), QueueError> {
        if !super::job::valid_job_id(id) {
            return Err(QueueError::NoSuchDeadLetter(id.into()));
        }
        let stream = self.stream(&self.dead).await?;
        let m = match stream
            .get_first_raw_message_by_subject(format!("{}.dead.{id}", self.ns), 0)
            .await
        {
            Ok(m) => m,
            Err(_) => return Err(QueueError::NoSuchDeadLetter(id.into())),
        };
        let band = band_of(m.headers.get(H_BAND).map(|v| v.as_str()).unwrap_or(""));
        self.publish(&m.payload, band).await?;
        stream
            .delete_message(m.sequence)
            .await
            .map_err(|e| err("retry dead letter")(&e))?;
        Ok(())
    }

    pub(super) async fn ping(&self) -> Result<(), QueueError> {
        tokio::time::timeout(Duration::from_secs(5), self.client.flush())
            .await
            .map_err(|e| err("ping")(&e))?
            .map_err(|e| err("ping")(&e))
    }
}
