//! Finding a model file on disk: explicit path or manifest name, `LIVEAUDIT_MODEL`, the
//! checkout's `models/`, next to the executable, the per-user cache — and listing what is there.

use std::path::{Path, PathBuf};

use super::manifest::{manifest, ManifestEntry};
use super::ModelError;

/// The model used when none is named: Whisper base quantized to q8_0, which
/// scripts/fetch-models.sh makes from the converted f16 file. On the public corpus it is as
/// accurate as f16 (CER 0.082 against 0.085) and about 1.3× faster on CPU, where the decoder is
/// bound by reading weights.
pub const DEFAULT_MODEL: &str = "base-q8_0";

/// Taken when [`DEFAULT_MODEL`] is not on disk (a checkout with only the f16 conversion).
pub const FALLBACK_MODEL: &str = "base";

/// Directories searched for model files, in order:
/// `./models`, `<exe>/../../models` (target/release/liveaudit → checkout/models),
/// `$LIVEAUDIT_HOME/models`, `$LIVEAUDIT_CACHE/models`, `~/.cache/liveaudit/models`.
pub fn model_dirs() -> Vec<PathBuf> {
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    search_dirs(
        std::env::current_dir().ok().as_deref(),
        std::env::current_exe().ok().as_deref(),
        env("LIVEAUDIT_HOME").as_deref(),
        env("LIVEAUDIT_CACHE").as_deref(),
        env("HOME").as_deref(),
    )
}

/// `model_dirs` as a pure function of its inputs.
fn search_dirs(
    cwd: Option<&Path>,
    exe: Option<&Path>,
    liveaudit_home: Option<&Path>,
    liveaudit_cache: Option<&Path>,
    home: Option<&Path>,
) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(cwd) = cwd {
        dirs.push(cwd.join("models"));
    }
    if let Some(root) = exe
        .and_then(|e| e.parent())
        .and_then(|d| d.parent())
        .and_then(|d| d.parent())
    {
        dirs.push(root.join("models"));
    }
    if let Some(h) = liveaudit_home {
        dirs.push(h.join("models"));
    }
    if let Some(c) = liveaudit_cache {
        dirs.push(c.join("models"));
    }
    if let Some(h) = home {
        dirs.push(h.join(".cache").join("liveaudit").join("models"));
    }
    let mut unique = Vec::new();
    for d in dirs {
        if !unique.contains(&d) {
            unique.push(d);
        }
    }
    unique
}

/// The default model (`ggml-base-q8_0.bin`, else `ggml-base.bin`) if it exists anywhere
/// `model_dirs` looks.
pub fn default_model_path() -> Option<PathBuf> {
    let dirs = model_dirs();
    [DEFAULT_MODEL, FALLBACK_MODEL].iter().find_map(|name| {
        let file = manifest().lookup(name)?.file.clone();
        dirs.iter().map(|d| d.join(&file)).find(|p| p.is_file())
    })
}

fn looks_like_path(s: &str) -> bool {
    s.contains('/')
        || s.contains(std::path::MAIN_SEPARATOR)
        || s.ends_with(".bin")
        || s.starts_with('.')
}

/// Resolves one name or path (see `resolve_model`).
fn resolve_one(arg: &str, dirs: &[PathBuf]) -> Result<PathBuf, ModelError> {
    let p = Path::new(arg);
    if p.is_file() {
        return Ok(p.to_path_buf());
    }
    let file = match manifest().lookup(arg) {
        Some(e) => e.file.clone(),
        None if looks_like_path(arg) => {
            return Err(ModelError::MissingFile {
                path: p.to_path_buf(),
                what: "model file (run scripts/fetch-models.sh to build models/ggml-base.bin)"
                    .into(),
            })
        }
        None => format!("ggml-{arg}.bin"),
    };
    dirs.iter()
        .map(|d| d.join(&file))
        .find(|p| p.is_file())
        .ok_or_else(|| ModelError::NotFound {
            wanted: file,
            searched: dirs.to_vec(),
        })
}

/// The model file to load: `arg` (a path, or a manifest name like `base` →
/// `ggml-base.bin` searched in `model_dirs`); without one, `$LIVEAUDIT_MODEL` (path or name);
/// without that, `ggml-base-q8_0.bin` or else `ggml-base.bin` in `model_dirs`. The error says
/// to run scripts/fetch-models.sh.
pub fn resolve_model(arg: Option<&str>) -> Result<PathBuf, ModelError> {
    let dirs = model_dirs();
    if let Some(a) = arg.filter(|a| !a.trim().is_empty()) {
        return resolve_one(a.trim(), &dirs);
    }
    if let Ok(env) = std::env::var("LIVEAUDIT_MODEL") {
        if !env.trim().is_empty() {
            return resolve_one(env.trim(), &dirs);
        }
    }
    resolve_default(&dirs)
}

/// [`DEFAULT_MODEL`] in `dirs`, else [`FALLBACK_MODEL`]; the error names the default.
fn resolve_default(dirs: &[PathBuf]) -> Result<PathBuf, ModelError> {
    resolve_one(DEFAULT_MODEL, dirs).or_else(|e| resolve_one(FALLBACK_MODEL, dirs).map_err(|_| e))
}

