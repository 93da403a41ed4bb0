//! End-to-end tests: the real binary, the real Whisper base model, real recordings.
//!
//! Run with `cargo test --release` (whisper.cpp is slow unoptimised). They need the model
//! from `scripts/fetch-models.sh`; corpus-wide checks use `../shared/corpus` when it is
//! there and say so when it is not.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;

/// The fixture clip carries a labelled claim; auditing it must find that claim, on time.
#[test]
fn fixture_clip_finds_its_labelled_claim() {
    let out = tempfile::tempdir().unwrap();
    let clip = fixture("claim_clip.m4a");
    let run = liveaudit(&[
        "audit",
        clip.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "audit failed: {}", run.stderr);
    let doc = read_json(&out.path().join("claim_clip/findings.json"));
    assert_eq!(doc["schema"], "liveaudit.findings/v1");
    let truth = read_json(&fixture("claim_clip.truth.json"));
    let utterances = truth["utterances"].as_array().unwrap();
    let mut expected = 0;
    for u in utterances
        .iter()
        .filter(|u| !u["labels"].as_array().unwrap().is_empty())
    {
        for label in u["labels"].as_array().unwrap() {
            expected += 1;
            let (s, e) = (u["start"].as_f64().unwrap(), u["end"].as_f64().unwrap());
            assert!(
                has_finding(&doc, label.as_str().unwrap(), s, e),
                "no {label} finding within 1.5 s of {s}–{e} s; findings: {}",
                doc["findings"]
            );
        }
    }
    assert!(expected > 0, "the fixture's truth labels nothing");
    assert!(out.path().join("claim_clip/transcript.srt").is_file());
    assert!(out.path().join("claim_clip/transcript.vtt").is_file());
}

/// A real AISHELL-1 utterance transcribes close to its official transcript.
#[test]
fn real_mandarin_speech_transcribes_accurately() {
    let wav = fixture("real/aishell1_BAC009S0764W0121.wav");
    let truth = std::fs::read_to_string(fixture("real/TRANSCRIPTS.tsv")).unwrap();
    let reference = truth
        .lines()
        .find_map(|l| {
            l.strip_prefix("BAC009S0764W0121\t")
                .or_else(|| l.strip_prefix("aishell1_BAC009S0764W0121\t"))
        })
        .expect("transcript line for BAC009S0764W0121");
    let run = liveaudit(&["transcribe", wav.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let segs: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let text: String = segs
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    let cer = cer(reference, &text);
    assert!(
        cer <= 0.15,
        "CER {cer:.3}: expected «{reference}», got «{text}»"
    );
}

/// One bad input among good ones: reported by name, exit code 3, the good one still audited.
#[test]
fn a_bad_input_does_not_stop_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.mp3");
    std::fs::write(&bad, b"this is not audio at all, just text pretending").unwrap();
    let empty = dir.path().join("empty.wav");
    std::fs::write(&empty, b"").unwrap();
    let good = fixture("real/aishell1_BAC009S0764W0122.wav");
    let out = dir.path().join("out");
    let run = liveaudit(&[
        "audit",
        bad.to_str().unwrap(),
        good.to_str().unwrap(),
        empty.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 3, "stderr: {}", run.stderr);
    assert!(run.stderr.contains("broken.mp3"), "{}", run.stderr);
    assert!(run.stderr.contains("empty.wav"), "{}", run.stderr);
    assert!(out
        .join("aishell1_BAC009S0764W0122/findings.json")
        .is_file());
    assert!(!out.join("broken/findings.json").exists());
}

/// Sessions of the public corpus that the foundation decodes, audited in one run.
const FOUNDATION_SESSIONS: &[&str] = &[
    "pub03_tea.m4a",
    "pub04_jade.mp3",
    "pub05_finance.ogg",
    "pub06_purifier_clean.wav",
    "pub08_long_mixed.flac",
];

/// Specific findings each session must produce: (session, category, labelled sentence start).
const EXPECTED: &[(&str, &str, f64)] = &[
    ("pub03_tea", "medical_claim", 7.375),
    ("pub03_tea", "disparagement", 37.662),
    ("pub04_jade", "superstition", 2.637),
    ("pub04_jade", "superstition", 8.512),
    ("pub04_jade", "absolute_claim", 16.387),
    ("pub04_jade", "offsite_trade", 33.375),
    ("pub05_finance", "investment_claim", 4.175),
    ("pub05_finance", "investment_claim", 8.687),
    ("pub05_finance", "offsite_trade", 30.175),
    ("pub08_long_mixed", "cosmetic_claim", 43.812),
    ("pub08_long_mixed", "absolute_claim", 98.437),
    ("pub08_long_mixed", "price_claim", 102.237),
    ("pub08_long_mixed", "offsite_trade", 156.575),
];

#[test]
fn corpus_sessions_find_their_claims_and_nothing_on_the_clean_one() {
    let Some(corpus) = corpus_dir() else {
        eprintln!("SKIPPED: ../shared/corpus/livestream is not there; corpus checks need it");
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let mut args: Vec<String> = vec!["audit".into()];
    args.extend(
        FOUNDATION_SESSIONS
            .iter()
            .map(|s| corpus.join(s).display().to_string()),
    );
    args.extend(["--out".into(), out.path().display().to_string()]);
    let run = liveaudit(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(run.code, 0, "{}", run.stderr);

    let clean = read_json(&out.path().join("pub06_purifier_clean/findings.json"));
    assert_eq!(
        clean["findings"].as_array().unwrap().len(),
        0,
        "findings on the clean session: {}",
        clean["findings"]
    );

    for (session, category, start) in EXPECTED {
        let doc = read_json(&out.path().join(session).join("findings.json"));
        let truth = read_json(&corpus.join(format!("{session}.truth.json")));
        let u = truth["utterances"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| (u["start"].as_f64().unwrap() - start).abs() < 0.01)
            .expect("labelled sentence");
        let end = u["end"].as_f64().unwrap();
        assert!(
            has_finding(&doc, category, *start, end),
            "{session}: no {category} finding within 1.5 s of {start}–{end} s; findings: {}",
            doc["findings"]
        );
    }

    // pub08 is mostly music: nothing may be transcribed inside its music-only stretches
    // (more than 1 s from every labelled utterance), and its claims are still found.
    let long = read_json(&out.path().join("pub08_long_mixed/findings.json"));
    let truth = read_json(&corpus.join("pub08_long_mixed.truth.json"));
    let utts: Vec<(f64, f64)> = truth["utterances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["start"].as_f64().unwrap(), u["end"].as_f64().unwrap()))
        .collect();
    for seg in long["transcript"].as_array().unwrap() {
        let (s, e) = (
            seg["start_ms"].as_f64().unwrap() / 1000.0,
            seg["end_ms"].as_f64().unwrap() / 1000.0,
        );
        assert!(
            utts.iter().any(|(us, ue)| s <= ue + 1.0 && e >= us - 1.0),
            "pub08: text in a music-only stretch at {s}–{e} s: {}",
            seg["text"]
        );
    }
    // Findings are timed on their own words: median span at most 3 s.
    let mut spans: Vec<f64> = Vec::new();
    for session in FOUNDATION_SESSIONS {
        let name = Path::new(session).file_stem().unwrap().to_string_lossy();
        let doc = read_json(&out.path().join(&*name).join("findings.json"));
        for f in doc["findings"].as_array().unwrap() {
            spans.push(f["end_ms"].as_f64().unwrap() - f["start_ms"].as_f64().unwrap());
        }
    }
    spans.sort_by(f64::total_cmp);
    assert!(
        spans[spans.len() / 2] <= 3000.0,
        "median finding span {} ms",
        spans[spans.len() / 2]
    );
    let mut categories = BTreeSet::new();
    for f in long["findings"].as_array().unwrap() {
        categories.insert(f["category"].as_str().unwrap().to_string());
    }
    assert!(categories.len() >= 3);

    score_with_score_py(&corpus, out.path());
}

/// The scorer's own figures over the foundation sessions (python3 runs ../shared/tools/score.py).
fn score_with_score_py(corpus: &Path, results: &Path) {
    let scorer = corpus.join("../../tools/score.py");
    let sessions = FOUNDATION_SESSIONS
        .iter()
        .map(|s| {
            Path::new(s)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect::<Vec<_>>()
        .join(",");
    let score = std::process::Command::new("python3")
        .arg(&scorer)
        .arg(corpus)
        .arg(results)
        .args(["--sessions", &sessions, "--json"])
        .output()
        .expect("python3 runs score.py");
    let text = String::from_utf8_lossy(&score.stdout);
    eprintln!("score.py: {text}");
    let v: serde_json::Value = serde_json::from_str(&text).expect("score.py --json output");
    assert!(v["missing"].as_array().unwrap().is_empty(), "{v}");
    assert!(v["recall"].as_f64().unwrap() >= 0.8, "{v}");
    assert!(v["precision"].as_f64().unwrap() >= 0.8, "{v}");
    assert!(v["cer"].as_f64().unwrap() <= 0.15, "{v}");
}

#[test]
fn models_inspect_places_every_matmul_weight_and_accounts_for_the_work() {
    if !have_model("models_inspect_places_every_matmul_weight_and_accounts_for_the_work") {
        return;
    }
    let model = common::model_path();
    let run = liveaudit(&["models", "inspect", model.to_str().unwrap(), "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let weights = r["weights"].as_array().unwrap();
    // Base: 6 encoder layers × 6 linear weights, 6 decoder layers × 10, two convolutions and
    // the token embedding.
    assert_eq!(weights.len(), 6 * 6 + 6 * 10 + 3);
    for w in weights {
        let buffer = w["buffer"].as_str().unwrap();
        assert!(["amx", "repack", "cpu"].contains(&buffer), "{w}");
        assert!(!w["reason"].as_str().unwrap().is_empty(), "{w}");
    }
    // Weight shares plus the attention share make the whole of each side's work.
    for (side, total, attn) in [
        ("encoder_share", "encoder_macs", "encoder_attention_macs"),
        ("decoder_share", "decoder_macs", "decoder_attention_macs"),
    ] {
        let weights_share: f64 = weights.iter().map(|w| w[side].as_f64().unwrap()).sum();
        let attn_share = r[attn].as_f64().unwrap() / r[total].as_f64().unwrap();
        assert!(
            (weights_share + attn_share - 1.0).abs() < 1e-6,
            "{side}: {weights_share} + {attn_share}"
        );
    }
    let embedding = weights
        .iter()
        .find(|w| w["name"] == "decoder.token_embedding.weight")
        .unwrap();
    assert_eq!(embedding["buffer"], "cpu");
    let bad = liveaudit(&["models", "inspect", "--window-secs", "90"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("--window-secs"), "{}", bad.stderr);
}
