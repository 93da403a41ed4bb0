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

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;
use symphonia::core::units::TimeBase;

use super::decode::codec_name;
use super::demux::{DemuxEvent, Demuxer, PacketError, TrackInfo};
use super::m3u8::{self, ByteRange, MediaPlaylist, Playlist, Segment};
use super::mpegts::PTS_HZ;
// URIs in messages lose query and credentials (tokens) the same way the http source does.
use super::probe::{self, OpenedParts};
use super::{MediaError, MediaInfo};
use crate::source::http::redact as shown;

/// Largest playlist read.
pub const MAX_PLAYLIST_BYTES: u64 = 16 << 20;
/// Largest fMP4 segment (or init section) held in memory.
pub const MAX_HELD_SEGMENT_BYTES: u64 = 256 << 20;
/// Notes kept (more are counted).
const MAX_NOTES: usize = 48;

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

/// Resolves a playlist reference against the playlist's own URI (URL or local path).
pub fn resolve(base: &str, reference: &str) -> String {
    if reference.contains("://") {
        return reference.to_string();
    }
    if base.starts_with("http://") || base.starts_with("https://") {
        if let Ok(joined) = url::Url::parse(base).and_then(|b| b.join(reference)) {
            return joined.to_string();
        }
    }
    let base = base.strip_prefix("file://").unwrap_or(base);
    if reference.starts_with('/') {
        return reference.to_string();
    }
    Path::new(base)
        .parent()
        .unwrap_or(Path::new(""))
        .join(reference)
        .to_string_lossy()
        .into_owned()
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
    mut fetch: Box<dyn Fetch>,
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
    let mut d = HlsDemuxer::new(label, media_uri, playlist, fetch);
    let params = d.open_first()?;
    let info = MediaInfo {
        container: "hls".into(),
        codec: codec_name(params.codec),
        sample_rate: params.sample_rate.unwrap_or(0),
        channels: params.channels.as_ref().map_or(0, |c| c.count() as u32),
        duration_ms: d.track.duration_ms,
    };
    d.track.params = params;
    let decoder = probe::make_decoder(label, "hls", &d.track.params)?;
    Ok(OpenedParts {
        info,
        demuxer: Box::new(d),
        decoder,
    })
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

struct Current {
    demuxer: Box<dyn Demuxer>,
    index: usize,
    time_base: TimeBase,
    /// PTS-continuous with the previous segment of the same discontinuity sequence (TS, fMP4).
    continuous: bool,
    /// Added to the segment's timestamps (in 90 kHz) to place them on the playlist timeline;
    /// set at its first packet.
    shift: Option<i64>,
    /// Added to packet timestamps first, in the segment's time base: an fMP4 fragment's
    /// `tfdt` decode time, which symphonia does not apply (it starts every fragment at 0).
    base: i64,
}

/// Reads the audio of an HLS media playlist's segments in order.
pub struct HlsDemuxer {
    label: PathBuf,
    playlist_uri: String,
    fetch: Box<dyn Fetch>,
    segments: Vec<Segment>,
    starts: Vec<f64>,
    target: f64,
    next_index: usize,
    current: Option<Current>,
    track: TrackInfo,
    offset: Option<i64>,
    last_wall: Option<(i64, chrono::DateTime<chrono::FixedOffset>)>,
    init: Option<(String, Option<ByteRange>, Vec<u8>)>,
    events: Vec<DemuxEvent>,
    notes: usize,
    fetched: usize,
    first_failure: Option<FetchError>,
}

impl HlsDemuxer {
    fn new(label: &Path, uri: String, p: MediaPlaylist, fetch: Box<dyn Fetch>) -> Self {
        let mut t = 0.0;
        let starts = p
            .segments
            .iter()
            .map(|s| {
                let start = t;
                t += s.duration;
                start
            })
            .collect();
        let mut d = HlsDemuxer {
            label: label.to_path_buf(),
            playlist_uri: uri,
            fetch,
            target: p.target_duration,
            starts,
            next_index: 0,
            current: None,
            track: TrackInfo {
                container: "hls".into(),
                params: AudioCodecParameters::new(),
                time_base: TimeBase::try_from_recip(PTS_HZ).expect("90 kHz is valid"),
                origin_ts: Some(0),
                duration_ms: p.ended.then(|| (p.duration_secs() * 1000.0) as u64),
            },
            segments: p.segments,
            offset: None,
            last_wall: None,
            init: None,
            events: Vec::new(),
            notes: 0,
            fetched: 0,
            first_failure: None,
        };
        if !p.ended {
            d.note(format!(
                "the playlist has no EXT-X-ENDLIST (a live or event playlist); the {} segments it lists were read",
                d.segments.len()
            ));
        }
        d
    }

    fn note(&mut self, msg: String) {
        self.notes += 1;
        if self.notes <= MAX_NOTES {
            self.events.push(DemuxEvent::Note(msg));
        }
    }

    /// Opens segments until one yields an audio track; its parameters are the track's.
    fn open_first(&mut self) -> Result<AudioCodecParameters, MediaError> {
        while self.next_index < self.segments.len() {
            if let Some(params) = self.advance()? {
                return Ok(params);
            }
        }
        let n = self.segments.len();
        Err(match self.first_failure.take() {
            Some(f) => MediaError::Fetch {
                path: self.label.clone(),
                detail: format!(
                    "none of the playlist's {n} segment(s) could be read (first: {})",
                    f.detail
                ),
                transient: f.transient,
            },
            None => MediaError::NoAudioTrack {
                path: self.label.clone(),
                container: "hls".into(),
            },
        })
    }

    /// Opens the next segment as the current one; `Ok(None)` when it could not be read (noted).
    /// Returns its audio parameters.
    fn advance(&mut self) -> Result<Option<AudioCodecParameters>, MediaError> {
        let i = self.next_index;
        self.next_index += 1;
        let seg = self.segments[i].clone();
        let span = format!(
            "{:.1}–{:.1} s",
            self.starts[i],
            self.starts[i] + seg.duration
        );
        if seg.gap {
            self.note(format!(
                "segment {} ({span}) is marked EXT-X-GAP; the timeline keeps a gap there",
                shown(&seg.uri)
            ));
            return Ok(None);
        }
        match self.open_segment(&seg) {
            Ok((parts, base)) => {
                self.fetched += 1;
                let params = parts.demuxer.track().params.clone();
                let continuous = matches!(parts.info.container.as_str(), "mpegts" | "mp4");
                let time_base = parts.demuxer.track().time_base;
                if self.fetched > 1 && !same_params(&params, &self.track.params) {
                    self.events.push(DemuxEvent::NewParams(params.clone()));
                    self.track.params = params.clone();
                }
                self.current = Some(Current {
                    demuxer: parts.demuxer,
                    index: i,
                    time_base,
                    continuous,
                    shift: None,
                    base,
                });
                Ok(Some(params))
            }
            Err(e) => {
                let detail = e.to_string();
                let detail = detail
                    .strip_prefix(&format!("{}: ", segment_label(&self.label, &seg).display()))
                    .unwrap_or(&detail)
                    .to_string();
                self.note(format!(
                    "segment {} ({span}) could not be read: {detail}; the timeline keeps a gap there",
                    shown(&seg.uri)
                ));
                self.first_failure.get_or_insert(FetchError {
                    detail: format!("{}: {detail}", shown(&seg.uri)),
                    transient: e.is_retryable(),
                });
                Ok(None)
            }
        }
    }

    fn open_segment(&mut self, seg: &Segment) -> Result<(OpenedParts, i64), MediaError> {
        let label = segment_label(&self.label, seg);
        let uri = resolve(&self.playlist_uri, &seg.uri);
        let reader = self
            .fetch
            .open(&uri, seg.range)
            .map_err(|e| fetch_error(&label, "cannot fetch", e))?;
        let Some(map) = &seg.map else {
            return Ok((probe::open_stream_parts(reader, &label)?, 0));
        };
        let init_uri = resolve(&self.playlist_uri, &map.uri);
        let cached = matches!(&self.init, Some((u, r, _)) if *u == init_uri && *r == map.range);
        if !cached {
            let init = self
                .fetch
                .open(&init_uri, map.range)
                .map_err(|e| fetch_error(&label, "cannot fetch its init section", e))?;
            let bytes = read_bounded(init, &label)?;
            self.init = Some((init_uri, map.range, bytes));
        }
        let segment = read_bounded(reader, &label)?;
        let base = first_tfdt(&segment).map_or(0, |t| t.min(i64::MAX as u64 / 4) as i64);
        let mut bytes = self.init.as_ref().map(|i| i.2.clone()).unwrap_or_default();
        bytes.extend(segment);
        Ok((probe::open_bytes_parts(bytes, &label)?, base))
    }

    /// Places a packet of the current segment on the playlist timeline.
    fn place(&mut self, mut packet: Packet) -> Packet {
        let tb90 = self.track.time_base;
        let cur = self.current.as_mut().expect("placing needs a segment");
        let p90 = rescale(
            packet.pts.get().saturating_add(cur.base),
            cur.time_base,
            tb90,
        );
        let shift = match cur.shift {
            Some(s) => s,
            None => {
                let i = cur.index;
                let t_i = (self.starts[i] * f64::from(PTS_HZ)).round() as i64;
                let tolerance = (self.target.max(10.0) * 3.0 * f64::from(PTS_HZ)) as i64;
                let keep = cur.continuous && !self.segments[i].discontinuity;
                let shift = match (keep, self.offset) {
                    (true, Some(off)) => {
                        let p = nearest_wrap(p90, t_i - off);
                        let s = off + (p - p90);
                        if (p90 + s - t_i).abs() > tolerance {
                            None
                        } else {
                            Some(s)
                        }
                    }
                    _ => None,
                };
                let shift = match shift {
                    Some(s) => s,
                    None => {
                        if keep && self.offset.is_some() {
                            let uri = shown(&self.segments[i].uri);
                            self.notes += 1;
                            if self.notes <= MAX_NOTES {
                                self.events.push(DemuxEvent::Note(format!(
                                    "timestamps jump at segment {uri} without EXT-X-DISCONTINUITY; realigned to the playlist"
                                )));
                            }
                        }
                        self.offset = Some(t_i - p90);
                        t_i - p90
                    }
                };
                let cur = self.current.as_mut().expect("still current");
                cur.shift = Some(shift);
                self.wall_clock_at_segment(i, p90 + shift);
                shift
            }
        };
        packet.pts = symphonia::core::units::Timestamp::new(p90 + shift);
        packet.trim_start = symphonia::core::units::Duration::new(0);
        packet.trim_end = symphonia::core::units::Duration::new(0);
        packet.dur = symphonia::core::units::Duration::new(0);
        packet
    }

    fn wall_clock_at_segment(&mut self, i: usize, ts: i64) {
        let Some(text) = self.segments[i].program_date_time.clone() else {
            return;
        };
        let Some(at) = parse_date_time(&text) else {
            self.note(format!(
                "EXT-X-PROGRAM-DATE-TIME '{text}' of segment {} is not a date-time; ignored",
                self.segments[i].uri
            ));
            return;
        };
        let agrees = self.last_wall.is_some_and(|(t0, w0)| {
            let expected = w0 + chrono::Duration::milliseconds((ts - t0) * 1000 / PTS_HZ as i64);
            (expected - at).num_milliseconds().abs() <= 1000
        });
        if !agrees {
            self.events.push(DemuxEvent::WallClock {
                ts,
                at: at.to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
            });
            self.last_wall = Some((ts, at));
        }
    }
}

impl Demuxer for HlsDemuxer {
    fn track(&self) -> &TrackInfo {
        &self.track
    }

    fn next_packet(&mut self) -> Result<Option<Packet>, PacketError> {
        loop {
            let Some(cur) = self.current.as_mut() else {
                if self.next_index >= self.segments.len() {
                    return Ok(None);
                }
                if let Err(e) = self.advance() {
                    self.note(e.to_string());
                }
                continue;
            };
            let result = cur.demuxer.next_packet();
            let inner_events = cur.demuxer.take_events();
            let uri = shown(&self.segments[cur.index].uri);
            for e in inner_events {
                match e {
                    DemuxEvent::Note(n) => self.note(format!("segment {uri}: {n}")),
                    DemuxEvent::NewParams(p) => {
                        self.track.params = p.clone();
                        self.events.push(DemuxEvent::NewParams(p));
                    }
                    DemuxEvent::WallClock { .. } => {}
                }
            }
            match result {
                Ok(Some(p)) => return Ok(Some(self.place(p))),
                Ok(None) => self.current = None,
                Err(PacketError::Damaged(d)) => {
                    return Err(PacketError::Damaged(format!("segment {uri}: {d}")))
                }
                Err(PacketError::Truncated(d) | PacketError::Fatal(d)) => {
                    self.note(format!("segment {uri} ends early: {d}"));
                    self.current = None;
                }
                Err(PacketError::Io(e)) => {
                    self.note(format!("segment {uri}: reading stopped: {e}"));
                    self.current = None;
                }
            }
        }
    }

    fn take_events(&mut self) -> Vec<DemuxEvent> {
        std::mem::take(&mut self.events)
    }
}

fn segment_label(playlist: &Path, seg: &Segment) -> PathBuf {
    PathBuf::from(format!(
        "{} segment {}",
        playlist.display(),
        shown(&seg.uri)
    ))
}

fn read_bounded(reader: Box<dyn Read + Send>, label: &Path) -> Result<Vec<u8>, MediaError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_HELD_SEGMENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| MediaError::from_io(label, e))?;
    if bytes.len() as u64 > MAX_HELD_SEGMENT_BYTES {
        return Err(MediaError::Unsupported {
            path: label.to_path_buf(),
            detail: format!("fMP4 segment larger than {MAX_HELD_SEGMENT_BYTES} bytes"),
        });
    }
    Ok(bytes)
}

