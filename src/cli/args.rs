//! Step one of argument handling: the raw flags as clap parses them. Step two
//! ([`super::settings`]) validates them into settings the commands run on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    Evidence(super::evidence::EvidenceArgs),
    /// Monitoring report (直播监测报告) across audited recordings, with the clue export.
    Report(super::report::ReportArgs),
    /// Fleet worker: pull jobs from a queue (sqlite://, nats://, redis://) and audit them.
    Worker(super::worker::WorkerArgs),
    /// Put recordings (paths, URLs, or a JSONL file of job messages) on a queue.
    Enqueue(super::queue::EnqueueArgs),
    /// Operate a queue: stats, dead letters, retry.
    #[command(subcommand)]
    Queue(super::queue::QueueCommand),
    /// Probe a running worker's /healthz (exit 0 healthy, 1 not): the images' HEALTHCHECK.
    Healthcheck(super::health::HealthcheckArgs),
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
    pub pack: super::evidence::PackArgs,
    #[command(flatten)]
    pub source: SourceArgs,
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
    /// Print text as the rules see it: normalised (the form regexes match) and folded by sound
    /// (the form sound matches use), for writing and debugging patterns.
    Normalize {
        /// The text to normalise.
        text: String,
    },
}
