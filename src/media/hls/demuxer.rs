//! The HLS demuxer proper: a media playlist's segments opened one after the other through a
//! [`Fetch`], their packets placed on the playlist timeline (PTS continuity inside a
//! discontinuity sequence, the playlist time at its start), `EXT-X-PROGRAM-DATE-TIME` turned
//! into wall-clock anchors, unreadable segments noted as gaps.

use std::path::{Path, PathBuf};

use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::packet::Packet;
use symphonia::core::units::TimeBase;

use super::clock::{nearest_wrap, rescale};
use super::fmp4::{first_tfdt, read_bounded};
use super::live::{Live, Reload, SegmentRecorder};
use super::{fetch_error, parse_date_time, resolve, shown, Fetch, FetchError};
use crate::failure::Classify;
use crate::media::decode::codec_name;
use crate::media::demux::{DemuxEvent, Demuxer, PacketError, TrackInfo};
use crate::media::follow::{Follow, GapKind};
use crate::media::m3u8::{ByteRange, MediaPlaylist, Segment};
use crate::media::mpegts::PTS_HZ;
use crate::media::probe::{self, OpenedParts};
use crate::media::{MediaError, MediaInfo};

/// Notes kept (more are counted).
const MAX_NOTES: usize = 48;
/// Segments in a row that could not be read before the playlist is given up: each failure
/// may take several seconds of retries, and a playlist of thousands of dead segments must not
/// hold a worker (and its ever-extended lease) for days.
pub const MAX_CONSECUTIVE_SEGMENT_FAILURES: usize = 10;

struct Current {
    demuxer: Box<dyn Demuxer>,
    index: usize,
    time_base: TimeBase,
    /// PTS-continuous with the previous segment of the same discontinuity sequence (TS, fMP4).
    continuous: bool,
    /// Added to the segment's timestamps (in 90 kHz) to place them on the playlist timeline;
    /// set at its first packet.
    shift: Option<i64>,
    /// Added to packet timestamps first, in the segment's time base: an fMP4 fragment's
    /// `tfdt` decode time, which symphonia does not apply (it starts every fragment at 0).
    base: i64,
}

/// Reads the audio of an HLS media playlist's segments in order.
pub struct HlsDemuxer {
    label: PathBuf,
    playlist_uri: String,
    fetch: Box<dyn Fetch>,
    segments: Vec<Segment>,
    starts: Vec<f64>,
    target: f64,
    next_index: usize,
    current: Option<Current>,
    track: TrackInfo,
    offset: Option<i64>,
    last_wall: Option<(i64, chrono::DateTime<chrono::FixedOffset>)>,
    init: Option<(String, Option<ByteRange>, Vec<u8>)>,
    events: Vec<DemuxEvent>,
    notes: usize,
    fetched: usize,
    first_failure: Option<FetchError>,
    /// Segments that could not be read since the last one that could.
    failures_in_row: usize,
    /// Set when the playlist is followed as it grows (live or event playlists).
    live: Option<Live>,
    /// Media sequence number of each segment (None: not from the followed playlist, e.g. a
    /// segment of a local copy taken up again).
    sequences: Vec<Option<u64>>,
}

impl HlsDemuxer {
    /// Opens the first readable segment of `p` and the decoder for its audio; `label` names
    /// the playlist in errors, `uri` is where its segment URIs are relative to.
    pub(super) fn open(
        label: &Path,
        uri: String,
        p: MediaPlaylist,
        fetch: Box<dyn Fetch>,
        follow: Option<(Follow, Option<Box<dyn SegmentRecorder>>)>,
        resume_at: Option<u64>,
    ) -> Result<OpenedParts, MediaError> {
        // Taking up a local copy: its segments are not from the live playlist, which goes on
        // at sequence `resume_at`.
        let first_seq = match resume_at {
            Some(next) => next.saturating_sub(p.segments.len() as u64),
            None => p.media_sequence,
        };
        let live = follow.map(|(f, recorder)| {
            let mut live = Live::new(f, p.target_duration, first_seq, &p.segments, p.ended);
            live.recorder = recorder.map(|mut r| {
                r.start(p.target_duration);
                r
            });
            live
        });
        let mut d = HlsDemuxer::new(label, uri, p, fetch, live);
        if resume_at.is_some() {
            d.sequences = vec![None; d.segments.len()];
        }
        let params = d.open_first()?;
        let info = MediaInfo {
            container: "hls".into(),
            codec: codec_name(params.codec),
            sample_rate: params.sample_rate.unwrap_or(0),
            channels: params.channels.as_ref().map_or(0, |c| c.count() as u32),
            duration_ms: d.track.duration_ms,
        };
        d.track.params = params;
        let decoder = probe::make_decoder(label, "hls", &d.track.params)?;
        Ok(OpenedParts {
            info,
            demuxer: Box::new(d),
            decoder,
        })
    }

