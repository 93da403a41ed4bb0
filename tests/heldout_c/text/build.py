#!/usr/bin/env python3
"""Held-out evaluation set C for liveaudit (text-only transcripts).

Written 2026-12-06 from the law and the spec only (shared/spec/RULES.md,
shared/spec/FINDINGS.md), before any engine was run on it.

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                         violating (or neutral when labels == [])
  ("text", [], T("note"))                    trap: lawful line close to a violation
  ("heard text", [labels], H("said text"))   Whisper mishearing; labels are of what was said
  ("heard text", [], T("note", said="..."))  misheard trap
  ("text", [], G("note"))                    grey zone: ignore=True, no finding counts either way

NEVER edit a line after the engine has been run on this set.
"""
import json
import os
import sys

ABS = "absolute_claim"
MED = "medical_claim"
COS = "cosmetic_claim"
PRI = "price_claim"
SAL = "sales_data_claim"
OFF = "offsite_trade"
INV = "investment_claim"
SUP = "superstition"
DIS = "disparagement"
CATEGORIES = [ABS, MED, COS, PRI, SAL, OFF, INV, SUP, DIS]


def T(note, said=None):
    d = {"trap": True, "note": note}
    if said is not None:
        d["said"] = said
    return d


def H(said):
    return {"said": said}


def G(note):
    return {"ignore": True, "note": note}


