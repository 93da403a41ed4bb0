//! FLV demuxer (HTTP-FLV and RTMP recordings): header, tags, the audio track.
//!
//! AAC (AudioSpecificConfig from the sequence header, then raw frames), MP3 and, from
//! Enhanced FLV, `mp4a` / `.mp3` / `Opus` audio become packets for the decoders; video and
//! script tags are skipped (the script tag's `onMetaData` duration is kept as the declared
//! duration). Tag timestamps (milliseconds) become packet timestamps, so gaps in a recording
//! stay gaps. A tag whose body runs past the end of the input is reported as truncation; bytes
//! that are not a tag are skipped up to the next plausible tag (junk after the last tag ends
//! the stream quietly, with a note). Reads forward only, so it works on network streams.
//!
//! `tag` reads one tag from its bytes (header, audio body, metadata); this file walks the
//! stream tag by tag and turns audio tags into packets.

mod tag;

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};

use symphonia::core::codecs::audio::well_known::CODEC_ID_OPUS;
use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;
use symphonia::core::units::{Duration, TimeBase, Timestamp};

use super::bytes::PeekReader;
use super::decode::codec_name;
use super::demux::{count_packets, DemuxEvent, Demuxer, PacketError, TrackInfo};
use super::esparse::{aac_params, MpaHeader};
use super::{MediaError, MediaInfo};
use tag::{
    first_mpa_header, metadata_duration_ms, parse_audio, parse_tag_header, plausible_tag_at,
    truncated, AudioBody, Codec, TagHeader, TAG_AUDIO, TAG_SCRIPT, TAG_VIDEO,
};

/// Largest `DataOffset` in the file header accepted (the header is 9 bytes in practice).
const MAX_DATA_OFFSET: u32 = 1 << 16;
/// Tags read while looking for the audio configuration before giving up.
const MAX_OPEN_TAGS: usize = 20_000;
/// Bytes read while looking for the audio configuration before giving up.
const MAX_OPEN_BYTES: u64 = 64 << 20;
/// Bytes scanned for the next tag after damage before giving up on the rest of the input.
const MAX_RESYNC_BYTES: u64 = 16 << 20;
/// Script tags larger than this are skipped unread.
const MAX_SCRIPT_BYTES: u32 = 1 << 20;
/// Notes kept per stream (more are counted, not listed).
const MAX_NOTES: usize = 32;

/// Reads the audio track of an FLV stream.
pub struct FlvDemuxer {
    r: PeekReader,
    path: PathBuf,
    track: TrackInfo,
    codec: Codec,
    config: Vec<u8>,
    queue: VecDeque<Packet>,
    events: Vec<DemuxEvent>,
    notes: usize,
    finished: bool,
}

impl FlvDemuxer {
    /// Reads the FLV header and tags up to the audio configuration. Fails, naming `path`, when
    /// the header is not FLV or absurd, the file holds no audio, or its codec is unsupported.
    pub fn open(r: PeekReader, path: &Path) -> Result<(MediaInfo, FlvDemuxer), MediaError> {
        let mut d = FlvDemuxer {
            r,
            path: path.to_path_buf(),
            track: TrackInfo {
                container: "flv".into(),
                params: AudioCodecParameters::new(),
                time_base: TimeBase::try_new(1, 1000).expect("1/1000 is valid"),
                origin_ts: None,
                duration_ms: None,
            },
            codec: Codec::Aac,
            config: Vec::new(),
            queue: VecDeque::new(),
            events: Vec::new(),
            notes: 0,
            finished: false,
        };
        d.read_file_header()?;
        let info = d.find_audio()?;
        Ok((info, d))
    }

    fn malformed(&self, detail: impl Into<String>) -> MediaError {
        MediaError::Malformed {
            path: self.path.clone(),
            container: "flv".into(),
            detail: detail.into(),
        }
    }

    fn io_error(&self, e: io::Error) -> MediaError {
        MediaError::from_io(&self.path, e)
    }

