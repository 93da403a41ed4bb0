//! Where liveaudit's transcription time goes on the corpus: decoding + resampling, VAD, the
//! Whisper encoder (with the log-mel spectrogram and the prompt) and the Whisper decoder.
//!
//! usage: cargo run --release --example asr_profile -- CORPUS_DIR [--model PATH] [--threads N]
//!
//! Per session, the recording is decoded and resampled to 16 kHz (timed alone), then run
//! through the VAD windower (timed alone). Each window is then transcribed twice on the same
//! model: once stopped after its first text token (no temperature fallback), which costs the
//! log-mel spectrogram, the encoder and the prompt pass, and once the way the product does it
//! (`WhisperTranscriber`, greedy with fallback, DTW token times). The decoder's share is the
//! difference. whisper.cpp's own timings are kept only on the context's default state, which
//! liveaudit does not decode on, hence this measurement from outside.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use liveaudit::asr::whisper::audio_ctx_for;
use liveaudit::asr::{AsrConfig, AudioWindow, Transcriber, WhisperModel};
use liveaudit::media;
use liveaudit::vad::{SpeechWindower, VadConfig};
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

mod common;
use common::recording;

/// Seconds of the stages of one session.
#[derive(Default, Clone, Copy)]
struct Stages {
    audio: f64,
    decode: f64,
    vad: f64,
    encoder: f64,
    decoder: f64,
    tokens: usize,
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut asr = AsrConfig {
        threads: 2,
        ..AsrConfig::default()
    };
    let mut model: Option<PathBuf> = None;
    let mut pos = Vec::new();
    while let Some(a) = args.next() {
        let mut val = || args.next().context("flag needs a value");
        match a.as_str() {
            "--model" => model = Some(val()?.into()),
            "--threads" => asr.threads = val()?.parse()?,
            _ => pos.push(a),
        }
    }
    let Some(corpus) = pos.first().map(PathBuf::from) else {
        bail!("usage: asr_profile CORPUS_DIR [--model PATH] [--threads N]");
    };
    let model_path = match model {
        Some(m) => m,
        None => liveaudit::modelstore::resolve_model(None)?,
    };
    let model = WhisperModel::load(&model_path, &asr)?;
    let mut transcriber = model.transcriber(&asr)?;
    // A second context without DTW for the encoder-only runs (DTW is a context setting).
    let plain = WhisperContext::new_with_params(&model_path, WhisperContextParameters::default())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut plain_state = plain.create_state().map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "model {} ({}), {} threads",
        model.name(),
        model_path.display(),
        asr.threads
    );

    let mut ids: Vec<String> = std::fs::read_dir(&corpus)?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".truth.json"))
                .map(String::from)
        })
        .collect();
    ids.sort();
    println!(
        "{:24} {:>8} {:>9} {:>7} {:>9} {:>9} {:>7}",
        "session", "audio_s", "decode_s", "vad_s", "encoder_s", "decoder_s", "tokens"
    );
    let mut total = Stages::default();
    for id in ids {
        let Some(path) = recording(&corpus, &id) else {
            continue;
        };
        let mut st = Stages::default();
        let t = Instant::now();
        let chunks: Vec<media::SampleChunk> = media::open(&path)?.collect::<Result<_, _>>()?;
        st.decode = t.elapsed().as_secs_f64();
        st.audio = chunks.iter().map(|c| c.samples.len()).sum::<usize>() as f64
            / media::TARGET_SAMPLE_RATE as f64;
        let t = Instant::now();
        let mut windower = SpeechWindower::new(VadConfig::default());
        let mut windows: Vec<AudioWindow> = Vec::new();
        for c in chunks {
            windows.extend(windower.push(c));
        }
        windows.extend(windower.finish());
        st.vad = t.elapsed().as_secs_f64();
        for w in &windows {
            if w.samples.len() < 8000 {
                continue;
            }
            let t = Instant::now();
            let mut p = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
            p.set_n_threads(asr.threads as i32);
            p.set_language(Some(&asr.language));
            p.set_no_context(true);
            p.set_initial_prompt(&asr.initial_prompt);
            p.set_single_segment(true);
            p.set_max_tokens(1);
            p.set_temperature_inc(0.0);
            p.set_print_progress(false);
            p.set_print_realtime(false);
            p.set_audio_ctx(audio_ctx_for(w.samples.len()));
            plain_state
                .full(p, &w.samples)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let encoder = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let segs = transcriber.transcribe(w)?;
            let all = t.elapsed().as_secs_f64();
            st.encoder += encoder;
            st.decoder += (all - encoder).max(0.0);
            st.tokens += segs.iter().map(|s| s.tokens.len()).sum::<usize>();
        }
        println!(
            "{id:24} {:8.1} {:9.2} {:7.2} {:9.2} {:9.2} {:7}",
            st.audio, st.decode, st.vad, st.encoder, st.decoder, st.tokens
        );
        total.audio += st.audio;
        total.decode += st.decode;
        total.vad += st.vad;
        total.encoder += st.encoder;
        total.decoder += st.decoder;
        total.tokens += st.tokens;
    }
    let all = total.decode + total.vad + total.encoder + total.decoder;
    println!(
        "{:24} {:8.1} {:9.2} {:7.2} {:9.2} {:9.2} {:7}",
        "TOTAL", total.audio, total.decode, total.vad, total.encoder, total.decoder, total.tokens
    );
    let pct = |x: f64| 100.0 * x / all.max(1e-9);
    println!(
        "share of {all:.1} s: decode+resample {:.1} %, VAD {:.1} %, encoder (mel, encoder, prompt) {:.1} %, decoder {:.1} %",
        pct(total.decode),
        pct(total.vad),
        pct(total.encoder),
        pct(total.decoder)
    );
    Ok(())
}
