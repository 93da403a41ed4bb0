//! `report.html`: the per-recording monitoring report an officer opens in a browser.
//!
//! One self-contained file (inline CSS, inline SVG, a few lines of inline script; nothing
//! fetched from a network) that works offline. Its audio players point at the pack's own
//! `evidence/*.wav` clips next to it. Sections: recording facts, summary by category and
//! severity, the timeline picture, every finding (quote, recording and wall-clock time,
//! rule, legal basis, needs-review flag, player) and the transcript with findings highlighted
//! and cross-linked.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::common::{
    basis_list, category_color, category_row_html, esc, finding_wall_clock, gap_span, href,
    precise_time, severity_zh, short_time,
};
use super::meta::RecordingMeta;
use super::svg::recording_timeline;
use crate::findings::{Category, EvidenceRef, Finding, FindingsDoc, Severity};
use crate::report::clock;
use crate::transcript::Segment;

/// Style shared by the recording report and the monitoring summary.
pub const STYLE: &str = r#"
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#222;line-height:1.5}
h1{font-size:1.6em;margin:.2em 0}h1 small{color:#666;font-size:.6em;margin-left:.5em}
h2{border-bottom:2px solid #c0392b;padding-bottom:2px;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4;white-space:nowrap}td.n{text-align:right}table.facts{width:100%}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:.9em}dl.meta dt{color:#666}dl.meta dd{margin:0;word-break:break-all}
.badge{display:inline-block;color:#fff;border-radius:3px;padding:0 6px;font-size:.85em;margin-right:4px}
.sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:.85em;border:1px solid #999}
.sev-high{background:#fdecea}.sev-medium{background:#fff4e0}.sev-low{background:#fffbe0}
.review{background:#fff3cd;border:1px dashed #b58900;border-radius:3px;padding:0 6px;font-size:.85em}
.mitigated{background:#e8f5e9;border-radius:3px;padding:0 6px;font-size:.85em}
article.finding{border:1px solid #ddd;border-left:6px solid #c0392b;border-radius:4px;padding:8px 12px;margin:12px 0}
article.finding:target{box-shadow:0 0 0 3px #f39c12}
article.finding h3{margin:0 0 4px;font-size:1.05em}
blockquote.quote{font-size:1.25em;margin:4px 0;padding:2px 10px;border-left:3px solid #999;background:#fafafa}
.context{color:#555;font-size:.92em}
.player{display:flex;align-items:center;gap:10px;flex-wrap:wrap;margin-top:6px}.player audio{height:36px}
.hash{font-family:monospace;font-size:.8em;color:#666;word-break:break-all}
ol.transcript{padding-left:0;list-style:none}ol.transcript li{padding:2px 4px;border-radius:3px}
ol.transcript li:target{background:#fff3cd}ol.transcript .t{font-family:monospace;color:#666;margin-right:8px;text-decoration:none}
mark{background:#ffe08a;padding:0 1px}mark a{color:inherit;text-decoration:none}sup a{font-size:.75em;margin-left:1px}
li.has-finding{background:#fff8f0}
svg .tl-label,svg .tl-tick{font-size:11px;fill:#333}svg .tl-speech{fill:#2e8b57}svg .tl-act-speech{fill:#2e8b57}
svg .tl-act-music{fill:#f0a040}svg .tl-act-silence{fill:#d8d8d8}svg .tl-level{stroke:#345;stroke-width:1}
.legend span{display:inline-block;margin-right:14px;font-size:.85em}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px}
footer{margin-top:2em;color:#888;font-size:.8em}
div.decide{margin-top:6px;padding:4px 8px;border:1px solid #ddd;border-radius:4px;background:#fafafa}
div.decide[data-state=confirmed]{background:#e8f5e9;border-color:#2e7d32}div.decide[data-state=rejected]{background:#fdecea;border-color:#c62828}
div.decide input.reason{width:50%}#review pre{background:#f6f8fa;border:1px solid #ddd;padding:6px;max-height:16em;overflow:auto;font-size:.8em}
"#;

/// Script: marks each player once the browser has read its clip (so a person sees the
/// clip's length, and the browser test can tell that the clip really loads), and lets a
/// button start a clip at the claimed words.
pub const SCRIPT: &str = r#"
document.querySelectorAll('audio').forEach(function(a){
  function done(){a.dataset.loaded='1';var s=a.parentElement.querySelector('.clip-dur');if(s&&isFinite(a.duration))s.textContent=a.duration.toFixed(1)+' s';}
  if(a.readyState>=1)done();else a.addEventListener('loadedmetadata',done);
  a.addEventListener('error',function(){a.dataset.loaded='error';});
});
document.querySelectorAll('button.at-words').forEach(function(b){
  b.addEventListener('click',function(){var a=document.getElementById(b.dataset.audio);a.currentTime=parseFloat(b.dataset.offset);a.play();});
});
"#;

/// Script of the review controls: each decision (确认/驳回 with a reason) updates the
/// review.json shown on the page and offered for download, in the form `liveaudit review
/// PACK --import` records (schema `liveaudit.review/v1`, see `crate::review`).
pub const REVIEW_SCRIPT: &str = r#"
(function(){
  var sec=document.getElementById('review');if(!sec)return;
  var made={};
  function p(n){return(n<10?'0':'')+n;}
  function now(){var d=new Date(),o=-d.getTimezoneOffset(),s=o>=0?'+':'-';o=Math.abs(o);
    return d.getFullYear()+'-'+p(d.getMonth()+1)+'-'+p(d.getDate())+'T'+p(d.getHours())+':'+p(d.getMinutes())+':'+p(d.getSeconds())+s+p(Math.floor(o/60))+':'+p(o%60);}
  function reviewDoc(){
    var officer=document.getElementById('review-officer').value.trim();
    var out={schema:'liveaudit.review/v1',recording:sec.dataset.recording,findings_sha256:sec.dataset.findingsSha256,decisions:[]};
    document.querySelectorAll('div.decide').forEach(function(d){
      var m=made[d.dataset.finding];if(!m)return;
      out.decisions.push({finding_id:d.dataset.finding,rule_id:d.dataset.rule,quote:d.dataset.quote,
        start_ms:parseInt(d.dataset.startMs,10),end_ms:parseInt(d.dataset.endMs,10),decision:m.decision,
        reason:d.querySelector('input.reason').value.trim(),officer:officer,decided_at:m.at});});
    return out;}
  function refresh(){
    var doc=reviewDoc(),text=JSON.stringify(doc,null,2)+'\n',n={confirmed:0,rejected:0},missing=0;
    doc.decisions.forEach(function(d){n[d.decision]++;if(d.decision==='rejected'&&!d.reason)missing++;});
    var pending=document.querySelectorAll('div.decide').length-doc.decisions.length;
    document.getElementById('review-json').textContent=text;
    document.getElementById('review-status').textContent='确认 '+n.confirmed+' · 驳回 '+n.rejected+' · 待复核 '+pending+(missing?' · 有 '+missing+' 条驳回未填写理由':'');
    var a=document.getElementById('review-download');
    a.href='data:application/json;charset=utf-8,'+encodeURIComponent(text);
    a.dataset.ready=(doc.decisions.length>0&&!missing)?'1':'0';}
  document.querySelectorAll('div.decide button').forEach(function(b){
    b.addEventListener('click',function(){var d=b.closest('div.decide');
      made[d.dataset.finding]={decision:b.dataset.decision,at:now()};d.dataset.state=b.dataset.decision;refresh();});});
  document.querySelectorAll('div.decide input.reason,#review-officer').forEach(function(i){i.addEventListener('input',refresh);});
  refresh();
})();
"#;

/// Counts of findings by category × severity, in taxonomy order.
pub fn category_counts(findings: &[Finding]) -> BTreeMap<Category, [usize; 3]> {
    let mut m: BTreeMap<Category, [usize; 3]> = BTreeMap::new();
    for f in findings {
        m.entry(f.category).or_default()[severity_index(f.severity)] += 1;
    }
    m
}

/// 0 high, 1 medium, 2 low.
pub fn severity_index(s: Severity) -> usize {
    match s {
        Severity::High => 0,
        Severity::Medium => 1,
        Severity::Low => 2,
    }
}

/// Renders the report of one recording.
pub fn render_recording(doc: &FindingsDoc, meta: &RecordingMeta) -> String {
    let mut h = String::with_capacity(32 * 1024);
    let title = format!("直播监测报告 · {}", meta.name);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&title)
    );
    header(&mut h, doc, meta);
    summary_section(&mut h, doc);
    timeline_section(&mut h, doc, meta);

    let _ = write!(
        h,
        "<section id=\"findings\"><h2>发现 Findings ({})</h2>",
        doc.findings.len()
    );
    if doc.findings.is_empty() {
        h.push_str("<p class=\"none\">未发现疑似违法宣传。No findings.</p>");
    }
    for f in &doc.findings {
        finding_article(&mut h, doc, f, meta);
    }
    h.push_str("</section>\n");
    review_section(&mut h, doc, meta);

    transcript_section(&mut h, doc);
    let _ = writeln!(
        h,
        "<footer>由 {} 生成。时间为录像内时间（自录像开始）；实际时间由录像开始时间推算。音频片段为源文件原采样率解码的单声道 WAV，完整性见 manifest.json。</footer><script>{SCRIPT}{}</script></body></html>",
        esc(crate::ENGINE_VERSION),
        if meta.findings_sha256.is_some() { REVIEW_SCRIPT } else { "" }
    );
    h
}

/// The title and the recording's facts: source, room, times, hash, engine.
fn header(h: &mut String, doc: &FindingsDoc, meta: &RecordingMeta) {
    let _ = write!(
        h,
        "<header><h1>直播监测报告<small>{}</small></h1>",
        esc(&meta.name)
    );
    h.push_str("<dl class=\"meta\">");
    let mut dd = |k: &str, v: String| {
        let _ = write!(h, "<dt>{}</dt><dd>{v}</dd>", esc(k));
    };
    dd("录像 recording", esc(&doc.input.uri));
    if let Some(r) = &meta.room {
        dd("直播间 room", esc(r));
    }
    if let Some(s) = &meta.streamer {
        dd("主播 streamer", esc(s));
    }
    if let Some(t) = &doc.input.started_at {
        dd("开始时间 started", esc(&short_time(t)));
    }
    dd(
        "时长 duration",
        format!(
            "{} · {} / {}{}",
            clock(doc.input.duration_ms, '.'),
            esc(&doc.input.container),
            esc(&doc.input.codec),
            doc.input
                .sample_rate
                .map(|r| format!(" · {r} Hz"))
                .unwrap_or_default()
        ),
    );
    dd(
        "SHA-256",
        format!(
            "<span class=\"hash\">{}</span>{}",
            esc(&doc.input.sha256),
            doc.input
                .size_bytes
                .map(|s| format!(" ({s} bytes)"))
                .unwrap_or_default()
        ),
    );
    dd(
        "引擎 engine",
        format!(
            "{} · 模型 {} <span class=\"hash\">{}</span> · 规则包 {} {} <span class=\"hash\">{}</span>",
            esc(&doc.engine.version),
            esc(&doc.engine.model),
            esc(&doc.engine.model_sha256),
            esc(&doc.engine.rule_pack),
            esc(&doc.engine.rule_pack_version),
            esc(&doc.engine.rule_pack_sha256)
        ),
    );
    dd("生成 generated", esc(&short_time(&meta.generated_at)));
    h.push_str("</dl></header>\n");
}

/// The timeline picture with its legend.
fn timeline_section(h: &mut String, doc: &FindingsDoc, meta: &RecordingMeta) {
    h.push_str("<section id=\"timeline-section\"><h2>时间轴 Timeline</h2>");
    h.push_str(&recording_timeline(doc, meta.levels.as_ref()));
    h.push_str("<div class=\"legend\"><span><i style=\"background:#2e8b57\"></i>语音 speech</span><span><i style=\"background:#f0a040\"></i>音乐/其他声音 music/other</span><span><i style=\"background:#d8d8d8\"></i>静音 silence</span>");
    for c in Category::ALL {
        if doc.findings.iter().any(|f| f.category == c) {
            let _ = write!(
                h,
                "<span><i style=\"background:{}\"></i>{}</span>",
                category_color(c),
                c.label_zh()
            );
        }
    }
    h.push_str("<span>虚线框 = 需人工复核</span>");
    if !doc.input.coverage_gaps.is_empty() {
        h.push_str(
            "<span><i style=\"background:#e8b0b0\"></i>未覆盖 not heard (gaps, splices)</span>",
        );
    }
    h.push_str("</div>");
    coverage_list(h, doc);
    h.push_str("</section>\n");
}

/// What could not be heard, listed under the timeline with times and causes.
fn coverage_list(h: &mut String, doc: &FindingsDoc) {
    if doc.input.coverage_gaps.is_empty() {
        return;
    }
    h.push_str("<h3>未覆盖 Coverage gaps</h3><ul class=\"coverage\">");
    for g in &doc.input.coverage_gaps {
        let _ = write!(h, "<li>{} {}</li>", gap_span(g), esc(&g.detail));
    }
    h.push_str("</ul>");
}

fn summary_section(h: &mut String, doc: &FindingsDoc) {
    let counts = category_counts(&doc.findings);
    let review = doc.findings.iter().filter(|f| f.needs_review).count();
    let _ = write!(
        h,
        "<section id=\"summary\"><h2>概要 Summary</h2><p>共 <b>{}</b> 条疑似违法线索，其中需人工复核 {review} 条；转写 {} 段。</p>",
        doc.findings.len(),
        doc.transcript.len()
    );
    h.push_str("<table class=\"summary\"><tr><th>类别 category</th><th>高 high</th><th>中 medium</th><th>低 low</th><th>合计 total</th></tr>");
    let mut totals = [0usize; 3];
    for (c, n) in &counts {
        category_row_html(h, *c, n);
        for k in 0..3 {
            totals[k] += n[k];
        }
    }
    let _ = writeln!(
        h,
        "<tr><th>合计</th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\"><b>{}</b></td></tr></table></section>",
        totals[0],
        totals[1],
        totals[2],
        totals.iter().sum::<usize>()
    );
}

fn finding_article(h: &mut String, doc: &FindingsDoc, f: &Finding, meta: &RecordingMeta) {
    let id = esc(&f.id);
    let _ = write!(
        h,
        "<article class=\"finding sev-{}\" id=\"{id}\" data-start-ms=\"{}\" data-category=\"{}\" style=\"border-left-color:{}\">",
        f.severity.as_str(),
        f.start_ms,
        f.category.as_str(),
        category_color(f.category)
    );
    let _ = write!(
        h,
        "<h3>{id} <span class=\"badge\" style=\"background:{}\">{}</span><span class=\"sev sev-{}\">严重程度 {} {}</span> {}{}</h3>",
        category_color(f.category),
        f.category.label_zh(),
        f.severity.as_str(),
        severity_zh(f.severity),
        f.severity.as_str(),
        if f.needs_review {
            "<span class=\"review\">需人工复核 needs review</span> "
        } else {
            ""
        },
        if f.mitigated {
            "<span class=\"mitigated\">主播已当场更正 corrected on air</span>"
        } else {
            ""
        }
    );
    let _ = write!(
        h,
        "<blockquote class=\"quote\">「{}」</blockquote>",
        esc(&f.quote)
    );
    finding_context(h, f);
    finding_facts(h, doc, f);
    match &f.evidence {
        Some(ev) => clip_player(h, f, ev, meta),
        None => h.push_str("<div class=\"player none\">（无音频片段 no clip）</div>"),
    }
    if meta.findings_sha256.is_some() {
        let _ = write!(
            h,
            "<div class=\"decide\" data-finding=\"{id}\" data-rule=\"{}\" data-quote=\"{}\" data-start-ms=\"{}\" data-end-ms=\"{}\" data-state=\"pending\">人工复审：<button type=\"button\" class=\"confirm\" data-decision=\"confirmed\">确认 confirm</button> <button type=\"button\" class=\"reject\" data-decision=\"rejected\">驳回 reject</button> <input class=\"reason\" type=\"text\" placeholder=\"理由（驳回必填）reason\"></div>",
            esc(&f.rule_id),
            esc(&f.quote),
            f.start_ms,
            f.end_ms
        );
    }
    h.push_str("</article>\n");
}

/// The review panel of a pack's report: the officer's name, the decisions so far and the
/// review.json to save (recorded with `liveaudit review PACK --import review.json`).
fn review_section(h: &mut String, doc: &FindingsDoc, meta: &RecordingMeta) {
    let Some(sha) = &meta.findings_sha256 else {
        return;
    };
    if doc.findings.is_empty() {
        return;
    }
    let _ = writeln!(
        h,
        "<section id=\"review\" data-recording=\"{}\" data-findings-sha256=\"{}\"><h2>人工复审 Review</h2><p>在每条发现下确认或驳回（驳回须写理由），填写复审人，然后保存 review.json，用 <code>liveaudit review {} --import review.json</code> 记入证据包（新的清单版本，原证据不变）。</p><p><label>复审人 officer <input id=\"review-officer\" type=\"text\"></label> <span id=\"review-status\"></span> <a id=\"review-download\" download=\"review.json\" href=\"#\">保存 review.json</a></p><pre id=\"review-json\"></pre></section>",
        esc(&meta.name),
        esc(sha),
        esc(&meta.name)
    );
}

/// How the words were matched (by sound) and the sentence around them.
fn finding_context(h: &mut String, f: &Finding) {
    // A match by sound: what the transcript says and the words it stands for.
    if let (Some(heard), Some(canonical)) = (&f.heard, &f.canonical) {
        let _ = write!(
            h,
            "<div class=\"context\">按读音匹配：转写「{}」≈「{}」（语音识别可能听错，请对照录音复核）</div>",
            esc(heard),
            esc(canonical)
        );
    }
    if !f.context.is_empty() {
        let _ = write!(
            h,
            "<div class=\"context\">上下文：{}</div>",
            esc(&f.context)
        );
    }
}

/// The finding's times, rule, legal basis, confidence and structured claims.
fn finding_facts(h: &mut String, doc: &FindingsDoc, f: &Finding) {
    h.push_str("<table class=\"facts\">");
    let seg = segment_index(doc, f);
    let _ = write!(
        h,
        "<tr><th>录像时间</th><td><a href=\"#{}\">{} – {}</a></td></tr>",
        seg.map(|i| format!("seg-{i}")).unwrap_or_default(),
        clock(f.start_ms, '.'),
        clock(f.end_ms, '.')
    );
    let wall = finding_wall_clock(doc, f);
    let _ = write!(
        h,
        "<tr><th>实际时间</th><td class=\"wall\">{}</td></tr>",
        wall.map(|w| esc(&precise_time(&w)))
            .unwrap_or_else(|| "未知（未提供录像开始时间 --started-at）".into())
    );
    let _ = write!(
        h,
        "<tr><th>规则</th><td>{} {}</td></tr><tr><th>法律依据</th><td class=\"basis\">{}</td></tr><tr><th>置信度</th><td>{:.2}</td></tr>",
        esc(&f.rule_id),
        esc(&f.title),
        esc(&basis_list(&f.legal_basis)),
        f.confidence
    );
    if !f.claims.is_empty() {
        let claims: Vec<String> = f
            .claims
            .iter()
            .map(|(k, v)| format!("{}: {}", esc(k), esc(&v.to_string())))
            .collect();
        let _ = write!(
            h,
            "<tr><th>结构化信息</th><td>{}</td></tr>",
            claims.join("；")
        );
    }
    h.push_str("</table>");
}

/// The clip's player, with a button that starts it at the claimed words.
fn clip_player(h: &mut String, f: &Finding, ev: &EvidenceRef, meta: &RecordingMeta) {
    let id = esc(&f.id);
    let offset = meta
        .context
        .map(|c| f.start_ms - f.start_ms.saturating_sub(c.before_ms))
        .unwrap_or(0);
    let _ = write!(
        h,
                "<div class=\"player\"><audio id=\"audio-{id}\" controls preload=\"metadata\" src=\"{src}\"></audio><button class=\"at-words\" data-audio=\"audio-{id}\" data-offset=\"{:.3}\">▶ 从违规词开始</button><span class=\"clip-dur\"></span><a href=\"{src}\" download>下载片段</a><span class=\"hash\">SHA-256 {}</span></div>",
        offset as f64 / 1000.0,
        esc(&ev.clip_sha256),
        src = esc(&href(&ev.clip)),
    );
}

/// Index of the transcript segment a finding starts in (or the nearest before it).
fn segment_index(doc: &FindingsDoc, f: &Finding) -> Option<usize> {
    doc.transcript
        .iter()
        .position(|s| s.start_ms <= f.start_ms && f.start_ms < s.end_ms.max(s.start_ms + 1))
        .or_else(|| {
            doc.transcript
                .iter()
                .rposition(|s| s.start_ms <= f.start_ms)
        })
}

/// Byte ranges of `seg.text` to highlight, each with the ids of the findings it belongs to.
pub fn highlights<'a>(seg: &Segment, findings: &'a [Finding]) -> Vec<(usize, usize, Vec<&'a str>)> {
    let mut ranges: Vec<(usize, usize, &str)> = Vec::new();
    for f in findings {
        let overlaps = f.start_ms < seg.end_ms.max(seg.start_ms + 1) && f.end_ms > seg.start_ms;
        if !overlaps || seg.text.is_empty() {
            continue;
        }
        let found = [&f.quote, &f.matched]
            .into_iter()
            .filter(|q| !q.is_empty())
            .find_map(|q| seg.text.find(q.as_str()).map(|i| (i, i + q.len())));
        let (a, b) = found.unwrap_or((0, seg.text.len()));
        ranges.push((a, b, f.id.as_str()));
    }
    ranges.sort();
    let mut merged: Vec<(usize, usize, Vec<&str>)> = Vec::new();
    for (a, b, id) in ranges {
        match merged.last_mut() {
            Some(last) if a < last.1 => {
                last.1 = last.1.max(b);
                if !last.2.contains(&id) {
                    last.2.push(id);
                }
            }
            _ => merged.push((a, b, vec![id])),
        }
    }
    merged
}

fn transcript_section(h: &mut String, doc: &FindingsDoc) {
    h.push_str("<section id=\"transcript\"><h2>转写 Transcript</h2><ol class=\"transcript\">");
    for (i, seg) in doc.transcript.iter().enumerate() {
        let marks = highlights(seg, &doc.findings);
        let _ = write!(
            h,
            "<li id=\"seg-{i}\"{}><a class=\"t\" href=\"#seg-{i}\">[{} – {}]</a>",
            if marks.is_empty() {
                ""
            } else {
                " class=\"has-finding\""
            },
            clock(seg.start_ms, '.'),
            clock(seg.end_ms, '.')
        );
        let mut pos = 0;
        for (a, b, ids) in &marks {
            h.push_str(&esc(&seg.text[pos..*a]));
            let _ = write!(
                h,
                "<mark data-findings=\"{}\"><a href=\"#{}\">{}</a></mark>",
                esc(&ids.join(" ")),
                esc(ids[0]),
                esc(&seg.text[*a..*b])
            );
            for id in ids {
                let _ = write!(h, "<sup><a href=\"#{0}\">{0}</a></sup>", esc(id));
            }
            pos = *b;
        }
        h.push_str(&esc(&seg.text[pos..]));
        h.push_str("</li>");
    }
    h.push_str("</ol></section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(id: &str, start: u64, end: u64, quote: &str) -> Finding {
        serde_json::from_value(serde_json::json!({
            "id": id, "rule_id": "R", "category": "price_claim", "severity": "high",
            "start_ms": start, "end_ms": end, "quote": quote, "matched": quote, "context": "",
            "legal_basis": [], "confidence": 0.9, "needs_review": false
        }))
        .unwrap()
    }

    #[test]
    fn overlapping_findings_share_one_highlight() {
        let seg = Segment::new(1000, 5000, "这款面霜是全网最低价，别的地方找不到");
        let fs = vec![
            finding("f0001", 1500, 2500, "全网最低价"),
            finding("f0002", 1500, 2500, "最低价"),
            finding("f0003", 9000, 9500, "别的"),
        ];
        let h = highlights(&seg, &fs);
        assert_eq!(h.len(), 1);
        assert_eq!(&seg.text[h[0].0..h[0].1], "全网最低价");
        assert_eq!(h[0].2, vec!["f0001", "f0002"]);
    }

    #[test]
    fn a_quote_not_in_the_segment_marks_all_of_it() {
        let seg = Segment::new(0, 1000, "原价二百九十九");
        let fs = [finding("f0001", 100, 900, "原价299")];
        let h = highlights(&seg, &fs);
        assert_eq!((h[0].0, h[0].1), (0, seg.text.len()));
    }
}
