//! Scheduler and audit-core tests with a fake transcriber: ordering, failures, panics and
//! cancellation checked in milliseconds, without the Whisper model.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::decode::{DecodeMsg, WindowFeed};
use super::*;
use crate::asr::{AsrError, AudioWindow, Transcriber};
use crate::media::{DecodeReport, MediaError, MediaInfo};
use crate::sinks::{Chain, Delivered, Recording, ResultSink, SinkError};
use crate::transcript::Segment;

/// Answers every window with one segment naming its start, after a delay that varies by
/// window so results come back out of order; fails or panics on request.
pub(crate) struct FakeTranscriber {
    pub delay_ms: u64,
    pub fail_at_ms: Option<u64>,
    pub panic_at_ms: Option<u64>,
    pub text: String,
    pub calls: Arc<AtomicUsize>,
}

impl FakeTranscriber {
    pub fn new(delay_ms: u64) -> FakeTranscriber {
        FakeTranscriber {
            delay_ms,
            fail_at_ms: None,
            panic_at_ms: None,
            text: String::new(),
            calls: Arc::new(AtomicUsize::new(0)),
        }
    }
}

impl Transcriber for FakeTranscriber {
    fn settings(&self) -> String {
        format!("fake text={:?}", self.text)
    }

    fn transcribe(&mut self, w: &AudioWindow) -> Result<Vec<Segment>, AsrError> {
        self.calls.fetch_add(1, Ordering::Relaxed);
        let start = w.start_ms();
        std::thread::sleep(Duration::from_millis(
            self.delay_ms * (1 + start / 1000 % 3),
        ));
        if self.panic_at_ms == Some(start) {
            panic!("fake transcriber panics at {start} ms");
        }
        if self.fail_at_ms == Some(start) {
            return Err(AsrError::Inference {
                offset_ms: start,
                reason: "fake inference failure".into(),
            });
        }
        let text = if self.text.is_empty() {
            format!("w{start}")
        } else {
            self.text.clone()
        };
        Ok(vec![Segment::new(start, w.end_ms(), text)])
    }
}

fn info() -> MediaInfo {
    MediaInfo {
        container: "wav".into(),
        codec: "pcm".into(),
        sample_rate: 16_000,
        channels: 1,
        duration_ms: None,
    }
}

/// A feed of `n` one-second loud windows, one every two seconds; `fail_after` ends it with a
/// decode error after that many windows.
fn feed(n: u64, fail_after: Option<u64>) -> WindowFeed {
    Box::new(move |send| {
        if !send(DecodeMsg::Info(info())) {
            return;
        }
        for i in 0..n {
            if fail_after == Some(i) {
                let e = MediaError::Malformed {
                    path: "fake".into(),
                    container: "wav".into(),
                    detail: "cut off".into(),
                };
                send(DecodeMsg::Failed(e.into()));
                return;
            }
            let w = AudioWindow::contiguous(i * 32_000, vec![0.1; 16_000]);
            if !send(DecodeMsg::Window(w)) {
                return;
            }
        }
        send(DecodeMsg::Done(DecodeReport::default()));
    })
}

fn item(label: &str, feed: WindowFeed) -> ScheduledItem {
    ScheduledItem {
        label: label.into(),
        feed,
        journal: None,
        live: false,
    }
}

/// `item` with a transcript journal at `path`.
fn journaled(
    label: &str,
    feed: WindowFeed,
    path: &std::path::Path,
    resume: journal::Resume,
) -> ScheduledItem {
    let header = journal::JournalHeader {
        schema: journal::JOURNAL_SCHEMA.into(),
        input: label.into(),
        input_sha256: None,
        model: "fake".into(),
        model_sha256: "0".repeat(64),
        settings_sha256: journal::settings_sha256("fake"),
    };
    let spec = journal::JournalSpec {
        path: path.to_path_buf(),
        resume,
    };
    ScheduledItem {
        journal: Some(journal::open(&spec, &header).unwrap()),
        ..item(label, feed)
    }
}

/// Issue 22: an audit stopped part-way resumes from its journal; journaled windows are not
/// transcribed again and the transcript equals an uninterrupted one, with one state or a
/// pool whose windows finish out of order.
#[test]
fn a_stopped_recording_resumes_from_its_journal() {
    let expected: Vec<String> = (0..7).map(|i| format!("w{}", i * 2000)).collect();
    for (states, opts) in [
        (1, ScheduleOptions::sequential()),
        (3, ScheduleOptions::for_pool(3)),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.journal.jsonl");
        // The first run dies at window 4 (as a killed process would, part-way).
        let mut dying = FakeTranscriber::new(1);
        dying.fail_at_ms = Some(8000);
        let first = journaled("r", feed(7, None), &path, journal::Resume::Never);
        let r = schedule(vec![first], &mut [dying], ScheduleOptions::sequential());
        assert!(r[0].as_ref().unwrap().is_err());

        let mut pool: Vec<_> = (0..states).map(|_| FakeTranscriber::new(2)).collect();
        let calls: Vec<_> = pool.iter().map(|t| t.calls.clone()).collect();
        let again = journaled("r", feed(7, None), &path, journal::Resume::Required);
        let out = schedule(vec![again], &mut pool, opts).remove(0);
        let out = out.unwrap().expect("resumed");
        assert_eq!(texts(&out), expected, "{states} states");
        assert_eq!(out.windows, 7);
        let transcribed: usize = calls.iter().map(|c| c.load(Ordering::Relaxed)).sum();
        assert_eq!(
            transcribed, 3,
            "only windows 4-6 are transcribed again ({states} states)"
        );

        // A third run finds every window journaled.
        let mut idle = FakeTranscriber::new(1);
        let idle_calls = idle.calls.clone();
        let third = journaled("r", feed(7, None), &path, journal::Resume::Required);
        let out = schedule(
            vec![third],
            std::slice::from_mut(&mut idle),
            ScheduleOptions::sequential(),
        );
        assert_eq!(texts(out[0].as_ref().unwrap().as_ref().unwrap()), expected);
        assert_eq!(idle_calls.load(Ordering::Relaxed), 0);
    }
}

