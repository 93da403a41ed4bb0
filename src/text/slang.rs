//! Contact slang (加V, 薇信, 绿泡泡 → 微信; 扣扣 → qq).
//!
//! A short fixed table with a first-character index; an automaton would be overkill for a
//! few dozen entries checked only where their first character occurs.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Out;

/// (spoken form after folding, normalised form). ASCII is already lower case here.
const TABLE: &[(&str, &str)] = &[
    ("绿泡泡", "微信"),
    ("小绿泡", "微信"),
    ("v信", "微信"),
    ("vx", "微信"),
    ("wx", "微信"),
    ("weixin", "微信"),
    ("wechat", "微信"),
    ("威信", "微信"),
    ("薇信", "微信"),
    ("徽信", "微信"),
    ("维信", "微信"),
    ("微x", "微信"),
    ("加v", "加微信"),
    ("加个v", "加个微信"),
    ("加一下v", "加一下微信"),
    ("+v", "加微信"),
    ("加薇", "加微信"),
    ("加个薇", "加个微信"),
    ("加卫星", "加微信"),
    ("加个卫星", "加个微信"),
    ("v我", "微信我"),
    ("微我", "微信我"),
    ("扣扣", "qq"),
];

type Index = HashMap<char, Vec<(Vec<char>, &'static str)>>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut m: Index = HashMap::new();
        for (from, to) in TABLE {
            let cs: Vec<char> = from.chars().collect();
            m.entry(cs[0]).or_default().push((cs, to));
        }
        for v in m.values_mut() {
            v.sort_by_key(|(cs, _)| std::cmp::Reverse(cs.len()));
        }
        m
    })
}

/// Cheap test before the table lookup: can `c` start a slang form?
#[inline]
pub(super) fn may_start(c: char) -> bool {
    matches!(
        c,
        '绿' | '小' | 'v' | 'w' | '威' | '薇' | '徽' | '维' | '微' | '加' | '+' | '扣'
    )
}

/// Whether `heard` is the slang form `pat`, or (for Han forms of three characters or more,
/// after the same first character) sounds like it: 绿炮炮 is 绿泡泡 as ASR writes it.
fn same_or_heard(heard: &[char], pat: &[char]) -> bool {
    if heard == pat {
        return true;
    }
    pat.len() >= 3
        && pat.iter().all(|&c| super::pinyin::key(c) != 0)
        && heard[0] == pat[0]
        && heard
            .iter()
            .zip(pat)
            .all(|(&h, &p)| super::pinyin::key(h) == super::pinyin::key(p))
}

/// Replaces a slang form starting at `i`; returns the index after it.
pub(super) fn apply(chars: &[char], idx: &[u32], i: usize, out: &mut Out) -> Option<usize> {
    let cands = index().get(&chars[i])?;
    for (pat, to) in cands {
        let end = i + pat.len();
        if end > chars.len() || !same_or_heard(&chars[i..end], pat) {
            continue;
        }
        // ASCII forms must stand alone: "vx" but not inside "vxyz" or "dvd".
        let before = if i > 0 {
            Some(chars[i - 1])
        } else {
            out.last()
        };
        if pat[0].is_ascii_alphabetic() && before.is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let last = pat[pat.len() - 1];
        if last.is_ascii_alphabetic() && chars.get(end).is_some_and(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        out.push_str(to, idx[i], idx[end - 1] + 1);
        return Some(end);
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn han_forms_match_by_sound() {
        let n = |s: &str| crate::text::normalize(s).text;
        assert_eq!(n("加我绿炮炮"), n("加我绿泡泡"));
        assert_eq!(n("加我绿炮炮"), "加我微信");
        assert_eq!(n("绿色的泡泡"), "绿色的泡泡");
    }

    #[test]
    fn every_entry_passes_the_first_character_test() {
        for (from, _) in super::TABLE {
            assert!(super::may_start(from.chars().next().unwrap()), "{from}");
        }
    }
}
