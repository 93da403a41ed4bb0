//! The mel filterbank a ggml Whisper file carries in its header.
//!
//! whisper.cpp computes its log-mel spectrogram with the filters stored in the model file, so a
//! converted model must carry exactly what OpenAI's `mel_filters.npz` holds:
//! `librosa.filters.mel(sr=16000, n_fft=400, n_mels=80|128)` (Slaney mel scale, `htk=False`,
//! `norm='slaney'`), as float32. No crate reproduces librosa bit for bit, so this is written out
//! here, step for step as librosa and numpy compute it (float64, then rounded to float32 twice:
//! once when the triangle is stored, once after the area normalisation).

/// Sample rate Whisper works at.
pub const WHISPER_SAMPLE_RATE: u32 = 16_000;
/// FFT size of Whisper's STFT (25 ms at 16 kHz).
pub const WHISPER_N_FFT: usize = 400;

const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;

fn logstep() -> f64 {
    6.4f64.ln() / 27.0
}

fn min_log_mel() -> f64 {
    MIN_LOG_HZ / F_SP
}

/// Slaney-style Hz → mel (librosa `hz_to_mel`, `htk=False`).
fn hz_to_mel(f: f64) -> f64 {
    if f >= MIN_LOG_HZ {
        min_log_mel() + (f / MIN_LOG_HZ).ln() / logstep()
    } else {
        f / F_SP
    }
}

/// Slaney-style mel → Hz (librosa `mel_to_hz`, `htk=False`).
fn mel_to_hz(m: f64) -> f64 {
    if m >= min_log_mel() {
        MIN_LOG_HZ * (logstep() * (m - min_log_mel())).exp()
    } else {
        F_SP * m
    }
}

/// numpy `linspace(start, stop, num)` with `endpoint=True`.
fn linspace(start: f64, stop: f64, num: usize) -> Vec<f64> {
    if num == 1 {
        return vec![start];
    }
    let step = (stop - start) / (num - 1) as f64;
    let mut v: Vec<f64> = (0..num).map(|i| i as f64 * step + start).collect();
    v[num - 1] = stop;
    v
}

/// The mel filterbank, row-major `n_mels × (1 + n_fft / 2)`, as librosa computes it for
/// `fmin = 0`, `fmax = sr / 2`.
pub fn mel_filterbank(sample_rate: u32, n_fft: usize, n_mels: usize) -> Vec<f32> {
    let n_freq = 1 + n_fft / 2;
    // numpy.fft.rfftfreq(n_fft, d = 1/sr)
    let val = 1.0 / (n_fft as f64 * (1.0 / sample_rate as f64));
    let fftfreqs: Vec<f64> = (0..n_freq).map(|i| i as f64 * val).collect();
    // librosa.mel_frequencies(n_mels + 2, fmin = 0, fmax = sr / 2)
    let mels = linspace(
        hz_to_mel(0.0),
        hz_to_mel(sample_rate as f64 / 2.0),
        n_mels + 2,
    );
    let mel_f: Vec<f64> = mels.into_iter().map(mel_to_hz).collect();
    let fdiff: Vec<f64> = mel_f.windows(2).map(|w| w[1] - w[0]).collect();

    let mut weights = vec![0f32; n_mels * n_freq];
    for i in 0..n_mels {
        let enorm = 2.0 / (mel_f[i + 2] - mel_f[i]);
        for (j, &f) in fftfreqs.iter().enumerate() {
            let lower = -(mel_f[i] - f) / fdiff[i];
            let upper = (mel_f[i + 2] - f) / fdiff[i + 1];
            // numpy `maximum(0, minimum(lower, upper))`: on ties numpy keeps the second operand,
            // so the first bin of the first filter is -0.0, as in mel_filters.npz.
            let m = if lower < upper { lower } else { upper };
            let tri = (if 0.0 > m { 0.0 } else { m }) as f32;
            weights[i * n_freq + j] = (tri as f64 * enorm) as f32;
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values of whisper's `mel_filters.npz` (`mel_80`), identical to librosa 0.11
    /// `filters.mel(sr=16000, n_fft=400, n_mels=80)`; read with numpy once and kept as bits.
    #[test]
    fn mel80_matches_librosa_reference_values() {
        let m = mel_filterbank(16_000, 400, 80);
        assert_eq!(m.len(), 80 * 201);
        for &(row, col, bits) in super::reference::MEL80_BITS {
            let got = m[row * 201 + col];
            assert_eq!(
                got.to_bits(),
                bits,
                "mel[{row}][{col}] = {got:e}, librosa {:e}",
                f32::from_bits(bits)
            );
        }
        // Each triangle is non-zero on a contiguous band only.
        let nonzero = m.iter().filter(|v| **v != 0.0).count();
        assert_eq!(nonzero, super::reference::MEL80_NONZERO);
    }

    #[test]
    fn linspace_ends_exactly() {
        let v = linspace(0.0, 1.0, 7);
        assert_eq!(v[0], 0.0);
        assert_eq!(v[6], 1.0);
    }

    #[test]
    fn mel_scale_round_trips() {
        for hz in [0.0, 200.0, 999.0, 1000.0, 4321.0, 8000.0] {
            assert!((mel_to_hz(hz_to_mel(hz)) - hz).abs() < 1e-9);
        }
    }
}

#[cfg(test)]
mod reference;
