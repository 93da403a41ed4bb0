//! `liveaudit rules lint`: pack problems with file and line.

use std::path::Path;

use super::pack::{PackData, PackSource};
use super::RuleError;

/// How bad a lint issue is: errors stop the pack from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LintLevel {
    Warning,
    Error,
}

/// One problem found in a pack, located by file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintIssue {
    pub file: String,
    pub line: usize,
    pub rule_id: Option<String>,
    pub level: LintLevel,
    pub message: String,
}

impl std::fmt::Display for LintIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.level {
            LintLevel::Warning => "warning",
            LintLevel::Error => "error",
        };
        write!(f, "{}:{}: {level}: ", self.file, self.line)?;
        if let Some(id) = &self.rule_id {
            write!(f, "[{id}] ")?;
        }
        f.write_str(&self.message)
    }
}

impl LintIssue {
    /// The issue as a load error.
    pub(crate) fn into_error(self) -> RuleError {
        let message = match &self.rule_id {
            Some(id) => format!("rule {id}: {}", self.message),
            None => self.message,
        };
        RuleError::Invalid {
            file: self.file,
            line: self.line,
            message,
        }
    }
}

impl From<RuleError> for LintIssue {
    fn from(e: RuleError) -> LintIssue {
        let (file, line) = match &e {
            RuleError::Syntax { file, line, .. }
            | RuleError::Invalid { file, line, .. }
            | RuleError::Compile { file, line, .. } => (file.clone(), *line),
            RuleError::Io { path, .. } => (path.display().to_string(), 0),
        };
        let message = match &e {
            RuleError::Syntax {
                message, column, ..
            } => format!("column {column}: {message}"),
            RuleError::Invalid { message, .. } => message.clone(),
            RuleError::Compile {
                rule_id, message, ..
            } => format!("rule {rule_id}: {message}"),
            RuleError::Io { .. } => e.to_string(),
        };
        LintIssue {
            file,
            line,
            rule_id: None,
            level: LintLevel::Error,
            message,
        }
    }
}

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
