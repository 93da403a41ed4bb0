//! Places decoded audio on the recording's 16 kHz timeline.
//!
//! Decoded frames arrive with the container timestamp of their first frame. Contiguous frames
//! form a run that goes through one resampler; when the timestamps jump forward (a gap in the
//! recording) or the sample rate changes, the run is closed (its resampler tail flushed) and a
//! new run starts at the new position, so `start_sample` jumps too and no chunk spans a gap.
//! Small timestamp jitter is ignored.

use std::collections::VecDeque;

use symphonia::core::units::TimeBase;

use super::resample::{output_len, Resampler16k};
use super::{SampleChunk, TARGET_SAMPLE_RATE};

/// Timestamp jumps up to this many 16 kHz samples (50 ms) are jitter, not gaps.
pub const GAP_TOLERANCE: u64 = 800;
/// Chunks are cut at this many samples (5 s) unless a gap or the end comes first.
pub const CHUNK_SAMPLES: usize = 5 * TARGET_SAMPLE_RATE as usize;
/// A forward jump longer than this (30 min) is taken for a broken timestamp, not a gap: the
/// audio stays contiguous. This also bounds what damaged timestamps can make callers allocate.
pub const MAX_GAP: u64 = 30 * 60 * TARGET_SAMPLE_RATE as u64;
/// At most this many gaps are listed in the report (all are counted).
pub const MAX_LISTED_GAPS: usize = 256;

/// A stretch of the timeline with no audio, in 16 kHz samples.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Gap {
    /// First missing sample.
    pub start_sample: u64,
    /// First sample after the gap.
    pub end_sample: u64,
}

impl Gap {
    /// Where the gap starts, in milliseconds.
    pub fn start_ms(&self) -> u64 {
        self.start_sample * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// Where the gap ends, in milliseconds.
    pub fn end_ms(&self) -> u64 {
        self.end_sample * 1000 / TARGET_SAMPLE_RATE as u64
    }
}

struct Run {
    start: u64,
    resampler: Resampler16k,
}

impl Run {
    fn expected_next(&self) -> u64 {
        self.start + output_len(self.resampler.frames_in(), self.resampler.rate())
    }
}

/// Why frames could not be placed on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineError {
    /// The decoded audio has a sample rate we do not accept.
    BadRate(String),
    /// The resampler failed (a bug, not the input's fault).
    Internal(String),
}

/// Turns timestamped source-rate mono frames into 16 kHz [`SampleChunk`]s.
pub struct Timeline {
    time_base: TimeBase,
    origin: i64,
    origin_fixed: bool,
    run: Option<Run>,
    pending: Vec<f32>,
    pending_start: u64,
    chunk_len: usize,
    /// Gaps found so far (the first [`MAX_LISTED_GAPS`]).
    pub gaps: Vec<Gap>,
    /// All gaps found.
    pub gap_count: u64,
    /// Times a timestamp went backwards by more than the tolerance, or jumped forward by more
    /// than [`MAX_GAP`] (audio kept contiguous).
    pub discontinuities: u64,
    /// 16 kHz samples emitted.
    pub samples_out: u64,
    /// End of the last emitted sample on the timeline.
    pub end_sample: u64,
}

impl Timeline {
    /// A timeline whose time zero is timestamp `origin` in `time_base` (moved earlier if the
    /// first frames are stamped before it), or the first frames' timestamp when `None`.
    pub fn new(time_base: TimeBase, origin: Option<i64>) -> Self {
        Timeline {
            time_base,
            origin: origin.unwrap_or(i64::MAX),
            origin_fixed: false,
            run: None,
            pending: Vec::new(),
            pending_start: 0,
            chunk_len: CHUNK_SAMPLES,
            gaps: Vec::new(),
            gap_count: 0,
            discontinuities: 0,
            samples_out: 0,
            end_sample: 0,
        }
    }

    /// Same, cutting chunks at `chunk_len` samples (tests use small chunks).
    pub fn with_chunk_len(mut self, chunk_len: usize) -> Self {
        self.chunk_len = chunk_len.max(1);
        self
    }

    /// Position of timestamp `ts` on the 16 kHz timeline.
    fn position(&self, ts: i64) -> u64 {
        let ticks = i128::from(ts) - i128::from(self.origin);
        let num = ticks * i128::from(self.time_base.numer.get()) * i128::from(TARGET_SAMPLE_RATE);
        let den = i128::from(self.time_base.denom.get());
        (num + den / 2)
            .div_euclid(den)
            .clamp(0, i128::from(u64::MAX >> 1)) as u64
    }

