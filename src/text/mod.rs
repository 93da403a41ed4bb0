//! Text normalisation ahead of rule matching.
//!
//! Whisper, hosts and rule authors write the same claim in different ways: traditional or
//! simplified characters, full- or half-width forms, 二百九十九 or 299, 块 or 元, 加V or 加微信.
//! [`normalize`] maps all of them onto one form and keeps, for every output character, the range
//! of input characters it came from, so a match in normalised text can be quoted and timed on
//! the words that were actually said. Rule terms go through the same function, so a pack author
//! writes 百分之百 or 100% and both match either spoken form.

mod map;
mod numerals;
pub mod pinyin;
mod slang;

pub(crate) use map::Out;
pub use map::{CharCursor, Normalized};

/// Folds one character: full-width → half-width, ASCII to lower case, whitespace and
/// zero-width characters dropped (`None`). Traditional → simplified is done before, on the whole
/// string, because the converter looks at neighbouring characters.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\u{FF01}'..='\u{FF5E}' => {
            let h = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            Some(h.to_ascii_lowercase())
        }
        '\u{3000}' | '\u{200B}'..='\u{200D}' | '\u{FEFF}' => None,
        '\u{FE6A}' => Some('%'),
        '￥' => Some('¥'),
        c if c.is_whitespace() => None,
        _ => Some(c),
    }
}

/// Normalises text for matching: traditional → simplified (fast2s), full/half width, Chinese
/// numerals → digits (二百九十九 → 299, 百分之百 → 100%, 两瓶 → 2瓶, 二点五折 → 2.5折,
/// 十万 and 10万 → 100000), currency slang (块, 米, 块钱 → 元; 九块九 → 9.9元) and contact
/// slang (加V, 薇信, 绿泡泡 → 微信). Whitespace is dropped.
pub fn normalize(input: &str) -> Normalized {
    normalize_parts(&[input])
}

/// Normalises several texts as one running text (segments of a transcript): a word or number
/// split across two parts is read as one. Input character indices count through all parts.
pub fn normalize_parts(parts: &[&str]) -> Normalized {
    /// Folded characters looked at ahead of a numeral or slang word.
    const LOOK: usize = 48;
    /// What is looked at first; the look doubles (up to LOOK) while the text is still
    /// numeral-like near its end.
    const FIRST_LOOK: usize = 8;
    let bytes: usize = parts.iter().map(|p| p.len()).sum();
    let mut input = Input::new(parts);
    let mut out = Out::with_capacity(bytes);
    // Lookahead buffer, filled only at the rare characters that may start a conversion: after
    // the conversion the input goes back to before the character and reads again as many
    // characters as the conversion took, and the characters after it take the fast path.
    let mut buf_c: Vec<char> = Vec::with_capacity(LOOK);
    let mut buf_i: Vec<u32> = Vec::with_capacity(LOOK);
    loop {
        // Most of a transcript is characters that stay as they are: copy them in bulk.
        input.copy_plain_run(&mut out);
        let before = input.mark();
        let Some((c, i)) = input.next_folded() else {
            break;
        };
        if !may_convert(c) {
            out.push_one(c, i);
            continue;
        }
        buf_c.clear();
        buf_i.clear();
        buf_c.push(c);
        buf_i.push(i);
        // Most conversions are decided within a few characters: look that far first, and
        // only where the text is still numeral-like near the end of that look, look further
        // (going back over what the shorter look wrote).
        let mut look = FIRST_LOOK;
        let next = loop {
            while buf_c.len() < look {
                match input.next_folded() {
                    Some((c, i)) => {
                        buf_c.push(c);
                        buf_i.push(i);
                    }
                    None => break,
                }
            }
            let saved = out.checkpoint();
            let mut next = None;
            if c.is_ascii_digit() || numerals::starts_chinese_number(c) || c == '¥' {
                next = numerals::convert_at(&buf_c, &buf_i, 0, &mut out);
            }
            if next.is_none() {
                next = slang::apply(&buf_c, &buf_i, 0, &mut out);
            }
            let cut = buf_c.len() == look && look < LOOK;
            let near_end = match next {
                Some(n) => n + 4 >= look,
                None => buf_c.iter().take_while(|&&c| numeral_like(c)).count() + 4 >= look,
            };
            if cut && near_end {
                out.rollback(saved);
                look = (look * 2).min(LOOK);
                continue;
            }
            break next;
        };
        let next = next.unwrap_or_else(|| {
            out.push_one(c, i);
            1
        });
        input.restore(before);
        for _ in 0..next.min(buf_c.len()) {
            input.next_folded();
        }
    }
    out.finish(input.idx)
}

