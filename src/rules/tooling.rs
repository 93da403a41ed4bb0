//! `liveaudit rules list|test`: what a pack holds and whether its examples behave.

use super::engine::RuleEngine;
use super::pack::RulePack;
use crate::transcript::Segment;

/// Whether an example should or should not fire its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleKind {
    Hit,
    Miss,
}

/// Outcome of one example sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleResult {
    pub rule_id: String,
    pub kind: ExampleKind,
    pub text: String,
    pub passed: bool,
    /// For failures: what fired (or that nothing did).
    pub detail: String,
}

/// Result of `rules test`: every example of every rule, checked against the whole pack.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExampleReport {
    pub results: Vec<ExampleResult>,
    /// Set when the pack could not be compiled at all.
    pub error: Option<String>,
}

impl ExampleReport {
    /// Number of passing examples.
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|r| r.passed).count()
    }

    /// The failing examples.
    pub fn failures(&self) -> Vec<&ExampleResult> {
        self.results.iter().filter(|r| !r.passed).collect()
    }

    /// True when the pack compiled and every example passed.
    pub fn is_ok(&self) -> bool {
        self.error.is_none() && self.results.iter().all(|r| r.passed)
    }
}

impl std::fmt::Display for ExampleReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(e) = &self.error {
            return writeln!(f, "pack does not compile: {e}");
        }
        for r in self.failures() {
            let k = match r.kind {
                ExampleKind::Hit => "hit ",
                ExampleKind::Miss => "miss",
            };
            writeln!(f, "FAIL {} {k} {:?}: {}", r.rule_id, r.text, r.detail)?;
        }
        writeln!(
            f,
            "{} of {} examples pass",
            self.passed(),
            self.results.len()
        )
    }
}

/// A one-segment transcript of an example sentence (about 4 characters a second).
fn as_transcript(text: &str) -> Vec<Segment> {
    let n = text.chars().count() as u64;
    vec![Segment::new(0, 250 * n.max(1), text)]
}

/// Runs every rule's examples through the whole pack: each hit example must produce a finding
/// of that rule, each miss example must not.
pub fn test_examples(pack: &RulePack) -> ExampleReport {
    let engine = match RuleEngine::new(pack) {
        Ok(e) => e,
        Err(e) => {
            return ExampleReport {
                results: Vec::new(),
                error: Some(e.to_string()),
            }
        }
    };
    let mut results = Vec::new();
    for rule in pack.rules() {
        for (kind, list) in [
            (ExampleKind::Hit, &rule.examples.hit),
            (ExampleKind::Miss, &rule.examples.miss),
        ] {
            for text in list {
                let found = engine.check_all_rules(&as_transcript(text));
                let mine: Vec<_> = found.iter().filter(|f| f.rule_id == rule.id).collect();
                let passed = match kind {
                    ExampleKind::Hit => !mine.is_empty(),
                    ExampleKind::Miss => mine.is_empty(),
                };
                let detail = if passed {
                    String::new()
                } else if mine.is_empty() {
                    let others: Vec<_> = found.iter().map(|f| f.rule_id.as_str()).collect();
                    format!("no finding of this rule (others: {others:?})")
                } else {
                    let q: Vec<_> = mine.iter().map(|f| f.quote.as_str()).collect();
                    format!("fired on {q:?}")
                };
                results.push(ExampleResult {
                    rule_id: rule.id.clone(),
                    kind,
                    text: text.clone(),
                    passed,
                    detail,
                });
            }
        }
    }
    ExampleReport {
        results,
        error: None,
    }
}

/// A text table of the pack's rules for `rules list`.
pub fn format_list(pack: &RulePack) -> String {
    let mut out = format!(
        "{} {} ({} rules, sha256 {})\n",
        pack.name(),
        pack.version(),
        pack.rules().len(),
        &pack.sha256()[..12]
    );
    for r in pack.rules() {
        let basis: Vec<String> = r
            .legal_basis
            .iter()
            .map(|b| format!("{}{}", short_law(&b.law), b.article))
            .collect();
        out.push_str(&format!(
            "{:<14} {:<17} {:<6} {}{}  [{}]\n",
            r.id,
            r.category.as_str(),
            r.severity.as_str(),
            r.title,
            if r.needs_review {
                " (needs review)"
            } else {
                ""
            },
            basis.join("; ")
        ));
    }
    out
}

fn short_law(law: &str) -> &str {
    law.strip_prefix("中华人民共和国").unwrap_or(law)
}
