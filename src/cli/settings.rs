//! Step two of argument handling: raw flags (plus environment and the optional config file)
//! validated into the settings a command runs on. Everything that can be wrong with the
//! invocation is found here, before any recording is touched.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use super::args::{
    AsrArgs, AuditArgs, EnqueueArgs, EvidenceArgs, EvidenceFlags, HealthcheckArgs, SourceArgs,
    WorkerArgs, DEFAULT_CONTEXT_S,
};
use crate::asr::AsrConfig;
use crate::evidence::manifest::ClipContext;
use crate::evidence::{self, EvidenceOptions};
use crate::queue::QueueOptions;
use crate::rules::RulePack;
use crate::worker::{WebhookConfig, WorkerConfig};

mod inputs;

pub use inputs::{expand_inputs, expand_manifests, output_name, InputSpec};

/// A problem with how liveaudit was invoked or configured (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Defaults from the optional TOML config file (`--config` / LIVEAUDIT_CONFIG).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub model: Option<String>,
    pub threads: Option<usize>,
    pub rules: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub beam_size: Option<i32>,
    /// Request headers for http(s) sources ("Name: value").
    pub source_headers: Option<Vec<String>>,
}

impl FileConfig {
    /// Reads the config file if one was given; a syntax error names the file and line.
    pub fn load(path: Option<&Path>) -> Result<FileConfig, UsageError> {
        let Some(path) = path else {
            return Ok(FileConfig::default());
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| UsageError(format!("cannot read config file {}: {e}", path.display())))?;
        toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
                .unwrap_or(0);
            UsageError(format!(
                "config file {} line {line}: {}",
                path.display(),
                e.message()
            ))
        })
    }
}

/// Validated Whisper settings.
#[derive(Debug, Clone)]
pub struct AsrSettings {
    pub model_path: PathBuf,
    pub config: AsrConfig,
    /// Speech detection and windowing (`--max-window`).
    pub vad: crate::vad::VadConfig,
}

/// Resolves the model and decoding options from flags, environment and config file.
pub fn asr_settings(args: &AsrArgs, file: &FileConfig) -> Result<AsrSettings, UsageError> {
    let model_arg = args.model.clone().or_else(|| file.model.clone());
    let model_path = crate::modelstore::resolve_model(model_arg.as_deref())
        .map_err(|e| UsageError(e.to_string()))?;
    let mut config = AsrConfig::default();
    if let Some(t) = args.threads.or(file.threads) {
        if t == 0 || t > 256 {
            return Err(UsageError(format!(
                "--threads must be between 1 and 256, got {t}"
            )));
        }
        config.threads = t;
    }
    if let Some(b) = args.beam_size.or(file.beam_size) {
        if !(1..=16).contains(&b) {
            return Err(UsageError(format!(
                "--beam-size must be between 1 and 16, got {b}"
            )));
        }
        config.beam_size = Some(b);
    }
    let mut vad = crate::vad::VadConfig::default();
    if let Some(w) = args.max_window {
        if !(8.0..=30.0).contains(&w) {
            return Err(UsageError(format!(
                "--max-window must be between 8 and 30 seconds, got {w}"
            )));
        }
        vad.max_window_secs = w;
        // A window spans at most its speech and a quarter more of music and pauses.
        vad.max_span_secs = w * 1.25;
    }
    Ok(AsrSettings {
        model_path,
        config,
        vad,
    })
}

/// Source fetching options from flags, LIVEAUDIT_SOURCE_HEADERS and the config file.
pub fn source_options(
    args: &SourceArgs,
    file: &FileConfig,
) -> Result<crate::source::SourceOptions, UsageError> {
    let mut opts = crate::source::SourceOptions {
        allow_private: args.allow_private_sources,
        ..Default::default()
    };
    let env = std::env::var("LIVEAUDIT_SOURCE_HEADERS").unwrap_or_default();
    let lines = file
        .source_headers
        .iter()
        .flatten()
        .map(String::as_str)
        .chain(env.lines())
        .chain(args.headers.iter().map(String::as_str))
        .filter(|l| !l.trim().is_empty());
    for line in lines {
        // The value may be a secret: only the name goes into the message.
        let header = crate::source::parse_header(line).map_err(|e| {
            let name = line.split(':').next().unwrap_or("").trim();
            UsageError(format!("source header '{name}': {e}"))
        })?;
        opts.headers.push(header);
    }
    if let Some(secs) = args.source_timeout {
        if !(1..=3600).contains(&secs) {
            return Err(UsageError(format!(
                "--source-timeout must be between 1 and 3600 seconds, got {secs}"
            )));
        }
        opts.read_timeout = std::time::Duration::from_secs(secs);
        opts.connect_timeout = opts.connect_timeout.min(opts.read_timeout);
    }
    Ok(opts)
}

