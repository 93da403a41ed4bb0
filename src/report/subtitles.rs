//! SRT and WebVTT renderings of a transcript, for players and subtitle editors.
//!
//! A cue is what a viewer reads at once: at most [`MAX_CUE_MS`] on screen and at most two
//! lines of [`LINE_COLS`] columns (a CJK character takes two). A Whisper segment often says
//! more than that (pub01 opens with a 16.5 s segment of three sentences), so long segments are
//! cut into several cues between tokens, never inside one: after a sentence end (。！？)
//! first, then after a pause mark (，、；：), then where the speaker pauses longest, each cut
//! near an even share of the segment. Cues stay inside their segment, in order, touching but
//! never overlapping: a cue ends where the next one's first token starts.

use super::clock;
use crate::transcript::Segment;

/// Longest time one cue stays on screen; longer segments are cut.
pub const MAX_CUE_MS: u64 = 7000;

/// Widest line of a cue, in columns (a CJK character takes two, so 18 characters).
pub const LINE_COLS: usize = 36;

/// Most columns one cue's text may take: two lines, less the column a wide character may
/// leave empty at the end of the first, so two lines always hold it.
const CUE_COLS: usize = 2 * LINE_COLS - 2;

/// SubRip text: numbered cues with `HH:MM:SS,mmm` times.
pub fn to_srt(segments: &[Segment]) -> String {
    let mut out = String::new();
    for (i, c) in cues(segments).iter().enumerate() {
        out.push_str(&format!(
            "{}\n{} --> {}\n{}\n\n",
            i + 1,
            clock(c.start_ms, ','),
            clock(c.end_ms.max(c.start_ms + 1), ','),
            c.text
        ));
    }
    out
}

/// WebVTT text: header, then cues with `HH:MM:SS.mmm` times.
pub fn to_vtt(segments: &[Segment]) -> String {
    let mut out = String::from("WEBVTT\n\n");
    for c in cues(segments) {
        out.push_str(&format!(
            "{} --> {}\n{}\n\n",
            clock(c.start_ms, '.'),
            clock(c.end_ms.max(c.start_ms + 1), '.'),
            c.text.replace("-->", "->")
        ));
    }
    out
}

/// One subtitle: its time on screen and its text, already wrapped into one or two lines.
#[derive(Debug, Clone, PartialEq)]
struct Cue {
    start_ms: u64,
    end_ms: u64,
    text: String,
}

/// A piece of a segment that is never cut: a token, or one character when the segment has
/// no usable token times.
struct Unit {
    text: String,
    start_ms: u64,
    end_ms: u64,
}

/// Every segment's cues, in transcript order.
fn cues(segments: &[Segment]) -> Vec<Cue> {
    let mut out = Vec::new();
    for s in segments {
        segment_cues(s, &mut out);
    }
    out
}

/// The pieces a segment may be cut between. Tokens when they spell the segment's text;
/// otherwise (a segment read from an external transcript, or one whose text was edited after
/// decoding) its characters, with times spread evenly over the segment: the fallback then
/// splits the text proportionally by character count.
fn units(s: &Segment) -> Vec<Unit> {
    let joined: String = s.tokens.iter().map(|t| t.text.as_str()).collect();
    if !s.tokens.is_empty() && joined == s.text {
        return s
            .tokens
            .iter()
            .map(|t| Unit {
                text: t.text.clone(),
                start_ms: t.start_ms,
                end_ms: t.end_ms,
            })
            .collect();
    }
    s.text
        .chars()
        .zip(s.char_times())
        .map(|(c, (start_ms, end_ms))| Unit {
            text: c.to_string(),
            start_ms,
            end_ms,
        })
        .collect()
}

