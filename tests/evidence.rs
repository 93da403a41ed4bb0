//! Evidence packs: clips at the source rate and on time, sealed and signed manifests, and
//! `evidence verify` naming exactly what changed. Runs the real binary on real recordings;
//! the tests that audit need the Whisper model (models/ggml-base.bin), the pub01 test the
//! shared corpus (skipped with a message when absent).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{corpus_dir, fixture, have_model, read_json, Run};

/// Runs the binary without requiring the model (evidence cutting and checking need none).
fn bin(args: &[&str], envs: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_liveaudit"));
    cmd.args(args)
        .env_remove("LIVEAUDIT_CONFIG")
        .env_remove("LIVEAUDIT_SIGN_KEY")
        .env_remove("LIVEAUDIT_SIGN_KEY_FILE");
    cmd.env("LIVEAUDIT_MODEL", common::model_file());
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run liveaudit");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Flips one bit of the byte at `offset` (from the end when negative).
fn flip_byte(path: &Path, offset: i64) {
    let mut bytes = std::fs::read(path).unwrap();
    let i = if offset < 0 {
        (bytes.len() as i64 + offset) as usize
    } else {
        offset as usize
    };
    bytes[i] ^= 0x01;
    std::fs::write(path, bytes).unwrap();
}

fn wav(path: &Path) -> (hound::WavSpec, Vec<f32>) {
    let mut r = hound::WavReader::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec = r.spec();
    let samples = r
        .samples::<i16>()
        .map(|v| f32::from(v.unwrap()) / 32768.0)
        .collect();
    (spec, samples)
}

fn only_wav(dir: &Path) -> PathBuf {
    let wavs: Vec<PathBuf> = std::fs::read_dir(dir.join("evidence"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wav"))
        .collect();
    assert_eq!(wavs.len(), 1, "{wavs:?}");
    wavs[0].clone()
}

/// A 10 ms tone burst at exactly 1.000 s: cutting 0.9 s + 200 ms must give a clip at the
/// source's own rate with the burst 100 ms in, for every container and codec.
#[test]
fn clips_keep_the_source_rate_and_the_timeline() {
    for (name, rate) in [
        ("burst_22k.wav", 22_050),
        ("burst_8k.wav", 8_000),
        ("burst_48k.flac", 48_000),
        ("burst_44k.m4a", 44_100),
        ("burst_44k.mp3", 44_100),
        ("burst_44k.ogg", 44_100),
    ] {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("pack");
        let src = fixture(&format!("media/{name}"));
        let run = bin(
            &[
                "evidence",
                s(&src),
                "--at",
                "0.9",
                "--span",
                "200ms",
                "--out",
                s(&dir),
            ],
            &[],
        );
        assert_eq!(run.code, 0, "{name}: {}{}", run.stdout, run.stderr);
        let (spec, samples) = wav(&only_wav(&dir));
        assert_eq!(spec.sample_rate, rate, "{name}: clip rate");
        assert_eq!(spec.channels, 1, "{name}");
        let expect_len = rate as usize / 5;
        assert!(
            samples.len().abs_diff(expect_len) <= 2,
            "{name}: {} frames, expected {expect_len}",
            samples.len()
        );
        let (mut num, mut den) = (0f64, 0f64);
        for (i, v) in samples.iter().enumerate() {
            let e = f64::from(*v) * f64::from(*v);
            num += e * i as f64;
            den += e;
        }
        assert!(den > 0.0, "{name}: no burst in the clip");
        let centre_ms = 1000.0 * num / den / f64::from(rate);
        println!("{name}: burst centre {centre_ms:.2} ms into the clip (expected 105)");
        assert!(
            (centre_ms - 105.0).abs() <= 5.0,
            "{name}: burst centre {centre_ms:.2} ms into the clip, expected 105"
        );
        let m = read_json(&dir.join("manifest.json"));
        assert_eq!(m["clips"][0]["sample_rate"], rate);
        assert_eq!(m["clips"][0]["start_ms"], 900);
        assert_eq!(
            m["source"]["size_bytes"],
            std::fs::metadata(&src).unwrap().len()
        );
    }
}

/// A fresh unsigned pack verifies; one changed byte in a clip or in the manifest fails and
/// names the file; an unlisted file and a missing one are named too.
#[test]
fn verify_names_the_file_that_changed() {
    let out = tempfile::tempdir().unwrap();
    let pack = out.path().join("pack");
    let src = fixture("claim_clip.m4a");
    let run = bin(
        &[
            "evidence",
            s(&src),
            "--at",
            "00:00:01",
            "--span",
            "4s",
            "--out",
            s(&pack),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let ok = bin(&["evidence", "verify", s(&pack), "--source", s(&src)], &[]);
    assert_eq!(ok.code, 0, "fresh pack: {}{}", ok.stdout, ok.stderr);
    assert!(ok.stdout.starts_with("OK "), "{}", ok.stdout);
    let clip = only_wav(&pack);
    let clip_rel = format!("evidence/{}", clip.file_name().unwrap().to_str().unwrap());

    let case = |name: &str, tamper: &dyn Fn(&Path), expect: &str| {
        let dir = out.path().join(name);
        copy_dir(&pack, &dir);
        tamper(&dir);
        let r = bin(&["evidence", "verify", s(&dir)], &[]);
        println!("{name}: {}", r.stdout.trim());
        assert_eq!(
            r.code, 3,
            "{name}: verify must fail: {}{}",
            r.stdout, r.stderr
        );
        assert!(r.stdout.contains("FAILED"), "{name}: {}", r.stdout);
        assert!(
            r.stdout.lines().any(|l| l.trim_start().starts_with(expect)),
            "{name}: no line names {expect}: {}",
            r.stdout
        );
    };
    case(
        "clip_byte",
        &|d| flip_byte(&d.join(&clip_rel), -100),
        &format!("{clip_rel}: content changed"),
    );
    case(
        "clip_header_byte",
        &|d| flip_byte(&d.join(&clip_rel), 24),
        &format!("{clip_rel}: content changed"),
    );
    // A byte inside the manifest's creation time: still valid JSON, every listed hash intact.
    case(
        "manifest_byte",
        &|d| {
            let p = d.join("manifest.json");
            let text = std::fs::read_to_string(&p).unwrap();
            let i = text.find("\"created_at\": \"").unwrap() + 16;
            flip_byte(&p, i as i64);
        },
        "manifest.json: changed",
    );
    case(
        "extra_file",
        &|d| std::fs::write(d.join("evidence/extra.wav"), b"RIFF").unwrap(),
        "evidence/extra.wav: present in the pack but not listed",
    );
    case(
        "missing_clip",
        &|d| std::fs::remove_file(d.join(&clip_rel)).unwrap(),
        &format!("{clip_rel}: missing"),
    );

    // The pack is for claim_clip.m4a, not another recording.
    let other = bin(
        &[
            "evidence",
            "verify",
            s(&pack),
            "--source",
            s(&fixture("media/burst_8k.wav")),
        ],
        &[],
    );
    assert_eq!(other.code, 3, "{}", other.stdout);
    assert!(other
        .stdout
        .contains("is not the recording this pack was cut from"));

    // A window past the end is bad input, named.
    let late = bin(
        &[
            "evidence",
            s(&src),
            "--at",
            "00:05:00",
            "--out",
            s(&out.path().join("late")),
        ],
        &[],
    );
    assert_eq!(late.code, 3, "{}", late.stderr);
    assert!(
        late.stderr.contains("past the end of the recording"),
        "{}",
        late.stderr
    );
}

/// Audit with a signing key: the pack holds a clip per finding (source rate, context around
/// the words), reports and clues, a signed manifest that verifies with the right public key
/// and fails with another; ad-hoc extraction of the same finding gives the same clip bytes;
/// and the clip, transcribed on its own, holds the quoted words.
#[test]
fn audited_pack_is_signed_complete_and_its_clip_holds_the_claim() {
    if !have_model("audited_pack_is_signed_complete_and_its_clip_holds_the_claim") {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let key = out.path().join("officer.key");
    let run = bin(&["evidence", "keygen", s(&key)], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let other_key = out.path().join("other.key");
    assert_eq!(bin(&["evidence", "keygen", s(&other_key)], &[]).code, 0);

    let audit_dir = out.path().join("out");
    let src = fixture("claim_clip.m4a");
    let run = bin(
        &[
            "audit",
            s(&src),
            "--out",
            s(&audit_dir),
            "--started-at",
            "2026-11-28T20:00:00+08:00",
            "--room",
            "茶叶直播间",
            "--streamer",
            "主播甲",
            "--clip-before",
            "2",
            "--clip-after",
            "2",
            "--sign-key",
            s(&key),
        ],
        &[],
    );
    assert_eq!(run.code, 0, "audit: {}{}", run.stdout, run.stderr);
    let pack = audit_dir.join("claim_clip");
    for f in [
        "findings.json",
        "report.html",
        "report.md",
        "clues.csv",
        "clues.json",
        "manifest.json",
        "manifest.json.sha256",
        "manifest.json.sig",
    ] {
        assert!(pack.join(f).is_file(), "{f} missing");
    }
    let doc = read_json(&pack.join("findings.json"));
    let findings = doc["findings"].as_array().unwrap();
    assert!(!findings.is_empty(), "the fixture has a medical claim");
    let manifest = read_json(&pack.join("manifest.json"));
    assert_eq!(manifest["source"]["sha256"], doc["input"]["sha256"]);
    assert_eq!(manifest["source"]["room"], "茶叶直播间");
    assert!(manifest["engine"]["model_sha256"].as_str().unwrap().len() == 64);
    assert!(
        manifest["engine"]["rule_pack_sha256"]
            .as_str()
            .unwrap()
            .len()
            == 64
    );
    assert_eq!(manifest["clips"].as_array().unwrap().len(), findings.len());
    for f in findings {
        let ev = &f["evidence"];
        let clip = pack.join(ev["clip"].as_str().unwrap());
        let (spec, samples) = wav(&clip);
        assert_eq!(spec.sample_rate, 44_100, "clips keep the source rate");
        let (start, end) = (
            f["start_ms"].as_u64().unwrap(),
            f["end_ms"].as_u64().unwrap(),
        );
        let want = end - start.saturating_sub(2000) + 2000;
        let got = samples.len() as u64 * 1000 / 44_100;
        assert!(
            got.abs_diff(want.min(10_800 - start.saturating_sub(2000))) <= 30,
            "{} ms clip, expected ~{want}",
            got
        );
        let listed = manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["path"] == ev["clip"])
            .expect("clip listed in the manifest");
        assert_eq!(listed["sha256"], ev["clip_sha256"]);
        let entry = manifest["clips"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == f["id"])
            .unwrap();
        assert!(entry["wall_clock_start"]
            .as_str()
            .unwrap()
            .starts_with("2026-11-28T20:00:"));
        assert!(
            !entry["transcript"].as_array().unwrap().is_empty(),
            "clip has its transcript excerpt"
        );
    }
    let csv = std::fs::read_to_string(pack.join("clues.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}') && csv.contains("茶叶直播间") && csv.contains("主播甲"));

    let public = format!("{}.pub", key.display());
    let ok = bin(
        &[
            "evidence",
            "verify",
            s(&pack),
            "--public-key",
            &public,
            "--source",
            s(&src),
        ],
        &[],
    );
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);
    assert!(ok.stdout.contains("signature valid"), "{}", ok.stdout);
    let wrong = bin(
        &[
            "evidence",
            "verify",
            s(&pack),
            "--public-key",
            &format!("{}.pub", other_key.display()),
        ],
        &[],
    );
    assert_eq!(wrong.code, 3, "{}", wrong.stdout);
    assert!(
        wrong.stdout.contains("manifest.json.sig: signed by key"),
        "{}",
        wrong.stdout
    );
    // Re-sealing a changed manifest does not help without the key: the signature breaks.
    let forged = out.path().join("forged");
    copy_dir(&pack, &forged);
    let m = forged.join("manifest.json");
    let text = std::fs::read_to_string(&m)
        .unwrap()
        .replace("茶叶直播间", "别的直播间");
    std::fs::write(&m, &text).unwrap();
    let digest = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(text.as_bytes()))
    };
    std::fs::write(
        forged.join("manifest.json.sha256"),
        format!("{digest}  manifest.json\n"),
    )
    .unwrap();
    let r = bin(&["evidence", "verify", s(&forged)], &[]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("manifest.json.sig: the signature does not match"),
        "{}",
        r.stdout
    );

    // Ad-hoc extraction of the first finding: same window, same bytes; key from the environment.
    let first = findings[0]["id"].as_str().unwrap();
    let adhoc = out.path().join("adhoc");
    let key_pem = std::fs::read_to_string(&key).unwrap();
    let run = bin(
        &[
            "evidence",
            s(&src),
            "--findings",
            s(&pack.join("findings.json")),
            "--id",
            first,
            "--clip-before",
            "2",
            "--clip-after",
            "2",
            "--out",
            s(&adhoc),
        ],
        &[("LIVEAUDIT_SIGN_KEY", &key_pem)],
    );
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let a = std::fs::read(adhoc.join(format!("evidence/{first}.wav"))).unwrap();
    let b = std::fs::read(pack.join(format!("evidence/{first}.wav"))).unwrap();
    assert!(a == b, "ad-hoc and audit clips of {first} differ");
    assert_eq!(
        bin(
            &["evidence", "verify", s(&adhoc), "--public-key", &public],
            &[]
        )
        .code,
        0
    );
    let clues = read_json(&adhoc.join("clues.json"));
    assert_eq!(
        clues["clues"][0]["clue_id"].as_str().unwrap(),
        format!("claim_clip-{first}")
    );

    // Findings of another recording, and an unknown id, are refused by name.
    let wrong_src = bin(
        &[
            "evidence",
            s(&fixture("media/tea_44k_stereo.m4a")),
            "--findings",
            s(&pack.join("findings.json")),
            "--out",
            s(&out.path().join("w")),
        ],
        &[],
    );
    assert_eq!(wrong_src.code, 3);
    assert!(
        wrong_src
            .stderr
            .contains("is not the recording the findings are about"),
        "{}",
        wrong_src.stderr
    );
    let unknown = bin(
        &[
            "evidence",
            s(&src),
            "--findings",
            s(&pack.join("findings.json")),
            "--id",
            "f0999",
            "--out",
            s(&out.path().join("u")),
        ],
        &[],
    );
    assert_eq!(unknown.code, 3);
    assert!(
        unknown.stderr.contains("no finding f0999"),
        "{}",
        unknown.stderr
    );

    // The clip on its own, transcribed, holds the quoted words.
    for f in findings {
        assert_clip_says(
            &pack.join(f["evidence"]["clip"].as_str().unwrap()),
            f["quote"].as_str().unwrap(),
        );
    }
}

/// Transcribes `clip` with the real model and checks `quote` is in it. Compared by sound
/// (the rule engine's fuzzy toneless syllables, so 敏/明 and 斑/般 count as the same), as the
/// clip heard on its own may come out as a homophone (祛斑 / 驱斑), allowing one syllable in
/// four to differ.
fn assert_clip_says(clip: &Path, quote: &str) {
    let run = bin(&["transcribe", s(clip), "--format", "text"], &[]);
    assert_eq!(run.code, 0, "transcribe {}: {}", clip.display(), run.stderr);
    let text: String = run
        .stdout
        .lines()
        .map(|l| l.split_once(']').map_or(l, |(_, t)| t).trim().to_string())
        .collect();
    let (q, h) = (syllables(quote), syllables(&text));
    let d = best_substring_distance(&q, &h);
    println!(
        "{}: quote 「{quote}」, heard 「{text}」, distance {d}",
        clip.display()
    );
    assert!(
        d <= q.len() / 4,
        "{}: the clip does not say 「{quote}」 (heard 「{text}」, {d} syllables differ)",
        clip.display()
    );
}

/// The text normalised as the rule engine sees it (三十 and 30 alike), then Han characters as
/// fuzzy toneless syllables (`liveaudit::text::pinyin`), other letters and digits as themselves.
fn syllables(text: &str) -> Vec<String> {
    liveaudit::text::normalize(text)
        .text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| match liveaudit::text::pinyin::syllable(c) {
            Some(p) => p.to_string(),
            None => c.to_lowercase().to_string(),
        })
        .collect()
}

/// Fewest edits turning `needle` into some contiguous part of `hay`.
fn best_substring_distance(needle: &[String], hay: &[String]) -> usize {
    let mut prev = vec![0usize; hay.len() + 1];
    for (i, n) in needle.iter().enumerate() {
        let mut cur = vec![i + 1; hay.len() + 1];
        for (j, h) in hay.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(n != h))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev.into_iter().min().unwrap_or(0)
}

/// Every finding on pub01 (FLV): its clip, cut from the source at the source rate and
/// transcribed on its own, contains the quoted words.
#[test]
fn pub01_clips_contain_their_quotes() {
    let Some(corpus) = corpus_dir() else {
        println!("SKIPPED pub01_clips_contain_their_quotes: ../shared/corpus is absent");
        return;
    };
    if !have_model("pub01_clips_contain_their_quotes") {
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let src = corpus.join("pub01_facecream.flv");
    let run = bin(&["audit", s(&src), "--out", s(out.path())], &[]);
    assert_eq!(run.code, 0, "audit pub01: {}{}", run.stdout, run.stderr);
    let pack = out.path().join("pub01_facecream");
    let doc = read_json(&pack.join("findings.json"));
    let findings = doc["findings"].as_array().unwrap();
    assert!(
        findings.len() >= 4,
        "pub01 has several labelled claims: {findings:?}"
    );
    assert_eq!(bin(&["evidence", "verify", s(&pack)], &[]).code, 0);
    let rate = read_json(&pack.join("manifest.json"))["source"]["sample_rate"]
        .as_u64()
        .unwrap();
    for f in findings {
        let clip = pack.join(
            f["evidence"]["clip"]
                .as_str()
                .expect("every finding has a clip"),
        );
        assert_eq!(u64::from(wav(&clip).0.sample_rate), rate);
        assert_clip_says(&clip, f["quote"].as_str().unwrap());
    }
}
