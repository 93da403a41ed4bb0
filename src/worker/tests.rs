//! The worker in-process: a real sqlite queue, fake transcribers, and shutdown driven by a
//! future the test completes, as the CLI's signal handler does.

use std::sync::atomic::AtomicUsize;
use std::time::{Duration, Instant};

use super::*;
use crate::pipeline::tests::{auditor, fixture, FakeTranscriber};
use crate::queue::JobMessage;

const CLIP: &str = "real/aishell1_BAC009S0764W0121.wav";

fn config(dir: &std::path::Path, grace: Duration) -> WorkerConfig {
    WorkerConfig {
        queue_url: format!("sqlite://{}", dir.join("q.db").display()),
        queue: QueueOptions::default(),
        concurrency: 1,
        out_dir: Some(dir.join("out")),
        webhook: None,
        grace,
        listen: None,
        exit_when_empty: false,
        retry_base: Duration::from_millis(100),
        retry_max: Duration::from_secs(1),
        allow_private_sources: false,
        source_root: Some(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .canonicalize()
                .unwrap(),
        ),
        job_deadline: Duration::from_secs(3600),
        max_audio: Duration::from_secs(3600),
        journal_dir: Some(dir.join("out")),
    }
}

/// A worker with one transcriber taking `delay_ms` per window, two jobs queued, the sender
/// that stops it, the queue, and the transcriber's call count.
async fn start(
    dir: &std::path::Path,
    grace: Duration,
    delay_ms: u64,
) -> (
    tokio::task::JoinHandle<Result<Summary, WorkerError>>,
    tokio::sync::oneshot::Sender<()>,
    Queue,
    Arc<AtomicUsize>,
) {
    let cfg = config(dir, grace);
    let queue = Queue::open(&cfg.queue_url, cfg.queue.clone())
        .await
        .unwrap();
    for id in ["job-a", "job-b"] {
        queue
            .enqueue(&JobMessage::new(id, fixture(CLIP)))
            .await
            .unwrap();
    }
    let mut t = FakeTranscriber::new(delay_ms);
    t.text = "今天全网最低价".into();
    let calls = t.calls.clone();
    let engine = Engine::new(auditor(), vec![Box::new(t)]);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let worker_queue = Queue::open(&cfg.queue_url, cfg.queue.clone())
        .await
        .unwrap();
    let shutdown = async move {
        let _ = stop_rx.await;
    };
    let handle = tokio::spawn(run(cfg, engine, worker_queue, shutdown));
    (handle, stop_tx, queue, calls)
}

/// Runs a worker with `exit_when_empty` until the queue is drained (at most `limit`).
async fn drain_queue(mut cfg: WorkerConfig, engine: Engine, limit: Duration) -> Summary {
    cfg.exit_when_empty = true;
    let queue = Queue::open(&cfg.queue_url, cfg.queue.clone())
        .await
        .unwrap();
    tokio::time::timeout(limit, run(cfg, engine, queue, std::future::pending()))
        .await
        .expect("the worker drains the queue")
        .unwrap()
}

