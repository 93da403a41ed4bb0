//! A bounds-checked little-endian reader shared by the CTranslate2 and ggml parsers: it knows
//! the file length, so it reports truncation with the offset and never reads past the end.

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use super::ModelError;

/// Position-tracking reader that names what it was reading when the file ended.
pub(crate) struct Cursor<'a, R> {
    r: R,
    pub(crate) pos: u64,
    pub(crate) len: u64,
    pub(crate) path: &'a Path,
}

impl<'a, R: Read + Seek> Cursor<'a, R> {
    pub(crate) fn new(r: R, len: u64, path: &'a Path) -> Self {
        Cursor {
            r,
            pos: 0,
            len,
            path,
        }
    }

    pub(crate) fn truncated(&self, what: &str, need: u64) -> ModelError {
        ModelError::Truncated {
            path: self.path.to_path_buf(),
            detail: format!(
                "file ends at byte {} while reading {what} ({need} bytes at offset {})",
                self.len, self.pos
            ),
        }
    }

    pub(crate) fn absurd(&self, what: &str, value: u64, limit: u64) -> ModelError {
        ModelError::AbsurdSize {
            path: self.path.to_path_buf(),
            what: format!("{what} at offset {}", self.pos),
            value,
            limit,
        }
    }

    pub(crate) fn fill(&mut self, buf: &mut [u8], what: &str) -> Result<(), ModelError> {
        if self.pos + buf.len() as u64 > self.len {
            return Err(self.truncated(what, buf.len() as u64));
        }
        self.r.read_exact(buf).map_err(|e| {
            if e.kind() == std::io::ErrorKind::UnexpectedEof {
                self.truncated(what, buf.len() as u64)
            } else {
                ModelError::io(self.path, e)
            }
        })?;
        self.pos += buf.len() as u64;
        Ok(())
    }

    pub(crate) fn u8(&mut self, what: &str) -> Result<u8, ModelError> {
        let mut b = [0u8; 1];
        self.fill(&mut b, what)?;
        Ok(b[0])
    }

    pub(crate) fn u32(&mut self, what: &str) -> Result<u32, ModelError> {
        let mut b = [0u8; 4];
        self.fill(&mut b, what)?;
        Ok(u32::from_le_bytes(b))
    }

    pub(crate) fn bytes(&mut self, n: usize, what: &str) -> Result<Vec<u8>, ModelError> {
        // n is bounded by the caller (u16 or checked against the file length).
        let mut v = vec![0u8; n];
        self.fill(&mut v, what)?;
        Ok(v)
    }

    pub(crate) fn string(&mut self, what: &str) -> Result<String, ModelError> {
        let mut b = [0u8; 2];
        self.fill(&mut b, what)?;
        let n = u16::from_le_bytes(b) as usize;
        let mut s = self.bytes(n, what)?;
        if s.last() == Some(&0) {
            s.pop();
        }
        String::from_utf8(s).map_err(|_| ModelError::Corrupt {
            path: self.path.to_path_buf(),
            detail: format!("{what} at offset {} is not UTF-8", self.pos),
        })
    }

    pub(crate) fn skip(&mut self, n: u64) -> Result<(), ModelError> {
        if self.pos + n > self.len {
            return Err(self.truncated("data", n));
        }
        self.r
            .seek(SeekFrom::Current(n as i64))
            .map_err(|e| ModelError::io(self.path, e))?;
        self.pos += n;
        Ok(())
    }
}
