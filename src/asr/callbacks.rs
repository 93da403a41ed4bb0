//! The callbacks whisper.cpp calls during one `whisper_full`: they watch which decoders ran
//! and keep the decode away from the inputs whisper.cpp 1.8.3 aborts the process on.
//!
//! Why here and not after the call: whisper.cpp checks its DTW preconditions with
//! `WHISPER_ASSERT`, which calls `abort()`; nothing after the call can recover from that, so
//! the only place to keep a window safe is the decode itself. The asserts on the paths we call
//! (`whisper_full_with_state` → `whisper_exp_compute_token_level_timestamps_dtw` →
//! `median_filter`) and how each is kept unreachable:
//!
//! | assert | reachable by | kept away by |
//! |---|---|---|
//! | `filter_width < a->ne[2]` (median filter width 7 < audio tokens = `n_frames / 2`) | a pass whose text ends on a timestamp ≤ 0.14 s (`n_frames` = the pass's `seek_delta`), or a later pass over the last 110–150 ms of a window (`n_frames` = what is left) | [`filter_logits`] bans closing timestamps under [`MIN_DTW_TIMESTAMP`] once text has been said; [`refuse_unsafe_pass`] refuses a later pass over less than 160 ms, or whose start it cannot know |
//! | `n_frames <= n_audio_ctx * 2` | an encoder context shorter than the window | `audio_ctx_for` sizes the context to the whole window plus a margin |
//! | `medfilt_width % 2`, `dtw_aheads_preset != NONE` | nothing (constants) | – |
//! | `n_audio_tokens <= aheads_cross_QKs->ne[1]` | as the second row | as the second row |
//! | `DECODER FAILED` | a DTW token sequence over the text context (448) | a pass decodes at most 224 tokens |
//! | input under 100 ms (a warning, not an assert) | windows under 0.5 s | the transcriber skips them |

use std::os::raw::c_int;
use whisper_rs::whisper_rs_sys::{self as sys, whisper_context, whisper_state, whisper_token_data};

/// Mel frames (10 ms) in one whisper.cpp pass: 30 s.
const WHISPER_PASS_FRAMES: c_int = 3000;

/// Smallest timestamp token (in whisper's 20 ms steps) that may close text when DTW is on:
/// DTW's median filter needs more than 7 audio tokens (`n_frames / 2`, 10 ms frames) in the
/// pass, and a pass that ends on a timestamp `t` has `2 t` frames.
pub const MIN_DTW_TIMESTAMP: i32 = 8;

/// What whisper.cpp did during one `whisper_full` call, as seen by the callbacks.
///
/// Decoders: whisper.cpp seeds the first decoder's random generator once per state and never
/// again, so a window decoded at temperature > 0 (the fallback) would leave the state's later
/// results depending on what it decoded before. With several states sharing the windows of
/// several recordings (`audit --parallel`, the worker) that history differs from a sequential
/// run. Greedy decoding at temperature 0 uses one decoder and no randomness; more than one
/// decoder means sampling (or beam search) happened, and the transcriber then replaces its
/// state before the next window, so every window is decoded from the same starting point.
#[derive(Default)]
pub struct DecodeWatch {
    /// The first decoder's token buffer (decoders are told apart by their buffers).
    first: Option<usize>,
    /// More than one decoder ran.
    pub several: bool,
    /// The state the callbacks were called for.
    pub state: usize,
    /// Encoder passes begun (whisper.cpp's 30 s seeks), including a refused one.
    pub passes: u32,
    /// Results whisper.cpp held when the last pass began.
    segments_before_pass: c_int,
    /// Why a pass was refused, if one was.
    pub refused: Option<&'static str>,
    /// Token ids: the first timestamp token and end of text (text tokens are below it).
    token_beg: i32,
    token_eot: i32,
    /// DTW token times are on, so closing timestamps are kept above [`MIN_DTW_TIMESTAMP`].
    guard_dtw: bool,
}

impl DecodeWatch {
    /// A watch for one call on a context with these token ids.
    pub fn new(token_beg: i32, token_eot: i32, guard_dtw: bool) -> DecodeWatch {
        DecodeWatch {
            token_beg,
            token_eot,
            guard_dtw,
            ..DecodeWatch::default()
        }
    }

