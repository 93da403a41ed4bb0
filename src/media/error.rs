//! Errors of the media stage, split into transient failures worth retrying and permanent ones
//! where the input itself is at fault.

use std::io;
use std::path::{Path, PathBuf};

/// Why an input could not be opened or decoded. Every message names the input.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    /// The path does not exist.
    #[error("{path}: no such file", path = .path.display())]
    NotFound { path: PathBuf },

    /// Reading the input failed (disk, network filesystem, permissions).
    #[error("{path}: read failed: {source}", path = .path.display())]
    Io { path: PathBuf, source: io::Error },

    /// The file has no bytes at all.
    #[error("{path}: file is empty (0 bytes)", path = .path.display())]
    Empty { path: PathBuf },

    /// The bytes are not any audio container we know (random data, a text file, ...).
    #[error("{path}: not a recognised audio/video file ({detail})", path = .path.display())]
    UnknownFormat { path: PathBuf, detail: String },

    /// The container was recognised but its structure is damaged beyond reading.
    #[error("{path}: malformed {container} file: {detail}", path = .path.display())]
    Malformed {
        path: PathBuf,
        container: String,
        detail: String,
    },

    /// The container holds no audio track (e.g. video only).
    #[error("{path}: the {container} file has no audio track", path = .path.display())]
    NoAudioTrack { path: PathBuf, container: String },

    /// The audio is in a codec this build cannot decode.
    #[error("{path}: unsupported audio codec {codec} in {container} file", path = .path.display())]
    UnsupportedCodec {
        path: PathBuf,
        container: String,
        codec: String,
    },

    /// The stream declares parameters outside what we accept (sample rate, channels).
    #[error("{path}: unsupported audio parameters: {detail}", path = .path.display())]
    Unsupported { path: PathBuf, detail: String },

    /// The stream was read to its end but not one packet decoded to audio.
    #[error(
        "{path}: {what}",
        path = .path.display(),
        what = no_audio_message(container, *errors, first_error.as_deref())
    )]
    NoAudioDecoded {
        path: PathBuf,
        container: String,
        errors: u64,
        first_error: Option<String>,
    },

    /// A network source or an HLS playlist's segments could not be fetched (HTTP error,
    /// timeout, refused address, size limit); `transient` when trying again may help.
    #[error("{path}: {detail}", path = .path.display())]
    Fetch {
        path: PathBuf,
        detail: String,
        transient: bool,
    },

    /// A bug or resource failure inside the media stage (not the input's fault).
    #[error("{path}: internal media error: {detail}", path = .path.display())]
    Internal { path: PathBuf, detail: String },
}

impl MediaError {
    /// The input this error is about.
    pub fn path(&self) -> &Path {
        match self {
            MediaError::NotFound { path }
            | MediaError::Io { path, .. }
            | MediaError::Empty { path }
            | MediaError::UnknownFormat { path, .. }
            | MediaError::Malformed { path, .. }
            | MediaError::NoAudioTrack { path, .. }
            | MediaError::UnsupportedCodec { path, .. }
            | MediaError::Unsupported { path, .. }
            | MediaError::NoAudioDecoded { path, .. }
            | MediaError::Fetch { path, .. }
            | MediaError::Internal { path, .. } => path,
        }
    }

    /// Maps an I/O error on `path` to the right variant (missing file vs read failure).
    pub(crate) fn from_io(path: &Path, source: io::Error) -> MediaError {
        if source.kind() == io::ErrorKind::NotFound {
            MediaError::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            MediaError::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    }
}

fn no_audio_message(container: &str, errors: u64, first: Option<&str>) -> String {
    match (errors, first) {
        (0, _) => format!("the {container} file holds no audio samples"),
        (n, Some(first)) => {
            format!("no audio could be decoded from the {container} file ({n} damaged packets; first: {first})")
        }
        (n, None) => {
            format!("no audio could be decoded from the {container} file ({n} damaged packets)")
        }
    }
}

/// I/O failures that say nothing about the input's content: worth another try.
fn io_is_transient(e: &io::Error) -> bool {
    use io::ErrorKind::*;
    !matches!(
        e.kind(),
        NotFound
            | PermissionDenied
            | InvalidInput
            | InvalidData
            | UnexpectedEof
            | IsADirectory
            | Unsupported
    )
}

impl crate::failure::Classify for MediaError {
    /// Transient I/O and fetch failures may pass; an internal error is ours; everything else
    /// (missing, empty, damaged, unsupported input) is the input's fault, so the CLI reports
    /// it with the bad-input exit code and a worker records a permanent failure.
    fn class(&self) -> crate::failure::FailureClass {
        use crate::failure::FailureClass::*;
        match self {
            MediaError::Io { source, .. } if io_is_transient(source) => Transient,
            MediaError::Fetch {
                transient: true, ..
            } => Transient,
            MediaError::Internal { .. } => Internal,
            _ => BadInput,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::failure::Classify;

    #[test]
    fn io_interruptions_are_retryable_and_not_bad_input() {
        let e = MediaError::Io {
            path: "x.wav".into(),
            source: io::Error::new(io::ErrorKind::TimedOut, "nfs"),
        };
        assert!(e.is_retryable());
        assert!(!e.is_bad_input());
        assert!(e.to_string().contains("x.wav"), "{e}");
    }

    #[test]
    fn bad_input_is_permanent() {
        let e = MediaError::Empty {
            path: "a/b.mp3".into(),
        };
        assert!(!e.is_retryable());
        assert!(e.is_bad_input());
        assert_eq!(e.to_string(), "a/b.mp3: file is empty (0 bytes)");
        let e = MediaError::from_io(
            Path::new("gone.flac"),
            io::Error::from(io::ErrorKind::NotFound),
        );
        assert!(matches!(e, MediaError::NotFound { .. }));
        assert!(e.is_bad_input() && !e.is_retryable());
        let e = MediaError::Internal {
            path: "x".into(),
            detail: "bug".into(),
        };
        assert!(!e.is_bad_input() && !e.is_retryable());
    }
}
