//! `audit`, `transcribe` and `check`: the commands that run the pipeline.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};

use super::args::{AuditArgs, CheckArgs, TranscribeArgs, TranscriptFormat};
use super::settings::{asr_settings, expand_inputs, InputSpec, UsageError};
use super::{Context, Outcome};
use crate::asr::{Transcriber, WhisperModel};
use crate::findings::{EngineInfo, FindingsDoc};
use crate::pipeline::{self, AuditError, Progress};
use crate::report;
use crate::rules::{RuleEngine, RulePack};
use crate::transcript::Segment;

/// Loads the default pack, with a site pack over it when one is given.
pub(super) fn load_pack(site: Option<&Path>) -> Result<RulePack, UsageError> {
    let pack = RulePack::builtin().map_err(|e| UsageError(format!("built-in rule pack: {e}")))?;
    match site {
        Some(p) => pack.load_overlay(p).map_err(|e| UsageError(e.to_string())),
        None => Ok(pack),
    }
}

pub(super) fn progress_bar(ctx: &Context, name: &str) -> ProgressBar {
    if !ctx.show_progress {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{prefix:.bold} [{bar:30}] {msg} ({elapsed}, eta {eta})")
            .expect("valid template")
            .progress_chars("=> "),
    );
    pb.set_prefix(name.to_string());
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

pub(super) fn on_progress(pb: &ProgressBar) -> impl FnMut(Progress) + '_ {
    move |p| match p {
        Progress::Opened { duration_ms } => {
            pb.set_length(duration_ms.unwrap_or(0));
            pb.set_message("decoding");
        }
        Progress::Transcribed { until_ms } => {
            if pb.length().unwrap_or(0) < until_ms {
                pb.set_length(until_ms);
            }
            pb.set_position(until_ms);
            pb.set_message(format!("{} transcribed", report::clock(until_ms, '.')));
        }
    }
}

/// What every recording of one `audit` run shares: rules, model identity, output options.
pub(super) struct AuditJob<'a> {
    pub ctx: &'a Context,
    pub engine: &'a RuleEngine,
    pub engine_info: &'a EngineInfo,
    pub out_dir: &'a Path,
    pub started_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub pack_opts: &'a crate::evidence::PackOptions,
    pub sources: &'a crate::source::SourceOptions,
}

