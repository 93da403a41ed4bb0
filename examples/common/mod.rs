//! Helpers the corpus examples share (each example is its own crate and takes this module in).

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
