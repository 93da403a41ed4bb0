//! The HLS demuxer on fuzz input, served from memory.

use std::io::{self, Read};
use std::path::Path;

use super::{open_playlist, Fetch, FetchError};
use crate::media::demux::count_packets;
use crate::media::m3u8::ByteRange;
use crate::media::MediaError;

/// Serves one playlist text and one segment blob from memory (fuzzing).
struct MemFetch {
    playlist: Vec<u8>,
    segment: Vec<u8>,
}

impl Fetch for MemFetch {
    fn open(
        &mut self,
        uri: &str,
        range: Option<ByteRange>,
    ) -> Result<Box<dyn Read + Send>, FetchError> {
        let body = if uri.ends_with(".m3u8") {
            self.playlist.clone()
        } else if uri.contains("missing") {
            return Err(FetchError {
                detail: "HTTP 404 Not Found".into(),
                transient: false,
            });
        } else {
            self.segment.clone()
        };
        let body = match range {
            Some(r) => {
                let start = (r.offset as usize).min(body.len());
                let end = start.saturating_add(r.len as usize).min(body.len());
                body[start..end].to_vec()
            }
            None => body,
        };
        Ok(Box::new(io::Cursor::new(body)))
    }
}

/// Runs the HLS demuxer on fuzz input: the bytes before the first NUL are the playlist (served
/// for every `.m3u8` URI), the rest is every segment's content. Returns packets read.
pub fn fuzz_playlist(data: &[u8], max_packets: usize) -> Result<usize, MediaError> {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let fetch = MemFetch {
        playlist: data[..split].to_vec(),
        segment: data.get(split + 1..).unwrap_or(&[]).to_vec(),
    };
    let mut parts = open_playlist(
        "http://fuzz/index.m3u8",
        Path::new("fuzz.m3u8"),
        Box::new(fetch),
    )?;
    Ok(count_packets(&mut *parts.demuxer, max_packets))
}
