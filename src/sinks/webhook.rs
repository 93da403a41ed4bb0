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
#[derive(Clone)]
pub struct WebhookConfig {
    pub url: String,
    /// HMAC-SHA256 key shared with the receiver.
    pub secret: Vec<u8>,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Tries before the job is retried through the queue.
    pub attempts: u32,
}

/// Debug output (logs, `{:?}` of the worker config) shows neither the secret nor the URL's
/// query or credentials.
impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("url", &crate::media::uri::redact(&self.url))
            .field("secret", &format!("({} bytes, hidden)", self.secret.len()))
            .field("timeout", &self.timeout)
            .field("attempts", &self.attempts)
            .finish()
    }
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

/// Most bytes of a receiver's error answer read (its first lines name the problem).
const MAX_ANSWER_BYTES: usize = 64 << 10;
/// Most characters of that answer quoted in the error.
const MAX_QUOTED_CHARS: usize = 500;

/// The client the webhook is called with: no redirects (a 307 would carry the signed result
/// to wherever the receiver points) and no proxy from the environment (it would see every
/// result).
fn client() -> Result<reqwest::Client, SinkError> {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .no_proxy()
        .build()
        .map_err(|e| {
            SinkError::new(
                "webhook",
                FailureClass::Internal,
                format!("HTTP client: {e}"),
            )
        })
}

