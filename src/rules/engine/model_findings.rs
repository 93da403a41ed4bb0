//! The sentence model's part in a check: every sentence scored once; pattern findings in a
//! sentence the model is sure holds no claim of theirs dropped; a finding added for each
//! category the model is sure of where no pattern found it.

use super::denial;
use super::sentence_model::SentenceModel;
use super::*;
use crate::rules::running::SentenceScan;

/// A category the model found in a sentence with no pattern finding of it.
pub(super) struct ModelHit {
    /// Normalised character range of the sentence.
    sentence: (usize, usize),
    /// Normalised character range of the words quoted.
    quote: (usize, usize),
    category: Category,
    probability: f32,
}

impl ModelHit {
    /// Normalised index of the sentence's first character (which chunk owns the hit).
    pub(super) fn start(&self) -> usize {
        self.sentence.0
    }
}

/// A sentence (normalised character range) and its probabilities, if it was scored.
type ScoredSentence = ((usize, usize), Option<Vec<f32>>);

/// The sentences of a running text (normalised ranges, in order) with their scores. The model
/// reads the normalised text, as it was trained. A sentence some candidate lies in is always
/// scored (the veto needs it); any other only where the prefilter lets it through (None: not
/// scored, no claim in sight).
fn scored_sentences(rt: &Running, model: &SentenceModel, cands: &[Cand]) -> Vec<ScoredSentence> {
    let mut prefilter = model.prefilter();
    let mut sentences = Vec::new();
    rt.scan_sentences(|event| match event {
        SentenceScan::Char(c) => prefilter.push(c),
        SentenceScan::End(chars, bytes) => sentences.push((chars, bytes, prefilter.finish())),
    });
    let mut needed = vec![false; sentences.len()];
    for c in cands {
        let first = sentences.partition_point(|((_, b), _, _)| *b <= c.span.0);
        for (k, ((a, _), _, _)) in sentences.iter().enumerate().skip(first) {
            if *a >= c.span.1.max(c.span.0 + 1) {
                break;
            }
            needed[k] = true;
        }
    }
    sentences
        .into_iter()
        .zip(needed)
        .map(|((chars, (ba, bb), worth), needed)| {
            let probs = (needed || worth).then(|| {
                let mut probs = Vec::with_capacity(model.categories().len());
                model.probabilities_into(&rt.norm.text[ba..bb], &mut probs);
                probs
            });
            (chars, probs)
        })
        .collect()
}

/// The clause around normalised span `s..e` (normalised text): out to the nearest comma, full
/// stop or pause, at most 40 characters either side.
fn clause<'t>(rt: &'t Running, (s, e): (usize, usize)) -> &'t str {
    let (lo, hi) = rt.sentence(s, e);
    let text = rt.norm.slice(lo, hi);
    let chars: Vec<char> = text.chars().collect();
    let breaks = |c: &char| matches!(c, ',' | '，' | ';' | '；' | '、' | '.' | '。' | '!' | '?');
    let (s, e) = (s.clamp(lo, hi) - lo, e.clamp(lo, hi) - lo);
    let a = chars[..s]
        .iter()
        .rposition(breaks)
        .map_or(0, |k| k + 1)
        .max(s.saturating_sub(40));
    let b = chars[e..]
        .iter()
        .position(breaks)
        .map_or(chars.len(), |k| e + k)
        .min(e + 40);
    let byte = |k: usize| chars[..k].iter().map(|c| c.len_utf8()).sum::<usize>();
    &text[byte(a)..byte(b.max(a))]
}

