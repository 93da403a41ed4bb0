//! Pictures for the HTML reports as inline SVG (no scripts, no external files): the timeline of
//! one recording and the trend chart of a monitoring period.

use std::fmt::Write as _;

use super::common::{category_color, esc, gap_span};
use super::meta::LevelProfile;
use crate::findings::FindingsDoc;
use crate::report::clock;

/// Bins at or above this level that hold no speech are drawn as music/other sound; quieter
/// ones as silence. Music beds under livestreams sit around −20 dBFS, room noise below −50.
pub const SOUND_DBFS: f32 = -45.0;

const W: f64 = 1000.0;
const LEFT: f64 = 96.0;
const RIGHT: f64 = 12.0;

/// Kind of audio in a stretch of the recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    Speech,
    Music,
    Silence,
}

/// Speech / music-or-other / silence runs `(start_ms, end_ms, kind)` over the recording:
/// speech where the transcript has segments, the rest split by the level profile (or all
/// "other" when there is no profile).
pub fn activity_runs(
    doc: &FindingsDoc,
    levels: Option<&LevelProfile>,
    duration_ms: u64,
) -> Vec<(u64, u64, Activity)> {
    let step = levels.map_or(250, |l| u64::from(l.bin_ms.max(1)));
    let mut runs: Vec<(u64, u64, Activity)> = Vec::new();
    let mut seg = doc.transcript.iter().peekable();
    let mut t = 0;
    while t < duration_ms {
        let end = (t + step).min(duration_ms);
        while seg.peek().is_some_and(|s| s.end_ms <= t) {
            seg.next();
        }
        let speech = seg
            .clone()
            .take_while(|s| s.start_ms < end)
            .any(|s| s.end_ms > t && s.start_ms < end);
        let kind = if speech {
            Activity::Speech
        } else {
            match levels.and_then(|l| l.dbfs.get((t / step) as usize)) {
                Some(&db) if db >= SOUND_DBFS => Activity::Music,
                Some(_) => Activity::Silence,
                None if levels.is_some() => Activity::Silence,
                None => Activity::Music,
            }
        };
        match runs.last_mut() {
            Some(last) if last.2 == kind && last.1 == t => last.1 = end,
            _ => runs.push((t, end, kind)),
        }
        t = end;
    }
    runs
}

/// A tick step (seconds) giving at most about ten labels over `duration_ms`.
fn tick_step(duration_ms: u64) -> u64 {
    let secs = duration_ms / 1000;
    [
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
    ]
    .into_iter()
    .find(|s| secs / s <= 10)
    .unwrap_or(21600)
}

/// Horizontal scale of the timeline: milliseconds on the recording to x in the picture.
struct Scale {
    duration: u64,
    /// Width of the plot area (between the row labels and the right margin).
    pw: f64,
}

impl Scale {
    fn x(&self, ms: u64) -> f64 {
        LEFT + self.pw * ms as f64 / self.duration as f64
    }
}

/// The timeline picture of one recording: speech, music/other and silence, the level curve,
/// and every finding as a linked mark coloured by category (dashed outline: needs review).
pub fn recording_timeline(doc: &FindingsDoc, levels: Option<&LevelProfile>) -> String {
    let duration = doc
        .input
        .duration_ms
        .max(levels.map_or(0, LevelProfile::duration_ms))
        .max(doc.transcript.iter().map(|s| s.end_ms).max().unwrap_or(0))
        .max(doc.findings.iter().map(|f| f.end_ms).max().unwrap_or(0))
        .max(1);
    let sc = Scale {
        duration,
        pw: W - LEFT - RIGHT,
    };
    let mut s = String::new();
    let h = 176.0;
    let _ = write!(
        s,
        r#"<svg id="timeline" class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {h}" width="100%" role="img" aria-label="录像时间轴 timeline of the recording" data-duration-ms="{duration}">"#
    );
    speech_row(&mut s, &sc, doc);
    activity_row(&mut s, &sc, doc, levels);
    coverage_marks(&mut s, &sc, doc);
    level_row(&mut s, &sc, levels);
    findings_row(&mut s, &sc, doc);
    time_axis(&mut s, &sc);
    s
}

