#!/usr/bin/env python3
"""Held-out evaluation set U for liveaudit (text-only transcripts).

Written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format references: tests/heldout_n/text/README.md and lines 1-65 and 828-894
of tests/heldout_n/text/build.py (its helper and printing code). heldout_n's SESSIONS data was
not read; no line of any other set was used or paraphrased. The session builder and the
validation below were written afresh for this set.

Run:  python3 build.py
Writes one <id>.truth.json per session into this folder, validates, and prints counts.

Line forms inside SESSIONS:
  ("text", [labels])                           violating
  ("text", [labels], N(SPLIT))                 violating half of a split price comparison
  ("text", [], T("note"))                      trap: lawful line that looks like a violation
  ("heard", [labels], H("said"))               Whisper mishearing; labels describe `said`
  ("heard", [], T("note", said="..."))         misheard trap

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

UTTS = 30          # lines per session, exactly
VIOLATING = 20     # violating lines per session, exactly
TRAPS = 10         # trap lines per session, exactly


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

SESSIONS = []

# ---------------------------------------------------------------------- u01
SESSIONS.append({
    "id": "u01_bittermelon", "product": "苦瓜片",
    "style": "湘南乡下老表腔",
    "lines": [
        ("老表们我跟你讲哈，这个苦瓜片泡水喝，我隔壁王叔血糖八点几的，喝了两个月降到五点多，二甲双胍都停了", [MED]),
        ("你说它是不是比那个降糖的西药还灵光？我看就是灵，西药伤肝伤肾，它一点点坏处都冇得", [MED]),
        ("三高人群就冲它，血脂血压一起往下走，这一包下去姨岛都给你修复好咯", [MED],
         H("三高人群就冲它，血脂血压一起往下走，这一包下去胰岛都给你修复好咯")),
        ("嘴近天热，好多人问苦瓜片怎么泡，我第一步先给大家演示洗杯子", [],
         T("imitates absolute_claim: 最近 is a time word and 第一步 an order word (执法指南), no claim about the product",
           said="最近天热，好多人问苦瓜片怎么泡，我第一步先给大家演示洗杯子")),
        ("你翻遍全中国也找不到比我们家晒得更地道的苦瓜片，这个我敢拍胸口", [ABS]),
        ("要我说哈，苦瓜片里头排到顶的就是它咯，别个都得往后稍", [ABS]),
        ("超市干货区那个价签，标的是六十八块一斤哈，", [PRI], N(SPLIT)),
        ("我直播间今天二十九块九一斤，两斤还包邮", [PRI], N(SPLIT)),
        ("最好是饭后再泡，空腹喝胃不舒服的老表会觉得有点寒", [],
         T("imitates absolute_claim: 最好 gives usage advice (执法指南第6条), not a comparison")),
        ("过了今晚十一点就回到四十九块九了，要买的抓紧咯", [PRI]),
        ("我们这个苦瓜片去年一年卖出去十二万三千包，老客户回投买的占了七成", [SAL],
         H("我们这个苦瓜片去年一年卖出去十二万三千包，老客户回头买的占了七成")),
        ("后台跟我说就剩三百二十包了，卖完今年就冇得了", [SAL]),
        ("一包二十九块九是五百克，一天泡五克能喝一百天，一天三毛钱不到", [],
         T("imitates price_claim: a plain price with per-day arithmetic, no reference price")),
        ("想要整箱批发的，加我威信，威信号是kugua零八八，私下给你算", [OFF],
         H("想要整箱批发的，加我微信，微信号是kugua零八八，私下给你算")),
        ("进我们老表粉丝群，群里比直播间还便宜五块钱", [OFF, PRI]),
        ("菜市场那种苦瓜干都是硫磺熏出来的，白得发亮，吃了伤肝", [DIS]),
        ("某某牌的苦瓜茶我买来拆过，一半是苦瓜皮一半是树叶子，专门骗老年人的钱", [DIS]),
        ("我们不是药啊，血糖高的老表该吃药吃药，莫拿苦瓜片替了", [],
         T("imitates medical_claim: a not-a-medicine statement telling diabetics to keep their drugs")),
        ("有胆结石的喝上三个疗程，再去照个B超，石头都冇得了", [MED]),
        ("页面上冇得划线价哈，就是二十九块九一个价，我不搞先涨后降那一套", [],
         T("imitates price_claim: says the page has no reference price and refuses a mark-up")),
        ("想做代理的，进货一万块，我们保证你三个月回本，卖不完公司按进价收回去，一分不亏", [INV]),
        ("左下角那个已售两千三是平台自己跳的数，我改不了的，你们自己看", [],
         T("imitates sales_data_claim: points at the platform's own sold counter, no figure of the host's")),
        ("这包是我们在南岳大庙请师傅开过光的，喝了保你全家平平安安", [SUP]),
        ("我们村里好几个唐尿病老人，喝它喝到不用打胰岛素了", [MED],
         H("我们村里好几个糖尿病老人，喝它喝到不用打胰岛素了")),
        ("我最大的心愿就是把老家的苦瓜片卖到城里去，这个我一直在使劲", [],
         T("imitates absolute_claim: 最大的心愿 is the seller's aspiration, not a product claim")),
        ("这个价格我敢说全平台找不到更低的，哪个找到了我赔差价", [ABS, PRI]),
        ("跟我们家去年晒的那批比，今年的切得更薄一点，泡起来出味快", [],
         T("imitates absolute_claim: comparison with the seller's own last batch (self-comparison)")),
        ("某某牌也有苦瓜茶，它家是袋泡的，我家是整片的，各有各的喝法", [],
         T("imitates disparagement: a neutral comparison with a named rival, nothing negative")),
        ("买东西就在小黄车拍，哪个私信你叫你转账到个人账户的都是骗子，莫信", [],
         T("imitates offsite_trade: a warning against private payment, buying stays on the platform")),
        ("评论区清一色好评，三千多条评价冇得一个讲不好的", [SAL]),
    ]})

# ---------------------------------------------------------------------- u02
SESSIONS.append({
    "id": "u02_oysterpeptide", "product": "牡蛎肽片",
    "style": "东北老大哥腔",
    "lines": [
        ("老铁们，这个牡蛎肽吃上半个月，腰不酸了腿不软了，肾虚那是彻底给你补回来了", [MED]),
        ("本品是保健食品，不能代替药物，它的保健功能就一条：缓解体力疲劳", [],
         T("imitates medical_claim: a 保健食品 stating only its approved function with the mandatory 不能代替药物")),
        ("夜尿多的老哥，起夜四五趟的，吃完一宿一趟都不用起，尿频尿急全好了", [MED]),
        ("跟那个蓝色小药丸比，它没有一丁点副作用，劲儿还不比它差", [MED]),
        ("男人不玉、精子活力低的，备孕前吃三个月，好几对都怀上了", [MED],
         H("男人不育、精子活力低的，备孕前吃三个月，好几对都怀上了")),
        ("有高血压糖尿病在吃药的，吃之前先问问你的大夫，药别自己停", [],
         T("imitates medical_claim: disease words only in advice to consult a doctor and keep drugs")),
        ("喝酒喝伤的肝它都能给你修回来，护肝药从此不用买了", [MED]),
        ("吃完三盒还觉着没劲儿的，盒子给我寄回来，钱一分不少全退你", [MED]),
        ("最好是早上吃完饭来两片，别空着肚子，有的人空腹吃胃里反酸", [],
         T("imitates absolute_claim: 最好 is usage advice (执法指南第6条)")),
        ("市面上所有牡蛎肽里它纯度最高，出厂标准比行业标准还高一大截", [ABS]),
        ("东北这嘎达卖保健品的我都熟，没有哪个牌子能比它更实在", [ABS]),
        ("药房柜台一盒标三百九十八，今天直播间一盒一百二十八，你自己算省多少", [PRI]),
        ("一瓶六十片，一天两片，一瓶吃一个月，一百二十八一瓶，一天四块多", [],
         T("imitates price_claim: price with per-day arithmetic, no reference price")),
        ("就这半小时，半小时一到立马回到三百九十八，别说我没提醒你", [PRI]),
        ("这个品去年双十一一晚上干了一万八千盒，复购的老客户一大片", [SAL]),
        ("我们今年这版比去年的老配方锌含量高了一点，包装上都写着呢", [],
         T("imitates absolute_claim: comparison with the brand's own old formula (self-comparison)")),
        ("保健品类目销量榜它蹲第一蹲了小两年了", [ABS, SAL]),
        ("想要整箱价的老哥，私下打我电话，一三九、六六八一、二零四七", [OFF]),
        ("加个危私聊，我给你发个自己人价", [OFF, PRI], H("加个V私聊，我给你发个自己人价")),
        ("最后再叮嘱一嘴，孕妇、小孩不建议吃，这个标签上写着呢", [],
         T("imitates absolute_claim: 最后再叮嘱 only marks order")),
        ("某某牌的生蚝片我拆过，里面填的是淀粉加色素，吃了白吃", [DIS]),
        ("那些几十块的都是三吴小作坊压的片，吃坏了都没处找人", [DIS],
         H("那些几十块的都是三无小作坊压的片，吃坏了都没处找人")),
        ("我这辈子最想干成的事儿，就是让咱东北老哥都能少熬点夜，这个说实话还得靠你自己", [],
         T("imitates absolute_claim: 最想干成的事儿 is the seller's aspiration")),
        ("你要做代理，拿货八千，我们每个月饱底给你返两千，一年翻番", [INV],
         H("你要做代理，拿货八千，我们每个月保底给你返两千，一年翻番")),
        ("平台上那个商品体验分四点八，是平台打的，不是我说的", [],
         T("imitates sales_data_claim: a platform-computed product score, not the host's figure")),
        ("这批货出厂前请大师做过法事，吃了保佑你身子骨硬朗、财运也旺", [SUP]),
        ("糖尿病的吃了血唐都稳稳当当的，胰岛素都能减量", [MED],
         H("糖尿病的吃了血糖都稳稳当当的，胰岛素都能减量")),
        ("有人问吃了能不能治尿频，我直说不能，它就是个保健食品，有病上泌尿科", [],
         T("imitates medical_claim: a denied cure and a referral to a hospital department")),
        ("你别寻思它只管抗疲劳，管的可多了，失眠、掉头发、耳鸣，挨个给你调好", [MED]),
        ("私下转钱的一律不接，只在直播间下单，售后平台管着你放心", [],
         T("imitates offsite_trade: refuses private payment, platform-only buying")),
    ]})

# ---------------------------------------------------------------------- u03
SESSIONS.append({
    "id": "u03_heelbalm", "product": "足跟霜",
    "style": "扬州修脚师傅腔",
    "lines": [
        ("脚气、灰指甲的，抹上三天，真菌全给你杀光，痒一下都不痒了", [MED, COS]),
        ("它就是个普通的护肤霜，备案的是普通化妆品，没有抗菌那个功能，我不吹", [],
         T("imitates cosmetic_claim: 抗菌 named only in a denial, ordinary-cosmetic registration stated")),
        ("这个霜里加了抑菌的成分，脚后跟那股味儿抹一次就没了", [COS]),
        ("裂口那里发红发炎的，它销炎特别快，第二天就不红了", [COS],
         H("裂口那里发红发炎的，它消炎特别快，第二天就不红了")),
        ("糖尿病人脚上那种老不好的口子，抹它比医院开的药膏还好使", [MED]),
        ("脚上已经流脓、破口发黑的，别抹了，赶紧去医院皮肤科", [],
         T("imitates medical_claim: disease signs only in a warning to see a doctor")),
        ("冻疮年年犯的，今年冬天抹它，根都给你断了，明年不再长", [MED]),
        ("脚后跟黑黄黑黄的，抹一个礼拜，白得跟剥了壳的鸡蛋似的", [COS]),
        ("它还能祛疤，以前裂得留了疤的，抹一个月疤都平了", [COS]),
        ("最好是洗完脚擦干了再抹，然后套个袜子睡觉，吸收得好", [],
         T("imitates absolute_claim: 最好 is usage advice (执法指南第6条)")),
        ("我修了三十年脚，抑菌去味最厉害的足霜就是它，没有一个赶得上", [ABS, COS]),
        ("今天我这个足跟霜，两支一起拿才五十九", [PRI], N(SPLIT)),
        ("你去修脚店里问问，人家一支就要你一百二十八", [PRI], N(SPLIT)),
        ("第一步先把脚泡软，第二步把死皮修掉，最后一步才是抹霜", [],
         T("imitates absolute_claim: 第一步 / 最后一步 only mark order")),
        ("它还有抗闽的作用，穿凉鞋磨得发红起小疹子的，一抹就退", [COS],
         H("它还有抗敏的作用，穿凉鞋磨得发红起小疹子的，一抹就退")),
        ("去年冬天光我们这一个直播间就出了四万六千支，好多澡堂子整箱整箱来拿", [SAL]),
        ("好平率百分之九十九点八，那点差评都是嫌快递慢", [SAL],
         H("好评率百分之九十九点八，那点差评都是嫌快递慢")),
        ("跟我们店里老款比，新款的尿素浓度提到了百分之十五，盒子上标着", [],
         T("imitates absolute_claim: self-comparison with the shop's own old version, a stated specification")),
        ("澡堂子老板要批发的，私信我留个电话，我们线下谈", [OFF]),
        ("扫我们修脚店门口那个二维码，加老板薇信买更便宜", [OFF, PRI],
         H("扫我们修脚店门口那个二维码，加老板微信买更便宜")),
        ("一支八十克，两支五十九，一支合二十九块五，够抹一个多月", [],
         T("imitates price_claim: plain price and per-unit arithmetic, no reference price")),
        ("网上那些九块九的足霜，里头全是工业尿素，越抹越裂", [DIS]),
        ("某某足护我们店早不进了，一抹脚上起一层白皮，全是劣质酸", [DIS]),
        ("我们要把每一双脚都修到最舒服，这是我们店的老规矩", [],
         T("imitates absolute_claim: service attitude of the shop (执法指南第5条)")),
        ("十疹、皮炎长在脚上的，它三天就给你压下去", [MED],
         H("湿疹、皮炎长在脚上的，它三天就给你压下去")),
        ("某某足护也有足霜，它家偏油，我们家偏清爽，看你喜欢哪种", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("想跟我们合伙开修脚加盟店的，保证你半年回本，亏了算我的", [INV]),
        ("小黄车上那个已拍一千二百件是平台算的，我这边看到的跟你们一样", [],
         T("imitates sales_data_claim: platform counter, not the host's own figure")),
        ("冬天最冷的那几天脚后跟裂得最厉害，那阵子一天要抹两遍", [],
         T("imitates absolute_claim: 最冷 / 最厉害 describe the weather and the complaint, not the product")),
        ("我们这霜装盒前师傅都念过平安经，抹了出门走路有菩萨护着，顺顺当当", [SUP]),
    ]})

# ---------------------------------------------------------------------- u04
SESSIONS.append({
    "id": "u04_vfacecream", "product": "V脸紧致霜",
    "style": "台湾腔美妆博主",
    "lines": [
        ("它里面有溶脂因子喔，抹在双下巴那里，脂肪一层一层给你化掉", [COS]),
        ("它那个融脂的效果真的超明显，一个礼拜下颌线就跑出来", [COS],
         H("它那个溶脂的效果真的超明显，一个礼拜下颌线就跑出来")),
        ("它是普通化妆品，没有美白特证，所以我不会跟你们讲美白，只讲保湿", [],
         T("imitates cosmetic_claim: 美白 named only to deny it, ordinary cosmetic stated")),
        ("还有变白喔，抹完整张脸亮两个度，暗沉全部不见", [COS]),
        ("脸上的斑跟痘印它也一起带走，一瓶搞定，不用再买别的", [COS]),
        ("敏感肌、脂溢性皮炎的姐妹也可以放心抹，它抗过敏又消炎", [COS, MED]),
        ("按摩的手法很重要，头一遍从下巴往耳朵推，推到最后一遍往锁骨带", [],
         T("imitates absolute_claim: 头一遍 / 最后一遍 only mark order")),
        ("脸上长痘长到化脓的，它一抹就把痘痘压下去，连痤疮都给你治好", [COS, MED]),
        ("全世界的瘦脸霜我都试过，真的没有一支溶脂比它更有感", [ABS, COS]),
        ("这是我用过效果最定的一支，讲真的", [ABS], H("这是我用过效果最顶的一支，讲真的")),
        ("最好是晚上洗完脸用，白天用的话后面记得要再擦防晒", [],
         T("imitates absolute_claim / cosmetic_claim: 最好 is usage advice; 防晒 refers to a separate sunscreen step")),
        ("别的牌子的瘦脸霜都是骗骗小女生的啦，只有它是真的有用", [ABS, DIS]),
        ("某某美容院打的那种瘦脸针，打完脸都垮掉，里面都是不合格的东西", [DIS]),
        ("脸肿是因为肾脏或甲状腺出问题的，这个霜帮不了你，要去看内分泌科", [],
         T("imitates medical_claim: disease words only in a referral to a doctor")),
        ("专柜那边价签写一千零八十", [PRI], N(SPLIT)),
        ("我们直播间今天只要三百九十九，还送一支眼霜", [PRI], N(SPLIT)),
        ("二十分钟，二十分钟一过马上回到一千零八十，不要再来问我", [PRI]),
        ("跟我们去年那版比，新的质地更水一点，推起来不黏", [],
         T("imitates absolute_claim: self-comparison with the brand's own earlier version")),
        ("这支在台湾卖到断货，上架三个月就卖了二十一万支", [SAL]),
        ("剩最后八十六只了，没有了就真的没有了", [SAL], H("剩最后八十六支了，没有了就真的没有了")),
        ("一瓶五十毫升三百九十九，一天用一颗黄豆大，差不多可以用两个月", [],
         T("imitates price_claim: plain price with usage arithmetic, no reference price")),
        ("想要代购价的姐妹，私讯我一下，我拉你进代购的小群", [OFF, PRI]),
        ("加我维新 a-n-n-i-e 零三一四，我单独发你团购链接", [OFF],
         H("加我微信 a-n-n-i-e 零三一四，我单独发你团购链接")),
        ("某某牌的紧致霜也很好用喔，它偏滋润，我们偏清爽，干皮可以去看看它", [],
         T("imitates disparagement: neutral comparison that even recommends the rival")),
        ("它还防拖喔，发际线那边顺手抹一抹，碎头发都冒出来了", [COS],
         H("它还防脱喔，发际线那边顺手抹一抹，碎头发都冒出来了")),
        ("我们最想做到的是让每个姐妹都用得开心，这个我们一直在努力", [],
         T("imitates absolute_claim: the seller's aspiration and service attitude")),
        ("你来做我们的品牌代理，卖不掉公司全部回收，包你稳稳地赚", [INV]),
        ("商品页那个评价有两千多条，好的坏的都在上面，你自己点进去看", [],
         T("imitates sales_data_claim: points to the platform's review list, good and bad")),
        ("脸型是骨头决定的，抹霜不可能改骨头喔，它只是让皮肤看起来紧一点", [],
         T("imitates medical_claim / cosmetic_claim: denies any reshaping effect")),
        ("抹出V脸就是旺夫脸，相面的师傅说下巴尖了桃花运会跟着来", [SUP]),
    ]})

# ---------------------------------------------------------------------- u05
SESSIONS.append({
    "id": "u05_handwash", "product": "泡沫洗手液",
    "style": "川渝宝妈腔",
    "lines": [
        ("这个泡泡洗手液抗菌率百分之九十九点九，娃儿洗了手细菌都跑光光", [COS]),
        ("它意菌还不伤手，巴适得很", [COS], H("它抑菌还不伤手，巴适得很")),
        ("这个是普通的洗手液，不是消毒产品，说不了杀菌，我就说它洗得干净", [],
         T("imitates cosmetic_claim: 杀菌 named only in a denial, not a 消毒产品")),
        ("手足口病、诺如这些，洗了它根本传不上，比打疫苗还管用", [MED]),
        ("娃儿手上长的那个湿疹，天天用它洗，它抗敏又消炎，自己就好了", [COS, MED]),
        ("娃儿手上要是起水泡、发烧了，莫在屋头洗洗就算了，赶紧去儿科看", [],
         T("imitates medical_claim: symptoms only in a warning to see a doctor")),
        ("它还能消炎，手上倒刺发红的地方洗两回就不红了", [COS]),
        ("洗得多了手还会变白变嫩，我这双手就是它洗白的", [COS]),
        ("最好是搓满二十秒再冲，先搓手心，再搓手背，最后才冲指缝", [],
         T("imitates absolute_claim: 最好 is usage advice, 最后 only marks order")),
        ("全国的洗手液里头就数它杀君最狠，别个都排它后头", [ABS, COS],
         H("全国的洗手液里头就数它杀菌最狠，别个都排它后头")),
        ("跟医院用的是同一个顶级配方，抑菌这一块专业级别拉满", [ABS, COS]),
        ("今天三瓶装加两个替换装，一共四十九", [PRI], N(SPLIT)),
        ("超市货架上一瓶就要三十五，你自己算嘛", [PRI], N(SPLIT)),
        ("最近流感多，勤洗手是卫健委也在讲的，这个跟买不买我家的没关系", [],
         T("imitates absolute_claim / medical_claim: 最近 is a time word; public hygiene advice, no product claim")),
        ("这个价只到今天晚上十二点，明天早上就涨回八十九了", [PRI]),
        ("你去哪个平台比价都比不过我这儿，这个底价我是豁出去了", [ABS, PRI]),
        ("一瓶三百毫升，按一下出一毫升泡泡，一瓶能按三百下", [],
         T("imitates sales_data_claim / absolute_claim: a product specification with arithmetic")),
        ("我们家这个洗手液一个月卖了九万多瓶，幼儿园整箱整箱地订", [SAL]),
        ("只剩两百一十箱了，抢完就断火", [SAL], H("只剩两百一十箱了，抢完就断货")),
        ("跟我们老款的比，新款泡泡更绵密，因为泵头换了", [],
         T("imitates absolute_claim: self-comparison with the brand's own old model")),
        ("幼儿园老师要团购的，加我VX，我私下给你们开团", [OFF]),
        ("近我们宝妈群，群里拼单更便宜", [OFF, PRI], H("进我们宝妈群，群里拼单更便宜")),
        ("某某卫士的洗手液也是正规品牌，它是液体的，我们是泡泡的", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("超市那些大牌洗手液，里头添的东西太冲，娃儿洗多了手都烂", [DIS]),
        ("某某为士那个泡泡一搓就没了，是往里兑了洗洁精", [DIS],
         H("某某卫士那个泡泡一搓就没了，是往里兑了洗洁精")),
        ("我们想把洗手液做成娃儿最喜欢用的样子，这是我们的目标", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("评价里有人说香味太淡，这个我们认，下一批会改", [],
         T("imitates sales_data_claim: quotes a critical review honestly, no figure")),
        ("有人问要不要加个微信，不加哈，下单和售后都在平台，莫私下转钱", [],
         T("imitates offsite_trade: refuses off-platform contact and private payment")),
        ("大年三十用它洗一遍手，把一年的霉运冲走，来年样样顺", [SUP]),
        ("做我们社区团长，每个月保底给你三千提成，不卖也有", [INV]),
    ]})

# ---------------------------------------------------------------------- u06
SESSIONS.append({
    "id": "u06_nebulizer", "product": "家用雾化器",
    "style": "北京大爷腔",
    "lines": [
        ("家里孩子哮喘的，每天雾化两回，用上仨月，哮喘给您断根儿", [MED]),
        ("雾化器是医疗器械，具体用什么药、用多少，得听大夫的，别自己瞎配", [],
         T("imitates medical_claim: a device stated as such with advice to follow a doctor")),
        ("有效率百分之九十八，这是我们自己统计的，倍儿准", [MED]),
        ("比去医院打点低好使多了，孩子不遭罪", [MED], H("比去医院打点滴好使多了，孩子不遭罪")),
        ("绝对安全，一点副作用都没有，刚满月的小娃娃也随便用", [MED]),
        ("最高雾化速率每分钟零点二五毫升，这是说明书上的参数", [],
         T("imitates absolute_claim: 最高 states a technical parameter of the product itself")),
        ("支气管炎、废炎用它三天就好利索了", [MED], H("支气管炎、肺炎用它三天就好利索了")),
        ("第一次用的家长注意，用之前先洗手，用完最后把面罩冲干净晾干", [],
         T("imitates absolute_claim: 第一次 / 最后 only mark order")),
        ("这雾化颗粒是业内最细的，谁家也做不到这么细", [ABS]),
        ("咱这是国家级大医院指定的那款，排头一号", [ABS]),
        ("孩子川得嘴唇发紫的，别等雾化了，直接打一二零", [],
         T("imitates medical_claim: an emergency warning, no efficacy claim", said="孩子喘得嘴唇发紫的，别等雾化了，直接打一二零")),
        ("医院药房卖您六百八，我这儿二百九十八，差一倍还多", [PRI]),
        ("今儿个直播间一台只要二百五十八", [PRI], N(SPLIT)),
        ("明儿一早就回到原价三百九十八了啊", [PRI], N(SPLIT)),
        ("跟我们上一代比，这代噪音小了五分贝，半夜雾化不吵醒孩子", [],
         T("imitates absolute_claim: self-comparison with the brand's previous generation")),
        ("全国三千多家诊所都在用咱这台，一年走了八万多台", [SAL]),
        ("母婴类目雾化器消量常年第一", [ABS, SAL], H("母婴类目雾化器销量常年第一")),
        ("一台二百五十八，面罩、管子、口含嘴全在里头，不另收钱", [],
         T("imitates price_claim: a plain price listing what is included, no reference price")),
        ("现货就剩六十几台了，这批完了得等俩月", [SAL]),
        ("要买药水的，您加我微信，我让药店私底下给您配", [OFF]),
        ("您记一下我电话，幺五八、二三四七、九九零六，电话里下单直接送上门", [OFF]),
        ("某某医疗的也是正规械字号，它家是压缩式的，咱这是网式的，各有各的用法", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("某某医疗那款雾化器，噪音跟拖拉机似的，颗粒大得进不了肺，纯属糊弄人", [DIS]),
        ("网上一百多块的雾化器都是组装货，药全喷脸上了，白花钱还耽误病", [DIS]),
        ("我们能保证的就一条，一年内坏了免费换新，效果因人而异，我不打包票", [],
         T("imitates medical_claim: guarantees only the warranty and refuses an efficacy guarantee")),
        ("想开家用医疗器械店的，加盟咱们，保证每月纯挣1万5，挣不到补给您", [INV]),
        ("小黄车已售那个数是平台给的，我不报数，您自己瞅", [],
         T("imitates sales_data_claim: refers to the platform counter without giving a figure")),
        ("最近换季咳嗽的孩子多，要不要雾化，先让儿科大夫看过再说", [],
         T("imitates medical_claim / absolute_claim: 最近 is a time word; disease words only in advice to see a doctor")),
        ("出厂前请老师傅给开了缸，孩子用了病气散得快", [SUP], H("出厂前请老师傅给开了光，孩子用了病气散得快")),
        ("用上它孩子一年到头不感冒，抵抗力蹭蹭往上涨", [MED]),
    ]})

# ---------------------------------------------------------------------- u07
SESSIONS.append({
    "id": "u07_clothesdryer", "product": "干衣机",
    "style": "河南话大哥腔",
    "lines": [
        ("家里有过敏性鼻炎的，衣裳在它里头一烘，鼻炎就不犯了", [MED]),
        ("它是一级能效，这是国家能效标识上的等级，贴在机器侧面恁自己看", [],
         T("imitates absolute_claim: 一级能效 is a grade under a national standard (执法指南第6条)")),
        ("小孩的湿疹、大人的皮选，十有八九是衣裳上的螨虫闹的，它一烘病就好了", [MED],
         H("小孩的湿疹、大人的皮癣，十有八九是衣裳上的螨虫闹的，它一烘病就好了")),
        ("它能杀死衣裳上的乙肝病毒、结核杆菌，家里有病人的烘一烘就不传染", [MED]),
        ("最高温度七十度，羊毛真丝的最好别烘，看洗标", [],
         T("imitates absolute_claim: 最高 is a specification of the machine, 最好 is usage advice")),
        ("世界上还能找出比它烘得更快的干衣机？恁找，俺敢打赌找不着", [ABS]),
        ("这是干衣机里的王炸，谁来都不好使", [ABS]),
        ("这价钱是开天劈地头一回这么低，往后也不会再有", [ABS, PRI],
         H("这价钱是开天辟地头一回这么低，往后也不会再有")),
        ("容量最大十公斤，一家五口一回就能烘完", [],
         T("imitates absolute_claim: 最大 states the machine's own capacity")),
        ("国美苏宁门店那标价牌，写的是四千二百九十九", [PRI], N(SPLIT)),
        ("俺们直播间今儿个，两千六百九十九，还包安装", [PRI], N(SPLIT)),
        ("先领券再叠平台补贴，到手比原价少一千六，就今儿一天", [PRI]),
        ("跟俺们家去年那款比，今年这款多了个除皱程序", [],
         T("imitates absolute_claim: self-comparison with the brand's own last model")),
        ("光今年上半年这款就卖出去七万三千台，好多家一买就是两台", [SAL]),
        ("库房就剩九十太了，卖完这批等下个月", [SAL], H("库房就剩九十台了，卖完这批等下个月")),
        ("家电榜上连着三个季度排头明", [ABS, SAL], H("家电榜上连着三个季度排头名")),
        ("烘干只是让衣裳干，治不了啥病，家里有人过敏还得去医院看", [],
         T("imitates medical_claim: denies any cure and refers to a hospital")),
        ("恁要是想便宜，加俺微信，俺直接找厂家给恁发货，省个中间价", [OFF, PRI]),
        ("司信俺报地址，货到了恁再付钱", [OFF], H("私信俺报地址，货到了恁再付钱")),
        ("第一次用先空转十分钟，把那个新机器的味儿散一散", [],
         T("imitates absolute_claim: 第一次 only marks order")),
        ("某某电器那干衣机，烘一回缩一码，那是拿洗衣机改的", [DIS]),
        ("那些几百块的小烘干机都是热风管子，一烘就起火，买了就是给自己找事", [DIS]),
        ("两千六百九十九，分十二期免息，一个月两百二十五块不到", [],
         T("imitates price_claim: instalment arithmetic on the plain price, no reference price")),
        ("有想做家电代理的，俺们保本，每年还保恁百分之十五的收益，押金一分不亏", [INV]),
        ("搬新家头一件电器就买它，干干爽爽，风水上讲叫旺宅，财运跟着来", [SUP]),
        ("某某电器的干衣机也中，它是冷凝的，俺们是热泵的，热泵省电", [],
         T("imitates disparagement: neutral technical comparison with a named rival")),
        ("老寒腿的老人冬天穿上它烘过的热衣裳，腿就不疼了", [MED]),
        ("俺就想把售后做到最好，装好了有问题随时叫师傅上门", [],
         T("imitates absolute_claim: service attitude (执法指南第5条)")),
        ("一级能效都不算啥，它比一级能效还省电一半，全行业独一份", [ABS]),
        ("平台写着有三千多人加购，这是平台自己统计的，俺可不敢瞎编", [],
         T("imitates sales_data_claim: a platform counter, not the host's figure")),
    ]})

# ---------------------------------------------------------------------- u08
SESSIONS.append({
    "id": "u08_shapewear", "product": "收腹塑身衣",
    "style": "广东普通话腔 (靓女, 埋单, 咁, 好正)",
    "lines": [
        ("剖腹产之后那一圈松松的，穿它一个月，子宫都帮你收回去，好正", [MED]),
        ("塑身衣就是衣服，减不了脂肪，想瘦还是要管住嘴迈开腿", [],
         T("imitates medical_claim: denies any fat-loss effect")),
        ("有腰肌劳损的靓女，穿上它腰就不痛了，比贴膏药还好", [MED]),
        ("胃下锤的穿它，把胃托回原来的位置", [MED], H("胃下垂的穿它，把胃托回原来的位置")),
        ("它里面的远红外纤维会燃烧脂肪，一天瘦一斤，一点都不伤身体", [MED]),
        ("最好不要穿着睡觉，一天最多穿八个钟头，勒太久血液不通", [],
         T("imitates absolute_claim: 最好 is usage advice, 最多 a wearing limit")),
        ("塑身衣我卖了十年，没见过收腹比它更狠的", [ABS]),
        ("全世界就我们一加能做到无痕，别人都学不来", [ABS], H("全世界就我们一家能做到无痕，别人都学不来")),
        ("剖腹产刚做完的，先听你主治医生的，伤口没长好不要穿", [],
         T("imitates medical_claim: surgery words only in advice to follow the doctor")),
        ("实体店里标一千二百八一套，我今晚四百八十八两套", [PRI]),
        ("今晚下单一套只要两百四十四", [PRI], N(SPLIT)),
        ("平时日常价是六百九十九，你们自己对比下", [PRI], N(SPLIT)),
        ("尺码最小S，最大三个X，按腰围来选", [],
         T("imitates absolute_claim: 最小 / 最大 state the size range")),
        ("折上折只有这一轮，下一轮就冇得打折了", [PRI]),
        ("这款塑身衣今年卖出去三十二万件，回头再买的靓女好多都是一买三件", [SAL]),
        ("买家秀里都讲穿了瘦了十斤，好频刷都刷不完", [SAL], H("买家秀里都讲穿了瘦了十斤，好评刷都刷不完")),
        ("两件四百八十八，一件两百四十四，没有第二种价", [],
         T("imitates price_claim: plain price per piece, no reference price")),
        ("想要私人定制尺码的，私信我，我叫你去小红书找我下单", [OFF]),
        ("埋单不想走平台的，可以直接扫我个人收款码，我再送你一件", [OFF]),
        ("跟我们上一代比，这代胶条换成了硅胶，不卷边", [],
         T("imitates absolute_claim: self-comparison with the brand's previous generation")),
        ("某某塑形的货都是拿二手面料翻的，勒得人透不过气", [DIS]),
        ("那些九十九块的塑身衣都是片钱货，穿了像捆粽子", [DIS],
         H("那些九十九块的塑身衣都是骗钱货，穿了像捆粽子")),
        ("我最开心的就是看到靓女们穿得舒服，所以我们一直在改", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("做我们的微商代理，零门槛，一点风险都冇，每个月保证你赚1万2", [INV]),
        ("某某塑形的也不错，它偏重压力，我们偏日常穿，按需要选", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("红色那款本命年穿，能挡灾还能转运", [SUP]),
        ("第一次穿会有点紧，穿三天就适应了", [],
         T("imitates absolute_claim: 第一次 only marks order")),
        ("月经不条的穿它暖着小肚子，下个月就准了", [MED], H("月经不调的穿它暖着小肚子，下个月就准了")),
        ("塑身衣这个类目，我们的销量稳坐冠军快三年了", [ABS, SAL]),
        ("本命年穿红色是老习惯，我们红色款就是颜色喜庆，不讲挡灾那一套", [],
         T("imitates superstition: a custom mentioned with an explicit denial of effect")),
    ]})

# ---------------------------------------------------------------------- u09
SESSIONS.append({
    "id": "u09_accountingcourse", "product": "初级会计考证网课",
    "style": "新闻主播播报腔 (本台消息, 下面请看, 本台评论员)",
    "lines": [
        ("下面请看数据，我们班去年初级会计通过率全国第一，甩第二名一大截", [ABS, SAL]),
        ("本台消息：今年是我们第一次开直播班，之前十年都在线下上课", [],
         T("imitates absolute_claim: 第一次 only marks order in the seller's own history")),
        ("去年一年报名学员四万七千人，百分之九十六都拿了证", [SAL]),
        ("本台评论员认为，这是市面上最权威的会计课，没有哪家机构敢跟我们比", [ABS]),
        ("授课老师是出题组退下来的，罪懂考点", [ABS], H("授课老师是出题组退下来的，最懂考点")),
        ("第一节课讲总论，最后一节课是全真模拟，一共一百二十节", [],
         T("imitates absolute_claim: 第一节 / 最后一节 only mark order")),
        ("拿了证我们包推荐工作，月薪保底六千，拿不到补给你差额", [INV]),
        ("报名费三千八，考完证接代账私活，一个月就回本，后面都是纯赚", [INV]),
        ("最好每天固定一个钟头学，周末把错题过一遍", [],
         T("imitates absolute_claim: 最好 is study advice")),
        ("去年这个全科班我们收的是七千六百八", [PRI], N(SPLIT)),
        ("今年直播间同一个班，三千八百四，整整打了个对折", [PRI], N(SPLIT)),
        ("这个价就在本期节目里有效，节目一结束就回到七千六百八", [PRI]),
        ("跟我们去年的课比，今年加了新税法的章节", [],
         T("imitates absolute_claim: self-comparison with the course's own last edition")),
        ("优惠名额倒计时五分中，过了就没这个价", [PRI], H("优惠名额倒计时五分钟，过了就没这个价")),
        ("今晚这一场只开三十个名额，已经被抢走二十六个了", [SAL]),
        ("全科班三千八百四，一共一百二十节课，一节课三十二块", [],
         T("imitates price_claim: plain price with per-lesson arithmetic, no reference price")),
        ("学员打分全是满分，一个茶评都没有", [SAL], H("学员打分全是满分，一个差评都没有")),
        ("想要内部押题资料的，加我们班主任的微信，私下发给你", [OFF]),
        ("全国的考试通过率，财政部会计资格评价中心每年都会公布，各位可以自己去查", [],
         T("imitates sales_data_claim: points to official public statistics, no figure of the seller's")),
        ("加班主任威新报名，直接立减五百", [OFF, PRI], H("加班主任微信报名，直接立减五百")),
        ("某某教育那家就是卖录播课骗钱的，老师都是刚毕业的大学生", [DIS]),
        ("我们最大的目标就是让每个学员都能听懂，这个我们一直在琢磨", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("别的机构的鸭题都是网上抄的，押一个错一个", [DIS], H("别的机构的押题都是网上抄的，押一个错一个")),
        ("考前把你的名字写进我们请的状元符里，考场上下笔如有神", [SUP]),
        ("某某教育也有初级会计课，它偏录播，我们偏直播，看你时间", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("我们直播间同时在看的已经冲到十万了，全网考证直播排第一", [ABS, SAL]),
        ("报名只走直播间小黄车，任何人让你私下打钱报名的，都不是我们的人", [],
         T("imitates offsite_trade: a warning against private payment and impostors")),
        ("两个人一起报再拉一个同学，每拉一个返你八百，拉得多一年挣好几万", [INV]),
        ("学会计不等于马上能找到工作，就业要看你自己和市场，我们不保证收入", [],
         T("imitates investment_claim: an explicit refusal to promise income")),
        ("报名咨询打我们热线，零二一、六四三三、八一二九，报名费打到财务的个人卡上", [OFF]),
    ]})

# ---------------------------------------------------------------------- u10
SESSIONS.append({
    "id": "u10_nanhong", "product": "南红玛瑙手串",
    "style": "评书艺人腔 (列位看官, 话说, 醒木一拍, 且听下回分解)",
    "lines": [
        ("列位看官，这串南红去年三千，今年五千五，这价钱就没往回走过一天，明年少说再翻一番", [INV]),
        ("收藏有风险，南红价钱会涨也会跌，我不跟您打这个包票", [],
         T("imitates investment_claim: a collecting-risk disclaimer refusing any promise of gain")),
        ("买它比存银行强多了，银行那点利息算什么，它一年涨三成，稳稳当当", [INV]),
        ("包本的，要是跌了我按原价收回来", [INV], H("保本的，要是跌了我按原价收回来")),
        ("在所有能投的收藏品里，南红回报率头一份，找不出第二个", [ABS, INV]),
        ("南红就是块石头，开关保平安那些话我不说，您喜欢它的颜色就请", [],
         T("imitates superstition: 开光 mentioned only to refuse the claim",
           said="南红就是块石头，开光保平安那些话我不说，您喜欢它的颜色就请")),
        ("这串是请凉山毕摩开过光的，戴上它生意场上贵人一个接一个", [SUP]),
        ("本命年戴红的，必邪挡煞，一年不犯小人", [SUP], H("本命年戴红的，辟邪挡煞，一年不犯小人")),
        ("话说有位老板，戴上这串三个月，官司赢了，欠他的账也收回来了，这就是南红护主", [SUP]),
        ("最好别戴着洗澡，香水酒精别沾，这是保养的头一条", [],
         T("imitates absolute_claim: 最好 is care advice, 头一条 only marks order")),
        ("南红养人，戴久了气血足，贫血的、手脚冰凉的都能调过来", [MED]),
        ("失棉的放枕头底下，一觉到天亮，药都不用吃了", [MED], H("失眠的放枕头底下，一觉到天亮，药都不用吃了")),
        ("这串珠子最大的一颗十四毫米，最小的八毫米，渐变排的", [],
         T("imitates absolute_claim: 最大 / 最小 state the bead sizes of this piece")),
        ("这是满肉满色的柿子红，保山料里的顶配，再往上没有了", [ABS]),
        ("我干这行四十年，就这一串，打着灯笼也找不着第二串", [ABS]),
        ("五千五这个价，页面上没写原价，也没划线价，就这一个价", [],
         T("imitates price_claim: states there is no reference price")),
        ("古玩城店里人家标价1万2千8，我今天五千五交个朋友", [PRI]),
        ("醒木一拍，这个价就这一回，下回书再开讲可就不是这个数了", [PRI]),
        ("它不能治病啊，有人问戴了能不能降血压，那您得去心内科", [],
         T("imitates medical_claim: a denied cure with a referral to a doctor")),
        ("我这一年出去两千多串，回头找我的老主顾占一半", [SAL]),
        ("整个直播间就剩最后七串了，都是一块料上出来的", [SAL]),
        ("话说我第一次摸南红，那是九三年在保山，跟师傅学看料", [],
         T("imitates absolute_claim: 第一次 only marks order in the host's own story")),
        ("看中大料的看官，加我微信，大货不上链接，私下一对一", [OFF]),
        ("加我卫星，备注看官，我私下给您留货", [OFF], H("加我微信，备注看官，我私下给您留货")),
        ("某某珠宝的南红也是正经保山料，他家偏精工，我这儿偏原石味", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("市场上那些几百块的南红，多半是染色的玛瑙，要么就是树脂压的", [DIS]),
        ("某某珠宝的南红卖你一万多，其实是阿富汗料冒充的保山料", [DIS]),
        ("我最大的念想是把这门手艺传下去，让年轻人也认识南红", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("文玩类直播间里头，论卖南红，我们家排头一名好些年了", [ABS, SAL]),
        ("直播间右上角那个观看数是平台给的，我这儿也就几百号人，不虚报", [],
         T("imitates sales_data_claim: a platform counter and a modest factual remark")),
    ]})

# ---------------------------------------------------------------------- u11
SESSIONS.append({
    "id": "u11_chicks", "product": "土鸡苗",
    "style": "陕西关中腔 (额, 谝, 嘹咋咧, 美得很)",
    "lines": [
        ("额跟你谝，买额家一千只鸡苗，养五个月额按十五块一斤全收，稳稳挣三万", [INV]),
        ("养殖有风险，鸡价有涨有跌，额不承诺回收价，恁自己掂量", [],
         T("imitates investment_claim: a farming-risk disclaimer refusing a buy-back price")),
        ("包回收、包技术、包成活，养满一万只，一年到手12万8，赔了算额的", [INV]),
        ("这生意没一点分险，就是在地里捡钱", [INV], H("这生意没一点风险，就是在地里捡钱")),
        ("农村里最来钱的营生就是养额这鸡，比种苹果强十倍", [ABS, INV]),
        ("第一周最好保温三十三度，第二周往下降两度", [],
         T("imitates absolute_claim: 第一周 marks order, 最好 is husbandry advice")),
        ("额这鸡苗打过额们自己配的中药，以后鸡瘟禽流感都不得", [MED]),
        ("这鸡长大下的蛋，高血压的老人一天吃俩，血压就平了", [MED]),
        ("鸡苗发病了，赶紧找镇上兽医站，额这儿不卖药，也不给你乱开方子", [],
         T("imitates medical_claim: disease words only in a referral to a vet")),
        ("坐月子吃这土鸡炖汤，奶水足，产后封都给你治好", [MED], H("坐月子吃这土鸡炖汤，奶水足，产后风都给你治好")),
        ("陕西地面上你打听，没有谁家鸡苗成活率比额家高", [ABS]),
        ("品种是国家级保种场出来的头等货，全国找不着第二家", [ABS]),
        ("一百只二百六，一只两块六，运费额出", [],
         T("imitates price_claim: plain price with per-unit arithmetic, no reference price")),
        ("镇上孵化场一只鸡苗卖四块五，额这儿两块六，还包邮到村", [PRI]),
        ("今儿直播间一百只鸡苗二百六", [PRI], N(SPLIT)),
        ("过了这一场，就恢复原来的四百五", [PRI], N(SPLIT)),
        ("跟额家去年的苗比，今年这批公母分得更准了", [],
         T("imitates absolute_claim: self-comparison with the seller's own last year")),
        ("今年开春到现在，额这儿鸡苗发出去一百二十万只", [SAL]),
        ("订单排到下个月了，今天只放最后三千只", [SAL]),
        ("额最大的盼头就是乡亲们都能靠养鸡多挣点，这个额一直在努力", [],
         T("imitates absolute_claim / investment_claim: the seller's aspiration, no income promised")),
        ("跟额养鸡的老乡，九成都是第二年接着买", [SAL]),
        ("想订大批的，额电话一五九、二八七三、零六四一，下了单直接拉到你村口", [OFF]),
        ("鸡苗一般三个月开始长得最快，这个时候饲料要跟上", [],
         T("imitates absolute_claim: 最快 describes a growth stage in husbandry advice")),
        ("进额们养殖护群，群里价还能再低", [OFF, PRI], H("进额们养殖户群，群里价还能再低")),
        ("隔壁县那家孵化场，鸡苗都是病鸡下的蛋孵的，买回去三天死一半", [DIS]),
        ("某某牧业的苗也是正规孵化场的，他家是白羽的，额这是土鸡，养法不一样", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("某某木业那鸡苗就是速成鸡冒充的土鸡", [DIS], H("某某牧业那鸡苗就是速成鸡冒充的土鸡")),
        ("小黄车上那个卖了多少件是平台跳的数，额没法动它", [],
         T("imitates sales_data_claim: a platform counter the host cannot change")),
        ("开春抓鸡苗要看黄历，额这批是挑了吉日出壳的，养了保你六畜兴旺、才源广进", [SUP],
         H("开春抓鸡苗要看黄历，额这批是挑了吉日出壳的，养了保你六畜兴旺、财源广进")),
        ("有人冒充额们在别的平台卖鸡苗，额只有这一个直播间，别上当", [],
         T("imitates offsite_trade: an impostor warning keeping buyers on the platform")),
    ]})

# ---------------------------------------------------------------------- u12
SESSIONS.append({
    "id": "u12_petfuneral", "product": "宠物殡葬服务",
    "style": "温柔安抚腔 (家长们, 毛孩子, 小天使, 去喵星汪星)",
    "lines": [
        ("我们请了师父给毛孩子超度，念七天经，保佑它下辈子投个好胎", [SUP]),
        ("我们是二〇一九年本市第一家拿到动物无害化处理备案的殡葬店，备案编号在详情页，大家可以去查", [],
         T("imitates absolute_claim: a dated, place-bound, verifiable fact (执法指南第6条)")),
        ("骨灰做成的吊坠开过关，挂在身上它会一直保佑你", [SUP], H("骨灰做成的吊坠开过光，挂在身上它会一直保佑你")),
        ("选我们这个风水墓位，毛孩子睡得安稳，家里也跟着顺", [SUP]),
        ("毛孩子还在抢救的，请先听给它看病的兽医的，我们这里不做任何治疗", [],
         T("imitates medical_claim: refers to the vet and denies any treatment")),
        ("本市宠物殡葬这块，我们是规格最高的，别家都比不上", [ABS]),
        ("火化炉是全国地一台进口的无烟炉", [ABS], H("火化炉是全国第一台进口的无烟炉")),
        ("只有我们是真正单独火化，别的店都是几只一起烧，骨灰都混了", [ABS, DIS]),
        ("最后一步是把爪印拓在泥板上，家长可以自己来按", [],
         T("imitates absolute_claim: 最后一步 only marks order")),
        ("某某安宠殡葬收了钱把遗体往垃圾站一扔，你们不知道吧", [DIS]),
        ("那些上门收的都是黑作仿，连资质都没有", [DIS], H("那些上门收的都是黑作坊，连资质都没有")),
        ("最近天气热，遗体最好先用冰袋降温，再联系我们", [],
         T("imitates absolute_claim: 最近 is a time word, 最好 is practical advice")),
        ("同样的单独火化，外面兽医院代办要一千六，我们八百八", [PRI]),
        ("纪念套餐原价两千九百八", [PRI], N(SPLIT)),
        ("今天直播间一千四百八，骨灰盒、爪印泥全包", [PRI], N(SPLIT)),
        ("单独火化八百八，小型犬猫同价，超过二十公斤的加两百", [],
         T("imitates price_claim: itemised plain prices, no reference price")),
        ("我们这三年送走了一万三千多个毛孩子，家长们的好评墙贴满了一整面", [SAL]),
        ("这个月的预约已经排满了，就剩周四周五最后四个时段", [SAL]),
        ("我们最想做的就是让每个家长都好好道个别，这份心我们会一直守着", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("需要上门接的，直接打我们二十四小时电话，一八六、一一零九、七七四二，不用在这儿拍", [OFF]),
        ("私信我发你地址，定金转我各人账户就行", [OFF], H("私信我发你地址，定金转我个人账户就行")),
        ("超度念经是家长自愿选的，我们不说它能保佑什么，就是一个心意", [],
         T("imitates superstition: a ritual offered with an explicit denial of effect")),
        ("宠物生病快不行的，先来我们这里做能量理疗，好多又缓过来了", [MED]),
        ("家长走不出来、整宿睡不着的，参加一次我们的告别会，失眠就好了", [MED]),
        ("某某安宠殡葬也是有资质的，住城东的家长去他们那更近", [],
         T("imitates disparagement: recommends a named rival for convenience")),
        ("想开宠物殡葬加盟店的，我们保底一年回本，这行只赚不赔", [INV]),
        ("投二十万，保正每年分红百分之二十", [INV], H("投二十万，保证每年分红百分之二十")),
        ("评论里有位家长说我们接得慢，这个是真的，那天下大雨，我们也道过歉", [],
         T("imitates sales_data_claim: quotes a critical review honestly, no figure")),
        ("骨灰盒最大一号装得下二十五公斤的狗，最小的装仓鼠", [],
         T("imitates absolute_claim: 最大 / 最小 state the range of urn sizes")),
        ("我们的骨灰盒用的金丝楠，那是木头里的皇帝，什么木头也比不过它", [ABS]),
    ]})

# ---------------------------------------------------------------------- u13
SESSIONS.append({
    "id": "u13_buildingblocks", "product": "益智积木",
    "style": "体育解说腔 (全场, 上半场, 哨声, 绝杀, 比分)",
    "lines": [
        ("自闭症的孩子每天拼一个钟头，三个月开口说话了，这是真事儿", [MED]),
        ("积木就是玩具，治不了自闭正，孩子有发育问题去儿童保健科", [],
         T("imitates medical_claim: a denied cure with a referral to a doctor",
           said="积木就是玩具，治不了自闭症，孩子有发育问题去儿童保健科")),
        ("多动、注意力不集中的，还吃啥药啊？拼积木比吃药管用多了", [MED]),
        ("玩它能预防老年吃呆，爷爷奶奶也来拼", [MED], H("玩它能预防老年痴呆，爷爷奶奶也来拼")),
        ("最小的颗粒三点二厘米，三岁以下吞不进去，这是按国标做的", [],
         T("imitates absolute_claim: 最小 states the product's own part size")),
        ("全场最佳！这套积木开发智力全世界最强，根本没有对手", [ABS]),
        ("右脑开发的黄金标准，航业第一", [ABS], H("右脑开发的黄金标准，行业第一")),
        ("拼满一百天，孩子智商涨二十分，这套课程体系别人想学都学不来，独一份", [ABS]),
        ("第一步先拼底座，第二步搭墙，最后一步插旗子", [],
         T("imitates absolute_claim: 第一步 / 最后一步 only mark order")),
        ("今天直播间，六百颗粒的大桶，一百一十九", [PRI], N(SPLIT)),
        ("商场玩具城货架上同款标三百四十九", [PRI], N(SPLIT)),
        ("哨声一响，下半场开始就回到三百四十九，抓紧上车", [PRI]),
        ("跟我们第一代比，这代颗粒边角磨圆了", [],
         T("imitates absolute_claim: self-comparison; 第一代 names the brand's own first generation")),
        ("这个价放眼各个平台都是地板价，再低的你拿来我退差价", [ABS, PRI]),
        ("这款积木上市半年卖了二十八万桶，幼儿园成批成批地订", [SAL]),
        ("一百一十九一桶，六百颗，一颗两毛钱", [],
         T("imitates price_claim: plain price with per-piece arithmetic, no reference price")),
        ("回够的家长占了一大半，拼完一桶又来一桶", [SAL], H("回购的家长占了一大半，拼完一桶又来一桶")),
        ("只剩最后一百五十桶，卖完这一波要等到年后", [SAL]),
        ("三岁以下的宝宝最好在大人看护下玩", [],
         T("imitates absolute_claim: 最好 is safety advice")),
        ("幼儿园园长要批量的，加我微信，我给你走线下合同", [OFF]),
        ("家长们丝信我领早教资料，我拉你们进家长群", [OFF], H("家长们私信我领早教资料，我拉你们进家长群")),
        ("我们最大的目标是让孩子放下手机，这一点我们一直在努力", [],
         T("imitates absolute_claim: the seller's aspiration")),
        ("那些几十块一大桶的积木，都是边角料压的，毛刺划手，家长买了就是害孩子", [DIS]),
        ("某某积木那是超我们的设计，连说明书都照搬", [DIS], H("某某积木那是抄我们的设计，连说明书都照搬")),
        ("某某积木也很好，它颗粒小适合大孩子，我们颗粒大适合小宝宝", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("拼好的这个聚宝盆放在孩子床头，保佑孩子学业顺、家里财运旺", [SUP]),
        ("世界杯最精彩的一场是哪场，评论区聊聊，我先去拿一桶演示", [],
         T("imitates absolute_claim: the superlative is about a football match, not the product")),
        ("做我们积木馆加盟，一个孩子一学期收三千，一年保赚二十万", [INV]),
        ("页面上的评价都在那，好的差的我们都不删", [],
         T("imitates sales_data_claim: points to the platform's reviews without a figure")),
        ("玩具榜我们连着五个季度是老大，比分遥遥领先", [ABS, SAL]),
    ]})

# ---------------------------------------------------------------------- u14
SESSIONS.append({
    "id": "u14_cuttingboard", "product": "乌檀木砧板",
    "style": "上海阿姨腔 (阿拉, 侬, 老灵额, 价钿, 今朝)",
    "lines": [
        ("用阿拉这块砧板切菜，全家人胃病都少了，幽门螺杆菌也不传了", [MED]),
        ("最好是切完生肉马上用热水冲，竖起来晾干，不要泡水", [],
         T("imitates absolute_claim: 最好 is care advice")),
        ("侬屋里有肝病人的，用它切菜，不会交叉感染一肝", [MED], H("侬屋里有肝病人的，用它切菜，不会交叉感染乙肝")),
        ("世界上最硬的木头做的，比铁还硬，一辈子切不坏", [ABS]),
        ("最大那块四十乘三十，最薄的两厘米半", [],
         T("imitates absolute_claim: 最大 / 最薄 state the product's own dimensions")),
        ("砧板里厢，伊就是天字第一号，老灵额", [ABS]),
        ("用的是顶极的乌檀木，一般人家买不着", [ABS], H("用的是顶级的乌檀木，一般人家买不着")),
        ("跟阿拉老款比，新款背面多了一道防滑槽", [],
         T("imitates absolute_claim: self-comparison with the seller's own old model")),
        ("百货公司厨具柜台，同样大小的要卖四百八十块，阿拉今朝一百六十八", [PRI]),
        ("今朝直播间两块一套，一大一小，一百九十九", [PRI], N(SPLIT)),
        ("平常日子里，单买一块大的就要两百五十八", [PRI], N(SPLIT)),
        ("伊不是药，也不是消毒用品，洗干净晾干才是最要紧的", [],
         T("imitates medical_claim: not-a-medicine statement; 最要紧 is about cleaning habits")),
        ("嘎便宜的价钿，就到今朝夜里十点，过了十点统统涨回去", [PRI]),
        ("这块板子一年卖出去十四万块，饭店后厨一订就是几十块", [SAL]),
        ("一百九十九两块，算下来一块一百块不到", [],
         T("imitates price_claim: plain price with per-unit arithmetic, no reference price")),
        ("好评一万多条，没一条叉评", [SAL], H("好评一万多条，没一条差评")),
        ("仓库里还剩最后两百四十块，这批木料用完就没了", [SAL]),
        ("某某厨具的竹砧板也好用，轻便，阿拉的重一点，看侬欢喜哪种", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("饭店老板要整批的，私信我，阿拉线下签合同，发票另开", [OFF]),
        ("加阿拉店里微信号，侬私下付宽便宜二十块", [OFF, PRI], H("加阿拉店里微信号，侬私下付款便宜二十块")),
        ("阿拉想把售后做到顶顶好，裂了开胶一年包换", [],
         T("imitates absolute_claim: service attitude about after-sales (执法指南第5条)")),
        ("某某厨具那塑料砧板，用半年一刀下去全是碎屑，都吃进肚皮里去了", [DIS]),
        ("菜场门口卖的那种竹砧板，都是胶水拼起来的，甲醛超标", [DIS]),
        ("第一次用之前抹一层食用油，养一养木头", [],
         T("imitates absolute_claim: 第一次 only marks order")),
        ("有的主播卖的是杂木冒充乌滩的，侬当心上当", [DIS], H("有的主播卖的是杂木冒充乌檀的，侬当心上当")),
        ("乌檀木辟邪，厨房里挂一块，灶头火旺，屋里厢财运也旺", [SUP]),
        ("乌檀木是个木头名字，跟风水没关系，阿拉不讲那一套", [],
         T("imitates superstition: 风水 named only to deny it")),
        ("这种木料一年比一年贵，买一块放十年，价钿起码翻两番", [INV]),
        ("直播间里跳出来的某某刚刚下单，是平台自动弹的，不是阿拉编的", [],
         T("imitates sales_data_claim: a platform-generated purchase notice")),
        ("厨房用品销量榜，阿拉三年来一直是排在最前头的那个", [ABS, SAL]),
    ]})

# ---------------------------------------------------------------------- u15
SESSIONS.append({
    "id": "u15_goldtoad", "product": "招财金蟾摆件",
    "style": "潮汕老板腔 (胶己人, 好彩头, 发啦, 老板们)",
    "lines": [
        ("金蟾口含铜钱，摆在收银台朝着门口，钱只进不出", [SUP]),
        ("我们这个货叫招财金蟾，是品名，不是说摆了就能发财，生意好不好靠你自己", [],
         T("imitates superstition: 招财 appears only as the product name, with an explicit denial of effect")),
        ("我们这批金蟾都在庙里凯过光，胶己人放心请", [SUP], H("我们这批金蟾都在庙里开过光，胶己人放心请")),
        ("做生意的胶己人，请一只回去，三个月内运势就翻过来，亏的钱全回来", [SUP]),
        ("它能化解犯太碎，明年属相不好的赶紧请", [SUP], H("它能化解犯太岁，明年属相不好的赶紧请")),
        ("纯铜的最好别放潮的地方，一个月拿干布擦一擦", [],
         T("imitates absolute_claim: 最好 is care advice")),
        ("论灵验，潮汕这一带没有一家比得过我们的金蟾", [ABS, SUP]),
        ("大的那只高二十八公分，最小的九公分，家里小的摆小的", [],
         T("imitates absolute_claim: 最小 states the smallest size of the range")),
        ("这是铜器里的一等一，手艺找遍全国没第二个", [ABS]),
        ("这只金蟾是限量编号的，明年同款起码卖到三千八，现在买就是赚", [INV]),
        ("买它比买黄金还稳站，放着就升值", [INV], H("买它比买黄金还稳赚，放着就升值")),
        ("收藏有风险，这个我不跟你讲升值，喜欢就请，不喜欢别冲动", [],
         T("imitates investment_claim: a collecting-risk disclaimer refusing any gain")),
        ("香港那边的风水店，同款要一千二百八港币，我这里五百八十八", [PRI]),
        ("老价目表上写的是九百九十九", [PRI], N(SPLIT)),
        ("今晚开市大吉，四百九十九请回家", [PRI], N(SPLIT)),
        ("四百九十九这一只，铜重一点二公斤，一克四毛出头", [],
         T("imitates price_claim: plain price with per-gram arithmetic, no reference price")),
        ("过了今晚十二点，这个价就收回去了，好彩头不等人", [PRI]),
        ("今年请走我们金蟾的老板有一万九千多位", [SAL]),
        ("跟我们前年那批比，今年的眼睛做得更亮了，用的是新模具", [],
         T("imitates absolute_claim: self-comparison with the seller's own earlier batch")),
        ("限亮八百只，现在就剩最后三十只", [SAL], H("限量八百只，现在就剩最后三十只")),
        ("想请大只的，私信我，我拉你进胶己人的VIP群单独挑", [OFF]),
        ("潮汕人过年最热闹的就是营老爷，我们家每年都去凑热闹", [],
         T("imitates superstition / absolute_claim: a folk festival mentioned, no effect claimed; the superlative is about the festival")),
        ("我们的摆件只在这个直播间卖，谁跟你讲私下打八折的都是冒充的，别转钱", [],
         T("imitates offsite_trade: an impostor warning against private discounts and payment")),
        ("我手机一三七、零二五八、六六一三，打过来钱直接打我卡上，发顺丰", [OFF]),
        ("某某风水阁的金蟾都是锌合金镀一层铜，摆久了掉色发黑，根本不是铜", [DIS]),
        ("家里有人生病，金蟾帮不上忙，该去医院就去医院", [],
         T("imitates medical_claim: denies any health effect and refers to hospital")),
        ("外面那种几十块的金蟾是作坊用废铁浇的，里面灌的是沙子", [DIS]),
        ("某某铜艺的金蟾也是铜的，他家偏大件，我们偏小件", [],
         T("imitates disparagement: neutral comparison with a named rival")),
        ("床头摆一只金蟾，镇住病气，家里老人住院的早早就出院", [MED, SUP]),
        ("风水摆件这个类目，我们金蟾卖得嘴多，别人追都追不上", [ABS, SAL],
         H("风水摆件这个类目，我们金蟾卖得最多，别人追都追不上")),
    ]})


# ------------------------------------------------------------------ builder
def utt_seconds(text):
    return max(1.5, 0.22 * len(text))


def build_session(s):
    t = 1.0
    utts = []
    for entry in s["lines"]:
        text, labels = entry[0], list(entry[1])
        extra = entry[2] if len(entry) == 3 else {}
        end = t + utt_seconds(text)
        u = {"start": round(t, 2), "end": round(end, 2), "text": text, "labels": labels,
             "ignore": bool(extra.get("ignore", False)), "trap": bool(extra.get("trap", False))}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    duration = round(utts[-1]["end"] + 1.0, 2)
    return {"id": s["id"], "duration": duration, "format": "text", "product": s["product"],
            "utterances": utts}


def fail(msg):
    sys.exit("validation failed: " + msg)


def validate():
    for k, s in enumerate(SESSIONS, 1):
        sid = s["id"]
        if not re.fullmatch(r"u%02d_[a-z]+" % k, sid):
            fail(f"session id {sid!r} should be u{k:02d}_<shortname>")
        lines = s["lines"]
        if len(lines) != UTTS:
            fail(f"{sid}: {len(lines)} lines, want {UTTS}")
        viol = traps = 0
        for i, entry in enumerate(lines):
            where = f"{sid} line {i + 1}"
            if len(entry) not in (2, 3):
                fail(f"{where}: bad entry shape")
            text, labels = entry[0], entry[1]
            extra = entry[2] if len(entry) == 3 else {}
            if not isinstance(text, str) or not text.strip():
                fail(f"{where}: empty text")
            if len(set(labels)) != len(labels):
                fail(f"{where}: duplicate label")
            for lab in labels:
                if lab not in CATEGORIES:
                    fail(f"{where}: unknown category {lab!r}")
            if "said" in extra:
                if not extra["said"] or extra["said"] == text:
                    fail(f"{where}: said must be non-empty and differ from text")
            if extra.get("ignore"):
                fail(f"{where}: no grey lines in this set")
            if extra.get("trap"):
                traps += 1
                if labels:
                    fail(f"{where}: trap line carries labels")
                if not extra.get("note", "").startswith("imitates "):
                    fail(f"{where}: trap note must say what it imitates")
            else:
                if not labels:
                    fail(f"{where}: neither violating nor trap (no neutral lines in this set)")
                viol += 1
                if "note" in extra:
                    if extra["note"] != SPLIT:
                        fail(f"{where}: a violating line may carry only the split-price note")
                    if PRI not in labels:
                        fail(f"{where}: split-price line without price_claim")
        if viol != VIOLATING or traps != TRAPS:
            fail(f"{sid}: {viol} violating / {traps} traps, want {VIOLATING} / {TRAPS}")
        # split price comparisons come in adjacent pairs
        flags = [len(e) == 3 and e[2].get("note") == SPLIT for e in lines]
        i = 0
        while i < len(flags):
            if flags[i]:
                if i + 1 >= len(flags) or not flags[i + 1]:
                    fail(f"{sid} line {i + 1}: split-price line without its partner")
                i += 2
            else:
                i += 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    validate()
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
