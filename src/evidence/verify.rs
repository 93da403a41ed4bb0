//! Checks an evidence pack against its manifest and says exactly what differs.
//!
//! In order: the manifest's own SHA-256 against `manifest.json.sha256`; the signature in
//! `manifest.json.sig` (and the signer against an expected public key when one is given);
//! every listed file's size and SHA-256; files present but not listed; each clip's hash
//! against its file entry; the officer's review generation when there is one
//! ([`super::review_check::check`]); and, when the recording is at hand, the source's SHA-256
//! and size.
//!
//! Pack files are read through [`super::packfile`]: regular files only (no symbolic link
//! anywhere on the path), never past the size the manifest lists. Without a trusted key the
//! seal and even a valid signature are only a checksum (anyone who changes the files can
//! recompute them and sign with a key of their own), so the report says who signed
//! ([`Signer`]) rather than calling the pack authentic.

use std::path::Path;

use super::manifest::{self, pack_files, Manifest, MANIFEST_FILE, SEAL_FILE, SIGNATURE_FILE};
use super::packfile::{self, MAX_MANIFEST_BYTES};
use super::seal::{check_seal, check_signature, SealNames};
pub use super::seal::{Problem, Signer, VerifyReport};
use super::sign::{TrustedKey, VerifyingKey};
use super::{sha256_bytes, sha256_file, EvidenceError};

/// Checks the pack in `dir`. `expected_key`: the signer the pack must be signed by.
/// `source`: the recording, to check it is the one the pack was cut from. `Err` only when
/// the directory itself cannot be read; every difference is a [`Problem`] in the report.
pub fn verify_pack(
    dir: &Path,
    expected_key: Option<&VerifyingKey>,
    source: Option<&Path>,
) -> Result<VerifyReport, EvidenceError> {
    let trusted: Vec<TrustedKey> = expected_key
        .map(|k| TrustedKey {
            name: hex::encode(k.to_bytes()),
            key: *k,
        })
        .into_iter()
        .collect();
    verify_pack_trusting(dir, &trusted, expected_key.is_some(), source)
}

/// Checks the pack in `dir` as [`verify_pack`] does, naming its signer against `trusted`.
/// `require_trusted`: a pack not signed by one of `trusted` is a difference (what `evidence
/// verify --public-key` asks); otherwise the signer is only reported ([`VerifyReport::signer`]).
pub fn verify_pack_trusting(
    dir: &Path,
    trusted: &[TrustedKey],
    require_trusted: bool,
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
    let bytes = match packfile::read_bounded(&manifest_path, MAX_MANIFEST_BYTES) {
        Ok(b) => b,
        Err(e) => {
            report.problem(MANIFEST_FILE, e.to_string());
            return Ok(report);
        }
    };
    report.manifest_sha256 = sha256_bytes(&bytes);
    let sha = report.manifest_sha256.clone();
    check_seal(&mut report, dir, AUDIT_SEALS, &sha);
    let (signer, signed_by) = check_signature(
        &mut report,
        dir,
        AUDIT_SEALS,
        &bytes,
        trusted,
        require_trusted,
    );
    report.signer = signer;
    report.signed_by = signed_by;

    let manifest = match manifest::parse(&manifest_path, &bytes) {
        Ok(m) => m,
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
    report.review =
        super::review_check::check(&mut report, dir, &manifest, trusted, require_trusted);
    if let Some(src) = source {
        check_source(&mut report, src, &manifest);
    }
    Ok(report)
}

/// The audit's manifest and its seals.
const AUDIT_SEALS: SealNames = SealNames {
    manifest: MANIFEST_FILE,
    seal: SEAL_FILE,
    signature: SIGNATURE_FILE,
};

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
        match packfile::hash_in_pack(dir, &entry.path, entry.size_bytes) {
            Ok(h) if h.larger_than(entry.size_bytes) => {
                report.files_checked += 1;
                report.problem(
                    &entry.path,
                    format!(
                        "larger than the manifest says ({} bytes); not read past that",
                        entry.size_bytes
                    ),
                );
            }
            Ok(packfile::Hashed { sha256: sha, size }) => {
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
            Err(e) => report.problem(&entry.path, e.to_string()),
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
