//! Loading rule packs: the built-in `cn-livestream` pack, standalone packs and site packs laid
//! over the default (add, replace, override or disable rules).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use sha2::{Digest, Sha256};
use toml::Spanned;

use super::lint::{LintIssue, LintLevel};
use super::model::*;
use super::raw::{self, RawBasis, RawFile, RawLaw, RawRule, RawSettings};
use super::RuleError;
use crate::findings::{Category, LegalBasis, Severity};

/// The built-in pack's files, embedded so the binary needs nothing at run time.
const BUILTIN: &[(&str, &str)] = &[
    (
        "cn-livestream/pack.toml",
        include_str!("packs/cn-livestream/pack.toml"),
    ),
    (
        "cn-livestream/lexicons.toml",
        include_str!("packs/cn-livestream/lexicons.toml"),
    ),
    (
        "cn-livestream/absolute.toml",
        include_str!("packs/cn-livestream/absolute.toml"),
    ),
    (
        "cn-livestream/medical.toml",
        include_str!("packs/cn-livestream/medical.toml"),
    ),
    (
        "cn-livestream/cosmetic.toml",
        include_str!("packs/cn-livestream/cosmetic.toml"),
    ),
    (
        "cn-livestream/price.toml",
        include_str!("packs/cn-livestream/price.toml"),
    ),
    (
        "cn-livestream/sales.toml",
        include_str!("packs/cn-livestream/sales.toml"),
    ),
    (
        "cn-livestream/offsite.toml",
        include_str!("packs/cn-livestream/offsite.toml"),
    ),
    (
        "cn-livestream/investment.toml",
        include_str!("packs/cn-livestream/investment.toml"),
    ),
    (
        "cn-livestream/superstition.toml",
        include_str!("packs/cn-livestream/superstition.toml"),
    ),
    (
        "cn-livestream/disparagement.toml",
        include_str!("packs/cn-livestream/disparagement.toml"),
    ),
];

/// One file of a pack with its text, named as messages should name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackSource {
    pub file: String,
    pub text: String,
}

impl PackSource {
    /// The files of the built-in `cn-livestream` pack.
    pub fn builtin() -> Vec<PackSource> {
        BUILTIN
            .iter()
            .map(|(f, t)| PackSource {
                file: (*f).to_string(),
                text: (*t).to_string(),
            })
            .collect()
    }

    /// Reads a pack file, or every `.toml` file of a folder in name order.
    pub fn read(path: &Path) -> Result<Vec<PackSource>, RuleError> {
        let io = |source| RuleError::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        let mut files = Vec::new();
        if meta.is_dir() {
            for e in std::fs::read_dir(path).map_err(io)? {
                let p = e.map_err(io)?.path();
                if p.extension().is_some_and(|x| x == "toml") {
                    files.push(p);
                }
            }
            files.sort();
            if files.is_empty() {
                return Err(io(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "folder holds no .toml files",
                )));
            }
        } else {
            files.push(path.to_path_buf());
        }
        files
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).map_err(|source| RuleError::Io {
                    path: p.clone(),
                    source,
                })?;
                Ok(PackSource {
                    file: p.display().to_string(),
                    text,
                })
            })
            .collect()
    }
}

/// A loaded, validated rule pack: its rules, laws, contexts and settings.
#[derive(Debug, Clone)]
pub struct RulePack {
    name: String,
    version: String,
    description: String,
    sources: Vec<PackSource>,
    data: PackData,
    rules: Vec<Rule>,
    config: PackConfig,
}

impl RulePack {
    /// The built-in `cn-livestream` pack.
    pub fn builtin() -> Result<RulePack, RuleError> {
        RulePack::from_sources(PackSource::builtin())
    }

    /// A standalone pack from a file or a folder of `.toml` files.
    pub fn load_file(path: &Path) -> Result<RulePack, RuleError> {
        RulePack::from_sources(PackSource::read(path)?)
    }

    /// A standalone pack from in-memory files.
    pub fn from_sources(sources: Vec<PackSource>) -> Result<RulePack, RuleError> {
        let mut data = PackData::default();
        for s in &sources {
            data.merge_source(s, false)?;
        }
        RulePack::finish(data, sources)
    }

    /// This pack with a site pack (file or folder) laid over it: new rules are added, rules
    /// with an existing id replace it, `[[override]]` changes fields, `disable` drops rules.
    pub fn load_overlay(self, path: &Path) -> Result<RulePack, RuleError> {
        let over = PackSource::read(path)?;
        self.with_overlay_sources(over)
    }

