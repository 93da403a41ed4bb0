//! Runs the rule engine over a folder of transcripts and writes findings documents the corpus
//! scorer reads.
//!
//! usage: cargo run --release --example check_dir -- IN_DIR OUT_DIR [--rules SITE_PACK]
//!
//! IN_DIR holds either `<id>/findings.json` (or `<id>.json`) documents, whose `transcript` is
//! re-checked, or corpus `<id>.truth.json` files, whose utterances (the spoken script) become
//! the transcript. Each result goes to `OUT_DIR/<id>/findings.json`; score it with
//! `python3 ../shared/tools/score.py ../shared/corpus/livestream OUT_DIR`.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use liveaudit::rules::{RuleEngine, RulePack};
use liveaudit::transcript::Segment;
use serde_json::{json, Value};

mod common;

fn inputs(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let p = e?.path();
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if p.is_dir() && p.join("findings.json").exists() {
            out.push((name, p.join("findings.json")));
        } else if let Some(id) = name.strip_suffix(".truth.json") {
            out.push((id.to_string(), p.clone()));
        } else if let Some(id) = name.strip_suffix(".json") {
            out.push((id.to_string(), p.clone()));
        }
    }
    out.sort();
    Ok(out)
}

fn transcript(doc: &Value) -> Result<Vec<Segment>> {
    if let Some(t) = doc.get("transcript") {
        return Ok(serde_json::from_value(t.clone())?);
    }
    let Some(segs) = common::truth_segments(doc) else {
        bail!("neither transcript nor utterances");
    };
    Ok(segs)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut site = None;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--rules" {
            site = it.next().map(PathBuf::from);
        } else {
            pos.push(a);
        }
    }
    if pos.len() != 2 {
        bail!("usage: check_dir IN_DIR OUT_DIR [--rules SITE_PACK]");
    }
    let mut pack = RulePack::builtin()?;
    if let Some(p) = site {
        pack = pack.load_overlay(&p)?;
    }
    let engine = RuleEngine::new(&pack)?;
    let out_dir = PathBuf::from(&pos[1]);
    for (id, path) in inputs(Path::new(&pos[0]))? {
        let text = std::fs::read_to_string(&path)?;
        let mut doc: Value =
            serde_json::from_str(&text).with_context(|| format!("{}", path.display()))?;
        let segs = transcript(&doc).with_context(|| format!("{}", path.display()))?;
        let mut findings = engine.check(&segs);
        for (i, f) in findings.iter_mut().enumerate() {
            f.id = format!("f{:04}", i + 1);
        }
        if doc.get("transcript").is_none() {
            doc = json!({ "schema": "liveaudit.findings/v1", "transcript": segs });
        }
        // Through text, so f32 confidences print as written (0.85, not 0.8500000238418579).
        doc["findings"] = serde_json::from_str(&serde_json::to_string(&findings)?)?;
        if let Some(engine_info) = doc.get_mut("engine") {
            engine_info["rule_pack"] = json!(pack.name());
            engine_info["rule_pack_version"] = json!(pack.version());
            engine_info["rule_pack_sha256"] = json!(pack.sha256());
        }
        let dir = out_dir.join(&id);
        std::fs::create_dir_all(&dir)?;
        std::fs::write(
            dir.join("findings.json"),
            serde_json::to_string_pretty(&doc)?,
        )?;
        println!("{id}: {} segments, {} findings", segs.len(), findings.len());
    }
    Ok(())
}
