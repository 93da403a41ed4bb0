//! Validation: expands lexicons, resolves laws and contexts, compiles regexes, and reports
//! every problem with file and line (what `rules lint` prints).

use super::*;

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

pub(super) struct Resolver<'a> {
    pub(super) data: &'a PackData,
    pub(super) issues: Vec<LintIssue>,
}

impl Resolver<'_> {
    pub(super) fn line(&self, file: &str, span: std::ops::Range<usize>) -> usize {
        span_line(&self.data.texts, file, span)
    }

    pub(super) fn push(
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

    pub(super) fn basis(
        &mut self,
        file: &str,
        id: Option<&str>,
        raw: &[RawBasis],
    ) -> Vec<LegalBasis> {
        let mut out = Vec::new();
        for b in raw {
            match self.data.laws.get(b.law.get_ref()) {
                Some(law) => out.push(LegalBasis {
                    law: law.name.as_str().into(),
                    version: law.version.as_str().into(),
                    article: b.article.as_str().into(),
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

    pub(super) fn regexes(
        &mut self,
        file: &str,
        id: Option<&str>,
        raw: &[Spanned<String>],
    ) -> Vec<String> {
        let mut out = Vec::new();
        for re in raw {
            let expanded = match self.expand_lexicons(re.get_ref()) {
                Ok(x) => x,
                Err(name) => {
                    let line = self.line(file, re.span());
                    let msg = format!("unknown lexicon `{{@{name}}}` in regex `{}`", re.get_ref());
                    self.push(file, line, id, LintLevel::Error, msg);
                    continue;
                }
            };
            match crate::rules::engine::compile_regex(&expanded) {
                Ok(_) => {
                    if let Some(hint) = unnormalised_hint(re.get_ref()) {
                        let line = self.line(file, re.span());
                        let msg = format!(
                            "regex `{}` can never match normalised text: {hint}",
                            re.get_ref()
                        );
                        self.push(file, line, id, LintLevel::Warning, msg);
                    }
                    out.push(expanded)
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

    /// Replaces each `{@name}` in a pattern with an alternation of that lexicon's terms
    /// (normalised and escaped, longest first), so a pattern can be a small grammar over word
    /// classes (treatment verb × disease) instead of a list of sentences. `Err` names an
    /// unknown lexicon.
    pub(super) fn expand_lexicons(&self, re: &str) -> Result<String, String> {
        let mut out = String::with_capacity(re.len());
        let mut rest = re;
        while let Some(k) = rest.find("{@") {
            let Some(len) = rest[k + 2..].find('}') else {
                break;
            };
            let name = &rest[k + 2..k + 2 + len];
            let list = self
                .data
                .lexicons
                .get(name)
                .ok_or_else(|| name.to_string())?;
            let mut terms: Vec<String> = list
                .iter()
                .map(|t| crate::text::normalize_term(t))
                .filter(|t| !t.is_empty())
                .collect();
            terms.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
            terms.dedup();
            out.push_str(&rest[..k]);
            out.push_str("(?:");
            for (i, t) in terms.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                out.push_str(&regex::escape(t));
            }
            out.push(')');
            rest = &rest[k + 2 + len + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    /// Expands `@lexicon` references; reports unknown ones and terms that normalise to nothing.
    pub(super) fn terms(
        &mut self,
        file: &str,
        line: usize,
        id: Option<&str>,
        raw: &[String],
    ) -> Vec<String> {
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

    pub(super) fn severity(
        &mut self,
        file: &str,
        id: Option<&str>,
        s: &Spanned<String>,
    ) -> Option<Severity> {
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

    pub(super) fn context_name(
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

    pub(super) fn config(&mut self) -> PackConfig {
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
            sentence_model: s.sentence_model.clone().filter(|m| !m.is_empty()),
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

    /// Validates and expands one rule, reporting every problem it has; `None` when any of
    /// them is an error.
    pub(super) fn rule(&mut self, raw: &RawRule, config: &PackConfig) -> Option<Rule> {
        let file = raw.file.as_str();
        let line = self.line(file, raw.id.span());
        let id_s = raw.id.get_ref().clone();
        let id = Some(id_s.as_str());
        let before = self.error_count();
        let category = self.category(file, id, &raw.category);
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
        let require = raw
            .require
            .iter()
            .map(|c| self.condition(file, line, id, c, dw))
            .collect();
        let exclude = self.terms(file, line, id, &raw.exclude);
        let exceptions = raw
            .exception
            .iter()
            .map(|e| self.exception(file, line, id, e))
            .collect();
        let contexts_any = self.context_names(file, id, &raw.contexts_any);
        let contexts_none = self.context_names(file, id, &raw.contexts_none);
        let support_contexts = self.context_names(file, id, &raw.support_contexts);
        let when = self.when(file, id, &raw.when);
        let extract = self.extractor(file, id, raw.extract.as_ref());
        self.check_examples(file, line, id, &raw.examples);
        if self.error_count() > before {
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
            pinyin: raw.pinyin.unwrap_or(true),
            require,
            exclude,
            exceptions,
            negation: raw.negation.unwrap_or(true),
            contexts_any,
            contexts_none,
            support_contexts,
            when,
            raise: raw.raise,
            extract,
            examples: crate::rules::model::Examples {
                hit: raw.examples.hit.clone(),
                miss: raw.examples.miss.clone(),
            },
            source: SourceRef {
                file: file.to_string(),
                line,
            },
        })
    }

    /// Errors reported so far (a rule is dropped when checking it added any).
    fn error_count(&self) -> usize {
        self.issues
            .iter()
            .filter(|i| i.level == LintLevel::Error)
            .count()
    }

    /// A rule's category, from the fixed taxonomy.
    fn category(
        &mut self,
        file: &str,
        id: Option<&str>,
        raw: &Spanned<String>,
    ) -> Option<Category> {
        match Category::parse(raw.get_ref()) {
            Some(c) => Some(c),
            None => {
                let l = self.line(file, raw.span());
                let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
                let msg = format!(
                    "unknown category `{}` (one of {})",
                    raw.get_ref(),
                    names.join(", ")
                );
                self.push(file, l, id, LintLevel::Error, msg);
                None
            }
        }
    }

    /// One `require` entry of a rule at `line`; `within` defaults to `dw`.
    fn condition(
        &mut self,
        file: &str,
        line: usize,
        id: Option<&str>,
        c: &raw::RawCondition,
        dw: usize,
    ) -> Condition {
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
        Condition {
            terms: self.terms(file, line, id, &c.terms),
            regex: self.regexes(file, id, &c.regex),
            within: c.within.unwrap_or(dw),
            side,
            next_sentence: c.next_sentence,
        }
    }

    /// One legal exception of a rule at `line`.
    fn exception(
        &mut self,
        file: &str,
        line: usize,
        id: Option<&str>,
        e: &raw::RawException,
    ) -> Exception {
        Exception {
            terms: self.terms(file, line, id, &e.terms),
            regex: self.regexes(file, id, &e.regex),
            within: e.within.unwrap_or(0),
            basis: self.basis(file, id, &e.basis),
            note: e.note.clone(),
        }
    }

    /// A warning when a rule has fewer than 3 hit or 3 miss examples.
    fn check_examples(
        &mut self,
        file: &str,
        line: usize,
        id: Option<&str>,
        examples: &raw::RawExamples,
    ) {
        if examples.hit.len() < 3 || examples.miss.len() < 3 {
            let msg = format!(
                "needs at least 3 hit and 3 miss examples (has {} hit, {} miss)",
                examples.hit.len(),
                examples.miss.len()
            );
            self.push(file, line, id, LintLevel::Warning, msg);
        }
    }

    /// The known contexts among `names` (each unknown one reported).
    fn context_names(
        &mut self,
        file: &str,
        id: Option<&str>,
        names: &[Spanned<String>],
    ) -> Vec<String> {
        names
            .iter()
            .filter_map(|c| self.context_name(file, id, c))
            .collect()
    }

    /// A rule's `when` entries: legal basis and severity in a named context (entries naming
    /// an unknown context are reported and left out).
    fn when(&mut self, file: &str, id: Option<&str>, raw: &[raw::RawWhen]) -> Vec<When> {
        let mut when = Vec::new();
        for w in raw {
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
        when
    }

    /// A rule's claim extractor, if it names one.
    fn extractor(
        &mut self,
        file: &str,
        id: Option<&str>,
        raw: Option<&Spanned<String>>,
    ) -> Option<Extractor> {
        match raw {
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
        }
    }
}
