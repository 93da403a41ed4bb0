//! `liveaudit rules suggest`: site-pack exclusions proposed from the findings officers
//! rejected, each checked against every finding they confirmed.
//!
//! For a rejected finding the proposal is an `exclude_add` on its rule: the quoted words with
//! the phrase around them in the line they were said in (the narrowest phrase that removes
//! the finding and no confirmed one: 2, 4, 6 or 10 characters either side, never across a
//! sentence end), with that line as a miss example. Every proposal is tried on every reviewed
//! transcript: a proposal that would also remove a confirmed finding is widened, and dropped
//! (with the reason) when no phrase avoids it; pending findings it would remove are listed so
//! a person can look. The whole suggestion is then checked once more as one site pack, and its
//! examples run, so what is printed is what `rules lint` and `rules test` accept.

use std::collections::BTreeMap;

use super::engine::RuleEngine;
use super::pack::{PackSource, RulePack};
use super::RuleError;
use crate::findings::{Finding, FindingsDoc};
use crate::review::{ReviewDoc, ReviewState};

/// Why no suggestion could be made.
#[derive(Debug, thiserror::Error)]
pub enum SuggestError {
    /// The base pack (or the suggestion laid over it) does not load.
    #[error(transparent)]
    Rules(#[from] RuleError),
    /// The suggestion as a whole fails a check its parts passed (proposals that interact).
    #[error("{0}")]
    Check(String),
}

/// One audited recording with its officer's review.
#[derive(Debug, Clone)]
pub struct Reviewed {
    /// The recording's name (pack folder), for people.
    pub label: String,
    pub doc: FindingsDoc,
    pub review: ReviewDoc,
}

/// A finding named across recordings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingRef {
    pub recording: String,
    pub finding_id: String,
    pub rule_id: String,
    pub quote: String,
    pub state: ReviewState,
}

/// One proposed exclusion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub rule_id: String,
    /// The phrase that, overlapping the rule's trigger, rules the finding out.
    pub phrase: String,
    /// The rejected line, as the rule's miss example.
    pub miss_example: String,
    /// The rejected finding it comes from, with the officer's reason.
    pub from: FindingRef,
    pub reason: String,
    pub officer: String,
    /// Other reviewed findings it removes too (pending ones; never a confirmed one).
    pub also_removes: Vec<FindingRef>,
}

/// Everything `rules suggest` found.
#[derive(Debug, Clone, Default)]
pub struct Suggestion {
    pub proposals: Vec<Proposal>,
    /// Rejected findings no proposal could cover, and why.
    pub skipped: Vec<(FindingRef, String)>,
    /// Confirmed findings the whole suggestion keeps, of those reviewed.
    pub confirmed_kept: usize,
    /// The site pack (TOML), empty when there is no proposal.
    pub site_pack: String,
}

/// Characters either side of the quote tried, narrowest first.
const WIDTHS: [usize; 4] = [2, 4, 6, 10];
/// Where a phrase stops: a sentence end.
const SENTENCE_END: &[char] = &['。', '！', '？', '!', '?', '；', ';', '\n'];

/// Proposes exclusions for the rejected findings of `reviewed`, on `base` (the pack the
/// audits ran with). `stamp` dates the pack (`2026.12.06`).
pub fn suggest(
    base: &RulePack,
    reviewed: &[Reviewed],
    stamp: &str,
) -> Result<Suggestion, SuggestError> {
    let mut out = Suggestion::default();
    let mut chosen: Vec<Proposal> = Vec::new();
    for r in reviewed {
        let current = r.review.current();
        for f in &r.doc.findings {
            let Some(decision) = current.get(f.id.as_str()) else {
                continue;
            };
            if decision.decision != crate::review::Verdict::Rejected {
                continue;
            }
            let from = finding_ref(r, f);
            match propose(base, reviewed, r, f)? {
                Ok((phrase, miss_example, also_removes)) => chosen.push(Proposal {
                    rule_id: f.rule_id.clone(),
                    phrase,
                    miss_example,
                    from,
                    reason: decision.reason.clone(),
                    officer: decision.officer.clone(),
                    also_removes,
                }),
                Err(why) => out.skipped.push((from, why)),
            }
        }
    }
    dedup(&mut chosen);
    if chosen.is_empty() {
        return Ok(out);
    }
    let text = site_pack(&chosen, reviewed.len(), stamp);
    let pack = base.clone().with_overlay_sources(vec![source(&text)])?;
    let engine = RuleEngine::new(&pack)?;
    // The whole suggestion at once: no confirmed finding lost, examples pass.
    for r in reviewed {
        let kept = engine.check(&r.doc.transcript);
        for f in &r.doc.findings {
            if r.review.state(&f.id) == ReviewState::Confirmed {
                if !kept.iter().any(|k| same(k, f)) {
                    return Err(SuggestError::Check(format!(
                        "the suggested pack removes confirmed finding {} {} of {}",
                        f.id, f.rule_id, r.label
                    )));
                }
                out.confirmed_kept += 1;
            }
        }
    }
    let tests = super::test_examples(&pack);
    if !tests.is_ok() {
        return Err(SuggestError::Check(format!(
            "the suggested pack fails its examples:\n{tests}"
        )));
    }
    out.proposals = chosen;
    out.site_pack = text;
    Ok(out)
}