    /// Like [`RulePack::load_overlay`] from in-memory files.
    pub fn with_overlay_sources(self, over: Vec<PackSource>) -> Result<RulePack, RuleError> {
        let mut data = self.data.clone();
        for s in &over {
            data.merge_source(s, true)?;
        }
        let mut sources = self.sources;
        sources.extend(over);
        RulePack::finish(data, sources)
    }

    fn finish(data: PackData, sources: Vec<PackSource>) -> Result<RulePack, RuleError> {
        let (rules, config, issues) = data.resolve();
        if let Some(e) = issues.into_iter().find(|i| i.level == LintLevel::Error) {
            return Err(e.into_error());
        }
        let name = data.display_name();
        let version = data.display_version();
        Ok(RulePack {
            name,
            version,
            description: data.description.clone(),
            sources,
            data,
            rules,
            config,
        })
    }

    /// Pack name (`cn-livestream`, or `cn-livestream+site` with a site pack).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Pack version, recorded in every findings document.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// One-line description from the pack file.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// SHA-256 over the pack's files (names and texts, in load order), so a findings document
    /// says exactly which rules produced it.
    pub fn sha256(&self) -> String {
        let mut h = Sha256::new();
        for s in &self.sources {
            h.update(s.file.as_bytes());
            h.update([0u8]);
            h.update(s.text.as_bytes());
            h.update([0u8]);
        }
        hex::encode(h.finalize())
    }

    /// The enabled rules.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Settings, laws, contexts, negators, retraction and raise configuration.
    pub fn config(&self) -> &PackConfig {
        &self.config
    }

    /// The files the pack was built from.
    pub fn sources(&self) -> &[PackSource] {
        &self.sources
    }
}

/// Pack files merged in order, before validation.
#[derive(Debug, Clone, Default)]
pub(crate) struct PackData {
    name: Option<String>,
    version: Option<String>,
    overlay_names: Vec<String>,
    overlay_versions: Vec<String>,
    description: String,
    texts: BTreeMap<String, String>,
    laws: BTreeMap<String, RawLaw>,
    contexts: BTreeMap<String, Vec<String>>,
    lexicons: BTreeMap<String, Vec<String>>,
    settings: RawSettings,
    negators: Vec<String>,
    not_negators: Vec<String>,
    retraction: raw::RawRetraction,
    retraction_file: String,
    raise: raw::RawRaise,
    raise_file: String,
    rules: Vec<RawRule>,
    disabled: BTreeSet<String>,
    merge_issues: Vec<LintIssue>,
}

fn span_line(texts: &BTreeMap<String, String>, file: &str, span: std::ops::Range<usize>) -> usize {
    texts
        .get(file)
        .map(|t| super::error::line_col(t, span.start).0)
        .unwrap_or(0)
}

fn merge_list(target: &mut Vec<String>, lex: &raw::RawLexicon) {
    if !lex.terms.is_empty() {
        *target = lex.terms.clone();
    }
    target.extend(lex.add.iter().cloned());
}

impl PackData {
    /// Parses one file and merges it (`overlay`: site-pack semantics).
    pub(crate) fn merge_source(&mut self, s: &PackSource, overlay: bool) -> Result<(), RuleError> {
        let raw = raw::parse_file(&s.file, &s.text)?;
        self.texts.insert(s.file.clone(), s.text.clone());
        self.merge(raw, &s.file, overlay);
        Ok(())
    }

    fn issue(&mut self, file: &str, line: usize, id: Option<&str>, level: LintLevel, msg: String) {
        self.merge_issues.push(LintIssue {
            file: file.to_string(),
            line,
            rule_id: id.map(str::to_string),
            level,
            message: msg,
        });
    }