/// `liveaudit audit INPUT... --out DIR`.
pub(super) fn run_audit(ctx: &Context, args: AuditArgs) -> anyhow::Result<Outcome> {
    if let Some(n) = args.parallel.filter(|n| !(1..=64).contains(n)) {
        return Err(UsageError(format!(
            "--parallel must be between 1 and 64 (Whisper states), got {n}"
        ))
        .into());
    }
    let mut asr = asr_settings(&args.asr, &ctx.file_config)?;
    let threads_given = args.asr.threads.or(ctx.file_config.threads).is_some();
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (parallel, threads) = layout(cores, args.parallel, threads_given);
    if let Some(t) = threads {
        asr.config.threads = t;
    }
    let pack = load_pack(args.rules.as_deref().or(ctx.file_config.rules.as_deref()))?;
    let engine = RuleEngine::new(&pack).map_err(|e| UsageError(format!("rule pack: {e}")))?;
    let out_dir = args
        .out
        .clone()
        .or_else(|| ctx.file_config.out.clone())
        .unwrap_or_else(|| PathBuf::from("out"));
    let inputs = expand_inputs(&super::batch::expand_manifests(&args.inputs)?);
    if inputs.is_empty() {
        return Err(UsageError("no recordings found in the given inputs".into()).into());
    }
    let started_at = match &args.started_at {
        Some(s) if inputs.len() > 1 => {
            return Err(UsageError(format!(
                "--started-at {s} applies to one recording, but {} were given",
                inputs.len()
            ))
            .into())
        }
        Some(s) => Some(
            chrono::DateTime::parse_from_rfc3339(s)
                .map_err(|e| UsageError(format!("--started-at {s}: not an RFC 3339 time ({e})")))?,
        ),
        None => None,
    };

    let model =
        WhisperModel::load(&asr.model_path, &asr.config).map_err(|e| UsageError(e.to_string()))?;
    let (model_sha256, _) = pipeline::sha256_file(&asr.model_path)?;
    let engine_info = EngineInfo {
        version: crate::ENGINE_VERSION.into(),
        model: model.name().into(),
        model_sha256,
        rule_pack: pack.name().into(),
        rule_pack_version: pack.version().into(),
        rule_pack_sha256: pack.sha256(),
    };
    let pack_opts = super::evidence::pack_options(&args.pack)?;
    let sources = super::settings::source_options(&args.source, &ctx.file_config)?;
    let job = AuditJob {
        ctx,
        engine: &engine,
        engine_info: &engine_info,
        out_dir: &out_dir,
        started_at,
        pack_opts: &pack_opts,
        sources: &sources,
    };

    let t_run = Instant::now();
    let mut outcome = Outcome::Success;
    let mut docs: Vec<Option<FindingsDoc>> = inputs.iter().map(|_| None).collect();
    let mut audio_ms = 0u64;
    let mut record = |i: usize, result: Result<FindingsDoc, AuditError>, secs: f64| {
        let input = &inputs[i];
        match result {
            Ok(doc) => {
                audio_ms += doc.input.duration_ms;
                tracing::info!(input = %crate::source::label(&input.path.to_string_lossy()).display(), findings = doc.findings.len(), wall_s = secs, "audited");
                if !ctx.quiet {
                    let summary = report::summary(&doc);
                    let rtf = doc.input.duration_ms as f64 / 1000.0 / secs.max(1e-6);
                    let line = format!(
                        "{summary}  → {} ({secs:.1} s, {rtf:.1}× real time)\n",
                        out_dir.join(&input.name).display()
                    );
                    if args.json {
                        eprint!("{line}");
                    } else {
                        print!("{line}");
                    }
                }
                if args.json {
                    docs[i] = Some(doc);
                }
            }
            Err(e) => {
                let bad = e.is_bad_input();
                let label = crate::source::label(&input.path.to_string_lossy());
                super::print_input_error(&label, &e);
                outcome = outcome.worst(if bad {
                    Outcome::BadInput
                } else {
                    Outcome::Failure
                });
            }
        }
    };
    if parallel == 1 {
        let mut transcriber = model.transcriber(&asr.config)?;
        for (i, input) in inputs.iter().enumerate() {
            let t0 = Instant::now();
            let result = audit_one(&job, input, &mut transcriber);
            record(i, result, t0.elapsed().as_secs_f64());
        }
    } else {
        super::batch::audit_parallel(&job, &model, &asr.config, parallel, &inputs, &mut record)?;
    }
    if !ctx.quiet {
        // One line for operators and benchmarks (scripts/gpu-check.sh reads it).
        let wall = t_run.elapsed().as_secs_f64();
        let audio = audio_ms as f64 / 1000.0;
        eprintln!(
            "throughput: {} recordings, audio {audio:.1} s, wall {wall:.1} s, {:.2}× real time (parallel {}, {} threads per state)",
            inputs.len(),
            audio / wall.max(1e-6),
            parallel,
            asr.config.threads,
        );
    }
    if args.json {
        let docs: Vec<FindingsDoc> = docs.into_iter().flatten().collect();
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        if docs.len() == 1 {
            serde_json::to_writer_pretty(&mut lock, &docs[0])?;
        } else {
            serde_json::to_writer_pretty(&mut lock, &docs)?;
        }
        writeln!(lock)?;
    }
    Ok(outcome)
}

/// Audits one input and writes its outputs; errors are the input's own.
fn audit_one(
    job: &AuditJob,
    input: &InputSpec,
    transcriber: &mut dyn Transcriber,
) -> Result<FindingsDoc, AuditError> {
    let pb = progress_bar(job.ctx, &input.name);
    let out = transcribe_input(&input.path, job.sources, transcriber, &mut on_progress(&pb));
    pb.finish_and_clear();
    let (out, sha256, size) = out?;
    finish_audit(job, input, out, sha256, size)
}

