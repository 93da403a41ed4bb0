//! `liveaudit transcribe INPUT`: the transcript alone, as JSON, SRT, VTT or text.

use anyhow::Context as _;

use super::args::{TranscribeArgs, TranscriptFormat};
use super::context::{print_input_error, Context, ExitOutcome};
use super::progress::{progress_bar, show};
use super::settings::{asr_settings, output_name, source_options, UsageError};
use crate::asr::WhisperModel;
use crate::failure::Classify;
use crate::report;

/// `liveaudit transcribe INPUT`.
pub(super) fn run(ctx: &Context, args: TranscribeArgs) -> anyhow::Result<ExitOutcome> {
    let asr = asr_settings(&args.asr, &ctx.file_config)?;
    let model =
        WhisperModel::load(&asr.model_path, &asr.config).map_err(|e| UsageError(e.to_string()))?;
    let mut transcriber = model.transcriber(&asr.config)?;
    let sources = source_options(&args.source, &ctx.file_config)?;
    let reference = args.input.to_string_lossy().into_owned();
    let label = crate::source::label(&reference);
    let pb = progress_bar(ctx, &output_name(&args.input));
    let out = crate::pipeline::transcribe(
        &reference,
        &sources,
        asr.vad,
        &mut [&mut transcriber],
        &mut |p| show(&pb, p),
    );
    pb.finish_and_clear();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            print_input_error(&label, &e);
            return Ok(if e.is_bad_input() {
                ExitOutcome::BadInput
            } else {
                ExitOutcome::Failure
            });
        }
    };
    for warning in out.report.warnings() {
        eprintln!("warning: {}: {warning}", label.display());
    }
    let text = match args.format {
        TranscriptFormat::Json => serde_json::to_string_pretty(&out.segments)? + "\n",
        TranscriptFormat::Srt => report::to_srt(&out.segments),
        TranscriptFormat::Vtt => report::to_vtt(&out.segments),
        TranscriptFormat::Text => out
            .segments
            .iter()
            .map(|s| {
                format!(
                    "[{} → {}] {}\n",
                    report::clock(s.start_ms, '.'),
                    report::clock(s.end_ms, '.'),
                    s.text
                )
            })
            .collect(),
    };
    match &args.out {
        Some(p) => report::write_atomic(p, text.as_bytes())
            .with_context(|| format!("writing {}", p.display()))?,
        None => print!("{text}"),
    }
    Ok(ExitOutcome::Success)
}
