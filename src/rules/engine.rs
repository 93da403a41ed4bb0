//! The rule engine: compiles a pack into automata and runs them over a transcript.
//!
//! Pipeline per transcript: join segments into one running text and normalise it
//! ([`super::running`]); collect trigger hits (one Aho-Corasick pass over all lexicon terms,
//! the rules' regexes, and a fuzzy-pinyin pass for ASR homophones); check each hit's
//! conditions (exclusions, negation, exceptions, required co-occurrence, product context);
//! merge and de-duplicate; time each finding on its own words; mark findings the host
//! corrected within seconds as mitigated.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;
use serde_json::Value;

use super::claims;
use super::model::*;
use super::pack::RulePack;
use super::running::Running;
use super::RuleError;
use crate::findings::{Category, Finding, LegalBasis, Severity};
use crate::text::{self, Normalized};
use crate::transcript::Segment;

/// Compiles a pack regex. Text is normalised (digits are ASCII), so `\d` means `[0-9]`: the
/// Unicode class would only make the automata bigger and slower.
pub(crate) fn compile_regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_digits(pattern))
}

/// Rewrites `\d` to `[0-9]` (`0-9` inside a class), leaving other escapes alone.
fn ascii_digits(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut in_class = 0usize;
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('d') if in_class > 0 => out.push_str("0-9"),
                Some('d') => out.push_str("[0-9]"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' => {
                in_class += 1;
                out.push(c);
                // A ']' right after '[' or '[^' is a literal.
                if chars.peek() == Some(&'^') {
                    out.push('^');
                    chars.next();
                }
                if chars.peek() == Some(&']') {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if in_class > 0 => {
                in_class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Matches of one rule this close (in characters, within a sentence) become one finding.
const MERGE_GAP: usize = 8;

/// A set of phrases (normalised) and regexes searched inside a window of the running text.
struct Phrases {
    ac: Option<AhoCorasick>,
    max_chars: usize,
    regex: Vec<Regex>,
}

impl Phrases {
    fn build(terms: &[String], regex: &[String], kind: MatchKind) -> Result<Phrases, String> {
        let mut norm: Vec<String> = terms
            .iter()
            .map(|t| text::normalize_term(t))
            .filter(|t| !t.is_empty())
            .collect();
        norm.sort();
        norm.dedup();
        let max_chars = norm
            .iter()
            .map(|t| t.chars().count())
            .max()
            .unwrap_or(0)
            .max(8);
        let ac = if norm.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(kind)
                    .build(&norm)
                    .map_err(|e| e.to_string())?,
            )
        };
        let regex = regex
            .iter()
            .map(|r| compile_regex(r).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?;
        Ok(Phrases {
            ac,
            max_chars,
            regex,
        })
    }

    fn is_empty(&self) -> bool {
        self.ac.is_none() && self.regex.is_empty()
    }

    /// Calls `f` with every match (normalised char span) inside chars `a..b` until it returns
    /// `false`; returns whether it stopped early.
    fn each_match(
        &self,
        n: &Normalized,
        a: usize,
        b: usize,
        mut f: impl FnMut(usize, usize) -> bool,
    ) -> bool {
        if a >= b {
            return false;
        }
        let base = n.byte_at_char(a);
        let hay = n.slice(a, b);
        if let Some(ac) = &self.ac {
            if ac.match_kind() == MatchKind::Standard {
                for m in ac.find_overlapping_iter(hay) {
                    if !f(
                        n.char_at_byte(base + m.start()),
                        n.char_at_byte(base + m.end()),
                    ) {
                        return true;
                    }
                }
            } else {
                for m in ac.find_iter(hay) {
                    if !f(
                        n.char_at_byte(base + m.start()),
                        n.char_at_byte(base + m.end()),
                    ) {
                        return true;
                    }
                }
            }
        }
        for re in &self.regex {
            for m in re.find_iter(hay) {
                if m.start() < m.end()
                    && !f(
                        n.char_at_byte(base + m.start()),
                        n.char_at_byte(base + m.end()),
                    )
                {
                    return true;
                }
            }
        }
        false
    }
}

/// All rules' trigger regexes as one multi-pattern regex: one pass over the text finds where
/// any of them may match; only the patterns that match in that stretch then run on it. Forty
/// separate passes would cost more than everything else together.
struct RegexPass {
    all: regex_automata::meta::Regex,
    /// Same patterns with "all matches" semantics, to ask which of them match in a stretch.
    which: regex_automata::meta::Regex,
    each: Vec<(usize, regex_automata::meta::Regex)>,
}

/// Rule index standing for the pack's correction (retraction) patterns in the regex pass.
const RETRACTION: usize = usize::MAX;

/// Bytes after the start of a combined match searched by the single patterns.
const REGEX_TAIL: usize = 240;

impl RegexPass {
    fn build(patterns: Vec<(usize, String)>) -> Result<Option<RegexPass>, String> {
        if patterns.is_empty() {
            return Ok(None);
        }
        let pats: Vec<&str> = patterns.iter().map(|p| p.1.as_str()).collect();
        let all = regex_automata::meta::Regex::new_many(&pats).map_err(|e| e.to_string())?;
        let which = regex_automata::meta::Builder::new()
            .configure(
                regex_automata::meta::Config::new().match_kind(regex_automata::MatchKind::All),
            )
            .build_many(&pats)
            .map_err(|e| e.to_string())?;
        let each = patterns
            .iter()
            .map(|(r, p)| {
                regex_automata::meta::Regex::new(p)
                    .map(|re| (*r, re))
                    .map_err(|e| e.to_string())
            })
            .collect::<Result<_, _>>()?;
        Ok(Some(RegexPass { all, which, each }))
    }

    /// (rule, start byte, end byte) of every match of every pattern.
    fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        use regex_automata::{Input, PatternSet};
        let mut out = Vec::new();
        let mut set = PatternSet::new(self.which.pattern_len());
        for m in self.all.find_iter(text) {
            let a = m.start();
            let mut b = (m.end().max(a + REGEX_TAIL)).min(text.len());
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            set.clear();
            self.which
                .which_overlapping_matches(&Input::new(text).range(a..b), &mut set);
            for pid in set.iter() {
                let (rule, re) = &self.each[pid.as_usize()];
                for mm in re.find_iter(Input::new(text).range(a..b)) {
                    if mm.start() < mm.end() {
                        out.push((*rule, mm.start(), mm.end()));
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

struct CompiledCond {
    phrases: Phrases,
    within: usize,
    side: Side,
}

struct CompiledRule {
    rule: Rule,
    require: Vec<CompiledCond>,
    exclude: Phrases,
    exceptions: Vec<CompiledCond>,
    contexts_any: Vec<usize>,
    contexts_none: Vec<usize>,
    when: Vec<(usize, Vec<LegalBasis>, Option<Severity>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Exact,
    Regex,
    Pinyin,
}

struct Hit {
    rule: usize,
    s: usize,
    e: usize,
    kind: Kind,
    /// For pinyin hits: index into `pinyin_terms`.
    term: usize,
}

/// A hit that passed its conditions.
#[derive(Clone)]
struct Cand {
    rule: usize,
    category: Category,
    e: usize,
    span: (usize, usize),
    kind: Kind,
    short_pinyin: bool,
    severity: Severity,
    /// Which `when` of the rule supplied the legal basis (None: the rule's own).
    when: Option<usize>,
    /// Severity raised by a sensitive context (adds the raise provision).
    raised: bool,
    confidence: f32,
    claims: serde_json::Map<String, Value>,
    matched: String,
}

/// Compiled rules of one pack, ready to check transcripts. Cheap to share across threads.
pub struct RuleEngine {
    rules: Vec<CompiledRule>,
    settings: Settings,
    exact: Option<AhoCorasick>,
    regex_pass: Option<RegexPass>,
    exact_roles: Vec<Vec<usize>>,
    pinyin: Option<AhoCorasick>,
    pinyin_roles: Vec<Vec<usize>>,
    pinyin_terms: Vec<(String, usize)>,
    negators: Option<AhoCorasick>,
    negator_flags: Vec<bool>,
    contexts: Vec<String>,
    /// Per pattern of `exact`: the contexts it signals.
    context_roles: Vec<Vec<usize>>,
    /// Per pattern of `exact`: whether it is a correction phrase.
    retraction_terms: Vec<bool>,
    retraction_ms: u64,
    retraction_basis: Vec<LegalBasis>,
    raise_contexts: Vec<usize>,
    raise_basis: Vec<LegalBasis>,
}

fn compile_err(rule: &Rule, message: String) -> RuleError {
    RuleError::Compile {
        rule_id: rule.id.clone(),
        file: rule.source.file.clone(),
        line: rule.source.line,
        message,
    }
}

fn pack_err(pack: &RulePack, message: String) -> RuleError {
    RuleError::Compile {
        rule_id: "-".into(),
        file: pack.name().to_string(),
        line: 0,
        message,
    }
}

/// Interns normalised terms, collecting the roles (rule indices) of each.
#[derive(Default)]
struct Interner {
    terms: Vec<String>,
    roles: Vec<Vec<usize>>,
    index: std::collections::HashMap<String, usize>,
}

impl Interner {
    fn add(&mut self, term: String, role: usize) {
        let id = *self.index.entry(term.clone()).or_insert_with(|| {
            self.terms.push(term);
            self.roles.push(Vec::new());
            self.terms.len() - 1
        });
        if !self.roles[id].contains(&role) {
            self.roles[id].push(role);
        }
    }
}

impl RuleEngine {
    /// Compiles a pack. Fails only on patterns the automata cannot hold (packs are validated
    /// when loaded).
    pub fn new(pack: &RulePack) -> Result<RuleEngine, RuleError> {
        let cfg = pack.config();
        let contexts: Vec<String> = cfg.contexts.keys().cloned().collect();
        let ctx_index = |name: &str| contexts.iter().position(|c| c == name);
        let mut exact = Interner::default();
        let mut pin = Interner::default();
        let mut rules = Vec::new();
        let mut regex_patterns: Vec<(usize, String)> = Vec::new();
        for (ri, rule) in pack.rules().iter().enumerate() {
            for t in &rule.terms {
                let nt = text::normalize_term(t);
                if nt.is_empty() {
                    continue;
                }
                // One syllable matches far too much to stand for a term.
                if rule.pinyin
                    && nt.chars().count() >= 2
                    && crate::text::pinyin::encode_term(&nt).is_some()
                {
                    pin.add(nt.clone(), ri);
                }
                exact.add(nt, ri);
            }
            for r in &rule.regex {
                compile_regex(r).map_err(|e| compile_err(rule, e.to_string()))?;
                regex_patterns.push((ri, ascii_digits(r)));
            }
            let cond = |c: &Condition| -> Result<CompiledCond, RuleError> {
                Ok(CompiledCond {
                    phrases: Phrases::build(&c.terms, &c.regex, MatchKind::Standard)
                        .map_err(|e| compile_err(rule, e))?,
                    within: c.within,
                    side: c.side,
                })
            };
            let require = rule
                .require
                .iter()
                .map(cond)
                .collect::<Result<Vec<_>, _>>()?;
            let exceptions = rule
                .exceptions
                .iter()
                .map(|x| {
                    Ok(CompiledCond {
                        phrases: Phrases::build(&x.terms, &x.regex, MatchKind::Standard)
                            .map_err(|e| compile_err(rule, e))?,
                        within: x.within,
                        side: Side::Any,
                    })
                })
                .collect::<Result<Vec<_>, RuleError>>()?;
            let exclude = Phrases::build(&rule.exclude, &[], MatchKind::Standard)
                .map_err(|e| compile_err(rule, e))?;
            rules.push(CompiledRule {
                rule: rule.clone(),
                require,
                exclude,
                exceptions,
                contexts_any: rule
                    .contexts_any
                    .iter()
                    .filter_map(|c| ctx_index(c))
                    .collect(),
                contexts_none: rule
                    .contexts_none
                    .iter()
                    .filter_map(|c| ctx_index(c))
                    .collect(),
                when: rule
                    .when
                    .iter()
                    .filter_map(|w| ctx_index(&w.context).map(|i| (i, w.basis.clone(), w.severity)))
                    .collect(),
            });
        }
        let build = |terms: &[String], kind: MatchKind| -> Result<Option<AhoCorasick>, RuleError> {
            if terms.is_empty() {
                return Ok(None);
            }
            AhoCorasickBuilder::new()
                .match_kind(kind)
                .kind(Some(AhoCorasickKind::DFA))
                // Chinese text starts every character with one of a few lead bytes: a
                // prefilter cannot skip anything and only adds work.
                .prefilter(false)
                .build(terms)
                .map(Some)
                .map_err(|e| pack_err(pack, e.to_string()))
        };
        // Context terms share the trigger automaton: one pass over the text finds both.
        let mut context_roles: Vec<Vec<usize>> = vec![Vec::new(); exact.terms.len()];
        for (ci, name) in contexts.iter().enumerate() {
            for t in &cfg.contexts[name] {
                let nt = text::normalize_term(t);
                if nt.is_empty() {
                    continue;
                }
                let id = match exact.index.get(&nt) {
                    Some(&id) => id,
                    None => {
                        exact.index.insert(nt.clone(), exact.terms.len());
                        exact.terms.push(nt);
                        exact.roles.push(Vec::new());
                        context_roles.push(Vec::new());
                        exact.terms.len() - 1
                    }
                };
                if !context_roles[id].contains(&ci) {
                    context_roles[id].push(ci);
                }
            }
        }
        // Correction phrases too: where they occur is known after the same pass.
        for t in &cfg.retraction.terms {
            let nt = text::normalize_term(t);
            if nt.is_empty() || exact.index.contains_key(&nt) {
                continue;
            }
            exact.index.insert(nt.clone(), exact.terms.len());
            exact.terms.push(nt);
            exact.roles.push(Vec::new());
            context_roles.push(Vec::new());
        }
        let retraction_terms: Vec<bool> = {
            let set: std::collections::HashSet<String> = cfg
                .retraction
                .terms
                .iter()
                .map(|t| text::normalize_term(t))
                .collect();
            exact.terms.iter().map(|t| set.contains(t)).collect()
        };
        for r in &cfg.retraction.regex {
            compile_regex(r).map_err(|e| pack_err(pack, e.to_string()))?;
            regex_patterns.push((RETRACTION, ascii_digits(r)));
        }
        let exact_ac = build(&exact.terms, MatchKind::Standard)?;
        let pin_bytes: Vec<Vec<u8>> = pin
            .terms
            .iter()
            .map(|t| crate::text::pinyin::encode(t))
            .collect();
        let pinyin_ac = if pin_bytes.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .kind(Some(AhoCorasickKind::DFA))
                    .prefilter(false)
                    .build(&pin_bytes)
                    .map_err(|e| pack_err(pack, e.to_string()))?,
            )
        };
        let pinyin_terms = pin
            .terms
            .iter()
            .map(|t| (t.clone(), t.chars().count()))
            .collect();
        // Negators and the words that merely start like one, longest match first.
        let mut neg_terms: Vec<(String, bool)> = cfg
            .negators
            .iter()
            .map(|t| (text::normalize_term(t), true))
            .chain(
                cfg.not_negators
                    .iter()
                    .map(|t| (text::normalize_term(t), false)),
            )
            .filter(|(t, _)| !t.is_empty())
            .collect();
        neg_terms.sort();
        neg_terms.dedup_by(|a, b| a.0 == b.0);
        let negators = build(
            &neg_terms.iter().map(|t| t.0.clone()).collect::<Vec<_>>(),
            MatchKind::LeftmostLongest,
        )?;
        let negator_flags = neg_terms.iter().map(|t| t.1).collect();
        let regex_pass = RegexPass::build(regex_patterns).map_err(|e| pack_err(pack, e))?;
        Ok(RuleEngine {
            rules,
            regex_pass,
            settings: cfg.settings.clone(),
            exact: exact_ac,
            exact_roles: exact.roles,
            pinyin: pinyin_ac,
            pinyin_roles: pin.roles,
            pinyin_terms,
            negators,
            negator_flags,
            raise_contexts: cfg
                .raise
                .contexts
                .iter()
                .filter_map(|c| ctx_index(c))
                .collect(),
            contexts,
            context_roles,
            retraction_terms,
            retraction_ms: cfg.retraction.window_ms,
            retraction_basis: cfg.retraction.basis.clone(),
            raise_basis: cfg.raise.basis.clone(),
        })
    }

    /// Checks a transcript (segments in time order) and returns its findings, each timed on
    /// the words that triggered it. Ids are left empty for the caller to number.
    pub fn check(&self, transcript: &[Segment]) -> Vec<Finding> {
        self.run(transcript, true)
    }

    /// Like [`RuleEngine::check`] but without suppressing overlapping findings of other rules
    /// of the same category, so every rule's own result is visible (used by `rules test`).
    pub fn check_all_rules(&self, transcript: &[Segment]) -> Vec<Finding> {
        self.run(transcript, false)
    }

    fn run(&self, segs: &[Segment], dedup: bool) -> Vec<Finding> {
        if segs.is_empty() {
            return Vec::new();
        }
        let rt = Running::new(segs, self.settings.hard_break_ms);
        if rt.norm.char_len() == 0 {
            return Vec::new();
        }
        let mut ctx = vec![Vec::new(); self.contexts.len()];
        let mut retract = Vec::new();
        let hits = self.collect_hits(&rt, &mut ctx, &mut retract);
        if hits.is_empty() {
            return Vec::new();
        }
        let mut cands: Vec<Cand> = hits
            .iter()
            .filter_map(|h| self.evaluate(&rt, h, &ctx))
            .collect();
        self.pinyin_support(&mut cands);
        let cands = self.merge_same_rule(&rt, cands);
        let cands = if dedup {
            self.dedup_category(cands)
        } else {
            cands
        };
        let mut out: Vec<Finding> = cands
            .into_iter()
            .map(|c| self.finding(&rt, c, &retract))
            .collect();
        out.sort_by(|a, b| {
            (a.start_ms, a.end_ms, &a.rule_id).cmp(&(b.start_ms, b.end_ms, &b.rule_id))
        });
        out
    }

    /// Trigger hits of all rules; fills `ctx` with the start of every context term, per context.
    fn collect_hits(
        &self,
        rt: &Running,
        ctx: &mut [Vec<usize>],
        retract: &mut Vec<(usize, usize)>,
    ) -> Vec<Hit> {
        let n = &rt.norm;
        let mut hits = Vec::new();
        if let Some(ac) = &self.exact {
            for m in ac.find_overlapping_iter(&n.text) {
                let pid = m.pattern().as_usize();
                let (roles, ctxs) = (&self.exact_roles[pid], &self.context_roles[pid]);
                let s = n.char_at_byte(m.start());
                for &c in ctxs {
                    ctx[c].push(s);
                }
                if self.retraction_terms[pid] {
                    retract.push((s, n.char_at_byte(m.end())));
                }
                if roles.is_empty() {
                    continue;
                }
                let e = n.char_at_byte(m.end());
                for &r in roles {
                    hits.push(Hit {
                        rule: r,
                        s,
                        e,
                        kind: Kind::Exact,
                        term: 0,
                    });
                }
            }
        }
        for c in ctx.iter_mut() {
            c.sort_unstable();
        }
        if let Some(rp) = &self.regex_pass {
            for (rule, sb, eb) in rp.matches(&n.text) {
                let (s, e) = (n.char_at_byte(sb), n.char_at_byte(eb));
                if rule == RETRACTION {
                    retract.push((s, e));
                } else {
                    hits.push(Hit {
                        rule,
                        s,
                        e,
                        kind: Kind::Regex,
                        term: 0,
                    });
                }
            }
        }
        retract.sort_unstable();
        if let Some(ac) = &self.pinyin {
            let enc = crate::text::pinyin::encode(&n.text);
            for m in ac.find_overlapping_iter(&enc) {
                if m.start() % 2 != 0 {
                    continue;
                }
                let (s, e) = (m.start() / 2, m.end() / 2);
                let pid = m.pattern().as_usize();
                // An exact occurrence is already an exact hit.
                if n.slice(s, e) == self.pinyin_terms[pid].0 {
                    continue;
                }
                for &r in &self.pinyin_roles[pid] {
                    hits.push(Hit {
                        rule: r,
                        s,
                        e,
                        kind: Kind::Pinyin,
                        term: pid,
                    });
                }
            }
        }
        hits
    }

    fn context_near(&self, ctx: &[Vec<usize>], c: usize, s: usize, e: usize) -> bool {
        let w = self.settings.context_window;
        let lo = s.saturating_sub(w);
        let hi = e + w;
        let p = &ctx[c];
        let k = p.partition_point(|&x| x < lo);
        k < p.len() && p[k] < hi
    }

    /// Whether a negator stands just before `s`, within the same clause.
    fn negated(&self, n: &Normalized, s: usize, lo: usize) -> bool {
        let Some(ac) = &self.negators else {
            return false;
        };
        let w = self.settings.negation_window;
        let mut a = s.saturating_sub(w + 4).max(lo);
        // Stop at the clause boundary.
        let mut i = s;
        while i > a {
            let c = n.char_at(i - 1);
            if text::is_clause_break(c) {
                a = i;
                break;
            }
            i -= 1;
        }
        if a >= s {
            return false;
        }
        let base = n.byte_at_char(a);
        let hay = n.slice(a, s);
        ac.find_iter(hay).any(|m| {
            let end = n.char_at_byte(base + m.end());
            self.negator_flags[m.pattern().as_usize()] && end + w >= s
        })
    }

    /// Nearest match of a condition around `s..e` inside region `lo..hi`.
    fn nearest(
        &self,
        n: &Normalized,
        c: &CompiledCond,
        s: usize,
        e: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(usize, usize)> {
        let reach = c.within + c.phrases.max_chars;
        let a = s.saturating_sub(reach).max(lo);
        let b = (e + reach).min(hi);
        let mut best: Option<(usize, (usize, usize))> = None;
        c.phrases.each_match(n, a, b, |ma, mb| {
            let ok_side = match c.side {
                Side::Any => true,
                Side::Before => ma < s,
                Side::After => mb > e,
            };
            if !ok_side {
                return true;
            }
            // Characters between the two spans (0 when they touch or overlap).
            let gap = s.saturating_sub(mb).max(ma.saturating_sub(e));
            let better =
                |(g, (ba, bb)): (usize, (usize, usize))| gap < g || (gap == g && mb - ma > bb - ba);
            if gap <= c.within && best.is_none_or(better) {
                best = Some((gap, (ma, mb)));
            }
            true
        });
        best.map(|b| b.1)
    }

    fn evaluate(&self, rt: &Running, h: &Hit, ctx: &[Vec<usize>]) -> Option<Cand> {
        let cr = &self.rules[h.rule];
        let rule = &cr.rule;
        let n = &rt.norm;
        let (lo, hi) = rt.region(h.s);
        let (s, e) = (h.s, h.e);
        if !cr.contexts_any.is_empty()
            && !cr
                .contexts_any
                .iter()
                .any(|&c| self.context_near(ctx, c, s, e))
        {
            return None;
        }
        if cr
            .contexts_none
            .iter()
            .any(|&c| self.context_near(ctx, c, s, e))
        {
            return None;
        }
        let mut span = (s, e);
        for c in &cr.require {
            let (ma, mb) = self.nearest(n, c, s, e, lo, hi)?;
            span = (span.0.min(ma), span.1.max(mb));
        }
        if !cr.exclude.is_empty() {
            let m = cr.exclude.max_chars;
            let a = s.saturating_sub(m).max(lo);
            let b = (e + m).min(hi);
            if cr.exclude.each_match(n, a, b, |ma, mb| !(ma < e && mb > s)) {
                return None;
            }
        }
        if rule.negation && self.negated(n, s, lo) {
            return None;
        }
        for x in &cr.exceptions {
            if self.nearest(n, x, s, e, lo, hi).is_some() {
                return None;
            }
        }
        let mut severity = rule.severity;
        let mut when = None;
        if let Some(i) = cr
            .when
            .iter()
            .position(|(c, _, _)| self.context_near(ctx, *c, s, e))
        {
            if !cr.when[i].1.is_empty() {
                when = Some(i);
            }
            if let Some(sv) = cr.when[i].2 {
                severity = sv;
            }
        }
        let raised = rule.raise
            && self
                .raise_contexts
                .iter()
                .any(|&c| self.context_near(ctx, c, s, e));
        if raised {
            severity = severity.raised();
        }
        let mut claims = serde_json::Map::new();
        if let Some(ex) = rule.extract {
            let wa = s.saturating_sub(20).max(lo);
            let wb = (e + 40).min(hi);
            let got = claims::extract(ex, n.slice(wa, wb), s - wa);
            claims = got.claims;
            if let Some(r) = got.reach {
                span.1 = span.1.max(wa + r);
            }
        }
        // Keep the finding on the words: if the widened span is too long, fall back to the
        // trigger alone.
        if span != (s, e) {
            let (t0, t1) = rt.span_time(span.0, span.1);
            if t1.saturating_sub(t0) > self.settings.max_span_ms {
                span = (s, e);
            }
        }
        let (confidence, matched, short_pinyin) = match h.kind {
            Kind::Exact => (rule.confidence, String::new(), false),
            Kind::Regex => (
                rule.confidence * self.settings.regex_confidence,
                String::new(),
                false,
            ),
            Kind::Pinyin => {
                let (term, len) = &self.pinyin_terms[h.term];
                claims.insert("heard_as".into(), Value::from(n.slice(s, e)));
                (
                    rule.confidence * self.settings.pinyin_confidence,
                    term.clone(),
                    *len < self.settings.pinyin_min_chars,
                )
            }
        };
        Some(Cand {
            rule: h.rule,
            category: rule.category,
            e,
            span,
            kind: h.kind,
            short_pinyin,
            severity,
            when,
            raised,
            confidence,
            claims,
            matched,
        })
    }

    /// Drops pinyin-only matches of short terms that no other match of the same category
    /// supports: two syllables alone (驱搬 ~ 祛斑, but also 去办) are too weak.
    fn pinyin_support(&self, cands: &mut Vec<Cand>) {
        if !cands.iter().any(|c| c.short_pinyin) {
            return;
        }
        let w = self.settings.pinyin_support_within;
        // Supporting matches per category, sorted by start.
        let mut support: Vec<(Category, usize, usize)> = cands
            .iter()
            .filter(|c| !c.short_pinyin)
            .map(|c| (c.category, c.span.0, c.span.1))
            .collect();
        support.sort_unstable();
        cands.retain(|c| {
            if !c.short_pinyin {
                return true;
            }
            let lo = support.partition_point(|&(cat, s, _)| {
                (cat, s) < (c.category, c.span.0.saturating_sub(w + 64))
            });
            support[lo..]
                .iter()
                .take_while(|&&(cat, s, _)| cat == c.category && s <= c.span.1 + w)
                .any(|&(_, s, e)| s <= c.span.1 + w && c.span.0 <= e + w)
        });
    }

    /// Joins overlapping or touching matches of the same rule (保本保息 is one claim).
    fn merge_same_rule(&self, rt: &Running, mut cands: Vec<Cand>) -> Vec<Cand> {
        cands.sort_by_key(|c| (c.rule, c.span.0, c.kind, c.span.1));
        let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
        for c in cands {
            if let Some(last) = out.last_mut() {
                let gap_ok = c.span.0 <= last.span.1 + MERGE_GAP
                    && (last.span.1..c.span.0.max(last.span.1))
                        .all(|i| !text::is_sentence_break(rt.norm.char_at(i)));
                if last.rule == c.rule && gap_ok {
                    let span = (last.span.0, last.span.1.max(c.span.1));
                    let (t0, t1) = rt.span_time(span.0, span.1);
                    if t1.saturating_sub(t0) <= self.settings.max_span_ms {
                        last.span = span;
                        last.e = last.e.max(c.e);
                        if c.kind < last.kind {
                            last.kind = c.kind;
                            last.confidence = c.confidence;
                        }
                        if c.severity > last.severity {
                            last.severity = c.severity;
                        }
                        for (k, v) in c.claims {
                            last.claims.entry(k).or_insert(v);
                        }
                        if last.kind != Kind::Pinyin {
                            last.claims.remove("heard_as");
                            last.matched.clear();
                        } else {
                            let heard = rt.norm.slice(last.span.0, last.span.1);
                            last.claims.insert("heard_as".into(), Value::from(heard));
                            if c.matched.chars().count() > last.matched.chars().count() {
                                last.matched = c.matched;
                            }
                        }
                        continue;
                    }
                }
            }
            out.push(c);
        }
        out
    }

    /// Keeps one finding where rules of the same category overlap on the same words.
    fn dedup_category(&self, mut cands: Vec<Cand>) -> Vec<Cand> {
        cands.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.kind.cmp(&b.kind))
                .then(b.confidence.total_cmp(&a.confidence))
                .then((b.span.1 - b.span.0).cmp(&(a.span.1 - a.span.0)))
                .then(a.rule.cmp(&b.rule))
        });
        // Kept spans per category; they never overlap, so checking the nearest one before
        // the candidate's end is enough.
        let mut taken: std::collections::HashMap<
            Category,
            std::collections::BTreeMap<usize, usize>,
        > = std::collections::HashMap::new();
        let mut kept: Vec<Cand> = Vec::with_capacity(cands.len());
        for c in cands {
            let spans = taken.entry(c.category).or_default();
            let clash = spans
                .range(..c.span.1)
                .next_back()
                .is_some_and(|(_, &end)| end > c.span.0);
            if !clash {
                spans.insert(c.span.0, c.span.1);
                kept.push(c);
            }
        }
        kept
    }

    fn finding(&self, rt: &Running, c: Cand, retract: &[(usize, usize)]) -> Finding {
        let rule = &self.rules[c.rule].rule;
        let cr = &self.rules[c.rule];
        let mut legal_basis = match c.when {
            Some(i) => cr.when[i].1.clone(),
            None => rule.legal_basis.clone(),
        };
        if c.raised {
            for b in &self.raise_basis {
                if !legal_basis.contains(b) {
                    legal_basis.push(b.clone());
                }
            }
        }
        let (start_ms, end_ms) = rt.span_time(c.span.0, c.span.1);
        let (os, oe) = rt.norm.source_range(c.span.0, c.span.1);
        let quote = rt.orig_slice(os, oe).trim().to_string();
        let cs = os.saturating_sub(20);
        let ce = (oe + 20).min(rt.orig_len());
        let mut context = String::new();
        if cs > 0 {
            context.push('…');
        }
        context.push_str(rt.orig_slice(cs, ce).trim());
        if ce < rt.orig_len() {
            context.push('…');
        }
        let mut f = Finding {
            id: String::new(),
            rule_id: rule.id.clone(),
            category: c.category,
            severity: c.severity,
            start_ms,
            end_ms,
            quote,
            // Pinyin hits name the term they stand for; others show the normalised words.
            matched: if c.matched.is_empty() {
                rt.norm.slice(c.span.0, c.span.1).to_string()
            } else {
                c.matched
            },
            context,
            legal_basis,
            confidence: (c.confidence * 100.0).round() / 100.0,
            needs_review: rule.needs_review,
            title: rule.title.clone(),
            claims: c.claims,
            mitigated: false,
            wall_clock: None,
            evidence: None,
        };
        self.mark_retraction(rt, c.span.1, retract, &mut f);
        f
    }

    /// 直播电商监督管理办法 第31条: a correction (口误, 说错了, 不是…是…) within a few seconds
    /// after the claim marks it mitigated; the finding is kept.
    fn mark_retraction(
        &self,
        rt: &Running,
        after: usize,
        retract: &[(usize, usize)],
        f: &mut Finding,
    ) {
        const LOOKAHEAD: usize = 120;
        let k = retract.partition_point(|&(a, _)| a < after);
        let Some(&(a, b)) = retract.get(k) else {
            return;
        };
        if a >= after + LOOKAHEAD {
            return;
        }
        let (_, hi) = rt.region(after.saturating_sub(1));
        let end = rt
            .index_after_time(after, f.end_ms + self.retraction_ms, LOOKAHEAD)
            .min(hi);
        if a >= end {
            return;
        }
        let (oa, ob) = rt.norm.source_range(a, b);
        f.mitigated = true;
        f.claims.insert(
            "retraction".into(),
            Value::from(rt.orig_slice(oa, ob).trim()),
        );
        for b in &self.retraction_basis {
            if !f.legal_basis.contains(b) {
                f.legal_basis.push(b.clone());
            }
        }
    }
}
