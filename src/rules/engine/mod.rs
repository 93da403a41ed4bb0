//! The rule engine: compiles a pack into automata and runs them over a transcript.
//!
//! Pipeline per transcript: join segments into one running text and normalise it
//! ([`super::running`]); collect trigger hits (one Aho-Corasick pass over all lexicon terms,
//! the rules' regexes, and a fuzzy-pinyin pass for ASR homophones); check each hit's
//! conditions (exclusions, negation, exceptions, required co-occurrence, product context);
//! merge and de-duplicate; time each finding on its own words; mark findings the host
//! corrected within seconds as mitigated.

mod evaluate;
mod matchers;
mod output;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde_json::Value;

use super::claims;
use super::model::*;
use super::pack::RulePack;
use super::running::Running;
use super::RuleError;
use crate::findings::{Category, Finding, LegalBasis, MatchedBy, Severity};
use crate::text::{self, Normalized};
use crate::transcript::Segment;

pub(crate) use matchers::compile_regex;
use matchers::{ascii_digits, sound_regex, Interner, Phrases, RegexPass, RETRACTION};

/// Roles at or above this in the pinyin interner are contexts (`role - CONTEXT_ROLE`), not
/// rules: context words are heard wrong as often as claims (药妆 as 要装).
const CONTEXT_ROLE: usize = 1 << 40;

/// Transcripts shorter than this are checked on one thread (thread start-up would cost more).
const PARALLEL_MIN_BYTES: usize = 256 * 1024;
/// Most threads one check uses.
const MAX_THREADS: usize = 8;

/// Matches of one rule this close (in characters, within a sentence) become one finding.
const MERGE_GAP: usize = 8;

/// Character-wise Aho-Corasick automaton of unique terms, the value of each its index.
type Lexicon = daachorse::CharwiseDoubleArrayAhoCorasick<u32>;

/// Builds a [`Lexicon`] over `terms` (unique, non-empty), `None` when there are none.
fn lexicon(terms: &[String]) -> Result<Option<Lexicon>, String> {
    if terms.is_empty() {
        return Ok(None);
    }
    daachorse::CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(daachorse::MatchKind::Standard)
        .build(terms)
        .map(Some)
        .map_err(|e| e.to_string())
}

struct CompiledCond {
    phrases: Phrases,
    within: usize,
    side: Side,
    next_sentence: bool,
}

struct CompiledRule {
    rule: Rule,
    require: Vec<CompiledCond>,
    exclude: Phrases,
    exceptions: Vec<CompiledCond>,
    contexts_any: Vec<usize>,
    contexts_none: Vec<usize>,
    /// Contexts that let a short match by sound stand: `contexts_any` and `support_contexts`
    /// of the rule (not `when`: those name the product, which is talked of everywhere).
    sound_support: Vec<usize>,
    when: Vec<(usize, Vec<LegalBasis>, Option<Severity>)>,
    /// The rule's own characters (terms, pattern literals, required phrases) by fuzzy syllable,
    /// to spell out what words heard by sound stand for.
    vocabulary: std::collections::HashMap<u16, char>,
    /// The same characters as a set: a match by sound is weak unless enough of its words are
    /// the rule's own.
    own_chars: std::collections::HashSet<char>,
    /// The rule's words of two characters or more, folded by sound and as written, longest
    /// first: what stretches heard by sound are spelt back as.
    words: Vec<(Vec<char>, Vec<char>)>,
}

impl CompiledRule {
    /// Whether any of the rule's own characters is in `heard`.
    fn holds_own(&self, heard: &str) -> bool {
        heard.chars().any(|c| self.own_chars.contains(&c))
    }

    /// Whether a pattern match by sound is strong enough to stand alone: it opens on one of
    /// the rule's own characters and holds two of them, or holds three; digits count as the
    /// rule's own (numbers are heard right far more often than words). 家用微信 (家 for 加,
    /// then anything, then 微信) does not; 全网醉低价, 销量地一 and 园价458 do.
    fn stands_by_sound(&self, heard: &str) -> bool {
        let own = |c: &char| self.own_chars.contains(c) || c.is_ascii_digit();
        let count = heard.chars().filter(own).count();
        let opens = heard.chars().next().is_some_and(|c| own(&c));
        (opens && count >= 2) || count >= 3
    }

