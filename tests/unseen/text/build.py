#!/usr/bin/env python3
"""Held-out text evaluation set for liveaudit (written 2026-12-06, before the engine ran on it).

Lines were written from /work/shared/spec/RULES.md and FINDINGS.md only.
Tuple forms:
  ("text", [])                                    neutral line, no label
  ("text", ["cat", ...])                          violating line
  ("heard", ["cat"], {"said": "said text"})       violating line as Whisper would mishear it
  ("text", [], {"trap": True, "note": "..."})     lawful line that imitates a violation
  ("text", [], {"ignore": True, "note": "..."})   grey zone, no finding counts for or against
Run: python3 build.py   (writes <id>.truth.json next to this file, prints counts)
NEVER edit a line after the engine has been run on this set.
"""
import json
import os
import sys
from collections import Counter

CATS = ["absolute_claim", "medical_claim", "cosmetic_claim", "price_claim",
        "sales_data_claim", "offsite_trade", "investment_claim", "superstition",
        "disparagement"]
A, M, C, P, S, O, I, X, D = CATS


def T(text, note, said=None):
    d = {"trap": True, "note": note}
    if said:
        d["said"] = said
    return (text, [], d)


def H(heard, labels, said):
    if isinstance(said, dict):  # heard trap line: extras given as a dict
        return (heard, labels, said)
    return (heard, labels, {"said": said})


def G(text, note):
    return (text, [], {"ignore": True, "note": note})


SESSIONS = []

# ---------------------------------------------------------------- 白酒
SESSIONS.append(dict(id="u01_baijiu", product="白酒", lines=[
    ("哈喽家人们晚上好，刚进来的兄弟们扣个一让我看到你们", []),
    ("来，今天这款酱香啊，是咱们贵州这一片最正宗的，没有之一啊", [A]),
    T("第一次来直播间的家人们，先点个关注不迷路", "imitates absolute_claim (第一): 第一次 only expresses order, 执法指南"),
    ("这个酒不上头，天天喝两口还能软化血管，我们家老爷子喝了十年血管通通的", [M]),
    ("专柜标价一千二百九十八，今天在咱们直播间只要三百九十九，直接拍", [P]),
    T("白酒的最佳饮用温度在二十度左右，千万别冰着喝", "imitates absolute_claim (最佳): usage/temperature tip, 执法指南第6条"),
    ("去年在抖音白酒类目卖了三十多万瓶，排行榜第一，你们自己去查", [S, A]),
    ("外面那些九块九的所谓酱香全是酒精勾兑的，喝完头疼三天，别去买啊", [D]),
    ("想要整箱批发价的兄弟加我V，我私下给你算", [O]),
    T("饮酒过量有害健康，未成年人不要下单哈", "imitates medical_claim (健康): a health warning, no efficacy claimed"),
    ("这酒放五年价格至少翻一倍，当传家宝收藏，稳赚不亏", [I]),
    H("男人喝了补身装样，腰不酸了腿也不疼了", [M], "男人喝了补肾壮阳，腰不酸了腿也不疼了"),
    ("这个价格全网找不到第二家，有比它便宜的我直接退你差价", [A, P]),
    ("咱们回购率百分之八十七啊，老客户一买就是一箱", [S]),
    T("今天这款五百毫升的三百九十九元，包邮到家", "imitates price_claim: states the price only, no reference price, no 限时 or discount"),
    H("想喝原浆的私聊我，驴泡泡上给你发货", [O], "想喝原浆的私聊我，绿泡泡上给你发货"),
    ("某些浓香大牌喝着寡淡得很，跟咱这个一比就是白开水", [D]),
    H("嘴后提醒一下，开车的家人千万不要喝酒", [], {"trap": True, "said": "最后提醒一下，开车的家人千万不要喝酒",
      "note": "imitates absolute_claim (最): 最后提醒 is an order word, 执法指南"}),
    ("年份酒今晚十二点一过就恢复原价六百八", [P]),
    ("这是国宴级别的品质，招待外宾用的就是这个工艺", [A]),
    G("这个酒喝着真的是绝了，入口顺滑", "绝了 is colloquial praise; officers differ on whether it is a 绝对化用语"),
    H("好品率百分之九十九点八，差评一个都没有", [S], "好评率百分之九十九点八，差评一个都没有"),
    T("浓香和酱香是两个香型，各有各的好，喜欢浓香的家人也可以去别家看看", "imitates disparagement: names the rival style without any negative predicate"),
    ("酒里面的那个小分子物质能养胃护肝，胃不好的多喝点", [M]),
    ("这瓶是开过光的，摆在家里喝了事业顺顺利利步步高升", [X]),
    T("这瓶是五十三度的，比我们家上一款四十六度的更烈一点", "imitates absolute_claim (更): self-comparison within one brand, 执法指南第6条"),
    H("是上嘴低价，三瓶只要二百九十九", [A, P], "史上最低价，三瓶只要二百九十九"),
    T("有痛风、肝不好的家人们就别喝了，身体要紧", "imitates medical_claim: disease words as a warning, no prevention or treatment claimed"),
    ("原价498现在198，后台已经被抢了两千单了", [P, S]),
    T("点下方小黄车一号链接，在平台下单售后有保障", "imitates offsite_trade: steers to the platform's own cart"),
    ("这箱酒五年后的回收价我们包了，只会比你买的时候高", [I]),
    T("这款酒我们没说能升值啊，买回去就是喝的，别当投资", "imitates investment_claim: explicitly denies any return"),
    ("好，来给大家倒一杯看看这个挂杯", []),
]))

# ---------------------------------------------------------------- 保健品/鱼油
SESSIONS.append(dict(id="u02_yuyou", product="保健品/鱼油", lines=[
    ("叔叔阿姨们好，今天给大家讲讲这个深海鱼油", []),
    ("每天两粒，吃上三个月血脂就降下来了，医院开的药都可以停了", [M]),
    T("本品是保健食品，不能代替药物治疗疾病，请大家理性购买", "imitates medical_claim: the statement 广告法第18条 requires, negated"),
    ("高血压的叔叔阿姨吃它，比吃降压药还管用", [M]),
    H("我们这个鱼油纯度是全世界嘴高的", [A], "我们这个鱼油纯度是全世界最高的"),
    ("药店里卖三百多一瓶，咱们直播间一百二十九两瓶", [P]),
    T("鱼油最好饭后吃，吸收会好一些", "imitates absolute_claim (最好): usage tip, 执法指南第6条"),
    ("吃了没效果你来找我，无效全额退款", [M]),
    ("纯天然提取零添加，没有任何副作用，孕妇老人都能放心吃", [M]),
    ("超市里那些便宜鱼油都是拿地沟油提炼的，吃了伤肝", [D]),
    T("有高血压糖尿病的家人们，吃之前请咨询医生，遵医嘱", "imitates medical_claim: disease words in advice, no claim"),
    ("这一款已经连续三年拿了天猫保健品类目销量冠军", [S, A]),
    H("吃了它能预防老年吃呆，记性越来越好", [M], "吃了它能预防老年痴呆，记性越来越好"),
    ("已经有五百多万中老年朋友在吃了", [S]),
    H("本品不能带替药物，这句话我每场都要讲", [], {"trap": True, "said": "本品不能代替药物，这句话我每场都要讲",
      "note": "imitates medical_claim (代替药物): the required negated statement"}),
    ("要组合装的宝宝私信我，我单独给你拉个群", [O]),
    H("扫马加我，给你发一份体检报告对照表", [O], "扫码加我，给你发一份体检报告对照表"),
    T("今天两瓶装一百二十九元，点小黄车二号链接", "imitates price_claim: plain price, no comparison"),
    ("这个钙片一粒顶十粒，骨质疏松的吃了腿脚立马就有劲", [M]),
    ("今天前一百单下单价八十九，下了播恢复一百九十九", [P]),
    T("这一版比我们家老款的胶囊小了一圈，老人吞起来更容易", "imitates absolute_claim: self-comparison within one brand"),
    ("国家级专家团队研发，行业里找不出比它更好的配方", [A]),
    H("增强面一力，吃了一年到头不敢冒", [M], "增强免疫力，吃了一年到头不感冒"),
    T("保健食品不是药，有病还是要去医院看", "imitates medical_claim: disclaimer"),
    ("那些所谓进口大牌就是交智商税，成分还不如我们一半", [D]),
    ("好评率百分之百，你们翻翻评论区一个差评都找不到", [S]),
    T("有问题直接找平台客服，别私下转账给任何人", "imitates offsite_trade: warns against off-platform payment"),
    ("降血糖效果特别好，糖尿病人吃了不用再打胰岛素", [M]),
    T("这个蓝帽子标志大家认一下，是国家批准的保健食品标志", "imitates absolute_claim (国家): a factual registration mark, not a 国家级 claim"),
    T("这个批次是我们今年第一批到货的，生产日期很新", "imitates absolute_claim (第一): 第一批 expresses order/time"),
    ("好了，下面我们来看二号链接", []),
]))

