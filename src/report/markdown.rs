//! `report.md`: the per-recording report as Markdown, for case files, tickets and e-mail
//! where HTML is not welcome. Same content as `report.html` less the pictures and players
//! (clips are linked).

use std::fmt::Write as _;

use super::common::{
    basis_list, category_row_md, finding_wall_clock, gap_span, href, md_code, md_esc, precise_time,
    severity_zh, short_time,
};
use super::html::{category_counts, highlights};
use super::meta::RecordingMeta;
use crate::findings::{Finding, FindingsDoc};
use crate::report::clock;

/// Renders the Markdown report of one recording.
pub fn render_recording(doc: &FindingsDoc, meta: &RecordingMeta) -> String {
    let mut m = String::with_capacity(16 * 1024);
    let _ = writeln!(m, "# 直播监测报告 · {}\n", md_esc(&meta.name));
    facts(&mut m, doc, meta);
    summary(&mut m, doc);
    let _ = writeln!(m, "\n## 发现\n");
    if doc.findings.is_empty() {
        let _ = writeln!(m, "未发现疑似违法宣传。\n");
    }
    for f in &doc.findings {
        finding(&mut m, doc, f);
    }
    transcript(&mut m, doc);
    let _ = writeln!(
        m,
        "\n---\n由 {} 生成；时间为录像内时间。音频片段与文件完整性见 manifest.json。",
        crate::ENGINE_VERSION
    );
    m
}

/// The recording's facts as a two-column table.
fn facts(m: &mut String, doc: &FindingsDoc, meta: &RecordingMeta) {
    let _ = writeln!(m, "| 项目 | 内容 |\n|---|---|");
    let _ = writeln!(m, "| 录像 | {} |", md_esc(&doc.input.uri));
    if let Some(r) = &meta.room {
        let _ = writeln!(m, "| 直播间 | {} |", md_esc(r));
    }
    if let Some(s) = &meta.streamer {
        let _ = writeln!(m, "| 主播 | {} |", md_esc(s));
    }
    if let Some(t) = &doc.input.started_at {
        let _ = writeln!(m, "| 开始时间 | {} |", md_esc(&short_time(t)));
    }
    let _ = writeln!(
        m,
        "| 时长 | {} ({} / {}) |",
        clock(doc.input.duration_ms, '.'),
        md_esc(&doc.input.container),
        md_esc(&doc.input.codec)
    );
    let _ = writeln!(m, "| SHA-256 | {} |", md_code(&doc.input.sha256));
    let _ = writeln!(
        m,
        "| 引擎 | {} · 模型 {} {} · 规则包 {} {} {} |",
        md_esc(&doc.engine.version),
        md_esc(&doc.engine.model),
        md_code(&doc.engine.model_sha256),
        md_esc(&doc.engine.rule_pack),
        md_esc(&doc.engine.rule_pack_version),
        md_code(&doc.engine.rule_pack_sha256)
    );
    let _ = writeln!(
        m,
        "| 生成 | {} |\n",
        md_esc(&short_time(&meta.generated_at))
    );
}

/// Totals and the category × severity table.
fn summary(m: &mut String, doc: &FindingsDoc) {
    let review = doc.findings.iter().filter(|f| f.needs_review).count();
    let _ = writeln!(
        m,
        "## 概要\n\n共 **{}** 条疑似违法线索，其中需人工复核 {review} 条。\n",
        doc.findings.len()
    );
    let _ = writeln!(
        m,
        "| 类别 | 高 | 中 | 低 | 合计 |\n|---|---:|---:|---:|---:|"
    );
    for (c, n) in category_counts(&doc.findings) {
        category_row_md(m, c, &n);
    }
    if !doc.input.coverage_gaps.is_empty() {
        let _ = writeln!(m, "\n未覆盖（未听到或拼接处）：\n");
        for g in &doc.input.coverage_gaps {
            let _ = writeln!(m, "- {} {}", gap_span(g), md_esc(&g.detail));
        }
    }
}

