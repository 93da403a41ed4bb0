//! The review document (`review.json`): what an officer decided about each finding of one
//! recording (人工复审), so reports can count confirmed clues and rules can learn from the
//! rejected ones.
//!
//! A review belongs to one findings document, named by its SHA-256: decisions about another
//! document's findings (a re-audit renumbers them) are refused rather than misapplied. The
//! decisions are a history in the order they were made; the last one about a finding is the
//! one that counts ([`ReviewDoc::current`]). `liveaudit review` and the report page's review
//! controls write the same document; the evidence stage seals it in a new manifest
//! generation beside the audit's own (see `evidence::review_pack`), in the files named here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::findings::FindingsDoc;

/// Schema tag of `review.json`.
pub const REVIEW_SCHEMA: &str = "liveaudit.review/v1";
/// File name of the review inside a pack.
pub const REVIEW_FILE: &str = "review.json";
/// The review manifest and its seals.
pub const REVIEW_MANIFEST_FILE: &str = "review.manifest.json";
pub const REVIEW_SEAL_FILE: &str = "review.manifest.json.sha256";
pub const REVIEW_SIGNATURE_FILE: &str = "review.manifest.json.sig";
/// Files of the review generation, which the audit's manifest does not list.
pub const REVIEW_FILES: &[&str] = &[
    REVIEW_FILE,
    REVIEW_MANIFEST_FILE,
    REVIEW_SEAL_FILE,
    REVIEW_SIGNATURE_FILE,
];
/// Longest reason kept (characters): a reason is a sentence, not a case file.
pub const MAX_REASON_CHARS: usize = 2000;

/// What the officer decided about a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The finding is a violation: it goes into the clue list (线索移交).
    Confirmed,
    /// The finding is not a violation (harmless talk, a mishearing): rules can learn from it.
    Rejected,
}

impl Verdict {
    /// Label for people (Chinese first, as in the reports).
    pub fn label_zh(self) -> &'static str {
        match self {
            Verdict::Confirmed => "确认",
            Verdict::Rejected => "驳回",
        }
    }

    /// Name as written in documents.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Rejected => "rejected",
        }
    }
}

/// Review state of one finding, for counting: a finding nobody decided on is pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReviewState {
    Confirmed,
    Rejected,
    Pending,
}

/// One decision about one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The finding's id in the findings document (`f0003`).
    pub finding_id: String,
    /// Its rule and quoted words, so the decision can be read without the document and a
    /// decision about other words is caught.
    pub rule_id: String,
    pub quote: String,
    pub start_ms: u64,
    pub end_ms: u64,
    pub decision: Verdict,
    /// Why (required for a rejection: it is what a rule change is argued from).
    #[serde(default)]
    pub reason: String,
    /// Who decided, as they signed.
    #[serde(default)]
    pub officer: String,
    /// When (RFC 3339).
    pub decided_at: String,
}

/// `review.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDoc {
    pub schema: String,
    /// The recording's output name (the pack folder).
    pub recording: String,
    /// SHA-256 of the findings.json the decisions are about.
    pub findings_sha256: String,
    /// Every decision, oldest first.
    pub decisions: Vec<Decision>,
}

/// Why a review cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    #[error("not a liveaudit review: {0}")]
    Malformed(String),
    #[error("made for another findings document (SHA-256 {review}); this pack's findings.json is {pack}")]
    OtherFindings { review: String, pack: String },
    #[error("finding {id}: {detail}")]
    Finding { id: String, detail: String },
}

impl crate::failure::Classify for ReviewError {
    /// Every review problem is in what was given.
    fn class(&self) -> crate::failure::FailureClass {
        crate::failure::FailureClass::BadInput
    }
}

