//! Elementary-stream parsing shared by the FLV, MPEG-TS and HLS demuxers: ADTS AAC headers,
//! MPEG audio frame headers, and the AAC AudioSpecificConfig (built from ADTS, and rewritten to
//! its AAC-LC core when HE-AAC is signalled explicitly, which symphonia's decoder refuses).

use symphonia::core::audio::Channels;
use symphonia::core::codecs::audio::well_known::{
    CODEC_ID_AAC, CODEC_ID_MP1, CODEC_ID_MP2, CODEC_ID_MP3,
};
use symphonia::core::codecs::audio::{AudioCodecId, AudioCodecParameters};

/// AAC sampling frequencies by index (ISO 14496-3 table 1.18).
pub const AAC_RATES: [u32; 13] = [
    96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350,
];

/// A parsed ADTS frame header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdtsHeader {
    /// Audio object type (profile + 1): 1 Main, 2 LC, 3 SSR, 4 LTP.
    pub object_type: u8,
    /// Sampling frequency index into [`AAC_RATES`].
    pub rate_index: u8,
    /// Channel configuration (0 = defined in-band, unsupported).
    pub channel_config: u8,
    /// Whole frame length including the header.
    pub frame_len: usize,
    /// Header length: 7, or 9 with a CRC.
    pub header_len: usize,
    /// Raw data blocks in the frame (1–4).
    pub blocks: u8,
}

impl AdtsHeader {
    /// Parses an ADTS header at the start of `b` (needs 7 bytes); `None` if it is not one.
    pub fn parse(b: &[u8]) -> Option<AdtsHeader> {
        if b.len() < 7 || b[0] != 0xFF || b[1] & 0xF6 != 0xF0 {
            return None;
        }
        let protection_absent = b[1] & 1 == 1;
        let profile = b[2] >> 6;
        let rate_index = (b[2] >> 2) & 0x0F;
        let channel_config = ((b[2] & 1) << 2) | (b[3] >> 6);
        let frame_len =
            (usize::from(b[3] & 0x03) << 11) | (usize::from(b[4]) << 3) | usize::from(b[5] >> 5);
        let header_len = if protection_absent { 7 } else { 9 };
        if rate_index as usize >= AAC_RATES.len() || frame_len <= header_len {
            return None;
        }
        Some(AdtsHeader {
            object_type: profile + 1,
            rate_index,
            channel_config,
            frame_len,
            header_len,
            blocks: (b[6] & 0x03) + 1,
        })
    }

    /// Sample rate in Hz.
    pub fn sample_rate(&self) -> u32 {
        AAC_RATES[self.rate_index as usize]
    }

    /// The AudioSpecificConfig this header describes (2 bytes).
    pub fn audio_specific_config(&self) -> [u8; 2] {
        let v: u16 = (u16::from(self.object_type) << 11)
            | (u16::from(self.rate_index) << 7)
            | (u16::from(self.channel_config) << 3);
        v.to_be_bytes()
    }

    /// Frames of audio per ADTS frame.
    pub fn samples(&self) -> u64 {
        1024 * u64::from(self.blocks)
    }
}

/// A parsed MPEG-1/2/2.5 audio frame header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MpaHeader {
    /// Layer 1, 2 or 3.
    pub layer: u8,
    /// Sample rate in Hz.
    pub sample_rate: u32,
    /// Channels (1 or 2).
    pub channels: u8,
    /// Whole frame length in bytes.
    pub frame_len: usize,
    /// Audio frames (samples per channel) the frame decodes to.
    pub samples: u64,
}