    fn read_file_header(&mut self) -> Result<(), MediaError> {
        let head = match self.r.peek(9) {
            Ok(h) => h.to_vec(),
            Err(e) => return Err(self.io_error(e)),
        };
        if head.len() < 9 || &head[..3] != b"FLV" {
            return Err(self.malformed("missing the FLV file header"));
        }
        let offset = u32::from_be_bytes([head[5], head[6], head[7], head[8]]);
        if !(9..=MAX_DATA_OFFSET).contains(&offset) {
            return Err(self.malformed(format!(
                "the header declares an absurd data offset of {offset} bytes"
            )));
        }
        let skipped = self
            .r
            .skip(u64::from(offset))
            .map_err(|e| self.io_error(e))?;
        // PreviousTagSize0.
        let skipped_prev = self.r.skip(4).map_err(|e| self.io_error(e))?;
        if skipped < u64::from(offset) || skipped_prev < 4 {
            return Err(self.malformed("the file ends inside its header"));
        }
        Ok(())
    }

    /// Reads tags until the audio codec is known; the first audio packets are queued.
    fn find_audio(&mut self) -> Result<MediaInfo, MediaError> {
        let mut first_ts: Option<i64> = None;
        let mut pending_aac_frames = 0usize;
        let mut unsupported: Option<String> = None;
        for _ in 0..MAX_OPEN_TAGS {
            if self.r.position() > MAX_OPEN_BYTES {
                break;
            }
            let header = match self.next_tag_header() {
                Ok(Some(h)) => h,
                Ok(None) => break,
                Err(PacketError::Truncated(d)) => {
                    return Err(self.malformed(format!("{d}, before any audio")))
                }
                Err(PacketError::Io(e)) => return Err(self.io_error(e)),
                Err(PacketError::Damaged(d) | PacketError::Fatal(d)) => {
                    return Err(self.malformed(d))
                }
            };
            first_ts = Some(first_ts.map_or(header.ts, |t| t.min(header.ts)));
            match header.kind {
                TAG_SCRIPT if header.size <= MAX_SCRIPT_BYTES => {
                    let body = self.read_body(header)?;
                    if self.track.duration_ms.is_none() {
                        self.track.duration_ms = metadata_duration_ms(&body);
                    }
                }
                TAG_AUDIO => {
                    let body = self.read_body(header)?;
                    match parse_audio(&body) {
                        AudioBody::Config(codec, cfg) => {
                            self.codec = codec;
                            self.config = cfg;
                            let params = self.params_for(codec, None)?;
                            return self.opened(params, first_ts.unwrap_or(0));
                        }
                        AudioBody::Frames(Codec::Mpa, data) => {
                            self.codec = Codec::Mpa;
                            let Some(h) = first_mpa_header(&data) else {
                                self.note("an MP3 tag without a valid frame header was skipped");
                                continue;
                            };
                            let params = h.codec_params();
                            self.push_mpa(header.ts, &data);
                            return self.opened(params, first_ts.unwrap_or(0));
                        }
                        AudioBody::Frames(_, _) => {
                            // AAC/Opus frames before their configuration cannot be decoded.
                            pending_aac_frames += 1;
                        }
                        AudioBody::Unsupported(name) => {
                            unsupported.get_or_insert(name);
                        }
                        AudioBody::Skip => {}
                    }
                }
                _ => {
                    self.skip_body(header)?;
                }
            }
        }
        if let Some(codec) = unsupported {
            return Err(MediaError::UnsupportedCodec {
                path: self.path.clone(),
                container: "flv".into(),
                codec,
            });
        }
        if pending_aac_frames > 0 {
            return Err(self.malformed(format!(
                "{pending_aac_frames} audio tags but no codec configuration (sequence header)"
            )));
        }
        Err(MediaError::NoAudioTrack {
            path: self.path.clone(),
            container: "flv".into(),
        })
    }

    fn opened(
        &mut self,
        params: AudioCodecParameters,
        origin: i64,
    ) -> Result<MediaInfo, MediaError> {
        self.track.origin_ts = Some(origin);
        let channels = params.channels.as_ref().map_or(0, |c| c.count() as u32);
        let info = MediaInfo {
            container: "flv".into(),
            codec: codec_name(params.codec),
            sample_rate: params.sample_rate.unwrap_or(0),
            channels,
            duration_ms: self.track.duration_ms,
        };
        self.track.params = params;
        Ok(info)
    }

