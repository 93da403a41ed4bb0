//! Where a finished job's result goes: files, a signed HTTP webhook to the rule-check / case
//! system, and the broker's results stream (which is also the idempotency ledger).
//!
//! Every sink is idempotent by job id + input SHA-256: files are rewritten in place
//! atomically, the webhook carries that pair as its `Idempotency-Key`, and the broker records
//! the pair at most once. So a job redelivered after a crash between sinks and ack produces
//! no second result anywhere.

use std::path::{Path, PathBuf};
use std::time::Duration;

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;

use super::JobFailure;
use crate::findings::{Finding, FindingsDoc};
use crate::queue::job::StreamMeta;

/// Schema tag of result messages (webhook body, broker results, `result.json`).
pub const RESULT_SCHEMA_V1: &str = "liveaudit.result/v1";

/// Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
pub const SIGNATURE_HEADER: &str = "X-Liveaudit-Signature";
/// Header carrying `<job id>:<input sha256>`.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

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

/// Writes the findings document, SRT/VTT and `result.json` under `out/<job id>/`.
pub fn write_files(
    out: &Path,
    job_id: &str,
    doc: &FindingsDoc,
    result: &[u8],
) -> Result<PathBuf, JobFailure> {
    let dir = out.join(job_id);
    let fail = |e: std::io::Error| JobFailure::transient(format!("writing {}: {e}", dir.display()));
    crate::report::write_outputs(doc, &dir).map_err(fail)?;
    crate::report::write_atomic(&dir.join("result.json"), result).map_err(fail)?;
    Ok(dir)
}

/// Where and how to call the webhook.
#[derive(Debug, Clone)]
pub struct WebhookConfig {
    pub url: String,
    /// HMAC-SHA256 key shared with the receiver.
    pub secret: Vec<u8>,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Tries before the job is retried through the queue.
    pub attempts: u32,
}

/// The signature header value for `body` sent at `timestamp` (Unix seconds).
pub fn sign(secret: &[u8], timestamp: u64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    )
}

/// POSTs `body` with signature and idempotency key, retrying network failures, 408, 429 and
/// 5xx with exponential backoff. Other 4xx answers are permanent: the receiver refused this
/// result (wrong secret, schema) and sending it again will not change that.
pub async fn post_webhook(
    http: &reqwest::Client,
    cfg: &WebhookConfig,
    key: &str,
    body: &[u8],
) -> Result<(), JobFailure> {
    let mut delay = Duration::from_millis(500);
    let mut last = String::new();
    for attempt in 1..=cfg.attempts.max(1) {
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let sent = http
            .post(&cfg.url)
            .timeout(cfg.timeout)
            .header("Content-Type", "application/json")
            .header(IDEMPOTENCY_HEADER, key)
            .header(SIGNATURE_HEADER, sign(&cfg.secret, ts, body))
            .body(body.to_vec())
            .send()
            .await;
        match sent {
            Ok(resp) if resp.status().is_success() => return Ok(()),
            Ok(resp) => {
                let status = resp.status();
                let text = resp.text().await.unwrap_or_default();
                last = format!("webhook {} answered {status}: {}", cfg.url, text.trim());
                let code = status.as_u16();
                if status.is_client_error() && code != 408 && code != 429 {
                    return Err(JobFailure::permanent(last));
                }
            }
            Err(e) => last = format!("webhook {}: {e}", cfg.url),
        }
        tracing::warn!(attempt, reason = %last, "webhook delivery failed");
        if attempt < cfg.attempts {
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(10));
        }
    }
    Err(JobFailure::transient(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_matches_a_known_hmac() {
        // HMAC-SHA256("key", "1700000000.{}") computed independently (Python's hmac).
        let s = sign(b"key", 1_700_000_000, b"{}");
        assert_eq!(
            s,
            "t=1700000000,v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
        assert_ne!(s, sign(b"other", 1_700_000_000, b"{}"));
        assert_ne!(s, sign(b"key", 1_700_000_001, b"{}"));
    }
}