/// A row's label at the left.
fn row_label(s: &mut String, y: f64, text: &str) {
    let _ = write!(
        s,
        r#"<text x="4" y="{}" class="tl-label">{}</text>"#,
        y + 12.0,
        esc(text)
    );
}

/// Row 1: speech from the transcript.
fn speech_row(s: &mut String, sc: &Scale, doc: &FindingsDoc) {
    let pw = sc.pw;
    row_label(s, 8.0, "语音 speech");
    let _ = write!(
        s,
        r##"<rect x="{LEFT}" y="8" width="{pw}" height="16" fill="#f3f3f3"/>"##
    );
    for seg in &doc.transcript {
        let _ = write!(
            s,
            r#"<rect class="tl-speech" x="{:.2}" y="8" width="{:.2}" height="16"><title>{} {}</title></rect>"#,
            sc.x(seg.start_ms),
            (sc.x(seg.end_ms) - sc.x(seg.start_ms)).max(0.5),
            clock(seg.start_ms, '.'),
            esc(&seg.text)
        );
    }
}

/// Row 2: what the rest is (speech, music/other, silence).
fn activity_row(s: &mut String, sc: &Scale, doc: &FindingsDoc, levels: Option<&LevelProfile>) {
    row_label(s, 30.0, "声音 audio");
    for (a, b, kind) in activity_runs(doc, levels, sc.duration) {
        let class = match kind {
            Activity::Speech => "tl-act-speech",
            Activity::Music => "tl-act-music",
            Activity::Silence => "tl-act-silence",
        };
        let _ = write!(
            s,
            r#"<rect class="{class}" x="{:.2}" y="30" width="{:.2}" height="16"/>"#,
            sc.x(a),
            (sc.x(b) - sc.x(a)).max(0.3)
        );
    }
}

/// Over rows 1–2: what could not be heard (hatched) and where the stream was spliced,
/// stalled or stopped (dashed lines), each with its cause on hover: gaps are drawn, never
/// joined over.
fn coverage_marks(s: &mut String, sc: &Scale, doc: &FindingsDoc) {
    for g in &doc.input.coverage_gaps {
        let kind = g.kind.as_str();
        let title = format!("{} 未覆盖 {kind}: {}", gap_span(g), esc(&g.detail));
        if g.end_ms > g.start_ms {
            let _ = write!(
                s,
                r##"<rect class="tl-gap" data-kind="{kind}" x="{:.2}" y="6" width="{:.2}" height="42" fill="#b00" fill-opacity="0.25" stroke="#b00" stroke-dasharray="2,2"><title>{title}</title></rect>"##,
                sc.x(g.start_ms),
                (sc.x(g.end_ms) - sc.x(g.start_ms)).max(1.0),
            );
        } else {
            let x = sc.x(g.start_ms);
            let _ = write!(
                s,
                r##"<line class="tl-gap" data-kind="{kind}" x1="{x:.2}" y1="4" x2="{x:.2}" y2="50" stroke="#b00" stroke-width="2" stroke-dasharray="3,2"><title>{title}</title></line>"##,
            );
        }
    }
}

