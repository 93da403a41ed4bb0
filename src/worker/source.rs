//! A job's source, ready to transcribe: local files are hashed first (so a finished job is
//! recognised before any decoding); http(s) URLs and HLS playlists are streamed through
//! [`crate::source::open`] and hashed as they are read, never downloaded whole.

use std::path::PathBuf;

use super::JobFailure;
use crate::queue::job::{uri_scheme, JobSource};
use crate::source::{HashTap, SourceOptions};

/// Where the recording of a job comes from.
#[derive(Debug)]
pub enum Prepared {
    /// A local recording, already hashed.
    Local {
        path: PathBuf,
        sha256: String,
        size: u64,
    },
    /// A URL or playlist, opened by the decode thread; hashed while it streams.
    Streamed { uri: String, options: SourceOptions },
}

/// Local path of a path or `file://` URI (percent-escapes decoded).
pub fn local_path(uri: &str) -> PathBuf {
    match uri.strip_prefix("file://") {
        Some(rest) => {
            // file://localhost/x and file:///x both name /x.
            let rest = rest.strip_prefix("localhost").unwrap_or(rest);
            PathBuf::from(percent_decode(rest))
        }
        None => PathBuf::from(uri),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Prepares the source of a job. `allow_private` lets URLs reach loopback and private
/// addresses (closed networks, tests); by default a job cannot point the worker at them.
pub async fn prepare(source: &JobSource, allow_private: bool) -> Result<Prepared, JobFailure> {
    let uri = source.uri.trim();
    let remote = matches!(uri_scheme(uri).as_deref(), Some("http" | "https"));
    let path = local_path(uri);
    let playlist = crate::source::is_playlist_name(uri);
    if remote || playlist {
        let options = SourceOptions {
            allow_private,
            headers: source
                .headers
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            ..SourceOptions::default()
        };
        let uri = if remote {
            uri.to_string()
        } else {
            path.display().to_string()
        };
        return Ok(Prepared::Streamed { uri, options });
    }
    let p = path.clone();
    let hashed = tokio::task::spawn_blocking(move || crate::pipeline::sha256_file(&p))
        .await
        .map_err(|e| JobFailure::transient(format!("hashing {uri}: {e}")))?;
    match hashed {
        Ok((sha256, size)) => Ok(Prepared::Local { path, sha256, size }),
        Err(e) if e.is_bad_input() => {
            Err(JobFailure::permanent(format!("source {uri}: no such file")))
        }
        Err(e) => Err(JobFailure::transient(e.to_string())),
    }
}

impl Prepared {
    /// SHA-256 known before decoding (local files only).
    pub fn sha256(&self) -> Option<&str> {
        match self {
            Prepared::Local { sha256, .. } => Some(sha256),
            Prepared::Streamed { .. } => None,
        }
    }

    /// Decodes and transcribes on the calling (blocking) thread; returns the output with the
    /// SHA-256 and size of the source bytes.
    pub fn transcribe(
        self,
        transcriber: &mut dyn crate::asr::Transcriber,
    ) -> Result<(crate::pipeline::TranscribeOutput, String, u64), crate::pipeline::AuditError> {
        match self {
            Prepared::Local { path, sha256, size } => {
                let out = crate::pipeline::transcribe_path(&path, transcriber, &mut |_| {})?;
                Ok((out, sha256, size))
            }
            Prepared::Streamed { uri, options } => {
                let tap = HashTap::new();
                let (t, u) = (tap.clone(), uri.clone());
                let label = crate::source::label(&uri).display().to_string();
                let out = crate::pipeline::transcribe_stream(
                    &label,
                    Box::new(move || crate::source::open(&u, &options, &t)),
                    transcriber,
                    &mut |_| {},
                )?;
                let (sha256, size) = tap.finish();
                Ok((out, sha256, size))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_become_paths() {
        assert_eq!(
            local_path("file:///a/b%20c.wav"),
            PathBuf::from("/a/b c.wav")
        );
        assert_eq!(
            local_path("file://localhost/x.flv"),
            PathBuf::from("/x.flv")
        );
        assert_eq!(local_path("rel/x.m4a"), PathBuf::from("rel/x.m4a"));
        assert_eq!(percent_decode("100%"), "100%");
    }
}
