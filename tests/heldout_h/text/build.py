#!/usr/bin/env python3
"""Held-out evaluation set H for liveaudit (text-only transcripts).

Eighth set, written 2026-12-06 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_g/text/README.md and tests/heldout_g/text/build.py were
the only references (structure and validation code; none of heldout_g's lines were used).

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
    # ---------------------------------------------------------------- 台湾腔
    dict(id="h01_toneupcream", product="素颜霜", lines=[
        ("欸各位姐妹，这支素颜霜擦上去一个礼拜，黑黑的底子真的会白回来哦，是从里面白出来的那种啦。", [COS]),
        ("先说第一步哦，洗完脸先上保湿，再擦素颜霜，酱子才不会卡粉啦。", [],
         T("absolute_claim imitation: 第一步 only gives the order of steps")),
        ("脸上那些晒斑啊、雀斑啊，擦满一罐就淡到看不到了，超扯的齁。", [COS]),
        ("它本身就有防晒，出门不用再擦别的，紫外线完全晒不进去啦。", [COS]),
        ("豆豆肌也可以擦，它会帮你把豆豆压下去，不会再冒了。", [COS],
         H("痘痘肌也可以擦，它会帮你把痘痘压下去，不会再冒了。")),
        ("它是靠粉体遮盖让肤色看起来均匀，卸妆洗掉就没了，不是美白产品哦。", [],
         T("cosmetic_claim imitation: physical cover only, whitening explicitly denied")),
        ("整个台湾、整个大陆我找遍了，没有一支素颜霜比它更服贴的啦。", [ABS]),
        ("它就是素颜霜里面的天花板，没得比。", [ABS]),
        ("防晒我们没有做特证，所以不讲防晒，出门还是要另外擦防晒霜啦。", [],
         T("cosmetic_claim imitation: says it has no sunscreen registration and makes no sunscreen claim")),
        ("专柜一支要卖六百八，", [PRI], N(SPLIT)),
        ("今天直播间两支才三百九十九，等于一支不到两百啦。", [PRI], N(SPLIT)),
        ("上个月卖出去八万多支，回购的姐妹占了快一半欸。", [SAL]),
        ("它的成分表第一位是水，第二位是甘油，这个你们自己翻过来看。", [],
         T("absolute_claim imitation: 第一位 is the position in the ingredient list")),
        ("评价区你们去看，好评百分之九十九点八，差评几乎没有啦。", [SAL]),
        ("某某兰那个素颜霜擦了会闷痘，成分也很廉价，真的不要再花那个冤枉钱了啦。", [DIS]),
        ("一支三十毫升，价格一百九十九，小黄车直接拍就可以。", [],
         T("price_claim imitation: a plain price with no reference price, platform checkout")),
        ("外面那种几十块的素颜霜都是铅汞超标的三无货，擦了脸会烂掉哦。", [DIS]),
        ("敏感肌擦也没关系，它有抗敏的成分，擦了泛红就退掉了。", [COS]),
        ("有姐妹问能不能加LINE买，不行哦，只在直播间下单，售后找平台客服。", [],
         T("offsite_trade imitation: refuses the off-platform channel, platform only")),
        ("之前有个妹妹脸上湿疹一直好不了，擦了我们这个两个礼拜就好了齁。", [MED]),
        ("脸上有发炎、长湿疹的，先去看皮肤科，素颜霜不能治这个哦。", [],
         T("medical_claim imitation: denial of any treatment effect, sends to a doctor")),
        ("想要更便宜的，思讯我，我把赖给你，私下转账再算你便宜一百。", [OFF, PRI],
         H("想要更便宜的，私讯我，我把LINE给你，私下转账再算你便宜一百。")),
        ("最好是擦完等一分钟再上粉底，比较不会搓泥。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("今天这个价格是限时的，十二点一过就恢复原价，不要到时候来哭哦。", [PRI]),
        ("擦上去马上就白三个色号，而且洗完脸还是白的，不是假白啦。", [COS]),
        ("跟我们家去年那一款比，今年这款质地更水一点，推得更开。", [],
         T("absolute_claim imitation: comparison with the brand's own previous model")),
        ("素颜霜里面卖最好的就是它，没有之一。", [ABS, SAL]),
        ("某某兰那支是四十毫升，我们是三十毫升，容量她们比较多，大家自己看需求。", [],
         T("disparagement imitation: neutral factual size comparison that favours the rival")),
        ("用了它，脸上的班点全部去光光。", [COS], H("用了它，脸上的斑点全部去光光。")),
        ("来，助理把灯光调亮一点，我给你们看一下上脸的样子。", []),
    ]),
    # ---------------------------------------------------------------- 东北
    dict(id="h02_hairmask", product="发膜", lines=[
        ("老铁们瞅瞅，这发膜整上十分钟，掉头发嘎嘎就止住了，一梳子下去一根都不带掉的。", [COS]),
        ("咱先说用法，第一步洗头，第二步挤干水，最后一步抹发膜捂十分钟。", [],
         T("absolute_claim imitation: 第一步 / 最后一步 are order words")),
        ("头顶那块稀的，用上俩月，新头发贼拉往外冒，跟韭菜似的。", [COS]),
        ("它还能一军止痒，头皮屑整没了。", [COS], H("它还能抑菌止痒，头皮屑整没了。")),
        ("斑秃的老铁也别愁，抹上它那一块一块秃的地方都能长全乎了。", [MED, COS]),
        ("发膜就管头发顺滑、不毛躁，掉头发厉害的得去医院查查，它治不了。", [],
         T("medical_claim / cosmetic_claim imitation: ordinary hair-care effect, hair loss explicitly not treated")),
        ("脂溢性皮炎那种头皮油、红、起皮的，用它洗上半个月就好利索了。", [MED]),
        ("整个东北三省你扒拉扒拉，找不着第二款比它还好使的发膜。", [ABS]),
        ("最好是抹在发梢，别往头皮上糊，头皮油的更别抹。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("这玩意儿是发膜界的大哥大，头一份儿。", [ABS]),
        ("超市里那种十几块的发膜，都是硅油糊弄人的，抹完头发更埋汰，纯属智商税。", [DIS]),
        ("这款是普通化妆品备案，功效就是柔顺、保湿，别的咱不瞎说。", [],
         T("cosmetic_claim imitation: only ordinary cosmetic efficacy (柔顺, 保湿) under a filing")),
        ("隔壁那个大主播卖的发膜，我跟你们唠实话，都是小作坊灌的，没有批文。", [DIS]),
        ("线下理发店做一次头皮护理得三百八十八，", [PRI], N(SPLIT)),
        ("咱这一罐能整二十次，才卖九十九，你自己算算划不划算。", [PRI], N(SPLIT)),
        ("一罐五百克，九十九块钱，小黄车一号链接就是它。", [],
         T("price_claim imitation: a plain price with no reference price")),
        ("今儿个这价就给到晚上十点，过了十点立马涨回一百五十九。", [PRI]),
        ("这发膜上线三个月卖出去二十来万罐，评论区清一色说好使。", [SAL]),
        ("有人在评论区让你加微信买便宜的，那都是骗子，咱只认平台下单。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("店铺回头客占70%，好多老妹儿一买就是5罐。", [SAL],
         H("店铺回头客占百分之七十，好多老妹儿一买就是五罐。")),
        ("要整团购的老铁，加我微信，号就在我主页那个号上挂着。", [OFF]),
        ("跟咱家老款比，这回新款多加了一样角蛋白，更顺一点。", [],
         T("absolute_claim imitation: self-comparison with the brand's old version")),
        ("用完头发掉得比以前少一大半，无效给你全额退款，杠杠的。", [COS, MED]),
        ("房拖发这块，它敢说第二，没人敢说第一。", [COS, ABS],
         H("防脱发这块，它敢说第二，没人敢说第一。")),
        ("最近天干，头发容易起静电，抹点发膜能好点儿。", [],
         T("absolute_claim imitation: 最近 is a time word")),
        ("今天下单的老铁，买二送一，就今天这一场，明天没这活动。", [PRI]),
        ("分期的话，九十九分三期，一期三十三，没有手续费。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("头皮痘、毛囊炎，抹上三天就消炎了。", [MED, COS]),
        ("七天无理由退货，拆了没用过的都能退，运费险也给你们上了。", [],
         T("medical_claim imitation: a statutory return policy, not a 无效退款 promise")),
        ("哎呀我这头发刚吹完，有点乱，老铁们别笑话哈。", []),
    ]),
    # ---------------------------------------------------------------- 上海
    dict(id="h03_lipbalm", product="润唇膏", lines=[
        ("唇炎反反复复额小姑娘，涂伊一个礼拜，唇炎就好脱了。", [MED]),
        ("唇膏最好是出门前涂一层，吃好饭再补一层。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("伊里向有消炎成分，口角炎嘴角烂掉额地方涂上去第二天就收口。", [COS, MED]),
        ("嘴巴上长炮疹，涂伊可以一直病毒，三天就下去了。", [MED],
         H("嘴巴上长疱疹，涂伊可以抑制病毒，三天就下去了。")),
        ("伊就是滋润保湿，唇炎、疱疹这种毛病侬要去看医生，唇膏治伐了额。", [],
         T("medical_claim imitation: names diseases only to deny any treatment effect")),
        ("抑菌额哦，嘴唇上额细菌统统杀光，小囡用也放心。", [COS]),
        ("还有一个好处，唇色暗沉额，涂三个礼拜唇色粉嫩嫩，黑色素全部淡掉。", [COS]),
        ("成分表排第一位额是蜂蜡，第二位是乳木果油，侬自家看背面。", [],
         T("absolute_claim imitation: 第一位 is the position in the ingredient list")),
        ("有额小姑娘对别额唇膏过敏，伊是抗明额，过敏体质随便涂。", [COS],
         H("有额小姑娘对别额唇膏过敏，伊是抗敏额，过敏体质随便涂。")),
        ("上海滩上所有唇膏我全部试过，没有一支比伊更滋润。", [ABS]),
        ("这支就是唇膏里额爱马仕，顶配中额顶配。", [ABS]),
        ("这款是阿拉品牌今年额新色，比阿拉去年那支颜色更加正一点。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("商场专柜一支卖一百六十八，今朝阿拉直播间一支五十九。", [PRI]),
        ("划线价299侬看到伐，今朝只要99两支。", [PRI]),
        ("一支四克，五十九块钿，直接点小黄车就好。", [],
         T("price_claim imitation: a plain price with no reference price")),
        ("这个价钿只有今朝一天，明朝就恢复原价了，覅犹豫。", [PRI]),
        ("开卖到现在卖掉一百三十万支，复购率交关高，百分之六十几。", [SAL]),
        ("伊是全网唇膏卖得最好额，没有一个牌子卖得过伊。", [ABS, SAL]),
        ("伊个牌子名字叫'第一吻'，是注册商标，不是讲伊第一。", [],
         T("absolute_claim imitation: 第一 inside a registered trademark, expressly not a ranking")),
        ("某国际大牌额唇膏侬晓得伐，里向加矿物油，涂久了嘴唇越涂越干，就是智商税。", [DIS]),
        ("药店里卖额那种唇膏全是激素，涂了要依赖额。", [DIS]),
        ("阿拉不加微信、不拉群，有问题就找平台客服，聊天记录留得牢。", [],
         T("offsite_trade imitation: refuses WeChat and groups, platform customer service only")),
        ("要整箱拿额，私信阿拉，阿拉有个团购群，群里价钿更加便宜。", [OFF, PRI]),
        ("伊还有一个功效，嘴唇上小疤痕，去巴老灵额。", [COS],
         H("伊还有一个功效，嘴唇上小疤痕，祛疤老灵额。")),
        ("最后提醒一下，打开以后半年内用完，放久了会变味道。", [],
         T("absolute_claim imitation: 最后提醒 is an order word, plus a usage tip")),
        ("涂伊比去医院看唇炎配额药膏还要灵。", [MED]),
        ("某国际大牌那支是四点八克，阿拉这支四克，分量人家多一点，实话实说。", [],
         T("disparagement imitation: neutral factual weight comparison that favours the rival")),
        ("无效包退，涂一个礼拜嘴唇不好，钞票全部退给侬。", [MED]),
        ("七天无理由退，没拆封额侬随便退，拆了有质量问题也好退。", [],
         T("medical_claim imitation: a return policy, not a 无效退款 promise")),
        ("阿拉今朝直播到十点钟，后头还有两只眼影。", []),
    ]),
    # ---------------------------------------------------------------- 川渝
    dict(id="h04_bodyscrub", product="身体磨砂膏", lines=[
        ("妹儿些，这个磨砂膏搓一回，身上黑黢黢的地方硬是白一截，安逸得很。", [COS]),
        ("第一次用的妹儿，力气莫太大，轻轻打圈就要得。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("肚子上那圈肉，搓的时候它在融资，坚持一个月腰围小三公分。", [COS],
         H("肚子上那圈肉，搓的时候它在溶脂，坚持一个月腰围小三公分。")),
        ("背上长痘痘的，用它搓，痘痘和痘印一起祛掉。", [COS]),
        ("磨砂膏就是去角质、清洁，它不能美白哈，黑是天生的莫得办法。", [],
         T("cosmetic_claim imitation: ordinary efficacy (去角质, 清洁), whitening denied")),
        ("鸡皮肤晓得撒，毛周角化那种，搓两个礼拜就断根了。", [MED]),
        ("它是抗菌的，搓完身上一天都莫得细菌。", [COS]),
        ("最好一个礼拜用一到两回，天天搓皮肤遭不住。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("腿上以前摔的疤，搓它半个月疤就平了，祛疤硬是凶。", [COS]),
        ("身上的汗斑、花斑癣，用它搓几回就不见了。", [MED]),
        ("有湿疹、伤口的地方莫用，那些要去看医生。", [],
         T("medical_claim imitation: a warning, no treatment claim")),
        ("全重庆的磨砂膏我都用过，莫得哪个比它磨得更细。", [ABS]),
        ("这一罐是磨砂膏里头的扛把子，第一名。", [ABS]),
        ("最大那罐是五百克的，一家人用得久。", [],
         T("absolute_claim imitation: largest size of the own range, a specification")),
        ("外头超市卖的那种磨砂膏，颗粒是塑料渣渣，把皮都搓烂，用了要遭。", [DIS]),
        ("隔壁直播间那个妹儿卖的，全是山无产品，莫得备案。", [DIS],
         H("隔壁直播间那个妹儿卖的，全是三无产品，莫得备案。")),
        ("原来卖一百二十八，", [PRI], N(SPLIT)),
        ("今天直播间六十九块钱两罐，相当于打了两点七折。", [PRI], N(SPLIT)),
        ("小罐一百五十克的，三十五块，小黄车三号链接。", [],
         T("price_claim imitation: a plain price with no reference price")),
        ("这个价就今晚上，过了十二点就涨回去了，莫想了。", [PRI]),
        ("跟我们自家上一代比，这代颗粒磨得更圆，搓起来不刮。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("上架半个月卖了六万八千罐，后台都卖爆了。", [SAL]),
        ("好评率百分之九十九，回头客一买就是一箱。", [SAL]),
        ("有人私信喊你加微信转账的，莫信，我们只在直播间卖。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("想要便宜点的来我们解放碑的实体店，到店买比网上还少二十。", [OFF, PRI]),
        ("加我微信嘛，V信上我给你们发优惠券。", [OFF]),
        ("某某牌那个是海盐颗粒，我们这个是核桃壳粉，颗粒不一样，喜欢哪种选哪种。", [],
         T("disparagement imitation: neutral factual comparison with a rival")),
        ("皮肤过敏的用它还托敏，越搓越不敏感。", [COS], H("皮肤过敏的用它还脱敏，越搓越不敏感。")),
        ("满六十九包邮，偏远地区要补运费。", [],
         T("price_claim imitation: shipping terms, no compared price")),
        ("等哈，我喝口水，嗓子都喊哑了。", []),
    ]),
    # ---------------------------------------------------------------- 河南
    dict(id="h05_sesameballs", product="黑芝麻丸", lines=[
        ("俺跟恁说，这芝麻丸补血，贫血的人吃上俩月，血色素蹭蹭往上涨。", [MED]),
        ("恁先看配料表，第一位是黑芝麻，第二位是黑米，第三位是蜂蜜。", [],
         T("absolute_claim imitation: 第一位 is the position in the ingredient list")),
        ("便秘好几年的，一天两丸，第二天早上就通了，比吃果导片还管用。", [MED]),
        ("慎虚腰酸的男同志，吃它补慎，比吃六位地黄丸还得劲。", [MED],
         H("肾虚腰酸的男同志，吃它补肾，比吃六味地黄丸还得劲。")),
        ("俺先说清楚，这是普通食品，不是药，有病该吃药吃药，该上医院上医院。", [],
         T("medical_claim imitation: an explicit not-a-medicine disclaimer")),
        ("头发一把一把掉的，吃完这一疗程，斑秃都长出新头发来。", [MED]),
        ("高血脂、脂肪肝，吃上半年体检单子全正常了。", [MED]),
        ("最好是早上空腹吃一丸，晚上再吃一丸，别一顿吃一大把。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("睡不着觉的，临睡前吃一丸，湿眠就治好了。", [MED],
         H("睡不着觉的，临睡前吃一丸，失眠就治好了。")),
        ("整个河南你打听打听，谁家的芝麻丸也没俺家的黑芝麻含量高。", [ABS]),
        ("它也治不了白头发，就是个零嘴儿，恁别指望它。", [],
         T("medical_claim imitation: denial of any effect")),
        ("九蒸九晒，全中国就俺们一家还守着这个老工艺。", [ABS]),
        ("超市卖那种芝麻丸，一半是白糖一半是面粉，吃了就是喂糖。", [DIS]),
        ("一盒三百克，二十九块九，三十丸，一丸合一块钱。", [],
         T("price_claim imitation: plain price and per-unit arithmetic")),
        ("某某堂的芝麻丸恁们别买了，他那芝麻都是陈的，发霉的。", [DIS]),
        ("超市一盒卖六十八，", [PRI], N(SPLIT)),
        ("俺这一盒才二十九块九，还多给恁两丸。", [PRI], N(SPLIT)),
        ("跟俺家去年那一版比，今年这版糖减了一半。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("今儿是厂家让利，一年就这一回，明儿个就涨回去。", [PRI]),
        ("上个月光俺这直播间就走了十五万盒。", [SAL]),
        ("有人冒充俺家客服让恁加微信退款，那都是骗子，退款只走平台。", [],
         T("offsite_trade imitation: a warning against private channels")),
        ("99%的老顾客都回购，有的大娘一买就是20盒。", [SAL],
         H("九成九的老顾客都回购，有的大娘一买就是二十盒。")),
        ("想买整箱便宜的，加俺微信，备注芝麻丸，俺给恁发厂家价。", [OFF, PRI]),
        ("这是俺第一次在直播间卖芝麻丸，有啥不懂的恁问。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("这就是芝麻丸里的老大，没有第二家能比。", [ABS]),
        ("它是按国家标准做的，执行标准号在包装背面。", [],
         T("absolute_claim imitation: 国家 only names the product standard it follows")),
        ("吃它不伤胃，没有任何副作用，孕妇小孩都能吃。", [MED]),
        ("保质期九个月，开了封最好放冰箱。", [],
         T("absolute_claim imitation: 最好 is a storage tip")),
        ("血糖高的吃它，血糖能降下来，药都能停了。", [MED]),
        ("后头那位大哥问发啥快递，发中通，河南仓发货。", []),
    ]),
    # ---------------------------------------------------------------- 山东
    dict(id="h06_nattokinase", product="纳豆激酶", lines=[
        ("大哥大姐，这个纳豆激酶专门溶血栓，血管里那些疙瘩吃上仨月化得干干净净。", [MED]),
        ("俺先说一句，这个是食品，不是药，不能代替药物，该吃的药别停。", [],
         T("medical_claim imitation: 不能代替药物 disclaimer")),
        ("脑梗过的老人，吃上它就不会再梗第二回了。", [MED]),
        ("心耿、老梗、中疯，天天吃两粒，一辈子都沾不上。", [MED],
         H("心梗、脑梗、中风，天天吃两粒，一辈子都沾不上。")),
        ("醉好是饭后吃，空腹吃有的人胃里不得劲。", [],
         T("absolute_claim imitation: 最好 is a usage tip", said="最好是饭后吃，空腹吃有的人胃里不得劲。")),
        ("阿司匹林伤胃，它不伤胃，作用还比阿司匹林强。", [MED]),
        ("高血压吃着降压药的，换成它，降压药就能慢慢停了。", [MED]),
        ("每粒含量两万FU，最低也不少于一万八，检测报告在详情页。", [],
         T("absolute_claim imitation: 最低 states the product's own specification")),
        ("纯天然的，吃多少都没有副作用，肝肾都不伤。", [MED]),
        ("吃一个聊程没效果的，俺全额退宽。", [MED], H("吃一个疗程没效果的，俺全额退款。")),
        ("吃抗凝药的，像华法林，吃之前一定先问问医生。", [],
         T("medical_claim imitation: a safety warning, no efficacy claim")),
        ("全山东卖纳豆的，就数俺家活性最高，谁也比不了。", [ABS]),
        ("这是日本原装的顶级纳豆菌，国内找不到第二家。", [ABS]),
        ("跟俺家去年那版比，今年这版一粒的含量多了两千FU。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("药房里卖的那些纳豆，都是淀粉压的片，一点活性都没有。", [DIS]),
        ("某某康那家恁嘎么也别买，他家的去年就被查出来造假。", [DIS]),
        ("药店一瓶要四百九十八，", [PRI], N(SPLIT)),
        ("俺直播间一瓶一百九十八，还送半瓶。", [PRI], N(SPLIT)),
        ("一瓶六十粒，一百九十八块，一天两粒吃一个月。", [],
         T("price_claim imitation: plain price and dosage arithmetic")),
        ("夜来卖三百多，今儿个才一百九十八，就这一晚上。", [PRI]),
        ("有人加你微信说是俺家客服，那不是，俺们售后只走平台。", [],
         T("offsite_trade imitation: a warning against impostors, platform only")),
        ("这两年卖出去一百二十多万瓶，全国的老年人都在吃。", [SAL]),
        ("消量在全国那是数一数二的，好评十几万条。", [SAL, ABS],
         H("销量在全国那是数一数二的，好评十几万条。")),
        ("最近降温了，老人家出门多穿点，别冻着。", [],
         T("absolute_claim imitation: 最近 is a time word")),
        ("要买三瓶以上的，私聊俺，俺给你走厂家直发，比小黄车便宜五十。", [OFF, PRI]),
        ("俺们有个老年健康群，扫主页的二维码进群，群里天天有专家讲课。", [OFF]),
        ("这个产品不保证吃了有啥效果，每个人体质不一样。", [],
         T("medical_claim imitation: an explicit no-effect-guarantee disclaimer")),
        ("糖尿病并发症，手脚发麻的，吃俩月就不麻了。", [MED]),
        ("某某康那家是进口胶囊，俺家是国产片剂，剂型不一样，大家按习惯挑。", [],
         T("disparagement imitation: neutral factual comparison with a rival")),
        ("大姐问几点发货，今天下午四点前拍的今天都发。", []),
    ]),
    # ---------------------------------------------------------------- 湖南
    dict(id="h07_glucosamine", product="氨糖软骨素", lines=[
        ("嗲嗲娭毑们，膝盖痛得走不动路的，恰了这个氨糖，三个月就能上楼梯咯。", [MED]),
        ("它是蓝帽子保健食品，批准文号在屏幕左上角，保健功能是增加骨密度，本品不能代替药物。", [],
         T("medical_claim imitation: only the approved health function, with registration and 不能代替药物")),
        ("骨质真生、骨刺，恰它长出来的骨刺都能磨平。", [MED],
         H("骨质增生、骨刺，恰它长出来的骨刺都能磨平。")),
        ("关节言几十年的老病，恰两盒就断跟了。", [MED], H("关节炎几十年的老病，恰两盒就断根了。")),
        ("关节已经痛得厉害的，还是要先去医院骨科看咯，它冇得治病的作用。", [],
         T("medical_claim imitation: denial of any treatment effect")),
        ("半月板磨损的，它能把软骨重新长起来，不用去做手术。", [MED]),
        ("拐杖都可以丢咯，我们隔壁娭毑恰了以后跳广场舞都冇得问题。", [MED]),
        ("最好是随餐恰，一天两次，一次两片。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("比打玻璃酸钠针还管用，还冇得痛苦。", [MED]),
        ("它冇得一点副作用，有么子高血压糖尿病的都放心恰。", [MED]),
        ("适宜人群是中老年人，孕妇和儿童不推荐恰。", [],
         T("medical_claim imitation: the label's suitable / unsuitable groups, no efficacy claim")),
        ("恰了它，骨质疏松彻底治好咯。", [MED]),
        ("湖南湖北你去比，冇得哪个的氨糖含量比我们高。", [ABS]),
        ("第一步先看盒子上有冇得蓝帽子标志，第二步再看批准文号。", [],
         T("absolute_claim imitation: 第一步 is an order word")),
        ("这个是氨糖里头的王炸，国家级的配方。", [ABS]),
        ("某某药房卖的氨糖，都是拿面粉兑的，你恰十年都冇得用。", [DIS]),
        ("别个直播间卖的那种三十块一瓶的，纯粹是智商税咯。", [DIS]),
        ("一瓶一百二十片，一百二十八块，算下来一片一块零七分。", [],
         T("price_claim imitation: plain price and per-unit arithmetic")),
        ("医院门口的药店一瓶卖三百五十八，我们这里一百二十八，还送一瓶。", [PRI]),
        ("今天是陷时秒杀，5分钟以后恢复原价。", [PRI], H("今天是限时秒杀，五分钟以后恢复原价。")),
        ("跟我们家上一代比，这代每片的软骨素多加了五十毫克。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("去年双十一都冇得这个价，今天比双十一还便宜四十。", [PRI]),
        ("全国已经有两百多万老人恰过，好评率百分之九十九点九。", [SAL]),
        ("分期付款也可以，一百二十八分四期，一期三十二。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("好多娭毑一年回购七八回，一回就是十盒。", [SAL]),
        ("要买的加我们客服的微信，微信上下单送护膝。", [OFF]),
        ("我们从来不要你加微信，有人冒充的你莫信，售后找平台客服。", [],
         T("offsite_trade imitation: a warning against impostors, platform customer service only")),
        ("长沙的可以直接到我们五一广场门店拿货，不用在网上拍。", [OFF]),
        ("某某牌氨糖是胶囊，我们是片剂，含量两家都在详情页里，自己对比咯。", [],
         T("disparagement imitation: neutral factual comparison with a rival")),
        ("满哥问是么子味道，片子是原味的，冇得甜味。", []),
    ]),
    # ---------------------------------------------------------------- 粤式普通话
    dict(id="h08_desklamp", product="护眼台灯", lines=[
        ("呢个台灯啊，细路用咗半年，近视度数由三百降返一百五。", [MED]),
        ("呢盏灯达到国标AA级照度，认证证书喺详情页第三张图。", [],
         T("absolute_claim imitation: a grade under a national standard, with its certificate")),
        ("假性近视嘅小朋友，每日开住佢做功课，两个月视力就恢复返五点零。", [MED]),
        ("若是、散光都可以角正，唔使戴眼镜。", [MED], H("弱视、散光都可以矫正，唔使戴眼镜。")),
        ("最大亮度系一千流明，有五档调光，唔同功课用唔同档。", [],
         T("absolute_claim imitation: 最大 is the lamp's own specification")),
        ("佢仲可以预防近视，用咗佢一世都唔会近视。", [MED]),
        ("全广东嘅护眼灯我都试过，冇一盏比佢更护眼。", [ABS]),
        ("最好距离书本四十公分左右，灯头向前斜少少。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("佢系护眼灯入面嘅天花板，冇得顶。", [ABS]),
        ("灯只系照明，小朋友近视要去医院验光，呢盏灯治唔到近视。", [],
         T("medical_claim imitation: denial of any treatment effect")),
        ("某米嗰盏灯，贫闪好犀利，照耐咗小朋友眼会坏。", [DIS],
         H("某米嗰盏灯，频闪好犀利，照耐咗小朋友眼会坏。")),
        ("文具店卖嗰啲几十蚊嘅台灯，全部系蓝光超标嘅垃圾。", [DIS]),
        ("比起我哋上一代，今代显色指数由九十提高到九十七。", [],
         T("absolute_claim imitation: self-comparison with the brand's previous generation")),
        ("其他牌子嘅护眼灯都系靠个名嚟呃钱，根本唔护眼。", [DIS]),
        ("商场专柜标价一千二百九十九，", [PRI], N(SPLIT)),
        ("我哋直播间今晚六百九十九埋单，再送一支笔。", [PRI], N(SPLIT)),
        ("某米嗰盏系四十五厘米高，我哋系五十二厘米，书桌大啲可以揀我哋。", [],
         T("disparagement imitation: neutral factual height comparison")),
        ("呢个价只得今晚，听日开始就返原价。", [PRI]),
        ("上个月卖咗九万几盏，家长群入面个个都喺度推。", [SAL]),
        ("六百九十九，可以分十二期，一期五十八蚊几。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("护眼灯卖得最好嘅就系佢，边个牌子都卖唔过佢。", [ABS, SAL]),
        ("放喺孩子书桌嘅文昌位，开住呢盏灯，读书运同考运都旺晒。", [SUP]),
        ("送俾细路考试嘅礼物，写张心意卡祝佢金榜题名，都几有心思。", [],
         T("superstition imitation: a customary good wish, no effect claimed for the lamp")),
        ("灯罩上面系我哋请大师开过光嘅，保佑细路考试顺利。", [SUP]),
        ("想要团购价嘅家长，加我威信，我拉你入家长群。", [OFF],
         H("想要团购价嘅家长，加我微信，我拉你入家长群。")),
        ("唔好信人哋叫你私下转账买灯，我哋只喺直播间小黄车卖。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("用咗佢仲可以治埋头痛、偏头痛，唔使再食止痛药。", [MED]),
        ("第一次开机要长按三秒，等佢闪一下先至得。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("佢系全国第一盏通过国家级护眼认证嘅台灯。", [ABS]),
        ("啲家长问有冇白色，有，白色同灰色两个色。", []),
    ]),
    # ---------------------------------------------------------------- 杭州话
    dict(id="h09_diapers", product="纸尿裤", lines=[
        ("宝宝红屁股的，穿了我们这个纸尿裤，尿布疹两天就消掉了。", [MED]),
        ("尺码第一次买的宝妈，按体重选，五到八公斤拿S码。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("它里面加了抗菌层，细菌进不去，宝宝从来不会得湿疹。", [MED]),
        ("失疹宝宝穿它，失疹慢慢就好了，不用再擦药膏。", [MED],
         H("湿疹宝宝穿它，湿疹慢慢就好了，不用再擦药膏。")),
        ("最好两三个钟头就换一片，尿多的宝宝晚上也起来换一次。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("全杭州的宝妈都晓得，这个是纸尿裤里面最薄最干爽的。", [ABS]),
        ("宝宝已经长了尿布疹，要去看儿科，纸尿裤是治不好的。", [],
         T("medical_claim imitation: denial of any treatment effect")),
        ("市面上木佬佬牌子，没有一片比它吸得更多。", [ABS]),
        ("这是纸尿裤的标杆，行业老大，一直被模仿从未被超越。", [ABS]),
        ("最大号是XXL，适合十五公斤以上的宝宝。", [],
         T("absolute_claim imitation: largest size of the own range")),
        ("某王的纸尿裤，穿了宝宝屁股闷得通红，作孽的。", [DIS]),
        ("超市里那种散装的，全是回收料做的，宝宝穿了要出事情的。", [DIS]),
        ("某王那款一包是五十八片，我们是六十二片，片数我们多四片，价格大家自己比。", [],
         T("disparagement imitation: neutral factual count comparison")),
        ("其他家都是黑心眠，只有我们是良心货。", [DIS], H("其他家都是黑心棉，只有我们是良心货。")),
        ("母婴店一包卖一百三十九，我们今天两包一百三十九。", [PRI]),
        ("跟我们去年的老款比，今年新款腰围松紧更软一点。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("上礼拜活动也没这么便宜，", [PRI], N(SPLIT)),
        ("今天一片算下来才八毛九，以后再也没这个价了。", [PRI], N(SPLIT)),
        ("一包六十二片，七十九块，一片大概一块二毛七。", [],
         T("price_claim imitation: plain price and per-unit arithmetic")),
        ("这个价钱只开一千单，抢完就恢复原价。", [PRI]),
        ("累计卖了3200万片，好评率99.6%。", [SAL],
         H("累计卖了三千二百万片，好评率百分之九十九点六。")),
        ("宝妈群里回购率老高的，差不多每个人都回购过五次以上。", [SAL]),
        ("有人私信叫你加微信买便宜货，那是骗子，我们只在小黄车卖。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("论销量，它在纸尿裤里头是头一名，别家拍马都赶不上。", [ABS, SAL]),
        ("加我们育儿顾问的微信，免费领试用装，后面都在微信上下单。", [OFF]),
        ("七天无理由退换，没拆包的整包都可以退。", [],
         T("medical_claim imitation: a return policy, not a 无效退款 promise")),
        ("进我们宝妈群，群里每礼拜有内部价，比直播间还便宜二十块。", [OFF, PRI]),
        ("通过了国家标准检测，执行标准号印在包装侧面。", [],
         T("absolute_claim imitation: 国家 only names the product standard")),
        ("穿了它宝宝晚上不哭不闹，连肠绞痛都少了。", [MED]),
        ("我们今朝还有一个新品湿巾，等一歇再讲。", []),
    ]),
    # ---------------------------------------------------------------- 陕西 / 西北
    dict(id="h10_castironpot", product="铸铁锅", lines=[
        ("额给乡党们说，这铁锅炒菜补铁，娃贫血的，用它炒半年血色素就上来咧。", [MED]),
        ("新锅第一步要开锅，先烧干，再拿猪皮擦一遍。", [],
         T("absolute_claim imitation: 第一步 is an order word")),
        ("外头那些不粘锅，涂层掉到菜里头，吃了要得癌的。", [DIS]),
        ("用额这铁锅做饭，能房癌抗癌，一家人都不得病。", [MED],
         H("用额这铁锅做饭，能防癌抗癌，一家人都不得病。")),
        ("最好是炒完趁热刷干净，擦干再抹层油，嫑泡水。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("老人家高血压的，用铁锅炒菜，血压自己就降咧。", [MED]),
        ("全陕西你寻去，再寻不着一口比额这锅更匀热的。", [ABS]),
        ("铁锅就是个锅，能不能补铁额不敢说，有病还得寻大夫。", [],
         T("medical_claim imitation: denial of any health effect")),
        ("这锅是铁锅里头的祖宗，古法手工，独一份。", [ABS]),
        ("这口锅直径三十二公分，最大能装五升水。", [],
         T("absolute_claim imitation: 最大 is the pot's own specification")),
        ("某苏家的锅，那就是薄铁皮冲出来的，用两年就穿底咧。", [DIS]),
        ("某苏家的锅是精铁的，两公斤，额这口是铸铁的，三公斤多，重一点，看你们手劲。", [],
         T("disparagement imitation: neutral factual material and weight comparison")),
        ("额今天直播间三百八十八，还送锅铲锅盖，", [PRI], N(SPLIT)),
        ("商场里这口锅标的是八百八。", [PRI], N(SPLIT)),
        ("三百八十八，可以分六期，一期六十四块多。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("就这一个钟头，一个钟头过了就调回原价。", [PRI]),
        ("卖了五年咧，一共卖出去四十多万口。", [SAL]),
        ("跟额家老款比，新款把手加长了三公分，不烫手。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("好评九万多条，没一个差评，回头客都给亲戚买。", [SAL]),
        ("想要便宜的，到额西安回民街的店里来拿，店里比网上少五十。", [OFF, PRI]),
        ("加额绿跑跑，额给你发视频教你开锅，顺便在跑跑上下单。", [OFF],
         H("加额绿泡泡，额给你发视频教你开锅，顺便在泡泡上下单。")),
        ("嫑信有人喊你加微信转账，出了事没人管，就在小黄车拍。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("这锅是请庙里师傅开过光的，搁灶上镇宅招财。", [SUP]),
        ("灶王爷看着呢，用额这锅做年夜饭，来年家宅平安、财神进门。", [SUP]),
        ("过年蒸馍贴窗花，这是咱关中的老讲究，图个喜庆。", [],
         T("superstition imitation: a custom, no effect claimed for the goods")),
        ("这是史上最耐用的锅，用一辈子传给孙子都不坏。", [ABS]),
        ("用这锅炒菜，胃病都养好咧，额妈老胃炎现在啥都能咥。", [MED]),
        ("最近天冷，锅到了先放屋里缓一缓再开锅。", [],
         T("absolute_claim imitation: 最近 is a time word")),
        ("它导热比不锈钢快三倍，天底下没有比它更快的。", [ABS]),
        ("乡党们等一哈，额把火打着给你们炒个鸡蛋。", []),
    ]),
    # ---------------------------------------------------------------- 武汉话
    dict(id="h11_suitcase", product="行李箱", lines=[
        ("拐子们，这个箱子是全武汉最结实的，从三楼丢下克都冇得事。", [ABS]),
        ("二十四寸的最大能装二十八公斤，托运刚刚好。", [],
         T("absolute_claim imitation: 最大 is the case's own capacity specification")),
        ("行李箱界的劳斯莱斯，冇得哪个牌子能跟它比。", [ABS]),
        ("航空铝镁合金，国际顶级工艺，全球独一家。", [ABS]),
        ("第一次用，先把海关锁密码改一下，默认是零零零。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("某秀的箱子，轮子走两趟就掉了，拉链一扯就爆。", [DIS]),
        ("机场卖的那些大牌箱子，都是贴牌货，智商税来的。", [DIS]),
        ("某秀那款是三点八公斤，我们这款是三点二公斤，重量就是这个差别。", [],
         T("disparagement imitation: neutral factual weight comparison")),
        ("专柜卖2千6，", [PRI], N(SPLIT)),
        ("我们这里只要四百九十九，等于两折都不到。", [PRI], N(SPLIT)),
        ("这个价格全网醉低，你找到更低的我退你差价。", [ABS, PRI],
         H("这个价格全网最低，你找到更低的我退你差价。")),
        ("四百九十九，分三期，一期一百六十六块几。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("京东上同款卖一千一，我们比它便宜一半还多。", [PRI]),
        ("就今天晚上这一场，过了今天恢复一千零九十九。", [PRI]),
        ("跟我们家老款比，这代万向轮换成了静音轮，拖起来声音小。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("卖了二十三万只，机场里十个箱子有三个是我们家的。", [SAL]),
        ("好评率百分之百，一个差评都冇得。", [SAL]),
        ("想要更便宜的，加我口口，口口上给你们开内部价。", [OFF, PRI],
         H("想要更便宜的，加我扣扣，扣扣上给你们开内部价。")),
        ("莫信私下加好友转账的，所有订单都在小黄车，售后找平台。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("我们汉正街有门店，到店拿货，比直播间再少一百。", [OFF, PRI]),
        ("红色是今年的流行色，过年回家拖个红箱子，图个喜气。", [],
         T("superstition imitation: a colour and a festive custom, no effect claimed")),
        ("红色的箱子本命年拖出门，保你一路转运，平平安安。", [SUP]),
        ("箱子上这个锁扣是大师开过光的，出门在外保平安，辟邪挡灾。", [SUP]),
        ("最后提醒哈，拍的时候选对尺寸，二十寸的能登机。", [],
         T("absolute_claim imitation: 最后提醒 is an order word")),
        ("这个箱子销量常年霸榜，行李箱里卖得最多的就是它。", [ABS, SAL]),
        ("七天无理由，轮子坏了一年内免费换。", [],
         T("absolute_claim imitation: a bounded warranty term, not a lifetime guarantee")),
        ("它的箱体十年不变形，保证你用一辈子，这是最耐造的箱子冇得之一。", [ABS]),
        ("那些网红箱子，外壳是回收塑料，冬天一碰就裂，买了就后悔。", [DIS]),
        ("最近出去旅游的人多，机场托运排队，大家早点克。", [],
         T("absolute_claim imitation: 最近 is a time word")),
        ("伢们莫在评论区刷屏哈，有问题一个一个问。", []),
    ]),
    # ---------------------------------------------------------------- 网络快嘴
    dict(id="h12_sportscards", product="球星卡", lines=[
        ("家人们这盒球星卡闭眼入今天拆明天卖转手就翻倍稳赚不亏冲就完事了。", [INV]),
        ("先说清楚，球星卡是收藏品，不保证升值，价格会涨也会跌，别拿生活费来拆。", [],
         T("investment_claim imitation: an explicit no-return disclaimer")),
        ("球星卡就是只涨不跌的，比买基金稳多了，基金还会亏呢。", [INV]),
        ("拆到签字卡的宝子，我平台保底回收，宝本不亏。", [INV],
         H("拆到签字卡的宝子，我平台保底回收，保本不亏。")),
        ("拆卡第一步先录像，整个过程不剪辑，这是规矩。", [],
         T("absolute_claim imitation: 第一步 is an order word")),
        ("收藏级的卡放三年，至少涨五倍，这是历史规律。", [INV]),
        ("这一箱是今年国内最稀有的一箱，全网就这一箱。", [ABS]),
        ("我们这卡是顶级中的顶级，卡圈天花板。", [ABS]),
        ("收藏这个东西看个人喜好，我不跟你们说能赚钱，喜欢再买。", [],
         T("investment_claim imitation: disclaims any earning promise")),
        ("别家卡店都是重封的假盒，拆出来全是垃圾卡。", [DIS]),
        ("某某卡社那家玩的就是换卡，你买他们家的纯纯只伤税。", [DIS],
         H("某某卡社那家玩的就是换卡，你买他们家的纯纯智商税。")),
        ("某某卡社那边是美版，我们这是亚洲版，两个版本卡面不一样，看你们收哪个。", [],
         T("disparagement imitation: neutral factual edition comparison")),
        ("这箱卡外面卡店标价2.9w，", [PRI], N(SPLIT)),
        ("咱直播间1万5拿走，还白送一个卡砖。", [PRI], N(SPLIT)),
        ("一箱二十盒，一万五，一盒合七百五。", [],
         T("price_claim imitation: plain price and per-unit arithmetic")),
        ("这个价就现在这十分钟，十分钟后直接涨回两万二。", [PRI]),
        ("直播间已经开了三百多箱了，每场都秒空。", [SAL]),
        ("最后一步是封卡砖，卡面朝上放，别刮花。", [],
         T("absolute_claim imitation: 最后一步 is an order word")),
        ("上一场四十分钟卖了两千盒，拆出十二张签字卡——哎弹幕别刷了——是真的。", [SAL]),
        ("想拼团的宝子进我粉丝群，群里拼比直播间便宜一百多。", [OFF, PRI]),
        ("有人私信说能便宜给你卡的，别信，咱只在直播间下单，平台有记录。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("私我拿vx，小黄车外面走vx转账，给你单独开一箱。", [OFF]),
        ("这箱卡我拆之前在财神庙拜过，开出来的全是大卡，沾沾喜气转转运。", [SUP]),
        ("拆卡全程直播，拆到什么就是什么，拆出来的卡不回收。", [],
         T("investment_claim imitation: expressly no buy-back or guarantee")),
        ("拆之前摸一下我这个开过光的招财猫，拆啥出啥，手气直接转运。", [SUP]),
        ("一张卡评级要走官方评级机构，评分最高是十分，我们不代评。", [],
         T("absolute_claim imitation: 最高 describes the grading scale, not the product")),
        ("球星卡比黄金还保值，给孩子攒着当嫁妆。", [INV]),
        ("第一次来直播间的宝子点个关注，拆卡规则置顶了。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("零风险家人们，亏了我给你补差价，你就放心冲。", [INV]),
        ("芜湖，这包出了张新秀卡，颜色还挺好看。", []),
    ]),
    # ---------------------------------------------------------------- 闽南腔
    dict(id="h13_silverbar", product="投资银条", lines=[
        ("这个银条买回去放着，银价只会涨不会跌啦，厚。", [INV]),
        ("贵金属价格会涨也会跌，投资有风险，买之前要想清楚。", [],
         T("investment_claim imitation: 投资有风险 disclaimer")),
        ("现在买一公斤，明年这时候卖掉，稳稳赚个两三成。", [INV]),
        ("我们公司保价回购，啥时候拿回来都包本。", [INV],
         H("我们公司保价回购，啥时候拿回来都保本。")),
        ("我们不回购、不保价，买回去就是你的，要卖自己找银楼。", [],
         T("investment_claim imitation: expressly no buy-back, no price guarantee")),
        ("放银行利息才几点，买银条收益翻倍，还零风险。", [INV]),
        ("给囝仔存银条，比存定期发算十倍，只赚不赔。", [INV],
         H("给囝仔存银条，比存定期划算十倍，只赚不赔。")),
        ("银子是传家宝，越放越值钱，留给孙子只会多不会少。", [INV]),
        ("纯度是千足银，按国家标准标的，检测证书一根一张。", [],
         T("absolute_claim imitation: 千足银 is a purity grade under the national standard")),
        ("足银九九九九，纯度全国最高，没人卡纯。", [ABS]),
        ("这款银条是银条界的老大，拢是第一。", [ABS]),
        ("某某金店的是一公斤一根，我们最大的是五百克一根，规格不一样。", [],
         T("disparagement / absolute_claim imitation: neutral size fact, largest of the own range")),
        ("银楼柜台克价要十二块八，", [PRI], N(SPLIT)),
        ("我直播间克价九块九，一克差快三块钱。", [PRI], N(SPLIT)),
        ("一根一百克，克价九块九，一根九百九十元。", [],
         T("price_claim imitation: plain price and per-gram arithmetic")),
        ("今天直播间克价比昨天还低一块，明天就恢复原价，卡贵喔。", [PRI]),
        ("这半年卖掉八吨多银条，福建人拢在我这边买。", [SAL]),
        ("跟我们去年那批比，今年的银条表面做了拉丝，比较不容易刮花。", [],
         T("absolute_claim imitation: self-comparison within the brand")),
        ("某某金店的银条拢是镀银的，里面是铜啦，不要被骗。", [DIS]),
        ("满月送银锁，是我们闽南的老习俗，图个好意头。", [],
         T("superstition imitation: a custom, no effect claimed")),
        ("银手镯戴上身，会辟邪挡煞，小孩晚上不会吓到哭。", [SUP]),
        ("这个银锁是开过关的，保佑囝仔平安长大。", [SUP], H("这个银锁是开过光的，保佑囝仔平安长大。")),
        ("银饰戴久会氧化变黑，最好用擦银布擦，不要用牙膏。", [],
         T("absolute_claim imitation: 最好 is a care tip; blackening explained as oxidation")),
        ("银器会变黑就是在帮你吸走身上的晦气，越黑越好。", [SUP]),
        ("本命年的戴个银手链，犯太岁也不怕，一年顺风顺水。", [SUP]),
        ("戴银手镯可以排毒，风湿关节痛戴久就好了。", [MED]),
        ("不要相信私下叫你转账的，付款一律在小黄车。", [],
         T("offsite_trade imitation: a warning against private payments")),
        ("大单要买的，私讯我拿LINE，走线下转账，克价再少五毛。", [OFF, PRI]),
        ("第一次买银条的，可以先买一根五十克的试试看。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("阿嬷在问有没有细一点的手环，有喔，等一下给你看。", []),
    ]),
    # ---------------------------------------------------------------- 天津话
    dict(id="h14_ecomcourse", product="直播带货培训课", lines=[
        ("介课您了学完，三个月保准回本，学费一分不白花。", [INV]),
        ("培训不保证你能赚钱，做直播有亏有赚，介个我得先说明白。", [],
         T("investment_claim imitation: an explicit no-earning-guarantee disclaimer")),
        ("学完就能月入两万，赚不到我们兜底补给你。", [INV]),
        ("零基础也能做，跟着我们干问赚不赔。", [INV], H("零基础也能做，跟着我们干稳赚不赔。")),
        ("第一节课讲选品，第二节讲话术，最后一节讲复盘。", [],
         T("absolute_claim imitation: 第一 / 最后 only order the lessons")),
        ("学员交三万八，一年下来少说挣三十万，倍儿划算的投资。", [INV]),
        ("介是全国最牛的带货课，没有之一。", [ABS]),
        ("咱们说好了，带货不能说'最'字，介是广告法规定的，课上第一节就教。", [],
         T("absolute_claim imitation: 最 is only mentioned as a banned word")),
        ("天津卫做直播培训的，没有一家比我们出的大主播多。", [ABS]),
        ("我们是行业唯一一家跟平台官方合作的培训机构。", [ABS]),
        ("我们会尽最大努力把每个学员教会，有问题随时问助教。", [],
         T("absolute_claim imitation: 尽最大努力 is a service attitude (执法指南 第5条)")),
        ("外边那些培训班全是割韭菜的骗子，交钱就不管了。", [DIS]),
        ("某某学院那个课，讲的全是过时的玩意儿，纯属智商睡。", [DIS],
         H("某某学院那个课，讲的全是过时的玩意儿，纯属智商税。")),
        ("某某学院是线上录播课，我们是线下小班课，形式不一样，您了按自己情况选。", [],
         T("disparagement imitation: neutral factual comparison of course formats")),
        ("今儿直播间报名只要一万九千八，", [PRI], N(SPLIT)),
        ("原价可是3万8呢，等于打了个对折。", [PRI], N(SPLIT)),
        ("学费一万九千八，可以分十二期，一期一千六百五。", [],
         T("price_claim imitation: instalment arithmetic, no reference price")),
        ("今儿报名的，明儿就恢复原价3万8。", [PRI], H("今儿报名的，明儿就恢复原价三万八。")),
        ("已经有一万两千多名学员毕业，九成都开上车了。", [SAL]),
        ("我们学员里有三十个卖过一个亿的，好评率百分之百。", [SAL]),
        ("报名和付款都在直播间小黄车，别信私下收钱的。", [],
         T("offsite_trade imitation: platform checkout only, warns against private payment")),
        ("想分期的加我微信，微信上签合同，不走平台。", [OFF]),
        ("详细的课程大纲在我主页那个号，私信回'课'我发给你。", [OFF]),
        ("七天内没开课的，可以无理由退费。", [],
         T("investment_claim imitation: a bounded refund policy, not a return guarantee")),
        ("来我们天津校区现场报名，现场再减两千。", [OFF, PRI]),
        ("报了名还送你一个开过光的招财貔貅，摆在直播间旺财气。", [SUP]),
        ("最近平台规则改了，新号起号要慢一点，别着急。", [],
         T("absolute_claim imitation: 最近 is a time word")),
        ("就当给自己投资，介笔钱一年能翻十倍回来。", [INV]),
        ("跟我们去年的课比，今年新加了短视频剪辑介一块。", [],
         T("absolute_claim imitation: self-comparison with the own course")),
        ("二哥问晚上有没有课，有，晚上八点开始。", []),
    ]),
    # ---------------------------------------------------------------- 北京话
    dict(id="h15_walnuts", product="文玩核桃", lines=[
        ("爷们儿，这对狮子头您盘上两年，价钱翻三番，没跑儿。", [INV]),
        ("盘核桃纯属个人爱好，价钱有起有落，我不跟您说能升值。", [],
         T("investment_claim imitation: disclaims any appreciation")),
        ("文玩核桃就是硬通货，只涨不落，比存银行强。", [INV]),
        ("这对核桃我给您宝值，三年之内增值5倍。", [INV],
         H("这对核桃我给您保值，三年之内增值五倍。")),
        ("您买回去就当理财，稳赚，亏了我原价收回来。", [INV]),
        ("最好是先用刷子刷，别一上来就上手盘，容易盘花了。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("这是京城头一号的核桃，打着灯笼都找不着第二对。", [ABS]),
        ("这对您现在收了，往后一年一个价，拿着就是赚。", [INV]),
        ("这批里头最大的一对是四十八毫米，别的都在四十五上下。", [],
         T("absolute_claim imitation: largest piece of the seller's own batch, a measured size")),
        ("潘家园那些摊子上卖的，都是药水泡过的，盘两天就裂。", [DIS]),
        ("某某文玩那边主要卖麦穗，我这主要是狮子头，品种不一样。", [],
         T("disparagement imitation: neutral factual comparison of varieties")),
        ("您搁潘家园，这对少说要3千8，", [PRI], N(SPLIT)),
        ("我这儿直播间一千二百八，搭一个檀木盒。", [PRI], N(SPLIT)),
        ("一对一千二百八，这个价钱就是这个价钱，不讲价了。", [],
         T("price_claim imitation: a plain price with no reference price")),
        ("过了今儿个，这价就再没了，明儿涨回两千。", [PRI]),
        ("每天盘核桃，高血压、老年痴呆都能预防。", [MED]),
        ("核桃盘着就是活动活动手指头，治不了病，有病您得上医院。", [],
         T("medical_claim imitation: denial of any treatment effect")),
        ("手上常盘这个，手脚麻、关节炎都盘好了。", [MED]),
        ("这对核桃是雍和宫开过光的，放家里镇宅辟邪。", [SUP]),
        ("手里盘着它，招柴转运，生意越做越旺。", [SUP], H("手里盘着它，招财转运，生意越做越旺。")),
        ("过年给老爷子送一对，寓意和和美美，图个吉利话儿。", [],
         T("superstition imitation: a customary gift and a good wish, no effect claimed")),
        ("本命年的爷们儿盘一对，化太岁，一年顺顺当当。", [SUP]),
        ("放在财位上，一家子的财气都往您这儿聚。", [SUP]),
        ("您跟我收核桃，收一对赚一对，我这儿从来没让人赔过。", [INV]),
        ("有人冒充我小号让您加微信，您甭理，我就在直播间卖。", [],
         T("offsite_trade imitation: a warning against impostor accounts")),
        ("要看更好的货，加我微信，私下给您看库房里的。", [OFF]),
        ("想要整箱挑的，上我德胜门那店里来，店里挑比网上便宜三成。", [OFF, PRI]),
        ("第一次玩核桃的，先买个便宜点的练练手。", [],
         T("absolute_claim imitation: 第一次 is an order word")),
        ("跟我去年收的那批比，今年这批纹路更深一点。", [],
         T("absolute_claim imitation: comparison within the seller's own stock")),
        ("您稍等，我把这对拿近点儿，让您瞅瞅这纹儿。", []),
    ]),
    # ---------------------------------------------------------------- 贵州话
    dict(id="h16_incense", product="线香", lines=[
        ("老表些，这盒线香点起来，家里财运一年旺到头，板扎得很。", [SUP]),
        ("春节、清明上香祭祖，是老辈子传下来的习俗，这个香就是拿来做这个的。", [],
         T("superstition imitation: a custom, no effect claimed")),
        ("它是请寺里的师父开过光的，点一根就保佑一家老小平平安安。", [SUP]),
        ("生意不顺的，天天早上点三根，赚运就是一个月的事。", [SUP],
         H("生意不顺的，天天早上点三根，转运就是一个月的事。")),
        ("我要说清楚哈，点香就是图个心安，莫说点了能赚运发财，那是骗人的。", [],
         T("superstition imitation: denies any luck effect",
           said="我要说清楚哈，点香就是图个心安，莫说点了能转运发财，那是骗人的。")),
        ("屋里头不干净、老做噩梦的，点它驱邪化煞，晚上就睡得着了。", [SUP]),
        ("考学的娃娃桌上点一根，文曲星保佑，考试稳过。", [SUP]),
        ("点的时候最好开个窗，屋里通风，有老人娃娃的莫熏太久。", [],
         T("absolute_claim imitation: 最好 is a usage tip")),
        ("供在财神面前点，一年到头财源滚滚，赚钱不费劲。", [SUP]),
        ("招财的这款，店里点上它，客人排队进门。", [SUP]),
        ("有鼻炎、哮喘的老表，闻不得烟的就莫点。", [],
         T("medical_claim imitation: a warning for sufferers, no treatment claim")),
        ("师眠多年的，睡前点一根，神经衰落都好了。", [MED],
         H("失眠多年的，睡前点一根，神经衰弱都好了。")),
        ("闻它的香，鼻炎、咽炎都治好了，比喷鼻炎药还管用。", [MED]),
        ("每根能烧四十分钟左右，最长的那款是一个钟头。", [],
         T("absolute_claim imitation: 最长 is the own range's burning-time specification")),
        ("全贵州的香我闻了个遍，没得哪个比它更纯。", [ABS]),
        ("这是线香里头的头牌，海南顶级沉香粉做的。", [ABS]),
        ("某某香坊是盘香，我们是线香，形状不一样，看哪样用得顺手。", [],
         T("disparagement imitation: neutral factual comparison of forms")),
        ("外头寺庙门口卖那些香，全是化工香精，熏久了要得癌。", [DIS]),
        ("我这直播间六十八一盒，买三盒还送个香炉，", [PRI], N(SPLIT)),
        ("香店里一盒卖两百六。", [PRI], N(SPLIT)),
        ("一盒两百根，六十八块，算下来一根三毛四。", [],
         T("price_claim imitation: plain price and per-unit arithmetic")),
        ("今天拍的这个价，明天就恢复两百六了，搞快点。", [PRI]),
        ("这款香一个月卖出去三十多万盒，全国的寺庙都在用。", [SAL]),
        ("私下叫你转账的都是假冒的，我们只在小黄车卖。", [],
         T("offsite_trade imitation: a warning against private deals")),
        ("要请大盒的，私我进群，群里有师父一对一开示。", [OFF]),
        ("想走大单的，加V，vx上我算你批发价，比链接便宜一截。", [OFF, PRI]),
        ("最后提醒一下，点完的香灰要灭干净，莫引起火灾。", [],
         T("absolute_claim imitation: 最后提醒 is an order word")),
        ("这香囤着，沉香料年年涨价，放三年翻一倍，比存钱划算。", [INV]),
        ("香料会涨会跌，我不建议哪个囤香来赚钱。", [],
         T("investment_claim imitation: disclaims any return")),
        ("评论区那个老表问是哪样味道，是檀香味的。", []),
    ]),
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
