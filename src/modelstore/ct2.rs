//! Reader for CTranslate2's `model.bin` (binary version 6): an index of every variable's name,
//! shape, type and byte range, built without loading tensor data.
//!
//! Layout (little-endian): `u32 version; str spec_name; u32 spec_revision; u32 n_variables;`
//! then per variable `str name; u8 rank; u32 dims[rank]; u8 dtype; u32 n_bytes; bytes`, then
//! `u32 n_aliases; (str alias, str target)*`, where `str` is a u16 length (with the trailing
//! NUL) and the bytes. Every count and size is checked against the file length before use, so
//! a corrupt header cannot make us allocate or seek without bound.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};

use super::reader::Cursor;
use super::ModelError;

/// The only `model.bin` layout version this reader understands.
pub const CT2_BINARY_VERSION: u32 = 6;
/// More variables than any real model has (Whisper large: ~1,300).
const MAX_VARIABLES: u32 = 100_000;
const MAX_ALIASES: u32 = 100_000;
const MAX_RANK: u8 = 8;

/// Element type of a CTranslate2 variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ct2Dtype {
    F32,
    I8,
    I16,
    I32,
    F16,
    Bf16,
}

impl Ct2Dtype {
    fn from_code(code: u8) -> Option<Self> {
        Some(match code {
            0 => Ct2Dtype::F32,
            1 => Ct2Dtype::I8,
            2 => Ct2Dtype::I16,
            3 => Ct2Dtype::I32,
            4 => Ct2Dtype::F16,
            5 => Ct2Dtype::Bf16,
            _ => return None,
        })
    }

    /// Bytes per element.
    pub fn size(self) -> u64 {
        match self {
            Ct2Dtype::I8 => 1,
            Ct2Dtype::I16 | Ct2Dtype::F16 | Ct2Dtype::Bf16 => 2,
            Ct2Dtype::F32 | Ct2Dtype::I32 => 4,
        }
    }

    /// True for the floating-point types the converter can turn into f16/f32.
    pub fn is_float(self) -> bool {
        matches!(self, Ct2Dtype::F32 | Ct2Dtype::F16 | Ct2Dtype::Bf16)
    }
}

/// One variable of a `model.bin`: where its data lies, not the data.
#[derive(Debug, Clone)]
pub struct Ct2Variable {
    pub name: String,
    /// Shape, outermost dimension first (row-major); empty for scalars.
    pub dims: Vec<u64>,
    pub dtype: Ct2Dtype,
    /// Absolute file offset of the first data byte.
    pub offset: u64,
    pub n_bytes: u64,
    /// The data of scalars (rank 0), read during indexing; empty otherwise.
    pub scalar: Vec<u8>,
}

impl Ct2Variable {
    /// Number of elements.
    pub fn numel(&self) -> u64 {
        self.dims.iter().product()
    }

    /// The value of an integer scalar such as `encoder/num_heads`.
    pub fn scalar_int(&self) -> Option<i64> {
        let b = &self.scalar;
        match (self.dtype, b.len()) {
            (Ct2Dtype::I8, 1) => Some(b[0] as i8 as i64),
            (Ct2Dtype::I16, 2) => Some(i16::from_le_bytes([b[0], b[1]]) as i64),
            (Ct2Dtype::I32, 4) => Some(i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64),
            _ => None,
        }
    }
}

/// The index of a `model.bin`.
#[derive(Debug, Clone)]
pub struct Ct2Index {
    pub path: PathBuf,
    pub file_len: u64,
    pub version: u32,
    pub spec_name: String,
    pub spec_revision: u32,
    pub variables: Vec<Ct2Variable>,
    /// (alias, target) pairs, e.g. `decoder/projection/weight → decoder/embeddings/weight`.
    pub aliases: Vec<(String, String)>,
    by_name: HashMap<String, usize>,
}