# ---------------------------------------------------------------- 奶粉/母婴
SESSIONS.append(dict(id="u03_naifen", product="奶粉/母婴", lines=[
    ("宝妈们晚上好呀，宝宝睡了没有，睡了咱们就开始", []),
    ("这款奶粉最接近母乳，宝宝喝了跟吃妈妈的奶一模一样", [A]),
    T("冲奶粉最好用四十度左右的温开水", "imitates absolute_claim (最好): usage tip"),
    ("喝我们家奶粉的宝宝不长湿疹不便秘，抵抗力蹭蹭往上涨", [M]),
    H("早产宝宝喝这个，黄单退得特别快", [M], "早产宝宝喝这个，黄疸退得特别快"),
    T("第一步先放水，第二步再放奶粉，别搞反了", "imitates absolute_claim (第一): order of steps"),
    ("母婴店卖三百六一罐，今天我们直播间两百一十九，还送勺子", [P]),
    ("进口奶源，全国宝妈口碑第一", [A, S]),
    T("宝宝要是对牛奶蛋白过敏，请先咨询儿科医生再选奶粉", "imitates medical_claim: allergy advice, no claim"),
    ("某些国产牌子奶源来路不明，喝出大头娃娃的新闻你们都看过吧", [D]),
    ("已经卖出去两百多万罐了，宝妈们闭眼入", [S]),
    T("母乳是宝宝最好的食物，没有母乳的时候才考虑配方奶", "imitates absolute_claim (最好): public-health statement about breast milk, not a product claim"),
    ("要拼团价的宝妈加我微信，群里每周还有育儿专家答疑", [O]),
    H("这个尿不湿是市面上嘴薄嘴透气的", [A], "这个尿不湿是市面上最薄最透气的"),
    ("宝宝面霜是抗敏配方，敏感肌宝宝用了小脸不泛红", [C]),
    H("嘴近天气干，宝宝洗完澡记得涂润肤霜", [], {"trap": True, "said": "最近天气干，宝宝洗完澡记得涂润肤霜",
      "note": "imitates absolute_claim (最): 最近 is a time word"}),
    ("喝了我们家的DHA，宝宝智力发育比同龄人快一大截", [M]),
    ("限时秒杀，三罐装立减一百，只有今晚", [P]),
    T("今天这一罐两百九十八元，两罐起包邮", "imitates price_claim: plain price"),
    ("别家直播间卖的那种便宜货全是临期的，还有假货", [D]),
    H("想要小样的宝妈加我为信，我给你寄", [O], "想要小样的宝妈加我微信，我给你寄"),
    ("这款奶粉吃了能预防佝偻病，补钙长个子", [M]),
    T("新版配方比我们自己老版本多加了乳铁蛋白", "imitates absolute_claim: self-comparison"),
    ("复购率高达百分之九十二，很多宝妈一次囤十罐", [S]),
    H("园价四百五十八，今天只要两百九十八", [P], "原价四百五十八，今天只要两百九十八"),
    G("很多宝妈反馈说宝宝喝了长得快", "hearsay about growth; officers differ on a food function claim"),
    ("这个吸奶器是国家级母婴专家推荐的，业内最高端", [A]),
    T("有什么问题点左下角联系平台客服，别加陌生人", "imitates offsite_trade: platform customer service"),
    ("宝宝洗发沐浴露添加了抑菌成分，洗完香香的", [C]),
    T("别的牌子也有好的，宝宝喝着合适就行，不用跟风换奶", "imitates disparagement: competitor mentioned without running it down"),
    ("这个婴儿护臀霜含消炎成分，擦上去屁屁不红", [C]),
    T("孩子发烧拉肚子请及时就医，奶粉解决不了这些问题", "imitates medical_claim: negated, advice to see a doctor"),
    ("好，三号链接给宝妈们上了", []),
]))

# ---------------------------------------------------------------- 二手车
SESSIONS.append(dict(id="u04_ershouche", product="二手车", lines=[
    ("老铁们晚上好，今天带大家看几台精品准新车", []),
    ("这台车是全城同款里车况最好的，没有之一", [A]),
    T("这台车最高时速一百八，最大功率一百一十千瓦，参数都在详情页", "imitates absolute_claim (最高/最大): the car's own specification"),
    ("4S店新车卖十八万九，我们这台准新车十一万五就开走", [P]),
    ("隔壁那些车商手里全是泡水车调表车，买了就是坑", [D]),
    ("这车保值率特别高，开三年卖出去还能赚钱，稳赚不赔", [I]),
    T("第一次买二手车的兄弟，记得找第三方检测一下", "imitates absolute_claim (第一): order word"),
    ("这个月我们店卖了三百多台车，本地成交量第一", [S, A]),
    ("想看实车视频的直接加我，电话微信同号，号码我打在公屏上", [O]),
    H("车牌号带三个八，开起来找财王运", [X], "车牌号带三个八，开起来招财旺运"),
    T("这台比我们店上一台同款少跑了两万公里", "imitates absolute_claim: a provable comparison within own stock"),
    ("一口价八万八，比上周降了一万二，明天就调回去", [P]),
    ("这款发动机是同级别里最省油的，百公里四个油", [A]),
    H("要分期的兄弟私星我，首付五千开走", [O], "要分期的兄弟私信我，首付五千开走"),
    T("今天这台标价九万八，欢迎来店里看车试驾", "imitates price_claim: plain price"),
    ("全网独一台，错过这台你再也找不到", [A]),
    ("好评率百分之九十九，三年卖出去一万多台，没有一个客户回来找麻烦", [S]),
    T("二手车价格每天都有波动，买车是拿来用的，不要当成投资", "imitates investment_claim: denies returns"),
    H("外面那些车伤都是骗子，合同里全是坑", [D], "外面那些车商都是骗子，合同里全是坑"),
    ("这车底盘是顶级的，开着跟一百万的豪车没区别", [A]),
    G("这台车开出去绝对有面子", "绝对 as colloquial emphasis on a feeling, not a product superlative"),
    ("市场价十三万，我们亏本清仓九万八", [P]),
    H("点小黄车预约砍车，平台有订金保障", [], {"trap": True, "said": "点小黄车预约看车，平台有订金保障",
      "note": "imitates offsite_trade: booking through the platform cart"}),
    ("我们家是全省最大的二手车直营店，规模第一", [A]),
    T("车里挂的这个平安符是上个车主留下的，交车前我们会拆掉", "imitates superstition: mentions an amulet without any efficacy"),
    H("全往最低价，差一块钱我给你补", [A, P], "全网最低价，差一块钱我给你补"),
    ("线上不好砍价，进我们车友群，群里单独给你报价", [O]),
    T("最后一步过户，我们陪你去车管所办", "imitates absolute_claim (最后): order word"),
    T("别家车商也有好车，多看多比，适合自己的最重要", "imitates disparagement and absolute_claim: neutral mention of rivals, 最重要 is buying advice"),
    ("好，下一台，给大家看个白色的", []),
]))

# ---------------------------------------------------------------- 楼盘/房产
SESSIONS.append(dict(id="u05_loupan", product="楼盘/房产", lines=[
    ("各位家人好，今天直播间带大家云看房", []),
    ("这个盘是整个城东片区最好的学区房，没有第二个", [A]),
    ("房价只涨不跌，现在上车就是赚，明年起码涨三成", [I]),
    T("样板间这套最大的卧室有十八个平方", "imitates absolute_claim (最大): the flat's own dimension"),
    H("买这套房等于林风险投资，租金就能还月供", [I], "买这套房等于零风险投资，租金就能还月供"),
    ("开盘价一万五一平，今天直播间专享一万二千八，每平便宜两千二", [P]),
    T("最近来看房的家人比较多，请提前在平台预约", "imitates absolute_claim (最): 最近 is a time word"),
    ("隔壁那个楼盘开发商资金链早断了，谁买谁烂尾", [D]),
    ("开盘当天三个小时卖了四百套，去化率全城第一", [S, A]),
    T("房产有风险，购房请量力而行，我们不承诺升值", "imitates investment_claim: risk warning, denies appreciation"),
    ("风水大师来看过的，背山面水，住进来旺财旺丁", [X]),
    ("有意向的加我微信，我带你走内部认购，不用排号", [O]),
    H("现在买五年后转手稳转一百万", [I], "现在买五年后转手稳赚一百万"),
    H("这个楼盘的被案价是一万三一平，所有房源都公示", [], {"trap": True, "said": "这个楼盘的备案价是一万三一平，所有房源都公示",
      "note": "imitates price_claim: states the filed price, no comparison"}),
    ("售楼处的价格比我们这贵三十万，线上下定立省", [P]),
    ("楼栋号带六带八，楼层也是吉利数，一家人住进来顺风顺水", [X]),
    ("这是本市有史以来性价比最高的楼盘", [A]),
    T("想了解的可以在直播间领留资卡，平台会安排顾问联系", "imitates offsite_trade: the platform's own lead tool"),
    H("想要特价房源的四信我，名额只给前十个", [O], "想要特价房源的私信我，名额只给前十个"),
    ("别的中介嘴里没一句实话，找他们买就是被坑", [D]),
    T("隔壁那个盘也在卖，户型不一样，大家可以两边都去看看", "imitates disparagement: rival named neutrally"),
    ("首付只要十万，以后每年租金收益百分之八，保底回购", [I]),
    ("这个月成交二百六十八套，网签数据全市排第一", [S, A]),
    T("这期比我们一期的得房率高了三个点", "imitates absolute_claim: self-comparison"),
    H("这是今年全城嘴低的一口价，错过再等一年", [A, P], "这是今年全城最低的一口价，错过再等一年"),
    G("这个片区以后就是城市中心，潜力巨大", "hints at appreciation without a guarantee; grey for 广告法第25条"),
    ("全款打九五折，只限今晚", [P]),
    T("小区里有社区医院，老人看病方便", "imitates medical_claim: amenity, no health claim"),
    ("临街商铺包租十年，每年百分之六的回报，合同写死", [I]),
    T("这里是一级资质开发商，资质是住建部门核发的", "imitates absolute_claim (一级): a grade under national rules"),
    ("买这套房能镇宅旺财，住进来家里就不会出事", [X]),
    T("第一次置业的年轻人可以申请公积金贷款", "imitates absolute_claim (第一): order word"),
    ("好，我们走到阳台看一下", []),
]))

