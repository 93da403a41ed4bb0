//! MPEG transport stream demuxer (TS recordings and HLS segments).
//!
//! PAT → PMT → the first audio stream we can decode (ADTS AAC, MPEG-1/2 audio); its PES
//! packets are reassembled and split into codec frames, each stamped with the PES PTS (frames
//! after the first in a PES get the PTS plus the frames before them). PTS values are unwrapped
//! across the 33-bit wrap; continuity-counter errors drop the damaged PES (a short gap, noted)
//! rather than feeding garbage to the decoder. 188-byte packets, 192-byte M2TS packets and
//! 204-byte packets are read; lost sync is regained by scanning. Forward-only reading.

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;
use symphonia::core::units::{Duration, TimeBase, Timestamp};

use super::bytes::PeekReader;
use super::decode::codec_name;
use super::demux::{count_packets, DemuxEvent, Demuxer, PacketError, TrackInfo};
use super::esparse::{aac_params, AdtsHeader, MpaHeader};
use super::{MediaError, MediaInfo};

/// PTS/DTS clock rate.
pub const PTS_HZ: u32 = 90_000;
const PTS_WRAP: i64 = 1 << 33;
/// Bytes read while looking for the audio stream before giving up.
const MAX_OPEN_BYTES: u64 = 64 << 20;
/// Largest PES packet reassembled (audio PES packets are a few KB).
const MAX_PES_BYTES: usize = 1 << 20;
/// Largest PSI section reassembled.
const MAX_SECTION_BYTES: usize = 4096;
/// Bytes scanned to regain sync before giving up.
const MAX_RESYNC_BYTES: u64 = 16 << 20;
/// Notes kept (more are counted).
const MAX_NOTES: usize = 32;

/// Elementary stream kinds we decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EsKind {
    Adts,
    Mpa,
}

/// What a PMT entry is, for choosing the audio stream.
#[derive(Debug, Clone, PartialEq, Eq)]
enum StreamClass {
    Audio(EsKind),
    UnsupportedAudio(String),
    Other,
}

/// Whether `head` starts like a transport stream: (packet size, sync offset). Needs two sync
/// bytes one packet apart (three when that many bytes are there).
pub fn sniff(head: &[u8]) -> Option<(usize, usize)> {
    [(188, 0), (192, 4), (204, 0)]
        .into_iter()
        .find(|&(size, off)| {
            let syncs: Vec<usize> = (0..3)
                .map(|k| off + k * size)
                .filter(|&i| i < head.len())
                .collect();
            syncs.len() >= 2 && syncs.iter().all(|&i| head[i] == 0x47)
        })
}

/// Unwraps a 33-bit timestamp to the value nearest the previous one.
fn unwrap_near(last: Option<i64>, raw: i64) -> i64 {
    match last {
        None => raw,
        Some(last) => {
            let base = last - last.rem_euclid(PTS_WRAP);
            [base + raw - PTS_WRAP, base + raw, base + raw + PTS_WRAP]
                .into_iter()
                .min_by_key(|c| (c - last).abs())
                .unwrap_or(raw)
        }
    }
}

struct Pes {
    data: Vec<u8>,
    declared: Option<usize>,
}

/// Reads the audio stream of a transport stream.
pub struct TsDemuxer {
    r: PeekReader,
    path: PathBuf,
    packet_size: usize,
    sync_offset: usize,
    pmt_pid: Option<u16>,
    audio_pid: Option<u16>,
    kind: EsKind,
    unsupported: Option<String>,
    program_pids: Vec<u16>,
    sections: Vec<(u16, Vec<u8>)>,
    cc: Box<[u8; 8192]>,
    pes: Option<Pes>,
    es: Vec<u8>,
    pending_pts: Option<(usize, i64)>,
    anchor: Option<(i64, u64)>,
    last_pts: Option<i64>,
    first_pts: Option<i64>,
    params: Option<AudioCodecParameters>,
    config: Vec<u8>,
    track: TrackInfo,
    queue: VecDeque<Packet>,
    events: Vec<DemuxEvent>,
    notes: usize,
    packets: u64,
    truncation: Option<String>,
    ended: bool,
}

