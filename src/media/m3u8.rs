//! HLS playlist parser (RFC 8216): master playlists (variants, audio renditions) and media
//! playlists (segments with durations, discontinuities, program date-times, byte ranges, init
//! maps, keys). Pure text in, data out: no I/O, bounded by the text it is given, so it can be
//! fuzzed on its own. Errors name the line.

/// Most segments accepted in one media playlist (4 h at 1 s segments is 14 400).
pub const MAX_SEGMENTS: usize = 200_000;
/// Longest segment duration accepted, in seconds.
const MAX_SEGMENT_SECS: f64 = 86_400.0;

/// A parsed playlist.
#[derive(Debug, Clone, PartialEq)]
pub enum Playlist {
    /// Lists variant streams and renditions.
    Master(MasterPlaylist),
    /// Lists the segments of one stream.
    Media(MediaPlaylist),
}

/// A master playlist.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MasterPlaylist {
    /// `EXT-X-STREAM-INF` variants in order.
    pub variants: Vec<Variant>,
    /// `EXT-X-MEDIA` renditions of TYPE=AUDIO.
    pub audio: Vec<Rendition>,
}

/// One `EXT-X-STREAM-INF` variant.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Variant {
    /// Media playlist URI (relative to the master).
    pub uri: String,
    /// Peak bandwidth in bit/s.
    pub bandwidth: Option<u64>,
    /// RFC 6381 codecs list.
    pub codecs: Option<String>,
    /// AUDIO group id.
    pub audio_group: Option<String>,
}

impl Variant {
    /// True when the variant carries audio as far as its CODECS say (or when they do not say).
    pub fn has_audio(&self) -> bool {
        match &self.codecs {
            None => true,
            Some(c) => c.split(',').map(str::trim).any(|c| {
                ["mp4a", "mp3", "opus", "ac-3", "ec-3", "flac", "vorbis"]
                    .iter()
                    .any(|a| c.to_ascii_lowercase().starts_with(a))
            }),
        }
    }
}

/// One `EXT-X-MEDIA` audio rendition.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendition {
    /// GROUP-ID.
    pub group: String,
    /// NAME.
    pub name: String,
    /// URI of its media playlist; `None` when the audio is inside the variant streams.
    pub uri: Option<String>,
    /// DEFAULT=YES.
    pub default: bool,
}

/// A media playlist.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MediaPlaylist {
    /// `EXT-X-TARGETDURATION` in seconds.
    pub target_duration: f64,
    /// `EXT-X-MEDIA-SEQUENCE`.
    pub media_sequence: u64,
    /// Segments in order.
    pub segments: Vec<Segment>,
    /// `EXT-X-ENDLIST` present: the recording is complete.
    pub ended: bool,
}

impl MediaPlaylist {
    /// Sum of the segment durations, in seconds.
    pub fn duration_secs(&self) -> f64 {
        self.segments.iter().map(|s| s.duration).sum()
    }
}

/// A byte range of a resource: `len` bytes from `offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteRange {
    /// Bytes.
    pub len: u64,
    /// First byte.
    pub offset: u64,
}

/// An `EXT-X-MAP` initialisation section (fMP4 `ftyp`+`moov`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitMap {
    /// URI of the init section.
    pub uri: String,
    /// Byte range within it, if any.
    pub range: Option<ByteRange>,
}

/// One media segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// URI (relative to the playlist).
    pub uri: String,
    /// `EXTINF` duration in seconds.
    pub duration: f64,
    /// `EXT-X-DISCONTINUITY` before this segment.
    pub discontinuity: bool,
    /// `EXT-X-PROGRAM-DATE-TIME` of its first sample, as written.
    pub program_date_time: Option<String>,
    /// `EXT-X-BYTERANGE`.
    pub range: Option<ByteRange>,
    /// Init section in force.
    pub map: Option<InitMap>,
    /// `EXT-X-KEY` method in force when not NONE (encrypted).
    pub key_method: Option<String>,
    /// `EXT-X-GAP`: the segment is known to be missing.
    pub gap: bool,
    /// Line of the URI in the playlist.
    pub line: usize,
}

/// Why a playlist could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PlaylistError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

fn err(line: usize, message: impl Into<String>) -> PlaylistError {
    PlaylistError {
        line,
        message: message.into(),
    }
}

/// True when `text` starts like an HLS playlist.
pub fn looks_like_playlist(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    head[start..].starts_with(b"#EXTM3U")
}

