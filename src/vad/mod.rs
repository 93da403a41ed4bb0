//! Voice activity detection: keeps Whisper away from music-only and silent stretches and packs
//! the speech into windows so Whisper's cost follows the speech, not the recording.
//!
//! The detector is the `earshot` crate: a small neural VAD in pure Rust (16 ms frames at
//! 16 kHz, no ONNX runtime, thousands of times real time), chosen over Silero through
//! whisper.cpp because it runs on the decode thread ahead of Whisper (whisper.cpp's VAD runs
//! inside `whisper_full` on the Whisper thread and its time mapping is buggy in 1.8.x).
//! Frames are scored with hysteresis (onset `threshold`, offset `threshold - 0.15`), speech
//! stretches are padded, and consecutive stretches are packed into windows of at most
//! `max_window_secs` with an exact map back to the timeline ([`AudioWindow::pieces`]).
//! `cargo run --release --example vad_eval` prints the speech kept and music passed on the
//! corpus.

use earshot::Detector;

use crate::asr::AudioWindow;
use crate::media::{SampleChunk, TARGET_SAMPLE_RATE};

/// Samples per detector frame (16 ms at 16 kHz), fixed by earshot.
pub const FRAME: usize = 256;

/// Tuning of the detector and of how speech is grouped into windows.
#[derive(Debug, Clone, Copy)]
pub struct VadConfig {
    /// Frame score at or above which speech starts.
    pub threshold: f32,
    /// Once in speech, frames scoring at or above this still count as speech (hysteresis).
    pub neg_threshold: f32,
    /// Audio kept before the first and after the last speech frame of a stretch (seconds).
    pub pad_secs: f32,
    /// A pause longer than this ends a speech stretch (seconds).
    pub max_gap_secs: f32,
    /// Longest window handed to Whisper (seconds of packed audio, ≤ 30). It bounds memory:
    /// whisper.cpp's encoder attention grows with the square of the window and its DTW pass
    /// keeps logits for every token of it, and a state keeps the pages its largest window
    /// touched. 24 s rather than 28 s took a 1-hour audit's peak RSS from 454 to 372 MB and
    /// ran 7 % faster, at CER 0.082 against 0.080 on the public corpus (same findings score)
    /// and 0.241 against 0.229 on the rendered unseen set (F1 0.860 against 0.849).
    pub max_window_secs: f32,
    /// Longest stretch of the recording one packed window may span, music and pauses
    /// between its stretches included (seconds). Without it a window holding speech either
    /// side of a music break waits for the speech after the break: a followed room's finding
    /// said before the break went out only after it.
    pub max_span_secs: f32,
    /// Stretches with less speech than this are dropped (seconds).
    pub min_speech_secs: f32,
    /// Pack consecutive stretches into one window (false: one stretch per window).
    pub pack: bool,
    /// Silence put between packed stretches (seconds), so Whisper hears the cut as a pause.
    pub separator_secs: f32,
}

impl Default for VadConfig {
    fn default() -> Self {
        VadConfig {
            threshold: 0.9,
            neg_threshold: 0.5,
            pad_secs: 0.3,
            max_gap_secs: 0.6,
            max_window_secs: 24.0,
            max_span_secs: 30.0,
            min_speech_secs: 0.25,
            pack: true,
            separator_secs: 0.5,
        }
    }
}

fn secs(s: f32) -> u64 {
    (s * TARGET_SAMPLE_RATE as f32) as u64
}

