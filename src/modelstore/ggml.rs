//! The legacy ggml Whisper file format whisper.cpp loads: header, mel filters, vocabulary and
//! the tensor table, shared by the converter (writing) and `verify_ggml` (reading).

use std::io::Write;

/// `ggml` in ASCII, as the first little-endian i32 of every whisper.cpp model file.
pub const GGML_MAGIC: u32 = 0x6767_6d6c;

/// The eleven hyperparameters of a ggml Whisper header, in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Hparams {
    pub n_vocab: u32,
    pub n_audio_ctx: u32,
    pub n_audio_state: u32,
    pub n_audio_head: u32,
    pub n_audio_layer: u32,
    pub n_text_ctx: u32,
    pub n_text_state: u32,
    pub n_text_head: u32,
    pub n_text_layer: u32,
    pub n_mels: u32,
    /// Model-level ftype; values ≥ 1000 carry the quantisation version (`ftype / 1000`).
    pub ftype: u32,
}

impl Hparams {
    pub(crate) fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        for v in [
            GGML_MAGIC,
            self.n_vocab,
            self.n_audio_ctx,
            self.n_audio_state,
            self.n_audio_head,
            self.n_audio_layer,
            self.n_text_ctx,
            self.n_text_state,
            self.n_text_head,
            self.n_text_layer,
            self.n_mels,
            self.ftype,
        ] {
            w.write_all(&v.to_le_bytes())?;
        }
        Ok(())
    }

    /// True for multilingual vocabularies (English-only Whisper has 51864 tokens).
    pub fn is_multilingual(&self) -> bool {
        self.n_vocab >= 51865
    }

    /// The Whisper size this header describes: `tiny`, `base`, `small`, `medium`, `large`
    /// (v1/v2), `large-v3`, `large-v3-turbo`; `.en` appended for English-only models.
    pub fn model_type(&self) -> String {
        let base = match (self.n_audio_layer, self.n_text_layer, self.n_mels) {
            (4, 4, _) => "tiny".to_string(),
            (6, 6, _) => "base".to_string(),
            (12, 12, _) => "small".to_string(),
            (24, 24, _) => "medium".to_string(),
            (32, 4, 128) => "large-v3-turbo".to_string(),
            (32, 32, 128) => "large-v3".to_string(),
            (32, 32, _) => "large".to_string(),
            (a, t, _) => return format!("custom ({a} audio / {t} text layers)"),
        };
        if self.is_multilingual() {
            base
        } else {
            format!("{base}.en")
        }
    }
}

/// Reads just the header of a ggml Whisper file (`None` when it is not one), so the loader can
/// pick model-specific settings (DTW alignment heads) before whisper.cpp loads the weights.
pub fn read_hparams(path: &std::path::Path) -> Option<Hparams> {
    use std::io::Read;
    let mut buf = [0u8; 48];
    std::fs::File::open(path).ok()?.read_exact(&mut buf).ok()?;
    let v: Vec<u32> = buf
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    (v[0] == GGML_MAGIC).then(|| Hparams {
        n_vocab: v[1],
        n_audio_ctx: v[2],
        n_audio_state: v[3],
        n_audio_head: v[4],
        n_audio_layer: v[5],
        n_text_ctx: v[6],
        n_text_state: v[7],
        n_text_head: v[8],
        n_text_layer: v[9],
        n_mels: v[10],
        ftype: v[11],
    })
}

/// Human name of a model-level ftype (`llama`-style `ggml_ftype` numbering).
pub fn ftype_name(ftype: u32) -> String {
    match ftype % 1000 {
        0 => "f32",
        1 => "f16",
        2 => "q4_0",
        3 => "q4_1",
        7 => "q8_0",
        8 => "q5_0",
        9 => "q5_1",
        10 => "q2_k",
        11 => "q3_k",
        12 => "q4_k",
        13 => "q5_k",
        14 => "q6_k",
        other => return format!("ftype {other}"),
    }
    .to_string()
}

