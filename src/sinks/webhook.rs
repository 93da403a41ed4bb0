//! The webhook sink's transport: results POSTed to the rule-check / case system, signed with
//! HMAC-SHA256 and carrying an idempotency key (job id + input SHA-256), so a redelivered job
//! never produces a second case.

use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::SinkError;
use crate::failure::FailureClass;

/// Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
pub const SIGNATURE_HEADER: &str = "X-Liveaudit-Signature";
/// Header carrying `<job id>:<input sha256>`.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

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
) -> Result<(), SinkError> {
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
                    return Err(SinkError::new("webhook", FailureClass::BadInput, last));
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
    Err(SinkError::new("webhook", FailureClass::Transient, last))
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
