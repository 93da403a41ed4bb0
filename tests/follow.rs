//! Following recordings while they grow (issue 26): live playlists reloaded until ENDLIST,
//! segments that slid off unread, discontinuities, streams that stop without ending, a stop
//! from outside, a file a recorder is still writing and an HTTP-FLV response paced like a
//! live room. Real files in real containers; the playlists grow on disk (a local live
//! playlist is reloaded from its file) or are served over loopback http.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use liveaudit::media::follow::{CoverageGap, Follow, GapKind};
use liveaudit::media::{self, DecodeReport, MediaError};
use liveaudit::source::follow::{self, CopyPath, FollowOutcome, FollowSpec};
use liveaudit::source::{HashTap, SourceOptions};

use common::root;

fn live(name: &str) -> PathBuf {
    root().join("tests/fixtures/media/live").join(name)
}

/// The five segments of the hls_ts fixture (2 s target) with their EXTINF durations.
const SEGMENTS: [(&str, f64); 5] = [
    ("seg0.ts", 2.020133),
    ("seg1.ts", 1.996922),
    ("seg2.ts", 1.996911),
    ("seg3.ts", 1.996922),
    ("seg4.ts", 0.023222),
];

/// A folder holding the fixture's segment files, where a test writes a growing playlist.
fn segment_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, _) in SEGMENTS {
        std::fs::copy(live(&format!("hls_ts/{name}")), dir.path().join(name)).unwrap();
    }
    dir
}