fn finding_ref(r: &Reviewed, f: &Finding) -> FindingRef {
    FindingRef {
        recording: r.label.clone(),
        finding_id: f.id.clone(),
        rule_id: f.rule_id.clone(),
        quote: f.quote.clone(),
        state: r.review.state(&f.id),
    }
}

/// The same finding from another run of the rules: rule and overlapping time.
fn same(a: &Finding, b: &Finding) -> bool {
    a.rule_id == b.rule_id
        && a.start_ms < b.end_ms.max(b.start_ms + 1)
        && b.start_ms < a.end_ms.max(a.start_ms + 1)
}

/// The phrase and miss example that remove rejected finding `f` of `r` and no confirmed
/// finding, with the pending findings they remove too; `Ok(Err(why))` when none does.
#[allow(clippy::type_complexity)]
fn propose(
    base: &RulePack,
    reviewed: &[Reviewed],
    r: &Reviewed,
    f: &Finding,
) -> Result<Result<(String, String, Vec<FindingRef>), String>, RuleError> {
    let line = line_of(&r.doc, f);
    let Some(candidates) = phrases(&line, &f.quote) else {
        return Ok(Err(format!(
            "the quote 「{}」 is not in its line 「{line}」",
            f.quote
        )));
    };
    let mut last_why = String::from("no phrase around the quote removes the finding");
    for phrase in candidates {
        // One engine with the exclusion serves every matching check; miss examples do not
        // change matching, so only the examples' run needs the pack with its miss example.
        let excluding = base
            .clone()
            .with_overlay_sources(vec![source(&site_pack_one(&f.rule_id, &phrase, ""))])?;
        let engine = RuleEngine::new(&excluding)?;
        if engine.check(&r.doc.transcript).iter().any(|k| same(k, f)) {
            continue;
        }
        let Some(miss) = miss_example(&engine, f, &line, &phrase) else {
            continue;
        };
        let text = site_pack_one(&f.rule_id, &phrase, &miss);
        let pack = base.clone().with_overlay_sources(vec![source(&text)])?;
        if !super::test_examples(&pack).is_ok() {
            last_why = format!("the exclusion 「{phrase}」 breaks the rule's own examples");
            continue;
        }
        let (lost_confirmed, also) = collateral(&engine, reviewed, r, f);
        if let Some(c) = lost_confirmed {
            last_why = format!(
                "every phrase around the quote also removes confirmed finding {} 「{}」 of {}",
                c.finding_id, c.quote, c.recording
            );
            continue;
        }
        return Ok(Ok((phrase, miss, also)));
    }
    Ok(Err(last_why))
}

/// What `engine` removes besides `f`: the first confirmed finding lost (if any) and the
/// pending or rejected ones.
fn collateral(
    engine: &RuleEngine,
    reviewed: &[Reviewed],
    r0: &Reviewed,
    f0: &Finding,
) -> (Option<FindingRef>, Vec<FindingRef>) {
    let mut also = Vec::new();
    for r in reviewed {
        let kept = engine.check(&r.doc.transcript);
        for f in r.doc.findings.iter().filter(|f| f.rule_id == f0.rule_id) {
            if (r.label == r0.label && f.id == f0.id) || kept.iter().any(|k| same(k, f)) {
                continue;
            }
            let fr = finding_ref(r, f);
            if fr.state == ReviewState::Confirmed {
                return (Some(fr), also);
            }
            also.push(fr);
        }
    }
    (None, also)
}

/// The line the finding was said in: its context, else the segments it overlaps.
fn line_of(doc: &FindingsDoc, f: &Finding) -> String {
    // The context is cut with an ellipsis at either end.
    let context = f.context.trim_matches('…');
    if context.contains(&f.quote) {
        return context.to_string();
    }
    doc.transcript
        .iter()
        .filter(|s| s.start_ms < f.end_ms && f.start_ms < s.end_ms)
        .map(|s| s.text.as_str())
        .collect()
}

