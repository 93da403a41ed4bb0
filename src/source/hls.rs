//! HLS playlists as a source: the playlist and every segment (and init section) it names,
//! fetched from disk or over http(s) and hashed on the way, handed to the HLS demuxer of
//! [`crate::media::hls`], which only reads what it is given.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::http::HttpClient;
use super::{is_url, HashTap, SourceOptions};
use crate::media::hls::{self, Fetch, FetchError, LocalFetch};
use crate::media::m3u8::ByteRange;
use crate::media::{AudioStream, MediaError};

/// Fetches local files and http(s) URLs, hashing everything it hands out.
pub struct SourceFetch {
    http: Option<HttpClient>,
    opts: Arc<SourceOptions>,
    tap: HashTap,
    /// Set for a playlist fetched over http(s): everything it names must be http(s) too, or
    /// a served playlist could make liveaudit read (and tell apart) local files.
    remote_only: bool,
    /// The input the user gave: request headers go only to its origin.
    input: String,
}

impl SourceFetch {
    /// A fetcher with these options feeding `tap`. It sends request headers to no one until
    /// [`SourceFetch::headers_for`] names the input they belong to.
    pub fn new(opts: Arc<SourceOptions>, tap: HashTap) -> Self {
        SourceFetch {
            http: None,
            opts,
            tap,
            remote_only: false,
            input: String::new(),
        }
    }

    /// Sends the request headers only to the origin of `input` (the reference the user gave),
    /// so a playlist cannot hand its tokens to another host.
    pub fn headers_for(mut self, input: &str) -> Self {
        self.input = input.to_string();
        self.http = None;
        self
    }

    /// A fetcher for a playlist served over http(s): it refuses every other kind of URI.
    pub fn remote_only(mut self) -> Self {
        self.remote_only = true;
        self
    }

    fn client(&mut self) -> Result<&HttpClient, FetchError> {
        if self.http.is_none() {
            let c =
                HttpClient::new(self.opts.clone(), &self.input).map_err(|detail| FetchError {
                    detail,
                    transient: false,
                })?;
            self.http = Some(c);
        }
        Ok(self.http.as_ref().expect("set above"))
    }
}

impl Fetch for SourceFetch {
    fn open(
        &mut self,
        uri: &str,
        range: Option<ByteRange>,
    ) -> Result<Box<dyn Read + Send>, FetchError> {
        let r: Box<dyn Read + Send> = if is_url(uri) {
            Box::new(self.client()?.get(uri, range)?)
        } else if self.remote_only {
            // Refused before anything local is touched, so the answer is the same whether
            // such a file exists or not.
            return Err(FetchError {
                detail: format!(
                    "a playlist served over http(s) names {}: only http(s) resources may be fetched for it",
                    crate::media::uri::redact(uri)
                ),
                transient: false,
            });
        } else {
            LocalFetch.open(uri, range)?
        };
        Ok(self.tap.wrap(r))
    }
}

/// Opens the playlist `input` (a path or URL) as a 16 kHz stream, its playlist and segment
/// bytes fetched with `opts` and hashed into `tap`; `label` names it in errors.
pub(super) fn open(
    input: &str,
    label: &Path,
    opts: Arc<SourceOptions>,
    tap: &HashTap,
) -> Result<AudioStream, MediaError> {
    let mut fetch = SourceFetch::new(opts, tap.clone()).headers_for(input);
    if is_url(input) {
        fetch = fetch.remote_only();
    }
    let parts = hls::open_playlist(input, label, Box::new(fetch))?;
    Ok(parts.into_stream(label))
}
