//! `sqlite://PATH`: the embedded queue — one database file, no server.
//!
//! A lease table in WAL mode: fetching is one `UPDATE … RETURNING` that claims the best ready
//! row (or one whose lease ran out) under SQLite's write lock, so any number of worker
//! processes on the machine share the file safely. Every lease carries a random token; an
//! ack, extension or retry from a worker whose lease expired (and was handed out again) does
//! not match the token and fails with [`QueueError::LeaseLost`] instead of touching the new
//! holder's lease.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    now_ms, split_query, Band, DeadLetter, Delivery, Handle, QueueError, QueueOptions, QueueStats,
    ResultRecord, Stop,
};

const BACKEND: &str = "sqlite";
/// How often an idle fetch looks again (no cross-process notification in SQLite).
const POLL: Duration = Duration::from_millis(150);

/// A queue in one SQLite file.
pub struct SqliteQueue {
    conn: Arc<Mutex<Connection>>,
    jobs: String,
    results: String,
    options: QueueOptions,
}

fn db_err(op: &'static str) -> impl Fn(rusqlite::Error) -> QueueError {
    move |e| QueueError::broker(BACKEND, op, e)
}

fn band_priority(band: Band) -> i64 {
    match band {
        Band::High => 8,
        Band::Normal => 5,
        Band::Low => 1,
    }
}

