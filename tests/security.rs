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

/// A real findings document (from `check`, no model needed) about a claim in the first
/// second and a half, to be changed as an attacker would.
fn checked_doc(dir: &Path) -> serde_json::Value {
    let segments = dir.join("segments.json");
    let claim = r#"[{"start_ms": 100, "end_ms": 1500, "text": "这款面霜全网最低价，销量第一"}]"#;
    std::fs::write(&segments, claim).unwrap();
    let checked = bin(&["check", "--json", s(&segments)]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    let doc: serde_json::Value = serde_json::from_str(&checked.stdout).unwrap();
    assert!(!doc["findings"].as_array().unwrap().is_empty(), "{doc}");
    doc
}

/// Item 5: a findings document's `started_at` that is not a time went into summary.html and
/// summary.md unescaped (stored XSS), and a non-ASCII `started_at` or clip hash made
/// `report` panic (exit 101) on a byte slice. Now every field is escaped and cut by characters.
#[test]
fn a_findings_document_cannot_inject_script_into_the_monitoring_report() {
    let tmp = tempfile::tempdir().unwrap();
    let mut doc = checked_doc(tmp.path());
    // 'é' straddles byte 10, where the day of the trend was cut.
    doc["input"]["started_at"] = "2026-11-2é<script>alert(1)</script>|`x`\n| injected |".into();
    doc["findings"][0]["quote"] = "<script>alert(2)</script>|`q`".into();
    doc["findings"][0]["evidence"] = serde_json::json!({
        "clip": "evidence/f0001.wav",
        // 3-byte characters: byte 16 is inside one.
        "clip_sha256": "哈希值不是十六进制`<script>alert(3)</script>"
    });
    let rec = tmp.path().join("audit/rec1");
    std::fs::create_dir_all(&rec).unwrap();
    std::fs::write(rec.join("findings.json"), serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = tmp.path().join("summary/summary.html");
    let run = bin(&["report", s(&tmp.path().join("audit")), "--out", s(&out)]);
    assert_ne!(run.code, 101, "report panicked: {}", run.stderr);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        !html.contains("<script>alert"),
        "raw script in summary.html"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)"),
        "started_at shown escaped"
    );
    let md = std::fs::read_to_string(out.with_extension("md")).unwrap();
    assert!(!md.contains("<script>"), "raw markup in summary.md:\n{md}");
    assert!(
        !md.contains("| injected |"),
        "a line break split a row:\n{md}"
    );
    for line in md
        .lines()
        .filter(|l| l.starts_with("| 2026") || l.contains("f0001 |"))
    {
        assert!(!line.contains("|`"), "unescaped pipe or backtick: {line}");
    }
}

/// Runs the binary, failing the test if it has not finished within `secs` (then killed).
fn bin_within(secs: u64, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_liveaudit"))
        .args(args)
        .env_remove("LIVEAUDIT_CONFIG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("liveaudit {args:?} still running after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// An evidence pack of burst_44k.mp3 cut for the `check` document's findings, with that
/// document as its findings.json (as `audit` writes it), hashed and sealed with `key`.
fn pack_with_findings(dir: &Path, out: &Path, key: Option<&Path>) {
    let doc = checked_doc(dir);
    let findings = dir.join("findings.json");
    std::fs::write(&findings, serde_json::to_vec(&doc).unwrap()).unwrap();
    let src = fixture("media/burst_44k.mp3");
    let mut args = vec![
        "evidence",
        s(&src),
        "--findings",
        s(&findings),
        "--out",
        s(out),
    ];
    if let Some(k) = key {
        args.extend(["--sign-key", s(k)]);
    }
    let run = bin(&args);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    std::fs::copy(&findings, out.join("findings.json")).unwrap();
    let key = liveaudit::evidence::load_signing_key(key).unwrap();
    reseal(out, key.as_ref());
}

/// Re-hashes every file of the pack into its manifest (clip entries too) and seals it again,
/// signed with `key`: what anyone holding a key of their own can do.
fn reseal(pack: &Path, key: Option<&liveaudit::evidence::SigningKey>) {
    use liveaudit::evidence::manifest;
    let (mut m, _) = manifest::read(pack).unwrap();
    m.hash_files(pack).unwrap();
    for clip in &mut m.clips {
        clip.sha256 = m
            .files
            .iter()
            .find(|f| f.path == clip.file)
            .unwrap()
            .sha256
            .clone();
    }
    manifest::write_sealed(&m, pack, key).unwrap();
}

/// Item 6: a file the manifest lists, replaced by a symbolic link to /dev/zero, made
/// `evidence verify` and `report` read for ever. Now it is named as not a regular file.
#[cfg(unix)]
#[test]
fn a_pack_file_linked_to_dev_zero_does_not_hang_verification() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("rec1");
    pack_with_findings(tmp.path(), &pack, None);
    let clip = pack.join("evidence/f0001.wav");
    std::fs::remove_file(&clip).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &clip).unwrap();

    let run = bin_within(20, &["evidence", "verify", s(&pack)]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("evidence/f0001.wav: not a regular file"),
        "{}",
        run.stdout
    );
    let out = tmp.path().join("summary/summary.html");
    let run = bin_within(20, &["report", s(&pack), "--out", s(&out)]);
    assert_eq!(run.code, 3, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("evidence/f0001.wav: not a regular file"),
        "{}",
        run.stderr
    );
}

