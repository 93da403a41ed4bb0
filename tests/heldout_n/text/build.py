#!/usr/bin/env python3
"""Held-out evaluation set N for liveaudit (text-only transcripts).

Fourteenth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_m/text/README.md and the helper, validation and printing
code of tests/heldout_m/text/build.py were the only references (heldout_m's SESSIONS data was
not read; no line of any other set was used or paraphrased).

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

SESSIONS = [
    {"id": "n01_hydrosol", "product": "玫瑰纯露", "lines": [
        ("各位旅客早上好，欢迎乘坐本次玫瑰纯露航班，我是本次乘务长小舟，请大家把手机调到下单模式啊。", []),
        ("客舱广播一下，这瓶纯露喷上去脸蛋一周亮一个色号，黄气像落地前的云层一样散开。", [COS]),
        ("脸上冒红疙瘩那种痤疮型的旅客注意啦，每天喷三次，两周痘印痘包全部着陆。", [COS, MED]),
        ("起飞前最后一次提醒，纯露开盖后最好三个月内用完哈。", [],
         T("imitates absolute_claim: 最后一次 is an order word and 最好…用完 is a usage tip")),
        ("我飞了十一年航线，地面空中加起来就没遇到过比它更润的喷雾，头等舱标准里的头等。", [ABS]),
        ("某某花水那种，说白了是香精兑自来水，喷多了脸上起一层小红点。", [DIS]),
        ("免税店同规格的柜台价牌上写的是三百二十八。", [PRI], N(SPLIT)),
        ("今天在咱们客舱里，一百零九，两瓶两百出头。", [PRI], N(SPLIT)),
        ("提醒一下，它是普通化妆品备案的，只做补水保湿，美白祛斑它不管，别指望。", [],
         T("imitates cosmetic_claim: names 美白祛斑 only to deny them; ordinary-cosmetic registration")),
        ("敏感肌的朋友放心，里面的抗民成分一喷下去，泛红立刻就收了。", [COS],
         H("敏感肌的朋友放心，里面的抗敏成分一喷下去，泛红立刻就收了。")),
        ("上个月这条航线一共送出去六万七千瓶，机舱里坐满的都是回头客。", [SAL]),
        ("下了飞机加我私人围信，周下划线1988，乘务组有个交流群。", [OFF],
         H("下了飞机加我私人微信，zhou下划线一九八八，乘务组有个交流群。")),
        ("页面上一百零九就是一百零九，没有划线价，也没有什么原价，我不瞎报。", [],
         T("imitates price_claim: a plain page price, explicitly without any reference price")),
        ("飞长途的人脸上干到脱皮起湿疹，喷它比擦激素药膏还管用，还没有一点副作用。", [MED]),
        ("纯露品类里它连着二十个月挂在榜单第一，一次都没掉下来过。", [ABS, SAL]),
        ("第一步先摇匀，第二步离脸二十厘米喷，第三步轻拍吸收。", [],
         T("imitates absolute_claim: 第一步 / 第二步 / 第三步 are order words")),
        ("机长说了，舱门关闭前也就是今晚十点一过，价格马上调回一百六十九。", [PRI]),
        ("晒黑的手臂连喷1个月，没白效果肉眼可见，跟换了层皮一样。", [COS],
         H("晒黑的手臂连喷一个月，美白效果肉眼可见，跟换了层皮一样。")),
        ("皮肤要是破了在流水，先去看皮肤科医生，纯露不是药，别往伤口上喷。", [],
         T("imitates medical_claim: a warning that sends injured skin to a doctor and denies it is a medicine")),
        ("还能沙菌消毒，乘务员口罩里面喷一喷，流感病毒都进不来。", [COS, MED],
         H("还能杀菌消毒，乘务员口罩里面喷一喷，流感病毒都进不来。")),
        ("页面左下角平台显示的已售件数大家自己看，我就不替它报数了。", [],
         T("imitates sales_data_claim: points to the platform's own counter without claiming a figure")),
        ("隔壁那个航空联名的喷雾，收你两百块，打开一闻全是酒精味，纯属智商税。", [DIS]),
        ("还剩最后一百四十瓶，降落之前清舱，错过就等下一班了。", [SAL]),
        ("我们乘务组的目标是把服务做到让每位旅客最舒心，这个我们一直在努力。", [],
         T("imitates absolute_claim: service attitude and aspiration (执法指南 第5条), not a product claim")),
        ("毛孔里的油和螨虫它都能赶出来，消炎镇静一次到位。", [COS]),
        ("有问题请点右下角平台客服，不要相信任何人私下加你收钱，那都是骗子。", [],
         T("imitates offsite_trade: sends buyers to the platform's own service and warns against private payment")),
        ("全世界玫瑰产区我都飞过，这瓶是最顶的，瓶身还在机场祈福台供过，喷了一路平安。", [ABS, SUP]),
        ("这1瓶不含房晒成分，出门还是要另外涂防晒霜。", [],
         T("imitates cosmetic_claim: states the product has no sunscreen effect (a denial)",
           said="这一瓶不含防晒成分，出门还是要另外涂防晒霜。")),
        ("医院皮肤科的护士都偷偷在用，说喷完红血丝消了，玫瑰痤疮也治好了。", [COS, MED]),
        ("一瓶一百毫升一百零九，算下来一毫升一块零九分，大家自己算。", [],
         T("imitates price_claim: per-volume arithmetic on the one page price, no comparison")),
    ]},
    {"id": "n02_nappycream", "product": "宝宝护臀膏", "lines": [
        ("家长们好，小朋友们排排坐好，今天老师带大家认识一支护臀膏，小手放膝盖上。", []),
        ("宝宝屁屁上红红一片的尿布疹，抹上它半天就消炎，晚上接园的时候都不红了。", [COS, MED]),
        ("它里面有一菌因子，细菌碰到就趴下，比洗手液还干净。", [COS],
         H("它里面有抑菌因子，细菌碰到就趴下，比洗手液还干净。")),
        ("第一步给宝宝擦干净，第二步晾一会儿，最后一步再薄薄抹一层。", [],
         T("imitates absolute_claim: 第一步 / 最后一步 are order words")),
        ("老师带过十四届小班，这么多牌子里，它就是护屁屁消炎这件事上的小红花冠军，谁也比不过。", [ABS, COS]),
        ("某某婴童那支便宜的，我们园里有孩子用了，屁股上起了一片水泡，里面八成有激素。", [DIS]),
        ("今天直播间一支五十九，母婴店货架上同一支标的是一百二十八，你们去看看。", [PRI]),
        ("宝宝要是发烧又拉肚子，赶紧带去儿科，护臀膏管不了这个，别耽误。", [],
         T("imitates medical_claim: disease words in advice to see a doctor; denies any effect")),
        ("湿疹、奶癣、痱子，园里哪个娃长了我都给他抹这个，三天就好，比医院开的药膏还灵。", [MED]),
        ("我们园所在的区，一个学期就卖出去九千多支，家长群里天天有人回来再买。", [SAL]),
        ("想团购的家长加一下老师的微心，我拉你进班级团购裙。", [OFF],
         H("想团购的家长加一下老师的微信，我拉你进班级团购群。")),
        ("一支五十克五十九块，一天用两回，差不多能用一个半月，一天一块多钱。", [],
         T("imitates price_claim: per-day arithmetic on the page price, no reference price")),
        ("连宝宝小脸蛋上的红血丝、过敏小疙瘩也能抹，抗敏舒缓一步到位。", [COS]),
        ("纯天然没有任何副作用，新生儿一出生就能抹，百分之百安全，老师拿人格担保。", [MED]),
        ("这是普通化妆品，就是给皮肤隔一层，保护滋润，不是药，不消炎也不杀菌。", [],
         T("imitates cosmetic_claim: 消炎 / 杀菌 appear only in a denial; ordinary cosmetic")),
        ("母婴榜单上它从去年夏天就一直是第一名，排得比班长还稳。", [ABS, SAL]),
        ("园长说了，放学铃一响，也就是今天下午五点，价格就回去一百二十八。", [PRI]),
        ("最近天气热，最好每次换尿布都给宝宝晾两分钟屁屁再抹。", [],
         T("imitates absolute_claim: 最近 is a time word, 最好…再抹 a usage tip")),
        ("宝宝屁股上的红印子、黑印子，抹1个月都能蛋下去，白白嫩嫩的。", [COS],
         H("宝宝屁股上的红印子、黑印子，抹一个月都能淡下去，白白嫩嫩的。")),
        ("外面那些十块钱三支的护臀膏都是三无产品，凡士林兑点香精就来骗钱了。", [DIS]),
        ("直播间右上角显示的在线人数是平台统计的，不是老师报的。", [],
         T("imitates sales_data_claim: attributes the online-viewer figure to the platform")),
        ("真菌感染的年珠菌皮炎抹它也能治，不用再去医院开药。", [MED],
         H("真菌感染的念珠菌皮炎抹它也能治，不用再去医院开药。")),
        ("今天只有最后两百支库存了，抢完这一批下一批要等到三个月后。", [SAL]),
        ("要买就在直播间下单，有问题找平台客服，老师不会私下收家长一分钱。", [],
         T("imitates offsite_trade: platform-only channel, refuses private payment")),
        ("班级群里的家长老师私下转账给你们打八折，比直播间还便宜。", [OFF, PRI]),
        ("配方里有氧化锌，这是给皮肤做隔离用的，不是治疗用的，大家别理解错了。", [],
         T("imitates medical_claim: names an ingredient and expressly denies a treatment use")),
        ("宝宝屁屁上的毛囊堵了冒小痘痘，抹两天痘痘就消了。", [COS]),
        ("这个规格最大的是一百克家庭装，最小的十五克出门带。", [],
         T("imitates absolute_claim: 最大 / 最小 describe the product's own pack sizes")),
        ("护臀膏里它的配方是最温和的，全中国的宝宝都找不出比它更合适的。", [ABS]),
        ("这支膏就是护臀界毒一无二的宝贝，别的都只能排在它后面。", [ABS],
         H("这支膏就是护臀界独一无二的宝贝，别的都只能排在它后面。")),
    ]},
    {"id": "n03_gingerconditioner", "product": "生姜护发素", "lines": [
        ("诸位道友，在下青岚，今日开炉炼的这一味，是一瓶生姜护发素，各位坐稳。", []),
        ("此物乃生发灵药，秃了三年的发顶，抹上七日，新发如春笋般破土而出。", [COS]),
        ("防脱这一道，放眼整个修真界，没有哪家宗门的方子能压过它一头。", [ABS, COS]),
        ("洗头时掉1把头发的道友，用它1个月，只脱见效。", [COS],
         H("洗头时掉一把头发的道友，用它一个月，止脱见效。")),
        ("第一重功法，先把头发洗净，第二重，护发素抹在发尾，最后一重，停三分钟再冲。", [],
         T("imitates absolute_claim: 第一重 / 最后一重 only give the order of the steps")),
        ("脂溢性脱发、斑秃这类顽疾，在下有师弟用了半年，全长回来了。", [COS, MED]),
        ("某某生姜洗护，名头响，实则是拿姜味香精糊弄，洗完头皮发痒掉得更凶。", [DIS]),
        ("山下坊市那家大药房同款，标价两百四十八灵石，啊不是，两百四十八块。", [PRI], N(SPLIT)),
        ("今日在本座洞府里，九十九一瓶，买二送一。", [PRI], N(SPLIT)),
        ("护发素只是让头发顺滑、不打结，它不管生发也不管防脱，这个本座先说清楚。", [],
         T("imitates cosmetic_claim: 生发 / 防脱 named only to deny them")),
        ("宗门弟子加外门散修，累计用过的已有三十一万人，回购的占了一大半。", [SAL]),
        ("头皮上的毛囊盐、脂溢性皮炎，抹上去消炎止痒，三天见好。", [COS, MED],
         H("头皮上的毛囊炎、脂溢性皮炎，抹上去消炎止痒，三天见好。")),
        ("一瓶五百毫升九十九，一次挤两泵，一周洗三次能用两个多月。", [],
         T("imitates price_claim: usage arithmetic on the page price, no comparison")),
        ("想拜入内门拿掌门价的，私信本座报暗号青岚，我把你拉进闭关小群。", [OFF, PRI]),
        ("还有一条飞升之路：做本宗代理，不压货不担风险，每月稳稳进账八千起。", [INV]),
        ("代理的事我说在前头，在下不承诺任何收入，做不做、赚不赚各凭本事，有风险。", [],
         T("imitates investment_claim: an explicit no-income-promise and risk statement")),
        ("它是防脱护发素里的渡劫期大能，别的牌子连筑基都没筑成。", [ABS, COS]),
        ("用它机活毛囊，发际线一点一点往前推，额头都变窄了。", [COS],
         H("用它激活毛囊，发际线一点一点往前推，额头都变窄了。")),
        ("本门的心愿，是做这世间最让人安心的洗护，眼下还在苦修，不敢说已经做到。", [],
         T("imitates absolute_claim: the seller's aspiration, expressly not claimed as achieved")),
        ("子时一到，也就是今晚十二点，价格恢复到一百九十九。", [PRI]),
        ("熬夜掉发掉到去医院挂号的道友，不必再吃那些治脱发的药片，抹它就够了，丝毫副作用也无。", [COS, MED]),
        ("此瓶是普通化妆品备案，不是特证的防脱产品，所以它只管顺滑。", [],
         T("imitates cosmetic_claim: says it is not a special-use anti-hair-loss product")),
        ("今日炉中只剩最后八十瓶，出了这炉就要等下一个甲子了。", [SAL]),
        ("店铺评分四点九是平台算的，在下只是照着念一遍。", [],
         T("imitates sales_data_claim: a platform-computed shop score, clearly attributed")),
        ("隔壁直播间那位卖生姜液的，旁门左道，听说里面掺了脱毛剂，越洗越秃。", [DIS]),
        ("天下洗护，唯此一家鼎级，其余皆是凡品。", [ABS],
         H("天下洗护，唯此一家顶级，其余皆是凡品。")),
        ("头皮要是大片红肿流脓，别在这儿问我，速去医院皮肤科。", [],
         T("imitates medical_claim: disease words in advice to see a doctor")),
        ("那对M字角，用完两瓶就被新长出来的绒毛填平了。", [COS]),
        ("这一系列最贵的是一升装，其实在下更推荐五百毫升的，放浴室刚好。", [],
         T("imitates absolute_claim: 最贵 compares sizes within the seller's own range")),
        ("头皮屑多、头皮痒的道友，它抑菌去屑，三次就干干净净。", [COS]),
    ]},
    {"id": "n04_melatonin", "product": "褪黑素软胶囊", "lines": [
        ("这里是午夜十二点的电波，夜猫子们还没睡吧，今晚陪你们的是阿远，也顺便带一瓶褪黑素。", []),
        ("先念一句说明，它是保健食品，批准的功能是改善睡眠，本品不能代替药物。", [],
         T("imitates medical_claim: a 保健食品 stating only its approved function plus 本品不能代替药物")),
        ("有位听众来信说，她失眠吃了八年安眠药，换成它一个星期就把药停了。", [MED]),
        ("一郁症、焦虑症晚上睡不着的，吃它比吃抗抑郁的药还稳。", [MED],
         H("抑郁症、焦虑症晚上睡不着的，吃它比吃抗抑郁的药还稳。")),
        ("在助眠这个频道上，它是调频到顶的那一档，没有比它更稳的信号了。", [ABS]),
        ("药店柜台上六十粒要一百九十八，今晚电台价一瓶六十九，三瓶一百八。", [PRI]),
        ("胃不好、反酸烧心的夜猫子，睡前来一粒，胃病跟着就好了。", [MED]),
        ("最好睡前半小时吃一粒，吃完就别再刷手机了。", [],
         T("imitates absolute_claim: 最好…吃 is a usage tip")),
        ("开播到现在，热线那头已经下了两万四千单，评论区五星好评刷屏。", [SAL]),
        ("老年痴呆、记忆力差，就是睡不好熬坏的，长期吃它能把这些病预防住。", [MED]),
        ("想要更低价的，记一下热线电话，139 0028 7654，打过来我四下给你发货。", [OFF, PRI],
         H("想要更低价的，记一下热线电话，一三九零零二八七六五四，打过来我私下给你发货。")),
        ("孕妇、哺乳期和正在吃药的朋友，先问问自己的医生再决定吃不吃。", [],
         T("imitates medical_claim: a caution that sends buyers to their doctor")),
        ("某某助眠糖那种，网红包装，里面褪黑素含量超标好几倍，吃了白天头昏脑涨。", [DIS]),
        ("吃它绝对没有依赖性，也没有任何副作用，吃十年也不会伤肝伤肾。", [MED]),
        ("直播间显示的已拍件数是平台的计数，我这边没有加工。", [],
         T("imitates sales_data_claim: the platform's own counter, clearly attributed")),
        ("它在助眠品类连续二十六个月销量头名，这个记录还没人破过。", [ABS, SAL]),
        ("高血压的人晚上睡不好，吃上它血压自己就将下来了。", [MED],
         H("高血压的人晚上睡不好，吃上它血压自己就降下来了。")),
        ("今晚是我们第一次在电台里卖东西，我说得不好大家多包涵。", [],
         T("imitates absolute_claim: 第一次 is an order word")),
        ("今晚节目一结束，一点整，价格就改回药店的一百九十八。", [PRI]),
        ("仓库那边说只剩三百瓶了，下一批要等春节后。", [SAL]),
        ("六十粒六十九，一天一粒，算下来一晚上一块一毛五。", [],
         T("imitates price_claim: per-day arithmetic on the page price")),
        ("小孩子多动、注意力不集中，晚上睡好了病也就好了，给孩子也吃一粒。", [MED]),
        ("那些几块钱一瓶的三五助眠糖，全是淀粉加色素，吃了等于吃毒。", [DIS],
         H("那些几块钱一瓶的三无助眠糖，全是淀粉加色素，吃了等于吃毒。")),
        ("要退换货走平台售后，别信私下加你的客服，我们官方店只有这一个。", [],
         T("imitates offsite_trade: platform after-sales only, warns against private contacts")),
        ("睡不着的朋友，这是全宇宙醉管用的一瓶，没有之一。", [ABS],
         H("睡不着的朋友，这是全宇宙最管用的一瓶，没有之一。")),
        ("它不能治疗失眠症，长期睡不着要去医院睡眠科看看。", [],
         T("imitates medical_claim: a no-cure statement with advice to see a doctor")),
        ("没效果你直接来找我，全额退款，我拿电台的招牌担保。", [MED]),
        ("我们节目最大的愿望就是让每个夜猫子都睡个好觉，这个还在努力。", [],
         T("imitates absolute_claim: the programme's aspiration, not a product claim")),
        ("想做睡眠顾问的，拉三个人进来，每人每月返你两百，躺着也能挣。", [INV]),
        ("每一瓶我都放在寺里开过光，枕头边放一瓶噩梦都不敢来。", [SUP]),
    ]},
    {"id": "n05_buckwheattea", "product": "苦荞茶", "lines": [
        ("赛白努，兄弟姐妹们，我是库伦旗的巴图，今天从蒙古包里给大家端来一壶苦荞茶。", []),
        ("我额吉血糖高了二十年，喝这个茶半年，降糖药减了一半。", [MED]),
        ("三高的兄弟喝它，血脂血压血糖一起往下走，比要还快。", [MED],
         H("三高的兄弟喝它，血脂血压血糖一起往下走，比药还快。")),
        ("泡这个茶最好用九十度左右的水，头一泡倒掉，第二泡再喝。", [],
         T("imitates absolute_claim: 最好用…水 is a usage tip, 头一泡 / 第二泡 are order words")),
        ("整个草原上的荞麦，就数我们库伦的最地道，天底下找不出第二片这样的地。", [ABS]),
        ("呼和浩特那边的特产超市，同样一罐卖一百三十八。", [PRI], N(SPLIT)),
        ("今天巴图这里，四十九一罐，两罐九十。", [PRI], N(SPLIT)),
        ("某某荞麦茶是拿大麦染了色冒充的，泡出来一股焦糊味，喝多了上火。", [DIS]),
        ("去年那达慕前后，我们一个月就发出去十一万罐，牧民家家户户回头来订。", [SAL]),
        ("苦荞茶就是一种代用茶，是食品，不是药，有病还得找大夫。", [],
         T("imitates medical_claim: says it is a food, not a medicine")),
        ("痛风的老哥喝上一个月，尿酸降了，脚也不肿了。", [MED]),
        ("要整箱的加巴图微辛，我蒙古包里现场给你打包，比直播间还便宜。", [OFF, PRI],
         H("要整箱的加巴图微信，我蒙古包里现场给你打包，比直播间还便宜。")),
        ("一罐五百克四十九，一天抓一小把，喝一个月，一天一块六。", [],
         T("imitates price_claim: per-day arithmetic on the page price")),
        ("这款苦荞茶在杂粮茶里常年排第一，谁家也没抢走过。", [ABS, SAL]),
        ("家里老人有脑耿的，天天喝它能把血管疏通开，预防再耿。", [MED],
         H("家里老人有脑梗的，天天喝它能把血管疏通开，预防再梗。")),
        ("最近草原上刚收完新荞麦，这批是今年的第一批货。", [],
         T("imitates absolute_claim: 最近 is a time word, 第一批 an order word")),
        ("每罐茶出库前都绕着敖包转三圈，喝了保佑一家人平平安安、财源滚滚。", [SUP]),
        ("那达慕一结束，就是今晚十点，价格回到一百三十八。", [PRI]),
        ("我们这里有祭敖包的老习俗，那是草原人的传统，跟这罐茶喝了灵不灵没关系。", [],
         T("imitates superstition: a custom mentioned with an explicit denial of any effect")),
        ("超市里那些几块钱一包的苦荞茶，都是碎渣子掺香精，喝的就是色素水。", [DIS]),
        ("喝这个茶能抗癌，我们旗里的老人没几个得癌的。", [MED]),
        ("额吉教我的，荞麦最好在霜降前割，晚了就落粒了。", [],
         T("imitates absolute_claim: 最好在…割 is a harvesting tip, not a product claim")),
        ("库房只剩最后60香了，抢完今年就没有了。", [SAL],
         H("库房只剩最后六十箱了，抢完今年就没有了。")),
        ("买茶只在这个直播间拍，巴图不会叫你去别处转钱。", [],
         T("imitates offsite_trade: platform-only channel")),
        ("绝对纯天然，喝了一点副作用都没有，孕妇小孩都能当水喝。", [MED]),
        ("某某牌的荞麦茶我也喝过，它是黄荞，我们是黑苦荞，口感不一样，各有喜欢的人。", [],
         T("imitates disparagement: a neutral, factual comparison with a named rival")),
        ("在你们那边开个草原茶铺，我们包货包回收，一年稳赚十万。", [INV]),
        ("商品页下面的评价都是平台上买家自己写的，好的坏的我一条都没删。", [],
         T("imitates sales_data_claim: points to platform reviews without a figure")),
        ("喝过我家的茶，再喝别家的都是白水，这是顶间里的顶间。", [ABS, DIS],
         H("喝过我家的茶，再喝别家的都是白水，这是顶尖里的顶尖。")),
        ("这个价就是页面上的价，我不说原价多少，你们看着合适就拍。", [],
         T("imitates price_claim: the page price alone, refuses to quote a reference price")),
    ]},
    {"id": "n06_blackgarlic", "product": "黑蒜", "lines": [
        ("各位食客，后厨开火了，我是掌勺的老何，今天这道菜不炒，给大家上一盘发酵黑蒜。", []),
        ("黑蒜吃一个月，我徒弟的高血压从一百七降到一百三，药都不用吃了。", [MED]),
        ("它里面的成分能杀死爱细胞，化疗的病人吃了恢复得快。", [MED],
         H("它里面的成分能杀死癌细胞，化疗的病人吃了恢复得快。")),
        ("第一道工序选独头蒜，最后一道工序是六十多度慢慢焐九十天。", [],
         T("imitates absolute_claim: 第一道 / 最后一道工序 are order words")),
        ("我颠了三十年勺，这么多黑蒜里这一罐的火候是顶格的，天下第一锅。", [ABS]),
        ("菜市场那种黑蒜，是拿酱油和糖色泡出来的，外黑里白，吃了拉肚子。", [DIS]),
        ("饭店后厨进货价都要八十八一斤，今天你们四十五一斤拿走。", [PRI]),
        ("黑蒜就是一道发酵食品，好吃，但它不是药，血压高的别停药。", [],
         T("imitates medical_claim: says it is not a medicine and warns not to stop drugs")),
        ("后厨走菜都没这么快，上一场两个钟头卖了四万三千罐。", [SAL]),
        ("天天吃两颗，感冒流感都找不上门，一冬天没去过医院。", [MED]),
        ("大批量要的饭店老板，死信我要后厨的座机，直接走货。", [OFF],
         H("大批量要的饭店老板，私信我要后厨的座机，直接走货。")),
        ("一罐五百克四十五，一颗差不多十克，算下来一颗九毛钱。", [],
         T("imitates price_claim: per-piece arithmetic on the page price")),
        ("在美食榜黑蒜那一栏，它霸榜霸了一千多天，一天没让过位。", [ABS, SAL]),
        ("糖尿病人也能放心吃，它还能把血汤往下拉。", [MED],
         H("糖尿病人也能放心吃，它还能把血糖往下拉。")),
        ("蒸好的黑蒜最好放冰箱冷藏，开罐后最多放一个月。", [],
         T("imitates absolute_claim: storage tip and the product's own shelf life")),
        ("今天我这边，一斤四十五块，三斤一百二。", [PRI], N(SPLIT)),
        ("商场干货柜台，同样的独头黑蒜，牌子上写着一百零八一斤。", [PRI], N(SPLIT)),
        ("某某黑蒜那家，听说用的是发了芽的烂蒜，还往里面加防腐剂。", [DIS]),
        ("某某黑蒜我也吃过，它偏甜一点，我们偏酸一点，看各人口味。", [],
         T("imitates disparagement: a neutral taste comparison with a named rival")),
        ("吃黑蒜能软化血管、清除血栓，中风的病人吃了能下地走路。", [MED]),
        ("今天收灶以前，也就是晚上九点，价格回到一百零八。", [PRI]),
        ("下单页那个已售数字是平台挂的，我这边看不到后台。", [],
         T("imitates sales_data_claim: the platform's own counter, attributed")),
        ("黑蒜黑得发亮，挂一串在门口，能辟邪挡灾，比大蒜辫子还灵。", [SUP]),
        ("只剩下最后120罐，帮厨已经在疯箱了。", [SAL],
         H("只剩下最后一百二十罐，帮厨已经在封箱了。")),
        ("肠胃不好的朋友最好饭后吃，空腹吃太多会有点烧心。", [],
         T("imitates absolute_claim / medical_claim: 最好饭后吃 is a usage tip")),
        ("不管什么体质吃了都百分之百没副作用，一天吃十颗都没事。", [MED]),
        ("我们后厨的心愿是做出全城最放心的黑蒜，现在还在慢慢学。", [],
         T("imitates absolute_claim: the seller's aspiration, not claimed as achieved")),
        ("全中国就我这1锅是地道的黑算，别处都是仿的。", [ABS, DIS],
         H("全中国就我这一锅是地道的黑蒜，别处都是仿的。")),
        ("想要发票的，在订单页面申请，平台自动开，不用加任何人。", [],
         T("imitates offsite_trade: invoices through the platform, no private contact")),
        ("开个黑蒜加工作坊，我们教手艺包收购，一年稳赚二十万不愁。", [INV]),
    ]},
    {"id": "n07_silkquilt", "product": "蚕丝被", "lines": [
        ("观众朋友们晚上好，今天开放麦不讲段子，讲一床蚕丝被，冷场了你们就下单救我。", []),
        ("我妈颈椎病、肩周炎，盖了它一个冬天，脖子能转三百六十度了，台下别笑，真的。", [MED]),
        ("风湿关节言的，晚上盖它，第二天膝盖就不疼了。", [MED],
         H("风湿关节炎的，晚上盖它，第二天膝盖就不疼了。")),
        ("先说第一个注意事项，蚕丝被最好别水洗，拿到太阳底下晒晒就行。", [],
         T("imitates absolute_claim: 第一个 is an order word, 最好别水洗 a care tip")),
        ("所有被子里，它是脱口秀界的周星驰，笑到最后的只有它，其他都是暖场。", [ABS]),
        ("某某家纺那种蚕丝被，拆开一看，里面塞的是化纤棉，盖了一夜浑身起静电。", [DIS]),
        ("百货商场床品区挂牌一千六百八的二斤蚕丝被，在我这个开放麦，四百九十九包邮。", [PRI]),
        ("我讲一场段子卖一千床，上个月一共卖了两万八千床，评论区全是回头客。", [SAL]),
        ("一床四百九十九，能盖十年，一年五十块，一天一毛多，这个账我算给你们听。", [],
         T("imitates price_claim: per-year arithmetic on the page price")),
        ("睡不着的朋友，抱着它比吃什么安神药都管用，我试过，一觉到天亮。", [MED]),
        ("想要定制尺寸的，加我私人为信，我在后台给你开个小灶，便宜一百。", [OFF, PRI],
         H("想要定制尺寸的，加我私人微信，我在后台给你开个小灶，便宜一百。")),
        ("蚕丝被就是保暖透气，治不了病，腰腿疼该看医生看医生。", [],
         T("imitates medical_claim: a no-cure statement")),
        ("家纺类目排行，它坐在头把交椅上已经坐了四年，没人挪得动。", [ABS, SAL]),
        ("它天然防螨，过敏性哮喘的孩子盖上，一晚上都不咳了。", [MED]),
        ("我说的好评，指的是页面上平台显示的那一个分数，大家自己点进去看。", [],
         T("imitates sales_data_claim: a platform-shown score, attributed")),
        ("这个包袱讲完，也就是半小时后，价格立马回去一千六百八。", [PRI]),
        ("被面上绣的是百子图，盖了它新婚夫妻早生贵子，还能旺夫旺家。", [SUP]),
        ("龙凤被面是图个喜庆好看，我不说盖了就能转运，那是迷信。", [],
         T("imitates superstition: an explicit denial of any luck effect")),
        ("网上几十块的蚕丝被全是智商睡，买的人都是冤大头。", [DIS],
         H("网上几十块的蚕丝被全是智商税，买的人都是冤大头。")),
        ("最近降温了，这款蚕丝被最厚的是四斤冬被，最薄的是一斤夏被。", [],
         T("imitates absolute_claim: 最近 time word; 最厚 / 最薄 are the product's own specifications")),
        ("库存就剩最后九十床了，我讲完下一个段子就没了。", [SAL]),
        ("盖蚕丝被能调节内分泌，更年期潮热出汗一个月就消停。", [MED]),
        ("有人冒充我的账号私聊你们收定金，那不是我，我只在这个直播间卖。", [],
         T("imitates offsite_trade: warns against impostors, platform-only channel")),
        ("这床被子是全果最轻最暖的，没有之一。", [ABS],
         H("这床被子是全国最轻最暖的，没有之一。")),
        ("某某家纺的蚕丝被也是真丝的，它走的是绣花路线，我们走的是轻薄路线。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("隔壁直播间那个卖被子的，嘴上说桑蚕丝，其实是柞蚕丝掺旧棉絮。", [DIS]),
        ("对蚕丝过敏的朋友很少，但有的话别硬盖，换个棉被。", [],
         T("imitates medical_claim: an allergy warning, no efficacy")),
        ("盖过它，你再盖别的被子，会觉得自己睡在砂纸上，这就是被子里的天花板。", [ABS]),
        ("想当家纺加盟商的，首批进货五万，我们保底每年给你分红八千。", [INV]),
        ("我这辈子最大的梦想是上春晚讲脱口秀，跟这床被子没关系哈。", [],
         T("imitates absolute_claim: the host's personal aspiration, not about the product")),
    ]},
    {"id": "n08_grapheneunderwear", "product": "石墨烯内裤", "lines": [
        ("同学们好，冲刺班开课了，今天这节课只讲一个考点：一条石墨烯内裤。", []),
        ("划重点：女同学的妇科炎症、霉菌性阴道炎，穿它一周就不复发，这是送分题。", [MED]),
        ("男同学的前列县炎，穿上它坐一天也不难受，慢慢就好了。", [MED],
         H("男同学的前列腺炎，穿上它坐一天也不难受，慢慢就好了。")),
        ("第一题先看尺码表，第二题看腰围，最后一题看面料成分，都在页面上。", [],
         T("imitates absolute_claim: 第一题 / 最后一题 are order words")),
        ("全世界的内裤考试，它门门满分，是唯一一个能上岸的。", [ABS]),
        ("某某内衣卖的所谓抗菌内裤，其实是普通棉布喷了层药水，洗两次就没了，还致癌。", [DIS]),
        ("商场内衣专柜三条装卖三百六十九，今天我这里三条九十九。", [PRI]),
        ("石墨烯在这里只是面料的一种，这条内裤不是医疗器械，有炎症请去医院。", [],
         T("imitates medical_claim: denies being a medical device, sends to hospital")),
        ("光我们这一期冲刺班的学员就买了三万六千条，错题本都没他们下单勤快。", [SAL]),
        ("它带远红外，穿着能改善血液循环，痛经的女生穿上当天就不疼了。", [MED]),
        ("报班和团购一起的，加助教QQ，号码是二七六八八三九一，私下统一发货。", [OFF]),
        ("三条九十九，一条三十三，按一年换两次算，一天不到两毛钱。", [],
         T("imitates price_claim: per-unit and per-day arithmetic on the page price")),
        ("功能内裤这个门类，它的销量从来没有烤过第二名。", [ABS, SAL],
         H("功能内裤这个门类，它的销量从来没有考过第二名。")),
        ("湿疹、股癣、脚气传到大腿根的，穿它三天，痒就止住了。", [MED]),
        ("洗的时候最好用冷水手洗，水温最高别超过四十度。", [],
         T("imitates absolute_claim: care tip and a washing limit")),
        ("今天直播间的四条装，一百二十九。", [PRI], N(SPLIT)),
        ("同样的四条装，我们线下门店价签上是四百八十八。", [PRI], N(SPLIT)),
        ("那些几块钱一条的地摊内裤，都是回收布料做的，穿了得皮肤病。", [DIS]),
        ("考点提示：这条内裤是纺织品，不是化妆品也不是药，不管美白也不管消炎。", [],
         T("imitates cosmetic_claim: 美白 / 消炎 named only to deny them")),
        ("鸟路感染反复发作的同学，换上它，再也不用吃消炎药。", [MED],
         H("尿路感染反复发作的同学，换上它，再也不用吃消炎药。")),
        ("右下角那个已有多少人加购是平台小字，我只是念给你们听，不代表是我们统计的。", [],
         T("imitates sales_data_claim: a platform counter, clearly attributed")),
        ("本期名额只剩最后四百条，押题押中了就抢光了。", [SAL]),
        ("下课铃一响，也就是晚上九点半，立马恢复四百八十八。", [PRI]),
        ("付款只认平台订单，助教不会让你们扫任何私人收款码。", [],
         T("imitates offsite_trade: platform-only payment")),
        ("毕业了不想上班的同学，来做我们的内裤代理，零风险，一年回本。", [INV]),
        ("某某内衣的莫代尔款我也推荐过，它更滑，我们更透气，这道题没有标准答案。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("穿它能提高免疫力，一冬天不感冒，比打疫苗还管用。", [MED]),
        ("最后讲一句，这节课最后五分钟给大家答疑。", [],
         T("imitates absolute_claim: 最后 only orders the lesson")),
        ("它就是内裤界的状元，清北级别，其他牌子连本科线都没过。", [ABS]),
        ("想要冲刺班资料包的，进我们的四域群，群里再下单还送两条。", [OFF],
         H("想要冲刺班资料包的，进我们的私域群，群里再下单还送两条。")),
    ]},
    {"id": "n09_massageslippers", "product": "足底按摩拖鞋", "lines": [
        ("全体都有，立正！稍息！今天教官不练军姿，教大家认识一双足底按摩拖鞋。", []),
        ("听口令：穿它踩一个月，脚底反射区打通，高血压糖尿病统统往下降。", [MED]),
        ("腰椎间盘突出的同学，穿着它踏步，比去做千引还管用。", [MED],
         H("腰椎间盘突出的同学，穿着它踏步，比去做牵引还管用。")),
        ("第一天最多穿半个小时，第二天再加十分钟，慢慢适应。", [],
         T("imitates absolute_claim: 第一天 order word, 最多穿半个小时 a usage limit")),
        ("全军所有拖鞋里，它是标兵中的标兵，排头第一个，无人能及。", [ABS]),
        ("某某按摩鞋那种，凸点是拿废塑料压的，有毒，穿了脚底烂。", [DIS]),
        ("军需商店里同款标价二百五十八，今天操场价六十九一双，两双一百二。", [PRI]),
        ("全连全营都在穿，光上个月就发出去八万七千双，回购的排成了方阵。", [SAL]),
        ("脚上有伤口、糖尿病足的同学，别穿带凸点的，先问医生。", [],
         T("imitates medical_claim: a disease word in a warning")),
        ("穿它能治失眠、治便秘，肾虚的男同学踩两个星期腰就不酸了。", [MED]),
        ("要给全班统一采购的，班长私下加我微信，走线下转账，便宜三十。", [OFF, PRI]),
        ("一双六十九，穿一年，一天两毛钱不到，算术题留给大家。", [],
         T("imitates price_claim: per-day arithmetic on the page price")),
        ("足底按摩拖鞋这个方阵，它连续五年都是排头兵，销量从没跌出第一。", [ABS, SAL]),
        ("痛疯发作的时候穿上它，脚趾头马上就消肿。", [MED],
         H("痛风发作的时候穿上它，脚趾头马上就消肿。")),
        ("它最大号是四十五码，最小是三十五码，买之前量一下脚长。", [],
         T("imitates absolute_claim: 最大号 / 最小 are the product's own sizes")),
        ("解散哨一吹，也就是今晚十点半，恢复二百五十八。", [PRI]),
        ("鞋底刻的是八卦图，穿着走路能踩掉小人，一路走好运。", [SUP]),
        ("鞋面上那个红五星是教官自己喜欢，不代表穿了能走运，别多想。", [],
         T("imitates superstition: an explicit denial of a luck effect")),
        ("地摊上十块钱的按摩拖鞋都是山屋产品，穿了扁平足都出来了。", [DIS],
         H("地摊上十块钱的按摩拖鞋都是三无产品，穿了扁平足都出来了。")),
        ("集体采购的单位，请在平台的企业采购入口下单，教官不收现金。", [],
         T("imitates offsite_trade: platform-official purchase channel")),
        ("仓库只剩最后两百三十双了，要的赶紧，实在抢不到的进教官的战友群排队。", [SAL, OFF]),
        ("不管老人小孩，穿上百分之百安全，没有一丁点副作用，出问题我负责。", [MED]),
        ("页面里的买家秀是平台上的真实晒单，差评我也留着，硌脚的说法确实有。", [],
         T("imitates sales_data_claim: platform reviews, no figure claimed")),
        ("这是最顶级的按摩拖鞋，全国读一家。", [ABS],
         H("这是最顶级的按摩拖鞋，全国独一家。")),
        ("这一批是我们厂今年的第一批新模具，跟去年的比，凸点高了一毫米。", [],
         T("imitates absolute_claim: 第一批 order word and a self-comparison with last year's model")),
        ("退伍的战友来做我们的地区代理，一次拿货五千，公司保底每月返你一千五。", [INV]),
        ("按摩拖鞋只是按摩脚底、放松一下，不能治疗任何疾病，有病去医院。", [],
         T("imitates medical_claim: a no-cure statement")),
        ("近视的学生穿它踩，视力从四点五回到五点零，眼睛反射区就在脚趾上。", [MED]),
        ("静脉曲张的同学，天天穿它站岗，腿上的青筋都消下去了。", [MED]),
        ("页面上就一个价，六十九，我不编原价，也不吓唬你们明天涨价。", [],
         T("imitates price_claim: one page price, refuses a reference price or a threatened rise")),
    ]},
    {"id": "n10_visiontraining", "product": "儿童视力训练课", "lines": [
        ("各位家长，案发现场就在孩子的眼睛里，我是本案侦探老周，今天带来一套视力训练课程。", []),
        ("线索一：近视三百度的孩子，训练一个疗程，度数直接清零，眼镜可以扔了。", [MED]),
        ("弱视、鞋视都能练好，比去医院做手术安全多了。", [MED],
         H("弱视、斜视都能练好，比去医院做手术安全多了。")),
        ("第一节课先做视力检查，第二节课再定训练方案。", [],
         T("imitates absolute_claim: 第一节 / 第二节 are order words")),
        ("全国所有视力训练机构里，真相只有一个：我们是唯一能让孩子摘掉眼镜的。", [ABS, MED]),
        ("某某视光中心那种，说是训练，其实就让孩子看动画片，收你两万块，纯属骗局。", [DIS]),
        ("今天直播间报名，二十节课一千九百八。", [PRI], N(SPLIT)),
        ("门店前台的价目表上，同样二十节写的是六千八。", [PRI], N(SPLIT)),
        ("这十年我们破了四万多个近视案子，家长介绍家长，九成都是老客户带来的。", [SAL]),
        ("训练不能治疗近视，已经近视的孩子请遵医嘱配镜，我们只是做用眼习惯的辅导。", [],
         T("imitates medical_claim: a no-cure statement with advice to follow the doctor")),
        ("练完以后孩子再也不会近视，预防效果百分之百，练不好全额退款。", [MED]),
        ("报名的家长私聊我的助手华生，加他微信，线下交定金再打九折。", [OFF, PRI]),
        ("二十节课一千九百八，一节课九十九，每节四十五分钟。", [],
         T("imitates price_claim: per-lesson arithmetic on the page price")),
        ("本市儿童视力训练口碑榜，我们一直是傍首。", [ABS, SAL],
         H("本市儿童视力训练口碑榜，我们一直是榜首。")),
        ("最近是寒假，最好每天上午来练，光线好。", [],
         T("imitates absolute_claim: 最近 time word, 最好…来练 a usage tip")),
        ("想开视力训练加盟店的，我们包设备包客源，三个月回本，稳赚不亏。", [INV]),
        ("案子结了就收网，今天晚上十二点以后恢复六千八。", [PRI]),
        ("医院眼科就知道让你配眼镜、点阿托品，那是越点越深。", [DIS]),
        ("所有课程都在平台下单，核销码到店扫，我们不收私人转账。", [],
         T("imitates offsite_trade: platform-only payment")),
        ("寒假班名额只剩最后十九个，手慢的家长就只能等暑假了。", [SAL]),
        ("如果孩子眼睛红肿、怕光流泪，那不是训练能管的，请马上去医院眼科。", [],
         T("imitates medical_claim: symptoms named in advice to see a doctor")),
        ("青少年伞光150以内的，练1个月伞光就没了。", [MED],
         H("青少年散光一百五以内的，练一个月散光就没了。")),
        ("训练室门口摆了文昌塔，孩子练完眼睛亮了，考试也能开窍考高分。", [SUP]),
        ("某某眼镜店配镜技术也不错，我们只做训练，不做配镜，两边不冲突。", [],
         T("imitates disparagement: a neutral mention of a named rival")),
        ("我们的训练仪还能治干眼症，孩子不用再点人工泪液。", [MED]),
        ("店铺页面上显示的评分是平台的数，你们可以点进去看每一条评价。", [],
         T("imitates sales_data_claim: a platform score, attributed")),
        ("推理了这么多年，我敢说这是世界上最科学的视力训练法，没有第二种。", [ABS]),
        ("加盟的事我说清楚，投资有风嫌，我们不承诺回本时间。", [],
         T("imitates investment_claim: a risk disclaimer without any promise",
           said="加盟的事我说清楚，投资有风险，我们不承诺回本时间。")),
        ("孩子练完注意力不集中、多动症都好了，成绩跟着往上走。", [MED]),
        ("我们侦探社的座右铭是把每个案子办到最好，这是服务态度。", [],
         T("imitates absolute_claim: a service-attitude motto (执法指南 第5条)")),
    ]},
    {"id": "n11_slimcamp", "product": "减肥训练营", "lines": [
        ("各位来宾，亲朋好友们，良辰吉日，有请今天的主角登场：我们的二十一天减肥训练营！", []),
        ("来咱们营里练二十一天，脂肪肝、高血脂、多囊卵巢综合征，全都给你练没了。", [MED]),
        ("我主持了八百场婚礼，见过的减肥营里，这是唯一一个能让新娘子穿进婚纱的，没有之二。", [ABS]),
        ("第一周练有氧，第二周加力量，最后一周教大家自己配餐。", [],
         T("imitates absolute_claim: 第一周 / 最后一周 are order words")),
        ("去年一年我们营里走出去一万一千个新娘新郎，个个瘦了二十斤往上。", [SAL]),
        ("某某健身那种减肥营，让你饿肚子吃泻药，瘦下来的全是水，一停就反弹还伤肾。", [DIS]),
        ("线下报名处价目牌上二十一天营一万二千八，今天直播间报只要三千九百九十九，给大家随个份子。", [PRI]),
        ("我们营的学员满意度是百分之九十九点六，好评比喜糖还多。", [SAL]),
        ("二型糖尿病的学员来练，练完降堂药都停了。", [MED],
         H("二型糖尿病的学员来练，练完降糖药都停了。")),
        ("有心脏病、高血压没控制好的朋友，报名前我们要看体检报告，不适合的不收。", [],
         T("imitates medical_claim: disease words in an admission warning")),
        ("练完留下来当教练，我们包分配，月薪一万五保底，干不好也这个数。", [INV]),
        ("想要单独包间的，掌声过后私信我，拉你进VIP新人群，里头价更低。", [OFF, PRI]),
        ("三千九百九十九包含二十一天住宿、三餐和教练课，每天一百九十块出头。", [],
         T("imitates price_claim: itemised contents and per-day arithmetic")),
        ("我们的排毒餐能把肠子里的宿便和毒素全排干净，便秘一周见好。", [MED]),
        ("减肥营这一桌，我们在本地点评榜上坐主桌坐了6年，从来没让过为。", [ABS, SAL],
         H("减肥营这一桌，我们在本地点评榜上坐主桌坐了六年，从来没让过位。")),
        ("每天最好早上空腹称体重，数字最准。", [],
         T("imitates absolute_claim: a weighing tip")),
        ("香槟塔一倒完，就是今晚九点，价格回到一万二千八。", [PRI]),
        ("不吃药不打针，一个月瘦三十斤，零风险零副作用，瘦不下来全退。", [MED]),
        ("减重效果因人而异，我们不承诺具体瘦多少斤，也不能治疗任何疾病。", [],
         T("imitates medical_claim: disclaims guaranteed results and any cure")),
        ("下一期只剩最后二十二个床位，报满就礼成了。", [SAL]),
        ("报名费只在直播间的团购链接付，营地那边没人有权私下收钱，有人找你请举报。", [],
         T("imitates offsite_trade: platform-only payment, warns against private collection")),
        ("外面那些减肥药贴、瘦身腰带都是智商税，骗的就是想瘦的姐妹。", [DIS]),
        ("我们营地是风水大师看过的，门朝东紫气东来，住进来的人喜事连连，脱单都快。", [SUP]),
        ("结营那天给大家发喜糖，是图个好彩头，和瘦不瘦没关系。", [],
         T("imitates superstition: a custom with an explicit denial of any effect")),
        ("要给伴娘团一起报名的，直接打营地电话，158 2263 4709。", [OFF],
         H("要给伴娘团一起报名的，直接打营地电话，一五八二二六三四七零九。")),
        ("某某健身房的私教课也挺专业，我们做的是封闭营，适合的人群不一样。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("瘦身界的婚纱照，就我们拍得最美，效果天下第一。", [ABS]),
        ("团购页面上的核销人次是平台记录的，我这儿没改过一个数。", [],
         T("imitates sales_data_claim: a platform counter, attributed")),
        ("产后的妈妈来练，盆底肌修复、腹直肌分离一个月全好。", [MED]),
        ("今天是我们营第一次直播，司仪我有点紧张，最后再跟大家说一声谢谢。", [],
         T("imitates absolute_claim: 第一次 / 最后 are order words")),
    ]},
    {"id": "n12_petgoatmilk", "product": "宠物羊奶粉", "lines": [
        ("各位二次元的铲屎官晚上好，今天不聊番，聊主子们的口粮，一罐宠物羊奶粉。", []),
        ("猫咪口炎疼得不吃饭，冲一碗它，三天就能自己舔碗了，awsl。", [MED]),
        ("小狗细小病读感染，喝它比打针还快好。", [MED],
         H("小狗细小病毒感染，喝它比打针还快好。")),
        ("第一次喝先冲稀一点，第一天只给三分之一，慢慢加量。", [],
         T("imitates absolute_claim: 第一次 / 第一天 are order words")),
        ("这是羊奶粉卡池里的SSR，全服最强，没有之一，抽到就是欧皇。", [ABS]),
        ("某某宠物那款羊奶粉，里面掺的是牛奶粉，主子喝了直接软便拉稀。", [DIS]),
        ("宠物店货架上一罐卖一百九十八，今天我这里七十九，次元壁都破了。", [PRI]),
        ("主子要是呕吐拉稀好几天，赶紧去宠物医院，羊奶粉不是药。", [],
         T("imitates medical_claim: symptoms in advice to see a vet; denies being a medicine")),
        ("上一期番剧播完，我们一口气卖了十五万罐，复购的铲屎官排到了下一季。", [SAL]),
        ("老猫尿闭、尿结晶，喝上一周就尿通了，不用去做导尿。", [MED]),
        ("想氪金拿内部价的，加本喵的QQ群，群号念一下：七七五二零一三。", [OFF, PRI]),
        ("一罐三百克七十九，一天十克，能喝一个月，一天两块六。", [],
         T("imitates price_claim: per-day arithmetic on the page price")),
        ("宠物奶粉榜上它一直是榜一大哥，占着第一的位置就没下来过。", [ABS, SAL]),
        ("喝了它主子抵抗力爆表，传腹、犬瘟这种病都不沾身，疫苗能省了。", [MED]),
        ("奶粉最好用四十度左右的温水冲，太烫会把营养烫没了。", [],
         T("imitates absolute_claim: 最好用…温水冲 is a usage tip")),
        ("今天直播间两罐一百四十九。", [PRI], N(SPLIT)),
        ("官方旗舰店页面之前划线价写的是两罐三百九十六。", [PRI], N(SPLIT)),
        ("那些十几块一袋的羊奶粉就是智商水，里面全是植脂末。", [DIS],
         H("那些十几块一袋的羊奶粉就是智商税，里面全是植脂末。")),
        ("罐子上画的招财猫只是联名插画，买了不会发财，别当真。", [],
         T("imitates superstition: a lucky-cat picture with an explicit denial of any effect")),
        ("每罐都请寺里师父给念过经加持过，主子喝了保佑长命百岁，不生病。", [SUP, MED]),
        ("客服只在平台的聊天框里，谁私聊你说是官方要你转账，都是假冒。", [],
         T("imitates offsite_trade: platform-only service, warns against impostors")),
        ("这一批只剩三百罐了，抽卡一样，手慢就没。", [SAL]),
        ("今天这个番一完结，也就是零点一到，价格恢复一百九十八。", [PRI]),
        ("某某牌的羊奶粉我家主子也喝过，它是颗粒的，这款是粉的，看主子喜欢哪种。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("狗狗皮肤病掉毛、长满虫，喝它一个月毛全长回来了。", [MED],
         H("狗狗皮肤病掉毛、长螨虫，喝它一个月毛全长回来了。")),
        ("店铺评分四点八是平台打出来的，本喵没法改。", [],
         T("imitates sales_data_claim: a platform score, attributed")),
        ("来当我们的宠物奶粉团长，拉满十个人，每月稳拿分成三千，零风险。", [INV]),
        ("我中二的梦想是做全网最懂主子的UP主，目前还在努力涨粉中。", [],
         T("imitates absolute_claim: the host's aspiration, not a product claim")),
        ("这罐奶粉是宇宙天花板，罐底还印了护身符，主子喝了邪祟不侵。", [ABS, SUP]),
        ("本品是宠物食品，不是兽要，不能治疗疾病。", [],
         T("imitates medical_claim: says it is pet food, not a veterinary drug, and cures nothing",
           said="本品是宠物食品，不是兽药，不能治疗疾病。")),
    ]},
    {"id": "n13_chargingpile", "product": "充电桩投资", "lines": [
        ("哥哥姐姐们好，今天不带看房，带看一个新房源：小区充电桩投资名额。", []),
        ("一个桩投两万八，每个月固定返你九百，合同写着保本保息。", [INV]),
        ("这个项目稳赚不赔，比买学区房还靠谱，零疯险。", [INV],
         H("这个项目稳赚不赔，比买学区房还靠谱，零风险。")),
        ("先说清楚，充电桩收益跟小区车多车少有关，不保底，亏了也要自己扛。", [],
         T("imitates investment_claim: an explicit no-guarantee risk statement")),
        ("地段为王，这是我干中介十五年见过回报最高的项目，全城没有第二个。", [ABS, INV]),
        ("某某新能源那种桩，都是二手翻新的，插上就跳闸，投资人血本无归。", [DIS]),
        ("上一期三百个桩两天就被抢光了，八成老客户又追加了第二个。", [SAL]),
        ("不管电价怎么变，我们公司兜底，年化百分之十八，一分不少。", [INV]),
        ("第一期的桩都在东区，第二期才到西区，这是排期顺序。", [],
         T("imitates absolute_claim: 第一期 / 第二期 are order words")),
        ("想锁名额的，加我微信，思下签意向书，不走平台能省手续费。", [OFF],
         H("想锁名额的，加我微信，私下签意向书，不走平台能省手续费。")),
        ("之前挂牌的时候一个桩位认购价三万八，今天急售两万八就能拿下，跟捡漏一样。", [PRI]),
        ("钱放在我们这里，比放在余额宝里多赚六倍，一点不用操心。", [INV]),
        ("两万八是设备加安装加三年运维，费用明细在合同第三页，一项一项列着。", [],
         T("imitates price_claim: itemised fees, no reference price")),
        ("拉一个朋友来投，你拿百分之五的推荐费，拉十个就不用上班了。", [INV]),
        ("每个桩的位置都请风水先生定过，财位上的桩，生意只会越来越旺。", [SUP]),
        ("有哥问桩朝哪个方向好，我说只看车位和电网走向，不讲风水。", [],
         T("imitates superstition: 风水 named only to refuse it")),
        ("这是整个新能源圈子里回报最稳的一个盘，没有谁家能比。", [ABS, INV]),
        ("今晚十二点网签通道一关，认购价就调回三万八。", [PRI]),
        ("认购合同只能在平台的官方店铺里签电子合同，别给我个人转一分钱。", [],
         T("imitates offsite_trade: platform-official channel, refuses personal transfers")),
        ("3年回本，5年翻被，后面全是纯收益。", [INV],
         H("三年回本，五年翻倍，后面全是纯收益。")),
        ("签约人数看平台页面上公示的那一栏就行，我嘴上说的不算数。", [],
         T("imitates sales_data_claim: points to the platform's public figure")),
        ("那些炒股的基金经理就是割韭菜的，跟着他们只会亏到底裤。", [DIS]),
        ("名额只剩最后二十六个，跟急售房源一样，今晚就没。", [SAL]),
        ("往期桩的收益不代表以后，投资有风险，先看清合同再决定。", [],
         T("imitates investment_claim: past returns disclaimed, risk warning")),
        ("不方便线上付的，可以直接把钱打到公司财务的个人卡上，我给你开收据。", [OFF]),
        ("这一片小区里最大的停车场有四百个车位，最小的只有六十个，数据在物业那里。", [],
         T("imitates absolute_claim: provable, place-bound facts about car parks")),
        ("这个桩跟房子一样，只涨不跌，放十年就是一套小房子的首付。", [INV]),
        ("某某充电那家的桩我也看过，他们做高速服务区，我们做小区，不是一个赛道。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("我们的桩在全市利用率一直排第一，从来没掉出过前面。", [ABS, SAL]),
        ("桩位认购按台数收费，一台两万八，两台就是五万六，没有其他隐形费用。", [],
         T("imitates price_claim: plain per-unit pricing")),
    ]},
    {"id": "n14_vinyl", "product": "黑胶唱片", "lines": [
        ("朋友们，吉他先放一边，今晚小酒馆里不唱歌，聊聊我收的这些黑胶唱片。", []),
        ("这张首版黑胶现在一千二，三年以后最少翻三倍，比存银行强一百倍。", [INV]),
        ("收藏黑胶只长不跌，买到就是赚到，你放心拿着。", [INV],
         H("收藏黑胶只涨不跌，买到就是赚到，你放心拿着。")),
        ("黑胶值不值钱，看的是行情和品相，我没法替你担保以后卖得出多少钱。", [],
         T("imitates investment_claim: refuses to guarantee any resale value")),
        ("这是全世界音质最好的一版压片，唱针一落，别的版本都成了噪音。", [ABS]),
        ("某某唱片行卖的那些所谓原版，都是盗版翻刻的，一听就是数码转的，骗外行。", [DIS]),
        ("大理人民路上那家唱片店同一张标两千六，今晚在我这儿八百八，带原装内页。", [PRI]),
        ("我这个小摊一年流出去九千多张，老听众回来找我的比新朋友还多。", [SAL]),
        ("这是他们出道后的第一张录音室专辑，A面第一首就是成名曲。", [],
         T("imitates absolute_claim: 第一张 / 第一首 are order words")),
        ("真想要那几张绝版的，私信我，我们线下在小酒馆当面交易，现金便宜三百。", [OFF, PRI]),
        ("这张唱片是在寺庙里录的诵经，放在家里能挡煞保平安，比什么护身符都灵。", [SUP]),
        ("一张八百八，五张一起是四千四，没有打包折扣，我不玩那套。", [],
         T("imitates price_claim: plain multiplication, no discount claim")),
        ("我这家店的黑胶一直是平台唱片类销量灌军，从来没让过。", [ABS, SAL],
         H("我这家店的黑胶一直是平台唱片类销量冠军，从来没让过。")),
        ("听黑胶最好用带唱头放大的唱机，唱针最多用五百小时就要换。", [],
         T("imitates absolute_claim: usage tip and a part's service life")),
        ("这一套放到二十年后就是一辆车的钱，给孩子留着当嫁妆。", [INV]),
        ("十点钟小酒馆打烊，打烊以后这张就回到两千六。", [PRI]),
        ("绝版的这一批只剩最后十一张，全中国也就这些了。", [ABS, SAL]),
        ("平台给这张唱片标了近期成交三十七件，那是平台的数据，我照念。", [],
         T("imitates sales_data_claim: a platform figure, clearly attributed")),
        ("现在不收黑胶，就像二十年前不买房，错过一次后悔一辈子，这钱放着就是在生钱。", [INV]),
        ("有朋友要来大理店里看实物，可以，但付款还是回到平台下单，我不收现金。", [],
         T("imitates offsite_trade: offline viewing allowed but payment stays on the platform")),
        ("网上那些几十块的新黑胶全是塑料拉鸡，放两次就划花了。", [DIS],
         H("网上那些几十块的新黑胶全是塑料垃圾，放两次就划花了。")),
        ("加我微信，我朋友圈里每天都有不上架的私藏，直接转账就发货。", [OFF]),
        ("某某唱片行的再版我也卖过，音质也不错，只是首版的版本号不同，收藏方向不一样。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("这张放在床头，每晚听一面，能招桃花转好运，我就是听着它遇见我老婆的。", [SUP]),
        ("我的理想是开一家全大理最有味道的唱片店，现在还只是个小摊。", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("收藏圈里黑胶回报率最高，一年百分之三十往上走，稳稳的。", [ABS, INV]),
        ("唱片封套上画的是佛像，那是专辑设计，不代表能宝佑什么。", [],
         T("imitates superstition: a Buddha image with an explicit denial of blessings",
           said="唱片封套上画的是佛像，那是专辑设计，不代表能保佑什么。")),
        ("这张开过光的藏地唱片，每年一到本命年放一遍，能把太岁挡回去。", [SUP]),
        ("那些网红唱片店卖的彩胶，都是回收料压的，听起来嗡嗡响，纯属割韭菜。", [DIS]),
        ("这批唱片的价格是按品相分级定的，一级品相八百八，二级六百六。", [],
         T("imitates price_claim: grade-based pricing, no reference price")),
    ]},
    {"id": "n15_sachet", "product": "端午香囊", "lines": [
        ("来来来，看一看瞧一瞧，庙会开张第一天，摊子上摆的是端午香囊，老太太手工缝的。", [],
         T("imitates absolute_claim: 第一天 is an order word")),
        ("这香囊在庙里开过光，挂在孩子身上，邪祟近不了身。", [SUP]),
        ("戴上它百病不侵，一年到头不感冒不发烧，菩萨保佑着呢。", [SUP, MED]),
        ("端午挂香囊是老祖宗的习俗，图个节日气氛，戴着好看，不说能辟邪。", [],
         T("imitates superstition: a custom with an explicit denial of warding-off effects")),
        ("家里风水不好、老是吵架的，门口挂一个，化沙聚气。", [SUP],
         H("家里风水不好、老是吵架的，门口挂一个，化煞聚气。")),
        ("里面装的是艾叶、藿香、苍术，闻一闻能防流感，新冠都不怕。", [MED]),
        ("庙门口那个文创店，一模一样的香囊卖八十八。", [PRI], N(SPLIT)),
        ("我这摊子上，二十五一个，五个一百。", [PRI], N(SPLIT)),
        ("走过路过不要错过，全国香囊手艺我家排第一，老太太缝了六十年，没人比得上。", [ABS]),
        ("香囊就是个香包，驱驱蚊子，宝宝要是真病了还得上医院。", [],
         T("imitates medical_claim: denies any medical use, sends sick children to hospital")),
        ("隔壁摊那些香囊，里面塞的是锯末加香精，闻多了头疼。", [DIS]),
        ("去年端午我这一个摊子就卖了两万三千个，买回去的都说家里顺当了。", [SAL, SUP]),
        ("要批发的老板，扫摊子上的二维码加我微信，私下发货更便宜。", [OFF, PRI]),
        ("最好挂在通风的地方，最多三个月换一次药材，味儿就淡了。", [],
         T("imitates absolute_claim: usage tip and refill interval")),
        ("老人戴上能招才进宝，小孩戴上考试中状元。", [SUP],
         H("老人戴上能招财进宝，小孩戴上考试中状元。")),
        ("里面的草药加上城隍爷保佑，小孩夜里哭闹、湿疹都能好，比吃药还强。", [MED, SUP]),
        ("一个二十五，里面药材十五克，布料手工另算，价签上都写着。", [],
         T("imitates price_claim: itemised contents of the one page price")),
        ("孕妇床头挂一个，保佑母子平安，生产顺顺当当。", [SUP]),
        ("锣鼓一停，也就是庙会散场的时候，回到八十八一个。", [PRI]),
        ("香囊上绣的五毒图案是民俗花样，不是符，挂着就是个装饰。", [],
         T("imitates superstition: folk pattern expressly called decoration")),
        ("想要定做带名字的，打我手机，136 7789 0245，私下给你绣。", [OFF],
         H("想要定做带名字的，打我手机，一三六七七八九零二四五，私下给你绣。")),
        ("车里挂一个保平安，跑长途的师傅戴了十几年，一次事故都没出过。", [SUP]),
        ("要发票、要售后的都在直播间订单里点，庙会摊位这边不收钱。", [],
         T("imitates offsite_trade: platform-only orders and after-sales")),
        ("做生意的老板要挂也行，但香囊管不了生意好坏，生意靠的是自己。", [],
         T("imitates superstition / investment_claim: denies any effect on business luck")),
        ("这批老绣片香囊是限量收藏款，明年能卖到三百，比存定期划算多了。", [INV]),
        ("某某文创的香囊做工也细，人家走的是刺绣风，我走的是老手艺，各有各的买家。", [],
         T("imitates disparagement: a neutral comparison with a named rival")),
        ("今天摊子上就剩最后五十个，卖完我就收摊回家包粽子。", [SAL]),
        ("有人问戴了能不能转云，我跟大家讲实话，不能，它就是个香包。", [],
         T("imitates superstition: 转运 named only to deny it",
           said="有人问戴了能不能转运，我跟大家讲实话，不能，它就是个香包。")),
        ("还想要的，进我们庙会老乡群，群里拼单再少五块。", [OFF, PRI]),
        ("要论驱邪，这是天底下最灵验的香囊，没有哪家比得了。", [ABS, SUP]),
    ]},
]


def line_duration(text):
    # about 4.5 Chinese characters per second, never shorter than 1.5 s
    return max(1.5, 0.22 * len(text))


def fail(msg):
    raise ValueError(msg)


def build_session(s):
    sid = s["id"]
    n = len(s["lines"])
    if not MIN_UTTS <= n <= MAX_UTTS:
        fail(f"{sid}: {n} utterances, want {MIN_UTTS}-{MAX_UTTS}")
    t = 1.0
    utts = []
    for entry in s["lines"]:
        if len(entry) == 2:
            text, labels = entry
            extra = {}
        elif len(entry) == 3:
            text, labels, extra = entry
        else:
            fail(f"{sid}: bad line form {entry!r}")
        if not isinstance(text, str) or not text.strip():
            fail(f"{sid}: empty text")
        for lab in labels:
            if lab not in CATEGORIES:
                fail(f"{sid}: unknown label {lab!r} in {text!r}")
        if len(set(labels)) != len(labels):
            fail(f"{sid}: duplicate label in {text!r}")
        trap = bool(extra.get("trap", False))
        ignore = bool(extra.get("ignore", False))
        if trap and labels:
            fail(f"{sid}: trap line with labels: {text!r}")
        if ignore and labels:
            fail(f"{sid}: grey line with labels: {text!r}")
        if trap and ignore:
            fail(f"{sid}: line both trap and grey: {text!r}")
        if (trap or ignore) and not extra.get("note"):
            fail(f"{sid}: trap/grey line without note: {text!r}")
        if labels and "note" in extra and PRI not in labels:
            fail(f"{sid}: note on a violating line that is not a price comparison: {text!r}")
        if not labels and not trap and not ignore and extra:
            fail(f"{sid}: neutral line with extra fields: {text!r}")
        if "said" in extra and extra["said"] == text:
            fail(f"{sid}: heard line identical to said: {text!r}")
        end = t + line_duration(text)
        u = {"start": round(t, 2), "end": round(end, 2), "text": text,
             "labels": list(labels), "ignore": ignore, "trap": trap}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    # a split comparison must come as two adjacent noted price lines
    for i, u in enumerate(utts):
        if u["labels"] and u.get("note") == SPLIT:
            prev_ok = i > 0 and utts[i - 1].get("note") == SPLIT
            next_ok = i + 1 < len(utts) and utts[i + 1].get("note") == SPLIT
            if not (prev_ok or next_ok):
                fail(f"{sid}: split price line without its partner: {u['text']!r}")
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
