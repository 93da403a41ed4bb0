//! Helpers the corpus examples share (each example is its own crate and takes this module in).

// Each example uses only some of these.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The recording of corpus session `id` in `dir`, whatever its container (an HLS session is a
/// folder `<id>_hls` with its playlist).
pub fn recording(dir: &Path, id: &str) -> Option<PathBuf> {
    for ext in [
        "flv", "ts", "m4a", "mp3", "ogg", "wav", "flac", "mp4", "webm", "mkv",
    ] {
        let p = dir.join(format!("{id}.{ext}"));
        if p.exists() {
            return Some(p);
        }
    }
    let hls = dir.join(format!("{id}_hls/index.m3u8"));
    hls.exists().then_some(hls)
}

/// The utterances of a corpus truth document (`<id>.truth.json`) as transcript segments: the
/// words the hosts said, timed as labelled.
pub fn truth_segments(doc: &serde_json::Value) -> Option<Vec<liveaudit::transcript::Segment>> {
    let utts = doc.get("utterances")?.as_array()?;
    Some(
        utts.iter()
            .map(|u| {
                let ms = |k: &str| (u[k].as_f64().unwrap_or(0.0) * 1000.0) as u64;
                liveaudit::transcript::Segment::new(
                    ms("start"),
                    ms("end"),
                    u["text"].as_str().unwrap_or(""),
                )
            })
            .collect(),
    )
}
