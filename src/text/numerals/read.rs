//! Reading one number from the characters of speech: ASCII digits, Chinese numerals and the
//! two mixed (15万9), kept exact as decimals, and ended where the next character starts a
//! word or a count of its own (十万一定, 九十九两盒).

/// Measure words and units after which a lone numeral character is a number (一个, 两瓶).
const MEASURES: &str = "元块米毛角个件瓶盒袋包箱罐支只条双套台部斤克吨升天周月年岁次倍折名位人单号款种颗粒片杯碗口层份张本节期届秒度成万亿千百%";

pub(super) fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn cn_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

pub(super) fn is_cn_num(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some()
}

/// Whether `c` may start a Chinese number (digits, 十, or 百 of 百分之).
pub(in crate::text) fn starts_chinese_number(c: char) -> bool {
    (cn_digit(c).is_some() && c != '〇') || c == '十' || c == '百'
}

fn is_measure(c: Option<&char>) -> bool {
    matches!(c, Some(c) if MEASURES.contains(*c))
}

/// A decimal number kept exact: `mant / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Dec {
    mant: u128,
    pub(super) scale: u32,
}

impl Dec {
    pub(super) fn int(v: u64) -> Dec {
        Dec {
            mant: v as u128,
            scale: 0,
        }
    }

    fn mul(self, m: u64) -> Dec {
        let mut d = Dec {
            mant: self.mant.saturating_mul(m as u128),
            scale: self.scale,
        };
        while d.scale > 0 && d.mant.is_multiple_of(10) {
            d.mant /= 10;
            d.scale -= 1;
        }
        d
    }

    pub(super) fn add_tenths(self, digit: u64) -> Dec {
        // 9块9 → 9.9 (only for integers).
        Dec {
            mant: self.mant * 10 + digit as u128,
            scale: 1,
        }
    }

    pub(super) fn render(self) -> String {
        let s = self.mant.to_string();
        if self.scale == 0 {
            return s;
        }
        let scale = self.scale as usize;
        let s = if s.len() <= scale {
            format!("{}{}", "0".repeat(scale - s.len() + 1), s)
        } else {
            s
        };
        let (a, b) = s.split_at(s.len() - scale);
        let b = b.trim_end_matches('0');
        if b.is_empty() {
            a.to_string()
        } else {
            format!("{a}.{b}")
        }
    }
}

/// One piece of a spoken number: a Chinese numeral character, or ASCII digits written among
/// them (15万9, 1万5千) as value and digit count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Cn(char),
    Int(u64, u32),
}

impl From<char> for Tok {
    fn from(c: char) -> Tok {
        Tok::Cn(c)
    }
}

/// Parses a run of Chinese numeral characters (no 点) as an integer: 二百九十九 = 299,
/// 十万 = 100000, 一百五 = 150, 两万五 = 25000, 一百零五 = 105. `None` when the run is
/// not a well-formed number (千万, 一五一十, 三四十).
fn parse_cn_int(run: &[char]) -> Option<u64> {
    parse_tokens(run.iter().map(|&c| Tok::Cn(c)))
}

