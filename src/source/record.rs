//! The local copy of a followed recording: what arrived, written as it is read, so the
//! recording survives the room going offline and evidence is cut from it afterwards. A
//! playlist's copy is itself a playlist (every segment read, with its duration,
//! discontinuity, program date and media sequence number, `EXT-X-GAP` for what could not be
//! read), so it places every packet on the timeline the live read used.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use crate::media::hls::SegmentRecorder;
use crate::media::m3u8::Segment;

/// The copy's note of each segment's media sequence number in the followed playlist (a
/// comment to every HLS reader), so an interrupted follow goes on where it stopped.
pub(super) const SEQ_TAG: &str = "#LIVEAUDIT-SEQUENCE:";

/// Writes what passes through to a file as well. A copy that cannot be written is given up
/// with a warning: the audit goes on without it.
pub(super) struct Tee<W: Write> {
    inner: Box<dyn Read + Send>,
    out: Option<W>,
}

impl<W: Write> Tee<W> {
    pub(super) fn new(inner: Box<dyn Read + Send>, out: W) -> Tee<W> {
        Tee {
            inner,
            out: Some(out),
        }
    }
}

impl<W: Write> Read for Tee<W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(out) = self.out.as_mut() {
            let written = if n == 0 {
                out.flush()
            } else {
                out.write_all(&buf[..n])
            };
            if let Err(e) = written {
                tracing::warn!(error = %e, "the local copy of the followed stream was given up");
                self.out = None;
            }
        }
        Ok(n)
    }
}

/// The local copy of a followed playlist: segment files and an event playlist naming them,
/// finished with ENDLIST.
pub(super) struct PlaylistCopy {
    dir: PathBuf,
    playlist: BufWriter<File>,
    count: usize,
    target: f64,
    started: bool,
    pending_map: Option<String>,
}

impl PlaylistCopy {
    pub(super) fn create(dir: &Path) -> io::Result<PlaylistCopy> {
        std::fs::create_dir_all(dir)?;
        let playlist = BufWriter::new(File::create(dir.join("index.m3u8"))?);
        Ok(PlaylistCopy {
            dir: dir.to_path_buf(),
            playlist,
            count: 0,
            target: 6.0,
            started: false,
            pending_map: None,
        })
    }

    /// Goes on writing the copy an interrupted follow left: appended to, its last entry kept
    /// (a segment cut short by the interruption is read as far as it goes).
    pub(super) fn reopen(dir: &Path) -> io::Result<PlaylistCopy> {
        let text = std::fs::read_to_string(dir.join("index.m3u8"))?;
        let text = text.replace("#EXT-X-ENDLIST\n", "");
        std::fs::write(dir.join("index.m3u8"), &text)?;
        let file = std::fs::OpenOptions::new()
            .append(true)
            .open(dir.join("index.m3u8"))?;
        let count = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let stem = l.trim_start_matches("gap-").trim_start_matches("init-");
                stem.split('.').next()?.parse::<usize>().ok()
            })
            .max()
            .unwrap_or(0);
        Ok(PlaylistCopy {
            dir: dir.to_path_buf(),
            playlist: BufWriter::new(file),
            count: count + 1,
            target: 6.0,
            started: true,
            pending_map: None,
        })
    }

    pub(super) fn playlist_path(&self) -> PathBuf {
        self.dir.join("index.m3u8")
    }

    fn write_lines(&mut self, lines: &str) {
        let written = (|| {
            if !self.started {
                self.started = true;
                write!(
                    self.playlist,
                    "#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-TARGETDURATION:{}\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:EVENT\n",
                    self.target.ceil() as u64
                )?;
            }
            self.playlist.write_all(lines.as_bytes())?;
            self.playlist.flush()
        })();
        if let Err(e) = written {
            tracing::warn!(error = %e, "the local copy's playlist could not be written");
        }
    }

    fn gap_entry(&mut self, secs: f64) {
        self.count += 1;
        let lines = format!("#EXTINF:{secs:.6},\n#EXT-X-GAP\ngap-{:06}.ts\n", self.count);
        self.write_lines(&lines);
    }
}

impl SegmentRecorder for PlaylistCopy {
    fn start(&mut self, target_secs: f64) {
        self.target = target_secs;
    }

    fn tee(
        &mut self,
        seg: &Segment,
        seq: Option<u64>,
        init: bool,
        r: Box<dyn Read + Send>,
    ) -> Box<dyn Read + Send> {
        if seg.uri.starts_with("file://") {
            return r; // a segment of this copy, read again after an interruption
        }
        self.count += 1;
        let ext = Path::new(seg.uri.split(['?', '#']).next().unwrap_or(""))
            .extension()
            .and_then(|e| e.to_str())
            .filter(|e| matches!(*e, "ts" | "aac" | "m4s" | "mp4" | "m4a" | "mp3"))
            .unwrap_or("ts");
        let name = if init {
            format!("init-{:06}.mp4", self.count)
        } else {
            format!("{:06}.{ext}", self.count)
        };
        let file = match File::create(self.dir.join(&name)) {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!(error = %e, "a segment of the local copy could not be written");
                return r;
            }
        };
        // Unbuffered: what was decoded is on disk before its window can be journaled, so a
        // follow killed mid-stream takes up a copy that holds every journaled window's audio.
        if init {
            self.pending_map = Some(name);
            return Box::new(Tee::new(r, file));
        }
        let mut lines = String::new();
        if let Some(map) = self.pending_map.take() {
            lines.push_str(&format!("#EXT-X-MAP:URI=\"{map}\"\n"));
        }
        if seg.discontinuity {
            lines.push_str("#EXT-X-DISCONTINUITY\n");
        }
        if let Some(pdt) = &seg.program_date_time {
            lines.push_str(&format!("#EXT-X-PROGRAM-DATE-TIME:{pdt}\n"));
        }
        if let Some(seq) = seq {
            lines.push_str(&format!("{SEQ_TAG}{seq}\n"));
        }
        lines.push_str(&format!("#EXTINF:{:.6},\n{name}\n", seg.duration));
        self.write_lines(&lines);
        Box::new(Tee::new(r, file))
    }

    fn unreadable(&mut self, seg: &Segment) {
        if seg.discontinuity {
            self.write_lines("#EXT-X-DISCONTINUITY\n");
        }
        self.gap_entry(seg.duration);
    }

    fn missed(&mut self, secs: f64) {
        self.gap_entry(secs);
    }

    fn finish(&mut self, _complete: bool) {
        self.write_lines("#EXT-X-ENDLIST\n");
    }
}