impl MpaHeader {
    /// Parses an MPEG audio frame header at the start of `b` (needs 4 bytes); `None` if it is
    /// not one (free-format frames included, whose length cannot be known from the header).
    pub fn parse(b: &[u8]) -> Option<MpaHeader> {
        if b.len() < 4 || b[0] != 0xFF || b[1] & 0xE0 != 0xE0 {
            return None;
        }
        let version = (b[1] >> 3) & 3; // 0: 2.5, 1: reserved, 2: 2, 3: 1
        let layer = match (b[1] >> 1) & 3 {
            1 => 3,
            2 => 2,
            3 => 1,
            _ => return None,
        };
        let bitrate_index = usize::from(b[2] >> 4);
        let rate_index = usize::from((b[2] >> 2) & 3);
        if version == 1 || bitrate_index == 0 || bitrate_index == 15 || rate_index == 3 {
            return None;
        }
        let padding = usize::from((b[2] >> 1) & 1);
        let channels = if b[3] >> 6 == 3 { 1 } else { 2 };
        const RATES: [u32; 3] = [44100, 48000, 32000];
        let sample_rate = match version {
            3 => RATES[rate_index],
            2 => RATES[rate_index] / 2,
            _ => RATES[rate_index] / 4,
        };
        const V1: [[u32; 15]; 3] = [
            [
                0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448,
            ],
            [
                0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384,
            ],
            [
                0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320,
            ],
        ];
        const V2: [[u32; 15]; 2] = [
            [
                0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256,
            ],
            [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
        ];
        let kbps = if version == 3 {
            V1[usize::from(layer - 1)][bitrate_index]
        } else {
            V2[usize::from(layer != 1)][bitrate_index]
        };
        let bps = kbps as usize * 1000;
        let sr = sample_rate as usize;
        let (frame_len, samples) = match layer {
            1 => ((12 * bps / sr + padding) * 4, 384),
            2 => (144 * bps / sr + padding, 1152),
            _ if version == 3 => (144 * bps / sr + padding, 1152),
            _ => (72 * bps / sr + padding, 576),
        };
        (frame_len > 4).then_some(MpaHeader {
            layer,
            sample_rate,
            channels,
            frame_len,
            samples,
        })
    }

    /// symphonia codec id for this layer.
    pub fn codec(&self) -> AudioCodecId {
        match self.layer {
            1 => CODEC_ID_MP1,
            2 => CODEC_ID_MP2,
            _ => CODEC_ID_MP3,
        }
    }

    /// Decoder parameters for a stream of such frames.
    pub fn codec_params(&self) -> AudioCodecParameters {
        let mut p = AudioCodecParameters::new();
        p.for_codec(self.codec())
            .with_sample_rate(self.sample_rate)
            .with_channels(if self.channels == 1 {
                Channels::Positioned(symphonia::core::audio::Position::FRONT_CENTER)
            } else {
                Channels::Positioned(
                    symphonia::core::audio::Position::FRONT_LEFT
                        | symphonia::core::audio::Position::FRONT_RIGHT,
                )
            });
        p
    }
}

/// What an AudioSpecificConfig says, as far as the demuxers need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AscInfo {
    /// Object type as signalled (5 = SBR / HE-AAC, 29 = PS / HE-AAC v2).
    pub object_type: u8,
    /// Object type of the core the decoder sees (2 for an HE-AAC stream with an LC core).
    pub core_object_type: u8,
    /// Core sample rate in Hz.
    pub sample_rate: u32,
    /// Channel configuration.
    pub channel_config: u8,
    /// Config to hand the decoder: the input unchanged, or its AAC-LC core for HE-AAC.
    pub decoder_config: Vec<u8>,
}

/// Reads bits MSB-first.
struct Bits<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Bits<'_> {
    fn read(&mut self, n: usize) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            let byte = *self.b.get(self.pos / 8)?;
            v = (v << 1) | u32::from((byte >> (7 - self.pos % 8)) & 1);
            self.pos += 1;
        }
        Some(v)
    }

    fn object_type(&mut self) -> Option<u8> {
        let t = self.read(5)?;
        Some(if t == 31 { 32 + self.read(6)? } else { t } as u8)
    }

    /// (index, rate); index 15 means an explicit 24-bit rate.
    fn rate(&mut self) -> Option<(u8, u32)> {
        let i = self.read(4)? as u8;
        if i == 15 {
            return Some((15, self.read(24)?));
        }
        AAC_RATES.get(usize::from(i)).map(|&r| (i, r))
    }
}

/// Parses an AudioSpecificConfig. For explicitly signalled HE-AAC (object type 5 or 29) the
/// returned `decoder_config` describes the AAC-LC core (core rate, core object type), which
/// decodes to band-limited but intelligible audio at the core rate, plenty for speech at 16 kHz.
pub fn parse_asc(asc: &[u8]) -> Option<AscInfo> {
    let mut bits = Bits { b: asc, pos: 0 };
    let object_type = bits.object_type()?;
    let (rate_index, sample_rate) = bits.rate()?;
    let channel_config = bits.read(4)? as u8;
    if sample_rate == 0 {
        return None;
    }
    if object_type != 5 && object_type != 29 {
        return Some(AscInfo {
            object_type,
            core_object_type: object_type,
            sample_rate,
            channel_config,
            decoder_config: asc.to_vec(),
        });
    }
    let _extension_rate = bits.rate()?;
    let core = bits.object_type()?;
    let mut cfg = Vec::with_capacity(5);
    let mut out = BitWriter::default();
    out.write(u32::from(core.min(30)), 5);
    if rate_index == 15 {
        out.write(15, 4);
        out.write(sample_rate, 24);
    } else {
        out.write(u32::from(rate_index), 4);
    }
    out.write(u32::from(channel_config), 4);
    // GASpecificConfig: 1024-frame windows, no core dependency, no extension.
    out.write(0, 3);
    cfg.extend_from_slice(&out.finish());
    Some(AscInfo {
        object_type,
        core_object_type: core,
        sample_rate,
        channel_config,
        decoder_config: cfg,
    })
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    bits: usize,
}

impl BitWriter {
    fn write(&mut self, v: u32, n: usize) {
        for i in (0..n).rev() {
            if self.bits.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = ((v >> i) & 1) as u8;
            let last = self.bytes.len() - 1;
            self.bytes[last] |= bit << (7 - self.bits % 8);
            self.bits += 1;
        }
    }

    fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// Decoder parameters for AAC described by an AudioSpecificConfig (HE-AAC rewritten to its
/// core); `None` when the config cannot be parsed.
pub fn aac_params(asc: &[u8]) -> Option<(AudioCodecParameters, AscInfo)> {
    let info = parse_asc(asc)?;
    let mut p = AudioCodecParameters::new();
    p.for_codec(CODEC_ID_AAC)
        .with_sample_rate(info.sample_rate)
        .with_extra_data(info.decoder_config.clone().into_boxed_slice());
    if let Some(ch) = aac_channels(info.channel_config) {
        p.with_channels(ch);
    }
    Some((p, info))
}

/// Channel layout of an AAC channel configuration (ISO 14496-3 table 1.19); `None` for 0
/// (layout given in-band by a program config element) and reserved values.
fn aac_channels(config: u8) -> Option<Channels> {
    use symphonia::core::audio::Position as P;
    let front = P::FRONT_LEFT | P::FRONT_RIGHT;
    let pos = match config {
        1 => P::FRONT_CENTER,
        2 => front,
        3 => P::FRONT_CENTER | front,
        4 => P::FRONT_CENTER | front | P::REAR_CENTER,
        5 => P::FRONT_CENTER | front | P::REAR_LEFT | P::REAR_RIGHT,
        6 => P::FRONT_CENTER | front | P::REAR_LEFT | P::REAR_RIGHT | P::LFE1,
        7 => {
            P::FRONT_CENTER
                | front
                | P::SIDE_LEFT
                | P::SIDE_RIGHT
                | P::REAR_LEFT
                | P::REAR_RIGHT
                | P::LFE1
        }
        _ => return None,
    };
    Some(Channels::Positioned(pos))
}

/// Length of an ID3v2 tag at the start of `b` (header included), if there is one.
pub fn id3v2_len(b: &[u8]) -> Option<usize> {
    if b.len() < 10 || &b[..3] != b"ID3" {
        return None;
    }
    let size = b[6..10]
        .iter()
        .fold(0usize, |acc, &x| (acc << 7) | usize::from(x & 0x7F));
    let footer = if b[5] & 0x10 != 0 { 10 } else { 0 };
    Some(10 + size + footer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adts_header_round_trips_to_an_asc() {
        // 44.1 kHz stereo AAC-LC, 371-byte frame, no CRC.
        let h = [0xFF, 0xF1, 0x50, 0x80, 0x2E, 0x7F, 0xFC];
        let a = AdtsHeader::parse(&h).unwrap();
        assert_eq!(
            (a.object_type, a.sample_rate(), a.channel_config),
            (2, 44100, 2)
        );
        assert_eq!(a.frame_len, 371);
        assert_eq!(a.audio_specific_config(), [0x12, 0x10]);
        assert!(AdtsHeader::parse(&[0xFF, 0xF1, 0x50]).is_none());
        assert!(AdtsHeader::parse(&[0xFF, 0xF1, 0x7C, 0x80, 0x2E, 0x7F, 0xFC]).is_none());
    }

    #[test]
    fn mpeg_audio_frame_lengths() {
        // MPEG-1 layer 3, 128 kbit/s, 44.1 kHz, no padding: 417 bytes.
        let h = MpaHeader::parse(&[0xFF, 0xFB, 0x90, 0x00]).unwrap();
        assert_eq!(
            (h.layer, h.sample_rate, h.frame_len, h.samples),
            (3, 44100, 417, 1152)
        );
        // MPEG-2 layer 3, 64 kbit/s, 22.05 kHz, mono.
        let h = MpaHeader::parse(&[0xFF, 0xF3, 0x80, 0xC0]).unwrap();
        assert_eq!((h.sample_rate, h.channels, h.samples), (22050, 1, 576));
        assert_eq!(h.frame_len, 72 * 64_000 / 22050);
        assert!(
            MpaHeader::parse(&[0xFF, 0xFB, 0x00, 0x00]).is_none(),
            "free format"
        );
    }

    #[test]
    fn explicit_he_aac_is_rewritten_to_its_lc_core() {
        // AOT 5, 22.05 kHz core, stereo, extension 44.1 kHz, core AOT 2.
        let mut w = BitWriter::default();
        w.write(5, 5);
        w.write(7, 4);
        w.write(2, 4);
        w.write(4, 4);
        w.write(2, 5);
        w.write(0, 3);
        let asc = w.finish();
        let info = parse_asc(&asc).unwrap();
        assert_eq!(
            (info.object_type, info.core_object_type, info.sample_rate),
            (5, 2, 22050)
        );
        let core = parse_asc(&info.decoder_config).unwrap();
        assert_eq!(
            (core.object_type, core.sample_rate, core.channel_config),
            (2, 22050, 2)
        );
        assert_eq!(info.decoder_config, vec![0x13, 0x90]);
        // Plain LC passes through untouched.
        assert_eq!(
            parse_asc(&[0x12, 0x10]).unwrap().decoder_config,
            vec![0x12, 0x10]
        );
        assert!(parse_asc(&[0x12]).is_none());
    }

    #[test]
    fn id3_length() {
        let mut tag = b"ID3\x04\x00\x00\x00\x00\x01\x01".to_vec();
        tag.resize(10 + 129, 0);
        assert_eq!(id3v2_len(&tag), Some(139));
        assert_eq!(id3v2_len(b"ID3"), None);
    }
}
