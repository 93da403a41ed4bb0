//! One conformance suite for every queue backend, run against real servers: SQLite (a file),
//! NATS JetStream (nats-server -js) and Redis Streams (redis-server), each started per test
//! on a free loopback port.

#[path = "support/brokers.rs"]
mod brokers;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use liveaudit::failure::Classify;
use liveaudit::queue::{Band, JobMessage, Queue, QueueError, QueueOptions, ResultRecord};

const LEASE: Duration = Duration::from_secs(2);

/// One backend under test: its server (if any) and URL.
struct Backend {
    kind: &'static str,
    url: String,
    _server: Option<brokers::Server>,
    _dir: tempfile::TempDir,
}

impl Backend {
    fn start(kind: &'static str) -> Option<Backend> {
        let dir = tempfile::tempdir().unwrap();
        let (url, server) = match kind {
            "sqlite" => (
                format!("sqlite://{}", dir.path().join("q.db").display()),
                None,
            ),
            k => {
                let s = brokers::start(k)?;
                (format!("{}?ns=conf", s.url), Some(s))
            }
        };
        Some(Backend {
            kind,
            url,
            _server: server,
            _dir: dir,
        })
    }

    async fn open(&self, consumer: &str) -> Queue {
        let opts = QueueOptions {
            lease: LEASE,
            max_attempts: 5,
            consumer: consumer.into(),
        };
        Queue::open(&self.url, opts)
            .await
            .unwrap_or_else(|e| panic!("{}: open {}: {e}", self.kind, self.url))
    }

    /// SQLite and Redis refuse operations on a lease that went to another consumer; NATS acks
    /// by stream sequence, so a stale ack is accepted there (results stay idempotent).
    fn guards_stale_leases(&self) -> bool {
        self.kind != "nats"
    }
}

fn job(id: &str, priority: u8) -> JobMessage {
    let mut j = JobMessage::new(id, format!("/recordings/{id}.flv"));
    j.priority = priority;
    j
}

async fn fetch_now(q: &Queue) -> Option<liveaudit::queue::Delivery> {
    q.fetch(Duration::from_millis(300)).await.unwrap()
}

async fn enqueue_fetch_ack(b: &Backend) {
    let q = b.open("c1").await;
    let j = job("a1", 5);
    q.enqueue(&j).await.unwrap();
    let s = q.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight), (1, 0), "{s:?}");
    let d = q
        .fetch(Duration::from_secs(2))
        .await
        .unwrap()
        .expect("a job");
    assert_eq!(d.job.as_ref().unwrap(), &j);
    assert_eq!(d.attempt, 1);
    let s = q.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight), (0, 1), "{s:?}");
    q.ack(&d).await.unwrap();
    let s = q.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight, s.dead), (0, 0, 0), "{s:?}");
    assert!(fetch_now(&q).await.is_none());
    q.ping().await.unwrap();
}

async fn higher_priority_first(b: &Backend) {
    let q = b.open("c1").await;
    for (id, p) in [("low", 1), ("normal", 5), ("high", 9)] {
        q.enqueue(&job(id, p)).await.unwrap();
    }
    let mut order = Vec::new();
    while let Some(d) = fetch_now(&q).await {
        order.push(d.label());
        q.ack(&d).await.unwrap();
    }
    assert_eq!(order, ["high", "normal", "low"]);
}

async fn expired_lease_redelivers(b: &Backend) {
    let q = b.open("c1").await;
    let other = b.open("c2").await;
    q.enqueue(&job("slow", 5)).await.unwrap();
    let d1 = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    assert!(
        fetch_now(&other).await.is_none(),
        "leased job handed out twice"
    );
    let t0 = Instant::now();
    let d2 = other
        .fetch(LEASE * 4)
        .await
        .unwrap()
        .expect("redelivered after the lease ran out");
    assert!(
        t0.elapsed() >= LEASE / 2,
        "redelivered too early: {:?}",
        t0.elapsed()
    );
    assert_eq!(d2.label(), "slow");
    assert_eq!(d2.attempt, 2);
    if b.guards_stale_leases() {
        match q.ack(&d1).await {
            Err(QueueError::LeaseLost(id)) => assert_eq!(id, "slow"),
            other => panic!("stale ack should fail with LeaseLost, got {other:?}"),
        }
        assert!(matches!(q.extend(&d1).await, Err(QueueError::LeaseLost(_))));
    }
    other.ack(&d2).await.unwrap();
    let s = q.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight), (0, 0), "{s:?}");
}

