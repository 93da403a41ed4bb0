//! Streaming clip cutter: decodes a recording once, at its own sample rate, and writes the
//! requested windows as WAV files while it goes, so nothing but the open clips' writers and a
//! packet of audio is held in memory whatever the length of the recording.
//!
//! Timestamps are placed on the recording's timeline exactly as [`crate::media::timeline`]
//! places them for Whisper (same origin rule, same 50 ms jitter tolerance, same treatment of
//! gaps and absurd jumps), so a finding's `start_ms` points at the same audio in the clip as
//! in the transcript. Gaps in the recording become silence inside a clip.
//!
//! Alongside the clips it measures a level profile (RMS per [`LEVEL_BIN_MS`]) of the whole
//! recording for the report's timeline picture.

use std::fs::File;
use std::io::BufWriter;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use symphonia::core::units::TimeBase;

use super::EvidenceError;
use crate::media::decode::{PacketDecoder, PacketFailure};
use crate::media::demux::{Demuxer, PacketError};
use crate::media::{self, MediaError, MediaInfo};

/// Width of one level-profile bin in milliseconds.
pub const LEVEL_BIN_MS: u32 = 250;
/// Timestamp jumps up to this (50 ms) are jitter, not gaps (as in the 16 kHz timeline).
const JITTER_MS: u64 = 50;
/// A forward jump longer than this (30 min) is a broken timestamp: audio stays contiguous.
const MAX_GAP_MS: u64 = 30 * 60 * 1000;
/// After this many damaged packets in a row the rest of the input is given up.
const MAX_DAMAGED_IN_ROW: u32 = 32;

/// One window to cut: `name` becomes the file stem (`name.wav`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClipSpec {
    pub name: String,
    pub start_ms: u64,
    pub end_ms: u64,
}

/// A clip that was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CutClip {
    pub name: String,
    /// Where the WAV file is.
    pub path: PathBuf,
    /// Window actually covered on the recording's timeline (the end is earlier than asked
    /// when the recording ends first).
    pub start_ms: u64,
    pub end_ms: u64,
    /// The recording's own sample rate; clips are mono (channels averaged, as for Whisper).
    pub sample_rate: u32,
    /// Frames in the file.
    pub frames: u64,
}

/// Loudness of the recording over time (defined with the other report inputs).
pub use crate::report::meta::LevelProfile;

/// What one cutting pass produced.
#[derive(Debug, Clone)]
pub struct CutOutput {
    /// The clips in the order asked for; a window wholly past the end of the audio is absent.
    pub clips: Vec<CutClip>,
    /// Level profile of the part of the recording that was decoded (all of it when asked).
    pub levels: LevelProfile,
    /// Source sample rate the clips were written at.
    pub sample_rate: u32,
    /// What was opened.
    pub info: MediaInfo,
    /// End of the decoded timeline in milliseconds.
    pub decoded_ms: u64,
    /// Problems met on the way (damaged packets, early end), for people.
    pub warnings: Vec<String>,
}

/// Places decoded frames on the recording's timeline at the source rate.
struct Clock {
    time_base: TimeBase,
    origin: i64,
    started: bool,
    rate: u32,
    /// Next sample index (at `rate`) of contiguous audio.
    cursor: u64,
}

impl Clock {
    fn new(time_base: TimeBase, origin: Option<i64>) -> Self {
        Clock {
            time_base,
            origin: origin.unwrap_or(i64::MAX),
            started: false,
            rate: 0,
            cursor: 0,
        }
    }

    fn position(&self, ts: i64) -> u64 {
        let ticks = i128::from(ts) - i128::from(self.origin);
        let num = ticks * i128::from(self.time_base.numer.get()) * i128::from(self.rate);
        let den = i128::from(self.time_base.denom.get());
        (num + den / 2)
            .div_euclid(den)
            .clamp(0, i128::from(u64::MAX >> 1)) as u64
    }

