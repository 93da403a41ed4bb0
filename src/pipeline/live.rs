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
    /// The lag last warned about (a warning each time it grows by another step).
    warned_lag_ms: u64,
}

/// A window transcribed this long after its audio arrived means the room is not kept up
/// with (findings come later than the 30 s a monitoring centre expects).
pub const LAG_WARN_MS: u64 = 20_000;

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

    /// Whether `lag_ms` is worth a warning: over [`LAG_WARN_MS`] and a further
    /// [`LAG_WARN_MS`] past the last warning (once it is back under, the next rise warns again).
    pub fn lagging(&mut self, lag_ms: u64) -> bool {
        if lag_ms < LAG_WARN_MS {
            self.warned_lag_ms = 0;
            return false;
        }
        if lag_ms >= self.warned_lag_ms + LAG_WARN_MS {
            self.warned_lag_ms = lag_ms;
            return true;
        }
        false
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::FindingsDoc;

    fn rules() -> RuleEngine {
        RuleEngine::new(&crate::rules::RulePack::builtin().unwrap()).unwrap()
    }

    fn found(events: &[LiveEvent]) -> Vec<(String, String)> {
        events
            .iter()
            .filter_map(|e| match e {
                LiveEvent::Found(f) => Some((f.id.clone(), f.quote.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn findings_go_out_once_heard_with_the_finished_documents_ids() {
        let rules = rules();
        let first = vec![
            Segment::new(0, 3000, "这款面霜是全网最低价。"),
            Segment::new(3500, 6000, "今天直播间下单还送小样。"),
        ];
        let second = vec![
            Segment::new(30_000, 33_000, "我们这个精华能根治痘痘。"),
            Segment::new(34_000, 36_000, "加我微信私下发货。"),
        ];
        let mut live = LiveFindings::default();
        let a = live.advance(first.clone(), 24_000, &rules);
        let b = live.advance(second.clone(), 48_000, &rules);
        assert!(
            !found(&a).is_empty() && !found(&b).is_empty(),
            "{a:?} {b:?}"
        );
        // Nothing twice, and the ids are those of the document built at the end.
        let all: Vec<Segment> = first.into_iter().chain(second).collect();
        let mut doc_findings = rules.check(&all);
        doc_findings.sort_by(document_order);
        let mut sent: Vec<(String, String)> = found(&a);
        sent.extend(found(&b));
        let want: Vec<(String, String)> = doc_findings
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("f{:04}", i + 1), f.quote.clone()))
            .collect();
        assert_eq!(sent, want);
        let mut doc = FindingsDoc::placeholder("room".into(), "hls", all);
        doc.findings = doc_findings;
        doc.renumber();
        let (late, changed) = live.finish(&doc.findings);
        assert!(
            late.is_empty() && changed.is_empty(),
            "{late:?} {changed:?}"
        );
    }

    #[test]
    fn a_finding_not_yet_wholly_heard_waits() {
        let rules = rules();
        let mut live = LiveFindings::default();
        let segs = vec![Segment::new(20_000, 26_000, "全网最低价")];
        assert!(found(&live.advance(segs, 25_000, &rules)).is_empty());
        assert!(!found(&live.advance(Vec::new(), 40_000, &rules)).is_empty());
    }

    #[test]
    fn a_correction_heard_later_updates_what_was_sent() {
        let rules = rules();
        let mut live = LiveFindings::default();
        let claim = vec![Segment::new(0, 2000, "这款是全网最低价。")];
        let sent = found(&live.advance(claim, 2500, &rules));
        assert!(!sent.is_empty());
        let fix = vec![Segment::new(2600, 4000, "口误口误，不是全网最低价。")];
        let events = live.advance(fix, 30_000, &rules);
        assert!(
            events
                .iter()
                .any(|e| matches!(e, LiveEvent::Updated(f) if f.mitigated)),
            "{events:?}"
        );
    }

    #[test]
    fn lag_warnings_come_in_steps() {
        let mut live = LiveFindings::default();
        assert!(!live.lagging(5_000));
        assert!(live.lagging(21_000));
        assert!(!live.lagging(30_000));
        assert!(live.lagging(42_000));
        assert!(!live.lagging(1_000));
        assert!(live.lagging(25_000));
    }
}
