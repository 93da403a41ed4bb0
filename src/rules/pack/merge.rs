//! Merging pack files in order: a base pack's files, then site packs (add, replace,
//! override, disable).

use super::resolve::Resolver;
use super::*;
use crate::rules::raw::{RawMeta, RawOverride};

impl PackData {
    /// Parses one file and merges it (`overlay`: site-pack semantics).
    pub(crate) fn merge_source(&mut self, s: &PackSource, overlay: bool) -> Result<(), RuleError> {
        let raw = raw::parse_file(&s.file, &s.text)?;
        self.texts.insert(s.file.clone(), s.text.clone());
        self.merge(raw, &s.file, overlay);
        Ok(())
    }

    pub(super) fn issue(
        &mut self,
        file: &str,
        line: usize,
        id: Option<&str>,
        level: LintLevel,
        msg: String,
    ) {
        self.merge_issues.push(LintIssue {
            file: file.to_string(),
            line,
            rule_id: id.map(str::to_string),
            level,
            message: msg,
        });
    }

    /// Merges one parsed file: its header, the pack-wide settings and word lists, then its
    /// rules, overrides and disables, in that order.
    pub(super) fn merge(&mut self, raw: RawFile, file: &str, overlay: bool) {
        self.merge_meta(raw.pack, file, overlay);
        self.laws.extend(raw.laws);
        for (k, v) in raw.contexts {
            merge_list(self.contexts.entry(k).or_default(), &v);
        }
        for (k, v) in raw.lexicon {
            merge_list(self.lexicons.entry(k).or_default(), &v);
        }
        if let Some(s) = raw.settings {
            self.merge_settings(s);
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
        self.merge_rules(raw.rule, file, overlay);
        for o in raw.overrides {
            self.apply_override(o, file);
        }
        self.disable_rules(raw.disable, file);
    }

    /// The `[pack]` header: a base file names the pack; a site pack adds its own name (or its
    /// file's stem) and version to the pack's.
    fn merge_meta(&mut self, meta: Option<RawMeta>, file: &str, overlay: bool) {
        if let Some(meta) = meta {
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
    }

    /// `[settings]`: each field a file gives replaces the one before it.
    fn merge_settings(&mut self, s: RawSettings) {
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
            regex_confidence,
            sentence_model
        );
    }

    /// `[[rule]]`s: in a site pack a rule with the id of one from another file replaces it
    /// (and is enabled again); any other rule is added.
    fn merge_rules(&mut self, rules: Vec<RawRule>, file: &str, overlay: bool) {
        for rule in rules {
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
    }

    /// One `[[override]]`: changes the fields it names of a rule the pack has (an issue when
    /// it has no such rule).
    fn apply_override(&mut self, o: RawOverride, file: &str) {
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
            return;
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
        r.examples.miss.extend(o.miss_add);
        // Spans of overridden fields point into the site file; remember it for messages.
        r.file = file.to_string();
    }

    /// `disable = [...]`: rule ids to leave out (an issue for an id the pack does not have).
    fn disable_rules(&mut self, ids: Vec<Spanned<String>>, file: &str) {
        for d in ids {
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

    pub(super) fn display_name(&self) -> String {
        let base = self.name.clone().unwrap_or_else(|| "unnamed".into());
        if self.overlay_names.is_empty() {
            base
        } else {
            format!("{base}+{}", self.overlay_names.join("+"))
        }
    }

    pub(super) fn display_version(&self) -> String {
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
