//! `manifest.json`: the inventory of an evidence pack that makes it checkable later.
//!
//! It names the source recording (SHA-256, size, format), the engine, model and rule pack
//! (with their hashes) that produced the findings, when the pack was made, every clip with
//! its window on the recording's timeline (and wall-clock time when known) and the
//! transcript around it, and every file of the pack with its SHA-256 and size. Only the
//! manifest itself and its seals (`manifest.json.sha256`, `manifest.json.sig`) are not listed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{sha256_file, EvidenceError};
use crate::transcript::Segment;

/// Schema tag of the manifest.
pub const MANIFEST_SCHEMA: &str = "liveaudit.evidence/v1";
/// File name of the manifest inside a pack.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The manifest's own SHA-256 in `sha256sum` format, so a changed manifest is caught even in
/// an unsigned pack (and `sha256sum -c` can check it without liveaudit).
pub const SEAL_FILE: &str = "manifest.json.sha256";
/// ed25519 signature of the manifest bytes, when the pack was signed.
pub const SIGNATURE_FILE: &str = "manifest.json.sig";

/// The recording the evidence was cut from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Path or URL as given to liveaudit.
    pub uri: String,
    /// File name alone, for people.
    pub file_name: String,
    pub sha256: String,
    pub size_bytes: u64,
    pub container: String,
    pub codec: String,
    pub sample_rate: u32,
    pub channels: u32,
    /// Duration of the recording, when known (declared by the container or fully decoded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
    /// Wall-clock start of the recording (RFC 3339), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// Live room (直播间) the recording is from, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    /// Streamer (主播) of the session, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub streamer: Option<String>,
}

/// What produced the findings, so they can be reproduced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EngineRef {
    pub model: String,
    pub model_sha256: String,
    pub rule_pack: String,
    pub rule_pack_version: String,
    pub rule_pack_sha256: String,
}

/// Context added around each finding (defined with the other report inputs).
pub use crate::report::meta::ClipContext;

/// One audio clip of the pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClipEntry {
    /// Finding id (`f0003`) or a name for an ad-hoc window.
    pub id: String,
    /// Path inside the pack.
    pub file: String,
    /// Window on the recording's timeline.
    pub start_ms: u64,
    pub end_ms: u64,
    /// Same, as `HH:MM:SS.mmm`.
    pub start: String,
    pub end: String,
    /// Wall-clock times of the window when the recording's start is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall_clock_start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall_clock_end: Option<String>,
    /// The finding's own span (the words), when the clip is of a finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding_start_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding_end_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rule_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub category: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Format: 16-bit PCM WAV, mono, at the source's own rate.
    pub sample_rate: u32,
    pub channels: u32,
    pub frames: u64,
    pub sha256: String,
    /// Transcript segments that overlap the window (the excerpt the clip should be heard with).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<Segment>,
}

/// One file of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path inside the pack, `/`-separated.
    pub path: String,
    pub sha256: String,
    pub size_bytes: u64,
}

/// The manifest document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: String,
    /// When the pack was made (RFC 3339, local time with offset).
    pub created_at: String,
    /// `liveaudit x.y.z` that made it.
    pub liveaudit_version: String,
    pub source: SourceInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine: Option<EngineRef>,
    pub clip_context: ClipContext,
    pub clips: Vec<ClipEntry>,
    pub files: Vec<FileEntry>,
}

impl Manifest {
    /// Lists every file under `dir` except the manifest and its seals, with hashes, sorted
    /// by path, into `self.files`.
    pub fn hash_files(&mut self, dir: &Path) -> Result<(), EvidenceError> {
        let mut files = Vec::new();
        for rel in pack_files(dir)? {
            let (sha256, size_bytes) = sha256_file(&dir.join(&rel))?;
            files.push(FileEntry {
                path: rel,
                sha256,
                size_bytes,
            });
        }
        self.files = files;
        Ok(())
    }

    /// Serialised form written to disk (pretty JSON with a final newline).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("a manifest always serialises");
        v.push(b'\n');
        v
    }
}

/// Files of the audit's pack relative to `dir` (`/`-separated, sorted), leaving out the
/// manifest and its seals, and the officer's review with its own sealed manifest (a later
/// generation that the audit's manifest cannot list; see `review_pack`).
pub fn pack_files(dir: &Path) -> Result<Vec<String>, EvidenceError> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out)?;
    out.retain(|p| {
        ![MANIFEST_FILE, SEAL_FILE, SIGNATURE_FILE]
            .iter()
            .chain(crate::review::REVIEW_FILES)
            .any(|f| f == p)
    });
    out.sort();
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), EvidenceError> {
    let entries = std::fs::read_dir(dir).map_err(|e| EvidenceError::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| EvidenceError::io(dir, e))?;
        let path: PathBuf = entry.path();
        let kind = entry.file_type().map_err(|e| EvidenceError::io(&path, e))?;
        if kind.is_dir() {
            walk(root, &path, out)?;
        } else {
            let rel = path
                .strip_prefix(root)
                .expect("walked under root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push(rel);
        }
    }
    Ok(())
}

/// Writes `manifest` into `dir` with its SHA-256 seal (and signature when `key` is given);
/// returns the manifest's SHA-256.
pub fn write_sealed(
    manifest: &Manifest,
    dir: &Path,
    key: Option<&super::SigningKey>,
) -> Result<String, EvidenceError> {
    let bytes = manifest.to_bytes();
    let digest = super::sha256_bytes(&bytes);
    let write = |name: &str, data: &[u8]| {
        let p = dir.join(name);
        crate::report::write_atomic(&p, data).map_err(|e| EvidenceError::io(&p, e))
    };
    write(MANIFEST_FILE, &bytes)?;
    write(SEAL_FILE, format!("{digest}  {MANIFEST_FILE}\n").as_bytes())?;
    let sig_path = dir.join(SIGNATURE_FILE);
    match key {
        Some(key) => {
            let sig = super::sign::sign_manifest(key, &bytes);
            write(SIGNATURE_FILE, &sig.to_bytes())?;
        }
        None if sig_path.exists() => {
            // A signature of an earlier manifest would no longer match: drop it.
            std::fs::remove_file(&sig_path).map_err(|e| EvidenceError::io(&sig_path, e))?;
        }
        None => {}
    }
    Ok(digest)
}

/// Reads and parses `dir/manifest.json`: a regular file (not a link) of at most
/// [`super::packfile::MAX_MANIFEST_BYTES`], since the pack may come from anyone.
pub fn read(dir: &Path) -> Result<(Manifest, Vec<u8>), EvidenceError> {
    let path = dir.join(MANIFEST_FILE);
    let bytes = super::packfile::read_pack_file(&path, super::packfile::MAX_MANIFEST_BYTES)?;
    let manifest = parse(&path, &bytes)?;
    Ok((manifest, bytes))
}

/// Parses manifest `bytes` read from `path`.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Manifest, EvidenceError> {
    serde_json::from_slice(bytes).map_err(|e| EvidenceError::BadInput {
        path: path.to_path_buf(),
        detail: format!(
            "not a liveaudit evidence manifest (line {}, column {}): {e}",
            e.line(),
            e.column()
        ),
    })
}
