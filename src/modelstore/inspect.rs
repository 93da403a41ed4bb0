//! `liveaudit models inspect`: where whisper.cpp puts each weight of a model on this build and
//! CPU, why, and what share of a window's arithmetic it carries.
//!
//! Speed on CPU depends on which kernels multiply the big matrices: ggml's AMX buffer (Intel
//! AMX tiles, int8), its repack buffer (interleaved blocks for AVX2/AVX-512 GEMM), or the plain
//! CPU path. whisper.cpp offers every matmul weight to those buffers in that order and keeps
//! it on the first whose `supports_op` accepts it; the checks below restate ggml's (the copy
//! whisper-rs-sys 0.15 builds: `ggml-cpu/amx/amx.cpp`, `ggml-cpu/repack.cpp`,
//! `whisper-arch.h`) so the report can say *why* a weight stayed on the plain path, which a
//! debug log of the loader cannot. The work model counts multiply-accumulates of one window
//! from the hyperparameters; it is an estimate of shares, not a timing.

use std::path::Path;

use whisper_rs::whisper_rs_sys as sys;

use super::verify::{verify_ggml, ModelSummary, TensorHeader};
use super::{Hparams, ModelError};

/// The buffer a weight lands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightBuffer {
    /// ggml's AMX buffer: int8 tile matmuls.
    Amx,
    /// ggml's CPU repack buffer: interleaved blocks for wide GEMM kernels.
    Repack,
    /// The plain CPU buffer: ggml's generic vec-dot kernels.
    Cpu,
}

impl WeightBuffer {
    /// The name in reports, as in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            WeightBuffer::Amx => "amx",
            WeightBuffer::Repack => "repack",
            WeightBuffer::Cpu => "cpu",
        }
    }
}

/// What the ggml this binary links was built with (compile-time flags, as ggml reports them).
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct CpuKernels {
    pub amx_int8: bool,
    pub avx512_vnni: bool,
    pub avx512: bool,
    pub avx2: bool,
}

impl CpuKernels {
    /// Asks the linked ggml.
    pub fn linked() -> CpuKernels {
        // SAFETY: plain queries of compile-time constants, no arguments, no state.
        unsafe {
            CpuKernels {
                amx_int8: sys::ggml_cpu_has_amx_int8() != 0,
                avx512_vnni: sys::ggml_cpu_has_avx512_vnni() != 0,
                avx512: sys::ggml_cpu_has_avx512() != 0,
                avx2: sys::ggml_cpu_has_avx2() != 0,
            }
        }
    }

    /// ggml offers its AMX buffer only when built with AMX-INT8 and AVX512-VNNI.
    fn has_amx(&self) -> bool {
        self.amx_int8 && self.avx512_vnni
    }
}

/// The window the work shares are computed for.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct WorkModel {
    /// Encoder positions (50 per second of audio; liveaudit fits it to the window).
    pub audio_ctx: u64,
    /// Text tokens decoded in the window.
    pub tokens: u64,
    /// Prompt and start tokens decoded before the text.
    pub prompt_tokens: u64,
    /// Whether the DTW timing pass runs the decoder over the text once more.
    pub dtw: bool,
}

/// One weight's placement and work.
#[derive(Debug, Clone, serde::Serialize)]
pub struct WeightPlacement {
    #[serde(flatten)]
    pub tensor: TensorHeader,
    pub buffer: WeightBuffer,
    /// Why it is there (the check that kept it off a faster buffer).
    pub reason: String,
    /// Share of the encoder's multiply-accumulates this weight carries (0–1).
    pub encoder_share: f64,
    /// Share of the decoder's (including the cross-attention keys/values and the DTW pass).
    pub decoder_share: f64,
}

