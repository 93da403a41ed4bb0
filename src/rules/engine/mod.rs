//! The rule engine: compiles a pack into automata and runs them over a transcript.
//!
//! Pipeline per transcript: join segments into one running text and normalise it
//! ([`super::running`]); collect trigger hits (one Aho-Corasick pass over all lexicon terms,
//! the rules' regexes, and a fuzzy-pinyin pass for ASR homophones); check each hit's
//! conditions (exclusions, negation, exceptions, required co-occurrence, product context);
//! merge and de-duplicate; time each finding on its own words; mark findings the host
//! corrected within seconds as mitigated.

mod compile;
mod denial;
mod evaluate;
mod matchers;
mod model_findings;
mod output;
mod passes;
mod regex_pass;
mod sentence_model;
mod sound;

use aho_corasick::AhoCorasick;
use serde_json::Value;

use super::claims;
use super::model::*;
use super::running::Running;
use crate::findings::{Category, Finding, LegalBasis, MatchedBy, Severity};
use crate::text::{self, Normalized};
use crate::transcript::Segment;

pub(crate) use matchers::compile_regex;
use matchers::Phrases;
use passes::drop_repeated_hits;
use regex_pass::RegexPass;

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

/// A trigger whose rule found it lawful by an exception or an exclusion (not by a negation
/// window, which is crude): where the sentence model alone would add a claim of the same
/// category there, it must be sure.
pub(super) struct RuledOut {
    span: (usize, usize),
    category: Category,
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
    /// The pack's sentence model (`[settings] sentence_model`), if it names one.
    sentence_model: Option<&'static sentence_model::SentenceModel>,
    /// Per model category: the category's first rule, whose law a model finding cites.
    model_rule: Vec<Option<usize>>,
    /// Per rule: whether the sentence model may drop its findings.
    model_vetoes: Vec<bool>,
    /// Per rule: its place among the pack's rule ids in string order (findings at the same
    /// time are ordered by rule id).
    id_rank: Vec<u32>,
}

impl RuleEngine {
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

    /// Each hit's conditions: the candidates that hold, and the hits a rule found lawful.
    fn evaluate_all(
        &self,
        rt: &Running,
        folded: &str,
        hits: &[Hit],
        ctx: &Contexts,
    ) -> (Vec<Cand>, Vec<RuledOut>) {
        let mut ruled_out = Vec::new();
        let cands = hits
            .iter()
            .filter_map(|h| self.evaluate(rt, folded, h, ctx, &mut ruled_out))
            .collect();
        (cands, ruled_out)
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
        let mut words = Vec::new();
        self.exact_hits(&rt, &mut ctx, &mut retract, &mut words, &mut hits);
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
        self.pinyin_hits(&rt, &folded, &words, &mut ctx_sound, &mut hits);
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
        let (mut cands, ruled_out) = self.evaluate_all(&rt, &folded, &hits, &ctx);
        step("conditions");
        self.pinyin_support(&rt, &mut cands);
        let cands = self.merge_same_rule(&rt, cands);
        let mut cands = if dedup {
            self.dedup_category(cands)
        } else {
            cands
        };
        step("merge");
        // The sentence model judges what a check reports, not each rule on its own.
        let mut model_hits = if dedup {
            self.sentence_model_pass(&rt, &mut cands, &ruled_out)
        } else {
            Vec::new()
        };
        if let Some((a, b)) = owned {
            let owns = |s: usize| {
                let seg = rt.segment_of(rt.norm.source_range(s, s + 1).0);
                a <= seg && seg < b
            };
            cands.retain(|c| owns(c.span.0));
            model_hits.retain(|h| owns(h.start()));
        }
        step("sentence model");
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
        let mut out: Vec<Finding> = order
            .into_iter()
            .filter_map(|(times, _, i)| {
                let c = cands[i].take()?;
                Some(self.finding(&rt, c, times, &retract))
            })
            .collect();
        if !model_hits.is_empty() {
            out.extend(
                model_hits
                    .into_iter()
                    .filter_map(|h| self.model_finding(&rt, h, &retract)),
            );
            out.sort_by(|a, b| {
                (a.start_ms, a.end_ms, &a.rule_id).cmp(&(b.start_ms, b.end_ms, &b.rule_id))
            });
        }
        step("findings");
        out
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::pack::RulePack;

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
