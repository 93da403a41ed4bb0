//! Denial frames: the host says a claim is not made (我不会跟你说它能生发, 别拿它当退烧药,
//! 它不管生发也不管防脱, 美白祛斑它不管). A single negator's window is too short for a denial
//! that frames a whole clause or a list, so these are read around the claim in its sentence.

use std::sync::OnceLock;

use regex::Regex;

use crate::text::{self, Normalized};

/// The regex in `cell`, compiled from `pattern` on first use (the patterns are fixed).
fn compiled(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("denial frame is a valid regex"))
}

/// Whether the host says they will not make the claim on `s..e` (我不会跟你说它能生发,
/// 美白那些我不敢给你吹, 我不跟你讲戴了就能改运): a negated verb of saying before it in its
/// sentence `slo..shi`, or just after it. The negation window of a single negator is too short
/// for a denial that frames a whole clause.
pub(super) fn denied(n: &Normalized, s: usize, e: usize, slo: usize, shi: usize) -> bool {
    static FRAME: OnceLock<Regex> = OnceLock::new();
    let frame = compiled(
        &FRAME,
            "(?:(?:不会|不敢|不能|不想|唔会|唔敢|冇)(?:跟|给|同|和|对|帮)?(?:你们|你|大家|各位|您)?(?:乱|瞎)?\
             (?:说|讲|吹|保证|承诺|打包票|夸|宣传|写|提)|不(?:跟|给|同|和|对)(?:你们|你|大家|各位|您)(?:说|讲|吹|保证|承诺|打包票|担保)\
             |不(?:吓唬|忽悠|哄|骗)(?:你们|你|大家|各位|您)?(?:说|讲)\
             |(?:不|没)(?:说|讲)过?(?:它|这个)?(?:能|会|可以)\
             |(?:不代表|不等于|并不是说)[^,，。]{0,4}?(?:能|会|可以|就能))(?:[^别其废了]|$)",
    );
    // Right before the claim: 别拿它当退烧药, 它不管生发也不管防脱 (the second item).
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let just_before = compiled(
        &BEFORE,
            "(?:(?:别|不要|莫|毋通|唔好|不能|不可以|千万别)(?:把|拿)(?:它|佢|这个|咱这个?|我们这个?)?当(?:成|作)?\
             |不管\\p{Han}{1,6}(?:也|都)不管|(?:它|佢|这个|我们|咱们?)(?:可|也|都)?(?:不管|管不了))$",
    );
    // Right after it, or after the rest of a short list and a pronoun: 美白祛斑它不管,
    // or named as a word the seller may not use (抗敏这两个字我们不敢写),
    // 微信转账一律不收; or the effect named and then said to be absent at the clause's end
    // (美白祛斑这种功效它没有, 伊呒没).
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let just_after = compiled(
        &AFTER,
        "^(?:\\p{Han}{0,4}?(?:它|佢|这个|咱们?|我们))?(?:都|也|可|一律|统统|一概)?\
             (?:(?:不管|管不了|做不到)(?:$|[了啊呀哈的])|不收|唔收|不接受|不支持)\
         |^\\p{Han}{0,4}?(?:这种|这个|这些|这类|此类|迪种|迪个|嗰种|嗰个)?(?:功效|作用|效果|功能|本事)\
             (?:它|伊|佢|我们|咱)?(?:都|也|可)?(?:没有|冇|呒没|没得|莫得|冇得|不具备|不具有)(?:$|[的啊呀哈噢喔])\
         |^(?:这|那|迪)(?:两|俩|几|三|四)?个?字(?:眼|儿)?\\p{Han}{0,3}?(?:可|都|也)?\
             (?:不敢|不能|不让|不许|没法|不会|唔敢)(?:写|说|提|用|讲|印)",
    );
    // Within the claim's own clause: 全网最便宜的，哎不对不能说最 is a correction, not a denial.
    let before = n.slice(s.saturating_sub(16).max(slo), s);
    let before = before
        .rsplit(text::is_clause_break)
        .next()
        .unwrap_or(before);
    let after = n.slice(e, (e + 10).min(shi.max(e)));
    let after = after.split(text::is_clause_break).next().unwrap_or(after);
    // 跟X没有关系: the claim word as what the product has nothing to do with.
    static UNRELATED: OnceLock<Regex> = OnceLock::new();
    let unrelated = compiled(
        &UNRELATED,
        "^\\p{Han}{0,4}?(?:都|也)?没(?:有)?(?:一点|半点|任何|什么)?(?:关系|关联)",
    );
    let no_relation = (before.ends_with('跟') || before.ends_with('和') || before.ends_with('与'))
        && unrelated.is_match(after);
    // 谁跟你说X的都是骗子: the claim as what impostors say (a warning against fraud, not an
    // offer). Only with the verdict after it: 谁说X is as often a boast as a denial.
    static WHOEVER: OnceLock<Regex> = OnceLock::new();
    static IMPOSTOR: OnceLock<Regex> = OnceLock::new();
    let whoever = compiled(
        &WHOEVER,
        "谁(?:要是|再)?(?:跟|给|和|同|对)?(?:你们|你|大家|各位|您)?(?:说|讲|吹|承诺|保证)\\p{Han}{0,6}$",
    );
    let impostor = compiled(
        &IMPOSTOR,
        "^\\p{Han}{0,4}?的?,?(?:那)?(?:都是|全是|就是|一律是|肯定是|是)(?:冒充|假冒|假的|骗|山寨|李鬼)",
    );
    // The verdict may follow a comma (谁跟你说能打七折的，那都是骗子).
    let verdict = n.slice(e, (e + 12).min(shi.max(e)));
    let impostors_say = whoever.is_match(before) && impostor.is_match(verdict);
    // 不管X也不管Y: the first item, said between 不管 and 也不管.
    let listed =
        before.ends_with("不管") && (after.starts_with("也不管") || after.starts_with("都不管"));
    frame.is_match(before)
        || frame.is_match(after)
        || just_before.is_match(before)
        || just_after.is_match(after)
        || listed
        || no_relation
        || impostors_say
}

