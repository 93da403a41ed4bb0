//! http(s) fetching for recordings and HLS segments, streamed into the decoder.
//!
//! reqwest (blocking, rustls) on the decode thread. Connect and idle-read timeouts; transient
//! failures (connection errors, timeouts, 408/429/5xx) are retried with exponential backoff; a
//! connection that drops mid-body is resumed with a `Range` request from the byte reached
//! (checked against `Content-Range`, and `If-Range` so a changed resource is not spliced).
//! Limits on bytes, transfer time and redirects; every connection goes through the SSRF guard.
//! Request headers (auth tokens) are marked sensitive and never logged, and go only to the
//! origin of the input the user gave (redirects are followed here, hop by hop, to decide); no
//! Referer, no proxy from the environment. URLs in messages have their query and credentials
//! removed.

use std::io::{self, Read};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::blocking::{Client, Response};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::StatusCode;

use super::guard::{self, Refused};
use super::SourceOptions;
use crate::media::hls::FetchError;
use crate::media::m3u8::ByteRange;
// URLs in messages lose query and credentials the same way playlist entries do.
pub use crate::media::uri::redact;

/// A configured client: timeouts, redirect policy, guarded DNS, headers.
#[derive(Clone)]
pub struct HttpClient {
    client: Client,
    opts: Arc<SourceOptions>,
    /// The request headers (values marked sensitive), sent only to `header_origin`.
    headers: HeaderMap,
    /// The origin (scheme, host, port) of the input the user gave; `None` for a local input,
    /// whose playlist's remote entries get no headers.
    header_origin: Option<url::Origin>,
}

