//! The trigger passes over one transcript: the lexicon (terms, context words and correction
//! phrases), the regexes, the regexes folded to sound, and the terms by sound; then the hits
//! that a surer hit of the same rule makes redundant are dropped.

use super::matchers::RETRACTION;
use super::{Hit, Kind, RuleEngine, CONTEXT_ROLE};
use crate::rules::running::Running;

impl RuleEngine {
    /// Lexicon terms, context terms and correction phrases: one Aho-Corasick pass. `words`
    /// gets the span of every match of two characters or more, sorted.
    pub(super) fn exact_hits(
        &self,
        rt: &Running,
        ctx: &mut [Vec<usize>],
        retract: &mut Vec<(usize, usize)>,
        words: &mut Vec<(usize, usize)>,
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
                let e = at.char_at_byte(m.end());
                if e - s >= 2 {
                    words.push((s, e));
                }
                if self.retraction_terms[pid] {
                    retract.push((s, e));
                }
                if roles.is_empty() {
                    continue;
                }
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
        words.sort_unstable();
    }

    /// The rules' regexes (and the pack's correction patterns) over the normalised text.
    pub(super) fn regex_hits(
        &self,
        rt: &Running,
        retract: &mut Vec<(usize, usize)>,
        hits: &mut Vec<Hit>,
    ) {
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
    pub(super) fn folded_regex_hits(&self, rt: &Running, folded: &str, hits: &mut Vec<Hit>) {
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
    /// A two-character term heard across the edge of a word said as written (`words`: 一支眼霜
    /// heard as 止痒) is chance, and is skipped.
    pub(super) fn pinyin_hits(
        &self,
        rt: &Running,
        folded: &str,
        words: &[(usize, usize)],
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
                    if n.slice(s, e) == self.pinyin_terms[pid].0
                        || (e - s <= 2 && cuts_a_word(words, s, e))
                    {
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
}

/// Whether a word of `words` (sorted spans) starts or ends strictly inside `s..e` and runs
/// past it: the span cuts that word in two.
fn cuts_a_word(words: &[(usize, usize)], s: usize, e: usize) -> bool {
    // Terms are short: a word ending inside the span starts at most this far before it.
    const LONGEST_WORD: usize = 32;
    let from = words.partition_point(|w| w.0 + LONGEST_WORD < s);
    words[from..]
        .iter()
        .take_while(|w| w.0 < e)
        .any(|&(a, b)| (a < s && b > s && b < e) || (a > s && a < e && b > e))
}

/// Drops hits that an exact or regex hit of the same rule on the same characters makes
/// redundant: a regex hit where a lexicon term matched, a fuzzy hit where the words themselves
/// matched (the folded regexes match again wherever the plain ones did). Conditions depend only
/// on rule and span, and merging keeps the surest kind of equal spans, so the findings are the
/// same; a quarter of the work goes on such repeats in claim-dense talk. Order is kept.
pub(super) fn drop_repeated_hits(hits: &mut Vec<Hit>) {
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
    fn a_span_cuts_a_word_only_across_its_edge() {
        // 一支眼霜: 支眼 (1..3) cuts 眼霜 (2..4); 眼霜 itself, or a span holding it, does not.
        let words = [(2, 4), (10, 12)];
        assert!(cuts_a_word(&words, 1, 3));
        assert!(cuts_a_word(&words, 3, 5));
        assert!(!cuts_a_word(&words, 2, 4));
        assert!(!cuts_a_word(&words, 1, 5));
        assert!(!cuts_a_word(&words, 5, 7));
        assert!(
            !cuts_a_word(&[(0, 40)], 30, 32),
            "a span inside a word does not cut it"
        );
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
}
