//! `liveaudit evidence`: cut evidence for chosen findings or a time range, check a pack, make
//! a signing key; and the evidence stage `audit` runs after writing its outputs.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::settings::UsageError;
use super::{Context, Outcome};
use crate::evidence::manifest::ClipContext;
use crate::evidence::pack::Window;
use crate::evidence::{self, EvidenceError, ExtractRequest, PackOptions};
use crate::findings::FindingsDoc;
use crate::pipeline::AuditError;
use crate::report::clock;

/// Default context around a finding's words in its clip, in seconds.
const DEFAULT_CONTEXT_S: f64 = 3.0;

/// Evidence flags of `audit`.
#[derive(Debug, Args, Clone)]
pub struct PackArgs {
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
        /// The packs must be signed by this public key (PEM, 64 hex digits, or the private key).
        #[arg(long, value_name = "FILE")]
        public_key: Option<PathBuf>,
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

/// Parses a time on the recording: `HH:MM:SS[.mmm]`, `MM:SS[.mmm]` or seconds.
pub fn parse_time(s: &str) -> Result<u64, String> {
    let bad = || format!("{s:?} is not a time (expected HH:MM:SS[.mmm], MM:SS or seconds)");
    let parts: Vec<&str> = s.trim().split(':').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return Err(bad());
    }
    let mut ms = 0f64;
    for (i, p) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let v: f64 = if last {
            p.parse().map_err(|_| bad())?
        } else {
            p.parse::<u64>().map_err(|_| bad())? as f64
        };
        if !v.is_finite() || v < 0.0 || (i > 0 && v >= 60.0) {
            return Err(bad());
        }
        ms = ms * 60.0 + v;
    }
    Ok((ms * 1000.0).round() as u64)
}

/// Parses a length: `20s`, `1.5s`, `500ms`, `2m`, `1m30s`, `1h`, or a time as [`parse_time`].
pub fn parse_span(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let bad = || format!("{s:?} is not a length (e.g. 20s, 1m30s, 500ms, 00:00:20)");
    if t.contains(':') || t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return parse_time(t).map_err(|_| bad());
    }
    let mut total = 0f64;
    let mut num = String::new();
    let mut chars = t.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let v: f64 = num.parse().map_err(|_| bad())?;
        num.clear();
        let unit = match c {
            'h' => 3_600_000.0,
            'm' if chars.peek() == Some(&'s') => {
                chars.next();
                1.0
            }
            'm' => 60_000.0,
            's' => 1000.0,
            _ => return Err(bad()),
        };
        total += v * unit;
        any = true;
    }
    if !num.is_empty() || !any || total <= 0.0 {
        return Err(bad());
    }
    Ok(total.round() as u64)
}

fn seconds_ms(flag: &str, v: f64) -> Result<u64, UsageError> {
    if !v.is_finite() || !(0.0..=600.0).contains(&v) {
        return Err(UsageError(format!(
            "--{flag} {v}: expected 0 to 600 seconds"
        )));
    }
    Ok((v * 1000.0).round() as u64)
}

fn load_key(path: Option<&Path>) -> Result<Option<evidence::SigningKey>, UsageError> {
    evidence::load_signing_key(path).map_err(|e| UsageError(e.to_string()))
}

