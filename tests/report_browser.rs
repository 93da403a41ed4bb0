//! The reports in a real browser: headless Chromium opens report.html and summary.html, saves
//! screenshots, and the rendered DOM must show the findings, the timeline and working audio
//! players (each player marks itself once Chromium has read its clip's header).
//!
//! Needs Chromium (`.ci/run` installs it; set LIVEAUDIT_CHROMIUM to use another binary) and
//! the Whisper model; the corpus test also needs ../shared/corpus. Each test says SKIPPED
//! when something it needs is absent. Screenshots go to `$CARGO_TARGET_TMPDIR/screenshots`
//! (printed), and are copied to $LIVEAUDIT_SCREENSHOT_DIR when that is set.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{corpus_dir, fixture, read_json};

fn chromium() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("LIVEAUDIT_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn model() -> Option<PathBuf> {
    let p = common::model_file();
    p.is_file().then_some(p)
}

/// Chromium and the model, or a SKIPPED line saying which is missing.
fn prerequisites(test: &str) -> Option<(PathBuf, PathBuf)> {
    let Some(browser) = chromium() else {
        println!(
            "SKIPPED {test}: Chromium is not installed (apt-get install chromium; .ci/run does)"
        );
        return None;
    };
    let Some(model) = model() else {
        assert!(
            std::env::var("LIVEAUDIT_REQUIRE_MODEL").is_err(),
            "{test}: the Whisper model is missing (LIVEAUDIT_REQUIRE_MODEL is set)"
        );
        println!("SKIPPED {test}: no Whisper model (run scripts/fetch-models.sh)");
        return None;
    };
    Some((browser, model))
}

