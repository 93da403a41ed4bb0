//! The monitoring overview across recordings (直播监测报告): `liveaudit report DIR... --out
//! summary.html` writes `summary.html`, `summary.md`, `clues.csv` and `clues.json` side by
//! side for the recordings that [`crate::evidence::survey::collect`] found and checked.
//!
//! Contents: the period and totals; counts per room/streamer and per category; the top
//! rules; the trend over the period (per day when recordings carry their start time, else per
//! recording); every recording with its pack's integrity (checked against its manifest when
//! the recordings were collected); and the clue list with links to each finding and its clip.
//! Where packs hold an officer's review (`review.json`), rooms and rules count confirmed,
//! rejected and pending findings, and the clue list (线索移交) holds the confirmed findings
//! unless a [`ClueFilter`] asks for more.
//!
//! Modules: [`html`] and [`markdown`] render the figures computed here.

pub mod html;
pub mod markdown;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::clues::{clues_for, to_csv, to_json, Clue};
use super::common::{basis_list, prefix_chars, relative_link, short_time};
use super::html::severity_index;
use super::meta::RecordingMeta;
use crate::findings::{Category, FindingsDoc};
use crate::review::{state_index, ReviewDoc, ReviewState};

/// Label used for recordings without a room or streamer.
const UNLABELLED: &str = "未标注";

/// Why a monitoring report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SummaryError {
    /// An input is missing, holds no findings, or is not a findings document.
    #[error("{path}: {detail}", path = .path.display())]
    BadInput { path: PathBuf, detail: String },
    /// Reading or writing failed.
    #[error("{path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl crate::failure::Classify for SummaryError {
    /// Inputs that are not audit outputs are bad input; a failed read may pass.
    fn class(&self) -> crate::failure::FailureClass {
        match self {
            SummaryError::BadInput { .. } => crate::failure::FailureClass::BadInput,
            SummaryError::Io { .. } => crate::failure::FailureClass::Transient,
        }
    }
}

/// Who signed an intact pack, as far as the report's trusted keys tell: a seal or a
/// signature by a key nobody vouched for is only a checksum, and the report says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSignature {
    /// Not signed.
    Unsigned,
    /// Validly signed by a key (hex) that is not among the trusted keys.
    UnknownKey(String),
    /// Validly signed by a trusted key.
    Trusted { name: String, key: String },
}

/// Pack integrity of a recording as found when the report was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    /// Every file matches the sealed manifest; who signed it.
    Intact { signature: PackSignature },
    /// Differences, as `file: what` lines.
    Differs(Vec<String>),
    /// No manifest: evidence was not cut for this recording.
    NoPack,
}

/// One audited recording found among the inputs.
#[derive(Debug, Clone)]
pub struct RecordingEntry {
    /// Its output directory (holding findings.json).
    pub dir: PathBuf,
    pub name: String,
    pub doc: FindingsDoc,
    /// Live room and streamer as its pack's manifest records them (none without a pack).
    pub room: Option<String>,
    pub streamer: Option<String>,
    pub manifest_sha256: Option<String>,
    pub integrity: Integrity,
    /// The officer's review, when the pack holds one that verified with it.
    pub review: Option<ReviewDoc>,
}

impl RecordingEntry {
    fn room_label(&self) -> String {
        self.room.clone().unwrap_or_else(|| UNLABELLED.into())
    }

    fn streamer_label(&self) -> String {
        self.streamer.clone().unwrap_or_else(|| UNLABELLED.into())
    }

    /// Review state of finding `id` (pending without a review).
    fn state(&self, id: &str) -> ReviewState {
        self.review
            .as_ref()
            .map_or(ReviewState::Pending, |r| r.state(id))
    }
}

/// Which findings a monitoring report's clue list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClueFilter {
    /// Only findings an officer confirmed: what is handed over (线索移交).
    #[default]
    Confirmed,
    /// Confirmed and still pending: everything not rejected.
    Unrejected,
    /// Every finding, rejected ones included.
    All,
}

impl ClueFilter {
    fn admits(self, s: ReviewState) -> bool {
        match self {
            ClueFilter::Confirmed => s == ReviewState::Confirmed,
            ClueFilter::Unrejected => s != ReviewState::Rejected,
            ClueFilter::All => true,
        }
    }

    /// What the clue list holds, for its heading.
    fn label_zh(self) -> &'static str {
        match self {
            ClueFilter::Confirmed => "已确认",
            ClueFilter::Unrejected => "已确认及待复核",
            ClueFilter::All => "全部（含已驳回）",
        }
    }
}

/// Everything the summary shows, computed once for both renderings.
struct Figures {
    clues: Vec<Clue>,
    filter: ClueFilter,
    /// Confirmed, rejected and pending findings over all recordings.
    decisions: [usize; 3],
    /// Rule id → confirmed, rejected, pending.
    rule_decisions: BTreeMap<String, [usize; 3]>,
    /// (room, streamer) → (recordings, audio ms, severity counts, needs review, per category)
    rooms: BTreeMap<(String, String), RoomRow>,
    categories: BTreeMap<Category, [usize; 3]>,
    rules: Vec<(String, String, String, String, usize)>,
    trend: Vec<(String, [usize; 3])>,
    trend_by_day: bool,
    audio_ms: u64,
    period: Option<(String, String)>,
}

#[derive(Default)]
struct RoomRow {
    recordings: usize,
    audio_ms: u64,
    severity: [usize; 3],
    review: usize,
    /// Confirmed, rejected, pending.
    decisions: [usize; 3],
    categories: BTreeMap<Category, usize>,
}

