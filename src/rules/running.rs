//! The running transcript: all segments as one text, normalised, with every character mapped
//! back to its segment and its time. Claims that straddle a segment boundary are found here and
//! timed on their own words.

use std::cell::OnceCell;

use crate::text::{self, Normalized};
use crate::transcript::Segment;

/// The transcript as one text plus the maps back to segments and times.
pub(crate) struct Running<'a> {
    segs: &'a [Segment],
    /// Index of the first original character of each segment, plus the total.
    seg_start: Vec<usize>,
    times: Vec<OnceCell<Vec<(u64, u64)>>>,
    /// Normalised running text.
    pub norm: Normalized,
    /// Normalised character indices where a long pause starts a new region.
    breaks: Vec<usize>,
    /// Normalised character indices where a pause of [`SENTENCE_PAUSE_MS`] or more starts a
    /// segment: the host has finished a sentence even if the transcript has no full stop.
    pauses: Vec<usize>,
}

/// A pause between segments this long ends a sentence (ASR often writes no full stop).
const SENTENCE_PAUSE_MS: u64 = 700;
/// A sentence is looked for at most this far either side of a claim.
const SENTENCE_REACH: usize = 80;

/// Whether `c`, between `prev` and `next`, ends a sentence: a sentence break that is not a
/// decimal point (39.9元).
fn ends_sentence_between(prev: char, c: char, next: char) -> bool {
    text::is_sentence_break(c) && !(c == '.' && prev.is_ascii_digit() && next.is_ascii_digit())
}

/// What [`Running::scan_sentences`] tells its reader, in text order.
pub(crate) enum SentenceScan {
    /// The next character (normalised) of the current sentence.
    Char(char),
    /// The current sentence ended: its normalised character range and its byte range.
    End((usize, usize), (usize, usize)),
}

/// Byte offset of character `k` of `t` (its length when `k` is past the end).
fn byte_of_char(t: &str, k: usize) -> usize {
    t.char_indices().nth(k).map_or(t.len(), |(i, _)| i)
}