/// Everything `audit` runs on, validated.
pub struct AuditSettings {
    pub asr: AsrSettings,
    /// Whisper states transcribing at once.
    pub parallel: usize,
    pub inputs: Vec<InputSpec>,
    pub out_dir: PathBuf,
    pub started_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub pack: RulePack,
    pub evidence: EvidenceOptions,
    pub sources: crate::source::SourceOptions,
    /// Print the documents as JSON on stdout.
    pub json: bool,
    /// Take up the recordings' transcript journals (`--resume`).
    pub resume: bool,
    /// Follow the inputs as they grow (`--follow`): how long to wait for more, how long at
    /// most, and the switch a signal flips.
    pub follow: Option<crate::media::follow::Follow>,
}

/// Validates `audit`'s flags with the config file; finds every invocation problem before any
/// recording is touched.
pub fn audit_settings(args: &AuditArgs, file: &FileConfig) -> Result<AuditSettings, UsageError> {
    let mut asr = asr_settings(&args.asr, file)?;
    let threads_given = args.asr.threads.or(file.threads).is_some();
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (parallel, threads) = layout(cores, args.parallel, threads_given)?;
    if let Some(t) = threads {
        asr.config.threads = t;
    }
    let pack = load_pack(args.rules.as_deref().or(file.rules.as_deref()))?;
    let out_dir = args
        .out
        .clone()
        .or_else(|| file.out.clone())
        .unwrap_or_else(|| PathBuf::from("out"));
    let inputs = expand_inputs(&expand_manifests(&args.inputs)?);
    if inputs.is_empty() {
        return Err(UsageError("no recordings found in the given inputs".into()));
    }
    Ok(AuditSettings {
        started_at: started_at(args.started_at.as_deref(), inputs.len())?,
        asr,
        parallel,
        inputs,
        out_dir,
        pack,
        evidence: evidence_options(&args.pack)?,
        sources: source_options(&args.source, file)?,
        json: args.json,
        resume: args.resume,
        follow: follow_settings(&args.follow)?,
    })
}

/// Longest `--idle` accepted: a day (a room silent that long has ended).
const MAX_IDLE: Duration = Duration::from_secs(24 * 3600);

/// `--follow`, `--idle`, `--max-duration` as following settings.
fn follow_settings(
    args: &crate::cli::args::FollowArgs,
) -> Result<Option<crate::media::follow::Follow>, UsageError> {
    if !args.follow {
        return Ok(None);
    }
    let idle = args.idle.unwrap_or(Duration::from_secs(60));
    if idle.is_zero() || idle > MAX_IDLE {
        return Err(UsageError(format!(
            "--idle must be between 1 s and {} h, got {} s",
            MAX_IDLE.as_secs() / 3600,
            idle.as_secs()
        )));
    }
    let mut follow = crate::media::follow::Follow::new(idle);
    if let Some(max) = args.max_duration {
        if max.is_zero() {
            return Err(UsageError("--max-duration must be longer than 0 s".into()));
        }
        follow.deadline = Some(std::time::Instant::now() + max);
    }
    Ok(Some(follow))
}

