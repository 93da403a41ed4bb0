//! Media stage: opens a recording, decodes its audio track and delivers it as a stream of
//! 16 kHz mono f32 chunks placed on the recording's timeline, ready for Whisper.
//!
//! Pipeline: [`demux::Demuxer`] (container → timestamped packets) → [`decode::PacketDecoder`]
//! (packet → mono frames at the source rate, channels averaged) → [`timeline::Timeline`]
//! (frames → 16 kHz via [`resample::Resampler16k`], positioned by the container timestamps,
//! gaps kept) → [`AudioStream`] (an iterator of [`SampleChunk`]s). Only a chunk or two is held
//! at a time, so a 4-hour recording never sits in memory whole.
//!
//! symphonia reads MP4/M4A, MP3, WAV, FLAC, Ogg, MKV/WebM and ADTS and decodes AAC, MP3, PCM,
//! FLAC and Vorbis. Containers and codecs outside symphonia plug in through
//! [`AudioStream::from_parts`] with their own `Demuxer` / `PacketDecoder`.

pub mod bytes;
pub mod decode;
pub mod demux;
mod error;
pub mod esparse;
pub mod flv;
pub mod follow;
pub mod hls;
pub mod m3u8;
pub mod mp4;
pub mod mpegts;
pub mod opus;
pub mod probe;
pub mod resample;
mod stream;
pub mod timeline;
pub mod uri;

use std::path::Path;

pub use error::MediaError;
pub use stream::AudioStream;
pub use timeline::Gap;

/// Sample rate of everything this module outputs (what Whisper takes).
pub const TARGET_SAMPLE_RATE: u32 = 16_000;

/// What was opened, for reports and the findings document.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MediaInfo {
    /// Container: "mp4", "mp3", "wav", "flac", "ogg", "mkv", "adts" (later "flv", "mpegts").
    pub container: String,
    /// Audio codec: "aac", "mp3", "pcm", "flac", "vorbis".
    pub codec: String,
    /// Source sample rate in Hz.
    pub sample_rate: u32,
    /// Source channel count (downmixed to mono on output).
    pub channels: u32,
    /// Duration the container declares, if it does.
    pub duration_ms: Option<u64>,
}

/// A run of 16 kHz mono samples. `start_sample` is the index of its first sample on the
/// recording's timeline at 16 kHz; when the container timestamps jump, `start_sample` jumps too
/// (gaps stay gaps), so sample `i` of the chunk is at `(start_sample + i) / 16000` s.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleChunk {
    /// Timeline index of `samples[0]`.
    pub start_sample: u64,
    /// Mono samples in −1..1.
    pub samples: Vec<f32>,
}

impl SampleChunk {
    /// Start of the chunk in milliseconds of the recording timeline.
    pub fn start_ms(&self) -> u64 {
        self.start_sample * 1000 / u64::from(TARGET_SAMPLE_RATE)
    }

    /// End (exclusive) of the chunk in milliseconds of the recording timeline.
    pub fn end_ms(&self) -> u64 {
        self.end_sample() * 1000 / u64::from(TARGET_SAMPLE_RATE)
    }

    /// Timeline index one past the last sample.
    pub fn end_sample(&self) -> u64 {
        self.start_sample + self.samples.len() as u64
    }
}

/// Summary of one decode, final once the stream has ended: how much was decoded, whether the
/// input was cut short or damaged, and where the timeline has gaps.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct DecodeReport {
    /// 16 kHz samples of audio delivered (gaps not counted).
    pub decoded_samples: u64,
    /// Timeline position after the last delivered sample (gaps counted).
    pub end_sample: u64,
    /// Duration the container declared, if any.
    pub declared_ms: Option<u64>,
    /// The input ended before its declared end or in the middle of a packet.
    pub truncated: bool,
    /// Why the input counts as truncated.
    pub truncation_detail: Option<String>,
    /// Packets skipped because they would not decode.
    pub decode_errors: u64,
    /// The first such failure, for the log.
    pub first_error: Option<String>,
    /// Gaps in the timeline (the first [`timeline::MAX_LISTED_GAPS`]).
    pub gaps: Vec<Gap>,
    /// Number of gaps in all.
    pub gap_count: u64,
    /// Times the container timestamps went backwards or jumped implausibly far (more than
    /// [`timeline::MAX_GAP`]); the audio was kept contiguous there.
    pub timestamp_discontinuities: u64,
    /// The stream was read to its end (false while still running or after an error).
    pub finished: bool,
    /// What the demuxer found worth a warning: junk skipped, continuity errors, HLS segments
    /// that could not be fetched with the time span they leave empty (the first
    /// [`MAX_NOTES`]).
    pub notes: Vec<String>,
    /// Wall-clock anchors from the container (HLS `EXT-X-PROGRAM-DATE-TIME`): timeline
    /// position → time of day. Empty when the input does not say.
    pub wall_clock: Vec<WallClockAnchor>,
    /// Stretches that could not be heard and why (segments unread or slid off a live
    /// playlist, splices, stalls, a followed stream that stopped without ending), the first
    /// [`MAX_NOTES`].
    pub coverage: Vec<follow::CoverageGap>,
}

