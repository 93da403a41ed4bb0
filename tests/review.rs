//! The officer's loop end to end with the real binary and model: audit a recording into a
//! signed pack, record decisions (`review`), check they survive `evidence verify`, count them
//! in `report`, turn the rejections into a site pack (`rules suggest`) that `rules lint` and
//! `rules test` accept, and audit the recording again with it: the rejected findings go,
//! every confirmed one stays. Runs on the fixture clip always, and on corpus session pub01 (many
//! findings) when ../shared is there.

mod common;

use std::path::{Path, PathBuf};

use common::{corpus_dir, fixture, have_model, liveaudit, read_json, Run};

fn ok(r: &Run, what: &str) {
    assert_eq!(r.code, 0, "{what}: {}{}", r.stdout, r.stderr);
}

fn sha256(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(std::fs::read(path).unwrap()))
}

/// (rule id, start, end) of every finding of a findings document.
fn spans(doc: &serde_json::Value) -> Vec<(String, u64, u64)> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["start_ms"].as_u64().unwrap(),
                f["end_ms"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Audits `recording` into `out` as a signed pack; returns the pack folder.
fn audit(recording: &Path, out: &Path, key: &Path) -> PathBuf {
    let r = liveaudit(&[
        "audit",
        recording.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--sign-key",
        key.to_str().unwrap(),
        "-q",
    ]);
    ok(&r, "audit");
    let name = recording.file_stem().unwrap().to_str().unwrap();
    out.join(name)
}

/// Rejects the first finding, confirms the rest, and runs the loop on `pack`.
fn review_loop(out: &Path, pack: &Path, key: &Path, public: &Path) {
    let doc = read_json(&pack.join("findings.json"));
    let ids: Vec<String> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() >= 2, "{}: needs two findings", pack.display());
    let (rejected, confirmed) = (&ids[0], &ids[1..]);
    let audit_manifest = sha256(&pack.join("manifest.json"));
    let pack_s = pack.to_str().unwrap();

    // Bad invocations touch nothing.
    let r = liveaudit(&["review", pack_s, "--reject", rejected]);
    assert_eq!(r.code, 2, "a rejection without a reason: {}", r.stderr);
    let r = liveaudit(&["review", pack_s, "--confirm", "f9999"]);
    assert_eq!(r.code, 3, "an unknown finding: {}", r.stderr);
    assert!(r.stderr.contains("f9999"), "{}", r.stderr);
    assert!(!pack.join("review.json").exists());

    let r = liveaudit(&[
        "review",
        pack_s,
        "--confirm",
        &confirmed.join(","),
        "--reject",
        rejected,
        "--reason",
        "复核录音：主播在转述顾客原话，并非对商品功效的宣传",
        "--officer",
        "张三",
        "--sign-key",
        key.to_str().unwrap(),
    ]);
    ok(&r, "review");
    assert!(r.stdout.contains("review generation 2"), "{}", r.stdout);
    assert_eq!(
        sha256(&pack.join("manifest.json")),
        audit_manifest,
        "the audit's sealed manifest is left as it was"
    );

    // Both generations verify, against the trusted key.
    let r = liveaudit(&[
        "evidence",
        "verify",
        pack_s,
        "--public-key",
        public.to_str().unwrap(),
    ]);
    ok(&r, "verify");
    let counts = format!("confirmed {}, rejected 1, pending 0", confirmed.len());
    assert!(
        r.stdout.contains("review generation 2 by 张三"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains(&counts), "{}", r.stdout);
    tampered_reviews_fail(out, pack);

    // The report counts decisions; the clue list holds the confirmed findings.
    let summary = out.join("report/summary.html");
    let r = liveaudit(&[
        "report",
        out.to_str().unwrap(),
        "--out",
        summary.to_str().unwrap(),
    ]);
    ok(&r, "report");
    assert!(r.stdout.contains(&counts), "{}", r.stdout);
    let html = std::fs::read_to_string(&summary).unwrap();
    assert!(
        html.contains(&format!(
            "data-confirmed=\"{}\" data-rejected=\"1\"",
            confirmed.len()
        )),
        "summary.html counts the decisions"
    );
    let clues = read_json(&out.join("report/clues.json"));
    let clues = clues["clues"].as_array().unwrap();
    assert_eq!(
        clues.len(),
        confirmed.len(),
        "only confirmed clues by default"
    );
    assert!(clues.iter().all(|c| c["review"] == "confirmed"));
    let md = std::fs::read_to_string(out.join("report/summary.md")).unwrap();
    assert!(md.contains("驳回"), "summary.md has the decision columns");
    let r = liveaudit(&[
        "report",
        out.to_str().unwrap(),
        "--out",
        summary.to_str().unwrap(),
        "--clues",
        "all",
    ]);
    ok(&r, "report --clues all");
    let all = read_json(&out.join("report/clues.json"));
    assert_eq!(all["clues"].as_array().unwrap().len(), ids.len());

    suggest_and_rerun(out, pack, rejected, confirmed);
}

/// A changed review.json, or one without its manifest, fails verification by name.
fn tampered_reviews_fail(out: &Path, pack: &Path) {
    let copy = out.join("tampered");
    std::fs::create_dir_all(&copy).unwrap();
    let t = copy.join("pack");
    let status = std::process::Command::new("cp")
        .args(["-r", pack.to_str().unwrap(), t.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let review = std::fs::read_to_string(t.join("review.json")).unwrap();
    std::fs::write(t.join("review.json"), review.replace("张三", "李四")).unwrap();
    let r = liveaudit(&["evidence", "verify", t.to_str().unwrap()]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert!(
        r.stdout.contains("review.json: content changed"),
        "{}",
        r.stdout
    );
    std::fs::remove_file(t.join("review.manifest.json")).unwrap();
    let r = liveaudit(&["evidence", "verify", t.to_str().unwrap()]);
    assert_eq!(r.code, 3, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("review.json: present without review.manifest.json"),
        "{}",
        r.stdout
    );
    // No decision is recorded on a pack that does not verify.
    let r = liveaudit(&["review", t.to_str().unwrap(), "--confirm", "f0001"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("does not verify"), "{}", r.stderr);
    std::fs::remove_dir_all(&copy).unwrap();
}

/// `rules suggest` → lint, test → `check` with the site pack.
fn suggest_and_rerun(out: &Path, pack: &Path, rejected: &str, confirmed: &[String]) {
    let site = out.join("site-review.toml");
    let r = liveaudit(&[
        "rules",
        "suggest",
        pack.to_str().unwrap(),
        "--out",
        site.to_str().unwrap(),
    ]);
    ok(&r, "rules suggest");
    assert!(r.stderr.contains("1 proposal(s)"), "{}", r.stderr);
    let text = std::fs::read_to_string(&site).unwrap();
    assert!(
        text.contains("exclude_add") && text.contains("miss_add"),
        "{text}"
    );
    ok(
        &liveaudit(&["rules", "lint", site.to_str().unwrap()]),
        "rules lint",
    );
    ok(
        &liveaudit(&["rules", "test", site.to_str().unwrap()]),
        "rules test",
    );

    let doc = read_json(&pack.join("findings.json"));
    let before = spans(&doc);
    // The re-run: the same recording audited again with the suggested site pack.
    let rerun = out.join("rerun");
    let r = liveaudit(&[
        "audit",
        doc["input"]["uri"].as_str().unwrap(),
        "--out",
        rerun.to_str().unwrap(),
        "--rules",
        site.to_str().unwrap(),
        "--no-evidence",
        "-q",
    ]);
    ok(&r, "audit with the site pack");
    let redone = read_json(&rerun.join(pack.file_name().unwrap()).join("findings.json"));
    assert_eq!(
        redone["transcript"], doc["transcript"],
        "same transcript on the re-run"
    );
    let after = spans(&redone);
    let r = liveaudit(&[
        "check",
        pack.join("findings.json").to_str().unwrap(),
        "--rules",
        site.to_str().unwrap(),
        "--json",
    ]);
    ok(&r, "check with the site pack");
    assert_eq!(
        spans(&serde_json::from_str(&r.stdout).unwrap()),
        after,
        "check agrees"
    );
    let index = |id: &str| {
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .position(|f| f["id"] == id)
            .unwrap()
    };
    assert!(
        !after.contains(&before[index(rejected)]),
        "the rejected finding {rejected} is gone: {after:?}"
    );
    for id in confirmed {
        assert!(
            after.contains(&before[index(id)]),
            "confirmed {id} {:?} is kept: {after:?}",
            before[index(id)]
        );
    }
}

#[test]
fn review_report_and_suggest_close_the_officers_loop() {
    if !have_model("review_report_and_suggest_close_the_officers_loop") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("officer.pem");
    ok(
        &liveaudit(&["evidence", "keygen", key.to_str().unwrap()]),
        "keygen",
    );
    let public = tmp.path().join("officer.pem.pub");

    let out = tmp.path().join("fixture");
    let pack = audit(&fixture("claim_clip.m4a"), &out, &key);
    review_loop(&out, &pack, &key, &public);

    match corpus_dir() {
        Some(corpus) => {
            let out = tmp.path().join("corpus");
            let pack = audit(&corpus.join("pub01_facecream.flv"), &out, &key);
            review_loop(&out, &pack, &key, &public);
        }
        None => println!("../shared/corpus is absent: the corpus pack (pub01) was not reviewed"),
    }
}