/// Per-tensor element types (`ggml_type`) a whisper file may hold: (id, name, block size,
/// bytes per block).
const GGML_TYPES: &[(u32, &str, u64, u64)] = &[
    (0, "f32", 1, 4),
    (1, "f16", 1, 2),
    (2, "q4_0", 32, 18),
    (3, "q4_1", 32, 20),
    (6, "q5_0", 32, 22),
    (7, "q5_1", 32, 24),
    (8, "q8_0", 32, 34),
    (9, "q8_1", 32, 36),
    (10, "q2_k", 256, 84),
    (11, "q3_k", 256, 110),
    (12, "q4_k", 256, 144),
    (13, "q5_k", 256, 176),
    (14, "q6_k", 256, 210),
    (15, "q8_k", 256, 292),
    (30, "bf16", 1, 2),
];

/// Name, block size and block bytes of tensor type `id`, if known.
pub(crate) fn tensor_type(id: u32) -> Option<(&'static str, u64, u64)> {
    GGML_TYPES
        .iter()
        .find(|t| t.0 == id)
        .map(|t| (t.1, t.2, t.3))
}

/// Element type of a tensor the converter writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutType {
    F32,
    F16,
}

impl OutType {
    pub(crate) fn code(self) -> u32 {
        match self {
            OutType::F32 => 0,
            OutType::F16 => 1,
        }
    }
    pub(crate) fn size(self) -> u64 {
        match self {
            OutType::F32 => 4,
            OutType::F16 => 2,
        }
    }
}

/// One tensor of the whisper.cpp layout.
#[derive(Debug, Clone)]
pub(crate) struct TensorSpec {
    pub name: String,
    /// Shape as PyTorch has it, outermost first; the file stores it reversed.
    pub shape: Vec<u64>,
    /// What an f16 conversion writes (1-D tensors, conv biases, positional embeddings: f32).
    pub out_type: OutType,
}

impl TensorSpec {
    pub(crate) fn numel(&self) -> u64 {
        self.shape.iter().product()
    }
}

fn t(name: String, shape: &[u64]) -> TensorSpec {
    let f32 = shape.len() < 2
        || name.ends_with("positional_embedding")
        || name.ends_with("conv1.bias")
        || name.ends_with("conv2.bias");
    TensorSpec {
        name,
        shape: shape.to_vec(),
        out_type: if f32 { OutType::F32 } else { OutType::F16 },
    }
}

fn linear(v: &mut Vec<TensorSpec>, name: &str, out: u64, inp: u64, bias: bool) {
    v.push(t(format!("{name}.weight"), &[out, inp]));
    if bias {
        v.push(t(format!("{name}.bias"), &[out]));
    }
}

fn norm(v: &mut Vec<TensorSpec>, name: &str, n: u64) {
    v.push(t(format!("{name}.weight"), &[n]));
    v.push(t(format!("{name}.bias"), &[n]));
}

fn block(v: &mut Vec<TensorSpec>, p: &str, s: u64, cross: bool) {
    linear(v, &format!("{p}.attn.query"), s, s, true);
    linear(v, &format!("{p}.attn.key"), s, s, false);
    linear(v, &format!("{p}.attn.value"), s, s, true);
    linear(v, &format!("{p}.attn.out"), s, s, true);
    norm(v, &format!("{p}.attn_ln"), s);
    if cross {
        linear(v, &format!("{p}.cross_attn.query"), s, s, true);
        linear(v, &format!("{p}.cross_attn.key"), s, s, false);
        linear(v, &format!("{p}.cross_attn.value"), s, s, true);
        linear(v, &format!("{p}.cross_attn.out"), s, s, true);
        norm(v, &format!("{p}.cross_attn_ln"), s);
    }
    linear(v, &format!("{p}.mlp.0"), 4 * s, s, true);
    linear(v, &format!("{p}.mlp.2"), s, 4 * s, true);
    norm(v, &format!("{p}.mlp_ln"), s);
}