    /// Sample index where `frames` frames stamped `ts` start; advances the cursor past them.
    fn place(&mut self, ts: i64, rate: u32, frames: u64) -> u64 {
        if !self.started {
            self.started = true;
            self.rate = rate;
            self.origin = self.origin.min(ts);
        }
        let pos = self.position(ts);
        let ms = |ms: u64| ms * u64::from(self.rate) / 1000;
        let start = if pos > self.cursor + ms(JITTER_MS) && pos <= self.cursor + ms(MAX_GAP_MS) {
            pos
        } else {
            self.cursor
        };
        self.cursor = start + frames;
        start
    }
}

enum ClipState {
    Waiting,
    Open {
        writer: hound::WavWriter<BufWriter<File>>,
        written: u64,
    },
    Done,
}

struct ClipSink {
    spec: ClipSpec,
    tmp: PathBuf,
    path: PathBuf,
    /// Window in samples at the clock rate, set once the rate is known.
    range: Option<(u64, u64)>,
    state: ClipState,
    frames: u64,
}

impl ClipSink {
    /// Takes the samples of `block` (starting at sample `at`) that fall in the window.
    fn feed(&mut self, at: u64, block: &[f32], rate: u32) -> Result<(), EvidenceError> {
        let (s, e) = *self.range.get_or_insert_with(|| {
            let r = u64::from(rate);
            (self.spec.start_ms * r / 1000, self.spec.end_ms * r / 1000)
        });
        let end = at + block.len() as u64;
        if matches!(self.state, ClipState::Done) || end <= s {
            return Ok(());
        }
        if let ClipState::Waiting = self.state {
            let spec = hound::WavSpec {
                channels: 1,
                sample_rate: rate,
                bits_per_sample: 16,
                sample_format: hound::SampleFormat::Int,
            };
            let writer = hound::WavWriter::create(&self.tmp, spec).map_err(|e| self.err(e))?;
            self.state = ClipState::Open { writer, written: 0 };
        }
        let ClipState::Open { writer, written } = &mut self.state else {
            unreachable!("opened above")
        };
        // Silence for a gap in the recording (or a block that starts after the window did).
        let upto = at.min(e);
        while s + *written < upto {
            writer
                .write_sample(0i16)
                .map_err(|e| wav_err(&self.tmp, e))?;
            *written += 1;
        }
        let from = (s + *written).max(at);
        let to = end.min(e);
        if from < to {
            for &v in &block[(from - at) as usize..(to - at) as usize] {
                writer
                    .write_sample(to_i16(v))
                    .map_err(|e| wav_err(&self.tmp, e))?;
            }
            *written += to - from;
        }
        if end >= e {
            self.close()?;
        }
        Ok(())
    }

    /// Finishes the file: renames it into place. Called when the window is complete or the
    /// recording ended inside it.
    fn close(&mut self) -> Result<(), EvidenceError> {
        if let ClipState::Open { writer, written } =
            std::mem::replace(&mut self.state, ClipState::Done)
        {
            writer.finalize().map_err(|e| wav_err(&self.tmp, e))?;
            std::fs::rename(&self.tmp, &self.path).map_err(|e| EvidenceError::io(&self.path, e))?;
            self.frames = written;
        }
        Ok(())
    }

    fn err(&self, e: hound::Error) -> EvidenceError {
        wav_err(&self.tmp, e)
    }
}

fn wav_err(path: &Path, e: hound::Error) -> EvidenceError {
    match e {
        hound::Error::IoError(source) => EvidenceError::io(path, source),
        other => EvidenceError::Internal {
            path: path.to_path_buf(),
            detail: format!("writing WAV: {other}"),
        },
    }
}

/// 16-bit PCM with rounding and clipping (decoders may overshoot ±1 slightly).
fn to_i16(v: f32) -> i16 {
    (v * 32767.0).round().clamp(-32768.0, 32767.0) as i16
}

/// Sums of squares per level bin.
struct Levels {
    bin_len: u64,
    sums: Vec<f64>,
    counts: Vec<u32>,
}