# ---------------------------------------------------------------- 理财课
SESSIONS.append(dict(id="u06_licai", product="理财课", lines=[
    ("欢迎各位同学来到直播间，今天聊聊普通人怎么理财", []),
    ("跟着老师学，年化收益稳定在百分之二十，保本保息", [I]),
    T("理财有风险，投资需谨慎，课程内容不构成任何投资建议", "imitates investment_claim: risk warning, 必须的风险提示"),
    H("我推荐的这几只基金只张不跌，闭眼买", [I], "我推荐的这几只基金只涨不跌，闭眼买"),
    ("亏了算我的，亏多少我补给你多少", [I]),
    T("过去的收益不代表未来，我们不保证任何收益", "imitates investment_claim: negated"),
    ("这套课是全网最系统最权威的理财课，没有之一", [A]),
    ("课程原价两千九百八，今天直播间九十九元带回家", [P]),
    ("已经有三十八万学员跟着我们学了", [S]),
    T("第一节课先讲记账，最后一节讲资产配置", "imitates absolute_claim (第一/最后): order words"),
    ("进我的VIP群，每天收盘后我在群里喊单", [O]),
    H("跟我操作三个月，稳转不赔", [I], "跟我操作三个月，稳赚不赔"),
    ("银行那些理财经理就是忽悠你买产品拿提成，一个都不能信", [D]),
    T("今天这门课九十九元，共二十节，在小黄车一号链接", "imitates price_claim: plain price"),
    ("外面那些理财课都是割韭菜的，讲的全是过时的东西", [D]),
    ("学完这套课，每个月被动收入五千起步，保底", [I]),
    H("想要内部资料的微我，备注直播间", [O], "想要内部资料的V我，备注直播间"),
    H("理才有风险，大家一定量力而行", [], {"trap": True, "said": "理财有风险，大家一定量力而行",
      "note": "imitates investment_claim: risk warning"}),
    ("这个课程好评率百分之九十九点九，复购二期的学员占一半", [S]),
    ("我带的学员去年平均收益翻了三倍", [I]),
    T("有问题直接在公屏打出来，我在直播间答疑，不要私下转账", "imitates offsite_trade: keeps Q&A on the platform"),
    H("这种打新的玩法基本上0峰险", [I], "这种打新的玩法基本上零风险"),
    ("限时优惠只剩今晚，十二点一过恢复一千九百九十九", [P]),
    T("我会尽最大的努力把每一节课讲清楚", "imitates absolute_claim (最大): service attitude, 执法指南第5条"),
    ("我是财经类目排名第一的老师，粉丝三百万", [A, S]),
    H("定投这个指数，年年收一百分之十五，比存银行强多了", [I], "定投这个指数，年年收益百分之十五，比存银行强多了"),
    T("这一期课程比上一期多加了三节税务规划", "imitates absolute_claim: self-comparison"),
    ("我的策略回撤从来没超过百分之三，相当于保本", [I]),
    T("别的老师讲得也不错，大家可以多听几家对比一下", "imitates disparagement: rivals mentioned positively"),
    ("今年跟着我的节奏走，本金翻倍不是问题", [I]),
    T("存款保险制度下，五十万以内的银行存款有保障，这是国家规定", "imitates investment_claim (有保障): states a statute, no product return promised"),
    ("好，我们先看第一张图", []),
]))

# ---------------------------------------------------------------- 宠物粮
SESSIONS.append(dict(id="u07_chongwu", product="宠物粮", lines=[
    ("铲屎官们晚上好，我家两只猫也来营业了", []),
    ("这款猫粮是市面上肉含量最高的，没有比它更良心的", [A]),
    T("换粮最好七天慢慢过渡，别一下子全换", "imitates absolute_claim (最好): usage tip"),
    ("猫咪吃了泪痕三天就没了，软便拉稀全治好", [M]),
    ("宠物医院卖一百八一包，我们这里六十九两包", [P]),
    T("猫咪要是一直拉稀呕吐，请及时送宠物医院", "imitates medical_claim: advice to see a vet"),
    ("那些进口大牌猫粮就是交智商税，里面全是谷物填充", [D]),
    H("我们家粮能预防猫温，小猫吃了不生病", [M], "我们家粮能预防猫瘟，小猫吃了不生病"),
    ("全国两百万铲屎官都在喂，养宠圈人手一包", [S]),
    T("这款粮不能治疗任何疾病，生病了要看兽医", "imitates medical_claim: negated"),
    H("会够率百分之九十，主子吃了都说好", [S], "回购率百分之九十，主子吃了都说好"),
    ("狗狗吃了毛发变亮，关节炎也能缓解", [M]),
    ("想要试吃装的私信我，发你一个链接去外面下单", [O]),
    T("这款是比我们家老配方蛋白质高了五个点的升级版", "imitates absolute_claim: self-comparison"),
    ("抖音猫粮榜第一名，连续霸榜八个月", [A, S]),
    ("今天限时五折，一袋只要49块9", [P]),
    H("养猫有问题加我驴泡泡，我免费给你看", [O], "养猫有问题加我绿泡泡，我免费给你看"),
    T("今天一袋七十九元，两袋顺丰包邮", "imitates price_claim: plain price"),
    ("隔壁直播间那个狗粮吃死过狗，你们还敢买吗", [D]),
    ("顶级配方，宠物营养师都说是天花板", [A]),
    H("新来的宝宝点个官注，加入粉丝团", [], {"trap": True, "said": "新来的宝宝点个关注，加入粉丝团",
      "note": "imitates offsite_trade: follow and fan club are on-platform"}),
    H("老年猫吃了肾衰竭都能你转", [M], "老年猫吃了肾衰竭都能逆转"),
    ("划线价二百九十九，到手价九十九，家人们赶紧拍", [P]),
    T("别家的粮也可以吃，看你家猫爱不爱吃", "imitates disparagement: neutral"),
    ("已经卖了二十万单，好评率百分之九十八", [S]),
    ("小狗吃这个粮，一辈子不会得皮肤病", [M]),
    T("第一次喂的时候少量混着旧粮", "imitates absolute_claim (第一): order word"),
    ("给狗狗戴这个开过光的小铃铛，保佑毛孩子平平安安", [X]),
    T("小猫最大喂食量一天不超过八十克，包装背面有表", "imitates absolute_claim (最大): product's own feeding spec"),
    T("这个猫爬架最大承重三十公斤，大橘也能上", "imitates absolute_claim (最大): the product's load spec"),
    ("好了，我家猫已经吃上了，给你们看一眼", []),
]))

