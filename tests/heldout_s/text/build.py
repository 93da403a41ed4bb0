#!/usr/bin/env python3
"""Held-out evaluation set S for liveaudit (text-only transcripts).

Written 2026-12 by a helper session from the law and the spec only (shared/spec/RULES.md,
shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine was run on it. Format:
tests/heldout_n/text/README.md and the helper and printing code of
tests/heldout_n/text/build.py (lines 1-65 and 828-894) were the only references (heldout_n's
SESSIONS data was not read; no line of any other set was used or paraphrased).

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                           violating (or neutral when labels == [])
  ("text", [labels], N("note"))                violating with a note (split price comparison)
  ("text", [], T("note"))                      trap: lawful line that looks like a violation
  ("heard", [labels], H("said"))               Whisper mishearing; labels describe `said`
  ("heard", [labels], H("said", note="..."))   misheard half of a split price comparison
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

MIN_UTTS, MAX_UTTS = 30, 30


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

SESSIONS = [
    # ------------------------------------------------------------------ s01
    {"id": "s01_gegenfen", "product": "葛根粉", "lines": [
        ("乡党们好，额是头一回在这平台开播，说得不利索了多担待。", [],
         T("imitates absolute_claim: order word 头一回 (= 第一次), the host's first broadcast, no ranking")),
        ("额给乡党们谝一哈，这葛根粉冲一碗喝下去，喝酒的人第二天胃不烧，酒精肝都给你养好咧。", [MED]),
        ("雪压高的老汉，天天早上咥一碗，降压的药片慢慢就能撂下咧，额屋里老爷子就是这么弄的。", [MED],
         H("血压高的老汉，天天早上咥一碗，降压的药片慢慢就能撂下咧，额屋里老爷子就是这么弄的。")),
        ("葛根粉得先拿凉水化开，再拿滚水一冲，这么冲最好，不起疙瘩。", [],
         T("imitates absolute_claim: 最好 is a preparation tip (usage advice), not a comparison")),
        ("咱这葛根粉是秦岭山里独一份的野葛，全中国你寻遍了也碰不上一样的。", [ABS]),
        ("超市货架上五百克一罐标的八十八，", [PRI], N(SPLIT)),
        ("额今儿个直播间39块9，两罐再减十块，嫽扎咧！", [PRI], N(SPLIT)),
        ("一罐三十九块九，五百克，算下来一百克不到八块钱。", [],
         T("imitates price_claim: plain price with per-weight arithmetic, no reference price or promise")),
        ("低头族的经椎病，喝上一个月，脖子转得溜溜的，经椎病就好咧。", [MED],
         H("低头族的颈椎病，喝上一个月，脖子转得溜溜的，颈椎病就好咧。")),
        ("糖尿病人也能放心喝，喝了血糖蹭蹭往下掉，美得很。", [MED]),
        ("一点副作用都没有，碎娃、老人、怀娃的婆娘随便喝，额拿人头担保。", [MED]),
        ("喝够三罐还降不下来血糖，额一分不少退给你。", [MED]),
        ("葛根粉是吃食，不是药，有高血压的该吃药还得吃药，莫停。", [],
         T("imitates medical_claim: disease word in a warning; denies any drug effect and says keep taking medicine")),
        ("冲饮榜上咱一直压在最上头，从来没下来过。", [ABS, SAL]),
        ("过了今晚十二点，这个价就没了，明早起恢复六十八。", [PRI]),
        ("这价是全网最低，你要寻着比额便宜的，额倒贴差价。", [ABS, PRI]),
        ("肠胃弱的人第一次喝少冲点，喝了胃不舒服就停，赶紧寻大副看。", [],
         T("imitates medical_claim / absolute_claim: order word 第一次 plus advice to see a doctor; no efficacy claimed",
           said="肠胃弱的人第一次喝少冲点，喝了胃不舒服就停，赶紧寻大夫看。")),
        ("去年一冬天卖出去四万八千罐，回头客占了一大半。", [SAL]),
        ("库房就剩最后九十罐咧，克里马擦下单，手慢就没咧。", [SAL]),
        ("今年这批葛根比额家去年挖的粗，出粉率高了一截。", [],
         T("imitates absolute_claim: self-comparison with the seller's own previous harvest")),
        ("想要整箱批发的，加额威信，威信号是秦岭葛根六六八。", [OFF],
         H("想要整箱批发的，加额微信，微信号是秦岭葛根六六八。")),
        ("私信额留个地址，额自己打包寄，不走平台，比直播间还便宜五块。", [OFF, PRI]),
        ("商品页上显示卖了多少罐是平台统计的，额不给你瞎报数。", [],
         T("imitates sales_data_claim: points to the platform-shown counter and states no own figure")),
        ("别家那葛根粉，一搭子都是红薯淀粉掺的，瓜松才买。", [DIS],
         H("别家那葛根粉，一搭子都是红薯淀粉掺的，瓜怂才买。")),
        ("隔壁直播间那个卖葛根的，粉里头加了漂白剂，喝了伤肝。", [DIS]),
        ("某某牌的葛根粉也是正经厂子出的，人家加了桂花，额家的啥都不加，各人看口味挑。", [],
         T("imitates disparagement: neutral comparison with a named rival, nothing negative said")),
        ("想当代理的乡党，拿货五千，额保你一个月净挣一万，挣不下额补给你。", [INV]),
        ("更年期的婆娘喝了，潮热出汗、睡不着觉全都治住咧。", [MED]),
        ("额就想着把秦岭山里的好东西卖出去，叫乡党们日子过得最滋润，这还差得远。", [],
         T("imitates absolute_claim: the seller's aspiration; 最 describes a hope, not the product")),
        ("这是额这个月最后一场直播，下个月收了麦再来跟乡党们谝。", [],
         T("imitates sales_data_claim / price_claim: order word 最后一场 about the schedule, tied to no price or stock")),
    ]},
    # ------------------------------------------------------------------ s02
    {"id": "s02_shibing", "product": "柿饼", "lines": [
        ("喂喂，试音，试音，这是今年合作社第一次在网上卖是饼。", [],
         T("imitates absolute_claim: order word 第一次, the cooperative's first online sale, no ranking",
           said="喂喂，试音，试音，这是今年合作社第一次在网上卖柿饼。")),
        ("各位村民注意了，咱村合作社的柿饼，那是全县最甜的，哪个村都比不上。", [ABS]),
        ("柿饼上这层白霜，能治咳嗽、化痰，老蛮支咳了一冬的，吃上半个月就不咳了。", [MED],
         H("柿饼上这层白霜，能治咳嗽、化痰，老慢支咳了一冬的，吃上半个月就不咳了。")),
        ("便秘的、字疮出血的，天天吃两个柿饼，比吃药管用。", [MED],
         H("便秘的、痔疮出血的，天天吃两个柿饼，比吃药管用。")),
        ("柿饼最好别空着肚子吃，也别跟螃蟹一块儿吃，这是老辈人传下来的吃法。", [],
         T("imitates absolute_claim: 最好 is an eating tip (usage advice), not a comparison")),
        ("咱大队部王会计高压一百七，天天吃柿饼，一个月降到一百三。", [MED]),
        ("脖子上长了甲状腺结节的，常吃柿饼也能给消下去，这是老辈人的方子。", [MED]),
        ("娃娃吃了不上火、不积食，一年到头不感冒不发烧。", [MED]),
        ("有糖尿病的乡亲，柿饼甜，您少吃或者别吃，先问问大夫。", [],
         T("imitates medical_claim: disease word in a warning against eating the product")),
        ("吃多少都没坏处，保证没有一点副作用，老人娃娃都随便吃。", [MED]),
        ("城里超市的礼盒柿饼，一斤标着四十五，", [PRI], N(SPLIT)),
        ("咱村直播间9块9一斤，五斤包邮，再广播一遍，九块九！", [PRI], N(SPLIT)),
        ("一箱三斤，一斤九块九，一箱就是二十九块七，运费合作社出。", [],
         T("imitates price_claim: plain price with per-jin arithmetic, no reference price")),
        ("这价就到今儿后晌晒场收工，收了工就回复二十九一斤。", [PRI],
         H("这价就到今儿后晌晒场收工，收了工就恢复二十九一斤。")),
        ("全网找不着比咱更便宜的柿饼，谁家比咱便宜，村委会给你补差价。", [ABS, PRI]),
        ("柿饼不是药，咳嗽厉害了还得上卫生院。", [],
         T("imitates medical_claim: not-a-medicine statement, sends coughing buyers to a clinic")),
        ("去年腊月一个月，合作社发出去一万九千六百箱，城里人回头买的占七成。", [SAL]),
        ("晒场上就剩最后六十来箱了，卖完今年就没了。", [SAL]),
        ("干果榜上就没见咱下过第一，天天挂在最上头。", [ABS, SAL]),
        ("网上好评九千八百多条，一条差评都没有。", [SAL]),
        ("咱这柿子今年个头比去年的大，霜也出得比去年厚。", [],
         T("imitates absolute_claim: self-comparison with the cooperative's own last crop")),
        ("要得多的，打大队部电话，幺三八、二六四五、九九一七，支书亲自给你发。", [OFF]),
        ("进咱村的相亲团购群，群里比直播间每箱再便宜八块。", [OFF, PRI],
         H("进咱村的乡亲团购群，群里比直播间每箱再便宜八块。")),
        ("村口老槐树上挂红布条是咱这儿的老习俗，图个喜庆，跟柿饼好坏没关系。", [],
         T("imitates superstition: folk custom named with an explicit denial of any effect")),
        ("集上那些外地柿饼，都是硫磺熏出来的，吃了烂肠子。", [DIS]),
        ("某某果业的柿饼，拿糖精水泡过，那白霜是撒上去的淀粉。", [DIS]),
        ("这柿饼是在村里老庙前头晒的，沾了神仙的灵气，吃了事事如意保平安。", [SUP]),
        ("平台页面上显示卖了多少箱，是平台自己算的，咱不往上加。", [],
         T("imitates sales_data_claim: platform-shown counter, no own figure")),
        ("柿饼冻在冰箱里能放到来年开春，吃之前缓上十分钟最好。", [],
         T("imitates absolute_claim: storage and serving tip (最好 as usage advice)")),
        ("这是咱今年冬天直播的最后一天，明天大伙都去修水渠，广播完毕。", [],
         T("imitates price_claim / sales_data_claim: time word 最后一天 about the schedule, tied to no price or stock")),
    ]},
    # ------------------------------------------------------------------ s03
    {"id": "s03_vitaminb", "product": "B族维生素片", "lines": [
        ("先把需求说清楚：这是保健食品，批准的功能就是补充B族维生素，本品不能代替药物。", [],
         T("imitates medical_claim: a health food stating only its approved function, with 本品不能代替药物")),
        ("各位码农兄弟，这瓶B族就是给身体打补丁的，口腔溃疡吃两天直接修复，比线上热修复还快。", [MED]),
        ("熬夜把肝干废了的，吃它养肝护肝，转安梅高的也能降下来。", [MED],
         H("熬夜把肝干废了的，吃它养肝护肝，转氨酶高的也能降下来。")),
        ("第一步先看你自己的需求：是不是天天外卖、饮食不规律，第二步再决定要不要补。", [],
         T("imitates absolute_claim: order words 第一步/第二步")),
        ("脂溢性皮炎、一脸油光长痘，底层原因就是缺B，吃一个月根治。", [MED]),
        ("脚气、烂嘴角，天底下没有比它见效更快的，抹药膏都没它好使。", [ABS, MED]),
        ("焦绿症犯了心慌手抖，一片下去就稳住了，比去医院开药强。", [MED],
         H("焦虑症犯了心慌手抖，一片下去就稳住了，比去医院开药强。")),
        ("一天最多吃一片，别当糖豆嚼，超量了没好处。", [],
         T("imitates absolute_claim: 最多 is a dosage limit (usage specification)")),
        ("周围神金炎、手脚发麻，那是神经在报错，吃B族把它修好。", [MED],
         H("周围神经炎、手脚发麻，那是神经在报错，吃B族把它修好。")),
        ("吃了以后免疫力拉满，流感季整个组就我一个没请病假，它能防病毒。", [MED]),
        ("安全性百分之百，没有任何副作用，孕妇小孩谁吃都没问题。", [MED]),
        ("吃一瓶没感觉，找我退款，无效全退，这就是咱的SLA。", [MED]),
        ("尿变黄是维生素B2带谢出来的颜色，正常现象，不是bug。", [],
         T("imitates medical_claim: true neutral fact about urine colour, no health effect claimed",
           said="尿变黄是维生素B2代谢出来的颜色，正常现象，不是bug。")),
        ("这是市面上配方最全的B族，没有哪个版本能跟它比。", [ABS]),
        ("吸收率全球第一，独家缓释技术，别人抄都抄不会。", [ABS]),
        ("有慢性病在吃药的，先问问你的医生能不能一起吃。", [],
         T("imitates medical_claim: advice to ask a doctor; disease word in a warning")),
        ("上线三年，保健品类目销量一直是第一，从没被回滚过。", [ABS, SAL]),
        ("今天直播间一百零九拍两瓶，一瓶合五十多块，", [PRI], N(SPLIT)),
        ("药企官网上标的建议零售价，可是一瓶就要二百九十八。", [PRI], N(SPLIT)),
        ("新版本比我们上一版多加了B12，从两微克加到了四微克。", [],
         T("imitates absolute_claim: self-comparison with the brand's own previous formula")),
        ("这个价是临时的，今晚零点一过，价格回滚到298。", [PRI]),
        ("一瓶六十片，一百零九两瓶，一天一片算下来不到一块钱。", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("一年卖出三十七万瓶，复购率百分之八十三。", [SAL]),
        ("要团购的，私信我拉你进技术交流群，群里统一接龙下单。", [OFF]),
        ("也可以直接加我微星，我ID是bug下划线killer2026。", [OFF],
         H("也可以直接加我微信，我ID是bug下划线killer二零二六。")),
        ("我开这个直播间，就想把每个人的问题都回复到最细，现在还差得远。", [],
         T("imitates absolute_claim: service attitude; 最细 describes effort, not the product")),
        ("某某维生素那个牌子，就是淀粉片加色素，吃了等于吃粉笔。", [DIS]),
        ("药店里几块钱一瓶的B族，是工业废料合成的，吃多了伤肾。", [DIS]),
        ("另一个大牌的B族是普通片，我们是缓释片，两种都合规，按自己习惯选。", [],
         T("imitates disparagement: neutral comparison with a rival, nothing negative said")),
        ("下单就在小黄车，售后也走平台客服，不要跟陌生人私聊付款。", [],
         T("imitates offsite_trade: platform-only purchase and after-sales, warns against private payment")),
    ]},
    # ------------------------------------------------------------------ s04
    {"id": "s04_cushionbb", "product": "气垫BB霜", "lines": [
        ("列位票友，今儿这出先讲上妆：第一步打底，第二步拍气垫，最后一步定妆，这叫扮上。", [],
         T("imitates absolute_claim: order words 第一步/最后一步")),
        ("这盒气垫往脸上一拍，扮上就是美白，越用越白，卸了妆皮肤也亮三个度。", [COS]),
        ("它还能防筛，SPF50，夏天在后台不用另涂防筛。", [COS],
         H("它还能防晒，SPF五十，夏天在后台不用另涂防晒。")),
        ("脸上的痘痘、闭口，拍着拍着就消下去了，一边遮瑕一边祛痘。", [COS]),
        ("里头加了康敏成分，敏感肌、红血丝都能用，越用越稳。", [COS],
         H("里头加了抗敏成分，敏感肌、红血丝都能用，越用越稳。")),
        ("色号最浅的是零零号，最深的是零五号，照着脖子的颜色挑。", [],
         T("imitates absolute_claim: the range of the product's own shades, a specification")),
        ("长期用，雀斑、晒斑一层一层淡下去，花旦脸上干干净净。", [COS]),
        ("唱戏出汗闷出来的皮炎，拍上它消炎止痒，第二天就平了。", [COS, MED]),
        ("酒糟鼻的票友拍上它，鼻头的红一个月就退，酒糟鼻算是给治好了。", [MED]),
        ("这盒不是特殊化妆品，没有美白祛斑的备案，它就是遮，遮住了而已。", [],
         T("imitates cosmetic_claim: not-a-special-cosmetic statement; 美白/祛斑 named only in a denial")),
        ("它益菌率百分之九十九，粉扑放多久都不长细菌。", [COS],
         H("它抑菌率百分之九十九，粉扑放多久都不长细菌。")),
        ("晒黑的脸用上它，三天就白回来了，比敷面膜还快。", [COS]),
        ("皮肤正在过敏、起诊子的时候，先别上妆，去皮肤科瞧瞧。", [],
         T("imitates medical_claim / cosmetic_claim: advice to see a dermatologist; skin words in a warning",
           said="皮肤正在过敏、起疹子的时候，先别上妆，去皮肤科瞧瞧。")),
        ("这是戏班子后台用过最服帖的气垫，压轴的角儿都离不开它，没有哪一盒比它更持妆。", [ABS]),
        ("国家级京剧院指定用妆，全国独一份。", [ABS]),
        ("上架以来在平台底妆榜上一直唱压轴……不对，一直唱头牌，回回都是第一。", [ABS, SAL]),
        ("这一代粉芯比咱上一代细了一半，上脸不卡纹。", [],
         T("imitates absolute_claim: self-comparison with the brand's own previous generation")),
        ("这一季卖了十二万盒，回购的姐妹排着队。", [SAL]),
        ("专柜价一盒三百六，", [PRI], N(SPLIT)),
        ("今儿直播间开锣价一百二十八，还送一个替换芯。", [PRI], N(SPLIT)),
        ("一盒十五克，一百二十八带一个替换芯，等于两份芯子三十克。", [],
         T("imitates price_claim: plain price with content arithmetic, no reference price")),
        ("过了今晚这出戏，明儿个恢复三百六，您可想好了。", [PRI]),
        ("想要整套后台同款的，加戏班助理的薇信，在薇信里给您配色号。", [OFF],
         H("想要整套后台同款的，加戏班助理的微信，在微信里给您配色号。")),
        ("私信我，拉您进票友福利群，群里单独接龙。", [OFF]),
        ("唱了三十年戏，我最想做好的一件事，就是让每位票友扮上都体体面面。", [],
         T("imitates absolute_claim: the host's aspiration; 最 describes a wish")),
        ("某某彩妆那个气垫，一上脸就氧化发黑，还闷痘，戏班里没人用。", [DIS]),
        ("那些几十块的网红气垫，全是铅汞超标的黑作坊货，越擦脸越黄。", [DIS]),
        ("商品页的评价都是买家自己写的，好的坏的我们都不删。", [],
         T("imitates sales_data_claim: platform-shown reviews, no own figure")),
        ("隔壁老牌子的气垫偏水润，咱这款偏雾面，干皮油皮各挑各的。", [],
         T("imitates disparagement: neutral comparison with a rival")),
        ("粉扑最好一个礼拜洗一回，晾干了再放回去，谢幕啦。", [],
         T("imitates absolute_claim: 最好 is a care tip (usage advice)")),
    ]},
    # ------------------------------------------------------------------ s05
    {"id": "s05_snakeoil", "product": "蛇油膏", "lines": [
        ("老街坊们好，今儿我头一回开直播，说得不好您了多包涵。", [],
         T("imitates absolute_claim: order word 头一回, the host's first broadcast")),
        ("介蛇油膏，冻疮您抹上，三天消肿，一冬天不复发，倍儿灵。", [MED]),
        ("手脚皲裂出血的，抹上它一宿就长好，祛疤生肌比药膏还快。", [COS, MED]),
        ("它能消炎，手上冻出来的小脓包，抹上就瘪了。", [COS, MED]),
        ("洗完手趁潮乎最好就抹上，锁水。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("老烫伤的疤、磕破的疤，天天抹，祛疤效果您了瞧好吧。", [COS]),
        ("手选、脚气您抹上，真菌直接灭了，抑菌杀菌一块办。", [COS, MED],
         H("手癣、脚气您抹上，真菌直接灭了，抑菌杀菌一块办。")),
        ("小孩儿脸蛋儿冻皴了，抹上消炎抗敏，红疙瘩第二天就下去。", [COS]),
        ("冻疮破了口子、流水流农的，别抹介个，赶紧上医院。", [],
         T("imitates medical_claim: disease word in a warning that sends buyers to hospital",
           said="冻疮破了口子、流水流脓的，别抹介个，赶紧上医院。")),
        ("皮肤过敏、起风疹块，抹上脱敏止痒，比吃氯雷他定还好使。", [COS, MED]),
        ("长期抹能每白淡斑，手背上的老年斑都能给您淡了。", [COS],
         H("长期抹能美白淡斑，手背上的老年斑都能给您淡了。")),
        ("介油膏里有蛇胆精华，抹上能活血化瘀，专治风湿老寒腿。", [MED]),
        ("纯天然的，没有一丁点副作用，孕妇婴儿随便抹，我拿脑袋担保。", [MED]),
        ("介是普通护肤品，不是药，您别指着它治病。", [],
         T("imitates medical_claim: not-a-medicine statement")),
        ("全天津卫您打听打听，介是最正宗的蛇油膏，独一份。", [ABS]),
        ("祛疤这事儿，它敢说第二，没人敢说第一。", [ABS, COS]),
        ("一盒八十克，三盒十九块九，一盒合六块六毛多。", [],
         T("imitates price_claim: plain price with per-box arithmetic")),
        ("百货大楼柜台上，介么一小盒卖六十八，", [PRI], N(SPLIT)),
        ("您了今儿在我这儿，19块9三盒，结了！", [PRI], N(SPLIT)),
        ("就今儿一天是介价，明儿一早恢复园价，六十八一盒。", [PRI],
         H("就今儿一天是介价，明儿一早恢复原价，六十八一盒。")),
        ("我们厂今年换了新配方，比老配方油感轻，不那么黏手。", [],
         T("imitates absolute_claim: self-comparison with the maker's own old formula")),
        ("蛇油膏里头它卖得最多，去年冬天二十六万盒，老街坊一买就是一打。", [ABS, SAL]),
        ("仓库就剩最后两百盒了，您了手快有手慢无。", [SAL]),
        ("介膏子冬天最冷零下二十度都不上冻，夏天最热也不化成水。", [],
         T("imitates absolute_claim: the product's own storage specification (最冷/最热)")),
        ("批发的您直接给我打电话，152 2207 8631。", [OFF],
         H("批发的您直接给我打电话，幺五二，二二零七，八六三一。")),
        ("咱就是想让每位老街坊买得最踏实，哪儿不到位您了直说。", [],
         T("imitates absolute_claim: service attitude, not a product comparison")),
        ("某某牌护手霜，抹上跟糊了一层塑料膜似的，介玩意儿越抹手越干。", [DIS]),
        ("路边摊那些蛇油膏，里头一滴蛇油都没有，全是猪油熬的。", [DIS]),
        ("标签上写着蛇油提取物，含量多少配料表上都有，您了自个儿瞅。", [],
         T("imitates absolute_claim / cosmetic_claim: neutral fact pointing to the ingredient list")),
        ("页面上的销量是平台给算的，您了自个儿看，我不瞎说。", [],
         T("imitates sales_data_claim: platform-shown counter, no own figure")),
    ]},
    # ------------------------------------------------------------------ s06
    {"id": "s06_teaseedwash", "product": "茶麸洗头粉", "lines": [
        ("亲，第一次来我们直播间的听我讲，洗头分三步，第一步打湿，第二步揉泡，第三步冲净。", [],
         T("imitates absolute_claim: order words 第一次/第一步…第三步")),
        ("亲，我做了十五年首席总监，手上三千多个老顾客都知道，茶麸洗头三个月，新头发一茬一茬往外冒，这就是声发。", [COS, SAL],
         H("亲，我做了十五年首席总监，手上三千多个老顾客都知道，茶麸洗头三个月，新头发一茬一茬往外冒，这就是生发。")),
        ("掉发的顾客用了它，洗头池里的头发少一大半，房脱效果我在店里天天看得到。", [COS],
         H("掉发的顾客用了它，洗头池里的头发少一大半，防脱效果我在店里天天看得到。")),
        ("它还能止脱，生完宝宝掉头发的宝妈，两袋下去头发就稳住了。", [COS]),
        ("冲的时候最好多冲两遍，粉末留在头皮上会痒。", [],
         T("imitates absolute_claim: 最好 is a rinsing tip (usage advice)")),
        ("头癣、头皮真菌感染，洗上一礼拜，抑菌杀菌全搞定。", [COS, MED]),
        ("掉头发掉得一把一把的，先去医院皮服科查查，别光指着洗头。", [],
         T("imitates medical_claim / cosmetic_claim: advice to see a dermatologist about hair loss",
           said="掉头发掉得一把一把的，先去医院皮肤科查查，别光指着洗头。")),
        ("白头发用它洗半年，发根慢慢长出黑的来，少白头都能洗回来。", [COS]),
        ("雄激素性脱发，医院说得吃药，用它洗发际线就能长回来，药都不用吃。", [COS, MED]),
        ("敏感头皮也能用，它自带抗敏，洗完头皮不红不痒。", [COS]),
        ("它还能熔脂，头皮出油太旺的，洗一次管三天不出油。", [COS],
         H("它还能溶脂，头皮出油太旺的，洗一次管三天不出油。")),
        ("去屑是普通洗发产品能做的清洁功效，我们有人体功效评价报告，页面上能查。", [],
         T("imitates cosmetic_claim: 去屑 is an ordinary-cosmetic efficacy, stated with its evaluation report")),
        ("要论防脱，它就是这个行业的老大，没人越得过去。", [ABS, COS]),
        ("这是我见过最好的洗头产品，整个美发圈找不出第二款。", [ABS]),
        ("一袋三百克，一次用十五克，能洗二十次。", [],
         T("imitates price_claim / absolute_claim: the product's own quantity arithmetic")),
        ("全网洗发粉类目，它的销量年年都是头名。", [ABS, SAL]),
        ("这批货只剩最后一百五十袋了，下一批得等明年茶籽收了再做。", [SAL]),
        ("茶麸颗粒最粗的是八十目，最细的一百二十目，我们选的一百二十目。", [],
         T("imitates absolute_claim: the range of particle sizes, a product specification")),
        ("店里做一次茶麸头疗，水牌上写着一百九十八，", [PRI], N(SPLIT)),
        ("直播间一袋才四十九，能洗二十次，一次两块多。", [PRI], N(SPLIT)),
        ("今天直播这一场是办卡价，下播了立马恢复一百二十九。", [PRI]),
        ("这一版茶麸磨得比我们去年那版细，冲的时候不挂头发。", [],
         T("imitates absolute_claim: self-comparison with the salon's own previous batch")),
        ("要办年卡的亲，加我微信，微信上充值还多送一次头疗。", [OFF]),
        ("直接到店里付现金也行，私下交易我给你打八折。", [OFF, PRI]),
        ("我最想做好的就是每一位顾客的头发，手艺还在练。", [],
         T("imitates absolute_claim: the stylist's aspiration / service attitude")),
        ("商场里卖的某某洗发水，硅油把毛孔都堵死了，洗几年发际线就没了。", [DIS]),
        ("别的理发店给你用的都是散装洗发水兑的水，一点营养都没有。", [DIS]),
        ("页面上那个销量数字是平台实时统计的，不是我编的。", [],
         T("imitates sales_data_claim: platform-shown counter, no own figure")),
        ("想开茶麸养发馆的，加盟费三万八，总部包你一年汇本，不回本退加盟费。", [INV],
         H("想开茶麸养发馆的，加盟费三万八，总部包你一年回本，不回本退加盟费。")),
        ("某某牌洗发皂是块状的，我们是粉，各有各的洗法，没高低。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
    ]},
    # ------------------------------------------------------------------ s07
    {"id": "s07_ricecooker", "product": "脱糖电饭煲", "lines": [
        ("观众朋友们晚上好，今天节目的主要内容有：第一，产品原理；第二，使用方法；最后，价格和售后。", [],
         T("imitates absolute_claim: order words 第一/第二/最后")),
        ("据了解，用这款脱糖电饭煲煮的米饭，糖尿病患者可以放开吃，血糖不会升高。", [MED]),
        ("记者在现场看到，一位二型糖尿病的老人吃了三个月，一岛素已经停了。", [MED],
         H("记者在现场看到，一位二型糖尿病的老人吃了三个月，胰岛素已经停了。")),
        ("专家表示，长期吃脱糖米饭，能预防糖尿病、脂肪肝、高血脂三大慢性病。", [MED]),
        ("本产品为家用电器，不能治疗任何疾病，糖尿病患者请尊医嘱控制饮食。", [],
         T("imitates medical_claim: not-a-cure statement; disease word in advice to follow the doctor",
           said="本产品为家用电器，不能治疗任何疾病，糖尿病患者请遵医嘱控制饮食。")),
        ("妊娠糖尿病的准妈妈，吃这口锅煮的饭，比打胰岛素还安全。", [MED]),
        ("血糖高引起的视物模糊、手脚发麻，换了这口锅以后都有明显改善。", [MED]),
        ("这款电饭煲煮的饭能降血糖，降糖效果经过林床验证。", [MED],
         H("这款电饭煲煮的饭能降血糖，降糖效果经过临床验证。")),
        ("铭牌上标的是一级能效，这是按国家能效标准评定的等级。", [],
         T("imitates absolute_claim: a grade under a national standard (一级能效)")),
        ("国家级权威认证，脱糖率行业第一。", [ABS]),
        ("这是目前世界上最先进的脱糖技术，独家专利，别人没有。", [ABS]),
        ("最大容量四升，最多能煮十二个人的饭。", [],
         T("imitates absolute_claim: the product's own capacity specification")),
        ("据统计，本产品连续三年位列厨电类销量第一位。", [ABS, SAL]),
        ("截至目前，已经有八十六万个家庭用上了这款电饭煲。", [SAL]),
        ("本台消息，今晚库存只剩最后一百八十台，售完即止。", [SAL]),
        ("这一代产品比上一代多了预约功能，沥米篮也加大了。", [],
         T("imitates absolute_claim: self-comparison with the maker's own previous model")),
        ("下面请看价格：商场电器柜台标价1299元，", [PRI], N(SPLIT)),
        ("今天直播间只要三百九十九元，直降九百元。", [PRI], N(SPLIT)),
        ("本次优惠仅限今晚二十二点之前，二十二点以后恢复一千二百九十九元。", [PRI]),
        ("这是本年度全网最低价，以后不会再有这个价格。", [ABS, PRI]),
        ("三百九十九元，按五年使用寿命算，一天两毛多钱。", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("需要团购的单位，请拨打订购专线021 6487 3320。", [OFF],
         H("需要团购的单位，请拨打订购专线零二一，六四八七，三三二零。")),
        ("观众朋友也可以添加客服经理的微信，享受一对一售后服务。", [OFF]),
        ("米饭出锅后焖上十分钟，口感最好，这是说明书上的建议。", [],
         T("imitates absolute_claim: serving-time tip from the manual (最好 as usage advice)")),
        ("某某电器的所谓低糖电饭煲，经检测根本没有脱糖功能，纯属需假宣传。", [DIS],
         H("某某电器的所谓低糖电饭煲，经检测根本没有脱糖功能，纯属虚假宣传。")),
        ("市场上的普通电饭煲，内胆涂层一刮就掉，吃进肚子里全是重金属。", [DIS]),
        ("网上那些几百块的脱糖锅，都是换了个壳的普通锅，专门骗老年人。", [DIS]),
        ("商品页面显示的评价，都是买家真实购买后写的，平台可查。", [],
         T("imitates sales_data_claim: platform-shown reviews, no own figure")),
        ("下面请看购买方式：请在直播间购物车下单，付款全部通过平台完成。", [],
         T("imitates offsite_trade: platform-only purchase and payment")),
        ("据了解，另一家品牌也推出了沥米电饭煲，两家的容量和价格不同，观众可以自行比较。", [],
         T("imitates disparagement: neutral comparison with a rival")),
    ]},
    # ------------------------------------------------------------------ s08
    {"id": "s08_warmpatch", "product": "暖宫贴", "lines": [
        ("姐妹们站好队形，跳舞前第一件事先把贴子贴好，第二件事热身。", [],
         T("imitates absolute_claim: order words 第一件事/第二件事")),
        ("这暖宫贴往小肚子上一贴，痛经当场就不疼了，比吃不落分还快。", [MED],
         H("这暖宫贴往小肚子上一贴，痛经当场就不疼了，比吃布洛芬还快。")),
        ("公寒不怀孕的闺女，贴上三个月，好几个都怀上了。", [MED],
         H("宫寒不怀孕的闺女，贴上三个月，好几个都怀上了。")),
        ("子宫鸡瘤、卵巢囊肿，长期贴着能慢慢化掉。", [MED],
         H("子宫肌瘤、卵巢囊肿，长期贴着能慢慢化掉。")),
        ("贴的时候最好隔一层秋衣，别直接贴皮肤上，容易烫着。", [],
         T("imitates absolute_claim: 最好 is a usage/safety tip")),
        ("月经不调、月经量少的，贴一个周期就调过来了。", [MED]),
        ("盆腔炎反反复复的，贴上它比挂吊瓶还管用。", [MED]),
        ("老寒腿、腰肌劳损，贴哪儿好哪儿。", [MED]),
        ("最高温度五十三度，平均四十五度上下，说明书上写着的。", [],
         T("imitates absolute_claim: the product's own temperature specification")),
        ("孕妇也能贴，一点害处都没有，绝对没副作用。", [MED]),
        ("贴在肚脐眼上还能治拉肚子、胃寒胃痛。", [MED]),
        ("肚子疼得厉害、经期突然不对劲的，别硬扛，赶紧上医院附科看看。", [],
         T("imitates medical_claim: warning to see a gynaecologist",
           said="肚子疼得厉害、经期突然不对劲的，别硬扛，赶紧上医院妇科看看。")),
        ("这是咱舞队三百多个老姐妹试过最管用的暖宫贴，没有比它更暖的。", [ABS, SAL]),
        ("发热时间全国最长，十八个钟头，谁家也比不过。", [ABS]),
        ("这个就是个发热贴，不是药，不能治病，图个暖和。", [],
         T("imitates medical_claim: not-a-medicine statement")),
        ("它在暖贴榜上年年第一，咱舞队人手一盒。", [ABS, SAL]),
        ("上个月光咱这个直播间就卖了五万六千盒，老姐妹们回头买了又买。", [SAL]),
        ("姐妹们今天跟着我跳，十片只要25块8，", [PRI], N(SPLIT)),
        ("连锁超市收银台边上这种暖贴，十片装要七十九呢。", [PRI], N(SPLIT)),
        ("买两盒送一个收纳袋，赠品页面上写着，价钱还是二十五块八一盒。", [],
         T("imitates price_claim: gift with purchase at the stated price, no reference price or deadline")),
        ("就这一曲跳完，价格就涨回去，一秒都不等。", [PRI]),
        ("我当领队最上心的，就是冬天谁也别冻着。", [],
         T("imitates absolute_claim: the host's attitude, not a product comparison")),
        ("要整箱拿的，加我微信，我晚上跳完舞给你发货。", [OFF]),
        ("近咱舞队的姐妹群，群里拼团比直播间每盒便宜三块。", [OFF, PRI],
         H("进咱舞队的姐妹群，群里拼团比直播间每盒便宜三块。")),
        ("今天是咱广场冬季联欢的最后一天，明天起舞队放假到正月十五。", [],
         T("imitates price_claim / sales_data_claim: time word 最后一天 about the schedule, tied to no price")),
        ("某某暖贴那个牌子，铁粉里掺沙子，贴一会儿就凉了。", [DIS]),
        ("菜市场门口卖的暖宝宝，温度忽高忽低，好多人贴出水泡，全是黑心货。", [DIS]),
        ("这一批包装上印的是送子娘娘，求啥来啥，娘娘保佑抱上大胖小子。", [SUP]),
        ("腊八贴红纸是咱这儿的老说法，说法归说法，贴子就是发热，管不了运气。", [],
         T("imitates superstition: folk custom named with an explicit denial of any effect")),
        ("超市里另一个牌子是长条的，咱这个是圆片的，贴哪儿方便各人选。", [],
         T("imitates disparagement: neutral comparison with a rival")),
    ]},
    # ------------------------------------------------------------------ s09
    {"id": "s09_abacus", "product": "珠心算课", "lines": [
        ("球迷朋友们，第一节课先认算盘，第二节课学拨珠，最后一节课串起来。", [],
         T("imitates absolute_claim: order words 第一节/最后一节")),
        ("孩子的抽冻症，学了俩月，眨眼挤眉的小动作全停了，我们这儿这样的孩子有两千多个！", [MED, SAL],
         H("孩子的抽动症，学了俩月，眨眼挤眉的小动作全停了，我们这儿这样的孩子有两千多个！")),
        ("自必症的孩子来学，打着算盘就开口说话了，这一脚射门太漂亮了！", [MED],
         H("自闭症的孩子来学，打着算盘就开口说话了，这一脚射门太漂亮了！")),
        ("爷爷奶奶陪着一起打算盘，脑萎缩都能给它逆转回来。", [MED]),
        ("孩子学了以后，口吃结巴都好了，说话跟解说员一样溜。", [MED]),
        ("孩子练的时候最好每天固定十五分钟，别一次练太久。", [],
         T("imitates absolute_claim: 最好 is practice advice")),
        ("孩子要是真有多动、注意力特别差，先带去医院儿宝科评估，别光靠上课。", [],
         T("imitates medical_claim: advice to see a doctor; no effect claimed",
           said="孩子要是真有多动、注意力特别差，先带去医院儿保科评估，别光靠上课。")),
        ("我们是全国最权威的珠心算机构，教学体系世界第一。", [ABS]),
        ("我们的老师是国家级金牌教练，全国唯一一家有这个资质的。", [ABS]),
        ("十九个月了，课程榜上的排名就没从第一的位置上挪过窝。", [ABS, SAL]),
        ("孩子最小四岁半能学，最大到十二岁，这是课程设计的年龄段。", [],
         T("imitates absolute_claim: the course's own age range, a specification")),
        ("全国已经有二十四万个孩子在我们这儿上课，家长好评率百分之九十九点八。", [SAL]),
        ("这一期只剩最后十二个名额，裁判已经在看表了！", [SAL]),
        ("少年宫旁边的珠心算班，一期四十八节课收4800，", [PRI], N(SPLIT)),
        ("今天直播间只要九百九十九，这是一记世界波！", [PRI], N(SPLIT)),
        ("补时阶段了，直播一结束，恢复四千八的原价，错过就真没了。", [PRI]),
        ("九百九十九这个价，今年只放这一次，以后再也不会这么低。", [PRI]),
        ("九百九十九，四十八节课，一节课二十块多一点。", [],
         T("imitates price_claim: plain price with per-lesson arithmetic")),
        ("我们这套教材比我们自己十年前那套多了六个单元。", [],
         T("imitates absolute_claim: self-comparison with the school's own earlier material")),
        ("想咨询课程的家长，加课程顾问的微信，号码我打在公屏上了。", [OFF]),
        ("要报名的别在这儿拍，直接转账给班主任，私下报名还多送四节课。", [OFF]),
        ("想加盟珠心算的，开一个教学点，我们保证你半年回本，一年静赚三十万。", [INV],
         H("想加盟珠心算的，开一个教学点，我们保证你半年回本，一年净赚三十万。")),
        ("当我们的推广合伙人，拉一个孩子报名返你三百，躺着赚，灵风险。", [INV],
         H("当我们的推广合伙人，拉一个孩子报名返你三百，躺着赚，零风险。")),
        ("加盟费我们兜底，生源不够，我们按每月两万给你补足。", [INV]),
        ("中场休息说句实在话，加盟这事生源、收入我们不打包票，投资有风险。", [],
         T("imitates investment_claim: risk disclaimer, no income promised")),
        ("某某心算那个机构，老师都是大学生兼职，根本不会教，坑家长的钱。", [DIS]),
        ("那些手机APP上的心算课，就是花钱买游戏玩，孩子越学越糊涂。", [DIS]),
        ("页面上那个报名人数是平台自己显示的，我没法改。", [],
         T("imitates sales_data_claim: platform-shown counter, no own figure")),
        ("我就想把每个孩子都教到他自己最好的状态，这活儿没有终点。", [],
         T("imitates absolute_claim: the teacher's aspiration; 最好 is each child's own best")),
        ("城东那家老牌心算班也不错，他们线下多，我们线上多，家长按方便选。", [],
         T("imitates disparagement: neutral comparison with a rival")),
    ]},
    # ------------------------------------------------------------------ s10
    {"id": "s10_matchmaking", "product": "婚恋相亲会员", "lines": [
        ("老少爷们，这是俺今年最后一场相亲直播，过了年再跟恁拉呱。", [],
         T("imitates sales_data_claim / price_claim: order word 最后一场 about the schedule")),
        ("俺们红娘给恁合八字，八字一合，这姻缘是老天爷定下的，跑不了。", [SUP]),
        ("办了会员，俺们请大师给恁开关一根红绳，戴上桃花运蹭蹭往上涨。", [SUP],
         H("办了会员，俺们请大师给恁开光一根红绳，戴上桃花运蹭蹭往上涨。")),
        ("生辰一报，大师算出恁哪个月犯桃花劫，提前给恁化解了。", [SUP]),
        ("俺娘说，第一回见面别迟到，第二回见面别空着手，这是老规矩。", [],
         T("imitates absolute_claim: order words 第一回/第二回, etiquette advice")),
        ("俺们月老殿里供的红线，求了的没有一个打光棍的，月老保有恁。", [SUP],
         H("俺们月老殿里供的红线，求了的没有一个打光棍的，月老保佑恁。")),
        ("属相不合的也不怕，俺们有转运的法子，改个方位睡觉，姻缘就顺了。", [SUP]),
        ("婚房怎么摆，俺们送一次风水布局，保恁两口子一辈子不吵架。", [SUP]),
        ("见面最好约在白天、人多的地方，安全第一。", [],
         T("imitates absolute_claim: 最好 is safety advice; 安全第一 is an idiom, not a ranking")),
        ("俺们是全山东最大的婚恋平台，没有哪家比俺牵的线多。", [ABS, SAL]),
        ("俺们的红娘是全国顶尖的，说一个成一个。", [ABS]),
        ("本明年穿红袜子是咱这边的老风俗，图个喜庆，跟能不能成没关系。", [],
         T("imitates superstition: folk custom named with an explicit denial of any effect",
           said="本命年穿红袜子是咱这边的老风俗，图个喜庆，跟能不能成没关系。")),
        ("光去年一年，俺们牵成了三千六百对，夜来还有两对领了证。", [SAL]),
        ("这个月的黄金会员就剩最后十五个名额，卖完就得等明年。", [SAL]),
        ("线下门店办一张年卡，墙上贴的是一万二，", [PRI], N(SPLIT)),
        ("恁今儿在俺直播间，两千九百八就办下来，杠赛来！", [PRI], N(SPLIT)),
        ("过了今晚十二点，恢复一万二，一分都不少。", [PRI]),
        ("两千九百八一年，十二个月，一个月合二百四十八块多。", [],
         T("imitates price_claim: plain price with per-month arithmetic")),
        ("全网找遍了也没有比俺家更便宜的相亲会员。", [ABS, PRI]),
        ("俺们今年的资料审核比去年严了，每个会员都要查身份证和单身证明。", [],
         T("imitates absolute_claim: self-comparison with the agency's own process last year")),
        ("想先看看嫚儿资料的，加俺微信，俺私下发给恁照片。", [OFF]),
        ("直接打俺们红娘的手机，186 5312 7708。", [OFF],
         H("直接打俺们红娘的手机，一八六，五三一二，七七零八。")),
        ("恁要是线下交钱，当面给俺转账，俺再让恁五百。", [OFF, PRI]),
        ("俺可不跟恁打包票一定能成，缘分这东西谁也说不准。", [],
         T("imitates superstition / sales_data_claim: denial of any guaranteed outcome; 缘分 is ordinary speech")),
        ("某某婚恋网那种网站，上头一半是假号，专门骗恁充钱。", [DIS]),
        ("街上那些小婚介所，都是拖儿陪恁吃饭，吃完就没影了。", [DIS],
         H("街上那些小婚介所，都是托儿陪恁吃饭，吃完就没影了。")),
        ("别的平台的红娘都是刚毕业的小孩，拉呱都拉不明白。", [DIS]),
        ("页面上写的已报名人数是平台自己统计的，俺改不了。", [],
         T("imitates sales_data_claim: platform-shown counter, no own figure")),
        ("俺做红娘十八年了，最想看的就是恁们俩手拉着手回来看俺。", [],
         T("imitates absolute_claim: the matchmaker's aspiration")),
        ("济南那边的老牌婚介所也挺好，他们会员年纪大些，俺们年轻人多，恁自己挑。", [],
         T("imitates disparagement: neutral comparison with a rival")),
    ]},
    # ------------------------------------------------------------------ s11
    {"id": "s11_petlecithin", "product": "宠物卵磷脂", "lines": [
        ("学员们，第一组动作先教大家怎么喂：第一天半勺，第二天一勺，慢慢加量。", [],
         T("imitates absolute_claim: order words 第一组/第一天/第二天")),
        ("狗子的皮肤病、真菌感染，它是最管用的，每天一勺，两周就好。", [ABS, MED]),
        ("猫咪的猫鲜，不用再去打针了，拌粮吃一个月，鲜全掉。", [MED],
         H("猫咪的猫藓，不用再去打针了，拌粮吃一个月，藓全掉。")),
        ("脂肪干的胖猫吃它，干指标一个月恢复正常。", [MED],
         H("脂肪肝的胖猫吃它，肝指标一个月恢复正常。")),
        ("卵磷脂最好拌在湿粮里喂，干吃容易粘嘴。", [],
         T("imitates absolute_claim: 最好 is a feeding tip")),
        ("它能预防狗狗心脏病，老年犬天天吃，心脏跟年轻时一样。", [MED]),
        ("软便拉稀、肠胃炎，吃它比吃益生菌还管用。", [MED]),
        ("狗狗关节炎、走路一瘸一拐的，吃它三个月就能跑能跳。", [MED]),
        ("吃多少都不会有付作用，小奶猫也能随便吃，绝对安全。", [MED],
         H("吃多少都不会有副作用，小奶猫也能随便吃，绝对安全。")),
        ("狗子掉毛掉出一块块突斑的，先去宠物医院查清楚是不是皮肤病。", [],
         T("imitates medical_claim: advice to see a vet; disease word in a warning",
           said="狗子掉毛掉出一块块秃斑的，先去宠物医院查清楚是不是皮肤病。")),
        ("它是宠物食品里的营养补充剂，生病了该吃药吃药，它顶替不了。", [],
         T("imitates medical_claim: not-a-medicine statement")),
        ("这是市面上纯度最高的卵磷脂，没有第二家做得到。", [ABS]),
        ("两年了，它在宠物营养榜上的名次一直是一，从来没落到过二。", [ABS, SAL]),
        ("我们一年卖出二十三万罐，复购的宠物主人占了百分之七十八。", [SAL]),
        ("这一批只剩最后四十罐了，练完这组就没了。", [SAL]),
        ("一罐三百克，十公斤的狗一天五克，能吃两个月。", [],
         T("imitates price_claim / absolute_claim: the product's own quantity arithmetic")),
        ("今天跟着我练的学员，一罐九十九，两罐一百七，", [PRI], N(SPLIT)),
        ("你去宠物医院问问，一样的卵磷脂一罐三百二。", [PRI], N(SPLIT)),
        ("组间休息这两分钟是秒杀价，休息完恢复199。", [PRI]),
        ("今天这个价全网找不到第二家，最低就是它。", [ABS, PRI]),
        ("新配方比我们老款多加了维生素E，口味也改成了鸡肉味。", [],
         T("imitates absolute_claim: self-comparison with the brand's own old formula")),
        ("两罐起包邮，店铺一直是这个规矩，不是今天临时搞的。", [],
         T("imitates price_claim: a standing shipping rule, no reference price or deadline")),
        ("要给猫舍整箱拿货的，加我教练维信，拿货价另算。", [OFF],
         H("要给猫舍整箱拿货的，加我教练微信，拿货价另算。")),
        ("私信我发你一个宠物交流群，群里每天打卡领券。", [OFF]),
        ("想做宠物营养品代理的，交一万押金，保你月入过万，做不到退押金。", [INV]),
        ("我练了十年铁，最想做的就是让学员和他们家的毛孩子都壮壮的，还在路上。", [],
         T("imitates absolute_claim: the host's aspiration")),
        ("某某宠物保健那家的卵磷脂，大豆油灌的胶囊，吃了就是拉油。", [DIS]),
        ("网上八块九一大袋的卵磷脂粉，都是饲料边角料，吃了掉毛更狠。", [DIS]),
        ("商品页底下的买家秀是平台上真实下单的人发的，我没删过差评。", [],
         T("imitates sales_data_claim: platform-shown reviews, no own figure")),
        ("某某牌的鱼油主打美毛，我们卵磷脂也是美毛，两样可以隔天换着喂。", [],
         T("imitates disparagement / medical_claim: neutral comparison; 美毛 is an ordinary feed claim, no disease")),
    ]},
    # ------------------------------------------------------------------ s12
    {"id": "s12_zisha", "product": "紫砂壶", "lines": [
        ("拐子们，开壶第一步用开水烫一遍，第二步拿茶汤养一天，新壶都这么搞。", [],
         T("imitates absolute_claim: order words 第一步/第二步")),
        ("这把壶的泥料是全宜兴最顶级的原矿底槽清，独一份。", [ABS]),
        ("买紫砂就是买里财，这把壶放屋里，一年涨百分之三十，比存银行强多了。", [INV],
         H("买紫砂就是买理财，这把壶放屋里，一年涨百分之三十，比存银行强多了。")),
        ("大师的壶价钱只往上走，冇得往下掉的时候。", [INV]),
        ("壶最好一把只泡一种茶，泡乱了味道串。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("三年以后我们公司原价回购，再加百分之五十，保本保收益。", [INV]),
        ("收十把，五年以后给伢换一套房，蛮扎实的投资。", [INV]),
        ("这把壶收了冇得一点风险，亏了我包赔，你放心收。", [INV]),
        ("拍卖会上这位大师的壶去年番了四倍，今年还要番。", [INV],
         H("拍卖会上这位大师的壶去年翻了四倍，今年还要翻。")),
        ("这把壶最多装两百二十毫升，一两个人喝刚好。", [],
         T("imitates absolute_claim: the pot's own capacity, a specification")),
        ("这把壶请老和尚开过光，泡茶遭财，摆在柜台上生意兴隆。", [SUP],
         H("这把壶请老和尚开过光，泡茶招财，摆在柜台上生意兴隆。")),
        ("壶身上刻的是貔貅，摆在屋里镇宅，把破财的事都挡出去。", [SUP]),
        ("用这把壶泡茶喝，转运，今年一年顺风顺水。", [SUP]),
        ("收藏有风先，壶以后值好多钱我冇得办法担保，喜欢再买。", [],
         T("imitates investment_claim: collecting-risk disclaimer",
           said="收藏有风险，壶以后值好多钱我冇得办法担保，喜欢再买。")),
        ("紫砂壶泡的茶能降血脂、软化血管，天天喝不得高血压。", [MED]),
        ("这位大师的壶，在拍卖行的成交额年年第一。", [ABS, SAL]),
        ("大师一年只做二十把，今天直播间就剩最后三把。", [SAL]),
        ("跟我收壶的老客户有六千多个，冇得一个亏过钱。", [SAL, INV]),
        ("以前拍出么价钱那是以前的事，以后么样冇得人说得准。", [],
         T("imitates investment_claim: disclaimer that past prices promise nothing")),
        ("这把壶在宜兴店里挂的三万八，", [PRI], N(SPLIT)),
        ("今天直播间12800，差不多打三折，蛮划算。", [PRI], N(SPLIT)),
        ("这个价就今天，明天起恢复三万八，信了你的邪都冇得用。", [PRI]),
        ("壶底刻的是吉祥两个字，老辈人图个口彩，跟运气冇得关系。", [],
         T("imitates superstition: an auspicious inscription named with an explicit denial of any effect")),
        ("这把壶比大师前年那一批的同款，壶嘴做得更顺，出水不断。", [],
         T("imitates absolute_claim: self-comparison with the maker's own earlier batch")),
        ("要看壶底款识的，加我微信，我私下给你拍视频。", [OFF]),
        ("大件的走现下，直接打到我自己的银行卡上，比直播间再便宜两千。", [OFF, PRI],
         H("大件的走线下，直接打到我自己的银行卡上，比直播间再便宜两千。")),
        ("一万二千八，平台分十二期免息，一个月一千零六十多。", [],
         T("imitates price_claim / offsite_trade: plain price with the platform's own instalments")),
        ("某某壶庄卖的都是化工泥，加了色粉的，泡茶喝了有毒。", [DIS]),
        ("每把壶都附宜兴陶瓷检测报告，页面上能看到编号。", [],
         T("imitates absolute_claim: neutral verifiable fact")),
        ("丁蜀镇那几家老店也有大师壶，他们做朱泥多，我们紫泥多，各人口味。", [],
         T("imitates disparagement: neutral comparison with rivals")),
    ]},
    # ------------------------------------------------------------------ s13
    {"id": "s13_racingpigeon", "product": "赛鸽认养", "lines": [
        ("今天是我跑夜班头一天开直播，手机架在中控台上，您多担待。", [],
         T("imitates absolute_claim: order word 头一天")),
        ("各位乘客系好安全带，认养一羽赛鸽，一万块本金，公司包本，一年稳拿一千五的分红。", [INV],
         H("各位乘客系好安全带，认养一羽赛鸽，一万块本金，公司保本，一年稳拿一千五的分红。")),
        ("比你把钱存银行强十倍，银行那点利息连起步价都不够。", [INV]),
        ("鸽子得了奖，奖金你拿七成；没得奖，公司按百分之十二的年化给你兜底。", [INV]),
        ("赛鸽比赛有输有赢，奖金多少不一定，这个我不跟您保证。", [],
         T("imitates investment_claim: disclaimer, no return promised")),
        ("就跟打表一样，钱每天都在往上跳，一分不会少，全国没有比这更稳的买卖。", [ABS, INV]),
        ("去年认养的老乘客，一羽鸽子分了八万，回报翻了八倍。", [INV]),
        ("拉两个朋友来认养，每拉一个返你两千，拉得越多挣得越多。", [INV]),
        ("合同写着零分险，鸽子飞丢了公司赔你一羽新的，本金一分不少。", [INV],
         H("合同写着零风险，鸽子飞丢了公司赔你一羽新的，本金一分不少。")),
        ("认养合同上写明了：投资有风险，格子有可能丢，有可能伤。", [],
         T("imitates investment_claim: risk disclaimer from the contract",
           said="认养合同上写明了：投资有风险，鸽子有可能丢，有可能伤。")),
        ("认养满两年，本金翻倍还给你。", [INV]),
        ("每羽鸽子出笼前都请师父开广，脚环上挂了平安符，飞得再远也保佑它回家。", [SUP],
         H("每羽鸽子出笼前都请师父开光，脚环上挂了平安符，飞得再远也保佑它回家。")),
        ("认养证书按你的生辰八字挑鸽子，旺你的财运，越养越发。", [SUP]),
        ("鸽子最远能飞一千公里，这是这批鸽子训练记录里的最远距离。", [],
         T("imitates absolute_claim: a provable fact from these birds' own training record")),
        ("我们鸽舍是全国最顶级的赛鸽基地，冠军血统就我们这儿有。", [ABS]),
        ("我们的鸽子在全国大赛里拿奖次数年年排第一。", [ABS, SAL]),
        ("这一批冠军后代只剩最后十一羽，交班前就抢光了。", [SAL]),
        ("赛鸽脚环上的编号是中国信鸽协会发的，全国统一编号。", [],
         T("imitates absolute_claim: neutral fact; 全国 names the issuing scope, not a ranking")),
        ("拍卖行里这个血统的幼鸽，一羽起拍就是5万，", [PRI], N(SPLIT)),
        ("今天在我后座上，认养一羽只要一万。", [PRI], N(SPLIT)),
        ("这个价过了今晚交班就没了，明天恢复两万。", [PRI]),
        ("这一批鸽子比我们去年那一批多训了两个月，公棚的记录都在。", [],
         T("imitates absolute_claim: self-comparison with the loft's own previous batch")),
        ("一万块认养一年，折下来一天二十七块多，鸽粮、防疫、公棚费都在里头。", [],
         T("imitates price_claim: itemised per-day arithmetic")),
        ("想认养的加我微信，合同我拍给你，钱直接转到鸽舍对公账户。", [OFF]),
        ("私信我拿电话，137 0668 2954，晚上拉完活儿给你回。", [OFF],
         H("私信我拿电话，一三七，零六六八，二九五四，晚上拉完活儿给你回。")),
        ("有些地方把放鸽子当吉祥事，说能带来好运，那是老说法，跟比赛成绩没关系。", [],
         T("imitates superstition: folk belief named with an explicit denial of any effect")),
        ("别家的鸽舍都是拿肉鸽冒充赛鸽，交了钱鸽子就飞没了，都是骗子。", [DIS]),
        ("某某鸽业那家，去年老板卷钱跑路了，你们千万别上当。", [DIS]),
        ("付款就在直播间小黄车拍认养券，平台担保，别转给个人。", [],
         T("imitates offsite_trade: platform-only payment, warns against paying individuals")),
        ("隔壁市那家公棚做短距离赛多，我们做长距离多，路线不一样。", [],
         T("imitates disparagement: neutral comparison with a rival")),
    ]},
    # ------------------------------------------------------------------ s14
    {"id": "s14_luxurybag", "product": "二手奢侈品包", "lines": [
        ("各位竞买人，落槌前我会喊三次：第一次、第二次、第三次，没人加价就成交。", [],
         T("imitates absolute_claim: order words 第一次…第三次 of the auction call")),
        ("这只包买下来就是硬通货，背三年再转手，只赚不亏。", [INV]),
        ("这只铂金款每年稳涨百分之二十，比买基金稳当多了。", [INV]),
        ("买包就是保值理财，我们签协议，一年后原价回收，宝本。", [INV],
         H("买包就是保值理财，我们签协议，一年后原价回收，保本。")),
        ("这个款尺寸最大的是三十五厘米，最小的是二十五厘米，这只是三十。", [],
         T("imitates absolute_claim: the sizes of the model, a specification")),
        ("拍品落槌以后，升值部分我们帮您卖，收益保底百分之十五。", [INV]),
        ("这只红色的手袋，本命年背着压晦气、赚运，开过光的。", [SUP],
         H("这只红色的手袋，本命年背着压晦气、转运，开过光的。")),
        ("这只包的金扣是元宝样子，背着出门谈生意，财神爷跟着走，单单都成。", [SUP]),
        ("奢侈品二手价有涨有跌，这只包以后值多少，我不成诺。", [],
         T("imitates investment_claim: resale-price disclaimer",
           said="奢侈品二手价有涨有跌，这只包以后值多少，我不承诺。")),
        ("我们是国内最权威的中古鉴定机构，没有一只假包能从我们手里过。", [ABS]),
        ("全世界就这一只，独一无二的配色。", [ABS]),
        ("我们平台的中古包成交量连续五年全国第一。", [ABS, SAL]),
        ("包最好放防尘袋里，塞点纸撑着，别压着放。", [],
         T("imitates absolute_claim: 最好 is a storage tip")),
        ("我们一年拍出去四万两千只包，零差评。", [SAL]),
        ("这个色只剩最后两只，落槌就没了。", [SAL]),
        ("今天起拍价三万九，九成新，", [PRI], N(SPLIT)),
        ("这只包专柜公价12万8，等于三折拿下。", [PRI], N(SPLIT)),
        ("加价幅度每次一千，起拍三万九，页面上实时显示当前价。", [],
         T("imitates price_claim: auction procedure and a plain starting price")),
        ("竞买人注意，这是今晚的保留价，明天上架就恢复八万八。", [PRI]),
        ("全网同款中古包，我们的价格最低，贵一分我退你。", [ABS, PRI]),
        ("每只包都有第三方鉴定机构的证书，编号能在人家官网查。", [],
         T("imitates absolute_claim: neutral verifiable fact")),
        ("我们今年的鉴定流程比去年多加了一道皮料检测。", [],
         T("imitates absolute_claim: self-comparison with the house's own process")),
        ("想先验货的，加我助理微信，拍品细节图私下发您。", [OFF]),
        ("大额的走线下，钱打到我们香港公司的账户，不走平台能省百分之五的佣金。", [OFF, PRI]),
        ("电话委托请拨打：159 2883 6014。", [OFF],
         H("电话委托请拨打：一五九，二八八三，六零一四。")),
        ("成交以后买家佣金百分之五，已经含在页面价格里了，没有额外费用。", [],
         T("imitates price_claim: itemised fee already in the page price")),
        ("某某中古店卖的包，十只有三只是高访，鉴定证书都是自己印的。", [DIS],
         H("某某中古店卖的包，十只有三只是高仿，鉴定证书都是自己印的。")),
        ("二手平台上个人卖的包，基本都是超A货，谁买谁上当。", [DIS]),
        ("这是本场的最后一件拍品，拍完今晚就结束了。", [],
         T("imitates sales_data_claim: order word 最后一件 about the running order, not stock")),
        ("专柜新款的五金是金色，这只中古款是银色，两种各有人喜欢。", [],
         T("imitates disparagement / absolute_claim: neutral comparison of the brand's own versions")),
    ]},
    # ------------------------------------------------------------------ s15
    {"id": "s15_doorgod", "product": "门神年画", "lines": [
        ("列位看官，上回书说到贴门神的讲究，第一步先把旧的揭下来，最后一步把边角刷平。", [],
         T("imitates absolute_claim: order words 第一步/最后一步")),
        ("书接上回，这对秦琼尉迟恭往大门上一贴，镇宅辟邪，百鬼不敢进门。", [SUP]),
        ("家里小孩夜里哭闹、受了惊吓的，贴上门神，邪气一挡，当晚就睡踏实了。", [SUP]),
        ("这门神是请道长开过光的，一张一张念过金，十里八乡就数它最灵。", [ABS, SUP],
         H("这门神是请道长开过光的，一张一张念过经，十里八乡就数它最灵。")),
        ("贴门神是咱们过年的老习俗，图个热闹喜庆，它管不了吉凶祸福，看官们心里有数。", [],
         T("imitates superstition: custom named with an explicit denial of any effect")),
        ("做生意的贴在铺子门口，财神跟着门神进门，财源一年不断。", [SUP]),
        ("今年本命年的看官，贴上它把晦气挡在门外，一整年顺顺当当。", [SUP]),
        ("老人常年生病吃药不见好，那是家里进了不干静的东西，贴上门神，病就好了。", [SUP, MED],
         H("老人常年生病吃药不见好，那是家里进了不干净的东西，贴上门神，病就好了。")),
        ("这对门神尺寸最大的一版六十公分高，最小的一版三十公分。", [],
         T("imitates absolute_claim: the print's own sizes, a specification")),
        ("贴在考生的房门上，保佑孩子考场上超常发挥，金榜题名。", [SUP]),
        ("门神一贴，小人绕道，官司口舌全化解。", [SUP]),
        ("这对门神是大年三十子时开的版，吉时印的，转运的力道最足。", [ABS, SUP]),
        ("木版年画是国家级非物质文化一产，这是文化部门公布的名录，不是我们自己封的。", [],
         T("imitates absolute_claim: a lawful, published honour (national intangible-heritage listing of the craft)",
           said="木版年画是国家级非物质文化遗产，这是文化部门公布的名录，不是我们自己封的。")),
        ("这是全国最正宗的木版年画，整个年画行当就我们一家还在手工刻。", [ABS]),
        ("浆糊最好用面粉现熬的，贴得牢，来年好揭。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("年画类目里，我们这对门神的销量，就没见谁超过过。", [ABS, SAL]),
        ("今年腊月已经发出去三万四千对，好评九千多条。", [SAL]),
        ("手工版一年只印五百对，今天还剩最后三十对。", [SAL]),
        ("今年的版比我们去年的版多套了一道金色，颜色更鲜亮。", [],
         T("imitates absolute_claim: self-comparison with the workshop's own last edition")),
        ("年画博物馆的门店里，一对手工门神标价二百六，", [PRI], N(SPLIT)),
        ("咱们闲言少叙，直播间六十八一对，两对一百二。", [PRI], N(SPLIT)),
        ("醒木一拍，这价就今晚，过了十二点恢复260。", [PRI]),
        ("六十八一对，两对一百二，合一对六十。", [],
         T("imitates price_claim: plain price with per-pair arithmetic")),
        ("要成箱批给店铺的，加我危信，危信号就是说书人老杨加123。", [OFF],
         H("要成箱批给店铺的，加我微信，微信号就是说书人老杨加一二三。")),
        ("私信我，把您拉进年画藏友群，群里另有孤品。", [OFF]),
        ("街上卖的那些印刷门神，纸一晒就褪色，油墨里有甲全，贴了还招晦气。", [DIS, SUP],
         H("街上卖的那些印刷门神，纸一晒就褪色，油墨里有甲醛，贴了还招晦气。")),
        ("这手工版门神放上十年，一对能卖两千，比存钱强。", [INV]),
        ("收藏看个人喜欢，年画以后值不值钱，我说不准，也不跟您打包票。", [],
         T("imitates investment_claim: collecting disclaimer")),
        ("页面上已售多少对是平台显示的，看官们自己瞧。", [],
         T("imitates sales_data_claim: platform-shown counter, no own figure")),
        ("这是咱们今年腊月说书卖画的最后一场，正月十五以后再会，且听下回分解。", [],
         T("imitates price_claim / sales_data_claim: order word 最后一场 about the schedule")),
    ]},
]


ALLOWED_KEYS = {"trap", "note", "said", "ignore"}


def validate():
    """Check the SESSIONS data against the format rules of the README; exit on the first error."""
    def fail(sid, i, msg):
        sys.exit(f"{sid} line {i + 1}: {msg}")

    for s in SESSIONS:
        sid = s.get("id", "?")
        if not isinstance(sid, str) or len(sid) < 5 or not sid.startswith("s") \
                or not sid[1:3].isdigit() or sid[3] != "_":
            sys.exit(f"bad session id {sid!r}")
        if not s.get("product"):
            sys.exit(f"{sid}: no product")
        lines = s["lines"]
        if not (MIN_UTTS <= len(lines) <= MAX_UTTS):
            sys.exit(f"{sid}: {len(lines)} lines, want {MIN_UTTS}-{MAX_UTTS}")
        split_idx = []
        for i, entry in enumerate(lines):
            if not isinstance(entry, tuple) or len(entry) not in (2, 3):
                fail(sid, i, "entry must be a 2- or 3-tuple")
            text, labels = entry[0], entry[1]
            extra = entry[2] if len(entry) == 3 else {}
            if not isinstance(text, str) or not text.strip():
                fail(sid, i, "empty text")
            if text != text.strip():
                fail(sid, i, "text has leading/trailing space")
            if not isinstance(labels, list):
                fail(sid, i, "labels must be a list")
            for lab in labels:
                if lab not in CATEGORIES:
                    fail(sid, i, f"unknown category {lab!r}")
            if len(set(labels)) != len(labels):
                fail(sid, i, "duplicate label")
            if not isinstance(extra, dict) or set(extra) - ALLOWED_KEYS:
                fail(sid, i, f"bad extra {extra!r}")
            trap = extra.get("trap", False)
            ignore = extra.get("ignore", False)
            note = extra.get("note")
            said = extra.get("said")
            if trap and ignore:
                fail(sid, i, "line is both trap and grey")
            if (trap or ignore) and labels:
                fail(sid, i, "trap/grey line carries labels")
            if (trap or ignore) and not note:
                fail(sid, i, "trap/grey line without a note")
            if labels and note is not None:
                if PRI not in labels or note != SPLIT:
                    fail(sid, i, "a violating line may carry a note only as half of a split price comparison")
            if not labels and not trap and not ignore and note is not None:
                fail(sid, i, "neutral line with a note")
            if note == SPLIT:
                if not labels:
                    fail(sid, i, "split note on a line without labels")
                split_idx.append(i)
            if said is not None:
                if not isinstance(said, str) or not said.strip():
                    fail(sid, i, "empty said")
                if said == text:
                    fail(sid, i, "said equals text")
        # split price lines come in adjacent pairs
        k = 0
        while k < len(split_idx):
            if k + 1 >= len(split_idx) or split_idx[k + 1] != split_idx[k] + 1:
                fail(sid, split_idx[k], "split price line without an adjacent partner")
            if k + 2 < len(split_idx) and split_idx[k + 2] == split_idx[k + 1] + 1:
                fail(sid, split_idx[k], "more than two adjacent split price lines")
            k += 2


def build_session(s):
    """Turn one session's data into the truth document (synthetic timings)."""
    t = 1.0
    utts = []
    for entry in s["lines"]:
        text, labels = entry[0], entry[1]
        extra = entry[2] if len(entry) == 3 else {}
        dur = max(1.5, 0.22 * len(text))
        start = round(t, 2)
        end = round(start + dur, 2)
        u = {"start": start, "end": end, "text": text, "labels": list(labels),
             "ignore": bool(extra.get("ignore", False)), "trap": bool(extra.get("trap", False))}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    return {"id": s["id"], "duration": round(utts[-1]["end"] + 1.0, 2), "format": "text",
            "product": s["product"], "utterances": utts}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    validate()
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
