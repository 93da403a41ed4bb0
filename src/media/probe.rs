//! Opens a local file: recognises the container with symphonia's probe, picks the audio track,
//! and builds the demuxer and decoder for it.

use std::fs::File;
use std::io::{self, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use symphonia::core::codecs::audio::well_known::CODEC_ID_OPUS;
use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::codecs::CodecParameters;
use symphonia::core::common::Limit;
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::well_known::*;
use symphonia::core::formats::{FormatId, FormatOptions, FormatReader, Track};
use symphonia::core::io::{
    MediaSource, MediaSourceStream, MediaSourceStreamOptions, ReadOnlySource,
};
use symphonia::core::meta::MetadataOptions;
use symphonia::core::units::TimeBase;

use super::bytes::PeekReader;
use super::decode::PacketDecoder;
use super::decode::{codec_name, NewDecoderError, SymphoniaDecoder, MAX_CHANNELS};
use super::demux::{Demuxer, Edits, SymphoniaDemuxer, TrackInfo};
use super::mp4;
use super::opus::OpusDecoder;
use super::resample::{MAX_SOURCE_RATE, MIN_SOURCE_RATE};
use super::stream::panic_message;
use super::{MediaError, MediaInfo};

/// Tags and pictures larger than this are skipped rather than read into memory.
const METADATA_LIMIT: usize = 1 << 20;

/// The pieces of an opened recording before resampling: what it is, its packets and a decoder
/// producing mono frames at the source rate. Evidence clips are cut from these so they keep
/// the recording's own sample rate.
pub struct OpenedParts {
    /// Container, codec, source rate, channels, declared duration.
    pub info: MediaInfo,
    /// Packets of the chosen audio track with their timestamps.
    pub demuxer: Box<dyn Demuxer>,
    /// Decoder for that track (mono frames at the source rate).
    pub decoder: Box<dyn PacketDecoder>,
}

impl OpenedParts {
    /// The 16 kHz stream over what was opened; `path` names it in errors.
    pub fn into_stream(self, path: &Path) -> super::AudioStream {
        super::AudioStream::from_parts(path, self.info, self.demuxer, self.decoder)
    }
}

/// Bytes looked at to recognise FLV, MPEG-TS and HLS playlists.
const SNIFF_BYTES: usize = 1024;

/// What the first bytes of an input say it is, for the containers symphonia does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// An FLV file.
    Flv,
    /// An MPEG transport stream.
    MpegTs,
    /// An HLS playlist (text).
    Playlist,
    /// Anything else: left to symphonia's probe.
    Other,
}

/// Recognises FLV, MPEG-TS and HLS playlists from an input's first bytes.
pub fn sniff(head: &[u8]) -> Sniffed {
    if head.starts_with(b"FLV") {
        Sniffed::Flv
    } else if super::m3u8::looks_like_playlist(head) {
        Sniffed::Playlist
    } else if (0..188.min(head.len())).any(|i| super::mpegts::sniff(&head[i..]).is_some()) {
        Sniffed::MpegTs
    } else {
        Sniffed::Other
    }
}

/// Checks that `path` is a non-empty file and recognises it from its first bytes.
pub fn sniff_file(path: &Path) -> Result<Sniffed, MediaError> {
    let meta = std::fs::metadata(path).map_err(|e| MediaError::from_io(path, e))?;
    if meta.is_dir() {
        return Err(MediaError::Io {
            path: path.to_path_buf(),
            source: io::Error::new(io::ErrorKind::IsADirectory, "is a directory, not a file"),
        });
    }
    if meta.len() == 0 {
        return Err(MediaError::Empty {
            path: path.to_path_buf(),
        });
    }
    let file = File::open(path).map_err(|e| MediaError::from_io(path, e))?;
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&file)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| MediaError::from_io(path, e))?;
    Ok(sniff(&head))
}

