//! Step one of argument handling: the raw flags as clap parses them. Step two
//! ([`super::settings`]) validates them into settings the commands run on.
//! long: every command's flags in one file, as ripgrep keeps them, so they are read together.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::parse::{parse_duration, parse_span, parse_time};

/// liveaudit — audits recorded livestream selling (直播带货) for illegal claims.
#[derive(Debug, Parser)]
#[command(name = "liveaudit", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Log format on stderr: readable text for people, JSON lines for machines.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "text",
        env = "LIVEAUDIT_LOG_FORMAT"
    )]
    pub log_format: LogFormat,
    /// More log output (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors on stderr; no progress bars.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Optional TOML file with defaults (model, threads, rules, out).
    #[arg(long, global = true, env = "LIVEAUDIT_CONFIG")]
    pub config: Option<PathBuf>,
}

/// Log output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Audit recordings end to end: transcript, findings, SRT/VTT.
    Audit(AuditArgs),
    /// Transcribe one recording (JSON, SRT, VTT or plain text).
    Transcribe(TranscribeArgs),
    /// Run the rule checks on an existing transcript (a findings.json or a JSON array of segments).
    Check(CheckArgs),
    /// Model supply: fetch, import a CTranslate2 model, list, verify.
    #[command(subcommand)]
    Models(ModelsCommand),
    /// Rule-pack tooling: list, test examples, lint.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Cut evidence (clips + sealed manifest) for findings or a time range; verify a pack.
    Evidence(EvidenceArgs),
    /// Monitoring report (直播监测报告) across audited recordings, with the clue export.
    Report(ReportArgs),
    /// Record an officer's decisions (人工复审) on a pack's findings: confirm, reject, or import
    /// the review.json a report page saved; sealed as a new manifest generation.
    Review(ReviewArgs),
    /// Fleet worker: pull jobs from a queue (sqlite://, nats://, redis://) and audit them.
    Worker(WorkerArgs),
    /// Put recordings (paths, URLs, or a JSONL file of job messages) on a queue.
    Enqueue(EnqueueArgs),
    /// Operate a queue: stats, dead letters, retry.
    #[command(subcommand)]
    Queue(QueueCommand),
    /// Probe a running worker's /healthz (exit 0 healthy, 1 not): the images' HEALTHCHECK.
    Healthcheck(HealthcheckArgs),
}

/// Whisper settings shared by the commands that transcribe.
#[derive(Debug, Args, Clone)]
pub struct AsrArgs {
    /// Whisper ggml model: a path or a known name (base, …). Default: models/ggml-base.bin.
    #[arg(long, env = "LIVEAUDIT_MODEL")]
    pub model: Option<String>,
    /// CPU threads for Whisper (default: all cores, at most 8).
    #[arg(long, env = "LIVEAUDIT_THREADS")]
    pub threads: Option<usize>,
    /// Beam width for decoding (default: greedy with temperature fallback).
    #[arg(long)]
    pub beam_size: Option<i32>,
    /// Longest Whisper window, in seconds of speech (8-30, default 24). Shorter windows let
    /// a followed room's findings out sooner (a finding waits for its window to fill) at some
    /// accuracy: Whisper hears less context. Part of the transcript's settings: a journal
    /// written with another window is not taken up.
    #[arg(long, value_name = "SECS")]
    pub max_window: Option<f32>,
}

/// `liveaudit audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Recordings: files, directories of recordings, HLS playlists, http(s) URLs, or
    /// manifests (.txt/.list: one recording per line; .jsonl: {"source": ...} per line).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output directory; each input gets OUT/<name>/.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub asr: AsrArgs,
    /// Site rule pack loaded over the default pack.
    #[arg(long, env = "LIVEAUDIT_RULES")]
    pub rules: Option<PathBuf>,
    /// Print the findings document(s) as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// Wall-clock start of the recording (RFC 3339), for findings' wall-clock times.
    #[arg(long)]
    pub started_at: Option<String>,
    /// Whisper states transcribing at once over one loaded model (1-64). Above 1, several
    /// recordings decode ahead and their speech windows share the states (GPU batch nodes);
    /// findings are the same as with 1. Without --threads, the cores are split between the
    /// states. Default: one state per 8 cores (one state stops scaling past 8 threads), or 1
    /// when --threads is given.
    #[arg(long, env = "LIVEAUDIT_PARALLEL")]
    pub parallel: Option<usize>,
    /// Evidence packs and reports (clip context, signing, room/streamer).
    #[command(flatten)]
    pub pack: EvidenceFlags,
    #[command(flatten)]
    pub source: SourceArgs,
    /// Continue an audit that was stopped: windows already in OUT/<name>.journal.jsonl are
    /// not transcribed again (a journal of another input, model or settings is refused).
    #[arg(long)]
    pub resume: bool,
    #[command(flatten)]
    pub follow: FollowArgs,
}

