//! Structural check of a ggml Whisper file without loading it: header, mel filters, vocabulary,
//! every tensor header against the layout whisper.cpp expects, the file size, and the SHA-256
//! looked up in the manifest.

use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use super::ggml::{self, Hparams, GGML_MAGIC};
use super::manifest::{manifest, ManifestEntry};
use super::reader::Cursor;
use super::ModelError;

const MAX_TENSORS: u64 = 100_000;
const MAX_NAME: u64 = 1024;
const MAX_TOKEN: u64 = 1 << 16;

/// What `verify_ggml` found out about a model file.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ModelSummary {
    pub path: PathBuf,
    /// `tiny`, `base`, `small`, `medium`, `large`, `large-v3`, `large-v3-turbo` (`.en` if
    /// English-only), from the layer counts, mel count and vocabulary size.
    pub model_type: String,
    pub multilingual: bool,
    /// Model-level ftype from the header (`f16`, `q5_1`, …).
    pub ftype: String,
    pub hparams: Hparams,
    /// File size in bytes.
    pub size: u64,
    /// SHA-256 of the whole file, lower-case hex.
    pub sha256: String,
    pub n_tensors: usize,
    /// Regular vocabulary tokens stored in the file.
    pub n_tokens: usize,
    /// Tensor count per element type, e.g. `{"f16": 146, "f32": 99}`.
    pub tensor_types: std::collections::BTreeMap<String, usize>,
    /// The manifest entry with this SHA-256, if the file is a known one.
    pub known: Option<ManifestEntry>,
    /// Every tensor's header in file order (`models inspect` reads placement and work from
    /// them); left out of the JSON summary, which counts types instead.
    #[serde(skip)]
    pub tensors: Vec<TensorHeader>,
}

/// One tensor as the file declares it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TensorHeader {
    pub name: String,
    /// ggml element type (`f32`, `f16`, `q8_0`, …).
    pub ggml_type: &'static str,
    /// Dimensions in ggml order: `ne[0]` is the row length (a matmul's input features).
    pub ne: Vec<u64>,
    /// Bytes of data.
    pub bytes: u64,
}

fn corrupt(path: &Path, detail: String) -> ModelError {
    ModelError::Corrupt {
        path: path.to_path_buf(),
        detail,
    }
}

/// Checks that `path` is a complete, consistent whisper.cpp ggml model and identifies it.
pub fn verify_ggml(path: &Path) -> Result<ModelSummary, ModelError> {
    let file = File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            ModelError::MissingFile {
                path: path.to_path_buf(),
                what: "ggml model file".into(),
            }
        } else {
            ModelError::io(path, e)
        }
    })?;
    let size = file.metadata().map_err(|e| ModelError::io(path, e))?.len();
    let mut c = Cursor::new(BufReader::with_capacity(1 << 16, file), size, path);

    let hp = read_hparams(&mut c)?;
    skip_mel_filters(&mut c, &hp)?;
    let n_tokens = skip_vocabulary(&mut c, &hp)?;
    let tensors = check_tensors(&mut c, &hp)?;

    let sha256 = sha256_file(path)?;
    let known = manifest().by_sha256(&sha256).cloned();
    Ok(ModelSummary {
        path: path.to_path_buf(),
        model_type: hp.model_type(),
        multilingual: hp.is_multilingual(),
        ftype: ggml::ftype_name(hp.ftype),
        hparams: hp,
        size,
        sha256,
        n_tensors: tensors.count,
        n_tokens: n_tokens as usize,
        tensor_types: tensors.types,
        known,
        tensors: tensors.list,
    })
}

/// The model file being checked, read from its start.
type ModelCursor<'a> = Cursor<'a, BufReader<File>>;

/// The magic and the hyperparameters, checked for sense.
fn read_hparams(c: &mut ModelCursor<'_>) -> Result<Hparams, ModelError> {
    let path = c.path;
    let magic = c.u32("magic")?;
    if magic != GGML_MAGIC {
        return Err(ModelError::BadMagic {
            path: path.to_path_buf(),
            format: "ggml Whisper",
            detail: format!("magic {magic:#010x}, expected {GGML_MAGIC:#010x}"),
        });
    }
    let mut h = [0u32; 11];
    for (i, v) in h.iter_mut().enumerate() {
        *v = c.u32(&format!("hyperparameter {i}"))?;
    }
    let hp = Hparams {
        n_vocab: h[0],
        n_audio_ctx: h[1],
        n_audio_state: h[2],
        n_audio_head: h[3],
        n_audio_layer: h[4],
        n_text_ctx: h[5],
        n_text_state: h[6],
        n_text_head: h[7],
        n_text_layer: h[8],
        n_mels: h[9],
        ftype: h[10],
    };
    check_hparams(path, &hp)?;
    Ok(hp)
}