    fn new(
        label: &Path,
        uri: String,
        p: MediaPlaylist,
        fetch: Box<dyn Fetch>,
        live: Option<Live>,
    ) -> Self {
        let mut t = 0.0;
        let starts = p
            .segments
            .iter()
            .map(|s| {
                let start = t;
                t += s.duration;
                start
            })
            .collect();
        let mut d = HlsDemuxer {
            label: label.to_path_buf(),
            playlist_uri: uri,
            fetch,
            target: p.target_duration,
            starts,
            next_index: 0,
            current: None,
            track: TrackInfo {
                container: "hls".into(),
                params: AudioCodecParameters::new(),
                time_base: TimeBase::try_from_recip(PTS_HZ).expect("90 kHz is valid"),
                origin_ts: Some(0),
                duration_ms: (p.ended && live.is_none())
                    .then(|| (p.duration_secs() * 1000.0) as u64),
            },
            segments: p.segments,
            offset: None,
            last_wall: None,
            init: None,
            events: Vec::new(),
            notes: 0,
            fetched: 0,
            first_failure: None,
            failures_in_row: 0,
            live,
            sequences: Vec::new(),
        };
        d.sequences = (0..d.segments.len() as u64)
            .map(|i| Some(p.media_sequence + i))
            .collect();
        if !p.ended && d.live.is_none() {
            d.note(format!(
                "the playlist has no EXT-X-ENDLIST (a live or event playlist); the {} segments it lists were read",
                d.segments.len()
            ));
        }
        d
    }

    /// Notes segment `i` as unread: a warning, a coverage gap over its span, a gap in the
    /// followed copy.
    fn unreadable(&mut self, i: usize, seg: &Segment, msg: String) {
        self.coverage(
            self.starts[i],
            seg.duration,
            GapKind::UnreadableSegment,
            msg.clone(),
        );
        if let Some(rec) = self.live.as_mut().and_then(|l| l.recorder.as_mut()) {
            rec.unreadable(seg);
        }
        self.note(msg);
    }

    /// Reports `secs` from playlist time `at` as a coverage gap of `kind`.
    fn coverage(&mut self, at: f64, secs: f64, kind: GapKind, detail: String) {
        self.events.push(DemuxEvent::Coverage {
            ts: (at * f64::from(PTS_HZ)).round() as i64,
            dur_ms: (secs * 1000.0).round().max(0.0) as u64,
            kind,
            detail,
        });
    }

    /// The end of the playlist timeline so far (seconds).
    fn timeline_end(&self) -> f64 {
        match (self.starts.last(), self.segments.last()) {
            (Some(s), Some(seg)) => s + seg.duration,
            _ => 0.0,
        }
    }

