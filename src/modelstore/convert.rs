//! CTranslate2 Whisper directory → whisper.cpp ggml file, streamed tensor by tensor.
//!
//! The `model.bin` is indexed first (names, shapes, byte ranges), then every ggml tensor is
//! copied from its byte range in chunks, converted to f16/f32 on the way. Memory use stays at a
//! few MiB whatever the model size. The output goes to a temporary file next to `out` that is
//! renamed into place only once complete; on any error it is removed.

use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use half::{bf16, f16};
use sha2::{Digest, Sha256};

use super::ct2::{Ct2Dtype, Ct2Index, Ct2Variable};
use super::ggml::{self, Hparams, OutType, TensorSpec};
use super::tempout::TempOut;
use super::{mel, vocab, ModelError};

/// Largest output the converter will produce (Whisper large in f32 is ~6.2 GB).
const MAX_OUTPUT_BYTES: u64 = 16 << 30;
/// Elements converted per chunk.
const CHUNK_ELEMS: u64 = 1 << 20;

/// What `import_ct2` produced.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportReport {
    /// The ggml file written.
    pub out: PathBuf,
    /// Its size in bytes.
    pub size: u64,
    /// Its SHA-256, lower-case hex.
    pub sha256: String,
    /// Header hyperparameters.
    pub hparams: Hparams,
    /// `tiny`, `base`, … as derived from the hyperparameters.
    pub model_type: String,
    /// Number of tensors written.
    pub n_tensors: usize,
    /// Regular BPE tokens written to the vocabulary section.
    pub n_tokens: usize,
    /// The vocabulary file used (vocabulary.txt or vocabulary.json).
    pub vocabulary: PathBuf,
    /// Wall time of the conversion.
    #[serde(with = "secs")]
    pub elapsed: Duration,
}

mod secs {
    pub fn serialize<S: serde::Serializer>(
        d: &std::time::Duration,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_f64(d.as_secs_f64())
    }
}

/// Where one ggml tensor's data comes from: `numel` elements starting at element `start` of a
/// CTranslate2 variable (rows of fused QKV / KV matrices are contiguous ranges).
struct Source<'a> {
    var: &'a Ct2Variable,
    start: u64,
}

/// Converts the CTranslate2 Whisper model in `dir` (`model.bin`, `config.json`,
/// `vocabulary.txt` or `vocabulary.json`) into the whisper.cpp ggml file `out`.
pub fn import_ct2(dir: &Path, out: &Path) -> Result<ImportReport, ModelError> {
    let started = Instant::now();
    let (model_path, index) = open_model(dir)?;
    let hp = derive_hparams(&index)?;
    let (vocab_path, tokens) = vocab::read_vocabulary(dir)?;
    if tokens.len() != hp.n_vocab as usize {
        return Err(ModelError::Corrupt {
            path: vocab_path,
            detail: format!(
                "{} tokens, but the token embedding has {} rows",
                tokens.len(),
                hp.n_vocab
            ),
        });
    }
    let token_bytes = vocab::regular_token_bytes(&vocab_path, &tokens)?;

    let specs = ggml::whisper_tensors(&hp);
    let sources = specs
        .iter()
        .map(|s| source_for(&index, &hp, s))
        .collect::<Result<Vec<_>, _>>()?;

    let filters = mel::mel_filterbank(
        mel::WHISPER_SAMPLE_RATE,
        mel::WHISPER_N_FFT,
        hp.n_mels as usize,
    );
    let expected_size = 12 * 4
        + 8
        + filters.len() as u64 * 4
        + 4
        + token_bytes.iter().map(|t| 4 + t.len() as u64).sum::<u64>()
        + specs
            .iter()
            .map(|s| ggml::tensor_header_len(s) + s.numel() * s.out_type.size())
            .sum::<u64>();
    if expected_size > MAX_OUTPUT_BYTES {
        return Err(ModelError::AbsurdSize {
            path: model_path,
            what: "converted model size".into(),
            value: expected_size,
            limit: MAX_OUTPUT_BYTES,
        });
    }

    let tmp = TempOut::create(out)?;
    let tensors = specs.iter().zip(&sources);
    let (written, sha) = write_ggml(&tmp, &model_path, &hp, &filters, &token_bytes, tensors)?;
    if written != expected_size {
        return Err(ModelError::Corrupt {
            path: tmp.path.clone(),
            detail: format!("wrote {written} bytes, planned {expected_size} (converter bug)"),
        });
    }
    tmp.commit(out)?;
    Ok(ImportReport {
        out: out.to_path_buf(),
        size: written,
        sha256: sha,
        model_type: hp.model_type(),
        hparams: hp,
        n_tensors: specs.len(),
        n_tokens: token_bytes.len(),
        vocabulary: vocab_path,
        elapsed: started.elapsed(),
    })
}

