//! Compiling a pack into a [`RuleEngine`], phase by phase: each rule's conditions and words;
//! one trigger vocabulary that the rules, then the pack's context words and correction
//! phrases add to; the automata built from it; the negators; the rules' order by id.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::matchers::{ascii_digits, compile_regex, sound_regex, Interner, Phrases, RETRACTION};
use super::regex_pass::RegexPass;
use super::sound::{rule_words, too_wide_for_sound, vocabulary};
use super::{CompiledCond, CompiledRule, Lexicon, RuleEngine, CONTEXT_ROLE};
use crate::findings::Category;
use crate::rules::model::{Condition, PackConfig, Rule, Side};
use crate::rules::pack::RulePack;
use crate::rules::RuleError;
use crate::text;

/// Builds a [`Lexicon`] over `terms` (unique, non-empty), `None` when there are none.
fn lexicon(terms: &[String]) -> Result<Option<Lexicon>, String> {
    if terms.is_empty() {
        return Ok(None);
    }
    daachorse::CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(daachorse::MatchKind::Standard)
        .build(terms)
        .map(Some)
        .map_err(|e| e.to_string())
}

fn compile_err(rule: &Rule, message: String) -> RuleError {
    RuleError::Compile {
        rule_id: rule.id.clone(),
        file: rule.source.file.clone(),
        line: rule.source.line,
        message,
    }
}

fn pack_err(pack: &RulePack, message: String) -> RuleError {
    RuleError::Compile {
        rule_id: "-".into(),
        file: pack.name().to_string(),
        line: 0,
        message,
    }
}

/// Index of context `name` among the pack's contexts.
fn context_index(contexts: &[String], name: &str) -> Option<usize> {
    contexts.iter().position(|c| c == name)
}

/// What the trigger passes look for, gathered from the rules and then from the pack's context
/// words and correction phrases, before it is built into automata.
#[derive(Default)]
struct Triggers {
    /// Terms as written: lexicon terms (roles: rules), then context and correction terms.
    exact: Interner,
    /// Per term of `exact`: the contexts it signals.
    context_roles: Vec<Vec<usize>>,
    /// Terms of pinyin-enabled rules and context words, by sound (roles: rules, and contexts
    /// from [`CONTEXT_ROLE`] up).
    pin: Interner,
    /// The rules' regexes and the correction patterns (role [`RETRACTION`]).
    regex_patterns: Vec<(usize, String)>,
    /// Regexes of pinyin-enabled rules folded to sound, run over the folded text.
    folded_patterns: Vec<(usize, String)>,
}

impl Triggers {
    /// The terms and patterns of rule `ri`.
    fn add_rule(&mut self, ri: usize, rule: &Rule) -> Result<(), RuleError> {
        for t in &rule.terms {
            let nt = text::normalize_term(t);
            if nt.is_empty() {
                continue;
            }
            // One syllable matches far too much to stand for a term.
            if rule.pinyin && nt.chars().count() >= 2 {
                if let Some(sound) = crate::text::pinyin::sound_form(&nt) {
                    if sound != nt {
                        self.pin.add(nt.clone(), ri);
                    }
                    self.pin.add(sound, ri);
                }
            }
            self.exact.add(nt, ri);
        }
        for r in &rule.regex {
            compile_regex(r).map_err(|e| compile_err(rule, e.to_string()))?;
            self.regex_patterns.push((ri, ascii_digits(r)));
            if rule.pinyin && !too_wide_for_sound(r) {
                self.folded_patterns
                    .push((ri, sound_regex(&ascii_digits(r))));
            }
        }
        Ok(())
    }

    /// The index of `nt` in `exact`, added (with no rule and no context) if new.
    fn exact_id(&mut self, nt: String) -> usize {
        match self.exact.index.get(&nt) {
            Some(&id) => id,
            None => {
                self.exact.index.insert(nt.clone(), self.exact.terms.len());
                self.exact.terms.push(nt);
                self.exact.roles.push(Vec::new());
                self.context_roles.push(Vec::new());
                self.exact.terms.len() - 1
            }
        }
    }

    /// Context terms share the trigger automaton: one pass over the text finds both.
    fn add_contexts(&mut self, cfg: &PackConfig, contexts: &[String]) {
        self.context_roles = vec![Vec::new(); self.exact.terms.len()];
        for (ci, name) in contexts.iter().enumerate() {
            for t in &cfg.contexts[name] {
                let nt = text::normalize_term(t);
                if nt.is_empty() {
                    continue;
                }
                if nt.chars().count() >= 2 {
                    if let Some(sound) = crate::text::pinyin::sound_form(&nt) {
                        self.pin.add(sound, CONTEXT_ROLE + ci);
                    }
                }
                let id = self.exact_id(nt);
                if !self.context_roles[id].contains(&ci) {
                    self.context_roles[id].push(ci);
                }
            }
        }
    }

