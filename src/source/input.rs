//! The one resolver from a recording reference (a path, a `file://` URI, an http(s) URL, a
//! local or remote HLS playlist, a job's source URI) to how it is read and hashed.
//!
//! Why one place: the CLI's sequential path, its batch path and the worker each used to decide
//! file/URL/playlist on their own, with three ways of hashing the input. Every reference now
//! goes through [`resolve`], and every audit opens it through [`Resolved::opener`], so the
//! security rules for sources and the SHA-256 written into findings apply the same way
//! whichever command runs.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::{HashTap, SourceOptions};
use crate::media::{AudioStream, MediaError};

/// Opens a recording as a 16 kHz stream; runs on the recording's decode thread.
pub type Opener = Box<dyn FnOnce() -> Result<AudioStream, MediaError> + Send>;

/// A reference that names no recording liveaudit can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// A URL liveaudit has no client for (ftp://, rtmp://…), caught before it is taken for a
    /// file name and reported as "No such file".
    #[error(
        "{input}: unsupported URL scheme '{scheme}' (liveaudit reads local files and http(s) URLs)"
    )]
    UnsupportedScheme { input: String, scheme: String },
    /// Nothing at all was given.
    #[error("empty source reference")]
    Empty,
}

/// How a resolved recording is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A local file, hashed from disk before it is decoded.
    File(PathBuf),
    /// An http(s) URL or an HLS playlist (local or remote), streamed and hashed as it is read:
    /// the playlist text followed by its segments.
    Stream(String),
}

/// A recording reference resolved to where its bytes come from.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Names the recording in messages: a URL without its secrets, or the path.
    pub label: String,
    pub origin: Origin,
}

/// Where an input's SHA-256 and size come from once it has been read.
#[derive(Clone)]
pub enum Digest {
    /// Computed by whoever already read the file (a worker checking its ledger first).
    Known(String, u64),
    /// A local file, hashed on its decode thread before decoding.
    File(Arc<Mutex<Option<(String, u64)>>>),
    /// A URL or playlist, hashed while it streams.
    Tap(HashTap),
}

impl Digest {
    /// Hex SHA-256 and byte count, or `None` when the bytes were never read.
    pub fn finish(&self) -> Option<(String, u64)> {
        match self {
            Digest::Known(sha, size) => Some((sha.clone(), *size)),
            Digest::File(slot) => slot.lock().unwrap_or_else(|p| p.into_inner()).clone(),
            Digest::Tap(tap) => Some(tap.finish()),
        }
    }
}

/// Resolves a reference from the command line, a manifest or a job message.
pub fn resolve(reference: &str) -> Result<Resolved, ResolveError> {
    let reference = reference.trim();
    if reference.is_empty() {
        return Err(ResolveError::Empty);
    }
    if let Some(scheme) = super::foreign_scheme(reference) {
        return Err(ResolveError::UnsupportedScheme {
            input: reference.to_string(),
            scheme: scheme.to_string(),
        });
    }
    let label = super::label(reference).display().to_string();
    if super::is_url(reference) {
        return Ok(Resolved {
            label,
            origin: Origin::Stream(reference.to_string()),
        });
    }
    let path = local_path(reference);
    let origin = if super::is_playlist_name(reference) {
        Origin::Stream(path.display().to_string())
    } else {
        Origin::File(path)
    };
    Ok(Resolved { label, origin })
}

impl Resolved {
    /// The local file, when the recording is one (evidence clips are cut from it).
    pub fn local_file(&self) -> Option<&std::path::Path> {
        match &self.origin {
            Origin::File(p) => Some(p),
            Origin::Stream(s) if !super::is_url(s) => Some(std::path::Path::new(s)),
            Origin::Stream(_) => None,
        }
    }

    /// The opener to run on a decode thread and where the input's digest will be once it has
    /// run. `known` is a digest already computed for a local file (it is then not hashed again).
    pub fn opener(
        &self,
        options: &SourceOptions,
        known: Option<(String, u64)>,
    ) -> (Opener, Digest) {
        match &self.origin {
            Origin::Stream(uri) => {
                let tap = HashTap::new();
                let (t, opts, uri) = (tap.clone(), options.clone(), uri.clone());
                let open: Opener = Box::new(move || super::open(&uri, &opts, &t));
                (open, Digest::Tap(tap))
            }
            Origin::File(path) => {
                let path = path.clone();
                if let Some((sha, size)) = known {
                    let open: Opener = Box::new(move || crate::media::open(&path));
                    return (open, Digest::Known(sha, size));
                }
                let slot = Arc::new(Mutex::new(None));
                let s = slot.clone();
                let open: Opener = Box::new(move || {
                    let digest = super::digest::sha256_file(&path)
                        .map_err(|e| MediaError::from_io(&path, e))?;
                    *s.lock().unwrap_or_else(|p| p.into_inner()) = Some(digest);
                    crate::media::open(&path)
                });
                (open, Digest::File(slot))
            }
        }
    }
}

