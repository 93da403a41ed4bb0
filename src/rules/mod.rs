//! Law-grounded rules: rule packs (TOML, the default `cn-livestream` pack embedded), the engine
//! that runs them over a transcript, and the `rules list|test|lint` tooling.
//!
//! A rule has a category from the fixed taxonomy, a severity, its legal basis (law, version,
//! article), trigger patterns (lexicon terms, regexes over normalised text, optional fuzzy
//! pinyin for ASR homophones), context conditions (required co-occurrence, exclusions,
//! negation, legal exceptions, product contexts), and example sentences it must and must not
//! fire on. See `packs/cn-livestream/pack.toml` for the format. [`suggest`] proposes site-pack
//! exclusions from findings officers rejected.

mod claims;
mod engine;
mod error;
mod issue;
mod lint;
mod model;
mod pack;
mod raw;
mod running;
pub mod suggest;
mod tooling;

pub use engine::RuleEngine;
pub use error::RuleError;
pub use issue::{LintIssue, LintLevel};
pub use lint::{lint, lint_builtin, lint_path};
pub use model::{
    Condition, Examples, Exception, Extractor, Law, PackConfig, Raise, Retraction, Rule, Settings,
    Side, SourceRef, When,
};
pub use pack::{PackSource, RulePack};
pub use tooling::{format_list, test_examples, ExampleKind, ExampleReport, ExampleResult};
