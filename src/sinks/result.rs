//! The result message a finished job publishes: a summary of the findings document for the
//! case system's webhook, the broker's results stream and a worker's `result.json`.

use std::path::Path;

use serde::Serialize;

use crate::findings::{Finding, FindingsDoc};
use crate::queue::job::StreamMeta;

/// Schema tag of result messages (webhook body, broker results, `result.json`).
pub const RESULT_SCHEMA_V1: &str = "liveaudit.result/v1";

/// A result as the webhook and the broker see it.
#[derive(Debug, Clone, Serialize)]
pub struct ResultMessage<'a> {
    pub schema: &'static str,
    pub job_id: &'a str,
    pub input_sha256: &'a str,
    pub uri: &'a str,
    pub duration_ms: u64,
    pub stream: &'a StreamMeta,
    pub engine_version: &'a str,
    pub rule_pack: &'a str,
    pub rule_pack_version: &'a str,
    /// Findings by category, for dashboards.
    pub counts: std::collections::BTreeMap<&'static str, usize>,
    pub findings: &'a [Finding],
    /// Where the file sink wrote the full outputs, when it is on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_dir: Option<String>,
    /// The full findings document (transcript included); only in the webhook body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<&'a FindingsDoc>,
}

impl<'a> ResultMessage<'a> {
    /// Summary of `doc` for job `job_id`.
    pub fn new(
        job_id: &'a str,
        stream: &'a StreamMeta,
        doc: &'a FindingsDoc,
        out_dir: Option<&Path>,
    ) -> ResultMessage<'a> {
        let mut counts = std::collections::BTreeMap::new();
        for f in &doc.findings {
            *counts.entry(f.category.as_str()).or_default() += 1;
        }
        ResultMessage {
            schema: RESULT_SCHEMA_V1,
            job_id,
            input_sha256: &doc.input.sha256,
            uri: &doc.input.uri,
            duration_ms: doc.input.duration_ms,
            stream,
            engine_version: &doc.engine.version,
            rule_pack: &doc.engine.rule_pack,
            rule_pack_version: &doc.engine.rule_pack_version,
            counts,
            findings: &doc.findings,
            out_dir: out_dir.map(|p| p.display().to_string()),
            document: None,
        }
    }
}
