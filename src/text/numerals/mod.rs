//! Chinese numerals and spoken prices → digits.
//!
//! Hand-written rather than a crate: the numeral crates parse a whole string as one number,
//! while here a numeral has to be found inside running speech and left alone when it is a
//! word (一定, 唯一, 千万别, 三五天), which needs the surrounding characters.
//!
//! [`read`] reads one number; this module writes what was read into the normalised text:
//! prices with their currency word (九块九 → 9.9元), percentages (百分之三十 → 30%).

mod read;

use super::Out;
pub(super) use read::starts_chinese_number;
use read::{cn_digit, is_cn_num, is_count_measure, read_ascii, read_chinese, Dec};

/// Whether `chars[j]` is a measure word that counts (一斤, 两个), not 包邮.
fn count_at(chars: &[char], j: usize) -> bool {
    chars.get(j).is_some_and(|&c| is_count_measure(c))
        && !(chars[j] == '包' && chars.get(j + 1) == Some(&'邮'))
}

/// Single digit (ASCII or Chinese) at `j` that is the tenths of a price before it (九块九), if it
/// stands alone: not followed by more numerals, except a count (九块九一斤 is 9.9元 for 1斤).
fn lone_digit(chars: &[char], j: usize) -> Option<u64> {
    let c = *chars.get(j)?;
    let d = c
        .to_digit(10)
        .map(|d| d as u64)
        .or_else(|| cn_digit(c).filter(|_| c != '零' && c != '〇'))?;
    // 两块一斤, 十九块两斤: a count after the price, not 2.1元斤.
    if matches!(c, '一' | '两' | '1') && count_at(chars, j + 1) {
        return None;
    }
    let after = chars.get(j + 1);
    let count_follows =
        after.is_some_and(|a| cn_digit(*a).is_some_and(|v| v > 0)) && count_at(chars, j + 2);
    if !count_follows
        && after.is_some_and(|a| a.is_ascii_digit() || is_cn_num(*a) || *a == '点' || *a == '.')
    {
        return None;
    }
    Some(d)
}

/// 百分之三十 → 30%, 百分百 → 100% at `chars[i]` (a 百); `None` when it is not a percentage.
fn percentage_at(chars: &[char], idx: &[u32], i: usize, out: &mut Out) -> Option<usize> {
    let s0 = idx[i];
    let end_of = |j: usize| idx[j - 1] + 1;
    if chars.get(i + 1) == Some(&'分') && chars.get(i + 2) == Some(&'百') {
        out.push_str("100%", s0, end_of(i + 3));
        return Some(i + 3);
    }
    if chars.get(i + 1) == Some(&'分') && chars.get(i + 2) == Some(&'之') {
        let j = i + 3;
        let parsed = match chars.get(j) {
            Some(d) if d.is_ascii_digit() => Some(read_ascii(chars, j)),
            Some('百') => Some((Dec::int(100), j + 1)),
            Some(d) if starts_chinese_number(*d) => {
                read_chinese(chars, j, Some('之')).ok().or_else(|| {
                    // A lone digit after 百分之 is a percentage even without a measure word.
                    cn_digit(*d).map(|v| (Dec::int(v), j + 1))
                })
            }
            _ => None,
        };
        if let Some((v, e)) = parsed {
            out.push_str(&v.render(), s0, end_of(e));
            out.push('%', s0, end_of(e));
            return Some(e);
        }
    }
    None
}

/// The currency suffix after a number that ends at `e`: 块/元 + lone digit = tenths (九块九 →
/// 9.9元, added to `v`); 块钱, 块, 元钱, 米 → 元. Returns where the suffix ends, whether it
/// names 元, and whether it held tenths.
fn currency_suffix(chars: &[char], mut e: usize, v: &mut Dec) -> (usize, bool, bool) {
    let mut yuan = false;
    let mut tenths = false;
    match chars.get(e) {
        Some('块') | Some('元') if v.scale == 0 && lone_digit(chars, e + 1).is_some() => {
            *v = v.add_tenths(lone_digit(chars, e + 1).unwrap_or(0));
            e += 2;
            yuan = true;
            tenths = true;
        }
        Some('块') => {
            e += if chars.get(e + 1) == Some(&'钱') {
                2
            } else {
                1
            };
            yuan = true;
        }
        Some('元') => {
            e += if chars.get(e + 1) == Some(&'钱') {
                2
            } else {
                1
            };
            yuan = true;
        }
        Some('米') if !chars.get(e + 1).is_some_and(|c| "长宽高深".contains(*c)) => {
            e += 1;
            yuan = true;
        }
        _ => {}
    }
    (e, yuan, tenths)
}

