//! Operations endpoints of a worker: `/healthz` (the process serves), `/readyz` (model loaded,
//! broker reachable, not draining) and `/metrics` (Prometheus text format).
//!
//! Metric names (all prefixed `liveaudit_`):
//! - `jobs_total{outcome}` — done, duplicate, retried, dead, released, lease_lost
//! - `stage_seconds{stage}` — source, transcribe, sinks, total (histograms)
//! - `audio_seconds_total` — recording seconds audited
//! - `realtime_factor` — audio seconds per transcription wall second (histogram)
//! - `redeliveries_total` — deliveries with attempt > 1
//! - `dead_letters_total{kind}` — malformed, permanent, exhausted
//! - `jobs_in_flight` — leased jobs held by this worker (gauge)
//! - `broker_errors_total{op}` — failed queue operations

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

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
    /// Why the worker is not ready, or `None` when it is.
    pub async fn problem(&self) -> Option<String> {
        if !self.model_loaded.load(Ordering::Relaxed) {
            return Some("model not loaded".into());
        }
        if self.draining.load(Ordering::Relaxed) {
            return Some("shutting down".into());
        }
        match tokio::time::timeout(Duration::from_secs(3), self.queue.ping()).await {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(format!("broker unreachable: {e}")),
            Err(_) => Some("broker unreachable: ping timed out".into()),
        }
    }
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(r): State<Arc<Readiness>>) -> (StatusCode, String) {
    match r.problem().await {
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
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .with_state(readiness);
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