impl ReviewDoc {
    /// An empty review of `doc` (whose findings.json hashes to `findings_sha256`).
    pub fn new(recording: &str, findings_sha256: &str) -> ReviewDoc {
        ReviewDoc {
            schema: REVIEW_SCHEMA.into(),
            recording: recording.into(),
            findings_sha256: findings_sha256.into(),
            decisions: Vec::new(),
        }
    }

    /// Parses `review.json` bytes.
    pub fn parse(bytes: &[u8]) -> Result<ReviewDoc, ReviewError> {
        let doc: ReviewDoc = serde_json::from_slice(bytes).map_err(|e| {
            ReviewError::Malformed(format!("line {}, column {}: {e}", e.line(), e.column()))
        })?;
        if doc.schema != REVIEW_SCHEMA {
            return Err(ReviewError::Malformed(format!(
                "schema {:?}, expected {REVIEW_SCHEMA:?}",
                doc.schema
            )));
        }
        Ok(doc)
    }

    /// Serialised form written to disk (pretty JSON with a final newline).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("a review always serialises");
        v.push(b'\n');
        v
    }

    /// The decision that counts for each finding id: the last one made.
    pub fn current(&self) -> BTreeMap<&str, &Decision> {
        let mut m = BTreeMap::new();
        for d in &self.decisions {
            m.insert(d.finding_id.as_str(), d);
        }
        m
    }

    /// The review state of finding `id`.
    pub fn state(&self, id: &str) -> ReviewState {
        match self.decisions.iter().rev().find(|d| d.finding_id == id) {
            Some(d) if d.decision == Verdict::Confirmed => ReviewState::Confirmed,
            Some(_) => ReviewState::Rejected,
            None => ReviewState::Pending,
        }
    }

    /// Checks the review against the findings document it is about (`findings_sha256` is
    /// that file's hash): same document, every decision about a finding it has, with that
    /// finding's rule and words, a reason for every rejection, sane lengths.
    pub fn check_against(
        &self,
        doc: &FindingsDoc,
        findings_sha256: &str,
    ) -> Result<(), ReviewError> {
        if !self.findings_sha256.eq_ignore_ascii_case(findings_sha256) {
            return Err(ReviewError::OtherFindings {
                review: self.findings_sha256.clone(),
                pack: findings_sha256.into(),
            });
        }
        for d in &self.decisions {
            check_decision(d, doc)?;
        }
        Ok(())
    }

    /// Adds the decisions of `other` (a review of the same findings) not already recorded,
    /// in their order; returns how many were new.
    pub fn merge(&mut self, other: &ReviewDoc) -> usize {
        let mut added = 0;
        for d in &other.decisions {
            if !self.decisions.contains(d) {
                self.decisions.push(d.clone());
                added += 1;
            }
        }
        added
    }
}

fn check_decision(d: &Decision, doc: &FindingsDoc) -> Result<(), ReviewError> {
    let bad = |detail: String| ReviewError::Finding {
        id: d.finding_id.clone(),
        detail,
    };
    let Some(f) = doc.findings.iter().find(|f| f.id == d.finding_id) else {
        return Err(bad("the findings document has no such finding".into()));
    };
    if f.rule_id != d.rule_id || f.quote != d.quote {
        return Err(bad(format!(
            "the decision is about {} 「{}」, the finding is {} 「{}」",
            d.rule_id, d.quote, f.rule_id, f.quote
        )));
    }
    if d.decision == Verdict::Rejected && d.reason.trim().is_empty() {
        return Err(bad("a rejection needs a reason".into()));
    }
    if d.reason.chars().count() > MAX_REASON_CHARS || d.officer.chars().count() > 200 {
        return Err(bad(format!(
            "reason or officer too long (at most {MAX_REASON_CHARS} and 200 characters)"
        )));
    }
    if chrono::DateTime::parse_from_rfc3339(&d.decided_at).is_err() {
        return Err(bad(format!(
            "decided_at {:?} is not an RFC 3339 time",
            d.decided_at
        )));
    }
    Ok(())
}

