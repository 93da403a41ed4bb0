//! Clue export for handing suspected violations to enforcement (线索移交): `clues.csv` (opens
//! in a spreadsheet; UTF-8 with BOM so Chinese shows correctly) and `clues.json` (for case
//! systems). One row per finding: room, streamer, times, category, rule, legal basis, quote,
//! structured claims, and the evidence clip with its SHA-256 (plus the pack's manifest hash
//! when the export is made across packs).

use serde::{Deserialize, Serialize};

use super::common::{basis_list, wall_clock};
use super::meta::RecordingMeta;
use crate::findings::{FindingsDoc, LegalBasis};
use crate::report::clock;
use crate::review::{Decision, ReviewState};

/// Schema tag of `clues.json`.
pub const CLUES_SCHEMA: &str = "liveaudit.clues/v1";

/// One clue: a finding with everything enforcement needs to act on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clue {
    /// `<recording>-<finding id>`, unique across a monitoring report.
    pub clue_id: String,
    pub recording: String,
    pub room: String,
    pub streamer: String,
    pub source_uri: String,
    pub source_sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    pub start_ms: u64,
    pub end_ms: u64,
    /// `HH:MM:SS.mmm–HH:MM:SS.mmm` in the recording.
    pub time: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall_clock: Option<String>,
    pub category: String,
    pub category_zh: String,
    pub severity: String,
    pub rule_id: String,
    pub rule_title: String,
    pub legal_basis: Vec<LegalBasis>,
    pub legal_basis_text: String,
    pub quote: String,
    pub context: String,
    pub claims: serde_json::Map<String, serde_json::Value>,
    pub needs_review: bool,
    pub mitigated: bool,
    pub confidence: f32,
    /// The officer's decision: `confirmed`, `rejected` or `pending` (none yet).
    #[serde(default = "pending")]
    pub review: String,
    /// The decision's reason and officer, when decided.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub review_reason: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewed_by: String,
    /// Clip path relative to the clue file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_clip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_clip_sha256: Option<String>,
    /// The finding in the recording's report (`report.html#f0001`), relative to the clue file.
    pub report: String,
    /// The pack's manifest and its SHA-256, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest_sha256: Option<String>,
}

fn pending() -> String {
    "pending".into()
}

impl Clue {
    /// Records the officer's decision on this clue (none: pending).
    pub fn set_review(&mut self, decision: Option<&Decision>) {
        match decision {
            Some(d) => {
                self.review = d.decision.as_str().into();
                self.review_reason = d.reason.clone();
                self.reviewed_by = d.officer.clone();
            }
            None => self.review = pending(),
        }
    }

    /// The decision as a state.
    pub fn review_state(&self) -> ReviewState {
        match self.review.as_str() {
            "confirmed" => ReviewState::Confirmed,
            "rejected" => ReviewState::Rejected,
            _ => ReviewState::Pending,
        }
    }
}