    /// What `heard` stands for in the rule's own words: each stretch that sounds like one of
    /// its words (terms, required phrases, pattern literals; longest first) becomes that word,
    /// and each remaining character that is not the rule's own becomes the rule's character
    /// of the same sound (根只鼻言 → 根治鼻炎, 能将血压 → 能降血压).
    fn canonical(&self, heard: &str) -> String {
        let mut out: Vec<char> = heard.chars().collect();
        let folded: Vec<char> = crate::text::pinyin::fold(heard).chars().collect();
        let mut fixed = vec![false; out.len()];
        for (sound, word) in &self.words {
            let n = sound.len();
            let mut i = 0;
            while n > 0 && i + n <= folded.len() {
                if folded[i..i + n] == sound[..] && !fixed[i..i + n].iter().any(|&f| f) {
                    out[i..i + n].copy_from_slice(word);
                    fixed[i..i + n].iter_mut().for_each(|f| *f = true);
                    i += n;
                } else {
                    i += 1;
                }
            }
        }
        for (c, done) in out.iter_mut().zip(&fixed) {
            if *done || self.own_chars.contains(c) {
                continue;
            }
            if let Some(&v) = self.vocabulary.get(&crate::text::pinyin::key(*c)) {
                *c = v;
            }
        }
        out.into_iter().collect()
    }
}

/// Whether a pattern is left out of the sound pass: it can open on any Han character
/// (`\p{Han}{0,3}量第1`) or holds a word class of dozens of words (`对(?:{@disease})…`). Folded
/// text has few distinct characters, so such patterns start, or branch, at nearly every
/// character of it (together they made the whole engine ten times slower); their words are
/// still heard by sound where rules use them as terms.
fn too_wide_for_sound(pattern: &str) -> bool {
    if pattern.starts_with("\\p{Han}") || pattern.starts_with("(?:\\p{Han}") {
        return true;
    }
    // Alternatives in the opening group, and in the whole pattern.
    let (mut depth, mut opening, mut all) = (0usize, 0usize, 0usize);
    let mut escaped = false;
    let mut first_group = pattern.starts_with("(?:");
    for c in pattern.chars().skip(if first_group { 3 } else { 0 }) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' if depth == 0 => first_group = false,
            ')' => depth -= 1,
            '|' => {
                all += 1;
                if depth == 0 && first_group {
                    opening += 1;
                }
            }
            _ => {}
        }
    }
    opening >= WIDE_OPENING || all >= WIDE_PATTERN
}

/// See [`too_wide_for_sound`]: alternatives in the opening group, and in all.
const WIDE_OPENING: usize = 48;
const WIDE_PATTERN: usize = 80;

/// The rule's words for spelling back what was heard: terms and required phrases (numbers as
/// said), and the runs of Han characters in its patterns outside character classes.
fn rule_words(rule: &Rule) -> Vec<(Vec<char>, Vec<char>)> {
    let mut words: Vec<String> = rule
        .terms
        .iter()
        .chain(rule.require.iter().flat_map(|c| c.terms.iter()))
        .filter_map(|t| crate::text::pinyin::sound_form(&text::normalize_term(t)))
        .collect();
    for re in rule
        .regex
        .iter()
        .chain(rule.require.iter().flat_map(|c| c.regex.iter()))
    {
        let (mut run, mut class) = (String::new(), 0usize);
        let mut escaped = false;
        for c in re.chars().chain(std::iter::once(' ')) {
            let han = crate::text::pinyin::key(c) != 0;
            if han && class == 0 && !escaped {
                run.push(c);
                continue;
            }
            if run.chars().count() >= 2 {
                words.push(std::mem::take(&mut run));
            }
            run.clear();
            match c {
                '\\' if !escaped => escaped = true,
                '[' if !escaped => class += 1,
                ']' if !escaped && class > 0 => class -= 1,
                _ => escaped = false,
            }
        }
    }
    let mut out: Vec<(Vec<char>, Vec<char>)> = words
        .into_iter()
        .filter(|w| w.chars().count() >= 2)
        .map(|w| {
            (
                crate::text::pinyin::fold(&w).chars().collect(),
                w.chars().collect(),
            )
        })
        .collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.1.cmp(&b.1)));
    out.dedup();
    out
}