/// Decision counts (confirmed, rejected, pending) of `doc`'s findings under `review`.
pub fn counts(doc: &FindingsDoc, review: Option<&ReviewDoc>) -> [usize; 3] {
    let mut n = [0usize; 3];
    for f in &doc.findings {
        n[state_index(review.map_or(ReviewState::Pending, |r| r.state(&f.id)))] += 1;
    }
    n
}

/// 0 confirmed, 1 rejected, 2 pending.
pub fn state_index(s: ReviewState) -> usize {
    match s {
        ReviewState::Confirmed => 0,
        ReviewState::Rejected => 1,
        ReviewState::Pending => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> FindingsDoc {
        let mut d = FindingsDoc::placeholder("x".into(), "transcript", vec![]);
        for (id, rule, quote) in [("f0001", "R1", "最好"), ("f0002", "R2", "第一")] {
            d.findings.push(
                serde_json::from_value(serde_json::json!({
                    "id": id, "rule_id": rule, "category": "price_claim", "severity": "high",
                    "start_ms": 0, "end_ms": 1, "quote": quote, "matched": quote,
                    "context": "", "legal_basis": [], "confidence": 0.9, "needs_review": false
                }))
                .unwrap(),
            );
        }
        d
    }

    fn decision(id: &str, rule: &str, quote: &str, v: Verdict, reason: &str) -> Decision {
        Decision {
            finding_id: id.into(),
            rule_id: rule.into(),
            quote: quote.into(),
            start_ms: 0,
            end_ms: 1,
            decision: v,
            reason: reason.into(),
            officer: "张三".into(),
            decided_at: "2026-12-06T10:00:00+08:00".into(),
        }
    }

    #[test]
    fn the_last_decision_counts_and_pending_is_the_rest() {
        let mut r = ReviewDoc::new("rec", "ab");
        r.decisions
            .push(decision("f0001", "R1", "最好", Verdict::Rejected, "误报"));
        r.decisions
            .push(decision("f0001", "R1", "最好", Verdict::Confirmed, ""));
        assert_eq!(r.state("f0001"), ReviewState::Confirmed);
        assert_eq!(r.state("f0002"), ReviewState::Pending);
        assert_eq!(counts(&doc(), Some(&r)), [1, 0, 1]);
        assert!(r.check_against(&doc(), "AB").is_ok());
    }

    #[test]
    fn decisions_about_other_findings_or_without_reasons_are_refused() {
        let mut r = ReviewDoc::new("rec", "ab");
        assert!(matches!(
            r.check_against(&doc(), "cd"),
            Err(ReviewError::OtherFindings { .. })
        ));
        r.decisions
            .push(decision("f0002", "R1", "第一", Verdict::Confirmed, ""));
        assert!(r.check_against(&doc(), "ab").is_err(), "wrong rule");
        r.decisions[0].rule_id = "R2".into();
        r.decisions[0].decision = Verdict::Rejected;
        let e = r.check_against(&doc(), "ab").unwrap_err();
        assert!(e.to_string().contains("reason"), "{e}");
        r.decisions[0].finding_id = "f0009".into();
        assert!(r.check_against(&doc(), "ab").is_err(), "unknown finding");
    }

    #[test]
    fn merging_keeps_history_once() {
        let mut a = ReviewDoc::new("rec", "ab");
        a.decisions
            .push(decision("f0001", "R1", "最好", Verdict::Confirmed, ""));
        let mut b = a.clone();
        b.decisions
            .push(decision("f0002", "R2", "第一", Verdict::Rejected, "第一次"));
        assert_eq!(a.merge(&b), 1);
        assert_eq!(a.merge(&b), 0);
        assert_eq!(a.decisions.len(), 2);
        let parsed = ReviewDoc::parse(&a.to_bytes()).unwrap();
        assert_eq!(parsed, a);
        assert!(ReviewDoc::parse(b"{}").is_err());
    }
}
