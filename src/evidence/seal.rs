//! What a check of a sealed manifest reports, and the two checks every generation of a pack
//! gets: its seal (`*.sha256`, the manifest's own hash) and its signature (`*.sig`, ed25519),
//! with the signer named only against the keys the checker trusts. Used by [`super::verify`]
//! for the audit's manifest and by [`super::review_check`] for a review generation.

use std::path::Path;

use super::packfile::{self, PackFileError, MAX_SEAL_BYTES};
use super::sign::{self, ManifestSignature, TrustedKey};

/// Who signed a pack, as far as the keys the checker trusts can tell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Signer {
    /// No signature: the seal is a checksum anyone can recompute.
    #[default]
    Unsigned,
    /// A valid signature by a key that is not trusted (hex): proves nothing about who made it.
    Unknown(String),
    /// A valid signature by a trusted key.
    Trusted {
        /// The key's name as the trusted keys give it.
        name: String,
        /// The key as hex.
        key: String,
    },
}

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
    /// Public key (hex) of a valid signature, trusted or not.
    pub signed_by: Option<String>,
    /// Whether that key is one the checker trusts.
    pub signer: Signer,
    /// True when the source recording was checked too (and matched unless a problem says so).
    pub source_checked: bool,
    /// Everything that differs; empty means the pack is intact.
    pub problems: Vec<Problem>,
    /// The officer's review sealed in the pack, when there is one (checked with the rest).
    pub review: Option<ReviewCheck>,
}

impl VerifyReport {
    /// True when nothing differs.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }

    pub(super) fn problem(&mut self, path: &str, what: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            what: what.into(),
        });
    }
}

/// The review found when a pack was verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewCheck {
    pub generation: u32,
    pub officer: String,
    /// Findings confirmed, rejected and still pending.
    pub counts: [usize; 3],
    pub signer: Signer,
    /// review.json as it was checked (what the decisions are read from afterwards, so
    /// nothing is read twice or changed between the check and its use).
    pub review: Option<crate::review::ReviewDoc>,
}

/// The file names of one sealed manifest: the audit's (generation 1) or a review's.
#[derive(Debug, Clone, Copy)]
pub struct SealNames {
    pub manifest: &'static str,
    pub seal: &'static str,
    pub signature: &'static str,
}

/// The seal: the manifest's own hash (`sha256`, as found), recorded when the pack was made.
pub fn check_seal(report: &mut VerifyReport, dir: &Path, names: SealNames, sha256: &str) {
    match packfile::read_bounded(&dir.join(names.seal), MAX_SEAL_BYTES) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let recorded = text.split_whitespace().next().unwrap_or("").to_lowercase();
            if recorded != sha256 {
                report.problem(
                    names.manifest,
                    format!(
                        "changed: its SHA-256 is {sha256}, {} records {recorded}",
                        names.seal
                    ),
                );
            }
        }
        Err(PackFileError::Missing) => report.problem(
            names.seal,
            "missing (the manifest's own hash is not recorded)",
        ),
        Err(e) => report.problem(names.seal, e.to_string()),
    }
}

/// The signature over the manifest `bytes`: its signer against the `trusted` keys, with the
/// signing key's hex (`None` when unsigned or invalid, which are problems when required).
pub fn check_signature(
    report: &mut VerifyReport,
    dir: &Path,
    names: SealNames,
    bytes: &[u8],
    trusted: &[TrustedKey],
    require_trusted: bool,
) -> (Signer, Option<String>) {
    let sig_bytes = match packfile::read_bounded(&dir.join(names.signature), MAX_SEAL_BYTES) {
        Ok(b) => b,
        Err(PackFileError::Missing) if require_trusted => {
            report.problem(
                names.signature,
                format!("missing: {} is not signed", names.manifest),
            );
            return (Signer::Unsigned, None);
        }
        Err(PackFileError::Missing) => return (Signer::Unsigned, None),
        Err(e) => {
            report.problem(names.signature, e.to_string());
            return (Signer::Unsigned, None);
        }
    };
    let sig = match serde_json::from_slice::<ManifestSignature>(&sig_bytes) {
        Ok(sig) => sig,
        Err(e) => {
            report.problem(names.signature, format!("not a liveaudit signature: {e}"));
            return (Signer::Unsigned, None);
        }
    };
    let key = match sign::check_signature(&sig, bytes) {
        Ok(key) => key,
        Err(e) => {
            report.problem(names.signature, e);
            return (Signer::Unsigned, None);
        }
    };
    let hex_key = hex::encode(key.to_bytes());
    let signer = match trusted.iter().find(|t| t.key == key) {
        Some(t) => Signer::Trusted {
            name: t.name.clone(),
            key: hex_key.clone(),
        },
        None => {
            if require_trusted {
                let expected = match trusted {
                    [one] => format!("not the expected key {}", one.hex()),
                    _ => format!("none of the {} trusted keys", trusted.len()),
                };
                report.problem(
                    names.signature,
                    format!("signed by key {hex_key}, {expected}"),
                );
            }
            Signer::Unknown(hex_key.clone())
        }
    };
    (signer, Some(hex_key))
}
