//! [`Auditor`]: the one audit core every command runs. It resolves each input, transcribes it
//! through the scheduler, checks the rules, sets wall-clock times and hands the document to
//! the sinks.

use std::path::Path;

use chrono::{DateTime, FixedOffset};

use super::decode::{decode_feed, Budget};
use super::journal::{self, JournalHeader, JournalSpec};
use super::live::{LiveEvent, LiveFindings};
use super::schedule::{transcribe_all, ScheduleEvent, ScheduleOptions, ScheduledItem};
use super::{AuditError, Progress, TranscribeOutput};
use crate::asr::Transcriber;
use crate::findings::{EngineInfo, FindingsDoc, InputInfo, SCHEMA_V1};
use crate::media::follow::{CoverageGap, GapKind};
use crate::media::DecodeReport;
use crate::rules::{RuleEngine, RulePack};
use crate::sinks::{Delivered, LiveFinding, Recording, ResultSink};
use crate::source::follow::{CopyPath, FollowOutcome, FollowSpec};
use crate::source::input::{resolve, Digest, Resolved};
use crate::source::SourceOptions;
use crate::vad::VadConfig;

/// One recording to audit.
#[derive(Debug, Clone)]
pub struct AuditInput {
    /// The reference as given: a path, `file://` URI, http(s) URL or playlist.
    pub reference: String,
    /// Output name (the recording's folder under an output directory).
    pub name: String,
    /// What the findings document's `input.uri` says; the input's label when `None`.
    pub uri: Option<String>,
    /// How http(s) sources are fetched.
    pub options: SourceOptions,
    /// SHA-256 and size already computed for a local file (not hashed again).
    pub digest: Option<(String, u64)>,
    /// Wall-clock start of the recording; else an HLS program date, if there is one.
    pub started_at: Option<DateTime<FixedOffset>>,
    /// Limits on this audit (a worker job's deadline and longest recording).
    pub budget: Budget,
    /// Where to journal the transcript, and whether to take up a journal already there.
    pub journal: Option<JournalSpec>,
    /// Follow the input as it grows (a live playlist, HTTP-FLV, a file still written),
    /// sending each finding to the sinks as soon as it is final.
    pub follow: Option<FollowSpec>,
}

impl AuditInput {
    /// An input with default source options and no known start time or digest.
    pub fn new(reference: impl Into<String>, name: impl Into<String>) -> AuditInput {
        AuditInput {
            reference: reference.into(),
            name: name.into(),
            uri: None,
            options: SourceOptions::default(),
            digest: None,
            started_at: None,
            budget: Budget::default(),
            journal: None,
            follow: None,
        }
    }
}

/// An audited recording.
#[derive(Debug)]
pub struct Audited {
    pub doc: FindingsDoc,
    /// Whether the sinks took it or found it already delivered.
    pub delivered: Delivered,
    /// Warnings for people (damaged packets, no clips for a URL…), already naming nothing:
    /// the caller prefixes the recording's label.
    pub warnings: Vec<String>,
    /// Milliseconds of audio given to Whisper (the rest was silence or music).
    pub transcribed_ms: u64,
}

/// What [`Auditor::run`] reports about one input (by its index).
#[derive(Debug)]
pub enum AuditEvent {
    Progress(Progress),
    /// Exactly once per input, in the order inputs finish.
    Finished(Box<Result<Audited, AuditError>>),
}

/// The rules and engine identity every audit of a run shares.
pub struct Auditor {
    rules: RuleEngine,
    info: EngineInfo,
    vad: VadConfig,
}

/// An input on its way through the scheduler.
struct InFlight {
    input: AuditInput,
    resolved: Option<Resolved>,
    digest: Option<Digest>,
    /// For a followed input: how following ended and where its local copy is.
    followed: Option<(FollowOutcome, CopyPath)>,
}

impl Auditor {
    /// An auditor checking `rules`, recording `info` in every document.
    pub fn new(rules: RuleEngine, info: EngineInfo) -> Auditor {
        Auditor {
            rules,
            info,
            vad: VadConfig::default(),
        }
    }

    /// The same auditor with other VAD settings (benchmarks, tuning).
    pub fn with_vad(mut self, vad: VadConfig) -> Auditor {
        self.vad = vad;
        self
    }

    /// The rules this auditor checks.
    pub fn rules(&self) -> &RuleEngine {
        &self.rules
    }

    /// Engine, model and rule-pack identity written into every document.
    pub fn info(&self) -> &EngineInfo {
        &self.info
    }

