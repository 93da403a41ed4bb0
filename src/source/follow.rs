//! Following a recording that is still growing, as a source: a local file a recorder is
//! writing, a live HLS playlist (local or remote) and an HTTP-FLV (or TS) response that lasts
//! as long as the room. What was read is kept as a local copy beside the outputs
//! (`OUT/<name>.live/`), so evidence can be cut after the room has gone offline and the
//! finished audit is the audit of that copy.
//!
//! The copy of a playlist is itself a playlist: every segment read, in order, with its
//! duration, discontinuity and program date, and `EXT-X-GAP` entries for what could not be
//! read or slid off the window, so it places every packet on the same timeline as the live
//! read did.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::http::HttpClient;
use super::{HashTap, SourceFetch, SourceOptions};
use crate::media::follow::{Follow, FollowEnd, GapKind, GrowingReader};
use crate::media::hls::SegmentRecorder;
use crate::media::m3u8::Segment;
use crate::media::{self, AudioStream, MediaError};

/// How an input is followed: the patience and stop switch, and where to keep the copy.
#[derive(Debug, Clone)]
pub struct FollowSpec {
    pub follow: Follow,
    /// Folder for the local copy of a remote stream; `None` keeps none (no evidence clips
    /// then for remote inputs).
    pub copy_dir: Option<PathBuf>,
}

/// What following learned at the end that the stream itself cannot say (a live response
/// dropped, following stopped by a signal): a kind and words, read by the audit core once the
/// stream is done and recorded as a coverage gap at the end of what was heard.
#[derive(Clone, Default)]
pub struct FollowOutcome(Arc<Mutex<Option<(GapKind, String)>>>);

impl FollowOutcome {
    fn set(&self, kind: GapKind, detail: String) {
        let mut g = self.0.lock().unwrap_or_else(|p| p.into_inner());
        g.get_or_insert((kind, detail));
    }

    /// The end fact, if there is one.
    pub fn take(&self) -> Option<(GapKind, String)> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// Where the local copy of a followed input is, once known: the playlist or file to cut
/// evidence from.
#[derive(Clone, Default)]
pub struct CopyPath(Arc<Mutex<Option<PathBuf>>>);

impl CopyPath {
    fn set(&self, p: PathBuf) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(p);
    }

    /// The copy's path, if one was made.
    pub fn get(&self) -> Option<PathBuf> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// Opens `input` to be followed: a growing local file, a live playlist or a live http body.
/// Bytes go through `tap`, as for any stream; the end facts go to `outcome` and the copy's
/// path to `copy`.
pub fn open(
    input: &str,
    opts: &SourceOptions,
    tap: &HashTap,
    spec: &FollowSpec,
    outcome: &FollowOutcome,
    copy: &CopyPath,
) -> Result<AudioStream, MediaError> {
    let label = super::label(input);
    let local = !super::is_url(input);
    if super::is_playlist_name(input)
        || (local
            && media::probe::sniff_file(Path::new(local_path(input))).ok()
                == Some(media::probe::Sniffed::Playlist))
    {
        return open_playlist(input, &label, opts, tap, spec, copy);
    }
    if local {
        let path = Path::new(local_path(input));
        copy.set(path.to_path_buf());
        let file = File::open(path).map_err(|e| MediaError::from_io(path, e))?;
        let reader = FileEnd {
            inner: GrowingReader::new(file, spec.follow.clone()),
            outcome: outcome.clone(),
            follow: spec.follow.clone(),
        };
        return media::open_reader(tap.wrap(Box::new(reader)), &label);
    }
    let mut opts = opts.clone();
    opts.live_body = true;
    let opts = Arc::new(opts);
    let client = HttpClient::new(opts, input).map_err(|detail| MediaError::Fetch {
        path: label.clone(),
        detail,
        transient: false,
    })?;
    let reader = client.get(input, None).map_err(|e| MediaError::Fetch {
        path: label.clone(),
        detail: e.detail,
        transient: e.transient,
    })?;
    let mut reader: Box<dyn Read + Send> = Box::new(BodyEnd {
        inner: Box::new(reader),
        outcome: outcome.clone(),
        follow: spec.follow.clone(),
    });
    if let Some(dir) = &spec.copy_dir {
        let path = dir.join(format!("recording.{}", extension_of(input)));
        std::fs::create_dir_all(dir).map_err(|e| MediaError::from_io(dir, e))?;
        let file = File::create(&path).map_err(|e| MediaError::from_io(&path, e))?;
        copy.set(path);
        reader = Box::new(Tee::new(reader, file));
    }
    media::open_reader(tap.wrap(reader), &label)
}

fn local_path(input: &str) -> &str {
    input.strip_prefix("file://").unwrap_or(input)
}

/// The copy's extension from the URL's path (flv unless it says ts).
fn extension_of(url: &str) -> &'static str {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    if path.ends_with(".ts") {
        "ts"
    } else {
        "flv"
    }
}

