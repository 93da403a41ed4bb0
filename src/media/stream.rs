//! [`AudioStream`]: demuxer → decoder → timeline, pulled one chunk at a time so memory stays
//! bounded by a chunk or two whatever the length of the recording.

use std::any::Any;
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use super::decode::{PacketDecoder, PacketFailure};
use super::demux::{DemuxEvent, Demuxer, PacketError};
use super::follow::CoverageGap;
use super::timeline::{Timeline, TimelineError};
use super::{
    DecodeReport, MediaError, MediaInfo, SampleChunk, WallClockAnchor, MAX_NOTES,
    MAX_WALL_CLOCK_ANCHORS, TARGET_SAMPLE_RATE,
};

/// After this many damaged packets in a row from the demuxer, the rest of the input is given up.
const MAX_CONSECUTIVE_DEMUX_ERRORS: u32 = 32;
/// Declared and decoded durations may differ by this much before the input counts as truncated.
const TRUNCATION_SLACK_MS: u64 = 250;

/// Decoded audio of one input as an iterator of timed 16 kHz mono chunks.
///
/// Damaged packets are skipped and counted; a cut-off input ends the stream early with
/// [`DecodeReport::truncated`] set. An `Err` item ends the stream.
pub struct AudioStream {
    path: PathBuf,
    info: MediaInfo,
    demuxer: Box<dyn Demuxer>,
    decoder: Box<dyn PacketDecoder>,
    timeline: Timeline,
    report: DecodeReport,
    ready: VecDeque<SampleChunk>,
    frames: Vec<f32>,
    demux_errors_in_row: u32,
    reconfigure_failed: bool,
    done: bool,
}

impl AudioStream {
    /// Assembles a stream from a demuxer and a decoder for its track. This is how demuxers and
    /// decoders outside symphonia (FLV, MPEG-TS, HLS, Opus) plug in.
    pub fn from_parts(
        path: &Path,
        info: MediaInfo,
        demuxer: Box<dyn Demuxer>,
        decoder: Box<dyn PacketDecoder>,
    ) -> Self {
        let track = demuxer.track();
        let timeline = Timeline::new(track.time_base, track.origin_ts);
        let report = DecodeReport {
            declared_ms: info.duration_ms,
            ..DecodeReport::default()
        };
        AudioStream {
            path: path.to_path_buf(),
            info,
            demuxer,
            decoder,
            timeline,
            report,
            ready: VecDeque::new(),
            frames: Vec::new(),
            demux_errors_in_row: 0,
            reconfigure_failed: false,
            done: false,
        }
    }

    /// What was opened: container, codec, source rate and channels, declared duration.
    pub fn info(&self) -> &MediaInfo {
        &self.info
    }

    /// The input's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Decoding summary so far; final once the iterator has returned `None`.
    pub fn report(&self) -> DecodeReport {
        let mut r = self.report.clone();
        r.decoded_samples = self.timeline.samples_out;
        r.end_sample = self.timeline.end_sample;
        r.gaps = self.timeline.gaps.clone();
        r.gap_count = self.timeline.gap_count;
        r.timestamp_discontinuities = self.timeline.discontinuities;
        r
    }

