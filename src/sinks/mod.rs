//! Where a finished audit goes: the output side of the audit core.
//!
//! The core ([`crate::pipeline::Auditor`]) builds one findings document per recording and
//! hands it to a [`ResultSink`]; files, the evidence pack and reports, JSON on stdout, the
//! webhook and the broker's results stream are sinks, and a command chooses which ones it
//! runs ([`Chain`]). A sink may add to the document (the evidence sink fills each finding's
//! clip reference) before the next one sees it, so order matters: transcripts, then evidence
//! (which writes findings.json once, complete), then anything that ships the document.

pub mod evidence;
pub mod files;
pub mod json;
pub mod result;
pub mod webhook;

use std::path::PathBuf;

use crate::failure::{Classify, FailureClass};
use crate::findings::FindingsDoc;

pub use evidence::EvidenceSink;
pub use files::{DocumentFiles, TranscriptFiles};
pub use json::{JsonStdout, LiveJsonLines};

/// The recording a document is about, as sinks need it.
#[derive(Debug, Clone)]
pub struct Recording {
    /// Position of the recording among the inputs of one run.
    pub index: usize,
    /// Output name (the recording's folder under an output directory).
    pub name: String,
    /// Names the recording in messages (a URL without its secrets, or the path).
    pub label: String,
    /// The local file, when the recording is one (evidence clips are cut from it).
    pub local_file: Option<PathBuf>,
    /// Warnings for people, from decoding and from the sinks.
    pub warnings: Vec<String>,
}

/// How a delivery went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivered {
    /// Every sink has the result.
    Done,
    /// A sink found the result already delivered (a redelivered job): nothing more was sent.
    AlreadyThere,
}

/// A sink could not take the result.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SinkError {
    /// Which sink failed ("files", "evidence", "webhook", …).
    pub sink: &'static str,
    pub class: FailureClass,
    pub message: String,
}

impl SinkError {
    /// A failure of `sink` of the given class.
    pub fn new(sink: &'static str, class: FailureClass, message: impl Into<String>) -> Self {
        SinkError {
            sink,
            class,
            message: message.into(),
        }
    }

    /// An I/O failure writing `path`, classed by its kind.
    pub fn io(sink: &'static str, path: &std::path::Path, e: std::io::Error) -> Self {
        let class = match e.class() {
            // A file the sink writes cannot be the input's fault.
            FailureClass::BadInput => FailureClass::Internal,
            c => c,
        };
        SinkError::new(sink, class, format!("writing {}: {e}", path.display()))
    }
}

impl Classify for SinkError {
    fn class(&self) -> FailureClass {
        self.class
    }
}

/// A finding of a recording still being followed, final before the recording has ended.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LiveFinding {
    /// `finding` (words all heard), `finding_updated` (a correction heard since marks it
    /// mitigated) or `finding_withdrawn` (the later transcript no longer supports it).
    pub event: &'static str,
    /// Output name of the recording.
    pub recording: String,
    /// The recording as given (a URL without its secrets, or the path).
    pub input: String,
    /// When it went out (RFC 3339, this machine's clock).
    pub emitted_at: String,
    /// The transcript was complete up to here (recording timeline) when it went out.
    pub heard_until_ms: u64,
    /// The finding, numbered as the finished document numbers it.
    pub finding: crate::findings::Finding,
}

/// Takes finished documents.
pub trait ResultSink: Send {
    /// Ships `live` at once, while its recording is still followed (JSON lines, webhook).
    /// Sinks that only handle finished documents ignore it.
    fn live_finding(&mut self, live: &LiveFinding) -> Result<(), SinkError> {
        let _ = live;
        Ok(())
    }

    /// Delivers `doc` about `recording`; may add to both (clip references, warnings).
    fn deliver(
        &mut self,
        recording: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError>;

    /// Called once after the last recording (a sink that collects writes out here).
    fn finish(&mut self) -> Result<(), SinkError> {
        Ok(())
    }
}

/// Sinks run in order; a sink that finds the result already there stops the rest.
#[derive(Default)]
pub struct Chain(Vec<Box<dyn ResultSink>>);

impl Chain {
    /// An empty chain (delivers nowhere).
    pub fn new() -> Chain {
        Chain(Vec::new())
    }

    /// Adds `sink` at the end.
    pub fn then(mut self, sink: impl ResultSink + 'static) -> Chain {
        self.0.push(Box::new(sink));
        self
    }
}

impl ResultSink for Chain {
    /// Every sink gets it; one that fails does not keep it from the others.
    fn live_finding(&mut self, live: &LiveFinding) -> Result<(), SinkError> {
        let mut first = None;
        for sink in &mut self.0 {
            if let Err(e) = sink.live_finding(live) {
                first.get_or_insert(e);
            }
        }
        first.map_or(Ok(()), Err)
    }

    fn deliver(
        &mut self,
        recording: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        for sink in &mut self.0 {
            if sink.deliver(recording, doc)? == Delivered::AlreadyThere {
                return Ok(Delivered::AlreadyThere);
            }
        }
        Ok(Delivered::Done)
    }

    fn finish(&mut self) -> Result<(), SinkError> {
        for sink in &mut self.0 {
            sink.finish()?;
        }
        Ok(())
    }
}