    /// Decoder parameters for the current configuration; `label` names the tag for errors.
    fn params_for(
        &mut self,
        codec: Codec,
        at: Option<u64>,
    ) -> Result<AudioCodecParameters, MediaError> {
        match codec {
            Codec::Aac => {
                let (params, asc) = aac_params(&self.config).ok_or_else(|| {
                    self.malformed(format!(
                        "unreadable AAC configuration {:02x?}{}",
                        &self.config[..self.config.len().min(8)],
                        at.map(|p| format!(" at byte {p}")).unwrap_or_default()
                    ))
                })?;
                if asc.object_type != asc.core_object_type {
                    self.note(format!(
                        "HE-AAC (object type {}) is signalled; decoding its AAC-LC core at {} Hz",
                        asc.object_type, asc.sample_rate
                    ));
                }
                Ok(params)
            }
            Codec::Opus => {
                let mut p = AudioCodecParameters::new();
                p.for_codec(CODEC_ID_OPUS)
                    .with_sample_rate(48_000)
                    .with_extra_data(self.config.clone().into_boxed_slice());
                Ok(p)
            }
            Codec::Mpa => Err(self.malformed("MP3 has no configuration record")),
        }
    }

    fn note(&mut self, msg: impl Into<String>) {
        self.notes += 1;
        if self.notes <= MAX_NOTES {
            self.events.push(DemuxEvent::Note(msg.into()));
        }
    }

    fn read_body(&mut self, h: TagHeader) -> Result<Vec<u8>, MediaError> {
        match self.tag_body(h) {
            Ok(b) => Ok(b),
            Err(PacketError::Io(e)) => Err(self.io_error(e)),
            Err(PacketError::Truncated(d)) => Err(self.malformed(format!("{d}, before any audio"))),
            Err(PacketError::Damaged(d) | PacketError::Fatal(d)) => Err(self.malformed(d)),
        }
    }

    fn skip_body(&mut self, h: TagHeader) -> Result<(), MediaError> {
        match self.skip_tag(h) {
            Ok(()) => Ok(()),
            Err(PacketError::Io(e)) => Err(self.io_error(e)),
            Err(PacketError::Truncated(d)) => Err(self.malformed(format!("{d}, before any audio"))),
            Err(PacketError::Damaged(d) | PacketError::Fatal(d)) => Err(self.malformed(d)),
        }
    }

    /// Reads a tag body and the PreviousTagSize after it.
    fn tag_body(&mut self, h: TagHeader) -> Result<Vec<u8>, PacketError> {
        let at = self.r.position();
        let body = self.r.read_vec(h.size as usize).map_err(PacketError::Io)?;
        if body.len() < h.size as usize {
            return Err(truncated(at, h, body.len()));
        }
        self.r.skip(4).map_err(PacketError::Io)?;
        Ok(body)
    }

    fn skip_tag(&mut self, h: TagHeader) -> Result<(), PacketError> {
        let at = self.r.position();
        let got = self.r.skip(u64::from(h.size)).map_err(PacketError::Io)?;
        if got < u64::from(h.size) {
            return Err(truncated(at, h, got as usize));
        }
        self.r.skip(4).map_err(PacketError::Io)?;
        Ok(())
    }

    /// The next tag header (consumed), skipping bytes that are not a tag; `None` at the end of
    /// the input, including when only junk is left.
    fn next_tag_header(&mut self) -> Result<Option<TagHeader>, PacketError> {
        let head = self.r.peek(11).map_err(PacketError::Io)?;
        if head.is_empty() {
            return Ok(None);
        }
        if head.len() < 11
            && head[0] & 0xC0 == 0
            && matches!(head[0] & 0x1F, TAG_AUDIO | TAG_VIDEO | TAG_SCRIPT)
        {
            return Err(PacketError::Truncated(format!(
                "the FLV file ends inside a tag header at byte {}",
                self.r.position()
            )));
        }
        if let Some(h) = parse_tag_header(head) {
            if h.kind & 0x20 != 0 {
                return Err(PacketError::Fatal(
                    "the FLV file is encrypted (tag filter flag set)".into(),
                ));
            }
            self.r.consume(11);
            return Ok(Some(h));
        }
        let start = self.r.position();
        loop {
            let window = self
                .r
                .peek(super::bytes::MAX_PEEK)
                .map_err(PacketError::Io)?;
            let found = (1..window.len()).find(|&i| plausible_tag_at(&window[i..]));
            let window_len = window.len();
            match found {
                Some(i) => {
                    self.r.consume(i);
                    let skipped = self.r.position() - start;
                    self.note(format!(
                        "{skipped} bytes that are not FLV tags were skipped at byte {start}"
                    ));
                    return self.next_tag_header();
                }
                None => {
                    let n = window_len.saturating_sub(1).max(1);
                    let at_end = window_len < super::bytes::MAX_PEEK;
                    self.r.consume(if at_end { window_len } else { n });
                    if at_end {
                        let junk = self.r.position() - start;
                        self.note(format!(
                            "{junk} bytes of non-tag data after the last tag (from byte {start}) were ignored"
                        ));
                        return Ok(None);
                    }
                    if self.r.position() - start > MAX_RESYNC_BYTES {
                        return Err(PacketError::Fatal(format!(
                            "no FLV tag found in the {MAX_RESYNC_BYTES} bytes after byte {start}"
                        )));
                    }
                }
            }
        }
    }