fn open_playlist(
    input: &str,
    label: &Path,
    opts: &SourceOptions,
    tap: &HashTap,
    spec: &FollowSpec,
    copy: &CopyPath,
) -> Result<AudioStream, MediaError> {
    let mut fetch = SourceFetch::new(Arc::new(opts.clone()), tap.clone()).headers_for(input);
    if super::is_url(input) {
        fetch = fetch.remote_only();
    }
    let recorder: Option<Box<dyn SegmentRecorder>> = match &spec.copy_dir {
        Some(dir) => {
            let r = PlaylistCopy::create(dir).map_err(|e| MediaError::from_io(dir, e))?;
            copy.set(r.playlist_path());
            Some(Box::new(r))
        }
        None => {
            if !super::is_url(input) {
                copy.set(PathBuf::from(local_path(input)));
            }
            None
        }
    };
    let parts = media::hls::open_playlist_following(
        input,
        label,
        Box::new(fetch),
        Some((spec.follow.clone(), recorder)),
    )?;
    Ok(AudioStream::from_parts(
        label,
        parts.info,
        parts.demuxer,
        parts.decoder,
    ))
}

/// A growing file that reports a stop or a deadline as an early end.
struct FileEnd {
    inner: GrowingReader,
    outcome: FollowOutcome,
    follow: Follow,
}

impl Read for FileEnd {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 {
            if let Some(end @ (FollowEnd::Stopped | FollowEnd::MaxDuration)) = self.inner.ended() {
                self.outcome
                    .set(GapKind::EndedEarly, end.describe(&self.follow));
            }
        }
        Ok(n)
    }
}

/// A live http body: a dropped connection or a stop ends it (recorded), the end of the
/// response ends it as the room closing.
struct BodyEnd {
    inner: Box<dyn Read + Send>,
    outcome: FollowOutcome,
    follow: Follow,
}

impl Read for BodyEnd {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let started = std::time::Instant::now();
        if let Some(end @ (FollowEnd::Stopped | FollowEnd::MaxDuration)) =
            self.follow.end_reason(started)
        {
            self.outcome
                .set(GapKind::EndedEarly, end.describe(&self.follow));
            return Ok(0);
        }
        match self.inner.read(buf) {
            Ok(n) => Ok(n),
            Err(e) => {
                self.outcome.set(
                    GapKind::EndedEarly,
                    format!("the live stream's connection was lost: {e}"),
                );
                Ok(0)
            }
        }
    }
}

/// Writes what passes through to a file as well. A copy that cannot be written is given up
/// with a warning: the audit goes on without it.
struct Tee<W: Write> {
    inner: Box<dyn Read + Send>,
    out: Option<W>,
}

impl<W: Write> Tee<W> {
    fn new(inner: Box<dyn Read + Send>, out: W) -> Tee<W> {
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
struct PlaylistCopy {
    dir: PathBuf,
    playlist: BufWriter<File>,
    count: usize,
    target: f64,
    started: bool,
    pending_map: Option<String>,
}

impl PlaylistCopy {
    fn create(dir: &Path) -> io::Result<PlaylistCopy> {
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

    fn playlist_path(&self) -> PathBuf {
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

    fn tee(&mut self, seg: &Segment, init: bool, r: Box<dyn Read + Send>) -> Box<dyn Read + Send> {
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
        if init {
            self.pending_map = Some(name);
            return Box::new(Tee::new(r, BufWriter::new(file)));
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
        lines.push_str(&format!("#EXTINF:{:.6},\n{name}\n", seg.duration));
        self.write_lines(&lines);
        Box::new(Tee::new(r, BufWriter::new(file)))
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
