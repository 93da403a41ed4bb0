//! Pieces every report shares: wall-clock arithmetic, legal-basis wording, escaping, category
//! colours and the category × severity rows the HTML and Markdown reports both show.

use std::fmt::Write as _;

use crate::findings::{Category, Finding, FindingsDoc, LegalBasis, Severity};
use crate::media::follow::CoverageGap;

/// Where a coverage gap lies, as people read it (`00:00:16.000–00:00:32.000`).
pub fn gap_span(g: &CoverageGap) -> String {
    format!(
        "{}–{}",
        crate::report::clock(g.start_ms, '.'),
        crate::report::clock(g.end_ms, '.')
    )
}

/// Wall-clock time `ms` into a recording that started at `started_at` (RFC 3339).
pub fn wall_clock(started_at: Option<&str>, ms: u64) -> Option<String> {
    let start = chrono::DateTime::parse_from_rfc3339(started_at?).ok()?;
    Some((start + chrono::Duration::milliseconds(ms as i64)).to_rfc3339())
}

/// Short human form of an RFC 3339 time: `2026-11-28 20:00:17`.
pub fn short_time(rfc3339: &str) -> String {
    reformat_time(rfc3339, "%Y-%m-%d %H:%M:%S")
}

/// Exact human form of an RFC 3339 time, for evidence: `2026-11-28 20:00:17.900 +08:00`.
pub fn precise_time(rfc3339: &str) -> String {
    reformat_time(rfc3339, "%Y-%m-%d %H:%M:%S%.3f %:z")
}

/// An RFC 3339 time in `format` (chrono's), or as given when it does not parse.
fn reformat_time(rfc3339: &str, format: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| t.format(format).to_string())
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// One provision as people cite it: `中华人民共和国广告法（2021）第九条第三项`.
pub fn basis_text(b: &LegalBasis) -> String {
    if b.version.is_empty() {
        format!("{}{}", b.law, b.article)
    } else {
        format!("{}（{}）{}", b.law, b.version, b.article)
    }
}

/// All provisions of a finding, `；`-separated.
pub fn basis_list(basis: &[LegalBasis]) -> String {
    basis.iter().map(basis_text).collect::<Vec<_>>().join("；")
}

/// Chinese label of a severity.
pub fn severity_zh(s: Severity) -> &'static str {
    match s {
        Severity::High => "高",
        Severity::Medium => "中",
        Severity::Low => "低",
    }
}

/// Colour of a category in pictures and badges (distinct, readable on white).
pub fn category_color(c: Category) -> &'static str {
    match c {
        Category::AbsoluteClaim => "#d62728",
        Category::MedicalClaim => "#9467bd",
        Category::CosmeticClaim => "#e377c2",
        Category::PriceClaim => "#ff7f0e",
        Category::SalesDataClaim => "#8c564b",
        Category::OffsiteTrade => "#17becf",
        Category::InvestmentClaim => "#bcbd22",
        Category::Superstition => "#7f7f7f",
        Category::Disparagement => "#1f77b4",
    }
}

/// Wall-clock time of a finding: its own, else its start counted from the recording's start.
pub fn finding_wall_clock(doc: &FindingsDoc, f: &Finding) -> Option<String> {
    f.wall_clock
        .clone()
        .or_else(|| wall_clock(doc.input.started_at.as_deref(), f.start_ms))
}

/// One row of a category × severity table in HTML (high, medium, low, total), as the
/// recording report's summary and the overview's category table show it.
pub fn category_row_html(h: &mut String, c: Category, n: &[usize; 3]) {
    let _ = write!(
        h,
        "<tr data-category=\"{}\"><td><span class=\"badge\" style=\"background:{}\">{}</span>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\"><b>{}</b></td></tr>",
        c.as_str(),
        category_color(c),
        c.label_zh(),
        c.as_str(),
        n[0],
        n[1],
        n[2],
        n.iter().sum::<usize>()
    );
}

/// The same row as a Markdown table line.
pub fn category_row_md(m: &mut String, c: Category, n: &[usize; 3]) {
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

/// Escapes text for HTML and XML (element content and quoted attributes).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for a Markdown table cell or line (pipes, markup characters, line breaks).
/// `<`, `>` and `&` become entities, not backslash escapes: not every Markdown renderer
/// takes a backslash before `<` as text, and a raw tag from a document must reach none of them.
pub fn md_esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' | '*' | '_' | '`' | '[' | ']' | '#' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `s` as a Markdown code span when it is a plain token (hashes, ids, times), else escaped
/// text: a backtick, pipe or line break from a document can then neither end the span nor
/// the table cell.
pub fn md_code(s: &str) -> String {
    let plain = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.:+/=".contains(c));
    if plain && !s.is_empty() {
        format!("`{s}`")
    } else {
        md_esc(s)
    }
}

/// The first `n` characters of `s` (not bytes: text from documents may be any Unicode).
pub fn prefix_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Duration for people: `1:02:03` or `2:03`.
pub fn duration_text(ms: u64) -> String {
    let s = ms / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// `to` as a path relative to directory `from` (both made absolute first), `/`-separated,
/// for links between reports; falls back to the absolute path.
pub fn relative_link(from: &std::path::Path, to: &std::path::Path) -> String {
    let abs = |p: &std::path::Path| {
        std::fs::canonicalize(p).unwrap_or_else(|_| {
            std::env::current_dir()
                .map(|d| d.join(p))
                .unwrap_or_else(|_| p.to_path_buf())
        })
    };
    let (from, to) = (abs(from), abs(to));
    let f: Vec<_> = from.components().collect();
    let t: Vec<_> = to.components().collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return to.display().to_string();
    }
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), f.len() - common).collect();
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

/// Percent-encodes a relative link's path characters that would break an `href`.
pub fn href(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wall_clock_adds_milliseconds() {
        assert_eq!(
            wall_clock(Some("2026-11-28T20:00:00+08:00"), 17_900).as_deref(),
            Some("2026-11-28T20:00:17.900+08:00")
        );
        assert_eq!(wall_clock(None, 5), None);
        assert_eq!(wall_clock(Some("yesterday"), 5), None);
    }

    #[test]
    fn escaping_and_links() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(md_esc("a|b*c"), "a\\|b\\*c");
        assert_eq!(md_code("ab12"), "`ab12`");
        assert_eq!(md_code("a`b|c"), "a\\`b\\|c");
        assert_eq!(md_esc("<b>&"), "&lt;b&gt;&amp;");
        assert_eq!(prefix_chars("哈希值是这个", 2), "哈希");
        assert_eq!(prefix_chars("abc", 16), "abc");
        assert_eq!(
            href("out dir/报告.html"),
            "out%20dir/%E6%8A%A5%E5%91%8A.html"
        );
        let d = std::env::temp_dir();
        assert_eq!(
            relative_link(&d.join("a/b"), &d.join("a/c/x.wav")),
            "../c/x.wav"
        );
        assert_eq!(duration_text(3_723_000), "1:02:03");
        assert_eq!(duration_text(75_300), "1:15");
    }
}
