//! `liveaudit rules list|test|lint [PACK]`, `rules suggest REVIEWS…`: rule-pack tooling.

use anyhow::Context as _;

use super::args::RulesCommand;
use super::context::{Context, ExitOutcome};
use std::path::{Path, PathBuf};

use super::settings::{load_pack, UsageError};
use crate::evidence::review_check;
use crate::review::REVIEW_FILE;
use crate::rules::suggest;
use crate::rules::{format_list, lint_path, test_examples, LintLevel};

/// Runs a rules subcommand. A PACK argument is a site pack loaded over the default one.
pub(super) fn run(_ctx: &Context, cmd: RulesCommand) -> anyhow::Result<ExitOutcome> {
    match cmd {
        RulesCommand::List { pack } => {
            let pack = load_pack(pack.as_deref())?;
            print!("{}", format_list(&pack));
            Ok(ExitOutcome::Success)
        }
        RulesCommand::Test { pack } => {
            let pack = load_pack(pack.as_deref())?;
            let report = test_examples(&pack);
            print!("{report}");
            Ok(if report.is_ok() {
                ExitOutcome::Success
            } else {
                ExitOutcome::BadInput
            })
        }
        RulesCommand::Suggest {
            reviews,
            out,
            rules,
        } => suggest(&reviews, out.as_deref(), rules.as_deref()),
        RulesCommand::Normalize { text, lines } => {
            if lines {
                use std::io::{BufRead, Write};
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                for line in std::io::stdin().lock().lines() {
                    let line = line.context("reading standard input")?;
                    writeln!(out, "{}", crate::text::normalize(&line).text)?;
                }
                out.flush()?;
                return Ok(ExitOutcome::Success);
            }
            let n = crate::text::normalize(text.as_deref().unwrap_or_default());
            println!("normalised: {}", n.text);
            println!("by sound:   {}", crate::text::pinyin::fold(&n.text));
            Ok(ExitOutcome::Success)
        }
        RulesCommand::Lint { pack } => {
            let issues = match lint_path(pack.as_deref()) {
                Ok(i) => i,
                Err(e) => {
                    eprintln!("error: {e}");
                    return Ok(ExitOutcome::BadInput);
                }
            };
            for i in &issues {
                println!("{i}");
            }
            let errors = issues
                .iter()
                .filter(|i| i.level == LintLevel::Error)
                .count();
            println!("{} issue(s), {errors} error(s)", issues.len());
            Ok(if errors == 0 {
                ExitOutcome::Success
            } else {
                ExitOutcome::BadInput
            })
        }
    }
}

/// `rules suggest REVIEWS…`: exclusions from rejected findings, as a site pack.
fn suggest(
    inputs: &[PathBuf],
    out: Option<&Path>,
    site: Option<&Path>,
) -> anyhow::Result<ExitOutcome> {
    let base = load_pack(site)?;
    let mut reviewed = Vec::new();
    let mut outcome = ExitOutcome::Success;
    for pack in review_packs(inputs)? {
        match reviewed_pack(&pack) {
            Ok(r) => reviewed.push(r),
            Err(e) => {
                eprintln!("error: {}: {e}", pack.display());
                outcome = ExitOutcome::BadInput;
            }
        }
    }
    let stamp = chrono::Local::now().format("%Y.%m.%d").to_string();
    let s = match suggest::suggest(&base, &reviewed, &stamp) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitOutcome::Failure);
        }
    };
    for p in &s.proposals {
        eprintln!(
            "proposal: {} exclude 「{}」 (rejected {} {}「{}」); also removes {}",
            p.rule_id,
            p.phrase,
            p.from.recording,
            p.from.finding_id,
            p.from.quote,
            if p.also_removes.is_empty() {
                "no other reviewed finding".to_string()
            } else {
                p.also_removes
                    .iter()
                    .map(|o| {
                        format!(
                            "{} {} 「{}」 ({:?})",
                            o.recording, o.finding_id, o.quote, o.state
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
    }
    for (f, why) in &s.skipped {
        eprintln!(
            "no proposal for {} {} {}「{}」: {why}",
            f.recording, f.finding_id, f.rule_id, f.quote
        );
    }
    eprintln!(
        "{} review(s), {} proposal(s), {} rejected finding(s) left alone; {} confirmed finding(s) all kept",
        reviewed.len(),
        s.proposals.len(),
        s.skipped.len(),
        s.confirmed_kept
    );
    match out {
        Some(path) if !s.site_pack.is_empty() => {
            crate::report::write_atomic(path, s.site_pack.as_bytes())
                .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            eprintln!(
                "wrote {} (check it: liveaudit rules lint|test {0})",
                path.display()
            );
        }
        Some(_) => {
            eprintln!("nothing to write: no rejected finding could be turned into an exclusion")
        }
        None => print!("{}", s.site_pack),
    }
    Ok(outcome)
}

/// The packs named by `inputs`: a pack folder, a review.json (its folder), or a folder holding
/// reviewed packs up to three levels down.
fn review_packs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, UsageError> {
    let mut packs = Vec::new();
    for input in inputs {
        let before = packs.len();
        if input.is_file() {
            packs.push(input.parent().map(Path::to_path_buf).unwrap_or_default());
        } else if input.is_dir() {
            find_reviews(input, 3, &mut packs);
        }
        if packs.len() == before {
            return Err(UsageError(format!(
                "{}: no review.json there (record decisions with `liveaudit review PACK`)",
                input.display()
            )));
        }
    }
    packs.sort();
    packs.dedup();
    Ok(packs)
}

fn find_reviews(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
    if dir.join(REVIEW_FILE).is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    if depth == 0 {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut subs: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    subs.sort();
    for s in subs {
        find_reviews(&s, depth - 1, out);
    }
}

/// A pack's findings with its review, which must be about those findings.
fn reviewed_pack(pack: &Path) -> Result<suggest::Reviewed, String> {
    let (doc, sha) = review_check::read_findings(pack).map_err(|e| e.to_string())?;
    let review = review_check::read_review(pack)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no {REVIEW_FILE}"))?;
    review
        .check_against(&doc, &sha)
        .map_err(|e| format!("{REVIEW_FILE}: {e}"))?;
    let label = crate::evidence::pack_name(pack).unwrap_or_else(|| review.recording.clone());
    Ok(suggest::Reviewed { label, doc, review })
}