/// Whether `c` may be part of a written or spoken number (a long run of them needs the long
/// lookahead).
fn numeral_like(c: char) -> bool {
    c.is_ascii_digit()
        || numerals::starts_chinese_number(c)
        || matches!(
            c,
            '.' | ',' | '点' | '零' | '〇' | '千' | '万' | '亿' | '%' | '分' | '之'
        )
}

/// Whether `c` may start a numeral, price or slang conversion.
#[inline]
fn may_convert(c: char) -> bool {
    c.is_ascii_digit() || numerals::starts_chinese_number(c) || c == '¥' || slang::may_start(c)
}

/// A position of [`Input`] to come back to.
#[derive(Clone, Copy)]
struct Mark<'a> {
    part: usize,
    rest: &'a str,
    idx: u32,
    prev: char,
    next: Option<char>,
}

/// The input characters, simplified and folded, one at a time.
struct Input<'a> {
    parts: &'a [&'a str],
    part: usize,
    it: std::str::Chars<'a>,
    /// Index of the next raw character.
    idx: u32,
    prev: char,
    next: Option<char>,
}

impl<'a> Input<'a> {
    fn new(parts: &'a [&'a str]) -> Input<'a> {
        let mut me = Input {
            parts,
            part: 0,
            it: parts.first().copied().unwrap_or("").chars(),
            idx: 0,
            prev: '\0',
            next: None,
        };
        me.next = me.pull();
        me
    }

    fn pull(&mut self) -> Option<char> {
        loop {
            if let Some(c) = self.it.next() {
                return Some(c);
            }
            self.part += 1;
            self.it = self.parts.get(self.part)?.chars();
        }
    }

    fn mark(&self) -> Mark<'a> {
        Mark {
            part: self.part,
            rest: self.it.as_str(),
            idx: self.idx,
            prev: self.prev,
            next: self.next,
        }
    }

    fn restore(&mut self, m: Mark<'a>) {
        self.part = m.part;
        self.it = m.rest.chars();
        self.idx = m.idx;
        self.prev = m.prev;
        self.next = m.next;
    }

    /// Copies the characters from here on that normalisation leaves alone and that start no
    /// conversion (most of any transcript) straight to `out`, as one stretch.
    fn copy_plain_run(&mut self, out: &mut Out) {
        let Some(c) = self.next else { return };
        let plain = plain_table();
        if !is_plain(plain, c) {
            return;
        }
        // `next` came from the part `it` is reading; the rest of that part follows it.
        let rest = self.it.as_str();
        let mut len = 0usize;
        let mut n = 1u32;
        let mut last = c;
        for ch in rest.chars() {
            if !is_plain(plain, ch) {
                break;
            }
            len += ch.len_utf8();
            n += 1;
            last = ch;
        }
        out.push_one(c, self.idx);
        out.push_plain(&rest[..len], self.idx + 1, n - 1);
        self.idx += n;
        self.prev = last;
        self.it = rest[len..].chars();
        self.next = self.pull();
    }

    /// Next character after traditional → simplified and folding, with its input index.
    #[inline]
    fn next_folded(&mut self) -> Option<(char, u32)> {
        loop {
            let c = self.next?;
            self.next = self.pull();
            let i = self.idx;
            self.idx += 1;
            let cp = c as u32;
            let folded = if cp < 0x10000 {
                match fold_table()[cp as usize] {
                    DROPPED => None,
                    CONTEXTUAL => fold_char(simplify(self.prev, c, self.next.unwrap_or('\0'))),
                    v => char::from_u32(v as u32),
                }
            } else {
                fold_char(c)
            };
            self.prev = c;
            if let Some(f) = folded {
                return Some((f, i));
            }
        }
    }
}

