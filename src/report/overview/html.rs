//! `summary.html`: the monitoring overview as one self-contained page, a section per table
//! (rooms, categories, top rules, trend, recordings, clues).

use std::fmt::Write as _;
use std::path::Path;

use super::{clue_when, Figures, Integrity, PackSignature, RecordingEntry};
use crate::findings::{Category, Severity};
use crate::report::common::{
    category_color, category_row_html, duration_text, esc, href, prefix_chars, relative_link,
    severity_zh, short_time,
};
use crate::report::html::{SCRIPT, STYLE};
use crate::report::svg::trend_chart;

/// Renders the overview page.
pub(super) fn render(
    entries: &[RecordingEntry],
    fig: &Figures,
    out_dir: &Path,
    title: &str,
) -> String {
    let mut h = String::with_capacity(64 * 1024);
    header(&mut h, entries, fig, title);
    rooms_section(&mut h, fig);
    categories_section(&mut h, fig);
    rules_section(&mut h, fig);
    trend_section(&mut h, fig);
    recordings_section(&mut h, entries, out_dir);
    clues_section(&mut h, fig);
    let _ = writeln!(
        h,
        "</table></section><footer>由 {} 生成。线索时间为实际时间（已知录像开始时间时）或录像内时间；证据包完整性在生成本报告时按各自 manifest.json 校验。</footer><script>{SCRIPT}</script></body></html>",
        esc(crate::ENGINE_VERSION)
    );
    h
}

/// The document head, title and period facts.
fn header(h: &mut String, entries: &[RecordingEntry], fig: &Figures, title: &str) {
    let [confirmed, rejected, pending] = fig.decisions;
    let findings = confirmed + rejected + pending;
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
        "<dt>监测期间 period</dt><dd>{}</dd><dt>录像 recordings</dt><dd>{} 个，共 {}</dd><dt>发现 findings</dt><dd id=\"total-findings\">{findings} 条：<span id=\"decisions\" data-confirmed=\"{confirmed}\" data-rejected=\"{rejected}\" data-pending=\"{pending}\">人工复审确认 {confirmed}，驳回 {rejected}，待复核 {pending}</span></dd><dt>线索 clues</dt><dd id=\"total-clues\">{} 条（{}）</dd><dt>生成 generated</dt><dd>{} · {}</dd></dl></header>",
        esc(&period),
        entries.len(),
        duration_text(fig.audio_ms),
        fig.clues.len(),
        fig.filter.label_zh(),
        short_time(&chrono::Local::now().to_rfc3339()),
        esc(crate::ENGINE_VERSION)
    );
}

