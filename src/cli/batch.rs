//! `audit --parallel N` and manifests: the command-line side of the batch scheduler
//! ([`crate::pipeline::batch`]).
//!
//! Why a module of its own: the sequential `audit` loop stays as it was (one state, one
//! recording after another); this file wires N whisper states over one loaded model to the
//! scheduler, opens every input the way the sequential path does (local files hashed before
//! decoding, URLs and playlists hashed while streaming), and finishes each recording (rules,
//! outputs, evidence) as soon as its last window is back.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget};

use super::audit::{finish_audit, on_progress, progress_bar, AuditJob};
use super::settings::{InputSpec, UsageError};
use crate::asr::{AsrConfig, Transcriber, WhisperModel};
use crate::findings::FindingsDoc;
use crate::media::{self, MediaError};
use crate::pipeline::batch::{transcribe_batch, BatchEvent, BatchItem, BatchOptions};
use crate::pipeline::{self, AuditError};

/// File endings read as manifests (lists of recordings) rather than recordings.
const TEXT_MANIFEST: &[&str] = &["txt", "list"];
const JSONL_MANIFEST: &[&str] = &["jsonl"];

/// Replaces manifest files among `inputs` with the recordings they list; other inputs pass
/// through unchanged, in order.
///
/// Manifest formats (decided by the file ending):
/// - `.txt` / `.list`: one recording (path, directory, playlist or URL) per line; blank lines
///   and lines starting with `#` are ignored.
/// - `.jsonl`: one JSON object per line with `"source"`: a string, or an object with `"uri"`
///   (so job messages written for `liveaudit enqueue --jsonl` work too); blank and `#` lines
///   are ignored.
///
/// Relative paths are taken from the manifest's own folder. A manifest that cannot be read or
/// parsed is an invocation error naming the file and line; a listed recording that does not
/// exist is reported as a bad input when its turn comes, like one given on the command line.
pub fn expand_manifests(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, UsageError> {
    let mut out = Vec::new();
    for input in inputs {
        let ext = input
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let jsonl = JSONL_MANIFEST.contains(&ext.as_str());
        if !(jsonl || TEXT_MANIFEST.contains(&ext.as_str())) || !input.is_file() {
            out.push(input.clone());
            continue;
        }
        let text = std::fs::read_to_string(input)
            .map_err(|e| UsageError(format!("cannot read manifest {}: {e}", input.display())))?;
        let base = input.parent().unwrap_or(Path::new(""));
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = if jsonl {
                jsonl_source(line).map_err(|e| {
                    UsageError(format!("manifest {} line {}: {e}", input.display(), n + 1))
                })?
            } else {
                line.to_string()
            };
            if crate::source::is_url(&entry) || Path::new(&entry).is_absolute() {
                out.push(PathBuf::from(entry));
            } else {
                out.push(base.join(entry));
            }
        }
    }
    Ok(out)
}

/// The recording named by one JSONL manifest line.
fn jsonl_source(line: &str) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let source = value
        .get("source")
        .ok_or("expected an object with \"source\"")?;
    let s = match source {
        serde_json::Value::String(s) => s.as_str(),
        serde_json::Value::Object(o) => o
            .get("uri")
            .and_then(|u| u.as_str())
            .ok_or("\"source\" object without a \"uri\" string")?,
        _ => return Err("\"source\" must be a string or {\"uri\": ...}".into()),
    };
    if s.trim().is_empty() {
        return Err("\"source\" is empty".into());
    }
    Ok(s.trim().to_string())
}

/// A local file's SHA-256 and size, or why it could not be read; filled on its decode thread.
type HashSlot = Arc<Mutex<Option<Result<(String, u64), AuditError>>>>;

/// Where an input's SHA-256 and size come from once it is transcribed.
enum SourceHash {
    /// A local file, hashed on its decode thread before decoding (or why it could not be:
    /// reported instead of the decode error, exactly as the sequential path reports it).
    File(HashSlot),
    /// A URL or playlist, hashed while it streams.
    Tap(crate::source::HashTap),
}

impl SourceHash {
    fn finish(&self, label: &str) -> Result<(String, u64), AuditError> {
        match self {
            SourceHash::File(slot) => slot
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take()
                .unwrap_or_else(|| Err(AuditError::DecoderCrashed(label.to_string()))),
            SourceHash::Tap(tap) => Ok(tap.finish()),
        }
    }

    /// The hashing error of a local file, which explains a failed open better than the
    /// placeholder the opener returned.
    fn take_error(&self) -> Option<AuditError> {
        match self {
            SourceHash::File(slot) => {
                let mut slot = slot.lock().unwrap_or_else(|p| p.into_inner());
                match slot.take() {
                    Some(Err(e)) => Some(e),
                    other => {
                        *slot = other;
                        None
                    }
                }
            }
            SourceHash::Tap(_) => None,
        }
    }
}

