//! The combined regex pass: every rule's trigger regexes run as one walk over the text.
//!
//! Almost every pattern can only start with one of a few literals (比别的…, 原价\d, \d+天…).
//! A walk over the text's characters looks each one up in a table of pattern starts; where
//! one begins, an anchored DFA of the patterns starting with that character says which of them
//! match there (it reads a few characters and stops), and only those run alone to take their
//! match. Reading the whole text through a lazy DFA of all patterns at once, which this
//! replaced, cost more than the rest of the engine together.
//!
//! Two shapes do not fit one start table and get their own lookups, because either would
//! otherwise fall to a search of the whole text that the default pack's patterns make slow
//! (their unanchored DFA outgrows its cache and is rebuilt state by state, check after check):
//! - *wide* patterns, a long alternation such as hundreds of disease names: they start with
//!   too many characters to join each character's group DFA (building those took a second),
//!   so they run alone at each of their starts;
//! - *lead* patterns, a bounded run of a class before a literal (`\p{Han}{0,3}(?:量|率)…第1`):
//!   their matches start `min..=max` characters before a character that may begin the rest,
//!   and run from those places only.
//!
//! Patterns that fit neither are located by one leftmost search of all of them together.
//!
//! The DFAs are lazy (built state by state as texts ask for them, in caches kept across
//! checks): fully built ones took a second to compile for the default pack, because of
//! classes like `[^,。]` over all of Unicode.
//!
//! The result is every pattern's leftmost-first match at each start that does not fall
//! inside that pattern's previous match.

use regex_automata::{Anchored, Input, MatchKind, PatternSet};
use regex_syntax::hir::{Hir, HirKind};

type LazyDfa = regex_automata::hybrid::dfa::DFA;

/// All rules' trigger regexes, run as one pass over the text (see the module docs).
pub(super) struct RegexPass {
    /// Per BMP code point: 1 + index into `groups` of the patterns that may start with it, or 0.
    first: Vec<u16>,
    /// Patterns that may start with one character.
    groups: Vec<StartGroup>,
    /// Patterns that open with a bounded run of a class.
    leads: Vec<Lead>,
    /// Per BMP code point: bit `i` set when lead `i`'s rest may start with it.
    lead_first: Vec<u8>,
    /// Leftmost search over the patterns without a literal prefix.
    unfiltered: Option<Unfiltered>,
    /// Per pattern: its rule and its anchored, leftmost-first DFA.
    each: Vec<(usize, LazyDfa)>,
    /// Search caches of all the DFAs above, kept across checks so their states are built once.
    caches: CachePool,
}

/// The patterns that may start with one character (digits start a dozen of them).
struct StartGroup {
    /// Indices into `RegexPass::each` of the patterns in `which`.
    patterns: Vec<usize>,
    /// Wide patterns that may start here: each runs alone.
    wide: Vec<usize>,
    /// The characters that may follow the first in a match of any of them (sorted), or `None`
    /// when any may: most spots are ruled out here without running a DFA.
    second: Option<Vec<char>>,
    /// Anchored DFA of `patterns` with "all matches" semantics: which match at a spot (`None`
    /// when only wide patterns start here).
    which: Option<LazyDfa>,
}

/// A pattern `C{min,max}REST`: it can only start `min..=max` characters before a character
/// that may begin `REST`.
struct Lead {
    pattern: usize,
    min: usize,
    max: usize,
    /// Anchored DFA of `REST` alone: a start is tried only before a place where the rest
    /// matches (行 starts the rest of a shop pattern in every 不行; the rest dies at once there,
    /// where each of the starts before it would read the whole class run first).
    rest: LazyDfa,
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
    groups: Vec<Option<regex_automata::hybrid::dfa::Cache>>,
    leads: Vec<regex_automata::hybrid::dfa::Cache>,
}

/// Makes the caches of one pass (for a check that finds none free).
type MakeCaches =
    Box<dyn Fn() -> Caches + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// Caches free for the next check, whichever thread runs it. Written out rather than
/// regex-automata's `Pool`: that pool keys its free lists by thread, and `check` runs on
/// threads spawned per call, so its caches were mostly made afresh (each DFA state built
/// again: 30 distinct cache sets in 80 checks of `bench_rules`, 4 % of the time in
/// determinisation). One lock per pass and check is nothing beside the walk.
struct CachePool {
    free: std::sync::Mutex<Vec<Caches>>,
    make: MakeCaches,
}