/// Everything after transcription for one input: rules, outputs, evidence.
pub(super) fn finish_audit(
    job: &AuditJob,
    input: &InputSpec,
    out: pipeline::TranscribeOutput,
    sha256: String,
    size: u64,
) -> Result<FindingsDoc, AuditError> {
    let path = &input.path;
    let out_dir = job.out_dir;
    let label = crate::source::label(&path.to_string_lossy());
    for warning in out.report.warnings() {
        eprintln!("warning: {}: {warning}", label.display());
    }
    let decode_report = out.report.clone();
    let mut doc = pipeline::build_document(
        label.display().to_string(),
        sha256,
        size,
        out,
        job.engine_info.clone(),
        job.engine,
    );
    if let Some(start) = job.started_at {
        set_wall_clock(&mut doc, start);
    } else if let Some(start) = decode_report.wall_clock_at(0) {
        // HLS EXT-X-PROGRAM-DATE-TIME: each finding from its nearest anchor (discontinuities
        // and gaps make a single start time wrong for later findings).
        set_wall_clock(&mut doc, start);
        for f in &mut doc.findings {
            f.wall_clock = decode_report
                .wall_clock_at(f.start_ms)
                .map(|t| t.to_rfc3339());
        }
    }
    report::write_outputs(&doc, &out_dir.join(&input.name)).map_err(|e| AuditError::Io {
        path: out_dir.join(&input.name).display().to_string(),
        source: e,
    })?;
    // Evidence stage (src/evidence, src/report): clips, report.html/.md, clues, sealed manifest.
    if crate::source::is_url(&path.to_string_lossy()) {
        eprintln!(
            "warning: {}: evidence clips are cut from local recordings only; none for a URL",
            label.display()
        );
    } else {
        super::evidence::after_audit(&mut doc, path, &out_dir.join(&input.name), job.pack_opts)?;
    }
    Ok(doc)
}

/// Transcribes a local file, a local or remote HLS playlist, or an http(s) URL (streamed), and
/// returns the SHA-256 and size of the source bytes (hashed while streaming for remote and
/// playlist sources: the playlist text followed by its segments).
fn transcribe_input(
    path: &Path,
    sources: &crate::source::SourceOptions,
    transcriber: &mut dyn Transcriber,
    progress: &mut dyn FnMut(Progress),
) -> Result<(pipeline::TranscribeOutput, String, u64), AuditError> {
    let spec = path.to_string_lossy().into_owned();
    if !crate::source::is_url(&spec) && !crate::source::is_playlist_name(&spec) {
        let (sha256, size) = pipeline::sha256_file(path)?;
        let out = pipeline::transcribe_path(path, transcriber, progress)?;
        return Ok((out, sha256, size));
    }
    let tap = crate::source::HashTap::new();
    let opener: pipeline::StreamOpener = {
        let (tap, opts) = (tap.clone(), sources.clone());
        Box::new(move || crate::source::open(&spec, &opts, &tap))
    };
    let label = crate::source::label(&path.to_string_lossy());
    let out =
        pipeline::transcribe_stream(&label.display().to_string(), opener, transcriber, progress)?;
    let (sha256, size) = tap.finish();
    Ok((out, sha256, size))
}

/// Fills findings' wall-clock times from the recording's start time.
fn set_wall_clock(doc: &mut FindingsDoc, start: chrono::DateTime<chrono::FixedOffset>) {
    doc.input.started_at = Some(start.to_rfc3339());
    for f in &mut doc.findings {
        let t = start + chrono::Duration::milliseconds(f.start_ms as i64);
        f.wall_clock = Some(t.to_rfc3339());
    }
}