    /// Audits `inputs` on the transcriber pool, delivering each document to `sinks` as its
    /// recording finishes. `on_event` runs on the calling thread with the input's index.
    pub fn run(
        &self,
        inputs: Vec<AuditInput>,
        pool: &mut [&mut dyn Transcriber],
        schedule: &ScheduleOptions,
        sinks: &mut dyn ResultSink,
        on_event: &mut dyn FnMut(usize, AuditEvent),
    ) {
        let settings = pool.first().map(|t| t.settings()).unwrap_or_default();
        let settings = journal::settings_sha256(&format!("{settings} vad={:?}", self.vad));
        let (items, flights): (Vec<_>, Vec<_>) = inputs
            .into_iter()
            .map(|input| self.schedule_item(input, &settings))
            .unzip();
        let mut live: Vec<Option<LiveFindings>> = flights
            .iter()
            .map(|f| f.followed.as_ref().map(|_| LiveFindings::default()))
            .collect();
        transcribe_all(items, schedule, pool, &mut |rec, event| match event {
            ScheduleEvent::Progress(p) => on_event(rec, AuditEvent::Progress(p)),
            ScheduleEvent::Transcript {
                until_ms,
                segments,
                lag_ms,
            } => {
                if let Some(state) = live[rec].as_mut() {
                    let found = state.advance(segments, until_ms, &self.rules);
                    send_live(&flights[rec], found, until_ms, sinks);
                    if state.lagging(lag_ms) {
                        tracing::warn!(
                            recording = %flights[rec].input.name,
                            lag_s = lag_ms / 1000,
                            heard_until_s = until_ms / 1000,
                            "falling behind the live stream: transcription cannot keep up"
                        );
                    }
                    on_event(rec, AuditEvent::Progress(Progress::Lag { lag_ms }));
                }
            }
            ScheduleEvent::Finished(result) => {
                let result = (*result).and_then(|out| {
                    self.finish(rec, &flights[rec], out, live[rec].as_mut(), sinks)
                });
                on_event(rec, AuditEvent::Finished(Box::new(result)));
            }
        });
    }

