//! Fuzzy pinyin keys for the homophone pass.
//!
//! Whisper writes what it hears: 祛斑 comes out as 驱搬 and 消炎抗敏 as 消延抗明. Matching on
//! pinyin catches these. Each Han character maps to a syllable key without tone, with the
//! usual confusions merged (zh/z, ch/c, sh/s, l/n, -ing/-in, -eng/-en). Text and terms are
//! compared by folding each character to one that stands for its key (see [`fold`]).

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

/// The syllable with the swaps ASR and regional accents make merged: retroflex and flat
/// initials (zh/z, ch/c, sh/s), n/l/r, f/h, front and back nasals (in/ing, en/eng, an/ang and
/// so ian/iang, uan/uang) and ü/u. Tones are dropped.
fn fuzzy(plain: &str) -> String {
    let mut s = plain.replace(['ü', 'v'], "u");
    for (a, b) in [("zh", "z"), ("ch", "c"), ("sh", "s")] {
        if let Some(rest) = s.strip_prefix(a) {
            s = format!("{b}{rest}");
            break;
        }
    }
    for initial in ['n', 'r'] {
        if let Some(rest) = s.strip_prefix(initial) {
            if !rest.is_empty() && rest != "g" {
                s = format!("l{rest}");
            }
        }
    }
    // h before u merges with f as accents say it (黄 huang ~ 房 fang, 灰 hui ~ 飞 fei).
    if let Some(rest) = s.strip_prefix("hu") {
        s = match rest {
            "" => "fu".to_string(),
            "i" => "fei".to_string(),
            _ => format!("f{rest}"),
        };
    } else if let Some(rest) = s.strip_prefix('h') {
        if !rest.is_empty() && rest != "m" && rest != "ng" {
            s = format!("f{rest}");
        }
    }
    if s.ends_with("ing") || s.ends_with("eng") || s.ends_with("ang") {
        s.pop();
    }
    s
}

/// A term as it sounds: ASCII digits spelt as the Han numerals they are read as (销量第1 →
/// 销量第一, so 销量地一 matches it), `None` when some character has no reading.
pub fn sound_form(term: &str) -> Option<String> {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let out: String = term
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => DIGITS[d as usize],
            _ => c,
        })
        .collect();
    has_reading(&out).then_some(out)
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

/// Whether a term can be matched by sound: every character a Han character with a reading
/// (mixed terms like "3天美白" are left to exact matching).
pub fn has_reading(term: &str) -> bool {
    !term.is_empty() && term.chars().all(|c| key(c) != 0)
}

/// Most spellings a term expands to through its characters' other readings.
const MAX_VARIANTS: usize = 16;

/// A term's folded spellings under every reading of its polyphonic characters (辟邪 is read
/// pi xie by default but said bi xie), up to a small cap; empty unless [`has_reading`]. Text
/// is folded with default readings only, so each variant is a pattern of its own. A syllable
/// of an unfolded character (买, 卖) is spelt each way text can show it, so a term matches
/// folded text exactly where its syllables match the text's.
pub fn fold_term_variants(term: &str) -> Vec<String> {
    if !has_reading(term) {
        return Vec::new();
    }
    let t = table();
    let mut variants: Vec<Vec<u16>> = vec![Vec::new()];
    for c in term.chars() {
        let mut readings = vec![key(c)];
        if let Some(multi) = c.to_pinyin_multi() {
            for p in multi {
                if let Some(&k) = t.ids.get(&fuzzy(p.plain())) {
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
    // Each syllable as the characters folded text shows it in: its representative, and any
    // unfolded character of that syllable.
    let forms = |k: u16| -> Vec<char> {
        let rep = t.reps[k as usize];
        let mut f = vec![rep];
        f.extend(
            UNFOLDED
                .iter()
                .copied()
                .filter(|&u| key(u) == k && u != rep),
        );
        f
    };
    let mut out: Vec<String> = Vec::new();
    for v in variants {
        let mut spelt = vec![String::new()];
        for k in v {
            let fs = forms(k);
            spelt = spelt
                .iter()
                .flat_map(|s| {
                    fs.iter().map(move |&c| {
                        let mut w = s.clone();
                        w.push(c);
                        w
                    })
                })
                .collect();
        }
        for s in spelt {
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asr_homophones_share_keys() {
        assert_eq!(fold("祛斑"), fold("驱搬"));
        assert_eq!(fold("消炎抗敏"), fold("消延抗明"));
        assert_ne!(fold("祛斑"), fold("美白"));
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
        let v = fold_term_variants("辟邪");
        assert!(v.contains(&fold("必写")), "bi xie");
        assert!(v.contains(&fold("辟邪")));
        assert!(fold_term_variants("3天").is_empty());
    }

    #[test]
    fn terms_of_unfolded_syllables_match_every_folded_form() {
        // 买 and 卖 stay themselves in folded text, other characters read mai fold to one.
        let v = fold_term_variants("埋单");
        for heard in ["埋单", "买单", "卖单", "麦单"] {
            assert!(v.contains(&fold(heard)), "{heard}: {v:?}");
        }
    }

    #[test]
    fn accent_confusions_share_keys() {
        for (said, heard) in [
            ("福", "胡"),
            ("日", "立"),
            ("帮", "般"),
            ("香", "先"),
            ("绿", "路"),
        ] {
            assert_eq!(
                key(said.chars().next().unwrap()),
                key(heard.chars().next().unwrap()),
                "{said}/{heard}"
            );
        }
        assert_ne!(key('东'), key('瓜'));
        assert_eq!(sound_form("销量第1").as_deref(), Some("销量第一"));
        assert_eq!(sound_form("100%"), None);
    }

    #[test]
    fn terms_need_han_characters() {
        assert!(has_reading("美白"));
        assert!(!has_reading("3天美白"));
        assert!(!has_reading(""));
    }
}
