//! Structured values pulled out of a claim: the two prices of a price comparison, a sales
//! figure, a promised return. They go into `Finding::claims` so a reviewer can check them
//! against the platform's page snapshot or order data.

use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

use super::model::Extractor;

/// What an extractor found, and how far (in normalised characters from the window start) the
/// values reach, so the finding can be widened to cover them.
pub(crate) struct Extracted {
    pub claims: Map<String, Value>,
    pub reach: Option<usize>,
}

fn num(s: &str) -> Value {
    match s.parse::<u64>() {
        Ok(v) => Value::from(v),
        Err(_) => s
            .parse::<f64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::from(s)),
    }
}

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("built-in extractor regex"))
}

/// Byte offset → char offset within `w`.
fn chars_to(w: &str, byte: usize) -> usize {
    w[..byte].chars().count()
}

/// Runs `ex` over window text `w` (normalised), where the trigger starts at char `trigger`.
pub(crate) fn extract(ex: Extractor, w: &str, trigger: usize) -> Extracted {
    match ex {
        Extractor::Price => price(w, trigger),
        Extractor::Sales => sales(w, trigger),
        Extractor::Returns => returns(w, trigger),
    }
}

/// Measure words after which a number is a quantity, not a price.
const QUANTITY: &str = "瓶盒件个支套袋包箱罐只条双台斤克份次天人单";
/// Markers that introduce the price actually charged.
const STRONG: &[&str] = &[
    "现价",
    "只要",
    "只需",
    "仅需",
    "仅要",
    "仅售",
    "只卖",
    "到手",
    "秒杀",
    "福利价",
    "活动价",
    "特价",
    "券后",
    "折后",
    "一口价",
];

fn price(w: &str, trigger: usize) -> Extracted {
    static ORIG: OnceLock<Regex> = OnceLock::new();
    static NOW: OnceLock<Regex> = OnceLock::new();
    static DISC: OnceLock<Regex> = OnceLock::new();
    static CUT: OnceLock<Regex> = OnceLock::new();
    let orig = re(
        &ORIG,
        r"(?:原价|划线价|专柜价|市场价|吊牌价|日常价|官方价|官网价|门店价|零售价|指导价|平时|平常|以前|之前|原来|外面)[^\d,.!?。;]{0,4}?(\d+(?:\.\d+)?)",
    );
    let now = re(
        &NOW,
        r"(?:现价|现在|只要|只需|仅需|仅要|仅售|只卖|到手|今天|直播间|秒杀|福利价|活动价|限时|特价|券后|折后|一口价|才|就|价)[^\d,.!?。;]{0,6}?(\d+(?:\.\d+)?)",
    );
    let disc = re(&DISC, r"(\d+(?:\.\d+)?)折");
    let cut = re(&CUT, r"(?:立减|直降|立省|优惠|便宜|减)(\d+(?:\.\d+)?)");
    let mut claims = Map::new();
    let mut reach = None;
    let bump = |end_byte: usize, reach: &mut Option<usize>| {
        let c = chars_to(w, end_byte);
        *reach = Some(reach.map_or(c, |r: usize| r.max(c)));
    };
    let start_byte = w.char_indices().nth(trigger).map(|(b, _)| b).unwrap_or(0);
    let mut after_orig = start_byte;
    if let Some(c) = orig
        .captures_iter(w)
        .find(|c| c.get(0).is_some_and(|m| m.end() > start_byte))
    {
        let m = c.get(1).expect("group");
        claims.insert("original_price".into(), num(m.as_str()));
        after_orig = m.end();
        bump(m.end(), &mut reach);
    }
    // The current price: a number after a price marker that is not a quantity (今天2瓶只要88
    // is 88, not 2); strong markers (只要, 到手, 现价) win over weak ones (今天, 直播间).
    let rest = &w[after_orig..];
    let mut best: Option<(bool, usize, &str)> = None;
    for c in now.captures_iter(rest) {
        let m = c.get(1).expect("group");
        let next = rest[m.end()..].chars().next();
        if next.is_some_and(|ch| QUANTITY.contains(ch)) {
            continue;
        }
        let strong = STRONG
            .iter()
            .any(|s| c.get(0).is_some_and(|all| all.as_str().starts_with(s)));
        if best.is_none_or(|(bs, _, _)| strong && !bs) {
            best = Some((strong, m.end(), m.as_str()));
        }
        if strong {
            break;
        }
    }
    if let Some((_, end, v)) = best {
        claims.insert("price".into(), num(v));
        bump(after_orig + end, &mut reach);
    }
    if let Some(c) = disc
        .captures_iter(w)
        .find(|c| c.get(0).is_some_and(|m| m.end() > start_byte))
    {
        claims.insert("discount".into(), num(c.get(1).expect("group").as_str()));
        bump(c.get(0).expect("match").end(), &mut reach);
    }
    if let Some(c) = cut
        .captures_iter(w)
        .find(|c| c.get(0).is_some_and(|m| m.end() > start_byte))
    {
        claims.insert("reduction".into(), num(c.get(1).expect("group").as_str()));
        bump(c.get(0).expect("match").end(), &mut reach);
    }
    Extracted { claims, reach }
}

