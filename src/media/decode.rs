//! Packet decoders: turn one compressed packet into mono f32 frames at the source rate.
//!
//! [`PacketDecoder`] is the seam for codecs outside symphonia (Opus comes later); the symphonia
//! implementation covers AAC, MP3, FLAC, Vorbis and PCM. Every decoder follows the symphonia
//! packet convention: the first frame it outputs for a packet sits at `pts + trim_start` in the
//! track's time base, with `trim_start`/`trim_end` frames (encoder priming and padding)
//! removed.

use symphonia::core::audio::GenericAudioBufferRef;
use symphonia::core::codecs::audio::well_known::*;
use symphonia::core::codecs::audio::{
    AudioCodecId, AudioCodecParameters, AudioDecoder, AudioDecoderOptions, CODEC_ID_NULL_AUDIO,
};
use symphonia::core::errors::Error as SymError;
use symphonia::core::packet::Packet;

/// Most channels a decoded stream may have; more means a damaged header.
pub const MAX_CHANNELS: usize = 64;

/// What decoding one packet produced (the frames themselves were appended to the caller's Vec).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoded {
    /// Sample rate of the frames, from the decoded audio itself.
    pub rate: u32,
    /// Channels that were averaged into each mono frame.
    pub channels: u32,
    /// Mono frames appended.
    pub frames: usize,
}

/// Why one packet did not decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PacketFailure {
    /// The packet is damaged; skip it and carry on with the next.
    Damaged(String),
    /// The decoder cannot go on (unsupported feature met mid-stream, broken state).
    Fatal(String),
}

/// Decodes packets of one audio track to mono f32 frames at the source rate.
pub trait PacketDecoder: Send {
    /// Short codec name for reports ("aac", "mp3", "pcm", "flac", "vorbis", "opus").
    fn codec_name(&self) -> &str;

    /// Decodes `packet` and appends its frames, downmixed to mono and trimmed per
    /// `packet.trim_start` / `packet.trim_end`, to `out`.
    fn decode(&mut self, packet: &Packet, out: &mut Vec<f32>) -> Result<Decoded, PacketFailure>;

    /// Switches to new codec parameters mid-stream (an FLV sequence header or an HLS segment
    /// that changes the AAC configuration). The default refuses, ending the stream there.
    fn reconfigure(&mut self, params: &AudioCodecParameters) -> Result<(), PacketFailure> {
        let _ = params;
        Err(PacketFailure::Fatal(format!(
            "the {} stream changed its parameters mid-stream",
            self.codec_name()
        )))
    }
}

/// Short, stable name of a symphonia codec id, used in [`super::MediaInfo::codec`] and errors.
pub fn codec_name(id: AudioCodecId) -> String {
    let pcm = [
        CODEC_ID_PCM_S32LE,
        CODEC_ID_PCM_S32LE_PLANAR,
        CODEC_ID_PCM_S32BE,
        CODEC_ID_PCM_S32BE_PLANAR,
        CODEC_ID_PCM_S24LE,
        CODEC_ID_PCM_S24LE_PLANAR,
        CODEC_ID_PCM_S24BE,
        CODEC_ID_PCM_S24BE_PLANAR,
        CODEC_ID_PCM_S16LE,
        CODEC_ID_PCM_S16LE_PLANAR,
        CODEC_ID_PCM_S16BE,
        CODEC_ID_PCM_S16BE_PLANAR,
        CODEC_ID_PCM_S8,
        CODEC_ID_PCM_S8_PLANAR,
        CODEC_ID_PCM_U32LE,
        CODEC_ID_PCM_U32LE_PLANAR,
        CODEC_ID_PCM_U32BE,
        CODEC_ID_PCM_U32BE_PLANAR,
        CODEC_ID_PCM_U24LE,
        CODEC_ID_PCM_U24LE_PLANAR,
        CODEC_ID_PCM_U24BE,
        CODEC_ID_PCM_U24BE_PLANAR,
        CODEC_ID_PCM_U16LE,
        CODEC_ID_PCM_U16LE_PLANAR,
        CODEC_ID_PCM_U16BE,
        CODEC_ID_PCM_U16BE_PLANAR,
        CODEC_ID_PCM_U8,
        CODEC_ID_PCM_U8_PLANAR,
        CODEC_ID_PCM_F32LE,
        CODEC_ID_PCM_F32LE_PLANAR,
        CODEC_ID_PCM_F32BE,
        CODEC_ID_PCM_F32BE_PLANAR,
        CODEC_ID_PCM_F64LE,
        CODEC_ID_PCM_F64LE_PLANAR,
        CODEC_ID_PCM_F64BE,
        CODEC_ID_PCM_F64BE_PLANAR,
    ];
    let name = match id {
        _ if pcm.contains(&id) => "pcm",
        CODEC_ID_PCM_ALAW => "pcm_alaw",
        CODEC_ID_PCM_MULAW => "pcm_mulaw",
        CODEC_ID_ADPCM_G722
        | CODEC_ID_ADPCM_G726
        | CODEC_ID_ADPCM_G726LE
        | CODEC_ID_ADPCM_MS
        | CODEC_ID_ADPCM_IMA_WAV
        | CODEC_ID_ADPCM_IMA_QT => "adpcm",
        CODEC_ID_AAC => "aac",
        CODEC_ID_MP1 => "mp1",
        CODEC_ID_MP2 => "mp2",
        CODEC_ID_MP3 => "mp3",
        CODEC_ID_FLAC => "flac",
        CODEC_ID_VORBIS => "vorbis",
        CODEC_ID_OPUS => "opus",
        CODEC_ID_SPEEX => "speex",
        CODEC_ID_AC3 => "ac3",
        CODEC_ID_EAC3 => "eac3",
        CODEC_ID_DCA => "dts",
        CODEC_ID_ALAC => "alac",
        CODEC_ID_WMA => "wma",
        CODEC_ID_WAVPACK => "wavpack",
        CODEC_ID_TRUEHD => "truehd",
        CODEC_ID_NULL_AUDIO => "none",
        other => return format!("codec {other}"),
    };
    name.to_string()
}

