//! `audit --json`: the findings documents on stdout once every recording is done (one
//! document alone, several as an array), so a script gets one JSON value to parse.
//! `audit --follow`: each finding on stdout as one JSON line as soon as it is final.

use std::io::Write;

use super::{Delivered, LiveFinding, Recording, ResultSink, SinkError};
use crate::failure::FailureClass;
use crate::findings::FindingsDoc;

/// Collects documents and prints them in input order at the end.
#[derive(Default)]
pub struct JsonStdout {
    /// Documents by input position (they arrive in the order recordings finish).
    docs: Vec<(usize, FindingsDoc)>,
}

impl JsonStdout {
    /// An empty collector.
    pub fn new() -> JsonStdout {
        JsonStdout::default()
    }
}

impl ResultSink for JsonStdout {
    fn deliver(
        &mut self,
        rec: &mut Recording,
        doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        self.docs.push((rec.index, doc.clone()));
        Ok(Delivered::Done)
    }

    fn finish(&mut self) -> Result<(), SinkError> {
        self.docs.sort_by_key(|(i, _)| *i);
        let docs: Vec<&FindingsDoc> = self.docs.iter().map(|(_, d)| d).collect();
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        let fail = |e: &dyn std::fmt::Display| {
            SinkError::new(
                "json",
                FailureClass::Internal,
                format!("writing JSON to stdout: {e}"),
            )
        };
        let written = if docs.len() == 1 {
            serde_json::to_writer_pretty(&mut lock, docs[0])
        } else {
            serde_json::to_writer_pretty(&mut lock, &docs)
        };
        written.map_err(|e| fail(&e))?;
        writeln!(lock).map_err(|e| fail(&e))
    }
}

/// Prints each finding of a followed recording as one JSON line on stdout as it becomes
/// final (`{"event":"finding", "recording", "input", "emitted_at", "heard_until_ms",
/// "finding"}`), flushed at once so a pipe reader sees it while the room is on air.
pub struct LiveJsonLines;

impl ResultSink for LiveJsonLines {
    fn live_finding(&mut self, live: &LiveFinding) -> Result<(), SinkError> {
        let mut line = serde_json::to_value(live).map_err(|e| {
            SinkError::new(
                "live",
                FailureClass::Internal,
                format!("encoding a finding: {e}"),
            )
        })?;
        if let Some(o) = line.as_object_mut() {
            o.insert("event".into(), "finding".into());
        }
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        writeln!(lock, "{line}")
            .and_then(|_| lock.flush())
            .map_err(|e| {
                SinkError::new(
                    "live",
                    FailureClass::Internal,
                    format!("writing to stdout: {e}"),
                )
            })
    }

    fn deliver(
        &mut self,
        _rec: &mut Recording,
        _doc: &mut FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        Ok(Delivered::Done)
    }
}