/// Row 3: level curve, −60…0 dBFS, one point per unit of width.
fn level_row(s: &mut String, sc: &Scale, levels: Option<&LevelProfile>) {
    let pw = sc.pw;
    row_label(s, 56.0, "电平 level");
    let (y0, lh) = (52.0, 40.0);
    let _ = write!(
        s,
        r##"<rect x="{LEFT}" y="{y0}" width="{pw}" height="{lh}" fill="#fafafa" stroke="#ddd"/>"##
    );
    if let Some(l) = levels.filter(|l| !l.dbfs.is_empty()) {
        let cols = pw as usize;
        let mut pts = String::new();
        for c in 0..cols {
            let a = c * l.dbfs.len() / cols;
            let b = ((c + 1) * l.dbfs.len() / cols).max(a + 1).min(l.dbfs.len());
            if a >= l.dbfs.len() {
                break;
            }
            let db = l.dbfs[a..b].iter().copied().fold(-120.0f32, f32::max);
            let v = ((f64::from(db) + 60.0) / 60.0).clamp(0.0, 1.0);
            let end_ms = (b as u64 * u64::from(l.bin_ms)).min(sc.duration);
            let _ = write!(pts, "{:.1},{:.1} ", sc.x(end_ms), y0 + lh - v * lh);
        }
        let _ = write!(
            s,
            r#"<polyline class="tl-level" points="{}" fill="none"/>"#,
            pts.trim_end()
        );
    }
}

/// Row 4: every finding as a mark linked to its article.
fn findings_row(s: &mut String, sc: &Scale, doc: &FindingsDoc) {
    let pw = sc.pw;
    row_label(s, 102.0, "发现 findings");
    let _ = write!(
        s,
        r##"<rect x="{LEFT}" y="100" width="{pw}" height="28" fill="#fff5f5" stroke="#f0d0d0"/>"##
    );
    for f in &doc.findings {
        let w = (sc.x(f.end_ms) - sc.x(f.start_ms)).max(4.0);
        let dash = if f.needs_review {
            r#" stroke-dasharray="3,2""#
        } else {
            ""
        };
        let _ = write!(
            s,
            r##"<a href="#{id}" class="tl-finding-link"><rect class="tl-finding sev-{sev}" data-id="{id}" x="{:.2}" y="102" width="{w:.2}" height="24" fill="{color}" stroke="#000"{dash}><title>{id} {t} {cat} {rule} 「{quote}」</title></rect></a>"##,
            sc.x(f.start_ms),
            id = esc(&f.id),
            sev = f.severity.as_str(),
            color = category_color(f.category),
            t = clock(f.start_ms, '.'),
            cat = f.category.label_zh(),
            rule = esc(&f.rule_id),
            quote = esc(&f.quote),
        );
    }
}

/// The time axis with its ticks and the duration; closes the picture.
fn time_axis(s: &mut String, sc: &Scale) {
    let duration = sc.duration;
    let step = tick_step(duration) * 1000;
    let mut t = 0;
    while t <= duration {
        let xt = sc.x(t);
        let _ = write!(
            s,
            r##"<line x1="{xt:.2}" y1="132" x2="{xt:.2}" y2="138" stroke="#555"/><text x="{xt:.2}" y="152" class="tl-tick" text-anchor="middle">{}</text>"##,
            super::common::duration_text(t)
        );
        t += step;
    }
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" y1="132" x2="{}" y2="132" stroke="#555"/><text x="{}" y="170" class="tl-tick" text-anchor="end">时长 {}</text></svg>"##,
        W - RIGHT,
        W - RIGHT,
        clock(duration, '.')
    );
}

