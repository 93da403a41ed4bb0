#!/usr/bin/env python3
"""Held-out evaluation set W for liveaudit (text-only transcripts).

Written 2026-12-08 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format references: tests/heldout_n/text/README.md and lines 1-65 and 828-894 of
tests/heldout_n/text/build.py (docstring, helpers, counting/printing). heldout_n's SESSIONS
data was not read; no line of any other set was used or paraphrased.

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                           violating
  ("text", [labels], N("note"))                violating half of a split price comparison
  ("text", [], T("note"))                      trap: lawful line that looks like a violation
  ("heard", [labels], H("said"))               Whisper mishearing; labels describe `said`
  ("heard", [], T("note", said="..."))         misheard trap

Every session: exactly 30 lines, 20 violating and 10 traps. `ignore` is false everywhere.

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

UTTS, VIOL, TRAPS = 30, 20, 10
MIN_PER_CATEGORY = 22


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


def N(note):
    return {"note": note}


SPLIT = "price comparison spread over two adjacent lines: both lines carry price_claim"

SESSIONS = [
    # ------------------------------------------------------------------ w01
    {
        "id": "w01_horseoil",
        "product": "马油膏",
        "style": "评书说书腔",
        "lines": [
            ("醒木一拍，书接上回，列位看官，今天这一回单说一罐马油膏，第一回先讲来历，第二回再讲用法。", [],
             T("imitates absolute_claim: 第一回 / 第二回 only order the storytelling; nothing is ranked")),
            ("话说这马油膏往疤上一抹，三个礼拜，那道八痕去得没了影儿。", [COS],
             H("话说这马油膏往疤上一抹，三个礼拜，那道疤痕祛得没了影儿。")),
            ("列位，孩子手上烫伤起了泡，不用上医院，厚厚糊一层马油，一宿就消炎结痂。", [MED, COS]),
            ("要说祛疤的膏子，自打盘古开天辟地到如今，还没有一样压得过咱这罐的。", [ABS, COS]),
            ("冬天脸蛋皴得通红，它康敏又镇定，抹完红血丝全退。", [COS],
             H("冬天脸蛋皴得通红，它抗敏又镇定，抹完红血丝全退。")),
            ("按下不表它的来历，单说一句：这是普通备案的护肤膏，不是特证产品，不美白也不祛斑，就管保湿。", [],
             T("imitates cosmetic_claim: 美白 and 祛斑 are named only to deny them; an ordinary moisturiser")),
            ("那年冬天我二舅脚后跟的冻疮烂成了窟窿，抹了这膏子七天长平了，比医院开的冻疮膏还灵。", [MED]),
            ("说书的不打诳语，这膏子打从上个月到今儿，已经出去了四万七千罐。", [SAL]),
            ("列位看官请听，商场化妆品柜台上，这一罐标着三百九十八。", [PRI], N(SPLIT)),
            ("今儿个在咱书场，一罐只要九十九，这中间差了多少您自己掂量。", [PRI], N(SPLIT)),
            ("价钱明码标价，一罐九十九，八十克，合下来一克一块两毛四上下，页面上没挂划线价。", [],
             T("imitates price_claim: a plain price with per-gram arithmetic; no reference price is claimed")),
            ("别家那些马油，说白了就是猪板油兑香精，抹多了闷出一脸疙瘩。", [DIS]),
            ("脸上那些晒班、老年班，早晚各一抹，一个月淡成浅浅一层。", [COS],
             H("脸上那些晒斑、老年斑，早晚各一抹，一个月淡成浅浅一层。")),
            ("最好洗完脸趁着皮肤还潮的时候抹，一回最多抹黄豆大一块，抹多了发腻。", [],
             T("imitates absolute_claim: 最好 / 最多 are usage advice and the amount to apply")),
            ("要听下回分解的，加说书人的微信，号是 shuoshu 下划线 二零八八，私下给您留货。", [OFF]),
            ("老寒腿、湿诊、牛皮癣，这膏子通治，比激素药膏强得多，还没副作用。", [MED],
             H("老寒腿、湿疹、牛皮癣，这膏子通治，比激素药膏强得多，还没副作用。")),
            ("看官注意，这是护肤品不是药，皮肤破了流水的、起疹子的，先去医院皮肤科瞧瞧。", [],
             T("imitates medical_claim: a not-a-medicine statement with a referral to a doctor")),
            ("这膏子里头加了抑菌成分，脚丫子那点异味抹两回就没了。", [COS]),
            ("这一罐在护肤销量榜上，三年里就没从第一的位置上下来过。", [ABS, SAL]),
            ("看官往右下角瞧，那个已售的数是平台自己跳的，说书人可不敢瞎编。", [],
             T("imitates sales_data_claim: a platform-shown counter, not a figure the host claims")),
            ("这九十九的价只留到这一回书说完，醒木一落，回到三百九十八。", [PRI]),
            ("说来也奇，抹了半个月，脸上黄气一扫而光，白了足足两个度。", [COS]),
            ("某某牌的马油我也用过，人家质地稀一点，咱这罐稠一点，各有各的好。", [],
             T("imitates disparagement: a neutral comparison with a named rival, nothing negative asserted")),
            ("罐子上画的这匹马就是个图案，马到成功那是句吉利话，抹了不会转运，列位别往那儿想。", [],
             T("imitates superstition: a picture and a saying, with an explicit denial of any effect")),
            ("青春痘、挫窗印子，连疤带坑，它都能给您平了。", [COS, MED],
             H("青春痘、痤疮印子，连疤带坑，它都能给您平了。")),
            ("说书人最大的心愿，就是把这一罐讲明白，让列位用着踏实，这份心思还在慢慢修。", [],
             T("imitates absolute_claim: the seller's own aspiration, no claim about the product")),
            ("听书的老主顾里头，十个有九个回头又拍了第二罐、第三罐。", [SAL]),
            ("书场外头另有个茶话群，进群报暗号醒木，转账直接发货。", [OFF]),
            ("这膏子不防晒，白天出门还得另外涂防晒的东西，列位别指望它。", [],
             T("imitates cosmetic_claim: a no-sunscreen statement")),
            ("至于隔壁直播间那些几块钱的马油，全是过期库存翻新的，抹了烂脸别来找我。", [DIS]),
        ],
    },
    # ------------------------------------------------------------------ w02
    {
        "id": "w02_hairoil",
        "product": "护发精油",
        "style": "足球解说腔",
        "lines": [
            ("球迷朋友们晚上好，上半场第一个镜头，先给大家看看这瓶精油的瓶身和容量。", [],
             T("imitates absolute_claim: 第一个 only orders the camera shots")),
            ("抹了三周，声发效果出来了，发际线往前压了半个禁区。", [COS],
             H("抹了三周，生发效果出来了，发际线往前压了半个禁区。")),
            ("掉发的兄弟们注意，这是一脚防脱的世界波，洗完头下水口再也不堵了。", [COS]),
            ("这瓶就是防掉发界的梅西，整个联赛找不到第二个这水平的。", [ABS, COS]),
            ("头癣、脂溢性皮炎，抹它两个礼拜，头皮就销盐不痒了。", [MED, COS],
             H("头癣、脂溢性皮炎，抹它两个礼拜，头皮就消炎不痒了。")),
            ("解说员说句公道话，这是普通护发精油，管的是发丝顺滑和毛躁，掉头发的问题它管不了。", [],
             T("imitates cosmetic_claim: denies any anti-hair-loss effect of an ordinary hair oil")),
            ("开赛到现在，这款精油卖出去两万六千瓶，比分还在往上刷。", [SAL]),
            ("球迷朋友们，超市洗护货架上这瓶标价二百五十八。", [PRI], N(SPLIT)),
            ("直播间里进球价，一瓶六十九，这个比分差距大家自己看。", [PRI], N(SPLIT)),
            ("某某牌护发油，解说员直接吹它越位，里面就是矿物油加香精，抹了头皮闷得长痘。", [DIS]),
            ("最好在头发半干的时候用，发尾多抹，发根那儿少抹一点。", [],
             T("imitates absolute_claim: 最好 is usage advice")),
            ("想当代理的朋友，拿货五十瓶起，公司保证每月至少分你六千块，踢满九十分钟就有钱拿。", [INV]),
            ("要代理价的，加我威信，威信号印在球衣背面，私下聊。", [OFF],
             H("要代理价的，加我微信，微信号印在球衣背面，私下聊。")),
            ("这个价是平台页面标的，没有划线价，一瓶六十九，一百毫升，一毫升不到七毛。", [],
             T("imitates price_claim: page price with per-millilitre arithmetic and no reference price")),
            ("全场最佳防脱选手就是它，没有之一。", [ABS, COS]),
            ("雄激素性脱发的，医院开的米诺地尔别抹了，换它，效果一样还不伤身。", [MED]),
            ("头皮红肿、大片大片掉头发的，请先去医院皮肤科，精油只是日常护理，替代不了治疗。", [],
             T("imitates medical_claim: disease words only in a referral; the oil is said not to treat")),
            ("护发油销量榜上，它连着十九轮排地一，把第二名甩开一大截。", [ABS, SAL],
             H("护发油销量榜上，它连着十九轮排第一，把第二名甩开一大截。")),
            ("头顶稀得露头皮的，连抹一个半月，头顶密得像刚修过的草皮。", [COS]),
            ("直播间的观看人数是平台显示的，现在一万出头，大家随便看。", [],
             T("imitates sales_data_claim: a platform-shown viewer counter")),
            ("六十九的进球价只到补时结束，终场哨一响，恢复二百五十八。", [PRI]),
            ("隔壁直播间几十块一大桶的护发油，全是工业白油勾兑的，抹完头皮像刷了层漆。", [DIS]),
            ("跟某某牌那瓶比，人家容量大五十毫升，咱们这瓶香味淡，大家按喜好挑。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("鬼剃头的那块突斑，抹它一个月就长满了，比打针还管用。", [MED, COS],
             H("鬼剃头的那块秃斑，抹它一个月就长满了，比打针还管用。")),
            ("跟咱们家去年那一版比，这一版配方里椰子油少了，质地更轻，不那么油。", [],
             T("imitates absolute_claim: self-comparison with the brand's own older version")),
            ("终场前没抢到的，私信解说员，拉你进球迷团购群，群里直接转账。", [OFF]),
            ("有人问能不能做代理，解说员说清楚，代理要自己压货，赚不赚钱看自己卖得怎么样，公司不给任何收益保证。", [],
             T("imitates investment_claim: an agent scheme explicitly without any promised income")),
            ("看台上的老观众，八成是掉发止住以后又回来补第二瓶的。", [SAL, COS]),
            ("它不是升发产品，头发掉了长不出来是正常的，别被别人忽悠。", [],
             T("imitates cosmetic_claim: 生发 is named only in a denial",
               said="它不是生发产品，头发掉了长不出来是正常的，别被别人忽悠。")),
            ("做咱们的精油代理，一个月回本，之后每卖一瓶都是纯赚，怎么算都不会亏。", [INV]),
        ],
    },
    # ------------------------------------------------------------------ w03
    {
        "id": "w03_emulsion",
        "product": "保湿乳液",
        "style": "宫廷剧腔",
        "lines": [
            ("各位小主吉祥，本宫今儿要献上的，是整个后宫公认第一的保湿乳液。", [ABS]),
            ("小主们，这乳液梅白是真的，抹完连脖子都亮了一截。", [COS],
             H("小主们，这乳液美白是真的，抹完连脖子都亮了一截。")),
            ("脸上那些雀斑，本宫抹了一个月，一颗一颗都褪干净了。", [COS]),
            ("换季一起寻麻疹，红疙瘩连成片，这乳液一抹就抗敏消肿，比吃氯雷他定还快。", [MED, COS],
             H("换季一起荨麻疹，红疙瘩连成片，这乳液一抹就抗敏消肿，比吃氯雷他定还快。")),
            ("满宫上下的乳液，论提亮美白，没有一瓶能越过咱这瓶去。", [ABS, COS]),
            ("内务府查过备案，这乳液是普通化妆品，宣传页上写的是保湿，不敢往防晒上扯。", [],
             T("imitates cosmetic_claim: 防晒 is named only to say the emulsion makes no such claim")),
            ("白天只抹它不用别的，一整天在日头底下跑，一点不晒黑，防晒全靠它。", [COS]),
            ("这一季内务府点过数，宫里宫外一共领走了八万三千瓶。", [SAL]),
            ("商场专柜这瓶挂着三百六十八块，本宫今儿只收八十九，比专柜省了两百七十九。", [PRI]),
            ("一瓶八十九，一百二十毫升，早晚各一泵能用两个月，摊到一天一块五上下。", [],
             T("imitates price_claim: a plain price with per-day arithmetic")),
            ("那某某家的乳液，嬷嬷拿去验过，极速超标，抹久了就是激素脸。", [DIS],
             H("那某某家的乳液，嬷嬷拿去验过，激素超标，抹久了就是激素脸。")),
            ("烂成激素脸的小主，停了药膏改抹这个，三个礼拜皮肤屏障就修好了，比太医院开的药还稳。", [MED]),
            ("脸上长了红疹又痒又疼的，别硬扛，赶紧宣太医，去医院皮肤科看，乳液管不了病。", [],
             T("imitates medical_claim: referral to a doctor; the emulsion is said not to treat disease")),
            ("宫女们背上的痘痘，拿它当身体乳抹，一个礼拜就消下去了。", [COS]),
            ("想要私库价的小主，加本宫的微信，号念给你们：gong 一二三 九九八，走宫外的路子。", [OFF]),
            ("这瓶的店铺综合分四点九，是平台按买家打分算的，本宫一个字没改。", [],
             T("imitates sales_data_claim: a platform-computed shop score")),
            ("这瓶乳液是后宫娘娘们回购最多的一瓶，榜单上从没掉过第一。", [ABS, SAL]),
            ("老人斑、人参斑，抹它俩月，淡得跟没长过一样。", [COS],
             H("老人斑、妊娠斑，抹它俩月，淡得跟没长过一样。")),
            ("乳液瓶子最大的是两百毫升装，最小的是三十毫升旅行装，小主按需挑。", [],
             T("imitates absolute_claim: 最大 / 最小 are the product's own pack sizes")),
            ("八十九的恩典只赏到戌时，过了戌时，内务府恢复三百六十八。", [PRI]),
            ("隔壁直播间几十块的乳液，都是小作坊灌的，汞含量高得吓人。", [DIS]),
            ("抗敏这两个字咱们不敢写，普通化妆品写不得，本宫只说它成分温和。", [],
             T("imitates cosmetic_claim: 抗敏 is named only to say it may not be claimed")),
            ("天下的乳液本宫都试遍了，就这一瓶是乳液里的皇后，其余的连答应都算不上。", [ABS]),
            ("某某牌那瓶乳液也不错，质地比咱们厚，适合特别干的小主，油皮的选咱们这瓶。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("这乳液里加了抗菌因子，脸上的螨虫细菌一抹全杀干净。", [COS]),
            ("小主们下单只认直播间的小黄车，谁私下找你说是本宫要转账的，都是骗子，千万别付。", [],
             T("imitates offsite_trade: a warning against private payment")),
            ("冷宫里没抢到的，进本宫的小猪群，群里每天放几瓶。", [OFF],
             H("冷宫里没抢到的，进本宫的小主群，群里每天放几瓶。")),
            ("瓶身上画的凤凰只是宫廷风包装，不是什么吉祥物件，抹了也不会走运。", [],
             T("imitates superstition: a packaging picture with an explicit denial of any luck")),
            ("这一批就剩最后两百六十瓶，抢完内务府再也不进这个货了。", [SAL]),
            ("本宫不说什么恢复原价的话，这个价就是平台页面上的价，明儿还是八十九。", [],
             T("imitates price_claim: 恢复原价 is named only to refuse it; the page price stays")),
        ],
    },
    # ------------------------------------------------------------------ w04
    {
        "id": "w04_ironliquid",
        "product": "补铁口服液",
        "style": "新闻联播腔",
        "lines": [
            ("各位观众晚上好，今天节目介绍的是一款保健食品，批准的保健功能是改善营养性贫血，本品不能代替药物。", [],
             T("imitates medical_claim: a 保健食品 stating only its approved function, with 本品不能代替药物")),
            ("据本台了解，地中海品学的孩子每天喝一支，三个月就不用再输血了。", [MED],
             H("据本台了解，地中海贫血的孩子每天喝一支，三个月就不用再输血了。")),
            ("另据消息，再生障碍性贫血的患者连喝半年，骨髓造血功能全面恢复。", [MED]),
            ("专家指出，这是目前国内治疗缺铁性贫血效果最好的产品。", [ABS, MED]),
            ("医院开的硫酸亚铁可以停了，本品完全能够代替补铁药。", [MED]),
            ("下面请看产品规格：每支十毫升，一盒三十支，建议早餐后服用，最好不要和浓茶同时喝。", [],
             T("imitates absolute_claim: 最好 is usage advice")),
            ("本台记者获悉，本品上线以来累计受出一百二十六万盒。", [SAL],
             H("本台记者获悉，本品上线以来累计售出一百二十六万盒。")),
            ("喝了它，月经不调、手脚冰凉、头晕心慌，一个疗程统统消失。", [MED]),
            ("今晚直播间的价格，一盒一百二十九。", [PRI], N(SPLIT)),
            ("而在线下保健品专卖店，同样一盒标价四百六十八。", [PRI], N(SPLIT)),
            ("本品绝对安全，老人孩子孕妇长期服用，不会有任何不良反应。", [MED]),
            ("有头晕乏力症状的观众，请先到医院查血常规，弄清楚是什么原因，本品不能代替治疗。", [],
             T("imitates medical_claim: symptoms named only in a referral to a doctor")),
            ("反观某某牌铁剂，记者调查发现，喝了就便秘、伤胃，不少人喝出了胃溃疡。", [DIS]),
            ("据不完全统计，老用户复购率高达百分之九十二点五。", [SAL]),
            ("屏幕下方显示的销量数字由平台自动统计，本台不作另外的数字说明。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("需要团购的观众，请拨打热线幺三九，零五七二，八八幺六，私下安排发货。", [OFF]),
            ("本场特惠截至今晚二十二点整，二十二点以后恢复原价四百六十八。", [PRI]),
            ("一盒一百二十九，三十支，每天一支，合下来一天四块三。", [],
             T("imitates price_claim: a plain price with per-day arithmetic")),
            ("这是国嘉级专家团队研发的补铁配方。", [ABS],
             H("这是国家级专家团队研发的补铁配方。")),
            ("孩子挑食脸色蜡黄，喝它两盒，一冬天不感冒不发烧，比吃药还管用。", [MED]),
            ("与某某牌补铁产品相比，本品每支含铁量略低，口味偏甜，观众可以按需选择。", [],
             T("imitates disparagement: a neutral comparison that even concedes a point to the rival")),
            ("本批产品出厂前经过高僧加持，喝了的家庭，老人孩子都平平安安。", [SUP]),
            ("本台提醒：购买请认准直播间官方链接，任何要求添加私人账号转账的，都是诈骗。", [],
             T("imitates offsite_trade: a warning against private payment")),
            ("癌症病人话疗后白细胞低，喝一周就升上来了，比打升白针还快。", [MED],
             H("癌症病人化疗后白细胞低，喝一周就升上来了，比打升白针还快。")),
            ("以上是本节目最后一条提醒：本品不宜与含钙饮品同服。", [],
             T("imitates absolute_claim: 最后 only orders the reminders")),
            ("喝满两个疗程，雪红蛋白要是没升上来，钱原封不动退给您。", [MED],
             H("喝满两个疗程，血红蛋白要是没升上来，钱原封不动退给您。")),
            ("目前库存仅剩最后八百盒，售完本年度不再生产。", [SAL]),
            ("本品规格中铁含量最高为每支十二毫克，标签上有写，请观众看清再购买。", [],
             T("imitates absolute_claim: 最高 is the product's own specification")),
            ("想要内部价的观众，扫描屏幕上的二维码，进入观众专属群。", [OFF]),
            ("有观众问，盒子上那个福字是不是图个吉利，本台说明，那是春节包装，跟喝了有没有福气没关系。", [],
             T("imitates superstition: a festive picture with an explicit denial of effect")),
        ],
    },
    # ------------------------------------------------------------------ w05
    {
        "id": "w05_luohanguo",
        "product": "罗汉果",
        "style": "天津话",
        "lines": [
            ("介罗汉果，您了先瞧个头，最大的一颗有鸭蛋大，最小的也有鸡蛋大，按个头分三等装箱。", [],
             T("imitates absolute_claim: 最大 / 最小 and the three grades describe the product itself")),
            ("嗓子眼儿老觉着有东西，慢性烟炎，泡它俩礼拜，倍儿利索，根儿都除了。", [MED],
             H("嗓子眼儿老觉着有东西，慢性咽炎，泡它俩礼拜，倍儿利索，根儿都除了。")),
            ("我们家老爷子老慢支，咳了二十年，喝了仨月介罗汉果茶，不咳了，药都撂下了。", [MED]),
            ("介是全中国最正宗的罗汉果，广西永福山尖尖上长的，没得比。", [ABS]),
            ("唐尿病的您了放心，它不光不升糖，天天喝还能把血糖降下来。", [MED],
             H("糖尿病的您了放心，它不光不升糖，天天喝还能把血糖降下来。")),
            ("罗汉果就是个吃的，嗓子疼得厉害、发烧的，您了该上医院上医院，别拿它顶药。", [],
             T("imitates medical_claim: a not-a-medicine statement with a referral")),
            ("介一季，光我们家就卖出去三十八万颗，您了算算。", [SAL]),
            ("您了去超市干货区瞅瞅，介种个头的一盒标价一百五十八。", [PRI], N(SPLIT)),
            ("咱直播间，一盒三十九块九，您说哏儿不哏儿。", [PRI], N(SPLIT)),
            ("泡水最好掰开了泡，连皮带瓤一块儿，一颗最多续三回水就得换。", [],
             T("imitates absolute_claim: 最好 / 最多 are usage advice")),
            ("隔壁卖罗汉果的，那是用流黄熏过的，颜色发白的都是熏的，吃了伤肺。", [DIS],
             H("隔壁卖罗汉果的，那是用硫磺熏过的，颜色发白的都是熏的，吃了伤肺。")),
            ("抽烟的老爷们儿，喝介个清肺，肺里的结节都能给冲没了。", [MED]),
            ("您了要整箱的，加我微信，微信号是 tianjin 罗汉 八八六六，私下给您发货。", [OFF]),
            ("一盒三十九块九，十二颗，一颗合三块三，页面上就这一个价儿。", [],
             T("imitates price_claim: a plain price with per-piece arithmetic")),
            ("介罗汉果在特产榜上蹲第一蹲了五年，谁也撼不动。", [ABS, SAL]),
            ("底下评价区那些买家晒的图，是平台挂着的，好的赖的都有，您了自个儿翻。", [],
             T("imitates sales_data_claim: platform-shown reviews, good and bad, no figure claimed")),
            ("三十九块九就到今儿晚上十二点，过了点儿就回一百五十八，甭后悔。", [PRI]),
            ("罗汉果罗汉果，带着罗汉俩字，家里摆一盒，罗汉保佑，朝财进门。", [SUP],
             H("罗汉果罗汉果，带着罗汉俩字，家里摆一盒，罗汉保佑，招财进门。")),
            ("有人问叫罗汉果是不是能保平安，那就是个名儿，跟庙里的罗汉不挨着，吃了也不管运气。", [],
             T("imitates superstition: the name is explained and any effect on luck denied")),
            ("想跟我种罗汉果的，投三万块认一亩地，到年底保底给您返五千，稳稳当当。", [INV]),
            ("全世界的甜味儿里头，就数介罗汉果最健康，连白糖都得靠边站。", [ABS]),
            ("跟某某牌罗汉果比，人家是低温烘的，颜色浅点儿，咱是传统炭火烤的，颜色深点儿，各有各的味儿。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("孩子扁桃体老发炎的，天天喝介个，不用割扁桃体了。", [MED]),
            ("最后就剩一百零五箱了，抢完了今年就没了，真格的。", [SAL]),
            ("今儿是我第一次在直播间卖罗汉果，嘴皮子笨，您了多包涵。", [],
             T("imitates absolute_claim: 第一次 is a time word about the host")),
            ("进咱们天津卫罗汉果群的，群里每礼拜饲料拼单。", [OFF],
             H("进咱们天津卫罗汉果群的，群里每礼拜私聊拼单。")),
            ("超市那些罗汉果，都是压了三年的陈货，一掰全是虫眼儿。", [DIS]),
            ("罗汉果不能治咽炎，介个我得说清楚，我就说它泡水甜，当个饮料喝。", [],
             T("imitates medical_claim: 咽炎 is named only in a denial")),
            ("全天津卖罗汉果的，就我介一家是真货，别家全是糊弄外行的。", [ABS, DIS]),
            ("您了放心，我不玩儿那套先涨价再打折的，介价儿明儿后儿都一样。", [],
             T("imitates price_claim: refuses mark-up-then-discount and any time pressure")),
        ],
    },
    # ------------------------------------------------------------------ w06
    {
        "id": "w06_blackpork",
        "product": "散养黑猪肉",
        "style": "山东话",
        "lines": [
            ("老少爷们儿，俺这黑猪是山坡上散养满三百天才出栏，头一刀先给恁切块五花看看膘。", [],
             T("imitates absolute_claim: 头一刀 only orders the cutting")),
            ("高血脂的吃俺这黑猪肉，吃一个月，胆固醇往下掉，比吃他听还好使。", [MED],
             H("高血脂的吃俺这黑猪肉，吃一个月，胆固醇往下掉，比吃他汀还好使。")),
            ("俺这黑猪肉，全山东找不出第二家这么香的，杠赛来。", [ABS]),
            ("月子里的媳妇儿喝黑猪蹄汤，贫血立马就好，奶水哗哗的。", [MED]),
            ("恁去菜市场买的那些白条猪，都是喂兽肉精长的，吃了心慌手抖。", [DIS],
             H("恁去菜市场买的那些白条猪，都是喂瘦肉精长的，吃了心慌手抖。")),
            ("黑猪肉就是肉，不是药，血脂高的该吃药吃药，该忌口忌口，俺可不敢胡咧咧。", [],
             T("imitates medical_claim: a not-a-medicine statement")),
            ("夜来一晚上，俺这黑猪肉发出去1万2千8百斤。", [SAL]),
            ("认养一头俺家的黑猪，交三千六，年底不光给恁一整头猪的肉，还保底返恁八百块钱。", [INV]),
            ("超市冷柜里黑猪五花标着八十八一斤，俺这儿三十九块八，恁比比。", [PRI]),
            ("五花肉三十九块八一斤，五斤一箱一百九十九，一斤合不到四十，页面上就这一个价。", [],
             T("imitates price_claim: a plain price with per-jin arithmetic")),
            ("老人吃了俺这黑猪肉，骨质书松都能补回来，腿脚利索多了。", [MED],
             H("老人吃了俺这黑猪肉，骨质疏松都能补回来，腿脚利索多了。")),
            ("俺家黑猪在生鲜销量榜上，连续两年没掉出过第一。", [ABS, SAL]),
            ("俺这黑猪肉分一级二级，一级是前腿后臀，二级是边角碎肉，价钱不一样，恁看清楚再拍。", [],
             T("imitates absolute_claim: 一级 / 二级 are the seller's own cut grades, not a ranking")),
            ("要整头分割的，加俺微信，号是一五八，二六三零，四九七一，私下给恁分。", [OFF]),
            ("某某牌黑猪肉，其实是白猪跟黑猪杂交的二串子，根本不是纯种，糊弄人。", [DIS]),
            ("某某牌黑猪肉也是好肉，人家是养殖场圈养，俺是山坡散养，口感不一样，恁按喜好挑。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("小孩儿多吃黑猪肉，个子蹿得快，还不得感冒不得肺炎。", [MED]),
            ("三十九块八就到夜里十二点，过了十二点，一斤回八十八。", [PRI]),
            ("俺这黑猪是腊月里祭过灶王爷的，吃了这肉，一年保平安，必谢。", [SUP],
             H("俺这黑猪是腊月里祭过灶王爷的，吃了这肉，一年保平安，辟邪。")),
            ("屏幕上那个想要的人数是平台算的，俺说了不算，也改不了。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("俺的老主顾，一年里回头买过五回以上的有两千多户。", [SAL]),
            ("黑猪肉里俺这是祖宗辈儿的，独一份，别处都没有。", [ABS]),
            ("认养黑猪就是预订一头猪的肉，不是投资，俺不承诺返钱，猪要是病了出不了栏，俺退恁认养款。", [],
             T("imitates investment_claim: a pre-order explicitly without any return")),
            ("老少爷们儿进俺的黑珠群，群里转账比直播间省事。", [OFF],
             H("老少爷们儿进俺的黑猪群，群里转账比直播间省事。")),
            ("俺这辈子最大的念想，就是让城里人吃上一口老家的猪肉，这事儿还在一点点干。", [],
             T("imitates absolute_claim: the seller's aspiration")),
            ("天天吃黑猪肉防癌，俺们村九十多的老人没一个得癌的。", [MED]),
            ("就剩最后五十三头猪没认养了，认完今年就封圈。", [SAL]),
            ("买肉只在直播间下单，有人冒充俺让恁转账到个人卡上，千万别信。", [],
             T("imitates offsite_trade: a warning against private payment")),
            ("认养十头的，明年俺按一头四千八回收，十头净赚一万二，比存银行强好几番。", [INV]),
            ("血糖高的恁少吃肥的多吃瘦的，该打一岛素还得打。", [],
             T("imitates medical_claim: disease words only in dietary advice that keeps the medicine",
               said="血糖高的恁少吃肥的多吃瘦的，该打胰岛素还得打。")),
        ],
    },
    # ------------------------------------------------------------------ w07
    {
        "id": "w07_tensdevice",
        "product": "家用中频理疗仪",
        "style": "健身教练腔",
        "lines": [
            ("伙伴们先热身，这台中频理疗仪是二类医疗器械，注册证上写的适用范围就一条：缓解颈肩腰腿的肌肉酸痛。", [],
             T("imitates medical_claim: a medical device stating only its registered scope")),
            ("做骨神经痛的伙伴，贴片往屁股上一贴，再来一组，三天就不疼了，断根。", [MED],
             H("坐骨神经痛的伙伴，贴片往屁股上一贴，再来一组，三天就不疼了，断根。")),
            ("腰间盘突出的别去做手术了，每天跟我练二十分钟理疗，突出的那块能缩回去。", [MED]),
            ("它是治颈椎病最有效的仪器，医院康复科都比不过它。", [ABS, MED]),
            ("终风后遗症、手脚不利索的老人，天天电一电，半年就能自己走路。", [MED],
             H("中风后遗症、手脚不利索的老人，天天电一电，半年就能自己走路。")),
            ("组间休息说一下参数：强度最高九十九档，定时最长三十分钟，这是机器本身的规格。", [],
             T("imitates absolute_claim: 最高 / 最长 are the device's own specification")),
            ("这台机器上个月卖了两万九千台，我私教课的学员人手一台。", [SAL]),
            ("今天直播间，一台三百二十九，核心收紧，听好了。", [PRI], N(SPLIT)),
            ("线下医疗器械店同款，标的是一千二百八十。", [PRI], N(SPLIT)),
            ("有高血压的伙伴，贴在手腕上电十分钟，血压立马降二十，比吃降压药快。", [MED]),
            ("骨折的、装了心脏起搏器的、孕妇，这台机器都不能用，疼得厉害的去医院骨科，别拿它硬扛。", [],
             T("imitates medical_claim: contraindications and a referral, no treatment claimed")),
            ("外面那些推那店，按一次一百多，按坏了腰的多得是，都是骗钱的。", [DIS],
             H("外面那些推拿店，按一次一百多，按坏了腰的多得是，都是骗钱的。")),
            ("全国理疗仪里它是唯一一台能调出一百种波形的，没有第二家。", [ABS]),
            ("一台三百二十九，送两副贴片，贴片单买一副十九块，页面上都写着。", [],
             T("imitates price_claim: an itemised plain price")),
            ("无副作用，零风险，老人小孩天天用都没事，用出问题我全赔。", [MED]),
            ("想要学员价的伙伴，私信我领私教群的链接，群里下单，私下转给我就行。", [OFF]),
            ("它在理疗仪类目里销官拿了四年，一次都没丢过。", [ABS, SAL],
             H("它在理疗仪类目里销冠拿了四年，一次都没丢过。")),
            ("直播间右下角那个点赞数是平台统计的，跟机器卖多少没关系。", [],
             T("imitates sales_data_claim: a platform-shown like counter")),
            ("三百二十九的价只到这组训练做完，十分钟后恢复一千二百八十。", [PRI]),
            ("糖尿病脚麻手麻的，电半个月，神经全修复了。", [MED]),
            ("跟我们家二零二三年那款比，这台多了两个档位，贴片也软了，这是跟自家老款比。", [],
             T("imitates absolute_claim: self-comparison with the brand's own older model")),
            ("某某牌理疗仪那个电流是乱跳的，电多了心脏受不了，出过人命。", [DIS]),
            ("棉摊嘴歪的，贴在脸上电一个礼拜，嘴就正回来了。", [MED],
             H("面瘫嘴歪的，贴在脸上电一个礼拜，嘴就正回来了。")),
            ("下单只走直播间小黄车，售后也在平台上找客服，教练不会让大家加任何私人号。", [],
             T("imitates offsite_trade: platform-only ordering and after-sales")),
            ("家里老人不会网购的，打我电话，幺八六，七七二零，三五幺四，我上门送货收现金。", [OFF]),
            ("它不能治疗腰间盘突出，只是缓解肌肉酸痛，这个大家别误会。", [],
             T("imitates medical_claim: a disease named only in a denial, within the registered scope")),
            ("最后两百台库存，教练我手里就这么多，抢完就断货。", [SAL]),
            ("今天这堂课先练肩颈，第一步把贴片贴在肩膀上，第二步开机，最后一步再慢慢调强度。", [],
             T("imitates absolute_claim: 第一步 / 最后一步 are order words")),
            ("买三台在小区开个理疗点，一个月收回成本，每月稳稳多挣五千。", [INV]),
            ("三百二十九是页面售价，也没标什么原价，买不买大家自己决定，教练不催。", [],
             T("imitates price_claim: page price, no reference price, no pressure")),
        ],
    },
    # ------------------------------------------------------------------ w08
    {
        "id": "w08_rangehood",
        "product": "吸油烟机",
        "style": "导航语音腔",
        "lines": [
            ("您好，已为您规划下单路线，前方五百米：这台油烟机是国家一级能效，能效标签贴在机身右侧。", [],
             T("imitates absolute_claim: 一级能效 is a grade under a national standard")),
            ("前方请注意，厨房油烟是肺癌元凶，装上它，做饭的人就不会得废癌了。", [MED],
             H("前方请注意，厨房油烟是肺癌元凶，装上它，做饭的人就不会得肺癌了。")),
            ("吸力全球第一，国际上所有油烟机都在它后面排队。", [ABS]),
            ("前方路口请注意，鼻炎、哮喘的家人，装它一个月，鼻子通了，喷雾都扔了。", [MED]),
            ("您已偏离路线：某某牌油烟机风量需标一半，吸不干净还漏油。", [DIS],
             H("您已偏离路线：某某牌油烟机风量虚标一半，吸不干净还漏油。")),
            ("重新规划路线，参数播报：最大风量二十三立方米每分钟，最大静压一千一百帕，这是本机铭牌上的数。", [],
             T("imitates absolute_claim: 最大 is the machine's own nameplate specification")),
            ("全程路况：这台机器今年已经装进三十一万户厨房。", [SAL]),
            ("请直行：建材城门店这台挂牌价四千九百九十九。", [PRI], N(SPLIT)),
            ("直播间到达价，两千二百九十九，省下两千七。", [PRI], N(SPLIT)),
            ("这是油烟机里为一一台能做到零油烟的。", [ABS],
             H("这是油烟机里唯一一台能做到零油烟的。")),
            ("最近三个月装机的用户，安装师傅都会上门回访一次，请保持电话畅通。", [],
             T("imitates absolute_claim: 最近 is a time word")),
            ("装油烟机讲风水，这台出风口朝东开，挡住灶台煞气，家里财气不外泄。", [SUP]),
            ("需要师傅上门量尺寸的，请加安装师傅微信，微信号 youyan 幺二八，私下约时间，价钱也私下谈。", [OFF]),
            ("两千二百九十九含安装，烟管超出三米的部分每米三十元，页面上有收费表。", [],
             T("imitates price_claim: an itemised plain price")),
            ("它是连续三年侧吸油烟机小量第一。", [ABS, SAL],
             H("它是连续三年侧吸油烟机销量第一。")),
            ("您已进入健康路段：家里老人做饭头晕咳嗽的，换了它，慢性支气管炎都好了。", [MED]),
            ("本机只负责把油烟排出去，家里有人长期咳嗽的，请去医院呼吸科查查，油烟机不能治病。", [],
             T("imitates medical_claim: a referral and a no-cure statement")),
            ("前方限时路段：两千二百九十九只到零点，零点以后恢复四千九百九十九。", [PRI]),
            ("前方拥堵：隔壁直播间几百块的油烟机，电机都是拆机翻新的，用半年就烧。", [DIS]),
            ("评价区里带图的那些评论是平台收集的，差的也在，您自己翻。", [],
             T("imitates sales_data_claim: platform-collected reviews, no figure claimed")),
            ("预计到达：全世界做油烟机的，就它家技术最牛，连德国人都来偷师。", [ABS]),
            ("做饭的孕妇装了它，宝宝不会得先天性新脏病。", [MED],
             H("做饭的孕妇装了它，宝宝不会得先天性心脏病。")),
            ("跟某某牌顶吸比，人家的风量参数也是二十三立方，咱们多了个挥手控制，价格差一百来块。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("全国库存只剩最后四百台，到达目的地就卖完了。", [SAL]),
            ("请勿离开导航，下单请在直播间完成，有人让您加薇信转账，那是诈骗。", [],
             T("imitates offsite_trade: a warning against private payment",
               said="请勿离开导航，下单请在直播间完成，有人让您加微信转账，那是诈骗。")),
            ("想要工程价的，进我们的装修业主群，群号1024 7758，群里私下拼团。", [OFF]),
            ("导航播报：第一步拆旧机，第二步打孔，最后一步试机，全程约两个小时。", [],
             T("imitates absolute_claim: order words for the installation steps")),
            ("装过的用户回头给亲戚朋友再买的，占了六成还多。", [SAL]),
            ("有人问油烟机装在灶台正上方是不是风水讲究，没这个说法，就是为了吸得干净。", [],
             T("imitates superstition: 风水 is named only to refuse it")),
            ("您已到达目的地：市面上别的牌子装了都是白花钱，只有它是真能吸干净的。", [ABS, DIS]),
        ],
    },
    # ------------------------------------------------------------------ w09
    {
        "id": "w09_sunjacket",
        "product": "冰丝防晒衣",
        "style": "钓鱼博主腔",
        "lines": [
            ("钓友们，今天钓点水面反光特别狠，先说参数：这件防晒衣检测报告上UPF是五十加，报告就在详情页。", [],
             T("imitates cosmetic_claim: 防晒 here is a garment's tested UPF rating, not a cosmetic efficacy")),
            ("在河边晒一整天，穿它就不会得皮肤挨，钓友们放心抛竿。", [MED],
             H("在河边晒一整天，穿它就不会得皮肤癌，钓友们放心抛竿。")),
            ("这件是防晒衣里的大物，全网没有一件遮得比它严实。", [ABS]),
            ("去年中了两回暑的钓友，穿上它一整个夏天没中暑，藿香正气水都省了。", [MED]),
            ("开春到现在，这件埋了1万4千6百件，钓友群里人手一件。", [SAL],
             H("开春到现在，这件卖了一万四千六百件，钓友群里人手一件。")),
            ("最大码到四个叉，最小码是S，胸围最大做到一百三十六，尺码表在详情页里。", [],
             T("imitates absolute_claim: 最大 / 最小 are the garment's own sizes")),
            ("户外店同款标价五百九十八，今天打窝价一百二十八，直接少了四百七。", [PRI]),
            ("某某户外那件防晒衣，钓友们别买，拿去检测UPF才十几，就是件普通T恤。", [DIS]),
            ("某某户外那件是速干面料，更适合跑步，咱这件是冰丝，坐着钓鱼更凉快，各有用处。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("光明性皮炎、晒一下就起疹子的，穿它再也不犯病。", [MED],
             H("光敏性皮炎、晒一下就起疹子的，穿它再也不犯病。")),
            ("钓鱼圈公认的第一防晒衣，没有哪个牌子能跟它掰手腕。", [ABS]),
            ("晒伤了起大水泡、发烧的钓友，赶紧去医院，衣服只是挡太阳，治不了晒伤。", [],
             T("imitates medical_claim: a referral and a no-cure statement")),
            ("我钓友群里的老哥们，买完自己的又给老婆孩子各拍一件，复购的占八成。", [SAL]),
            ("要批发的钓友，加我微信 diaoyu 六六八八，鱼获照片我私发，衣服私下走。", [OFF]),
            ("加了微信私下转账的，比直播间再便宜二十块。", [OFF, PRI]),
            ("这个价只到今晚收竿，收竿以后恢复五百九十八。", [PRI]),
            ("防晒衣类目销量连续两个夏天排帝一，钓友们都认它。", [ABS, SAL],
             H("防晒衣类目销量连续两个夏天排第一，钓友们都认它。")),
            ("钓友们，最近这一批是新到的水洗蓝，最后提醒一下，冰丝别进烘干机。", [],
             T("imitates absolute_claim: 最近 and 最后提醒 are time and order words")),
            ("夏天穿它钓鱼，老寒腿不犯了，冰丝里的玉石粉能调理关节。", [MED]),
            ("这件红色款是本命年专属，穿着去野钓，水鬼不敢近身，保平安。", [SUP]),
            ("红色款就是个颜色，钓友们说穿红的招鱼，那是玩笑话，跟鱼获多少没关系。", [],
             T("imitates superstition: a joke about colour with an explicit denial of effect")),
            ("地滩上三十块的防晒衣，全是不透气的涤纶蒙的，穿着捂出一身痱子。", [DIS],
             H("地摊上三十块的防晒衣，全是不透气的涤纶蒙的，穿着捂出一身痱子。")),
            ("直播间上方那个观看人数是平台给的，今天来了三千多钓友，谢谢捧场。", [],
             T("imitates sales_data_claim: a platform-shown viewer counter")),
            ("没抢到的钓友丝聊我，给你拉进钓友团购群。", [OFF],
             H("没抢到的钓友私聊我，给你拉进钓友团购群。")),
            ("这是衣服不是防晒霜，露在外面的脸和手，该抹防晒还得抹。", [],
             T("imitates cosmetic_claim: says the garment is no sunscreen")),
            ("这个颜色只剩最后九十件了，手慢的钓友就只能空军。", [SAL]),
            ("钓友里有高血压的，穿它在太阳底下也不头晕，冰丝能给血管降温。", [MED]),
            ("我钓鱼十五年，最大的心愿就是钓友们在河边少受点罪，这件衣服还在一点点改。", [],
             T("imitates absolute_claim: the seller's aspiration")),
            ("别的防晒衣都是糊弄小白的，真正挡得住太阳的只有这一件。", [ABS, DIS]),
            ("页面没有划线价，也没写原价，一百二十八就是今天的售价，明天后天一样。", [],
             T("imitates price_claim: no reference price, no time pressure")),
        ],
    },
    # ------------------------------------------------------------------ w10
    {
        "id": "w10_counselorcourse",
        "product": "心理咨询师培训课",
        "style": "法庭庭审腔",
        "lines": [
            ("现在开庭，书记员宣读课程须知：第一阶段讲基础心理学，第二阶段讲咨询技能，最后阶段做案例督导。", [],
             T("imitates absolute_claim: order words for the course stages")),
            ("本庭宣布，学完颁发过家级心理咨询师证书，全国通用。", [ABS],
             H("本庭宣布，学完颁发国家级心理咨询师证书，全国通用。")),
            ("证人请看，往期学员考试通过率百分之九十八点七，全行业没人比得上。", [ABS, SAL]),
            ("拿了证出去开工作室，月入两万起步，本庭可以当庭担保。", [INV]),
            ("自己有抑郁症的学员，学完这门课，抑郁症就自己只好了，药都停了。", [MED],
             H("自己有抑郁症的学员，学完这门课，抑郁症就自己治好了，药都停了。")),
            ("本庭特别说明：本课程是职业培训，不是治疗，学员或家人有抑郁、焦虑症状的，请到医院精神心理科就诊。", [],
             T("imitates medical_claim: disease words only in a referral")),
            ("请证人陈述：家里孩子有自闭症的，家长学完自己就能给孩子做干预，半年就开口说话，不用去医院。", [MED]),
            ("现在举证：本场报名费两千九百八十。", [PRI], N(SPLIT)),
            ("线下机构同样的课程，收费1万2千8。", [PRI], N(SPLIT)),
            ("被告某某心理学院，那是野鸡机构，发的证书拿出去没人认，纯属诈骗。", [DIS]),
            ("辩护人提醒：证书只是学习证明，本课程不包就业，也不对结业后的收入作任何保证。", [],
             T("imitates investment_claim: explicitly no job or income promise")),
            ("本庭统计，到今天为止，一共陪养了五万七千名学员。", [SAL],
             H("本庭统计，到今天为止，一共培养了五万七千名学员。")),
            ("书记员记录：要内部报名名额的，加班主任微信，号是 xinli 九五二七，线下转账留名额。", [OFF]),
            ("报名费两千九百八十，一共六十课时，一课时不到五十块，教材费另收一百二，页面都列着。", [],
             T("imitates price_claim: a plain price with per-lesson arithmetic and itemised fees")),
            ("这是全国唯一一个能让零基础三个月就出师的课程，本庭宣判，没有第二家。", [ABS]),
            ("本庭补充：学完还能当我们的推广讲师，每拉一个学员报名返你八百，上不封顶。", [INV]),
            ("页面上显示的报名人数是平台按订单统计的，本庭不另作说明。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("两千九百八十的报名价到今晚二十三点休庭为止，休庭后恢复1万2千8。", [PRI]),
            ("湿棉、焦虑的学员，听完第一节课当晚就能睡着，比安眠药灵。", [MED],
             H("失眠、焦虑的学员，听完第一节课当晚就能睡着，比安眠药灵。")),
            ("本庭最大的追求，是把每一节课讲扎实，这个目标还在努力。", [],
             T("imitates absolute_claim: the seller's aspiration")),
            ("另一名被告某某在线的心理课，讲师都是没证的大学生，讲的内容全是抄的。", [DIS]),
            ("跟某某教育的课比，人家是线下面授，咱们是线上直播，人家贵一些，大家按自己时间选。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("当庭告知：这一期只剩最后十七个名额，报满了就关通道。", [SAL]),
            ("想插班的同学，进我们的学员群，群里司下缴费，名额先给你锁上。", [OFF],
             H("想插班的同学，进我们的学员群，群里私下缴费，名额先给你锁上。")),
            ("缴费只走平台订单，任何老师让你私下转账的，请当庭拒绝，直接向平台举报。", [],
             T("imitates offsite_trade: a warning against private payment")),
            ("这是所有证书里最值钱的一本，学费三个月就挣回来了。", [ABS, INV]),
            ("本课程不能诊断和治疗任何心理疾病，学员结业后也不能开药。", [],
             T("imitates medical_claim: a no-treatment statement")),
            ("本庭认定：报名就等于端上了铁饭碗，证书在手，一辈子有钱挣，只赚不亏。", [INV]),
            ("肃静，下面是最后一项：请各位在报名前看完课程大纲和退费规则。", [],
             T("imitates absolute_claim: 最后 only orders the items")),
            ("本案事实清楚：学完的学员给我们的好评率百分之百，一个差评都没有。", [SAL]),
        ],
    },
    # ------------------------------------------------------------------ w11
    {
        "id": "w11_cemetery",
        "product": "公墓墓位",
        "style": "诗朗诵腔",
        "lines": [
            ("啊，朋友，清明时节，祭扫是我们的习俗，是思念，不是求福求财，墓位本身也不会给谁带来好运。", [],
             T("imitates superstition: a custom with an explicit denial of any effect")),
            ("啊，这一方墓位，它的价格纸涨不跌，像青山一样永不低头。", [INV],
             H("啊，这一方墓位，它的价格只涨不跌，像青山一样永不低头。")),
            ("这片山坡是风水宝地，前有流水后有靠山，先人安葬于此，庇佑子孙代代做官。", [SUP]),
            ("十年前八万的墓位，今天已经卖到三十五万，再过五年，翻上一番不在话下。", [INV]),
            ("这是整个华东风水最好的一块墓园，葬在这里的人家，后代个个出息。", [ABS, SUP]),
            ("朋友，我必须诚实地朗读：墓位是用于安葬的，不是投资品，我们不承诺它将来的价格，也不回购。", [],
             T("imitates investment_claim: an explicit not-an-investment disclaimer")),
            ("把钱放进这片土地，比存银行稳，比炒股稳，宝本保值。", [INV],
             H("把钱放进这片土地，比存银行稳，比炒股稳，保本保值。")),
            ("啊，那城东陵园的同等墓位，价目牌上写着二十八万八。", [PRI], N(SPLIT)),
            ("而在今夜的直播间，只需十六万八千。", [PRI], N(SPLIT)),
            ("啊，城西那几处公墓，说是陵园，其实是乱坟岗改的，地下全是积水。", [DIS]),
            ("墓位售价十六万八千，管理费每年三百六，一次交二十年是七千二，都写在合同里。", [],
             T("imitates price_claim: a plain price and itemised fees with arithmetic")),
            ("春风啊，今年春天到现在，这片园区已经认购了两千六百个穴位。", [SAL]),
            ("家人葬在这儿，后代升官发才，是祖坟冒青烟的那种旺。", [SUP],
             H("家人葬在这儿，后代升官发财，是祖坟冒青烟的那种旺。")),
            ("朋友，想看内部墓位的，请加园区顾问的微信，mu 一三一四，私下带您看地。", [OFF]),
            ("最近这场春雨过后，园区步道刚修完，周末可以预约实地看。", [],
             T("imitates absolute_claim: 最近 is a time word")),
            ("这是本市连续六年销量第一的陵园，全城的人都选这里。", [ABS, SAL]),
            ("朋友啊，买两个，一个自用，一个留着转手，三年以后至少多赚十万。", [INV]),
            ("朋友，签约与付款都在园区服务中心或平台订单里进行，请不要向任何个人账户转账。", [],
             T("imitates offsite_trade: a warning against private payment")),
            ("听啊，每一块墓碑都请法师开过光，先人安息，家宅自然平安兴旺。", [SUP]),
            ("今夜的价格只停留到零点的钟声，钟声响过，回到二十八万八。", [PRI]),
            ("墓位不具备投资属性，任何宣传声值的说法，请您都不要相信。", [],
             T("imitates investment_claim: 升值 is named only to warn against it",
               said="墓位不具备投资属性，任何宣传升值的说法，请您都不要相信。")),
            ("那些网上卖的便宜墓地，都是违规的小产全，过几年就被推平。", [DIS],
             H("那些网上卖的便宜墓地，都是违规的小产权，过几年就被推平。")),
            ("啊，朝南的那一排只剩最后十一个穴位了，错过就再也没有。", [SAL]),
            ("园区里最高的一排在海拔八十米，最低的一排在四十米，这是测绘图上的数字。", [],
             T("imitates absolute_claim: 最高 / 最低 are provable place-bound facts")),
            ("请扫描屏幕上的二维码近群，群里私下接龙预订。", [OFF],
             H("请扫描屏幕上的二维码进群，群里私下接龙预订。")),
            ("这是全省最旺子孙的一块龙脉，别处的风水都比不上。", [ABS, SUP]),
            ("有人问立碑要不要选日子，那是各家的习俗，园区不推荐也不收择日的钱，选哪天都不影响什么。", [],
             T("imitates superstition: a custom mentioned with an explicit denial of effect")),
            ("岁月啊，投资墓位，零风险，跑赢通胀，这是留给子孙的另一份存款。", [INV]),
            ("页面上显示的预约看墓人数由平台统计，我们不作另外的说明。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("与城东陵园相比，他们离市区更近，我们的绿化面积更大，请您实地看过再决定。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
        ],
    },
    # ------------------------------------------------------------------ w12
    {
        "id": "w12_oilpainting",
        "product": "原创油画",
        "style": "拍卖师腔",
        "lines": [
            ("各位竞买人，今晚一号拍品，布面油画，八十乘六十公分，起拍价三千八，每口加价两百。", [],
             T("imitates price_claim: a starting price and bid step, no reference price")),
            ("这幅画现在入手，三年生值空间至少三倍。", [INV],
             H("这幅画现在入手，三年升值空间至少三倍。")),
            ("各位竞买人，他是当代中国最伟大的风景画家，没有人能出其右。", [ABS]),
            ("我们承诺三年后原价加百分之五十回购，保本还能赚。", [INV]),
            ("这幅金色麦田挂在客厅财位，照财纳福，生意一年比一年旺。", [SUP],
             H("这幅金色麦田挂在客厅财位，招财纳福，生意一年比一年旺。")),
            ("拍卖师必须提醒：艺术品价格有涨有跌，收藏有风险，本场不承诺任何升值和回购。", [],
             T("imitates investment_claim: a collecting-risk disclaimer")),
            ("场内各位，这位画家的作品，去年在我们直播间成交了一千二百多幅。", [SAL]),
            ("这幅画，画廊里的标价是2万6千8。", [PRI], N(SPLIT)),
            ("今晚落槌价四千二，一次，两次，三次，成交！", [PRI], N(SPLIT)),
            ("提醒场内：网上那些几百块的油画，全是流水线印刷再刷一层油，骗外行的。", [DIS]),
            ("这位画家的作品在线上艺术品成交榜上，连续四年第一。", [ABS, SAL]),
            ("本场拍品最大的一幅是一米二乘八十，最小的是三十乘四十，尺寸都写在证书上。", [],
             T("imitates absolute_claim: 最大 / 最小 are the lots' own sizes")),
            ("需要看原作的竞买人，加拍卖行顾问唯信，私下带您去画室。", [OFF],
             H("需要看原作的竞买人，加拍卖行顾问微信，私下带您去画室。")),
            ("画作下方的围观人数是平台统计的，拍卖师不作任何解释。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("举牌的各位，买画就是买一份不会缩水的资产，比黄金还保值，稳稳的。", [INV]),
            ("二号拍品，这幅森林挂在卧室，每天看半小时，抑郁症都能缓过来，比吃药管用。", [MED]),
            ("四千二的价格只有今晚，明天画作回到画廊，恢复2万6千8。", [PRI]),
            ("今天的最后一件拍品，是画家最早期的一幅习作，创作于二零一二年。", [],
             T("imitates absolute_claim: 最后 / 最早 are order and time words")),
            ("三号拍品，这幅画经高人开过光，挂上就镇宅辟邪，家里小人退散。", [SUP]),
            ("画上的锦鲤只是题材，不是什么招财的吉祥物，拍卖师不讲那些说法。", [],
             T("imitates superstition: 招财 is named only to deny it")),
            ("就剩嘴后三幅，拍完这位画家今年就封笔了。", [SAL],
             H("就剩最后三幅，拍完这位画家今年就封笔了。")),
            ("场内注意，某某画廊卖的所谓原作，鉴定过，一半是学生代笔，假得离谱。", [DIS]),
            ("跟某某画廊的同尺寸作品比，他们的画家资历更老，价位更高，我们的更适合入门收藏。", [],
             T("imitates disparagement: a neutral comparison that concedes points to the rival")),
            ("画款可以直接转到画家本人的银行卡，卡号私信发你，省一道手续费。", [OFF]),
            ("请各位竞买人注意，成交款只通过平台订单支付，拍卖师不会私信收款。", [],
             T("imitates offsite_trade: platform-only payment")),
            ("在所有收藏门类里，这是收益绿最高的一类，闭着眼买都赚。", [ABS, INV],
             H("在所有收藏门类里，这是收益率最高的一类，闭着眼买都赚。")),
            ("本场没有划线价，也不报什么原价，起拍价是多少，页面就写多少。", [],
             T("imitates price_claim: explicitly no reference price")),
            ("举过牌的老藏家，九成都是第二次、第三次来我们这儿拍的。", [SAL]),
            ("这幅画比画家本人去年那一幅用色更大胆，这是跟他自己的旧作比。", [],
             T("imitates absolute_claim: comparison with the painter's own earlier work")),
            ("落槌之前说一句，全世界的画家里头，画麦田他排第一，梵高都得让位。", [ABS]),
        ],
    },
    # ------------------------------------------------------------------ w13
    {
        "id": "w13_rcplane",
        "product": "儿童遥控飞机",
        "style": "航天发射指挥腔",
        "lines": [
            ("各号注意，各号注意，现在进行第一项检查：螺旋桨；第二项：电池仓；最后一项：遥控器配对。", [],
             T("imitates absolute_claim: 第一项 / 最后一项 are order words")),
            ("自必症的孩子天天放飞机，三个月就愿意跟人说话了，比康复机构管用。", [MED],
             H("自闭症的孩子天天放飞机，三个月就愿意跟人说话了，比康复机构管用。")),
            ("这是儿童飞机里的航天级产品，地球上没有飞得比它更稳的玩具。", [ABS]),
            ("近视的孩子每天盯着天上的飞机看半小时，一个暑假度数降一百五，不用再配新眼镜。", [MED]),
            ("某某玩具的飞机，电池是翻新的黑电新，充着充着就鼓包起火。", [DIS],
             H("某某玩具的飞机，电池是翻新的黑电芯，充着充着就鼓包起火。")),
            ("玩具飞机就是玩具，孩子视力下降、注意力不集中，请去医院眼科或儿童保健科看看，它治不了。", [],
             T("imitates medical_claim: a referral and a no-cure statement")),
            ("发射成功！这款飞机上线四个月，已经飞进了十六万个家庭。", [SAL]),
            ("商场玩具柜台标三百二十九，直播间发射价八十九，直接降了两百四。", [PRI]),
            ("多玩飞机能治孩子的注意力缺陷，不用再吃那个专注力的药。", [MED]),
            ("飞行参数：最远遥控距离八十米，最长续航十二分钟，最高限高三十米，这是说明书上的规格。", [],
             T("imitates absolute_claim: 最远 / 最长 / 最高 are the toy's own specification")),
            ("遥控玩具类目销量连续十四个月递一，没有中断过。", [ABS, SAL],
             H("遥控玩具类目销量连续十四个月第一，没有中断过。")),
            ("每架飞机出厂前都在寺里开过光，挂个小平安符在机翼上，保佑孩子出入平安。", [SUP]),
            ("各号注意，想要整箱批发的，加指挥员微信 feiji 五五八，私下走货。", [OFF]),
            ("八十九一架，备用电池二十九一块，加一块电池就是一百一十八，页面上写得清清楚楚。", [],
             T("imitates price_claim: an itemised plain price with arithmetic")),
            ("这款限量航天涂装，全球就三千架，留着三年，转手至少翻五倍。", [INV]),
            ("限量涂装是说这个配色只做一批，不代表会值钱，买来给孩子玩就好，别当理财。", [],
             T("imitates investment_claim: limited edition explicitly not an investment")),
            ("倒计时开始，八十九的价只到这枚火箭入轨，入轨以后回到三百二十九。", [PRI]),
            ("地摊上三四十块的遥控飞机，外壳是废旧电器里拆的塑料，一摔就碎，碎片扎伤过好多孩子。", [DIS]),
            ("直播间下方的卖出数量是平台系统显示的，指挥大厅不另外报数。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("孩子在户外放飞机，一个冬天留感、支气管炎都没得过，比打疫苗还管用。", [MED],
             H("孩子在户外放飞机，一个冬天流感、支气管炎都没得过，比打疫苗还管用。")),
            ("买过的家长，八成又回来给孩子的同学朋友买了一架。", [SAL]),
            ("跟某某牌的飞机比，人家续航长三分钟，咱们多一个一键返航，价格差二十块，各位按需要挑。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("市面上所有儿童飞机，只有我们是真正的航天标准，其他全是不合格的山寨货。", [ABS, DIS]),
            ("每一架都想调校到最稳，这是我们飞控组给自己定的规矩，做不到就不出厂。", [],
             T("imitates absolute_claim: a service attitude, not a comparison")),
            ("指挥大厅有个家长群，金群私聊指挥员，团购价另算。", [OFF],
             H("指挥大厅有个家长群，进群私聊指挥员，团购价另算。")),
            ("一级分离，本批次只剩最后一百八十架，卖完工厂停产。", [SAL]),
            ("机身上的五角星就是个涂装，不是护身符，报佑不了什么。", [],
             T("imitates superstition: a picture with an explicit denial of any protection",
               said="机身上的五角星就是个涂装，不是护身符，保佑不了什么。")),
            ("孩子天天跑着追飞机，个子一年多长五公分，缺钙都补回来了。", [MED]),
            ("不想在平台下单的，扫我屏幕上的收款码，直接付给指挥员本人。", [OFF]),
            ("任务收尾提醒：电池充满最好拔掉，别过夜充，雨天别飞。", [],
             T("imitates absolute_claim: 最好 is usage advice")),
        ],
    },
    # ------------------------------------------------------------------ w14
    {
        "id": "w14_curtain",
        "product": "遮光窗帘",
        "style": "班主任训话腔",
        "lines": [
            ("同学们坐好，我说两句，第一，窗帘尺寸要量准，第二，挂钩要数清，最后，下单前看好颜色。", [],
             T("imitates absolute_claim: 第一 / 第二 / 最后 only order the points")),
            ("失眠好多年的家长，换上这窗帘，一觉睡到天亮，安棉药都能停。", [MED],
             H("失眠好多年的家长，换上这窗帘，一觉睡到天亮，安眠药都能停。")),
            ("这是窗帘里的尖子生，全年级第一，没有哪个班的能考过它。", [ABS]),
            ("孩子近视的家长注意，挂上它，屋里光线柔和，近视度数半年降一百度。", [MED]),
            ("窗户正对着马路的，挂上它能当煞，家里吵架都少了。", [SUP],
             H("窗户正对着马路的，挂上它能挡煞，家里吵架都少了。")),
            ("这款遮光率检测是百分之九十九，遮光等级是一级，检测报告在详情页第三张。", [],
             T("imitates absolute_claim: a tested rating and grade of the product itself")),
            ("上学期到现在，这窗帘卖出去七万六千米，全班家长都在用。", [SAL]),
            ("家居卖场里这种遮光窗帘，一米标价一百九十八。", [PRI], N(SPLIT)),
            ("咱们班内价，一米四十九，下不为例。", [PRI], N(SPLIT)),
            ("有些同学家里买的某某布艺窗帘，涂层里全是甲醛，挂一个月孩子就咳嗽。", [DIS]),
            ("孩子睡不好、老做噩梦的，窗帘只管挡光，真有问题请带孩子去医院看看。", [],
             T("imitates medical_claim: a referral, no effect on sleep claimed")),
            ("我说个事，孕妇挂上这窗帘，面料里的银纤维能挡辐射，保胎防流产。", [MED]),
            ("想要团购价的家长，加我唯鑫，家长会后私下算账。", [OFF],
             H("想要团购价的家长，加我微信，家长会后私下算账。")),
            ("一米四十九，普通窗户三米宽要六米布，就是二百九十四，加工费页面上写着免了。", [],
             T("imitates price_claim: a plain price with per-metre arithmetic")),
            ("家居类目好平榜上，它三年一直排第一，回回考满分。", [ABS, SAL],
             H("家居类目好评榜上，它三年一直排第一，回回考满分。")),
            ("耽误大家两分钟：这窗帘能吸甲醛，新装修的房子挂上，白血病就找不上孩子。", [MED]),
            ("跟某某布艺的比，人家花色多，咱们颜色少一点但更厚，大家按自己家装修挑。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("四十九只到今晚熄灯，熄灯以后一米回到一百九十八。", [PRI]),
            ("最后只剩三百二十米库存了，值日生说卖完这个花色就停产。", [SAL]),
            ("课代表说，页面上那个收藏人数是平台算的，老师没法改，也不会拿它说事。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("有些家长贪便宜，网上二三十块一米的窗帘，都是拿化工废料涂的黑胶，晒两天就裂成渣。", [DIS]),
            ("想做副业的家长，加盟我们的窗帘店，老师保证一年回本，第二年净赚二十万。", [INV]),
            ("同学们记住，买窗帘只在直播间拍，有人冒充老师收定金，一律别理。", [],
             T("imitates offsite_trade: a warning against impostors and private payment")),
            ("这窗帘的花纹是按风水画的，挂在卧室招财旺运，孩子考试也能考好。", [SUP]),
            ("窗帘上绣的祥云就是个花纹，有家长问能不能保孩子考好，我说清楚，不能，好好学才行。", [],
             T("imitates superstition: a pattern with an explicit denial of effect")),
            ("没抢到的家长，进家长会团够群，群里私下收定金。", [OFF],
             H("没抢到的家长，进家长会团购群，群里私下收定金。")),
            ("这款窗帘的布比咱们家前年那款厚了一层，这是跟自家老款比。", [],
             T("imitates absolute_claim: self-comparison with the brand's own older product")),
            ("早自习前说一下，有偏头痛的家长，屋里一暗，头就不疼了，比吃止疼药强。", [MED]),
            ("窗帘不能治失眠，睡不着的去医院睡眠门诊，别指望一块布。", [],
             T("imitates medical_claim: a disease named only in a denial with a referral")),
            ("这一届窗帘里，它是我带过最优秀的，其他的都不及格。", [ABS]),
        ],
    },
    # ------------------------------------------------------------------ w15
    {
        "id": "w15_almanac",
        "product": "老黄历",
        "style": "电商客服腔",
        "lines": [
            ("亲亲您好，这边是小客服，这本黄历是传统民俗读物，记的是节气和老讲究，不保证任何吉凶，您当文化看就好哦。", [],
             T("imitates superstition: a folk book sold with an explicit denial of any effect")),
            ("亲，照着这本黄历挑日子开业，保证才源滚滚，开张就旺。", [SUP],
             H("亲，照着这本黄历挑日子开业，保证财源滚滚，开张就旺。")),
            ("犯太岁的亲，黄历里夹着一张化太岁的符，贴在床头一年顺顺当当。", [SUP]),
            ("亲亲，这是全国最准的一本黄历，别家的都没我们准哦。", [ABS]),
            ("这本黄历出版前在道观凯过光，放在家里能转运。", [SUP],
             H("这本黄历出版前在道观开过光，放在家里能转运。")),
            ("亲，黄历是十六开，最厚的精装版三百二十页，最薄的简装版一百六十页，详情页都写着。", [],
             T("imitates absolute_claim: 最厚 / 最薄 are the product's own editions")),
            ("这本黄历今年已经卖出去二十三万本了哦，亲。", [SAL]),
            ("亲亲，书店里这本精装版标价一百六十八，咱们这边只要三十九，便宜了一百多。", [PRI]),
            ("家里有人要做手术的，照黄历挑个宜动刀的日子，手术保准成功，恢复得也快哦。", [MED, SUP]),
            ("精装版三十九，简装版十九块九，两本一起五十五，页面上就这几个价，亲。", [],
             T("imitates price_claim: plain prices of the editions")),
            ("某某出版社那本黄历，日子都印挫了，照着办事要出事的，亲千万别买。", [DIS],
             H("某某出版社那本黄历，日子都印错了，照着办事要出事的，亲千万别买。")),
            ("想脱单的亲，翻到桃花那一页，照着日子穿红衣服出门，一个月准有对象。", [SUP]),
            ("亲，要批量进货的话，加小客服的私人微信，微信号 huangli 二零二七，私下给您报价。", [OFF]),
            ("亲，咱们只在平台上售卖，有人私下让您加微信转账买黄历，那不是我们，请您举报哦。", [],
             T("imitates offsite_trade: a warning against private payment")),
            ("收藏版黄历限量编号，亲现在买，五年后拍卖至少翻十倍，稳赚的。", [INV]),
            ("收藏版只是编号装帧好看一点，以后值不值钱没人说得准，小客服不敢跟亲打包票。", [],
             T("imitates investment_claim: a collecting disclaimer")),
            ("亲，这本黄历在图书唱销榜上挂了六年，年年第一。", [ABS, SAL],
             H("亲，这本黄历在图书畅销榜上挂了六年，年年第一。")),
            ("三十九的活动价只到今天二十三点五十九分，过了时间就恢复一百六十八了哦。", [PRI]),
            ("亲，黄历最前面是节气表，最后面是常用的老规矩，前面有目录。", [],
             T("imitates absolute_claim: 最前面 / 最后面 are place words inside the book")),
            ("生意不好的亲，把这本黄历摆在收银台旁边，招财挡小人，一摆就灵。", [SUP]),
            ("进我们的黄历胶流群，群里师傅私下帮您看日子，收个红包就行。", [OFF],
             H("进我们的黄历交流群，群里师傅私下帮您看日子，收个红包就行。")),
            ("网上那些免费的电子黄历，都是外行瞎编的，照着结婚的都离了。", [DIS]),
            ("跟某某出版社的黄历比，人家字大一点，适合老人看，咱们的插图多一点，亲按需要挑哦。", [],
             T("imitates disparagement: a neutral comparison with a named rival")),
            ("亲，精装版只剩最后八百本了，这批是开过光的，印完明年才有。", [SAL, SUP]),
            ("亲，页面上显示的销量是平台统计的，小客服不另外报数哦。", [],
             T("imitates sales_data_claim: a platform-shown counter")),
            ("买过的亲，五星好评占了百分之九十九点三哦。", [SAL]),
            ("亲亲，黄历只是参考，不能帮您赚运，也化解不了什么，小客服说的都是实话。", [],
             T("imitates superstition: 转运 is named only to deny it",
               said="亲亲，黄历只是参考，不能帮您转运，也化解不了什么，小客服说的都是实话。")),
            ("这本黄历是几百年来最灵的一本，照着办的亲，家里都顺了。", [ABS, SUP]),
            ("亲，我们不会说什么马上涨价，这个价格会一直挂到年底的。", [],
             T("imitates price_claim: refuses to threaten a rise")),
            ("五本一起收的亲，明年我们按原价回购，还多给两成，亲放心存着。", [INV]),
        ],
    },
]


def fail(msg):
    sys.exit("validation error: " + msg)


def validate():
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        fail("duplicate session id")
    for i, sid in enumerate(ids, 1):
        if not sid.startswith(f"w{i:02d}_") or len(sid) <= 4:
            fail(f"session {i} has id {sid!r}, expected w{i:02d}_<slug>")
    products = [s["product"] for s in SESSIONS]
    if len(set(products)) != len(products):
        fail("duplicate product type")
    styles = [s["style"] for s in SESSIONS]
    if len(set(styles)) != len(styles):
        fail("duplicate speaking style")

    per_cat = {c: 0 for c in CATEGORIES}
    seen = {}
    for s in SESSIONS:
        sid = s["id"]
        lines = s["lines"]
        if len(lines) != UTTS:
            fail(f"{sid}: {len(lines)} lines, expected {UTTS}")
        viol = traps = 0
        split_flags = []
        for n, entry in enumerate(lines, 1):
            if len(entry) not in (2, 3):
                fail(f"{sid} line {n}: malformed entry")
            text, labels = entry[0], entry[1]
            extra = entry[2] if len(entry) == 3 else {}
            where = f"{sid} line {n}"
            if not isinstance(text, str) or not text.strip():
                fail(f"{where}: empty text")
            for lab in labels:
                if lab not in CATEGORIES:
                    fail(f"{where}: unknown category {lab!r}")
            if len(set(labels)) != len(labels):
                fail(f"{where}: duplicate label")
            if set(extra) - {"trap", "note", "said"}:
                fail(f"{where}: unexpected keys {sorted(set(extra) - {'trap', 'note', 'said'})}")
            if "said" in extra:
                said = extra["said"]
                if not isinstance(said, str) or not said.strip():
                    fail(f"{where}: empty said")
                if said == text:
                    fail(f"{where}: said equals text")
            is_trap = extra.get("trap", False)
            note = extra.get("note")
            if is_trap:
                traps += 1
                if labels:
                    fail(f"{where}: trap carries labels")
                if not note:
                    fail(f"{where}: trap without note")
                head = note.split(":")[0].split()
                if len(head) < 2 or head[0] != "imitates" or head[1] not in CATEGORIES:
                    fail(f"{where}: trap note must start 'imitates <category>'")
                split_flags.append(False)
            else:
                if not labels:
                    fail(f"{where}: line is neither violating nor trap")
                viol += 1
                for lab in labels:
                    per_cat[lab] += 1
                if note is not None:
                    if note != SPLIT:
                        fail(f"{where}: a violating line may carry only the split-price note")
                    if PRI not in labels:
                        fail(f"{where}: split-price half without price_claim")
                    split_flags.append(True)
                else:
                    split_flags.append(False)
            keys = [text]
            if "said" in extra:
                keys.append(extra["said"])
            for k in keys:
                if k in seen and seen[k] != (sid, n):
                    fail(f"duplicate line {k!r} in {sid} and {seen[k][0]}")
                seen[k] = (sid, n)
        if viol != VIOL or traps != TRAPS:
            fail(f"{sid}: {viol} violating / {traps} traps, expected {VIOL} / {TRAPS}")
        # split halves must come in adjacent pairs (runs of exactly two)
        i = 0
        while i < len(split_flags):
            if split_flags[i]:
                j = i
                while j < len(split_flags) and split_flags[j]:
                    j += 1
                if j - i != 2:
                    fail(f"{sid}: split price run of {j - i} lines at line {i + 1}")
                i = j
            else:
                i += 1
    for c in CATEGORIES:
        if per_cat[c] < MIN_PER_CATEGORY:
            fail(f"category {c} on only {per_cat[c]} lines (< {MIN_PER_CATEGORY})")


def build_session(s):
    utts = []
    t = 1.0
    end = t
    for entry in s["lines"]:
        text, labels = entry[0], entry[1]
        extra = entry[2] if len(entry) == 3 else {}
        start = round(t, 2)
        dur = max(1.5, 0.22 * len(text))
        end = round(start + dur, 2)
        u = {
            "start": start,
            "end": end,
            "text": text,
            "labels": list(labels),
            "ignore": False,
            "trap": bool(extra.get("trap", False)),
        }
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    return {
        "id": s["id"],
        "duration": round(end + 1.0, 2),
        "format": "text",
        "product": s["product"],
        "utterances": utts,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    validate()
    products = [s["product"] for s in SESSIONS]

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