impl TsDemuxer {
    /// Reads PAT, PMT and the start of the audio stream. Fails, naming `path`, when the input
    /// is not a transport stream, has no program or no audio, or only audio we cannot decode.
    pub fn open(mut r: PeekReader, path: &Path) -> Result<(MediaInfo, TsDemuxer), MediaError> {
        let head = r
            .peek(1024)
            .map_err(|e| MediaError::from_io(path, e))?
            .to_vec();
        let (packet_size, sync_offset) = (0..188.min(head.len()))
            .find_map(|i| sniff(&head[i..]).map(|s| (i, s)))
            .map(|(skip, s)| {
                r.consume(skip);
                s
            })
            .ok_or_else(|| MediaError::Malformed {
                path: path.to_path_buf(),
                container: "mpegts".into(),
                detail: "no transport stream sync bytes (0x47) at the start".into(),
            })?;
        let mut d = TsDemuxer {
            r,
            path: path.to_path_buf(),
            packet_size,
            sync_offset,
            pmt_pid: None,
            audio_pid: None,
            kind: EsKind::Adts,
            unsupported: None,
            program_pids: Vec::new(),
            sections: Vec::new(),
            cc: Box::new([0xFF; 8192]),
            pes: None,
            es: Vec::new(),
            pending_pts: None,
            anchor: None,
            last_pts: None,
            first_pts: None,
            params: None,
            config: Vec::new(),
            track: TrackInfo {
                container: "mpegts".into(),
                params: AudioCodecParameters::new(),
                time_base: TimeBase::try_from_recip(PTS_HZ).expect("90 kHz is valid"),
                origin_ts: None,
                duration_ms: None,
            },
            queue: VecDeque::new(),
            events: Vec::new(),
            notes: 0,
            packets: 0,
            truncation: None,
            ended: false,
        };
        while d.params.is_none() {
            if d.ended || d.r.position() > MAX_OPEN_BYTES {
                return Err(d.open_failure());
            }
            match d.read_packet() {
                Ok(()) => {}
                Err(PacketError::Io(e)) => return Err(MediaError::from_io(path, e)),
                Err(PacketError::Truncated(_)) => d.ended = true,
                Err(PacketError::Damaged(_)) => {}
                Err(PacketError::Fatal(m)) => {
                    return Err(MediaError::Malformed {
                        path: path.to_path_buf(),
                        container: "mpegts".into(),
                        detail: m,
                    })
                }
            }
        }
        let params = d.params.clone().expect("loop ends with params");
        d.track.params = params.clone();
        let origin = d
            .first_pts
            .into_iter()
            .chain(d.queue.front().map(|p| p.pts.get()))
            .min();
        d.track.origin_ts = origin;
        let info = MediaInfo {
            container: "mpegts".into(),
            codec: codec_name(params.codec),
            sample_rate: params.sample_rate.unwrap_or(0),
            channels: params.channels.as_ref().map_or(0, |c| c.count() as u32),
            duration_ms: None,
        };
        Ok((info, d))
    }

    fn open_failure(&self) -> MediaError {
        let path = self.path.clone();
        let container = "mpegts".to_string();
        if let Some(codec) = &self.unsupported {
            return MediaError::UnsupportedCodec {
                path,
                container,
                codec: codec.clone(),
            };
        }
        if self.audio_pid.is_some() {
            return MediaError::NoAudioDecoded {
                path,
                container,
                errors: self.notes as u64,
                first_error: Some("no complete audio frame in the stream".into()),
            };
        }
        let detail = match (self.pmt_pid, self.program_pids.is_empty()) {
            (None, _) => "no program association table (PAT) found",
            (Some(_), true) => "no program map table (PMT) found",
            (Some(_), false) => return MediaError::NoAudioTrack { path, container },
        };
        MediaError::Malformed {
            path,
            container,
            detail: detail.into(),
        }
    }