/// Following recordings while they are recorded.
#[derive(Debug, Args, Clone, Default)]
pub struct FollowArgs {
    /// Follow each input as it grows (a live HLS playlist, an HTTP-FLV stream, a file a
    /// recorder is still writing): findings go out as soon as they are final (`audit`: JSON
    /// lines on stdout; a queue job: the webhook); at the end the outputs are those of the
    /// finished recording, with what could not be heard recorded as coverage gaps. SIGTERM
    /// or Ctrl-C ends following and finishes the pack with what was heard.
    #[arg(long)]
    pub follow: bool,
    /// With --follow: end when the input has not grown for this long (e.g. 60s, 5m).
    #[arg(long, value_name = "DURATION", value_parser = super::parse::parse_duration, requires = "follow")]
    pub idle: Option<std::time::Duration>,
    /// With --follow: stop following after this long whatever the stream does (e.g. 4h).
    #[arg(long, value_name = "DURATION", value_parser = super::parse::parse_duration, requires = "follow")]
    pub max_duration: Option<std::time::Duration>,
}

/// How http(s) URLs and HLS playlists given as inputs are fetched.
#[derive(Debug, Args, Clone, Default)]
pub struct SourceArgs {
    /// Allow sources on loopback, private, link-local or cloud-metadata addresses (refused by
    /// default so a job cannot steer fetches into the local network).
    #[arg(long, env = "LIVEAUDIT_ALLOW_PRIVATE_SOURCES")]
    pub allow_private_sources: bool,
    /// Request header for http(s) sources, 'Name: value' (repeatable), e.g. an auth token.
    /// Also from LIVEAUDIT_SOURCE_HEADERS (one per line) and `source_headers` in the config
    /// file. Values are never logged.
    #[arg(long = "header", value_name = "NAME: VALUE")]
    pub headers: Vec<String>,
    /// Seconds to wait for a source connection, response or read before retrying.
    #[arg(long, value_name = "SECS")]
    pub source_timeout: Option<u64>,
}

/// Transcript output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TranscriptFormat {
    Json,
    Srt,
    Vtt,
    Text,
}

/// `liveaudit transcribe`.
#[derive(Debug, Args)]
pub struct TranscribeArgs {
    /// Recording to transcribe (file, HLS playlist or http(s) URL).
    pub input: PathBuf,
    #[command(flatten)]
    pub asr: AsrArgs,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: TranscriptFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub source: SourceArgs,
}

/// `liveaudit check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Transcript JSON: a findings.json (its "transcript") or an array of {start_ms, end_ms, text}.
    pub transcript: PathBuf,
    /// Site rule pack loaded over the default pack.
    #[arg(long, env = "LIVEAUDIT_RULES")]
    pub rules: Option<PathBuf>,
    /// Print the findings as JSON instead of a summary.
    #[arg(long)]
    pub json: bool,
}

