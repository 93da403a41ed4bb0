#!/usr/bin/env python3
"""Held-out evaluation set X for liveaudit (text-only transcripts).

Written 2026-12-08 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format references: tests/heldout_n/text/README.md and lines 1-65 and 828-894
of tests/heldout_n/text/build.py (docstring, helpers, counting/printing). heldout_n's SESSIONS
data was not read; no line of any other set was used or paraphrased.

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder, validates the data and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                           violating
  ("text", [labels], N(SPLIT))                 violating half of a split price comparison
  ("text", [], T("imitates <cat>: why"))       trap: lawful line that looks like a violation
  ("heard", [labels], H("said"))               Whisper mishearing; labels describe `said`
  ("heard", [], T("imitates ...", said="..."))  misheard trap

Every session has exactly 30 lines: 20 violating and 10 traps (no neutral, no grey lines).

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

UTTS, VIOL, TRAPS, MIN_PER_CAT = 30, 20, 10, 22


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
    # ------------------------------------------------------------------ x01
    dict(id="x01_perfume", product="香水", kind="ordinary cosmetic",
         style="外交部发言人答记者问腔", lines=[
        ("这位记者朋友的问题我注意到了。关于这款白茶香水的留香，我可以负责任地说，放眼全世界没有哪一瓶能比它更持久。", [ABS]),
        ("下面我先回答第一个问题，最后一个问题留给后排那位举手的记者。", [],
         T("imitates absolute_claim: 第一个 / 最后一个 only order the questions")),
        ("有记者问喷了还有什么别的作用，我愿重申，香精里加了抑菌成分，腋下那股味道是从根上压住的。", [COS]),
        ("我们注意到不少敏感肌朋友反映，喷完以后皮肤反而康君抗敏了，泛红的地方也退了。", [COS],
         H("我们注意到不少敏感肌朋友反映，喷完以后皮肤反而抗菌抗敏了，泛红的地方也退了。")),
        ("有人问它能不能美白，我的回答是否定的：它就是一瓶普通香水，没有任何美白功效。", [],
         T("imitates cosmetic_claim: 美白 is named only to deny it")),
        ("这款身体香雾还有梅白功能，坚持喷一个月，胳膊比原来透亮一个层次，这是事实。", [COS],
         H("这款身体香雾还有美白功能，坚持喷一个月，胳膊比原来透亮一个层次，这是事实。")),
        ("至于脖子上的湿疹，我们的立场是一贯的：每天早晚喷两下，两个星期疹子就下去了。", [MED]),
        ("有外媒记者说自己长年失眠，我可以告诉你，睡前往枕头上喷一下，比安眠药来得快，还不伤肝。", [MED]),
        ("如果喷完出现红肿瘙痒，请立即停用并到皮肤科就诊。香水不是药，治不了任何皮肤病。", [],
         T("imitates medical_claim: a warning with a referral and a not-a-medicine statement")),
        ("关于发尾的用法，这瓶也能当发香喷雾，喷在头皮上，掉头发的问题一个月就止住了。", [COS]),
        ("喷了这款玫瑰调，下个月逃花运自然会来，单身的朋友心里要有数。", [SUP],
         H("喷了这款玫瑰调，下个月桃花运自然会来，单身的朋友心里要有数。")),
        ("每一瓶出厂前都请寺里的师父诵过经、开过光，随身带着保出入平安。", [SUP]),
        ("瓶身上印的莲花只是设计元素，不代表任何寓意，更谈不上保佑什么。", [],
         T("imitates superstition: the lotus print is a design; 保佑 is denied")),
        ("有记者问到免税店的价格，我可以提供一个数字：同款五十毫升，机场专柜标的是一千零八十元。", [PRI], N(SPLIT)),
        ("今天直播间的立场很明确：三百九十九，送到家门口。", [PRI], N(SPLIT)),
        ("我愿重申，三百九十九就是全网的最低价，任何平台都找不到比这更低的，这是客观事实。", [ABS, PRI]),
        ("五十毫升三百九十九元，折合每毫升不到八块钱，页面上也没有设置划线价。", [],
         T("imitates price_claim: a plain price with per-millilitre arithmetic, no reference price")),
        ("今天的发布会晚上十点结束，十点一过价格立刻回到八百八十八，请大家不要心存侥幸。", [PRI]),
        ("十四万七千位用户给我们反馈，喷了一个月，后背上的痘痘都消下去了，这些数字说明一切。", [COS, SAL]),
        ("目前库存只剩最后九十瓶，抢光就没有了。下一个问题。", [SAL]),
        ("屏幕右下角显示的已售件数是平台统计的，我这里不做任何补充。", [],
         T("imitates sales_data_claim: points to the platform-shown counter without a figure of its own")),
        ("有记者提到某某香氛，我们对此表示严重关切：他们家就是工业酒精兑香精，喷多了头疼。", [DIS]),
        ("市面上那些几十块的大牌平替，说白了都是山债货，我们敦促消费者擦亮眼睛。", [DIS],
         H("市面上那些几十块的大牌平替，说白了都是山寨货，我们敦促消费者擦亮眼睛。")),
        ("某某香氛的木质调偏沉，我们这款偏清爽，各有各的喜欢，不存在谁高谁低。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想要小样的朋友，请会后添加发言人办公室的威信，账号是xiangfen六六八。", [OFF],
         H("想要小样的朋友，请会后添加发言人办公室的微信，账号是xiangfen六六八。")),
        ("团购价我不便在这个场合公布，请私下转账给助理，比直播间再少五十。", [OFF, PRI]),
        ("我们敦促大家只在直播间小黄车下单，凡是自称助理让你私下转账的，一律不要理会。", [],
         T("imitates offsite_trade: 私下转账 appears only in a warning against it")),
        ("关于使用方法，最好喷在手腕和耳后，离皮肤二十厘米，这是技术层面的建议。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("和我们自家去年的第一代相比，这一版的留香时间长了大约一小时。", [],
         T("imitates absolute_claim: self-comparison with the brand's own older version")),
        ("今天的发布会到此结束。请记住，它已经连续三十一个月蝉联香水类目销量冠军。", [ABS, SAL]),
    ]),
    # ------------------------------------------------------------------ x02
    dict(id="x02_concealer", product="遮瑕膏", kind="ordinary cosmetic (make-up)",
         style="法庭庭审腔", lines=[
        ("现在开庭。证据一：这支遮瑕膏不光是遮，里面有屈般成分，抹上三个月，底下的斑就真没了。", [COS],
         H("现在开庭。证据一：这支遮瑕膏不光是遮，里面有祛斑成分，抹上三个月，底下的斑就真没了。")),
        ("第一项证据是成分表，最后一项证据是色号卡，请书记员按顺序呈上。", [],
         T("imitates absolute_claim: 第一项 / 最后一项 are order words")),
        ("请书记员记录：它含有抑菌因子，痘痘上点一下，第二天就瘪下去了。", [COS]),
        ("脸上的痤疮点上我们这支，当场消炎，三天就平了，本庭当庭验证。", [COS, MED]),
        ("本庭需要澄清：遮瑕只是物理遮盖，不能区斑，也不能祛痘，卸了妆斑还在。", [],
         T("imitates cosmetic_claim: 祛斑 and 祛痘 are denied; the product only covers",
           said="本庭需要澄清：遮瑕只是物理遮盖，不能祛斑，也不能祛痘，卸了妆斑还在。")),
        ("敏感肌的原告请注意，这支遮瑕还有托民功效，越涂皮肤越不容易红。", [COS],
         H("敏感肌的原告请注意，这支遮瑕还有脱敏功效，越涂皮肤越不容易红。")),
        ("黑眼圈的证据也在这里：连续用二十八天，眼下的色素自己褪掉，整张脸白两个度。", [COS]),
        ("有审判员问，脸上的白癜风能不能处理？能，一边遮一边修复黑色素，不用再去医院照光。", [MED]),
        ("辩护人提交的材料显示，它对脂溢性皮炎和十疹都有疗效，药膏都不用抹了。", [MED],
         H("辩护人提交的材料显示，它对脂溢性皮炎和湿疹都有疗效，药膏都不用抹了。")),
        ("脸上如果有正在发炎的伤口，请先去医院处理，遮瑕不能涂在破损皮肤上。", [],
         T("imitates medical_claim: 发炎 appears in a warning with a referral")),
        ("本庭宣布：这支遮瑕的遮盖力在全世界范围内无可争辩，找不出第二支能与之抗衡。", [ABS]),
        ("这是迄今为止唯一一支能一边遮一边去逗的遮瑕膏，证据确凿。", [ABS, COS],
         H("这是迄今为止唯一一支能一边遮一边祛痘的遮瑕膏，证据确凿。")),
        ("本案涉及的色号，最浅是零一号象牙色，最深是零六号小麦色。", [],
         T("imitates absolute_claim: 最浅 / 最深 describe the product's own shade range")),
        ("现在宣读判决：今天这支遮瑕，直播间一百二十九元。", [PRI], N(SPLIT)),
        ("而商场专柜的价签，当庭出示，写的是三百六十元整。", [PRI], N(SPLIT)),
        ("休庭之前都是这个价，一旦宣布休庭，立刻恢复原价三百六。", [PRI]),
        ("一支六克一百二十九元，算下来一克二十一块五，页面价就是成交价。", [],
         T("imitates price_claim: plain price with per-gram arithmetic")),
        ("它还带防晒成分，不用再单独涂防晒霜，遮瑕防晒一步到位。", [COS]),
        ("书记员统计过，这支遮瑕累计卖出二十三万支，好评率百分之九十九点八。", [SAL]),
        ("在彩妆遮瑕这个类目，它已经连续五十二周排在第一，无人撼动。", [ABS, SAL]),
        ("关于销量，请以直播间页面显示的已拍件数为准，本庭不另行陈述。", [],
         T("imitates sales_data_claim: refers to the platform-shown counter only")),
        ("对方辩护人卖的那款遮瑕，成分表里藏着铅和汞，用久了脸会发青，这就是证据。", [DIS]),
        ("反对无效。某某彩妆那支遮瑕就是以刺充好，拿过期的料子重新灌装。", [DIS],
         H("反对无效。某某彩妆那支遮瑕就是以次充好，拿过期的料子重新灌装。")),
        ("某某彩妆的遮瑕质地更干，我们这支更润，适合不同肤质，无所谓优劣。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想领取庭审专属小样的，请私信书记员，报上你的手机号，我们线下寄送。", [OFF]),
        ("结案之后大家可以扫码加入陪审团粉丝群，群里的价格比直播间还低二十。", [OFF, PRI]),
        ("所有订单只走平台，任何人让你加私人账号付款，请保留证据直接举报。", [],
         T("imitates offsite_trade: warns against paying through private accounts")),
        ("涂抹时最好用指腹轻拍，最后一步再定妆，这样不容易卡粉。", [],
         T("imitates absolute_claim: 最好 is a usage tip, 最后一步 an order word")),
        ("结案陈词：痘印和黑印子用它遮一个月，会慢慢淡掉，皮肤白回原来的样子。", [COS]),
        ("和我们去年那一版比，新配方的持妆时间多了两个小时。", [],
         T("imitates absolute_claim: self-comparison with the brand's own older formula")),
    ]),
    # ------------------------------------------------------------------ x03
    dict(id="x03_mascara", product="睫毛膏", kind="ordinary cosmetic (make-up)",
         style="狼人杀法官腔", lines=[
        ("天亮了，请睁眼。这支睫毛膏刷一个月，睫毛自己长长三毫米，这是预言家验过的金水。", [COS]),
        ("天黑请闭眼。第一晚先请守卫睁眼，最后一个睁眼的是预言家。", [],
         T("imitates absolute_claim: 第一晚 / 最后一个 only order the game")),
        ("睫毛稀的玩家注意，膏体里有声发因子，掉了的睫毛会重新冒出来。", [COS],
         H("睫毛稀的玩家注意，膏体里有生发因子，掉了的睫毛会重新冒出来。")),
        ("狼人半夜掉睫毛？刷它就行，方托效果连女巫都惊了。", [COS],
         H("狼人半夜掉睫毛？刷它就行，防脱效果连女巫都惊了。")),
        ("很多玩家问它能不能让睫毛长出来：不能，它只是让现有的睫毛看起来更长。", [],
         T("imitates cosmetic_claim: growth is denied; only a visual lengthening effect is claimed")),
        ("爱长麦粒肿的朋友也能放心刷，它自带抗炎成分，眼睑那一圈小红肿第二天就消。", [COS, MED]),
        ("我以法官的身份担保，刷头做过抗菌处理，用一年都不滋生细菌。", [COS]),
        ("眼睛干涩、结膜炎老犯的玩家，刷了它眼睛反而舒服，比眼药水还管用。", [MED]),
        ("眼睛红肿发痒的时候先别化眼妆，去眼科看看，睫毛膏不是治病的东西。", [],
         T("imitates medical_claim: a warning with a referral to 眼科")),
        ("还有玩家反馈，刷了半年眼睛不干了，连进士都降了一百度。", [MED],
         H("还有玩家反馈，刷了半年眼睛不干了，连近视都降了一百度。")),
        ("本局唯一一支能让睫毛根部生发的睫毛膏，真预言家就是它。", [ABS, COS]),
        ("防水这一块它就是天花版，泳池里泡一个钟头都不晕。", [ABS],
         H("防水这一块它就是天花板，泳池里泡一个钟头都不晕。")),
        ("刷的时候最好从睫毛根部Z字往上提，最后再刷一遍尖端。", [],
         T("imitates absolute_claim: 最好 is a usage tip, 最后 an order word")),
        ("刷头最长一点二厘米，最短的刷毛零点三毫米，专门照顾下睫毛。", [],
         T("imitates absolute_claim: 最长 / 最短 are the product's own specification")),
        ("七万九千个玩家刷过它，九成反馈睫毛变密了，根部掉毛的问题彻底止住。", [COS, SAL]),
        ("今晚只有两百零八支库存，出局就没了，投票要快。", [SAL]),
        ("上方显示的三千二百人在线是平台的实时数据，我不加工也不解读。", [],
         T("imitates sales_data_claim: platform-shown online counter")),
        ("连锁美妆店货架上同一支睫毛膏，价签写的是一百八十九。", [PRI], N(SPLIT)),
        ("今晚平安夜，好人阵营只要六十九，直接拍。", [PRI], N(SPLIT)),
        ("天黑请闭眼之前是这个价，等下一轮天亮，价格就回到原价一百八十九。", [PRI]),
        ("这个价是整个直播平台最低的，谁发现更低，我当场自爆。", [ABS, PRI]),
        ("六十九元一支八克，一克八块多，页面没有划线价，也不搞先涨后降。", [],
         T("imitates price_claim: plain price with per-gram arithmetic, no reference price")),
        ("某某眼妆那支浓密款，刷完全是苍蝇腿，一出汗就成熊猫眼，纯属狼人产品。", [DIS]),
        ("别家那些几块钱的睫毛膏都是片子做的，里面掺的是黑墨水。", [DIS],
         H("别家那些几块钱的睫毛膏都是骗子做的，里面掺的是黑墨水。")),
        ("某某眼妆的刷头是弯的，我们这支是直的，按自己的手法选就行。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想要隐藏色号的，遗言时间加我的企鹅号：二三七九，零四一八，法官单独发货。", [OFF]),
        ("更大的福利不在直播间，在我的狼人小群里，进群暗号是平安夜。", [OFF]),
        ("直播间从来不会让你进群付款，有人冒充法官私聊你，直接拉黑。", [],
         T("imitates offsite_trade: 进群 / 私聊 appear only in a warning")),
        ("今晚这支是守卫色，刷上它上桌就旺运，连抽三局好身份。", [SUP]),
        ("“守卫色”只是色号的名字，不会给谁带来好运气，大家别当真。", [],
         T("imitates superstition: luck is explicitly denied")),
    ]),
    # ------------------------------------------------------------------ x04
    dict(id="x04_throatlozenge", product="清咽润喉含片", kind="保健食品 (approved function 清咽润喉)",
         style="京剧票友腔", lines=[
        ("各位票友，先把话说在头里：本品是保健食品，批准的保健功能是清咽润喉，本品不能代替药物。", [],
         T("imitates medical_claim: states only the approved function of the 保健食品 and 本品不能代替药物")),
        ("吊嗓子吊出慢性咽炎的，每天含上三片，一个月咽炎就断根了。", [MED]),
        ("扁桃题反复发炎的孩子，含它就不用再打吊瓶，比消炎药还灵。", [MED],
         H("扁桃体反复发炎的孩子，含它就不用再打吊瓶，比消炎药还灵。")),
        ("角儿们都知道，声带小结做手术也不一定好，这含片含三个月，小结自己就化了。", [MED]),
        ("最好在开嗓前半小时含一片，每日不超过六片，别当零食嚼。", [],
         T("imitates absolute_claim: 最好 is usage advice with the daily dose")),
        ("这含片能代体药物，嗓子一疼直接含，医院开的药可以扔了。", [MED],
         H("这含片能代替药物，嗓子一疼直接含，医院开的药可以扔了。")),
        ("治咽喉肿痛，梨园行里头一号就是咱这款，别的都得往后排。", [ABS, MED]),
        ("吃了它嗓子再也不会倒仓，一辈子不得喉炎，我拿三十年票龄担保。", [MED]),
        ("嗓子一连疼三天还发烧的，赶紧去耳鼻喉科，含片管不了病。", [],
         T("imitates medical_claim: referral to a doctor; the lozenge is said not to treat illness")),
        ("无效退款，一点副作用都没有，孕妇小孩当糖吃都行。", [MED]),
        ("这是国家级非遗的老方子，唱戏这个行当里再找不出第二个。", [ABS]),
        ("今天第一出是《锁麟囊》，最后一出是《贵妃醉酒》，含片在两出中间讲。", [],
         T("imitates absolute_claim: 第一出 / 最后一出 order the programme")),
        ("去年一年卖了六十三万盒，京剧院团的采购单摞起来比戏箱还高。", [SAL]),
        ("好平率百分之九十九点九，票友圈里几乎人手一盒。", [SAL],
         H("好评率百分之九十九点九，票友圈里几乎人手一盒。")),
        ("连着八年，戏曲圈里润喉的东西卖得最多的就是它。", [ABS, SAL]),
        ("小黄车上写的已售1万2，是平台自己算的，我没动过。", [],
         T("imitates sales_data_claim: reads the platform-shown sold counter")),
        ("药店柜台上，同样一盒写着一百五十八。", [PRI], N(SPLIT)),
        ("今天开锣价，两盒才九十九。", [PRI], N(SPLIT)),
        ("压轴戏唱完就恢复一百五十八，谢幕以后可没这个价了。", [PRI]),
        ("礼盒装画线价三百二，现在一百二十八，这出戏等于白唱。", [PRI],
         H("礼盒装划线价三百二，现在一百二十八，这出戏等于白唱。")),
        ("两盒七十二片九十九元，算下来一片一块四不到。", [],
         T("imitates price_claim: plain price with per-piece arithmetic")),
        ("某某润喉糖就是白砂糖兑薄荷精，含多了嗓子更哑，谁吃谁倒仓。", [DIS]),
        ("药店里散卖的胖大海，都是硫磺熏过的，票友们千万别碰。", [DIS]),
        ("某某润喉糖偏甜，咱这款偏凉，喜欢哪个口味都不算错。", [],
         T("imitates disparagement: neutral taste comparison with a named rival")),
        ("要整箱团购的，记下戏迷协会的电话：幺三九，零五幺二，七七四三。", [OFF]),
        ("加我维信，戏园子门口当面交钱，省得平台抽成。", [OFF],
         H("加我微信，戏园子门口当面交钱，省得平台抽成。")),
        ("我这辈子最大的心愿就是唱一回压轴，今天先把含片给大伙讲明白。", [],
         T("imitates absolute_claim: 最大的心愿 is the host's own aspiration")),
        ("这批含片在祖师爷像前供过三天，含了开嗓顺，登台保准不砸场。", [SUP]),
        ("后台供祖师爷是梨园的老规矩，跟含片的效果没半点关系。", [],
         T("imitates superstition: a custom with an explicit denial of effect")),
        ("再说一遍：它不能代提药物，嗓子真有病请遵医嘱吃药。", [],
         T("imitates medical_claim: 不能代替药物 (misheard) with a referral",
           said="再说一遍：它不能代替药物，嗓子真有病请遵医嘱吃药。")),
    ]),
    # ------------------------------------------------------------------ x05
    dict(id="x05_dandeliontea", product="蒲公英根茶", kind="ordinary food",
         style="茶馆店小二吆喝腔", lines=[
        ("客官里边请！这壶蒲公英根茶，喝上半个月，乳腺增生的硬块就软了。", [MED]),
        ("客官，这茶最好用开水晾一会儿再冲，别拿滚水直接烫根。", [],
         T("imitates absolute_claim: 最好 is a brewing tip")),
        ("掌柜的说了，甲状腺洁节、肺结节，天天一壶，半年复查就没了。", [MED],
         H("掌柜的说了，甲状腺结节、肺结节，天天一壶，半年复查就没了。")),
        ("它就是天然的消炎药，嗓子疼牙龈肿，灌两壶就下去，不用吃头孢。", [MED]),
        ("有位老主顾喝了三个月，幽门螺杆君都转阴了。", [MED],
         H("有位老主顾喝了三个月，幽门螺杆菌都转阴了。")),
        ("胃寒的、正在吃药的客官，喝之前问问您的大夫，这茶是食品，不是药。", [],
         T("imitates medical_claim: referral and a not-a-medicine statement")),
        ("肝火旺、脂肪肝、转氨酶高，小二给您打包票，一壶下去全降。", [MED]),
        ("降尿酸它是茶里头最灵的，痛风的客官喝了就不用吃秋水仙碱。", [ABS, MED]),
        ("有客官问能不能消炎，小二实话实说：不能，它就是一口清淡的根茶。", [],
         T("imitates medical_claim: 消炎 is named only in a denial")),
        ("长白山野生的根，全天下就咱店微一一家在卖。", [ABS],
         H("长白山野生的根，全天下就咱店唯一一家在卖。")),
        ("打尖住店的都说，这是他们喝过的最顶用的一口养生茶。", [ABS]),
        ("第一壶给雅座的客官，最后一壶留给门口排队的，挨个来。", [],
         T("imitates absolute_claim: 第一壶 / 最后一壶 are order words")),
        ("账房记着呢，这茶已经卖出去三万六千斤，熟客回头的占八成五。", [SAL]),
        ("今儿只剩下八十罐了，消量太猛，卖完就得等明年开春挖根。", [SAL],
         H("今儿只剩下八十罐了，销量太猛，卖完就得等明年开春挖根。")),
        ("屏幕上那个店铺评分是平台打的，小二不好自夸。", [],
         T("imitates sales_data_claim: platform-shown shop rating, no own figure")),
        ("小二报价：这一罐一百五十克，今儿只收四十九。", [PRI], N(SPLIT)),
        ("超市保健品柜台同样一罐，标价一百三十八，您自个儿算算。", [PRI], N(SPLIT)),
        ("掌柜的发话了，晚上九点一打烊，价钱就涨回一百三十八。", [PRI]),
        ("想要更便宜的散装，加小二的绿泡泡，账房另给您算八折。", [OFF, PRI]),
        ("一罐一百五十克四十九元，一天泡五克能喝一个月，一天合一块六。", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("罐子最大装二百五十克，最小的旅行装五十克，里头都是一样的根。", [],
         T("imitates absolute_claim: 最大 / 最小 are pack sizes of the product")),
        ("隔壁茶楼的蒲公英，是拿叶子梗子磨碎了冒充根，喝了等于喝草渣。", [DIS]),
        ("市面上袋泡的蒲公英茶，全是茶叶沫子染的色，一帮黑心商家。", [DIS]),
        ("某某牌的蒲公英茶是切片的，咱家是切段的，口感不一样，看您喜欢。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("大宗订货的客官，直接打掌柜的店话：幺五八，二六三零，九九幺四。", [OFF],
         H("大宗订货的客官，直接打掌柜的电话：幺五八，二六三零，九九幺四。")),
        ("想开茶铺的客官，咱家招代理，一年保您净赚二十万，赔了掌柜的兜底。", [INV]),
        ("茶钱只在直播间小黄车里付，哪个自称小二让您扫私人码的，别理。", [],
         T("imitates offsite_trade: warns against private payment codes")),
        ("这根是端午正午挖的，泡水喝了能去晦气，保家宅平安。", [SUP]),
        ("端午挖药草是老辈的讲究，咱只是按节气采，不说它能曲邪挡灾。", [],
         T("imitates superstition: a custom with 驱邪挡灾 explicitly not claimed",
           said="端午挖药草是老辈的讲究，咱只是按节气采，不说它能驱邪挡灾。")),
        ("喝它还能防癌，咱店里的老茶客没一个长肿瘤的。", [MED]),
    ]),
    # ------------------------------------------------------------------ x06
    dict(id="x06_sugarfreemooncake", product="无糖月饼", kind="ordinary food",
         style="猎头HR面试官腔", lines=[
        ("各位候选人好，这款无糖月饼的岗位职责很清晰：糖尿病人随便吃，血糖不升反降。", [MED]),
        ("糖尿病候选人请注意：无糖月饼也有碳水，一次最多吃半个，吃之前先问医生。", [],
         T("imitates medical_claim: 糖尿病 appears in a warning with a referral")),
        ("面评反馈，有位唐尿病十年的阿姨，吃了两个月，胰岛素减了一半。", [MED],
         H("面评反馈，有位糖尿病十年的阿姨，吃了两个月，胰岛素减了一半。")),
        ("它的苦瓜粉馅能修复胰岛细胞，这一点我们做过背调，板上钉钉。", [MED]),
        ("高血脂、高血压的长辈，把它当早饭，降压药可以慢慢停掉。", [MED]),
        ("面试流程第一轮看配料表，最后一轮尝口感，顺序不能乱。", [],
         T("imitates absolute_claim: 第一轮 / 最后一轮 are order words")),
        ("今年中秋的月饼赛道，它是终面唯一拿满分的候选人，综合实力第一。", [ABS]),
        ("论口感，它在无糖月饼里是使上最好吃的，没有哪个候选人打得过。", [ABS],
         H("论口感，它在无糖月饼里是史上最好吃的，没有哪个候选人打得过。")),
        ("这款月饼最重的单只八十克，最轻的是五十克的迷你款。", [],
         T("imitates absolute_claim: 最重 / 最轻 are the product's own sizes")),
        ("HR后台数据：上线十九天，发出去两万八千盒，复购的占了一半以上。", [SAL]),
        ("它已经连续三个中秋拿下无糖月饼销量冠军，简历非常硬。", [ABS, SAL]),
        ("今天的HC只剩最后三百盒，名额一满立刻关岗，大家抓紧投简历。", [SAL]),
        ("我们团队的目标是把每一单都发得最准时，这是我们的职业操守。", [],
         T("imitates absolute_claim: 最准时 is a service attitude and aspiration")),
        ("酒店中秋礼盒的官方价，我这里有JD：一盒六百八十八。", [PRI], N(SPLIT)),
        ("同样八只装，今天入职价一百九十九，包邮到家。", [PRI], N(SPLIT)),
        ("这个offer今晚十二点过期，过了零点价格回到六百八十八，不接受谈薪。", [PRI]),
        ("这个价格全往最低，谁找到更低的我赔差价。", [ABS, PRI],
         H("这个价格全网最低，谁找到更低的我赔差价。")),
        ("八只装一百九十九元，一只合二十四块九，页面上没有写原价。", [],
         T("imitates price_claim: plain price with per-piece arithmetic, no 原价")),
        ("右上角的加购人数是平台实时显示的，我这边不报自己统计的数。", [],
         T("imitates sales_data_claim: platform-shown add-to-cart counter")),
        ("某某食品的无糖月饼，配料表里藏着麦芽糖浆，根本就是在骗糖友。", [DIS]),
        ("超市那种散装无糖月饼，用的是地沟游和回收面粉，背调一查一个准。", [DIS],
         H("超市那种散装无糖月饼，用的是地沟油和回收面粉，背调一查一个准。")),
        ("某某食品的无糖月饼用木糖醇，我们用赤藓糖醇，甜味来源不同而已。", [],
         T("imitates disparagement: neutral ingredient comparison with a named rival")),
        ("做企业团购的HR，把需求发我私人邮箱，ymoon八八六at一六三点com，单独报价。", [OFF]),
        ("走内推通道：加我微信私下下单，每盒比直播间再便宜三十。", [OFF, PRI]),
        ("只在平台下单。任何所谓内推HR找你私下付定金，都是诈骗。", [],
         T("imitates offsite_trade: warns against private deposits")),
        ("想做月饼分销的，入职就是合伙人，每卖一盒提成二十，月入过万写进offer。", [INV]),
        ("拉三个朋友来面试，每人返你一百，等于保底受益。", [INV],
         H("拉三个朋友来面试，每人返你一百，等于保底收益。")),
        ("有人问做分销能不能稳赚，我必须说清楚：不承诺任何收入，卖不卖得动看你自己。", [],
         T("imitates investment_claim: 稳赚 is quoted only to deny it; no income promised")),
        ("饼皮上印的是玉兔拜月，中秋一家人吃了，保佑一年无病无灾。", [SUP]),
        ("中秋拜月是老传统，月饼上印玉兔只是图个好看，不是说吃了就有福气。", [],
         T("imitates superstition: a custom with an explicit denial of effect")),
    ]),
    # ------------------------------------------------------------------ x07
    dict(id="x07_organicfertilizer", product="生物有机肥", kind="agriculture (farm input)",
         style="快板书腔", lines=[
        ("竹板这么一打呀，别的咱不夸，夸一夸这有机肥，九州大地数第一，哪家肥料也比不上它。", [ABS]),
        ("头一遍撒底肥，最后一遍追肥，中间隔上二十天，这个顺序记心间。", [],
         T("imitates absolute_claim: 头一遍 / 最后一遍 are order words")),
        ("农科院里都点头，国家急的好肥料，就数咱这一家。", [ABS],
         H("农科院里都点头，国家级的好肥料，就数咱这一家。")),
        ("用它种出的西红柿，吃了能把血压降，老伴的药停了仨月整。", [MED]),
        ("这肥里头有富硒菌，种出的大米能防癌，村里查出的肿块都缩小。", [MED]),
        ("菜地里撒上它，全家吃了不感冒，孩子的过敏性鼻烟也好了。", [MED],
         H("菜地里撒上它，全家吃了不感冒，孩子的过敏性鼻炎也好了。")),
        ("肥料就是肥料，种出来的菜也就是普通菜，治不了谁的病。", [],
         T("imitates medical_claim: denies any health effect")),
        ("最好在雨后土湿的时候施，别挨着根，离苗三寸远。", [],
         T("imitates absolute_claim: 最好 is application advice")),
        ("打竹板，报个数，去年卖出八千六百吨，十个农户九个来回购。", [SAL]),
        ("一万两千家种植户，年年开春都回够。", [SAL],
         H("一万两千家种植户，年年开春都回购。")),
        ("仓库里只剩最后四十车，错过这一季，再等就是明年。", [SAL]),
        ("农资销量榜上连年头一名，谁也撼不动它的位子。", [ABS, SAL]),
        ("页面上显示的已售四千多单，是平台算的，咱不往上添。", [],
         T("imitates sales_data_claim: platform-shown sold counter")),
        ("农资店里一吨肥，价码写着三千八。", [PRI], N(SPLIT)),
        ("直播间里不一样，一吨只要一千八。", [PRI], N(SPLIT)),
        ("竹板一停价就涨，说完这段回三千八。", [PRI]),
        ("高浓度菌肥原价3千6一吨，今天折上折只要1千6，这个便宜您得抓。", [PRI]),
        ("一吨一千八，一亩地撒一百斤，合下来一亩九十块钱。", [],
         T("imitates price_claim: plain price with per-mu arithmetic")),
        ("一袋最重五十斤，最小的包装是十斤装，专给家庭菜园用。", [],
         T("imitates absolute_claim: 最重 / 最小 are the product's pack sizes")),
        ("隔壁卖的那种化肥，土越撒越板结，三年以后地就废。", [DIS]),
        ("某某农资的有机肥，掺的是河沙和列支粪，老乡别上当。", [DIS],
         H("某某农资的有机肥，掺的是河沙和劣质粪，老乡别上当。")),
        ("某某牌复合肥见效快，咱这有机肥见效慢点，但是养土，各有各的用处。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("要批发的老乡记电话：幺三七，八八二零，五六三幺，当面点钱不走网。", [OFF]),
        ("进我农友交流群，群里拼车发货，运费全免，私下结算。", [OFF]),
        ("来当咱县级代理，一年稳赚三十万，卖不完厂家全回收。", [INV]),
        ("种植户签约用咱的肥，减产了公司赔，等于种地零丰县。", [INV],
         H("种植户签约用咱的肥，减产了公司赔，等于种地零风险。")),
        ("做代理要自己掂量，收成看天看地，咱不承诺谁一定挣钱。", [],
         T("imitates investment_claim: an explicit no-income-promise disclaimer")),
        ("撒肥之前拜一拜土地爷，再加上这袋肥，保准风调雨顺不遭灾。", [SUP]),
        ("拜土地爷是咱庄户人的老风俗，图个心安，跟收成好坏没关系。", [],
         T("imitates superstition: a custom with an explicit denial of effect")),
        ("比咱家去年的老配方，有机质含量高了两个点，这是检测报告上写的。", [],
         T("imitates absolute_claim: self-comparison with the maker's own older formula")),
    ]),
    # ------------------------------------------------------------------ x08
    dict(id="x08_coldpatch", product="医用冷敷贴", kind="medical device (class II, registered scope)",
         style="智能客服机器人腔", lines=[
        ("亲，您好，很高兴为您服务。本产品为二类医疗器械，注册适用范围是非开放性创面及激光术后的局部冷敷护理。", [],
         T("imitates medical_claim: the device states only its registered scope")),
        ("亲，这款冷敷贴敷一个疗程，脸能白两个色号，比美白面膜见效快多了。", [COS]),
        ("小智为您查询到：连续敷二十一天，晒斑雀斑可以完全趋斑，不会反弹。", [COS],
         H("小智为您查询到：连续敷二十一天，晒斑雀斑可以完全祛斑，不会反弹。")),
        ("亲，冷敷贴不是化妆品，也没有美白功效，请不要把它当美白面膜用。", [],
         T("imitates cosmetic_claim: 美白 named only in a denial")),
        ("亲，脸上的痘痘和毛囊发炎，敷它就等于消炎杀菌，三天红肿全消。", [MED]),
        ("湿疹、激素脸、过敏性皮炎，小智建议直接用冷敷贴替代药膏。", [MED]),
        ("寻麻疹发作的时候敷两片，半小时就不痒，一个月彻底断根。", [MED],
         H("荨麻疹发作的时候敷两片，半小时就不痒，一个月彻底断根。")),
        ("如果创面出现渗液、化脓，请停止使用并及时就医，感谢您的配合。", [],
         T("imitates medical_claim: a warning with a referral")),
        ("医美术后敷它，保证零感染零副作用，出了问题我们包赔。", [MED]),
        ("小智查询到，它对通经和偏头疼也管用，贴在肚子上十分钟就不疼了。", [MED],
         H("小智查询到，它对痛经和偏头疼也管用，贴在肚子上十分钟就不疼了。")),
        ("地一次使用请先在耳后试敷，没有不适再敷全脸。", [],
         T("imitates absolute_claim: 第一次 (misheard) is an order word in usage advice",
           said="第一次使用请先在耳后试敷，没有不适再敷全脸。")),
        ("亲，在所有械字号敷贴里，它的修复效果是最强的，术后恢复速度排第一。", [ABS]),
        ("这是目前国内唯一一款能同时修护和降温的冷敷贴，独家专利。", [ABS]),
        ("亲，建议最好冷藏后使用，每次最多敷二十分钟，每天不超过两次。", [],
         T("imitates absolute_claim: 最好 / 最多 are usage instructions")),
        ("第一步清洁面部，第二步取出敷贴，最后一步轻拍吸收，小智为您演示。", [],
         T("imitates absolute_claim: 第一步 / 最后一步 are steps")),
        ("亲，本款累计售出五十八万盒，医美机构复购率百分之八十七。", [SAL]),
        ("当前库存仅剩最后一百二十盒，马上就要收罄了。", [SAL],
         H("当前库存仅剩最后一百二十盒，马上就要售罄了。")),
        ("您看到的店铺评分四点九分是平台生成的，小智无法修改。", [],
         T("imitates sales_data_claim: platform-generated shop rating")),
        ("亲，您好，今日直播价：一盒十片，六十九元。", [PRI], N(SPLIT)),
        ("医院皮肤科门诊的同款，收费单上是一百九十八元一盒。", [PRI], N(SPLIT)),
        ("活动倒计时结束后，系统将自动恢复到一百九十八元，请您尽快下单。", [PRI]),
        ("小智比对了全网，六十九元就是全网最低，全平台找不到更低的价格。", [ABS, PRI]),
        ("六十九元一盒十片，单片六块九，价格与店铺页面一致，没有划线价。", [],
         T("imitates price_claim: plain price with per-piece arithmetic, no reference price")),
        ("某某品牌的冷敷贴其实是普通面膜换了个包装，根本没有械字号，敷了烂脸。", [DIS]),
        ("那些几块钱一片的冷敷贴，用的是工业凝胶，亲，别拿自己的脸做实验。", [DIS]),
        ("某某品牌冷敷贴片型更大，我们的更贴合鼻翼，您可以按脸型选择。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("您也可以丝聊人工客服，客服会发您私人付款码，发货更快。", [OFF],
         H("您也可以私聊人工客服，客服会发您私人付款码，发货更快。")),
        ("企业采购请拨打热线：幺八九，三三零二，六八幺五，转人工后线下签单。", [OFF]),
        ("亲，官方客服不会要求您私下转账，凡是索要验证码的都是诈骗，请提高警惕。", [],
         T("imitates offsite_trade: 私下转账 only in a warning")),
        ("亲，敷它还能淡化黑色素，痘印和晒黑的地方一个月全部白回来。", [COS]),
    ]),
    # ------------------------------------------------------------------ x09
    dict(id="x09_mosquitolamp", product="灭蚊灯", kind="household appliance",
         style="导航语音腔", lines=[
        ("前方五百米进入无蚊区。开着这盏灯，全家不得登格热，也不会染上疟疾。", [MED],
         H("前方五百米进入无蚊区。开着这盏灯，全家不得登革热，也不会染上疟疾。")),
        ("第一个路口右转，最后一个路口左转，到达后请把灯放在离床两米的位置。", [],
         T("imitates absolute_claim: 第一个 / 最后一个 are route order words")),
        ("孩子夜里被叮出来的丘疹性荨麻疹，开灯三天，皮肤病自己就好了。", [MED]),
        ("它发出的光波还能助眠，失眠多年的请保持直行，今晚一觉到天亮。", [MED]),
        ("这台灯最大功率八瓦，最长续航十二个小时，参数以说明书为准。", [],
         T("imitates absolute_claim: 最大 / 最长 are the product's technical parameters")),
        ("紫光灯管同时杀灭空气里的病毒，流感季开着它，疫苗都不用打。", [MED]),
        ("整机是一级能效，耗电很低，这是能效标识上写的等级。", [],
         T("imitates absolute_claim: 一级能效 is a graded mark under a national standard")),
        ("您已进入全球灭蚊最强路段，没有任何一款灯的诱捕率能超过它。", [ABS]),
        ("百分之百零蚊子，它是灭蚊界的亡牌，别的灯只能靠边停车。", [ABS],
         H("百分之百零蚊子，它是灭蚊界的王牌，别的灯只能靠边停车。")),
        ("被蚊子叮后如果发烧、关节疼，请尽快就医，灭蚊灯治不了病。", [],
         T("imitates medical_claim: a referral and a no-cure statement")),
        ("导航数据显示，全国已经有四十一万户家庭开着它睡觉，九成会再买一台。", [SAL]),
        ("连续两个夏天，灭蚊灯销量排名第一，请保持直行。", [ABS, SAL]),
        ("前方库存预警：剩余一百六十台，预计三分钟售空。", [SAL]),
        ("最好在天黑前半小时打开，关上窗帘，效果会更好。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("前方路口，家电卖场的价签显示：二百九十八元。", [PRI], N(SPLIT)),
        ("本次导航终点，直播间到手价：七十九元。", [PRI], N(SPLIT)),
        ("限时七十九，导航一结束，价格立刻恢复二百九十八。", [PRI]),
        ("官方原价一百九十九，今天七十九，再减二十，算下来三折都不到。", [PRI]),
        ("七十九元一台，按每晚开八小时算，一晚电费不到五分钱。", [],
         T("imitates price_claim: plain price with running-cost arithmetic")),
        ("屏幕左上角显示的在线人数是平台统计的，导航不做播报。", [],
         T("imitates sales_data_claim: platform-shown online counter")),
        ("某某电器的灭蚊灯，其实就是个小夜灯，蚊子绕着它飞，纯属骗钱的玩意儿。", [DIS]),
        ("路边摊上那些电蚊灯都是家伙，用不了一周就烧，小心着火。", [DIS],
         H("路边摊上那些电蚊灯都是假货，用不了一周就烧，小心着火。")),
        ("某某电器的灭蚊灯是吸入式，我们是电击式，声音大小不一样，您按需求选。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("需要批量采购请靠右停车，拨打专线：幺五二，零零八六，四四七幺。", [OFF]),
        ("加入车友灭蚊近群，群里直接转账更优惠。", [OFF, PRI],
         H("加入车友灭蚊进群，群里直接转账更优惠。")),
        ("您已偏离官方路线：私下转账、扫陌生二维码都不安全，请回到小黄车下单。", [],
         T("imitates offsite_trade: a warning against private payment")),
        ("想做灭蚊灯代理的前方右转，加盟费三万，每月保底回款五千。", [INV]),
        ("灯罩上刻着钟馗像，开着它不光灭蚊，还能闭邪镇宅。", [SUP],
         H("灯罩上刻着钟馗像，开着它不光灭蚊，还能辟邪镇宅。")),
        ("灯罩上的钟馗只是图案，不能闭邪，也不能镇宅，请勿当真。", [],
         T("imitates superstition: 辟邪 (misheard) and 镇宅 are denied",
           said="灯罩上的钟馗只是图案，不能辟邪，也不能镇宅，请勿当真。")),
        ("它是唯一能预防乙脑的灭蚊灯，有小孩的家庭必备。", [ABS, MED]),
    ]),
    # ------------------------------------------------------------------ x10
    dict(id="x10_hanfu", product="汉服", kind="clothing",
         style="宫廷剧太监宣旨腔", lines=[
        ("奉天承运，皇帝诏曰：此件马面裙乃尚衣局压箱之宝，普天之下绣工无出其右者，钦此。", [ABS]),
        ("第一道旨意是量尺寸，最后一道旨意是选颜色，小主们按顺序来。", [],
         T("imitates absolute_claim: 第一道 / 最后一道 are order words")),
        ("这织金的工艺举世无霜，小主穿上艳压六宫。", [ABS],
         H("这织金的工艺举世无双，小主穿上艳压六宫。")),
        ("面料里织进了远红外纤维，宫寒痛经的小主穿上一个月，月事就调顺了。", [MED]),
        ("里衣是艾草染的，穿着能治关节疼、老风湿，太医院都开不出这方子。", [MED]),
        ("有位小主穿了半年，多年的师眠都好了，夜夜安寝。", [MED],
         H("有位小主穿了半年，多年的失眠都好了，夜夜安寝。")),
        ("这衣服再好也只是件衣服，身子不适还得请太医，也就是去医院。", [],
         T("imitates medical_claim: a no-effect statement with a referral")),
        ("真丝的马面裙最好手洗，水温别超过三十度，晾在阴凉处。", [],
         T("imitates absolute_claim: 最好 is a care instruction")),
        ("这件凤穿牡丹的褙子，大婚穿上旺夫旺子，保你夫家步步高升。", [SUP]),
        ("属龙的小主明年犯太碎，穿上这身红裙就化解了。", [SUP],
         H("属龙的小主明年犯太岁，穿上这身红裙就化解了。")),
        ("宫里的嬷嬷说了，绣着仙鹤的衣裳开过光，穿着出门能挡小人。", [SUP]),
        ("凤穿牡丹是传统纹样，寓意吉祥而已，奴才可不敢说穿了就能改命。", [],
         T("imitates superstition: a traditional pattern with an explicit denial of effect")),
        ("内务府记账：去年尚衣局做出去九万三千套，七成小主又来定了第二套。", [SAL]),
        ("这一批限量一百套，如今只剩最后二十八套，翻牌子要快。", [SAL]),
        ("页面上的买家评价是平台展示的，奴才一条都没动过。", [],
         T("imitates sales_data_claim: platform-shown buyer reviews")),
        ("宫外汉服实体店里，同款马面裙挂牌一千二百八。", [PRI], N(SPLIT)),
        ("今日万岁爷开恩，直播间只要三百九十八，还不谢主隆恩。", [PRI], N(SPLIT)),
        ("这是限时的恩典，一退朝就回到一千二百八，奴才说了不算。", [PRI]),
        ("这三百九十八是全网最低的了，比这还低的，奴才提头来见。", [ABS, PRI]),
        ("三百九十八一套，含马面裙和上衣两件，折合一件一百九十九。", [],
         T("imitates price_claim: plain price with per-piece arithmetic")),
        ("尺码最小是XS，最大到三个X，腰围最多还能放宽四寸。", [],
         T("imitates absolute_claim: 最小 / 最大 / 最多 are the garment's size range")),
        ("某某汉服社卖的都是影楼装，化纤的料子，穿上跟戏服似的，一股塑料味。", [DIS]),
        ("隔壁那家汉服全是道版，抄了我们的纹样还偷工减料。", [DIS],
         H("隔壁那家汉服全是盗版，抄了我们的纹样还偷工减料。")),
        ("某某汉服社的形制偏明制，我们偏宋制，风格不同，没有高下。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想定制的小主，私信奴才留下尺寸，咱们绕开平台，价钱好商量。", [OFF]),
        ("进宫请走偏门：屏幕左下角那个二维码，扫了就进尚衣局VIP群。", [OFF]),
        ("这件织金马面收在箱底，三年以后翻两番，比存钱庄划算。", [INV]),
        ("汉服收藏年年看涨，买十套等于置了间铺面，稳站不赔。", [INV],
         H("汉服收藏年年看涨，买十套等于置了间铺面，稳赚不赔。")),
        ("有小主问能不能当收藏升值，奴才直说：衣服是穿的，不保证以后值多少钱。", [],
         T("imitates investment_claim: a collecting disclaimer, no value promised")),
        ("跟咱们去年那一版比，今年的刺绣针脚更密了。", [],
         T("imitates absolute_claim: self-comparison with the maker's own older version")),
    ]),
    # ------------------------------------------------------------------ x11
    dict(id="x11_degreecourse", product="专升本学历提升班", kind="education service",
         style="监考老师腔", lines=[
        ("请各位考生注意，我们班去年的一次通过率是百分之九十八点六，这个数写在答题卡上都不怕。", [SAL]),
        ("请考生注意，第一科考大学语文，最后一科考高等数学，中间休息二十分钟。", [],
         T("imitates absolute_claim: 第一科 / 最后一科 are the exam order")),
        ("全省学历提升机构里，我们的师资排第一，这道题不用作答。", [ABS]),
        ("押题准确率全国弟一，考前三天发的卷子，原题能撞上七成。", [ABS, SAL],
         H("押题准确率全国第一，考前三天发的卷子，原题能撞上七成。")),
        ("答题卡最好用2B铅笔填涂，涂满涂黑，别用圆珠笔。", [],
         T("imitates absolute_claim: 最好 is an instruction")),
        ("累计已经有四万两千名考生从我们这儿上岸，评论区全是感谢信。", [SAL]),
        ("拿到本科证以后，我们包分配进国企，月薪保底八千，写进协议。", [INV]),
        ("学费1万2，拿证后涨薪，一年就回笨，这笔投资稳赚。", [INV],
         H("学费1万2，拿证后涨薪，一年就回本，这笔投资稳赚。")),
        ("有考生问拿证以后能不能涨工资，老师如实说：我们不承诺任何就业和收入。", [],
         T("imitates investment_claim: an explicit no-income-promise statement")),
        ("推荐一个同事来报名返你两千，推荐五个学费全免，还能倒赚。", [INV]),
        ("花在学历上的钱，是这辈子最稳的投资，只赚不亏。", [ABS, INV]),
        ("直播间显示的报名人数是平台统计的，老师这里不另外报数。", [],
         T("imitates sales_data_claim: platform-shown sign-up counter")),
        ("线下报名点的价目表上，全程班标的是2万6千8。", [PRI], N(SPLIT)),
        ("今天直播间报名，同样的全程班，九千八百元。", [PRI], N(SPLIT)),
        ("距离本场考试结束还有十五分钟，收卷铃一响，价格恢复两万六千八。", [PRI]),
        ("单科冲刺班现在报名立剪一千，原来两千六，到手一千六。", [PRI],
         H("单科冲刺班现在报名立减一千，原来两千六，到手一千六。")),
        ("九千八百元包含两年课时，一共两百四十节课，一节合四十块出头。", [],
         T("imitates price_claim: plain price with per-lesson arithmetic")),
        ("老师最大的愿望就是你们每个人都能考好，但成绩要靠自己。", [],
         T("imitates absolute_claim: 最大的愿望 is the teacher's aspiration")),
        ("某某教育那个专升本班，老师都是在读研究生兼职的，交了钱就找不到人。", [DIS]),
        ("外面那些函授班都是害人的，证书学信网上压根查不到。", [DIS]),
        ("某某教育是小班直播课，我们是录播加答疑，上课方式不同，各有长处。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("请考生打开手机，加我们招生老师的微信，把考号发过去，内部名额私下留。", [OFF]),
        ("到校区交现金，比直播间再便宜一千，收据照开。", [OFF, PRI]),
        ("考场纪律第一条：学费只在平台支付，任何人私下找你收钱都是诈骗。", [],
         T("imitates offsite_trade: a warning against private payment")),
        ("本期只剩最后十七个座位，坐满就关考场。", [SAL]),
        ("开课前请大家跟着我拜一拜文曲星，拜过的考生逢考必过。", [SUP]),
        ("报名送一支开关的状元笔，考场上握着它下笔如有神。", [SUP],
         H("报名送一支开光的状元笔，考场上握着它下笔如有神。")),
        ("拜文曲星只是图个心理安慰，考试还得靠复习，这个老师得说实话。", [],
         T("imitates superstition: a custom with an explicit denial of effect")),
        ("我们的通过率连续六年拿全市官军。", [ABS, SAL],
         H("我们的通过率连续六年拿全市冠军。")),
        ("距离交卷还有罪后五分钟，请检查考号和座位号。", [],
         T("imitates absolute_claim: 最后 (misheard) is a time word",
           said="距离交卷还有最后五分钟，请检查考号和座位号。")),
    ]),
    # ------------------------------------------------------------------ x12
    dict(id="x12_olivecarving", product="橄榄核雕", kind="collectible",
         style="麻将牌友腔", lines=[
        ("各位牌友，这串十八罗汉核雕就是一手清一色，放三年翻五倍，闭着眼睛都能胡。", [INV]),
        ("牌友们听好：收藏有风险，核雕的价格有涨有跌，我不承诺任何升值。", [],
         T("imitates investment_claim: a collecting risk disclaimer")),
        ("收藏这东西只升不降，比存银行利息高十倍，保苯还稳赚。", [INV],
         H("收藏这东西只升不降，比存银行利息高十倍，保本还稳赚。")),
        ("大师过世以后作品只会更贵，现在买就是杠上开花，明年拍卖行起拍三万。", [INV]),
        ("入股我们的核雕工作室，每年分洪百分之二十，年底准时到账。", [INV],
         H("入股我们的核雕工作室，每年分红百分之二十，年底准时到账。")),
        ("我从来不说它能生值，喜欢就买，当个玩意儿盘着。", [],
         T("imitates investment_claim: 升值 (misheard) is explicitly not promised",
           said="我从来不说它能升值，喜欢就买，当个玩意儿盘着。")),
        ("在所有文玩里，核雕是升值最快的，连黄金都追不上它。", [ABS, INV]),
        ("1万2千8拿下，转手就能卖3万6，我亲眼看着牌友赚的。", [INV]),
        ("第一圈看雕工，第二圈看包浆，最后一圈再谈价钱。", [],
         T("imitates absolute_claim: 第一圈 / 最后一圈 are order words")),
        ("这串核雕请五台山的师父开过光，戴着打牌手气旺，把把自摸。", [SUP]),
        ("罗汉能镇窄辟邪，家里挂一串，小人近不了身。", [SUP],
         H("罗汉能镇宅辟邪，家里挂一串，小人近不了身。")),
        ("罗汉是雕刻题材，图个好看，我可不说它能保佑谁赢牌。", [],
         T("imitates superstition: 保佑 is explicitly not claimed")),
        ("天天盘它，手指头活动开了，老年痴呆都能预防，血压也降下来。", [MED]),
        ("这是核雕界的十三幺，全国找不出第二个雕工能刻这么细。", [ABS]),
        ("大师封刀前的最后一件作品，全世界仅此一串，错过就再也没有。", [ABS]),
        ("这串最大的珠子十六毫米，最小的十二毫米，一共十八颗。", [],
         T("imitates absolute_claim: 最大 / 最小 are the item's own bead sizes")),
        ("上个月三缺一的工夫，我就卖出去三百二十串，老牌友回头的占一半。", [SAL]),
        ("今天庄家只放出最后九串，卖完就收摊，不连庄。", [SAL]),
        ("已售件数平台上自己有显示，我不替它吆喝。", [],
         T("imitates sales_data_claim: refers to the platform-shown counter only")),
        ("今天这串，我直接报价：两千八百八。", [PRI], N(SPLIT)),
        ("苏州文玩城的店里，同一位大师的同款，标价九千六。", [PRI], N(SPLIT)),
        ("这一圈牌打完，价格就回到九千六，海底捞月也捞不着了。", [PRI]),
        ("两千八百八十元，十八颗罗汉，一颗合一百六。", [],
         T("imitates price_claim: plain price with per-bead arithmetic")),
        ("网上几百块的核雕都是机器刻的，还拿树脂冒冲橄榄核，骗你没商量。", [DIS],
         H("网上几百块的核雕都是机器刻的，还拿树脂冒充橄榄核，骗你没商量。")),
        ("某某文玩店的核雕师傅，手艺就是学徒水平，卖的全是残次品。", [DIS]),
        ("某某文玩店主打机雕，便宜；我们是手雕，贵一些，看各人预算。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想看更多大师作品的，加我的企鹅群，群号四四七，三八九，零六二。", [OFF]),
        ("贵的那几串咱们县下交易，一手交钱一手交货。", [OFF],
         H("贵的那几串咱们线下交易，一手交钱一手交货。")),
        ("牌友们记住，只在小黄车拍，有人冒充我让你私下打钱，千万别信。", [],
         T("imitates offsite_trade: a warning against private payment")),
        ("我这辈子最大的念想，就是把师父的手艺传下去。", [],
         T("imitates absolute_claim: 最大的念想 is the seller's aspiration")),
    ]),
    # ------------------------------------------------------------------ x13
    dict(id="x13_rubikscube", product="魔方", kind="toy",
         style="航天发射指挥腔", lines=[
        ("各号注意，这款魔方每天转半小时，孩子的多动症三个月就能控制住，不用再吃药。", [MED]),
        ("各号注意：第一步先还原底层十字，最后一步调整顶层角块。", [],
         T("imitates absolute_claim: 第一步 / 最后一步 are solving steps")),
        ("老人家玩它可以预防老年吃呆，大脑年轻十岁。", [MED],
         H("老人家玩它可以预防老年痴呆，大脑年轻十岁。")),
        ("自闭症的孩子玩了它，都开口说话了，这是测控中心收到的真实反馈。", [MED]),
        ("魔方就是个玩具，治不了多动，也治不了近视，孩子有问题请看医生。", [],
         T("imitates medical_claim: no-cure statement with a referral")),
        ("点火！全球转得最顺滑的就是这一颗，别的魔方都得给它让道。", [ABS]),
        ("它是国际大赛维一指定用方，遥测信号正常。", [ABS],
         H("它是国际大赛唯一指定用方，遥测信号正常。")),
        ("这颗三阶魔方最大的边长五十六毫米，最小的迷你款三十毫米。", [],
         T("imitates absolute_claim: 最大 / 最小 are the product's own sizes")),
        ("本届市里魔方赛的第一名是我们直播间的一个小观众，这是比赛成绩公告上写的。", [],
         T("imitates absolute_claim: 第一名 is a provable, time- and place-bound result")),
        ("魔方类目销量连续四十个月排第一，各号注意。", [ABS, SAL]),
        ("入轨以后统计，全国已经有一百二十万个孩子在转它，福购率七成。", [SAL],
         H("入轨以后统计，全国已经有一百二十万个孩子在转它，复购率七成。")),
        ("本次发射窗口只剩最后二百五十颗，窗口一关，下一批要等三个月。", [SAL]),
        ("遥测屏上的近期成交件数是平台给的，指挥大厅不加料。", [],
         T("imitates sales_data_claim: platform-shown recent-sales counter")),
        ("文具店柜台上这颗魔方，标价一百六十八。", [PRI], N(SPLIT)),
        ("今天发射价，三十九元，一级分离，直接拍。", [PRI], N(SPLIT)),
        ("倒计时结束就恢复一百六十八，船箭分离以后不再开放这个价。", [PRI]),
        ("原价一百二十九的竞速款，现在四十九，比打四折还便宜。", [PRI]),
        ("三十九元一颗，送一个底座和一瓶润滑油，页面价就是到手价。", [],
         T("imitates price_claim: plain price with the bundle itemised")),
        ("刚拿到手最好先转五十圈磨合，再上润滑油。", [],
         T("imitates absolute_claim: 最好 is a usage tip")),
        ("某某玩具的魔方卡顿还爆角，塑料一股刺鼻味，甲醛超标。", [DIS]),
        ("地摊上那种五块钱的魔方就是吭人的，转两圈就散架。", [DIS],
         H("地摊上那种五块钱的魔方就是坑人的，转两圈就散架。")),
        ("某某玩具的魔方手感偏松，我们偏紧，速拧选手各有习惯。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想进魔方训练营的，加教练微信，号码我念一遍：幺八六，七七零三，二五九八。", [OFF]),
        ("比赛报名不在直播间，私聊指挥大厅，线下交报名费。", [OFF]),
        ("孩子练到省赛前三，奖金加代言，一年回本十倍，这是最划算的投资。", [ABS, INV]),
        ("加盟魔方培训机构，总部宝底每月给你三万流水。", [INV],
         H("加盟魔方培训机构，总部保底每月给你三万流水。")),
        ("比赛奖金可遇不可求，家长别把练魔方当投资，我们不承诺任何回报。", [],
         T("imitates investment_claim: an explicit no-return disclaimer")),
        ("考试前转三圈魔方，开运加持，状元命格，逢考必中。", [SUP]),
        ("它能把孩子智商提高二十分，还能治近视，眼睛跟着转来转去，等于做眼保健操。", [MED]),
        ("和我们上一代比，新款的磁力定位更准，还原更省力。", [],
         T("imitates absolute_claim: self-comparison with the brand's previous model")),
    ]),
    # ------------------------------------------------------------------ x14
    dict(id="x14_ebonychopsticks", product="乌木筷子", kind="home goods (tableware)",
         style="广场舞领队大妈腔", lines=[
        ("姐妹们，用乌木筷子吃饭，胃炎胃溃疡都能慢慢养好，我家老头子就是这么好的。", [MED]),
        ("姐妹们队形排好，第一排领舞，最后一排压阵，先跳热身操。", [],
         T("imitates absolute_claim: 第一排 / 最后一排 are positions")),
        ("乌木能吸走饭菜里的毒素，家里有高雪压的，用它吃菜血压往下走。", [MED],
         H("乌木能吸走饭菜里的毒素，家里有高血压的，用它吃菜血压往下走。")),
        ("用它夹菜能防幽门螺杆菌传染，全家再也不用分餐吃药。", [MED]),
        ("筷子就是吃饭用的，治不了胃病，有病还得上医院看。", [],
         T("imitates medical_claim: no-cure statement with a referral")),
        ("这是全中国最正宗的乌木，几千年的阴沉木，再往下挖也找不着更老的。", [ABS]),
        ("八个八拍跳完告诉你们，它是我用过最家的筷子，谁家也比不上。", [ABS],
         H("八个八拍跳完告诉你们，它是我用过最佳的筷子，谁家也比不上。")),
        ("新筷子最好先用淘米水泡一宿，以后别放洗碗机里高温烘。", [],
         T("imitates absolute_claim: 最好 is a care tip")),
        ("筷子最长二十七厘米，最短的儿童款十八厘米，都是一个料。", [],
         T("imitates absolute_claim: 最长 / 最短 are the product's own lengths")),
        ("咱们小区舞蹈队人手一套，全国已经卖了二十六万双，老姐妹回购的最多。", [SAL]),
        ("今天就剩最后一百五十套，跳完这一曲就麦爆了。", [SAL],
         H("今天就剩最后一百五十套，跳完这一曲就卖爆了。")),
        ("直播间下面那个已拍件数是平台跳的，我可没法改。", [],
         T("imitates sales_data_claim: platform-shown counter")),
        ("商场里的红木筷子专柜，同样十双装卖五百八十。", [PRI], N(SPLIT)),
        ("咱们舞蹈队团购价，十双才八十八，姐妹们跟上节奏。", [PRI], N(SPLIT)),
        ("跳到九点音响一关，价钱就回到五百八十，别说我没喊。", [PRI]),
        ("八十八是全网最低，比批发市场还便宜。", [ABS, PRI]),
        ("八十八元十双，一双合八块八，页面没有标原价。", [],
         T("imitates price_claim: plain price with per-pair arithmetic, no 原价")),
        ("超市卖的那种竹筷子，一沾水就长黄曲霉，天天用等于天天吃致癌物。", [DIS]),
        ("某某家居的乌木筷子是拿杂木刷黑漆冒充的，有独！", [DIS],
         H("某某家居的乌木筷子是拿杂木刷黑漆冒充的，有毒！")),
        ("某某家居卖的是鸡翅木筷子，纹理粗一些，咱们乌木颜色更黑，各有各的好看。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("要队服和筷子一起定的，到小区广场找我，现金交给我就行，不用在网上拍。", [OFF]),
        ("舞蹈队的老姐妹加我们分丝群，群里天天有秒杀。", [OFF],
         H("舞蹈队的老姐妹加我们粉丝群，群里天天有秒杀。")),
        ("姐妹们，有人冒充我在群里让大家私下转账，千万别上当，只在直播间拍。", [],
         T("imitates offsite_trade: 私下转账 only in a warning")),
        ("乌木是镇宅之宝，筷子成双摆在桌上，一家人和和美美、财源滚滚。", [SUP]),
        ("乌木能挡煞辟邪，门口挂一双筷子，晦气进不了门。", [SUP]),
        ("筷子成双是吃饭的规矩，老辈讲究图个吉利，我可不敢说它能旺家。", [],
         T("imitates superstition: a custom with an explicit denial of effect")),
        ("乌木越放越值钱，这套筷子比买金子还保值，十年翻十倍。", [INV]),
        ("来做咱们筷子的社区团长，每月保底分成三千，拿不到我补给你。", [INV]),
        ("这是目前唯一能杀死筷子上细菌的天然材料，比消毒柜还管用，一辈子不得肠胃病。", [ABS, MED]),
        ("咱舞蹈队最大的心愿，就是明年去市里比赛拿个名次。", [],
         T("imitates absolute_claim: 最大的心愿 is an aspiration")),
    ]),
    # ------------------------------------------------------------------ x15
    dict(id="x15_luckycat", product="招财猫摆件", kind="folk object",
         style="象棋摆摊腔", lines=[
        ("将军！这只招财猫往收银台一摆，生意想不红火都难，钱是挡不住地往里进。", [SUP]),
        ("招财猫就是个讨口彩的摆件，买卖兴不兴旺，还得看您自个儿经营。", [],
         T("imitates superstition: a folk ornament with an explicit denial of effect")),
        ("它左手招财右手拿财，方位摆对了，一年之内必发。", [SUP],
         H("它左手招财右手纳财，方位摆对了，一年之内必发。")),
        ("猫肚子里装了五帝钱和朱砂，请庙里开过光，专门化解破财的风水。", [SUP]),
        ("摆在大门口能当灾挡煞，一家老小出入平安。", [SUP],
         H("摆在大门口能挡灾挡煞，一家老小出入平安。")),
        ("将军之前先走车，最后一步再跳马，这盘残局就解了。", [],
         T("imitates absolute_claim: 最后一步 is a move order")),
        ("老人床头放一只，病气招走福气招来，住院的都能早出院。", [SUP, MED]),
        ("这猫是柴神爷座下的，拜一拜保你升官发财。", [SUP],
         H("这猫是财神爷座下的，拜一拜保你升官发财。")),
        ("这一排招财猫，最大的高二十八厘米，最小的八厘米，摆收银台正好。", [],
         T("imitates absolute_claim: 最大 / 最小 are the product's own sizes")),
        ("开店的把它请回去，我保你三个月回本，赔了我把猫钱退你双倍。", [INV]),
        ("这一版是限量的铜胎招财猫，今年买，明年价钱翻一倍，比炒股稳当。", [INV]),
        ("别把它当投资买，陶瓷摆件不保值，明年值多少钱我可不敢打包票。", [],
         T("imitates investment_claim: an explicit no-value-guarantee disclaimer")),
        ("全国卖招财猫的摊子我都下过棋，做工没有一家比得过我这只。", [ABS]),
        ("这是正宗的常滑烧，整个亚洲紧此一家窑口能做，别处都是仿的。", [ABS, DIS],
         H("这是正宗的常滑烧，整个亚洲仅此一家窑口能做，别处都是仿的。")),
        ("有人问摆它能不能治失眠，我实话实说：不能，睡不好去医院看睡眠门诊。", [],
         T("imitates medical_claim: no-cure statement with a referral")),
        ("摆摊十二年，卖出去的招财猫有十一万只，街口的店十家有八家是回头客。", [SAL]),
        ("今天就带了最后三十只，下完这盘棋就收摊。", [SAL]),
        ("今天来看棋的有两千多人，这是直播间右上角显示的，我不添也不减。", [],
         T("imitates sales_data_claim: platform-shown online counter")),
        ("这只铜胎的，摊上今天只要一百六十八。", [PRI], N(SPLIT)),
        ("同样一只，景区纪念品店里挂着六百六十六的牌子。", [PRI], N(SPLIT)),
        ("红先黑后，等这盘残局下完，价格就涨回六百六十六，悔棋都没用。", [PRI]),
        ("一百六十八元一只，两只三百二，一只省八块，价签就这一张。", [],
         T("imitates price_claim: plain price with a stated multi-buy arithmetic")),
        ("嫌贵的加我微信，私下转账给你打七折，别在网上拍。", [OFF, PRI]),
        ("想批发的记下我的电话：幺三六，八八五零，二零七幺，摊子上见。", [OFF]),
        ("观棋不语，买猫只走小黄车，谁让你扫私人码转账，那都是骗子。", [],
         T("imitates offsite_trade: a warning against private payment codes")),
        ("景区那些招财猫都是石膏刷金粉，掉色掉渣，摆家里就是破财。", [DIS, SUP]),
        ("网上那些九块九的招财猫全是片局，拿回收料烧的，还含铅。", [DIS],
         H("网上那些九块九的招财猫全是骗局，拿回收料烧的，还含铅。")),
        ("某某工艺的招财猫是树脂的，轻；我们是陶瓷的，沉，看您摆在哪儿。", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("猫眼睛里嵌了磁石，摆在卧室能降血压、治失眠，比吃安眠药强。", [MED]),
        ("跟我们家去年那批比，今年的金漆厚了一层，不容易掉。", [],
         T("imitates absolute_claim: self-comparison with the seller's own older batch")),
    ]),
]


def line_fields(entry):
    text, labels = entry[0], list(entry[1])
    extra = entry[2] if len(entry) == 3 else {}
    return text, labels, extra


def validate():
    errors = []
    if len(SESSIONS) != 15:
        errors.append(f"expected 15 sessions, got {len(SESSIONS)}")
    for i, s in enumerate(SESSIONS, 1):
        sid = s["id"]
        if not sid.startswith(f"x{i:02d}_"):
            errors.append(f"{sid}: id out of order (expected x{i:02d}_...)")
        lines = s["lines"]
        if len(lines) != UTTS:
            errors.append(f"{sid}: {len(lines)} lines, expected {UTTS}")
        viol = traps = 0
        noted = []
        for j, entry in enumerate(lines):
            where = f"{sid} line {j + 1}"
            if len(entry) not in (2, 3):
                errors.append(f"{where}: malformed entry")
                continue
            text, labels, extra = line_fields(entry)
            if not text.strip():
                errors.append(f"{where}: empty text")
            for lab in labels:
                if lab not in CATEGORIES:
                    errors.append(f"{where}: unknown label {lab}")
            if len(set(labels)) != len(labels):
                errors.append(f"{where}: duplicate label")
            unknown = set(extra) - {"trap", "note", "said"}
            if unknown:
                errors.append(f"{where}: unknown keys {unknown}")
            if "said" in extra:
                said = extra["said"]
                if not said or not said.strip():
                    errors.append(f"{where}: empty said")
                if said == text:
                    errors.append(f"{where}: said equals text")
            if extra.get("trap"):
                traps += 1
                if labels:
                    errors.append(f"{where}: trap with labels")
                note = extra.get("note", "")
                parts = note.split()
                if len(parts) < 2 or parts[0] != "imitates" or parts[1].rstrip(":") not in CATEGORIES:
                    errors.append(f"{where}: trap note must start 'imitates <category>'")
            else:
                if not labels:
                    errors.append(f"{where}: neither violating nor trap")
                viol += 1
                if "note" in extra:
                    if extra["note"] != SPLIT or PRI not in labels:
                        errors.append(f"{where}: note on a violating line that is not a split price half")
                    noted.append(j)
        # split price halves come in adjacent pairs
        k = 0
        while k < len(noted):
            if k + 1 >= len(noted) or noted[k + 1] != noted[k] + 1:
                errors.append(f"{sid}: split price note on line {noted[k] + 1} has no adjacent partner")
                k += 1
            else:
                k += 2
        if viol != VIOL or traps != TRAPS:
            errors.append(f"{sid}: {viol} violating / {traps} traps, expected {VIOL}/{TRAPS}")

    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        errors.append("duplicate session id")
    products = [s["product"] for s in SESSIONS]
    if len(set(products)) != len(products):
        errors.append("duplicate product type")
    seen = {}
    for s in SESSIONS:
        for entry in s["lines"]:
            text, _, extra = line_fields(entry)
            keys = [text] + ([extra["said"]] if "said" in extra else [])
            for key in keys:
                if key in seen:
                    errors.append(f"duplicate line {key!r} in {s['id']} and {seen[key]}")
                seen[key] = s["id"]
    per_cat = {c: 0 for c in CATEGORIES}
    for s in SESSIONS:
        for entry in s["lines"]:
            for lab in entry[1]:
                per_cat[lab] += 1
    for c, n in per_cat.items():
        if n < MIN_PER_CAT:
            errors.append(f"category {c} on {n} lines, needs >= {MIN_PER_CAT}")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)


def build_session(s):
    utts = []
    t = 1.0
    for entry in s["lines"]:
        text, labels, extra = line_fields(entry)
        dur = max(1.5, 0.22 * len(text))
        start, end = round(t, 2), round(t + dur, 2)
        u = {"start": start, "end": end, "text": text, "labels": labels, "ignore": False,
             "trap": bool(extra.get("trap", False))}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    duration = round(utts[-1]["end"] + 1.0, 2)
    return {"id": s["id"], "duration": duration, "format": "text", "product": s["product"],
            "utterances": utts}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    validate()
    products = [s["product"] for s in SESSIONS]
    per_cat = {c: 0 for c in CATEGORIES}
    tot = dict(violating=0, two_labels=0, trap=0, grey=0, neutral=0, heard_violating=0,
               heard_trap=0, heard_other=0, utterances=0)
    print(f"{'session':<22} {'product':<10}\t{'viol':>4} {'trap':>4} {'heard':>5} "
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
        print(f"{s['id']:<22} {s['product']:<10}\t{viol:4} {trap:4} {heard:5} "
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
