//! Operations endpoints of a worker: `/healthz` (the process serves), `/readyz` (model loaded,
//! broker reachable, not draining; the broker's answer is reused for [`BROKER_CHECK_TTL`]) and
//! `/metrics` (Prometheus text format).
//!
//! Metric names (all prefixed `liveaudit_`):
//! - `jobs_total{outcome}` — done, duplicate, retried, dead, released, lease_lost, unsettled
//! - `stage_seconds{stage}` — source, transcribe, sinks, total (histograms)
//! - `audio_seconds_total` — recording seconds audited
//! - `realtime_factor` — audio seconds per transcription wall second (histogram)
//! - `redeliveries_total` — deliveries with attempt > 1
//! - `dead_letters_total{kind}` — malformed, permanent, exhausted
//! - `jobs_in_flight` — leased jobs held by this worker (gauge)
//! - `broker_errors_total{op}` — fetch, extend, release, ack, retry, dead-letter
//!
//! [`register`] creates every one of these series at zero when the worker starts, so a
//! dashboard or alert sees them (and their help text) before the first job, and a rate over a
//! fresh worker starts from a sample instead of from nothing.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::queue::Queue;

/// Metric names, shared by the worker and its tests.
pub mod names {
    pub const JOBS: &str = "liveaudit_jobs_total";
    pub const STAGE_SECONDS: &str = "liveaudit_stage_seconds";
    pub const AUDIO_SECONDS: &str = "liveaudit_audio_seconds_total";
    pub const REALTIME_FACTOR: &str = "liveaudit_realtime_factor";
    pub const REDELIVERIES: &str = "liveaudit_redeliveries_total";
    pub const DEAD_LETTERS: &str = "liveaudit_dead_letters_total";
    pub const IN_FLIGHT: &str = "liveaudit_jobs_in_flight";
    pub const BROKER_ERRORS: &str = "liveaudit_broker_errors_total";
    pub const FOLLOW_LAG: &str = "liveaudit_follow_lag_seconds";

    /// `stage` label values of [`STAGE_SECONDS`], registered at start.
    pub const STAGES: [&str; 4] = ["source", "transcribe", "sinks", "total"];
    /// `kind` label values of [`DEAD_LETTERS`], registered at start.
    pub const DEAD_LETTER_KINDS: [&str; 3] = ["malformed", "permanent", "exhausted"];
    /// `op` label values of [`BROKER_ERRORS`], registered at start.
    pub const BROKER_OPS: [&str; 6] = ["fetch", "extend", "release", "ack", "retry", "dead-letter"];
}

