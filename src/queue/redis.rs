//! `redis://HOST:PORT[/DB]`: Redis Streams.
//!
//! - Jobs: one stream per priority band (`<ns>:jobs:<band>`) with the consumer group
//!   `<ns>_workers`. A worker reads new entries with XREADGROUP; an entry stays in the group's
//!   pending list (PEL) under its consumer name until acked, and its idle time is the lease:
//!   entries idle longer than the lease (a worker died) are taken over with XAUTOCLAIM, which
//!   also counts deliveries. Extending a lease re-claims the entry to its owner with JUSTID
//!   (idle time reset, count unchanged); a retry sets the entry's idle time so it becomes
//!   reclaimable after the delay (at most one lease).
//! - Every operation on a delivery runs as a Lua script that first checks the entry is still
//!   pending under this consumer, so a worker whose lease was taken over cannot ack, extend or
//!   dead-letter the new holder's delivery ([`QueueError::LeaseLost`]).
//! - Dead letters: stream `<ns>:dead` with id, reason, attempts, band and the payload.
//! - Results: stream `<ns>:results` plus the hash `<ns>:results:keys` (job id:sha256 → entry),
//!   written together by one script so a result is recorded at most once.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use ::redis::aio::{ConnectionManager, ConnectionManagerConfig};
use ::redis::streams::{StreamAutoClaimReply, StreamId, StreamRangeReply, StreamReadReply};
use ::redis::{RedisError, Script, Value};

use super::{
    now_ms, split_query, Band, DeadLetter, Delivery, Handle, QueueError, QueueOptions, QueueStats,
    ResultRecord, Stop,
};

const BACKEND: &str = "redis";
const POLL: Duration = Duration::from_millis(200);

/// `KEYS[1]` stream, `ARGV[1]` group, `ARGV[2]` consumer, `ARGV[3]` entry id: true when the
/// entry is pending under this consumer.
const OWNED: &str = r#"
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1)
if #p == 0 or p[1][2] ~= ARGV[2] then return 0 end
"#;

/// A Redis Streams queue.
pub struct RedisQueue {
    conn: ConnectionManager,
    ns: String,
    group: String,
    options: QueueOptions,
    /// XAUTOCLAIM cursors per band, so reclaim scans the whole pending list over time.
    cursors: Mutex<[String; 3]>,
    extend: Script,
    ack: Script,
    retry: Script,
    dead: Script,
    result: Script,
}

fn err(op: &'static str) -> impl Fn(RedisError) -> QueueError {
    move |e| QueueError::broker(BACKEND, op, e)
}

fn band_index(band: Band) -> usize {
    match band {
        Band::High => 0,
        Band::Normal => 1,
        Band::Low => 2,
    }
}

fn field(entry: &StreamId, name: &str) -> Option<Vec<u8>> {
    entry.get::<Vec<u8>>(name)
}

