//! HLS demuxer: a playlist's segments (MPEG-TS, fMP4/CMAF, packed audio) read one after the
//! other as one audio track on the playlist's timeline.
//!
//! A master playlist is resolved to an audio-carrying rendition (an audio-only `EXT-X-MEDIA`
//! rendition, else the lightest variant whose CODECS include audio). Segment timestamps keep
//! their PTS continuity inside a discontinuity sequence and are anchored to the playlist time
//! (sum of the `EXTINF`s before) at its start, so a segment that cannot be fetched leaves a gap
//! of its own length instead of shifting everything after it; such segments are reported in a
//! note with the time span they leave empty. `EXT-X-PROGRAM-DATE-TIME` becomes wall-clock
//! anchors. Segments are fetched through [`Fetch`] (local files here; http and hashing in
//! `crate::source`), one at a time: a TS segment is streamed, an fMP4 one is held (bounded).
//!
//! Files: this one reads playlists (through a [`Fetch`]) and picks the media playlist;
//! `demuxer` walks its segments and places their packets on the playlist timeline; `fmp4`
//! finds what symphonia does not apply in an fMP4 fragment; `fuzz` serves a playlist from
//! memory for the fuzz target.

mod clock;
mod demuxer;
mod fmp4;
mod fuzz;
mod live;

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use super::m3u8::{self, ByteRange, MediaPlaylist, Playlist};
use super::probe::OpenedParts;
// URIs in messages lose query and credentials (tokens) the same way the http source does.
use super::uri::redact as shown;
use super::MediaError;

pub use super::uri::resolve;
pub use clock::parse_date_time;
pub use demuxer::HlsDemuxer;
pub use fuzz::fuzz_playlist;
pub use live::SegmentRecorder;

/// Largest playlist read.
pub const MAX_PLAYLIST_BYTES: u64 = 16 << 20;
/// Largest fMP4 segment (or init section) held in memory.
pub const MAX_HELD_SEGMENT_BYTES: u64 = 256 << 20;

/// Why a playlist or segment could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    /// What went wrong ("HTTP 404 Not Found", "no such file", "timed out after 3 tries").
    pub detail: String,
    /// Trying again later may help.
    pub transient: bool,
}

/// Opens playlists and segments by URI (a local path or an absolute URL).
pub trait Fetch: Send {
    /// Opens `uri`, or `range` of it, for reading.
    fn open(
        &mut self,
        uri: &str,
        range: Option<ByteRange>,
    ) -> Result<Box<dyn Read + Send>, FetchError>;
}

/// Fetches from the local file system only.
pub struct LocalFetch;

impl Fetch for LocalFetch {
    fn open(
        &mut self,
        uri: &str,
        range: Option<ByteRange>,
    ) -> Result<Box<dyn Read + Send>, FetchError> {
        if uri.starts_with("http://") || uri.starts_with("https://") {
            return Err(FetchError {
                detail: "a remote segment in a local playlist: open the playlist as a source \
                         (liveaudit audit) to fetch it"
                    .into(),
                transient: false,
            });
        }
        let path = uri.strip_prefix("file://").unwrap_or(uri);
        let mut file = File::open(path).map_err(|e| FetchError {
            detail: match e.kind() {
                io::ErrorKind::NotFound => "no such file".into(),
                _ => e.to_string(),
            },
            transient: false,
        })?;
        match range {
            None => Ok(Box::new(io::BufReader::with_capacity(1 << 16, file))),
            Some(r) => {
                file.seek(SeekFrom::Start(r.offset))
                    .map_err(|e| FetchError {
                        detail: e.to_string(),
                        transient: false,
                    })?;
                Ok(Box::new(io::BufReader::new(file).take(r.len)))
            }
        }
    }
}

/// Opens a local playlist (segments from local files).
pub fn open_local(path: &Path) -> Result<OpenedParts, MediaError> {
    open_playlist(&path.to_string_lossy(), path, Box::new(LocalFetch))
}

/// Opens the playlist at `uri` through `fetch`; `label` names it in errors.
pub fn open_playlist(
    uri: &str,
    label: &Path,
    fetch: Box<dyn Fetch>,
) -> Result<OpenedParts, MediaError> {
    open_playlist_following(uri, label, fetch, None)
}

