//! FLV tags read from their bytes: the 11-byte tag header, what an audio tag carries (legacy
//! and Enhanced FLV), the `onMetaData` duration, and how a cut tag is described.

use crate::media::demux::PacketError;
use crate::media::esparse::MpaHeader;

pub(super) const TAG_AUDIO: u8 = 8;
pub(super) const TAG_VIDEO: u8 = 9;
pub(super) const TAG_SCRIPT: u8 = 18;

/// How the audio tags of this file carry their codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Codec {
    Aac,
    Mpa,
    Opus,
}

/// An FLV tag header: tag type, body size, timestamp in ms.
#[derive(Debug, Clone, Copy)]
pub(super) struct TagHeader {
    pub(super) kind: u8,
    pub(super) size: u32,
    pub(super) ts: i64,
}

/// One audio tag's content once its headers are read.
pub(super) enum AudioBody {
    /// Codec configuration (AAC AudioSpecificConfig, OpusHead).
    Config(Codec, Vec<u8>),
    /// Coded audio.
    Frames(Codec, Vec<u8>),
    /// A codec this build cannot decode, by name.
    Unsupported(String),
    /// Nothing to decode (end of sequence, multichannel config, ...).
    Skip,
}

pub(super) fn truncated(at: u64, h: TagHeader, got: usize) -> PacketError {
    let what = match h.kind {
        TAG_AUDIO => "an audio",
        TAG_VIDEO => "a video",
        _ => "a script",
    };
    PacketError::Truncated(format!(
        "the FLV file ends inside {what} tag at {} ms (byte {at}: {got} of {} bytes present)",
        h.ts, h.size
    ))
}

/// Parses an 11-byte tag header; `None` when the bytes cannot be one.
pub(super) fn parse_tag_header(b: &[u8]) -> Option<TagHeader> {
    if b.len() < 11 {
        return None;
    }
    let kind = b[0] & 0x3F;
    let base = kind & 0x1F;
    if b[0] & 0xC0 != 0 || !matches!(base, TAG_AUDIO | TAG_VIDEO | TAG_SCRIPT) {
        return None;
    }
    if b[8..11] != [0, 0, 0] {
        return None;
    }
    let size = u32::from_be_bytes([0, b[1], b[2], b[3]]);
    let ts = u32::from_be_bytes([b[7], b[4], b[5], b[6]]);
    Some(TagHeader {
        kind: if kind & 0x20 != 0 { kind } else { base },
        size,
        ts: i64::from(ts),
    })
}

/// A tag header at the start of `b` whose PreviousTagSize after the body agrees: strong
/// evidence of a real tag when resynchronising.
pub(super) fn plausible_tag_at(b: &[u8]) -> bool {
    let Some(h) = parse_tag_header(b) else {
        return false;
    };
    if h.kind & 0x20 != 0 || h.size == 0 {
        return false;
    }
    let end = 11 + h.size as usize;
    match b.get(end..end + 4) {
        Some(prev) => u32::from_be_bytes([prev[0], prev[1], prev[2], prev[3]]) == h.size + 11,
        None => false,
    }
}

pub(super) fn first_mpa_header(data: &[u8]) -> Option<MpaHeader> {
    (0..data.len().saturating_sub(3)).find_map(|i| MpaHeader::parse(&data[i..]))
}

/// Splits an audio tag body into what it carries.
pub(super) fn parse_audio(body: &[u8]) -> AudioBody {
    let Some(&flags) = body.first() else {
        return AudioBody::Skip;
    };
    let format = flags >> 4;
    match format {
        10 => match body.get(1) {
            Some(0) => AudioBody::Config(Codec::Aac, body[2..].to_vec()),
            Some(1) => AudioBody::Frames(Codec::Aac, body[2..].to_vec()),
            _ => AudioBody::Skip,
        },
        2 | 14 => AudioBody::Frames(Codec::Mpa, body[1..].to_vec()),
        9 => parse_enhanced_audio(flags & 0x0F, &body[1..]),
        other => AudioBody::Unsupported(
            match other {
                0 | 3 => "pcm (FLV)",
                1 => "adpcm (FLV)",
                4..=6 => "nellymoser",
                7 => "pcm_alaw",
                8 => "pcm_mulaw",
                11 => "speex",
                _ => "unknown FLV audio format",
            }
            .to_string(),
        ),
    }
}

/// Enhanced FLV (E-RTMP) audio: packet type in the low nibble, then a FourCC.
pub(super) fn parse_enhanced_audio(packet_type: u8, rest: &[u8]) -> AudioBody {
    // 5 = multitrack and 7 = ModEx wrap other packets; not produced for single-track audio.
    if rest.len() < 4 || !matches!(packet_type, 0..=2) {
        return AudioBody::Skip;
    }
    let fourcc = &rest[..4];
    let data = rest[4..].to_vec();
    let codec = match fourcc {
        b"mp4a" => Codec::Aac,
        b".mp3" => Codec::Mpa,
        b"Opus" => Codec::Opus,
        b"ac-3" => return AudioBody::Unsupported("ac3".into()),
        b"ec-3" => return AudioBody::Unsupported("eac3".into()),
        b"fLaC" => return AudioBody::Unsupported("flac (Enhanced FLV)".into()),
        other => {
            return AudioBody::Unsupported(format!(
                "Enhanced FLV audio '{}'",
                String::from_utf8_lossy(other)
            ))
        }
    };
    match packet_type {
        0 if codec != Codec::Mpa => AudioBody::Config(codec, data),
        1 => AudioBody::Frames(codec, data),
        _ => AudioBody::Skip,
    }
}

/// The `duration` number of an `onMetaData` script tag, in ms, when it is sensible.
pub(super) fn metadata_duration_ms(body: &[u8]) -> Option<u64> {
    const KEY: &[u8] = b"\x00\x08duration\x00";
    let at = body.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
    let bytes: [u8; 8] = body.get(at..at + 8)?.try_into().ok()?;
    let secs = f64::from_be_bytes(bytes);
    (secs.is_finite() && secs > 0.0 && secs < 7.0 * 86_400.0).then_some((secs * 1000.0) as u64)
}