# ---------------------------------------------------------------- 农产品/水果
SESSIONS.append(dict(id="u08_shuiguo", product="农产品/水果", lines=[
    ("家人们好，我现在就在果园里头，你们看这一树的橙子", []),
    ("这是全国最甜的橙子，吃过的都说好", [A]),
    T("今天九块九一斤，五斤起发，产地包邮", "imitates price_claim: plain price, no comparison"),
    ("超市卖十五块一斤，我们产地直发九块九一斤", [P]),
    ("每天吃两个苹果，高血压都能降下来", [M]),
    T("水果最佳食用期是收到后三天内", "imitates absolute_claim (最佳): 最佳食用期, 执法指南第6条"),
    ("果园直发，一年卖出去五百万斤，回头客占七成", [S]),
    H("这个紫薯里面的花青素能房癌抗癌", [M], "这个紫薯里面的花青素能防癌抗癌"),
    ("那些超市里的水果都是打了催熟剂的，吃了对孩子不好", [D]),
    T("糖尿病的朋友吃水果要注意量，最好问问医生", "imitates medical_claim and absolute_claim: advice, 最好 is a usage tip"),
    ("想要整箱批发的老板加我绿泡泡，直接从果园给你发", [O]),
    ("限时秒杀，十斤装立减三十", [P]),
    ("蜂蜜天天喝，胃病喝好了，便秘也没了", [M]),
    H("我们这个是史上嘴新鲜的荔枝", [A], "我们这个是史上最新鲜的荔枝"),
    T("这批比我们家上一批的个头大了一圈", "imitates absolute_claim: self-comparison"),
    ("别家都是拿二级果冒充一级果，称重还缺斤少两", [D]),
    G("只剩最后两百箱了，抓紧拍", "scarcity talk; whether it is 虚假抢购 cannot be told from speech"),
    ("今年全网猕猴桃销量冠军，后台已经八万单了", [A, S]),
    H("今年地一批新果今天开摘", [], {"trap": True, "said": "今年第一批新果今天开摘",
      "note": "imitates absolute_claim (第一): order/time word"}),
    H("要大果的四信下单，我单独给你挑", [O], "要大果的私信下单，我单独给你挑"),
    ("一口价二十九块九五斤，平时卖五十九", [P]),
    T("这个橙子是国家地理标志产品，证书在这里", "imitates absolute_claim (国家): a lawful designation, provable"),
    ("这个苦瓜吃了降血糖，比吃药管用", [M]),
    H("好平如潮，九万条评价一个差评都没有", [S], "好评如潮，九万条评价一个差评都没有"),
    T("最后提醒，收到有坏果拍照找平台客服，坏一赔一", "imitates absolute_claim (最后) and offsite_trade: order word, platform service"),
    ("我们家橙子是国家级贡品，以前是宫廷御用的", [A]),
    T("天热了多吃水果多喝水，注意防暑", "imitates medical_claim: general advice"),
    ("农科院专家都说了，这是最有营养的一种红薯", [A]),
    ("这种红心柚吃了清肺止咳，老咳嗽的吃两个就好", [M]),
    T("别的果园的也不错，各家品种不一样", "imitates disparagement: neutral"),
    ("好，我现在剥一个给大家看看", []),
]))

# ---------------------------------------------------------------- 护肤品
SESSIONS.append(dict(id="u09_hufu", product="护肤品", lines=[
    ("姐妹们晚上好，今天的福利有点猛啊", []),
    ("这瓶精华七天美白，黄黑皮用完直接白两个度", [C]),
    T("这款是基础保湿面霜，没有美白功效，姐妹们别冲着美白来买", "imitates cosmetic_claim (美白): efficacy explicitly denied"),
    H("去班效果绝了，晒斑雀斑都能淡掉", [C], "祛斑效果绝了，晒斑雀斑都能淡掉"),
    ("敏感肌用了能抗敏修复，红血丝一周就消", [C]),
    T("晚上洗完脸第一步先上水，最后一步再上面霜", "imitates absolute_claim (第一/最后): order of steps"),
    ("痘痘肌救星，消炎祛痘，一晚上痘痘就瘪了", [C]),
    ("专柜卖八百八，我们直播间两百九十九两瓶", [P]),
    ("全网最低价，比免税店还便宜", [A, P]),
    T("敏感肌的姐妹用之前最好先在耳后试一下", "imitates cosmetic_claim and absolute_claim: patch-test advice, 最好 is usage"),
    ("那些国际大牌的面霜成分跟我们一样，卖那么贵纯粹是割韭菜", [D]),
    ("这瓶水已经卖了一千两百万瓶，每三秒卖出一瓶", [S]),
    ("能治疗湿疹和皮炎，皮肤科医生都推荐", [M]),
    H("没白淡斑一瓶搞定", [C], "美白淡斑一瓶搞定"),
    T("这一代比我们上一代的质地更清爽", "imitates absolute_claim: self-comparison"),
    ("想要院线同款的加我V，我走内部渠道给你发", [O]),
    ("抗衰老效果业内第一，用完年轻十岁", [A]),
    H("消言抗明，红肿痒都能压下去", [C], "消炎抗敏，红肿痒都能压下去"),
    H("出门记得涂房晒，紫外线太强了", [], {"trap": True, "said": "出门记得涂防晒，紫外线太强了",
      "note": "imitates cosmetic_claim (防晒): general advice, no claim for this product"}),
    ("涂了这个面膜疤痕都能淡化，祛疤特别快", [C]),
    ("回购率百分之七十八，闺蜜们一买就是三瓶", [S]),
    T("今天这瓶一百九十九元，点小黄车三号链接", "imitates price_claim: plain price"),
    ("下播恢复原价五百九十九，今晚只有一百九十九", [P]),
    ("这个防晒霜能防晒还能美白，晒一夏天不黑反白", [C]),
    T("这款有备案，是普通化妆品，只做保湿补水", "imitates cosmetic_claim: ordinary cosmetic, no special efficacy"),
    H("这个洁面含一菌成分，洗完脸清清爽爽", [C], "这个洁面含抑菌成分，洗完脸清清爽爽"),
    G("用完皮肤透亮有光泽", "提亮/透亮 sits between ordinary cosmetic wording and an implied 美白 claim"),
    ("这款身体乳涂上能溶脂，大象腿一个月细一圈", [C]),
    T("脸上长痘严重的姐妹去皮肤科看看，别自己乱涂", "imitates medical_claim: advice to see a doctor"),
    ("这瓶爽肤水能脱敏，换季过敏用了马上不痒", [C]),
    ("这款美白面膜敷完当天就能白一个度，素颜都发光", [C]),
    ("这个祛痘膏点上去，闭口粉刺两天就下去", [C]),
    T("大牌也有大牌的好，预算够的姐妹买大牌也没问题", "imitates disparagement: rivals praised"),
    ("好，我上脸给你们试一下", []),
]))

# ---------------------------------------------------------------- 防脱洗发水
SESSIONS.append(dict(id="u10_fangtuo", product="防脱洗发水", lines=[
    ("兄弟们，发际线告急的都进来看看", []),
    ("防脱效果杠杠的，洗一瓶掉发少一半", [C]),
    T("洗发水最好搓出泡沫再上头皮", "imitates absolute_claim (最好): usage tip"),
    H("发际线后移的兄弟用三个月就能僧发，头顶冒出一层小绒毛", [C], "发际线后移的兄弟用三个月就能生发，头顶冒出一层小绒毛"),
    ("斑秃的用了都长出来了，比去医院还管用", [M]),
    T("脱发严重的请去医院皮肤科看，洗发水只是清洁", "imitates medical_claim: advice, no claim"),
    ("这是市面上防脱效果最强的洗发水", [A, C]),
    ("控油去屑止痒，还能抑菌消炎，头皮痘一洗就没", [C]),
    ("理发店里卖两百多一瓶，我们这里六十九两瓶", [P]),
    T("这款是普通洗发水，不具备防脱功效，主打控油清爽", "imitates cosmetic_claim (防脱): efficacy explicitly denied"),
    ("那些网红洗发水全是硅油堆出来的，越洗越秃", [D]),
    H("故发养发，三十天发量翻倍", [C], "固发养发，三十天发量翻倍"),
    ("脂溢性皮炎洗两周就好了，头皮不痒不红", [M]),
    H("地一次用的兄弟先少量试一下", [], {"trap": True, "said": "第一次用的兄弟先少量试一下",
      "note": "imitates absolute_claim (第一): order word"}),
    ("已经有八十万秃头兄弟用上了，复购率百分之六十五", [S]),
    ("想要高浓度原液的私聊我，外面给你单独发", [O]),
    H("全网销量弟一的防脱洗发水", [A, S, C], "全网销量第一的防脱洗发水"),
    T("这一代比我们第一代泡沫更细腻", "imitates absolute_claim: self-comparison, 第一代 is order"),
    ("划线价一百九十八，今天到手五十九", [P]),
    ("头发一根一根往下掉的，用了立马止住，止脱神器", [C]),
    T("今天两瓶六十九元，点小黄车下单", "imitates price_claim: plain price"),
    H("加我维新，给你发使用前后对比图", [O], "加我微信，给你发使用前后对比图"),
    ("国家专利技术，全国独一份", [A]),
    T("熬夜会掉头发，大家早点睡", "imitates cosmetic_claim: lifestyle advice"),
    ("用完一瓶没效果，无效全额退款，我们敢承诺", [M]),
    ("别家直播间卖的都是普通洗发水换个包装，骗你们的", [D]),
    T("头皮有伤口的时候不要用，注意避开", "imitates medical_claim: usage warning"),
    ("产后掉头发的宝妈用了，头发唰唰往外长", [C]),
    ("头皮抗炎配方，洗完头皮不红不痒", [C]),
    H("植物生花液，秃了的地方都能长出新头发", [C], "植物生发液，秃了的地方都能长出新头发"),
    T("最后提醒一下，这个瓶子是按压泵，别拧反了", "imitates absolute_claim (最后): order word"),
    ("好，我现在上头洗给你们看", []),
]))