/// One finding: heading, quote, times, rule, basis and its clip.
fn finding(m: &mut String, doc: &FindingsDoc, f: &Finding) {
    let _ = writeln!(
        m,
        "### {} · {} · 严重程度{}{}{}\n",
        md_esc(&f.id),
        f.category.label_zh(),
        severity_zh(f.severity),
        if f.needs_review {
            " · **需人工复核**"
        } else {
            ""
        },
        if f.mitigated {
            " · 主播已当场更正"
        } else {
            ""
        }
    );
    let _ = writeln!(m, "> 「{}」\n", md_esc(&f.quote));
    if let (Some(heard), Some(canonical)) = (&f.heard, &f.canonical) {
        let _ = writeln!(
            m,
            "按读音匹配：转写「{}」≈「{}」（请对照录音复核）\n",
            md_esc(heard),
            md_esc(canonical)
        );
    }
    let wall = finding_wall_clock(doc, f)
        .map(|w| md_esc(&precise_time(&w)))
        .unwrap_or_else(|| "未知".into());
    let _ = writeln!(
        m,
        "- 录像时间：{} – {}\n- 实际时间：{}\n- 规则：{} {}\n- 法律依据：{}\n- 置信度：{:.2}",
        clock(f.start_ms, '.'),
        clock(f.end_ms, '.'),
        wall,
        md_esc(&f.rule_id),
        md_esc(&f.title),
        md_esc(&basis_list(&f.legal_basis)),
        f.confidence
    );
    if !f.context.is_empty() {
        let _ = writeln!(m, "- 上下文：{}", md_esc(&f.context));
    }
    if !f.claims.is_empty() {
        let _ = writeln!(
            m,
            "- 结构化信息：{}",
            md_esc(&serde_json::Value::Object(f.claims.clone()).to_string())
        );
    }
    if let Some(ev) = &f.evidence {
        let _ = writeln!(
            m,
            "- 音频片段：[{}]({}) SHA-256 {}",
            md_esc(&ev.clip),
            href(&ev.clip),
            md_code(&ev.clip_sha256)
        );
    }
    m.push('\n');
}

/// The transcript, findings in bold with their ids.
fn transcript(m: &mut String, doc: &FindingsDoc) {
    let _ = writeln!(m, "## 转写\n");
    for seg in &doc.transcript {
        let mut line = String::new();
        let mut pos = 0;
        for (a, b, ids) in highlights(seg, &doc.findings) {
            line.push_str(&md_esc(&seg.text[pos..a]));
            let _ = write!(
                line,
                "**{}** [{}]",
                md_esc(&seg.text[a..b]),
                md_esc(&ids.join(", "))
            );
            pos = b;
        }
        line.push_str(&md_esc(&seg.text[pos..]));
        let _ = writeln!(
            m,
            "- `{} – {}` {}",
            clock(seg.start_ms, '.'),
            clock(seg.end_ms, '.'),
            line
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::Segment;

    /// Issue 20 item 5: every field of a findings document is text in report.md; a time, hash
    /// or id from the document can neither open markup nor end a code span or table cell.
    #[test]
    fn document_fields_cannot_inject_markup_into_report_md() {
        let evil = "<script>alert(1)</script>|`x`\n| injected |";
        let mut doc = FindingsDoc::placeholder(
            "rec.flv".into(),
            "flv",
            vec![Segment::new(0, 2000, "全网最低价")],
        );
        doc.input.started_at = Some(evil.into());
        doc.input.sha256 = evil.into();
        doc.engine.model_sha256 = evil.into();
        let finding: Finding = serde_json::from_value(serde_json::json!({
            "id": evil, "rule_id": "R", "category": "price_claim", "severity": "high",
            "start_ms": 100, "end_ms": 900, "quote": "全网最低价", "matched": "全网最低价",
            "context": "", "legal_basis": [], "confidence": 0.9, "needs_review": false,
            "wall_clock": evil, "claims": {"k": evil},
            "evidence": {"clip": "evidence/x.wav", "clip_sha256": evil}
        }))
        .unwrap();
        doc.findings.push(finding);
        let md = render_recording(&doc, &RecordingMeta::default());
        assert!(!md.contains("<script"), "{md}");
        assert!(!md.contains("| injected |"), "{md}");
        assert!(!md.contains("|`x`"), "{md}");
    }
}