/// Opens the local recording `path`, which [`sniff_file`] found to be `sniffed`: picks its
/// audio track and builds demuxer and decoder. A playlist is refused here: its segments are
/// opened by `super::hls` (see [`super::open_parts`]).
pub fn open_file_parts(path: &Path, sniffed: Sniffed) -> Result<OpenedParts, MediaError> {
    match sniffed {
        Sniffed::Playlist => return Err(playlist_refused(path)),
        Sniffed::Flv | Sniffed::MpegTs => {
            let file = File::open(path).map_err(|e| MediaError::from_io(path, e))?;
            let reader = io::BufReader::with_capacity(1 << 16, file);
            return open_stream_parts(Box::new(reader), path);
        }
        Sniffed::Other => {}
    }
    let file = File::open(path).map_err(|e| MediaError::from_io(path, e))?;
    let claimed_len = mp4::declared_end(path);
    let source: Box<dyn MediaSource> = match claimed_len {
        Some(claimed) => Box::new(mp4::ClaimedLength::new(file, claimed)),
        None => Box::new(file),
    };
    symphonia_parts(source, path, claimed_len.is_some(), true)
}

/// Opens a byte stream (no seeking): FLV and MPEG-TS by our demuxers, the rest by symphonia.
/// An HLS playlist is refused here: it needs a fetcher for its segments (see `crate::source`).
pub fn open_stream_parts(
    reader: Box<dyn Read + Send>,
    path: &Path,
) -> Result<OpenedParts, MediaError> {
    let mut r = PeekReader::new(reader);
    let head = r
        .peek(SNIFF_BYTES)
        .map_err(|e| MediaError::from_io(path, e))?
        .to_vec();
    if head.is_empty() {
        return Err(MediaError::Empty {
            path: path.to_path_buf(),
        });
    }
    match sniff(&head) {
        Sniffed::Flv => {
            let (info, d) = super::flv::FlvDemuxer::open(r, path)?;
            with_decoder(path, info, Box::new(d))
        }
        Sniffed::MpegTs => {
            let (info, d) = super::mpegts::TsDemuxer::open(r, path)?;
            with_decoder(path, info, Box::new(d))
        }
        Sniffed::Playlist => Err(playlist_refused(path)),
        Sniffed::Other => {
            let source = Box::new(ReadOnlySource::new(SyncRead(std::sync::Mutex::new(r))));
            symphonia_parts(source, path, false, false)
        }
    }
}

/// An HLS playlist where a recording was expected: a playlist needs a fetcher for its segments.
fn playlist_refused(path: &Path) -> MediaError {
    MediaError::Malformed {
        path: path.to_path_buf(),
        container: "hls".into(),
        detail: "an HLS playlist inside a stream (a playlist cannot be a segment)".into(),
    }
}

/// A reader made `Sync` (symphonia's sources must be) by a mutex nobody else ever takes.
struct SyncRead(std::sync::Mutex<PeekReader>);

impl Read for SyncRead {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0
            .get_mut()
            .map_err(|_| io::Error::other("reader poisoned"))?
            .read(buf)
    }
}

/// Opens a recording held in memory (an HLS fMP4 segment with its init section), seekable.
pub fn open_bytes_parts(bytes: Vec<u8>, path: &Path) -> Result<OpenedParts, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::Empty {
            path: path.to_path_buf(),
        });
    }
    match sniff(&bytes[..bytes.len().min(SNIFF_BYTES)]) {
        Sniffed::Other => symphonia_parts(Box::new(io::Cursor::new(bytes)), path, false, false),
        _ => open_stream_parts(Box::new(io::Cursor::new(bytes)), path),
    }
}

/// Adds the decoder for a demuxer of ours.
fn with_decoder(
    path: &Path,
    info: MediaInfo,
    demuxer: Box<dyn Demuxer>,
) -> Result<OpenedParts, MediaError> {
    let decoder = make_decoder(path, &info.container, &demuxer.track().params)?;
    Ok(OpenedParts {
        info,
        demuxer,
        decoder,
    })
}