# ---------------------------------------------------------------- 茶叶
SESSIONS.append(dict(id="u11_chaye", product="茶叶", lines=[
    ("茶友们晚上好，先给大家泡一壶", []),
    ("这款普洱刮油降脂，天天喝三高全下来", [M]),
    T("绿茶最佳冲泡温度是八十度左右", "imitates absolute_claim (最佳): usage tip"),
    H("喝这个苦丁茶将雪压比吃药还快", [M], "喝这个苦丁茶降血压比吃药还快"),
    ("老班章古树，全世界最好的普洱就出在这个山头", [A]),
    T("胃不好的人尽量别空腹喝浓茶", "imitates medical_claim: advice"),
    ("茶叶店里卖一千二一饼，我们今天三百八", [P]),
    ("这饼茶放十年价格翻五倍，比买理财强，稳赚", [I]),
    T("第一泡是洗茶，倒掉，第二泡再喝", "imitates absolute_claim (第一): order word"),
    ("茶饼是大师开过光的，放在家里镇宅招财", [X]),
    ("外面那些古树茶百分之九十九都是台地茶冒充的", [D]),
    H("要整提的老板加我威信，我给你走厂价", [O], "要整提的老板加我V信，我给你走厂价"),
    ("这款茶一年卖出去一百万饼，茶友复购率八成", [S]),
    H("茶叶是农产品，不能带替药物，喝茶就是图个口感", [], {"trap": True, "said": "茶叶是农产品，不能代替药物，喝茶就是图个口感",
      "note": "imitates medical_claim: negated"}),
    ("祁门红茶暖胃养胃，胃溃疡喝了都好了", [M]),
    ("国家级非遗传承人亲手做的，顶级工艺", [A]),
    T("今天这饼三百五十七克，一百八十八元", "imitates price_claim: plain price"),
    H("老白茶是越放越值钱，价格之长不跌", [I], "老白茶是越放越值钱，价格只涨不跌"),
    ("限时特惠，一斤装原价六百，今晚两百六", [P]),
    T("这款茶我们不说升值，买回去就是喝的", "imitates investment_claim: negated"),
    ("别人家的茶农药残留超标，我们是有机的", [D]),
    ("喝了这个茶能安神助眠，失眠的喝一个月就睡得香", [M]),
    G("这茶喝了神清气爽，整个人都精神了", "subjective feeling vs. a function claim for food; grey"),
    H("想要样品的家人四信我，给你寄到家", [O], "想要样品的家人私信我，给你寄到家"),
    T("别的茶厂也有好茶，各个山头风味不一样", "imitates disparagement: neutral"),
    ("抖音茶叶直播排行第一，三百万茶友的选择", [A, S]),
    H("这个茶宠摆桌上能赚运，生意兴隆", [X], "这个茶宠摆桌上能转运，生意兴隆"),
    T("这批春茶比我们去年那批芽头更壮", "imitates absolute_claim: self-comparison"),
    ("这款白茶当投资品买，明年我们按一点五倍价格回收", [I]),
    T("这个茶宠就是个摆件，图个好看", "imitates superstition: decoration only, no efficacy"),
    T("有问题的在公屏留言，我一个一个回", "imitates offsite_trade: on-platform"),
    ("好，茶汤出来了，你们看这个颜色", []),
]))

# ---------------------------------------------------------------- 家电
SESSIONS.append(dict(id="u12_jiadian", product="家电", lines=[
    ("家人们晚上好，今晚家电专场", []),
    ("这台空调是同价位里最省电的，一晚上才一度电", [A]),
    T("这台是一级能效，国家标准里最高的能效等级", "imitates absolute_claim (一级/最高): grade under a national standard, 执法指南第6条"),
    ("这个净化器能杀灭百分之九十九点九的新冠病毒，家里有老人孩子必备", [M]),
    ("国美苏宁卖四千九，今天直播间两千八百九", [P]),
    H("全网嘴低价，买贵了我退差价", [A, P], "全网最低价，买贵了我退差价"),
    T("比我们家上一代噪音降低了五分贝", "imitates absolute_claim: self-comparison"),
    ("那个某米的空调就是便宜没好货，用一年就坏", [D]),
    ("今年618家电类目销量第一，卖了50万台", [A, S]),
    T("这台空调最大制冷量三千五百瓦", "imitates absolute_claim (最大): product spec"),
    ("加我微信，给你走厂家内购价", [O]),
    ("这个除湿机能治风湿关节炎，南方家庭必备", [M]),
    H("这款冰箱是一级能笑，一年电费能省不少", [], {"trap": True, "said": "这款冰箱是一级能效，一年电费能省不少",
      "note": "imitates absolute_claim (一级): national-standard grade"}),
    ("那些老牌子都是吃老本，技术早就落后了，别买", [D]),
    H("德国鼎级工艺，用十年不坏", [A], "德国顶级工艺，用十年不坏"),
    ("国家级实验室认证，业内领先，无人超越", [A]),
    T("今天这台两千八百九十九元，包安装", "imitates price_claim: plain price"),
    ("限时直降一千，只有今晚八点到十点", [P]),
    H("好品率百分之九十九，一千多万家庭的选择", [S], "好评率百分之九十九，一千多万家庭的选择"),
    T("最近天气潮，家里有老人的注意关节保暖", "imitates absolute_claim and medical_claim: time word and general advice"),
    ("这个电饭煲煮的饭能降血糖，糖尿病人放心吃", [M]),
    ("想要工程价的进我粉丝福利群，群号我打在评论区", [O]),
    T("其他品牌也有好的，看你家面积选合适的匹数", "imitates disparagement: neutral"),
    ("原价一千二百九十九，现在六百九十九，不到五折", [P]),
    H("这台风扇是市面上罪安静的，睡觉一点声音没有", [A], "这台风扇是市面上最安静的，睡觉一点声音没有"),
    T("我们会尽最大努力把售后服务做好", "imitates absolute_claim (最大): service attitude, 执法指南第5条"),
    ("已经有三百万家庭在用了，回头客特别多", [S]),
    T("使用前请阅读说明书，第一次开机先空转十分钟", "imitates absolute_claim (第一): order word"),
    T("售后问题请通过平台订单联系，不要加私人微信", "imitates offsite_trade: warns against 微信"),
    ("好，我们来看这台洗碗机", []),
]))

# ---------------------------------------------------------------- 手机
SESSIONS.append(dict(id="u13_shouji", product="手机", lines=[
    ("数码党们晚上好，新机到了，今天开箱", []),
    ("这是目前世界上拍照最清楚的手机，没有之一", [A]),
    T("这款最高支持一百二十瓦快充", "imitates absolute_claim (最高): product spec, 执法指南"),
    ("官网卖五千九百九十九，直播间四千二百九十九", [P]),
    H("上市一周京东小量第一", [A, S], "上市一周京东销量第一"),
    T("比我们上一代机身轻了二十克", "imitates absolute_claim: self-comparison"),
    ("某果手机就是智商税，信号差还卡", [D]),
    ("这个手机辐射为零，孕妇天天用也不伤胎儿", [M]),
    ("加我V，我给你走内部员工价", [O]),
    T("今天这台三千九百九十九元，下单顺丰发货", "imitates price_claim: plain price"),
    H("选这个尾号八八八八的卡，用了招菜进宝", [X], "选这个尾号八八八八的卡，用了招财进宝"),
    ("全网首发，业界唯一一款无开孔全面屏", [A]),
    T("屏幕最高刷新率一百四十四赫兹", "imitates absolute_claim (最高): product spec"),
    ("预售已经突破100万台，后台数据都爆了", [S]),
    ("那些翻新机商家把二手当新机卖，良心都坏了", [D]),
    H("今年双十一嘴低价就是今天", [A, P], "今年双十一最低价就是今天"),
    H("点小黄车一号连接，平台正品保障", [], {"trap": True, "said": "点小黄车一号链接，平台正品保障",
      "note": "imitates offsite_trade: on-platform cart"}),
    ("划线价三千二，现在两千零九十九，还送耳机", [P]),
    ("进群抢券，群号在我主页", [O]),
    T("长时间看手机对眼睛不好，记得休息", "imitates medical_claim: general advice"),
    H("要以旧换新的私星我，线下给你估价", [O], "要以旧换新的私信我，线下给你估价"),
    ("充电五分钟通话两小时，全球最快的快充", [A]),
    T("友商的机器也不错，各有各的特点", "imitates disparagement: neutral"),
    G("性能天花板，闭眼冲", "天花板 as slang superlative; enforcement practice differs"),
    ("评论区十万条好评，好评率百分之九十九点五", [S]),
    ("这个手机壳是开过光的，保平安", [X]),
    T("第一次开机记得登录账号，最后一步开启查找手机", "imitates absolute_claim (第一/最后): order words"),
    ("最强芯片，跑分甩开所有安卓机", [A]),
    T("这款获得了今年的红点设计奖，证书在详情页", "imitates absolute_claim: a lawful, verifiable award, 执法指南第6条"),
    ("好，我们看看这个相机模组", []),
]))

