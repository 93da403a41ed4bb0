//! Checks an evidence pack against its manifest and says exactly what differs.
//!
//! In order: the manifest's own SHA-256 against `manifest.json.sha256`; the signature in
//! `manifest.json.sig` (and the signer against an expected public key when one is given);
//! every listed file's size and SHA-256; files present but not listed; each clip's hash
//! against its file entry; and, when the recording is at hand, the source's SHA-256 and size.

use std::path::Path;

use super::manifest::{self, pack_files, Manifest, MANIFEST_FILE, SEAL_FILE, SIGNATURE_FILE};
use super::sign::{self, ManifestSignature, VerifyingKey};
use super::{sha256_bytes, sha256_file, EvidenceError};

/// One difference between the pack and what its manifest (or signature) says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file concerned, relative to the pack (or the source path).
    pub path: String,
    /// What is wrong with it.
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.what)
    }
}

/// Outcome of checking a pack.
#[derive(Debug, Clone, Default)]
pub struct VerifyReport {
    /// SHA-256 of manifest.json as found.
    pub manifest_sha256: String,
    /// Files listed in the manifest whose hash was checked.
    pub files_checked: usize,
    /// Public key (hex) of a valid signature.
    pub signed_by: Option<String>,
    /// True when the source recording was checked too (and matched unless a problem says so).
    pub source_checked: bool,
    /// Everything that differs; empty means the pack is intact.
    pub problems: Vec<Problem>,
}

impl VerifyReport {
    /// True when nothing differs.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }

    fn problem(&mut self, path: &str, what: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            what: what.into(),
        });
    }
}

/// Checks the pack in `dir`. `expected_key`: the signer the pack must be signed by.
/// `source`: the recording, to check it is the one the pack was cut from. `Err` only when
/// the directory itself cannot be read; every difference is a [`Problem`] in the report.
pub fn verify_pack(
    dir: &Path,
    expected_key: Option<&VerifyingKey>,
    source: Option<&Path>,
) -> Result<VerifyReport, EvidenceError> {
    let mut report = VerifyReport::default();
    if !dir.is_dir() {
        return Err(EvidenceError::BadInput {
            path: dir.to_path_buf(),
            detail: "not a directory (expected an evidence pack)".into(),
        });
    }
    let manifest_path = dir.join(MANIFEST_FILE);
    let bytes = match std::fs::read(&manifest_path) {
        Ok(b) => b,
        Err(e) => {
            report.problem(MANIFEST_FILE, format!("cannot be read ({e})"));
            return Ok(report);
        }
    };
    report.manifest_sha256 = sha256_bytes(&bytes);
    check_seal(&mut report, dir);
    check_signature(&mut report, dir, &bytes, expected_key);

    let manifest = match manifest::read(dir) {
        Ok((m, _)) => m,
        Err(e) => {
            report.problem(MANIFEST_FILE, e.to_string());
            return Ok(report);
        }
    };
    if manifest.schema != super::MANIFEST_SCHEMA {
        report.problem(
            MANIFEST_FILE,
            format!("unknown schema {:?}", manifest.schema),
        );
    }
    check_files(&mut report, dir, &manifest)?;
    check_clips(&mut report, &manifest);
    if let Some(src) = source {
        check_source(&mut report, src, &manifest);
    }
    Ok(report)
}

/// The seal: the manifest's own hash, recorded when the pack was made.
fn check_seal(report: &mut VerifyReport, dir: &Path) {
    match std::fs::read_to_string(dir.join(SEAL_FILE)) {
        Ok(text) => {
            let recorded = text.split_whitespace().next().unwrap_or("").to_lowercase();
            if recorded != report.manifest_sha256 {
                let m = report.manifest_sha256.clone();
                report.problem(
                    MANIFEST_FILE,
                    format!("changed: its SHA-256 is {m}, {SEAL_FILE} records {recorded}"),
                );
            }
        }
        Err(_) => report.problem(
            SEAL_FILE,
            "missing (the manifest's own hash is not recorded)",
        ),
    }
}

