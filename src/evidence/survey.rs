//! Finds the audited recordings a monitoring overview covers and checks each one's evidence
//! pack against its manifest, so that the overview (in [`crate::report::overview`]) only
//! renders what was found.

use std::path::{Path, PathBuf};

use super::manifest::{self, MANIFEST_FILE};
use super::sign::TrustedKey;
use super::verify::Signer;
use crate::findings::FindingsDoc;
use crate::report::overview::{Integrity, PackSignature, RecordingEntry, SummaryError};

/// Finds the audited recordings in `inputs` (findings.json files, recording output folders,
/// or folders holding them up to three levels down). Unreadable documents are skipped with a
/// warning; no recording at all is an error. A pack's signer is named only when it is one of
/// the `trusted` keys.
pub fn collect(
    inputs: &[PathBuf],
    trusted: &[TrustedKey],
) -> Result<(Vec<RecordingEntry>, Vec<String>), SummaryError> {
    let files = findings_files(inputs)?;
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| SummaryError::Io {
            path: file.clone(),
            source,
        })?;
        let doc: FindingsDoc = match serde_json::from_str(&text) {
            Ok(d) => d,
            Err(e) => {
                warnings.push(format!(
                    "{}: not a findings document, skipped ({e})",
                    file.display()
                ));
                continue;
            }
        };
        entries.push(entry(&file, doc, trusted));
    }
    if entries.is_empty() {
        return Err(SummaryError::BadInput {
            path: inputs.first().cloned().unwrap_or_default(),
            detail: "no readable findings documents among the inputs".into(),
        });
    }
    entries.sort_by(|a, b| {
        (a.doc.input.started_at.as_deref(), &a.name)
            .cmp(&(b.doc.input.started_at.as_deref(), &b.name))
    });
    Ok((entries, warnings))
}

/// The findings.json files named by `inputs` or found in them, sorted, each once.
fn findings_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, SummaryError> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_file() {
            files.push(input.clone());
        } else if input.is_dir() {
            let before = files.len();
            find_findings(input, 3, &mut files);
            if files.len() == before {
                return Err(SummaryError::BadInput {
                    path: input.clone(),
                    detail:
                        "holds no findings.json (expected the --out folder of `liveaudit audit`)"
                            .into(),
                });
            }
        } else {
            return Err(SummaryError::BadInput {
                path: input.clone(),
                detail: "no such file or folder".into(),
            });
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn find_findings(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
    let f = dir.join("findings.json");
    if f.is_file() {
        out.push(f);
        return;
    }
    if depth == 0 {
        return;
    }
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut subs: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        subs.sort();
        for s in subs {
            find_findings(&s, depth - 1, out);
        }
    }
}

/// The recording whose findings document is `file`, with its pack checked now.
fn entry(file: &Path, doc: FindingsDoc, trusted: &[TrustedKey]) -> RecordingEntry {
    let dir = file
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let name = super::pack_name(&dir).unwrap_or_else(|| doc.input.uri.clone());
    let mut review = None;
    let (source, manifest_sha256, integrity) = if dir.join(MANIFEST_FILE).is_file() {
        let source = manifest::read(&dir).ok().map(|(m, _)| m.source);
        match super::verify_pack_trusting(&dir, trusted, false, None) {
            Ok(r) if r.ok() => (
                {
                    // Decisions count only from a review that verified with its pack.
                    review = r.review.as_ref().and_then(|c| c.review.clone());
                    source
                },
                Some(r.manifest_sha256.clone()),
                Integrity::Intact {
                    signature: match r.signer {
                        Signer::Unsigned => PackSignature::Unsigned,
                        Signer::Unknown(key) => PackSignature::UnknownKey(key),
                        Signer::Trusted { name, key } => PackSignature::Trusted { name, key },
                    },
                },
            ),
            Ok(r) => (
                source,
                Some(r.manifest_sha256.clone()),
                Integrity::Differs(r.problems.iter().map(|p| p.to_string()).collect()),
            ),
            Err(e) => (source, None, Integrity::Differs(vec![e.to_string()])),
        }
    } else {
        (None, None, Integrity::NoPack)
    };
    let (room, streamer) = source.map_or((None, None), |s| (s.room, s.streamer));
    RecordingEntry {
        dir,
        name,
        doc,
        room,
        streamer,
        manifest_sha256,
        integrity,
        review,
    }
}