impl HttpClient {
    /// Builds the client for fetching the input `input` (the reference the user gave) and what
    /// it names. The request headers (tokens, cookies) go only to `input`'s own origin, never
    /// to another host a playlist or a redirect names; no Referer is sent; proxies from the
    /// environment are not used (a proxy would resolve the target's name itself, out of the
    /// guard's sight). Fails only on invalid header names or values (named, values hidden).
    pub fn new(opts: Arc<SourceOptions>, input: &str) -> Result<HttpClient, String> {
        let mut headers = HeaderMap::new();
        for (name, value) in &opts.headers {
            let n = HeaderName::from_bytes(name.trim().as_bytes())
                .map_err(|_| format!("invalid request header name '{name}'"))?;
            let mut v = HeaderValue::from_str(value.trim())
                .map_err(|_| format!("invalid value for request header '{name}'"))?;
            v.set_sensitive(true);
            headers.append(n, v);
        }
        let header_origin = reqwest::Url::parse(input)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .map(|u| u.origin());
        // Redirects are followed by `send`, which decides per hop whether headers go along.
        let client = Client::builder()
            .connect_timeout(opts.connect_timeout)
            .timeout(opts.read_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .no_proxy()
            .dns_resolver(guard::resolver(opts.policy()))
            .user_agent(concat!("liveaudit/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("cannot set up the http client: {e}"))?;
        Ok(HttpClient {
            client,
            opts,
            headers,
            header_origin,
        })
    }

    /// Starts a GET of `url` (or `range` of it), retrying transient failures.
    pub fn get(&self, url: &str, range: Option<ByteRange>) -> Result<HttpReader, FetchError> {
        let parsed = reqwest::Url::parse(url).map_err(|e| FetchError {
            detail: format!("not a valid URL ({e})"),
            transient: false,
        })?;
        guard::check_url_host(&parsed, self.opts.policy()).map_err(|e| FetchError {
            detail: e.0,
            transient: false,
        })?;
        let end = range.map(|r| r.offset.saturating_add(r.len));
        let mut reader = HttpReader {
            client: self.clone(),
            url: parsed,
            start: range.map_or(0, |r| r.offset),
            pos: range.map_or(0, |r| r.offset),
            end,
            validator: None,
            resp: None,
            retries: 0,
            started: Instant::now(),
            read_total: 0,
        };
        reader.connect(range.is_some())?;
        Ok(reader)
    }

    /// One GET of `url` from byte `from`, following redirects (at most `max_redirects`, each
    /// target checked by the guard); the headers go only to hops on the input's origin.
    fn send(
        &self,
        url: &reqwest::Url,
        from: u64,
        end: Option<u64>,
        validator: Option<&str>,
        ranged: bool,
    ) -> Result<Response, FetchError> {
        let mut current = url.clone();
        let mut hops = 0;
        loop {
            let mut req = self.client.get(current.clone());
            if self.header_origin.as_ref() == Some(&current.origin()) {
                req = req.headers(self.headers.clone());
            }
            if ranged || from > 0 {
                let range = match end {
                    Some(e) => format!("bytes={from}-{}", e.saturating_sub(1)),
                    None => format!("bytes={from}-"),
                };
                req = req.header(reqwest::header::RANGE, range);
                if let Some(v) = validator {
                    req = req.header(reqwest::header::IF_RANGE, v);
                }
            }
            let resp = req.send().map_err(|e| describe(&e))?;
            let status = resp.status();
            if status.is_success() {
                return Ok(resp);
            }
            if let Some(next) = self.redirect_target(&current, &resp, &mut hops)? {
                current = next;
                continue;
            }
            return Err(FetchError {
                detail: format!("HTTP {status}"),
                transient: is_transient_status(status),
            });
        }
    }

    /// Where a redirect response leads, checked (scheme, guard, count); `None` when `resp` is
    /// no redirect.
    fn redirect_target(
        &self,
        from: &reqwest::Url,
        resp: &Response,
        hops: &mut usize,
    ) -> Result<Option<reqwest::Url>, FetchError> {
        if !matches!(resp.status().as_u16(), 301 | 302 | 303 | 307 | 308) {
            return Ok(None);
        }
        let Some(location) = resp.headers().get(reqwest::header::LOCATION) else {
            return Ok(None);
        };
        let refused = |detail: String| FetchError {
            detail: format!("redirect failed: {detail}"),
            transient: false,
        };
        *hops += 1;
        let max = self.opts.max_redirects;
        if *hops > max {
            return Err(refused(format!("more than {max} redirects")));
        }
        let next = location
            .to_str()
            .ok()
            .and_then(|l| from.join(l).ok())
            .ok_or_else(|| refused("the Location is not a valid URL".into()))?;
        if !matches!(next.scheme(), "http" | "https") {
            let scheme = next.scheme();
            return Err(refused(format!("a redirect to a {scheme}: URL is refused")));
        }
        guard::check_url_host(&next, self.opts.policy())
            .map_err(|e| refused(format!("redirect refused: {}", e.0)))?;
        Ok(Some(next))
    }
}

/// The body of the recording at `input`, fetched with `opts`; failures name `label`.
pub fn open_body(
    input: &str,
    opts: Arc<SourceOptions>,
    label: &std::path::Path,
) -> Result<HttpReader, crate::media::MediaError> {
    let fetch_error = |detail: String, transient: bool| crate::media::MediaError::Fetch {
        path: label.to_path_buf(),
        detail,
        transient,
    };
    let client = HttpClient::new(opts, input).map_err(|detail| fetch_error(detail, false))?;
    client
        .get(input, None)
        .map_err(|e| fetch_error(e.detail, e.transient))
}

/// An http response body as a `Read`, resuming after dropped connections.
pub struct HttpReader {
    client: HttpClient,
    url: reqwest::Url,
    start: u64,
    pos: u64,
    end: Option<u64>,
    validator: Option<String>,
    resp: Option<Response>,
    retries: u32,
    started: Instant,
    read_total: u64,
}

impl HttpReader {
    /// The URL without query or credentials, for messages.
    pub fn display_url(&self) -> String {
        redact(self.url.as_str())
    }

    /// Total length of the body when the server said (`Content-Length`/`Content-Range`).
    pub fn len(&self) -> Option<u64> {
        self.end.map(|e| e - self.start)
    }

    /// True when the server declared an empty body.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// (Re)connects from `self.pos`, retrying transient failures with backoff.
    fn connect(&mut self, ranged: bool) -> Result<(), FetchError> {
        let opts = self.client.opts.clone();
        loop {
            let attempt = self.client.send(
                &self.url,
                self.pos,
                self.end,
                self.validator.as_deref(),
                ranged || self.pos > self.start,
            );
            match attempt {
                Ok(resp) => return self.accept(resp),
                Err(e) if e.transient && self.retries < opts.max_retries => {
                    self.retries += 1;
                    std::thread::sleep(backoff(opts.retry_base, self.retries));
                }
                Err(mut e) => {
                    if self.retries > 0 {
                        e.detail = format!("{} (after {} tries)", e.detail, self.retries + 1);
                    }
                    return Err(e);
                }
            }
        }
    }

    fn accept(&mut self, resp: Response) -> Result<(), FetchError> {
        let headers = resp.headers();
        if self.validator.is_none() {
            self.validator = headers
                .get(reqwest::header::ETAG)
                .or_else(|| headers.get(reqwest::header::LAST_MODIFIED))
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
        }
        let limit = self.client.opts.max_bytes;
        if resp.status() == StatusCode::PARTIAL_CONTENT {
            let (first, total) = content_range(headers).ok_or_else(|| FetchError {
                detail: "206 response without a usable Content-Range".into(),
                transient: false,
            })?;
            if first != self.pos {
                return Err(FetchError {
                    detail: format!(
                        "resume asked for byte {} but the server sent from byte {first}",
                        self.pos
                    ),
                    transient: false,
                });
            }
            if self.end.is_none() {
                self.end = total;
            }
        } else {
            // 200: the whole body from byte 0.
            let len = resp.content_length();
            if self.pos > 0 {
                // The server ignored the Range: skip to where we were (bounded).
                if self.pos > 64 << 20 {
                    return Err(FetchError {
                        detail: "the server does not support resuming (no Range support)".into(),
                        transient: false,
                    });
                }
                let mut resp = resp;
                let skipped =
                    io::copy(&mut (&mut resp).take(self.pos), &mut io::sink()).map_err(|e| {
                        FetchError {
                            detail: format!("resuming: {e}"),
                            transient: true,
                        }
                    })?;
                if skipped < self.pos {
                    return Err(FetchError {
                        detail: "the resource got shorter while resuming".into(),
                        transient: false,
                    });
                }
                self.resp = Some(resp);
                return Ok(());
            }
            if self.end.is_none() {
                self.end = len;
            }
        }
        if let Some(end) = self.end {
            if end - self.start > limit {
                return Err(FetchError {
                    detail: format!(
                        "the resource is {} bytes, over the {limit}-byte limit",
                        end - self.start
                    ),
                    transient: false,
                });
            }
        }
        self.resp = Some(resp);
        Ok(())
    }

    fn resume(&mut self, why: &io::Error) -> io::Result<()> {
        let opts = self.client.opts.clone();
        if opts.live_body {
            return Err(io::Error::new(
                why.kind(),
                format!(
                    "{}: connection lost at byte {} of a live stream: {why}",
                    self.display_url(),
                    self.pos
                ),
            ));
        }
        if self.retries >= opts.max_retries {
            return Err(io::Error::new(
                why.kind(),
                format!(
                    "{}: connection lost at byte {} after {} retries: {why}",
                    self.display_url(),
                    self.pos,
                    self.retries
                ),
            ));
        }
        self.retries += 1;
        tracing::warn!(url = %self.display_url(), at = self.pos, error = %why, "connection lost; resuming");
        std::thread::sleep(backoff(opts.retry_base, self.retries));
        self.resp = None;
        self.connect(true)
            .map_err(|e| io::Error::other(format!("{}: {}", self.display_url(), e.detail)))
    }
}

impl Read for HttpReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let opts = self.client.opts.clone();
        loop {
            if self.started.elapsed() > opts.max_transfer_time {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                        "{}: transfer took longer than {} s",
                        self.display_url(),
                        opts.max_transfer_time.as_secs()
                    ),
                ));
            }
            if self.read_total > opts.max_bytes {
                return Err(io::Error::other(format!(
                    "{}: more than {} bytes; stopped",
                    self.display_url(),
                    opts.max_bytes
                )));
            }
            if self.end.is_some_and(|e| self.pos >= e) || buf.is_empty() {
                return Ok(0);
            }
            let Some(resp) = self.resp.as_mut() else {
                return Ok(0);
            };
            match resp.read(buf) {
                Ok(0) => match self.end {
                    Some(end) if self.pos < end => {
                        let e = io::Error::new(
                            io::ErrorKind::UnexpectedEof,
                            format!("body ended at byte {} of {end}", self.pos),
                        );
                        self.resume(&e)?;
                    }
                    _ => return Ok(0),
                },
                Ok(n) => {
                    let n = match self.end {
                        Some(end) => n.min((end - self.pos) as usize),
                        None => n,
                    };
                    self.pos += n as u64;
                    self.read_total += n as u64;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => self.resume(&e)?,
            }
        }
    }
}