/// `liveaudit transcribe INPUT`.
pub(super) fn run_transcribe(ctx: &Context, args: TranscribeArgs) -> anyhow::Result<Outcome> {
    let asr = asr_settings(&args.asr, &ctx.file_config)?;
    let model =
        WhisperModel::load(&asr.model_path, &asr.config).map_err(|e| UsageError(e.to_string()))?;
    let mut transcriber = model.transcriber(&asr.config)?;
    let sources = super::settings::source_options(&args.source, &ctx.file_config)?;
    let label = crate::source::label(&args.input.to_string_lossy());
    let pb = progress_bar(ctx, &super::settings::output_name(&args.input));
    let out = transcribe_input(
        &args.input,
        &sources,
        &mut transcriber,
        &mut on_progress(&pb),
    );
    pb.finish_and_clear();
    let out = match out {
        Ok((o, _, _)) => o,
        Err(e) => {
            super::print_input_error(&label, &e);
            return Ok(if e.is_bad_input() {
                Outcome::BadInput
            } else {
                Outcome::Failure
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
    Ok(Outcome::Success)
}

/// Reads a transcript: either a findings document (its `transcript`) or a bare segment array.
fn read_transcript(path: &Path) -> Result<(Option<FindingsDoc>, Vec<Segment>), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("not JSON (line {}, column {}): {e}", e.line(), e.column()))?;
    if value.is_array() {
        let segs: Vec<Segment> =
            serde_json::from_value(value).map_err(|e| format!("not a segment array: {e}"))?;
        return Ok((None, segs));
    }
    if value.get("transcript").is_some() {
        if let Ok(doc) = serde_json::from_value::<FindingsDoc>(value.clone()) {
            let segs = doc.transcript.clone();
            return Ok((Some(doc), segs));
        }
        let segs: Vec<Segment> = serde_json::from_value(value["transcript"].clone())
            .map_err(|e| format!("its \"transcript\" is not a segment array: {e}"))?;
        return Ok((None, segs));
    }
    Err(
        "expected a findings.json (with \"transcript\") or an array of {start_ms, end_ms, text}"
            .into(),
    )
}

/// `liveaudit check TRANSCRIPT`.
pub(super) fn run_check(ctx: &Context, args: CheckArgs) -> anyhow::Result<Outcome> {
    let pack = load_pack(args.rules.as_deref().or(ctx.file_config.rules.as_deref()))?;
    let engine = RuleEngine::new(&pack).map_err(|e| UsageError(format!("rule pack: {e}")))?;
    let (doc, segments) = match read_transcript(&args.transcript) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {}: {e}", args.transcript.display());
            return Ok(Outcome::BadInput);
        }
    };
    let findings = engine.check(&segments);
    let mut doc = doc.unwrap_or_else(|| FindingsDoc {
        schema: crate::findings::SCHEMA_V1.into(),
        input: crate::findings::InputInfo {
            uri: args.transcript.display().to_string(),
            sha256: String::new(),
            duration_ms: segments.iter().map(|s| s.end_ms).max().unwrap_or(0),
            container: "transcript".into(),
            codec: String::new(),
            started_at: None,
            sample_rate: None,
            channels: None,
            size_bytes: None,
        },
        engine: EngineInfo {
            version: crate::ENGINE_VERSION.into(),
            model: String::new(),
            model_sha256: String::new(),
            rule_pack: String::new(),
            rule_pack_version: String::new(),
            rule_pack_sha256: String::new(),
        },
        transcript: segments,
        findings: Vec::new(),
    });
    doc.engine.rule_pack = pack.name().into();
    doc.engine.rule_pack_version = pack.version().into();
    doc.engine.rule_pack_sha256 = pack.sha256();
    doc.findings = findings;
    doc.renumber();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        print!("{}", report::summary(&doc));
    }
    Ok(Outcome::Success)
}

/// Whisper states and threads per state for `audit` on `cores` cores: the states the user
/// asked for, else one per 8 cores (one state stops scaling past 8 threads: on 16 cores 1×16
/// ran 42× real time, 2×8 64×; README, scripts/cpu-scaling.sh), or 1 when the user set the
/// threads. Unless set, threads split the cores evenly between the states, at most 8 each.
/// Returns `None` for threads the user set (kept as given).
fn layout(cores: usize, parallel: Option<usize>, threads_given: bool) -> (usize, Option<usize>) {
    let cores = cores.max(1);
    let parallel = parallel.unwrap_or(if threads_given { 1 } else { cores.div_ceil(8) });
    let threads = (!threads_given).then(|| (cores / parallel).clamp(1, 8));
    (parallel, threads)
}

#[cfg(test)]
mod tests {
    use super::layout;

    #[test]
    fn layout_uses_every_core_and_at_most_eight_threads_a_state() {
        assert_eq!(layout(2, None, false), (1, Some(2)));
        assert_eq!(layout(8, None, false), (1, Some(8)));
        assert_eq!(layout(12, None, false), (2, Some(6)));
        assert_eq!(layout(16, None, false), (2, Some(8)));
        assert_eq!(layout(16, Some(4), false), (4, Some(4)));
        assert_eq!(layout(2, Some(2), false), (2, Some(1)));
        assert_eq!(layout(2, Some(4), false), (4, Some(1)));
        assert_eq!(layout(16, None, true), (1, None));
        assert_eq!(layout(16, Some(4), true), (4, None));
        assert_eq!(layout(0, None, false), (1, Some(1)));
    }
}