async fn extended_lease_holds(b: &Backend) {
    let q = b.open("c1").await;
    let other = b.open("c2").await;
    q.enqueue(&job("long", 5)).await.unwrap();
    let d = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    let t0 = Instant::now();
    while t0.elapsed() < LEASE * 2 {
        tokio::time::sleep(LEASE / 3).await;
        q.extend(&d).await.unwrap();
        assert!(
            fetch_now(&other).await.is_none(),
            "extended lease was handed out"
        );
    }
    q.ack(&d).await.unwrap();
    assert!(fetch_now(&other).await.is_none());
}

async fn retry_waits_out_the_delay(b: &Backend) {
    let q = b.open("c1").await;
    q.enqueue(&job("flaky", 5)).await.unwrap();
    let d = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    let t0 = Instant::now();
    q.retry(&d, Duration::from_secs(1)).await.unwrap();
    assert!(
        fetch_now(&q).await.is_none(),
        "retried job came back before its delay"
    );
    let d2 = q
        .fetch(Duration::from_secs(6))
        .await
        .unwrap()
        .expect("retried job comes back");
    assert!(
        t0.elapsed() >= Duration::from_millis(800),
        "{:?}",
        t0.elapsed()
    );
    assert_eq!((d2.label().as_str(), d2.attempt), ("flaky", 2));
    q.ack(&d2).await.unwrap();
}

async fn dead_letters_keep_the_reason_and_retry(b: &Backend) {
    let q = b.open("c1").await;
    let j = job("doomed", 8);
    q.enqueue(&j).await.unwrap();
    let d = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    q.dead_letter(&d, "source /recordings/doomed.flv: no such file")
        .await
        .unwrap();
    let s = q.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight, s.dead), (0, 0, 1), "{s:?}");
    let dead = q.dead_letters(10).await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].id, "doomed");
    assert!(dead[0].reason.contains("no such file"), "{:?}", dead[0]);
    assert_eq!(dead[0].attempts, 1);
    assert_eq!(JobMessage::parse(dead[0].payload.as_bytes()).unwrap(), j);
    assert!(fetch_now(&q).await.is_none(), "a dead letter was delivered");

    assert!(matches!(
        q.retry_dead("nobody").await,
        Err(QueueError::NoSuchDeadLetter(_))
    ));
    q.retry_dead("doomed").await.unwrap();
    assert_eq!(q.stats().await.unwrap().dead, 0);
    let again = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    assert_eq!(again.job.as_ref().unwrap(), &j);
    assert_eq!(
        again.attempt, 1,
        "a requeued dead letter starts its attempts afresh"
    );
    q.ack(&again).await.unwrap();
}

async fn malformed_messages_can_be_dead_lettered(b: &Backend) {
    let q = b.open("c1").await;
    q.publish_raw(b"{\"schema\": \"liveaudit.job/v1\", oops", Band::Normal)
        .await
        .unwrap();
    let d = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    let reason = d.job.as_ref().unwrap_err().to_string();
    assert!(reason.contains("not JSON"), "{reason}");
    q.dead_letter(&d, &reason).await.unwrap();
    let dead = q.dead_letters(10).await.unwrap();
    assert!(dead[0].id.starts_with("message-"), "{:?}", dead[0]);
    assert!(dead[0].reason.contains("malformed job message"));
    assert!(dead[0].payload.contains("oops"));
}

async fn results_are_recorded_once(b: &Backend) {
    let q = b.open("c1").await;
    let sha = "ab".repeat(32);
    let r = ResultRecord {
        job_id: "j1".into(),
        input_sha256: sha.clone(),
        body: br#"{"findings":[]}"#.to_vec(),
    };
    assert!(!q.result_exists("j1", &sha).await.unwrap());
    assert!(q.publish_result(&r).await.unwrap());
    assert!(
        !q.publish_result(&r).await.unwrap(),
        "second publish recorded a duplicate"
    );
    assert!(q.result_exists("j1", &sha).await.unwrap());
    assert!(!q.result_exists("j1", &"cd".repeat(32)).await.unwrap());
    assert_eq!(q.results(10).await.unwrap(), vec![("j1".to_string(), sha)]);
    assert_eq!(q.stats().await.unwrap().results, 1);
}