/// Most demuxer notes listed in a [`DecodeReport`].
pub const MAX_NOTES: usize = 64;
/// Most wall-clock anchors kept in a [`DecodeReport`].
pub const MAX_WALL_CLOCK_ANCHORS: usize = 1024;

/// A point of the recording's timeline whose wall-clock time the container states.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WallClockAnchor {
    /// Position on the timeline, in milliseconds.
    pub timeline_ms: u64,
    /// Wall-clock time there (RFC 3339).
    pub at: String,
}

impl DecodeReport {
    /// Wall-clock time of timeline position `ms`, from the nearest anchor at or before it (or
    /// the first anchor when `ms` comes before all of them). `None` when there are no anchors.
    pub fn wall_clock_at(&self, ms: u64) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        let anchor = self
            .wall_clock
            .iter()
            .rev()
            .find(|a| a.timeline_ms <= ms)
            .or_else(|| self.wall_clock.first())?;
        let at = chrono::DateTime::parse_from_rfc3339(&anchor.at).ok()?;
        Some(at + chrono::Duration::milliseconds(ms as i64 - anchor.timeline_ms as i64))
    }
}

impl DecodeReport {
    /// Decoded duration: the end of the decoded timeline in milliseconds.
    pub fn decoded_ms(&self) -> u64 {
        self.end_sample * 1000 / u64::from(TARGET_SAMPLE_RATE)
    }

    /// Milliseconds of audio actually delivered (excluding gaps).
    pub fn audio_ms(&self) -> u64 {
        self.decoded_samples * 1000 / u64::from(TARGET_SAMPLE_RATE)
    }

    /// One line per problem worth a warning (truncation, damaged packets, gaps), for people.
    pub fn warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        if self.truncated {
            w.push(format!(
                "input is truncated ({}); decoded {} ms",
                self.truncation_detail.as_deref().unwrap_or("ends early"),
                self.decoded_ms()
            ));
        }
        if self.decode_errors > 0 {
            w.push(format!(
                "{} damaged packet(s) skipped (first: {})",
                self.decode_errors,
                self.first_error.as_deref().unwrap_or("?")
            ));
        }
        if self.gap_count > 0 {
            let listed: Vec<String> = self
                .gaps
                .iter()
                .take(5)
                .map(|g| format!("{}–{} ms", g.start_ms(), g.end_ms()))
                .collect();
            w.push(format!(
                "{} gap(s) in the timeline: {}",
                self.gap_count,
                listed.join(", ")
            ));
        }
        w.extend(self.notes.iter().cloned());
        if self.timestamp_discontinuities > 0 {
            w.push(format!(
                "timestamps broke {} time(s); audio kept contiguous there",
                self.timestamp_discontinuities
            ));
        }
        w
    }
}

/// Opens a local recording for streaming decode. Fails fast (before any audio is decoded) on a
/// missing, empty, unrecognised or unsupported file; damage further in shows up in the report.
pub fn open(path: &Path) -> Result<AudioStream, MediaError> {
    let parts = open_parts(path)?;
    Ok(AudioStream::from_parts(
        path,
        parts.info,
        parts.demuxer,
        parts.decoder,
    ))
}

/// Opens a recording arriving as a byte stream (an http response, a pipe) for streaming
/// decode; `label` names it in errors. FLV and MPEG-TS are read by our demuxers, everything
/// else by symphonia without seeking (so MP4 needs its index before the media data).
pub fn open_reader(
    reader: Box<dyn std::io::Read + Send>,
    label: &Path,
) -> Result<AudioStream, MediaError> {
    let parts = probe::open_stream_parts(reader, label)?;
    Ok(AudioStream::from_parts(
        label,
        parts.info,
        parts.demuxer,
        parts.decoder,
    ))
}

/// Opens a local recording as demuxer + decoder at the source rate, without the 16 kHz
/// resampling of [`open`]; used to cut evidence clips at the recording's own rate.
pub fn open_parts(path: &Path) -> Result<probe::OpenedParts, MediaError> {
    match probe::sniff_file(path)? {
        // A playlist's segments are files beside it, opened one by one.
        probe::Sniffed::Playlist => hls::open_local(path),
        sniffed => probe::open_file_parts(path, sniffed),
    }
}

/// Decodes a whole file into one 16 kHz mono Vec, for tests and short clips. Gaps in the
/// timeline are filled with silence so index `i` is always at `i / 16000` s. Not for long
/// recordings: use [`open`] and consume the chunks.
pub fn decode_all(path: &Path) -> Result<(MediaInfo, Vec<f32>, DecodeReport), MediaError> {
    let mut stream = open(path)?;
    let mut samples = Vec::new();
    for chunk in stream.by_ref() {
        let chunk = chunk?;
        samples.resize(chunk.start_sample as usize, 0.0);
        samples.extend_from_slice(&chunk.samples);
    }
    Ok((stream.info().clone(), samples, stream.report()))
}