/// The mel filter section: its rows must match `n_mels`.
fn skip_mel_filters(c: &mut ModelCursor<'_>, hp: &Hparams) -> Result<(), ModelError> {
    let path = c.path;
    let n_mel = c.u32("mel filter rows")? as u64;
    let n_fft = c.u32("mel filter columns")? as u64;
    if n_mel != hp.n_mels as u64 {
        return Err(corrupt(
            path,
            format!(
                "mel filters have {n_mel} rows, header says n_mels = {}",
                hp.n_mels
            ),
        ));
    }
    if n_fft == 0 || n_fft > 8192 {
        return Err(ModelError::AbsurdSize {
            path: path.to_path_buf(),
            what: "mel filter columns".into(),
            value: n_fft,
            limit: 8192,
        });
    }
    c.skip(n_mel * n_fft * 4)
}

/// The vocabulary section; returns its token count.
fn skip_vocabulary(c: &mut ModelCursor<'_>, hp: &Hparams) -> Result<u64, ModelError> {
    let path = c.path;
    let n_tokens = c.u32("token count")? as u64;
    if n_tokens > hp.n_vocab as u64 {
        return Err(ModelError::AbsurdSize {
            path: path.to_path_buf(),
            what: "token count".into(),
            value: n_tokens,
            limit: hp.n_vocab as u64,
        });
    }
    for i in 0..n_tokens {
        let len = c.u32(&format!("length of token {i}"))? as u64;
        if len > MAX_TOKEN {
            return Err(ModelError::AbsurdSize {
                path: path.to_path_buf(),
                what: format!("length of token {i}"),
                value: len,
                limit: MAX_TOKEN,
            });
        }
        c.skip(len)?;
    }
    Ok(n_tokens)
}

/// What the tensor section holds.
struct TensorCount {
    count: usize,
    list: Vec<TensorHeader>,
    /// Tensors per element type.
    types: std::collections::BTreeMap<String, usize>,
}

/// Every tensor to the end of the file, each exactly once and as the Whisper layout of `hp`
/// expects it.
fn check_tensors(c: &mut ModelCursor<'_>, hp: &Hparams) -> Result<TensorCount, ModelError> {
    let path = c.path;
    let size = c.len;
    let expected: HashMap<String, Vec<u64>> = ggml::whisper_tensors(hp)
        .into_iter()
        .map(|t| (t.name, t.shape))
        .collect();
    let mut seen = HashMap::new();
    let mut tensor_types = std::collections::BTreeMap::new();
    let mut list = Vec::with_capacity(expected.len());
    while c.pos < size {
        if seen.len() as u64 >= MAX_TENSORS {
            return Err(ModelError::AbsurdSize {
                path: path.to_path_buf(),
                what: "tensor count".into(),
                value: seen.len() as u64 + 1,
                limit: MAX_TENSORS,
            });
        }
        let header = check_tensor(c, &expected)?;
        *tensor_types
            .entry(header.ggml_type.to_string())
            .or_insert(0) += 1;
        if seen.insert(header.name.clone(), ()).is_some() {
            return Err(corrupt(
                path,
                format!("tensor {} appears twice", header.name),
            ));
        }
        list.push(header);
    }
    if seen.len() != expected.len() {
        let mut missing: Vec<&String> =
            expected.keys().filter(|k| !seen.contains_key(*k)).collect();
        missing.sort();
        return Err(ModelError::MissingTensor {
            path: path.to_path_buf(),
            tensor: format!(
                "{} (and {} more)",
                missing.first().map(|s| s.as_str()).unwrap_or("?"),
                missing.len().saturating_sub(1)
            ),
        });
    }
    Ok(TensorCount {
        count: seen.len(),
        list,
        types: tensor_types,
    })
}