impl RuleEngine {
    /// Applies the sentence model to the candidates of one check (see the module comment);
    /// returns the model's own hits. Without a model it changes nothing.
    pub(super) fn sentence_model_pass(
        &self,
        rt: &Running,
        cands: &mut Vec<Cand>,
        ruled_out: &[RuledOut],
    ) -> Vec<ModelHit> {
        let Some(model) = self.sentence_model else {
            return Vec::new();
        };
        let sentences = scored_sentences(rt, model, cands);
        let cat_index = |c: Category| model.categories().iter().position(|&x| x == c);
        let overlapping = |s: usize, e: usize| {
            let first = sentences.partition_point(|((_, b), _)| *b <= s);
            sentences[first..]
                .iter()
                .take_while(move |((a, _), _)| *a < e.max(s + 1))
        };
        cands.retain(|c| {
            let Some(ci) = cat_index(c.category).filter(|_| self.model_vetoes[c.rule]) else {
                return true;
            };
            let (mut any, mut own) = (0f32, 0f32);
            for (_, p) in overlapping(c.span.0, c.span.1) {
                let p = p.as_ref().expect("sentences with candidates are scored");
                any = p.iter().copied().fold(any, f32::max);
                own = own.max(p[ci]);
            }
            // Where the model sees a clear claim of another category, it does not second-guess
            // the pattern's category (sets label comparisons and refunds differently; the
            // public corpus calls 比别的牌子好一百倍 disparagement).
            let keeps = |any: f32, own: f32| {
                any >= model.veto_any && (own >= model.veto_category || any >= model.threshold)
            };
            if keeps(any, own) {
                return true;
            }
            // A claim in one clause of a run-on sentence is diluted in the sentence's score:
            // the clause around the finding has its say too.
            let p = model.probabilities(clause(rt, c.span));
            any = p.iter().copied().fold(any, f32::max);
            own = own.max(p[ci]);
            keeps(any, own)
        });
        let mut hits = Vec::new();
        for ((a, b), probs) in &sentences {
            let (a, b) = (*a, *b);
            let Some(probs) = probs else { continue };
            // Asked at most once a sentence, and only where a category is in doubt.
            let disclaims = std::cell::OnceCell::new();
            let disclaims = || *disclaims.get_or_init(|| denial::disclaims(rt.norm.slice(a, b)));
            for (ci, &p) in probs.iter().enumerate() {
                let category = model.categories()[ci];
                if p < model.threshold || self.model_rule[ci].is_none() {
                    continue;
                }
                let inside = |c: &&Cand| c.span.0 < b && c.span.1 > a;
                // A sentence that denies or disclaims (没有任何治疗作用，别拿它当药) is the model's
                // commonest false claim: its words are a claim's words. There it must be sure;
                // so too where a rule of the category read the claim's words and found them
                // lawful (我最大的心愿是…, 最后一场, 吃降糖药的).
                let lawful_here = || {
                    ruled_out
                        .iter()
                        .any(|r| r.category == category && r.span.0 < b && r.span.1 > a)
                };
                if cands.iter().filter(inside).any(|c| c.category == category)
                    || (p < model.threshold_beside
                        && (cands.iter().any(|c| inside(&c)) || disclaims() || lawful_here()))
                {
                    continue;
                }
                let (qa, qb) = model.explain(&model.score(rt.norm.slice(a, b)), ci);
                hits.push(ModelHit {
                    sentence: (a, b),
                    quote: (a + qa, a + qb),
                    category,
                    probability: p,
                });
            }
        }
        hits
    }

    /// The finding of a model hit: the law and severity of its category's general rule (the
    /// first of the category in the pack), a title that names only the category (the rule's
    /// own title would claim words the model did not find), always to be reviewed by a person.
    pub(super) fn model_finding(
        &self,
        rt: &Running,
        hit: ModelHit,
        retract: &[(usize, usize)],
    ) -> Option<Finding> {
        let model = self.sentence_model?;
        let ci = model.categories().iter().position(|&c| c == hit.category)?;
        let rule = &self.rules[self.model_rule[ci]?].rule;
        let (mut qa, mut qb) = rt.norm.source_range(hit.quote.0, hit.quote.1);
        // Keep the quote inside the span an officer checks: drop words from the end.
        while qb > qa + 1 && rt.char_time(qb - 1).1 - rt.char_time(qa).0 > self.settings.max_span_ms
        {
            qb -= 1;
        }
        let mut quote = String::new();
        rt.push_orig_trimmed(qa, qb, &mut quote);
        if quote.is_empty() {
            (qa, qb) = rt.norm.source_range(hit.sentence.0, hit.sentence.1);
            rt.push_orig_trimmed(qa, qb, &mut quote);
        }
        let (cs, ce) = rt.norm.source_range(hit.sentence.0, hit.sentence.1);
        let mut context = String::new();
        rt.push_orig_trimmed(cs, ce, &mut context);
        let mut claims = serde_json::Map::new();
        claims.insert(
            "model_probability".into(),
            Value::from((f64::from(hit.probability) * 1000.0).round() / 1000.0),
        );
        let prefix = rule.id.split('-').next().unwrap_or("MODEL");
        let mut f = Finding {
            id: String::new(),
            rule_id: format!("{prefix}-MODEL"),
            category: hit.category,
            severity: rule.severity,
            start_ms: rt.char_time(qa).0,
            end_ms: rt.char_time(qb.max(qa + 1) - 1).1,
            matched: quote.clone(),
            quote,
            matched_by: MatchedBy::Model,
            heard: None,
            canonical: None,
            context,
            legal_basis: rule.legal_basis.clone(),
            // Below every pattern match: the model names no words of the law.
            confidence: ((hit.probability * 0.6) * 100.0).round() / 100.0,
            needs_review: true,
            title: format!("模型判断，待复核：疑似{}", hit.category.label_zh()),
            claims,
            mitigated: false,
            wall_clock: None,
            evidence: None,
        };
        self.mark_retraction(rt, hit.sentence.1, retract, &mut f);
        Some(f)
    }
}
