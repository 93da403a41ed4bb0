//! whisper.cpp through whisper-rs: one loaded model shared by any number of decoding states.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use whisper_rs::{
    DtwMode, DtwModelPreset, DtwParameters, FullParams, SamplingStrategy, WhisperContext,
    WhisperContextParameters, WhisperState,
};

use super::callbacks::{self, DecodeWatch};
use super::hallucination::HallucinationFilter;
use super::tokens::{simplify_segment, split_at_pieces, RawToken};
use super::{AsrError, AudioWindow, Transcriber};
use crate::transcript::Segment;

/// Initial prompt: steers Whisper to simplified characters without steering its wording.
///
/// Whisper reads the prompt as text said before the window, so a prompt sentence biases the
/// language model towards its own style. Measured on the public corpus (8 sessions, base f16,
/// `examples/asr_eval`, four VAD settings each): the sentence 以下是普通话的句子，使用简体中文。
/// gave CER 0.094–0.104, these four characters 0.083–0.087, no prompt 0.083–0.088 but with
/// traditional characters that fast2s cannot always map back (著 for 着) and lower recall
/// (0.91–0.94: 保本保息 heard as 爆本报信). The AISHELL clips are the same with either prompt.
pub const DEFAULT_PROMPT: &str = "简体中文";

/// Decoding settings for Mandarin livestream audio.
#[derive(Debug, Clone)]
pub struct AsrConfig {
    /// CPU threads for one decoding state.
    pub threads: usize,
    /// Spoken language (ISO code); Mandarin is "zh".
    pub language: String,
    /// Initial prompt given to every window (no text carried between windows).
    pub initial_prompt: String,
    /// Beam width; `None` decodes greedily.
    pub beam_size: Option<i32>,
    /// Re-decode at higher temperatures when a window fails the entropy/log-prob checks.
    pub temperature_fallback: bool,
    /// Filters for non-speech text.
    pub filter: HallucinationFilter,
    /// Use a GPU backend when the binary was built with one.
    pub use_gpu: bool,
    /// Size the encoder context to each window instead of always 30 s.
    pub fit_audio_ctx: bool,
    /// Token times from cross-attention alignment (DTW) instead of Whisper's timestamp
    /// heuristics (used when the model type has a known alignment-head preset).
    pub dtw: bool,
}

impl Default for AsrConfig {
    fn default() -> Self {
        AsrConfig {
            threads: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .min(8),
            language: "zh".into(),
            initial_prompt: DEFAULT_PROMPT.into(),
            beam_size: None,
            temperature_fallback: true,
            filter: HallucinationFilter::default(),
            use_gpu: cfg!(any(feature = "cuda", feature = "vulkan")),
            fit_audio_ctx: true,
            dtw: true,
        }
    }
}

/// A Whisper model loaded once; cheap to share across threads, each of which creates its own
/// [`WhisperTranscriber`] (a whisper.cpp state) over the same weights.
#[derive(Clone)]
pub struct WhisperModel {
    ctx: Arc<WhisperContext>,
    path: PathBuf,
    name: String,
    /// Whether the context computes DTW token times.
    dtw: bool,
}

impl WhisperModel {
    /// Loads a ggml Whisper model file.
    pub fn load(path: &Path, config: &AsrConfig) -> Result<WhisperModel, AsrError> {
        whisper_rs::install_logging_hooks();
        let fail = |reason: String| AsrError::ModelLoad {
            path: path.display().to_string(),
            reason,
        };
        if !path.is_file() {
            return Err(fail(
                "no such file (run scripts/fetch-models.sh to get the base model)".into(),
            ));
        }
        let mut params = WhisperContextParameters::default();
        params.use_gpu(config.use_gpu);
        let preset = if config.dtw {
            crate::modelstore::ggml::read_hparams(path).and_then(|h| dtw_preset(&h.model_type()))
        } else {
            None
        };
        let dtw = preset.is_some();
        if let Some(model_preset) = preset {
            params.dtw_parameters(DtwParameters {
                mode: DtwMode::ModelPreset { model_preset },
                ..DtwParameters::default()
            });
        }
        let ctx = WhisperContext::new_with_params(path, params).map_err(|e| {
            fail(format!(
                "whisper.cpp rejected it ({e}); is it a ggml Whisper file?"
            ))
        })?;
        if !ctx.is_multilingual() {
            return Err(fail(
                "the model is English-only; Mandarin needs a multilingual model".into(),
            ));
        }
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "whisper".into());
        Ok(WhisperModel {
            ctx: Arc::new(ctx),
            path: path.to_path_buf(),
            name,
            dtw,
        })
    }

    /// Model name as recorded in findings (the file stem, e.g. `ggml-base`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Path the model was loaded from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A new decoding state over this model.
    pub fn transcriber(&self, config: &AsrConfig) -> Result<WhisperTranscriber, AsrError> {
        let state = self.ctx.create_state().map_err(|e| AsrError::ModelLoad {
            path: self.path.display().to_string(),
            reason: format!("cannot create a decoding state: {e}"),
        })?;
        Ok(WhisperTranscriber {
            model: self.clone(),
            state,
            config: config.clone(),
            sampled: false,
            raw_state: 0,
        })
    }
}