/// Every tensor whisper.cpp expects for these hyperparameters, in the order OpenAI's
/// checkpoints (and so `convert-pt-to-ggml.py`) list them. The converter writes this order;
/// `verify_ggml` checks names and shapes against it.
pub(crate) fn whisper_tensors(hp: &Hparams) -> Vec<TensorSpec> {
    let (sa, st) = (hp.n_audio_state as u64, hp.n_text_state as u64);
    let mut v = vec![
        t(
            "encoder.positional_embedding".into(),
            &[hp.n_audio_ctx as u64, sa],
        ),
        t("encoder.conv1.weight".into(), &[sa, hp.n_mels as u64, 3]),
        t("encoder.conv1.bias".into(), &[sa, 1]),
        t("encoder.conv2.weight".into(), &[sa, sa, 3]),
        t("encoder.conv2.bias".into(), &[sa, 1]),
    ];
    for i in 0..hp.n_audio_layer {
        block(&mut v, &format!("encoder.blocks.{i}"), sa, false);
    }
    norm(&mut v, "encoder.ln_post", sa);
    v.push(t(
        "decoder.positional_embedding".into(),
        &[hp.n_text_ctx as u64, st],
    ));
    v.push(t(
        "decoder.token_embedding.weight".into(),
        &[hp.n_vocab as u64, st],
    ));
    for i in 0..hp.n_text_layer {
        block(&mut v, &format!("decoder.blocks.{i}"), st, true);
    }
    norm(&mut v, "decoder.ln", st);
    v
}

/// Bytes of one tensor header: n_dims, name length, type, dims, name.
pub(crate) fn tensor_header_len(spec: &TensorSpec) -> u64 {
    12 + 4 * spec.shape.len() as u64 + spec.name.len() as u64
}

/// Writes one tensor header (dims innermost first, as ggml counts them).
pub(crate) fn write_tensor_header(w: &mut impl Write, spec: &TensorSpec) -> std::io::Result<()> {
    w.write_all(&(spec.shape.len() as u32).to_le_bytes())?;
    w.write_all(&(spec.name.len() as u32).to_le_bytes())?;
    w.write_all(&spec.out_type.code().to_le_bytes())?;
    for d in spec.shape.iter().rev() {
        w.write_all(&(*d as u32).to_le_bytes())?;
    }
    w.write_all(spec.name.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Hparams {
        Hparams {
            n_vocab: 51865,
            n_audio_ctx: 1500,
            n_audio_state: 512,
            n_audio_head: 8,
            n_audio_layer: 6,
            n_text_ctx: 448,
            n_text_state: 512,
            n_text_head: 8,
            n_text_layer: 6,
            n_mels: 80,
            ftype: 1,
        }
    }

    #[test]
    fn base_layout_has_245_tensors() {
        let v = whisper_tensors(&base());
        assert_eq!(v.len(), 5 + 15 * 6 + 2 + 2 + 24 * 6 + 2);
        let names: std::collections::HashSet<_> = v.iter().map(|t| &t.name).collect();
        assert_eq!(names.len(), v.len());
        let conv_b = v.iter().find(|t| t.name == "encoder.conv1.bias").unwrap();
        assert_eq!(
            (conv_b.shape.clone(), conv_b.out_type),
            (vec![512, 1], OutType::F32)
        );
        let q = v
            .iter()
            .find(|t| t.name == "decoder.blocks.5.cross_attn.query.weight")
            .unwrap();
        assert_eq!(q.out_type, OutType::F16);
    }

    #[test]
    fn model_types() {
        let mut hp = base();
        assert_eq!(hp.model_type(), "base");
        hp.n_vocab = 51864;
        assert_eq!(hp.model_type(), "base.en");
        hp = Hparams {
            n_audio_layer: 32,
            n_text_layer: 4,
            n_mels: 128,
            n_vocab: 51866,
            ..base()
        };
        assert_eq!(hp.model_type(), "large-v3-turbo");
        assert_eq!(ftype_name(2009), "q5_1");
    }
}