/// Checks the CTranslate2 directory (`model.bin` joined, `config.json` sound) and indexes its
/// Whisper `model.bin`. Returns the model.bin path and its index.
fn open_model(dir: &Path) -> Result<(PathBuf, Ct2Index), ModelError> {
    if !dir.is_dir() {
        return Err(ModelError::MissingFile {
            path: dir.to_path_buf(),
            what: "CTranslate2 model directory".into(),
        });
    }
    let model_path = dir.join("model.bin");
    if !model_path.is_file() {
        let hint = if dir.join("model.bin.part1").is_file() {
            " (join model.bin.part1 and model.bin.part2 into model.bin first)"
        } else {
            ""
        };
        return Err(ModelError::MissingFile {
            path: model_path,
            what: format!("CTranslate2 model.bin{hint}"),
        });
    }
    check_config(&dir.join("config.json"))?;
    let index = Ct2Index::open(&model_path)?;
    if !index.spec_name.starts_with("Whisper") {
        return Err(ModelError::Unsupported {
            path: model_path,
            detail: format!("model spec {:?} is not a Whisper model", index.spec_name),
        });
    }
    Ok((model_path, index))
}

/// Writes the ggml file into `tmp`: hyperparameters, mel `filters`, the vocabulary, then every
/// tensor copied from `model_path` and converted. Returns the bytes written and their SHA-256.
fn write_ggml<'s, 'a: 's>(
    tmp: &TempOut,
    model_path: &Path,
    hp: &Hparams,
    filters: &[f32],
    token_bytes: &[Vec<u8>],
    tensors: impl Iterator<Item = (&'s TensorSpec, &'s Source<'a>)>,
) -> Result<(u64, String), ModelError> {
    let n_freq = 1 + mel::WHISPER_N_FFT / 2;
    let mut src = File::open(model_path).map_err(|e| ModelError::io(model_path, e))?;
    let mut w = HashingWriter {
        inner: BufWriter::with_capacity(1 << 20, tmp.file()?),
        hasher: Sha256::new(),
        written: 0,
    };
    let io_out = |e: std::io::Error| ModelError::io(&tmp.path, e);
    hp.write(&mut w).map_err(io_out)?;
    w.write_all(&hp.n_mels.to_le_bytes()).map_err(io_out)?;
    w.write_all(&(n_freq as u32).to_le_bytes())
        .map_err(io_out)?;
    for f in filters {
        w.write_all(&f.to_le_bytes()).map_err(io_out)?;
    }
    w.write_all(&(token_bytes.len() as u32).to_le_bytes())
        .map_err(io_out)?;
    for t in token_bytes {
        w.write_all(&(t.len() as u32).to_le_bytes())
            .map_err(io_out)?;
        w.write_all(t).map_err(io_out)?;
    }
    let mut buf_in = Vec::new();
    let mut buf_out = Vec::new();
    for (spec, source) in tensors {
        ggml::write_tensor_header(&mut w, spec).map_err(io_out)?;
        copy_converted(
            &mut src,
            model_path,
            source,
            spec,
            &mut w,
            &tmp.path,
            &mut buf_in,
            &mut buf_out,
        )?;
    }
    w.inner.flush().map_err(io_out)?;
    let (written, sha) = (w.written, hex::encode(w.hasher.finalize()));
    let file = w.inner.into_inner().map_err(|e| io_out(e.into_error()))?;
    file.sync_all().map_err(io_out)?;
    drop(file);
    Ok((written, sha))
}

