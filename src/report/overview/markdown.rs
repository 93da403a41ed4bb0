//! `summary.md`: the monitoring overview as Markdown, the same tables as the page less the
//! pictures and players.

use std::fmt::Write as _;

use super::{clue_when, Figures, RecordingEntry};
use crate::report::common::{category_row_md, duration_text, md_code, md_esc};

/// Renders the overview as Markdown.
pub(super) fn render(entries: &[RecordingEntry], fig: &Figures, title: &str) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "# {}\n", md_esc(title));
    if let Some((a, b)) = &fig.period {
        let _ = writeln!(m, "- 监测期间：{} 至 {}", md_esc(a), md_esc(b));
    }
    let _ = writeln!(
        m,
        "- 录像：{} 个，共 {}\n- 发现：{} 条（人工复审确认 {}，驳回 {}，待复核 {}）\n- 线索：{} 条（{}）\n- 生成：{}\n",
        entries.len(),
        duration_text(fig.audio_ms),
        fig.decisions.iter().sum::<usize>(),
        fig.decisions[0],
        fig.decisions[1],
        fig.decisions[2],
        fig.clues.len(),
        fig.filter.label_zh(),
        crate::ENGINE_VERSION
    );
    rooms(&mut m, fig);
    let _ = writeln!(
        m,
        "\n## 按类别\n\n| 类别 | 高 | 中 | 低 | 合计 |\n|---|---:|---:|---:|---:|"
    );
    for (c, n) in &fig.categories {
        category_row_md(&mut m, *c, n);
    }
    rules(&mut m, fig);
    trend(&mut m, fig);
    clues(&mut m, fig);
    m
}

fn rooms(m: &mut String, fig: &Figures) {
    let _ = writeln!(
        m,
        "## 按直播间/主播\n\n| 直播间 | 主播 | 录像 | 时长 | 发现 | 高/中/低 | 需复核 | 确认 | 驳回 | 待复核 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for ((room, streamer), r) in &fig.rooms {
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            md_esc(room),
            md_esc(streamer),
            r.recordings,
            duration_text(r.audio_ms),
            r.total(),
            r.severity_split(),
            r.review,
            r.decisions[0],
            r.decisions[1],
            r.decisions[2]
        );
    }
}

fn rules(m: &mut String, fig: &Figures) {
    let _ = writeln!(
        m,
        "\n## 规则\n\n| 规则 | 名称 | 类别 | 法律依据 | 次数 | 确认 | 驳回 | 待复核 |\n|---|---|---|---|---:|---:|---:|---:|"
    );
    for (id, title, cat, basis, n) in fig.rules.iter() {
        let [c, r, p] = fig.rule_decisions.get(id).copied().unwrap_or_default();
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {n} | {c} | {r} | {p} |",
            md_esc(id),
            md_esc(title),
            md_esc(cat),
            md_esc(basis)
        );
    }
}

fn trend(m: &mut String, fig: &Figures) {
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
}

fn clues(m: &mut String, fig: &Figures) {
    let _ = writeln!(
        m,
        "\n## 线索清单（{}）\n\n| 线索 | 直播间/主播 | 时间 | 类别 | 规则 | 法律依据 | 原话 | 复审 | 片段 SHA-256 |\n|---|---|---|---|---|---|---|---|---|",
        fig.filter.label_zh()
    );
    for c in &fig.clues {
        let _ = writeln!(
            m,
            "| {} | {} / {} | {} | {} | {} | {} | 「{}」{} | {} | {} |",
            md_esc(&c.clue_id),
            md_esc(&c.room),
            md_esc(&c.streamer),
            md_esc(&clue_when(c)),
            md_esc(&c.category_zh),
            md_esc(&c.rule_id),
            md_esc(&c.legal_basis_text),
            md_esc(&c.quote),
            if c.needs_review { " 需复核" } else { "" },
            md_esc(&c.review),
            c.evidence_clip_sha256
                .as_deref()
                .map(md_code)
                .unwrap_or_default()
        );
    }
}
