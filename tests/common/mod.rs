//! Fixture helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Output of one run of the real binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under tests/fixtures.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// ../shared/corpus/livestream when it exists.
pub fn corpus_dir() -> Option<PathBuf> {
    let p = root().join("../shared/corpus/livestream");
    p.is_dir().then(|| p.canonicalize().unwrap())
}

/// Where the Whisper model the tests use is (whether or not it is there): LIVEAUDIT_MODEL, or
/// the product's default, models/ggml-base-q8_0.bin, or else models/ggml-base.bin.
pub fn model_file() -> PathBuf {
    if let Ok(p) = std::env::var("LIVEAUDIT_MODEL") {
        return PathBuf::from(p);
    }
    let q8 = root().join("models/ggml-base-q8_0.bin");
    if q8.is_file() {
        return q8;
    }
    root().join("models/ggml-base.bin")
}

/// The Whisper model the tests use ([`model_file`]). Tests that need it fail with a clear
/// message when it is missing (run scripts/fetch-models.sh).
pub fn model_path() -> PathBuf {
    let p = model_file();
    assert!(
        p.is_file(),
        "the Whisper base model is missing at {}: run scripts/fetch-models.sh (or scripts/setup.sh) first",
        p.display()
    );
    p
}

/// True when the Whisper model is there; otherwise says the test is skipped (and fails when
/// LIVEAUDIT_REQUIRE_MODEL=1, as in CI).
pub fn have_model(test: &str) -> bool {
    let p = model_file();
    if p.is_file() {
        return true;
    }
    assert!(
        std::env::var("LIVEAUDIT_REQUIRE_MODEL").is_err(),
        "{test}: the Whisper model is missing at {} (LIVEAUDIT_REQUIRE_MODEL is set)",
        p.display()
    );
    println!(
        "SKIPPED {test}: no Whisper model at {} (run scripts/fetch-models.sh)",
        p.display()
    );
    false
}

/// Runs the liveaudit binary with the test model.
pub fn liveaudit(args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_liveaudit"));
    cmd.args(args)
        .env("LIVEAUDIT_MODEL", model_path())
        .env_remove("LIVEAUDIT_CONFIG");
    run_command(cmd)
}

/// Runs a prepared command to completion and collects its exit code and output.
pub fn run_command(mut cmd: Command) -> Run {
    let out = cmd.output().expect("run liveaudit");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Parses a JSON file, naming it on failure.
pub fn read_json(path: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// True when `doc` has a finding of `category` whose span is at most 8 s and overlaps
/// `start..end` seconds widened by 1.5 s (the scorer's rule).
pub fn has_finding(doc: &serde_json::Value, category: &str, start: f64, end: f64) -> bool {
    doc["findings"].as_array().unwrap().iter().any(|f| {
        let s = f["start_ms"].as_f64().unwrap() / 1000.0;
        let e = f["end_ms"].as_f64().unwrap() / 1000.0;
        f["category"] == category && e - s <= 8.0 && s <= end + 1.5 && e >= start - 1.5
    })
}

/// Character error rate of `hyp` against `reference`, over Han characters and letters only.
pub fn cer(reference: &str, hyp: &str) -> f64 {
    let keep = |s: &str| -> Vec<char> { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let (r, h) = (keep(reference), keep(hyp));
    let mut prev: Vec<usize> = (0..=h.len()).collect();
    for (i, rc) in r.iter().enumerate() {
        let mut cur = vec![i + 1; h.len() + 1];
        for (j, hc) in h.iter().enumerate() {
            cur[j + 1] = (prev[j + 1] + 1)
                .min(cur[j] + 1)
                .min(prev[j] + usize::from(rc != hc));
        }
        prev = cur;
    }
    prev[h.len()] as f64 / r.len().max(1) as f64
}