fn backoff(base: Duration, attempt: u32) -> Duration {
    (base * 2u32.saturating_pow(attempt.saturating_sub(1))).min(Duration::from_secs(30))
}

fn is_transient_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 408 | 425 | 429 | 500 | 502 | 503 | 504)
}

/// (first byte, total length) of a `Content-Range: bytes a-b/total` header.
fn content_range(h: &HeaderMap) -> Option<(u64, Option<u64>)> {
    let v = h.get(reqwest::header::CONTENT_RANGE)?.to_str().ok()?;
    let rest = v.trim().strip_prefix("bytes ")?;
    let (span, total) = rest.split_once('/')?;
    let (first, _) = span.split_once('-')?;
    Some((first.trim().parse().ok()?, total.trim().parse().ok()))
}

/// A reqwest error as a message, with whether retrying may help. An SSRF refusal anywhere in
/// the chain is permanent.
fn describe(e: &reqwest::Error) -> FetchError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(r) = s.downcast_ref::<Refused>() {
            return FetchError {
                detail: r.0.clone(),
                transient: false,
            };
        }
        source = s.source();
    }
    let what = if e.is_redirect() {
        return FetchError {
            detail: format!("redirect failed: {}", chain(e)),
            transient: false,
        };
    } else if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "cannot connect"
    } else {
        "request failed"
    };
    FetchError {
        detail: format!("{what}: {}", chain(e)),
        transient: true,
    }
}

/// The distinct messages of an error chain, URLs redacted.
fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        let msg = s.to_string();
        let msg = match msg.split_once(" for url (") {
            Some((head, _)) => head.to_string(),
            None => msg,
        };
        if !parts.iter().any(|p| p.contains(&msg)) {
            parts.push(msg);
        }
        source = s.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_range_and_backoff() {
        let mut h = HeaderMap::new();
        h.insert(
            reqwest::header::CONTENT_RANGE,
            HeaderValue::from_static("bytes 100-199/1000"),
        );
        assert_eq!(content_range(&h), Some((100, Some(1000))));
        h.insert(
            reqwest::header::CONTENT_RANGE,
            HeaderValue::from_static("bytes 5-9/*"),
        );
        assert_eq!(content_range(&h), Some((5, None)));
        let b = Duration::from_millis(100);
        assert_eq!(backoff(b, 1), Duration::from_millis(100));
        assert_eq!(backoff(b, 3), Duration::from_millis(400));
        assert!(is_transient_status(StatusCode::SERVICE_UNAVAILABLE));
        assert!(!is_transient_status(StatusCode::NOT_FOUND));
    }
}
