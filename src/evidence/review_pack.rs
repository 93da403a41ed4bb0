//! The officer's review inside an evidence pack: `review.json` sealed by a second manifest
//! generation, `review.manifest.json` (+ `.sha256`, and `.sig` when the officer signs).
//!
//! The audit's own `manifest.json` and everything it lists stay untouched, so the findings
//! sealed at audit time verify exactly as before. The review manifest names the audit
//! manifest's SHA-256 (`base_manifest_sha256`), the findings.json the decisions are about,
//! the generation before it (`previous_sha256`: the audit's manifest for generation 2, the
//! previous review manifest after that) and lists `review.json` with its hash. Each review
//! adds decisions to `review.json` (history kept, the last decision about a finding counts)
//! and writes the next generation; `verify_pack` checks it ([`super::review_check`]).

use std::path::Path;

use super::manifest::FileEntry;
use super::packfile::{self, MAX_MANIFEST_BYTES};
use super::review_check::{
    parse, read_findings, read_review, ReviewManifest, REVIEW_MANIFEST_SCHEMA,
};
use super::sign::SigningKey;
use super::{sha256_bytes, EvidenceError};
use crate::review::{
    ReviewDoc, REVIEW_FILE, REVIEW_MANIFEST_FILE, REVIEW_SEAL_FILE, REVIEW_SIGNATURE_FILE,
};

/// What a recorded review came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub generation: u32,
    /// SHA-256 of the new review manifest.
    pub manifest_sha256: String,
    /// Decisions new in this generation, and all decisions counted now (confirmed, rejected,
    /// pending findings).
    pub added: usize,
    pub counts: [usize; 3],
    pub signed_by: Option<String>,
}

/// Adds `incoming`'s decisions to the review of the intact pack `pack` and seals them as the
/// next generation (signed with `key` when given). A pack that does not verify is refused:
/// decisions recorded on changed evidence would vouch for it.
pub fn record(
    pack: &Path,
    incoming: &ReviewDoc,
    officer: &str,
    key: Option<&SigningKey>,
) -> Result<Recorded, EvidenceError> {
    let report = super::verify_pack(pack, None, None)?;
    if !report.ok() {
        let problems: Vec<String> = report.problems.iter().map(|p| p.to_string()).collect();
        return Err(EvidenceError::BadInput {
            path: pack.to_path_buf(),
            detail: format!(
                "the pack does not verify, so no decision is recorded on it: {}",
                problems.join("; ")
            ),
        });
    }
    let (doc, findings_sha256) = read_findings(pack)?;
    let bad = |e: crate::review::ReviewError| EvidenceError::BadInput {
        path: pack.to_path_buf(),
        detail: e.to_string(),
    };
    incoming
        .check_against(&doc, &findings_sha256)
        .map_err(bad)?;
    let previous = read_previous(pack)?;
    let mut review =
        read_review(pack)?.unwrap_or_else(|| ReviewDoc::new(&incoming.recording, &findings_sha256));
    let added = review.merge(incoming);
    review.check_against(&doc, &findings_sha256).map_err(bad)?;
    let review_bytes = review.to_bytes();
    let review_path = pack.join(REVIEW_FILE);
    crate::report::write_atomic(&review_path, &review_bytes)
        .map_err(|e| EvidenceError::io(&review_path, e))?;
    let m = ReviewManifest {
        schema: REVIEW_MANIFEST_SCHEMA.into(),
        generation: previous.as_ref().map_or(2, |(m, _)| m.generation + 1),
        created_at: chrono::Local::now().to_rfc3339(),
        liveaudit_version: crate::ENGINE_VERSION.into(),
        officer: officer.into(),
        base_manifest_sha256: report.manifest_sha256.clone(),
        previous_sha256: previous
            .map(|(_, sha)| sha)
            .unwrap_or_else(|| report.manifest_sha256.clone()),
        findings_sha256,
        files: vec![FileEntry {
            path: REVIEW_FILE.into(),
            sha256: sha256_bytes(&review_bytes),
            size_bytes: review_bytes.len() as u64,
        }],
    };
    let manifest_sha256 = write_sealed(&m, pack, key)?;
    Ok(Recorded {
        generation: m.generation,
        manifest_sha256,
        added,
        counts: crate::review::counts(&doc, Some(&review)),
        signed_by: key.map(|k| hex::encode(k.verifying_key().to_bytes())),
    })
}

/// The review manifest now in the pack and its SHA-256, if any.
fn read_previous(pack: &Path) -> Result<Option<(ReviewManifest, String)>, EvidenceError> {
    let path = pack.join(REVIEW_MANIFEST_FILE);
    if path.symlink_metadata().is_err() {
        return Ok(None);
    }
    let bytes = packfile::read_pack_file(&path, MAX_MANIFEST_BYTES)?;
    let m = parse(&bytes).map_err(|detail| EvidenceError::BadInput { path, detail })?;
    Ok(Some((m, sha256_bytes(&bytes))))
}

/// Writes the review manifest with its seal and, with `key`, its signature (an older
/// signature, which no longer matches, is removed: liveaudit wrote it).
fn write_sealed(
    m: &ReviewManifest,
    pack: &Path,
    key: Option<&SigningKey>,
) -> Result<String, EvidenceError> {
    let mut bytes = serde_json::to_vec_pretty(m).expect("a review manifest serialises");
    bytes.push(b'\n');
    let digest = sha256_bytes(&bytes);
    let write = |name: &str, data: &[u8]| {
        let p = pack.join(name);
        crate::report::write_atomic(&p, data).map_err(|e| EvidenceError::io(&p, e))
    };
    write(REVIEW_MANIFEST_FILE, &bytes)?;
    write(
        REVIEW_SEAL_FILE,
        format!("{digest}  {REVIEW_MANIFEST_FILE}\n").as_bytes(),
    )?;
    let sig_path = pack.join(REVIEW_SIGNATURE_FILE);
    match key {
        Some(key) => write(
            REVIEW_SIGNATURE_FILE,
            &super::sign::sign_manifest(key, &bytes).to_bytes(),
        )?,
        None if sig_path.symlink_metadata().is_ok() => {
            std::fs::remove_file(&sig_path).map_err(|e| EvidenceError::io(&sig_path, e))?
        }
        None => {}
    }
    Ok(digest)
}