# ---------------------------------------------------------------- 珠宝玉石/文玩
SESSIONS.append(dict(id="u14_feicui", product="珠宝玉石/文玩", lines=[
    ("各位老板晚上好，今天刚从瑞丽拿了一批货", []),
    ("这个翡翠手镯是大师开过光的，戴上保平安", [X]),
    T("玉石是天然的，每一块的颜色纹路都不一样", "imitates absolute_claim (独一无二): a plain fact about natural stone"),
    H("黑曜石貔貅戴在手上必邪挡灾", [X], "黑曜石貔貅戴在手上辟邪挡灾"),
    ("女人戴这个红玛瑙旺夫，老公事业越来越旺", [X]),
    T("戴手镯最好先抹点护手霜再套", "imitates absolute_claim (最好): usage tip"),
    H("这尊观音是寺里主持亲自开关的", [X], "这尊观音是寺里主持亲自开光的"),
    ("这块料子在整个缅甸都是最顶级的，帝王绿", [A]),
    ("翡翠只涨不跌，今天买明年就值三倍", [I]),
    T("玉石收藏有风险，价格会波动，我们不承诺升值", "imitates investment_claim: negated, risk warning"),
    ("商场里标价三万八，直播间三千八，你们自己比", [P]),
    ("外面那些直播间卖的都是B货C货，打了胶的", [D]),
    ("戴上这串小叶紫檀，招财进宝，生意红火", [X]),
    T("这块有国检证书，是国家珠宝玉石检测中心出的", "imitates absolute_claim (国家): names a real testing body"),
    H("本命年戴个红绳转云珠，一整年都顺", [X], "本命年戴个红绳转运珠，一整年都顺"),
    ("和田玉能调节血压，长期戴对心脑血管好", [M]),
    ("想捡漏的加我绿泡泡，私下给你看更好的货", [O]),
    H("这个平安扣的名字是寓意，我们不说它能宝平安", [], {"trap": True, "said": "这个平安扣的名字是寓意，我们不说它能保平安",
      "note": "imitates superstition (保平安): explicitly denied"}),
    ("这个直播间一年卖出去十万只手镯", [S]),
    ("玉养人，戴久了失眠都好了，睡得特别香", [M]),
    T("今天这只手镯一万二千八百元，带证书", "imitates price_claim: plain price"),
    ("文玩核桃盘着能活血通络，预防老年痴呆", [M]),
    ("金刚菩提放五年翻十倍，当理财产品买稳赚", [I]),
    T("最近翡翠原石进价涨了，大家理性消费", "imitates absolute_claim (最): time word"),
    H("黄龙玉宝值又升值，只会越来越贵", [I], "黄龙玉保值又升值，只会越来越贵"),
    ("一眼正品，全网独一无二的料子", [A]),
    T("别家直播间也有好货，买之前认准证书", "imitates disparagement: neutral"),
    ("戴这个葫芦能化煞挡小人", [X]),
    T("有问题走平台售后，七天无理由", "imitates offsite_trade: platform service"),
    ("这块玉给小孩戴能挡煞，晚上不哭不闹", [X]),
    T("这个貔貅摆件是纯铜做的，重一点二公斤", "imitates superstition (貔貅): material and weight only"),
    ("好，下一只给大家打个灯看看水头", []),
]))

# ---------------------------------------------------------------- 减肥代餐
SESSIONS.append(dict(id="u15_jianfei", product="减肥代餐", lines=[
    ("姐妹们，夏天快到了，肉肉该减了", []),
    ("一个月瘦二十斤，不节食不运动", [M]),
    T("代餐最好搭配运动，单靠喝是不行的", "imitates absolute_claim and medical_claim: usage advice"),
    H("这个代餐奶昔减飞效果特别好，肚子上的肉嗖嗖掉", [M], "这个代餐奶昔减肥效果特别好，肚子上的肉嗖嗖掉"),
    ("刮油排毒，吃完第二天就能看到效果", [M]),
    T("这款代餐是普通食品，不能治疗肥胖症", "imitates medical_claim: negated"),
    ("纯天然配方，没有任何副作用，孕妇都能喝", [M]),
    ("全网最好用的代餐，没有之一", [A]),
    ("专柜价三百九十八一盒，今天一百二十八买三盒", [P]),
    T("每个人体质不一样，效果因人而异", "imitates medical_claim: a caveat"),
    ("已经有十万姐妹在喝了，好评率百分之九十九", [S]),
    ("别家代餐全是淀粉，喝了反而胖", [D]),
    H("加我为信进减肥营，我每天监督你", [O], "加我微信进减肥营，我每天监督你"),
    ("吃了降血脂，脂肪肝也能逆转", [M]),
    T("今天一盒一百二十八元，十二袋装", "imitates price_claim: plain price"),
    ("连续三年天猫代餐类目销量冠军", [A, S]),
    ("不瘦全额退款，这个我敢承诺", [M]),
    H("有基础几病的姐妹请先问医生", [], {"trap": True, "said": "有基础疾病的姐妹请先问医生",
      "note": "imitates medical_claim: advice"}),
    H("这是抖音代餐排行榜地一名", [A, S], "这是抖音代餐排行榜第一名"),
    ("限时买二送一，今晚过了恢复原价", [P]),
    T("第一周先一天替换一顿早餐", "imitates absolute_claim (第一): order word"),
    ("那些网红减肥茶全是泻药，喝多了伤肠胃", [D]),
    H("喝一周受十斤，月底穿上小裙子", [M], "喝一周瘦十斤，月底穿上小裙子"),
    G("吃了肠道顺畅，每天早上都很轻松", "near a 润肠通便 health-function claim for ordinary food; grey"),
    ("想要私人定制食谱的私信我，我拉你进打卡群", [O]),
    T("新口味比我们老款的甜度低了一半", "imitates absolute_claim: self-comparison"),
    ("这是营养师圈子里公认最科学的减肥方法", [A, M]),
    ("这款纤体霜能溶脂，涂哪瘦哪", [C]),
    T("其他牌子的代餐也可以，选蛋白质高一点的", "imitates disparagement: neutral"),
    T("打卡在我们粉丝团里打，直播间每晚八点见", "imitates offsite_trade: on-platform fan club"),
    ("好，我给大家冲一杯", []),
]))

# ---------------------------------------------------------------- 教育培训/网课
SESSIONS.append(dict(id="u16_wangke", product="教育培训/网课", lines=[
    ("家长们同学们晚上好，今天讲讲怎么选课", []),
    ("全国最好的考研辅导课，名师阵容第一", [A]),
    T("第一节课是免费试听，觉得合适再报名", "imitates absolute_claim (第一) and price_claim: order word, no price comparison"),
    ("二十万学员都在用我们的课，行业里没人能比", [S, A]),
    ("原价三千九百八，今天九百九十八", [P]),
    T("学习效果因人而异，我们不承诺提分", "imitates education guarantee: negated"),
    ("外面那些机构的老师都是刚毕业的大学生，教不出东西", [D]),
    H("报名的家长加班主任维新，拉你进学习群", [O], "报名的家长加班主任微信，拉你进学习群"),
    ("这套英语课是国家级教研团队开发的", [A]),
    T("这门课九百九十八元，一共四十八课时", "imitates price_claim: plain price"),
    ("报名人数已经破五十万，好多家长一报就是三年", [S]),
    ("学完这套课，孩子注意力不集中、多动症都能改善", [M]),
    G("报我们的班保过，不过全额退费", "education guarantee (广告法第24条) that fits none of the nine categories cleanly"),
    ("某某教育就是骗钱的，退费都退不了", [D]),
    H("现时特惠今晚截止，明天涨回两千九", [P], "限时特惠今晚截止，明天涨回两千九"),
    H("嘴后一步，在平台订单里确认收货就能开课", [], {"trap": True, "said": "最后一步，在平台订单里确认收货就能开课",
      "note": "imitates absolute_claim (最后): order word"}),
    ("我们是在线教育行业排名第一的机构", [A, S]),
    ("学员好评率百分之百，几千条评论零差评", [S]),
    T("新版课程比我们去年的版本多了二十套真题", "imitates absolute_claim: self-comparison"),
    ("私信我拿内部押题资料，考前发给你", [O]),
    H("世上嘴全的题库，一套顶别人十套", [A], "史上最全的题库，一套顶别人十套"),
    T("我们会尽最大努力帮每个孩子答疑", "imitates absolute_claim (最大): service attitude"),
    ("别的网课都是拿几年前的录播糊弄人", [D]),
    ("买一年送一年，相当于打对折", [P]),
    T("其他机构也有好老师，家长可以多试听几家", "imitates disparagement: neutral"),
    H("续飞率高达百分之八十五，家长都认可", [S], "续费率高达百分之八十五，家长都认可"),
    ("全网最便宜的雅思课，找不出第二家", [A, P]),
    T("孩子有多动症的请去正规医院评估，课程替代不了治疗", "imitates medical_claim: negated, advice"),
    ("这支笔是在孔庙开过光的，考试带上逢考必过", [X]),
    T("有问题直接在直播间问，或者找平台客服", "imitates offsite_trade: on-platform"),
    ("好，我们看一下课程表", []),
]))

