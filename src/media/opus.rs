//! Opus decoding beside symphonia (which reads Ogg and WebM/Matroska Opus tracks but has no
//! Opus decoder), through libopus built from the sources bundled with `libopus_sys` — no
//! system library needed.
//!
//! The `OpusHead` identification header (codec extra data in Ogg, Matroska `CodecPrivate` and
//! Enhanced FLV) gives the channel count, mapping and output gain; packets decode at 48 kHz
//! with the container's trims (pre-skip) applied like every other decoder here.

use std::os::raw::c_int;
use std::ptr::NonNull;

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;

use super::decode::{downmix_into, frames_to_keep, Decoded, PacketDecoder, PacketFailure};

/// Opus always decodes at this rate.
pub const OPUS_RATE: u32 = 48_000;
/// Longest Opus packet: 120 ms at 48 kHz.
const MAX_FRAMES: usize = 5760;
/// Most channels accepted (mapping family 1 goes to 8; 255 is an absurd header).
const MAX_OPUS_CHANNELS: usize = 8;

/// What an `OpusHead` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpusHead {
    /// Output channels.
    pub channels: usize,
    /// Frames at 48 kHz to drop at the start (encoder delay).
    pub pre_skip: u16,
    /// Output gain in Q7.8 dB.
    pub gain: i16,
    /// Streams in each packet.
    pub streams: u8,
    /// Of which coupled (stereo).
    pub coupled: u8,
    /// Output channel → decoded channel.
    pub mapping: Vec<u8>,
}

impl OpusHead {
    /// Parses an `OpusHead` packet (RFC 7845 §5.1); `Err` says what is wrong.
    pub fn parse(b: &[u8]) -> Result<OpusHead, String> {
        if b.len() < 19 || &b[..8] != b"OpusHead" {
            return Err("missing or short OpusHead identification header".into());
        }
        if b[8] >> 4 != 0 {
            return Err(format!("unsupported OpusHead version {}", b[8]));
        }
        let channels = usize::from(b[9]);
        let pre_skip = u16::from_le_bytes([b[10], b[11]]);
        let gain = i16::from_le_bytes([b[16], b[17]]);
        let family = b[18];
        if channels == 0 || channels > MAX_OPUS_CHANNELS {
            return Err(format!("{channels} Opus channels"));
        }
        let (streams, coupled, mapping) = if family == 0 {
            if channels > 2 {
                return Err(format!("{channels} channels with mapping family 0"));
            }
            (1, (channels - 1) as u8, (0..channels as u8).collect())
        } else {
            let table = b
                .get(19..21 + channels)
                .ok_or("OpusHead channel mapping table is cut short")?;
            let (streams, coupled) = (table[0], table[1]);
            if streams == 0 || coupled > streams {
                return Err(format!("{streams} streams, {coupled} coupled"));
            }
            let decoded = usize::from(streams) + usize::from(coupled);
            let mapping = table[2..].to_vec();
            if mapping
                .iter()
                .any(|&m| m != 255 && usize::from(m) >= decoded)
            {
                return Err("OpusHead channel mapping points past the decoded channels".into());
            }
            (streams, coupled, mapping)
        };
        Ok(OpusHead {
            channels,
            pre_skip,
            gain,
            streams,
            coupled,
            mapping,
        })
    }
}

/// A libopus multistream decoder behind [`PacketDecoder`].
pub struct OpusDecoder {
    state: NonNull<libopus_sys::OpusMSDecoder>,
    head: OpusHead,
    scale: f32,
    interleaved: Vec<f32>,
    planes: Vec<Vec<f32>>,
}

// SAFETY: the libopus decoder state is owned exclusively by this value and only touched through
// `&mut self`; libopus keeps no thread-local state.
unsafe impl Send for OpusDecoder {}

impl OpusDecoder {
    /// Makes a decoder from the track's codec parameters (the `OpusHead` in extra data; a
    /// plain stereo stream when it is absent, as some Matroska muxers leave it out).
    pub fn new(params: &AudioCodecParameters) -> Result<Self, String> {
        let head = match params.extra_data.as_deref() {
            Some(b) => OpusHead::parse(b)?,
            None => OpusHead {
                channels: params
                    .channels
                    .as_ref()
                    .map_or(2, |c| c.count().clamp(1, 2)),
                pre_skip: 0,
                gain: 0,
                streams: 1,
                coupled: 1,
                mapping: vec![0, 1],
            },
        };
        let mut head = head;
        if head.streams == 1 && head.channels == 1 {
            head.coupled = 0;
            head.mapping = vec![0];
        }
        let mut err: c_int = 0;
        // SAFETY: the mapping table has `channels` entries, as libopus reads; the returned
        // pointer is checked for null and freed in Drop.
        let raw = unsafe {
            libopus_sys::opus_multistream_decoder_create(
                OPUS_RATE as i32,
                head.channels as c_int,
                c_int::from(head.streams),
                c_int::from(head.coupled),
                head.mapping.as_ptr(),
                &mut err,
            )
        };
        let state = NonNull::new(raw)
            .filter(|_| err == 0)
            .ok_or_else(|| format!("libopus refused the stream parameters (error {err})"))?;
        let scale = 10f32.powf(f32::from(head.gain) / (20.0 * 256.0));
        Ok(OpusDecoder {
            state,
            interleaved: vec![0.0; MAX_FRAMES * head.channels],
            planes: vec![Vec::new(); head.channels],
            head,
            scale,
        })
    }
}

