#!/usr/bin/env python3
"""Development evaluation set for liveaudit: livestream-selling transcripts as text.

Written from the law (shared/spec/RULES.md) and the category taxonomy
(shared/spec/FINDINGS.md), independently of the engine's rule pack. This is the
DEVELOPMENT set: rules may be tuned against it. A separate held-out set exists.

Each session is a list of lines:
    ("text", [labels])                                 violating or neutral line
    ("text", [], {"trap": True, "note": "..."})        lawful line that imitates a violation
    ("text", [], {"ignore": True, "note": "..."})      grey zone: no finding counts for or against
    ("heard text", [labels], {"said": "..."})          Whisper-style mishearing; labels are of what was said

Run:  python3 build.py      (writes <id>.truth.json next to this file and prints counts)
Stdlib only.
"""
import json
import os
import sys

A = "absolute_claim"
M = "medical_claim"
C = "cosmetic_claim"
P = "price_claim"
S = "sales_data_claim"
O = "offsite_trade"
I = "investment_claim"
X = "superstition"
D = "disparagement"
CATEGORIES = [A, M, C, P, S, O, I, X, D]

SESSIONS = [
    dict(id="d01_honey", product="蜂蜜", lines=[
        ("欢迎刚进直播间的家人们，今天给大家带的是秦岭深山里的土蜂蜜啊。", []),
        ("家人们我跟你们说，这个蜂蜜是我卖过最纯的，真的，没有之一。", [A]),
        ("醉近天气干 好多宝宝在评论区说嗓子不舒服 记得多喝温水", [],
         {"trap": True, "said": "最近天气干，好多宝宝在评论区说嗓子不舒服，记得多喝温水。",
          "note": "imitates absolute_claim/medical_claim: 最近 is a time word; a sore throat mentioned as small talk, nothing claimed for the product"}),
        ("你看这个拉丝，筷子一挑，拉得老长了。", []),
        ("你在外面呀，再也找不到比这个更浓稠的蜂蜜了。", [A]),
        ("嗓子疼咳搜的宝宝 每天早上冲一杯 3天咳嗽就好了", [M],
         {"said": "嗓子疼咳嗽的宝宝，每天早上冲一杯，三天咳嗽就好了。"}),
        ("还有便秘好多年的，喝一个礼拜就通了，比吃药都管用。", [M]),
        ("蜂蜜最好用四十度以下的温水冲，水太烫了营养就跑了。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 gives usage advice (执法指南第6条), not a comparison"}),
        ("我家老爷子胃溃疡，喝了半年，去医院一查溃疡都长好了。", [M]),
        ("一岁以内的小宝宝不能吃蜂蜜啊，这个一定要记住。", [],
         {"trap": True, "note": "imitates medical_claim: a safety warning, no efficacy or safety promise"}),
        ("超市里卖128一瓶，咱们直播间只要59块9。", [P]),
        ("原价一百九十九，今天家人们直接拍，六十九块九两斤。", [P]),
        ("这一批卖完就恢复原价了，明天再来可就没有这个价了啊。", [P]),
        ("全网醉低价 你们去别的平台随便比", [A, P],
         {"said": "全网最低价，你们去别的平台随便比。"}),
        ("五十九块九一瓶，拍两瓶就是一百一十九块八，包邮到家。", [],
         {"trap": True, "note": "imitates price_claim: plain price and quantity, no reference price, no comparison, no time limit"}),
        ("上一场直播我们卖了十二万八千瓶，好评率百分之九十九。", [S]),
        ("回购的老粉特别多，三十万个家庭都在喝我们家的蜂蜜。", [S]),
        ("配料表第一位就是蜂蜜，而且就这一样配料，大家可以放大看。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一位 is the ingredient-list order, a verifiable label fact"}),
        ("外面超市那些蜂蜜啊，全是糖浆兑出来的，根本就是假蜂蜜。", [D]),
        ("有个天天打广告的牌子我就不点名了，买它就是交智商税，一股糖精味。", [D]),
        ("超市也有很好的蜂蜜，我们家的是单花成熟蜜，口味不一样，大家按自己喜欢的选。", [],
         {"trap": True, "note": "imitates disparagement: mentions other sellers without running them down"}),
        ("想要整箱批发的宝宝，加我薇信私聊，我单独给你发货。", [O]),
        ("进我们的粉丝福利裙 裙里直接转账发货 不用走平台", [O],
         {"said": "进我们的粉丝福利群，群里直接转账发货，不用走平台。"}),
        ("新来的宝宝点个关注，加入粉丝团，下次开播第一时间提醒你。", [],
         {"trap": True, "note": "imitates offsite_trade/absolute_claim: follow and fan club are the platform's own channels; 第一时间 is order"}),
        ("喝这个蜂蜜还能将雪糖 有唐尿病的家人也可以放心喝", [M],
         {"said": "喝这个蜂蜜还能降血糖，有糖尿病的家人也可以放心喝。"}),
        ("它是食品不是药，不能治病，身体不舒服请去医院。", [],
         {"trap": True, "note": "imitates medical_claim: negated claim (不能治病) and a referral to a doctor"}),
        ("纯天然零添加，没有任何副作用，孕妇小孩老人都能吃。", [M]),
        ("这是国家级的蜂场出来的，顶级的成熟蜜。", [A]),
        ("连续三年在咱们平台蜂蜜类目排名第一。", [A, S]),
        ("糖尿病人要控制糖分，蜂蜜也是糖，吃之前请先问问医生。", [],
         {"trap": True, "note": "imitates medical_claim: disease word inside a risk warning, no claim"}),
        ("送长辈送领导都好，这个蜂蜜罐子是请大师开过光的，摆家里招财。", [X]),
        ("我们客服二十四小时在线，会尽最大努力给大家做好售后。", [],
         {"trap": True, "note": "imitates absolute_claim: service attitude (执法指南第5条)"}),
        ("三分钟就抢了三千五百单，库存就剩这点了，上链接！", [S]),
        ("口感那是相当好，喝过的都说好。", [],
         {"ignore": True, "note": "grey: vague review talk without a figure"}),
        ("好，一号链接，小黄车里直接拍就可以了。", []),
    ]),

    dict(id="d02_mask", product="面膜", lines=[
        ("来宝宝们，今天这款面膜是我们自己工厂做的，精华给得特别足。", []),
        ("第一布先洁面 第二布拍爽肤水 最后一布再敷面膜", [],
         {"trap": True, "said": "第一步先洁面，第二步拍爽肤水，最后一步再敷面膜。",
          "note": "imitates absolute_claim: 第一步/最后一步 only express order"}),
        ("这款面膜敷一次就能美白，连敷七天，黑黄皮直接白两个度。", [C]),
        ("脸上有斑的姐妹看过来 它驱搬特别快 老年斑晒斑都能淡掉", [C],
         {"said": "脸上有斑的姐妹看过来，它祛斑特别快，老年斑晒斑都能淡掉。"}),
        ("痘痘肌也能用 它销炎去痘 一晚上痘痘就瘪下去了", [C],
         {"said": "痘痘肌也能用，它消炎祛痘，一晚上痘痘就瘪下去了。"}),
        ("面膜最好晚上睡前敷，十五分钟就拿下来，别敷太久。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 is a usage/time tip"}),
        ("敏感肌的姐妹闭眼入 它是抗明面膜 敷完皮肤稳稳的", [C],
         {"said": "敏感肌的姐妹闭眼入，它是抗敏面膜，敷完皮肤稳稳的。"}),
        ("敏感肌的宝宝第一次用，先在耳后试一下，没问题再上脸。", [],
         {"trap": True, "note": "imitates cosmetic_claim/absolute_claim: 敏感 in a patch-test warning, 第一次 is order; no 抗敏 claim"}),
        ("脸上的痘印痘坑，还有手术留下来的疤，用它都能祛疤。", [C]),
        ("有湿疹有皮炎的宝宝，敷上一个礼拜基本就好了。", [M]),
        ("这是医用级别的面膜，比医院开的药膏还管用。", [M]),
        ("这个就是基础补水的，没有美白祛斑的功效，大家别误会啊。", [],
         {"trap": True, "note": "imitates cosmetic_claim: special efficacy explicitly denied"}),
        ("它里面有抑菌成分，脸上的螨虫都能杀掉。", [C]),
        ("它还能溶脂瘦脸，坚持敷一个月，脸小一圈。", [C]),
        ("美白淡帮双效 一盒下去 暗沉全没了", [C],
         {"said": "美白淡斑双效，一盒下去，暗沉全没了。"}),
        ("嗯，它也是抗炎的，脸上红红的一敷就下去了。", [C]),
        ("坚持敷下去，黄黑皮也能变成冷白皮。", [C]),
        ("晒黑了也不怕，敷上一个礼拜就白回来了。", [C]),
        ("防晒它也可以，敷完出门都不用涂防晒霜了。", [C]),
        ("面膜不能代替防晒，白天出门还是要涂防晒霜的。", [],
         {"trap": True, "note": "imitates cosmetic_claim: advice to use sunscreen, no sun-protection claim for the mask"}),
        ("这是史上补水效果最好的一款面膜，没有之一。", [A]),
        ("专柜价一片38，直播间38块钱20片。", [P]),
        ("划线价二百九十九，今天只要九十九，只限今晚啊。", [P]),
        ("这是我们升级后的二代，每片精华比老款多了五毫升。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison within one brand (执法指南第6条)"}),
        ("我们这款面膜，在全平台面膜榜上排名第一。", [A, S]),
        ("光今年就卖出去两千三百万片，好评率百分之百。", [S]),
        ("已经有五十万个姐妹回购了，评论区全是好评。", [S]),
        ("九十九一盒二十片，拍两盒一百九十八，没有别的套路。", [],
         {"trap": True, "note": "imitates price_claim: plain price, no comparison price"}),
        ("那些大牌面膜就是交智商税，里面全是香精和防腐剂。", [D]),
        ("隔壁直播间卖的那种九块九的，全是三无产品，烂脸了别来找我。", [D]),
        ("有宝宝问跟某大牌比哪个好，各有各的特点，看你自己的肤质。", [],
         {"trap": True, "note": "imitates disparagement: competitor mentioned neutrally"}),
        ("想做代理拿货的宝宝，加我扣扣私聊，我教你怎么卖。", [O]),
        ("加V领取我们的护肤小课堂，还有专属售后。", [O]),
        ("脸上有伤口或者正在过敏的时候先别用，等好了再用。", [],
         {"trap": True, "note": "imitates medical_claim/cosmetic_claim: 过敏 in a contraindication warning"}),
        ("评论区扣个一，我看看多少宝宝想要，小黄车三号链接。", [],
         {"trap": True, "note": "imitates offsite_trade: 扣个一 is a comment, 小黄车 is the platform cart (not 扣扣/QQ)"}),
        ("用完皮肤嫩嫩的，跟剥了壳的鸡蛋一样。", [],
         {"ignore": True, "note": "grey: skin-feel hyperbole, no listed efficacy term"}),
        ("大家看这个精华，满满一袋，都往下滴。", []),
    ]),

    dict(id="d03_hairdye", product="染发剂", lines=[
        ("姐妹们，今天给大家上一款泡泡染，在家自己就能染。", []),
        ("这款染发膏纯植物的 染完不但不伤头发 还能方脱", [C],
         {"said": "这款染发膏纯植物的，染完不但不伤头发，还能防脱。"}),
        ("掉头发厉害的姐妹用它 1个月头顶就长出新头发了 升发效果特别明显", [C],
         {"said": "掉头发厉害的姐妹用它，一个月头顶就长出新头发了，生发效果特别明显。"}),
        ("这个色号特别显白，黄皮的姐妹也能驾驭。", [],
         {"trap": True, "note": "imitates cosmetic_claim: 显白 describes how the hair colour looks against the skin, no skin-whitening efficacy"}),
        ("它染一次能管半年，白头发再也长不出来了，从根上治白发。", [M]),
        ("孕妇都能用，没有任何副作用，对身体零伤害。", [M]),
        ("染之前一定要做皮试，耳后涂一点，等四十八小时。", [],
         {"trap": True, "note": "imitates medical_claim: allergy test instruction, a risk warning"}),
        ("头皮屑多、头皮发炎的姐妹，它还能帮你消炎。", [C]),
        ("这是全行业最温和的染发膏，没有之一。", [A]),
        ("头皮有伤口、有湿疹的时候千万别染，等好了再说。", [],
         {"trap": True, "note": "imitates medical_claim: disease word in a contraindication"}),
        ("理发店染一次三百八，咱们这一盒才三十九块九，能染三次。", [P]),
        ("今晚下单第二盒半价，过了十二点恢复原价一百五十八。", [P]),
        ("第一步戴手套，第二步把两管挤在一起搅匀。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一步 is order"}),
        ("我们是抖音染发类目的销量冠军，一年卖了八十六万盒。", [A, S]),
        ("药店里那些染发剂都是化学的，染完致癌，千万别用。", [D]),
        ("某宝上那些几块钱的染发膏，铅超标的，染多了脑子都坏掉。", [D]),
        ("它就是染发产品，不能防脱也不能生发，别听别人瞎说。", [],
         {"trap": True, "note": "imitates cosmetic_claim: 防脱/生发 explicitly denied"}),
        ("要染发教程的宝宝加我绿炮炮 我一对一教你", [O],
         {"said": "要染发教程的宝宝加我绿泡泡，我一对一教你。"}),
        ("私信我发个暗号，我给你走内部渠道发货。", [O]),
        ("这款是国家级的配方，业内顶尖。", [A]),
        ("这一代比我们上一代的味道淡了很多，几乎闻不到氨水味。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison with the brand's previous version"}),
        ("跟我们比，别家的染发剂简直就是毒药。", [D]),
        ("已经有二十万宝妈回购，都说染完头皮一点不痒。", [S]),
        ("一盒三十九块九，里面是两次的量，大家自己算一下。", [],
         {"trap": True, "note": "imitates price_claim: plain price, no comparison"}),
        ("它能刺激毛囊，头发越染越多，越染越密。", [C]),
        ("这款有荒脱发的专利成分 洗头掉的头发少一半", [C],
         {"said": "这款有防脱发的专利成分，洗头掉的头发少一半。"}),
        ("再也找不到比它更好上色的染发膏了，一梳就黑。", [A]),
        ("边染边止脱，头发掉得厉害的染两次就不掉了。", [C]),
        ("头皮敏感的也不怕，它能脱敏，越用头皮越健康。", [C]),
        ("它还抗菌，头皮上的真菌螨虫一洗全杀光。", [C]),
        ("有宝宝问欧莱雅那款跟我们哪个好，人家也是大品牌，选自己喜欢的色号就行。", [],
         {"trap": True, "note": "imitates disparagement: competitor named without disparagement"}),
        ("醉后提醒一下 染完48小时内别洗头", [],
         {"trap": True, "said": "最后提醒一下，染完四十八小时内别洗头。",
          "note": "imitates absolute_claim: 最后提醒 only expresses order"}),
        ("最好是头发干的时候染，上色更均匀。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 is a usage tip"}),
        ("染完整个人气色都好了，回头率超高。", [],
         {"ignore": True, "note": "grey: appearance talk; 回头率 is not a sales or user figure"}),
        ("你看我这个头发就是上周自己染的，颜色很自然吧。", []),
    ]),

    dict(id="d04_purifier", product="净水器", lines=[
        ("大家看，我现在接一杯自来水，再接一杯过滤后的水。", []),
        ("家人们，这个净水器过滤出来的水能预防肾结石，长期喝结石自己就排出去了。", [M]),
        ("喝了我们的水 高雪压高雪脂都能降下来", [M],
         {"said": "喝了我们的水，高血压高血脂都能降下来。"}),
        ("这台是国家一级水笑 省水又省电", [],
         {"trap": True, "said": "这台是国家一级水效，省水又省电。",
          "note": "imitates absolute_claim: 一级水效 is a national-standard grade (GB 34914)"}),
        ("这是全球最先进的反渗透技术，行业顶级。", [A]),
        ("在咱们平台净水器类目连续三年销量第一。", [A, S]),
        ("最大出水量每分钟两升，一家五口完全够用。", [],
         {"trap": True, "note": "imitates absolute_claim: 最大出水量 is the product's own specification"}),
        ("商场卖4500，直播间2990，还送三年滤芯。", [P]),
        ("原价三千九百九十九，今天下单立减一千，仅限今晚。", [P]),
        ("全网罪低价 买贵了我10倍差价补给你", [A, P],
         {"said": "全网最低价，买贵了我十倍差价补给你。"}),
        ("滤芯最好半年换一次，到时间了机器会自己提醒你。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 is a maintenance tip"}),
        ("那些便宜的净水器就是摆设，里面的滤芯都是回收的。", [D]),
        ("某些大品牌的净水器啊，出来的水比自来水还脏。", [D]),
        ("比我们去年那款多了一道前置过滤，滤芯寿命也更长了。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison with last year's model"}),
        ("已经有一百二十万个家庭在用，好评率九十九点八。", [S]),
        ("要上门安装的加威信私聊 我直接给你派师傅", [O],
         {"said": "要上门安装的加微信私聊，我直接给你派师傅。"}),
        ("主页有我的联系方式，进群下单，送一年滤芯。", [O]),
        ("净水器只是过滤自来水的，不能治病，身体不舒服请去医院。", [],
         {"trap": True, "note": "imitates medical_claim: negated claim"}),
        ("这个水直接喝能抗癌，癌细胞都怕它。", [M]),
        ("它出来的是弱碱性小分子水，喝了调节酸性体质，百病不生。", [M]),
        ("最近有宝宝反映安装慢，我们已经加派了师傅。", [],
         {"trap": True, "note": "imitates absolute_claim: 最近 is a time word"}),
        ("你去找，再也找不到比这台过滤更干净的了。", [A]),
        ("今年双十一，一天就卖出去三万八千台。", [S]),
        ("隔壁直播间那台杂牌 就是山无产品 喝了要出事的", [D],
         {"said": "隔壁直播间那台杂牌，就是三无产品，喝了要出事的。"}),
        ("售后这块大家放心，我们一定做到最用心的服务，有问题随时找客服。", [],
         {"trap": True, "note": "imitates absolute_claim: service attitude (执法指南第5条)"}),
        ("装了我们这台，家里的风水都变好了，水为财，聚财旺家。", [X]),
        ("有宝宝问跟美的的比怎么样，美的也不错，我们是厨下式的，看你家厨房空间。", [],
         {"trap": True, "note": "imitates disparagement: competitor mentioned fairly"}),
        ("家里装了它，孩子就不生病了，一年都不用去医院。", [M]),
        ("三千多块钱的净水器，今天只要一千九百九十九，限时限量。", [P]),
        ("一千九百九十九到手，包安装，包三年上门维修。", [],
         {"trap": True, "note": "imitates price_claim: plain price and service terms, no reference price"}),
        ("加入粉丝团领一张五十的优惠券，在小黄车里直接用。", [],
         {"trap": True, "note": "imitates offsite_trade/price_claim: fan club and coupon inside the platform, no price comparison"}),
        ("这个是TDS笔，测一下水里的溶解性固体。", []),
    ]),

    dict(id="d05_calcium", product="钙片", lines=[
        ("来，先给大家看一下我们的蓝帽子标志。", []),
        ("骨质酥松的爷爷奶奶 吃上3个月骨头就硬朗了 骨质酥松就好了", [M],
         {"said": "骨质疏松的爷爷奶奶，吃上三个月骨头就硬朗了，骨质疏松就好了。"}),
        ("本品不能代替药物，它是保健食品，不是药。", [],
         {"trap": True, "note": "imitates medical_claim: the mandatory health-food statement (广告法第18条)"}),
        ("孩子吃了我们的钙片，一年能长高十公分，保证长个。", [M]),
        ("腿抽筋关节疼的 吃两盒就不疼了 比吃指疼药强多了", [M],
         {"said": "腿抽筋、关节疼的，吃两盒就不疼了，比吃止疼药强多了。"}),
        ("钙片最好饭后吃，跟维生素D一起吃吸收更好。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好饭后吃 is a usage tip (执法指南第6条)"}),
        ("有高血压的吃了它，降压药都可以停了。", [M]),
        ("无效退宽 吃1个月没效果我全额退给你", [M],
         {"said": "无效退款，吃一个月没效果我全额退给你。"}),
        ("有肾结石病史的朋友，吃之前先问问医生。", [],
         {"trap": True, "note": "imitates medical_claim: disease word in a risk warning"}),
        ("药店里卖两百九十八一瓶，直播间只要九十九两瓶。", [P]),
        ("吸收率是普通钙片的五倍，全世界吸收最好的钙。", [A]),
        ("这是我们的新配方，比老配方多加了维生素K2。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison with the old formula"}),
        ("这就是钙片界的天花板，没有哪个牌子能比得过。", [A]),
        ("连续五年在全国连锁药店排名第一。", [A, S]),
        ("一天最多吃两片，千万不要超量。", [],
         {"trap": True, "note": "imitates absolute_claim: 最多 is a dosage limit"}),
        ("光这个月就卖了四十五万瓶，回购率百分之八十六。", [S]),
        ("超市那些钙片全是碳酸钙粉压的，吃了伤胃，纯属智商税。", [D]),
        ("有个卖得很火的进口钙，我不说名字你们也知道，吃了就便秘，别再上当了。", [D]),
        ("换季了注意保暖，预防感冒，多晒晒太阳。", [],
         {"trap": True, "note": "imitates medical_claim: 预防感冒 is general advice, not a product claim"}),
        ("想给家里老人定期买的，加我好友，我每个月提醒你。", [O]),
        ("私信我下单，我走厂家直发，不用在这里拍。", [O]),
        ("九十九两瓶，每瓶六十片，够吃两个月。", [],
         {"trap": True, "note": "imitates price_claim: per-unit price without a reference price"}),
        ("本来三百九十八一盒，今天买一送一，就今天。", [P]),
        ("它没有任何护作用 3岁以上孩子孕妇老人都能放心吃", [M],
         {"said": "它没有任何副作用，三岁以上孩子、孕妇、老人都能放心吃。"}),
        ("钙尔奇大家也可以看看，各家配方不一样，适合自己的就好。", [],
         {"trap": True, "note": "imitates disparagement: competitor named without disparagement"}),
        ("医生都推荐吃我们这款，好多医院里都在用。", [M]),
        ("坚持吃还能预防老年痴呆，记性越来越好。", [M]),
        ("点个关注，每周四晚上八点我们准时开播。", [],
         {"trap": True, "note": "imitates offsite_trade: follow is the platform's own channel"}),
        ("国家级实验室认证，用的是顶级原料。", [A]),
        ("直播间一分钟就卖空了两千单，后台都卡了。", [S]),
        ("第一次买的宝宝，建议先拍一瓶试试。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一次 is order"}),
        ("补钙不能代替治疗 骨质酥松请去正规医院", [],
         {"trap": True, "said": "补钙不能代替治疗，骨质疏松请去正规医院。",
          "note": "imitates medical_claim: negated claim with a disease word"}),
        ("我妈吃了半年，说晚上腿不怎么抽筋了。", [],
         {"ignore": True, "note": "grey: host's anecdote implying efficacy without a claim"}),
        ("一片是六百毫克的钙，一天一片就够了。", []),
    ]),

    dict(id="d06_ginseng", product="人参", lines=[
        ("大家看这个芦头，这个就是年份的标志。", []),
        ("这是长白山的野山参，最正宗的，没有之一。", [A]),
        ("人参属于食品 不能代替要物 生病了请去看医生", [],
         {"trap": True, "said": "人参属于食品，不能代替药物，生病了请去看医生。",
          "note": "imitates medical_claim: negated claim and referral to a doctor"}),
        ("每天含两片，心脏不好的、心慌胸闷的，吃一个月就好了。", [M]),
        ("人参能抗肿瘤，化疗完的病人吃了恢复特别快。", [M]),
        ("最好早上吃，晚上吃容易精神太好睡不着。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 is a time-of-use tip"}),
        ("男人吃了补肾壮阳 比次药还管用", [M],
         {"said": "男人吃了补肾壮阳，比吃药还管用。"}),
        ("高血压的朋友吃人参要慎重，先问问医生。", [],
         {"trap": True, "note": "imitates medical_claim: disease word in a risk warning"}),
        ("药房里卖一千二一根，咱们直播间三百九十九两根。", [P]),
        ("这根十五年的参，外面拍卖行至少一万八，今天八千八拿走。", [P]),
        ("按国标分等，这一根是一等参，证书上都写着呢。", [],
         {"trap": True, "note": "imitates absolute_claim: a grade under a national standard"}),
        ("已经卖出去三万多根，来买的基本都是回头客。", [S]),
        ("市面上九成的人参都是园参冒充的，别家的你根本不敢买。", [D]),
        ("那个什么参茸店，卖的全是硫磺熏过的，吃了伤身体。", [D]),
        ("第一步先看芦头，第二步看参须，我教大家怎么挑参。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一步 is order"}),
        ("要整根礼盒的，加我微信，我私下给你挑一根品相好的。", [O]),
        ("直接转账给我，我发顺丰，别在平台上拍了。", [O]),
        ("我们跟吉林那几家都是长白山的货，各有各的好，大家按预算选。", [],
         {"trap": True, "note": "imitates disparagement: competitors mentioned without disparagement"}),
        ("百年老参有灵性 放在家里能镇宅避邪", [X],
         {"said": "百年老参有灵性，放在家里能镇宅辟邪。"}),
        ("人参是找财的 生意人买一根摆在店里 保你财源滚滚", [X],
         {"said": "人参是招财的，生意人买一根摆在店里，保你财源滚滚。"}),
        ("三百九十九一根，送礼盒和手提袋。", [],
         {"trap": True, "note": "imitates price_claim: plain price with gifts, no comparison"}),
        ("吃了我们的参，血糖血压都稳了，再也不用打胰岛素。", [M]),
        ("全网独一无二的林下参，别的地方你买不到。", [A]),
        ("这个价格史上最低，过了今天就恢复原价两千九。", [A, P]),
        ("收藏有风险，人参价格也会波动，买来自己吃就好，别想着赚钱。", [],
         {"trap": True, "note": "imitates investment_claim: a risk warning that denies returns"}),
        ("我们是全国人参销量排名第一的直播间。", [A, S]),
        ("有湿眠的宝宝 睡前泡一片 当晚就能睡着 湿眠彻底更治", [M],
         {"said": "有失眠的宝宝，睡前泡一片，当晚就能睡着，失眠彻底根治。"}),
        ("投资收藏也行 野山参每年都涨 只长不跌 放几年翻倍", [I],
         {"said": "投资收藏也行，野山参每年都涨，只涨不跌，放几年翻倍。"}),
        ("这一代包装比去年那款小了一号，送人更方便。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison of packaging"}),
        ("好评率百分之九十九点六，三万条评价没有一条差评。", [S]),
        ("买一根送一根，原价两千八的，今天两根一千九。", [P]),
        ("加入粉丝团的宝宝，下单备注粉丝团，送切片刀。", [],
         {"trap": True, "note": "imitates offsite_trade: fan club and order note stay on the platform"}),
        ("老一辈都说人参是百草之王。", [],
         {"ignore": True, "note": "grey: traditional saying (王) rather than the host's own claim"}),
        ("看这个须子，完整的，一根都没断。", []),
    ]),

    dict(id="d07_jade", product="翡翠", lines=[
        ("打个灯给大家看看，这个水头，这个种。", []),
        ("这块平安扣是寺里大师亲自开关的 戴上就能保平安", [X],
         {"said": "这块平安扣是寺里大师亲自开光的，戴上就能保平安。"}),
        ("这个款式叫平安扣，是传统款式的名字，不是说戴了就保平安。", [],
         {"trap": True, "note": "imitates superstition: a product/style name, protective effect explicitly denied"}),
        ("本命年的宝宝戴这个貔貅 能帮你赚运 挡小人", [X],
         {"said": "本命年的宝宝戴这个貔貅，能帮你转运，挡小人。"}),
        ("貔貅只进不出，专门招财的，做生意的老板必须戴一个。", [X]),
        ("这个翡翠葫芦能花煞 家里风水不好的摆一个", [X],
         {"said": "这个翡翠葫芦能化煞，家里风水不好的摆一个。"}),
        ("我们每一件都有国检证书，天然A货，可以拿去任何检测站复检。", [],
         {"trap": True, "note": "imitates absolute_claim: verifiable certification fact, no superlative"}),
        ("结婚多年没有孩子的，戴这个送子观音，很快就能怀上。", [X]),
        ("翡翠是有灵性的，辟邪挡灾，老人孩子都适合戴。", [X]),
        ("戴上这个镯子，保佑你一家老小健健康康。", [X]),
        ("这个貔貅摆件放办公室，镇宅旺财，小人全挡掉。", [X]),
        ("女孩子戴这个旺夫，保你嫁个好老公。", [X]),
        ("第一次买翡翠的宝宝，建议先从小挂件入手。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一次 is order"}),
        ("这块料子在商场标价12万8，今天直播间1万2千8。", [P]),
        ("原价三万八的手镯，今天三千五，你就说划不划算吧。", [P]),
        ("最近缅甸那边原料涨价，有几件我们过几天会调价，提前跟大家说一声。", [],
         {"trap": True, "note": "imitates absolute_claim/price_claim: 最近 is a time word; price notice without a comparison"}),
        ("翡翠只会越来越少 只长不跌 买了就是稳转", [I],
         {"said": "翡翠只会越来越少，只涨不跌，买了就是稳赚。"}),
        ("这个镯子放五年至少翻三倍，比存银行强多了，零风险。", [I]),
        ("翡翠保值争值 比买理财稳多了 保证不会亏", [I],
         {"said": "翡翠保值增值，比买理财稳多了，保证不会亏。"}),
        ("翡翠是消费品 不是理财产品 价格会波动 不成诺升值", [],
         {"trap": True, "said": "翡翠是消费品，不是理财产品，价格会波动，不承诺升值。",
          "note": "imitates investment_claim: negated return promise and risk warning"}),
        ("全网最便宜的A货翡翠就在我们家。", [A, P]),
        ("这是顶级的帝王绿，整个缅甸也就这一块。", [A]),
        ("这个镯子一万二千八，证书、发票都齐全。", [],
         {"trap": True, "note": "imitates price_claim: plain price, no comparison"}),
        ("别家直播间的翡翠全是B货C货，打了酸注了胶的。", [D]),
        ("那些所谓大师的直播间卖的都是玻璃，专门骗傻子。", [D]),
        ("隔壁直播间也有不错的货，大家可以多看看多比较。", [],
         {"trap": True, "note": "imitates disparagement: competitor mentioned favourably"}),
        ("要看更多私货的宝宝，加我V信，私聊给你发视频。", [O]),
        ("大件的货不方便上链接，私聊我，咱们走线下交易。", [O]),
        ("想看视频的宝宝在评论区打出来，我在直播间给你上手。", [],
         {"trap": True, "note": "imitates offsite_trade: requests stay in the comment section and the live room"}),
        ("我们家每天出货三千多件，三十万粉丝都是回头客。", [S]),
        ("在咱们平台翡翠类目排名第一，连续三年了。", [A, S]),
        ("镯子最好别戴着洗澡，磕了碰了会裂。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 is care advice"}),
        ("戴翡翠养人，颈椎病、失眠，戴一阵子就好了。", [M]),
        ("这个价格史上最低，主播自己贴钱，下一秒恢复原价。", [A, P]),
        ("圈口最大能做到六十二，手大的姐妹也能戴。", [],
         {"trap": True, "note": "imitates absolute_claim: 最大 is a size specification"}),
        ("老话说人养玉三年，玉养人一辈子。", [],
         {"ignore": True, "note": "grey: proverb that hints at health or luck without a direct claim"}),
    ]),

    dict(id="d08_franchise", product="招商加盟", lines=[
        ("今天我们总部的招商经理也在直播间，有问题随时问。", []),
        ("加盟我们的奶茶店 宝本保收益 3个月回本 亏了总部兜底", [I],
         {"said": "加盟我们的奶茶店，保本保收益，三个月回本，亏了总部兜底。"}),
        ("投资有风险，加盟需谨慎，我们不承诺任何收益。", [],
         {"trap": True, "note": "imitates investment_claim: risk warning and explicit non-promise"}),
        ("灵风险创业 不赚钱我们全额退加盟费", [I],
         {"said": "零风险创业，不赚钱我们全额退加盟费。"}),
        ("一家店一年稳钻50万 这都是真实数据", [I],
         {"said": "一家店一年稳赚五十万，这都是真实数据。"}),
        ("每个城市情况不一样，回本周期要看选址和经营，这个没法给你保证。", [],
         {"trap": True, "note": "imitates investment_claim: 回本/保证 in a denial of any guarantee"}),
        ("选址我们帮你选，每个月保底收益两万，直接写进合同。", [I]),
        ("你把钱放银行一年才几个点 放我们这里连化收益百分之三十 还保本", [I],
         {"said": "你把钱放银行一年才几个点，放我们这里年化收益百分之三十，还保本。"}),
        ("第一步先提交资料，第二步总部考察，最后一步才签合同。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一步/最后一步 are order words"}),
        ("全国已经开了三千五百家门店，家家门口排长队。", [S]),
        ("我们是奶茶加盟品牌排名第一，连续四年。", [A, S]),
        ("我们总部会尽最大努力支持大家，培训、物料都跟得上。", [],
         {"trap": True, "note": "imitates absolute_claim: service attitude (执法指南第5条)"}),
        ("加盟费原来十二万八，今天直播间签约只要六万八。", [P]),
        ("今晚签约再减两万，仅限前十名，明天恢复原价。", [P]),
        ("加盟费六万八，包含设备和三个月的原料，没有其他隐藏费用。", [],
         {"trap": True, "note": "imitates price_claim: plain fee disclosure, no comparison"}),
        ("别的奶茶品牌加盟就是割韭菜，交了钱就不管你了。", [D]),
        ("那个网红品牌的加盟商，十家倒闭九家，你还敢去？", [D]),
        ("有宝宝问跟蜜雪冰城比怎么样，人家做得很好，我们定位不一样。", [],
         {"trap": True, "note": "imitates disparagement: competitor named and praised"}),
        ("想详细了解的，加我微信，我把合同模板发给你。", [O]),
        ("评论区不方便说，私聊我，给你一个内部报价。", [O]),
        ("想了解的在评论区留言，或者点小黄车里的咨询卡片，平台客服会联系你。", [],
         {"trap": True, "note": "imitates offsite_trade: the platform's own lead card and customer service"}),
        ("我们的配方是全国最好喝的，没有之一。", [A]),
        ("店门口摆上我们定制的找财猫 开关的 保你生意兴隆", [X],
         {"said": "店门口摆上我们定制的招财猫，开光的，保你生意兴隆。"}),
        ("我们请风水大师帮你看店铺朝向，化煞聚财。", [X]),
        ("开业那天大师帮你择个吉日，保你一开张就旺。", [X]),
        ("我们这版店型比去年那一版面积小，房租压力小一点。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison with last year's store format"}),
        ("一年新开三千家店，签约的老板一个都没有亏过。", [I, S]),
        ("只要你肯干，月入十万没问题，我们包你赚。", [I]),
        ("最近很多人问加盟，我们统一在直播间答疑。", [],
         {"trap": True, "note": "imitates absolute_claim: 最近 is a time word"}),
        ("这是我们史上最好的一次加盟政策。", [A]),
        ("一杯成本一块五，卖十五，十倍利润，保证你一年回本。", [I]),
        ("往年的数据仅供参考 不代表你开店的实际收一", [],
         {"trap": True, "said": "往年的数据仅供参考，不代表你开店的实际收益。",
          "note": "imitates investment_claim: past data disclaimer, no promise"}),
        ("名额只剩最后三个，刚才又签走了两个。", [],
         {"ignore": True, "note": "grey: possible fake scarcity (虚假抢购) that audio cannot settle"}),
        ("给大家看看我们门店的装修风格。", []),
    ]),

    dict(id="d09_stockcourse", product="股票课程", lines=[
        ("我们先来复盘一下今天的大盘。", []),
        ("跟着老师学 1个月收益翻倍 稳赚不陪", [I],
         {"said": "跟着老师学，一个月收益翻倍，稳赚不赔。"}),
        ("股市有疯险 投资需谨慎 课程只讲方法 不承诺收益", [],
         {"trap": True, "said": "股市有风险，投资需谨慎，课程只讲方法，不承诺收益。",
          "note": "imitates investment_claim: risk warning and explicit non-promise"}),
        ("老师推的票，十个有九个涨停，学费一个月就赚回来了。", [I]),
        ("亏了我们全额赔付，保证你本金不亏。", [I]),
        ("历史业绩不代表未来表现，大家一定要控制好仓位。", [],
         {"trap": True, "note": "imitates investment_claim: risk warning"}),
        ("这套战法只张不跌 选出来的股票拿着就赚", [I],
         {"said": "这套战法只涨不跌，选出来的股票拿着就赚。"}),
        ("报名就送保底年化收益百分之二十，达不到退学费。", [I]),
        ("第一节课讲K线，第二节讲均线，最后一节讲仓位管理。", [],
         {"trap": True, "note": "imitates absolute_claim: 第一节/最后一节 only express order"}),
        ("我们老师是全国最流的操盘手 业内公认第一", [A],
         {"said": "我们老师是全国最牛的操盘手，业内公认第一。"}),
        ("已经有二十万学员报了这个课，好评率百分之九十八。", [S]),
        ("老师的态度就是有问必答，保证每个问题都给你讲透。", [],
         {"trap": True, "note": "imitates investment_claim: 保证 is about teaching service, not returns (执法指南第5条)"}),
        ("课程原价九千八，今晚直播间只要一千九百八。", [P]),
        ("今晚十二点前报名立减三千，明天就恢复原价。", [P]),
        ("课程一千九百八，一共三十节，可以永久回放。", [],
         {"trap": True, "note": "imitates price_claim: plain price, no comparison"}),
        ("别家的股票课就是照着书念，花那个钱纯属交智商税。", [D]),
        ("隔壁那个什么财经学院的老师，自己都亏得底掉，还好意思教你？", [D]),
        ("有同学问跟券商的免费投教课有什么区别，那个也很好，我们的更偏实战一点。", [],
         {"trap": True, "note": "imitates disparagement: competitor acknowledged, difference stated without running it down"}),
        ("想进我们内部交流裙的 加老师维信 每天盘前发票", [O],
         {"said": "想进我们内部交流群的，加老师微信，每天盘前发票。"}),
        ("扫屏幕上的二维码加助理好友，送你三天体验课。", [O]),
        ("课后有问题直接在课程页面下面留言，助教在平台上统一回复。", [],
         {"trap": True, "note": "imitates offsite_trade: support stays on the platform"}),
        ("学了这套方法，你就能财务自由，辞职炒股都没问题。", [I]),
        ("这是全网唯一一套能预测主力动向的课程。", [A]),
        ("买了课的学员，戴上老师开过光的貔貅手串，炒股逢买必涨。", [X, I]),
        ("这一期比上一期多加了五节实操课。", [],
         {"trap": True, "note": "imitates absolute_claim: self-comparison with the previous term"}),
        ("我们直播间每天三万人在线，都是来抄老师作业的。", [S]),
        ("国家级金牌讲师亲自授课。", [A]),
        ("最近市场波动大，新手最好先用模拟盘练练手。", [],
         {"trap": True, "note": "imitates absolute_claim: 最近 is a time word, 最好 is advice"}),
        ("这套课卖了五千多套，学员回购进阶课的超过百分之七十。", [S]),
        ("炒股前先拜拜财神 老师教你选个好日子开户专运", [X],
         {"said": "炒股前先拜拜财神，老师教你选个好日子开户转运。"}),
        ("我们不荐股，不代客理财，不带单，请大家认准。", [],
         {"trap": True, "note": "imitates investment_claim: negated investment service"}),
        ("跟着我操作，今年至少赚三倍，赚不到学费全退。", [I]),
        ("课后有问题可以在粉丝群里问，助教都在。", [],
         {"ignore": True, "note": "grey: 粉丝群 may be the platform's own fan group or an outside group"}),
        ("打开K线图，大家看这个位置。", []),
    ]),

    dict(id="d10_aircon", product="空调", lines=[
        ("宝宝们，夏天马上到了，装空调的高峰期也要来了。", []),
        ("这台空调是全球罪省电的 1晚上才1度电", [A],
         {"said": "这台空调是全球最省电的，一晚上才一度电。"}),
        ("这台是新国标一级能效，一年下来电费能省不少。", [],
         {"trap": True, "note": "imitates absolute_claim: 一级能效 is a national-standard grade"}),
        ("它制冷是行业里最快的，三十秒冷风就出来，没有哪个牌子比得过。", [A]),
        ("最大制冷量三千五百瓦，二十平的房间够用。", [],
         {"trap": True, "note": "imitates absolute_claim: 最大制冷量 is the product's own specification"}),
        ("它带负离子杀菌 开着它家里人不感冒 鼻言都好了", [M],
         {"said": "它带负离子杀菌，开着它家里人不感冒，鼻炎都好了。"}),
        ("老人有风湿关节炎的，开我们的空调不会加重，还能缓解。", [M]),
        ("睡觉的时候最好开睡眠模式，温度调到二十六度。", [],
         {"trap": True, "note": "imitates absolute_claim: 最好 is a usage tip"}),
        ("商场卖5900，直播间3990，还包安装。", [P]),
        ("国补之后再减八百，全网最低价，买贵包退差价。", [A, P]),
        ("原价四千二百九十九，今天下单三千二百九十九，只有今天。", [P]),
        ("这一代比我们上一代经音了5分贝", [],
         {"trap": True, "said": "这一代比我们上一代静音了五分贝。",
          "note": "imitates absolute_claim: self-comparison with the previous generation"}),
        ("今年这一款卖了三十八万台，空调类目销量冠军。", [A, S]),
        ("好评率百分之九十九，十万多条评价。", [S]),
        ("最低能设到十六度，但是不建议开这么低。", [],
         {"trap": True, "note": "imitates absolute_claim/price_claim: 最低 is a temperature setting, not a price"}),
        ("那个大牌空调就是贴牌货，里面的压缩机都是杂牌的。", [D]),
        ("别家的空调噪音大得跟拖拉机一样，买回去就后悔。", [D]),
        ("有宝宝问跟格力的比，格力也很好，我们主打的是性价比。", [],
         {"trap": True, "note": "imitates disparagement: competitor named and praised"}),
        ("要团购的 思聊我加个微信 我给你们小区统一安排", [O],
         {"said": "要团购的，私聊我加个微信，我给你们小区统一安排。"}),
        ("直接转账给我们的安装师傅，不用在平台拍，还能省手续费。", [O]),
        ("宝宝们 加我口口 有内部员工价", [O],
         {"said": "宝宝们，加我扣扣，有内部员工价。"}),
        ("开空调记得定时开窗通风，预防空调病。", [],
         {"trap": True, "note": "imitates medical_claim: 预防 + illness word as general advice, no product claim"}),
        ("再也找不到比这台更静音的空调了。", [A]),
        ("装在卧室的才位上 风水特别好 招才进宝", [X],
         {"said": "装在卧室的财位上，风水特别好，招财进宝。"}),
        ("三千九百九十九，含基础安装，铜管超出的部分另算。", [],
         {"trap": True, "note": "imitates price_claim: plain price and installation terms"}),
        ("用了我们的空调，小孩子的哮喘都不犯了。", [M]),
        ("史上最强的空调，国家级的技术。", [A]),
        ("点关注不迷路，小黄车二号链接就是这台。", [],
         {"trap": True, "note": "imitates offsite_trade: follow and cart are the platform's own channels"}),
        ("刚才三分钟秒了两千台，后台都在紧急补货。", [S]),
        ("有它在家里，甲醛都能分解，孕妇装修完马上入住都没事。", [M]),
        ("我们会用最快的速度给大家发货安装。", [],
         {"trap": True, "note": "imitates absolute_claim: service attitude (执法指南第5条)"}),
        ("看一下这个出风口，上下左右都能扫风。", []),
    ]),
    dict(id="d11_promotions", product="收纳用品", lines=[
        ("大家好，今天这场专门讲家里收纳用的小东西，先看这款叠衣板。", []),
        ("前一百名下单的送一个收纳袋，送完就没有了。", [],
         {"trap": True, "note": "imitates price_claim: a gift for the first hundred orders, its condition stated; no reference price, no deadline that restores a price"}),
        ("前五十个下单的宝宝，每人再送一卷标签贴。", [],
         {"trap": True, "note": "imitates price_claim: a gift with its condition stated; nothing said about prices"}),
        ("拍两件的送一个挂钩，赠品在详情页都写着。", [],
         {"trap": True, "note": "imitates price_claim: a gift for buying two, stated on the page; no price comparison"}),
        ("今天下单都送运费险，退货不用自己掏运费。", [],
         {"trap": True, "note": "imitates price_claim: freight insurance as a service; no price claim"}),
        ("这款收纳箱二十九块九一个，拍三个就是八十九块七。", [],
         {"trap": True, "note": "imitates price_claim: plain price with arithmetic; no reference price"}),
        ("满两件包邮，偏远地区要补一点运费。", [],
         {"trap": True, "note": "imitates price_claim: a shipping condition; no price comparison"}),
        ("优惠券在小黄车上方自己领，领了再拍。", [],
         {"trap": True, "note": "imitates price_claim: the platform coupon, no amount compared with a former price"}),
        ("赠品数量有限，以后台显示的为准，没抢到的不要着急。", [],
         {"trap": True, "note": "imitates price_claim: an honest note on gift stock, no urgency about price"}),
        ("这个挂钩赠品是我们自己定做的，不单独卖。", [],
         {"trap": True, "note": "imitates price_claim: a gift described; no price"}),
        ("原价六十九，今天直播间二十九块九，过了今晚恢复原价。", [P]),
        ("商场里这种收纳箱卖八十多，我们这里三十九两个。", [P]),
        ("前一百名下单的再减二十，一百名以后就恢复原价了。", [P]),
        ("只有今天这个价，明天直接涨回九十九。", [P]),
        ("全网最低价，你们去哪儿都找不到比这更便宜的。", [A, P]),
        ("赠品送完就没了，但价格不变，大家按需购买。", [],
         {"trap": True, "note": "imitates price_claim: says the price does not change; no false urgency"}),
        ("这个价格是平台活动价，活动页面上写着时间，大家自己看。", [],
         {"trap": True, "note": "imitates price_claim: a platform campaign price with its period shown on the page; no claim of a former price"}),
        ("第二件半价，两件算下来一件不到二十。", [P]),
        ("下单备注颜色，客服会按备注发货。", []),
        ("我们不搞先涨后降那一套，页面价就是实价。", [],
         {"trap": True, "note": "imitates price_claim: denies price tricks; no comparison"}),
        ("买一个收纳箱送两个小隔板，隔板单买要另拍。", [],
         {"trap": True, "note": "imitates price_claim: a gift for one purchase, its condition stated; no price comparison"}),
        ("关注店铺的宝宝可以领一张五块钱的店铺券。", [],
         {"trap": True, "note": "imitates price_claim: a shop coupon for followers, a plain statement of the offer"}),
        ("这批货卖完要等半个月才有，不急的可以等下一批。", [],
         {"trap": True, "note": "imitates price_claim: a stock note without price urgency"}),
        ("平时卖一百二，今天六十九，还送一个收纳袋。", [P]),
        ("过了十二点赠品就没有了，价格还要涨回去。", [P]),
        ("七天无理由退货，收到不喜欢直接退。", [],
         {"trap": True, "note": "imitates price_claim: a return policy as the law requires; no price"}),
        ("这个价格我只在直播间给，私下加我微信还能再便宜十块。", [O, P]),
        ("赠品和正品一起发，一个快递就到家。", [],
         {"trap": True, "note": "imitates price_claim: a shipping note about the gift; no price"}),
        ("今天整场的赠品是收纳袋和标签贴，下单先到先得。", [],
         {"trap": True, "note": "imitates price_claim: gifts, first come first served, stated plainly; no price comparison or deadline on price"}),
        ("前五十名拍下的再送一包湿巾，拍完就按顺序发货。", [],
         {"trap": True, "note": "imitates price_claim: a gift for the first fifty orders, its condition stated; nothing about prices"}),
        ("前二十个下单的，每人加送一个小样试用装。", [],
         {"trap": True, "note": "imitates price_claim: a gift with its condition stated; no price comparison or deadline"}),
        ("前三百单都有赠品，赠品送完为止，价格不变。", [],
         {"trap": True, "note": "imitates price_claim: gifts while they last, price unchanged; no false urgency"}),
        ("前一百名付款的宝宝再送一副手套，后台按付款时间排。", [],
         {"trap": True, "note": "imitates price_claim: a gift for the first hundred payments with how the order is counted; no price claim"}),
        ("好了，收纳这一场就到这里，谢谢大家。", []),
    ]),
]