/// The start of a receiver's answer, read no further than [`MAX_ANSWER_BYTES`].
async fn answer_start(mut resp: reqwest::Response) -> String {
    let mut bytes = Vec::new();
    while bytes.len() < MAX_ANSWER_BYTES {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                let room = MAX_ANSWER_BYTES - bytes.len();
                bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            _ => break,
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim();
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// POSTs `body` with signature and idempotency key, retrying network failures, 408, 429 and
/// 5xx with exponential backoff. Other 4xx answers are permanent: the receiver refused this
/// result (wrong secret, schema) and sending it again will not change that; so is a redirect,
/// which is not followed. The request goes through the webhook's own client (no redirects, no
/// proxy from the environment); the receiver's answer is read only so far
/// ([`MAX_ANSWER_BYTES`]) and its URL appears in messages without query or credentials.
pub async fn post_webhook(cfg: &WebhookConfig, key: &str, body: &[u8]) -> Result<(), SinkError> {
    let http = client()?;
    let url = crate::media::uri::redact(&cfg.url);
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
            Ok(resp) if resp.status().is_redirection() => {
                let status = resp.status();
                last = format!(
                    "webhook {url} answered {status}: redirects are not followed (give the final URL)"
                );
                return Err(SinkError::new("webhook", FailureClass::BadInput, last));
            }
            Ok(resp) => {
                let status = resp.status();
                let text = answer_start(resp).await;
                last = format!("webhook {url} answered {status}: {text}");
                let code = status.as_u16();
                if status.is_client_error() && code != 408 && code != 429 {
                    return Err(SinkError::new("webhook", FailureClass::BadInput, last));
                }
            }
            Err(e) => last = format!("webhook {url}: {}", e.without_url()),
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
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::{Arc, Mutex};
    use std::time::Instant;

    /// A webhook receiver on 127.0.0.1 that records each request's target: `/big` answers 400
    /// with a body that never ends, `/moved` redirects (307) to `/final`, anything else 200.
    struct Receiver {
        port: u16,
        hits: Arc<Mutex<Vec<String>>>,
    }

    impl Receiver {
        fn start() -> Receiver {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            let port = listener.local_addr().unwrap().port();
            let hits = Arc::new(Mutex::new(Vec::new()));
            let recorded = hits.clone();
            std::thread::spawn(move || {
                for conn in listener.incoming().flatten() {
                    let hits = recorded.clone();
                    std::thread::spawn(move || answer(conn, &hits));
                }
            });
            Receiver { port, hits }
        }

        fn config(&self, path: &str) -> WebhookConfig {
            WebhookConfig {
                url: format!("http://127.0.0.1:{}{path}?token=SECRET", self.port),
                secret: b"k".to_vec(),
                timeout: Duration::from_secs(10),
                attempts: 1,
            }
        }
    }

    fn answer(conn: TcpStream, hits: &Mutex<Vec<String>>) {
        let mut reader = BufReader::new(conn.try_clone().unwrap());
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
        let mut length = 0;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                break;
            }
            if let Some(v) = h.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        let _ = reader.by_ref().take(length).read_to_end(&mut Vec::new());
        hits.lock().unwrap().push(target.clone());
        let mut conn = conn;
        let path = target.split('?').next().unwrap_or("");
        let _ = match path {
            "/big" => {
                let head = "HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n";
                let chunk = format!("10000\r\n{}\r\n", "x".repeat(0x10000));
                let started = Instant::now();
                let mut r = conn.write_all(head.as_bytes());
                while r.is_ok() && started.elapsed() < Duration::from_secs(30) {
                    r = conn.write_all(chunk.as_bytes());
                }
                r
            }
            "/moved" => conn.write_all(
                b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /final\r\nContent-Length: 0\r\n\r\n",
            ),
            _ => conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
        };
    }

    fn post(cfg: &WebhookConfig) -> Result<(), SinkError> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(post_webhook(cfg, "job:sha", b"{}"))
    }

    /// Issue 20, low list: a receiver's error body is read only so far (it names the
    /// problem in its first bytes); one that never ends must not hold the job until the
    /// request times out, nor fill memory.
    #[test]
    fn a_receiver_body_is_read_only_so_far() {
        let r = Receiver::start();
        let t0 = Instant::now();
        let e = post(&r.config("/big")).unwrap_err();
        assert!(t0.elapsed() < Duration::from_secs(5), "{:?}", t0.elapsed());
        let msg = e.to_string();
        assert!(msg.contains("400") && msg.len() < 2000, "{}", msg.len());
        assert!(!msg.contains("SECRET"), "{msg}");
    }

    /// Issue 20, low list: a redirect would carry the signed result elsewhere (307 keeps the
    /// body); the webhook is called at the URL given, or the delivery fails saying so.
    #[test]
    fn webhook_redirects_are_not_followed() {
        let r = Receiver::start();
        let e = post(&r.config("/moved")).unwrap_err();
        assert!(e.to_string().contains("307"), "{e}");
        assert!(!e.to_string().contains("SECRET"), "{e}");
        let hits = r.hits.lock().unwrap().clone();
        assert!(!hits.iter().any(|h| h.starts_with("/final")), "{hits:?}");
        assert!(post(&r.config("/hook")).is_ok());
    }

    /// Issue 20, low list: a proxy from the environment would see every signed result. The
    /// variables are read when a client is built; setting them in this multi-threaded test
    /// process would race other tests, so the post runs in a child of this test binary whose
    /// environment has them from the start, against a "proxy" that records what reaches it.
    #[test]
    fn the_webhook_ignores_the_environment_proxy() {
        const CHILD: &str = "LIVEAUDIT_TEST_WEBHOOK_PROXY_CHILD";
        if let Ok(port) = std::env::var(CHILD) {
            let r = Receiver {
                port: port.parse().unwrap(),
                hits: Arc::default(),
            };
            post(&r.config("/hook")).unwrap();
            return;
        }
        let (receiver, proxy) = (Receiver::start(), Receiver::start());
        let proxy_url = format!("http://127.0.0.1:{}", proxy.port);
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "sinks::webhook::tests::the_webhook_ignores_the_environment_proxy",
            ])
            .env(CHILD, receiver.port.to_string())
            .env("HTTP_PROXY", &proxy_url)
            .env("http_proxy", &proxy_url)
            .env("ALL_PROXY", &proxy_url)
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && text.contains("1 passed"), "{text}");
        assert!(proxy.hits.lock().unwrap().is_empty(), "{:?}", proxy.hits);
        assert_eq!(receiver.hits.lock().unwrap().len(), 1);
    }

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

    #[test]
    fn debug_output_hides_the_secret() {
        let cfg = WebhookConfig {
            url: "https://cases.example/hook?token=t0ken".into(),
            secret: b"hunter2".to_vec(),
            timeout: Duration::from_secs(1),
            attempts: 1,
        };
        let shown = format!("{cfg:?}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("t0ken"),
            "{shown}"
        );
        assert!(!shown.contains("104, 117"), "{shown}");
    }
}
