//! Checks an officer's review generation in a pack (`review.json` sealed by
//! `review.manifest.json`), for [`super::verify`]: the review manifest's seal and signature,
//! that it builds on the pack's audit manifest and findings.json, review.json's hash, and that
//! every decision is about a finding the document has. Also reads a pack's findings and review
//! for [`super::review_pack`], which writes the generations.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::manifest::{FileEntry, Manifest};
use super::packfile::{self, MAX_MANIFEST_BYTES};
use super::seal::{check_seal, check_signature, ReviewCheck, SealNames, VerifyReport};
use super::sign::TrustedKey;
use super::{sha256_bytes, EvidenceError};
use crate::findings::FindingsDoc;
use crate::review::{
    ReviewDoc, REVIEW_FILE, REVIEW_MANIFEST_FILE, REVIEW_SEAL_FILE, REVIEW_SIGNATURE_FILE,
};

/// Schema tag of the review manifest.
pub const REVIEW_MANIFEST_SCHEMA: &str = "liveaudit.evidence-review/v1";
const REVIEW_SEALS: SealNames = SealNames {
    manifest: REVIEW_MANIFEST_FILE,
    seal: REVIEW_SEAL_FILE,
    signature: REVIEW_SIGNATURE_FILE,
};
/// Largest findings.json or review.json read (a review of 10^4 findings is far below it).
pub(super) const MAX_DOC_BYTES: u64 = 256 << 20;

/// A review generation's manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewManifest {
    pub schema: String,
    /// 2 for the first review (the audit's manifest is generation 1), then 3, 4, …
    pub generation: u32,
    /// When this generation was written (RFC 3339).
    pub created_at: String,
    pub liveaudit_version: String,
    /// Who recorded this generation's decisions.
    pub officer: String,
    /// SHA-256 of the audit's `manifest.json`, which this generation leaves as it was.
    pub base_manifest_sha256: String,
    /// SHA-256 of the generation before (the audit's manifest for generation 2).
    pub previous_sha256: String,
    /// SHA-256 of the findings.json the decisions are about.
    pub findings_sha256: String,
    /// `review.json` with its hash and size.
    pub files: Vec<FileEntry>,
}

/// The pack's findings document with its SHA-256, read as a pack file (regular, bounded).
pub fn read_findings(pack: &Path) -> Result<(FindingsDoc, String), EvidenceError> {
    let path = pack.join("findings.json");
    let bytes = packfile::read_pack_file(&path, MAX_DOC_BYTES)?;
    let doc = serde_json::from_slice(&bytes).map_err(|e| EvidenceError::BadInput {
        path: path.clone(),
        detail: format!("not a findings document: {e}"),
    })?;
    Ok((doc, sha256_bytes(&bytes)))
}

/// The pack's review so far (`None` before the first).
pub fn read_review(pack: &Path) -> Result<Option<ReviewDoc>, EvidenceError> {
    let path = pack.join(REVIEW_FILE);
    if path.symlink_metadata().is_err() {
        return Ok(None);
    }
    let bytes = packfile::read_pack_file(&path, MAX_DOC_BYTES)?;
    ReviewDoc::parse(&bytes)
        .map(Some)
        .map_err(|e| EvidenceError::BadInput {
            path,
            detail: e.to_string(),
        })
}

/// Parses a review manifest.
pub(super) fn parse(bytes: &[u8]) -> Result<ReviewManifest, String> {
    let m: ReviewManifest = serde_json::from_slice(bytes)
        .map_err(|e| format!("not a liveaudit review manifest: {e}"))?;
    if m.schema != REVIEW_MANIFEST_SCHEMA {
        return Err(format!("unknown schema {:?}", m.schema));
    }
    Ok(m)
}

