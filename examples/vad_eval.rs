//! VAD figures on the corpus truth: how much labelled speech reaches Whisper and how much of
//! the rest (music, silence, pauses) is passed along with it. No Whisper involved; runs in
//! seconds.
//!
//! usage: cargo run --release --example vad_eval -- CORPUS_DIR [--vad-threshold X]
//!        [--neg-threshold X] [--max-gap S] [--pad S] [--music-only]
//!
//! "non-speech" is every stretch outside the labelled utterances. With `--music-only` the
//! pauses between utterances shorter than 2 s are left out of it, leaving the music breaks
//! and silences proper.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use liveaudit::media::{self, TARGET_SAMPLE_RATE};
use liveaudit::vad::{SpeechWindower, VadConfig};
use serde_json::Value;

mod common;
use common::recording;

/// Total length of the intersection of two sorted interval lists.
fn overlap(a: &[(f64, f64)], b: &[(f64, f64)]) -> f64 {
    let mut total = 0.0;
    for &(s1, e1) in a {
        for &(s2, e2) in b {
            total += (e1.min(e2) - s1.max(s2)).max(0.0);
        }
    }
    total
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut vad = VadConfig::default();
    let mut music_only = false;
    let mut pos = Vec::new();
    while let Some(a) = args.next() {
        let mut val = || args.next().context("flag needs a value");
        match a.as_str() {
            "--vad-threshold" => vad.threshold = val()?.parse()?,
            "--neg-threshold" => vad.neg_threshold = val()?.parse()?,
            "--max-gap" => vad.max_gap_secs = val()?.parse()?,
            "--pad" => vad.pad_secs = val()?.parse()?,
            "--music-only" => music_only = true,
            _ => pos.push(a),
        }
    }
    let Some(corpus) = pos.first().map(PathBuf::from) else {
        bail!("usage: vad_eval CORPUS_DIR [flags]");
    };
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
    println!("{vad:?}");
    println!(
        "{:24} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "session", "speech_s", "kept_%", "other_s", "passed_%", "windows"
    );
    let (mut sp, mut kept, mut other, mut passed) = (0.0, 0.0, 0.0, 0.0);
    for id in ids {
        let Some(path) = recording(&corpus, &id) else {
            continue;
        };
        let truth: Value = serde_json::from_str(&std::fs::read_to_string(
            corpus.join(format!("{id}.truth.json")),
        )?)?;
        let duration = truth["duration"].as_f64().unwrap_or(0.0);
        let utts: Vec<(f64, f64)> = truth["utterances"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|u| (u["start"].as_f64().unwrap(), u["end"].as_f64().unwrap()))
                    .collect()
            })
            .unwrap_or_default();
        // Non-speech: the complement of the utterances (optionally without short pauses).
        let mut nonspeech = Vec::new();
        let mut t = 0.0;
        for &(s, e) in &utts {
            if s > t && (!music_only || s - t >= 2.0) {
                nonspeech.push((t, s));
            }
            t = t.max(e);
        }
        if duration > t {
            nonspeech.push((t, duration));
        }
        let mut stream = match media::open(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{id}: {e}");
                continue;
            }
        };
        let mut windower = SpeechWindower::new(vad);
        let mut windows = Vec::new();
        for chunk in stream.by_ref() {
            windows.extend(windower.push(chunk?));
        }
        windows.extend(windower.finish());
        let sr = TARGET_SAMPLE_RATE as f64;
        let mut spans = Vec::new();
        for w in &windows {
            for (i, p) in w.pieces.iter().enumerate() {
                spans.push((
                    p.start_sample as f64 / sr,
                    w.piece_end_ms(i) as f64 / 1000.0,
                ));
            }
        }
        let speech: f64 = utts.iter().map(|(s, e)| e - s).sum();
        let non: f64 = nonspeech.iter().map(|(s, e)| e - s).sum();
        let k = overlap(&utts, &spans);
        let p = overlap(&nonspeech, &spans);
        println!(
            "{id:24} {speech:8.1} {:8.1} {non:8.1} {:8.1} {:8}",
            100.0 * k / speech.max(1e-9),
            100.0 * p / non.max(1e-9),
            windows.len()
        );
        sp += speech;
        kept += k;
        other += non;
        passed += p;
    }
    println!(
        "{:24} {sp:8.1} {:8.1} {other:8.1} {:8.1}",
        "TOTAL",
        100.0 * kept / sp.max(1e-9),
        100.0 * passed / other.max(1e-9)
    );
    Ok(())
}
