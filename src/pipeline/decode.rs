//! The decode side of the scheduler: open a recording, stream it through the VAD and hand
//! every speech window on, numbered, with the bookkeeping (audio length, speech spans) the
//! findings document needs. One copy, whatever the number of whisper states.

use super::AuditError;
use crate::asr::window::rms_dbfs;
use crate::asr::AudioWindow;
use crate::media::{self, DecodeReport, MediaInfo};
use crate::source::input::Opener;
use crate::vad::{SpeechWindower, VadConfig};

/// Windows quieter than this carry no speech worth sending to Whisper.
const SILENT_WINDOW_DBFS: f32 = -60.0;

/// What a decode thread reports, in order: `Info` once, windows, then `Done` or `Failed`.
pub enum DecodeMsg {
    Info(MediaInfo),
    Window(AudioWindow),
    Done(DecodeReport),
    Failed(AuditError),
}

/// Produces a recording's messages on its decode thread, handing each to the callback, which
/// returns false to stop early. Production feeds decode a file ([`decode_feed`]); scheduler
/// tests feed synthetic windows.
pub type WindowFeed = Box<dyn FnOnce(&mut dyn FnMut(DecodeMsg) -> bool) + Send>;

/// Limits on one audit, checked as the recording decodes: a worker job must end, whatever
/// its source does (an endless live playlist, a recording of days).
#[derive(Debug, Clone, Copy, Default)]
pub struct Budget {
    /// Wall-clock time by which decoding must be done.
    pub deadline: Option<std::time::Instant>,
    /// Longest recording (timeline milliseconds) audited.
    pub max_audio_ms: Option<u64>,
}

impl Budget {
    /// Why decoding must stop at timeline position `ms`, if it must.
    fn exceeded(&self, ms: u64) -> Option<String> {
        if self.max_audio_ms.is_some_and(|max| ms > max) {
            let max = self.max_audio_ms.unwrap_or(0);
            return Some(format!(
                "the recording is longer than the {} s this audit may take in",
                max / 1000
            ));
        }
        if self.deadline.is_some_and(|d| std::time::Instant::now() > d) {
            return Some(format!(
                "the audit ran past its deadline after {} s of the recording",
                ms / 1000
            ));
        }
        None
    }
}

/// The feed of a real recording: `open` it, run the VAD over its samples, within `budget`.
/// `label` names the recording in a budget failure.
pub fn decode_feed(label: String, open: Opener, vad: VadConfig, budget: Budget) -> WindowFeed {
    Box::new(move |send| decode_into(&label, open, vad, budget, send))
}

/// Opens the input, streams it through the VAD and hands every message to `send`, which
/// returns false to stop early.
fn decode_into(
    label: &str,
    open: Opener,
    vad: VadConfig,
    budget: Budget,
    send: &mut dyn FnMut(DecodeMsg) -> bool,
) {
    let mut stream = match open() {
        Ok(s) => s,
        Err(e) => {
            send(DecodeMsg::Failed(e.into()));
            return;
        }
    };
    if !send(DecodeMsg::Info(stream.info().clone())) {
        return;
    }
    let mut windower = SpeechWindower::new(vad);
    for chunk in stream.by_ref() {
        match chunk {
            Ok(chunk) => {
                let end_ms = (chunk.start_sample + chunk.samples.len() as u64) * 1000
                    / media::TARGET_SAMPLE_RATE as u64;
                if let Some(why) = budget.exceeded(end_ms) {
                    send(DecodeMsg::Failed(AuditError::OverBudget(format!(
                        "{label}: {why}"
                    ))));
                    return;
                }
                for w in windower.push(chunk) {
                    if !send(DecodeMsg::Window(w)) {
                        return;
                    }
                }
            }
            Err(e) => {
                send(DecodeMsg::Failed(e.into()));
                return;
            }
        }
    }
    for w in windower.finish() {
        if !send(DecodeMsg::Window(w)) {
            return;
        }
    }
    send(DecodeMsg::Done(stream.report()));
}

/// What decoding learned about a recording besides its windows.
#[derive(Debug, Clone, Default)]
pub struct SpeechStats {
    /// Milliseconds of audio decoded.
    pub audio_ms: u64,
    /// Milliseconds of audio actually given to Whisper (silent windows are skipped).
    pub transcribed_ms: u64,
    /// Windows handed to Whisper.
    pub windows: usize,
    /// Stretches of the timeline (start, end ms) the VAD judged speech and passed to Whisper.
    pub speech_spans: Vec<(u64, u64)>,
}

impl SpeechStats {
    /// Counts `w` and says whether it goes to Whisper: the VAD passes speech only, and this
    /// guards against near-silent padding.
    pub fn admit(&mut self, w: &AudioWindow) -> bool {
        self.audio_ms = self.audio_ms.max(w.end_ms());
        if rms_dbfs(&w.samples) <= SILENT_WINDOW_DBFS {
            return false;
        }
        self.transcribed_ms += w.audio_ms();
        self.windows += 1;
        for (i, p) in w.pieces.iter().enumerate() {
            let start = p.start_sample * 1000 / media::TARGET_SAMPLE_RATE as u64;
            self.speech_spans.push((start, w.piece_end_ms(i)));
        }
        true
    }
}
