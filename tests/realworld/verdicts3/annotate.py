"""Hand annotations of batch verdicts3, written before duban was run on these documents.

Checks that every task, progress, text_start, progress_start and target sentence occurs verbatim in
its document, then (with --write) writes documents.jsonl, tasks.jsonl, judged.jsonl, targets.jsonl and
the first-run inputs firstrun/judged.in.jsonl and firstrun/targets.in.jsonl.
"""

import json
import pathlib
import sys
from collections import Counter

from docs_src import SRC as PAGES

B = pathlib.Path(__file__).resolve().parent


def doc(i):
    return (B / "docs" / f"{i}.txt").read_text(encoding="utf-8")


DOCS = [
    ("X01_tianjin_2024_q1", "天津", "市", 2024, "narrative",
     "news item on the city's 20 民心工程 at the end of March: two specific works done, then one sentence per 工程 (…工程中,progress), then the 工程 still in preparation (…前期工作,目前进展顺利)"),
    ("X02_tianjin_2024_q3", "天津", "市", 2024, "narrative",
     "news item: 16 specific works completed in the third quarter, listed after 新增完成的16项具体工作包括: joined by ;, each a finished statement with its figure (完成燃气管网改造128公里); excerpt cut"),
    ("X03_beijing_2017_yearend", "北京", "市", 2017, "narrative",
     "year-end news item: total 占年度投资计划的101.4%, five categories each with 完成年度计划的x% / 占年度计划x%, then 9 projects 提前完工 and projects 超额完成年度 (cut)"),
    ("X04_suyu_2023_jul", "江苏", "区", 2023, "bulletin",
     "repost in traditional characters, the same paragraph printed twice: 97 of 100 民生实事 达序时或超序时, nine named as 進展較快, joined by 、"),
    ("X05_ziyang_2024_jun", "陕西", "县", 2024, "bulletin",
     "督查通报 on the county executive meeting's 43 decisions: counts, then three decisions named as 需要加快推进落实, each the decision quoted in “…” followed by 截至目前,progress"),
    ("X06_shanxi_2018_nov", "山西", "省", 2018, "narrative",
     "provincial key-projects bulletin 1-11月: shares of the annual plan, 提前竣工4项,为a,b,c,d; 未按期竣工4项,为a,b,c,d (names prefixed by the city), 8 cities 均提前完成全年投资任务"),
    ("X07_ningxia_2022_nov", "宁夏", "省", 2022, "narrative",
     "news item: 100 key projects 投资完成率114.2% at the end of November, three sectors each with plan, actual and 投资完成率, named projects 均已完成年度投资目标"),
    ("X08_xinjiang_2022_oct", "新疆", "省", 2022, "narrative",
     "provincial NDRC news 1—10月: 完成年度计划投资的92%, 43 named projects 建成投运, 103 projects 实现新开工建设, sectors 投资完成率均高于100% / 达90%以上"),
    ("X09_fengxin_2021_sep", "江西", "县", 2021, "progress",
     "monthly key-project table in traditional characters, cells separated by |, columns 序號 | 項目名稱 | 9月工作計劃 | 目前進展情況 | 是否達到進度要求 | 10月工作計劃 | 掛點領導 | 責任單位; the units cell on the next line; excerpt cut in row 16"),
    ("X10_xingan_2020_may", "内蒙古", "市", 2020, "bulletin",
     "league (盟) NDRC bulletin 1至5月: total 完成当年计划投资的14.4%, named projects under 有序推进 / 稳步实施 / 进展顺利 / 年内竣工使用, banners and sectors ranked 完成投资额较高 / 完成较好 with shares"),
    ("X11_jiangxi_2015_nov", "江西", "省", 2015, "narrative",
     "repost in traditional characters with pinyin glosses (設(shè)): 前11個月 占年計劃的90%, 13 projects 建成 (8 named), 續建 projects named as 完成投資比例超過平均水平, 68 new projects 開工建設 (3 named)"),
    ("X12_jiangxi_2018_aug", "江西", "省", 2018, "narrative",
     "provincial news item 1至8月: total and two groups with 占年計劃x%, sector shares of 年計劃進度, named projects 提前开工建设 / 建成投运 / 贯通"),
    ("X13_yunnan_2025_h1", "云南", "省", 2025, "narrative",
     "provincial NDRC release 1—6月: group 年度计划投资完成率 shares (one verdict 实现时间过半完成任务超半), named projects 完成竣工验收 / 已竣工投产 / 开工 / 年度计划投资完成率超过80%"),
    ("X14_yunnan_2025_sep", "云南", "省", 2025, "narrative",
     "same release 1至9月: group shares, named projects 建成投产 and 年度计划投资完成率超过80%; no verdict word"),
    ("X15_qinghai_2022_aug", "青海", "省", 2022, "narrative",
     "provincial news item at the end of August: 200 projects 为年度任务的70.8%, named projects 建成投运 / 正加快建设 / 已超额完成年度建设任务 / 年度任务完成率近90% / 开工在即; excerpt cut"),
    ("X16_heihe_2019_aug", "黑龙江", "市", 2019, "narrative",
     "city news item: 36 省百大项目 投资完成率35.4% at the end of August framed as 取得显著成效, then named projects with stage reports (计划年内实现, 已投产, 完成合龙, 进展顺利)"),
    ("X17_heilongjiang_2020_q3", "黑龙江", "省", 2020, "narrative",
     "repost in traditional characters: 百大项目 投资完成率68.1% in mid-October (会战正酣), 56 projects 竣工 (22 按期, 34 提前), two named completed projects"),
    ("X18_heilongjiang_2022_h1", "黑龙江", "省", 2022, "narrative",
     "provincial news item at the end of June: 开工率 of 500 provincial projects, named projects 提前开工 / 提前上线运营 / 启动单机调试 / 竣工投产 / 率先开工建设"),
    ("X19_kaifeng_2019_aug", "河南", "市", 2019, "bulletin",
     "city key-project bulletin 1—8月 (spaces inside numbers: 1 —8 月份, 502 个): groups with 占年计划x% and 超出年度时序进度x个百分点, projects listed by verdict after 分别为: (已开工建设 / 应开未开 / 已提前开工 / 已基本提前完工)"),
    ("X20_kaiping_2019_feb", "广东", "县", 2019, "progress",
     "county-level city NDRC report in traditional characters with glosses (鎮(zhèn)) and mojibake (?,F(xiàn)): provincial and city key projects 完成年度投資計劃的x%,慢于時間進度x%, then a per-unit table one cell per line"),
    ("X21_kaiping_2020_aug", "广东", "县", 2020, "progress",
     "same office 1-8月 2020, traditional characters: three project groups with shares, units 進展較快, and by type 產業類進展較好,超過時間進度4個百分點,交通類、城建類項目整體進展較慢"),
    ("X22_puyang_2017_may", "河南", "市", 2017, "bulletin",
     "督查局/发改委 bulletin at 31 May: 375 projects 占年度计划投资的48%, five counties 投资实现任务过半 with their shares"),
    ("X23_chongxin_2017_h1", "甘肃", "县", 2017, "narrative",
     "county people's congress review of the half-year plan: seven indicators each with its figure and 占年计划的x%, then 11项主要经济指标中,有6项没有完成“双过半”目标任务,固定资产投资等个别指标差欠较大"),
    ("X24_kaifeng_2016_apr", "河南", "市", 2016, "bulletin",
     "督查局 bulletin on 1—4月 of the leaders' key projects: counts, two named projects 已完工, two named 推进较快,当年任务基本完成, the rest counted (54 进展顺利, 6 进展较慢 unnamed)"),
]
SRC = {d[0]: PAGES[d[0]][0] for d in DOCS}