impl<'a> Running<'a> {
    /// Joins segments (no separator: a segment boundary may fall inside a word) and normalises.
    pub(crate) fn new(segs: &'a [Segment], hard_break_ms: u64) -> Running<'a> {
        let parts: Vec<&str> = segs.iter().map(|s| s.text.as_str()).collect();
        let norm = text::normalize_parts(&parts);
        let mut seg_start = Vec::with_capacity(segs.len() + 1);
        let mut n = 0usize;
        for s in segs {
            seg_start.push(n);
            n += s.text.chars().count();
        }
        seg_start.push(n);
        let mut breaks = Vec::new();
        let mut pauses = Vec::new();
        for k in 1..segs.len() {
            let pause = segs[k].start_ms.saturating_sub(segs[k - 1].end_ms);
            if pause >= hard_break_ms.min(SENTENCE_PAUSE_MS) {
                let at = norm.norm_index_of_source(seg_start[k]);
                if pause >= hard_break_ms {
                    breaks.push(at);
                }
                if pause >= SENTENCE_PAUSE_MS {
                    pauses.push(at);
                }
            }
        }
        let times = (0..segs.len()).map(|_| OnceCell::new()).collect();
        Running {
            segs,
            seg_start,
            times,
            norm,
            breaks,
            pauses,
        }
    }

    /// Number of original characters.
    pub(crate) fn orig_len(&self) -> usize {
        *self.seg_start.last().unwrap_or(&0)
    }

    /// Original text of characters `a..b` (across segments).
    pub(crate) fn orig_slice(&self, a: usize, b: usize) -> String {
        let mut out = String::new();
        self.push_orig_slice(a, b, &mut out);
        out
    }

    /// Appends the original text of characters `a..b` to `out`, trimmed of surrounding
    /// whitespace (quotes and context of findings: built in place, one allocation each).
    pub(crate) fn push_orig_trimmed(&self, a: usize, b: usize, out: &mut String) {
        let at = out.len();
        self.push_orig_slice(a, b, out);
        let end = at + out[at..].trim_end().len();
        out.truncate(end);
        let lead = out[at..].len() - out[at..].trim_start().len();
        if lead > 0 {
            out.drain(at..at + lead);
        }
    }

    /// Appends the original text of characters `a..b` to `out`.
    pub(crate) fn push_orig_slice(&self, a: usize, b: usize, out: &mut String) {
        let n = self.orig_len();
        let (a, b) = (a.min(n), b.min(n));
        if a >= b {
            return;
        }
        out.reserve(3 * (b - a));
        let mut seg = self
            .seg_start
            .partition_point(|&s| s <= a)
            .saturating_sub(1);
        while seg < self.segs.len() && self.seg_start[seg] < b {
            let s0 = self.seg_start[seg];
            let skip = a.saturating_sub(s0);
            let take = b.min(self.seg_start[seg + 1]) - s0.max(a);
            let t = self.segs[seg].text.as_str();
            let from = byte_of_char(t, skip);
            let to = from + byte_of_char(&t[from..], take);
            out.push_str(&t[from..to]);
            seg += 1;
        }
    }

    /// Segment that holds original character `i`.
    pub(crate) fn segment_of(&self, i: usize) -> usize {
        self.seg_start
            .partition_point(|&s| s <= i)
            .saturating_sub(1)
            .min(self.segs.len().saturating_sub(1))
    }

    /// Start and end time of original character `i`.
    pub(crate) fn char_time(&self, i: usize) -> (u64, u64) {
        let seg = self
            .seg_start
            .partition_point(|&s| s <= i)
            .saturating_sub(1);
        let seg = seg.min(self.segs.len() - 1);
        let sg = &self.segs[seg];
        let k = i - self.seg_start[seg];
        if sg.tokens.is_empty() {
            // Same even spread as Segment::char_times, without building the whole list.
            let n = self.seg_start[seg + 1] - self.seg_start[seg];
            let (n, k) = (n.max(1) as u64, k as u64);
            let span = sg.end_ms.saturating_sub(sg.start_ms);
            return (sg.start_ms + span * k / n, sg.start_ms + span * (k + 1) / n);
        }
        let times = self.times[seg].get_or_init(|| sg.char_times());
        times.get(k).copied().unwrap_or((sg.start_ms, sg.end_ms))
    }

    /// Time span of normalised characters `a..b` (the words that were said).
    pub(crate) fn span_time(&self, a: usize, b: usize) -> (u64, u64) {
        let (oa, ob) = self.norm.source_range(a, b);
        if ob <= oa {
            let t = self.char_time(oa.min(self.orig_len().saturating_sub(1)));
            return (t.0, t.0);
        }
        (self.char_time(oa).0, self.char_time(ob - 1).1)
    }

    /// The region (between long pauses) that holds normalised character `i`.
    pub(crate) fn region(&self, i: usize) -> (usize, usize) {
        let k = self.breaks.partition_point(|&b| b <= i);
        let lo = if k == 0 { 0 } else { self.breaks[k - 1] };
        let hi = self.breaks.get(k).copied().unwrap_or(self.norm.char_len());
        (lo, hi)
    }

    /// The sentence around `s..e` (normalised characters): from just after the last sentence
    /// break or pause before it to the next one after it, within its region. A claim's required
    /// words are looked for here, so a finding never reaches into an unrelated sentence; a
    /// claim over two segments said without a pause is still one.
    pub(crate) fn sentence(&self, s: usize, e: usize) -> (usize, usize) {
        let (lo, hi) = self.region(s);
        let k = self.pauses.partition_point(|&p| p <= s);
        let lo = lo.max(if k == 0 { 0 } else { self.pauses[k - 1] });
        let k = self.pauses.partition_point(|&p| p < e.max(s + 1));
        let hi = hi.min(self.pauses.get(k).copied().unwrap_or(usize::MAX));
        let mut a = s.min(hi);
        let floor = lo.max(s.saturating_sub(SENTENCE_REACH));
        while a > floor && !self.ends_sentence(a - 1) {
            a -= 1;
        }
        let mut b = e.max(a).min(hi);
        let ceil = hi.min(e + SENTENCE_REACH);
        while b < ceil && !self.ends_sentence(b) {
            b += 1;
        }
        // Include the full stop itself when one ends the sentence.
        if b < hi && self.ends_sentence(b) {
            b += 1;
        }
        (a, b)
    }

    /// The end of the sentence that starts at `b` (the end of another), or `b` itself when the
    /// region ends there: what a claim said in two sentences spans. A sentence pause between
    /// two segments does not stop it (超市一斤要八十多。/ 我们这边一斤三十九块九 are often two
    /// segments); only a long pause, which ends the region, does.
    pub(crate) fn next_sentence_end(&self, b: usize) -> usize {
        let (_, hi) = self.region(b.saturating_sub(1));
        if b >= hi {
            return b;
        }
        self.sentence(b, b + 1).1.max(b)
    }

    /// The start of the sentence that ends at `a` (the start of another), or `a` itself when
    /// the region starts there: the mirror of `next_sentence_end`, for a claim whose second
    /// half comes first (今天直播间三百八十八。/ 商场里标的是八百八).
    pub(crate) fn previous_sentence_start(&self, a: usize) -> usize {
        let (lo, _) = self.region(a);
        if a <= lo {
            return a;
        }
        self.sentence(a - 1, a).0.min(a)
    }

    /// Drops matches that run across a pause between segments (what follows a pause is another
    /// sentence), except those that reach one character past it (a pattern that looks at the
    /// character after a number), which are cut at the pause.
    pub(crate) fn keep_within_pauses<T>(
        &self,
        items: &mut Vec<T>,
        span: impl Fn(&T) -> (usize, usize),
        mut cut: impl FnMut(&mut T, usize),
    ) {
        if self.pauses.is_empty() {
            return;
        }
        items.retain_mut(|it| {
            let (s, e) = span(it);
            let p = self.end_before_pause(s, e);
            if p == e {
                true
            } else if e - p <= 1 && p > s {
                cut(it, p);
                true
            } else {
                false
            }
        });
    }

    /// `e` cut back to the first sentence pause inside `s..e`: a required phrase found in the
    /// next segment may not carry a character of the segment after it (a pattern that looks
    /// one character past a number would otherwise quote the start of an unrelated line).
    pub(crate) fn end_before_pause(&self, s: usize, e: usize) -> usize {
        let k = self.pauses.partition_point(|&p| p <= s);
        match self.pauses.get(k) {
            Some(&p) if p < e => p,
            _ => e,
        }
    }

    /// Every sentence of the text in order, as normalised character ranges that tile it with
    /// their byte ranges in the normalised text: cut after a full stop, at a pause, at a long
    /// pause, and every `2 × SENTENCE_REACH` characters of a run-on. One scan that tells `f`
    /// each character as it is read and each sentence as it ends, so that a reader of every
    /// sentence's characters (the sentence model's prefilter) reads the text once with the
    /// walk ([`Running::sentence`] walks from a claim and would cost a lookup per character).
    pub(crate) fn scan_sentences(&self, mut f: impl FnMut(SentenceScan)) {
        let text = self.norm.text.as_str();
        let mut cuts: Vec<usize> = self.pauses.iter().chain(&self.breaks).copied().collect();
        cuts.sort_unstable();
        let mut cuts = cuts.into_iter().peekable();
        let (mut a, mut ba) = (0, 0);
        let mut prev = '\0';
        let mut chars = text.char_indices().enumerate().peekable();
        while let Some((k, (bk, c))) = chars.next() {
            while let Some(&cut) = cuts.peek() {
                if cut > k {
                    break;
                }
                cuts.next();
                if cut == k && k > a {
                    f(SentenceScan::End((a, k), (ba, bk)));
                    (a, ba) = (k, bk);
                }
            }
            f(SentenceScan::Char(c));
            let next = chars.peek().map_or(' ', |&(_, (_, d))| d);
            let ends = ends_sentence_between(prev, c, next);
            prev = c;
            if ends || k + 1 - a >= 2 * SENTENCE_REACH {
                let end = bk + c.len_utf8();
                f(SentenceScan::End((a, k + 1), (ba, end)));
                (a, ba) = (k + 1, end);
            }
        }
        let n = self.norm.char_len();
        if a < n {
            f(SentenceScan::End((a, n), (ba, text.len())));
        }
    }

    /// Whether normalised character `k` ends a sentence (a decimal point does not: 39.9元).
    fn ends_sentence(&self, k: usize) -> bool {
        let c = self.norm.char_at(k);
        if c != '.' {
            return text::is_sentence_break(c);
        }
        let prev = if k > 0 { self.norm.char_at(k - 1) } else { ' ' };
        ends_sentence_between(prev, c, self.norm.char_at(k + 1))
    }

    /// Normalised character index of the first character after time `ms`, at most `limit`
    /// characters after `from` (binary search: character times only grow).
    pub(crate) fn index_after_time(&self, from: usize, ms: u64, limit: usize) -> usize {
        let end = self.norm.char_len().min(from + limit);
        let (mut lo, mut hi) = (from, end);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let (oa, _) = self.norm.source_range(mid, mid + 1);
            if self.char_time(oa).0 > ms {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