fn text(entry: &StreamId, name: &str) -> String {
    field(entry, name)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

impl RedisQueue {
    pub(super) async fn open(url: &str, options: QueueOptions) -> Result<RedisQueue, QueueError> {
        let (base, query) = split_query(url);
        let ns = super::namespace(url, &query)?;
        let connect = |reason: String| QueueError::Connect {
            backend: BACKEND,
            url: url.into(),
            reason,
        };
        let client = ::redis::Client::open(base).map_err(|e| QueueError::Url {
            url: url.into(),
            problem: e.to_string(),
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(5)))
            .set_response_timeout(Some(Duration::from_secs(10)))
            .set_number_of_retries(2);
        let mut conn = ConnectionManager::new_with_config(client, config)
            .await
            .map_err(|e| connect(e.to_string()))?;
        let group = format!("{ns}_workers");
        for band in Band::ALL {
            let key = format!("{ns}:jobs:{}", band.as_str());
            let created: Result<(), RedisError> = ::redis::cmd("XGROUP")
                .arg("CREATE")
                .arg(&key)
                .arg(&group)
                .arg("0")
                .arg("MKSTREAM")
                .query_async(&mut conn)
                .await;
            match created {
                Ok(()) => {}
                Err(e) if e.code() == Some("BUSYGROUP") => {}
                Err(e) => return Err(connect(format!("cannot create group on {key}: {e}"))),
            }
        }
        let guarded = |body: &str| Script::new(&format!("{OWNED}{body}"));
        Ok(RedisQueue {
            conn,
            group,
            options,
            cursors: Mutex::new(["0-0".into(), "0-0".into(), "0-0".into()]),
            extend: guarded(
                "redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID') return 1",
            ),
            ack: guarded(
                "redis.call('XACK', KEYS[1], ARGV[1], ARGV[3]) \
                 redis.call('XDEL', KEYS[1], ARGV[3]) return 1",
            ),
            retry: guarded(
                "redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'IDLE', ARGV[4], \
                 'JUSTID') return 1",
            ),
            // KEYS[2] dead stream; ARGV[4..] id, reason, attempts, band, at.
            dead: guarded(
                "local e = redis.call('XRANGE', KEYS[1], ARGV[3], ARGV[3]) \
                 local payload = '' \
                 if #e > 0 then for i = 1, #e[1][2], 2 do \
                   if e[1][2][i] == 'payload' then payload = e[1][2][i + 1] end end end \
                 redis.call('XADD', KEYS[2], '*', 'id', ARGV[4], 'reason', ARGV[5], \
                   'attempts', ARGV[6], 'band', ARGV[7], 'at', ARGV[8], 'payload', payload) \
                 redis.call('XACK', KEYS[1], ARGV[1], ARGV[3]) \
                 redis.call('XDEL', KEYS[1], ARGV[3]) return 1",
            ),
            // KEYS[1] results stream, KEYS[2] key hash; ARGV key, job id, sha, body.
            result: Script::new(
                "if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 0 end \
                 local id = redis.call('XADD', KEYS[1], '*', 'job_id', ARGV[2], \
                   'sha256', ARGV[3], 'body', ARGV[4]) \
                 redis.call('HSET', KEYS[2], ARGV[1], id) return 1",
            ),
            ns,
        })
    }

    fn key(&self, band: Band) -> String {
        format!("{}:jobs:{}", self.ns, band.as_str())
    }

    fn handle(d: &Delivery) -> (&str, &str) {
        match &d.handle {
            Handle::Redis { key, id } => (key, id),
            _ => unreachable!("a delivery is only given back to the queue it came from"),
        }
    }

    /// Runs a lease-guarded script on the delivery's entry.
    async fn guarded(
        &self,
        op: &'static str,
        script: &Script,
        d: &Delivery,
        extra_keys: &[String],
        extra_args: &[String],
    ) -> Result<(), QueueError> {
        let (key, id) = Self::handle(d);
        let mut inv = script.key(key);
        for k in extra_keys {
            inv.key(k);
        }
        inv.arg(&self.group).arg(&self.options.consumer).arg(id);
        for a in extra_args {
            inv.arg(a);
        }
        let owned: i64 = inv
            .invoke_async(&mut self.conn.clone())
            .await
            .map_err(err(op))?;
        if owned == 0 {
            return Err(QueueError::LeaseLost(d.label()));
        }
        Ok(())
    }

    pub(super) async fn publish(&self, payload: &[u8], band: Band) -> Result<(), QueueError> {
        let _: String = ::redis::cmd("XADD")
            .arg(self.key(band))
            .arg("*")
            .arg("payload")
            .arg(payload)
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("enqueue"))?;
        Ok(())
    }

    /// Takes over one entry of `band` whose lease (idle time) ran out.
    async fn reclaim(&self, band: Band) -> Result<Option<Delivery>, QueueError> {
        let key = self.key(band);
        let cursor =
            self.cursors.lock().unwrap_or_else(|p| p.into_inner())[band_index(band)].clone();
        let reply: StreamAutoClaimReply = ::redis::cmd("XAUTOCLAIM")
            .arg(&key)
            .arg(&self.group)
            .arg(&self.options.consumer)
            .arg(self.options.lease.as_millis() as u64)
            .arg(&cursor)
            .arg("COUNT")
            .arg(1)
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("reclaim"))?;
        self.cursors.lock().unwrap_or_else(|p| p.into_inner())[band_index(band)] =
            reply.next_stream_id.clone();
        let Some(entry) = reply.claimed.into_iter().next() else {
            return Ok(None);
        };
        // Deliveries so far, counted by Redis (XAUTOCLAIM just added this one).
        let pending: Value = ::redis::cmd("XPENDING")
            .arg(&key)
            .arg(&self.group)
            .arg(&entry.id)
            .arg(&entry.id)
            .arg(1)
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("reclaim"))?;
        let attempt = match &pending {
            Value::Array(rows) => match rows.first() {
                Some(Value::Array(row)) => match row.get(3) {
                    Some(Value::Int(n)) => *n as u32,
                    _ => 2,
                },
                _ => 2,
            },
            _ => 2,
        };
        let payload = field(&entry, "payload").unwrap_or_default();
        Ok(Some(Delivery::new(
            payload,
            attempt.max(1),
            Handle::Redis { key, id: entry.id },
        )))
    }

    /// Reads one new entry of `band`.
    async fn read_new(&self, band: Band) -> Result<Option<Delivery>, QueueError> {
        let key = self.key(band);
        let reply: Option<StreamReadReply> = ::redis::cmd("XREADGROUP")
            .arg("GROUP")
            .arg(&self.group)
            .arg(&self.options.consumer)
            .arg("COUNT")
            .arg(1)
            .arg("STREAMS")
            .arg(&key)
            .arg(">")
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("fetch"))?;
        let entry = reply
            .and_then(|r| r.keys.into_iter().next())
            .and_then(|k| k.ids.into_iter().next());
        Ok(entry.map(|entry| {
            let payload = field(&entry, "payload").unwrap_or_default();
            Delivery::new(payload, 1, Handle::Redis { key, id: entry.id })
        }))
    }

    pub(super) async fn fetch(
        &self,
        wait: Duration,
        mut stop: Stop<'_>,
    ) -> Result<Option<Delivery>, QueueError> {
        let deadline = Instant::now() + wait;
        loop {
            for band in Band::ALL {
                if let Some(d) = self.reclaim(band).await? {
                    return Ok(Some(d));
                }
                if let Some(d) = self.read_new(band).await? {
                    return Ok(Some(d));
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
        self.guarded("extend lease", &self.extend, d, &[], &[])
            .await
    }

    pub(super) async fn ack(&self, d: &Delivery) -> Result<(), QueueError> {
        self.guarded("ack", &self.ack, d, &[], &[]).await
    }

    pub(super) async fn retry(&self, d: &Delivery, delay: Duration) -> Result<(), QueueError> {
        let lease = self.options.lease.as_millis() as u64;
        let idle = lease.saturating_sub(delay.as_millis() as u64);
        self.guarded("retry", &self.retry, d, &[], &[idle.to_string()])
            .await
    }

    pub(super) async fn dead_letter(&self, d: &Delivery, reason: &str) -> Result<(), QueueError> {
        let (key, _) = Self::handle(d);
        let band = key.rsplit(':').next().unwrap_or("normal").to_string();
        let args = [
            d.label(),
            reason.to_string(),
            d.attempt.to_string(),
            band,
            now_ms().to_string(),
        ];
        self.guarded("dead-letter", &self.dead, d, &[self.dead_key()], &args)
            .await
    }

    fn dead_key(&self) -> String {
        format!("{}:dead", self.ns)
    }

    fn result_keys(&self) -> (String, String) {
        (
            format!("{}:results", self.ns),
            format!("{}:results:keys", self.ns),
        )
    }

    pub(super) async fn publish_result(&self, r: &ResultRecord) -> Result<bool, QueueError> {
        let (stream, keys) = self.result_keys();
        let n: i64 = self
            .result
            .key(stream)
            .key(keys)
            .arg(r.key())
            .arg(&r.job_id)
            .arg(&r.input_sha256)
            .arg(&r.body[..])
            .invoke_async(&mut self.conn.clone())
            .await
            .map_err(err("publish result"))?;
        Ok(n == 1)
    }

    pub(super) async fn result_exists(&self, job_id: &str, sha: &str) -> Result<bool, QueueError> {
        let (_, keys) = self.result_keys();
        ::redis::cmd("HEXISTS")
            .arg(keys)
            .arg(format!("{job_id}:{sha}"))
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("look up result"))
    }

    async fn range(&self, key: String, limit: usize) -> Result<Vec<StreamId>, QueueError> {
        let reply: StreamRangeReply = ::redis::cmd("XRANGE")
            .arg(key)
            .arg("-")
            .arg("+")
            .arg("COUNT")
            .arg(limit)
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("range"))?;
        Ok(reply.ids)
    }

    pub(super) async fn results(&self, limit: usize) -> Result<Vec<(String, String)>, QueueError> {
        let (stream, _) = self.result_keys();
        Ok(self
            .range(stream, limit)
            .await?
            .iter()
            .map(|e| (text(e, "job_id"), text(e, "sha256")))
            .collect())
    }

    async fn len(&self, key: String) -> Result<u64, QueueError> {
        ::redis::cmd("XLEN")
            .arg(key)
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("stats"))
    }

    pub(super) async fn stats(&self) -> Result<QueueStats, QueueError> {
        let mut stats = QueueStats {
            backend: BACKEND,
            ..QueueStats::default()
        };
        for band in Band::ALL {
            let key = self.key(band);
            let total = self.len(key.clone()).await?;
            let summary: Value = ::redis::cmd("XPENDING")
                .arg(&key)
                .arg(&self.group)
                .query_async(&mut self.conn.clone())
                .await
                .map_err(err("stats"))?;
            let pending = match summary {
                Value::Array(v) => match v.first() {
                    Some(Value::Int(n)) => *n as u64,
                    _ => 0,
                },
                _ => 0,
            };
            stats.in_flight += pending;
            stats.waiting += total.saturating_sub(pending);
        }
        stats.dead = self.len(self.dead_key()).await?;
        stats.results = self.len(self.result_keys().0).await?;
        Ok(stats)
    }

    pub(super) async fn dead_letters(&self, limit: usize) -> Result<Vec<DeadLetter>, QueueError> {
        Ok(self
            .range(self.dead_key(), limit)
            .await?
            .iter()
            .map(|e| DeadLetter {
                id: text(e, "id"),
                reason: text(e, "reason"),
                attempts: text(e, "attempts").parse().unwrap_or(0),
                dead_at_ms: text(e, "at").parse().unwrap_or(0),
                payload: text(e, "payload"),
            })
            .collect())
    }

    pub(super) async fn retry_dead(&self, id: &str) -> Result<(), QueueError> {
        let entries = self.range(self.dead_key(), usize::MAX >> 1).await?;
        let Some(entry) = entries.iter().find(|e| text(e, "id") == id) else {
            return Err(QueueError::NoSuchDeadLetter(id.into()));
        };
        let band = Band::ALL
            .into_iter()
            .find(|b| b.as_str() == text(entry, "band"))
            .unwrap_or(Band::Normal);
        let payload = field(entry, "payload").unwrap_or_default();
        let _: () = ::redis::pipe()
            .atomic()
            .cmd("XADD")
            .arg(self.key(band))
            .arg("*")
            .arg("payload")
            .arg(payload)
            .ignore()
            .cmd("XDEL")
            .arg(self.dead_key())
            .arg(&entry.id)
            .ignore()
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("retry dead letter"))?;
        Ok(())
    }

    pub(super) async fn ping(&self) -> Result<(), QueueError> {
        let _: String = ::redis::cmd("PING")
            .query_async(&mut self.conn.clone())
            .await
            .map_err(err("ping"))?;
        Ok(())
    }
}