    fn note(&mut self, msg: String) {
        self.notes += 1;
        if self.notes <= MAX_NOTES {
            self.events.push(DemuxEvent::Note(msg));
        }
    }

    /// Reads one transport packet and acts on it.
    fn read_packet(&mut self) -> Result<(), PacketError> {
        let size = self.packet_size;
        let at = self.r.position();
        let buf = self.r.peek(size).map_err(PacketError::Io)?;
        if buf.is_empty() {
            self.ended = true;
            return Ok(());
        }
        if buf.len() < size {
            let n = buf.len();
            self.r.consume(n);
            self.ended = true;
            return Err(PacketError::Truncated(format!(
                "the transport stream ends inside a packet at byte {at} ({n} of {size} bytes)"
            )));
        }
        if buf[self.sync_offset] != 0x47 {
            return self.resync();
        }
        let pkt: Vec<u8> = buf[self.sync_offset..self.sync_offset + 188].to_vec();
        self.r.consume(size);
        self.packets += 1;
        self.on_packet(&pkt);
        Ok(())
    }

    fn resync(&mut self) -> Result<(), PacketError> {
        let start = self.r.position();
        let size = self.packet_size;
        let off = self.sync_offset;
        loop {
            let w = self
                .r
                .peek(super::bytes::MAX_PEEK)
                .map_err(PacketError::Io)?;
            let n = w.len();
            let found = (1..n).find(|&i| {
                i + off < n
                    && w[i + off] == 0x47
                    && (i + off + size >= n || w[i + off + size] == 0x47)
                    && (i + off + 2 * size >= n || w[i + off + 2 * size] == 0x47)
            });
            if let Some(i) = found {
                self.r.consume(i);
                self.note(format!(
                    "lost transport stream sync at byte {start}; {i} bytes skipped"
                ));
                self.drop_pes("lost sync");
                return Err(PacketError::Damaged(format!("lost sync at byte {start}")));
            }
            if n < super::bytes::MAX_PEEK {
                self.r.consume(n);
                self.ended = true;
                self.note(format!(
                    "{n} bytes at the end (from byte {start}) are not transport packets"
                ));
                return Ok(());
            }
            self.r.consume(n - 3 * size);
            if self.r.position() - start > MAX_RESYNC_BYTES {
                return Err(PacketError::Fatal(format!(
                    "no transport packet found in the {MAX_RESYNC_BYTES} bytes after byte {start}"
                )));
            }
        }
    }

    fn on_packet(&mut self, p: &[u8]) {
        let tei = p[1] & 0x80 != 0;
        let pusi = p[1] & 0x40 != 0;
        let pid = (u16::from(p[1] & 0x1F) << 8) | u16::from(p[2]);
        let scrambled = p[3] >> 6 != 0;
        let afc = (p[3] >> 4) & 3;
        let cc = p[3] & 0x0F;
        if pid == 0x1FFF {
            return;
        }
        let mut pos = 4;
        let mut discontinuity = false;
        if afc & 2 != 0 {
            let len = usize::from(p[4]);
            if len > 183 {
                self.on_damage(pid, "adaptation field longer than the packet");
                return;
            }
            if len > 0 {
                discontinuity = p[5] & 0x80 != 0;
            }
            pos = 5 + len;
        }
        if tei {
            self.on_damage(pid, "transport error indicator set");
            return;
        }
        if afc & 1 == 0 {
            return;
        }
        // Continuity: duplicates are dropped, a jump means lost packets.
        let last = self.cc[pid as usize];
        self.cc[pid as usize] = cc;
        if last != 0xFF && !discontinuity {
            if cc == last {
                return;
            }
            if cc != (last + 1) & 0x0F && Some(pid) == self.audio_pid {
                self.note(format!(
                    "continuity error on the audio stream at packet {} (expected {}, got {cc}); damaged PES dropped",
                    self.packets,
                    (last + 1) & 0x0F
                ));
                self.drop_pes("continuity error");
                if !pusi {
                    return;
                }
            }
        }
        if discontinuity && Some(pid) == self.audio_pid {
            self.last_pts = None;
        }
        let payload = &p[pos.min(188)..];
        if pid == 0 || Some(pid) == self.pmt_pid {
            self.on_psi(pid, pusi, payload);
        } else if Some(pid) == self.audio_pid {
            if scrambled {
                self.unsupported
                    .get_or_insert("scrambled (encrypted) audio".into());
                return;
            }
            self.on_audio_payload(pusi, payload);
        } else if pusi && self.params.is_none() && self.program_pids.contains(&pid) {
            // Other streams' first PTS moves the recording's time zero earlier.
            if let Some(pts) = pes_pts(payload) {
                let pts = self.unwrap_pts(pts);
                self.first_pts = Some(self.first_pts.map_or(pts, |f| f.min(pts)));
            }
        }
    }

