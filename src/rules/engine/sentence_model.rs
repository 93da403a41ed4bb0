//! The sentence model: a linear model over the character 1–3-grams of a sentence (TF-IDF,
//! logistic regression per category), trained by `scripts/train-sentence-model.py` on every
//! labelled line the team has written and embedded as a TSV.
//!
//! Why beside the patterns: patterns quote the exact words of a claim and carry its law, but a
//! new host phrases claims in ways no list foresaw. The model scores every sentence; where it is
//! sure of a category no pattern found there, it adds a finding marked `matched_by: "model"`
//! and `needs_review`; where it is sure a sentence holds no claim at all, it drops the
//! patterns' finding (lawful lines built to look like claims). Its quote is the stretch of the
//! sentence whose n-grams weigh most for the category.
//!
//! Invariant: `features` here and `prep` in the training script agree (ASCII lower case,
//! digits as 0, white space runs as one space); the file's `check` lines, recomputed by the
//! unit test, catch any drift.

use std::sync::OnceLock;

use std::collections::HashMap;

use crate::findings::Category;

/// The one model built in: the `cn-livestream` pack's.
const BUILTIN_CN_LIVESTREAM: &str = include_str!("../packs/cn-livestream/sentence_model.tsv");

/// The model scores the nine categories of the findings taxonomy, no more and no fewer (a
/// fixed width lets the compiler keep a sentence's sums in registers).
const CATEGORIES: usize = 9;

/// Longest quote a model finding takes (characters): the words that weigh most, not the
/// whole run-on sentence.
const MAX_QUOTE_CHARS: usize = 24;

/// A trained sentence model with its decision thresholds.
pub(crate) struct SentenceModel {
    categories: Vec<Category>,
    intercept: Vec<f32>,
    /// A category this probable in a sentence with no pattern finding of it is a finding.
    pub(crate) threshold: f32,
    /// … or this probable where a pattern found another category in the sentence.
    pub(crate) threshold_beside: f32,
    /// A pattern finding is dropped where every category is less probable than this …
    pub(crate) veto_any: f32,
    /// … or its own category is less probable than this while no category is a clear claim.
    pub(crate) veto_category: f32,
    /// n-gram (chars packed 21 bits each) → feature index.
    index: HashMap<u64, u32>,
    /// The same n-grams as a trie, for the fast path: per feature, the range of `edges` that
    /// holds its one-character-longer n-grams, sorted by the added character. A lookup per
    /// character stays in a few cache lines where a hash map would miss the cache each time.
    children: Vec<(u32, u32)>,
    edges: Vec<(char, u32)>,
    /// Feature index of each single character below U+10000 (`u32::MAX`: none).
    unigrams: Vec<u32>,
    /// The prefilter, a model of single characters: per character below U+10000 its row in
    /// `prefilter_rows` (`u16::MAX`: none), each row the idf then the weights.
    prefilter_index: Vec<u16>,
    prefilter_rows: Vec<[f32; CATEGORIES + 1]>,
    prefilter_intercept: Vec<f32>,
    /// Sentences the prefilter gives no category this much (as a logit: the threshold t read
    /// from the file is ln(t / (1 − t)) here) are not scored in full.
    prefilter_logit: f32,
    /// Per feature, its idf then its weight for each category (one cache line holds all a
    /// feature needs).
    rows: Vec<[f32; CATEGORIES + 1]>,
    features: usize,
    /// Sentences with the probabilities the trainer gave them, for the consistency test.
    #[cfg_attr(not(test), allow(dead_code))]
    checks: Vec<(String, Vec<f32>)>,
}

/// The prefilter over the sentence being read: see [`SentenceModel::prefilter`].
pub(crate) struct Prefilter<'m> {
    model: &'m SentenceModel,
    /// Per prefilter character, its count in the sentence so far (cleared by `finish`).
    counts: Vec<u16>,
    /// The prefilter characters seen, each once.
    seen: Vec<u32>,
    /// The previous prepared character: runs of white space count once, as in [`prepared`].
    prev: char,
}