/// Writes `index.m3u8` listing segments `from..to` (target 1 s so reloads come every second),
/// with program dates, a discontinuity before `disc`, ENDLIST when `ended`. Written to a
/// temporary name and renamed, as a packager does, so a reader never sees half a playlist.
fn write_playlist(dir: &Path, from: usize, to: usize, disc: Option<usize>, ended: bool) {
    let mut text = format!(
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:{from}\n"
    );
    let mut t = 0.0;
    for (i, (name, dur)) in SEGMENTS.iter().enumerate() {
        if (from..to).contains(&i) {
            if disc == Some(i) {
                text.push_str("#EXT-X-DISCONTINUITY\n");
            }
            let ms = (t * 1000.0) as i64;
            let at = chrono::DateTime::parse_from_rfc3339("2026-12-07T10:00:00+08:00").unwrap()
                + chrono::Duration::milliseconds(ms);
            text.push_str(&format!(
                "#EXT-X-PROGRAM-DATE-TIME:{}\n#EXTINF:{dur:.6},\n{name}\n",
                at.to_rfc3339_opts(chrono::SecondsFormat::Millis, false)
            ));
        }
        t += dur;
    }
    if ended {
        text.push_str("#EXT-X-ENDLIST\n");
    }
    let tmp = dir.join("index.m3u8.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(tmp, dir.join("index.m3u8")).unwrap();
}

fn spec(idle_ms: u64, copy: Option<PathBuf>) -> FollowSpec {
    let mut follow = Follow::new(Duration::from_millis(idle_ms));
    follow.poll = Duration::from_millis(50);
    FollowSpec {
        follow,
        copy_dir: copy,
        resume: false,
    }
}

struct Followed {
    samples: Vec<f32>,
    report: DecodeReport,
    end: Option<(GapKind, String)>,
    copy: Option<PathBuf>,
}

fn follow_input(
    input: &str,
    opts: &SourceOptions,
    spec: &FollowSpec,
) -> Result<Followed, MediaError> {
    let (outcome, copy) = (FollowOutcome::default(), CopyPath::default());
    let mut stream = follow::open(input, opts, &HashTap::new(), spec, &outcome, &copy)?;
    let mut samples = Vec::new();
    for chunk in stream.by_ref() {
        let chunk = chunk?;
        samples.resize(chunk.start_sample as usize, 0.0);
        samples.extend_from_slice(&chunk.samples);
    }
    Ok(Followed {
        samples,
        report: stream.report(),
        end: outcome.take(),
        copy: copy.get(),
    })
}

fn kinds(gaps: &[CoverageGap]) -> Vec<GapKind> {
    gaps.iter().map(|g| g.kind).collect()
}

fn decode(path: &Path) -> (Vec<f32>, DecodeReport) {
    let (_, samples, report) = media::decode_all(path).unwrap();
    (samples, report)
}

#[test]
fn a_live_playlist_is_followed_as_it_grows_until_endlist() {
    let dir = segment_dir();
    let copy = dir.path().join("copy");
    write_playlist(dir.path(), 0, 1, None, false);
    let d = dir.path().to_path_buf();
    let publisher = std::thread::spawn(move || {
        for to in 2usize..=5 {
            std::thread::sleep(Duration::from_millis(600));
            // A sliding window of three, as a live packager keeps.
            write_playlist(&d, to.saturating_sub(3), to, None, to == 5);
        }
    });
    let input = dir.path().join("index.m3u8");
    let got = follow_input(
        input.to_str().unwrap(),
        &SourceOptions::default(),
        &spec(20_000, Some(copy.clone())),
    )
    .unwrap();
    publisher.join().unwrap();
    let (whole, _) = decode(&live("hls_ts/index.m3u8"));
    assert_eq!(got.samples.len(), whole.len(), "every segment heard once");
    assert!(got.report.coverage.is_empty(), "{:?}", got.report.coverage);
    assert!(got.end.is_none());
    // The copy is a finished playlist of what was read: it decodes to the same audio.
    let copied = got.copy.expect("a copy");
    assert_eq!(copied, copy.join("index.m3u8"));
    let text = std::fs::read_to_string(&copied).unwrap();
    assert!(text.ends_with("#EXT-X-ENDLIST\n"), "{text}");
    let (again, _) = decode(&copied);
    assert_eq!(again.len(), whole.len());
    let diff = again
        .iter()
        .zip(&got.samples)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(
        diff < 1e-4,
        "the copy decodes to what was heard (max diff {diff})"
    );
}

#[test]
fn segments_that_slide_off_unread_are_a_gap_with_their_time() {
    let dir = segment_dir();
    let copy = dir.path().join("copy");
    write_playlist(dir.path(), 0, 1, None, false);
    let d = dir.path().to_path_buf();
    let publisher = std::thread::spawn(move || {
        // Faster than the reader reloads (once a second): seg1 and seg2 slide off unread.
        std::thread::sleep(Duration::from_millis(200));
        write_playlist(&d, 3, 5, None, true);
    });
    let input = dir.path().join("index.m3u8");
    let got = follow_input(
        input.to_str().unwrap(),
        &SourceOptions::default(),
        &spec(20_000, Some(copy)),
    )
    .unwrap();
    publisher.join().unwrap();
    assert_eq!(kinds(&got.report.coverage), [GapKind::MissedSegments]);
    let gap = &got.report.coverage[0];
    // seg1 + seg2: 2020 → 6014 ms (measured by the program dates).
    assert!((gap.start_ms as i64 - 2020).abs() <= 30, "{gap:?}");
    assert!((gap.end_ms as i64 - 6014).abs() <= 30, "{gap:?}");
    assert!(
        gap.detail.contains("2 segment(s) from sequence 1"),
        "{}",
        gap.detail
    );
    // The audio after the gap sits where it belongs, not joined to seg0.
    let (whole, _) = decode(&live("hls_ts/index.m3u8"));
    assert!((got.samples.len() as i64 - whole.len() as i64).abs() < 800);
    // The copy keeps the loss as an EXT-X-GAP entry of the same length: same timeline.
    let copied = got.copy.unwrap();
    let text = std::fs::read_to_string(&copied).unwrap();
    assert!(text.contains("#EXT-X-GAP"), "{text}");
    let (again, report) = decode(&copied);
    assert_eq!(again.len(), got.samples.len());
    assert_eq!(kinds(&report.coverage), [GapKind::UnreadableSegment]);
}

#[test]
fn a_copy_is_taken_up_only_when_asked_and_a_finished_one_reads_the_same() {
    let dir = segment_dir();
    let copy = dir.path().join("copy");
    write_playlist(dir.path(), 0, 5, None, true);
    let input = dir.path().join("index.m3u8");
    let input = input.to_str().unwrap();
    let first = follow_input(
        input,
        &SourceOptions::default(),
        &spec(5_000, Some(copy.clone())),
    )
    .unwrap();
    // Without --resume an earlier copy is an error naming it, never overwritten.
    let err = follow_input(
        input,
        &SourceOptions::default(),
        &spec(5_000, Some(copy.clone())),
    )
    .err()
    .expect("refused");
    assert!(err.to_string().contains("--resume"), "{err}");
    // Taken up, a finished copy is read as it is: same audio, nothing new, no gap.
    let mut again = spec(5_000, Some(copy.clone()));
    again.resume = true;
    let t = Instant::now();
    let second = follow_input(input, &SourceOptions::default(), &again).unwrap();
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "no waiting: {:?}",
        t.elapsed()
    );
    assert_eq!(second.samples.len(), first.samples.len());
    assert!(
        second.report.coverage.is_empty(),
        "{:?}",
        second.report.coverage
    );
    let text = std::fs::read_to_string(copy.join("index.m3u8")).unwrap();
    assert_eq!(text.matches("#EXT-X-ENDLIST").count(), 1, "{text}");
    assert_eq!(text.matches("#EXTINF").count(), 5, "{text}");
}