fn liveaudit(model: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_liveaudit"))
        .args(args)
        .env("LIVEAUDIT_MODEL", model)
        .env_remove("LIVEAUDIT_CONFIG")
        .env_remove("LIVEAUDIT_SIGN_KEY")
        .env_remove("LIVEAUDIT_SIGN_KEY_FILE")
        .output()
        .expect("run liveaudit");
    assert!(
        out.status.success(),
        "liveaudit {args:?} failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn screenshot_dir() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Opens `page` in headless Chromium: saves a `width`×`height` screenshot as `shot_name` and
/// returns the DOM after scripts ran and media loaded.
fn render(browser: &Path, page: &Path, shot_name: &str, height: u32) -> String {
    let url = format!("file://{}", page.canonicalize().unwrap().display());
    let profile = tempfile::tempdir().unwrap();
    let base = |cmd: &mut Command| {
        cmd.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--mute-audio",
            "--no-first-run",
            "--virtual-time-budget=8000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()));
    };
    let shot = screenshot_dir().join(shot_name);
    let _ = std::fs::remove_file(&shot);
    let mut cmd = Command::new(browser);
    base(&mut cmd);
    let out = cmd
        .arg(format!("--window-size=1280,{height}"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .expect("run chromium");
    assert!(
        shot.is_file(),
        "Chromium wrote no screenshot of {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    println!("screenshot: {}", shot.display());
    if let Ok(d) = std::env::var("LIVEAUDIT_SCREENSHOT_DIR") {
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(&shot, Path::new(&d).join(shot_name)).unwrap();
    }
    let mut cmd = Command::new(browser);
    base(&mut cmd);
    let out = cmd
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        dom.contains("</html>"),
        "Chromium returned no DOM for {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    dom
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// The opening tags of elements containing `marker` in their attributes.
fn tags_with<'a>(dom: &'a str, tag: &str, marker: &str) -> Vec<&'a str> {
    dom.match_indices(&format!("<{tag} "))
        .map(|(i, _)| &dom[i..i + dom[i..].find('>').unwrap()])
        .filter(|t| t.contains(marker))
        .collect()
}

/// What a rendered report.html must show for `doc`.
fn assert_recording_report(dom: &str, doc: &serde_json::Value, what: &str) {
    let findings = doc["findings"].as_array().unwrap();
    assert!(!findings.is_empty(), "{what}: no findings to show");
    assert_eq!(
        tags_with(dom, "article", "class=\"finding").len(),
        findings.len(),
        "{what}: finding articles"
    );
    assert_eq!(
        count(dom, "<svg id=\"timeline\""),
        1,
        "{what}: timeline picture"
    );
    assert_eq!(
        tags_with(dom, "rect", "class=\"tl-finding").len(),
        findings.len(),
        "{what}: finding marks on the timeline"
    );
    assert!(
        !tags_with(dom, "rect", "class=\"tl-speech").is_empty(),
        "{what}: speech on the timeline"
    );
    let players = tags_with(dom, "audio", "controls");
    assert_eq!(
        players.len(),
        findings.len(),
        "{what}: one player per finding"
    );
    for p in &players {
        assert!(
            p.contains("data-loaded=\"1\""),
            "{what}: Chromium could not load this clip: {p}"
        );
    }
    for f in findings {
        let id = f["id"].as_str().unwrap();
        assert!(
            dom.contains(&format!("id=\"{id}\"")),
            "{what}: {id} missing"
        );
        let quote = f["quote"].as_str().unwrap();
        assert!(
            dom.contains(quote),
            "{what}: quote of {id} 「{quote}」 missing"
        );
        assert!(
            dom.contains(&format!("<a href=\"#{id}\">")),
            "{what}: {id} not linked from the transcript"
        );
    }
    assert!(
        count(dom, "<mark ") >= 1,
        "{what}: no highlighted transcript text"
    );
    assert!(dom.contains("法律依据"), "{what}: legal basis missing");
}

/// report.html of the fixture clip, and a summary over it, render with their findings,
/// timeline and working players.
#[test]
fn fixture_report_and_summary_render_in_chromium() {
    let Some((browser, model)) = prerequisites("fixture_report_and_summary_render_in_chromium")
    else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let audit = out.path().join("out");
    liveaudit(
        &model,
        &[
            "audit",
            fixture("claim_clip.m4a").to_str().unwrap(),
            "--out",
            audit.to_str().unwrap(),
            "--started-at",
            "2026-11-28T20:00:00+08:00",
        ],
    );
    let pack = audit.join("claim_clip");
    let doc = read_json(&pack.join("findings.json"));
    let dom = render(
        &browser,
        &pack.join("report.html"),
        "claim_clip_report.png",
        2000,
    );
    assert_recording_report(&dom, &doc, "claim_clip report.html");
    assert!(dom.contains("2026-11-28 20:00:"), "wall-clock time shown");

    let summary = out.path().join("summary/summary.html");
    liveaudit(
        &model,
        &[
            "report",
            audit.to_str().unwrap(),
            "--out",
            summary.to_str().unwrap(),
            "--clues",
            "all",
        ],
    );
    let dom = render(&browser, &summary, "claim_clip_summary.png", 1600);
    let n = doc["findings"].as_array().unwrap().len();
    assert_eq!(tags_with(&dom, "tr", "class=\"clue-row\"").len(), n);
    assert_eq!(count(&dom, "<svg id=\"trend\""), 1);
    assert!(dom.contains("✓ 完整"), "pack integrity shown");

    review_in_the_browser(&browser, &model, &pack, n);
}

/// The page's review controls, used as an officer would (reject the first finding with a
/// reason, confirm the rest, sign with a name): the review.json the page offers for download
/// is the one it shows, and `liveaudit review --import` records it; the pack still verifies.
fn review_in_the_browser(browser: &Path, model: &Path, pack: &Path, findings: usize) {
    let page = std::fs::read_to_string(pack.join("report.html")).unwrap();
    let officer_clicks = r#"<script>
var ds=document.querySelectorAll('div.decide');
ds[0].querySelector('input.reason').value='复核录音：主播转述顾客评价，不是对商品功效的宣传';
ds[0].querySelector('button.reject').click();
for(var i=1;i<ds.length;i++)ds[i].querySelector('button.confirm').click();
var o=document.getElementById('review-officer');o.value='王警官';o.dispatchEvent(new Event('input'));
document.getElementById('review').scrollIntoView();
</script></body>"#;
    assert_eq!(count(&page, "</body>"), 1);
    // Beside report.html, so its clips load as they do for the officer; removed before import.
    let harness = pack.join("review-harness.html");
    std::fs::write(&harness, page.replace("</body>", officer_clicks)).unwrap();
    let dom = render(browser, &harness, "claim_clip_review.png", 2600);
    std::fs::remove_file(&harness).unwrap();

    assert_eq!(tags_with(&dom, "div", "class=\"decide\"").len(), findings);
    assert_eq!(tags_with(&dom, "div", "data-state=\"rejected\"").len(), 1);
    let shown = unescape(between(&dom, "<pre id=\"review-json\">", "</pre>"));
    let link = tags_with(&dom, "a", "id=\"review-download\"")[0];
    assert!(
        link.contains("download=\"review.json\"") && link.contains("data-ready=\"1\""),
        "{link}"
    );
    let href = unescape(between(
        link,
        "href=\"data:application/json;charset=utf-8,",
        "\"",
    ));
    assert_eq!(
        percent_decode(&href),
        shown,
        "the download is the review shown"
    );
    let review: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(review["schema"], "liveaudit.review/v1");
    assert_eq!(review["decisions"].as_array().unwrap().len(), findings);
    assert_eq!(review["decisions"][0]["decision"], "rejected");
    assert_eq!(review["decisions"][0]["officer"], "王警官");

    let saved = pack.parent().unwrap().join("review-from-browser.json");
    std::fs::write(&saved, &shown).unwrap();
    liveaudit(
        model,
        &[
            "review",
            pack.to_str().unwrap(),
            "--import",
            saved.to_str().unwrap(),
        ],
    );
    let out = Command::new(env!("CARGO_BIN_EXE_liveaudit"))
        .args(["evidence", "verify", pack.to_str().unwrap()])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let counts = format!("confirmed {}, rejected 1, pending 0", findings - 1);
    assert!(stdout.contains("review generation 2 by"), "{stdout}");
    assert!(stdout.contains(&counts), "{stdout}");
}

/// The text between the first `start` and the next `end` after it.
fn between<'a>(hay: &'a str, start: &str, end: &str) -> &'a str {
    let i = hay
        .find(start)
        .unwrap_or_else(|| panic!("{start} not found"))
        + start.len();
    &hay[i..i + hay[i..].find(end).unwrap()]
}

/// Undoes HTML's escaping of text and attribute values.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Decodes %XX escapes (UTF-8).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() + 1 {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Recordings of the corpus with the room, streamer and start each is audited with.
const CORPUS: &[(&str, &str, &str, &str)] = &[
    (
        "pub01_facecream.flv",
        "美妆直播间",
        "主播小美",
        "2026-11-26T20:00:00+08:00",
    ),
    (
        "pub02_fishoil.ts",
        "保健品直播间",
        "主播老王",
        "2026-11-26T21:00:00+08:00",
    ),
    (
        "pub03_tea.m4a",
        "茶叶直播间",
        "主播阿茶",
        "2026-11-27T19:30:00+08:00",
    ),
    (
        "pub04_jade.mp3",
        "珠宝直播间",
        "主播玉姐",
        "2026-11-27T20:30:00+08:00",
    ),
    (
        "pub05_finance.ogg",
        "理财直播间",
        "主播钱多多",
        "2026-11-28T10:00:00+08:00",
    ),
    (
        "pub06_purifier_clean.wav",
        "家电直播间",
        "主播小净",
        "2026-11-28T14:00:00+08:00",
    ),
    (
        "pub07_milk_hls/index.m3u8",
        "母婴直播间",
        "主播奶妈",
        "2026-11-28T16:00:00+08:00",
    ),
    (
        "pub08_long_mixed.flac",
        "美妆直播间",
        "主播小美",
        "2026-11-28T20:00:00+08:00",
    ),
];

/// pub01's report.html and the monitoring report over the whole corpus, in Chromium.
#[test]
fn pub01_report_and_corpus_summary_render_in_chromium() {
    let test = "pub01_report_and_corpus_summary_render_in_chromium";
    let Some(corpus) = corpus_dir() else {
        println!("SKIPPED {test}: ../shared/corpus is absent");
        return;
    };
    let Some((browser, model)) = prerequisites(test) else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let audit = out.path().join("out");
    for (file, room, streamer, start) in CORPUS {
        liveaudit(
            &model,
            &[
                "audit",
                corpus.join(file).to_str().unwrap(),
                "--out",
                audit.to_str().unwrap(),
                "--room",
                room,
                "--streamer",
                streamer,
                "--started-at",
                start,
            ],
        );
    }
    let pub01 = audit.join("pub01_facecream");
    let doc = read_json(&pub01.join("findings.json"));
    let dom = render(
        &browser,
        &pub01.join("report.html"),
        "pub01_report.png",
        2400,
    );
    assert_recording_report(&dom, &doc, "pub01 report.html");
    assert!(dom.contains("美妆直播间"));

    let summary = out.path().join("summary.html");
    liveaudit(
        &model,
        &[
            "report",
            audit.to_str().unwrap(),
            "--out",
            summary.to_str().unwrap(),
            "--clues",
            "all",
        ],
    );
    let dom = render(&browser, &summary, "corpus_summary.png", 2400);
    let mut total = 0;
    for entry in std::fs::read_dir(&audit).unwrap() {
        let d = entry.unwrap().path();
        total += read_json(&d.join("findings.json"))["findings"]
            .as_array()
            .unwrap()
            .len();
    }
    println!("corpus: {} recordings, {total} findings", CORPUS.len());
    assert_eq!(
        tags_with(&dom, "tr", "class=\"recording-row\"").len(),
        CORPUS.len()
    );
    assert_eq!(tags_with(&dom, "tr", "class=\"clue-row\"").len(), total);
    assert_eq!(
        tags_with(&dom, "tr", "class=\"room-row\"").len(),
        7,
        "two recordings share 美妆直播间/主播小美"
    );
    assert!(!tags_with(&dom, "tr", "class=\"rule-row\"").is_empty());
    assert_eq!(count(&dom, "<svg id=\"trend\""), 1);
    assert!(
        tags_with(&dom, "rect", "class=\"trend-bar\"").len() >= 3,
        "three days of findings"
    );
    assert_eq!(count(&dom, "✓ 完整"), CORPUS.len(), "every pack verifies");
    assert!(summary.with_file_name("clues.csv").is_file());
    let clues = read_json(&summary.with_file_name("clues.json"));
    assert_eq!(clues["count"], total);
}
