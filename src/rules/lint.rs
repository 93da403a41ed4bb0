//! `liveaudit rules lint`: pack problems with file and line.

use std::path::Path;

use super::issue::LintIssue;
use super::pack::{PackData, PackSource};
use super::RuleError;

/// Lints a pack given as base files and optional overlay (site pack) files: syntax, unknown
/// categories, laws, lexicons and contexts, bad regexes, duplicate ids, missing examples.
/// An empty result means the pack is clean.
pub fn lint(base: &[PackSource], overlay: &[PackSource]) -> Vec<LintIssue> {
    let mut data = PackData::default();
    let mut issues = Vec::new();
    for s in base {
        if let Err(e) = data.merge_source(s, false) {
            issues.push(LintIssue::from(e));
        }
    }
    for s in overlay {
        if let Err(e) = data.merge_source(s, true) {
            issues.push(LintIssue::from(e));
        }
    }
    let (_, _, mut more) = data.resolve();
    issues.append(&mut more);
    issues.sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
    issues.dedup();
    issues
}

/// Lints the built-in pack.
pub fn lint_builtin() -> Vec<LintIssue> {
    lint(&PackSource::builtin(), &[])
}

/// Lints the built-in pack with a site pack (file or folder of `.toml` files) over it, or the
/// built-in pack alone when `overlay` is `None`. Only reading the site pack can fail.
pub fn lint_path(overlay: Option<&Path>) -> Result<Vec<LintIssue>, RuleError> {
    let over = match overlay {
        Some(p) => PackSource::read(p)?,
        None => Vec::new(),
    };
    Ok(lint(&PackSource::builtin(), &over))
}
