//! Hearing a rule's words by sound: which of its patterns join the sound pass, the words and
//! characters it is spelt back with, and whether a match heard by sound is strong enough to
//! stand.

use super::{CompiledRule, Rule};
use crate::text;

impl CompiledRule {
    /// Whether any of the rule's own characters is in `heard`.
    pub(super) fn holds_own(&self, heard: &str) -> bool {
        heard.chars().any(|c| self.own_chars.contains(&c))
    }

    /// Whether a pattern match by sound is strong enough to stand alone: it opens on one of
    /// the rule's own characters and holds two of them, or holds three; digits count as the
    /// rule's own (numbers are heard right far more often than words). 家用微信 (家 for 加,
    /// then anything, then 微信) does not; 全网醉低价, 销量地一 and 园价458 do.
    pub(super) fn stands_by_sound(&self, heard: &str) -> bool {
        let own = |c: &char| self.own_chars.contains(c) || c.is_ascii_digit();
        let count = heard.chars().filter(own).count();
        let opens = heard.chars().next().is_some_and(|c| own(&c));
        (opens && count >= 2) || count >= 3
    }

    /// What `heard` stands for in the rule's own words: each stretch that sounds like one of
    /// its words (terms, required phrases, pattern literals; longest first) becomes that word,
    /// and each remaining character that is not the rule's own becomes the rule's character
    /// of the same sound (根只鼻言 → 根治鼻炎, 能将血压 → 能降血压).
    pub(super) fn canonical(&self, heard: &str) -> String {
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
pub(super) fn too_wide_for_sound(pattern: &str) -> bool {
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
pub(super) fn rule_words(rule: &Rule) -> Vec<(Vec<char>, Vec<char>)> {
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
pub(super) fn vocabulary(
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
}
