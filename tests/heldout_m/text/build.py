#!/usr/bin/env python3
"""Held-out evaluation set M for liveaudit (text-only transcripts).

Thirteenth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_l/text/README.md and the helper, validation and printing
code of tests/heldout_l/text/build.py were the only references (heldout_l's SESSIONS data was
not used; no line of any other set was used or paraphrased).

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
    # ------------------------------------------------------------------ cosmetics
    {"id": "m01_nosestrip", "product": "去黑头鼻贴", "lines": [
        ("兄弟们晚上好，今晚不打排位了，开个带货局，主播刚从训练赛下来，手还是热的啊。", []),
        ("洗完澡趁毛孔张开的时候贴是最好的时机，鼻头先打湿，贴上十五分钟揭掉，别贴过夜。", [],
         T("imitates absolute_claim: 最好 is a usage-timing tip, exempt under 执法指南 第6条")),
        ("这款鼻贴在鼻贴这条路上就是版本答案，T0里的T0，没有任何一款能跟它对线。", [ABS]),
        ("撕下来你看这一排黑头分刺全拔出来了，连贴三回分刺就不往外冒了。", [COS],
         H("撕下来你看这一排黑头粉刺全拔出来了，连贴三回粉刺就不往外冒了。")),
        ("鼻子上那种又红又肿的大痘，医院管它叫痤疮，贴它一个礼拜直接消下去，比涂药膏还快。", [COS, MED]),
        ("胶层里加了抑菌成分，贴完鼻头那一块细菌直接清零，兄弟们团战前都来一片。", [COS]),
        ("第一片贴上去可能有点刺刺的，正常现象，第二片就适应了，这是流程不是bug。", [],
         T("imitates absolute_claim: 第一片 / 第二片 only count the order of use")),
        ("我们这个鼻贴在平台个护榜上挂了八个月榜一，一次都没掉下来过，这叫稳定上分。", [ABS, SAL]),
        ("上个赛季一共卖出去四十七万盒，弹幕里一半的ID都是回头客。", [SAL]),
        ("你去商场那个日化专柜看，一盒十片标的是一百二十八。", [PRI], N(SPLIT)),
        ("今天在我直播间，同样十片，六十九块钱直接带走，差了一半还多。", [PRI], N(SPLIT)),
        ("算一下啊，六十九一盒十片，一片不到七块，一周贴两次，一盒够你用一个多月。", [],
         T("imitates price_claim: per-unit arithmetic on today's own price, no reference price")),
        ("别买那种某某鼻贴，胶是工业胶，撕的时候连皮一起带走，鼻子直接烂一块。", [DIS]),
        ("要整箱拿货的兄弟加我vx，就是我开黑用的那个号，简介里挂着。", [OFF]),
        ("有兄弟问能不能私下转账，不行啊，所有单子只走小黄车，这样售后才有保障。", [],
         T("imitates offsite_trade: refuses private transfer and keeps buyers on the platform")),
        ("敏感肌也放心贴，里面有抗明成分，贴完鼻翼一圈都不红。", [COS],
         H("敏感肌也放心贴，里面有抗敏成分，贴完鼻翼一圈都不红。")),
        ("我队友毛囊炎，贴了半个月就好了，里面那个消炎成分是真的顶。", [COS, MED]),
        ("比我们去年那版，这一代胶层薄了一半，撕的时候没那么疼了。", [],
         T("imitates absolute_claim: comparison with the brand's own previous version")),
        ("全世界做鼻贴的工厂我都跑过，这个胶里的祛痘因子是独一份，别家仿都仿不来。", [ABS, COS]),
        ("这波福利就到我打完这把排位，打完立马恢复九十九一盒，兄弟们手速拉满。", [PRI]),
        ("有人问是不是药，不是药啊兄弟们，它就是个清洁类的普通化妆品，备案信息页面上能查。", [],
         T("imitates medical_claim: states it is not a medicine and is an ordinary cosmetic")),
        ("贴了绝对不会过敏，零刺激零付作用，孕妇都能天天贴。", [MED],
         H("贴了绝对不会过敏，零刺激零副作用，孕妇都能天天贴。")),
        ("有人问过两天会不会涨价，我不知道，价格是品牌方定的，我不拿涨价吓唬你们。", [],
         T("imitates price_claim: refuses to use a price rise as pressure, no reference price or deadline")),
        ("小黄车上显示的已售数字是平台自己统计的，我这边动不了，大家自己看。", [],
         T("imitates sales_data_claim: only points to the platform-shown counter")),
        ("隔壁那个主播卖的鼻贴我拆过，里面就是双面胶糊一层无纺布，纯纯割韭菜。", [DIS]),
        ("撕完黑头还顺带美白，鼻头比脸还白一个档次，兄弟们上镜都不用开滤镜了。", [COS]),
        ("第三个问题，能不能天天贴？不能，一周两三次就够，天天贴角质层扛不住，这是我们客服的原话。", [],
         T("imitates medical_claim / absolute_claim: usage advice limiting use, no claim")),
        ("进我粉丝裙，裙里每周五发内部价，比小黄车便宜十块。", [OFF, PRI],
         H("进我粉丝群，群里每周五发内部价，比小黄车便宜十块。")),
        ("这个价格我敢说全平台你翻烂了都翻不出比我低的，翻出来我直播吃键盘。", [ABS, PRI]),
        ("好了兄弟们，今天就到这，第一次带货有不周到的地方多担待，GG，下播。", [],
         T("imitates absolute_claim: 第一次 only says this is the first time")),
    ]},
    {"id": "m02_browserum", "product": "眉毛增长液", "lines": [
        ("妹坨们满哥们晚上好咯，我是坡子街长大的阿芳，今天不港别的，就港眉毛。", []),
        ("用法蛮简单，早晚各刷一道，刷完最好隔十分钟再画眉，莫刷到眼睛里去咯。", [],
         T("imitates absolute_claim: 最好 is a usage tip, exempt under 执法指南 第6条")),
        ("眉尾那截稀稀拉拉的，刷一个月，新眉毛一根根冒出来，眉形自己就齐了。", [COS]),
        ("它里面是声发的成分，专门激活毛浪，毛根醒了眉毛就长咯。", [COS],
         H("它里面是生发的成分，专门激活毛囊，毛根醒了眉毛就长咯。")),
        ("我表姐斑秃，眉毛缺一块，刷了两个月那块长满了，医院都冒搞定的事咯。", [COS, MED]),
        ("比那个米诺地尔还好用，米诺地尔有副作用，我们这个冒得一点副作用。", [MED]),
        ("第一个月莫着急，眉毛长的周期本来就慢，冒得一刷就变的东西。", [],
         T("imitates absolute_claim: 第一个月 counts time, and the line lowers expectations")),
        ("全长沙做眉毛护理的都晓得，生眉毛这件事冒得哪瓶比它扎实。", [ABS, COS]),
        ("去年一年卖了二十三万瓶，好多妹坨一回买五瓶囤起。", [SAL]),
        ("五一广场那个美妆店一瓶卖两百六，我这里一百一十九，冒得骗你咯。", [PRI]),
        ("规格港清楚，一瓶五毫升，正常一天两道，最多用得四十来天。", [],
         T("imitates absolute_claim: 最多 states how long the bottle lasts, a specification")),
        ("外头那些九块九的眉毛液，里头加了激素，刷了眉毛是长了，停了掉得更狠。", [DIS]),
        ("要批发的美容院老板，直接加我微信咯，我报个号给你们，阿芳眉毛零七三一。", [OFF]),
        ("拖发的也可以刷头顶，防拖效果扎实好，我屋里老汉儿就刷头顶。", [COS],
         H("脱发的也可以刷头顶，防脱效果扎实好，我屋里老汉儿就刷头顶。")),
        ("这瓶备案的是普通化妆品，功能就是滋养眉毛，它不是药，也冒得特殊化妆品的批文。", [],
         T("imitates cosmetic_claim: states an ordinary registration and no special efficacy")),
        ("我直播间好评九十八点七，八千多个妹坨晒了眉毛长出来的对比图。", [SAL, COS]),
        ("今晚十一点整结束，过了点就恢复一百六十九，何解？厂家只给到今晚咯。", [PRI]),
        ("有妹坨问有冒得划线价，冒得，页面上就一个价一百一十九，我不搞那一套。", [],
         T("imitates price_claim: says there is no reference price, only the page price")),
        ("眉部护理这个分类，月月销量都是冠军，十一个月冒断过。", [ABS, SAL]),
        ("化疗完掉眉毛的阿姨也来买，刷一阵眉毛全回来了，医生都问她用的么子。", [COS, MED]),
        ("某某眉笔也蛮好，画出来自然，它是化妆用的，我这个是护理用的，两样东西不冲突。", [],
         T("imitates disparagement: neutral comparison with a named product, nothing negative")),
        ("里头有抗盐成分，眉毛根那里发红发痒，刷两道就消了。", [COS],
         H("里头有抗炎成分，眉毛根那里发红发痒，刷两道就消了。")),
        ("想做我们代理的妹坨，拿货三千，一个月轻轻松松挣两万，零压货零风险。", [INV]),
        ("跟我们上一版比，新版刷头细了一半，刷起来不结块。", [],
         T("imitates absolute_claim: self-comparison with the brand's own previous version")),
        ("好多网红牌子的眉毛液就是甘油兑香精，你拿去化验就晓得咯。", [DIS]),
        ("想要更便宜的，思聊我，我走个人账户再给你少二十。", [OFF, PRI],
         H("想要更便宜的，私聊我，我走个人账户再给你少二十。")),
        ("刚才私聊那句我收回咯，平台规定只能小黄车下单，大家莫私下转钱。", [],
         T("imitates offsite_trade: an on-the-spot retraction that sends buyers back to the platform")),
        ("两瓶的活动只有这一轮，我数十个数，数完链接就下咯。", [PRI]),
        ("刷完眉毛长不长跟个人体质有关，我不打包票，七天冒拆封可以退。", [],
         T("imitates medical_claim: no efficacy guarantee, only the ordinary seven-day return")),
        ("最近降温了，妹坨们出门多穿点，明晚八点接着来咯。", [],
         T("imitates absolute_claim: 最近 is a time word")),
    ]},
    {"id": "m03_talc", "product": "婴儿爽身粉", "lines": [
        ("宝妈们好呀，我是做了十二年的月嫂刘姐，今天给大家推的是我上户必带的那罐爽身粉。", []),
        ("第一步擦干，第二步粉倒在自己手心搓开，再拍到宝宝身上，千万别直接往身上撒。", [],
         T("imitates absolute_claim: 第一步 / 第二步 are order words")),
        ("宝宝脖子那一圈长肥子，拍上两天肥子全退了，比肥子水还管用。", [MED],
         H("宝宝脖子那一圈长痱子，拍上两天痱子全退了，比痱子水还管用。")),
        ("尿布疹也能用，里面有硝炎成分，红屁屁一晚上就不红了。", [COS, MED],
         H("尿布疹也能用，里面有消炎成分，红屁屁一晚上就不红了。")),
        ("我带过一百多个宝宝，这罐是我用过最放心的，母婴圈里它就是这个。", [ABS]),
        ("含天然抑菌因子，宝宝腋下、大腿根那些褶子里细菌不容易滋生。", [COS]),
        ("宝宝要是破皮流水了就别拍粉了，赶紧去医院看皮肤科，粉不是药。", [],
         T("imitates medical_claim: disease words in a warning to see a doctor")),
        ("我们月嫂群里口口相传，光我们公司的月嫂一年就帮雇主回购了一万多罐。", [SAL]),
        ("玉米淀粉做的，不含滑石粉，百分之百安全，新生儿出生头一天就能用，零风险。", [MED]),
        ("配方写得清清楚楚，玉米淀粉、氧化锌、少量香精，过敏体质的宝宝先在手腕内侧试一点。", [],
         T("imitates medical_claim: 过敏 appears only in patch-test advice")),
        ("今天直播间两罐一套是五十九块九。", [PRI], N(SPLIT)),
        ("母婴店货架上一罐就卖四十五，两罐九十，宝妈们自己算。", [PRI], N(SPLIT)),
        ("某某宝宝粉我拆过，里面掺的就是滑石粉，宝宝吸进去伤肺的。", [DIS]),
        ("宝宝脸上的奶癣，抹一点粉第二天就干了，康敏效果特别好。", [COS, MED],
         H("宝宝脸上的奶癣，抹一点粉第二天就干了，抗敏效果特别好。")),
        ("这罐是家庭装，一百四十克，系列里还有个五十克的旅行装，最小的那个出门带。", [],
         T("imitates absolute_claim: 最小 picks a size in the seller's own range")),
        ("宝妈们扫我名片上的码进宝妈交流群，群里我一对一教抚触，顺便下单。", [OFF]),
        ("出月子的宝宝天天拍，一个夏天都不会长湿疹，里面的抗敏成分打底，我打包票。", [MED, COS]),
        ("有人在评论区发自己的微信号卖货，那不是我们的人，大家别加，买东西认准小黄车。", [],
         T("imitates offsite_trade: warns against an off-platform seller")),
        ("婴童洗护这一块，它两年里月月都是卖得最旺的那一个。", [ABS, SAL]),
        ("用了三个月宝宝皮肤越来越白嫩，雇主家奶奶都说宝宝白了一圈。", [COS]),
        ("它不能防晒啊，夏天出门还是要物理遮挡，帽子伞都要带。", [],
         T("imitates cosmetic_claim: a no-sunscreen statement")),
        ("这个价只给到我今晚下户之前，明天一早就改回原来的三十九一罐。", [PRI]),
        ("那些便宜的散装爽身粉都是三吴产品，重金属超标。", [DIS],
         H("那些便宜的散装爽身粉都是三无产品，重金属超标。")),
        ("页面上那个四点九分是店铺评分，平台算出来的，我只是念一下。", [],
         T("imitates sales_data_claim: reads the platform-computed shop score")),
        ("宝妈自己下巴爆痘，扑一点在上面两三天就收口了，大人祛痘也能用。", [COS]),
        ("老人说宝宝身上拍这个粉能挡脏东西，我带的宝宝拍了就不夜哭。", [SUP, MED]),
        ("我们老家给宝宝戴红绳是图个吉利，跟这个粉没关系，粉就是吸汗的。", [],
         T("imitates superstition: a custom, with the product's luck effect denied")),
        ("全国的月嫂培训机构都拿它当教学标配，抑菌这一块没有哪罐比它强。", [ABS, COS]),
        ("库存只剩最后三百罐，这批卖完要等下个月才有货。", [SAL]),
        ("今天就到这儿，明天讲给宝宝洗澡的第一步：试水温。", [],
         T("imitates absolute_claim: 第一步 is an order word")),
    ]},
    # ------------------------------------------------------------------ 保健食品 and foods
    {"id": "m04_colostrum", "product": "牛初乳咀嚼片", "lines": [
        ("厝边头尾的朋友大家好，我是中山路卖了二十年海蛎煎的阿雄，今天来讲牛初乳。", []),
        ("这个是蓝帽子保健实品，批的功能就是增强免疫力，本品不能代替药物，这句我要讲清楚。", [],
         T("imitates medical_claim: states only the approved function with 本品不能代替药物",
           said="这个是蓝帽子保健食品，批的功能就是增强免疫力，本品不能代替药物，这句我要讲清楚。")),
        ("我孙子以前一个月感冒两回，呷了这个一整个冬天，鼻涕都没流过。", [MED]),
        ("它里面的免役球蛋白，就是天然的抗体，病毒进来直接被打掉。", [MED],
         H("它里面的免疫球蛋白，就是天然的抗体，病毒进来直接被打掉。")),
        ("有够神奇，阿嬷的老哮喘，呷了三个月，喷雾都收起来毋免用了。", [MED]),
        ("全世界最好的初乳在新西兰，我这个就是新西兰头一挤的初乳，卡好的你找不到。", [ABS]),
        ("每天最多呷四片，小朋友减半，呷多了也是浪费。", [],
         T("imitates absolute_claim: 最多 is a dosage instruction")),
        ("比打流感疫苗卡有效，疫苗一年打一次，这个天天呷天天有保护。", [MED]),
        ("光是厦门岛内就有三万多户人家在呷，回头客占了七成。", [SAL]),
        ("药房那边同款一罐标三百八十八，我亲自去看过。", [PRI], N(SPLIT)),
        ("今天直播间一罐一百九十九，还送一小罐试吃装。", [PRI], N(SPLIT)),
        ("一罐一百二十片，一天两片可以呷两个月，算落来一天三块多。", [],
         T("imitates price_claim: per-day arithmetic on the own price")),
        ("某某乳业那种初乳粉，是拿普通奶粉加香精冒充的，有够骗。", [DIS]),
        ("要团购的厝边直接打我电话，139，5086，后面我私信讲。", [OFF],
         H("要团购的厝边直接打我电话，一三九，五零八六，后面我私信讲。")),
        ("毋通相信别人讲的代购价，我们只在这个直播间卖，别的渠道不是我们。", [],
         T("imitates offsite_trade: names the platform room as the only channel")),
        ("过明性鼻炎的呷了也会好，打喷嚏都少了。", [MED],
         H("过敏性鼻炎的呷了也会好，打喷嚏都少了。")),
        ("毋免担心，保健品就是食物，没有任何副作用，孕妇老人呷多少都可以。", [MED]),
        ("已经生病发烧的，还是要去看医生，这个是日常补充，毋通拿它当退烧药。", [],
         T("imitates medical_claim: disease words in a see-a-doctor warning")),
        ("在平台营养品榜单上，我们这款初乳一年到头稳稳排在榜首。", [ABS, SAL]),
        ("这个价格过了今晚十二点就回去两百九十九，拍谢，厂家规定。", [PRI]),
        ("比我们老版的粉剂，这个改成咀嚼片，出门带着卡方便。", [],
         T("imitates absolute_claim: self-comparison with the seller's own older form")),
        ("费炎支原体那阵子，我们全家呷这个，没有一个中招。", [MED],
         H("肺炎支原体那阵子，我们全家呷这个，没有一个中招。")),
        ("刚刚那一千罐五分钟就清掉了，还剩最后八十罐。", [SAL]),
        ("呷饭前拜一下灶君是我们闽南的老习惯，跟这个初乳没关系，只是讲古给你们听。", [],
         T("imitates superstition: a local custom, explicitly unrelated to the product")),
        ("网上那些几十块的初乳片，乳含量连百分之一都不到，全是糖片。", [DIS]),
        ("我们的目标是把这罐初乳做成厦门人最信任的牌子，还在努力。", [],
         T("imitates absolute_claim: the seller's aspiration, not a claim of fact")),
        ("七天无理由退货，没拆封的直接退，拆了吃不惯也可以联系客服。", [],
         T("imitates medical_claim: an ordinary return policy, not an efficacy refund")),
        ("呷了没效果全额退，我敢这样讲，就是对它有信心。", [MED]),
        ("厝边要卡便宜的，来我中山路店里现金买，比线上再少三十。", [OFF, PRI]),
        ("第一回来直播间的朋友先点关注，下礼拜同时间再来讲古。", [],
         T("imitates absolute_claim: 第一回 means the first visit")),
    ]},
    {"id": "m05_yamflour", "product": "铁棍山药粉", "lines": [
        ("（逗哏）各位观众，今儿我们俩不说相声，改卖山药粉了。（捧哏）嗬，改行了您这是。", []),
        ("铁棍山药得挑垆土地里长的，温县的地，第一年种完要歇好几年才能再种。", [],
         T("imitates absolute_claim: 第一年 counts years in a farming fact")),
        ("您猜怎么着，我二大爷血糖十几，早上冲一碗，仨月降到六点几。（捧哏）嚯！", [MED]),
        ("胃不好的，胃溃疡、胃炎，天天喝它，比吃奥美拉唑还管事儿。", [MED]),
        ("这山药粉那是天下地一粉，您满世界找不出第二份。", [ABS],
         H("这山药粉那是天下第一粉，您满世界找不出第二份。")),
        ("（捧哏）那糖尿病的能吃吗？（逗哏）能吃是能吃，可它也是淀粉，血糖高的得算着量，药该吃还得吃。", [],
         T("imitates medical_claim: disease words in cautious dietary advice")),
        ("去年一年，光咱这个直播间就卖出去十八万罐。（捧哏）您这是说贯口呢。", [SAL]),
        ("超市里这种小罐子标三十八，咱这一大罐才二十九块九。", [PRI]),
        ("（捧哏）一罐多少克？（逗哏）五百克，一次冲二十克，一罐够喝二十五回，一回一块二。", [],
         T("imitates price_claim: per-serving arithmetic on the own price")),
        ("某某山药粉那是拿木薯粉掺的，您一冲一股子胶水味儿。", [DIS]),
        ("我们那边吃山药长大的老人，没一个得老年吃呆的，这东西护脑子。", [MED],
         H("我们那边吃山药长大的老人，没一个得老年痴呆的，这东西护脑子。")),
        ("（捧哏）想要整箱的怎么办？（逗哏）整箱的您私信我，我给您走后台专门的渠道。", [OFF]),
        ("（捧哏）刚才说走后台？（逗哏）嗨，口误，我是说拍链接里的整箱装，一律平台下单。", [],
         T("imitates offsite_trade: an on-the-spot correction back to platform ordering")),
        ("好评两万六千多条，差评一条都找不着，您自个儿翻。", [SAL]),
        ("咱这是国宴级别的山药粉，国宾馆早餐都上它。", [ABS]),
        ("（逗哏）今儿晚上咱这价，两罐四十九。（捧哏）多少？（逗哏）四十九！", [PRI], N(SPLIT)),
        ("平常日子您上咱店里买，两罐得七十六，不骗人。", [PRI], N(SPLIT)),
        ("冲的时候最好用七十度的水，开水一冲结块，凉水冲不开。", [],
         T("imitates absolute_claim: 最好 is a preparation tip")),
        ("肠胃弱的，老拉肚子，喝一礼拜山药糊，附泻就止住了。", [MED],
         H("肠胃弱的，老拉肚子，喝一礼拜山药糊，腹泻就止住了。")),
        ("（捧哏）别家的呢？（逗哏）别家的山药都是菜山药，大棚里催出来的，喷的都是膨大剂。", [DIS]),
        ("（捧哏）页面上写已售三万多？（逗哏）那是平台计的数，我不多说一个字。", [],
         T("imitates sales_data_claim: only refers to the platform-shown counter")),
        ("今儿过了夜里12点，明儿一早恢复38一罐。", [PRI],
         H("今儿过了夜里十二点，明儿一早恢复三十八一罐。")),
        ("某某牌的山药片也挺好，那是整片的，炖汤用，咱这是粉，冲着喝，不一样。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("山药粉里头咱这是祖师爷，别人都是徒子徒孙。（捧哏）您可真敢说。", [ABS]),
        ("这就是个食品，不是药，治不了病，您别指望它，当早饭喝挺好。", [],
         T("imitates medical_claim: an explicit no-cure statement")),
        ("血脂高的喝仨月，甘油三酯直接回到正常，化验单说话。", [MED]),
        ("最后一道工序是低温烘干，保住山药里那点黏液蛋白。", [],
         T("imitates absolute_claim: 最后一道工序 is an order word")),
        ("（捧哏）还有货吗？（逗哏）仓库说就剩最后一百来箱，抢完这季就没了。", [SAL]),
        ("这价您全网比去，比我还低的，我这相声就不说了。", [ABS, PRI]),
        ("（逗哏）得，最后说一句，谢谢您捧场，咱下回再见。（捧哏）再见您嘞。", [],
         T("imitates absolute_claim: 最后说一句 is an order word")),
    ]},
    {"id": "m06_seabuckthorn", "product": "沙棘汁", "lines": [
        ("乡党们好，额是钟楼底下长大的小马，今儿给大家谝一谝陕北的沙棘汁。", []),
        ("沙棘果一年就收一茬，额们是第一批霜降以后摘的，果子冻过以后酸里带甜。", [],
         T("imitates absolute_claim: 第一批 is a harvest order word")),
        ("额姨那烟炎，嗓子老是吭吭，喝了一个月沙棘汁，烟炎好利索咧。", [MED],
         H("额姨那咽炎，嗓子老是吭吭，喝了一个月沙棘汁，咽炎好利索咧。")),
        ("沙棘汁里头额这是嘹咋咧的头一份，全陕西么有比这更纯的。", [ABS]),
        ("贫血的娃喝它，比吃补铁药还快，一个礼拜脸色就红润咧。", [MED]),
        ("沙棘汁酸，胃酸多胃不舒服的，饭后再喝，别空着肚子灌。", [],
         T("imitates medical_claim: a stomach caution, no claim of effect")),
        ("喝了它，中风偏瘫这号事就挨不上你，血管软得跟小伙子一样。", [MED]),
        ("额们合作社一年榨四百吨果子，卖出去一百二十万瓶，回民街的馆子都进的额们货。", [SAL]),
        ("超市三百毫升的玻璃瓶一瓶十二块五，额这一箱二十四瓶一百一十九，合一瓶不到五块。", [PRI]),
        ("额这沙棘汁在果汁里头口碑最硬，谁家也撼不动。", [ABS]),
        ("一箱一百一十九，包邮，新疆西藏补运费，这个页面上都写着，么有别的价。", [],
         T("imitates price_claim: the one page price and shipping terms, no comparison")),
        ("某某沙棘饮料，原汁含量百分之五都不到，剩下全是色素糖水，喝了伤肝。", [DIS]),
        ("想要整箱批发的，加额个人微信，额把号挂在个人简介里咧。", [OFF]),
        ("经常喝酒的，肝应化早期都能给你喝回来。", [MED],
         H("经常喝酒的，肝硬化早期都能给你喝回来。")),
        ("沙棘汁最好冰一下再喝，口感美得很，常温的有点涩。", [],
         T("imitates absolute_claim: 最好 is a serving tip")),
        ("乡党们还能认领沙棘林，一亩交两千，每年保底返你三百斤果子的钱，十年不变。", [INV]),
        ("额舅白内障，医院叫做手术，喝了一年沙棘汁，眼睛又看得清咧，手术都么做。", [MED]),
        ("有人问跟某某果汁比咋样，人家是苹果汁，额这是沙棘，两样东西，么法比。", [],
         T("imitates disparagement: neutral remark about a named rival")),
        ("这个价就到额今儿直播结束，明儿一早链接改回一百六十八。", [PRI]),
        ("进额的乡党群，群里一箱再便宜二十，额四下给你发货。", [OFF, PRI],
         H("进额的乡党群，群里一箱再便宜二十，额私下给你发货。")),
        ("么麻达，所有订单都走平台，额不收任何私人转账，谁找你私下收钱都是骗子。", [],
         T("imitates offsite_trade: warns against private payment")),
        ("陕北的沙棘额敢说是全世界品质最高的，维C含量是猕猴桃的几十倍。", [ABS]),
        ("一瓶三百毫升，维C含量瓶身上有检测值，每百毫升最低不少于两百毫克。", [],
         T("imitates absolute_claim: 最低 states the product's own labelled specification")),
        ("那些卖沙棘粉的，就是拿沙棘叶子磨的，喝了一股子草味，纯粹是哄瓜娃子的。", [DIS]),
        ("喝了绝对么有副作用，碎娃、孕妇、糖尿病的都能喝，咋喝都行。", [MED]),
        ("直播间右上角那个在线人数是平台显示的，额也么法改。", [],
         T("imitates sales_data_claim: refers to the platform-shown viewer count")),
        ("好评率百分之九十九点八，回头客占了一大半。", [SAL]),
        ("高原反应的，去西藏之前喝一礼拜，到了拉萨一点都不难受。", [MED]),
        ("今儿就谝到这达，七天无理由，喝不惯的么开封能退，乡党们明儿见。", [],
         T("imitates medical_claim: an ordinary return policy, not an efficacy refund")),
        ("最后再说一遍，沙棘汁是饮料，不是药，有病还得克医院。", [],
         T("imitates medical_claim / absolute_claim: 最后 is an order word and the line denies any cure")),
    ]},
    # ------------------------------------------------------------------ goods and appliances
    {"id": "m07_magnetband", "product": "磁疗手环", "lines": [
        ("姐妹们歇会儿喝口水，音响先关小点，我趁这会儿给大家说说我手上戴的这个。", []),
        ("第一排的姐妹看得清楚吧，这个扣子一按就开，上岁数的戴着也方便。", [],
         T("imitates absolute_claim: 第一排 is a position in the dance formation")),
        ("我这高雪压十几年了，戴上它俩月，血压从160降到120。", [MED],
         H("我这高血压十几年了，戴上它俩月，血压从一百六降到一百二。")),
        ("晚上睡不着的，戴着它睡，磁场一调，沾枕头就着，安眠药都扔了。", [MED]),
        ("磁疗手环里它就是大姐大，别的牌子在它跟前都得靠边站。", [ABS]),
        ("有姐妹问能不能代替降压药，不能啊，药是医生开的，该吃接着吃，这就是个饰品。", [],
         T("imitates medical_claim: says it cannot replace medicine")),
        ("手腕腱鞘炎的，戴着它，一个礼拜那个鼓包就消了。", [MED]),
        ("我们广场舞队三十六个人，人手一条，全市的舞蹈队已经戴了两万多条。", [SAL]),
        ("这个磁石是请师父开过关的，戴上它出门办事顺顺当当。", [SUP],
         H("这个磁石是请师父开过光的，戴上它出门办事顺顺当当。")),
        ("百货大楼专柜卖六百八，我们领队价一百五十八，一下子便宜一大截。", [PRI]),
        ("一百五十八一条，戴个五年十年没问题，一年三十来块钱。", [],
         T("imitates price_claim: per-year arithmetic on the own price")),
        ("某某健康手环我见过，里面的磁石是吸铁石刷了层漆，戴久了手腕都发黑。", [DIS]),
        ("手脚发麻、颈椎压神经的，戴上第二天手就不麻了，颈椎病慢慢就回去了。", [MED]),
        ("要给老姐妹带货的，来我们舞队的微信群里接龙，我统一收钱统一发。", [OFF]),
        ("有姐妹说要把钱给我代拍，别，各人用各人手机在直播间拍，我不经手钱。", [],
         T("imitates offsite_trade: refuses to collect money off the platform")),
        ("这款手环在平台老年用品里，从去年到现在一直卖得最火，没掉下来过。", [ABS, SAL]),
        ("戴了它血糖也稳，我们队里糖尿病的老李，姨岛素都减了一半。", [MED],
         H("戴了它血糖也稳，我们队里糖尿病的老李，胰岛素都减了一半。")),
        ("链节可以拆，最多能拆掉五节，手腕再细也能调。", [],
         T("imitates absolute_claim: 最多 is a size specification")),
        ("今天在我这儿，两条一起拍二百九十八。", [PRI], N(SPLIT)),
        ("你去医疗器械店问问，这种磁疗手环一条都要二百二往上，两条就是四百四。", [PRI], N(SPLIT)),
        ("刚才说完，一下子拍走了八百条，库存就剩六十条了。", [SAL]),
        ("手环上刻的那个福字就是个图案，好看，图个喜庆，不是什么护身的东西。", [],
         T("imitates superstition: denies any protective effect of the engraved character")),
        ("本命年的姐妹戴它最好，磁石能挡太岁，这一年平平安安。", [SUP]),
        ("戴它没有任何副作用，心脏搭了支架的也能戴，百分之百安全。", [MED]),
        ("装了心脏起搏器的姐妹别戴磁疗的东西，这个说明书上写着，一定注意。", [],
         T("imitates medical_claim: disease words in a safety warning")),
        ("那些药店里卖的磁疗贴，都是三无的，贴了过敏起疹子还不管。", [DIS]),
        ("我们队去年拿了区里广场舞比赛第一名，奖杯在活动室放着，这是跳舞的事儿，跟手环没关系。", [],
         T("imitates absolute_claim: a provable, place- and time-bound award unrelated to the product")),
        ("想更便宜的姐妹，散场以后找我私底下拿，比直播间少二十。", [OFF, PRI]),
        ("姐妹们还能当团长，拉十个人买就返你一条，再拉十个，一个月稳稳挣一千多。", [INV]),
        ("休息结束，最后一曲跳完咱们就散，手环的事明天接着说。", [],
         T("imitates absolute_claim: 最后一曲 is an order word")),
    ]},
    {"id": "m08_healthpot", "product": "养生壶", "lines": [
        ("街坊靓仔靓女晚上好，我係阿杰，今日同大家讲下呢个养生壶，边煲边讲。", []),
        ("呢个壶最高可以预约二十四个钟，夜晚放好料，朝早起身就饮得。", [],
         T("imitates absolute_claim: 最高 is a technical parameter of the pot itself")),
        ("成个广州，讲到养生壶，呢只就係顶呱呱嘅龙头，冇人够佢打。", [ABS]),
        ("用佢煲祛湿茶，湿疹嘅街坊饮一个礼拜，身上啲红疹全部退晒。", [MED]),
        ("佢个高硼硅玻璃煲出嚟嘅水冇水垢，长期饮唔会生肾节石。", [MED],
         H("佢个高硼硅玻璃煲出嚟嘅水冇水垢，长期饮唔会生肾结石。")),
        ("煎中药都得，但係药方要听医生嘅，壶只係帮你煲，唔识帮你睇病。", [],
         T("imitates medical_claim: denies any healing role")),
        ("上个月卖咗六万八千只，北京路嗰间实体店排队排到门口。", [SAL]),
        ("百货公司同款牌子货标价六百九十九，今晚喺我直播间二百四十九就搞掂，仲送个滤网。", [PRI]),
        ("高血压嘅街坊用佢煲芹菜水，饮一个月血压就稳咗，降压药都减咗。", [MED]),
        ("二百四十九，保修两年，平均落嚟一日三毫几，抵买。", [],
         T("imitates price_claim: per-day arithmetic and a warranty, no comparison")),
        ("某某电器嗰啲养生壶，玻璃係普通料，煲两次就爆，我有街坊俾佢烫亲。", [DIS]),
        ("反流性胃炎嘅老毛病，煲佢啲养胃粥饮，一个月就冇晒。", [MED]),
        ("茶楼老板要十只以上嘅，打去我铺头座机，二零八七六五四三，我哋再倾价。", [OFF]),
        ("小家电榜一年嚟都係揸住第一位，冇跌落嚟过。", [ABS, SAL]),
        ("比我哋上年嗰只旧款，新款多咗个燕窝档，其他功能一样。", [],
         T("imitates absolute_claim: self-comparison with the seller's own older model")),
        ("煞菌消毒都得，一百度煲一煲，水入面嘅细菌病毒全部死晒，饮咗唔会肚痛。", [MED],
         H("杀菌消毒都得，一百度煲一煲，水入面嘅细菌病毒全部死晒，饮咗唔会肚痛。")),
        ("最好用纯净水煲，自来水会有水垢，三日清洗一次。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("呢只壶放喺厨房东南角，风水上係聚财位，煲水即係煲财。", [SUP]),
        ("有人话金色嗰只旺财，其实颜色只係外观，金色同白色功能一样，唔好信啲讲法。", [],
         T("imitates superstition: explicitly denies a luck effect of the colour")),
        ("今晚十二点前落单先有二百四十九，过咗钟就变返三百三十九。", [PRI]),
        ("壶身用嘅係航天级材料，全世界冇第二只壶用得起。", [ABS]),
        ("大家记得喺小黄车落单，私人转数快、微信转账一律唔收，因为冇售后保障。", [],
         T("imitates offsite_trade: refuses private payment, keeps orders on the platform")),
        ("饮佢煲嘅水，孕妇、啱出世嘅BB都冇任何风险，我用人格担保。", [MED]),
        ("街边十几蚊嗰啲电水壶，内胆係翻新铁，煲出嚟啲水有钳。", [DIS],
         H("街边十几蚊嗰啲电水壶，内胆係翻新铁，煲出嚟啲水有铅。")),
        ("评分四点八係平台帮我哋计出嚟嘅，唔係我自己报嘅。", [],
         T("imitates sales_data_claim: a platform-computed score")),
        ("淨係我哋上下九嗰条街，就有三百几户阿婆翻嚟再买第二只。", [SAL]),
        ("第一次用之前，先煲两壶清水倒咗佢，去下新壶味。", [],
         T("imitates absolute_claim: 第一次 is an order word in usage advice")),
        ("入我哋嘅街坊群，群主每个礼拜发优惠码，比直播间平30。", [OFF, PRI],
         H("入我哋嘅街坊群，群主每个礼拜发优惠码，比直播间平三十。")),
        ("我阿婆饮咗三年佢煲嘅药膳汤，骨质疏松好返晒，行路唔使拐杖。", [MED]),
        ("最近天气潮，煲壶祛湿水饮下好舒服，但係有病就要睇医生喇。", [],
         T("imitates absolute_claim / medical_claim: 最近 is a time word and the line sends the sick to a doctor")),
    ]},
    {"id": "m09_steammask", "product": "蒸汽眼罩", "lines": [
        ("各位打工人晚上好，我是某大厂前端，今天难得没加班，临时开个播卖点工位必需品。", []),
        ("先对齐一下参数，一片的温度最高到四十二度左右，贴着眼皮不烫，别戴着睡觉。", [],
         T("imitates absolute_claim: 最高 is the product's own temperature parameter")),
        ("我们组一半人干眼症，戴了两个迭代，眼药水全停了。", [MED]),
        ("进视的戴它，度数能往回降，我同事300度降到250。", [MED],
         H("近视的戴它，度数能往回降，我同事三百度降到两百五。")),
        ("眼罩这个赛道，它就是天花板，剩下的连地板都摸不到。", [ABS]),
        ("用眼过度眼睛疼得厉害的，还是去眼科查一下，眼罩只是让你放松一下。", [],
         T("imitates medical_claim: advice to see an eye doctor, no claim")),
        ("上线三年，累计出货九百多万片，复购率做到了百分之六十三。", [SAL]),
        ("便利店单片卖八块，我这一盒三十片只要六十九，颗粒度算到每片两块三。", [PRI]),
        ("页面上就是六十九，没有划线价，我不搞先涨后降那一套。", [],
         T("imitates price_claim: says there is no reference price")),
        ("某某眼罩我拆过，里面发热包是暖宝宝改的，温度飙到六十度，眼皮都能烫出泡。", [DIS]),
        ("青光眼早期戴它热敷，眼压能降下来，比滴降眼压的药水管用。", [MED]),
        ("双十一居家健康榜，我们缠联三年第一。", [ABS, SAL],
         H("双十一居家健康榜，我们蝉联三年第一。")),
        ("公司行政要团购的，飞书搜我名字，私下给你们开专票走货。", [OFF]),
        ("有人在弹幕留电话说能代购，那跟我们无关，别加，要买就在这个直播间拍。", [],
         T("imitates offsite_trade: warns against an off-platform reseller")),
        ("失眠的戴着它，十分钟就犯困，比褪黑素还管用，连着戴失眠就根除了。", [MED]),
        ("今晚零点前是返场价，零点一过恢复八十九，这个是硬截止。", [PRI]),
        ("这一代比上一代加了薰衣草香型，其他参数都没动，老用户不用急着换。", [],
         T("imitates absolute_claim: self-comparison between the brand's own generations")),
        ("那些大牌的蒸汽眼罩纯属品牌溢价，一片卖你十几块，成本不到一块，收的都是冤大头。", [DIS]),
        ("我司供应链拿到的，就是全球最顶的发热材料，领先对手至少两代。", [ABS]),
        ("弹幕问卖了多少，我不报数，页面上有平台显示的已售，我说的都不算。", [],
         T("imitates sales_data_claim: refers only to the platform-shown counter")),
        ("刚放的五百单，二十秒就没了，运营说最后只能再放两百单。", [SAL]),
        ("戴它护眼零风险，小学生天天戴，近视都不会长出来，家长放心。", [MED]),
        ("建议每天最多戴2次，午休一次，睡前一次，戴多了也没额外收益。", [],
         T("imitates absolute_claim: 最多 is a usage limit",
           said="建议每天最多戴两次，午休一次，睡前一次，戴多了也没额外收益。")),
        ("想要内部员工价的，斯信我，能再便宜15。", [OFF, PRI],
         H("想要内部员工价的，私信我，能再便宜十五。")),
        ("现在这里，两盒一起下单是一百二十九。", [PRI], N(SPLIT)),
        ("你去任何一家商场的眼镜店问问，一盒三十片的都要一百九往上。", [PRI], N(SPLIT)),
        ("戴满三十天，视力没涨零点一全额退款。", [MED]),
        ("售后有问题直接找客服，我们争取用最快的速度响应，这是我们的服务标准。", [],
         T("imitates absolute_claim: a service-attitude statement, exempt under 执法指南 第5条")),
        ("眼罩界的苹果，这话我敢说，用过的人都懂。", [ABS]),
        ("行，今天就复盘到这，最近版本要上线，下周直播可能延期，大家别等。", [],
         T("imitates absolute_claim: 最近 is a time word")),
    ]},
    # ------------------------------------------------------------------ services
    {"id": "m10_drivingschool", "product": "驾校报名", "lines": [
        ("学员们晚上好，我是练车场的老周教练，今天不在车上，在手机里跟大家唠唠报名的事。", []),
        ("报名第一步先体检，第二步交资料，第三步约科目一，顺序别搞乱。", [],
         T("imitates absolute_claim: 第一步 … 第三步 are order words")),
        ("我们驾校科目二通过率全市第一，车管所的数据都挂墙上了。", [ABS, SAL]),
        ("去年一年我们拿证的学员1万2千多个，一次通过绿96%。", [SAL],
         H("去年一年我们拿证的学员一万两千多个，一次通过率百分之九十六。")),
        ("我带出来的学员，倒库侧方那叫一个稳，全省教练里我这手艺算头一号。", [ABS]),
        ("离合踩到底是最基本的，半联动那个点要自己找，每辆车不一样。", [],
         T("imitates absolute_claim: 最基本 is driving instruction, not a product claim")),
        ("驾校门口报名大厅墙上那个价，C1手动挡写的四千八。", [PRI], N(SPLIT)),
        ("在直播间拍这个报名券，三千六百八，同样的班型。", [PRI], N(SPLIT)),
        ("三千六百八包含了学时费、考场费、教材费，补考费另算，页面上都列着。", [],
         T("imitates price_claim: itemises today's own price, no comparison")),
        ("旁边那个某某驾校，教练收烟收红包，不给钱就不让你摸方向盘。", [DIS]),
        ("报名的时候加我薇信，我给你排个好时间段。", [OFF],
         H("报名的时候加我微信，我给你排个好时间段。")),
        ("学完拿了本，马上跟我们合作的网约车平台跑车，一个月稳稳当当挣一万二，不够我给你补。", [INV]),
        ("网约车那边能挣多少看你自己跑多少，我们只是介绍，不承诺收入。", [],
         T("imitates investment_claim: explicitly promises no income")),
        ("考科目二之前，来摸一下我们教练车上挂的那个葫芦，大师开过光的，摸了一把过。", [SUP]),
        ("我这个直播间的报名券已经卖了三千多张，今天再开放两百个名额就关。", [SAL]),
        ("报名券今天晚上十点截止，十点以后恢复门店价。", [PRI]),
        ("所有报名券都在平台拍，到店核销，别给任何人转定金，包括我。", [],
         T("imitates offsite_trade: keeps payment on the platform")),
        ("我们的模拟器是全国最先进的，考场怎么考它就怎么练，别的驾校根本没有。", [ABS]),
        ("那些网上九百九十九的低价驾校都是坑人的，报了名就各种加钱。", [DIS]),
        ("科目三路考，最后一项是靠边停车，距离路边三十公分以内，多练几遍就行。", [],
         T("imitates absolute_claim: 最后一项 is an order word")),
        ("我们驾校门口那对石狮子是封水先生看过的，考前来拜一拜，保你考场顺风顺水。", [SUP],
         H("我们驾校门口那对石狮子是风水先生看过的，考前来拜一拜，保你考场顺风顺水。")),
        ("还有个机会，加盟我们驾校的招生点，一个学员提成八百，灵风险，一年回本。", [INV],
         H("还有个机会，加盟我们驾校的招生点，一个学员提成八百，零风险，一年回本。")),
        ("我们争取做全市服务最好的驾校，这是我们的目标，做得不好大家监督。", [],
         T("imitates absolute_claim: the seller's aspiration about service")),
        ("我手底下的学员，九成以上都是老学员介绍来的，两千多条五星评价摆在那儿。", [SAL]),
        ("平台上显示的驾校评分是四点七，那是学员自己打的，有好有坏，大家去看看差评。", [],
         T("imitates sales_data_claim: the platform-shown rating, read as shown")),
        ("想省钱的学员，直接来练车场找我现场交，比直播间再少两百。", [OFF, PRI]),
        ("这个报名价，你把全城驾校挨个问一遍，问出比我低的，我退你差价还请你吃饭。", [ABS, PRI]),
        ("某某驾校离地铁近，这是人家的优势，我们在郊区，场地大，各有各的好。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("名额只剩最后十七个，今天报不上就只能排到明年春天了。", [SAL]),
        ("临走再叮嘱一句：最近考场改了规则，考前先看一下车管所的通知。", [],
         T("imitates absolute_claim: 最近 is a time word")),
    ]},
    {"id": "m11_tuina", "product": "小儿推拿次卡", "lines": [
        ("各位宝爸宝妈，晚上好嘛，我是春熙路旁边开了八年小儿推拿馆的刘孃孃。", []),
        ("先说清楚哈，娃儿发高烧、抽搐，莫来推拿，直接去儿童医院挂急诊。", [],
         T("imitates medical_claim: disease words in a go-to-hospital warning")),
        ("娃儿发烧三十九度，推一个天河水，二十分钟烧就退了，退烧药都不消吃。", [MED]),
        ("线样体肥大的娃儿，推一个疗程，不打鼾了，手术都免了。", [MED],
         H("腺样体肥大的娃儿，推一个疗程，不打鼾了，手术都免了。")),
        ("成都做小儿推拿的，我刘孃孃的手法说第二，没得人敢说第一。", [ABS]),
        ("八年推过的娃儿有四万多个，好多都是一家三个娃儿轮到推。", [SAL]),
        ("尿床尿到七八岁的，推两个礼拜，一晚上都不尿了，巴适得很。", [MED]),
        ("第一次来的娃儿会哭，正常的，推三次就熟了，当耍一样。", [],
         T("imitates absolute_claim: 第一次 means the first visit")),
        ("直播间这个十次卡，今天九百八。", [PRI], N(SPLIT)),
        ("店里前台挂的价，十次是一千六百八，你们自己来看。", [PRI], N(SPLIT)),
        ("九百八十次，一次九十八，一次推四十分钟，有效期一年。", [],
         T("imitates price_claim: per-visit arithmetic on the own price")),
        ("某某推拿馆那些师傅，培训三天就上岗，把娃儿骨头都推错位了。", [DIS]),
        ("娃儿魂掉了，我给他收个惊、叫个魂，第二天精神头就回来了。", [SUP]),
        ("咳瘦咳了一个月的，医院输液都没好，来推三回，咳瘦就断根了。", [MED],
         H("咳嗽咳了一个月的，医院输液都没好，来推三回，咳嗽就断根了。")),
        ("推拿是调理，不是治病，娃儿真的病了还是要听医生的，我这里不开药。", [],
         T("imitates medical_claim: an explicit not-a-treatment statement")),
        ("调脾胃这一块，推拿是效果最好的，比啥子健胃消食片都强。", [ABS, MED]),
        ("要约时间的，加我店里的微信，我在评论区发个二维码。", [OFF]),
        ("约时间也可以直接在团购页面上选时段，平台上约的有保障，我不另外收定金。", [],
         T("imitates offsite_trade: booking stays on the platform page")),
        ("抽动症的娃儿，眨眼睛、耸肩膀，推三个月，毛病全好了。", [MED]),
        ("我们馆子在平台上好评9千多条，回头客占了7成5。", [SAL],
         H("我们馆子在平台上好评九千多条，回头客占了七成五。")),
        ("推拿的时候最好是饭后1个钟头，吃饱了马上推娃儿容易吐。", [],
         T("imitates absolute_claim: 最好 is a timing tip",
           said="推拿的时候最好是饭后一个钟头，吃饱了马上推娃儿容易吐。")),
        ("十次卡这个价只卖今天一天，明天就回到一千六百八。", [PRI]),
        ("手法是纯绿色的，莫得任何副作用，比打针吃药安全一百倍。", [MED]),
        ("某某中医馆也有小儿推拿，人家是医院背景，我们是保健调理，定位不一样。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("我这套手法是祖传第五代，全四川独一份。", [ABS]),
        ("老顾客推荐新顾客，私下给我转账，十次卡我算你八百。", [OFF, PRI]),
        ("有婆婆问能不能看娃儿八字，我不得会，那些我不搞，推拿就是推拿。", [],
         T("imitates superstition: refuses fortune-telling")),
        ("给娃儿推完再在额头上点个朱砂，保有娃儿一年不生病。", [SUP, MED],
         H("给娃儿推完再在额头上点个朱砂，保佑娃儿一年不生病。")),
        ("这个月的十次卡还剩最后二十张，卖完就不接新客了。", [SAL]),
        ("今天就摆到这，下个礼拜一起来讲第一课：娃儿积食咋个看。", [],
         T("imitates absolute_claim / medical_claim: 第一课 is an order word and 积食 names a talk topic")),
    ]},
    # ------------------------------------------------------------------ pets
    {"id": "m12_catpaste", "product": "猫咪营养膏", "lines": [
        ("yo yo，铲屎官们晚上好，今天不battle，给各位的主子带点营养膏，beat先放起来。", []),
        ("一天最多挤三厘米，挤多了主子会软便，喂之前先问问你们家兽医。", [],
         T("imitates absolute_claim: 最多 is a dosage instruction")),
        ("猫鼻支打喷嚏流眼泪，喂它一个礼拜，鼻子就通了，兽医那边都不用去，skr。", [MED]),
        ("营养膏这条街我说了算，它就是猫界的王者，别的都是伴舞。", [ABS]),
        ("猫温也能扛过去，我兄弟家小猫得了猫温，天天喂这个，硬是挺过来了。", [MED],
         H("猫瘟也能扛过去，我兄弟家小猫得了猫瘟，天天喂这个，硬是挺过来了。")),
        ("主子要是不吃不喝、吐黄水，别等了，赶紧去宠物医院，营养膏解决不了。", [],
         T("imitates medical_claim: disease signs in a see-a-vet warning")),
        ("这一管膏卖了两百三十万支，流量比我出的歌都大。", [SAL]),
        ("某某宠物那家营养膏，用的是过期鱼粉，好几个猫吃了直接肾衰。", [DIS]),
        ("宠物医院柜台上一支卖八十八，我直播间一支四十九，价格跳水像我的flow。", [PRI]),
        ("四十九一支一百二十克，一天三克能喂四十天，一天一块多。", [],
         T("imitates price_claim: per-day arithmetic on the own price")),
        ("掉毛秃一块的猫藓，抹也不用抹，光吃这个膏，毛一个月就长回来。", [MED]),
        ("要囤货的兄弟私信我，暗号就是喵了个咪，我拉个小群私下发。", [OFF]),
        ("我们官方旗舰店和这个直播间是同一个仓，其他地方买到的我们不管售后。", [],
         T("imitates offsite_trade: names the platform's own official shop as the channel")),
        ("宠物营养品月销榜，我们连续18个月榜首。", [ABS, SAL],
         H("宠物营养品月销榜，我们连续十八个月榜首。")),
        ("配方里加了益生菌，吃了猫咪一辈子不得肠胃病，永不拉稀。", [MED]),
        ("跟我们自己去年的配方比，今年多加了牛磺酸，其他没变。", [],
         T("imitates absolute_claim: self-comparison with the brand's own old formula")),
        ("老猫肾衰竭，吃它三个月，肌干都回到正常了。", [MED],
         H("老猫肾衰竭，吃它三个月，肌酐都回到正常了。")),
        ("这个价就到这首歌结束，歌一停，价格回到八十八。", [PRI]),
        ("页面上那个五点零是店铺评分，平台算的，我的歌评分可没这么高。", [],
         T("imitates sales_data_claim: reads the platform-computed shop score")),
        ("刚才一分钟进来一万多人下单，后台库存红了，只剩最后三百支。", [SAL]),
        ("想当我们的城市代理，押金两万，每个月保你卖出去两百支，卖不掉公司兜底回收。", [INV]),
        ("某某家的冻干也挺好，那是主粮补充，营养膏是加餐，两个不打架，押个韵：各有各的路。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("吃了零副作用，怀孕的母猫、刚满月的小奶猫都能随便吃。", [MED]),
        ("那些十几块一大管的，里面全是淀粉和诱食剂，猫吃了就是在吃垃圾。", [DIS]),
        ("最后一段freestyle送给大家，唱完咱们抽福袋。", [],
         T("imitates absolute_claim: 最后一段 is an order word")),
        ("想再便宜的，来我粉丝群，群里8折。", [OFF, PRI],
         H("想再便宜的，来我粉丝群，群里八折。")),
        ("养猫的都知道，黑猫招财，喂了这管营养膏，猫旺人旺，财运跟着来。", [SUP]),
        ("有人说三花猫带福气，那是大家的说法，我不保证，营养膏就是营养膏。", [],
         T("imitates superstition: a folk saying, with any luck effect denied")),
        ("喂满一个月，泪痕没淡下去，全额退款，我说到做到。", [MED]),
        ("好，今晚就到这里，兄弟们有空听听我的新歌，第一首叫《铲屎官》，平台上能搜到。", [],
         T("imitates absolute_claim: 第一首 is an order word")),
    ]},
    # ------------------------------------------------------------------ investment, collectible, folk item
    {"id": "m13_cattle", "product": "肉牛代养认购", "lines": [
        ("家人们，把掌声送给自己！今天我要讲的不是牛，是你们的格局。", []),
        ("先把风险说在前面，养殖有疫病、有行情波动，认购之前请看清合同条款。", [],
         T("imitates investment_claim: states the risks before any offer")),
        ("认购一头牛一万二，代养十八个月，到期连本带利返你一万五，一分不少。", [INV]),
        ("这个项目稳赚不陪，牛死了有保险，行情跌了公司兜底。", [INV],
         H("这个项目稳赚不赔，牛死了有保险，行情跌了公司兜底。")),
        ("整个畜牧圈，我们这个模式是开天辟地头一个，后面的都是学我们的。", [ABS]),
        ("现在全国有八万六千个认购家庭，牧场里挂牌的牛有十一万头。", [SAL]),
        ("第一期牛犊是去年三月进场的，这是合同上写的时间，大家可以查。", [],
         T("imitates absolute_claim: 第一期 is an order word with a verifiable date")),
        ("年化收益百分之二十五，比银行高十倍，比买基金踏实多了。", [INV]),
        ("那些搞某某养殖合作社的，牛都是租来拍照的，钱一到手人就跑了。", [DIS]),
        ("认购款走银行转账，打到牧场财务的卡上，卡号我让小助手私发给你。", [OFF]),
        ("直播间只卖牛肉礼盒，认购的事在这里不下单，也请大家不要给任何个人转账。", [],
         T("imitates offsite_trade: warns against paying any individual")),
        ("这是我见过回报最稳的项目，没有之一，认知到了，钱就来了。", [ABS, INV]),
        ("上一期到期的两千三百户，全部按时拿到了钱，一户都没拖。", [SAL, INV]),
        ("你就当是把钱存在牛身上，牛吃草你赚钱，躺着都有分洪。", [INV],
         H("你就当是把钱存在牛身上，牛吃草你赚钱，躺着都有分红。")),
        ("以前那几期怎么样，不能拿来推断下一期，这一点我必须讲。", [],
         T("imitates investment_claim: a disclaimer that past periods predict nothing")),
        ("牛肉礼盒商超专柜四斤卖五百九十八，今天给家人们的感恩价三百二十八。", [PRI]),
        ("想认购的家人，进我们的财富认知群，群里有专人一对一带你签合同。", [OFF]),
        ("三百二十八一盒，四斤，合一斤八十二，冷链包邮，页面价格就这一个。", [],
         T("imitates price_claim: per-unit arithmetic on the one page price")),
        ("我们牧场的牛是吃中草药长大的，老人吃了这牛肉，三高都下来了。", [MED]),
        ("每头牛进场都请了师父念经祈福，牛旺，认购的家庭也跟着沾喜气，一年财运亨通。", [SUP]),
        ("牛年出生的朋友说这个项目跟自己有缘，那是各人的感觉，跟收益没关系。", [],
         T("imitates superstition: denies that zodiac affinity affects returns")),
        ("三年翻一倍，这不是梦想，这是数学，复利的力量。", [INV]),
        ("认购名额的优惠只到今晚十点，十点以后每头涨到一万三。", [PRI]),
        ("我们的目标是成为老百姓最信得过的牧场，这条路还长，我们一步一步走。", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("本经公司保底，赚了是你的，亏了算公司的。", [INV],
         H("本金公司保底，赚了是你的，亏了算公司的。")),
        ("某某银行的理财产品，去年亏得一塌糊涂，这就是没有认知的代价。", [DIS]),
        ("银行存款利息低，但是稳定，适合保守的人，每个人根据自己情况选。", [],
         T("imitates disparagement / investment_claim: neutral remark, no promise")),
        ("名额还剩最后97头，抢完这一期就封盘了。", [SAL],
         H("名额还剩最后九十七头，抢完这一期就封盘了。")),
        ("介绍一个朋友认购，你额外拿百分之五的推荐奖励，团队做大，你就是牧场合伙人。", [INV]),
        ("今天的分享到此为止，投资有丰险，请大家量力而行，掌声送给自己！", [],
         T("imitates investment_claim: a risk disclaimer",
           said="今天的分享到此为止，投资有风险，请大家量力而行，掌声送给自己！")),
    ]},
    {"id": "m14_comics", "product": "连环画小人书", "lines": [
        ("各位爷们儿、姐们儿，晚上好，我在潘家园倒腾小人书二十多年了，今儿拿几套好的给您瞧瞧。", []),
        ("这套是一九八零年第一版第一次印刷，版权页上写着呢，您可以自己看。", [],
         T("imitates absolute_claim: 第一版第一次印刷 is a verifiable edition fact")),
        ("这东西就没见它往下走过，年年往上窜，您现在不收就是跟钱过不去。", [INV]),
        ("现在收，3年以后我原价加5成回收，您稳稳当当挣一半。", [INV],
         H("现在收，三年以后我原价加五成回收，您稳稳当当挣一半。")),
        ("全北京玩小人书的，您打听打听，我这儿的品相是头一份，没人比得了。", [ABS]),
        ("收藏这事儿有赚有赔，我不跟您打包票升值，喜欢再买。", [],
         T("imitates investment_claim: declines to promise appreciation")),
        ("这套《三国演义》全套六十本，我这俩月出了四百多套，回头客占一半。", [SAL]),
        ("这套《西游记》报国寺摊儿上开口就要六千五，我这直播间三千八给您。", [PRI]),
        ("小人书里的《钟馗捉鬼》那一本，放孩子枕头边，孩子夜里就不做噩梦。", [SUP]),
        ("一套三十六本，三千八，合一本一百出头，包顺丰保价。", [],
         T("imitates price_claim: per-volume arithmetic on the own price")),
        ("网上那些几百块一套的，全是新印的仿品，拿茶水泡黄了冒充老书。", [DIS]),
        ("真想收大件的，加我卫星，好东西我不往台面上摆，私下给您留着。", [OFF],
         H("真想收大件的，加我微信，好东西我不往台面上摆，私下给您留着。")),
        ("甭管多贵的，都走直播间的拍卖链接，我不收私人转账，这是规矩。", [],
         T("imitates offsite_trade: keeps every sale on the platform")),
        ("在收藏圈，小人书是升值最快的品类，比邮票比钱币都猛。", [ABS, INV]),
        ("这是应通货，比存银行强多了，存银行那点利息够干嘛的。", [INV],
         H("这是硬通货，比存银行强多了，存银行那点利息够干嘛的。")),
        ("这套是我店里最贵的一套，品相九五，所以价也高，您量力而行。", [],
         T("imitates absolute_claim: 最贵 ranks within the seller's own stock")),
        ("评论区好几千条，都说在我这儿收的书后来卖了好价钱。", [SAL]),
        ("这套《杨家将》摆在办公桌上挡小人，谁也算计不了您。", [SUP]),
        ("过去老人说家里有书不招灾，那是句吉利话，书就是书，您别当真。", [],
         T("imitates superstition: a saying, explicitly not meant literally")),
        ("今儿晚上十一点之前拍的，都按这个价，过了点我就调回店里价。", [PRI]),
        ("这一套是全国独一无而的签名本，作者亲笔签的。", [ABS],
         H("这一套是全国独一无二的签名本，作者亲笔签的。")),
        ("画家是当年的一级美术诗，这是职称，不是我瞎吹，档案里查得到。", [],
         T("imitates absolute_claim: 一级 is a professional title",
           said="画家是当年的一级美术师，这是职称，不是我瞎吹，档案里查得到。")),
        ("某某拍卖行那帮人，专门拿高仿的骗外行，我见一个骂一个。", [DIS]),
        ("您现在不收，明年这价您就摸不着了，错过一轮涨价就是亏。", [INV]),
        ("店铺的已拍件数是平台显示的，我这边动不了，您自个儿看。", [],
         T("imitates sales_data_claim: refers to the platform-shown counter")),
        ("现金来我潘家园摊儿上拿，比直播间再便宜两百，省了平台的抽成。", [OFF, PRI]),
        ("这批老书就这么一箱，收完就没了，全北京找不出第二箱。", [ABS, SAL]),
        ("最后这套您瞧好了，是我今儿压轴的，《红楼梦》十五本全。", [],
         T("imitates absolute_claim: 最后这套 is an order word")),
        ("这书是传家宝，放到孙子手里，那就是一套房的首付。", [INV]),
        ("得嘞，今儿就到这儿，收藏有风险，看准了再下手，咱们下礼拜见。", [],
         T("imitates investment_claim: a collecting-risk disclaimer")),
    ]},
    {"id": "m15_wudiqian", "product": "五帝钱挂件", "lines": [
        ("（醒木一拍）列位看官，书接上回，今儿咱们不说三国，单说这一串五帝钱。", []),
        ("五帝钱是顺治、康熙、雍正、乾隆、嘉庆五朝的铜钱，这是历史，咱先把来历交代清楚。", [],
         T("imitates superstition: states the coins' history only")),
        ("挂在大门上，党煞化煞，邪气一概进不来。", [SUP],
         H("挂在大门上，挡煞化煞，邪气一概进不来。")),
        ("这串钱请龙虎山的道长开过光，加持了七七四十九天。", [SUP]),
        ("话说我一个老主顾，失眠十几年，枕头底下压了一串五帝钱，当天夜里就睡踏实了。", [MED, SUP]),
        ("五帝钱里头，咱这串是真真正正的天字第一号，您满天下找不出第二串。", [ABS]),
        ("第一枚是顺治通宝，最后一枚是嘉庆通宝，按朝代顺序串好，这是规矩。", [],
         T("imitates absolute_claim: 第一枚 / 最后一枚 are order words")),
        ("列位，这一年咱请出去的五帝钱，少说也有六万串，回来报喜的老主顾排着队。", [SAL]),
        ("古玩城的铺子里，这样品相的一串，标价一千二百八。", [PRI], N(SPLIT)),
        ("今儿咱书场里，结个善缘，三百六十八请回家。", [PRI], N(SPLIT)),
        ("三百六十八一串，五枚铜钱加一根红绳，附鉴定小卡，页面上就这个价。", [],
         T("imitates price_claim: the one page price and contents, no comparison")),
        ("某某古玩那些五帝钱，都是新铸的铜钱拿酸泡出来的锈，挂家里招晦气。", [DIS, SUP]),
        ("真品老钱一年一个价，您今儿请回去，过几年翻个三五倍不在话下。", [INV]),
        ("孩子体弱多病的，脖子上挂一枚乾隆通宝，宝他一年不进医院。", [SUP, MED],
         H("孩子体弱多病的，脖子上挂一枚乾隆通宝，保他一年不进医院。")),
        ("挂五帝钱是咱们民间的老讲究，图个心安，钱它不管病也不管财，这话我得说在头里。", [],
         T("imitates superstition / medical_claim: denies any health or luck effect")),
        ("要请整套带底座的，您私信小徒弟，咱们线下当面交割。", [OFF]),
        ("全国请过的这么多家，招财的劲儿数咱家这串最足。", [ABS, SUP]),
        ("这串里头最大的一枚直径二十四毫米，最小的二十二毫米，都量过了。", [],
         T("imitates absolute_claim: 最大 / 最小 are the product's own measurements")),
        ("做生意的挂在收银台，忘财聚气，一天比一天进账多。", [SUP],
         H("做生意的挂在收银台，旺财聚气，一天比一天进账多。")),
        ("这个结缘价就到这段书说完，醒木一响，回到一千零八。", [PRI]),
        ("评论区的老主顾，九成九都说挂上以后家里顺了，好评三万多条。", [SAL, SUP]),
        ("列位注意，所有的五帝钱只在咱这个直播间和官方店铺出，别信冒充我徒弟加您的。", [],
         T("imitates offsite_trade: names the platform-official channels and warns against impostors")),
        ("网上九块九包邮的五帝钱，那是机器压的合金片，挂了反倒破财。", [DIS, SUP]),
        ("端午节门口挂艾草、过年贴春联，都是老习俗，跟今天这串钱一样，是个念想。", [],
         T("imitates superstition: customs named without any claimed effect")),
        ("某某古玩城也有正经卖老钱的，人家是实体店，您愿意去现场挑也一样。", [],
         T("imitates disparagement: neutral remark about a named rival")),
        ("腰疼腿疼的，把五帝钱放在疼的地方压一压，铜气一走，疼就散了。", [MED, SUP]),
        ("老钱有真有假，价格也有起有落，咱不承诺升值，您喜欢再请。", [],
         T("imitates investment_claim: declines to promise appreciation")),
        ("买五帝钱就是稳赚的买卖，它又能保平安又能保值，一点不亏。", [INV, SUP]),
        ("这一批就剩最后三十八串，说完这回书就没了。", [SAL]),
        ("（醒木一拍）要知后事如何，且听下回分解，最后奉劝各位，买东西量力而行。", [],
         T("imitates absolute_claim: 最后 is an order word")),
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
