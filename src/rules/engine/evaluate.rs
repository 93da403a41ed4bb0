//! Checking one trigger hit against its rule: context, negation, exceptions, required
//! co-occurrence, product context; then pinyin support, merging and de-duplication.

use super::denial::denied;
use super::*;

/// What ruled a hit out: an exclusion or a legal exception (a lawful reading of the words),
/// or a negator or denial frame around them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RuledOutBy {
    Exemption,
    Negation,
}

/// How far from its trigger a two-character required phrase matched by sound may stand.
const SHORT_SOUND_GAP: usize = 2;
/// How close a context word must be to let a two-syllable match by sound stand (方脱 right
/// after 头发); product words are everywhere in a stream about that product.
const SHORT_SOUND_CONTEXT: usize = 6;

impl RuleEngine {
    /// Whether context `c` is signalled near `s..e`: a context word said within the context
    /// window, or one heard by sound close by (within the pinyin support distance: two
    /// syllables alike by chance are common over a whole window).
    pub(super) fn context_near(&self, ctx: &Contexts, c: usize, s: usize, e: usize) -> bool {
        signalled_near(&ctx.said[c], s, e, self.settings.context_window, false)
            || signalled_near(
                &ctx.heard[c],
                s,
                e,
                self.settings.pinyin_support_within,
                false,
            )
    }

    /// Whether a negator stands just before `s`, within the same clause.
    pub(super) fn negated(&self, n: &Normalized, s: usize, lo: usize) -> bool {
        let Some(ac) = &self.negators else {
            return false;
        };
        let w = self.settings.negation_window;
        // A negator before a list covers each of its items: 没有任何美白、防晒、祛斑的功效.
        let mut s = s;
        for _ in 0..4 {
            if s <= lo || n.char_at(s - 1) != '、' {
                break;
            }
            let mut k = s - 1;
            let stop = k.saturating_sub(8).max(lo);
            while k > stop {
                let c = n.char_at(k - 1);
                if text::is_clause_break(c) || c.is_whitespace() {
                    break;
                }
                k -= 1;
            }
            s = k;
        }
        let a = s.saturating_sub(w + 4).max(lo);
        if a >= s {
            return false;
        }
        // Only the clause the hit is in: from just after the last clause break before it.
        let mut base = n.byte_at_char(a);
        let mut hay = &n.text[base..n.byte_at_char(s)];
        // A space in ASR text separates phrases as a comma would.
        if let Some((k, c)) = hay
            .char_indices()
            .rev()
            .find(|&(_, c)| text::is_clause_break(c) || c.is_whitespace())
        {
            base += k + c.len_utf8();
            hay = &hay[k + c.len_utf8()..];
        }
        if hay.is_empty() {
            return false;
        }
        ac.find_iter(hay).any(|m| {
            let end = n.char_at_byte(base + m.end());
            self.negator_flags[m.pattern().as_usize()] && end + w >= s
        })
    }

    /// Nearest match of a condition around `s..e` inside region `lo..hi`, and whether it was
    /// matched by sound.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn nearest(
        &self,
        n: &Normalized,
        folded: &str,
        c: &CompiledCond,
        s: usize,
        e: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(usize, usize, bool)> {
        let reach = c.within + c.phrases.max_chars;
        let a = s.saturating_sub(reach).max(lo);
        let b = (e + reach).min(hi);
        let mut best: Option<(usize, (usize, usize, bool))> = None;
        c.phrases
            .each_match(n, Some(folded), a, b, |ma, mb, sound| {
                let ok_side = match c.side {
                    Side::Any => true,
                    Side::Before => ma < s,
                    Side::After => mb > e,
                };
                if !ok_side {
                    return true;
                }
                // Characters between the two spans (0 when they touch or overlap).
                let gap = s.saturating_sub(mb).max(ma.saturating_sub(e));
                // Two syllables heard alike by chance are common: a short phrase matched by sound
                // counts only right beside the trigger (根只鼻言, not 外面…找不到比 for 倒闭).
                if sound && mb - ma < 3 && gap > SHORT_SOUND_GAP {
                    return true;
                }
                // Nor can the trigger's own words, heard again, be its required phrase (别家的
                // sounds like 别假的).
                if sound && ma < e && mb > s {
                    return true;
                }
                let better = |(g, (ba, bb, _)): (usize, (usize, usize, bool))| {
                    gap < g || (gap == g && mb - ma > bb - ba)
                };
                if gap <= c.within && best.is_none_or(better) {
                    best = Some((gap, (ma, mb, sound)));
                }
                true
            });
        best.map(|b| b.1)
    }