/// Runs the scheduler; returns each recording's result.
fn schedule(
    items: Vec<ScheduledItem>,
    pool: &mut [FakeTranscriber],
    opts: ScheduleOptions,
) -> Vec<Option<Result<TranscribeOutput, AuditError>>> {
    let mut results: Vec<_> = items.iter().map(|_| None).collect();
    let mut refs: Vec<&mut dyn Transcriber> =
        pool.iter_mut().map(|t| t as &mut dyn Transcriber).collect();
    transcribe_all(items, &opts, &mut refs, &mut |rec, e| {
        if let ScheduleEvent::Finished(r) = e {
            assert!(results[rec].is_none(), "recording {rec} finished twice");
            results[rec] = Some(*r);
        }
    });
    results
}

fn texts(out: &TranscribeOutput) -> Vec<String> {
    out.segments.iter().map(|s| s.text.clone()).collect()
}

#[test]
fn windows_come_back_in_order_whatever_the_pool_size() {
    let expected: Vec<String> = (0..7).map(|i| format!("w{}", i * 2000)).collect();
    for (states, opts) in [
        (1, ScheduleOptions::sequential()),
        (3, ScheduleOptions::for_pool(3)),
    ] {
        let items = (0..4)
            .map(|i| item(&format!("r{i}"), feed(7, None)))
            .collect();
        let mut pool: Vec<_> = (0..states).map(|_| FakeTranscriber::new(2)).collect();
        for (i, r) in schedule(items, &mut pool, opts).into_iter().enumerate() {
            let out = r.expect("finished").expect("succeeded");
            assert_eq!(texts(&out), expected, "recording {i} with {states} states");
            assert_eq!(out.windows, 7);
            assert_eq!(out.audio_ms, 13_000);
            assert_eq!(out.speech_spans.len(), 7);
        }
    }
}

#[test]
fn a_failing_recording_is_reported_alone() {
    let items = vec![
        item("good1", feed(3, None)),
        item("broken", feed(5, Some(2))),
        item("good2", feed(3, None)),
    ];
    let mut pool: Vec<_> = (0..2).map(|_| FakeTranscriber::new(1)).collect();
    let results = schedule(items, &mut pool, ScheduleOptions::for_pool(2));
    assert!(results[0].as_ref().unwrap().is_ok());
    let err = results[1].as_ref().unwrap().as_ref().unwrap_err();
    assert!(
        matches!(err, AuditError::Media(MediaError::Malformed { .. })),
        "{err}"
    );
    assert!(err.is_bad_input());
    assert!(results[2].as_ref().unwrap().is_ok());
}

#[test]
fn an_inference_error_fails_its_recording_only() {
    let items = vec![item("a", feed(4, None)), item("b", feed(2, None))];
    let mut t = FakeTranscriber::new(1);
    t.fail_at_ms = Some(4000);
    let results = schedule(items, &mut [t], ScheduleOptions::sequential());
    let err = results[0].as_ref().unwrap().as_ref().unwrap_err();
    assert!(matches!(err, AuditError::Asr(_)), "{err}");
    assert_eq!(
        texts(results[1].as_ref().unwrap().as_ref().unwrap()),
        ["w0", "w2000"]
    );
}

#[test]
fn a_panicking_decoder_fails_its_recording_and_the_rest_go_on() {
    let panicking: WindowFeed = Box::new(|send| {
        send(DecodeMsg::Info(info()));
        panic!("decoder bug");
    });
    let items = vec![item("bad", panicking), item("good", feed(2, None))];
    let results = schedule(
        items,
        &mut [FakeTranscriber::new(1)],
        ScheduleOptions::for_pool(1),
    );
    let err = results[0].as_ref().unwrap().as_ref().unwrap_err();
    assert!(matches!(err, AuditError::DecoderCrashed(_)), "{err}");
    assert!(results[1].as_ref().unwrap().is_ok());
}