/// The DTW alignment-head preset for a model type (`None` for custom models).
fn dtw_preset(model_type: &str) -> Option<DtwModelPreset> {
    Some(match model_type {
        "tiny" => DtwModelPreset::Tiny,
        "tiny.en" => DtwModelPreset::TinyEn,
        "base" => DtwModelPreset::Base,
        "base.en" => DtwModelPreset::BaseEn,
        "small" => DtwModelPreset::Small,
        "small.en" => DtwModelPreset::SmallEn,
        "medium" => DtwModelPreset::Medium,
        "medium.en" => DtwModelPreset::MediumEn,
        "large-v3" => DtwModelPreset::LargeV3,
        "large-v3-turbo" => DtwModelPreset::LargeV3Turbo,
        "large" => DtwModelPreset::LargeV2,
        _ => return None,
    })
}

/// One whisper.cpp decoding state; transcribes windows one at a time.
pub struct WhisperTranscriber {
    model: WhisperModel,
    state: WhisperState,
    config: AsrConfig,
    /// The last window used more than one decoder (temperature fallback), so the state's
    /// random generator is no longer the fresh one.
    sampled: bool,
    /// Address of the whisper.cpp state (learnt from the logits callback; 0 before the first
    /// decode), for clearing its stale logits before each window (see `clear_stale_logits`).
    raw_state: usize,
}

/// whisper.cpp parameters for one window under `config`.
fn full_params(config: &AsrConfig) -> FullParams<'_, '_> {
    {
        let strategy = match config.beam_size {
            Some(b) if b > 1 => SamplingStrategy::BeamSearch {
                beam_size: b,
                patience: -1.0,
            },
            _ => SamplingStrategy::Greedy { best_of: 5 },
        };
        let mut p = FullParams::new(strategy);
        p.set_n_threads(config.threads.max(1) as i32);
        p.set_language(Some(&config.language));
        p.set_translate(false);
        p.set_no_context(true);
        p.set_initial_prompt(&config.initial_prompt);
        p.set_token_timestamps(true);
        p.set_print_progress(false);
        p.set_print_realtime(false);
        p.set_print_special(false);
        p.set_print_timestamps(false);
        p.set_suppress_blank(true);
        p.set_suppress_nst(true);
        p.set_temperature(0.0);
        p.set_temperature_inc(if config.temperature_fallback {
            0.2
        } else {
            0.0
        });
        p.set_entropy_thold(2.4);
        p.set_logprob_thold(-1.0);
        p.set_no_speech_thold(config.filter.no_speech_thold);
        p
    }
}

impl WhisperTranscriber {
    /// Zeroes the first token's slot of the state's logits buffer before a window.
    ///
    /// Why: whisper.cpp computes `no_speech_prob` from that slot right after decoding the
    /// prompt, but only fills the last prompt token's slot, so the value it reads is whatever
    /// the previous window's last decoding step left there (zeros in a fresh state). That
    /// made a window's no-speech probability, and with it the temperature fallback and the
    /// no-speech filters, depend on the window decoded before on the same state. Clearing the
    /// slot gives every window what a fresh state gives, whichever state and order it gets.
    fn clear_stale_logits(&mut self) {
        if self.raw_state == 0 {
            return;
        }
        let n_vocab = self.model.ctx.n_vocab().max(0) as usize;
        // SAFETY: `raw_state` is this transcriber's own live state (learnt from the callback
        // during a `full` call on it, reset whenever the state is replaced). The callback only
        // runs after a decode, which sized the logits buffer to at least `n_vocab` floats.
        unsafe {
            let logits = whisper_rs::whisper_rs_sys::whisper_get_logits_from_state(
                self.raw_state as *mut whisper_rs::whisper_rs_sys::whisper_state,
            );
            if !logits.is_null() {
                std::ptr::write_bytes(logits, 0, n_vocab);
            }
        }
    }
}