    /// Reads and decodes one packet (or finishes the stream), queueing any completed chunks.
    fn step(&mut self) -> Result<(), MediaError> {
        let next = self.demuxer.next_packet();
        for event in self.demuxer.take_events() {
            self.on_event(event);
        }
        let packet = match next {
            Ok(Some(p)) => {
                self.demux_errors_in_row = 0;
                p
            }
            Ok(None) => return self.finish(),
            Err(PacketError::Truncated(detail)) => {
                self.mark_truncated(detail);
                return self.finish();
            }
            Err(PacketError::Damaged(detail)) => {
                self.count_error(format!("damaged container data: {detail}"));
                self.demux_errors_in_row += 1;
                if self.demux_errors_in_row >= MAX_CONSECUTIVE_DEMUX_ERRORS {
                    self.mark_truncated(format!(
                        "gave up after {MAX_CONSECUTIVE_DEMUX_ERRORS} damaged packets in a row"
                    ));
                    return self.finish();
                }
                return Ok(());
            }
            Err(PacketError::Fatal(detail)) => {
                self.mark_truncated(format!("reading stopped early: {detail}"));
                return self.finish();
            }
            Err(PacketError::Io(source)) => {
                return Err(MediaError::Io {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        if self.reconfigure_failed {
            return self.finish();
        }
        self.frames.clear();
        match self.decoder.decode(&packet, &mut self.frames) {
            Ok(decoded) => {
                if self.info.sample_rate == 0 {
                    self.info.sample_rate = decoded.rate;
                }
                if self.info.channels == 0 {
                    self.info.channels = decoded.channels;
                }
                let ts = packet
                    .pts
                    .get()
                    .saturating_add(packet.trim_start.get().min(i64::MAX as u64) as i64);
                self.timeline
                    .push(ts, decoded.rate, &self.frames, &mut self.ready)
                    .map_err(|e| self.timeline_error(e))?;
            }
            Err(PacketFailure::Damaged(detail)) => self.count_error(detail),
            Err(PacketFailure::Fatal(detail)) => {
                self.count_error(detail.clone());
                self.mark_truncated(format!("the decoder stopped early: {detail}"));
                return self.finish();
            }
        }
        Ok(())
    }

    fn on_event(&mut self, event: DemuxEvent) {
        match event {
            DemuxEvent::Note(note) => {
                if self.report.notes.len() < MAX_NOTES {
                    self.report.notes.push(note);
                }
            }
            DemuxEvent::NewParams(params) => {
                if let Err(PacketFailure::Fatal(detail) | PacketFailure::Damaged(detail)) =
                    self.decoder.reconfigure(&params)
                {
                    self.count_error(detail.clone());
                    self.mark_truncated(format!("decoding stopped early: {detail}"));
                    self.reconfigure_failed = true;
                }
            }
            DemuxEvent::Coverage {
                ts,
                dur_ms,
                kind,
                detail,
            } => {
                if self.report.coverage.len() < MAX_NOTES {
                    let start_ms =
                        self.timeline.position_of(ts) * 1000 / u64::from(TARGET_SAMPLE_RATE);
                    self.report.coverage.push(CoverageGap {
                        start_ms,
                        end_ms: start_ms + dur_ms,
                        kind,
                        detail,
                    });
                }
            }
            DemuxEvent::WallClock { ts, at } => {
                if self.report.wall_clock.len() < MAX_WALL_CLOCK_ANCHORS {
                    let timeline_ms =
                        self.timeline.position_of(ts) * 1000 / u64::from(TARGET_SAMPLE_RATE);
                    self.report
                        .wall_clock
                        .push(WallClockAnchor { timeline_ms, at });
                }
            }
        }
    }

    fn finish(&mut self) -> Result<(), MediaError> {
        self.done = true;
        self.timeline
            .finish(&mut self.ready)
            .map_err(|e| self.timeline_error(e))?;
        self.report.finished = true;
        let decoded_ms = self.timeline.end_sample * 1000 / u64::from(TARGET_SAMPLE_RATE);
        if let Some(declared) = self.info.duration_ms {
            let slack = TRUNCATION_SLACK_MS.max(declared / 50);
            if decoded_ms + slack < declared && !self.report.truncated {
                self.mark_truncated(format!(
                    "decoded {decoded_ms} ms of a declared {declared} ms"
                ));
            }
        }
        if self.timeline.samples_out == 0 {
            return Err(MediaError::NoAudioDecoded {
                path: self.path.clone(),
                container: self.info.container.clone(),
                errors: self.report.decode_errors,
                first_error: self.report.first_error.clone(),
            });
        }
        Ok(())
    }

    fn timeline_error(&self, e: TimelineError) -> MediaError {
        match e {
            TimelineError::BadRate(detail) => MediaError::Unsupported {
                path: self.path.clone(),
                detail,
            },
            TimelineError::Internal(detail) => MediaError::Internal {
                path: self.path.clone(),
                detail,
            },
        }
    }

    /// The demuxer or decoder panicked: keep what was decoded and end the stream there.
    fn after_panic(&mut self, msg: &str) -> Result<(), MediaError> {
        self.count_error(format!("decoder crashed: {msg}"));
        self.mark_truncated(format!(
            "decoding stopped early: the decoder crashed on damaged data ({msg})"
        ));
        self.finish()
    }

    fn mark_truncated(&mut self, detail: String) {
        self.report.truncated = true;
        self.report.truncation_detail.get_or_insert(detail);
    }

    fn count_error(&mut self, detail: String) {
        self.report.decode_errors += 1;
        self.report.first_error.get_or_insert(detail);
    }
}

impl Iterator for AudioStream {
    type Item = Result<SampleChunk, MediaError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(chunk) = self.ready.pop_front() {
                return Some(Ok(chunk));
            }
            if self.done {
                return None;
            }
            // symphonia is meant not to panic on bad data, but a panic in a third-party parser
            // must not take the worker down: treat it as damage at this point of the input.
            let step = match catch_unwind(AssertUnwindSafe(|| self.step())) {
                Ok(step) => step,
                Err(panic) => self.after_panic(&panic_message(&*panic)),
            };
            if let Err(e) = step {
                self.done = true;
                self.ready.clear();
                return Some(Err(e));
            }
        }
    }
}

/// The text of a caught panic.
pub(crate) fn panic_message(panic: &(dyn Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
