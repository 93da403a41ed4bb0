//! `liveaudit evidence`: cut evidence for chosen findings or a time range, check a pack, make
//! a signing key. (The evidence `audit` writes is its evidence sink, src/sinks/evidence.rs.)

use std::path::{Path, PathBuf};

use super::args::{EvidenceAction, EvidenceArgs};
use super::context::{print_input_error, Context, ExitOutcome};
use super::settings::{extract_settings, output_name, trusted_keys, ExtractSettings, UsageError};
use crate::evidence::assemble::Window;
use crate::evidence::{self, EvidenceOptions, ExtractRequest};
use crate::findings::FindingsDoc;
use crate::report::clock;

/// `liveaudit evidence …`.
pub(super) fn run(ctx: &Context, args: EvidenceArgs) -> anyhow::Result<ExitOutcome> {
    match args.action {
        Some(EvidenceAction::Verify {
            dirs,
            public_key,
            trusted_keys: keys_file,
            source,
        }) => {
            let trusted = trusted_keys(&public_key, keys_file.as_deref())?;
            verify(ctx, &dirs, &trusted, source.as_deref())
        }
        Some(EvidenceAction::Keygen { out }) => {
            let key = evidence::sign::keygen(&out).map_err(|e| UsageError(e.to_string()))?;
            println!(
                "wrote {} (private, keep it safe) and {} (public)\npublic key: {}",
                out.display(),
                evidence::sign::public_key_path(&out).display(),
                hex::encode(key.to_bytes())
            );
            Ok(ExitOutcome::Success)
        }
        None => extract(ctx, args),
    }
}

fn verify(
    ctx: &Context,
    dirs: &[PathBuf],
    trusted: &[evidence::TrustedKey],
    source: Option<&Path>,
) -> anyhow::Result<ExitOutcome> {
    let mut outcome = ExitOutcome::Success;
    for dir in dirs {
        match evidence::verify_pack_trusting(dir, trusted, !trusted.is_empty(), source) {
            Ok(r) if r.ok() => {
                if !ctx.quiet {
                    let src = if r.source_checked {
                        "; the recording matches"
                    } else {
                        ""
                    };
                    println!(
                        "OK {}: {} file(s) match manifest.json (SHA-256 {}); {}{src}",
                        dir.display(),
                        r.files_checked,
                        r.manifest_sha256,
                        signer_text(&r.signer)
                    );
                    if let Some(review) = &r.review {
                        let [c, rj, p] = review.counts;
                        println!(
                            "  review generation {} by {}: confirmed {c}, rejected {rj}, pending {p}; review.json matches review.manifest.json; {}",
                            review.generation,
                            review.officer,
                            signer_text(&review.signer)
                        );
                    }
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
                outcome = outcome.worst(ExitOutcome::BadInput);
            }
            Err(e) => {
                eprintln!("error: {e}");
                outcome = outcome.worst(ExitOutcome::of_error(&e));
            }
        }
    }
    Ok(outcome)
}

/// What the signature proves: only a trusted key makes the match more than a checksum.
fn signer_text(s: &evidence::Signer) -> String {
    match s {
        evidence::Signer::Trusted { name, key } => {
            format!("signature valid, signed by {name} (ed25519 key {key})")
        }
        evidence::Signer::Unknown(key) => format!(
            "signed by an unknown key {key}: not checked against a trusted key (--public-key), so this is only a checksum, not proof of who made the pack"
        ),
        evidence::Signer::Unsigned => {
            "unsigned: integrity is only a checksum, which anyone who changes the files can recompute"
                .into()
        }
    }
}

fn extract(ctx: &Context, args: EvidenceArgs) -> anyhow::Result<ExitOutcome> {
    let ExtractSettings {
        input,
        out,
        context,
        key,
    } = extract_settings(&args)?;
    let doc = match &args.findings {
        Some(p) => match read_findings(p) {
            Ok(d) => Some(d),
            Err(e) => {
                print_input_error(p, &e);
                return Ok(ExitOutcome::BadInput);
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
        return Ok(ExitOutcome::BadInput);
    }
    let req = ExtractRequest {
        source: input.clone(),
        out_dir: out.clone(),
        windows,
        doc,
        finding_ids,
        // The name audit gives the recording, so clue ids match the audit's.
        name: output_name(&input),
        opts: EvidenceOptions {
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
            Ok(ExitOutcome::Success)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(ExitOutcome::of_error(&e))
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
