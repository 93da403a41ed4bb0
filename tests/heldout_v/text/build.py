#!/usr/bin/env python3
"""Held-out evaluation set V for liveaudit (text-only transcripts).

Written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format references: tests/heldout_n/text/README.md and lines 1-65 and 828-894
of tests/heldout_n/text/build.py (docstring, helpers, counting and printing). No line of any
other set was read, used or paraphrased.

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder, validates and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                           violating
  ("text", [labels], N(SPLIT))                 violating, one half of a split price comparison
  ("text", [], T("imitates ..."))              trap: lawful line that looks like a violation
  ("heard", [labels], H("said"))               Whisper mishearing; labels describe `said`
  ("heard", [labels], H("said", note=SPLIT))   misheard half of a split price comparison
  ("heard", [], T("imitates ...", said="..."))  misheard trap

NEVER edit a line after the engine has been run on this set.
"""
import json
import os
import re
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


SPLIT = ("split price comparison: this line and its neighbour together set a reference "
         "price against today's price; both carry price_claim")

SESSIONS = [
    # ------------------------------------------------------------------ cosmetics
    {"id": "v01_hairlinepowder", "product": "发际线粉", "lines": [
        ("老铁们瞅一眼哈，这发际线粉搁咱东北那是独一份儿，别人家压根整不出这效果", [ABS]),
        ("抹上一个礼拜嘎嘎长新头发，发际线唰唰往前跑，贼带劲", [COS]),
        ("这粉里头加了房托因子，咱掉头发的老铁用了就稳住了", [COS],
         H("这粉里头加了防脱因子，咱掉头发的老铁用了就稳住了")),
        ("脂溢性脱发那种油头顶，用它俩月，头油止住了头发也长回来了", [MED, COS]),
        ("你搁商场彩妆柜台问去，这一小盒人家标的是二百六十八", [PRI], N(SPLIT)),
        ("咱直播间今儿个就整八十九，还搭一把小刷子，划算不划算？", [PRI], N(SPLIT)),
        ("第一步先把头发梳顺了，第二步拿刷子蘸粉，最后一步轻轻拍两下定妆", [],
         T("imitates absolute_claim: 第一步 … 最后一步 only give the order of the application steps")),
        ("这玩意儿上礼拜一口气卖了三万二千盒，回头客占了一大半", [SAL]),
        ("某某彩妆那发际线粉全是价货，里头掺的是炭黑，抹多了脑瓜皮都烂", [DIS],
         H("某某彩妆那发际线粉全是假货，里头掺的是炭黑，抹多了脑瓜皮都烂")),
        ("想要团购价的老铁加我威信，幺五二零三八六七四九一，备注发际线", [OFF, PRI],
         H("想要团购价的老铁加我微信，幺五二零三八六七四九一，备注发际线")),
        ("这粉最多能扛八个小时，出汗淋雨都不花，晚上回家拿卸妆油洗掉", [],
         T("imitates absolute_claim: 最多八个小时 is the product's own wear time, a specification")),
        ("今年是俺干直播最忙活的一年，天天整到后半夜", [],
         T("imitates absolute_claim: 最忙活 describes the host's own year, not the product")),
        ("里头那个生姜提取物还能给头皮抑菌，头皮屑都没了", [COS]),
        ("它就是个遮盖的彩妆，长不出头发来，掉得厉害的赶紧上医院皮肤科瞅瞅", [],
         T("imitates cosmetic_claim and medical_claim: denies hair growth and refers to a "
           "hospital dermatology department")),
        ("斑秃那一块秃瓢，天天抹，抹到毛茸茸的新发升出来", [MED, COS],
         H("斑秃那一块秃瓢，天天抹，抹到毛茸茸的新发生出来")),
        ("今晚十二点一过，这价就回二百六十八了，过了这村可没这店", [PRI]),
        ("跟咱家去年那款老粉比，今年这版粉质更细，颜色多了俩", [],
         T("imitates absolute_claim: self-comparison with the brand's own older version")),
        ("直播间评价九千多条，好评率百分之九十九点八，你上哪儿找去", [SAL]),
        ("拍不上的别着急，私信我小号，我单独给你留一盒", [OFF]),
        ("盒子上写的是普通化妆品备案，没说防脱也没说生发，咱就说遮盖", [],
         T("imitates cosmetic_claim: ordinary-cosmetic filing; 防脱 and 生发 named only to deny them")),
        ("那些植发机构净坑人，几万块整完照样秃，纯属拿钱打水漂", [DIS]),
        ("这可是发际线粉里的天花板，整个行业就没第二个能比的", [ABS]),
        ("一盒八十九能用小半年，掰开算一天也就五毛来钱", [],
         T("imitates price_claim: plain price with per-day arithmetic, no reference price")),
        ("只剩最后二百盒了哈，手慢的老铁明儿个就断货了", [SAL]),
        ("抹上还能控油抗炎，头皮那红疙瘩两天就消停了", [COS]),
        ("左下角那个卖出去多少件是平台自己跳的数，我可没瞎编", [],
         T("imitates sales_data_claim: points to the platform-shown counter, states no figure")),
        ("天天用能故发，头发一根都不掉，比吃药还顶用", [COS, MED],
         H("天天用能固发，头发一根都不掉，比吃药还顶用")),
        ("咱这粉最好别抹在有伤口的头皮上，抹之前先在耳朵后头试一下", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("全网你就搜吧，八十九这价是最低的，再低我就得倒贴了", [ABS, PRI]),
        ("有人私下让你转账说给你便宜，千万别信，咱就认直播间这个小黄车", [],
         T("imitates offsite_trade: a warning against private payment, steers buyers to the platform")),
    ]},
    {"id": "v02_ahacream", "product": "果酸身体霜", "lines": [
        ("欸大家晚安喔，这罐果酸身体霜我跟你讲，全台湾全大陆我都找不到比它更猛的啦", [ABS]),
        ("擦两个礼拜，手臂那个黑黑的鸡皮整个白回来，真的是白到会发光捏", [COS]),
        ("它是专门在治毛周脚化的喔，医生都治不好的它三周搞定", [MED],
         H("它是专门在治毛周角化的喔，医生都治不好的它三周搞定")),
        ("里面有抗菌成分，背上那种一颗一颗的痘痘酱紫就消下去了", [COS]),
        ("专柜标价六百八耶，今天直播间两罐只要两百九十九，等于一罐打两折多", [PRI]),
        ("第一次用的话最好先擦在手肘内侧，隔一天没红再全身擦喔", [],
         T("imitates absolute_claim: 第一次 is an order word and 最好 a usage tip")),
        ("上个月光是我们家就卖掉12万8罐，回购的姐妹超多的啦", [SAL]),
        ("它也可以去班喔，腿上晒出来那个斑斑点点，擦一擦就淡掉", [COS],
         H("它也可以祛斑喔，腿上晒出来那个斑斑点点，擦一擦就淡掉")),
        ("某某牌身体乳里面都是矿物油跟塑化剂，擦了整个毛孔塞死", [DIS]),
        ("果酸浓度标在瓶身，百分之十，比我们去年那一版的百分之八高一点", [],
         T("imitates absolute_claim: concentration compared only with the brand's own older version")),
        ("想要买三送一的，私讯我，我拉你进我们的姐妹Line群", [OFF, PRI]),
        ("有异位性皮肤炎的小朋友也可以擦，擦完就不会再痒，比类固醇药膏还好用", [MED]),
        ("它不是药，鸡皮很严重、会痛会流汤的，拜托去医院皮肤科给医生看", [],
         T("imitates medical_claim: says it is not a medicine and refers to dermatology")),
        ("它的修护力是整个身体护理界的天王剂，谁都比不过它", [ABS],
         H("它的修护力是整个身体护理界的天王级，谁都比不过它")),
        ("倒数十分钟喔，十分钟一到就回到六百八，不要怪我没讲", [PRI]),
        ("瓶子最大是五百毫升，最小有一百毫升的旅行装", [],
         T("imitates absolute_claim: 最大 / 最小 are the sizes on offer")),
        ("好评率百分之百，每个人都说手臂鸡皮变白了，你说神不神", [SAL, COS]),
        ("夏天擦它还能防晒，出门不用再另外擦防晒乳", [COS]),
        ("虾皮上我们卖得更便宜喔，去搜我的店名在那边下单啦", [OFF, PRI]),
        ("小黄车上显示已经有两千多人加购，那是平台的数字，我照念而已", [],
         T("imitates sales_data_claim: reads out a platform-shown counter")),
        ("网路上那些几十块的果酸，根本是稀释过的酸水，擦了烂皮的啦", [DIS]),
        ("还可以小炎，蚊子包抓破那个红红的，隔天就好了", [COS],
         H("还可以消炎，蚊子包抓破那个红红的，隔天就好了")),
        ("两罐两百九十九，一罐擦一个月，算下来一天差不多五块", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("做我们的代理，一个月躺着赚两万，零风险的啦", [INV]),
        ("它还会溶脂，大腿擦一个月就细一圈，这是宇宙第一好用的身体霜啦", [ABS, COS]),
        ("我们跟某某牌比，它比较水，我们比较厚一点，看你喜欢哪种质地", [],
         T("imitates disparagement: neutral texture comparison with a named rival")),
        ("我阿嬷脚上的湿诊，擦了三天就全部好了啦", [MED],
         H("我阿嬷脚上的湿疹，擦了三天就全部好了啦")),
        ("最近天气比较干，洗完澡三分钟内擦，保湿会比较明显喔", [],
         T("imitates absolute_claim: 最近 is a time word, the rest a usage tip")),
        ("瓶身有写普通化妆品备案，它没有美白功效，也不能防晒，要防晒请另外擦", [],
         T("imitates cosmetic_claim: 美白 and 防晒 named only in a denial")),
        ("有人冒充我们小编跟你要汇款，一律不要理，只在直播间下单", [],
         T("imitates offsite_trade: a warning against impostors asking for remittances")),
    ]},
    {"id": "v03_faceoil", "product": "面部精华油", "lines": [
        ("小姑娘们看过来，这瓶精华油今朝搽，明朝面孔就白一度，老灵额", [COS]),
        ("伊还好曲斑，面孔上雀斑搽一个月统统淡光", [COS],
         H("伊还好祛斑，面孔上雀斑搽一个月统统淡光")),
        ("敏感肌也好搽，伊有抗敏格作用，搽了面孔勿会红", [COS]),
        ("脂溢性皮炎搽两礼拜就消炎了，比医院开额药膏还灵", [MED, COS]),
        ("侬到淮海路百货商店专柜去看，一模一样一瓶标价一千二", [PRI], N(SPLIT)),
        ("阿拉直播间今朝只卖三百八十块，还送一只小样，侬算算看", [PRI], N(SPLIT)),
        ("搽之前最好先用化妆水打湿面孔，再滴三滴搽开", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("迪只油是全上海顶顶好额，比伊好额我长到格么大呒没看到过", [ABS]),
        ("老客人回购率百分之九十二，弄堂里阿姨妈妈都讲搽了白了一圈", [SAL, COS]),
        ("痘痘印子、老早额疤，伊统统好去疤，搽平搽光", [COS],
         H("痘痘印子、老早额疤，伊统统好祛疤，搽平搽光")),
        ("某某牌精华油我拿去化验过，里厢激素超标，搽了面孔要烂额", [DIS]),
        ("迪只是普通化妆品备案，勿是特殊化妆品，每白祛斑迪种功效伊呒没", [],
         T("imitates cosmetic_claim: 美白 and 祛斑 named only to deny them",
           said="迪只是普通化妆品备案，勿是特殊化妆品，美白祛斑迪种功效伊呒没")),
        ("要买两瓶以上额，加阿拉客服微信，号码是幺八六二一四五零九三七", [OFF]),
        ("一瓶三十毫升三百八，好搽两个半月，摊到一天五块钱出头", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("今朝夜里十点钟一过，价钿就回到一千二了，侬勿要后悔", [PRI]),
        ("伊是精华油里厢维一额一只，第二只寻勿着", [ABS],
         H("伊是精华油里厢唯一额一只，第二只寻勿着")),
        ("搽了伊面孔上毛孔里额细菌统统杀光，抑菌老灵额", [COS]),
        ("我最大额心愿就是做一只阿拉上海人自家额牌子，现在还在努力", [],
         T("imitates absolute_claim: an aspiration of the host, not a product claim")),
        ("每一瓶出厂前都拿到城隍庙去拜过，搽了交关旺桃花", [SUP]),
        ("我爷叔额酒渣比，搽了一个月就好了，医院去也勿要去了", [MED],
         H("我爷叔额酒渣鼻，搽了一个月就好了，医院去也勿要去了")),
        ("阿拉跟某某牌比过，伊额瓶子大一点，阿拉额油更清爽，侬看欢喜哪只", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("全中国美白效果顶好额精华油就是迪只，白得最快", [ABS, COS]),
        ("面孔上有伤口或者湿疹额，勿要搽，先到医院皮肤科去看", [],
         T("imitates medical_claim: disease word in a warning with a referral")),
        ("网浪向卖几十块额精华油全是地沟油提炼额，搽了面孔闷痘", [DIS]),
        ("第一步洁面，第二步化妆水，第三步精华油，最后一步面霜锁牢", [],
         T("imitates absolute_claim: 第一步 … 最后一步 give the order of a routine")),
        ("面孔发红发烫额辰光，滴两滴，抗炎老快额", [COS]),
        ("屏幕下头额打分四点九是平台根据买家评价算额，我勿好改额", [],
         T("imitates sales_data_claim: platform-shown shop rating")),
        ("薇信里向买额话我再便宜五十块，直播间价钿勿好动", [OFF, PRI],
         H("微信里向买额话我再便宜五十块，直播间价钿勿好动")),
        ("阿拉额瓶子今年换了德国进口玻璃，比上一代瓶子厚，勿容易碎", [],
         T("imitates absolute_claim: self-comparison of the packaging with the older version")),
        ("侬勿要私下转账给任何自称是阿拉员工额人，只认直播间下单", [],
         T("imitates offsite_trade: a warning against private transfers")),
    ]},
    # ------------------------------------------------------------------ 保健食品 and foods
    {"id": "v04_ginkgo", "product": "银杏叶片", "lines": [
        ("街坊们，我同你讲，呢只银杏叶片食三个月，高血脂直接治好，唔使再去复查", [MED]),
        ("佢仲可以预防中疯同老年吃呆，阿伯阿婆一定要食", [MED],
         H("佢仲可以预防中风同老年痴呆，阿伯阿婆一定要食")),
        ("食咗佢就可以停咗降脂药，他汀都唔使食啦", [MED]),
        ("本品嘅保健功能系辅助降血脂，本品不能带替药物，少年儿童同孕妇唔适宜", [],
         T("imitates medical_claim: states only the approved function with 本品不能代替药物",
           said="本品嘅保健功能系辅助降血脂，本品不能代替药物，少年儿童同孕妇唔适宜")),
        ("全广东最犀利嘅银杏片就系呢只，我讲真㗎", [ABS]),
        ("百分之百冇副作用，食十年都冇事，仲好过食药", [MED]),
        ("今日直播间一盒只要一百二十八蚊", [PRI], N(SPLIT)),
        ("你去大药房问下，同一只货喺货架上标紧三百九十八", [PRI], N(SPLIT)),
        ("每日两次，每次两片，建议饭后食，最好用温水送服", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("呢只货喺我哋店一年卖咗二十一万盒，街坊回头买嘅占八成", [SAL]),
        ("某某牌银杏片系片子货，树叶磨粉压出嚟，冇提取物", [DIS],
         H("某某牌银杏片系骗子货，树叶磨粉压出嚟，冇提取物")),
        ("想要街坊价嘅加我嘅绿泡泡，直接转账我帮你寄，平过直播间三十蚊", [OFF, PRI]),
        ("我最近搬咗屋企，呢两日喺新屋开播，背景有啲乱", [],
         T("imitates absolute_claim: 最近 is a time word")),
        ("血管入面啲血栓，食佢可以溶解晒，心脏支架都唔使装", [MED]),
        ("高雪压高血糖嘅，食佢一个月指标全部正常", [MED],
         H("高血压高血糖嘅，食佢一个月指标全部正常")),
        ("过咗今晚十二点，就恢复返三百九十八，唔好话我冇提你", [PRI]),
        ("如果你已经喺度食降脂药，唔好自己停药，有咩问题去医院心内科问医生", [],
         T("imitates medical_claim: advises not to stop drugs and refers to cardiology")),
        ("讲真，银杏片界嘅祖师爷就系我哋呢只，边个都唔够佢打", [ABS]),
        ("仲有最后九十盒，卖晒就要等三个月先有", [SAL]),
        ("做我哋嘅代理，每个月保底收入八千蚊，冇风显㗎", [INV],
         H("做我哋嘅代理，每个月保底收入八千蚊，冇风险㗎")),
        ("一盒六十片一百二十八蚊，一日四片，食十五日，一日八蚊半", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("呢批货我特登拎去黄大仙开过光，食落保佑成家人身体健康", [SUP]),
        ("同某某牌比，佢哋一盒九十片，我哋六十片，单价差唔多，睇你钟意", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("某某药房卖嘅降脂药伤肝伤肾，食多几年个肝就烂晒，仲系食我哋嘅好", [MED, DIS]),
        ("盒上面呢个蓝帽标志同批准文号，大家可以自己喺网上查", [],
         T("imitates medical_claim: points only to the 保健食品 approval mark")),
        ("佢系全国银杏片帝一名，卖咗十几年都冇跌落嚟", [ABS, SAL],
         H("佢系全国银杏片第一名，卖咗十几年都冇跌落嚟")),
        ("眼睛朦或者视力跌得快，唔关银杏片事，快啲去医院眼科睇下", [],
         T("imitates medical_claim: disease signs with a referral to ophthalmology")),
        ("成间厂最大嘅心愿就系做到街坊放心，依家仲喺度努力", [],
         T("imitates absolute_claim: aspiration and service attitude")),
        ("冇效全额退款，食一盒血脂唔落我赔你两盒", [MED]),
        ("平台显示而家在线有三千几个人，多谢大家捧场", [],
         T("imitates sales_data_claim: platform-shown online count")),
    ]},
    {"id": "v05_mulberrypaste", "product": "桑葚膏", "lines": [
        ("各位老辈子，这个桑葚膏吃一个月，白头发根根变黑，肾虚也补起来了", [MED]),
        ("糖尿病的吃了，雪糖稳稳当当的，胰岛素都打得少了", [MED],
         H("糖尿病的吃了，血糖稳稳当当的，胰岛素都打得少了")),
        ("我们这个膏在四川是这个，竖大拇指的，全省找不出第二罐", [ABS]),
        ("你去春熙路那家特产店看嘛，这一罐标的一百六十八", [PRI], N(SPLIT)),
        ("我们直播间，两罐才九十九，算下来一罐五十不到", [PRI], N(SPLIT)),
        ("开罐后拿干勺子舀，莫沾生水，夏天最好放阴凉处", [],
         T("imitates absolute_claim: 最好 introduces a storage tip")),
        ("去年一个冬天卖脱了八万九千罐，老顾客回头买的排起队", [SAL]),
        ("贫血的妹儿吃它比吃补铁药还快，一个礼拜脸就红润了", [MED]),
        ("超市那些桑葚膏全是涩素加糖稀熬的，吃了得糖尿病，瓜娃子才买", [DIS],
         H("超市那些桑葚膏全是色素加糖稀熬的，吃了得糖尿病，瓜娃子才买")),
        ("头一锅是试火候的，不卖，从第二锅开始才装罐", [],
         T("imitates absolute_claim: 头一锅 is an order word")),
        ("要批发价的，加我微信，幺三八零八二六五五一四，比直播间便宜二十", [OFF, PRI]),
        ("肝火旺、口腔溃疡，吃两勺就消了", [MED]),
        ("这是普通食品，不是药，有病还是要去医院看医生，莫耽搁了", [],
         T("imitates medical_claim: says it is not a medicine and refers to a hospital")),
        ("今天晚上十一点下播，下了播就恢复一百六十八了哈", [PRI]),
        ("这是桑葚膏里头的定流，全中国卖得最火的就是它", [ABS, SAL],
         H("这是桑葚膏里头的顶流，全中国卖得最火的就是它")),
        ("熬膏那天我们请了青城山的道长来念过经，吃了保你一家老小顺顺当当", [SUP]),
        ("一罐五十块不到，五百克，一天两勺，吃半个月，一天三块钱上下", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("就剩最后七十二罐了，手慢了真的莫得了", [SAL]),
        ("高血压的老辈子吃了，降鸭药都可以少吃一颗", [MED],
         H("高血压的老辈子吃了，降压药都可以少吃一颗")),
        ("某某牌桑葚膏是拿桑葚果汁粉冲兑的，根本没得桑葚，骗你们这些老实人", [DIS]),
        ("我跟某某牌比过，它甜一点，我们的酸一点，喜欢哪个口味自己选", [],
         T("imitates disparagement: neutral taste comparison with a named rival")),
        ("想当代理的幺妹，进货两万，包你半年赚回来，亏了我兜底", [INV]),
        ("今年是我们家种桑树的第十个年头，也是收成最好的一年", [],
         T("imitates absolute_claim: compares the farm's harvest only with its own earlier years")),
        ("好评率百分之九十九点九，差评那一个还是快递压坏了", [SAL]),
        ("拍不到的丝聊我，我单独给你发链接", [OFF],
         H("拍不到的私聊我，我单独给你发链接")),
        ("血糖高的朋友不建议吃，这个膏里头有糖，要吃先问你的医生", [],
         T("imitates medical_claim: disease word in a warning")),
        ("桑葚膏跟去年我们自己熬的比，今年少放了三成糖", [],
         T("imitates absolute_claim: self-comparison with last year's own batch")),
        ("屏幕上写的已售五千多件，平台自己统计的，我不晓得准不准", [],
         T("imitates sales_data_claim: platform-shown counter")),
        ("吃它防癌，我们村里吃了几十年桑葚，没得一个得癌症的", [MED]),
        ("我这辈子最盼望的，就是村里的娃儿都能读上大学", [],
         T("imitates absolute_claim: an aspiration, not a product claim")),
    ]},
    # ------------------------------------------------------------------ agriculture
    {"id": "v06_morel", "product": "羊肚菌", "lines": [
        ("老表们，这是我们山头上采的羊肚菌，全云南品质最板扎的就是它", [ABS]),
        ("羊肚菌炖汤喝，癌症病人喝三个月肿瘤都缩小了", [MED]),
        ("它能抗艾，还能提高免疫力，化疗的人喝了不掉头发", [MED],
         H("它能抗癌，还能提高免疫力，化疗的人喝了不掉头发")),
        ("昆明菌子市场一斤干货卖一千八，今天直播间一斤只要九百九", [PRI]),
        ("个头最大的有拇指长，最小的也有小指头长，分级装", [],
         T("imitates absolute_claim: 最大 / 最小 describe the size range in the box")),
        ("上个雨季我们合作社卖掉了四十多吨，回头客占了七成", [SAL]),
        ("认养一个大棚两万块，年底包你分红八千，稳转不赔", [INV],
         H("认养一个大棚两万块，年底包你分红八千，稳赚不赔")),
        ("不会种的不怕，我们代种代收，一年保底收益百分之三十", [INV]),
        ("认养大棚是农业合作，收成看天，我们不承诺分红，亏了赚了都按实际来", [],
         T("imitates investment_claim: a disclaimer refusing any promised return")),
        ("某某农场的羊肚菌是大棚里用激素催出来的，吃了对身体不好，憨包才买", [DIS]),
        ("要整箱拿货的，直接打我电话，幺三幺二九八零四六七七，价钱比这里低一截", [OFF, PRI]),
        ("高血压、高血知、糖尿病，喝它一个月，三高全降下来", [MED],
         H("高血压、高血脂、糖尿病，喝它一个月，三高全降下来")),
        ("三月份冒的是头茬菌子，四月份的是二茬，今天卖的是头茬", [],
         T("imitates absolute_claim: 头茬 / 二茬 are order words of the harvest")),
        ("雨季一过，市场上价格翻一倍，今天不抢以后就是一千八", [PRI]),
        ("就剩最后三十斤了，采完这一批，山上就莫得了", [SAL]),
        ("外面卖的便宜货好多是假羊肚菌，拿别的菌子然色冒充，吃了中毒", [DIS],
         H("外面卖的便宜货好多是假羊肚菌，拿别的菌子染色冒充，吃了中毒")),
        ("菌子野生的要认得，不认得的莫乱采，中了毒赶紧上医院", [],
         T("imitates medical_claim: a safety warning with a referral")),
        ("产妇喝它下奶快，坐月子喝了不得妇科病", [MED]),
        ("一斤九百九，一顿炖汤用一两，一两合九十九块", [],
         T("imitates price_claim: plain price with per-portion arithmetic")),
        ("认养大棚的钱，比存银行划算三倍，到期本金一分不少", [INV]),
        ("想认养的老表，加我维信，我拉你去看大棚", [OFF],
         H("想认养的老表，加我微信，我拉你去看大棚")),
        ("我们跟某某牌的干货比，它的菌柄长一点，我们剪得短，价钱差不多", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("这片山是老祖宗保佑的风水宝地，吃了山上的菌子，一年都顺顺利利", [SUP]),
        ("后台显示在线四千多人，是平台的数，谢谢老表们", [],
         T("imitates sales_data_claim: platform-shown online count")),
        ("我们的羊肚菌在网上销量连续八年排第一，咯是板扎", [ABS, SAL]),
        ("吃菌子最好炖熟透，半生不熟的容易拉肚子", [],
         T("imitates absolute_claim: 最好 introduces a cooking tip")),
        ("经常喝羊肚菌汤，胃溃疡、胃炎都好了", [MED]),
        ("我最大的心愿是把我们村的路修好，让菌子运得出去", [],
         T("imitates absolute_claim: an aspiration, not a product claim")),
        ("今天下单打三折，这个折扣只有今晚，明天就恢复原价", [PRI]),
        ("一级品和二级品价格不一样，一级的个头大，都按照分级标准分的", [],
         T("imitates absolute_claim: 一级 is a grade under a grading standard")),
    ]},
    # ------------------------------------------------------------------ medical device
    {"id": "v07_rhinitislamp", "product": "鼻炎红光治疗仪", "lines": [
        ("您瞧这个红光仪，往鼻子里一插，十年的老鼻炎，您猜怎么着，根治了", [MED]),
        ("治愈率百分之九十八，我跟您说，这可是实打实的数", [MED]),
        ("甭管过敏性比炎还是鼻窦炎，照三回，一辈子不犯", [MED],
         H("甭管过敏性鼻炎还是鼻窦炎，照三回，一辈子不犯")),
        ("这玩意儿没副作用，比喷激素药强多了，药都能扔了", [MED]),
        ("注册证上写的是用于缓解过敏性鼻炎引起的鼻塞症状，您按说明书用，禁忌看说明书", [],
         T("imitates medical_claim: states only the registered scope of the device")),
        ("全北京城，不，全中国，鼻炎仪里头头一份儿，倍儿棒", [ABS]),
        ("您上医疗器械店瞅瞅，这一台标价一千四百八", [PRI], N(SPLIT)),
        ("到咱直播间，得嘞，四百九十八，您就偷着乐吧", [PRI], N(SPLIT)),
        ("头回用的时候，先开低档，适应了再调，一次就十分钟", [],
         T("imitates absolute_claim: 头回 is an order word")),
        ("去年一年卖出去两万七千台，您猜怎么着，返单的全是老客户", [SAL]),
        ("药店卖的那些喷剂，全是鸡素，喷多了鼻子就废了，那叫一个坑人", [DIS],
         H("药店卖的那些喷剂，全是激素，喷多了鼻子就废了，那叫一个坑人")),
        ("想要便宜的，加我微信，咱们线下交易，我给您直接发货", [OFF, PRI]),
        ("鼻子出血、发烧、流脓鼻涕，那得上医院耳鼻喉科，这仪器管不了", [],
         T("imitates medical_claim: disease signs with a referral to ENT")),
        ("小孩腺样体肥大，不用做手术了，照俩月就缩回去了", [MED]),
        ("这可是鼻炎仪里的王牌，头一号的", [ABS]),
        ("今儿晚上十点一过，立马回一千四百八，您可别说我没提醒", [PRI]),
        ("一台四百九十八，能用五年，一个月合八块多", [],
         T("imitates price_claim: plain price with per-month arithmetic")),
        ("仓库就剩最后一百零八台，这拨儿卖完得等下个月", [SAL]),
        ("老人睡觉打呼噜、呼吸站停的，照它一个月就好了", [MED],
         H("老人睡觉打呼噜、呼吸暂停的，照它一个月就好了")),
        ("跟咱们上一代比，这一代的光斑大了一圈，还多了个定时功能", [],
         T("imitates absolute_claim: self-comparison with the older model")),
        ("某某牌鼻炎仪就是个手电筒加个壳，里头根本没有治疗光，纯属糊弄人", [DIS]),
        ("这仪器管的是鼻炎鼻塞，哮喘咽炎它不管，您别瞎用", [],
         T("imitates medical_claim: denies effect on other diseases")),
        ("这台是二类医疗器械，注册证号就贴在盒子背面，您可以上药监局网站查", [],
         T("imitates medical_claim: registration information only")),
        ("拍不上的您司信我，我给您单留一台", [OFF],
         H("拍不上的您私信我，我给您单留一台")),
        ("医院的医生都推荐，说比激光手术还管用", [MED]),
        ("我这辈子最大的念想，就是说一段相声能把我师父逗乐了", [],
         T("imitates absolute_claim: an aspiration unrelated to the product")),
        ("鼻炎仪这个品类，咱家销量一直在最顶上，从来没下来过", [ABS, SAL]),
        ("最近降温了，鼻子不舒服的人多，您照它之前先把鼻子擤干净", [],
         T("imitates absolute_claim: 最近 is a time word")),
        ("照一个月鼻子还不通，无效退宽，一分不少", [MED],
         H("照一个月鼻子还不通，无效退款，一分不少")),
        ("咱只在这个直播间卖，谁加您说能便宜，那是骗子，您甭理他", [],
         T("imitates offsite_trade: a warning against off-platform offers")),
    ]},
    # ------------------------------------------------------------------ appliance
    {"id": "v08_miniwasher", "product": "内衣小洗衣机", "lines": [
        ("妮儿们，内裤拿这机器洗，高温煮一煮，妇科病再也不找你了，中不中？", [MED]),
        ("恁要是有梅菌性阴道炎，换它洗内裤，不吃药也好了", [MED],
         H("恁要是有霉菌性阴道炎，换它洗内裤，不吃药也好了")),
        ("这是内衣洗衣机里头最得劲的一台，俺敢说全国没有比它强的", [ABS]),
        ("一级能效，一次洗完用不到零点一度电，省电是真省", [],
         T("imitates absolute_claim: 一级能效 is a national energy-efficiency grade")),
        ("恁去郑州大商场家电区看看，这一台挂一千二百九十九，俺这儿今儿就卖三百九十九", [PRI]),
        ("某某牌的内衣机说能除菌，那都是糊弄人的，里头连加热管都没有", [DIS]),
        ("一个月卖了五万六千台，好评都是晒图的", [SAL]),
        ("桶最大能装一公斤，也就是五六条内裤加几双袜子", [],
         T("imitates absolute_claim: 最大 is the drum capacity, a specification")),
        ("它高温洗一遍，乙肝、HPV都能杀死，全家人不怕传染", [MED]),
        ("上一代机器只有冷水洗，这一代加了加热，能到六十度", [],
         T("imitates absolute_claim: self-comparison with the older model")),
        ("某某牌那小洗衣机，电机是拆机翻新的，洗两回就冒烟", [DIS]),
        ("想要团购价的，加俺魏信，俺给恁算便宜点", [OFF, PRI],
         H("想要团购价的，加俺微信，俺给恁算便宜点")),
        ("今儿夜里十二点以后，就回到一千二百九十九了，别等明儿", [PRI]),
        ("洗内衣最好单独洗，别跟外衣搅一块儿，水温设六十度就中", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("男的拿它洗袜子，脚气一礼拜就断根", [MED]),
        ("这台在小家电销量榜上一年多都是头一名，比谁卖得都火", [ABS, SAL]),
        ("左下角那个商品评分四点八，是平台按买家评价算出来的", [],
         T("imitates sales_data_claim: platform-shown rating")),
        ("就剩最后八十台了，这批卖完厂里就停产了", [SAL]),
        ("网上几十块的那种都是砸牌货，漏电能把人电着", [DIS],
         H("网上几十块的那种都是杂牌货，漏电能把人电着")),
        ("它的除菌效果是世界顶尖水平，国外的机器都比不上", [ABS]),
        ("这机器不是医疗器械，治不了病，身上有炎症得去医院妇科", [],
         T("imitates medical_claim: denial and a referral to gynaecology")),
        ("小孩的衣服拿它洗，沸子湿疹全消了", [MED],
         H("小孩的衣服拿它洗，痱子湿疹全消了")),
        ("嫌直播间慢的，打俺电话，幺五九三七零一二八六八，送货上门现金付", [OFF]),
        ("一台三百九十九，用三年，一年一百三，一天三毛多钱", [],
         T("imitates price_claim: plain price with per-day arithmetic")),
        ("机器出厂前俺专门找大师开过光，洗过的衣裳穿上去能挡小人", [SUP]),
        ("跟某某牌比，它的桶大一点，俺这台小一点但是能加热，各有各的好", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("这洗衣机的做工，说是国际领线一点都不夸张", [ABS],
         H("这洗衣机的做工，说是国际领先一点都不夸张")),
        ("俺家这个牌子注册的名字就叫净一号，那是商标，不是说它排第一", [],
         T("imitates absolute_claim: 一号 is part of a registered trademark")),
        ("做俺们的县级代理，交五万押金，每月保底返利六千，稳赚不赔", [INV]),
        ("有人冒充俺们售后让恁扫码退款的，都是骗子，退款只走平台", [],
         T("imitates offsite_trade: a warning against impostor refunds off the platform")),
    ]},
    # ------------------------------------------------------------------ clothing
    {"id": "v09_heatedvest", "product": "发热马甲", "lines": [
        ("观众朋友们，镜头给到这件发热马甲，老寒腿、风湿，穿一个冬天就根治了", [MED]),
        ("漂亮！这是发热马甲里的绝对王者，全场没有任何一件能跟它抗衡", [ABS]),
        ("腰间盘凸出的老球迷，穿上它热敷，比打封闭针还管用", [MED],
         H("腰间盘突出的老球迷，穿上它热敷，比打封闭针还管用")),
        ("专卖店这件挂的是八百八十八，咱直播间今天只要一百九十九，这比分差了六百多", [PRI]),
        ("它的发热速度，全世界没有第二件能比，三秒就热", [ABS]),
        ("发热温度最高五十五度，分三档，低档四十度", [],
         T("imitates absolute_claim: 最高五十五度 is a specification of the product")),
        ("这个冬天上半场，我们已经卖了10万8千件，绝杀！", [SAL]),
        ("某某牌的发热衣用的是列质电热丝，穿着能烧起来", [DIS],
         H("某某牌的发热衣用的是劣质电热丝，穿着能烧起来")),
        ("第一档适合室内，第二档出门，第三档在户外站久了再开", [],
         T("imitates absolute_claim: 第一档 … 第三档 are heat settings, order words")),
        ("胃寒、宫寒、痛经的女球迷，穿上它一个月，再也不用吃药", [MED]),
        ("场外也有福利：加我们客服微信，下单比直播间再便宜五十", [OFF, PRI]),
        ("跟我们去年的老款比，今年加热片从三片加到五片，热得更均匀", [],
         T("imitates absolute_claim: self-comparison with last year's own model")),
        ("站久了的静脉区张，穿它一个礼拜，青筋全下去了", [MED],
         H("站久了的静脉曲张，穿它一个礼拜，青筋全下去了")),
        ("全网发热马甲销量榜，我们连续三个冬天排名第一，稳稳的", [ABS, SAL]),
        ("下半场最后五分钟，我给大家讲一下怎么充电", [],
         T("imitates absolute_claim: 最后五分钟 marks time in the show")),
        ("哨声一响，今晚十点下播，价格恢复八百八十八", [PRI]),
        ("来当我们的区域代理，押金三万，一个冬天保你回本翻倍", [INV]),
        ("这是我解说二十年见过的世界级装备，独一件", [ABS]),
        ("这件衣服是普通服装，不是理疗产品，关节疼得厉害请去骨科", [],
         T("imitates medical_claim: denial and a referral to orthopaedics")),
        ("本命年的球迷，这件我们做成红色内胆，穿上它冲太岁化灾，整年顺风顺水", [SUP]),
        ("一件一百九十九，能穿三个冬天，一个冬天六十六块多", [],
         T("imitates price_claim: plain price with per-season arithmetic")),
        ("那些暖宝宝贴，全是铁粉，贴多了皮肤都烫坏，纯属垃圾", [DIS]),
        ("想团购的，发私心给我，我拉你进球迷群", [OFF],
         H("想团购的，发私信给我，我拉你进球迷群")),
        ("屏幕上那个有多少人在看的数是平台显示的，我只负责解说", [],
         T("imitates sales_data_claim: platform-shown online count")),
        ("孕妇穿上它，胎位不正都能热回来", [MED]),
        ("我们和某某牌都用石墨烯加热片，它的是三片，我们五片，价格差不多", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("这件马甲的保暖，是人类穿衣史上的巅峰之作", [ABS]),
        ("这场直播是我今年解说的第一场带货，紧张得很", [],
         T("imitates absolute_claim: 第一场 is an order word")),
        ("穿着它睡觉，失眠、手脚冰凉、气血两需全都治好了", [MED],
         H("穿着它睡觉，失眠、手脚冰凉、气血两虚全都治好了")),
        ("有人说私下转账能打折，别信，红牌！只认直播间的小黄车", [],
         T("imitates offsite_trade: a warning against private transfers")),
    ]},
    # ------------------------------------------------------------------ education
    {"id": "v10_codingclass", "product": "少儿编程课", "lines": [
        ("各位家长，需求很明确：让孩子学编程，我们这套课是全国最强的少儿编程体系，没有任何一家能比", [ABS]),
        ("上线三年，学员已经突破三十二万，续费率百分之九十六", [SAL]),
        ("注意力不集中、多洞症的孩子，学三个月编程就好了，药都不用吃", [MED],
         H("注意力不集中、多动症的孩子，学三个月编程就好了，药都不用吃")),
        ("咱们直播间同样四十八节课，今天只要两千九百九", [PRI], N(SPLIT)),
        ("线下机构报名处，一学期是1万2千8", [PRI], N(SPLIT)),
        ("迭代一认识积木块，迭代二做动画，最后一个迭代交一个完整小游戏", [],
         T("imitates absolute_claim: 最后一个迭代 is the order of course units")),
        ("某某编程那种机构，老师都是实习生，教的是十年前的过时代码，纯属割家长", [DIS]),
        ("家长也可以加盟我们，开一个教学点，投入八万，一年保底回本再赚二十万", [INV]),
        ("孩子学编程不一定能拿奖，我们不承诺任何比赛成绩和升学结果", [],
         T("imitates absolute_claim: denies any guarantee of awards or admission")),
        ("报名就送文昌笔，开过光的，插在书桌上孩子学习运势一路往上", [SUP]),
        ("想要内部价的，扫屏幕上那个二维马，加老师私人号", [OFF, PRI],
         H("想要内部价的，扫屏幕上那个二维码，加老师私人号")),
        ("今晚十二点排期截止，过了这个点，价格回滚到1万2千8", [PRI]),
        ("一期课两千九百九，四十八节，一节课六十二块多", [],
         T("imitates price_claim: plain price with per-lesson arithmetic")),
        ("只剩最后十七个名额，报满就关闭通道", [SAL]),
        ("我们是少儿编程赛道里的头不品牌，行业老大", [ABS],
         H("我们是少儿编程赛道里的头部品牌，行业老大")),
        ("我们的学员拿全国奖的比例是百分之八十七，比任何机构都高", [ABS, SAL]),
        ("平台显示已报名人数三千多，那是平台的计数，我就念一下", [],
         T("imitates sales_data_claim: platform-shown counter")),
        ("屏幕看久了眼睛干，有问题带孩子去医院眼科查查，编程课管不了近视", [],
         T("imitates medical_claim: a referral and a denial of effect on myopia")),
        ("某某少儿编程的课是过十的，一堆bug，学了白学", [DIS],
         H("某某少儿编程的课是过时的，一堆bug，学了白学")),
        ("我最大的心愿，是孩子们把写代码当成玩，而不是又一门考试", [],
         T("imitates absolute_claim: an aspiration, not a product claim")),
        ("报名不走平台的话，直接对公转账，还能多送十节课", [OFF, PRI]),
        ("我们的课和某某编程都用图形化积木入门，他们偏竞赛，我们偏项目，按需求选", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("孩子学完考个等级证，以后当程序员，年薪保底五十万，这投资稳赚", [INV]),
        ("我们的教研团队是全行业最牛的，一半是名校毕业", [ABS]),
        ("上课最好用电脑不要用手机，屏幕太小孩子眼睛累", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("好评率百分之九十九点七，家长群里天天有人晒作品", [SAL]),
        ("这版课程比我们去年那版多了十二节人工智能内容", [],
         T("imitates absolute_claim: self-comparison with last year's own course")),
        ("一对一版划线价九千八，直播间只要四千五", [PRI]),
        ("孩子有读写障爱的，学编程比上康复课管用", [MED],
         H("孩子有读写障碍的，学编程比上康复课管用")),
        ("有人冒充我们老师收学费，记住，只在平台下单，不收私人转账", [],
         T("imitates offsite_trade: a warning against private transfers")),
    ]},
    # ------------------------------------------------------------------ collectible / investment
    {"id": "v11_banknotes", "product": "生肖纪念钞", "lines": [
        ("列位看官，书接上回：这套生肖纪念钞，买到手就是只涨不跌的硬通货", [INV]),
        ("啪！惊堂木一拍，今年收了明年价翻三倍，稳稳当当", [INV]),
        ("保本又保系，放在家里比存银行强十倍", [INV],
         H("保本又保息，放在家里比存银行强十倍")),
        ("这一回说的是龙钞，龙年请回家，镇宅招财，一年财运亨通", [SUP]),
        ("收藏有分险，纪念钞行情有涨有跌，列位量力而行", [],
         T("imitates investment_claim: a risk disclaimer", said="收藏有风险，纪念钞行情有涨有跌，列位量力而行")),
        ("钱币市场上一整刀标价是1万5", [PRI], N(SPLIT)),
        ("咱们今儿个直播间，一整刀只要八千八，看官您算算", [PRI], N(SPLIT)),
        ("这套是史上最稀缺的生肖钞，请回家能镇财库", [ABS, SUP]),
        ("第一回说龙钞，第二回说蛇钞，最后一回说整套的装帧", [],
         T("imitates absolute_claim: 第一回 … 最后一回 are chapters of the storytelling")),
        ("上一批八百套，半个钟头就抢空了，看官们手慢了就没了", [SAL]),
        ("零风险，零手续费，买了就等着升知", [INV],
         H("零风险，零手续费，买了就等着升值")),
        ("想要批发价的看官，加我微信，幺八八六二零七三三五九，私下转账便宜一千", [OFF, PRI]),
        ("这是人民银行发行的纪念钞，面值二十元，可以流通，收藏价值看市场，不保证升值", [],
         T("imitates investment_claim: denies any guaranteed appreciation")),
        ("不放心的，咱签回购协议，三年后按一点五倍回收，保底", [INV]),
        ("某某钱币商城卖的都是高仿，荧光都是后刷的，买了就是废纸", [DIS]),
        ("这张钞的号码带八八八，带回家旺菜旺运", [SUP],
         H("这张钞的号码带八八八，带回家旺财旺运")),
        ("惊堂木一落，今晚书一说完，价钱就回到1万5，且听下回分解", [PRI]),
        ("一整刀一百张，八千八，一张合八十八块", [],
         T("imitates price_claim: plain price with per-note arithmetic")),
        ("纪念钞讲究龙年收龙，这只是个老习俗，跟发不发财没关系", [],
         T("imitates superstition: a custom named with a denial of effect")),
        ("这号码是独一无而的，全国就这一张", [ABS],
         H("这号码是独一无二的，全国就这一张")),
        ("评级证书上写的是六十八分，这是评级公司按他们的标准打的分", [],
         T("imitates absolute_claim: a grading company's score, not a ranking")),
        ("钱存银行定期才两个点，收这套钞一年少说百分之四十", [INV]),
        ("我这辈子最爱听的一部书是三国，今儿个边说边卖", [],
         T("imitates absolute_claim: 最爱 is the host's personal taste")),
        ("纪念钞夹在钱包里，保佑财源广进，小人远离", [SUP]),
        ("那些网上几十块一张的，全是仿照的假币", [DIS]),
        ("咱只在直播间卖，谁让您私下打钱，十有八九是骗子", [],
         T("imitates offsite_trade: a warning against private payment")),
        ("要论保值，全天下的藏品里它排第一", [ABS, INV]),
        ("跟某某钱币的同款比，他们用的是普通封装，我们用评级封装，贵二百", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("买它就是温赚，赔了算我的", [INV],
         H("买它就是稳赚，赔了算我的")),
        ("评书讲究最后一句留扣子，今儿最后一句：明晚七点接着说", [],
         T("imitates absolute_claim: 最后一句 is an order word")),
    ]},
    # ------------------------------------------------------------------ service
    {"id": "v12_pedicure", "product": "上门修脚服务", "lines": [
        ("满哥妹陀们，我们上门修脚，灰指甲三次根治，冒得一点问题", [MED]),
        ("甲沟严化脓的，我们师傅一刀下去，不打针不吃药就好了", [MED],
         H("甲沟炎化脓的，我们师傅一刀下去，不打针不吃药就好了")),
        ("全长沙修脚手艺最好的师傅，都在我们这里，霸得蛮", [ABS]),
        ("你到五一广场那几家足浴店去问，修一次灰指甲收三百八", [PRI], N(SPLIT)),
        ("我们团购卷，上门一次只要九十九", [PRI],
         H("我们团购券，上门一次只要九十九", note=SPLIT)),
        ("修之前最好先用温水泡脚十五分钟，指甲软了好剪", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("今年我们上门服务了四万一千多人次，回头的娭毑嗲嗲排到下个月", [SAL]),
        ("糖尿病人脚上的烂疮，我们修一修，比医院换药好得快", [MED]),
        ("糖尿病族、脚上有伤口化脓的，我们不接单，要去医院内分泌科或者血管外科", [],
         T("imitates medical_claim: refuses the case and refers to hospital departments",
           said="糖尿病足、脚上有伤口化脓的，我们不接单，要去医院内分泌科或者血管外科")),
        ("街上那些足浴店的修脚刀不消毒，一个传一个，脚气都是那里传上的", [DIS]),
        ("要包月的使下联系店长，冒得平台抽成，便宜二十块", [OFF, PRI],
         H("要包月的私下联系店长，冒得平台抽成，便宜二十块")),
        ("想学手艺的，交两万八学费，包分配，月收入保底一万二", [INV]),
        ("学修脚是学一门手艺，收入看你自己做得好不好，我们不保证工资", [],
         T("imitates investment_claim: refuses any income guarantee")),
        ("这个九十九的价只到今天晚上十二点，明天恢复三百八", [PRI]),
        ("只剩最后二十三个上门名额，约满冒得了", [SAL]),
        ("脚气、脚癣、鸡眼，一次全部搞定，一辈子不复发", [MED]),
        ("第一次上门要先看脚，看完再定方案，不是一上来就动刀", [],
         T("imitates absolute_claim: 第一次 is an order word")),
        ("我们的师傅是湖南省修脚界的头块牌子，冒得人比得过", [ABS]),
        ("九十九一次，包括泡脚、修甲、去死皮，材料费另外收十块", [],
         T("imitates price_claim: itemised fees, no reference price")),
        ("修完脚，师傅给你在脚底按一下涌泉穴，走财运，脚踏财路", [SUP]),
        ("我们师傅修脚带开关仪式，修完一年顺顺当当", [SUP],
         H("我们师傅修脚带开光仪式，修完一年顺顺当当")),
        ("我们跟某某足道的价格差不多，他们有店面，我们上门，你看哪种方便", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("那些几块钱的脚气膏都是激素，越涂越烂，冒得用", [DIS]),
        ("平台上我们店的评分是四点九，那是顾客打的分，平台显示的", [],
         T("imitates sales_data_claim: platform-shown rating")),
        ("嵌甲的不用拔甲，我们师傅矫正三次，一辈子不长进肉里", [MED]),
        ("我这辈子最佩服的是我师父，修了四十年脚，手上一个茧都冒得", [],
         T("imitates absolute_claim: 最佩服 is about a person, not the service")),
        ("下了单之后呢，不要在平台上确认，直接把钱给师傅现金", [OFF]),
        ("有些指甲是真菌感染，要吃药的，我们只做修剪，药要找医生开", [],
         T("imitates medical_claim: denies treating fungal infection, refers to a doctor")),
        ("长沙上门修脚榜单上我们一直是头名，三年冒下来过", [ABS, SAL]),
        ("最近天气冷，上门时间统一提前到下午六点结束", [],
         T("imitates absolute_claim: 最近 is a time word")),
    ]},
    # ------------------------------------------------------------------ toy
    {"id": "v13_magtiles", "product": "磁力片", "lines": [
        ("各位观众晚上好，本台消息：这款磁力片是全球最能开发智力的玩具", [ABS]),
        ("据了解，自闭症儿童每天玩半小时，三个月就能开口说话", [MED]),
        ("专家指出，它对多动和注意力缺陷有治料作用", [MED],
         H("专家指出，它对多动和注意力缺陷有治疗作用")),
        ("据统计，今年已有43万个家庭购买，复购率高达百分之六十", [SAL]),
        ("本产品适合三岁以上儿童，磁片最小边长也有七厘米，不会被吞下", [],
         T("imitates absolute_claim: 最小边长 is a safety specification")),
        ("接下来请看价格：商场玩具区一百片装标价五百九十九，本直播间今天一百九十九", [PRI]),
        ("记者在现场了解到，放在孩子书桌的文曲星方位，能旺学业", [SUP]),
        ("接下来是搭建演示，第一层搭方块，第二层搭三角，顶层最后放", [],
         T("imitates absolute_claim: 第一层 … 最后 are order words")),
        ("某某品牌的磁力片磁铁会掉出来，孩子吞了要开刀", [DIS]),
        ("本台记者查询：本品连续四年位居全网积木类销量榜首", [ABS, SAL]),
        ("和本品上一代相比，新一代磁力更强，边角改成了圆弧", [],
         T("imitates absolute_claim: self-comparison with the older model")),
        ("下面插播一条消息：加客服微信团购，比直播间每套便宜四十元", [OFF, PRI]),
        ("请注意，今晚二十二点节目结束后，价格将调回五百九十九元", [PRI]),
        ("长期玩磁力片，孩子进视能慢慢恢复，视力回到一点五", [MED],
         H("长期玩磁力片，孩子近视能慢慢恢复，视力回到一点五")),
        ("玩具只是玩具，不能治疗任何疾病，孩子发育有问题请到医院儿童保健科", [],
         T("imitates medical_claim: denial and a referral")),
        ("库存仅剩最后五百套，售完即止", [SAL]),
        ("其他品牌用回收塑料，含重金属，孩子玩了铅中毒", [DIS]),
        ("一套一百片一百九十九元，每片不到两元", [],
         T("imitates price_claim: plain price with per-piece arithmetic")),
        ("本款是磁力片领域的国家及产品", [ABS],
         H("本款是磁力片领域的国家级产品")),
        ("玩磁力片还能增强免疫力，孩子一年都不感冒", [MED]),
        ("以上价格为平台页面显示价格，没有划线价，也没有所谓原价", [],
         T("imitates price_claim: says the page carries no 划线价 or 原价")),
        ("专家一致认为，这是世界上唯一一款科学认证的益智玩具", [ABS]),
        ("需要批发的观众请私性联系，我们私下安排发货", [OFF],
         H("需要批发的观众请私信联系，我们私下安排发货")),
        ("本台提醒：所谓内部渠道低价都是诈骗，请只在直播间下单", [],
         T("imitates offsite_trade: a warning against off-platform offers")),
        ("据不完全统计，用户满意度达到百分之百，零差评", [SAL]),
        ("今天是今年最冷的一天，请观众朋友们注意保暖", [],
         T("imitates absolute_claim: superlative about the weather")),
        ("本台消息，这款磁力片经过寺院加持，孩子玩了平平安安", [SUP]),
        ("屏幕下方显示的已售数量由平台实时统计", [],
         T("imitates sales_data_claim: platform-shown counter")),
        ("家长可以囤货转卖，这套磁力片只涨不跌，稳站不亏", [INV],
         H("家长可以囤货转卖，这套磁力片只涨不跌，稳赚不亏")),
        ("我们和某某品牌都通过了玩具强制认证，区别在于片数和颜色", [],
         T("imitates disparagement: neutral comparison with a named rival")),
    ]},
    # ------------------------------------------------------------------ home goods
    {"id": "v14_charcoalbag", "product": "竹炭包", "lines": [
        ("乡党们，额这竹炭包放屋里，新房甲醛吸干净，娃不会得白血病", [MED]),
        ("竹炭包里头，额这个攒劲得不得了，全世界吸附力最强", [ABS]),
        ("放在枕头边上，鼻炎、哮穿都好了", [MED],
         H("放在枕头边上，鼻炎、哮喘都好了")),
        ("额直播间，二十包才九十九，么麻达", [PRI], N(SPLIT)),
        ("你到西安那家大超市家居区看，一包标的三十九块八", [PRI], N(SPLIT)),
        ("一包二百克，最大的一包放客厅，小的放鞋柜衣柜", [],
         T("imitates absolute_claim: 最大 names the largest pack size")),
        ("这竹炭包还能辟邪，挂在门后头，脏东西进不了屋", [SUP]),
        ("放在财位上，震宅纳财，生意美滴很", [SUP],
         H("放在财位上，镇宅纳财，生意美滴很")),
        ("上个月卖了二十六万包，回头客一买就是几十包", [SAL]),
        ("竹炭包最好每个月拿到太阳底下晒一晒，能反复用", [],
         T("imitates absolute_claim: 最好 introduces a usage tip")),
        ("某某家的活性炭包是拿煤渣子冒充的，吸一点点就饱了，还掉黑灰", [DIS]),
        ("当额的代理，零风险，进货一万，保你三个月赚回三万", [INV]),
        ("新房甲醛超标的，光靠竹炭包不够，要通风，最好请专业机构检测", [],
         T("imitates absolute_claim: 最好 introduces advice, and the effect is limited honestly")),
        ("要批发的乡党，加额绿炮炮，比这儿便宜一半", [OFF, PRI],
         H("要批发的乡党，加额绿泡泡，比这儿便宜一半")),
        ("额今晚十一点一下播，九十九就嫑想了，回到三十九块八一包", [PRI]),
        ("九十九二十包，一包不到五块钱，放一年换一次", [],
         T("imitates price_claim: plain price with per-pack arithmetic")),
        ("孕妇放它在床底下，娃生下来不得湿疹不过敏", [MED]),
        ("只剩最后四百包了，乡党们克里马擦下单", [SAL]),
        ("额屋里是卖竹炭的第三代，今年是额接手的第一年", [],
         T("imitates absolute_claim: 第三代 / 第一年 are order words")),
        ("额这竹炭是终南山里的老竹子烧的，独家秘方，天下头一份", [ABS]),
        ("那些网上卖的除甲醛喷剂，全是香精，越喷越毒", [DIS]),
        ("跟某某牌的竹炭包比，它一包一百克，额这一包二百克，价钱一样", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("放车上还能防晕车，晕车的娃坐车不吐", [MED]),
        ("小黄车旁边那个已拍数字是平台给的，额不改", [],
         T("imitates sales_data_claim: platform-shown counter")),
        ("隔壁卖炭包的那家，用的是烧烤碳，吸进去的假醛过两天又放出来", [DIS],
         H("隔壁卖炭包的那家，用的是烧烤碳，吸进去的甲醛过两天又放出来")),
        ("额娘做的臊子面是全村最好咥的，这是额屋里的事，跟竹炭包么关系", [],
         T("imitates absolute_claim: superlative about something other than the product")),
        ("竹炭包销量额家年年第一，谁都撵不上", [ABS, SAL]),
        ("竹炭包挂门后是老辈人的习惯，图个心安，额不敢说能挡啥", [],
         T("imitates superstition: a custom named with a denial of effect")),
        ("下单嫑走平台，直接给额转张，包邮", [OFF],
         H("下单嫑走平台，直接给额转账，包邮")),
        ("额竹炭包在县里农产品展会上拿了二零二五年的优秀奖，证书在详情页", [],
         T("imitates absolute_claim: a lawful, documented, time-bound award")),
    ]},
    # ------------------------------------------------------------------ folk object
    {"id": "v15_bodhibeads", "product": "菩提手串", "lines": [
        ("各位头家，这串星月菩提是南普陀开过光的，戴上保你一年平安发财", [SUP]),
        ("戴上它能避邪挡煞，夜里出门也不怕", [SUP],
         H("戴上它能辟邪挡煞，夜里出门也不怕")),
        ("做生意的兄弟戴它，钱财自己找上门，爱拼才会赢，戴了一定赢", [SUP]),
        ("菩提子盘久了，手心出油，能降血压、治失眠，阿公戴了药都停了", [MED]),
        ("盘串最好用干净的手，别沾汗水和化妆品，不然会发黑", [],
         T("imitates absolute_claim: 最好 introduces a care tip")),
        ("厦门中山路文玩店同样一串卖六百八，阮这里今天只要一百二十八", [PRI]),
        ("戴着它睡觉，颈椎病、手麻都好了", [MED]),
        ("这批菩提是全福建品相最水的，一颗一颗都是顶级料", [ABS]),
        ("菩提子越盘越值钱，现在一百多，过两年少说翻五倍，稳稳赚", [INV]),
        ("一串一百二十八，一百零八颗，一颗一块出头", [],
         T("imitates price_claim: plain price with per-bead arithmetic")),
        ("上礼拜三天卖了一万七千串，好多是厝边头尾来回买的", [SAL]),
        ("戴它招桃花，单身的兄弟姐妹，今年一定脱单", [SUP]),
        ("要更便宜的加阮微信，幺三五九零四二一六八零，私下便宜三十", [OFF, PRI]),
        ("第一颗是星月，中间一颗是隔珠，最后一颗是佛头，串的顺序就是这样", [],
         T("imitates absolute_claim: 第一颗 … 最后一颗 give the stringing order")),
        ("某某文玩网卖的菩提，都是塑料压的，还拿药水泡色，戴久了手烂", [DIS]),
        ("普度一过，价钱就回去六百八了，拜拜完就没这个价", [PRI]),
        ("焦绿症的戴它盘一盘，心就静了，不用再吃药", [MED],
         H("焦虑症的戴它盘一盘，心就静了，不用再吃药")),
        ("这串是一百零八颗，每颗直径八毫米，最大的佛头是十二毫米", [],
         T("imitates absolute_claim: 最大 is a size within the string, a specification")),
        ("只剩最后六十六串了，卖完这批料子就没了", [SAL]),
        ("跟某某文玩比，它的颗粒大一点，阮的颗粒小一点密一点，价钱差不多", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("讲真的，这串是全国手串里面的巅风之作", [ABS],
         H("讲真的，这串是全国手串里面的巅峰之作")),
        ("本命年的朋友戴它化太岁，一年顺顺利利", [SUP]),
        ("平台显示已经有一千多人加购，那是平台的数字", [],
         T("imitates sales_data_claim: platform-shown counter")),
        ("手串绳子最多一年换一次，断了来找阮免费换", [],
         T("imitates absolute_claim: 最多 gives a maintenance interval")),
        ("这种老料子买了只会争值，放十年翻十倍", [INV],
         H("这种老料子买了只会增值，放十年翻十倍")),
        ("菩提是植物种子，戴着图个好看，不是药，也治不了病", [],
         T("imitates medical_claim: says it is not a medicine and cures nothing")),
        ("全中国最灵的手串就是这串，求什么得什么", [ABS, SUP]),
        ("今天是阮开播的第一百天，谢谢大家一路陪着", [],
         T("imitates absolute_claim: 第一百天 is an ordinal count")),
        ("好评率百分之九十九点八，回够的阿公阿嬷一大堆", [SAL],
         H("好评率百分之九十九点八，回购的阿公阿嬷一大堆")),
        ("戴菩提是佛门的习惯，阮尊重，但是它不会保佑发财，大家理性买", [],
         T("imitates superstition: a custom named with a denial of effect")),
    ]},
]


def duration_of(text):
    return max(1.5, 0.22 * len(text))


def build_session(s):
    utts = []
    t = 1.0
    for entry in s["lines"]:
        text, labels = entry[0], entry[1]
        extra = entry[2] if len(entry) == 3 else {}
        start = t
        end = start + duration_of(text)
        u = {"start": round(start, 2), "end": round(end, 2), "text": text,
             "labels": list(labels), "ignore": False, "trap": bool(extra.get("trap", False))}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    return {"id": s["id"], "duration": round(utts[-1]["end"] + 1.0, 2), "format": "text",
            "product": s["product"], "utterances": utts}


def fail(msg):
    sys.exit(f"validation error: {msg}")


def validate():
    for i, s in enumerate(SESSIONS, 1):
        sid = s["id"]
        if not re.fullmatch(r"v%02d_[a-z]+" % i, sid):
            fail(f"session {i} has id {sid!r}, expected v{i:02d}_<name>")
        lines = s["lines"]
        if len(lines) != UTTS:
            fail(f"{sid}: {len(lines)} lines, expected {UTTS}")
        viol = traps = 0
        for j, entry in enumerate(lines):
            where = f"{sid} line {j + 1}"
            if len(entry) not in (2, 3):
                fail(f"{where}: bad entry shape")
            text, labels = entry[0], entry[1]
            extra = entry[2] if len(entry) == 3 else {}
            if not isinstance(text, str) or not text.strip():
                fail(f"{where}: empty text")
            for lab in labels:
                if lab not in CATEGORIES:
                    fail(f"{where}: unknown category {lab!r}")
            if len(set(labels)) != len(labels):
                fail(f"{where}: duplicate label")
            if set(extra) - {"trap", "note", "said"}:
                fail(f"{where}: unknown keys {set(extra)}")
            if "said" in extra:
                if not extra["said"].strip() or extra["said"] == text:
                    fail(f"{where}: said must be non-empty and differ from text")
            if extra.get("trap"):
                traps += 1
                if labels:
                    fail(f"{where}: trap carries labels")
                note = extra.get("note", "")
                m = re.match(r"imitates (\w+)", note)
                if not m or m.group(1) not in CATEGORIES:
                    fail(f"{where}: trap note must start with 'imitates <category>'")
            else:
                if not labels:
                    fail(f"{where}: neither violating nor trap")
                viol += 1
                if "note" in extra:
                    if extra["note"] != SPLIT or PRI not in labels:
                        fail(f"{where}: a violating line carries a note only as a split price half")
        if viol != VIOL or traps != TRAPS:
            fail(f"{sid}: {viol} violating / {traps} traps, expected {VIOL} / {TRAPS}")
        # split price halves come in adjacent pairs
        flags = [len(e) == 3 and e[2].get("note") == SPLIT for e in lines]
        j = 0
        while j < len(flags):
            if flags[j]:
                if j + 1 >= len(flags) or not flags[j + 1]:
                    fail(f"{sid} line {j + 1}: split price half without its neighbour")
                j += 2
            else:
                j += 1
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        fail("duplicate session id")
    products = [s["product"] for s in SESSIONS]
    if len(set(products)) != len(products):
        fail("duplicate product type")
    seen = {}
    for s in SESSIONS:
        for entry in s["lines"]:
            keys = [entry[0]]
            if len(entry) == 3 and "said" in entry[2]:
                keys.append(entry[2]["said"])
            for k in keys:
                if k in seen:
                    fail(f"duplicate line {k!r} in {s['id']} and {seen[k]}")
                seen[k] = s["id"]
    return products


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    products = validate()

    per_cat = {c: 0 for c in CATEGORIES}
    tot = dict(violating=0, two_labels=0, trap=0, heard_violating=0, heard_trap=0,
               utterances=0)
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
    low = [c for c in CATEGORIES if per_cat[c] < 22]
    if low:
        fail(f"categories under 22 lines: {low}")


if __name__ == "__main__":
    main()