/// Waits until the worker holds both jobs and one of them is transcribing (the other
/// waits for the state). Both leased is not enough: the first job may not have taken the
/// state yet, and a job without it is given back on stop.
async fn until_in_flight(queue: &Queue, calls: &AtomicUsize) {
    let t0 = Instant::now();
    while queue.stats().await.unwrap().in_flight < 2 || calls.load(Ordering::Relaxed) == 0 {
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "the jobs were not fetched"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_shutdown_the_running_job_finishes_and_the_held_one_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (handle, stop, queue, calls) = start(dir.path(), Duration::from_secs(30), 300).await;
    until_in_flight(&queue, &calls).await;
    stop.send(()).unwrap();
    let summary = tokio::time::timeout(Duration::from_secs(30), handle)
        .await
        .expect("the worker stops")
        .unwrap()
        .unwrap();
    let done = summary.outcomes.get("done").copied().unwrap_or(0);
    let released = summary.outcomes.get("released").copied().unwrap_or(0);
    assert_eq!((done, released), (1, 1), "{:?}", summary.outcomes);
    let stats = queue.stats().await.unwrap();
    assert_eq!(
        (stats.waiting, stats.in_flight, stats.results),
        (1, 0, 1),
        "{stats:?}"
    );
    // The finished job's files are complete.
    let out = dir.path().join("out");
    let written: Vec<_> = std::fs::read_dir(&out).unwrap().flatten().collect();
    assert_eq!(written.len(), 1);
    let doc = written[0].path().join("findings.json");
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(doc).unwrap()).unwrap();
    assert!(!doc["findings"].as_array().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_grace_period_unfinished_jobs_are_released() {
    let dir = tempfile::tempdir().unwrap();
    let (handle, stop, queue, calls) = start(dir.path(), Duration::from_millis(200), 3000).await;
    until_in_flight(&queue, &calls).await;
    let t0 = Instant::now();
    stop.send(()).unwrap();
    let summary = tokio::time::timeout(Duration::from_secs(10), handle)
        .await
        .expect("the worker stops")
        .unwrap()
        .unwrap();
    assert!(t0.elapsed() < Duration::from_secs(3), "{:?}", t0.elapsed());
    assert_eq!(summary.outcomes.get("done"), None, "{:?}", summary.outcomes);
    assert_eq!(
        summary.outcomes.get("released"),
        Some(&2),
        "{:?}",
        summary.outcomes
    );
    // The abandoned audit ends on its blocking thread without delivering anything.
    tokio::time::sleep(Duration::from_millis(6500)).await;
    let stats = queue.stats().await.unwrap();
    assert_eq!(
        (stats.waiting, stats.in_flight, stats.results),
        (2, 0, 0),
        "{stats:?}"
    );
    // Nothing delivered: at most the jobs' transcript journals, for their redelivery.
    let delivered: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".journal.jsonl"))
        .collect();
    assert!(delivered.is_empty(), "{delivered:?}");
}

/// Issue 20, item 10: a job may name a local recording only under `--source-root`; anything
/// else (another folder, `/etc/passwd`, a `..` walk) is dead-lettered without being read, and
/// without a root every local path is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_cannot_name_local_files_outside_the_source_root() {
    let dir = tempfile::tempdir().unwrap();
    let inside = fixture(CLIP);
    let walk_out = format!("{}/../../Cargo.toml", fixture("real"));
    for (root, jobs) in [
        (
            true,
            vec![
                ("passwd", "/etc/passwd".to_string()),
                ("walk", walk_out.clone()),
                ("uri", "file:///etc/hostname".to_string()),
            ],
        ),
        (false, vec![("plain", inside.clone())]),
    ] {
        let mut cfg = config(dir.path(), Duration::from_secs(5));
        cfg.queue_url = format!(
            "sqlite://{}",
            dir.path().join(format!("q-{root}.db")).display()
        );
        if !root {
            cfg.source_root = None;
        }
        let queue = Queue::open(&cfg.queue_url, cfg.queue.clone())
            .await
            .unwrap();
        for (id, uri) in &jobs {
            queue
                .enqueue(&JobMessage::new(*id, uri.clone()))
                .await
                .unwrap();
        }
        let engine = Engine::new(auditor(), vec![Box::new(FakeTranscriber::new(0))]);
        let summary = drain_queue(cfg, engine, Duration::from_secs(30)).await;
        assert_eq!(
            summary.outcomes.get("dead"),
            Some(&(jobs.len() as u64)),
            "{:?}",
            summary.outcomes
        );
        let dead = queue.dead_letters(10).await.unwrap();
        for d in &dead {
            let expected = if root {
                "outside --source-root"
            } else {
                "local paths are refused"
            };
            assert!(d.reason.contains(expected), "{}", d.reason);
        }
    }
}

