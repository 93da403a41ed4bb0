//! Cuts the streamed 16 kHz audio into Whisper windows (≤ 30 s) at quiet points, with exact
//! offsets in the recording timeline, and skips windows that hold no audible signal.

use crate::media::{SampleChunk, TARGET_SAMPLE_RATE};

/// One window of 16 kHz mono samples handed to the transcriber.
#[derive(Debug, Clone)]
pub struct AudioWindow {
    /// Index of the first sample in the recording timeline at 16 kHz.
    pub start_sample: u64,
    pub samples: Vec<f32>,
}

impl AudioWindow {
    /// Start of the window in milliseconds of the recording timeline.
    pub fn start_ms(&self) -> u64 {
        self.start_sample * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// End of the window in milliseconds of the recording timeline.
    pub fn end_ms(&self) -> u64 {
        (self.start_sample + self.samples.len() as u64) * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// Root-mean-square level in dBFS (−∞ as −200).
    pub fn rms_dbfs(&self) -> f32 {
        rms_dbfs(&self.samples)
    }
}

/// Root-mean-square level of `samples` in dBFS; −200 for silence.
pub fn rms_dbfs(samples: &[f32]) -> f32 {
    if samples.is_empty() {
        return -200.0;
    }
    let sum: f64 = samples.iter().map(|&s| (s as f64) * (s as f64)).sum();
    let rms = (sum / samples.len() as f64).sqrt();
    if rms <= 1e-10 {
        -200.0
    } else {
        (20.0 * rms.log10()) as f32
    }
}

/// Accumulates timed chunks and emits windows no longer than `max_len`, cut at the quietest
/// 100 ms frame of the window's last `search_len` samples so words are not split.
///
/// A jump in the chunks' timeline (a gap in the recording) closes the current window: a
/// window never spans a gap, so its offsets stay exact.
pub struct Windower {
    max_len: usize,
    search_len: usize,
    buf: Vec<f32>,
    buf_start: u64,
}

/// 100 ms at 16 kHz: the frame over which quiet points are measured.
const FRAME: usize = 1600;

impl Default for Windower {
    fn default() -> Self {
        Windower::new(28.0, 8.0)
    }
}

impl Windower {
    /// Windows of at most `max_secs`, cut within the last `search_secs` of each.
    pub fn new(max_secs: f32, search_secs: f32) -> Self {
        let max_len = (max_secs * TARGET_SAMPLE_RATE as f32) as usize;
        let search_len = ((search_secs * TARGET_SAMPLE_RATE as f32) as usize).min(max_len / 2);
        Windower { max_len, search_len, buf: Vec::new(), buf_start: 0 }
    }

    /// Feeds one chunk; returns the windows completed by it.
    pub fn push(&mut self, chunk: SampleChunk) -> Vec<AudioWindow> {
        let mut out = Vec::new();
        let expected = self.buf_start + self.buf.len() as u64;
        if !self.buf.is_empty() && chunk.start_sample != expected {
            out.extend(self.flush());
        }
        if self.buf.is_empty() {
            self.buf_start = chunk.start_sample;
        }
        self.buf.extend_from_slice(&chunk.samples);
        while self.buf.len() >= self.max_len {
            let cut = self.cut_point();
            let rest = self.buf.split_off(cut);
            let samples = std::mem::replace(&mut self.buf, rest);
            out.push(AudioWindow { start_sample: self.buf_start, samples });
            self.buf_start += cut as u64;
        }
        out
    }

    /// Emits whatever is buffered (end of stream or a gap).
    pub fn flush(&mut self) -> Option<AudioWindow> {
        if self.buf.is_empty() {
            return None;
        }
        let samples = std::mem::take(&mut self.buf);
        let w = AudioWindow { start_sample: self.buf_start, samples };
        self.buf_start += w.samples.len() as u64;
        Some(w)
    }

    /// Start of the quietest frame in the search region of a full buffer.
    fn cut_point(&self) -> usize {
        let lo = self.max_len - self.search_len;
        let mut best = self.max_len;
        let mut best_energy = f64::INFINITY;
        let mut pos = lo;
        while pos + FRAME <= self.max_len {
            let e: f64 = self.buf[pos..pos + FRAME].iter().map(|&s| (s as f64) * (s as f64)).sum();
            // Prefer later cuts on ties so windows stay long.
            if e <= best_energy {
                best_energy = e;
                best = pos + FRAME / 2;
            }
            pos += FRAME / 2;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(start: u64, samples: Vec<f32>) -> SampleChunk {
        SampleChunk { start_sample: start, samples }
    }

    #[test]
    fn windows_are_bounded_contiguous_and_cut_at_quiet_points() {
        let rate = TARGET_SAMPLE_RATE as usize;
        // 70 s of tone with a quiet 200 ms hole at 25 s.
        let mut samples: Vec<f32> =
            (0..70 * rate).map(|i| (i as f32 * 0.05).sin() * 0.3).collect();
        for s in &mut samples[25 * rate..25 * rate + 3200] {
            *s = 0.0;
        }
        let mut w = Windower::new(28.0, 8.0);
        let mut windows = Vec::new();
        for (i, c) in samples.chunks(16000).enumerate() {
            windows.extend(w.push(chunk((i * 16000) as u64, c.to_vec())));
        }
        windows.extend(w.flush());
        let mut next = 0u64;
        for win in &windows {
            assert_eq!(win.start_sample, next);
            assert!(win.samples.len() <= 28 * rate);
            next += win.samples.len() as u64;
        }
        assert_eq!(next, (70 * rate) as u64);
        let first_cut = windows[0].samples.len();
        assert!((25 * rate..25 * rate + 3200).contains(&first_cut), "cut at {first_cut}");
    }

    #[test]
    fn a_gap_in_the_timeline_closes_the_window() {
        let mut w = Windower::default();
        assert!(w.push(chunk(0, vec![0.1; 16000])).is_empty());
        let out = w.push(chunk(48000, vec![0.1; 16000]));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].start_sample, 0);
        let last = w.flush().unwrap();
        assert_eq!(last.start_sample, 48000);
        assert_eq!(last.start_ms(), 3000);
    }
}
