//! Loading rule packs: the built-in `cn-livestream` pack, standalone packs and site packs laid
//! over the default (add, replace, override or disable rules).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use sha2::{Digest, Sha256};
use toml::Spanned;

use super::issue::{LintIssue, LintLevel};
use super::model::*;
use super::raw::{self, RawBasis, RawFile, RawLaw, RawRule, RawSettings};
use super::RuleError;
use crate::findings::{Category, LegalBasis, Severity};

mod merge;
mod resolve;

/// The built-in pack's files, embedded so the binary needs nothing at run time.
const BUILTIN: &[(&str, &str)] = &[
    (
        "cn-livestream/pack.toml",
        include_str!("../packs/cn-livestream/pack.toml"),
    ),
    (
        "cn-livestream/lexicons.toml",
        include_str!("../packs/cn-livestream/lexicons.toml"),
    ),
    (
        "cn-livestream/absolute.toml",
        include_str!("../packs/cn-livestream/absolute.toml"),
    ),
    (
        "cn-livestream/medical.toml",
        include_str!("../packs/cn-livestream/medical.toml"),
    ),
    (
        "cn-livestream/cosmetic.toml",
        include_str!("../packs/cn-livestream/cosmetic.toml"),
    ),
    (
        "cn-livestream/price.toml",
        include_str!("../packs/cn-livestream/price.toml"),
    ),
    (
        "cn-livestream/sales.toml",
        include_str!("../packs/cn-livestream/sales.toml"),
    ),
    (
        "cn-livestream/offsite.toml",
        include_str!("../packs/cn-livestream/offsite.toml"),
    ),
    (
        "cn-livestream/investment.toml",
        include_str!("../packs/cn-livestream/investment.toml"),
    ),
    (
        "cn-livestream/superstition.toml",
        include_str!("../packs/cn-livestream/superstition.toml"),
    ),
    (
        "cn-livestream/disparagement.toml",
        include_str!("../packs/cn-livestream/disparagement.toml"),
    ),
];

/// One file of a pack with its text, named as messages should name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackSource {
    pub file: String,
    pub text: String,
}

impl PackSource {
    /// The files of the built-in `cn-livestream` pack.
    pub fn builtin() -> Vec<PackSource> {
        BUILTIN
            .iter()
            .map(|(f, t)| PackSource {
                file: (*f).to_string(),
                text: (*t).to_string(),
            })
            .collect()
    }

    /// Reads a pack file, or every `.toml` file of a folder in name order.
    pub fn read(path: &Path) -> Result<Vec<PackSource>, RuleError> {
        let io = |source| RuleError::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        let mut files = Vec::new();
        if meta.is_dir() {
            for e in std::fs::read_dir(path).map_err(io)? {
                let p = e.map_err(io)?.path();
                if p.extension().is_some_and(|x| x == "toml") {
                    files.push(p);
                }
            }
            files.sort();
            if files.is_empty() {
                return Err(io(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "folder holds no .toml files",
                )));
            }
        } else {
            files.push(path.to_path_buf());
        }
        files
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).map_err(|source| RuleError::Io {
                    path: p.clone(),
                    source,
                })?;
                Ok(PackSource {
                    file: p.display().to_string(),
                    text,
                })
            })
            .collect()
    }
}

/// A loaded, validated rule pack: its rules, laws, contexts and settings.
#[derive(Debug, Clone)]
pub struct RulePack {
    name: String,
    version: String,
    description: String,
    sources: Vec<PackSource>,
    data: PackData,
    rules: Vec<Rule>,
    config: PackConfig,
}

impl RulePack {
    /// The built-in `cn-livestream` pack.
    pub fn builtin() -> Result<RulePack, RuleError> {
        RulePack::from_sources(PackSource::builtin())
    }

    /// A standalone pack from a file or a folder of `.toml` files.
    pub fn load_file(path: &Path) -> Result<RulePack, RuleError> {
        RulePack::from_sources(PackSource::read(path)?)
    }

    /// A standalone pack from in-memory files.
    pub fn from_sources(sources: Vec<PackSource>) -> Result<RulePack, RuleError> {
        let mut data = PackData::default();
        for s in &sources {
            data.merge_source(s, false)?;
        }
        RulePack::finish(data, sources)
    }

    /// This pack with a site pack (file or folder) laid over it: new rules are added, rules
    /// with an existing id replace it, `[[override]]` changes fields, `disable` drops rules.
    pub fn load_overlay(self, path: &Path) -> Result<RulePack, RuleError> {
        let over = PackSource::read(path)?;
        self.with_overlay_sources(over)
    }

    /// Like [`RulePack::load_overlay`] from in-memory files.
    pub fn with_overlay_sources(self, over: Vec<PackSource>) -> Result<RulePack, RuleError> {
        let mut data = self.data.clone();
        for s in &over {
            data.merge_source(s, true)?;
        }
        let mut sources = self.sources;
        sources.extend(over);
        RulePack::finish(data, sources)
    }

    fn finish(data: PackData, sources: Vec<PackSource>) -> Result<RulePack, RuleError> {
        let (rules, config, issues) = data.resolve();
        if let Some(e) = issues.into_iter().find(|i| i.level == LintLevel::Error) {
            return Err(e.into_error());
        }
        let name = data.display_name();
        let version = data.display_version();
        Ok(RulePack {
            name,
            version,
            description: data.description.clone(),
            sources,
            data,
            rules,
            config,
        })
    }

    /// Pack name (`cn-livestream`, or `cn-livestream+site` with a site pack).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Pack version, recorded in every findings document.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// One-line description from the pack file.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// SHA-256 over the pack's files (names and texts, in load order), so a findings document
    /// says exactly which rules produced it.
    pub fn sha256(&self) -> String {
        let mut h = Sha256::new();
        for s in &self.sources {
            h.update(s.file.as_bytes());
            h.update([0u8]);
            h.update(s.text.as_bytes());
            h.update([0u8]);
        }
        hex::encode(h.finalize())
    }

    /// The enabled rules.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Settings, laws, contexts, negators, retraction and raise configuration.
    pub fn config(&self) -> &PackConfig {
        &self.config
    }

    /// The files the pack was built from.
    pub fn sources(&self) -> &[PackSource] {
        &self.sources
    }
}

/// Pack files merged in order, before validation.
#[derive(Debug, Clone, Default)]
pub(crate) struct PackData {
    name: Option<String>,
    version: Option<String>,
    overlay_names: Vec<String>,
    overlay_versions: Vec<String>,
    description: String,
    texts: BTreeMap<String, String>,
    laws: BTreeMap<String, RawLaw>,
    contexts: BTreeMap<String, Vec<String>>,
    lexicons: BTreeMap<String, Vec<String>>,
    settings: RawSettings,
    negators: Vec<String>,
    not_negators: Vec<String>,
    retraction: raw::RawRetraction,
    retraction_file: String,
    raise: raw::RawRaise,
    raise_file: String,
    rules: Vec<RawRule>,
    disabled: BTreeSet<String>,
    merge_issues: Vec<LintIssue>,
}

fn span_line(texts: &BTreeMap<String, String>, file: &str, span: std::ops::Range<usize>) -> usize {
    texts
        .get(file)
        .map(|t| crate::rules::error::line_col(t, span.start).0)
        .unwrap_or(0)
}

fn merge_list(target: &mut Vec<String>, lex: &raw::RawLexicon) {
    if !lex.terms.is_empty() {
        *target = lex.terms.clone();
    }
    target.extend(lex.add.iter().cloned());
}
