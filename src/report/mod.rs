//! Outputs a person or a program reads: findings.json, SRT/VTT transcripts and the short
//! summary printed after an audit.

pub mod subtitles;
// Evidence-facing reports: per-recording HTML/Markdown, the timeline picture, the monitoring
// overview across recordings and the clue export, and what they know of a recording besides
// its findings document (`meta`).
pub mod clues;
pub mod common;
pub mod html;
pub mod markdown;
pub mod meta;
pub mod overview;
pub mod svg;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::findings::FindingsDoc;

pub use common::wall_clock;
pub use meta::RecordingMeta;
pub use subtitles::{to_srt, to_vtt};

/// Formats milliseconds as `HH:MM:SS.mmm` (or with `,` for SRT).
pub fn clock(ms: u64, sep: char) -> String {
    let h = ms / 3_600_000;
    let m = ms / 60_000 % 60;
    let s = ms / 1000 % 60;
    format!("{h:02}:{m:02}:{s:02}{sep}{:03}", ms % 1000)
}

/// Writes `findings.json`, `transcript.srt` and `transcript.vtt` into `dir` (created if
/// needed). Each file is written to a temporary name and renamed, so a reader never sees a
/// half-written document. Returns the paths written.
pub fn write_outputs(doc: &FindingsDoc, dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let json = serde_json::to_vec_pretty(doc).map_err(std::io::Error::other)?;
    let files = [
        ("findings.json", json),
        ("transcript.srt", to_srt(&doc.transcript).into_bytes()),
        ("transcript.vtt", to_vtt(&doc.transcript).into_bytes()),
    ];
    let mut written = Vec::new();
    for (name, bytes) in files {
        let path = dir.join(name);
        write_atomic(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `bytes` to `path` through a temporary file in the same directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp~");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

/// A few lines for a person: duration, transcript size, findings by category, and each
/// finding with its time, rule and quote.
pub fn summary(doc: &FindingsDoc) -> String {
    let mut out = String::new();
    let mut by_cat: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &doc.findings {
        *by_cat.entry(f.category.as_str()).or_default() += 1;
    }
    out.push_str(&format!(
        "{}: {} audio, {} segments, {} findings",
        doc.input.uri,
        clock(doc.input.duration_ms, '.'),
        doc.transcript.len(),
        doc.findings.len()
    ));
    if !by_cat.is_empty() {
        let cats: Vec<String> = by_cat.iter().map(|(c, n)| format!("{c} {n}")).collect();
        out.push_str(&format!(" ({})", cats.join(", ")));
    }
    out.push('\n');
    for f in &doc.findings {
        let review = if f.needs_review {
            " [needs review]"
        } else {
            ""
        };
        let mitigated = if f.mitigated {
            " [corrected on air]"
        } else {
            ""
        };
        let basis = f
            .legal_basis
            .first()
            .map(|b| format!("{}{}", b.law, b.article))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {} {}–{} {:<16} {:<6} {} 「{}」 {}{}{}\n",
            f.id,
            clock(f.start_ms, '.'),
            clock(f.end_ms, '.'),
            f.category.as_str(),
            f.severity.as_str(),
            f.rule_id,
            f.quote,
            basis,
            review,
            mitigated
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_formats_hours_minutes_seconds_millis() {
        assert_eq!(clock(3_723_045, '.'), "01:02:03.045");
        assert_eq!(clock(0, ','), "00:00:00,000");
    }
}
