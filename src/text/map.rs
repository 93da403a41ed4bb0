//! The normalised text and its map back to the input.
//!
//! Kept compact because every transcript character passes through it: the source map is a
//! list of runs (an identity run covers any stretch copied one for one; a replacement run
//! covers 二百九十九 → 299), and character ↔ byte positions use a sparse index with short
//! forward walks instead of one entry per character.

/// Characters between two entries of the sparse character index: 8 keeps the walks from an
/// entry short (findings slice the text often) for 4 bytes per 8 characters.
const STRIDE: usize = 8;

/// One stretch of the source map: output characters `norm..norm+norm_len` came from input
/// characters `orig..orig+orig_len`; an identity run maps them one for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    norm: u32,
    norm_len: u32,
    orig: u32,
    orig_len: u32,
    identity: bool,
}

/// Converts byte offsets of a [`Normalized`] text to character indices by walking from the last
/// offset asked for (see [`Normalized::char_cursor`]).
pub struct CharCursor<'a> {
    norm: &'a Normalized,
    byte: usize,
    ch: usize,
}

impl CharCursor<'_> {
    /// Farthest walk from the previous offset before a lookup in the sparse index is cheaper.
    const MAX_WALK: usize = 512;

    /// Character index of a byte offset (on a character boundary, or the end).
    #[inline]
    pub fn char_at_byte(&mut self, byte: usize) -> usize {
        let bytes = self.norm.text.as_bytes();
        let byte = byte.min(bytes.len());
        let ch = if byte >= self.byte && byte - self.byte <= Self::MAX_WALK {
            self.ch + count_chars(&bytes[self.byte..byte])
        } else if byte < self.byte && self.byte - byte <= Self::MAX_WALK {
            self.ch - count_chars(&bytes[byte..self.byte])
        } else {
            self.norm.char_at_byte(byte)
        };
        self.byte = byte;
        self.ch = ch;
        ch
    }

    /// Byte offset the cursor stands at.
    pub fn byte(&self) -> usize {
        self.byte
    }
}

/// Text after normalisation, with a map back to the input characters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    runs: Vec<Run>,
    /// Byte offset of characters 0, STRIDE, 2·STRIDE, …
    marks: Vec<u32>,
    chars: usize,
    input_chars: u32,
}

/// Length in bytes of the UTF-8 character that starts with byte `b` (a lead byte: the text is
/// a `String`).
#[inline]
fn utf8_width(b: u8) -> usize {
    // 0xxxxxxx → 1, 110xxxxx → 2, 1110xxxx → 3, 11110xxx → 4.
    (b.leading_ones() as usize).max(1)
}

#[inline]
fn is_lead(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Characters that start in `bytes` (a stretch of UTF-8 text).
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| is_lead(**b)).count()
}

impl Normalized {
    /// Number of characters in the normalised text.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Number of input characters the text was made from.
    pub fn input_len(&self) -> usize {
        self.input_chars as usize
    }

