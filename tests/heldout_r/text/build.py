#!/usr/bin/env python3
"""Held-out evaluation set R for liveaudit (text-only transcripts).

Eighteenth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_n/text/README.md and the helper, validation and printing
code of tests/heldout_n/text/build.py (lines 1-65 and 828-894 only) were the only references
(heldout_n's SESSIONS data was not read; no line of any other set was used or paraphrased).

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

SESSIONS = []

# r01: 膝肘护理霜 (ordinary cosmetic, 普通备案) — 围棋解说腔
SESSIONS.append(dict(id="r01_kneecream", product="膝肘护理霜", lines=[
    ("各位棋迷晚上好，今天的对局不下棋，摆上来的是一罐膝肘护理霜，咱们慢慢复盘它。", []),
    ("膝盖黑得像黑棋的棋子？抹上两周，膝盖头直接变成白子那个颜色。", [COS]),
    ("抹了它膝盖上的老班一块一块淡掉，跟收官提子一样干净。", [COS],
     H("抹了它膝盖上的老斑一块一块淡掉，跟收官提子一样干净。")),
    ("第一步洗完澡擦干，第二步挖一颗黄豆大小，最后一步在膝盖上打圈按开，这就是定式。", [],
     T("absolute_claim imitation: 第一步 / 最后一步 only order the steps of use")),
    ("膝盖上那种毛囊角化症，医院开的维A酸膏不用再抹了，这罐一个疗程给你抹平。", [MED]),
    ("我解说了二十年棋，美白护理霜里这是九段中的九段，没有哪一罐能跟它对弈。", [ABS, COS]),
    ("商场专柜里这一罐标的是三百六十八块，", [PRI], N(SPLIT)),
    ("今天在棋盘边上，一百二十八块就让给你，差了二百四。", [PRI], N(SPLIT)),
    ("这个月已经卖出去四万一千罐，复盘的评论区几乎全是回头买第二罐的。", [SAL]),
    ("某某膝肘霜里面就是工业蜡加铅粉，抹上去是把黑盖住，越抹越伤皮。", [DIS]),
    ("想要买三送一的，加我威信，我私下给你打劫价。", [OFF, PRI],
     H("想要买三送一的，加我微信，我私下给你打劫价。")),
    ("最好晚上洗完澡抹，白天抹完穿长裤容易蹭掉。", [],
     T("absolute_claim imitation: 最好 is a usage tip (执法指南 第6条)")),
    ("它里面的成分直接渗进真皮层，让胶原细胞重新再生，膝盖上那一圈褶子全抚平。", [COS]),
    ("美白这一块，它是我见过速度最快的，三天就亮两个色阶。", [ABS, COS]),
    ("这罐是普通备案的润肤霜，不是特证美白产品，我不跟你讲它能变白，只讲它滋润。", [],
     T("cosmetic_claim imitation: 美白 named only to deny it; ordinary-registration statement")),
    ("对尿素过敏、有牛皮癣的抹它都没事，牛皮癣那块抹一个月就不起皮了。", [MED]),
    ("它还康敏，敏感皮换季红痒，抹上就不痒了。", [COS],
     H("它还抗敏，敏感皮换季红痒，抹上就不痒了。")),
    ("膝盖反复红肿、破皮流水的，那是皮炎，请先去皮肤科，别拿护理霜硬扛。", [],
     T("medical_claim imitation: disease words in a warning that sends the viewer to a doctor")),
    ("膝肘护理这个类目，它在榜单上一直是第一名，从来没让过先。", [ABS, SAL]),
    ("读秒了读秒了，倒数结束以后这个价立刻恢复到二百九十八，想清楚。", [PRI]),
    ("页面上一罐一百二十八块，两罐装二百四十九，算下来一罐一百二十四块五。", [],
     T("price_claim imitation: plain page prices and per-unit arithmetic, no reference price")),
    ("库房只剩最后一百六十罐，封盘之后就没有了。", [SAL]),
    ("想做代理的棋友来，拿货一百罐起，我保你每个月稳赚五千以上，赚不到我补。", [INV]),
    ("页面右下角写着已售三千二，那是平台自己统计的，我没法改。", [],
     T("sales_data_claim imitation: a platform-shown counter, not the host's own figure")),
    ("这罐是请师父开过光的，抹在膝盖上，走路都顺，下棋都赢。", [SUP]),
    ("胳膊肘上的黑斑和色素沉着，它都能去班去干净。", [COS],
     H("胳膊肘上的黑斑和色素沉着，它都能祛斑祛干净。")),
    ("只在这个直播间下单，有人私信你说能便宜，那是冒充的，别转账。", [],
     T("offsite_trade imitation: warning against impostors who message privately")),
    ("抹一罐下来，膝盖那块就跟婴儿的皮一样白嫩，一点色沉都找不到。", [COS]),
    ("跟某某牌的身体乳比，它更稠一点，某某那款更清爽，夏天喜欢清爽的可以选它。", [],
     T("disparagement imitation: neutral comparison with a named rival, nothing negative")),
    ("最进天气干，膝盖容易起白屑，这是正常的。", [],
     T("absolute_claim imitation: 最近 is a time word, not a superlative", said="最近天气干，膝盖容易起白屑，这是正常的。")),
]))

# r02: 胡须生长液 (ordinary cosmetic) — 拳击解说腔
SESSIONS.append(dict(id="r02_beardserum", product="胡须生长液", lines=[
    ("各位拳迷，铃声一响，红角这瓶胡须生长液上场，下巴光溜溜的兄弟早晚各抹一遍，一个月冒出一层青胡茬。", [COS]),
    ("它能声发，毛囊睡着的给你一拳打醒。", [COS], H("它能生发，毛囊睡着的给你一拳打醒。")),
    ("第一回合洗脸擦干，第二回合滴三滴在下巴上，最后一回合用指腹按一分钟。", [],
     T("absolute_claim imitation: 第一回合 / 最后一回合 only order the steps")),
    ("胡子稀、两腮秃的，这瓶是重量级里的金腰带，长胡子没有比它更快的。", [ABS, COS]),
    ("下巴上鬼剃头、一块一块缺的也能用，那块三周就重新长满，比医院打的激素针管用。", [MED, COS]),
    ("原本的胡子一抓掉一把的，它能方脱固根，一根都不掉。", [COS],
     H("原本的胡子一抓掉一把的，它能防脱固根，一根都不掉。")),
    ("最好晚上睡前抹，抹完别马上蹭枕头。", [],
     T("absolute_claim imitation: 最好 is a usage tip")),
    ("男性荷尔蒙低的，这瓶抹上去就能把睾酮补回来，比吃药还快。", [MED]),
    ("全世界胡须液里它排地一，谁上来都是一回合KO。", [ABS],
     H("全世界胡须液里它排第一，谁上来都是一回合KO。")),
    ("今天拳台价九十九一瓶，理发店柜台那边卖两百五十八，自己算差了多少。", [PRI]),
    ("瓶身上最大容量就是三十毫升，最小的旅行装是十毫升，没有别的规格。", [],
     T("absolute_claim imitation: 最大 / 最小 describe the product's own sizes")),
    ("上个季度卖掉十二万瓶，买过的兄弟百分之九十六都回来续了第二瓶。", [SAL]),
    ("仓库就剩八十箱，裁判数到十就全没了。", [SAL]),
    ("这瓶是普通的须发护理液，不是药，它不治脱发，有脱发问题的去医院看。", [],
     T("medical_claim / cosmetic_claim imitation: denial of treating hair loss, advice to see a doctor")),
    ("某某生须液我拿去检测过，里面掺了米诺地尔原料药，抹多了心慌，那是拿命换胡子。", [DIS]),
    ("想要整箱拿的，私信我一个字‘拳’，我把收款码单独发你。", [OFF]),
    ("进我们的拳迷后援群，群里一瓶八十九，比直播间还便宜十块。", [OFF, PRI]),
    ("胡须液一瓶九十九，能用四十天，一天算下来两块五不到。", [],
     T("price_claim imitation: plain price with per-day arithmetic")),
    ("做我们胡须液的城市代理，一年回本，第二年开始每个月保底进账一万二。", [INV]),
    ("这瓶瓶身上印的是关公的胡子，请大师念过经，抹了运势就跟关二爷一样旺。", [SUP]),
    ("下巴起红疹、发痒的马上停用，严重的去皮肤科。", [],
     T("medical_claim imitation: disease words only in a warning")),
    ("下巴上长了须疮的，抹它还能消炎，脓包两天就收口，胡子照长。", [COS, MED]),
    ("今天直播间两瓶只要一百五，", [PRI], N(SPLIT)),
    ("平时旗舰店单瓶就标一百六十九，两瓶三百三十八。", [PRI], N(SPLIT)),
    ("有人冒充我们客服加你微信要定金的，别信，我们只在平台里收款。", [],
     T("offsite_trade imitation: 微信 named only in an impostor warning; platform-only payment")),
    ("生须这个赛道它卫冕了五届冠军，销量排行榜上一直压着所有对手。", [ABS, SAL]),
    ("鬓角那块往上长，两个月直接连成络腮胡，新生毛发一茬接一茬往外冒。", [COS]),
    ("跟某某牌须后水比，它们是两样东西，那个管刮完胡子的，这个管养胡子，别买混了。", [],
     T("disparagement imitation: neutral distinction from a named rival")),
    ("隔壁直播间卖的胡须液全是架货，瓶子都是回收的。", [DIS],
     H("隔壁直播间卖的胡须液全是假货，瓶子都是回收的。")),
    ("我的目标是今年把这个台子做到拳迷里口碑最好，还差得远，大家多提意见。", [],
     T("absolute_claim imitation: an aspiration the host says is not reached")),
]))

# r03: 背部祛痘喷雾 (ordinary cosmetic) — 赛车领航员腔
SESSIONS.append(dict(id="r03_backacnespray", product="背部祛痘喷雾", lines=[
    ("路书翻到今晚第一页，领航员先报第一个注意事项：这瓶喷雾只喷背部，别往脸上喷。", [],
     T("absolute_claim imitation: 第一页 / 第一个注意事项 are order words")),
    ("后背痘痘冒得密密麻麻的，喷它七天，直道全油门，痘子一颗颗全瘪下去。", [COS]),
    ("它能去豆还能淡痘印，背上那片坑坑洼洼的喷完就平了。", [COS],
     H("它能祛痘还能淡痘印，背上那片坑坑洼洼的喷完就平了。")),
    ("背上马拉色菌感染起的那种亮晶晶小疹子，它能把真菌杀干净。", [COS, MED]),
    ("最好洗完澡背上还没全干的时候喷，离皮肤二十公分左右。", [],
     T("absolute_claim imitation: 最好 is a usage tip")),
    ("里面有抑菌成分，还能销炎，红肿的痘两天就退。", [COS],
     H("里面有抑菌成分，还能消炎，红肿的痘两天就退。")),
    ("换季背上过敏发红的，它还抗敏，喷上去那种痒立刻就压住。", [COS]),
    ("修复屏障这一项，它是赛道上最强的那一台，烂掉的皮一晚上就长好。", [ABS, COS]),
    ("喷头一次最多出零点一毫升，整瓶一百五十毫升，大概能喷一千五百下。", [],
     T("absolute_claim imitation: 最多 is the nozzle's own specification")),
    ("医生给你开的克林霉素凝胶可以扔了，这瓶效果比药还好，没有任何副作用。", [MED]),
    ("我跑了十五年拉力赛，祛痘喷雾这一组里它是冠军车，剩下的都在后面吃灰。", [ABS, COS]),
    ("药妆店货架上这一瓶贴的是一百九十八，", [PRI], N(SPLIT)),
    ("直播间这一个赛段，直接七十九冲线。", [PRI], N(SPLIT)),
    ("背上大片化脓、发烧的，那已经是感染了，赶紧去医院皮肤科，喷雾帮不了你。", [],
     T("medical_claim imitation: disease words in a warning")),
    ("黄旗一举，今晚十点整准时恢复原价一百九十八，错过就只能下一场。", [PRI]),
    ("上个月卖了九万八千瓶，好平率百分之九十九。", [SAL],
     H("上个月卖了九万八千瓶，好评率百分之九十九。")),
    ("维修区里只剩最后一百九十瓶，进站一次就少一批。", [SAL]),
    ("这瓶是普通化妆品备案，我不说它能消炎，也不说能杀菌，就是清爽控油。", [],
     T("cosmetic_claim imitation: 消炎 / 杀菌 named only in a denial")),
    ("某某祛痘喷雾里加了激素，喷一个月停掉，背上反弹得比原来还狠。", [DIS]),
    ("别的喷雾跟它一比就是拖拉机，全是酒精兑香精，只有我这一瓶是真材实料。", [ABS, DIS]),
    ("页面显示一瓶七十九，买两瓶包邮，没有什么划掉的原价，就这一个价。", [],
     T("price_claim imitation: plain price, says there is no crossed-out reference price")),
    ("想团购的扫我主页二维码进车队群，群主每天在群里接单。", [OFF]),
    ("背上痘特别多的，加我薇信发照片，我一对一给你配方案。", [OFF],
     H("背上痘特别多的，加我微信发照片，我一对一给你配方案。")),
    ("跟某某牌的身体喷雾比，我们这个更偏油皮，干皮的朋友用某某那款可能更舒服。", [],
     T("disparagement imitation: neutral comparison that even recommends the rival")),
    ("交三千八拿个区域代理，每个月分红至少四千，跑不亏。", [INV]),
    ("每瓶出厂前都在赛道边的庙里供过，喷了保佑出门不撞车，一路顺风。", [SUP]),
    ("买完只在平台订单里找客服，任何让你加微信退款的都是骗子。", [],
     T("offsite_trade imitation: 微信 named only in a scam warning")),
    ("前胸后背的湿疹也照样喷，它能抑菌止痒，一个月断根。", [MED, COS]),
    ("全网最滴就是这个价，出了直播间哪儿都没有。", [ABS, PRI],
     H("全网最低就是这个价，出了直播间哪儿都没有。")),
    ("跟我们去年那一版比，这一代喷头更细，喷出来的雾更匀。", [],
     T("absolute_claim imitation: self-comparison with the brand's own earlier version")),
]))

# r04: 红曲胶囊 (保健食品, approved function 辅助降血脂) — 钟表修理匠腔
SESSIONS.append(dict(id="r04_redyeast", product="红曲胶囊", lines=[
    ("放大镜先拿开，这是一瓶红曲胶囊，蓝帽子保健食品，批文上的保健功能是辅助降血脂，本品不能代替药物。", [],
     T("medical_claim imitation: a 保健食品 stating only its approved function with 本品不能代替药物")),
    ("血脂像机芯里的油泥，一天两粒，一个月把血管里的油泥全清干净。", [MED]),
    ("吃他听伤肝的，换成这个，他听可以停了。", [MED],
     H("吃他汀伤肝的，换成这个，他汀可以停了。")),
    ("论降血脂，保健品里它是最精准的那颗擒纵，谁家都比不上。", [ABS, MED]),
    ("最好随晚饭一起吃，空腹吃有的人胃里会不舒服。", [],
     T("absolute_claim imitation: 最好 is a usage tip")),
    ("关心病、心绞痛的老人吃它，胸口不闷了，支架都不用放。", [MED],
     H("冠心病、心绞痛的老人吃它，胸口不闷了，支架都不用放。")),
    ("脂肪肝吃三盒，B超上就看不见了，这个我拿人品担保。", [MED]),
    ("正在吃降脂药的，千万别自己停药，吃这个之前问一下你的医生。", [],
     T("medical_claim imitation: drugs named only in a warning not to stop them")),
    ("纯天然发酵的，没有任何副作用，吃十年也伤不了肝肾。", [MED]),
    ("吃两个月血脂不降的，空瓶寄回来全额退，一分不少。", [MED]),
    ("一瓶六十粒，一天两粒吃一个月，一百零九块算下来一天三块六。", [],
     T("price_claim imitation: plain price with per-day arithmetic")),
    ("今天修表铺柜台这一瓶，一百零九块。", [PRI], N(SPLIT)),
    ("药房里同样规格的要卖三百二十八，差不多便宜了三分之二。", [PRI], N(SPLIT)),
    ("发条一松就停，零点一到恢复三百二十八，今天这个价上弦上到头了。", [PRI]),
    ("它就是保健食品，不是药，不能治疗任何疾病，这话我每场都要讲一遍。", [],
     T("medical_claim imitation: explicit not-a-medicine, no-cure statement")),
    ("老主顾负购率百分之八十七，一买就是一年的量。", [SAL],
     H("老主顾复购率百分之八十七，一买就是一年的量。")),
    ("在保健品降脂类的销量榜上，它已经连着三年霸着头名。", [ABS, SAL]),
    ("这一批只生产了三千瓶，拍完就停产，后面要等半年。", [SAL]),
    ("已收件数是平台统计的，我嘴上报的不算数，以页面为准。", [],
     T("sales_data_claim imitation: platform-shown sold counter", said="已售件数是平台统计的，我嘴上报的不算数，以页面为准。")),
    ("某某鱼油是臭鱼烂虾榨的，血脂没降，胆固醇倒先上去了。", [DIS]),
    ("药店里卖的那种红曲都是色素染的，三吴产品。", [DIS],
     H("药店里卖的那种红曲都是色素染的，三无产品。")),
    ("跟某某牌的红曲比，它们一粒含量高一点，我们一瓶粒数多一点，各有各的算法。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("老顾客拿货直接打我修表铺的座机，零五七一，八八六二，三四五零，报名字就发。", [OFF]),
    ("私聊我走转账，一盒比直播间再少二十。", [OFF, PRI]),
    ("表修了三十年，我只求把每一块表修到最好，卖东西也是这个态度。", [],
     T("absolute_claim imitation: service attitude (执法指南 第5条)")),
    ("愿意做社区健康顾问的，卖一盒提三十，拉一个下线再提十块，月入过万是保底。", [INV]),
    ("孕妇、哺乳期的、肝功能不全的不建议吃，这个在包装侧面写着。", [],
     T("medical_claim imitation: contraindications from the label")),
    ("每一瓶装瓶那天都算好了吉时，吃了延年增寿，家里老人有福报。", [SUP]),
    ("第一次吃的，先从一天一粒开始，第二周再加到两粒。", [],
     T("absolute_claim imitation: 第一次 is an order word")),
    ("高血压高血糖高血脂，三高一起管，比任何降脂药都快。", [MED, ABS]),
]))

# r05: 山楂条 (ordinary food) — 魔术师腔
SESSIONS.append(dict(id="r05_hawthorn", product="山楂条", lines=[
    ("各位观众请看，我手里这顶帽子空空如也，一挥手，变出来的是一袋山楂条。", []),
    ("小孩积食、不爱吃饭的，一天两根，肚子里的积食跟魔术一样消失。", [MED]),
    ("它还能降雪脂，软化血管，老人嚼着当零食顺手就把病治了。", [MED],
     H("它还能降血脂，软化血管，老人嚼着当零食顺手就把病治了。")),
    ("先讲第一个吃法，直接当零食；第二个吃法，泡在温水里当山楂水。", [],
     T("absolute_claim imitation: 第一个 only numbers the ways to eat it")),
    ("孩子便秘三四天不拉的，吃一袋，见证奇迹的时刻当天就通。", [MED]),
    ("开胃健脾最灵的就是它，比医院开的健胃消食片还管用。", [ABS, MED]),
    ("这可是使上最地道的山楂条，山东老山楂现熬的。", [ABS],
     H("这可是史上最地道的山楂条，山东老山楂现熬的。")),
    ("建议吃完饭过一会儿再吃，空着肚子吃山楂最容易泛酸水。", [],
     T("absolute_claim imitation: usage advice, 最容易 describes a side effect, not a merit")),
    ("超市零食区一斤卖四十六，我帽子里变出来只要十九块九一斤。", [PRI]),
    ("谢幕之前是这个价，灯一亮就恢复四十六，一分不让。", [PRI]),
    ("糖尿病的朋友别买这个，里面加了白砂糖，这个我提前说清楚。", [],
     T("medical_claim imitation: a disease named only to warn buyers off")),
    ("这个月变出去二十三万袋，宝妈们回购了一轮又一轮。", [SAL]),
    ("好瓶已经十一万条，个个都说孩子抢着吃。", [SAL],
     H("好评已经十一万条，个个都说孩子抢着吃。")),
    ("孕妇少吃，山楂吃多了对孕期不好，要吃先问问产检医生。", [],
     T("medical_claim imitation: pregnancy caution")),
    ("某某果丹皮就是淀粉加色素压出来的，一点山楂都没有。", [DIS]),
    ("其他直播间的山楂条全是糖精勾兑，吃多了伤孩子牙，整个行业就我这家敢用真果肉。", [ABS, DIS]),
    ("一斤十九块九，一斤大概四十根，一根算下来五毛钱。", [],
     T("price_claim imitation: plain price with per-piece arithmetic")),
    ("要批发的宝妈加我唯信，我把你拉进团购群。", [OFF],
     H("要批发的宝妈加我微信，我把你拉进团购群。")),
    ("走我的私人收款码，一箱再便宜二十，不走平台省手续费。", [OFF, PRI]),
    ("这就是一袋零食，不是药，不能治消化不良，孩子真不吃饭要去看医生。", [],
     T("medical_claim imitation: not-a-medicine statement")),
    ("想开山楂条零食店的，跟我加盟，包回收库存，一年保赚二十万。", [INV]),
    ("过年摆在桌上红红火火，山楂条寓意驱邪，吃了一年不沾晦气。", [SUP]),
    ("直播间里显示有两千三百人在线，这个数是平台给的，不是我说的。", [],
     T("sales_data_claim imitation: a platform-shown viewer counter")),
    ("高血压的老人每天嚼几根，血压就稳稳的，降压药能少吃半片。", [MED]),
    ("它还能治小孩的眼食症，吃饭吃得比谁都香。", [MED],
     H("它还能治小孩的厌食症，吃饭吃得比谁都香。")),
    ("跟某某牌的山楂片比，它们更脆，我们这个更软，牙口不好的老人选我们这个。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("零食类目销量冠军，它蝉联了五个季度，谁也没能把它拉下来。", [ABS, SAL]),
    ("道具箱里只剩最后四百袋，变完就没了。", [SAL]),
    ("只在这个直播间的小黄车下单，其他任何收款码都不是我们的。", [],
     T("offsite_trade imitation: platform-only purchase, warning against other payment codes")),
    ("一岁的宝宝也随便吃，绝对没有一点副作用。", [MED]),
]))

# r06: 玉米须茶 (ordinary food, 代用茶) — 养蜂人腔
SESSIONS.append(dict(id="r06_cornsilktea", product="玉米须茶", lines=[
    ("蜂箱刚转场到槐花地，第一件事先跟大家讲，这袋玉米须茶是普通代用茶，不是保健食品。", [],
     T("absolute_claim / medical_claim imitation: 第一件事 is an order word; states it is an ordinary food")),
    ("雪糖高的泡着喝，一个月雪糖降到六以下。", [MED],
     H("血糖高的泡着喝，一个月血糖降到六以下。")),
    ("肾结石的喝它，小石头跟着尿就排出去了，不用碎石。", [MED]),
    ("冲泡的时候水温别太高，八九十度最合适，焖五分钟。", [],
     T("absolute_claim imitation: 最合适 is brewing advice")),
    ("心衰水肿、腿一按一个坑的，喝半个月腿就消下去。", [MED]),
    ("降糖的茶里它是蜂王，别的都是工蜂，降得最快。", [ABS, MED]),
    ("喝了它，二甲双胍就能慢慢减，吃胰岛素的也能少打两针。", [MED]),
    ("一袋二十小包，一天喝一包，二十九块九喝二十天，一天一块五。", [],
     T("price_claim imitation: plain price with per-day arithmetic")),
    ("申炎蛋白尿的，喝它尿里的泡沫就没了。", [MED],
     H("肾炎蛋白尿的，喝它尿里的泡沫就没了。")),
    ("城里茶叶店一斤玉米须要卖八十八，", [PRI], N(SPLIT)),
    ("蜂场直供今天二十九块九一斤，还送一只蜂蜜小勺。", [PRI], N(SPLIT)),
    ("吃降糖药的千万别拿茶替代药，茶就是茶，血糖的事听医生的。", [],
     T("medical_claim imitation: drugs and 血糖 named in a warning not to replace medicine")),
    ("全网找不到比这更低的价，蜂农自己摘的没有中间商。", [ABS, PRI]),
    ("花期一过，也就是后天晚上，价格就回到八十八。", [PRI]),
    ("它就是玉米须晒干切段，不能降血糖，也不能治肾病，当水喝就行。", [],
     T("medical_claim imitation: disease claims named only to deny them")),
    ("开春到现在卖了十七万袋，喝过的老客户七成都回头了。", [SAL]),
    ("这一季的玉米须只收了两千斤，剩最后八百袋。", [SAL]),
    ("跟某某牌的大麦茶比，它们是焙炒的更香，我们这个是原味的更淡，口味不一样。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("某某牌玉米须茶是陈年发霉的须子，熏硫磺熏白了才装袋。", [DIS]),
    ("菜场散装的那种玉米须，全是农药泡过的，喝了伤肾。", [DIS]),
    ("只在平台下单，谁让你加私人账户转账都是冒充的。", [],
     T("offsite_trade imitation: platform-only, impostor warning")),
    ("加我蜂场的危信号，蜜和茶一起打包发。", [OFF],
     H("加我蜂场的微信号，蜜和茶一起打包发。")),
    ("电话直接打给我，一三七，零五五八，二九六一，蜂农不走平台省钱。", [OFF]),
    ("我们蜂场最大的心愿，就是把茶做到让大家喝着放心，还在一点点改。", [],
     T("absolute_claim imitation: aspiration")),
    ("跟我合伙养蜂种玉米，投一万块一年分四千，稳稳的不亏本。", [INV]),
    ("玉米须挂在门口能挡煞，泡茶喝了还能转运发财。", [SUP]),
    ("跟去年我们自己那一批比，今年的须子更长更整齐，因为雨水好。", [],
     T("absolute_claim imitation: self-comparison")),
    ("玉米须茶这个小类，全国卖得最多的就是我这家蜂场。", [ABS, SAL]),
    ("页面上店铺评分四点八，是平台按买家打分算的。", [],
     T("sales_data_claim imitation: platform-shown shop rating")),
    ("孕妇妊娠高血压，喝它比吃药安全，一点副作用都没有。", [MED]),
]))

# r07: 硅藻泥地垫 (goods) — 考古领队腔
SESSIONS.append(dict(id="r07_diatommat", product="硅藻泥地垫", lines=[
    ("探方刚刨到第三层，今天出土的是一块硅藻泥地垫，我先说清楚，它只是吸水，不是什么杀菌抗菌的神器。", [],
     T("medical_claim imitation: 杀菌 / 抗菌 named only in a denial")),
    ("脚气脚癣的，天天踩它，真菌在地层里活不过一晚，脚气自己就好了。", [MED]),
    ("家里老人丰湿关节疼的，踩它吸湿，关节疼就减轻了。", [MED],
     H("家里老人风湿关节疼的，踩它吸湿，关节疼就减轻了。")),
    ("先讲最后一个注意事项，地垫别用钢丝球刷，脏了用砂纸轻轻磨一层就行。", [],
     T("absolute_claim imitation: 最后一个 is an order word")),
    ("小孩湿疹反反复复，浴室放一块，湿气一吸干，湿疹就不复发了。", [MED]),
    ("发掘了三十年，吸水这件事，它是我挖到过的最顶级的器物，一秒干透。", [ABS]),
    ("它是行业里的天花版，吸水速度没人追得上。", [ABS],
     H("它是行业里的天花板，吸水速度没人追得上。")),
    ("最好每个月拿出来晒一次，晒透了吸水又恢复。", [],
     T("absolute_claim imitation: 最好 is a care tip")),
    ("今天工地价六十九一块，家居商场同款挂着一百九十九。", [PRI]),
    ("大号的那款在建材市场标价二百六十，", [PRI], N(SPLIT)),
    ("直播间里大号今晚收工前一百一十九。", [PRI], N(SPLIT)),
    ("规格就两个，最大的六十乘九十，最小的四十乘六十，厚度都是九毫米。", [],
     T("absolute_claim imitation: 最大 / 最小 are the product's own sizes")),
    ("明天一早开工，价格就调回一百九十九，别等。", [PRI]),
    ("今年一共卖出二十六万块，评价里九成九都在说吸水快。", [SAL]),
    ("家居类吸水垫消量第一，三年没换过位置。", [ABS, SAL],
     H("家居类吸水垫销量第一，三年没换过位置。")),
    ("它不是医疗用品，治不了脚气，脚痒起皮的去医院开药。", [],
     T("medical_claim imitation: not-a-medical-product statement")),
    ("仓库里只剩最后五百二十块，标本箱都快空了。", [SAL]),
    ("某某地垫是水泥掺石膏，冒充硅藻泥，用三个月就碎成渣。", [DIS]),
    ("网上九块九那种都是冒牌货，含食棉的，踩多了得肺病。", [DIS],
     H("网上九块九那种都是冒牌货，含石棉的，踩多了得肺病。")),
    ("六十九一块，两块一百二十九，平摊下来一块六十四块五。", [],
     T("price_claim imitation: plain prices with per-unit arithmetic")),
    ("要整车发工地的，联系我们后勤，QQ是八七六五，四三二一，零九。", [OFF]),
    ("线下当面交易，现金结一块五十五，比直播间少十四。", [OFF, PRI]),
    ("跟某某牌的橡胶地垫比，它们防滑更好，我们吸水更快，浴室门口用我们的，厨房用它们的都行。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("做地垫区域经销，押金两万，公司保底每月返你三千，押金随时退。", [INV]),
    ("地垫上刻的是古墓里拓下来的镇墓兽纹，放在门口镇宅辟邪。", [SUP]),
    ("平台上写的加购人数是一万二，那是系统数据，不是我报的。", [],
     T("sales_data_claim imitation: platform-shown counter")),
    ("有灰只甲的光脚踩，灰只甲两个月就掉干净。", [MED],
     H("有灰指甲的光脚踩，灰指甲两个月就掉干净。")),
    ("跟我们上一带比，这一代吸水速度快了一点。", [],
     T("absolute_claim imitation: self-comparison with the brand's previous generation", said="跟我们上一代比，这一代吸水速度快了一点。")),
    ("防滑这一项它是第一名，老人光脚踩上去绝对滑不倒。", [ABS]),
    ("出土的器物讲年代，地垫也讲年代：这批是十一月生产的，是最近一批。", [],
     T("absolute_claim imitation: 最近一批 is a time word")),
]))

# r08: 记忆棉减压坐垫 (goods) — 邮递员腔
SESSIONS.append(dict(id="r08_seatcushion", product="记忆棉减压坐垫", lines=[
    ("各位收件人，挂号信到了，签收之前先看清楚：这是记忆棉坐垫，第一步拆开外包装，让它回弹二十四小时。", [],
     T("absolute_claim imitation: 第一步 is an order word")),
    ("至疮犯了坐不住的，垫上它，一个礼拜至疮就缩回去了。", [MED],
     H("痔疮犯了坐不住的，垫上它，一个礼拜痔疮就缩回去了。")),
    ("坐骨神经痛的，坐它一个月，腿麻屁股疼都没了。", [MED]),
    ("治尾椎骨疼，这是全中国最灵的一块垫子。", [ABS, MED]),
    ("最好每周把外套拆下来洗，记忆棉芯别沾水。", [],
     T("absolute_claim imitation: 最好 is a care tip")),
    ("孕妇产后耻骨分离的，坐它比去医院做理疗还管用。", [MED]),
    ("久坐导致的腰鸡劳损，坐着坐着就治好了。", [MED],
     H("久坐导致的腰肌劳损，坐着坐着就治好了。")),
    ("它最高承重一百二十公斤，超过这个会塌得快，买之前看看体重。", [],
     T("absolute_claim imitation: 最高承重 is a specification")),
    ("全城的邮包我送了二十年，没见过第二个垫子能这么托屁股。", [ABS]),
    ("今天直播间这一单，七十九块包邮到家，", [PRI], N(SPLIT)),
    ("办公用品店同款的垫子标价二百三十八，你算算。", [PRI], N(SPLIT)),
    ("尾骨骨折刚做完手术的，先问主治医生能不能坐，别自己判断。", [],
     T("medical_claim imitation: injury named in a warning")),
    ("这价格全往最低，出了这个邮筒没地方买。", [ABS, PRI],
     H("这价格全网最低，出了这个邮筒没地方买。")),
    ("今晚最后一班邮车开走，就是十点，价格恢复二百三十八。", [PRI]),
    ("它就是一个软垫子，治不了痔疮，也治不了腰突，我不瞎说。", [],
     T("medical_claim imitation: disease words only in a denial")),
    ("上个月投递出去十三万个，签收以后追加第二个的占了四成。", [SAL]),
    ("邮包里只剩最后三百一十个，发完这批要等下个月。", [SAL]),
    ("七十九一个，按一天坐八小时用两年算，一天一毛钱出头。", [],
     T("price_claim imitation: plain price with per-day arithmetic")),
    ("某某坐垫用的是黑心海绵，甲醛超标，坐久了得白血病。", [DIS]),
    ("地摊上那种坐垫全是再生棉渣，塌得比纸还快。", [DIS]),
    ("所有订单都走平台发货，快递单号在订单里能查，别信私下联系的。", [],
     T("offsite_trade imitation: 私下 named only in a warning; platform-only")),
    ("单位批量要的，加我私人微信，我给你开票。", [OFF]),
    ("寄件人信息写我家的地址，钱直接汇到邮政卡上，我按件给你发。", [OFF]),
    ("跟某某牌的乳胶坐垫比，它们更透气，我们更软，怕热的选它们家的。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("跟我做坐垫团长，拉十个人返你一个垫子钱，团队越大分得越多，保证月月有进账。", [INV]),
    ("坐垫里缝了一张平安符，坐着保佑你一路不出车祸，邮差师傅都在用。", [SUP]),
    ("我们邮局出身，就想把每一件都投递到最好，破损了包退包换。", [],
     T("absolute_claim imitation: service attitude")),
    ("坐垫类的好评数，我们一直排在最前头，没被超过。", [ABS, SAL]),
    ("购物车上方那个‘已抢’的数字是平台系统跳的，我改不了。", [],
     T("sales_data_claim imitation: platform-shown counter")),
    ("坐满三个月，驼背都能坐直，脊柱侧弯的孩子也矫正回来了。", [MED]),
]))

# r09: 儿童学习椅 (goods) — 图书馆管理员腔
SESSIONS.append(dict(id="r09_studychair", product="儿童学习椅", lines=[
    ("阅览室请保持安静，今天新书上架的位置放了一把儿童学习椅，我小声给大家介绍。", []),
    ("孩子坐它写作业，近视度数一年不涨，已经近视的还能降回去。", [MED]),
    ("脊柱侧湾的孩子坐一学期，拍片子都看不出来弯了。", [MED],
     H("脊柱侧弯的孩子坐一学期，拍片子都看不出来弯了。")),
    ("第一条借阅须知：椅子到了先调高度，让孩子脚能平放在地上；第二条，桌面和手肘齐平。", [],
     T("absolute_claim imitation: 第一条 is an order word")),
    ("注意力缺陷的孩子换了这把椅子，专注力提上来，药都能停。", [MED]),
    ("驮背的孩子坐它，背就挺直了。", [MED], H("驼背的孩子坐它，背就挺直了。")),
    ("最好每半年根据身高重新调一次，孩子长得快。", [],
     T("absolute_claim imitation: 最好 is a usage tip")),
    ("馆藏里我翻了几百本儿童工学的书，这把椅子是唯一一把完全符合人体的。", [ABS]),
    ("国家级的护脊椅，全行业只有它能让孩子不近视。", [ABS, MED]),
    ("座椅最高能升到五十二公分，最低三十八，适合一米一到一米七的孩子。", [],
     T("absolute_claim imitation: 最高 / 最低 are the chair's own specification")),
    ("家具城儿童区这把椅子标价一千二百九十九，", [PRI], N(SPLIT)),
    ("闭馆前在我这儿借走，不对，买走，五百九十九。", [PRI], N(SPLIT)),
    ("今天是开学季特价，明天零点一过恢复一千二百九十九，逾期不候。", [PRI]),
    ("孩子已经近视的，该戴眼镜戴眼镜，定期去眼科复查，椅子只是让坐姿舒服一点。", [],
     T("medical_claim imitation: 近视 named in advice to see an eye doctor")),
    ("家长给的五星评价有一万六千条，开学季卖出去一万九千把。", [SAL]),
    ("仓库就剩最后一百五十把，跟热门书一样，借完就没了。", [SAL]),
    ("学习椅类目连续三年销量贯军。", [ABS, SAL], H("学习椅类目连续三年销量冠军。")),
    ("五百九十九一把，按孩子用六年算，一年一百块钱。", [],
     T("price_claim imitation: plain price with per-year arithmetic")),
    ("某某学习椅的钢管是回收废铁，坐两年就断，孩子摔下来谁负责。", [DIS]),
    ("网上三百多的那种椅子，都是拼装的散无产品，甲醛超标。", [DIS],
     H("网上三百多的那种椅子，都是拼装的三无产品，甲醛超标。")),
    ("这把椅子不是医疗器械，矫正不了脊柱侧弯，这一点说明书上写得很清楚。", [],
     T("medical_claim imitation: not-a-device statement, denies correcting scoliosis")),
    ("要团购的家长，我拉你们进学习椅家长群，在群里报单。", [OFF]),
    ("丝信我报借书证号，私下转账再减一百。", [OFF, PRI],
     H("私信我报借书证号，私下转账再减一百。")),
    ("跟某某牌的学习椅比，它们的扶手可以拆，我们的不能拆，看你们需要。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("加盟我们的儿童学习椅体验店，总部兜底，一年稳赚三十万，赚不到补差价。", [INV]),
    ("椅背上刻着文曲星的像，坐上去保佑孩子考运亨通，逢考必过。", [SUP]),
    ("我们的小目标是做家长心里最放心的那把椅子，还差得远。", [],
     T("absolute_claim imitation: aspiration")),
    ("坐着写字的孩子，以后保证不会得颈椎病，这个我签字担保。", [MED]),
    ("只在直播间的购物车里买，店铺客服也只在平台里回消息。", [],
     T("offsite_trade imitation: platform-only channel")),
    ("同配置的护脊椅，全网没有比五百九十九更低的价格。", [ABS, PRI]),
]))

# r10: 太极拳培训班 (service) — 登山向导腔
SESSIONS.append(dict(id="r10_taichi", product="太极拳培训班", lines=[
    ("各位队员，大本营点名，今天这条路线不爬雪山，报的是十二周的太极拳班，第一阶段站桩，最后阶段学推手。", [],
     T("absolute_claim imitation: 第一阶段 / 最后阶段 are order words")),
    ("高血压的队员练满一期，降压药就可以停了。", [MED]),
    ("糖尿并练三个月，血糖稳稳地回到正常。", [MED], H("糖尿病练三个月，血糖稳稳地回到正常。")),
    ("练太极能治好膝关节的滑膜炎，积液慢慢就吸收了。", [MED]),
    ("最好早上九点以后练，太早了气温低，老年人血压容易波动。", [],
     T("absolute_claim / medical_claim imitation: 最好 is a time tip; 血压 only in a caution")),
    ("治失眠最好的方法就是这套拳，比安眠药强一百倍。", [ABS, MED]),
    ("中风偏摊的老人，跟着练，半边身子慢慢就能动了。", [MED],
     H("中风偏瘫的老人，跟着练，半边身子慢慢就能动了。")),
    ("装过心脏起搏器的、刚做完髋关节手术的，先问你的医生，医生同意了再来。", [],
     T("medical_claim imitation: medical conditions named in a warning")),
    ("我带过几百支队伍冲顶，太极拳班里我们是海拔最高的那一座，全国第一。", [ABS]),
    ("市体育馆报一期要三千六，跟着我们大本营，一千二百八。", [PRI]),
    ("天气窗口就开到周日晚上八点，过了窗口学费回到三千六。", [PRI]),
    ("太极拳是健身，不是治病，有病该吃药吃药，该住院住院。", [],
     T("medical_claim imitation: denial of treating disease")),
    ("开班六年，学员累计四万二千人，九成学完又续报了下一期。", [SAL]),
    ("这一期只剩最后十四个名额，结组满了就封营。", [SAL]),
    ("全市太极培训口碑排名弟一，连续八年没下来过。", [ABS, SAL],
     H("全市太极培训口碑排名第一，连续八年没下来过。")),
    ("一千二百八十块一期，十二周一周三节课，算下来一节课三十五块五。", [],
     T("price_claim imitation: plain price with per-lesson arithmetic")),
    ("某某武馆的老师是看视频自学的，教出来的动作全是错的，练了伤膝盖。", [DIS]),
    ("公园里免费教拳的那些人都是骗子，先让你练，然后卖你假药。", [DIS]),
    ("页面上写着报明人数，平台按下单统计的。", [],
     T("sales_data_claim imitation: platform-shown sign-up counter", said="页面上写着报名人数，平台按下单统计的。")),
    ("报名的加我们协作小李的维信，学费转给他就行。", [OFF],
     H("报名的加我们协作小李的微信，学费转给他就行。")),
    ("想少花钱的，线下到营地交现金，比平台上便宜三百。", [OFF, PRI]),
    ("跟某某武术馆比，它们教陈式，我们教杨式，流派不一样，没有高低。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("学完考我们的教练证，包分配场馆，月薪八千保底，学费半年就赚回来。", [INV]),
    ("每期结业在山顶道观请道长给你开光一个太极扣，保佑全家平安。", [SUP]),
    ("只在平台上报名付款，任何人让你转账到个人卡都是骗子。", [],
     T("offsite_trade imitation: platform-only payment, scam warning")),
    ("不管你有什么慢性病，练满一年全都好，练不好全额退学费。", [MED]),
    ("骨质输松的练它，骨密度能涨回二十岁。", [MED],
     H("骨质疏松的练它，骨密度能涨回二十岁。")),
    ("带队这么多年，我最大的心愿是每个队员都能安全下撤，教拳也一样，安全第一。", [],
     T("absolute_claim imitation: aspiration and the slogan 安全第一")),
    ("其他太极班都是花架子，真正的杨式太极全国只剩我们这一家在教。", [ABS, DIS]),
    ("先别急着冲顶，头七天每天站桩二十分钟，腿抖是正常的。", [],
     T("absolute_claim imitation: 头七天 is an order/time word")),
]))

# r11: 颂钵疗愈课 (service) — 天文馆讲解员腔
SESSIONS.append(dict(id="r11_singingbowl", product="颂钵疗愈课", lines=[
    ("欢迎来到天象厅，今晚讲解的是一堂颂钵课，穹顶上最亮的那颗是天狼星，这是天文事实，跟课没关系。", [],
     T("absolute_claim imitation: 最亮 states a provable astronomical fact, not a claim about the product")),
    ("焦虑症的来上五节课，钵声一响，焦虑药就可以扔了。", [MED]),
    ("耳明十几年的，听钵声共振，耳明就消失了。", [MED],
     H("耳鸣十几年的，听钵声共振，耳鸣就消失了。")),
    ("第一声钵响之后闭眼，最后一声停下来再慢慢睁眼。", [],
     T("absolute_claim imitation: 第一声 / 最后一声 are order words")),
    ("钵的振动频率能把癌细胞震碎，已经有学员肿瘤缩小了。", [MED]),
    ("每一只钵都在西藏的寺里加持过，声音能清掉你身上的业障。", [SUP]),
    ("把身上的梅运震走，下半年财运就来了。", [SUP], H("把身上的霉运震走，下半年财运就来了。")),
    ("上课前两小时别吃太饱，躺着听最舒服的姿势是侧卧。", [],
     T("absolute_claim imitation: usage advice")),
    ("疗愈课里它就像银河里最亮的那颗，宇宙级别的体验，没有任何课程能比。", [ABS]),
    ("偏头痛最有效的疗法就是颂钵，比止痛药快。", [ABS, MED]),
    ("钵的直径最大三十公分，最小十二公分，一套七只。", [],
     T("absolute_claim imitation: 最大 / 最小 are the bowls' own sizes")),
    ("今天直播间一节体验课九十九，", [PRI], N(SPLIT)),
    ("瑜伽馆里同样一节疗愈课要收四百八。", [PRI], N(SPLIT)),
    ("流星雨结束之前下单，之后恢复原价四百八。", [PRI]),
    ("有癫痫、戴心脏起搏器的，强烈的振动可能不合适，先问医生再报名。", [],
     T("medical_claim imitation: conditions named in a warning")),
    ("开课两年，上过课的有六万三千人，百分之九十八说睡得更好了。", [SAL]),
    ("这个月只开最后二十个座位，满了就关穹顶。", [SAL]),
    ("颂钵就是放松，不是治疗，治不了失眠症，也代替不了心理医生。", [],
     T("medical_claim imitation: denial of treatment")),
    ("某某冥想App都是录音，骗你订阅，听多了反而神经衰弱。", [DIS]),
    ("别家的疗愈馆都是片钱的，乱敲一通收你几百。", [DIS],
     H("别家的疗愈馆都是骗钱的，乱敲一通收你几百。")),
    ("西藏的钵传统上是寺院里用的，我们这里只当乐器，不讲加持，也不讲转运。", [],
     T("superstition imitation: a custom mentioned with an explicit denial of 加持 / 转运")),
    ("想上私教课的，加我小红书账号私聊，线下约时间，比平台便宜五十。", [OFF, PRI]),
    ("想要课表的加我微新，课表和收款码一起发你。", [OFF],
     H("想要课表的加我微信，课表和收款码一起发你。")),
    ("九十九一节，五节课的套餐四百五，平君一节九十。", [],
     T("price_claim imitation: plain package price with per-lesson arithmetic", said="九十九一节，五节课的套餐四百五，平均一节九十。")),
    ("考我们的颂钵疗愈师证书，开自己的工作室，我们保证半年回本，一年收入翻三倍。", [INV]),
    ("孕妇听钵声，胎儿的发育更好，生出来不容易生病。", [MED]),
    ("跟某某瑜伽馆比，它们课时长一点，我们人少一点，一个班不超过八个人。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("所有慢性疼痛上三次课就好，没好全额退款。", [MED]),
    ("只能在平台下单预约，到店核对订单号，不收现金。", [],
     T("offsite_trade imitation: platform-only booking, no cash")),
    ("钵声能驱走身上的邪气，邪气一走百病消。", [SUP, MED]),
]))

# r12: 宠物洗耳液 (pet care product, not a veterinary drug) — 潜水教练腔
SESSIONS.append(dict(id="r12_petearcleaner", product="宠物洗耳液", lines=[
    ("各位潜伴，下潜前先做装备检查，今天水下带来的是一瓶宠物洗耳液，它是清洁用品，不是兽药。", [],
     T("medical_claim imitation: states it is a cleaning product, not a veterinary drug")),
    ("狗狗中耳炎，滴它三天，耳朵里的脓全都没了。", [MED]),
    ("猫咪耳满，一瓶下去耳满全部杀光，不用再去宠物医院。", [MED],
     H("猫咪耳螨，一瓶下去耳螨全部杀光，不用再去宠物医院。")),
    ("最好每周洗一次，洗太勤反而把耳道里的油脂都洗掉了。", [],
     T("absolute_claim imitation: 最好 is a usage tip")),
    ("耳道里的珍菌感染，马拉色菌一洗就死。", [MED],
     H("耳道里的真菌感染，马拉色菌一洗就死。")),
    ("治狗耳朵发炎，这是水下一百米都找不到第二瓶的好药水。", [ABS, MED]),
    ("狗狗耳朵红肿流脓、一直歪头的，先去宠物医院看，别自己洗。", [],
     T("medical_claim imitation: symptoms named in advice to see a vet")),
    ("比宠物医院开的耳肤灵还好用，而且零刺激，小奶猫都能用。", [MED]),
    ("潜了十八年水，宠物洗耳液我只认这一瓶，全世界最干净的配方。", [ABS]),
    ("五十九一瓶一百二十毫升，一次用两毫升，一瓶能用六十次。", [],
     T("price_claim imitation: plain price with per-use arithmetic")),
    ("宠物医院前台一瓶卖一百六十八，", [PRI], N(SPLIT)),
    ("今天船潜特价，上船就五十九。", [PRI], N(SPLIT)),
    ("减压停留结束也就是今晚十一点，价格恢复一百六十八。", [PRI]),
    ("它不是兽药，治不了耳螨，医生开的药该点的照样点。", [],
     T("medical_claim imitation: denial, 耳螨 named only to say it is not treated")),
    ("这一年卖了八万六千瓶，宠物主人回购率百分之九十二。", [SAL]),
    ("宠物耳部清洁类目销量常年排在最顶上，没人能超过。", [ABS, SAL]),
    ("最后二百四十瓶，气瓶的空气快用完了，抓紧上升。", [SAL]),
    ("跟某某牌的洗耳液比，它们有薄荷味，我们是无为的，看你家毛孩子喜欢哪种。", [],
     T("disparagement imitation: neutral comparison with a named rival", said="跟某某牌的洗耳液比，它们有薄荷味，我们是无味的，看你家毛孩子喜欢哪种。")),
    ("某某宠物洗耳液里加了酒精，滴进去狗疼得打滚，会把耳膜烧穿。", [DIS]),
    ("宠物店散装分装的洗耳水都是列质货，过期原料灌的。", [DIS],
     H("宠物店散装分装的洗耳水都是劣质货，过期原料灌的。")),
    ("下潜的第一条规矩是别憋气，洗耳朵的第一条规矩是别把瓶嘴插进耳道。", [],
     T("absolute_claim imitation: 第一条 is an order word")),
    ("宠物店老板要批发的，加我的企业微信，发你内部拿货价，比直播间低。", [OFF, PRI]),
    ("司信发你家狗耳朵的照片，我私下给你开个方子。", [OFF],
     H("私信发你家狗耳朵的照片，我私下给你开个方子。")),
    ("包装上写的最大容量就是一百二十毫升，没有更大的。", [],
     T("absolute_claim imitation: 最大容量 is a specification")),
    ("开宠物洗耳店加盟，一个店投五万，公司承诺每月返本金百分之十。", [INV]),
    ("瓶子在放生池边请师父念过，给毛孩子用了保佑它无病无灾。", [SUP]),
    ("评价区的好评数是平台统计的，差评我也没删，大家自己翻。", [],
     T("sales_data_claim imitation: platform-shown review counter")),
    ("用了它，狗狗耳朵一辈子不会再发炎，无效包退。", [MED]),
    ("这个直播间只在平台收款，有人冒充客服让你扫码的，直接举报。", [],
     T("offsite_trade imitation: impostor warning, platform-only payment")),
    ("它能把耳道里的细菌百分之百杀死，滴完一次管一个月不发炎。", [MED]),
]))

# r13: 矿机托管 (investment scheme) — 渔船船老大腔
SESSIONS.append(dict(id="r13_minerhosting", product="矿机托管", lines=[
    ("伙计们，船刚靠岸，今天码头上讲的是矿机托管，先说一句：投资有风险，亏了是你自己的。", [],
     T("investment_claim imitation: risk disclaimer")),
    ("买一台矿机放我们矿场托管，每天自动产币，一年保本还多赚四成。", [INV]),
    ("问赚不亏，跟出海捕鱼不一样，这个没有风浪。", [INV], H("稳赚不亏，跟出海捕鱼不一样，这个没有风浪。")),
    ("最近币价波动很大，谁也说不准明天，想好了再买。", [],
     T("absolute_claim / investment_claim imitation: 最近 is a time word; a warning about volatility")),
    ("论收益，它是渔场里最肥的那一网，全国没有比它更赚的托管。", [ABS, INV]),
    ("灵风险，机器坏了公司包赔，币价跌了公司兜底。", [INV], H("零风险，机器坏了公司包赔，币价跌了公司兜底。")),
    ("托管费一天十二块，一年算下来四千三百八，这个在合同里写着。", [],
     T("price_claim imitation: plain fee with per-year arithmetic")),
    ("四个月回本，之后每天净收入三百，睡着觉钱就进了船舱。", [INV]),
    ("拉一个朋友进来托管，他的收益你拿百分之十，拉得越多渔获越多。", [INV]),
    ("产多少币要看全网算力，我们合同里一分收益都不保。", [],
     T("investment_claim imitation: explicit refusal to guarantee returns")),
    ("今天码头价，一台矿机三万二，", [PRI], N(SPLIT)),
    ("别家矿场同型号要卖五万八，直接省两万六。", [PRI], N(SPLIT)),
    ("潮水一退就涨价，明早六点以后一台恢复五万八。", [PRI]),
    ("第一次签的，先去看一下合同第七条风险揭示，最后一页签字。", [],
     T("absolute_claim imitation: 第一次 / 最后一页 are order words")),
    ("已经有一万四千个老板托管，上个月新增两千台。", [SAL]),
    ("这一批矿机只剩最后三十抬，抢完就没了。", [SAL], H("这一批矿机只剩最后三十台，抢完就没了。")),
    ("过去产出不代表以后，去年赚了不等于今年赚。", [],
     T("investment_claim imitation: past-performance disclaimer")),
    ("某某矿场就是个空壳，拿你的钱去放贷，老板早跑路了。", [DIS]),
    ("银行理财那点利息就是骗老百姓的，跑不过通胀，存银行的都是韭菜。", [DIS]),
    ("跟某某矿场比，它们电费便宜一点，我们机器新一点，各有各的账。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("签合同来码头当面签，钱转到我个人的账户，不走平台省手续费。", [OFF]),
    ("入股的扫一下我的二位码加好友，拉你进船老大的内部群。", [OFF],
     H("入股的扫一下我的二维码加好友，拉你进船老大的内部群。")),
    ("商品页写着‘已预约四百二十’，那是平台自己算的。", [],
     T("sales_data_claim imitation: platform-shown counter")),
    ("矿场开机那天请了妈祖像开光，保佑矿机天天出币，财源广进。", [SUP]),
    ("去年托管的老板，人人都翻了一倍，没有一个亏的。", [INV]),
    ("付款只走平台的担保交易，有人说私下转账能打折的，那不是我们的人。", [],
     T("offsite_trade imitation: platform-only payment, impostor warning")),
    ("币价长期只会往上走，这是全世界最稳的资产，不可能跌破成本。", [ABS, INV]),
    ("你存十万进来，每个月固定给你分三千五，比打渔强多了。", [INV]),
    ("船老大的规矩，风浪最大的时候不出海，投资也一样，看不懂的别投。", [],
     T("absolute_claim imitation: 最大 describes weather in a piece of caution, not a claim")),
    ("整个南海沿岸，这是头一号的矿场，托管台数全省第一。", [ABS, SAL]),
]))

# r14: 粮票收藏 (collectible) — 钢琴调音师腔
SESSIONS.append(dict(id="r14_grainticket", product="粮票收藏", lines=[
    ("调音锤放下，今天聊粮票收藏，先讲明白：收藏是爱好，行情有高有低，以后值多少我一个字都不保证。", [],
     T("investment_claim imitation: collecting disclaimer, no promise of value")),
    ("这套粮票放三年，价格至少翻五倍，跟存钱一样稳。", [INV]),
    ("粮票是稳赚的收藏，放着就生值。", [INV], H("粮票是稳赚的收藏，放着就升值。")),
    ("第一枚是一九六五年的半市斤，最后一枚是一九九三年的，排序按发行年份。", [],
     T("absolute_claim imitation: 第一枚 / 最后一枚 are order words")),
    ("在所有收藏品里，粮票的升值空间最大，回报率全国第一。", [ABS, INV]),
    ("我们公司承诺回购，一年后按买价一点五倍收回去，保本保赚。", [INV]),
    ("最好放在带干燥剂的册子里，别让阳光直射，纸会发黄。", [],
     T("absolute_claim imitation: 最好 is a care tip")),
    ("这套是全国存世量最少的孤品，别处再也见不到。", [ABS]),
    ("这是粮票里的颠峰之作，每一枚都是原票。", [ABS], H("这是粮票里的巅峰之作，每一枚都是原票。")),
    ("一套二百四十枚，两千六百块，平均一枚十块八毛多。", [],
     T("price_claim imitation: plain price with per-piece arithmetic")),
    ("拍卖会上这一套落槌价是八千八，", [PRI], N(SPLIT)),
    ("今天直播间两千六就给你。", [PRI], N(SPLIT)),
    ("琴弦一松这个价就走音了，零点以后灰复八千八。", [PRI],
     H("琴弦一松这个价就走音了，零点以后恢复八千八。")),
    ("前几年有涨也有跌，拿养老钱来买的，我劝你别买。", [],
     T("investment_claim imitation: a warning about price swings")),
    ("这个月已经卖出一千三百套，老藏家一买就是五套。", [SAL]),
    ("库存只剩最后十七套，调完这一台琴就没了。", [SAL]),
    ("跟某某收藏社比，它们的品相更好，价格也更高，预算多的可以去看看。", [],
     T("disparagement imitation: neutral comparison that praises the rival")),
    ("某某收藏网上的粮票全是打印机印的，票面一搓就掉色。", [DIS]),
    ("古玩市场那些摊主卖的都是访品，专门坑外行。", [DIS],
     H("古玩市场那些摊主卖的都是仿品，专门坑外行。")),
    ("页面上写的‘已售四百’是平台统计的，跟我刚才说的不一样，以页面为准。", [],
     T("sales_data_claim imitation: platform-shown counter")),
    ("贵重的套票不挂链接，加我微信，视频验货，转账到我卡上。", [OFF]),
    ("我自己有个藏友群，群里的价比直播间再低三百。", [OFF, PRI]),
    ("粮票只在这个店铺的链接里卖，私下说能便宜的都是冒充我们的。", [],
     T("offsite_trade imitation: platform-only, impostor warning")),
    ("老粮票里带着那个年代的福气，放在家里聚财，保你家里一辈子不缺粮。", [SUP]),
    ("粮票类的店铺评分我们全平台最高，成交量一直排第一。", [ABS, SAL]),
    ("调了三十年琴，我的愿望就是每一台琴都调到最准，收藏也想做到最让人放心。", [],
     T("absolute_claim imitation: aspiration / service attitude")),
    ("跟着我收藏的人，去年每人平均转了三万多。", [INV], H("跟着我收藏的人，去年每人平均赚了三万多。")),
    ("拿两万块买我们的粮票组合，比放银行五年的利息高十倍，稳得很。", [INV]),
    ("这套比我们上个月那一套品相好一些，因为这批是从一位老会计家里收来的。", [],
     T("absolute_claim imitation: self-comparison between the seller's own lots")),
    ("藏友都说我们这是最正宗的粮票源头，绝对没有一张假的。", [ABS]),
]))

# r15: 八卦镜 (folk charm) — 古建木匠腔
SESSIONS.append(dict(id="r15_baguamirror", product="八卦镜", lines=[
    ("掌墨师弹好线了，今天讲八卦镜，它就是挂在门楣上的老式装饰，上梁挂镜是老习俗，不管保平安。", [],
     T("superstition imitation: a custom mentioned with an explicit denial of protection")),
    ("门口冲着路口的，挂上它挡煞，煞气全给你反弹回去。", [SUP]),
    ("挂上八卦镜能壁邪，小鬼进不了门。", [SUP], H("挂上八卦镜能辟邪，小鬼进不了门。")),
    ("最好挂在门楣正中，离地两米左右，挂得太低容易碰头。", [],
     T("absolute_claim imitation: 最好 is a hanging tip")),
    ("这面镜子是龙虎山天师亲手开光的，全国最灵的一面。", [ABS, SUP]),
    ("震宅化煞就靠它，家里再也不闹东西。", [SUP], H("镇宅化煞就靠它，家里再也不闹东西。")),
    ("镜面最大直径二十四公分，最小的是十二公分，框是老榆木。", [],
     T("absolute_claim imitation: 最大 / 最小 are the product's own sizes")),
    ("家里老人常年生病的，挂它三个月，病气被镜子收走，身体就好了。", [SUP, MED]),
    ("挂一面在收银台上方，客人跟潮水一样往里涌，财运挡都挡不住。", [SUP]),
    ("八卦图是传统纹样，我们卖的是木工手艺，不保证挡灾，也不保证发财。", [],
     T("superstition imitation: 挡灾 / 发财 named only in a denial")),
    ("今天掌墨价，一面一百八十八，", [PRI], N(SPLIT)),
    ("庙会上同样大小的镜子，人家开口就是八百八。", [PRI], N(SPLIT)),
    ("上梁吉时一过，也就是今晚十二点，价格恢复八百八。", [PRI]),
    ("头一天开料，第二天刨光，最后一天上桐油，全是手工。", [],
     T("absolute_claim imitation: 最后一天 is an order word")),
    ("这一年卖了两万六千面，挂过的人家都回来给亲戚再请一面。", [SAL]),
    ("开过关的只剩最后六十八面，请完就要等明年。", [SAL, SUP],
     H("开过光的只剩最后六十八面，请完就要等明年。")),
    ("有人说挂了能致病，那是瞎说，家里人不舒服要去医院。", [],
     T("medical_claim imitation: a cure claim named only to reject it", said="有人说挂了能治病，那是瞎说，家里人不舒服要去医院。")),
    ("某某风水店卖的八卦镜是塑料贴膜，边框是压缩板，不到一年就开裂。", [DIS]),
    ("义乌小商品市场批的镜子，全是次品，一摔就碎。", [DIS]),
    ("一面一百八十八，两面三百五十八，买两面一面合一百七十九。", [],
     T("price_claim imitation: plain prices with per-unit arithmetic")),
    ("要挂在大门上的，加我微信发门的照片，我帮你看方位，再单独报价。", [OFF]),
    ("斯下转账到我老婆的卡上，一面少收五十。", [OFF, PRI],
     H("私下转账到我老婆的卡上，一面少收五十。")),
    ("跟某某木雕坊比，它们雕花更细，我们用料更厚，喜欢哪种选哪种。", [],
     T("disparagement imitation: neutral comparison with a named rival")),
    ("做八卦镜的代理商，一年保底分红五万，不赚钱公司全赔。", [INV]),
    ("风水摆件这一类，我们的销量全平台排第一，好评没断过。", [ABS, SAL]),
    ("只在平台下单，谁私下找你说是我徒弟要定金的，都别理。", [],
     T("offsite_trade imitation: impostor warning")),
    ("小孩晚上哭闹、发烧不退，床头挂一面小的，当晚就推烧。", [MED, SUP],
     H("小孩晚上哭闹、发烧不退，床头挂一面小的，当晚就退烧。")),
    ("我做了三十年大木作，八卦镜的做工，没人能超过我们这一家。", [ABS]),
    ("跟我师父那辈做的比，我现在的榫卯还差点火候，还在练。", [],
     T("absolute_claim imitation: modest self-comparison")),
    ("挂上它保佑你家孩子考上名牌大学，这个是包的。", [SUP]),
]))


def build_session(s):
    t = 1.0
    utts = []
    for entry in s["lines"]:
        text, labels = entry[0], list(entry[1])
        extra = entry[2] if len(entry) == 3 else {}
        dur = max(1.5, 0.22 * len(text))
        u = {"start": round(t, 2), "end": round(t + dur, 2), "text": text, "labels": labels,
             "ignore": bool(extra.get("ignore", False)), "trap": bool(extra.get("trap", False))}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = t + dur + 1.0
    duration = round(utts[-1]["end"] + 1.0, 2)
    return {"id": s["id"], "duration": duration, "format": "text", "product": s["product"],
            "utterances": utts}


def validate(s):
    sid = s["id"]
    lines = s["lines"]
    if not (MIN_UTTS <= len(lines) <= MAX_UTTS):
        sys.exit(f"{sid}: {len(lines)} lines, want {MIN_UTTS}-{MAX_UTTS}")
    split_idx = []
    for i, entry in enumerate(lines):
        if len(entry) not in (2, 3):
            sys.exit(f"{sid} line {i + 1}: bad entry shape")
        text, labels = entry[0], entry[1]
        extra = entry[2] if len(entry) == 3 else {}
        where = f"{sid} line {i + 1} {text[:16]!r}"
        if not isinstance(text, str) or not text.strip():
            sys.exit(f"{where}: empty text")
        for lab in labels:
            if lab not in CATEGORIES:
                sys.exit(f"{where}: unknown category {lab}")
        if len(set(labels)) != len(labels):
            sys.exit(f"{where}: duplicate label")
        if "said" in extra and extra["said"] == text:
            sys.exit(f"{where}: said equals text")
        if extra.get("trap"):
            if labels:
                sys.exit(f"{where}: trap line with labels")
            if not extra.get("note"):
                sys.exit(f"{where}: trap line without note")
        elif extra.get("ignore"):
            if labels:
                sys.exit(f"{where}: grey line with labels")
            if not extra.get("note"):
                sys.exit(f"{where}: grey line without note")
        elif labels:
            if "note" in extra:
                if extra["note"] != SPLIT or PRI not in labels:
                    sys.exit(f"{where}: note on a violating line that is not a split price comparison")
                split_idx.append(i)
        else:
            if "note" in extra:
                sys.exit(f"{where}: note on a neutral line")
    # split price comparisons come in adjacent pairs
    k = 0
    while k < len(split_idx):
        if k + 1 >= len(split_idx) or split_idx[k + 1] != split_idx[k] + 1:
            sys.exit(f"{sid} line {split_idx[k] + 1}: split price line without its adjacent partner")
        k += 2


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for s in SESSIONS:
        validate(s)
    if len(SESSIONS) != 15:
        sys.exit(f"{len(SESSIONS)} sessions, want 15")
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
