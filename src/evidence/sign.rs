//! ed25519 signatures over `manifest.json`, so a pack's origin can be proven, not only its
//! integrity.
//!
//! Keys: a PKCS#8 PEM private key (what `openssl genpkey -algorithm ed25519` and
//! `liveaudit evidence keygen` write) or the 32-byte seed as 64 hex digits, from a file
//! (`--sign-key`) or the environment (`LIVEAUDIT_SIGN_KEY` holding the key itself). Public
//! keys for checking: SPKI PEM (`keygen` writes `KEY.pub`) or 64 hex digits.

use std::path::Path;

use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{Signature, Signer};
use serde::{Deserialize, Serialize};

pub use ed25519_dalek::{SigningKey, VerifyingKey};

use super::EvidenceError;

/// Environment variable holding a signing key itself (PEM or hex seed).
pub const SIGN_KEY_ENV: &str = "LIVEAUDIT_SIGN_KEY";

/// Contents of `manifest.json.sig`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestSignature {
    /// Always "ed25519".
    pub algorithm: String,
    /// Signer's public key, 32 bytes as hex.
    pub public_key: String,
    /// SHA-256 of the signed manifest bytes.
    pub manifest_sha256: String,
    /// Signature of the manifest bytes, 64 bytes as hex.
    pub signature: String,
    /// When it was signed (RFC 3339).
    pub signed_at: String,
}

impl ManifestSignature {
    /// Serialised form written to disk.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("a signature always serialises");
        v.push(b'\n');
        v
    }
}

/// Signs the exact manifest bytes.
pub fn sign_manifest(key: &SigningKey, manifest: &[u8]) -> ManifestSignature {
    let sig: Signature = key.sign(manifest);
    ManifestSignature {
        algorithm: "ed25519".into(),
        public_key: hex::encode(key.verifying_key().to_bytes()),
        manifest_sha256: super::sha256_bytes(manifest),
        signature: hex::encode(sig.to_bytes()),
        signed_at: chrono::Local::now().to_rfc3339(),
    }
}

/// Checks `sig` over `manifest`: the signature must be valid for the public key it names.
pub fn check_signature(sig: &ManifestSignature, manifest: &[u8]) -> Result<VerifyingKey, String> {
    if sig.algorithm != "ed25519" {
        return Err(format!("unknown signature algorithm {:?}", sig.algorithm));
    }
    let key = parse_hex_public(&sig.public_key)
        .map_err(|e| format!("its public key is not usable: {e}"))?;
    let bytes: [u8; 64] = hex::decode(&sig.signature)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or("its signature is not 64 bytes of hex")?;
    let signature = Signature::from_bytes(&bytes);
    key.verify_strict(manifest, &signature)
        .map_err(|_| "the signature does not match manifest.json (changed after signing, or signed by another key)".to_string())?;
    Ok(key)
}

fn parse_hex_public(text: &str) -> Result<VerifyingKey, String> {
    let bytes: [u8; 32] = hex::decode(text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or("expected 32 bytes as 64 hex digits")?;
    VerifyingKey::from_bytes(&bytes).map_err(|e| format!("not an ed25519 public key: {e}"))
}

/// The signing key from `path`, else from `LIVEAUDIT_SIGN_KEY`, else none.
pub fn load_signing_key(path: Option<&Path>) -> Result<Option<SigningKey>, EvidenceError> {
    let (origin, text) = match path {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| EvidenceError::Key {
                origin: p.display().to_string(),
                detail: format!("cannot read: {e}"),
            })?;
            if bytes.len() == 32 {
                let seed: [u8; 32] = bytes.try_into().expect("length checked");
                return Ok(Some(SigningKey::from_bytes(&seed)));
            }
            (
                p.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            )
        }
        None => match std::env::var(SIGN_KEY_ENV) {
            Ok(v) if !v.trim().is_empty() => (format!("from ${SIGN_KEY_ENV}"), v),
            _ => return Ok(None),
        },
    };
    parse_signing_key(&text)
        .map(Some)
        .map_err(|detail| EvidenceError::Key { origin, detail })
}

fn parse_signing_key(text: &str) -> Result<SigningKey, String> {
    let t = text.trim();
    if t.contains("BEGIN PRIVATE KEY") {
        return SigningKey::from_pkcs8_pem(t)
            .map_err(|e| format!("not an ed25519 PKCS#8 private key: {e}"));
    }
    if t.contains("BEGIN OPENSSH PRIVATE KEY") {
        return Err("OpenSSH key format is not read; use a PKCS#8 PEM key (`liveaudit evidence keygen`, or `openssl genpkey -algorithm ed25519`)".into());
    }
    if t.contains("BEGIN PUBLIC KEY") {
        return Err("this is a public key; signing needs the private key".into());
    }
    if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        let seed: [u8; 32] = hex::decode(t)
            .expect("hex checked")
            .try_into()
            .expect("length checked");
        return Ok(SigningKey::from_bytes(&seed));
    }
    Err("expected an ed25519 private key: PKCS#8 PEM, or the 32-byte seed as 64 hex digits".into())
}

/// A public key for checking signatures: SPKI PEM, 64 hex digits, or a private key (its
/// public half is used).
pub fn load_verifying_key(path: &Path) -> Result<VerifyingKey, EvidenceError> {
    let err = |detail: String| EvidenceError::Key {
        origin: path.display().to_string(),
        detail,
    };
    let text = std::fs::read_to_string(path).map_err(|e| err(format!("cannot read: {e}")))?;
    let t = text.trim();
    if t.contains("BEGIN PUBLIC KEY") {
        return VerifyingKey::from_public_key_pem(t)
            .map_err(|e| err(format!("not an ed25519 public key: {e}")));
    }
    if t.contains("PRIVATE KEY") {
        return parse_signing_key(t).map(|k| k.verifying_key()).map_err(err);
    }
    parse_hex_public(t).map_err(err)
}