/// Whether a sentence denies or disclaims something (没有任何治疗作用, but not 没有副作用;
/// 别拿它当药, 不能代替药物, 不承诺收益, 只是布景, 咽炎它不管), sends the viewer to an emergency
/// number or a hospital department (打120, 要去医院外科), points to a count the platform shows
/// (平台显示…), or grants a rival its quality (某某家也不错): where the sentence model alone
/// would add a claim there, it must be sure.
pub(super) fn disclaims(sentence: &str) -> bool {
    static MARKERS: OnceLock<Regex> = OnceLock::new();
    compiled(
        &MARKERS,
        "并不能|不能代替|不能替代|代替不了|替代不了|顶替不了|取代不了|该吃药就?吃药|遵医嘱|(?:别|不要|不能)(?:自己|自行|擅自)?停药|先问(?:过)?医生|咨询医生|听医生的|不是药|不是药品|不是保健品\
         |(?:别|不要|莫|毋通|唔好)(?:把|拿)(?:它|佢|这个)?当|不敢?(?:承诺|保证|担保|打包票)|不代表\
         |不等于|不是说|不管(?:用|治)?\\p{Han}{0,4}(?:也|都)不管|只是(?:布景|装饰|摆设|图案|外观|包装|个)\
         |跟\\p{Han}{0,6}没(?:有)?(?:一点|半点|任何)?关系|不(?:跟|和)别(?:的|家)\\p{Han}{0,3}比\
         |(?:打|拨打|拨)(?:120|110|119|122)(?:[^0-9]|$)\
         |(?:要|该|请|得|赶紧|及时|直接)去\\p{Han}{0,4}?医院|去医院\\p{Han}{1,4}科|(?:它|佢|伊|这个)(?:可|也|都)?不管(?:$|[,，。了啊的])\
         |(?:平台|页面|屏幕上|直播间)(?:上)?(?:显示|统计|自己统计|写的|写着)|平台的\\p{Han}{0,2}(?:数字|数据|计数)|也(?:是|都是)?(?:有资质|正规的|正品|靠谱的)|(?:也|都)(?:不错|挺好|挺不错|蛮好|中)(?:的|啊|呀)?(?:,|，|。|$)|没有(?:任何)?(?:治疗|药用|医疗|保健|神奇|特殊)?(?:作用|功效|疗效)\
         |不(?:说|讲|提)什么|没(?:有)?(?:写|标|挂)?(?:过)?(?:划线价|原价|参考价|吊牌价)",
    )
    .is_match(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disclaimers_are_told_from_claims_in_their_words() {
        assert!(disclaims("它就是普通零食，没有任何治疗作用，别拿它当药。"));
        assert!(disclaims("转经筒只是布景，不代表吃了能保平安。"));
        assert!(disclaims("本品不能代替药物。"));
        assert!(disclaims("猫咪生病了该吃药吃药，它顶替不了。"));
        assert!(disclaims("正在吃降压药的观众，请遵医嘱，别自己停药。"));
        // Calling an emergency number is advice, not a contact channel (digits as normalised).
        assert!(disclaims("喘不上气的，直接打120。"));
        assert!(!disclaims("下单前打13800138000问客服。"));
        assert!(disclaims("页面上就标这个价，不跟别家的价比。"));
        // Sent to a hospital department, an illness it does not treat, a count the platform shows.
        assert!(disclaims("伤口化脓的我们不接，要去医院外科。"));
        assert!(disclaims("这仪器管的是鼻塞，咽炎它不管，您别瞎用。"));
        assert!(disclaims("平台显示已经有一千多人加购，那是平台的数字。"));
        assert!(!disclaims("用了它，再也不用去医院排队了。"));
        assert!(!disclaims("不管多大年纪都能用。"));
        // Granting a rival its quality is not running it down.
        assert!(disclaims("某某家的扫地机也不错，看你们喜欢哪个。"));
        assert!(disclaims("隔壁那家也是有资质的，离得近的去那边也行。"));
        assert!(!disclaims("别家的都是三无产品，用了烂脸。"));
        // 没有副作用 is a safety claim, not a disclaimer.
        assert!(!disclaims("没有任何副作用，比吃药还管用。"));
        assert!(!disclaims("用了三天，痘痘全消了。"));
        // Said not to be said, or no reference price on the page.
        assert!(disclaims("我们不讲什么限时涨价，页面价就是这个价。"));
        assert!(disclaims("商品页没有划线价，九十九就是售价。"));
        assert!(!disclaims("原价三百九，今天九十九。"));
        assert!(disclaims("上方那个数是平台的实时数据，我不加工。"));
        assert!(disclaims("明年能卖多少钱，我可不敢打包票。"));
    }
}
