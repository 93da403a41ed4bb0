//! The audio stream's PES packets: reassembled from transport packets, their PTS unwrapped
//! across the 33-bit wrap, their payload split into codec frames queued as packets.

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;
use symphonia::core::units::{Duration, Timestamp};

use super::{EsKind, TsDemuxer, MAX_PES_BYTES, PTS_HZ, PTS_WRAP};
use crate::media::demux::DemuxEvent;
use crate::media::esparse::{aac_params, AdtsHeader, MpaHeader};

/// An audio PES packet being reassembled: its bytes so far and the length its header declares.
pub(super) struct Pes {
    pub(super) data: Vec<u8>,
    pub(super) declared: Option<usize>,
}

impl TsDemuxer {
    pub(super) fn on_audio_payload(&mut self, pusi: bool, payload: &[u8]) {
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
    pub(super) fn finish_pes(&mut self) {
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

    pub(super) fn unwrap_pts(&mut self, raw: i64) -> i64 {
        let v = unwrap_near(self.last_pts, raw);
        self.last_pts = Some(v);
        v
    }

    /// Splits elementary-stream bytes into frames and queues them as packets.
    pub(super) fn feed_es(&mut self, payload: &[u8], pts: Option<i64>) {
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
}

fn adts_params(h: &AdtsHeader) -> (AudioCodecParameters, Vec<u8>) {
    let asc = h.audio_specific_config();
    let params = aac_params(&asc).map(|(p, _)| p).unwrap_or_default();
    (params, asc.to_vec())
}

/// The PTS of a PES packet starting at `d`, if it carries one.
pub(super) fn pes_pts(d: &[u8]) -> Option<i64> {
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
}
