//! Pattern machinery of the engine: pack regexes over normalised text, phrase sets searched
//! in windows, the combined regex pass and the term interner.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;

use crate::text::{self, Normalized};
/// Compiles a pack regex. Text is normalised (digits are ASCII), so `\d` means `[0-9]`: the
/// Unicode class would only make the automata bigger and slower.
pub(crate) fn compile_regex(pattern: &str) -> Result<Regex, regex::Error> {
    Regex::new(&ascii_digits(pattern))
}

/// Copies what may follow a class's `[` before its members: a negation, and a `]` that right
/// after `[` or `[^` is a literal.
fn copy_class_opening(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, out: &mut String) {
    if chars.peek() == Some(&'^') {
        out.push('^');
        chars.next();
    }
    if chars.peek() == Some(&']') {
        out.push(']');
        chars.next();
    }
}

/// Rewrites `\d` to `[0-9]` (`0-9` inside a class), leaving other escapes alone.
pub(super) fn ascii_digits(p: &str) -> String {
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
                copy_class_opening(&mut chars, &mut out);
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

/// The pattern as it sounds, for the homophone pass: literal digits also match the Han numeral
/// they are read as (第1 also matches 第一, so 地一 folds onto it), and every Han character is
/// folded to its syllable's representative ([`crate::text::pinyin::fold`]). Escapes, classes
/// and counted repetitions are left as they are. Takes a pattern after [`ascii_digits`].
pub(super) fn sound_regex(p: &str) -> String {
    const HAN: [&str; 10] = [
        "零", "一", "二|两", "三", "四", "五", "六", "七", "八", "九",
    ];
    let mut out = String::with_capacity(p.len() + 16);
    let mut chars = p.chars().peekable();
    let mut class = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                if let Some(n) = chars.next() {
                    out.push(n);
                    if matches!(n, 'p' | 'P') && chars.peek() == Some(&'{') {
                        for m in chars.by_ref() {
                            out.push(m);
                            if m == '}' {
                                break;
                            }
                        }
                    }
                }
            }
            '[' => {
                class += 1;
                out.push(c);
                copy_class_opening(&mut chars, &mut out);
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(c);
            }
            '{' if class == 0 => {
                out.push(c);
                for m in chars.by_ref() {
                    out.push(m);
                    if m == '}' {
                        break;
                    }
                }
            }
            '0'..='9' if class == 0 => {
                let d = c as usize - '0' as usize;
                out.push_str("(?:");
                out.push(c);
                out.push('|');
                out.push_str(HAN[d]);
                out.push(')');
            }
            _ => out.push(c),
        }
    }
    crate::text::pinyin::fold(&out)
}

/// A set of phrases (normalised) and regexes searched inside a window of the running text.
pub(super) struct Phrases {
    pub(super) ac: Option<AhoCorasick>,
    pub(super) max_chars: usize,
    pub(super) regex: Vec<Regex>,
    /// Folded spellings (everyday readings) of the terms of two characters or more, run over
    /// the folded text: the same phrase as ASR may have misheard it (鼻言 for 鼻炎). Empty unless built with
    /// `sound`. Condition regexes are not matched by sound: they are mostly short alternations
    /// (降|下来|正常), and one syllable alike by chance (降 ~ 建) is everywhere.
    sound_ac: Option<AhoCorasick>,
}