/// Parses a playlist.
pub fn parse(text: &str) -> Result<Playlist, PlaylistError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim()));
    match lines.find(|(_, l)| !l.is_empty()) {
        Some((_, "#EXTM3U")) => {}
        Some((n, _)) => return Err(err(n, "the playlist does not start with #EXTM3U")),
        None => return Err(err(1, "the playlist is empty")),
    }
    let lines: Vec<(usize, &str)> = lines.filter(|(_, l)| !l.is_empty()).collect();
    let is_master = lines
        .iter()
        .any(|(_, l)| l.starts_with("#EXT-X-STREAM-INF") || l.starts_with("#EXT-X-MEDIA:"));
    let is_media = lines
        .iter()
        .any(|(_, l)| l.starts_with("#EXTINF") || l.starts_with("#EXT-X-TARGETDURATION"));
    match (is_master, is_media) {
        (true, true) => Err(err(
            1,
            "the playlist mixes master tags (EXT-X-STREAM-INF) and media tags (EXTINF)",
        )),
        (true, false) => parse_master(&lines).map(Playlist::Master),
        _ => parse_media(&lines).map(Playlist::Media),
    }
}

fn parse_master(lines: &[(usize, &str)]) -> Result<MasterPlaylist, PlaylistError> {
    let mut m = MasterPlaylist::default();
    let mut pending: Option<Variant> = None;
    for &(n, line) in lines {
        if let Some(attrs) = line.strip_prefix("#EXT-X-STREAM-INF:") {
            let a = attributes(attrs).map_err(|e| err(n, e))?;
            pending = Some(Variant {
                uri: String::new(),
                bandwidth: match get(&a, "BANDWIDTH") {
                    Some(b) => Some(
                        b.parse()
                            .map_err(|_| err(n, format!("BANDWIDTH={b} is not a number")))?,
                    ),
                    None => None,
                },
                codecs: get(&a, "CODECS").map(str::to_string),
                audio_group: get(&a, "AUDIO").map(str::to_string),
            });
        } else if let Some(attrs) = line.strip_prefix("#EXT-X-MEDIA:") {
            let a = attributes(attrs).map_err(|e| err(n, e))?;
            if get(&a, "TYPE") == Some("AUDIO") {
                m.audio.push(Rendition {
                    group: get(&a, "GROUP-ID").unwrap_or_default().to_string(),
                    name: get(&a, "NAME").unwrap_or_default().to_string(),
                    uri: get(&a, "URI").map(str::to_string),
                    default: get(&a, "DEFAULT") == Some("YES"),
                });
            }
        } else if !line.starts_with('#') {
            let Some(mut v) = pending.take() else {
                return Err(err(
                    n,
                    "a URI in a master playlist without #EXT-X-STREAM-INF",
                ));
            };
            v.uri = line.to_string();
            if m.variants.len() >= MAX_SEGMENTS {
                return Err(err(n, "too many variants"));
            }
            m.variants.push(v);
        }
    }
    if m.variants.is_empty() && m.audio.iter().all(|r| r.uri.is_none()) {
        return Err(err(
            lines.last().map_or(1, |l| l.0),
            "the master playlist lists no streams",
        ));
    }
    Ok(m)
}