/// Checks the pack's review generation, if it has one, adding every difference to `report`:
/// the review manifest's seal and signature, that it builds on this pack's audit manifest
/// and findings.json, review.json's hash, and that every decision is about a finding the
/// document has. A review.json without its manifest is a difference too.
pub fn check(
    report: &mut VerifyReport,
    dir: &Path,
    audit: &Manifest,
    trusted: &[TrustedKey],
    require_trusted: bool,
) -> Option<ReviewCheck> {
    let bytes = match packfile::read_bounded(&dir.join(REVIEW_MANIFEST_FILE), MAX_MANIFEST_BYTES) {
        Ok(b) => b,
        Err(packfile::PackFileError::Missing) => {
            for f in [REVIEW_FILE, REVIEW_SEAL_FILE, REVIEW_SIGNATURE_FILE] {
                if dir.join(f).symlink_metadata().is_ok() {
                    report.problem(f, format!("present without {REVIEW_MANIFEST_FILE}"));
                }
            }
            return None;
        }
        Err(e) => {
            report.problem(REVIEW_MANIFEST_FILE, e.to_string());
            return None;
        }
    };
    let sha = sha256_bytes(&bytes);
    check_seal(report, dir, REVIEW_SEALS, &sha);
    let (signer, _) = check_signature(report, dir, REVIEW_SEALS, &bytes, trusted, require_trusted);
    let m = match parse(&bytes) {
        Ok(m) => m,
        Err(e) => {
            report.problem(REVIEW_MANIFEST_FILE, e);
            return None;
        }
    };
    if m.base_manifest_sha256 != report.manifest_sha256 {
        report.problem(
            REVIEW_MANIFEST_FILE,
            format!(
                "reviews a pack whose manifest.json had SHA-256 {}; this one's is {} (the recording was audited again: review it again)",
                m.base_manifest_sha256, report.manifest_sha256
            ),
        );
    }
    let listed_findings = audit.files.iter().find(|f| f.path == "findings.json");
    if listed_findings.map(|f| f.sha256.as_str()) != Some(m.findings_sha256.as_str()) {
        report.problem(
            REVIEW_MANIFEST_FILE,
            "is about another findings.json than the one the audit's manifest lists",
        );
    }
    let (counts, review) = check_review_file(report, dir, &m);
    Some(ReviewCheck {
        generation: m.generation,
        officer: m.officer,
        counts,
        signer,
        review,
    })
}

/// review.json against its entry in the review manifest and against findings.json: the
/// decision counts and the review as read (`None` when it could not be).
fn check_review_file(
    report: &mut VerifyReport,
    dir: &Path,
    m: &ReviewManifest,
) -> ([usize; 3], Option<ReviewDoc>) {
    let Some(entry) = m.files.iter().find(|f| f.path == REVIEW_FILE) else {
        report.problem(REVIEW_MANIFEST_FILE, format!("does not list {REVIEW_FILE}"));
        return ([0; 3], None);
    };
    if let Some(other) = m.files.iter().find(|f| f.path != REVIEW_FILE) {
        report.problem(
            &other.path,
            "listed by the review manifest, which lists review.json only",
        );
    }
    let bytes = match packfile::read_bounded(&dir.join(REVIEW_FILE), entry.size_bytes) {
        Ok(b) => b,
        Err(e) => {
            report.problem(REVIEW_FILE, e.to_string());
            return ([0; 3], None);
        }
    };
    let sha = sha256_bytes(&bytes);
    if sha != entry.sha256 || bytes.len() as u64 != entry.size_bytes {
        report.problem(
            REVIEW_FILE,
            format!(
                "content changed: SHA-256 is {sha}, {REVIEW_MANIFEST_FILE} says {}",
                entry.sha256
            ),
        );
        return ([0; 3], None);
    }
    report.files_checked += 1;
    let review = match ReviewDoc::parse(&bytes) {
        Ok(r) => r,
        Err(e) => {
            report.problem(REVIEW_FILE, e.to_string());
            return ([0; 3], None);
        }
    };
    match read_findings(dir) {
        Ok((doc, findings_sha)) => {
            if let Err(e) = review.check_against(&doc, &findings_sha) {
                report.problem(REVIEW_FILE, e.to_string());
            }
            (crate::review::counts(&doc, Some(&review)), Some(review))
        }
        // findings.json itself is checked against the audit's manifest.
        Err(_) => ([0; 3], None),
    }
}
