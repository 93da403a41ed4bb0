//! Step two of argument handling: raw flags (plus environment and the optional config file)
//! validated into the settings a command runs on. Everything that can be wrong with the
//! invocation is found here, before any recording is touched.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::args::AsrArgs;
use crate::asr::AsrConfig;

/// A problem with how liveaudit was invoked or configured (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// Defaults from the optional TOML config file (`--config` / LIVEAUDIT_CONFIG).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub model: Option<String>,
    pub threads: Option<usize>,
    pub rules: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub beam_size: Option<i32>,
    /// Request headers for http(s) sources ("Name: value").
    pub source_headers: Option<Vec<String>>,
}

impl FileConfig {
    /// Reads the config file if one was given; a syntax error names the file and line.
    pub fn load(path: Option<&Path>) -> Result<FileConfig, UsageError> {
        let Some(path) = path else {
            return Ok(FileConfig::default());
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| UsageError(format!("cannot read config file {}: {e}", path.display())))?;
        toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
                .unwrap_or(0);
            UsageError(format!(
                "config file {} line {line}: {}",
                path.display(),
                e.message()
            ))
        })
    }
}

/// Validated Whisper settings.
#[derive(Debug, Clone)]
pub struct AsrSettings {
    pub model_path: PathBuf,
    pub config: AsrConfig,
}

/// Resolves the model and decoding options from flags, environment and config file.
pub fn asr_settings(args: &AsrArgs, file: &FileConfig) -> Result<AsrSettings, UsageError> {
    let model_arg = args.model.clone().or_else(|| file.model.clone());
    let model_path = crate::modelstore::resolve_model(model_arg.as_deref())
        .map_err(|e| UsageError(e.to_string()))?;
    let mut config = AsrConfig::default();
    if let Some(t) = args.threads.or(file.threads) {
        if t == 0 || t > 256 {
            return Err(UsageError(format!(
                "--threads must be between 1 and 256, got {t}"
            )));
        }
        config.threads = t;
    }
    if let Some(b) = args.beam_size.or(file.beam_size) {
        if !(1..=16).contains(&b) {
            return Err(UsageError(format!(
                "--beam-size must be between 1 and 16, got {b}"
            )));
        }
        config.beam_size = Some(b);
    }
    Ok(AsrSettings { model_path, config })
}

/// Source fetching options from flags, LIVEAUDIT_SOURCE_HEADERS and the config file.
pub fn source_options(
    args: &super::args::SourceArgs,
    file: &FileConfig,
) -> Result<crate::source::SourceOptions, UsageError> {
    let mut opts = crate::source::SourceOptions {
        allow_private: args.allow_private_sources,
        ..Default::default()
    };
    let env = std::env::var("LIVEAUDIT_SOURCE_HEADERS").unwrap_or_default();
    let lines = file
        .source_headers
        .iter()
        .flatten()
        .map(String::as_str)
        .chain(env.lines())
        .chain(args.headers.iter().map(String::as_str))
        .filter(|l| !l.trim().is_empty());
    for line in lines {
        // The value may be a secret: only the name goes into the message.
        let header = crate::source::parse_header(line).map_err(|e| {
            let name = line.split(':').next().unwrap_or("").trim();
            UsageError(format!("source header '{name}': {e}"))
        })?;
        opts.headers.push(header);
    }
    if let Some(secs) = args.source_timeout {
        if !(1..=3600).contains(&secs) {
            return Err(UsageError(format!(
                "--source-timeout must be between 1 and 3600 seconds, got {secs}"
            )));
        }
        opts.read_timeout = std::time::Duration::from_secs(secs);
        opts.connect_timeout = opts.connect_timeout.min(opts.read_timeout);
    }
    Ok(opts)
}

/// One recording to audit and the name its outputs go under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputSpec {
    pub path: PathBuf,
    pub name: String,
}