/// Traditional → simplified for one character, from a table built once from fast2s (the
/// converter itself hashes every character, which is most of the normalisation time). The
/// few characters fast2s converts by their neighbours go through fast2s with them.
#[inline]
fn simplify(prev: char, c: char, next: char) -> char {
    let cp = c as u32;
    if !(T2S_FIRST..=T2S_LAST).contains(&cp) {
        return c;
    }
    let v = t2s_table()[(cp - T2S_FIRST) as usize];
    if v == CONTEXTUAL {
        let s: String = [prev, c, next].iter().collect();
        return fast2s::convert(&s).chars().nth(1).unwrap_or(c);
    }
    if v == 0 {
        c
    } else {
        char::from_u32(v as u32).unwrap_or(c)
    }
}

/// Whether `c` passes through normalisation unchanged and starts no conversion.
#[inline]
fn is_plain(plain: &[u64], c: char) -> bool {
    let cp = c as usize;
    cp < 0x10000 && plain[cp >> 6] & (1 << (cp & 63)) != 0
}

/// Bit set over the BMP of the characters [`is_plain`] accepts.
fn plain_table() -> &'static [u64] {
    static TABLE: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let fold = fold_table();
        let mut bits = vec![0u64; 0x10000 / 64];
        for cp in 0u32..0x10000 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if cp > 1 && u32::from(fold[cp as usize]) == cp && !may_convert(c) {
                bits[cp as usize >> 6] |= 1 << (cp & 63);
            }
        }
        bits
    })
}

/// `fold_table` entry of a character that is dropped (whitespace).
const DROPPED: u16 = 0;

/// Simplified and folded form of every BMP character in one lookup (`DROPPED`, `CONTEXTUAL`, or
/// the resulting character).
fn fold_table() -> &'static [u16] {
    static TABLE: std::sync::OnceLock<Vec<u16>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (0u32..0x10000)
            .map(|cp| {
                let Some(c) = char::from_u32(cp) else {
                    return DROPPED;
                };
                if (T2S_FIRST..=T2S_LAST).contains(&cp)
                    && t2s_table()[(cp - T2S_FIRST) as usize] == CONTEXTUAL
                {
                    return CONTEXTUAL;
                }
                match fold_char(simplify('\0', c, '\0')) {
                    None => DROPPED,
                    Some(f) if (f as u32) <= 1 || (f as u32) > 0xFFFF => CONTEXTUAL,
                    Some(f) => f as u32 as u16,
                }
            })
            .collect()
    })
}

const T2S_FIRST: u32 = 0x2E80;
const T2S_LAST: u32 = 0xFFEF;
/// Marks characters fast2s converts depending on their neighbours.
const CONTEXTUAL: u16 = 1;
/// Characters fast2s treats by context (its special-case tables).
const CONTEXTUAL_CHARS: &str = "兒覆夥藉瞭麽幺於乾著苧闔鍾讎畫";

fn t2s_table() -> &'static [u16] {
    static TABLE: std::sync::OnceLock<Vec<u16>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = vec![0u16; (T2S_LAST - T2S_FIRST + 1) as usize];
        let mut buf = String::with_capacity(4);
        for cp in T2S_FIRST..=T2S_LAST {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let k = (cp - T2S_FIRST) as usize;
            if CONTEXTUAL_CHARS.contains(c) {
                t[k] = CONTEXTUAL;
                continue;
            }
            buf.clear();
            buf.push(c);
            let s = fast2s::convert(&buf).chars().next().unwrap_or(c);
            if s != c && (s as u32) <= 0xFFFF && s as u32 > 1 {
                t[k] = s as u32 as u16;
            }
        }
        t
    })
}

/// Normalises a rule term or phrase the same way as transcript text.
pub fn normalize_term(term: &str) -> String {
    normalize(term).text
}

/// Whether a character ends a clause (used for negation scope and context windows).
#[inline]
pub fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | '!'
            | '?'
            | ';'
            | ':'
            | '。'
            | '、'
            | '…'
            | '\n'
            | '；'
            | '」'
            | '「'
            | '“'
            | '”'
    )
}