impl Phrases {
    pub(super) fn build(
        terms: &[String],
        regex: &[String],
        kind: MatchKind,
        sound: bool,
    ) -> Result<Phrases, String> {
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
        let automaton = |pats: &[String]| -> Result<Option<AhoCorasick>, String> {
            if pats.is_empty() {
                return Ok(None);
            }
            AhoCorasickBuilder::new()
                .match_kind(kind)
                .build(pats)
                .map(Some)
                .map_err(|e| e.to_string())
        };
        let ac = automaton(&norm)?;
        let regex: Vec<Regex> = regex
            .iter()
            .map(|r| compile_regex(r).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?;
        let mut sound_ac = None;
        if sound {
            let mut folded: Vec<String> = norm
                .iter()
                .filter(|t| t.chars().count() >= 2)
                .filter_map(|t| text::pinyin::sound_form(t))
                .map(|t| text::pinyin::fold(&t))
                .collect();
            folded.sort();
            folded.dedup();
            sound_ac = automaton(&folded)?;
        }
        Ok(Phrases {
            ac,
            max_chars,
            regex,
            sound_ac,
        })
    }

    pub(super) fn is_empty(&self) -> bool {
        self.ac.is_none() && self.regex.is_empty()
    }

    /// Calls `f(start, end, by_sound)` with every match (normalised char span) inside chars
    /// `a..b` until it returns `false`; returns whether it stopped early. With the folded text
    /// (same byte offsets as `n`), matches by sound follow the exact ones.
    pub(super) fn each_match(
        &self,
        n: &Normalized,
        folded: Option<&str>,
        a: usize,
        b: usize,
        mut f: impl FnMut(usize, usize, bool) -> bool,
    ) -> bool {
        if a >= b {
            return false;
        }
        let mut at = n.char_cursor_at(a);
        let base = at.byte();
        let end = n.byte_at_char(b);
        // The text as written, then (with the folded text) as it sounds; no allocation, this
        // runs for every condition of every hit.
        let heard = match (folded, self.sound_ac.as_ref()) {
            (Some(fd), Some(sac)) => Some((&fd[base..end], Some(sac), &[][..], true)),
            _ => None,
        };
        let said = Some((&n.text[base..end], self.ac.as_ref(), &self.regex[..], false));
        for (hay, ac, regexes, sound) in [said, heard].into_iter().flatten() {
            if let Some(ac) = ac {
                let overlapping = ac.match_kind() == MatchKind::Standard;
                let mut report = |ms: usize, me: usize| {
                    f(
                        at.char_at_byte(base + ms),
                        at.char_at_byte(base + me),
                        sound,
                    )
                };
                if overlapping {
                    for m in ac.find_overlapping_iter(hay) {
                        if !report(m.start(), m.end()) {
                            return true;
                        }
                    }
                } else {
                    for m in ac.find_iter(hay) {
                        if !report(m.start(), m.end()) {
                            return true;
                        }
                    }
                }
            }
            for re in regexes {
                for m in re.find_iter(hay) {
                    if m.start() < m.end()
                        && !f(
                            at.char_at_byte(base + m.start()),
                            at.char_at_byte(base + m.end()),
                            sound,
                        )
                    {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// All rules' trigger regexes, run as one pass over the text.
///
/// Almost every pattern can only start with one of a few literals (比别的…, 原价\d, \d+天…).
/// A walk over the text's characters looks each one up in a table of pattern starts; where
/// one begins, an anchored DFA of the patterns starting with that character says which of them
/// match there (it reads a few characters and stops), and only those run alone to take their
/// match. Patterns that may start anywhere are located by one leftmost search of all of them
/// together (the default pack has none). Reading the whole text through a lazy DFA of all
/// patterns at once, which this replaced, cost more than the rest of the engine together.
///
/// The DFAs are lazy (built state by state as texts ask for them, in caches kept across
/// checks): fully built ones took a second to compile for the default pack, because of
/// classes like `[^,。]` over all of Unicode.
///
/// The result is every pattern's leftmost-first match at each start that does not fall
/// inside that pattern's previous match.
pub(super) struct RegexPass {
    /// Per BMP code point: 1 + index into `groups` of the patterns that may start with it, or 0.
    first: Vec<u16>,
    /// Patterns that may start with one character.
    groups: Vec<StartGroup>,
    /// Leftmost search over the patterns without a literal prefix.
    unfiltered: Option<Unfiltered>,
    /// Per pattern: its rule and its anchored, leftmost-first DFA.
    each: Vec<(usize, LazyDfa)>,
    /// Search caches of all the DFAs above, kept across checks so their states are built once.
    caches: CachePool,
}

type LazyDfa = regex_automata::hybrid::dfa::DFA;

/// The patterns that may start with one character (digits start a dozen of them).
struct StartGroup {
    /// Indices into `RegexPass::each`.
    patterns: Vec<usize>,
    /// The characters that may follow the first in a match of any of them (sorted), or `None`
    /// when any may: most spots are ruled out here without running the DFA.
    second: Option<Vec<char>>,
    /// Anchored DFA of all of them with "all matches" semantics: which match at a spot.
    which: LazyDfa,
}

/// Patterns without a literal prefix, found by one multi-pattern search.
struct Unfiltered {
    all: regex_automata::meta::Regex,
    /// Same patterns with "all matches" semantics, to ask which of them match at a start.
    which: regex_automata::meta::Regex,
    /// Per pattern of `all`: its index in `RegexPass::each`.
    ids: Vec<usize>,
}

/// Caches of a pass's lazy DFAs: one per pattern, then one per start group.
struct Caches {
    each: Vec<regex_automata::hybrid::dfa::Cache>,
    groups: Vec<regex_automata::hybrid::dfa::Cache>,
}

/// Makes the caches of one pass (for a thread that has none free).
type MakeCaches =
    Box<dyn Fn() -> Caches + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;
type CachePool = regex_automata::util::pool::Pool<Caches, MakeCaches>;

/// Rule index standing for the pack's correction (retraction) patterns in the regex pass.
pub(super) const RETRACTION: usize = usize::MAX;

/// Most prefix literals one pattern may have before it is searched without them.
const MAX_PREFIXES: usize = 256;

/// The characters every match of `pattern` may start with, each with the character that must
/// follow it (`None`: any may), if there are few enough, all in the BMP (the start table's
/// range), and no match may be empty.
fn first_chars(pattern: &str) -> Option<Vec<(char, Option<char>)>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut ex = Extractor::new();
    ex.kind(ExtractKind::Prefix).limit_total(MAX_PREFIXES);
    let seq = ex.extract(&hir);
    let lits = seq.literals()?;
    let mut out = Vec::new();
    for l in lits {
        let text = String::from_utf8_lossy(l.as_bytes());
        let mut chars = text.chars();
        let c = chars.next()?;
        if c == char::REPLACEMENT_CHARACTER || (c as u32) >= 0x10000 {
            return None;
        }
        // A literal cut inside a character leaves a replacement character: no constraint.
        let second = chars.next().filter(|&d| d != char::REPLACEMENT_CHARACTER);
        out.push((c, second));
    }
    out.sort_unstable();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

/// A lazy DFA of `patterns` that only runs anchored searches.
fn lazy_dfa(patterns: &[&str], kind: regex_automata::MatchKind) -> Result<LazyDfa, String> {
    use regex_automata::hybrid::dfa;
    dfa::Builder::new()
        .configure(
            dfa::Config::new()
                .match_kind(kind)
                .starts_for_each_pattern(false),
        )
        .build_many(patterns)
        .map_err(|e| format!("{}: {e}", patterns.join(" | ")))
}

impl RegexPass {
    pub(super) fn build(patterns: Vec<(usize, String)>) -> Result<Option<RegexPass>, String> {
        use regex_automata::MatchKind;
        if patterns.is_empty() {
            return Ok(None);
        }
        let each: Vec<(usize, LazyDfa)> = patterns
            .iter()
            .map(|(r, p)| lazy_dfa(&[p.as_str()], MatchKind::LeftmostFirst).map(|d| (*r, d)))
            .collect::<Result<_, _>>()?;
        let mut first = vec![0u16; 0x10000];
        let mut members: Vec<(Vec<usize>, Option<Vec<char>>)> = Vec::new();
        let mut unfiltered: Vec<usize> = Vec::new();
        for (k, (_, p)) in patterns.iter().enumerate() {
            let Some(chars) = first_chars(p) else {
                unfiltered.push(k);
                continue;
            };
            for (c, second) in chars {
                let slot = &mut first[c as usize];
                if *slot == 0 {
                    members.push((Vec::new(), Some(Vec::new())));
                    *slot = u16::try_from(members.len()).map_err(|_| "too many pattern starts")?;
                }
                let (ks, seconds) = &mut members[*slot as usize - 1];
                if !ks.contains(&k) {
                    ks.push(k);
                }
                match (second, seconds.as_mut()) {
                    (Some(d), Some(v)) => {
                        if let Err(i) = v.binary_search(&d) {
                            v.insert(i, d);
                        }
                    }
                    (None, _) => *seconds = None,
                    (Some(_), None) => {}
                }
            }
        }
        let groups = members
            .into_iter()
            .map(|(m, second)| {
                let pats: Vec<&str> = m.iter().map(|&k| patterns[k].1.as_str()).collect();
                Ok(StartGroup {
                    which: lazy_dfa(&pats, MatchKind::All)?,
                    patterns: m,
                    second,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let unfiltered = if unfiltered.is_empty() {
            None
        } else {
            let pats: Vec<&str> = unfiltered.iter().map(|&k| patterns[k].1.as_str()).collect();
            Some(Unfiltered {
                all: regex_automata::meta::Regex::new_many(&pats).map_err(|e| e.to_string())?,
                which: regex_automata::meta::Builder::new()
                    .configure(regex_automata::meta::Config::new().match_kind(MatchKind::All))
                    .build_many(&pats)
                    .map_err(|e| e.to_string())?,
                ids: unfiltered,
            })
        };
        let (for_each, for_groups): (Vec<LazyDfa>, Vec<LazyDfa>) = (
            each.iter().map(|e| e.1.clone()).collect(),
            groups.iter().map(|g| g.which.clone()).collect(),
        );
        let caches = CachePool::new(Box::new(move || Caches {
            each: for_each.iter().map(|d| d.create_cache()).collect(),
            groups: for_groups.iter().map(|d| d.create_cache()).collect(),
        }));
        Ok(Some(RegexPass {
            first,
            groups,
            unfiltered,
            each,
            caches,
        }))
    }

    /// Whether some pattern has no literal prefix and needs a search over the whole text.
    #[cfg(test)]
    pub(super) fn has_unfiltered(&self) -> bool {
        self.unfiltered.is_some()
    }

    /// (rule, start byte, end byte) of every match of every pattern.
    pub(super) fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        use regex_automata::{Anchored, Input, PatternSet};
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let mut out = Vec::new();
        // Per pattern: its last match ends here; later starts inside it are the same match.
        let mut covered = vec![0usize; self.each.len()];
        let most = self
            .groups
            .iter()
            .map(|g| g.patterns.len())
            .max()
            .unwrap_or(0);
        let mut set = PatternSet::new(most.max(1));
        for (a, c) in text.char_indices() {
            let g = match self.first.get(c as usize) {
                Some(&g) if g != 0 => g as usize - 1,
                _ => continue,
            };
            let group = &self.groups[g];
            if let Some(second) = &group.second {
                let next = text[a + c.len_utf8()..].chars().next();
                if next.is_none_or(|d| second.binary_search(&d).is_err()) {
                    continue;
                }
            }
            set.clear();
            let input = Input::new(text).range(a..).anchored(Anchored::Yes);
            // Only a quit byte makes a lazy DFA fail, and none is configured; a cache that
            // keeps being cleared only makes it slower.
            if group
                .which
                .try_which_overlapping_matches(&mut caches.groups[g], &input, &mut set)
                .is_err()
            {
                continue;
            }
            for pid in set.iter() {
                let k = group.patterns[pid.as_usize()];
                if covered[k] <= a {
                    self.try_at(caches, text, a, k, &mut covered, &mut out);
                }
            }
        }
        if let Some(rest) = &self.unfiltered {
            let mut set = PatternSet::new(rest.which.pattern_len());
            let mut pos = 0usize;
            // Every position where some pattern starts a match (the combined search finds the
            // leftmost one), and which patterns match there.
            while pos < text.len() {
                let Some(m) = rest.all.search(&Input::new(text).range(pos..)) else {
                    break;
                };
                let a = m.start();
                set.clear();
                rest.which.which_overlapping_matches(
                    &Input::new(text).range(a..).anchored(Anchored::Yes),
                    &mut set,
                );
                for pid in set.iter() {
                    let k = rest.ids[pid.as_usize()];
                    if covered[k] <= a {
                        self.try_at(caches, text, a, k, &mut covered, &mut out);
                    }
                }
                pos = a + text[a..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Runs pattern `k` anchored at byte `a`; records a non-empty match.
    fn try_at(
        &self,
        caches: &mut Caches,
        text: &str,
        a: usize,
        k: usize,
        covered: &mut [usize],
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        use regex_automata::{Anchored, Input};
        let (rule, dfa) = &self.each[k];
        let input = Input::new(text).range(a..).anchored(Anchored::Yes);
        if let Ok(Some(m)) = dfa.try_search_fwd(&mut caches.each[k], &input) {
            if m.offset() > a {
                out.push((*rule, a, m.offset()));
                covered[k] = m.offset();
            }
        }
    }
}

/// Interns normalised terms, collecting the roles (rule indices) of each.
#[derive(Default)]
pub(super) struct Interner {
    pub(super) terms: Vec<String>,
    pub(super) roles: Vec<Vec<usize>>,
    pub(super) index: HashMap<String, usize>,
}

impl Interner {
    pub(super) fn add(&mut self, term: String, role: usize) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_sound_like_what_asr_writes() {
        let fold = crate::text::pinyin::fold;
        let re = Regex::new(&sound_regex(&ascii_digits(r"销量第1[^,。]{0,2}\d+"))).unwrap();
        // 第 heard as 地, the digit said as a numeral; escapes and classes kept as they are.
        assert!(re.is_match(&fold("销量地一名99")));
        assert!(!re.is_match(&fold("销量地二名99")));
        let counted = sound_regex(r"[^,。]{0,12}");
        assert_eq!(counted, r"[^,。]{0,12}", "repetition counts stay digits");
    }

    /// Every pattern's anchored match at every character position, skipping starts inside its
    /// previous match: what `matches` must return, found the slow way.
    fn brute(patterns: &[(usize, String)], text: &str) -> Vec<(usize, usize, usize)> {
        use regex_automata::{Anchored, Input};
        let mut out = Vec::new();
        for (rule, p) in patterns {
            let re = regex_automata::meta::Regex::new(p).unwrap();
            let mut covered = 0usize;
            for (a, _) in text.char_indices() {
                if a < covered {
                    continue;
                }
                if let Some(m) = re.search(&Input::new(text).range(a..).anchored(Anchored::Yes)) {
                    if m.end() > m.start() {
                        out.push((*rule, m.start(), m.end()));
                        covered = m.end();
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn prefiltered_pass_finds_what_a_scan_of_every_position_finds() {
        let patterns: Vec<(usize, String)> = [
            "比(?:别的|其他)[^,。]{0,8}(?:好|强)(?:[0-9]+倍)?",
            "[0-9]+天(?:就)?(?:见效|美白)",
            "原价(?:是)?[0-9]",
            "最好(?:的|[,.。]|$)",
            "五行缺[金木水火土]",
            // No literal prefix: searched without the prefilter.
            "\\p{Han}{0,2}第1",
            "(?:年化)?[0-9]+%",
        ]
        .iter()
        .enumerate()
        .map(|(i, p)| (i, p.to_string()))
        .collect();
        let pass = RegexPass::build(patterns.clone()).unwrap().unwrap();
        assert!(pass.has_unfiltered());
        let text = "这个比别的好3倍,比其他强。7天就见效,原价是299,最好的,最好。五行缺金木。\
                    全网第1,年化8%也有30%,比别的比别的好,最好";
        let want = brute(&patterns, text);
        assert!(want.len() >= 10, "{want:?}");
        assert_eq!(pass.matches(text), want);
    }
}