    /// Checks hit `h` against its rule's conditions: the candidate finding it makes, or
    /// `None` where a condition rules it out.
    pub(super) fn evaluate(
        &self,
        rt: &Running,
        folded: &str,
        h: &Hit,
        ctx: &Contexts,
        ruled_out: &mut Vec<RuledOut>,
    ) -> Option<Cand> {
        let cr = &self.rules[h.rule];
        let rule = &cr.rule;
        // A pattern heard by sound with none of the rule's own characters in it is chance
        // (半小时 for 斑…消失): ASR keeps some of the words it is given.
        if h.kind == Kind::PinyinRegex && !cr.holds_own(rt.norm.slice(h.s, h.e)) {
            return None;
        }
        let n = &rt.norm;
        let (lo, hi) = rt.region(h.s);
        let (s, e) = (h.s, h.e);
        if !self.contexts_allow(cr, ctx, s, e) {
            return None;
        }
        // Required words belong to the same sentence as the trigger.
        let (slo, shi) = rt.sentence(s, e);
        let required = self.required(rt, folded, cr, s, e, (slo, shi))?;
        let mut span = required.span;
        let heard = matches!(h.kind, Kind::Pinyin | Kind::PinyinRegex) || required.heard;
        if let Some(by) = self.ruled_out(n, folded, cr, (s, e), (lo.max(slo), hi.min(shi)), slo) {
            // A negation window is crude (不会做生意也不怕，我们保你…): only a stated lawful
            // reading holds the sentence model back.
            if by == RuledOutBy::Exemption {
                ruled_out.push(RuledOut {
                    span: (s, e),
                    category: rule.category,
                });
            }
            return None;
        }
        let (severity, when, raised) = self.severity(cr, ctx, s, e);
        let mut claims = serde_json::Map::new();
        if let Some(ex) = rule.extract {
            let wa = s.saturating_sub(20).max(slo);
            let wb = (e + 40).min(shi).max(e);
            let got = claims::extract(ex, n.slice(wa, wb), s - wa);
            claims = got.claims;
            if let Some(r) = got.reach {
                span.1 = span.1.max(wa + r);
            }
        }
        let span = self.fit_span(rt, span, (s, e), &required);
        let (confidence, matched, short_pinyin) = self.by_kind(cr, h, n.slice(s, e));
        // A short term heard by sound stands beside a context word of its rule; a pattern
        // heard by sound needs another claim of its category.
        let short_pinyin = short_pinyin
            && !required.confirmed
            && (h.kind == Kind::PinyinRegex
                || !cr.sound_support.iter().any(|&c| {
                    // A context word elsewhere than the match itself (要装 heard as the context
                    // word 药妆 does not support itself).
                    signalled_near(&ctx.said[c], s, e, SHORT_SOUND_CONTEXT, true)
                        || signalled_near(&ctx.heard[c], s, e, SHORT_SOUND_CONTEXT, true)
                }));
        let confidence = if heard && !matches!(h.kind, Kind::Pinyin | Kind::PinyinRegex) {
            confidence * self.settings.pinyin_confidence
        } else {
            confidence
        };
        if heard {
            claims.insert("heard_as".into(), Value::from(n.slice(span.0, span.1)));
        }
        Some(Cand {
            rule: h.rule,
            category: rule.category,
            e,
            span,
            kind: h.kind,
            short_pinyin,
            severity,
            when,
            raised,
            confidence,
            claims,
            matched,
            heard,
        })
    }

    /// Keeps the finding on the words: a `span` widened over its conditions that is too long
    /// falls back to the trigger `hit` alone. A claim completed in the sentence beside it (the
    /// shop's price, then the room's, or the other way round) is one finding over both; where
    /// that is too long, it starts at the last figure of the side said first (a few characters
    /// before it where they fit: 标的是三百八十块).
    fn fit_span(
        &self,
        rt: &Running,
        span: (usize, usize),
        hit: (usize, usize),
        required: &Required,
    ) -> (usize, usize) {
        let (s, e) = hit;
        let fits = |span: (usize, usize)| {
            let (t0, t1) = rt.span_time(span.0, span.1);
            t1.saturating_sub(t0) <= self.settings.max_span_ms
        };
        if span == hit || fits(span) {
            return span;
        }
        let (a, b) = if span.0 == s {
            (s, e)
        } else {
            required.opening
        };
        last_figure(rt.norm.slice(a, b))
            .map(|k| a + k)
            .and_then(|fig| {
                [fig.saturating_sub(4).max(a), fig]
                    .into_iter()
                    .map(|start| (start, span.1))
                    .find(|&t| required.across && fits(t))
            })
            .unwrap_or(hit)
    }