/// One tensor: its header checked against the `expected` shapes, its data skipped.
fn check_tensor(
    c: &mut ModelCursor<'_>,
    expected: &HashMap<String, Vec<u64>>,
) -> Result<TensorHeader, ModelError> {
    let path = c.path;
    let size = c.len;
    let n_dims = c.u32("tensor n_dims")? as u64;
    let name_len = c.u32("tensor name length")? as u64;
    let ttype = c.u32("tensor type")?;
    if !(1..=4).contains(&n_dims) {
        return Err(corrupt(
            path,
            format!("tensor at offset {} has {n_dims} dimensions", c.pos),
        ));
    }
    if name_len == 0 || name_len > MAX_NAME {
        return Err(ModelError::AbsurdSize {
            path: path.to_path_buf(),
            what: format!("tensor name length at offset {}", c.pos),
            value: name_len,
            limit: MAX_NAME,
        });
    }
    let mut ne = Vec::with_capacity(n_dims as usize);
    for _ in 0..n_dims {
        ne.push(c.u32("tensor dimension")? as u64);
    }
    let name = String::from_utf8(c.bytes(name_len as usize, "tensor name")?).map_err(|_| {
        corrupt(
            path,
            format!("tensor name at offset {} is not UTF-8", c.pos),
        )
    })?;
    let (type_name, block, block_bytes) =
        ggml::tensor_type(ttype).ok_or_else(|| ModelError::UnexpectedTensor {
            path: path.to_path_buf(),
            tensor: name.clone(),
            detail: format!("unknown ggml type {ttype}"),
        })?;
    let shape: Vec<u64> = ne.iter().rev().copied().collect();
    match expected.get(&name) {
        None => {
            return Err(ModelError::UnexpectedTensor {
                path: path.to_path_buf(),
                tensor: name,
                detail: "not part of the Whisper layout these hyperparameters describe".into(),
            })
        }
        Some(want) if *want != shape => {
            return Err(ModelError::UnexpectedTensor {
                path: path.to_path_buf(),
                tensor: name,
                detail: format!("shape {shape:?}, whisper.cpp expects {want:?}"),
            })
        }
        Some(_) => {}
    }
    if ne[0] % block != 0 {
        return Err(ModelError::UnexpectedTensor {
            path: path.to_path_buf(),
            tensor: name,
            detail: format!(
                "row length {} is not a multiple of the {type_name} block {block}",
                ne[0]
            ),
        });
    }
    // Shapes match the expected layout, so this product is bounded by the header limits.
    let nbytes = ne.iter().product::<u64>() / block * block_bytes;
    if c.pos + nbytes > size {
        return Err(ModelError::Truncated {
            path: path.to_path_buf(),
            detail: format!(
                "tensor {name} needs bytes {}..{} but the file has {size}",
                c.pos,
                c.pos + nbytes
            ),
        });
    }
    c.skip(nbytes)?;
    Ok(TensorHeader {
        name,
        ggml_type: type_name,
        ne,
        bytes: nbytes,
    })
}

fn check_hparams(path: &Path, hp: &Hparams) -> Result<(), ModelError> {
    let limits: [(&str, u32, u32); 10] = [
        ("n_vocab", hp.n_vocab, 1_000_000),
        ("n_audio_ctx", hp.n_audio_ctx, 1 << 16),
        ("n_audio_state", hp.n_audio_state, 1 << 14),
        ("n_audio_head", hp.n_audio_head, 1 << 10),
        ("n_audio_layer", hp.n_audio_layer, 1 << 10),
        ("n_text_ctx", hp.n_text_ctx, 1 << 16),
        ("n_text_state", hp.n_text_state, 1 << 14),
        ("n_text_head", hp.n_text_head, 1 << 10),
        ("n_text_layer", hp.n_text_layer, 1 << 10),
        ("n_mels", hp.n_mels, 1024),
    ];
    for (what, value, limit) in limits {
        if value == 0 || value > limit {
            return Err(ModelError::AbsurdSize {
                path: path.to_path_buf(),
                what: what.into(),
                value: value as u64,
                limit: limit as u64,
            });
        }
    }
    if !hp.n_audio_state.is_multiple_of(hp.n_audio_head)
        || !hp.n_text_state.is_multiple_of(hp.n_text_head)
    {
        return Err(corrupt(
            path,
            "head count does not divide the state size".into(),
        ));
    }
    Ok(())
}

/// SHA-256 of a file, lower-case hex, read in 1 MiB chunks.
pub fn sha256_file(path: &Path) -> Result<String, ModelError> {
    crate::source::digest::sha256_file(path)
        .map(|(sha256, _)| sha256)
        .map_err(|e| ModelError::io(path, e))
}