/// One row of `liveaudit models list`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ModelListing {
    /// File name (`ggml-base.bin`).
    pub file: String,
    /// Where it is, if present in the listed directory.
    pub path: Option<PathBuf>,
    /// Size on disk, if present.
    pub size: Option<u64>,
    /// The manifest entry for a file of this name: matched by name and size, and by SHA-256
    /// only where entries share both (`verify` always hashes).
    pub entry: Option<ManifestEntry>,
    /// Present and as large as the manifest entry says (a cheap check; `verify` is the real one).
    pub size_matches: Option<bool>,
}

/// The ggml files in `dir` (`*.bin`, not hidden, not temporaries) followed by the official
/// manifest models that are not there (with `path: None`), so users see what they can fetch.
pub fn list_models(dir: &Path) -> Vec<ModelListing> {
    let m = manifest();
    let mut present = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for ent in rd.flatten() {
            let name = ent.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || !name.ends_with(".bin") {
                continue;
            }
            let Ok(md) = ent.metadata() else { continue };
            if !md.is_file() {
                continue;
            }
            let entries: Vec<&ManifestEntry> =
                m.entries().iter().filter(|e| e.file == name).collect();
            let size = md.len();
            // Several entries may share a file name and size (the official ggml-base.bin and
            // our conversion): only then is the file hashed to tell them apart.
            let same_size: Vec<&&ManifestEntry> =
                entries.iter().filter(|e| e.size == size).collect();
            let entry = match same_size.len() {
                0 => entries.first().map(|e| (*e).clone()),
                1 => Some((*same_size[0]).clone()),
                _ => super::verify::sha256_file(&ent.path())
                    .ok()
                    .and_then(|sha| {
                        same_size
                            .iter()
                            .find(|e| e.sha256 == sha)
                            .map(|e| (**e).clone())
                    }),
            };
            present.push(ModelListing {
                size_matches: entry.as_ref().map(|e| e.size == size),
                file: name,
                path: Some(ent.path()),
                size: Some(size),
                entry,
            });
        }
    }
    present.sort_by(|a, b| a.file.cmp(&b.file));
    let mut seen: Vec<String> = present.iter().map(|l| l.file.clone()).collect();
    for e in m.entries() {
        if e.origin == super::manifest::Origin::Official && !seen.contains(&e.file) {
            seen.push(e.file.clone());
            present.push(ModelListing {
                file: e.file.clone(),
                path: None,
                size: None,
                entry: Some(e.clone()),
                size_matches: None,
            });
        }
    }
    present
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_order() {
        let d = search_dirs(
            Some(Path::new("/w")),
            Some(Path::new("/repo/target/release/liveaudit")),
            Some(Path::new("/lh")),
            None,
            Some(Path::new("/home/u")),
        );
        let want: Vec<PathBuf> = [
            "/w/models",
            "/repo/models",
            "/lh/models",
            "/home/u/.cache/liveaudit/models",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(d, want);
        // The checkout's models/ seen twice (cwd = checkout) is listed once.
        let d = search_dirs(
            Some(Path::new("/repo")),
            Some(Path::new("/repo/target/debug/x")),
            None,
            None,
            None,
        );
        assert_eq!(d, vec![PathBuf::from("/repo/models")]);
    }

    #[test]
    fn names_and_paths() {
        let dir = std::env::temp_dir().join(format!("la-resolve-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("ggml-tiny.bin"), b"x").unwrap();
        let dirs = vec![dir.join("nope"), dir.clone()];
        assert_eq!(
            resolve_one("tiny", &dirs).unwrap(),
            dir.join("ggml-tiny.bin")
        );
        let e = resolve_one("base", &dirs).unwrap_err();
        assert!(e.to_string().contains("scripts/fetch-models.sh"), "{e}");
        // Without the q8_0 default the f16 file is taken; with it, the q8_0 one.
        let e = resolve_default(&dirs).unwrap_err();
        assert!(e.to_string().contains("ggml-base-q8_0.bin"), "{e}");
        std::fs::write(dir.join("ggml-base.bin"), b"x").unwrap();
        assert_eq!(resolve_default(&dirs).unwrap(), dir.join("ggml-base.bin"));
        std::fs::write(dir.join("ggml-base-q8_0.bin"), b"x").unwrap();
        assert_eq!(
            resolve_default(&dirs).unwrap(),
            dir.join("ggml-base-q8_0.bin")
        );
        std::fs::remove_file(dir.join("ggml-base.bin")).unwrap();
        std::fs::remove_file(dir.join("ggml-base-q8_0.bin")).unwrap();
        assert!(matches!(
            resolve_one("./missing.bin", &dirs),
            Err(ModelError::MissingFile { .. })
        ));
        let listing = list_models(&dir);
        assert_eq!(listing[0].file, "ggml-tiny.bin");
        assert_eq!(listing[0].size_matches, Some(false));
        assert!(listing
            .iter()
            .any(|l| l.file == "ggml-base.bin" && l.path.is_none()));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