/// [`parse_cn_int`] over pieces that may be ASCII numbers: 15万9 = 159000, 12万8千 = 128000,
/// 1万2500 = 12500 (a wide number after a unit has to fill the places below it).
fn parse_tokens(toks: impl IntoIterator<Item = Tok>) -> Option<u64> {
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    let mut digit: Option<(u64, u32)> = None;
    let mut small_unit: u64 = 0; // last 十/百/千 in this section
    let mut prev_unit: u64 = 0; // unit of the immediately preceding piece
    let mut zero = false;
    let mut wide_tail = false;
    for (n, t) in toks.into_iter().enumerate() {
        if wide_tail {
            return None;
        }
        let (d, width) = match t {
            Tok::Int(v, w) => (Some(v), w),
            Tok::Cn(c) => (cn_digit(c), 1),
        };
        if let Some(d) = d {
            if d == 0 && width == 1 {
                if digit.is_some() {
                    return None;
                }
                zero = true;
                prev_unit = 0;
                continue;
            }
            if digit.is_some() {
                return None;
            }
            wide_tail = width > 1 && n > 0;
            digit = Some((d, width));
            continue;
        }
        let u = match t {
            Tok::Cn(c) => cn_unit(c)?,
            Tok::Int(..) => return None,
        };
        match u {
            10 | 100 | 1000 => {
                let d = match digit.take() {
                    Some((d, _)) => d,
                    None if u == 10 && prev_unit == 0 => 1,
                    None => return None,
                };
                if small_unit != 0 && u >= small_unit {
                    return None;
                }
                section = section.checked_add(d.checked_mul(u)?)?;
                small_unit = u;
            }
            _ => {
                let s = section.checked_add(digit.take().map_or(0, |(d, _)| d))?;
                if s == 0 {
                    return None;
                }
                if u == 100_000_000 {
                    total = total.checked_add(s)?.checked_mul(u)?;
                } else {
                    total = total.checked_add(s.checked_mul(u)?)?;
                }
                section = 0;
                small_unit = 0;
            }
        }
        prev_unit = u;
        zero = false;
    }
    let tail = match digit {
        Some((d, w)) if w > 1 && prev_unit > 0 => {
            if 10u64.checked_pow(w) != Some(prev_unit) {
                return None;
            }
            d
        }
        // 一百五, 15万9: a last digit right after 百/千/万 counts the next lower place.
        Some((d, _)) if !zero && prev_unit >= 100 => d.checked_mul(prev_unit / 10)?,
        Some((d, _)) => d,
        None => 0,
    };
    total.checked_add(section)?.checked_add(tail)
}

/// Measure words that make 一/两 before them a count of its own (一个, 两斤), unlike currency,
/// numeral units and discounts.
pub(super) fn is_count_measure(c: char) -> bool {
    MEASURES.contains(c) && !"元块米毛角成折万亿千百%".contains(c)
}

/// Characters after which a number's last 一 may still be its abbreviated last place (一万一了,
/// 一百一左右): particles, currency, 点.
const AFTER_NUMBER: &str = "了的啊呀吧呢嘛哦哈左多点";

/// Whether a number's last piece starts something of its own: a count (十万一个 is 100000 for
/// one, 一万五一个, 九十九两盒, 10万1台) or a word (十万一定, 三百九十九两根). The number ends
/// before it.
fn splits_off_last<T: Copy + Into<Tok>>(run: &[T], next: Option<char>) -> bool {
    let [.., prev, last] = run else {
        return false;
    };
    let (prev, last) = ((*prev).into(), (*last).into());
    let count = next.is_some_and(is_count_measure);
    let word = next.is_some_and(|c| {
        ('\u{4E00}'..='\u{9FFF}').contains(&c) && !MEASURES.contains(c) && !AFTER_NUMBER.contains(c)
    });
    let after_unit = matches!(prev, Tok::Cn('百' | '千' | '万' | '亿'));
    match last {
        Tok::Cn('一') if after_unit => count || word,
        Tok::Int(1, 1) if after_unit => count,
        Tok::Cn('一' | '两') if count || word => {
            // Only after a number with a unit: 唯一一个, 三五一个 are no such number.
            let all = || run.iter().map(|&t| t.into());
            all().any(|t| matches!(t, Tok::Cn(c) if cn_unit(c).is_some()))
                && parse_tokens(all()).is_none()
                && parse_tokens(all().take(run.len() - 1)).is_some()
        }
        _ => false,
    }
}

/// Whether the unit character at `j` is a unit of the number (not 千克, 百米, 百分之).
fn unit_here(chars: &[char], j: usize) -> bool {
    let next = chars.get(j + 1).copied();
    match chars[j] {
        '千' | '百' if matches!(next, Some('克' | '米')) => false,
        '百' => next != Some('分'),
        _ => true,
    }
}

