//! Voice activity detection: keeps Whisper away from music-only and silent stretches and
//! cuts the audio into windows that start at speech, so Whisper's timestamps stay anchored.
//!
//! The detector is the `earshot` crate: a small neural VAD in pure Rust (16 ms frames at
//! 16 kHz, no ONNX runtime, thousands of times real time). Measured on the public corpus
//! (scripts print it): ≈99.6 % of labelled speech kept, music-only time mostly dropped.

use earshot::Detector;

use crate::asr::AudioWindow;
use crate::media::{SampleChunk, TARGET_SAMPLE_RATE};

/// Samples per detector frame (16 ms at 16 kHz), fixed by earshot.
pub const FRAME: usize = 256;

/// Tuning of the detector and of how speech is grouped into windows.
#[derive(Debug, Clone, Copy)]
pub struct VadConfig {
    /// Frame score at or above which a frame is speech.
    pub threshold: f32,
    /// Audio kept before the first and after the last speech frame of a window (seconds).
    pub pad_secs: f32,
    /// A pause longer than this closes the window (seconds).
    pub max_gap_secs: f32,
    /// Longest window handed to Whisper (seconds, ≤ 30).
    pub max_window_secs: f32,
    /// Windows with less speech than this are dropped (seconds).
    pub min_speech_secs: f32,
}

impl Default for VadConfig {
    fn default() -> Self {
        VadConfig {
            threshold: 0.5,
            pad_secs: 0.2,
            max_gap_secs: 1.5,
            max_window_secs: 28.0,
            min_speech_secs: 0.25,
        }
    }
}

fn secs(s: f32) -> u64 {
    (s * TARGET_SAMPLE_RATE as f32) as u64
}

/// Streams timed chunks in, speech windows out. Windows are contiguous stretches of the
/// recording (their offsets are exact), never span a gap in the timeline, and hold at most
/// `max_window_secs` of audio, cut at the latest pause when speech runs on.
pub struct SpeechWindower {
    cfg: VadConfig,
    detector: Box<Detector>,
    /// Audio from `buf_start` on (16 kHz timeline).
    buf: Vec<f32>,
    buf_start: u64,
    /// Samples not yet scored (less than one frame), starting at `pending_start`.
    pending: Vec<f32>,
    pending_start: u64,
    /// Open window: where it starts, the end of its last speech frame, speech frames in it,
    /// and the middle of the latest pause inside it.
    win_start: Option<u64>,
    last_speech_end: u64,
    speech_frames: u64,
    last_pause: Option<u64>,
    /// Total speech and window time, for figures.
    pub speech_samples: u64,
}

impl SpeechWindower {
    /// A windower with the given settings.
    pub fn new(cfg: VadConfig) -> Self {
        SpeechWindower {
            cfg,
            detector: Detector::default_boxed(),
            buf: Vec::new(),
            buf_start: 0,
            pending: Vec::new(),
            pending_start: 0,
            win_start: None,
            last_speech_end: 0,
            speech_frames: 0,
            last_pause: None,
            speech_samples: 0,
        }
    }

    fn expected_next(&self) -> u64 {
        self.pending_start + self.pending.len() as u64
    }

    /// Feeds one chunk; returns the speech windows it completed.
    pub fn push(&mut self, chunk: SampleChunk) -> Vec<AudioWindow> {
        let mut out = Vec::new();
        let fresh = self.buf.is_empty() && self.pending.is_empty();
        if !fresh && chunk.start_sample != self.expected_next() {
            // A gap in the recording: close what is open and start over after it.
            out.extend(self.finish());
        }
        if self.buf.is_empty() && self.pending.is_empty() {
            self.buf_start = chunk.start_sample;
            self.pending_start = chunk.start_sample;
            self.detector.reset();
        }
        self.pending.extend_from_slice(&chunk.samples);
        let mut used = 0;
        while self.pending.len() - used >= FRAME {
            let frame_start = self.pending_start + used as u64;
            let frame: Vec<f32> = self.pending[used..used + FRAME].to_vec();
            self.buf.extend_from_slice(&frame);
            let score = self.detector.predict_f32(&frame);
            out.extend(self.on_frame(frame_start, score >= self.cfg.threshold));
            used += FRAME;
        }
        self.pending.drain(..used);
        self.pending_start += used as u64;
        out
    }

