//! Pattern machinery of the engine: pack regexes over normalised text, phrase sets searched
//! in windows and the term interner (the combined regex pass is in `regex_pass`).

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

/// Rule index standing for the pack's correction (retraction) patterns in the regex pass.
pub(super) const RETRACTION: usize = usize::MAX;

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
}