    fn merge(&mut self, raw: RawFile, file: &str, overlay: bool) {
        if let Some(meta) = raw.pack {
            if overlay {
                let stem = Path::new(file)
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned());
                self.overlay_names
                    .push(meta.name.or(stem).unwrap_or_else(|| "site".into()));
                if let Some(v) = meta.version {
                    self.overlay_versions.push(v);
                }
            } else {
                if meta.name.is_some() {
                    self.name = meta.name;
                }
                if meta.version.is_some() {
                    self.version = meta.version;
                }
                if !meta.description.is_empty() {
                    self.description = meta.description;
                }
            }
        } else if overlay && self.overlay_names.is_empty() {
            let stem = Path::new(file)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned());
            self.overlay_names
                .push(stem.unwrap_or_else(|| "site".into()));
        }
        self.laws.extend(raw.laws);
        for (k, v) in raw.contexts {
            merge_list(self.contexts.entry(k).or_default(), &v);
        }
        for (k, v) in raw.lexicon {
            merge_list(self.lexicons.entry(k).or_default(), &v);
        }
        if let Some(s) = raw.settings {
            let t = &mut self.settings;
            macro_rules! over {
                ($($f:ident),*) => { $( if s.$f.is_some() { t.$f = s.$f; } )* };
            }
            over!(
                context_window,
                negation_window,
                default_within,
                hard_break_ms,
                max_span_ms,
                pinyin_min_chars,
                pinyin_support_within,
                pinyin_confidence,
                regex_confidence
            );
        }
        if let Some(n) = raw.negation {
            self.negators.extend(n.terms);
            self.not_negators.extend(n.not_negation);
        }
        if let Some(r) = raw.retraction {
            if r.window_ms.is_some() {
                self.retraction.window_ms = r.window_ms;
            }
            self.retraction.terms.extend(r.terms);
            self.retraction.regex.extend(r.regex);
            if !r.basis.is_empty() {
                self.retraction.basis = r.basis;
            }
            self.retraction_file = file.to_string();
        }
        if let Some(r) = raw.raise {
            self.raise.contexts.extend(r.contexts);
            if !r.basis.is_empty() {
                self.raise.basis = r.basis;
            }
            self.raise_file = file.to_string();
        }
        for rule in raw.rule {
            let pos = self
                .rules
                .iter()
                .position(|r| r.id.get_ref() == rule.id.get_ref());
            match pos {
                Some(p) if overlay && self.rules[p].file != file => {
                    self.disabled.remove(rule.id.get_ref());
                    self.rules[p] = rule;
                }
                _ => self.rules.push(rule),
            }
        }
        for o in raw.overrides {
            let line = span_line(&self.texts, file, o.id.span());
            let Some(r) = self
                .rules
                .iter_mut()
                .find(|r| r.id.get_ref() == o.id.get_ref())
            else {
                let id = o.id.get_ref().clone();
                self.issue(
                    file,
                    line,
                    Some(&id),
                    LintLevel::Error,
                    "override of a rule the pack does not have".into(),
                );
                continue;
            };
            if let Some(t) = o.title {
                r.title = t;
            }
            if o.severity.is_some() {
                r.severity = o.severity;
            }
            if o.confidence.is_some() {
                r.confidence = o.confidence;
            }
            if let Some(n) = o.needs_review {
                r.needs_review = n;
            }
            if o.enabled.is_some() {
                r.enabled = o.enabled;
            }
            if let Some(t) = o.terms {
                r.terms = t;
            }
            r.terms.extend(o.terms_add);
            r.exclude.extend(o.exclude_add);
            r.regex.extend(o.regex_add);
            if let Some(b) = o.basis {
                r.basis = b;
            }
            if let Some(e) = o.examples {
                r.examples = e;
            }
            // Spans of overridden fields point into the site file; remember it for messages.
            r.file = file.to_string();
        }
        for d in raw.disable {
            let line = span_line(&self.texts, file, d.span());
            let id = d.into_inner();
            if self.rules.iter().any(|r| r.id.get_ref() == &id) {
                self.disabled.insert(id);
            } else {
                self.issue(
                    file,
                    line,
                    Some(&id),
                    LintLevel::Error,
                    "disable of a rule the pack does not have".into(),
                );
            }
        }
    }

    fn display_name(&self) -> String {
        let base = self.name.clone().unwrap_or_else(|| "unnamed".into());
        if self.overlay_names.is_empty() {
            base
        } else {
            format!("{base}+{}", self.overlay_names.join("+"))
        }
    }

    fn display_version(&self) -> String {
        let base = self.version.clone().unwrap_or_else(|| "0".into());
        if self.overlay_names.is_empty() {
            base
        } else if self.overlay_versions.is_empty() {
            format!("{base}+site")
        } else {
            format!("{base}+{}", self.overlay_versions.join("+"))
        }
    }

    /// Validates and expands everything; returns rules, configuration and all issues found.
    pub(crate) fn resolve(&self) -> (Vec<Rule>, PackConfig, Vec<LintIssue>) {
        let mut r = Resolver {
            data: self,
            issues: self.merge_issues.clone(),
        };
        let config = r.config();
        let mut seen: BTreeMap<String, SourceRef> = BTreeMap::new();
        let mut rules = Vec::new();
        for raw in &self.rules {
            let line = r.line(&raw.file, raw.id.span());
            let id = raw.id.get_ref().clone();
            if let Some(prev) = seen.get(&id) {
                r.push(
                    &raw.file,
                    line,
                    Some(&id),
                    LintLevel::Error,
                    format!("duplicate rule id (first at {prev})"),
                );
                // Still validated, so lint reports its other problems too.
                let _ = r.rule(raw, &config);
                continue;
            }
            seen.insert(
                id.clone(),
                SourceRef {
                    file: raw.file.clone(),
                    line,
                },
            );
            if let Some(rule) = r.rule(raw, &config) {
                if raw.enabled != Some(false) && !self.disabled.contains(&id) {
                    rules.push(rule);
                }
            }
        }
        (rules, config, r.issues)
    }
}

