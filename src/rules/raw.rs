//! The pack file format as written (TOML), before validation.
//!
//! Fields that lint or load errors point at are `Spanned`, so messages carry the line.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// One TOML file of a pack. A pack is one or more such files; a site pack (overlay) uses the
/// same format plus `[[override]]` and `disable`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub pack: Option<RawMeta>,
    #[serde(default)]
    pub laws: BTreeMap<String, RawLaw>,
    #[serde(default)]
    pub contexts: BTreeMap<String, RawLexicon>,
    #[serde(default)]
    pub lexicon: BTreeMap<String, RawLexicon>,
    pub settings: Option<RawSettings>,
    pub negation: Option<RawNegation>,
    pub retraction: Option<RawRetraction>,
    pub raise: Option<RawRaise>,
    #[serde(default)]
    pub rule: Vec<RawRule>,
    #[serde(default, rename = "override")]
    pub overrides: Vec<RawOverride>,
    #[serde(default)]
    pub disable: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMeta {
    pub name: Option<String>,
    pub version: Option<String>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLaw {
    pub name: String,
    pub version: String,
    /// Documentation for pack readers only.
    #[serde(default)]
    #[allow(dead_code)]
    pub note: String,
}

/// A named word list: `terms` replaces, `add` extends (in an overlay).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLexicon {
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub add: Vec<String>,
    /// Documentation for pack readers only.
    #[serde(default)]
    #[allow(dead_code)]
    pub description: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSettings {
    pub context_window: Option<usize>,
    pub negation_window: Option<usize>,
    pub default_within: Option<usize>,
    pub hard_break_ms: Option<u64>,
    pub max_span_ms: Option<u64>,
    pub pinyin_min_chars: Option<usize>,
    pub pinyin_support_within: Option<usize>,
    pub pinyin_confidence: Option<f32>,
    pub regex_confidence: Option<f32>,
    pub sentence_model: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNegation {
    #[serde(default)]
    pub terms: Vec<String>,
    /// Words that start like a negator but do not negate (不仅, 非常, 无论).
    #[serde(default)]
    pub not_negation: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRetraction {
    pub window_ms: Option<u64>,
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub regex: Vec<Spanned<String>>,
    #[serde(default)]
    pub basis: Vec<RawBasis>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRaise {
    #[serde(default)]
    pub contexts: Vec<String>,
    #[serde(default)]
    pub basis: Vec<RawBasis>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBasis {
    pub law: Spanned<String>,
    pub article: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub regex: Vec<Spanned<String>>,
    pub within: Option<usize>,
    pub side: Option<Spanned<String>>,
    #[serde(default)]
    pub next_sentence: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawException {
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub regex: Vec<Spanned<String>>,
    pub within: Option<usize>,
    #[serde(default)]
    pub basis: Vec<RawBasis>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWhen {
    pub context: Spanned<String>,
    #[serde(default)]
    pub basis: Vec<RawBasis>,
    pub severity: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExamples {
    #[serde(default)]
    pub hit: Vec<String>,
    #[serde(default)]
    pub miss: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    pub id: Spanned<String>,
    #[serde(default)]
    pub title: String,
    pub category: Spanned<String>,
    pub severity: Option<Spanned<String>>,
    pub confidence: Option<f32>,
    #[serde(default)]
    pub needs_review: bool,
    #[serde(default)]
    pub basis: Vec<RawBasis>,
    #[serde(default)]
    pub terms: Vec<String>,
    #[serde(default)]
    pub regex: Vec<Spanned<String>>,
    /// Sound matching; on unless a rule turns it off (`pinyin = false`).
    pub pinyin: Option<bool>,
    #[serde(default)]
    pub require: Vec<RawCondition>,
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub exception: Vec<RawException>,
    pub negation: Option<bool>,
    #[serde(default)]
    pub contexts_any: Vec<Spanned<String>>,
    #[serde(default)]
    pub contexts_none: Vec<Spanned<String>>,
    #[serde(default)]
    pub support_contexts: Vec<Spanned<String>>,
    #[serde(default)]
    pub when: Vec<RawWhen>,
    #[serde(default)]
    pub raise: bool,
    pub extract: Option<Spanned<String>>,
    #[serde(default)]
    pub examples: RawExamples,
    pub enabled: Option<bool>,
    /// Set after parsing: which file the rule came from.
    #[serde(skip)]
    pub file: String,
}

/// Partial change to an existing rule from a site pack.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOverride {
    pub id: Spanned<String>,
    pub title: Option<String>,
    pub severity: Option<Spanned<String>>,
    pub confidence: Option<f32>,
    pub needs_review: Option<bool>,
    pub enabled: Option<bool>,
    pub terms: Option<Vec<String>>,
    #[serde(default)]
    pub terms_add: Vec<String>,
    #[serde(default)]
    pub exclude_add: Vec<String>,
    /// Miss examples added to the rule's own (a site exclusion brings the line it excludes).
    #[serde(default)]
    pub miss_add: Vec<String>,
    #[serde(default)]
    pub regex_add: Vec<Spanned<String>>,
    pub basis: Option<Vec<RawBasis>>,
    pub examples: Option<RawExamples>,
    #[serde(skip)]
    pub file: String,
}

/// Parses one pack file; a syntax error names the file, line and column.
pub(crate) fn parse_file(file: &str, text: &str) -> Result<RawFile, super::RuleError> {
    let mut raw: RawFile = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| super::error::line_col(text, s.start))
            .unwrap_or((1, 1));
        super::RuleError::Syntax {
            file: file.to_string(),
            line,
            column,
            message: e.message().to_string(),
        }
    })?;
    for r in &mut raw.rule {
        r.file = file.to_string();
    }
    for o in &mut raw.overrides {
        o.file = file.to_string();
    }
    Ok(raw)
}
