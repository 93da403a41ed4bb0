//! Streaming conversion of mono audio at any source rate to 16 kHz, aligned so that output
//! sample N is the source signal at time N / 16000 s.
//!
//! Built on rubato's synchronous FFT resampler (`FftFixedIn`): a windowed-sinc anti-aliasing
//! low-pass applied in the frequency domain, fast enough to run far above real time. rubato
//! 0.16 is kept rather than the 5.x line because the crate's MSRV (1.85) is below what 5.x needs
//! and 0.16 already has everything used here. rubato reports its own group delay
//! (`output_delay`); this wrapper drops that many leading output samples and pads the tail on
//! `finish`, so the output of `n` input frames is exactly `round(n · 16000 / rate)` samples with
//! no time shift.

use rubato::{FftFixedIn, Resampler};

use super::TARGET_SAMPLE_RATE;

/// Lowest and highest source sample rates accepted. Outside this range a header is almost
/// certainly damaged, and the FFT sizes it would imply are not worth allocating.
pub const MIN_SOURCE_RATE: u32 = 1_000;
/// See [`MIN_SOURCE_RATE`].
pub const MAX_SOURCE_RATE: u32 = 384_000;

/// Roughly how many input frames rubato processes per call.
const TARGET_CHUNK_IN: usize = 1024;

/// Number of 16 kHz samples that `frames` source frames at `rate` Hz make.
pub fn output_len(frames: u64, rate: u32) -> u64 {
    let r = u128::from(rate);
    ((u128::from(frames) * u128::from(TARGET_SAMPLE_RATE) + r / 2) / r) as u64
}

/// Converts one contiguous run of mono audio to 16 kHz; [`Resampler16k::finish`] ends the run.
pub struct Resampler16k {
    rate: u32,
    inner: Option<Box<FftFixedIn<f32>>>,
    chunk_in: usize,
    pending: Vec<f32>,
    out_buf: Vec<Vec<f32>>,
    /// Leading output samples still to drop (resampler group delay).
    delay_left: usize,
    frames_in: u64,
    frames_out: u64,
}

impl Resampler16k {
    /// A resampler for a source at `rate` Hz; passes audio through untouched at 16 kHz.
    pub fn new(rate: u32) -> Result<Self, String> {
        if !(MIN_SOURCE_RATE..=MAX_SOURCE_RATE).contains(&rate) {
            return Err(format!(
                "sample rate {rate} Hz is outside {MIN_SOURCE_RATE}..={MAX_SOURCE_RATE} Hz"
            ));
        }
        let mut r = Resampler16k {
            rate,
            inner: None,
            chunk_in: 0,
            pending: Vec::new(),
            out_buf: Vec::new(),
            delay_left: 0,
            frames_in: 0,
            frames_out: 0,
        };
        if rate != TARGET_SAMPLE_RATE {
            // The FFT block must hold a whole number of rate/gcd input frames; use the multiple
            // nearest ~1024 so one call is one FFT block and the filter stays long (sharp).
            let min_in = (rate / gcd(rate, TARGET_SAMPLE_RATE)) as usize;
            let chunk_in = TARGET_CHUNK_IN.div_ceil(min_in) * min_in;
            let inner =
                FftFixedIn::<f32>::new(rate as usize, TARGET_SAMPLE_RATE as usize, chunk_in, 1, 1)
                    .map_err(|e| format!("cannot build a {rate} Hz → 16 kHz resampler: {e}"))?;
            r.delay_left = inner.output_delay();
            r.out_buf = vec![vec![0.0; inner.output_frames_max()]];
            r.pending.reserve(chunk_in);
            r.chunk_in = chunk_in;
            r.inner = Some(Box::new(inner));
        }
        Ok(r)
    }

    /// Source sample rate.
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// Source frames pushed so far.
    pub fn frames_in(&self) -> u64 {
        self.frames_in
    }

    /// Feeds source frames; appends whatever 16 kHz output is ready to `out`.
    pub fn process(&mut self, input: &[f32], out: &mut Vec<f32>) -> Result<(), String> {
        self.frames_in += input.len() as u64;
        if self.inner.is_none() {
            out.extend_from_slice(input);
            self.frames_out += input.len() as u64;
            return Ok(());
        }
        let mut rest = input;
        while !rest.is_empty() {
            let take = (self.chunk_in - self.pending.len()).min(rest.len());
            self.pending.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.pending.len() == self.chunk_in {
                self.run_block(out, None)?;
                self.pending.clear();
            }
        }
        Ok(())
    }