/// `liveaudit models …`.
#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Download an official ggml model (checked against the manifest's SHA-256).
    Fetch {
        /// Model name from the manifest (e.g. base, small, large-v3-turbo).
        name: String,
        /// Directory to store it in.
        #[arg(long, default_value = "models")]
        dir: PathBuf,
    },
    /// Convert a CTranslate2 (faster-whisper) model directory to a whisper.cpp ggml file.
    #[command(name = "import-ct2")]
    ImportCt2 {
        /// Directory holding model.bin, config.json and the vocabulary.
        dir: PathBuf,
        /// ggml file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// List models in a directory and the ones the manifest knows.
    List {
        #[arg(long, default_value = "models")]
        dir: PathBuf,
    },
    /// Check a ggml model file's structure and checksum.
    Verify {
        /// Path or name (default: the model audit would use).
        model: Option<String>,
    },
    /// Where whisper.cpp puts each weight on this build and CPU (AMX, repack or plain CPU
    /// kernels), why, and its share of a window's encoder and decoder work.
    Inspect {
        /// Path or name (default: the model audit would use).
        model: Option<String>,
        /// Window length the work shares are computed for (seconds of audio; default: the
        /// longest window the VAD hands Whisper).
        #[arg(long)]
        window_secs: Option<f32>,
        /// Text tokens decoded per second of speech (Mandarin hosts: about 4-7).
        #[arg(long, default_value_t = 5.0)]
        tokens_per_sec: f32,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a quantized copy of an f16/f32 ggml model (smaller, faster on CPU).
    Quantize {
        /// f16 or f32 ggml model to read.
        input: PathBuf,
        /// Quantized model to write.
        output: PathBuf,
        /// Weight type: q8_0, q5_1, q5_0 or q4_0.
        #[arg(long = "type", value_parser = ["q8_0", "q5_1", "q5_0", "q4_0"])]
        qtype: String,
    },
}

/// `liveaudit rules …`.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the rules of a pack.
    List {
        /// Site pack to load over the default (default: the built-in pack alone).
        pack: Option<PathBuf>,
    },
    /// Check every rule's hit and miss examples.
    Test { pack: Option<PathBuf> },
    /// Report pack problems with file and line.
    Lint { pack: Option<PathBuf> },
    /// Propose site-pack exceptions from findings officers rejected (review.json files or the
    /// packs holding them), showing which confirmed findings each would also suppress.
    Suggest {
        /// Evidence packs with a review.json, review.json files, or folders holding packs.
        #[arg(required = true)]
        reviews: Vec<PathBuf>,
        /// Write the suggested site pack here (default: print it).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Site pack the reviewed audits ran with, loaded under the suggestion.
        #[arg(long, env = "LIVEAUDIT_RULES")]
        rules: Option<PathBuf>,
    },
    /// Print text as the rules see it: normalised (the form regexes match) and folded by sound
    /// (the form sound matches use), for writing and debugging patterns.
    Normalize {
        /// The text to normalise.
        #[arg(required_unless_present = "lines")]
        text: Option<String>,
        /// Read lines from standard input and print each normalised on its own line (how
        /// scripts/train-sentence-model.py sees text as the engine does).
        #[arg(long, conflicts_with = "text")]
        lines: bool,
    },
}

/// Default context around a finding's words in its clip, in seconds.
pub const DEFAULT_CONTEXT_S: f64 = 3.0;

/// Evidence flags of `audit`.
#[derive(Debug, Args, Clone)]
pub struct EvidenceFlags {
    /// Seconds of audio kept before each finding's words in its clip.
    #[arg(long, default_value_t = DEFAULT_CONTEXT_S, value_name = "SECONDS")]
    pub clip_before: f64,
    /// Seconds of audio kept after each finding's words in its clip.
    #[arg(long, default_value_t = DEFAULT_CONTEXT_S, value_name = "SECONDS")]
    pub clip_after: f64,
    /// Do not cut clips or write the manifest (findings, transcripts and reports only).
    #[arg(long)]
    pub no_evidence: bool,
    /// Sign each pack's manifest with this ed25519 key (PKCS#8 PEM or 64-hex seed). Without
    /// it, $LIVEAUDIT_SIGN_KEY may hold the key itself.
    #[arg(long, env = "LIVEAUDIT_SIGN_KEY_FILE", value_name = "FILE")]
    pub sign_key: Option<PathBuf>,
    /// Live room (直播间) the recordings are from, for reports and clues.
    #[arg(long)]
    pub room: Option<String>,
    /// Streamer (主播) of the recordings, for reports and clues.
    #[arg(long)]
    pub streamer: Option<String>,
}

/// `liveaudit evidence`.
#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_help = "Examples:\n  liveaudit evidence rec.flv --at 00:12:31 --span 20s --out clue1\n  liveaudit evidence rec.flv --findings out/rec/findings.json --id f0003 --out clue2\n  liveaudit evidence verify out/rec --public-key officer.key.pub"
)]
pub struct EvidenceArgs {
    #[command(subcommand)]
    pub action: Option<EvidenceAction>,
    /// Recording to cut evidence from.
    #[arg(required = true)]
    pub input: Option<PathBuf>,
    /// Start of a window to cut (HH:MM:SS[.mmm], MM:SS or seconds).
    #[arg(long, value_parser = parse_time, value_name = "TIME")]
    pub at: Option<u64>,
    /// Length of the window from --at (20s, 1m30s, 500ms, 00:00:20).
    #[arg(long, value_parser = parse_span, requires = "at", default_value = "20s")]
    pub span: u64,
    /// The recording's findings.json: cut its findings (all, or those named by --id).
    #[arg(long, value_name = "FINDINGS_JSON")]
    pub findings: Option<PathBuf>,
    /// Finding id to cut (repeatable), e.g. f0003.
    #[arg(long = "id", requires = "findings", value_name = "ID")]
    pub ids: Vec<String>,
    /// Pack directory to write (new or empty).
    #[arg(long, short, required = true)]
    pub out: Option<PathBuf>,
    /// Seconds of context before each window (default 3 for findings, 0 for --at).
    #[arg(long, value_name = "SECONDS")]
    pub clip_before: Option<f64>,
    /// Seconds of context after each window (default 3 for findings, 0 for --at).
    #[arg(long, value_name = "SECONDS")]
    pub clip_after: Option<f64>,
    /// Sign the manifest with this ed25519 key (else $LIVEAUDIT_SIGN_KEY, if set).
    #[arg(long, env = "LIVEAUDIT_SIGN_KEY_FILE", value_name = "FILE")]
    pub sign_key: Option<PathBuf>,
    /// Live room, recorded in the manifest and clues.
    #[arg(long)]
    pub room: Option<String>,
    /// Streamer, recorded in the manifest and clues.
    #[arg(long)]
    pub streamer: Option<String>,
}