    /// Correction phrases too: where they occur is known after the same pass; their patterns
    /// join the regex pass. Returns, per term of `exact`, whether it is a correction phrase.
    fn add_retractions(&mut self, pack: &RulePack) -> Result<Vec<bool>, RuleError> {
        let cfg = pack.config();
        for t in &cfg.retraction.terms {
            let nt = text::normalize_term(t);
            if nt.is_empty() {
                continue;
            }
            self.exact_id(nt);
        }
        let retraction_terms: Vec<bool> = {
            let set: std::collections::HashSet<String> = cfg
                .retraction
                .terms
                .iter()
                .map(|t| text::normalize_term(t))
                .collect();
            self.exact.terms.iter().map(|t| set.contains(t)).collect()
        };
        for r in &cfg.retraction.regex {
            compile_regex(r).map_err(|e| pack_err(pack, e.to_string()))?;
            self.regex_patterns.push((RETRACTION, ascii_digits(r)));
        }
        Ok(retraction_terms)
    }

    /// The sound lexicon over the terms of `pin`, and per pattern the terms it spells. Each
    /// term in its everyday reading: rare readings make common words of terms (白捡的 read bo
    /// jian de is every 直播间的, 底价 read di jie every 的姐妹). Homophone terms (祛斑, 驱搬)
    /// fold to one pattern, which stands for all of them.
    fn sound_lexicon(&self) -> Result<(Option<Lexicon>, Vec<Vec<usize>>), String> {
        let mut pin_patterns = Interner::default();
        for (ti, t) in self.pin.terms.iter().enumerate() {
            pin_patterns.add(crate::text::pinyin::fold(t), ti);
        }
        let pinyin_ac = lexicon(&pin_patterns.terms)?;
        Ok((pinyin_ac, pin_patterns.roles))
    }
}

impl CompiledRule {
    /// Compiles one rule's conditions, contexts and words (its triggers go to [`Triggers`]).
    fn new(rule: &Rule, contexts: &[String]) -> Result<CompiledRule, RuleError> {
        let ctx_index = |name: &str| context_index(contexts, name);
        let cond = |c: &Condition| -> Result<CompiledCond, RuleError> {
            Ok(CompiledCond {
                phrases: Phrases::build(&c.terms, &c.regex, MatchKind::Standard, rule.pinyin)
                    .map_err(|e| compile_err(rule, e))?,
                within: c.within,
                side: c.side,
                next_sentence: c.next_sentence,
            })
        };
        let require = rule
            .require
            .iter()
            .map(cond)
            .collect::<Result<Vec<_>, _>>()?;
        let exceptions = rule
            .exceptions
            .iter()
            .map(|x| {
                Ok(CompiledCond {
                    phrases: Phrases::build(&x.terms, &x.regex, MatchKind::Standard, rule.pinyin)
                        .map_err(|e| compile_err(rule, e))?,
                    within: x.within,
                    side: Side::Any,
                    next_sentence: false,
                })
            })
            .collect::<Result<Vec<_>, RuleError>>()?;
        let exclude = Phrases::build(&rule.exclude, &[], MatchKind::Standard, rule.pinyin)
            .map_err(|e| compile_err(rule, e))?;
        let (vocabulary, own_chars) = vocabulary(rule);
        Ok(CompiledRule {
            words: rule_words(rule),
            own_chars,
            vocabulary,
            rule: rule.clone(),
            require,
            exclude,
            exceptions,
            contexts_any: rule
                .contexts_any
                .iter()
                .filter_map(|c| ctx_index(c))
                .collect(),
            sound_support: rule
                .contexts_any
                .iter()
                .chain(rule.support_contexts.iter())
                .filter_map(|c| ctx_index(c))
                .collect(),
            contexts_none: rule
                .contexts_none
                .iter()
                .filter_map(|c| ctx_index(c))
                .collect(),
            when: rule
                .when
                .iter()
                .filter_map(|w| ctx_index(&w.context).map(|i| (i, w.basis.clone(), w.severity)))
                .collect(),
        })
    }
}

/// Negators and the words that merely start like one (flag `false`), longest match first.
fn negators(pack: &RulePack) -> Result<(Option<AhoCorasick>, Vec<bool>), RuleError> {
    let cfg = pack.config();
    let mut neg_terms: Vec<(String, bool)> = cfg
        .negators
        .iter()
        .map(|t| (text::normalize_term(t), true))
        .chain(
            cfg.not_negators
                .iter()
                .map(|t| (text::normalize_term(t), false)),
        )
        .filter(|(t, _)| !t.is_empty())
        .collect();
    neg_terms.sort();
    neg_terms.dedup_by(|a, b| a.0 == b.0);
    if neg_terms.is_empty() {
        return Ok((None, Vec::new()));
    }
    let negators = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        // Chinese text starts every character with one of a few lead bytes: a
        // prefilter cannot skip anything and only adds work.
        .prefilter(false)
        .build(neg_terms.iter().map(|t| &t.0))
        .map_err(|e| pack_err(pack, e.to_string()))?;
    Ok((Some(negators), neg_terms.iter().map(|t| t.1).collect()))
}