/// A window whose text ends more than this before its audio does is decoded again from where
/// the text stopped (see [`WhisperTranscriber::transcribe`]).
const RESUME_AFTER_MS: u64 = 1500;
/// About the length of one spoken syllable, added to the start of the last token to tell where
/// the text reached.
const SYLLABLE_MS: u64 = 250;
/// Most extra decodes of one window.
const MAX_RESUMES: usize = 3;

impl Transcriber for WhisperTranscriber {
    fn settings(&self) -> String {
        let c = &self.config;
        format!(
            "whisper language={:?} prompt={:?} beam={:?} fallback={} filter={:?} gpu={} fit_audio_ctx={} dtw={}",
            c.language,
            c.initial_prompt,
            c.beam_size,
            c.temperature_fallback,
            c.filter,
            c.use_gpu,
            c.fit_audio_ctx,
            self.model.dtw,
        )
    }

    /// Decodes the window; where Whisper stopped (end of text) well before the window's audio
    /// ends, decodes the rest again from there.
    ///
    /// Why: Whisper sometimes predicts the end of text after the first sentence of a window
    /// although speech follows (seen on a 7 s evidence clip: one segment of 1.6 s, then
    /// nothing). whisper.cpp treats an ending like that as "no more speech" and skips the
    /// rest. The windows hold VAD speech only, so audio left after the text is speech that
    /// was not transcribed; OpenAI's and faster-whisper's decoders likewise carry on from the
    /// last timestamp.
    fn transcribe(&mut self, window: &AudioWindow) -> Result<Vec<Segment>, AsrError> {
        let mut decoded = self.decode(window)?;
        let mut segments = std::mem::take(&mut decoded.segments);
        let audio_ms = window.audio_ms();
        let mut covered = decoded.covered_ms;
        for _ in 0..MAX_RESUMES {
            if covered + RESUME_AFTER_MS > audio_ms {
                break;
            }
            let Some(rest) = window.tail_from_ms(covered) else {
                break;
            };
            if rest.audio_ms() < RESUME_AFTER_MS {
                break;
            }
            let skipped = audio_ms - rest.audio_ms();
            tracing::debug!(
                offset_ms = window.start_ms(),
                from_ms = skipped,
                "whisper stopped before the end of the window; decoding the rest"
            );
            let more = self.decode(&rest)?;
            if more.segments.is_empty() {
                break;
            }
            covered = skipped + more.covered_ms.max(1);
            let mut more = more.segments;
            drop_repeated_start(&segments, &mut more);
            segments.extend(more);
        }
        Ok(self.config.filter.apply(segments))
    }
}

/// Removes from the start of `more` the characters that end `before` already (two to eight):
/// the resumed decode starts on the last syllable of the text before it, which it may repeat.
fn drop_repeated_start(before: &[Segment], more: &mut Vec<Segment>) {
    let Some(first) = more.first_mut() else {
        return;
    };
    let tail: Vec<char> = before
        .iter()
        .rev()
        .take(2)
        .flat_map(|s| s.text.chars().rev())
        .take(8)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let head: Vec<char> = first.text.chars().take(8).collect();
    let k = (2..=head.len().min(tail.len()))
        .rev()
        .find(|&k| tail[tail.len() - k..] == head[..k])
        .unwrap_or(0);
    if k > 0 {
        super::tokens::drop_leading_chars(first, k);
        if first.text.is_empty() {
            more.remove(0);
        }
    }
}

/// Segments of one decode and how far into the window (ms) its text reached.
struct Decoded {
    segments: Vec<Segment>,
    covered_ms: u64,
}

