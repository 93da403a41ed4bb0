//! Where recordings come from: local files, http(s) URLs and HLS playlists (local or remote),
//! opened as a streaming [`AudioStream`] without holding the recording in memory.
//!
//! Remote bytes are hashed as they stream past ([`HashTap`]), so the findings document can
//! carry the SHA-256 of what was actually decoded without downloading twice. For an HLS
//! playlist the hash covers the playlist text followed by every segment (and init section) in
//! the order read.

pub mod digest;
pub mod follow;
pub mod guard;
pub mod hls;
pub mod http;
pub mod input;
mod record;

pub use hls::SourceFetch;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::media::{self, AudioStream, MediaError};

/// How remote sources are fetched.
#[derive(Clone)]
pub struct SourceOptions {
    /// Allow loopback/private/link-local addresses (tests, closed networks).
    pub allow_private: bool,
    /// Allow loopback addresses only (a sidecar or test server on this host).
    pub allow_loopback: bool,
    /// Request headers (name, value), e.g. an `Authorization` token. Never logged; sent only
    /// to the origin of the input they came with.
    pub headers: Vec<(String, String)>,
    /// Limit for establishing a connection.
    pub connect_timeout: Duration,
    /// Limit for waiting on the response head and on each read of the body.
    pub read_timeout: Duration,
    /// Retries of a transient failure (connect, timeout, 5xx, dropped connection).
    pub max_retries: u32,
    /// First retry delay; doubles each time.
    pub retry_base: Duration,
    /// Most bytes read from one resource.
    pub max_bytes: u64,
    /// Longest a single transfer may take.
    pub max_transfer_time: Duration,
    /// Most redirects followed.
    pub max_redirects: usize,
    /// The body is a live stream (HTTP-FLV): a dropped connection ends it instead of being
    /// resumed with a Range request, because a new connection joins the room elsewhere.
    pub live_body: bool,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            allow_private: false,
            allow_loopback: false,
            headers: Vec::new(),
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(30),
            max_retries: 4,
            retry_base: Duration::from_millis(500),
            max_bytes: 16 << 30,
            max_transfer_time: Duration::from_secs(12 * 3600),
            max_redirects: 5,
            live_body: false,
        }
    }
}

impl SourceOptions {
    /// The SSRF policy these options ask for.
    pub fn policy(&self) -> guard::Policy {
        guard::Policy {
            allow_private: self.allow_private,
            allow_loopback: self.allow_loopback,
        }
    }
}

impl std::fmt::Debug for SourceOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("SourceOptions")
            .field("allow_private", &self.allow_private)
            .field("allow_loopback", &self.allow_loopback)
            .field("headers", &format!("{names:?} (values hidden)"))
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("max_retries", &self.max_retries)
            .field("max_bytes", &self.max_bytes)
            .field("max_redirects", &self.max_redirects)
            .finish()
    }
}

/// Parses `Name: value` header lines (from flags, the environment or the config file).
pub fn parse_header(line: &str) -> Result<(String, String), String> {
    let (name, value) = line
        .split_once(':')
        .ok_or_else(|| "a header must be written 'Name: value'".to_string())?;
    let name = name.trim();
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!("invalid header name '{name}'"));
    }
    Ok((name.to_string(), value.trim().to_string()))
}

/// True for http(s) URLs.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The scheme of a URL that is neither http(s) nor file:// (ftp, rtmp, s3…), if `input` is one.
pub fn foreign_scheme(input: &str) -> Option<&str> {
    let (scheme, _) = input.split_once("://")?;
    let valid = scheme.len() >= 2
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let known = ["http", "https", "file"]
        .iter()
        .any(|k| scheme.eq_ignore_ascii_case(k));
    (valid && !known).then_some(scheme)
}

/// True when `input` names an HLS playlist by its extension.
pub fn is_playlist_name(input: &str) -> bool {
    let path = input.split(['?', '#']).next().unwrap_or(input);
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".m3u8") || lower.ends_with(".m3u")
}

/// The name an input goes by in messages: a URL without secrets, or the path.
pub fn label(input: &str) -> PathBuf {
    if is_url(input) {
        PathBuf::from(http::redact(input))
    } else {
        PathBuf::from(input.strip_prefix("file://").unwrap_or(input))
    }
}

/// SHA-256 of the bytes read through it, shared between the reading thread and whoever
/// writes the findings.
#[derive(Clone, Default)]
pub struct HashTap(Arc<Mutex<(Sha256, u64)>>);

