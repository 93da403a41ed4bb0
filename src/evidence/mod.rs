//! Evidence packs: what an officer hands to enforcement with a clue.
//!
//! A pack is one directory per audited recording holding an audio clip of every finding (cut
//! from the decoded source at its own sample rate, with context before and after), the
//! findings document, the reports, and `manifest.json` listing every file with its SHA-256
//! next to the source recording's SHA-256 and size, the engine, model and rule-pack hashes
//! and the times. The manifest is sealed by `manifest.json.sha256` (sha256sum format) and,
//! when a key is given, signed with ed25519 in `manifest.json.sig`; [`verify::verify_pack`]
//! checks all of it and names every file that differs.
//!
//! Modules: [`cut`] (streaming clip cutter and level profile), [`manifest`] (the manifest
//! and file hashing), [`packfile`] (reading a pack's files: regular files only, bounded),
//! [`sign`] (keys, signatures), [`verify`] (checking a pack), [`review_pack`] (the
//! officer's review sealed as a later manifest generation; [`review_check`] checks it),
//! [`seal`] (what a check reports; seal and signature checks), [`assemble`]
//! (assembling a recording's pack after an audit, and ad-hoc extraction), [`survey`] (finding
//! audited recordings and checking their packs for the monitoring overview).

pub mod assemble;
pub mod cut;
pub mod manifest;
pub mod packfile;
pub mod review_check;
pub mod review_pack;
pub mod seal;
pub mod sign;
pub mod survey;
pub mod verify;

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::media::MediaError;

pub use assemble::{
    extract, write_recording_evidence, EvidenceOptions, EvidenceSummary, ExtractRequest,
};
pub use cut::{cut_clips, ClipSpec, CutClip, CutOutput, LevelProfile};
pub use manifest::{Manifest, MANIFEST_FILE, MANIFEST_SCHEMA, SEAL_FILE, SIGNATURE_FILE};
pub use sign::{load_signing_key, load_verifying_key, SigningKey, TrustedKey, VerifyingKey};
pub use verify::{verify_pack, verify_pack_trusting, Signer, VerifyReport};

/// Why evidence could not be cut, sealed or checked.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    /// The source recording could not be opened or decoded.
    #[error(transparent)]
    Media(#[from] MediaError),
    /// Reading or writing a file failed.
    #[error("{path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// What was asked for does not fit the input: a time past the end, an unknown finding id,
    /// a findings document for another recording, a malformed findings file.
    #[error("{path}: {detail}", path = .path.display())]
    BadInput { path: PathBuf, detail: String },
    /// A signing or verifying key could not be read or parsed.
    #[error("key {origin}: {detail}")]
    Key { origin: String, detail: String },
    /// A bug or resource failure while cutting (not the input's fault).
    #[error("{path}: internal evidence error: {detail}", path = .path.display())]
    Internal { path: PathBuf, detail: String },
}

impl EvidenceError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        EvidenceError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// A pack's folder name, which audit gave the recording (canonicalised first, so `.` or a
/// trailing `..` still names the folder); `None` when the folder cannot be resolved.
pub fn pack_name(dir: &Path) -> Option<String> {
    std::fs::canonicalize(dir)
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
}

/// SHA-256 (hex) and size of a file, read in 64 KiB blocks so large recordings stream.
pub fn sha256_file(path: &Path) -> Result<(String, u64), EvidenceError> {
    crate::source::digest::sha256_file(path).map_err(|e| EvidenceError::io(path, e))
}

/// SHA-256 (hex) of bytes in memory.
pub fn sha256_bytes(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

impl crate::failure::Classify for EvidenceError {
    /// The input (recording, findings file, key, request) at fault is bad input, so the CLI
    /// answers with the bad-input exit code; a failed read or write other than a missing
    /// file may pass; a bug while cutting is ours.
    fn class(&self) -> crate::failure::FailureClass {
        use crate::failure::FailureClass::*;
        match self {
            EvidenceError::Media(e) => e.class(),
            EvidenceError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                BadInput
            }
            EvidenceError::Io { .. } => Transient,
            EvidenceError::BadInput { .. } | EvidenceError::Key { .. } => BadInput,
            EvidenceError::Internal { .. } => Internal,
        }
    }
}
