//! The findings document (schema `liveaudit.findings/v1`, ../shared/spec/FINDINGS.md).
//!
//! This is the stable interface read by the corpus scorer and by case systems: fields here
//! are only ever added, never renamed.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::transcript::Segment;

/// Schema tag written into every document.
pub const SCHEMA_V1: &str = "liveaudit.findings/v1";

/// The fixed category taxonomy of FINDINGS.md. Rule packs may only use these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    AbsoluteClaim,
    MedicalClaim,
    CosmeticClaim,
    PriceClaim,
    SalesDataClaim,
    OffsiteTrade,
    InvestmentClaim,
    Superstition,
    Disparagement,
}

impl Category {
    /// All categories in taxonomy order.
    pub const ALL: [Category; 9] = [
        Category::AbsoluteClaim,
        Category::MedicalClaim,
        Category::CosmeticClaim,
        Category::PriceClaim,
        Category::SalesDataClaim,
        Category::OffsiteTrade,
        Category::InvestmentClaim,
        Category::Superstition,
        Category::Disparagement,
    ];

    /// The snake_case name used in documents.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::AbsoluteClaim => "absolute_claim",
            Category::MedicalClaim => "medical_claim",
            Category::CosmeticClaim => "cosmetic_claim",
            Category::PriceClaim => "price_claim",
            Category::SalesDataClaim => "sales_data_claim",
            Category::OffsiteTrade => "offsite_trade",
            Category::InvestmentClaim => "investment_claim",
            Category::Superstition => "superstition",
            Category::Disparagement => "disparagement",
        }
    }

    /// Parses a snake_case category name; `None` for names outside the taxonomy.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Chinese label for reports.
    pub fn label_zh(self) -> &'static str {
        match self {
            Category::AbsoluteClaim => "绝对化用语",
            Category::MedicalClaim => "医疗功效宣称",
            Category::CosmeticClaim => "化妆品功效宣称",
            Category::PriceClaim => "价格宣称",
            Category::SalesDataClaim => "销量数据宣称",
            Category::OffsiteTrade => "站外引流交易",
            Category::InvestmentClaim => "投资收益承诺",
            Category::Superstition => "封建迷信",
            Category::Disparagement => "贬低竞争对手",
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is; raised in medical, health-food, investment and education contexts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    /// Lower-case name as written in documents.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// One step up (high stays high).
    pub fn raised(self) -> Severity {
        match self {
            Severity::Low => Severity::Medium,
            _ => Severity::High,
        }
    }
}

/// One legal provision a rule rests on, with the law's version so article numbers stay true.
/// The texts are shared (`Arc<str>`): every finding of a rule cites the same provisions, and
/// copying three strings per provision per finding was a tenth of the rule engine's work on
/// claim-dense talk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalBasis {
    pub law: Arc<str>,
    pub version: Arc<str>,
    pub article: Arc<str>,
}

/// How a finding's words were matched, so a reader knows how far to trust the quote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// A listed term of the rule, as written.
    #[default]
    Exact,
    /// A pattern of the rule (a grammar over word classes), as written.
    Regex,
    /// By sound: the transcript has homophones of the rule's words (ASR misheard them); the
    /// finding carries what was heard and what it stands for.
    Pinyin,
    /// By the sentence model alone: no pattern matched; the quote is the words that weighed
    /// most. Always to be reviewed by a person.
    Model,
}

/// Pointer to the evidence clip of a finding, filled by the evidence stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRef {
    pub clip: String,
    pub clip_sha256: String,
}

/// One suspected violation, timed on the words that triggered it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub id: String,
    pub rule_id: String,
    pub category: Category,
    pub severity: Severity,
    pub start_ms: u64,
    pub end_ms: u64,
    /// The words of the transcript the finding covers.
    pub quote: String,
    /// What the pattern matched (normalised form).
    pub matched: String,
    /// How the words were matched (`exact`, `regex`, `pinyin`, `model`).
    #[serde(default)]
    pub matched_by: MatchedBy,
    /// For a match by sound: the words as transcribed (normalised), e.g. 根只鼻言.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heard: Option<String>,
    /// For a match by sound: the rule's words they stand for, e.g. 根治鼻炎.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// The surrounding transcript text.
    pub context: String,
    pub legal_basis: Vec<LegalBasis>,
    pub confidence: f32,
    pub needs_review: bool,
    /// Rule title, for people reading the document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Structured values pulled from the claim (prices, sales figures, promised returns).
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub claims: serde_json::Map<String, serde_json::Value>,
    /// Set when the host corrected the claim within seconds (直播电商监督管理办法 第31条).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mitigated: bool,
    /// Wall-clock time of the finding when the recording's start time is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall_clock: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceRef>,
}

/// What was audited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputInfo {
    pub uri: String,
    pub sha256: String,
    pub duration_ms: u64,
    pub container: String,
    pub codec: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Source sample rate and channel count, for evidence cutting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample_rate: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<u64>,
    /// Stretches of the timeline that could not be heard and why (segments unread or slid
    /// off a live playlist, splices, stalls, a followed stream that stopped without ending,
    /// gaps in the container's timestamps). Nothing unheard is silently joined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coverage_gaps: Vec<crate::media::follow::CoverageGap>,
}

/// Which engine, model and rule pack produced the document, so results can be reproduced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EngineInfo {
    pub version: String,
    pub model: String,
    pub model_sha256: String,
    pub rule_pack: String,
    pub rule_pack_version: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule_pack_sha256: String,
}

/// The whole findings document for one recording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingsDoc {
    pub schema: String,
    pub input: InputInfo,
    pub engine: EngineInfo,
    pub transcript: Vec<Segment>,
    pub findings: Vec<Finding>,
}

impl EngineInfo {
    /// This build, with no model or rule pack yet (documents not made by an audit).
    pub fn this_build() -> EngineInfo {
        EngineInfo {
            version: crate::ENGINE_VERSION.into(),
            model: String::new(),
            model_sha256: String::new(),
            rule_pack: String::new(),
            rule_pack_version: String::new(),
            rule_pack_sha256: String::new(),
        }
    }
}

impl FindingsDoc {
    /// A document with no findings about `uri` for commands that start from something other
    /// than an audit (`check` on a bare transcript, `evidence` without a findings file).
    pub fn placeholder(uri: String, container: &str, transcript: Vec<Segment>) -> FindingsDoc {
        FindingsDoc {
            schema: SCHEMA_V1.into(),
            input: InputInfo {
                uri,
                sha256: String::new(),
                duration_ms: transcript.iter().map(|s| s.end_ms).max().unwrap_or(0),
                container: container.into(),
                codec: String::new(),
                started_at: None,
                sample_rate: None,
                channels: None,
                size_bytes: None,
                coverage_gaps: Vec::new(),
            },
            engine: EngineInfo::this_build(),
            transcript,
            findings: Vec::new(),
        }
    }

    /// Renumbers findings `f0001…` in time order so ids are stable for a given result.
    pub fn renumber(&mut self) {
        self.findings.sort_by(document_order);
        for (i, f) in self.findings.iter_mut().enumerate() {
            f.id = format!("f{:04}", i + 1);
        }
    }
}

/// The order findings are numbered in: by start, end, then rule id. A followed recording's
/// findings go out in this order too, so their ids are the finished document's.
pub fn document_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (a.start_ms, a.end_ms, a.rule_id.as_str()).cmp(&(b.start_ms, b.end_ms, b.rule_id.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip_their_names() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
        }
        assert_eq!(Category::parse("political"), None);
    }
}