/// Opens the playlist at `uri` through `fetch`, and with `follow` goes on reloading a live or
/// event playlist until it ends (see [`crate::media::follow`]), keeping a copy of what it read
/// through the recorder when one is given.
pub fn open_playlist_following(
    uri: &str,
    label: &Path,
    mut fetch: Box<dyn Fetch>,
    follow: Option<(
        crate::media::follow::Follow,
        Option<Box<dyn SegmentRecorder>>,
    )>,
) -> Result<OpenedParts, MediaError> {
    let (media_uri, playlist) = load_media_playlist(uri, label, &mut *fetch)?;
    if let Some(seg) = playlist.segments.iter().find(|s| s.key_method.is_some()) {
        return Err(MediaError::Unsupported {
            path: label.to_path_buf(),
            detail: format!(
                "encrypted HLS (EXT-X-KEY METHOD={}) is not supported",
                seg.key_method.as_deref().unwrap_or("?")
            ),
        });
    }
    HlsDemuxer::open(label, media_uri, playlist, fetch, follow, None)
}

/// Follows the live playlist at `uri` after first reading `copy`, the local copy an
/// interrupted follow left (its segments as `file://` URIs `fetch` serves): the live playlist
/// is taken up at media sequence `next_seq`, what slid off meanwhile becomes a gap.
pub fn resume_playlist_following(
    uri: &str,
    label: &Path,
    fetch: Box<dyn Fetch>,
    copy: MediaPlaylist,
    next_seq: u64,
    follow: (
        crate::media::follow::Follow,
        Option<Box<dyn SegmentRecorder>>,
    ),
) -> Result<OpenedParts, MediaError> {
    HlsDemuxer::open(
        label,
        uri.to_string(),
        copy,
        fetch,
        Some(follow),
        Some(next_seq),
    )
}

fn fetch_error(label: &Path, what: &str, e: FetchError) -> MediaError {
    MediaError::Fetch {
        path: label.to_path_buf(),
        detail: format!("{what}: {}", e.detail),
        transient: e.transient,
    }
}

/// Reads a playlist's text (bounded).
pub fn read_playlist(
    uri: &str,
    label: &Path,
    fetch: &mut dyn Fetch,
) -> Result<Playlist, MediaError> {
    let shown_uri = shown(uri);
    let name = if label.to_string_lossy() == shown_uri {
        "the playlist".to_string()
    } else {
        format!("playlist {shown_uri}")
    };
    let reader = fetch
        .open(uri, None)
        .map_err(|e| fetch_error(label, &format!("cannot fetch {name}"), e))?;
    let mut bytes = Vec::new();
    reader
        .take(MAX_PLAYLIST_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| MediaError::from_io(label, e))?;
    if bytes.len() as u64 > MAX_PLAYLIST_BYTES {
        return Err(MediaError::Malformed {
            path: label.to_path_buf(),
            container: "hls".into(),
            detail: format!("{name} is larger than {MAX_PLAYLIST_BYTES} bytes"),
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| MediaError::Malformed {
        path: label.to_path_buf(),
        container: "hls".into(),
        detail: format!("{name} is not UTF-8 text"),
    })?;
    m3u8::parse(&text).map_err(|e| MediaError::Malformed {
        path: label.to_path_buf(),
        container: "hls".into(),
        detail: format!("{name}, {e}"),
    })
}

/// The media playlist behind `uri`: the playlist itself, or the audio-carrying rendition a
/// master playlist points to. Returns its URI too (segment URIs are relative to it).
fn load_media_playlist(
    uri: &str,
    label: &Path,
    fetch: &mut dyn Fetch,
) -> Result<(String, MediaPlaylist), MediaError> {
    match read_playlist(uri, label, fetch)? {
        Playlist::Media(p) => Ok((uri.to_string(), p)),
        Playlist::Master(m) => {
            let chosen = m
                .audio
                .iter()
                .filter(|r| r.uri.is_some())
                .max_by_key(|r| r.default)
                .and_then(|r| r.uri.clone())
                .or_else(|| {
                    m.variants
                        .iter()
                        .filter(|v| v.has_audio())
                        .min_by_key(|v| v.bandwidth.unwrap_or(u64::MAX))
                        .map(|v| v.uri.clone())
                })
                .ok_or_else(|| MediaError::NoAudioTrack {
                    path: label.to_path_buf(),
                    container: "hls".into(),
                })?;
            let media_uri = resolve(uri, &chosen);
            match read_playlist(&media_uri, label, fetch)? {
                Playlist::Media(p) => Ok((media_uri, p)),
                Playlist::Master(_) => Err(MediaError::Malformed {
                    path: label.to_path_buf(),
                    container: "hls".into(),
                    detail: format!(
                        "{} is a master playlist inside a master playlist",
                        shown(&media_uri)
                    ),
                }),
            }
        }
    }
}