    /// Position of timestamp `ts` on the 16 kHz timeline, as far as the origin is known (before
    /// any audio with an undeclared origin, `ts` itself is taken as time zero).
    pub fn position_of(&self, ts: i64) -> u64 {
        if self.origin == i64::MAX {
            return 0;
        }
        self.position(ts)
    }

    /// Adds `frames` at `rate` Hz whose first frame has timestamp `ts`; completed chunks are
    /// pushed onto `ready`.
    pub fn push(
        &mut self,
        ts: i64,
        rate: u32,
        frames: &[f32],
        ready: &mut VecDeque<SampleChunk>,
    ) -> Result<(), TimelineError> {
        if frames.is_empty() {
            return Ok(());
        }
        if !self.origin_fixed {
            self.origin = self.origin.min(ts);
            self.origin_fixed = true;
        }
        let pos = self.position(ts);
        let expected = self
            .run
            .as_ref()
            .map_or(self.end_sample, Run::expected_next);
        let pos = if pos > expected + MAX_GAP {
            self.discontinuities += 1;
            expected
        } else {
            pos
        };
        let start_new_at = match &self.run {
            None => Some(pos),
            Some(run) if run.resampler.rate() != rate => Some(pos.max(expected)),
            Some(_) if pos > expected + GAP_TOLERANCE => Some(pos),
            Some(_) => {
                if pos + GAP_TOLERANCE < expected {
                    self.discontinuities += 1;
                }
                None
            }
        };
        if let Some(start) = start_new_at {
            self.close_run(ready)?;
            if start > self.end_sample + GAP_TOLERANCE {
                self.gap_count += 1;
                if self.gaps.len() < MAX_LISTED_GAPS {
                    self.gaps.push(Gap {
                        start_sample: self.end_sample,
                        end_sample: start,
                    });
                }
            }
            let start = start.max(self.end_sample);
            let resampler = Resampler16k::new(rate).map_err(TimelineError::BadRate)?;
            self.run = Some(Run { start, resampler });
            self.pending_start = start;
        }
        let run = self.run.as_mut().expect("a run was started above");
        run.resampler
            .process(frames, &mut self.pending)
            .map_err(TimelineError::Internal)?;
        self.emit_full(ready);
        Ok(())
    }

    /// Flushes the last run; call once at the end of the input.
    pub fn finish(&mut self, ready: &mut VecDeque<SampleChunk>) -> Result<(), TimelineError> {
        self.close_run(ready)
    }

    fn close_run(&mut self, ready: &mut VecDeque<SampleChunk>) -> Result<(), TimelineError> {
        if let Some(mut run) = self.run.take() {
            run.resampler
                .finish(&mut self.pending)
                .map_err(TimelineError::Internal)?;
            self.emit_full(ready);
            if !self.pending.is_empty() {
                let samples = std::mem::take(&mut self.pending);
                self.emit(samples, ready);
            }
        }
        Ok(())
    }

    fn emit_full(&mut self, ready: &mut VecDeque<SampleChunk>) {
        while self.pending.len() >= self.chunk_len {
            let rest = self.pending.split_off(self.chunk_len);
            let samples = std::mem::replace(&mut self.pending, rest);
            self.emit(samples, ready);
        }
    }

