//! SRT and WebVTT renderings of a transcript, for players and subtitle editors.

use super::clock;
use crate::transcript::Segment;

/// SubRip text: numbered cues with `HH:MM:SS,mmm` times.
pub fn to_srt(segments: &[Segment]) -> String {
    let mut out = String::new();
    for (i, s) in segments.iter().enumerate() {
        out.push_str(&format!(
            "{}\n{} --> {}\n{}\n\n",
            i + 1,
            clock(s.start_ms, ','),
            clock(s.end_ms.max(s.start_ms + 1), ','),
            cue_text(&s.text)
        ));
    }
    out
}

/// WebVTT text: header, then cues with `HH:MM:SS.mmm` times.
pub fn to_vtt(segments: &[Segment]) -> String {
    let mut out = String::from("WEBVTT\n\n");
    for s in segments {
        out.push_str(&format!(
            "{} --> {}\n{}\n\n",
            clock(s.start_ms, '.'),
            clock(s.end_ms.max(s.start_ms + 1), '.'),
            cue_text(&s.text).replace("-->", "->")
        ));
    }
    out
}

/// Cue text may not contain blank lines (they end a cue).
fn cue_text(text: &str) -> String {
    let t = text.trim().replace("\r", "");
    let lines: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        "…".into()
    } else {
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