/// `config.json` must exist and be JSON; if it lists `lang_ids`, they must fit the vocabulary
/// (checked later against the embedding by the vocabulary size).
fn check_config(path: &Path) -> Result<(), ModelError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            ModelError::MissingFile {
                path: path.to_path_buf(),
                what: "CTranslate2 config.json".into(),
            }
        } else {
            ModelError::io(path, e)
        }
    })?;
    serde_json::from_str::<serde_json::Value>(&text).map_err(|e| ModelError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("not valid JSON: {e}"),
    })?;
    Ok(())
}

fn num_heads(index: &Ct2Index, prefix: &str, state: u64) -> Result<u32, ModelError> {
    let heads = match index.get(&format!("{prefix}/num_heads")) {
        Some(v) => v.scalar_int().ok_or_else(|| ModelError::UnexpectedTensor {
            path: index.path.clone(),
            tensor: v.name.clone(),
            detail: "not an integer scalar".into(),
        })? as u64,
        None => state / 64,
    };
    if heads == 0 || !state.is_multiple_of(heads) {
        return Err(ModelError::UnexpectedTensor {
            path: index.path.clone(),
            tensor: format!("{prefix}/num_heads"),
            detail: format!("{heads} heads do not divide the state size {state}"),
        });
    }
    Ok(heads as u32)
}

/// Hyperparameters from the tensors' shapes (and the `num_heads` scalars).
fn derive_hparams(index: &Ct2Index) -> Result<Hparams, ModelError> {
    let dims2 = |name: &str| -> Result<(u64, u64), ModelError> {
        let v = index.require(name)?;
        match v.dims[..] {
            [a, b] => Ok((a, b)),
            _ => Err(ModelError::UnexpectedTensor {
                path: index.path.clone(),
                tensor: name.into(),
                detail: format!("shape {:?}, expected 2 dimensions", v.dims),
            }),
        }
    };
    let (n_audio_ctx, n_audio_state) = dims2("encoder/position_encodings/encodings")?;
    let (n_text_ctx, n_text_state) = dims2("decoder/position_encodings/encodings")?;
    let (n_vocab, emb_state) = dims2("decoder/embeddings/weight")?;
    let conv1 = index.require("encoder/conv1/weight")?;
    let n_mels = match conv1.dims[..] {
        [s, m, 3] if s == n_audio_state => m,
        _ => {
            return Err(ModelError::UnexpectedTensor {
                path: index.path.clone(),
                tensor: conv1.name.clone(),
                detail: format!(
                    "shape {:?}, expected [{n_audio_state}, n_mels, 3]",
                    conv1.dims
                ),
            })
        }
    };
    if emb_state != n_text_state || n_text_state != n_audio_state {
        return Err(ModelError::UnexpectedTensor {
            path: index.path.clone(),
            tensor: "decoder/embeddings/weight".into(),
            detail: format!(
                "text state {n_text_state}, embedding width {emb_state} and audio state \
                 {n_audio_state} differ; whisper.cpp needs them equal"
            ),
        });
    }
    let limits = [
        ("n_vocab", n_vocab, 1_000_000),
        ("n_audio_ctx", n_audio_ctx, 1 << 16),
        ("n_text_ctx", n_text_ctx, 1 << 16),
        ("n_state", n_audio_state, 1 << 14),
        ("n_mels", n_mels, 1024),
    ];
    for (what, value, limit) in limits {
        if value == 0 || value > limit {
            return Err(ModelError::AbsurdSize {
                path: index.path.clone(),
                what: what.into(),
                value,
                limit,
            });
        }
    }
    let n_audio_layer = index.count_layers("encoder") as u32;
    let n_text_layer = index.count_layers("decoder") as u32;
    if n_audio_layer == 0 || n_text_layer == 0 {
        return Err(ModelError::MissingTensor {
            path: index.path.clone(),
            tensor: if n_audio_layer == 0 {
                "encoder/layer_0/..."
            } else {
                "decoder/layer_0/..."
            }
            .into(),
        });
    }
    Ok(Hparams {
        n_vocab: n_vocab as u32,
        n_audio_ctx: n_audio_ctx as u32,
        n_audio_state: n_audio_state as u32,
        n_audio_head: num_heads(index, "encoder", n_audio_state)?,
        n_audio_layer,
        n_text_ctx: n_text_ctx as u32,
        n_text_state: n_text_state as u32,
        n_text_head: num_heads(index, "decoder", n_text_state)?,
        n_text_layer,
        n_mels: n_mels as u32,
        ftype: 1,
    })
}

