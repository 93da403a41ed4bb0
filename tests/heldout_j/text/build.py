#!/usr/bin/env python3
"""Held-out evaluation set J for liveaudit (text-only transcripts).

Tenth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_i/text/README.md and tests/heldout_i/text/build.py were
the only references (structure and validation code; none of heldout_i's lines were used).

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
    {"id": "j01_lashserum", "product": "睫毛精华液", "lines": [
        ("哈喽大家好～欢迎来到我的直播间齁，新来的宝贝先去我IG私讯我，送你一支小样喔。", [OFF]),
        ("第一步你要先把眼妆卸干净喔，然后再刷在睫毛根部，不要刷进眼睛里面啦。", [],
         T("imitates absolute_claim (第一): 第一步 only orders the steps of use")),
        ("我自己擦了二十八天欸，原本稀稀疏疏的地方真的有新睫毛冒出来，超夸张的好不好。", [COS]),
        ("以前卸妆一扯就掉好几根齁，现在一根都不掉了，睫毛的掉毛问题直接解决啦。", [COS]),
        ("它里面有亿君成分，睫毛根部那边的螨虫细菌都清光光喔。", [COS],
         H("它里面有抑菌成分，睫毛根部那边的螨虫细菌都清光光喔。")),
        ("我朋友睫毛根那边老是红肿发痒，擦了它三天就消炎了，超神奇的好不好。", [COS]),
        ("倒睫的妹妹也可以用喔，睫毛会自己慢慢翻正，比去医院拔还有用欸。", [MED]),
        ("啊专柜那个牌子一支要九百八十块欸，", [PRI], N(SPLIT)),
        ("我们今天直播间只要两百九十九，还送一支睫毛膏喔！", [PRI], N(SPLIT)),
        ("这支在台湾跟大陆都是卖最好的睫毛精华，没有之一啦。", [ABS, SAL]),
        ("上个月我们一场就卖掉2万3千支，回购的姐妹超多，好评率99.6%喔。", [SAL],
         H("上个月我们一场就卖掉两万三千支，回购的姐妹超多，好评率百分之九十九点六喔。")),
        ("那个某丽睫我有买过齁，它根本就是偷加前列腺素，用久了眼窝会凹下去还发黑，很恐怖欸。", [DIS]),
        ("有些睫毛产品会加前列腺素类似物，眼睛敏感的要小心，买之前看一下成分表喔。", [],
         T("imitates disparagement: a general ingredient caution that names no rival and asserts nothing about one")),
        ("要团购价的宝贝，加我LINE还是微信都可以，我私下算你便宜一百块。", [OFF, PRI]),
        ("最近天气比较干，眼周记得做好保湿喔。", [],
         T("imitates absolute_claim (最): 最近 is a time word")),
        ("擦完不只睫毛变长，连眼周都整个白了一圈欸，黑眼圈那边也透亮。", [COS]),
        ("它是纯植物的，我跟你保证没有任何副作用，孕妇哺乳期都可以放心擦。", [MED]),
        ("今晚十二点以前下单才有这个价，过了十二点就回到三百九十九喔。", [PRI]),
        ("擦一个月没有长出新睫毛，我全额退款给你，这个我敢保证啦。", [COS, MED]),
        ("我们这支是浓密款，比我们家上一代的配方滋润度再高一点点而已喔。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own previous formula")),
        ("它是普通化妆品备案，不是特殊化妆品，所以我不会跟你说它能防脱或者生发喔。", [],
         T("imitates cosmetic_claim (防脱/生发): a negated claim stating the product has no registration for these effects")),
        ("眼睛有发炎、红肿的，请先去看眼科，好了再用，这个不是药喔。", [],
         T("imitates medical_claim (发炎): disease words in advice, with a not-a-medicine disclaimer")),
        ("一支两百九十九，两支五百九十八，我不跟你玩什么原价现价的，就这个价啦。", [],
         T("imitates price_claim (原价): a plain price; 原价 is mentioned only to deny any comparison")),
        ("你去看隔壁直播间卖的那种，都是三乌的工厂货，擦了眼睛会烂掉啦。", [DIS],
         H("你去看隔壁直播间卖的那种，都是三无的工厂货，擦了眼睛会烂掉啦。")),
        ("我们官方店铺评分四点九，那个是平台自己算的，不是我说的喔。", [],
         T("imitates sales_data_claim: a platform-shown shop rating, attributed to the platform")),
        ("这个价格是全网最滴的啦，你去别的平台都找不到更便宜的。", [ABS, PRI],
         H("这个价格是全网最低的啦，你去别的平台都找不到更便宜的。")),
        ("刷的时间最好是晚上洗完脸，睫毛干干的时候刷，吸收比较好。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("开封之后最多放六个月，超过了就不要再用了喔。", [],
         T("imitates absolute_claim (最多): a shelf-life instruction")),
        ("我跟你讲，这是我擦过长睫毛最快的一支，全世界都找不到第二支啦。", [ABS, COS]),
        ("好啦三二一上链接！这波结束就恢复原价了喔，拜拜～", [PRI]),
    ]},
    # ------------------------------------------------------------------
    {"id": "j02_nailoil", "product": "护甲油", "lines": [
        ("各位小姐姐夜饭吃过伐？阿拉今朝讲讲迪只护甲油，侬指甲边上倒刺多伐？", []),
        ("第一遍先涂甲面，等伊干了再涂第二遍，勿要涂太厚噢。", [],
         T("imitates absolute_claim (第一): 第一遍 only orders the application steps")),
        ("灰指甲晓得伐？迪只油每天涂两趟，真菌统统杀光，一个号头灰指甲就好掉了，老灵额！", [MED, COS]),
        ("伊里向加了炕菌因子，真菌细菌统统杀光，指甲缝里清清爽爽。", [COS],
         H("伊里向加了抗菌因子，真菌细菌统统杀光，指甲缝里清清爽爽。")),
        ("甲沟炎肿得来路都走勿动，涂了三天就消炎消肿了，比医院里挂水还要快。", [MED, COS]),
        ("倒刺边上红彤彤发炎，涂一涂消炎老快额，第二天就勿痛了。", [COS]),
        ("顺手涂涂手背，侬看阿拉只手，老早黄兮兮，现在白了两个色号，交关嗲！", [COS]),
        ("阿拉姆妈手背上额斑点点，涂了一个号头，一粒粒褪得干干净净。", [COS]),
        ("百货公司专柜迪只要488，", [PRI],
         H("百货公司专柜迪只要四百八十八，", note=SPLIT)),
        ("阿拉直播间今朝一百二十八，两瓶再送指甲锉。", [PRI], N(SPLIT)),
        ("迪只是护甲油里额爱马仕，其他牌子统统比勿上伊。", [ABS]),
        ("卖了三年了，回头客占到七成，光是上海就有二十几万人在涂。", [SAL]),
        ("某蔻丹家额护甲油，侬去查查，甲醛超标好几倍，涂了指甲要发黄变脆额。", [DIS]),
        ("有人问阿拉跟某蔻丹比哪能，伊拉是做彩色指甲油额，阿拉是做护理额，路子勿一样。", [],
         T("imitates disparagement: a rival named only to describe a different product line, with no negative claim")),
        ("要批发价额小姐姐，加阿拉V信，走V信转账比链接便宜三十块。", [OFF, PRI]),
        ("涂完最好戴副棉手套困觉，吸收得更好。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("勿管啥额指甲毛病，涂迪只全部解决，保证无笑退款。", [MED],
         H("勿管啥额指甲毛病，涂迪只全部解决，保证无效退款。")),
        ("今朝夜里十点钟之前拍，买两瓶送一瓶，过了十点就没了噢。", [PRI]),
        ("迪只是化妆品，勿是药，真额有灰指甲要去医院皮肤科看，勿要拖。", [],
         T("imitates medical_claim (灰指甲): a disease word in advice with a not-a-medicine disclaimer")),
        ("阿拉最新一代配方比老款多加了维生素E，老款也还好用额。", [],
         T("imitates absolute_claim (最新): self-comparison with the brand's own older formula")),
        ("侬寻遍全网也寻勿到比伊更灵额护甲油，迪句闲话阿拉摆在此地。", [ABS]),
        ("涂了迪只油，指甲粉嫩嫩额，单身额小姐姐涂了会旺桃花，姻缘自家跑过来。", [SUP]),
        ("上海人讲究过年前修修指甲，清清爽爽过年，迪个是老习惯，勿讲啥运道。", [],
         T("imitates superstition: a custom mentioned without any luck or efficacy claim")),
        ("检测报告上写得清清爽爽，阿拉是全国抑菌效果最好额护甲油。", [ABS, COS]),
        ("店铺页面上显示已经卖出去三千多瓶，侬自家点进去看。", [],
         T("imitates sales_data_claim: a platform-shown sales counter, pointed to rather than claimed")),
        ("侬看评论区，好评率100%，一只差评都没有。", [SAL]),
        ("只在迪个直播间小黄车里拍，私底下叫侬转账额统统是骗子，勿要上当。", [],
         T("imitates offsite_trade: a platform-only instruction warning against private transfers")),
        ("有问题寻阿拉客服，阿拉会尽最大努力帮侬解决，晓得伐。", [],
         T("imitates absolute_claim (最大): service attitude, exempt under 执法指南第5条")),
        ("隔壁直播间九块九额护甲油，侬当伊是啥？地沟油兑额，涂了指甲要烂额！", [DIS]),
        ("七天无理由退货，只要侬勿拆封，退回来运费阿拉出。", [],
         T("imitates medical_claim (退款 guarantee): an ordinary return policy, not an efficacy guarantee")),
    ]},
    # ------------------------------------------------------------------
    {"id": "j03_soothingmist", "product": "舒缓修护喷雾", "lines": [
        ("阿尼哈塞哟～欧尼们晚上好，今天给大家带的是这款首尔本土的舒缓修护喷雾思密达。", []),
        ("换季脸上一碰就刺痛的欧尼，喷它一个礼拜，过敏体质直接改过来，再也不泛红发痒。", [COS]),
        ("它是真的能消言抗民，脸上的小红疹喷完就下去了。", [COS],
         H("它是真的能消炎抗敏，脸上的小红疹喷完就下去了。")),
        ("我闺蜜是激素脸，皮肤科说要养半年，她喷了我们这个二十天就好了，大发！", [MED]),
        ("玫瑰痤疮也好，日光性皮炎也好，这个喷雾喷下去都能压住思密达。", [MED]),
        ("痘痘肌的欧尼注意，它祛痘特别快，红肿大痘两天就瘪下去了。", [COS]),
        ("喷完脸会亮一个色号，暗沉发黄的直接透白，这个就是美白效果嘛。", [COS]),
        ("防晒也不用涂了，出门前喷两下，紫外线全部挡掉思密达。", [COS]),
        ("乐天免税店这瓶卖四万五千韩币，折过来两百四十多人民币，", [PRI], N(SPLIT)),
        ("今天直播间欧尼们只要九十九，差不多打了四折！", [PRI], N(SPLIT)),
        ("在韩国药妆店它连续三年卖第一，欧巴们都抢着给女朋友买。", [ABS, SAL]),
        ("全韩国抗敏最快的就是它，我敢说没有一款喷雾比它更温和。", [ABS, COS]),
        ("要韩国直邮的欧尼四信我，走KakaoTalk付款，便宜二十块。", [OFF, PRI],
         H("要韩国直邮的欧尼私信我，走KakaoTalk付款，便宜二十块。")),
        ("某某兰的喷雾我用过，里面全是酒精，喷完脸越来越干，好多人都烂脸了。", [DIS]),
        ("它主要是保湿和舒缓干燥，我不会说它能治皮肤病，真的有皮炎要去看医生。", [],
         T("imitates medical_claim (皮炎/治): ordinary cosmetic efficacy with a negated claim and advice to see a doctor")),
        ("它不是防晒产品，没有防晒的特证，白天出门还是要另外涂防晒霜哦。", [],
         T("imitates cosmetic_claim (防晒): a denial that the product holds a sunscreen registration")),
        ("第一次用的欧尼，先在耳后试一小块，没有不舒服再喷全脸。", [],
         T("imitates absolute_claim (第一): 第一次 is an order word; a patch-test tip")),
        ("离脸二十厘米左右喷最好，喷完轻轻拍一拍就可以。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("卡姆沙哈密达！已经有12万欧尼回购了，复购率87%。", [SAL],
         H("卡姆沙哈密达！已经有十二万欧尼回购了，复购率百分之八十七。")),
        ("今天晚上过了十二点就恢复一百九十九，没抢到别哭哦。", [PRI]),
        ("一瓶一百五十毫升，九十九一瓶，两瓶一百九十八，没有别的花样。", [],
         T("imitates price_claim: a plain price and multi-buy arithmetic with no reference price")),
        ("隔壁那个网红直播间的喷雾，其实是工厂贴牌的三无货，成分表都是编的。", [DIS]),
        ("我们这个新版比我们自己的老版本多加了积雪草，老版本用着也没问题哈。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own previous version")),
        ("孕妇宝宝都能喷，纯天然，百分之百零刺激零副作用。", [MED]),
        ("用了没效果你回来找我，我全额退款，欧尼们放心冲！", [MED]),
        ("最近首尔那边也在补货，所以发货会慢两天，大家理解一下。", [],
         T("imitates absolute_claim (最): 最近 is a time word")),
        ("只在我们小黄车下单才有售后保障，私下找你的都不是我们的人。", [],
         T("imitates offsite_trade: a platform-only instruction and a warning against private channels")),
        ("脸上的痘印痘疤喷一个月全部淡掉，祛疤效果真的金加大发。", [COS]),
        ("这瓶在我们品牌里是最温和的一款，比我们家的爽肤水更适合敏感肌。", [],
         T("imitates absolute_claim (最): a comparison within the brand's own range")),
        ("有人问它跟某某兰那款喷雾的区别，人家偏补水，我们偏舒缓，看你需要哪种。", [],
         T("imitates disparagement: a rival named in a neutral comparison")),
    ]},
    # ------------------------------------------------------------------
    {"id": "j04_depilatory", "product": "脱毛膏", "lines": [
        ("各位老铁些晚上好噻，新来的先加一哈我们的企鹅群，群号在背景板上，群里天天发福利。", [OFF]),
        ("第一哈先把要脱的地方洗干净擦干，莫要有水。", [],
         T("imitates absolute_claim (第一): 第一哈 (the first step) only orders the steps")),
        ("腋下黑黢黢的妹儿，用了它黑色素一起带走，腋下白得发亮。", [COS]),
        ("它还抑菌消炎，刮毛刮出来的毛囊言，涂两回就好了。", [COS, MED],
         H("它还抑菌消炎，刮毛刮出来的毛囊炎，涂两回就好了。")),
        ("鸡皮肤晓得不？毛周角化，医生都说治不好，我们勒个涂一个月，腿上一颗颗全平了。", [MED]),
        ("脱完毛皮肤嫩得很，顺带把腿上的老疤疤都淡化了，疤痕都看不出来。", [COS]),
        ("勒个脱毛膏是全中国最温和的，敏感肌涂了都不得过敏，抗敏效果一流。", [ABS, COS]),
        ("你去美容院做激光脱毛，一个疗程要3800，", [PRI],
         H("你去美容院做激光脱毛，一个疗程要三千八，", note=SPLIT)),
        ("我们勒个一管六十九，涂半年都够，你算嘛。", [PRI], N(SPLIT)),
        ("勒个月全国卖出去十八万管，天天都是类目第一名，不信你去查。", [SAL, ABS]),
        ("某尔舒那个脱毛膏，味道臭得很，里头加的是工业脱毛剂，好多人涂了烂皮。", [DIS]),
        ("批发市场十块钱三支的那种，全是过期货翻新的，涂了要起泡泡的哈。", [DIS]),
        ("想要老顾客价的，加我微信，我微信上给你算五十九一管。", [OFF, PRI]),
        ("今天晚上11点之前，买两管送一管，过了就恢复园价了哈。", [PRI],
         H("今天晚上十一点之前，买两管送一管，过了就恢复原价了哈。")),
        ("它不是永久脱毛哈，毛毛过一两个礼拜还会长，莫信那些说永久的。", [],
         T("imitates cosmetic_claim: an honest statement that the effect is temporary; no special efficacy claimed")),
        ("涂的时间最多不要超过十分钟，皮肤薄的五分钟就洗掉。", [],
         T("imitates absolute_claim (最多): a usage limit")),
        ("破皮、有伤口或者有湿疹的地方莫要涂，先去医院看好了再说。", [],
         T("imitates medical_claim (湿疹): a disease word in a warning, no efficacy claim")),
        ("脱完毛最好涂点身体乳，莫要马上去晒太阳。", [],
         T("imitates absolute_claim (最好): an aftercare tip")),
        ("它主要是脱毛，顺带有点保湿，美白那些我不敢给你吹，它也没得那个特证。", [],
         T("imitates cosmetic_claim (美白): a negated claim, no special-cosmetic registration")),
        ("小黄车左下角有个已售，三千多单，是平台算的，你们自己看。", [],
         T("imitates sales_data_claim: a platform-shown sales counter")),
        ("六十九一管，两管一百三十八，运费我包了，就勒个价。", [],
         T("imitates price_claim: a plain price with no reference price")),
        ("有人问跟某尔舒比哪个好，他们家是喷雾，我们是膏体，各有各的用法。", [],
         T("imitates disparagement: a rival named in a neutral comparison")),
        ("我们勒个新款比自己家老款的气味淡了好多，老款的味道确实有点冲。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own older product")),
        ("所有订单都在直播间小黄车拍，莫得私下交易，私下找你的都是骗子。", [],
         T("imitates offsite_trade: a platform-only instruction and a fraud warning")),
        ("涂了它唇毛没了，嘴巴周围那圈黑印印也没得了，整张脸都亮白了。", [COS]),
        ("勒个用了以后腋下的味道也没得了，狐臭都给你只断根。", [MED],
         H("勒个用了以后腋下的味道也没得了，狐臭都给你治断根。")),
        ("它抗敏又美白，是脱毛膏里头的战斗机，别个都比不上。", [ABS, COS]),
        ("我们是四川最大的脱毛膏工厂直营，没得中间商赚差价。", [ABS]),
        ("孕妇也能涂，保证零副作用，宝宝一点都不得受影响。", [MED]),
        ("今天就今天，凌晨十二点之前拍三管打七折，过时不候哈。", [PRI]),
    ]},
    # ------------------------------------------------------------------ health food and foods
    {"id": "j05_coq10", "product": "辅酶Q10软胶囊", "lines": [
        ("大家好，我是做营养科普的，今天我们不讲故事，就讲辅酶Q10这个东西，呃，干货比较多，大家先点个收藏。", []),
        ("先说结论：它是保健食品，蓝帽子批号在这里，功能是有助于抗氧化，本品不能代替药物。", [],
         T("imitates medical_claim: a 保健食品 stating only its approved function, with 本品不能代替药物")),
        ("从机制上讲，它直接给心肌供能，所以心衰、心律不齐的人吃它，心脏能慢慢修复回来。", [MED]),
        ("我们看数据，坚持吃三个月，冠心病患者心绞痛的发作次数能降一半。", [MED]),
        ("有研究说它比他停类的降脂药效果还好，而且不伤肝。", [MED],
         H("有研究说它比他汀类的降脂药效果还好，而且不伤肝。")),
        ("吃降压药的朋友，配着它吃三个月，降压药就可以慢慢停掉了。", [MED]),
        ("很多人问副作用，我负责任地讲，它零副作用，吃多少都安全。", [MED]),
        ("它是全世界抗氧化能力最强的营养素，这个在学术界是共识。", [ABS]),
        ("药店里同样规格的一瓶标价五百六十八，", [PRI], N(SPLIT)),
        ("我们今天科普专场，一瓶一百八十八，相当于三折多一点。", [PRI], N(SPLIT)),
        ("这个品牌在辅酶Q10品类里销量连续五年全国第一，这是第三方数据。", [SAL, ABS]),
        ("某美安的辅酶我拿去送检过，实际含量只有标签的三成，等于在交智商税。", [DIS]),
        ("那些代购的所谓进口货，好多是过期翻标的，吃了就是白交钱。", [DIS]),
        ("有人问跟某某健的有什么区别，他们是一百毫克一粒，我们是两百毫克一粒，剂量不同而已。", [],
         T("imitates disparagement: a rival named with a neutral factual difference in dose")),
        ("最佳服用时间是随餐或者饭后，因为它是脂溶性的，跟油脂一起吸收更好。", [],
         T("imitates absolute_claim (最佳): a time-of-use tip, exempt under 执法指南第6条")),
        ("已经在吃华法林这类抗凝药的，一定先问医生再吃，这个很重要。", [],
         T("imitates medical_claim (药): a drug-interaction warning, no efficacy claim")),
        ("每天最多一粒，不要觉得多吃效果更好。", [],
         T("imitates absolute_claim (最多): a dosage limit")),
        ("想系统学的，进我的知识星球裙，裙里团购价更低，还有一对一指导。", [OFF, PRI],
         H("想系统学的，进我的知识星球群，群里团购价更低，还有一对一指导。")),
        ("今晚零点之前下单，买三瓶送一瓶，零点以后就恢复一百八十八一瓶了。", [PRI]),
        ("我们后台看到复购率是百分之七十六，很多人一吃就是三年。", [SAL]),
        ("它还能预防老年吃呆，上了年纪的爸妈一定要备着。", [MED],
         H("它还能预防老年痴呆，上了年纪的爸妈一定要备着。")),
        ("它还能辅助降血糖，糖尿病人吃它可以少打胰岛素。", [MED]),
        ("这个是平台上的旗舰店，大家只在这个链接买，别去加什么私人号。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("保证你吃一个月就精力充沛，没效果我退全款。", [MED]),
        ("我们今年的新批次比去年的批次换了更小的胶囊，好吞一点。", [],
         T("imitates absolute_claim (comparison): self-comparison between the brand's own batches")),
        ("心脏不舒服的朋友，第一件事是去医院心内科，不要指望任何保健品。", [],
         T("imitates medical_claim (心脏) and absolute_claim (第一): disease words in advice; 第一件事 is an order word")),
        ("它是我们国家级专家团队研发的，顶级配方。", [ABS]),
        ("一百八十八一瓶，六十粒，一天一粒，一天三块钱出头。", [],
         T("imitates price_claim: a plain price and per-day arithmetic with no reference price")),
        ("说到底，这是我做科普七年见过最好的一款Q10，没有之一。", [ABS]),
        ("店铺详情页写着累计评价两万多条，这个数是平台统计的，大家自己点开看。", [],
         T("imitates sales_data_claim: a platform-shown review counter")),
    ]},
    # ------------------------------------------------------------------
    {"id": "j06_gingertea", "product": "红糖姜茶", "lines": [
        ("妹陀们晚上好咯，今天带你们恰咱们湖南的红糖姜茶，鬼好喝的，嗯啰。", []),
        ("痛经痛得在床上打滚的妹陀，每个月提前三天冲一杯，痛经就冒得了，断根！", [MED]),
        ("公寒的、手脚冰凉的，喝一个月子宫都暖了，怀孩子都容易些。", [MED],
         H("宫寒的、手脚冰凉的，喝一个月子宫都暖了，怀孩子都容易些。")),
        ("月经不调的，量少、推迟的，喝它比吃乌鸡白凤丸还管用。", [MED]),
        ("感冒刚起头，喉咙有点痒，喝两杯发一身汗，感冒药都不用恰。", [MED]),
        ("全湖南做红糖姜茶的，就数我们家姜味最冲、红糖最正宗。", [ABS]),
        ("去年一年卖了320万袋，在红糖姜茶这个类目里头排第一。", [SAL, ABS]),
        ("今天直播间十九块九两盒，", [PRI], N(SPLIT)),
        ("你去超市里看，一盒就要二十九块八咯。", [PRI], N(SPLIT)),
        ("隔壁那个卖姜茶的，用的是香精和白砂糖兑的，一滴姜汁都冒得，恰了长胖。", [DIS]),
        ("某某堂的姜茶我也恰过，糖精抄标，喝起来齁甜的，伢子们莫买。", [DIS],
         H("某某堂的姜茶我也恰过，糖精超标，喝起来齁甜的，伢子们莫买。")),
        ("要整箱批发的，加我微信，微信上五十袋一箱比链接便宜二十块。", [OFF, PRI]),
        ("过了今晚十二点咯，就恢复到二十九块八一盒了，莫后悔。", [PRI]),
        ("已经有九成的老顾客回购了，评论区清一色都是好评。", [SAL]),
        ("产后坐月子的堂客，喝它恶露排得快，子宫恢复得好。", [MED]),
        ("第一口有点辣，莫怕，姜茶就是这个味。", [],
         T("imitates absolute_claim (第一): 第一口 only marks order")),
        ("最好用七八十度的热水冲，太开了姜味会散。", [],
         T("imitates absolute_claim (最好): a preparation tip")),
        ("红糖姜茶就是一个普通食品，不是药，痛经严重的要去妇科看。", [],
         T("imitates medical_claim (痛经): a disease word in advice with a not-a-medicine disclaimer")),
        ("糖尿病人莫喝咯，它含糖的，这个我要讲清楚。", [],
         T("imitates medical_claim (糖尿病): a warning against use, no efficacy claim")),
        ("一天最多两杯，恰多了上火。", [],
         T("imitates absolute_claim (最多): a serving limit")),
        ("过年给家里老人冲一杯，红红火火，喝了来年财运旺，保你屋里一年顺。", [SUP]),
        ("配料表第一位是红糖，第二位是老姜，冒得别的添加剂。", [],
         T("imitates absolute_claim (第一): the order of the ingredient list")),
        ("只在咱们直播间小黄车下单，有运费险，莫去私下转账。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("十九块九两盒，四盒三十九块八，自己算咯，冒得套路。", [],
         T("imitates price_claim: plain price arithmetic with no reference price")),
        ("喝了它还能预防贫血，脸色红润，比补铁剂还好。", [MED]),
        ("它是我们湖南省非遗传承人做的，国内独一分，别家仿都仿不来。", [ABS],
         H("它是我们湖南省非遗传承人做的，国内独一份，别家仿都仿不来。")),
        ("有人问跟某某堂的比，他们是块状的，我们是颗粒冲剂，方便带出门，看个人习惯。", [],
         T("imitates disparagement: a rival named with a neutral difference in form")),
        ("晚上睡前一杯，失眠多梦的都能一觉睡到天亮。", [MED]),
        ("红糖姜茶里头的扛把子，恰过我们家的，别家都看不上眼咯。", [ABS]),
        ("页面上那个已拼两万件，是平台显示的数，我改不了的。", [],
         T("imitates sales_data_claim: a platform-shown sales counter")),
    ]},
    # ------------------------------------------------------------------
    {"id": "j07_seacucumber", "product": "即食海参", "lines": [
        ("老师儿们晚上好！俺家是青岛海边的，想看俺家海参池子的，加俺微信看朋友圈，天天直播捞参。", [OFF]),
        ("这个海参是全胶东半岛最好的刺参，没有一家的肉比它更厚。", [ABS]),
        ("高血压、高血脂的老人，一天一个，三个月血压就下来了。", [MED]),
        ("做完手术的、化疗的病人，吃俺家海参伤口长得快，癌细胞都能压住。", [MED]),
        ("它还能提高经子质量，男的吃了治阳痿早泄，血管用。", [MED],
         H("它还能提高精子质量，男的吃了治阳痿早泄，血管用。")),
        ("糖尿病人也能吃，海参里的酸性粘多糖能降血糖，比二甲双胍还稳当。", [MED]),
        ("海鲜市场上这种规格的，一斤卖到1200，", [PRI],
         H("海鲜市场上这种规格的，一斤卖到一千二，", note=SPLIT)),
        ("俺们今天直播间一斤只要五百九十八，还包顺丰冷链。", [PRI], N(SPLIT)),
        ("某獐子的海参，恁去查查，都是喂抗生素喂大的，吃多了对身体不好。", [DIS]),
        ("那些9块9一只的，全是糖干的，里头灌了一半白糖压秤，坑人。", [DIS]),
        ("上个月卖了四万斤，青岛这边海参销量俺家是头一份。", [SAL, ABS]),
        ("私信俺发地址，俺从冷库直接给恁发，走转账比链接便宜一百。", [OFF, PRI]),
        ("今晚八点到十点，买两斤送半斤，过了十点就没这个活动了。", [PRI]),
        ("吃了俺家海参的老人，一个个都说身子骨硬朗，回购率百分之九十。", [SAL]),
        ("俺家的海参是国家级海洋牧场出来的，全国独一家。", [ABS]),
        ("过年年夜饭摆上一盘海参，来年财运亨通、步步高升，这个是有讲究的。", [SUP]),
        ("青岛人过年桌上讲究有海参，图个吉利，就是个习俗。", [],
         T("imitates superstition: a custom mentioned without an efficacy claim")),
        ("第一次吃的，先从半只开始，看看肠胃适应不适应。", [],
         T("imitates absolute_claim (第一): 第一次 is an order word")),
        ("海参最好是早上空腹吃，解冻以后别再冻回去。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("痛风的、海鲜过敏的老师儿就别买了，这个不是药，治不了病。", [],
         T("imitates medical_claim (痛风/治): a warning and a no-cure denial")),
        ("五百九十八一斤，一斤十二到十五只，一只四十来块钱。", [],
         T("imitates price_claim: a plain price and per-piece arithmetic with no reference price")),
        ("这批是今年的秋参，比俺家春天那批肉头厚一点。", [],
         T("imitates absolute_claim (comparison): self-comparison between the seller's own batches")),
        ("俺们干海参的含沙量、含盐量都符合国家标准，检测报告在详情页。", [],
         T("imitates absolute_claim (国家): the product meets a national standard")),
        ("有人问跟大连的比咋样，大连的也挺好，俺们这边水温低一点，长得慢，各有各的口感。", [],
         T("imitates disparagement: another producing region compared neutrally")),
        ("下单都在小黄车拍，售后找平台客服，俺不收私人转账。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("最后提醒一句，收到货马上放冷冻，别放常温。", [],
         T("imitates absolute_claim (最后): 最后提醒 is an order word")),
        ("恁别看它贵，吃它比吃钙片强一百倍，骨质书松都能吃好了。", [MED],
         H("恁别看它贵，吃它比吃钙片强一百倍，骨质疏松都能吃好了。")),
        ("干海参放得越久越值钱，囤几斤比存定期划算，年年只涨价。", [INV]),
        ("这海参血好吃，俺敢说全网找不着比俺家更便宜更正宗的了。", [ABS, PRI]),
        ("三、二、一上链接！今天这价就一个钟头，一个钟头以后就按原来的七百卖了。", [PRI]),
    ]},
    # ------------------------------------------------------------------ goods and appliances
    {"id": "j08_hairdryer", "product": "负离子吹风机", "lines": [
        ("来来来家人们不要走不要走新进来的点个关注今天这台负离子吹风机我跟你讲闭着眼睛拍就对了", []),
        ("两亿负离子，吹风机里的劳斯莱斯，谁家都没它吹得干得快！", [ABS]),
        ("最高档位风速每秒二十米，最大功率一千八百瓦，参数都在这儿，不吹不黑。", [],
         T("imitates absolute_claim (最高/最大): technical parameters of the product itself")),
        ("天天用它吹，头皮毛囊给你激活了，掉发少一半，秃顶的都能长出新头发！", [MED]),
        ("偏头痛的、受了风头疼的，用它的热风吹后脑勺，头疼马上就好！", [MED]),
        ("商场柜台一台卖2199，", [PRI],
         H("商场柜台一台卖两千一百九十九，", note=SPLIT)),
        ("直播间今天三百九十九！三百九十九！连人家一个零头都不到！", [PRI], N(SPLIT)),
        ("已经卖爆了家人们，三天卖了八万六千台，库存就剩这点了！", [SAL]),
        ("全网同款我们价格最低，谁家比我便宜我退你差价！", [ABS, PRI]),
        ("某森那个吹风机三千多块钱你买的是牌子，拆开里面电机就是个几十块的马达！", [DIS]),
        ("地摊上那些几十块的，吹着吹着就冒火星，会爆炸的知道吗！", [DIS]),
        ("要两台的私信我，私下给你走，两台少一百！", [OFF, PRI]),
        ("倒计时5分钟，5分钟以后恢复原价，恢复原价！", [PRI]),
        ("第一档是冷风，第二档是温风，第三档是热风，按这个按钮切换。", [],
         T("imitates absolute_claim (第一): gear numbers")),
        ("我们这代比我们家上一代轻了八十克，风量大了一点，上一代也还在卖。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's previous generation")),
        ("吹的时候离头发最好十厘米以上，不要对着一个地方一直吹。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("三百九十九，支持分十二期，一期三十三块多，免息是平台给的。", [],
         T("imitates price_claim: a plain price and instalment arithmetic, no reference price")),
        ("保修两年，两年内电机坏了免费换新，这个写在保修卡上。", [],
         T("imitates medical_claim (guarantee): a bounded product warranty, not an efficacy guarantee")),
        ("头皮有毛囊炎或者斑秃的，去医院皮肤科，吹风机治不了病。", [],
         T("imitates medical_claim (毛囊炎/斑秃): disease words in advice with a no-cure denial")),
        ("有人问跟某森比，人家高速马达做得早，我们是性价比路线，看你预算。", [],
         T("imitates disparagement: a rival named in a neutral comparison")),
        ("只在直播间下单才有两年保修，私下买的我们不认。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("最近下单的多，发货要四十八小时内，别着急。", [],
         T("imitates absolute_claim (最): 最近 is a time word")),
        ("它还治失眠，睡前用暖风吹吹脖子后面，一觉到天亮！", [MED]),
        ("好平率99.9%，差评一个巴掌数得过来！", [SAL],
         H("好评率百分之九十九点九，差评一个巴掌数得过来！")),
        ("全国九成的理发店都在用我们这台，托尼老师人手一台！", [SAL]),
        ("只有今天！只有今天！明天这个价就没了，明天就改回六百九十九！", [PRI]),
        ("比你去医院做红光理疗还管用，颈椎痛吹它十分钟就松了！", [MED]),
        ("这台吹风机是全世界独一无儿的专利风嘴，别人想抄都抄不了！", [ABS],
         H("这台吹风机是全世界独一无二的专利风嘴，别人想抄都抄不了！")),
        ("买它送你一个卷发梳，哎场控你那个价格牌举高一点——对，原价一千二划掉，现在三百九十九！", [PRI]),
        ("拍完的家人们加一下粉丝团的微信群，群里明天还有五十块的返现！", [OFF, PRI]),
    ]},
    # ------------------------------------------------------------------
    {"id": "j09_humidifier", "product": "加湿器", "lines": [
        ("老铁们晚上好啊，东北这暖气一烧，屋里干得嘎嘎的，扣个1，扣1的我拉你进咱东北老乡微信群。", [OFF]),
        ("家里孩子老咳嗽的，晚上开着它睡一宿，咳嗽立马就止住了，比上医院雾化还好使！", [MED]),
        ("过敏性鼻炎的老妹儿，屋里开着它，一冬天鼻炎都没犯过，贼好使。", [MED]),
        ("它这个水箱里有银离子，能杀灭99%的病毒，流感啥的都进不了屋。", [MED],
         H("它这个水箱里有银离子，能杀灭百分之九十九的病毒，流感啥的都进不了屋。")),
        ("老年人皮肤干痒、起皮，开它半个月，老年瘙痒症都好利索了。", [MED]),
        ("这加湿器在咱东北卖得最火，家家户户都有一台，杠杠的。", [ABS, SAL]),
        ("它雾最细、声最小，全中国找不出第二台这么静的。", [ABS]),
        ("国美苏宁那边标的789，", [PRI],
         H("国美苏宁那边标的七百八十九，", note=SPLIT)),
        ("咱直播间今儿个二百六十九就给你整到家。", [PRI], N(SPLIT)),
        ("某米那个加湿器，水箱一个月就长绿毛，白雾里全是细菌，吸进去得肺炎。", [DIS]),
        ("网上那些三四十块的小玩意儿，喷出来的是白粉，吸多了得尘肺病，埋汰死了。", [DIS]),
        ("风水上讲，屋里水汽足就是财气足，开它一冬天，财运哗哗往里进。", [SUP]),
        ("放在卧室东南角，旺财又旺桃花，老铁你试试就知道了。", [SUP]),
        ("想要两台的加我V，V上给你两台五百，比直接拍便宜三十八。", [OFF, PRI]),
        ("今儿晚上十二点前下单送一瓶除垢剂，过了十二点就恢复二百九十九了。", [PRI]),
        ("卖了五年了，累计一百三十万台，好评都溢出来了。", [SAL]),
        ("第1次用先把水箱洗一洗，灌凉白开就行，别灌自来水。", [],
         T("imitates absolute_claim (第一): 第一次 is an order word (heard with an Arabic digit)",
           said="第一次用先把水箱洗一洗，灌凉白开就行，别灌自来水。")),
        ("湿度最好控制在百分之四十到六十，太湿了墙角容易长霉。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("最大水箱容量是四点五升，最长能连续喷十六个小时，这是参数。", [],
         T("imitates absolute_claim (最大/最长): product specifications")),
        ("孩子要是咳嗽发烧，该上医院上医院，加湿器就是加湿的，不治病。", [],
         T("imitates medical_claim (咳嗽/发烧): disease words in advice with a no-cure denial")),
        ("它是一级能效的，一晚上也就费两毛钱电。", [],
         T("imitates absolute_claim (一级): an energy-efficiency grade under a national standard")),
        ("咱这款新的比咱家去年那款加了恒湿功能，去年那款现在也还能买。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own previous model")),
        ("有人问跟某米的比，人家做智能家居是一套的，能连手机，咱这个是纯机械款，老人用着方便。", [],
         T("imitates disparagement: a rival named in a neutral comparison")),
        ("二百六十九一台，一年保修，坏了直接换新，别的咱也不瞎承诺。", [],
         T("imitates price_claim/medical_claim: a plain price and a bounded warranty")),
        ("下单就在直播间这个链接，别信那些说能私下便宜的，出了事没人管。", [],
         T("imitates offsite_trade: a platform-only instruction and a warning")),
        ("这玩意儿放屋里，必邪挡煞，小孩晚上不闹夜了。", [SUP],
         H("这玩意儿放屋里，辟邪挡煞，小孩晚上不闹夜了。")),
        ("孕妇开着它睡觉，胎儿发育都好，生出来的孩子不得湿疹。", [MED]),
        ("那家伙，用过的都说这是他们买过最好使的家电，没有之一。", [ABS]),
        ("全王就咱家最便宜，找着更低的我退你差价。", [ABS, PRI],
         H("全网就咱家最便宜，找着更低的我退你差价。")),
        ("最近暖气烧得旺，屋里湿度低，有老人孩子的家里可以备一台。", [],
         T("imitates absolute_claim (最): 最近 is a time word")),
    ]},
    # ------------------------------------------------------------------
    {"id": "j10_bluelightglasses", "product": "防蓝光眼镜", "lines": [
        ("大家好啊，靓仔靓女们，今日同大家睇下呢副防蓝光眼镜，好正嘅。", []),
        ("细路仔戴住佢，假性近视半年就冇咗，眼镜都唔使配。", [MED]),
        ("打机打到眼干眼涩嘅，戴一个礼拜，干眼症都好返晒。", [MED]),
        ("佢可以预防清光眼同埋黄斑变性，老人家一定要戴。", [MED],
         H("佢可以预防青光眼同埋黄斑变性，老人家一定要戴。")),
        ("失眠嘅人每晚瞓觉前戴两个钟，失眠冇咗，一觉瞓到天光。", [MED]),
        ("呢副系全香港防蓝光率最高嘅镜片，99.9%，冇得输。", [ABS],
         H("呢副系全香港防蓝光率最高嘅镜片，百分之九十九点九，冇得输。")),
        ("眼镜店配一副防蓝光嘅要八百八，", [PRI], N(SPLIT)),
        ("我哋直播间今日一百二十八，仲送埋眼镜盒同抹布。", [PRI], N(SPLIT)),
        ("某视眼镜店嘅镜片，我拆过，镀膜系贴上去嘅，戴两个月就甩膜。", [DIS]),
        ("网上面九块九嘅，全部系染色片，防蓝光系假嘅，仲伤眼添。", [DIS]),
        ("单系深圳仓上个月就发咗五万副，回头客排紧队。", [SAL]),
        ("想睇实物嘅可以嚟我哋铜锣湾门店自提，店里埋单平五十蚊。", [OFF, PRI]),
        ("今晚十点前落单，第二副半价，过咗十点就冇啦。", [PRI]),
        ("头晕、偏头痛嘅人戴住佢，头痛都少咗一大半。", [MED]),
        ("呢副镜框系开过光嘅，戴住去考试逢考必过。", [SUP]),
        ("加我维信，我拉你入会员群，群里每个礼拜都有团购价，平过直播间。", [OFF, PRI],
         H("加我微信，我拉你入会员群，群里每个礼拜都有团购价，平过直播间。")),
        ("香港销量第一嘅防蓝光眼镜，就系我哋呢只。", [SAL, ABS]),
        ("第一次戴会觉得镜片有少少黄，咁系正常嘅，戴多两日就习惯。", [],
         T("imitates absolute_claim (第一): 第一次 is an order word")),
        ("最好每用眼四十分钟就除低眼镜，望下远处休息一下。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("近视嘅细路仔，每半年去医院验一次光，防蓝光眼镜唔可以治近似。", [],
         T("imitates medical_claim (近视/治): a disease word in advice with a no-cure denial (heard)",
           said="近视嘅细路仔，每半年去医院验一次光，防蓝光眼镜唔可以治近视。")),
        ("镜片系一点五六折射率，镜框最宽一百四十毫米，大面嘅都戴得落。", [],
         T("imitates absolute_claim (最宽): a frame specification")),
        ("呢个新款镜框比我哋旧款轻咗三克，旧款都仲有货。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own older frame")),
        ("有人问同某视比边个好，佢哋有验光服务，我哋系成品镜，需要验光嘅去佢哋度都得。", [],
         T("imitates disparagement: a rival named neutrally, even recommended")),
        ("一百二十八一副，包邮，唔满意七日内退，邮费我哋出。", [],
         T("imitates price_claim/medical_claim: a plain price and an ordinary return policy")),
        ("落单记住喺直播间小黄车度落，唔好私下转数俾人，会被呃。", [],
         T("imitates offsite_trade: a platform-only instruction and a fraud warning")),
        ("页面显示已售两千几副，呢个系平台计嘅，唔系我讲嘅。", [],
         T("imitates sales_data_claim: a platform-shown sales counter")),
        ("3副7折，只限今晚，过咗今晚就恢复原价。", [PRI],
         H("三副七折，只限今晚，过咗今晚就恢复原价。")),
        ("全网冇一副防蓝光眼镜平得过我哋，真系抵到烂。", [ABS, PRI]),
        ("戴足三个月视力冇提升，我全额退款俾你。", [MED]),
        ("冇人够我哋专业，做咗二十年，行内公认嘅大佬就系我哋。", [ABS]),
    ]},
    # ------------------------------------------------------------------ services
    {"id": "j11_hotspring", "product": "温泉酒店套票", "lines": [
        ("乡党们好！额在这达给大家谝一谝咱这个温泉酒店套票，嘹咋咧！", []),
        ("这温泉水里有硫磺，泡上一礼拜，牛皮癣、湿疹都给你泡好了。", [MED]),
        ("风湿、类风湿的老人，泡一个疗程，腿不疼了，拐棍都扔了。", [MED]),
        ("额给你说，这水能降血压，高雪压的泡完血压当场就降下来。", [MED],
         H("额给你说，这水能降血压，高血压的泡完血压当场就降下来。")),
        ("泡温泉比扎针拔罐还管用，腰间盘突出的泡半个月就能下地干活。", [MED]),
        ("这是全陕西水温最高、矿物质最多的温泉，别处的都是烧的自来水。", [ABS, DIS]),
        ("咱直播间今天四百九十九，还送两份早餐。", [PRI], N(SPLIT)),
        ("你到前台问，门市价一晚上加两张温泉票是一千六百八。", [PRI], N(SPLIT)),
        ("隔壁那个某某山庄，水是回收循环的，一池子水一个月不换，泡了得妇科病。", [DIS]),
        ("去年一年接待了六十多万人次，西安人十个里头八个都泡过咱这儿。", [SAL]),
        ("这个套票卖了一万三千多张，在携程上好评第一。", [SAL, ABS]),
        ("要团购的扫额身后这个二维码进群，群里十个人一起订，一人再少五十。", [OFF, PRI]),
        ("咱这储值卡你充1万，一年返1200，稳稳当当，比存银行强多了，一分钱不亏。", [INV],
         H("咱这储值卡你充一万，一年返一千二，稳稳当当，比存银行强多了，一分钱不亏。")),
        ("今天晚上十二点以前拍，套票有效期一年；过了十二点，就恢复一千二了。", [PRI]),
        ("泡了这水，霉运都给你冲走了，来年顺风顺水。", [SUP]),
        ("这池子水是唐朝贵妃泡过的，泡了保佑全家平安。", [SUP]),
        ("第一天来的，先泡二十分钟就出来，嫑一下泡太久。", [],
         T("imitates absolute_claim (第一): 第一天 is an order word")),
        ("泡温泉最好在饭后一个钟头以后，空腹和吃太饱都嫑下去。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("心脏病、高血压的乡党，泡之前问一下医生，水温高，嫑逞强。", [],
         T("imitates medical_claim (心脏病/高血压): disease words in a safety warning")),
        ("温泉就是个放松，额不说它能治病，有病还是去医院。", [],
         T("imitates medical_claim (治病): a no-cure denial")),
        ("池子最高水温四十二度，最低三十六度，分了好几个池子。", [],
         T("imitates absolute_claim (最高/最低): facility specifications")),
        ("会员卡买了随时能转让，明年这价肯定翻一番，等于你白住还赚钱。", [INV]),
        ("四百九十九一晚，两晚九百九十八，周末不加价，就这些。", [],
         T("imitates price_claim: a plain price with no reference price")),
        ("套票只在直播间小黄车买，核销也在平台上，嫑给任何人私下转钱。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("过年来泡温泉是咱关中人的老习惯，图个干干净净过年，就是个风俗。", [],
         T("imitates superstition: a custom mentioned without an efficacy claim")),
        ("有人问跟华清池比，人家是景区，历史多，咱这是度假酒店，住得舒服，各有各的好。", [],
         T("imitates disparagement: a named rival compared neutrally")),
        ("全西北就咱这一家是天然温泉，独一无而。", [ABS],
         H("全西北就咱这一家是天然温泉，独一无二。")),
        ("碎娃泡了不容易感冒，抵抗力蹭蹭往上涨，一冬天都不用吃药。", [MED]),
        ("额滴神，这套票是全网最划算的，你翻遍了也寻不下比这还便宜的。", [ABS, PRI]),
        ("最后提醒一下，套票有效期一年，节假日要提前三天预约。", [],
         T("imitates absolute_claim (最后): 最后提醒 is an order word")),
    ]},
    # ------------------------------------------------------------------
    {"id": "j12_mitecleaning", "product": "上门除螨清洗服务", "lines": [
        ("姐姐们晚上好，介是我们家上门除螨清洗的团购，床垫沙发窗帘，平台上约好时间师傅上门给您了洗。", []),
        ("您了家孩子老揉眼睛打喷嚏，就是螨虫闹的，我们给您了除一遍，过敏性结膜炎当天就好。", [MED]),
        ("身上起荨麻疹的，除完螨那天晚上就不痒了，比吃抗过敏药还管事儿。", [MED]),
        ("床垫里的螨虫不除，孩子得特硬性皮炎，我们除了就再也不犯。", [MED],
         H("床垫里的螨虫不除，孩子得特应性皮炎，我们除了就再也不犯。")),
        ("我们用的除螨仪是全天津吸力最大的，一台机器三十多万。", [ABS]),
        ("介活儿我们干了十二年，天津卫三十万户人家都请过我们。", [SAL]),
        ("别家家政公司来了拿个吸尘器比划比划，收您三百，其实一只螨都没吸走，纯属糊弄人。", [DIS]),
        ("某某到家平台那些师傅，都是没培训的临时工，给您了床垫洗发霉了都不管。", [DIS]),
        ("门店价一张床垫加一个沙发要580，", [PRI], N(SPLIT)),
        ("直播间团购一百九十九全包，倍儿值！", [PRI], N(SPLIT)),
        ("要约周末的姐姐，直接打我们门店电话，电话里订比团购再便宜二十。", [OFF, PRI]),
        ("就今儿晚上，过了十二点团购就下架，明天恢复五百八。", [PRI]),
        ("除完螨，家里晦气跟着一块清出去，新房入住之前除一遍，保您了全家转运。", [SUP]),
        ("卧室除完螨，床头再挂我们送的平安结，震宅辟邪。", [SUP],
         H("卧室除完螨，床头再挂我们送的平安结，镇宅辟邪。")),
        ("好评率百分之九十八，团购卖了四万多单，排在全市家政第一名。", [SAL, ABS]),
        ("第一步先给您了床垫吸尘，第二步高温蒸汽，最后一步紫外线照一遍，结了。", [],
         T("imitates absolute_claim (第一/最后): step order words")),
        ("除完螨最好开窗通风两个小时，再让孩子进屋。", [],
         T("imitates absolute_claim (最好): a usage tip")),
        ("孩子要是过敏严重，还得去医院看过敏科，除螨只是把环境弄干净，不能治病。", [],
         T("imitates medical_claim (过敏/治病): disease words in advice with a no-cure denial")),
        ("我们一定尽最大努力，把每一单服务做好，您了有嘛不满意随时说。", [],
         T("imitates absolute_claim (最大): service attitude, exempt under 执法指南第5条")),
        ("一百九十九包一张床垫一个沙发，多一个沙发加八十，明码标价。", [],
         T("imitates price_claim: plain prices for extra items, no reference price")),
        ("我们今年换的新除螨仪比去年的旧机器轻便多了，上楼不费劲。", [],
         T("imitates absolute_claim (comparison): self-comparison with the company's own old machine")),
        ("预约、付款、退款都在平台上走，师傅上门不收现金，您了放心。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("最近下雨多，床垫潮，约的人多，得提前两天订。", [],
         T("imitates absolute_claim (最): 最近 is a time word")),
        ("有人问跟某某到家比，人家品类多，啥都能干，我们就专干除螨这一样。", [],
         T("imitates disparagement: a rival named in a neutral comparison")),
        ("搬新家之前大扫除是老讲究，图个干净，跟运气没关系。", [],
         T("imitates superstition: a custom mentioned with an explicit denial of luck effects")),
        ("我们这个除螨工艺是全国读家专利，您了找不着第二家。", [ABS],
         H("我们这个除螨工艺是全国独家专利，您了找不着第二家。")),
        ("除完以后皮肤痒、湿疹反反复复的，全都能好，不好我全额退钱。", [MED]),
        ("您了别在平台上拍了，加我们客服微信，微信预约能排到明天。", [OFF]),
        ("介服务在天津卫是头一号，谁也甭想比我们更专业。", [ABS]),
        ("上个月光是河西区就接了三千单，师傅们都忙不过来了。", [SAL]),
    ]},
    # ------------------------------------------------------------------ pets
    {"id": "j13_petfountain", "product": "宠物饮水机", "lines": [
        ("中中中，家人们晚上好，喝罢汤了没？今儿给恁推荐个猫狗饮水机。", []),
        ("猫咪尿结石、膀胱炎，都是喝水喝少了，用了俺这饮水机，结石自己就排出来了。", [MED]),
        ("猫咪肾衰节的，天天喝它过滤的活水，肾指标两个月就恢复正常。", [MED],
         H("猫咪肾衰竭的，天天喝它过滤的活水，肾指标两个月就恢复正常。")),
        ("它这水流是全国独一家的仿山泉设计，没有一台饮水机比它更能勾猫喝水。", [ABS]),
        ("宠物医院卖的同款要四百五十九，", [PRI], N(SPLIT)),
        ("俺直播间今儿个一百五十九，还送四片滤芯！", [PRI], N(SPLIT)),
        ("某小佩那个饮水机，水泵两个月就烧，还漏电电死过猫，恁可别买。", [DIS]),
        ("网上那些三十块的杂货，滤芯都是海绵塞的，越过滤越脏，孬得很。", [DIS]),
        ("夜儿个一天就卖了六千台，猫狗饮水机这一块儿俺家销量全网第一。", [SAL, ABS]),
        ("想要多买几个滤芯的，加俺绿泡泡，绿泡泡上滤芯一块钱一片，比店里便宜一半。", [OFF, PRI]),
        ("今儿晚上10点之前拍，买一台送一年的滤芯，10点以后就恢复原价了。", [PRI]),
        ("狗狗喝了它这过滤水，泪痕都没了，眼睛发炎也好了。", [MED]),
        ("给猫咪开过光的饮水机，喝了保佑主子平平安安，长命百岁。", [SUP]),
        ("饮水机摆在屋里东边，水流招财，猫喝水你进财，可得劲。", [SUP]),
        ("第一次用先把滤芯泡半个小时，再装上去。", [],
         T("imitates absolute_claim (第一): 第一次 is an order word")),
        ("滤芯醉好两个星期换一次，水一天换一回。", [],
         T("imitates absolute_claim (最好): a care tip (heard)",
           said="滤芯最好两个星期换一次，水一天换一回。")),
        ("猫咪要是尿血、老蹲猫砂盆，赶紧去宠物医院，饮水机治不了病。", [],
         T("imitates medical_claim (尿血/治): disease symptoms in advice with a no-cure denial")),
        ("最大水箱容量三升，一只猫能喝一个礼拜，静音最低二十五分贝。", [],
         T("imitates absolute_claim (最大/最低): product specifications")),
        ("这款是俺家第三代，比第二代多了个缺水提醒，第二代还在卖，便宜点。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own previous generation")),
        ("有人问跟某小佩比，他家颜值高，俺家容量大，看恁家猫多不多。", [],
         T("imitates disparagement: a rival named in a neutral comparison")),
        ("一百五十九一台，滤芯三十九四片，都写在链接里。", [],
         T("imitates price_claim: plain prices with no reference price")),
        ("过年给猫主子系个红绳，图个喜庆，俺不说它能保平安。", [],
         T("imitates superstition: a custom with an explicit denial of efficacy")),
        ("下单只在小黄车，有人私信说能便宜的都是骗子，俺家从来不私下卖。", [],
         T("imitates offsite_trade: a platform-only instruction and a fraud warning")),
        ("这个数是平台后台显示的，店铺回头客占比写着百分之三十，恁自己看。", [],
         T("imitates sales_data_claim: a platform-shown statistic, attributed to the platform")),
        ("300多个养猫的博主都用它，好评一溜儿，一个差评都没有。", [SAL],
         H("三百多个养猫的博主都用它，好评一溜儿，一个差评都没有。")),
        ("这饮水机在宠物用品里头是王炸，谁也没它排场。", [ABS]),
        ("猫咪软便拉稀，喝它一个礼拜就条过来了，比吃益生菌还管用。", [MED],
         H("猫咪软便拉稀，喝它一个礼拜就调过来了，比吃益生菌还管用。")),
        ("全网饮水机就俺这家价钱最低，不信恁去搜。", [ABS, PRI]),
        ("狗狗喝了它，关节炎都减轻了，老狗都能撒欢跑。", [MED]),
        ("三二一上车！就这一波，这一波完了一百五十九就没了，明天按四百五十九卖。", [PRI]),
    ]},
    # ------------------------------------------------------------------ collectibles, investment, courses
    {"id": "j14_shoushanstone", "product": "寿山石印章", "lines": [
        ("各位朋友晚上好啦，哇是福州寿山这边的，今天跟大家分享几方寿山石印章厚。", []),
        ("这个田黄石啊，现在一克一克在涨，买了放家里，三年至少翻三倍啦。", [INV]),
        ("寿山石价格从来没跌过，以后也不可能跌，比买金子卡好赚。", [INV]),
        ("你收藏这方石头，宝本是最起码的，转手随便赚一倍。", [INV],
         H("你收藏这方石头，保本是最起码的，转手随便赚一倍。")),
        ("以后你不要了，拿回来找哇，哇按买价加百分之三十给你回收，零风险啦。", [INV]),
        ("这块是全寿山品相最好的芙蓉石，没有第二块比它卡水。", [ABS]),
        ("外面拍卖行同等级的，起拍价就要15万9，", [PRI], N(SPLIT)),
        ("哇今天直播间1万2就给你，等于白送啦，转手就能赚回十几万。", [PRI, INV], N(SPLIT)),
        ("古玩城那些卖寿山石的，十块里头九块是巴林石冒充的，还有灌胶的，拢是在骗人。", [DIS]),
        ("某某斋拍卖那边的田黄，哇跟你讲，都是染色的老挝石，懂的人一看就知道。", [DIS]),
        ("这方印章刻了招财纳福，放在办公桌上，生意一天比一天旺啦。", [SUP]),
        ("是请寺里的师父开过光的，放家里镇宅，小人近不了身。", [SUP]),
        ("刻上你的名字压在枕头下面，赚运旺财，一年都顺。", [SUP],
         H("刻上你的名字压在枕头下面，转运旺财，一年都顺。")),
        ("要看更多私藏的，加哇微信，哇私下给你看仓库里的，价格再让一成。", [OFF, PRI]),
        ("今天晚上过了十二点，这批就全部恢复拍卖底价了厚。", [PRI]),
        ("哇这个直播间寿山石卖了八年，成交额福建第一，买家超过五万个。", [SAL, ABS]),
        ("第一方是高山石，第二方是芙蓉石，第三方是田黄，等一下一方一方拿给你看。", [],
         T("imitates absolute_claim (第一): item order words")),
        ("收藏有风险，石头的价格有涨有跌，哇不保证升值，买之前想清楚啦。", [],
         T("imitates investment_claim: a collecting-risk disclaimer with no promised gain")),
        ("这方印章最长边是六厘米，重一百二十克，证书上都有写。", [],
         T("imitates absolute_claim (最长): item specifications")),
        ("寿山石是福州人送长辈的传统礼物，寓意长寿，是个好意头，没有什么神奇作用。", [],
         T("imitates superstition: a custom with an explicit denial of efficacy")),
        ("有人问跟青田石比哪个好，青田石也是四大印石之一，各有各的特点。", [],
         T("imitates disparagement: a rival stone named neutrally")),
        ("这方是一万二，那方是三千八，每一方价格都标在链接里。", [],
         T("imitates price_claim: plain prices with no reference price")),
        ("付款一定走平台，哇不收私人转账，收货七天内不满意可以退。", [],
         T("imitates offsite_trade: a platform-only instruction with a return policy")),
        ("盘玩的时候最好用手，不要上油太多，石头会发干。", [],
         T("imitates absolute_claim (最好): a care tip")),
        ("这方是我们工作室今年刻得比较满意的一方，比去年那方刀工细一点。", [],
         T("imitates absolute_claim (comparison): self-comparison with the studio's own earlier work")),
        ("摆在书房里，小朋友读书开窍，考试拢考第一名啦。", [SUP]),
        ("隔壁那个直播间说是田黄，其实是塑料树脂压的，就是指商税啦。", [DIS],
         H("隔壁那个直播间说是田黄，其实是塑料树脂压的，就是智商税啦。")),
        ("寿山石这一块，全中国没有人比哇卡懂，哇是头号专家啦。", [ABS]),
        ("现在下手等于买了一只原始股，放十年就是传家宝，收益率比炒股高十倍。", [INV]),
        ("已经有三百多位老板在哇这边买过，没有一个亏钱的，个个都赚了。", [INV, SAL]),
    ]},
    # ------------------------------------------------------------------
    {"id": "j15_shortdrama", "product": "短剧投资份额", "lines": [
        ("各位爷，晚上好，今儿咱不卖货，跟您聊聊短剧投资份额这事儿。", []),
        ("一份一万块，投进去三个月回本，半年保底翻一番，没跑儿。", [INV]),
        ("甭管剧火不火，我们都有保底分红，年化百分之三十六，白纸黑字写着。", [INV]),
        ("这是稳赚不配的买卖，您把钱放银行那才叫亏。", [INV],
         H("这是稳赚不赔的买卖，您把钱放银行那才叫亏。")),
        ("投了就有钱拿，一分钱风险都没有，公司给您兜底。", [INV]),
        ("上一部剧我们的投资人，一万块进去，一个月拿回来4万2。", [INV]),
        ("外头那些短剧平台全是资金盘，早晚得颠儿，您那钱就打水漂了。", [DIS]),
        ("某果短剧那帮人，剧没拍完老板先跑了，欠了演员一屁股账。", [DIS]),
        ("我们是全国短剧投资这块儿的老大哥，这是行业公认的。", [ABS]),
        ("正常一份是一万五，", [PRI], N(SPLIT)),
        ("今儿直播间一份一万，还送您一个群演的名额。", [PRI], N(SPLIT)),
        ("想多投的加我个vx，私下签合同，打公司对公账户，合同我让财务单独给您做。", [OFF]),
        ("今儿夜里12点前认购，1万块一份，过了12点恢复1万5。", [PRI],
         H("今儿夜里十二点前认购，一万块一份，过了十二点恢复一万五。")),
        ("已经有两万三千多位投资人跟着我们投，复投率百分之九十。", [SAL]),
        ("开机前请大师看过日子、拜过关公，保佑这部剧一上线就爆。", [SUP]),
        ("您把这份合同供在财神爷底下，这钱保准往您兜里钻。", [SUP]),
        ("第一部剧是去年十月上线的，第二部是今年五月，时间线都在公司官网能查。", [],
         T("imitates absolute_claim (第一): order words for the company's own releases")),
        ("得嘞，丑话说前头，投资有风险，短剧可能赔钱，闲钱再投。", [],
         T("imitates investment_claim: a risk warning")),
        ("我们不承诺收益，合同里写的是按票房分成，赚多赚少看剧的成绩。", [],
         T("imitates investment_claim: an explicit refusal to promise returns")),
        ("有人问跟某果比咋样，人家是平台，我们是制作方，干的不是一个活儿。", [],
         T("imitates disparagement: a named rival described neutrally")),
        ("最近上线的那部《胡同里的春天》，您可以在平台上搜到，播放量平台上写着呢。", [],
         T("imitates absolute_claim (最近) and sales_data_claim: a time word and a platform-shown play count")),
        ("认购只在直播间链接里，钱进平台监管账户，不接受私人转账。", [],
         T("imitates offsite_trade: a platform-only instruction")),
        ("一份一万，两份两万，上不封顶，下不保底，就这么敞亮。", [],
         T("imitates price_claim/investment_claim: a plain share price and an explicit no-floor statement")),
        ("我们这一期的剧本比我们上一期的打磨得更细，编剧也换了更有经验的。", [],
         T("imitates absolute_claim (comparison): self-comparison with the company's own previous project")),
        ("我们尽最大努力把每一部剧拍好，这个态度我敢跟您保证。", [],
         T("imitates absolute_claim (最大): business attitude, exempt under 执法指南第5条")),
        ("这个项目是全国独一份的，国家及的影视基地给我们背书。", [ABS],
         H("这个项目是全国独一份的，国家级的影视基地给我们背书。")),
        ("这回上线要是没回本，我个人掏腰包把本金全退给您，一分不少。", [INV]),
        ("比炒股强，比买基金稳，短剧这东西只赚不亏，哥们儿门儿清。", [INV]),
        ("进我们的投资人群，群里内部分额便宜两千，还有头条消息。", [OFF, PRI],
         H("进我们的投资人群，群里内部份额便宜两千，还有头条消息。")),
        ("这是投资短剧里头回报最高的项目，没有之一，倍儿局气。", [ABS, INV]),
    ]},
    # ------------------------------------------------------------------
    {"id": "j16_writingcourse", "product": "写作变现课", "lines": [
        ("Hello各位，今天我们来对齐一下，写作变现这件事的底层逻辑到底是什么。", []),
        ("跟着我这套打法写三十天，月入过两万是baseline，做不到我把学费全退。", [INV]),
        ("学费三千九百八，你接两单稿子就回本了，后面全是净赚，ROI稳稳的。", [INV]),
        ("零基础零风险，只要你交作业，收入保底8000。", [INV],
         H("零基础零风险，只要你交作业，收入保底八千。")),
        ("这套课是全网写作课里面变现能力最强的，没有之一。", [ABS]),
        ("只要跟着做，三个月内副业收入超过主业，这个我们可以写进合同。", [INV]),
        ("线下写作营一期收一万二，", [PRI], N(SPLIT)),
        ("今天直播间只要三千九百八，内容一模一样。", [PRI], N(SPLIT)),
        ("某某写作学院那帮人，课件全是从公众号扒的，老师连一本书都没出过，纯割韭菜。", [DIS]),
        ("外面那些九块九的写作课就是引流的，进去以后一步步逼你买两万的私教，坑得很。", [DIS]),
        ("我们已经赋能了十二万学员，好评率百分之九十九，复购率行业第一。", [SAL, ABS]),
        ("报名的同学直接加我企业微信，我们在微信上走一个闭环，不走平台还能再减五百。", [OFF, PRI]),
        ("今晚12点前报名有这个价，过了12点就恢复原价1万2。", [PRI]),
        ("这是国内唯一一套把写作和AI拉通的课，独家方法论。", [ABS]),
        ("课程卖了四万多份，连续十二周写作类销量榜第一。", [SAL, ABS]),
        ("想要知道下一个爆款选题的，进我的VIP设群，群在简介里扫码进。", [OFF],
         H("想要知道下一个爆款选题的，进我的VIP社群，群在简介里扫码进。")),
        ("报名礼包里送一个开过光的文昌笔，写稿的时候放桌上，灵感源源不断、稿费翻倍。", [SUP]),
        ("第一节讲选题，第二节讲结构，最后一节讲投稿和报价，节奏是这样。", [],
         T("imitates absolute_claim (第一/最后): lesson order words")),
        ("收入这个东西因人而异，我们不成诺任何收入，课程教的是方法。", [],
         T("imitates investment_claim: an explicit refusal to promise income (heard)",
           said="收入这个东西因人而异，我们不承诺任何收入，课程教的是方法。")),
        ("学写作最好每天固定一个时间段，哪怕只写五百字。", [],
         T("imitates absolute_claim (最好): a study tip")),
        ("课是在平台上买，学习也在平台的课程页，报名以后有七天无理由退款。", [],
         T("imitates offsite_trade: a platform-only instruction with a refund policy")),
        ("三千九百八一期课，包含四十节录播和八次直播答疑，写在课程详情里。", [],
         T("imitates price_claim: a plain price with its contents, no reference price")),
        ("这一期我们把AI写作那部分更新了，比上一期我们自己的版本多了十节课。", [],
         T("imitates absolute_claim (comparison): self-comparison with the course's own previous edition")),
        ("有人问跟某某写作学院有什么不同，他们偏文学，我们偏商业写作，定位不一样。", [],
         T("imitates disparagement: a named rival compared neutrally")),
        ("最近后台私信比较多，问题我会在直播里统一回答，不单独加人。", [],
         T("imitates offsite_trade (私信) and absolute_claim (最近): a time word and a refusal to move buyers off-platform")),
        ("学完你写一篇稿费就能覆盖一个月房贷，这个收益我是敢打包票的。", [INV]),
        ("课程页显示已经有一万多人学过，这个是平台统计的学习人数。", [],
         T("imitates sales_data_claim: a platform-shown learner counter")),
        ("我们的导师是国家级作协的顶级大咖，全行业没人比她更懂商业写作。", [ABS]),
        ("这个价全网最低，别的平台你找不到第2个这么便宜的。", [ABS, PRI],
         H("这个价全网最低，别的平台你找不到第二个这么便宜的。")),
        ("好，今天的sharing就到这，记住，学费不是花钱是投资，这笔投资回报至少十倍。", [INV]),
    ]},
    # ------------------------------------------------------------------ talisman
    {"id": "j17_zodiacbuddha", "product": "本命佛吊坠", "lines": [
        ("伙计们晚上好，嗯家吃了冇得？想单独看货的加我小号，绿色那个软件上搜得到，我开视频给你看。", [OFF]),
        ("属鼠的戴千手观音，属牛属虎的戴虚空藏菩萨，戴对了本命佛，一年四季都有菩萨保佑。", [SUP]),
        ("这个吊坠是在五台山请高僧开光加持过的，戴上就能挡灾避祸。", [SUP]),
        ("今年犯太碎的伙计，戴它一年，太碎就冲不到你。", [SUP],
         H("今年犯太岁的伙计，戴它一年，太岁就冲不到你。")),
        ("做生意的拐子戴上它，招财进宝，今年生意翻三番。", [SUP]),
        ("小伢晚上爱哭闹、魂不守舍的，戴上本命佛把魂收回来，马上就安生了。", [SUP]),
        ("老人家戴上它，高血压、心脏病都不犯了，比吃药还零。", [MED],
         H("老人家戴上它，高血压、心脏病都不犯了，比吃药还灵。")),
        ("这是黄金的本命佛，金价只会往上走嘛，戴着就是存钱，以后转手稳赚。", [INV]),
        ("足金的，现在买了放五年，起码值三倍的钱，比存银行划得来多了。", [INV]),
        ("金店里面同款本命佛要2380，", [PRI], N(SPLIT)),
        ("我们直播间今天九百九十九，还送开光的红绳。", [PRI], N(SPLIT)),
        ("外头那些十几块的本命佛，都是合金镀色的，戴久了脖子过敏发黑，差火得很。", [DIS]),
        ("某福珠宝的本命佛，里面是空心灌砂的，称着重其实没几克金。", [DIS]),
        ("我们家的本命佛是全中国开光最灵的，没有哪家比得上。", [ABS, SUP]),
        ("卖了七年，戴过的人有五十多万，个个都说转运了。", [SAL, SUP]),
        ("要请本命佛的伙计，加我微信，微信上我帮你挑合适的款，价格还少一百。", [OFF, PRI]),
        ("今天晚上过了十二点，开光名额就没得了，价格也回到一千三。", [PRI]),
        ("第一步先看你是属么斯的，第二步再选对应的菩萨，不要选错了。", [],
         T("imitates absolute_claim (第一): step order words")),
        ("本命佛是传统文化，戴着是个心意，我不跟你讲戴了就能改运，也不能治病。", [],
         T("imitates superstition/medical_claim: a custom with explicit denials of luck and cure")),
        ("足金的是千足金，最小一个三克，最大一个十克，克重写在证书上。", [],
         T("imitates absolute_claim (最小/最大): item specifications")),
        ("黄金价格会跌的，买来戴就戴，不要当投资，我不保证回收价。", [],
         T("imitates investment_claim: a risk warning and a refusal to promise resale value")),
        ("九百九十九一个，含工费，金价按今天的大盘算，链接里有明细。", [],
         T("imitates price_claim: a plain price with its formation, no reference price")),
        ("有人问跟老凤祥的比，人家是老牌子，我们是专做本命佛的，款式多一点。", [],
         T("imitates disparagement: a named rival compared neutrally")),
        ("本命年送红绳是老辈子传下来的习俗，图个喜庆吉利。", [],
         T("imitates superstition: a custom without an efficacy claim")),
        ("买吊坠就在我们小黄车拍，嗯家莫信那些私信说便宜的，那是骗子。", [],
         T("imitates offsite_trade: a platform-only instruction and a fraud warning")),
        ("金子最好不要碰温泉水和消毒水，洗澡的时候取下来。", [],
         T("imitates absolute_claim (最好): a care tip")),
        ("我们今年的新款比去年我们自己那款雕工更细，去年那款也还有几个。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's own older design")),
        ("这尊是我们店的压箱底，整个武汉就这1尊，独一无二。", [ABS],
         H("这尊是我们店的压箱底，整个武汉就这一尊，独一无二。")),
        ("戴上它，保你家里人出入平按，车子都不会出事。", [SUP],
         H("戴上它，保你家里人出入平安，车子都不会出事。")),
        ("伙计们冲啊，金子戴在身上就是钱，过两年转手至少赚一倍。", [INV]),
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
