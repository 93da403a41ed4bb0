//! Which recordings an `audit` run covers: directories expanded to the recordings in them,
//! manifests (.txt/.list/.jsonl) expanded to the recordings they list, and a distinct output
//! name for each.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::UsageError;

/// File endings read as manifests (lists of recordings) rather than recordings.
const TEXT_MANIFEST: &[&str] = &["txt", "list"];
const JSONL_MANIFEST: &[&str] = &["jsonl"];

/// Replaces manifest files among `inputs` with the recordings they list; other inputs pass
/// through unchanged, in order.
///
/// Manifest formats (decided by the file ending):
/// - `.txt` / `.list`: one recording (path, directory, playlist or URL) per line; blank lines
///   and lines starting with `#` are ignored.
/// - `.jsonl`: one JSON object per line with `"source"`: a string, or an object with `"uri"`
///   (so job messages written for `liveaudit enqueue --jsonl` work too); blank and `#` lines
///   are ignored.
///
/// Relative paths are taken from the manifest's own folder. A manifest that cannot be read or
/// parsed is an invocation error naming the file and line; a listed recording that does not
/// exist is reported as a bad input when its turn comes, like one given on the command line.
pub fn expand_manifests(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, UsageError> {
    let mut out = Vec::new();
    for input in inputs {
        let ext = input
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let jsonl = JSONL_MANIFEST.contains(&ext.as_str());
        if !(jsonl || TEXT_MANIFEST.contains(&ext.as_str())) || !input.is_file() {
            out.push(input.clone());
            continue;
        }
        let text = std::fs::read_to_string(input)
            .map_err(|e| UsageError(format!("cannot read manifest {}: {e}", input.display())))?;
        let base = input.parent().unwrap_or(Path::new(""));
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let entry = if jsonl {
                jsonl_source(line).map_err(|e| {
                    UsageError(format!("manifest {} line {}: {e}", input.display(), n + 1))
                })?
            } else {
                line.to_string()
            };
            if crate::source::is_url(&entry) || Path::new(&entry).is_absolute() {
                out.push(PathBuf::from(entry));
            } else {
                out.push(base.join(entry));
            }
        }
    }
    Ok(out)
}

/// The recording named by one JSONL manifest line.
fn jsonl_source(line: &str) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let source = value
        .get("source")
        .ok_or("expected an object with \"source\"")?;
    let s = match source {
        serde_json::Value::String(s) => s.as_str(),
        serde_json::Value::Object(o) => o
            .get("uri")
            .and_then(|u| u.as_str())
            .ok_or("\"source\" object without a \"uri\" string")?,
        _ => return Err("\"source\" must be a string or {\"uri\": ...}".into()),
    };
    if s.trim().is_empty() {
        return Err("\"source\" is empty".into());
    }
    Ok(s.trim().to_string())
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
    crate::source::input::safe_output_name(&raw_output_name(path))
}

/// The name before it is made safe.
fn raw_output_name(path: &Path) -> String {
    let text = path.to_string_lossy();
    if crate::source::is_url(&text) {
        // A URL: its path decides, never its query (which may hold a token).
        let url_path = url::Url::parse(&text)
            .map(|u| u.path().to_string())
            .unwrap_or_default();
        if !url_path.trim_matches('/').is_empty() {
            return raw_output_name(Path::new(&url_path));
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
        // Names from outside never climb out of --out.
        assert_eq!(output_name(Path::new("in/...wav")), "input");
        assert_eq!(output_name(Path::new("https://h/...flv")), "input");
        assert_eq!(output_name(Path::new("c/.._hls/index.m3u8")), "input");
    }

    #[test]
    fn duplicate_names_in_one_batch_get_suffixes() {
        let specs = expand_inputs(&[PathBuf::from("x/a.mp3"), PathBuf::from("y/a.wav")]);
        assert_eq!(specs[0].name, "a");
        assert_eq!(specs[1].name, "a-2");
    }

    #[test]
    fn manifests_list_recordings_relative_to_themselves() {
        let dir = tempfile::tempdir().unwrap();
        let txt = dir.path().join("batch.txt");
        std::fs::write(
            &txt,
            "# today's rooms\n\na.flv\n  sub/b.mp3  \n/abs/c.wav\nhttps://h/r/d.flv?t=1\n",
        )
        .unwrap();
        let jsonl = dir.path().join("jobs.jsonl");
        std::fs::write(
            &jsonl,
            "{\"source\": \"e.m4a\"}\n\n{\"job_id\": \"x\", \"source\": {\"uri\": \"/abs/f.ts\"}}\n",
        )
        .unwrap();
        let other = PathBuf::from("g.ogg");
        let got = expand_manifests(&[txt, other.clone(), jsonl]).unwrap();
        let d = dir.path();
        assert_eq!(
            got,
            vec![
                d.join("a.flv"),
                d.join("sub/b.mp3"),
                PathBuf::from("/abs/c.wav"),
                PathBuf::from("https://h/r/d.flv?t=1"),
                other,
                d.join("e.m4a"),
                PathBuf::from("/abs/f.ts"),
            ]
        );
    }

    #[test]
    fn broken_manifest_lines_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let jsonl = dir.path().join("jobs.jsonl");
        std::fs::write(&jsonl, "{\"source\": \"a.wav\"}\n{\"src\": \"b.wav\"}\n").unwrap();
        let e = expand_manifests(&[jsonl]).unwrap_err().to_string();
        assert!(e.contains("jobs.jsonl line 2"), "{e}");
        assert!(e.contains("\"source\""), "{e}");
        // A missing .txt is not read as a manifest: it stays an input (reported as bad later).
        let missing = dir.path().join("nope.txt");
        assert_eq!(
            expand_manifests(std::slice::from_ref(&missing)).unwrap(),
            vec![missing]
        );
    }
}