TASKS = []


def T(d, ref, start, lead=(), co=(), leaders=(), prog=None, label=None, note=None):
    r = {"doc": d, "ref": ref, "text_start": start, "lead_units": list(lead), "co_units": list(co),
         "lead_leaders": list(leaders), "progress_start": prog, "label": label}
    if note:
        r["note"] = note
    TASKS.append(r)


JUDGED = []


def J(d, task, prog, as_of, label, status, note=None):
    r = {"doc": d, "task": task, "progress": prog, "as_of": as_of, "label": label, "status": status,
         "source": SRC[d]}
    if note:
        r["note"] = note
    JUDGED.append(r)


TARGETS = []


def G(d, text, targets, note=None):
    r = {"doc": d, "text": text,
         "targets": [dict(zip(("metric", "value", "unit", "comparator", "kind"), t, strict=True)) for t in targets],
         "source": SRC[d]}
    if note:
        r["note"] = note
    TARGETS.append(r)


GROUP = "group verdict: the office names the item in a list under one verdict and prints nothing else for it; progress is the verdict phrase"
SHARE = "no verdict word for this item: status from the printed share of the annual plan against the elapsed year (realdev rule), the page frames it positively"

# ---- X01 天津 2024 一季度
d, a = "X01_tianjin_2024_q1", "2024-03-31"
P = "就医减负工程和灾后重建工程中的两项具体工作已完成"
J(d, "就医减负工程", P, a, "已完成", "completed", "one specific work (具体工作) of the 工程 is done; the verdict is on that work")
J(d, "灾后重建工程", P, a, "已完成", "completed", "one specific work (具体工作) of the 工程 is done; the verdict is on that work")
SUB = "listed under 目前本市多数民心工程取得实质性进展 in March: in progress"
J(d, "就业保障工程", "截至3月末,全市实现城镇新增就业9.53万人", a, "取得实质性进展", "on_track", SUB + "; the annual target is not printed")
J(d, "育才护苗工程", "已建成河西区大沽南路与曲江路交口东南侧地块义务教育学校和东丽区军粮城二期铁路南小学两个项目,新增学位2880个", a,
  "取得实质性进展", "on_track", SUB)
J(d, "绿色畅行工程", "地铁11号线一期西段、地铁5号线延伸线(京华东道站)、津静市域(郊)铁路首开段等3个轨道交通建设项目正在积极建设中", a,
  "取得实质性进展", "on_track", SUB)
PREP = "one of the 22 works 正在加快推进方案制订、招标采购、施工准备等前期工作,目前进展顺利: preparation at the end of March, the office says on course"
J(d, "燃气供热工程", "开展采暖期工作情况总结和问题复盘分析,起草2024年供热“冬病夏治”工作方案", a, "前期工作…目前进展顺利", "on_track", PREP)
J(d, "全民健身工程", "做好群众健身场地及设施建设的前期准备工作,组织勘察核实场地,办理招标采购等", a, "前期工作…目前进展顺利", "on_track", PREP)
J(d, "提质优居工程", "持续推进城镇老旧小区改造,正在开展群众意见征询、资金筹集、立项招标等前期准备工作", a, "前期工作…目前进展顺利", "on_track", PREP)

# ---- X02 天津 2024 三季度
d, a = "X02_tianjin_2024_q3", "2024-09-30"
DONE = "listed after 新增完成的16项具体工作包括: (completed in the third quarter)"
J(d, "市域(郊)铁路津静线和地铁5号线延伸线", "市域(郊)铁路津静线和地铁5号线延伸线开通运营", a, "新增完成", "completed", DONE)
J(d, "凤聚路、慧群道、云丽路等7条城市道路建设", "凤聚路、慧群道、云丽路等7条城市道路建设完成", a, "新增完成", "completed", DONE)
J(d, "开工改造城镇老旧小区46个", "开工改造城镇老旧小区46个,共126万平方米", a, "新增完成", "completed",
  DONE + "; the task is the start of the works (开工改造), reached")
J(d, "启用4个居住小区闲置地下停车场", "启用4个居住小区闲置地下停车场,释放停车泊位1573个", a, "新增完成", "completed", DONE)
J(d, "燃气管网改造128公里", "完成燃气管网改造128公里", a, "新增完成", "completed", DONE)
J(d, "供热管网改造178.09公里", "完成供热管网改造178.09公里", a, "新增完成", "completed", DONE)
J(d, "城市供热“冬病夏治”户内改造7638户", "完成城市供热“冬病夏治”户内改造7638户", a, "新增完成", "completed", DONE)
J(d, "新梅江公园(北段)", "建成开放新梅江公园(北段)", a, "新增完成", "completed", DONE)
J(d, "柳林公园(二期)运动舞台区", "建成开放柳林公园(二期)运动舞台区", a, "新增完成", "completed", DONE + "; excerpt cut just after")
SCH = "已完工的滨海新区华东师范大学附属天津泰达学校、河西区学苑中学、西青区赤龙中学等学校均已顺利开学投用"
for name in ("滨海新区华东师范大学附属天津泰达学校", "河西区学苑中学", "西青区赤龙中学"):
    J(d, name, SCH, a, "已完工…开学投用", "completed", GROUP)