/// Installs the recorder, describes every metric and creates each series at zero (counters
/// and the gauge are only touched with zero increments, so a worker started again in the same
/// process keeps its counts). Why: Prometheus shows nothing for a series until it exists, so
/// an idle worker's `/metrics` was empty and "no jobs yet" looked like "not scraped".
/// `job_outcomes` are the `outcome` label values of [`names::JOBS`].
pub fn register(job_outcomes: &[&'static str]) {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    prometheus();
    describe_counter!(names::JOBS, "Jobs settled, by outcome.");
    describe_histogram!(
        names::STAGE_SECONDS,
        Unit::Seconds,
        "Wall time of each stage of a job."
    );
    describe_counter!(
        names::AUDIO_SECONDS,
        Unit::Seconds,
        "Recording time audited."
    );
    describe_histogram!(
        names::REALTIME_FACTOR,
        "Audio seconds transcribed per wall second, per job."
    );
    describe_counter!(names::REDELIVERIES, "Deliveries of a job after its first.");
    describe_counter!(names::DEAD_LETTERS, "Jobs dead-lettered, by reason kind.");
    describe_gauge!(names::IN_FLIGHT, "Leased jobs this worker holds.");
    describe_histogram!(
        names::FOLLOW_LAG,
        Unit::Seconds,
        "Followed rooms: from a window's audio arriving to its transcript (growing: not keeping up)."
    );
    describe_counter!(
        names::BROKER_ERRORS,
        "Failed queue operations, by operation."
    );
    for &outcome in job_outcomes {
        metrics::counter!(names::JOBS, "outcome" => outcome).increment(0);
    }
    for stage in names::STAGES {
        let _ = metrics::histogram!(names::STAGE_SECONDS, "stage" => stage);
    }
    let _ = metrics::histogram!(names::FOLLOW_LAG);
    metrics::counter!(names::AUDIO_SECONDS).increment(0);
    let _ = metrics::histogram!(names::REALTIME_FACTOR);
    metrics::counter!(names::REDELIVERIES).increment(0);
    for kind in names::DEAD_LETTER_KINDS {
        metrics::counter!(names::DEAD_LETTERS, "kind" => kind).increment(0);
    }
    metrics::gauge!(names::IN_FLIGHT).increment(0.0);
    for op in names::BROKER_OPS {
        metrics::counter!(names::BROKER_ERRORS, "op" => op).increment(0);
    }
}

/// The process-wide Prometheus recorder (installed on first use).
pub fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let seconds = [
            0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0, 7200.0,
        ];
        let rtf = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0];
        PrometheusBuilder::new()
            .set_buckets_for_metric(
                metrics_exporter_prometheus::Matcher::Full(names::STAGE_SECONDS.into()),
                &seconds,
            )
            .and_then(|b| {
                b.set_buckets_for_metric(
                    metrics_exporter_prometheus::Matcher::Full(names::REALTIME_FACTOR.into()),
                    &rtf,
                )
            })
            .expect("bucket lists are not empty")
            .install_recorder()
            .expect("no other metrics recorder is installed")
    })
}

/// What `/readyz` looks at.
pub struct Readiness {
    pub model_loaded: AtomicBool,
    pub draining: AtomicBool,
    pub queue: Arc<Queue>,
}

impl Readiness {
    /// Why the worker is not ready, or `None` when it is (the broker asked now).
    pub async fn problem(&self) -> Option<String> {
        match self.local_problem() {
            Some(p) => Some(p),
            None => self.broker_problem().await,
        }
    }

    /// What this process knows without asking anyone: model, draining.
    fn local_problem(&self) -> Option<String> {
        if !self.model_loaded.load(Ordering::Relaxed) {
            return Some("model not loaded".into());
        }
        if self.draining.load(Ordering::Relaxed) {
            return Some("shutting down".into());
        }
        None
    }

    /// One round trip to the broker.
    async fn broker_problem(&self) -> Option<String> {
        match tokio::time::timeout(Duration::from_secs(3), self.queue.ping()).await {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(format!("broker unreachable: {e}")),
            Err(_) => Some("broker unreachable: ping timed out".into()),
        }
    }
}

/// How long `/readyz` reuses the broker's last answer, good or bad: probes every second, or
/// many at once, must not turn into a broker round trip each. A broker that goes away is
/// noticed this much later.
pub const BROKER_CHECK_TTL: Duration = Duration::from_secs(5);

/// The broker's last answer, kept for a while; one ping at a time (probes arriving during a
/// ping wait for its answer).
struct BrokerCheck {
    ttl: Duration,
    last: tokio::sync::Mutex<Option<(Instant, Option<String>)>>,
}

impl BrokerCheck {
    fn new(ttl: Duration) -> Self {
        BrokerCheck {
            ttl,
            last: tokio::sync::Mutex::new(None),
        }
    }

    /// The kept answer while fresh, else `ping`'s (then kept).
    async fn answer<F>(&self, ping: impl FnOnce() -> F) -> Option<String>
    where
        F: std::future::Future<Output = Option<String>>,
    {
        let mut last = self.last.lock().await;
        if let Some((at, answer)) = last.as_ref() {
            if at.elapsed() < self.ttl {
                return answer.clone();
            }
        }
        let answer = ping().await;
        *last = Some((Instant::now(), answer.clone()));
        answer
    }
}

