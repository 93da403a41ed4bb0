#!/usr/bin/env python3
"""Held-out evaluation set P for liveaudit (text-only transcripts).

Sixteenth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_n/text/README.md and the helper, validation and printing
code of tests/heldout_n/text/build.py were the references (see README.md for exactly what was
read; no line of any other set was used or paraphrased).

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                           violating (or neutral when labels == [])
  ("text", [labels], N(SPLIT))                 violating half of a split price comparison
  ("text", [], T("note"))                      trap: lawful line that looks like a violation
  ("heard", [labels], H("said"))               Whisper mishearing; labels describe `said`
  ("heard", [labels], H("said", note=SPLIT))   misheard half of a split price comparison
  ("heard", [], T("note", said="..."))         misheard trap
  ("text", [], G("note"))                      grey zone: ignore=True (none in this set)

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

MIN_UTTS, MAX_UTTS = 28, 30


def T(note, said=None):
    d = {"trap": True, "note": note}
    if said is not None:
        d["said"] = said
    return d


def H(said, note=None):
    d = {"said": said}
    if note is not None:
        d["note"] = note
    return d


def G(note):
    return {"ignore": True, "note": note}


def N(note):
    return {"note": note}


SPLIT = "price comparison spread over two adjacent lines: both lines carry price_claim"

# trap notes used more than once
T_ORDER = "imitates absolute_claim: an order word, not a ranking or comparison"
T_USAGE = "imitates absolute_claim: a usage tip (最好 …), exempt under 指南 第6条"
T_SPEC = "imitates absolute_claim: a technical parameter of the product itself, not a comparison"
T_ARITH = "imitates price_claim: a plain price with per-unit arithmetic, no reference price"
T_PLATCOUNT = "imitates sales_data_claim: a counter shown by the platform, the host states no figure"
T_PLATONLY = "imitates offsite_trade: keeps buyers on the platform and warns against private payment"
T_MEDWARN = "imitates medical_claim: a disease named in a warning or a referral to a doctor, no efficacy claimed"
T_MEDDENY = "imitates medical_claim: says the product is not a medicine and cures nothing"
T_NEUTRAL = "imitates disparagement: a neutral, factual comparison with a named rival, no negative judgement"
T_SUPDENY = "imitates superstition: a custom or picture named with an explicit denial of any luck effect"
T_INVDENY = "imitates investment_claim: a disclaimer that refuses to promise any return"

SESSIONS = [
    {"id": "p01_mencream", "product": "男士控油面霜", "lines": [
        ("春天来了，万物复苏，又到了雄性们脸上开始冒油光的季节，镜头前的各位兄弟晚上好。", []),
        ("这瓶控油面霜抹上去，青春痘三天就蔫下去，一周整张脸干干净净，连痘坑都平了。", [COS]),
        ("脂溢性皮炎发红发痒的雄性，它消炎那叫一个快，比皮肤科开的药膏还稳。", [COS, MED]),
        ("镜头推近，看看成分表：排在头一位的是水，其次是甘油和角鲨烷，跟大多数乳霜差不多。", [],
         T("imitates absolute_claim: 头一位 is the order of the ingredient list, not a ranking")),
        ("放眼整片草原，没有哪一款男士面霜祛痘比它更快。", [ABS, COS]),
        ("它还能抗闽，换季过敏泛红的兄弟直接用，不用挑季节。", [COS],
         H("它还能抗敏，换季过敏泛红的兄弟直接用，不用挑季节。")),
        ("这个族群的壮大速度惊人，去年秋天到今天一共卖出去八万六千四百瓶，回头的老客占了六成。", [SAL]),
        ("说明一下，这是普通化妆品备案，不是特殊化妆品，美白去班这些它做不到，别指望。", [],
         T("imitates cosmetic_claim: 美白 / 祛斑 named only to deny them; an ordinary-registration statement",
           said="说明一下，这是普通化妆品备案，不是特殊化妆品，美白祛斑这些它做不到，别指望。")),
        ("商场男士专柜标的二百六十八，今天直播间一百二十九，镜头前的兄弟自己算。", [PRI]),
        ("晒黑的脸抹两个礼拜，每白一个度，跟蜕了层皮似的。", [COS],
         H("晒黑的脸抹两个礼拜，美白一个度，跟蜕了层皮似的。")),
        ("隔壁某某男士那款，说是控油，其实是拿工业酒精勾兑的，擦完脸皮一层层往下掉。", [DIS]),
        ("用法提醒：最好洗完脸趁水汽没干的时候抹，黄豆大小一粒就够全脸。", [], T(T_USAGE)),
        ("长毛囊炎、酒糟鼻的雄性，坚持抹一个月，炎症自己就退了，不用再往医院跑。", [COS, MED]),
        ("想要兄弟专属护肤方案的，加我个人微信，号是wx下划线八八六三一，我一对一带你。", [OFF]),
        ("所有订单只在本直播间小黄车拍，有人自称是我助理让你私下转账的，一律别理。", [], T(T_PLATONLY)),
        ("男士面霜的销量榜就是它的栖息地，三十个月没挪过窝，一直蹲在第一位。", [ABS, SAL]),
        ("如果脸上是大片红肿化脓、还发烧，那是皮肤感染，关掉直播去医院看皮肤科，面霜解决不了。", [],
         T(T_MEDWARN)),
        ("这个价格只维持到今晚十一点，一过点，系统自动恢复二百六十八。", [PRI]),
        ("里面加了亦君因子，脸上的螨虫细菌通通杀光。", [COS],
         H("里面加了抑菌因子，脸上的螨虫细菌通通杀光。")),
        ("一瓶五十克一百二十九元，早晚各一次大约能用两个月，摊下来一天两块出头。", [], T(T_ARITH)),
        ("整片大陆上只有我们这款是真控油，别家喊控油的全是拿吸油粉糊在脸上。", [ABS, DIS]),
        ("这款面霜最大规格是八十克，最小是二十克的体验装，直播间只上五十克这一种。", [], T(T_SPEC)),
        ("一点刺激性都没有，抹多久都不会有不良反应，真出了问题我全额赔。", [MED]),
        ("面相上讲油光满面是漏财，脸上的油压住了，财气就守住了，升职加薪跟着来。", [SUP]),
        ("有兄弟问瓶身那只狼头是不是旺桃花的，不是，那只是品牌logo，跟姻缘运气没有一点关系。", [],
         T(T_SUPDENY)),
        ("直播间一百二十九，进我的兄弟会粉丝群，群里私下接龙还能再少二十块。", [OFF, PRI]),
        ("这是我在这片领地见过的使上最强控油配方。", [ABS],
         H("这是我在这片领地见过的史上最强控油配方。")),
        ("商品链接下面显示的销量是平台统计的，我这儿不另外报数，大家自己看。", [], T(T_PLATCOUNT)),
        ("刮完胡子抹一层，剃须刀刮出来的小红点马上就消炎退红。", [COS]),
        ("这一集快结束了，库存只剩五十八瓶，拍完这批就永久下架，再也不上。", [SAL]),
    ]},
    {"id": "p02_dryshampoo", "product": "干发喷雾", "lines": [
        ("叮咚，您的快递到了，今天派送的头一件是一瓶干发喷雾，我先当着大家的面拆开。", [], T(T_ORDER)),
        ("这瓶喷下去，头皮出油立马止住，掉发也跟着止住，梳子上再见不到一把一把的头发。", [COS]),
        ("头皮屑多、只一性脱发的，它抑菌止痒，还能把脱发治好。", [COS, MED],
         H("头皮屑多、脂溢性脱发的，它抑菌止痒，还能把脱发治好。")),
        ("干发喷雾说白了就是吸油的粉，喷完把油吸走头发看着蓬松，它不管掉发，也不是防脱产品。", [],
         T("imitates cosmetic_claim: 防脱 named only to deny it; describes what the powder does")),
        ("我们站点上个月光这一瓶就发出去四万一千多单，驿站老板都认识我了。", [SAL]),
        ("之前快递柜旁边那家美妆店，这一瓶标价一百一十九，", [PRI], N(SPLIT)),
        ("今天在我这儿签收，只要五十九，还包邮到家。", [PRI], N(SPLIT)),
        ("某某干洗喷雾你们别买，我派件时见过多少人拒收退回，喷完头发结成块，粉里掺的全是滑石粉。", [DIS]),
        ("要是头皮一块一块地红、流水结痂，那是皮肤病，该去医院皮肤科，别拿喷雾顶。", [], T(T_MEDWARN)),
        ("连用一个月，发际线那块声发，新头发冒出一层小绒毛。", [COS],
         H("连用一个月，发际线那块生发，新头发冒出一层小绒毛。")),
        ("整个快递圈公认，干发喷雾里它是顶配中的顶配，再也找不到比它更蓬的。", [ABS]),
        ("最好离头发二十公分喷，喷完等两分钟再用手指抓，离太近会发白。", [], T(T_USAGE)),
        ("想批量拿货的加我威信，我直接从站点给你发。", [OFF],
         H("想批量拿货的加我微信，我直接从站点给你发。")),
        ("产后脱发、化疗以后掉头发的姐妹都能用，比抹米诺地尔还管用。", [MED, COS]),
        ("一瓶一百五十毫升五十九块，一天喷一次大概用四十天，算下来一天一块五。", [], T(T_ARITH)),
        ("仓库就剩最后三百二十瓶，派完这一车就没了，下一批得等两个月。", [SAL]),
        ("收货地址只填平台上的，别信加好友代收的，所有售后都走平台客服，快递小哥不收现金。", [],
         T(T_PLATONLY)),
        ("想做代理的找我，一瓶返你二十，卖不掉的我原价收回来，保你一个月净赚六千。", [INV]),
        ("直播间右上角的在线人数是平台算的，我这儿实话实说，今天人不多，大家慢慢挑。", [], T(T_PLATCOUNT)),
        ("头皮上那些小红疙瘩，一喷就消炎，第二天全瘪下去。", [COS]),
        ("超市里十几块那种全是假货，喷完头皮起疹子。", [DIS]),
        ("有人说快递盒上的红色福字是图吉利，那只是春节包装，没有任何转运保佑的意思。", [], T(T_SUPDENY)),
        ("今天下单的，这个价只到晚上八点驿站关门，八点一过立马恢复一百一十九。", [PRI]),
        ("防脱这块它就是塔尖上那一瓶，没有哪瓶喷雾固发比它更强。", [ABS, COS]),
        ("有人问能不能防晒，不能，它没有防晒功效，出门晒太阳请另外涂防晒霜。", [],
         T("imitates cosmetic_claim: 防晒 named only to deny it")),
        ("孕妇、哺乳期、小孩都能放心喷，我拿驿站担保，对身体没有任何副作用。", [MED]),
        ("同城的朋友到我们驿站自提，当面扫我个人收款码，一瓶只收四十五。", [OFF, PRI]),
        ("它还能抗君，头皮闷出来的痘痘三天就消。", [COS],
         H("它还能抗菌，头皮闷出来的痘痘三天就消。")),
        ("在驿站每天进出的包裹里，它的回购单量排第一，老客户一买就是一箱。", [ABS, SAL]),
        ("页面上这瓶没有划线价，标多少就是多少，我不搞先涨后降那一套。", [],
         T("imitates price_claim: says there is no reference price and refuses a mark-up")),
    ]},
    {"id": "p03_massagecream", "product": "面部按摩膏", "lines": [
        ("欢迎来到今晚的牵手现场，第一位登场的男嘉宾……不对，是第一位登场的产品，面部按摩膏，有请！", [],
         T(T_ORDER)),
        ("女嘉宾们注意，每晚按摩五分钟，黄气暗沉一扫而光，脸白了红鸾星也跟着动，下个月就脱单。",
         [COS, SUP]),
        ("脸颊上的雀斑晒斑，按一个月就曲斑，斑点一颗颗变淡。", [COS],
         H("脸颊上的雀斑晒斑，按一个月就祛斑，斑点一颗颗变淡。")),
        ("双下巴、苹果肌上的肉，按摩膏里的成分直接溶脂，一个月V脸就出来。", [COS]),
        ("按摩膏的作用是让手指打圈更顺滑，帮着清洁毛孔，它不美白也不瘦脸，这点我先说在前头。", [],
         T("imitates cosmetic_claim: 美白 named only to deny it")),
        ("二十四位女嘉宾里，有二十一位是我们的老客户，这款按摩膏一年卖了十三万罐。", [SAL]),
        ("今晚牵手价六十九，商场柜台同款按摩膏卖一百九十九，你们自己看值不值。", [PRI]),
        ("那个某某按摩霜，男嘉宾一闻就灭灯，里面全是矿物油，越按越闷痘。", [DIS]),
        ("有激素脸、皮肤正在发炎期的，先别按摩，去皮肤科让医生看过再说。", [], T(T_MEDWARN)),
        ("长闭口痤疮的女嘉宾，按两周痤疮全消，比医院开的阿达帕林还见效。", [MED, COS]),
        ("第一个动作下巴往耳后提拉，第二个动作鼻翼两侧打圈，最末一个动作额头往上推。", [], T(T_ORDER)),
        ("在我们这个节目里，它是唯一一个让全场女生爆灯的美白按摩膏，谁也抢不走这个位置。", [ABS, COS]),
        ("想要专属手法教学的，加主持人的私人维信，号码在我主页。", [OFF],
         H("想要专属手法教学的，加主持人的私人微信，号码在我主页。")),
        ("一罐一百克六十九，每次挖一元硬币大小，一罐能按八十次左右。", [], T(T_ARITH)),
        ("牵手价只限今晚节目录制时间，灭灯音乐一响就回到一百九十九。", [PRI]),
        ("上一季节目结束，付购率做到了百分之七十三。", [SAL],
         H("上一季节目结束，复购率做到了百分之七十三。")),
        ("商品页下面的买家评价都是平台展示的，有好有坏，大家自己往下翻。", [], T(T_PLATCOUNT)),
        ("每天坚持按，面瘫后遗症的女嘉宾嘴角都按回来了，面神经都给你按活。", [MED]),
        ("别家的按摩膏都是拿工业石蜡搅出来的，跟它比就是陪跑，它才是全场最佳。", [ABS, DIS]),
        ("背景板上的红心和喜鹊就是节目的装饰，不代表用了能招来姻缘，大家别想多。", [], T(T_SUPDENY)),
        ("敷完再按，脸上的痘痘硝烟特别快。", [COS],
         H("敷完再按，脸上的痘痘消炎特别快。")),
        ("敏感肌也放心按，它有抗炎成分，泛红刺痛一按就缓过来。", [COS]),
        ("有兴趣开我们按摩膏美容院加盟店的，前期投五万，半年保证回本，之后每个月稳拿两万。", [INV]),
        ("节目组提醒，所有购买都在直播间小黄车完成，任何人找你私下交定金都别理。", [], T(T_PLATONLY)),
        ("进我们的心动女生群，群里团购价比直播间还再便宜十五块。", [OFF, PRI]),
        ("按摩膏里的成分直接渗到真皮层，让胶原蛋白再生，用了没变化整罐钱退给你。", [MED]),
        ("我们不是药，也不是医美项目，按摩只能让你放松，治不了任何皮肤病。", [], T(T_MEDDENY)),
        ("它才是按摩膏里的头牌，这个位置谁也牵不走。", [ABS]),
        ("按完脸上的痘印和小疤一点点淡掉，连痘坑都慢慢填平。", [COS]),
        ("今晚的最后一位嘉宾我们留到下期再请，感谢收看，下周五同一时间见。", [], T(T_ORDER)),
    ]},
    {"id": "p04_grapeseed", "product": "葡萄籽提取物胶囊", "lines": [
        ("各位观众，晚上好，今天是十二月七日，星期一，欢迎收看本台的直播间节目。", []),
        ("本台消息，这款葡萄籽提取物胶囊是保健食品，批准的保健功能是有助于抗氧化，本品不能代替药物。", [],
         T("imitates medical_claim: a 保健食品 stating only its approved function, with 本品不能代替药物")),
        ("据本台记者了解，不少老年观众吃了三个月，血管里的斑块都溶掉了，颈动脉又通了。", [MED]),
        ("在抗氧化这一领域，它是过家级权威认证的第一品牌。", [ABS],
         H("在抗氧化这一领域，它是国家级权威认证的第一品牌。")),
        ("下面请看详细报道：一位患高血压二十年的观众，坚持服用以后，降压药减了一半。", [MED]),
        ("需要提醒的是，正在服用降压药、降脂药的观众，请不要自行停药，有疑问请咨询医生。", [], T(T_MEDWARN)),
        ("本次节目播出期间，这一盒的价格是一百六十八元，", [PRI], N(SPLIT)),
        ("而在药店柜台，同样一盒标价四百二十元。", [PRI], N(SPLIT)),
        ("据不完全统计，全国已经有两百三十万个家庭在长期服用。", [SAL]),
        ("它比维生素E的抗氧化能力强五十倍，还能预防挨症。", [MED],
         H("它比维生素E的抗氧化能力强五十倍，还能预防癌症。")),
        ("常有观众来信询问服用方法，统一回答：每日两次，每次一粒，最好随餐服用。", [], T(T_USAGE)),
        ("长期服用，眼底黄斑病变的老人看东西都清楚了，白内障也不用做手术。", [MED]),
        ("某某牌葡萄籽是用葡萄皮渣冒充的，原花青素含量连标注的三成都不到，观众朋友不要上当。", [DIS]),
        ("这里要特别说明，保健食品不是药物，不具有预防和志疗疾病的作用。", [],
         T(T_MEDDENY, said="这里要特别说明，保健食品不是药物，不具有预防和治疗疾病的作用。")),
        ("本台可以明确告诉大家，这个产品一点毒副作用都没有，吃多少都不伤肝肾。", [MED]),
        ("想要专家一对一指导的观众，可以添加节目组的薇信。", [OFF],
         H("想要专家一对一指导的观众，可以添加节目组的微信。")),
        ("在所有保健食品里，它是抗衰老效果最好的一种，吃了人能年轻十岁。", [ABS, MED]),
        ("画面下方显示的已售数量由平台实时统计，节目组不做任何人为修改。", [], T(T_PLATCOUNT)),
        ("本台消息，今晚直播间库存仅剩九百盒，售完即止，不再补货。", [SAL]),
        ("另外，成为我们的健康推广员，每推荐一位会员奖励八十元，三级分成，月入过万轻而易举。", [INV]),
        ("一盒六十粒，每天两粒吃一个月，一百六十八元折合每天五块六。", [], T(T_ARITH)),
        ("糖尿并观众吃了以后，血糖稳稳的，胰岛素都停了。", [MED],
         H("糖尿病观众吃了以后，血糖稳稳的，胰岛素都停了。")),
        ("通过节目组内部渠道订购，私下转账的话每盒只收一百三十元。", [OFF, PRI]),
        ("和某某牌葡萄籽相比，两者原花青素标示含量接近，我们每粒略高一点，各有各的配方。", [], T(T_NEUTRAL)),
        ("据本台报道，服用满一年的中老年观众，没有一位出现脑萎缩。", [MED]),
        ("医院开的那些西药吃得越久肝越坏，远不如我们这个纯天然的。", [MED, DIS]),
        ("节目的最后说明一点，葡萄象征多子多福只是民间说法，和产品功效没有任何关系。", [],
         T("imitates superstition and absolute_claim: a folk symbol named with a denial; 最后 is an order word")),
        ("节目播完，直播间立即恢复四百二十元原价，请观众朋友把握时间。", [PRI]),
        ("可以说，这是迄今为止人类发现的最强的天然抗氧化物。", [ABS]),
        ("今天的节目就到这里，还是那句话，本品不能代替药物，身体不适请及时就医。", [], T(T_MEDDENY)),
    ]},
    {"id": "p05_applevinegar", "product": "苹果醋饮料", "lines": [
        ("导航开始，本次路线第一站：苹果醋饮料，配料只有苹果醋、水和少量蔗糖。", [], T(T_ORDER)),
        ("前方五百米进入降脂路段，每天一瓶，血脂高的朋友三周就能降回正常值。", [MED]),
        ("它还能软化血管，高雪压的老人喝了不用再吃降压药。", [MED],
         H("它还能软化血管，高血压的老人喝了不用再吃降压药。")),
        ("一箱十二瓶五十四块，一瓶四块五，开车渴了一次一瓶刚好。", [], T(T_ARITH)),
        ("您已偏离路线，超市货架上这种醋饮一箱要九十八，", [PRI], N(SPLIT)),
        ("正在为您重新规划路线，直播间一箱只要五十四。", [PRI], N(SPLIT)),
        ("请沿当前道路行驶，所有醋饮料里，口感最好、最正宗的就是它。", [ABS]),
        ("醋饮最好冰镇以后喝，空腹别喝，胃里有溃疡的朋友先问问医生。", [],
         T("imitates absolute_claim and medical_claim: a usage tip (最好) and a disease named in a warning")),
        ("脂肪肝的朋友连喝两个月，复查B超，脂肪肝没了。", [MED]),
        ("前方路口右转，别买路边某某果醋，那是冰醋酸加糖精兑的，喝多了烧胃。", [DIS]),
        ("上个月光这一款就卖了12万箱，全国的服务区都在补货。", [SAL]),
        ("直播间成交件数平台会显示，我这边不报具体数字，以平台为准。", [], T(T_PLATCOUNT)),
        ("它是刮油效果最强的饮料，连胆结石都能溶掉排出来。", [ABS, MED]),
        ("苹果醋就是一种饮料，不是药，控制血压血糖还是要听医生的，按时吃药。", [], T(T_MEDDENY)),
        ("开车不方便下单的，直接打我店话，152 8036 7914。", [OFF],
         H("开车不方便下单的，直接打我电话，一五二八零三六七九一四。")),
        ("限时优惠倒计时十分钟，十分钟后到达目的地，价格自动回到九十八。", [PRI]),
        ("这款醋的酸度最高是百分之三点五，孩子喝的话兑一半水。", [], T(T_SPEC)),
        ("家里孩子积食、便秘的，喝两口立马通，比开塞露还灵。", [MED]),
        ("您已进入销量榜单路段，它在醋饮类目一直跑在第一车道，连续四年没被超车。", [ABS, SAL]),
        ("某某牌苹果醋也不错，它偏甜，我们这款偏酸，喜欢哪种口味选哪种。", [], T(T_NEUTRAL)),
        ("想在自己县城做分销的，先交三万保证金，公司承诺一年内保你挣回十万。", [INV]),
        ("每天一瓶还能预防种瘤，化疗的病人喝了恢复得快。", [MED],
         H("每天一瓶还能预防肿瘤，化疗的病人喝了恢复得快。")),
        ("请在直播间小黄车下单，本导航不提供任何私人收款码，别扫陌生人发的码。", [], T(T_PLATONLY)),
        ("加我的车友群，群里每周三拼团，一箱比直播间再少十块。", [OFF, PRI]),
        ("某某醋饮就是骗人的，里面一滴苹果汁都没有，纯属坑人。", [DIS]),
        ("有朋友问，车里放一瓶苹果醋能不能保平安，这个真不能，平安靠系好安全带。", [], T(T_SUPDENY)),
        ("前方到达目的地，这批醋是果园祭过山神的，喝了一家人出入平安、财运亨通。", [SUP]),
        ("本次导航即将结束，最后再叮嘱一遍，边开车边拧瓶盖很危险，请停车再喝。", [], T(T_ORDER)),
        ("今天是全往最低价，出了直播间再也买不到这个价。", [ABS, PRI],
         H("今天是全网最低价，出了直播间再也买不到这个价。")),
        ("醋酸还能杀死幽门螺杆菌，口臭、胃炎一起好。", [MED]),
    ]},
    {"id": "p06_fishmaw", "product": "花胶", "lines": [
        ("开局第一张牌先亮出来：这是鳘鱼花胶，晒干的干货，一斤大概八到十片。", [], T(T_ORDER)),
        ("碰！炖一盅花胶，产后伤口不愈合的，喝一个礼拜刀口就长好了。", [MED]),
        ("我打了三十年麻将，吃过的花胶里它是清一色的顶配，天底下没有哪家比它更厚。", [ABS]),
        ("海味街干货铺一斤卖二千八，今天我这桌自摸价一千三百八。", [PRI]),
        ("花胶就是吃的，补点胶原蛋白，不能当药用，坐月子身体有问题还是找医生。", [], T(T_MEDDENY)),
        ("关节疼的牌友喝了，骨质增声都磨平了。", [MED],
         H("关节疼的牌友喝了，骨质增生都磨平了。")),
        ("我们麻将馆的牌搭子一年带走九千六百斤，老牌友十个里有八个回来接着买。", [SAL]),
        ("隔壁那家卖的所谓花胶，全是拿猪皮压的假货，泡一夜就烂成糊。", [DIS]),
        ("头一晚冷水泡发，第二天放姜葱焯水，第三步才下锅炖，急不得。", [], T(T_ORDER)),
        ("杠上开花！更年期失眠潮热的姐妹，一周两盅，比吃激素药还管用。", [MED]),
        ("想要整只原条的，加老板娘微信，号是lbn六六八八，私下给你挑大片的。", [OFF]),
        ("一斤一千三百八十，一斤大概九片，一片合下来一百五十块出头，炖一次用半片。", [], T(T_ARITH)),
        ("我家花胶在整个海味市场销量低一，牌友都认。", [ABS, SAL],
         H("我家花胶在整个海味市场销量第一，牌友都认。")),
        ("麻将桌上讲究东南西北风、摸到花牌图个彩头，这都是玩笑话，花胶可不管你胡不胡牌。", [], T(T_SUPDENY)),
        ("花胶是滋阴补肾最好的东西，肾虚腰酸的男人吃半个月，腰杆子硬了。", [ABS, MED]),
        ("这个自摸价只到今晚麻将馆打烊，十二点一过就回二千八。", [PRI]),
        ("囤十斤放五年，保证声值一倍半，比存银行划算多了。", [INV],
         H("囤十斤放五年，保证升值一倍半，比存银行划算多了。")),
        ("有牌友问花胶能不能当投资，说实话，年份久的价格是会高一点，但我不保证涨，更别指望靠它赚钱。", [],
         T(T_INVDENY)),
        ("超市冷柜里那些即食花胶，都是泡了双氧水漂白的，吃了伤肝。", [DIS]),
        ("今晚整包的只剩最后十八斤，卖完这桌就散场，明年才有新货。", [SAL]),
        ("付款只在直播间拍，我不收牌友私下给的现金，平台上拍了我才发货。", [], T(T_PLATONLY)),
        ("它还能预防乳线增生，子宫肌瘤的喝了也能缩小。", [MED],
         H("它还能预防乳腺增生，子宫肌瘤的喝了也能缩小。")),
        ("某某花胶店的货我也吃过，他们以鱼肚为主，我们以鳘鱼胶为主，价位不一样，看需要。", [], T(T_NEUTRAL)),
        ("牌友群里的老客户，私下转账给我，一斤按一千二结算。", [OFF, PRI]),
        ("吃花胶讲究个好意头，炖一盅吃了，牌桌上手气旺，一晚上连胡八把。", [SUP]),
        ("我家最大的一片有三两重，最小的也有一两半，今天上的是中间那档。", [],
         T("imitates absolute_claim: the size range of the seller's own stock, not a comparison")),
        ("有甲亢、甲减的牌友喝三个月，甲状腺指标全正常了，还没一点副作用。", [MED]),
        ("评论区三千多条评价，几乎全是五星，没一个说不好的。", [SAL]),
        ("论胶质，这就是花胶里的王者，谁家都比不上。", [ABS]),
        ("肾功能不好的牌友，高蛋白的东西要控制量，吃之前先问问医生。", [], T(T_MEDWARN)),
    ]},
    {"id": "p07_coolmat", "product": "冰丝凉席", "lines": [
        ("乘客您好，欢迎乘坐本次直播专线，本次列车开往清凉站，今天给大家看的是冰丝凉席。", []),
        ("列车运行前方到站：痱子站，一身痱子、汗疱疹的小孩，睡三个晚上就全好了。", [MED]),
        ("请站稳扶好，它是凉席里的终点站，凉感到头了，没有比它更凉的。", [ABS]),
        ("这款凉席最大尺寸两米二乘两米，最小是1米2的学生床，尺寸都在详情页。", [], T(T_SPEC)),
        ("本站下车价，一套一百九十九，", [PRI], N(SPLIT)),
        ("家纺城的门店，同样一套挂牌四百五十八。", [PRI], N(SPLIT)),
        ("睡它能治诗眠，神经衰弱的乘客一沾枕头就睡着。", [MED],
         H("睡它能治失眠，神经衰弱的乘客一沾枕头就睡着。")),
        ("本次列车已经运送过五十三万位乘客，光今年夏天就卖出去五十三万套。", [SAL]),
        ("温馨提示，体质偏寒、关节怕凉的乘客，晚上可以在凉席上加一层薄床单，别直接睡。", [], T(T_MEDWARN)),
        ("换乘站那些几十块的凉席，都是用漂白水反复泡过的，睡一夜起一身红点。", [DIS]),
        ("要定做特殊尺寸的乘客，加站务员的危信。", [OFF],
         H("要定做特殊尺寸的乘客，加站务员的微信。")),
        ("一百九十九是一张席加两个枕套，一夏天按九十天算，一晚两块二。", [], T(T_ARITH)),
        ("限时优惠，末班车十点半发车，发车以后恢复原价四百五十八。", [PRI]),
        ("它是全世界最能降温的凉席，中暑、热射病都不会找上门。", [ABS, MED]),
        ("本次列车只在直播间停靠，所有订单请在小黄车完成，不要相信车厢里贴的小广告。", [], T(T_PLATONLY)),
        ("全平台凉席消量它连续三年第一。", [ABS, SAL],
         H("全平台凉席销量它连续三年第一。")),
        ("高温天清洗凉席分两道：头一道用湿毛巾擦，第二道放阴凉处晾干，千万别暴晒。", [], T(T_ORDER)),
        ("有过敏性鼻炎、尘螨过敏的乘客，换上它以后鼻子再也不堵了。", [MED]),
        ("想做凉席城市代理的，押金两万，我们保底每个月给你分一万二，亏了算公司的。", [INV]),
        ("凉席上印的竹子图案就是好看，不是什么节节高升的讲究，别想多了。", [], T(T_SUPDENY)),
        ("某某床品的冰丝都是山寨货，睡两次就起球。", [DIS]),
        ("仓库只剩最后两百一十套，卖完这一站就停运，明年夏天见。", [SAL]),
        ("某某品牌的凉席用的是藤编，我们是冰丝，藤编更硬朗透气，冰丝更软，看个人喜好。", [], T(T_NEUTRAL)),
        ("下车以后到我们线下仓库自提，现金结账，一套一百六。", [OFF, PRI]),
        ("孕妇睡它不长妊娠纹，产后睡它不落月子病，一点副作用没有。", [MED]),
        ("凉席不是医疗器械，不能治病，晚上空调别开太低，感冒了记得去医院。", [], T(T_MEDDENY)),
        ("下一站，史上最凉快的夏天，只有这一张席能带你去。", [ABS]),
        ("睡这张席的人晚上不做噩梦，还能挡掉家里的晦气，越睡运气越顺。", [SUP]),
        ("开门请注意，商品页显示的加购人数是平台统计的，数字我就不念了。", [], T(T_PLATCOUNT)),
        ("老人睡它，新脏病晚上不犯了。", [MED],
         H("老人睡它，心脏病晚上不犯了。")),
    ]},
    {"id": "p08_bodyscale", "product": "智能体脂秤", "lines": [
        ("跟我们上一代相比，这一代的测量电极从四个加到了八个，称重精度提升了一倍。", [],
         T("imitates absolute_claim: a self-comparison within the brand (上一代), exempt under 指南 第6条")),
        ("它不只是一台秤，站上去八秒，就能诊断出你有没有脂肪肝、糖尿病前期。", [MED]),
        ("我们可以骄傲地说，这是全球第一台真正医学级的家用体脂秤。", [ABS, MED]),
        ("参数公布：最大称重180公斤，最小分度50克，续航最长一年半。", [], T(T_SPEC)),
        ("这台秤上市的时候官网定价六百九十九，", [PRI], N(SPLIT)),
        ("今天发布会首发价，只要二百九十九。", [PRI], N(SPLIT)),
        ("心律不齐、房产它都能查出来。", [MED],
         H("心律不齐、房颤它都能查出来。")),
        ("友商那几款，内置的算法还是五年前的，测出来的数据跟掷骰子差不多。", [DIS]),
        ("友商某某的秤蓝牙连接比我们快零点五秒，这一点我们承认，我们在电极数量上更多。", [], T(T_NEUTRAL)),
        ("上一代产品全球累计卖出了三百二十万台，用户复购率百分之四十一。", [SAL]),
        ("连续五年称把智能秤品类销量榜。", [ABS, SAL],
         H("连续五年称霸智能秤品类销量榜。")),
        ("体脂秤的数据只供参考，不能用于急病诊断，体检指标异常请去医院。", [],
         T(T_MEDDENY, said="体脂秤的数据只供参考，不能用于疾病诊断，体检指标异常请去医院。")),
        ("我们团队的营养师说，跟着秤上的减脂方案走，二型糖尿病可以逆转。", [MED]),
        ("发布会现场的预约人数是平台后台实时显示的，我们没有做任何加工。", [], T(T_PLATCOUNT)),
        ("媒体朋友和经销商，会后加我们市场部的微信，私下给你们留货。", [OFF]),
        ("首发价只持续到发布会结束后的二十四小时，之后永久恢复六百九十九。", [PRI]),
        ("它的测量精度就是行业天花版。", [ABS],
         H("它的测量精度就是行业天花板。")),
        ("One more thing，最后一个小功能：它可以给家里最多十六个成员分别建档。", [],
         T("imitates absolute_claim: 最后 is an order word and 最多十六个成员 a specification")),
        ("孕妇每天称一次，它能提前预警妊娠高血压，比产检还早发现。", [MED]),
        ("加入我们的社区健康站计划，投两万进场，每台秤每月保底给你分三百，一年半回本。", [INV]),
        ("二百九十九，用三年的话一年一百块，一个月八块多。", [], T(T_ARITH)),
        ("市面上别的牌子还停留在玩具阶段，只有我们是真正能用的体脂秤。", [ABS, DIS]),
        ("官方唯一购买渠道就是直播间的链接，网上有冒充我们客服加你好友的，千万别转账。", [],
         T("imitates offsite_trade and absolute_claim: 唯一 names the only sales channel; warns against private payment")),
        ("骨质输松它提前就能测出来。", [MED],
         H("骨质疏松它提前就能测出来。")),
        ("首发这批是挑了黄道吉日开模的，放家里镇宅旺财，站一次转一次运。", [SUP]),
        ("肾功能不全、装了心脏起搏器的用户，请不要使用生物电阻抗测量功能。", [], T(T_MEDWARN)),
        ("经销商私下签合同、线下打款，每台在首发价上再让五十。", [OFF, PRI]),
        ("有人问秤选红色是不是吉利，选什么颜色全看你喜欢，不影响运势，也不影响体重。", [], T(T_SUPDENY)),
        ("这就是人类历史上最精准的一台家用秤，没有之一。", [ABS]),
        ("今晚的发布会到此结束，最后说一句：用它减不下来，全额退款。", [MED]),
    ]},
    {"id": "p09_yogamat", "product": "瑜伽垫", "lines": [
        ("吸气，双手上举，呼气，回到山式，做第一个体式之前，先看看我们脚下这张垫子。", [], T(T_ORDER)),
        ("颈椎曲度变直的同学，在这张垫子上做猫牛式，一个月曲度就练回来了。", [MED]),
        ("呼气，放松肩膀，这是整个瑜伽圈防滑做得最到位的垫子，别家都追不上。", [ABS]),
        ("今天练习价一百二十八，瑜伽馆前台卖同款要三百六十。", [PRI]),
        ("如果你有严重的腰伤或者正在孕早期，先问医生能不能练，别勉强做体式。", [], T(T_MEDWARN)),
        ("垫子里的磁石能调节内分泌，多囊乱巢的姐妹练了月经都规律了。", [MED],
         H("垫子里的磁石能调节内分泌，多囊卵巢的姐妹练了月经都规律了。")),
        ("跟着我练习的学员，用这张垫子的已经有七万四千多位，觉知一下这个数字。", [SAL]),
        ("垫子最厚有十毫米，最薄六毫米，初学者选8毫米的，膝盖不硌。", [], T(T_SPEC)),
        ("某某瑜伽垫是发泡海绵冒充天然橡胶，一股刺鼻味，练完手心一层黑。", [DIS]),
        ("想加入我的线上冥想小班，课后加我的私人微信，报名费直接转我。", [OFF]),
        ("一百二十八送一根绑带和一个背包，天天练的话用两年，一天不到两毛钱。", [], T(T_ARITH)),
        ("这张垫子我在寺里请师父加持过，在上面冥想能化解业障，招来正能量。", [SUP]),
        ("天天在垫子上练，焦虑症、失眠都致好了。", [MED],
         H("天天在垫子上练，焦虑症、失眠都治好了。")),
        ("namaste是瑜伽课结束的问候语，意思是向你致敬，不是什么念咒祈福。", [],
         T("imitates superstition: a greeting explained, with a denial of any blessing")),
        ("回到呼吸，这个练习价只到今晚九点冥想结束，之后恢复三百六十。", [PRI]),
        ("在所有瑜伽垫里，它的抓地力是遥遥领先的头名。", [ABS]),
        ("首次拆封会有一点点橡胶味，晾一天就散了，这是天然橡胶的正常现象。", [], T(T_ORDER)),
        ("它是唯一能矫正脊柱侧弯的瑜伽垫，孩子练三个月，侧弯角度小一半。", [ABS, MED]),
        ("那些十几块的垫子，都是黑心作坊拿边角料压的。", [DIS]),
        ("某某品牌的TPE垫更轻，我们这款天然橡胶更重但更稳，要背去馆里练的选轻的。", [], T(T_NEUTRAL)),
        ("想当我们的瑜伽馆合伙人，投八万，分红保底百分之二十，亏了公司补。", [INV]),
        ("购买和售后都在平台里，我不会私下收大家的钱，课程也只在直播间上。", [], T(T_PLATONLY)),
        ("直播间一百二十八，丝聊我下单一张九十九。", [OFF, PRI],
         H("直播间一百二十八，私聊我下单一张九十九。")),
        ("这一批天然橡胶垫只剩九十六张，练完这组体式可能就没了。", [SAL]),
        ("这张垫子就是一张运动垫，它不治病，练瑜伽也替代不了治疗，身体不舒服要看医生。", [], T(T_MEDDENY)),
        ("婴儿式每天保持五分钟，配合这张垫子，胃下垂、胃溃疡慢慢就好了。", [MED]),
        ("它的回弹是全球维一达到这个标准的。", [ABS],
         H("它的回弹是全球唯一达到这个标准的。")),
        ("评论区一千九百多条评价，五星占了九成八。", [SAL]),
        ("练完在垫子上躺十分钟，高血压的同学血压当场降二十，不用吃药。", [MED]),
        ("最后我们做一组放松，呼气，婴儿式，namaste，今天的课就到这里。", [], T(T_ORDER)),
    ]},
    {"id": "p10_speechclass", "product": "少儿口才课", "lines": [
        ("天黑请闭眼，各位家长请睁眼，今晚这一局，我们聊聊孩子的少儿口才课。", []),
        ("说话结巴、口吃的孩子，上我们十节课，口吃彻底治好，比看医生强。", [MED]),
        ("在好人阵营里，我们是全市唯一一家能让孩子一学期就站上大舞台的机构。", [ABS]),
        ("第一课时是试听，从第二课时起正式排课，每课时四十五分钟，家长可以在教室外旁听。", [], T(T_ORDER)),
        ("自闭症、语言发育迟换的孩子，上半年课就能正常交流。", [MED],
         H("自闭症、语言发育迟缓的孩子，上半年课就能正常交流。")),
        ("我们前台课表价一学期四千八，今晚直播间只收两千六百八。", [PRI]),
        ("预言家请睁眼：我们不承诺孩子一定拿奖，把每个孩子带到他自己最好的状态，是我们一直在追的目标。", [],
         T("imitates absolute_claim: 最好 in an aspiration about service, not a claim (指南 第5条); promises no result")),
        ("开班六年，已经有两万一千多个孩子从这里出局——哦不，是毕业。", [SAL]),
        ("家长朋友要是想开一家口才教室，加盟费十二万，我们保证第一年回本，生源我们包。", [INV]),
        ("某某口才机构的老师都是刚毕业的大学生，连普通话证都没有，教出来的孩子全是背稿机器。", [DIS]),
        ("孩子如果三岁还不会说短句，先带去医院儿保科做个评估，口才课不是治疗。", [], T(T_MEDWARN)),
        ("想要试听名额的家长，私心我发你报名二维码。", [OFF],
         H("想要试听名额的家长，私信我发你报名二维码。")),
        ("全省少儿口才比赛，我们学员的获奖人数连续七年第一，这是好人阵营的铁证。", [ABS, SAL]),
        ("平台上显示的已报名人数是系统自动统计的，我不加也不减，天亮了大家自己看。", [], T(T_PLATCOUNT)),
        ("这个价格只在今晚天亮之前有效，明早八点恢复四千八，一分不少。", [PRI]),
        ("抽动症、老眨眼清嗓子的孩子，来练三个月，比吃药还管用。", [MED]),
        ("报名费只能在平台上付，我们老师不收任何红包和私下转账，发现了请举报。", [], T(T_PLATONLY)),
        ("教室里供着孔子像，每节课前拜一拜，孩子的灵气就上来了，嘴巴越说越顺。", [SUP]),
        ("那些网课口才班全是片子，录个视频就收你三千块。", [DIS],
         H("那些网课口才班全是骗子，录个视频就收你三千块。")),
        ("警长竞选环节的奖品，是我们开过光的状元笔，孩子用了考试运旺。", [SUP]),
        ("上过课的孩子性格都变了，抑郁、社交恐惧症都没了，家长都说治好了。", [MED]),
        ("两个孩子一起报的，加我个人微信私下转账，两个人算四千五。", [OFF, PRI]),
        ("一学期二十四节课两千六百八，一节课合一百一十块左右，教材另收八十。", [], T(T_ARITH)),
        ("我们的教研是业内最权威的，这一点没人能比。", [ABS]),
        ("有家长问能不能合作开分校，可以聊，但赚不赚钱要看你自己经营，我们不打这个包票。", [], T(T_INVDENY)),
        ("这一期只剩十四个名额，投票结束就截止。", [SAL]),
        ("先样体肥大张嘴呼吸的孩子，练了口才以后都好了。", [MED],
         H("腺样体肥大张嘴呼吸的孩子，练了口才以后都好了。")),
        ("某某语言学校也有口才课，他们偏主持表演，我们偏日常表达，家长按孩子需要选。", [], T(T_NEUTRAL)),
        ("天亮了，本局唯一的赢家就是选了我们的家长，这是史上最值的一门课。", [ABS]),
        ("说话口齿不清如果是舌系带短，要去口腔科看，我们的课帮不上这个忙。", [], T(T_MEDWARN)),
    ]},
    {"id": "p11_formaldehyde", "product": "除甲醛服务", "lines": [
        ("我现在身处一套刚装修完的新房，在这片丛林里，首要的一件事是打开窗户通风。", [],
         T("imitates absolute_claim: 首要 orders advice, it ranks no product")),
        ("在这种环境里，孩子住进去可能会得白血病，做了我们的除醛，孩子就能远离白血病。", [MED]),
        ("记住生存法则：我们用的光触媒，是全世界除甲醛效率最高的技术。", [ABS]),
        ("假醛被世界卫生组织列为一类致癌物，这是公开资料，入住前最好做个检测。", [],
         T("imitates medical_claim and absolute_claim: a public health fact as a warning, and a usage tip (最好)",
           said="甲醛被世界卫生组织列为一类致癌物，这是公开资料，入住前最好做个检测。")),
        ("今天在直播间下单，一百平米的全屋治理只要一千二百八，", [PRI], N(SPLIT)),
        ("平时门店上门报价是三千六，你们自己比。", [PRI], N(SPLIT)),
        ("家里小孩老是咳嗽、孝喘的，做完治理孝喘再也不犯。", [MED],
         H("家里小孩老是咳嗽、哮喘的，做完治理哮喘再也不犯。")),
        ("我们的团队已经服务了十八万七千户家庭，回头推荐的占一半。", [SAL]),
        ("很多除醛公司就是拿清水喷一喷，拍个检测仪的假数据，收你几千块就跑。", [DIS]),
        ("这款检测仪最低能测到零点零一毫克每立方米，国标限值是零点零八。", [], T(T_SPEC)),
        ("加盟我们的除醛站点，一台设备半年会本，之后每月稳赚两万。", [INV],
         H("加盟我们的除醛站点，一台设备半年回本，之后每月稳赚两万。")),
        ("预约上门只在平台上下单，师傅上门不收现金，所有费用平台结算。", [], T(T_PLATONLY)),
        ("做完治理，家里老人的过敏性鼻炎、偏头痛全都好了。", [MED]),
        ("在这片丛林里，只有我们是真正把甲醛分解掉的，其他家全是用香味盖住。", [ABS, DIS]),
        ("活性炭和光触媒各有用处，某某品牌主打活性炭吸附，我们主打分解，两种可以一起用。", [], T(T_NEUTRAL)),
        ("加急的打技术员手机，186 0213 5748，现下直接约。", [OFF],
         H("加急的打技术员手机，一八六零二一三五七四八，线下直接约。")),
        ("限时抢购，救援直升机落地之前，也就是今晚十点前下单有效，十点以后回到三千六。", [PRI]),
        ("如果家人已经持续咳嗽、起皮疹，先带去医院，除醛是改善环境，不能治病。", [], T(T_MEDWARN)),
        ("经过我们治理的房子，孕妇住进去不会影响胎儿，宝宝一定健康，我签字保证。", [MED]),
        ("治理完我们会在门口挂一面八卦镜，把新房里的阴气一并镇住，住得顺。", [SUP]),
        ("有客户要求挂红布、放柚子皮，我们尊重习俗，但要说清楚，这个对甲醛没有用。", [], T(T_SUPDENY)),
        ("本地除醛行业我们的口碑一直第一，十个业主有九个推荐我们。", [ABS, SAL]),
        ("一百平米一千二百八，折合每平米十二块八，复检一次另收一百五。", [], T(T_ARITH)),
        ("直播间一千二百八，不走平台，直接转账给师傅，全屋只要一千零八十。", [OFF, PRI]),
        ("做一次管十年，甲醛引起的肺癌、鼻咽癌概率降到零。", [MED]),
        ("加盟的事我只说一句：我们不保证盈利，设备和培训费用是实打实要花的。", [], T(T_INVDENY)),
        ("那种一百块一台的甲醛检测仪是列质货，测出来全是骗人的。", [DIS],
         H("那种一百块一台的甲醛检测仪是劣质货，测出来全是骗人的。")),
        ("在点评网站上我们拿了四千多条五星，差评一条都没有。", [SAL]),
        ("本月上门档期只剩三十二个，抢完就得排到明年三月。", [SAL]),
        ("在野外最后一条法则：入住前一定开窗通风，通风比任何产品都重要。", [],
         T("imitates absolute_claim: 最后 is an order word; the advice ranks no product of its own")),
    ]},
    {"id": "p12_petjoint", "product": "狗狗关节粉", "lines": [
        ("第一竿先给钓友们看配料：氨糖、软骨素、鱼胶原蛋白，都是宠物营养补充剂常用的原料。", [], T(T_ORDER)),
        ("狗狗髋关节发育不良，走路一瘸一拐的，喂两个月，跑得比你抛竿还快。", [MED]),
        ("钓了二十年鱼，宠物关节粉里我只认它，它就是这一行的顶流。", [ABS]),
        ("宠物医院里同款一罐标三百二十八，今天钓友价一百五十九。", [PRI]),
        ("狗狗突然不敢走、腿肿了碰都不让碰，那可能是骨折或者韧带断了，马上去宠物医院拍片。", [], T(T_MEDWARN)),
        ("狗狗关节炎喂上就能智愈，不用再打消炎针。", [MED],
         H("狗狗关节炎喂上就能治愈，不用再打消炎针。")),
        ("这一季一共卖出去十万零六千罐，钓友群里的狗子们都在吃。", [SAL]),
        ("某某宠物关节片，里面的氨糖是贝壳粉磨的，狗吃了直拉稀。", [DIS]),
        ("喂的时候最好拌在湿粮里，一次一勺，刚开始减半，让狗狗适应。", [], T(T_USAGE)),
        ("老狗椎体退化、后腿瘫了的，吃三罐站起来了，比做手术管用。", [MED]),
        ("想要大包装的钓友，加我的绿炮炮。", [OFF],
         H("想要大包装的钓友，加我的绿泡泡。")),
        ("一罐300克，大型犬一天六克，能吃五十天，一天三块钱出头。", [], T(T_ARITH)),
        ("它是目前唯一一款能让断了的十字韧带自己长好的关节粉。", [ABS, MED]),
        ("某某牌关节粉也不错，它是片剂，我们是粉剂，挑食的狗选粉剂好拌。", [], T(T_NEUTRAL)),
        ("钓友价只到今晚收竿，明天早上六点出钓的时候就恢复三百二十八。", [PRI]),
        ("宠物保健品类目，它的复够率常年第一。", [ABS, SAL],
         H("宠物保健品类目，它的复购率常年第一。")),
        ("这是营养补充剂，不是兽药，狗狗已经在治疗的，别停医生开的药。", [], T(T_MEDDENY)),
        ("做我们宠物店渠道的代理，进货一万，保证三个月卖完，卖不完原价回收，还倒贴你利息。", [INV]),
        ("猫也能吃，猫咪的肾衰、尿毒症，吃了指标就降下来。", [MED]),
        ("下单认准直播间链接，钓友群只发钓点信息，不在群里卖货，也不收转账。", [], T(T_PLATONLY)),
        ("爆护了！今晚私下找我拿的，三罐只要三百，比链接便宜一百七。", [OFF, PRI]),
        ("网上那种几十块一大袋的，都是黑作坊造假的。", [DIS]),
        ("宝贝评价四千多条，全是说狗狗吃了能蹦能跳的，好评率百分之九十九点九。", [SAL]),
        ("进口软骨素原料做的这批，库存就剩八十七罐，空军了也得抢。", [SAL]),
        ("狗狗得了软骨病，吃一罐就能全愈。", [MED],
         H("狗狗得了软骨病，吃一罐就能痊愈。")),
        ("这罐关节粉每一百克里氨糖含量最高达到十二克，配料表上写着。", [], T(T_SPEC)),
        ("罐子上这条锦鲤开过光，狗狗吃了不光腿好，还能给你招鱼运，出钓次次爆护。", [SUP]),
        ("钓鱼佬讲究出门不说空军，这就是个口头禅图吉利，跟关节粉一点关系没有。", [], T(T_SUPDENY)),
        ("吃了我们的关节粉，狗狗一辈子不得关节病，一点副作用都没有，吃了不见好罐子寄回来钱全退。", [MED]),
        ("好了钓友们，今天最后一竿甩出去，收竿，咱们下期野钓直播见。", [], T(T_ORDER)),
    ]},
    {"id": "p13_parkingspace", "product": "地下车位产权投资", "lines": [
        ("您好，请取号，今天三号窗口给大家办理的业务是：商业街地下车位的产权认购。", []),
        ("请核对：认购一个车位，每年租金收益保底百分之八，公司写进合同。", [INV]),
        ("这个业务吻赚，一分钱都不会亏，比存定期强多了。", [INV],
         H("这个业务稳赚，一分钱都不会亏，比存定期强多了。")),
        ("按照规定我得提醒您：车位投资有风险，租金和转让价格会随市场变化，不承诺收益。", [], T(T_INVDENY)),
        ("这是全市收益率排第一的理财方式，比任何基金都强。", [ABS, INV]),
        ("这个车位去年开盘的挂牌价是十八万八，", [PRI], N(SPLIT)),
        ("今天在柜台直接办理，只要十二万六。", [PRI], N(SPLIT)),
        ("车位这个东西价格只会往上走，三年以后转手，二十五万起步。", [INV]),
        ("请问还需要办理什么业务？流程是：第一项签认购意向，第二项核验身份，最后一项网上备案。", [],
         T(T_ORDER)),
        ("这个地块六百个车位，已经认购了五百四十个，剩下最后六十个。", [SAL]),
        ("认购款请打到我们销售经理的个人卡上，账号我一会儿念给您。", [OFF]),
        ("大堂经理提醒：所有款项只能打到开发商对公账户，任何个人要求转账都请拒绝。", [],
         T("imitates offsite_trade: warns against paying any private person")),
        ("没有任何风显，租不出去公司自己包租。", [INV],
         H("没有任何风险，租不出去公司自己包租。")),
        ("隔壁那个小区的车位是人防车位，根本没有产权，买了就是打水漂，那个开发商就是骗子。", [DIS]),
        ("十二万六，首付三成是三万七千八，剩下的分二十四期，每期三千六百七十五。", [], T(T_ARITH)),
        ("这个价格只到今天营业时间结束，下午五点关柜以后回到十八万八。", [PRI]),
        ("我们这排车位是风水师看过的，八号位是聚财的龙口位，停在这儿的老板生意越做越大。", [SUP]),
        ("有客户指定要八号、六号车位，说图个吉利，我们按先到先得，号码跟收益没关系。", [], T(T_SUPDENY)),
        ("这是全城为一带产权的地下车位。", [ABS],
         H("这是全城唯一带产权的地下车位。")),
        ("您把钱放在这里，相当于每个月白拿一千二，比银行理财收益高三倍。", [INV]),
        ("叫号屏上显示的是今天的排队人数，不是认购人数，这个大家别看错了。", [],
         T("imitates sales_data_claim: a queue counter explained, no sales figure claimed")),
        ("跟我私下签一份补充协议，线下付全款，再给您让八千。", [OFF, PRI]),
        ("我们公司连续九年是全市车位成交量第一，客户有四万三千多位。", [ABS, SAL]),
        ("历史租金数据仅供参考，过去的收益不代表未来，请根据自身情况决定。", [], T(T_INVDENY)),
        ("到期公司原价回购，本金一分不少。", [INV]),
        ("那些P2P理财全是旁氏骗局，早晚爆雷。", [DIS],
         H("那些P2P理财全是庞氏骗局，早晚爆雷。")),
        ("车位价格按面积和位置评定，靠近电梯的贵一点，页面上没有划线价。", [],
         T("imitates price_claim: grade-based prices, says there is no reference price")),
        ("您今天认购，下个月就开始返租，每季度打一次款，十年稳拿。", [INV]),
        ("我们力争把每位客户的手续办得最快最顺，做得不到位的地方请多指正。", [],
         T("imitates absolute_claim: 最快最顺 as service attitude, not a claim (指南 第5条)")),
        ("今天是黄历上的开市吉日，在这天认购的客户，来年财源广进。", [SUP]),
    ]},
    {"id": "p14_snuffbottle", "product": "内画鼻烟壶", "lines": [
        ("各位棋友好，今天的布局很简单，第一手先落在这只内画鼻烟壶上，料子是玻璃胎。", [], T(T_ORDER)),
        ("这一手是胜负手：内画鼻烟壶这几年每年涨三成，现在入手，五年后至少是现在的三倍价。", [INV]),
        ("这位画师是内画界的九段国手，当今没人能下到他这个段位。", [ABS]),
        ("今天直播间落子价，三千八百八，", [PRI], N(SPLIT)),
        ("上个月在画廊，同一位画师的同样题材挂到了九千六。", [PRI], N(SPLIT)),
        ("收藏级别的东西，保值增值，放十年稳稳翻帆。", [INV],
         H("收藏级别的东西，保值增值，放十年稳稳翻番。")),
        ("收藏品的行情跟棋局一样说不准，升还是降我都不打包票，纯粹喜欢再出手。", [], T(T_INVDENY)),
        ("鼻烟壶里装上我们配的药鼻烟，鼻炎、头痛一闻就通，比滴鼻药水还快。", [MED]),
        ("某某拍卖行上拍的那些，一大半是电脑喷绘冒充手绘的，行家一眼就看穿。", [DIS]),
        ("这一件是画师今年开笔后的第一件作品，落款日期写得清清楚楚。", [],
         T("imitates absolute_claim: 第一件 is a provable, dated order fact, not a ranking")),
        ("壶身画的是钟馗，开过光的，随身带着劈斜驱鬼，小人近不了身。", [SUP],
         H("壶身画的是钟馗，开过光的，随身带着辟邪驱鬼，小人近不了身。")),
        ("这位画师的作品，我们直播间已经成交了一千三百多件，回头藏家占七成。", [SAL]),
        ("三千八百八十，含一个红木底座和收藏证书，运费另算二十。", [],
         T("imitates price_claim: an itemised plain price, no reference price")),
        ("我们是全网内画成交量的龙头老大，别的直播间加起来都没我们多。", [ABS, SAL]),
        ("某某轩的内画也是正经手绘，他们画山水多，我们这位画人物多，风格不同。", [], T(T_NEUTRAL)),
        ("想看画师的其他作品，加我微信，朋友圈里还有私藏，不上直播间。", [OFF]),
        ("读秒了！这个价格只剩最后五分钟，五分钟后恢复九千六。", [PRI]),
        ("这只壶高6.8厘米，最宽处四点二厘米，瓶口最窄的地方只有零点四厘米，画笔就是从这儿伸进去的。", [],
         T(T_SPEC)),
        ("我们承诺，三年内您想出手，按买价加百分之三十回收。", [INV]),
        ("钟馗是传统年画题材，寓意好而已，它不会真的帮你挡什么，别当护身符。", [], T(T_SUPDENY)),
        ("网上几百块的内画，都是流水线的访冒货。", [DIS],
         H("网上几百块的内画，都是流水线的仿冒货。")),
        ("这位画师是当今内画第一人，这件是他画得最好的一只。", [ABS]),
        ("付款请走直播间，证书编号可以在平台页面查，不接受私下交易。", [], T(T_PLATONLY)),
        ("去我们店里线金付，三千二就能拿走。", [OFF, PRI],
         H("去我们店里现金付，三千二就能拿走。")),
        ("这个题材只剩最后两只，中盘就会被抢光。", [SAL]),
        ("今晚围观的藏家已经过了十万人，下单的排队排到明天。", [SAL]),
        ("现在入一只，就当给孩子存一笔教育金，以后变现只赚不亏。", [INV]),
        ("摆在孩子书桌左上角，考运就旺了，逢考必过。", [SUP]),
        ("鼻烟壶现在就是个观赏品，里面别装鼻烟真去吸，对呼吸道不好。", [], T(T_MEDWARN)),
        ("好，这一局复盘到这里，最后一件我们明晚八点再落子。", [], T(T_ORDER)),
    ]},
    {"id": "p15_prayerwheel", "product": "手摇转经筒", "lines": [
        ("观众朋友们，今天给大家介绍的是一只纯铜手摇转经筒，第一眼先看它的做工。", [], T(T_ORDER)),
        ("转经筒里装着经文，手摇一圈就等于念了一遍经，天天转，消灾免难，全家平安。", [SUP]),
        ("这是高僧亲自开关的，普天之下只此一尊。", [SUP, ABS],
         H("这是高僧亲自开光的，普天之下只此一尊。")),
        ("没错！商场专柜卖一千二百八，今天在我们节目里只要三百九十八！", [PRI]),
        ("立即拨打屏幕下方的订购电话，一三六零五五八二九四七，货到付款。", [OFF]),
        ("每天摇一百圈，肩周炎、网球肘都摇好了，手腕再也不疼。", [MED]),
        ("转经筒是藏传佛教的法器，我们卖的是工艺品，信仰的事各人自己理解，我们不做任何功效承诺。", [],
         T("imitates superstition: names a religious object, sold as craft, with no promised effect")),
        ("这个产品上市三个月，全国已经有二十六万个家庭请回了家。", [SAL]),
        ("放在家里能震宅化煞，挡住一切不干净的东西。", [SUP],
         H("放在家里能镇宅化煞，挡住一切不干净的东西。")),
        ("三百九十八元，包含转经筒一只、底座一个、收纳盒一个，运费我们出。", [],
         T("imitates price_claim: an itemised plain price, no reference price")),
        ("这是全世界工艺最精湛的转经筒，老师傅一辈子就做这一件事。", [ABS]),
        ("转一转，老人的失眠、高血压都能转好，比吃药还灵，这就是佛力加持。", [MED, SUP]),
        ("筒身最大直径八厘米，手柄最长二十二厘米，女士拿着也不累。", [], T(T_SPEC)),
        ("前一百名打进电话的观众，在三百九十八的基础上再打八折，节目一结束立刻恢复一千二百八！", [OFF, PRI]),
        ("外面地摊上那些转经筒，里面塞的是废报纸，根本没有经文，请回家是招晦气的。", [DIS, SUP]),
        ("有观众问转一转能不能转来才运，我必须说实话，不能，这就是一份心意，发财还得靠自己。", [],
         T("imitates superstition: a luck effect named only to deny it",
           said="有观众问转一转能不能转来财运，我必须说实话，不能，这就是一份心意，发财还得靠自己。")),
        ("买给孩子，转一转就能沾上文殊菩萨的智慧，读书开窍。", [SUP]),
        ("限量编号版，现在三百九十八，明年这个编号能卖到三千，稳稳地升值。", [INV]),
        ("手腕有旧伤、腱鞘炎的观众，转的时候轻一点，疼了就停，别硬转。", [], T(T_MEDWARN)),
        ("工艺品频道卖得最火的就是它，连续十个月排名第一。", [ABS, SAL]),
        ("我们提醒观众朋友，认准节目官方订购渠道，任何自称师父私下找你收香火钱的都是骗局。", [],
         T("imitates offsite_trade: warns against paying anyone privately")),
        ("孕妇家里摆一只，胎位不正都能转正，生孩子顺顺利利。", [MED, SUP]),
        ("加我们客服的卫心，送您一串开过光的佛珠。", [OFF, SUP],
         H("加我们客服的微信，送您一串开过光的佛珠。")),
        ("节目开播到现在，已经有一万七千位观众打进电话订购。", [SAL]),
        ("别家卖的转经筒是合金镀铜的，镀层一刮就掉，手一摸全是绿锈。", [DIS]),
        ("最后十分钟讲讲保养：第一，不要沾水；第二，用软布擦。", [], T(T_ORDER)),
        ("仓库里就剩五百只了，卖完今年就不再做了。", [SAL]),
        ("编号版只是编号，不代表以后一定值钱，它不是理财产品，请不要把它当投资。", [], T(T_INVDENY)),
        ("现在下单就是宝本投资，只赚不赔。", [INV],
         H("现在下单就是保本投资，只赚不赔。")),
        ("心动不如行动，节目最后再重复一遍：本产品为工艺品，不具备任何医疗功效。", [],
         T("imitates medical_claim and absolute_claim: a no-effect disclaimer; 最后 is an order word")),
    ]},
]


def fail(msg):
    sys.exit(f"validation failed: {msg}")


def build_session(s):
    sid = s["id"]
    lines = s["lines"]
    if not MIN_UTTS <= len(lines) <= MAX_UTTS:
        fail(f"{sid}: {len(lines)} lines, want {MIN_UTTS}-{MAX_UTTS}")
    utts = []
    t = 1.0
    for entry in lines:
        if len(entry) not in (2, 3):
            fail(f"{sid}: bad entry {entry!r}")
        text, labels = entry[0], entry[1]
        extra = entry[2] if len(entry) == 3 else {}
        if not isinstance(text, str) or not text.strip():
            fail(f"{sid}: empty text")
        if not isinstance(labels, list):
            fail(f"{sid}: labels must be a list: {text!r}")
        for lab in labels:
            if lab not in CATEGORIES:
                fail(f"{sid}: unknown category {lab!r} on {text!r}")
        if len(set(labels)) != len(labels):
            fail(f"{sid}: duplicate label on {text!r}")
        unknown = set(extra) - {"trap", "note", "said", "ignore"}
        if unknown:
            fail(f"{sid}: unknown keys {unknown} on {text!r}")
        trap = bool(extra.get("trap", False))
        ignore = bool(extra.get("ignore", False))
        note = extra.get("note")
        said = extra.get("said")
        if trap and ignore:
            fail(f"{sid}: line both trap and grey: {text!r}")
        if (trap or ignore) and labels:
            fail(f"{sid}: labels on a trap/grey line: {text!r}")
        if (trap or ignore) and not note:
            fail(f"{sid}: trap/grey line without a note: {text!r}")
        if labels and note is not None:
            if note != SPLIT or PRI not in labels:
                fail(f"{sid}: a violating line may carry only the split-price note: {text!r}")
        if not labels and not trap and not ignore and note is not None:
            fail(f"{sid}: note on a neutral line: {text!r}")
        if said is not None and (not said.strip() or said == text):
            fail(f"{sid}: said must differ from text: {text!r}")
        dur = max(1.5, 0.22 * len(text))
        start = round(t, 2)
        end = round(t + dur, 2)
        u = {"start": start, "end": end, "text": text, "labels": list(labels),
             "ignore": ignore, "trap": trap}
        if note is not None:
            u["note"] = note
        if said is not None:
            u["said"] = said
        utts.append(u)
        t = end + 1.0
    # a split comparison must come as two adjacent noted price lines
    i = 0
    while i < len(utts):
        if utts[i]["labels"] and utts[i].get("note") == SPLIT:
            j = i
            while j < len(utts) and utts[j]["labels"] and utts[j].get("note") == SPLIT:
                j += 1
            if j - i != 2:
                fail(f"{sid}: split price line without its partner: {utts[i]['text']!r}")
            i = j
        else:
            i += 1
    duration = round(utts[-1]["end"] + 1.0, 2)
    return {"id": sid, "duration": duration, "format": "text",
            "product": s["product"], "utterances": utts}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        sys.exit("duplicate session id")
    products = [s["product"] for s in SESSIONS]
    if len(set(products)) != len(products):
        sys.exit("duplicate product type")
    seen = {}
    for s in SESSIONS:
        for entry in s["lines"]:
            keys = [entry[0]]
            if len(entry) == 3 and "said" in entry[2]:
                keys.append(entry[2]["said"])
            for k in keys:
                if k in seen and seen[k] != (s["id"], entry[0]):
                    sys.exit(f"duplicate line {k!r} in {s['id']} and {seen[k][0]}")
                seen[k] = (s["id"], entry[0])

    per_cat = {c: 0 for c in CATEGORIES}
    tot = dict(violating=0, two_labels=0, trap=0, grey=0, neutral=0, heard_violating=0,
               heard_trap=0, heard_other=0, utterances=0)
    print(f"{'session':<20} {'product':<10}\t{'viol':>4} {'trap':>4} {'heard':>5} "
          f"{'utts':>4} {'duration_s':>10}")
    for s in SESSIONS:
        doc = build_session(s)
        with open(os.path.join(here, f"{s['id']}.truth.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        viol = trap = heard = 0
        for u in doc["utterances"]:
            tot["utterances"] += 1
            is_heard = "said" in u
            heard += is_heard
            if u["labels"]:
                viol += 1
                tot["violating"] += 1
                tot["two_labels"] += len(u["labels"]) > 1
                tot["heard_violating"] += is_heard
                for lab in u["labels"]:
                    per_cat[lab] += 1
            elif u["trap"]:
                trap += 1
                tot["trap"] += 1
                tot["heard_trap"] += is_heard
            elif u["ignore"]:
                tot["grey"] += 1
                tot["heard_other"] += is_heard
            else:
                tot["neutral"] += 1
                tot["heard_other"] += is_heard
        print(f"{s['id']:<20} {s['product']:<10}\t{viol:4} {trap:4} {heard:5} "
              f"{len(doc['utterances']):4} {doc['duration']:8.1f}")
    print()
    print("lines per category (a line may carry several):")
    for c in CATEGORIES:
        print(f"  {c:<20} {per_cat[c]}")
    print()
    for k, v in tot.items():
        print(f"  {k:<16} {v}")
    vs = 100.0 * tot["violating"] / max(1, tot["utterances"])
    hs = 100.0 * tot["heard_violating"] / max(1, tot["violating"])
    print(f"  violating share {vs:.1f}%")
    print(f"  heard share of violating {hs:.1f}%")
    print(f"  sessions {len(SESSIONS)}, product types {len(set(products))}")


if __name__ == "__main__":
    main()
