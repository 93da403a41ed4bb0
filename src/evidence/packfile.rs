//! Opening files of a pack that may come from anyone: a pack is checked because it is not
//! trusted, so a name in its manifest must not make liveaudit follow a symbolic link (to
//! `/dev/zero`, say, which never ends) or read more than the manifest says is there.
//!
//! Every file is looked at with `symlink_metadata` component by component (no link anywhere
//! on the path), must be a regular file, is checked again after opening (the same inode, so a
//! swap in between is caught), and is read only up to its listed size plus one byte.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Largest `manifest.json` read (a pack of thousands of clips stays far below).
pub const MAX_MANIFEST_BYTES: u64 = 64 << 20;
/// Largest seal or signature file read.
pub const MAX_SEAL_BYTES: u64 = 64 << 10;

/// Why a pack file could not be read as a regular file.
#[derive(Debug)]
pub enum PackFileError {
    /// Nothing at that path.
    Missing,
    /// Something that is not a regular file: what it is (a symbolic link, a directory, …).
    NotRegular(&'static str),
    /// Larger than allowed; reading stopped there.
    TooLarge(u64),
    /// Any other failure to read.
    Io(io::Error),
}

impl std::fmt::Display for PackFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackFileError::Missing => write!(f, "missing"),
            PackFileError::NotRegular(what) => write!(
                f,
                "not a regular file ({what}); a pack holds only regular files, so it was not read"
            ),
            PackFileError::TooLarge(max) => {
                write!(f, "larger than {max} bytes; not read past that")
            }
            PackFileError::Io(e) => write!(f, "cannot be read ({e})"),
        }
    }
}

impl From<io::Error> for PackFileError {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::NotFound {
            PackFileError::Missing
        } else {
            PackFileError::Io(e)
        }
    }
}

fn kind_of(m: &Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_symlink() {
        "a symbolic link"
    } else if t.is_dir() {
        "a directory"
    } else {
        "a device, pipe or socket"
    }
}

/// Opens `rel` (`/`-separated, already checked to stay inside) under `dir`: no component may
/// be a symbolic link, the last must be a regular file, and the file opened must be the one
/// looked at.
pub fn open_in_pack(dir: &Path, rel: &str) -> Result<File, PackFileError> {
    let mut path = dir.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        let m = std::fs::symlink_metadata(&path)?;
        let last = i + 1 == parts.len();
        if (last && !m.file_type().is_file()) || (!last && !m.file_type().is_dir()) {
            return Err(PackFileError::NotRegular(kind_of(&m)));
        }
    }
    open_regular(&path)
}

/// Opens `path` (its last component not a link) as a regular file, checked before and after.
pub fn open_regular(path: &Path) -> Result<File, PackFileError> {
    let before = std::fs::symlink_metadata(path)?;
    if !before.file_type().is_file() {
        return Err(PackFileError::NotRegular(kind_of(&before)));
    }
    let file = File::open(path)?;
    let after = file.metadata()?;
    if !after.file_type().is_file() || !same_file(&before, &after) {
        return Err(PackFileError::NotRegular("replaced while being opened"));
    }
    Ok(file)
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len()
}

/// A pack file hashed up to its listed size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashed {
    /// SHA-256 of what was read (meaningful only when `size` is the listed size).
    pub sha256: String,
    /// Bytes read: at most the listed size plus one.
    pub size: u64,
}

impl Hashed {
    /// True when the file holds more than the listed size (reading stopped one byte past it).
    pub fn larger_than(&self, listed: u64) -> bool {
        self.size > listed
    }
}

/// SHA-256 of pack file `rel` under `dir`, reading at most `listed + 1` bytes.
pub fn hash_in_pack(dir: &Path, rel: &str, listed: u64) -> Result<Hashed, PackFileError> {
    let file = open_in_pack(dir, rel)?;
    let (sha256, size) = crate::source::digest::sha256_reader(file.take(listed.saturating_add(1)))?;
    Ok(Hashed { sha256, size })
}

/// Reads the regular file `path` whole, refusing links and anything over `max` bytes.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, PackFileError> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(PackFileError::TooLarge(max));
    }
    Ok(bytes)
}

/// `read_bounded` with the error as an [`super::EvidenceError`] naming `path`.
pub fn read_pack_file(path: &Path, max: u64) -> Result<Vec<u8>, super::EvidenceError> {
    read_bounded(path, max).map_err(|e| match e {
        PackFileError::Io(source) => super::EvidenceError::Io {
            path: path.to_path_buf(),
            source,
        },
        PackFileError::Missing => super::EvidenceError::Io {
            path: path.to_path_buf(),
            source: io::Error::from(io::ErrorKind::NotFound),
        },
        other => super::EvidenceError::BadInput {
            path: PathBuf::from(path),
            detail: other.to_string(),
        },
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_and_devices_are_refused_and_reads_stop_past_the_listed_size() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("evidence")).unwrap();
        std::fs::write(d.path().join("evidence/a.wav"), b"abcdef").unwrap();
        std::os::unix::fs::symlink("/dev/zero", d.path().join("evidence/z.wav")).unwrap();
        std::os::unix::fs::symlink(d.path().join("evidence"), d.path().join("link")).unwrap();
        let h = hash_in_pack(d.path(), "evidence/a.wav", 3).unwrap();
        assert_eq!(h.size, 4);
        assert!(h.larger_than(3));
        assert_eq!(hash_in_pack(d.path(), "evidence/a.wav", 6).unwrap().size, 6);
        assert!(matches!(
            hash_in_pack(d.path(), "evidence/z.wav", 10),
            Err(PackFileError::NotRegular("a symbolic link"))
        ));
        assert!(matches!(
            hash_in_pack(d.path(), "link/a.wav", 6),
            Err(PackFileError::NotRegular("a symbolic link"))
        ));
        assert!(matches!(
            hash_in_pack(d.path(), "evidence/none.wav", 6),
            Err(PackFileError::Missing)
        ));
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 100),
            Err(PackFileError::NotRegular(_))
        ));
        assert!(matches!(
            read_bounded(&d.path().join("evidence/a.wav"), 5),
            Err(PackFileError::TooLarge(5))
        ));
    }
}
