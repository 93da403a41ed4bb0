//! A live or event playlist followed as it grows: reloaded at the pace RFC 8216 §6.3.4 sets
//! (the target duration after a change, half of it after none), new segments picked out by
//! their media sequence numbers, segments that slid off the window before they were read
//! counted with the time they leave unheard, and a wait that ends with ENDLIST, the idle limit,
//! the follow deadline or a stop.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use super::{read_playlist, Fetch};
use crate::media::follow::{Follow, FollowEnd};
use crate::media::m3u8::{Playlist, Segment};

/// Keeps a copy of what a followed playlist delivered, so the recording survives the room
/// going offline and evidence can be cut from it later (`crate::source::record`).
pub trait SegmentRecorder: Send {
    /// The playlist's target duration, before anything else.
    fn start(&mut self, target_secs: f64);
    /// Wraps the reader of a segment (`init`: its init section) so its bytes are kept too;
    /// `seq` is its media sequence number in the followed playlist.
    fn tee(
        &mut self,
        seg: &Segment,
        seq: Option<u64>,
        init: bool,
        r: Box<dyn Read + Send>,
    ) -> Box<dyn Read + Send>;
    /// `seg` could not be read (or was marked EXT-X-GAP): kept as a gap of its length.
    fn unreadable(&mut self, seg: &Segment);
    /// `secs` of segments slid off the playlist unread.
    fn missed(&mut self, secs: f64);
    /// Following is over; `complete` when the playlist said so (ENDLIST).
    fn finish(&mut self, complete: bool);
}

/// Segments a reload brought, and what was lost or late before them.
#[derive(Debug, Default)]
pub(super) struct Update {
    pub segments: Vec<Segment>,
    /// Media sequence number of the first of `segments`.
    pub first_seq: u64,
    /// Segments that slid off unread: (how many, first sequence number, seconds).
    pub missed: Option<(u64, u64, f64)>,
    /// How long the playlist brought nothing new before this, when longer than the stall
    /// limit.
    pub stalled: Option<Duration>,
}

/// What the next reload found.
pub(super) enum Reload {
    More(Update),
    /// ENDLIST (`None`) or the reason following ended without it.
    End(Option<FollowEnd>),
}

/// The state of a followed playlist.
pub(super) struct Live {
    pub follow: Follow,
    pub recorder: Option<Box<dyn SegmentRecorder>>,
    /// Media sequence number of the next segment not yet taken.
    next_seq: u64,
    target: Duration,
    last_reload: Instant,
    changed: bool,
    /// When the playlist last brought a new segment.
    last_new: Instant,
    ended: bool,
    /// Wall-clock end of the last segment taken (program date + duration), to measure what
    /// slid off.
    last_end_wall: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Reload failures in a row (only the first of a streak is noted).
    failures: usize,
}

impl Live {
    /// Follows a playlist whose first load listed `first` (sequence `media_sequence`).
    pub fn new(
        follow: Follow,
        target_secs: f64,
        media_sequence: u64,
        first: &[Segment],
        ended: bool,
    ) -> Live {
        let mut live = Live {
            follow,
            recorder: None,
            next_seq: media_sequence + first.len() as u64,
            target: Duration::from_secs_f64(target_secs.clamp(0.5, 60.0)),
            last_reload: Instant::now(),
            changed: true,
            last_new: Instant::now(),
            ended,
            last_end_wall: None,
            failures: 0,
        };
        if let Some(s) = first.last() {
            live.last_end_wall = end_wall(s);
        }
        live
    }

    /// Waits for the playlist at `uri` to list segments after those taken; `note` receives
    /// what is worth a warning (a reload that failed).
    pub fn next(
        &mut self,
        uri: &str,
        label: &Path,
        fetch: &mut dyn Fetch,
        note: &mut dyn FnMut(String),
    ) -> Reload {
        loop {
            if self.ended {
                return Reload::End(None);
            }
            if let Some(end) = self.follow.end_reason(self.last_new) {
                return Reload::End(Some(end));
            }
            let wait = if self.changed {
                self.target
            } else {
                self.target / 2
            };
            let due = self.last_reload + wait;
            let now = Instant::now();
            if due > now {
                self.follow.sleep(due - now);
                continue;
            }
            self.last_reload = Instant::now();
            match read_playlist(uri, label, fetch) {
                Ok(Playlist::Media(p)) => {
                    self.failures = 0;
                    let update = self.merge(p.media_sequence, p.segments, p.ended);
                    if let Some(update) = update {
                        return Reload::More(update);
                    }
                }
                Ok(Playlist::Master(_)) => {
                    self.failure(note, "it became a master playlist".into());
                }
                Err(e) => self.failure(note, e.to_string()),
            }
        }
    }

