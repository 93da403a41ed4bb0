#!/usr/bin/env python3
"""Held-out evaluation set T for liveaudit (text-only transcripts).

Written 2026-12-07 by a helper session from the law and the spec only
(shared/spec/RULES.md, shared/spec/FINDINGS.md, shared/spec/PRODUCT.md), before any engine
was run on it. Format references: tests/heldout_n/text/README.md and the helper, validation
and printing code of tests/heldout_n/text/build.py (lines 1-65 and 828-894 only; heldout_n's
SESSIONS data was not read; no line of any other set was used or paraphrased).

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

MIN_UTTS, MAX_UTTS = 30, 30


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
    # ------------------------------------------------------------------ t01
    {"id": "t01_beefballs", "product": "潮汕牛肉丸", "lines": [
        ("胶己人，阿伯第一次在网上开播，手都在抖，大家多担待啊。", [],
         T("absolute_claim look-alike: 第一次 only tells order/time (执法指南 第6条)")),
        ("这丸子是潮汕牛肉丸里头的顶流，全汕头没有哪一家捶得比阿伯更弹。", [ABS]),
        ("市场上那些冻丸都是淀粉加肉精搓出来的，吃了等于吃面粉团。", [DIS]),
        ("阿伯跟你讲，牛肉丸汤天天喝，贫血的人喝一个月，血色素就上来了，不用吃补血药。", [MED]),
        ("老人家骨质疏松，食这个牛筋丸，骨头就硬朗起来，比钙片还顶用。", [MED]),
        ("水开了再下锅，煮到丸子浮起来，再滚两分钟就可以捞了。", [],
         T("absolute/medical look-alike: plain cooking instructions, no claim")),
        ("汕头老街铺面上，这一斤要卖六十八块。", [PRI], N(SPLIT)),
        ("今晚直播间两斤才七十九，等于打了六折还多。", [PRI], N(SPLIT)),
        ("上个月光阿伯这一家就发出去三万二千多斤，整个潮汕没有比阿伯卖得更多的。", [SAL, ABS]),
        ("回头克占了八成，好多人一买就是十斤八斤的。", [SAL],
         H("回头客占了八成，好多人一买就是十斤八斤的。")),
        ("页面上写的已售数量是平台自己统计的，阿伯不乱讲数字。", [],
         T("sales_data_claim look-alike: points to the platform-shown counter, states no figure")),
        ("想要批发的，加阿伯维信，号码就是我手机138 0754 2216。", [OFF],
         H("想要批发的，加阿伯微信，号码就是我手机一三八零七五四二二一六。")),
        ("批发价直播间不好讲，私聊阿伯转账，一斤再便宜八块。", [OFF, PRI]),
        ("汤里下点胡椒，感冒发烧的喝两碗，出身汗就好了。", [MED]),
        ("这个弹性是全世界独一份，丢到地上能弹到膝盖那么高。", [ABS]),
        ("阿伯的丸子跟去年的比，今年牛腿肉的比例又多加了一成。", [],
         T("absolute_claim look-alike: self-comparison within the same seller's product (执法指南 第6条)")),
        ("隔壁当口那个阿强的丸子，用的是死牛肉，你们千万别去买。", [DIS],
         H("隔壁档口那个阿强的丸子，用的是死牛肉，你们千万别去买。")),
        ("冷冻最好放负十八度，三个月内食完。", [],
         T("absolute_claim look-alike: 最好 is a storage tip (执法指南 第6条)")),
        ("零点一过，马上恢复一斤六十八的原价，胶己人抓紧。", [PRI]),
        ("我家丸子在潮汕特产榜上连着三年排头一名。", [ABS, SAL]),
        ("过年摆一盘牛肉丸，团团圆圆，阿伯保你一年财神到家、生意兴隆。", [SUP]),
        ("阿伯最大的心愿，就是让外地的胶己人也食到家乡味。", [],
         T("absolute_claim look-alike: the seller's own wish, no comparison (执法指南 第5条)")),
        ("小孩子不爱吃饭的，食了牛肉丸，鸡食、验食全都调好了。", [MED],
         H("小孩子不爱吃饭的，食了牛肉丸，积食、厌食全都调好了。")),
        ("肚子有毛病、在吃药的，食之前问一下医生，阿伯不是医生。", [],
         T("medical_claim look-alike: advice to ask a doctor, no claim of effect")),
        ("今天拍两斤送一斤，只限今晚这三个钟头，过了就没这个价。", [PRI]),
        ("想做牛肉丸代理的，交五千押金，阿伯包你每个月稳赚一万，亏了我都底。", [INV],
         H("想做牛肉丸代理的，交五千押金，阿伯包你每个月稳赚一万，亏了我兜底。")),
        ("价格就是页面上的七十九两斤，没有划线价，也不搞先涨后降。", [],
         T("price_claim look-alike: plain page price, expressly no reference price")),
        ("网上九块九一斤的那种，你去查查，全是鸭肉冒充的。", [DIS]),
        ("下单就在直播间小黄车，别信那些私信说阿伯本人收款的骗子。", [],
         T("offsite_trade look-alike: keeps payment on the platform and warns against private collection")),
        ("阿伯捶了四十年丸子，最后再提醒一句，收到货先放冰箱。", [],
         T("absolute_claim look-alike: 最后 only marks order (最后提醒)")),
    ]},
    # ------------------------------------------------------------------ t02
    {"id": "t02_lotuspowder", "product": "西湖藕粉", "lines": [
        ("各位游客朋友，跟紧小红旗，我们第一站先到断桥，边走边给大家冲一碗藕粉。", [],
         T("absolute_claim look-alike: 第一站 is an order word")),
        ("这个手削藕粉，是西湖边上所有藕粉里头品质顶顶好的，没得比。", [ABS]),
        ("胃溃疡、胃出血的朋友，早上空腹冲一碗，把胃壁糊牢，溃疡慢慢就长好了。", [MED]),
        ("血压高的阿姨叔叔，每天一碗藕粉，降鸭药可以慢慢减掉。", [MED],
         H("血压高的阿姨叔叔，每天一碗藕粉，降压药可以慢慢减掉。")),
        ("藕粉要先用凉水调开，再冲开水，最好是刚烧开的那种。", [],
         T("absolute_claim look-alike: 最好 is a preparation tip (执法指南 第6条)")),
        ("断桥边上景区小卖部，一盒标的是一百二十八。", [PRI], N(SPLIT)),
        ("跟着导游在直播间拍，一盒五十九，省下来的钱够坐一趟游船。", [PRI], N(SPLIT)),
        ("光今年春天，我们这个团的游客就带走了四万多盒。", [SAL]),
        ("好屏率百分之九十九点八，游客回来十个有九个要再买。", [SAL],
         H("好评率百分之九十九点八，游客回来十个有九个要再买。")),
        ("直播间里显示的评价分数，是平台算出来的，大家自己点进去看。", [],
         T("sales_data_claim look-alike: refers to the platform-shown score, no own figure")),
        ("外面那种速溶藕粉，是土豆淀粉掺香精，一冲就是一碗胶水。", [DIS]),
        ("苏堤那头几家店卖的都是假货，只有我们这家是真藕磨的。", [DIS, ABS]),
        ("想要团购价的，下车以后扫我导游证背面的二维码，加个微信。", [OFF]),
        ("群里每天发内部家，进了群私下付款，我安排直接从仓库发。", [OFF, PRI],
         H("群里每天发内部价，进了群私下付款，我安排直接从仓库发。")),
        ("小孩子拉肚子，藕粉冲得稀一点喝两天，比吃止泻药还灵。", [MED]),
        ("糖尿病的游客，喝之前先看看配料表，血糖的事听医生的。", [],
         T("medical_claim look-alike: disease named only in a caution to follow the doctor")),
        ("今天是西湖藕粉节最后一天优惠，明天早上八点，价格回到一百二十八。", [PRI]),
        ("杭州城里找不出第二家比我们更地道的了，这门手艺就此一家，别无分毫。", [ABS],
         H("杭州城里找不出第二家比我们更地道的了，这门手艺就此一家，别无分号。")),
        ("这一盒里最小的独立包装是三十克，最大的一袋是五百克家庭装。", [],
         T("absolute_claim look-alike: 最小/最大 describe the product's own pack sizes (specification)")),
        ("藕粉清热凉血，流鼻血的小朋友喝一个礼拜，鼻血就再也不流了。", [MED]),
        ("这藕粉是在灵隐寺旁边加持过的，喝了保佑全家平平安安、一顺百顺。", [SUP]),
        ("当导游十二年，我就想着把每一位游客都服务到最周到，这个是我的本分。", [],
         T("absolute_claim look-alike: service attitude, not a product comparison (执法指南 第5条)")),
        ("入股我们的藕粉作坊，一万块一股，年底固定分你两千，藕粉卖不卖得动都不影响。", [INV]),
        ("跟去年的老包装比，今年换成了独立小袋，一袋冲一碗，更好带。", [],
         T("absolute_claim look-alike: comparison with the brand's own earlier packaging")),
        ("藕粉类目我们连续四年全平台卖得最多。", [ABS, SAL]),
        ("藕粉就是普通食品，不是药，身体不舒服还是要去依院。", [],
         T("medical_claim look-alike: denies any drug effect and sends the sick to hospital",
           said="藕粉就是普通食品，不是药，身体不舒服还是要去医院。")),
        ("两盒以上再打八折，错过今天这个导游专享价，明年都等不到。", [PRI]),
        ("一盒五十九，里面二十袋，算下来一袋不到三块钱。", [],
         T("price_claim look-alike: per-unit arithmetic on the one page price, no reference price")),
        ("失眠的游客晚上喝一碗，安神助眠，按眠药都不用再吃了。", [MED],
         H("失眠的游客晚上喝一碗，安神助眠，安眠药都不用再吃了。")),
        ("好了，前方到站平湖秋月，最后提醒各位，下单只认直播间的小黄车。", [],
         T("absolute/offsite look-alike: 最后提醒 is order; buying stays on the platform")),
    ]},
    # ------------------------------------------------------------------ t03
    {"id": "t03_lycopene", "product": "番茄红素软胶囊", "lines": [
        ("各位码农兄弟，今天这个需求的第一步，先把保健食品的蓝帽子标志给大家看清楚。", [],
         T("absolute_claim look-alike: 第一步 is an order word")),
        ("它批的保健功能就一条：有助于抗氧化，本品不能代替药物，这个写在包装背面。", [],
         T("medical_claim look-alike: a 保健食品 stating only its approved function with 本品不能代替药物 (广告法 第18条)")),
        ("前列腺增生的老哥，连吃三个月，半夜起夜从五次降到一次，尿线都变粗了。", [MED]),
        ("天天熬夜写代码的，它能修复受损的干细胞，脂肪肝直接清零。", [MED],
         H("天天熬夜写代码的，它能修复受损的肝细胞，脂肪肝直接清零。")),
        ("抗癌效果是所有保健品里最强的，前列腺癌的风险降一大半。", [MED, ABS]),
        ("吃了它，降脂药可以停了，比他汀还管用。", [MED]),
        ("三十天无效退全款，没有任何副作用，孕妇小孩都放心吃。", [MED]),
        ("最好是随餐吃，番茄红素是脂溶性的，跟着饭里的油吸收更好。", [],
         T("absolute_claim look-alike: 最好 is a usage tip (执法指南 第6条)")),
        ("这是番茄红素赛道的扛把子，纯度在业内排第一位，别人都在追我们的版本。", [ABS]),
        ("某某牌的番茄红素，我们拆过，里面一半是大豆油，拿来糊弄人的。", [DIS]),
        ("耀店卖的那些国产货，原料都是化学合成的，吃多了伤肾。", [DIS],
         H("药店卖的那些国产货，原料都是化学合成的，吃多了伤肾。")),
        ("有慢性病、正在吃药的兄弟，别自己停药，先问医生。", [],
         T("medical_claim look-alike: warning not to stop medicine")),
        ("药房柜台上，这一瓶挂的是三百九十八。", [PRI], N(SPLIT)),
        ("今天咱们直播间，一瓶只要一百四十九，相当于给你打了个骨折。", [PRI], N(SPLIT)),
        ("上线两个月，销量破了十二万瓶，复购率百分之七十三，行业里没人能破这个纪录。", [SAL, ABS]),
        ("一瓶六十粒，一天两粒，刚好吃一个月，一天五块钱不到。", [],
         T("price_claim look-alike: per-day arithmetic on the one price")),
        ("程序员圈子里，十个人有八个都在吃，我们公司整层楼都是回投客。", [SAL],
         H("程序员圈子里，十个人有八个都在吃，我们公司整层楼都是回头客。")),
        ("跟我们家上一版的配方比，这一版每粒的番茄红素含量多了五毫克。", [],
         T("absolute_claim look-alike: self-comparison with the brand's previous formula")),
        ("想走团购的，私信我拿企业危信，发个工牌就给你开内部通道。", [OFF],
         H("想走团购的，私信我拿企业微信，发个工牌就给你开内部通道。")),
        ("这是最后一次迭代价，今晚十二点一过，系统自动回滚到三百九十八。", [PRI]),
        ("包装上最大的那个字是产品名，下面小字写的是适宜人群和不适宜人群。", [],
         T("absolute_claim look-alike: 最大 describes the label's own print size")),
        ("做我们的分销，拉三个同事下单你就回本，每个月保底多拿四千块。", [INV]),
        ("头发掉得厉害的，吃它能把雄激素降下来，脱发三个月就止住。", [MED]),
        ("我最近在改一个bug，顺便跟大家聊聊作息，最好十二点前睡。", [],
         T("absolute_claim look-alike: 最近 is a time word, 最好 a lifestyle tip")),
        ("库存只剩三百瓶，产品经理说这批卖完就停产了。", [SAL]),
        ("心脑血管堵的，吃它能把血管里的斑块融掉，比支架还好。", [MED],
         H("心脑血管堵的，吃它能把血管里的斑块溶掉，比支架还好。")),
        ("我们的客服只在平台上，让你加私人账号转账的都是假的，直接举报。", [],
         T("offsite_trade look-alike: warns against private accounts, keeps service on platform")),
        ("它是全世界最顶的番茄红素，维C维E都差它几条街。", [ABS]),
        ("这款不能当药用，身体真有毛病要去医院看，别把它当万能的。", [],
         T("medical_claim look-alike: not-a-medicine statement and advice to see a doctor")),
        ("程序员都懂，吃了它等于给服务器开了光，上线零bug、升职加薪。", [SUP]),
    ]},
    # ------------------------------------------------------------------ t04
    {"id": "t04_eyepatch", "product": "眼膜贴", "lines": [
        ("嘘……戴好耳机，宝贝们，今晚我们小小声，第一片先贴左眼。", [],
         T("absolute_claim look-alike: 第一片 is an order word")),
        ("这一对贴上去二十分钟，眼周的色斑、黑色素，一点一点地淡掉……", [COS]),
        ("眼周敏感的宝贝别怕，它抗闽，还能销炎，红血丝第二天就退了。", [COS],
         H("眼周敏感的宝贝别怕，它抗敏，还能消炎，红血丝第二天就退了。")),
        ("麦粒肿、结膜炎的也能贴，里面有抑菌成分，把炎症压下去。", [MED, COS]),
        ("最好是洗完脸、擦干以后再贴，贴的时候别压到睫毛根。", [],
         T("absolute_claim look-alike: 最好 is a usage tip")),
        ("这是我用过的几百款眼膜里，唯一一款能把眼周斑点真正淡掉的，宇宙无敌。", [ABS, COS]),
        ("黑眼圈是色素型的，贴一个礼拜，眼下那一圈直接白回来。", [COS]),
        ("它是普通化妆品备案，不是特证产品，所以我不跟你们讲美白祛斑那些。", [],
         T("cosmetic_claim look-alike: 美白祛斑 named only to deny them; ordinary-registration statement")),
        ("专柜小姐姐那边，一盒三十对要三百六十块哦……", [PRI], N(SPLIT)),
        ("今晚关了灯在这儿，一百零九块，悄悄的，只有现在这个价。", [PRI], N(SPLIT)),
        ("这个月已经卖了十七万盒，深夜场的宝贝们回购了一遍又一遍。", [SAL]),
        ("左下角那个已拍件数是平台实时显示的，不是我嘴上说的。", [],
         T("sales_data_claim look-alike: platform-shown counter, no own figure")),
        ("眼睛是心灵的窗户，相书上说眼周亮了就转运，贴它等于给自己改运势。", [SUP]),
        ("那些几块钱一片的便宜货，是工厂边脚料，贴多了会长脂肪粒、烂眼皮。", [DIS],
         H("那些几块钱一片的便宜货，是工厂边角料，贴多了会长脂肪粒、烂眼皮。")),
        ("想要试用装的宝贝，悄悄私信我，我用小号微信发你链接。", [OFF]),
        ("跟我们去年那一版比，今年的凝胶更厚一点，贴着不容易滑。", [],
         T("absolute_claim look-alike: self-comparison with the brand's own earlier version")),
        ("眼睛干涩、干眼症的宝贝，贴一个月，眼药水都不用滴了，这是效果最好的护眼神器。", [MED, ABS]),
        ("深夜场护肤类里，它连续十一周第一名，没有谁能超过。", [ABS, SAL]),
        ("眼睛要是肿痛、流眼泪，别贴了，明天去眼科看看，好不好。", [],
         T("medical_claim look-alike: advice to stop use and see a doctor")),
        ("眼角的小痘痘、闭口，贴两晚就不见了……", [COS]),
        ("零点一过，就恢复三百六十的原价了，宝贝们抓紧……", [PRI]),
        ("一盒三十对，一晚一对，一百零九块摊下来一晚三块六。", [],
         T("price_claim look-alike: per-night arithmetic on the one price")),
        ("仓库只剩最后九十盒，卖完这一批，下一批要等三个月。", [SAL]),
        ("我的小心愿，就是陪你们把每个失眠的夜晚都过得舒服一点。", [],
         T("medical/absolute look-alike: the host's wish; no effect is claimed")),
        ("失眠的宝贝贴着睡，它能调节神经，比安棉药温和多了。", [MED],
         H("失眠的宝贝贴着睡，它能调节神经，比安眠药温和多了。")),
        ("最后一片，我们贴右眼……嘘，听，沙沙的声音。", [],
         T("absolute_claim look-alike: 最后一片 is an order word")),
        ("眼周那些小斑点，用完三盒就淡没了，比脸上还白一个度。", [COS]),
        ("做我们的夜猫代理，一个月不用囤货，保底赚三千。", [INV]),
        ("这个价就是页面上标的一百零九，平时也是这个数，我不拿别的价来比。", [],
         T("price_claim look-alike: plain page price, expressly no comparison price")),
        ("加了薇信的宝贝，我私下转帐再给你便宜二十。", [OFF, PRI],
         H("加了微信的宝贝，我私下转账再给你便宜二十。")),
    ]},
    # ------------------------------------------------------------------ t05
    {"id": "t05_snailcream", "product": "蜗牛原液面霜", "lines": [
        ("我是大伟，旁边是小琪，我俩今天头一回搭档卖面霜，您多包涵。", [],
         T("absolute_claim look-alike: 头一回 is a time/order word")),
        ("小琪你摸摸我这脸，抹了一个月，痘坑痘印全平了，是不是？", [COS]),
        ("那可不，我这晒黑的脖子，抹了它整整白了两个度。", [COS]),
        ("蜗牛粘液抗君消炎，脸上长湿诊的抹三天就好。", [COS, MED],
         H("蜗牛黏液抗菌消炎，脸上长湿疹的抹三天就好。")),
        ("最好是晚上洗完脸，先拍水，再挖黄豆大小一块抹开。", [],
         T("absolute_claim look-alike: 最好 is a usage tip")),
        ("大伟：这是美白霜里的祖师爷。小琪：祖师爷都得叫它一声师傅，全世界没有更白的。", [ABS, COS]),
        ("小琪：这罐是在庙里开过光的，抹了人缘好、桃花旺。大伟：桃花运挡都挡不住！", [SUP]),
        ("还有直播间那些九块九的蜗牛霜，就是猪油加色诉，谁买谁上当。", [DIS],
         H("还有直播间那些九块九的蜗牛霜，就是猪油加色素，谁买谁上当。")),
        ("敏感肌、激素脸、红血丝，它能抗过敏，一抹就稳定了。", [COS, MED]),
        ("包装上写的是保湿滋润，没写的功效咱俩一个字都不编。", [],
         T("cosmetic_claim look-alike: sticks to the ordinary moisturising claim on the label")),
        ("小琪：商场专柜上这一罐卖四百九十九。", [PRI], N(SPLIT)),
        ("大伟：今天咱哥俩做主，一罐一百二十九，还送一支同款小样。", [PRI], N(SPLIT)),
        ("我俩这搭档三年，这款卖了二十六万罐，评论区全是好评。", [SAL]),
        ("回够的姐妹占七成，有人一年买了十二罐。", [SAL],
         H("回购的姐妹占七成，有人一年买了十二罐。")),
        ("页面上写着店铺评分四点八，那是平台给的分，您自己去看。", [],
         T("sales_data_claim look-alike: platform-shown shop score, no own figure")),
        ("头发稀的姐妹，抹点在发际线，能长出小绒毛来。", [COS]),
        ("小琪：想拿代理的加我微信，大伟的手机号一五九零二二七三三八一。", [OFF]),
        ("大伟：代理零门槛，拿货以后卖不完公司全收回，稳稳挣钱不亏本。", [INV]),
        ("跟我们家上一代老配方比，这一代的原液浓度从百分之八十提到了九十。", [],
         T("absolute_claim look-alike: self-comparison within the brand")),
        ("脸上烫伤的疤、手术疤，抹两个月，疤就找不着了。", [COS, MED]),
        ("今晚这价就到十二点，过了恢复四百九十九，你后悔都来不及。", [PRI]),
        ("小琪：孕期能不能用？大伟：拿不准的话，先问问你的产科医生。", [],
         T("medical_claim look-alike: refers the question to a doctor, claims nothing")),
        ("黄气、暗沉全都退掉，整个人白得发光。", [COS],
         H("黄气、暗沉全都褪掉，整个人白得发光。")),
        ("我俩最大的心愿就是把这个小店慢慢做好，回头客多一点。", [],
         T("absolute/sales look-alike: the sellers' wish; no figure and no comparison")),
        ("面霜类目销量冠军，连着蝉联了二十个月。", [ABS, SAL]),
        ("一罐五十克，早晚各用一次，差不多能用两个月。", [],
         T("price/sales look-alike: net content and usage, a specification")),
        ("库存只剩一百二十罐，说完这句话可能就只剩一百了。", [SAL]),
        ("小琪：这个罐子上的蜗牛图案是我们商标，不是说它有什么寓意。", [],
         T("superstition look-alike: trademark picture with an express denial of any meaning")),
        ("最后提醒一句，过敏体质的先在耳后试一试，没反应再用。", [],
         T("absolute/cosmetic look-alike: 最后提醒 is order; a patch-test tip, not 抗敏")),
        ("要私下拿货的，直接转账到大伟的支付保，便宜三十。", [OFF, PRI],
         H("要私下拿货的，直接转账到大伟的支付宝，便宜三十。")),
    ]},
    # ------------------------------------------------------------------ t06
    {"id": "t06_heater", "product": "油汀电暖器", "lines": [
        ("观众朋友们晚上好，受强冷空气影响，今年入冬以来最强的一波寒潮正在南下。", [],
         T("absolute_claim look-alike: a time-bounded weather fact, not about the product")),
        ("这台油汀电暖器，升温速度是取暖器里的气象级顶配，世界第一快。", [ABS]),
        ("老寒腿、风湿性关节炎，在它边上烤一冬天，开春就不疼了。", [MED]),
        ("它发的远红外线能输通血管，关心病的老人烤着烤着，胸口就不闷了。", [MED],
         H("它发的远红外线能疏通血管，冠心病的老人烤着烤着，胸口就不闷了。")),
        ("功率最大两千二百瓦，最小档八百瓦，小房间开最小档就够。", [],
         T("absolute_claim look-alike: 最大/最小 are the product's own power specification")),
        ("家电卖场里，同款挂着一千二百九十九。", [PRI], N(SPLIT)),
        ("今晚寒潮特价，直播间只要三百九十九，比卖场少了九百，全网最便宜。", [PRI, ABS], N(SPLIT)),
        ("入冬以来，已经有二十三万户人家把它搬回了家。", [SAL]),
        ("北方地区的回头客，去年买一台今年又添两台，复够率六成。", [SAL],
         H("北方地区的回头客，去年买一台今年又添两台，复购率六成。")),
        ("屏幕右上角显示的在线人数是平台数的，我这儿不报销量。", [],
         T("sales_data_claim look-alike: platform-shown viewer counter, no sales figure")),
        ("某某牌的小太阳，辐射超标，烤久了孩子会白血病。", [DIS]),
        ("网上卖一两百的那种暖风机，用的是翻新电鸡，一开就冒烟起火。", [DIS],
         H("网上卖一两百的那种暖风机，用的是翻新电机，一开就冒烟起火。")),
        ("跟我们家前年那一款比，今年加了一组散热片，出热更匀。", [],
         T("absolute_claim look-alike: self-comparison with the brand's earlier model")),
        ("它自带加湿，干燥引起的鼻炎、咽炎，开着睡一晚就好了。", [MED]),
        ("孩子怕冷爱感冒的，家里放一台，一冬天不生病，药都省了。", [MED]),
        ("有心脏病、高血压的老人，冬天注意保暖，不舒服赶紧就医，别光靠取暖。", [],
         T("medical_claim look-alike: diseases named in a warning to see a doctor")),
        ("想要批量采购的单位，拨打我们的热线，一三七一八八二零六四五，私下给你报价。", [OFF]),
        ("进我们的粉丝微信群，群里下单比直播间还便宜五十。", [OFF, PRI]),
        ("本台节目提醒，最好别在上面晾衣服，离床和窗帘保持一米远。", [],
         T("absolute_claim look-alike: 最好 is a safety tip")),
        ("它的安全性能是全国最高的，绝对不会烫伤、不会漏点。", [ABS],
         H("它的安全性能是全国最高的，绝对不会烫伤、不会漏电。")),
        ("明天冷空气过境以后，价格马上回调到一千二百九十九，抓紧下单。", [PRI]),
        ("一级能校，一度电大约能开两个小时，具体看档位。", [],
         T("absolute_claim look-alike: 一级能效 is a grade under the national standard",
           said="一级能效，一度电大约能开两个小时，具体看档位。")),
        ("库里只剩最后一百五十台，寒潮一来就得断货。", [SAL]),
        ("我们的售后宗旨就是，天再冷也要让您第一时间找到人，全力服务到位。", [],
         T("absolute_claim look-alike: service attitude; 第一时间 is a time phrase")),
        ("取暖器摆在家里财位上，暖气一冲，驱寒也驱霉运，一冬天财运旺旺的。", [SUP]),
        ("一台三百九十九，保修三年，上门安装另外不收费。", [],
         T("price_claim look-alike: plain price and service terms, no comparison")),
        ("动疮的孩子，手脚放在它边上烤一烤，动疮三天结痂脱落。", [MED],
         H("冻疮的孩子，手脚放在它边上烤一烤，冻疮三天结痂脱落。")),
        ("只有我们这一台是真正的安全取暖器，其他牌子全是定时炸弹。", [ABS, DIS]),
        ("以上是今晚的天气和好物播报，最后一条，出门记得戴手套。", [],
         T("absolute_claim look-alike: 最后一条 is an order word")),
        ("它的热量透进肺里，老慢支的人烤一个月，一冬天都不犯了。", [MED]),
    ]},
    # ------------------------------------------------------------------ t07
    {"id": "t07_drill", "product": "锂电电钻", "lines": [
        ("师傅们收工了没？今天第一件事，先把钻头换上，给大家打个孔看看。", [],
         T("absolute_claim look-alike: 第一件事 is an order word")),
        ("这把钻的扭力，工具圈里排第一，什么墙都是一钻到底。", [ABS]),
        ("最高转速一千八百转，最大扭矩六十牛米，参数都印在机身上。", [],
         T("absolute_claim look-alike: 最高/最大 are the tool's own technical parameters")),
        ("某某牌电钻，外壳是回收塑料，摔一下就碎，电池半年就鼓包。", [DIS]),
        ("五金店那种杂牌钻，电机是柴机件，用三天就烧。", [DIS],
         H("五金店那种杂牌钻，电机是拆机件，用三天就烧。")),
        ("建材市场五金店里，这一套挂六百八。", [PRI], N(SPLIT)),
        ("咱们直播间两块电池带充电器，两百八十八，师傅们自己算。", [PRI], N(SPLIT)),
        ("全国的装修队，用我们这把钻的已经超过十四万个师傅。", [SAL]),
        ("工地上十个电工有七个回来复购，第二把给徒弟买。", [SAL]),
        ("小黄车里能看到买家评价，好的差的都在那，您自己翻。", [],
         T("sales_data_claim look-alike: points to platform reviews, states no figure")),
        ("握把是磁疗的，腱鞘炎、网球肘的师傅，干一个月活手就不疼了。", [MED]),
        ("它震动小，还能按摩手腕，治晚管综合征比贴膏药强。", [MED],
         H("它震动小，还能按摩手腕，治腕管综合征比贴膏药强。")),
        ("打混凝土最好用冲击档，打木头切回普通档，别搞反了。", [],
         T("absolute_claim look-alike: 最好 is a usage tip")),
        ("要批发的老板，留个电话在公屏，我私下加你微信谈。", [OFF]),
        ("工程队集采的，进我们的师傅交流区，区里现金交易另有优惠。", [OFF, PRI],
         H("工程队集采的，进我们的师傅交流群，群里现金交易另有优惠。")),
        ("跟我们家上一代老款比，这一代轻了三百克，举过头顶打孔不累。", [],
         T("absolute_claim look-alike: self-comparison within the brand")),
        ("这是我见过最抗造的电钻，从五楼扔下去照样能用，谁家都比不了。", [ABS]),
        ("今天晚上十一点以前下单的才有这个价，过点就回到六百八。", [PRI]),
        ("电池是两块二十伏的四安时，一块充满大概一个钟头。", [],
         T("price/absolute look-alike: plain specification")),
        ("想开五金店的兄弟，加盟我们的工具专卖，三个月回本，公司包销不怕压货。", [INV]),
        ("加盟费交三万，每个月保底分你八千，一年稳赚九万多。", [INV]),
        ("干活一定戴护目镜，伤到眼睛赶紧上医院，别自己揉。", [],
         T("medical_claim look-alike: safety warning to see a doctor")),
        ("裤房里只剩最后60套了，下一批得等工厂排产。", [SAL],
         H("库房里只剩最后六十套了，下一批得等工厂排产。")),
        ("我干了二十年水电，最大的愿望就是让每个师傅手里都有把趁手的家伙。", [],
         T("absolute_claim look-alike: the seller's aspiration (执法指南 第5条)")),
        ("开工那天用它打第一个孔，保佑工地平平安安，一年活儿不断。", [SUP]),
        ("一套两百八十八，两块电池一个充电器一个工具箱，全写在详情页上。", [],
         T("price_claim look-alike: itemised plain price, no reference price")),
        ("全行业就我们家电池敢保五年，别家那都是糊弄人的垃圾。", [ABS, DIS]),
        ("电动工具品类连续三年销量第一。", [ABS, SAL]),
        ("最后再说一遍，收货先验机，有问题在平台上申请售后。", [],
         T("absolute/offsite look-alike: 最后 is order; after-sales stays on the platform")),
        ("工地价只今天有，明天恢复圆价，别说我没提醒。", [PRI],
         H("工地价只今天有，明天恢复原价，别说我没提醒。")),
    ]},
    # ------------------------------------------------------------------ t08
    {"id": "t08_nannytraining", "product": "月嫂培训班", "lines": [
        ("老妹儿们晚上好，大姐今天第一堂课先跟你们唠唠月嫂这行是干嘎哈的。", [],
         T("absolute_claim look-alike: 第一堂课 is an order word")),
        ("在咱这儿学完，一个月工资保底一万二，挣不到大姐给你补齐。", [INV]),
        ("学费交了，三个月就回笨，干一年稳稳当当挣十五万。", [INV],
         H("学费交了，三个月就回本，干一年稳稳当当挣十五万。")),
        ("咱这培训学校是东三省最牛的，出来的月嫂全国第一抢手。", [ABS]),
        ("这些年大姐带出来的学员，足足有两万六千多个。", [SAL]),
        ("学员满意杜百分之百，没有一个说不好的。", [SAL],
         H("学员满意度百分之百，没有一个说不好的。")),
        ("课程表在详情页，第一周学护理，最后一周到医院产科实习。", [],
         T("absolute_claim look-alike: 第一周/最后一周 are order words")),
        ("咱教的小儿推拿手法，新生儿黄疸按三天就退，不用去医院照蓝光。", [MED]),
        ("产妇乳腺炎，咱月嫂一揉就通，消炎药都不用吃，手法全国最灵。", [MED, ABS]),
        ("宝宝发烧、黄疸老不退的，月嫂要第一时间劝家里人上医院，这个是课上的规矩。", [],
         T("medical_claim look-alike: diseases named in a rule to send the baby to hospital")),
        ("别家培训班都是骗钱的，学完连个奶瓶都不会刷，证书都是假的。", [DIS]),
        ("某某家正那帮人，培训七天就往外派，出了事就跑路。", [DIS],
         H("某某家政那帮人，培训七天就往外派，出了事就跑路。")),
        ("咱学校前台的收费单上，全套课是九千八百块。", [PRI], N(SPLIT)),
        ("直播间报名，三千九百八就能上，一分不多收。", [PRI], N(SPLIT)),
        ("学费就一个价三千九百八，包含教材和实习，不另外收钱。", [],
         T("price_claim look-alike: the one plain fee with what it includes")),
        ("报名别在平台上拍了，加大姐微信，我给你发收款码。", [OFF]),
        ("私下转帐给大姐，学费再给你剪五百。", [OFF, PRI],
         H("私下转账给大姐，学费再给你减五百。")),
        ("咱不承诺你一定能挣多少钱，工资高低看你自己干得咋样。", [],
         T("investment_claim look-alike: expressly refuses to promise income")),
        ("下期只剩最后十五个名额，手慢就得等明年。", [SAL]),
        ("大姐是全国唯一一个带出过三百个金牌月嫂的老师。", [ABS]),
        ("最好是有生过孩子的经验再来学，上手能快一些。", [],
         T("absolute_claim look-alike: 最好 is advice")),
        ("过了今晚十二点，学费恢复到九千八，别怪大姐没提醒。", [PRI]),
        ("大姐这辈子最大的盼头，就是让咱东北老妹儿都有个正经手艺。", [],
         T("absolute_claim look-alike: the seller's aspiration")),
        ("学完推荐三个人来报名，每个人头返你一千，躺着都挣钱。", [INV]),
        ("咱这产后修复手法，子宫脱垂、盆腔严都能调好。", [MED],
         H("咱这产后修复手法，子宫脱垂、盆腔炎都能调好。")),
        ("跟咱学校前年的老课程比，今年多加了两节营养餐课。", [],
         T("absolute_claim look-alike: self-comparison with the school's own earlier course")),
        ("咱教室挂着送子观音，学员来拜一拜，上户个个顺顺当当、财源滚滚。", [SUP]),
        ("平台上显示的报名人数是系统统计的，大姐不往上加。", [],
         T("sales_data_claim look-alike: platform-shown sign-up counter")),
        ("咱月嫂做的月子餐，能把产后抑郁调好，比吃药强。", [MED]),
        ("最后说一句，签约都在平台订单里走，合同条款写得明明白白。", [],
         T("offsite/absolute look-alike: 最后 is order; contracting stays on the platform")),
    ]},
    # ------------------------------------------------------------------ t09
    {"id": "t09_teatree", "product": "古茶树认养", "lines": [
        ("老表们好，我在勐海的寨子里，今天第一次带大家上布朗山看古茶树。", [],
         T("absolute_claim look-alike: 第一次 is a time/order word")),
        ("认养一棵百年古茶树，一年八千，每年保底返你两万块的茶钱。", [INV]),
        ("古树茶只涨不跌，认养三年本钱翻翻，零风险。", [INV],
         H("古树茶只涨不跌，认养三年本钱翻番，零风险。")),
        ("比存银行强一百倍，这是全中国回报最稳的一门生意。", [INV, ABS]),
        ("我们这片是整个云南海拔最高、树龄最老的茶山，没人比得了。", [ABS]),
        ("这棵树最高大概八米多，树龄是林业站挂的牌子上写的，你们看镜头。", [],
         T("absolute_claim look-alike: the tree's own height and an official label (provable fact)")),
        ("已经有一万三千个老板认养了，山上的树快被认完了。", [SAL]),
        ("只剩最后二十七颗了，今天不定下来，明天就被别人认走。", [SAL],
         H("只剩最后二十七棵了，今天不定下来，明天就被别人认走。")),
        ("古树茶刮油降脂，喝上半年，高血脂、脂肪肝全都没了。", [MED]),
        ("肾结实的老表喝这个茶，石头都能冲出来，手术都省了。", [MED],
         H("肾结石的老表喝这个茶，石头都能冲出来，手术都省了。")),
        ("茶是普通食品，身体有病的还是去医院，不能靠喝茶。", [],
         T("medical_claim look-alike: ordinary-food statement and advice to see a doctor")),
        ("某某茶叶公司卖的古树茶，都是台地茶拿来冒充的，骗你们外地人。", [DIS]),
        ("外面那些认养项目都是空手套白狼，树都没有，就是圈钱。", [DIS]),
        ("投资有风险，茶价有涨有迭，往年的行情不能说明以后。", [],
         T("investment_claim look-alike: risk disclaimer, no promised return",
           said="投资有风险，茶价有涨有跌，往年的行情不能说明以后。")),
        ("想认养的老表加我微信，合同我私下快递给你，不走平台。", [OFF]),
        ("钱直接打到合作社的个人帐户，年底分洪一分不少。", [OFF, INV],
         H("钱直接打到合作社的个人账户，年底分红一分不少。")),
        ("最好是清明前后来山上，头春的芽最嫩，采茶季欢迎来寨子里。", [],
         T("absolute_claim look-alike: 最好 is a visiting tip; 最嫩 describes the season's own buds")),
        ("勐海茶叶市场里，这样的古树茶一饼要一千六。", [PRI], N(SPLIT)),
        ("认养的老表，直播间一饼只算四百五，买得越多越划算。", [PRI], N(SPLIT)),
        ("春茶节一过，认养价立马涨到一万二，现在是最后的底价。", [PRI]),
        ("一饼三百五十七克，七饼一提，这是老规矩的重量。", [],
         T("price_claim look-alike: plain weight specification")),
        ("这棵是寨子里的神树，老人每年祭过，认养了保佑你财运亨通、家宅平安。", [SUP]),
        ("寨子里每年有祭茶祖的习俗，是我们布朗族的老传统，不是说能保佑什么。", [],
         T("superstition look-alike: a custom described with an express denial of effect")),
        ("认养项目我们在全网排名第一，好评一条一条刷都刷不完。", [ABS, SAL]),
        ("我们合作社最大的心愿，就是让寨子里的娃娃都能去县城读书。", [],
         T("absolute_claim look-alike: the seller's aspiration")),
        ("认养满五年，公司按原价把树回够，本金一分不亏。", [INV],
         H("认养满五年，公司按原价把树回购，本金一分不亏。")),
        ("认养费在平台下单，付款走平台，合同电子版在订单里能下载。", [],
         T("offsite_trade look-alike: payment and contract stay on the platform")),
        ("常喝古树茶能防癌抗癌，我们寨子里的老人从来没有得癌症的。", [MED]),
        ("跟我们去年的春茶比，今年雨水足，汤色要更亮一点。", [],
         T("absolute_claim look-alike: comparison with the seller's own last-year tea")),
        ("带一个朋友来认养，你拿他认养费的百分之二十，拉得越多挣得越多。", [INV]),
    ]},
    # ------------------------------------------------------------------ t10
    {"id": "t10_porcelain", "product": "景德镇青花梅瓶", "lines": [
        ("各位藏友，本场第一件拍品，景德镇手绘青花梅瓶，请看大屏幕。", [],
         T("absolute_claim look-alike: 第一件 is an order word")),
        ("这是当代青花瓷里的魁首，国宝级的手艺，全国找不出第二件。", [ABS]),
        ("今天落槌的价，三年以后拍出去起码是现在的四五倍，只赚不赔。", [INV]),
        ("大师年纪大了，以后作品只会越来越少，价格稳涨不跌，保质又增值。", [INV],
         H("大师年纪大了，以后作品只会越来越少，价格稳涨不跌，保值又增值。")),
        ("瓶高最高四十二公分，最宽的肚子二十六公分，尺寸证书上都有。", [],
         T("absolute_claim look-alike: 最高/最宽 are the piece's own dimensions")),
        ("这件在画廊里标价是八万八。", [PRI], N(SPLIT)),
        ("今天直播间起拍价只要一万二千八，等于白送。", [PRI], N(SPLIT)),
        ("大师的瓷瓶去年在我们直播间拍出了六百多件，件件都被藏友抢光。", [SAL]),
        ("别的直播间卖的那些青花，都是贴花机器印的，一文不值。", [DIS]),
        ("某某瓷器行的大师瓶，是工厂流水线带工，大师一笔都没化过。", [DIS],
         H("某某瓷器行的大师瓶，是工厂流水线代工，大师一笔都没画过。")),
        ("收藏有风险，瓷器行情有起有落，我不替任何人担保以后的价钱。", [],
         T("investment_claim look-alike: collecting-risk disclaimer")),
        ("这只梅瓶请师父开过光，摆在客厅能镇宅招财。", [SUP]),
        ("瓶身画的是五福捧寿，摆在床头，保有老人家长命百岁、逢凶化吉。", [SUP],
         H("瓶身画的是五福捧寿，摆在床头，保佑老人家长命百岁、逢凶化吉。")),
        ("五福捧寿是传统的纹样，图个好看喜庆，不是说摆了就能长寿。", [],
         T("superstition look-alike: traditional pattern with an express denial of effect")),
        ("出价高的藏友，私信我留个电话，拍下来以后线下交割。", [OFF]),
        ("加我工作微信的老藏友，私下成交再让两千。", [OFF, PRI]),
        ("一次，两次，最后一次，成交！恭喜九号藏友。", [],
         T("absolute_claim look-alike: 最后一次 is auction order")),
        ("我们是全网瓷器拍卖成交额最高的直播间，连续五年第一。", [ABS, SAL]),
        ("跟着我们收藏，每年帮你回购一次，年化收益百分之十八，白纸黑字。", [INV]),
        ("最好是放在博古架上，别放在阳光直射、孩子够得着的地方。", [],
         T("absolute_claim look-alike: 最好 is a placement tip")),
        ("今天下单的藏友里，久成都是回头来第二次第三次拍的。", [SAL],
         H("今天下单的藏友里，九成都是回头来第二次第三次拍的。")),
        ("跟大师前几年的作品比，这一批的青花发色更沉稳一些。", [],
         T("absolute_claim look-alike: comparison within the same maker's own work")),
        ("落槌以后马上恢复画廊价，今晚错过就没有这个捡漏价了。", [PRI]),
        ("大师拿过的那个省工艺美术展金奖，证书编号在详情页上能查。", [],
         T("absolute_claim look-alike: a lawful, verifiable award")),
        ("这一款只烧了八十八只，到现在只剩最后四只。", [SAL]),
        ("平台显示的出价次数是系统记的，我这边一个托都不安排。", [],
         T("sales_data_claim look-alike: platform-shown bid counter")),
        ("青花瓷的釉能释放负离子，摆在卧室，失眠、偏头痛慢慢都好了。", [MED]),
        ("那些网红主播卖的仿古瓷，铅含量超标，放家里孩子会中毒。", [DIS]),
        ("我们拍卖行最大的追求，就是让每一件东西都找到真心喜欢它的人。", [],
         T("absolute_claim look-alike: business philosophy (执法指南 第5条)")),
        ("这一摇是大师封笔之作，世上绝无仅有，过了今天再也见不到。", [ABS],
         H("这一窑是大师封笔之作，世上绝无仅有，过了今天再也见不到。")),
    ]},
    # ------------------------------------------------------------------ t11
    {"id": "t11_walkingcane", "product": "老人智能拐杖", "lines": [
        ("叔叔阿姨们，跳完广场舞歇一歇，咱们第一个节目，先看看这根拐杖。", [],
         T("absolute_claim look-alike: 第一个节目 is an order word")),
        ("它最大的特点是摔倒了会自动报警，给子女手机打电话，这是它本身的功能。", [],
         T("absolute_claim look-alike: 最大的特点 ranks the product's own features, no comparison with others")),
        ("手柄上有磁石，拄着它走路，高血压、头晕慢慢就稳住了。", [MED]),
        ("它带的脉冲按摩，怕金森老人手抖，用三个月明显不抖了。", [MED],
         H("它带的脉冲按摩，帕金森老人手抖，用三个月明显不抖了。")),
        ("膝关节退化、半月板损伤，拄着它走一年，软骨都长回来了。", [MED]),
        ("这是全世界最聪明的拐杖，老年用品里没有比它更先进的。", [ABS]),
        ("拐杖最高能调到九十五公分，最矮七十二公分，个子高矮都能用。", [],
         T("absolute_claim look-alike: 最高/最矮 are the product's own adjustment range")),
        ("医疗器械店里，这一根卖一千零八十。", [PRI], N(SPLIT)),
        ("咱社区团购直播，一根只要三百六十八，阿姨们捂着嘴偷着乐吧。", [PRI], N(SPLIT)),
        ("咱们这个区已经有三千多位老人拄上了，全国卖了九万多根，同类产品里销量最大。", [SAL, ABS]),
        ("李阿姨买完又给她老姐妹买了四根，会购的老人占了一大半。", [SAL],
         H("李阿姨买完又给她老姐妹买了四根，回购的老人占了一大半。")),
        ("家里老人有心脑血管病的，药照样按时吃，拐杖只是帮着走路，不是药。", [],
         T("medical_claim look-alike: tells users not to stop medicine; not-a-medicine statement")),
        ("药店卖的那种普通拐杖，铝管太薄，王大爷就是拄那个摔断了腿。", [DIS]),
        ("某某牌的智能拐杖，定为是假的，报警根本打不出去，纯属糊弄老人。", [DIS],
         H("某某牌的智能拐杖，定位是假的，报警根本打不出去，纯属糊弄老人。")),
        ("子女在外地的，加我微信，我上门给老人送货，钱当面给我就行。", [OFF]),
        ("社区老年活动群，进群的阿姨我私下给你们流货。", [OFF],
         H("社区老年活动群，进群的阿姨我私下给你们留货。")),
        ("最好是先在家里平地上走几圈，习惯了再拄着出门。", [],
         T("absolute_claim look-alike: 最好 is a usage tip")),
        ("它测血氧测心率，比医院的仪器还准，心脏病一发作马上就能预警，百分之百救命。", [MED, ABS]),
        ("今天团购价就到散场，明天一早就涨回一千零八十。", [PRI]),
        ("咱居委会最大的心愿，就是让每个老人出门都有人惦记着。", [],
         T("absolute_claim look-alike: aspiration, no product claim")),
        ("阿姨们帮着在社区推，卖出一根返六十，一个月保底挣两千，比退休金还多。", [INV]),
        ("跟咱们去年卖的那一代比，新的这根电池能多用三天。", [],
         T("absolute_claim look-alike: self-comparison with the earlier generation")),
        ("拐杖头雕的是龙头，老人拄着，龙气护身，一年到头顺顺当当，小人都近不了身。", [SUP]),
        ("一根三百六十八，送两节备用电池，运费平台包了。", [],
         T("price_claim look-alike: plain price with a gift, no comparison")),
        ("糖尿病脚麻的，每天拄着它走两千步，脚上的知觉就回来了，不用再打胰岛素。", [MED]),
        ("老人要是摔了起不来，先别急着扶，打一百二十叫急救，这个大家记住。", [],
         T("medical_claim look-alike: first-aid advice, no effect claimed")),
        ("全国就咱这一款是真智能，别家全是贴个标签骗钱的。", [ABS, DIS]),
        ("骨质书松的老人拄上它，骨头就不会再脆了，摔了也不骨折。", [MED],
         H("骨质疏松的老人拄上它，骨头就不会再脆了，摔了也不骨折。")),
        ("详情页里有老人们的买家秀，好坏都在那儿挂着。", [],
         T("sales_data_claim look-alike: points to platform reviews without a figure")),
        ("中风后遗症的老人，天天拄着它练，半边身子都能恢复利索。", [MED]),
    ]},
    # ------------------------------------------------------------------ t12
    {"id": "t12_redstring", "product": "本命年红绳金珠", "lines": [
        ("啪！列位看官，书接上回，今儿第一回，说说这根本命年的红绳。", [],
         T("absolute_claim look-alike: 第一回 is an order word")),
        ("这红绳在五台山开过光，戴上它，本命年的太岁就冲不着您。", [SUP]),
        ("中间这颗金珠是专运珠，戴上半年，倒霉事一件一件都转走了。", [SUP],
         H("中间这颗金珠是转运珠，戴上半年，倒霉事一件一件都转走了。")),
        ("做买卖的戴它，财神爷天天登门，钱袋子鼓得系不上。", [SUP]),
        ("列位，十里八乡的大师都说，论灵验，全天下它排头一号。", [SUP, ABS]),
        ("本命年系红绳是咱老百姓的习素，图个喜庆，说书的不敢说它能管什么事。", [],
         T("superstition look-alike: a custom with an express denial of effect",
           said="本命年系红绳是咱老百姓的习俗，图个喜庆，说书的不敢说它能管什么事。")),
        ("红绳是朱砂泡过的，小孩戴着晚上不惊不闹，夜惊、多汗都好了。", [MED]),
        ("老人戴上它，血压平稳，心荒气短的毛病都没了。", [MED],
         H("老人戴上它，血压平稳，心慌气短的毛病都没了。")),
        ("金珠是足金的，最小一颗零点五克，最大一颗三克，克重写在证书上。", [],
         T("absolute_claim look-alike: 最小/最大 are the product's own weights")),
        ("金店柜台上，这么一颗小金珠连工带料要一千二。", [PRI], N(SPLIT)),
        ("今儿说书场上，红绳连金珠只要三百九十九。", [PRI], N(SPLIT)),
        ("话说这红绳，光今年就卖出去十八万根，排队的能从天桥排到前门。", [SAL]),
        ("戴过的客官九城回来再请一根，给家里人都戴上。", [SAL],
         H("戴过的客官九成回来再请一根，给家里人都戴上。")),
        ("屏幕上那个已拍件数，是平台系统记的，说书的从不往上添油加醋。", [],
         T("sales_data_claim look-alike: platform-shown counter")),
        ("别家卖的红绳，是化纤染的红，一出汗就掉色，金珠是镀金的铜疙瘩。", [DIS]),
        ("某某银楼的转运珠，那是铜心包一层金薄，坑人呢。", [DIS],
         H("某某银楼的转运珠，那是铜芯包一层金箔，坑人呢。")),
        ("话说这红绳最好别沾热水，洗澡的时候摘下来，颜色能保得久些。", [],
         T("absolute_claim look-alike: 最好 is a care tip")),
        ("要请开光的大金珠的，私信说书人，我拿私人电话跟您细聊。", [OFF, SUP]),
        ("加说书人的威信，按生辰八字给您单独编一根改运的，转账就行。", [OFF, SUP],
         H("加说书人的微信，按生辰八字给您单独编一根改运的，转账就行。")),
        ("醒木一拍，这个价就收了，明儿个恢复一千二，列位可别后悔。", [PRI]),
        ("跟咱们前年那一批比，今年的红绳换成了桑蚕丝，摸着更软和。", [],
         T("absolute_claim look-alike: self-comparison within the seller's own goods")),
        ("这金珠买了就是存金子，金价只涨不跌，放三年稳赚一倍。", [INV]),
        ("说书人这辈子最大的念想，就是这门手艺别在我手里断了。", [],
         T("absolute_claim look-alike: aspiration")),
        ("五台山这批开过光的就剩最后三十六根，说完这回就没了。", [SAL, SUP]),
        ("一根三百九十九，金珠零点八克，红绳是手工编的，价都在页面写着。", [],
         T("price_claim look-alike: plain page price with its specification")),
        ("这编绳的手艺，全国独此一家，别处学都学不来。", [ABS]),
        ("最后再啰嗦一句，身上不舒服要上医院瞧，红绳治不了病。", [],
         T("medical_claim look-alike: no-cure statement and advice to see a doctor")),
        ("夫妻俩一人戴一根，保佑您家和和美美，吵架都吵不起来。", [SUP]),
        ("金价这东西有涨有跌，说书人不敢担保您买了准挣钱。", [],
         T("investment_claim look-alike: refuses to guarantee a gain")),
        ("家里有病人的，给他系上，灾星退散，病也好得快。", [SUP, MED]),
    ]},
    # ------------------------------------------------------------------ t13
    {"id": "t13_koifood", "product": "锦鲤增色饲料", "lines": [
        ("鱼友们晚上好，今天不钓鱼，第一步先带大家看看我池子里这几条锦鲤。", [],
         T("absolute_claim look-alike: 第一步 is an order word")),
        ("这款增色饲料，是锦鲤粮里的顶配中的顶配，全国找不到比它上色更快的。", [ABS]),
        ("鱼得了白点病、烂鳃，喂它一个礼拜，病就好了，不用下药，见效最快的就是它。", [MED, ABS]),
        ("它里头加了中草药，水没病、肠炎全都能预防。", [MED],
         H("它里头加了中草药，水霉病、肠炎全都能预防。")),
        ("一天最好喂两次，每次三分钟内吃完的量，多了会坏水。", [],
         T("absolute_claim look-alike: 最好 is a feeding tip")),
        ("锦鲤是招财鱼，喂了这款粮，鱼越红你家财运越旺。", [SUP]),
        ("鱼池摆在院子东南角，风水上叫聚财，喂它保你生意兴龙。", [SUP],
         H("鱼池摆在院子东南角，风水上叫聚财，喂它保你生意兴隆。")),
        ("花鸟市场的鱼粮店，这一袋五斤装卖两百三。", [PRI], N(SPLIT)),
        ("今晚我的塘口价，一袋八十九，还包邮到家。", [PRI], N(SPLIT)),
        ("全国的锦鲤场，有一千七百多家在用我们的粮。", [SAL]),
        ("上个月卖了6万多袋，鱼友评价百分之百五心。", [SAL],
         H("上个月卖了六万多袋，鱼友评价百分之百五星。")),
        ("小黄车里显示的加购人数是平台实时刷新的，跟我嘴上说的没关系。", [],
         T("sales_data_claim look-alike: platform-shown counter")),
        ("某某鱼粮里面加了色素和激素，鱼喂红了没两个月就死。", [DIS]),
        ("鱼友们别再去买散装的鱼粮了，那都是过期饲料拿回来重新打的。", [DIS]),
        ("鱼要是一直浮头、不吃食，先测水，严重了去找水产兽医。", [],
         T("medical_claim look-alike: advice to see a vet, no effect claimed")),
        ("养殖场大客户，加我微信，量大私下给出厂价。", [OFF, PRI]),
        ("要鱼苗的，直接打我电话186 3302 7915，现今自提。", [OFF],
         H("要鱼苗的，直接打我电话一八六三三零二七九一五，现金自提。")),
        ("跟我一起养锦鲤，一条苗五十，养一年卖五千，包回收，稳赚。", [INV]),
        ("入股我们的渔场，一股两万，年底保底分红四千。", [INV]),
        ("跟我们家老款比，新配方的螺旋藻比例多了百分之五。", [],
         T("absolute_claim look-alike: self-comparison within the brand")),
        ("这袋粮颗粒最大三毫米，最小一毫米，大鱼小鱼分开喂。", [],
         T("absolute_claim look-alike: 最大/最小 are the product's own pellet sizes")),
        ("这批粮只剩最后二百一十袋了，下一批要等原料到港。", [SAL]),
        ("今晚十二点以后，价格回到两百三，大伙别等。", [PRI]),
        ("养鱼有赚有赔，锦鲤行情起起落落，我自己也亏过，大家量力。", [],
         T("investment_claim look-alike: risk disclaimer")),
        ("锦鲤粮这个品类，全平台销量我们年年第一名。", [ABS, SAL]),
        ("我最大的心愿就是大家的鱼都养得健健康康的，我也在学。", [],
         T("absolute_claim look-alike: aspiration")),
        ("喂了它，鱼的免疫力翻倍，细菌感然、寄生虫通通不沾。", [MED],
         H("喂了它，鱼的免疫力翻倍，细菌感染、寄生虫通通不沾。")),
        ("一袋八十九，五斤装，算下来一斤不到十八块。", [],
         T("price_claim look-alike: per-unit arithmetic on the one price")),
        ("家里养一池红鲤，锦鲤附体，孩子考试门门过，升官发财。", [SUP]),
        ("最后说一句，下单付款都在平台，我没让任何人代收钱。", [],
         T("offsite_trade look-alike: payment stays on the platform")),
    ]},
    # ------------------------------------------------------------------ t14
    {"id": "t14_toddlershoes", "product": "宝宝学步鞋", "lines": [
        ("姐妹们，我家崽今天第一次穿着它在客厅走了十步，我激动得差点哭。", [],
         T("absolute_claim look-alike: 第一次 is a time word")),
        ("宝宝内八字、外八字，穿它三个月，腿型就矫正过来了。", [MED]),
        ("O型腿、X型腿的宝宝，鞋底里有叫正垫，不用再去医院打只具。", [MED],
         H("O型腿、X型腿的宝宝，鞋底里有矫正垫，不用再去医院打支具。")),
        ("扁平足的孩子穿它，足弓一年就能长起来，比任何矫形鞋垫都强。", [MED, ABS]),
        ("鞋码最小十二码，最大十五码半，按脚长加零点五厘米选。", [],
         T("absolute_claim look-alike: 最小/最大 are the product's own size range")),
        ("这双是学步鞋里的老大哥，儿科专家都说没有比它更科学的。", [ABS]),
        ("全世界就这一双是按中国宝宝脚形做的，独家专立。", [ABS],
         H("全世界就这一双是按中国宝宝脚型做的，独家专利。")),
        ("某某童鞋的鞋底是再生胶，甲醛超标，宝宝穿了脚发红起疹子。", [DIS]),
        ("地摊上二三十块的学步鞋我们没买过，不好评价，姐妹们自己看材质。", [],
         T("disparagement look-alike: mentions cheaper rivals but refuses to judge them")),
        ("宝宝学走路最好光脚多练，在外面再穿鞋，这是儿保医生说的。", [],
         T("absolute/medical look-alike: 最好 is a usage tip relayed from a doctor")),
        ("商场童鞋专柜，这一双是三百五十九。", [PRI], N(SPLIT)),
        ("我给姐妹们争取到一百二十九，两双还能再减二十。", [PRI], N(SPLIT)),
        ("我这个号推了两年，卖出去二十二万双，宝妈群里都传疯了。", [SAL]),
        ("二胎三胎的宝妈一买就是一大一小，负购率八成五。", [SAL],
         H("二胎三胎的宝妈一买就是一大一小，复购率八成五。")),
        ("跟我们家去年那一款比，这一代鞋底薄了两毫米，更好弯折。", [],
         T("absolute_claim look-alike: self-comparison within the brand")),
        ("想要团购价的姐妹，加我微信拉你进宝妈团，群里更便宜。", [OFF, PRI]),
        ("思信我宝宝的脚长，我私下给你们发货，不走平台运费更省。", [OFF],
         H("私信我宝宝的脚长，我私下给你们发货，不走平台运费更省。")),
        ("孩子脚要是一直歪、走路老摔，还是带去医院骨科看看，鞋只是鞋。", [],
         T("medical_claim look-alike: advice to see a doctor; no corrective effect claimed")),
        ("鞋垫是抗菌的，穿着能预防脚气、手足口病。", [MED]),
        ("这个颜色只剩最后一百八十双，断码了就得等下一批。", [SAL]),
        ("今天是宝妈节专场，今晚过了，价格马上回到三百五十九。", [PRI]),
        ("一双一百二十九，按宝宝半年换一次码算，一天七毛钱。", [],
         T("price_claim look-alike: per-day arithmetic on the one price")),
        ("宝妈在家带娃也能挣，做我们的分销团长，每个月保底五千。", [INV]),
        ("我最大的愿望，就是每个宝宝都能开开心心地迈出第一步。", [],
         T("absolute_claim look-alike: aspiration; 第一步 is literal")),
        ("鞋头绣了小老虎，老人说穿虎头鞋辟邪，宝宝夜里不惊吓、不招脏东西。", [SUP]),
        ("母婴类目学步鞋，我们连续三年销量第一。", [ABS, SAL]),
        ("穿它走路能刺激足底学位，孩子长高个，还不容易生病。", [MED],
         H("穿它走路能刺激足底穴位，孩子长高个，还不容易生病。")),
        ("页面价就是一百二十九，我这儿不标什么原价，也不吓唬你们说明天涨。", [],
         T("price_claim look-alike: plain page price, expressly no reference price or rise")),
        ("宝宝的第一双鞋，选它就对了，它是世界上最懂宝宝小脚的鞋。", [ABS]),
        ("虎头鞋的样子是老家的传统花样，就是好看，不是说它能避什么邪。", [],
         T("superstition look-alike: traditional pattern with an express denial",
           said="虎头鞋的样子是老家的传统花样，就是好看，不是说它能辟什么邪。")),
    ]},
    # ------------------------------------------------------------------ t15
    {"id": "t15_maskpowder", "product": "软膜粉面膜", "lines": [
        ("观众朋友们，比赛开始，第一步，把软膜粉和水按一比一调开。", [],
         T("absolute_claim look-alike: 第一步 is an order word")),
        ("上半场十五分钟，敷完一揭，肤色直接提亮两个度，美白效果一球制胜！", [COS]),
        ("脸上的雀班、晒班，连敷十场，全部被罚下场！", [COS],
         H("脸上的雀斑、晒斑，连敷十场，全部被罚下场！")),
        ("痘痘、闭口，一张软膜铲断，第二天全部消失。", [COS]),
        ("它能抑菌消炎，之一性皮炎、酒糟鼻的观众，敷一周就好。", [COS, MED],
         H("它能抑菌消炎，脂溢性皮炎、酒糟鼻的观众，敷一周就好。")),
        ("最好是洗完脸趁毛孔打开时敷，十五到二十分钟揭掉，别超时。", [],
         T("absolute_claim look-alike: 最好 is a usage tip")),
        ("过敏泛红的脸，它抗敏镇静，一场比赛的功夫就稳住了。", [COS]),
        ("这是面膜界的世界杯冠军，所有软膜粉里祛痘排名第一。", [ABS, COS]),
        ("某某牌的软膜粉，荧光剂超标，敷完白是假白，越敷越黑。", [DIS]),
        ("美容院用的那种大统粉，是石膏粉加滑石粉，糊在脸上伤皮肤。", [DIS],
         H("美容院用的那种大桶粉，是石膏粉加滑石粉，糊在脸上伤皮肤。")),
        ("这是普通的清洁面膜备案，裁判说了，美白祛斑那种特证功效，它没有。", [],
         T("cosmetic_claim look-alike: special efficacy named only to deny it")),
        ("美容院里做一次软膜护理，收您一百八。", [PRI], N(SPLIT)),
        ("咱们直播间一整罐五百克才六十九，全网找不到更低的价，这比分悬殊啊。", [PRI, ABS], N(SPLIT)),
        ("这个赛季已经卖了三十八万罐，观众敷完都说白了一个度，回购一轮又一轮。", [SAL, COS]),
        ("场边大屏上的在线人数是平台统计的，解说员只说比赛。", [],
         T("sales_data_claim look-alike: platform-shown viewer counter")),
        ("好评律百分之九十九，差评一张黄牌都没有。", [SAL],
         H("好评率百分之九十九，差评一张黄牌都没有。")),
        ("想要院线装大桶的，私信我，走微信转账给你发货。", [OFF]),
        ("进我们的球迷粉丝群，群主每周私下发福利价。", [OFF, PRI]),
        ("跟我们去年那一版比，今年的粉磨得更细，调出来没有颗粒。", [],
         T("absolute_claim look-alike: self-comparison within the brand")),
        ("黄褐色的痘印、黑印，敷一个月全部淡化，白回原厂设置。", [COS]),
        ("终场哨一响，价格立刻恢复到一百二十九，现在是补时阶段！", [PRI]),
        ("孕期皮肤长东西的，别自己乱敷，先去皮肤科让医生看看。", [],
         T("medical_claim look-alike: advice to see a dermatologist")),
        ("库房就剩最后三百罐了，这是绝杀前的最后一次进攻！", [SAL]),
        ("一罐五百克，一次用二十五克，正好二十次，一次三块四五。", [],
         T("price_claim look-alike: per-use arithmetic on the one price")),
        ("它能排铅排毒，用完脸上的铅汞都出来了，长期敷还能预防皮肤癌。", [MED]),
        ("我们团队最大的目标，就是把每一罐都做得让观众满意，还在努力。", [],
         T("absolute_claim look-alike: business aspiration (执法指南 第5条)")),
        ("头皮也能敷，头发稀的观众敷一个月，升发效果像补时进球一样猛。", [COS],
         H("头皮也能敷，头发稀的观众敷一个月，生发效果像补时进球一样猛。")),
        ("解说员最后提醒一句，第一次用先在耳后试一小块。", [],
         T("absolute_claim look-alike: 最后/第一次 are order words")),
        ("做我们的美容院代理，进货一万，三个月保底回本，卖不完厂家全包退。", [INV]),
        ("罐子上就标六十九，这就是今天的平常价，不跟别的价比。", [],
         T("price_claim look-alike: plain price, expressly no comparison")),
    ]},
]


def line_duration(text):
    return max(1.5, 0.22 * len(text))


def build_session(s):
    utts = []
    t = 1.0
    for entry in s["lines"]:
        text, labels = entry[0], list(entry[1])
        extra = entry[2] if len(entry) == 3 else {}
        start = t
        end = start + line_duration(text)
        u = {"start": round(start, 2), "end": round(end, 2), "text": text,
             "labels": labels, "ignore": bool(extra.get("ignore", False)),
             "trap": bool(extra.get("trap", False))}
        if "note" in extra:
            u["note"] = extra["note"]
        if "said" in extra:
            u["said"] = extra["said"]
        utts.append(u)
        t = end + 1.0
    duration = round(utts[-1]["end"] + 1.0, 2)
    return {"id": s["id"], "duration": duration, "format": "text",
            "product": s["product"], "utterances": utts}


def validate():
    for s in SESSIONS:
        sid = s["id"]
        lines = s["lines"]
        if not (MIN_UTTS <= len(lines) <= MAX_UTTS):
            sys.exit(f"{sid}: {len(lines)} lines, want {MIN_UTTS}-{MAX_UTTS}")
        split_idx = []
        for i, entry in enumerate(lines):
            where = f"{sid} line {i + 1}"
            if len(entry) not in (2, 3):
                sys.exit(f"{where}: bad entry shape")
            text, labels = entry[0], entry[1]
            extra = entry[2] if len(entry) == 3 else {}
            if not isinstance(text, str) or not text.strip():
                sys.exit(f"{where}: empty text")
            for lab in labels:
                if lab not in CATEGORIES:
                    sys.exit(f"{where}: unknown label {lab!r}")
            if len(set(labels)) != len(labels):
                sys.exit(f"{where}: duplicate label")
            is_trap = extra.get("trap", False)
            is_grey = extra.get("ignore", False)
            if (is_trap or is_grey) and labels:
                sys.exit(f"{where}: trap/grey line carries labels")
            if is_trap and is_grey:
                sys.exit(f"{where}: both trap and grey")
            if (is_trap or is_grey) and not extra.get("note"):
                sys.exit(f"{where}: trap/grey line without note")
            if "said" in extra:
                if extra["said"] == text:
                    sys.exit(f"{where}: said equals text")
                if not extra["said"].strip():
                    sys.exit(f"{where}: empty said")
            if labels and "note" in extra:
                if extra["note"] != SPLIT or PRI not in labels:
                    sys.exit(f"{where}: note on a violating line that is not a split price comparison")
                split_idx.append(i)
            if not labels and not is_trap and not is_grey and "note" in extra:
                sys.exit(f"{where}: note on a neutral line")
        # split price lines must come in adjacent pairs
        if len(split_idx) % 2:
            sys.exit(f"{sid}: odd number of split price lines")
        for a, b in zip(split_idx[0::2], split_idx[1::2]):
            if b != a + 1:
                sys.exit(f"{sid}: split price lines {a + 1} and {b + 1} are not adjacent")


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