async fn competing_consumers_share_without_overlap(b: &Backend) {
    let producer = b.open("p").await;
    let n = 24;
    for i in 0..n {
        producer
            .enqueue(&job(&format!("j{i:02}"), (i % 10) as u8))
            .await
            .unwrap();
    }
    let mut handles = Vec::new();
    let give_up = Instant::now() + Duration::from_secs(60);
    for c in 0..3 {
        let q = b.open(&format!("c{c}")).await;
        handles.push(tokio::spawn(async move {
            let mut got = Vec::new();
            // A consumer stops when the queue is drained, not at its first empty fetch: a
            // pull the broker left unanswered (see queue::nats) can put a job back only after
            // its lease, and that job must still reach exactly one consumer.
            loop {
                match q.fetch(Duration::from_millis(500)).await.unwrap() {
                    Some(d) => {
                        got.push(d.label());
                        q.ack(&d).await.unwrap();
                    }
                    None => {
                        let s = q.stats().await.unwrap();
                        if (s.waiting, s.in_flight) == (0, 0) || Instant::now() > give_up {
                            break;
                        }
                    }
                }
            }
            got
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.await.unwrap());
    }
    let distinct: HashSet<_> = all.iter().collect();
    assert_eq!(all.len(), n, "deliveries: {all:?}");
    assert_eq!(distinct.len(), n);
    let s = producer.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight), (0, 0), "{s:?}");
}

async fn bad_urls_are_refused(b: &Backend) {
    let url = format!(
        "{}{}bogus=1",
        b.url,
        if b.url.contains('?') { "&" } else { "?" }
    );
    match Queue::open(&url, QueueOptions::default()).await {
        Err(e) => assert!(e.is_bad_input(), "{e}"),
        Ok(_) => panic!("{url} accepted"),
    }
}

macro_rules! suite {
    ($backend:ident: $($name:ident),* $(,)?) => {
        mod $backend {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(b) = super::Backend::start(stringify!($backend)) else { return };
                    super::$name(&b).await;
                }
            )*
        }
    };
}

macro_rules! all_backends {
    ($($name:ident),* $(,)?) => {
        suite!(sqlite: $($name),*);
        suite!(nats: $($name),*);
        suite!(redis: $($name),*);
    };
}

all_backends!(
    enqueue_fetch_ack,
    higher_priority_first,
    expired_lease_redelivers,
    extended_lease_holds,
    retry_waits_out_the_delay,
    dead_letters_keep_the_reason_and_retry,
    malformed_messages_can_be_dead_lettered,
    results_are_recorded_once,
    competing_consumers_share_without_overlap,
    bad_urls_are_refused,
);

#[tokio::test]
async fn unknown_schemes_are_refused() {
    match Queue::open("amqp://localhost", QueueOptions::default()).await {
        Err(e) => assert!(e.to_string().contains("sqlite://"), "{e}"),
        Ok(_) => panic!("amqp accepted"),
    }
}

/// Issue 20, item 12: SQLite types values per row, so a tool that inserts a job with a TEXT
/// (or a number as) payload must not wedge the queue. A TEXT payload is delivered as its
/// bytes (a job written by `sqlite3` is text, and the worker's own parser then judges it); a
/// payload that is no bytes at all is dead-lettered by the fetch with the reason, and the
/// fetch goes on to the next job.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_rows_with_foreign_payload_types_do_not_wedge_fetching() {
    let b = Backend::start("sqlite").unwrap();
    let q = b.open("c1").await;
    let path = b.url.trim_start_matches("sqlite://").to_string();
    let text_job = serde_json::to_string(&job("as-text", 5)).unwrap();
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        for (priority, payload) in [
            (9, rusqlite::types::Value::Integer(42)),
            (8, rusqlite::types::Value::Text(text_job.clone())),
        ] {
            c.execute(
                "INSERT INTO liveaudit_jobs (priority, payload, state, available_at, updated_at)
                 VALUES (?1, ?2, 'ready', 0, 0)",
                rusqlite::params![priority, payload],
            )
            .unwrap();
        }
    }
    q.enqueue(&job("good", 1)).await.unwrap();
    let d = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    assert_eq!(d.payload, text_job.as_bytes());
    assert_eq!(d.job.as_ref().unwrap().job_id, "as-text");
    q.ack(&d).await.unwrap();
    let d = q.fetch(Duration::from_secs(2)).await.unwrap().unwrap();
    assert_eq!(d.job.as_ref().unwrap().job_id, "good");
    q.ack(&d).await.unwrap();
    let dead = q.dead_letters(10).await.unwrap();
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert!(dead[0].id.starts_with("message-"), "{:?}", dead[0]);
    assert!(
        dead[0].reason.contains("stored as an INTEGER"),
        "{:?}",
        dead[0]
    );
    assert_eq!(dead[0].payload, "42");
    let s = q.stats().await.unwrap();
    assert_eq!((s.waiting, s.in_flight, s.dead), (0, 0, 1), "{s:?}");
}