/// Reads on from an ASCII integer `lead` (of `width` digits) when a Chinese unit follows at `j`
/// (15万9, 1万5千, 3千5百, 1百2, 1w5): the units and digits after it make one number.
fn read_mixed(chars: &[char], lead: u128, width: u32, j: usize) -> Option<(Dec, usize)> {
    let first = match *chars.get(j)? {
        'w' => '万',
        c => c,
    };
    if !matches!(first, '百' | '千' | '万' | '亿') || !unit_here(chars, j) {
        return None;
    }
    let mut toks = vec![Tok::Int(u64::try_from(lead).ok()?, width), Tok::Cn(first)];
    let mut k = j + 1;
    while let Some(&c) = chars.get(k) {
        if cn_digit(c).is_some() {
            toks.push(Tok::Cn(c));
            k += 1;
        } else if cn_unit(c).is_some() {
            if !unit_here(chars, k) {
                // 1万5百米: leave it as it was read before.
                return None;
            }
            toks.push(Tok::Cn(c));
            k += 1;
        } else if c.is_ascii_digit() {
            let s = k;
            let mut v: u64 = 0;
            while let Some(d) = chars.get(k).and_then(|c| c.to_digit(10)) {
                v = v.checked_mul(10)?.checked_add(d as u64)?;
                k += 1;
            }
            if chars.get(k) == Some(&'.') && chars.get(k + 1).is_some_and(|c| c.is_ascii_digit()) {
                k = s;
                break;
            }
            toks.push(Tok::Int(v, (k - s) as u32));
        } else {
            break;
        }
    }
    if splits_off_last(&toks, chars.get(k).copied()) {
        toks.pop();
        k -= 1;
    }
    Some((Dec::int(parse_tokens(toks)?), k))
}

/// Reads an ASCII number at `i` (digits, thousands commas, a decimal point, then 万/亿/千/百/w and
/// what follows them, as in 15万9).
pub(super) fn read_ascii(chars: &[char], i: usize) -> (Dec, usize) {
    let n = chars.len();
    let mut j = i;
    let mut mant: u128 = 0;
    let mut scale = 0u32;
    let mut frac = false;
    let mut width = 0u32;
    while j < n {
        let c = chars[j];
        if let Some(d) = c.to_digit(10) {
            mant = mant.saturating_mul(10).saturating_add(d as u128);
            if frac {
                scale += 1;
            }
            width += 1;
            j += 1;
        } else if c == ',' && !frac && j > i {
            // Thousands separator only when exactly three digits follow.
            let three = (1..=3).all(|k| chars.get(j + k).is_some_and(|c| c.is_ascii_digit()));
            let fourth = chars.get(j + 4).is_some_and(|c| c.is_ascii_digit());
            if three && !fourth {
                j += 1;
            } else {
                break;
            }
        } else if c == '.' && !frac && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()) {
            frac = true;
            j += 1;
        } else {
            break;
        }
    }
    if !frac {
        if let Some(r) = read_mixed(chars, mant, width, j) {
            return r;
        }
    }
    let mut v = Dec { mant, scale };
    match chars.get(j) {
        Some('万') | Some('w') => {
            v = v.mul(10_000);
            j += 1;
        }
        Some('亿') => {
            v = v.mul(100_000_000);
            j += 1;
        }
        Some('千') if !chars.get(j + 1).is_some_and(|c| *c == '克' || *c == '米') => {
            v = v.mul(1000);
            j += 1;
        }
        _ => {}
    }
    (v, j)
}