# ---------------------------------------------------------------- 服装
SESSIONS.append(dict(id="u17_fuzhuang", product="服装", lines=[
    ("宝宝们晚上好，今天上新冬装", []),
    ("这件羽绒服是全网最保暖的，零下四十度都不冷", [A]),
    T("这件羽绒服充绒量两百克，含绒量百分之九十", "imitates absolute_claim: a labelled specification"),
    ("商场同款卖一千六，我们工厂直发三百九十九", [P]),
    ("本命年穿这条红内裤，辟邪挡灾，一年顺顺利利", [X]),
    T("洗的时候最好翻面手洗，别用烘干机", "imitates absolute_claim (最好): care instructions"),
    H("这个红腰带系上就赚运，逢考必过", [X], "这个红腰带系上就转运，逢考必过"),
    ("那些快时尚品牌的衣服都是化纤垃圾，穿了起疹子", [D]),
    ("这款T恤今年卖了八十万件，回购率全店第一", [S, A]),
    T("这款比我们去年那款版型更修身", "imitates absolute_claim: self-comparison"),
    ("加我微信看更多款，微信下单还能便宜二十", [O, P]),
    ("石墨烯内衣能治疗宫寒，痛经穿一周就好", [M]),
    H("这是全网嘴显瘦的牛仔裤，梨形身材闭眼入", [A], "这是全网最显瘦的牛仔裤，梨形身材闭眼入"),
    T("今天这件一百五十九元，送运费险", "imitates price_claim: plain price"),
    ("原价二百五十九，今天只要八十九，下播就恢复", [P]),
    H("地一次买的宝宝先看尺码表", [], {"trap": True, "said": "第一次买的宝宝先看尺码表",
      "note": "imitates absolute_claim (第一): order word"}),
    ("某宁某衣的运动服都是代工厂的尾货", [D]),
    ("这个袜子抗菌除臭，脚气穿三天就好了", [M]),
    H("要批发的老板思信我，线下给你发货", [O], "要批发的老板私信我，线下给你发货"),
    T("本命年的红色款是图个喜庆，传统习俗，没有别的功能", "imitates superstition: custom mentioned, efficacy denied"),
    ("磁疗护膝，关节炎老寒腿戴上就不疼了", [M]),
    ("顶级桑蚕丝，国家级非遗工艺", [A]),
    ("好评十万加，买过的都说好", [S]),
    T("皮肤敏感的宝宝建议选纯棉的，我们这款是百分之百棉", "imitates absolute_claim (百分之百): fibre content label"),
    H("现时秒杀，3件打7折", [P], "限时秒杀，三件打七折"),
    ("这件旗袍是旺夫款，穿上老公升职加薪", [X]),
    T("别家的也有好看的，适合自己身材最重要", "imitates disparagement and absolute_claim: neutral mention, 最重要 is advice"),
    ("属相犯太岁的穿这件红色的能化解", [X]),
    T("点关注加入粉丝团，上新第一时间提醒你", "imitates offsite_trade and absolute_claim: on-platform, 第一时间 is a time phrase"),
    ("好，模特换下一套", []),
]))

# ---------------------------------------------------------------- 医疗器械(按摩仪/理疗仪)
SESSIONS.append(dict(id="u18_liliaoyi", product="医疗器械(按摩仪/理疗仪)", lines=[
    ("叔叔阿姨晚上好，今天给大家带来理疗仪", []),
    ("这台理疗仪颈椎病腰椎病都能根治，用一个疗程就好", [M]),
    T("本产品为二类医疗器械，请仔细阅读说明书或在医务人员指导下使用", "imitates medical_claim: the required device notice"),
    H("肩周炎用它一个月跟只，不复发", [M], "肩周炎用它一个月根治，不复发"),
    ("治愈率高达百分之九十五，医院里都在用", [M]),
    T("这台最高温度四十五度，有三档可以调", "imitates absolute_claim (最高): product spec"),
    ("这个按摩仪比医院理疗科还管用，省下好几千医药费", [M]),
    ("医院理疗一次两百，我们整台机器才三百九十九", [P]),
    T("理疗仪不能代替药物治疗，严重的还是要去医院", "imitates medical_claim: negated"),
    ("全国最先进的理疗技术，国家级专利", [A]),
    ("那些几十块的按摩仪全是玩具，用了还伤神经", [D]),
    H("湿眠多梦的用它按一按，一觉睡到天亮，彻底告别安眠药", [M], "失眠多梦的用它按一按，一觉睡到天亮，彻底告别安眠药"),
    T("比我们上一代多了两个按摩头", "imitates absolute_claim: self-comparison"),
    ("已经卖了三十万台，中老年人人手一台", [S]),
    ("加我微信，给你发一对一的理疗方案", [O]),
    H("产品注册正号在详情页，大家可以查", [], {"trap": True, "said": "产品注册证号在详情页，大家可以查",
      "note": "imitates medical_claim: regulatory fact, no efficacy"}),
    ("没有任何副作用，安全无毒，孕妇都能用", [M]),
    ("这个血糖仪测得比医院还准，误差为零", [M]),
    T("今天这台三百九十九元，一年质保", "imitates price_claim: plain price"),
    H("这个足浴盆天天泡，高雪压降下来了", [M], "这个足浴盆天天泡，高血压降下来了"),
    ("原价一千九百九十八，今天活动价五百九十八", [P]),
    T("孕妇、装心脏起搏器的人禁用", "imitates medical_claim: contraindication"),
    ("行业排名第一的理疗仪品牌", [A, S]),
    H("全网罪低，不信你去比", [A, P], "全网最低，不信你去比"),
    T("第一次用的先从最低档开始", "imitates absolute_claim (第一/最低): order word and the device's own setting"),
    ("用了没效果，无效退款", [M]),
    ("别人家的产品没有注册证，都是三无产品", [D]),
    H("想要医院同款的私料我", [O], "想要医院同款的私聊我"),
    ("这台美容仪配的精华是美白祛斑的，搭着用效果翻倍", [C]),
    T("售后联系平台客服，有问题七天无理由退", "imitates offsite_trade: platform service"),
    T("别家的按摩仪也有做得好的，看自己需要", "imitates disparagement: neutral"),
    ("好，我来给大家演示一下怎么贴电极片", []),
]))