fn sales(w: &str, trigger: usize) -> Extracted {
    static COUNT: OnceLock<Regex> = OnceLock::new();
    static PEOPLE: OnceLock<Regex> = OnceLock::new();
    static RATE: OnceLock<Regex> = OnceLock::new();
    let count = re(
        &COUNT,
        r"(\d+(?:\.\d+)?)(?:多|余)?(单|件|瓶|盒|份|套|箱|支|罐|袋|台)",
    );
    let people = re(
        &PEOPLE,
        r"(\d+(?:\.\d+)?)(?:多|余)?(?:个|位|名)?(人|宝妈|家人|用户|顾客|姐妹|客户|粉丝|家庭|买家|朋友)",
    );
    let rate = re(
        &RATE,
        r"(好评率|好评|满意度|满意率|回购率|复购率|推荐率|有效率|治愈率)(?:达到|高达|是|有)?(\d+(?:\.\d+)?)%",
    );
    let start_byte = w
        .char_indices()
        .nth(trigger.saturating_sub(12))
        .map(|(b, _)| b)
        .unwrap_or(0);
    let mut claims = Map::new();
    let mut reach: Option<usize> = None;
    let mut bump = |end: usize| {
        let c = chars_to(w, end);
        reach = Some(reach.map_or(c, |r| r.max(c)));
    };
    if let Some(c) = count.captures_iter(&w[start_byte..]).next() {
        claims.insert("sales_count".into(), num(&c[1]));
        claims.insert("unit".into(), Value::from(&c[2]));
        bump(start_byte + c.get(0).expect("match").end());
    }
    if let Some(c) = people.captures_iter(&w[start_byte..]).next() {
        claims.insert("people_count".into(), num(&c[1]));
        bump(start_byte + c.get(0).expect("match").end());
    }
    if let Some(c) = rate.captures_iter(&w[start_byte..]).next() {
        let key = match &c[1] {
            "回购率" | "复购率" => "repurchase_rate",
            "有效率" | "治愈率" => "efficacy_rate",
            _ => "positive_rate",
        };
        claims.insert(key.into(), num(&c[2]));
        bump(start_byte + c.get(0).expect("match").end());
    }
    Extracted { claims, reach }
}

fn returns(w: &str, trigger: usize) -> Extracted {
    static RET: OnceLock<Regex> = OnceLock::new();
    static MULT: OnceLock<Regex> = OnceLock::new();
    let ret = re(
        &RET,
        r"(?:(年化|每年|一年|1年|年|每月|一个月|1个月|月|每天|日|每周|周)[^\d,.!?。]{0,6}?)?(?:收益|回报|利息|利润|赚|收益率|回报率|利率)[^\d,.!?。]{0,4}?(\d+(?:\.\d+)?)%",
    );
    let mult = re(&MULT, r"(?:翻|涨|赚)(\d+(?:\.\d+)?)倍");
    let start_byte = w
        .char_indices()
        .nth(trigger.saturating_sub(12))
        .map(|(b, _)| b)
        .unwrap_or(0);
    let mut claims = Map::new();
    let mut reach: Option<usize> = None;
    if let Some(c) = ret.captures_iter(&w[start_byte..]).next() {
        claims.insert("promised_return_pct".into(), num(&c[2]));
        if let Some(p) = c.get(1) {
            let period = match p.as_str() {
                s if s.contains('年') => "year",
                s if s.contains('月') => "month",
                s if s.contains('周') => "week",
                _ => "day",
            };
            claims.insert("period".into(), Value::from(period));
        }
        reach = Some(chars_to(w, start_byte + c.get(0).expect("match").end()));
    }
    if let Some(c) = mult.captures_iter(&w[start_byte..]).next() {
        claims.insert("promised_multiple".into(), num(&c[1]));
        let r = chars_to(w, start_byte + c.get(0).expect("match").end());
        reach = Some(reach.map_or(r, |x| x.max(r)));
    }
    Extracted { claims, reach }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn price_comparison_yields_both_prices() {
        let e = extract(Extractor::Price, "原价299,今天在直播间只要99元.", 0);
        assert_eq!(e.claims["original_price"], Value::from(299u64));
        assert_eq!(e.claims["price"], Value::from(99u64));
        let e = extract(Extractor::Price, "今天打2.5折,立减50", 0);
        assert_eq!(e.claims["discount"], Value::from(2.5));
        assert_eq!(e.claims["reduction"], Value::from(50u64));
    }

    #[test]
    fn sales_and_returns_figures() {
        let e = extract(Extractor::Sales, "已经卖出去100000单了,好评率100%", 3);
        assert_eq!(e.claims["sales_count"], Value::from(100000u64));
        assert_eq!(e.claims["positive_rate"], Value::from(100u64));
        let e = extract(Extractor::Returns, "一年收益30%,零风险", 0);
        assert_eq!(e.claims["promised_return_pct"], Value::from(30u64));
        assert_eq!(e.claims["period"], Value::from("year"));
    }
}