/// File endings treated as recordings when a directory is given.
const RECORDING_EXTENSIONS: &[&str] = &[
    "flv", "ts", "m2ts", "mts", "m4a", "mp4", "m4v", "mov", "aac", "mp3", "wav", "flac", "ogg",
    "oga", "opus", "mkv", "mka", "webm", "m3u8",
];

/// Output name of a recording: the file stem; for an HLS playlist `…/<name>_hls/index.m3u8`
/// or `…/<name>/index.m3u8`, the folder name without `_hls` (FINDINGS.md).
pub fn output_name(path: &Path) -> String {
    let text = path.to_string_lossy();
    if crate::source::is_url(&text) {
        // A URL: its path decides, never its query (which may hold a token).
        let url_path = url::Url::parse(&text)
            .map(|u| u.path().to_string())
            .unwrap_or_default();
        if !url_path.trim_matches('/').is_empty() {
            return output_name(Path::new(&url_path));
        }
        return "input".into();
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let is_playlist = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("m3u8"));
    if is_playlist
        && matches!(
            stem.as_str(),
            "index" | "playlist" | "master" | "main" | "stream"
        )
    {
        if let Some(dir) = path.parent().and_then(|p| p.file_name()) {
            let dir = dir.to_string_lossy();
            return dir.strip_suffix("_hls").unwrap_or(&dir).to_string();
        }
    }
    if stem.is_empty() {
        "input".into()
    } else {
        stem
    }
}

/// Expands directories into the recordings they hold (sorted, not recursive beyond HLS
/// folders) and gives every input a distinct output name. Paths that do not exist are kept:
/// they are reported as bad inputs when their turn comes, without stopping the others.
pub fn expand_inputs(paths: &[PathBuf]) -> Vec<InputSpec> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            if let Ok(entries) = std::fs::read_dir(p) {
                for e in entries.flatten() {
                    let path = e.path();
                    if path.is_dir() {
                        // An HLS recording is a folder with a playlist in it.
                        for name in ["index.m3u8", "playlist.m3u8"] {
                            if path.join(name).is_file() {
                                found.push(path.join(name));
                                break;
                            }
                        }
                    } else if has_recording_extension(&path) {
                        found.push(path);
                    }
                }
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    let mut used = HashSet::new();
    files
        .into_iter()
        .map(|path| {
            let base = output_name(&path);
            let mut name = base.clone();
            let mut n = 2;
            while !used.insert(name.clone()) {
                name = format!("{base}-{n}");
                n += 1;
            }
            InputSpec { path, name }
        })
        .collect()
}

fn has_recording_extension(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| RECORDING_EXTENSIONS.contains(&e.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_follow_the_findings_spec() {
        assert_eq!(
            output_name(Path::new("a/pub01_facecream.flv")),
            "pub01_facecream"
        );
        assert_eq!(
            output_name(Path::new("c/pub07_milk_hls/index.m3u8")),
            "pub07_milk"
        );
        assert_eq!(output_name(Path::new("c/room9/index.m3u8")), "room9");
        assert_eq!(output_name(Path::new("c/live.m3u8")), "live");
        assert_eq!(
            output_name(Path::new("http://h:8/x/pub07_milk_hls/index.m3u8?t=secret")),
            "pub07_milk"
        );
        assert_eq!(output_name(Path::new("https://h/rec/a.flv?t=1")), "a");
    }

    #[test]
    fn duplicate_names_in_one_batch_get_suffixes() {
        let specs = expand_inputs(&[PathBuf::from("x/a.mp3"), PathBuf::from("y/a.wav")]);
        assert_eq!(specs[0].name, "a");
        assert_eq!(specs[1].name, "a-2");
    }

    #[test]
    fn config_file_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "threads = 2\nmodel = \n").unwrap();
        let e = FileConfig::load(Some(&p)).unwrap_err().to_string();
        assert!(e.contains("c.toml line 2"), "{e}");
    }
}