/// `healthcheck`: the URL to probe (`default` when none is given) and the time to wait.
pub fn healthcheck_settings(
    args: &HealthcheckArgs,
    default: &str,
) -> Result<(url::Url, Duration), UsageError> {
    let url = args.url.as_deref().unwrap_or(default);
    let parsed =
        url::Url::parse(url).map_err(|e| UsageError(format!("--url {url}: not a URL ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(UsageError(format!("--url {url}: expected an http(s) URL")));
    }
    if !(1..=300).contains(&args.timeout) {
        return Err(UsageError(format!(
            "--timeout must be between 1 and 300 seconds, got {}",
            args.timeout
        )));
    }
    Ok((parsed, Duration::from_secs(args.timeout)))
}

/// `enqueue`: something to enqueue, and a `--job-id` only for one input and well formed.
pub fn check_enqueue(args: &EnqueueArgs) -> Result<(), UsageError> {
    if args.inputs.is_empty() && args.jsonl.is_none() {
        return Err(UsageError(
            "nothing to enqueue: give inputs or --jsonl FILE".into(),
        ));
    }
    if args.job_id.is_some() && (args.inputs.len() != 1 || args.jsonl.is_some()) {
        return Err(UsageError("--job-id applies to exactly one input".into()));
    }
    match &args.job_id {
        Some(id) if !crate::queue::job::valid_job_id(id) => Err(UsageError(format!(
            "--job-id {id:?}: use 1-128 of A-Z a-z 0-9 _ -"
        ))),
        _ => Ok(()),
    }
}

/// What `evidence` (without a subcommand) cuts, validated.
pub struct ExtractSettings {
    pub input: PathBuf,
    pub out: PathBuf,
    pub context: ClipContext,
    pub key: Option<evidence::SigningKey>,
}

/// `evidence INPUT --out DIR`: something to cut, the context around it (3 s by default for
/// findings, none for `--at`), and the signing key.
pub fn extract_settings(args: &EvidenceArgs) -> Result<ExtractSettings, UsageError> {
    let input = args.input.clone().expect("clap requires INPUT");
    let out = args.out.clone().expect("clap requires --out");
    if args.at.is_none() && args.findings.is_none() {
        return Err(UsageError(
            "say what to cut: --at TIME [--span LEN], or --findings FINDINGS_JSON [--id ID]…"
                .into(),
        ));
    }
    let default_ctx = if args.findings.is_some() {
        DEFAULT_CONTEXT_S
    } else {
        0.0
    };
    Ok(ExtractSettings {
        input,
        out,
        context: ClipContext {
            before_ms: seconds_ms("clip-before", args.clip_before.unwrap_or(default_ctx))?,
            after_ms: seconds_ms("clip-after", args.clip_after.unwrap_or(default_ctx))?,
        },
        key: load_key(args.sign_key.as_deref())?,
    })
}

/// Loads the default pack, with a site pack over it when one is given.
pub fn load_pack(site: Option<&Path>) -> Result<RulePack, UsageError> {
    let pack = RulePack::builtin().map_err(|e| UsageError(format!("built-in rule pack: {e}")))?;
    match site {
        Some(p) => pack.load_overlay(p).map_err(|e| UsageError(e.to_string())),
        None => Ok(pack),
    }
}

/// `--started-at`: an RFC 3339 time, for one recording only.
pub fn started_at(
    flag: Option<&str>,
    recordings: usize,
) -> Result<Option<chrono::DateTime<chrono::FixedOffset>>, UsageError> {
    match flag {
        Some(s) if recordings > 1 => Err(UsageError(format!(
            "--started-at {s} applies to one recording, but {recordings} were given"
        ))),
        Some(s) => chrono::DateTime::parse_from_rfc3339(s)
            .map(Some)
            .map_err(|e| UsageError(format!("--started-at {s}: not an RFC 3339 time ({e})"))),
        None => Ok(None),
    }
}

/// Whisper states and threads per state for `audit` on `cores` cores: the states the user
/// asked for (1-64), else one per 8 cores (one state stops scaling past 8 threads: on 16
/// cores 1×16 ran 42× real time, 2×8 64×; README, scripts/cpu-scaling.sh), or 1 when the user
/// set the threads. Unless set, threads split the cores evenly between the states, at most 8
/// each. Returns `None` for threads the user set (kept as given).
pub fn layout(
    cores: usize,
    parallel: Option<usize>,
    threads_given: bool,
) -> Result<(usize, Option<usize>), UsageError> {
    if let Some(n) = parallel.filter(|n| !(1..=64).contains(n)) {
        return Err(UsageError(format!(
            "--parallel must be between 1 and 64 (Whisper states), got {n}"
        )));
    }
    let cores = cores.max(1);
    let parallel = parallel.unwrap_or(if threads_given { 1 } else { cores.div_ceil(8) });
    let threads = (!threads_given).then(|| (cores / parallel).clamp(1, 8));
    Ok((parallel, threads))
}

pub fn seconds_ms(flag: &str, v: f64) -> Result<u64, UsageError> {
    if !v.is_finite() || !(0.0..=600.0).contains(&v) {
        return Err(UsageError(format!(
            "--{flag} {v}: expected 0 to 600 seconds"
        )));
    }
    Ok((v * 1000.0).round() as u64)
}

pub fn load_key(path: Option<&Path>) -> Result<Option<evidence::SigningKey>, UsageError> {
    evidence::load_signing_key(path).map_err(|e| UsageError(e.to_string()))
}

/// Validated evidence settings of `audit`.
pub fn evidence_options(args: &EvidenceFlags) -> Result<EvidenceOptions, UsageError> {
    Ok(EvidenceOptions {
        context: ClipContext {
            before_ms: seconds_ms("clip-before", args.clip_before)?,
            after_ms: seconds_ms("clip-after", args.clip_after)?,
        },
        evidence: !args.no_evidence,
        key: if args.no_evidence {
            None
        } else {
            load_key(args.sign_key.as_deref())?
        },
        room: args.room.clone(),
        streamer: args.streamer.clone(),
    })
}

/// The webhook key from `--webhook-secret-file` (a regular file of at most 4 KiB, one
/// trailing line break dropped) or from `--webhook-secret` / `LIVEAUDIT_WEBHOOK_SECRET`.
/// Links are followed here, unlike in packs: secret volumes (Kubernetes, Docker) mount keys
/// as links, and the operator, not a stranger, names this file.
fn webhook_secret(args: &WorkerArgs) -> Result<Option<String>, UsageError> {
    use std::io::Read;
    let Some(path) = &args.webhook_secret_file else {
        return Ok(args.webhook_secret.clone());
    };
    let bad = |detail: String| {
        UsageError(format!(
            "--webhook-secret-file {}: {detail}",
            path.display()
        ))
    };
    let file = std::fs::File::open(path).map_err(|e| bad(e.to_string()))?;
    if !file.metadata().map_err(|e| bad(e.to_string()))?.is_file() {
        return Err(bad("not a regular file".into()));
    }
    let mut bytes = Vec::new();
    file.take(4097)
        .read_to_end(&mut bytes)
        .map_err(|e| bad(e.to_string()))?;
    if bytes.len() > 4096 {
        return Err(bad("more than 4096 bytes: not a key".into()));
    }
    let text = String::from_utf8(bytes).map_err(|_| bad("not UTF-8 text".into()))?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    Ok(Some(text.strip_suffix('\r').unwrap_or(text).to_string()))
}

/// Validated worker settings.
pub fn worker_config(args: &WorkerArgs) -> Result<WorkerConfig, UsageError> {
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
    let webhook = match (&args.webhook, webhook_secret(args)?) {
        (None, _) => None,
        (Some(_), None) => {
            return Err(UsageError(
                "--webhook needs --webhook-secret-file, LIVEAUDIT_WEBHOOK_SECRET or --webhook-secret to sign results"
                    .into(),
            ))
        }
        (Some(url), Some(secret)) => {
            if secret.trim().is_empty() {
                return Err(UsageError(
                        "the webhook secret (--webhook-secret, --webhook-secret-file or LIVEAUDIT_WEBHOOK_SECRET) is empty: results signed with an empty key prove nothing".into(),
                    ));
            }
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(UsageError(format!(
                    "--webhook {url}: expected an http(s) URL"
                )));
            }
            Some(WebhookConfig {
                url: url.clone(),
                secret: secret.into_bytes(),
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
        source_root: match &args.source_root {
            Some(dir) => Some(
                dir.canonicalize()
                    .map_err(|e| UsageError(format!("--source-root {}: {e}", dir.display())))?,
            ),
            None => None,
        },
        job_deadline: args.job_deadline,
        max_audio: args.max_audio,
        journal_dir: args.journal_dir.clone().or_else(|| args.out.clone()),
    })
}

/// The keys whose signatures `evidence verify` and `report` trust: each `--public-key`
/// file (named by its file name) and every key of a `--trusted-keys` file. Without any, a
/// pack's seal and signature prove only that its files still match each other.
pub fn trusted_keys(
    public_keys: &[PathBuf],
    keys_file: Option<&Path>,
) -> Result<Vec<evidence::TrustedKey>, UsageError> {
    let mut keys = Vec::new();
    for p in public_keys {
        keys.push(evidence::sign::load_trusted_key(p).map_err(|e| UsageError(e.to_string()))?);
    }
    if let Some(f) = keys_file {
        keys.extend(evidence::sign::load_trusted_keys(f).map_err(|e| UsageError(e.to_string()))?);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_uses_every_core_and_at_most_eight_threads_a_state() {
        let l = |c, p, t| layout(c, p, t).unwrap();
        assert_eq!(l(2, None, false), (1, Some(2)));
        assert_eq!(l(8, None, false), (1, Some(8)));
        assert_eq!(l(12, None, false), (2, Some(6)));
        assert_eq!(l(16, None, false), (2, Some(8)));
        assert_eq!(l(16, Some(4), false), (4, Some(4)));
        assert_eq!(l(2, Some(2), false), (2, Some(1)));
        assert_eq!(l(2, Some(4), false), (4, Some(1)));
        assert_eq!(l(16, None, true), (1, None));
        assert_eq!(l(16, Some(4), true), (4, None));
        assert_eq!(l(0, None, false), (1, Some(1)));
        assert!(layout(2, Some(65), false).is_err());
    }

    /// Issue 20, low list: an empty webhook secret would sign every result with a key anyone
    /// knows, so the receiver's check would prove nothing.
    #[test]
    fn an_empty_webhook_secret_is_refused() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            worker: WorkerArgs,
        }
        let config = |secret: &str| {
            let cli = <Cli as clap::Parser>::try_parse_from([
                "worker",
                "--queue",
                "sqlite://q.db",
                "--webhook",
                "http://127.0.0.1:9/hook",
                "--webhook-secret",
                secret,
            ])
            .unwrap();
            worker_config(&cli.worker)
        };
        for empty in ["", "  "] {
            let Err(e) = config(empty) else {
                panic!("an empty secret is accepted")
            };
            assert!(e.0.contains("--webhook-secret"), "{e}");
        }
        let ok = config("s3cret").unwrap();
        assert_eq!(ok.webhook.unwrap().secret, b"s3cret");
    }

    /// Issue 20, low list: the key can come from a file, so it is not on the command line
    /// where `ps` shows it; the file's trailing newline is not part of the key.
    #[test]
    fn the_webhook_secret_is_read_from_a_file() {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            worker: WorkerArgs,
        }
        let dir = tempfile::tempdir().unwrap();
        let config = |extra: &[&str]| {
            let mut argv = vec![
                "worker",
                "--queue",
                "sqlite://q.db",
                "--webhook",
                "http://127.0.0.1:9/hook",
            ];
            argv.extend_from_slice(extra);
            let cli = <Cli as clap::Parser>::try_parse_from(argv).map_err(|e| e.to_string())?;
            worker_config(&cli.worker).map_err(|e| e.0)
        };
        let key = dir.path().join("key");
        std::fs::write(&key, "s3cret\n").unwrap();
        let key_arg = key.to_str().unwrap();
        let ok = config(&["--webhook-secret-file", key_arg]).unwrap();
        assert_eq!(ok.webhook.unwrap().secret, b"s3cret");

        let empty = dir.path().join("empty");
        std::fs::write(&empty, "\n").unwrap();
        let e = config(&["--webhook-secret-file", empty.to_str().unwrap()]).unwrap_err();
        assert!(e.contains("empty"), "{e}");

        let missing = dir.path().join("missing");
        let e = config(&["--webhook-secret-file", missing.to_str().unwrap()]).unwrap_err();
        assert!(
            e.contains("--webhook-secret-file") && e.contains("missing"),
            "{e}"
        );

        let e = config(&["--webhook-secret-file", dir.path().to_str().unwrap()]).unwrap_err();
        assert!(e.contains("--webhook-secret-file"), "{e}");

        let e = config(&["--webhook-secret-file", key_arg, "--webhook-secret", "x"]).unwrap_err();
        assert!(e.contains("cannot be used with"), "{e}");
    }

    #[test]
    fn config_file_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "threads = 2\nmodel = \n").unwrap();
        let e = FileConfig::load(Some(&p)).unwrap_err().to_string();
        assert!(e.contains("c.toml line 2"), "{e}");
    }
}