impl CachePool {
    fn new(make: MakeCaches) -> CachePool {
        CachePool {
            free: std::sync::Mutex::new(Vec::new()),
            make,
        }
    }

    /// Free caches (the warmest: the last returned), or new ones.
    fn get(&self) -> CachesGuard<'_> {
        let free = self
            .free
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop();
        CachesGuard {
            pool: self,
            caches: Some(free.unwrap_or_else(|| (self.make)())),
        }
    }
}

/// Caches in use by one check; back to the pool when dropped.
struct CachesGuard<'p> {
    pool: &'p CachePool,
    caches: Option<Caches>,
}

impl std::ops::Deref for CachesGuard<'_> {
    type Target = Caches;
    fn deref(&self) -> &Caches {
        self.caches.as_ref().expect("caches until dropped")
    }
}

impl std::ops::DerefMut for CachesGuard<'_> {
    fn deref_mut(&mut self) -> &mut Caches {
        self.caches.as_mut().expect("caches until dropped")
    }
}

impl Drop for CachesGuard<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.caches.take() {
            self.pool
                .free
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(c);
        }
    }
}

/// Most prefix literals one pattern may have before it is searched without them.
const MAX_PREFIXES: usize = 256;

/// Most two-character prefixes a pattern with too many whole prefixes may have.
const MAX_SHORT_PREFIXES: usize = 4096;

/// Patterns starting with more characters than this are wide: they run alone at each start
/// instead of joining every start character's group DFA.
const MAX_GROUP_CHARS: usize = 64;

/// Longest leading class run a lead pattern may have (longer ones are searched unfiltered).
const MAX_LEAD: usize = 16;

/// Most lead patterns (one bit each in `lead_first`).
const MAX_LEADS: usize = 8;

/// The characters every match of `hir` may start with, each with the character that must
/// follow it (`None`: any may), if there are few enough, all in the BMP (the start table's
/// range), and no match may be empty.
fn first_chars(hir: &Hir) -> Option<Vec<(char, Option<char>)>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let mut ex = Extractor::new();
    ex.kind(ExtractKind::Prefix).limit_total(MAX_PREFIXES);
    let mut seq = ex.extract(hir);
    if !seq.is_finite() {
        // A long alternation (hundreds of disease names) has too many prefixes, but few
        // distinct first two characters: cut each prefix to two CJK characters' bytes.
        let mut short = Extractor::new();
        short
            .kind(ExtractKind::Prefix)
            .limit_literal_len(6)
            .limit_total(MAX_SHORT_PREFIXES);
        seq = short.extract(hir);
    }
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

/// `(min, max, first characters of the rest, the rest)` of a pattern `C{min,max}REST` whose
/// rest has a literal prefix and never matches empty.
fn lead(hir: &Hir) -> Option<(usize, usize, Vec<char>, Hir)> {
    let HirKind::Concat(parts) = hir.kind() else {
        return None;
    };
    let HirKind::Repetition(rep) = parts.first()?.kind() else {
        return None;
    };
    if !matches!(rep.sub.kind(), HirKind::Class(_)) {
        return None;
    }
    let max = usize::try_from(rep.max?).ok().filter(|&m| m <= MAX_LEAD)?;
    let rest = Hir::concat(parts[1..].to_vec());
    let mut chars: Vec<char> = first_chars(&rest)?.into_iter().map(|c| c.0).collect();
    chars.dedup();
    Some((rep.min as usize, max, chars, rest))
}