    /// Character index of a byte offset (on a character boundary, or the end).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = self
            .marks
            .partition_point(|&m| m as usize <= byte)
            .saturating_sub(1);
        let from = self.marks.get(k).copied().unwrap_or(0) as usize;
        k * STRIDE + count_chars(&self.text.as_bytes()[from..byte])
    }

    /// A byte → character converter for offsets that come in (roughly) increasing order, as
    /// matches of one pass do: each lookup walks from the previous one.
    pub fn char_cursor(&self) -> CharCursor<'_> {
        CharCursor {
            norm: self,
            byte: 0,
            ch: 0,
        }
    }

    /// A [`CharCursor`] that starts at character `ch` (for matches in a window from there).
    pub fn char_cursor_at(&self, ch: usize) -> CharCursor<'_> {
        let ch = ch.min(self.chars);
        CharCursor {
            norm: self,
            byte: self.byte_at_char(ch),
            ch,
        }
    }

    /// Byte offset of a character index (`char_len()` gives the end of the text).
    pub fn byte_at_char(&self, ch: usize) -> usize {
        if ch >= self.chars {
            return self.text.len();
        }
        let bytes = self.text.as_bytes();
        let mut pos = self.marks[ch / STRIDE] as usize;
        for _ in 0..ch % STRIDE {
            pos += utf8_width(bytes[pos]);
        }
        pos
    }

    /// The normalised text of characters `a..b`.
    pub fn slice(&self, a: usize, b: usize) -> &str {
        let b = b.min(self.chars);
        let a = a.min(b);
        let start = self.byte_at_char(a);
        let mut end = start;
        let bytes = self.text.as_bytes();
        for _ in a..b {
            end += utf8_width(bytes[end]);
        }
        &self.text[start..end]
    }

    /// The normalised character at index `i` (`' '` past the end).
    pub fn char_at(&self, i: usize) -> char {
        if i >= self.chars {
            return ' ';
        }
        self.text[self.byte_at_char(i)..]
            .chars()
            .next()
            .unwrap_or(' ')
    }

    fn run_of(&self, k: usize) -> Option<&Run> {
        let i = self
            .runs
            .partition_point(|r| (r.norm as usize) <= k)
            .checked_sub(1)?;
        self.runs.get(i)
    }

    /// Input character range of normalised characters `a..b` (`a < b`): a replacement maps
    /// each of its characters to its whole source (the 9 of 299 → 二百九十九).
    pub fn source_range(&self, a: usize, b: usize) -> (usize, usize) {
        let b = b.min(self.chars);
        if a >= b {
            let p = if a >= self.chars {
                self.input_chars as usize
            } else {
                self.source_range(a, a + 1).0
            };
            return (p, p);
        }
        let (ra, rb) = (self.run_of(a).copied(), self.run_of(b - 1).copied());
        let start = match ra {
            Some(r) if r.identity => r.orig + (a as u32 - r.norm),
            Some(r) => r.orig,
            None => 0,
        };
        let end = match rb {
            Some(r) if r.identity => r.orig + (b as u32 - 1 - r.norm) + 1,
            Some(r) => r.orig + r.orig_len,
            None => 0,
        };
        (start as usize, end as usize)
    }

    /// First normalised character whose source starts at or after input character `o`.
    pub fn norm_index_of_source(&self, o: usize) -> usize {
        let o = o as u32;
        let i = self.runs.partition_point(|r| r.orig + r.orig_len <= o);
        match self.runs.get(i) {
            None => self.chars,
            Some(r) if r.identity && o > r.orig => (r.norm + (o - r.orig)) as usize,
            Some(r) if o > r.orig => (r.norm + r.norm_len) as usize,
            Some(r) => r.norm as usize,
        }
    }
}

/// Where an [`Out`] stood, to undo what was written after it.
#[derive(Clone, Copy)]
pub(crate) struct OutCheckpoint {
    text: usize,
    runs: usize,
    last_run: Option<Run>,
    marks: usize,
    chars: usize,
}

/// Output builder shared by the normalisation passes.
pub(crate) struct Out {
    text: String,
    runs: Vec<Run>,
    marks: Vec<u32>,
    chars: usize,
}

impl Out {
    pub(crate) fn with_capacity(bytes: usize) -> Out {
        Out {
            text: String::with_capacity(bytes),
            // About one run per number, dropped space or slang word.
            runs: Vec::with_capacity(bytes / 48 + 4),
            marks: Vec::with_capacity(bytes / (3 * STRIDE) + 2),
            chars: 0,
        }
    }

    #[inline]
    fn put(&mut self, c: char) {
        if self.chars.is_multiple_of(STRIDE) {
            self.marks.push(self.text.len() as u32);
        }
        self.text.push(c);
        self.chars += 1;
    }

    /// Appends a character copied from input character `s`.
    #[inline]
    pub(crate) fn push_one(&mut self, c: char, s: u32) {
        self.extend_identity(s, 1);
        self.put(c);
    }

    /// Records that the next `n` output characters are input characters `s..s+n`, one for one
    /// (extending the last run when it ends just there).
    #[inline]
    fn extend_identity(&mut self, s: u32, n: u32) {
        let k = self.chars as u32;
        match self.runs.last_mut() {
            Some(r) if r.identity && r.norm + r.norm_len == k && r.orig + r.orig_len == s => {
                r.norm_len += n;
                r.orig_len += n;
            }
            _ => self.runs.push(Run {
                norm: k,
                norm_len: n,
                orig: s,
                orig_len: n,
                identity: true,
            }),
        }
    }

    /// The state to go back to with [`Out::rollback`].
    pub(crate) fn checkpoint(&self) -> OutCheckpoint {
        OutCheckpoint {
            text: self.text.len(),
            runs: self.runs.len(),
            last_run: self.runs.last().copied(),
            marks: self.marks.len(),
            chars: self.chars,
        }
    }

    /// Forgets everything written after `c` was taken.
    pub(crate) fn rollback(&mut self, c: OutCheckpoint) {
        self.text.truncate(c.text);
        self.runs.truncate(c.runs);
        if let (Some(r), Some(saved)) = (self.runs.last_mut(), c.last_run) {
            *r = saved;
        }
        self.marks.truncate(c.marks);
        self.chars = c.chars;
    }