/// The rule's characters by fuzzy syllable: terms and required phrases first, then the Han
/// literals of its patterns, first spelling of each syllable kept.
fn vocabulary(
    rule: &Rule,
) -> (
    std::collections::HashMap<u16, char>,
    std::collections::HashSet<char>,
) {
    let mut out = std::collections::HashMap::new();
    let mut own = std::collections::HashSet::new();
    let words = rule
        .terms
        .iter()
        .chain(rule.require.iter().flat_map(|c| c.terms.iter()))
        .chain(rule.regex.iter())
        .chain(rule.require.iter().flat_map(|c| c.regex.iter()));
    for w in words {
        for c in text::normalize_term(w).chars() {
            let k = crate::text::pinyin::key(c);
            if k != 0 {
                out.entry(k).or_insert(c);
                own.insert(c);
            }
        }
    }
    (out, own)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Exact,
    Regex,
    Pinyin,
    /// A rule regex matched the homophone-folded text but not the text itself.
    PinyinRegex,
}

struct Hit {
    rule: usize,
    s: usize,
    e: usize,
    kind: Kind,
    /// For pinyin hits: index into `pinyin_terms`.
    term: usize,
}

/// Where each product or sector context was signalled, per context: sorted character starts.
pub(super) struct Contexts {
    /// Context words as said (the lexicon pass).
    pub(super) said: Vec<Vec<usize>>,
    /// Context words heard by sound (the pinyin pass).
    pub(super) heard: Vec<Vec<usize>>,
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
    /// Some of its words were matched by sound (the trigger or a required phrase).
    heard: bool,
}