/// A symphonia audio decoder behind [`PacketDecoder`].
pub struct SymphoniaDecoder {
    inner: Box<dyn AudioDecoder>,
    name: String,
    planes: Vec<Vec<f32>>,
}

impl SymphoniaDecoder {
    /// Makes a decoder for `params` from symphonia's default registry; `Err` carries the codec
    /// name when no decoder is built in, or the decoder's complaint about the parameters.
    pub fn new(params: &AudioCodecParameters) -> Result<Self, NewDecoderError> {
        let name = codec_name(params.codec);
        let registry = symphonia::default::get_codecs();
        if registry.get_audio_decoder(params.codec).is_none() {
            return Err(NewDecoderError::Unsupported(name));
        }
        // Gapless: decoders that know how (MP3, Vorbis) trim priming/padding themselves; the rest
        // are trimmed in `decode` below.
        let opts = AudioDecoderOptions::default().gapless(true);
        let params = &core_params(params);
        let inner = registry
            .make_audio_decoder(params, &opts)
            .map_err(|e| NewDecoderError::BadParams(format!("{name}: {e}")))?;
        Ok(SymphoniaDecoder {
            inner,
            name,
            planes: Vec::new(),
        })
    }
}

/// symphonia's AAC decoder refuses explicitly signalled HE-AAC (object type 5 or 29); such a
/// stream's AAC-LC core decodes fine (band-limited, at the core rate), so the configuration is
/// rewritten to describe the core.
fn core_params(params: &AudioCodecParameters) -> AudioCodecParameters {
    let mut p = params.clone();
    if p.codec == CODEC_ID_AAC {
        if let Some(info) = p.extra_data.as_deref().and_then(super::esparse::parse_asc) {
            if info.object_type != info.core_object_type {
                p.sample_rate = Some(info.sample_rate);
                p.extra_data = Some(info.decoder_config.into_boxed_slice());
            }
        }
    }
    p
}

/// Why [`SymphoniaDecoder::new`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewDecoderError {
    /// No decoder for this codec is built in; carries the codec name.
    Unsupported(String),
    /// The decoder rejected the stream's parameters.
    BadParams(String),
}

impl PacketDecoder for SymphoniaDecoder {
    fn codec_name(&self) -> &str {
        &self.name
    }

    fn decode(&mut self, packet: &Packet, out: &mut Vec<f32>) -> Result<Decoded, PacketFailure> {
        let buf = match self.inner.decode(packet) {
            Ok(buf) => buf,
            Err(SymError::DecodeError(msg)) => return Err(PacketFailure::Damaged(msg.to_string())),
            Err(SymError::IoError(e)) => {
                return Err(PacketFailure::Damaged(format!("packet ends early: {e}")))
            }
            Err(SymError::LimitError(msg)) => {
                return Err(PacketFailure::Damaged(format!("limit reached: {msg}")))
            }
            Err(e) => return Err(PacketFailure::Fatal(e.to_string())),
        };
        let rate = buf.spec().rate();
        let channels = buf.num_planes();
        if channels == 0 || channels > MAX_CHANNELS {
            return Err(PacketFailure::Damaged(format!(
                "decoded audio has {channels} channels"
            )));
        }
        let (skip, keep) = frames_to_keep(packet, buf.frames());
        copy_planes(&buf, &mut self.planes);
        downmix_into(&self.planes, skip, keep, out);
        Ok(Decoded {
            rate,
            channels: channels as u32,
            frames: keep,
        })
    }

    fn reconfigure(&mut self, params: &AudioCodecParameters) -> Result<(), PacketFailure> {
        *self = SymphoniaDecoder::new(params).map_err(|e| {
            PacketFailure::Fatal(match e {
                NewDecoderError::Unsupported(c) => format!("the stream switched to codec {c}"),
                NewDecoderError::BadParams(d) => d,
            })
        })?;
        Ok(())
    }
}

