#!/usr/bin/env python3
"""Held-out evaluation set K for liveaudit (text-only transcripts).

Eleventh set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_j/text/README.md and the helper, validation and printing
code of tests/heldout_j/text/build.py were the only references (heldout_j's SESSIONS data was
not read; no line of any other set was used or paraphrased).

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
    {"id": "k01_freezedried", "product": "寡肽冻干粉", "lines": [
        ("哈喽哈喽家人们，我是隔壁大学来兼职的小雨，今天早八没课所以下午开播，社恐发言有点抖，大家多担待哈。", []),
        ("先说用法哈，第一步把溶媒倒进冻干粉瓶子里，摇一摇等它完全溶开，千万别直接干抹。", [],
         T("imitates absolute_claim (第一): 第一步 only orders the steps of use")),
        ("救命这个冻干粉真的绝绝子，晚上抹在痘痘上，第二天早上直接瘪了，我室友都看呆了。", [COS]),
        ("而且它是消炎的，脸上红红肿肿那种发炎的大包，抹完炎症就下去了，尊嘟不骗你们。", [COS]),
        ("激素脸的姐妹也可以冲，我表姐用药膏用出来的激素依赖性皮炎，抹了一个月就好了。", [MED]),
        ("它还能抗明，换季过民那种脸又干又痒还泛红，一抹就不痒了。", [COS],
         H("它还能抗敏，换季过敏那种脸又干又痒还泛红，一抹就不痒了。")),
        ("说实话这是我用过最好用的修复精华，没有之一，我们宿舍四个人全被我安利了。", [ABS]),
        ("全网冻干粉里它修复力排第一，小红书测评榜前十全是它家的，家人们闭眼入。", [ABS, SAL]),
        ("专柜同款一盒标的是六百八，", [PRI], N(SPLIT)),
        ("今天咱直播间一百九十九到手，还多送两支溶媒，我真的会谢。", [PRI], N(SPLIT)),
        ("这瓶我拿去学校后山那个贼灵的许愿池拜过，抹了它期末周都不挂科，转运神器。", [SUP]),
        ("我们这个是妆字号的，不是械字号，不是药，没有治疗作用，大家理性看待哈。", [],
         T("imitates medical_claim (治疗, 药): explicit not-a-medicine, no-treatment disclaimer")),
        ("敏感肌第一次用最好先在耳朵后面试一小块，没有泛红再上脸。", [],
         T("imitates absolute_claim (第一次, 最好): order word and usage tip (执法指南 第6条)")),
        ("想要团购价的姐妹加我微信，我拉你进我们学校的拼单群，比链接便宜二十。", [OFF, PRI]),
        ("上架三天卖了5万多瓶，回够率百分之八十几，真的尊嘟离谱。", [SAL],
         H("上架三天卖了五万多瓶，回购率百分之八十几，真的尊嘟离谱。")),
        ("某某家那个网红冻干粉你们别买了，我拿去送检，里面测出来有地塞米松，就是激素。", [DIS]),
        ("还有外面那些几十块钱的冻干粉，全是淀粉压的块，加水就是一坨浆糊，纯纯智商税。", [DIS]),
        ("痘印也是，红印黑印抹两周全淡掉了，脸上干干净净跟剥了壳的鸡蛋一样。", [COS]),
        ("医美术后也能用，打完光子红肿发炎，抹上去消炎修复，伤口愈合快一倍，比医院开的药膏还管用。", [COS, MED]),
        ("不过这个不防晒哈，白天出门还是得自己另外涂防晒霜，别搞混了。", [],
         T("imitates cosmetic_claim (防晒): states that the product has no sunscreen function")),
        ("我用了半个月脸直接白了一个度，黄气全没了，室友问我是不是偷偷去打了美白针。", [COS]),
        ("零添加零刺激，绝对没有任何副作用，敏感肌用一个月还能脱敏，变回正常皮肤。", [MED, COS]),
        ("用完一盒没效果的，直接找我退全款，五效退款，我拿我的学号担保。", [MED],
         H("用完一盒没效果的，直接找我退全款，无效退款，我拿我的学号担保。")),
        ("我们店铺评分四点九，这个是平台自己算的，大家点进店铺主页就能看到。", [],
         T("imitates sales_data_claim: a platform-shown shop score read out, no own figure")),
        ("比起我们家去年那款老配方，今年这个新版溶得更快，质地也更清爽。", [],
         T("imitates absolute_claim (更): self-comparison with the brand's own older formula")),
        ("有问题随时在平台上找客服，我们会尽最大努力给大家解决，千万别私下转账哈。", [],
         T("imitates absolute_claim (最大) and offsite_trade: service attitude (执法指南 第5条), "
           "steers buyers to the platform and warns against private transfers")),
        ("想赚生活费的同学，加我微信做我们的校园代理，零成本，每个月保底赚两千，赚不到我补给你。", [OFF, INV]),
        ("一盒七支，一支用两天，算下来一天不到十五块，少喝一杯奶茶就出来了。", [],
         T("imitates price_claim: per-day arithmetic of the plain price, no reference price")),
        ("刚有姐妹问能不能去班，能！晒班雀班坚持用，都能淡下去。", [COS],
         H("刚有姐妹问能不能祛斑，能！晒斑雀斑坚持用，都能淡下去。")),
        ("好了我得去赶图书馆了，链接在小黄车一号，拍完记得在平台里确认收货哈，拜拜家人们。", [],
         T("imitates offsite_trade: the only channel named is the platform's own cart and order flow")),
    ]},
    {"id": "k02_primer", "product": "紫色隔离霜", "lines": [
        ("老友们晚上好，靓女们进来坐咯，这支紫色隔离我拿去庙里开过光的，涂了桃花都旺起来咯。", [SUP]),
        ("它是SPF五十的，PA四个加，出门就不用再涂防晒了，一支搞定，晒都晒不黑。", [COS]),
        ("涂上去整个人白两个度，不是那种假白哦，是皮肤自己变白了，越涂越白咯。", [COS]),
        ("脸上的晒板老人板，涂它一个月全部淡了，讲真。", [COS],
         H("脸上的晒斑老人斑，涂它一个月全部淡了，讲真。")),
        ("第一遍薄薄涂一层就够，厚涂容易搓泥，第二遍只补T区。", [],
         T("imitates absolute_claim (第一): 第一遍/第二遍 only order the layers")),
        ("最好在保湿之后、粉底之前用，等它干个半分钟再上粉底液。", [],
         T("imitates absolute_claim (最好): usage tip on the order of application")),
        ("我做了十年柜姐，摸过的隔离几百支，这支是我见过最服帖的，冇得第二支比得上。", [ABS]),
        ("隔离霜界的天花板咯，那些大牌贵妇隔离统统被它秒杀。", [ABS]),
        ("商场专柜一支要卖三百八十八，我们今晚直播间一百零九，好鬼抵咯。", [PRI]),
        ("它隔离雾霾隔离紫外线，长期涂还能预防皮肤癌，老友们讲值不值。", [COS, MED]),
        ("平时一晒就起红疹子的，它还抗过敏，涂了就不起疹子咯。", [COS]),
        ("某诗家那支绿色隔离我拿去测过，汞超标好几倍，涂久了脸会烂，你们千万莫买。", [DIS]),
        ("还有那些夜市卖的十块钱隔离，全是工业钛白粉兑香精，涂了堵毛孔长闭口。", [DIS]),
        ("上架到现在卖了八十万支，南宁这边每三个靓女就有一个在用，是咯。", [SAL]),
        ("好凭率百分之99.8，一个差评都冇，你们自己去看嘛。", [SAL],
         H("好评率百分之九十九点八，一个差评都冇，你们自己去看嘛。")),
        ("这是我们品牌里面遮瑕力最强的一支，比我们家白色那款要遮一点。", [],
         T("imitates absolute_claim (最强): comparison within the brand's own range (执法指南 第6条)")),
        ("这支是普通化妆品备案的，冇得防晒特证，防晒还是要另外涂专门的防晒霜。", [],
         T("imitates cosmetic_claim (防晒): states there is no sunscreen registration")),
        ("今晚十二点前下单送一支小样，过了十二点冇得送，价格也回到一百九十九。", [PRI]),
        ("想再便宜十块的，加我薇信，我私下发链接给你，平台扣点太高咯。", [OFF, PRI]),
        ("有问题点右下角联系平台客服就得，不要去加什么私人号，被骗了冇人管。", [],
         T("imitates offsite_trade: points to the platform's customer service, warns against private accounts")),
        ("我们还有个维信粉丝裙，讲暗号就拉你进去，里面天天发优惠卷。", [OFF],
         H("我们还有个微信粉丝群，讲暗号就拉你进去，里面天天发优惠券。")),
        ("最近南宁回南天，好潮湿的，脸容易出油，涂隔离前先用吸油纸按一下。", [],
         T("imitates absolute_claim (最近): time word")),
        ("一支30毫升，109块，早上一泵，差不多用两个月，一天不到两块钱。", [],
         T("imitates price_claim: plain price and per-day arithmetic, no reference price")),
        ("它里面的成分还消炎，闭口粉刺涂上去两天就消下去咯。", [COS]),
        ("今天这个价是全网底价，冇有哪家低得过我们，低过我们补你双倍差价。", [ABS, PRI]),
        ("我们跟某黛家的区别就是质地，它偏干我们偏润，各人肤质不同，自己选咯。", [],
         T("imitates disparagement: a rival named in a neutral comparison of texture, nothing negative")),
        ("它还抑菌的，涂一个礼拜，下巴那圈反反复复的痘痘都不长了。", [COS]),
        ("老友们放心，七天无理由退货，拆了不喜欢也可以退，平台保障的。", [],
         T("imitates medical_claim (无…退): seven-day no-reason return policy, not an efficacy guarantee")),
        ("今天这个是史上最低的价，错过了就要等双十一咯。", [ABS, PRI]),
        ("有人问是不是最新款，系今年三月出的新批次，生产日期最新的，讲清楚咯。", [],
         T("imitates absolute_claim (最新): a provable production-date fact about this batch")),
    ]},
    {"id": "k03_bellyoil", "product": "孕妇护肤油", "lines": [
        ("宝妈们晚上好，乖乖，今天进来的人可真多，劳慰大家捧场啊。", []),
        ("怀孕第一天就可以开始抹，第三个月肚子起来之前，每天早晚各抹一次。", [],
         T("imitates absolute_claim (第一): 第一天 is a point in time, not a claim")),
        ("已经长出来的紫红色妊娠纹，抹它两个月，纹路全消掉，肚皮跟没生过一样，你们可信？", [MED]),
        ("剖腹产那道刀疤也能抹，抹三个月疤都平了，颜色都看不出来。", [COS]),
        ("肚子上那条黑线也是，抹了就变白了，乖乖，白得跟别的地方一个色。", [COS]),
        ("它是纯天然的，孕妇哺乳期都能用，保证一点负作用都没有。", [MED],
         H("它是纯天然的，孕妇哺乳期都能用，保证一点副作用都没有。")),
        ("我们这瓶是全国第一个专门给孕妇做的护肤油，国家级实验室出的配方。", [ABS]),
        ("合肥好多宝妈都是姐妹介绍来买的，卖到现在三十多万瓶了，可照？", [SAL]),
        ("商场母婴店一瓶标价四百二十八，", [PRI], N(SPLIT)),
        ("直播间今天只要一百三十八，还送一瓶按摩油。", [PRI], N(SPLIT)),
        ("就今天晚上，十点钟一到立马回四百二十八，可别等啊。", [PRI]),
        ("某某妈妈家的妊娠油，里头加了矿物油，孕妇抹了会导致胎儿畸形，吓死人。", [DIS]),
        ("还有网上那些几十块的，都是三无小作坊灌的，抹了肚皮起疹子。", [DIS]),
        ("宝妈们想拼单的，加我微信，我拉你进合肥宝妈群，群里买两瓶少三十。", [OFF, PRI]),
        ("它还有抗菌消言作用，肚皮痒抓破了抹上去就不发炎。", [COS],
         H("它还有抗菌消炎作用，肚皮痒抓破了抹上去就不发炎。")),
        ("孕期皮肤痒得厉害的，最好先去医院查一下肝功能，排除胆汁淤积，不是抹油能解决的。", [],
         T("imitates medical_claim: disease words only in advice to see a doctor")),
        ("这是普通化妆品，不能讲治妊娠纹，只能讲保湿滋润，纹长不长还跟体质有关系。", [],
         T("imitates medical_claim (治妊娠纹): explicitly denies the medical claim, states an ordinary cosmetic")),
        ("比我们家上一代的配方吸收得快，抹完不黏睡衣。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's previous generation")),
        ("最好洗完澡皮肤还潮的时候抹，打圈按摩五分钟吸收得好。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("一瓶一百三十八，一百五十毫升，早晚抹能用一个半月，平均一天三块钱。", [],
         T("imitates price_claim: plain price and per-day arithmetic, no reference price")),
        ("乖乖，这个价格全往最底，你们去搜，搜到比它便宜的我把头给你。", [ABS, PRI],
         H("乖乖，这个价格全网最低，你们去搜，搜到比它便宜的我把头给你。")),
        ("抹了两个月纹还在、疤还在的，拍照片给我，全额退款，一分不少。", [COS, MED]),
        ("孕期脸上冒出来的小雀斑，顺手抹一抹，一个月就褪干净了。", [COS]),
        ("我们只在这个直播间卖，平台下单有运费险，不要相信私下找你的人。", [],
         T("imitates offsite_trade: platform-only channel and a warning against private deals")),
        ("宝妈们放心，有问题找客服，我们保证尽最大努力第一时间回复。", [],
         T("imitates absolute_claim (最大, 第一): service attitude (执法指南 第5条)")),
        ("买了送一个平安福贴，贴在床头保佑宝宝顺顺当当生下来，我嫂子贴了就顺产了。", [SUP]),
        ("某贝家的跟我们比，他们偏油我们偏乳液，宝妈们看自己喜欢哪种。", [],
         T("imitates disparagement: a rival named in a neutral comparison, nothing negative")),
        ("回构率在母婴类目是第1，好多宝妈二胎三胎还回来买。", [ABS, SAL],
         H("回购率在母婴类目是第一，好多宝妈二胎三胎还回来买。")),
        ("孕妇的东西最怕不安全，我们是食品级原料，绝对安全，孕期过敏起疹子还能抗敏，抹了就消。", [MED, COS]),
        ("好，一号链接，抹了它产后脱发都能止住，头发一根根长回来，宝妈们冲。", [COS]),
    ]},
    {"id": "k04_footmask", "product": "去死皮足膜", "lines": [
        ("姊妹们，曹们兰州人讲究，早上一碗牛大，晚上敷个脚膜，攒劲得很。", []),
        ("第一次用的话脱皮会比较多，第五天到第七天脱得最凶，么麻达，正常的。", [],
         T("imitates absolute_claim (第一次, 最): order word and the product's own peeling timeline")),
        ("有脚气的姊妹把它敷上，里头的成分杀真菌抗菌，脚气一次就断根了，再不痒了。", [COS, MED]),
        ("汗脚起的那种小水泡汗泡疹，里头有一菌成分，敷两回就干了。", [COS, MED],
         H("汗脚起的那种小水泡汗疱疹，里头有抑菌成分，敷两回就干了。")),
        ("它还能美白，脚背晒黑的那一块，敷完白回来了，心疼得很。", [COS]),
        ("全兰州你找不下第二家比曹们脱得干净的，这个牌子就是足膜里的老大。", [ABS]),
        ("我卖了八年护肤品，这是我卖过最攒劲的足膜，没有之一，脚上的黑色素都给你褪掉。", [ABS, COS]),
        ("超市货架上一盒标128，", [PRI], N(SPLIT)),
        ("曹们直播间三盒才九十九，姊妹们自己算。", [PRI], N(SPLIT)),
        ("这个价只有今天晚上，明天开始恢复一盒六十九，阿么算你都亏不了。", [PRI]),
        ("脚后跟裂口子裂得出血的，敷它三回口子就长住了，比抹药膏还快。", [MED]),
        ("曹们这个是普通化妆品，不是药，有脚气灰指甲的还是要去皮肤科看，莫耽搁了。", [],
         T("imitates medical_claim: not-a-medicine statement, disease words only in advice")),
        ("敷的时候最好把脚先泡十分钟，泡软了再套上，效果好些。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("三盒九十九，一盒两双，算下来一双十六块五。", [],
         T("imitates price_claim: plain price and per-unit arithmetic, no reference price")),
        ("隔壁直播间那个足膜，我买来看了，里头是工业用的强酸，敷完脚脱得出血，还烂了。", [DIS]),
        ("某足堂那个中药足膜，说是草药，其实是色素兑的，纯粹哄人着呢。", [DIS]),
        ("卖了一百多万双了，好评一满是五星，回头客多得很。", [SAL]),
        ("姊妹们要团购价，私心我，我给你发个V，V上一盒再少五块。", [OFF, PRI],
         H("姊妹们要团购价，私信我，我给你发个V，V上一盒再少五块。")),
        ("糖尿病足那种脚干脚裂的老人也能用，敷了血液循环好了，伤口再不烂了。", [MED]),
        ("脚踝上那块色搬老人搬，坚持敷一个月，淡得没影了。", [COS],
         H("脚踝上那块色斑老人斑，坚持敷一个月，淡得没影了。")),
        ("比曹们去年那一版，今年的套子做大了，四十三码的脚也穿得进去。", [],
         T("imitates absolute_claim (comparison): self-comparison with last year's version")),
        ("最近天干，兰州风大，脚后跟容易起皮，敷完记得抹点油。", [],
         T("imitates absolute_claim (最近): time word")),
        ("孕妇和脚上有伤口的先不要用，有糖尿病的也先问医生，这个是对你负责。", [],
         T("imitates medical_claim: disease words in a warning")),
        ("售后就在这个平台上，拆了不满意七天能退，运费险也有。", [],
         T("imitates offsite_trade: after-sales named only on the platform")),
        ("里头加了抗菌成分，汗脚敷完不出汗了，彻底更治，一辈子不犯。", [COS, MED],
         H("里头加了抗菌成分，汗脚敷完不出汗了，彻底根治，一辈子不犯。")),
        ("买三盒送一个红绳脚链，踩小人转好运，敷完戴上就顺了。", [SUP]),
        ("这个足膜的配方是国家级专利，全国就曹们一家有。", [ABS]),
        ("足浴店那种泡脚粉跟曹们不是一个东西，一个泡一个敷，你看你要哪个。", [],
         T("imitates disparagement: neutral comparison with another kind of product, nothing negative")),
        ("敷完的第2天开始掉皮，最后1天记得多泡一会儿。", [],
         T("imitates absolute_claim (第一/最后): order words with Arabic digits",
           said="敷完的第二天开始掉皮，最后一天记得多泡一会儿。")),
        ("姊妹们拍完进曹们的微信售后群，群里教你阿么敷，下回买直接在群里接龙。", [OFF]),
    ]},
    # ------------------------------------------------------------------ 保健食品 and foods
    {"id": "k05_sporepowder", "product": "灵芝孢子粉", "lines": [
        ("老哥哥老姐姐们好啊，我今年七十二了，退休前是中学老师，说话慢，大家别着急啊。", []),
        ("这个灵芝孢子粉是保健食品，有蓝帽子，批准的功能就一条，增强免疫力，本品不能代替药物，这个我得念给大家听。", [],
         T("imitates medical_claim: a 保健食品 stating only its approved function with 本品不能代替药物")),
        ("我老伴儿肺上长了个东西，医生说是癌，吃了它半年，再去拍片子，没了。", [MED]),
        ("化疗的老姐妹吃它，头发不掉了，也不吐了，还能抗爱，癌细胞长不动。", [MED],
         H("化疗的老姐妹吃它，头发不掉了，也不吐了，还能抗癌，癌细胞长不动。")),
        ("比医院那几万块钱一针的靶向药还管用，还不伤身体。", [MED]),
        ("我们楼下老张，尿酸高痛风犯了走不了路，吃了两个月，现在天天去公园打门球。", [MED]),
        ("这是全国最好的灵芝孢子粉，长白山的椴木灵芝，顶级货，没有之一。", [ABS]),
        ("别家的孢子粉根本没破壁，吃下去跟吃木头渣子一样，人一点都吸收不了。", [DIS]),
        ("医院门口那个大药房，一模一样的一盒标一千二百八，", [PRI], N(SPLIT)),
        ("咱们今天孩子们给我争取了，三盒才九百九十九。", [PRI], N(SPLIT)),
        ("这个价就到今晚八点，八点以后就回到原价了，老姐姐们抓紧。", [PRI]),
        ("老年人吃这个最好饭后半小时吃，用温水冲，别用开水烫。", [],
         T("imitates absolute_claim (最好): usage tip on when to take it")),
        ("有高血压心脏病的，药一定接着吃，这个孢子粉不能代替将压药，千万别停药。", [],
         T("imitates medical_claim: disease words in advice, states it cannot replace the drug",
           said="有高血压心脏病的，药一定接着吃，这个孢子粉不能代替降压药，千万别停药。")),
        ("咱们直播间卖了快二十万盒了，老顾客回头买的占七成。", [SAL]),
        ("不方便在手机上买的，让孩子加我微信，我给你们送货上门，货到付款。", [OFF]),
        ("吃了它晚上睡得香，湿眠十几年的老毛病都好了，安眠药全扔了。", [MED],
         H("吃了它晚上睡得香，失眠十几年的老毛病都好了，安眠药全扔了。")),
        ("吃了一点副作用都没有，多吃点也不怕，越吃越年轻。", [MED]),
        ("吃三个月不见效的，来找我，钱退给你，我一个老头子说话算话。", [MED]),
        ("那个某草堂的孢子粉，我托人化验了，里面掺的是淀粉和玉米面，专骗老年人的钱。", [DIS]),
        ("孩子们常说，那种开讲座送鸡蛋的别信，咱们买东西就在正规平台上买。", [],
         T("imitates disparagement and offsite_trade: a general consumer caution naming no rival, "
           "steers buyers to the platform")),
        ("老姐姐们记住喽，第一盒吃完了再来买第二盒，别一下囤太多，放久了受潮。", [],
         T("imitates absolute_claim (第一): 第一盒 only orders the purchases")),
        ("一盒六十粒，一天两粒，一盒吃一个月，算下来一天十一块钱。", [],
         T("imitates price_claim: per-day arithmetic, no reference price")),
        ("我们这个店是孩子们在平台上开的，大家就在这个直播间拍，别信什么私下的。", [],
         T("imitates offsite_trade: platform-only channel")),
        ("灵芝在咱们老辈人心里是吉祥的东西，过去画在年画上，寓意好，这是个讲究。", [],
         T("imitates superstition: a custom and symbol, no efficacy claimed")),
        ("买五盒的，送一个开过光的灵芝摆件，放家里保佑一家老小无病无灾。", [SUP]),
        ("最近天冷了，老年人早上出门锻炼晚点去，等太阳出来再去。", [],
         T("imitates absolute_claim (最近): time word")),
        ("肝不好的，转氨酶高的，脂肪肝的，吃它护肝排毒，一个月指标就正常了。", [MED]),
        ("这个孢子粉还是国家机的，中国灵芝协会推荐的唯一品牌。", [ABS],
         H("这个孢子粉还是国家级的，中国灵芝协会推荐的唯一品牌。")),
        ("咱们家投了个灵芝种植基地，买满一万块就算入股，每年保底分红百分之十二。", [INV]),
        ("最后提醒一句，孩子们帮老人下单，收货地址写清楚，别写错了。", [],
         T("imitates absolute_claim (最后): 最后提醒 only expresses order (执法指南)")),
    ]},
    {"id": "k06_hericium", "product": "猴头菇饼干", "lines": [
        ("老表些晚上好，等哈等哈，呃，这个袋子有点难撕，我把饼干拆开给你们看哈。", []),
        ("胃不好的老表些，早上空腹嚼两片，胃炎胃溃疡吃一个月就好了，药都不消吃了。", [MED]),
        ("幽门罗杆菌阳性的，吃它三个月去复查，转阴了，不摆了。", [MED],
         H("幽门螺杆菌阳性的，吃它三个月去复查，转阴了，不摆了。")),
        ("它比吃奥美拉唑还管用，奥美拉唑吃多了伤肝，它不伤。", [MED]),
        ("我们这个猴头菇是贵州深山里头野生的，全中国找不出第二家这个品质。", [ABS]),
        ("猴头菇饼干里头我们是老大，哪个牌子都比不到。", [ABS]),
        ("外头店里一箱标的是一百六十八，", [PRI], N(SPLIT)),
        ("我们今天一箱只要69块9，还包邮。", [PRI], N(SPLIT)),
        ("这个价格只有这一个钟头，等哈下播就改回一百六十八了。", [PRI]),
        ("某菇坊的猴头菇饼干，我拿去检测过，猴头菇含量不到百分之一，全是面粉加糖精。", [DIS]),
        ("还有那些网红饼干，用的是反式脂肪，吃多了得胃癌，老表些莫买。", [DIS]),
        ("卖了三百多万盒了，回购率百分之七十，好多嬢嬢一买就是十箱。", [SAL]),
        ("想要批发价的，加我威信，我私下给你算，一箱便宜十块。", [OFF, PRI],
         H("想要批发价的，加我微信，我私下给你算，一箱便宜十块。")),
        ("这个是普通食品，不是药，胃病严重的还是要去医院看，莫拖。", [],
         T("imitates medical_claim: not-a-medicine statement, disease word only in advice")),
        ("吃的时候最好配一杯温开水，莫干嚼，干嚼噎到。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("一箱69块9，二十四小袋，一天两袋，一天不到六块钱。", [],
         T("imitates price_claim: plain price and per-day arithmetic, no reference price")),
        ("有糖尿病的老表要注意哈，饼干也是碳水，一天莫超过四片。", [],
         T("imitates medical_claim: disease word in a caution")),
        ("比我们家原味那款，这个新口味加了小米，没那么甜。", [],
         T("imitates absolute_claim (comparison): self-comparison within the brand's range")),
        ("吃了它大便也通了，便秘十年的老毛病，三天就好了。", [MED]),
        ("小娃娃积食不消化，嚼两片就好了，比吃健维消食片安逸。", [MED],
         H("小娃娃积食不消化，嚼两片就好了，比吃健胃消食片安逸。")),
        ("长期吃还能养胃护胃，胃癌都不得得，我们寨子里没有一个得胃病的。", [MED]),
        ("最近好多老表问是不是停产了，没有哈，正常发货，莫慌。", [],
         T("imitates absolute_claim (最近): time word")),
        ("头一回吃可能觉得有点淡，嚼一哈菌子香就出来了。", [],
         T("imitates absolute_claim (头一): 头一回 = the first time, order only")),
        ("你在哪个平台都买不到比六十九块九还低的，我敢拍胸口。", [ABS, PRI]),
        ("买两箱送一个招财小葫芦，挂在店门口，生意好得遭不住。", [SUP]),
        ("我们跟某某牌的猴头菇饼干比，他们是酥的我们是脆的，口感不一样，各有各的喜欢。", [],
         T("imitates disparagement: a rival named in a neutral comparison, nothing negative")),
        ("我们的粉丝团在左上角，点一下就进，平台发的优惠券都在里面。", [],
         T("imitates offsite_trade (进群): the platform's own fan club, on the platform")),
        ("我们在山里有猴头菇基地，认养一亩八千块，加我微信签合同，每年保底返一千二，比存银行强。", [OFF, INV]),
        ("这款是贵州卖得最好的饼干，销量第一，年年第一。", [ABS, SAL]),
        ("好了老表些，链接挂起了，售后有哪样问题就在平台上找客服，莫去加哪样私人微信。", [],
         T("imitates offsite_trade (微信): warns against private WeChat, points to platform service")),
    ]},
    {"id": "k07_pearsyrup", "product": "秋梨膏", "lines": [
        ("您各位晚上好，今儿我们哥俩说段儿秋梨膏，——说段儿？你这是卖货还是说相声？", []),
        ("这秋梨膏，咳嗽的人喝一勺，——怎么着？——当天晚上就不咳了，百日咳都能给您止住！", [MED]),
        ("慢性烟炎，嗓子老有痰，喝俩礼拜，——好嘛——根治，比含片还灵。", [MED],
         H("慢性咽炎，嗓子老有痰，喝俩礼拜，——好嘛——根治，比含片还灵。")),
        ("肺结节知道吧？——知道啊——喝它仨月，结节没了！——您这是秋梨膏还是手术刀啊？", [MED]),
        ("这是宫廷御膳房传下来的方子，全北京最正宗，独一份儿！", [ABS]),
        ("——你这牛吹的，天下第一膏啊？——诶，还真是，秋梨膏界的状元！", [ABS]),
        ("商场里这么一瓶，标价二百九十八，", [PRI], N(SPLIT)),
        ("——咱们呢？——咱们今儿个九十九两瓶！——嘿，这是割自个儿肉啊。", [PRI], N(SPLIT)),
        ("就这一波，——多长时间？——十分钟，十分钟一到恢复原价，您再想买没门儿！", [PRI]),
        ("——有人问了，喝这个能不能治病？——这可不敢说，秋梨膏是食品，不是药，咳嗽得厉害您得上医院。", [],
         T("imitates medical_claim (治病): explicit denial, food not a medicine, advice to see a doctor")),
        ("——怎么喝？——最好是温水冲开，一勺兑一杯，别用开水烫，烫了味儿不对。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("——跟去年那批比呢？——今年这批梨汁比去年那批足，糖少了，没那么腻。", [],
         T("imitates absolute_claim (comparison): self-comparison with the seller's own last batch")),
        ("——卖了多少？——五十八万瓶！——真的假的？——比真金还真，好评全是五星的！", [SAL]),
        ("——我要团购价呢？——您加我为信，我给您私下发个链接，比这儿再便宜二十。", [OFF, PRI],
         H("——我要团购价呢？——您加我微信，我给您私下发个链接，比这儿再便宜二十。")),
        ("别的直播间那秋梨膏，——怎么了？——糖稀兑色素，一滴梨汁都没有，喝了准蛀牙！", [DIS]),
        ("就说某芳居那个老字号吧，——人家可是百年老店——百年？那是前几年刚注册的，牌子是花钱买来的！", [DIS]),
        ("——这秋梨膏有讲究没有？——老北京冬天喝秋梨膏，是个习俗，图个润，跟吉利不吉利没关系。", [],
         T("imitates superstition: a winter custom, explicitly no luck effect")),
        ("——还有呢？——小孩发烧，喝了立马退烧，比退烧药还快！——您可悠着点儿说。", [MED]),
        ("喝了还降血压降血脂，三高的老爷子喝它，药都不用吃了。", [MED]),
        ("——这个价是不是最低的？——最不最低咱不说，页面上写多少您就付多少，九十九两瓶，童叟无欺。", [],
         T("imitates absolute_claim and price_claim (最低): declines the claim, plain page price only")),
        ("——三岁以下的孩子最好别喝，里头有蜂蜜，这是我们的提醒，不是吓唬您。", [],
         T("imitates absolute_claim (最好): usage caution")),
        ("——这秋梨膏啊，装瓶那天请先生看的日子，喝一口转一年的运！——嘿，还有这功能？", [SUP]),
        ("——这秋梨膏，喝了能保佑咱全家平平安安？——嗐，那是另一个摊儿的事儿，我们这就一吃的。", [],
         T("imitates superstition (保佑): explicit denial of any luck effect")),
        ("孩子的扁桃体发言，喝俩礼拜再也不犯了，省得上医院割扁桃体。", [MED],
         H("孩子的扁桃体发炎，喝俩礼拜再也不犯了，省得上医院割扁桃体。")),
        ("——不管用呢？——不管用您拿空瓶来找我，全款退您，外加请您吃涮肉！", [MED]),
        ("咱这平台上有运费险，您就放心在这儿拍，别上外头找什么代购。", [],
         T("imitates offsite_trade: steers buyers to the platform")),
        ("——要不要上个价？——上！今儿这价，全国您找不出第二个这么低的！", [ABS, PRI]),
        ("——您刚才说的第一条是什么来着？——第一条，冲的时候别用开水；最后一条，喝完漱漱口。", [],
         T("imitates absolute_claim (第一, 最后): order words")),
        ("——有人说喝了咳嗽还是好不了，咋办？——不可能，我们这秋梨膏就没有治不好的咳嗽！", [MED]),
        ("——最后说一句：这个月卖了十二万瓶，秋梨膏榜单第一，您各位看着办。", [ABS, SAL]),
    ]},
    # ------------------------------------------------------------------ goods and appliances
    {"id": "k08_hydrogencup", "product": "富氢水杯", "lines": [
        ("注意看，眼前这个杯子叫小氢，它看起来平平无奇，却藏着一个惊人的秘密。", []),
        ("故事要从一个六十岁的大爷说起，他得了十年慢性肾炎，只见他每天用小氢喝水，短短一个月，尿蛋白转阴了。", [MED]),
        ("万万没想到，三个月后大爷去医院复查，医生看着报告愣住了，他的颈动脉斑块消失了。", [MED]),
        ("原来，富青水能清除自由基，长期喝连爱症都能预防。", [MED],
         H("原来，富氢水能清除自由基，长期喝连癌症都能预防。")),
        ("就在这时，大爷的女儿发现，杯身上的符文能镇宅安神，放在床头，大爷再也不做噩梦了。", [SUP]),
        ("接下来的一幕让所有人震惊，某某氢的杯子拆开一看，里面的电极是镀铜的，根本不是铂金。", [DIS]),
        ("它是目前全世界氢浓度最高的水杯，没有任何一款能超过它。", [ABS]),
        ("只见它的氢浓度最高能到一千二百ppb，这是它自己的参数，按一下三分钟就出来了。", [],
         T("imitates absolute_claim (最高): technical parameter of the product itself")),
        ("商场里这款杯子挂牌价一千九百九十九，", [PRI], N(SPLIT)),
        ("而今天直播间，只需要三百九十九，这一幕让所有人都不敢相信。", [PRI], N(SPLIT)),
        ("但他不知道的是，这个价格只剩最后五分钟，倒计时一结束立马恢复原价。", [PRI]),
        ("短短半年，这个杯子卖出了一百二十万只，复购率高达百分之六十。", [SAL]),
        ("它还被评为年度十大健康好物第一名，全网口碑第一。", [ABS, SAL]),
        ("杯子第一次使用，需要先把清水电解三遍倒掉再喝，这是说明书上写的。", [],
         T("imitates absolute_claim (第一次): order word in the instructions")),
        ("需要注意的是，氢水不能代替药物，有病的朋友一定要遵医嘱，该吃的药不能停。", [],
         T("imitates medical_claim: not-a-medicine statement, advice to follow the doctor")),
        ("而用了它之后，大爷的高血压也稳住了，降压药一粒都没再吃过。", [MED]),
        ("有糖尿病的王阿姨喝了两个月，空腹血糖从十一降到了五点六。", [MED]),
        ("想要内部价的朋友，可以加我的维新，备注小青，私下转账再减一百。", [OFF, PRI],
         H("想要内部价的朋友，可以加我的微信，备注小氢，私下转账再减一百。")),
        ("比我们品牌上一代产品，这一代的电解时间从五分钟缩短到了三分钟。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's previous generation")),
        ("电池最大容量1200毫安，充一次电能用一个星期。", [],
         T("imitates absolute_claim (最大): technical parameter of the product itself")),
        ("最近很多人在问杯子能不能放冰箱，答案是可以，但不要放冷冻。", [],
         T("imitates absolute_claim (最近): time word")),
        ("杯子的价格是三百九十九，分三期免息的话，一期一百三十三。", [],
         T("imitates price_claim: plain price and instalments, no reference price")),
        ("而更神奇的是，杯底刻了八卦纹，喝这个杯子的水能化煞转运，办公室放一个，小人全挡掉。", [SUP]),
        ("想做代理的朋友加我微信，拿货价三折，卖不完公司全部回收，零风险稳赚。", [OFF, INV]),
        ("有人问，这不就是智商税吗？不是，真正的智商税是某某氢那种几十块的杯子，电解出来全是重金属。", [DIS]),
        ("杯子是三C认证的，符合国家标准，材质是食品级的Tritan。", [],
         T("imitates absolute_claim (国家): certification and standard compliance, not a rank")),
        ("喝满三十天没效果，全额退款，杯子你留着。", [MED]),
        ("我们的售后只走平台，一年质保，电极坏了免费换，别轻信私下找你的所谓客服。", [],
         T("imitates offsite_trade: platform-only after-sales, bounded warranty")),
        ("这是全往独一无2的专利电解技术，别家想仿都仿不出来。", [ABS],
         H("这是全网独一无二的专利电解技术，别家想仿都仿不出来。")),
        ("故事讲到这里就结束了，需要说明的是，以上是个人体验，氢水杯不能治疗任何疾病。", [],
         T("imitates medical_claim (治疗, 疾病): explicit no-cure disclaimer")),
    ]},
    {"id": "k09_waterflosser", "product": "冲牙器", "lines": [
        ("大连的老铁们，晚上好啊，嘎哈呢都，吃完饭没？海蛎子味儿的主播又来了。", []),
        ("牙龈出血的，冲它一个礼拜，血奏不出了，牙龈炎好了。", [MED]),
        ("牙州炎晚期牙都晃了的，冲俩月，牙又长结实了，牙医都说奇了。", [MED],
         H("牙周炎晚期牙都晃了的，冲俩月，牙又长结实了，牙医都说奇了。")),
        ("口凑的老铁，用它冲完嘴里清清爽爽，口凑去根儿了，再也不犯。", [MED],
         H("口臭的老铁，用它冲完嘴里清清爽爽，口臭去根儿了，再也不犯。")),
        ("这是全球首台带蓝光的冲牙器，就这一家有。", [ABS]),
        ("冲完比洗牙还干净，牙结石都能冲下来，省得上医院洗牙了。", [MED]),
        ("京东上同款划线价一千零九十九，", [PRI], N(SPLIT)),
        ("咱这直播间奏两百九十九，还送四个喷头，海了去了。", [PRI], N(SPLIT)),
        ("过了十二点价格奏回去了，老铁们别磨叽。", [PRI]),
        ("这台冲牙器卖了老鼻子了，两百多万台，牙医推荐榜排头一名。", [ABS, SAL]),
        ("某某牙的那个冲牙器，水压虚标，号称一千多，实际连一半都没有，冲了跟漱口似的。", [DIS]),
        ("还有那些杂牌的，电池是翻新的，充电冒烟，彪了才买。", [DIS]),
        ("想要内部价的，加我V，我给你私发，比直播间便宜五十，奏这么痛快。", [OFF, PRI]),
        ("第一档是柔和模式，刚用的先从第一档开始，适应了再往上调。", [],
         T("imitates absolute_claim (第一): 第一档 is a setting of the product")),
        ("水压最高是一百四十psi，这是它最高档的参数。", [],
         T("imitates absolute_claim (最高): technical parameter of the product itself")),
        ("这个冲牙器是辅助清洁的，不能代替刷牙，更不能代替看牙医，牙疼了赶紧上医院。", [],
         T("imitates medical_claim: states the limits of the device, advice to see a dentist")),
        ("戴牙套的、种植牙的老铁最好用正畸喷头，别用普通喷头冲太猛。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("比咱家上一代，这一代水箱大了一百毫升，冲一次不用中途加水。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's previous generation")),
        ("一台299，能分12期，一期25块左右。", [],
         T("imitates price_claim: plain price and instalments, no reference price")),
        ("有老铁问孩子能不能用，能，孩子的驻牙冲它一个月，黑洞洞都没了。", [MED],
         H("有老铁问孩子能不能用，能，孩子的蛀牙冲它一个月，黑洞洞都没了。")),
        ("最近老些人说发货慢，是快递那边压单了，咱这边都发了，别着急。", [],
         T("imitates absolute_claim (最近): time word")),
        ("用完三十天牙龈还出血的，你拿回来，我全额退，不带含糊的。", [MED]),
        ("咱们大连人讲究个实在，这机器奏是冲牙器里的天花板，大连三家商场里它卖得最火。", [ABS, SAL]),
        ("孕妇牙龈肿，吃不了药的，冲它几天肿就消了，比消盐药管用。", [MED],
         H("孕妇牙龈肿，吃不了药的，冲它几天肿就消了，比消炎药管用。")),
        ("买了送一个开过光的小海螺，摆在床头，招财进宝，老铁们都信这个。", [SUP]),
        ("线下门店自提的老铁，加这个客服微信，报手机号直接上店里拿，比线上便宜三十。", [OFF, PRI]),
        ("某博家跟咱比，他们主打小巧，咱主打大水箱，你看你要啥样的。", [],
         T("imitates disparagement: a rival named in a neutral comparison, nothing negative")),
        ("咱店铺的回头客比例，页面上写着呢，自己点进去看，我不瞎说。", [],
         T("imitates sales_data_claim: refers to a platform-shown counter, gives no own figure")),
        ("冲牙器全忘最低价，找到更便宜的我把机器白送你。", [ABS, PRI],
         H("冲牙器全网最低价，找到更便宜的我把机器白送你。")),
        ("行了老铁们，最后一个链接，三号，拍了明天一早发货，大连本地第二天到。", [],
         T("imitates absolute_claim (最后): order word")),
    ]},
    {"id": "k10_dishwasher", "product": "洗碗机", "lines": [
        ("各位好，本人律师出身，执业十二年，今天转行卖洗碗机，说话比较严谨，请各位见谅。", []),
        ("第一点，请注意，第一次使用前请先空机运行一遍，清洗管路，这是说明书第三条。", [],
         T("imitates absolute_claim (第一): 第一点/第一次 only order the points and steps")),
        ("我负责任地讲，这是目前市面上洗得最干净的洗碗机，证据就是我家用了三年。", [ABS]),
        ("综上所述，在同价位里，没有任何一台能比它烘干更彻底，这一点我可以举证。", [ABS]),
        ("它的高温除菌能杀死诺如病毒和大肠杆菌，家里孩子再也不会拉肚子得肠胃炎。", [MED]),
        ("另外，依据我们的检测，它能去除碗上的农药残留，长期用预防肝爱和白雪病。", [MED],
         H("另外，依据我们的检测，它能去除碗上的农药残留，长期用预防肝癌和白血病。")),
        ("本机的烘干是我们这个系列里最强的一档，比同系列入门款多了热风循环。", [],
         T("imitates absolute_claim (最强): comparison within the brand's own series (执法指南 第6条)")),
        ("本人郑重声明，这台机器在专卖店的标价是六千九百九十九，", [PRI], N(SPLIT)),
        ("而今天在本直播间，成交价是三千二百九十九，差价有据可查。", [PRI], N(SPLIT)),
        ("该优惠期限截至今晚二十四时，逾期即恢复原价，请各位注意时效。", [PRI]),
        ("我方有证据证明，某某电器的洗碗机，内胆用的是回收塑料，高温下会析出致癌物。", [DIS]),
        ("另外，本款开放城市合伙人，投二十万，合同约定年回报百分之二十，本金有保障。", [INV]),
        ("从销量上看，本款上市半年售出四十二万台，位列行业销量第一。", [ABS, SAL]),
        ("有当事人，哦不，有顾客问私下能不能便宜，可以，加我魏信，走对公转账再优惠三百。", [OFF, PRI],
         H("有当事人，哦不，有顾客问私下能不能便宜，可以，加我微信，走对公转账再优惠三百。")),
        ("请注意，本产品仅为家用电器，不具有任何治疗功能，请勿把它当成医疗消毒设备。", [],
         T("imitates medical_claim (治疗): explicit no-treatment disclaimer")),
        ("水温最高七十五度，这是技术参数，不代表比任何产品更高。", [],
         T("imitates absolute_claim (最高): technical parameter of the product itself")),
        ("就售后而言，我们会尽最大努力在四十八小时内上门，这是服务承诺。", [],
         T("imitates absolute_claim (最大): service attitude (执法指南 第5条)")),
        ("如果对比我们自己品牌的上一代，新款耗水量从十一升降到了八升。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's previous generation")),
        ("价格方面，本机3299元，可以分24期，每期137元左右。", [],
         T("imitates price_claim: plain price and instalments, no reference price")),
        ("根据用户反馈，好瓶率达到百分之99.7，零差评，这个数据我负责。", [SAL],
         H("根据用户反馈，好评率达到百分之九十九点七，零差评，这个数据我负责。")),
        ("在本人看来，其他洗碗机都是智商税，只有这一台是真正的洗碗机。", [ABS, DIS]),
        ("最近有消费者咨询安装问题，我方提供免费上门安装，不另收费。", [],
         T("imitates absolute_claim (最近): time word")),
        ("用这个洗碗机，家里老人的手不用泡冷水，风湿性关节炎都不再犯了。", [MED]),
        ("购买本机，附赠一个经高僧开光的灶王爷摆件，保佑厨房平安，家宅兴旺。", [SUP]),
        ("本机采用的是全球手创的三D喷淋技术，在业内属于毒家专利。", [ABS],
         H("本机采用的是全球首创的三D喷淋技术，在业内属于独家专利。")),
        ("本直播间只在平台内成交，任何让你私下转账的都是诈骗，请保留证据报警。", [],
         T("imitates offsite_trade: platform-only trading and a warning against private transfers")),
        ("洗碗机放在厨房东南角，按风水讲能聚财，我替三位客户做过布局，全都发了财。", [SUP]),
        ("依据相关规定，本产品符合国家标准GB 4706，是1级能效。", [],
         T("imitates absolute_claim (国家, 一级): grade and standard under national standards",
           said="依据相关规定，本产品符合国家标准GB四七零六，是一级能效。")),
        ("我负责任地说，全网比我这台便宜的洗碗机，没有一台是同配置的。", [ABS, PRI]),
        ("以上陈述均有证据支撑，我以执业律师的身份担保，用它全家三年不生病。", [MED]),
    ]},
    # ------------------------------------------------------------------ services
    {"id": "k11_footspa", "product": "足疗团购券", "lines": [
        ("老表们晚上好，我是南昌八一广场边上那家足疗馆的，今天来港一下我们的团购券。", []),
        ("我们是祖传的手法，按一次腰间盘突出就回去了，比去医院做牵引还有用。", [MED]),
        ("失眠的老表来按一次，当天晚上就睡得着，安眠要都冇要恰了。", [MED],
         H("失眠的老表来按一次，当天晚上就睡得着，安眠药都冇要恰了。")),
        ("箇个足底反射区，按肾区就能补肾，前列腺炎按十次就好了。", [MED]),
        ("我们还有中药泡脚，泡了能降雪压，高雪压的老表泡一个疗程，药都停了。", [MED],
         H("我们还有中药泡脚，泡了能降血压，高血压的老表泡一个疗程，药都停了。")),
        ("我们是南昌最好的足疗馆，冇得之一，全南昌找不到第二家箇样的手法。", [ABS]),
        ("门市价一个钟头一百九十八，", [PRI], N(SPLIT)),
        ("团购券今天只要六十八，还送一杯养生茶。", [PRI], N(SPLIT)),
        ("箇个价只卖到这个月底，月底一过券就下架，恢复门市价。", [PRI]),
        ("卖了八万多张券了，点评网上我们排全市第一。", [ABS, SAL]),
        ("想充会员卡的老表，加前台的微信，充两千送八百，直播间冇得箇个优惠。", [OFF, PRI]),
        ("我们还有股东卡，充五万当股东，每年保底分红百分之十五，按都不用来按。", [INV]),
        ("充了卡的老表，一年下来按摩免费，本金还原样返给你，一分钱都不会亏，报本的。", [INV],
         H("充了卡的老表，一年下来按摩免费，本金还原样返给你，一分钱都不会亏，保本的。")),
        ("隔壁那家足疗店，技师都冇得证，按坏了好多人，还有一个老表被按成骨折。", [DIS]),
        ("第一次来的老表，先跟技师港一下哪里不舒服，力度可以调。", [],
         T("imitates absolute_claim (第一次): order word")),
        ("足疗是保健按摩，不是治病，有病还是要去医院，我们不搞那些虚的。", [],
         T("imitates medical_claim (治病): explicit no-cure statement, advice to see a doctor")),
        ("恰完饭最好过一个钟头再来按，饱肚子按脚不舒服。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("孕妇、脚上有伤口的、有严重心脏病的老表，不建议做足疗，这是为你好。", [],
         T("imitates medical_claim: disease words in a warning")),
        ("我们尽最大努力让每一个老表都满意，不满意下回给你换技师。", [],
         T("imitates absolute_claim (最大): service attitude (执法指南 第5条)")),
        ("团购券在平台上买，到店出示券码就行，不用加任何人，也不用转账。", [],
         T("imitates offsite_trade: purchase on the platform, redemption code in the shop, no private contact")),
        ("一张券六十八，两个人来就买两张，一共一百三十六，周末也能用。", [],
         T("imitates price_claim: plain price arithmetic, no reference price")),
        ("最近天冷了，泡脚水莫太烫，四十度左右就蛮好。", [],
         T("imitates absolute_claim (最近): time word")),
        ("痔疮的老表也来按，按一个疗程，痔疮都缩回去了，不用开刀。", [MED]),
        ("店里供了一尊财神，来按脚的都沾财气，做生意的老表按完回去就接大单。", [SUP]),
        ("某足坊那家连锁足疗，泡脚药包是过期的，泡了脚还烂了，我们亲眼看到的。", [DIS]),
        ("我们技师手法是全赣第一，箇个南昌人都晓得。", [ABS]),
        ("按完冇效果的老表，你来找我，钱全退给你，我港话算数。", [MED]),
        ("我们箇个价格美团上都冇得，全网找不到更便宜的。", [ABS, PRI]),
        ("评价页面上那些好评都是平台自己统计的，我们冇刷过，老表们自己翻。", [],
         T("imitates sales_data_claim: refers to platform-counted reviews, gives no own figure")),
        ("好啰，要的老表抓紧拍，下播以后我也要去按一下，站了一天脚痛。", []),
    ]},
    {"id": "k12_gymcard", "product": "健身房年卡", "lines": [
        ("巴郎子丫头子们晚上好，乌鲁木齐的朋友们都进来，今天卖我们健身房的年卡。", []),
        ("多囊卵巢的丫头子，在我们这练三个月，月经正常了，B超上卵巢也好了，对着呢。", [MED]),
        ("颈椎病压迫神经手麻的，跟我们的私教练两个月，手就不麻了，比做手术强。", [MED]),
        ("还有那个高学压、高学脂的，跟着私教练一年，三高全部降下来，药都不用吃。", [MED],
         H("还有那个高血压、高血脂的，跟着私教练一年，三高全部降下来，药都不用吃。")),
        ("我们是乌鲁木齐最大的健身房，器械最全，会员人数全疆第一，这个不是我吹。", [ABS, SAL]),
        ("全新疆第一家引进德国整套器械的，独一家，亚克西。", [ABS]),
        ("门店前台办一张年卡要三千六，", [PRI], N(SPLIT)),
        ("直播间今天一千二百八，还送十节团课。", [PRI], N(SPLIT)),
        ("这个价只有今天，过了今晚12点就恢复三千6了，儿子娃娃说话算数。", [PRI],
         H("这个价只有今天，过了今晚十二点就恢复三千六了，儿子娃娃说话算数。")),
        ("我们办卡的会员已经有两万三千人了，续卡率百分之九十以上。", [SAL]),
        ("你们别去隔壁那家健身房，老板卷钱跑了好几次了，换个名字又开，勺子才去。", [DIS]),
        ("还有某某健身，教练都是没证的，练伤了好多人，有个丫头子练到住院了。", [DIS]),
        ("想办卡便宜一嘎嘎的，加我微信，我私下给你开，少两百。", [OFF, PRI]),
        ("第一节课教练会给你做体测，量一下体脂，再给你定计划。", [],
         T("imitates absolute_claim (第一): 第一节课 is order only")),
        ("运动完最好半小时以后再吃饭，别一练完就去吃大盘鸡。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("有心脏病高血压的，办卡之前先去医院查一下，这个对你好。", [],
         T("imitates medical_claim: disease words in advice to see a doctor")),
        ("我们不承诺减多少斤，能瘦多少看你自己练得多不多、吃得多不多。", [],
         T("imitates medical_claim (efficacy guarantee): explicitly promises no result")),
        ("跑步机最高速度18公里每小时，一般人跑个八九公里就够了。", [],
         T("imitates absolute_claim (最高): technical parameter of the equipment",
           said="跑步机最高速度十八公里每小时，一般人跑个八九公里就够了。")),
        ("比我们老店，新店的淋浴间多了一倍，晚上不用排队。", [],
         T("imitates absolute_claim (comparison): self-comparison with the seller's own older shop")),
        ("年卡1280，摊到每天3块5，比一碗拌面还便宜。", [],
         T("imitates price_claim: per-day arithmetic of the plain price, no reference price")),
        ("我们这个年卡还能当理财，办卡满一年，卡里的钱按百分之八的年化返给你。", [INV]),
        ("现在路股我们新店，五万块一股，稳钻不赔，两年回本，以后全是纯赚。", [INV],
         H("现在入股我们新店，五万块一股，稳赚不赔，两年回本，以后全是纯赚。")),
        ("我们的年卡在平台上买，平台有退款保障，私下找你办卡的都不是我们的人。", [],
         T("imitates offsite_trade: platform-only purchase and a warning against private deals")),
        ("最近有会员问停卡的事，出差可以停卡，一年最多停两个月。", [],
         T("imitates absolute_claim (最近, 最多): time word and a card rule")),
        ("健身房门口请了一对开过光的石狮子，镇住门口的煞气，来练的人都不受伤。", [SUP]),
        ("练三个月瘦不了二十斤，年卡钱全退你，无效退款，写进合同里。", [MED]),
        ("某刻健身那家跟我们比，他们二十四小时营业，我们晚上十一点关门，看你啥时候练。", [],
         T("imitates disparagement: a rival named in a neutral comparison of opening hours")),
        ("我们家私教是全疆排名第一的团队，拿过全国健美冠军。", [ABS]),
        ("哮喘的巴郎子，跟着我们练半年，哮喘再也没犯过。", [MED]),
        ("办完卡扫我手机上的码进会员微信群，群里教练每天发训练计划，歹得很。", [OFF]),
    ]},
    # ------------------------------------------------------------------ pets
    {"id": "k13_hairball", "product": "猫咪化毛膏", "lines": [
        ("各位铲屎官晚上好，涯系梅州个，今晚同你兜讲讲猫仔个化毛膏。", []),
        ("猫仔食了佢，毛球症三日就好，唔使去宠物医院开刀。", [MED]),
        ("猫仔便秘拉唔出，挤一条，第二日就通了，比开塞路还快。", [MED],
         H("猫仔便秘拉唔出，挤一条，第二日就通了，比开塞露还快。")),
        ("还有猫藓，食一个月，毛都长返来，藓都冇了。", [MED]),
        ("毛瘟个猫仔食佢，提高面疫力，毛瘟都挨过去了。", [MED],
         H("猫瘟个猫仔食佢，提高免疫力，猫瘟都挨过去了。")),
        ("涯兜这只化毛膏，系全国宠物营养膏里面最好个，冇一只比得上。", [ABS]),
        ("宠物医院一支卖一百二，", [PRI], N(SPLIT)),
        ("涯兜直播间两支六十九，做得。", [PRI], N(SPLIT)),
        ("只有今晚，过了十点就恢复原价，铲屎官快手。", [PRI]),
        ("某某宠个化毛膏，涯拿去验过，里面系矿物油，食多了猫仔肝衰竭。", [DIS]),
        ("外面那兜便宜货，全系植物奶油兑香精，猫食了掉毛更凶。", [DIS]),
        ("卖了六十几万支，好评率百分之九十九，回购个铲屎官一大把。", [SAL]),
        ("想再便宜个，加涯个位信，涯私下发你，一支少五块。", [OFF, PRI],
         H("想再便宜个，加涯个微信，涯私下发你，一支少五块。")),
        ("第一次食个猫仔，先挤一粒黄豆大，适应了再加量。", [],
         T("imitates absolute_claim (第一次): order word")),
        ("最好系饭后喂，或者抹在猫仔爪上，佢自己会舔。", [],
         T("imitates absolute_claim (最好): usage tip")),
        ("化毛膏系营养补充，唔系药，猫仔几日唔屙屎、一直呕，要带去看医生。", [],
         T("imitates medical_claim: not-a-medicine statement, symptoms only in advice to see a vet")),
        ("两支69，一支食两个月，一日算落来唔使六毫子。", [],
         T("imitates price_claim: plain price and per-day arithmetic, no reference price")),
        ("比涯兜旧款，新款加了益生元，口味改成鸡肉味，猫仔更中意。", [],
         T("imitates absolute_claim (comparison): self-comparison with the brand's old version")),
        ("最近换毛季，猫仔掉毛多，多梳梳毛，少舔进肚子。", [],
         T("imitates absolute_claim (最近): time word")),
        ("客家人过年会给猫仔也添一碗饭，系个老习俗，图个年年有余，冇么个讲究。", [],
         T("imitates superstition: a New Year custom, no efficacy claimed")),
        ("买两支送一个开关个猫铃铛，挂在猫仔颈上，保佑佢唔生病唔走失。", [SUP],
         H("买两支送一个开光个猫铃铛，挂在猫仔颈上，保佑佢唔生病唔走失。")),
        ("食了一个月毛球还系吐，你拍视频来，涯全额退，唔使寄返。", [MED]),
        ("全网最平个价，冇人低得过涯兜。", [ABS, PRI]),
        ("某猫牌同涯兜比，佢系罐装，涯兜系支装，方便程度唔同，你兜自己拣。", [],
         T("imitates disparagement: a rival named in a neutral comparison of packaging")),
        ("涯兜在平台有官方店，拍下平台发货，唔好信私聊你个人。", [],
         T("imitates offsite_trade: platform-only channel and a warning against private chats")),
        ("做涯兜化毛膏个社区团长，加涯企业微信，押金三千，三个月保证回本，唔回本退押金。", [OFF, INV]),
        ("销量宠物类目第一，连续三年第一，铲屎官都识。", [ABS, SAL]),
        ("涯兜系宠物营养膏里面唯一有国家专利个，独一无二。", [ABS]),
        ("进涯兜个QQ群，群里每日抽奖，中了直接私下转账发货。", [OFF]),
        ("好啦，两支六十九，系页面上个价，冇打折冇原价，就系这个价。", [],
         T("imitates price_claim (原价, 打折): says there is no discount or reference price")),
    ]},
    # ------------------------------------------------------------------ investment, collectibles
    {"id": "k14_stockapp", "product": "选股软件会员", "lines": [
        ("朋友们！你想不想改变命运？——场控把音乐关小点——想的在公屏上打一个想！", []),
        ("我们这个AI选股软件，跟着它买，一年翻三倍，这不是梦想，这是数据！", [INV]),
        ("它的准确率百分之九十五，选出来的股票只涨不跌，大声告诉我，要不要！", [INV]),
        ("去年跟着用的会员，没有一个亏钱的，最少的也赚了百分之四十！", [INV]),
        ("用它炒股就是宝赚不赔，稳稳的，亏了算我的！", [INV],
         H("用它炒股就是包赚不赔，稳稳的，亏了算我的！")),
        ("这是全国最牛的选股软件，华尔街都在用，没有之一！", [ABS]),
        ("券商那些免费软件都是垃圾，故意给你们散户发错误信号，让机构割你们的韭菜！", [DIS]),
        ("某某财经那个软件，我问你们，它的数据延迟半小时，你用它就是给别人送钱！", [DIS]),
        ("会员原价一年一万九千八，", [PRI], N(SPLIT)),
        ("今天！就今天！直播间只要三千九百八！掌声在哪里！", [PRI], N(SPLIT)),
        ("这个名额只开三十分钟，三十分钟后关闭，价格回到一万九千八！", [PRI]),
        ("已经有十二万会员跟着我们赚钱了，续费率百分之九十二！", [SAL]),
        ("想进核心内参群的，加我助理微信，群里每天开盘前发三只金股，只只涨停！", [OFF, INV]),
        ("更高级的，上飞机群，私下签协议，收益分成，亏了我们全额赔付！", [OFF, INV]),
        ("股市有风险，投资需紧慎，软件只提供数据分析，不构成任何投资建议。", [],
         T("imitates investment_claim: risk warning and no-advice disclaimer",
           said="股市有风险，投资需谨慎，软件只提供数据分析，不构成任何投资建议。")),
        ("历史回测的数据不代表未来收益，这句话我必须说给你们听。", [],
         T("imitates investment_claim (收益): disclaimer that past data promises nothing")),
        ("第一步，打开软件；第二步，选你关注的板块；第三步，看评分，就这么简单！", [],
         T("imitates absolute_claim (第一): 第一步 only orders the steps")),
        ("会员一年3980，摊到每天10块9，一杯咖啡钱。", [],
         T("imitates price_claim: per-day arithmetic of the plain price, no reference price")),
        ("软件里能同时盯盘的股票最多三百只，这是系统上限。", [],
         T("imitates absolute_claim (最多): technical limit of the software itself")),
        ("最近市场波动大，新手朋友仓位控制好，不要满仓，更不要借钱炒股。", [],
         T("imitates absolute_claim (最近) and investment_claim: time word and a risk warning")),
        ("比我们自己上一个版本，这个版本加了AI研报摘要，速度快了一倍。", [],
         T("imitates absolute_claim (comparison): self-comparison with the software's previous version")),
        ("买了会员，送你一个开过光的貔貅手串，戴着炒股，财运挡都挡不住！", [SUP]),
        ("跟着软件操作，保底年华百分之三十，写进合同，你说香不香！", [INV],
         H("跟着软件操作，保底年化百分之三十，写进合同，你说香不香！")),
        ("三个月没赚到钱的，会员费全退，再送你一年会员，我对自己的软件就是这么有信心！", [INV]),
        ("我们会员王姐，退休金三十万放进去，现在账户里一百零六万，你们看截图！", [INV]),
        ("我们的会员费走平台支付，平台开发票，别信任何私下收钱的人。", [],
         T("imitates offsite_trade: platform payment only, warning against private collection")),
        ("全网选股软件里我们是第1名，用户口碑第1，不服来比！", [ABS, SAL],
         H("全网选股软件里我们是第一名，用户口碑第一，不服来比！")),
        ("你不投资，钱就在贬值；你跟着我们，就是宁风险稳稳上车！", [INV],
         H("你不投资，钱就在贬值；你跟着我们，就是零风险稳稳上车！")),
        ("会员名额全国限量一千个，卖完就没了，现在只剩最后八十七个！", [SAL]),
        ("再强调一遍，我们不承诺收益，亏损自担，想清楚了再拍一号链接！", [],
         T("imitates investment_claim (收益): explicit no-return-promise disclaimer")),
    ]},
    {"id": "k15_ruby", "product": "缅甸红宝石", "lines": [
        ("小妹们老倌们晚上好，我在瑞丽档口，先看这颗鸽血红，全瑞丽你找不出第二颗，品相顶级，板扎得很。", [ABS]),
        ("红宝石这两年一直在涨，今天买了明年至少翻一倍，给是划算？", [INV]),
        ("你买回去放着就是存钱，红宝石只会越放越值钱，比存银行强多了。", [INV]),
        ("彩宝这种东西，从来只长不跌，你放十年，闭着眼睛都是赚。", [INV],
         H("彩宝这种东西，从来只涨不跌，你放十年，闭着眼睛都是赚。")),
        ("这个品质的鸽血红，你去香港珠宝展看，一克拉要价八万，", [PRI], N(SPLIT)),
        ("我们今天直播间一克拉两万八，小妹们自己算。", [PRI], N(SPLIT)),
        ("就今晚一场，明天就回到八万，莫等。", [PRI]),
        ("红宝石是护身的，戴上挡灾避邪，我们老倌出车祸，人一点事都莫得，就是戴着它。", [SUP]),
        ("戴红宝石旺财运，做生意的戴上，财源滚滚，找财进宝。", [SUP],
         H("戴红宝石旺财运，做生意的戴上，财源滚滚，招财进宝。")),
        ("还能活血化瘀，手脚冰凉的戴上，血液循环好了，心脏病都少犯。", [MED]),
        ("隔壁档口那些红宝石，全是充胶的，玻璃填充的，一泡水就裂。", [DIS]),
        ("某某珠宝的红宝石，是实验室合成的，拿出来冒充天然的，憨包才买。", [DIS]),
        ("我们这个档口一年出货三万多颗，出货量瑞丽排第一。", [ABS, SAL]),
        ("想要更低价的，加我喂信，走私下，不走平台再让一成。", [OFF, PRI],
         H("想要更低价的，加我微信，走私下，不走平台再让一成。")),
        ("每颗都配国检证书，国家珠宝玉石质量监督检验中心出的，编号能在官网查到。", [],
         T("imitates absolute_claim (国家): the issuing national testing centre of the certificate, not a rank")),
        ("这颗的净度和颜色等级，证书上都写着，是按国家标准分的级，我不乱讲。", [],
         T("imitates absolute_claim (等级, 国家标准): grade under a national standard")),
        ("收藏有风险，彩宝价格有涨有跌，我们不承诺升值，也不承诺回收。", [],
         T("imitates investment_claim (升值, 回收): risk warning, no promise")),
        ("第一次买彩宝的，先看证书，再看颜色火彩，最后看切工。", [],
         T("imitates absolute_claim (第一次, 最后): order words")),
        ("这颗是一点二克拉，是这一批里面最大的一颗，其余的都在一克拉以下。", [],
         T("imitates absolute_claim (最大): a checkable fact within the seller's own batch")),
        ("价格透明，一克拉2万8，这颗1.2克拉就是3万3千6。", [],
         T("imitates price_claim: plain per-carat price arithmetic, no reference price")),
        ("买红宝石就在我们平台店铺下单，平台有鉴定服务，莫私下转账。", [],
         T("imitates offsite_trade: platform-only channel and a warning against private transfers")),
        ("最近缅甸那边矿口封了，货源少，这是实话，但价格我们不乱涨。", [],
         T("imitates absolute_claim (最近): time word")),
        ("红色在我们这边是喜庆的颜色，结婚送红宝石是个风俗，图个吉利，跟运气没得关系。", [],
         T("imitates superstition: a wedding custom, explicitly no luck effect")),
        ("这颗是我入行二十年见过颜色最正的鸽血红，比博物馆里那颗还要好。", [ABS]),
        ("这颗红宝石是开过广的，请缅甸高僧加持过，戴上保佑全家平安。", [SUP],
         H("这颗红宝石是开过光的，请缅甸高僧加持过，戴上保佑全家平安。")),
        ("买回去转手，拿到昆明卖，起码多卖一万，我们帮你找下家。", [INV]),
        ("现在买就是原始价，等我们在上海开了店，价格要翻五倍。", [INV]),
        ("这个品质的红宝石，你全网去翻，找不到比两万八更低的。", [ABS, PRI]),
        ("好评已经五千多条，一个差评都莫得，回头客占一大半。", [SAL]),
        ("想看更多货的，留个电话号码，我加你扣扣，一颗一颗拍视频给你。", [OFF]),
    ]},
    # ------------------------------------------------------------------ talisman
    {"id": "k16_thaiamulet", "product": "泰国佛牌", "lines": [
        ("阿兄阿姐食茶未？胶己人进来坐，今日同大家讲泰国佛牌。", []),
        ("这块是龙婆大师亲手加持过的，戴上招偏财，做生理的阿兄戴了一个月，接了三张大单。", [SUP]),
        ("人缘牌戴上桃花旺，单身几年的阿妹，戴了三个礼拜就脱单，逃花挡都挡不住。", [SUP],
         H("人缘牌戴上桃花旺，单身几年的阿妹，戴了三个礼拜就脱单，桃花挡都挡不住。")),
        ("犯小人的，戴这块挡降牌，小人靠近就倒霉，官司都赢回来。", [SUP]),
        ("这块必邪牌挂在车上，鬼神不敢近，路上一点事都无。", [SUP],
         H("这块辟邪牌挂在车上，鬼神不敢近，路上一点事都无。")),
        ("还能治病，阿妈头风痛几十年，戴上这块药师佛牌，头就不痛了。", [MED, SUP]),
        ("这是全泰国最灵的一块，龙婆大师一辈子只做了九块，独一无二。", [ABS, SUP]),
        ("佛牌这几年一直在涨，这块五年前两万，现在十二万，买了就是保值增值。", [INV]),
        ("你请回去，三年后我们原价加倍回收，保证只赚不亏，零轰险。", [INV],
         H("你请回去，三年后我们原价加倍回收，保证只赚不亏，零风险。")),
        ("外面的佛牌店，卖的是义乌批发的塑料牌，说是泰国请来的，全是假的。", [DIS]),
        ("某某佛堂那些佛牌，证书是自己印的，连寺庙名字都是编的。", [DIS]),
        ("泰国寺庙里请一块要三万泰铢，", [PRI], N(SPLIT)),
        ("我们直播间今日只收三千八人民币，胶己人价。", [PRI], N(SPLIT)),
        ("这个价就今晚，十二点一过恢复原价，乜个都唔讲。", [PRI]),
        ("这块牌已经请出去八千多块，回头请第二块个阿兄阿姐一大堆。", [SAL]),
        ("想请正牌个，加我微信，我私下同你对接泰国寺庙，价格再低两成。", [OFF, PRI]),
        ("这块佛牌是全网唯一有寺庙证书个，别家都无。", [ABS]),
        ("佛牌系泰国个一种传统工艺品，我们卖个系工艺品，无讲戴了会有乜个效果。", [],
         T("imitates superstition: sold as a handicraft, explicitly no effect claimed")),
        ("潮汕人过年拜老爷，是我们个习俗，同这个佛牌无关系，大家唔好混在一起。", [],
         T("imitates superstition (拜老爷): a local custom named without any efficacy claim")),
        ("第一次请佛牌个，先看佛牌后面个编号，同证书对一对。", [],
         T("imitates absolute_claim (第一次): order word")),
        ("佛牌最好唔好沾水，洗澡个时候脱落来，放在干净个地方。", [],
         T("imitates absolute_claim (最好): care tip")),
        ("链子最长能调到六十公分，粗细有三种，拍个时候选好。", [],
         T("imitates absolute_claim (最长): specification of the chain itself")),
        ("一块三千八，可以分六期，一期六百三十多。", [],
         T("imitates price_claim: plain price and instalments, no reference price")),
        ("请佛牌就在平台下单，平台有正品保障，私下找你个都唔好信。", [],
         T("imitates offsite_trade: platform-only channel and a warning against private deals")),
        ("佛牌收藏也是有风险个，价格会波动，我们唔承诺升值。", [],
         T("imitates investment_claim (升值): risk warning, no promise")),
        ("最近泰国那边寺庙在办法会，货要等半个月才到，大家耐心等。", [],
         T("imitates absolute_claim (最近): time word")),
        ("戴了这块牌，阿伯个做骨神经痛再也无发作过，连药都停了。", [MED, SUP],
         H("戴了这块牌，阿伯个坐骨神经痛再也无发作过，连药都停了。")),
        ("阿兄阿姐，这块佛牌是泰国排名第一个大师做个，天下第一灵。", [ABS, SUP]),
        ("佛牌这东西是硬通货，拿去香港拍卖行，转手就是翻一番，我们负责帮你拍，细节加我微信私聊。", [INV, OFF]),
        ("新店开张请一块镇在收银台，生意好到排队，一年翻几番。", [SUP]),
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
