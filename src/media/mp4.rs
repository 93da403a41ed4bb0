//! MP4 details symphonia 0.6 leaves out: the audio track's edit list, and files cut short.
//!
//! symphonia parses `elst` but does not apply it, so AAC in MP4/M4A would come out shifted late
//! by the encoder priming (1024 frames from ffmpeg, 2112 from Apple encoders, ~23–48 ms) and
//! carry the trailing padding. [`read_audio_edit`] finds the audio track's edit so the demuxer
//! can trim it. And symphonia silently skips a top-level box that runs past the end of the file,
//! so an MP4 cut off inside its `mdat` decodes to nothing; [`declared_end`] tells how long the
//! file claims to be, and [`ClaimedLength`] presents it at that length so the cut shows up as
//! an early end of data (reported as truncation) after everything that is there was decoded.
//! Written by hand because only these few boxes are needed; reading is bounded (the `moov` box
//! is read only when under [`MAX_MOOV_BYTES`]).

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use symphonia::core::io::MediaSource;

/// Where an MP4 file's media data (`mdat`) says the file ends, when that is past its real end
/// (the file was cut short while its media was written); `None` for a complete file, for one
/// that is not MP4 (no leading `ftyp`), and for other damage (left to symphonia).
pub fn declared_end(path: &Path) -> Option<u64> {
    let mut file = File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    let mut pos = 0u64;
    while pos + 8 <= len {
        let (size, _, kind) = top_level_header(&mut file, pos, len)?;
        if pos == 0 && &kind != b"ftyp" {
            return None;
        }
        let end = pos.checked_add(size)?;
        if end > len {
            return (&kind == b"mdat").then_some(end);
        }
        pos = end;
    }
    None
}

/// Reads the top-level box header at `pos`: (size, header length, type). A size of 0 ("to the
/// end of the file") is returned as the rest of the file.
fn top_level_header(file: &mut File, pos: u64, len: u64) -> Option<(u64, u64, [u8; 4])> {
    file.seek(SeekFrom::Start(pos)).ok()?;
    let mut head = [0u8; 16];
    file.read_exact(&mut head[..8]).ok()?;
    let kind: [u8; 4] = head[4..8].try_into().ok()?;
    let (size, header) = match u32::from_be_bytes(head[..4].try_into().ok()?) {
        0 => (len - pos, 8),
        1 => {
            file.read_exact(&mut head[8..16]).ok()?;
            (u64::from_be_bytes(head[8..16].try_into().ok()?), 16)
        }
        n => (u64::from(n), 8),
    };
    (size >= header).then_some((size, header, kind))
}

/// A file presented as `len` bytes long although it is shorter: reads past its real end find
/// no data (an unexpected end of file), which the demuxer reports as truncation.
pub struct ClaimedLength {
    file: File,
    len: u64,
}

impl ClaimedLength {
    /// Wraps `file`, claiming it is `len` bytes long.
    pub fn new(file: File, len: u64) -> Self {
        ClaimedLength { file, len }
    }
}

impl Read for ClaimedLength {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.file.read(buf)
    }
}

impl Seek for ClaimedLength {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        match pos {
            SeekFrom::End(off) => {
                let to = self
                    .len
                    .checked_add_signed(off)
                    .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
                self.file.seek(SeekFrom::Start(to))
            }
            other => self.file.seek(other),
        }
    }
}

impl MediaSource for ClaimedLength {
    fn is_seekable(&self) -> bool {
        true
    }

    fn byte_len(&self) -> Option<u64> {
        Some(self.len)
    }
}

/// Largest `moov` box read into memory; larger ones are skipped (no edit applied).
pub const MAX_MOOV_BYTES: u64 = 32 << 20;

/// The audio track's edit, in its media time scale (`mdhd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AudioEdit {
    /// Ticks per second of the media time stamps.
    pub timescale: u32,
    /// First media time stamp that is part of the recording (priming before it).
    pub media_time: i64,
    /// How long the recording plays from `media_time`, if the edit says.
    pub duration: Option<u64>,
    /// Empty time before the media starts (a leading empty edit), in media ticks.
    pub lead: u64,
}

/// The edit of the single audio track of the MP4 file at `path`, if it has exactly one audio
/// track with an edit list. Any oddity means `None`: the file is then decoded unedited.
pub fn read_audio_edit(path: &Path) -> Option<AudioEdit> {
    let mut file = File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    let mut pos = 0u64;
    while pos + 8 <= len {
        let (size, header, kind) = top_level_header(&mut file, pos, len)?;
        if pos.checked_add(size)? > len {
            return None;
        }
        if &kind == b"moov" {
            let body = size - header;
            if body > MAX_MOOV_BYTES {
                return None;
            }
            let mut moov = vec![0u8; body as usize];
            file.read_exact(&mut moov).ok()?;
            return parse_moov(&moov);
        }
        pos += size;
    }
    None
}

/// Finds the audio track's edit inside a `moov` payload.
pub fn parse_moov(moov: &[u8]) -> Option<AudioEdit> {
    let movie_scale = boxes(moov)
        .find(|(t, _)| t == b"mvhd")
        .and_then(|(_, b)| header_timescale(b))?;
    let mut found = None;
    for (_, trak) in boxes(moov).filter(|(t, _)| t == b"trak") {
        let mdia = child(trak, b"mdia")?;
        let hdlr = child(mdia, b"hdlr")?;
        if hdlr.get(8..12)? != b"soun" {
            continue;
        }
        if found.is_some() {
            return None; // more than one audio track: which one symphonia picked is unclear
        }
        let media_scale = header_timescale(child(mdia, b"mdhd")?)?;
        let elst = child(trak, b"edts").and_then(|e| child(e, b"elst"))?;
        found = Some(parse_elst(elst, movie_scale, media_scale)?);
    }
    found
}