/// `liveaudit evidence verify|keygen`.
#[derive(Debug, Subcommand)]
pub enum EvidenceAction {
    /// Check packs against their manifests (and signatures); name every file that differs.
    Verify {
        /// Pack directories (each holding manifest.json).
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// The packs must be signed by this public key (PEM, 64 hex digits, or the private key);
        /// repeatable: any of them. Without one, a seal or signature is only a checksum.
        #[arg(long, value_name = "FILE")]
        public_key: Vec<PathBuf>,
        /// The packs must be signed by one of the keys in this file (a line per key: 64 hex
        /// digits, then optionally its owner's name).
        #[arg(long, value_name = "FILE")]
        trusted_keys: Option<PathBuf>,
        /// Also check that this recording is the one the pack was cut from.
        #[arg(long, value_name = "RECORDING")]
        source: Option<PathBuf>,
    },
    /// Make an ed25519 key pair for signing packs: FILE (private, PKCS#8 PEM) and FILE.pub.
    Keygen {
        /// Private key file to create.
        out: PathBuf,
    },
}

/// `liveaudit report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Audit output folders (`liveaudit audit --out DIR`), recording folders or findings.json files.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The HTML report to write; summary.md, clues.csv and clues.json go beside it.
    #[arg(long, short, default_value = "summary.html")]
    pub out: PathBuf,
    /// Title of the report.
    #[arg(long, default_value = "直播监测报告")]
    pub title: String,
    /// A public key whose signatures the report trusts (PEM or 64 hex digits; repeatable).
    /// Packs signed by any other key are marked 签名未验证 (signed by an unknown key).
    #[arg(long, value_name = "FILE")]
    pub public_key: Vec<PathBuf>,
    /// A file of trusted public keys: a line per key, 64 hex digits then optionally a name.
    #[arg(long, value_name = "FILE")]
    pub trusted_keys: Option<PathBuf>,
    /// Which findings the clue list (线索移交) holds: those an officer confirmed (default),
    /// those not rejected (confirmed and pending), or all.
    #[arg(long, value_enum, default_value_t = ClueSelection::Confirmed)]
    pub clues: ClueSelection,
}

/// Which findings go into a monitoring report's clue list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClueSelection {
    Confirmed,
    Unrejected,
    All,
}