    fn on_damage(&mut self, pid: u16, what: &str) {
        if Some(pid) == self.audio_pid {
            self.note(format!(
                "damaged audio packet {} ({what}); PES dropped",
                self.packets
            ));
            self.drop_pes(what);
        }
    }

    fn drop_pes(&mut self, _why: &str) {
        self.pes = None;
        self.es.clear();
        self.pending_pts = None;
    }

    fn on_psi(&mut self, pid: u16, pusi: bool, payload: &[u8]) {
        let idx = self.sections.iter().position(|(p, _)| *p == pid);
        let mut data = if pusi {
            let Some(&pointer) = payload.first() else {
                return;
            };
            payload
                .get(1 + usize::from(pointer)..)
                .unwrap_or(&[])
                .to_vec()
        } else {
            match idx {
                Some(i) => {
                    let mut d = std::mem::take(&mut self.sections[i].1);
                    d.extend_from_slice(payload);
                    d
                }
                None => return,
            }
        };
        if data.len() < 3 {
            self.store_section(pid, data);
            return;
        }
        let len = 3 + ((usize::from(data[1] & 0x0F) << 8) | usize::from(data[2]));
        if len > MAX_SECTION_BYTES {
            self.store_section(pid, Vec::new());
            return;
        }
        if data.len() < len {
            self.store_section(pid, data);
            return;
        }
        data.truncate(len);
        self.store_section(pid, Vec::new());
        if pid == 0 {
            self.on_pat(&data);
        } else {
            self.on_pmt(&data);
        }
    }

    fn store_section(&mut self, pid: u16, data: Vec<u8>) {
        match self.sections.iter_mut().find(|(p, _)| *p == pid) {
            Some(s) => s.1 = data,
            None => self.sections.push((pid, data)),
        }
    }

    fn on_pat(&mut self, s: &[u8]) {
        if s[0] != 0 || s.len() < 12 || self.pmt_pid.is_some() {
            return;
        }
        for entry in s[8..s.len() - 4].chunks_exact(4) {
            let program = u16::from_be_bytes([entry[0], entry[1]]);
            let pid = u16::from_be_bytes([entry[2] & 0x1F, entry[3]]);
            if program != 0 {
                self.pmt_pid = Some(pid);
                return;
            }
        }
    }

