//! Hardening (issue 20): references and names from outside never make liveaudit read, write
//! or delete outside the folders it was given. Each test is one attack, reproduced with the
//! real binary on real files; they fail on the code before the fix.
//!
//! Run with `cargo test --release --test security`.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Runs the binary without the model (evidence commands do not need it).
fn bin(args: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_liveaudit"));
    cmd.args(args).env_remove("LIVEAUDIT_CONFIG");
    run_command(cmd)
}

/// Every file under `dir`, relative, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

/// Item 1: `evidence --out DIR` on a folder that holds someone else's `manifest.json` used to
/// delete every other file under it, at any depth. Now it refuses and removes nothing.
#[test]
fn evidence_never_empties_a_folder_that_is_not_its_own_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("webapp");
    std::fs::create_dir_all(site.join("static/js")).unwrap();
    std::fs::write(
        site.join("manifest.json"),
        r#"{"name": "my web app", "icons": []}"#,
    )
    .unwrap();
    std::fs::write(site.join("index.html"), "<h1>mine</h1>").unwrap();
    std::fs::write(site.join("static/js/app.js"), "console.log(1)").unwrap();
    let before = files_under(&site);
    let src = fixture("media/burst_44k.mp3");
    let run = bin(&[
        "evidence",
        s(&src),
        "--at",
        "0.5",
        "--span",
        "200ms",
        "--out",
        s(&site),
    ]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("not an earlier liveaudit evidence pack"),
        "{}",
        run.stderr
    );
    assert_eq!(files_under(&site), before, "files were removed or added");
}

/// Item 1, the legitimate case: re-extracting into liveaudit's own pack replaces its files,
/// but a file the pack's manifest does not list stops it before anything is removed.
#[test]
fn an_earlier_pack_is_replaced_but_a_stranger_in_it_stops_the_clean_up() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("pack");
    let src = fixture("media/burst_44k.mp3");
    let cut = |out: &Path| {
        bin(&[
            "evidence",
            s(&src),
            "--at",
            "0.5",
            "--span",
            "200ms",
            "--out",
            s(out),
        ])
    };
    let first = cut(&pack);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let again = cut(&pack);
    assert_eq!(again.code, 0, "{}", again.stderr);
    std::fs::write(pack.join("notes.txt"), "the officer's own notes").unwrap();
    let before = files_under(&pack);
    let third = cut(&pack);
    assert_eq!(third.code, 3, "{}", third.stderr);
    assert!(third.stderr.contains("notes.txt"), "{}", third.stderr);
    assert_eq!(files_under(&pack), before);
}

/// Item 4: a finding id from a findings file names the clip; `../../pwned` used to write a WAV
/// outside the pack.
#[test]
fn a_finding_id_cannot_name_a_file_outside_the_pack() {
    let tmp = tempfile::tempdir().unwrap();
    // A real findings document (from `check`), its finding id changed as an attacker would.
    let segments = tmp.path().join("segments.json");
    let claim = r#"[{"start_ms": 100, "end_ms": 1500, "text": "这款面霜全网最低价，销量第一"}]"#;
    std::fs::write(&segments, claim).unwrap();
    let checked = bin(&["check", "--json", s(&segments)]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    let mut doc: serde_json::Value = serde_json::from_str(&checked.stdout).unwrap();
    assert!(!doc["findings"].as_array().unwrap().is_empty(), "{doc}");
    doc["findings"][0]["id"] = "../../pwned".into();
    let findings = tmp.path().join("findings.json");
    std::fs::write(&findings, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = tmp.path().join("a/b/pack");
    let src = fixture("media/burst_44k.mp3");
    let run = bin(&[
        "evidence",
        s(&src),
        "--findings",
        s(&findings),
        "--id",
        "../../pwned",
        "--out",
        s(&out),
    ]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("cannot name a clip"), "{}", run.stderr);
    let wavs: Vec<String> = files_under(tmp.path())
        .into_iter()
        .filter(|f| f.ends_with(".wav"))
        .collect();
    assert!(wavs.is_empty(), "clips written: {wavs:?}");
}

/// Item 3: an input whose name is `..` (`...wav`) used to make `audit` write into the parent
/// of `--out` and clear the parent's `evidence/`. Its outputs now stay under `--out`.
#[test]
fn an_input_named_dot_dot_stays_under_out() {
    if !have_model("an_input_named_dot_dot_stays_under_out") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in/...wav");
    std::fs::create_dir_all(input.parent().unwrap()).unwrap();
    std::fs::copy(fixture("real/aishell1_BAC009S0764W0121.wav"), &input).unwrap();
    let parent = tmp.path().join("results");
    std::fs::create_dir_all(parent.join("evidence")).unwrap();
    std::fs::write(parent.join("evidence/keep.wav"), b"RIFF").unwrap();
    let out = parent.join("run1");
    let run = liveaudit(&["audit", "-q", s(&input), "--out", s(&out)]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        parent.join("evidence/keep.wav").is_file(),
        "the parent's evidence/ was cleared"
    );
    assert!(
        !parent.join("findings.json").exists(),
        "outputs went into the parent of --out"
    );
    assert!(
        out.join("input/findings.json").is_file(),
        "{:?}",
        files_under(&out)
    );
}