/// Stacked bar chart of findings per period bucket (high / medium / low severity).
pub fn trend_chart(buckets: &[(String, [usize; 3])]) -> String {
    let max = buckets
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let n = buckets.len().max(1) as f64;
    let (top, ch) = (14.0, 160.0);
    let pw = W - LEFT - RIGHT;
    let bw = (pw / n * 0.7).min(60.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg id="trend" class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} 230" width="100%" role="img" aria-label="趋势 findings over the period">"#
    );
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" y1="{}" x2="{}" y2="{}" stroke="#555"/>"##,
        top + ch,
        W - RIGHT,
        top + ch
    );
    let _ = write!(
        s,
        r#"<text x="4" y="{}" class="tl-label">发现数 {max}</text><text x="4" y="{}" class="tl-label">0</text>"#,
        top + 10.0,
        top + ch
    );
    let colors = ["#c0392b", "#e67e22", "#f1c40f"];
    let names = ["高 high", "中 medium", "低 low"];
    for (i, (label, counts)) in buckets.iter().enumerate() {
        let cx = LEFT + pw * (i as f64 + 0.5) / n;
        let mut y = top + ch;
        for (k, &c) in counts.iter().enumerate() {
            if c == 0 {
                continue;
            }
            let h = ch * c as f64 / max as f64;
            y -= h;
            let _ = write!(
                s,
                r#"<rect class="trend-bar" x="{:.2}" y="{y:.2}" width="{bw:.2}" height="{h:.2}" fill="{}"><title>{} {}: {c}</title></rect>"#,
                cx - bw / 2.0,
                colors[k],
                esc(label),
                names[k]
            );
        }
        let total: usize = counts.iter().sum();
        let _ = write!(
            s,
            r#"<text x="{cx:.2}" y="{:.2}" class="tl-tick" text-anchor="middle">{total}</text><text x="{cx:.2}" y="{}" class="tl-tick" text-anchor="middle">{}</text>"#,
            y - 3.0,
            top + ch + 16.0,
            esc(label)
        );
    }
    for (k, name) in names.iter().enumerate() {
        let lx = LEFT + k as f64 * 110.0;
        let _ = write!(
            s,
            r#"<rect x="{lx}" y="208" width="12" height="12" fill="{}"/><text x="{}" y="218" class="tl-tick">{name}</text>"#,
            colors[k],
            lx + 16.0
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{EngineInfo, InputInfo};
    use crate::transcript::Segment;

    fn doc(segments: Vec<Segment>, duration_ms: u64) -> FindingsDoc {
        FindingsDoc {
            schema: crate::findings::SCHEMA_V1.into(),
            input: InputInfo {
                uri: "x".into(),
                sha256: String::new(),
                duration_ms,
                container: String::new(),
                codec: String::new(),
                started_at: None,
                sample_rate: None,
                channels: None,
                size_bytes: None,
                coverage_gaps: Vec::new(),
            },
            engine: EngineInfo {
                version: String::new(),
                model: String::new(),
                model_sha256: String::new(),
                rule_pack: String::new(),
                rule_pack_version: String::new(),
                rule_pack_sha256: String::new(),
            },
            transcript: segments,
            findings: Vec::new(),
        }
    }

    #[test]
    fn activity_splits_speech_music_and_silence() {
        let d = doc(vec![Segment::new(1000, 2000, "你好")], 3000);
        let levels = LevelProfile {
            bin_ms: 250,
            dbfs: vec![-90.0; 4].into_iter().chain(vec![-20.0; 8]).collect(),
        };
        let runs = activity_runs(&d, Some(&levels), 3000);
        assert_eq!(
            runs,
            vec![
                (0, 1000, Activity::Silence),
                (1000, 2000, Activity::Speech),
                (2000, 3000, Activity::Music)
            ]
        );
    }

    #[test]
    fn coverage_gaps_are_drawn_with_their_cause() {
        use crate::media::follow::{CoverageGap, GapKind};
        let mut d = doc(vec![Segment::new(1000, 2000, "你好")], 60_000);
        d.input.coverage_gaps = vec![
            CoverageGap {
                start_ms: 12_000,
                end_ms: 30_000,
                kind: GapKind::MissedSegments,
                detail: "3 segment(s) from sequence 41 slid off".into(),
            },
            CoverageGap {
                start_ms: 40_000,
                end_ms: 40_000,
                kind: GapKind::Discontinuity,
                detail: "EXT-X-DISCONTINUITY <b>".into(),
            },
        ];
        let svg = recording_timeline(&d, None);
        assert!(svg.contains(r#"<rect class="tl-gap" data-kind="missed_segments""#));
        assert!(svg.contains(r#"<line class="tl-gap" data-kind="discontinuity""#));
        assert!(svg.contains("sequence 41 slid off") && svg.contains("&lt;b&gt;"));
    }

    #[test]
    fn ticks_stay_few() {
        assert_eq!(tick_step(75_000), 10);
        assert_eq!(tick_step(4 * 3600 * 1000), 1800);
    }
}