/// Cuts one segment into cues of at most [`MAX_CUE_MS`] and two lines each (a single token
/// longer than that stays whole). Works through a stack rather than recursion, so no segment
/// can exhaust the call stack.
fn segment_cues(s: &Segment, out: &mut Vec<Cue>) {
    let units = units(s);
    // cols[i]: columns of units[..i], for the width of any run of units.
    let mut cols = vec![0usize];
    for u in &units {
        cols.push(cols.last().copied().unwrap_or(0) + width(&u.text));
    }
    let (t0, t1) = (s.start_ms, s.end_ms.max(s.start_ms));
    let mut todo = vec![(0usize, units.len(), t0, t1)];
    while let Some((a, b, t0, t1)) = todo.pop() {
        let need = pieces_needed(t1 - t0, cols[b] - cols[a]);
        match (need > 1).then(|| best_cut(&units, &cols, (a, b), (t0, t1), need)) {
            Some(Some((k, c))) => {
                todo.push((k, b, c, t1));
                todo.push((a, k, t0, c));
            }
            _ => {
                let text: String = units[a..b].iter().map(|u| u.text.as_str()).collect();
                out.push(Cue {
                    start_ms: t0,
                    end_ms: t1,
                    text: wrap(&text),
                });
            }
        }
    }
}

/// How many cues a stretch of `ms` with `cols` columns of text needs at least.
fn pieces_needed(ms: u64, cols: usize) -> usize {
    let by_time = ms.div_ceil(MAX_CUE_MS).max(1);
    let by_width = cols.div_ceil(CUE_COLS).max(1);
    usize::try_from(by_time).unwrap_or(usize::MAX).max(by_width)
}

/// The best place to cut `units[a..b]` (on screen `t0..t1`, needing `need` cues): the unit
/// index that starts the second part and the time of the cut, strictly inside `t0..t1`.
/// `None` when no cut leaves both parts some time.
fn best_cut(
    units: &[Unit],
    cols: &[usize],
    (a, b): (usize, usize),
    (t0, t1): (u64, u64),
    need: usize,
) -> Option<(usize, u64)> {
    let span = t1 - t0;
    let total_cols = (cols[b] - cols[a]).max(1);
    // Which of the two limits asks for more cues decides what an even share is measured in.
    let by_time = span as f64 / MAX_CUE_MS as f64 >= total_cols as f64 / CUE_COLS as f64;
    let mut best: Option<(f64, usize, u64)> = None;
    for k in a + 1..b {
        let share = |part: u128, whole: u128| (u128::from(span) * part / whole.max(1)) as u64;
        let proportional = t0 + share((cols[k] - cols[a]) as u128, total_cols as u128);
        // Token times when they fall inside; otherwise a share by width (times out of order).
        let c = match units[k].start_ms.clamp(t0, t1) {
            c if c > t0 && c < t1 => c,
            _ if proportional > t0 && proportional < t1 => proportional,
            _ => continue,
        };
        let frac = if by_time {
            (c - t0) as f64 / span as f64
        } else {
            (cols[k] - cols[a]) as f64 / total_cols as f64
        };
        // Distance to the nearest even share, in shares (0 on target, 0.5 halfway between).
        let off = (frac * need as f64 - (frac * need as f64).round()).abs();
        let gap = units[k]
            .start_ms
            .saturating_sub(units[k - 1].end_ms)
            .min(1000) as f64;
        let score = cut_after(&units[k - 1].text, &units[k].text) + 1.5 * gap / 1000.0
            - 16.0 * off * off
            - if frac * (need as f64) < 0.5 || frac * (need as f64) > need as f64 - 0.5 {
                8.0
            } else {
                0.0
            };
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, k, c));
        }
    }
    best.map(|(_, k, c)| (k, c))
}

/// How good a cut between `before` and `after` reads: after a sentence end best, after a
/// pause mark well, before punctuation (a cue opening with a comma) badly.
fn cut_after(before: &str, after: &str) -> f64 {
    let last = before.chars().last();
    let next = after.chars().next();
    let mut score = match last {
        Some(c) => mark_strength(c, next),
        None => 0.0,
    };
    if next.is_some_and(|c| mark_strength(c, None) > 0.0) {
        score -= 3.0;
    }
    score
}

/// 3 for a sentence end, 2 for a pause mark, 0 otherwise. An ASCII comma or full stop
/// followed by a digit is part of a number ("3,2,1", "9.9"), not a pause.
fn mark_strength(c: char, next: Option<char>) -> f64 {
    match c {
        '。' | '！' | '？' | '…' | '!' | '?' => 3.0,
        '.' | ',' if next.is_some_and(|n| n.is_ascii_digit()) => 0.0,
        '.' => 3.0,
        '，' | '、' | '；' | '：' | ',' | ';' | ':' => 2.0,
        _ => 0.0,
    }
}