/// The decoder for `params`: symphonia's, or ours for Opus.
pub fn make_decoder(
    path: &Path,
    container: &str,
    params: &AudioCodecParameters,
) -> Result<Box<dyn PacketDecoder>, MediaError> {
    if params.codec == CODEC_ID_OPUS {
        return OpusDecoder::new(params)
            .map(|d| Box::new(d) as Box<dyn PacketDecoder>)
            .map_err(|detail| MediaError::Malformed {
                path: path.to_path_buf(),
                container: container.to_string(),
                detail: format!("opus: {detail}"),
            });
    }
    let decoder = catch_unwind(AssertUnwindSafe(|| SymphoniaDecoder::new(params)))
        .unwrap_or_else(|panic| {
            Err(NewDecoderError::BadParams(format!(
                "decoder setup crashed ({})",
                panic_message(&*panic)
            )))
        })
        .map_err(|e| match e {
            NewDecoderError::Unsupported(codec) => MediaError::UnsupportedCodec {
                path: path.to_path_buf(),
                container: container.to_string(),
                codec,
            },
            NewDecoderError::BadParams(detail) => MediaError::Malformed {
                path: path.to_path_buf(),
                container: container.to_string(),
                detail,
            },
        })?;
    Ok(Box::new(decoder))
}

/// symphonia's probe and reader over `source`. `cut_short`: an MP4 whose media runs past the
/// end of the file; `local`: `path` is a real file (its MP4 edit list can be read).
fn symphonia_parts(
    source: Box<dyn MediaSource>,
    path: &Path,
    cut_short: bool,
    local: bool,
) -> Result<OpenedParts, MediaError> {
    let reader = probe_format(source, path, cut_short)?;
    let container = container_name(reader.format_info().format, reader.format_info().short_name);

    let track = pick_track(path, &*reader, &container)?;
    let track_id = track.id;
    let Some(CodecParameters::Audio(params)) = track.codec_params.clone() else {
        unreachable!("pick_track only returns audio tracks")
    };
    let codec = codec_name(params.codec);
    let (channels, sample_rate) = check_layout(path, &params)?;
    let decoder = make_decoder(path, &container, &params)?;

    let time_base = track
        .time_base
        .or_else(|| params.sample_rate.and_then(TimeBase::try_from_recip))
        .ok_or_else(|| MediaError::Malformed {
            path: path.to_path_buf(),
            container: container.clone(),
            detail: "the audio track has neither a time base nor a sample rate".into(),
        })?;
    let mut duration_ms = declared_ms(&track, time_base, sample_rate);
    let mut origin_ts = None;
    let mut edits = Edits::default();
    if container == "mp4" && local {
        if let Some(edit) = mp4_edit(path, time_base) {
            edits = edit.edits;
            origin_ts = Some(edit.origin_ts);
            duration_ms = edit.duration_ms.or(duration_ms);
        }
    }

    let info = MediaInfo {
        container: container.clone(),
        codec,
        sample_rate,
        channels: channels as u32,
        duration_ms,
    };
    let track_info = TrackInfo {
        container,
        params,
        time_base,
        origin_ts,
        duration_ms,
    };
    let demuxer = SymphoniaDemuxer::new(reader, track_id, track_info, edits);
    Ok(OpenedParts {
        info,
        demuxer: Box::new(demuxer),
        decoder,
    })
}

/// symphonia's probe over `source`, hinted by `path`'s extension: the format reader, or an
/// error that says what is wrong with the input (also when the parser panics).
fn probe_format(
    source: Box<dyn MediaSource>,
    path: &Path,
    cut_short: bool,
) -> Result<Box<dyn FormatReader>, MediaError> {
    let mss = MediaSourceStream::new(source, MediaSourceStreamOptions::default());

    let mut hint = Hint::new();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if let Some(ext) = &ext {
        hint.with_extension(ext);
    }
    let meta_opts = MetadataOptions::default()
        .limit_tag_bytes(Limit::Maximum(METADATA_LIMIT))
        .limit_visual_bytes(Limit::Maximum(METADATA_LIMIT));
    let probed = catch_unwind(AssertUnwindSafe(|| {
        symphonia::default::get_probe().probe(&hint, mss, FormatOptions::default(), meta_opts)
    }));
    match probed {
        Ok(result) => result.map_err(|e| probe_error(path, ext.as_deref(), cut_short, e)),
        Err(panic) => Err(MediaError::Malformed {
            path: path.to_path_buf(),
            container: ext.unwrap_or_else(|| "media".into()),
            detail: format!(
                "the container parser crashed on damaged data ({})",
                panic_message(&*panic)
            ),
        }),
    }
}