    /// For a followed playlist: waits for segments past those listed and appends them;
    /// false when following is over (ENDLIST, idle, deadline, stop) or not following.
    fn extend(&mut self) -> bool {
        let Some(mut live) = self.live.take() else {
            return false;
        };
        let mut notes = Vec::new();
        let reload = live.next(
            &self.playlist_uri,
            &self.label,
            &mut *self.fetch,
            &mut |n| notes.push(n),
        );
        for n in notes {
            self.note(n);
        }
        let more = match reload {
            Reload::End(why) => {
                let end = self.timeline_end();
                if let Some(why) = why {
                    let detail = format!(
                        "the playlist had no EXT-X-ENDLIST when following ended: {}",
                        why.describe(&live.follow)
                    );
                    self.coverage(end, 0.0, GapKind::EndedEarly, detail.clone());
                    self.note(detail);
                }
                if let Some(rec) = live.recorder.as_mut() {
                    rec.finish(why.is_none());
                }
                false
            }
            Reload::More(update) => {
                let mut t = self.timeline_end();
                if let Some(waited) = update.stalled {
                    let detail = format!(
                        "no new segment for {} s (a stall); the stream went on",
                        waited.as_secs()
                    );
                    self.coverage(t, 0.0, GapKind::Stall, detail);
                }
                if let Some((count, first, secs)) = update.missed {
                    let detail = format!(
                        "{count} segment(s) from sequence {first} ({t:.1}–{:.1} s) slid off the live playlist before they were read",
                        t + secs
                    );
                    self.coverage(t, secs, GapKind::MissedSegments, detail.clone());
                    self.note(detail);
                    if let Some(rec) = live.recorder.as_mut() {
                        rec.missed(secs);
                    }
                    t += secs;
                }
                for (k, seg) in update.segments.into_iter().enumerate() {
                    self.sequences.push(Some(update.first_seq + k as u64));
                    self.starts.push(t);
                    t += seg.duration;
                    self.segments.push(seg);
                }
                true
            }
        };
        self.live = Some(live);
        more
    }

    fn note(&mut self, msg: String) {
        self.notes += 1;
        if self.notes <= MAX_NOTES {
            self.events.push(DemuxEvent::Note(msg));
        }
    }

    /// Opens segments until one yields an audio track; its parameters are the track's.
    fn open_first(&mut self) -> Result<AudioCodecParameters, MediaError> {
        loop {
            while self.next_index < self.segments.len() {
                if let Some(params) = self.advance()? {
                    return Ok(params);
                }
            }
            if !self.extend() {
                break;
            }
        }
        let n = self.segments.len();
        if n == 0 {
            return Err(MediaError::Malformed {
                path: self.label.clone(),
                container: "hls".into(),
                detail: "the live playlist lists no segments yet (follow it with --follow)".into(),
            });
        }
        Err(match self.first_failure.take() {
            Some(f) => MediaError::Fetch {
                path: self.label.clone(),
                detail: format!(
                    "none of the playlist's {n} segment(s) could be read (first: {})",
                    f.detail
                ),
                transient: f.transient,
            },
            None => MediaError::NoAudioTrack {
                path: self.label.clone(),
                container: "hls".into(),
            },
        })
    }

    /// Opens the next segment as the current one; `Ok(None)` when it could not be read (noted).
    /// Returns its audio parameters.
    fn advance(&mut self) -> Result<Option<AudioCodecParameters>, MediaError> {
        let i = self.next_index;
        self.next_index += 1;
        let seg = self.segments[i].clone();
        let span = format!(
            "{:.1}–{:.1} s",
            self.starts[i],
            self.starts[i] + seg.duration
        );
        if seg.discontinuity && i > 0 {
            let detail = format!(
                "EXT-X-DISCONTINUITY before segment {} at {:.1} s: the stream was spliced there",
                shown(&seg.uri),
                self.starts[i]
            );
            self.coverage(self.starts[i], 0.0, GapKind::Discontinuity, detail);
        }
        if seg.gap {
            let msg = format!(
                "segment {} ({span}) is marked EXT-X-GAP; the timeline keeps a gap there",
                shown(&seg.uri)
            );
            self.unreadable(i, &seg, msg);
            return Ok(None);
        }
        let seq = self.sequences.get(i).copied().flatten();
        match self.open_segment(&seg, seq) {
            Ok((parts, base)) => {
                self.fetched += 1;
                self.failures_in_row = 0;
                let params = parts.demuxer.track().params.clone();
                let continuous = matches!(parts.info.container.as_str(), "mpegts" | "mp4");
                let time_base = parts.demuxer.track().time_base;
                if self.fetched > 1 && !same_params(&params, &self.track.params) {
                    self.events.push(DemuxEvent::NewParams(params.clone()));
                    self.track.params = params.clone();
                }
                self.current = Some(Current {
                    demuxer: parts.demuxer,
                    index: i,
                    time_base,
                    continuous,
                    shift: None,
                    base,
                });
                Ok(Some(params))
            }
            Err(e) => {
                let detail = e.to_string();
                let detail = detail
                    .strip_prefix(&format!("{}: ", segment_label(&self.label, &seg).display()))
                    .unwrap_or(&detail)
                    .to_string();
                let msg = format!(
                    "segment {} ({span}) could not be read: {detail}; the timeline keeps a gap there",
                    shown(&seg.uri)
                );
                self.unreadable(i, &seg, msg);
                self.first_failure.get_or_insert(FetchError {
                    detail: format!("{}: {detail}", shown(&seg.uri)),
                    transient: e.is_retryable(),
                });
                self.failures_in_row += 1;
                if self.failures_in_row >= MAX_CONSECUTIVE_SEGMENT_FAILURES {
                    return Err(MediaError::Fetch {
                        path: self.label.clone(),
                        detail: format!(
                            "{} segments in a row could not be read (the last: {}: {detail}); the rest of the playlist was given up",
                            self.failures_in_row,
                            shown(&seg.uri)
                        ),
                        transient: false,
                    });
                }
                Ok(None)
            }
        }
    }