/// Cue text on one line, or two when wider than [`LINE_COLS`]: broken after punctuation when
/// one is near the middle, never inside a run of ASCII letters or digits when avoidable.
/// Whitespace (newlines included) becomes single spaces; an empty cue shows "…".
fn wrap(text: &str) -> String {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.is_empty() {
        return "…".into();
    }
    let chars: Vec<char> = t.chars().collect();
    let total = width(&t);
    if total <= LINE_COLS {
        return t;
    }
    let mut best: Option<(f64, usize)> = None;
    let mut left = 0;
    for i in 1..chars.len() {
        left += char_width(chars[i - 1]);
        let (prev, next) = (chars[i - 1], chars[i]);
        let overflow = left.max(total - left).saturating_sub(LINE_COLS) as f64;
        let inside_word = prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric();
        let off = (left as f64 / total as f64 - 0.5).abs();
        let score = cut_after(&prev.to_string(), &next.to_string())
            + if prev == ' ' || next == ' ' { 1.0 } else { 0.0 }
            - if inside_word { 4.0 } else { 0.0 }
            - 8.0 * off
            - 100.0 * overflow;
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let i = best.map_or(chars.len() / 2, |(_, i)| i);
    let (one, two): (String, String) = (chars[..i].iter().collect(), chars[i..].iter().collect());
    format!("{}\n{}", one.trim_end(), two.trim_start())
}

/// Columns `s` takes on screen.
fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Two columns for East Asian wide and full-width characters, one for the rest.
fn char_width(c: char) -> usize {
    match c as u32 {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::TokenSpan;

    #[test]
    fn srt_and_vtt_have_their_own_time_formats() {
        let segs = vec![
            Segment::new(1500, 4250, "全网最低价"),
            Segment::new(5000, 6000, "\n"),
        ];
        let srt = to_srt(&segs);
        assert!(srt.starts_with("1\n00:00:01,500 --> 00:00:04,250\n全网最低价\n\n2\n"));
        let vtt = to_vtt(&segs);
        assert!(vtt.starts_with("WEBVTT\n\n00:00:01.500 --> 00:00:04.250\n全网最低价\n\n"));
        assert!(!vtt.contains("\n\n\n"));
    }

    /// pub01's opening segment as the base model hears it: 16.56 s, four sentences, 78
    /// characters, one token per character or word with its own time.
    fn pub01_opening() -> Segment {
        let words =
            "家 人 们 晚上 好 , 欢 迎 来 到 我们 的 直 播 间 。 新 来 的 宝 宝 点 个 关 注 。 \
            今天 给 大家 带 来 的是 我们 家 的 明 星 产 品 , 这 款 修 护 面 双 。 \
            这 款 面 双 是 全 网 最 低 价 , 别 的 地方 根 本 找 不到 这个 价 格 。";
        let starts = [
            6320, 6580, 6720, 7080, 7580, 7640, 7900, 8080, 8280, 8480, 8700, 8860, 9040, 9180,
            9460, 9820, 10160, 10340, 10500, 10680, 11020, 11020, 11220, 11400, 11600, 12140,
            12520, 12800, 13100, 13320, 13440, 13700, 13960, 14140, 14280, 14400, 14580, 14840,
            15100, 15440, 15660, 15880, 16120, 16320, 16520, 16700, 17300, 17660, 17900, 18100,
            18320, 18560, 18740, 18920, 19180, 19360, 19580, 19920, 20100, 20220, 20480, 20720,
            20860, 21060, 21340, 21660, 21780, 22060, 22400, 22420,
        ];
        let words: Vec<&str> = words.split_whitespace().collect();
        assert_eq!(words.len() + 1, starts.len());
        let mut s = Segment::new(5860, 22420, words.concat());
        s.tokens = words
            .iter()
            .zip(starts.windows(2))
            .map(|(text, at)| TokenSpan {
                text: (*text).into(),
                start_ms: at[0],
                end_ms: at[1],
                p: 0.9,
            })
            .collect();
        s
    }

    /// Every cue of `s` is inside it, in order, not overlapping, at most `MAX_CUE_MS` long
    /// and two lines of at most `LINE_COLS`, and together they say the segment's text.
    fn check_cues(s: &Segment) -> Vec<Cue> {
        let mut out = Vec::new();
        segment_cues(s, &mut out);
        assert_eq!(out[0].start_ms, s.start_ms);
        assert_eq!(out.last().unwrap().end_ms, s.end_ms);
        for pair in out.windows(2) {
            assert_eq!(pair[0].end_ms, pair[1].start_ms, "{out:#?}");
        }
        for c in &out {
            assert!(c.start_ms < c.end_ms, "{c:?}");
            assert!(c.end_ms - c.start_ms <= MAX_CUE_MS, "{c:?}");
            let lines: Vec<&str> = c.text.lines().collect();
            assert!(lines.len() <= 2, "{c:?}");
            assert!(lines.iter().all(|l| width(l) <= LINE_COLS), "{c:?}");
        }
        let said: String = out.iter().flat_map(|c| c.text.split_whitespace()).collect();
        let text: String = s.text.split_whitespace().collect();
        assert_eq!(said, text);
        out
    }

    #[test]
    fn a_long_segment_becomes_short_cues_cut_at_sentence_ends() {
        // Three cues of 6.7, 5.1 and 4.8 s, each cut after a sentence end.
        let cues = check_cues(&pub01_opening());
        assert!(cues.len() >= 3, "{cues:#?}");
        // Cut between tokens, after punctuation, at the next token's start.
        for c in &cues[..cues.len() - 1] {
            let last = c.text.chars().last().unwrap();
            assert!("。,".contains(last), "{cues:#?}");
        }
        let starts: Vec<u64> = cues.iter().map(|c| c.start_ms).collect();
        assert_eq!(starts, [5860, 12520, 17660], "{cues:#?}");
        assert_eq!(
            cues[2].text,
            "这款面双是全网最低价,\n别的地方根本找不到这个价格。"
        );
        assert!(cues[0].text.starts_with("家人们晚上好,"));
    }

    #[test]
    fn short_segments_stay_one_cue_on_one_line() {
        let mut s = Segment::new(22420, 24340, "原价299");
        s.tokens = ["原", "价", "29", "9"]
            .iter()
            .zip([22760, 23220, 23760, 23760])
            .map(|(t, at)| TokenSpan {
                text: (*t).into(),
                start_ms: at,
                end_ms: at + 300,
                p: 0.9,
            })
            .collect();
        let cues = check_cues(&s);
        assert_eq!(
            cues,
            vec![Cue {
                start_ms: 22420,
                end_ms: 24340,
                text: "原价299".into()
            }]
        );
    }

    #[test]
    fn a_short_but_wordy_segment_wraps_into_two_lines() {
        let s = Segment::new(0, 6000, "库存只剩最后30单,拍完就没有了,3,2,1,上链接");
        let cues = check_cues(&s);
        assert_eq!(cues.len(), 1);
        assert_eq!(cues[0].text, "库存只剩最后30单,\n拍完就没有了,3,2,1,上链接");
    }

    #[test]
    fn without_token_times_the_text_is_split_by_character_count() {
        let mut s = pub01_opening();
        s.tokens.clear();
        let cues = check_cues(&s);
        assert!(cues.len() >= 3, "{cues:#?}");
        // Times follow the share of characters: the first cut is where its characters end.
        let n = s.text.chars().count() as u64;
        let first = cues[0].text.replace('\n', "").chars().count() as u64;
        let at = s.start_ms + (s.end_ms - s.start_ms) * first / n;
        assert!(cues[0].end_ms.abs_diff(at) <= 1, "{cues:#?}");
    }

    #[test]
    fn tokens_out_of_order_or_without_time_still_give_ordered_cues() {
        let mut s = pub01_opening();
        for t in &mut s.tokens {
            t.start_ms = 6000;
            t.end_ms = 6000;
        }
        check_cues(&s);
        let mut s = pub01_opening();
        s.tokens.reverse();
        s.text = s.tokens.iter().map(|t| t.text.as_str()).collect();
        check_cues(&s);
    }
}