/// Whether a character ends a sentence.
#[inline]
pub fn is_sentence_break(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '…' | '\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn traditional_and_width_fold_to_one_form() {
        assert_eq!(n("這款產品ＡＢＣ，１２３"), "这款产品abc,123");
        // The table agrees with fast2s on whole sentences, context-dependent characters included.
        for t in [
            "看著這個藉口，乾隆時的畫很漂亮",
            "這個價格很優惠，國家級認證",
            "於是我們回覆了",
        ] {
            let want: String = fast2s::convert(t);
            assert_eq!(n(t), want.replace('，', ","), "{t}");
        }
        assert_eq!(n("價格 很 低"), "价格很低");
    }

    #[test]
    fn chinese_numerals_become_digits() {
        assert_eq!(n("原价二百九十九"), "原价299");
        assert_eq!(n("只要九十九元"), "只要99元");
        assert_eq!(n("好评率百分之百"), "好评率100%");
        assert_eq!(n("收益百分之三十"), "收益30%");
        assert_eq!(n("一年收一百分之三十"), "1年收一30%");
        assert_eq!(n("百分百正品"), "100%正品");
        assert_eq!(n("今天两瓶只要八十八"), "今天2瓶只要88");
        assert_eq!(n("二点五折"), "2.5折");
        assert_eq!(n("卖了十万单"), "卖了100000单");
        assert_eq!(n("卖了10万单"), "卖了100000单");
        assert_eq!(n("一百五"), "150");
        assert_eq!(n("两万五"), "25000");
        assert_eq!(n("一百零五"), "105");
        assert_eq!(n("第一品牌"), "第1品牌");
        assert_eq!(n("一个月瘦二十斤"), "1个月瘦20斤");
        assert_eq!(n("10,000元"), "10000元");
        // Longer than the short lookahead: the whole number is still read as one.
        assert_eq!(
            n("原价一千二百三十四万五千六百七十八元整"),
            "原价12345678元整"
        );
        assert_eq!(n("一千二百三十四万五千六百七十八点五元"), "12345678.5元");
        assert_eq!(n("1.5万"), "15000");
    }

    #[test]
    fn numeral_words_that_are_not_numbers_stay() {
        for s in [
            "一定",
            "一起",
            "唯一",
            "独一无二",
            "千万别错过",
            "万一",
            "十分好",
            "三无产品",
            "一级能效",
            "一下",
            "三五天",
            "七八个",
            "一点点",
            "五星好评",
            "唯一一个",
            "统一",
            "好几十倍",
            "几百块",
        ] {
            assert_eq!(n(s), s, "{s}");
        }
    }

    #[test]
    fn currency_slang_becomes_yuan() {
        assert_eq!(n("九十九块"), "99元");
        assert_eq!(n("99块钱"), "99元");
        assert_eq!(n("九块九"), "9.9元");
        assert_eq!(n("199米"), "199元");
        assert_eq!(n("￥199"), "199元");
        assert_eq!(n("1.8米长"), "1.8米长");
    }

    #[test]
    fn contact_slang_becomes_weixin() {
        assert_eq!(n("加V"), "加微信");
        assert_eq!(n("加个薇"), "加个微信");
        assert_eq!(n("绿泡泡联系我"), "微信联系我");
        assert_eq!(n("VX私聊"), "微信私聊");
        assert_eq!(n("威信"), "微信");
    }

    #[test]
    fn source_map_points_at_input_characters() {
        let z = normalize("原价 二百九十九元");
        assert_eq!(z.text, "原价299元");
        // "299" came from input chars 3..8 (after the space at index 2).
        assert_eq!(z.source_range(2, 5), (3, 8));
        assert_eq!(z.source_range(3, 4), (3, 8));
        assert_eq!(z.source_range(5, 6), (8, 9));
        // A long text exercises the lookahead buffer refills.
        let long = "原价二百九十九，今天只要九十九元，加V私聊。".repeat(50);
        let z = normalize(&long);
        assert_eq!(z.text, "原价299,今天只要99元,加微信私聊。".repeat(50));
        let z = normalize("加V好");
        assert_eq!(z.text, "加微信好");
        assert_eq!(z.source_range(1, 2), (0, 2));
        assert_eq!(z.source_range(3, 4), (2, 3));
        let z = normalize_parts(&["原价二百", "九十九"]);
        assert_eq!(z.text, "原价299");
        assert_eq!(z.source_range(2, 5), (2, 7));
        assert_eq!(z.slice(2, 5), "299");
        assert_eq!(z.char_at_byte(z.byte_at_char(5)), 5);
    }
}