    /// Whether the rule's product contexts let a hit on `s..e` stand: one of `contexts_any`
    /// near it (where the rule names any), none of `contexts_none`.
    fn contexts_allow(&self, cr: &CompiledRule, ctx: &Contexts, s: usize, e: usize) -> bool {
        if !cr.contexts_any.is_empty()
            && !cr
                .contexts_any
                .iter()
                .any(|&c| self.context_near(ctx, c, s, e))
        {
            return false;
        }
        !cr.contexts_none
            .iter()
            .any(|&c| self.context_near(ctx, c, s, e))
    }

    /// The rule's required phrases around the hit on `s..e`, each looked for in the
    /// `sentence` (or through the sentences beside it, where the condition says so); `None`
    /// where one is missing.
    fn required(
        &self,
        rt: &Running,
        folded: &str,
        cr: &CompiledRule,
        s: usize,
        e: usize,
        sentence: (usize, usize),
    ) -> Option<Required> {
        let (slo, shi) = sentence;
        let mut found = Required {
            span: (s, e),
            heard: false,
            confirmed: false,
            across: false,
            opening: (s, e),
        };
        for c in &cr.require {
            let (slo, shi) = if c.next_sentence {
                (rt.previous_sentence_start(slo), rt.next_sentence_end(shi))
            } else {
                (slo, shi)
            };
            let (ma, mb, sound) = self.nearest(&rt.norm, folded, c, s, e, slo, shi)?;
            let mb = rt.end_before_pause(ma, mb);
            // A required phrase that runs into the trigger's sentence from the one before
            // starts where that sentence does (我单独给你挑 / 一口价二十九块九: the offer is
            // 一口价二十九块九, not 给你挑…).
            let ma = if ma < sentence.0 && mb > sentence.0 {
                sentence.0
            } else {
                ma
            };
            found.span = (found.span.0.min(ma), found.span.1.max(mb));
            found.heard |= sound;
            found.across |= ma >= sentence.1 || mb <= sentence.0;
            if ma < found.opening.0 {
                found.opening = (ma, mb);
            }
            // A required phrase of three characters or more, said as written right beside
            // a trigger heard by sound, confirms it (只疗 beside 牙龈萎缩 is 治疗).
            let gap = s.saturating_sub(mb).max(ma.saturating_sub(e));
            found.confirmed |= !sound && mb - ma >= 3 && gap <= SHORT_SOUND_GAP;
        }
        Some(found)
    }

    /// Whether an exclusion on the hit's words, a negator in its sentence (from `slo`), or a
    /// legal exception within its `region` rules the hit on `hit` out, and which.
    fn ruled_out(
        &self,
        n: &Normalized,
        folded: &str,
        cr: &CompiledRule,
        hit: (usize, usize),
        region: (usize, usize),
        slo: usize,
    ) -> Option<RuledOutBy> {
        let ((s, e), (lo, hi)) = (hit, region);
        if !cr.exclude.is_empty() {
            let m = cr.exclude.max_chars;
            let a = s.saturating_sub(m).max(lo);
            let b = (e + m).min(hi);
            if cr
                .exclude
                .each_match(n, Some(folded), a, b, |ma, mb, _| !(ma < e && mb > s))
            {
                return Some(RuledOutBy::Exemption);
            }
        }
        // A negator belongs to the claim's own sentence (没人能比 before a pause does not
        // negate the 原价 after it).
        if cr.rule.negation && (self.negated(n, s, slo) || denied(n, s, e, slo, hi)) {
            return Some(RuledOutBy::Negation);
        }
        cr.exceptions
            .iter()
            .any(|x| self.nearest(n, folded, x, s, e, lo, hi).is_some())
            .then_some(RuledOutBy::Exemption)
    }

