//! `liveaudit healthcheck`: asks a running worker's `/healthz` whether it serves.
//!
//! Why a subcommand: the container images' HEALTHCHECK needs an HTTP probe, and the slim
//! runtime images carry no curl or wget; the binary already links an HTTP client.

use std::net::SocketAddr;

use super::args::HealthcheckArgs;
use super::context::ExitOutcome;
use super::settings::healthcheck_settings;

/// The URL probed when none is given: /healthz on the worker's listen address
/// (LIVEAUDIT_LISTEN, as the worker reads it).
fn default_url(listen: Option<&str>) -> String {
    let addr = match listen.unwrap_or("").trim().parse::<SocketAddr>() {
        Ok(mut a) => {
            if a.ip().is_unspecified() {
                a.set_ip(if a.is_ipv4() {
                    std::net::Ipv4Addr::LOCALHOST.into()
                } else {
                    std::net::Ipv6Addr::LOCALHOST.into()
                });
            }
            a
        }
        Err(_) => SocketAddr::from(([127, 0, 0, 1], 9464)),
    };
    format!("http://{addr}/healthz")
}

/// Exit 0 when the URL answers 2xx within the timeout, 1 otherwise (with the reason).
pub(super) fn run(args: HealthcheckArgs) -> anyhow::Result<ExitOutcome> {
    let default = default_url(std::env::var("LIVEAUDIT_LISTEN").ok().as_deref());
    let (parsed, timeout) = healthcheck_settings(&args, &default)?;
    let url = parsed.to_string();
    let client = reqwest::blocking::Client::builder()
        .timeout(timeout)
        .build()?;
    match client.get(parsed).send() {
        Ok(r) if r.status().is_success() => Ok(ExitOutcome::Success),
        Ok(r) => {
            eprintln!("unhealthy: {url} answered {}", r.status());
            Ok(ExitOutcome::Failure)
        }
        Err(e) => {
            eprintln!("unhealthy: {url}: {e}");
            Ok(ExitOutcome::Failure)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;
    use std::sync::Arc;

    #[test]
    fn default_url_follows_the_worker_listen_address() {
        assert_eq!(default_url(None), "http://127.0.0.1:9464/healthz");
        assert_eq!(
            default_url(Some("0.0.0.0:9500")),
            "http://127.0.0.1:9500/healthz"
        );
        assert_eq!(default_url(Some("[::]:9501")), "http://[::1]:9501/healthz");
        assert_eq!(
            default_url(Some("10.1.2.3:9502")),
            "http://10.1.2.3:9502/healthz"
        );
        assert_eq!(default_url(Some("off")), "http://127.0.0.1:9464/healthz");
    }

    /// Probes the worker's real ops server (over a real SQLite queue), then the same port
    /// once it is closed.
    #[test]
    fn probes_the_worker_ops_server() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("q.db").display());
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let bound = rt.block_on(async {
            let queue = crate::queue::Queue::open(&url, Default::default())
                .await
                .unwrap();
            let readiness = Arc::new(crate::worker::ops::Readiness {
                model_loaded: AtomicBool::new(false),
                draining: AtomicBool::new(false),
                queue: Arc::new(queue),
            });
            crate::worker::ops::serve("127.0.0.1:0".parse().unwrap(), readiness, async {
                let _ = stop_rx.await;
            })
            .await
            .unwrap()
        });
        let probe = |path: &str| {
            run(HealthcheckArgs {
                url: Some(format!("http://{bound}{path}")),
                timeout: 5,
            })
            .unwrap()
        };
        assert_eq!(probe("/healthz"), ExitOutcome::Success);
        // Not ready (no model loaded): a non-2xx answer is unhealthy.
        assert_eq!(probe("/readyz"), ExitOutcome::Failure);
        stop_tx.send(()).unwrap();
        drop(rt);
        assert_eq!(probe("/healthz"), ExitOutcome::Failure);
        let bad = run(HealthcheckArgs {
            url: Some("ftp://h/healthz".into()),
            timeout: 5,
        });
        assert!(bad
            .unwrap_err()
            .to_string()
            .contains("expected an http(s) URL"));
    }
}
