//! `liveaudit worker`: the fleet worker's flags, and the tokio runtime it runs on.

use std::time::Duration;

use super::args::WorkerArgs;
use super::context::runtime;
use super::context::{Context, ExitOutcome};
use super::settings::{asr_settings, load_pack, worker_config, UsageError};
use crate::failure::Classify;
use crate::queue::Queue;
use crate::worker::{self, Engine};

/// `liveaudit worker --queue URL`.
pub(super) fn run(ctx: &Context, args: WorkerArgs) -> anyhow::Result<ExitOutcome> {
    let config = worker_config(&args)?;
    let mut asr = asr_settings(&args.asr, &ctx.file_config)?;
    if args.asr.threads.is_none() && ctx.file_config.threads.is_none() {
        // Share the cores between the concurrent jobs.
        asr.config.threads = (asr.config.threads / config.concurrency).max(1);
    }
    let pack = load_pack(args.rules.as_deref().or(ctx.file_config.rules.as_deref()))?;
    let engine = Engine::load(
        &asr.model_path,
        &asr.config,
        asr.vad,
        &pack,
        config.concurrency,
    )
    .map_err(|e| UsageError(e.to_string()))?;
    let rt = runtime()?;
    let result = rt.block_on(async {
        let queue = Queue::open(&config.queue_url, config.queue.clone()).await?;
        worker::run(config, engine, queue, first_signal()).await
    });
    // A transcription still running after the grace period must not hold the exit.
    rt.shutdown_timeout(Duration::from_millis(200));
    match result {
        Ok(summary) => {
            if !ctx.quiet {
                let parts: Vec<String> = summary
                    .outcomes
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect();
                eprintln!(
                    "worker stopped: {}",
                    if parts.is_empty() {
                        "no jobs".into()
                    } else {
                        parts.join(", ")
                    }
                );
            }
            Ok(ExitOutcome::Success)
        }
        Err(e) if e.is_bad_input() => Err(UsageError(e.to_string()).into()),
        Err(e) => Err(e.into()),
    }
}

/// Completes on the first SIGTERM/SIGINT; a second one exits the process at once (leased
/// jobs return to the queue when their leases lapse).
async fn first_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        tracing::error!("cannot install signal handlers");
        return std::future::pending().await;
    };
    tokio::select! { _ = term.recv() => {}, _ = int.recv() => {} }
    tracing::warn!("signal received: stopping (signal again to quit now)");
    tokio::spawn(async move {
        tokio::select! { _ = term.recv() => {}, _ = int.recv() => {} }
        tracing::error!(
            "second signal: quitting now; leased jobs return to the queue when their leases lapse"
        );
        std::process::exit(130);
    });
}