    /// The hit's severity, the `when` of the rule that supplies its legal basis (if any),
    /// and whether a sensitive context raised it.
    fn severity(
        &self,
        cr: &CompiledRule,
        ctx: &Contexts,
        s: usize,
        e: usize,
    ) -> (Severity, Option<usize>, bool) {
        let rule = &cr.rule;
        let mut severity = rule.severity;
        let mut when = None;
        if let Some(i) = cr
            .when
            .iter()
            .position(|(c, _, _)| self.context_near(ctx, *c, s, e))
        {
            if !cr.when[i].1.is_empty() {
                when = Some(i);
            }
            if let Some(sv) = cr.when[i].2 {
                severity = sv;
            }
        }
        let raised = rule.raise
            && self
                .raise_contexts
                .iter()
                .any(|&c| self.context_near(ctx, c, s, e));
        if raised {
            severity = severity.raised();
        }
        (severity, when, raised)
    }

    /// Confidence, the term heard (for matches by sound) and whether the match is too weak
    /// to stand alone, by the kind of hit `h` on the words `said`.
    fn by_kind(&self, cr: &CompiledRule, h: &Hit, said: &str) -> (f32, String, bool) {
        let rule = &cr.rule;
        match h.kind {
            Kind::Exact => (rule.confidence, String::new(), false),
            Kind::Regex => (
                rule.confidence * self.settings.regex_confidence,
                String::new(),
                false,
            ),
            // A pattern matched by sound with few of the rule's own characters (家用微信 for
            // 加…微信), or a short term heard by sound, is weak: two syllables alike by chance
            // are common. It stands when a required phrase of
            // its rule was found beside it, a context word of its rule is close, or another
            // claim of its category supports it (see `pinyin_support`).
            Kind::PinyinRegex => (
                rule.confidence * self.settings.regex_confidence * self.settings.pinyin_confidence,
                String::new(),
                !cr.stands_by_sound(said),
            ),
            Kind::Pinyin => {
                let (term, len) = &self.pinyin_terms[h.term];
                (
                    rule.confidence * self.settings.pinyin_confidence,
                    term.clone(),
                    *len < self.settings.pinyin_min_chars,
                )
            }
        }
    }

    /// Drops pinyin-only matches of short terms that no other match of the same category
    /// supports: two syllables alone (驱搬 ~ 祛斑, but also 去办) are too weak.
    pub(super) fn pinyin_support(&self, rt: &Running, cands: &mut Vec<Cand>) {
        if !cands.iter().any(|c| c.short_pinyin) {
            return;
        }
        let w = self.settings.pinyin_support_within;
        // Supporting matches per category, sorted by start.
        let mut support: Vec<(Category, usize, usize)> = cands
            .iter()
            .filter(|c| !c.short_pinyin)
            .map(|c| (c.category, c.span.0, c.span.1))
            .collect();
        support.sort_unstable();
        cands.retain(|c| {
            if !c.short_pinyin {
                return true;
            }
            let lo = support.partition_point(|&(cat, s, _)| {
                (cat, s) < (c.category, c.span.0.saturating_sub(w + 64))
            });
            // The support is said in the same sentence, not across a pause.
            let (sa, sb) = rt.sentence(c.span.0, c.span.1);
            support[lo..]
                .iter()
                .take_while(|&&(cat, s, _)| cat == c.category && s <= c.span.1 + w)
                .any(|&(_, s, e)| s <= c.span.1 + w && c.span.0 <= e + w && s < sb && e > sa)
        });
    }