/// Item 7: without a trusted key, a pack whose clip was changed and whose hashes were
/// recomputed and re-signed with another key verified as "OK … signature valid", a pack whose
/// signature was stripped as "OK", and `report` marked any self-signed pack 完整·已签名. Now
/// the output says who signed, and only a trusted key is called a valid signature.
#[test]
fn a_pack_re_signed_by_another_key_is_not_called_authentic() {
    let tmp = tempfile::tempdir().unwrap();
    let (officer, forger) = (
        tmp.path().join("officer.key"),
        tmp.path().join("forger.key"),
    );
    for k in [&officer, &forger] {
        assert_eq!(bin(&["evidence", "keygen", s(k)]).code, 0);
    }
    let officer_pub = format!("{}.pub", officer.display());
    let genuine = tmp.path().join("genuine/rec1");
    pack_with_findings(tmp.path(), &genuine, Some(&officer));
    let ok = bin(&[
        "evidence",
        "verify",
        s(&genuine),
        "--public-key",
        &officer_pub,
    ]);
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);
    assert!(
        ok.stdout
            .contains("signature valid, signed by officer.key.pub"),
        "{}",
        ok.stdout
    );

    // The forger changes the clip, recomputes every hash and the seal, and signs with their key.
    let forged = tmp.path().join("forged/rec1");
    std::fs::create_dir_all(forged.join("evidence")).unwrap();
    for f in files_under(&genuine) {
        std::fs::copy(genuine.join(&f), forged.join(&f)).unwrap();
    }
    let clip = forged.join("evidence/f0001.wav");
    let mut bytes = std::fs::read(&clip).unwrap();
    let n = bytes.len();
    bytes[n - 100] ^= 0x55;
    std::fs::write(&clip, bytes).unwrap();
    let forger_key = liveaudit::evidence::load_signing_key(Some(&forger)).unwrap();
    reseal(&forged, forger_key.as_ref());

    let plain = bin(&["evidence", "verify", s(&forged)]);
    assert!(
        !plain.stdout.contains("signature valid"),
        "{}",
        plain.stdout
    );
    assert!(
        plain.stdout.contains("signed by an unknown key"),
        "{}",
        plain.stdout
    );
    assert!(plain.stdout.contains("only a checksum"), "{}", plain.stdout);
    let trusted = bin(&[
        "evidence",
        "verify",
        s(&forged),
        "--public-key",
        &officer_pub,
    ]);
    assert_eq!(trusted.code, 3, "{}", trusted.stdout);
    assert!(
        trusted.stdout.contains("manifest.json.sig: signed by key"),
        "{}",
        trusted.stdout
    );

    // Signature stripped: a checksum only, and said so.
    let stripped = tmp.path().join("stripped/rec1");
    std::fs::create_dir_all(stripped.join("evidence")).unwrap();
    for f in files_under(&genuine) {
        std::fs::copy(genuine.join(&f), stripped.join(&f)).unwrap();
    }
    std::fs::remove_file(stripped.join("manifest.json.sig")).unwrap();
    let run = bin(&["evidence", "verify", s(&stripped)]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("unsigned"), "{}", run.stdout);
    assert!(!run.stdout.contains("signature valid"), "{}", run.stdout);

    // The monitoring report labels each pack by what its signature proves.
    let label = |pack: &Path, keys: &[&str]| {
        let out = tmp
            .path()
            .join("summary")
            .join(pack.parent().unwrap().file_name().unwrap());
        let mut args = vec!["report", s(pack), "--out"];
        let html = out.join("summary.html");
        args.push(s(&html));
        for k in keys {
            args.extend(["--public-key", k]);
        }
        let run = bin(&args);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        std::fs::read_to_string(&html).unwrap()
    };
    let h = label(&forged, &[]);
    assert!(!h.contains("已签名"), "a self-signed pack is called signed");
    assert!(h.contains("签名未验证 (signed by an unknown key)"));
    assert!(label(&forged, &[&officer_pub]).contains("签名未验证 (signed by an unknown key)"));
    assert!(label(&stripped, &[]).contains("未签名 (unsigned)"));
    assert!(label(&genuine, &[&officer_pub]).contains("已签名 (signed by officer.key.pub)"));
}
