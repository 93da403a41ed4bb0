//! Errors of rule-pack loading and compilation.

use std::path::PathBuf;

/// Why a rule pack could not be loaded or compiled. Every variant names the file (and line
/// where there is one) so a pack author can go straight to the problem.
#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    /// The file is not valid TOML or has fields the pack format does not know.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// The file parses but a rule or setting is wrong (unknown category, bad regex, …).
    #[error("{file}:{line}: {message}")]
    Invalid {
        file: String,
        line: usize,
        message: String,
    },
    /// The pack file or folder could not be read.
    #[error("cannot read rule pack {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A rule's patterns could not be built into a matcher.
    #[error("rule {rule_id} ({file}:{line}): {message}")]
    Compile {
        rule_id: String,
        file: String,
        line: usize,
        message: String,
    },
}

impl crate::failure::Classify for RuleError {
    /// An interrupted read is worth retrying; a broken pack is the input's fault.
    fn class(&self) -> crate::failure::FailureClass {
        use crate::failure::FailureClass;
        match self {
            RuleError::Io { source, .. } if source.class() == FailureClass::Transient => {
                FailureClass::Transient
            }
            _ => FailureClass::BadInput,
        }
    }
}

/// 1-based line and column of a byte offset in `text`.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}