/// Issue 20, item 9: a job URI's credentials and signed query stay out of what the worker
/// writes and sends: findings.json, result.json and dead-letter reasons.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn job_uri_secrets_stay_out_of_outputs_and_dead_letters() {
    let clip = std::fs::read(fixture(CLIP)).unwrap();
    let app = axum::Router::new().route(
        "/rec/{name}",
        axum::routing::get(
            move |axum::extract::Path(name): axum::extract::Path<String>| {
                let clip = clip.clone();
                async move {
                    if name == "clip.wav" {
                        Ok(clip)
                    } else {
                        Err(axum::http::StatusCode::NOT_FOUND)
                    }
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path(), Duration::from_secs(5));
    cfg.allow_private_sources = true;
    let queue = Queue::open(&cfg.queue_url, cfg.queue.clone())
        .await
        .unwrap();
    let good = format!("http://agent:hunter2@{addr}/rec/clip.wav?token=s3cret");
    let gone = format!("http://agent:hunter2@{addr}/rec/gone.wav?token=s3cret");
    queue.enqueue(&JobMessage::new("good", good)).await.unwrap();
    queue.enqueue(&JobMessage::new("gone", gone)).await.unwrap();
    let mut t = FakeTranscriber::new(0);
    t.text = "全网最低价".into();
    let engine = Engine::new(auditor(), vec![Box::new(t)]);
    let summary = drain_queue(cfg, engine, Duration::from_secs(60)).await;
    assert_eq!(
        summary.outcomes.get("done"),
        Some(&1),
        "{:?}",
        summary.outcomes
    );
    let out = dir.path().join("out/good");
    for name in ["findings.json", "result.json"] {
        let text = std::fs::read_to_string(out.join(name)).unwrap();
        assert!(
            !text.contains("s3cret") && !text.contains("hunter2"),
            "{name}: {text}"
        );
        assert!(text.contains("/rec/clip.wav"), "{name}");
    }
    let dead = queue.dead_letters(10).await.unwrap();
    assert_eq!(dead.len(), 1, "{dead:?}");
    for d in dead {
        assert!(
            !d.reason.contains("s3cret") && !d.reason.contains("hunter2"),
            "{}",
            d.reason
        );
    }
}

/// Issue 20, item 11: a job has a budget. A recording longer than `--max-audio`, or a job past
/// `--job-deadline`, is dead-lettered with the reason instead of holding the worker.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_past_their_budget_are_dead_lettered_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    for (name, deadline, max_audio, expected) in [
        (
            "long",
            Duration::from_secs(3600),
            Duration::from_secs(1),
            "longer than the 1 s",
        ),
        (
            "late",
            Duration::ZERO,
            Duration::from_secs(3600),
            "past its deadline",
        ),
    ] {
        let mut cfg = config(dir.path(), Duration::from_secs(5));
        cfg.queue_url = format!(
            "sqlite://{}",
            dir.path().join(format!("{name}.db")).display()
        );
        cfg.job_deadline = deadline;
        cfg.max_audio = max_audio;
        let queue = Queue::open(&cfg.queue_url, cfg.queue.clone())
            .await
            .unwrap();
        queue
            .enqueue(&JobMessage::new(name, fixture(CLIP)))
            .await
            .unwrap();
        let engine = Engine::new(auditor(), vec![Box::new(FakeTranscriber::new(0))]);
        let summary = drain_queue(cfg, engine, Duration::from_secs(30)).await;
        assert_eq!(
            summary.outcomes.get("dead"),
            Some(&1),
            "{name}: {:?}",
            summary.outcomes
        );
        let dead = queue.dead_letters(10).await.unwrap();
        assert!(
            dead[0].reason.contains(expected),
            "{name}: {}",
            dead[0].reason
        );
        assert!(
            dead[0].reason.contains("aishell1_BAC009S0764W0121.wav"),
            "{}",
            dead[0].reason
        );
    }
}