    fn on_pmt(&mut self, s: &[u8]) {
        if s[0] != 2 || s.len() < 16 || self.audio_pid.is_some() {
            return;
        }
        let info_len = (usize::from(s[10] & 0x0F) << 8) | usize::from(s[11]);
        let mut pos = 12 + info_len;
        let end = s.len() - 4;
        let mut chosen = None;
        while pos + 5 <= end {
            let stream_type = s[pos];
            let pid = u16::from_be_bytes([s[pos + 1] & 0x1F, s[pos + 2]]);
            let es_len = (usize::from(s[pos + 3] & 0x0F) << 8) | usize::from(s[pos + 4]);
            let desc = s.get(pos + 5..(pos + 5 + es_len).min(end)).unwrap_or(&[]);
            pos += 5 + es_len;
            self.program_pids.push(pid);
            match classify(stream_type, desc) {
                StreamClass::Audio(kind) if chosen.is_none() => chosen = Some((pid, kind)),
                StreamClass::UnsupportedAudio(name) => {
                    self.unsupported.get_or_insert(name);
                }
                _ => {}
            }
        }
        if let Some((pid, kind)) = chosen {
            self.audio_pid = Some(pid);
            self.kind = kind;
            self.unsupported = None;
        }
    }

    fn on_audio_payload(&mut self, pusi: bool, payload: &[u8]) {
        if pusi {
            self.finish_pes();
            self.pes = Some(Pes {
                data: Vec::new(),
                declared: None,
            });
        }
        let Some(pes) = self.pes.as_mut() else {
            return; // joined mid-PES: wait for the next start
        };
        pes.data.extend_from_slice(payload);
        if pes.declared.is_none() && pes.data.len() >= 6 {
            let len = usize::from(u16::from_be_bytes([pes.data[4], pes.data[5]]));
            pes.declared = Some(if len == 0 { usize::MAX } else { 6 + len });
        }
        let complete = pes.declared.is_some_and(|d| pes.data.len() >= d);
        if pes.data.len() > MAX_PES_BYTES {
            self.note(format!(
                "an audio PES over {MAX_PES_BYTES} bytes at packet {} was dropped",
                self.packets
            ));
            self.drop_pes("oversized");
        } else if complete {
            self.finish_pes();
        }
    }

    /// Parses the PES collected so far and feeds its payload to the frame splitter.
    fn finish_pes(&mut self) {
        let Some(pes) = self.pes.take() else {
            return;
        };
        let d = &pes.data;
        if d.len() < 9 || d[..3] != [0, 0, 1] {
            if !d.is_empty() {
                self.note(format!(
                    "an audio PES without a valid header at packet {} was dropped",
                    self.packets
                ));
            }
            return;
        }
        let header_end = 9 + usize::from(d[8]);
        let end = pes.declared.unwrap_or(usize::MAX).min(d.len());
        if header_end > end {
            return;
        }
        let pts = pes_pts(d).map(|p| self.unwrap_pts(p));
        let payload = d[header_end..end].to_vec();
        self.feed_es(&payload, pts);
    }

    fn unwrap_pts(&mut self, raw: i64) -> i64 {
        let v = unwrap_near(self.last_pts, raw);
        self.last_pts = Some(v);
        v
    }

