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

/// A set of phrases (normalised) and regexes searched inside a window of the running text.
pub(super) struct Phrases {
    pub(super) ac: Option<AhoCorasick>,
    pub(super) max_chars: usize,
    pub(super) regex: Vec<Regex>,
}

impl Phrases {
    pub(super) fn build(
        terms: &[String],
        regex: &[String],
        kind: MatchKind,
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

    pub(super) fn is_empty(&self) -> bool {
        self.ac.is_none() && self.regex.is_empty()
    }

    /// Calls `f` with every match (normalised char span) inside chars `a..b` until it returns
    /// `false`; returns whether it stopped early.
    pub(super) fn each_match(
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
pub(super) struct RegexPass {
    pub(super) all: regex_automata::meta::Regex,
    /// Same patterns with "all matches" semantics, to ask which of them match in a stretch.
    pub(super) which: regex_automata::meta::Regex,
    pub(super) each: Vec<(usize, regex_automata::meta::Regex)>,
}

/// Rule index standing for the pack's correction (retraction) patterns in the regex pass.
pub(super) const RETRACTION: usize = usize::MAX;

impl RegexPass {
    pub(super) fn build(patterns: Vec<(usize, String)>) -> Result<Option<RegexPass>, String> {
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
    pub(super) fn matches(&self, text: &str) -> Vec<(usize, usize, usize)> {
        use regex_automata::{Anchored, Input, PatternSet};
        let mut out = Vec::new();
        let mut set = PatternSet::new(self.which.pattern_len());
        // Per pattern: its last match ends here; later starts inside it are the same match.
        let mut covered = vec![0usize; self.each.len()];
        let mut pos = 0usize;
        // Visit every position where some pattern starts a match (the combined search finds the
        // leftmost one), ask which patterns match there, and take each one's match.
        while pos < text.len() {
            let Some(m) = self.all.search(&Input::new(text).range(pos..)) else {
                break;
            };
            let a = m.start();
            set.clear();
            self.which.which_overlapping_matches(
                &Input::new(text).range(a..).anchored(Anchored::Yes),
                &mut set,
            );
            for pid in set.iter() {
                let k = pid.as_usize();
                if covered[k] > a {
                    continue;
                }
                let (rule, re) = &self.each[k];
                if let Some(mm) = re.search(&Input::new(text).range(a..).anchored(Anchored::Yes)) {
                    if mm.end() > mm.start() {
                        out.push((*rule, mm.start(), mm.end()));
                        covered[k] = mm.end();
                    }
                }
            }
            pos = a + text[a..].chars().next().map_or(1, char::len_utf8);
        }
        out.sort_unstable();
        out.dedup();
        out
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