impl Drop for OpusDecoder {
    fn drop(&mut self) {
        // SAFETY: created by opus_multistream_decoder_create and freed only here.
        unsafe { libopus_sys::opus_multistream_decoder_destroy(self.state.as_ptr()) }
    }
}

impl PacketDecoder for OpusDecoder {
    fn codec_name(&self) -> &str {
        "opus"
    }

    fn decode(&mut self, packet: &Packet, out: &mut Vec<f32>) -> Result<Decoded, PacketFailure> {
        if packet.data.is_empty() {
            return Err(PacketFailure::Damaged("empty Opus packet".into()));
        }
        let len = i32::try_from(packet.data.len())
            .map_err(|_| PacketFailure::Damaged("Opus packet too large".into()))?;
        // SAFETY: `interleaved` holds MAX_FRAMES frames of `channels` samples, the most libopus
        // writes for frame_size = MAX_FRAMES; the packet slice is valid for `len` bytes.
        let n = unsafe {
            libopus_sys::opus_multistream_decode_float(
                self.state.as_ptr(),
                packet.data.as_ptr(),
                len,
                self.interleaved.as_mut_ptr(),
                MAX_FRAMES as c_int,
                0,
            )
        };
        if n < 0 {
            return Err(PacketFailure::Damaged(format!(
                "Opus packet would not decode (libopus error {n})"
            )));
        }
        let frames = n as usize;
        let ch = self.head.channels;
        for (c, plane) in self.planes.iter_mut().enumerate() {
            plane.clear();
            plane.extend(
                self.interleaved[..frames * ch]
                    .iter()
                    .skip(c)
                    .step_by(ch)
                    .map(|s| s * self.scale),
            );
        }
        let (skip, keep) = frames_to_keep(packet, frames);
        downmix_into(&self.planes, skip, keep, out);
        Ok(Decoded {
            rate: OPUS_RATE,
            channels: ch as u32,
            frames: keep,
        })
    }

    fn reconfigure(&mut self, params: &AudioCodecParameters) -> Result<(), PacketFailure> {
        *self = OpusDecoder::new(params).map_err(PacketFailure::Fatal)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(channels: u8, family: u8, table: &[u8]) -> Vec<u8> {
        let mut h = b"OpusHead\x01".to_vec();
        h.push(channels);
        h.extend_from_slice(&312u16.to_le_bytes());
        h.extend_from_slice(&48_000u32.to_le_bytes());
        h.extend_from_slice(&0i16.to_le_bytes());
        h.push(family);
        h.extend_from_slice(table);
        h
    }

    #[test]
    fn heads_parse_and_bad_ones_are_refused() {
        let h = OpusHead::parse(&head(2, 0, &[])).unwrap();
        assert_eq!(
            (h.channels, h.pre_skip, h.streams, h.coupled),
            (2, 312, 1, 1)
        );
        assert!(OpusHead::parse(&head(0, 0, &[])).is_err());
        assert!(
            OpusHead::parse(&head(6, 1, &[4, 2])).is_err(),
            "table cut short"
        );
        assert!(
            OpusHead::parse(&head(2, 1, &[1, 0, 0, 5])).is_err(),
            "mapping out of range"
        );
        assert!(OpusHead::parse(b"OpusTags").is_err());
    }

    #[test]
    fn garbage_packets_are_damage_not_crashes() {
        let mut p = AudioCodecParameters::new();
        p.with_extra_data(head(1, 0, &[]).into_boxed_slice());
        let mut d = OpusDecoder::new(&p).unwrap();
        let mut out = Vec::new();
        for data in [vec![0xFFu8; 3], vec![0x03, 0xFF], vec![0u8; 2000]] {
            let pkt = Packet::new(
                0,
                symphonia::core::units::Timestamp::new(0),
                symphonia::core::units::Duration::new(0),
                data,
            );
            let _ = d.decode(&pkt, &mut out);
        }
        // A valid silent packet: config 1 (SILK NB 20 ms), mono, one frame of zeros.
        let pkt = Packet::new(
            0,
            symphonia::core::units::Timestamp::new(0),
            symphonia::core::units::Duration::new(0),
            vec![0x08],
        );
        let r = d.decode(&pkt, &mut out).unwrap();
        assert_eq!((r.rate, r.frames), (48_000, 960));
    }
}