    /// Splits elementary-stream bytes into frames and queues them as packets.
    fn feed_es(&mut self, payload: &[u8], pts: Option<i64>) {
        if let Some(p) = pts {
            self.pending_pts = Some((self.es.len(), p));
        }
        self.es.extend_from_slice(payload);
        let mut pos = 0;
        let mut skipped = 0usize;
        while pos + 7 <= self.es.len() {
            let rest = &self.es[pos..];
            let frame = match self.kind {
                EsKind::Adts => AdtsHeader::parse(rest).map(|h| {
                    let (params, cfg) = adts_params(&h);
                    (
                        h.frame_len,
                        h.header_len,
                        h.samples(),
                        h.sample_rate(),
                        params,
                        cfg,
                    )
                }),
                EsKind::Mpa => MpaHeader::parse(rest).map(|h| {
                    let params = h.codec_params();
                    let cfg = vec![h.layer, h.channels, (h.sample_rate >> 8) as u8];
                    (h.frame_len, 0, h.samples, h.sample_rate, params, cfg)
                }),
            };
            let Some((len, header_len, samples, rate, params, cfg)) = frame else {
                pos += 1;
                skipped += 1;
                continue;
            };
            if pos + len > self.es.len() {
                break;
            }
            let ts = match self.pending_pts {
                Some((at, p)) if pos >= at => {
                    self.pending_pts = None;
                    self.anchor = Some((p, 0));
                    Some(p)
                }
                _ => self.anchor.map(|(p, n)| {
                    p + (i128::from(n) * i128::from(PTS_HZ) / i128::from(rate.max(1))) as i64
                }),
            };
            if let Some((_, n)) = self.anchor.as_mut() {
                *n += samples;
            }
            if cfg != self.config {
                if self.params.is_some() {
                    self.events.push(DemuxEvent::NewParams(params.clone()));
                }
                self.config = cfg;
                self.params = Some(params);
            }
            if let Some(ts) = ts {
                let data = self.es[pos + header_len..pos + len].to_vec();
                self.queue
                    .push_back(Packet::new(0, Timestamp::new(ts), Duration::new(0), data));
            }
            pos += len;
        }
        if skipped > 0 {
            self.note(format!(
                "{skipped} bytes of damaged audio data skipped near packet {}",
                self.packets
            ));
        }
        self.es.drain(..pos);
        if let Some((at, _)) = self.pending_pts.as_mut() {
            *at = at.saturating_sub(pos);
        }
        if self.es.len() > MAX_PES_BYTES {
            self.es.clear();
        }
    }

    fn at_end(&mut self) {
        if let Some(pes) = &self.pes {
            if pes
                .declared
                .is_some_and(|d| d != usize::MAX && pes.data.len() < d)
            {
                self.truncation.get_or_insert_with(|| {
                    "the transport stream ends inside an audio PES packet".into()
                });
            }
        }
        self.finish_pes();
        if !self.es.is_empty() && self.truncation.is_none() {
            self.truncation = Some(format!(
                "the transport stream ends inside an audio frame ({} bytes left over)",
                self.es.len()
            ));
        }
        self.es.clear();
    }
}

fn adts_params(h: &AdtsHeader) -> (AudioCodecParameters, Vec<u8>) {
    let asc = h.audio_specific_config();
    let params = aac_params(&asc).map(|(p, _)| p).unwrap_or_default();
    (params, asc.to_vec())
}

/// The PTS of a PES packet starting at `d`, if it carries one.
fn pes_pts(d: &[u8]) -> Option<i64> {
    if d.len() < 14 || d[..3] != [0, 0, 1] || d[7] & 0x80 == 0 {
        return None;
    }
    let b = &d[9..14];
    Some(
        (i64::from(b[0] >> 1 & 0x07) << 30)
            | (i64::from(b[1]) << 22)
            | (i64::from(b[2] >> 1) << 15)
            | (i64::from(b[3]) << 7)
            | i64::from(b[4] >> 1),
    )
}

/// What a PMT entry holds, from its stream type and descriptors.
fn classify(stream_type: u8, desc: &[u8]) -> StreamClass {
    use StreamClass::*;
    let unsupported = |n: &str| UnsupportedAudio(n.to_string());
    match stream_type {
        0x03 | 0x04 => Audio(EsKind::Mpa),
        0x0F => Audio(EsKind::Adts),
        0x11 => unsupported("aac_latm"),
        0x1C => unsupported("aac (MPEG-4 raw)"),
        0x80 => unsupported("pcm_bluray"),
        0x81 => unsupported("ac3"),
        0x82 | 0x85 | 0x86 | 0x8A => unsupported("dts"),
        0x83 => unsupported("truehd"),
        0x84 | 0x87 => unsupported("eac3"),
        0x06 => {
            let mut i = 0;
            while i + 2 <= desc.len() {
                let (tag, len) = (desc[i], usize::from(desc[i + 1]));
                let body = desc.get(i + 2..i + 2 + len).unwrap_or(&[]);
                match (tag, body) {
                    (0x6A, _) => return unsupported("ac3"),
                    (0x7A, _) => return unsupported("eac3"),
                    (0x7B, _) => return unsupported("dts"),
                    (0x05, b) if b.starts_with(b"AC-3") => return unsupported("ac3"),
                    (0x05, b) if b.starts_with(b"EAC3") => return unsupported("eac3"),
                    (0x05, b) if b.starts_with(b"Opus") => return unsupported("opus (in MPEG-TS)"),
                    (0x05, b) if b.starts_with(b"BSSD") => return unsupported("s302m"),
                    (0x7F, [0x80, ..]) => return unsupported("opus (in MPEG-TS)"),
                    _ => {}
                }
                i += 2 + len;
            }
            Other
        }
        _ => Other,
    }
}