/// The scheduler item for `input` and where its hash will be.
fn batch_item(
    input: &InputSpec,
    sources: &crate::source::SourceOptions,
) -> (BatchItem, SourceHash) {
    let spec = input.path.to_string_lossy().into_owned();
    let label = crate::source::label(&spec).display().to_string();
    if crate::source::is_url(&spec) || crate::source::is_playlist_name(&spec) {
        let tap = crate::source::HashTap::new();
        let (t, opts) = (tap.clone(), sources.clone());
        let open = Box::new(move || crate::source::open(&spec, &opts, &t));
        return (BatchItem { label, open }, SourceHash::Tap(tap));
    }
    let slot: HashSlot = Arc::new(Mutex::new(None));
    let (path, s) = (input.path.clone(), slot.clone());
    let open = Box::new(move || {
        let hash = pipeline::sha256_file(&path);
        let failed = hash.as_ref().err().map(|e| MediaError::Internal {
            path: path.clone(),
            detail: e.to_string(),
        });
        *s.lock().unwrap_or_else(|p| p.into_inner()) = Some(hash);
        match failed {
            Some(e) => Err(e), // replaced by the hashing error in `audit_parallel`
            None => media::open(&path),
        }
    });
    (BatchItem { label, open }, SourceHash::File(slot))
}

/// Audits `inputs` with `parallel` whisper states over `model`, calling `record` for each
/// input as it finishes (with its index and the seconds since its decoding started).
pub(super) fn audit_parallel(
    job: &AuditJob,
    model: &WhisperModel,
    config: &AsrConfig,
    parallel: usize,
    inputs: &[InputSpec],
    record: &mut dyn FnMut(usize, Result<FindingsDoc, AuditError>, f64),
) -> anyhow::Result<()> {
    let mut states = (0..parallel)
        .map(|_| model.transcriber(config))
        .collect::<Result<Vec<_>, _>>()?;
    let mut pool: Vec<&mut dyn Transcriber> = states
        .iter_mut()
        .map(|t| t as &mut dyn Transcriber)
        .collect();
    let (items, hashes): (Vec<_>, Vec<_>) = inputs
        .iter()
        .map(|input| batch_item(input, job.sources))
        .unzip();
    let bars = MultiProgress::with_draw_target(if job.ctx.show_progress {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    });
    let mut shown: Vec<Option<ProgressBar>> = inputs.iter().map(|_| None).collect();
    let batch_start = Instant::now();
    let mut started: Vec<Option<Instant>> = inputs.iter().map(|_| None).collect();
    transcribe_batch(
        items,
        &BatchOptions::for_pool(parallel),
        &mut pool,
        &mut |rec, event| match event {
            BatchEvent::Progress(p) => {
                started[rec].get_or_insert_with(Instant::now);
                let pb = shown[rec]
                    .get_or_insert_with(|| bars.add(progress_bar(job.ctx, &inputs[rec].name)));
                on_progress(pb)(p);
            }
            BatchEvent::Finished(result) => {
                if let Some(pb) = shown[rec].take() {
                    pb.finish_and_clear();
                    bars.remove(&pb);
                }
                let label = crate::source::label(&inputs[rec].path.to_string_lossy())
                    .display()
                    .to_string();
                let result = (*result)
                    .map_err(|e| hashes[rec].take_error().unwrap_or(e))
                    .and_then(|out| {
                        let (sha256, size) = hashes[rec].finish(&label)?;
                        finish_audit(job, &inputs[rec], out, sha256, size)
                    });
                let secs = started[rec].unwrap_or(batch_start).elapsed().as_secs_f64();
                bars.suspend(|| record(rec, result, secs));
            }
        },
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests_list_recordings_relative_to_themselves() {
        let dir = tempfile::tempdir().unwrap();
        let txt = dir.path().join("batch.txt");
        std::fs::write(
            &txt,
            "# today's rooms\n\na.flv\n  sub/b.mp3  \n/abs/c.wav\nhttps://h/r/d.flv?t=1\n",
        )
        .unwrap();
        let jsonl = dir.path().join("jobs.jsonl");
        std::fs::write(
            &jsonl,
            "{\"source\": \"e.m4a\"}\n\n{\"job_id\": \"x\", \"source\": {\"uri\": \"/abs/f.ts\"}}\n",
        )
        .unwrap();
        let other = PathBuf::from("g.ogg");
        let got = expand_manifests(&[txt, other.clone(), jsonl]).unwrap();
        let d = dir.path();
        assert_eq!(
            got,
            vec![
                d.join("a.flv"),
                d.join("sub/b.mp3"),
                PathBuf::from("/abs/c.wav"),
                PathBuf::from("https://h/r/d.flv?t=1"),
                other,
                d.join("e.m4a"),
                PathBuf::from("/abs/f.ts"),
            ]
        );
    }

    #[test]
    fn broken_manifest_lines_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let jsonl = dir.path().join("jobs.jsonl");
        std::fs::write(&jsonl, "{\"source\": \"a.wav\"}\n{\"src\": \"b.wav\"}\n").unwrap();
        let e = expand_manifests(&[jsonl]).unwrap_err().to_string();
        assert!(e.contains("jobs.jsonl line 2"), "{e}");
        assert!(e.contains("\"source\""), "{e}");
        // A missing .txt is not read as a manifest: it stays an input (reported as bad later).
        let missing = dir.path().join("nope.txt");
        assert_eq!(
            expand_manifests(std::slice::from_ref(&missing)).unwrap(),
            vec![missing]
        );
    }
}
