//! Demuxers: read a container and hand out the packets of its audio track with timestamps.
//!
//! [`Demuxer`] is the seam for containers symphonia does not read (FLV, MPEG-TS, HLS come
//! later): such a demuxer yields symphonia [`Packet`]s whose `pts` is in [`TrackInfo::time_base`]
//! and whose `trim_start` / `trim_end` mark frames to drop, and [`super::AudioStream`] turns them
//! into timed 16 kHz chunks.

use std::io;

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::FormatReader;
use symphonia::core::packet::Packet;
use symphonia::core::units::{Duration, TimeBase};

/// The audio track a demuxer delivers.
#[derive(Debug, Clone)]
pub struct TrackInfo {
    /// Container short name ("mp4", "mp3", "wav", "flv", ...).
    pub container: String,
    /// Codec parameters handed to the decoder.
    pub params: AudioCodecParameters,
    /// Unit of packet timestamps.
    pub time_base: TimeBase,
    /// Timestamp (in `time_base`) that is time zero of the recording, when the container says
    /// (a packet stamped earlier moves it back). `None`: the recording starts with its first
    /// decoded frame, which is right for priming-trimmed streams (MP3, Vorbis) whose first
    /// packets carry no audio.
    pub origin_ts: Option<i64>,
    /// Duration the container declares, if any.
    pub duration_ms: Option<u64>,
}

/// Why the next packet could not be read.
#[derive(Debug)]
pub enum PacketError {
    /// The input ends in the middle of a packet or structure: the file was cut short.
    Truncated(String),
    /// Damaged data; the demuxer resynchronised and may be called again.
    Damaged(String),
    /// The demuxer cannot continue (unsupported feature, broken state).
    Fatal(String),
    /// Reading the underlying input failed.
    Io(io::Error),
}

/// Something a demuxer learned along the way that the stream must act on or report.
#[derive(Debug, Clone)]
pub enum DemuxEvent {
    /// Worth a warning (junk skipped, a continuity error, a segment that could not be fetched).
    Note(String),
    /// Packets from the next one on need a decoder for these parameters (the AAC config
    /// changed mid-stream, an HLS discontinuity switched sample rate).
    NewParams(AudioCodecParameters),
    /// The packet timestamp `ts` (track time base) is at wall-clock time `at` (RFC 3339), from
    /// HLS `EXT-X-PROGRAM-DATE-TIME`.
    WallClock { ts: i64, at: String },
    /// From packet timestamp `ts` (track time base) on, `dur_ms` of the recording could not be
    /// heard (or, with `dur_ms` 0, the stream was spliced there): a coverage gap.
    Coverage {
        ts: i64,
        dur_ms: u64,
        kind: crate::media::follow::GapKind,
        detail: String,
    },
}

/// Reads packets of one audio track from a container.
pub trait Demuxer: Send {
    /// The audio track being read.
    fn track(&self) -> &TrackInfo;
    /// The next packet of the audio track; `Ok(None)` at the end of the input.
    fn next_packet(&mut self) -> Result<Option<Packet>, PacketError>;
    /// Events met since the last call, in order. Called after each `next_packet`: the events
    /// came before the packet it returned (a `NewParams` applies to that packet and those after
    /// it). Demuxers with nothing to say keep the default.
    fn take_events(&mut self) -> Vec<DemuxEvent> {
        Vec::new()
    }
}

/// Reads up to `max_packets` packets from `demuxer`, skipping damaged ones, and returns how
/// many were read: the fuzz targets and tests drive every demuxer of ours this way.
pub fn count_packets(demuxer: &mut dyn Demuxer, max_packets: usize) -> usize {
    let mut n = 0;
    while n < max_packets {
        match demuxer.next_packet() {
            Ok(Some(_)) => n += 1,
            Ok(None) => break,
            Err(PacketError::Damaged(_)) => {}
            Err(_) => break,
        }
        demuxer.take_events();
    }
    n
}

/// Sets a packet's trims, keeping its whole block length (`block_dur`) unchanged.
pub fn set_trims(packet: &mut Packet, trim_start: u64, trim_end: u64) {
    let block = packet.block_dur().get();
    let trim_start = trim_start.min(block);
    let trim_end = trim_end.min(block - trim_start);
    packet.trim_start = Duration::new(trim_start);
    packet.trim_end = Duration::new(trim_end);
    packet.dur = Duration::new(block - trim_start - trim_end);
}