    fn push_mpa(&mut self, ts: i64, data: &[u8]) {
        let mut pos = 0;
        let mut ts_ms = ts as f64;
        while pos + 4 <= data.len() {
            let Some(h) = MpaHeader::parse(&data[pos..]) else {
                pos += 1;
                continue;
            };
            let end = (pos + h.frame_len).min(data.len());
            self.queue
                .push_back(packet(ts_ms.round() as i64, &data[pos..end]));
            ts_ms += h.samples as f64 * 1000.0 / f64::from(h.sample_rate);
            pos = end;
        }
    }

    /// Handles one audio tag after opening: queues its packets or notes why not.
    fn on_audio(&mut self, h: TagHeader, body: Vec<u8>) {
        match parse_audio(&body) {
            AudioBody::Config(codec, cfg) => {
                if codec != self.codec {
                    self.note(format!(
                        "the audio codec changed mid-stream at {} ms; later audio skipped",
                        h.ts
                    ));
                    self.finished = true;
                    return;
                }
                if cfg != self.config {
                    self.config = cfg;
                    match self.params_for(codec, Some(self.r.position())) {
                        Ok(p) => self.events.push(DemuxEvent::NewParams(p)),
                        Err(e) => self.note(e.to_string()),
                    }
                }
            }
            AudioBody::Frames(Codec::Mpa, data) if self.codec == Codec::Mpa => {
                self.push_mpa(h.ts, &data);
            }
            AudioBody::Frames(_, data) if data.is_empty() => {}
            AudioBody::Frames(codec, data) if codec == self.codec => {
                self.queue.push_back(packet(h.ts, &data));
            }
            AudioBody::Frames(..) | AudioBody::Unsupported(_) => {
                self.note(format!(
                    "an audio tag in another codec at {} ms was skipped",
                    h.ts
                ));
            }
            AudioBody::Skip => {}
        }
    }
}

impl Demuxer for FlvDemuxer {
    fn track(&self) -> &TrackInfo {
        &self.track
    }

    fn next_packet(&mut self) -> Result<Option<Packet>, PacketError> {
        loop {
            if let Some(p) = self.queue.pop_front() {
                return Ok(Some(p));
            }
            if self.finished {
                return Ok(None);
            }
            let Some(h) = self.next_tag_header()? else {
                self.finished = true;
                return Ok(None);
            };
            match h.kind {
                TAG_AUDIO => {
                    let body = self.tag_body(h)?;
                    self.on_audio(h, body);
                }
                _ => self.skip_tag(h)?,
            }
        }
    }

    fn take_events(&mut self) -> Vec<DemuxEvent> {
        std::mem::take(&mut self.events)
    }
}

fn packet(ts: i64, data: &[u8]) -> Packet {
    Packet::new(0, Timestamp::new(ts), Duration::new(0), data.to_vec())
}

