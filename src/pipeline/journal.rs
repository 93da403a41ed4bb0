//! The transcript journal: each speech window's segments, appended as Whisper finishes it, so
//! an audit killed after hours (deploy, OOM, a lost spot machine) resumes where it stopped
//! instead of from zero.
//!
//! One JSON line per record, in a file beside the recording's output folder
//! (`OUT/<name>.journal.jsonl`, outside the folder so it never joins the evidence pack):
//!
//! ```text
//! {"schema":"liveaudit.journal/v1","input":"…","input_sha256":"…"|null,"model":"…","model_sha256":"…","settings_sha256":"…"}
//! {"window":0,"audio_sha256":"…","start_ms":0,"end_ms":27120,"segments":[…]}
//! {"window":3,…}                      (windows finish out of order under --parallel)
//! ```
//!
//! Invariants: a window is used again only when its own audio hashes to what the journal
//! says (so a journal never lends text to other audio, whatever the input claims to be); a
//! header for another model, other decoding settings or another input (by SHA-256, when known
//! before decoding) is refused; a last line cut short by a kill is ignored. Segments are
//! stored exactly as the transcriber returned them, so a resumed audit's transcript, and its
//! findings, equal an uninterrupted run's.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::asr::AudioWindow;
use crate::transcript::Segment;

/// Schema of the journal's first line.
pub const JOURNAL_SCHEMA: &str = "liveaudit.journal/v1";
/// Where the journal of the recording whose outputs go to `out_dir/name/` lives.
pub fn journal_path(out_dir: &Path, name: &str) -> PathBuf {
    out_dir.join(format!("{name}.journal.jsonl"))
}

/// Where a recording's journal lives and whether an existing one is taken up.
#[derive(Debug, Clone)]
pub struct JournalSpec {
    pub path: PathBuf,
    pub resume: Resume,
}

/// What to do with a journal already at the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    /// Start afresh (the journal is rewritten): a plain `audit`.
    Never,
    /// Use it; one written for another input, model or settings is an error. With none
    /// there, start afresh (`audit --resume` over a batch continues every recording).
    Required,
    /// Use it when it fits, else start afresh: a worker taking up a redelivered job.
    IfItFits,
}

/// The journal's first line: what the transcript depends on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JournalHeader {
    pub schema: String,
    /// The input as its label (redacted).
    pub input: String,
    /// SHA-256 of the input, when known before decoding (local files).
    pub input_sha256: Option<String>,
    pub model: String,
    pub model_sha256: String,
    /// SHA-256 of the decoding settings (Whisper and VAD) that shape the transcript.
    pub settings_sha256: String,
}

/// One transcribed window.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct WindowRecord {
    window: usize,
    audio_sha256: String,
    start_ms: u64,
    end_ms: u64,
    segments: Vec<Segment>,
}

/// Why a journal cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("journal {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("journal {path} was written for {what}; remove it or audit without --resume")]
    Mismatch { path: PathBuf, what: String },
    #[error("journal {path}: not a liveaudit transcript journal ({detail})")]
    Malformed { path: PathBuf, detail: String },
    #[error("no journal at {0}")]
    Missing(PathBuf),
}

/// Windows read back from a journal, for the decode thread to replay.
#[derive(Debug, Default)]
pub struct Replay {
    windows: HashMap<usize, (String, Vec<Segment>)>,
    /// A window journaled for other audio is an error (`--resume`), not merely transcribed.
    strict: bool,
}

impl Replay {
    /// Windows the journal holds.
    pub fn len(&self) -> usize {
        self.windows.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }

    /// The journaled segments of window `seq` if it holds exactly this audio; `Err` when the
    /// journal has that window for other audio (the input is not the one journaled).
    pub fn take(&mut self, seq: usize, audio_sha256: &str) -> Result<Option<Vec<Segment>>, String> {
        match self.windows.remove(&seq) {
            None => Ok(None),
            Some((sha, segments)) if sha == audio_sha256 => Ok(Some(segments)),
            Some(_) if !self.strict => Ok(None),
            Some(_) => Err(format!(
                "the journal's window {seq} holds other audio than this input's: it was written for another recording"
            )),
        }
    }
}

/// Appends windows to a journal file, one flushed line each.
#[derive(Debug)]
pub struct JournalWriter {
    path: PathBuf,
    file: File,
}

impl JournalWriter {
    /// Records window `seq` (its audio's hash and its segments) and flushes it to disk.
    pub fn append(
        &mut self,
        seq: usize,
        audio_sha256: &str,
        window_ms: (u64, u64),
        segments: &[Segment],
    ) -> Result<(), JournalError> {
        let record = WindowRecord {
            window: seq,
            audio_sha256: audio_sha256.to_string(),
            start_ms: window_ms.0,
            end_ms: window_ms.1,
            segments: segments.to_vec(),
        };
        let mut line = serde_json::to_vec(&record).expect("a window record serialises");
        line.push(b'\n');
        self.file
            .write_all(&line)
            .and_then(|()| self.file.sync_data())
            .map_err(|source| JournalError::Io {
                path: self.path.clone(),
                source,
            })
    }
}