G(d, "开工改造城镇老旧小区46个,共126万平方米", [("开工改造城镇老旧小区", 46, "个", "=", "increment"),
                                                ("开工改造城镇老旧小区", 126, "万平方米", "=", "increment")],
  "a finished-work statement read as a task sentence")
G(d, "完成燃气管网改造128公里", [("燃气管网改造", 128, "公里", "=", "increment")])
G(d, "完成城市供热“冬病夏治”户内改造7638户", [("城市供热“冬病夏治”户内改造", 7638, "户", "=", "increment")])
G(d, "启用4个居住小区闲置地下停车场,释放停车泊位1573个", [("启用居住小区闲置地下停车场", 4, "个", "=", "increment"),
                                                      ("释放停车泊位", 1573, "个", "=", "increment")])
G(d, "凤聚路、慧群道、云丽路等7条城市道路建设完成", [("城市道路建设", 7, "条", "=", "increment")])

# ---- X03 北京 2017 年终
d, a = "X03_beijing_2017_yearend", "2017-12-31"
J(d, "本年计划投资约2744亿元", "全年完成投资2781.9亿元,占年度投资计划的101.4%", a, "圆满完成投资任务", "completed")
J(d, "基础设施项目61项", "本年完成投资398.0亿元,占年度计划103.8%", a, "圆满完成全年投资任务", "completed",
  "the category is above its annual plan; the heading 五大类230项重点工程,圆满完成全年投资任务 covers it")
J(d, "民生改善项目26项", "本年完成投资1269.5亿元,占年度计划117.4%", a, "圆满完成全年投资任务", "completed",
  "as above; categories below 100% (98.5%, 80.7%, 73.0%) are not annotated: the office gives them no verdict of their own")
for name in ("奔驰MFA前驱车一期", "大灰厂门站及进出线天然气工程", "中心城区污水及再生管线建设"):
    J(d, name, "等9个项目提前完工", a, "提前完工", "completed", GROUP)
for name in ("北京新机场", "望坛棚户区改造", "京霸铁路(北京段)"):
    J(d, name, "等项目超额完成年度", a, "超额完成年度(投资任务)", "completed", GROUP + "; the sentence is cut after 年度")
G(d, "本年计划投资约2744亿元", [("计划投资", 2744, "亿元", "~", "total")])

# ---- X04 宿豫 2023 1-7月 (traditional)
d, a = "X04_suyu_2023_jul", "2023-07-31"
for name in ("恒山路小學(幼兒園)建設", "燕山路初中建設", "盛世農園", "雨露小區", "牡丹江河強排站", "宿豫電商園區商業綜合體建設",
             "老小區天然氣改造", "鄉鎮高層小區電動車充電棚建設工程", "穩就業創業促進增收行動"):
    J(d, name, "進展較快", a, "進展較快", "ahead",
      GROUP + "; singled out among the 97 items 達序時或超序時 as faster (ahead; on_track would also be defensible); year from the address (202308)")

# ---- X05 紫阳 2024 (to 10 June)
d, a = "X05_ziyang_2024_jun", "2024-06-10"
LAG = "one of the 3 decisions 需要加快推进落实 (against 25 取得阶段性成果并持续推进); as_of is the cut-off date printed (截止2024年6月10日)"
J(d, "严格落实全县重点项目前期工作计划,按时完成项目前期工作,提高项目成熟度。",
  "截至目前,紫阳民歌艺术中心、公共体育场等30个重点项目已完成前期论证工作,下余87个项目前期工作推进中", a, "需要加快推进落实", "lagging", LAG)
J(d, "紧盯超长期国债项目6月底前开工、12月底前完工的时间节点,夯实责任、强化措施,加快推进项目实施。",
  "截至目前,县自然资源局负责国债项目5个,开工2个,未开工3个,县农业农村局负责国债项目1个未开工", a, "需要加快推进落实", "lagging",
  LAG + "; the deadline (6月底前开工) is three weeks away")
J(d, "切实抓好汉江宿集紫阳茶宿项目建设。", "截至目前,18家茶宿项目,达到验收标准8家,正在建设11家", a, "需要加快推进落实", "lagging", LAG)
G(d, "严格落实全县重点项目前期工作计划,按时完成项目前期工作,提高项目成熟度。", [], "no quantity")
G(d, "紧盯超长期国债项目6月底前开工、12月底前完工的时间节点,夯实责任、强化措施,加快推进项目实施。", [], "dates are deadlines, not targets")

# ---- X06 山西 2018 1-11月
d, a = "X06_shanxi_2018_nov", "2018-11-30"
J(d, "省市两级重点工程建设项目", "省市两级重点工程建设项目完成投资2497亿元,完成率104.3%,提前完成全年投资任务", a, "提前完成全年投资任务", "completed")
for name in ("忻州市忻州老城开发保护建设项目", "吕梁市山西中铝华润吕梁轻合金循环产业基地合金铝项目电解铝部分", "运城市运城至灵宝高速公路运宝黄河大桥",
             "省电力公司的古交电厂三期送出工程"):
    J(d, name, "其中提前竣工4项", a, "提前竣工", "completed", GROUP)
for name in ("太原市新建中药饮片加工生产基地项目", "大同市浑源县采煤沉陷区治理搬迁安置二期工程",
             "朔州市山西玉龙集团右玉牛心堡风力发电有限公司右玉牛心堡三期99.5MW风电项目", "长治市20万吨/年合成气制乙二醇项目"):
    J(d, name, "未按期竣工4项", a, "未按期竣工", "lagging", GROUP + "; due by the end of November (截至11月底计划竣工22项) and not finished")
for city in ("太原", "忻州", "大同", "吕梁", "运城", "长治", "朔州", "晋中"):
    J(d, city, "8市均提前完成全年投资任务", a, "提前完成全年投资任务", "completed", GROUP + "; the task is the city's key-project investment plan")
G(d, "长治市20万吨/年合成气制乙二醇项目", [], "capacity in a project name")
G(d, "朔州市山西玉龙集团右玉牛心堡风力发电有限公司右玉牛心堡三期99.5MW风电项目", [], "capacity in a project name")
G(d, "今年省重点工程建设项目中计划新开工项目41项", [("计划新开工项目", 41, "项", "=", "increment")])

# ---- X07 宁夏 2022 1-11月
d, a = "X07_ningxia_2022_nov", "2022-11-30"
J(d, "自治区100个重点建设项目", "截至11月底,自治区100个重点建设项目累计完成投资687亿元,投资完成率达114.2%", a,
  "提前一个月超额完成全年投资目标", "completed")
