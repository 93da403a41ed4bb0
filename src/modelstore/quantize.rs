//! `liveaudit models quantize`: rewrites a ggml Whisper file with its 2-D weight matrices in a
//! quantized type (q8_0, q5_1, q5_0, q4_0), as whisper.cpp's `quantize` tool does, through
//! ggml's own `ggml_quantize_chunk` (linked in by whisper-rs-sys) so the blocks are exactly
//! what whisper.cpp expects. Biases, norms, positional embeddings and the convolutions stay as
//! they are. The input is checked with [`super::verify_ggml`] first, so a damaged file is
//! refused with its own error before anything is written.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use whisper_rs::whisper_rs_sys as sys;

use super::verify::verify_ggml;
use super::ModelError;

/// ggml's quantization format version, written into the model ftype (`ftype + 1000 * v`).
const QNT_VERSION: u32 = 2;

/// Tensors whisper.cpp's quantize tool leaves unquantized even though they are 2-D.
const SKIP: &[&str] = &[
    "encoder.conv1.bias",
    "encoder.conv2.bias",
    "encoder.positional_embedding",
    "decoder.positional_embedding",
];

/// A quantized weight type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantType {
    Q8_0,
    Q5_1,
    Q5_0,
    Q4_0,
}

impl QuantType {
    /// Parses `q8_0`, `q5_1`, `q5_0`, `q4_0`.
    pub fn parse(s: &str) -> Option<QuantType> {
        Some(match s.to_ascii_lowercase().as_str() {
            "q8_0" => QuantType::Q8_0,
            "q5_1" => QuantType::Q5_1,
            "q5_0" => QuantType::Q5_0,
            "q4_0" => QuantType::Q4_0,
            _ => return None,
        })
    }

    /// Short name, as written in file names and reports.
    pub fn name(self) -> &'static str {
        match self {
            QuantType::Q8_0 => "q8_0",
            QuantType::Q5_1 => "q5_1",
            QuantType::Q5_0 => "q5_0",
            QuantType::Q4_0 => "q4_0",
        }
    }

    /// `ggml_type` of the tensors.
    fn tensor_type(self) -> sys::ggml_type {
        match self {
            QuantType::Q8_0 => sys::ggml_type_GGML_TYPE_Q8_0,
            QuantType::Q5_1 => sys::ggml_type_GGML_TYPE_Q5_1,
            QuantType::Q5_0 => sys::ggml_type_GGML_TYPE_Q5_0,
            QuantType::Q4_0 => sys::ggml_type_GGML_TYPE_Q4_0,
        }
    }

    /// Model-level `ggml_ftype` written into the header.
    fn ftype(self) -> u32 {
        match self {
            QuantType::Q8_0 => 7,
            QuantType::Q5_1 => 9,
            QuantType::Q5_0 => 8,
            QuantType::Q4_0 => 2,
        }
    }
}

/// What a quantization run did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct QuantizeReport {
    pub tensors: usize,
    pub quantized: usize,
    pub bytes_in: u64,
    pub bytes_out: u64,
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> ModelError + '_ {
    move |e| ModelError::io(path, e)
}

fn read_u32(r: &mut impl Read, path: &Path) -> Result<u32, ModelError> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b).map_err(io(path))?;
    Ok(u32::from_le_bytes(b))
}

fn copy(r: &mut impl Read, w: &mut impl Write, n: u64, src: &Path) -> Result<(), ModelError> {
    let copied = std::io::copy(&mut r.take(n), w).map_err(io(src))?;
    if copied != n {
        return Err(ModelError::io(
            src,
            std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "file ends early"),
        ));
    }
    Ok(())
}