/// Why a regex literal cannot occur in normalised text (which has digits, half-width
/// punctuation and lower-case ASCII), if it cannot.
fn unnormalised_hint(re: &str) -> Option<&'static str> {
    if re.contains("百分之") {
        return Some("percentages are normalised to digits and % (百分之三十 → 30%)");
    }
    if re
        .chars()
        .any(|c| matches!(c, '，' | '！' | '？' | '；' | '：' | '０'..='９'))
    {
        return Some("full-width forms are normalised to half width (， → ,)");
    }
    let cs: Vec<char> = re.chars().collect();
    if cs
        .windows(2)
        .any(|w| w[0] == '第' && "一二三四五六七八九十".contains(w[1]))
    {
        return Some("ordinals are normalised to digits (第一 → 第1)");
    }
    None
}

struct Resolver<'a> {
    data: &'a PackData,
    issues: Vec<LintIssue>,
}

impl Resolver<'_> {
    fn line(&self, file: &str, span: std::ops::Range<usize>) -> usize {
        span_line(&self.data.texts, file, span)
    }

    fn push(
        &mut self,
        file: &str,
        line: usize,
        id: Option<&str>,
        level: LintLevel,
        message: String,
    ) {
        self.issues.push(LintIssue {
            file: file.to_string(),
            line,
            rule_id: id.map(str::to_string),
            level,
            message,
        });
    }

    fn basis(&mut self, file: &str, id: Option<&str>, raw: &[RawBasis]) -> Vec<LegalBasis> {
        let mut out = Vec::new();
        for b in raw {
            match self.data.laws.get(b.law.get_ref()) {
                Some(law) => out.push(LegalBasis {
                    law: law.name.clone(),
                    version: law.version.clone(),
                    article: b.article.clone(),
                }),
                None => {
                    let line = self.line(file, b.law.span());
                    let msg = format!("unknown law `{}` (not in [laws])", b.law.get_ref());
                    self.push(file, line, id, LintLevel::Error, msg);
                }
            }
        }
        out
    }

    fn regexes(&mut self, file: &str, id: Option<&str>, raw: &[Spanned<String>]) -> Vec<String> {
        let mut out = Vec::new();
        for re in raw {
            match super::engine::compile_regex(re.get_ref()) {
                Ok(_) => {
                    if let Some(hint) = unnormalised_hint(re.get_ref()) {
                        let line = self.line(file, re.span());
                        let msg = format!(
                            "regex `{}` can never match normalised text: {hint}",
                            re.get_ref()
                        );
                        self.push(file, line, id, LintLevel::Warning, msg);
                    }
                    out.push(re.get_ref().clone())
                }
                Err(e) => {
                    let line = self.line(file, re.span());
                    let first = e
                        .to_string()
                        .lines()
                        .last()
                        .unwrap_or("")
                        .trim()
                        .to_string();
                    self.push(
                        file,
                        line,
                        id,
                        LintLevel::Error,
                        format!("bad regex `{}`: {first}", re.get_ref()),
                    );
                }
            }
        }
        out
    }

    /// Expands `@lexicon` references; reports unknown ones and terms that normalise to nothing.
    fn terms(&mut self, file: &str, line: usize, id: Option<&str>, raw: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        for t in raw {
            if let Some(name) = t.strip_prefix('@') {
                match self.data.lexicons.get(name) {
                    Some(list) => out.extend(list.iter().cloned()),
                    None => self.push(
                        file,
                        line,
                        id,
                        LintLevel::Error,
                        format!("unknown lexicon `@{name}`"),
                    ),
                }
            } else if crate::text::normalize_term(t).is_empty() {
                self.push(
                    file,
                    line,
                    id,
                    LintLevel::Error,
                    format!("term `{t}` is empty after normalisation"),
                );
            } else {
                out.push(t.clone());
            }
        }
        out
    }

    fn severity(&mut self, file: &str, id: Option<&str>, s: &Spanned<String>) -> Option<Severity> {
        let v = match s.get_ref().as_str() {
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            other => {
                let line = self.line(file, s.span());
                self.push(
                    file,
                    line,
                    id,
                    LintLevel::Error,
                    format!("unknown severity `{other}` (low, medium, high)"),
                );
                return None;
            }
        };
        Some(v)
    }

    fn context_name(
        &mut self,
        file: &str,
        id: Option<&str>,
        s: &Spanned<String>,
    ) -> Option<String> {
        if self.data.contexts.contains_key(s.get_ref()) {
            Some(s.get_ref().clone())
        } else {
            let line = self.line(file, s.span());
            self.push(
                file,
                line,
                id,
                LintLevel::Error,
                format!("unknown context `{}`", s.get_ref()),
            );
            None
        }
    }

    fn config(&mut self) -> PackConfig {
        let d = self.data;
        let s = &d.settings;
        let def = Settings::default();
        let settings = Settings {
            context_window: s.context_window.unwrap_or(def.context_window),
            negation_window: s.negation_window.unwrap_or(def.negation_window),
            default_within: s.default_within.unwrap_or(def.default_within),
            hard_break_ms: s.hard_break_ms.unwrap_or(def.hard_break_ms),
            max_span_ms: s.max_span_ms.unwrap_or(def.max_span_ms),
            pinyin_min_chars: s.pinyin_min_chars.unwrap_or(def.pinyin_min_chars),
            pinyin_support_within: s.pinyin_support_within.unwrap_or(def.pinyin_support_within),
            pinyin_confidence: s.pinyin_confidence.unwrap_or(def.pinyin_confidence),
            regex_confidence: s.regex_confidence.unwrap_or(def.regex_confidence),
        };
        let rf = d.retraction_file.clone();
        let retraction = Retraction {
            window_ms: d.retraction.window_ms.unwrap_or(6000),
            terms: d.retraction.terms.clone(),
            regex: self.regexes(&rf, None, &d.retraction.regex),
            basis: self.basis(&rf, None, &d.retraction.basis),
        };
        let raf = d.raise_file.clone();
        let mut raise_contexts = Vec::new();
        for c in &d.raise.contexts {
            if d.contexts.contains_key(c) {
                raise_contexts.push(c.clone());
            } else {
                self.push(
                    &raf,
                    0,
                    None,
                    LintLevel::Error,
                    format!("[raise] names unknown context `{c}`"),
                );
            }
        }
        let raise = Raise {
            contexts: raise_contexts,
            basis: self.basis(&raf, None, &d.raise.basis),
        };
        PackConfig {
            settings,
            laws: d
                .laws
                .iter()
                .map(|(k, v)| Law {
                    key: k.clone(),
                    name: v.name.clone(),
                    version: v.version.clone(),
                })
                .collect(),
            contexts: d.contexts.clone(),
            negators: d.negators.clone(),
            not_negators: d.not_negators.clone(),
            retraction,
            raise,
        }
    }

    fn rule(&mut self, raw: &RawRule, config: &PackConfig) -> Option<Rule> {
        let file = raw.file.as_str();
        let line = self.line(file, raw.id.span());
        let id_s = raw.id.get_ref().clone();
        let id = Some(id_s.as_str());
        let before = self
            .issues
            .iter()
            .filter(|i| i.level == LintLevel::Error)
            .count();
        let category = match Category::parse(raw.category.get_ref()) {
            Some(c) => Some(c),
            None => {
                let l = self.line(file, raw.category.span());
                let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
                let msg = format!(
                    "unknown category `{}` (one of {})",
                    raw.category.get_ref(),
                    names.join(", ")
                );
                self.push(file, l, id, LintLevel::Error, msg);
                None
            }
        };
        let severity = match &raw.severity {
            Some(s) => self.severity(file, id, s),
            None => Some(Severity::Medium),
        };
        let confidence = raw.confidence.unwrap_or(0.9);
        if !(0.0..=1.0).contains(&confidence) {
            self.push(
                file,
                line,
                id,
                LintLevel::Error,
                format!("confidence {confidence} outside 0..1"),
            );
        }
        let legal_basis = self.basis(file, id, &raw.basis);
        if raw.basis.is_empty() {
            self.push(file, line, id, LintLevel::Warning, "no legal basis".into());
        }
        if raw.title.is_empty() {
            self.push(file, line, id, LintLevel::Warning, "no title".into());
        }
        let terms = self.terms(file, line, id, &raw.terms);
        let regex = self.regexes(file, id, &raw.regex);
        if raw.terms.is_empty() && raw.regex.is_empty() {
            self.push(
                file,
                line,
                id,
                LintLevel::Error,
                "rule has no terms and no regex".into(),
            );
        }
        let dw = config.settings.default_within;
        let mut require = Vec::new();
        for c in &raw.require {
            let side = match c.side.as_ref().map(|s| s.get_ref().as_str()) {
                None | Some("any") => Side::Any,
                Some("before") => Side::Before,
                Some("after") => Side::After,
                Some(other) => {
                    let l = c
                        .side
                        .as_ref()
                        .map(|s| self.line(file, s.span()))
                        .unwrap_or(line);
                    self.push(
                        file,
                        l,
                        id,
                        LintLevel::Error,
                        format!("unknown side `{other}` (any, before, after)"),
                    );
                    Side::Any
                }
            };
            if c.terms.is_empty() && c.regex.is_empty() {
                self.push(
                    file,
                    line,
                    id,
                    LintLevel::Error,
                    "require entry has no terms and no regex".into(),
                );
            }
            require.push(Condition {
                terms: self.terms(file, line, id, &c.terms),
                regex: self.regexes(file, id, &c.regex),
                within: c.within.unwrap_or(dw),
                side,
            });
        }
        let exclude = self.terms(file, line, id, &raw.exclude);
        let mut exceptions = Vec::new();
        for e in &raw.exception {
            exceptions.push(Exception {
                terms: self.terms(file, line, id, &e.terms),
                regex: self.regexes(file, id, &e.regex),
                within: e.within.unwrap_or(0),
                basis: self.basis(file, id, &e.basis),
                note: e.note.clone(),
            });
        }
        let contexts_any = raw
            .contexts_any
            .iter()
            .filter_map(|c| self.context_name(file, id, c))
            .collect();
        let contexts_none = raw
            .contexts_none
            .iter()
            .filter_map(|c| self.context_name(file, id, c))
            .collect();
        let mut when = Vec::new();
        for w in &raw.when {
            let ctx = self.context_name(file, id, &w.context);
            let sev = match &w.severity {
                Some(s) => self.severity(file, id, s),
                None => None,
            };
            let basis = self.basis(file, id, &w.basis);
            if let Some(context) = ctx {
                when.push(When {
                    context,
                    basis,
                    severity: sev,
                });
            }
        }
        let extract = match &raw.extract {
            Some(e) => match Extractor::parse(e.get_ref()) {
                Some(x) => Some(x),
                None => {
                    let l = self.line(file, e.span());
                    let msg = format!(
                        "unknown extractor `{}` (price, sales, returns)",
                        e.get_ref()
                    );
                    self.push(file, l, id, LintLevel::Error, msg);
                    None
                }
            },
            None => None,
        };
        if raw.examples.hit.len() < 3 || raw.examples.miss.len() < 3 {
            let msg = format!(
                "needs at least 3 hit and 3 miss examples (has {} hit, {} miss)",
                raw.examples.hit.len(),
                raw.examples.miss.len()
            );
            self.push(file, line, id, LintLevel::Warning, msg);
        }
        let after = self
            .issues
            .iter()
            .filter(|i| i.level == LintLevel::Error)
            .count();
        if after > before {
            return None;
        }
        Some(Rule {
            id: id_s,
            title: raw.title.clone(),
            category: category?,
            severity: severity?,
            confidence,
            needs_review: raw.needs_review,
            legal_basis,
            terms,
            regex,
            pinyin: raw.pinyin,
            require,
            exclude,
            exceptions,
            negation: raw.negation.unwrap_or(true),
            contexts_any,
            contexts_none,
            when,
            raise: raw.raise,
            extract,
            examples: super::model::Examples {
                hit: raw.examples.hit.clone(),
                miss: raw.examples.miss.clone(),
            },
            source: SourceRef {
                file: file.to_string(),
                line,
            },
        })
    }
}
