//! The evidence sink: clips of every finding cut from the local recording, findings.json
//! (written once, with the clip references), report.html/.md, clues and the sealed manifest
//! in `root/<name>/`. A recording that is not a local file gets its reports and a warning
//! that no clips were cut.

use std::path::{Path, PathBuf};

use super::{Delivered, Recording, ResultSink, SinkError};
use crate::evidence::{write_recording_evidence, EvidenceError, EvidenceOptions};
use crate::failure::Classify;
use crate::findings::FindingsDoc;

/// Writes a recording's evidence pack and reports.
pub struct EvidenceSink {
    pub root: PathBuf,
    pub options: EvidenceOptions,
}

impl ResultSink for EvidenceSink {
    fn deliver(
        &mut self,
        rec: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        let dir = self.root.join(&rec.name);
        let label = PathBuf::from(&rec.label);
        let source = rec.local_file.as_deref().unwrap_or(&label);
        let summary = write_recording_evidence(doc, source, &dir, &self.options)
            .map_err(|e| classify(&dir, e))?;
        rec.warnings
            .extend(summary.warnings.iter().map(|w| format!("evidence: {w}")));
        if let Some(sha) = &summary.manifest_sha256 {
            tracing::info!(dir = %dir.display(), clips = summary.clips, manifest_sha256 = %sha, signed = summary.signed_by.is_some(), "evidence pack written");
        }
        Ok(Delivered::Done)
    }
}

/// The sink error for an evidence failure: the recording's own faults stay bad input (a
/// file that decoded for Whisper but not for the clip cutter), a failed write is transient
/// or internal by its kind.
fn classify(dir: &Path, e: EvidenceError) -> SinkError {
    let class = e.class();
    let message = match &e {
        EvidenceError::Io { .. } | EvidenceError::Media(_) => e.to_string(),
        _ => format!("{}: {e}", dir.display()),
    };
    SinkError::new("evidence", class, message)
}