/// The `baseMediaDecodeTime` of the first `moof/traf/tfdt` box in an fMP4 segment.
fn first_tfdt(b: &[u8]) -> Option<u64> {
    let moof = find_box(b, b"moof")?;
    let traf = find_box(moof, b"traf")?;
    let tfdt = find_box(traf, b"tfdt")?;
    match tfdt.first()? {
        1 => Some(u64::from_be_bytes(tfdt.get(4..12)?.try_into().ok()?)),
        _ => Some(u64::from(u32::from_be_bytes(
            tfdt.get(4..8)?.try_into().ok()?,
        ))),
    }
}

/// The body of the first box of type `kind` among the boxes laid out in `b`.
fn find_box<'a>(b: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    let mut pos = 0usize;
    while pos + 8 <= b.len() {
        let size32 = u32::from_be_bytes(b[pos..pos + 4].try_into().ok()?);
        let (size, header) = match size32 {
            0 => (b.len() - pos, 8),
            1 => (
                usize::try_from(u64::from_be_bytes(
                    b.get(pos + 8..pos + 16)?.try_into().ok()?,
                ))
                .ok()?,
                16,
            ),
            n => (n as usize, 8),
        };
        if size < header || pos.checked_add(size)? > b.len() {
            return None;
        }
        if &b[pos + 4..pos + 8] == kind {
            return Some(&b[pos + header..pos + size]);
        }
        pos += size;
    }
    None
}