/// Audio-track edits read from the container beyond what symphonia applies (MP4 edit lists):
/// a stretch at the start and/or end of the media to drop, in track time-base units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Edits {
    /// Media timestamps before this are encoder priming, not part of the recording.
    pub media_start: Option<i64>,
    /// Media timestamps from this on are padding.
    pub media_end: Option<i64>,
}

/// A symphonia format reader restricted to one audio track.
pub struct SymphoniaDemuxer {
    reader: Box<dyn FormatReader>,
    track_id: u32,
    info: TrackInfo,
    edits: Edits,
}

impl SymphoniaDemuxer {
    /// Wraps `reader`, reading track `track_id` described by `info`, dropping media outside
    /// `edits`.
    pub fn new(
        reader: Box<dyn FormatReader>,
        track_id: u32,
        info: TrackInfo,
        edits: Edits,
    ) -> Self {
        SymphoniaDemuxer {
            reader,
            track_id,
            info,
            edits,
        }
    }
}

impl Demuxer for SymphoniaDemuxer {
    fn track(&self) -> &TrackInfo {
        &self.info
    }

    fn next_packet(&mut self) -> Result<Option<Packet>, PacketError> {
        loop {
            let mut packet = match self.reader.next_packet() {
                Ok(Some(p)) => p,
                Ok(None) => return Ok(None),
                Err(e) => return Err(map_reader_error(e)),
            };
            if packet.track_id != self.track_id {
                continue;
            }
            // Metadata read along the way is not needed; drop it so it does not pile up.
            let mut meta = self.reader.metadata();
            while !meta.is_latest() {
                meta.pop();
            }
            if self.edits != Edits::default() {
                apply_edits(&mut packet, self.edits);
            }
            return Ok(Some(packet));
        }
    }
}

fn apply_edits(packet: &mut Packet, edits: Edits) {
    let pts = packet.pts.get();
    let block = packet.block_dur().get();
    let end = pts.saturating_add(block.min(i64::MAX as u64) as i64);
    let mut trim_start = packet.trim_start.get();
    let mut trim_end = packet.trim_end.get();
    if let Some(start) = edits.media_start {
        if pts < start {
            trim_start = trim_start.max(start.saturating_sub(pts).unsigned_abs());
        }
    }
    if let Some(stop) = edits.media_end {
        if end > stop {
            trim_end = trim_end.max(end.saturating_sub(stop).unsigned_abs());
        }
    }
    set_trims(packet, trim_start, trim_end);
}

fn map_reader_error(e: SymError) -> PacketError {
    match e {
        SymError::IoError(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
            PacketError::Truncated("the input ends in the middle of a packet".into())
        }
        SymError::IoError(e) => PacketError::Io(e),
        SymError::DecodeError(msg) => PacketError::Damaged(msg.to_string()),
        SymError::ResetRequired => {
            PacketError::Fatal("the track list changed mid-stream (chained stream)".into())
        }
        other => PacketError::Fatal(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use symphonia::core::units::Timestamp;

    fn packet(pts: i64, dur: u64) -> Packet {
        Packet::new(0, Timestamp::new(pts), Duration::new(dur), vec![0u8; 4])
    }

    #[test]
    fn edits_trim_priming_and_padding_keeping_block_length() {
        let edits = Edits {
            media_start: Some(1024),
            media_end: Some(5000),
        };
        let mut p = packet(0, 1024);
        apply_edits(&mut p, edits);
        assert_eq!(
            (p.trim_start.get(), p.dur.get(), p.block_dur().get()),
            (1024, 0, 1024)
        );
        let mut p = packet(1000, 1024);
        apply_edits(&mut p, edits);
        assert_eq!((p.trim_start.get(), p.dur.get()), (24, 1000));
        let mut p = packet(4096, 1024);
        apply_edits(&mut p, edits);
        assert_eq!(
            (p.trim_start.get(), p.trim_end.get(), p.dur.get()),
            (0, 120, 904)
        );
        let mut p = packet(2048, 1024);
        apply_edits(&mut p, edits);
        assert_eq!(
            (p.trim_start.get(), p.trim_end.get(), p.dur.get()),
            (0, 0, 1024)
        );
    }
}