/// Phrases around `quote` in `line`, narrowest first, each within the quote's sentence.
fn phrases(line: &str, quote: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = line.chars().collect();
    let byte = line.find(quote)?;
    let start = line[..byte].chars().count();
    let end = start + quote.chars().count();
    let lo = chars[..start]
        .iter()
        .rposition(|c| SENTENCE_END.contains(c))
        .map_or(0, |i| i + 1);
    let hi = chars[end..]
        .iter()
        .position(|c| SENTENCE_END.contains(c))
        .map_or(chars.len(), |i| end + i);
    let mut out: Vec<String> = Vec::new();
    for w in WIDTHS {
        let p: String = chars[start.saturating_sub(w).max(lo)..(end + w).min(hi)]
            .iter()
            .collect();
        let p = p.trim().to_string();
        if !out.contains(&p) {
            out.push(p);
        }
    }
    Some(out)
}

/// The miss example for an exclusion: the whole line when the rule, with the exclusion
/// (`engine`), no longer fires on it; else the quote's sentence; else the phrase itself; `None` when the
/// rule fires on each (the line holds another claim the exclusion does not cover).
fn miss_example(engine: &RuleEngine, f: &Finding, line: &str, phrase: &str) -> Option<String> {
    let sentence = line
        .split_inclusive(SENTENCE_END)
        .find(|s| s.contains(&f.quote))
        .unwrap_or(line)
        .trim()
        .to_string();
    let found = [line.trim(), sentence.as_str(), phrase]
        .into_iter()
        .find(|candidate| {
            let seg = crate::transcript::Segment::new(
                0,
                250 * candidate.chars().count().max(1) as u64,
                *candidate,
            );
            !engine.check(&[seg]).iter().any(|k| k.rule_id == f.rule_id)
        })
        .map(str::to_string);
    found
}

/// Two rejections that came to the same phrase of the same rule make one proposal.
fn dedup(chosen: &mut Vec<Proposal>) {
    let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut keep = Vec::new();
    for p in chosen.drain(..) {
        let key = (p.rule_id.clone(), p.phrase.clone());
        if seen.contains_key(&key) {
            continue;
        }
        seen.insert(key, keep.len());
        keep.push(p);
    }
    *chosen = keep;
}

fn source(text: &str) -> PackSource {
    PackSource {
        file: "suggested-site.toml".into(),
        text: text.into(),
    }
}

/// A TOML basic string (JSON's escapes are TOML's).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// One line of a TOML comment (no line breaks from the reason).
fn comment(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

fn site_pack_one(rule_id: &str, phrase: &str, miss: &str) -> String {
    let mut t = format!(
        "[[override]]\nid = {}\nexclude_add = [{}]\n",
        quoted(rule_id),
        quoted(phrase)
    );
    if !miss.is_empty() {
        t.push_str(&format!("miss_add = [{}]\n", quoted(miss)));
    }
    t
}

/// The site pack of `proposals`, with where each came from in comments.
fn site_pack(proposals: &[Proposal], reviews: usize, stamp: &str) -> String {
    let mut t = format!(
        "# Suggested by `liveaudit rules suggest` from {reviews} review(s): an exclusion per rejected\n\
         # finding, each the rejected words with the phrase around them. Read each before use.\n\
         [pack]\nname = \"site-review\"\nversion = {}\n",
        quoted(stamp)
    );
    for p in proposals {
        t.push('\n');
        t.push_str(&format!(
            "# {} 「{}」 rejected in {} {} by {}: {}\n",
            p.rule_id,
            comment(&p.from.quote),
            comment(&p.from.recording),
            p.from.finding_id,
            comment(&p.officer),
            comment(&p.reason)
        ));
        if p.also_removes.is_empty() {
            t.push_str("# removes no other reviewed finding\n");
        } else {
            let others: Vec<String> = p
                .also_removes
                .iter()
                .map(|o| {
                    format!(
                        "{} {} 「{}」 ({:?})",
                        o.recording,
                        o.finding_id,
                        comment(&o.quote),
                        o.state
                    )
                })
                .collect();
            t.push_str(&format!("# also removes: {}\n", others.join("; ")));
        }
        t.push_str(&site_pack_one(&p.rule_id, &p.phrase, &p.miss_example));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_grow_around_the_quote_within_its_sentence() {
        let p = phrases("今天天气很好。这是第一次来直播间，欢迎", "第一").unwrap();
        assert_eq!(p[0], "这是第一次来");
        assert!(p.iter().all(|x| !x.contains('。')), "{p:?}");
        assert_eq!(p.last().unwrap(), "这是第一次来直播间，欢迎");
        assert!(phrases("别的话", "第一").is_none());
    }
}
