//! Program-specific information: PAT and PMT sections reassembled from their packets, and the
//! PMT's streams classified to choose the audio one.

use super::{EsKind, TsDemuxer, MAX_SECTION_BYTES};

/// What a PMT entry is, for choosing the audio stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum StreamClass {
    Audio(EsKind),
    UnsupportedAudio(String),
    Other,
}

impl TsDemuxer {
    pub(super) fn on_psi(&mut self, pid: u16, pusi: bool, payload: &[u8]) {
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

    pub(super) fn store_section(&mut self, pid: u16, data: Vec<u8>) {
        match self.sections.iter_mut().find(|(p, _)| *p == pid) {
            Some(s) => s.1 = data,
            None => self.sections.push((pid, data)),
        }
    }

    pub(super) fn on_pat(&mut self, s: &[u8]) {
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

    pub(super) fn on_pmt(&mut self, s: &[u8]) {
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
}

/// What a PMT entry holds, from its stream type and descriptors.
pub(super) fn classify(stream_type: u8, desc: &[u8]) -> StreamClass {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
