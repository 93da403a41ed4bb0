//! `liveaudit enqueue` and `liveaudit queue stats|dead|retry`: operating the job queue.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::args::{EnqueueArgs, QueueCommand};
use super::context::{Context, ExitOutcome};
use super::settings::{check_enqueue, UsageError};
use crate::failure::Classify;
use crate::queue::job::{uri_scheme, JOB_SCHEMA_V1};
use crate::queue::{JobMessage, Queue, QueueOptions};

/// A fresh job id: the input's stem and 12 hex digits.
fn new_job_id(uri: &str) -> String {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let stem: String = uri
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .split(['.', '?', '#'])
        .next()
        .unwrap_or("")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let mut h = Sha256::new();
    h.update(uri.as_bytes());
    h.update(format!("{:?}", std::time::SystemTime::now()).as_bytes());
    h.update(std::process::id().to_le_bytes());
    h.update(
        COUNTER
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            .to_le_bytes(),
    );
    let suffix = &hex::encode(h.finalize())[..12];
    if stem.is_empty() {
        format!("job-{suffix}")
    } else {
        format!("{stem}-{suffix}")
    }
}

/// A job for one command-line input; local paths become absolute file:// URIs.
fn job_for_input(args: &EnqueueArgs, input: &str) -> Result<JobMessage, String> {
    let uri = match uri_scheme(input).as_deref() {
        Some("http" | "https" | "file") => input.to_string(),
        Some(s) => return Err(format!("unsupported scheme {s:?}")),
        None => {
            let p = Path::new(input)
                .canonicalize()
                .map_err(|e| format!("cannot open: {e}"))?;
            if !p.is_file() {
                return Err("not a file".into());
            }
            format!("file://{}", p.display())
        }
    };
    let mut job = JobMessage::new(
        args.job_id.clone().unwrap_or_else(|| new_job_id(&uri)),
        uri.clone(),
    );
    job.priority = args.priority;
    job.stream.platform = args.platform.clone();
    job.stream.room = args.room.clone();
    job.stream.streamer = args.streamer.clone();
    job.stream.started_at = args.started_at.clone();
    job.rule_pack = args.rule_pack.clone();
    if args.follow.follow {
        job.follow = Some(crate::queue::FollowJob {
            idle_secs: args.follow.idle.map_or(60, |d| d.as_secs().max(1)),
            max_duration_secs: args.follow.max_duration.map(|d| d.as_secs().max(1)),
        });
    }
    for h in &args.headers {
        let (k, v) = h
            .split_once(':')
            .ok_or_else(|| format!("--header {h:?}: expected `Name: value`"))?;
        job.source
            .headers
            .insert(k.trim().to_string(), v.trim().to_string());
    }
    if args.hash && uri.starts_with("file://") {
        let path = crate::source::input::local_path(&uri);
        let (sha, _) = crate::source::digest::sha256_file(&path).map_err(|e| e.to_string())?;
        job.source.sha256 = Some(sha);
    }
    job.validate().map_err(|e| e.to_string())?;
    Ok(job)
}

/// A job from one JSONL line; `schema` and `job_id` are filled in when missing.
fn job_from_line(line: &str) -> Result<JobMessage, String> {
    let mut v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let obj = v.as_object_mut().ok_or("not a JSON object")?;
    obj.entry("schema").or_insert_with(|| JOB_SCHEMA_V1.into());
    if !obj.contains_key("job_id") {
        let uri = obj
            .get("source")
            .and_then(|s| s.get("uri"))
            .and_then(|u| u.as_str())
            .unwrap_or("");
        obj.insert("job_id".into(), new_job_id(uri).into());
    }
    JobMessage::parse(v.to_string().as_bytes()).map_err(|e| e.to_string())
}

fn read_jsonl(path: &Path) -> anyhow::Result<Vec<(String, Result<JobMessage, String>)>> {
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        let f = std::fs::File::open(path)
            .map_err(|e| UsageError(format!("--jsonl {}: {e}", path.display())))?;
        Box::new(std::io::BufReader::new(f))
    };
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        out.push((
            format!("{} line {}", path.display(), i + 1),
            job_from_line(&line),
        ));
    }
    Ok(out)
}

