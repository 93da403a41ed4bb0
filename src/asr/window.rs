//! The unit of work handed to Whisper: 16 kHz audio packed from one or more speech stretches
//! of the recording, with an exact map from each sample back to the recording timeline.
//!
//! Packing several VAD speech stretches into one window (music and silence between them cut
//! out) is what keeps Whisper's cost proportional to speech: each call pays the encoder once,
//! so many short windows cost many encoders. The map makes every time Whisper reports point at
//! the same moment of the original recording. (whisper.cpp's own VAD mode has known
//! time-mapping bugs in 1.8.x; this mapping is ours.)

use crate::media::TARGET_SAMPLE_RATE;

/// One contiguous stretch of the recording inside a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Index in [`AudioWindow::samples`] where this stretch begins.
    pub offset: usize,
    /// Recording-timeline sample (16 kHz) of that first sample.
    pub start_sample: u64,
}

/// One window of 16 kHz mono samples handed to the transcriber.
#[derive(Debug, Clone)]
pub struct AudioWindow {
    /// The audio: the pieces one after another.
    pub samples: Vec<f32>,
    /// Where each piece starts, sorted by offset; the first has offset 0. Never empty.
    pub pieces: Vec<Piece>,
    /// Where each piece but the last ends in `samples` (a separating silence follows).
    ends: Vec<usize>,
}

impl AudioWindow {
    /// A window of one contiguous stretch starting at timeline sample `start_sample`.
    pub fn contiguous(start_sample: u64, samples: Vec<f32>) -> Self {
        AudioWindow {
            samples,
            pieces: vec![Piece {
                offset: 0,
                start_sample,
            }],
            ends: Vec::new(),
        }
    }

    /// Appends a stretch that starts at timeline sample `start_sample`; merges it into the last
    /// piece when it continues that piece exactly. Otherwise `separator` samples of silence go
    /// in between: Whisper then sees a pause there and places its timestamps and segment breaks
    /// in it rather than across the jump (times that fall in the silence map to the end of the
    /// piece before it).
    pub fn append(&mut self, start_sample: u64, samples: &[f32], separator: usize) {
        let end = self.samples.len();
        let continues = self
            .pieces
            .last()
            .is_some_and(|p| p.start_sample + (end - p.offset) as u64 == start_sample);
        if !continues || self.pieces.is_empty() {
            if !self.pieces.is_empty() {
                self.samples.resize(end + separator, 0.0);
                self.ends.push(end);
            }
            self.pieces.push(Piece {
                offset: self.samples.len(),
                start_sample,
            });
        }
        self.samples.extend_from_slice(samples);
    }

    /// Index in `samples` where piece `i`'s audio ends (silence may follow).
    fn piece_end_offset(&self, i: usize) -> usize {
        self.ends.get(i).copied().unwrap_or(self.samples.len())
    }

    /// First timeline sample of the window.
    pub fn start_sample(&self) -> u64 {
        self.pieces.first().map_or(0, |p| p.start_sample)
    }

