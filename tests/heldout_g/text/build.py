#!/usr/bin/env python3
"""Held-out evaluation set G for liveaudit (text-only transcripts).

Written 2026-12-06 (seventh set) from the law and the spec only (shared/spec/RULES.md,
shared/spec/FINDINGS.md), before any engine was run on it. Format follows
tests/heldout_e/text/README.md and tests/heldout_e/text/build.py (structure and validation
code only; none of heldout_e's lines were reused).

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

MIN_UTTS, MAX_UTTS = 25, 30


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
    dict(id="g01_massagechair", product="按摩椅", lines=[
        ("恁家老人腰椎间盘突出的，每天坐上去按半小时，不用去医院牵引，突出的那块自个儿就回去了。", [MED]),
        ("颈椎病、肩周炎，坐它一个月基本就断根了，好多客户跟我说药都不吃了。", [MED]),
        ("高学压的叔叔阿姨天天按，学压慢慢就降下来了，中不中？", [MED],
         H("高血压的叔叔阿姨天天按，血压慢慢就降下来了，中不中？")),
        ("这台机芯，全行业没有哪一家能做到比它更贴合人体曲线的。", [ABS]),
        ("专柜标价两万三千八，今天直播间一万零八百八，直接砍掉一半还多。", [PRI]),
        ("某宝上那些三四千的按摩椅，里头都是塑料齿轮，按俩月就咯吱咯吱响，买了就是交智商税。", [DIS]),
        ("上个月光我们一个直播间就走了八千多台，回头客占了一大半。", [SAL]),
        ("想要厂家直发、再便宜一千的，私信我拿个内部联系方式，咱们线下打款。", [OFF, PRI]),
        ("这个价格过了今晚十点就恢复原价，后面再也不会有这个力度。", [PRI]),
        ("说实话，按摩椅这个品类里它就是王者，别的都是陪跑。", [ABS]),
        ("放在商场、电影院做共享按摩椅，一台一天稳稳赚一百多，半年回本，往后都是纯利。", [INV]),
        ("代理加盟的朋友，我们签协议保底收意，投多少台都不会亏。", [INV],
         H("代理加盟的朋友，我们签协议保底收益，投多少台都不会亏。")),
        ("五星好平率百分之百，一个差评都没有。", [SAL], H("五星好评率百分之百，一个差评都没有。")),
        ("比你天天去理疗馆推拿还管用，我妈那老寒腿就是坐它坐好的。", [MED]),
        ("某某牌子那款，电机是翻新的，售后电话永远打不通，恁千万别上当。", [DIS]),
        ("全网你找不到第二家这个配置卖这个价，我敢打包票。", [ABS, PRI]),
        ("直播间这会儿两万多人同时在看，库存只剩最后两百台了。", [SAL]),
        ("要加长保修的，加我薇，我私下给你登记。", [OFF], H("要加长保修的，加我V，我私下给你登记。")),
        ("首先第一步，坐上去先把腿部气囊调到合适的位置。", [],
         T("absolute_claim imitation: order words 首先 / 第一步")),
        ("每次按摩最好不超过三十分钟，饭后一小时内最好别按。", [],
         T("absolute_claim imitation: usage tip 最好…")),
        ("这一代比我们家上一代的机芯行程长了十公分，力度也更足。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("这台的最大承重是一百五十公斤，体重超了的就别选了。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("它是家用按摩器具，不是医疗器械，治不了病，腰椎有毛病的请先去医院看医生。", [],
         T("medical_claim imitation: non-treatment disclaimer and referral to a doctor")),
        ("一万零八百八，分十二期免息，一个月九百出头。", [],
         T("price_claim imitation: plain price and instalment arithmetic")),
        ("我们会尽最大努力做好售后，有问题随时在平台上找客服。", [],
         T("absolute_claim imitation: service attitude (执法指南第5条)")),
        ("这款拿到了3C认证，证书编号就在详情页最下面。", [],
         T("absolute_claim imitation: certification statement; 最下面 is a place on the page")),
        ("要下单就点屏幕下方小黄车，千万别信私下转账的，都是骗子。", [],
         T("offsite_trade imitation: platform channel and a warning against off-platform payment")),
        ("好，我让助理坐上去给大家演示一下。", []),
        ("后面那位家人问能不能送上楼，能，送货上门包安装。", []),
    ]),
    # ------------------------------------------------------------------ 02
    dict(id="g02_eggs", product="土鸡蛋", lines=[
        ("我们这个土鸡蛋，胆固醇高的人吃了反而把胆固醇降下来，血管都给你疏通了。", [MED]),
        ("娃儿天天吃两个，以前三天两头感冒，现在一年到头都不进医院。", [MED]),
        ("超市里头那种笼养蛋，鸡是吃激素催出来的，蛋黄颜色都是拿色素调的。", [DIS]),
        ("菜市场卖二块五一个，我们今天一块三一个，一盒三十枚。", [PRI]),
        ("全四川找不出第二家敢这么散养的，莫得哪个比我们的鸡跑山跑得更远。", [ABS]),
        ("这个蛋是全网口碑最好的土鸡蛋，回购率百分之九十二。", [ABS, SAL]),
        ("孕妇吃了宝宝聪明，还能预防妊娠糖尿冰。", [MED], H("孕妇吃了宝宝聪明，还能预防妊娠糖尿病。")),
        ("平时这一箱六十枚我们卖一百二十八，", [PRI], N(SPLIT)),
        ("今天直播间只要六十九，还包邮。", [PRI], N(SPLIT)),
        ("要长期订的，加我绿泡泡，每周直接从山上给你发，不走平台还便宜十块。", [OFF, PRI]),
        ("三天卖了4万多枚，鸡都下不赢了。", [SAL]),
        ("别家说的土鸡蛋好多是洋鸡蛋抹了茶水冒充的，一敲就晓得。", [DIS]),
        ("月子里吃这个蛋，下奶快，恶露两天就干净了。", [MED]),
        ("这个价格只有今天，明天就涨回八十八。", [PRI]),
        ("安逸得很，屎上最划算的一次。", [ABS, PRI], H("安逸得很，史上最划算的一次。")),
        ("带货三年了，这是我卖过最好吃的蛋，没有之一。", [ABS]),
        ("比吃钙片还补钙，骨质疏松的老年人天天一个，腰杆都直了。", [MED]),
        ("想要现杀土鸡的，进我们的老乡群，群里接龙。", [OFF]),
        ("蛋最好放冰箱冷藏，买回来两周内吃完口感最佳。", [],
         T("absolute_claim imitation: storage / usage tip")),
        ("这是我们第一次在直播间卖蛋，之前都是熟人在买。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("一箱六十枚，六十九块，算下来一个一块一毛五。", [],
         T("price_claim imitation: per-unit arithmetic of the current price")),
        ("鸡蛋就是普通食品，不能治病，身体不舒服请去看医生。", [],
         T("medical_claim imitation: non-treatment disclaimer")),
        ("这批跟我们上个月那批比，蛋黄颜色深一点，因为放养的时间更长。", [],
         T("absolute_claim imitation: self-comparison of our own batches")),
        ("每一盒上面都有溯源码，扫一下能看到是哪个山头的鸡下的。", [],
         T("offsite_trade imitation: a traceability code, not a contact")),
        ("碎了的拍照发给平台客服，我们照价赔，莫得问题。", [],
         T("offsite_trade imitation: after-sales through the platform")),
        ("最近天热，蛋容易坏，我们都是加冰袋发的。", [],
         T("absolute_claim imitation: order word 最近")),
        ("这个蛋跟超市的洋鸡蛋比，个头要小一圈，蛋壳偏粉色，大家莫嫌小哈。", [],
         T("disparagement imitation: factual size comparison with no negative judgement")),
        ("来，我打一个给大家看看蛋黄。", []),
        ("好多人问是不是四川的，是的，大巴山里头的。", []),
    ]),
    # ------------------------------------------------------------------ 03
    dict(id="g03_cashmere", product="羊绒大衣", lines=[
        ("阿拉这件双面呢，全国做羊绒大衣的厂子里，它的工艺是数一数二的。", [ABS]),
        ("商场专柜吊牌价五千九百九，今朝直播间一千二百九十九。", [PRI]),
        ("外面那些几百块的所谓羊绒大衣，里头掺了一大半腈纶，侬摸摸就扎手，根本就是骗人的。", [DIS]),
        ("老寒腿、关节炎的阿姨穿它过冬，膝盖再也不疼了。", [MED]),
        ("这件是今年双十二的销量冠军，卖出去三万多件。", [SAL, ABS]),
        ("某某大牌的同款版型，一半的钱都花在广告上，面料还不如阿拉的。", [DIS]),
        ("想要定制尺码的家我微信，私下量体，比链接便宜两百。", [OFF, PRI],
         H("想要定制尺码的加我微信，私下量体，比链接便宜两百。")),
        ("穿上它显瘦十斤，这是天底下最显瘦的版型。", [ABS]),
        ("今朝是最后一天这个价，明朝开始一律按元价五千九卖。", [PRI],
         H("今朝是最后一天这个价，明朝开始一律按原价五千九卖。")),
        ("下单的姐妹里头百分之九十八都给了五星，评价区侬自家去看。", [SAL]),
        ("羊绒料子年年涨价，现在买一件，过两年转手还能卖更贵，比存银行划算。", [INV]),
        ("这一件要是放到恒隆广场去卖，少说也要八千块，", [PRI], N(SPLIT)),
        ("阿拉今朝只要一千二百九十九，还送一条围巾。", [PRI], N(SPLIT)),
        ("穿过我们家的，再去穿别家的，都讲像披了块麻袋。", [DIS]),
        ("这个颜色是全网独一分的，别的地方买不到。", [ABS], H("这个颜色是全网独一份的，别的地方买不到。")),
        ("直播间现在五万人在抢，库存马上就见底了。", [SAL]),
        ("本命年的姐妹穿这件正红色，一整年都能挡灾转运。", [SUP]),
        ("羊绒最好干洗，不要放洗衣机里搅，不然会起球变形。", [],
         T("absolute_claim imitation: care tip 最好…")),
        ("这款比阿拉去年那一款加厚了两百克，冬天更暖和。", [],
         T("absolute_claim imitation: self-comparison with last year's model")),
        ("第一次买羊绒的姐妹，先看一下尺码表再下单。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("成分标签上写的是羊绒百分之九十、羊毛百分之十，吊牌都拍给大家看了。", [],
         T("absolute_claim imitation: a factual composition statement")),
        ("大衣一千二百九十九，加一百九十九可以换购同色围巾。", [],
         T("price_claim imitation: plain prices, no reference price")),
        ("阿拉会尽力把每一件都熨好了再发出去，这是对大家最起码的尊重。", [],
         T("absolute_claim imitation: service attitude (执法指南第5条)")),
        ("这个红色过年穿，喜庆，拍照好看。", [],
         T("superstition imitation: festive custom, no luck promised")),
        ("羊绒大衣不保值，也谈不上投资，就是一件好穿的衣服。", [],
         T("investment_claim imitation: denial of value retention")),
        ("不要在评论区留电话，所有售后都走平台的退换货。", [],
         T("offsite_trade imitation: warning, after-sales on the platform")),
        ("来，模特转一圈，看看后背的版型。", []),
        ("一米六五、一百一十斤穿M码正好。", []),
    ]),
    # ------------------------------------------------------------------ 04
    dict(id="g04_floorwasher", product="洗地机", lines=[
        ("老铁们，这台洗地机吸力是全行业最大的，没有之一。", [ABS]),
        ("某米那款我拆过，滚刷里头藏污纳垢，洗完地比没洗还臭。", [DIS]),
        ("京东自营标2999，咱今儿个1699，整！", [PRI]),
        ("家里有过敏性鼻炎、哮喘孩子的，用它拖一个月，孩子鼻炎都不犯了。", [MED]),
        ("这个月卖了十二万台，洗地机品类稳坐头把交椅。", [SAL, ABS]),
        ("要第二块滚刷的思信我，我私下给你们发。", [OFF], H("要第二块滚刷的私信我，我私下给你们发。")),
        ("零点一过，价格马上回到两千九，别说老铁没提醒你。", [PRI]),
        ("市面上其他牌子的都是贴牌货，坏了连售后都找不着人。", [DIS]),
        ("你找遍全网，也找不着比它更安静的洗地机。", [ABS]),
        ("上礼拜我们直播间卖的还是一千九百九，", [PRI], N(SPLIT)),
        ("今天再给老铁们降三百，一千六百九十九。", [PRI], N(SPLIT)),
        ("这价格是全网最底价，贼拉便宜。", [ABS, PRI], H("这价格是全网最低价，贼拉便宜。")),
        ("好评两万多条，差评率连千分之一都不到。", [SAL]),
        ("别家洗地机用半年电池就鼓包，这玩意儿搁家里跟个定时炸弹似的。", [DIS]),
        ("想进咱们老铁团购群的扣个一，群里一千四就能拿。", [OFF, PRI]),
        ("它就是洗地机里的天花板，用过就回不去了。", [ABS]),
        ("一台顶三个保洁阿姨，腰间盘突出的再也不用弯腰拖地，腰病都养好了。", [MED]),
        ("后台显示今天已经有一万八千人下单了。", [SAL]),
        ("最大续航四十五分钟，一百五十平的房子一次拖完。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("这一代比我们上一代的清水箱大了两百毫升。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("第一步先把清水箱加满，第二步按一下自清洁键。", [],
         T("absolute_claim imitation: order words 第一步")),
        ("最后提醒一下，电池是三年质保，有问题走平台售后。", [],
         T("absolute_claim imitation: order word 最后提醒")),
        ("它跟某米那款比，重了零点三公斤，但是水箱大一点，看你们自己需要。", [],
         T("disparagement imitation: factual parameter comparison, no negative judgement")),
        ("一千六百九十九，还能用平台的二十四期免息。", [],
         T("price_claim imitation: plain price and instalments")),
        ("说明书上写了，拖地最好用我们配的清洁液，别兑八四。", [],
         T("absolute_claim imitation: usage tip 最好…")),
        ("洗地机只是个清洁工具，它治不了鼻炎，过敏的还是得去看医生。", [],
         T("medical_claim imitation: non-treatment statement that corrects the earlier slip")),
        ("我们家的品牌名就叫顶尖，这是注册商标，不是我吹它顶尖。", [],
         T("absolute_claim imitation: trademark / brand name (执法指南第6条)")),
        ("老铁们看，这一片是我故意倒的酱油。", []),
    ]),
    # ------------------------------------------------------------------ 05
    dict(id="g05_huangjiu", product="黄酒", lines=[
        ("这坛是绍兴最好的黄酒，没有之一。", [ABS]),
        ("天冷手脚冰凉的女同胞，每天温一小杯，宫寒痛经都能调理好。", [MED]),
        ("通风的人喝啤酒不行，喝我们黄酒反而能把尿酸排出去。", [MED],
         H("痛风的人喝啤酒不行，喝我们黄酒反而能把尿酸排出去。")),
        ("超市那些三块五一瓶的，是酒精兑焦糖色勾兑的，喝了上头。", [DIS]),
        ("二十年陈的原浆，以前卖一千二一坛，今天直接打四折。", [PRI]),
        ("这个坛子酒每年都在升值，现在囤十坛，五年以后翻三倍不成问题。", [INV]),
        ("十年陈的那股香，只有我们家酿得出来，独此一家。", [ABS]),
        ("去年一年卖了十五万坛，江浙沪喝黄酒的家家都有我们的。", [SAL]),
        ("喝了能软化血管，心脑血管不好的老人家一天一杯，比吃阿司匹林还管用。", [MED]),
        ("想要酒厂原坛、不贴标的，加我个人微信，我带你去厂里直接提。", [OFF]),
        ("今天这个价只有今晚，过了十二点回复原价。", [PRI], H("今天这个价只有今晚，过了十二点恢复原价。")),
        ("别个牌子的所谓二十年陈，实际上就是三年的酒加焦糖调色，都是骗骗外行的。", [DIS]),
        ("这一坛封坛那天请了大师开过光的，摆在家里镇宅招财。", [SUP]),
        ("投资黄酒稳赚不赔，比买理财强多了，陈一年就涨一年的价。", [INV]),
        ("老顾客回购率百分之八十五，好多人一买就是一整年的量。", [SAL]),
        ("喝我们家黄酒的老头老太太，个个活到九十多，百病不生。", [MED]),
        ("同样年份的酒，你去专卖店里少说得掏八百多，", [PRI], N(SPLIT)),
        ("我们这边一坛才四百八十八，还送温酒壶。", [PRI], N(SPLIT)),
        ("要订年货的朋友，扫一下我身后这个二维码，进群团购。", [OFF]),
        ("黄酒最好温到四十度左右再喝，加两颗话梅口感最好。", [],
         T("absolute_claim imitation: drinking tip 最好…")),
        ("本品是酒类，不能代替要物，孕妇和未成年人不要饮用。", [],
         T("medical_claim imitation: 不能代替药物 disclaimer", said="本品是酒类，不能代替药物，孕妇和未成年人不要饮用。")),
        ("绍兴黄酒是国家地理标志产品，标志就印在坛子侧面。", [],
         T("absolute_claim imitation: GI statement, 国家 is not 国家级")),
        ("我们今年新酿的这批比去年那批糖度低了一点，偏干型。", [],
         T("absolute_claim imitation: self-comparison of our own batches")),
        ("一坛五斤，四百八十八，折合一斤九十七块六。", [],
         T("price_claim imitation: per-unit arithmetic of the current price")),
        ("老酒能不能升值我们不承诺，买回去就是自己喝的。", [],
         T("investment_claim imitation: no promise of appreciation")),
        ("喝酒别开车，这是最后提醒。", [],
         T("absolute_claim imitation: order word 最后提醒")),
        ("过年祭祖摆一坛黄酒，这是我们绍兴的老习惯。", [],
         T("superstition imitation: a custom, no luck or protection promised")),
        ("下单只走直播间的小黄车，任何让你加好友转账的都不是我们。", [],
         T("offsite_trade imitation: platform channel, warning against off-platform payment")),
        ("来，我开一坛给大家闻一下。", []),
    ]),
    # ------------------------------------------------------------------ 06
    dict(id="g06_retirement", product="养老公寓", lines=[
        ("叔叔阿姨们，买我们的养老会员卡，本金百分之百保奔，每年还返百分之十二的利息。", [INV],
         H("叔叔阿姨们，买我们的养老会员卡，本金百分之百保本，每年还返百分之十二的利息。")),
        ("这个项目零风线，稳转不赔，比存银行强多了。", [INV], H("这个项目零风险，稳赚不赔，比存银行强多了。")),
        ("住进来以后，高血压糖尿病我们的营养餐都给您调理好，药都不用吃了。", [MED]),
        ("这是全省唯一一家医养结合的养老社区。", [ABS]),
        ("原来一张会员卡要三十八万，今天直播间签约只要二十八万八。", [PRI]),
        ("三年到期本金原数退还，另外白送三年的居住权，等于白住还不花钱。", [INV]),
        ("隔壁那几家养老院，护工都是没证的，老人摔了都没人管。", [DIS]),
        ("已经有两千三百多位老人签约入住，床位马上就满了。", [SAL]),
        ("想详细了解的，加我们顾问的微信，线下到公寓来签，比线上还多返两个点。", [OFF, INV]),
        ("入住率百分之九十九，是全市口碑最好的养老公寓。", [SAL, ABS]),
        ("以后养老床位只会越来越贵，现在买就是最划算的投资，只涨不跌。", [INV, ABS]),
        ("这周末之前签约，价格还是二十八万八，下周一就恢复三十八碗。", [PRI],
         H("这周末之前签约，价格还是二十八万八，下周一就恢复三十八万。")),
        ("公寓是风水大师看过的，背山面水，住进来保佑全家平安长寿。", [SUP]),
        ("那些公办的养老院，排队要排十年，进去了吃得跟猪食一样。", [DIS]),
        ("老人在我们这住，老年痴呆都能延缓，好几个老人住半年记性都回来了。", [MED]),
        ("上个月一天就签了一百二十单，咨询电话都被打爆了。", [SAL]),
        ("我们是国家级示范养老机构，政府都给我们背书的。", [ABS]),
        ("会员卡随时可以转让，转出去还能多卖几万，保值增值。", [INV]),
        ("您把养老钱放我们这儿，年化收益保底百分之八，到期连本带利一分不少。", [INV]),
        ("押金是要退的，但押金不是理财，它不产生收益，这个我得讲清楚。", [],
         T("investment_claim imitation: the deposit is said to bear no return")),
        ("营养餐不能代替药物，吃药还是遵医嘱，有医生定时查房。", [],
         T("medical_claim imitation: 不能代替药物 disclaimer")),
        ("第一步先预约参观，第二步试住一周，满意了再说。", [],
         T("absolute_claim imitation: order words 第一步")),
        ("最近天气转凉，公寓里的地暖已经开起来了。", [],
         T("absolute_claim imitation: order word 最近")),
        ("我们会尽最大努力照顾好每一位老人，这是我们的服务理念。", [],
         T("absolute_claim imitation: service attitude (执法指南第5条)")),
        ("一个月床位费四千八，包三餐和基础护理，单人间加八百。", [],
         T("price_claim imitation: plain prices")),
        ("新开的二期比一期的房间大了五个平方，采光也更好。", [],
         T("absolute_claim imitation: self-comparison of our own buildings")),
        ("咨询都请在评论区或者平台客服，不要私下转钱给任何人。", [],
         T("offsite_trade imitation: platform channel and a warning")),
        ("公寓有民政部门的养老机构备案回执，详情页里可以看到。", [],
         T("absolute_claim imitation: a verifiable registration, not a 国家级 rank")),
        ("给大家看一下活动室，阿姨们正在打太极。", []),
    ]),
    # ------------------------------------------------------------------ 07
    dict(id="g07_fishingrod", product="钓鱼竿", lines=[
        ("这根竿子是咱钓鱼圈里的天花板，倍儿硬，倍儿轻。", [ABS]),
        ("您甭管去哪个渔具店问，没有一家能拿出比它更轻的碳素竿。", [ABS]),
        ("渔具店里同款标一千六，咱直播间四百九十八，您算算省多少。", [PRI]),
        ("某威那牌子的竿子，碳布是回收料卷的，一拉大鱼就炸竿。", [DIS]),
        ("这竿子开过光的，出门钓鱼不空军，鱼获翻倍，钓友都说灵。", [SUP]),
        ("这月卖出去两万多根，钓鱼类目销量地一。", [SAL, ABS], H("这月卖出去两万多根，钓鱼类目销量第一。")),
        ("想要配套的鱼饵秘方，加V私聊，我私下发给您。", [OFF]),
        ("别家那些几十块的竿子，钓个鲫鱼都费劲，买了纯属交智商睡。", [DIS],
         H("别家那些几十块的竿子，钓个鲫鱼都费劲，买了纯属交智商税。")),
        ("这根竿子上个月还卖六百九十八，", [PRI], N(SPLIT)),
        ("今儿个直接四百九十八，给您让两百。", [PRI], N(SPLIT)),
        ("钓鱼还能治颈椎病，我一钓友钓了半年，颈椎骨质增生都消了。", [MED]),
        ("就今天一天这个价，明儿个直接回六九八。", [PRI]),
        ("好评九千多条，钓友们都说用了就不想换。", [SAL]),
        ("进咱钓鱼裙的，裙里还能再便宜五十。", [OFF, PRI], H("进咱钓鱼群的，群里还能再便宜五十。")),
        ("这是全世界最韧的钓竿，大黑坑里拉过六十斤的青鱼。", [ABS]),
        ("这竿子传家都行，老竿子收藏价翻了好几倍，放十年还能升值。", [INV]),
        ("本命年的钓友在竿梢系根红绳，钓大鱼还转运。", [SUP]),
        ("隔壁直播间那位卖的所谓日本进口，其实都是小作坊贴牌的。", [DIS]),
        ("买两根囤着，明年碳布一涨价，转手就能赚一笔。", [INV]),
        ("这根竿子最大拉力十二公斤，超过了就得放线溜鱼。", [],
         T("absolute_claim imitation: the product's own specification")),
        ("第一次抛竿的新手，先在空地上练两天。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("最好早上五六点或者傍晚去钓，那会儿鱼口最好。", [],
         T("absolute_claim imitation: usage / time tip")),
        ("跟咱们上一代比，这一代竿身轻了二十克。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("它标准长度四米五，跟市面上大多数台钓竿差不多，您按自己习惯选。", [],
         T("disparagement imitation: neutral comparison with the market")),
        ("四百九十八，再送一个竿包和两个浮漂。", [],
         T("price_claim imitation: plain price with gifts")),
        ("钓鱼就是个爱好，钓不钓得着得看天看水，我可不打包票。", [],
         T("superstition imitation: no luck promised")),
        ("我们会尽量每根竿子都检查一遍再发货，这是最基本的态度。", [],
         T("absolute_claim imitation: service attitude (执法指南第5条)")),
        ("换竿梢都在平台上申请售后，别加陌生人好友。", [],
         T("offsite_trade imitation: platform after-sales and a warning")),
        ("您瞅这个弯度，挂着两斤重的砝码呢。", []),
    ]),
    # ------------------------------------------------------------------ 08
    dict(id="g08_gojijuice", product="枸杞原浆", lines=[
        ("枸杞原浆每天一袋，脂肪肝的喝三个月，复查指标全正常了。", [MED]),
        ("眼睛干涩、老花眼、白内账，喝它都能改善。", [MED], H("眼睛干涩、老花眼、白内障，喝它都能改善。")),
        ("这是宁夏最正宗的枸杞原浆，全中宁县就我们一家是头茬鲜果压的。", [ABS]),
        ("喝它比吃护眼的药还管用，还没有一点副作用。", [MED]),
        ("药店里卖的那些枸杞口服液，都是浓缩汁加水加糖，根本没营养。", [DIS]),
        ("原价399一盒，今天直播间199，两盒再减二十。", [PRI]),
        ("我们这个原浆一年卖出去一千两百万袋，回购的老顾客占了七成。", [SAL]),
        ("想做我们原浆代理的，加盟费三万，保证三个月回本，卖不出去厂家兜底全收。", [INV]),
        ("男同胞喝了补肾壮阳，前列腺的毛病也能调过来。", [MED]),
        ("代理的家人们进我们的威信群，群里拿货价更低。", [OFF, PRI],
         H("代理的家人们进我们的微信群，群里拿货价更低。")),
        ("这个价格只有今天直播间有，下了播就恢复三百九十九。", [PRI]),
        ("别家瓶子上写的鲜果原浆，其实是拿干枸杞泡水打出来的。", [DIS]),
        ("糖尿病人也能喝，喝了血糖还往下走，降唐效果杠杠的。", [MED],
         H("糖尿病人也能喝，喝了血糖还往下走，降糖效果杠杠的。")),
        ("直播间累计好评率百分之九十九点八。", [SAL]),
        ("它是枸杞原浆里的王者，喝过的都说没有比它更浓的。", [ABS]),
        ("做代理一年下来，最少也能挣个二三十万，零风险。", [INV]),
        ("你去专卖店买同样十袋装的，要一百三，", [PRI], N(SPLIT)),
        ("我这里算下来十袋才六十六块多。", [PRI], N(SPLIT)),
        ("你们评论区打个想要，我小号一个个去加你。", [OFF]),
        ("枸杞原浆是普通食品，不是保健食品，不能代替药物。", [],
         T("medical_claim imitation: 不能代替药物 disclaimer")),
        ("最好早上空腹喝，喝之前摇一摇。", [],
         T("absolute_claim imitation: usage tip 最好…")),
        ("一盒三十袋，一百九十九，一天一袋差不多六块六。", [],
         T("price_claim imitation: per-unit arithmetic of the current price")),
        ("中宁枸杞是地理标志产品，包装上有地标编号。", [],
         T("absolute_claim imitation: GI statement")),
        ("今年的原浆比我们去年的固形物含量高了一点，颜色更深。", [],
         T("absolute_claim imitation: self-comparison of our own batches")),
        ("第一次喝的可能觉得有点酸，这是正常的。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("有没有效果因人而异，身体有病请去医院。", [],
         T("medical_claim imitation: no efficacy promise, referral to hospital")),
        ("最近有人冒充我们卖货，认准直播间小黄车的官方店铺。", [],
         T("offsite_trade imitation: 最近 and a platform-channel warning")),
        ("代理政策以书面合同为准，做生意有风险，不承诺收益。", [],
         T("investment_claim imitation: risk warning, no promised return")),
        ("家人们看这个颜色，红里透亮的。", []),
    ]),
    # ------------------------------------------------------------------ 09
    dict(id="g09_handcream", product="护手霜", lines=[
        ("这支护手霜里加了烟酰胺，擦一个星期手就白一个度。", [COS]),
        ("手上长老年搬的，坚持涂能把搬淡掉，驱搬效果超好。", [COS],
         H("手上长老年斑的，坚持涂能把斑淡掉，祛斑效果超好。")),
        ("它是抗君的，做饭洗碗以后涂一层，细菌都进不去。", [COS],
         H("它是抗菌的，做饭洗碗以后涂一层，细菌都进不去。")),
        ("手上湿疹、富贵手的姐妹，涂三天就不痒了，湿疹都能好。", [MED]),
        ("冬天手裂口子、长冻疮的，这一支比药膏还管用。", [MED]),
        ("它的修护力是所有护手霜里最强的，谁用谁知道。", [ABS]),
        ("专柜价一百八十八一支，今天直播间三支才九十九。", [PRI]),
        ("某国际大牌那支，配方里全是矿物油，涂了闷痘还堵毛孔。", [DIS]),
        ("消言抗民，敏感肌也能放心涂。", [COS], H("消炎抗敏，敏感肌也能放心涂。")),
        ("两个月卖了八十多万支，小红书上全是自来水。", [SAL]),
        ("想要大瓶装的私信我，我私下给你们拼单，比链接里还便宜。", [OFF, PRI]),
        ("手上的疤涂了都能慢慢淡掉，祛疤效果比疤痕膏还好。", [COS, MED]),
        ("这价格今晚十二点就涨回去，明天就不是这个价了。", [PRI]),
        ("真正意义上的天花板级护手霜，宇宙第一好用。", [ABS]),
        ("用了的宝子们好评率百分之百，没有一个说不好的。", [SAL]),
        ("手上的倒刺、灰指甲，天天涂都能改善。", [MED]),
        ("抑菌率高达百分之九十九，全家人都能用。", [COS]),
        ("连续用一个月，手背上的晒斑、色沉统统美白淡化。", [COS]),
        ("出门涂一层还能防晒，紫外线底下晒一天都不黑。", [COS]),
        ("最好洗完手擦干了再涂，晚上可以厚涂一层戴个手套。", [],
         T("absolute_claim imitation: usage tip 最好…")),
        ("这一版比我们上一版吸收快多了，不黏手。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("它就是一支保湿的护手霜，不能治湿诊，手上有皮肤病的去看皮肤科。", [],
         T("medical_claim imitation: non-treatment statement and referral",
           said="它就是一支保湿的护手霜，不能治湿疹，手上有皮肤病的去看皮肤科。")),
        ("九十九三支，一支三十三块钱。", [],
         T("price_claim imitation: per-unit arithmetic of the current price")),
        ("这个系列的名字叫第一道防线，是它的品名。", [],
         T("absolute_claim imitation: product name (执法指南第6条)")),
        ("第一次用可能觉得有点香，香味半小时就散了。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("成分表第一位是水，第二位是甘油，大家可以自己看。", [],
         T("absolute_claim imitation: order of ingredients")),
        ("它跟那个国际大牌比，质地更厚一点，那个更清爽，看你们喜欢哪种。", [],
         T("disparagement imitation: factual texture comparison, no negative judgement")),
        ("我们会尽最大努力把发货速度提上来，给大家一个交代。", [],
         T("absolute_claim imitation: service attitude (执法指南第5条)")),
        ("我先挤一点在手背上给大家看看质地。", []),
    ]),
    # ------------------------------------------------------------------ 10
    dict(id="g10_aromaoil", product="香薰精油", lines=[
        ("这瓶复方精油涂在肚子上按摩，一个礼拜就能溶脂瘦腰，真的超有感的啦。", [COS]),
        ("湿眠睡不着的，滴两滴在枕头上，比安眠药还好用。", [MED],
         H("失眠睡不着的，滴两滴在枕头上，比安眠药还好用。")),
        ("擦在脸上可以美白淡斑，素颜都会发光齁。", [COS]),
        ("这是全世界最纯的薰衣草精油，纯度百分之百的啦。", [ABS]),
        ("它有消炎的效果，痘痘擦一下隔天就消。", [COS]),
        ("头皮按摩用它可以升发，发际线都长回来了。", [COS],
         H("头皮按摩用它可以生发，发际线都长回来了。")),
        ("专柜卖1200的那种，我们这边只要369。", [PRI]),
        ("某些牌子的精油根本就是香精兑的，擦了会烂脸，不要贪便宜。", [DIS]),
        ("点上这个开运香薰，家里的磁场变好，招才又专运。", [SUP],
         H("点上这个开运香薰，家里的磁场变好，招财又转运。")),
        ("放在玄关可以驱邪化煞，小人都靠近不了你。", [SUP]),
        ("上架三天就卖了五万瓶，复购率超高的啦。", [SAL]),
        ("要原装进口大瓶的，加我 line，哦不对，加我微信，私下交易比较便宜。", [OFF, PRI]),
        ("过了今晚就恢复原价一千二，真的不要再犹豫了。", [PRI]),
        ("妇科炎症的姐妹，泡澡的时候滴几滴，炎症都会消掉。", [MED]),
        ("它的抗敏效果是业界第一，敏感肌擦了都不会红。", [COS, ABS]),
        ("隔壁直播间卖的都是三无产品，连备案都没有。", [DIS]),
        ("这瓶在香薰类目排名第一，整个平台都没有人卖得过我们。", [SAL, ABS]),
        ("擦在妊娠纹上，纹路一个月就淡掉，连剖腹产的疤都能祛掉。", [COS]),
        ("它还能抑菌除螨，脸上的螨虫都给你杀光光。", [COS]),
        ("用它按摩头皮，防脱效果好到不行。", [COS]),
        ("精油最好稀释以后再用，不要直接原液擦在脸上。", [],
         T("absolute_claim imitation: usage tip 最好…")),
        ("这款香薰就是让房间好闻，没有什么转运的作用啦。", [],
         T("superstition imitation: explicit denial of a luck effect")),
        ("本产品不能治疗疾病，孕妇和小朋友请先问医生。", [],
         T("medical_claim imitation: non-treatment disclaimer")),
        ("第一步先滴三滴在掌心，第二步搓热再按摩。", [],
         T("absolute_claim imitation: order words 第一步")),
        ("这一瓶三十毫升，三百六十九，大概可以用两个月。", [],
         T("price_claim imitation: plain price")),
        ("新的这一批比我们上一批的薰衣草含量高了一点，香味更浓。", [],
         T("absolute_claim imitation: self-comparison of our own batches")),
        ("最近梅雨季，家里潮，点一点香薰心情会好一点。", [],
         T("absolute_claim imitation: order word 最近")),
        ("全部订单都在平台下，任何人私下找你收钱都是诈骗。", [],
         T("offsite_trade imitation: platform channel and a warning")),
        ("瓶身上这个至尊是我们系列的名字，不是说它最好哦。", [],
         T("absolute_claim imitation: product / series name")),
        ("来，我打开让大家看一下这个滴管。", []),
    ]),
    # ------------------------------------------------------------------ 11
    dict(id="g11_brassgourd", product="铜葫芦摆件", lines=[
        ("呢个铜葫芦系大师亲手开过光嘅，摆在屋企招财进宝。", [SUP]),
        ("葫芦谐音福禄，放在床头，保佑全家平平安安。", [SUP]),
        ("本命年犯太碎的，摆一个化太碎，保你一年顺顺利利。", [SUP],
         H("本命年犯太岁的，摆一个化太岁，保你一年顺顺利利。")),
        ("这是全国唯一一家用古法失蜡铸造的铜葫芦，独此一家。", [ABS]),
        ("纯铜的会升值，现在一千二买，三年后至少三千块，铜价只长不跌。", [INV],
         H("纯铜的会升值，现在一千二买，三年后至少三千块，铜价只涨不跌。")),
        ("外面那些便宜的都系锌合金镀层，摆一年就发黑，仲会带衰运。", [DIS, SUP]),
        ("原价两千六百八，今日直播间一千二百八十八。", [PRI]),
        ("已经有五万多个家庭请回去了，好多老板都讲生意好了。", [SAL]),
        ("想要大师亲自加持、刻上你名字生辰的，加我微信私下预约。", [OFF, SUP]),
        ("摆在收银台，旺财旺到你数钱数到手软。", [SUP]),
        ("镇宅闭邪，放在大门口鬼都不敢进。", [SUP], H("镇宅辟邪，放在大门口鬼都不敢进。")),
        ("这个价格全网最低，冇第二家敢卖这个价。", [ABS, PRI]),
        ("收藏级的铜器保值增值，买回去就是稳赚。", [INV]),
        ("有个大姐摆了葫芦以后高血压都稳住了，葫芦是吸病气的。", [MED, SUP]),
        ("过了今晚就涨回两千六百八，想请的抓紧。", [PRI]),
        ("对面直播间卖的葫芦是机器压的，没开过光，摆了也没用还破财。", [DIS, SUP]),
        ("请一个葫芦回去，保你明年财运亨通，生意翻倍。", [SUP]),
        ("我们的铜葫芦在工艺品类目连续三个月卖第一。", [SAL, ABS]),
        ("这批是限量铸造的，以后只会越来越值钱，买到就是赚到。", [INV]),
        ("葫芦是传统的吉祥图案，过年摆一个喜庆，寓意好。", [],
         T("superstition imitation: traditional motif, no efficacy promised")),
        ("这是一个铜制工艺摆件，不承诺任何风水效果，也不保证升值。", [],
         T("superstition / investment_claim imitation: explicit denials")),
        ("最好放在干燥的地方，用软布擦，别用酸性的清洁剂。", [],
         T("absolute_claim imitation: care tip 最好…")),
        ("我们店里最大的那款高三十八公分，适合放客厅。", [],
         T("absolute_claim imitation: the largest size of our own range, a specification")),
        ("今年新出的这款比我们去年那款的纹路更细。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("一千二百八十八，再送红木底座和一个锦盒。", [],
         T("price_claim imitation: plain price with gifts")),
        ("第一次买摆件的，先看下尺寸图再下单。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("每个葫芦底部都有编号和铸造证书，扫码可以查。", [],
         T("offsite_trade imitation: a certificate code to scan, not a contact")),
        ("付款一律走平台，主播不会私下找你收钱。", [],
         T("offsite_trade imitation: platform payment and a warning")),
        ("我转一下，大家看看这个包浆。", []),
    ]),
    # ------------------------------------------------------------------ 12
    dict(id="g12_footpatch", product="足贴", lines=[
        ("这个足贴晚上贴一贴，体内湿读全部排出来，早上撕下来黑乎乎的都是读素。", [MED],
         H("这个足贴晚上贴一贴，体内湿毒全部排出来，早上撕下来黑乎乎的都是毒素。")),
        ("风湿关节痛的老人家贴一个月，止痛药都可以停掉咯。", [MED]),
        ("贴它能降血压降血脂，高血压的贴三个疗程，血压就正常了。", [MED]),
        ("失眠多梦、肾虚腰酸，一贴就灵，比吃中药还见效。", [MED]),
        ("没效果全额退款，无笑退款，我敢这么讲。", [MED], H("没效果全额退款，无效退款，我敢这么讲。")),
        ("这是全国卖得最好的足贴，连续三年销量冠军。", [ABS, SAL]),
        ("药店卖的那种足贴就是一包竹炭粉，一点用都冇得，纯属骗老人家的钱。", [DIS]),
        ("原价168一盒，今天直播间49.9。", [PRI]),
        ("已经有三百多万人贴过，好评率百分之九十九。", [SAL]),
        ("加强版不在链接里，加我维信私下发给你。", [OFF], H("加强版不在链接里，加我微信私下发给你。")),
        ("它是足贴里面的顶级货，没有哪个牌子的艾草比我们的更陈。", [ABS]),
        ("别家足贴撕下来也是黑的，那是加了染色剂，专门骗人的。", [DIS]),
        ("今晚十二点以前下单，三盒只要九十九，过了时间就恢复原价。", [PRI]),
        ("糖尿病足、脚上溃烂的，贴上去伤口慢慢就收了。", [MED]),
        ("贴足贴比你去医院做理疗管用多了，还不花冤枉钱。", [MED]),
        ("我们去年在线下药房卖一百多一盒，", [PRI], N(SPLIT)),
        ("今天直播间搞活动，一盒四十九块九。", [PRI], N(SPLIT)),
        ("孕妇贴了安胎，冇得一点副作用。", [MED]),
        ("外婆贴了半年，老寒腿好了，走路都不要拐杖了。", [MED]),
        ("到我小号主页有个电话，打过去下单还有优惠。", [OFF, PRI]),
        ("足贴是日用品，不能治病，有病还是要去医院看。", [],
         T("medical_claim imitation: non-treatment disclaimer")),
        ("第一次用的先贴一只脚试一下，皮肤过敏的不要用。", [],
         T("absolute_claim imitation: order word 第一次")),
        ("最好睡前洗完脚擦干再贴，贴六到八个小时撕掉。", [],
         T("absolute_claim imitation: usage tip 最好…")),
        ("四十九块九一盒，一盒三十片，一片一块六多一点。", [],
         T("price_claim imitation: per-unit arithmetic of the current price")),
        ("撕下来颜色变深是里面的竹醋吸了汗，不是什么毒素。", [],
         T("medical_claim imitation: debunks the detox claim")),
        ("这款比我们上一款多加了一层防漏边，不会弄脏床单。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("最近有人问能不能给小孩用，十四岁以下我们不建议用。", [],
         T("absolute_claim imitation: order word 最近")),
        ("我们会尽力回复每个人的问题，在评论区留言就好。", [],
         T("offsite_trade imitation: questions stay in the comment section")),
        ("买了不合适的，七天无理由退货，在平台上直接申请就行。", [],
         T("medical_claim imitation: a statutory return policy, not 无效退款")),
        ("来，我把包装拆开给大家看下。", []),
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