    /// Bans the timestamps under [`MIN_DTW_TIMESTAMP`] once `tokens` hold text.
    fn guard_short_pass(&self, tokens: &[whisper_token_data], logits: &mut [f32]) {
        if !self.guard_dtw || !tokens.iter().any(|t| t.id < self.token_eot) {
            return;
        }
        let from = self.token_beg.max(0) as usize;
        let to = (from + MIN_DTW_TIMESTAMP as usize).min(logits.len());
        for l in &mut logits[from.min(to)..to] {
            *l = f32::NEG_INFINITY;
        }
    }
}

/// whisper.cpp logits filter callback: notes the decoder (by its token buffer's address) and
/// applies [`DecodeWatch::guard_short_pass`].
///
/// # Safety
/// whisper.cpp calls it with `user_data` = the `DecodeWatch` set beside it (alive for the
/// whole call), `tokens` holding `n_tokens` entries and `logits` holding the vocabulary.
pub unsafe extern "C" fn filter_logits(
    ctx: *mut whisper_context,
    state: *mut whisper_state,
    tokens: *const whisper_token_data,
    n_tokens: c_int,
    logits: *mut f32,
    user_data: *mut std::ffi::c_void,
) {
    if user_data.is_null() {
        return;
    }
    // SAFETY: see the function's contract.
    let watch = unsafe { &mut *(user_data as *mut DecodeWatch) };
    watch.state = state as usize;
    let id = tokens as usize;
    match watch.first {
        None => watch.first = Some(id),
        Some(first) if first != id => watch.several = true,
        Some(_) => {}
    }
    if ctx.is_null() || logits.is_null() {
        return;
    }
    // SAFETY: `ctx` is the live context of this call; the vocabulary size is its logits'.
    let n_vocab = unsafe { sys::whisper_n_vocab(ctx) }.max(0) as usize;
    let tokens = if tokens.is_null() || n_tokens <= 0 {
        &[][..]
    } else {
        // SAFETY: whisper.cpp passes its decoder's sequence: `n_tokens` initialised entries.
        unsafe { std::slice::from_raw_parts(tokens, n_tokens as usize) }
    };
    // SAFETY: whisper.cpp's logits buffer for one decoder holds `n_vocab` floats.
    let logits = unsafe { std::slice::from_raw_parts_mut(logits, n_vocab) };
    watch.guard_short_pass(tokens, logits);
}

/// whisper.cpp encoder-begin callback: lets a 30 s pass run when its audio is long enough
/// for DTW, and refuses it (ending the call with the segments so far) when it would start on
/// the last 110–150 ms of the window or where that cannot be known.
///
/// whisper.cpp begins a pass at the previous one's `seek_delta`. When that pass produced
/// text, its last segment ends exactly there (the closing timestamp); a pass that produced no
/// text leaves no trace of where it stopped, and in a window over 30 s the pass may have
/// skipped a whole chunk, so those are refused too. The transcriber then decodes what is
/// left of the window from where the text stopped, as after any early end of text.
///
/// # Safety
/// `state` is the live state of the call and `user_data` the `DecodeWatch` set beside it.
pub unsafe extern "C" fn refuse_unsafe_pass(
    _ctx: *mut whisper_context,
    state: *mut whisper_state,
    user_data: *mut std::ffi::c_void,
) -> bool {
    if user_data.is_null() || state.is_null() {
        return true;
    }
    // SAFETY: see the function's contract.
    let watch = unsafe { &mut *(user_data as *mut DecodeWatch) };
    watch.passes += 1;
    // SAFETY: `state` is live for the whole call; these read its results and mel length.
    let (segments, frames) = unsafe {
        (
            sys::whisper_full_n_segments_from_state(state),
            sys::whisper_n_len_from_state(state),
        )
    };
    let verdict = if watch.passes == 1 {
        Ok(())
    } else if frames > WHISPER_PASS_FRAMES {
        Err("window longer than one pass")
    } else if segments <= watch.segments_before_pass {
        Err("the last pass said nothing, so where it stopped is unknown")
    } else {
        // SAFETY: `segments - 1` is a valid index into the state's results.
        let seek = unsafe { sys::whisper_full_get_segment_t1_from_state(state, segments - 1) };
        if i64::from(frames) - seek < i64::from(2 * MIN_DTW_TIMESTAMP) {
            Err("under 160 ms of audio left, too little for DTW")
        } else {
            Ok(())
        }
    };
    watch.segments_before_pass = segments;
    match verdict {
        Ok(()) => true,
        Err(reason) => {
            watch.refused = Some(reason);
            false
        }
    }
}
