//! Assembling evidence packs: the per-recording pack written after an audit, and ad-hoc extraction of
//! chosen findings or time windows from a recording.

use std::path::{Path, PathBuf};

use super::cut::{cut_clips, ClipSpec, CutOutput};
use super::manifest::{self, ClipContext, ClipEntry, EngineRef, Manifest, SourceInfo};
use super::sign::SigningKey;
use super::{sha256_file, EvidenceError, MANIFEST_SCHEMA};
use crate::findings::{EvidenceRef, Finding, FindingsDoc};
use crate::report::{self, clock, write_atomic, RecordingMeta};
use crate::transcript::Segment;

/// Folder of a pack holding the clips.
pub const CLIP_DIR: &str = "evidence";

/// How packs are made.
#[derive(Debug, Clone)]
pub struct EvidenceOptions {
    /// Context cut before and after each finding's words.
    pub context: ClipContext,
    /// Cut clips and write the manifest (off: only findings and reports).
    pub evidence: bool,
    /// Sign the manifest with this key.
    pub key: Option<SigningKey>,
    /// Live room and streamer, recorded in the manifest and the clues.
    pub room: Option<String>,
    pub streamer: Option<String>,
}

impl Default for EvidenceOptions {
    fn default() -> Self {
        EvidenceOptions {
            context: ClipContext {
                before_ms: 3000,
                after_ms: 3000,
            },
            evidence: true,
            key: None,
            room: None,
            streamer: None,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct EvidenceSummary {
    /// Clips written.
    pub clips: usize,
    /// SHA-256 of manifest.json, when one was written.
    pub manifest_sha256: Option<String>,
    /// Public key (hex) the manifest was signed with.
    pub signed_by: Option<String>,
    /// Problems met while cutting, for people.
    pub warnings: Vec<String>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> EvidenceError + '_ {
    move |e| EvidenceError::io(path, e)
}

/// Completes a recording's output directory `dir` after an audit: cuts a clip of every
/// finding from `source` (filling each finding's `evidence`), rewrites `findings.json`,
/// writes `report.html`, `report.md`, `clues.csv` and `clues.json`, then the manifest, its
/// seal and (with a key) its signature.
pub fn write_recording_evidence(
    doc: &mut FindingsDoc,
    source: &Path,
    dir: &Path,
    opts: &EvidenceOptions,
) -> Result<EvidenceSummary, EvidenceError> {
    let mut summary = EvidenceSummary::default();
    let cut = if opts.evidence {
        cut_findings(doc, source, dir, opts, &mut summary)?
    } else {
        // A manifest and clips left by an earlier run would no longer match: remove them.
        remove_evidence(dir)?;
        None
    };
    let meta = RecordingMeta {
        name: output_name(dir),
        room: opts.room.clone(),
        streamer: opts.streamer.clone(),
        levels: cut.as_ref().map(|c| c.levels.clone()),
        context: opts.evidence.then_some(opts.context),
        generated_at: chrono::Local::now().to_rfc3339(),
        // Set once findings.json is written (write_reports).
        findings_sha256: None,
    };
    write_reports(doc, dir, &meta)?;
    if let Some(cut) = cut {
        let mut m = new_manifest(doc, source, &cut, opts, true)?;
        m.clips = cut
            .clips
            .iter()
            .map(|c| {
                let finding = doc.findings.iter().find(|f| f.id == c.name);
                clip_entry(doc, c, finding)
            })
            .collect::<Result<_, _>>()?;
        m.hash_files(dir)?;
        let digest = manifest::write_sealed(&m, dir, opts.key.as_ref())?;
        summary.manifest_sha256 = Some(digest);
        summary.signed_by = signer_hex(opts.key.as_ref());
    }
    Ok(summary)
}

/// Removes the manifest, its seals and the clips of an earlier run from `dir`.
fn remove_evidence(dir: &Path) -> Result<(), EvidenceError> {
    for name in [
        manifest::MANIFEST_FILE,
        manifest::SEAL_FILE,
        manifest::SIGNATURE_FILE,
    ] {
        let p = dir.join(name);
        if p.exists() {
            std::fs::remove_file(&p).map_err(io(&p))?;
        }
    }
    let clip_dir = dir.join(CLIP_DIR);
    if clip_dir.exists() {
        std::fs::remove_dir_all(&clip_dir).map_err(io(&clip_dir))?;
    }
    Ok(())
}

/// Cuts a clip of every finding of `doc` from `source` into `dir/evidence/` and points each
/// finding at its clip; `None` (with a warning) when the recording is not a local file.
fn cut_findings(
    doc: &mut FindingsDoc,
    source: &Path,
    dir: &Path,
    opts: &EvidenceOptions,
    summary: &mut EvidenceSummary,
) -> Result<Option<CutOutput>, EvidenceError> {
    if !source.is_file() {
        summary.warnings.push(format!(
            "{}: evidence clips need the recording as a local file; none were cut",
            source.display()
        ));
        return Ok(None);
    }
    let clip_dir = dir.join(CLIP_DIR);
    if clip_dir.exists() {
        // Clips of an earlier run into the same directory would be listed as evidence.
        std::fs::remove_dir_all(&clip_dir).map_err(io(&clip_dir))?;
    }
    let specs: Vec<ClipSpec> = doc
        .findings
        .iter()
        .map(|f| finding_window(f, opts.context))
        .collect();
    let out = cut_clips(source, &specs, &clip_dir, true)?;
    for clip in &out.clips {
        let (sha, _) = sha256_file(&clip.path)?;
        if let Some(f) = doc.findings.iter_mut().find(|f| f.id == clip.name) {
            f.evidence = Some(EvidenceRef {
                clip: format!("{CLIP_DIR}/{}.wav", clip.name),
                clip_sha256: sha,
            });
        }
    }
    summary.clips = out.clips.len();
    summary.warnings.extend(out.warnings.iter().cloned());
    Ok(Some(out))
}

/// Writes `findings.json`, `report.html`, `report.md`, `clues.csv` and `clues.json`.
fn write_reports(doc: &FindingsDoc, dir: &Path, meta: &RecordingMeta) -> Result<(), EvidenceError> {
    let json = serde_json::to_vec_pretty(doc).map_err(|e| EvidenceError::Internal {
        path: dir.join("findings.json"),
        detail: e.to_string(),
    })?;
    let clues = report::clues::clues_for(doc, meta, "", None);
    let meta = &RecordingMeta {
        findings_sha256: Some(super::sha256_bytes(&json)),
        ..meta.clone()
    };
    let files: [(&str, Vec<u8>); 5] = [
        ("findings.json", json),
        (
            "report.html",
            report::html::render_recording(doc, meta).into_bytes(),
        ),
        (
            "report.md",
            report::markdown::render_recording(doc, meta).into_bytes(),
        ),
        ("clues.csv", report::clues::to_csv(&clues).into_bytes()),
        ("clues.json", report::clues::to_json(&clues).into_bytes()),
    ];
    for (name, bytes) in files {
        let p = dir.join(name);
        write_atomic(&p, &bytes).map_err(io(&p))?;
    }
    Ok(())
}

/// Public key (hex) of the signing key, as reported after signing.
fn signer_hex(key: Option<&SigningKey>) -> Option<String> {
    key.map(|k| hex::encode(k.verifying_key().to_bytes()))
}

/// The window cut for a finding: its words with the context around them.
pub fn finding_window(f: &Finding, context: ClipContext) -> ClipSpec {
    ClipSpec {
        name: f.id.clone(),
        start_ms: f.start_ms.saturating_sub(context.before_ms),
        end_ms: f.end_ms.max(f.start_ms + 1) + context.after_ms,
    }
}

/// The output name of a recording directory (its last path component).
fn output_name(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| dir.display().to_string())
}

fn new_manifest(
    doc: &FindingsDoc,
    source: &Path,
    cut: &CutOutput,
    opts: &EvidenceOptions,
    complete: bool,
) -> Result<Manifest, EvidenceError> {
    let (sha256, size) = if doc.input.sha256.is_empty() {
        sha256_file(source)?
    } else {
        (
            doc.input.sha256.clone(),
            doc.input
                .size_bytes
                .unwrap_or(std::fs::metadata(source).map_err(io(source))?.len()),
        )
    };
    let engine =
        (!doc.engine.model.is_empty() || !doc.engine.rule_pack.is_empty()).then(|| EngineRef {
            model: doc.engine.model.clone(),
            model_sha256: doc.engine.model_sha256.clone(),
            rule_pack: doc.engine.rule_pack.clone(),
            rule_pack_version: doc.engine.rule_pack_version.clone(),
            rule_pack_sha256: doc.engine.rule_pack_sha256.clone(),
        });
    Ok(Manifest {
        schema: MANIFEST_SCHEMA.into(),
        created_at: chrono::Local::now().to_rfc3339(),
        liveaudit_version: crate::ENGINE_VERSION.into(),
        source: SourceInfo {
            uri: doc.input.uri.clone(),
            file_name: source
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sha256,
            size_bytes: size,
            container: cut.info.container.clone(),
            codec: cut.info.codec.clone(),
            sample_rate: cut.sample_rate,
            channels: cut.info.channels,
            duration_ms: if doc.input.duration_ms > 0 {
                Some(doc.input.duration_ms)
            } else {
                cut.info.duration_ms.or(complete.then_some(cut.decoded_ms))
            },
            started_at: doc.input.started_at.clone(),
            room: opts.room.clone(),
            streamer: opts.streamer.clone(),
        },
        engine,
        clip_context: opts.context,
        clips: Vec::new(),
        files: Vec::new(),
    })
}

fn clip_entry(
    doc: &FindingsDoc,
    c: &super::CutClip,
    finding: Option<&Finding>,
) -> Result<ClipEntry, EvidenceError> {
    let (sha256, _) = sha256_file(&c.path)?;
    let wall = |ms: u64| report::wall_clock(doc.input.started_at.as_deref(), ms);
    let transcript: Vec<Segment> = doc
        .transcript
        .iter()
        .filter(|s| s.start_ms < c.end_ms && s.end_ms > c.start_ms)
        .map(|s| Segment::new(s.start_ms, s.end_ms, s.text.clone()))
        .collect();
    Ok(ClipEntry {
        id: c.name.clone(),
        file: format!("{CLIP_DIR}/{}.wav", c.name),
        start_ms: c.start_ms,
        end_ms: c.end_ms,
        start: clock(c.start_ms, '.'),
        end: clock(c.end_ms, '.'),
        wall_clock_start: wall(c.start_ms),
        wall_clock_end: wall(c.end_ms),
        finding_start_ms: finding.map(|f| f.start_ms),
        finding_end_ms: finding.map(|f| f.end_ms),
        rule_id: finding.map(|f| f.rule_id.clone()).unwrap_or_default(),
        category: finding
            .map(|f| f.category.as_str().to_string())
            .unwrap_or_default(),
        quote: finding.map(|f| f.quote.clone()).unwrap_or_default(),
        sample_rate: c.sample_rate,
        channels: 1,
        frames: c.frames,
        sha256,
        transcript,
    })
}

/// A window asked for on the command line.
#[derive(Debug, Clone)]
pub struct Window {
    /// File stem of the clip (`f0003`, `t00-12-31`).
    pub id: String,
    pub start_ms: u64,
    pub end_ms: u64,
}

/// An ad-hoc extraction: windows (or findings of a findings document) of one recording.
#[derive(Debug, Clone)]
pub struct ExtractRequest {
    pub source: PathBuf,
    pub out_dir: PathBuf,
    /// Time windows to cut (already including any context).
    pub windows: Vec<Window>,
    /// The recording's findings document, when extracting findings (gives quotes, rules,
    /// the transcript excerpt, engine and start time).
    pub doc: Option<FindingsDoc>,
    /// Findings of `doc` to cut, by id.
    pub finding_ids: Vec<String>,
    /// Name of the recording in clue ids (the audit's output name for it).
    pub name: String,
    pub opts: EvidenceOptions,
}

/// Cuts an ad-hoc pack into `req.out_dir`: clips under `evidence/`, the selected findings as
/// `clues.csv`/`clues.json` when findings were asked for, and the sealed manifest.
pub fn extract(req: &ExtractRequest) -> Result<EvidenceSummary, EvidenceError> {
    clear_out_dir(&req.out_dir)?;
    let (sha256, size) = sha256_file(&req.source)?;
    let doc = request_doc(req, sha256, size)?;
    let (specs, mut selected) = requested_clips(req, &doc)?;
    let clip_dir = req.out_dir.join(CLIP_DIR);
    let cut = cut_clips(&req.source, &specs, &clip_dir, false)?;
    for spec in &specs {
        if !cut.clips.iter().any(|c| c.name == spec.name) {
            return Err(EvidenceError::BadInput {
                path: req.source.clone(),
                detail: format!(
                    "{}–{} is past the end of the recording (its audio ends at {})",
                    clock(spec.start_ms, '.'),
                    clock(spec.end_ms, '.'),
                    clock(cut.decoded_ms, '.')
                ),
            });
        }
    }
    for f in &mut selected {
        if let Some(c) = cut.clips.iter().find(|c| c.name == f.id) {
            f.evidence = Some(EvidenceRef {
                clip: format!("{CLIP_DIR}/{}.wav", c.name),
                clip_sha256: sha256_file(&c.path)?.0,
            });
        }
    }
    if !selected.is_empty() {
        write_clues(req, &doc, &selected)?;
    }
    let mut m = new_manifest(&doc, &req.source, &cut, &req.opts, false)?;
    m.clips = cut
        .clips
        .iter()
        .map(|c| clip_entry(&doc, c, selected.iter().find(|f| f.id == c.name)))
        .collect::<Result<_, _>>()?;
    m.hash_files(&req.out_dir)?;
    let digest = manifest::write_sealed(&m, &req.out_dir, req.opts.key.as_ref())?;
    Ok(EvidenceSummary {
        clips: cut.clips.len(),
        manifest_sha256: Some(digest),
        signed_by: signer_hex(req.opts.key.as_ref()),
        warnings: cut.warnings,
    })
}

/// Every file under the output directory goes into the manifest, so it must hold nothing
/// else: a new or empty directory, or an earlier pack (whose files are removed).
fn clear_out_dir(out_dir: &Path) -> Result<(), EvidenceError> {
    let not_empty = |dir: &Path| {
        std::fs::read_dir(dir)
            .map(|mut e| e.next().is_some())
            .unwrap_or(false)
    };
    if !not_empty(out_dir) {
        return Ok(());
    }
    let refuse = |detail: &str| EvidenceError::BadInput {
        path: out_dir.to_path_buf(),
        detail: detail.into(),
    };
    // Only a liveaudit pack is cleared, and only of the files its manifest lists: a folder
    // that merely holds some manifest.json (a web app's) is not ours to empty.
    let earlier = match manifest::read(out_dir) {
        Ok((m, _)) if m.schema == MANIFEST_SCHEMA => m,
        _ => {
            return Err(refuse(
                "the output directory is not empty and is not an earlier liveaudit evidence pack; choose an empty or new directory",
            ))
        }
    };
    let listed: std::collections::BTreeSet<&str> =
        earlier.files.iter().map(|f| f.path.as_str()).collect();
    let present = manifest::pack_files(out_dir)?;
    if let Some(stranger) = present.iter().find(|p| !listed.contains(p.as_str())) {
        return Err(refuse(&format!(
            "holds {stranger}, which the earlier pack's manifest does not list; nothing was removed"
        )));
    }
    for rel in present.iter().map(String::as_str).chain([
        manifest::MANIFEST_FILE,
        manifest::SEAL_FILE,
        manifest::SIGNATURE_FILE,
    ]) {
        let p = out_dir.join(rel);
        if p.symlink_metadata().is_ok() {
            std::fs::remove_file(&p).map_err(io(&p))?;
        }
    }
    let clips = out_dir.join(CLIP_DIR);
    if clips.is_dir() && !not_empty(&clips) {
        std::fs::remove_dir(&clips).map_err(io(&clips))?;
    }
    Ok(())
}

/// The findings document of an extraction: the one given (which must be about this
/// recording) or an empty one naming the recording; either with the recording's hash and size.
fn request_doc(
    req: &ExtractRequest,
    sha256: String,
    size: u64,
) -> Result<FindingsDoc, EvidenceError> {
    let mut doc = match &req.doc {
        Some(d) => {
            if !d.input.sha256.is_empty() && d.input.sha256 != sha256 {
                return Err(EvidenceError::BadInput {
                    path: req.source.clone(),
                    detail: format!(
                        "is not the recording the findings are about: its SHA-256 is {sha256}, the findings document says {} ({})",
                        d.input.sha256, d.input.uri
                    ),
                });
            }
            d.clone()
        }
        // sha256 and size are set below, as for a given document.
        None => FindingsDoc::placeholder(req.source.display().to_string(), "", Vec::new()),
    };
    doc.input.sha256 = sha256;
    doc.input.size_bytes = Some(size);
    Ok(doc)
}

/// The windows to cut: those asked for, then one per requested finding (returned too).
fn requested_clips(
    req: &ExtractRequest,
    doc: &FindingsDoc,
) -> Result<(Vec<ClipSpec>, Vec<Finding>), EvidenceError> {
    let mut specs: Vec<ClipSpec> = req
        .windows
        .iter()
        .map(|w| ClipSpec {
            name: w.id.clone(),
            start_ms: w.start_ms,
            end_ms: w.end_ms,
        })
        .collect();
    let mut selected = Vec::new();
    for id in &req.finding_ids {
        let f =
            doc.findings
                .iter()
                .find(|f| &f.id == id)
                .ok_or_else(|| EvidenceError::BadInput {
                    path: PathBuf::from(&doc.input.uri),
                    detail: format!(
                        "the findings document has no finding {id} (it has {})",
                        list_ids(&doc.findings)
                    ),
                })?;
        specs.push(finding_window(f, req.opts.context));
        selected.push(f.clone());
    }
    Ok((specs, selected))
}

/// Writes the selected findings as `clues.csv` and `clues.json` into the pack.
fn write_clues(
    req: &ExtractRequest,
    doc: &FindingsDoc,
    selected: &[Finding],
) -> Result<(), EvidenceError> {
    let mut sub = doc.clone();
    sub.findings = selected.to_vec();
    let meta = RecordingMeta {
        name: req.name.clone(),
        room: req.opts.room.clone(),
        streamer: req.opts.streamer.clone(),
        levels: None,
        context: Some(req.opts.context),
        generated_at: chrono::Local::now().to_rfc3339(),
        findings_sha256: None,
    };
    let clues = report::clues::clues_for(&sub, &meta, "", None);
    for (name, text) in [
        ("clues.csv", report::clues::to_csv(&clues)),
        ("clues.json", report::clues::to_json(&clues)),
    ] {
        let p = req.out_dir.join(name);
        write_atomic(&p, text.as_bytes()).map_err(io(&p))?;
    }
    Ok(())
}

fn list_ids(findings: &[Finding]) -> String {
    match findings.len() {
        0 => "no findings".into(),
        n if n <= 12 => findings
            .iter()
            .map(|f| f.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        n => format!("{n} findings, {}…{}", findings[0].id, findings[n - 1].id),
    }
}