#[test]
fn a_discontinuity_is_recorded_where_the_stream_was_spliced() {
    let dir = segment_dir();
    write_playlist(dir.path(), 0, 2, None, false);
    let d = dir.path().to_path_buf();
    let publisher = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        write_playlist(&d, 0, 5, Some(2), true);
    });
    let input = dir.path().join("index.m3u8");
    let got = follow_input(
        input.to_str().unwrap(),
        &SourceOptions::default(),
        &spec(20_000, None),
    )
    .unwrap();
    publisher.join().unwrap();
    assert_eq!(kinds(&got.report.coverage), [GapKind::Discontinuity]);
    let g = &got.report.coverage[0];
    assert_eq!(g.start_ms, g.end_ms, "a splice is a marker, not a stretch");
    assert!((g.start_ms as i64 - 4017).abs() <= 30, "{g:?}");
    // Offline, the same playlist records the same splice.
    let (_, report) = decode(&input);
    assert_eq!(kinds(&report.coverage), [GapKind::Discontinuity]);
}

#[test]
fn a_stream_that_stops_without_endlist_ends_at_idle_with_the_end_recorded() {
    let dir = segment_dir();
    let copy = dir.path().join("copy");
    write_playlist(dir.path(), 0, 2, None, false);
    let input = dir.path().join("index.m3u8");
    let t = Instant::now();
    let got = follow_input(
        input.to_str().unwrap(),
        &SourceOptions::default(),
        &spec(1_500, Some(copy)),
    )
    .unwrap();
    assert!(t.elapsed() < Duration::from_secs(10));
    assert_eq!(kinds(&got.report.coverage), [GapKind::EndedEarly]);
    let g = &got.report.coverage[0];
    assert!((g.start_ms as i64 - 4017).abs() <= 30, "{g:?}");
    assert!(g.detail.contains("did not grow for 1 s"), "{}", g.detail);
    // The copy is complete: what was heard, finished with ENDLIST.
    let text = std::fs::read_to_string(got.copy.unwrap()).unwrap();
    assert!(text.ends_with("#EXT-X-ENDLIST\n") && text.matches("#EXTINF").count() == 2);
}

#[test]
fn a_stop_from_outside_ends_following_at_once() {
    let dir = segment_dir();
    write_playlist(dir.path(), 0, 1, None, false);
    let input = dir.path().join("index.m3u8");
    let s = spec(3_600_000, None);
    let stop = s.follow.stop.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        stop.store(true, Ordering::Relaxed);
    });
    let t = Instant::now();
    let got = follow_input(input.to_str().unwrap(), &SourceOptions::default(), &s).unwrap();
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    assert_eq!(kinds(&got.report.coverage), [GapKind::EndedEarly]);
    assert!(got.report.coverage[0].detail.contains("stopped"));
}