    fn open_segment(
        &mut self,
        seg: &Segment,
        seq: Option<u64>,
    ) -> Result<(OpenedParts, i64), MediaError> {
        let label = segment_label(&self.label, seg);
        let uri = resolve(&self.playlist_uri, &seg.uri);
        let mut reader = self
            .fetch
            .open(&uri, seg.range)
            .map_err(|e| fetch_error(&label, "cannot fetch", e))?;
        let Some(map) = &seg.map else {
            if let Some(rec) = self.live.as_mut().and_then(|l| l.recorder.as_mut()) {
                reader = rec.tee(seg, seq, false, reader);
            }
            return Ok((probe::open_stream_parts(reader, &label)?, 0));
        };
        let init_uri = resolve(&self.playlist_uri, &map.uri);
        let cached = matches!(&self.init, Some((u, r, _)) if *u == init_uri && *r == map.range);
        if !cached {
            let mut init = self
                .fetch
                .open(&init_uri, map.range)
                .map_err(|e| fetch_error(&label, "cannot fetch its init section", e))?;
            if let Some(rec) = self.live.as_mut().and_then(|l| l.recorder.as_mut()) {
                init = rec.tee(seg, seq, true, init);
            }
            let bytes = read_bounded(init, &label)?;
            self.init = Some((init_uri, map.range, bytes));
        }
        if let Some(rec) = self.live.as_mut().and_then(|l| l.recorder.as_mut()) {
            reader = rec.tee(seg, seq, false, reader);
        }
        let segment = read_bounded(reader, &label)?;
        let base = first_tfdt(&segment).map_or(0, |t| t.min(i64::MAX as u64 / 4) as i64);
        let mut bytes = self.init.as_ref().map(|i| i.2.clone()).unwrap_or_default();
        bytes.extend(segment);
        Ok((probe::open_bytes_parts(bytes, &label)?, base))
    }

    /// Places a packet of the current segment on the playlist timeline.
    fn place(&mut self, mut packet: Packet) -> Packet {
        let tb90 = self.track.time_base;
        let cur = self.current.as_mut().expect("placing needs a segment");
        let p90 = rescale(
            packet.pts.get().saturating_add(cur.base),
            cur.time_base,
            tb90,
        );
        let shift = match cur.shift {
            Some(s) => s,
            None => {
                let i = cur.index;
                let t_i = (self.starts[i] * f64::from(PTS_HZ)).round() as i64;
                let tolerance = (self.target.max(10.0) * 3.0 * f64::from(PTS_HZ)) as i64;
                let keep = cur.continuous && !self.segments[i].discontinuity;
                let shift = match (keep, self.offset) {
                    (true, Some(off)) => {
                        let p = nearest_wrap(p90, t_i - off);
                        let s = off + (p - p90);
                        if (p90 + s - t_i).abs() > tolerance {
                            None
                        } else {
                            Some(s)
                        }
                    }
                    _ => None,
                };
                let shift = match shift {
                    Some(s) => s,
                    None => {
                        if keep && self.offset.is_some() {
                            let uri = shown(&self.segments[i].uri);
                            self.notes += 1;
                            if self.notes <= MAX_NOTES {
                                self.events.push(DemuxEvent::Note(format!(
                                    "timestamps jump at segment {uri} without EXT-X-DISCONTINUITY; realigned to the playlist"
                                )));
                            }
                        }
                        self.offset = Some(t_i - p90);
                        t_i - p90
                    }
                };
                let cur = self.current.as_mut().expect("still current");
                cur.shift = Some(shift);
                self.wall_clock_at_segment(i, p90 + shift);
                shift
            }
        };
        packet.pts = symphonia::core::units::Timestamp::new(p90 + shift);
        packet.trim_start = symphonia::core::units::Duration::new(0);
        packet.trim_end = symphonia::core::units::Duration::new(0);
        packet.dur = symphonia::core::units::Duration::new(0);
        packet
    }

