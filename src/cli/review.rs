//! `liveaudit review PACK --confirm IDS --reject IDS --reason TEXT [--officer NAME]
//! [--import review.json] [--sign-key KEY]`: an officer's decisions on a pack's findings,
//! sealed in the pack as a new manifest generation (see `evidence::review_pack`).

use super::args::ReviewArgs;
use super::context::{Context, ExitOutcome};
use super::settings::UsageError;
use crate::evidence::review_check;
use crate::evidence::review_pack::{self, Recorded};
use crate::evidence::{self, EvidenceError};
use crate::review::{Decision, ReviewDoc, Verdict};

/// Runs `liveaudit review`.
pub(super) fn run(ctx: &Context, args: ReviewArgs) -> anyhow::Result<ExitOutcome> {
    check_usage(&args)?;
    let key = evidence::load_signing_key(args.sign_key.as_deref())
        .map_err(|e| UsageError(e.to_string()))?;
    let officer = args
        .officer
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .filter(|o| !o.trim().is_empty())
        .unwrap_or_else(|| "未署名".into());
    let result = incoming(&args, &officer)
        .and_then(|review| review_pack::record(&args.pack, &review, &officer, key.as_ref()));
    match result {
        Ok(r) => {
            if !ctx.quiet {
                print_recorded(&args, &r);
            }
            Ok(ExitOutcome::Success)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(ExitOutcome::of_error(&e))
        }
    }
}

/// Flags that cannot work together are found before the pack is touched.
fn check_usage(args: &ReviewArgs) -> Result<(), UsageError> {
    if args.confirm.is_empty() && args.reject.is_empty() && args.import.is_none() {
        return Err(UsageError(
            "review: nothing to record (give --confirm IDS, --reject IDS or --import FILE)".into(),
        ));
    }
    if let Some(id) = args.confirm.iter().find(|id| args.reject.contains(id)) {
        return Err(UsageError(format!(
            "review: {id} is both confirmed and rejected"
        )));
    }
    let reason = args.reason.as_deref().unwrap_or("").trim();
    if !args.reject.is_empty() && reason.is_empty() {
        return Err(UsageError(
            "review: --reject needs --reason (it is what a rule change is argued from)".into(),
        ));
    }
    if let Some(id) = args
        .confirm
        .iter()
        .chain(&args.reject)
        .find(|id| !crate::source::input::is_safe_name(id))
    {
        return Err(UsageError(format!("review: {id:?} is not a finding id")));
    }
    Ok(())
}

/// The decisions of this run: the imported review's, then --confirm and --reject.
fn incoming(args: &ReviewArgs, officer: &str) -> Result<ReviewDoc, EvidenceError> {
    let (doc, findings_sha256) = review_check::read_findings(&args.pack)?;
    let mut review = match &args.import {
        Some(path) => {
            let bytes = evidence::packfile::read_pack_file(path, 64 << 20)?;
            ReviewDoc::parse(&bytes).map_err(|e| EvidenceError::BadInput {
                path: path.clone(),
                detail: e.to_string(),
            })?
        }
        None => ReviewDoc::new(
            &evidence::pack_name(&args.pack).unwrap_or_default(),
            &findings_sha256,
        ),
    };
    let now = chrono::Local::now().to_rfc3339();
    let reason = args.reason.clone().unwrap_or_default();
    let decided = args
        .confirm
        .iter()
        .map(|id| (id, Verdict::Confirmed))
        .chain(args.reject.iter().map(|id| (id, Verdict::Rejected)));
    for (id, verdict) in decided {
        let Some(f) = doc.findings.iter().find(|f| &f.id == id) else {
            return Err(EvidenceError::BadInput {
                path: args.pack.join("findings.json"),
                detail: format!(
                    "has no finding {id} (it has {})",
                    doc.findings
                        .iter()
                        .map(|f| f.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
        };
        review.decisions.push(Decision {
            finding_id: f.id.clone(),
            rule_id: f.rule_id.clone(),
            quote: f.quote.clone(),
            start_ms: f.start_ms,
            end_ms: f.end_ms,
            decision: verdict,
            reason: reason.clone(),
            officer: officer.into(),
            decided_at: now.clone(),
        });
    }
    Ok(review)
}

fn print_recorded(args: &ReviewArgs, r: &Recorded) {
    let [confirmed, rejected, pending] = r.counts;
    println!(
        "recorded {} new decision(s) in {}: review generation {}, {} SHA-256 {}{}\n{}: confirmed {confirmed}, {}: rejected {rejected}, pending {pending}",
        r.added,
        args.pack.display(),
        r.generation,
        crate::review::REVIEW_MANIFEST_FILE,
        r.manifest_sha256,
        r.signed_by
            .as_ref()
            .map(|k| format!(", signed by ed25519 key {k}"))
            .unwrap_or_default(),
        Verdict::Confirmed.label_zh(),
        Verdict::Rejected.label_zh(),
    );
}