/// Opens the journal at `spec` for an audit with `header`: the windows to replay (empty when
/// starting afresh) and the writer that appends the others.
pub fn open(
    spec: &JournalSpec,
    header: &JournalHeader,
) -> Result<(Replay, JournalWriter), JournalError> {
    let io_err = |source| JournalError::Io {
        path: spec.path.clone(),
        source,
    };
    let existing = match spec.resume {
        Resume::Never => None,
        _ => match read(&spec.path, header) {
            Ok(replay) => Some(replay),
            Err(JournalError::Missing(_)) => None,
            Err(JournalError::Mismatch { .. } | JournalError::Malformed { .. })
                if spec.resume == Resume::IfItFits =>
            {
                None
            }
            Err(e) => return Err(e),
        },
    };
    if let Some(mut replay) = existing {
        replay.strict = spec.resume == Resume::Required;
        let file = OpenOptions::new()
            .append(true)
            .open(&spec.path)
            .map_err(io_err)?;
        let mut writer = JournalWriter {
            path: spec.path.clone(),
            file,
        };
        // A line cut short by a kill would join the next record: end it first.
        writer.file.write_all(b"\n").map_err(io_err)?;
        return Ok((replay, writer));
    }
    if let Some(dir) = spec.path.parent() {
        std::fs::create_dir_all(dir).map_err(io_err)?;
    }
    let mut file = File::create(&spec.path).map_err(io_err)?;
    let mut line = serde_json::to_vec(header).expect("a header serialises");
    line.push(b'\n');
    file.write_all(&line)
        .and_then(|()| file.sync_data())
        .map_err(io_err)?;
    Ok((
        Replay::default(),
        JournalWriter {
            path: spec.path.clone(),
            file,
        },
    ))
}