J(d, "67个重大产业项目年度计划投资378亿元", "完成投资463.5亿元,投资完成率为122.25%", a, "超额完成(投资完成率122.25%)", "completed",
  "above the annual plan one month early")
J(d, "宁夏中环光伏材料有限公司50GW(G12)太阳能级单晶硅材料智慧化工厂及相关配套产业项目", "等36个项目均已完成年度投资目标", a,
  "均已完成年度投资目标", "completed", GROUP)
J(d, "22个重大基础设施体系建设项目年度计划投资191亿元", "完成投资187.7亿元,投资完成率为98.37%", a, "投资完成率为98.37%", "on_track",
  SHARE + " (98.37% at 30 November, schedule 91.7%)")
for name in ("银川市一体化绿色交通建设项目", "国家管网西气东输分公司固原—原州联络管道工程项目", "中卫至兰州高铁"):
    J(d, name, "等11个项目进展较快,均已完成年度投资目标", a, "进展较快,均已完成年度投资目标", "completed", GROUP)
J(d, "11个社会事业与民生改善工程年度计划投资32亿元", "完成投资36.2亿元,投资完成率为113.36%", a, "超额完成(投资完成率113.36%)", "completed")
for name in ("自治区疾病控制中心迁建项目", "自治区人民医院重大疫情救治基地项目"):
    J(d, name, "等6个项目进展较快,均已完成年度投资目标", a, "进展较快,均已完成年度投资目标", "completed", GROUP)
G(d, "67个重大产业项目年度计划投资378亿元", [("年度计划投资", 378, "亿元", "=", "total")], "67个 counts the group, not a target")
G(d, "22个重大基础设施体系建设项目年度计划投资191亿元", [("年度计划投资", 191, "亿元", "=", "total")])
G(d, "宁夏中环光伏材料有限公司50GW(G12)太阳能级单晶硅材料智慧化工厂及相关配套产业项目", [], "capacity in a project name")

# ---- X08 新疆 2022 1—10月
d, a = "X08_xinjiang_2022_oct", "2022-10-31"
J(d, "自治区重点项目", "1—10月,自治区重点项目按照实物工作量累计完成投资2483亿元,比去年同期增加261亿元,完成年度计划投资的92%", a,
  "有序推进", "on_track", "title 1—10月自治区重点项目有序推进; 92% at 31 October (schedule 83.3%)")
J(d, "续建项目", "续建项目完成投资1590亿元,为年计划的93.1%", a, "有序推进", "on_track", "as the total; 93.1% at 31 October")
for name in ("和田至若羌铁路", "阿克苏至阿拉尔铁路", "G315线依吞布拉克—若羌公路", "克孜河夏特水电站", "鄯善(吐哈)750千伏输变电工程",
             "独山子区20万吨/年EVA项目", "阿尔泰山可可托海国际滑雪场重点升级项目"):
    J(d, name, "等43个重点项目建成投运", a, "建成投运", "completed", GROUP)
for name in ("S226线喀拉通克—富蕴公路", "准东(奇台)机场新建工程", "西气东输四线天然气管道工程", "中山大学附属喀什医院建设"):
    J(d, name, "等103个重点项目实现新开工建设,提前超额完成全年新开工目标任务", a, "实现新开工建设", "on_track",
      GROUP + "; the project's goal this year is to start, which it did; read as under construction (on_track), completed would also be defensible")
for name in ("新兴产业", "劳动密集型产业", "公路", "电力"):
    J(d, name, "投资完成率均高于100%,提前超额完成年度目标任务", a, "提前超额完成年度目标任务", "completed", GROUP + "; sector of key projects")
for name in ("资源密集型产业", "生态环保", "经贸物流"):
    J(d, name, "领域重大项目加快建设,投资完成率达90%以上", a, "加快建设,投资完成率达90%以上", "on_track", GROUP + "; 90%+ at 31 October")
G(d, "鄯善(吐哈)750千伏输变电工程", [], "voltage class in a project name")
G(d, "独山子区20万吨/年EVA项目", [], "capacity in a project name")

# ---- X09 奉新 2021 9月 (traditional table)
d, a = "X09_fengxin_2021_sep", "2021-09-30"
YES = "column 是否達到進度要求 = 是 against the September plan (9月工作計劃)"
J(d, "奉新縣 示范幼兒園", "基本完成項目建設。", a, "是", "on_track", YES + " (plan 投入使用。, progress 基本完成項目建設。: the office says the requirement is met)")
J(d, "2020年棚戶區改造安置房新建工程山水嘉苑棚改安置小區", "預算已完成,因方案變更,項目目前暫停實施。", a, "是", "on_track",
  YES + "; the project is paused for a design change and the office still says 是")
J(d, "城東新區路網建設", "施工圖審已完成。", a, "是", "on_track", YES + " (plan 完成施工圖審。)")
J(d, "奉新縣老舊小區、老城區停車場及周邊道路改造工程",
  "1. 停車場部分:水岸麗都停車場城市驛站外部裝修基本完成。金穗廣場停車場需征地拆遷后實施。 2.道路工程部分:獅山大道完成改造污水管網總量至72%,弱電埋設1300米,完成花崗巖人行道板3600平方米,完成路面加寬,安裝路燈46盞等。迎賓路改造污水管網500米,弱電埋設400米,完成花崗巖人行道板1650平方米等。",
  a, "是", "on_track", YES + "; figures at or above the September plan (72% vs 70%, 1300米 vs 600米)")
T(d, "4", "奉新縣 示范幼兒園", ["教體局", "發改委", "住建局", "自然資源局"], prog="基本完成項目建設。", label="是",
  note="single units column 責任單位 on the next line (space-separated); 掛點領導 cell empty")
T(d, "13", "2020年棚戶區改造安置房新建", ["發投集團", "住建局", "房屋征收管理辦公室", "赤岸鎮"], prog="預算已完成,因方案變更", label="是")
T(d, "15", "城東新區路網建設", ["發投集團", "自然資源局", "發改委", "城管局", "馮川鎮"], prog="施工圖審已完成。", label="是")
T(d, "16", "奉新縣老舊小區、老城區停車場", [], prog="1. 停車場部分:水岸麗都停車場城市驛站外部裝修基本完成。", label="是",
  note="excerpt cut inside the 10月 plan cell: no units printed")
G(d, "獅山大道完成改造污水管網總量至70%,弱電埋設600米,完成花崗巖人行道板2000平方米,完成路面加寬,安裝路燈45盞等",
  [("改造污水管網總量", 70, "%", "=", "level"), ("弱電埋設", 600, "米", "=", "increment"),
   ("花崗巖人行道板", 2000, "平方米", "=", "increment"), ("安裝路燈", 45, "盞", "=", "increment")],
  "the September plan cell, traditional characters; metrics and units as printed")
