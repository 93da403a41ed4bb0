//! Model supply: gets whisper.cpp ggml models onto the machine and checks them.
//!
//! - `import_ct2` converts a CTranslate2 (faster-whisper) Whisper directory into a ggml file,
//!   which is how the offline base model is made (scripts/fetch-models.sh);
//! - `verify_ggml` checks a ggml file's structure and identifies it by SHA-256 against the
//!   embedded manifest (models/manifest.toml);
//! - `inspect` says where whisper.cpp puts each weight (AMX, repack, plain CPU) and why;
//! - `quantize` writes q8_0/q5_x/q4_0 copies through ggml's own quantizer;
//! - `fetch` downloads official ggml files and checks them against the manifest;
//! - `resolve_model`, `default_model_path`, `list_models` find model files on disk.
//!
//! Formats and the tensor mapping: shared/spec/MODELS.md.

mod convert;
pub mod ct2;
mod error;
mod fetch;
pub mod ggml;
mod inspect;
mod manifest;
pub mod mel;
mod quantize;
mod reader;
mod resolve;
mod tempout;
mod verify;
pub mod vocab;

pub use convert::{import_ct2, ImportReport};
pub use error::ModelError;
pub use fetch::{download_verified, fetch, fetch_with_progress, Progress};
pub use ggml::Hparams;
pub use inspect::{inspect, CpuKernels, InspectReport, WeightBuffer, WeightPlacement, WorkModel};
pub use manifest::{manifest, Manifest, ManifestEntry, Origin};
pub use quantize::{quantize, QuantType, QuantizeReport};
pub use resolve::{
    default_model_path, list_models, model_dirs, resolve_model, ModelListing, DEFAULT_MODEL,
};
pub use verify::{sha256_file, verify_ggml, ModelSummary, TensorHeader};
