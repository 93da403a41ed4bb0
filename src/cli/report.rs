//! `liveaudit report DIR... --out summary.html`: the monitoring report (直播监测报告) across
//! audited recordings, with the clue export beside it.

use std::path::PathBuf;

use clap::Args;

use super::{Context, Outcome};
use crate::report::summary;

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
}

/// Runs `liveaudit report`.
pub(super) fn run(ctx: &Context, args: ReportArgs) -> anyhow::Result<Outcome> {
    let (entries, warnings) = match summary::collect(&args.inputs) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(if e.is_bad_input() {
                Outcome::BadInput
            } else {
                Outcome::Failure
            });
        }
    };
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let written = summary::write_summary(&entries, &args.out, &args.title)?;
    let clues: usize = entries.iter().map(|e| e.doc.findings.len()).sum();
    let broken: Vec<&summary::RecordingEntry> = entries
        .iter()
        .filter(|e| matches!(e.integrity, summary::Integrity::Differs(_)))
        .collect();
    for e in &broken {
        if let summary::Integrity::Differs(problems) = &e.integrity {
            eprintln!(
                "warning: {}: evidence pack differs from its manifest: {}",
                e.dir.display(),
                problems.join("; ")
            );
        }
    }
    if !ctx.quiet {
        println!(
            "{} recording(s), {clues} clue(s) → {}",
            entries.len(),
            written
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(if warnings.is_empty() && broken.is_empty() {
        Outcome::Success
    } else {
        Outcome::BadInput
    })
}