/// Validated evidence settings of `audit`.
pub(super) fn pack_options(args: &PackArgs) -> Result<PackOptions, UsageError> {
    Ok(PackOptions {
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

/// The evidence stage of `audit`: clips, reports, clues and the sealed manifest in the
/// recording's output directory. Problems met while cutting are printed as warnings.
pub(super) fn after_audit(
    doc: &mut FindingsDoc,
    source: &Path,
    dir: &Path,
    opts: &PackOptions,
) -> Result<(), AuditError> {
    let summary = evidence::build_recording_pack(doc, source, dir, opts).map_err(|e| match e {
        EvidenceError::Media(m) => AuditError::Media(m),
        EvidenceError::Io { path, source } => AuditError::Io {
            path: path.display().to_string(),
            source,
        },
        other => AuditError::Io {
            path: dir.display().to_string(),
            source: std::io::Error::other(other.to_string()),
        },
    })?;
    for w in &summary.warnings {
        eprintln!("warning: {}: evidence: {w}", source.display());
    }
    if let Some(sha) = &summary.manifest_sha256 {
        tracing::info!(dir = %dir.display(), clips = summary.clips, manifest_sha256 = %sha, signed = summary.signed_by.is_some(), "evidence pack written");
    }
    Ok(())
}

/// `liveaudit evidence …`.
pub(super) fn run(ctx: &Context, args: EvidenceArgs) -> anyhow::Result<Outcome> {
    match args.action {
        Some(EvidenceAction::Verify {
            dirs,
            public_key,
            source,
        }) => verify(ctx, &dirs, public_key.as_deref(), source.as_deref()),
        Some(EvidenceAction::Keygen { out }) => {
            let key = evidence::sign::keygen(&out).map_err(|e| UsageError(e.to_string()))?;
            println!(
                "wrote {} (private, keep it safe) and {} (public)\npublic key: {}",
                out.display(),
                evidence::sign::public_key_path(&out).display(),
                hex::encode(key.to_bytes())
            );
            Ok(Outcome::Success)
        }
        None => extract(ctx, args),
    }
}

fn verify(
    ctx: &Context,
    dirs: &[PathBuf],
    public_key: Option<&Path>,
    source: Option<&Path>,
) -> anyhow::Result<Outcome> {
    let expected = match public_key {
        Some(p) => Some(evidence::load_verifying_key(p).map_err(|e| UsageError(e.to_string()))?),
        None => None,
    };
    let mut outcome = Outcome::Success;
    for dir in dirs {
        match evidence::verify_pack(dir, expected.as_ref(), source) {
            Ok(r) if r.ok() => {
                if !ctx.quiet {
                    let signed = match &r.signed_by {
                        Some(k) => format!("; signature valid (ed25519 key {k})"),
                        None => "; not signed".into(),
                    };
                    let src = if r.source_checked {
                        "; the recording matches"
                    } else {
                        ""
                    };
                    println!(
                        "OK {}: {} file(s) match manifest.json (SHA-256 {}){signed}{src}",
                        dir.display(),
                        r.files_checked,
                        r.manifest_sha256
                    );
                }
            }
            Ok(r) => {
                println!(
                    "FAILED {}: {} difference(s)",
                    dir.display(),
                    r.problems.len()
                );
                for p in &r.problems {
                    println!("  {p}");
                }
                outcome = outcome.worst(Outcome::BadInput);
            }
            Err(e) => {
                eprintln!("error: {e}");
                outcome = outcome.worst(if e.is_bad_input() {
                    Outcome::BadInput
                } else {
                    Outcome::Failure
                });
            }
        }
    }
    Ok(outcome)
}

fn extract(ctx: &Context, args: EvidenceArgs) -> anyhow::Result<Outcome> {
    let input = args.input.expect("clap requires INPUT");
    let out = args.out.expect("clap requires --out");
    if args.at.is_none() && args.findings.is_none() {
        return Err(UsageError(
            "say what to cut: --at TIME [--span LEN], or --findings FINDINGS_JSON [--id ID]…"
                .into(),
        )
        .into());
    }
    let default_ctx = if args.findings.is_some() {
        DEFAULT_CONTEXT_S
    } else {
        0.0
    };
    let context = ClipContext {
        before_ms: seconds_ms("clip-before", args.clip_before.unwrap_or(default_ctx))?,
        after_ms: seconds_ms("clip-after", args.clip_after.unwrap_or(default_ctx))?,
    };
    let key = load_key(args.sign_key.as_deref())?;
    let doc = match &args.findings {
        Some(p) => match read_findings(p) {
            Ok(d) => Some(d),
            Err(e) => {
                super::print_input_error(p, &e);
                return Ok(Outcome::BadInput);
            }
        },
        None => None,
    };
    let mut windows = Vec::new();
    if let Some(at) = args.at {
        windows.push(Window {
            id: format!("t{}", clock(at, '-').replace(':', "-")),
            start_ms: at.saturating_sub(context.before_ms),
            end_ms: at + args.span + context.after_ms,
        });
    }
    let finding_ids = match (&doc, args.ids.is_empty()) {
        (Some(d), true) if args.at.is_none() => d.findings.iter().map(|f| f.id.clone()).collect(),
        _ => args.ids.clone(),
    };
    if windows.is_empty() && finding_ids.is_empty() {
        eprintln!(
            "error: {}: the findings document has no findings to cut",
            args.findings.as_deref().unwrap_or(Path::new("?")).display()
        );
        return Ok(Outcome::BadInput);
    }
    let req = ExtractRequest {
        source: input.clone(),
        out_dir: out.clone(),
        windows,
        doc,
        finding_ids,
        // The name audit gives the recording, so clue ids match the audit's.
        name: super::settings::output_name(&input),
        opts: PackOptions {
            context,
            evidence: true,
            key,
            room: args.room,
            streamer: args.streamer,
        },
    };
    match evidence::extract(&req) {
        Ok(s) => {
            for w in &s.warnings {
                eprintln!("warning: {}: {w}", input.display());
            }
            if !ctx.quiet {
                println!(
                    "wrote {} clip(s) to {}; manifest.json SHA-256 {}{}",
                    s.clips,
                    out.display(),
                    s.manifest_sha256.as_deref().unwrap_or("?"),
                    s.signed_by
                        .map(|k| format!(", signed by ed25519 key {k}"))
                        .unwrap_or_default()
                );
            }
            Ok(Outcome::Success)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(if e.is_bad_input() {
                Outcome::BadInput
            } else {
                Outcome::Failure
            })
        }
    }
}

fn read_findings(path: &Path) -> Result<FindingsDoc, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "not a findings document (line {}, column {}): {e}",
            e.line(),
            e.column()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_spans_parse() {
        assert_eq!(parse_time("00:12:31"), Ok(751_000));
        assert_eq!(parse_time("12:31.5"), Ok(751_500));
        assert_eq!(parse_time("17.9"), Ok(17_900));
        assert!(parse_time("1:75").is_err());
        assert!(parse_time("abc").is_err());
        assert!(parse_time("1::2").is_err());
        assert_eq!(parse_span("20s"), Ok(20_000));
        assert_eq!(parse_span("1m30s"), Ok(90_000));
        assert_eq!(parse_span("500ms"), Ok(500));
        assert_eq!(parse_span("00:00:20"), Ok(20_000));
        assert_eq!(parse_span("1.5s"), Ok(1_500));
        assert!(parse_span("20x").is_err());
        assert!(parse_span("0s").is_err());
    }
}