impl Prefilter<'_> {
    /// The next character of the sentence (normalised text).
    pub(crate) fn push(&mut self, c: char) {
        let c = prepare(c);
        let repeat = c == ' ' && self.prev == ' ';
        self.prev = c;
        if repeat {
            return;
        }
        if let Some(&i) = self.model.prefilter_index.get(c as usize) {
            if i != u16::MAX {
                let n = &mut self.counts[i as usize];
                if *n == 0 {
                    self.seen.push(u32::from(i));
                }
                *n = n.saturating_add(1);
            }
        }
    }

    /// Whether the sentence fed since the last call is worth scoring in full; the next
    /// character starts a new sentence.
    pub(crate) fn finish(&mut self) -> bool {
        self.prev = '\0';
        let m = self.model;
        let (sums, norm) = weighted_sums(&self.seen, &mut self.counts, &m.prefilter_rows);
        self.seen.clear();
        norm > 0.0
            && m.prefilter_intercept
                .iter()
                .zip(sums)
                .any(|(b, s)| b + s / norm >= m.prefilter_logit)
    }
}

/// One n-gram occurrence in a prepared sentence.
struct Occurrence {
    feature: u32,
    pos: usize,
    len: usize,
}

/// A sentence's n-grams with their weight in it: what is needed to explain a score.
pub(crate) struct Scored {
    occurrences: Vec<Occurrence>,
    /// Per feature present: its weight in the sentence vector divided by its count.
    share: HashMap<u32, f32>,
    /// Original character index of each prepared character.
    orig: Vec<usize>,
}

fn pack_key(chars: &[char]) -> u64 {
    chars
        .iter()
        .enumerate()
        .fold(0u64, |k, (i, &c)| k | (u64::from(c as u32) << (21 * i)))
}

/// One character as the trainer prepares it: ASCII lower case, every digit 0, white space a
/// space (runs of it are collapsed by the caller).
fn prepare(c: char) -> char {
    match c {
        '0'..='9' | '０'..='９' => '0',
        c if c.is_whitespace() => ' ',
        c => c.to_ascii_lowercase(),
    }
}

/// Σ v·w per category and the norm √Σv² of the features seen (each once in `features`, its
/// count in `counts`, which is cleared on the way), v = (1 + ln n) · idf: sublinear counts,
/// 1 for what is said once (most). The norm divides the sums at the end: one pass.
fn weighted_sums(
    features: &[u32],
    counts: &mut [u16],
    rows: &[[f32; CATEGORIES + 1]],
) -> ([f32; CATEGORIES], f32) {
    let mut sums = [0f32; CATEGORIES];
    let mut sum_sq = 0f32;
    for &f in features {
        let n = std::mem::take(&mut counts[f as usize]);
        let row = &rows[f as usize];
        let tf = if n == 1 { 1.0 } else { 1.0 + f32::from(n).ln() };
        let v = tf * row[0];
        sum_sq += v * v;
        for (s, w) in sums.iter_mut().zip(&row[1..]) {
            *s += v * w;
        }
    }
    (sums, sum_sq.sqrt())
}