/// The whole report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct InspectReport {
    pub summary: ModelSummary,
    pub kernels: CpuKernels,
    pub work: WorkModel,
    /// Matmul and convolution weights (biases, norms and embeddings added are left out).
    pub weights: Vec<WeightPlacement>,
    /// Multiply-accumulates of one window: encoder, decoder.
    pub encoder_macs: u64,
    pub decoder_macs: u64,
    /// The part of each that multiplies activations by activations (attention scores and
    /// their weighted sums), which no weight buffer can speed up.
    pub encoder_attention_macs: u64,
    pub decoder_attention_macs: u64,
}

impl InspectReport {
    /// Share of the encoder's (`encoder`) or decoder's work on each buffer.
    pub fn share_by_buffer(&self, encoder: bool) -> [(WeightBuffer, f64); 3] {
        let mut out = [
            (WeightBuffer::Amx, 0.0),
            (WeightBuffer::Repack, 0.0),
            (WeightBuffer::Cpu, 0.0),
        ];
        for w in &self.weights {
            let share = if encoder {
                w.encoder_share
            } else {
                w.decoder_share
            };
            for (b, s) in out.iter_mut() {
                if *b == w.buffer {
                    *s += share;
                }
            }
        }
        out
    }
}

/// Reads `path` (checked as `models verify` does) and places every weight for `kernels`.
pub fn inspect(
    path: &Path,
    kernels: CpuKernels,
    work: WorkModel,
) -> Result<InspectReport, ModelError> {
    let summary = verify_ggml(path)?;
    let hp = summary.hparams;
    let mut weights: Vec<WeightPlacement> = Vec::new();
    let (mut enc_total, mut dec_total) = (0u64, 0u64);
    let mut per_weight = Vec::new();
    for t in &summary.tensors {
        let Some(role) = role(&t.name) else { continue };
        let (enc, dec) = weight_macs(role, t, &hp, &work);
        enc_total += enc;
        dec_total += dec;
        let (buffer, reason) = place(role, t, &kernels);
        per_weight.push((t.clone(), buffer, reason, enc, dec));
    }
    let (enc_attn, dec_attn) = attention_macs(&hp, &work);
    enc_total += enc_attn;
    dec_total += dec_attn;
    for (tensor, buffer, reason, enc, dec) in per_weight {
        weights.push(WeightPlacement {
            tensor,
            buffer,
            reason,
            encoder_share: enc as f64 / enc_total.max(1) as f64,
            decoder_share: dec as f64 / dec_total.max(1) as f64,
        });
    }
    Ok(InspectReport {
        summary,
        kernels,
        work,
        weights,
        encoder_macs: enc_total,
        decoder_macs: dec_total,
        encoder_attention_macs: enc_attn,
        decoder_attention_macs: dec_attn,
    })
}

/// What a weight does, as whisper.cpp's tensor table (`whisper-arch.h`) maps it to an op.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An encoder linear layer (attention projection or MLP): one row of work per position.
    EncoderLinear,
    /// A decoder linear layer applied per decoded token.
    DecoderLinear,
    /// The cross-attention key/value projections: applied once per window to the encoder
    /// output, counted as decoder work (whisper.cpp's "cross" step).
    CrossKeyValue,
    /// The first convolution (over mel frames) and the second (stride 2).
    Conv1,
    Conv2,
    /// The token embedding: looked up by GET_ROWS, and multiplied for the logits.
    TokenEmbedding,
}

fn role(name: &str) -> Option<Role> {
    let linear = [
        // `attn.` and `cross_attn.` alike.
        "attn.query.weight",
        "attn.key.weight",
        "attn.value.weight",
        "attn.out.weight",
        ".mlp.0.weight",
        ".mlp.2.weight",
    ];
    if name == "decoder.token_embedding.weight" {
        return Some(Role::TokenEmbedding);
    }
    if name == "encoder.conv1.weight" {
        return Some(Role::Conv1);
    }
    if name == "encoder.conv2.weight" {
        return Some(Role::Conv2);
    }
    if !linear.iter().any(|s| name.ends_with(s)) {
        return None;
    }
    if name.starts_with("encoder.") {
        Some(Role::EncoderLinear)
    } else if name.contains(".cross_attn.key.") || name.contains(".cross_attn.value.") {
        Some(Role::CrossKeyValue)
    } else {
        Some(Role::DecoderLinear)
    }
}

