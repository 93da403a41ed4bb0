//! `liveaudit report DIR... --out summary.html`: the monitoring report (直播监测报告) across
//! audited recordings, with the clue export beside it.

use super::args::{ClueSelection, ReportArgs};
use super::context::{Context, ExitOutcome};
use super::settings::trusted_keys;
use crate::evidence::survey;
use crate::report::overview;

/// Runs `liveaudit report`.
pub(super) fn run(ctx: &Context, args: ReportArgs) -> anyhow::Result<ExitOutcome> {
    let trusted = trusted_keys(&args.public_key, args.trusted_keys.as_deref())?;
    let (entries, warnings) = match survey::collect(&args.inputs, &trusted) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitOutcome::of_error(&e));
        }
    };
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let filter = match args.clues {
        ClueSelection::Confirmed => overview::ClueFilter::Confirmed,
        ClueSelection::Unrejected => overview::ClueFilter::Unrejected,
        ClueSelection::All => overview::ClueFilter::All,
    };
    let written = overview::write_summary(&entries, &args.out, &args.title, filter)?;
    let findings: usize = entries.iter().map(|e| e.doc.findings.len()).sum();
    let mut decisions = [0usize; 3];
    for e in &entries {
        let d = crate::review::counts(&e.doc, e.review.as_ref());
        (0..3).for_each(|k| decisions[k] += d[k]);
    }
    let broken: Vec<&overview::RecordingEntry> = entries
        .iter()
        .filter(|e| matches!(e.integrity, overview::Integrity::Differs(_)))
        .collect();
    for e in &broken {
        if let overview::Integrity::Differs(problems) = &e.integrity {
            eprintln!(
                "warning: {}: evidence pack differs from its manifest: {}",
                e.dir.display(),
                problems.join("; ")
            );
        }
    }
    if !ctx.quiet {
        println!(
            "{} recording(s), {findings} finding(s): confirmed {}, rejected {}, pending {} → {}",
            entries.len(),
            decisions[0],
            decisions[1],
            decisions[2],
            written
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(if warnings.is_empty() && broken.is_empty() {
        ExitOutcome::Success
    } else {
        ExitOutcome::BadInput
    })
}