async fn open(url: &str) -> anyhow::Result<Queue> {
    Queue::open(url, QueueOptions::default())
        .await
        .map_err(|e| {
            if e.is_bad_input() {
                UsageError(e.to_string()).into()
            } else {
                anyhow::Error::from(e)
            }
        })
}

/// `liveaudit enqueue --queue URL INPUT...`.
pub(super) fn run_enqueue(_ctx: &Context, args: EnqueueArgs) -> anyhow::Result<ExitOutcome> {
    check_enqueue(&args)?;
    let mut jobs: Vec<(String, Result<JobMessage, String>)> = args
        .inputs
        .iter()
        .map(|i| (i.clone(), job_for_input(&args, i)))
        .collect();
    if let Some(path) = &args.jsonl {
        jobs.extend(read_jsonl(path)?);
    }
    let rt = super::context::runtime()?;
    rt.block_on(async {
        let queue = open(&args.queue).await?;
        let mut outcome = ExitOutcome::Success;
        for (what, job) in jobs {
            match job {
                Ok(job) => {
                    queue.enqueue(&job).await?;
                    println!("{}\t{}", job.job_id, job.source.uri);
                }
                Err(e) => {
                    eprintln!("error: {what}: {e}");
                    outcome = outcome.worst(ExitOutcome::BadInput);
                }
            }
        }
        Ok(outcome)
    })
}

/// `liveaudit queue stats|dead|retry`.
pub(super) fn run_queue(_ctx: &Context, cmd: QueueCommand) -> anyhow::Result<ExitOutcome> {
    let rt = super::context::runtime()?;
    rt.block_on(async {
        match cmd {
            QueueCommand::Stats { queue, json } => {
                let s = open(&queue).await?.stats().await?;
                if json {
                    println!("{}", serde_json::to_string(&s)?);
                } else {
                    println!(
                        "{}: {} waiting, {} in flight, {} dead, {} results",
                        s.backend, s.waiting, s.in_flight, s.dead, s.results
                    );
                }
                Ok(ExitOutcome::Success)
            }
            QueueCommand::Dead { queue, limit, json } => {
                for d in open(&queue).await?.dead_letters(limit).await? {
                    if json {
                        println!("{}", serde_json::to_string(&d)?);
                    } else {
                        println!("{}\tattempts {}\t{}", d.id, d.attempts, d.reason);
                    }
                }
                Ok(ExitOutcome::Success)
            }
            QueueCommand::Retry { queue, ids } => {
                let q = open(&queue).await?;
                let mut outcome = ExitOutcome::Success;
                let mut seen = BTreeMap::new();
                for id in ids {
                    if seen.insert(id.clone(), ()).is_some() {
                        continue;
                    }
                    match q.retry_dead(&id).await {
                        Ok(()) => println!("requeued {id}"),
                        Err(e) if e.is_bad_input() => {
                            eprintln!("error: {e}");
                            outcome = outcome.worst(ExitOutcome::BadInput);
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
                Ok(outcome)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_ids_are_valid_and_distinct() {
        let a = new_job_id("https://h/rec/room 42.flv?x=1");
        let b = new_job_id("https://h/rec/room 42.flv?x=1");
        assert!(a.starts_with("room_42-"), "{a}");
        let valid = crate::queue::job::valid_job_id;
        assert!(valid(&a) && valid(&b));
        assert_ne!(a, b);
        assert!(new_job_id("").starts_with("job-"));
    }

    #[test]
    fn jsonl_lines_fill_in_schema_and_id() {
        let j = job_from_line(r#"{"source":{"uri":"https://h/a.flv"},"priority":9}"#).unwrap();
        assert_eq!(j.schema, JOB_SCHEMA_V1);
        assert!(j.job_id.starts_with("a-"));
        assert!(job_from_line(r#"{"source":{"uri":""}}"#)
            .unwrap_err()
            .contains("source.uri"));
        assert!(job_from_line("[1]").is_err());
    }
}