fn parse_media(lines: &[(usize, &str)]) -> Result<MediaPlaylist, PlaylistError> {
    let mut p = MediaPlaylist::default();
    let mut duration: Option<f64> = None;
    let mut discontinuity = false;
    let mut pdt: Option<String> = None;
    let mut range: Option<ByteRange> = None;
    let mut gap = false;
    let mut map: Option<InitMap> = None;
    let mut key: Option<String> = None;
    let mut last_range_end: Option<(String, u64)> = None;
    let mut pending_range: Option<(u64, Option<u64>, usize)> = None;
    for &(n, line) in lines {
        if let Some(v) = line.strip_prefix("#EXTINF:") {
            let num = v.split(',').next().unwrap_or("").trim();
            let d: f64 = num
                .parse()
                .map_err(|_| err(n, format!("EXTINF duration '{num}' is not a number")))?;
            if !(0.0..=MAX_SEGMENT_SECS).contains(&d) {
                return Err(err(n, format!("EXTINF duration {d} s is out of range")));
            }
            duration = Some(d);
        } else if let Some(v) = line.strip_prefix("#EXT-X-TARGETDURATION:") {
            p.target_duration = v
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|d| (0.0..=MAX_SEGMENT_SECS).contains(d))
                .ok_or_else(|| err(n, format!("EXT-X-TARGETDURATION '{v}' is not a duration")))?;
        } else if let Some(v) = line.strip_prefix("#EXT-X-MEDIA-SEQUENCE:") {
            p.media_sequence = v
                .trim()
                .parse()
                .map_err(|_| err(n, format!("EXT-X-MEDIA-SEQUENCE '{v}' is not a number")))?;
        } else if line == "#EXT-X-DISCONTINUITY" {
            discontinuity = true;
        } else if line == "#EXT-X-ENDLIST" {
            p.ended = true;
        } else if line == "#EXT-X-GAP" {
            gap = true;
        } else if let Some(v) = line.strip_prefix("#EXT-X-PROGRAM-DATE-TIME:") {
            pdt = Some(v.trim().to_string());
        } else if let Some(v) = line.strip_prefix("#EXT-X-BYTERANGE:") {
            let (len, off) = byte_range(v).map_err(|e| err(n, e))?;
            pending_range = Some((len, off, n));
        } else if let Some(attrs) = line.strip_prefix("#EXT-X-MAP:") {
            map = Some(init_map(n, attrs)?);
        } else if let Some(attrs) = line.strip_prefix("#EXT-X-KEY:") {
            let a = attributes(attrs).map_err(|e| err(n, e))?;
            key = match get(&a, "METHOD") {
                Some("NONE") => None,
                Some(m) => Some(m.to_string()),
                None => return Err(err(n, "EXT-X-KEY without a METHOD")),
            };
        } else if line.starts_with("#EXT-X-STREAM-INF") {
            return Err(err(n, "a master-playlist tag in a media playlist"));
        } else if !line.starts_with('#') {
            let d = duration
                .take()
                .ok_or_else(|| err(n, format!("segment '{line}' has no #EXTINF before it")))?;
            if let Some(pending) = pending_range.take() {
                range = Some(segment_range(pending, line, &mut last_range_end)?);
            }
            if p.segments.len() >= MAX_SEGMENTS {
                return Err(err(n, format!("more than {MAX_SEGMENTS} segments")));
            }
            p.segments.push(Segment {
                uri: line.to_string(),
                duration: d,
                discontinuity: std::mem::take(&mut discontinuity),
                program_date_time: pdt.take(),
                range: range.take(),
                map: map.clone(),
                key_method: key.clone(),
                gap: std::mem::take(&mut gap),
                line: n,
            });
        }
    }
    // A live playlist may list nothing yet (the room has just gone on air); a finished one
    // that lists nothing is broken.
    if p.segments.is_empty() && p.ended {
        return Err(err(
            lines.last().map_or(1, |l| l.0),
            "the media playlist lists no segments",
        ));
    }
    Ok(p)
}

/// The init section an `EXT-X-MAP` tag (attributes `attrs`, on line `n`) names.
fn init_map(n: usize, attrs: &str) -> Result<InitMap, PlaylistError> {
    let a = attributes(attrs).map_err(|e| err(n, e))?;
    let uri = get(&a, "URI").ok_or_else(|| err(n, "EXT-X-MAP without a URI"))?;
    let range = match get(&a, "BYTERANGE") {
        Some(r) => {
            let (len, off) = byte_range(r).map_err(|e| err(n, e))?;
            Some(ByteRange {
                len,
                offset: off.unwrap_or(0),
            })
        }
        None => None,
    };
    Ok(InitMap {
        uri: uri.to_string(),
        range,
    })
}

/// The byte range of segment `uri` from the `EXT-X-BYTERANGE` before it (length, offset, its
/// line): without an offset it continues the previous range of the same URI, recorded in
/// `last_range_end`, which this updates.
fn segment_range(
    (len, off, rn): (u64, Option<u64>, usize),
    uri: &str,
    last_range_end: &mut Option<(String, u64)>,
) -> Result<ByteRange, PlaylistError> {
    let offset = match off {
        Some(o) => o,
        None => match &*last_range_end {
            Some((u, end)) if u == uri => *end,
            _ => {
                return Err(err(
                    rn,
                    "EXT-X-BYTERANGE without an offset does not follow a range of the same URI",
                ))
            }
        },
    };
    let end = offset
        .checked_add(len)
        .ok_or_else(|| err(rn, "EXT-X-BYTERANGE overflows"))?;
    *last_range_end = Some((uri.to_string(), end));
    Ok(ByteRange { len, offset })
}