/// Converts the number starting at `i` (ASCII digits, ¥, Chinese numerals or 百分之…) and its
/// currency suffix; returns the index after what was consumed, or `None` to leave `chars[i]`
/// to the other passes.
pub(super) fn convert_at(chars: &[char], idx: &[u32], i: usize, out: &mut Out) -> Option<usize> {
    let c = chars[i];
    // 一口价 is a fixed price, not one mouthful of something.
    if chars.get(i..i + 3) == Some(&['一', '口', '价'][..]) {
        return None;
    }
    let s0 = idx[i];
    let end_of = |j: usize| idx[j - 1] + 1;
    // 百分之三十 → 30%, 百分百 → 100%.
    if c == '百' {
        return percentage_at(chars, idx, i, out);
    }
    let (yuan_prefix, start) = if c == '¥' { (true, i + 1) } else { (false, i) };
    let first = *chars.get(start)?;
    let (mut v, e) = if first.is_ascii_digit() {
        read_ascii(chars, start)
    } else if !yuan_prefix && starts_chinese_number(first) {
        match read_chinese(chars, start, out.last()) {
            Ok(r) => r,
            Err(end) => {
                for j in i..end {
                    out.push(chars[j], idx[j], idx[j] + 1);
                }
                return Some(end);
            }
        }
    } else {
        return None;
    };
    let num_end = e;
    let (suffix_end, named, tenths) = currency_suffix(chars, e, &mut v);
    let yuan = yuan_prefix || named;
    let e = suffix_end;
    // Digits map to the spoken number, 元 to the spoken currency word.
    let digits_end = if tenths || num_end == start {
        end_of(e)
    } else {
        end_of(num_end)
    };
    out.push_str(&v.render(), s0, digits_end);
    if yuan {
        let ys = if tenths || e == num_end {
            s0
        } else {
            idx[num_end]
        };
        out.push('元', ys, end_of(e));
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    fn n(s: &str) -> String {
        crate::text::normalize(s).text
    }

    #[test]
    fn digit_after_wan_or_qian_is_the_next_place() {
        for (s, want) in [
            ("15万9", "159000"),
            ("1万5", "15000"),
            ("12万8", "128000"),
            ("十五万九", "159000"),
            ("一万五", "15000"),
            ("三千五", "3500"),
            ("两千八", "2800"),
            ("3千5", "3500"),
            ("一百二", "120"),
            ("1百2", "120"),
            ("两万二", "22000"),
            ("1w5", "15000"),
            ("1亿5", "150000000"),
            // The following unit is part of the number, not a second one.
            ("1万5千", "15000"),
            ("十五万九千", "159000"),
            ("12万8千5百", "128500"),
            ("1万5千3", "15300"),
            ("三千五百块", "3500元"),
            ("3千5百块", "3500元"),
            ("2千8块", "2800元"),
            ("1万零5百", "10500"),
            ("1万2500", "12500"),
            ("3千500", "3500"),
            ("5千万", "50000000"),
            ("1千2百万", "12000000"),
            (
                "4S店报价十八万,在我这15万9开走",
                "4s店报价180000,在我这159000开走",
            ),
        ] {
            assert_eq!(n(s), want, "{s}");
        }
    }

    #[test]
    fn count_after_a_number_stays_apart() {
        for (s, want) in [
            // 一万五一个 is 15000 for one, not a malformed 一万五一; a count right after digits
            // stays in words so that it does not run into them (150001个).
            ("一万五一个", "15000一个"),
            ("15万9一台", "159000一台"),
            ("十万一个", "100000一个"),
            // Written so: the digits run together, but it is 100000, not 110000, for one.
            ("10万1个", "1000001个"),
            ("99一盒", "99一盒"),
            ("一千一个月", "1000一个月"),
            ("九十九两盒", "99两盒"),
            // Words after a number are not its last place.
            ("十万一定要抢", "100000一定要抢"),
            ("现在一口价八十九", "现在一口价89"),
            ("今晚十二点一过就恢复", "今晚12点一过就恢复"),
            ("10万一定要抢", "100000一定要抢"),
            ("1万2一定", "12000一定"),
            ("三百九十九两根", "399两根"),
            // Still the abbreviated last place.
            ("一万一", "11000"),
            ("一百一左右", "110左右"),
            ("二十一个", "21个"),
            ("一百零一个", "101个"),
            ("一万两个", "12000个"),
        ] {
            assert_eq!(n(s), want, "{s}");
        }
    }

    #[test]
    fn mixed_numbers_map_to_what_was_said() {
        let z = crate::text::normalize("价15万9一台");
        assert_eq!(z.text, "价159000一台");
        assert_eq!(z.source_range(1, 7), (1, 5));
        assert_eq!(z.source_range(7, 8), (5, 6));
        let z = crate::text::normalize("9块9一斤");
        assert_eq!(z.text, "9.9元1斤");
        assert_eq!(z.source_range(0, 4), (0, 3));
        assert_eq!(z.source_range(4, 6), (3, 5));
    }

    #[test]
    fn unit_price_keeps_the_count_apart() {
        for (s, want) in [
            ("9块9一斤", "9.9元1斤"),
            ("十九块九两斤", "19.9元2斤"),
            ("39块9一瓶", "39.9元1瓶"),
            ("三块五一个", "3.5元1个"),
            ("九块九三斤", "9.9元3斤"),
            ("两块一斤", "2元1斤"),
            ("十九块两斤", "19元2斤"),
            ("五块1个", "5元1个"),
            // Tenths as before.
            ("九块九", "9.9元"),
            ("九块九包邮", "9.9元包邮"),
            ("九块一包邮", "9.1元包邮"),
            ("三十九块九,包邮", "39.9元,包邮"),
            ("9块99", "9元99"),
        ] {
            assert_eq!(n(s), want, "{s}");
        }
    }

    #[test]
    fn units_that_are_words_or_measures_stay() {
        for (s, want) in [
            ("3千克", "3千克"),
            ("5百米", "5百米"),
            ("千万别", "千万别"),
            ("万一", "万一"),
            ("万能", "万能"),
            ("十全十美", "十全十美"),
            ("第一次", "第1次"),
            ("百分之百", "100%"),
            ("一万五六千", "一万五六千"),
            ("三五天", "三五天"),
            ("1.5万", "15000"),
        ] {
            assert_eq!(n(s), want, "{s}");
        }
    }
}