fn lease_token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "{}-{nanos:x}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A row's payload as the message bytes. SQLite types values per row, so a tool that inserts
/// a job by hand may store it as TEXT (delivered as its UTF-8 bytes: the job parser judges
/// it like any message); a number or NULL is no message, named by its type.
fn payload_bytes(v: ValueRef<'_>) -> Result<Vec<u8>, &'static str> {
    match v {
        ValueRef::Blob(b) | ValueRef::Text(b) => Ok(b.to_vec()),
        ValueRef::Integer(_) => Err("an INTEGER"),
        ValueRef::Real(_) => Err("a REAL"),
        ValueRef::Null => Err("NULL"),
    }
}

/// A dead row's payload as text for `queue dead`, whatever type it was stored as.
fn payload_text(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Blob(b) | ValueRef::Text(b) => String::from_utf8_lossy(b).into_owned(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Null => String::new(),
    }
}

impl SqliteQueue {
    pub(super) async fn open(url: &str, options: QueueOptions) -> Result<SqliteQueue, QueueError> {
        let (base, query) = split_query(url);
        let ns = super::namespace(url, &query)?;
        let path = PathBuf::from(base.trim_start_matches("sqlite://"));
        if path.as_os_str().is_empty() {
            return Err(QueueError::Url {
                url: url.into(),
                problem: "no database path (sqlite://PATH)".into(),
            });
        }
        let jobs = format!("{ns}_jobs");
        let results = format!("{ns}_results");
        let (j, r) = (jobs.clone(), results.clone());
        let url_owned = url.to_string();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, QueueError> {
            let connect = |reason: String| QueueError::Connect {
                backend: BACKEND,
                url: url_owned.clone(),
                reason,
            };
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| connect(e.to_string()))?;
            }
            let conn = Connection::open(&path).map_err(|e| connect(e.to_string()))?;
            conn.busy_timeout(Duration::from_secs(10))
                .map_err(|e| connect(e.to_string()))?;
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(|e| connect(e.to_string()))?;
            conn.pragma_update(None, "synchronous", "NORMAL")
                .map_err(|e| connect(e.to_string()))?;
            conn.execute_batch(&format!(
                "CREATE TABLE IF NOT EXISTS {j} (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    priority INTEGER NOT NULL,
                    payload BLOB NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('ready', 'leased', 'dead')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    available_at INTEGER NOT NULL,
                    lease_until INTEGER NOT NULL DEFAULT 0,
                    lease_token TEXT,
                    consumer TEXT,
                    dead_id TEXT,
                    reason TEXT,
                    updated_at INTEGER NOT NULL
                 );
                 CREATE INDEX IF NOT EXISTS {j}_next ON {j} (state, priority DESC, seq);
                 CREATE TABLE IF NOT EXISTS {r} (
                    job_id TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    body BLOB NOT NULL,
                    created_at INTEGER NOT NULL,
                    PRIMARY KEY (job_id, sha256)
                 );"
            ))
            .map_err(|e| connect(e.to_string()))?;
            Ok(conn)
        })
        .await
        .map_err(|e| QueueError::broker(BACKEND, "open", e))??;
        Ok(SqliteQueue {
            conn: Arc::new(Mutex::new(conn)),
            jobs,
            results,
            options,
        })
    }

    /// Runs `f` on the connection on a blocking thread.
    async fn with<T: Send + 'static>(
        &self,
        op: &'static str,
        f: impl FnOnce(&Connection) -> Result<T, QueueError> + Send + 'static,
    ) -> Result<T, QueueError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&guard)
        })
        .await
        .map_err(|e| QueueError::broker(BACKEND, op, e))?
    }

    fn handle(d: &Delivery) -> (i64, String) {
        match &d.handle {
            Handle::Sqlite { seq, token } => (*seq, token.clone()),
            _ => unreachable!("a delivery is only given back to the queue it came from"),
        }
    }

    /// Runs an update guarded by the delivery's lease token; no row means the lease is gone.
    async fn guarded(
        &self,
        op: &'static str,
        d: &Delivery,
        sql: String,
        extra: Vec<rusqlite::types::Value>,
    ) -> Result<(), QueueError> {
        let (seq, token) = Self::handle(d);
        let label = d.label();
        self.with(op, move |c| {
            let mut values: Vec<rusqlite::types::Value> = vec![seq.into(), token.into()];
            values.extend(extra);
            let n = c
                .execute(&sql, rusqlite::params_from_iter(values))
                .map_err(db_err(op))?;
            if n == 0 {
                return Err(QueueError::LeaseLost(label));
            }
            Ok(())
        })
        .await
    }

    pub(super) async fn publish(&self, payload: &[u8], band: Band) -> Result<(), QueueError> {
        let payload = payload.to_vec();
        let priority = super::JobMessage::parse(&payload)
            .map(|j| j.priority as i64)
            .unwrap_or(band_priority(band));
        let sql = format!(
            "INSERT INTO {} (priority, payload, state, available_at, updated_at)
             VALUES (?1, ?2, 'ready', ?3, ?3)",
            self.jobs
        );
        self.with("enqueue", move |c| {
            c.execute(&sql, params![priority, payload, now_ms()])
                .map_err(db_err("enqueue"))?;
            Ok(())
        })
        .await
    }

    pub(super) async fn fetch(
        &self,
        wait: Duration,
        mut stop: Stop<'_>,
    ) -> Result<Option<Delivery>, QueueError> {
        let deadline = Instant::now() + wait;
        let sql = format!(
            "UPDATE {j} SET state = 'leased', attempts = attempts + 1, lease_until = ?1 + ?2,
                 lease_token = ?3, consumer = ?4, updated_at = ?1
             WHERE seq = (SELECT seq FROM {j}
                          WHERE (state = 'ready' AND available_at <= ?1)
                             OR (state = 'leased' AND lease_until <= ?1)
                          ORDER BY priority DESC, seq LIMIT 1)
             RETURNING seq, payload, attempts, lease_token",
            j = self.jobs
        );
        let lease_ms = self.options.lease.as_millis() as i64;
        let bury = format!(
            "UPDATE {} SET state = 'dead', lease_token = NULL, dead_id = ?3, reason = ?4,
                 updated_at = ?5
             WHERE seq = ?1 AND lease_token = ?2",
            self.jobs
        );
        loop {
            let (sql, bury, consumer) = (sql.clone(), bury.clone(), self.options.consumer.clone());
            let row = self
                .with("fetch", move |c| {
                    let row = c
                        .query_row(
                            &sql,
                            params![now_ms(), lease_ms, lease_token(), consumer],
                            |r| {
                                Ok((
                                    r.get::<_, i64>(0)?,
                                    payload_bytes(r.get_ref(1)?),
                                    r.get::<_, i64>(2)?,
                                    r.get::<_, String>(3)?,
                                ))
                            },
                        )
                        .optional()
                        .map_err(db_err("fetch"))?;
                    match row {
                        Some((seq, Err(kind), _, token)) => {
                            // Not a message at all: dead-lettered here, or it would come back
                            // to every fetch once its lease ran out.
                            let reason = format!(
                                "the payload is stored as {kind}, not as the message's bytes"
                            );
                            tracing::warn!(seq, %reason, "sqlite queue: unreadable row dead-lettered");
                            let dead_id = format!("message-{seq}");
                            c.execute(&bury, params![seq, token, dead_id, reason, now_ms()])
                                .map_err(db_err("dead-letter"))?;
                            Ok(Some(None))
                        }
                        Some((seq, Ok(payload), attempts, token)) => {
                            Ok(Some(Some((seq, payload, attempts, token))))
                        }
                        None => Ok(None),
                    }
                })
                .await?;
            match row {
                Some(Some((seq, payload, attempts, token))) => {
                    let handle = Handle::Sqlite { seq, token };
                    return Ok(Some(Delivery::new(payload, attempts.max(1) as u32, handle)));
                }
                // A row was dead-lettered: look again at once.
                Some(None) => continue,
                None => {}
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
        let sql = format!(
            "UPDATE {} SET lease_until = ?3, updated_at = ?4
             WHERE seq = ?1 AND lease_token = ?2 AND state = 'leased'",
            self.jobs
        );
        let until = now_ms() + self.options.lease.as_millis() as i64;
        self.guarded("extend lease", d, sql, vec![until.into(), now_ms().into()])
            .await
    }

    pub(super) async fn ack(&self, d: &Delivery) -> Result<(), QueueError> {
        let sql = format!(
            "DELETE FROM {} WHERE seq = ?1 AND lease_token = ?2 AND state = 'leased'",
            self.jobs
        );
        self.guarded("ack", d, sql, Vec::new()).await
    }

    pub(super) async fn retry(&self, d: &Delivery, delay: Duration) -> Result<(), QueueError> {
        let sql = format!(
            "UPDATE {} SET state = 'ready', available_at = ?3, lease_token = NULL, updated_at = ?4
             WHERE seq = ?1 AND lease_token = ?2 AND state = 'leased'",
            self.jobs
        );
        let at = now_ms() + delay.as_millis() as i64;
        self.guarded("retry", d, sql, vec![at.into(), now_ms().into()])
            .await
    }

    pub(super) async fn dead_letter(&self, d: &Delivery, reason: &str) -> Result<(), QueueError> {
        let sql = format!(
            "UPDATE {} SET state = 'dead', lease_token = NULL, dead_id = ?3, reason = ?4,
                 updated_at = ?5
             WHERE seq = ?1 AND lease_token = ?2 AND state = 'leased'",
            self.jobs
        );
        let extra = vec![d.label().into(), reason.to_string().into(), now_ms().into()];
        self.guarded("dead-letter", d, sql, extra).await
    }

    pub(super) async fn publish_result(&self, r: &ResultRecord) -> Result<bool, QueueError> {
        let sql = format!(
            "INSERT OR IGNORE INTO {} (job_id, sha256, body, created_at) VALUES (?1, ?2, ?3, ?4)",
            self.results
        );
        let r = r.clone();
        self.with("publish result", move |c| {
            let n = c
                .execute(&sql, params![r.job_id, r.input_sha256, r.body, now_ms()])
                .map_err(db_err("publish result"))?;
            Ok(n == 1)
        })
        .await
    }

    pub(super) async fn result_exists(&self, job_id: &str, sha: &str) -> Result<bool, QueueError> {
        let sql = format!(
            "SELECT 1 FROM {} WHERE job_id = ?1 AND sha256 = ?2",
            self.results
        );
        let (job_id, sha) = (job_id.to_string(), sha.to_string());
        self.with("look up result", move |c| {
            c.query_row(&sql, params![job_id, sha], |_| Ok(()))
                .optional()
                .map(|r| r.is_some())
                .map_err(db_err("look up result"))
        })
        .await
    }

    pub(super) async fn results(&self, limit: usize) -> Result<Vec<(String, String)>, QueueError> {
        let sql = format!(
            "SELECT job_id, sha256 FROM {} ORDER BY created_at, rowid LIMIT ?1",
            self.results
        );
        self.with("list results", move |c| {
            let mut st = c.prepare(&sql).map_err(db_err("list results"))?;
            let rows = st
                .query_map(params![limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(db_err("list results"))?;
            rows.collect::<Result<Vec<_>, _>>()
                .map_err(db_err("list results"))
        })
        .await
    }

    pub(super) async fn stats(&self) -> Result<QueueStats, QueueError> {
        let sql = format!("SELECT state, count(*) FROM {} GROUP BY state", self.jobs);
        let count = format!("SELECT count(*) FROM {}", self.results);
        self.with("stats", move |c| {
            let mut stats = QueueStats {
                backend: BACKEND,
                ..QueueStats::default()
            };
            let mut st = c.prepare(&sql).map_err(db_err("stats"))?;
            let rows = st
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
                .map_err(db_err("stats"))?;
            for row in rows {
                let (state, n) = row.map_err(db_err("stats"))?;
                match state.as_str() {
                    "ready" => stats.waiting = n as u64,
                    "leased" => stats.in_flight = n as u64,
                    _ => stats.dead = n as u64,
                }
            }
            stats.results = c
                .query_row(&count, [], |r| r.get::<_, i64>(0))
                .map_err(db_err("stats"))? as u64;
            Ok(stats)
        })
        .await
    }

    pub(super) async fn dead_letters(&self, limit: usize) -> Result<Vec<DeadLetter>, QueueError> {
        let sql = format!(
            "SELECT dead_id, reason, attempts, updated_at, payload FROM {}
             WHERE state = 'dead' ORDER BY seq LIMIT ?1",
            self.jobs
        );
        self.with("list dead letters", move |c| {
            let mut st = c.prepare(&sql).map_err(db_err("list dead letters"))?;
            let rows = st
                .query_map(params![limit as i64], |r| {
                    Ok(DeadLetter {
                        id: r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                        reason: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                        attempts: r.get::<_, i64>(2)? as u32,
                        dead_at_ms: r.get(3)?,
                        payload: payload_text(r.get_ref(4)?),
                    })
                })
                .map_err(db_err("list dead letters"))?;
            rows.collect::<Result<Vec<_>, _>>()
                .map_err(db_err("list dead letters"))
        })
        .await
    }

    pub(super) async fn retry_dead(&self, id: &str) -> Result<(), QueueError> {
        let sql = format!(
            "UPDATE {} SET state = 'ready', attempts = 0, available_at = ?2, reason = NULL,
                 dead_id = NULL, updated_at = ?2
             WHERE seq = (SELECT seq FROM {} WHERE state = 'dead' AND dead_id = ?1
                          ORDER BY seq LIMIT 1)",
            self.jobs, self.jobs
        );
        let id = id.to_string();
        self.with("retry dead letter", move |c| {
            let n = c
                .execute(&sql, params![id, now_ms()])
                .map_err(db_err("retry dead letter"))?;
            if n == 0 {
                return Err(QueueError::NoSuchDeadLetter(id));
            }
            Ok(())
        })
        .await
    }

    pub(super) async fn ping(&self) -> Result<(), QueueError> {
        self.with("ping", |c| {
            c.query_row("SELECT 1", [], |_| Ok(()))
                .map_err(db_err("ping"))
        })
        .await
    }
}