fn parse_elst(elst: &[u8], movie_scale: u32, media_scale: u32) -> Option<AudioEdit> {
    let version = *elst.first()?;
    let count = u32::from_be_bytes(elst.get(4..8)?.try_into().ok()?) as usize;
    let entry_len = if version == 1 { 20 } else { 12 };
    let to_media = |movie_ticks: u64| -> u64 {
        (u128::from(movie_ticks) * u128::from(media_scale) / u128::from(movie_scale))
            .min(u64::MAX as u128) as u64
    };
    let mut lead = 0u64;
    for i in 0..count.min(elst.len() / entry_len) {
        let e = elst.get(8 + i * entry_len..8 + (i + 1) * entry_len)?;
        let (seg, media_time) = if version == 1 {
            (
                u64::from_be_bytes(e[..8].try_into().ok()?),
                i64::from_be_bytes(e[8..16].try_into().ok()?),
            )
        } else {
            (
                u64::from(u32::from_be_bytes(e[..4].try_into().ok()?)),
                i64::from(i32::from_be_bytes(e[4..8].try_into().ok()?)),
            )
        };
        if media_time == -1 {
            lead = lead.saturating_add(to_media(seg));
            continue;
        }
        if media_time < 0 {
            return None;
        }
        return Some(AudioEdit {
            timescale: media_scale,
            media_time,
            duration: (seg > 0).then(|| to_media(seg)),
            lead,
        });
    }
    None
}

/// Time scale field of an `mvhd` / `mdhd` payload.
fn header_timescale(b: &[u8]) -> Option<u32> {
    let at = if *b.first()? == 1 { 20 } else { 12 };
    let scale = u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?);
    (scale > 0).then_some(scale)
}

fn child<'a>(parent: &'a [u8], kind: &[u8; 4]) -> Option<&'a [u8]> {
    boxes(parent).find(|(t, _)| t == kind).map(|(_, b)| b)
}

/// Iterates the boxes in `data` as (type, payload), stopping at the first malformed header.
fn boxes(data: &[u8]) -> impl Iterator<Item = ([u8; 4], &[u8])> {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let head = data.get(pos..pos + 8)?;
        let kind: [u8; 4] = head[4..8].try_into().ok()?;
        let (size, header) = match u32::from_be_bytes(head[..4].try_into().ok()?) {
            0 => (data.len() - pos, 8),
            1 => (
                usize::try_from(u64::from_be_bytes(
                    data.get(pos + 8..pos + 16)?.try_into().ok()?,
                ))
                .ok()?,
                16,
            ),
            n => (n as usize, 8),
        };
        if size < header {
            return None;
        }
        let body = data.get(pos + header..pos.checked_add(size)?)?;
        pos += size;
        Some((kind, body))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bx(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
        let mut v = ((body.len() + 8) as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(body);
        v
    }

    fn header_v0(scale: u32) -> Vec<u8> {
        let mut b = vec![0u8; 12];
        b.extend_from_slice(&scale.to_be_bytes());
        b.extend_from_slice(&[0u8; 4]);
        b
    }

    fn moov(elst_entries: &[(u32, i32)]) -> Vec<u8> {
        let mut elst = vec![0u8, 0, 0, 0];
        elst.extend_from_slice(&(elst_entries.len() as u32).to_be_bytes());
        for (seg, mt) in elst_entries {
            elst.extend_from_slice(&seg.to_be_bytes());
            elst.extend_from_slice(&mt.to_be_bytes());
            elst.extend_from_slice(&[0, 1, 0, 0]);
        }
        let mut hdlr = vec![0u8; 8];
        hdlr.extend_from_slice(b"soun");
        hdlr.extend_from_slice(&[0u8; 12]);
        let mdia = [bx(b"mdhd", &header_v0(44_100)), bx(b"hdlr", &hdlr)].concat();
        let trak = [bx(b"edts", &bx(b"elst", &elst)), bx(b"mdia", &mdia)].concat();
        [bx(b"mvhd", &header_v0(1000)), bx(b"trak", &trak)].concat()
    }

    #[test]
    fn reads_priming_and_duration() {
        let e = parse_moov(&moov(&[(5000, 1024)])).unwrap();
        assert_eq!(
            e,
            AudioEdit {
                timescale: 44_100,
                media_time: 1024,
                duration: Some(220_500),
                lead: 0
            }
        );
        let e = parse_moov(&moov(&[(500, -1), (5000, 2112)])).unwrap();
        assert_eq!((e.lead, e.media_time), (22_050, 2112));
    }

    #[test]
    fn garbage_gives_none_without_panicking() {
        assert_eq!(parse_moov(&[]), None);
        assert_eq!(parse_moov(&[0xff; 64]), None);
        let mut m = moov(&[(5000, 1024)]);
        for cut in 0..m.len() {
            let _ = parse_moov(&m[..cut]);
        }
        m[40] = 0xff;
        let _ = parse_moov(&m);
    }
}
