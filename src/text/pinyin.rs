//! Fuzzy pinyin keys for the homophone pass.
//!
//! Whisper writes what it hears: 祛斑 comes out as 驱搬 and 消炎抗敏 as 消延抗明. Matching on
//! pinyin catches these. Each Han character maps to a syllable key without tone, with the
//! usual confusions merged (zh/z, ch/c, sh/s, l/n, -ing/-in, -eng/-en), and a text becomes two
//! bytes per character so a byte automaton can search it and match offsets divide by two.

use std::collections::HashMap;
use std::sync::OnceLock;

use pinyin::{ToPinyin, ToPinyinMulti};

const FIRST: u32 = 0x3400;
const LAST: u32 = 0x9FFF;

struct Table {
    keys: Vec<u16>,
    names: Vec<String>,
    ids: HashMap<String, u16>,
    /// Per key: the character that stands for every character with that key in folded text
    /// (a common one from the main CJK block where there is one).
    reps: Vec<char>,
}

fn fuzzy(plain: &str) -> String {
    let mut s = plain.replace('ü', "v");
    for (a, b) in [("zh", "z"), ("ch", "c"), ("sh", "s")] {
        if let Some(rest) = s.strip_prefix(a) {
            s = format!("{b}{rest}");
            break;
        }
    }
    if let Some(rest) = s.strip_prefix('n') {
        if !rest.is_empty() && rest != "g" {
            s = format!("l{rest}");
        }
    }
    if s.ends_with("ing") || s.ends_with("eng") {
        s.pop();
    }
    s
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut ids: HashMap<String, u16> = HashMap::new();
        let mut names = vec![String::new()];
        let mut keys = vec![0u16; (LAST - FIRST + 1) as usize];
        for cp in FIRST..=LAST {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let Some(p) = c.to_pinyin() else { continue };
            let f = fuzzy(p.plain());
            let next = names.len() as u16;
            let id = *ids.entry(f.clone()).or_insert_with(|| {
                names.push(f);
                next
            });
            keys[(cp - FIRST) as usize] = id;
        }
        let mut reps = vec!['\0'; names.len()];
        for cp in (0x4E00..=LAST).chain(FIRST..0x4E00) {
            let k = keys[(cp - FIRST) as usize];
            if k != 0 && reps[k as usize] == '\0' {
                reps[k as usize] = char::from_u32(cp).unwrap_or('\0');
            }
        }
        Table {
            keys,
            names,
            ids,
            reps,
        }
    })
}

/// Fuzzy syllable id of a character (0 when it has no pinyin).
#[inline]
pub fn key(c: char) -> u16 {
    let cp = c as u32;
    if (FIRST..=LAST).contains(&cp) {
        table().keys[(cp - FIRST) as usize]
    } else {
        0
    }
}

/// The fuzzy syllable spelt out (for messages and tests), e.g. 敏 and 明 → "min".
pub fn syllable(c: char) -> Option<&'static str> {
    match key(c) {
        0 => None,
        k => Some(table().names[k as usize].as_str()),
    }
}

#[inline]
fn push_char(out: &mut Vec<u8>, keys: &[u16], c: char) {
    let cp = c as u32;
    let k = if (FIRST..=LAST).contains(&cp) {
        keys[(cp - FIRST) as usize]
    } else {
        0
    };
    if k != 0 {
        // High byte ≥ 0x80 only ever at even offsets: a pattern starting with a Han key can
        // only match at a character boundary.
        out.push(0x80 | (k >> 7) as u8);
        out.push((k & 0x7F) as u8);
    } else if c.is_ascii() {
        out.push(0);
        out.push(c as u8);
    } else {
        out.push(0);
        out.push(0x7F);
    }
}

/// Encodes a text as two bytes per character of fuzzy pinyin keys.
pub fn encode(text: &str) -> Vec<u8> {
    let keys = &table().keys;
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        push_char(&mut out, keys, c);
    }
    out
}

/// Characters that keep their own identity in folded text: homophones whose swap turns a
/// sentence into its opposite (买一瓶 "buy one bottle" is not 卖一瓶 "sold one bottle"), and
/// which Whisper keeps apart from context anyway.
const UNFOLDED: [char; 2] = ['买', '卖'];