    /// Ends the run: flushes the filter tail so the total output is exactly
    /// `output_len(frames_in, rate)` samples, appended to `out`.
    pub fn finish(&mut self, out: &mut Vec<f32>) -> Result<(), String> {
        let target = output_len(self.frames_in, self.rate);
        if self.inner.is_some() {
            // Zero-pad the last partial block, then push silence until the delayed tail is out.
            // Each block yields at least one FFT block of output, so this ends in a few rounds.
            let mut rounds = 0;
            while self.frames_out < target {
                self.pending.resize(self.chunk_in, 0.0);
                self.run_block(out, Some(target))?;
                self.pending.clear();
                rounds += 1;
                if rounds > 64 {
                    return Err("resampler did not drain".into());
                }
            }
            self.pending.clear();
        }
        debug_assert_eq!(self.frames_out, target);
        Ok(())
    }

    /// Runs one full block of `pending` through rubato, dropping the group delay and, when
    /// `limit` is set, anything past `limit` total output samples.
    fn run_block(&mut self, out: &mut Vec<f32>, limit: Option<u64>) -> Result<(), String> {
        let inner = self.inner.as_mut().expect("only called when resampling");
        let (_, produced) = inner
            .process_into_buffer(&[&self.pending[..]], &mut self.out_buf, None)
            .map_err(|e| format!("resampler failed: {e}"))?;
        let mut produced = &self.out_buf[0][..produced];
        let skip = self.delay_left.min(produced.len());
        self.delay_left -= skip;
        produced = &produced[skip..];
        if let Some(limit) = limit {
            let room = limit.saturating_sub(self.frames_out) as usize;
            produced = &produced[..produced.len().min(room)];
        }
        out.extend_from_slice(produced);
        self.frames_out += produced.len() as u64;
        Ok(())
    }
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Resamples `input` in uneven pieces, as a decoder would deliver it.
    fn resample(rate: u32, input: &[f32]) -> Vec<f32> {
        let mut r = Resampler16k::new(rate).unwrap();
        let mut out = Vec::new();
        let mut pos = 0;
        let mut step = 1;
        while pos < input.len() {
            let end = (pos + step).min(input.len());
            r.process(&input[pos..end], &mut out).unwrap();
            pos = end;
            step = step * 3 % 2311 + 1;
        }
        r.finish(&mut out).unwrap();
        out
    }

    fn peak_index(x: &[f32]) -> usize {
        x.iter()
            .enumerate()
            .max_by(|a, b| a.1.abs().total_cmp(&b.1.abs()))
            .unwrap()
            .0
    }

    #[test]
    fn output_length_is_exact() {
        for &rate in &[
            8_000, 11_025, 16_000, 22_050, 32_000, 44_100, 48_000, 96_000,
        ] {
            for &n in &[0usize, 1, 7, 1000, 44_100, 123_457] {
                let out = resample(rate, &vec![0.1; n]);
                assert_eq!(
                    out.len() as u64,
                    output_len(n as u64, rate),
                    "rate {rate}, n {n}"
                );
            }
        }
    }

    #[test]
    fn impulse_stays_at_its_time() {
        // An impulse at 0.73 s must come out at 0.73 s (within one 16 kHz sample).
        for &rate in &[8_000u32, 22_050, 44_100, 48_000] {
            let n = rate as usize * 2;
            let at = (0.73 * rate as f64).round() as usize;
            let mut x = vec![0.0f32; n];
            x[at] = 1.0;
            let y = resample(rate, &x);
            let expected = at as f64 * 16_000.0 / rate as f64;
            let got = peak_index(&y) as f64;
            assert!(
                (got - expected).abs() <= 1.0,
                "rate {rate}: peak at {got}, expected {expected}"
            );
        }
    }

    #[test]
    fn passband_tone_keeps_level_and_aliases_are_removed() {
        // 1 kHz survives at full level; 12 kHz (above the new 8 kHz Nyquist) must vanish rather
        // than fold back to 4 kHz.
        let rate = 48_000u32;
        let tone = |f: f64| -> Vec<f32> {
            (0..rate as usize)
                .map(|i| {
                    (2.0 * std::f64::consts::PI * f * i as f64 / rate as f64).sin() as f32 * 0.5
                })
                .collect()
        };
        let rms = |y: &[f32]| (y[2000..14000].iter().map(|v| v * v).sum::<f32>() / 12000.0).sqrt();
        let pass = resample(rate, &tone(1000.0));
        assert!(
            (rms(&pass) - 0.5 / 2f32.sqrt()).abs() < 0.01,
            "1 kHz level {}",
            rms(&pass)
        );
        let alias = resample(rate, &tone(12_000.0));
        assert!(rms(&alias) < 0.001, "12 kHz leaked: rms {}", rms(&alias));
    }

    #[test]
    fn sixteen_khz_passes_through_untouched() {
        let x: Vec<f32> = (0..5000).map(|i| (i as f32 * 0.01).sin()).collect();
        assert_eq!(resample(16_000, &x), x);
    }

    #[test]
    fn absurd_rates_are_refused() {
        assert!(Resampler16k::new(0).is_err());
        assert!(Resampler16k::new(10_000_000).is_err());
    }
}