/// Reads a Chinese number at `i`; returns the value and the end, or `None` (with the end of the
/// run, so the caller can copy the whole run unchanged) when the characters are a word.
pub(super) fn read_chinese(
    chars: &[char],
    i: usize,
    prev_out: Option<char>,
) -> Result<(Dec, usize), usize> {
    let n = chars.len();
    let mut k = i;
    while k < n && is_cn_num(chars[k]) {
        // 收一百分之三十: the 百 starts 百分之, not part of the number before it.
        if chars[k] == '百'
            && k > i
            && chars.get(k + 1) == Some(&'分')
            && chars.get(k + 2) == Some(&'之')
        {
            break;
        }
        k += 1;
    }
    if k >= i + 2 && splits_off_last(&chars[i..k], chars.get(k).copied()) {
        k -= 1;
    }
    let run = &chars[i..k];
    // 几十倍, 好几百, 几万块: an approximate count, not a number (几10 would match nothing).
    if prev_out == Some('几') {
        return Err(k.max(i + 1));
    }
    // Fraction: 二点五 → 2.5 (digits only after 点). A clock time is no fraction: 十二点一过,
    // 八点一刻, 十点半.
    let mut frac_end = k;
    let clock = |m: usize| matches!(chars.get(m), Some('过' | '刻' | '分' | '整' | '钟' | '半'));
    if k + 1 < n
        && chars[k] == '点'
        && cn_digit(chars[k + 1]).is_some_and(|_| chars[k + 1] != '两')
        && !clock(k + 2)
    {
        let mut m = k + 1;
        while m < n && cn_digit(chars[m]).is_some() && chars[m] != '两' {
            m += 1;
        }
        frac_end = m;
    }
    let has_frac = frac_end > k;
    let has_unit = run.iter().any(|c| cn_unit(*c).is_some());
    let next = chars.get(frac_end);
    let convert = if run.len() == 1 {
        let c = run[0];
        match c {
            '零' | '〇' => false,
            // 十五万一台, 99两盒: as digits the count would run into the number (1500001台).
            _ if prev_out.is_some_and(|p| p.is_ascii_digit()) => false,
            '两' => is_measure(next) && !has_frac,
            '百' => false,
            // 收一百分之三十: a lone digit before 百分之 is not a count of 百.
            _ if next == Some(&'百') && chars.get(frac_end + 1) == Some(&'分') => false,
            _ => has_frac || is_measure(next) || prev_out == Some('第'),
        }
    } else if has_unit {
        parse_cn_int(run).is_some()
    } else {
        let has_liang = run.contains(&'两');
        if has_liang {
            false
        } else if run.len() == 2 {
            // 三四天, 七八个, 三五天 are ranges; 八五折 is a discount.
            next == Some(&'折')
        } else {
            true
        }
    };
    if !convert {
        return Err(k.max(i + 1));
    }
    let int = if has_unit || run.len() == 1 {
        match parse_cn_int(run) {
            Some(v) => v,
            None => return Err(k.max(i + 1)),
        }
    } else {
        // Digit string: 二零二五 → 2025, 八八折 → 88.
        run.iter()
            .filter_map(|c| cn_digit(*c))
            .fold(0u64, |a, d| a.saturating_mul(10).saturating_add(d))
    };
    let mut v = Dec::int(int);
    if has_frac {
        for &c in &chars[k + 1..frac_end] {
            let d = cn_digit(c).unwrap_or(0) as u128;
            v = Dec {
                mant: v.mant * 10 + d,
                scale: v.scale + 1,
            };
        }
    }
    Ok((v, frac_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<u64> {
        parse_cn_int(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn parses_spoken_integers() {
        assert_eq!(p("二百九十九"), Some(299));
        assert_eq!(p("十"), Some(10));
        assert_eq!(p("十五"), Some(15));
        assert_eq!(p("三百八十八"), Some(388));
        assert_eq!(p("一千零一"), Some(1001));
        assert_eq!(p("一亿两千万"), Some(120_000_000));
        assert_eq!(p("三千二"), Some(3200));
        assert_eq!(p("千万"), None);
        assert_eq!(p("一五一十"), None);
        assert_eq!(p("三四十"), None);
        assert_eq!(p("十百"), None);
        assert_eq!(p("十五万九"), Some(159_000));
        assert_eq!(p("一万五一"), None);
        assert_eq!(
            parse_tokens([Tok::Int(15, 2), Tok::Cn('万'), Tok::Int(9, 1)]),
            Some(159_000)
        );
        assert_eq!(
            parse_tokens([Tok::Int(1, 1), Tok::Cn('万'), Tok::Int(25, 2)]),
            None
        );
    }

    #[test]
    fn renders_decimals_exactly() {
        assert_eq!(Dec { mant: 25, scale: 1 }.render(), "2.5");
        assert_eq!(Dec { mant: 15, scale: 1 }.mul(10_000).render(), "15000");
        assert_eq!(Dec { mant: 5, scale: 2 }.render(), "0.05");
    }
}