/// Per rule: its place among the rules' ids in string order.
fn id_ranks(rules: &[CompiledRule]) -> Vec<u32> {
    let mut by_id: Vec<usize> = (0..rules.len()).collect();
    by_id.sort_by(|&a, &b| rules[a].rule.id.cmp(&rules[b].rule.id));
    let mut id_rank = vec![0u32; rules.len()];
    for (rank, &r) in by_id.iter().enumerate() {
        id_rank[r] = rank as u32;
    }
    id_rank
}

impl RuleEngine {
    /// Compiles a pack. Fails only on patterns the automata cannot hold (packs are validated
    /// when loaded).
    pub fn new(pack: &RulePack) -> Result<RuleEngine, RuleError> {
        let cfg = pack.config();
        let contexts: Vec<String> = cfg.contexts.keys().cloned().collect();
        let mut triggers = Triggers::default();
        let mut rules = Vec::new();
        for (ri, rule) in pack.rules().iter().enumerate() {
            triggers.add_rule(ri, rule)?;
            rules.push(CompiledRule::new(rule, &contexts)?);
        }
        triggers.add_contexts(cfg, &contexts);
        let retraction_terms = triggers.add_retractions(pack)?;
        let exact = lexicon(&triggers.exact.terms).map_err(|e| pack_err(pack, e))?;
        let (pinyin, pinyin_pattern_terms) =
            triggers.sound_lexicon().map_err(|e| pack_err(pack, e))?;
        let pinyin_terms = triggers
            .pin
            .terms
            .iter()
            .map(|t| (t.clone(), t.chars().count()))
            .collect();
        let (negators, negator_flags) = negators(pack)?;
        let regex_pass =
            RegexPass::build(triggers.regex_patterns).map_err(|e| pack_err(pack, e))?;
        let folded_regex_pass =
            RegexPass::build(triggers.folded_patterns).map_err(|e| pack_err(pack, e))?;
        let sentence_model = match &cfg.settings.sentence_model {
            Some(name) => Some(
                super::sentence_model::SentenceModel::builtin(name)
                    .map_err(|e| pack_err(pack, e))?,
            ),
            None => None,
        };
        let (model_rule, model_vetoes) = model_scope(pack, &rules, sentence_model)?;
        Ok(RuleEngine {
            sentence_model,
            model_rule,
            model_vetoes,
            id_rank: id_ranks(&rules),
            rules,
            regex_pass,
            folded_regex_pass,
            settings: cfg.settings.clone(),
            exact,
            exact_roles: triggers.exact.roles,
            pinyin,
            pinyin_roles: triggers.pin.roles,
            pinyin_pattern_terms,
            pinyin_terms,
            negators,
            negator_flags,
            raise_contexts: cfg
                .raise
                .contexts
                .iter()
                .filter_map(|c| context_index(&contexts, c))
                .collect(),
            contexts,
            context_roles: triggers.context_roles,
            retraction_terms,
            retraction_ms: cfg.retraction.window_ms,
            retraction_basis: cfg.retraction.basis.clone(),
            raise_basis: cfg.raise.basis.clone(),
        })
    }
}

/// What the sentence model may do under this pack: per model category, the rule whose law its
/// findings cite (the category's first rule), or None where a site pack disabled a built-in
/// rule of the category (the site does not enforce all of it); per rule, whether the model may
/// drop its findings (only rules of the built-in pack, which the model was trained beside).
fn model_scope(
    pack: &RulePack,
    rules: &[CompiledRule],
    model: Option<&super::sentence_model::SentenceModel>,
) -> Result<(Vec<Option<usize>>, Vec<bool>), RuleError> {
    let Some(model) = model else {
        return Ok((Vec::new(), Vec::new()));
    };
    let vetoes = rules
        .iter()
        .map(|r| r.rule.source.file.starts_with("cn-livestream/"))
        .collect();
    // The built-in pack's rules, read once per process.
    static BUILTIN_RULES: std::sync::OnceLock<Vec<(String, Category)>> = std::sync::OnceLock::new();
    let builtin = match BUILTIN_RULES.get() {
        Some(b) => b,
        None => {
            let ids = RulePack::builtin()?
                .rules()
                .iter()
                .map(|r| (r.id.clone(), r.category))
                .collect();
            BUILTIN_RULES.get_or_init(|| ids)
        }
    };
    let missing: Vec<Category> = builtin
        .iter()
        .filter(|(id, _)| pack.rules().iter().all(|r| &r.id != id))
        .map(|(_, c)| *c)
        .collect();
    let cite = model
        .categories()
        .iter()
        .map(|&c| {
            if missing.contains(&c) {
                return None;
            }
            rules.iter().position(|r| r.rule.category == c)
        })
        .collect();
    Ok((cite, vetoes))
}