/// A sentence's characters as the trainer prepares them (see [`prepare`]), runs of white
/// space as one, each with its character index in the sentence.
fn prepared(sentence: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut prev = '\0';
    sentence
        .chars()
        .map(prepare)
        .enumerate()
        .filter(move |&(_, c)| {
            let keep = !(c == ' ' && prev == ' ');
            prev = c;
            keep
        })
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl SentenceModel {
    /// The built-in model of that name, parsed once per process.
    pub(crate) fn builtin(name: &str) -> Result<&'static SentenceModel, String> {
        static CN: OnceLock<Result<SentenceModel, String>> = OnceLock::new();
        match name {
            "cn-livestream" => CN
                .get_or_init(|| SentenceModel::parse(BUILTIN_CN_LIVESTREAM))
                .as_ref()
                .map_err(Clone::clone),
            other => Err(format!(
                "unknown sentence_model {other:?} (built in: \"cn-livestream\")"
            )),
        }
    }

    /// Parses the TSV the training script writes.
    pub(crate) fn parse(text: &str) -> Result<SentenceModel, String> {
        let mut m = SentenceModel {
            categories: Vec::new(),
            intercept: Vec::new(),
            threshold: 0.5,
            threshold_beside: 0.8,
            veto_any: 0.0,
            veto_category: 0.0,
            index: HashMap::new(),
            children: Vec::new(),
            edges: Vec::new(),
            unigrams: vec![u32::MAX; 0x10000],
            prefilter_index: vec![u16::MAX; 0x10000],
            prefilter_rows: Vec::new(),
            prefilter_intercept: Vec::new(),
            prefilter_logit: 0.0,
            rows: Vec::new(),
            features: 0,
            checks: Vec::new(),
        };
        let floats = |xs: &[&str], line: usize| -> Result<Vec<f32>, String> {
            xs.iter()
                .map(|x| {
                    x.parse::<f32>()
                        .map_err(|e| format!("line {line}: {x:?}: {e}"))
                })
                .collect()
        };
        let mut grams: Vec<Vec<char>> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let n = n + 1;
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            match f[0] {
                "ngrams" => {}
                "categories" if f.len() == CATEGORIES + 1 => {
                    m.categories = f[1..]
                        .iter()
                        .map(|c| {
                            serde_json::from_value(serde_json::Value::from(*c))
                                .map_err(|_| format!("line {n}: unknown category {c:?}"))
                        })
                        .collect::<Result<_, _>>()?
                }
                "intercept" => m.intercept = floats(&f[1..], n)?,
                "threshold" => m.threshold = floats(&f[1..2], n)?[0],
                "prefilter_intercept" => m.prefilter_intercept = floats(&f[1..], n)?,
                "prefilter_threshold" => {
                    let t = floats(&f[1..2], n)?[0];
                    if !(t > 0.0 && t < 1.0) {
                        return Err(format!(
                            "line {n}: prefilter_threshold {t} is not in (0, 1)"
                        ));
                    }
                    m.prefilter_logit = (t / (1.0 - t)).ln();
                }
                "u" if f.len() == 3 + CATEGORIES => {
                    m.add_prefilter_char(f[1], floats(&f[2..], n)?, n)?
                }
                "threshold_beside" => m.threshold_beside = floats(&f[1..2], n)?[0],
                "veto_any" => m.veto_any = floats(&f[1..2], n)?[0],
                "veto_category" => m.veto_category = floats(&f[1..2], n)?[0],
                "check" if f.len() > 2 => m.checks.push((f[1].to_string(), floats(&f[2..], n)?)),
                "g" if f.len() == 3 + CATEGORIES && !m.categories.is_empty() => {
                    grams.push(m.add_ngram(f[1], floats(&f[2..], n)?, n)?);
                }
                _ => return Err(format!("line {n}: unexpected {:?}", f[0])),
            }
        }
        if m.categories.is_empty() || m.intercept.len() != m.categories.len() || m.features == 0 {
            return Err("incomplete model: categories, intercept and n-grams needed".into());
        }
        if m.prefilter_intercept.len() != CATEGORIES || m.prefilter_rows.is_empty() {
            return Err("incomplete model: the prefilter is missing".into());
        }
        m.build_trie(&grams)?;
        Ok(m)
    }

    /// Adds an n-gram of the full model with its idf and weights; returns its characters.
    fn add_ngram(&mut self, gram: &str, row: Vec<f32>, n: usize) -> Result<Vec<char>, String> {
        let chars: Vec<char> = gram.chars().collect();
        if chars.is_empty() || chars.len() > 3 {
            return Err(format!(
                "line {n}: n-gram {gram:?} is not 1 to 3 characters"
            ));
        }
        let feature = self.features as u32;
        self.features += 1;
        self.index.insert(pack_key(&chars), feature);
        if let [c] = chars[..] {
            if let Some(slot) = self.unigrams.get_mut(c as usize) {
                *slot = feature;
            }
        }
        self.rows.push(
            row.try_into()
                .map_err(|_| format!("line {n}: not {CATEGORIES} weights"))?,
        );
        Ok(chars)
    }

    /// Adds a character of the prefilter with its idf and weights.
    fn add_prefilter_char(&mut self, c: &str, row: Vec<f32>, n: usize) -> Result<(), String> {
        let mut chars = c.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            return Err(format!("line {n}: {c:?} is not one character"));
        };
        let row = row
            .try_into()
            .map_err(|_| format!("line {n}: not {CATEGORIES} weights"))?;
        // Characters beyond the table never pass the prefilter's lookup; they are rare in
        // speech and the full model still sees them.
        if let Some(slot) = self.prefilter_index.get_mut(c as usize) {
            *slot = self.prefilter_rows.len() as u16;
            self.prefilter_rows.push(row);
        }
        Ok(())
    }

    /// The categories, in the order of the probabilities.
    pub(crate) fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// The probability of each category for one sentence (original text), written to `out`:
    /// the fast path run on every sentence, with no explanation kept and no allocation.
    pub(crate) fn probabilities_into(&self, sentence: &str, out: &mut Vec<f32>) {
        thread_local! {
            static SCRATCH: std::cell::RefCell<(Vec<char>, Vec<u32>, Vec<u16>)> =
                Default::default();
        }
        SCRATCH.with(|scratch| {
            let (chars, features, counts) = &mut *scratch.borrow_mut();
            chars.clear();
            features.clear();
            counts.resize(self.features, 0);
            chars.extend(prepared(sentence).map(|(_, c)| c));
            self.each_ngram(chars, |f, _, _| {
                let n = &mut counts[f as usize];
                if *n == 0 {
                    features.push(f);
                }
                *n = n.saturating_add(1);
            });
            let (sums, norm) = weighted_sums(features, counts, &self.rows);
            out.clear();
            out.extend(
                self.intercept
                    .iter()
                    .zip(sums)
                    .map(|(b, s)| sigmoid(if norm > 0.0 { b + s / norm } else { *b })),
            );
        })
    }

    /// The prefilter, to be fed the characters of one sentence after another: whether a
    /// sentence (normalised) is worth scoring in full, as a model of single characters sees it
    /// (some category at least its threshold). One table lookup per character; most talk stops
    /// there. The sentence walk feeds it as it reads, so each character is read once.
    pub(crate) fn prefilter(&self) -> Prefilter<'_> {
        Prefilter {
            model: self,
            counts: vec![0; self.prefilter_rows.len()],
            seen: Vec::new(),
            prev: '\0',
        }
    }

    /// [`SentenceModel::probabilities_into`] into a new vector.
    pub(crate) fn probabilities(&self, sentence: &str) -> Vec<f32> {
        let mut out = Vec::with_capacity(self.categories.len());
        self.probabilities_into(sentence, &mut out);
        out
    }

    /// Calls `f(feature, position, length)` for every kept n-gram of the prepared characters,
    /// walking the trie from each position. Every n-gram kept occurs in at least min_df lines,
    /// and so does its prefix: where the prefix is not known, no longer n-gram starting there is.
    fn each_ngram(&self, chars: &[char], mut f: impl FnMut(u32, usize, usize)) {
        for pos in 0..chars.len() {
            let Some(mut at) = self.unigram(chars[pos]) else {
                continue;
            };
            f(at, pos, 1);
            for (k, &c) in chars[pos + 1..].iter().take(2).enumerate() {
                match self.child(at, c) {
                    Some(next) => {
                        f(next, pos, k + 2);
                        at = next;
                    }
                    None => break,
                }
            }
        }
    }

    /// Links each n-gram to its prefix. Every kept n-gram's prefix is kept too (it occurs in
    /// at least as many lines), which the fast path relies on: a file without it is refused.
    fn build_trie(&mut self, grams: &[Vec<char>]) -> Result<(), String> {
        let mut links: Vec<(u32, char, u32)> = Vec::new();
        for (f, g) in grams.iter().enumerate() {
            if g.len() < 2 {
                continue;
            }
            let parent = self
                .index
                .get(&pack_key(&g[..g.len() - 1]))
                .ok_or_else(|| {
                    format!(
                        "n-gram {:?} is kept but its prefix is not",
                        String::from_iter(g)
                    )
                })?;
            links.push((*parent, g[g.len() - 1], f as u32));
        }
        links.sort_unstable();
        self.children = vec![(0, 0); self.features];
        for (i, &(parent, c, f)) in links.iter().enumerate() {
            let r = &mut self.children[parent as usize];
            if r.1 == 0 {
                r.0 = i as u32;
            }
            r.1 += 1;
            self.edges.push((c, f));
        }
        Ok(())
    }

    /// The n-gram one character `c` longer than feature `f`.
    fn child(&self, f: u32, c: char) -> Option<u32> {
        let (at, len) = self.children[f as usize];
        let edges = &self.edges[at as usize..(at + len) as usize];
        if edges.len() <= 8 {
            edges.iter().find(|e| e.0 == c).map(|e| e.1)
        } else {
            edges
                .binary_search_by_key(&c, |e| e.0)
                .ok()
                .map(|i| edges[i].1)
        }
    }

    fn idf(&self, f: u32) -> f32 {
        self.rows[f as usize][0]
    }

    fn weights(&self, f: u32) -> &[f32] {
        &self.rows[f as usize][1..]
    }

    /// The feature of a single character: a table for the Basic Multilingual Plane.
    fn unigram(&self, c: char) -> Option<u32> {
        match self.unigrams.get(c as usize) {
            Some(&f) if f != u32::MAX => Some(f),
            Some(_) => None,
            None => self.index.get(&u64::from(c as u32)).copied(),
        }
    }

    /// Scores one sentence (original text), keeping what [`SentenceModel::explain`] needs.
    pub(crate) fn score(&self, sentence: &str) -> Scored {
        // Prepared as the trainer does, remembering where each character came from.
        let (orig, chars): (Vec<usize>, Vec<char>) = prepared(sentence).unzip();
        let mut occurrences = Vec::with_capacity(chars.len() * 3);
        self.each_ngram(&chars, |feature, pos, len| {
            occurrences.push(Occurrence { feature, pos, len })
        });
        let mut counts: HashMap<u32, u32> = HashMap::new();
        for o in &occurrences {
            *counts.entry(o.feature).or_default() += 1;
        }
        let values: Vec<(u32, f32, u32)> = counts
            .iter()
            .map(|(&f, &n)| (f, (1.0 + (n as f32).ln()) * self.idf(f), n))
            .collect();
        let norm = values.iter().map(|v| v.1 * v.1).sum::<f32>().sqrt();
        let share = values
            .iter()
            .filter(|_| norm > 0.0)
            .map(|&(f, v, n)| (f, v / norm / n as f32))
            .collect();
        Scored {
            occurrences,
            share,
            orig,
        }
    }

    /// The stretch of the scored sentence (original character indices, end exclusive) whose
    /// n-grams add most to category `c`: the words a model finding quotes.
    pub(crate) fn explain(&self, s: &Scored, c: usize) -> (usize, usize) {
        let n = s.orig.len();
        if n == 0 {
            return (0, 0);
        }
        let mut weight = vec![0f32; n];
        for o in &s.occurrences {
            let w = self.weights(o.feature)[c] * s.share[&o.feature] / o.len as f32;
            for x in &mut weight[o.pos..o.pos + o.len] {
                *x += w;
            }
        }
        // The window of at most MAX_QUOTE_CHARS with the largest sum (sentences are short, so
        // the quadratic search costs nothing).
        let mut best = (f32::MIN, 0, 1);
        for a in 0..n {
            let mut sum = 0.0;
            for (b, w) in weight.iter().enumerate().skip(a).take(MAX_QUOTE_CHARS) {
                sum += w;
                if sum > best.0 {
                    best = (sum, a, b + 1);
                }
            }
        }
        (s.orig[best.1], s.orig[best.2 - 1] + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_match_the_trainer() {
        let m = SentenceModel::builtin("cn-livestream").unwrap();
        assert!(
            m.checks.len() >= 3,
            "the model file carries check sentences"
        );
        for (said, want) in &m.checks {
            let text = &crate::text::normalize(said).text;
            let got = m.probabilities(text);
            for (a, b) in got.iter().zip(m.probabilities(text)) {
                assert!((a - b).abs() < 1e-5, "both paths agree on {text}");
            }
            for (g, w) in got.iter().zip(want) {
                assert!((g - w).abs() < 2e-3, "{text}: {got:?} vs trainer {want:?}");
            }
        }
    }

    #[test]
    fn explains_with_the_claim_words() {
        let m = SentenceModel::builtin("cn-livestream").unwrap();
        let text = "家人们晚上好,这款鱼油吃了以后血压就降下来了,高血压的不用再吃药。";
        let s = m.score(text);
        let c = m
            .categories()
            .iter()
            .position(|&c| c == Category::MedicalClaim)
            .unwrap();
        let p = m.probabilities(text);
        assert!(p[c] > 0.5, "{p:?}");
        let (a, b) = m.explain(&s, c);
        let quote: String = text.chars().skip(a).take(b - a).collect();
        assert!(quote.contains("血压"), "quote {quote}");
        assert!(!quote.contains("晚上好"), "quote {quote}");
    }

    #[test]
    fn unknown_model_is_an_error() {
        assert!(SentenceModel::builtin("nope").is_err());
        assert!(SentenceModel::parse("categories\tabsolute_claim\n").is_err());
    }
}
