//! URIs as inputs and playlists name them: a playlist entry resolved against its playlist, and
//! any URI shown in messages without the secrets it may carry.
//!
//! Plain string work, no I/O: the HLS demuxer needs both to name segments, and
//! `crate::source` needs the same redaction for the URLs it fetches.

use std::path::Path;

/// Resolves a playlist reference against the playlist's own URI (URL or local path).
///
/// Under an http(s) playlist every reference is joined as a URL (so `/redir?to=http://x` is a
/// path on the playlist's host, and `file:///etc/passwd` stays a `file:` URL, which the
/// fetcher refuses); under a local playlist an absolute URL stays as it is.
pub fn resolve(base: &str, reference: &str) -> String {
    if is_http(base) {
        return match url::Url::parse(base).and_then(|b| b.join(reference)) {
            Ok(joined) => joined.to_string(),
            Err(_) => reference.to_string(),
        };
    }
    if url::Url::parse(reference).is_ok_and(|u| u.scheme().len() > 1) {
        return reference.to_string();
    }
    let base = base.strip_prefix("file://").unwrap_or(base);
    if reference.starts_with('/') {
        return reference.to_string();
    }
    Path::new(base)
        .parent()
        .unwrap_or(Path::new(""))
        .join(reference)
        .to_string_lossy()
        .into_owned()
}

/// True for an http(s) URL.
pub fn is_http(uri: &str) -> bool {
    let lower = uri.get(..8).unwrap_or(uri).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A URL without its query, fragment and credentials (which may carry tokens).
pub fn redact(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) => {
            let had_query = u.query().is_some();
            u.set_query(None);
            u.set_fragment(None);
            let _ = u.set_username("");
            let _ = u.set_password(None);
            let mut s = u.to_string();
            if had_query {
                s.push_str("?…");
            }
            s
        }
        // Relative URIs (HLS segments) do not parse as URLs: cut the query all the same.
        Err(_) => match url.split_once('?') {
            Some((path, _)) => format!("{path}?…"),
            None => url.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_against_urls_and_paths() {
        assert_eq!(
            resolve("http://h/live/index.m3u8", "seg1.ts"),
            "http://h/live/seg1.ts"
        );
        assert_eq!(
            resolve("http://h/live/index.m3u8", "/a/b.ts"),
            "http://h/a/b.ts"
        );
        assert_eq!(
            resolve("http://h/x/i.m3u8", "http://o/s.ts"),
            "http://o/s.ts"
        );
        assert_eq!(
            resolve("/data/rec/index.m3u8", "seg0.ts"),
            "/data/rec/seg0.ts"
        );
        assert_eq!(resolve("index.m3u8", "seg0.ts"), "seg0.ts");
        // A query holding `://` is still a relative reference on the playlist's host.
        assert_eq!(
            resolve("http://h/live/index.m3u8", "/redir?to=http://o/x.ts"),
            "http://h/redir?to=http://o/x.ts"
        );
        assert_eq!(
            resolve("http://h/live/index.m3u8", "file:///etc/shadow"),
            "file:///etc/shadow"
        );
        assert_eq!(resolve("/data/i.m3u8", "http://o/s.ts"), "http://o/s.ts");
    }

    #[test]
    fn urls_lose_their_secrets_in_messages() {
        assert_eq!(
            redact("https://user:pw@cdn.example/live/a.flv?token=abc#x"),
            "https://cdn.example/live/a.flv?…"
        );
        assert_eq!(redact("http://h/x.ts"), "http://h/x.ts");
    }
}