def line_duration(text):
    return max(1.5, 0.22 * len(text))


def build_session(s):
    t = 1.0
    utts = []
    for entry in s["lines"]:
        if len(entry) == 2:
            text, labels = entry
            opts = {}
        else:
            text, labels, opts = entry
        unknown = set(opts) - {"trap", "ignore", "note", "said"}
        if unknown:
            raise SystemExit(f"{s['id']}: unknown option {unknown} in {text!r}")
        for lab in labels:
            if lab not in CATEGORIES:
                raise SystemExit(f"{s['id']}: unknown label {lab!r} in {text!r}")
        if len(set(labels)) != len(labels):
            raise SystemExit(f"{s['id']}: duplicate label in {text!r}")
        trap = bool(opts.get("trap", False))
        ignore = bool(opts.get("ignore", False))
        if (trap or ignore) and labels:
            raise SystemExit(f"{s['id']}: trap/ignore line carries labels: {text!r}")
        if trap and ignore:
            raise SystemExit(f"{s['id']}: line is both trap and ignore: {text!r}")
        if (trap or ignore) and not opts.get("note"):
            raise SystemExit(f"{s['id']}: trap/ignore line without note: {text!r}")
        if "said" in opts and opts["said"] == text:
            raise SystemExit(f"{s['id']}: said equals text: {text!r}")
        end = t + line_duration(text)
        u = {"start": round(t, 3), "end": round(end, 3), "text": text,
             "labels": list(labels), "ignore": ignore, "trap": trap}
        if "note" in opts:
            u["note"] = opts["note"]
        if "said" in opts:
            u["said"] = opts["said"]
        utts.append(u)
        t = end + 1.0
    duration = round(utts[-1]["end"] + 1.0, 3)
    return {"id": s["id"], "duration": duration, "format": "text",
            "product": s["product"], "utterances": utts}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = [s["id"] for s in SESSIONS]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate session id")
    per_cat = {c: 0 for c in CATEGORIES}
    tot = dict(lines=0, violating=0, labels=0, multi=0, traps=0, ignore=0, neutral=0,
               heard_violating=0, heard_traps=0, heard_other=0)
    rows = []
    seen_text = {}
    for s in SESSIONS:
        doc = build_session(s)
        path = os.path.join(here, s["id"] + ".truth.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        sv = st = sh = 0
        for u in doc["utterances"]:
            key = u["text"]
            if key in seen_text:
                raise SystemExit(f"duplicate line {key!r} in {s['id']} and {seen_text[key]}")
            seen_text[key] = s["id"]
            tot["lines"] += 1
            heard = "said" in u
            if u["labels"]:
                tot["violating"] += 1
                sv += 1
                tot["labels"] += len(u["labels"])
                tot["multi"] += len(u["labels"]) > 1
                for lab in u["labels"]:
                    per_cat[lab] += 1
                if heard:
                    tot["heard_violating"] += 1
                    sh += 1
            elif u["trap"]:
                tot["traps"] += 1
                st += 1
                if heard:
                    tot["heard_traps"] += 1
            elif u["ignore"]:
                tot["ignore"] += 1
            else:
                tot["neutral"] += 1
            if heard and not u["labels"] and not u["trap"]:
                tot["heard_other"] += 1
        rows.append((s["id"], s["product"], len(doc["utterances"]), sv, sh, st, doc["duration"]))

    print("session             product   lines  violating  heard  traps  duration_s")
    for r in rows:
        print(f"{r[0]:<19} {r[1]:<8}  {r[2]:>5}  {r[3]:>9}  {r[4]:>5}  {r[5]:>5}  {r[6]:>10.1f}")
    print()
    print("labelled lines per category:")
    for c in CATEGORIES:
        print(f"  {c:<18} {per_cat[c]:>4}")
    print()
    print(f"lines total            {tot['lines']}")
    print(f"violating lines        {tot['violating']}  ({tot['labels']} labels, {tot['multi']} lines with several)")
    print(f"trap lines             {tot['traps']}")
    print(f"grey-zone (ignore)     {tot['ignore']}  ({100.0 * tot['ignore'] / tot['lines']:.1f}% of lines)")
    print(f"neutral lines          {tot['neutral']}")
    print(f"heard violating lines  {tot['heard_violating']}  ({100.0 * tot['heard_violating'] / tot['violating']:.1f}% of violating)")
    print(f"heard trap lines       {tot['heard_traps']}  ({100.0 * tot['heard_traps'] / tot['traps']:.1f}% of traps)")
    short = [c for c in CATEGORIES if per_cat[c] < 18]
    if short:
        print("FEWER THAN 18 LINES:", ", ".join(short))
        sys.exit(1)


if __name__ == "__main__":
    main()
