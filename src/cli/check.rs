//! `liveaudit check TRANSCRIPT`: the rules alone, on a transcript already made (a
//! findings.json or a JSON array of segments).

use std::path::Path;

use super::args::CheckArgs;
use super::context::{Context, ExitOutcome};
use super::settings::{load_pack, UsageError};
use crate::findings::FindingsDoc;
use crate::report;
use crate::rules::RuleEngine;
use crate::transcript::Segment;

/// Reads a transcript: either a findings document (its `transcript`) or a bare segment array.
fn read_transcript(path: &Path) -> Result<(Option<FindingsDoc>, Vec<Segment>), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("not JSON (line {}, column {}): {e}", e.line(), e.column()))?;
    if value.is_array() {
        let segs: Vec<Segment> =
            serde_json::from_value(value).map_err(|e| format!("not a segment array: {e}"))?;
        return Ok((None, segs));
    }
    if value.get("transcript").is_some() {
        if let Ok(doc) = serde_json::from_value::<FindingsDoc>(value.clone()) {
            let segs = doc.transcript.clone();
            return Ok((Some(doc), segs));
        }
        let segs: Vec<Segment> = serde_json::from_value(value["transcript"].clone())
            .map_err(|e| format!("its \"transcript\" is not a segment array: {e}"))?;
        return Ok((None, segs));
    }
    Err(
        "expected a findings.json (with \"transcript\") or an array of {start_ms, end_ms, text}"
            .into(),
    )
}

/// `liveaudit check TRANSCRIPT`.
pub(super) fn run(ctx: &Context, args: CheckArgs) -> anyhow::Result<ExitOutcome> {
    let pack = load_pack(args.rules.as_deref().or(ctx.file_config.rules.as_deref()))?;
    let engine = RuleEngine::new(&pack).map_err(|e| UsageError(format!("rule pack: {e}")))?;
    let (doc, segments) = match read_transcript(&args.transcript) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {}: {e}", args.transcript.display());
            return Ok(ExitOutcome::BadInput);
        }
    };
    let findings = engine.check(&segments);
    let mut doc = doc.unwrap_or_else(|| {
        let uri = args.transcript.display().to_string();
        FindingsDoc::placeholder(uri, "transcript", segments)
    });
    doc.engine.rule_pack = pack.name().into();
    doc.engine.rule_pack_version = pack.version().into();
    doc.engine.rule_pack_sha256 = pack.sha256();
    doc.findings = findings;
    doc.renumber();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        print!("{}", report::summary(&doc));
    }
    Ok(ExitOutcome::Success)
}