    /// Appends `text`, copied one for one from input characters `s..s+n` (`n` is its number of
    /// characters): one run and a memcpy instead of a push per character.
    pub(crate) fn push_plain(&mut self, text: &str, s: u32, n: u32) {
        if n == 0 {
            return;
        }
        self.extend_identity(s, n);
        let base = self.text.len();
        // Marks of the characters at multiples of STRIDE inside `text`.
        let mut next_mark = self.chars.next_multiple_of(STRIDE);
        if next_mark < self.chars + n as usize {
            for (i, (off, _)) in text.char_indices().enumerate() {
                if self.chars + i == next_mark {
                    self.marks.push((base + off) as u32);
                    next_mark += STRIDE;
                }
            }
        }
        self.text.push_str(text);
        self.chars += n as usize;
    }

    /// Appends a character that came from input characters `s..e`.
    #[inline]
    pub(crate) fn push(&mut self, c: char, s: u32, e: u32) {
        if e == s + 1 {
            self.push_one(c, s);
        } else {
            let mut b = [0u8; 4];
            self.push_str(c.encode_utf8(&mut b), s, e);
        }
    }

    /// Appends a string that replaces input characters `s..e`.
    pub(crate) fn push_str(&mut self, t: &str, s: u32, e: u32) {
        let k = self.chars as u32;
        let n = t.chars().count() as u32;
        if n == 0 {
            return;
        }
        self.runs.push(Run {
            norm: k,
            norm_len: n,
            orig: s,
            orig_len: e.saturating_sub(s).max(1),
            identity: false,
        });
        for c in t.chars() {
            self.put(c);
        }
    }

    /// The last character written, if any.
    pub(crate) fn last(&self) -> Option<char> {
        self.text.chars().next_back()
    }

    pub(crate) fn finish(self, input_chars: u32) -> Normalized {
        Normalized {
            text: self.text,
            runs: self.runs,
            marks: self.marks,
            chars: self.chars,
            input_chars,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_and_byte_positions_agree_past_the_stride() {
        let mut o = Out::with_capacity(0);
        let text = "a中b文".repeat(40);
        for (i, c) in text.chars().enumerate() {
            o.push_one(c, i as u32);
        }
        let n = o.finish(text.chars().count() as u32);
        for (k, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(n.byte_at_char(k), b);
            assert_eq!(n.char_at_byte(b), k);
        }
        assert_eq!(n.slice(70, 74), "b文a中");
        assert_eq!(n.char_at(71), '文');
        assert_eq!(n.source_range(10, 20), (10, 20));
        assert_eq!(n.norm_index_of_source(33), 33);
    }

    #[test]
    fn replacements_map_to_their_whole_source() {
        let mut o = Out::with_capacity(0);
        o.push_one('价', 0);
        o.push_str("299", 2, 7); // input 1 was dropped (a space)
        o.push_one('元', 7);
        let n = o.finish(8);
        assert_eq!(n.source_range(1, 4), (2, 7));
        assert_eq!(n.source_range(2, 3), (2, 7));
        assert_eq!(n.source_range(0, 1), (0, 1));
        assert_eq!(n.source_range(3, 5), (2, 8));
        assert_eq!(n.norm_index_of_source(2), 1);
        assert_eq!(n.norm_index_of_source(7), 4);
        assert_eq!(n.norm_index_of_source(1), 1);
    }

    #[test]
    fn positions_agree_whichever_way_they_are_found() {
        // Mixed widths (1, 2, 3 and 4 bytes) over many index entries.
        let text = "价格a¥299元，é买一送一😀".repeat(40);
        let n = crate::text::normalize(&text);
        let bounds: Vec<usize> = n
            .text
            .char_indices()
            .map(|(b, _)| b)
            .chain([n.text.len()])
            .collect();
        for (ch, &b) in bounds.iter().enumerate() {
            assert_eq!(n.byte_at_char(ch), b);
            assert_eq!(n.char_at_byte(b), ch);
        }
        for a in (0..n.char_len()).step_by(7) {
            let want: String = n.text.chars().skip(a).take(5).collect();
            assert_eq!(n.slice(a, a + 5), want);
        }
        // The cursor walks forward, back, and jumps farther than it walks.
        let mut at = n.char_cursor();
        let mut x: u64 = 99;
        for _ in 0..2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let ch = (x % bounds.len() as u64) as usize;
            assert_eq!(at.char_at_byte(bounds[ch]), ch);
            let near = (ch + (x >> 40) as usize % 5).min(bounds.len() - 1);
            assert_eq!(at.char_at_byte(bounds[near]), near);
        }
        let mut from = n.char_cursor_at(100);
        assert_eq!(from.char_at_byte(bounds[103]), 103);
        assert_eq!(from.char_at_byte(bounds[98]), 98);
    }
}
