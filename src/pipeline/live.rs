//! Findings of a followed recording as they become final, before the recording ends.
//!
//! After each window the rules run again over the transcript so far (windows carry no context
//! between them, so the transcript so far is a prefix of the finished one). A finding is
//! final once the transcript reaches the rules' look-ahead past its last word (a correction
//! said within it would mark it mitigated) and every finding before it is final, so findings
//! go out in the order and with the ids the finished document gives them. At the end the
//! finished document is compared with what went out: a finding the later transcript changed
//! (a product named after the claim, a correction later than the look-ahead) is counted and
//! named, never silently different.

use std::collections::HashSet;

use crate::findings::{document_order, Finding};
use crate::rules::RuleEngine;
use crate::transcript::Segment;

/// What identifies a finding across checks of a growing transcript.
type Key = (String, u64, u64);

fn key(f: &Finding) -> Key {
    (f.rule_id.clone(), f.start_ms, f.end_ms)
}

/// The live state of one followed recording.
#[derive(Default)]
pub struct LiveFindings {
    segments: Vec<Segment>,
    emitted: Vec<Finding>,
    keys: HashSet<Key>,
}

impl LiveFindings {
    /// Takes the segments of newly transcribed windows (transcript complete up to
    /// `until_ms`) and returns the findings that became final, numbered as the finished
    /// document will number them.
    pub fn advance(
        &mut self,
        segments: Vec<Segment>,
        until_ms: u64,
        rules: &RuleEngine,
    ) -> Vec<Finding> {
        self.segments.extend(segments);
        let horizon = until_ms.saturating_sub(rules.lookahead_ms());
        let mut now = rules.check(&self.segments);
        now.sort_by(document_order);
        let mut out = Vec::new();
        for (i, mut f) in now.into_iter().enumerate() {
            if self.keys.contains(&key(&f)) {
                continue;
            }
            if f.end_ms > horizon {
                break;
            }
            f.id = format!("f{:04}", i + 1);
            self.keys.insert(key(&f));
            self.emitted.push(f.clone());
            out.push(f);
        }
        out
    }

    /// Compares what went out with the finished document's `findings`: returns the findings
    /// not sent yet (final only now, at the end) and one line per finding sent that the
    /// finished document does not hold as sent.
    pub fn finish(&mut self, findings: &[Finding]) -> (Vec<Finding>, Vec<String>) {
        let mut changed = Vec::new();
        for e in &self.emitted {
            let same = findings.iter().any(|f| {
                key(f) == key(e)
                    && f.id == e.id
                    && f.quote == e.quote
                    && f.mitigated == e.mitigated
                    && f.category == e.category
            });
            if !same {
                changed.push(format!(
                    "finding {} ({} at {} ms, 「{}」) was sent while following but the finished transcript {}",
                    e.id,
                    e.rule_id,
                    e.start_ms,
                    e.quote,
                    match findings.iter().find(|f| key(f) == key(e)) {
                        Some(f) => format!("gives it as {} (mitigated: {})", f.id, f.mitigated),
                        None => "does not hold it".into(),
                    }
                ));
            }
        }
        let late = findings
            .iter()
            .filter(|f| !self.keys.contains(&key(f)))
            .cloned()
            .collect();
        (late, changed)
    }
}
