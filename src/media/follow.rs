//! Following a recording while it grows: a live or event HLS playlist reloaded until it ends,
//! a file a recorder is still writing, an HTTP-FLV response that lasts as long as the room.
//!
//! [`Follow`] says when to stop waiting for more (the stream ended, nothing new for `idle`,
//! the follow deadline, or a stop asked for from outside: SIGTERM, a worker shutting down);
//! what was heard up to then is audited as the whole recording. [`GrowingReader`] turns a
//! file that is still being written into a reader that waits at its end instead of ending.
//! [`CoverageGap`]s are the stretches of the timeline that could not be heard and why.

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long to go on waiting for a growing input, and the switch that stops it.
#[derive(Debug, Clone)]
pub struct Follow {
    /// End when the input has not grown for this long.
    pub idle: Duration,
    /// End at this wall-clock instant whatever the input does (`--max-duration`).
    pub deadline: Option<Instant>,
    /// Set from outside (SIGTERM, a worker's shutdown) to end with what was heard.
    pub stop: Arc<AtomicBool>,
    /// How often a growing file is looked at again.
    pub poll: Duration,
    /// A wait for new data longer than this is recorded as a stall (a coverage gap).
    pub stall: Duration,
}

impl Follow {
    /// Following with `idle` patience and no deadline.
    pub fn new(idle: Duration) -> Follow {
        Follow {
            idle,
            deadline: None,
            stop: Arc::new(AtomicBool::new(false)),
            poll: Duration::from_millis(200),
            stall: Duration::from_secs(20),
        }
    }

    /// Why following must end now, if it must (`waiting_since`: when data last arrived).
    pub fn end_reason(&self, waiting_since: Instant) -> Option<FollowEnd> {
        if self.stop.load(Ordering::Relaxed) {
            return Some(FollowEnd::Stopped);
        }
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            return Some(FollowEnd::MaxDuration);
        }
        if waiting_since.elapsed() >= self.idle {
            return Some(FollowEnd::Idle);
        }
        None
    }

    /// Sleeps `d`, or less when a stop is asked for or the deadline comes first.
    pub fn sleep(&self, d: Duration) {
        let until = Instant::now() + d;
        let until = self.deadline.map_or(until, |dl| dl.min(until));
        while !self.stop.load(Ordering::Relaxed) {
            let now = Instant::now();
            if now >= until {
                return;
            }
            std::thread::sleep((until - now).min(Duration::from_millis(100)));
        }
    }
}

/// Why following ended before the input said it was complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowEnd {
    /// Asked to stop (SIGTERM, shutdown).
    Stopped,
    /// The follow deadline passed.
    MaxDuration,
    /// Nothing new for the idle limit.
    Idle,
}

impl FollowEnd {
    /// Words for notes and logs.
    pub fn describe(self, follow: &Follow) -> String {
        match self {
            FollowEnd::Stopped => "following was stopped".into(),
            FollowEnd::MaxDuration => "the follow deadline (--max-duration) passed".into(),
            FollowEnd::Idle => format!(
                "the stream did not grow for {} s (--idle)",
                follow.idle.as_secs()
            ),
        }
    }
}

/// Why a stretch of a followed recording was not heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// Segments slid off a live playlist before they were fetched.
    MissedSegments,
    /// A segment the playlist listed could not be read (or was marked EXT-X-GAP).
    UnreadableSegment,
    /// `EXT-X-DISCONTINUITY`: the stream was spliced here (zero length: a marker).
    Discontinuity,
    /// No new data for longer than the stall limit, then the stream went on.
    Stall,
    /// The stream stopped without saying it ended (no ENDLIST, a response cut off, idle).
    EndedEarly,
    /// A gap in the container's timestamps.
    Timeline,
}

impl GapKind {
    /// The name findings.json gives it (`missed_segments`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            GapKind::MissedSegments => "missed_segments",
            GapKind::UnreadableSegment => "unreadable_segment",
            GapKind::Discontinuity => "discontinuity",
            GapKind::Stall => "stall",
            GapKind::EndedEarly => "ended_early",
            GapKind::Timeline => "timeline",
        }
    }
}