    fn on_frame(&mut self, start: u64, speech: bool) -> Option<AudioWindow> {
        let end = start + FRAME as u64;
        let pad = secs(self.cfg.pad_secs);
        let mut emitted = None;
        if speech {
            self.speech_samples += FRAME as u64;
            if self.win_start.is_none() {
                self.win_start = Some(start.saturating_sub(pad).max(self.buf_start));
                self.speech_frames = 0;
                self.last_pause = None;
            } else if end.saturating_sub(self.last_speech_end) > 2 * FRAME as u64 {
                // A pause of at least two frames just ended: remember its middle.
                self.last_pause = Some((self.last_speech_end + start) / 2);
            }
            self.last_speech_end = end;
            self.speech_frames += 1;
        }
        if let Some(ws) = self.win_start {
            if end.saturating_sub(self.last_speech_end) > secs(self.cfg.max_gap_secs) {
                emitted = self.close_window(self.last_speech_end + pad);
            } else if end - ws >= secs(self.cfg.max_window_secs) {
                let cut = match self.last_pause {
                    Some(p) if p > ws + secs(self.cfg.max_window_secs) / 2 => p,
                    _ => end,
                };
                emitted = self.close_window(cut);
                if self.last_speech_end > cut || speech {
                    // Speech runs on past the cut: the next window starts right there.
                    self.win_start = Some(cut);
                    self.speech_frames = 1;
                    self.last_pause = None;
                }
            }
        }
        if self.win_start.is_none() {
            // Outside speech keep only the padding that may precede the next window.
            let keep_from = (end.saturating_sub(pad)).max(self.buf_start);
            let drop = (keep_from - self.buf_start) as usize;
            if drop > 0 {
                self.buf.drain(..drop.min(self.buf.len()));
                self.buf_start = keep_from;
            }
        }
        emitted
    }

    /// Closes the open window at `end` (clamped to the audio held) and returns it when it
    /// holds enough speech.
    fn close_window(&mut self, end: u64) -> Option<AudioWindow> {
        let ws = self.win_start.take()?;
        let held_end = self.buf_start + self.buf.len() as u64;
        let end = end.min(held_end).max(ws);
        let from = (ws - self.buf_start) as usize;
        let to = (end - self.buf_start) as usize;
        let samples = self.buf[from..to].to_vec();
        // Keep padding before `end` for a window that may start right after.
        let keep_from = end
            .saturating_sub(secs(self.cfg.pad_secs))
            .max(self.buf_start);
        self.buf.drain(..(keep_from - self.buf_start) as usize);
        self.buf_start = keep_from;
        let enough = self.speech_frames * FRAME as u64 >= secs(self.cfg.min_speech_secs);
        (enough && !samples.is_empty()).then_some(AudioWindow {
            start_sample: ws,
            samples,
        })
    }

    /// Ends the stream (or a stretch before a gap): returns the open window, if any.
    pub fn finish(&mut self) -> Option<AudioWindow> {
        // Score the trailing partial frame padded with silence.
        if !self.pending.is_empty() {
            let start = self.pending_start;
            let mut frame = std::mem::take(&mut self.pending);
            let real = frame.len();
            self.buf.extend_from_slice(&frame);
            frame.resize(FRAME, 0.0);
            let speech = self.detector.predict_f32(&frame) >= self.cfg.threshold;
            if speech {
                self.last_speech_end = start + real as u64;
                self.speech_frames += 1;
                if self.win_start.is_none() {
                    self.win_start = Some(
                        start
                            .saturating_sub(secs(self.cfg.pad_secs))
                            .max(self.buf_start),
                    );
                }
            }
            self.pending_start += real as u64;
        }
        let pad = secs(self.cfg.pad_secs);
        let w = self.close_window(self.last_speech_end + pad);
        self.buf.clear();
        self.pending.clear();
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_yields_no_window_and_memory_stays_small() {
        let mut w = SpeechWindower::new(VadConfig::default());
        for i in 0..60u64 {
            assert!(w
                .push(SampleChunk {
                    start_sample: i * 16000,
                    samples: vec![0.0; 16000]
                })
                .is_empty());
            assert!(w.buf.len() <= 16000);
        }
        assert!(w.finish().is_none());
    }
}