/// The CTranslate2 variable (and element offset) holding one ggml tensor, with its shape checked.
fn source_for<'a>(
    index: &'a Ct2Index,
    hp: &Hparams,
    spec: &TensorSpec,
) -> Result<Source<'a>, ModelError> {
    let s = hp.n_audio_state as u64;
    let find = Lookup { index, s, spec };
    let name = spec.name.as_str();
    match name {
        "encoder.positional_embedding" => {
            return find.whole("encoder/position_encodings/encodings", &spec.shape)
        }
        "decoder.positional_embedding" => {
            return find.whole("decoder/position_encodings/encodings", &spec.shape)
        }
        "decoder.token_embedding.weight" => {
            return find.whole("decoder/embeddings/weight", &spec.shape)
        }
        "encoder.conv1.weight" | "encoder.conv2.weight" => {
            return find.whole(&format!("encoder/{}/weight", &name[8..13]), &spec.shape)
        }
        "encoder.conv1.bias" | "encoder.conv2.bias" => {
            return find.whole(&format!("encoder/{}/bias", &name[8..13]), &[s])
        }
        _ => {}
    }
    let (stem, bias) = match name.strip_suffix(".weight") {
        Some(p) => (p, false),
        None => (name.strip_suffix(".bias").unwrap_or(name), true),
    };
    if stem == "encoder.ln_post" {
        return find.ln("encoder/layer_norm", bias);
    }
    if stem == "decoder.ln" {
        return find.ln("decoder/layer_norm", bias);
    }
    find.block(stem, bias)
}

/// Finds the CTranslate2 variables behind one ggml tensor (`spec`) of a model `s` wide.
struct Lookup<'a, 'b> {
    index: &'a Ct2Index,
    s: u64,
    spec: &'b TensorSpec,
}

impl<'a> Lookup<'a, '_> {
    /// The whole variable `ct2`, which must have `shape`.
    fn whole(&self, ct2: &str, shape: &[u64]) -> Result<Source<'a>, ModelError> {
        Ok(Source {
            var: self.index.require_shape(ct2, shape)?,
            start: 0,
        })
    }

    /// Row `part` of a variable fused from `parts` equal blocks (QKV: 3, cross-attention KV: 2).
    fn fused(
        &self,
        ct2: &str,
        parts: u64,
        part: u64,
        bias: bool,
    ) -> Result<Source<'a>, ModelError> {
        let s = self.s;
        let shape: Vec<u64> = if bias {
            vec![parts * s]
        } else {
            vec![parts * s, s]
        };
        let var = self.index.require_shape(ct2, &shape)?;
        let per_part = if bias { s } else { s * s };
        Ok(Source {
            var,
            start: part * per_part,
        })
    }

    /// A linear layer's weight or bias.
    fn lin(&self, ct2: &str, bias: bool) -> Result<Source<'a>, ModelError> {
        if bias {
            self.whole(&format!("{ct2}/bias"), &[self.spec.shape[0]])
        } else {
            self.whole(&format!("{ct2}/weight"), &self.spec.shape)
        }
    }

    /// A layer norm's beta or gamma.
    fn ln(&self, ct2: &str, bias: bool) -> Result<Source<'a>, ModelError> {
        self.whole(
            &format!("{ct2}/{}", if bias { "beta" } else { "gamma" }),
            &[self.s],
        )
    }

    /// A tensor of a transformer block: `stem` is "{encoder|decoder}.blocks.{N}.{rest}".
    fn block(&self, stem: &str, bias: bool) -> Result<Source<'a>, ModelError> {
        let missing = || ModelError::MissingTensor {
            path: self.index.path.clone(),
            tensor: self.spec.name.clone(),
        };
        let mut it = stem.splitn(4, '.');
        let (side, _, layer, rest) = (it.next(), it.next(), it.next(), it.next());
        let (Some(side), Some(layer), Some(rest)) = (side, layer, rest) else {
            return Err(missing());
        };
        let l = format!("{side}/layer_{layer}");
        match rest {
            "attn.query" => self.fused(
                &format!("{l}/self_attention/linear_0/{}", wb(bias)),
                3,
                0,
                bias,
            ),
            "attn.key" => self.fused(&format!("{l}/self_attention/linear_0/weight"), 3, 1, false),
            "attn.value" => self.fused(
                &format!("{l}/self_attention/linear_0/{}", wb(bias)),
                3,
                2,
                bias,
            ),
            "attn.out" => self.lin(&format!("{l}/self_attention/linear_1"), bias),
            "attn_ln" => self.ln(&format!("{l}/self_attention/layer_norm"), bias),
            "cross_attn.query" => self.lin(&format!("{l}/attention/linear_0"), bias),
            "cross_attn.key" => self.fused(&format!("{l}/attention/linear_1/weight"), 2, 0, false),
            "cross_attn.value" => {
                self.fused(&format!("{l}/attention/linear_1/{}", wb(bias)), 2, 1, bias)
            }
            "cross_attn.out" => self.lin(&format!("{l}/attention/linear_2"), bias),
            "cross_attn_ln" => self.ln(&format!("{l}/attention/layer_norm"), bias),
            "mlp.0" => self.lin(&format!("{l}/ffn/linear_0"), bias),
            "mlp.2" => self.lin(&format!("{l}/ffn/linear_1"), bias),
            "mlp_ln" => self.ln(&format!("{l}/ffn/layer_norm"), bias),
            _ => Err(missing()),
        }
    }
}