SESSIONS = [
    # ------------------------------------------------------------------ 01
    dict(id="c01_bread", product="面包/烘焙", lines=[
        ("家人们看过来啊，这个是我们家的老面吐司，你全网找不到第二家做得比它还软的，真的。", [ABS]),
        ("别家那种吐司啊都是预拌粉加一堆添加剂，吃着跟嚼海绵一样，纯纯的科技与狠活。", [DIS]),
        ("原价59块9一箱，今天直播间只要29块9，直接给你砍一半。", [PRI]),
        ("你别光说，你自己撕一块吃给大家看看。哎好好好，我吃，我吃。", []),
        ("昨天晚上一场卖了三万多箱，仓库的小哥打包打到凌晨四点。", [SAL]),
        ("这个全麦面包啊糖尿病人放心吃，吃了血糖还能往下降。", [MED]),
        ("老铁们这个碱水贝果绝对是世上最好吃的没有之一", [ABS], H("老铁们，这个碱水贝果绝对是史上最好吃的，没有之一。")),
        ("好评率百分之九十九点八，回购的宝宝们都说孩子抢着吃。", [SAL]),
        ("超市里一个欧包卖十五，我们这一箱八个才三十九，一个不到五块钱。", [PRI]),
        ("想要整箱批发的，私信我报个暗号，我给你走厂家那边。", [OFF]),
        ("五分钟，就五分钟啊，五分钟后立马恢复五十九块九，犹豫就没了。", [PRI]),
        ("这个全麦的吃了能将雪糖 预防唐尿病", [MED], H("这个全麦的吃了能降血糖，预防糖尿病。")),
        ("面粉用的是顶级的法国进口粉，国家级的烘焙大师亲自调的配方。", [ABS]),
        ("不是我吹啊，这个价格这个品质，整个抖音你找不到比我们更便宜的。", [ABS, PRI]),
        ("某某面包那个牌子，你去看看配料表，全是反式脂肪，就是坑孩子的。", [DIS]),
        ("点开评论区都是晒图的，十万加的好评，没有一条差评。", [SAL]),
        ("要拿货的家人加我危信啊危信号在主页", [OFF], H("要拿货的家人加我微信啊，微信号在主页。")),
        ("吃我们这个面包，肠胃不好的一个礼拜就调理好了，便秘都没了。", [MED]),
        ("你们看小黄车里那个划线价，八十八。今天在我这，三十九。", [PRI]),
        ("这个月烘焙类目销量第一，连续三个月霸榜。", [SAL, ABS]),
        ("最后三分钟回复元价啊宝宝们抓紧", [PRI], H("最后三分钟恢复原价啊，宝宝们抓紧。")),
        ("这款吐司最佳赏味期是开袋后三天，吃不完最好放冷冻。", [],
         T("imitates absolute_claim: 最佳/最好 are usage and time advice (执法指南第6条)")),
        ("第一次买的宝宝先拍小份装尝尝，喜欢再回来买大箱。", [],
         T("imitates absolute_claim: 第一次 is an order word")),
        ("糖尿病的朋友能不能吃这个请问医生，我们不敢乱说它能降血糖。", [],
         T("imitates medical_claim: disease word and 降血糖 only inside a refusal to claim")),
        ("二十九块九一箱，八个装，拍两箱就是五十九块八，运费我们出。", [],
         T("imitates price_claim: plain price and arithmetic, no reference price")),
        ("拍的时候点小黄车一号链接，有问题找平台客服，别在评论区留电话。", [],
         T("imitates offsite_trade: platform channels only, warns against leaving contacts")),
        ("我们今年的配方比去年那一版少了三成的糖，口感更松软。", [],
         T("imitates absolute_claim: self-comparison with the brand's own older recipe (第6条)")),
        ("旁边那个牌子的欧包也挺好吃的，就是口味偏甜，看大家喜好。", [],
         T("imitates disparagement: competitor named without any negative judgement")),
        ("今天一共备了五百箱，这是我们烘焙房一天的产量。", [],
         T("imitates sales_data_claim: production quantity, not sales or ranking")),
        ("最后提醒一下啊，收到货先看包装有没有破损，破了直接拍照找客服。", [],
         T("imitates absolute_claim: 最后提醒 is an order word")),
        ("我们会努力把受后做到最好", [],
         T("imitates absolute_claim: service attitude (执法指南第5条)", said="我们会努力把售后做到最好。")),
        ("来，助播把那个切面给大家看一下，看到这个拉丝没有。", []),
    ]),
    # ------------------------------------------------------------------ 02
    dict(id="c02_sausage", product="腊肉/香肠", lines=[
        ("老铁们，正宗四川柴火腊肉，全国独一份的老手艺，别家根本学不来。", [ABS]),
        ("超市那种腊肠都是淀粉加肉精灌出来的，红得发亮，全是色素，你敢给娃吃？", [DIS]),
        ("一斤装原价七十八，今晚老铁们五十八，两斤直接九十九包邮。", [PRI]),
        ("去年年货节我们一晚上卖了八万斤，整个川渝地区卖得最好的就是我们家。", [SAL, ABS]),
        ("这腊肉烟熏的，吃了开胃健脾，我二舅的老胃病就是吃这个吃好的。", [MED]),
        ("要的多的老铁加个绿炮炮我给你从老家直接寄", [OFF], H("要的多的老铁加个绿泡泡，我给你从老家直接寄。")),
        ("你去菜市场问问，一斤手工腊肉哪个不卖一百往上？我们这才五十八。", [PRI]),
        ("我敢说这是我做直播八年来性价比最高的一款腊肠，没有之一。", [ABS]),
        ("好评一万三千多条，五星率百分之百，这个数据你去哪找。", [SAL]),
        ("隔壁直播间那个腊肠就是死朱肉做的吃了拉肚子", [DIS], H("隔壁直播间那个腊肠就是死猪肉做的，吃了拉肚子。")),
        ("倒计时十秒，十秒以后链接下架，再上就是原价了啊老铁们。", [PRI]),
        ("这个香肠用的是顶级黑猪后腿肉，品质天花板。", [ABS]),
        ("评论区扣1的，我私信发你们一个内部价，比链接上还便宜二十。", [OFF, PRI]),
        ("全往最低价了老铁们 不要再比了", [ABS, PRI], H("全网最低价了老铁们，不要再比了。")),
        ("吃过的都说这是天下第一香，国家级大师的手艺。", [ABS]),
        ("直播间现在五万多人在线，库存一直在掉，说明大家都认。", [SAL]),
        ("吃了我们家腊肉，高血压的人都不用担心，还能帮你降压。", [MED]),
        ("老铁们今天线时五折就这一个小时", [PRI], H("老铁们今天限时五折，就这一个小时。")),
        ("那些几十块一斤的腊肉全是合成肉，智商税，别去交。", [DIS]),
        ("我们这个腊肠是回够率第一的回头客特别多", [SAL, ABS], H("我们这个腊肠是回购率第一的，回头客特别多。")),
        ("哎你切慢点，手别切到了。没事没事，老手艺人。", []),
        ("我们这个腊肉是县里评的金奖，证书就挂在后面墙上。", [],
         G("award claim: lawful if the award is real (执法指南第6条), unverifiable from audio")),
        ("腊肉吃之前最好先用温水泡半个小时，再上锅蒸，最好别直接炒。", [],
         T("imitates absolute_claim: 最好 is cooking advice")),
        ("这个腊肉含盐量比较高，高血压的家人少吃一点，注意控制量。", [],
         T("imitates medical_claim: disease word inside a risk warning")),
        ("一斤五十八，两斤就是一百一十六，就这个价，不搞虚的。", [],
         T("imitates price_claim: plain price and arithmetic, no reference price")),
        ("今年我们改了配方，比去年的腊肠少放了一成盐，没那么咸了。", [],
         T("imitates absolute_claim: self-comparison with last year's own product")),
        ("有老铁问能不能加微信买，不行啊，私下转账出了问题没人管你，就在小黄车拍。", [],
         T("imitates offsite_trade: refuses WeChat and warns against off-platform payment")),
        ("腊月里挂腊肉是老规矩，不是说挂了就能招财啊，就图个年味。", [],
         T("imitates superstition: custom described, 招财 explicitly denied")),
        ("我们是第一次来抖音卖腊肉，之前都是在镇上摆摊。", [],
         T("imitates absolute_claim: 第一次 is an order word")),
        ("后面那个架子上挂了三百多条，都是今年冬天熏的。", [],
         T("imitates sales_data_claim: a stock count on the rack, not sales")),
        ("别的地方的腊肠偏甜，广式的嘛，我们这个是麻辣的，各有各的味。", [],
         T("imitates disparagement: competitor style mentioned neutrally")),
        ("收到货有啥问题直接找平台客服别死聊我", [],
         T("imitates offsite_trade: sends buyers to platform service, not private chat",
           said="收到货有啥问题直接找平台客服，别私聊我。")),
        ("来，切一片给大家看看这个肥瘦，透亮透亮的。", []),
    ]),
    # ------------------------------------------------------------------ 03
    dict(id="c03_crab", product="大闸蟹", lines=[
        ("宝宝们，正宗阳澄湖大闸蟹，全国最好的蟹就在我们这片湖里。", [ABS]),
        ("外面那些所谓阳澄湖的，十个有九个是洗澡蟹，在湖里泡两天就冒充，骗子。", [DIS]),
        ("四两的公蟹，酒店里一只卖一百二，我们这八只一箱才二百九十八。", [PRI]),
        ("去年中秋我们卖出去二十多万张蟹卡，整个苏州排第一。", [SAL, ABS]),
        ("螃蟹高蛋白吃了能增强免疫力预防敢冒", [MED], H("螃蟹高蛋白，吃了能增强免疫力，预防感冒。")),
        ("今天三百九十八一箱，平时我们自己店里卖六百九十八，你自己算。", [PRI]),
        ("要团购送客户的老板，加一下我的V，蟹卡可以线下走，给你开票。", [OFF]),
        ("这个蟹黄满到溢出来，今年品质天花板，比这个还好的你找不到。", [ABS]),
        ("好评率百分之九十九，三十万人买过都说好。", [SAL]),
        ("别家发的都是死蟹冻蟹到手全是丑的", [DIS], H("别家发的都是死蟹冻蟹，到手全是臭的。")),
        ("只有今晚，过了十二点恢复原价四百九十八，你后悔都来不及。", [PRI]),
        ("刚生完宝宝的妈妈吃我们这个蟹，补身体，下奶特别快。", [MED]),
        ("一只才37块2比才市场便宜一半", [PRI], H("一只才三十七块二，比菜市场便宜一半。")),
        ("我们家是阳澄湖唯一一家自己有围网的直播间。", [ABS]),
        ("现在直播间八万人在抢，三号链接库存就剩两千箱。", [SAL]),
        ("想要现捞现发的，扫一下我举的这个二维码，直接进我们蟹农群。", [OFF]),
        ("史上最低价，老板今天疯了，亏本卖。", [ABS, PRI]),
        ("那个某某大闸蟹品牌，一只三两标四两，缺斤少两，黑心商家。", [DIS]),
        ("全网消量第一的蟹卡就是我们家", [SAL, ABS], H("全网销量第一的蟹卡就是我们家。")),
        ("蟹卡在我们自己的微信小程序上提，比抖音还便宜五十。", [OFF, PRI]),
        ("来，把这只翻过来给大家看看肚脐，圆的是母的，尖的是公的。", []),
        ("今天库存只剩最后两百箱了，抢完就真没了。", [],
         G("stock scarcity: true stock or 虚假抢购 (网络反不正当竞争暂行规定), cannot tell from audio")),
        ("大闸蟹最好现蒸现吃，蒸之前用绳子绑着，蒸十五分钟左右。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("蟹性寒，肠胃不好的、孕妇朋友少吃，吃的时候配点姜醋。", [],
         T("imitates medical_claim: body and health words inside a caution")),
        ("每只都按标准分级，四两以上是一级品，三两五的是二级品。", [],
         T("imitates absolute_claim: 一级/二级 are grades under the product standard")),
        ("八只一箱二百九十八，公母各四只，包顺丰冷链。", [],
         T("imitates price_claim: plain price with contents, no comparison")),
        ("蟹卡兑换只在店铺页面操作，谁让你加微信兑换的都是骗子。", [],
         T("imitates offsite_trade: warns against WeChat redemption")),
        ("最近天气还热，发货我们都加冰袋，收到第一步先看冰袋化没化。", [],
         T("imitates absolute_claim: 最近 and 第一步 are order words")),
        ("今年的蟹比去年我们自己家的个头大了一圈，雨水好。", [],
         T("imitates absolute_claim: self-comparison with own previous harvest")),
        ("隔壁太湖的蟹也不错，价格便宜点，看大家预算。", [],
         T("imitates disparagement: competitor praised, not run down")),
        ("死蟹包赔，收到死了一只拍照找客服，按只赔给你。", [],
         T("imitates medical_claim (无效退款 pattern): after-sale quality promise, no efficacy")),
        ("蟹卡有效期到十二月底最好十一月前提或", [],
         T("imitates absolute_claim: 最好 is a timing tip", said="蟹卡有效期到十二月底，最好十一月前提货。")),
    ]),
    # ------------------------------------------------------------------ 04
    dict(id="c04_birdnest", product="燕窝", lines=[
        ("姐妹们，燕窝是最好的滋补品，没有之一，孕期吃了不贫血。", [ABS, MED]),
        ("我们这个是马来西亚顶级屋燕，全世界最干净的燕窝。", [ABS]),
        ("燕窝里的唾液酸能抗癌，做完化疗的病人每天一盏，恢复特别快。", [MED]),
        ("天天吃的话免疫力提高了敢冒都很少得", [MED], H("天天吃的话，免疫力提高了，感冒都很少得。")),
        ("专柜一盒三千八，今天直播间一千二百八十八，你算算省了多少。", [PRI]),
        ("某某燕窝那种即食的，燕窝含量不到百分之一，全是糖水加胶，智商税。", [DIS]),
        ("卖了快五十万瓶了，回购率百分之八十，老顾客一买就是一年的量。", [SAL]),
        ("想要溯源码的私信我，我拉你进我们燕窝会员群。", [OFF]),
        ("燕窝保证无任何负作用老人小孩孕妇都能吃", [MED], H("燕窝保证无任何副作用，老人小孩孕妇都能吃。")),
        ("囤燕窝比存银行划算，干盏放着每年都涨，只涨不跌。", [INV]),
        ("前一百名下单的送一盏，过了一百名就恢复原价。", [PRI]),
        ("我们家是全国唯一拿到这个认证的燕窝品牌。", [ABS]),
        ("吃燕窝比吃什么药都管用，我妈的咳嗽就是吃燕窝吃好的。", [MED]),
        ("外面那些血燕都是鸟粪勋出来的吃了至癌", [DIS], H("外面那些血燕都是鸟粪熏出来的，吃了致癌。")),
        ("三分钟，三分钟后链接下架，明天就是一千九百九十九了。", [PRI]),
        ("直播间二十万姐妹在看，全平台滋补类排第一。", [SAL, ABS]),
        ("燕窝是吻赚不赔的硬通货送礼收藏都行", [INV], H("燕窝是稳赚不赔的硬通货，送礼收藏都行。")),
        ("无效退款，吃三个月体质没变化的全额退，我们就这么有底气。", [MED]),
        ("拍下之后先别确认收货，加我微信，我返你五十现金。", [OFF]),
        ("燕窝含有表皮生长因子能修复唐尿病伤口", [MED], H("燕窝含有表皮生长因子，能修复糖尿病伤口。")),
        ("这批干盏留着，三年后转手至少翻一番。", [INV]),
        ("助播你拿一盏泡好的过来，对着镜头，看这个丝，一条一条的。", []),
        ("燕窝是滋补佳品，老祖宗吃了几千年了。", [],
         G("generic 滋补 wording for a food: no disease or efficacy stated, contestable")),
        ("燕窝是普通食品，不是药，不能治病，生病了请及时就医。", [],
         T("imitates medical_claim: negated claim and referral to a doctor")),
        ("最佳炖煮时间是四十分钟，炖太久燕窝会化掉。", [],
         T("imitates absolute_claim: 最佳 is a preparation time tip")),
        ("每盏干重八克，泡发大概是十倍左右，这是产品规格。", [],
         T("imitates sales_data_claim/absolute_claim: product specification numbers")),
        ("对燕窝过敏的、一岁以下的宝宝不建议吃，吃之前先少量试一下。", [],
         T("imitates medical_claim: risk warning")),
        ("燕窝价格每年都会波动，我们不承诺什么升值，买了就是吃的。", [],
         T("imitates investment_claim: explicitly no appreciation promise")),
        ("今天这个价就是一千二百八十八一盒，十盏装，平均一盏一百二十八块八。", [],
         T("imitates price_claim: plain per-unit price without any reference price")),
        ("我们今年的盏型比去年挑得更完整，碎盏少了很多。", [],
         T("imitates absolute_claim: self-comparison with own previous batch")),
        ("买燕窝一定要看溯源码，别家有溯源码的也可以放心买。", [],
         T("imitates disparagement: competitors mentioned favourably")),
        ("有问题直接点小黄车里的客服，或者在店铺页面留言，我们二十四小时内回复。", [],
         T("imitates offsite_trade: platform customer service")),
        ("醉近天冷了炖好的燕窝最好当天吃完", [],
         T("imitates absolute_claim: 最近 order word and 最好 storage tip",
           said="最近天冷了，炖好的燕窝最好当天吃完。")),
    ]),
    # ------------------------------------------------------------------ 05
    dict(id="c05_maca", product="玛咖", lines=[
        ("兄弟们，秘鲁黑玛咖，玛咖里的爱马仕，全世界最顶级的产区。", [ABS]),
        ("吃了这个，肾虚一个月就能改善，腰不酸了腿不软了。", [MED]),
        ("比吃伟哥还管用还没有负作用", [MED], H("比吃伟哥还管用，还没有副作用。")),
        ("药店那种玛咖片一瓶卖300多，我们一瓶99，还买二送一。", [PRI]),
        ("这款在保健品类目连续五个月销量冠军，卖了一百多万瓶。", [SAL, ABS]),
        ("前列腺不好的大哥，起夜多的，吃一周就见效。", [MED]),
        ("那些便宜的玛咖都是拿白玛咖冒充的，根本没效果，交智商税。", [DIS]),
        ("思信我发你一个男人才懂的链接", [OFF], H("私信我，发你一个男人才懂的链接。")),
        ("划线价三百九十八，今天就九十九，这个价就这一场。", [PRI]),
        ("吃了保证有效果，没效果全额退款，一分钱不收。", [MED]),
        ("好评十几万条，大哥们吃完都回来给我刷火箭。", [SAL]),
        ("国家级实验室检测过的，史上纯度最高的玛咖粉。", [ABS]),
        ("想要原粉的加我薇信我给你家庭装", [OFF], H("想要原粉的，加我微信，我给你家庭装。")),
        ("除了治肾虚还棱降三高一瓶顶好几种药", [MED], H("除了治肾虚，还能降三高，一瓶顶好几种药。")),
        ("最后五分钟，过了这五分钟恢复三百九十八。", [PRI]),
        ("某某牌的玛咖我拿去检测了，重金属超标，那就是毒药。", [DIS]),
        ("天下弟一猛的玛咖兄弟们懂的都懂", [ABS], H("天下第一猛的玛咖，兄弟们懂的都懂。")),
        ("现在直播间十二万兄弟在线，这个热度全平台没有第二个。", [SAL, ABS]),
        ("吃了玛咖提高精子活力，备孕的直接怀上。", [MED]),
        ("一天一块钱都不到，比你一包烟还便宜，实体店一天得十块。", [PRI]),
        ("你笑什么，我说的是正经的。好好好，你继续。", []),
        ("男人的加油站，吃了精神头足。", [],
         G("vague vitality wording: neither a disease claim nor clearly lawful")),
        ("有大哥问能不能治阳痿，我明确说不能，这是食品。", [],
         T("imitates medical_claim: disease word inside an explicit denial")),
        ("玛咖建议每天不超过二十五克，最好早上吃。", [],
         T("imitates absolute_claim: 最好 is time advice, 二十五克 is a dose, not a price")),
        ("有高血压、心脏病的大哥吃之前问问医生，孕妇儿童不宜。", [],
         T("imitates medical_claim: disease words inside a warning")),
        ("这瓶六十粒，一次两粒，一瓶吃一个月，九十九一瓶。", [],
         T("imitates price_claim: plain price plus specification")),
        ("我们今年的配方比第一代多加了黄精，口感没那么冲了。", [],
         T("imitates absolute_claim: self-comparison with own first generation")),
        ("别相信什么加微信买特效版的，都是骗子，只在小黄车拍。", [],
         T("imitates offsite_trade: warning against off-platform deals")),
        ("云南玛咖也是玛咖，产地不同价格不同，大家按自己需求选。", [],
         T("imitates disparagement: competitor origin mentioned neutrally")),
        ("我不说它有什么功效，我只说它是秘鲁产的，原粉压片。", [],
         T("imitates medical_claim: efficacy explicitly not claimed")),
        ("我们做这个做了三年了，第一年是在县城摆摊卖的。", [],
         T("imitates absolute_claim/sales_data_claim: 第一年 order word, no sales figure")),
        ("本品不能代替要物有病还是要去医院", [],
         T("imitates medical_claim: the mandatory 本品不能代替药物",
           said="本品不能代替药物，有病还是要去医院。")),
        ("来，掰开一片给大家看看，里面是黑色的粉。", []),
    ]),
    # ------------------------------------------------------------------ 06
    dict(id="c06_liverpill", product="护肝片", lines=[
        ("经常喝酒熬夜的兄弟，这个护肝片吃一个月，脂肪肝直接没了。", [MED]),
        ("转安酶高的吃了两周就降下来了", [MED], H("转氨酶高的，吃了两周就降下来了。")),
        ("全球护肝类销量第一的牌子，美国原装进口。", [SAL, ABS]),
        ("医院开的那些护肝药副作用大，不如吃我们这个，纯天然的。", [MED]),
        ("国内卖的那些水飞蓟都是低含量的，某某牌一粒才几毫克，纯骗钱。", [DIS]),
        ("原价四百五十八一瓶，今天买一瓶送一瓶，相当于两百二十九。", [PRI]),
        ("喝酒前吃两粒千杯不最第二天不头疼", [MED], H("喝酒前吃两粒，千杯不醉，第二天不头疼。")),
        ("乙肝携带的朋友长期吃，可以保护肝细胞，防止转成肝硬化。", [MED]),
        ("回购率百分之九十二，五万个老板都在吃。", [SAL]),
        ("想买大瓶装的，加我助理微信，走代购渠道，比直播间便宜一百。", [OFF, PRI]),
        ("这是最科学的护肝配方，没有比这个更好的了。", [ABS]),
        ("过了今晚十二点，恢复四百五十八，买一送一只有今晚。", [PRI]),
        ("别的护肝片都是只商税吃了等于白吃", [DIS], H("别的护肝片都是智商税，吃了等于白吃。")),
        ("无效退款，吃完三瓶肝功能指标没改善的，全额退。", [MED]),
        ("直播间十万老板在线，后台一分钟卖了两千瓶。", [SAL]),
        ("有需要的找我思聊 我给你发内部链接", [OFF], H("有需要的找我私聊，我给你发内部链接。")),
        ("可以代替护肝药长期吃，停了药吃这个就行。", [MED]),
        ("我们的水飞蓟素含量是全行业最高的，行业标杆。", [ABS]),
        ("药房一盒护肝药一百八只能吃十天，我们这个一百二十九吃两个月，效果还一样。", [PRI, MED]),
        ("吃了干癌都能预防熬夜党必备", [MED], H("吃了肝癌都能预防，熬夜党必备。")),
        ("吃了能治，不对不对，不是治啊，口误，是辅助保护肝脏。", [],
         G("self-correction ending in a function wording that may match a registered health-food function")),
        ("好，兄弟们，我喝口水，助播你先讲讲成分。", []),
        ("本品不能代替药物，肝功能异常的请遵医嘱治疗。", [],
         T("imitates medical_claim: mandatory health-food statement")),
        ("每天两粒，最好饭后吃，不要空腹。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("喝酒伤肝这是常识，吃什么都不如少喝酒，大哥们少喝点。", [],
         T("imitates absolute_claim/medical_claim: health advice that plays the product down")),
        ("每粒含水飞蓟提取物一百五十毫克，六十粒一瓶。", [],
         T("imitates price_claim/sales_data_claim: specification numbers")),
        ("我们这代比上一代多加了维生素B族，配方表大家可以放大看。", [],
         T("imitates absolute_claim: self-comparison with own previous generation")),
        ("想买的就在小黄车一号链接拍，客服在店铺首页，别加什么私人微信。", [],
         T("imitates offsite_trade: platform channel, warns against private WeChat")),
        ("保健食品都有批号，不管买哪家，都要看这个蓝帽子标志。", [],
         T("imitates disparagement: other sellers mentioned without running them down")),
        ("今天这个价一百二十九一瓶，拍两瓶就是二百五十八。", [],
         T("imitates price_claim: plain price")),
        ("肝炎病人、孕妇、哺乳期不适宜食用，这个包装上都写着的。", [],
         T("imitates medical_claim: disease words inside the label's warning")),
        ("我们尽醉大努力把每一单都发好", [],
         T("imitates absolute_claim: service attitude (第5条)", said="我们尽最大努力把每一单都发好。")),
    ]),
    # ------------------------------------------------------------------ 07
    dict(id="c07_acnepatch", product="痘痘贴", lines=[
        ("宝宝们，这个痘痘贴一贴，一晚上祛痘，第二天痘痘直接瘪下去。", [COS]),
        ("里面加了茶树精油消言抗民", [COS], H("里面加了茶树精油，消炎抗敏。")),
        ("还能祛痘印祛疤，贴一个礼拜痘坑都平了。", [COS]),
        ("抑菌率百分之九十九点九，细菌根本进不去。", [COS]),
        ("专柜同款一盒一百二，我们这一盒三十六贴才二十九块九。", [PRI]),
        ("某某牌的痘痘贴就是创可贴换个包装，贴了还闷痘，纯纯智商税。", [DIS]),
        ("挫疮毛囊言都能治好", [MED], H("痤疮、毛囊炎都能治好。")),
        ("我们家痘痘贴全网销量第一，一年卖出去八千万贴。", [SAL, ABS]),
        ("最薄的痘痘贴，没有之一，贴上去完全隐形。", [ABS]),
        ("原价五十九块九，今天直播间二十九块九，两盒还再减五块。", [PRI]),
        ("想批量拿货的，私信我，我给你工厂老板的电话。", [OFF]),
        ("保证零副作用，孕妇都能放心用。", [MED]),
        ("好评四十多万条，百分之九十八的宝宝给了五星。", [SAL]),
        ("去痘印每白一起搞定", [COS], H("祛痘印、美白一起搞定。")),
        ("倒计时开始，十，九，八，链接一下架就恢复原价了啊。", [PRI]),
        ("我们是国家级研发中心出品的，行业唯一的专利配方。", [ABS]),
        ("现在六万多人在直播间抢，三号链接已经卖空两次了。", [SAL]),
        ("那些便宜货都是三无产品贴了滥脸", [DIS], H("那些便宜货都是三无产品，贴了烂脸。")),
        ("贴三天闭口粉刺全没了，比去皮肤科打针还管用。", [COS, MED]),
        ("加我微我教你怎么用还有内部价", [OFF], H("加我V，我教你怎么用，还有内部价。")),
        ("控油祛痘还能收缩毛孔，淡斑也是一步到位。", [COS]),
        ("里面有抗炎成分，红肿的痘一贴就消。", [COS]),
        ("白天贴着出门也行，它还能防晒，不怕晒黑。", [COS]),
        ("积雪草加神经酰胺，消炎又祛疤。", [COS]),
        ("脸上有雀斑的也能贴，贴几次斑就淡了。", [COS]),
        ("看我脸上这个，昨天晚上贴的，我给你们撕下来看看。", []),
        ("痘痘贴是物理隔离的，就是防止你手去抠，不能治疗痘痘，这个要说清楚。", [],
         T("imitates cosmetic_claim/medical_claim: function described as physical cover, treatment denied")),
        ("晚上洗完脸，擦干了再贴，最好贴满八个小时再撕。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("这盒三十六贴，三种尺寸，十毫米、十二毫米、十五毫米。", [],
         T("imitates sales_data_claim: specification numbers")),
        ("有严重痤疮的去皮肤科看医生，别指望一个贴子。", [],
         T("imitates medical_claim: disease word in a referral to a doctor")),
        ("我们第二代比第一代边缘更薄了，贴着不容易翘边。", [],
         T("imitates absolute_claim: self-comparison within one brand")),
        ("买完有问题找平台客服，千万不要加什么微信退款，都是骗子。", [],
         T("imitates offsite_trade: warning against WeChat refund scams")),
        ("二十九块九一盒，三十六贴，运费险也有。", [],
         T("imitates price_claim: plain price, no reference price")),
        ("其他牌子的痘痘贴有圆的有方的，各有各的好，看你喜欢。", [],
         T("imitates disparagement: competitors mentioned neutrally")),
        ("点关注进粉丝团，小黄车三号链接就是它。", [],
         T("imitates offsite_trade: platform channels")),
        ("我纠正一下我们不说什么去痘每白这个就是个隔离贴", [],
         T("imitates cosmetic_claim: 祛痘/美白 named only to deny them",
           said="我纠正一下，我们不说什么祛痘美白，这个就是个隔离贴。")),
    ]),
    # ------------------------------------------------------------------ 08
    dict(id="c08_bodylotion", product="身体乳", lines=[
        ("这个身体乳美白效果绝了，抹一个月，黑黄皮白两个度。", [COS]),
        ("烟酰胺加熊果苷驱搬提亮", [COS], H("烟酰胺加熊果苷，祛斑提亮。")),
        ("它还带防晒的，夏天出门抹这个就够了，不用再涂防晒霜。", [COS]),
        ("鸡皮肤，就是毛周角化，抹两周就治好了，摸着跟鸡蛋一样滑。", [MED]),
        ("抗敏修护，敏感肌、湿疹肌都能用。", [COS]),
        ("专柜大牌一瓶六百多，成分跟我们一模一样，我们才六十九。", [PRI]),
        ("某某大牌就是交品牌睡的跟我们一个代工厂", [DIS], H("某某大牌就是交品牌税的，跟我们一个代工厂。")),
        ("这是全网最好用的身体乳，用过的都回不去了。", [ABS]),
        ("一年卖了六百万瓶，小红书上十万篇笔记。", [SAL]),
        ("去巴也可以剖腹产的巴都淡了", [COS], H("祛疤也可以，剖腹产的疤都淡了。")),
        ("今天六十九一瓶。你们去翻翻上个月，一百九十九，一分没少过。", [PRI]),
        ("抑菌消炎，后背长痘的抹了痘痘全消。", [COS]),
        ("这个味道是顶级调香师调的，独一无二，全世界找不到第二款。", [ABS]),
        ("直播间有八万个姐妹在强", [SAL], H("直播间有八万个姐妹在抢。")),
        ("那种九块九的身体乳都是工业香精勾兑的，抹了烂皮肤。", [DIS]),
        ("想要小样的加我微信，我单独给你寄。", [OFF]),
        ("今晚过了十点全部恢复一百九十九，一分钱都不少。", [PRI]),
        ("还能容脂瘦腿抹哪瘦哪", [COS], H("还能溶脂瘦腿，抹哪瘦哪。")),
        ("深发也行头皮抹一点掉头发的都长出来了", [COS], H("生发也行，头皮抹一点，掉头发的都长出来了。")),
        ("互购率百分之七十五全品类第一", [SAL, ABS], H("复购率百分之七十五，全品类第一。")),
        ("抗菌抑菌，腋下那个味道也能去掉。", [COS]),
        ("脱敏配方，过敏肌用了红疹子都退了。", [COS]),
        ("SPF三十，美白防晒一瓶搞定，懒人必备。", [COS]),
        ("手肘膝盖黑的那块，抹上半个月，黑色素都褪了，全身提亮。", [COS]),
        ("来，挤一点在手背上，大家看这个质地，推开是水状的。", []),
        ("我纠正一下刚才说的啊，这款是普通保湿身体乳，不是特证产品，没有美白功效，就是滋润。", [],
         T("imitates cosmetic_claim: 美白 named only to deny it")),
        ("洗完澡三分钟内抹，最好趁皮肤还潮的时候。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("敏感肌的姐妹先在耳后试用一下，有不舒服马上停用。", [],
         T("imitates cosmetic_claim (抗敏): a patch-test warning, no anti-allergy claim")),
        ("四百毫升一大瓶，含百分之五的烟酰胺，成分表在详情页第二张。", [],
         T("imitates cosmetic_claim: ingredient specification without an efficacy claim")),
        ("六十九一瓶，两瓶一百三十八，没有套路。", [],
         T("imitates price_claim: plain price")),
        ("我们新版比老版本吸收更快，不那么黏了。", [],
         T("imitates absolute_claim: self-comparison with own older version")),
        ("大牌身体乳也有大牌的好，留香久，我们主打的是性价比。", [],
         T("imitates disparagement: big brands mentioned favourably")),
        ("粉丝团的姐妹记得点小黄车二号链接，有问题找平台客服。", [],
         T("imitates offsite_trade: platform channels")),
        ("最近天气干，第一步先去角质，最后一步再抹身体乳。", [],
         T("imitates absolute_claim: 最近/第一步/最后一步 are order words")),
        ("这个不是房晒产品出门还是要涂方晒", [],
         T("imitates cosmetic_claim: 防晒 named only to say the product is not one",
           said="这个不是防晒产品，出门还是要涂防晒。")),
    ]),
    # ------------------------------------------------------------------ 09
    dict(id="c09_shaver", product="剃须刀", lines=[
        ("男士们，这款剃须刀是全球剃得最干净的，没有之一。", [ABS]),
        ("某某牌的剃须刀，刀头用三个月就钝了，拉胡子拉得生疼，垃圾货。", [DIS]),
        ("专柜1299，今天直播间499，直降800。", [PRI]),
        ("送的须后水消延抗敏剃完不长豆", [COS], H("送的须后水消炎抗敏，剃完不长痘。")),
        ("须后水里有抑菌成分，刮破了抹上去伤口不发炎。", [COS]),
        ("今年双十一我们卖了一百二十万台，男士个护销量冠军。", [SAL, ABS]),
        ("刀头是航天级钢材，顶级工艺。", [ABS]),
        ("想要两个刀头的加我为信我给你配", [OFF], H("想要两个刀头的，加我微信，我给你配。")),
        ("天天用它刮胡子，毛囊炎都能治好，脸上不长疙瘩。", [MED]),
        ("好评率百分之九十九点六，全店三十万条评价，没有一条差评。", [SAL]),
        ("倒计时五分钟，五分钟后回到一千二百九十九。", [PRI]),
        ("国产的那些杂牌都是反新机", [DIS], H("国产的那些杂牌都是翻新机。")),
        ("这个价格这个配置，全网你找不到第二个比它便宜的。", [ABS, PRI]),
        ("直播间七万兄弟在线，已经卖了一万两千台。", [SAL]),
        ("别在平台拍，私下转账给我，我便宜一百，还送一个刀头。", [OFF, PRI]),
        ("须后水还能抗民拖敏", [COS], H("须后水还能抗敏、脱敏。")),
        ("世界第一的电机转速，一分钟一万转。", [ABS]),
        ("买一台送一台，相当于一台二百五，比拼多多还便宜。", [PRI]),
        ("这款是男人最好的礼物，送爸爸送老公最有面子。", [ABS]),
        ("刀头号称终身不用换是上最耐用", [ABS], H("刀头号称终身不用换，史上最耐用。")),
        ("须后水还能祛痘，剃完脸上的痘全没了。", [COS]),
        ("来，我刮一下手臂给大家看，你看，一下就干净了。", []),
        ("电机最高转速一万转每分钟，这是这台机子自己的参数。", [],
         T("imitates absolute_claim: 最高 is the product's own specification")),
        ("刀头建议十二到十八个月换一次，最好每次用完冲一下。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("这一代比上一代续航多了二十分钟，充一次能用两个月。", [],
         T("imitates absolute_claim: self-comparison with own previous generation")),
        ("满电可以连续用九十分钟，充电一个小时。", [],
         T("imitates sales_data_claim: numbers that are specifications")),
        ("有皮肤病、脸上有伤口的，先别刮，等好了再用。", [],
         T("imitates medical_claim: disease words inside a caution")),
        ("499就是到手价，赠品是一瓶刀头清洁液。", [],
         T("imitates price_claim: plain price")),
        ("某某牌的旋转式也不错，我们这个是往复式的，喜欢哪种选哪种。", [],
         T("imitates disparagement: competitor praised")),
        ("刚才说错了啊，须后水是普通清爽型的，没有消炎功效，别往伤口上抹。", [],
         T("imitates cosmetic_claim: 消炎 named only to deny it")),
        ("售后都在平台走，两年质保，找小黄车里的官方客服。", [],
         T("imitates offsite_trade: platform after-sale channel")),
        ("弟一步先把刀头拆下来冲一冲", [],
         T("imitates absolute_claim: 第一步 is an order word", said="第一步先把刀头拆下来冲一冲。")),
    ]),
    # ------------------------------------------------------------------ 10
    dict(id="c10_airfryer", product="空气炸锅", lines=[
        ("家人们，这是我卖过最好用的空气炸锅，闭眼入。", [ABS]),
        ("炸出来的东西不油不至癌吃了还能将血脂", [MED], H("炸出来的东西不油、不致癌，吃了还能降血脂。")),
        ("商场里同款卖八百九十九，我们直播间三百九十九。", [PRI]),
        ("某某牌的空气炸锅内胆涂层一刷就掉，吃进去全是致癌物，害人。", [DIS]),
        ("连续三年空气炸锅品类乐销第一累计卖了五百万台", [SAL, ABS], H("连续三年空气炸锅品类热销第一，累计卖了五百万台。")),
        ("这个价格这辈子就这一次，过了今天再也没有了。", [PRI]),
        ("想要团购的家人加裙我在裙里发团购价", [OFF], H("想要团购的家人加群，我在群里发团购价。")),
        ("国家级大厂代工，顶级品质，跟进口的一模一样。", [ABS]),
        ("好评两百多万条，用户满意度百分之百。", [SAL]),
        ("原价五百九十九，今天直降两百，再送一套烤盘。", [PRI]),
        ("全网独家的可视窗设计，别人家都没有。", [ABS]),
        ("那些杂牌空气炸锅都是三无产品 会报炸", [DIS], H("那些杂牌空气炸锅都是三无产品，会爆炸。")),
        ("用我们这个锅做饭，孩子不容易上火，不长湿疹。", [MED]),
        ("现在直播间九万人在线，一秒钟卖三单。", [SAL]),
        ("私信我，给你发个不走平台的链接，省手续费。", [OFF]),
        ("最后一分钟会复原价", [PRI], H("最后一分钟恢复原价。")),
        ("一台顶十台，烤箱微波炉都可以扔了，史上最全能。", [ABS]),
        ("八百九十九的划线价你们看到了，今天三百九十九，相当于打四点四折。", [PRI]),
        ("别家的都是智伤税没有一家比得上我们", [DIS, ABS], H("别家的都是智商税，没有一家比得上我们。")),
        ("回购率全行业最高，买了一台的都回来给亲戚买。", [SAL, ABS]),
        ("这是全网最便宜的，哎不对不能说最，是我们直播间今天的活动价。", [ABS, PRI]),
        ("来，鸡翅已经好了，助播打开给大家看看，这个颜色。", []),
        ("少油百分之八十，吃得更健康。", [],
         G("unverified percentage and health benefit, but no disease and no superlative")),
        ("最高温度200度，最低80度，还可以做烘干。", [],
         T("imitates absolute_claim: 最高/最低 are the product's own temperature range")),
        ("五点五升容量，三C认证，一千五百瓦功率。", [],
         T("imitates sales_data_claim: specification numbers")),
        ("炸薯条最好一百八十度十五分钟，中间翻一下。", [],
         T("imitates absolute_claim: 最好 is cooking advice")),
        ("这一代比我们上一代容量大了一升，一家四口够用。", [],
         T("imitates absolute_claim: self-comparison with own previous model")),
        ("三百九十九到手，送一个硅胶垫。", [],
         T("imitates price_claim: plain price")),
        ("油炸食品还是少吃，空气炸锅只是少放油，不是说吃了就健康。", [],
         T("imitates medical_claim: health claim explicitly denied")),
        ("某某家的炸锅也有可视窗，我们是双层玻璃的，各有特点。", [],
         T("imitates disparagement: competitor mentioned neutrally")),
        ("最近很多人问能不能加微信买，不能，只在小黄车拍，有保障。", [],
         T("imitates offsite_trade: refuses WeChat sale; 最近 order word")),
        ("第一次用先空烧十分钟，去掉新机的味道。", [],
         T("imitates absolute_claim: 第一次 is an order word")),
        ("一定从小黄车下单平台可服找得到人", [],
         T("imitates offsite_trade: platform channel", said="一定从小黄车下单，平台客服找得到人。")),
    ]),
    # ------------------------------------------------------------------ 11
    dict(id="c11_studypad", product="学习机", lines=[
        ("家长们，这是全国最好的学习机，清华北大的老师都在推荐。", [ABS]),
        ("护眼屏能治近是戴眼镜的孩子用半年就摘了", [MED], H("护眼屏能治近视，戴眼镜的孩子用半年就摘了。")),
        ("电商平台学习机销量第一，两百万家庭都在用。", [SAL, ABS]),
        ("某某学习机就是个平板套了个壳，里面全是盗版题库，坑家长的钱。", [DIS]),
        ("原价6999，今天直播间3999，直降三千。", [PRI]),
        ("全网独家的AI老师，别家都做不到。", [ABS]),
        ("想要教研资料的家长加我微信进家长裙", [OFF], H("想要教研资料的家长，加我微信进家长群。")),
        ("用我们这个学习机，多动症、注意力不集中的孩子都能坐得住了。", [MED]),
        ("好评率百分之九十九点九，家长口碑第一。", [SAL, ABS]),
        ("这个价格只有今天，明天恢复六千九百九十九。", [PRI]),
        ("那些便宜的学习机都是三无产品，辐射大，伤孩子眼睛。", [DIS]),
        ("鼎级名师全覆盖国家级教研团队", [ABS], H("顶级名师全覆盖，国家级教研团队。")),
        ("教辅机构一年学费两万多，我们一台三千九百九十九，能用到高中。", [PRI]),
        ("现在直播间有十二万家长在看，订单一直在跳。", [SAL]),
        ("想分期的家长私信我，走我们自己的分期，不用在平台付。", [OFF]),
        ("买到就是赚到全往最低价", [ABS, PRI], H("买到就是赚到，全网最低价。")),
        ("好多家长说别的学习机买回来就是游戏机，那种就是害孩子。", [DIS]),
        ("别家的学习机就是自商税买了就吃灰", [DIS], H("别家的学习机就是智商税，买了就吃灰。")),
        ("蓝光全部过滤，孩子天天用，视力还能往回涨。", [MED]),
        ("这个学习机是全国唯一通过教育部认证的。", [ABS]),
        ("用了这台学习机，保证孩子期末提二十分。", [],
         G("education outcome guarantee (广告法第24条), outside the nine categories")),
        ("来，我点一下这道题，看它怎么一步一步讲的。", []),
        ("屏幕十一英寸，最高亮度五百尼特，支持手写笔。", [],
         T("imitates absolute_claim: 最高亮度 is the product's own specification")),
        ("孩子每用四十分钟最好休息一下，看看远处。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("学习机不能治近视，视力有问题要去眼科。", [],
         T("imitates medical_claim: disease word inside a denial")),
        ("我们这一代比上一代题库多了三成，新增了初中物理实验视频。", [],
         T("imitates absolute_claim: self-comparison with own previous generation")),
        ("三千九百九十九到手，送一个保护套。", [],
         T("imitates price_claim: plain price")),
        ("某某家的学习机偏重小学，我们这个覆盖到高中，家长按需选。", [],
         T("imitates disparagement: competitor's focus described neutrally")),
        ("资料包在小黄车详情里直接下载，不用加任何人微信。", [],
         T("imitates offsite_trade: says no WeChat needed")),
        ("一百二十万道题，覆盖人教版、北师大版、苏教版。", [],
         T("imitates sales_data_claim: a content count, not sales or users")),
        ("最后提醒家长，学习机只是工具，成绩还得靠孩子自己努力。", [],
         T("imitates absolute_claim: 最后提醒 is an order word; no outcome promised")),
        ("我们会努力提供醉好的服务", [],
         T("imitates absolute_claim: service attitude (第5条)", said="我们会努力提供最好的服务。")),
    ]),
    # ------------------------------------------------------------------ 12
    dict(id="c12_nft", product="比特币/数字藏品", lines=[
        ("家人们，这款数字藏品限量一千份，买到手就是稳赚，下个月翻三倍。", [INV]),
        ("宝本保受益玲风险", [INV], H("保本保收益，零风险。")),
        ("我们平台是全国最大最安全的数字藏品平台。", [ABS]),
        ("上一期的藏品首发九十九，现在二级市场涨到3800了，你说香不香。", [INV]),
        ("想进内部群的私信我，群里每周提前发空投，跟着我就能赚。", [OFF, INV]),
        ("比特币只涨不跌，现在不上车，以后你就买不起了。", [INV]),
        ("别家平台都是割九菜的跑路盘", [DIS], H("别家平台都是割韭菜的跑路盘。")),
        ("这套财神数字藏品是开过光的，挂在手机上保佑你发大财。", [SUP]),
        ("年化收益百分之三十比存银行强时倍", [INV], H("年化收益百分之三十，比存银行强十倍。")),
        ("上线三分钟卖光五千份，全平台销量第一。", [SAL, ABS]),
        ("首发价九十九，原价三百九十九，这个价只有今晚。", [PRI]),
        ("某某链上的那些藏品都是空气，没人接盘，纯骗局。", [DIS]),
        ("加我的录泡泡拉你进大户群", [OFF], H("加我的绿泡泡，拉你进大户群。")),
        ("这个财神头像招财进宝，设成头像生意都好了。", [SUP]),
        ("保底收益百分之二十，亏了平台全额兜底。", [INV]),
        ("直播间现在三十万人在线，抢购人数已经破十万。", [SAL]),
        ("零风险吻赚不赔家人们闭眼冲", [INV], H("零风险稳赚不赔，家人们闭眼冲。")),
        ("全网独一无二的区块链技术，每一份都是孤品。", [ABS]),
        ("不会操作的，把钱转我支付宝，我帮你代买代持。", [OFF]),
        ("这一份藏品能赚运旺财放着就升值", [SUP, INV], H("这一份藏品能转运旺财，放着就升值。")),
        ("每天签到领积分，积分换成币，一个月就回本。", [INV]),
        ("跟着老师的比特币策略，一个月收益百分之五十，亏了我赔。", [INV]),
        ("本命年的家人领一个这个金龙藏品，化太岁，保一年平安。", [SUP]),
        ("大家看屏幕上这个画面，动起来的，3D的。", []),
        ("数字藏品仅供收藏欣赏，不具有投资属性，不支持二次交易炒作。", [],
         T("imitates investment_claim: explicitly no investment nature")),
        ("投资有风险，入市需谨慎，比特币价格波动很大，我们不做任何收益承诺。", [],
         T("imitates investment_claim: risk warning")),
        ("这套财神图是国潮画风，画的是传统年画里的形象，就是个艺术品。", [],
         T("imitates superstition: 财神 as an art motif, no luck or wealth promised")),
        ("这一份九块九，限量发行三千份，编号从一到三千。", [],
         T("imitates price_claim/sales_data_claim: plain price and edition size")),
        ("购买只在平台内完成，任何人私下让你转账都是诈骗。", [],
         T("imitates offsite_trade: warning against off-platform transfers")),
        ("第一次买的家人先实名认证，第二步绑定钱包。", [],
         T("imitates absolute_claim: 第一次 and 第二步 are order words")),
        ("别的平台也有不错的作品，大家选自己喜欢的艺术家就好。", [],
         T("imitates disparagement: other platforms mentioned favourably")),
        ("这一期比上一期画面精度提升了一倍，是四K的。", [],
         T("imitates absolute_claim: self-comparison with own previous issue")),
        ("跟大家说清楚，数字藏品不保本，不保值，买之前想好。", [],
         T("imitates investment_claim: 保本/保值 negated")),
        ("理财有丰险投资需谨慎", [],
         T("imitates investment_claim: risk warning", said="理财有风险，投资需谨慎。")),
    ]),
    # ------------------------------------------------------------------ 13
    dict(id="c13_gold", product="黄金回收", lines=[
        ("黄金回收找我们，全网回收价最高，每克比别家高二十块。", [ABS, PRI]),
        ("黄金只长不跌现在买就是赚", [INV], H("黄金只涨不跌，现在买就是赚。")),
        ("金价明年肯定破八百，现在存金条，年收益至少百分之十五。", [INV]),
        ("想上门回收的，加我微信，我们师傅直接去你家，现金结算。", [OFF]),
        ("那些金店回收都压价，一克给你少一百，黑心得很。", [DIS]),
        ("这条转运金手链，戴上转运招财，本命年必备。", [SUP]),
        ("我们回收价全国弟一", [ABS, PRI], H("我们回收价全国第一。")),
        ("上个月回收了三吨黄金，服务了二十万客户。", [SAL]),
        ("金店里卖680一克，我们直播间598，还免工费。", [PRI]),
        ("存黄金比存银行强零丰险", [INV], H("存黄金比存银行强，零风险。")),
        ("这个金貔貅开过光的，只进不出，摆在收银台招财进宝。", [SUP]),
        ("别家回收的都是骗子称不准", [DIS], H("别家回收的都是骗子，秤不准。")),
        ("今天限时，回收价每克再加十块，过了零点就没了。", [PRI]),
        ("买金条保本保值，放十年翻一倍，传给孩子。", [INV]),
        ("好评三万多条，回收满意度百分之百。", [SAL]),
        ("思下交易不收手续费直接银行卡转你", [OFF], H("私下交易不收手续费，直接银行卡转你。")),
        ("我们是全国最大的黄金回收平台，没有之一。", [ABS]),
        ("过了今晚，工费就恢复原价三十八一克了。", [PRI]),
        ("戴了这个金葫芦保平安必邪", [SUP], H("戴了这个金葫芦，保平安辟邪。")),
        ("金价每年涨百分之二十，这是铁律，闭着眼睛买都赚。", [INV]),
        ("买我们的积存金，每个月定投，五年保底翻一番。", [INV]),
        ("金条放着就是钱生钱，稳稳的，不会亏。", [INV]),
        ("你看这个秤，放上去，十二点三克，大家看清楚。", []),
        ("我们家是做了二十年的老店，口碑一直很好。", [],
         G("vague reputation claim: no figure, ranking or review count")),
        ("金价每天都在变，今天的回收价是按上海金交所的实时价走的。", [],
         T("imitates price_claim/investment_claim: states the pricing basis, no promise")),
        ("黄金有涨有跌，我们不承诺任何收益，买金饰就是戴着好看。", [],
         T("imitates investment_claim: returns explicitly not promised")),
        ("这款貔貅吊坠是传统造型，我们不讲开光不开光，就是个工艺品。", [],
         T("imitates superstition: 开光 named only to disclaim it")),
        ("足金九九九，一共十二点三克，克重在秤上大家看。", [],
         T("imitates sales_data_claim: weight and purity numbers")),
        ("回收全在平台上下单，师傅上门也是平台派单，别私下加微信。", [],
         T("imitates offsite_trade: platform channel, warns against WeChat")),
        ("今天金价五百九十八一克，工费另算十五一克。", [],
         T("imitates price_claim: plain price")),
        ("金店回收也可以，就近方便，我们这边主要是可以线上估价。", [],
         T("imitates disparagement: competitor mentioned neutrally")),
        ("第一步先把金饰拍照上传，第二步等估价，最后一步确认回收。", [],
         T("imitates absolute_claim: 第一步/最后一步 are order words")),
        ("本命年送金饰是咱们的习俗，图个喜庆，红绳是送的。", [],
         T("imitates superstition: a custom and a gift, no luck or protection promised")),
        ("这个金饰是足金九九九果标的", [],
         T("imitates absolute_claim: purity under the national standard",
           said="这个金饰是足金九九九，国标的。")),
    ]),
    # ------------------------------------------------------------------ 14
    dict(id="c14_antique", product="古玩字画", lines=[
        ("这幅是清代的真迹，全国就这一幅，独一无二。", [ABS]),
        ("买字画就是最好的投资，放三年至少翻五倍。", [ABS, INV]),
        ("这个玉佩是大师开过关的戴着保平安", [SUP], H("这个玉佩是大师开过光的，戴着保平安。")),
        ("拍卖行估价30万，今天直播间3万8就给你。", [PRI]),
        ("想看实物的加我微信，来我们店里私下交易，不走平台。", [OFF]),
        ("某某拍卖行卖的那些全是高仿，专坑外行。", [DIS]),
        ("收藏古玩稳赚不赔保直升值", [INV], H("收藏古玩稳赚不赔，保值升值。")),
        ("这幅山水画挂在客厅，镇宅旺财，风水上这叫靠山。", [SUP]),
        ("我们这个直播间是全平台古玩类目成交额第一。", [SAL, ABS]),
        ("上周有个老板在我这买了个瓶子，转手就卖了八十万，赚了十倍。", [INV]),
        ("外面古玩城的东西百分之九十九都是架货", [DIS], H("外面古玩城的东西，百分之九十九都是假货。")),
        ("这个价格只在今晚，明天交给拍卖行就是二十万起拍。", [PRI]),
        ("我们保证保本回购，三年后原价收回还加百分之二十。", [INV]),
        ("这个避邪摆件放在门口小人近不了身", [SUP], H("这个辟邪摆件放在门口，小人近不了身。")),
        ("一年在直播间卖出去三千多件，老客户回购率百分之六十。", [SAL]),
        ("顶级藏家才有的货，国家级大师鉴定过的。", [ABS]),
        ("买这个就是里财年化百分之四十比基金强多了", [INV], H("买这个就是理财，年化百分之四十，比基金强多了。")),
        ("有意向的老板私信我，我单独发你视频看细节。", [OFF]),
        ("那个某某鉴宝主播就是个托，他卖的都是现代工艺品当老货卖。", [DIS]),
        ("原价十二万的紫砂壶，今天一口价两万八。", [PRI]),
        ("这种老字画每年升值百分之三十，比炒股稳多了。", [INV]),
        ("这尊佛像开过光，请回家供着，保佑全家身体健康。", [SUP]),
        ("你把灯打亮一点，让大家看看这个包浆。", []),
        ("古玩收藏有风险，价格受市场影响，我们不承诺任何升值。", [],
         T("imitates investment_claim: risk warning, no appreciation promise")),
        ("这幅是当代画家的作品，四尺整张，有画家本人的落款。", [],
         T("imitates absolute_claim: plain description of the item")),
        ("这个玉是传统的平安扣造型，寓意平安，但它不会真的保你平安啊。", [],
         T("imitates superstition: 寓意 explained, protective power explicitly denied")),
        ("每件都附鉴定证书，证书编号可以在鉴定机构官网查。", [],
         T("imitates absolute_claim: verifiable certificate, no superlative")),
        ("一万二一件，包装和运费都含在里面了。", [],
         T("imitates price_claim: plain price")),
        ("古玩城也有很多好东西，懂行的可以多去逛逛，多比较。", [],
         T("imitates disparagement: competitors praised")),
        ("千万别私下给任何人打款，所有交易都走平台担保。", [],
         T("imitates offsite_trade: warning against off-platform payment")),
        ("这个瓶子高三十八厘米，口径十二厘米，重两点三公斤。", [],
         T("imitates sales_data_claim: measurements, not sales")),
        ("最近来问的人多，第一次玩收藏的，建议从小件开始。", [],
         T("imitates absolute_claim: 最近/第一次 are order words")),
        ("收藏有风险买之前请紧慎", [],
         T("imitates investment_claim: risk warning", said="收藏有风险，买之前请谨慎。")),
    ]),
    # ------------------------------------------------------------------ 15
    dict(id="c15_fengshui", product="桃木剑/风水摆件", lines=[
        ("这把桃木剑是龙虎山道长亲手开光的，挂在床头辟邪镇宅。", [SUP]),
        ("放在家里能招才转运", [SUP], H("放在家里能招财转运。")),
        ("本命年犯太岁的，请一把回去化太岁，保佑全家平安。", [SUP]),
        ("别家的桃木剑都是机器压出来的，还是染色的，根本没用。", [DIS]),
        ("这个风水摆件是全网唯一一家开过光的。", [SUP, ABS]),
        ("原价一千八百八，今天结缘价三百八十八。", [PRI]),
        ("挂了这个小人退散逃花运旺", [SUP], H("挂了这个，小人退散，桃花运旺。")),
        ("想请大师单独算八字看风水的，私信我，加大师的微信。", [OFF, SUP]),
        ("我们卖了二十万把，每一把都有人回来还愿。", [SAL, SUP]),
        ("这个貔貅摆在财位，生意不好的店三个月就翻身。", [SUP]),
        ("是上最灵验的一把", [ABS, SUP], H("史上最灵验的一把。")),
        ("孩子晚上老哭老做噩梦的，枕头下面放一把小桃木剑，马上就好。", [SUP]),
        ("超市那种几十块的就是工艺品，没开过光，买了也白买，智商税。", [DIS, SUP]),
        ("最后十分钟，结缘价就恢复原价了，缘分错过就没了。", [PRI]),
        ("这个八卦镜当煞必邪", [SUP], H("这个八卦镜挡煞辟邪。")),
        ("好评率百分之百，买过的都说家里顺了。", [SAL, SUP]),
        ("顶级雷击木，全中国都找不出几根。", [ABS]),
        ("加我威信号我给你发八字测算", [OFF, SUP], H("加我微信号，我给你发八字测算。")),
        ("这一把能治失眠，睡不着的挂在床头，一觉到天亮。", [MED]),
        ("这个转运珠手串，戴上考试必过，升职加薪。", [SUP]),
        ("来，把剑拔出来给大家看看这个纹路。", []),
        ("这个葫芦摆件寓意福禄，送长辈讨个好彩头。", [],
         G("寓意 and 好彩头: auspicious symbolism without a promised effect, contestable")),
        ("桃木剑是咱们的传统手工艺品，老一辈挂门上是个民俗，我们卖的是手艺。", [],
         T("imitates superstition: folk custom described, no protective effect claimed")),
        ("剑长六十厘米，整块桃木雕的，表面是木蜡油。", [],
         T("imitates absolute_claim: specification")),
        ("这个摆件就是个装饰品，没有任何特殊功能，大家别想多了。", [],
         T("imitates superstition: special powers explicitly denied")),
        ("三百八十八一把，含一个木头剑架。", [],
         T("imitates price_claim: plain price")),
        ("桃木放久了容易开裂，最好别放在暖气旁边。", [],
         T("imitates absolute_claim: 最好 is care advice")),
        ("别家的雕工也有好的，大家买之前看看细节图，多对比。", [],
         T("imitates disparagement: competitors praised")),
        ("有人冒充我们加微信卖开光产品，那都是假的，我们只在小黄车卖。", [],
         T("imitates offsite_trade/superstition: warns against WeChat sellers and their 开光 goods")),
        ("最近问貔貅的多，第一次买摆件的，先看看尺寸合不合适。", [],
         T("imitates superstition/absolute_claim: 貔貅 as an object name, 最近/第一次 order words")),
        ("这个是木雕的八卦图案，传统纹样，挂着好看。", [],
         T("imitates superstition: 八卦 as a decorative pattern only")),
        ("我们不讲开关不开关就是个木雕", [],
         T("imitates superstition: 开光 named only to disclaim it", said="我们不讲开光不开光，就是个木雕。")),
    ]),
    # ------------------------------------------------------------------ 16
    dict(id="c16_petdeworm", product="宠物驱虫", lines=[
        ("铲屎官们，这个驱虫药内外同驱，一滴下去百分之百杀死所有寄生虫。", [MED]),
        ("绝对无负作用幼猫孕猫都能用", [MED], H("绝对无副作用，幼猫孕猫都能用。")),
        ("宠物医院驱一次虫一百五，我们一盒三支才九十九。", [PRI]),
        ("某某牌驱虫药用了掉毛呕吐，好多猫都中毒了，千万别买。", [DIS]),
        ("还能治猫癣、耳螨、皮肤病，一支搞定。", [MED]),
        ("全网宠物驱虫销量第一，一年卖出去三千万支。", [SAL, ABS]),
        ("家微信我给你发兽医的联系方式", [OFF], H("加微信，我给你发兽医的联系方式。")),
        ("比医院开的药效果还好，兽医都偷偷用我们的。", [MED]),
        ("划线价一百九十八，今天九十九，还送一个驱虫项圈。", [PRI]),
        ("市面上最安全的驱虫药，没有之一。", [ABS, MED]),
        ("那些便宜的都是价药吃死过猫", [DIS], H("那些便宜的都是假药，吃死过猫。")),
        ("好评二十万条，九成九的主人说用完再也没见过跳蚤。", [SAL]),
        ("过了今晚十二点恢复一百九十八，囤货的抓紧。", [PRI]),
        ("思信我有批发价猫舍老板专用", [OFF], H("私信我，有批发价，猫舍老板专用。")),
        ("用了我们这个，猫一辈子不得传染病。", [MED]),
        ("直播间五万铲屎官在线，已经拍了八千单。", [SAL]),
        ("顶级进口原料，全球领先的缓释技术。", [ABS]),
        ("保正一次见效无效退款", [MED], H("保证一次见效，无效退款。")),
        ("一支才33，外面宠物店一支卖80。", [PRI]),
        ("别家的驱虫药都是国产仿的，没效果还伤肝肾。", [DIS]),
        ("来，我家这只狸花，过来给大家打个招呼。", []),
        ("按体重选规格，四公斤以下用小支，一个月一次。", [],
         T("imitates medical_claim: dosage instructions, no efficacy promise")),
        ("用完最好四十八小时内别洗澡，别让猫舔到。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("十二周以下的幼猫、生病的猫，先咨询宠物医生再用。", [],
         T("imitates medical_claim: caution and referral to a vet")),
        ("每支零点五毫升，成分和含量都印在盒子背面。", [],
         T("imitates sales_data_claim: specification numbers")),
        ("九十九一盒三支，就是这个价。", [],
         T("imitates price_claim: plain price")),
        ("这一代比上一代的滴管更好挤了，不容易洒。", [],
         T("imitates absolute_claim: self-comparison with own previous version")),
        ("有问题找平台客服，千万别加陌生人微信买什么特效药。", [],
         T("imitates offsite_trade: platform channel, warns against WeChat sellers")),
        ("其他牌子的驱虫药也可以用，关键是按时驱虫，别断了。", [],
         T("imitates disparagement: competitors mentioned favourably")),
        ("驱虫药不能治病，猫要是拉肚子呕吐，要去宠物医院。", [],
         T("imitates medical_claim: disease words inside a denial")),
        ("醉后提醒一下用之前看说名书", [],
         T("imitates absolute_claim: 最后提醒 is an order word", said="最后提醒一下，用之前看说明书。")),
    ]),
    # ------------------------------------------------------------------ 17
    dict(id="c17_downjacket", product="羽绒服", lines=[
        ("家人们，这件羽绒服是全网最保暖的，零下四十度穿都不冷。", [ABS]),
        ("含绒量百分之九十五泉网最高", [ABS], H("含绒量百分之九十五，全网最高。")),
        ("商场专柜卖两千八，我们直播间六百九十九。", [PRI]),
        ("某某牌的羽绒服都是飞丝鸭毛，钻绒钻得一身毛，纯垃圾。", [DIS]),
        ("去年冬天我们卖了五十万件，羽绒服类目销量冠军。", [SAL, ABS]),
        ("本命年的姐妹选这个大红色，穿上转运，一年顺顺利利。", [SUP]),
        ("穿了这件老寒腿关节言都好了", [MED], H("穿了这件，老寒腿、关节炎都好了。")),
        ("想要工厂尾货的，加我微信，我单独发你。", [OFF]),
        ("划线价1599，今天到手599。", [PRI]),
        ("外面那些便宜的都是黑星棉", [DIS], H("外面那些便宜的都是黑心棉。")),
        ("顶级鹅绒，国家级面料实验室认证，史上最轻。", [ABS]),
        ("好评十万多条，回购率百分之八十五。", [SAL]),
        ("过了今晚恢复一千五百九十九，这个价我这辈子就开这一次。", [PRI]),
        ("这件是消量冠军报款", [SAL, ABS], H("这件是销量冠军爆款。")),
        ("加拿大鹅一件八千多，我们这件八百九十九，一样的鹅绒。", [PRI]),
        ("私聊我下单的送围巾，不用在小黄车拍了。", [OFF]),
        ("穿这件羽绒服不感冒，体质弱的孩子一冬天都不生病。", [MED]),
        ("现时秒杀就三分钟三分钟后涨价", [PRI], H("限时秒杀就三分钟，三分钟后涨价。")),
        ("全国独家的充绒工艺，别人家都仿不来。", [ABS]),
        ("黑色这款压得住邪气，穿着出门辟邪。", [SUP]),
        ("本命年穿我们这件红的，保佑你一整年不犯小人。", [SUP]),
        ("你转一圈给大家看看背面。哎对，帽子也摘下来。", []),
        ("比加拿大鹅还暖和。", [],
         G("comparative warmth claim naming a competitor: unverified but not disparaging or absolute")),
        ("最近降温了，第一批到的是黑色和米白色。", [],
         T("imitates absolute_claim: 最近/第一批 are order words")),
        ("零下十度以内穿着没问题，更冷的地方建议里面再加件毛衣。", [],
         T("imitates absolute_claim: honest usage range")),
        ("今年这款比去年的老款轻了五十克，领子加高了。", [],
         T("imitates absolute_claim: self-comparison with own older model")),
        ("这件含绒量百分之九十，是我们自己店里含绒量最高的一款。", [],
         T("imitates absolute_claim: 最高 bounded to the seller's own range (self-comparison)")),
        ("五百九十九到手，运费险是送的。", [],
         T("imitates price_claim: plain price")),
        ("最好干洗，或者用羽绒服专用洗涤剂手洗，别机洗。", [],
         T("imitates absolute_claim: 最好 is care advice")),
        ("加拿大鹅也很好，就是价格高，我们这款适合预算有限的家人。", [],
         T("imitates disparagement: competitor praised")),
        ("红色是今年的流行色，过年穿着喜庆。", [],
         T("imitates superstition: colour and festivity, no luck promised")),
        ("有人问尾货能不能私下买，不行，所有订单都走小黄车。", [],
         T("imitates offsite_trade: refuses private sales")),
        ("一米六五、一百二十斤穿L码，这个是尺码参考。", [],
         T("imitates sales_data_claim: size numbers")),
        ("冲绒量是两百克果标一等品", [],
         T("imitates absolute_claim: 一等品 is a national-standard grade",
           said="充绒量是两百克，国标一等品。")),
    ]),
    # ------------------------------------------------------------------ 18
    dict(id="c18_blanket", product="电热毯", lines=[
        ("家人们，这是最安全的电热毯，睡一辈子都不会漏电。", [ABS]),
        ("疯湿观节痛睡一个月就好了", [MED], H("风湿、关节痛，睡一个月就好了。")),
        ("还有远红外理疗功能，能治宫寒，痛经的姐妹都说好。", [MED]),
        ("超市一条卖三百多，我们这双人款才一百二十九。", [PRI]),
        ("某某牌的电热毯辐射超标，睡了伤身体，还着过火。", [DIS]),
        ("十年了，全网电热毯销量第一，没有之一。", [SAL, ABS]),
        ("加我尾信送一个暖手宝", [OFF], H("加我微信，送一个暖手宝。")),
        ("原价二百九十九，今天直降一百七。", [PRI]),
        ("好评二十多万条，百分之九十九的家人给了五星。", [SAL]),
        ("读一无二的石墨稀发热全国就我们一家", [ABS], H("独一无二的石墨烯发热，全国就我们一家。")),
        ("老人睡了降血压，晚上也不起夜了。", [MED]),
        ("那些杂牌的就是三无产品，温控一坏就起火。", [DIS]),
        ("今天限时特价，错过等明年。", [PRI]),
        ("医院里疗一次两百我们这个天天在家里疗", [MED, PRI], H("医院理疗一次两百，我们这个天天在家理疗。")),
        ("私信我，给你发厂家直发的链接，不走平台便宜三十。", [OFF, PRI]),
        ("国家级检测机构认证，行业最高安全标准。", [ABS]),
        ("直播间现在六万人在线，一分钟卖出五百条。", [SAL]),
        ("去湿排毒一晚上出一身汗汗气全排出来", [MED], H("祛湿排毒，一晚上出一身汗，寒气全排出来。")),
        ("顶级的羊毛面料，比任何一家都舒服。", [ABS]),
        ("今晚过了十点，就回到二百九十九。", [PRI]),
        ("助播你躺上去试试。哎呀真暖和，我不想起来了。", []),
        ("3C认证，最高温度55度，有6档调温。", [],
         T("imitates absolute_claim: 最高温度 is the product's own specification")),
        ("最好睡前半小时预热，睡觉的时候调到低档或者关掉。", [],
         T("imitates absolute_claim: 最好 is usage advice")),
        ("孕妇、婴儿、糖尿病患者不建议长时间使用电热毯。", [],
         T("imitates medical_claim: disease word inside a warning")),
        ("电热毯不能治病，关节不舒服的请去医院。", [],
         T("imitates medical_claim: treatment explicitly denied")),
        ("129一条，双人的，1米5乘1米8。", [],
         T("imitates price_claim: plain price plus size")),
        ("这一代比上一代多了一个定时关机功能。", [],
         T("imitates absolute_claim: self-comparison with own previous generation")),
        ("别家的电热毯也有定时的，买的时候注意看有没有过热保护。", [],
         T("imitates disparagement: competitors mentioned neutrally, buying advice")),
        ("售后找小黄车里的平台客服，三年质保。", [],
         T("imitates offsite_trade: platform channel")),
        ("第一次用先把毯子平铺开，不要折叠着通电。", [],
         T("imitates absolute_claim: 第一次 is an order word")),
        ("我们会尽最大的努力把品空做好", [],
         T("imitates absolute_claim: service attitude (第5条)", said="我们会尽最大的努力把品控做好。")),
    ]),
]