/// Counts per room and streamer, with a column per category found.
fn rooms_section(h: &mut String, fig: &Figures) {
    let cats: Vec<Category> = fig.categories.keys().copied().collect();
    h.push_str("<section id=\"rooms\"><h2>按直播间/主播 By room and streamer</h2><table class=\"rooms\"><tr><th>直播间 room</th><th>主播 streamer</th><th>录像</th><th>时长</th><th>发现</th><th>高/中/低</th><th>需复核</th><th>确认</th><th>驳回</th><th>待复核</th>");
    for c in &cats {
        let _ = write!(h, "<th>{}</th>", c.label_zh());
    }
    h.push_str("</tr>");
    for ((room, streamer), r) in &fig.rooms {
        let _ = write!(
            h,
            "<tr class=\"room-row\"><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\"><b>{}</b></td><td class=\"n\">{}</td><td class=\"n\">{}</td>{}",
            esc(room),
            esc(streamer),
            r.recordings,
            duration_text(r.audio_ms),
            r.total(),
            r.severity_split(),
            r.review,
            decision_cells(r.decisions)
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
}

fn categories_section(h: &mut String, fig: &Figures) {
    h.push_str("<section id=\"categories\"><h2>按类别 By category</h2><table class=\"categories\"><tr><th>类别</th><th>高</th><th>中</th><th>低</th><th>合计</th></tr>");
    for (c, n) in &fig.categories {
        category_row_html(h, *c, n);
    }
    h.push_str("</table></section>\n");
}

/// Confirmed, rejected and pending counts as three cells.
fn decision_cells([c, r, p]: [usize; 3]) -> String {
    format!("<td class=\"n confirmed\">{c}</td><td class=\"n rejected\">{r}</td><td class=\"n pending\">{p}</td>")
}

/// Every rule met, most often first, with the officers' decisions on its findings.
fn rules_section(h: &mut String, fig: &Figures) {
    h.push_str("<section id=\"rules\"><h2>规则 Rules</h2><table class=\"rules\"><tr><th>规则</th><th>名称</th><th>类别</th><th>法律依据</th><th>次数</th><th>确认</th><th>驳回</th><th>待复核</th></tr>");
    for (id, title, cat, basis, n) in fig.rules.iter() {
        let _ = write!(
            h,
            "<tr class=\"rule-row\" data-rule=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{n}</td>{}</tr>",
            esc(id),
            esc(id),
            esc(title),
            esc(cat),
            esc(basis),
            decision_cells(fig.rule_decisions.get(id).copied().unwrap_or_default())
        );
    }
    h.push_str("</table></section>\n");
}

fn trend_section(h: &mut String, fig: &Figures) {
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
}

/// Every recording, linked to its own report, with its pack's integrity.
fn recordings_section(h: &mut String, entries: &[RecordingEntry], out_dir: &Path) {
    h.push_str("<section id=\"recordings\"><h2>录像 Recordings</h2><table class=\"recordings\"><tr><th>录像</th><th>直播间</th><th>主播</th><th>开始时间</th><th>时长</th><th>线索</th><th>证据包 integrity</th></tr>");
    for e in entries {
        let link = href(&format!("{}/report.html", relative_link(out_dir, &e.dir)));
        let _ = write!(
            h,
            "<tr class=\"recording-row\"><td><a href=\"{link}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            esc(&e.name),
            esc(&e.room_label()),
            esc(&e.streamer_label()),
            esc(&e
                .doc
                .input
                .started_at
                .as_deref()
                .map(short_time)
                .unwrap_or_default()),
            duration_text(e.doc.input.duration_ms),
            e.doc.findings.len(),
            integrity_html(&e.integrity)
        );
    }
    h.push_str("</table></section>\n");
}

fn integrity_html(i: &Integrity) -> String {
    match i {
        Integrity::Intact { signature } => format!(
            "<span class=\"ok\">✓ 完整</span> · {}",
            signature_html(signature)
        ),
        Integrity::Differs(p) => format!(
            "<span class=\"bad\" title=\"{}\">✗ {} 处不符</span>",
            esc(&p.join("\n")),
            p.len()
        ),
        Integrity::NoPack => "无证据包".into(),
    }
}

/// Who signed an intact pack: only a trusted key makes it more than a checksum.
fn signature_html(s: &PackSignature) -> String {
    match s {
        PackSignature::Unsigned => "<span class=\"unsigned\" title=\"没有签名：完整性仅为校验和，任何人都可重新计算 (integrity is only a checksum)\">未签名 (unsigned)</span>".into(),
        PackSignature::UnknownKey(k) => format!(
            "<span class=\"unknown-signer\" title=\"ed25519 {}：不在受信任的公钥中 (not a trusted key; pass --public-key)\">签名未验证 (signed by an unknown key)</span>",
            esc(k)
        ),
        PackSignature::Trusted { name, key } => format!(
            "<span class=\"signed\" title=\"ed25519 {}\">已签名 (signed by {})</span>",
            esc(key),
            esc(name)
        ),
    }
}

/// The clue list with links to each finding and a player for its clip (the table is closed
/// by the page's footer).
fn clues_section(h: &mut String, fig: &Figures) {
    let total: usize = fig.clues.len();
    let _ = write!(
        h,
        "<section id=\"clues\"><h2>线索清单 Clue list ({total}，{})</h2><p>导出：<a href=\"clues.csv\">clues.csv</a> · <a href=\"clues.json\">clues.json</a></p><table class=\"clues\"><tr><th>线索</th><th>直播间/主播</th><th>时间</th><th>类别</th><th>严重</th><th>规则 / 法律依据</th><th>原话</th><th>复审</th><th>证据</th></tr>",
        fig.filter.label_zh()
    );
    for (i, c) in fig.clues.iter().enumerate() {
        let when = clue_when(c);
        let player = match &c.evidence_clip {
            Some(clip) => format!(
                "<audio id=\"clue-audio-{i}\" controls preload=\"none\" src=\"{src}\"></audio><br><a href=\"{src}\">片段</a> <span class=\"hash\">{}</span>",
                esc(prefix_chars(c.evidence_clip_sha256.as_deref().unwrap_or(""), 16)),
                src = esc(&href(clip))
            ),
            None => "—".into(),
        };
        let category = Category::parse(&c.category);
        let _ = write!(
            h,
            "<tr class=\"clue-row\" data-category=\"{}\" data-review=\"{}\"><td><a href=\"{}\">{}</a></td><td>{} / {}</td><td>{}<br><small>{}</small></td><td><span class=\"badge\" style=\"background:{}\">{}</span></td><td>{}</td><td>{} {}<br><small>{}</small></td><td>「{}」{}</td><td>{}</td><td>{player}</td></tr>",
            esc(&c.category),
            esc(&c.review),
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
            },
            review_cell(c)
        );
    }
}

/// The officer's decision on a clue, with who and why.
fn review_cell(c: &crate::report::clues::Clue) -> String {
    let state = match c.review_state() {
        crate::review::ReviewState::Confirmed => "确认",
        crate::review::ReviewState::Rejected => "驳回",
        crate::review::ReviewState::Pending => "待复核",
    };
    if c.reviewed_by.is_empty() {
        state.into()
    } else {
        format!(
            "{state}<br><small>{}：{}</small>",
            esc(&c.reviewed_by),
            esc(&c.review_reason)
        )
    }
}

fn parse_sev(s: &str) -> Severity {
    match s {
        "high" => Severity::High,
        "medium" => Severity::Medium,
        _ => Severity::Low,
    }
}

/// Percent-encodes the path part of `path#fragment`, keeping the fragment.
fn href_with_fragment(link: &str) -> String {
    match link.split_once('#') {
        Some((p, f)) => format!("{}#{}", href(p), f),
        None => href(link),
    }
}