    /// Audits one input on one transcriber (a worker job, a single recording).
    pub fn run_one(
        &self,
        input: AuditInput,
        transcriber: &mut dyn Transcriber,
        sinks: &mut dyn ResultSink,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<Audited, AuditError> {
        let mut result = None;
        self.run(
            vec![input],
            &mut [transcriber],
            &ScheduleOptions::sequential(),
            sinks,
            &mut |_, event| match event {
                AuditEvent::Progress(p) => progress(p),
                AuditEvent::Finished(r) => result = Some(*r),
            },
        );
        result.expect("the scheduler finishes every input")
    }

    /// The scheduler's item for `input`: its decode feed, or a feed that fails at once when
    /// the reference names nothing liveaudit can read (so errors keep the inputs' order).
    fn schedule_item(&self, mut input: AuditInput, settings: &str) -> (ScheduledItem, InFlight) {
        let resolved = resolve(&input.reference).map_err(AuditError::from);
        let journal = match (&resolved, input.journal.clone()) {
            (Ok(resolved), Some(spec)) => self.open_journal(&mut input, resolved, &spec, settings),
            _ => Ok(None),
        };
        match resolved.and_then(|r| journal.map(|j| (r, j))) {
            Ok((resolved, journal)) => {
                let (open, digest, followed) = match &input.follow {
                    Some(spec) => {
                        let (open, digest, outcome, copy) =
                            resolved.follow_opener(&input.options, spec);
                        (open, digest, Some((outcome, copy)))
                    }
                    None => {
                        let (open, digest) = resolved.opener(&input.options, input.digest.clone());
                        (open, digest, None)
                    }
                };
                let item = ScheduledItem {
                    label: resolved.label.clone(),
                    feed: decode_feed(resolved.label.clone(), open, self.vad, input.budget),
                    journal,
                    live: followed.is_some(),
                };
                let flight = InFlight {
                    input,
                    resolved: Some(resolved),
                    digest: Some(digest),
                    followed,
                };
                (item, flight)
            }
            Err(e) => {
                let item = ScheduledItem {
                    label: input.reference.clone(),
                    feed: Box::new(move |send| {
                        send(super::decode::DecodeMsg::Failed(e));
                    }),
                    journal: None,
                    live: false,
                };
                let flight = InFlight {
                    input,
                    resolved: None,
                    digest: None,
                    followed: None,
                };
                (item, flight)
            }
        }
    }

    /// Opens `input`'s transcript journal. A local file is hashed first (and the hash kept
    /// for the document), so a journal of another file is refused before any decoding.
    fn open_journal(
        &self,
        input: &mut AuditInput,
        resolved: &Resolved,
        spec: &JournalSpec,
        settings: &str,
    ) -> Result<Option<(journal::Replay, journal::JournalWriter)>, AuditError> {
        if input.digest.is_none() {
            if let Some(path) = resolved.local_file() {
                let digest = crate::source::digest::sha256_file(path)
                    .map_err(|e| AuditError::Media(crate::media::MediaError::from_io(path, e)))?;
                input.digest = Some(digest);
            }
        }
        let header = JournalHeader {
            schema: journal::JOURNAL_SCHEMA.into(),
            input: resolved.label.clone(),
            input_sha256: input.digest.as_ref().map(|(sha, _)| sha.clone()),
            model: self.info.model.clone(),
            model_sha256: self.info.model_sha256.clone(),
            settings_sha256: settings.to_string(),
        };
        let (replay, writer) = journal::open(spec, &header)?;
        if !replay.is_empty() {
            tracing::info!(
                recording = %resolved.label,
                windows = replay.len(),
                "resuming from the transcript journal"
            );
        }
        Ok(Some((replay, writer)))
    }

    /// Everything after transcription: rules, times, sinks.
    fn finish(
        &self,
        index: usize,
        flight: &InFlight,
        out: TranscribeOutput,
        live: Option<&mut LiveFindings>,
        sinks: &mut dyn ResultSink,
    ) -> Result<Audited, AuditError> {
        let resolved = flight
            .resolved
            .as_ref()
            .expect("only resolved inputs transcribe");
        let crashed = || AuditError::DecoderCrashed(resolved.label.clone());
        let (sha256, size) = flight
            .digest
            .as_ref()
            .and_then(Digest::finish)
            .ok_or_else(crashed)?;
        let report = out.report.clone();
        let transcribed_ms = out.transcribed_ms;
        let uri = flight
            .input
            .uri
            .clone()
            .unwrap_or_else(|| resolved.label.clone());
        let mut doc = build_document(uri, sha256, size, out, self.info.clone(), &self.rules);
        set_times(&mut doc, flight.input.started_at, &report);
        let end_fact = flight
            .followed
            .as_ref()
            .and_then(|(outcome, _)| outcome.take());
        doc.input.coverage_gaps = coverage_gaps(&report, end_fact);
        let mut warnings = report.warnings();
        if let Some(live) = live {
            let (late, changed) = live.finish(&doc.findings);
            let until = doc.input.duration_ms;
            let late = late.into_iter().map(LiveEvent::Found).collect();
            send_live(flight, late, until, sinks);
            warnings.extend(changed);
        }
        let local_file = match &flight.followed {
            Some((_, copy)) => copy.get(),
            None => resolved.local_file().map(Path::to_path_buf),
        };
        let mut recording = Recording {
            index,
            name: flight.input.name.clone(),
            label: resolved.label.clone(),
            local_file,
            warnings,
        };
        let delivered = sinks.deliver(&mut recording, &mut doc)?;
        Ok(Audited {
            doc,
            delivered,
            warnings: recording.warnings,
            transcribed_ms,
        })
    }
}

/// Sends a followed recording's newly final findings to the sinks (a sink that fails is
/// logged: the finished document still goes out).
fn send_live(flight: &InFlight, events: Vec<LiveEvent>, until_ms: u64, sinks: &mut dyn ResultSink) {
    let label = flight
        .resolved
        .as_ref()
        .map_or(flight.input.reference.clone(), |r| r.label.clone());
    for event in events {
        let (event, mut finding) = match event {
            LiveEvent::Found(f) => ("finding", f),
            LiveEvent::Updated(f) => ("finding_updated", f),
            LiveEvent::Withdrawn(f) => ("finding_withdrawn", f),
        };
        if let Some(s) = flight.input.started_at {
            finding.wall_clock =
                Some((s + chrono::Duration::milliseconds(finding.start_ms as i64)).to_rfc3339());
        }
        let live = LiveFinding {
            event,
            recording: flight.input.name.clone(),
            input: label.clone(),
            emitted_at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
            heard_until_ms: until_ms,
            finding,
        };
        if let Err(e) = sinks.live_finding(&live) {
            tracing::warn!(recording = %label, error = %e, "a live finding could not be sent");
        }
    }
}

/// The document's coverage gaps: what the demuxer and following reported, the end fact of a
/// followed stream (at the end of what was heard), and timestamp gaps not already explained.
fn coverage_gaps(report: &DecodeReport, end_fact: Option<(GapKind, String)>) -> Vec<CoverageGap> {
    let mut gaps = report.coverage.clone();
    for g in &report.gaps {
        let (start_ms, end_ms) = (g.start_ms(), g.end_ms());
        let explained = gaps.iter().any(|c| {
            c.start_ms < end_ms + 100 && start_ms < c.end_ms + 100 && c.end_ms > c.start_ms
        });
        if !explained {
            gaps.push(CoverageGap {
                start_ms,
                end_ms,
                kind: GapKind::Timeline,
                detail: format!(
                    "the container's timestamps skip {} ms here",
                    end_ms - start_ms
                ),
            });
        }
    }
    if let Some((kind, detail)) = end_fact {
        let end = report.end_sample * 1000 / u64::from(crate::media::TARGET_SAMPLE_RATE);
        gaps.push(CoverageGap {
            start_ms: end,
            end_ms: end,
            kind,
            detail,
        });
    }
    gaps.sort_by_key(|g| (g.start_ms, g.end_ms));
    gaps
}

/// Builds the findings document from a transcript: runs the rules and numbers the findings.
pub fn build_document(
    uri: String,
    sha256: String,
    size_bytes: u64,
    out: TranscribeOutput,
    engine_info: EngineInfo,
    rules: &RuleEngine,
) -> FindingsDoc {
    let findings = rules.check(&out.segments);
    let duration_ms = out.report.decoded_ms().max(out.audio_ms);
    let mut doc = FindingsDoc {
        schema: SCHEMA_V1.into(),
        input: InputInfo {
            uri,
            sha256,
            duration_ms,
            container: out.info.container.clone(),
            codec: out.info.codec.clone(),
            started_at: None,
            sample_rate: Some(out.info.sample_rate),
            channels: Some(out.info.channels),
            size_bytes: Some(size_bytes),
            coverage_gaps: Vec::new(),
        },
        engine: engine_info,
        transcript: out.segments,
        findings,
    };
    doc.renumber();
    doc
}

/// Findings' wall-clock times: from the given start of the recording, else from HLS
/// `EXT-X-PROGRAM-DATE-TIME`, each finding from its nearest anchor (discontinuities and gaps
/// make a single start time wrong for later findings).
fn set_times(
    doc: &mut FindingsDoc,
    started_at: Option<DateTime<FixedOffset>>,
    report: &DecodeReport,
) {
    let start = match started_at.or_else(|| report.wall_clock_at(0)) {
        Some(s) => s,
        None => return,
    };
    doc.input.started_at = Some(start.to_rfc3339());
    for f in &mut doc.findings {
        f.wall_clock = match started_at {
            Some(s) => Some((s + chrono::Duration::milliseconds(f.start_ms as i64)).to_rfc3339()),
            None => report.wall_clock_at(f.start_ms).map(|t| t.to_rfc3339()),
        };
    }
}

/// The engine identity of a run: this build, the model file (hashed) and the rule pack.
pub fn engine_info(
    model_name: &str,
    model_path: &Path,
    pack: &RulePack,
) -> std::io::Result<EngineInfo> {
    let (model_sha256, _) = crate::source::digest::sha256_file(model_path)?;
    Ok(EngineInfo {
        version: crate::ENGINE_VERSION.into(),
        model: model_name.into(),
        model_sha256,
        rule_pack: pack.name().into(),
        rule_pack_version: pack.version().into(),
        rule_pack_sha256: pack.sha256(),
    })
}

/// Transcribes one recording without checking rules (`liveaudit transcribe`, ASR
/// evaluation): the same resolver, decode thread and scheduler as an audit, so the transcript
/// is the one an audit of it contains.
pub fn transcribe(
    reference: &str,
    options: &SourceOptions,
    vad: VadConfig,
    pool: &mut [&mut dyn Transcriber],
    progress: &mut dyn FnMut(Progress),
) -> Result<TranscribeOutput, AuditError> {
    let resolved = resolve(reference)?;
    let (open, _digest) = resolved.opener(options, None);
    let item = ScheduledItem {
        label: resolved.label.clone(),
        feed: decode_feed(resolved.label.clone(), open, vad, Budget::default()),
        journal: None,
        live: false,
    };
    let opts = if pool.len() > 1 {
        ScheduleOptions::for_pool(pool.len())
    } else {
        ScheduleOptions::sequential()
    };
    let mut result = None;
    transcribe_all(vec![item], &opts, pool, &mut |_, event| match event {
        ScheduleEvent::Progress(p) => progress(p),
        ScheduleEvent::Transcript { .. } => {}
        ScheduleEvent::Finished(r) => result = Some(*r),
    });
    result.expect("the scheduler finishes every recording")
}
