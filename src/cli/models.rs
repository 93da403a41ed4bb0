//! `liveaudit models fetch|import-ct2|list|verify|inspect|quantize`: model supply.

use std::path::Path;

use super::args::ModelsCommand;
use super::context::{Context, ExitOutcome};
use super::settings::UsageError;
use crate::failure::Classify;
use crate::modelstore::{self, ModelError};

/// Runs a models subcommand.
pub(super) fn run(ctx: &Context, cmd: ModelsCommand) -> anyhow::Result<ExitOutcome> {
    match cmd {
        ModelsCommand::Fetch { name, dir } => Ok(fetch(ctx, &name, &dir)),
        ModelsCommand::ImportCt2 { dir, out } => Ok(import_ct2(&dir, &out)),
        ModelsCommand::List { dir } => Ok(list(&dir)),
        ModelsCommand::Quantize {
            input,
            output,
            qtype,
        } => quantize(&input, &output, &qtype),
        ModelsCommand::Verify { model } => verify(model.as_deref()),
        ModelsCommand::Inspect {
            model,
            window_secs,
            tokens_per_sec,
            json,
        } => inspect(model.as_deref(), window_secs, tokens_per_sec, json),
    }
}

/// `models fetch NAME`: download and check against the manifest.
fn fetch(ctx: &Context, name: &str, dir: &Path) -> ExitOutcome {
    let pb = if ctx.show_progress {
        indicatif::ProgressBar::new(0)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let result = modelstore::fetch_with_progress(name, dir, &mut |done, total| {
        pb.set_length(total);
        pb.set_position(done);
    });
    pb.finish_and_clear();
    match result {
        Ok(path) => {
            println!("{} verified and saved", path.display());
            ExitOutcome::Success
        }
        Err(e) => model_failure(&e),
    }
}

/// `models import-ct2 DIR --out FILE`.
fn import_ct2(dir: &Path, out: &Path) -> ExitOutcome {
    match modelstore::import_ct2(dir, out) {
        Ok(r) => {
            println!(
                "{}: {} model, {} tensors, {} tokens, {} bytes, sha256 {}",
                r.out.display(),
                r.model_type,
                r.n_tensors,
                r.n_tokens,
                r.size,
                r.sha256
            );
            ExitOutcome::Success
        }
        Err(e) => model_failure(&e),
    }
}

/// `models list`: files present and the manifest's names.
fn list(dir: &Path) -> ExitOutcome {
    println!("{:<34} {:>12}  {:<8} known as", "file", "size", "present");
    for m in modelstore::list_models(dir) {
        let size = m.size.or(m.entry.as_ref().map(|e| e.size)).unwrap_or(0);
        let present = match (&m.path, m.size_matches) {
            (Some(_), Some(false)) => "size?",
            (Some(_), _) => "yes",
            (None, _) => "-",
        };
        let known = m
            .entry
            .as_ref()
            .map(|e| format!("{} ({} {})", e.name, e.model_type, e.ftype))
            .unwrap_or_default();
        println!("{:<34} {:>12}  {:<8} {}", m.file, size, present, known);
    }
    ExitOutcome::Success
}

/// `models quantize IN OUT --type T`.
fn quantize(input: &Path, output: &Path, qtype: &str) -> anyhow::Result<ExitOutcome> {
    let qtype = modelstore::QuantType::parse(qtype)
        .ok_or_else(|| UsageError(format!("unknown quantization type {qtype}")))?;
    match modelstore::quantize(input, output, qtype) {
        Ok(r) => {
            println!(
                "{}: {} ({} of {} tensors quantized), {} → {} bytes",
                output.display(),
                qtype.name(),
                r.quantized,
                r.tensors,
                r.bytes_in,
                r.bytes_out
            );
            Ok(ExitOutcome::Success)
        }
        Err(e) => Ok(model_failure(&e)),
    }
}

/// `models verify [MODEL]`: structure and checksum.
fn verify(model: Option<&str>) -> anyhow::Result<ExitOutcome> {
    let path = modelstore::resolve_model(model).map_err(|e| UsageError(e.to_string()))?;
    match modelstore::verify_ggml(&path) {
        Ok(s) => {
            let known = s
                .known
                .as_ref()
                .map(|e| format!("known: {} ({})", e.name, e.file))
                .unwrap_or_else(|| "not in the manifest (structure is valid)".into());
            println!(
                "{}: OK — {} {} ({}), {} tensors, {} bytes, sha256 {}; {known}",
                s.path.display(),
                s.model_type,
                s.ftype,
                if s.multilingual {
                    "multilingual"
                } else {
                    "English-only"
                },
                s.n_tensors,
                s.size,
                s.sha256
            );
            Ok(ExitOutcome::Success)
        }
        Err(e) => Ok(model_failure(&e)),
    }
}

/// `models inspect [MODEL]`: weight placement and work shares.
fn inspect(
    model: Option<&str>,
    window_secs: Option<f32>,
    tokens_per_sec: f32,
    json: bool,
) -> anyhow::Result<ExitOutcome> {
    let window_secs = window_secs.unwrap_or(crate::vad::VadConfig::default().max_window_secs);
    if !(0.5..=30.0).contains(&window_secs) || !(0.0..=50.0).contains(&tokens_per_sec) {
        return Err(UsageError(format!(
            "--window-secs must be 0.5-30 and --tokens-per-sec 0-50 (got {window_secs}, {tokens_per_sec})"
        ))
        .into());
    }
    let path = modelstore::resolve_model(model).map_err(|e| UsageError(e.to_string()))?;
    // The context the transcriber gives whisper.cpp for a window this long.
    let samples = (window_secs * crate::media::TARGET_SAMPLE_RATE as f32) as usize;
    let work = modelstore::WorkModel {
        audio_ctx: crate::asr::whisper::audio_ctx_for(samples) as u64,
        tokens: (window_secs * tokens_per_sec).round() as u64,
        prompt_tokens: 8,
        dtw: crate::asr::AsrConfig::default().dtw,
    };
    let report = match modelstore::inspect(&path, modelstore::CpuKernels::linked(), work) {
        Ok(r) => r,
        Err(e) => return Ok(model_failure(&e)),
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_inspect(&report);
    }
    Ok(ExitOutcome::Success)
}

fn print_inspect(r: &modelstore::InspectReport) {
    let s = &r.summary;
    let k = &r.kernels;
    println!(
        "{}: {} {}; ggml built with AMX-INT8 {}, AVX512-VNNI {}, AVX-512 {}, AVX2 {}",
        s.path.display(),
        s.model_type,
        s.ftype,
        k.amx_int8,
        k.avx512_vnni,
        k.avx512,
        k.avx2
    );
    println!(
        "work of one window: audio ctx {}, {} text tokens (+{} prompt, DTW pass {})",
        r.work.audio_ctx, r.work.tokens, r.work.prompt_tokens, r.work.dtw
    );
    println!(
        "{:<42} {:<6} {:>12} {:<6} {:>6} {:>6}  why",
        "tensor", "type", "ne", "buffer", "enc %", "dec %"
    );
    for w in &r.weights {
        let ne: Vec<String> = w.tensor.ne.iter().map(|d| d.to_string()).collect();
        println!(
            "{:<42} {:<6} {:>12} {:<6} {:>6.2} {:>6.2}  {}",
            w.tensor.name,
            w.tensor.ggml_type,
            ne.join("×"),
            w.buffer.name(),
            100.0 * w.encoder_share,
            100.0 * w.decoder_share,
            w.reason
        );
    }
    for (encoder, name, total, attn) in [
        (true, "encoder", r.encoder_macs, r.encoder_attention_macs),
        (false, "decoder", r.decoder_macs, r.decoder_attention_macs),
    ] {
        let shares: Vec<String> = r
            .share_by_buffer(encoder)
            .iter()
            .map(|(b, v)| format!("{} {:.1} %", b.name(), 100.0 * v))
            .collect();
        println!(
            "{name}: {:.2} GMAC per window; weights on {}; activation×activation (attention) {:.1} %",
            total as f64 / 1e9,
            shares.join(", "),
            100.0 * attn as f64 / total.max(1) as f64
        );
    }
}

fn model_failure(e: &ModelError) -> ExitOutcome {
    eprintln!("error: {e}");
    if e.is_retryable() {
        ExitOutcome::Failure
    } else {
        ExitOutcome::BadInput
    }
}