    fn wall_clock_at_segment(&mut self, i: usize, ts: i64) {
        let Some(text) = self.segments[i].program_date_time.clone() else {
            return;
        };
        let Some(at) = parse_date_time(&text) else {
            self.note(format!(
                "EXT-X-PROGRAM-DATE-TIME '{text}' of segment {} is not a date-time; ignored",
                self.segments[i].uri
            ));
            return;
        };
        let agrees = self.last_wall.is_some_and(|(t0, w0)| {
            let expected = w0 + chrono::Duration::milliseconds((ts - t0) * 1000 / PTS_HZ as i64);
            (expected - at).num_milliseconds().abs() <= 1000
        });
        if !agrees {
            self.events.push(DemuxEvent::WallClock {
                ts,
                at: at.to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
            });
            self.last_wall = Some((ts, at));
        }
    }
}

impl Demuxer for HlsDemuxer {
    fn track(&self) -> &TrackInfo {
        &self.track
    }

    fn next_packet(&mut self) -> Result<Option<Packet>, PacketError> {
        loop {
            let Some(cur) = self.current.as_mut() else {
                if self.next_index >= self.segments.len() && !self.extend() {
                    return Ok(None);
                }
                match self.advance() {
                    // Giving up the playlist fails the recording (an I/O error that will not
                    // pass), rather than ending it as if it were merely cut short.
                    Err(MediaError::Fetch { detail, .. }) => {
                        return Err(PacketError::Io(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            detail,
                        )))
                    }
                    Err(e) => self.note(e.to_string()),
                    Ok(_) => {}
                }
                continue;
            };
            let result = cur.demuxer.next_packet();
            let inner_events = cur.demuxer.take_events();
            let uri = shown(&self.segments[cur.index].uri);
            for e in inner_events {
                match e {
                    DemuxEvent::Note(n) => self.note(format!("segment {uri}: {n}")),
                    DemuxEvent::NewParams(p) => {
                        self.track.params = p.clone();
                        self.events.push(DemuxEvent::NewParams(p));
                    }
                    // A segment's own demuxer has no wall clock or coverage of the playlist.
                    DemuxEvent::WallClock { .. } | DemuxEvent::Coverage { .. } => {}
                }
            }
            match result {
                Ok(Some(p)) => return Ok(Some(self.place(p))),
                Ok(None) => self.current = None,
                Err(PacketError::Damaged(d)) => {
                    return Err(PacketError::Damaged(format!("segment {uri}: {d}")))
                }
                Err(PacketError::Truncated(d) | PacketError::Fatal(d)) => {
                    self.note(format!("segment {uri} ends early: {d}"));
                    self.current = None;
                }
                Err(PacketError::Io(e)) => {
                    self.note(format!("segment {uri}: reading stopped: {e}"));
                    self.current = None;
                }
            }
        }
    }

    fn take_events(&mut self) -> Vec<DemuxEvent> {
        std::mem::take(&mut self.events)
    }
}

fn segment_label(playlist: &Path, seg: &Segment) -> PathBuf {
    PathBuf::from(format!(
        "{} segment {}",
        playlist.display(),
        shown(&seg.uri)
    ))
}

fn same_params(a: &AudioCodecParameters, b: &AudioCodecParameters) -> bool {
    a.codec == b.codec && a.sample_rate == b.sample_rate && a.extra_data == b.extra_data
}