fn same_params(a: &AudioCodecParameters, b: &AudioCodecParameters) -> bool {
    a.codec == b.codec && a.sample_rate == b.sample_rate && a.extra_data == b.extra_data
}

/// `p` plus the multiple of 2^33 that brings it nearest to `expected` (MPEG-TS PTS wrap).
fn nearest_wrap(p: i64, expected: i64) -> i64 {
    const WRAP: i64 = 1 << 33;
    let k = (expected - p + WRAP / 2).div_euclid(WRAP);
    p + k * WRAP
}

/// Converts `ticks` between time bases.
fn rescale(ticks: i64, from: TimeBase, to: TimeBase) -> i64 {
    if from == to {
        return ticks;
    }
    let num = i128::from(ticks) * i128::from(from.numer.get()) * i128::from(to.denom.get());
    let den = i128::from(from.denom.get()) * i128::from(to.numer.get());
    num.div_euclid(den)
        .clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Parses an `EXT-X-PROGRAM-DATE-TIME` value (ISO 8601 with an offset or Z).
pub fn parse_date_time(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(s)
        .or_else(|_| chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .ok()
}

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
    let mut n = 0;
    while n < max_packets {
        match parts.demuxer.next_packet() {
            Ok(Some(_)) => n += 1,
            Ok(None) => break,
            Err(PacketError::Damaged(_)) => {}
            Err(_) => break,
        }
        parts.demuxer.take_events();
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_against_urls_and_paths() {
        assert_eq!(
            resolve("http://h/live/index.m3u8", "seg1.ts"),
            "http://h/live/seg1.ts"
        );
        assert_eq!(
            resolve("http://h/live/index.m3u8", "/a/b.ts"),
            "http://h/a/b.ts"
        );
        assert_eq!(
            resolve("http://h/x/i.m3u8", "http://o/s.ts"),
            "http://o/s.ts"
        );
        assert_eq!(
            resolve("/data/rec/index.m3u8", "seg0.ts"),
            "/data/rec/seg0.ts"
        );
        assert_eq!(resolve("index.m3u8", "seg0.ts"), "seg0.ts");
    }

    #[test]
    fn tfdt_is_found_in_moof_traf() {
        let bx = |kind: &[u8; 4], body: &[u8]| {
            let mut v = ((body.len() + 8) as u32).to_be_bytes().to_vec();
            v.extend_from_slice(kind);
            v.extend_from_slice(body);
            v
        };
        let tfdt = bx(b"tfdt", &[1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0x58, 0x88]);
        let traf = bx(b"traf", &[bx(b"tfhd", &[0; 8]), tfdt].concat());
        let seg = [
            bx(b"styp", b"msdh"),
            bx(b"moof", &[bx(b"mfhd", &[0; 8]), traf].concat()),
        ]
        .concat();
        assert_eq!(first_tfdt(&seg), Some(88_200));
        assert_eq!(first_tfdt(&seg[..20]), None);
    }

    #[test]
    fn wrap_and_dates() {
        assert_eq!(nearest_wrap(100, (1 << 33) + 50), (1 << 33) + 100);
        assert_eq!(nearest_wrap(100, 90), 100);
        assert!(parse_date_time("2026-11-28T20:00:00.000+08:00").is_some());
        assert!(parse_date_time("2026-11-28T12:00:00Z").is_some());
        assert!(parse_date_time("2026-11-28T20:00:00.000+0800").is_some());
        assert!(parse_date_time("yesterday").is_none());
    }
}