impl Demuxer for TsDemuxer {
    fn track(&self) -> &TrackInfo {
        &self.track
    }

    fn next_packet(&mut self) -> Result<Option<Packet>, PacketError> {
        loop {
            if let Some(p) = self.queue.pop_front() {
                return Ok(Some(p));
            }
            if self.ended {
                self.at_end();
                if let Some(p) = self.queue.pop_front() {
                    return Ok(Some(p));
                }
                return match self.truncation.take() {
                    Some(t) => Err(PacketError::Truncated(t)),
                    None => Ok(None),
                };
            }
            match self.read_packet() {
                Ok(()) | Err(PacketError::Damaged(_)) => {}
                Err(PacketError::Truncated(t)) => {
                    self.truncation = Some(t);
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn take_events(&mut self) -> Vec<DemuxEvent> {
        std::mem::take(&mut self.events)
    }
}

/// Reads a transport stream's audio packets straight from bytes; used by the fuzz target and
/// tests.
pub fn demux_bytes(data: Vec<u8>, max_packets: usize) -> Result<usize, MediaError> {
    let r = PeekReader::new(Box::new(io::Cursor::new(data)));
    let (_, mut d) = TsDemuxer::open(r, Path::new("fuzz.ts"))?;
    Ok(count_packets(&mut d, max_packets))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pts_unwraps_across_the_33_bit_wrap() {
        let mut last = None;
        let mut next = |raw| {
            let v = unwrap_near(last, raw);
            last = Some(v);
            v
        };
        assert_eq!(next(PTS_WRAP - 1000), PTS_WRAP - 1000);
        assert_eq!(next(500), PTS_WRAP + 500);
        assert_eq!(next(3000), PTS_WRAP + 3000);
        assert_eq!(next(PTS_WRAP - 100), PTS_WRAP - 100, "small step back");
    }

    #[test]
    fn not_a_transport_stream_is_named() {
        let r = PeekReader::new(Box::new(io::Cursor::new(vec![1u8; 400])));
        let e = TsDemuxer::open(r, Path::new("x.ts"))
            .map(|_| ())
            .unwrap_err();
        assert!(
            e.to_string().contains("x.ts") && e.to_string().contains("sync"),
            "{e}"
        );
    }

    #[test]
    fn stream_types_are_classified() {
        assert_eq!(classify(0x0F, &[]), StreamClass::Audio(EsKind::Adts));
        assert_eq!(classify(0x03, &[]), StreamClass::Audio(EsKind::Mpa));
        assert_eq!(
            classify(0x81, &[]),
            StreamClass::UnsupportedAudio("ac3".into())
        );
        assert_eq!(
            classify(0x06, &[0x6A, 1, 0]),
            StreamClass::UnsupportedAudio("ac3".into())
        );
        assert_eq!(classify(0x1B, &[]), StreamClass::Other);
    }

    #[test]
    fn sniffing() {
        let mut ts = vec![0u8; 188 * 3];
        for k in 0..3 {
            ts[k * 188] = 0x47;
        }
        assert_eq!(sniff(&ts), Some((188, 0)));
        assert_eq!(sniff(b"FLV\x01"), None);
    }
}