/// A lazy DFA of `patterns` that only runs anchored searches.
fn lazy_dfa(patterns: &[&str], kind: MatchKind) -> Result<LazyDfa, String> {
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

/// An anchored DFA of a lead pattern's rest that stops at its first match: only whether the
/// rest matches at a place is asked.
fn rest_dfa(rest: &Hir) -> Result<LazyDfa, String> {
    use regex_automata::hybrid::dfa;
    let nfa = regex_automata::nfa::thompson::Compiler::new()
        .build_from_hir(rest)
        .map_err(|e| e.to_string())?;
    dfa::Builder::new()
        .configure(dfa::Config::new().starts_for_each_pattern(false))
        .build_from_nfa(nfa)
        .map_err(|e| e.to_string())
}

/// A start group under construction: its grouped patterns, wide patterns and second chars.
type GroupParts = (Vec<usize>, Vec<usize>, Option<Vec<char>>);

/// The start groups' DFAs and filters, from what `RegexPass::build` collected per character.
fn start_groups(
    patterns: &[(usize, String)],
    members: Vec<GroupParts>,
) -> Result<Vec<StartGroup>, String> {
    members
        .into_iter()
        .map(|(m, wide, second)| {
            let pats: Vec<&str> = m.iter().map(|&k| patterns[k].1.as_str()).collect();
            let which = if pats.is_empty() {
                None
            } else {
                Some(lazy_dfa(&pats, MatchKind::All)?)
            };
            Ok(StartGroup {
                which,
                patterns: m,
                wide,
                second,
            })
        })
        .collect()
}

impl RegexPass {
    /// Sorts `(rule, pattern)`s into start groups, wide, lead and unfiltered patterns and
    /// builds their DFAs (`None` when there are no patterns).
    pub(super) fn build(patterns: Vec<(usize, String)>) -> Result<Option<RegexPass>, String> {
        if patterns.is_empty() {
            return Ok(None);
        }
        let each: Vec<(usize, LazyDfa)> = patterns
            .iter()
            .map(|(r, p)| lazy_dfa(&[p.as_str()], MatchKind::LeftmostFirst).map(|d| (*r, d)))
            .collect::<Result<_, _>>()?;
        let mut first = vec![0u16; 0x10000];
        let mut lead_first = vec![0u8; 0x10000];
        let mut members: Vec<GroupParts> = Vec::new();
        let mut leads: Vec<Lead> = Vec::new();
        let mut unfiltered: Vec<usize> = Vec::new();
        for (k, (_, p)) in patterns.iter().enumerate() {
            let hir = regex_syntax::Parser::new()
                .parse(p)
                .map_err(|e| format!("{p}: {e}"))?;
            let Some(chars) = first_chars(&hir) else {
                match lead(&hir).filter(|_| leads.len() < MAX_LEADS) {
                    Some((min, max, first_of_rest, rest)) => {
                        for c in first_of_rest {
                            lead_first[c as usize] |= 1 << leads.len();
                        }
                        leads.push(Lead {
                            pattern: k,
                            min,
                            max,
                            rest: rest_dfa(&rest).map_err(|e| format!("{p}: {e}"))?,
                        });
                    }
                    None => unfiltered.push(k),
                }
                continue;
            };
            let starts = 1 + chars.windows(2).filter(|w| w[0].0 != w[1].0).count();
            let wide = starts > MAX_GROUP_CHARS;
            for (c, second) in chars {
                let slot = &mut first[c as usize];
                if *slot == 0 {
                    members.push((Vec::new(), Vec::new(), Some(Vec::new())));
                    *slot = u16::try_from(members.len()).map_err(|_| "too many pattern starts")?;
                }
                let (grouped, wides, seconds) = &mut members[*slot as usize - 1];
                let list = if wide { wides } else { grouped };
                if !list.contains(&k) {
                    list.push(k);
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
        let groups = start_groups(&patterns, members)?;
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
        let (for_each, for_groups): (Vec<LazyDfa>, Vec<Option<LazyDfa>>) = (
            each.iter().map(|e| e.1.clone()).collect(),
            groups.iter().map(|g| g.which.clone()).collect(),
        );
        let for_leads: Vec<LazyDfa> = leads.iter().map(|l| l.rest.clone()).collect();
        let caches = CachePool::new(Box::new(move || Caches {
            each: for_each.iter().map(|d| d.create_cache()).collect(),
            groups: for_groups
                .iter()
                .map(|d| d.as_ref().map(|d| d.create_cache()))
                .collect(),
            leads: for_leads.iter().map(|d| d.create_cache()).collect(),
        }));
        Ok(Some(RegexPass {
            first,
            groups,
            leads,
            lead_first,
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
        let mut caches = self.caches.get();
        let caches = &mut *caches;
        let mut out = Vec::new();
        // Per pattern: its last match ends here; later starts inside it are the same match.
        let mut covered = vec![0usize; self.each.len()];
        self.grouped_matches(caches, text, &mut covered, &mut out);
        if !self.leads.is_empty() {
            self.lead_matches(caches, text, &mut covered, &mut out);
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

    /// Matches of the patterns with a literal prefix, found from the start table.
    fn grouped_matches(
        &self,
        caches: &mut Caches,
        text: &str,
        covered: &mut [usize],
        out: &mut Vec<(usize, usize, usize)>,
    ) {
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
            if let (Some(which), Some(cache)) = (&group.which, caches.groups[g].as_mut()) {
                let input = Input::new(text).range(a..).anchored(Anchored::Yes);
                // Only a quit byte makes a lazy DFA fail, and none is configured. The set is
                // left empty at all but a few spots: clearing and walking it (a flag per
                // pattern of the largest group) only where something matched saves both.
                if which
                    .try_which_overlapping_matches(cache, &input, &mut set)
                    .is_ok()
                    && !set.is_empty()
                {
                    for pid in set.iter() {
                        let k = group.patterns[pid.as_usize()];
                        if covered[k] <= a {
                            self.try_at(caches, text, a, k, covered, out);
                        }
                    }
                    set.clear();
                }
            }
            for &k in &group.wide {
                if covered[k] <= a {
                    self.try_at(caches, text, a, k, covered, out);
                }
            }
        }
    }

    /// Matches of the lead patterns: each runs from the places `min..=max` characters before
    /// a character that may begin its rest, in text order.
    fn lead_matches(
        &self,
        caches: &mut Caches,
        text: &str,
        covered: &mut [usize],
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        // Byte offsets of the last MAX_LEAD + 1 characters, by character index modulo the ring.
        let mut ring = [0usize; MAX_LEAD + 1];
        // Per lead: the first character index not yet tried as a start.
        let mut next = vec![0usize; self.leads.len()];
        for (i, (a, c)) in text.char_indices().enumerate() {
            ring[i % ring.len()] = a;
            let bits = self.lead_first.get(c as usize).copied().unwrap_or(0);
            if bits == 0 {
                continue;
            }
            for (l, lead) in self.leads.iter().enumerate() {
                if bits & (1 << l) == 0 || i < lead.min {
                    continue;
                }
                let from = next[l].max(i.saturating_sub(lead.max));
                if from > i - lead.min {
                    continue;
                }
                // A match starting before `i` with its class run ending here needs the rest to
                // match here; a start whose run ends at a later place is tried from there.
                let input = Input::new(text)
                    .range(a..)
                    .anchored(Anchored::Yes)
                    .earliest(true);
                if !matches!(
                    lead.rest.try_search_fwd(&mut caches.leads[l], &input),
                    Ok(Some(_))
                ) {
                    continue;
                }
                for j in from..=i - lead.min {
                    let start = ring[j % ring.len()];
                    if covered[lead.pattern] <= start {
                        self.try_at(caches, text, start, lead.pattern, covered, out);
                    }
                }
                next[l] = next[l].max(i - lead.min + 1);
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern's anchored match at every character position, skipping starts inside its
    /// previous match: what `matches` must return, found the slow way.
    fn brute(patterns: &[(usize, String)], text: &str) -> Vec<(usize, usize, usize)> {
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
        // A wide pattern: a hundred two-character "diseases" (一子, 丁子 …) before 病.
        let wide: String = ('一'..='\u{4e63}')
            .map(|c| format!("{c}子"))
            .collect::<Vec<_>>()
            .join("|");
        let patterns: Vec<(usize, String)> = [
            "比(?:别的|其他)[^,。]{0,8}(?:好|强)(?:[0-9]+倍)?".to_string(),
            "[0-9]+天(?:就)?(?:见效|美白)".into(),
            "原价(?:是)?[0-9]".into(),
            "最好(?:的|[,.。]|$)".into(),
            "五行缺[金木水火土]".into(),
            // Leads: a class run before a literal.
            "\\p{Han}{0,2}第1".into(),
            "\\p{Han}{1,3}(?:店|馆)[^,。]{0,4}[0-9]+".into(),
            // No literal prefix and no bounded lead: searched without the prefilter.
            "(?:\\p{Han}|[0-9])+号".into(),
            "(?:年化)?[0-9]+%".into(),
            format!("(?:{wide})病"),
        ]
        .into_iter()
        .enumerate()
        .collect();
        let pass = RegexPass::build(patterns.clone()).unwrap().unwrap();
        assert!(pass.has_unfiltered());
        assert_eq!(pass.leads.len(), 2);
        assert!(pass.groups.iter().any(|g| !g.wide.is_empty()));
        let text = "这个比别的好3倍,比其他强。7天就见效,原价是299,最好的,最好。五行缺金木。\
                    全网第1,第1,年化8%也有30%,比别的比别的好,最好,药店卖99,3号店里的88,\
                    他专卖店卖129,七号,丁子病一丁子病乙病,九子病";
        let want = brute(&patterns, text);
        assert!(want.len() >= 16, "{want:?}");
        assert_eq!(pass.matches(text), want);
    }
}