/// Reads the journal at `path`, checking its header against `expected`.
fn read(path: &Path, expected: &JournalHeader) -> Result<Replay, JournalError> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(JournalError::Missing(path.to_path_buf()))
        }
        Err(source) => {
            return Err(JournalError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let mut lines = BufReader::new(file).lines();
    let malformed = |detail: String| JournalError::Malformed {
        path: path.to_path_buf(),
        detail,
    };
    let first = lines
        .next()
        .ok_or_else(|| malformed("empty file".into()))?
        .map_err(|source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let header: JournalHeader =
        serde_json::from_str(&first).map_err(|e| malformed(format!("first line: {e}")))?;
    if header.schema != JOURNAL_SCHEMA {
        return Err(malformed(format!("schema {:?}", header.schema)));
    }
    check_header(path, &header, expected)?;
    let mut replay = Replay::default();
    for line in lines {
        let Ok(line) = line else { break };
        // A line a kill cut short does not parse: that window is transcribed again.
        let Ok(record) = serde_json::from_str::<WindowRecord>(&line) else {
            continue;
        };
        replay
            .windows
            .insert(record.window, (record.audio_sha256, record.segments));
    }
    Ok(replay)
}

/// The journal's header must name the same model, settings and (when both know it) input.
fn check_header(
    path: &Path,
    found: &JournalHeader,
    expected: &JournalHeader,
) -> Result<(), JournalError> {
    let mismatch = |what: String| {
        Err(JournalError::Mismatch {
            path: path.to_path_buf(),
            what,
        })
    };
    if let (Some(a), Some(b)) = (&found.input_sha256, &expected.input_sha256) {
        if a != b {
            return mismatch(format!(
                "another input (SHA-256 {}…, this one is {}…)",
                short(a),
                short(b)
            ));
        }
    }
    if found.model_sha256 != expected.model_sha256 {
        return mismatch(format!(
            "another model ({} {}…, this run uses {} {}…)",
            found.model,
            short(&found.model_sha256),
            expected.model,
            short(&expected.model_sha256)
        ));
    }
    if found.settings_sha256 != expected.settings_sha256 {
        return mismatch("other decoding settings (Whisper or VAD)".into());
    }
    Ok(())
}

/// The first 12 characters of a hash for a message. By characters, not bytes: the journal
/// is a file anyone may have edited, and slicing its text by bytes could panic.
fn short(hash: &str) -> String {
    hash.chars().take(12).collect()
}

/// SHA-256 of a window's audio and of where its pieces sit in the recording: what the
/// transcriber sees, so equal hashes mean equal text.
pub fn window_sha256(window: &AudioWindow) -> String {
    let mut h = Sha256::new();
    for p in &window.pieces {
        h.update(format!("{p:?};").as_bytes());
    }
    let mut bytes = Vec::with_capacity(window.samples.len() * 4);
    for s in &window.samples {
        bytes.extend_from_slice(&s.to_le_bytes());
    }
    h.update(&bytes);
    hex::encode(h.finalize())
}

/// SHA-256 of a description of the settings that shape a transcript.
pub fn settings_sha256(description: &str) -> String {
    hex::encode(Sha256::digest(description.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(input_sha: Option<&str>, model_sha: &str) -> JournalHeader {
        JournalHeader {
            schema: JOURNAL_SCHEMA.into(),
            input: "in.flv".into(),
            input_sha256: input_sha.map(String::from),
            model: "ggml-base-q8_0".into(),
            model_sha256: model_sha.into(),
            settings_sha256: settings_sha256("whisper zh"),
        }
    }

    fn segment(text: &str) -> Segment {
        let mut s = Segment::new(1000, 2500, text);
        s.avg_logprob = -0.123_456_79;
        s.tokens = vec![crate::transcript::TokenSpan {
            text: text.into(),
            start_ms: 1000,
            end_ms: 2500,
            p: 0.987_654_3,
        }];
        s
    }

    fn spec(path: &Path, resume: Resume) -> JournalSpec {
        JournalSpec {
            path: path.to_path_buf(),
            resume,
        }
    }

    #[test]
    fn windows_come_back_exactly_and_a_cut_last_line_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = journal_path(dir.path(), "room");
        let h = header(Some("aa"), "mm");
        let (replay, mut w) = open(&spec(&path, Resume::Never), &h).unwrap();
        assert!(replay.is_empty());
        w.append(0, "w0", (0, 2500), &[segment("包治百病")])
            .unwrap();
        w.append(2, "w2", (9000, 12000), &[]).unwrap();
        drop(w);
        // A kill in the middle of the next line.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(br#"{"window":1,"audio_sha256":"w1","start_m"#)
            .unwrap();
        drop(f);

        let (mut replay, mut w) = open(&spec(&path, Resume::Required), &h).unwrap();
        assert_eq!(replay.len(), 2);
        assert_eq!(
            replay.take(0, "w0").unwrap(),
            Some(vec![segment("包治百病")])
        );
        assert_eq!(
            replay.take(1, "w1").unwrap(),
            None,
            "the cut window is transcribed again"
        );
        assert_eq!(replay.take(2, "w2").unwrap(), Some(vec![]));
        w.append(1, "w1", (3000, 8000), &[segment("最低价")])
            .unwrap();
        drop(w);
        let (mut replay, _) = open(&spec(&path, Resume::Required), &h).unwrap();
        assert_eq!(replay.len(), 3, "the record after the cut line reads back");
        assert_eq!(replay.take(1, "w1").unwrap(), Some(vec![segment("最低价")]));
    }

    #[test]
    fn a_journal_of_another_input_model_or_audio_is_refused_on_resume() {
        let dir = tempfile::tempdir().unwrap();
        let path = journal_path(dir.path(), "room");
        let (_, mut w) = open(&spec(&path, Resume::Never), &header(Some("aa"), "mm")).unwrap();
        w.append(0, "w0", (0, 2500), &[segment("包治百病")])
            .unwrap();
        drop(w);

        let other_input = open(&spec(&path, Resume::Required), &header(Some("bb"), "mm"));
        let e = other_input.unwrap_err().to_string();
        assert!(
            e.contains("another input") && e.contains(&*path.to_string_lossy()),
            "{e}"
        );
        let other_model = open(&spec(&path, Resume::Required), &header(Some("aa"), "nn"));
        // (A hash of non-ASCII text, as an edited journal may hold, is quoted without panicking.)
        let odd = open(
            &spec(&path, Resume::Required),
            &header(Some("ââââââââââââââ"), "mm"),
        );
        assert!(odd.unwrap_err().to_string().contains("ââââââ"));
        assert!(other_model
            .unwrap_err()
            .to_string()
            .contains("another model"));
        let mut settings = header(Some("aa"), "mm");
        settings.settings_sha256 = settings_sha256("whisper en");
        let other = open(&spec(&path, Resume::Required), &settings);
        assert!(other.unwrap_err().to_string().contains("settings"));

        // The same header but other audio in window 0: an error on --resume...
        let (mut replay, _) = open(&spec(&path, Resume::Required), &header(None, "mm")).unwrap();
        assert!(replay
            .take(0, "other audio")
            .unwrap_err()
            .contains("other audio"));
        // ...and, for a worker, simply transcribed again; a misfit header starts afresh.
        let (mut replay, _) = open(&spec(&path, Resume::IfItFits), &header(None, "mm")).unwrap();
        assert_eq!(replay.take(0, "other audio").unwrap(), None);
        let (replay, _) = open(&spec(&path, Resume::IfItFits), &header(Some("bb"), "mm")).unwrap();
        assert!(replay.is_empty());
        // A missing journal under --resume starts afresh too (a batch continues every input).
        let fresh = journal_path(dir.path(), "new");
        let (replay, _) = open(&spec(&fresh, Resume::Required), &header(None, "mm")).unwrap();
        assert!(replay.is_empty() && fresh.is_file());
    }
}
