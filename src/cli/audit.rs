//! `liveaudit audit INPUT... --out DIR`: every recording through the audit core, its
//! transcripts, findings, reports and evidence written under OUT/<name>/.

use std::time::Instant;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget};

use super::args::AuditArgs;
use super::context::{print_input_error, Context, ExitOutcome};
use super::progress::{progress_bar, show};
use super::settings::{audit_settings, AuditSettings, UsageError};
use crate::asr::{Transcriber, WhisperModel};
use crate::pipeline::journal::{journal_path, JournalSpec, Resume};
use crate::pipeline::{self, AuditEvent, AuditInput, Audited, Auditor, ScheduleOptions};
use crate::rules::RuleEngine;
use crate::sinks::{Chain, EvidenceSink, JsonStdout, LiveJsonLines, ResultSink, TranscriptFiles};
use crate::source::follow::FollowSpec;

/// `liveaudit audit`.
pub(super) fn run(ctx: &Context, args: AuditArgs) -> anyhow::Result<ExitOutcome> {
    let s = audit_settings(&args, &ctx.file_config)?;
    let engine = RuleEngine::new(&s.pack).map_err(|e| UsageError(format!("rule pack: {e}")))?;
    let model = WhisperModel::load(&s.asr.model_path, &s.asr.config)
        .map_err(|e| UsageError(e.to_string()))?;
    let info = pipeline::engine_info(model.name(), &s.asr.model_path, &s.pack)
        .map_err(|e| UsageError(format!("model {}: {e}", s.asr.model_path.display())))?;
    let auditor = Auditor::new(engine, info).with_vad(s.asr.vad);
    let mut states = (0..s.parallel)
        .map(|_| model.transcriber(&s.asr.config))
        .collect::<Result<Vec<_>, _>>()?;
    let mut pool: Vec<&mut dyn Transcriber> = states
        .iter_mut()
        .map(|t| t as &mut dyn Transcriber)
        .collect();
    let mut sinks = sinks(&s);
    let t_run = Instant::now();
    let mut report = RunReport::new(ctx, &s);
    if let Some(follow) = &s.follow {
        super::signals::stop_on_signal(follow.stop.clone());
    }
    auditor.run(
        inputs(&s),
        &mut pool,
        &schedule(s.parallel, s.follow.is_some().then_some(s.inputs.len())),
        &mut sinks,
        &mut |i, event| report.event(i, event),
    );
    sinks.finish()?;
    report.throughput(
        t_run.elapsed().as_secs_f64(),
        s.parallel,
        s.asr.config.threads,
    );
    Ok(report.outcome)
}

/// One state: one recording after another. More: decode ahead and share the states.
/// Followed recordings all decode at once (each is a room on air), sharing the states.
fn schedule(parallel: usize, followed: Option<usize>) -> ScheduleOptions {
    if let Some(rooms) = followed {
        return ScheduleOptions {
            decode_ahead: rooms.max(1),
            queue_depth: 2 * parallel.max(1),
            in_order: false,
        };
    }
    if parallel == 1 {
        ScheduleOptions::sequential()
    } else {
        ScheduleOptions::for_pool(parallel)
    }
}

/// The audit core's inputs for the run's recordings.
fn inputs(s: &AuditSettings) -> Vec<AuditInput> {
    s.inputs
        .iter()
        .map(|i| AuditInput {
            reference: i.path.to_string_lossy().into_owned(),
            name: i.name.clone(),
            uri: None,
            options: s.sources.clone(),
            digest: None,
            started_at: s.started_at,
            // A person runs audit and can stop it; budgets are for unattended workers.
            budget: Default::default(),
            journal: Some(JournalSpec {
                path: journal_path(&s.out_dir, &i.name),
                resume: if s.resume {
                    Resume::Required
                } else {
                    Resume::Never
                },
            }),
            follow: s.follow.as_ref().map(|f| FollowSpec {
                follow: f.clone(),
                copy_dir: Some(live_copy_dir(&s.out_dir, &i.name)),
                resume: s.resume,
            }),
        })
        .collect()
}

/// Where a followed remote recording is kept as it arrives: beside its pack folder, not in
/// it (the pack lists only what the audit wrote from it).
fn live_copy_dir(out: &std::path::Path, name: &str) -> std::path::PathBuf {
    out.join(format!("{name}.live"))
}

