//! The officer's review inside an evidence pack: `review.json` sealed by a second manifest
//! generation, `review.manifest.json` (+ `.sha256`, and `.sig` when the officer signs).
//!
//! The audit's own `manifest.json` and everything it lists stay untouched, so the findings
//! sealed at audit time verify exactly as before. The review manifest names the audit
//! manifest's SHA-256 (`base_manifest_sha256`), the findings.json the decisions are about,
//! the generation before it (`previous_sha256`: the audit's manifest for generation 2, the
//! previous review manifest after that) and lists `review.json` with its hash. Each review
//! adds decisions to `review.json` (history kept, the last decision about a finding counts)
//! and writes the next generation. [`check`] is called by `verify_pack` for every pack.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::manifest::{FileEntry, Manifest};
use super::packfile::{self, MAX_MANIFEST_BYTES};
use super::sign::{SigningKey, TrustedKey};
use super::verify::{check_seal, check_signature, SealNames, Signer, VerifyReport};
use super::{sha256_bytes, EvidenceError};
use crate::findings::FindingsDoc;
use crate::review::{ReviewDoc, REVIEW_FILE};

/// Schema tag of the review manifest.
pub const REVIEW_MANIFEST_SCHEMA: &str = "liveaudit.evidence-review/v1";
/// The review manifest and its seals.
pub const REVIEW_MANIFEST_FILE: &str = "review.manifest.json";
pub const REVIEW_SEAL_FILE: &str = "review.manifest.json.sha256";
pub const REVIEW_SIGNATURE_FILE: &str = "review.manifest.json.sig";
/// Files of the review generation, which the audit's manifest does not list.
pub const REVIEW_FILES: &[&str] = &[
    REVIEW_FILE,
    REVIEW_MANIFEST_FILE,
    REVIEW_SEAL_FILE,
    REVIEW_SIGNATURE_FILE,
];
const REVIEW_SEALS: SealNames = SealNames {
    manifest: REVIEW_MANIFEST_FILE,
    seal: REVIEW_SEAL_FILE,
    signature: REVIEW_SIGNATURE_FILE,
};
/// Largest findings.json or review.json read (a review of 10^4 findings is far below it).
const MAX_DOC_BYTES: u64 = 256 << 20;

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

/// The review found when a pack was verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewCheck {
    pub generation: u32,
    pub officer: String,
    /// Findings confirmed, rejected and still pending.
    pub counts: [usize; 3],
    pub signer: Signer,
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

fn parse(bytes: &[u8]) -> Result<ReviewManifest, String> {
    let m: ReviewManifest = serde_json::from_slice(bytes)
        .map_err(|e| format!("not a liveaudit review manifest: {e}"))?;
    if m.schema != REVIEW_MANIFEST_SCHEMA {
        return Err(format!("unknown schema {:?}", m.schema));
    }
    Ok(m)
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
    let counts = check_review_file(report, dir, &m);
    Some(ReviewCheck {
        generation: m.generation,
        officer: m.officer,
        counts,
        signer,
    })
}

/// review.json against its entry in the review manifest and against findings.json.
fn check_review_file(report: &mut VerifyReport, dir: &Path, m: &ReviewManifest) -> [usize; 3] {
    let Some(entry) = m.files.iter().find(|f| f.path == REVIEW_FILE) else {
        report.problem(REVIEW_MANIFEST_FILE, format!("does not list {REVIEW_FILE}"));
        return [0; 3];
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
            return [0; 3];
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
        return [0; 3];
    }
    report.files_checked += 1;
    let review = match ReviewDoc::parse(&bytes) {
        Ok(r) => r,
        Err(e) => {
            report.problem(REVIEW_FILE, e.to_string());
            return [0; 3];
        }
    };
    match read_findings(dir) {
        Ok((doc, findings_sha)) => {
            if let Err(e) = review.check_against(&doc, &findings_sha) {
                report.problem(REVIEW_FILE, e.to_string());
            }
            crate::review::counts(&doc, Some(&review))
        }
        // findings.json itself is checked against the audit's manifest.
        Err(_) => [0; 3],
    }
}