def norm_line(line):
    text, labels = line[0], list(line[1])
    extra = dict(line[2]) if len(line) > 2 else {}
    return text, labels, extra


def build(outdir):
    stats = {c: 0 for c in CATEGORIES}
    totals = dict(violating=0, trap=0, grey=0, neutral=0, heard_violating=0, heard_trap=0,
                  heard_other=0, utterances=0)
    products = []
    errors = []
    per_session = []
    seen_ids = set()
    seen_text = {}
    for s in SESSIONS:
        sid = s["id"]
        assert sid not in seen_ids, sid
        seen_ids.add(sid)
        products.append(s["product"])
        t = 1.0
        utts = []
        sv = st = sh = 0
        for line in s["lines"]:
            text, labels, extra = norm_line(line)
            for lab in labels:
                if lab not in CATEGORIES:
                    errors.append(f"{sid}: bad label {lab!r} in {text}")
            if len(set(labels)) != len(labels):
                errors.append(f"{sid}: duplicate label in {text}")
            trap = bool(extra.get("trap", False))
            ignore = bool(extra.get("ignore", False))
            if (trap or ignore) and labels:
                errors.append(f"{sid}: trap/ignore line carries labels: {text}")
            if (trap or ignore) and not extra.get("note"):
                errors.append(f"{sid}: trap/ignore line without note: {text}")
            if trap and ignore:
                errors.append(f"{sid}: both trap and ignore: {text}")
            said = extra.get("said")
            if said is not None and said == text:
                errors.append(f"{sid}: said equals text: {text}")
            if text in seen_text:
                errors.append(f"{sid}: duplicate text also in {seen_text[text]}: {text}")
            seen_text[text] = sid
            dur = max(1.5, 0.22 * len(text))
            u = {"start": round(t, 3), "end": round(t + dur, 3), "text": text,
                 "labels": labels, "ignore": ignore, "trap": trap}
            if "note" in extra:
                u["note"] = extra["note"]
            if said is not None:
                u["said"] = said
            utts.append(u)
            t = t + dur + 1.0
            totals["utterances"] += 1
            if labels:
                totals["violating"] += 1
                sv += 1
                for lab in labels:
                    stats[lab] += 1
                if said is not None:
                    totals["heard_violating"] += 1
                    sh += 1
            elif trap:
                totals["trap"] += 1
                st += 1
                if said is not None:
                    totals["heard_trap"] += 1
            elif ignore:
                totals["grey"] += 1
            else:
                totals["neutral"] += 1
                if said is not None:
                    totals["heard_other"] += 1
        last_end = utts[-1]["end"]
        doc = {"id": sid, "duration": round(last_end + 1.0, 3), "format": "text",
               "product": s["product"], "utterances": utts}
        with open(os.path.join(outdir, sid + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        per_session.append((sid, s["product"], sv, st, sh, len(utts), doc["duration"]))
    return stats, totals, products, errors, per_session


def main():
    outdir = os.path.dirname(os.path.abspath(__file__))
    stats, totals, products, errors, per_session = build(outdir)
    print("session              product            viol trap heard utts duration_s")
    for sid, prod, sv, st, sh, n, d in per_session:
        print(f"{sid:20s} {prod:12s}\t{sv:4d} {st:4d} {sh:5d} {n:4d} {d:8.1f}")
    print()
    print("lines per category (a line may carry several):")
    for c in CATEGORIES:
        flag = "" if stats[c] >= 25 else "   <-- below 25"
        print(f"  {c:18s} {stats[c]:4d}{flag}")
    print()
    for k, v in totals.items():
        print(f"  {k:16s} {v}")
    hv = totals["heard_violating"] / max(1, totals["violating"])
    ht = totals["heard_trap"] / max(1, totals["trap"])
    gz = totals["grey"] / max(1, totals["utterances"])
    print(f"  heard share: violating {hv:.1%}, trap {ht:.1%}; grey share {gz:.1%}")
    print(f"  sessions {len(SESSIONS)}, product types {len(set(products))}")
    if totals["violating"] < 330 or totals["trap"] < 165:
        errors.append("fewer than 330 violating or 165 trap lines")
    if any(v < 25 for v in stats.values()):
        errors.append("a category has fewer than 25 lines")
    if gz > 0.05:
        errors.append("grey-zone share above 5%")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)


if __name__ == "__main__":
    main()