G(d, "迎賓路改造污水管網300米,弱電埋設400米,完成花崗巖人行道板1600平方米等",
  [("改造污水管網", 300, "米", "=", "increment"), ("弱電埋設", 400, "米", "=", "increment"),
   ("花崗巖人行道板", 1600, "平方米", "=", "increment")])

# ---- X10 兴安盟 2020 1至5月
d, a = "X10_xingan_2020_may", "2020-05-31"
for name in ("引绰济辽工程", "中广核风电扶贫", "盟开发区蒙佳200万吨玉米精深加工", "伊利奶牛养殖基地配套设施项目"):
    J(d, name, "有序推进", a, "有序推进", "on_track", GROUP)
for name in ("盟开发区风电装备产业园", "前旗无人机", "突泉工业机器人"):
    J(d, name, "等项目稳步实施", a, "稳步实施", "on_track", GROUP)
for name in ("乌兰浩特市神骏山生态修复及景观项目", "城市森林", "城中草原"):
    J(d, name, "等项目进展顺利", a, "进展顺利", "on_track", GROUP)
for name in ("兴安职业技术学院迁址新建项目", "乌兰浩特市河东(白鹭)小学"):
    J(d, name, "等项目年内竣工使用", a, "年内竣工使用", "on_track", GROUP + "; a completion expected within the year, read as on course")
J(d, "教育业", "完成较好的行业有教育业,水利、环境和公共设施管理业,房地产,制造业,电力、热力、燃气及水生产和供应业等我盟优势行业,完成年度计划投资的32.28%、19.98%、17.37%、16.2%、和15.76%",
  a, "完成较好", "on_track",
  "the office calls these sectors 完成较好 with 15.8-32.3% of the annual plan at 31 May (northern building season; the whole league stands at 14.4%); one case for the sentence")
J(d, "科右前旗", "完成投资额较高的旗县市有科右前旗、突泉县、乌兰浩特市、盟开发区和扎赉特旗,分别完成年度计划投资的20.49%、19.32%、14.41%、13.86%和10.24%",
  a, "完成投资额较高", "on_track", "as above, banners ranked best at 10-20% of the plan; one case for the sentence")
G(d, "盟开发区蒙佳200万吨玉米精深加工", [], "capacity in a project name")

# ---- X11 江西 2015 前11个月 (traditional, glossed)
d, a = "X11_jiangxi_2015_nov", "2015-11-30"
for name in ("尋烏(贛閩界)至全南高速公路尋烏至信豐段", "南昌至樟樹高速公路改擴建工程", "金溪至撫州高速公路", "合肥至福州鐵路(江西段)",
             "華能安源電廠“上大壓小”新建工程及送出配套工程", "峽江水利樞紐工程"):
    J(d, name, "等13個項目建成", a, "建成", "completed", GROUP + "; listed under 建成投產項目已有")
for name in ("南昌南外環", "洪屏抽水蓄能電站", "南昌市軌道交通1、2號線"):
    J(d, name, "等項目完成投資比例超過平均水平", a, "完成投資較好", "on_track",
      GROUP + "; 續建項目建設進度進一步加快,完成投資較好 (above the average of 90% at the end of November)")
for name in ("贛江新干航電樞紐工程", "井岡山機場二期擴建工程", "南昌至九江高速公路改擴建工程"):
    J(d, name, "等68個項目開工建設", a, "開工建設", "on_track", GROUP + "; new projects started")

# ---- X12 江西 2018 1至8月
d, a = "X12_jiangxi_2018_aug", "2018-08-31"
J(d, "省重点项目", "今年1至8月,省重点项目累计完成投资1310亿元,占年计划65.1%", a, "快马加鞭", "on_track",
  "title 江西省重点项目建设快马加鞭; 65.1% at 31 August (schedule 66.7%)")
J(d, "90个基础设施项目", "截至8月底,90个基础设施项目累计完成投资457.85亿元,占年计划61.3%", a, "快马加鞭", "on_track", SHARE + " (61.3%)")
J(d, "157个产业项目", "157个产业项目累计完成投资811.23亿元,占年计划69.1%", a, "快马加鞭", "on_track", SHARE + " (69.1%)")
J(d, "火电", "火电、煤炭油气项目分别完成年计划进度100%和96.9%", a, "完成年计划进度100%", "completed",
  "the first share of the pair is 火电's; no verdict word")
J(d, "上饶经开区吉利新能源智能化新一代城市商用车三电系统等零部件项目", "提前开工建设", a, "提前开工建设", "ahead", GROUP)
J(d, "长越新能源汽车核心零部件项目", "提前开工建设", a, "提前开工建设", "ahead", GROUP)
J(d, "景德镇古坊群建设项目", "提前开工建设", a, "提前开工建设", "ahead", GROUP)
J(d, "赣州经开区国机智骏汽车有限公司赣州工厂项目(一期)", "建成投运", a, "建成投运", "completed", GROUP)
J(d, "上饶市信州区宇瞳光学有限公司安防镜头及光学镜片生产项目", "建成投运", a, "建成投运", "completed", GROUP)
J(d, "赣州稍江220千伏输变电工程(南康区)", "赣州稍江220千伏输变电工程(南康区)建成投运", a, "建成投运", "completed")
J(d, "皖赣铁路浯溪口水库段改线工程", "皖赣铁路浯溪口水库段改线工程铺架完成90%", a, "快马加鞭", "on_track",
  "construction share of the track-laying; the page's framing is positive")
G(d, "赣州稍江220千伏输变电工程(南康区)建成投运", [], "voltage class in a project name")

# ---- X13 云南 2025 1—6月
d, a = "X13_yunnan_2025_h1", "2025-06-30"
HALF = "the sentence ends 实现时间过半完成任务超半 (half the year, more than half the task): on schedule"
J(d, "1775个省级重大项目", "1775个省级重大项目年度计划投资完成率62.62%、同比提高8.34个百分点", a, "实现时间过半完成任务超半", "on_track", HALF)
J(d, "382个民营企业投资项目", "382个民营企业投资项目年度计划投资完成率53.38%", a, "实现时间过半完成任务超半", "on_track", HALF)
J(d, "76个“重中之重”项目", "76个“重中之重”项目年度计划投资完成率58.81%", a, "实现时间过半完成任务超半", "on_track", HALF)
J(d, "42个生态环保项目", "42个生态环保项目年度计划投资完成率100.13%", a, "年度计划投资完成率100.13%", "completed",
  "no verdict word: the annual investment plan is reached at mid-year")
