//! MPEG transport stream demuxer (TS recordings and HLS segments).
//!
//! PAT → PMT → the first audio stream we can decode (ADTS AAC, MPEG-1/2 audio); its PES
//! packets are reassembled and split into codec frames, each stamped with the PES PTS (frames
//! after the first in a PES get the PTS plus the frames before them). PTS values are unwrapped
//! across the 33-bit wrap; continuity-counter errors drop the damaged PES (a short gap, noted)
//! rather than feeding garbage to the decoder. 188-byte packets, 192-byte M2TS packets and
//! 204-byte packets are read; lost sync is regained by scanning. Forward-only reading.
//!
//! `psi` reads the PAT and PMT to find the audio stream; `pes` reassembles its PES packets
//! and splits them into frames; this file reads transport packets and routes their payloads.

mod pes;
mod psi;

use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;
use symphonia::core::units::TimeBase;

use super::bytes::PeekReader;
use super::decode::codec_name;
use super::demux::{count_packets, DemuxEvent, Demuxer, PacketError, TrackInfo};
use super::{MediaError, MediaInfo};
use pes::{pes_pts, Pes};

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
    fn sniffing() {
        let mut ts = vec![0u8; 188 * 3];
        for k in 0..3 {
            ts[k * 188] = 0x47;
        }
        assert_eq!(sniff(&ts), Some((188, 0)));
        assert_eq!(sniff(b"FLV\x01"), None);
    }
}
