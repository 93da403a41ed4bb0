//! Sinks that write a recording's documents into a folder of an output directory.

use std::path::PathBuf;

use super::{Delivered, Recording, ResultSink, SinkError};
use crate::findings::FindingsDoc;
use crate::report::{to_srt, to_vtt, write_atomic};

/// `transcript.srt` and `transcript.vtt` under `root/<name>/` (the CLI; findings.json comes
/// from the evidence sink, complete with clip references).
pub struct TranscriptFiles {
    pub root: PathBuf,
}

impl ResultSink for TranscriptFiles {
    fn deliver(
        &mut self,
        rec: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        let dir = self.root.join(&rec.name);
        std::fs::create_dir_all(&dir).map_err(|e| SinkError::io("files", &dir, e))?;
        for (name, text) in [
            ("transcript.srt", to_srt(&doc.transcript)),
            ("transcript.vtt", to_vtt(&doc.transcript)),
        ] {
            let path = dir.join(name);
            write_atomic(&path, text.as_bytes()).map_err(|e| SinkError::io("files", &path, e))?;
        }
        Ok(Delivered::Done)
    }
}

/// findings.json, the transcripts and an optional extra file (a worker's `result.json`)
/// under `root/<name>/`, rewritten in place atomically so a redelivery leaves one copy.
pub struct DocumentFiles {
    pub root: PathBuf,
    /// File name and bytes written beside the documents.
    pub extra: Option<(String, Vec<u8>)>,
}

impl ResultSink for DocumentFiles {
    fn deliver(
        &mut self,
        rec: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        let dir = self.root.join(&rec.name);
        crate::report::write_outputs(doc, &dir).map_err(|e| SinkError::io("files", &dir, e))?;
        if let Some((name, bytes)) = &self.extra {
            let path = dir.join(name);
            write_atomic(&path, bytes).map_err(|e| SinkError::io("files", &path, e))?;
        }
        Ok(Delivered::Done)
    }
}