/// Transcripts, then the evidence pack and reports (which write findings.json once, with
/// the clip references), then JSON on stdout when asked for.
fn sinks(s: &AuditSettings) -> Chain {
    let root = s.out_dir.clone();
    let chain = Chain::new()
        .then(TranscriptFiles { root: root.clone() })
        .then(EvidenceSink {
            root,
            options: s.evidence.clone(),
        });
    let chain = if s.follow.is_some() {
        chain.then(LiveJsonLines)
    } else {
        chain
    };
    if s.json {
        chain.then(JsonStdout::new())
    } else {
        chain
    }
}

/// What a person sees while a run goes: a bar per recording, a line per finished one, an
/// error per failed one, and the exit status they add up to.
struct RunReport<'a> {
    ctx: &'a Context,
    s: &'a AuditSettings,
    bars: MultiProgress,
    shown: Vec<Option<ProgressBar>>,
    started: Vec<Option<Instant>>,
    audio_ms: u64,
    outcome: ExitOutcome,
}

impl<'a> RunReport<'a> {
    fn new(ctx: &'a Context, s: &'a AuditSettings) -> RunReport<'a> {
        let target = if ctx.show_progress {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        RunReport {
            ctx,
            s,
            bars: MultiProgress::with_draw_target(target),
            shown: s.inputs.iter().map(|_| None).collect(),
            started: s.inputs.iter().map(|_| None).collect(),
            audio_ms: 0,
            outcome: ExitOutcome::Success,
        }
    }

    fn event(&mut self, i: usize, event: AuditEvent) {
        match event {
            AuditEvent::Progress(p) => {
                self.started[i].get_or_insert_with(Instant::now);
                let (ctx, name) = (self.ctx, &self.s.inputs[i].name);
                let bars = &self.bars;
                let pb = self.shown[i].get_or_insert_with(|| bars.add(progress_bar(ctx, name)));
                show(pb, p);
            }
            AuditEvent::Finished(result) => {
                if let Some(pb) = self.shown[i].take() {
                    pb.finish_and_clear();
                    self.bars.remove(&pb);
                }
                let secs = self.started[i].map_or(0.0, |t| t.elapsed().as_secs_f64());
                let bars = self.bars.clone();
                bars.suspend(|| self.finished(i, *result, secs));
            }
        }
    }

    fn finished(&mut self, i: usize, result: Result<Audited, pipeline::AuditError>, secs: f64) {
        let input = &self.s.inputs[i];
        let label = crate::source::label(&input.path.to_string_lossy());
        let audited = match result {
            Ok(a) => a,
            Err(e) => {
                print_input_error(&label, &e);
                let status = ExitOutcome::of_error(&e);
                self.outcome = self.outcome.worst(status);
                return;
            }
        };
        // Its outputs are written: the journal has done its work, and a folder of finished
        // audits holds only their packs. A failed audit keeps its journal for `--resume`.
        let journal = journal_path(&self.s.out_dir, &input.name);
        if let Err(e) = std::fs::remove_file(&journal) {
            if e.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(journal = %journal.display(), error = %e, "transcript journal not removed");
            }
        }
        for warning in &audited.warnings {
            eprintln!("warning: {}: {warning}", label.display());
        }
        let doc = &audited.doc;
        self.audio_ms += doc.input.duration_ms;
        tracing::info!(input = %label.display(), findings = doc.findings.len(), wall_s = secs, "audited");
        if !self.ctx.quiet {
            let rtf = doc.input.duration_ms as f64 / 1000.0 / secs.max(1e-6);
            let line = format!(
                "{}  → {} ({secs:.1} s, {rtf:.1}× real time)\n",
                crate::report::summary(doc),
                self.s.out_dir.join(&input.name).display()
            );
            // With --json or --follow, stdout carries the documents or findings alone.
            if self.s.json || self.s.follow.is_some() {
                eprint!("{line}");
            } else {
                print!("{line}");
            }
        }
    }

    /// One line for operators and benchmarks (scripts/gpu-check.sh reads it).
    fn throughput(&self, wall: f64, parallel: usize, threads: usize) {
        if self.ctx.quiet {
            return;
        }
        let audio = self.audio_ms as f64 / 1000.0;
        eprintln!(
            "throughput: {} recordings, audio {audio:.1} s, wall {wall:.1} s, {:.2}× real time (parallel {parallel}, {threads} threads per state)",
            self.s.inputs.len(),
            audio / wall.max(1e-6),
        );
    }
}