/// The signature over the manifest `bytes`, and its signer against `expected_key`.
fn check_signature(
    report: &mut VerifyReport,
    dir: &Path,
    bytes: &[u8],
    expected_key: Option<&VerifyingKey>,
) {
    match std::fs::read(dir.join(SIGNATURE_FILE)) {
        Ok(sig_bytes) => match serde_json::from_slice::<ManifestSignature>(&sig_bytes) {
            Ok(sig) => match sign::check_signature(&sig, bytes) {
                Ok(key) => {
                    report.signed_by = Some(hex::encode(key.to_bytes()));
                    if let Some(expected) = expected_key {
                        if &key != expected {
                            report.problem(
                                SIGNATURE_FILE,
                                format!(
                                    "signed by key {}, not the expected key {}",
                                    hex::encode(key.to_bytes()),
                                    hex::encode(expected.to_bytes())
                                ),
                            );
                        }
                    }
                }
                Err(e) => report.problem(SIGNATURE_FILE, e),
            },
            Err(e) => report.problem(SIGNATURE_FILE, format!("not a liveaudit signature: {e}")),
        },
        Err(_) if expected_key.is_some() => {
            report.problem(SIGNATURE_FILE, "missing: the pack is not signed")
        }
        Err(_) => {}
    }
}

/// Every listed file's size and hash, and files present but not listed.
fn check_files(
    report: &mut VerifyReport,
    dir: &Path,
    manifest: &Manifest,
) -> Result<(), EvidenceError> {
    for entry in &manifest.files {
        if !safe_relative(&entry.path) {
            report.problem(&entry.path, "listed with a path outside the pack");
            continue;
        }
        let path = dir.join(&entry.path);
        match sha256_file(&path) {
            Ok((sha, size)) => {
                report.files_checked += 1;
                if size != entry.size_bytes {
                    report.problem(
                        &entry.path,
                        format!(
                            "size is {size} bytes, the manifest says {}",
                            entry.size_bytes
                        ),
                    );
                } else if sha != entry.sha256 {
                    report.problem(
                        &entry.path,
                        format!(
                            "content changed: SHA-256 is {sha}, the manifest says {}",
                            entry.sha256
                        ),
                    );
                }
            }
            Err(_) if !path.exists() => report.problem(&entry.path, "missing"),
            Err(e) => report.problem(&entry.path, format!("cannot be read ({e})")),
        }
    }
    for rel in pack_files(dir)? {
        if !manifest.files.iter().any(|f| f.path == rel) {
            report.problem(&rel, "present in the pack but not listed in the manifest");
        }
    }
    Ok(())
}

/// Each clip's hash against its file entry.
fn check_clips(report: &mut VerifyReport, manifest: &Manifest) {
    for clip in &manifest.clips {
        match manifest.files.iter().find(|f| f.path == clip.file) {
            Some(f) if f.sha256 == clip.sha256 => {}
            Some(_) => report.problem(
                &clip.file,
                format!("clip {} hash differs from its file entry", clip.id),
            ),
            None => report.problem(
                &clip.file,
                format!("clip {} is not in the file list", clip.id),
            ),
        }
    }
}

/// That `src` is the recording the pack was cut from.
fn check_source(report: &mut VerifyReport, src: &Path, manifest: &Manifest) {
    report.source_checked = true;
    let name = src.display().to_string();
    match sha256_file(src) {
        Ok((sha, size)) => {
            if sha != manifest.source.sha256 || size != manifest.source.size_bytes {
                report.problem(
                        &name,
                        format!(
                            "is not the recording this pack was cut from: SHA-256 {sha} ({size} bytes), the manifest says {} ({} bytes)",
                            manifest.source.sha256, manifest.source.size_bytes
                        ),
                    );
            }
        }
        Err(e) => report.problem(&name, format!("cannot be read ({e})")),
    }
}

/// A manifest path must stay inside the pack: relative, no `..`, no root.
fn safe_relative(p: &str) -> bool {
    !p.is_empty()
        && !p.starts_with('/')
        && !p.contains('\\')
        && p.split('/').all(|c| !c.is_empty() && c != ".." && c != ".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_paths_must_stay_inside_the_pack() {
        assert!(safe_relative("evidence/f0001.wav"));
        assert!(!safe_relative("../etc/passwd"));
        assert!(!safe_relative("/etc/passwd"));
        assert!(!safe_relative("evidence//x"));
    }
}