J(d, "玉溪市江川区人民医院综合住院楼建设项目", "玉溪市江川区人民医院综合住院楼建设项目已于6月初完成竣工验收", a, "完成竣工验收", "completed")
for name in ("昭通市永善县天星坝水库工程", "蒙自市西片区排水防涝建设项目"):
    J(d, name, "等139个基础设施项目年度计划投资完成率超过80%", a, "年度计划投资完成率超过80%", "ahead",
      GROUP + "; more than 80% of the annual plan at mid-year, singled out by the office")
J(d, "陆良鸿蒙智运科技有限公司年产6万吨钢化玻璃绝缘子项目", "陆良鸿蒙智运科技有限公司年产6万吨钢化玻璃绝缘子项目于6月20日开工", a, "开工", "on_track")
for name in ("澜沧县茶叶咖啡加工仓储交易示范基地项目(一期)", "中储粮玉溪直属库有限公司新建项目一期"):
    J(d, name, "等237个产业项目年度计划投资完成率超过80%", a, "年度计划投资完成率超过80%", "ahead", GROUP + "; as above")
J(d, "楚雄市200MW共享储能建设项目", "楚雄市200MW共享储能建设项目已竣工投产", a, "已竣工投产", "completed")
G(d, "陆良鸿蒙智运科技有限公司年产6万吨钢化玻璃绝缘子项目于6月20日开工", [], "capacity in a project name")
G(d, "楚雄市200MW共享储能建设项目已竣工投产", [], "capacity in a project name")

# ---- X14 云南 2025 1至9月
d, a = "X14_yunnan_2025_sep", "2025-09-30"
J(d, "1775个省级重大项目", "今年1至9月,1775个省级重大项目年度计划投资完成率84.48%、同比提高10.62个百分点", a, "年度计划投资完成率84.48%", "on_track",
  SHARE + " (84.48% at 30 September, schedule 75%)")
J(d, "42个生态环保项目", "42个生态环保项目年度计划投资完成率106.11%", a, "年度计划投资完成率106.11%", "completed", "no verdict word; above the annual plan")
J(d, "65个社会事业项目", "65个社会事业项目年度计划投资完成率76.84%", a, "年度计划投资完成率76.84%", "on_track", SHARE)
J(d, "17个口岸项目", "17个口岸项目年度计划投资完成率78.58%", a, "年度计划投资完成率78.58%", "on_track", SHARE)
for name in ("康乐卫士(昆明)生物技术有限公司重组疫苗临床及产业化基地建设项目", "昭通市永善县码口大兴中型灌区", "禄丰市东河水库提水至勤丰工业园区供水工程"):
    J(d, name, "等234个基础设施项目年度计划投资完成率超过80%", a, "年度计划投资完成率超过80%", "on_track",
      GROUP + "; more than 80% at 30 September (schedule 75%)")
J(d, "云南智铝新材料有限公司砚山县20万吨高精铝板带项目", "云南智铝新材料有限公司砚山县20万吨高精铝板带项目已于2025年9月建成投产", a, "建成投产", "completed")
for name in ("姚安县光禄古镇农旅融合发展建设项目", "石林垚鑫智能花卉产业园项目(二期)", "玉溪市智晖设施蓝莓特色产业园建设项目"):
    J(d, name, "等368个产业项目年度计划投资完成率超过80%", a, "年度计划投资完成率超过80%", "on_track", GROUP + "; as above")
G(d, "云南智铝新材料有限公司砚山县20万吨高精铝板带项目已于2025年9月建成投产", [], "capacity in a project name; the year is a date")

# ---- X15 青海 2022 截至8月底
d, a = "X15_qinghai_2022_aug", "2022-08-31"
J(d, "全省200项重点项目", "截至8月底,全省200项重点项目开复工176项,开复工率88%,完成投资708亿元,为年度任务的70.8%", a, "重点项目推进成效明显", "on_track",
  "70.8% at 31 August (schedule 66.7%)")
for name in ("蓄集峡水利枢纽", "玉树机场改扩建"):
    J(d, name, "等项目建成投运", a, "建成投运", "completed", GROUP)
J(d, "西成铁路", "西成铁路全线初设获批,即将进入全面施工阶段", a, "重点项目推进成效明显", "on_track",
  "preliminary design approved in August, construction about to start; the page counts it as progress (not a lag)")
J(d, "第二批国家大型风电光伏基地", "第二批国家大型风电光伏基地已完成备案手续开工在即", a, "重点项目推进成效明显", "on_track", "as above: preparation done, start imminent")
for name in ("西宁机场三期", "玛尔挡水电站", "G0611线同仁至赛尔龙段"):
    J(d, name, "正加快建设", a, "正加快建设", "on_track", GROUP)
for name in ("弗迪电池年产10吉瓦时动力锂电池", "丽豪半导体新材料年产20万吨多晶硅"):
    J(d, name, "等项目已超额完成年度建设任务", a, "已超额完成年度建设任务", "completed", GROUP)
for name in ("黄河公司100万千瓦光伏", "国能共和公司100万千瓦光伏"):
    J(d, name, "等项目加速推进", a, "加速推进", "on_track", GROUP)
J(d, "同仁市40万千瓦“光牧储”综合一体化", "等重点项目年度任务完成率近90%", a, "年度任务完成率近90%", "ahead",
  "近90% of the annual task at 31 August (schedule 66.7%)")
J(d, "省交通运输厅", "1-8月完成投资162.83亿元,为年度目标的67.56%,同比增长11.1%", a, "全力促开工促进度", "on_track",
  "the department's projects; 67.56% at 31 August")
G(d, "弗迪电池年产10吉瓦时动力锂电池、丽豪半导体新材料年产20万吨多晶硅等项目已超额完成年度建设任务", [], "capacities in project names")

# ---- X16 黑河 2019 (published 31 August)
d, a = "X16_heihe_2019_aug", "2019-08-31"
J(d, "36个省“百大项目”", "已开复工24个,开复工率66.7%,完成投资14.5亿元,投资完成率35.4%", a, "取得显著成效", "on_track",
  "the office frames 35.4% of the annual investment at the end of August as 显著成效 (northern building season; judgement call: the linear schedule says behind)")
