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
    /// Recordings (files or directories of recordings).
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
    /// Recording to transcribe.
    pub input: PathBuf,
    #[command(flatten)]
    pub asr: AsrArgs,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: TranscriptFormat,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
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
}