#[test]
fn a_file_still_being_written_is_read_to_its_final_end() {
    let whole = std::fs::read(live("claim_aac.flv")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("room.flv");
    let mut w = std::fs::File::create(&path).unwrap();
    w.write_all(&whole[..4096]).unwrap();
    w.flush().unwrap();
    let rest = whole[4096..].to_vec();
    let writer = std::thread::spawn(move || {
        for chunk in rest.chunks(rest.len() / 6 + 1) {
            std::thread::sleep(Duration::from_millis(150));
            w.write_all(chunk).unwrap();
            w.flush().unwrap();
        }
    });
    let got = follow_input(
        path.to_str().unwrap(),
        &SourceOptions::default(),
        &spec(1_000, None),
    )
    .unwrap();
    writer.join().unwrap();
    let (offline, _) = decode(&live("claim_aac.flv"));
    assert_eq!(got.samples.len(), offline.len());
    assert!(
        got.end.is_none(),
        "idle is how a finished recording ends: {:?}",
        got.end
    );
    assert_eq!(got.copy.as_deref(), Some(path.as_path()));
}

/// Serves `bytes` once as a close-delimited HTTP response (no Content-Length), in chunks
/// with pauses, as a live HTTP-FLV CDN does; stops after `cut` bytes when given.
fn serve_live_flv(bytes: Vec<u8>, cut: Option<usize>) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}/live/room.flv?token=SECRET",
        listener.local_addr().unwrap().port()
    );
    let handle = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        let mut buf = [0u8; 4096];
        let _ = conn.read(&mut buf);
        conn.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: video/x-flv\r\nConnection: close\r\n\r\n",
        )
        .unwrap();
        let end = cut.unwrap_or(bytes.len());
        for chunk in bytes[..end].chunks(bytes.len() / 8 + 1) {
            if conn.write_all(chunk).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    (url, handle)
}

fn loopback() -> SourceOptions {
    SourceOptions {
        allow_loopback: true,
        read_timeout: Duration::from_secs(5),
        ..SourceOptions::default()
    }
}

#[test]
fn an_http_flv_stream_is_heard_to_its_end_and_kept() {
    let bytes = std::fs::read(live("claim_aac.flv")).unwrap();
    let (url, server) = serve_live_flv(bytes.clone(), None);
    let dir = tempfile::tempdir().unwrap();
    let got = follow_input(&url, &loopback(), &spec(5_000, Some(dir.path().join("c")))).unwrap();
    server.join().unwrap();
    let (offline, _) = decode(&live("claim_aac.flv"));
    assert_eq!(got.samples.len(), offline.len());
    let copy = got.copy.unwrap();
    assert_eq!(copy.file_name().unwrap(), "recording.flv");
    assert_eq!(
        std::fs::read(copy).unwrap(),
        bytes,
        "the copy is the bytes received"
    );
}

#[test]
fn an_http_flv_stream_cut_off_mid_tag_keeps_what_was_heard() {
    let bytes = std::fs::read(live("claim_aac.flv")).unwrap();
    let cut = bytes.len() / 2 + 3;
    let (url, server) = serve_live_flv(bytes, Some(cut));
    let got = follow_input(&url, &loopback(), &spec(5_000, None)).unwrap();
    server.join().unwrap();
    let (offline, _) = decode(&live("claim_aac.flv"));
    assert!(got.samples.len() > offline.len() / 3 && got.samples.len() < offline.len());
    assert!(got.report.truncated || got.report.finished);
}