    /// Start of the window in milliseconds of the recording timeline.
    pub fn start_ms(&self) -> u64 {
        self.start_sample() * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// End of the window (end of its last piece) in milliseconds of the recording timeline.
    pub fn end_ms(&self) -> u64 {
        self.piece_end_ms(self.pieces.len().saturating_sub(1))
    }

    /// Duration of the audio in the window (pieces and separating silence), in milliseconds.
    pub fn audio_ms(&self) -> u64 {
        self.samples.len() as u64 * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// Index of the piece holding window time `ms` (times past the end belong to the last).
    pub fn piece_at(&self, ms: u64) -> usize {
        let sample = (ms * TARGET_SAMPLE_RATE as u64 / 1000) as usize;
        self.pieces
            .partition_point(|p| p.offset <= sample)
            .saturating_sub(1)
    }

    /// Maps a time inside the window (ms from its first sample) to the recording timeline,
    /// clamped to the piece that holds it.
    pub fn to_timeline_ms(&self, ms: u64) -> u64 {
        let Some(piece) = self.pieces.get(self.piece_at(ms)) else {
            return ms;
        };
        let piece_end = self.piece_end_offset(self.piece_at(ms));
        let sample = ((ms * TARGET_SAMPLE_RATE as u64 / 1000) as usize).min(piece_end);
        (piece.start_sample + (sample - piece.offset) as u64) * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// Timeline end (ms) of piece `i`, so times can be clamped inside their own stretch.
    pub fn piece_end_ms(&self, i: usize) -> u64 {
        let Some(piece) = self.pieces.get(i) else {
            return self.end_ms();
        };
        let end = self.piece_end_offset(i);
        (piece.start_sample + (end - piece.offset) as u64) * 1000 / TARGET_SAMPLE_RATE as u64
    }

    /// The part of the window from window time `ms` on, as a window of its own with the same
    /// map to the timeline; a time inside a separating silence starts at the next piece.
    /// `None` when nothing is left.
    pub fn tail_from_ms(&self, ms: u64) -> Option<AudioWindow> {
        let mut from = (ms * TARGET_SAMPLE_RATE as u64 / 1000) as usize;
        let first = self.piece_at(ms);
        if from >= self.piece_end_offset(first) {
            // In the silence after piece `first`: start at the next piece.
            from = self.pieces.get(first + 1)?.offset;
        }
        if from >= self.samples.len() {
            return None;
        }
        let first = self
            .pieces
            .partition_point(|p| p.offset <= from)
            .saturating_sub(1);
        let mut pieces = Vec::new();
        let mut ends = Vec::new();
        for (k, p) in self.pieces.iter().enumerate().skip(first) {
            let start = p.offset.max(from);
            pieces.push(Piece {
                offset: start - from,
                start_sample: p.start_sample + (start - p.offset) as u64,
            });
            if k + 1 < self.pieces.len() {
                ends.push(self.piece_end_offset(k) - from);
            }
        }
        Some(AudioWindow {
            samples: self.samples[from..].to_vec(),
            pieces,
            ends,
        })
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
        let w = AudioWindow::contiguous(48_000, vec![0.5; 16_000]);
        assert_eq!((w.start_ms(), w.end_ms()), (3000, 4000));
        assert!((w.rms_dbfs() - (-6.02)).abs() < 0.01);
        assert_eq!(rms_dbfs(&[]), -200.0);
    }

    #[test]
    fn packed_pieces_map_back_to_their_own_stretch() {
        // 1 s of speech at 10 s, then 2 s of speech at 60 s.
        // 0.5 s of silence separates the pieces inside the window.
        let mut w = AudioWindow::contiguous(160_000, vec![0.1; 16_000]);
        w.append(960_000, &[0.1; 32_000], 8_000);
        // A continuation of the last piece does not start a new one.
        w.append(992_000, &[0.1; 1_600], 8_000);
        assert_eq!(w.pieces.len(), 2);
        assert_eq!(w.audio_ms(), 3600);
        assert_eq!(w.to_timeline_ms(0), 10_000);
        assert_eq!(w.to_timeline_ms(500), 10_500);
        // Inside the separating silence: the end of the first piece.
        assert_eq!(w.to_timeline_ms(1200), 11_000);
        assert_eq!(w.to_timeline_ms(1500), 60_000);
        assert_eq!(w.to_timeline_ms(3000), 61_500);
        assert_eq!(w.to_timeline_ms(9_999), 62_100);
        assert_eq!(w.piece_at(1499), 0);
        assert_eq!(w.piece_at(1500), 1);
        assert_eq!(w.piece_end_ms(0), 11_000);
        assert_eq!((w.start_ms(), w.end_ms()), (10_000, 62_100));

        // The tail from inside the first piece keeps both stretches and their map.
        let t = w.tail_from_ms(500).unwrap();
        assert_eq!(t.audio_ms(), 3100);
        assert_eq!(t.to_timeline_ms(0), 10_500);
        assert_eq!(t.to_timeline_ms(700), 11_000);
        assert_eq!(t.to_timeline_ms(1000), 60_000);
        assert_eq!((t.start_ms(), t.end_ms()), (10_500, 62_100));
        // From inside the separating silence: the second stretch alone.
        let t = w.tail_from_ms(1200).unwrap();
        assert_eq!(t.pieces.len(), 1);
        assert_eq!((t.start_ms(), t.end_ms()), (60_000, 62_100));
        assert_eq!(t.to_timeline_ms(100), 60_100);
        assert!(w.tail_from_ms(3600).is_none());
    }
}