/// Channel count and sample rate of the chosen track, refused when outside what the decode
/// and resampling handle.
fn check_layout(path: &Path, params: &AudioCodecParameters) -> Result<(usize, u32), MediaError> {
    let channels = params.channels.as_ref().map(|c| c.count()).unwrap_or(0);
    if channels > MAX_CHANNELS {
        return Err(MediaError::Unsupported {
            path: path.to_path_buf(),
            detail: format!("{channels} channels"),
        });
    }
    let sample_rate = params.sample_rate.unwrap_or(0);
    if sample_rate != 0 && !(MIN_SOURCE_RATE..=MAX_SOURCE_RATE).contains(&sample_rate) {
        return Err(MediaError::Unsupported {
            path: path.to_path_buf(),
            detail: format!(
                "sample rate {sample_rate} Hz (accepted: {MIN_SOURCE_RATE}–{MAX_SOURCE_RATE} Hz)"
            ),
        });
    }
    Ok((channels, sample_rate))
}

/// An MP4 audio edit list in the track's time base: what to drop, where the timeline starts,
/// and the duration it declares.
struct Mp4Edit {
    edits: Edits,
    origin_ts: i64,
    duration_ms: Option<u64>,
}

/// The audio edit list of the MP4 file `path`, converted to `time_base`, if it has one.
fn mp4_edit(path: &Path, time_base: TimeBase) -> Option<Mp4Edit> {
    let edit = mp4::read_audio_edit(path)?;
    // Edit times are in the media time scale; symphonia's track time base is the same
    // (1 / mdhd timescale) for MP4, but convert to be safe.
    let conv = |ticks: i64| -> i64 {
        rescale(
            ticks,
            TimeBase::try_from_recip(edit.timescale).unwrap_or(time_base),
            time_base,
        )
    };
    let start = conv(edit.media_time);
    let edits = Edits {
        media_start: Some(start),
        media_end: edit
            .duration
            .map(|d| start.saturating_add(conv(d.min(i64::MAX as u64) as i64))),
    };
    let origin_ts = start.saturating_sub(conv(edit.lead.min(i64::MAX as u64) as i64));
    let duration_ms = edit.duration.map(|d| {
        ((u128::from(d) + u128::from(edit.lead)) * 1000 / u128::from(edit.timescale)) as u64
    });
    Some(Mp4Edit {
        edits,
        origin_ts,
        duration_ms,
    })
}

/// Chooses the audio track: the default/first one symphonia can decode, else the first audio
/// track (so its codec is named in the error), else none.
fn pick_track(
    path: &Path,
    reader: &dyn FormatReader,
    container: &str,
) -> Result<Track, MediaError> {
    let audio: Vec<&Track> = reader
        .tracks()
        .iter()
        .filter(|t| matches!(t.codec_params, Some(CodecParameters::Audio(_))))
        .collect();
    let registry = symphonia::default::get_codecs();
    let decodable = |t: &Track| match &t.codec_params {
        Some(CodecParameters::Audio(p)) => {
            p.codec == CODEC_ID_OPUS || registry.get_audio_decoder(p.codec).is_some()
        }
        _ => false,
    };
    audio
        .iter()
        .find(|t| {
            t.flags
                .contains(symphonia::core::formats::TrackFlags::DEFAULT)
                && decodable(t)
        })
        .or_else(|| audio.iter().find(|t| decodable(t)))
        .or_else(|| audio.first())
        .map(|t| (*t).clone())
        .ok_or_else(|| MediaError::NoAudioTrack {
            path: path.to_path_buf(),
            container: container.to_string(),
        })
}