fn byte_range(v: &str) -> Result<(u64, Option<u64>), String> {
    let v = v.trim().trim_matches('"');
    let (len, off) = match v.split_once('@') {
        Some((l, o)) => (l, Some(o)),
        None => (v, None),
    };
    let len = len
        .parse()
        .map_err(|_| format!("byte range '{v}' is not <length>[@<offset>]"))?;
    let off = match off {
        Some(o) => Some(
            o.parse()
                .map_err(|_| format!("byte range '{v}' is not <length>[@<offset>]"))?,
        ),
        None => None,
    };
    Ok((len, off))
}

/// Splits an attribute list (`A=1,B="x,y",C=z`) into name/value pairs (quotes removed).
fn attributes(s: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let (name, after) = rest
            .split_once('=')
            .ok_or_else(|| format!("attribute list '{s}' has a name without a value"))?;
        let (value, after) = if let Some(q) = after.strip_prefix('"') {
            let end = q
                .find('"')
                .ok_or_else(|| format!("unterminated quoted string in '{s}'"))?;
            (&q[..end], &q[end + 1..])
        } else {
            match after.find(',') {
                Some(i) => (&after[..i], &after[i..]),
                None => (after, ""),
            }
        };
        out.push((name.trim().to_string(), value.to_string()));
        rest = after.trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
        if out.len() > 256 {
            return Err("too many attributes".into());
        }
    }
    Ok(out)
}

fn get<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_playlist_with_discontinuity_pdt_and_ranges() {
        let text = "#EXTM3U\n#EXT-X-VERSION:4\n#EXT-X-TARGETDURATION:10\n\
            #EXT-X-PROGRAM-DATE-TIME:2026-11-28T20:00:00.000+08:00\n\
            #EXTINF:10.0,\nseg0.ts\n#EXT-X-DISCONTINUITY\n#EXTINF:9.5,title\n\
            #EXT-X-BYTERANGE:1000@0\nall.ts\n#EXT-X-BYTERANGE:500\n#EXTINF:2,\nall.ts\n\
            #EXT-X-ENDLIST\n";
        let Playlist::Media(p) = parse(text).unwrap() else {
            panic!("media")
        };
        assert_eq!(p.segments.len(), 3);
        assert!(p.ended && !p.segments[0].discontinuity && p.segments[1].discontinuity);
        assert_eq!(
            p.segments[0].program_date_time.as_deref(),
            Some("2026-11-28T20:00:00.000+08:00")
        );
        assert_eq!(
            p.segments[2].range,
            Some(ByteRange {
                len: 500,
                offset: 1000
            })
        );
        assert!((p.duration_secs() - 21.5).abs() < 1e-9);
    }

    #[test]
    fn master_playlist_variants_and_audio() {
        let text = "#EXTM3U\n\
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aud\",NAME=\"zh\",DEFAULT=YES,URI=\"audio/index.m3u8\"\n\
            #EXT-X-STREAM-INF:BANDWIDTH=2000000,CODECS=\"avc1.64001f,mp4a.40.2\",AUDIO=\"aud\"\nhi/index.m3u8\n\
            #EXT-X-STREAM-INF:BANDWIDTH=64000,CODECS=\"mp4a.40.2\"\naudio_only.m3u8\n";
        let Playlist::Master(m) = parse(text).unwrap() else {
            panic!("master")
        };
        assert_eq!(m.variants.len(), 2);
        assert!(m.variants[0].has_audio());
        assert_eq!(m.audio[0].uri.as_deref(), Some("audio/index.m3u8"));
        let video_only = Variant {
            codecs: Some("avc1.64001f".into()),
            ..Variant::default()
        };
        assert!(!video_only.has_audio());
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse("").unwrap_err().message, "the playlist is empty");
        let e = parse("#EXTM3U\n#EXTINF:abc,\nseg.ts\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("#EXTM3U\n#EXT-X-TARGETDURATION:4\nseg.ts\n").unwrap_err();
        assert!(e.to_string().starts_with("line 3:"), "{e}");
        let e = parse("not a playlist").unwrap_err();
        assert!(e.message.contains("#EXTM3U"));
        let e =
            parse("#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=\"k\n#EXTINF:1,\na.ts\n").unwrap_err();
        assert!(e.message.contains("unterminated"));
        assert!(parse("#EXTM3U\n#EXTINF:-1,\na.ts").is_err());
    }
}