/// Folds homophones together: every Han character becomes the one character that stands for
/// its fuzzy syllable, everything else stays. Whisper's 必别的牌子 and the host's 比别的牌子
/// fold to the same text, so a pack regex folded the same way (see [`fold`] on the pattern)
/// matches what the host said. Han characters here are all three bytes in UTF-8 and fold to
/// Han characters, so byte and character offsets in the folded text are those of the input.
pub fn fold(text: &str) -> String {
    let t = homophone_bytes();
    // Byte-wise, in place: every character of the table's range is three bytes in UTF-8 and
    // folds to another of the range, so only those three bytes change.
    let mut out = text.as_bytes().to_vec();
    let mut i = 0usize;
    while i < out.len() {
        let b = out[i];
        if b & 0xF0 == 0xE0 && i + 2 < out.len() {
            let cp = (u32::from(b & 0x0F) << 12)
                | (u32::from(out[i + 1] & 0x3F) << 6)
                | u32::from(out[i + 2] & 0x3F);
            if (FIRST..=LAST).contains(&cp) {
                out[i..i + 3].copy_from_slice(&t[(cp - FIRST) as usize]);
            }
            i += 3;
        } else {
            i += match b {
                0xF0.. => 4,
                0xC0.. => 2,
                _ => 1,
            };
        }
    }
    String::from_utf8(out).expect("Han characters fold to Han characters")
}

/// UTF-8 bytes of the folded form of every character in `FIRST..=LAST`.
fn homophone_bytes() -> &'static [[u8; 3]] {
    static FOLD: OnceLock<Vec<[u8; 3]>> = OnceLock::new();
    FOLD.get_or_init(|| {
        let t = table();
        (FIRST..=LAST)
            .map(|cp| {
                let c = char::from_u32(cp).unwrap_or('\u{3400}');
                let f = match t.keys[(cp - FIRST) as usize] {
                    0 => c,
                    _ if UNFOLDED.contains(&c) => c,
                    k => t.reps[k as usize],
                };
                let mut b = [0u8; 4];
                f.encode_utf8(&mut b);
                [b[0], b[1], b[2]]
            })
            .collect()
    })
}

/// Encodes a rule term for the pinyin pass; `None` unless every character is a Han character
/// with a reading (mixed terms like "3天美白" are left to exact matching).
pub fn encode_term(term: &str) -> Option<Vec<u8>> {
    if term.is_empty() || !term.chars().all(|c| key(c) != 0) {
        return None;
    }
    Some(encode(term))
}

/// Most spellings a term expands to through its characters' other readings.
const MAX_VARIANTS: usize = 16;

/// A term's encodings under every reading of its polyphonic characters (辟邪 is read pi xie by
/// default but said bi xie), up to a small cap; empty unless every character is a Han
/// character with a reading. Text is encoded with default readings only, so each variant is
/// a pattern of its own.
pub fn encode_term_variants(term: &str) -> Vec<Vec<u8>> {
    let ids = &table().ids;
    let mut variants: Vec<Vec<u16>> = vec![Vec::new()];
    for c in term.chars() {
        let default = key(c);
        if default == 0 {
            return Vec::new();
        }
        let mut readings = vec![default];
        if let Some(multi) = c.to_pinyin_multi() {
            for p in multi {
                if let Some(&k) = ids.get(&fuzzy(p.plain())) {
                    if !readings.contains(&k) {
                        readings.push(k);
                    }
                }
            }
        }
        let mut next = Vec::new();
        for v in &variants {
            for &r in &readings {
                if next.len() < MAX_VARIANTS {
                    let mut w = v.clone();
                    w.push(r);
                    next.push(w);
                }
            }
        }
        variants = next;
    }
    variants
        .into_iter()
        .map(|v| {
            let mut out = Vec::with_capacity(v.len() * 2);
            for k in v {
                out.push(0x80 | (k >> 7) as u8);
                out.push((k & 0x7F) as u8);
            }
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asr_homophones_share_keys() {
        assert_eq!(encode("祛斑"), encode("驱搬"));
        assert_eq!(encode("消炎抗敏"), encode("消延抗明"));
        assert_ne!(encode("祛斑"), encode("美白"));
        assert_eq!(syllable('敏'), Some("min"));
        assert_eq!(syllable('明'), Some("min"));
        assert_eq!(syllable('是'), Some("si"));
    }

    #[test]
    fn fold_merges_homophones_and_keeps_offsets() {
        assert_eq!(fold("比别的牌子"), fold("必别的牌子"));
        assert_eq!(fold("回购"), fold("回够"));
        assert_ne!(fold("回购"), fold("回来"));
        assert_ne!(fold("买1瓶"), fold("卖1瓶"));
        let text = "原价299，今天只要99元!";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len());
        assert_eq!(folded.chars().count(), text.chars().count());
        assert!(folded.contains("299，"));
        assert!(folded.ends_with(&format!("99{}!", fold("元"))));
        // Folding is idempotent: a folded pattern matches folded text.
        assert_eq!(fold(&folded), folded);
    }

    #[test]
    fn terms_expand_to_the_readings_of_polyphonic_characters() {
        let v = encode_term_variants("辟邪");
        assert!(v.contains(&encode("必写")), "bi xie");
        assert!(v.contains(&encode("辟邪")));
        assert!(encode_term_variants("3天").is_empty());
    }

    #[test]
    fn terms_need_han_characters() {
        assert!(encode_term("美白").is_some());
        assert!(encode_term("3天美白").is_none());
        assert_eq!(encode("a1").len(), 4);
    }
}