impl Ct2Index {
    /// Opens and indexes `path`.
    pub fn open(path: &Path) -> Result<Self, ModelError> {
        let file = File::open(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ModelError::MissingFile {
                    path: path.to_path_buf(),
                    what: "CTranslate2 model.bin".into(),
                }
            } else {
                ModelError::io(path, e)
            }
        })?;
        let file_len = file.metadata().map_err(|e| ModelError::io(path, e))?.len();
        let mut cur = Cursor::new(BufReader::with_capacity(1 << 16, file), file_len, path);
        Self::parse(&mut cur)
    }

    fn parse<R: Read + Seek>(c: &mut Cursor<'_, R>) -> Result<Self, ModelError> {
        let version = c.u32("binary version")?;
        if version != CT2_BINARY_VERSION {
            return Err(ModelError::BadMagic {
                path: c.path.to_path_buf(),
                format: "CTranslate2 model.bin",
                detail: format!(
                    "binary version {version}, this reader knows version {CT2_BINARY_VERSION}"
                ),
            });
        }
        let spec_name = c.string("spec name")?;
        let spec_revision = c.u32("spec revision")?;
        let n_vars = c.u32("variable count")?;
        if n_vars > MAX_VARIABLES {
            return Err(c.absurd("variable count", n_vars as u64, MAX_VARIABLES as u64));
        }
        let mut variables = Vec::with_capacity(n_vars.min(4096) as usize);
        let mut by_name = HashMap::new();
        for i in 0..n_vars {
            let var = Self::read_variable(c, i)?;
            if by_name.insert(var.name.clone(), variables.len()).is_some() {
                return Err(ModelError::Corrupt {
                    path: c.path.to_path_buf(),
                    detail: format!("variable {} appears twice", var.name),
                });
            }
            variables.push(var);
        }
        let n_aliases = c.u32("alias count")?;
        if n_aliases > MAX_ALIASES {
            return Err(c.absurd("alias count", n_aliases as u64, MAX_ALIASES as u64));
        }
        let mut aliases = Vec::new();
        for i in 0..n_aliases {
            let alias = c.string(&format!("alias {i}"))?;
            let target = c.string(&format!("target of alias {alias}"))?;
            aliases.push((alias, target));
        }
        Ok(Ct2Index {
            path: c.path.to_path_buf(),
            file_len: c.len,
            version,
            spec_name,
            spec_revision,
            variables,
            aliases,
            by_name,
        })
    }

    /// Reads variable `i`: name, shape, dtype and byte count, checked against each other and
    /// the file length. Only a scalar's bytes are read; a tensor's are skipped.
    fn read_variable<R: Read + Seek>(
        c: &mut Cursor<'_, R>,
        i: u32,
    ) -> Result<Ct2Variable, ModelError> {
        let what = format!("variable {i} name");
        let name = c.string(&what)?;
        let rank = c.u8(&format!("rank of {name}"))?;
        if rank > MAX_RANK {
            return Err(c.absurd(&format!("rank of {name}"), rank as u64, MAX_RANK as u64));
        }
        let mut dims = Vec::with_capacity(rank as usize);
        for _ in 0..rank {
            dims.push(c.u32(&format!("shape of {name}"))? as u64);
        }
        let code = c.u8(&format!("dtype of {name}"))?;
        let dtype = Ct2Dtype::from_code(code).ok_or_else(|| ModelError::Corrupt {
            path: c.path.to_path_buf(),
            detail: format!("variable {name}: unknown dtype code {code}"),
        })?;
        let n_bytes = c.u32(&format!("byte count of {name}"))? as u64;
        let offset = c.pos;
        let expected = dims
            .iter()
            .try_fold(1u64, |acc, &d| acc.checked_mul(d))
            .and_then(|n| n.checked_mul(dtype.size()));
        if expected != Some(n_bytes) {
            // A byte count that disagrees with the shape: corrupt header, not a short file.
            if n_bytes > c.len {
                return Err(c.absurd(&format!("byte count of {name}"), n_bytes, c.len));
            }
            return Err(ModelError::Corrupt {
                path: c.path.to_path_buf(),
                detail: format!(
                    "variable {name}: shape {dims:?} of {dtype:?} does not fill {n_bytes} bytes"
                ),
            });
        }
        if offset + n_bytes > c.len {
            return Err(ModelError::Truncated {
                path: c.path.to_path_buf(),
                detail: format!(
                    "variable {name} needs bytes {offset}..{} but the file has {}",
                    offset + n_bytes,
                    c.len
                ),
            });
        }
        let scalar = if rank == 0 {
            c.bytes(n_bytes as usize, &name)?
        } else {
            c.skip(n_bytes)?;
            Vec::new()
        };
        Ok(Ct2Variable {
            name,
            dims,
            dtype,
            offset,
            n_bytes,
            scalar,
        })
    }

    /// The variable called `name` (aliases resolved).
    pub fn get(&self, name: &str) -> Option<&Ct2Variable> {
        if let Some(&i) = self.by_name.get(name) {
            return Some(&self.variables[i]);
        }
        let target = self.aliases.iter().find(|(a, _)| a == name)?;
        self.by_name.get(&target.1).map(|&i| &self.variables[i])
    }

    /// The variable called `name`, or a `MissingTensor` error.
    pub fn require(&self, name: &str) -> Result<&Ct2Variable, ModelError> {
        self.get(name).ok_or_else(|| ModelError::MissingTensor {
            path: self.path.clone(),
            tensor: name.to_string(),
        })
    }

    /// The variable called `name` with exactly this shape.
    pub fn require_shape(&self, name: &str, dims: &[u64]) -> Result<&Ct2Variable, ModelError> {
        let v = self.require(name)?;
        if v.dims != dims {
            return Err(ModelError::UnexpectedTensor {
                path: self.path.clone(),
                tensor: name.to_string(),
                detail: format!("shape {:?}, expected {:?}", v.dims, dims),
            });
        }
        if !v.dtype.is_float() {
            return Err(ModelError::Unsupported {
                path: self.path.clone(),
                detail: format!(
                    "{name} is {:?}; only float32/float16/bfloat16 models can be converted \
                     (re-export the CTranslate2 model with --quantization float16)",
                    v.dtype
                ),
            });
        }
        Ok(v)
    }

    /// Number of `<prefix>/layer_<N>/` blocks (N = 0, 1, …, contiguous).
    pub fn count_layers(&self, prefix: &str) -> usize {
        let mut n = 0;
        while self
            .variables
            .iter()
            .any(|v| v.name.starts_with(&format!("{prefix}/layer_{n}/")))
        {
            n += 1;
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(out: &mut Vec<u8>, s: &str) {
        out.extend_from_slice(&((s.len() + 1) as u16).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
        out.push(0);
    }

    fn sample() -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&6u32.to_le_bytes());
        string(&mut b, "WhisperSpec");
        b.extend_from_slice(&3u32.to_le_bytes());
        b.extend_from_slice(&2u32.to_le_bytes());
        string(&mut b, "encoder/num_heads");
        b.push(0);
        b.push(2);
        b.extend_from_slice(&2u32.to_le_bytes());
        b.extend_from_slice(&8i16.to_le_bytes());
        string(&mut b, "w");
        b.push(2);
        b.extend_from_slice(&2u32.to_le_bytes());
        b.extend_from_slice(&3u32.to_le_bytes());
        b.push(4);
        b.extend_from_slice(&12u32.to_le_bytes());
        b.extend_from_slice(&[0u8; 12]);
        b.extend_from_slice(&1u32.to_le_bytes());
        string(&mut b, "alias");
        string(&mut b, "w");
        b
    }

    fn parse(bytes: &[u8]) -> Result<Ct2Index, ModelError> {
        let mut c = Cursor::new(
            std::io::Cursor::new(bytes),
            bytes.len() as u64,
            Path::new("model.bin"),
        );
        Ct2Index::parse(&mut c)
    }

    #[test]
    fn indexes_scalars_tensors_aliases() {
        let idx = parse(&sample()).unwrap();
        assert_eq!(idx.spec_name, "WhisperSpec");
        assert_eq!(idx.get("encoder/num_heads").unwrap().scalar_int(), Some(8));
        let w = idx.get("alias").unwrap();
        assert_eq!(
            (w.dims.clone(), w.dtype, w.n_bytes),
            (vec![2, 3], Ct2Dtype::F16, 12)
        );
        assert_eq!(w.offset, sample().len() as u64 - 12 - 4 - 8 - 4);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let full = sample();
        for cut in 0..full.len() {
            let err = parse(&full[..cut]).unwrap_err();
            assert!(
                matches!(
                    err,
                    ModelError::Truncated { .. } | ModelError::AbsurdSize { .. }
                ),
                "cut at {cut}: {err}"
            );
        }
    }
}
