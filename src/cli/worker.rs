//! `liveaudit worker`: the fleet worker's flags, and the tokio runtime it runs on.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::args::AsrArgs;
use super::settings::{asr_settings, UsageError};
use super::{Context, Outcome};
use crate::queue::QueueOptions;
use crate::worker::{self, Engine, WebhookConfig, WorkerConfig};

/// Parses `500ms`, `30s`, `5m`, `1h` or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (e.g. 30s, 500ms, 5m)"))?;
    let secs = match unit {
        "" | "s" => n,
        "ms" => n / 1000.0,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("{s:?}: unknown unit {unit:?} (ms, s, m, h)")),
    };
    if !(0.0..=7.0 * 86400.0).contains(&secs) {
        return Err(format!("{s:?} is out of range"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// `liveaudit worker`.
#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// Queue URL: sqlite://PATH, nats://HOST:PORT or redis://HOST:PORT (optional ?ns=NAME).
    #[arg(long, env = "LIVEAUDIT_QUEUE")]
    pub queue: String,
    /// Jobs transcribed at once (one Whisper state each; the model is loaded once).
    #[arg(long, default_value_t = 1, env = "LIVEAUDIT_CONCURRENCY")]
    pub concurrency: usize,
    /// File sink: write each result under OUT/<job id>/.
    #[arg(long, short, env = "LIVEAUDIT_OUT")]
    pub out: Option<PathBuf>,
    /// Webhook of the rule-check / case system (results POSTed, HMAC-signed).
    #[arg(long, env = "LIVEAUDIT_WEBHOOK_URL")]
    pub webhook: Option<String>,
    /// HMAC-SHA256 key for the webhook signature (required with --webhook).
    #[arg(long, env = "LIVEAUDIT_WEBHOOK_SECRET", hide_env_values = true)]
    pub webhook_secret: Option<String>,
    /// Per-request webhook timeout.
    #[arg(long, default_value = "15s", value_parser = parse_duration)]
    pub webhook_timeout: Duration,
    /// After SIGTERM, time running jobs get to finish before they are released.
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    pub grace: Duration,
    /// Lease on a fetched job; extended every third of it while the job runs.
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    pub lease: Duration,
    /// Deliveries before a failing job is dead-lettered.
    #[arg(long, default_value_t = 5)]
    pub max_attempts: u32,
    /// First retry delay after a transient failure (doubles per attempt, at most 5 min).
    #[arg(long, default_value = "5s", value_parser = parse_duration)]
    pub retry_delay: Duration,
    /// Address for /healthz, /readyz and /metrics ("off" to disable; port 0 picks one).
    #[arg(long, default_value = "127.0.0.1:9464", env = "LIVEAUDIT_LISTEN")]
    pub listen: String,
    /// Exit once the queue is empty and no job is in flight.
    #[arg(long)]
    pub exit_when_empty: bool,
    /// Consumer name (default: host name and process id).
    #[arg(long)]
    pub name: Option<String>,
    /// Let job URLs reach loopback and private network addresses (closed networks, tests).
    #[arg(long)]
    pub allow_private_sources: bool,
    #[command(flatten)]
    pub asr: AsrArgs,
    /// Site rule pack loaded over the default pack.
    #[arg(long, env = "LIVEAUDIT_RULES")]
    pub rules: Option<PathBuf>,
}

/// The multi-threaded runtime the queue commands run on (I/O only; Whisper runs on
/// blocking threads).
pub(super) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

fn worker_config(args: &WorkerArgs) -> Result<WorkerConfig, UsageError> {
    if args.concurrency == 0 || args.concurrency > 64 {
        return Err(UsageError(format!(
            "--concurrency must be between 1 and 64, got {}",
            args.concurrency
        )));
    }
    if args.max_attempts == 0 {
        return Err(UsageError("--max-attempts must be at least 1".into()));
    }
    if args.lease < Duration::from_secs(1) {
        return Err(UsageError("--lease must be at least 1s".into()));
    }
    let listen = match args.listen.as_str() {
        "off" | "" => None,
        a => Some(a.parse::<SocketAddr>().map_err(|e| {
            UsageError(format!(
                "--listen {a}: not an address like 127.0.0.1:9464 ({e})"
            ))
        })?),
    };
    let webhook =
        match (&args.webhook, &args.webhook_secret) {
            (None, _) => None,
            (Some(_), None) => return Err(UsageError(
                "--webhook needs --webhook-secret (or LIVEAUDIT_WEBHOOK_SECRET) to sign results"
                    .into(),
            )),
            (Some(url), Some(secret)) => {
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(UsageError(format!(
                        "--webhook {url}: expected an http(s) URL"
                    )));
                }
                Some(WebhookConfig {
                    url: url.clone(),
                    secret: secret.as_bytes().to_vec(),
                    timeout: args.webhook_timeout,
                    attempts: 4,
                })
            }
        };
    let mut queue = QueueOptions {
        lease: args.lease,
        max_attempts: args.max_attempts,
        ..QueueOptions::default()
    };
    if let Some(n) = &args.name {
        queue.consumer = n.clone();
    }
    Ok(WorkerConfig {
        queue_url: args.queue.clone(),
        queue,
        concurrency: args.concurrency,
        out_dir: args.out.clone(),
        webhook,
        grace: args.grace,
        listen,
        exit_when_empty: args.exit_when_empty,
        retry_base: args.retry_delay,
        retry_max: Duration::from_secs(300),
        allow_private_sources: args.allow_private_sources,
    })
}

/// `liveaudit worker --queue URL`.
pub(super) fn run(ctx: &Context, args: WorkerArgs) -> anyhow::Result<Outcome> {
    let config = worker_config(&args)?;
    let mut asr = asr_settings(&args.asr, &ctx.file_config)?;
    if args.asr.threads.is_none() && ctx.file_config.threads.is_none() {
        // Share the cores between the concurrent jobs.
        asr.config.threads = (asr.config.threads / config.concurrency).max(1);
    }
    let pack = super::audit::load_pack(args.rules.as_deref().or(ctx.file_config.rules.as_deref()))?;
    let engine = Engine::load(&asr.model_path, &asr.config, &pack, config.concurrency)
        .map_err(|e| UsageError(e.to_string()))?;
    let rt = runtime()?;
    let result = rt.block_on(worker::run(config, engine));
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
            Ok(Outcome::Success)
        }
        Err(e) if e.is_bad_input() => Err(UsageError(e.to_string()).into()),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("5 parsecs").is_err());
        assert!(parse_duration("-1s").is_err());
    }
}