impl Levels {
    fn add(&mut self, at: u64, block: &[f32]) {
        if self.bin_len == 0 {
            return;
        }
        for (i, &v) in block.iter().enumerate() {
            let bin = ((at + i as u64) / self.bin_len) as usize;
            if bin >= self.sums.len() {
                self.sums.resize(bin + 1, 0.0);
                self.counts.resize(bin + 1, 0);
            }
            self.sums[bin] += f64::from(v) * f64::from(v);
            self.counts[bin] += 1;
        }
    }

    fn profile(&self) -> LevelProfile {
        let dbfs = self
            .sums
            .iter()
            .zip(&self.counts)
            .map(|(&sum, &n)| {
                if n == 0 || sum <= 0.0 {
                    return -120.0;
                }
                let rms = (sum / f64::from(n)).sqrt();
                (20.0 * rms.log10()).max(-120.0) as f32
            })
            .collect();
        LevelProfile {
            bin_ms: LEVEL_BIN_MS,
            dbfs,
        }
    }
}

/// Resamples `frames` from `from` Hz to `to` Hz by linear interpolation. Only used when a
/// stream changes rate mid-way (some FLV recorders do), so clips keep one rate.
fn convert_rate(frames: &[f32], from: u32, to: u32) -> Vec<f32> {
    let n_out = (frames.len() as u64 * u64::from(to) / u64::from(from)) as usize;
    (0..n_out)
        .map(|i| {
            let x = i as f64 * f64::from(from) / f64::from(to);
            let i0 = x.floor() as usize;
            let frac = (x - i0 as f64) as f32;
            let a = frames[i0.min(frames.len() - 1)];
            let b = frames[(i0 + 1).min(frames.len() - 1)];
            a + (b - a) * frac
        })
        .collect()
}

/// Cuts `specs` out of `source` into `out_dir/<name>.wav`.
///
/// With `whole` the entire recording is decoded (for the level profile); without it decoding
/// stops once the last window is written. Damaged packets are skipped as in the audit; a
/// recording that decodes to nothing is an error naming it.
pub fn cut_clips(
    source: &Path,
    specs: &[ClipSpec],
    out_dir: &Path,
    whole: bool,
) -> Result<CutOutput, EvidenceError> {
    // A clip's name comes from a finding id, which a findings file from outside chooses:
    // only a plain name may become a file in the pack.
    if let Some(bad) = specs
        .iter()
        .find(|s| !crate::source::input::is_safe_name(&s.name))
    {
        return Err(EvidenceError::BadInput {
            path: out_dir.to_path_buf(),
            detail: format!(
                "finding id {:?} cannot name a clip (use 1-128 of A-Z a-z 0-9 _ -)",
                bad.name
            ),
        });
    }
    std::fs::create_dir_all(out_dir).map_err(|e| EvidenceError::io(out_dir, e))?;
    let parts = media::open_parts(source)?;
    let mut demuxer = parts.demuxer;
    let mut decoder = parts.decoder;
    let track = demuxer.track().clone();
    let mut cutter = Cutter {
        source,
        info: parts.info,
        clock: Clock::new(track.time_base, track.origin_ts),
        sinks: specs
            .iter()
            .map(|spec| ClipSink {
                spec: spec.clone(),
                tmp: out_dir.join(format!("{}.wav.tmp~", spec.name)),
                path: out_dir.join(format!("{}.wav", spec.name)),
                range: None,
                state: ClipState::Waiting,
                frames: 0,
            })
            .collect(),
        levels: Levels {
            bin_len: 0,
            sums: Vec::new(),
            counts: Vec::new(),
        },
        warnings: Vec::new(),
        damaged: 0,
        damaged_in_row: 0,
        first_damage: None,
        decoded_any: false,
    };
    if let Err(e) = cutter.run(&mut *demuxer, &mut *decoder, whole) {
        for s in &cutter.sinks {
            let _ = std::fs::remove_file(&s.tmp);
        }
        return Err(e);
    }
    cutter.finish()
}

