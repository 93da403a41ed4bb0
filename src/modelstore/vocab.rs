//! Whisper's BPE vocabulary as CTranslate2 stores it, mapped back to the raw token bytes a ggml
//! file holds.
//!
//! CTranslate2 (like Hugging Face tokenizers) spells byte-level BPE tokens with GPT-2's
//! byte-to-unicode table: every byte becomes a printable character. whisper.cpp wants the bytes.

use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

use super::ModelError;

/// The first special token; everything before it is a regular BPE token.
pub const END_OF_TEXT: &str = "<|endoftext|>";

/// GPT-2's `bytes_to_unicode()`: byte → the character that stands for it.
fn byte_to_char_table() -> [char; 256] {
    let mut table = ['\0'; 256];
    let mut n = 0u32;
    for b in 0..=255u8 {
        let printable = (b'!'..=b'~').contains(&b) || (0xA1..=0xAC).contains(&b) || b >= 0xAE;
        table[b as usize] = if printable {
            char::from(b)
        } else {
            let c = char::from_u32(256 + n).expect("256..=323 are valid chars");
            n += 1;
            c
        };
    }
    table
}

fn char_to_byte() -> &'static HashMap<char, u8> {
    static MAP: OnceLock<HashMap<char, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        byte_to_char_table()
            .iter()
            .enumerate()
            .map(|(b, &c)| (c, b as u8))
            .collect()
    })
}

/// Raw bytes of one token spelled in GPT-2 byte-to-unicode form; `None` if it contains a
/// character outside that table.
pub fn decode_token(token: &str) -> Option<Vec<u8>> {
    let map = char_to_byte();
    token.chars().map(|c| map.get(&c).copied()).collect()
}

/// Where the vocabulary of a CTranslate2 model directory lives, in the order looked for.
pub(crate) const VOCAB_FILES: [&str; 2] = ["vocabulary.txt", "vocabulary.json"];

/// Reads `vocabulary.txt` (one token a line) or `vocabulary.json` (a JSON array of tokens).
pub(crate) fn read_vocabulary(dir: &Path) -> Result<(std::path::PathBuf, Vec<String>), ModelError> {
    let txt = dir.join(VOCAB_FILES[0]);
    let json = dir.join(VOCAB_FILES[1]);
    if txt.is_file() {
        let text = std::fs::read_to_string(&txt).map_err(|e| ModelError::io(&txt, e))?;
        let mut tokens: Vec<String> = text.split('\n').map(str::to_owned).collect();
        if tokens.last().is_some_and(|t| t.is_empty()) {
            tokens.pop();
        }
        Ok((txt, tokens))
    } else if json.is_file() {
        let text = std::fs::read_to_string(&json).map_err(|e| ModelError::io(&json, e))?;
        let tokens: Vec<String> = serde_json::from_str(&text).map_err(|e| ModelError::Corrupt {
            path: json.clone(),
            detail: format!("not a JSON array of token strings: {e}"),
        })?;
        Ok((json, tokens))
    } else {
        Err(ModelError::MissingFile {
            path: dir.to_path_buf(),
            what: "vocabulary.txt or vocabulary.json".into(),
        })
    }
}

/// The regular (non-special) tokens as bytes: everything before `<|endoftext|>`
/// (50257 for multilingual Whisper, 50256 for English-only).
pub(crate) fn regular_token_bytes(
    path: &Path,
    tokens: &[String],
) -> Result<Vec<Vec<u8>>, ModelError> {
    let n_regular = tokens
        .iter()
        .position(|t| t == END_OF_TEXT)
        .ok_or_else(|| ModelError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("no {END_OF_TEXT} token in the vocabulary"),
        })?;
    tokens[..n_regular]
        .iter()
        .enumerate()
        .map(|(i, t)| {
            decode_token(t).ok_or_else(|| ModelError::Corrupt {
                path: path.to_path_buf(),
                detail: format!("token {i} ({t:?}) is not in GPT-2 byte-to-unicode form"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_table_is_gpt2() {
        let t = byte_to_char_table();
        assert_eq!(t[b'A' as usize], 'A');
        assert_eq!(t[b' ' as usize], 'Ġ'); // U+0120
        assert_eq!(t[b'\n' as usize], 'Ċ'); // U+010A
        assert_eq!(t[0], 'Ā'); // U+0100
        assert_eq!(t[0xAD], 'Ń'); // soft hyphen is the last unprintable one: U+0143
        let distinct: std::collections::HashSet<char> = t.iter().copied().collect();
        assert_eq!(distinct.len(), 256);
    }

    #[test]
    fn decodes_chinese_and_spaces() {
        // "的" is E7 9A 84, spelled "çļĦ"; " the" is "Ġthe".
        assert_eq!(decode_token("çļĦ").unwrap(), "的".as_bytes());
        assert_eq!(decode_token("Ġthe").unwrap(), b" the");
        assert_eq!(decode_token("ĊĊ").unwrap(), b"\n\n");
        assert!(decode_token("的").is_none());
    }

    #[test]
    fn regular_tokens_stop_at_end_of_text() {
        let toks: Vec<String> = ["a", "Ġb", END_OF_TEXT, "<|zh|>"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let bytes = regular_token_bytes(Path::new("v"), &toks).unwrap();
        assert_eq!(bytes, vec![b"a".to_vec(), b" b".to_vec()]);
        assert!(regular_token_bytes(Path::new("v"), &toks[..2]).is_err());
    }
}