/// Streams timed chunks in, speech windows out. A window holds one or more padded speech
/// stretches (at most `max_window_secs` of audio together); a stretch that runs on longer is
/// cut at its latest pause. Memory stays bounded by one window plus one stretch.
pub struct SpeechWindower {
    cfg: VadConfig,
    detector: Box<Detector>,
    /// Audio from `buf_start` on (16 kHz timeline).
    buf: Vec<f32>,
    buf_start: u64,
    /// Samples not yet scored (less than one frame), starting at `pending_start`.
    pending: Vec<f32>,
    pending_start: u64,
    /// Open stretch: where it starts, the end of its last speech frame, speech frames in it,
    /// and the middle of the latest pause inside it.
    win_start: Option<u64>,
    last_speech_end: u64,
    speech_frames: u64,
    last_pause: Option<u64>,
    /// Whether the previous frame was speech (for hysteresis).
    in_speech: bool,
    /// Window being packed from closed stretches.
    packing: Option<AudioWindow>,
    /// Total speech time seen (samples), for figures.
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
            in_speech: false,
            packing: None,
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
            // A gap in the recording: close the open stretch and start over after it. Packed
            // windows may hold stretches from both sides; their map keeps the gap.
            if let Some(stretch) = self.end_stretches() {
                out.extend(self.pack(stretch));
            }
        }
        if self.buf.is_empty() && self.pending.is_empty() {
            self.buf_start = chunk.start_sample;
            self.pending_start = chunk.start_sample;
            self.detector.reset();
            self.in_speech = false;
        }
        self.pending.extend_from_slice(&chunk.samples);
        let mut used = 0;
        while self.pending.len() - used >= FRAME {
            let frame_start = self.pending_start + used as u64;
            let frame: Vec<f32> = self.pending[used..used + FRAME].to_vec();
            self.buf.extend_from_slice(&frame);
            let score = self.detector.predict_f32(&frame);
            let speech = score >= self.threshold_now();
            self.in_speech = speech;
            for stretch in self.on_frame(frame_start, speech) {
                out.extend(self.pack(stretch));
            }
            used += FRAME;
        }
        self.pending.drain(..used);
        self.pending_start += used as u64;
        out.extend(self.close_packing_early());
        out
    }

    /// The packed window, once the stretch being heard can no longer fit in it whatever it
    /// goes on to be: it will hold enough speech to be kept, and it will be at least as long
    /// as its speech so far (or half a window, where a long stretch is cut). Emitting the
    /// window then rather than when that stretch ends gives the same windows sooner, so a
    /// followed room's findings go out up to one stretch earlier.
    fn close_packing_early(&mut self) -> Option<AudioWindow> {
        let packed = self.packing.as_ref()?;
        // Any stretch still to come ends after the speech heard so far (an open stretch) or
        // after now (none open): past the span limit, it cannot join.
        let least_end = match self.win_start {
            Some(_) => self.last_speech_end,
            None => self.pending_start,
        };
        if least_end.saturating_sub(packed.start_sample()) > secs(self.cfg.max_span_secs) {
            return self.packing.take();
        }
        let ws = self.win_start?;
        if self.speech_frames * (FRAME as u64) < secs(self.cfg.min_speech_secs) {
            return None;
        }
        let max = secs(self.cfg.max_window_secs);
        let sure = self.last_speech_end.saturating_sub(ws).min(max / 2);
        let sep = secs(self.cfg.separator_secs);
        if packed.samples.len() as u64 + sep + sure > max {
            self.packing.take()
        } else {
            None
        }
    }

    fn threshold_now(&self) -> f32 {
        if self.in_speech {
            self.cfg.neg_threshold.min(self.cfg.threshold)
        } else {
            self.cfg.threshold
        }
    }

    /// Adds a closed stretch to the window being packed; returns the window it completed.
    fn pack(&mut self, stretch: AudioWindow) -> Option<AudioWindow> {
        if !self.cfg.pack {
            return Some(stretch);
        }
        let max = secs(self.cfg.max_window_secs) as usize;
        let mut done = None;
        if let Some(w) = &self.packing {
            let sep = secs(self.cfg.separator_secs) as usize;
            let span = stretch.start_sample() + stretch.samples.len() as u64 - w.start_sample();
            if w.samples.len() + sep + stretch.samples.len() > max
                || span > secs(self.cfg.max_span_secs)
            {
                done = self.packing.take();
            }
        }
        match &mut self.packing {
            Some(w) => w.append(
                stretch.start_sample(),
                &stretch.samples,
                secs(self.cfg.separator_secs) as usize,
            ),
            None => self.packing = Some(stretch),
        }
        done
    }

    fn on_frame(&mut self, start: u64, speech: bool) -> Vec<AudioWindow> {
        let end = start + FRAME as u64;
        let pad = secs(self.cfg.pad_secs);
        let mut emitted = Vec::new();
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
                emitted.extend(self.close_stretch(self.last_speech_end + pad));
            } else if end - ws >= secs(self.cfg.max_window_secs) {
                let cut = match self.last_pause {
                    Some(p) if p > ws + secs(self.cfg.max_window_secs) / 2 => p,
                    _ => end,
                };
                emitted.extend(self.close_stretch(cut));
                if self.last_speech_end > cut || speech {
                    // Speech runs on past the cut: the next stretch starts right there.
                    self.win_start = Some(cut);
                    self.speech_frames = 1;
                    self.last_pause = None;
                }
            }
        }
        if self.win_start.is_none() {
            // Outside speech keep only the padding that may precede the next stretch.
            let keep_from = (end.saturating_sub(pad)).max(self.buf_start);
            let drop = (keep_from - self.buf_start) as usize;
            if drop > 0 {
                self.buf.drain(..drop.min(self.buf.len()));
                self.buf_start = keep_from;
            }
        }
        emitted
    }

    /// Closes the open stretch at `end` (clamped to the audio held) and returns it when it
    /// holds enough speech.
    fn close_stretch(&mut self, end: u64) -> Option<AudioWindow> {
        let ws = self.win_start.take()?;
        let held_end = self.buf_start + self.buf.len() as u64;
        let end = end.min(held_end).max(ws);
        let from = (ws - self.buf_start) as usize;
        let to = (end - self.buf_start) as usize;
        let samples = self.buf[from..to].to_vec();
        // The next stretch starts at `end` at the earliest: no audio reaches Whisper twice.
        self.buf.drain(..(end - self.buf_start) as usize);
        self.buf_start = end;
        let enough = self.speech_frames * FRAME as u64 >= secs(self.cfg.min_speech_secs);
        (enough && !samples.is_empty()).then(|| AudioWindow::contiguous(ws, samples))
    }

    /// Scores the trailing partial frame and closes the open stretch (end of stream or a gap).
    fn end_stretches(&mut self) -> Option<AudioWindow> {
        if !self.pending.is_empty() {
            let start = self.pending_start;
            let mut frame = std::mem::take(&mut self.pending);
            let real = frame.len();
            self.buf.extend_from_slice(&frame);
            frame.resize(FRAME, 0.0);
            let speech = self.detector.predict_f32(&frame) >= self.threshold_now();
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
        let w = self.close_stretch(self.last_speech_end + pad);
        self.buf.clear();
        self.pending.clear();
        self.in_speech = false;
        w
    }

    /// Ends the stream: returns the remaining windows (at most two).
    pub fn finish(&mut self) -> Vec<AudioWindow> {
        let mut out = Vec::new();
        if let Some(stretch) = self.end_stretches() {
            out.extend(self.pack(stretch));
        }
        out.extend(self.packing.take());
        out
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
        assert!(w.finish().is_empty());
    }
}
