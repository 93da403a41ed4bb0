//! Whisper's tokens into transcript segments: byte-level BPE pieces joined into whole UTF-8
//! characters, token times mapped from the packed window to the recording timeline, segments
//! split where the window jumps between speech stretches, and traditional characters
//! converted to simplified with the token texts kept in step.

use super::AudioWindow;
use crate::transcript::{Segment, TokenSpan};
use fast2s::convert as to_simplified;

/// A decoded token before UTF-8 joining, with times inside the window.
pub(super) struct RawToken {
    pub(super) bytes: Vec<u8>,
    pub(super) t0: u64,
    pub(super) t1: u64,
    pub(super) p: f32,
}

/// Builds the segment(s) of one Whisper segment: tokens joined into whole UTF-8 characters,
/// times mapped to the recording timeline, and the segment split where the window jumps from
/// one speech stretch to the next, so no segment spans the music cut out between them.
pub(super) fn split_at_pieces(
    window: &AudioWindow,
    seg_start: u64,
    seg_end: u64,
    raw: &[RawToken],
) -> Vec<Segment> {
    // Join bytes into characters first (Whisper's byte-level BPE splits CJK characters).
    let mut joined: Vec<(String, u64, u64, f32)> = Vec::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut pending_start: Option<u64> = None;
    for t in raw {
        pending.extend_from_slice(&t.bytes);
        let tok_start = *pending_start.get_or_insert(t.t0);
        let text = take_complete_utf8(&mut pending);
        if text.is_empty() {
            continue;
        }
        pending_start = if pending.is_empty() { None } else { Some(t.t1) };
        joined.push((text, tok_start, t.t1, t.p));
    }
    if !pending.is_empty() {
        joined.push((
            String::from_utf8_lossy(&pending).into_owned(),
            pending_start.unwrap_or(seg_end),
            seg_end,
            0.0,
        ));
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut current: Option<(usize, Segment)> = None;
    for (text, t0, t1, p) in joined {
        let piece = window.piece_at(t0);
        let piece_end = window.piece_end_ms(piece);
        let start_ms = window.to_timeline_ms(t0);
        let end_ms = window
            .to_timeline_ms(t1.max(t0))
            .clamp(start_ms, piece_end.max(start_ms));
        let token = TokenSpan {
            text,
            start_ms,
            end_ms,
            p,
        };
        match &mut current {
            Some((idx, seg)) if *idx == piece => {
                seg.end_ms = seg.end_ms.max(token.end_ms);
                seg.tokens.push(token);
            }
            _ => {
                if let Some((_, seg)) = current.take() {
                    out.push(seg);
                }
                let first = out.is_empty();
                let mut seg = Segment::new(start_ms, end_ms, "");
                if first && window.piece_at(seg_start) == piece {
                    seg.start_ms = window.to_timeline_ms(seg_start).min(start_ms);
                }
                seg.tokens.push(token);
                current = Some((piece, seg));
            }
        }
    }
    if let Some((piece, mut seg)) = current.take() {
        if window.piece_at(seg_end) == piece {
            seg.end_ms = seg.end_ms.max(window.to_timeline_ms(seg_end));
        }
        out.push(seg);
    }
    out
}

/// Takes the longest valid UTF-8 prefix out of `buf`, leaving an incomplete trailing
/// character (Whisper's byte-level BPE splits CJK characters across tokens) for the next token.
pub(super) fn take_complete_utf8(buf: &mut Vec<u8>) -> String {
    match std::str::from_utf8(buf) {
        Ok(s) => {
            let s = s.to_owned();
            buf.clear();
            s
        }
        Err(e) if e.error_len().is_none() => {
            let valid = e.valid_up_to();
            let s = String::from_utf8_lossy(&buf[..valid]).into_owned();
            buf.drain(..valid);
            s
        }
        Err(_) => {
            // Invalid bytes that no continuation can fix: keep them visible but lossless-ish.
            let s = String::from_utf8_lossy(buf).into_owned();
            buf.clear();
            s
        }
    }
}

/// Converts a segment to simplified characters, trims leading spaces, and keeps the token
/// texts in step with the segment text so character times stay exact.
pub(super) fn simplify_segment(segment: &mut Segment) {
    // Leading whitespace of the first tokens is not part of what was said.
    while let Some(first) = segment.tokens.first_mut() {
        let trimmed = first.text.trim_start().to_string();
        if trimmed.is_empty() {
            segment.tokens.remove(0);
        } else {
            first.text = trimmed;
            break;
        }
    }
    let raw: String = segment.tokens.iter().map(|t| t.text.as_str()).collect();
    let simplified = to_simplified(&raw);
    if simplified.chars().count() == raw.chars().count() {
        // Same length: re-split the converted text along the original token boundaries.
        let mut chars = simplified.chars();
        for t in &mut segment.tokens {
            let n = t.text.chars().count();
            t.text = chars.by_ref().take(n).collect();
        }
    } else {
        for t in &mut segment.tokens {
            t.text = to_simplified(&t.text);
        }
    }
    segment.text = segment
        .tokens
        .iter()
        .map(|t| t.text.as_str())
        .collect::<String>();
    segment.text = segment.text.trim_end().to_string();
    if segment.text.chars().count()
        != segment
            .tokens
            .iter()
            .map(|t| t.text.chars().count())
            .sum::<usize>()
    {
        // Trailing whitespace was trimmed: drop empty trailing tokens' text.
        let joined: String = segment.tokens.iter().map(|t| t.text.as_str()).collect();
        if joined.trim_end() == segment.text {
            while let Some(last) = segment.tokens.last_mut() {
                let t = last.text.trim_end().to_string();
                if t.is_empty() {
                    segment.tokens.pop();
                } else {
                    last.text = t;
                    break;
                }
            }
        }
    }
}

/// Removes the first `k` characters of a segment's text, its tokens in step; the segment then
/// starts where its first remaining token does.
pub(super) fn drop_leading_chars(segment: &mut Segment, k: usize) {
    segment.text = segment.text.chars().skip(k).collect();
    let mut left = k;
    while left > 0 && !segment.tokens.is_empty() {
        let n = segment.tokens[0].text.chars().count();
        if n <= left {
            segment.tokens.remove(0);
            left -= n;
        } else {
            let t = &mut segment.tokens[0];
            t.text = t.text.chars().skip(left).collect();
            left = 0;
        }
    }
    if let Some(first) = segment.tokens.first() {
        segment.start_ms = first.start_ms.max(segment.start_ms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_cjk_bytes_wait_for_their_continuation() {
        let bytes = "最低".as_bytes();
        let mut buf = bytes[..2].to_vec();
        assert_eq!(take_complete_utf8(&mut buf), "");
        buf.extend_from_slice(&bytes[2..4]);
        assert_eq!(take_complete_utf8(&mut buf), "最");
        buf.extend_from_slice(&bytes[4..]);
        assert_eq!(take_complete_utf8(&mut buf), "低");
        assert!(buf.is_empty());
    }

    #[test]
    fn leading_characters_go_with_their_tokens() {
        let mut s = Segment::new(0, 1000, "面霜这款");
        s.tokens = ["面霜", "这", "款"]
            .iter()
            .enumerate()
            .map(|(i, t)| TokenSpan {
                text: t.to_string(),
                start_ms: 250 * i as u64,
                end_ms: 250 * (i as u64 + 1),
                p: 0.9,
            })
            .collect();
        drop_leading_chars(&mut s, 1);
        assert_eq!(s.text, "霜这款");
        assert_eq!(s.tokens[0].text, "霜");
        drop_leading_chars(&mut s, 2);
        assert_eq!(s.text, "款");
        assert_eq!((s.tokens.len(), s.start_ms), (1, 500));
    }

    #[test]
    fn segments_become_simplified_with_tokens_in_step() {
        let mut s = Segment::new(0, 1000, "");
        s.tokens = vec![
            TokenSpan {
                text: " 這款".into(),
                start_ms: 0,
                end_ms: 400,
                p: 0.9,
            },
            TokenSpan {
                text: "面霜".into(),
                start_ms: 400,
                end_ms: 800,
                p: 0.9,
            },
        ];
        simplify_segment(&mut s);
        assert_eq!(s.text, "这款面霜");
        assert_eq!(s.tokens[0].text, "这款");
        assert_eq!(s.char_times()[2], (400, 600));
    }
}