/// Clues of one recording. `base` is the path from the clue file's folder to the pack
/// (`""` inside the pack, `"../out/pub01/"` from a summary); `manifest_sha256` is the pack's
/// manifest hash when the clue file is outside the pack.
pub fn clues_for(
    doc: &FindingsDoc,
    meta: &RecordingMeta,
    base: &str,
    manifest_sha256: Option<&str>,
) -> Vec<Clue> {
    doc.findings
        .iter()
        .map(|f| Clue {
            clue_id: format!("{}-{}", meta.name, f.id),
            recording: meta.name.clone(),
            room: meta.room.clone().unwrap_or_default(),
            streamer: meta.streamer.clone().unwrap_or_default(),
            source_uri: doc.input.uri.clone(),
            source_sha256: doc.input.sha256.clone(),
            started_at: doc.input.started_at.clone(),
            start_ms: f.start_ms,
            end_ms: f.end_ms,
            time: format!("{}–{}", clock(f.start_ms, '.'), clock(f.end_ms, '.')),
            wall_clock: f
                .wall_clock
                .clone()
                .or_else(|| wall_clock(doc.input.started_at.as_deref(), f.start_ms)),
            category: f.category.as_str().into(),
            category_zh: f.category.label_zh().into(),
            severity: f.severity.as_str().into(),
            rule_id: f.rule_id.clone(),
            rule_title: f.title.clone(),
            legal_basis: f.legal_basis.clone(),
            legal_basis_text: basis_list(&f.legal_basis),
            quote: f.quote.clone(),
            context: f.context.clone(),
            claims: f.claims.clone(),
            needs_review: f.needs_review,
            mitigated: f.mitigated,
            confidence: f.confidence,
            review: pending(),
            review_reason: String::new(),
            reviewed_by: String::new(),
            evidence_clip: f.evidence.as_ref().map(|e| format!("{base}{}", e.clip)),
            evidence_clip_sha256: f.evidence.as_ref().map(|e| e.clip_sha256.clone()),
            report: format!("{base}report.html#{}", f.id),
            manifest: manifest_sha256.map(|_| format!("{base}manifest.json")),
            manifest_sha256: manifest_sha256.map(str::to_string),
        })
        .collect()
}

const COLUMNS: [&str; 27] = [
    "clue_id",
    "recording",
    "room",
    "streamer",
    "started_at",
    "time",
    "wall_clock",
    "category",
    "category_zh",
    "severity",
    "rule_id",
    "rule_title",
    "legal_basis",
    "quote",
    "context",
    "claims",
    "needs_review",
    "mitigated",
    "confidence",
    "review",
    "review_reason",
    "reviewed_by",
    "evidence_clip",
    "evidence_clip_sha256",
    "manifest_sha256",
    "source_uri",
    "source_sha256",
];

/// RFC 4180 CSV with a UTF-8 byte-order mark (spreadsheets then read the Chinese text right).
pub fn to_csv(clues: &[Clue]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for c in clues {
        let row: [String; 27] = [
            c.clue_id.clone(),
            c.recording.clone(),
            c.room.clone(),
            c.streamer.clone(),
            c.started_at.clone().unwrap_or_default(),
            c.time.clone(),
            c.wall_clock.clone().unwrap_or_default(),
            c.category.clone(),
            c.category_zh.clone(),
            c.severity.clone(),
            c.rule_id.clone(),
            c.rule_title.clone(),
            c.legal_basis_text.clone(),
            c.quote.clone(),
            c.context.clone(),
            if c.claims.is_empty() {
                String::new()
            } else {
                serde_json::Value::Object(c.claims.clone()).to_string()
            },
            c.needs_review.to_string(),
            c.mitigated.to_string(),
            format!("{:.2}", c.confidence),
            c.review.clone(),
            c.review_reason.clone(),
            c.reviewed_by.clone(),
            c.evidence_clip.clone().unwrap_or_default(),
            c.evidence_clip_sha256.clone().unwrap_or_default(),
            c.manifest_sha256.clone().unwrap_or_default(),
            c.source_uri.clone(),
            c.source_sha256.clone(),
        ];
        let cells: Vec<String> = row.iter().map(|v| csv_cell(v)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_cell(v: &str) -> String {
    // A leading = + - @ would be run as a formula by spreadsheets: neutralise it.
    let v = if v.starts_with(['=', '+', '-', '@']) {
        format!("'{v}")
    } else {
        v.to_string()
    };
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// `clues.json`: schema tag, generation time and the clues.
pub fn to_json(clues: &[Clue]) -> String {
    let doc = serde_json::json!({
        "schema": CLUES_SCHEMA,
        "generated_at": chrono::Local::now().to_rfc3339(),
        "count": clues.len(),
        "clues": clues,
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("clues serialise");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formula_safe() {
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK()"), "'=HYPERLINK()");
        assert_eq!(csv_cell("全网最低价"), "全网最低价");
    }
}