/// `liveaudit review`.
#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The recording's evidence pack (its `audit --out DIR/<name>` folder).
    pub pack: PathBuf,
    /// Finding ids confirmed as violations (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub confirm: Vec<String>,
    /// Finding ids rejected as not violations (needs --reason).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub reject: Vec<String>,
    /// Why (recorded with every decision of this run; required with --reject).
    #[arg(long)]
    pub reason: Option<String>,
    /// Who decides (default: $USER).
    #[arg(long)]
    pub officer: Option<String>,
    /// A review.json saved from the report page (or another review of this pack) to record.
    #[arg(long, value_name = "FILE")]
    pub import: Option<PathBuf>,
    /// ed25519 private key signing the new review generation (PEM or 64 hex digits;
    /// default: $LIVEAUDIT_SIGN_KEY).
    #[arg(long, value_name = "FILE")]
    pub sign_key: Option<PathBuf>,
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
    /// HMAC-SHA256 key for the webhook signature (required with --webhook). Prefer
    /// --webhook-secret-file or the environment: a command line is visible in `ps`.
    #[arg(long, env = "LIVEAUDIT_WEBHOOK_SECRET", hide_env_values = true)]
    pub webhook_secret: Option<String>,
    /// File holding the webhook's HMAC key (one line; a trailing newline is not part of it).
    #[arg(long, conflicts_with = "webhook_secret")]
    pub webhook_secret_file: Option<PathBuf>,
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
    /// Let jobs name local recordings (paths, file:// URIs) under this folder only. Without
    /// it a job's source must be an http(s) URL.
    #[arg(long, env = "LIVEAUDIT_SOURCE_ROOT", value_name = "DIR")]
    pub source_root: Option<PathBuf>,
    /// Folder for the jobs' transcript journals (default: --out): a job redelivered after
    /// its worker died resumes from the journal instead of transcribing again.
    #[arg(long, env = "LIVEAUDIT_JOURNAL_DIR", value_name = "DIR")]
    pub journal_dir: Option<PathBuf>,
    /// Longest a job may run before it is given up (dead-lettered with the reason).
    #[arg(long, default_value = "8h", value_parser = parse_duration)]
    pub job_deadline: Duration,
    /// Longest recording a job may audit (a live playlist that never ends is cut here).
    #[arg(long, default_value = "12h", value_parser = parse_duration)]
    pub max_audio: Duration,
    #[command(flatten)]
    pub asr: AsrArgs,
    /// Site rule pack loaded over the default pack.
    #[arg(long, env = "LIVEAUDIT_RULES")]
    pub rules: Option<PathBuf>,
}

/// `liveaudit enqueue`.
#[derive(Debug, Args)]
pub struct EnqueueArgs {
    /// Queue URL: sqlite://PATH, nats://HOST:PORT or redis://HOST:PORT (optional ?ns=NAME).
    #[arg(long, env = "LIVEAUDIT_QUEUE")]
    pub queue: String,
    /// Recordings: local paths, file:// or http(s):// URLs.
    pub inputs: Vec<String>,
    /// Also read job messages from this JSONL file ("-" for stdin), one per line; lines may
    /// leave out `schema` and `job_id`, which are then filled in.
    #[arg(long)]
    pub jsonl: Option<PathBuf>,
    /// Job id (only with a single input; default: the file stem and a random suffix).
    #[arg(long)]
    pub job_id: Option<String>,
    /// 0 (lowest) … 9 (highest).
    #[arg(long, default_value_t = crate::queue::job::DEFAULT_PRIORITY)]
    pub priority: u8,
    #[arg(long)]
    pub platform: Option<String>,
    #[arg(long)]
    pub room: Option<String>,
    #[arg(long)]
    pub streamer: Option<String>,
    /// Wall-clock start of the recording (RFC 3339).
    #[arg(long)]
    pub started_at: Option<String>,
    /// Rule pack the worker must run (`name` or `name@version`).
    #[arg(long)]
    pub rule_pack: Option<String>,
    /// HTTP header for http(s) sources, `Name: value` (repeatable).
    #[arg(long = "header")]
    pub headers: Vec<String>,
    /// Put each local file's SHA-256 in the job (workers then verify it and can skip
    /// finished jobs without reading the file).
    #[arg(long)]
    pub hash: bool,
    /// Jobs that follow their source while it is recorded (findings go to the webhook as
    /// they become final; without --max-duration, the worker's --max-audio bounds them).
    #[command(flatten)]
    pub follow: FollowArgs,
}

/// `liveaudit queue …`.
#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Jobs waiting, in flight, dead, and results recorded.
    Stats {
        #[arg(long, env = "LIVEAUDIT_QUEUE")]
        queue: String,
        /// JSON instead of a line of text.
        #[arg(long)]
        json: bool,
    },
    /// List dead letters with their reasons.
    Dead {
        #[arg(long, env = "LIVEAUDIT_QUEUE")]
        queue: String,
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// JSON lines (with the original message) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Put dead letters back on the queue by id.
    Retry {
        #[arg(long, env = "LIVEAUDIT_QUEUE")]
        queue: String,
        /// Dead-letter ids (job ids) as `queue dead` lists them.
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

/// `liveaudit healthcheck`.
#[derive(Debug, Args)]
pub struct HealthcheckArgs {
    /// URL to probe. Default: /healthz on the worker's LIVEAUDIT_LISTEN address (an
    /// unspecified address such as 0.0.0.0 is probed on loopback), else 127.0.0.1:9464.
    #[arg(long, env = "LIVEAUDIT_HEALTHCHECK_URL")]
    pub url: Option<String>,
    /// Seconds to wait for the answer.
    #[arg(long, default_value_t = 5)]
    pub timeout: u64,
}
