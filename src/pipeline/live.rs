//! Findings of a followed recording as they become final, before the recording ends.
//!
//! After each window the rules run again over the transcript so far (windows carry no context
//! between them, so the transcript so far is a prefix of the finished one). A finding goes
//! out once its words are all transcribed, in document order with the id the finished
//! document gives it. Waiting for the rules' look-ahead as well (a correction said within
//! seconds marks a finding mitigated) would hold every finding near the end of a Whisper window
//! until the next window closes, up to half a minute more on air; instead a later check that
//! changes a finding already sent sends it again as an update (mitigated by a correction
//! heard later) or a withdrawal (the later transcript clears it), and the finished document
//! is compared with what went out: any finding sent with another id or content is named.

use std::collections::HashSet;

use crate::findings::{document_order, Finding};
use crate::rules::RuleEngine;
use crate::transcript::Segment;

/// What identifies a finding across checks of a growing transcript.
type Key = (String, u64, u64);

fn key(f: &Finding) -> Key {
    (f.rule_id.clone(), f.start_ms, f.end_ms)
}

/// What goes out about a followed recording's findings.
#[derive(Debug, Clone)]
pub enum LiveEvent {
    /// A finding whose words are all heard.
    Found(Finding),
    /// A finding sent before, changed by what was heard since (a correction: mitigated).
    Updated(Finding),
    /// A finding sent before that the later transcript no longer supports.
    Withdrawn(Finding),
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
    /// `until_ms`) and returns what goes out: findings whose words are all heard, numbered as
    /// the finished document will number them, and changes to findings sent before.
    pub fn advance(
        &mut self,
        segments: Vec<Segment>,
        until_ms: u64,
        rules: &RuleEngine,
    ) -> Vec<LiveEvent> {
        self.segments.extend(segments);
        let mut now = rules.check(&self.segments);
        now.sort_by(document_order);
        let mut out = self.changes(&now);
        for (i, mut f) in now.into_iter().enumerate() {
            if self.keys.contains(&key(&f)) {
                continue;
            }
            if f.end_ms >= until_ms {
                break;
            }
            f.id = format!("f{:04}", i + 1);
            self.keys.insert(key(&f));
            self.emitted.push(f.clone());
            out.push(LiveEvent::Found(f));
        }
        out
    }

    /// Findings sent before that the latest check changes: mitigated by a correction heard
    /// since, or no longer found.
    fn changes(&mut self, now: &[Finding]) -> Vec<LiveEvent> {
        let mut out = Vec::new();
        for sent in &mut self.emitted {
            if sent.id.is_empty() {
                continue; // withdrawn before
            }
            match now.iter().find(|f| key(f) == key(sent)) {
                Some(f) if f.mitigated != sent.mitigated => {
                    let mut f = f.clone();
                    f.id = sent.id.clone();
                    *sent = f.clone();
                    out.push(LiveEvent::Updated(f));
                }
                Some(_) => {}
                None => {
                    out.push(LiveEvent::Withdrawn(sent.clone()));
                    sent.id.clear();
                }
            }
        }
        out
    }

    /// Compares what went out with the finished document's `findings`: returns the findings
    /// not sent yet (final only now, at the end) and one line per finding sent that the
    /// finished document does not hold as sent.
    pub fn finish(&mut self, findings: &[Finding]) -> (Vec<Finding>, Vec<String>) {
        let mut changed = Vec::new();
        for e in self.emitted.iter().filter(|e| !e.id.is_empty()) {
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