/// Compiled rules of one pack, ready to check transcripts. Cheap to share across threads.
pub struct RuleEngine {
    rules: Vec<CompiledRule>,
    settings: Settings,
    /// Lexicon, context and correction terms (value: index into `exact_roles`).
    exact: Option<Lexicon>,
    regex_pass: Option<RegexPass>,
    /// Regexes of pinyin-enabled rules, folded to homophone keys, run over the folded text.
    folded_regex_pass: Option<RegexPass>,
    exact_roles: Vec<Vec<usize>>,
    /// Folded spellings of the pinyin-enabled terms, matched against the folded text.
    pinyin: Option<Lexicon>,
    pinyin_roles: Vec<Vec<usize>>,
    /// Per pinyin pattern: the terms (indices into `pinyin_terms`) it spells.
    pinyin_pattern_terms: Vec<Vec<usize>>,
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
    /// Per rule: its place among the pack's rule ids in string order (findings at the same
    /// time are ordered by rule id).
    id_rank: Vec<u32>,
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
        let mut folded_patterns: Vec<(usize, String)> = Vec::new();
        for (ri, rule) in pack.rules().iter().enumerate() {
            for t in &rule.terms {
                let nt = text::normalize_term(t);
                if nt.is_empty() {
                    continue;
                }
                // One syllable matches far too much to stand for a term.
                if rule.pinyin && nt.chars().count() >= 2 {
                    if let Some(sound) = crate::text::pinyin::sound_form(&nt) {
                        if sound != nt {
                            pin.add(nt.clone(), ri);
                        }
                        pin.add(sound, ri);
                    }
                }
                exact.add(nt, ri);
            }
            for r in &rule.regex {
                compile_regex(r).map_err(|e| compile_err(rule, e.to_string()))?;
                regex_patterns.push((ri, ascii_digits(r)));
                if rule.pinyin && !too_wide_for_sound(r) {
                    folded_patterns.push((ri, sound_regex(&ascii_digits(r))));
                }
            }
            let cond = |c: &Condition| -> Result<CompiledCond, RuleError> {
                Ok(CompiledCond {
                    phrases: Phrases::build(&c.terms, &c.regex, MatchKind::Standard, rule.pinyin)
                        .map_err(|e| compile_err(rule, e))?,
                    within: c.within,
                    side: c.side,
                    next_sentence: c.next_sentence,
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
                        phrases: Phrases::build(
                            &x.terms,
                            &x.regex,
                            MatchKind::Standard,
                            rule.pinyin,
                        )
                        .map_err(|e| compile_err(rule, e))?,
                        within: x.within,
                        side: Side::Any,
                        next_sentence: false,
                    })
                })
                .collect::<Result<Vec<_>, RuleError>>()?;
            let exclude = Phrases::build(&rule.exclude, &[], MatchKind::Standard, rule.pinyin)
                .map_err(|e| compile_err(rule, e))?;
            let (vocabulary, own_chars) = vocabulary(rule);
            rules.push(CompiledRule {
                words: rule_words(rule),
                own_chars,
                vocabulary,
                rule: rule.clone(),
                require,
                exclude,
                exceptions,
                contexts_any: rule
                    .contexts_any
                    .iter()
                    .filter_map(|c| ctx_index(c))
                    .collect(),
                sound_support: rule
                    .contexts_any
                    .iter()
                    .chain(rule.support_contexts.iter())
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
                if nt.chars().count() >= 2 {
                    if let Some(sound) = crate::text::pinyin::sound_form(&nt) {
                        pin.add(sound, CONTEXT_ROLE + ci);
                    }
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
        let exact_ac = lexicon(&exact.terms).map_err(|e| pack_err(pack, e))?;
        // Each term in its everyday reading: rare readings make common words of terms (白捡的
        // read bo jian de is every 直播间的, 底价 read di jie every 的姐妹). Homophone terms
        // (祛斑, 驱搬) fold to one pattern, which stands for all of them.
        let mut pin_patterns = Interner::default();
        for (ti, t) in pin.terms.iter().enumerate() {
            let variants = vec![crate::text::pinyin::fold(t)];
            for v in variants {
                pin_patterns.add(v, ti);
            }
        }
        let pinyin_ac = lexicon(&pin_patterns.terms).map_err(|e| pack_err(pack, e))?;
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
        let folded_regex_pass = RegexPass::build(folded_patterns).map_err(|e| pack_err(pack, e))?;
        let mut by_id: Vec<usize> = (0..rules.len()).collect();
        by_id.sort_by(|&a, &b| rules[a].rule.id.cmp(&rules[b].rule.id));
        let mut id_rank = vec![0u32; rules.len()];
        for (rank, &r) in by_id.iter().enumerate() {
            id_rank[r] = rank as u32;
        }
        Ok(RuleEngine {
            id_rank,
            rules,
            regex_pass,
            folded_regex_pass,
            settings: cfg.settings.clone(),
            exact: exact_ac,
            exact_roles: exact.roles,
            pinyin: pinyin_ac,
            pinyin_roles: pin.roles,
            pinyin_pattern_terms: pin_patterns.roles,
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
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(MAX_THREADS);
        self.check_parallel(transcript, threads)
    }

    /// Long transcripts are cut into chunks at segment boundaries and checked on `threads`
    /// threads. Each chunk is checked with neighbouring text on both sides (wider than any
    /// window a rule looks at) and keeps only the findings that start in its own segments, so
    /// the result is the same as one pass over the whole text.
    fn check_parallel(&self, segs: &[Segment], threads: usize) -> Vec<Finding> {
        let total: usize = segs.iter().map(|s| s.text.len()).sum();
        if threads < 2 || total < PARALLEL_MIN_BYTES {
            return self.run(segs, true, None);
        }
        let margin = 3 * (self.settings.context_window + 200) * 2;
        let per = total.div_ceil(threads * 2).max(PARALLEL_MIN_BYTES / 4);
        let mut chunks = Vec::new();
        let (mut a, mut acc) = (0usize, 0usize);
        for (i, sg) in segs.iter().enumerate() {
            acc += sg.text.len();
            if acc >= per || i + 1 == segs.len() {
                chunks.push((a, i + 1));
                a = i + 1;
                acc = 0;
            }
        }
        let widen = |a: usize, b: usize| {
            let (mut lo, mut got) = (a, 0usize);
            while lo > 0 && got < margin {
                lo -= 1;
                got += segs[lo].text.len();
            }
            let (mut hi, mut got) = (b, 0usize);
            while hi < segs.len() && got < margin {
                got += segs[hi].text.len();
                hi += 1;
            }
            (lo, hi)
        };
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut parts: Vec<(usize, Vec<Finding>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.min(chunks.len()))
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(&(a, b)) = chunks.get(k) else { break };
                            let (lo, hi) = widen(a, b);
                            done.push((k, self.run(&segs[lo..hi], true, Some((a - lo, b - lo)))));
                        }
                        done
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("rule worker panicked"))
                .collect()
        });
        parts.sort_by_key(|p| p.0);
        let mut out: Vec<Finding> = parts.into_iter().flat_map(|p| p.1).collect();
        out.sort_by(|a, b| {
            (a.start_ms, a.end_ms, &a.rule_id).cmp(&(b.start_ms, b.end_ms, &b.rule_id))
        });
        out
    }