    fn failure(&mut self, note: &mut dyn FnMut(String), why: String) {
        self.changed = false;
        self.failures += 1;
        if self.failures == 1 {
            note(format!(
                "reloading the live playlist failed ({why}); retrying until --idle"
            ));
        }
    }

    /// Takes what a reload listed past the segments already taken.
    fn merge(&mut self, seq: u64, segments: Vec<Segment>, ended: bool) -> Option<Update> {
        self.ended = ended;
        let listed_end = seq + segments.len() as u64;
        if listed_end <= self.next_seq {
            self.changed = false;
            return ended.then(Update::default);
        }
        let mut update = Update::default();
        let waited = self.last_new.elapsed();
        if waited > self.follow.stall {
            update.stalled = Some(waited);
        }
        let skip = self.next_seq.saturating_sub(seq) as usize;
        if seq > self.next_seq {
            let count = seq - self.next_seq;
            let by_clock = match (self.last_end_wall, segments.first().and_then(start_wall)) {
                (Some(a), Some(b)) if b > a => Some((b - a).num_milliseconds() as f64 / 1000.0),
                _ => None,
            };
            // Without program dates, the segments listed now say how long segments run (the
            // target duration is only their ceiling).
            let typical = if segments.is_empty() {
                self.target.as_secs_f64()
            } else {
                segments.iter().map(|s| s.duration).sum::<f64>() / segments.len() as f64
            };
            let secs = by_clock.unwrap_or(count as f64 * typical);
            update.missed = Some((count, self.next_seq, secs));
        }
        update.first_seq = seq + skip as u64;
        update.segments = segments.into_iter().skip(skip).collect();
        if let Some(s) = update.segments.last() {
            self.last_end_wall = end_wall(s).or(self.last_end_wall);
        }
        self.next_seq = listed_end;
        self.changed = true;
        self.last_new = Instant::now();
        Some(update)
    }
}

fn start_wall(s: &Segment) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    super::parse_date_time(s.program_date_time.as_deref()?)
}

fn end_wall(s: &Segment) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    start_wall(s).map(|t| t + chrono::Duration::milliseconds((s.duration * 1000.0) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(n: u64) -> Segment {
        Segment {
            uri: format!("s{n}.ts"),
            duration: 6.0,
            discontinuity: false,
            program_date_time: Some(format!("2026-12-07T10:00:{:02}Z", n * 6)),
            range: None,
            map: None,
            key_method: None,
            gap: false,
            line: 0,
        }
    }

    fn live(first: &[Segment], seq: u64) -> Live {
        Live::new(Follow::new(Duration::from_secs(60)), 6.0, seq, first, false)
    }

    #[test]
    fn a_reload_takes_only_new_segments() {
        let mut l = live(&[seg(0), seg(1), seg(2)], 0);
        assert!(l.merge(0, vec![seg(0), seg(1), seg(2)], false).is_none());
        let u = l
            .merge(1, vec![seg(1), seg(2), seg(3), seg(4)], false)
            .unwrap();
        assert_eq!(
            u.segments
                .iter()
                .map(|s| s.uri.as_str())
                .collect::<Vec<_>>(),
            ["s3.ts", "s4.ts"]
        );
        assert!(u.missed.is_none());
    }

    #[test]
    fn segments_that_slid_off_are_counted_with_their_time() {
        let mut l = live(&[seg(0), seg(1)], 0);
        let u = l.merge(5, vec![seg(5), seg(6)], false).unwrap();
        assert_eq!(u.segments.len(), 2);
        let (count, first, secs) = u.missed.unwrap();
        assert_eq!((count, first), (3, 2));
        assert!((secs - 18.0).abs() < 1e-6, "{secs}");
    }

    #[test]
    fn without_program_dates_the_listed_durations_measure_the_loss() {
        let mut a = seg(0);
        a.program_date_time = None;
        let mut l = live(&[a], 10);
        let mut b = seg(9);
        b.program_date_time = None;
        let u = l.merge(13, vec![b], false).unwrap();
        assert_eq!(u.missed.map(|m| (m.0, m.1)), Some((2, 11)));
        assert!((u.missed.unwrap().2 - 12.0).abs() < 1e-6);
    }

    #[test]
    fn endlist_without_new_segments_still_ends() {
        let mut l = live(&[seg(0)], 0);
        let u = l.merge(0, vec![seg(0)], true).unwrap();
        assert!(u.segments.is_empty());
        assert!(l.ended);
    }
}