# ---------------------------------------------------------------- 酒店/旅游套餐
SESSIONS.append(dict(id="u19_lvyou", product="酒店/旅游套餐", lines=[
    ("家人们晚上好，想出去玩的看过来", []),
    ("三亚最好的海景房，整个海南找不到第二家", [A]),
    T("最佳出行时间是十月到次年四月", "imitates absolute_claim (最佳): time tip"),
    ("门市价两千八一晚，今天直播间六百九十九两晚", [P]),
    ("套餐包含去寺庙祈福，请大师开光的手串，保佑全家平安", [X]),
    H("这个温泉泡三天，风湿病关节言全都好了", [M], "这个温泉泡三天，风湿病关节炎全都好了"),
    T("这个酒店是五星级，是旅游饭店星级评定里的等级", "imitates absolute_claim: a national-standard grade"),
    ("携程上卖一千五，我们这里七百九，还含早餐", [P]),
    ("已经卖了十二万单，好评率百分之九十九点九", [S]),
    ("别的旅行社都是低价团，拉你去购物店宰你", [D]),
    T("今天两晚套餐六百九十九元，含双早", "imitates price_claim: plain price"),
    ("加我微信，拉你进旅游群，群里有隐藏款套餐", [O]),
    H("去年全国酒店预订量地一", [A, S], "去年全国酒店预订量第一"),
    ("限时抢购，今晚过后恢复一千二百九十九", [P]),
    H("嘴近去海边的注意防晒，别晒伤了", [], {"trap": True, "said": "最近去海边的注意防晒，别晒伤了",
      "note": "imitates absolute_claim (最): time word; 防晒 is advice"}),
    ("拜了这座山的财神，回去生意翻倍", [X]),
    H("这是全网嘴便宜的五星级酒店套餐", [A, P], "这是全网最便宜的五星级酒店套餐"),
    T("有高血压心脏病的游客，高原线路请谨慎", "imitates medical_claim: advice"),
    ("住这家森林酒店，呼吸的空气能治好哮喘", [M]),
    ("隔壁那家酒店卫生太差了，床单都不换", [D]),
    T("行程里有一站是寺庙参观，门票已含", "imitates superstition: a sight, no efficacy"),
    ("私信我下单，我给你单独再减一百", [O, P]),
    H("去这个寺庙烧头香，今年专运发大财", [X], "去这个寺庙烧头香，今年转运发大财"),
    T("第一天接机，最后一天送机", "imitates absolute_claim (第一/最后): order words"),
    ("这是国家级景区里唯一一家五星酒店", [A]),
    ("历史最低价，比去年国庆便宜一半", [A, P]),
    T("别家旅行社也有不错的线路，大家对比着选", "imitates disparagement: neutral"),
    ("这家酒店的风水局是大师布的，住一晚好运三年", [X]),
    ("买这个度假酒店的产权式公寓，每年分红百分之十", [I]),
    T("预约方式在商品详情页，下单后平台会短信通知", "imitates offsite_trade: on-platform"),
    ("好，给大家看一下房间实拍", []),
]))

# ---------------------------------------------------------------- 黄金
SESSIONS.append(dict(id="u20_huangjin", product="黄金", lines=[
    ("家人们晚上好，今天金价有点波动，我们来聊聊", []),
    ("金价只涨不跌，现在买就是抄底，明年稳赚", [I]),
    T("黄金价格有波动，投资需谨慎，我们不承诺升值", "imitates investment_claim: risk warning, negated"),
    ("金店卖六百八一克，我们直播间五百九十九", [P]),
    ("这个貔貅吊坠招财进宝，戴上财运滚滚", [X]),
    H("黄金宝值增值，比存银行强多了，稳赚不赔", [I], "黄金保值增值，比存银行强多了，稳赚不赔"),
    T("今天金价是每克五百九十八元，工费另算，明细在详情页", "imitates price_claim: plain price"),
    ("全网工费最低，一分钱工费都不收", [A, P]),
    ("那些小金店卖的都是掺了铜的，纯度不够", [D]),
    T("这个吊坠造型是貔貅，只是一个传统造型", "imitates superstition: shape only, no efficacy"),
    ("今年卖出去两吨黄金，全网金饰销量冠军", [S, A]),
    H("买金条的大哥加我微，我给你锁价", [O], "买金条的大哥加我V，我给你锁价"),
    ("足金手镯戴上能改善手脚冰凉，活血化瘀", [M]),
    T("足金是国家标准，含金量不低于千分之九百九十", "imitates absolute_claim (国家): the national-standard grade"),
    ("买黄金零风险，跌了我们原价回收", [I]),
    H("本命年戴金专运珠，一年好运挡小人", [X], "本命年戴金转运珠，一年好运挡小人"),
    H("嘴后提醒，收到货先核对证书", [], {"trap": True, "said": "最后提醒，收到货先核对证书",
      "note": "imitates absolute_claim (最后): order word"}),
    ("古法金工艺是国家级非遗里最顶级的", [A]),
    ("限时不要工费，今晚十二点恢复", [P]),
    T("这款手镯比我们家老款轻了五克，更适合日常戴", "imitates absolute_claim: self-comparison"),
    ("买十克以上的私信我，加微信单独给你报价", [O]),
    ("这是全世界最纯的黄金", [A]),
    T("别家的金店也有正规的，认准检测证书就行", "imitates disparagement: neutral"),
    ("某福某大的金店都是宰人，工费收你两百", [D]),
    H("跟着我买金的家人一年手艺百分之三十，今年只会更多", [I], "跟着我买金的家人一年收益百分之三十，今年只会更多"),
    T("戴首饰最好洗澡前摘下来", "imitates absolute_claim (最好): care tip"),
    ("金饰好评率百分之九十八，回购的老客户一大堆", [S]),
    ("金葫芦挂在床头，福禄双全还能辟邪", [X]),
    ("金条放家里比存定期划算，一年至少涨两成", [I]),
    T("有问题联系平台客服，不要私下转账", "imitates offsite_trade: warns against off-platform payment"),
    ("好，给大家上秤称一下", []),
]))


# ---------------------------------------------------------------- build
def line_parts(entry):
    text, labels = entry[0], list(entry[1])
    extra = dict(entry[2]) if len(entry) > 2 else {}
    return text, labels, extra


def build(outdir):
    totals = Counter()
    stats = Counter()
    problems = []
    ids = set()
    for s in SESSIONS:
        if s["id"] in ids:
            problems.append("duplicate id " + s["id"])
        ids.add(s["id"])
        t = 1.0
        utts = []
        for entry in s["lines"]:
            text, labels, extra = line_parts(entry)
            for lab in labels:
                if lab not in CATS:
                    problems.append(f"{s['id']}: bad label {lab!r}")
            if len(set(labels)) != len(labels):
                problems.append(f"{s['id']}: repeated label in {text}")
            trap = bool(extra.get("trap", False))
            ignore = bool(extra.get("ignore", False))
            if (trap or ignore) and labels:
                problems.append(f"{s['id']}: trap/ignore with labels: {text}")
            if (trap or ignore) and not extra.get("note"):
                problems.append(f"{s['id']}: trap/ignore without note: {text}")
            if "said" in extra and extra["said"] == text:
                problems.append(f"{s['id']}: said == heard: {text}")
            dur = max(1.5, 0.22 * len(text))
            u = {"start": round(t, 3), "end": round(t + dur, 3), "text": text,
                 "labels": labels, "ignore": ignore, "trap": trap}
            if "note" in extra:
                u["note"] = extra["note"]
            if "said" in extra:
                u["said"] = extra["said"]
            utts.append(u)
            t = t + dur + 1.0
            if labels:
                stats["violating"] += 1
                if "said" in extra:
                    stats["violating_heard"] += 1
                if len(labels) > 1:
                    stats["multi_label"] += 1
                for lab in labels:
                    totals[lab] += 1
            elif trap:
                stats["trap"] += 1
                if "said" in extra:
                    stats["trap_heard"] += 1
            elif ignore:
                stats["ignore"] += 1
            else:
                stats["neutral"] += 1
        duration = round(utts[-1]["end"] + 1.0, 3)
        doc = {"id": s["id"], "duration": duration, "format": "text",
               "product": s["product"], "utterances": utts}
        with open(os.path.join(outdir, s["id"] + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return totals, stats, problems


def main():
    outdir = os.path.dirname(os.path.abspath(__file__))
    totals, stats, problems = build(outdir)
    nlines = sum(len(s["lines"]) for s in SESSIONS)
    print(f"sessions / product types: {len(SESSIONS)} / {len({s['product'] for s in SESSIONS})}")
    print(f"lines: {nlines}")
    print(f"violating lines: {stats['violating']} (heard: {stats['violating_heard']}, "
          f"{100.0 * stats['violating_heard'] / stats['violating']:.1f}%; multi-label: {stats['multi_label']})")
    print(f"trap lines: {stats['trap']} (heard: {stats['trap_heard']}, "
          f"{100.0 * stats['trap_heard'] / stats['trap']:.1f}%)")
    print(f"grey-zone (ignore) lines: {stats['ignore']} ({100.0 * stats['ignore'] / nlines:.1f}% of all lines)")
    print(f"neutral lines: {stats['neutral']}")
    print("per session: id / product / violating / trap / heard (v+t) / ignore / neutral")
    for s in SESSIONS:
        c = Counter()
        for entry in s["lines"]:
            _, labels, extra = line_parts(entry)
            kind = "v" if labels else ("t" if extra.get("trap") else ("g" if extra.get("ignore") else "n"))
            c[kind] += 1
            if "said" in extra:
                c["h"] += 1
        print(f"  {s['id']:15s} {s['product']:24s} {c['v']:3d} {c['t']:3d} {c['h']:3d} {c['g']:2d} {c['n']:2d}")
    print("labelled lines per category:")
    for c in CATS:
        print(f"  {c:18s} {totals[c]}")
    ok = True
    for c in CATS:
        if totals[c] < 25:
            problems.append(f"category {c} has only {totals[c]} lines (< 25)")
    if stats["violating"] < 330:
        problems.append("fewer than 330 violating lines")
    if stats["trap"] < 165:
        problems.append("fewer than 165 trap lines")
    for p in problems:
        ok = False
        print("PROBLEM:", p, file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
