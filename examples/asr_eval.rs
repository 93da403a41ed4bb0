//! Transcribes the corpus sessions with chosen ASR/VAD settings, writes documents the corpus
//! scorer reads, and prints speed and VAD figures per session. The tuning bench behind the
//! defaults in `asr::whisper` and `vad`.
//!
//! usage: cargo run --release --example asr_eval -- CORPUS_DIR OUT_DIR [--sessions a,b]
//!        [--model PATH] [--threads N] [--pool N] [--beam N] [--no-pack] [--full-ctx] [--no-dtw]
//!        [--vad-threshold X] [--max-gap S] [--pad S] [--separator S] [--max-window S]
//!        [--no-fallback] [--prompt TEXT]
//!
//! Then: `python3 ../shared/tools/score.py CORPUS_DIR OUT_DIR` (recall, precision, CER) and
//! `python3 scripts/eval_timing.py CORPUS_DIR OUT_DIR` (timestamp accuracy, finding spans).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use liveaudit::asr::{AsrConfig, WhisperModel};
use liveaudit::pipeline;
use liveaudit::rules::{RuleEngine, RulePack};
use liveaudit::vad::VadConfig;
use serde_json::{json, Value};

mod common;
use common::recording;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut pos = Vec::new();
    let mut asr = AsrConfig::default();
    let mut vad = VadConfig::default();
    let mut model: Option<PathBuf> = None;
    let mut only: Option<Vec<String>> = None;
    let mut pool = 1usize;
    while let Some(a) = args.next() {
        let mut val = || args.next().context("flag needs a value");
        match a.as_str() {
            "--sessions" => only = Some(val()?.split(',').map(String::from).collect()),
            "--model" => model = Some(val()?.into()),
            "--threads" => asr.threads = val()?.parse()?,
            "--pool" => pool = val()?.parse()?,
            "--beam" => asr.beam_size = Some(val()?.parse()?),
            "--no-pack" => vad.pack = false,
            "--full-ctx" => asr.fit_audio_ctx = false,
            "--no-dtw" => asr.dtw = false,
            "--no-fallback" => asr.temperature_fallback = false,
            "--prompt" => asr.initial_prompt = val()?,
            "--vad-threshold" => vad.threshold = val()?.parse()?,
            "--neg-threshold" => vad.neg_threshold = val()?.parse()?,
            "--max-gap" => vad.max_gap_secs = val()?.parse()?,
            "--pad" => vad.pad_secs = val()?.parse()?,
            "--separator" => vad.separator_secs = val()?.parse()?,
            "--max-window" => vad.max_window_secs = val()?.parse()?,
            _ => pos.push(a),
        }
    }
    if pos.len() != 2 {
        bail!("usage: asr_eval CORPUS_DIR OUT_DIR [flags]");
    }
    let corpus = PathBuf::from(&pos[0]);
    let out_dir = PathBuf::from(&pos[1]);
    std::fs::create_dir_all(&out_dir)?;
    let engine = RuleEngine::new(&RulePack::builtin()?)?;
    let t_load = Instant::now();
    let model = match model {
        Some(m) => m,
        None => liveaudit::modelstore::resolve_model(None)?,
    };
    let model = WhisperModel::load(&model, &asr)?;
    eprintln!(
        "model {} loaded in {:.1} s; {asr:?}; {vad:?}",
        model.name(),
        t_load.elapsed().as_secs_f64()
    );
    // A pool of whisper states over the one loaded model, sharing the threads.
    let per_state = AsrConfig {
        threads: (asr.threads / pool).max(1),
        ..asr.clone()
    };
    let mut states = (0..pool)
        .map(|_| model.transcriber(&per_state))
        .collect::<Result<Vec<_>, _>>()?;
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
    let (mut total_audio, mut total_wall, mut total_passed) = (0.0, 0.0, 0.0);
    println!(
        "{:24} {:>8} {:>8} {:>7} {:>8} {:>7}",
        "session", "audio_s", "passed_s", "windows", "wall_s", "x_real"
    );
    for id in ids {
        if only.as_ref().is_some_and(|o| !o.contains(&id)) {
            continue;
        }
        let Some(path) = recording(&corpus, &id) else {
            eprintln!("{id}: no recording found");
            continue;
        };
        let t0 = Instant::now();
        let mut refs: Vec<&mut dyn liveaudit::asr::Transcriber> = states
            .iter_mut()
            .map(|t| t as &mut dyn liveaudit::asr::Transcriber)
            .collect();
        let out = pipeline::transcribe(
            &path.display().to_string(),
            &Default::default(),
            vad,
            &mut refs,
            &mut |_| {},
        );
        let out = match out {
            Ok(o) => o,
            Err(e) => {
                eprintln!("{id}: {e}");
                continue;
            }
        };
        let wall = t0.elapsed().as_secs_f64();
        let audio = out.report.decoded_ms().max(out.audio_ms) as f64 / 1000.0;
        let passed = out.transcribed_ms as f64 / 1000.0;
        println!(
            "{id:24} {audio:8.1} {passed:8.1} {:7} {wall:8.1} {:7.1}",
            out.windows,
            audio / wall
        );
        total_audio += audio;
        total_wall += wall;
        total_passed += passed;
        let mut findings = engine.check(&out.segments);
        for (i, f) in findings.iter_mut().enumerate() {
            f.id = format!("f{:04}", i + 1);
        }
        let doc: Value = json!({
            "schema": "liveaudit.findings/v1",
            "transcript": out.segments,
            "findings": findings,
            "speech_spans": out.speech_spans,
        });
        std::fs::write(
            out_dir.join(format!("{id}.json")),
            serde_json::to_string_pretty(&doc)?,
        )?;
    }
    println!(
        "{:24} {total_audio:8.1} {total_passed:8.1} {:>7} {total_wall:8.1} {:7.1}",
        "TOTAL",
        "",
        total_audio / total_wall.max(1e-9)
    );
    Ok(())
}