/// One cutting pass: the timeline, the open clips, the level sums and what went wrong.
struct Cutter<'a> {
    source: &'a Path,
    info: MediaInfo,
    clock: Clock,
    sinks: Vec<ClipSink>,
    levels: Levels,
    warnings: Vec<String>,
    damaged: u64,
    damaged_in_row: u32,
    first_damage: Option<String>,
    decoded_any: bool,
}

impl Cutter<'_> {
    /// Decodes packet after packet, feeding the clips, until the input ends, stops early, or
    /// (without `whole`) every clip is written.
    fn run(
        &mut self,
        demuxer: &mut dyn Demuxer,
        decoder: &mut dyn PacketDecoder,
        whole: bool,
    ) -> Result<(), EvidenceError> {
        let mut frames = Vec::new();
        loop {
            if !whole
                && self.decoded_any
                && self
                    .sinks
                    .iter()
                    .all(|s| matches!(s.state, ClipState::Done))
            {
                return Ok(());
            }
            frames.clear();
            match read_step(demuxer, decoder, &mut frames) {
                Step::End => return Ok(()),
                Step::Io(e) => {
                    return Err(MediaError::Io {
                        path: self.source.to_path_buf(),
                        source: e,
                    }
                    .into())
                }
                Step::Stop(m) => {
                    self.warnings.push(m);
                    return Ok(());
                }
                Step::Damaged(m) => {
                    self.damaged += 1;
                    self.damaged_in_row += 1;
                    self.first_damage.get_or_insert(m);
                    if self.damaged_in_row >= MAX_DAMAGED_IN_ROW {
                        self.warnings.push(format!(
                            "gave up after {MAX_DAMAGED_IN_ROW} damaged packets in a row"
                        ));
                        return Ok(());
                    }
                }
                Step::Frames(ts, rate, channels) => {
                    self.damaged_in_row = 0;
                    if frames.is_empty() || rate == 0 {
                        continue;
                    }
                    self.take(ts, rate, channels, &frames)?;
                }
            }
        }
    }

    /// Places decoded `frames` stamped `ts` on the timeline (at the first rate seen) and
    /// hands them to the level sums and every clip.
    fn take(
        &mut self,
        ts: i64,
        rate: u32,
        channels: u32,
        frames: &[f32],
    ) -> Result<(), EvidenceError> {
        if self.info.sample_rate == 0 {
            self.info.sample_rate = rate;
        }
        if self.info.channels == 0 {
            self.info.channels = channels;
        }
        let clock = &mut self.clock;
        let converted;
        let block: &[f32] = if clock.started && rate != clock.rate {
            converted = convert_rate(frames, rate, clock.rate);
            &converted
        } else {
            frames
        };
        let at = clock.place(ts, rate, block.len() as u64);
        self.decoded_any = true;
        if self.levels.bin_len == 0 {
            self.levels.bin_len = (u64::from(clock.rate) * u64::from(LEVEL_BIN_MS) / 1000).max(1);
        }
        self.levels.add(at, block);
        for sink in &mut self.sinks {
            sink.feed(at, block, clock.rate)?;
        }
        Ok(())
    }

    /// Closes the clips and reports what was cut (an error when nothing decoded at all).
    fn finish(mut self) -> Result<CutOutput, EvidenceError> {
        if !self.decoded_any {
            return Err(MediaError::NoAudioDecoded {
                path: self.source.to_path_buf(),
                container: self.info.container.clone(),
                errors: self.damaged,
                first_error: self.first_damage,
            }
            .into());
        }
        if self.damaged > 0 {
            self.warnings.push(format!(
                "{} damaged packet(s) skipped (first: {})",
                self.damaged,
                self.first_damage.as_deref().unwrap_or("?")
            ));
        }
        let rate = self.clock.rate;
        let decoded_ms = self.clock.cursor * 1000 / u64::from(rate);
        let mut clips = Vec::new();
        for mut sink in self.sinks {
            sink.close()?;
            if sink.frames == 0 {
                continue;
            }
            let (s, _) = sink.range.unwrap_or((0, 0));
            let start_ms = s * 1000 / u64::from(rate);
            clips.push(CutClip {
                name: sink.spec.name,
                path: sink.path,
                start_ms,
                end_ms: start_ms + sink.frames * 1000 / u64::from(rate),
                sample_rate: rate,
                frames: sink.frames,
            });
        }
        Ok(CutOutput {
            clips,
            levels: self.levels.profile(),
            sample_rate: rate,
            info: self.info,
            decoded_ms,
            warnings: self.warnings,
        })
    }
}

