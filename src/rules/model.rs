//! Validated rule-pack types: what the engine compiles and what `rules list` shows.

use std::collections::BTreeMap;

use crate::findings::{Category, LegalBasis, Severity};

/// Where a rule or setting was written, for messages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Which side of the trigger a required co-occurrence may stand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Any,
    Before,
    After,
}

/// A context condition: one of `terms` (or a `regex` match) within `within` characters of the
/// trigger. Terms may name a lexicon as `@name`; they are listed here expanded.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub terms: Vec<String>,
    pub regex: Vec<String>,
    pub within: usize,
    pub side: Side,
    /// The words may also stand in the next sentence, or (unless `side` is `After`) in the one
    /// before, when no long pause parts them (超市一斤要八十多。我们这边一斤三十九块九, or the
    /// room's price first and 商场里标的是八百八 after it): a claim made of two sentences.
    pub next_sentence: bool,
}

/// A legal exemption: when one of its phrases is within `within` characters of the trigger
/// (0 = overlapping it), the rule does not fire. Carries the provision that grants it.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    pub terms: Vec<String>,
    pub regex: Vec<String>,
    pub within: usize,
    pub basis: Vec<LegalBasis>,
    pub note: String,
}

/// Product-context specific legal basis or severity (health food → 广告法 第18条, …).
#[derive(Debug, Clone, PartialEq)]
pub struct When {
    pub context: String,
    pub basis: Vec<LegalBasis>,
    pub severity: Option<Severity>,
}

/// Structured values a rule pulls out of its claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extractor {
    /// 原价 X → 现价 Y, discounts, reductions.
    Price,
    /// Sales counts, repurchases, review rates.
    Sales,
    /// Promised investment returns.
    Returns,
}

impl Extractor {
    pub(crate) fn parse(s: &str) -> Option<Extractor> {
        Some(match s {
            "price" => Extractor::Price,
            "sales" => Extractor::Sales,
            "returns" => Extractor::Returns,
            _ => return None,
        })
    }

    /// Name as written in pack files.
    pub fn as_str(self) -> &'static str {
        match self {
            Extractor::Price => "price",
            Extractor::Sales => "sales",
            Extractor::Returns => "returns",
        }
    }
}

/// Example sentences a rule must (hit) and must not (miss) fire on.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Examples {
    pub hit: Vec<String>,
    pub miss: Vec<String>,
}

/// One rule of a pack, validated and with lexicon references expanded.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub severity: Severity,
    pub confidence: f32,
    /// Audio cannot settle it (price against the 7-day low, sales figures): a clue to check.
    pub needs_review: bool,
    pub legal_basis: Vec<LegalBasis>,
    /// Lexicon trigger terms, as written (normalised when compiled).
    pub terms: Vec<String>,
    /// Regex triggers, applied to normalised text (digits, 元, lower case, half width).
    pub regex: Vec<String>,
    /// Also match terms, regex literals and condition phrases by fuzzy pinyin, at lower
    /// confidence (on by default: ASR mishears every word, not only listed ones).
    pub pinyin: bool,
    /// All of these must hold.
    pub require: Vec<Condition>,
    /// Phrases that, overlapping the trigger, mean it is not a claim (最近, 第一次).
    pub exclude: Vec<String>,
    pub exceptions: Vec<Exception>,
    /// A negator just before the trigger (不能治疗) cancels it.
    pub negation: bool,
    /// Fire only when one of these product contexts is near (empty = always).
    pub contexts_any: Vec<String>,
    /// Do not fire when one of these contexts is near.
    pub contexts_none: Vec<String>,
    /// Contexts whose words close to a short match by sound (two syllables) let it stand on
    /// its own, as `contexts_any` contexts do (方脱 beside 头发 is 防脱).
    pub support_contexts: Vec<String>,
    pub when: Vec<When>,
    /// Raise severity in the pack's sensitive contexts (广告绝对化用语执法指南 第11条).
    pub raise: bool,
    pub extract: Option<Extractor>,
    pub examples: Examples,
    pub source: SourceRef,
}

/// Tunable numbers of a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Characters either side of a trigger searched for product contexts.
    pub context_window: usize,
    /// Characters before a trigger searched for a negator.
    pub negation_window: usize,
    /// Default `within` of a condition.
    pub default_within: usize,
    /// A pause this long between segments separates claims (windows do not cross it).
    pub hard_break_ms: u64,
    /// A finding widened by its conditions must stay within this span, else keeps the trigger.
    pub max_span_ms: u64,
    /// Pinyin-only matches of shorter terms need a same-category match nearby.
    pub pinyin_min_chars: usize,
    pub pinyin_support_within: usize,
    /// Confidence multiplier of pinyin matches and of regex matches.
    pub pinyin_confidence: f32,
    pub regex_confidence: f32,
    /// The built-in sentence model to run beside the patterns (`"cn-livestream"`), if any;
    /// a site pack turns it off with `sentence_model = ""`.
    pub sentence_model: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            context_window: 300,
            negation_window: 4,
            default_within: 12,
            hard_break_ms: 2500,
            max_span_ms: 7000,
            pinyin_min_chars: 3,
            pinyin_support_within: 12,
            pinyin_confidence: 0.65,
            regex_confidence: 0.95,
            sentence_model: None,
        }
    }
}

/// How a correction right after a claim is recognised (直播电商监督管理办法 第31条).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Retraction {
    pub window_ms: u64,
    pub terms: Vec<String>,
    pub regex: Vec<String>,
    pub basis: Vec<LegalBasis>,
}

/// Contexts in which severity is raised, and the provision that says so.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Raise {
    pub contexts: Vec<String>,
    pub basis: Vec<LegalBasis>,
}

/// A law the pack cites, by the key rules use.
#[derive(Debug, Clone, PartialEq)]
pub struct Law {
    pub key: String,
    pub name: String,
    pub version: String,
}

/// Everything of a pack the engine needs besides the rules.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PackConfig {
    pub settings: Settings,
    pub laws: Vec<Law>,
    /// Product/sector contexts (cosmetic, food, health_food, medical, investment, …).
    pub contexts: BTreeMap<String, Vec<String>>,
    pub negators: Vec<String>,
    pub not_negators: Vec<String>,
    pub retraction: Retraction,
    pub raise: Raise,
}
