//! `liveaudit models fetch|import-ct2|list|verify|quantize`: model supply.

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

fn model_failure(e: &ModelError) -> ExitOutcome {
    eprintln!("error: {e}");
    if e.is_retryable() {
        ExitOutcome::Failure
    } else {
        ExitOutcome::BadInput
    }
}
