//! Downloading official ggml files, streamed to a temporary file and checked against the
//! manifest's size and SHA-256 before they are renamed into place.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::manifest::{manifest, Origin};
use super::tempout::TempOut;
use super::verify::sha256_file;
use super::ModelError;

/// Time allowed to establish a connection (DNS, TCP, TLS).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Time allowed for the response headers and for each read of the body.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// Progress callback: bytes received so far, total expected.
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

/// Downloads the official model `name` (`base`, `large-v3-turbo-q5_0`, … as in
/// models/manifest.toml) into `dest_dir`, returning its path. A file already there with the
/// right SHA-256 is kept as is.
pub fn fetch(name: &str, dest_dir: &Path) -> Result<PathBuf, ModelError> {
    fetch_with_progress(name, dest_dir, &mut |_, _| {})
}

/// `fetch` reporting progress as it goes.
pub fn fetch_with_progress(
    name: &str,
    dest_dir: &Path,
    progress: Progress<'_>,
) -> Result<PathBuf, ModelError> {
    let m = manifest();
    let entry = m.require(name)?;
    if entry.origin != Origin::Official {
        return Err(ModelError::Unsupported {
            path: dest_dir.join(&entry.file),
            detail: format!(
                "{} is made by our converter, not downloaded: run scripts/fetch-models.sh",
                entry.name
            ),
        });
    }
    let dest = dest_dir.join(&entry.file);
    if dest.is_file() {
        let len = std::fs::metadata(&dest)
            .map_err(|e| ModelError::io(&dest, e))?
            .len();
        if len == entry.size && sha256_file(&dest)? == entry.sha256 {
            return Ok(dest);
        }
    }
    let url = format!("{}/{}", m.base_url(), entry.file);
    download_verified(&url, &dest, entry.size, &entry.sha256, progress)?;
    Ok(dest)
}

/// Streams `url` into `dest` (through a temporary file beside it), accepting it only if it is
/// exactly `size` bytes with SHA-256 `sha256`.
pub fn download_verified(
    url: &str,
    dest: &Path,
    size: u64,
    sha256: &str,
    progress: Progress<'_>,
) -> Result<(), ModelError> {
    let file_name = dest
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| url.to_string());
    let host = reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| url.to_string());
    let client = reqwest::blocking::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(READ_TIMEOUT)
        .user_agent(concat!("liveaudit/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| ModelError::Download {
            url: url.to_string(),
            detail: format!("HTTP client setup failed: {}", chain(&e)),
        })?;
    let mut resp = client.get(url).send().map_err(|e| {
        if e.is_connect() || e.is_timeout() || e.is_request() {
            ModelError::Unreachable {
                host: host.clone(),
                file: file_name.clone(),
                detail: chain(&e),
            }
        } else {
            ModelError::Download {
                url: url.to_string(),
                detail: chain(&e),
            }
        }
    })?;
    if !resp.status().is_success() {
        return Err(ModelError::Http {
            url: url.to_string(),
            status: resp.status().as_u16(),
        });
    }

    let tmp = TempOut::create(dest)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, tmp.file()?);
    let mut hasher = Sha256::new();
    let mut got = 0u64;
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = resp.read(&mut buf).map_err(|e| ModelError::Download {
            url: url.to_string(),
            detail: format!("after {got} bytes: {e}"),
        })?;
        if n == 0 {
            break;
        }
        got += n as u64;
        if got > size {
            break; // reported as a checksum/size mismatch below
        }
        hasher.update(&buf[..n]);
        out.write_all(&buf[..n])
            .map_err(|e| ModelError::io(&tmp.path, e))?;
        progress(got, size);
    }
    let actual = hex::encode(hasher.finalize());
    if got != size || actual != sha256 {
        return Err(ModelError::Checksum {
            what: url.to_string(),
            expected: sha256.to_string(),
            actual: if got > size {
                "(too long)".into()
            } else {
                actual
            },
            expected_size: size,
            actual_size: got,
        });
    }
    let file = out
        .into_inner()
        .map_err(|e| ModelError::io(&tmp.path, e.into_error()))?;
    file.sync_all().map_err(|e| ModelError::io(&tmp.path, e))?;
    drop(file);
    tmp.commit(dest)
}

/// An error's causes, `: `-joined (reqwest's top-level message only repeats the URL and hides
/// the cause); the error itself where it has no cause.
fn chain(e: &dyn std::error::Error) -> String {
    let Some(first) = e.source() else {
        return e.to_string();
    };
    let mut s = first.to_string();
    let mut cur = first.source();
    while let Some(c) = cur {
        let m = c.to_string();
        if !s.contains(&m) {
            s.push_str(": ");
            s.push_str(&m);
        }
        cur = c.source();
    }
    s
}
