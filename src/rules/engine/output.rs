//! Turning candidates into findings: timing on the words, quote, context, legal basis,
//! and the retraction mark (直播电商监督管理办法 第31条).

use super::*;

impl RuleEngine {
    /// The finding of candidate `c`, whose words were said during `times` (start, end ms).
    pub(super) fn finding(
        &self,
        rt: &Running,
        c: Cand,
        times: (u64, u64),
        retract: &[(usize, usize)],
    ) -> Finding {
        let rule = &self.rules[c.rule].rule;
        let cr = &self.rules[c.rule];
        let mut legal_basis = match c.when {
            Some(i) => cr.when[i].1.clone(),
            None => rule.legal_basis.clone(),
        };
        if c.raised {
            for b in &self.raise_basis {
                if !legal_basis.contains(b) {
                    legal_basis.push(b.clone());
                }
            }
        }
        let (start_ms, end_ms) = times;
        let (os, oe) = rt.norm.source_range(c.span.0, c.span.1);
        let mut quote = String::new();
        rt.push_orig_trimmed(os, oe, &mut quote);
        let cs = os.saturating_sub(20);
        let ce = (oe + 20).min(rt.orig_len());
        let mut context = String::new();
        if cs > 0 {
            context.push('…');
        }
        rt.push_orig_trimmed(cs, ce, &mut context);
        if ce < rt.orig_len() {
            context.push('…');
        }
        let mut f = Finding {
            id: String::new(),
            rule_id: rule.id.clone(),
            category: c.category,
            severity: c.severity,
            start_ms,
            end_ms,
            quote,
            // Pinyin hits name the term they stand for; others show the normalised words.
            matched: if c.matched.is_empty() {
                rt.norm.slice(c.span.0, c.span.1).to_string()
            } else {
                c.matched
            },
            matched_by: if c.heard {
                MatchedBy::Pinyin
            } else if c.kind == Kind::Regex {
                MatchedBy::Regex
            } else {
                MatchedBy::Exact
            },
            heard: c
                .heard
                .then(|| rt.norm.slice(c.span.0, c.span.1).to_string()),
            canonical: c
                .heard
                .then(|| cr.canonical(rt.norm.slice(c.span.0, c.span.1))),
            context,
            legal_basis,
            confidence: (c.confidence * 100.0).round() / 100.0,
            needs_review: rule.needs_review,
            title: rule.title.clone(),
            claims: c.claims,
            mitigated: false,
            wall_clock: None,
            evidence: None,
        };
        self.mark_retraction(rt, c.span.1, retract, &mut f);
        f
    }

    /// 直播电商监督管理办法 第31条: a correction (口误, 说错了, 不是…是…) within a few seconds
    /// after the claim marks it mitigated; the finding is kept.
    pub(super) fn mark_retraction(
        &self,
        rt: &Running,
        after: usize,
        retract: &[(usize, usize)],
        f: &mut Finding,
    ) {
        const LOOKAHEAD: usize = 120;
        let k = retract.partition_point(|&(a, _)| a < after);
        let Some(&(a, b)) = retract.get(k) else {
            return;
        };
        if a >= after + LOOKAHEAD {
            return;
        }
        let (_, hi) = rt.region(after.saturating_sub(1));
        let end = rt
            .index_after_time(after, f.end_ms + self.retraction_ms, LOOKAHEAD)
            .min(hi);
        if a >= end {
            return;
        }
        let (oa, ob) = rt.norm.source_range(a, b);
        f.mitigated = true;
        f.claims.insert(
            "retraction".into(),
            Value::from(rt.orig_slice(oa, ob).trim()),
        );
        for b in &self.retraction_basis {
            if !f.legal_basis.contains(b) {
                f.legal_basis.push(b.clone());
            }
        }
    }
}