/// Reads an FLV stream's packets straight from bytes; used by the fuzz target and tests.
pub fn demux_bytes(data: Vec<u8>, max_packets: usize) -> Result<usize, MediaError> {
    let r = PeekReader::new(Box::new(io::Cursor::new(data)));
    let (_, mut d) = FlvDemuxer::open(r, Path::new("fuzz.flv"))?;
    Ok(count_packets(&mut d, max_packets))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(kind: u8, ts: u32, body: &[u8]) -> Vec<u8> {
        let mut t = vec![kind];
        t.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
        t.extend_from_slice(&ts.to_be_bytes()[1..]);
        t.push((ts >> 24) as u8);
        t.extend_from_slice(&[0, 0, 0]);
        t.extend_from_slice(body);
        t.extend_from_slice(&(body.len() as u32 + 11).to_be_bytes());
        t
    }

    fn header() -> Vec<u8> {
        let mut h = b"FLV\x01\x05\x00\x00\x00\x09".to_vec();
        h.extend_from_slice(&[0, 0, 0, 0]);
        h
    }

    #[test]
    fn aac_tags_become_timed_packets_and_video_is_skipped() {
        let mut f = header();
        f.extend(tag(18, 0, b"\x02\x00\x0aonMetaData\x08\x00\x00\x00\x01\x00\x08duration\x00\x40\x24\x00\x00\x00\x00\x00\x00"));
        f.extend(tag(9, 0, &[0x17, 0, 0, 0, 0]));
        f.extend(tag(8, 0, &[0xAF, 0, 0x12, 0x10]));
        f.extend(tag(8, 0, &[0xAF, 1, 0x21, 0x10]));
        f.extend(tag(9, 10, &[0x27, 1, 0, 0, 0]));
        f.extend(tag(8, 23, &[0xAF, 1, 0x21, 0x11]));
        f.extend(tag(8, 0x0100_0010, &[0xAF, 1, 0x21, 0x12]));
        f.extend_from_slice(b"trailing junk that is not a tag");
        let r = PeekReader::new(Box::new(io::Cursor::new(f)));
        let (info, mut d) = FlvDemuxer::open(r, Path::new("t.flv")).unwrap();
        assert_eq!(
            (info.codec.as_str(), info.sample_rate, info.channels),
            ("aac", 44100, 2)
        );
        assert_eq!(info.duration_ms, Some(10_000));
        let mut ts = Vec::new();
        while let Some(p) = d.next_packet().unwrap() {
            ts.push((p.pts.get(), p.data[1]));
        }
        assert_eq!(ts, vec![(0, 0x10), (23, 0x11), (0x0100_0010, 0x12)]);
        let notes = d.take_events();
        assert!(
            matches!(&notes[..], [DemuxEvent::Note(n)] if n.contains("after the last tag")),
            "{notes:?}"
        );
    }

    #[test]
    fn a_cut_tag_is_truncation_and_bad_headers_are_named() {
        let mut f = header();
        f.extend(tag(8, 0, &[0xAF, 0, 0x12, 0x10]));
        let mut t = tag(8, 23, &[0xAF, 1, 1, 2, 3, 4, 5, 6]);
        t.truncate(14);
        f.extend(t);
        let r = PeekReader::new(Box::new(io::Cursor::new(f)));
        let (_, mut d) = FlvDemuxer::open(r, Path::new("cut.flv")).unwrap();
        assert!(
            matches!(d.next_packet(), Err(PacketError::Truncated(m)) if m.contains("audio tag at 23 ms"))
        );

        let mut f = b"FLV\x01\x05\x7f\xff\xff\xff".to_vec();
        f.extend_from_slice(&[0; 16]);
        let e = demux_bytes(f, 10).unwrap_err().to_string();
        assert!(
            e.contains("absurd data offset") && e.contains("fuzz.flv"),
            "{e}"
        );

        let mut f = header();
        f.extend(tag(8, 0, &[0xB6, 0, 0]));
        let e = demux_bytes(f, 10).unwrap_err().to_string();
        assert!(e.contains("unsupported audio codec speex"), "{e}");
    }

    #[test]
    fn enhanced_flv_audio_is_read() {
        let mut f = header();
        let mut seq = vec![0x90];
        seq.extend_from_slice(b"mp4a\x12\x10");
        f.extend(tag(8, 5, &seq));
        let mut fr = vec![0x91];
        fr.extend_from_slice(b"mp4a\x21\x10");
        f.extend(tag(8, 5, &fr));
        let r = PeekReader::new(Box::new(io::Cursor::new(f)));
        let (info, mut d) = FlvDemuxer::open(r, Path::new("e.flv")).unwrap();
        assert_eq!(info.codec, "aac");
        assert_eq!(d.track().origin_ts, Some(5));
        assert_eq!(&d.next_packet().unwrap().unwrap().data[..], &[0x21, 0x10]);
    }
}
