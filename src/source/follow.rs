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
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::{HashTap, SourceFetch, SourceOptions};
use crate::media::follow::{Follow, FollowEnd, GapKind, GrowingReader};
use crate::media::hls::{Fetch, FetchError, LocalFetch, SegmentRecorder};
use crate::media::m3u8::ByteRange;
use crate::media::uri::redact;

use super::record::{PlaylistCopy, Tee, SEQ_TAG};
use crate::media::{self, AudioStream, MediaError};

/// How an input is followed: the patience and stop switch, and where to keep the copy.
#[derive(Debug, Clone)]
pub struct FollowSpec {
    pub follow: Follow,
    /// Folder for the local copy of a remote stream; `None` keeps none (no evidence clips
    /// then for remote inputs).
    pub copy_dir: Option<PathBuf>,
    /// Take up the copy an interrupted follow left there (a redelivered job, `--resume`);
    /// without it an existing copy is an error, never silently mixed in or overwritten.
    pub resume: bool,
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
    let reader = super::http::open_body(input, Arc::new(opts), &label)?;
    let mut reader: Box<dyn Read + Send> = Box::new(BodyEnd {
        inner: Box::new(reader),
        outcome: outcome.clone(),
        follow: spec.follow.clone(),
    });
    if let Some(dir) = &spec.copy_dir {
        check_fresh(dir, spec)?;
        let path = dir.join(format!("recording.{}", extension_of(input)));
        std::fs::create_dir_all(dir).map_err(|e| MediaError::from_io(dir, e))?;
        if path.exists() {
            // A live stream cannot be read again from where it stopped: the earlier copy is
            // kept under another name and following starts at the live point.
            let kept = dir.join(format!(
                "recording-{}.{}",
                chrono::Utc::now().format("%Y%m%dT%H%M%S"),
                extension_of(input)
            ));
            std::fs::rename(&path, &kept).map_err(|e| MediaError::from_io(&path, e))?;
            outcome.set(
                GapKind::EndedEarly,
                format!(
                    "following was interrupted and started again at the live point; what was heard before is kept in {}",
                    kept.display()
                ),
            );
        }
        let file = File::create(&path).map_err(|e| MediaError::from_io(&path, e))?;
        copy.set(path);
        reader = Box::new(Tee::new(reader, file));
    }
    media::open_reader(tap.wrap(reader), &label)
}

/// Refuses to start over a copy an earlier follow left unless asked to take it up.
fn check_fresh(dir: &Path, spec: &FollowSpec) -> Result<(), MediaError> {
    let used = std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some());
    if used && !spec.resume {
        return Err(MediaError::Unsupported {
            path: dir.to_path_buf(),
            detail: "holds the copy of an earlier follow of this input: --resume to go on with it, or move it away"
                .into(),
        });
    }
    Ok(())
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
    if let Some(dir) = &spec.copy_dir {
        check_fresh(dir, spec)?;
        if let Some(taken) = take_up_copy(dir).map_err(|e| MediaError::from_io(dir, e))? {
            return resume_playlist(input, label, fetch, tap, spec, copy, taken);
        }
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
    Ok(parts.into_stream(label))
}

/// What an interrupted follow left: its copy's segments (as `file://` URIs), the live
/// playlist's sequence to go on from, and whether the copy was already finished.
struct TakenUp {
    playlist: crate::media::m3u8::MediaPlaylist,
    next_seq: u64,
    finished: bool,
}

/// Reads the copy an earlier, interrupted follow of this input left in `dir` (a worker
/// killed mid-stream, an audit stopped and `--resume`d): `None` when there is none.
fn take_up_copy(dir: &Path) -> io::Result<Option<TakenUp>> {
    let path = dir.join("index.m3u8");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let next_seq = text
        .lines()
        .filter_map(|l| l.strip_prefix(SEQ_TAG))
        .filter_map(|v| v.trim().parse::<u64>().ok())
        .max()
        .map(|s| s + 1);
    let mut playlist = match crate::media::m3u8::parse(&text) {
        Ok(crate::media::m3u8::Playlist::Media(p)) if !p.segments.is_empty() => p,
        // Nothing usable kept: start over.
        _ => return Ok(None),
    };
    let Some(next_seq) = next_seq else {
        return Ok(None);
    };
    let canonical = dir.canonicalize()?;
    let as_uri = |name: &str| -> String {
        url::Url::from_file_path(canonical.join(name))
            .map(|u| u.to_string())
            .unwrap_or_default()
    };
    for seg in &mut playlist.segments {
        seg.uri = as_uri(&seg.uri);
        if let Some(map) = &mut seg.map {
            map.uri = as_uri(&map.uri);
        }
    }
    // A finished copy (the follow had ended before the interruption) keeps its ENDLIST:
    // only the copy is left to read.
    let finished = playlist.ended;
    Ok(Some(TakenUp {
        playlist,
        next_seq,
        finished,
    }))
}

/// Follows `input` again after its copy: the copy's segments first (read locally, so the
/// transcript journal replays their windows), then the live playlist from where the copy
/// stopped.
fn resume_playlist(
    input: &str,
    label: &Path,
    remote: SourceFetch,
    tap: &HashTap,
    spec: &FollowSpec,
    copy: &CopyPath,
    taken: TakenUp,
) -> Result<AudioStream, MediaError> {
    let dir = spec.copy_dir.clone().expect("a copy was taken up");
    tracing::info!(
        recording = %label.display(),
        segments = taken.playlist.segments.len(),
        next_sequence = taken.next_seq,
        finished = taken.finished,
        "taking up the copy of an interrupted follow"
    );
    let canonical = dir
        .canonicalize()
        .map_err(|e| MediaError::from_io(&dir, e))?;
    let fetch = CopyThenLive {
        copy_dir: canonical,
        tap: tap.clone(),
        live: remote,
    };
    let follow = spec.follow.clone();
    let recorder = PlaylistCopy::reopen(&dir).map_err(|e| MediaError::from_io(&dir, e))?;
    copy.set(recorder.playlist_path());
    let parts = media::hls::resume_playlist_following(
        input,
        label,
        Box::new(fetch),
        taken.playlist,
        taken.next_seq,
        (follow, Some(Box::new(recorder))),
    )?;
    Ok(parts.into_stream(label))
}

/// Serves a taken-up copy's own segments from its folder (and nothing else local), every
/// other URI through the live source's fetcher.
struct CopyThenLive {
    copy_dir: PathBuf,
    tap: HashTap,
    live: SourceFetch,
}

impl Fetch for CopyThenLive {
    fn open(
        &mut self,
        uri: &str,
        range: Option<ByteRange>,
    ) -> Result<Box<dyn Read + Send>, FetchError> {
        if !uri.starts_with("file://") {
            return self.live.open(uri, range);
        }
        let refused = || FetchError {
            detail: format!("{} is not in the followed copy's folder", redact(uri)),
            transient: false,
        };
        let path = url::Url::parse(uri)
            .ok()
            .and_then(|u| u.to_file_path().ok())
            .ok_or_else(refused)?;
        let inside = path
            .canonicalize()
            .is_ok_and(|p| p.starts_with(&self.copy_dir) && p.is_file());
        if !inside {
            return Err(refused());
        }
        let r = LocalFetch.open(&path.to_string_lossy(), range)?;
        Ok(self.tap.wrap(r))
    }
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