impl RoomRow {
    /// Findings of the room, all severities.
    fn total(&self) -> usize {
        self.severity.iter().sum()
    }

    /// High/medium/low counts as `3/1/0`.
    fn severity_split(&self) -> String {
        let [high, medium, low] = self.severity;
        format!("{high}/{medium}/{low}")
    }
}

/// When a clue happened, for people: its wall-clock time, else its time in the recording.
fn clue_when(c: &Clue) -> String {
    c.wall_clock
        .as_deref()
        .map(short_time)
        .unwrap_or_else(|| c.time.clone())
}

/// The clues of one recording that `filter` admits, each with its officer's decision.
fn recording_clues(e: &RecordingEntry, out_dir: &Path, filter: ClueFilter) -> Vec<Clue> {
    let base = format!("{}/", relative_link(out_dir, &e.dir));
    let meta = RecordingMeta {
        name: e.name.clone(),
        room: Some(e.room_label()),
        streamer: Some(e.streamer_label()),
        ..RecordingMeta::default()
    };
    let current = e.review.as_ref().map(|r| r.current());
    clues_for(&e.doc, &meta, &base, e.manifest_sha256.as_deref())
        .into_iter()
        .zip(&e.doc.findings)
        .map(|(mut c, f)| {
            c.set_review(current.as_ref().and_then(|m| m.get(f.id.as_str()).copied()));
            c
        })
        .filter(|c| filter.admits(c.review_state()))
        .collect()
}

fn figures(entries: &[RecordingEntry], out_dir: &Path, filter: ClueFilter) -> Figures {
    let mut clues = Vec::new();
    let mut decisions = [0usize; 3];
    let mut rule_decisions: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut rooms: BTreeMap<(String, String), RoomRow> = BTreeMap::new();
    let mut categories: BTreeMap<Category, [usize; 3]> = BTreeMap::new();
    let mut rules: BTreeMap<String, (String, String, String, usize)> = BTreeMap::new();
    let dated = entries.iter().all(|e| e.doc.input.started_at.is_some());
    let mut trend: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut audio_ms = 0;
    for e in entries {
        clues.extend(recording_clues(e, out_dir, filter));
        audio_ms += e.doc.input.duration_ms;
        let row = rooms
            .entry((e.room_label(), e.streamer_label()))
            .or_default();
        row.recordings += 1;
        row.audio_ms += e.doc.input.duration_ms;
        let bucket = if dated {
            // The day of an RFC 3339 time (any text from the document, cut by characters).
            prefix_chars(e.doc.input.started_at.as_deref().unwrap_or(""), 10).to_string()
        } else {
            e.name.clone()
        };
        let t = trend.entry(bucket).or_default();
        for f in &e.doc.findings {
            let k = severity_index(f.severity);
            row.severity[k] += 1;
            row.review += usize::from(f.needs_review);
            let d = state_index(e.state(&f.id));
            row.decisions[d] += 1;
            decisions[d] += 1;
            rule_decisions.entry(f.rule_id.clone()).or_default()[d] += 1;
            *row.categories.entry(f.category).or_default() += 1;
            categories.entry(f.category).or_default()[k] += 1;
            t[k] += 1;
            let r = rules.entry(f.rule_id.clone()).or_insert_with(|| {
                (
                    f.title.clone(),
                    f.category.label_zh().to_string(),
                    basis_list(&f.legal_basis),
                    0,
                )
            });
            r.3 += 1;
        }
    }
    let mut rules: Vec<_> = rules
        .into_iter()
        .map(|(id, (title, cat, basis, n))| (id, title, cat, basis, n))
        .collect();
    rules.sort_by(|a, b| b.4.cmp(&a.4).then(a.0.cmp(&b.0)));
    let trend: Vec<(String, [usize; 3])> = if dated {
        trend.into_iter().collect()
    } else {
        entries
            .iter()
            .map(|e| {
                (
                    e.name.clone(),
                    trend.get(&e.name).copied().unwrap_or_default(),
                )
            })
            .collect()
    };
    let starts: Vec<&str> = entries
        .iter()
        .filter_map(|e| e.doc.input.started_at.as_deref())
        .collect();
    let period = match (starts.iter().min(), starts.iter().max()) {
        (Some(a), Some(b)) => Some((short_time(a), short_time(b))),
        _ => None,
    };
    Figures {
        clues,
        filter,
        decisions,
        rule_decisions,
        rooms,
        categories,
        rules,
        trend,
        trend_by_day: dated,
        audio_ms,
        period,
    }
}

/// Writes `out` (summary HTML) and, beside it, the Markdown version (`<stem>.md`),
/// `clues.csv` and `clues.json` (the clues `filter` admits). Returns the paths written.
pub fn write_summary(
    entries: &[RecordingEntry],
    out: &Path,
    title: &str,
    filter: ClueFilter,
) -> Result<Vec<PathBuf>, SummaryError> {
    let out_dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&out_dir).map_err(|source| SummaryError::Io {
        path: out_dir.clone(),
        source,
    })?;
    let fig = figures(entries, &out_dir, filter);
    let md_path = out.with_extension("md");
    let files = [
        (
            out.to_path_buf(),
            html::render(entries, &fig, &out_dir, title),
        ),
        (md_path, markdown::render(entries, &fig, title)),
        (out_dir.join("clues.csv"), to_csv(&fig.clues)),
        (out_dir.join("clues.json"), to_json(&fig.clues)),
    ];
    let mut written = Vec::new();
    for (path, text) in files {
        super::write_atomic(&path, text.as_bytes()).map_err(|source| SummaryError::Io {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}
