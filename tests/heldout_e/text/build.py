#!/usr/bin/env python3
"""Held-out evaluation set E for liveaudit (text-only transcripts).

Written 2026-12-06 from the law and the spec only (shared/spec/RULES.md,
shared/spec/FINDINGS.md), before any engine was run on it. Format and labelling
conventions follow tests/heldout_d/text/README.md and tests/heldout_d/text/build.py.

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                         violating (or neutral when labels == [])
  ("text", [labels], N("note"))              violating, with a note (e.g. a claim split over two lines)
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

MIN_UTTS, MAX_UTTS = 15, 25


def T(note, said=None):
    d = {"trap": True, "note": note}
    if said is not None:
        d["said"] = said
    return d


def H(said):
    return {"said": said}


def G(note):
    return {"ignore": True, "note": note}


def N(note):
    return {"note": note}


SPLIT = "price comparison split over two lines: both lines carry the label"

SESSIONS = [
    # ------------------------------------------------------------------ 01
    dict(id="e01_smartwatch", product="智能手表", lines=[
        ("老铁们，这块表往手上一戴，血压血糖血氧全给你测了，比医院抽血还准，糖尿病的老铁再也不用扎手指头了。", [MED]),
        ("家里老爷子心脏不好的，房颤早搏它提前给你报警，心梗都能给你拦下来，等于请了个私人大夫。", [MED]),
        ("这个价位你搁市面上划拉一圈，找不出续航比它更长的，我把话撂这儿。", [ABS]),
        ("官方旗舰店标的一千二百九十九，咱直播间今儿个六百九十九，贼拉划算。", [PRI]),
        ("去年双十一这款在智能穿戴里头连着仨月卖第一，这个真没吹。", [SAL, ABS]),
        ("隔壁那几个牌子的表，测心率就是瞎蹦数，戴着跟个电子玩具似的，专门忽悠老年人。", [DIS]),
        ("想要黑色限量表带的，加我V，我私下给你留，链接里头没有。", [OFF]),
        ("失眠的老铁戴着睡，助眠模式一开，一宿睡到大天亮，我那安眠药都扔了。", [MED]),
        ("这块屏幕是行业天花板，甭管大太阳底下还是黑灯瞎火，嘎嘎清楚。", [ABS]),
        ("这是全网最便宜的表，哎不对不对，不能说最，反正你们自己比去。", [ABS, PRI]),
        ("六九九就到今晚十二点，零点一过立马回一二九九，别到时候搁评论区喊我。", [PRI]),
        ("直播间这会儿三万多人在线，后台库存蹭蹭往下掉。", [SAL]),
        ("首先声明啊，这表不是医疗器械，测的数只能当个参考，身体不得劲儿赶紧上医院。", [],
         T("medical_claim imitation: non-device disclaimer; 首先 is an order word")),
        ("这是咱家第一次上这个型号，我自个儿也戴了一礼拜了。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("最高支持一百米防水，游泳戴着没毛病，这是它的参数。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("这一代比咱上一代续航多了三天，电池大了一圈。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("六百九十九分十二期，一期五十八块二，免息的。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("有啥售后直接找店铺客服，私信找你说给你退款的别信。", [],
         T("offsite_trade imitation: platform service and a warning against off-platform contact")),
        ("睡觉戴着记录睡眠，表带最好别勒太紧，松一指头。", [],
         T("absolute_claim imitation: usage tip 最好")),
        ("小李，你把那个蓝色表盘切出来给大伙儿瞅瞅。", []),
    ]),
    # ------------------------------------------------------------------ 02
    dict(id="e02_carseat", product="儿童安全座椅", lines=[
        ("呢款座椅系我哋见过最安全嘅，宝宝坐上去，你可以放一百个心啦。", [ABS]),
        ("碰撞测试全部满分，全球唯一一款五个方向撞都零伤害嘅座椅。", [ABS]),
        ("商场母婴店卖两千三，我哋直播间一千二百八，慳咗成千蚊啊。", [PRI]),
        ("外面好多几百蚊嘅座椅，你拎只手揿下个侧翼，软塌塌嘅，真系撞落去点护得住个头？", [DIS]),
        ("回购率百分之六十几，好多妈咪生二胎又返嚟再买一张。", [SAL]),
        ("连续三年母婴类目卖第一，唔系我自己讲，系一张一张卖出嚟嘅。", [SAL, ABS]),
        ("想要团购价嘅，入我哋妈妈群，群入面再平两百蚊。", [OFF, PRI]),
        ("今晚十二点之前落单，过咗十二点即刻返原价两千三。", [PRI]),
        ("有脊柱侧弯嘅宝宝坐呢张，坐姿帮佢矫正返嚟，驼背都冇埋。", [MED]),
        ("讲安全，乜嘢大牌都冇得比，冇边只打得过佢。", [ABS]),
        ("卖咗十五万九千张，零投诉。", [SAL]),
        ("家长可以家我微性我发安装视频俾你", [OFF], H("家长可以加我微信，我发安装视频俾你。")),
        ("呢张座椅有3C认证，编号喺详情页，大家可以自己查。", [],
         T("absolute_claim imitation: certification statement")),
        ("ISOFIX接口安装第一步，先将底座对准车座条缝。", [],
         T("absolute_claim imitation: order word 第一步")),
        ("最后提醒一次，装完一定要摇一摇，确认卡紧先好开车。", [],
         T("absolute_claim imitation: order word 最后提醒")),
        ("同其他牌子比，佢哋有啲系三档躺角，我哋系五档调节，参数都喺度，大家自己睇。", [],
         T("disparagement imitation: factual parameter comparison, no negative judgement")),
        ("一千二百八，分六期，每期两百一十几蚊。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("呢张最大适用到十二岁，三十六公斤以内。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("呢款拎过德国一个设计奖。", [], G("award claim unverifiable from audio")),
        ("阿May帮我拎个公仔过嚟放上去，示范下点样扣安全带。", []),
    ]),
    # ------------------------------------------------------------------ 03
    dict(id="e03_camelliaoil", product="山茶油", lines=[
        ("这个山茶油嘛，天天炒菜用它，血脂高的血压高的，吃三个月去医院一查，指标都降下来了。", [MED]),
        ("超市头那种金黄金黄的茶油，你翻过来看配料表嘛，调和油兑的香精，哄你耍的。", [DIS]),
        ("药店卖的那种小瓶茶油，一百八一瓶，我们这一斤装才六十八。", [PRI]),
        ("整个赣南，找不到比我们家压得更纯的茶油，莫得第二家。", [ABS]),
        ("坐月子的妈妈吃了奶水足，刀口好得快，一点都不得发炎。", [MED]),
        ("胃不好的、胃溃疡的，每天早上空腹喝一勺，比吃胃药都管用。", [MED]),
        ("去年我们一个直播间卖了二十几万瓶，评论区清一色的好评。", [SAL]),
        ("外头专卖店五升装要卖五百多。", [PRI], N(SPLIT)),
        ("我们今天两百四十九，还送两瓶小的哈。", [PRI], N(SPLIT)),
        ("要整箱拿的朋友，私我，给你走厂家直发，比链接少二十块一瓶。", [OFF, PRI]),
        ("东方橄榄油，油中之王，顶级的食用油就是它。", [ABS]),
        ("好平绿百分之九十九点八回头客占了一大半", [SAL], H("好评率百分之九十九点八，回头客占了一大半。")),
        ("就今天晚上这一场，明天就涨回去九十八了哈，莫怪我没说。", [PRI]),
        ("最近新油刚榨出来，颜色会深一点，放一段时间就清亮了。", [],
         T("absolute_claim imitation: order word 最近")),
        ("茶油是食品，不是药，身体有病还是要去看医生哈。", [],
         T("medical_claim imitation: disclaimer")),
        ("一斤装两位数，六十八，两斤一百三十六，四斤包邮。", [],
         T("price_claim imitation: plain price and arithmetic, no reference price")),
        ("冷榨的茶油最好不要大火爆炒，凉拌、炖汤都巴适。", [],
         T("absolute_claim imitation: usage tip 最好")),
        ("我们是赣南茶油地理标志产品，瓶子背后有标。", [],
         T("absolute_claim imitation: geographical-indication statement")),
        ("开封以后最佳食用期是六个月，放阴凉的地方。", [],
         T("absolute_claim imitation: time tip 最佳食用期")),
        ("来，倒一点在碗头，你们看这个挂壁，清亮得很。", []),
    ]),
    # ------------------------------------------------------------------ 04
    dict(id="e04_elderlyshoes", product="老年鞋", lines=[
        ("家里老人膝盖疼、脚后跟疼的，穿上这双鞋走俩月，骨刺都给你磨没了。", [MED]),
        ("防滑这一块，全国做老人鞋的，没一家能比得过我们。", [ABS]),
        ("鞋底带磁疗穴位按摩，天天穿着，降血压，脑梗都能预防。", [MED]),
        ("商场里同款一双二百九十九，咱今天两双才一百二。", [PRI]),
        ("我们一年卖出去三百多万双，老年鞋这个类目稳稳的头一名。", [SAL, ABS]),
        ("那些几十块钱的老人鞋，鞋底是回收胶，一下雨跟溜冰似的，老人摔了谁管？", [DIS]),
        ("本命年的老人穿这双红底的，踩小人，一整年顺顺当当。", [SUP]),
        ("有糖尿病足的老人穿它，脚上的溃疡慢慢就长好了。", [MED]),
        ("给爸妈买两双的，加个绿泡泡，我私下再给你抹个零。", [OFF, PRI]),
        ("最后五分钟，五分钟一过恢复原价两百九十九。", [PRI]),
        ("好评二十多万条，百分之九十九的老人穿上都说不想脱。", [SAL]),
        ("这是我们厂史上卖得最火的一款，没有之一。", [SAL, ABS]),
        ("鞋码第一次买拿不准的，就拍平时穿的码，不合适包退换。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("这个鞋不是治病的，老人脚上有毛病还得去医院看。", [],
         T("medical_claim imitation: disclaimer")),
        ("这双比我们去年那款轻了八十克，老人穿着不累脚。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("一百二两双，算下来一双六十，运费险也送了。", [],
         T("price_claim imitation: bundle arithmetic, no reference price")),
        ("走路最好别拖着脚，鞋再防滑也得慢慢走。", [],
         T("absolute_claim imitation: usage tip 最好")),
        ("首先看鞋底纹路，再看后跟包不包脚，挑老人鞋这两样最要紧。", [],
         T("absolute_claim imitation: order word 首先; buying advice, not a product comparison")),
        ("大姐问四十码有没有，有，宽版的也有。", []),
    ]),
    # ------------------------------------------------------------------ 05
    dict(id="e05_cleanser", product="洁面乳", lines=[
        ("油皮痘肌的宝子，用它洗一个礼拜，闭口粉刺全给你刷下去，痘痘一颗都不冒。", [COS]),
        ("里头加了抑菌因子，脸上的螨虫细菌一锅端。", [COS]),
        ("洗完脸直接白一个度，暗沉黄气全没了。", [COS]),
        ("毛囊炎、脂溢性皮炎的，洗半个月就好利索了。", [MED]),
        ("专柜那些四百多的大牌洗面奶，一半钱花在瓶子和明星身上，洗得还没我们干净。", [DIS]),
        ("痘印痘坑坚持用一个月，淡得七七八八，跟没长过一样。", [COS]),
        ("洁面这个品类，它就是天花板，我用过几百支，没有一支比它温和。", [ABS]),
        ("原价一百五十九，今天直播间拍一发三，算下来一支才三十几。", [PRI]),
        ("三九块九一支，就这一轮，下一轮直接回到七十九。", [PRI]),
        ("回购率百分之八十，老粉一囤就是十支八支。", [SAL]),
        ("用完以后消延康民敏感肌也不泛红", [COS], H("用完以后消炎抗敏，敏感肌也不泛红。")),
        ("想要小样的加我小号，小号朋友圈发的链接比直播间还便宜。", [OFF, PRI]),
        ("我们这支没有美白祛痘功效，就是把脸洗干净，别冲着功效买。", [],
         T("cosmetic_claim imitation: denial of efficacy")),
        ("刚才那句说快了，我纠正一下，它不能淡痘印，就是清洁。", [],
         T("cosmetic_claim imitation: a line that only corrects")),
        ("痘痘红肿得厉害的，先去皮肤科看，洗面奶解决不了。", [],
         T("medical_claim / cosmetic_claim imitation: referral to a doctor")),
        ("最好早晚各一次，一次挤黄豆大小就够了。", [],
         T("absolute_claim imitation: usage tip 最好")),
        ("这次比我们老款的泡沫更细，配方升级过。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("三十九块九一支，两支七十九块八，三支包邮。", [],
         T("price_claim imitation: plain price and arithmetic, no reference price")),
        ("这是我们家第一次做洁面，之前一直做面霜。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("宝子们看我手背，挤一点，打出泡来，你看这个泡。", []),
        ("氨基酸表活，洗完不紧绷，这个你们自己试。", []),
    ]),
    # ------------------------------------------------------------------ 06
    dict(id="e06_toiletwater", product="花露水", lines=[
        ("夏天宝宝长痱子、起湿疹，擦上两回，第二天就消了。", [MED]),
        ("被蚊子咬了起个大包，抹一下，消炎止痒，比药膏还快。", [COS, MED]),
        ("里头添了抗菌成分，擦在身上一整天清清爽爽，不长小疙瘩。", [COS]),
        ("老牌子那几家，现在配方都偷偷改了，酒精味冲得很，全靠情怀在卖。", [DIS]),
        ("这瓶花露水全国卖得最好，没有哪个牌子卖得过它。", [SAL, ABS]),
        ("平时超市要卖二十九一瓶，今天九块九，还买二送一。", [PRI]),
        ("端午挂艾草，再洒点我们这个花露水，辟邪驱晦气，一家人平平安安。", [SUP]),
        ("要整箱的，评论区扣个要，我拉你进团购群，一箱能省三十。", [OFF, PRI]),
        ("倒计时三分钟，三分钟后恢复十九块九。", [PRI]),
        ("脚气、汗脚的，每天喷一喷，脚气给你断根。", [MED]),
        ("在我们直播间已经卖了五十多万瓶，天天补货。", [SAL]),
        ("这款还有驱搬效果晒黑的地方擦了能白回来", [COS], H("这款还有祛斑效果，晒黑的地方擦了能白回来。")),
        ("花露水就是个清香的东西，不是药，皮肤破了别往伤口上擦。", [],
         T("medical_claim imitation: disclaimer")),
        ("第一步先摇匀，再离皮肤二十公分喷。", [],
         T("absolute_claim imitation: order word 第一步")),
        ("九块九一瓶，十瓶九十九。", [],
         T("price_claim imitation: plain price and arithmetic, no reference price")),
        ("宝宝用最好先在手臂内侧试一下，不过敏再大面积用。", [],
         T("absolute_claim / cosmetic_claim imitation: usage tip 最好; 过敏 is a caution, not 抗敏")),
        ("端午节挂艾草是老习俗，图个应景。", [],
         T("superstition imitation: custom, no promise")),
        ("别的牌子也有清凉款，各有各的香型，喜欢哪个选哪个。", [],
         T("disparagement imitation: competitor mention without negative judgement")),
        ("来看看颜色，淡绿色的，玻璃瓶的。", []),
    ]),
    # ------------------------------------------------------------------ 07
    dict(id="e07_dendrobium", product="铁皮石斛", lines=[
        ("这个石斛泡水喝，咽炎、慢性胃炎的，喝上一个月嗓子清亮了，胃也不反酸了。", [MED]),
        ("肝不好的、转氨酶高的，比护肝片还管用，药都能停了。", [MED]),
        ("霍山这一片，我们家是唯一一个拿到原产地种苗的基地，独一家。", [ABS]),
        ("同仁堂那种药房里称的，一克要十几块，我们这一罐五十克才两百出头。", [PRI]),
        ("外面那些几十块一斤的，紫皮的冒充铁皮，硫磺熏过的，吃了伤身。", [DIS]),
        ("化疗完的病人吃它，白细胞蹭蹭往上升，肿瘤都不容易复发。", [MED]),
        ("我们家已经连续五年天猫石斛类目销量冠军。", [SAL, ABS]),
        ("吃了一点副作用都没有，老人小孩孕妇都能吃，吃多少都没事。", [MED]),
        ("买它就跟存钱一样，这一罐放到明年价格翻一倍，你现在囤就是赚。", [INV]),
        ("想长期吃的，加我微信，每个月我直接给你寄，不走平台还便宜。", [OFF, PRI]),
        ("原价五百九十八一罐，今天两百三十八，只限今天。", [PRI]),
        ("吃了不光提高免疫力还能抗艾防癌", [MED], H("吃了不光提高免疫力，还能抗癌防癌。")),
        ("好评率百分之百，喝过的老顾客都说离不开它。", [SAL]),
        ("本品不能代替药物，有基础病的请遵医嘱。", [],
         T("medical_claim imitation: statutory health-food notice")),
        ("霍山石斛是国家地理标志产品，我们这个有证。", [],
         T("absolute_claim imitation: geographical-indication statement")),
        ("最佳冲泡方法是先捣碎，再小火煮二十分钟。", [],
         T("absolute_claim imitation: usage tip 最佳")),
        ("两百三十八一罐，五十克，一天两克，差不多吃一个月。", [],
         T("price_claim imitation: per-unit arithmetic, no reference price")),
        ("首先说清楚，它是食品，不是药，别指望它治病。", [],
         T("medical_claim imitation: disclaimer; 首先 is an order word")),
        ("石斛价格跟年景走，我们不保证涨价，别当理财囤。", [],
         T("investment_claim imitation: denial of appreciation")),
        ("这个枫斗你看，一颗一颗拧成弹簧一样，都是手工的。", []),
    ]),
    # ------------------------------------------------------------------ 08
    dict(id="e08_waterpurifier", product="净水器", lines=[
        ("自来水里那些水垢，喝多了长肾结石，装上它喝一年，结石都给你冲下去。", [MED]),
        ("这台净水器的过滤精度全行业最高，没有之一。", [ABS]),
        ("某东上卖三千二百九，你在我这拍一千六百九十九，同一款。", [PRI]),
        ("别家那些便宜净水器，滤芯用半年就是个摆设，滤出来的水比自来水还脏。", [DIS]),
        ("喝了这个水，小孩长个快，老人骨质疏松都改善了。", [MED]),
        ("出来的是弱碱水，调节酸碱体质，痛风的尿酸都降下来了。", [MED]),
        ("全国一千多万家庭都在用，安装师傅一天跑断腿。", [SAL]),
        ("要上门量尺寸的，直接加安装师傅的V，你们私下约时间，不用在平台上预约。", [OFF]),
        ("今晚零点前下单送三年滤芯，零点一过恢复到三千二。", [PRI]),
        ("国家级水质专家亲自监制的。", [ABS]),
        ("这款的家格是全网醉低的", [ABS, PRI], H("这款的价格是全网最低的。")),
        ("连续两年净水器品类销量第一，卖爆了。", [SAL, ABS]),
        ("我们这台是一级水效，国标上的等级，贴在机身上。", [],
         T("absolute_claim imitation: national-standard grade")),
        ("最大出水量每分钟两升，这是标称参数。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("这一代比我们上一代废水比低了一半。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("净水器只管过滤，不能治任何病，有结石还得找大夫。", [],
         T("medical_claim imitation: disclaimer")),
        ("滤芯醉好一年一换到时间机器会提醒你", [],
         T("absolute_claim imitation: usage tip 最好", said="滤芯最好一年一换，到时间机器会提醒你。")),
        ("安装都是平台派单，师傅上门你在订单里点确认就行。", [],
         T("offsite_trade imitation: platform service")),
        ("一千六百九十九，分二十四期免息，一期七十来块。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("你看这个出水口，我接一杯给大家喝喝看。", []),
    ]),
    # ------------------------------------------------------------------ 09
    dict(id="e09_calligraphy", product="名家字画", lines=[
        ("这幅字是协会副主席亲笔写的，现在入手，过两年价格起码翻两番。", [INV]),
        ("书画这东西只升不降，放家里比钱放银行强多了。", [INV]),
        ("挂在客厅正对大门，镇宅纳福，小人全挡在外头。", [SUP]),
        ("这幅猛虎下山挂办公室，生意越做越旺，招财得很。", [SUP]),
        ("画廊里同尺寸的作品标价都是六位数，今天直播间四位数就能带走。", [PRI]),
        ("外面那些直播间卖的字画，都是喷绘印出来再描两笔，专坑你们外行。", [DIS]),
        ("这位是当代书法家里润格最高的，字价全国第一。", [ABS]),
        ("我们承诺三年后原价回购，另外再加百分之二十给你。", [INV]),
        ("要看真迹细节的，加我私人微信，视频给你看，私下成交还能再让点。", [OFF, PRI]),
        ("这一批已经卖出去三千多幅，好多藏家一买就是一套。", [SAL]),
        ("今天是开关吉日这幅字已经请大事开过关", [SUP], H("今天是开光吉日，这幅字已经请大师开过光。")),
        ("原价八万八的作品，今天只要一万二，就今天这一场。", [PRI]),
        ("字画收藏看个人喜欢，我们不承诺升值，也不做回购。", [],
         T("investment_claim imitation: denial of appreciation and buy-back")),
        ("一万二一幅，含装裱，包邮到家。", [],
         T("price_claim imitation: plain price, no reference price")),
        ("这是这位老师第一次在直播间出作品。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("福字是传统吉祥字，过年挂着喜庆。", [],
         T("superstition imitation: custom, no promise")),
        ("今天这几幅里最大的一幅是六尺整张，其他的是四尺。", [],
         T("absolute_claim imitation: largest item among today's own pieces (self-comparison)")),
        ("别的直播间也有卖字画的，风格不一样，看你喜欢哪种。", [],
         T("disparagement imitation: competitor mention without negative judgement")),
        ("来，把这幅展开，慢一点，别折了。", []),
    ]),
    # ------------------------------------------------------------------ 10
    dict(id="e10_solarroof", product="户用光伏", lines=[
        ("屋顶装上这套光伏，一年稳稳当当进账八千多，啥也不用管。", [INV]),
        ("装上以后六年回本，后头十九年全是纯赚的。", [INV]),
        ("电网兜底收电，这钱一分不带少的，零风险。", [INV]),
        ("这板子转换效率是全世界头一份，没有谁家比它高。", [ABS]),
        ("我们这片已经装了两千多户，家家都说这钱来得比种地容易。", [SAL, INV]),
        ("别家那些小公司装的，不到三年板子就衰减一半，人都跑没影了，找都找不着。", [DIS]),
        ("市场上装一套得七万多，今天直播间签约三万九，省一半。", [PRI]),
        ("想签的老铁直接私我，拉你进业主群，线下让你们乡的业务员上门签合同。", [OFF]),
        ("比存银行强十倍，存银行那点利息还不够塞牙缝的。", [INV]),
        ("板子朝南一装，风水上讲这叫紫气东来，旺财旺家，保你家日子越过越红火。", [SUP]),
        ("这个收益是包地的年年都保证有八千", [INV], H("这个收益是保底的，年年都保证有八千。")),
        ("今年补贴名额就剩最后二十个，下个月一取消，价格马上涨回七万。", [PRI]),
        ("发电量受光照和天气影响，收益多少我们不做承诺，合同上写的是预估。", [],
         T("investment_claim imitation: denial of guaranteed returns")),
        ("组件最大功率五百八十瓦，这是铭牌上的参数。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("三万九，分三年付，一个月一千出头。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("签合同走平台的服务订单，别给任何人私下转账。", [],
         T("offsite_trade imitation: warning against off-platform payment")),
        ("最近雪大，板子上的雪最好及时扫一扫，不然不发电。", [],
         T("absolute_claim imitation: order word 最近, usage tip 最好")),
        ("这批组件比我们去年用的那批效率高了一个点。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("大哥你家房子是平顶还是斜顶？平顶好装。", []),
    ]),
    # ------------------------------------------------------------------ 11
    dict(id="e11_catlitter", product="猫砂", lines=[
        ("这款豆腐猫砂加了益生菌，猫咪尿闭、膀胱炎的，用了以后一次都没犯过。", [MED]),
        ("除臭这块它是天花板级别，我试过四十多款，没有一款比它压味。", [ABS]),
        ("宠物店里一包卖四十五，咱直播间六包才九十九。", [PRI]),
        ("某多多那些九块九的猫砂，工业废料压的，猫舔两口就中毒。", [DIS]),
        ("用了我们的猫砂，猫癣、耳螨都不长了，比跑宠物医院还省事。", [MED]),
        ("三百多万个铲屎官在用，复购率百分之九十二。", [SAL]),
        ("养猫的宝子进我们铲屎官群，群里每周发隐藏券，比链接便宜一大截。", [OFF, PRI]),
        ("就今天，六包九十九，明天回到一百六十八，我说到做到。", [PRI]),
        ("全国唯一一家用食品级原料做猫砂的工厂。", [ABS]),
        ("那些网红猫砂就是交只商税的", [DIS], H("那些网红猫砂就是交智商税的。")),
        ("这款猫砂连续三年宠物用品卖第一。", [SAL, ABS]),
        ("猫咪尿血、老蹲砂盆尿不出来的，赶紧去医院，猫砂解决不了。", [],
         T("medical_claim imitation: referral to a vet")),
        ("第一次换猫砂的，最好新旧混着用，让猫慢慢适应。", [],
         T("absolute_claim imitation: order word 第一次, usage tip 最好")),
        ("这款比我们去年的老款结团更硬，不容易散。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("九十九六包，一包算下来十六块五。", [],
         T("price_claim imitation: per-unit arithmetic, no reference price")),
        ("破包漏砂的，直接在订单里点售后，平台给你处理。", [],
         T("offsite_trade imitation: platform after-sales")),
        ("膨润土砂也有人喜欢，结团快，你们按自家猫的习惯选。", [],
         T("disparagement imitation: competitor type mentioned without negative judgement")),
        ("小橘过来，哎，它自己跑进去了，你看它多爱用。", []),
    ]),
    # ------------------------------------------------------------------ 12
    dict(id="e12_rice", product="五常大米", lines=[
        ("正宗五常稻花香，全中国最好吃的大米，没有之一。", [ABS]),
        ("糖尿病的吃这个米，血糖一点不往上窜，比吃降糖药都稳当。", [MED]),
        ("超市那些五常大米你闻闻，一股陈味儿，那是放了三年的陈米抛了光再装袋的。", [DIS]),
        ("超市十斤装卖一百二，咱今儿个十斤七十九，还包邮。", [PRI]),
        ("去年我们卖了一千八百多万斤，东北大米直播卖得最多的就是我们家。", [SAL, ABS]),
        ("孩子天天吃咱这米，脾胃调理好了，积食厌食全没了。", [MED]),
        ("上礼拜这米还卖九十九一袋呢。", [PRI], N(SPLIT)),
        ("今儿个直接给你干到六十九，整就完了。", [PRI], N(SPLIT)),
        ("开饭店要整一吨的老板，扫我屏幕上这个二维码加我，给你厂家直供。", [OFF]),
        ("就这一波，三百单抢完立马涨回去，没抢着别怨我。", [PRI]),
        ("吃了这个米老人家的位病全好了", [MED], H("吃了这个米，老人家的胃病全好了。")),
        ("好评十二万条，差评一条都没有。", [SAL]),
        ("五常大米是国家地理标志产品，袋子上有地标和溯源码，自己扫就能查。", [],
         T("absolute_claim / offsite_trade imitation: GI statement; scanning a traceability code is not steering")),
        ("米是粮食，不是药，血糖高的该吃药还得吃药。", [],
         T("medical_claim imitation: disclaimer")),
        ("新米最好放阴凉处，开袋以后最佳食用期是两个月。", [],
         T("absolute_claim imitation: usage/time tips 最好/最佳食用期")),
        ("七十九十斤，一斤七块九，一顿饭也就块把钱。", [],
         T("price_claim imitation: per-unit arithmetic, no reference price")),
        ("这批新米比咱自家去年那批香多了，新米就是新米。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("我们家这米是国标一级的，袋子上印着等级。", [],
         T("absolute_claim imitation: national-standard grade")),
        ("仓库里就剩这几百袋了。", [], G("stock scarcity, unverifiable from audio")),
        ("来，锅盖掀开，瞅瞅这热气，油汪汪的。", []),
    ]),
]


def line_duration(text):
    # about 4.5 Chinese characters per second
    return max(1.5, 0.22 * len(text))


def build_session(s):
    n = len(s["lines"])
    if not MIN_UTTS <= n <= MAX_UTTS:
        raise ValueError(f"{s['id']}: {n} utterances, want {MIN_UTTS}-{MAX_UTTS}")
    t = 1.0
    utts = []
    for entry in s["lines"]:
        if len(entry) == 2:
            text, labels = entry
            extra = {}
        elif len(entry) == 3:
            text, labels, extra = entry
        else:
            raise ValueError(f"{s['id']}: bad line form {entry!r}")
        for lab in labels:
            if lab not in CATEGORIES:
                raise ValueError(f"{s['id']}: unknown label {lab!r} in {text!r}")
        if len(set(labels)) != len(labels):
            raise ValueError(f"{s['id']}: duplicate label in {text!r}")
        trap = bool(extra.get("trap", False))
        ignore = bool(extra.get("ignore", False))
        if trap and labels:
            raise ValueError(f"{s['id']}: trap line with labels: {text!r}")
        if ignore and labels:
            raise ValueError(f"{s['id']}: grey line with labels: {text!r}")
        if trap and ignore:
            raise ValueError(f"{s['id']}: line both trap and grey: {text!r}")
        if (trap or ignore) and not extra.get("note"):
            raise ValueError(f"{s['id']}: trap/grey line without note: {text!r}")
        if "said" in extra and extra["said"] == text:
            raise ValueError(f"{s['id']}: heard line identical to said: {text!r}")
        end = t + line_duration(text)
        u = {"start": round(t, 2), "end": round(end, 2), "text": text,
             "labels": list(labels), "ignore": ignore, "trap": trap}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    duration = round(utts[-1]["end"] + 1.0, 2)
    return {"id": s["id"], "duration": duration, "format": "text",
            "product": s["product"], "utterances": utts}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        sys.exit("duplicate session id")
    products = [s["product"] for s in SESSIONS]
    if len(set(products)) != len(products):
        sys.exit("duplicate product type")
    seen_text = {}
    for s in SESSIONS:
        for entry in s["lines"]:
            if entry[0] in seen_text:
                sys.exit(f"duplicate line {entry[0]!r} in {s['id']} and {seen_text[entry[0]]}")
            seen_text[entry[0]] = s["id"]

    per_cat = {c: 0 for c in CATEGORIES}
    tot = dict(violating=0, two_labels=0, trap=0, grey=0, neutral=0, heard_violating=0,
               heard_trap=0, heard_other=0, utterances=0)
    print(f"{'session':<20} {'product':<10}\t{'viol':>4} {'trap':>4} {'heard':>5} {'utts':>4} {'duration_s':>10}")
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
    print(f"  violating share {vs:.1f}%")
    print(f"  sessions {len(SESSIONS)}, product types {len(set(products))}")


if __name__ == "__main__":
    main()
