//! The monitoring report across recordings (直播监测报告): `liveaudit report DIR... --out
//! summary.html` gathers the recordings' findings and packs and writes `summary.html`,
//! `summary.md`, `clues.csv` and `clues.json` side by side.
//!
//! Contents: the period and totals; counts per room/streamer and per category; the top
//! rules; the trend over the period (per day when recordings carry their start time, else per
//! recording); every recording with its pack's integrity (checked now against its manifest);
//! and the clue list with links to each finding and its clip.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::clues::{clues_for, to_csv, to_json, Clue};
use super::common::{
    basis_list, category_color, duration_text, esc, href, md_esc, relative_link, severity_zh,
    short_time, RecordingMeta,
};
use super::html::{severity_index, SCRIPT, STYLE};
use super::svg::trend_chart;
use crate::evidence::manifest::{self, Manifest, MANIFEST_FILE};
use crate::findings::{Category, FindingsDoc};

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

impl SummaryError {
    /// True when the inputs are at fault.
    pub fn is_bad_input(&self) -> bool {
        matches!(self, SummaryError::BadInput { .. })
    }

    /// True for transient I/O failures.
    pub fn is_retryable(&self) -> bool {
        matches!(self, SummaryError::Io { .. })
    }
}

/// Pack integrity of a recording as found when the report was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    /// Every file matches the sealed manifest (signed by the key given, if signed).
    Intact { signed_by: Option<String> },
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
    pub manifest: Option<Manifest>,
    pub manifest_sha256: Option<String>,
    pub integrity: Integrity,
}

impl RecordingEntry {
    fn room(&self) -> String {
        self.manifest
            .as_ref()
            .and_then(|m| m.source.room.clone())
            .unwrap_or_else(|| UNLABELLED.into())
    }

    fn streamer(&self) -> String {
        self.manifest
            .as_ref()
            .and_then(|m| m.source.streamer.clone())
            .unwrap_or_else(|| UNLABELLED.into())
    }
}

/// Finds the audited recordings in `inputs` (findings.json files, recording output folders,
/// or folders holding them up to three levels down). Unreadable documents are skipped with a
/// warning; no recording at all is an error.
pub fn collect(inputs: &[PathBuf]) -> Result<(Vec<RecordingEntry>, Vec<String>), SummaryError> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_file() {
            files.push(input.clone());
        } else if input.is_dir() {
            let before = files.len();
            find_findings(input, 3, &mut files);
            if files.len() == before {
                return Err(SummaryError::BadInput {
                    path: input.clone(),
                    detail:
                        "holds no findings.json (expected the --out folder of `liveaudit audit`)"
                            .into(),
                });
            }
        } else {
            return Err(SummaryError::BadInput {
                path: input.clone(),
                detail: "no such file or folder".into(),
            });
        }
    }
    files.sort();
    files.dedup();
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| SummaryError::Io {
            path: file.clone(),
            source,
        })?;
        let doc: FindingsDoc = match serde_json::from_str(&text) {
            Ok(d) => d,
            Err(e) => {
                warnings.push(format!(
                    "{}: not a findings document, skipped ({e})",
                    file.display()
                ));
                continue;
            }
        };
        let dir = file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let name = std::fs::canonicalize(&dir)
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| doc.input.uri.clone());
        let (manifest, manifest_sha256, integrity) = if dir.join(MANIFEST_FILE).is_file() {
            let m = manifest::read(&dir).ok().map(|(m, _)| m);
            match crate::evidence::verify_pack(&dir, None, None) {
                Ok(r) if r.ok() => (
                    m,
                    Some(r.manifest_sha256.clone()),
                    Integrity::Intact {
                        signed_by: r.signed_by.clone(),
                    },
                ),
                Ok(r) => (
                    m,
                    Some(r.manifest_sha256.clone()),
                    Integrity::Differs(r.problems.iter().map(|p| p.to_string()).collect()),
                ),
                Err(e) => (m, None, Integrity::Differs(vec![e.to_string()])),
            }
        } else {
            (None, None, Integrity::NoPack)
        };
        entries.push(RecordingEntry {
            dir,
            name,
            doc,
            manifest,
            manifest_sha256,
            integrity,
        });
    }
    if entries.is_empty() {
        return Err(SummaryError::BadInput {
            path: inputs.first().cloned().unwrap_or_default(),
            detail: "no readable findings documents among the inputs".into(),
        });
    }
    entries.sort_by(|a, b| {
        (a.doc.input.started_at.as_deref(), &a.name)
            .cmp(&(b.doc.input.started_at.as_deref(), &b.name))
    });
    Ok((entries, warnings))
}

fn find_findings(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
    let f = dir.join("findings.json");
    if f.is_file() {
        out.push(f);
        return;
    }
    if depth == 0 {
        return;
    }
    if let Ok(rd) = std::fs::read_dir(dir) {
        let mut subs: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        subs.sort();
        for s in subs {
            find_findings(&s, depth - 1, out);
        }
    }
}