    fn emit(&mut self, samples: Vec<f32>, ready: &mut VecDeque<SampleChunk>) {
        let chunk = SampleChunk {
            start_sample: self.pending_start,
            samples,
        };
        self.pending_start += chunk.samples.len() as u64;
        self.samples_out += chunk.samples.len() as u64;
        self.end_sample = self.pending_start;
        ready.push_back(chunk);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tb(rate: u32) -> TimeBase {
        TimeBase::try_from_recip(rate).unwrap()
    }

    fn collect(t: &mut Timeline, ready: &mut VecDeque<SampleChunk>) -> Vec<SampleChunk> {
        t.finish(ready).unwrap();
        ready.drain(..).collect()
    }

    #[test]
    fn contiguous_packets_make_contiguous_chunks() {
        let mut t = Timeline::new(tb(16_000), Some(0)).with_chunk_len(1000);
        let mut ready = VecDeque::new();
        for i in 0..10 {
            t.push(i * 480, 16_000, &[0.25; 480], &mut ready).unwrap();
        }
        let chunks = collect(&mut t, &mut ready);
        assert_eq!(chunks.iter().map(|c| c.samples.len()).sum::<usize>(), 4800);
        let mut next = 0;
        for c in &chunks {
            assert_eq!(c.start_sample, next);
            assert!(c.samples.len() <= 1000);
            next += c.samples.len() as u64;
        }
        assert_eq!(t.gap_count, 0);
    }

    #[test]
    fn a_timestamp_jump_becomes_a_gap() {
        // 44.1 kHz packets in a millisecond time base (as FLV has): 1 s of audio, 2 s missing,
        // 1 s more. The second run must start exactly at 3 s.
        let mut t = Timeline::new(TimeBase::try_new(1, 1000).unwrap(), Some(0));
        let mut ready = VecDeque::new();
        for i in 0..10 {
            t.push(i * 100, 44_100, &[0.1; 4410], &mut ready).unwrap();
        }
        for i in 0..10 {
            t.push(3000 + i * 100, 44_100, &[0.1; 4410], &mut ready)
                .unwrap();
        }
        let chunks = collect(&mut t, &mut ready);
        assert_eq!(
            chunks.len(),
            2,
            "{:?}",
            chunks
                .iter()
                .map(|c| (c.start_sample, c.samples.len()))
                .collect::<Vec<_>>()
        );
        assert_eq!(
            (chunks[0].start_sample, chunks[0].samples.len()),
            (0, 16_000)
        );
        assert_eq!(
            (chunks[1].start_sample, chunks[1].samples.len()),
            (48_000, 16_000)
        );
        assert_eq!(chunks[1].start_ms(), 3000);
        assert_eq!(
            t.gaps,
            vec![Gap {
                start_sample: 16_000,
                end_sample: 48_000
            }]
        );
    }

    #[test]
    fn jitter_and_negative_start_are_absorbed() {
        // MP3-style: first packet stamped before zero; later stamps wobble by a few ms.
        let mut t = Timeline::new(tb(16_000), Some(0));
        let mut ready = VecDeque::new();
        t.push(-100, 16_000, &[0.0; 1000], &mut ready).unwrap();
        t.push(900 + 20, 16_000, &[0.0; 1000], &mut ready).unwrap();
        t.push(1900 - 30, 16_000, &[0.0; 1000], &mut ready).unwrap();
        let chunks = collect(&mut t, &mut ready);
        assert_eq!(chunks.len(), 1);
        assert_eq!(chunks[0].start_sample, 0);
        assert_eq!(t.gap_count + t.discontinuities, 0);
    }

    #[test]
    fn without_a_declared_origin_the_first_frame_is_time_zero() {
        let mut t = Timeline::new(tb(16_000), None);
        let mut ready = VecDeque::new();
        t.push(256, 16_000, &[0.0; 1000], &mut ready).unwrap();
        t.push(1256, 16_000, &[0.0; 1000], &mut ready).unwrap();
        let chunks = collect(&mut t, &mut ready);
        assert_eq!((chunks[0].start_sample, chunks[0].samples.len()), (0, 2000));
    }

    #[test]
    fn an_absurd_jump_is_a_discontinuity_not_a_gap() {
        let mut t = Timeline::new(tb(16_000), Some(0));
        let mut ready = VecDeque::new();
        t.push(0, 16_000, &[0.0; 1000], &mut ready).unwrap();
        t.push(1_000_000_000_000, 16_000, &[0.0; 1000], &mut ready)
            .unwrap();
        let chunks = collect(&mut t, &mut ready);
        assert_eq!(chunks.len(), 1);
        assert_eq!(chunks[0].samples.len(), 2000);
        assert_eq!((t.gap_count, t.discontinuities), (0, 1));
    }

    #[test]
    fn a_late_start_is_a_leading_gap() {
        let mut t = Timeline::new(tb(8_000), Some(0));
        let mut ready = VecDeque::new();
        t.push(8_000, 8_000, &[0.0; 800], &mut ready).unwrap();
        let chunks = collect(&mut t, &mut ready);
        assert_eq!(chunks[0].start_sample, 16_000);
        assert_eq!(chunks[0].samples.len(), 1600);
        assert_eq!(t.gap_count, 1);
    }
}