    /// Joins overlapping or touching matches of the same rule (保本保息 is one claim).
    pub(super) fn merge_same_rule(&self, rt: &Running, mut cands: Vec<Cand>) -> Vec<Cand> {
        // Keys first, then one permutation: sorting the candidates themselves moves them
        // (large structs) many times over.
        cands.sort_by_cached_key(|c| (c.rule, c.span.0, c.kind, c.span.1));
        let mut out: Vec<Cand> = Vec::with_capacity(cands.len());
        for c in cands {
            if let Some(last) = out.last_mut() {
                let gap_ok = c.span.0 <= last.span.1 + MERGE_GAP
                    && (last.span.1..c.span.0.max(last.span.1))
                        .all(|i| !text::is_sentence_break(rt.norm.char_at(i)))
                    && rt.sentence(last.span.0, last.span.1).1 > c.span.0;
                if last.rule == c.rule && gap_ok {
                    let span = (last.span.0, last.span.1.max(c.span.1));
                    let (t0, t1) = rt.span_time(span.0, span.1);
                    if t1.saturating_sub(t0) <= self.settings.max_span_ms {
                        last.span = span;
                        last.e = last.e.max(c.e);
                        if c.kind < last.kind {
                            last.kind = c.kind;
                            last.confidence = c.confidence;
                        }
                        if c.severity > last.severity {
                            last.severity = c.severity;
                        }
                        for (k, v) in c.claims {
                            last.claims.entry(k).or_insert(v);
                        }
                        last.heard |= c.heard;
                        if !matches!(last.kind, Kind::Pinyin | Kind::PinyinRegex) {
                            last.matched.clear();
                        } else if c.matched.chars().count() > last.matched.chars().count() {
                            last.matched = c.matched;
                        }
                        if last.heard {
                            let heard = rt.norm.slice(last.span.0, last.span.1);
                            last.claims.insert("heard_as".into(), Value::from(heard));
                        } else {
                            last.claims.remove("heard_as");
                        }
                        continue;
                    }
                }
            }
            out.push(c);
        }
        out
    }

    /// Keeps one finding where rules of the same category overlap on the same words.
    pub(super) fn dedup_category(&self, mut cands: Vec<Cand>) -> Vec<Cand> {
        // Most severe first, then exact before fuzzy, surest, longest, first rule.
        cands.sort_by_cached_key(|c| {
            (
                std::cmp::Reverse(c.severity),
                c.kind,
                std::cmp::Reverse(total_order_key(c.confidence)),
                std::cmp::Reverse(c.span.1 - c.span.0),
                c.rule,
            )
        });
        // Kept spans per category; they never overlap, so checking the nearest one before
        // the candidate's end is enough.
        let mut taken: std::collections::HashMap<
            Category,
            std::collections::BTreeMap<usize, usize>,
        > = std::collections::HashMap::new();
        let mut kept: Vec<Cand> = Vec::with_capacity(cands.len());
        for c in cands {
            let spans = taken.entry(c.category).or_default();
            let clash = spans
                .range(..c.span.1)
                .next_back()
                .is_some_and(|(_, &end)| end > c.span.0);
            if !clash {
                spans.insert(c.span.0, c.span.1);
                kept.push(c);
            }
        }
        kept
    }
}

/// Whether a context word starts (sorted starts `p`) within `w` characters of `s..e`; with
/// `beside`, only one that starts outside `s..e` itself counts.
fn signalled_near(p: &[usize], s: usize, e: usize, w: usize, beside: bool) -> bool {
    let (lo, hi) = (s.saturating_sub(w), e + w);
    let k = p.partition_point(|&x| x < lo);
    p[k..]
        .iter()
        .take_while(|&&x| x < hi)
        .any(|&x| !beside || x < s || x >= e)
}

/// Where the last run of digits in `text` starts, in characters.
fn last_figure(text: &str) -> Option<usize> {
    let chars: Vec<char> = text.chars().collect();
    let end = chars.iter().rposition(|c| c.is_ascii_digit())?;
    let start = chars[..end]
        .iter()
        .rposition(|c| !(c.is_ascii_digit() || *c == '.'))
        .map_or(0, |k| k + 1);
    Some(start)
}

/// What a rule's required phrases add to a hit.
struct Required {
    /// The hit's span widened over its required phrases.
    span: (usize, usize),
    /// Some required phrase was matched by sound.
    heard: bool,
    /// A required phrase of three characters or more was said as written right beside the
    /// trigger.
    confirmed: bool,
    /// Some required phrase lies in a sentence beside the trigger's.
    across: bool,
    /// The match that opens the widened span (the trigger itself unless a required phrase
    /// stands before it).
    opening: (usize, usize),
}

/// An integer that orders like `f32::total_cmp` (the same bit trick it uses).
fn total_order_key(x: f32) -> i32 {
    let b = x.to_bits() as i32;
    b ^ ((((b >> 31) as u32) >> 1) as i32)
}

#[cfg(test)]
mod tests {
    use super::total_order_key;

    #[test]
    fn total_order_key_orders_like_total_cmp() {
        let xs = [-1.5f32, -0.0, 0.0, 0.3, 0.45, 0.9, 1.0, f32::INFINITY];
        for a in xs {
            for b in xs {
                assert_eq!(total_order_key(a).cmp(&total_order_key(b)), a.total_cmp(&b));
            }
        }
    }
}
