//! The model manifest (`models/manifest.toml`, embedded at build time): which ggml files exist,
//! their sizes and SHA-256, and where official ones are downloaded from.

use std::sync::OnceLock;

use super::ModelError;

const MANIFEST_TOML: &str = include_str!("../../models/manifest.toml");

/// Where a manifest entry's file comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Published in whisper.cpp's model repository; downloadable with `fetch`.
    Official,
    /// Produced by our own converter from a CTranslate2 model; built, not downloaded.
    Converted,
}

/// One known model file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub struct ManifestEntry {
    /// What users type: `base`, `large-v3-turbo-q5_0`, …
    pub name: String,
    /// File name on disk and on the download server.
    pub file: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256, lower-case hex.
    pub sha256: String,
    /// Whisper size (`base`, `large-v3-turbo`, `base.en`, …), as `verify` derives it.
    #[serde(rename = "type")]
    pub model_type: String,
    /// Weight type: `f16`, `q5_0`, `q5_1`, `q8_0`.
    pub ftype: String,
    pub origin: Origin,
    /// Free-text remark.
    #[serde(default)]
    pub note: Option<String>,
}

impl ManifestEntry {
    /// True for multilingual models (the only ones that can transcribe Mandarin).
    pub fn is_multilingual(&self) -> bool {
        !self.model_type.ends_with(".en")
    }
}

#[derive(Debug, serde::Deserialize)]
struct Download {
    base_url: String,
}

/// The parsed manifest.
#[derive(Debug, serde::Deserialize)]
pub struct Manifest {
    download: Download,
    #[serde(rename = "model")]
    models: Vec<ManifestEntry>,
}

impl Manifest {
    /// Every entry, in manifest order.
    pub fn entries(&self) -> &[ManifestEntry] {
        &self.models
    }

    /// The download base URL (`{base_url}/{file}`); `LIVEAUDIT_MODEL_BASE_URL` overrides it.
    pub fn base_url(&self) -> String {
        match std::env::var("LIVEAUDIT_MODEL_BASE_URL") {
            Ok(u) if !u.trim().is_empty() => u.trim().trim_end_matches('/').to_string(),
            _ => self.download.base_url.trim_end_matches('/').to_string(),
        }
    }

    /// The entry a user-supplied name means: `base`, `ggml-base`, `ggml-base.bin`.
    /// Official entries win over converted ones with the same file name.
    pub fn lookup(&self, name: &str) -> Option<&ManifestEntry> {
        let n = name.trim();
        self.models.iter().find(|e| e.name == n).or_else(|| {
            self.models
                .iter()
                .find(|e| e.file == n || e.file.strip_suffix(".bin") == Some(n))
        })
    }

    /// The entry whose SHA-256 is `sha256` (lower-case hex).
    pub fn by_sha256(&self, sha256: &str) -> Option<&ManifestEntry> {
        self.models
            .iter()
            .find(|e| e.sha256.eq_ignore_ascii_case(sha256))
    }

    /// Comma-separated official names, for error messages.
    pub fn official_names(&self) -> String {
        self.models
            .iter()
            .filter(|e| e.origin == Origin::Official)
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `lookup` or an `UnknownModel` error listing the names.
    pub fn require(&self, name: &str) -> Result<&ManifestEntry, ModelError> {
        self.lookup(name).ok_or_else(|| ModelError::UnknownModel {
            name: name.to_string(),
            known: self.official_names(),
        })
    }
}

/// The embedded manifest. It is a constant of the build, checked by this module's tests, so a
/// parse failure is a build defect and panics.
pub fn manifest() -> &'static Manifest {
    static M: OnceLock<Manifest> = OnceLock::new();
    M.get_or_init(|| toml::from_str(MANIFEST_TOML).expect("models/manifest.toml is valid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_parses_and_is_consistent() {
        let m = manifest();
        assert!(m.entries().len() >= 10);
        let mut names = std::collections::HashSet::new();
        let mut shas = std::collections::HashSet::new();
        for e in m.entries() {
            assert!(names.insert(e.name.clone()), "duplicate name {}", e.name);
            assert!(shas.insert(e.sha256.clone()), "duplicate sha {}", e.sha256);
            assert_eq!(e.sha256.len(), 64, "{}", e.name);
            assert!(e
                .sha256
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
            assert!(
                e.file.starts_with("ggml-") && e.file.ends_with(".bin"),
                "{}",
                e.file
            );
            assert!(e.size > 10_000_000);
        }
        assert!(m.base_url().starts_with("https://"));
    }

    #[test]
    fn lookups() {
        let m = manifest();
        let base = m.lookup("base").unwrap();
        assert_eq!((base.size, base.origin), (147_951_465, Origin::Official));
        assert_eq!(m.lookup("ggml-base.bin").unwrap().name, "base");
        assert_eq!(
            m.lookup("ggml-large-v3-turbo").unwrap().name,
            "large-v3-turbo"
        );
        assert_eq!(
            m.by_sha256(&base.sha256.to_uppercase()).unwrap().name,
            "base"
        );
        assert!(matches!(
            m.require("huge"),
            Err(ModelError::UnknownModel { .. })
        ));
    }
}
