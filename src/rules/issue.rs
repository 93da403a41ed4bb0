//! Problems found in a pack, located by file and line: what loading a pack collects while it
//! merges and validates files, and what `liveaudit rules lint` prints. A module of its own so
//! that the pack loader and the linter both use it and neither depends on the other's side.

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