/// Everything the summary shows, computed once for both renderings.
struct Figures {
    clues: Vec<Clue>,
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
    categories: BTreeMap<Category, usize>,
}

fn figures(entries: &[RecordingEntry], out_dir: &Path) -> Figures {
    let mut clues = Vec::new();
    let mut rooms: BTreeMap<(String, String), RoomRow> = BTreeMap::new();
    let mut categories: BTreeMap<Category, [usize; 3]> = BTreeMap::new();
    let mut rules: BTreeMap<String, (String, String, String, usize)> = BTreeMap::new();
    let dated = entries.iter().all(|e| e.doc.input.started_at.is_some());
    let mut trend: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut audio_ms = 0;
    for e in entries {
        let base = format!("{}/", relative_link(out_dir, &e.dir));
        let meta = RecordingMeta {
            name: e.name.clone(),
            room: Some(e.room()),
            streamer: Some(e.streamer()),
            ..RecordingMeta::default()
        };
        clues.extend(clues_for(
            &e.doc,
            &meta,
            &base,
            e.manifest_sha256.as_deref(),
        ));
        audio_ms += e.doc.input.duration_ms;
        let row = rooms.entry((e.room(), e.streamer())).or_default();
        row.recordings += 1;
        row.audio_ms += e.doc.input.duration_ms;
        let bucket = if dated {
            e.doc.input.started_at.as_deref().unwrap_or("")
                [..10.min(e.doc.input.started_at.as_deref().unwrap_or("").len())]
                .to_string()
        } else {
            e.name.clone()
        };
        let t = trend.entry(bucket).or_default();
        for f in &e.doc.findings {
            let k = severity_index(f.severity);
            row.severity[k] += 1;
            row.review += usize::from(f.needs_review);
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
/// `clues.csv` and `clues.json`. Returns the paths written.
pub fn write_summary(
    entries: &[RecordingEntry],
    out: &Path,
    title: &str,
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
    let fig = figures(entries, &out_dir);
    let md_path = out.with_extension("md");
    let files = [
        (
            out.to_path_buf(),
            render_html(entries, &fig, &out_dir, title),
        ),
        (md_path, render_md(entries, &fig, title)),
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

fn integrity_html(i: &Integrity) -> String {
    match i {
        Integrity::Intact { signed_by: Some(k) } => format!(
            "<span class=\"ok\" title=\"ed25519 {}\">✓ 完整·已签名</span>",
            esc(k)
        ),
        Integrity::Intact { signed_by: None } => "<span class=\"ok\">✓ 完整</span>".into(),
        Integrity::Differs(p) => format!(
            "<span class=\"bad\" title=\"{}\">✗ {} 处不符</span>",
            esc(&p.join("\n")),
            p.len()
        ),
        Integrity::NoPack => "无证据包".into(),
    }
}

fn render_html(entries: &[RecordingEntry], fig: &Figures, out_dir: &Path, title: &str) -> String {
    let mut h = String::with_capacity(64 * 1024);
    let total: usize = fig.clues.len();
    let review = fig.clues.iter().filter(|c| c.needs_review).count();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{t}</title><style>{STYLE}.ok{{color:#1e7e34}}.bad{{color:#c0392b;font-weight:bold}}section{{overflow-x:auto}}</style></head><body>\n<header><h1>{t}</h1><dl class=\"meta\">",
        t = esc(title)
    );
    let period = fig
        .period
        .as_ref()
        .map(|(a, b)| format!("{a} 至 {b}"))
        .unwrap_or_else(|| "（录像未标注开始时间）".into());
    let _ = writeln!(
        h,
        "<dt>监测期间 period</dt><dd>{}</dd><dt>录像 recordings</dt><dd>{} 个，共 {}</dd><dt>线索 clues</dt><dd id=\"total-clues\">{total} 条（需人工复核 {review} 条）</dd><dt>生成 generated</dt><dd>{} · {}</dd></dl></header>",
        esc(&period),
        entries.len(),
        duration_text(fig.audio_ms),
        short_time(&chrono::Local::now().to_rfc3339()),
        esc(crate::ENGINE_VERSION)
    );

    // Per room / streamer.
    let cats: Vec<Category> = fig.categories.keys().copied().collect();
    h.push_str("<section id=\"rooms\"><h2>按直播间/主播 By room and streamer</h2><table class=\"rooms\"><tr><th>直播间 room</th><th>主播 streamer</th><th>录像</th><th>时长</th><th>线索</th><th>高/中/低</th><th>需复核</th>");
    for c in &cats {
        let _ = write!(h, "<th>{}</th>", c.label_zh());
    }
    h.push_str("</tr>");
    for ((room, streamer), r) in &fig.rooms {
        let _ = write!(
            h,
            "<tr class=\"room-row\"><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\"><b>{}</b></td><td class=\"n\">{}/{}/{}</td><td class=\"n\">{}</td>",
            esc(room),
            esc(streamer),
            r.recordings,
            duration_text(r.audio_ms),
            r.severity.iter().sum::<usize>(),
            r.severity[0],
            r.severity[1],
            r.severity[2],
            r.review
        );
        for c in &cats {
            let _ = write!(
                h,
                "<td class=\"n\">{}</td>",
                r.categories.get(c).copied().unwrap_or(0)
            );
        }
        h.push_str("</tr>");
    }
    h.push_str("</table></section>\n");

    // Per category.
    h.push_str("<section id=\"categories\"><h2>按类别 By category</h2><table class=\"categories\"><tr><th>类别</th><th>高</th><th>中</th><th>低</th><th>合计</th></tr>");
    for (c, n) in &fig.categories {
        let _ = write!(
            h,
            "<tr data-category=\"{}\"><td><span class=\"badge\" style=\"background:{}\">{}</span>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\"><b>{}</b></td></tr>",
            c.as_str(),
            category_color(*c),
            c.label_zh(),
            c.as_str(),
            n[0],
            n[1],
            n[2],
            n.iter().sum::<usize>()
        );
    }
    h.push_str("</table></section>\n");

    // Top rules.
    h.push_str("<section id=\"rules\"><h2>主要规则 Top rules</h2><table class=\"rules\"><tr><th>规则</th><th>名称</th><th>类别</th><th>法律依据</th><th>次数</th></tr>");
    for (id, title, cat, basis, n) in fig.rules.iter().take(10) {
        let _ = write!(
            h,
            "<tr class=\"rule-row\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{n}</td></tr>",
            esc(id),
            esc(title),
            esc(cat),
            esc(basis)
        );
    }
    h.push_str("</table></section>\n");

    // Trend.
    let _ = writeln!(
        h,
        "<section id=\"trend-section\"><h2>趋势 Trend（{}）</h2>{}</section>",
        if fig.trend_by_day {
            "按日期 per day"
        } else {
            "按录像 per recording; 录像未标注开始时间"
        },
        trend_chart(&fig.trend)
    );

    // Recordings.
    h.push_str("<section id=\"recordings\"><h2>录像 Recordings</h2><table class=\"recordings\"><tr><th>录像</th><th>直播间</th><th>主播</th><th>开始时间</th><th>时长</th><th>线索</th><th>证据包 integrity</th></tr>");
    for e in entries {
        let link = href(&format!("{}/report.html", relative_link(out_dir, &e.dir)));
        let _ = write!(
            h,
            "<tr class=\"recording-row\"><td><a href=\"{link}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            esc(&e.name),
            esc(&e.room()),
            esc(&e.streamer()),
            e.doc
                .input
                .started_at
                .as_deref()
                .map(short_time)
                .unwrap_or_default(),
            duration_text(e.doc.input.duration_ms),
            e.doc.findings.len(),
            integrity_html(&e.integrity)
        );
    }
    h.push_str("</table></section>\n");

    // Clue list.
    let _ = write!(
        h,
        "<section id=\"clues\"><h2>线索清单 Clue list ({total})</h2><p>导出：<a href=\"clues.csv\">clues.csv</a> · <a href=\"clues.json\">clues.json</a></p><table class=\"clues\"><tr><th>线索</th><th>直播间/主播</th><th>时间</th><th>类别</th><th>严重</th><th>规则 / 法律依据</th><th>原话</th><th>证据</th></tr>"
    );
    for (i, c) in fig.clues.iter().enumerate() {
        let when = c
            .wall_clock
            .as_deref()
            .map(short_time)
            .unwrap_or_else(|| c.time.clone());
        let player = match &c.evidence_clip {
            Some(clip) => format!(
                "<audio id=\"clue-audio-{i}\" controls preload=\"none\" src=\"{src}\"></audio><br><a href=\"{src}\">片段</a> <span class=\"hash\">{}</span>",
                esc(&c.evidence_clip_sha256.clone().unwrap_or_default()[..16.min(c.evidence_clip_sha256.as_deref().unwrap_or("").len())]),
                src = esc(&href(clip))
            ),
            None => "—".into(),
        };
        let category = Category::parse(&c.category);
        let _ = write!(
            h,
            "<tr class=\"clue-row\" data-category=\"{}\"><td><a href=\"{}\">{}</a></td><td>{} / {}</td><td>{}<br><small>{}</small></td><td><span class=\"badge\" style=\"background:{}\">{}</span></td><td>{}</td><td>{} {}<br><small>{}</small></td><td>「{}」{}</td><td>{player}</td></tr>",
            esc(&c.category),
            esc(&href_with_fragment(&c.report)),
            esc(&c.clue_id),
            esc(&c.room),
            esc(&c.streamer),
            esc(&when),
            esc(&c.time),
            category.map_or("#777", category_color),
            esc(&c.category_zh),
            category.map_or("", |_| severity_zh(parse_sev(&c.severity))),
            esc(&c.rule_id),
            esc(&c.rule_title),
            esc(&c.legal_basis_text),
            esc(&c.quote),
            if c.needs_review {
                " <span class=\"review\">需复核</span>"
            } else {
                ""
            }
        );
    }
    let _ = writeln!(
        h,
        "</table></section><footer>由 {} 生成。线索时间为实际时间（已知录像开始时间时）或录像内时间；证据包完整性在生成本报告时按各自 manifest.json 校验。</footer><script>{SCRIPT}</script></body></html>",
        esc(crate::ENGINE_VERSION)
    );
    h
}

fn parse_sev(s: &str) -> crate::findings::Severity {
    match s {
        "high" => crate::findings::Severity::High,
        "medium" => crate::findings::Severity::Medium,
        _ => crate::findings::Severity::Low,
    }
}

/// Percent-encodes the path part of `path#fragment`, keeping the fragment.
fn href_with_fragment(link: &str) -> String {
    match link.split_once('#') {
        Some((p, f)) => format!("{}#{}", href(p), f),
        None => href(link),
    }
}

fn render_md(entries: &[RecordingEntry], fig: &Figures, title: &str) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "# {}\n", md_esc(title));
    if let Some((a, b)) = &fig.period {
        let _ = writeln!(m, "- 监测期间：{a} 至 {b}");
    }
    let _ = writeln!(
        m,
        "- 录像：{} 个，共 {}\n- 线索：{} 条（需人工复核 {} 条）\n- 生成：{}\n",
        entries.len(),
        duration_text(fig.audio_ms),
        fig.clues.len(),
        fig.clues.iter().filter(|c| c.needs_review).count(),
        crate::ENGINE_VERSION
    );
    let _ = writeln!(
        m,
        "## 按直播间/主播\n\n| 直播间 | 主播 | 录像 | 时长 | 线索 | 高/中/低 | 需复核 |\n|---|---|---:|---:|---:|---:|---:|"
    );
    for ((room, streamer), r) in &fig.rooms {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} | {}/{}/{} | {} |",
            md_esc(room),
            md_esc(streamer),
            r.recordings,
            duration_text(r.audio_ms),
            r.severity.iter().sum::<usize>(),
            r.severity[0],
            r.severity[1],
            r.severity[2],
            r.review
        );
    }
    let _ = writeln!(
        m,
        "\n## 按类别\n\n| 类别 | 高 | 中 | 低 | 合计 |\n|---|---:|---:|---:|---:|"
    );
    for (c, n) in &fig.categories {
        let _ = writeln!(
            m,
            "| {} ({}) | {} | {} | {} | {} |",
            c.label_zh(),
            c.as_str(),
            n[0],
            n[1],
            n[2],
            n.iter().sum::<usize>()
        );
    }
    let _ = writeln!(
        m,
        "\n## 主要规则\n\n| 规则 | 名称 | 类别 | 法律依据 | 次数 |\n|---|---|---|---|---:|"
    );
    for (id, title, cat, basis, n) in fig.rules.iter().take(10) {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {n} |",
            md_esc(id),
            md_esc(title),
            md_esc(cat),
            md_esc(basis)
        );
    }
    let _ = writeln!(
        m,
        "\n## 趋势（{}）\n\n| | 高 | 中 | 低 |\n|---|---:|---:|---:|",
        if fig.trend_by_day {
            "按日期"
        } else {
            "按录像"
        }
    );
    for (label, c) in &fig.trend {
        let _ = writeln!(m, "| {} | {} | {} | {} |", md_esc(label), c[0], c[1], c[2]);
    }
    let _ = writeln!(
        m,
        "\n## 线索清单\n\n| 线索 | 直播间/主播 | 时间 | 类别 | 规则 | 法律依据 | 原话 | 片段 SHA-256 |\n|---|---|---|---|---|---|---|---|"
    );
    for c in &fig.clues {
        let _ = writeln!(
            m,
            "| {} | {} / {} | {} | {} | {} | {} | 「{}」{} | {} |",
            md_esc(&c.clue_id),
            md_esc(&c.room),
            md_esc(&c.streamer),
            c.wall_clock
                .as_deref()
                .map(short_time)
                .unwrap_or_else(|| c.time.clone()),
            c.category_zh,
            md_esc(&c.rule_id),
            md_esc(&c.legal_basis_text),
            md_esc(&c.quote),
            if c.needs_review { " 需复核" } else { "" },
            c.evidence_clip_sha256.as_deref().unwrap_or("")
        );
    }
    m
}