/// Which of the `frames` a decoder returned for `packet` are audio: `(skip, keep)`.
///
/// Decoders that applied the packet's trims themselves return exactly `dur` frames; the others
/// return the whole block, trimmed here. A decoder that returns more than the packet's stated
/// block (the last AAC frame in MP4 is stated shorter than the 1024 it decodes to) is cut to
/// the stated length; a stated length of 0 (unknown, as in Matroska) keeps everything.
pub fn frames_to_keep(packet: &Packet, frames: usize) -> (usize, usize) {
    let (trim_start, trim_end) = (packet.trim_start.get(), packet.trim_end.get());
    let (dur, block) = (packet.dur.get(), packet.block_dur().get());
    if trim_start + trim_end > 0 && frames as u64 == dur {
        return (0, frames);
    }
    let skip = (trim_start.min(frames as u64)) as usize;
    let mut keep = (frames - skip).saturating_sub(trim_end.min(usize::MAX as u64) as usize);
    if block > 0 && frames as u64 > block {
        keep = keep.min(dur.min(usize::MAX as u64) as usize);
    }
    (skip, keep)
}

fn copy_planes(buf: &GenericAudioBufferRef<'_>, planes: &mut Vec<Vec<f32>>) {
    buf.copy_to_vecs_planar::<f32>(planes);
}

/// Appends the average of `planes` over frames `skip..skip + len` to `out` (mono downmix).
pub fn downmix_into(planes: &[Vec<f32>], skip: usize, len: usize, out: &mut Vec<f32>) {
    match planes {
        [] => {}
        [mono] => out.extend_from_slice(&mono[skip..skip + len]),
        [left, right] => out.extend(
            left[skip..skip + len]
                .iter()
                .zip(&right[skip..skip + len])
                .map(|(l, r)| 0.5 * (l + r)),
        ),
        many => {
            let scale = 1.0 / many.len() as f32;
            let start = out.len();
            out.extend_from_slice(&many[0][skip..skip + len]);
            for plane in &many[1..] {
                for (o, s) in out[start..].iter_mut().zip(&plane[skip..skip + len]) {
                    *o += s;
                }
            }
            out[start..].iter_mut().for_each(|o| *o *= scale);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn downmix_averages_channels() {
        let mut out = vec![9.0];
        downmix_into(&[vec![1.0, 0.5, -1.0], vec![0.0, 0.5, 1.0]], 0, 3, &mut out);
        assert_eq!(out, vec![9.0, 0.5, 0.5, 0.0]);
        let mut out = Vec::new();
        downmix_into(
            &[
                vec![0.3, 0.6, 0.9],
                vec![0.0, 0.0, 0.0],
                vec![0.3, 0.0, 0.3],
            ],
            1,
            2,
            &mut out,
        );
        assert!(
            (out[0] - 0.2).abs() < 1e-6 && (out[1] - 0.4).abs() < 1e-6,
            "{out:?}"
        );
        let mut out = Vec::new();
        downmix_into(&[vec![0.1, 0.2, 0.3]], 1, 1, &mut out);
        assert_eq!(out, vec![0.2]);
    }

    #[test]
    fn anti_phase_stereo_cancels() {
        let left: Vec<f32> = (0..100).map(|i| (i as f32).sin()).collect();
        let right: Vec<f32> = left.iter().map(|v| -v).collect();
        let mut out = Vec::new();
        downmix_into(&[left, right], 0, 100, &mut out);
        assert!(out.iter().all(|v| v.abs() < 1e-7));
    }

    #[test]
    fn trims_are_applied_once() {
        use symphonia::core::units::{Duration, Timestamp};
        let mut p = Packet::new(0, Timestamp::new(0), Duration::new(1024), vec![]);
        assert_eq!(frames_to_keep(&p, 1024), (0, 1024));
        crate::media::demux::set_trims(&mut p, 1024, 0);
        assert_eq!(
            frames_to_keep(&p, 1024),
            (1024, 0),
            "priming packet: decoder did not trim"
        );
        crate::media::demux::set_trims(&mut p, 100, 24);
        assert_eq!(frames_to_keep(&p, 1024), (100, 900), "decoder did not trim");
        assert_eq!(frames_to_keep(&p, 900), (0, 900), "decoder trimmed itself");
        let short_last = Packet::new(0, Timestamp::new(0), Duration::new(408), vec![]);
        assert_eq!(frames_to_keep(&short_last, 1024), (0, 408));
        let unknown = Packet::new(0, Timestamp::new(0), Duration::new(0), vec![]);
        assert_eq!(frames_to_keep(&unknown, 384), (0, 384));
    }

    #[test]
    fn codec_names() {
        assert_eq!(codec_name(CODEC_ID_PCM_S16LE), "pcm");
        assert_eq!(codec_name(CODEC_ID_AAC), "aac");
        assert_eq!(codec_name(CODEC_ID_ADPCM_IMA_WAV), "adpcm");
        assert!(matches!(
            SymphoniaDecoder::new(AudioCodecParameters::new().for_codec(CODEC_ID_OPUS)),
            Err(NewDecoderError::Unsupported(n)) if n == "opus"
        ));
    }
}