impl HashTap {
    /// A fresh tap.
    pub fn new() -> Self {
        Self::default()
    }

    /// Wraps `r` so everything read from it is hashed.
    pub fn wrap(&self, r: Box<dyn Read + Send>) -> Box<dyn Read + Send> {
        Box::new(TapReader {
            inner: r,
            tap: self.clone(),
        })
    }

    /// Hex SHA-256 and byte count of everything read so far.
    pub fn finish(&self) -> (String, u64) {
        let g = self.0.lock().unwrap_or_else(|p| p.into_inner());
        (hex::encode(g.0.clone().finalize()), g.1)
    }
}

struct TapReader {
    inner: Box<dyn Read + Send>,
    tap: HashTap,
}

impl Read for TapReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut g = self.tap.0.lock().unwrap_or_else(|p| p.into_inner());
        g.0.update(&buf[..n]);
        g.1 += n as u64;
        Ok(n)
    }
}

/// Opens any input as a 16 kHz stream: a local file, a local or remote HLS playlist, or an
/// http(s) URL of a recording (streamed). Remote and playlist bytes go through `tap`; a plain
/// local file is not hashed here (callers hash it from disk).
pub fn open(input: &str, opts: &SourceOptions, tap: &HashTap) -> Result<AudioStream, MediaError> {
    let label = label(input);
    let opts = Arc::new(opts.clone());
    if !is_url(input) {
        let path = Path::new(input.strip_prefix("file://").unwrap_or(input));
        if is_playlist_name(input) || sniff_local(path) == Some(media::probe::Sniffed::Playlist) {
            return hls::open(input, &label, opts, tap);
        }
        return media::open(path);
    }
    if is_playlist_name(input) {
        return hls::open(input, &label, opts, tap);
    }
    let reader = http::open_body(input, opts.clone(), &label)?;
    if reader.is_empty() {
        return Err(MediaError::Empty { path: label });
    }
    let mut peek = media::bytes::PeekReader::new(tap.wrap(Box::new(reader)));
    let head = peek
        .peek(1024)
        .map_err(|e| MediaError::from_io(&label, e))?;
    if media::m3u8::looks_like_playlist(head) {
        // A playlist behind a URL without the usual extension: read it as one (fetched again
        // through the hashing fetcher, so the hash restarts with it).
        drop(peek);
        tap.reset();
        return hls::open(input, &label, opts, tap);
    }
    media::open_reader(Box::new(peek), &label)
}

impl HashTap {
    /// Forgets what was hashed so far.
    pub fn reset(&self) {
        let mut g = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *g = (Sha256::new(), 0);
    }
}

fn sniff_local(path: &Path) -> Option<media::probe::Sniffed> {
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(1024)
        .read_to_end(&mut head)
        .ok()?;
    Some(media::probe::sniff(&head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_classified_and_labels_hide_secrets() {
        assert!(is_url("https://cdn/x.flv") && is_url("HTTP://h/x") && !is_url("/x.flv"));
        assert_eq!(foreign_scheme("ftp://h/x.flv"), Some("ftp"));
        assert_eq!(foreign_scheme("rtmp://live/room"), Some("rtmp"));
        assert_eq!(foreign_scheme("https://h/x.flv"), None);
        assert_eq!(foreign_scheme("file:///x.flv"), None);
        assert_eq!(foreign_scheme("/data/a://b.flv"), None);
        assert!(is_playlist_name("http://h/live/index.m3u8?t=1") && !is_playlist_name("a.ts"));
        assert_eq!(
            label("https://h/a.flv?auth=secret"),
            PathBuf::from("https://h/a.flv?…")
        );
        assert_eq!(
            parse_header("Authorization: Bearer x").unwrap(),
            ("Authorization".into(), "Bearer x".into())
        );
        assert!(parse_header("no colon").is_err());
        let o = SourceOptions {
            headers: vec![("Authorization".into(), "Bearer secret".into())],
            ..SourceOptions::default()
        };
        assert!(!format!("{o:?}").contains("secret"));
    }

    #[test]
    fn the_tap_hashes_what_is_read() {
        let tap = HashTap::new();
        let mut r = tap.wrap(Box::new(std::io::Cursor::new(b"abc".to_vec())));
        let mut s = Vec::new();
        r.read_to_end(&mut s).unwrap();
        let (h, n) = tap.finish();
        assert_eq!(n, 3);
        assert_eq!(
            h,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