/// A room served from a folder as a live playlist of 8 s speech segments (the claim clip,
/// each spliced on with EXT-X-DISCONTINUITY), target duration 1 s. `listed` is the window the
/// playlist shows: (first sequence number, count).
fn write_room(dir: &Path, first: u64, count: u64) {
    let mut text = format!(
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:{first}\n"
    );
    for i in first..first + count {
        text.push_str(&format!("#EXT-X-DISCONTINUITY\n#EXTINF:8.0,\nseg{i}.ts\n"));
    }
    let tmp = dir.join("index.m3u8.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(tmp, dir.join("index.m3u8")).unwrap();
}

/// Issue 26: a followed room whose window outran the reader, spliced at every segment and
/// stopped without ENDLIST leaves a complete pack: findings printed while it was followed,
/// every gap in findings.json, a copy that ends, evidence that verifies, and the finished
/// document equal to an offline audit of the copy.
#[test]
fn a_followed_room_leaves_a_complete_pack_with_its_gaps() {
    if !common::have_model("a_followed_room_leaves_a_complete_pack_with_its_gaps") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let room = work.path().join("room");
    std::fs::create_dir(&room).unwrap();
    for i in 0..8 {
        std::fs::copy(live("claim_aac.ts"), room.join(format!("seg{i}.ts"))).unwrap();
    }
    write_room(&room, 0, 1);
    let r = room.clone();
    let publisher = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(1500));
        write_room(&r, 0, 2);
        std::thread::sleep(Duration::from_millis(2500));
        // seg2 and seg3 slide off before the reader reloads.
        write_room(&r, 4, 2);
        std::thread::sleep(Duration::from_millis(2500));
        write_room(&r, 4, 3);
        // Then the room stops, without ENDLIST.
    });
    let out = work.path().join("out");
    let playlist = room.join("index.m3u8");
    let (playlist, out_s) = (playlist.to_str().unwrap(), out.to_str().unwrap());
    let run = common::liveaudit(&[
        "audit",
        "--follow",
        "--idle",
        "4s",
        "--threads",
        "2",
        playlist,
        "--out",
        out_s,
    ]);
    publisher.join().unwrap();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let stdout = &run.stdout;
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(events.iter().any(|e| e["event"] == "finding"), "{stdout}");

    let doc = common::read_json(&out.join("room/findings.json"));
    let kinds: Vec<&str> = doc["input"]["coverage_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["kind"].as_str().unwrap())
        .collect();
    for kind in ["missed_segments", "discontinuity", "ended_early"] {
        assert!(kinds.contains(&kind), "{kind} not in {kinds:?}");
    }
    let missed = doc["input"]["coverage_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["kind"] == "missed_segments")
        .unwrap();
    assert_eq!(missed["start_ms"], 16_000, "{missed}");
    assert_eq!(missed["end_ms"], 32_000, "{missed}");
    // Every finding printed while following is in the finished document as printed.
    for e in events.iter().filter(|e| e["event"] == "finding") {
        let id = &e["finding"]["id"];
        let f = doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| &f["id"] == id)
            .unwrap_or_else(|| panic!("{id} printed but not in the document"));
        assert_eq!(f["quote"], e["finding"]["quote"]);
        assert_eq!(f["start_ms"], e["finding"]["start_ms"]);
    }
    // The report draws the gaps.
    let html = std::fs::read_to_string(out.join("room/report.html")).unwrap();
    assert!(html.contains("tl-gap") && html.contains("slid off the live playlist"));

    // The copy is finished and holds the loss as a gap; the pack verifies against it.
    let copy = out.join("room.live/index.m3u8");
    let text = std::fs::read_to_string(&copy).unwrap();
    assert!(
        text.ends_with("#EXT-X-ENDLIST\n") && text.contains("#EXT-X-GAP"),
        "{text}"
    );
    let verify = common::liveaudit(&["evidence", "verify", &format!("{out_s}/room")]);
    assert_eq!(verify.code, 0, "{}", verify.stdout);

    // The finished document is the offline audit of the copy.
    let offline = work.path().join("offline");
    let run = common::liveaudit(&[
        "--quiet",
        "audit",
        "--threads",
        "2",
        "--no-evidence",
        copy.to_str().unwrap(),
        "--out",
        offline.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let whole = common::read_json(&offline.join("room.live/findings.json"));
    assert_eq!(doc["transcript"], whole["transcript"]);
    assert_eq!(without_clips(&doc["findings"]), whole["findings"]);
}

/// Findings without their evidence references (the offline comparison cuts no clips).
fn without_clips(findings: &serde_json::Value) -> serde_json::Value {
    let mut f = findings.clone();
    for x in f.as_array_mut().unwrap() {
        x.as_object_mut().unwrap().remove("evidence");
    }
    f
}
