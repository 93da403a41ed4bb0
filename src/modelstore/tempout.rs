//! Output files written under a temporary name beside their destination and renamed into place
//! only once complete, so an interrupted conversion or download never leaves a half file
//! where a model is expected.

use std::fs::File;
use std::path::{Path, PathBuf};

use super::ModelError;

/// A temporary file beside the destination, removed on drop unless committed.
pub(crate) struct TempOut {
    pub(crate) path: PathBuf,
    file: Option<File>,
    committed: bool,
}

impl TempOut {
    /// A new empty temporary file in the folder of `out` (created if missing).
    pub(crate) fn create(out: &Path) -> Result<Self, ModelError> {
        let dir = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir).map_err(|e| ModelError::io(&dir, e))?;
        let name = out
            .file_name()
            .ok_or_else(|| ModelError::MissingFile {
                path: out.to_path_buf(),
                what: "output file name".into(),
            })?
            .to_string_lossy();
        // Unique per process and call, so concurrent conversions never share a temp file.
        static SEQ: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let seq = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = dir.join(format!(".{name}.part-{}-{seq}", std::process::id()));
        let file = File::create(&path).map_err(|e| ModelError::io(&path, e))?;
        Ok(TempOut {
            path,
            file: Some(file),
            committed: false,
        })
    }

    /// Another handle on the open file, to write through.
    pub(crate) fn file(&self) -> Result<File, ModelError> {
        self.file
            .as_ref()
            .expect("file present until commit")
            .try_clone()
            .map_err(|e| ModelError::io(&self.path, e))
    }

    /// Renames the finished file to `out`.
    pub(crate) fn commit(mut self, out: &Path) -> Result<(), ModelError> {
        self.file.take();
        std::fs::rename(&self.path, out).map_err(|e| ModelError::io(out, e))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for TempOut {
    fn drop(&mut self) {
        if !self.committed {
            self.file.take();
            let _ = std::fs::remove_file(&self.path);
        }
    }
}