impl WhisperTranscriber {
    /// One `whisper_full` call over `window`: segments timed in the recording timeline (not yet
    /// filtered) and the window time where the last segment ends.
    fn decode(&mut self, window: &AudioWindow) -> Result<Decoded, AsrError> {
        // whisper.cpp pads anything under 1 s badly; very short windows carry no sentence.
        if window.samples.len() < 8000 {
            return Ok(Decoded {
                segments: Vec::new(),
                covered_ms: window.audio_ms(),
            });
        }
        self.run_full(window)?;
        let eot = self.model.ctx.token_eot();
        let audio_ms = window.audio_ms();
        let use_dtw = self.model.dtw;
        let mut segments = Vec::new();
        let mut covered_ms = 0u64;
        for seg in self.state.as_iter() {
            // Times inside the packed window (ms from its first sample).
            let cs = |cs: i64| ((cs.max(0) as u64) * 10).min(audio_ms);
            let seg_start = cs(seg.start_timestamp());
            let seg_end = cs(seg.end_timestamp()).max(seg_start);
            let mut raw = Vec::new();
            let mut logprob_sum = 0.0f32;
            let mut n_text_tokens = 0usize;
            for i in 0..seg.n_tokens() {
                let Some(tok) = seg.get_token(i) else {
                    continue;
                };
                let data = tok.token_data();
                if data.id >= eot {
                    continue;
                }
                logprob_sum += data.plog;
                n_text_tokens += 1;
                let (t0, t1) = if use_dtw && data.t_dtw >= 0 {
                    // DTW gives one instant per token: where it starts being said.
                    let t = cs(data.t_dtw);
                    (t, cs(data.t1).max(t))
                } else {
                    let t0 = cs(data.t0).max(seg_start);
                    (t0, cs(data.t1).clamp(t0, seg_end.max(t0)))
                };
                // Where the text reached: the start of its last token, plus about one syllable.
                covered_ms = covered_ms.max(t0 + SYLLABLE_MS);
                raw.push(RawToken {
                    bytes: tok.to_bytes().unwrap_or_default().to_vec(),
                    t0,
                    t1,
                    p: data.p,
                });
            }
            if use_dtw {
                // Each token ends where the next one starts.
                for i in 0..raw.len() {
                    let next = raw.get(i + 1).map_or(seg_end, |n| n.t0);
                    raw[i].t1 = next.max(raw[i].t0);
                }
            }
            let avg_logprob = if n_text_tokens > 0 {
                logprob_sum / n_text_tokens as f32
            } else {
                0.0
            };
            let no_speech_prob = seg.no_speech_probability();
            for mut segment in split_at_pieces(window, seg_start, seg_end, &raw) {
                segment.avg_logprob = avg_logprob;
                segment.no_speech_prob = no_speech_prob;
                simplify_segment(&mut segment);
                if !segment.text.is_empty() {
                    segments.push(segment);
                }
            }
        }
        Ok(Decoded {
            segments,
            covered_ms,
        })
    }

    /// Runs `whisper_full` over `window` on this transcriber's state (a fresh one when the last
    /// window fell back to sampling).
    fn run_full(&mut self, window: &AudioWindow) -> Result<(), AsrError> {
        let offset_ms = window.start_ms();
        if self.sampled {
            // The last window fell back to sampling, which advanced the state's random
            // generator: start this one from a fresh state so its text does not depend on
            // which windows this state decoded before (see `callbacks::DecodeWatch`).
            self.state = self
                .model
                .ctx
                .create_state()
                .map_err(|e| AsrError::Inference {
                    offset_ms,
                    reason: format!("cannot create a fresh decoding state: {e}"),
                })?;
            self.sampled = false;
            self.raw_state = 0;
        }
        self.clear_stale_logits();
        let config = self.config.clone();
        let mut params = full_params(&config);
        if config.fit_audio_ctx {
            params.set_audio_ctx(audio_ctx_for(window.samples.len()));
        }
        let mut seen = DecodeWatch::new(
            self.model.ctx.token_beg(),
            self.model.ctx.token_eot(),
            self.model.dtw,
        );
        // SAFETY: the callbacks only touch `seen`, which outlives the `full` call below (the
        // only time whisper.cpp calls them), and what whisper.cpp hands them.
        unsafe {
            let user_data = &mut seen as *mut DecodeWatch as *mut std::ffi::c_void;
            params.set_filter_logits_callback(Some(callbacks::filter_logits));
            params.set_filter_logits_callback_user_data(user_data);
            params.set_start_encoder_callback(Some(callbacks::refuse_unsafe_pass));
            params.set_start_encoder_callback_user_data(user_data);
        }
        let result = self.state.full(params, &window.samples);
        self.sampled = seen.several;
        if seen.state != 0 {
            self.raw_state = seen.state;
        }
        if let Some(reason) = seen.refused {
            tracing::debug!(
                offset_ms,
                reason,
                "whisper.cpp's next 30 s pass refused; the rest of the window is decoded from where the text stopped"
            );
        }
        if seen.several {
            tracing::debug!(
                offset_ms,
                "whisper fell back to sampling; next window gets a fresh state"
            );
        }
        result.map_err(|e| AsrError::Inference {
            offset_ms,
            reason: e.to_string(),
        })?;
        Ok(())
    }
}

/// Encoder context (in 20 ms positions) for `samples` of audio: the audio plus a margin,
/// rounded up to a multiple of 64, never more than Whisper's 1500 (30 s). A shorter context
/// makes the encoder cost follow the window length.
pub fn audio_ctx_for(samples: usize) -> i32 {
    let positions = samples.div_ceil(320) + 64;
    (positions.div_ceil(64) * 64).min(1500) as i32
}
