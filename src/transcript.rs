//! Timestamped transcript: what the ASR stage emits and what the rules stage reads.
//!
//! Times are milliseconds in the recording's own timeline (from the start of the source), so
//! a finding's time points at the same moment in the original recording.

use serde::{Deserialize, Serialize};

/// One token (or sub-word piece) of a segment with its own time span, used to time findings
/// tightly on the words that triggered them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenSpan {
    /// Text of the token after traditional→simplified conversion (may be empty for
    /// byte-fragment tokens that only complete a character together with the next one).
    pub text: String,
    pub start_ms: u64,
    pub end_ms: u64,
    /// Token probability reported by the decoder.
    #[serde(default)]
    pub p: f32,
}

/// One transcript segment as written into `findings.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
    #[serde(default)]
    pub avg_logprob: f32,
    #[serde(default)]
    pub no_speech_prob: f32,
    /// Token-level timing; not part of the stable schema, kept out of the JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<TokenSpan>,
}

impl Segment {
    /// A segment without token timing (e.g. read from an external transcript).
    pub fn new(start_ms: u64, end_ms: u64, text: impl Into<String>) -> Self {
        Segment {
            start_ms,
            end_ms,
            text: text.into(),
            avg_logprob: 0.0,
            no_speech_prob: 0.0,
            tokens: Vec::new(),
        }
    }

    /// Time of each character of `text`, from the tokens when they cover the text exactly,
    /// otherwise spread evenly over the segment. Used to map a match back to audio time.
    pub fn char_times(&self) -> Vec<(u64, u64)> {
        let chars: Vec<char> = self.text.chars().collect();
        if chars.is_empty() {
            return Vec::new();
        }
        let joined: String = self.tokens.iter().map(|t| t.text.as_str()).collect();
        if !self.tokens.is_empty() && joined == self.text {
            let mut out = Vec::with_capacity(chars.len());
            for t in &self.tokens {
                let n = t.text.chars().count() as u64;
                if n == 0 {
                    continue;
                }
                let span = t.end_ms.saturating_sub(t.start_ms);
                for i in 0..n {
                    let s = t.start_ms + span * i / n;
                    let e = t.start_ms + span * (i + 1) / n;
                    out.push((s, e));
                }
            }
            return out;
        }
        let n = chars.len() as u64;
        let span = self.end_ms.saturating_sub(self.start_ms);
        (0..n)
            .map(|i| {
                (
                    self.start_ms + span * i / n,
                    self.start_ms + span * (i + 1) / n,
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_times_follow_tokens_when_they_cover_the_text() {
        let mut s = Segment::new(1000, 3000, "全网最低");
        s.tokens = vec![
            TokenSpan {
                text: "全网".into(),
                start_ms: 1000,
                end_ms: 1400,
                p: 0.9,
            },
            TokenSpan {
                text: "最低".into(),
                start_ms: 2000,
                end_ms: 2400,
                p: 0.9,
            },
        ];
        let t = s.char_times();
        assert_eq!(
            t,
            vec![(1000, 1200), (1200, 1400), (2000, 2200), (2200, 2400)]
        );
    }

    #[test]
    fn char_times_spread_evenly_without_tokens() {
        let s = Segment::new(0, 400, "一二三四");
        assert_eq!(s.char_times()[3], (300, 400));
    }
}