#[test]
fn a_panicking_transcriber_ends_the_batch_with_every_recording_reported() {
    let items = (0..3)
        .map(|i| item(&format!("r{i}"), feed(4, None)))
        .collect();
    let mut t = FakeTranscriber::new(1);
    t.panic_at_ms = Some(2000);
    let results = schedule(items, &mut [t], ScheduleOptions::sequential());
    for r in &results {
        let err = r.as_ref().expect("reported").as_ref().unwrap_err();
        assert!(matches!(err, AuditError::TranscriberCrashed(_)), "{err}");
    }
}

#[test]
fn a_failed_recording_stops_its_queued_windows() {
    // The first window fails; the other 49 must not all be transcribed.
    let mut t = FakeTranscriber::new(1);
    t.fail_at_ms = Some(0);
    let calls = t.calls.clone();
    let results = schedule(
        vec![item("long", feed(50, None))],
        &mut [t],
        ScheduleOptions::sequential(),
    );
    assert!(results[0].as_ref().unwrap().is_err());
    assert!(
        calls.load(Ordering::Relaxed) < 10,
        "{} windows transcribed",
        calls.load(Ordering::Relaxed)
    );
}

/// Collects what reaches it.
#[derive(Clone, Default)]
struct Collect(Arc<Mutex<Vec<(Recording, FindingsDocSummary)>>>);

type FindingsDocSummary = (String, usize, Option<String>);

impl ResultSink for Collect {
    fn deliver(
        &mut self,
        rec: &mut Recording,
        doc: &mut crate::findings::FindingsDoc,
    ) -> Result<Delivered, SinkError> {
        let first_clock = doc.findings.first().and_then(|f| f.wall_clock.clone());
        self.0.lock().unwrap().push((
            rec.clone(),
            (doc.input.sha256.clone(), doc.findings.len(), first_clock),
        ));
        Ok(Delivered::Done)
    }
}

/// An auditor with the built-in rules and a fake model identity.
pub(crate) fn auditor() -> Auditor {
    let pack = crate::rules::RulePack::builtin().unwrap();
    let rules = crate::rules::RuleEngine::new(&pack).unwrap();
    let info = crate::findings::EngineInfo {
        version: crate::ENGINE_VERSION.into(),
        model: "fake".into(),
        model_sha256: String::new(),
        rule_pack: pack.name().into(),
        rule_pack_version: pack.version().into(),
        rule_pack_sha256: pack.sha256(),
    };
    Auditor::new(rules, info)
}

/// Path of a file in tests/fixtures.
pub(crate) fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_auditor_checks_rules_sets_times_and_feeds_the_sinks() {
    let auditor = auditor();
    let mut t = FakeTranscriber::new(0);
    t.text = "这款面霜全网最低价，销量第一".into();
    let collect = Collect::default();
    let mut sinks = Chain::new().then(collect.clone());
    let mut input = AuditInput::new(fixture("real/aishell1_BAC009S0764W0121.wav"), "a");
    input.started_at =
        Some(chrono::DateTime::parse_from_rfc3339("2026-03-01T20:00:00+08:00").unwrap());
    let audited = auditor
        .run_one(input, &mut t, &mut sinks, &mut |_| {})
        .expect("audited");
    assert!(!audited.doc.findings.is_empty());
    assert_eq!(audited.delivered, Delivered::Done);
    let got = collect.0.lock().unwrap();
    let (rec, (sha, n, clock)) = &got[0];
    assert_eq!(rec.name, "a");
    assert!(rec.local_file.is_some());
    assert_eq!(sha.len(), 64);
    assert_eq!(*n, audited.doc.findings.len());
    assert!(
        clock.as_deref().unwrap().starts_with("2026-03-01T20:00"),
        "{clock:?}"
    );
}

#[test]
fn bad_references_fail_in_their_place_without_stopping_the_others() {
    let auditor = auditor();
    let collect = Collect::default();
    let mut sinks = Chain::new().then(collect.clone());
    let inputs = vec![
        AuditInput::new(fixture("real/aishell1_BAC009S0764W0121.wav"), "a"),
        AuditInput::new("ftp://host/x.flv", "b"),
        AuditInput::new(fixture("does-not-exist.flv"), "c"),
        AuditInput::new(fixture("real/aishell1_BAC009S0764W0122.wav"), "d"),
    ];
    let mut order = Vec::new();
    let mut t = FakeTranscriber::new(0);
    auditor.run(
        inputs,
        &mut [&mut t],
        &ScheduleOptions::sequential(),
        &mut sinks,
        &mut |i, e| {
            if let AuditEvent::Finished(r) = e {
                order.push((
                    i,
                    r.as_ref()
                        .as_ref()
                        .map(|_| ())
                        .map_err(|e| (e.is_bad_input(), e.to_string())),
                ));
            }
        },
    );
    assert_eq!(
        order.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        [0, 1, 2, 3]
    );
    let (bad, msg) = order[1].1.clone().unwrap_err();
    assert!(bad && msg.contains("unsupported URL scheme 'ftp'"), "{msg}");
    let (bad, msg) = order[2].1.clone().unwrap_err();
    assert!(bad && msg.contains("no such file"), "{msg}");
    assert_eq!(collect.0.lock().unwrap().len(), 2);
}