/// Types ggml's AMX kernels take (`qtype_has_amx_kernels`, plus f16 in `supports_op`).
const AMX_TYPES: &[&str] = &[
    "q4_0", "q4_1", "q8_0", "q4_K", "q5_K", "q6_K", "iq4_xs", "f16",
];
/// ggml's AMX `supports_op` wants the row length (input features) a multiple of
/// `TILE_K * 2 * 32` and the output features a multiple of `TILE_N * 2`.
const AMX_ROW_MULTIPLE: u64 = 32 * 2 * 32;
const AMX_OUT_MULTIPLE: u64 = 16 * 2;

/// The buffer ggml gives weight `t` and why, mirroring `select_weight_buft`.
fn place(role: Role, t: &TensorHeader, k: &CpuKernels) -> (WeightBuffer, String) {
    let ty = t.ggml_type;
    match role {
        Role::Conv1 | Role::Conv2 => {
            return (
                WeightBuffer::Cpu,
                "im2col + matmul: only the plain CPU buffer serves IM2COL".into(),
            )
        }
        Role::TokenEmbedding => {
            return (
                WeightBuffer::Cpu,
                "registered as GET_ROWS (the token lookup), which only the plain CPU buffer \
                 serves; its logits matmul therefore runs on the plain path too"
                    .into(),
            )
        }
        _ => {}
    }
    let (ne0, ne1) = (t.ne[0], t.ne.get(1).copied().unwrap_or(1));
    let amx_refusal = if !k.has_amx() {
        "ggml built without AMX-INT8/AVX512-VNNI".to_string()
    } else if !AMX_TYPES.contains(&ty) {
        format!("AMX has no {ty} kernel")
    } else if ne0 % AMX_ROW_MULTIPLE != 0 {
        format!("AMX wants input features a multiple of {AMX_ROW_MULTIPLE}, this has {ne0}")
    } else if ne1 % AMX_OUT_MULTIPLE != 0 {
        format!("AMX wants output features a multiple of {AMX_OUT_MULTIPLE}, this has {ne1}")
    } else {
        return (
            WeightBuffer::Amx,
            format!("{ty}, {ne0}×{ne1} fits AMX tiles"),
        );
    };
    // ggml_repack_get_optimal_repack_type on x86: which types have an interleaved layout.
    let repack = match ty {
        "q4_0" | "q4_K" | "iq4_nl" => k.avx2 && ne1 % 8 == 0,
        "q2_K" => k.avx512 && ne1 % 8 == 0,
        _ => false,
    };
    if repack {
        return (
            WeightBuffer::Repack,
            format!("{amx_refusal}; {ty} repacks 8×8 for AVX2/AVX-512"),
        );
    }
    let repack_refusal = match ty {
        "q8_0" => "q8_0 repacking is ARM-only in this ggml",
        "f16" | "f32" => "no repack layout for float weights",
        "q4_0" | "q4_K" | "iq4_nl" | "q2_K" => "CPU lacks the repack kernels or rows not ×8",
        _ => "no x86 repack layout for this type",
    };
    (
        WeightBuffer::Cpu,
        format!("{amx_refusal}; {repack_refusal}"),
    )
}

/// Multiply-accumulates of weight `t` in one window: (encoder, decoder).
fn weight_macs(role: Role, t: &TensorHeader, hp: &Hparams, w: &WorkModel) -> (u64, u64) {
    let n = w.audio_ctx;
    let tokens = decoded_tokens(w);
    let elements: u64 = t.ne.iter().product();
    match role {
        Role::EncoderLinear => (n * elements, 0),
        // conv1 runs over the 2n mel frames (kernel 3 × n_mels × state), conv2 over n.
        Role::Conv1 => (2 * n * elements, 0),
        Role::Conv2 => (n * elements, 0),
        Role::CrossKeyValue => (0, n * elements),
        Role::DecoderLinear => (0, tokens * elements),
        Role::TokenEmbedding => {
            debug_assert_eq!(elements, hp.n_vocab as u64 * hp.n_text_state as u64);
            (0, tokens * elements)
        }
    }
}