J(d, "多宝山铜矿二期改扩建项目", "今年已完成投资近8亿元,计划年内实现选矿生产", a, "重点项目多点开花", "on_track")
J(d, "孙吴天之草汉麻种植加工项目", "今年完成汉麻种植3万亩,一期汉麻纤维加工项目已投产,二期汉麻板材加工项目开工建设", a, "重点项目多点开花", "on_track")
J(d, "黑龙江跨境公路大桥项目", "于5月31日完成合龙,今年可全部竣工", a, "取得实质性进展", "on_track")
J(d, "中俄东线天然气管道", "中俄东线天然气管道进展顺利,黑河境内管道267公里已基本连通,黑河输气首站综合进度达62.66%,预计12月1日黑河—长岭段正式供气投用", a,
  "进展顺利", "on_track")

# ---- X17 黑龙江 2020 三季度 (traditional)
d, a = "X17_heilongjiang_2020_q3", "2020-09-30"
J(d, "2020年加強版百大項目", "已開工480個,開工率96%;已完成投資1705.3億元,投資完成率68.1%", a, "會戰正酣", "on_track",
  "figures of mid-October (截至目前), as_of the quarter end; 68.1% against 75%")
J(d, "昊天玉米深加工項目", "由原計劃兩年建成提速至今年竣工", a, "提前竣工", "completed", "one of the 34 提前竣工 projects")
J(d, "恒豐紙業年産5萬噸食品包裝紙項目", "當年開工當年建設當年竣工投産", a, "竣工投産", "completed", "done last year; the page cites it as an example")
G(d, "恒豐紙業年産5萬噸食品包裝紙項目", [], "capacity in a project name, traditional characters")

# ---- X18 黑龙江 2022 上半年
d, a = "X18_heilongjiang_2022_h1", "2022-06-30"
J(d, "500个省级重点项目", "其中500个省级重点项目已开工450个,开工率90%", a, "开工率90%", "on_track", "no verdict word; start rate at mid-year, the page is positive")
J(d, "尚志抽水蓄能电站项目", "尚志抽水蓄能电站项目已提前开工建设", a, "提前开工建设", "ahead")
J(d, "哈尔滨华为鲲鹏生态中心项目", "哈尔滨华为鲲鹏生态中心项目7月底提前上线运营", a, "提前上线运营", "completed", "reported in August (7月底), ahead of its plan")
J(d, "七台河联顺生物制药项目", "七台河联顺生物制药项目成功启动单机调试,10月将进行试生产", a, "在建项目加快推进", "on_track")
J(d, "荒沟抽水蓄能电站", "荒沟抽水蓄能电站全面投产发电", a, "全面投产发电", "completed")
for name in ("京粮L乳酸加工", "海伦纤维素燃料乙醇", "宾县协合风电"):
    J(d, name, "等11个项目先后竣工投产", a, "竣工投产", "completed", GROUP)
for name in ("东安动力新能源混动系统新基地", "科友碳化硅衬底材料"):
    J(d, name, "等一批战略性新兴产业项目率先开工建设", a, "率先开工建设", "on_track", GROUP + "; started early in the year (ahead would also be defensible)")

# ---- X19 开封 2019 1—8月
d, a = "X19_kaifeng_2019_aug", "2019-08-31"
J(d, "2019 年我市“6590”重点项目共 502 个(含兰考县),计划完成投资 906 亿元",
  "1 —8 月份累计完成投资 697.38 亿元,占年计划的 76.97%,截止目前已超出年度时序进度 10 个百分点", a, "超出年度时序进度 10 个百分点", "ahead",
  "the office says ahead by 10 points (76.97% vs 66.7%); under duban's +15 rule it is on_track")
for name in ("河南国网电缆集团有限公司防火电缆项目", "开封联诚木业有限公司联诚木业项目", "汴梁小宋城二期项目"):
    J(d, name, "累计有 168 个项目已开工建设", a, "已开工建设", "on_track", GROUP + "; projects due to start by August that started")
for name in ("建祥产业园项目", "开封高富聚脲醛实业有限公司年产 20 万吨脲甲醛项目", "开封市陇海医院医养结合项目", "蓄水坝、节制闸工程"):
    J(d, name, "有 18 个项目应开未开", a, "应开未开", "not_started", GROUP + "; due to start by the end of August and not started")
for name in ("河南数字化建筑产业园 (一期)", "河南昊晖建材有限公司建筑材料生产项目", "幸福里·十顷園城市综合体", "开封市传染病医院迁建项目"):
    J(d, name, "有 11 个项目已提前开工", a, "已提前开工", "ahead", GROUP)
for name in ("开封中盛家具项目", "尉氏辰辉新型建筑材料有限公司建筑材料生产项目", "开封市多多美门业有限公司防盗室内门窗生产项目",
             "河南青和铝业有限公司铝型材加工项目", "开封市御品官瓷文化艺术有限公司龙亭官瓷文化产业园项目", "河南皮阿诺工程橱柜定制"):
    J(d, name, "有 52个项目已基本提前完工", a, "已基本提前完工", "completed", GROUP)
J(d, "续建项目 102 个", "1 —8 月份累计完成投资 260.16 亿元,占年计划的 83.55%,续建项目整体有序推进,截止目前已超出年度时序进度 17 个百分点",
  a, "超出年度时序进度 17 个百分点", "ahead")
J(d, "预备新开工项目 47 个", "1 —8 月份累计完成投资 5.07 亿元,占年计划的 30.18%,项目整体正在按计划进行", a, "正在按计划进行", "on_track",
  "the office says on plan at 30.18% of the annual plan (projects prepared to start late in the year); the linear schedule says behind")
G(d, "2019 年我市“6590”重点项目共 502 个(含兰考县),计划完成投资 906 亿元", [("计划完成投资", 906, "亿元", "=", "total")],
  "“6590” names the programme, 502 个 counts the projects")
G(d, "开封高富聚脲醛实业有限公司年产 20 万吨脲甲醛项目", [], "capacity in a project name")

# ---- X20 开平 2019 1-2月 (traditional, glossed)
d, a = "X20_kaiping_2019_feb", "2019-02-28"
J(d, "我市列入2019年廣東省重點項目計劃的項目有9項,總投資128.2億元,年度投資計劃14.5億元",
  "1-2月,完成年度投資2.2億元,完成年度投資計劃的15.3%,慢于時間進度1.3%", a, "慢于時間進度", "lagging",
  "the office's own 慢于時間進度 (15.3% against 16.7%), although small")
