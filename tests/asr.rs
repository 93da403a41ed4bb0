//! Whisper on the inputs whisper.cpp 1.8.3 aborts the process on (issue 22): windows of
//! 0–1000 ms of silence, clicks, music and speech, and speech that stops just before the end
//! of its window, through the real model. An abort would kill this test binary, so passing
//! means whisper.cpp never reached one of its asserts (see src/asr/callbacks.rs).

mod common;

use liveaudit::asr::{AsrConfig, AudioWindow, Transcriber, WhisperModel};

const RATE: usize = 16_000;

/// The AISHELL fixture's speech, 16 kHz mono.
fn speech() -> Vec<f32> {
    let path = common::fixture("real/aishell1_BAC009S0764W0121.wav");
    let mut reader = hound::WavReader::open(&path).unwrap();
    reader
        .samples::<i16>()
        .map(|s| s.unwrap() as f32 / 32768.0)
        .collect()
}

/// One Whisper test at a time: two 2-thread states on 2 cores slow each other ten-fold.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The product's transcriber (default settings, 2 threads) on the test model, with the lock
/// that keeps the other test waiting; `None` when the model is missing and the test is skipped.
fn transcriber(
    test: &str,
) -> Option<(
    std::sync::MutexGuard<'static, ()>,
    liveaudit::asr::WhisperTranscriber,
)> {
    if !common::have_model(test) {
        return None;
    }
    let lock = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let config = AsrConfig {
        threads: 2,
        ..AsrConfig::default()
    };
    let model = WhisperModel::load(&common::model_path(), &config).unwrap();
    Some((lock, model.transcriber(&config).unwrap()))
}

/// `n` samples of each kind of sound a window can hold.
fn sound(kind: &str, n: usize, speech: &[f32], offset: usize) -> Vec<f32> {
    match kind {
        "silence" => vec![0.0; n],
        // A click every 50 ms: loud, short, nothing like speech.
        "clicks" => (0..n)
            .map(|i| if i % 800 < 16 { 0.8 } else { 0.0 })
            .collect(),
        // A three-note chord with a beat, as background music under a host.
        "music" => (0..n)
            .map(|i| {
                let t = i as f32 / RATE as f32;
                let beat = if (t * 4.0).fract() < 0.1 { 1.0 } else { 0.6 };
                beat * 0.2
                    * [261.6f32, 329.6, 392.0]
                        .iter()
                        .map(|f| (2.0 * std::f32::consts::PI * f * t).sin())
                        .sum::<f32>()
            })
            .collect(),
        "speech" => speech
            .iter()
            .cycle()
            .skip(offset)
            .take(n)
            .copied()
            .collect(),
        other => unreachable!("{other}"),
    }
}

#[test]
fn windows_of_0_to_1000_ms_never_abort_whisper() {
    let Some((_lock, mut transcriber)) = transcriber("windows_of_0_to_1000_ms_never_abort_whisper")
    else {
        return;
    };
    let speech = speech();
    let mut decoded = 0;
    for kind in ["silence", "clicks", "music", "speech"] {
        // Every 10 ms up to 100 ms (whisper.cpp's own limit), then every 70 ms (fragments of
        // words send Whisper through its temperature fallback: seconds each).
        let lengths = (0..=100).step_by(10).chain((130..=1000).step_by(70));
        for (i, ms) in lengths.enumerate() {
            let samples = sound(kind, ms * RATE / 1000, &speech, i * 4_000);
            let window = AudioWindow::contiguous((i * RATE) as u64, samples);
            let segments = transcriber
                .transcribe(&window)
                .unwrap_or_else(|e| panic!("{kind}, {ms} ms: {e}"));
            for s in &segments {
                assert!(
                    s.start_ms >= window.start_ms() && s.end_ms <= window.end_ms(),
                    "{kind}, {ms} ms: segment {s:?} outside the window"
                );
            }
            decoded += 1;
        }
    }
    eprintln!("{decoded} short windows decoded, no abort");
}

/// Speech that stops 110–150 ms before the end of a window of 1–29 s: the decode ends on a
/// timestamp close to the window's end, where whisper.cpp would begin another pass over the
/// last few frames (the DTW median filter's abort), and short speech whose text can close on
/// a timestamp under 0.16 s.
#[test]
fn speech_ending_just_before_the_window_end_never_aborts_whisper() {
    let Some((_lock, mut transcriber)) =
        transcriber("speech_ending_just_before_the_window_end_never_aborts_whisper")
    else {
        return;
    };
    let speech = speech();
    let mut decoded = 0;
    for (i, secs) in [1usize, 4, 17, 29].into_iter().enumerate() {
        for tail_ms in [110, 130, 150] {
            let n_speech = secs * RATE - tail_ms * RATE / 1000;
            let mut samples = sound("speech", n_speech, &speech, i * 7_919);
            samples.extend(std::iter::repeat_n(0.0, tail_ms * RATE / 1000));
            let window = AudioWindow::contiguous(0, samples);
            transcriber
                .transcribe(&window)
                .unwrap_or_else(|e| panic!("{secs} s with {tail_ms} ms of silence: {e}"));
            decoded += 1;
        }
    }
    eprintln!("{decoded} windows decoded, no abort");
}
