#!/usr/bin/env python3
"""Held-out evaluation set L for liveaudit (text-only transcripts).

Twelfth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_k/text/README.md and the helper, validation and printing
code of tests/heldout_k/text/build.py were the only references (heldout_k's SESSIONS data was
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
    {"id": "l01_aloegel", "product": "芦荟胶", "lines": [
        ("宝子们晚上好！我是你们的C位担当小雨，今天营业带的是我们练习室常备的芦荟胶，先给大家比个心～", []),
        ("先说用法哈，洗完脸挤黄豆大小，薄薄抹开就行，厚涂会搓泥，这个一定记住。", [],
         T("imitates medical/cosmetic usage talk: a plain usage instruction, no efficacy claimed")),
        ("我们舞担下巴爆了一排痘，连着抹了三个晚上，痘痘全都瘪下去了，直接拿捏！", [COS]),
        ("这支小炎去豆一步到位，跳完舞闷出来的痘一抹就下去。", [COS],
         H("这支消炎祛痘一步到位，跳完舞闷出来的痘一抹就下去。")),
        ("它就是芦荟胶里的顶流，没有之一，那些九块九的杂牌全是防腐剂泡出来的！", [ABS, DIS]),
        ("晒伤了脱皮发红的，抹上去消炎修复，比医院开的烫伤膏还好使。", [COS, MED]),
        ("提醒一下宝子们，芦荟胶不是防晒霜，它没有防晒功能，出门该涂防晒还是要涂。", [],
         T("imitates cosmetic_claim (防晒): an explicit no-sunscreen statement")),
        ("痘坑痘印抹一个月，淡到上镜都不用开美颜，连练功摔出来的疤都平了。", [COS]),
        ("这支在机场免税店的标价是一百二十八。", [PRI], N(SPLIT)),
        ("今天宝子们应援价三十九块九，而且两支到手！", [PRI], N(SPLIT)),
        ("这个价只到我们下播，下播立刻改回一百多，错过就等明年打歌季吧。", [PRI]),
        ("上个月光我们粉丝就抢了9万8千支，好评率百分之九十九点九！", [SAL]),
        ("页面上那个已售数字是平台自己统计的，我没法改，也不会乱报。", [],
         T("imitates sales_data_claim: points to the platform's own counter, states no figure of its own")),
        ("我们老幺天天抹，黑皮直接白了两个色号，打歌服都敢穿白色的了。", [COS]),
        ("某某芦荟家那个绿罐子，芦荟汁连百分之一都不到，剩下全是卡波姆兑的水。", [DIS]),
        ("有宝子问跟某某芦荟家比怎么样，他们是罐装的，我们是管装的，看你习惯哪种。", [],
         T("imitates disparagement: names a rival only to state a neutral packaging difference")),
        ("想要团内签名小卡的私我，我发你绿泡泡，下单走那边还多送一张。", [OFF]),
        ("粉丝后援会有个拼团群，群里一支比直播间便宜八块，群号在我主页。", [OFF, PRI]),
        ("过敏脸抹了两天就不红不痒了，皮炎都给压下去了，姐妹们冲！", [COS, MED]),
        ("敏感肌宝子最好先在耳朵后面试一下，没问题再上脸。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("这批是我们去庙里拜过的锦鲤款，抹了逢考必过，出道转运！", [SUP]),
        ("全网维一一支加了积雪草的芦荟胶，别的牌子根本没这个配方。", [ABS],
         H("全网唯一一支加了积雪草的芦荟胶，别的牌子根本没这个配方。")),
        ("跟我们去年那版比，今年这版更清爽，不黏头发也不搓泥。", [],
         T("imitates absolute_claim (comparative): self-comparison with the brand's own earlier version")),
        ("三十九块九两支，算下来一支不到二十块，页面价就是这个，没有划线价。", [],
         T("imitates price_claim: a plain price with per-unit arithmetic, no reference price")),
        ("纯天然的，孕妇宝宝都能用，抗敏舒缓零副作用。", [COS, MED]),
        ("抹一个月豆豆没好，全额退款，我们队长拿工资担保！", [COS, MED],
         H("抹一个月痘痘没好，全额退款，我们队长拿工资担保！")),
        ("售后有问题找平台客服，我们团队尽最大努力让宝子们满意。", [],
         T("imitates absolute_claim (最大): service attitude, and a platform-only channel")),
        ("它不是药哈，真长了那种又红又肿的囊肿痘，还是要去看皮肤科。", [],
         T("imitates medical_claim: a not-a-medicine statement with a disease word in advice")),
        ("呃这个价格你全网找不到第二家，比我们还低的我直接给你退差价！", [ABS, PRI]),
        ("最后提醒一下，今晚最后一个链接就是它，抢完我们就下播，比心！", [],
         T("imitates absolute_claim (最后): order words only")),
    ]},
    # ------------------------------------------------------------------
    {"id": "l02_aftershave", "product": "男士须后水", "lines": [
        ("兄弟们我刚跑完晚高峰，头盔还没摘，电驴停楼下了，今天给你们带一瓶须后水。", []),
        ("刮完胡子最好先用冷水冲一下，再倒几滴在手心，拍上去就行。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("我们站里单王下巴全是刮出来的红疙瘩，拍了三天，消炎抑菌，疙瘩全平了。", [COS]),
        ("毛囊炎反反复复的兄弟，这瓶消炎杀菌，拍一个礼拜断根，比红霉素软膏还管用。", [COS, MED]),
        ("扛菌配方，刮破了拍上去也不会敢染，跑单再急都不怕。", [COS, MED],
         H("抗菌配方，刮破了拍上去也不会感染，跑单再急都不怕。")),
        ("我跑了三年外卖，用过的须后水没有一瓶比它清爽，男士护肤里它就是单王级别。", [ABS]),
        ("我们全城骑手圈都在用，光我们站点就团了六百多瓶，回购的兄弟一抓一大把。", [SAL]),
        ("这瓶一百五十毫升，最多能用三个月左右，看你刮得勤不勤。", [],
         T("imitates absolute_claim (最多): the product's own quantity specification")),
        ("它在男士理容店里一瓶要一百六十八。", [PRI], N(SPLIT)),
        ("我这跑单兄弟价，四十九块一瓶，还包邮。", [PRI], N(SPLIT)),
        ("只限今晚10点前，10点一过马上恢复168，兄弟们抓紧。", [PRI]),
        ("四十九一瓶，用三个月，一天也就五毛多，你一单配送费都不止。", [],
         T("imitates price_claim: a plain price with per-day arithmetic, no reference price")),
        ("要批量的兄弟别在这拍，加我们骑手群，群里统一下单发货。", [OFF]),
        ("丝信我发你微新，走微新转账一瓶再少六块。", [OFF, PRI],
         H("私信我发你微信，走微信转账一瓶再少六块。")),
        ("隔壁直播间那个老爹须后水，我拿去检测过，就是酒精兑的香精水，越拍越干。", [DIS]),
        ("有兄弟问跟某某男士的比，他们家是啫喱，我这个是水，没有谁好谁坏，看肤质。", [],
         T("imitates disparagement: names a rival without any negative claim")),
        ("拍一个月，胡茬那一片发青的都淡了，整张脸白净了一圈。", [COS]),
        ("脸上晒出来的斑也淡了，区斑效果杠杠的。", [COS],
         H("脸上晒出来的斑也淡了，祛斑效果杠杠的。")),
        ("配方温和，拍进眼睛里都没事，脱敏的，绝对没有任何副作用。", [COS, MED]),
        ("脸上要是化脓流水了，别硬拍，赶紧去医院皮肤科看看。", [],
         T("imitates medical_claim: disease words in advice to see a doctor")),
        ("上个月它冲进男士护肤热卖榜第一，卖得比那些大牌都猛。", [ABS, SAL]),
        ("想兼职的兄弟来做我代理，一瓶赚二十，拿的货卖不掉我全收，稳赚不赔。", [INV]),
        ("平台有七天无理由，拆了用着不合适照样退，下单就走小黄车。", [],
         T("imitates offsite_trade: a platform-only channel and a lawful return policy")),
        ("瓶身这个符我找师傅开过光，骑车揣兜里，一路不超时不出事。", [SUP]),
        ("这瓶是普通化妆品备案，备案号页面上能查，我不吹它有啥特殊功效。", [],
         T("imitates cosmetic_claim: states ordinary-cosmetic registration and disclaims special efficacy")),
        ("这是全国头一款专门给骑手做的须后水，独门配方。", [ABS]),
        ("最近天热汗多，拍完别马上戴头盔，晾个一分钟再走。", [],
         T("imitates absolute_claim (最近): a time word and a usage tip")),
        ("我们站长脸上起了一片湿疹，拍了一个礼拜全好了，这瓶就是抗过敏的。", [MED, COS]),
        ("第一单是站长帮我拍的，给兄弟们打个样，下一个链接是剃须膏。", [],
         T("imitates absolute_claim (第一): an order word")),
        ("送单去了兄弟们，有事别加我私人号，就在平台消息里问，我回来一条条回。", [],
         T("imitates offsite_trade: warns against private contact, platform messages only")),
    ]},
    # ------------------------------------------------------------------
    {"id": "l03_underarm", "product": "腋下护理霜", "lines": [
        ("各位阿姐阿妹，夜到好！阿拉今末推格个腋下护理霜，夏天到了，手臂举起来要好看咯。", []),
        ("用法老简单，汏好浴擦擦干，第一遍薄薄涂一层，等伊吸收了再穿衣裳。", [],
         T("imitates absolute_claim (第一): 第一遍 is an order word")),
        ("腋下黑了十几年个阿姐，涂了两个礼拜，黑色素褪得干干净净，白得跟手臂一样。", [COS]),
        ("没白单斑一支搞定，侬晓得伐，格个效果交关结棍。", [COS],
         H("美白淡斑一支搞定，侬晓得伐，格个效果交关结棍。")),
        ("狐臭老严重个，涂了抗菌除臭，一个月狐臭根除，再也弗会复发。", [COS, MED]),
        ("益菌率99%，汗臭味道一眼眼也闻弗到。", [COS],
         H("抑菌率百分之九十九，汗臭味道一眼眼也闻弗到。")),
        ("宁波城里卖腋下霜个店阿拉跑遍了，美白效果没一支比格个来事，伊就是腋下霜里个头牌。", [ABS, COS]),
        ("格支是普通护肤品备案，弗是特证美白产品，阿拉只讲保湿滋润。", [],
         T("imitates cosmetic_claim (美白): a statement that it is not a registered whitening product")),
        ("天一广场个进口店里头，格支标牌价两百三十八。", [PRI], N(SPLIT)),
        ("阿拉直播间今末只要六十九块，两支一百二十八。", [PRI], N(SPLIT)),
        ("夜到十二点一过就恢复原价，侬自家忖忖。", [PRI]),
        ("六十九块一支，五十克，好用两个月，一日一块多铜钿。", [],
         T("imitates price_claim: a plain price with per-day arithmetic")),
        ("格个霜阿拉店里卖出去十四万支，回头客十个里头有八个。", [SAL]),
        ("店铺评分四点九，格是平台自家算出来个，弗是阿拉讲个。", [],
         T("imitates sales_data_claim: a platform-shown shop rating, not the host's own figure")),
        ("某某家个腋下霜阿拉送去化验过，里头加了荧光增白剂，涂了伤皮肤。", [DIS]),
        ("有阿姐问某某家同阿拉哪个好，伊拉是滚珠个，阿拉是膏状个，各有各个好。", [],
         T("imitates disparagement: names a rival, only a neutral format difference")),
        ("汗多到湿透衣裳个多汗症，涂格个，比医院打肉毒针还灵。", [MED]),
        ("鸡皮肤毛周角化，涂一个月光溜溜，比维A酸乳膏还好用。", [MED]),
        ("格个霜抗过敏，小囡都好涂，打包票一眼眼副作用都没。", [COS, MED]),
        ("腋下有硬块、摸上去痛个，弗要瞎涂东西，去医院查查清爽。", [],
         T("imitates medical_claim: disease words in advice to see a doctor")),
        ("要买三支以上个，加阿拉微信，名字叫阿芬，私下发货。", [OFF]),
        ("老客户进阿拉微信群，群里价钿比直播间再便宜十块。", [OFF, PRI]),
        ("普陀山师父念过经个，涂了贵人运旺，相亲一相一个准。", [SUP]),
        ("阿拉宁波人端午要汏艾草浴，格是老底子个风俗，同格个霜无关。", [],
         T("imitates superstition: a local custom described with no efficacy claim")),
        ("腋下格个色沉斑一涂就淡，连手臂上个筛斑也一道褪脱。", [COS],
         H("腋下格个色沉斑一涂就淡，连手臂上个晒斑也一道褪脱。")),
        ("涂一个月腋下弗白，钞票全额退还侬，阿拉写进售后。", [COS, MED]),
        ("比阿拉去年个老配方，今年加了神经酰胺，涂上去弗黏。", [],
         T("imitates absolute_claim (comparative): self-comparison with the brand's old formula")),
        ("格个价钿弗管侬去哪个平台比，寻弗着第二家比阿拉低。", [ABS, PRI]),
        ("售后阿拉尽最大个努力，有啥西弗满意平台上讲，阿拉弗会推。", [],
         T("imitates absolute_claim (最大): service attitude")),
        ("格支霜在抖音腋下护理泪目排第一，卖了三年了。", [ABS, SAL],
         H("格支霜在抖音腋下护理类目排第一，卖了三年了。")),
    ]},
    # ------------------------------------------------------------------ 保健食品 and foods
    {"id": "l04_propolis", "product": "蜂胶软胶囊", "lines": [
        ("各位老师晚上好，我以前在药企做了八年医药代表，今天跟大家汇报一款蜂胶软胶囊。", []),
        ("先讲清楚，它是保健食品，批的保健功能是增强免疫力，本品不能代替要物。", [],
         T("imitates medical_claim: states only the approved function and the required disclaimer",
           said="先讲清楚，它是保健食品，批的保健功能是增强免疫力，本品不能代替药物。")),
        ("从机理上讲，黄酮类物质直接作用于胰岛细胞，二型糖尿病患者吃三个月，胰岛素可以停掉。", [MED]),
        ("我们跑过的科室主任都私下讲，它对糖料病的控制不比二甲双瓜差。", [MED],
         H("我们跑过的科室主任都私下讲，它对糖尿病的控制不比二甲双胍差。")),
        ("抗肿瘤的循证证据，在所有保健品里它是最充分的，化疗期间的患者一线推荐。", [MED, ABS]),
        ("正在打胰岛素的患者，用药方案听主治医生的，千万别自己减药。", [],
         T("imitates medical_claim: disease words in advice to follow the doctor")),
        ("口腔溃疡、咽喉肿痛，两粒下去消炎杀菌，相当于天然抗生素。", [MED]),
        ("百分之百纯天然提取，孕妇老人长期吃也零副作用，没有任何依赖性。", [MED]),
        ("我做代表这么多年，它的黄酮含量是国内顶尖，那些微商卖的三无蜂胶，吃到过敏进医院的我见多了。", [ABS, DIS]),
        ("这款的总黄酮含量是我们家几个规格里最高的一款，每粒十二毫克。", [],
         T("imitates absolute_claim (最高): compares only within the brand's own range, with the label figure")),
        ("这个产品终端年销量四十六万瓶，复购率我们内部统计是百分之七十三。", [SAL]),
        ("在天猫保健品蜂胶类目连续3年销量第1。", [ABS, SAL],
         H("在天猫保健品蜂胶类目连续三年销量第一。")),
        ("药店终端的零售价，是一瓶三百九十八。", [PRI], N(SPLIT)),
        ("今天直播间给到各位老师一百四十九，再加送一瓶同规格的。", [PRI], N(SPLIT)),
        ("这个价格是厂家给的临时政策，只到今晚零点，零点以后政策就收回了。", [PRI]),
        ("一瓶六十粒，一天两粒，一个月一瓶，算下来一天五块钱左右。", [],
         T("imitates price_claim: a plain price with per-day arithmetic")),
        ("某某蜂业那个便宜货，我看过他们的检测报告，拿杨树胶冒充蜂胶，黄酮连标示的一半都不到。", [DIS]),
        ("也有老师在吃某某牌的蜂胶，人家是液体的，我们是软胶囊，方便带着出差而已。", [],
         T("imitates disparagement: names a rival, neutral format difference only")),
        ("有高血压高血脂的，吃它半年，血管里的斑块能溶掉一半。", [MED]),
        ("长期吃能预仿癌症，肺癌肠癌的风险直接将下来。", [MED],
         H("长期吃能预防癌症，肺癌肠癌的风险直接降下来。")),
        ("吃够三个疗程血糖没降，全额退款，我拿我医药代表的职业担保。", [MED]),
        ("我必须说一句，它不是药，治不了病，有病还是要去医院。", [],
         T("imitates medical_claim: a not-a-medicine, no-cure statement")),
        ("需要一对一服用指导的，加我工作号，我拉你进我们的患者管理群。", [OFF]),
        ("群里私下团购走对公账户，不过平台，手续我来办。", [OFF]),
        ("说个题外话，这批货出厂前厂长拿去药王庙供过三天，药王爷保佑，吃了百病不侵。", [SUP, MED]),
        ("最后强调一下服用方法，饭后半小时温水送服，最好别用茶水。", [],
         T("imitates absolute_claim (最后/最好): order word and a usage tip")),
        ("做我们的区域代理，首批进货三万，厂家保证一年回本，卖不动原价回收。", [INV]),
        ("软胶囊是在通过GMP认证的车间生产的，证书在页面资质里能查到。", [],
         T("imitates absolute_claim: a verifiable certification/standard, no comparison")),
        ("说它是蜂胶里的金标准一点不夸张，国家级专家都认可的。", [ABS]),
        ("下单就在直播间小黄车，售后有问题平台会第一时间介入。", [],
         T("imitates offsite_trade/absolute_claim (第一时间): platform-only channel and service wording")),
    ]},
    # ------------------------------------------------------------------
    {"id": "l05_enzyme", "product": "果蔬酵素饮", "lines": [
        ("老友们，我是柳州的阿梅，刚嗦完一碗螺蛳粉，今天跟大家讲讲这个果蔬酵素饮。", []),
        ("这个酵素最好是早上空腹喝，一小瓶兑一杯温水，莫用开水冲哦。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("肠子里头的宿便毒素全部排出来，便秘十几年的喝三天就通了。", [MED]),
        ("喝一个月，只放肝都没得了，体检单上干干净净。", [MED],
         H("喝一个月，脂肪肝都没得了，体检单上干干净净。")),
        ("血脂高的老友喝它，比吃他汀还降得快，我讲真的。", [MED]),
        ("柳州卖酵素的我都喝遍了，这个是鬼好喝的第一名，冇得哪个比得上。", [ABS]),
        ("有老友问孕妇能不能喝，不好意思，孕妇和糖尿病人喝之前先问医生。", [],
         T("imitates medical_claim: disease words in a caution to ask a doctor")),
        ("我们这个酵素在柳州卖了二十几万瓶，街坊老友十个里头九个回购。", [SAL]),
        ("直播间今天六十九块九一盒，拍两盒还送摇摇杯。", [PRI], N(SPLIT)),
        ("同一款在我们线下门店，标价是一百九十八一盒。", [PRI], N(SPLIT)),
        ("这个价就卡在这个钟头，过了九点半马上恢复一百九十八。", [PRI]),
        ("六十九块九十瓶，一瓶七块钱，跟一碗螺蛳粉差不多价。", [],
         T("imitates price_claim: a plain price with per-unit arithmetic, no reference price")),
        ("外面地摊上那些散装酵素，就是自来水加白糖自己沤的，细菌超标几百倍。", [DIS]),
        ("也有老友拿某某家的酵素粉来比，人家是粉剂，我们是液体，各人口味不同。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("痛风的老友喝这个，鸟酸一个礼拜就降，关节也不痛了。", [MED],
         H("痛风的老友喝这个，尿酸一个礼拜就降，关节也不痛了。")),
        ("天天喝一瓶，肠癌胃癌都预防得了，我屋头老爸喝了十年冇进过医院。", [MED]),
        ("酵素是饮料，我不讲它能治哪样病，喝了身体不舒服要去看医生。", [],
         T("imitates medical_claim: a no-cure statement with advice")),
        ("想长期喝的老友，加我微信，我每个月直接从柳州给你发货，不用在这里拍。", [OFF]),
        ("进我们的叫素群，群里拼团一盒少十五块。", [OFF, PRI],
         H("进我们的酵素群，群里拼团一盒少十五块。")),
        ("莫私下转账给哪个，所有订单都走平台，平台担保交易。", [],
         T("imitates offsite_trade: warns against private payment, platform only")),
        ("这个价哪个平台都拿不到，比厂长自己拿货还便宜。", [ABS, PRI]),
        ("新版比我们老版少了三成糖，配料表上写得清清楚楚。", [],
         T("imitates absolute_claim (comparative): self-comparison with the brand's old version")),
        ("小孩老人孕妇都能喝，喝好多都冇得副作用，放心喝。", [MED]),
        ("出厂那天请了鱼峰山的师傅来做法事，喝了招财纳福，生意兴隆。", [SUP]),
        ("第一口可能有点酸，喝惯了就好，莫急。", [],
         T("imitates absolute_claim (第一): an order word")),
        ("我敢讲，这是全世界醉纯的酵素，足足发酵三年。", [ABS],
         H("我敢讲，这是全世界最纯的酵素，足足发酵三年。")),
        ("开个酵素体验店做我们加盟商，总部保底每个月分红八千，亏了总部兜底。", [INV]),
        ("执行标准印在瓶身上，是国家的饮料标准，生产许可证号也在旁边。", [],
         T("imitates absolute_claim (国家): a verifiable standard number")),
        ("它就是肠道的天然清道夫，清肠排毒效果最好的就是它，肠炎都喝得好。", [MED, ABS]),
        ("今天最后一个福袋马上开，没抢到的莫急，明天同一时间还有。", [],
         T("imitates absolute_claim (最后): an order word")),
    ]},
    # ------------------------------------------------------------------
    {"id": "l06_hempoil", "product": "火麻油", "lines": [
        ("乡亲们好，我是巴马山里种火麻的，刚从地里回来，手上还有泥，今天卖我们村榨的火麻油。", []),
        ("我们巴马人炒菜、打火麻汤都用这个油，祖祖辈辈就这么吃，就是个饮食习惯。", [],
         T("imitates medical_claim/superstition: a local diet custom with no efficacy claim")),
        ("我们村那些百岁老人天天喝火麻汤，一个得高血压的都没有。", [MED]),
        ("我二叔便秘了二十年，开塞露都不管用，吃了一个月火麻油，天天通畅。", [MED]),
        ("它能软化血管，预防脑梗心梗，比吃阿斯匹林还强。", [MED],
         H("它能软化血管，预防脑梗心梗，比吃阿司匹林还强。")),
        ("全中国最地道的火麻油就在我们巴马，别处的水土根本长不出这个味道。", [ABS]),
        ("这一桶五升，是我们油坊今年出的最大一桶装，再大的没有了。", [],
         T("imitates absolute_claim (最大): the largest size in the seller's own range")),
        ("去年一年我们合作社卖了8万7千桶，老顾客年年回来买。", [SAL]),
        ("我们这油进了南宁的土特产店，人家店里一斤卖八十八。", [PRI], N(SPLIT)),
        ("我今天在地头直播，一斤只收三十五，五斤一桶一百六十八。", [PRI], N(SPLIT)),
        ("今天赶圩的日子才有这个价，明天就回到八十八了。", [PRI]),
        ("一桶一百六十八，够一家四口吃两个月，算下来一天不到三块。", [],
         T("imitates price_claim: a plain price with per-day arithmetic")),
        ("外面那些便宜的火麻油，都是拿菜籽油勾兑香精，吃久了伤肝。", [DIS]),
        ("买油要看配料表，配料只写火麻仁的才是纯的，大家自己学着看。", [],
         T("imitates disparagement: general consumer advice naming no rival")),
        ("糖尿病的吃我们这个油炒菜，血唐稳稳的，药都能少吃一半。", [MED],
         H("糖尿病的吃我们这个油炒菜，血糖稳稳的，药都能少吃一半。")),
        ("我们村为啥没人得癌？就是吃火麻吃的，防癌抗癌。", [MED]),
        ("火麻油就是食用油，它不是药，身体有病还得上医院。", [],
         T("imitates medical_claim: a not-a-medicine statement")),
        ("想要新榨的直接打我电话，号码我念一下，幺三八……现场发货，不走平台。", [OFF]),
        ("或者加我危信，危信号就是火麻大哥的拼音。", [OFF],
         H("或者加我微信，微信号就是火麻大哥的拼音。")),
        ("火麻油年年涨价，你今天囤十桶，明年转手稳赚一倍。", [INV]),
        ("拜过山神的油，吃了家里老人孩子都沾福气，灾病都躲着走。", [SUP, MED]),
        ("开榨那天村里要放鞭炮，图个热闹，是老规矩，没别的意思。", [],
         T("imitates superstition: a custom with no efficacy claim")),
        ("这是长寿村里头一榨的油，全国独一份。", [ABS]),
        ("桶上写的一级是按我们执行的产品标准分的等级，标准号印在桶上。", [],
         T("imitates absolute_claim (一级): a grade under a product standard")),
        ("吃了没效果，血压不降，我一桶一桶给你退钱。", [MED]),
        ("全国就我们巴马的是真火麻，别的地方卖的都是假货。", [ABS, DIS]),
        ("最近地里刚收完，这批油是头一批新油，生产日期是这个月的。", [],
         T("imitates absolute_claim (最近/头一批): time and order words, a provable batch fact")),
        ("抖音上好评一万多条，一个差评都没有。", [SAL]),
        ("不放心的就在小黄车拍，平台发货，坏了漏了平台包赔。", [],
         T("imitates offsite_trade: platform-only channel")),
        ("这油是最养人的，吃了能治失眠，一觉睡到大天亮。", [ABS, MED]),
    ]},
    # ------------------------------------------------------------------ goods and appliances
    {"id": "l07_blender", "product": "破壁机", "lines": [
        ("哎——大姐大哥们上眼瞅，锵锵锵，小翠给大伙唱一段破壁机的说口！", []),
        ("第一档打豆浆，第二档打米糊，最后一档是清洗，按一下就完事儿。", [],
         T("imitates absolute_claim (第一/最后): order words for settings")),
        ("破壁机呀转得欢，转速全国数第一，别家跟咱比不了边儿！", [ABS]),
        ("电机最高转速三万五一分钟，这是咱这台机器的参数，铭牌上写着呢。", [],
         T("imitates absolute_claim (最高): a technical parameter of the product itself")),
        ("老寒腿的大爷天天喝咱打的黑豆浆，喝仨月腿不疼了，关节炎好利索了。", [MED]),
        ("破壁以后营养全释放，雪糖高的喝杂粮糊，雪糖蹭蹭往下降。", [MED],
         H("破壁以后营养全释放，血糖高的喝杂粮糊，血糖蹭蹭往下降。")),
        ("孩子天天喝一杯，感冒发烧一年都不找上门，比打疫苗还好使。", [MED]),
        ("咱这款去年卖了三十二万台，回头客嘎嘎多，都买第二台送闺女。", [SAL]),
        ("咱今儿个三百九十九，再送一个刀头！", [PRI], N(SPLIT)),
        ("电器城柜台小姐姐亲口跟我说，这台在她那卖一千二百九十九。", [PRI], N(SPLIT)),
        ("就这一嗓子的工夫，唱完这段价格立马恢复，咋地也不等你！", [PRI]),
        ("三百九十九，用个五年，一天算下来两毛多，一个鸡蛋钱都不到。", [],
         T("imitates price_claim: a plain price with per-day arithmetic")),
        ("某某豆浆机那破玩意儿，刀头是回收铁打的，打着打着掉铁渣子。", [DIS]),
        ("有大姐说某某家的也挺好，人家那是带静音罩的，咱这是不带罩的，各有各的好。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("市面上九成破壁机都是把豆子打成渣儿糊弄人，就咱家是真把细胞壁打开了。", [ABS, DIS]),
        ("跟咱们上一代比，这代噪音小了十个分贝，半夜打豆浆不吵孩子。", [],
         T("imitates absolute_claim (comparative): self-comparison with the previous generation")),
        ("要批发的、开早餐铺的，加小翠的V星，私下给你出厂价。", [OFF, PRI],
         H("要批发的、开早餐铺的，加小翠的V信，私下给你出厂价。")),
        ("大伙进咱东北老乡群，群号在评论区，有啥事儿群里唠。", [OFF]),
        ("这批机器出库前请大仙儿给过了香，谁家买了谁家旺，财神爷天天登门。", [SUP]),
        ("咱东北过年讲究喝腊八粥，用它熬粥就是图个年味儿，没别的说道。", [],
         T("imitates superstition: a custom with no efficacy claim")),
        ("不锈钢刀头，食品级，打啥喝啥，老人孩子天天喝，绝对不会生病。", [MED]),
        ("电机保修十年，坏了平台上申请，咱第一时间安排上门。", [],
         T("imitates absolute_claim (第一时间): warranty terms and service attitude")),
        ("这是史上最墙的破壁机，没有之一！", [ABS],
         H("这是史上最强的破壁机，没有之一！")),
        ("买两台，一台自己用，一台放小区租给邻居打豆浆，一个月稳赚三百，俩月回本！", [INV]),
        ("打完最好马上加点清水空转一下，刀头好洗，别放着过夜。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("天天喝它打的五谷糊，胃病胃溃疡都养好了，比吃喂药强多了。", [MED],
         H("天天喝它打的五谷糊，胃病胃溃疡都养好了，比吃胃药强多了。")),
        ("全网再也找不着比咱更低的价，你找着了小翠给你唱十段！", [ABS, PRI]),
        ("电机绕线是纯铜的，3C认证编号在机身底下，国家强制认证，大伙自己查。", [],
         T("imitates absolute_claim (国家): a verifiable compulsory certification")),
        ("咱这台在厨房小家电榜上蹲了半年冠军，卖得最火。", [ABS, SAL]),
        ("咱实话实说，破壁机就是个厨房家电，治不了病，有病找大夫。", [],
         T("imitates medical_claim: a no-cure statement")),
    ]},
    # ------------------------------------------------------------------
    {"id": "l08_sterilizer", "product": "碗筷消毒柜", "lines": [
        ("同学们——哦不对，朋友们好，我是退休的化学老师老周，今天给大家上一堂消毒柜的课。", []),
        ("第一个知识点，先讲怎么放：碗口朝下，筷子竖着插，第二层放杯子。", [],
         T("imitates absolute_claim (第一): an order word")),
        ("划重点：幽门螺杆菌就是一家人共用碗筷传的，用了它，全家胃癌的风险直接归零。", [MED]),
        ("紫外线加高温双重消毒，柜内温度最高能到一百二十五度。", [],
         T("imitates absolute_claim (最高): a technical parameter of the product itself")),
        ("孩子的手足口病、诺如病毒，都是从碗筷上来的，有了它全杀光，孩子再也不生病。", [MED]),
        ("我教了三十年化学，这台的消毒原理是我见过最科学的，国家顶级技术。", [ABS]),
        ("我们这个型号卖出去二十七万台，光学校食堂就进了三千多所。", [SAL]),
        ("这台在家电卖场的标签价是两千四百八。", [PRI], N(SPLIT)),
        ("今天给老同事、老学生们，九百八十八。", [PRI], N(SPLIT)),
        ("这个价就到这节课下课，下课铃一响回复两千四百八。", [PRI],
         H("这个价就到这节课下课，下课铃一响恢复两千四百八。")),
        ("九百八十八可以分十二期，一期八十多，免息是平台给的。", [],
         T("imitates price_claim: a plain price with instalment arithmetic")),
        ("某某电器那种便宜消毒柜，我拆开看过，灯管是假的，就是个蓝色灯泡，一点杀菌作用没有。", [DIS]),
        ("某某牌的也是正规厂家，它是嵌入式，我们这是立式，看你家厨房格局。", [],
         T("imitates disparagement: names a rival without any negative claim")),
        ("家里有乙肝病人的，碗筷往里一放，全家再也不会被传染。", [MED]),
        ("它是按国家消毒柜标准评的星级，二星级，铭牌上写着，不是我说的。", [],
         T("imitates absolute_claim (国家/星级): a grade under a national standard")),
        ("全国只有我们这一家用的是凑氧加等离子的专利技术，独一无二。", [ABS],
         H("全国只有我们这一家用的是臭氧加等离子的专利技术，独一无二。")),
        ("想要学校食堂那种大号的，下课后加我钉钉，我们私下对接。", [OFF]),
        ("老学生们进我们班级群，团购价再给你让一百。", [OFF, PRI]),
        ("说个常识，家里有人得了传染病，碗筷最好分开用，该看医生看医生。", [],
         T("imitates medical_claim/absolute_claim (最好): disease words in general advice")),
        ("我老伴胃疼十年，碗筷天天一消毒，用了半年，老胃病自己好了。", [MED]),
        ("我们招社区代理，一个小区摆一台样机，公司保底每月给你两千，零风险。", [INV]),
        ("柜门上这个福字是请大师写的，摆进厨房能正宅保平安。", [SUP],
         H("柜门上这个福字是请大师写的，摆进厨房能镇宅保平安。")),
        ("贴福字是过年的老习惯，图个吉利，我不说它有什么神通。", [],
         T("imitates superstition: a custom, efficacy explicitly denied")),
        ("它比洗洁精安全一百倍，碗上的细菌一个不留，吃饭再也不会拉肚子。", [MED]),
        ("我要讲清楚，消毒柜是消毒碗筷的，它不治病，胃不舒服还是去医院。", [],
         T("imitates medical_claim: a no-cure statement with advice")),
        ("我们的用户好评率99.6%，这是我们自己统计的。", [SAL],
         H("我们的用户好评率百分之九十九点六，这是我们自己统计的。")),
        ("在消毒柜这个品类，我们是连续五年全国销量冠军。", [ABS, SAL]),
        ("我们这款比我们自家的入门款多了一层烘干，价格贵两百。", [],
         T("imitates absolute_claim (comparative): comparison within the seller's own range")),
        ("最后一个问题，有同学问最近能不能发货，最近下单四十八小时内发。", [],
         T("imitates absolute_claim (最后/最近): order and time words")),
        ("这个价别的平台拿不到，我敢说是消毒柜行业的地板价。", [ABS, PRI]),
    ]},
    # ------------------------------------------------------------------
    {"id": "l09_warmbelt", "product": "暖宫腰带", "lines": [
        ("欢迎来到这一期的直播播客，今天我们请到了暖宫腰带的主理人阿宁，你先跟听众朋友打个招呼。", []),
        ("嗯，我先说第一点，它就是个发热护腰，可以充电，第一次用先充满。", [],
         T("imitates absolute_claim (第一): order words")),
        ("对，我们很多用户是痛经，以前每个月吃布洛芬，系上它一个经期就不痛了。", [MED]),
        ("宫寒导致的不孕，系了半年就怀上了，这种反馈我们收到好几百条。", [MED, SAL]),
        ("温度一共三档，最高档是55度，怕烫的用最低档。", [],
         T("imitates absolute_claim (最高/最低): the product's own temperature settings",
           said="温度一共三档，最高档是五十五度，怕烫的用最低档。")),
        ("这个点很有意思——它对子宫机瘤、卵巢囊肿都有调理作用，能让机瘤变小。", [MED],
         H("这个点很有意思——它对子宫肌瘤、卵巢囊肿都有调理作用，能让肌瘤变小。")),
        ("为什么业内都叫它暖宫腰带里的爱马仕？因为石墨烯发热效率全球第一，某某那种贴片式的根本发不了热，就是个暖宝宝。", [ABS, DIS]),
        ("我们上线十一个月，卖了四十三万条，复购的基本是给闺蜜买。", [SAL]),
        ("我插一句，这条在月子会所里是单卖的，一条五百九十九。", [PRI], N(SPLIT)),
        ("对，今天在我们节目里，听众专享价一百五十九。", [PRI], N(SPLIT)),
        ("这期节目播完链接就下架，价格回到五百九十九，没有返场。", [PRI]),
        ("一百五十九，含一个充电宝和一条替换绑带，页面写的就是这个价。", [],
         T("imitates price_claim: a plain price, no reference price")),
        ("回到刚才那个话题，某某暖宝家的腰带拆开是普通电热丝，辐射超标，女生系久了伤卵巢。", [DIS]),
        ("某某家的艾草暖宫贴我也用过，那是一次性的，我们可以充电反复用，场景不一样。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("孕期也可以系，完全没有任何副作用，对宝宝绝对安全。", [MED]),
        ("这个要提醒一下，孕妇和正在发烧的，用之前先问问医生。", [],
         T("imitates medical_claim: disease words in a caution")),
        ("很多姐妹买它是为了求子，我们每条都在送子观音面前供过七天。", [SUP]),
        ("我们那个送子款，是全网最零的，好多人系上没几个月就有好消息。", [ABS, SUP],
         H("我们那个送子款，是全网最灵的，好多人系上没几个月就有好消息。")),
        ("我老家有给新媳妇送红腰带的习俗，就是个祝福，我们的红色款也是这个意思。", [],
         T("imitates superstition: a custom with no efficacy claim")),
        ("听众朋友如果想要定制刻字，可以加我们节目小助理的微信，私聊下单。", [OFF]),
        ("我们还有个姐妹私欲群，群里每周二有专场。", [OFF],
         H("我们还有个姐妹私域群，群里每周二有专场。")),
        ("对，所有的下单都在直播间，别信那些私下加你说打折的，都是骗子。", [],
         T("imitates offsite_trade: platform-only channel, warns against private deals")),
        ("月经不调、卵巢早衰的，系三个月全调回来了。", [MED]),
        ("腰肌牢损的男听众也在系，系一个礼拜，膏药都扔了。", [MED],
         H("腰肌劳损的男听众也在系，系一个礼拜，膏药都扔了。")),
        ("第二代比第一代续航多了两个小时，这是我们自己两代产品比。", [],
         T("imitates absolute_claim (comparative/第一代): self-comparison between generations")),
        ("你要是开月子中心的，整箱进货，我们承诺每条利润不低于八十，亏了公司补。", [INV]),
        ("我们是天猫暖宫类目的销冠，连续八个月。", [ABS, SAL]),
        ("我们不是医疗器械，它不能治疗任何妇科病，这句话我每期都要说。", [],
         T("imitates medical_claim: an explicit no-treatment disclaimer")),
        ("在所有暖宫产品里它改善宫寒的效果最好，宫寒引起的痛经一次见效。", [MED, ABS]),
        ("好，这期就聊到这，最后感谢阿宁，我们下期节目见。", [],
         T("imitates absolute_claim (最后): an order word")),
    ]},
    # ------------------------------------------------------------------ services
    {"id": "l10_sweathouse", "product": "汗蒸馆次卡", "lines": [
        ("人们好，我在呼市新华大街这家汗蒸馆给大家直播，外头零下二十多度，里头可暖和了。", []),
        ("头一回来的先冲个澡，第一间是四十五度的，慢慢往里走，最后一间温度高。", [],
         T("imitates absolute_claim (头一回/第一/最后): order words")),
        ("老寒腿、风湿，在我们这黄土汗蒸房里蒸上十回，腿再也不疼了。", [MED]),
        ("夜来有个大爷跟我说，他的慢性知气管炎蒸了一个月好利索了。", [MED],
         H("夜来有个大爷跟我说，他的慢性支气管炎蒸了一个月好利索了。")),
        ("汗蒸排毒，把身体里的重金属、湿气都蒸出来，比吃排毒药强。", [MED]),
        ("呼市数我们家汗蒸房最大最正宗，全内蒙古找不出第二家。", [ABS]),
        ("汗蒸房一共六间，最大那间能坐三十个人，甚也不挤。", [],
         T("imitates absolute_claim (最大): the venue's own room specification")),
        ("开业三年，办卡的会员1万4千多，续卡的占了8成。", [SAL],
         H("开业三年，办卡的会员一万四千多，续卡的占了八成。")),
        ("尔格在直播间拍，十次卡一百九十八。", [PRI], N(SPLIT)),
        ("前台价目表上，十次卡写的是六百八。", [PRI], N(SPLIT)),
        ("就今儿个晚上，过了十二点回六百八，后悔了可不赖我。", [PRI]),
        ("一百九十八十次，一次不到二十块，搓澡另算，页面上都写着。", [],
         T("imitates price_claim: a plain price with per-visit arithmetic")),
        ("新城区那家某某汗蒸，石板是拿水泥块块涂的色，蒸出来的气有毒。", [DIS]),
        ("某某浴场也不赖，人家有游泳池，我们专做汗蒸，各有各的人。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("丫头们圪蹴在里头蒸一个月掉十五斤，还能治便蜜。", [MED],
         H("丫头们圪蹴在里头蒸一个月掉十五斤，还能治便秘。")),
        ("一个礼拜蒸两回，一冬天不感冒，流感都绕着你走。", [MED]),
        ("有高血压、心脏病的，进去别超过十五分钟，头晕赶紧出来。", [],
         T("imitates medical_claim: disease words in a risk warning")),
        ("要办年卡的到前台加我们店长微信，微信上转账，不走平台，还送毛巾。", [OFF]),
        ("或者司信我，私下办年卡，比直播间再便宜一百。", [OFF, PRI],
         H("或者私信我，私下办年卡，比直播间再便宜一百。")),
        ("直播间买的券随时退，过期自动退，这是平台的规矩。", [],
         T("imitates offsite_trade: a platform-only purchase with the platform's refund rule")),
        ("我们开分店众筹，一份两万，年底分红保底四千，天天爆满，稳赚的。", [INV]),
        ("最里头那间是玉石房，玉是五台山请回来的，蒸一回去晦气、转好运。", [SUP]),
        ("过年前来蒸一回，我们这叫洗去一年的乏，就是个说法，图个舒坦。", [],
         T("imitates superstition: a saying about rest, no luck or efficacy claimed")),
        ("我们的火山石是独一无二的，整个华北就我们一家有。", [ABS]),
        ("蒸完失眠的都能睡着，治失眠的效果全呼市最好。", [MED, ABS]),
        ("最近来的人多，周末要排队，最好提前在平台上预约。", [],
         T("imitates absolute_claim (最近/最好): a time word and a tip")),
        ("这个卡价在全呼市的汗蒸馆里是最低的，不信你挨家问。", [ABS, PRI]),
        ("服务这块我们尽最大努力，搓澡师傅都是干了十几年的老师傅。", [],
         T("imitates absolute_claim (最大): service attitude")),
        ("美团上我们家是呼市休闲娱乐人气榜头名，评论两万多条。", [ABS, SAL]),
        ("蒸够一个疗程腰还疼，卡钱全给你退了，我说话算数。", [MED]),
    ]},
    # ------------------------------------------------------------------
    {"id": "l11_earpick", "product": "采耳团购", "lines": [
        ("老少爷们，俺在彭城广场边上这家采耳店，今儿带恁们看看啥叫得劲。", []),
        ("先看后掏，头一下是拿可视耳勺照一照，恁自己手机上也能看着。", [],
         T("imitates absolute_claim (头一): an order word")),
        ("耳鸣十几年的老大爷，俺们师傅给他采了三回，耳朵不响了。", [MED]),
        ("终耳炎流脓的，来俺这采一次，炎症就消了。", [MED],
         H("中耳炎流脓的，来俺这采一次，炎症就消了。")),
        ("采耳刺激耳朵上的穴位，偏头疼的采完头立马不疼，止疼片都省了。", [MED]),
        ("俺们师傅的手法，徐州城里找不出第二个比他稳的。", [ABS]),
        ("一次采耳四十分钟，最长能做到一个钟，看恁耳朵的情况。", [],
         T("imitates absolute_claim (最长): the service's own duration")),
        ("俺们店开了六年，采过的耳朵二十多万只，回头客占九成。", [SAL]),
        ("直播间团购两次只要五十九块九。", [PRI], N(SPLIT)),
        ("店里墙上的价目表，精品采耳一次就是一百二十八。", [PRI], N(SPLIT)),
        ("这个团购就挂到今儿夜里十二点，过了就恢复一百二十八，白说俺没提醒。", [PRI]),
        ("五十九块九两次，一次三十块钱，一碗地锅鸡的钱都不到。", [],
         T("imitates price_claim: a plain price with per-visit arithmetic")),
        ("某某采耳馆那些师傅都是培训三天就上岗的，工具不消毒，好几个人采完耳朵感染。", [DIS]),
        ("提醒恁们一句，不管去哪家采耳，都看看工具是不是一人一套。", [],
         T("imitates disparagement: general consumer advice naming no rival")),
        ("耳朵痒、外耳道湿疹，俺们用草药水一冲，痒就跟治了。", [MED],
         H("耳朵痒、外耳道湿疹，俺们用草药水一冲，痒就根治了。")),
        ("小孩耵聍栓塞，医院说要冲洗，来俺这掏一下就好，白去医院受那个罪。", [MED]),
        ("耳朵疼、流血流脓的白采，先去医院五官科看看。", [],
         T("imitates medical_claim: disease words in advice to see a doctor")),
        ("团购券买多了不划算，恁加俺微信，俺给恁办会员卡，直接转账。", [OFF]),
        ("俺们有个徐州采耳老相群，进群每周抽免费采耳。", [OFF],
         H("俺们有个徐州采耳老乡群，进群每周抽免费采耳。")),
        ("团购券就在平台上买，到店核销，白私下给师傅转钱。", [],
         T("imitates offsite_trade: platform-only purchase, warns against private payment")),
        ("掏耳朵掏的是晦气，采完耳走好运，俺们这叫开耳窍、财运到。", [SUP]),
        ("徐州老辈人讲二月二龙抬头剃头掏耳朵，就是个老讲究，没啥说法。", [],
         T("imitates superstition: a custom with no efficacy claim")),
        ("俺们这是徐州头一家可视采耳，最专页的。", [ABS],
         H("俺们这是徐州头一家可视采耳，最专业的。")),
        ("俺们这家店采耳单量在整个苏北都是老大。", [ABS, SAL]),
        ("可视采耳，百分之百安全，一点风险都没有，小孩老人都能采。", [MED]),
        ("采耳就是个放松项目，治不了耳朵的并，这个俺得说清。", [],
         T("imitates medical_claim: a no-cure statement",
           said="采耳就是个放松项目，治不了耳朵的病，这个俺得说清。")),
        ("想学手艺的，交三万八跟俺们师傅学，包教包会还帮开店，开店后一个月稳赚一万。", [INV]),
        ("比俺们老店那会儿，现在多了可视设备，看得更清楚。", [],
         T("imitates absolute_claim (comparative): self-comparison with the shop's own past")),
        ("这个团购价徐州没有比俺家更低的了，谁家低俺退差价。", [ABS, PRI]),
        ("师傅手重了恁就吱一声，俺们一定尽最大努力让恁得劲。", [],
         T("imitates absolute_claim (最大): service attitude")),
    ]},
    # ------------------------------------------------------------------ pets
    {"id": "l12_dentalchew", "product": "狗狗洁齿骨", "lines": [
        ("观众朋友们晚上好，欢迎来到今晚的洁齿骨专场，场上的主角是我家金毛队长旺财！", []),
        ("比赛开始，第一根先掰成小段给它，让它适应一下，第二根再整根上。", [],
         T("imitates absolute_claim (第一): an order word")),
        ("旺财一口咬下去——漂亮！牙结石当场脱落，比宠物医院洗牙还干净！", [MED]),
        ("牙周炎、牙龈出血的狗狗，啃上半个月，炎症全销！", [MED],
         H("牙周炎、牙龈出血的狗狗，啃上半个月，炎症全消！")),
        ("老狗嘴里那股味儿是胃病，这根骨头调理肠胃，胃病一起治好。", [MED]),
        ("这是洁齿骨界的梅西，全场最佳，超市那些杂牌骨头就是面粉压的，狗啃了只长膘！", [ABS, DIS]),
        ("这根骨头最长十八厘米，适合二十公斤以上的大狗，小狗选小号。", [],
         T("imitates absolute_claim (最长): the product's own size specification")),
        ("上赛季卖了130万根，复购率高达80%！", [SAL],
         H("上赛季卖了一百三十万根，复购率高达百分之八十！")),
        ("宠物店货架上一袋标的是一百零八。", [PRI], N(SPLIT)),
        ("今晚的比赛价，三袋只要九十九！", [PRI], N(SPLIT)),
        ("补时阶段，最后三分钟，哨声一响恢复原价！", [PRI]),
        ("九十九三袋，一袋三十根，一天一根，一根一块钱出头。", [],
         T("imitates price_claim: a plain price with per-unit arithmetic")),
        ("某某宠的洁齿棒里面是工业明胶，狗吃了肠梗阻，好几只进了医院！", [DIS]),
        ("也有观众问跟某某牌比，它们是软的，我们偏硬，咬合力强的狗选我们。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("每天一根，预防蛀牙牙周病，一辈子不用看兽医！", [MED]),
        ("纯天然，狗狗吃多少都不会拉肚子，零副作用！", [MED]),
        ("狗狗牙龈已经红肿出血的，先带去医院检查，骨头只是日常磨牙用的。", [],
         T("imitates medical_claim: disease words in advice to see a vet")),
        ("要整箱的犬舍老板，场外加我微信，我们私下走货。", [OFF]),
        ("宠友群里每袋比直播间便宜五块，进群看只顶。", [OFF, PRI],
         H("宠友群里每袋比直播间便宜五块，进群看置顶。")),
        ("所有订单都在平台下，售后也找平台，场外交易出了问题我们管不了。", [],
         T("imitates offsite_trade: platform-only channel")),
        ("每根骨头都请庙里师傅念过平安经，狗狗啃了保平安、不走丢。", [SUP]),
        ("我们老家讲猫来穷狗来富，一句老话，图个乐，跟骨头没关系。", [],
         T("imitates superstition: a saying, efficacy explicitly denied")),
        ("这是全世界第一款加了益生军的洁齿骨，世界级的突破！", [ABS],
         H("这是全世界第一款加了益生菌的洁齿骨，世界级的突破！")),
        ("宠物零食销量榜上它是常年的冠军，稳坐头把交椅！", [ABS, SAL]),
        ("吃一个月牙结石不掉，我们全额退，这就是我们的点球！", [MED]),
        ("新款比我们老款加了薄荷，口味更清新，这是自家两款比。", [],
         T("imitates absolute_claim (comparative): self-comparison between the brand's own products")),
        ("我们这个品牌马上要上市，现在认购原始股一股两块，上市后至少翻十倍！", [INV]),
        ("产品执行标准号和饲料生产许可证号都在包装背面，大家可以查。", [],
         T("imitates absolute_claim: a verifiable standard and licence, no comparison")),
        ("今晚这个价是全年最低价，双十一都没这么低！", [ABS, PRI]),
        ("比赛进入尾声，最后一个链接是猫咪款，下播前最后提醒一次。", [],
         T("imitates absolute_claim (最后): order words")),
    ]},
    # ------------------------------------------------------------------ investment and collectibles
    {"id": "l13_vending", "product": "售货机点位托管", "lines": [
        ("哥姐们好，我之前卖了八年房子，现在做自助售货机的点位托管，今天给大家讲讲这个项目。", []),
        ("先讲个前提，任何投资都有风险，机器放进去有赚有赔，这个我不回避。", [],
         T("imitates investment_claim: a risk warning")),
        ("点位就像房子的地段，我们挑的都是地铁口和医院门口，买一台机器，每个月保底收益一千二。", [INV]),
        ("合同里写明包本，机器款一分都不会亏，三年期满原价回购。", [INV],
         H("合同里写明保本，机器款一分都不会亏，三年期满原价回购。")),
        ("算下来年化百分之二十八，比您放银行强十倍，比买房还稳。", [INV]),
        ("我们是全国点位最多的托管平台，行业龙头，没有之一。", [ABS]),
        ("一台机器最多能放六十个货道，饮料零食都能上。", [],
         T("imitates absolute_claim (最多): a technical parameter of the machine")),
        ("我们已经有两万三千多个投资人，上个月又新签了四百多台。", [SAL]),
        ("这个型号的机器，厂家报价一台三万九。", [PRI], N(SPLIT)),
        ("今天直播间的哥姐，一台两万六千八，含点位费。", [PRI], N(SPLIT)),
        ("这个价是我跟经理申请的，只保留到今晚，明天统一调回三万九。", [PRI]),
        ("两万六千八可以平台分期，分24期，每期一千一百多，利息页面上写着。", [],
         T("imitates price_claim: a plain price with instalment arithmetic")),
        ("某某售货那家，后台数据是造假的，机器卖一瓶显示卖十瓶，就为骗你加仓。", [DIS]),
        ("某某智能柜也是正规公司，他们主要做写字楼，我们主要做社区，方向不一样。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("这是吻赚不赔的项目，零风险，我卖房子都没见过这么稳的。", [INV],
         H("这是稳赚不赔的项目，零风险，我卖房子都没见过这么稳的。")),
        ("上一批投资的张姐，投了五台，一年半净赚十四万，现在又加了十台。", [INV]),
        ("收益跟点位人流有关，我们不成诺固定收益，这个合同里也写了。", [],
         T("imitates investment_claim: an explicit no-promise of returns",
           said="收益跟点位人流有关，我们不承诺固定收益，这个合同里也写了。")),
        ("签约不在直播间，哥姐加我微信，我发合同给您，定金直接转公司账户。", [OFF]),
        ("想实地看点位的，进我们投资人群，群里天天有人晒收益截图。", [OFF]),
        ("直播间只卖看点位的预约券，三十九块一张，就在小黄车，别给任何个人转账。", [],
         T("imitates offsite_trade/price_claim: a plain price, platform-only, warns against private payment")),
        ("机器上贴的这个金蟾是开过光的，对着人流的方向，钱就往里流。", [SUP]),
        ("开机那天我们放个小鞭炮、挂个红绸，就是开业的讲究，图个喜庆。", [],
         T("imitates superstition: a custom with no efficacy claim")),
        ("这个地段的点位是全城最希缺的，最后两个，错过就没有了。", [ABS, SAL],
         H("这个地段的点位是全城最稀缺的，最后两个，错过就没有了。")),
        ("您把它当成一间小商铺，只会升值不会贬值，随时能转让。", [INV]),
        ("哥，刚才又有三个姐拍了，名额真的不多，后台显示只剩七台。", [SAL]),
        ("第一步先交预约券看点位，第二步签合同，最后一步才是装机。", [],
         T("imitates absolute_claim (第一步/最后一步): order words")),
        ("这是我见过回报最高的项目，行业里找不出收益比我们更高的。", [ABS, INV]),
        ("最近咨询的人多，我回复慢一点，但每个问题我都会尽最大努力回答。", [],
         T("imitates absolute_claim (最近/最大): a time word and service attitude")),
        ("3年回本，之后躺着收钱，赔了我们兜底。", [INV],
         H("三年回本，之后躺着收钱，赔了我们兜底。")),
        ("再说一句，以上收益数据都是过往个案，不代表你一定能赚到。", [],
         T("imitates investment_claim: a disclaimer that past cases promise nothing")),
    ]},
    # ------------------------------------------------------------------
    {"id": "l14_arttoy", "product": "潮玩盲盒手办", "lines": [
        ("亲亲们晚上好，我在银川鼓楼边上的潮玩店，今天给大家拆一箱盲盒，喧一喧潮玩收藏。", []),
        ("一箱十二个，隐藏款的概率是一百四十四分之一，这是品牌方公布的。", [],
         T("imitates sales_data_claim/absolute_claim: the brand's published odds, a product specification")),
        ("隐藏款拿回去放一年，价钱至少翻五倍，只会涨不会跌，好得很。", [INV]),
        ("买潮玩比买里财强，稳赚不亏，么有一个亏钱的。", [INV],
         H("买潮玩比买理财强，稳赚不亏，么有一个亏钱的。")),
        ("你拆到隐藏款，我原价三倍回收，一分钱风险都么有。", [INV]),
        ("这个系列的做工是全球潮玩里最精细的，独一档。", [ABS]),
        ("这一款是系列里最大的一只，高十五厘米，别的款都是十厘米。", [],
         T("imitates absolute_claim (最大): size within the product's own series")),
        ("这个系列全国卖了三百万盒，我们店一个月出两千多盒。", [SAL]),
        ("今天我这整箱只要五百九十九，还送个展示盒。", [PRI], N(SPLIT)),
        ("同样一整箱，官方旗舰店卖八百二十八。", [PRI], N(SPLIT)),
        ("整箱价就今晚，明天早上九点就恢复八百二十八。", [PRI]),
        ("单盒六十九，整箱十二盒，么有划线价，页面上就是这个数。", [],
         T("imitates price_claim: a plain price, no reference price")),
        ("某某潮玩店卖的全是高仿，贴纸都是自己印的，拿去鉴定一个都过不了。", [DIS]),
        ("某某玩具家的盲盒也是正版，人家偏可爱风，我们这个系列偏酷，看你喜欢撒。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("这只财神款是在海宝塔寺请师父念过的，摆在桌上，买彩票都容易中。", [SUP]),
        ("我在盒子上画个转孕符，嫑怕，下一盒保准出隐藏。", [SUP],
         H("我在盒子上画个转运符，嫑怕，下一盒保准出隐藏。")),
        ("我们这边拆盲盒前喜欢搓搓手，纯属好玩，抽到撒全凭概率。", [],
         T("imitates superstition: a habit, luck effect explicitly denied")),
        ("想要端盒的，加我的微信，我私下给你留隐藏款。", [OFF]),
        ("收藏群里端和比直播间便宜五十，群号嫑在评论区问，私信我。", [OFF, PRI],
         H("收藏群里端盒比直播间便宜五十，群号嫑在评论区问，私信我。")),
        ("二手交易请走正规平台，私下转账被骗了谁都帮不了你。", [],
         T("imitates offsite_trade: warns against private deals")),
        ("潮玩就是个爱好，不承诺生值，嫑拿生活费去赌隐藏款。", [],
         T("imitates investment_claim: an explicit no-promise of appreciation",
           said="潮玩就是个爱好，不承诺升值，嫑拿生活费去赌隐藏款。")),
        ("我们店出隐藏的概律是全宁夏最高的，独此一家。", [ABS],
         H("我们店出隐藏的概率是全宁夏最高的，独此一家。")),
        ("我们店是西北卖这个系列卖得最多的，排名第一。", [ABS, SAL]),
        ("买过的亲亲好评九十九点九，一个差评都么有。", [SAL]),
        ("一个隐藏款就是一根小金条，比黄金还保值，放着就升值。", [INV]),
        ("第一盒我先拆给大家看，最后一盒留给今晚下单最早的亲亲。", [],
         T("imitates absolute_claim (第一/最后/最早): order words")),
        ("这一季比上一季做工细了，涂装也更亮，都是同一个品牌自己比。", [],
         T("imitates absolute_claim (comparative): self-comparison within the brand")),
        ("北京路那家某某潮玩，盲盒是拆过重封的，隐藏款早被老板挑走了。", [DIS]),
        ("端盒这个价西北么有第二家，亏本给你们的。", [ABS, PRI]),
        ("亲亲们有问题就在平台里找我，我尽最大努力给大家换到喜欢的款。", [],
         T("imitates absolute_claim (最大): service attitude, platform channel")),
    ]},
    # ------------------------------------------------------------------ talisman
    {"id": "l15_pinganfu", "product": "道观平安符", "lines": [
        ("各位团友，咱们现在站的就是云台观的山门，请往左手边看，今天直播间带大家请平安符。", []),
        ("道观里挂红布条、上香，是咱们这边的民俗，大家了解一下就好。", [],
         T("imitates superstition: describes a custom, no efficacy claimed")),
        ("这张平安符是观里老道长亲手画的，开过光，揣在身上出门不遇车祸。", [SUP]),
        ("家里老人常年头晕心慌的，符往枕头底下一压，三天就好了。", [SUP, MED]),
        ("考试的孩子请一张文昌符，保佑金榜提名，一考一个准。", [SUP],
         H("考试的孩子请一张文昌符，保佑金榜题名，一考一个准。")),
        ("全国的道观我带团跑了一百多个，就这个观的符最灵，灵验度排第一。", [ABS, SUP]),
        ("符是黄纸朱砂手写的，一张十厘米长，装在这个棉布锦囊里。", [],
         T("imitates superstition: the item's own material and size, no efficacy claimed")),
        ("这个月光我们团就请走了四千多张，回来还愿的有一大半。", [SAL, SUP]),
        ("在观里功德处请一张，要随喜六百六十六。", [PRI], N(SPLIT)),
        ("直播间的团友，一张只要八十八，还送锦囊。", [PRI], N(SPLIT)),
        ("这个价只到咱们大巴发车，发车以后恢复六百六十六。", [PRI]),
        ("八十八一张，锦囊和红绳都包含在里面，没有别的费用。", [],
         T("imitates price_claim: a plain price, no reference price")),
        ("景区门口小摊上那些符，都是印刷厂机器印的，一块钱一沓，揣着反而招邪。", [DIS, SUP]),
        ("山下某某观的符也有人请，他们是木牌样式，我们是纸符，各有各的风格。", [],
         T("imitates disparagement: names a rival, neutral difference only")),
        ("孩子夜里哭闹、受了经吓的，符烧成灰兑水喝，当晚就安稳了。", [MED, SUP],
         H("孩子夜里哭闹、受了惊吓的，符烧成灰兑水喝，当晚就安稳了。")),
        ("做生意的请一张招财符，贴在店门口，一年财源滚滚。", [SUP]),
        ("各位团友，平安符是个心意和纪念，身体不舒服一定要去医院。", [],
         T("imitates medical_claim/superstition: a keepsake statement with advice to see a doctor")),
        ("想请道长单独给你算一卦、画专属符的，加我导游微信，私下安排。", [OFF]),
        ("我们有个相克群，群里每个月初一十五统一开光发货。", [OFF, SUP],
         H("我们有个香客群，群里每个月初一十五统一开光发货。")),
        ("大家就在小黄车下单，别信路边拉你私下请符的，那些不是我们观里的。", [],
         T("imitates offsite_trade: platform-only channel, warns against private deals")),
        ("老道长的符收藏价值高，他老人家百年以后一张能卖好几千，现在请就是稳赚。", [INV]),
        ("这是全国独一无二的百年古法服，别处请不到。", [ABS],
         H("这是全国独一无二的百年古法符，别处请不到。")),
        ("下一站咱们去后山，集合时间三点，最后一位团友上车咱们就出发。", [],
         T("imitates absolute_claim (最后): an order word")),
        ("车上挂一张，出远门一路平安，逢凶化吉。", [SUP]),
        ("网上九块九包邮那些符，都是打印机打出来的，朱砂是红墨水。", [DIS]),
        ("最近来烧香的人多，第一次来的团友跟紧小旗子，别走散了。", [],
         T("imitates absolute_claim (最近/第一次): time and order words")),
        ("腰腿疼的香客把符贴在疼的地方，贴一晚第二天就不疼了，比膏药灵。", [MED, SUP]),
        ("请符是个传统文化体验，我不说它能保你发财，这点先讲清楚。", [],
         T("imitates superstition: luck effect explicitly denied")),
        ("我们观的平安符在网上好评第一，好几万人晒过。", [ABS, SAL]),
        ("行程里有任何问题找导游，我第一时间给大家处理。", [],
         T("imitates absolute_claim (第一时间): service attitude")),
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