/// What the `/readyz` handler holds.
struct ReadyState {
    readiness: Arc<Readiness>,
    broker: BrokerCheck,
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(r): State<Arc<ReadyState>>) -> (StatusCode, String) {
    let problem = match r.readiness.local_problem() {
        Some(p) => Some(p),
        None => r.broker.answer(|| r.readiness.broker_problem()).await,
    };
    match problem {
        None => (StatusCode::OK, "ready\n".into()),
        Some(p) => (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {p}\n")),
    }
}

async fn metrics_text() -> ([(header::HeaderName, &'static str); 1], String) {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        prometheus().render(),
    )
}

/// Binds `addr` and serves the endpoints until `stop` resolves. Returns the bound address
/// (useful with port 0) once listening.
pub async fn serve(
    addr: SocketAddr,
    readiness: Arc<Readiness>,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<SocketAddr> {
    prometheus();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    let ready = Arc::new(ReadyState {
        readiness,
        broker: BrokerCheck::new(BROKER_CHECK_TTL),
    });
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .with_state(ready);
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(stop)
            .await
        {
            tracing::error!(error = %e, "ops server failed");
        }
    });
    tokio::spawn(async {
        loop {
            tokio::time::sleep(Duration::from_secs(5)).await;
            prometheus().run_upkeep();
        }
    });
    Ok(bound)
}

/// Real brokers for the tests below (the integration tests' helper).
#[cfg(test)]
#[path = "../../tests/support/brokers.rs"]
mod brokers;

#[cfg(test)]
mod tests {
    use super::*;

    /// How many PINGs the Redis server at `url` has answered.
    async fn pings(url: &str) -> u64 {
        let client = ::redis::Client::open(url).unwrap();
        let mut conn = client.get_multiplexed_async_connection().await.unwrap();
        let info: String = ::redis::cmd("INFO")
            .arg("commandstats")
            .query_async(&mut conn)
            .await
            .unwrap();
        info.lines()
            .find_map(|l| l.strip_prefix("cmdstat_ping:calls="))
            .and_then(|rest| rest.split(',').next())
            .map_or(0, |n| n.parse().unwrap())
    }

    #[tokio::test]
    async fn the_broker_answer_is_kept_for_its_ttl() {
        let check = BrokerCheck::new(Duration::from_millis(200));
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let ping = || async {
            calls.fetch_add(1, Ordering::SeqCst);
            Some("broker unreachable: test".to_string())
        };
        for _ in 0..5 {
            assert_eq!(
                check.answer(ping).await.as_deref(),
                Some("broker unreachable: test")
            );
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        tokio::time::sleep(Duration::from_millis(250)).await;
        check.answer(ping).await;
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    /// Issue 20, low list: a probe (or many probes at once) must not cost a broker round
    /// trip each; `/readyz` reuses the broker's answer for a few seconds. Against a real
    /// redis-server, whose own statistics count the PINGs.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn readyz_does_not_ping_the_broker_on_every_request() {
        let Some(server) = brokers::start("redis") else {
            return;
        };
        let queue = Queue::open(&server.url, Default::default()).await.unwrap();
        let readiness = Arc::new(Readiness {
            model_loaded: AtomicBool::new(true),
            draining: AtomicBool::new(false),
            queue: Arc::new(queue),
        });
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let bound = serve("127.0.0.1:0".parse().unwrap(), readiness, async {
            let _ = stop_rx.await;
        })
        .await
        .unwrap();
        let http = reqwest::Client::builder().no_proxy().build().unwrap();
        let before = pings(&server.url).await;
        for _ in 0..10 {
            let resp = http
                .get(format!("http://{bound}/readyz"))
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status(), StatusCode::OK);
        }
        let probes = (0..10).map(|_| http.get(format!("http://{bound}/readyz")).send());
        for resp in futures_util::future::join_all(probes).await {
            assert_eq!(resp.unwrap().status(), StatusCode::OK);
        }
        let used = pings(&server.url).await - before;
        assert!(used <= 1, "{used} pings for 20 probes");
        let _ = stop_tx.send(());
    }
}