/// Tokens the decoder runs in a window: prompt, text, and the text again for DTW.
fn decoded_tokens(w: &WorkModel) -> u64 {
    w.prompt_tokens + w.tokens + if w.dtw { w.tokens + 3 } else { 0 }
}

/// Activation × activation work: (encoder self-attention, decoder self- and cross-attention).
fn attention_macs(hp: &Hparams, w: &WorkModel) -> (u64, u64) {
    let n = w.audio_ctx;
    let enc = hp.n_audio_layer as u64 * 2 * n * n * hp.n_audio_state as u64;
    let tokens = decoded_tokens(w);
    let d = hp.n_text_state as u64;
    // Cross-attention reads all n positions per token; self-attention about half the tokens.
    let per_token = 2 * n * d + 2 * (tokens / 2) * d;
    (enc, hp.n_text_layer as u64 * tokens * per_token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(name: &str, ty: &'static str, ne: &[u64]) -> TensorHeader {
        TensorHeader {
            name: name.into(),
            ggml_type: ty,
            ne: ne.to_vec(),
            bytes: 0,
        }
    }

    const AMX_CPU: CpuKernels = CpuKernels {
        amx_int8: true,
        avx512_vnni: true,
        avx512: true,
        avx2: true,
    };

    #[test]
    fn amx_takes_only_rows_that_are_multiples_of_2048() {
        let down = header("encoder.blocks.0.mlp.2.weight", "q8_0", &[2048, 512]);
        let up = header("encoder.blocks.0.mlp.0.weight", "q8_0", &[512, 2048]);
        assert_eq!(
            place(Role::EncoderLinear, &down, &AMX_CPU).0,
            WeightBuffer::Amx
        );
        let (buffer, reason) = place(Role::EncoderLinear, &up, &AMX_CPU);
        assert_eq!(buffer, WeightBuffer::Cpu);
        assert!(
            reason.contains("multiple of 2048, this has 512"),
            "{reason}"
        );
    }

    #[test]
    fn q4_0_falls_back_to_repack_and_embedding_stays_on_cpu() {
        let q = header("decoder.blocks.0.attn.query.weight", "q4_0", &[512, 512]);
        assert_eq!(
            place(Role::DecoderLinear, &q, &AMX_CPU).0,
            WeightBuffer::Repack
        );
        let e = header("decoder.token_embedding.weight", "q8_0", &[512, 51865]);
        assert_eq!(
            place(Role::TokenEmbedding, &e, &AMX_CPU).0,
            WeightBuffer::Cpu
        );
        let plain = CpuKernels {
            amx_int8: false,
            ..AMX_CPU
        };
        let down = header("encoder.blocks.0.mlp.2.weight", "q8_0", &[2048, 512]);
        let (buffer, reason) = place(Role::EncoderLinear, &down, &plain);
        assert_eq!(buffer, WeightBuffer::Cpu);
        assert!(reason.starts_with("ggml built without AMX"), "{reason}");
    }

    #[test]
    fn roles_follow_whisper_cpp_names() {
        assert_eq!(
            role("encoder.blocks.3.attn.key.weight"),
            Some(Role::EncoderLinear)
        );
        assert_eq!(
            role("decoder.blocks.1.cross_attn.value.weight"),
            Some(Role::CrossKeyValue)
        );
        assert_eq!(
            role("decoder.blocks.1.cross_attn.query.weight"),
            Some(Role::DecoderLinear)
        );
        assert_eq!(role("decoder.blocks.1.attn.query.bias"), None);
        assert_eq!(role("encoder.positional_embedding"), None);
    }
}