fn wb(bias: bool) -> &'static str {
    if bias {
        "bias"
    } else {
        "weight"
    }
}

/// Streams `spec.numel()` elements of `source` from `src` into `w`, converting the type.
#[allow(clippy::too_many_arguments)]
fn copy_converted(
    src: &mut File,
    src_path: &Path,
    source: &Source<'_>,
    spec: &TensorSpec,
    w: &mut impl Write,
    out_path: &Path,
    buf_in: &mut Vec<u8>,
    buf_out: &mut Vec<u8>,
) -> Result<(), ModelError> {
    let in_size = source.var.dtype.size();
    let total = spec.numel();
    debug_assert!(source.start + total <= source.var.numel());
    src.seek(SeekFrom::Start(source.var.offset + source.start * in_size))
        .map_err(|e| ModelError::io(src_path, e))?;
    let mut done = 0;
    while done < total {
        let n = (total - done).min(CHUNK_ELEMS) as usize;
        buf_in.resize(n * in_size as usize, 0);
        src.read_exact(buf_in).map_err(|e| {
            if e.kind() == std::io::ErrorKind::UnexpectedEof {
                ModelError::Truncated {
                    path: src_path.to_path_buf(),
                    detail: format!("{} ends inside its data", source.var.name),
                }
            } else {
                ModelError::io(src_path, e)
            }
        })?;
        let bytes: &[u8] = match (source.var.dtype, spec.out_type) {
            (Ct2Dtype::F16, OutType::F16) | (Ct2Dtype::F32, OutType::F32) => buf_in,
            (dtype, out) => {
                buf_out.clear();
                for chunk in buf_in.chunks_exact(in_size as usize) {
                    let x = match dtype {
                        Ct2Dtype::F16 => f16::from_le_bytes([chunk[0], chunk[1]]).to_f32(),
                        Ct2Dtype::Bf16 => bf16::from_le_bytes([chunk[0], chunk[1]]).to_f32(),
                        Ct2Dtype::F32 => {
                            f32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]])
                        }
                        _ => unreachable!("require_shape admits float types only"),
                    };
                    match out {
                        OutType::F32 => buf_out.extend_from_slice(&x.to_le_bytes()),
                        OutType::F16 => buf_out.extend_from_slice(&f16::from_f32(x).to_le_bytes()),
                    }
                }
                buf_out
            }
        };
        w.write_all(bytes)
            .map_err(|e| ModelError::io(out_path, e))?;
        done += n as u64;
    }
    Ok(())
}

/// Writer that hashes and counts what passes through it.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    written: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.written += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
