#!/usr/bin/env python3
"""Held-out evaluation set I for liveaudit (text-only transcripts).

Ninth set, written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format: tests/heldout_h/text/README.md and tests/heldout_h/text/build.py were
the only references (structure and validation code; none of heldout_h's lines were used).

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
    # ------------------------------------------------------------------ i01
    {"id": "i01_cleansingoil", "product": "卸妆油", "lines": [
        ("Hello宝宝们，今天我们聊卸妆，我先把全妆化上，一会儿现场卸给你们看。", []),
        ("第一步，干手干脸，取三泵在手心，这个顺序真的很important。", [],
         T("imitates absolute_claim (第一): 第一步 only expresses order (执法指南)")),
        ("毛孔里那些细菌它是直接干掉的，卸完脸上一个菌都不剩，literally。", [COS]),
        ("我自己用了一个月，闭口全没了，下巴那一片痘痘再也没冒过。", [COS]),
        ("之前皮肤科说我是脂溢性皮炎，用它卸了两周就好利索了，药膏都扔了。", [MED]),
        ("以前我一换季脸就过敏发红，用它卸了三个月，现在怎么折腾都不过敏了。", [COS]),
        ("专柜那边这个两百毫升的标的是三百八十块，you know。", [PRI], N(SPLIT)),
        ("咱们直播间今天一百四十九，还送你一个五十毫升的小样。", [PRI], N(SPLIT)),
        ("上个月光我们一个直播间就出了四万三千瓶，回头客占了一大半。", [SAL]),
        ("某植村那个卸妆油我也用过，乳化超慢还闷痘，说白了就是在交智商税。", [DIS]),
        ("想要小样套装的宝宝，私我拿一下wechat，我单独给你们寄。", [OFF]),
        ("卸完脸直接白了一个度，黑色数都跟着被带走了。", [COS],
         H("卸完脸直接白了一个度，黑色素都跟着被带走了。")),
        ("它的功能就是卸妆和清洁，不美白也不祛痘，这个我要跟大家说清楚。", [],
         T("imitates cosmetic_claim (美白, 祛痘): an explicit denial of those effects")),
        ("两瓶装是两百七十九，相当于一瓶一百三十九块五。", [],
         T("imitates price_claim: bundle price and per-unit arithmetic, no reference price")),
        ("这个价格真的就到今晚十二点，过了零点直接回到两百九。", [PRI]),
        ("最近换季很多人脸干，卸完最好马上拍水乳。", [],
         T("imitates absolute_claim (最): 最近 is a time word, 最好 a usage tip (执法指南第6条)")),
        ("乳化速度在整个卸妆油赛道都是天花板级别的。", [ABS]),
        ("敏感肌、玫瑰痤疮的姐妹放心用，安全到孕妇都不用担心，零副作用。", [MED]),
        ("和某植村那款比，它是一百五十毫升我们是两百毫升，质地他们更稠一点，看个人喜欢。", [],
         T("imitates disparagement: neutral factual comparison of volume and texture with a named rival")),
        ("用了两个月，脸上的晒帮淡得都快看不见了。", [COS],
         H("用了两个月，脸上的晒斑淡得都快看不见了。")),
        ("群里的价格会比小黄车再低二十，主页有入群的码，自己扫一下哈。", [OFF, PRI]),
        ("下单只认直播间的小黄车，任何人私聊你让你转账都别信。", [],
         T("imitates offsite_trade (私聊, 转账): a warning against private deals, platform-only")),
        ("九千多条评价，你去翻，找不到一条差评的。", [SAL]),
        ("卸完还有一点点油膜感是正常的，用温水冲一下就好，它本身是有保湿成分的。", [],
         T("imitates cosmetic_claim: 保湿 is an ordinary cosmetic effect, not a special or medical one")),
        ("外面那些几十块的卸妆油，成分表一看全是矿物油，用久了毛孔都堵死。", [DIS]),
        ("退货的话七天无理由，拆了没用也可以退。", [],
         T("imitates medical_claim (无效退款): a seven-day no-reason return policy, no efficacy promise")),
        ("用不干净、闷出痘你来找我，无效全额退。", [MED]),
        ("和我们家上一代比，这一代乳化要快一倍，上一代你得揉一分钟。", [],
         T("imitates absolute_claim (comparative): self-comparison within the own brand (执法指南第6条)")),
        ("这个价全网都找不到比它更低的，双十一都没给过。", [ABS, PRI]),
        ("好，最后一步，卸完记得用洗面奶再洗一遍，这叫双重清洁。", [],
         T("imitates absolute_claim (最): 最后一步 only expresses order")),
    ]},
    # ------------------------------------------------------------------ i02
    {"id": "i02_bodywash", "product": "沐浴露", "lines": [
        ("各位嘞，晚上好，今天给你们整一款沐浴露，咯是早就等着了？", []),
        ("后背上那些红疙瘩痘痘，洗个十来天么就平平的了，板扎得很。", [COS]),
        ("天天用它洗，胳膊腿要比原来白一圈，夏天穿短袖不消怕。", [COS]),
        ("里面加了抗君成分，洗完身上一天都没得异味。", [COS],
         H("里面加了抗菌成分，洗完身上一天都没得异味。")),
        ("家里娃娃长了湿疹，拿它洗了一个礼拜，小腿上的疹子全部退掉了。", [MED]),
        ("我老爹那个角气么十几年了，天天拿它洗，现在一点都不痒了，断根了。", [MED],
         H("我老爹那个脚气么十几年了，天天拿它洗，现在一点都不痒了，断根了。")),
        ("闻过那么多香型，没得哪一款比它更好闻的，老火好闻。", [ABS]),
        ("它就是清洁加保湿，洗完皮肤滑溜溜的，不是哪样药。", [],
         T("imitates cosmetic_claim/medical_claim: ordinary cleansing and moisturising, says it is no medicine")),
        ("今天直播间一升装只要五十九块九。", [PRI], N(SPLIT)),
        ("超市货架上同一瓶一百零八，你们自己克看嘛。", [PRI], N(SPLIT)),
        ("我们这款在云南卖了整整三十万瓶，回购的老顾客占七成。", [SAL]),
        ("要批发的老板么加我微信，号码挂在主页上嘞。", [OFF]),
        ("一升装五十九块九，三瓶一起拍是一百六十五，运费我们出。", [],
         T("imitates price_claim: plain price and bundle price, no reference price or deadline")),
        ("某肤佳那个沐浴露，里头香精兑得老多，洗完越洗越痒，憨包才买。", [DIS]),
        ("洗澡水温最好不要超过四十度，不然皮肤容易干。", [],
         T("imitates absolute_claim (最好): a usage tip (执法指南第6条)")),
        ("身上那些晒出来的斑，洗上两瓶就淡掉了，皮肤光光生生的。", [COS]),
        ("这个价只放到十点钟，十点一过么链接就改回八十九。", [PRI]),
        ("它是卖得最凶的一款，哪个牌子都比不过它。", [ABS, SAL]),
        ("皮肤有破损或者正在长湿疹的，先不要用，该看医生就看医生。", [],
         T("imitates medical_claim (湿疹): a contraindication warning that refers to a doctor")),
        ("洗上一个夏天，股癣汗斑这种都不会再犯了。", [MED]),
        ("跟某肤佳比么，他家香味淡一些，我们的留香久一点，各买各喜欢的嘛。", [],
         T("imitates disparagement: neutral comparison of scent with a named rival")),
        ("想要便宜点的加我微信进粉丝群，群里单独给你发券。", [OFF, PRI]),
        ("发券只在直播间发，点小黄车上面那个领券就得了，不消加哪个。", [],
         T("imitates offsite_trade (发券, 加): coupons only inside the live room, nobody to add")),
        ("菜市场门口那种散装的沐浴露，全是工业碱兑的，洗多了皮都烧脱一层。", [DIS]),
        ("我们家这一款是第二代配方，比第一代泡沫细很多。", [],
         T("imitates absolute_claim (第一): generation numbers and self-comparison within the brand")),
        ("这瓶是柚子叶香型的，老辈人讲柚子叶洗澡去晦气，洗完一年都走好运。", [SUP]),
        ("购物车里显示的已售数量是平台统计的，我嘴巴说的不算，你们自己看。", [],
         T("imitates sales_data_claim: points to the platform's own counter, claims no figure")),
        ("去年双十二这个价都没放过，错过今晚又要等一年。", [PRI]),
        ("沐浴露是日化品，不是药，皮肤病还是要克医院。", [],
         T("imitates medical_claim (皮肤病): a not-a-medicine statement")),
        ("最后提醒一哈，浴室地滑，洗的时候注意莫摔着。", [],
         T("imitates absolute_claim (最): 最后提醒 only expresses order")),
    ]},
    # ------------------------------------------------------------------ i03
    {"id": "i03_scalpserum", "product": "头皮育发精华", "lines": [
        ("乖乖，今天直播间人不少啊，我们今天讲讲头皮护理。", []),
        ("发际线那块原来光溜溜的，抹了一个多月，小绒毛一根一根往外钻。", [COS]),
        ("每天洗头掉一大把的，用它两个礼拜就不怎么掉了，只脱效果来斯得很。", [COS],
         H("每天洗头掉一大把的，用它两个礼拜就不怎么掉了，止脱效果来斯得很。")),
        ("斑秃的那种一块一块的，坚持抹三个月，全给你长齐。", [COS, MED]),
        ("脂溢性脱发是病，医院开的药都没它好使。", [COS, MED]),
        ("育发这一块，它就是老大，别的都排在它后头。", [ABS]),
        ("这瓶是普通头皮护理，没有防脱特证，我们只讲清洁和舒缓头皮干痒。", [],
         T("imitates cosmetic_claim (防脱): states it has no anti-hair-loss registration, ordinary care only")),
        ("头皮屑多、头皮发红发痒的，它里头的成分直接消炎，抹上去凉飕飕的就不红了。", [COS]),
        ("理发店做一次头皮护理就要三百八。", [PRI], N(SPLIT)),
        ("我们一瓶两百九十九，够你抹两个月，一塌刮子算下来一次才几块钱。", [PRI], N(SPLIT)),
        ("江浙沪这边已经有二十多万人在用了，复购率百分之八十五。", [SAL]),
        ("想要一对一指导的，加我们头皮管理师的微信，扫我背后这个码。", [OFF]),
        ("隔壁直播间卖的那个生姜洗发水，里头有激素，用多了头皮都烂掉，阿要吓人啊。", [DIS]),
        ("第一次用的话，先在耳朵后头试一点，二十四小时没反应再上头。", [],
         T("imitates absolute_claim (第一): 第一次 is order, the line is a patch-test tip")),
        ("这个浓度是全世界最高的，国外大牌都做不到。", [ABS]),
        ("两百九十九一瓶，分三期免息，一期差不多一百块。", [],
         T("imitates price_claim: instalment arithmetic on a plain price")),
        ("今天拍一发三，这个活动就剩最后十分钟，下播恢复单瓶价。", [PRI]),
        ("头发稀的地方抹一抹，三个月以后头发变密，扎马尾都粗一圈。", [COS]),
        ("有人问跟隔壁那个生姜的比，他家是洗发水，我们是免洗精华，用法不一样，不好比。", [],
         T("imitates disparagement: a neutral note that the two products are used differently")),
        ("外头那些几十块的育发液都是散无的，潮巴才买。", [DIS],
         H("外头那些几十块的育发液都是三无的，潮巴才买。")),
        ("我们有个客户化疗以后头发掉光了，抹了它半年，头发长得比生病前还好。", [COS, MED]),
        ("如果是大面积突然掉头发，先去医院皮肤科查原因，不要光指望护理品。", [],
         T("imitates medical_claim/cosmetic_claim (掉头发): advice to see a doctor, no efficacy claimed")),
        ("要看使用教程的思聊我，我把淘宝店链接发给你，那边详情写得全。", [OFF],
         H("要看使用教程的私聊我，我把淘宝店链接发给你，那边详情写得全。")),
        ("有人在评论区让你加他买便宜的，都是骗子，我们只在这个直播间卖。", [],
         T("imitates offsite_trade (加他, 便宜): a warning against off-platform sellers")),
        ("这个配方全国就我们一家有，独一份。", [ABS]),
        ("抹满三个月一根新头发没长的，全额退款，我敢打包票。", [COS, MED]),
        ("用量的话最多一天两次，多抹了也没用，还浪费。", [],
         T("imitates absolute_claim (最多): a dosage instruction")),
        ("昨天还是两百九十九一瓶，今天直播间两百四，明天就没了。", [PRI]),
        ("我们店铺评分是四点八，这个是平台页面上显示的，你们点进去能看到。", [],
         T("imitates sales_data_claim: quotes the platform-displayed shop rating, verifiable on the page")),
        ("最后说一遍，最近天气热，最好洗完头吹干再抹。", [],
         T("imitates absolute_claim (最): 最后, 最近 are order/time words, 最好 a usage tip")),
    ]},
    # ------------------------------------------------------------------ i04
    {"id": "i04_neckcream", "product": "颈霜", "lines": [
        ("Hello大家好lah，今天要讲的是颈霜，很多人擦脸很勤，脖子就忘记了咯。", []),
        ("脖子黑黑的那一圈，擦了二十八天，白到跟脸一个色lah。", [COS]),
        ("双下巴那一坨肉，擦的时候往上推，脂肪直接给你融掉，脸都小一圈。", [COS]),
        ("脖子上那些老人般，擦两个礼拜就淡到看不见咯。", [COS],
         H("脖子上那些老人斑，擦两个礼拜就淡到看不见咯。")),
        ("甲状腺手术留下的那条疤，擦了三个月，浅到看不出来lah。", [COS]),
        ("整个东南亚的颈霜，我讲真的，没有一支吸收比它更快。", [ABS]),
        ("我们这个是普通化妆品备案，功效就是保湿滋润，没有美白祛斑的特证，酱子讲清楚。", [],
         T("imitates cosmetic_claim (美白祛斑): says it has no special-cosmetic registration, claims moisturising only")),
        ("新加坡那边柜台一支要八十九新币，换算过来四百多块人民币。", [PRI], N(SPLIT)),
        ("我们直播间只要一百六十九，还送一支小的。", [PRI], N(SPLIT)),
        ("上个月在马来西亚跟中国加起来卖了十二万支，好评九十八巴仙。", [SAL]),
        ("某黛那支颈霜很多人擦到脖子长粒粒，里面有激素的咯。", [DIS]),
        ("马来西亚的朋友要买，WhatsApp我，我私下寄给你。", [OFF]),
        ("一百六十九一支，大概可以用一个半月，一天算下来不到四块钱。", [],
         T("imitates price_claim: per-day arithmetic on a plain price, no reference price")),
        ("颈椎病的人擦了以后，脖子酸痛都减轻很多lah。", [MED]),
        ("这是全网最底啦，你去哪里都找不到更便宜的。", [ABS, PRI],
         H("这是全网最低啦，你去哪里都找不到更便宜的。")),
        ("擦的手法最重要的是从下往上推，不要往下拉。", [],
         T("imitates absolute_claim (最): a how-to-apply tip, no comparison")),
        ("我自己敏感肌，以前戴项链都过敏，擦了它一个月，现在戴什么项链都不会红不会痒了。", [COS]),
        ("这个价格只到今晚，明天就回去两百八十九咯。", [PRI]),
        ("颈霜擦完白天出门，脖子一样要擦防晒，它本身没有防晒功能。", [],
         T("imitates cosmetic_claim (防晒): says the product has no sunscreen function")),
        ("脖子上的痘痘跟闭口，擦一个礼拜全部消掉。", [COS]),
        ("某黛那支是五十毫升，我们是八十毫升，质地他们比较厚，各有各的好。", [],
         T("imitates disparagement: neutral factual comparison of size and texture with a named rival")),
        ("要代理价的加我微芯，比直播间便宜三十。", [OFF, PRI],
         H("要代理价的加我微信，比直播间便宜三十。")),
        ("买了有问题找店铺客服，在平台里面找，不要去别的地方。", [],
         T("imitates offsite_trade: after-sales kept on the platform")),
        ("我们的回头客很多，十个买过的有八个回来再买。", [SAL]),
        ("夜市卖那种几块钱的颈霜，全部是用猪油跟香精打出来的，擦了会烂。", [DIS]),
        ("颈霜不是药啦，脖子痛、颈椎有毛病要去看医生。", [],
         T("imitates medical_claim (颈椎): a not-a-medicine statement referring to a doctor")),
        ("第一步洁面，第二步擦精华，最后一步才是颈霜，顺序不要乱。", [],
         T("imitates absolute_claim (第一, 最后): order words only")),
        ("擦了两年完全没有副作用，孕妇小孩都可以放心擦。", [MED]),
        ("我们是七天无理由退货，不喜欢原封不动寄回来就好。", [],
         T("imitates medical_claim (退款 guarantee): an ordinary return policy, no efficacy promise")),
        ("颈霜当生日礼物送妈妈很好，红色的盒子看起来很喜气。", [],
         T("imitates superstition: a gift suggestion and the festive colour of the box, no luck promised")),
    ]},
    # ------------------------------------------------------------------ i05
    {"id": "i05_lutein", "product": "叶黄素酯咀嚼片", "lines": [
        ("各位叔叔阿姨、各位家长朋友，晚上好，今天给大家带来的是叶黄素酯咀嚼片。", []),
        ("它是蓝帽子保健食品，批准的保健功能是缓解视觉疲劳，本品不能代替药物。", [],
         T("imitates medical_claim: states the approved health-food function as registered, with 本品不能代替药物")),
        ("孩子近视两百度的，天天嚼两片，半年下来度数降回来了。", [MED]),
        ("老年人的白内账、黄斑病变，吃它就能预防。", [MED],
         H("老年人的白内障、黄斑病变，吃它就能预防。")),
        ("比点眼药水管用多了，眼药水治标，它治本。", [MED]),
        ("同样是叶黄素，含量能做到我们这么高的，国内找不到第二个。", [ABS]),
        ("今年已经卖出去一百一十万瓶了，很多家长一买就是一年的量。", [SAL]),
        ("最好是饭后吃，叶黄素是脂溶性的，跟着饭吃吸收好。", [],
         T("imitates absolute_claim (最好): a usage tip (执法指南第6条)")),
        ("飞文症、干眼症，吃一个疗程，眼前那些黑点点就没了。", [MED],
         H("飞蚊症、干眼症，吃一个疗程，眼前那些黑点点就没了。")),
        ("今天一瓶九十片，到手一百一十九。", [PRI], N(SPLIT)),
        ("药店里这个规格的卖两百六十八，你去问问就知道。", [PRI], N(SPLIT)),
        ("家长们进我们护眼交流群，每周有视光师在群里答疑，扫左下角的二维码。", [OFF]),
        ("长期吃，保证视力再也不往下掉，我们有这个信心。", [MED]),
        ("已经进士了要去医院验光配镜，这个片子不能矫正视力，只是保健食品。", [],
         T("imitates medical_claim (近视, 矫正视力): denies any vision correction and refers to a hospital",
           said="已经近视了要去医院验光配镜，这个片子不能矫正视力，只是保健食品。")),
        ("市面上那些进口叶黄素，好多是玉米黄质兑的，含量根本不够，就是交智商税。", [DIS]),
        ("一瓶九十片，一天两片吃四十五天，一天算下来两块六。", [],
         T("imitates price_claim: per-day arithmetic on a plain price")),
        ("今晚八点到九点这一个钟头，拍两瓶送一瓶，过了九点就没有了。", [PRI]),
        ("全国同类产品里面，我们是卖得最好的一个。", [ABS, SAL]),
        ("第一次给孩子吃的，先从一天一片开始，看看适不适应。", [],
         T("imitates absolute_claim (第一): 第一次 is order, a dosage tip")),
        ("眼睛干涩、怕光、看东西重影的，吃一个月全好了。", [MED]),
        ("有家长问跟某某康的叶黄素比，他家一片十毫克，我们一片十二毫克，价格他家便宜一点。", [],
         T("imitates disparagement: neutral factual comparison with a named rival, even concedes its price")),
        ("想要团购价的加我助理微信，比直播间便宜二十，直接转张给你发货。", [OFF, PRI],
         H("想要团购价的加我助理微信，比直播间便宜二十，直接转账给你发货。")),
        ("所有订单都走平台，要发票在订单页面申请就行，不用加任何人。", [],
         T("imitates offsite_trade: orders and invoices stay on the platform")),
        ("吃了它，以后手机平板随便看，孩子不会再近视。", [MED]),
        ("有人问吃了有没有副作用，我只能说按推荐量吃，有不舒服就停，特殊体质先问医生。", [],
         T("imitates medical_claim (副作用): gives no safety guarantee, advises stopping and asking a doctor")),
        ("某某康那个牌子上个月被查出来含量造假，大家别再买了。", [DIS]),
        ("我们家新款每片含量比老款多了两毫克，老款还有少量库存。", [],
         T("imitates absolute_claim (comparative): self-comparison between the own new and old versions")),
        ("原价一百九十九的套装，今天一百一十九，差八十块呢。", [PRI]),
        ("护眼这一块，它就是顶配，没有比它更好的了。", [ABS]),
        ("直播间现在三千多人在线，这个数字在屏幕左上角，平台统计的。", [],
         T("imitates sales_data_claim: reads out the platform's own live viewer counter")),
    ]},
    # ------------------------------------------------------------------ i06
    {"id": "i06_oatmeal", "product": "燕麦片", "lines": [
        ("各位乡亲们，额今天给大家带的是山西的裸燕麦片，咱晋北高原上种的。", []),
        ("血脂高的，每天早上一碗，吃上俩月，化验单上那几个箭头全没了。", [MED]),
        ("糖尿病人能吃，吃了血糖还往下降，胰岛素都能少打两针。", [MED]),
        ("便蜜好几天不上厕所的，喝一碗第二天就通了。", [MED],
         H("便秘好几天不上厕所的，喝一碗第二天就通了。")),
        ("全中国的燕麦，就数额们这个地方长得最好。", [ABS]),
        ("冲的时候最好用八十度以上的水，泡三分钟口感最好。", [],
         T("imitates absolute_claim (最好): preparation tips (执法指南第6条)")),
        ("超市里头四百克一袋的进口燕麦，卖三十八块。", [PRI], N(SPLIT)),
        ("额们一千克一大袋，才二十九块九，你算算哪个划算。", [PRI], N(SPLIT)),
        ("光今年就卖了八十万袋，老回头客一买就是一箱一箱的。", [SAL]),
        ("一千克二十九块九，一天吃五十克，够吃二十天，一天一块五。", [],
         T("imitates price_claim: per-day arithmetic on a plain price")),
        ("某格那个是速溶的，里头全是糖跟麦芽糊精，吃了血糖蹭蹭往上窜。", [DIS]),
        ("想要整箱批发价的，加额微信，比链接上一袋少五块。", [OFF, PRI]),
        ("燕麦是普通食品，不是药，有三高的该吃药还得吃药。", [],
         T("imitates medical_claim (三高): a not-a-medicine statement")),
        ("心脑血管堵的，天天吃能把血管里的垃圾挂干净，不得心梗脑梗。", [MED],
         H("心脑血管堵的，天天吃能把血管里的垃圾刮干净，不得心梗脑梗。")),
        ("就今儿这一场，买两袋送一袋，下了播就没这好事咧。", [PRI]),
        ("第一次吃燕麦的肠胃弱，先少吃点，慢慢加量。", [],
         T("imitates absolute_claim (第一): 第一次 is order, an eating tip")),
        ("口感上讲，没有哪家燕麦比额们这个更香更筋道。", [ABS]),
        ("好评率99.8%，差评就俩，还是快递压扁了。", [SAL],
         H("好评率百分之九十九点八，差评就俩，还是快递压扁了。")),
        ("跟某格那个比，人家是速溶的方便，额们这是要煮一煮的，看你早上有没有工夫。", [],
         T("imitates disparagement: neutral comparison with a named rival that concedes its convenience")),
        ("有胃病的，天天早上喝燕麦粥，胃里就不反酸了，养好了。", [MED]),
        ("配料表第一位也是唯一一位就是燕麦，没加蔗糖，没加植脂末。", [],
         T("imitates absolute_claim (第一, 唯一): describes the ingredient list of the product itself")),
        ("额们有个乡亲群，群里每礼拜有燕麦食谱分享，扫额身后这个码进群。", [OFF]),
        ("要买就在直播间下面小黄车拍，别信那些私下加你卖的。", [],
         T("imitates offsite_trade (私下加你): warns against private sellers, platform-only")),
        ("别家卖的那些十几块一大袋的，都是陈年燕麦掺了麸皮，猪都不吃。", [DIS]),
        ("昨儿个还卖三十五，今儿直播间给大家二十九块九。", [PRI]),
        ("咱这燕麦，在燕麦里头是这个，大拇指，没有能压过它的。", [ABS]),
        ("保质期十二个月，开了口最好一个月内吃完，放阴凉处。", [],
         T("imitates absolute_claim (最好): shelf life and a storage tip")),
        ("老人天天吃，骨头硬朗，骨质疏松都不会找上门。", [MED]),
        ("一袋二十九块九，满两袋包邮，偏远地区补个运费。", [],
         T("imitates price_claim: plain price and shipping terms")),
        ("最后提醒一下，收到货先看包装有没有破，破了拍照找客服。", [],
         T("imitates absolute_claim (最): 最后提醒 only expresses order")),
    ]},
    # ------------------------------------------------------------------ i07
    {"id": "i07_suanzaoren", "product": "酸枣仁膏", "lines": [
        ("嘘……宝贝们，夜深了，我小声一点说，今天陪你们的是酸枣仁膏。", []),
        ("失眠十几年的，睡前一勺，当天晚上就能一觉到天亮。", [MED]),
        ("它比安眠药还灵，而且吃了不依赖。", [MED]),
        ("焦绿症、抑郁症的宝贝，吃上一个月情绪就稳住了。", [MED],
         H("焦虑症、抑郁症的宝贝，吃上一个月情绪就稳住了。")),
        ("助眠的东西我试过几十种，它是当之无愧的一哥。", [ABS]),
        ("最好是睡前半小时吃，温水化开，小口慢慢喝。", [],
         T("imitates absolute_claim (最好): a usage tip (执法指南第6条)")),
        ("上个月这款卖了二十六万罐，好多宝贝是第三次、第四次回来买。", [SAL]),
        ("中药房里抓这么些酸枣仁、茯苓、百合，少说也要两百多。", [PRI], N(SPLIT)),
        ("我们一罐才六十九，熬好了直接吃。", [PRI], N(SPLIT)),
        ("网上那些褪黑素都是激素，吃多了伤脑子，人都吃傻了。", [DIS]),
        ("它是普通食品，不是药，不能治病，长期睡不好要去看睡眠门诊。", [],
         T("imitates medical_claim (治病): an explicit not-a-medicine, no-cure statement")),
        ("更年期潮热盗汗、心慌的，吃了也全都调好了。", [MED]),
        ("想要睡眠调理方案的宝贝，加我小助理的私人号，号码藏在我头像里了。", [OFF]),
        ("一罐六十九，二十四条，一条两块八毛多，一晚上一条。", [],
         T("imitates price_claim: per-unit arithmetic on a plain price")),
        ("现在这个价只到凌晨一点，一点以后就恢复九十九。", [PRI]),
        ("国内做酸枣仁膏的，就数我们家配方最地道。", [ABS]),
        ("第一天收到货先看看罐子封口，封口鼓了的直接找客服换。", [],
         T("imitates absolute_claim (第一): 第一天 is a time/order word")),
        ("吃了三罐，高血压都稳住了，降压药减了一半。", [MED]),
        ("某眠宝那个牌子，我们拿去检测过，重金属超标两倍。", [DIS]),
        ("跟某眠宝比，他家是片剂，我们是膏，口感不一样，看你习惯吃哪种。", [],
         T("imitates disparagement: neutral comparison of dosage form with a named rival")),
        ("思信我，发你一个小程序链接，那边买四送二。", [OFF, PRI],
         H("私信我，发你一个小程序链接，那边买四送二。")),
        ("宝贝们不要私下转账给任何人，我们只在直播间的购物车里卖。", [],
         T("imitates offsite_trade (私下转账): a warning, platform-only sales")),
        ("我们的复购率是百分之七十三，这个数在食品类里算很高了。", [SAL]),
        ("孕妇、哺乳期的宝贝，还有正在吃药的，吃之前先问一下医生。", [],
         T("imitates medical_claim: a caution for special groups, no efficacy claimed")),
        ("昨天晚上还是89，今晚给你们69。", [PRI],
         H("昨天晚上还是八十九，今晚给你们六十九。")),
        ("这个配方是独一无二的，别家想抄都抄不来。", [ABS]),
        ("两罐一百三十五，三罐一百九十九，包邮到家。", [],
         T("imitates price_claim: plain bundle prices, no reference price or deadline")),
        ("吃了我们的膏，以后再也不用吃任何助眠药了，无副作用。", [MED]),
        ("最近天气转凉，晚上最好早点上床，别刷手机了。", [],
         T("imitates absolute_claim (最): 最近 is a time word, 最好 a lifestyle tip")),
        ("评价大家自己看，好的坏的我都不删，平台也不让删。", [],
         T("imitates sales_data_claim: points to the reviews without claiming any figure")),
    ]},
    # ------------------------------------------------------------------ i08
    {"id": "i08_massagegun", "product": "筋膜枪", "lines": [
        ("兄弟们练完腿了没，今天给大家上一把筋膜枪，刚从仓库拿出来的。", []),
        ("腰椎间盘突出的，每天拿它打十分钟，突出的那块就给你推回去了。", [MED]),
        ("肩州炎抬不起胳膊的，打一个礼拜，胳膊能举过头顶。", [MED],
         H("肩周炎抬不起胳膊的，打一个礼拜，胳膊能举过头顶。")),
        ("力道我敢说市面上排头一个，没有之一。", [ABS]),
        ("最高档位是每分钟三千二百转，新手先用一档。", [],
         T("imitates absolute_claim (最高): a technical parameter of the product itself")),
        ("我们这把枪健身房教练圈里有一半人在用，卖了七十多万把。", [SAL]),
        ("打完肌肉不酸了乳酸一下就排掉了而且筋膜炎腱鞘炎这种慢性病打一个月基本就好了兄弟们信我", [MED]),
        ("健身房里私教给你做一次筋膜放松要一百五。", [PRI], N(SPLIT)),
        ("这把枪直播间三百九十九，你能打一辈子。", [PRI], N(SPLIT)),
        ("某菲斯那个大牌的，里面电机是翻新的，打俩月就没劲了。", [DIS]),
        ("跟某菲斯比，它重七百克，我们六百五十克，续航他们长一点，各有侧重。", [],
         T("imitates disparagement: neutral factual comparison with a named rival, concedes its battery")),
        ("要团购的健身房老板，私我拿个vx，我们线下签。", [OFF]),
        ("有严重的腰椎问题、骨折、孕妇，这个不能用，先去医院看医生。", [],
         T("imitates medical_claim (腰椎): a contraindication warning")),
        ("静脉曲张的，顺着腿往上打，那些青筋就下去了。", [MED]),
        ("这个价就今晚——哎场控你把库存加一下——就今晚这一波，明天回四百九十九。", [PRI]),
        ("三百九十九可以分十二期，一期三十三块多，没手续费。", [],
         T("imitates price_claim: instalment arithmetic on a plain price")),
        ("电机是全行业最顶急的无刷电机。", [ABS],
         H("电机是全行业最顶级的无刷电机。")),
        ("我们这一代比上一代续航多了两个小时，上一代四个钟，这一代六个钟。", [],
         T("imitates absolute_claim (comparative): self-comparison within the own brand")),
        ("号评率百分之九十九，差评都是快递慢。", [SAL],
         H("好评率百分之九十九，差评都是快递慢。")),
        ("第一次用从最低档开始，每个部位不要超过两分钟。", [],
         T("imitates absolute_claim (第一, 最低): order word and the lowest setting of the device itself")),
        ("它打完比贴膏药还管用，膏药都给我扔了。", [MED]),
        ("拼夕夕上那些一百来块的筋膜枪，都是玩具，打多了把肌肉都打伤。", [DIS]),
        ("售后就找店铺客服，在订单里点联系客服就行。", [],
         T("imitates offsite_trade: after-sales through the platform order page")),
        ("官方旗舰店那边同款现在卖529，我们比他们便宜130。", [PRI]),
        ("这玩意儿就是筋膜枪里的王者，兄弟们闭眼冲。", [ABS]),
        ("它的作用就是运动后放松肌肉，不治病，这个跟大家说清楚。", [],
         T("imitates medical_claim (治病): an explicit no-cure statement")),
        ("线下我们有体验店，到店买比直播间还便宜五十。", [OFF, PRI]),
        ("这把型号叫Max Pro，名字里带个Max，不是说它力道最大，就是个型号。", [],
         T("imitates absolute_claim (Max, 最大): a model name, explicitly not a comparison")),
        ("长期打，以后都不会得腰肌劳损，退休了腰还是直的。", [MED]),
        ("最后说一句，打之前先热身，打完记得拉伸。", [],
         T("imitates absolute_claim (最): 最后 only expresses order")),
    ]},
    # ------------------------------------------------------------------ i09
    {"id": "i09_schoolbag", "product": "护脊书包", "lines": [
        ("姐妹们，开学季了，家里神兽的书包换了没有，今天给大家看这款护脊书包。", []),
        ("孩子背了它，脊柱侧弯能慢慢矫正回来，我家老大就是背好的。", [MED]),
        ("陀背、高低肩的娃，背一学期肩膀就平了。", [MED],
         H("驼背、高低肩的娃，背一学期肩膀就平了。")),
        ("书包这个品类里面，护脊做得比它好的，我翻遍了都没找到。", [ABS]),
        ("最大容量二十二升，A4的书本横着放都够。", [],
         T("imitates absolute_claim (最大): a specification of the bag itself")),
        ("全国有三千多所小学的家长都在团它，光今年就卖了五十多万个。", [SAL]),
        ("商场专柜同款吊牌上印的是六百八。", [PRI], N(SPLIT)),
        ("咱家今天三百二十九，连笔袋一起送。", [PRI], N(SPLIT)),
        ("书包侧面绣的是文昌塔，娃背上它，考试都有文曲星照着。", [SUP]),
        ("这款红色的书包，能保右娃考上重点。", [SUP],
         H("这款红色的书包，能保佑娃考上重点。")),
        ("红色是今年的新配色，过年拍照也喜庆，就是颜色好看。", [],
         T("imitates superstition: festive colour as a matter of taste, no luck promised")),
        ("某某狮那个书包，减负都是嘴上说的，里面其实是硬纸板撑的。", [DIS]),
        ("跟某某狮比，他家一点一公斤，我们零点九公斤，他们颜色多一些。", [],
         T("imitates disparagement: neutral factual comparison of weight and colours with a named rival")),
        ("想要定制名字刺绣的，进我们家长群，群号在主页置顶视频里。", [OFF]),
        ("开学前就这一波价，九月一号一过就涨回四百多。", [PRI]),
        ("三百二十九，可以分六期，一期五十四块八。", [],
         T("imitates price_claim: instalment arithmetic on a plain price")),
        ("背了它，孩子近视都少了，因为坐姿也跟着正了。", [MED]),
        ("这是国家级护脊认证的书包。", [ABS]),
        ("书包执行的是国家标准，执行标准号印在吊牌上，大家收到可以看。", [],
         T("imitates absolute_claim (国家): compliance with a national standard, not a 国家级 claim")),
        ("家长给的评价我们统计过了，九十九个人里九十八个说孩子背着不累。", [SAL]),
        ("定制刺绣在下单页面备注栏里填名字就行，不用加谁。", [],
         T("imitates offsite_trade: customisation handled in the platform order form")),
        ("文具店那种几十块的书包，全是甲醛超标的料子，娃背着咳嗽。", [DIS]),
        ("加我微信直接转账，我按出场价给你，比链接少八十。", [OFF, PRI],
         H("加我微信直接转账，我按出厂价给你，比链接少八十。")),
        ("书包只能帮孩子减轻肩膀负担，孩子已经侧弯了要去医院骨科看。", [],
         T("imitates medical_claim (侧弯): limits the claim and refers to a hospital")),
        ("肩背酸痛、颈椎不好的小孩，背上它就不疼了，比理疗还管用。", [MED]),
        ("第一次背的时候，把肩带调到书包底部在腰线上面，这个最重要。", [],
         T("imitates absolute_claim (第一, 最): order word and a fitting tip")),
        ("书包界的头把交椅就是它。", [ABS]),
        ("书包上挂的这个小葫芦，保平安，娃上学路上啥事都没有。", [SUP]),
        ("我们支持七天无理由，吊牌别剪，不合适就退。", [],
         T("imitates price_claim/guarantee wording: an ordinary return policy")),
        ("最后提醒一下姐妹们，书包别装太满，每天整理一次。", [],
         T("imitates absolute_claim (最): 最后提醒 only expresses order")),
    ]},
    # ------------------------------------------------------------------ i10
    {"id": "i10_weddingphoto", "product": "婚纱摄影套餐", "lines": [
        ("各位新人倷好呀，我伲今朝直播间讲婚纱照套餐，样片放在后面屏幕上。", []),
        ("我伲帮倷挑个黄道吉日来拍，拍了以后夫妻和和顺顺一辈子勿吵架。", [SUP]),
        ("拍照日期倷自家定，有的人家欢喜挑个好日子，这个是老风俗，我伲配合。", [],
         T("imitates superstition (好日子): respects a customer's custom, promises nothing")),
        ("拍照的景里有棵千年老桂花树，在树下拍，旺夫旺子，嫁过去家里顺风顺水。", [SUP]),
        ("苏州城里拍婚纱照，没一家的样片比我伲更嗲。", [ABS]),
        ("去年一年我伲接了八千多对新人，好评交关多，一条差评都没有。", [SAL]),
        ("直播间拍这个套餐三千九百九，服装造型全包。", [PRI], N(SPLIT)),
        ("门市价牌子上写的是八千八，同样的套餐。", [PRI], N(SPLIT)),
        ("定金只收今晚，过了今晚这个价格就勿有了。", [PRI]),
        ("想约档期的加我微信，私下先定位置，勿要在平台上拍。", [OFF]),
        ("约档期就是拍小黄车的定金链接，付完客服在平台上跟倷联系。", [],
         T("imitates offsite_trade: booking and contact stay on the platform")),
        ("隔壁那家影楼，拍完以后底片一张都勿给，还要加钱买，纯属坑人。", [DIS]),
        ("我伲跟有些影楼勿一样，底片是全送的，这个写在合同里。", [],
         T("imitates disparagement: states the own contract term without running anybody down")),
        ("我伲的摄影师是全国顶间的，拿过大奖的。", [ABS],
         H("我伲的摄影师是全国顶尖的，拿过大奖的。")),
        ("摄影师去年拿了本市婚纱摄影大赛的金奖，证书挂在店门口。", [],
         T("imitates absolute_claim: a lawful, dated and verifiable award (执法指南第6条)")),
        ("每个月有三百多对新人排队来拍，档期都排到明年了。", [SAL]),
        ("套餐三千九百九，定金五百，剩下的拍完再付。", [],
         T("imitates price_claim: plain price and payment terms")),
        ("这个价比去年同一个套餐便宜了一千二，交关划算。", [PRI]),
        ("我伲送的红包是寺里师父开过光的，新人拿着压箱底，招财进宝。", [SUP]),
        ("拍完送一对红双喜的喜糖盒，是结婚的老习俗，讨个喜气。", [],
         T("imitates superstition: a wedding custom, no supernatural effect promised")),
        ("我伲的造型团队，在苏州是头块牌子，别家都是学我伲的。", [ABS]),
        ("网上九块九的那种外景跟拍，全是实习生拿手机拍的，片人的。", [DIS],
         H("网上九块九的那种外景跟拍，全是实习生拿手机拍的，骗人的。")),
        ("有人私下加倷说是我伲店员，要倷转账，一概勿要信。", [],
         T("imitates offsite_trade (私下, 转账): a warning against private deals")),
        ("到店里签合同当场付全款，再给倷减五百，比直播间还便宜。", [OFF, PRI]),
        ("选这个套餐里的龙凤褂，穿了能保佑早生贵子。", [SUP]),
        ("第一套是白纱，第二套是旗袍，最后一套是中式，一共三套服装。", [],
         T("imitates absolute_claim (第一, 最后): order words only")),
        ("元价六千六的升级版，今晚加一千就给倷。", [PRI],
         H("原价六千六的升级版，今晚加一千就给倷。")),
        ("合同签好以后，七天内勿满意可以全额退定金，写在条款里。", [],
         T("imitates price_claim/guarantee wording: a contractual deposit refund term")),
        ("我伲是抖音上苏州婚纱照里评价数量排第二的。", [SAL]),
        ("最近苏州雨水多，外景要看天气，下雨我伲免费改期。", [],
         T("imitates absolute_claim (最近): a time word")),
    ]},
    # ------------------------------------------------------------------ i11
    {"id": "i11_petshampoo", "product": "宠物沐浴露", "lines": [
        ("铲屎官们晚上好，今天我们家两个主子也在，给大家洗个澡演示一下。", []),
        ("猫藓长了一块一块掉毛的，洗三次，毛就长回来了，藓也没了。", [MED]),
        ("狗狗的皮肤病，什么湿疹、真军感染，洗两周全好。", [MED],
         H("狗狗的皮肤病，什么湿疹、真菌感染，洗两周全好。")),
        ("它能杀死百分之九十九的螨虫跟跳蚤，比去宠物医院打驱虫针还管用。", [MED]),
        ("给毛孩子用的浴液，我敢说没有哪一瓶比它更温和。", [ABS]),
        ("如果主子皮肤已经红肿破溃，请先带去宠物医院，沐浴露不能治病。", [],
         T("imitates medical_claim (治病): a no-cure statement referring to a vet")),
        ("已经有六十多万铲屎官给主子回购了，好评都爆了。", [SAL]),
        ("宠物店洗一次澡要一百二。", [PRI], N(SPLIT)),
        ("我们一瓶才七十九，能洗二十多次，一次合下来三块多。", [PRI], N(SPLIT)),
        ("某某宠那个浴液，好多猫洗完掉毛掉成秃子，里面加了工业香精。", [DIS]),
        ("跟某某宠比，他家是五百毫升，我们是四百五十毫升，他家香味重一点。", [],
         T("imitates disparagement: neutral factual comparison with a named rival, concedes its volume")),
        ("猫舍狗舍要拿货的，私我加个Q，大货另外算。", [OFF]),
        ("第一步先用温水把毛打湿，第二步挤沐浴露揉出泡沫。", [],
         T("imitates absolute_claim (第一): order words only")),
        ("洗了以后泪痕都没了，眼睛发言的也跟着好了。", [MED],
         H("洗了以后泪痕都没了，眼睛发炎的也跟着好了。")),
        ("这瓶在宠物洗护里属于金字塔最顶上那一层。", [ABS]),
        ("七十九一瓶，两瓶一百四十五，包邮。", [],
         T("imitates price_claim: plain price and bundle price")),
        ("这个价过了十二点就没了——哎臭宝你别跑——到时候恢复一百零九。", [PRI]),
        ("用它洗澡，狗狗身上那股臭味连根拔掉，皮脂腺炎都不会再犯。", [MED]),
        ("洗完一定要冲干净，别让主子舔到泡沫，误食了及时找兽医。", [],
         T("imitates medical_claim: a safety instruction, no safety guarantee")),
        ("宠物店用的那种大桶浴液，都是三五产品，洗多了掉毛。", [DIS],
         H("宠物店用的那种大桶浴液，都是三无产品，洗多了掉毛。")),
        ("详情页上有第三方检测报告，pH值是六点五，大家可以点开看。", [],
         T("imitates sales_data_claim/absolute_claim: a verifiable test parameter of the product")),
        ("想要更便宜的，关注我们公众号，公众号商城里比直播间少十块。", [OFF, PRI]),
        ("所有售后都在平台上走，不要加陌生人，也不要扫别人发的码。", [],
         T("imitates offsite_trade (加, 扫码): a warning, platform-only after-sales")),
        ("猫咪是招财的，给主子洗干净了，家里财运跟着旺。", [SUP]),
        ("在全世界猫用浴液里，它是公认的龙头老大。", [ABS]),
        ("第一次洗澡的小奶猫，满三个月再洗，之前用湿巾擦擦就行。", [],
         T("imitates absolute_claim (第一): 第一次 is order, a care tip")),
        ("洗了不会过敏、不会掉毛，保证对主子零伤害。", [MED]),
        ("退换货七天无理由，没拆封的直接退，拆了有质量问题也退。", [],
         T("imitates price_claim/guarantee wording: an ordinary return policy")),
        ("在宠物洗护的类目里我们销量排前三，连续十二个月。", [SAL]),
        ("吹干的时候风筒离远一点，最好用低温档，别烫到主子。", [],
         T("imitates absolute_claim (最好): a usage tip")),
    ]},
    # ------------------------------------------------------------------ i12
    {"id": "i12_platinum", "product": "投资铂金条", "lines": [
        ("老板们晚上好，今天我们不聊黄金，聊铂金，Pt990的小克重铂金条。", []),
        ("铂金现在价格低，买进去一年起码翻一倍，稳稳的。", [INV]),
        ("我们承诺保本，跌了按你的买入价回收。", [INV]),
        ("放家里三五年，它只会往上走，不会往下掉，比存银行强太多，ROI你自己算。", [INV]),
        ("铂金条放十年，价格至少是现在的三倍，这个账你算一下。", [INV]),
        ("贵金属价格跟着国际行情走，有涨有跌，投资有风险，买之前想清楚。", [],
         T("imitates investment_claim: a risk disclaimer (投资有风险)")),
        ("银行柜台的铂金条，一克比大盘价要加六七十块工费。", [PRI], N(SPLIT)),
        ("我们直播间一克只加十五块，差价你们自己算。", [PRI], N(SPLIT)),
        ("光这个月就有两千多个老板在我们这配了铂金，卖了四十多公斤。", [SAL]),
        ("大额的老板私聊我，我们走对公转账，不走平台，手续费省下来OK的。", [OFF]),
        ("今天铂金大盘价是每克两百一十多，直播间价格是大盘价加工费，页面上写着。", [],
         T("imitates price_claim: explains how the plain price is formed, no reference price")),
        ("铂金条上刻的貔貅，放在财位，生意人摆着招财进宝。", [SUP]),
        ("某大福那些金店的铂金，好多是铂钯合金冒充的，纯度根本不够。", [DIS]),
        ("跟金店比，他们首饰款式多，我们只做铂金条，想戴首饰的去金店更合适。", [],
         T("imitates disparagement: neutral comparison that recommends the rival for jewellery")),
        ("现在买，明年回收价至少涨百分之五十，宁风险。", [INV],
         H("现在买，明年回收价至少涨百分之五十，零风险。")),
        ("纯度Pt990，意思是千分之九百九十，这是国家标准里的叫法。", [],
         T("imitates absolute_claim (国家): a fineness grade under a national standard")),
        ("今天工费减半只到晚上十点，过点恢复正常工费。", [PRI]),
        ("你买一百克放家里，等于给孩子存了一笔稳赚的教育金。", [INV]),
        ("我们有保底回购，三年后按买入价加百分之二十收回来。", [INV]),
        ("我们不承诺回购价格，回收按当天大盘价来，页面上都写着。", [],
         T("imitates investment_claim (回购): denies any guaranteed buy-back price")),
        ("思下微信转账，每克再给你便宜五块。", [OFF, PRI],
         H("私下微信转账，每克再给你便宜五块。")),
        ("所有订单都走平台担保，金条寄出全程保价，签收前验货。", [],
         T("imitates offsite_trade/investment_claim (保价): platform escrow and insured shipping, not a value guarantee")),
        ("我们直播间复购率全行业第一，老客户回来加仓的占六成。", [ABS, SAL]),
        ("铂金条随身带一根小的能专运，本命年带着挡灾。", [SUP],
         H("铂金条随身带一根小的能转运，本命年带着挡灾。")),
        ("很多老板过年送客户铂金小金条，图个好彩头，送礼体面。", [],
         T("imitates superstition: a New-Year gift custom, no effect promised")),
        ("这不是消费，这是理财，比基金股票稳多了，躺着就有cash进来。", [INV]),
        ("一根十克的，按今天大盘大概两千三左右，工费另算。", [],
         T("imitates price_claim: plain approximate price")),
        ("那些卖纸铂金、账户铂金的平台，说倒就倒，钱都拿不回来。", [DIS]),
        ("昨天同样十克一根我们卖2350，今天只收2280。", [PRI]),
        ("第一次买的老板，建议先买小克重的，别一上来就all in。", [],
         T("imitates absolute_claim (第一): 第一次 is order, a cautious buying tip")),
    ]},
    # ------------------------------------------------------------------ i13
    {"id": "i13_turquoise", "product": "绿松石", "lines": [
        ("朋友们亚克西，今天给大家看的是原矿绿松石，高瓷的，湖北竹山出来的料子。", []),
        ("这个料子现在买，五年以后翻五倍，一满都是涨。", [INV]),
        ("绿松石矿都挖光了，价格只长不跌。", [INV],
         H("绿松石矿都挖光了，价格只涨不跌。")),
        ("这个瓷度，我干了二十年，没见过比这更好的。", [ABS]),
        ("绿松石戴身上辟邪挡灾，藏族同胞管它叫护身符。", [SUP]),
        ("绿松石在藏族文化里是很重要的饰品，这是文化传统，我不跟你说它能干啥。", [],
         T("imitates superstition: cultural background only, explicitly no effect claimed")),
        ("这一批料子上架三天就走了一千二百多件，歹得很。", [SAL]),
        ("去商场珠宝柜台，这种高瓷的一串要1万2。", [PRI], N(SPLIT)),
        ("我们今天三千八百八，直接给到你手上。", [PRI], N(SPLIT)),
        ("买回去放着，就是一个存钱罐，随时能变现，比存银行利息高多了。", [INV]),
        ("玩石头是个人喜好，不保证升值，也不回收，这个提前说清楚。", [],
         T("imitates investment_claim (升值, 回收): an explicit disclaimer")),
        ("旁边直播间那些所谓原矿，全是注胶染色的，拿火一烧就冒黑烟。", [DIS]),
        ("要是怕买到注胶的，自己送去鉴定站做个检测，这个每家都应该有证书。", [],
         T("imitates disparagement (注胶): general buying advice, no rival named or accused")),
        ("巴郎子们想看更大块原石的，加我微信，我每天晚上在朋友圈发新料。", [OFF]),
        ("这个颜色叫天空蓝，全世界只有竹山独一份。", [ABS]),
        ("最大的一颗珠子是十二毫米，最小的八毫米，是塔链。", [],
         T("imitates absolute_claim (最大, 最小): dimensions of the piece itself")),
        ("这个价就这一场，下了播我老板就要改回六千多。", [PRI]),
        ("我们保值回收，三年后原价收回去，你温赚不亏。", [INV],
         H("我们保值回收，三年后原价收回去，你稳赚不亏。")),
        ("三千八百八，可以分十二期，一期三百二十多。", [],
         T("imitates price_claim: instalment arithmetic on a plain price")),
        ("属虎属猴的今年犯太岁，戴绿松石化解，一年顺顺当当。", [SUP]),
        ("绿松石是招财石，开店的放一块在收银台，生意火得很。", [SUP]),
        ("直播间下单平台担保，到手七天内送去鉴定，不是天然的全额退款。", [],
         T("imitates offsite_trade/guarantee wording: platform escrow and an authenticity refund, no efficacy")),
        ("某宝上几百块一串的绿松石，都是粉末压的，谁买谁上当。", [DIS]),
        ("这一串你拿到拍卖行，转手就能卖两倍的价。", [INV]),
        ("证书上写的是“天然绿松石”，国检出的，大家收到扫码能查。", [],
         T("imitates absolute_claim (国): a verifiable certificate from a national testing centre, not a 国家级 claim")),
        ("微信上我给你打个九折，比直播间便宜三百多。", [OFF, PRI]),
        ("送羊缸子当生日礼物，寓意长长久久，这是个心意。", [],
         T("imitates superstition (寓意): gift symbolism, no supernatural effect promised")),
        ("画线价10800，今天3880。", [PRI],
         H("划线价一万零八百，今天三千八百八。")),
        ("这串是我们店的镇店之宝，整个新疆都找不出第二串。", [ABS]),
        ("最近天冷，绿松石别戴着去泡温泉，最好摘下来放盒子里。", [],
         T("imitates absolute_claim (最): 最近 is a time word, 最好 a care tip")),
    ]},
    # ------------------------------------------------------------------ i14
    {"id": "i14_aidrawcourse", "product": "AI绘画副业课", "lines": [
        ("家人们，我是老周，今天不卖货，今天卖一个能力，AI绘画接单课。", []),
        ("学完接单，一个月就能把学费赚回来，这个我打包票。", [INV]),
        ("每个月副业收入包底五千，达不到我们补给你。", [INV],
         H("每个月副业收入保底五千，达不到我们补给你。")),
        ("这个行业零门槛零风险，投入一千多，回报翻十倍。", [INV]),
        ("全网讲AI绘画的课，没有一套比我们更系统。", [ABS]),
        ("学习效果因人而异，课程不承诺收入，想靠这个发财的别报。", [],
         T("imitates investment_claim (收入): an explicit no-income-promise disclaimer")),
        ("我们已经有三万八千个学员了，百分之九十都接到了单。", [SAL]),
        ("我跟你讲家人们你现在不学明年AI就把你淘汰了我们这个课学完保证你月入过万接不到单全额退款我说到做到", [INV]),
        ("线下培训班同样的内容要收1万2。", [PRI], N(SPLIT)),
        ("我们直播间一千二百九十八，差了快十倍。", [PRI], N(SPLIT)),
        ("报名以后加班主任的企业微信，拉你进学员群，课都在群里上。", [OFF]),
        ("某某学堂的AI课我买过，讲师自己都不会出图，就是个骗子公司。", [DIS]),
        ("我们跟某某学堂的区别是，他们偏设计理论，我们偏接单实操，各有适合的人。", [],
         T("imitates disparagement: neutral positioning against a named rival")),
        ("我们的讲师是国内顶级的AI绘画大神。", [ABS]),
        ("第一节课装软件，第二节讲提示词，最后一节讲怎么报价。", [],
         T("imitates absolute_claim (第一, 最后): order words only")),
        ("今天直播间限额一百个名额，报满马上恢复两千九百八。", [PRI]),
        ("这个优惠——哎助理你先别上链接——这个优惠只到今晚十一点半。", [PRI]),
        ("一千二百九十八，支持分十二期，一期一百零八块多。", [],
         T("imitates price_claim: instalment arithmetic on a plain price")),
        ("报名送一个招财猫摆件，放在电脑旁边接单顺，客户源源不断。", [SUP]),
        ("这不是花钱，是投资自己，回报率比买理财高几十倍。", [INV]),
        ("私下转我支付宝，一千块就给你开通。", [OFF, PRI]),
        ("课程只在平台上买，售后也在平台，有人私信让你转钱的直接拉黑。", [],
         T("imitates offsite_trade (私信, 转钱): platform-only, a warning against private payment")),
        ("我们这个课在平台知识付费类连续三个月排第二名。", [SAL]),
        ("作品能不能卖出去看你自己的水平和市场，我们只负责教。", [],
         T("imitates investment_claim: denies any earnings promise")),
        ("这门课你学会了，以后就是一台印钞机，天天往外吐钱。", [INV]),
        ("吻赚不赔的副业，错过这次就没了。", [INV],
         H("稳赚不赔的副业，错过这次就没了。")),
        ("我们会尽最大努力把每个学员的问题都回答到。", [],
         T("imitates absolute_claim (最大): service attitude (执法指南第5条)")),
        ("某音上那些九块九的AI课就是知商税，学了也白学。", [DIS],
         H("某音上那些九块九的AI课就是智商税，学了也白学。")),
        ("学员作品集在主页橱窗里，都是真实作品，你们可以看。", [],
         T("imitates sales_data_claim: points to on-platform samples, claims no figure")),
        ("最后一步，点下面小黄车报名，报完看订单里的课程入口。", [],
         T("imitates absolute_claim (最后): order word; purchase stays on the platform")),
    ]},
    # ------------------------------------------------------------------ i15
    {"id": "i15_cinnabar", "product": "朱砂手串", "lines": [
        ("各位福主晚上好，今天跟大家结缘的是天然朱砂手串，高含量的紫金砂。", []),
        ("这串朱砂在寺里开过光，戴上以后小人远离，贵人自来。", [SUP]),
        ("家里不干净、老做噩梦的，戴着它避邪镇宅。", [SUP],
         H("家里不干净、老做噩梦的，戴着它辟邪镇宅。")),
        ("本命年戴朱砂，挡灾化煞，一整年平平安安。", [SUP]),
        ("朱砂安神，失眠心慌的戴在手上，比吃安眠药还管用。", [MED]),
        ("这种老矿朱砂越戴越值钱，十年后保底翻三倍。", [INV]),
        ("朱砂红是传统吉祥色，很多人结婚、过年喜欢戴红色的，这是习俗。", [],
         T("imitates superstition (吉祥): describes a colour custom, promises nothing")),
        ("朱砂主要成分是硫化汞，千万不要泡水喝，更不能入口，小孩别让他啃。", [],
         T("imitates medical_claim: a safety warning, no health effect claimed")),
        ("朱砂矿国家已经限采了，现在结缘一串，过几年价格翻几番，只涨不落。", [INV]),
        ("寺庙流通处里同样大小的一串要请一千六。", [PRI], N(SPLIT)),
        ("今天在直播间跟大家结缘，三百八十八。", [PRI], N(SPLIT)),
        ("这个月已经有五千多位福主请回去了，好评一条接一条。", [SAL]),
        ("网上那些几十块的朱砂，都是红色树脂加色素，戴了招阴。", [DIS, SUP]),
        ("合成朱砂也不是不能戴，就是颜色和手感不一样，价格也便宜，看个人。", [],
         T("imitates disparagement: neutral description of synthetic cinnabar")),
        ("戴上它遭财，做生意的福主财源滚滚。", [SUP],
         H("戴上它招财，做生意的福主财源滚滚。")),
        ("想请大师亲自加持的，加我私人微信，报上生辰八字。", [OFF, SUP]),
        ("我不说戴它能改命，这就是一串好看的手串，喜欢就结缘。", [],
         T("imitates superstition (改命): an explicit denial of luck effects")),
        ("今天结缘价只到子时，过了十二点恢复六百八。", [PRI]),
        ("这一串的成色，说它是朱砂里的皇上都不为过。", [ABS]),
        ("三百八十八一串，配证书和礼盒，包邮。", [],
         T("imitates price_claim: plain price and what is included")),
        ("放在枕头底下，小孩夜里不哭不闹，能保佑孩子健康长大。", [SUP]),
        ("戴着它，高血压都降下来了，心脏也舒服。", [MED]),
        ("结缘就在直播间下单，我们不收私下转账，这点请福主们放心。", [],
         T("imitates offsite_trade (私下转账): refuses private payment, platform-only")),
        ("这个朱砂传给子孙，是硬通货，放着就升值。", [INV]),
        ("加V私聊，给你走类部价，便宜一百。", [OFF, PRI],
         H("加V私聊，给你走内部价，便宜一百。")),
        ("珠子最大的是十毫米，手围最长能调到十八厘米。", [],
         T("imitates absolute_claim (最大, 最长): dimensions of the product itself")),
        ("某宝上那家卖朱砂的师傅是假和尚，开光全是骗人的。", [DIS]),
        ("咱们直播间的福主多数是老朋友，我也不刷数据，平台都看着。", [],
         T("imitates sales_data_claim: claims no figure, denies faking data")),
        ("在平台的文玩手串里，我们朱砂销量年年都是头名。", [ABS, SAL]),
        ("第一次戴朱砂的，手上出汗多的话摘下来擦一擦，别沾香水。", [],
         T("imitates absolute_claim (第一): 第一次 is order, a care tip")),
    ]},
    # ------------------------------------------------------------------ i16
    {"id": "i16_dehumidifier", "product": "除湿机", "lines": [
        ("老友们晚上好，回南天又来了，家里墙壁湿到飞起，今天讲除湿机。", []),
        ("家里老人风湿关节痛，开了它一个月，膝盖都不痛了。", [MED]),
        ("小孩的小喘、过敏性鼻炎，湿气一除，全好了。", [MED],
         H("小孩的哮喘、过敏性鼻炎，湿气一除，全好了。")),
        ("一极能效，每天最大除湿量三十升，这是铭牌上写的参数。", [],
         T("imitates absolute_claim (一级, 最大): a national energy grade and a rated parameter of the machine",
           said="一级能效，每天最大除湿量三十升，这是铭牌上写的参数。")),
        ("同价位的除湿机，冇一台抽水比它更快。", [ABS]),
        ("两广地区今年回南天卖了十二万台，老友们抢到断货。", [SAL]),
        ("今天直播间这台一千零九十九。", [PRI], N(SPLIT)),
        ("京东上同款还挂着1699。", [PRI], N(SPLIT)),
        ("某的那款除湿机，用两个月压缩机就报废，售后还找不到人。", [DIS]),
        ("跟某的比，他家水箱四升，我们六升，他家机身小一点，放卧室方便。", [],
         T("imitates disparagement: neutral factual comparison with a named rival, concedes its size")),
        ("湿气重的屋子风水差，开着它把湿气一抽，财运就进门了。", [SUP]),
        ("第一次开机先开两小时强力模式，之后调到自动就得。", [],
         T("imitates absolute_claim (第一): 第一次 is order, an operating tip")),
        ("湿疹、霉菌过敏的，屋子里一干燥，身上都不痒了，药都不用擦。", [MED]),
        ("要整栋楼团购的，加我微信，私下给你们单独开价。", [OFF]),
        ("这个价就过了回南天就冇了，下个月回到一千五。", [PRI]),
        ("一千零九十九，可以分六期，一期一百八十三。", [],
         T("imitates price_claim: instalment arithmetic on a plain price")),
        ("除湿机里面我们是第一品牌，冇得争。", [ABS]),
        ("买过的老友百分之九十八都给了五星，评价你们随便翻。", [SAL]),
        ("除湿机只是把屋里的湿度降下来，有病还是要看医生，别指望它治病。", [],
         T("imitates medical_claim (治病): an explicit no-cure statement")),
        ("墙上发霉的地方一干，家里人的咳嗽都停了，比吃止咳药强。", [MED]),
        ("下单就在小黄车，安装师傅平台派单，上门不收任何费用。", [],
         T("imitates offsite_trade (上门): installation dispatched through the platform")),
        ("去我们门电提货，比直播间还便宜两百。", [OFF, PRI],
         H("去我们门店提货，比直播间还便宜两百。")),
        ("过年大扫除把屋里弄干爽，迎新年，这是老风俗，图个清爽。", [],
         T("imitates superstition: a New-Year cleaning custom, no luck promised")),
        ("说它是回南天的克星，全中国就它最能打。", [ABS]),
        ("原来1600，现在1099，好犀利。", [PRI],
         H("原来一千六，现在一千零九十九，好犀利。")),
        ("我们这款新的比去年那款噪音低了五分贝，去年那款还有少量库存。", [],
         T("imitates absolute_claim (comparative): self-comparison within the own range")),
        ("那些几百块的杂牌除湿机，都是二手压缩机翻新的，开久了会着火。", [DIS]),
        ("七天无理由，一年包换，压缩机保修五年。", [],
         T("imitates price_claim/guarantee wording: return policy and a bounded warranty")),
        ("家里常年开着它，以后关节炎、腰腿痛都不会找上门。", [MED]),
        ("最近南宁湿度九十几，最好每天倒一次水。", [],
         T("imitates absolute_claim (最): 最近 is a time word, 最好 a usage tip")),
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
