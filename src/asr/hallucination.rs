//! Filters for text Whisper invents over music, silence and noise.
//!
//! Whisper trained on subtitled video writes credits and sign-offs ("字幕由Amara.org社群提供",
//! "请不吝点赞 订阅 转发 打赏", "谢谢观看") when it hears no speech, and can loop on one phrase.
//! These phrases would otherwise reach the rules and the transcript an officer reads.

use crate::transcript::Segment;

/// Phrases that are subtitle credits or channel sign-offs, not livestream speech. A segment
/// whose text (without punctuation) is made of these alone is dropped.
const KNOWN_PHRASES: &[&str] = &[
    "字幕由amara.org社群提供",
    "字幕由amara.org社区提供",
    "amara.org",
    "请不吝点赞订阅转发打赏支持明镜与点点栏目",
    "请不吝点赞订阅转发打赏",
    "点赞订阅转发打赏",
    "明镜与点点栏目",
    "谢谢观看",
    "感谢观看",
    "谢谢大家观看",
    "谢谢收看",
    "感谢收看",
    "请订阅我的频道",
    "订阅我的频道",
    "字幕志愿者",
    "中文字幕",
    "字幕制作",
    "本字幕由",
    "优优独播剧场",
    "yoyo television series exclusive",
    "以下是普通话的句子",
];

/// Pieces of the initial prompt: Whisper sometimes repeats the prompt over music instead of
/// transcribing; a segment containing one of these is an echo, not speech.
/// (The default prompt is `简体中文`; the longer pieces are those of earlier default prompts, which
/// users may still pass with `--prompt`.)
const PROMPT_ECHOES: &[&str] = &["简体中文", "普通话的句子", "使用简体中文", "以下是普通话"];

/// True when the segment repeats the initial prompt.
pub fn is_prompt_echo(text: &str) -> bool {
    let t = strip(text);
    PROMPT_ECHOES.iter().any(|p| t.contains(p))
}

/// Thresholds for dropping a segment as non-speech.
#[derive(Debug, Clone, Copy)]
pub struct HallucinationFilter {
    /// Drop when `no_speech_prob` exceeds this and the text is also unlikely.
    pub no_speech_thold: f32,
    /// …where "unlikely" means `avg_logprob` below this.
    pub logprob_thold: f32,
}

impl Default for HallucinationFilter {
    fn default() -> Self {
        HallucinationFilter {
            no_speech_thold: 0.6,
            logprob_thold: -1.0,
        }
    }
}

impl HallucinationFilter {
    /// Cleans the segments of one window: collapses repetition loops, drops known phrases and
    /// segments that are probably not speech. Returns the segments kept.
    pub fn apply(&self, segments: Vec<Segment>) -> Vec<Segment> {
        segments
            .into_iter()
            .filter_map(|mut s| {
                if s.no_speech_prob > self.no_speech_thold && s.avg_logprob < self.logprob_thold {
                    return None;
                }
                if let Some(collapsed) = collapse_repetition(&s.text) {
                    let keep = collapsed.chars().count();
                    s.text = collapsed;
                    trim_tokens_to_chars(&mut s, keep);
                }
                if is_known_hallucination(&s.text) || is_prompt_echo(&s.text) {
                    return None;
                }
                if strip(&s.text).is_empty() {
                    return None;
                }
                Some(s)
            })
            .collect()
    }
}

/// Lower-cased text without punctuation and spaces, for phrase comparison.
fn strip(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || *c == '.')
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// True when the text consists only of known credit/sign-off phrases.
pub fn is_known_hallucination(text: &str) -> bool {
    let mut rest = strip(text);
    if rest.is_empty() {
        return false;
    }
    loop {
        let before = rest.len();
        for p in KNOWN_PHRASES {
            rest = rest.replace(p, "");
        }
        rest = rest.trim_matches('.').to_string();
        if rest.is_empty() {
            return true;
        }
        if rest.len() == before {
            return false;
        }
    }
}

/// If `text` ends in a loop (a unit of 1–20 characters repeated 4+ times, or a longer unit
/// 3+ times), returns the text with the loop reduced to a single unit.
pub fn collapse_repetition(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut best: Option<(usize, usize)> = None; // (start of loop, unit length)
    for unit in 1..=(n / 3).min(60) {
        let min_reps = if unit <= 20 { 4 } else { 3 };
        // Count how many times the last `unit` chars repeat backwards.
        let mut reps = 1;
        while n >= (reps + 1) * unit
            && chars[n - (reps + 1) * unit..n - reps * unit] == chars[n - unit..n]
        {
            reps += 1;
        }
        if reps >= min_reps {
            let start = n - reps * unit;
            if best.is_none_or(|(s, _)| start < s) {
                best = Some((start, unit));
            }
        }
    }
    let (start, unit) = best?;
    let mut out: String = chars[..start + unit].iter().collect();
    // Keep the text readable: a loop of single characters (哈哈哈哈) keeps a few.
    if unit == 1 {
        out.extend(std::iter::repeat_n(chars[start], 2));
    }
    Some(out)
}

/// Drops token timing beyond the first `keep` characters of a shortened segment.
fn trim_tokens_to_chars(s: &mut Segment, keep: usize) {
    let mut seen = 0;
    let mut cut = s.tokens.len();
    for (i, t) in s.tokens.iter().enumerate() {
        if seen >= keep {
            cut = i;
            break;
        }
        seen += t.text.chars().count();
    }
    s.tokens.truncate(cut);
    if let Some(last) = s.tokens.last() {
        s.end_ms = s.end_ms.min(last.end_ms.max(s.start_ms));
    }
    let joined: String = s.tokens.iter().map(|t| t.text.as_str()).collect();
    if joined != s.text {
        s.tokens.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_credit_lines_are_dropped_but_sales_talk_is_kept() {
        assert!(is_known_hallucination("字幕由Amara.org社群提供"));
        assert!(is_known_hallucination(
            "请不吝点赞 订阅 转发 打赏支持明镜与点点栏目"
        ));
        assert!(is_known_hallucination("谢谢观看!"));
        assert!(!is_known_hallucination(
            "谢谢观看，我们的面霜今天只要九十九"
        ));
        assert!(!is_known_hallucination("这款面霜是全网最低价"));
        assert!(is_prompt_echo("在这边, 这边是普通话的句子。"));
        assert!(is_prompt_echo("简体中文。"));
        assert!(!is_prompt_echo("今天说普通话"));
    }

    #[test]
    fn repetition_loops_collapse_to_one_unit() {
        assert_eq!(
            collapse_repetition("买它买它买它买它买它").as_deref(),
            Some("买它")
        );
        assert_eq!(
            collapse_repetition("今天特价，我们走我们走我们走我们走").as_deref(),
            Some("今天特价，我们走")
        );
        assert_eq!(collapse_repetition("这款面霜是全网最低价"), None);
        assert_eq!(collapse_repetition("好好学习"), None);
    }

    #[test]
    fn no_speech_segments_with_low_confidence_are_dropped() {
        let mut s = Segment::new(0, 1000, "嗯");
        s.no_speech_prob = 0.9;
        s.avg_logprob = -1.5;
        let kept = Segment::new(0, 1000, "今天给大家带来一款面霜");
        let out = HallucinationFilter::default().apply(vec![s, kept.clone()]);
        assert_eq!(out, vec![kept]);
    }
}