    /// Like [`RuleEngine::check`] but without suppressing overlapping findings of other rules
    /// of the same category, so every rule's own result is visible (used by `rules test`).
    pub fn check_all_rules(&self, transcript: &[Segment]) -> Vec<Finding> {
        self.run(transcript, false, None)
    }

    /// One pass over `segs`; with `owned = Some((a, b))` only findings whose first word lies
    /// in segments `a..b` are kept (the rest are context for a neighbouring chunk).
    fn run(&self, segs: &[Segment], dedup: bool, owned: Option<(usize, usize)>) -> Vec<Finding> {
        self.run_steps(segs, dedup, owned, &mut |_| {})
    }

    /// The steps of one check, calling `step` with each step's name after it is done (the
    /// benchmark times them; checks pass a no-op).
    fn run_steps(
        &self,
        segs: &[Segment],
        dedup: bool,
        owned: Option<(usize, usize)>,
        step: &mut dyn FnMut(&'static str),
    ) -> Vec<Finding> {
        if segs.is_empty() {
            return Vec::new();
        }
        let rt = Running::new(segs, self.settings.hard_break_ms);
        step("normalise");
        if rt.norm.char_len() == 0 {
            return Vec::new();
        }
        let mut ctx = vec![Vec::new(); self.contexts.len()];
        let mut retract = Vec::new();
        let mut hits = Vec::new();
        self.exact_hits(&rt, &mut ctx, &mut retract, &mut hits);
        step("lexicon pass");
        self.regex_hits(&rt, &mut retract, &mut hits);
        step("regex pass");
        // Both homophone passes read the folded text; it is made once.
        let folded = if self.folded_regex_pass.is_some() || self.pinyin.is_some() {
            crate::text::pinyin::fold(&rt.norm.text)
        } else {
            String::new()
        };
        self.folded_regex_hits(&rt, &folded, &mut hits);
        step("folded regex pass");
        let mut ctx_sound = vec![Vec::new(); self.contexts.len()];
        self.pinyin_hits(&rt, &folded, &mut ctx_sound, &mut hits);
        let ctx = Contexts {
            said: ctx,
            heard: ctx_sound,
        };
        step("pinyin pass");
        if hits.is_empty() {
            return Vec::new();
        }
        rt.keep_within_pauses(&mut hits, |h| (h.s, h.e), |h, e| h.e = e);
        drop_repeated_hits(&mut hits);
        let mut cands: Vec<Cand> = hits
            .iter()
            .filter_map(|h| self.evaluate(&rt, &folded, h, &ctx))
            .collect();
        step("conditions");
        self.pinyin_support(&rt, &mut cands);
        let cands = self.merge_same_rule(&rt, cands);
        let mut cands = if dedup {
            self.dedup_category(cands)
        } else {
            cands
        };
        if let Some((a, b)) = owned {
            cands.retain(|c| {
                let seg = rt.segment_of(rt.norm.source_range(c.span.0, c.span.0 + 1).0);
                a <= seg && seg < b
            });
        }
        step("merge");
        // In the findings' order (start, end, rule id): keys (with the candidate's place, so
        // equal keys keep their order) are sorted rather than the large candidates, and each
        // finding takes its times from its key.
        let mut order: Vec<((u64, u64), u32, usize)> = cands
            .iter()
            .enumerate()
            .map(|(i, c)| (rt.span_time(c.span.0, c.span.1), self.id_rank[c.rule], i))
            .collect();
        order.sort_unstable();
        let mut cands: Vec<Option<Cand>> = cands.into_iter().map(Some).collect();
        let out: Vec<Finding> = order
            .into_iter()
            .filter_map(|(times, _, i)| {
                let c = cands[i].take()?;
                Some(self.finding(&rt, c, times, &retract))
            })
            .collect();
        step("findings");
        out
    }

    /// Lexicon terms, context terms and correction phrases: one Aho-Corasick pass.
    fn exact_hits(
        &self,
        rt: &Running,
        ctx: &mut [Vec<usize>],
        retract: &mut Vec<(usize, usize)>,
        hits: &mut Vec<Hit>,
    ) {
        let n = &rt.norm;
        if let Some(ac) = &self.exact {
            let mut at = n.char_cursor();
            for m in ac.find_overlapping_iter(&n.text) {
                let pid = m.value() as usize;
                let (roles, ctxs) = (&self.exact_roles[pid], &self.context_roles[pid]);
                let s = at.char_at_byte(m.start());
                for &c in ctxs {
                    ctx[c].push(s);
                }
                if self.retraction_terms[pid] {
                    retract.push((s, at.char_at_byte(m.end())));
                }
                if roles.is_empty() {
                    continue;
                }
                let e = at.char_at_byte(m.end());
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
    }

    /// The rules' regexes (and the pack's correction patterns) over the normalised text.
    fn regex_hits(&self, rt: &Running, retract: &mut Vec<(usize, usize)>, hits: &mut Vec<Hit>) {
        let n = &rt.norm;
        if let Some(rp) = &self.regex_pass {
            let mut at = n.char_cursor();
            for (rule, sb, eb) in rp.matches(&n.text) {
                let (s, e) = (at.char_at_byte(sb), at.char_at_byte(eb));
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
    }

    /// Regexes of pinyin-enabled rules over the homophone-folded text.
    fn folded_regex_hits(&self, rt: &Running, folded: &str, hits: &mut Vec<Hit>) {
        let n = &rt.norm;
        if let Some(rp) = &self.folded_regex_pass {
            // Folding keeps byte offsets (see text::pinyin::fold), so matches map back as is.
            // Where the words themselves matched, the exact regex hit wins in merging.
            let mut at = n.char_cursor();
            for (rule, sb, eb) in rp.matches(folded) {
                let (s, e) = (at.char_at_byte(sb), at.char_at_byte(eb));
                hits.push(Hit {
                    rule,
                    s,
                    e,
                    kind: Kind::PinyinRegex,
                    term: 0,
                });
            }
        }
    }

    /// Lexicon terms of pinyin-enabled rules, and context words, over the homophone-folded
    /// text. Context words heard this way go to `ctx_sound` (sorted), not to the exact ones.
    fn pinyin_hits(
        &self,
        rt: &Running,
        folded: &str,
        ctx_sound: &mut [Vec<usize>],
        hits: &mut Vec<Hit>,
    ) {
        let n = &rt.norm;
        if let Some(ac) = &self.pinyin {
            let mut at = n.char_cursor();
            for m in ac.find_overlapping_iter(folded) {
                let (s, e) = (at.char_at_byte(m.start()), at.char_at_byte(m.end()));
                for &pid in &self.pinyin_pattern_terms[m.value() as usize] {
                    // An exact occurrence is already an exact hit.
                    if n.slice(s, e) == self.pinyin_terms[pid].0 {
                        continue;
                    }
                    for &r in &self.pinyin_roles[pid] {
                        if r >= CONTEXT_ROLE {
                            ctx_sound[r - CONTEXT_ROLE].push(s);
                            continue;
                        }
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
        }
        for c in ctx_sound.iter_mut() {
            c.sort_unstable();
        }
    }

    /// Seconds spent in each step of one single-threaded check of `segs`, for benchmarks: the
    /// steps of [`RuleEngine::check`], timed as they run, and the freeing of the result.
    #[doc(hidden)]
    pub fn step_seconds(&self, segs: &[Segment]) -> Vec<(&'static str, f64)> {
        let mut out = Vec::new();
        let mut t = std::time::Instant::now();
        let found = self.run_steps(segs, true, None, &mut |name| {
            out.push((name, t.elapsed().as_secs_f64()));
            t = std::time::Instant::now();
        });
        drop(found);
        out.push(("free", t.elapsed().as_secs_f64()));
        out
    }
}

/// Drops hits that an exact or regex hit of the same rule on the same characters makes
/// redundant: a regex hit where a lexicon term matched, a fuzzy hit where the words themselves
/// matched (the folded regexes match again wherever the plain ones did). Conditions depend only
/// on rule and span, and merging keeps the surest kind of equal spans, so the findings are the
/// same; a quarter of the work goes on such repeats in claim-dense talk. Order is kept.
fn drop_repeated_hits(hits: &mut Vec<Hit>) {
    let key = |h: &Hit| (h.rule, h.s, h.e);
    let mut exact: Vec<(usize, usize, usize)> = Vec::new();
    let mut surest: Vec<(usize, usize, usize)> = Vec::new();
    for h in hits.iter() {
        match h.kind {
            Kind::Exact => {
                exact.push(key(h));
                surest.push(key(h));
            }
            Kind::Regex => surest.push(key(h)),
            Kind::Pinyin | Kind::PinyinRegex => {}
        }
    }
    if surest.is_empty() {
        return;
    }
    exact.sort_unstable();
    surest.sort_unstable();
    hits.retain(|h| match h.kind {
        Kind::Exact => true,
        Kind::Regex => exact.binary_search(&key(h)).is_err(),
        Kind::Pinyin | Kind::PinyinRegex => surest.binary_search(&key(h)).is_err(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_patterns_stay_out_of_the_sound_pass() {
        assert!(too_wide_for_sound(r"\p{Han}{0,3}(?:量|率)第1"));
        let many: Vec<String> = (0..100).map(|i| format!("词{i}")).collect();
        assert!(too_wide_for_sound(&format!("对(?:{})有效", many.join("|"))));
        assert!(!too_wide_for_sound("(?:全网|全国|行业)最\\p{Han}{0,2}"));
        assert!(!too_wide_for_sound("销量[^,]{0,4}(?:领先|第1)"));
    }

    #[test]
    fn repeated_hits_give_way_to_the_surest_kind() {
        let h = |rule, s, e, kind| Hit {
            rule,
            s,
            e,
            kind,
            term: 0,
        };
        let mut hits = vec![
            h(1, 0, 4, Kind::Exact),
            h(2, 5, 9, Kind::Pinyin),
            h(1, 0, 4, Kind::Regex),
            h(2, 5, 9, Kind::Regex),
            h(1, 0, 5, Kind::Regex),
            h(2, 5, 9, Kind::PinyinRegex),
            h(3, 0, 4, Kind::PinyinRegex),
            h(1, 0, 4, Kind::Pinyin),
        ];
        drop_repeated_hits(&mut hits);
        let left: Vec<(usize, usize, usize, Kind)> =
            hits.iter().map(|h| (h.rule, h.s, h.e, h.kind)).collect();
        assert_eq!(
            left,
            vec![
                (1, 0, 4, Kind::Exact),
                (2, 5, 9, Kind::Regex),
                (1, 0, 5, Kind::Regex),
                (3, 0, 4, Kind::PinyinRegex),
            ]
        );
    }

    #[test]
    fn chunked_checking_equals_one_pass() {
        let pack = RulePack::builtin().unwrap();
        let engine = RuleEngine::new(&pack).unwrap();
        let mut sentences: Vec<&str> = vec![
            "家人们晚上好，欢迎来到直播间。",
            "这个颜色很百搭，大家可以看看。",
        ];
        for r in pack.rules() {
            sentences.extend(r.examples.hit.iter().map(String::as_str));
        }
        let mut segs = Vec::new();
        let (mut t, mut bytes, mut i) = (0u64, 0usize, 0usize);
        while bytes < 3 * PARALLEL_MIN_BYTES {
            let s = sentences[(i * 7) % sentences.len()];
            let d = 250 * s.chars().count() as u64;
            segs.push(Segment::new(t, t + d, s));
            t += d + if i % 9 == 0 { 3000 } else { 300 };
            bytes += s.len();
            i += 1;
        }
        let one = engine.run(&segs, true, None);
        let many = engine.check_parallel(&segs, 3);
        assert!(one.len() > 1000);
        assert_eq!(one.len(), many.len());
        assert!(one == many, "chunked result differs");
    }
}
