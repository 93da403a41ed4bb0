//! The unit of work handed to Whisper: a contiguous stretch of 16 kHz audio with its exact
//! offset in the recording timeline (cut by the VAD, `crate::vad`).

use crate::media::TARGET_SAMPLE_RATE;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_times_follow_the_16k_timeline() {
        let w = AudioWindow {
            start_sample: 48_000,
            samples: vec![0.5; 16_000],
        };
        assert_eq!((w.start_ms(), w.end_ms()), (3000, 4000));
        assert!((w.rms_dbfs() - (-6.02)).abs() < 0.01);
        assert_eq!(rms_dbfs(&[]), -200.0);
    }
}
