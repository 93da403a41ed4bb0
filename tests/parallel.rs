//! `audit --parallel N` gives the same transcripts and findings as a sequential run.
//!
//! The real binary and the real Whisper base model, run twice over the same recordings: once
//! one after another on one whisper state, once through the batch scheduler with two states
//! (windows of several recordings interleaved, read from a manifest). Uses the public corpus
//! in ../shared/corpus when it is there; on a fresh clone it says so and uses the small
//! fixtures in tests/fixtures instead, so the comparison still runs.
//!
//! Run with `cargo test --release --test parallel` (whisper.cpp is slow unoptimised).

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// Corpus recordings compared (all decodable local formats of the public corpus).
const CORPUS: &[&str] = &[
    "pub03_tea.m4a",
    "pub04_jade.mp3",
    "pub05_finance.ogg",
    "pub06_purifier_clean.wav",
];

/// Fixture recordings used when the corpus is absent.
const FIXTURES: &[&str] = &[
    "claim_clip.m4a",
    "real/aishell1_BAC009S0764W0121.wav",
    "real/aishell1_BAC009S0764W0122.wav",
    "media/jade_44k_stereo.mp3",
];

fn recordings() -> Vec<PathBuf> {
    match corpus_dir() {
        Some(dir) => CORPUS.iter().map(|n| dir.join(n)).collect(),
        None => {
            println!(
                "../shared/corpus/livestream is absent: comparing on the fixtures in tests/fixtures instead"
            );
            FIXTURES.iter().map(|n| fixture(n)).collect()
        }
    }
}

/// Output folder name of a recording (its file stem).
fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

/// The parts of a findings document that must not depend on scheduling: every finding's
/// rule, category, span and quote, and the whole transcript (segments with token times).
fn comparable(doc: &serde_json::Value) -> (Vec<serde_json::Value>, serde_json::Value) {
    let findings = doc["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .map(|f| {
            serde_json::json!([
                f["rule_id"],
                f["category"],
                f["start_ms"],
                f["end_ms"],
                f["quote"]
            ])
        })
        .collect();
    (findings, doc["transcript"].clone())
}

#[test]
fn parallel_audit_matches_sequential_audit() {
    if !have_model("parallel_audit_matches_sequential_audit") {
        return;
    }
    let recs = recordings();
    let dir = tempfile::tempdir().unwrap();
    // A broken input in the batch: reported by name in both runs, the rest still audited.
    let broken = dir.path().join("broken.mp3");
    std::fs::write(&broken, b"not audio, only text pretending to be an mp3").unwrap();
    let mut inputs: Vec<PathBuf> = recs.clone();
    inputs.insert(1, broken.clone());

    let seq_out = dir.path().join("seq");
    let mut args: Vec<String> = vec!["audit".into()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    // Explicitly one state: the default is one per 8 cores.
    args.extend([
        "--out".into(),
        seq_out.display().to_string(),
        "--parallel".into(),
        "1".into(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let seq = liveaudit(&args);
    assert_eq!(seq.code, 3, "sequential run: {}", seq.stderr);

    // The parallel run reads the same list from a manifest (with a comment and a blank line).
    let manifest = dir.path().join("batch.txt");
    let mut list = String::from("# recordings for the parallel run\n\n");
    for p in &inputs {
        list.push_str(&format!("{}\n", p.display()));
    }
    std::fs::write(&manifest, list).unwrap();
    let par_out = dir.path().join("par");
    let par = liveaudit(&[
        "audit",
        manifest.to_str().unwrap(),
        "--out",
        par_out.to_str().unwrap(),
        "--parallel",
        "2",
    ]);
    assert_eq!(par.code, 3, "parallel run: {}", par.stderr);
    assert!(par.stderr.contains("broken.mp3"), "{}", par.stderr);
    assert!(
        par.stderr.contains("throughput:") && par.stderr.contains("parallel 2"),
        "no throughput line: {}",
        par.stderr
    );
    assert!(!par_out.join("broken/findings.json").exists());

    let mut findings_total = 0;
    for rec in &recs {
        let name = stem(rec);
        let a = read_json(&seq_out.join(&name).join("findings.json"));
        let b = read_json(&par_out.join(&name).join("findings.json"));
        let (fa, ta) = comparable(&a);
        let (fb, tb) = comparable(&b);
        assert!(
            !ta.as_array().unwrap().is_empty(),
            "{name}: empty transcript"
        );
        assert_eq!(ta, tb, "{name}: transcripts differ between runs");
        assert_eq!(fa, fb, "{name}: findings differ between runs");
        assert_eq!(a["input"]["sha256"], b["input"]["sha256"], "{name}");
        assert_eq!(
            a["input"]["duration_ms"], b["input"]["duration_ms"],
            "{name}"
        );
        findings_total += fa.len();
    }
    assert!(
        findings_total > 0,
        "no findings at all: nothing was compared"
    );
}

/// --parallel out of range is an invocation error (exit 2) that says what is allowed.
#[test]
fn parallel_out_of_range_is_a_usage_error() {
    for n in ["0", "65"] {
        let run = liveaudit_no_model(&["audit", "x.wav", "--parallel", n]);
        assert_eq!(run.code, 2, "--parallel {n}: {}", run.stderr);
        assert!(
            run.stderr.contains("--parallel must be between 1 and 64"),
            "{}",
            run.stderr
        );
    }
}

/// Runs the binary without pointing it at a model (for checks that fail before loading one).
fn liveaudit_no_model(args: &[&str]) -> Run {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_liveaudit"));
    cmd.args(args)
        .env_remove("LIVEAUDIT_CONFIG")
        .env_remove("LIVEAUDIT_PARALLEL");
    run_command(cmd)
}