/// Quantizes the f16/f32 ggml Whisper model `input` into `output` (written to a temporary
/// name and renamed, so a failed run leaves no half file).
pub fn quantize(
    input: &Path,
    output: &Path,
    qtype: QuantType,
) -> Result<QuantizeReport, ModelError> {
    verify_ggml(input)?;
    let tmp = output.with_extension("partial");
    let result = write_quantized(input, &tmp, qtype);
    match result {
        Ok(report) => {
            std::fs::rename(&tmp, output).map_err(io(output))?;
            Ok(report)
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn write_quantized(
    input: &Path,
    out: &Path,
    qtype: QuantType,
) -> Result<QuantizeReport, ModelError> {
    let mut r = BufReader::with_capacity(1 << 20, File::open(input).map_err(io(input))?);
    let mut w = BufWriter::with_capacity(1 << 20, File::create(out).map_err(io(out))?);
    let bytes_in = std::fs::metadata(input).map_err(io(input))?.len();
    let files = (input, out);
    copy_preamble(&mut r, &mut w, files, qtype)?;
    let (tensors, quantized) = copy_tensors(&mut r, &mut w, files, qtype)?;
    w.flush().map_err(io(out))?;
    drop(w);
    let bytes_out = std::fs::metadata(out).map_err(io(out))?.len();
    verify_ggml(out)?;
    Ok(QuantizeReport {
        tensors,
        quantized,
        bytes_in,
        bytes_out,
    })
}

/// Copies what comes before the tensors: the header (its ftype set to `qtype`), the mel
/// filters and the vocabulary. `(input, out)` name the files in errors.
fn copy_preamble(
    r: &mut impl Read,
    w: &mut impl Write,
    (input, out): (&Path, &Path),
    qtype: QuantType,
) -> Result<(), ModelError> {
    // Header: magic + 11 hyperparameters; the last is the ftype.
    let mut header = [0u32; 12];
    for v in header.iter_mut() {
        *v = read_u32(r, input)?;
    }
    if header[11] % 1000 > 1 {
        return Err(ModelError::io(
            input,
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "already quantized ({}); quantize an f16 or f32 model",
                    super::ggml::ftype_name(header[11])
                ),
            ),
        ));
    }
    header[11] = qtype.ftype() + QNT_VERSION * 1000;
    for v in header {
        w.write_all(&v.to_le_bytes()).map_err(io(out))?;
    }
    // Mel filters.
    let n_mel = read_u32(r, input)?;
    let n_fft = read_u32(r, input)?;
    w.write_all(&n_mel.to_le_bytes()).map_err(io(out))?;
    w.write_all(&n_fft.to_le_bytes()).map_err(io(out))?;
    copy(r, w, n_mel as u64 * n_fft as u64 * 4, input)?;
    // Vocabulary.
    let n_tokens = read_u32(r, input)?;
    w.write_all(&n_tokens.to_le_bytes()).map_err(io(out))?;
    for _ in 0..n_tokens {
        let len = read_u32(r, input)?;
        w.write_all(&len.to_le_bytes()).map_err(io(out))?;
        copy(r, w, len as u64, input)?;
    }
    Ok(())
}

/// Copies every tensor to the end of the input, quantizing the 2-D weights whisper.cpp
/// quantizes. Returns (tensors, quantized).
fn copy_tensors(
    r: &mut impl Read,
    w: &mut impl Write,
    (input, out): (&Path, &Path),
    qtype: QuantType,
) -> Result<(usize, usize), ModelError> {
    let (mut tensors, mut quantized) = (0, 0);
    let qt = qtype.tensor_type();
    let mut f32s: Vec<f32> = Vec::new();
    let mut raw: Vec<u8> = Vec::new();
    let mut dst: Vec<u8> = Vec::new();
    loop {
        let mut first = [0u8; 4];
        match r.read(&mut first).map_err(io(input))? {
            0 => break,
            4 => {}
            n => r.read_exact(&mut first[n..]).map_err(io(input))?,
        }
        let n_dims = u32::from_le_bytes(first);
        let name_len = read_u32(r, input)?;
        let ttype = read_u32(r, input)?;
        let mut ne = Vec::with_capacity(n_dims as usize);
        for _ in 0..n_dims {
            ne.push(read_u32(r, input)? as u64);
        }
        let mut name = vec![0u8; name_len as usize];
        r.read_exact(&mut name).map_err(io(input))?;
        let name_str = String::from_utf8_lossy(&name).into_owned();
        let n: u64 = ne.iter().product();
        let elem = if ttype == 0 { 4 } else { 2 };
        raw.resize((n * elem) as usize, 0);
        r.read_exact(&mut raw).map_err(io(input))?;
        let block = unsafe { sys::ggml_blck_size(qt) } as u64;
        let quantize = n_dims == 2
            && !SKIP.contains(&name_str.as_str())
            && (ttype == 0 || ttype == 1)
            && ne[0] % block == 0;
        let out_type = if quantize { qt } else { ttype };
        w.write_all(&n_dims.to_le_bytes()).map_err(io(out))?;
        w.write_all(&name_len.to_le_bytes()).map_err(io(out))?;
        w.write_all(&out_type.to_le_bytes()).map_err(io(out))?;
        for d in &ne {
            w.write_all(&(*d as u32).to_le_bytes()).map_err(io(out))?;
        }
        w.write_all(&name).map_err(io(out))?;
        if quantize {
            let written = quantize_tensor(qt, ttype, &raw, &ne, &mut f32s, &mut dst);
            w.write_all(&dst[..written]).map_err(io(out))?;
            quantized += 1;
        } else {
            w.write_all(&raw).map_err(io(out))?;
        }
        tensors += 1;
    }
    Ok((tensors, quantized))
}

/// Quantizes the f32 (`ttype` 0) or f16 (1) 2-D tensor `raw` of shape `ne` to `qt` into
/// `dst`; `f32s` is scratch. Returns the bytes of `dst` written.
fn quantize_tensor(
    qt: sys::ggml_type,
    ttype: u32,
    raw: &[u8],
    ne: &[u64],
    f32s: &mut Vec<f32>,
    dst: &mut Vec<u8>,
) -> usize {
    let n: u64 = ne.iter().product();
    f32s.clear();
    if ttype == 0 {
        f32s.extend(
            raw.chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        );
    } else {
        f32s.extend(
            raw.chunks_exact(2)
                .map(|c| half::f16::from_le_bytes([c[0], c[1]]).to_f32()),
        );
    }
    let rows = (n / ne[0]) as i64;
    let row_bytes = unsafe { sys::ggml_row_size(qt, ne[0] as i64) };
    dst.resize(row_bytes * rows as usize, 0);
    // SAFETY: `f32s` holds rows × ne[0] floats and `dst` rows × row_size bytes, the
    // sizes ggml_quantize_chunk reads and writes for a whole tensor; no imatrix.
    unsafe {
        sys::ggml_quantize_chunk(
            qt,
            f32s.as_ptr(),
            dst.as_mut_ptr().cast(),
            0,
            rows,
            ne[0] as i64,
            std::ptr::null(),
        )
    }
}