J(d, "我市列入江門市2019年重點建設項目75項,總投資356.5億元,2019年計劃投資62.4億元",
  "1-2月,累計完成投資9.7億元,完成年度投資計劃的15.5%,慢于時間進度1.2%", a, "慢于時間進度", "lagging", "as above (15.5% against 16.7%)")
G(d, "我市列入2019年廣東省重點項目計劃的項目有9項,總投資128.2億元,年度投資計劃14.5億元", [("年度投資計劃", 14.5, "億元", "=", "total")],
  "traditional characters; 總投資 is the projects' budget and 9項 counts them: neither is this year's goal")

# ---- X21 开平 2020 1-8月 (traditional)
d, a = "X21_kaiping_2020_aug", "2020-08-31"
J(d, "交通類", "交通類、城建類項目整體進展較慢", a, "整體進展較慢", "lagging", "51.4% of the plan at 31 August (printed in the sentence before)")
J(d, "城建類", "交通類、城建類項目整體進展較慢", a, "整體進展較慢", "lagging", "53.4% of the plan at 31 August; same progress text as 交通類")
J(d, "產業類", "產業類進展較好,超過時間進度4個百分點", a, "進展較好,超過時間進度4個百分點", "on_track", "70.7% at 31 August")
G(d, "我市本級重點建設項目155項,總投資658.4億元,年度投資計劃130.6億元", [("年度投資計劃", 130.6, "億元", "=", "total")],
  "traditional characters; budget and count are not goals")

# ---- X22 濮阳 2017 截至5月31日
d, a = "X22_puyang_2017_may", "2017-05-31"
J(d, "全市375个省市重点项目", "截至5月31日,全市375个省市重点项目完成投资487.3亿元,占年度计划投资的48%", a, "保持了良好态势", "on_track",
  "48% at 31 May (schedule 41.7%)")
for county, share in (("南乐县", "58.2%"), ("清丰县", "57.7%"), ("开发区", "55.5%"), ("华龙区", "54.6%"), ("濮阳县", "51.7%")):
    J(d, county, county + "完成" + share, a, "投资实现任务过半", "ahead",
      "5个县区投资实现任务过半: more than half of the annual plan a month before mid-year (the office's 双过半 milestone reached early); the county's key-project plan")

# ---- X23 崇信 2017 上半年 (indicators against 双过半)
d, a = "X23_chongxin_2017_h1", "2017-06-30"
HALFNOT = "the review says 6 of 11 indicators did not reach 双过半 (half the annual plan at mid-year); this one is below 50%, so it is among them (label inferred from the criterion)"
HALFOK = "at or above 50% of the annual plan at mid-year: not among the 6 that missed 双过半 (inferred from the criterion)"
J(d, "地区生产总值", "上半年全县地区生产总值完成11.3亿元,占年计划的41.8%,同比增长9.3%", a, "没有完成“双过半”目标任务", "lagging", HALFNOT)
J(d, "规模以上工业增加值", "规模以上工业增加值完成4亿元,占计划的53.1%,同比增长13%", a, "完成“双过半”", "on_track", HALFOK)
J(d, "固定资产投资", "固定资产投资完成28.1亿元,占年计划的38.9%,同比下降24%", a, "差欠较大", "lagging",
  "named: 固定资产投资等个别指标差欠较大")
J(d, "社会消费品零售总额", "社会消费品零售总额完成4.6亿元,占年计划的49.6%,同比增长11%", a, "没有完成“双过半”目标任务", "lagging",
  HALFNOT + "; 49.6% is only just below half")
J(d, "城镇居民可支配收入", "城镇居民可支配收入完成15462元,占年计划的50.3%,同比增长8.7%", a, "完成“双过半”", "on_track", HALFOK)
J(d, "农村居民人均可支配收入", "农村居民人均可支配收入完成3274元,占年计划的42.7%,同比增长8.1%", a, "没有完成“双过半”目标任务", "lagging", HALFNOT)
J(d, "公共财政预算收入", "公共财政预算收入完成1.5亿元,占预算的52.6%,同比增长18.6%", a, "完成“双过半”", "on_track", HALFOK)

# ---- X24 开封 2016 1—4月
d, a = "X24_kaifeng_2016_apr", "2016-04-30"
for name in ("杞县柿园110千伏输变电工程", "智慧城市展示体验中心建设"):
    J(d, name, "杞县柿园110千伏输变电工程、智慧城市展示体验中心建设2个已完工", a, "已完工", "completed", GROUP)
for name in ("中意湖项目", "尉氏优德医疗设备项目"):
    J(d, name, "中意湖项目、尉氏优德医疗设备项目2个项目推进较快,当年任务基本完成", a, "推进较快,当年任务基本完成", "completed",
      GROUP + "; the year's task basically done by April (ahead would also be defensible)")
G(d, "杞县柿园110千伏输变电工程", [], "voltage class in a project name")

# ---- write + verify
bad = 0
for r in TASKS:
    t = doc(r["doc"])
    for k in ("text_start", "progress_start"):
        if r.get(k) and r[k] not in t:
            print("MISSING", k, r["doc"], r[k])
            bad += 1
for r in JUDGED:
    t = doc(r["doc"])
    for k in ("task", "progress"):
        if r[k] not in t:
            print("MISSING", k, r["doc"], r[k][:40])
            bad += 1
for r in TARGETS:
    if r["text"] not in doc(r["doc"]):
        print("MISSING target text", r["doc"], r["text"][:40])
        bad += 1
print("docs", len(DOCS), "tasks", len(TASKS), "judged", len(JUDGED), "targets", len(TARGETS),
      "target values", sum(len(r["targets"]) for r in TARGETS), "bad", bad)
print(Counter(r["status"] for r in JUDGED))
print(sorted(Counter(r["doc"][:3] for r in JUDGED).items()))
print(Counter(p for _, p, *_ in DOCS))
if "--write" in sys.argv and not bad:

    def w(name, rows):
        with open(B / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    w("documents.jsonl", [{"id": i, "file": f"docs/{i}.txt", "source": SRC[i], "province": p, "level": lv, "year": y, "kind": k,
                           "layout": lay} for i, p, lv, y, k, lay in DOCS])
    w("tasks.jsonl", TASKS)
    w("judged.jsonl", JUDGED)
    w("targets.jsonl", TARGETS)
    (B / "firstrun").mkdir(exist_ok=True)
    w("firstrun/judged.in.jsonl", [{"task": r["task"], "progress": r["progress"], "as_of": r["as_of"]} for r in JUDGED])
    w("firstrun/targets.in.jsonl", [{"text": r["text"]} for r in TARGETS])
    print("written")