/// A stretch of the recording's timeline that could not be heard, with its cause.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CoverageGap {
    pub start_ms: u64,
    pub end_ms: u64,
    pub kind: GapKind,
    /// What happened, for people ("3 segments (sequence 41–43) slid off the playlist").
    pub detail: String,
}

/// A local file a recorder is still writing, read as a stream that waits at its current end
/// until the file grows again or [`Follow`] says to stop. A file that shrinks (truncated or
/// replaced) ends the stream with an error rather than splicing unrelated bytes.
pub struct GrowingReader {
    file: std::fs::File,
    follow: Follow,
    read: u64,
    last_growth: Instant,
    /// How the stream ended at its idle end, once it has.
    ended: Option<FollowEnd>,
}

impl GrowingReader {
    /// Follows `file` from its start.
    pub fn new(file: std::fs::File, follow: Follow) -> GrowingReader {
        GrowingReader {
            file,
            follow,
            read: 0,
            last_growth: Instant::now(),
            ended: None,
        }
    }

    /// Why the stream ended, once it has.
    pub fn ended(&self) -> Option<FollowEnd> {
        self.ended
    }
}

impl Read for GrowingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() || self.ended.is_some() {
            return Ok(0);
        }
        loop {
            let n = self.file.read(buf)?;
            if n > 0 {
                self.read += n as u64;
                self.last_growth = Instant::now();
                return Ok(n);
            }
            let len = self.file.metadata()?.len();
            if len < self.read {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "the file shrank from {} to {len} bytes while it was followed (truncated or replaced)",
                        self.read
                    ),
                ));
            }
            if let Some(end) = self.follow.end_reason(self.last_growth) {
                self.ended = Some(end);
                return Ok(0);
            }
            self.follow.sleep(self.follow.poll);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_growing_file_is_read_as_it_grows_and_ends_when_idle() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rec.flv");
        let mut w = std::fs::File::create(&path).unwrap();
        w.write_all(b"abc").unwrap();
        let mut follow = Follow::new(Duration::from_millis(400));
        follow.poll = Duration::from_millis(20);
        let mut r = GrowingReader::new(std::fs::File::open(&path).unwrap(), follow);
        let writer = std::thread::spawn(move || {
            for chunk in [b"def", b"ghi"] {
                std::thread::sleep(Duration::from_millis(150));
                w.write_all(chunk).unwrap();
                w.flush().unwrap();
            }
        });
        let mut got = Vec::new();
        r.read_to_end(&mut got).unwrap();
        writer.join().unwrap();
        assert_eq!(got, b"abcdefghi");
        assert_eq!(r.ended(), Some(FollowEnd::Idle));
    }

    #[test]
    fn a_stop_ends_the_wait_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rec.ts");
        std::fs::write(&path, b"x").unwrap();
        let follow = Follow::new(Duration::from_secs(3600));
        let stop = follow.stop.clone();
        let mut r = GrowingReader::new(std::fs::File::open(&path).unwrap(), follow);
        let t = Instant::now();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            stop.store(true, Ordering::Relaxed);
        });
        let mut got = Vec::new();
        r.read_to_end(&mut got).unwrap();
        assert_eq!(got, b"x");
        assert_eq!(r.ended(), Some(FollowEnd::Stopped));
        assert!(t.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn gap_kinds_are_named_as_serialized() {
        for k in [
            GapKind::MissedSegments,
            GapKind::UnreadableSegment,
            GapKind::Discontinuity,
            GapKind::Stall,
            GapKind::EndedEarly,
            GapKind::Timeline,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }

    #[test]
    fn a_file_that_shrinks_is_an_error_not_a_splice() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rec.flv");
        std::fs::write(&path, b"abcdef").unwrap();
        let mut follow = Follow::new(Duration::from_secs(5));
        follow.poll = Duration::from_millis(10);
        let mut r = GrowingReader::new(std::fs::File::open(&path).unwrap(), follow);
        let mut buf = [0u8; 16];
        assert_eq!(r.read(&mut buf).unwrap(), 6);
        std::fs::write(&path, b"ab").unwrap();
        let e = r.read(&mut buf).unwrap_err();
        assert!(e.to_string().contains("shrank"), "{e}");
    }
}