/// Short container name for [`MediaInfo::container`].
fn container_name(id: FormatId, short_name: &str) -> String {
    let name = match id {
        FORMAT_ID_WAVE => "wav",
        FORMAT_ID_AIFF => "aiff",
        FORMAT_ID_CAF => "caf",
        FORMAT_ID_MP1 => "mp1",
        FORMAT_ID_MP2 => "mp2",
        FORMAT_ID_MP3 => "mp3",
        FORMAT_ID_ADTS => "adts",
        FORMAT_ID_OGG => "ogg",
        FORMAT_ID_FLAC => "flac",
        FORMAT_ID_ISOMP4 => "mp4",
        FORMAT_ID_MKV => "mkv",
        FORMAT_ID_FLV => "flv",
        _ => short_name,
    };
    name.to_string()
}

/// Declared duration of `track` in milliseconds, if the container states one.
fn declared_ms(track: &Track, time_base: TimeBase, sample_rate: u32) -> Option<u64> {
    if let Some(dur) = track.duration {
        let t = time_base.calc_duration(dur)?;
        return u64::try_from(t.as_millis()).ok();
    }
    let frames = track.num_frames?;
    (sample_rate > 0).then(|| (u128::from(frames) * 1000 / u128::from(sample_rate)) as u64)
}

/// Converts `ticks` from time base `from` to time base `to` (rounding to nearest).
fn rescale(ticks: i64, from: TimeBase, to: TimeBase) -> i64 {
    if from == to {
        return ticks;
    }
    let num = i128::from(ticks) * i128::from(from.numer.get()) * i128::from(to.denom.get());
    let den = i128::from(from.denom.get()) * i128::from(to.numer.get());
    (num.div_euclid(den) + i128::from(2 * num.rem_euclid(den) >= den))
        .clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// Maps a probe failure to an error that says what is wrong with the file.
///
/// `cut_short` says the file is an MP4 whose media data runs past its end.
fn probe_error(path: &Path, ext: Option<&str>, cut_short: bool, e: SymError) -> MediaError {
    let path = path.to_path_buf();
    let container = ext.unwrap_or("media").to_string();
    match e {
        SymError::IoError(e) if cut_short && e.kind() == io::ErrorKind::UnexpectedEof => MediaError::Malformed {
            path,
            container: "mp4".into(),
            detail: "the file was cut short before its index (moov box) was written; none of it can be decoded"
                .into(),
        },
        SymError::IoError(e) if e.kind() == io::ErrorKind::UnexpectedEof => MediaError::UnknownFormat {
            path,
            detail: "the file ends before any known audio format could be recognised".into(),
        },
        SymError::IoError(source) => MediaError::Io { path, source },
        SymError::Unsupported(msg) if msg.starts_with("core (probe)") => MediaError::UnknownFormat {
            path,
            detail: "no known container signature (random or non-media bytes?)".into(),
        },
        SymError::Unsupported(msg) if msg.contains("missing moov") => MediaError::Malformed {
            path,
            container,
            detail: "the MP4 index (moov box) is missing; the file was probably cut short while being written".into(),
        },
        SymError::Unsupported(msg) => MediaError::Malformed { path, container, detail: format!("unsupported: {msg}") },
        SymError::DecodeError(msg) => MediaError::Malformed { path, container, detail: msg.to_string() },
        SymError::LimitError(msg) => MediaError::Malformed { path, container, detail: format!("limit exceeded: {msg}") },
        other => MediaError::Malformed { path, container, detail: other.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rescale_rounds_between_time_bases() {
        let ms = TimeBase::try_new(1, 1000).unwrap();
        let s44 = TimeBase::try_from_recip(44_100).unwrap();
        assert_eq!(rescale(1000, ms, s44), 44_100);
        assert_eq!(rescale(44_100, s44, ms), 1000);
        assert_eq!(rescale(-1024, s44, s44), -1024);
        assert_eq!(rescale(22, s44, ms), 0);
        assert_eq!(rescale(23, s44, ms), 1);
    }
}