impl Resolved {
    /// The opener of a followed input (see [`super::follow`]), its digest (hashed as it is
    /// read: a growing file has no final hash before it ends), how following ended and where
    /// the local copy is.
    pub fn follow_opener(
        &self,
        options: &SourceOptions,
        spec: &super::follow::FollowSpec,
    ) -> (
        Opener,
        Digest,
        super::follow::FollowOutcome,
        super::follow::CopyPath,
    ) {
        let tap = HashTap::new();
        let outcome = super::follow::FollowOutcome::default();
        let copy = super::follow::CopyPath::default();
        let input = match &self.origin {
            Origin::File(p) => p.display().to_string(),
            Origin::Stream(uri) => uri.clone(),
        };
        let (t, opts, spec, o, c) = (
            tap.clone(),
            options.clone(),
            spec.clone(),
            outcome.clone(),
            copy.clone(),
        );
        let open: Opener = Box::new(move || super::follow::open(&input, &opts, &t, &spec, &o, &c));
        (open, Digest::Tap(tap), outcome, copy)
    }
}

/// True for a name that may become one path component under an output root: 1 to 128 of
/// `A-Z a-z 0-9 _ -`. Job ids and finding ids (which name folders and clips) must be one;
/// a name from outside that is not is refused, never "fixed" into someone else's file.
pub fn is_safe_name(name: &str) -> bool {
    (1..=128).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// An output folder name made from a recording's name (a file stem, a playlist's folder, a
/// URL's last segment): path separators and control characters become `_`, leading dots
/// go (no `.`, `..` or hidden names), at most 100 characters; `input` when nothing is left.
/// The one place such names are made safe, so every output stays under `--out`.
pub fn safe_output_name(raw: &str) -> String {
    let cleaned: String = raw
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() || c == ':' {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed: String = cleaned
        .trim_start_matches('.')
        .trim()
        .chars()
        .take(100)
        .collect();
    if trimmed.is_empty() {
        "input".into()
    } else {
        trimmed
    }
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

/// Decodes `%XX` escapes; a `%` not followed by two hex digits stays as it is. Hand-written:
/// the `url` crate decodes only whole URLs, and a `file://` path is all this needs.
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

    #[test]
    fn output_names_never_leave_their_root() {
        for raw in [
            "..", ".", "", "...", "../x", "a/b", "a\\b", ".hidden", "  ", "c:d",
        ] {
            let n = safe_output_name(raw);
            assert!(!n.is_empty() && !n.starts_with('.'), "{raw:?} → {n:?}");
            assert!(!n.contains('/') && !n.contains('\\'), "{raw:?} → {n:?}");
        }
        assert_eq!(safe_output_name("pub01_facecream"), "pub01_facecream");
        assert_eq!(safe_output_name("直播间 3"), "直播间 3");
        assert!(is_safe_name("f0003") && is_safe_name("t00-12-31"));
        assert!(!is_safe_name("../../pwned") && !is_safe_name("") && !is_safe_name("a b"));
    }

    #[test]
    fn references_resolve_to_files_streams_or_errors() {
        let r = resolve("file:///rec/a%20b.flv").unwrap();
        assert_eq!(r.origin, Origin::File(PathBuf::from("/rec/a b.flv")));
        let r = resolve("/rec/room_hls/index.m3u8").unwrap();
        assert_eq!(r.origin, Origin::Stream("/rec/room_hls/index.m3u8".into()));
        assert!(r.local_file().is_some());
        let r = resolve("https://cdn/x.flv?token=secret").unwrap();
        assert_eq!(
            r.origin,
            Origin::Stream("https://cdn/x.flv?token=secret".into())
        );
        assert!(!r.label.contains("secret"), "{}", r.label);
        assert!(r.local_file().is_none());
        assert!(matches!(
            resolve("rtmp://live/room"),
            Err(ResolveError::UnsupportedScheme { .. })
        ));
        assert!(matches!(resolve("  "), Err(ResolveError::Empty)));
    }
}