/// A public key whose signatures are believed, with the name people know it by: without
/// one, a valid signature only proves that someone holding *some* key sealed the pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKey {
    /// How reports name the signer (the key file's name, or the name in a trusted-keys file).
    pub name: String,
    pub key: VerifyingKey,
}

impl TrustedKey {
    /// The key as 64 hex digits.
    pub fn hex(&self) -> String {
        hex::encode(self.key.to_bytes())
    }
}

/// A public key file (as [`load_verifying_key`] reads it), named by its file name.
pub fn load_trusted_key(path: &Path) -> Result<TrustedKey, EvidenceError> {
    let key = load_verifying_key(path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| hex::encode(key.to_bytes()));
    Ok(TrustedKey { name, key })
}

/// A trusted-keys file: one key a line as 64 hex digits, optionally followed by a name
/// (`ab12… 市场监管局 张三`); blank lines and lines starting with `#` are skipped.
pub fn load_trusted_keys(path: &Path) -> Result<Vec<TrustedKey>, EvidenceError> {
    let text = std::fs::read_to_string(path).map_err(|e| EvidenceError::Key {
        origin: path.display().to_string(),
        detail: format!("cannot read: {e}"),
    })?;
    let mut keys = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (hex_key, name) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let key = parse_hex_public(hex_key).map_err(|detail| EvidenceError::Key {
            origin: format!("{} line {}", path.display(), i + 1),
            detail,
        })?;
        let name = match name.trim() {
            "" => hex_key.to_ascii_lowercase(),
            n => n.to_string(),
        };
        keys.push(TrustedKey { name, key });
    }
    if keys.is_empty() {
        return Err(EvidenceError::Key {
            origin: path.display().to_string(),
            detail: "holds no keys (expected lines of 64 hex digits, each optionally followed by a name)".into(),
        });
    }
    Ok(keys)
}

/// Makes a new key pair: the private key as PKCS#8 PEM at `path` (readable by the owner only)
/// and the public key as SPKI PEM at `path.pub`. Refuses to overwrite an existing key.
pub fn keygen(path: &Path) -> Result<VerifyingKey, EvidenceError> {
    let err = |detail: String| EvidenceError::Key {
        origin: path.display().to_string(),
        detail,
    };
    if path.exists() {
        return Err(err("already exists; not overwriting a key".into()));
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| err(format!("no system randomness: {e}")))?;
    let key = SigningKey::from_bytes(&seed);
    let pem = key
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| err(format!("encoding: {e}")))?;
    let public = key
        .verifying_key()
        .to_public_key_pem(LineEnding::LF)
        .map_err(|e| err(format!("encoding: {e}")))?;
    write_private(path, pem.as_bytes()).map_err(|e| err(format!("cannot write: {e}")))?;
    let pub_path = public_key_path(path);
    std::fs::write(&pub_path, public.as_bytes()).map_err(|e| EvidenceError::io(&pub_path, e))?;
    Ok(key.verifying_key())
}

/// Where [`keygen`] puts the public key for `private`.
pub fn public_key_path(private: &Path) -> std::path::PathBuf {
    let mut name = private.as_os_str().to_owned();
    name.push(".pub");
    name.into()
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_check_out_only_for_the_signed_bytes() {
        let key = SigningKey::from_bytes(&[7u8; 32]);
        let sig = sign_manifest(&key, b"{\"a\":1}\n");
        assert_eq!(
            check_signature(&sig, b"{\"a\":1}\n").unwrap(),
            key.verifying_key()
        );
        assert!(check_signature(&sig, b"{\"a\":2}\n").is_err());
        let other = SigningKey::from_bytes(&[8u8; 32]);
        let mut forged = sig.clone();
        forged.public_key = hex::encode(other.verifying_key().to_bytes());
        assert!(check_signature(&forged, b"{\"a\":1}\n").is_err());
    }

    #[test]
    fn keys_parse_from_pem_and_hex() {
        let key = SigningKey::from_bytes(&[9u8; 32]);
        let pem = key.to_pkcs8_pem(LineEnding::LF).unwrap();
        assert_eq!(parse_signing_key(&pem).unwrap(), key);
        assert_eq!(parse_signing_key(&hex::encode([9u8; 32])).unwrap(), key);
        assert!(parse_signing_key("hello").is_err());
        let public = key
            .verifying_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap();
        assert!(parse_signing_key(&public)
            .unwrap_err()
            .contains("public key"));
    }

    #[test]
    fn trusted_keys_files_name_their_keys() {
        let d = tempfile::tempdir().unwrap();
        let a = SigningKey::from_bytes(&[1u8; 32]).verifying_key();
        let b = SigningKey::from_bytes(&[2u8; 32]).verifying_key();
        let p = d.path().join("trusted");
        std::fs::write(
            &p,
            format!(
                "# officers\n{} 张三 (市场监管)\n\n{}\n",
                hex::encode(a.to_bytes()),
                hex::encode(b.to_bytes())
            ),
        )
        .unwrap();
        let keys = load_trusted_keys(&p).unwrap();
        assert_eq!(keys.len(), 2);
        assert_eq!((keys[0].name.as_str(), keys[0].key), ("张三 (市场监管)", a));
        assert_eq!(keys[1].name, hex::encode(b.to_bytes()));
        std::fs::write(&p, "zz 名字\n").unwrap();
        assert!(load_trusted_keys(&p)
            .unwrap_err()
            .to_string()
            .contains("line 1"));
    }
}