/// Reads and decodes the next packet into `frames`. A panic in a third-party parser is
/// damage at this point of the input, as in the audit's decode: what was cut is kept and
/// cutting stops there.
fn read_step(
    demuxer: &mut dyn Demuxer,
    decoder: &mut dyn PacketDecoder,
    frames: &mut Vec<f32>,
) -> Step {
    let step = catch_unwind(AssertUnwindSafe(|| match demuxer.next_packet() {
        Ok(Some(packet)) => match decoder.decode(&packet, frames) {
            Ok(d) => {
                let ts = packet
                    .pts
                    .get()
                    .saturating_add(packet.trim_start.get().min(i64::MAX as u64) as i64);
                Step::Frames(ts, d.rate, d.channels)
            }
            Err(PacketFailure::Damaged(m)) => Step::Damaged(m),
            Err(PacketFailure::Fatal(m)) => Step::Stop(format!("the decoder stopped: {m}")),
        },
        Ok(None) => Step::End,
        Err(PacketError::Damaged(m)) => Step::Damaged(m),
        Err(PacketError::Truncated(m)) => Step::Stop(format!("the input is cut short: {m}")),
        Err(PacketError::Fatal(m)) => Step::Stop(format!("reading stopped early: {m}")),
        Err(PacketError::Io(e)) => Step::Io(e),
    }));
    step.unwrap_or_else(|panic| {
        Step::Stop(format!(
            "the decoder crashed on damaged data ({})",
            panic_text(&*panic)
        ))
    })
}

/// The text of a caught panic.
fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

enum Step {
    Frames(i64, u32, u32),
    Damaged(String),
    Stop(String),
    Io(std::io::Error),
    End,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_keeps_jitter_contiguous_and_opens_gaps() {
        let tb = TimeBase::try_new(1, 1000).unwrap();
        let mut c = Clock::new(tb, Some(0));
        assert_eq!(c.place(0, 44_100, 4410), 0);
        // 2 ms late: jitter, contiguous.
        assert_eq!(c.place(102, 44_100, 4410), 4410);
        // 1 s later than expected: a gap.
        assert_eq!(c.place(1200, 44_100, 4410), 52_920);
        // Backwards: kept contiguous.
        assert_eq!(c.place(0, 44_100, 10), 52_920 + 4410);
    }

    #[test]
    fn rate_conversion_keeps_duration() {
        let x: Vec<f32> = (0..480).map(|i| i as f32).collect();
        let y = convert_rate(&x, 48_000, 44_100);
        assert_eq!(y.len(), 441);
        assert!((y[100] - 100.0 * 48.0 / 44.1).abs() < 1e-3);
    }

    #[test]
    fn levels_are_dbfs_per_bin() {
        let mut l = Levels {
            bin_len: 4,
            sums: Vec::new(),
            counts: Vec::new(),
        };
        l.add(0, &[0.5, -0.5, 0.5, -0.5, 0.0, 0.0]);
        l.add(12, &[1.0; 4]);
        let p = l.profile();
        assert_eq!(p.dbfs.len(), 4);
        assert!((p.dbfs[0] - (-6.0206)).abs() < 1e-3);
        assert_eq!(p.dbfs[1], -120.0);
        assert_eq!(p.dbfs[2], -120.0, "a gap bin is silent");
        assert!(p.dbfs[3].abs() < 1e-6);
    }
}
