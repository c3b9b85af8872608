"""Hand annotations of batch verdicts4, written before duban was run on these documents.

Checks that every task, progress, text_start, progress_start and target sentence occurs verbatim in
its document, then (with --write) writes documents.jsonl, tasks.jsonl, judged.jsonl, targets.jsonl and
the first-run inputs firstrun/judged_inputs.jsonl and firstrun/targets_inputs.jsonl.
"""

import json
import pathlib
import sys
from collections import Counter

from docs_src import SRC as PAGES

B = pathlib.Path(__file__).resolve().parent


def doc(i):
    return (B / "docs" / f"{i}.txt").read_text(encoding="utf-8")


# id, province, level, year (None when the page does not print it), kind, layout
DOCS = [
    ("V01_lasa_2021_aug", "西藏", "市", 2021, "bulletin",
     "city NDRC page on the 83 key projects at the end of August: counts and shares, then the 12 projects not yet started, each "
     "with its stage (正在招投标 / 正在办理风评手续 / 可研报告…已报 / 正在加紧推进前期工作), joined with ; or run together; cut after the 10th"),
    ("V02_lanzhou_2013_sep", "甘肃", "市", 2013, "bulletin",
     "aggregator repost of a city bulletin (通报称…): three groups of projects with plan, actual and 占年计划的x%, named projects "
     "under 已经超额完成年度投资计划 / 已建成投产 / 已部分建成 / 正在加快推进; no period printed (目前; page dated 2013-10-18)"),
    ("V03_heilongjiang_anju_jul", "黑龙江", "省", None, "bulletin",
     "provincial general office bulletin on 保障性安居工程 at the end of July, reposted on an aggregator: totals, counties 进展较快 "
     "with 开工率, then counties named under numbered headings of 进展缓慢 (no loan papers filed / 尚未开工 / 开工进展缓慢); cut; year not printed"),
    ("V04_puyang_may", "河南", "市", None, "bulletin",
     "督查局 inspection of 341 key projects on 11-12 May: 开工率 per county, then the 9 projects due to start and not started and the "
     "stopped projects, numbered per county, each with its cause; cut; year not printed"),
    ("V05_shapingba_2021_q3", "重庆", "区", 2021, "bulletin",
     "district 督查办 report on the work report at the end of September: indicators in prose, 民生实事 done, then the 8 tasks 滞后 "
     "numbered, each task sentence followed by its progress and (牵头单位:…); cut in task 2"),
    ("V06_shapingba_2022_year", "重庆", "区", 2022, "bulletin",
     "same office, year-end 2022: the 15 tasks that missed their target (未完成既定目标任务), numbered, each task sentence followed by "
     "the year's result; no units printed; cut in task 8"),
    ("V07_kaiping_2024_feb", "广东", "县", 2024, "progress",
     "county-level city key-project briefing 1-2月 in traditional characters with a spam header: three project groups and two "
     "sectors with 完成年度投資計劃的x%, 快于/慢于序時進度x個百分點, sub-sectors named 完成投資進度較慢 / 較快; cut"),
    ("V08_shanghai_2022_nov", "上海", "省", 2022, "narrative",
     "repost (traditional characters with pinyin glosses 項(xiàng)) of a news item on the 30 为民办实事 at the end of November: groups "
     "with 占全年計劃x%, named items under 超額完成 / 按計劃完成, one item 暫停; cut"),
    ("V09_enping_2024_nov", "广东", "县", 2024, "bulletin",
     "督查通報 on the ten 民生实事 (28 items) at the end of November, traditional with glosses: counts, three items 需進一步加快施工速度, "
     "two items earlier flagged 進展較為緩慢 now done"),
    ("V10_xining_haidong_2024_may", "青海", "省", 2024, "narrative",
     "provincial NDRC office page in traditional characters on the 100 metropolitan-area key projects 1-5月: named projects with "
     "stage verdicts (全速推進 / 順利通車 / 建成投運 / 全部完工 / 有序實施 / 加快建設 / 開工在即) by sector; cut"),
    ("V11_qinghai_sep", "青海", "省", None, "narrative",
     "news repost on the province's 170 key projects at the end of September (year not printed): five sectors with plan, actual and "
     "占年度目标任务x%, each followed by named projects 抓紧推进 / 基本完工 / 加快推进 / 按计划实施; cut"),
    ("V12_dalian_2023_aug", "辽宁", "市", 2023, "narrative",
     "newspaper item on the city's 39 民生实事 items at the end of August: counts, the items 完成全年任务 named in quotes, then the items "
     "超额完成8月份节点目标 named in quotes; cut"),
    ("V13_shijiazhuang_2011_may", "河北", "市", 2011, "bulletin",
     "city general office bulletin 1-5月 on provincial key projects, traditional with glosses: ranking of counties by share, five "
     "counties 完成投資均為零, groups with shares, 應開未開 projects named; cut"),
    ("V14_shijiazhuang_2022_apr", "河北", "市", 2022, "progress",
     "city key-project monthly report 1-4月: plan by category, totals, counties named with their figures under 投资进度较快 / "
     "进度需进一步加快 (and by volume 较大 / 有待进一步加强); cut"),
    ("V15_mianyang_2022_q1", "四川", "市", 2022, "bulletin",
     "forum repost of the city's 红黑榜 for Q1: units entering the red list (超额完成一季度目标任务) and the black list "
     "(未完成一季度目标任务) for project progress and for investment"),
    ("V16_haikou_2018_year", "海南", "市", 2018, "narrative",
     "radio-site repost of a city newspaper item on 2018 key projects: province and city totals over 100%, completed projects named, "
     "three projects with 完成年度计划x%, sectors 快于序时进度; cut"),
    ("V17_haikou_2015_q1", "海南", "市", 2015, "narrative",
     "newspaper item on the city's 67 key projects in Q1: shares by investor type, the office's 稍滞后于预期 with 亮点, project types "
     "好于预期,超过目标进度; cut before the causes"),
    ("V18_nanchang_nov", "江西", "市", None, "narrative",
     "news item on the city's 60 key projects at the end of November (year not printed): shares per category, named projects "
     "竣工投产 / 开工建设 / 尚未开工 / 按进度要求推进较慢 / 已完工; cut"),
    ("V19_ningxia_2018_q1", "宁夏", "省", 2018, "narrative",
     "repost of a regional newspaper item on the 90 key projects at the end of March: 开工率 headline, projects named as 投资均完成年度计划的"
     "15%以上 / 20%以上"),
    ("V20_beijing_2017_shishi", "北京", "省", 2017, "narrative",
     "repost (traditional) of a newspaper item on the city's 30 民生实事 in late December: 基本完成, 29 done and one about to be done"),
    ("V21_kunming_2018_q1", "云南", "市", 2018, "narrative",
     "aggregator repost on the city's 367 key projects in Q1: plan per group, shares, four projects named 已完成年度计划的50%以上; cut"),
    ("V22_kaiping_2023_aug", "广东", "县", 2023, "progress",
     "same briefing as V07 for 1-8月 2023 (traditional with glosses): three groups 快于/慢于時間進度, sectors, the causes of the "
     "infrastructure lag named (停工整改 / 尚未開工); cut"),
    ("V23_dalian_2021_q3", "辽宁", "市", 2021, "narrative",
     "newspaper item on the city's 24 民生工程 items at the end of September: items 完成全年目标 and 超额完成9月份节点目标 named in "
     "quotes with their figures; cut"),
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


GROUP = ("group verdict: the office names the item in a list under one verdict and prints nothing else for it; "
         "progress is the printed verdict phrase")
SHARE = ("no verdict word for this item: status from the printed share of the annual plan against the elapsed year "
         "(realdev rule)")
NOYEAR = ("year not printed on the page: the as_of year is a placeholder, the month and day are the page's; only the month "
          "enters the schedule")

# ---- V01 拉萨 2021 截至8月底
d, a = "V01_lasa_2021_aug", "2021-08-31"
NS = ("listed under 12个未开工项目中: a 2021 new project not started by the end of August; its stage as printed (the "
      "preparation stage is not a verdict of its own)")
J(d, "人大附中拉萨学校", "人大附中拉萨学校正在招投标,预9月开工", a, "未开工项目", "not_started", NS)
J(d, "自治区危险废物处置中心改扩建", "自治区危险废物处置中心改扩建正在办理风评手续,预计9月底开工", a, "未开工项目", "not_started", NS)
J(d, "北环路和蓝天路改造",
  "北环路和蓝天路改造正在对接第三方编制地灾和地震评估报告,已完成编制水保、稳评报告,并同步开展招投标前准备工作,预计开工时间待定",
  a, "未开工项目", "not_started", NS)
J(d, "旁多引水工程", "旁多引水工程可研报告审查意见已报自治区水利厅,可研审批请示已报自治区发改委", a, "未开工项目", "not_started",
  NS + "; the page runs this item on from the previous one with no punctuation")
J(d, "G561拉萨至林周新改建项目", "G561拉萨至林周新改建项目需交通运输部进一步明确是否支持在“十四五”规划内建设", a, "未开工项目",
  "not_started", NS)
J(d, "北环西延线", "北环西延线正在加紧推进前期工作", a, "未开工项目", "not_started", NS)
J(d, "京藏产业园", "京藏产业园待施工单位注册后,进行住建厅备案手续,预计9月底完成施工许可证办理", a, "未开工项目", "not_started", NS)
J(d, "林周县旅游综合服务中心", "林周县旅游综合服务中心已完成备案、土地预审、选址意见书、生物多样性批复,正在办理环评手续", a,
  "未开工项目", "not_started", NS + "; 已完成备案… are preparation steps, not the works")
J(d, "扎叶巴康养小镇", "扎叶巴康养小镇已完成土地出让手续,目前市城投公司正在调整项目总体规划及建设方案", a, "未开工项目",
  "not_started", NS)
J(d, "垃圾焚烧二期", "垃圾焚烧二期已完成用地预审和选址意见书,正在修改申", a, "未开工项目", "not_started", NS + "; cut mid-word")
G(d, "2021年安排重点项目83个,总投资845.08亿元,年度计划投资总额235.88亿元",
  [("年度计划投资总额", 235.88, "亿元", "=", "total")], "83个 counts the programme, 总投资 is the projects' budget")
G(d, "57个续建项目,总投资504.47亿元,2021年计划投资167.18亿元", [("计划投资", 167.18, "亿元", "=", "total")])
G(d, "26个新建项目,总投资340.61亿元,2021年计划投资68.7亿元", [("计划投资", 68.7, "亿元", "=", "total")])
G(d, "G561拉萨至林周新改建项目需交通运输部进一步明确是否支持在“十四五”规划内建设", [], "a road number and a plan name")

# ---- V02 兰州 2013 (通报称…目前; page dated 2013-10-18)
d, a = "V02_lanzhou_2013_sep", "2013-09-30"
AS2 = "as_of inferred: the repost (2013-10-18) says 目前; the shares (73-75% of the year) fit the end of September"
for name in ("兰州至中川城际铁路项目", "兰州城关万达广场项目"):
    J(d, name, "兰州至中川城际铁路项目、兰州城关万达广场项目等14个项目已经超额完成年度投资计划", a, "已经超额完成年度投资计划",
      "completed", GROUP + "; " + AS2)
for name in ("榆中三电大型泵站更新改造项目", "皋兰西电大型泵站更新改造项目"):
    J(d, name, "已建成投产", a, "已建成投产", "completed", GROUP)
for name in ("仁寿山生态文化旅游景区项目", "省道301线改造工程"):
    J(d, name, "已部分建成", a, "已部分建成", "on_track", GROUP + "; partly built, in progress")
J(d, "兰州市低丘缓坡沟壑等未利用地综合开发利用项目", "兰州市低丘缓坡沟壑等未利用地综合开发利用项目今年计划任务已完成", a,
  "今年计划任务已完成", "completed")
for name in ("新胜利宾馆商业综合体", "兰州城市轨道交通1号线工程", "宝鸡-兰州客运专线工程(含兰州西客站)"):
    J(d, name, "等项目已经超额完成年度投资计划", a, "已经超额完成年度投资计划", "completed", GROUP)
for name in ("兰州新区向日葵产业园项目",):
    J(d, name, "等5个项目已部分建成", a, "已部分建成", "on_track", GROUP)
for name in ("兰州中川机场扩建工程", "兰秦快速路工程(水阜至忠和)"):
    J(d, name, "等21个项目正在加快推进", a, "正在加快推进", "on_track", GROUP)
J(d, "57个续建项目总投资1760.6亿元,年度计划投资267.9亿元", "目前完成投资195.88亿元,占年计划的73.11%", a, "占年计划的73.11%",
  "on_track", SHARE + " (73.11% against 75%)")
J(d, "今年计划新开工项目43个,总投资1658.9亿元,年度计划投资184.5亿元", "目前,开工建设35个,完成投资137.73亿元,占年计划的74.6%", a,
  "占年计划的74.6%", "on_track", SHARE + " (74.6%); 35 of 43 started")
J(d, "今年100个市列重大项目兰州新区建设23个,总投资501.4亿元,年度计划投资108.48亿元", "目前完成投资45.49亿元,占年计划的41.93%", a,
  "占年计划的41.93%", "lagging",
  SHARE + " (41.93% against 75%: far behind; the next paragraph names the problems 征地拆迁、设施配套…影响和制约着项目建设, no group named)")
G(d, "57个续建项目总投资1760.6亿元,年度计划投资267.9亿元", [("年度计划投资", 267.9, "亿元", "=", "total")])
G(d, "今年计划新开工项目43个,总投资1658.9亿元,年度计划投资184.5亿元",
  [("计划新开工项目", 43, "个", "=", "increment"), ("年度计划投资", 184.5, "亿元", "=", "total")],
  "judgement call: 计划新开工项目43个 is this year's goal of starts (unlike a count that only sizes a list)")
G(d, "今年100个市列重大项目兰州新区建设23个,总投资501.4亿元,年度计划投资108.48亿元",
  [("年度计划投资", 108.48, "亿元", "=", "total")], "100个 names the city list, 23个 counts Lanzhou New Area's share of it")
G(d, "目前完成投资195.88亿元,占年计划的73.11%", [], "progress, not a target")

# ---- V03 黑龙江 保障性安居工程 截至7月底 (year not printed)
d, a = "V03_heilongjiang_anju_jul", "2016-07-31"
NY3 = NOYEAR + " (双城区 has been a district since 2014 and 漠河县 a county until 2018, so 2014-2017)"
LOAN = "目前尚未向省国家开发银行提供贷款申报材料的8个县(市)"
for name in ("尚志市", "五常市", "巴彦县", "延寿县", "泰来县", "虎林市", "望奎县", "兰西县"):
    J(d, name, LOAN, a, "进展缓慢", "lagging",
      GROUP + "; listed under 现将进展缓慢的市(地)、县(市、区)通报如下 / heading 一 (financing papers not filed); " + NY3)
for name in ("哈尔滨市双城区", "木兰县", "龙江县", "富裕县", "密山市", "漠河县"):
    J(d, name, "目前尚未开工的县(市、区)", a, "尚未开工", "not_started",
      GROUP + "; heading 二(一) under 建设进展缓慢的后10个县(市、区); " + NY3)
for name in ("桦南县", "虎林市", "鸡东县", "方正县"):
    J(d, name, "开工进展缓慢的县(市)", a, "开工进展缓慢", "lagging", GROUP + "; heading 二(二); " + NY3)
for name in ("五大连池市", "肇州县", "逊克县"):
    J(d, name, "五大连池市、肇州县、逊克县等22个县(市、区)开工率为100%", a, "进展较快", "ahead",
      GROUP + "; all planned starts made by the end of July (province 34.5%); the sentence ends 进展较快; " + NY3)
for name in ("伊春市", "绥化市"):
    J(d, name, "伊春市开工率为80.15%、绥化市开工率为72.81%,进展较快", a, "进展较快", "ahead",
      "the start rate far above the province's 34.5% at the end of July; " + NY3)
G(d, "今年计划投资336亿元,开工21.4万套,基本建成11.1万套",
  [("计划投资", 336, "亿元", "=", "total"), ("开工", 21.4, "万套", "=", "increment"), ("基本建成", 11.1, "万套", "=", "increment")])
G(d, "计划征收12.6万户,完成5.9万户,征收率为47%", [("计划征收", 12.6, "万户", "=", "increment")],
  "the second and third figures are progress")
G(d, "截至7月底,完成投资97.7亿元,占计划的29%", [], "progress, not a target")

# ---- V04 濮阳 5月11日至12日 (year not printed)
d, a = "V04_puyang_may", "2018-05-12"
NS4 = "listed under 有9个项目已到开工时间节点而未开工; the cause as printed; " + NOYEAR
J(d, "同力建材粉煤灰加工项目", "因土地报征手续未完成,尚未开工建设", a, "已到开工时间节点而未开工", "not_started", NS4)
J(d, "高贝斯高科技医用新材料产业园", "未开工原因是受市场因素影响,一期投产后资金无法回笼,暂取消二期建设", a,
  "已到开工时间节点而未开工", "not_started", NS4)
J(d, "丰利能源化工公司固废处理中心", "待农作物收割后方可进地施工", a, "已到开工时间节点而未开工", "not_started",
  NS4 + "; the cause is a wait for the harvest, no negation word")
J(d, "光明医院医护养老中心", "因土地手续尚未完成,暂未实质性开工", a, "已到开工时间节点而未开工", "not_started", NS4)
J(d, "天宇20MWP分布式光伏发电项目", "未开工原因是原址土地手续未完成,正在重新选址", a, "已到开工时间节点而未开工", "not_started", NS4)
J(d, "新天龙市场", "未开工原因是土地等手续未完成", a, "已到开工时间节点而未开工", "not_started", NS4)
J(d, "煤炭储配中心", "未开工原因是储煤场设计尚未完成", a, "已到开工时间节点而未开工", "not_started", NS4)
J(d, "达亿康妇儿医院建设项目", "未开工原因是设计方案未经市规划联席会研究通过,尚不具备开工条件", a, "已到开工时间节点而未开工",
  "not_started", NS4)
J(d, "滨河特色风情街区", "未开工原因是建设方案未定,暂无法开工", a, "已到开工时间节点而未开工", "not_started", NS4)
J(d, "河南省地震应急救援训练基地项目", "停工原因是设备招标第一次流标,正在准备二次招标", a, "停工", "lagging",
  "listed under 已开工的263个项目中,有9个项目停工; started, now stopped; " + NOYEAR)
G(d, "天宇20MWP分布式光伏发电项目", [], "capacity in a project name")
G(d, "华龙区41个项目,开工39个,开工率95.1%", [], "counts and a start rate reported, not targets")
G(d, "341个省市重点项目中,264个已开工建设,77个未开工建设,开工率为77.4%", [], "progress, not targets")

# ---- V05 沙坪坝 2021 前三季度
d, a = "V05_shapingba_2021_q3", "2021-09-30"
J(d, "居民收入增长", "另外居民收入增长节能减排降碳工作按要求推进,预计能够完成年度目标", a, "按要求推进,预计能够完成年度目标",
  "on_track", "the two indicators are run together in one sentence (no 、 between them)")
J(d, "节能减排降碳", "另外居民收入增长节能减排降碳工作按要求推进,预计能够完成年度目标", a, "按要求推进,预计能够完成年度目标",
  "on_track", "as above")
for name in ("排水管网建设", "城区“坡坎崖”绿化美化工程"):
    J(d, name, "排水管网建设、城区“坡坎崖”绿化美化工程2项任务已完成", a, "已完成", "completed", GROUP)
J(d, "黄金湾·智谷企业入驻率达70%",
  "黄金湾•智创园累计入驻企业14家,其中已达到运营条件企业13家,正在装修1家。共使用房屋面积3.4万平米,入住率为17%,与全年目标有较大差距。",
  a, "滞后", "lagging", "listed under 8项任务滞后; 17% against the 70% target (the task writes ·, the progress •)")
J(d, "新建5G基站1500个", "1-9月新建5G基站524个,与全年目标存", a, "滞后", "lagging",
  "listed under 8项任务滞后; 524 of 1500 (34.9%) at the end of September; cut mid-sentence")
T(d, "1", "黄金湾·智谷企业入驻率达70%", lead=("国际物流枢纽公司",), prog="黄金湾•智创园累计入驻", label="滞后",
  note="numbered item under 8项任务滞后; unit in a trailing bracket (牵头单位:…)")
T(d, "2", "新建5G基站1500个", prog="1-9月新建5G基站524个", label="滞后", note="cut before its (牵头单位:…) bracket")
G(d, "黄金湾·智谷企业入驻率达70%", [("黄金湾·智谷企业入驻率", 70, "%", "=", "level")])
G(d, "新建5G基站1500个", [("新建5G基站", 1500, "个", "=", "increment")])
G(d, "固定资产投资增长17.1%,主城排名第3位", [], "a result and a rank, not a target")

# ---- V06 沙坪坝 2022 全年
d, a = "V06_shapingba_2022_year", "2022-12-31"
MISS = "listed under 未完成既定目标任务15项 in the year-end report: the year is over and the target is not met"
J(d, "启动建设技术交易中心,技术交易合同登记额增长15%。", "全年完成技术合同登记382项、交易金额26亿元,与2021年持平。", a,
  "未完成既定目标任务", "lagging", MISS)
J(d, "聚焦集成电路、高端装备、生物医药等先导领域,积极引进三利普光电等项目。",
  "引进文灿股份、罗氏诊断等知名企业。2022年,共签约48个项目,协议引资338.91亿元。三利谱光电已与湖北省黄冈市政府签订战略协议。", a,
  "未完成既定目标任务", "lagging", MISS + "; the named project went to another city")
J(d, "加快创建歌乐山•磁器口国家5A级景区,打造5条红色、都市、乡村主题精品游线路,旅游产业增加值增长5%。",
  "2022年全年旅游产业增加值约46.12亿元,同比下降2.6%。", a, "未完成既定目标任务", "lagging", MISS)
J(d, "增设粮食、水果口岸,高水平建设整车口岸,引进德国奔驰内陆分拨中心、大众进口车西南分拨中心,进口整车5000辆以上。",
  "2022年整车进口3808辆,取得大众主机厂授权。粮食口岸已向海关提交申报材料待确认后正式开展申报工作。水果口岸申报未通过。", a,
  "未完成既定目标任务", "lagging", MISS)
J(d, "拆除新山路沿线10万平方米违法建筑。", "累计整治新山路沿线违建22处,整治面积1.48万平方米。", a, "未完成既定目标任务",
  "lagging", MISS + "; 1.48 of 10 万平方米")
J(d, "建成江山公园、两溪花谷、江野风情岸线。", "完成江山公园建设。清水溪两溪花谷整治工程完成70%。", a, "未完成既定目标任务",
  "lagging", MISS + "; one of three parks done")
J(d, "全面完成村规划编制。",
  "截至目前,歌乐村、金刚村、茅山峡村等8个村已编制完成并获批入库,四楞碑村、回龙坝村等10个村编制完成并经区级部门审核,其余2个村规划正加快编制。",
  a, "未完成既定目标任务", "lagging", MISS)
J(d, "深化农村“三变”改革,建实群众利益联结机制,村集体经济经营收入增长11%。",
  "新增3个村实施农村“三变”改革,试点范围扩大到46%的行政村,2022年全区村级集体经济实现经营性收入11135万元,同比增长", a,
  "未完成既定目标任务", "lagging", MISS + "; the growth figure is cut off")
G(d, "启动建设技术交易中心,技术交易合同登记额增长15%。", [("技术交易合同登记额", 15, "%", "=", "growth_rate")])
G(d, "加快创建歌乐山•磁器口国家5A级景区,打造5条红色、都市、乡村主题精品游线路,旅游产业增加值增长5%。",
  [("打造红色、都市、乡村主题精品游线路", 5, "条", "=", "increment"), ("旅游产业增加值", 5, "%", "=", "growth_rate")],
  "5A names the grade of the scenic area")
G(d, "增设粮食、水果口岸,高水平建设整车口岸,引进德国奔驰内陆分拨中心、大众进口车西南分拨中心,进口整车5000辆以上。",
  [("进口整车", 5000, "辆", ">=", "increment")])
G(d, "拆除新山路沿线10万平方米违法建筑。", [("拆除新山路沿线违法建筑", 10, "万平方米", "=", "increment")])
G(d, "深化农村“三变”改革,建实群众利益联结机制,村集体经济经营收入增长11%。", [("村集体经济经营收入", 11, "%", "=", "growth_rate")],
  "三变 names the reform")
G(d, "全面完成村规划编制。", [])

# ---- V07 开平 2024 1-2月 (traditional)
d, a = "V07_kaiping_2024_feb", "2024-02-29"
J(d, "開平市列入2024年廣東省重點建設項目21項,總投資355.2億元,年度投資計劃54.1億元",
  "1-2月累計完成投資9.4億元,完成年度投資計劃的17.4%,快于序時進度0.7個百分點", a, "快于序時進度0.7個百分點", "ahead",
  "the office's 快于序時進度 read as 超序时 (ahead), although the margin is small (17.4% against 16.7%)")
J(d, "開平市列入江門市重點項目93項,總投資638.8億元,年度投資計劃127.1億元",
  "1-2月累計完成投資20.0億元,完成年度投資計劃的15.7%,慢于序時進度1.0個百分點", a, "慢于序時進度1.0個百分點", "lagging",
  "the office's own 慢于序時進度, although small (15.7% against 16.7%)")
J(d, "全市2024年安排重點正式項目209項,總投資917.7億元,年度投資計劃205.5億元",
  "1-2月累計完成投資29.5億元,完成年度投資計劃的14.3%,慢于序時進度2.3個百分點", a, "慢于序時進度2.3個百分點", "lagging")
J(d, "基礎設施工程項目", "1-2月累計完成投資9.5億元,占全部項目完成投資的32.3%,投資完成率為13.1%,慢于序時進度3.6個百分點", a,
  "慢于序時進度3.6個百分點", "lagging")
for name in ("水利工程", "港航工程", "公路工程"):
    J(d, name, "水利工程(6.3%)、港航工程(8.1%)、公路工程(10.1%),完成投資進度較慢,分別慢于序時進度10.4、8.6、6.6個百分點", a,
      "完成投資進度較慢", "lagging", "one sentence for three sub-sectors, each share in brackets after its name")
J(d, "產業工程項目", "1-2月累計完成投資15.3億元,占全部項目完成投資的51.8%,投資完成率15.6%,慢于時間進度1.1個百分點", a,
  "慢于時間進度1.1個百分點", "lagging")
J(d, "新材料產業工程項目", "新材料產業工程項目(20.0%)完成投資進度較快,快于序時進度3.3個百分點", a, "完成投資進度較快", "ahead")
for name in ("現代服務業工程", "綠色低碳產業工程"):
    J(d, name, "現代服務業工程(2.7%)、綠色低碳產業工程(5.6%)完成投資進度較慢,慢于序時進度14.0、11.1個百分點", a,
      "完成投資進度較慢", "lagging", "one sentence for two sub-sectors")
G(d, "開平市列入2024年廣東省重點建設項目21項,總投資355.2億元,年度投資計劃54.1億元",
  [("年度投資計劃", 54.1, "億元", "=", "total")], "traditional characters; 21項 counts the list, 總投資 is the budget")
G(d, "開平市列入江門市重點項目93項,總投資638.8億元,年度投資計劃127.1億元", [("年度投資計劃", 127.1, "億元", "=", "total")])
G(d, "全市2024年安排重點正式項目209項,總投資917.7億元,年度投資計劃205.5億元,年度計劃較上年度增加6.2%",
  [("年度投資計劃", 205.5, "億元", "=", "total")], "年度計劃較上年度增加6.2% describes the plan's size against last year")
G(d, "基礎設施工程項目1-2月累計完成投資9.5億元", [], "progress")

# ---- V08 上海 2022 截至11月底 (traditional with glosses)
d, a = "V08_shanghai_2022_nov", "2022-11-30"
J(d, "小學(xué)生愛心暑托班", "除“小學(xué)生愛心暑托班”受疫情影響暫停外", a, "受疫情影響暫停", "not_started",
  "the summer programme was suspended for the epidemic and did not run; the office reports it as the one exception")
J(d, "23個(gè)工程類項(xiàng)目", "23個(gè)工程類項(xiàng)目均已全部完成全年任務(wù),累計(jì)完成投資57.3億元,占全年計(jì)劃110%", a,
  "均已全部完成全年任務", "completed", "pinyin glosses kept as printed")
J(d, "6個(gè)養(yǎng)老護(hù)幼類項(xiàng)目", "6個(gè)養(yǎng)老護(hù)幼類項(xiàng)目完成28.5億元、占全年計(jì)劃100%", a, "占全年計劃100%",
  "completed")
J(d, "9個(gè)城市安全類項(xiàng)目", "9個(gè)城市安全類項(xiàng)目完成12.2億元、占全年計(jì)劃126%", a, "占全年計劃126%", "completed")
J(d, "8個(gè)公共服務(wù)類項(xiàng)目", "8個(gè)公共服務(wù)類項(xiàng)目完成16.6億元、占全年計(jì)劃125%", a, "占全年計劃125%",
  "completed")
for name in ("養(yǎng)老床位", "普惠性托育點(diǎn)", "平安屋", "口袋公園", "運(yùn)動(dòng)球場(chǎng)"):
    J(d, name, "等19個(gè)項(xiàng)目超額完成", a, "超額完成", "completed", GROUP)
for name in ("早餐工程示范點(diǎn)", "醫(yī)療急救(120)分站", "“一鍵叫車”適老服務(wù)設(shè)備進(jìn)社區(qū)"):
    J(d, name, "等10個(gè)項(xiàng)目按計(jì)劃完成", a, "按計劃完成", "completed", GROUP)
G(d, "市公安局牽頭建設(shè)2162個(gè)平安屋", [("建設平安屋", 2162, "個", "=", "increment")],
  "the item's goal as printed before its share (cut); gloss kept in the text")
G(d, "醫(yī)療急救(120)分站", [], "120 is the emergency number")
G(d, "2022年上海市為民辦實(shí)事共安排十方面、30項(xiàng)", [], "programme size")

# ---- V09 恩平 2024 截至11月底 (traditional with glosses)
d, a = "V09_enping_2024_nov", "2024-11-30"
SPEED = ("the office counts 28 items as 按進度推進7項,已完成21項 and asks these three (其中…) to speed up, expecting them done in late "
         "December: read as on course with a warning (judgement call: lagging would also be defensible)")
for name in ("美麗圩鎮(zhèn)“七個一”項目恩平市沙湖鎮(zhèn)圩鎮(zhèn)主街風(fēng)貌提升工程",
             "3個(嘉寶新城、天南天譽城、錦江花城)住宅小區(qū)生活污水市政管網(wǎng)整治工程",
             "高標(biāo)準(zhǔn)農(nóng)田建設(shè)項目"):
    J(d, name, "等3項需進一步加快施工速度,預(yù)計在12月下旬完成任務(wù)", a, "需進一步加快施工速度", "on_track", SPEED)
J(d, "學(xué)前教育生均撥款最低標(biāo)準(zhǔn)從每生每年500元提高到600元工作",
  "經(jīng)督辦后于11月底已撥付703.8萬元,撥付率100%", a, "撥付率100%", "completed",
  "flagged 進展較為緩慢 in October, done by the end of November")
J(d, "新增完成186條自然村生活污水治理工作", "經(jīng)督辦后于11月底全部完工", a, "全部完工", "completed", "as above")
G(d, "學(xué)前教育生均撥款最低標(biāo)準(zhǔn)從每生每年500元提高到600元工作",
  [("學前教育生均撥款最低標準", 600, "元", "=", "level")], "the old standard (500元) is not a target; glosses kept in the text")
G(d, "新增完成186條自然村生活污水治理工作", [("新增完成自然村生活污水治理", 186, "條", "=", "increment")])
G(d, "2024年十件民生實事共分為28項工作", [], "programme size")

# ---- V10 西宁—海东都市圈 2024 1-5月 (traditional)
d, a = "V10_xining_haidong_2024_may", "2024-05-31"
J(d, "100項重點項目", "1-5月,100項重點項目已開工86項、開工率86%,完成投資142.4億元,年度投資完成率42.3%", a,
  "年度投資完成率42.3%", "on_track", SHARE + " (42.3% at the end of May, schedule 41.7%)")
for name in ("西寧至成都鐵路", "機場三期"):
    J(d, name, "等項目全速推進", a, "全速推進", "on_track", GROUP)
for name in ("加西高速大通至西海段", "西互一級擴能改造工程"):
    J(d, name, "順利通車", a, "順利通車", "completed", GROUP + "; opened to traffic")
J(d, "瞿壇至化隆高速", "瞿壇至化隆高速完成土建工程", a, "完成土建工程", "on_track", "civil works done, the road is not yet open")
for name in ("G227老城關經西寧至上新莊段", "民小公路核心區段連接工程"):
    J(d, name, "等項目有序實施", a, "有序實施", "on_track", GROUP)
J(d, "郭隆750千伏變電站2號主變", "郭隆750千伏變電站2號主變建成投運", a, "建成投運", "completed")
for name in ("湟水北干渠扶貧灌溉二期", "引大濟湟西干渠田間配套建設"):
    J(d, name, "湟水北干渠扶貧灌溉二期及引大濟湟西干渠田間配套建設全部完工", a, "全部完工", "completed")
J(d, "大河灘水庫", "大河灘水庫完成主體工程", a, "完成主體工程", "on_track", "main works done, the reservoir is not finished")
J(d, "青藏高原生態大數據中心", "等項目加快實施", a, "加快實施", "on_track", GROUP)
J(d, "京東科技綠色算力運營項目", "京東科技綠色算力運營項目服務器已上架", a, "服務器已上架", "on_track",
  "servers installed: a construction milestone, not completion")
J(d, "天合光能35GW直拉單晶一、二期", "天合光能35GW直拉單晶一、二期建成投產", a, "建成投產", "completed")
J(d, "晶科能源20GW拉棒切方生產線", "晶科能源20GW拉棒切方生產線試生產", a, "試生產", "on_track", "trial production, not yet in operation")
for name in ("紅獅硅基新材料",):
    J(d, name, "等項目加快建設", a, "加快建設", "on_track", GROUP)
J(d, "雙寨物流基地擴能改造工程", "雙寨物流基地擴能改造工程開工建設", a, "開工建設", "on_track")
J(d, "西寧長城國家文化公園(大通段)文化旅遊復合廊道建設", "西寧長城國家文化公園(大通段)文化旅遊復合廊道建設進入收尾", a,
  "進入收尾", "on_track")
J(d, "互助縣現代農業產業園建設", "互助縣現代農業產業園建設開工在即", a, "開工在即", "on_track",
  "about to start at the end of May, listed among the sector's 新成效")
G(d, "天合光能35GW直拉單晶一、二期建成投產", [], "capacity in a project name")
G(d, "泰豐先行年產16萬噸高能密度鋰電材料智能制造基地", [], "capacity in a project name")
G(d, "郭隆750千伏變電站2號主變建成投運", [], "voltage class and unit number in a name")

# ---- V11 青海 截至9月底 (year not printed)
d, a = "V11_qinghai_sep", "2015-09-30"
NY11 = NOYEAR + " (probably 2015: 新常态, 互联网+)"
J(d, "170项重点项目", "完成固定资产投资1448亿元,占全社会固定资产投资53%,完成年度目标任务的80%", a, "快速推进", "on_track",
  "headline 全省重点项目快速推进; 80% at the end of September; " + NY11)
J(d, "水利基础设施项目", "目前已开复工7项,完成投资17.6亿元,占年度目标任务74.2%", a, "占年度目标任务74.2%", "on_track",
  SHARE + " (74.2% against 75%); " + NY11)
for name in ("蓄集峡水利枢纽", "黄河干流防洪"):
    J(d, name, "等项目抓紧推进", a, "抓紧推进", "on_track", GROUP + "; " + NY11)
J(d, "交通基础设施项目", "目前已开复工28项,完成投资351亿元,占年度目标任务90.1%", a, "占年度目标任务90.1%", "ahead",
  SHARE + " (90.1% against 75%); " + NY11)
for name in ("花久高速", "茶格高速", "果洛机场"):
    J(d, name, "等一批项目基本完工", a, "基本完工", "completed", GROUP + "; basically finished; " + NY11)
for name in ("格库铁路", "祁连机场"):
    J(d, name, "等项目加快推进", a, "加快推进", "on_track", GROUP + "; " + NY11)
J(d, "能源基础设施项目", "目前已全部开复工,完成投资256.4亿元,占年度目标任务76%", a, "占年度目标任务76%", "on_track",
  SHARE + "; " + NY11)
for name in ("桥头铝电上大压小", "共和光伏产业园三期"):
    J(d, name, "等项目进一步加快", a, "进一步加快", "on_track", GROUP + "; " + NY11)
J(d, "信息基础设施项目", "目前已全部开复工,完成投资117.9亿元,占年度目标任务95.1%", a, "占年度目标任务95.1%", "ahead",
  SHARE + " (95.1% against 75%); " + NY11)
J(d, "宽带青海及信息消费建设项目", "等项目按计划实施", a, "按计划实施", "on_track", GROUP + "; " + NY11)
J(d, "城镇基础设施项目", "目前已全部开复工,完成投资169亿元,占年度目标任务78.15%", a, "占年度目标任务78.15%", "on_track",
  SHARE + "; " + NY11)
G(d, "水利基础设施项目, 年初安排8项,计划完成投资23.7亿元", [("计划完成投资", 23.7, "亿元", "=", "total")],
  "8项 counts the sector's projects")
G(d, "交通基础设施项目, 年初安排29项,计划完成投资387亿元", [("计划完成投资", 387, "亿元", "=", "total")])
G(d, "能源基础设施项目, 年初安排23项,计划完成投资337亿元", [("计划完成投资", 337, "亿元", "=", "total")])
G(d, "信息基础设施项目, 年初安排2项,计划完成投资124亿元", [("计划完成投资", 124, "亿元", "=", "total")])
G(d, "城镇基础设施项目, 年初安排18项,计划完成投资216.4亿元", [("计划完成投资", 216.4, "亿元", "=", "total")])
G(d, "花久高速、茶格高速、果洛机场等一批项目基本完工", [])

# ---- V12 大连 2023 截至8月底
d, a = "V12_dalian_2023_aug", "2023-08-31"
J(d, "“大连至旅顺中部通道项目通车”项目", "“大连至旅顺中部通道项目通车”项目8月底具备通车条件,于9月1日实现全线通车", a,
  "完成全年任务", "completed", "under 8月份新增1个项目完成全年任务")
for name in ("“医疗救助资助困难居民参加城乡居民医保”项目", "“实施市民景区免费游工程”项目", "“公共体育场馆惠民开放工程”项目",
             "“健全道路交通事故快处中心功能”项目", "“提高城乡低保和特困供养人员基本生活标准”项目", "“提高孤儿基本养育标准”项目",
             "“人均基本公共卫生服务经费补助标准提升”项目", "“大连湾海底隧道和光明路延伸工程通车”项目", "“新建梭鱼湾20号路”项目",
             "“大连现代农业产业中心基础设施配套”项目"):
    J(d, name, "前期已有10个项目完成全年任务", a, "完成全年任务", "completed", GROUP)
for name in ("“改造1100万平方米老旧小区”", "“燃气安全提升工程”", "“增加中心城区停车泊位有效供给”", "“50条城市道路照明建设工程”",
             "“大中修改造农村公路200公里”", "“完成316户农村低收入群体等重点对象危房改造”"):
    J(d, name, "12个项目超额完成8月份节点目标", a, "超额完成节点目标", "ahead",
      GROUP + "; ahead of the August milestone set for the item (the annual task is not done)")
G(d, "改造1100万平方米老旧小区", [("改造老旧小区", 1100, "万平方米", "=", "increment")])
G(d, "50条城市道路照明建设工程", [("城市道路照明建设工程", 50, "条", "=", "increment")])
G(d, "大中修改造农村公路200公里", [("大中修改造农村公路", 200, "公里", "=", "increment")])
G(d, "完成316户农村低收入群体等重点对象危房改造", [("农村低收入群体等重点对象危房改造", 316, "户", "=", "increment")])
G(d, "10项农村饮水安全维修养护工程", [("农村饮水安全维修养护工程", 10, "项", "=", "increment")])
G(d, "新建梭鱼湾20号路", [], "a road number in a name")

# ---- V13 石家庄 2011 1-5月 (traditional with glosses)
d, a = "V13_shijiazhuang_2011_may", "2011-05-31"
RANK = "ranked among the 前三名 by share of the annual plan"
J(d, "新華區(qū)", "新華區(qū),完成年度投資計(jì)劃的111.43%", a, "前三名", "completed", RANK + "; above the annual plan in May")
J(d, "晉州市", "晉州市,完成年度投資計(jì)劃的87.5%", a, "前三名", "ahead", RANK + "; 87.5% against 41.7%")
J(d, "鹿泉市", "鹿泉市,完成年度投資計(jì)劃的56.23%", a, "前三名", "on_track",
  RANK + "; 56.23% against 41.7% (ahead would also be defensible)")
for name in ("長(zhǎng)安區(qū)", "裕華區(qū)", "高新區(qū)", "新樂(lè)市", "橋東區(qū)"):
    J(d, name, "長(zhǎng)安區(qū)、裕華區(qū)、高新區(qū)、新樂(lè)市、橋東區(qū)完成投資均為零", a, "完成投資均為零", "not_started",
      "no investment at all by the end of May")
J(d, "續(xù)建項(xiàng)目共計(jì)43項(xiàng),總投資465.02億元,年度投資計(jì)劃106億元",
  "1-5月完成投資44億元,占年度投資計(jì)劃的41.49%。43個(gè)項(xiàng)目中,有14個(gè)項(xiàng)目由于未落實(shí)土地指標(biāo)影響項(xiàng)目建設(shè)進(jìn)度。",
  a, "占年度投資計(jì)劃的41.49%", "on_track", SHARE + " (41.49% against 41.7%); 14 projects held up by land quotas are not named")
J(d, "新開工項(xiàng)目共計(jì)40項(xiàng),總投資890.8億元,年度投資計(jì)劃189.8億元",
  "1-5月完成投資58.8億元,占年度投資計(jì)劃的30.97%。40個(gè)項(xiàng)目中,已開工14個(gè),按計(jì)劃應(yīng)開未開的項(xiàng)目11個(gè)。",
  a, "按計劃應開未開的項目11個", "lagging", "30.97% against 41.7%, and 11 of 40 due to start have not")
J(d, "石家莊龐大汽車貿(mào)易園有限公司石家莊龐大汽車貿(mào)易園(長(zhǎng)安區(qū))", "按計(jì)劃應(yīng)開未開的項(xiàng)目11個(gè)", a,
  "應開未開", "not_started", "named first after 其中 among the 11 應開未開 (the list is cut after the second)")
G(d, "2011年,全市第一批省重點(diǎn)在建項(xiàng)目共計(jì)83項(xiàng),總投資1355.85億元,年度計(jì)劃投資295.84億元",
  [("年度計劃投資", 295.84, "億元", "=", "total")], "glosses kept in the text; 83項 counts the list")
G(d, "續(xù)建項(xiàng)目共計(jì)43項(xiàng),總投資465.02億元,年度投資計(jì)劃106億元", [("年度投資計劃", 106, "億元", "=", "total")])
G(d, "新開工項(xiàng)目共計(jì)40項(xiàng),總投資890.8億元,年度投資計(jì)劃189.8億元", [("年度投資計劃", 189.8, "億元", "=", "total")])
G(d, "新華區(qū),完成年度投資計(jì)劃的111.43%", [], "a result, not a target")

# ---- V14 石家庄 2022 1-4月
d, a = "V14_shijiazhuang_2022_apr", "2022-04-30"
FAST = "晋州市(74.8%)、无极县(65.4%)、井陉县(63.8%)、行唐县(63.5%)、新华区(60.4%)投资进度较快"
SLOW = "平山县(37.1%)、深泽县(48.4%)、循环化工园区(49.7%)、高邑县(50.4%)、赞皇县(54.3%)进度需进一步加快"
for name in ("晋州市", "无极县", "井陉县", "行唐县", "新华区"):
    J(d, name, FAST, a, "投资进度较快", "ahead", GROUP + "; each county's share printed in brackets after its name")
for name in ("平山县", "深泽县", "循环化工园区", "高邑县", "赞皇县"):
    J(d, name, SLOW, a, "进度需进一步加快", "lagging",
      GROUP + "; the office's yardstick is the city's own pace (56% of the annual target at the end of April), not the "
      "linear schedule (33%): these counties are above 33% but named as needing to speed up")
G(d, "2022年,安排省市重点建设项目462项,总投资3172.5亿元,2022年预计完成投资1100亿元以上",
  [("预计完成投资", 1100, "亿元", ">=", "total")], "462项 counts the list")
G(d, "新开工项目200项,总投资1203.5亿元,年度预计投资391亿元以上", [("年度预计投资", 391, "亿元", ">=", "total")],
  "200项 counts the new projects in the list")
G(d, "续建项目153项,总投资1053.6亿元,年度预计投资327亿元以上", [("年度预计投资", 327, "亿元", ">=", "total")])
G(d, "建成投产项目38项,总投资328.6亿元,年度预计投资82亿元以上", [("年度预计投资", 82, "亿元", ">=", "total")])
G(d, "城市更新项目71项,总投资586.8亿元,年度预计投资300亿元以上", [("年度预计投资", 300, "亿元", ">=", "total")])
G(d, "藁城区(34.2亿元)、长安区(31.9亿元)、正定县(29.2亿元)、新乐市(28.8亿元)、高新区(27.7亿元)投资完成总量较大", [],
  "results per county")

# ---- V15 绵阳 2022 一季度 红黑榜
d, a = "V15_mianyang_2022_q1", "2022-03-31"
RED = "涪城区、科技城新区直管区、三台县、经开区、梓潼县、市卫生健康委、水务集团、交发集团、科发集团进入“红榜”"
for name in ("涪城区", "科技城新区直管区", "三台县", "经开区", "梓潼县", "市卫生健康委", "水务集团", "交发集团", "科发集团"):
    J(d, name, RED, a, "超额完成一季度目标任务", "ahead",
      GROUP + "; red list of 省市重点项目推进: the criterion printed before the list is 超额完成一季度目标任务")
for name in ("仙海区", "游仙区", "盐亭县"):
    J(d, name, "分别是科技城新区直管区、涪城区、仙海区、游仙区、盐亭县", a, "超额完成一季度投资目标", "ahead",
      GROUP + "; red list of 投资运行 (超额完成一季度投资目标、投资增速高)")
for name in ("江油市", "绵阳供电公司"):
    J(d, name, "江油市、绵阳供电公司进入“黑榜”", a, "未完成一季度目标任务", "lagging",
      GROUP + "; black list of 省市重点项目推进 (未完成一季度目标任务, lowest scores)")
for name in ("江油市", "三台县"):
    J(d, name, "分别是工作量化评分在县(市、区)、园区排名后4位且未完成一季度目标的江油市、三台县", a, "未完成一季度目标", "lagging",
      GROUP + "; black list of 投资运行; 三台县 is on the red list for project progress and the black list for investment")
G(d, "按照超额完成一季度目标任务且工作量化评分排名前5位的县(市、区)、园区和排名前4位的市直部门、市属国有企业的标准", [],
  "ranking thresholds, not targets")
G(d, "按照未完成一季度目标任务且工作量化评分排名后4位的县(市、区)、园区和排名后3位的市直部门、市属国有企业的标准", [],
  "ranking thresholds, not targets")
G(d, "将持续用好“周监测、月调度、季盘点”工作机制", [])

# ---- V16 海口 2018 全年
d, a = "V16_haikou_2018_year", "2018-12-31"
J(d, "海南省重点项目建设", "海南省重点项目建设2018年累计完成投资666亿元,超额完成年度投资计划,约占年度投资计划的107%", a,
  "超额完成年度投资计划", "completed")
J(d, "海口", "其中海口完成投资额173亿元,完成投资比例114%,完成投资进度较好,均位于全省第一", a, "完成投资进度较好", "completed")
for name in ("中国铁塔海南基础网络完善工程项目", "海口五源河文体中心项目", "海口齐鲁高端药品研制及产业化项目"):
    J(d, name, "有9个省重点项目建成竣工或进入扫尾阶段", a, "建成竣工或进入扫尾阶段", "completed",
      GROUP + "; done or finishing at the year end (the page does not say which)")
J(d, "海口观澜湖度假区项目", "海口观澜湖度假区项目完成投资26.1亿元,完成年度计划261%", a, "完成投资较好", "completed",
  "named as an example of 完成投资较好,达到或超过序时进度")
J(d, "海口康宁光纤预制棒车间技术改造项目", "海口康宁光纤预制棒车间技术改造项目4.8亿元,完成年度投资计划199%", a, "完成投资较好",
  "completed", "as above")
J(d, "海口桂林洋国家热带农业公园项目", "海口桂林洋国家热带农业公园项目完成投资3.6亿元,完成年度计划120%", a, "完成投资较好",
  "completed", "as above")
J(d, "十二个重点产业", "十二个重点产业完成投资178亿元,完成年度计划投资的108%,快于序时进度8个百分点", a, "快于序时进度",
  "completed", "above the annual plan at the year end")
J(d, "“五网”基础设施", "“五网”基础设施完成344亿元,完成年度计划投资的112%,快于序时进度12个百分点", a, "快于序时进度",
  "completed", "as above")
G(d, "2018年,海南省共安排省重点项目70个,总投资6431亿元,年度计划投资624亿元", [("年度计划投资", 624, "亿元", "=", "total")])
G(d, "旅游业、会展业、地产业项目总投资20亿元以上", [], "a size threshold for admission to the list, not a target")
G(d, "互联网、金融、物流、医院、教育、体育、文化项目总投资10亿元以上", [], "as above")

# ---- V17 海口 2015 一季度
d, a = "V17_haikou_2015_q1", "2015-03-31"
J(d, "2015年海口市67个省重点项目", "虽与预计目标相比,海口市一季度重点项目建设的稍滞后于预期,但仍不乏亮点", a, "稍滞后于预期",
  "lagging", "the office's own verdict on the whole list (54.6 of 327.6亿元, 16.7% at the end of March)")
J(d, "社会投资项目", "社会投资项目一季度完成投资46.4亿元,占年度投资计划的16.6%", a, "稍滞后于预期", "lagging",
  "no verdict of its own: the bulk of the list (46.4 of 54.6亿元) at the same share as the whole, which the office calls "
  "稍滞后于预期, and 政府项目进度好于社会投资项目 (label inferred)")
for name in ("片区开发", "旅游酒店", "商业物流"):
    J(d, name, "等项目投资建设好于预期,超过目标进度", a, "超过目标进度", "ahead", GROUP)
G(d, "2015年海口市省重点项目共67个(子项目102),总投资3530.4亿元,年度计划投资327.6亿元,较去年增加13个百分点",
  [("年度计划投资", 327.6, "亿元", "=", "total")], "the last figure compares the plan with last year's")
G(d, "其中以产业类项目为主,共有43个,年度投资计划242亿元,占74%", [("年度投资计划", 242, "亿元", "=", "total")],
  "74% is the group's share of the plan")
G(d, "基础设施、社会民生项目比重也较往年有所加大,分别占全年投资计划的15%和11%", [], "shares of the plan, not targets")

# ---- V18 南昌 截至11月底 (year not printed)
d, a = "V18_nanchang_nov", "2011-11-30"
NY18 = NOYEAR + " (probably 2011-2012: 江铃…30万辆整车, 南昌华南城, 南昌万达广场 under construction)"
J(d, "十项工业项目", "十项工业项目在六大类项目中完成年度投资计划最快,已累计完成投资71.08亿元,完成年度投资计划86.47%", a,
  "完成年度投资计划最快", "on_track", "86.47% against 91.7% at the end of November, the fastest category; " + NY18)
for name in ("新型显示技术光电元器件研发及生产基地项目", "南昌印钞有限公司厂房扩建改造项目(二期)"):
    J(d, name, "已竣工投产", a, "已竣工投产", "completed", GROUP + "; " + NY18)
for name in ("南昌航空工业城", "江铃股份年产30万辆整车项目"):
    J(d, name, "等9个项目开工建设", a, "开工建设", "on_track", GROUP + "; " + NY18)
J(d, "K发动机项目", "K发动机项目尚未开工,正在积极争取国家发改委立项,并按要求签订入园协议", a, "尚未开工", "not_started", NY18)
J(d, "低碳环保科技产业园项目", "低碳环保科技产业园项目已缴清土地款,启动了总承包招标工作,但按进度要求推进较慢", a,
  "按进度要求推进较慢", "lagging", NY18)
J(d, "十项服务业项目", "累计完成投资69.85亿元的十项服务业项目,已完成年度投资计划84.67%", a, "已完成年度投资计划84.67%",
  "on_track", SHARE + " (84.67% against 91.7%); " + NY18)
for name in ("梅岭风景区生态旅游综合开发项目", "南昌华南城", "南昌万达广场"):
    J(d, name, "等8个项目已开工建设", a, "已开工建设", "on_track", GROUP + "; " + NY18)
J(d, "南昌市服务外包与物联网科技产业基地", "其中南昌市服务外包与物联网科技产业基地项目因规划调整等方面原因,按进度要求推进较慢", a,
  "尚未开工", "not_started", "the sentence before says it has not started (尚未开工); " + NY18)
J(d, "青山湖西岸改造项目", "南昌市服务外包与物联网科技产业基地和青山湖西岸改造项目尚未开工", a, "尚未开工", "not_started", NY18)
J(d, "十项城建项目", "截至11月底,十项城建项目累计完成投资136.01亿元,完成年度投资计划80.29%", a, "完成年度投资计划80.29%",
  "on_track", SHARE + " (80.29% against 91.7%, ratio 0.88); " + NY18)
for name in ("轨道交通", "朝阳大桥"):
    J(d, name, "等19个子项目已开工建设", a, "已开工建设", "on_track", GROUP + "; " + NY18)
for name in ("白水湖南路", "黄家湖东路"):
    J(d, name, "其中白水湖南路、黄家湖东路已完工", a, "已完工", "completed", GROUP + "; " + NY18)
G(d, "江铃股份年产30万辆整车项目", [], "capacity in a project name")
G(d, "南昌印钞有限公司厂房扩建改造项目(二期)", [])
G(d, "全市六十个重大重点项目(包括101个子项目)累计完成投资320.60亿元", [], "progress; 六十个 in characters counts the list")

# ---- V19 宁夏 2018 截至3月底
d, a = "V19_ningxia_2018_q1", "2018-03-31"
J(d, "90个重点建设项目", "已有72个开工建设,开工率达80%。累计完成投资67.1亿元,完成年度投资计划的7.7%", a, "开工率达80%",
  "on_track",
  "judgement call: the page's headline is the start rate (宁夏90个重点建设项目开工率达80%); 7.7% of the annual plan at the end of "
  "March is behind the linear schedule (25%) but normal for the northern building season, and the office reports no lag")
for name in ("宁夏丰源纺织有限公司20万锭纺纱纺织项目", "江苏瑞盛新材料科技有限公司宁夏锂电池材料分公司年产10000吨NCM正极材料项目",
             "银川隆基硅年产5GW单晶硅棒和5GW单晶硅片"):
    J(d, name, "等6个项目投资均完成年度计划的15%以上", a, "投资均完成年度计划的15%以上", "on_track",
      GROUP + "; singled out as good examples in March (15% of the year against the project list's 7.7%)")
for name in ("自治区重大科技基础设施项目", "国家智能铸造产业创新中心", "宁东基地生产性服务业提升工程", "银川碧桂园项目"):
    J(d, name, "投资均完成年度计划的20%以上", a, "投资均完成年度计划的20%以上", "on_track", GROUP + "; as above")
J(d, "棚户区改造项目", "棚户区改造项目已开工建设1万套,完成投资5.3亿元", a, "已开工建设", "on_track", "started; no target printed")
G(d, "总投资3035亿元,当年计划投资877亿元", [("当年计划投资", 877, "亿元", "=", "total")])
G(d, "宁夏丰源纺织有限公司20万锭纺纱纺织项目", [], "capacity in a project name")
G(d, "银川隆基硅年产5GW单晶硅棒和5GW单晶硅片", [], "capacities in a project name")

# ---- V20 北京 2017 民生实事 (visited 26 December)
d, a = "V20_beijing_2017_shishi", "2017-12-26"
J(d, "棚戶區改造", "累計完成棚戶區改造4.5萬戶", a, "已經基本完成", "completed",
  "listed among the 民生實事 已經基本完成 (traditional characters); the page prints the year's result, not the target")
J(d, "保障房新開工", "保障房新開工6.5萬戶", a, "已經基本完成", "completed", "as above")
J(d, "30件重要民生實事", "今年確定了30件重要的民生實事,截至目前,29件實事已經完成,有一項也即將在近日完成", a, "基本完成",
  "on_track", "29 of 30 done and the last about to be done in late December: on course for the year end")
G(d, "今年確定的30件重要民生實事已經基本完成", [], "programme size")
G(d, "2017年確定的30件重要民生實事,有15件直接來自於代表的建議", [], "counts of a list")
G(d, "累計完成棚戶區改造4.5萬戶,保障房新開工6.5萬戶,竣工9萬套", [], "results reported, not targets")

# ---- V21 昆明 2018 一季度
d, a = "V21_kunming_2018_q1", "2018-03-31"
for name in ("昆明市公共安全视频监控建设联网应用项目", "赛诺制药原料提取基地及综合生产车间技术改造项目", "滇中新区医疗器械产业园",
             "昆明呈贡科技信息产业创新孵化中心"):
    J(d, name, "等项目已完成年度计划的50%以上", a, "推进情况较好", "ahead",
      GROUP + "; named as 推进情况较好的项目, more than half the year's plan at the end of March")
G(d, "今年计划实施市级重点项目367项,年度计划投资1454亿元", [("年度计划投资", 1454, "亿元", "=", "total")], "367项 counts the list")
G(d, "重点基础设施项目132项,年度计划完成投资694亿元", [("年度计划完成投资", 694, "亿元", "=", "total")])
G(d, "重点产业投资项目163项,年度计划完成投资760亿元", [("年度计划完成投资", 760, "亿元", "=", "total")])
G(d, "今年一季度,132项重点基础设施项目共完成投资122亿元,约为年度计划的17%", [], "progress; 约 belongs to a result")

# ---- V22 开平 2023 1-8月 (traditional with glosses)
d, a = "V22_kaiping_2023_aug", "2023-08-31"
J(d, "開平市列入2023年廣東省重點建設(shè)項目18項,總投資325.9億元,年度投資計劃47.7億元",
  "1-8月累計完成投資38.3億元,完成年度投資計劃的80.3%,快于時間進度13.6個百分點", a, "快于時間進度13.6個百分點", "ahead")
J(d, "開平市列入2023年江門市重點建設(shè)項目98項,總投資585.6億元,年度投資計劃116.7億元",
  "1-8月累計完成投資90.9億元,完成年度投資計劃的77.9%,快于時間進度11.2個百分點", a, "快于時間進度11.2個百分點", "ahead")
J(d, "開平市2023年度本級重點建設(shè)項目195項,總投資820.7億元,年度投資計劃193.4億元",
  "1-8月累計完成投資128.5億元,完成年度投資計劃的66.4%,慢于時間進度0.23個百分點", a, "慢于時間進度0.23個百分點", "lagging",
  "the office's own 慢于時間進度 for a gap of 0.23 points")
J(d, "基礎(chǔ)設(shè)施工程", "基礎(chǔ)設(shè)施工程慢于時間進度7.4個百分點", a, "慢于時間進度7.4個百分點", "lagging",
  "59.3% at the end of August")
J(d, "國道G325線址山至塘口段改建工程", "國道G325線址山至塘口段改建工程停工整改", a, "停工整改", "lagging",
  "named as a cause of the infrastructure lag: works stopped for rectification")
J(d, "三埠新港臨港產(chǎn)業(yè)園區(qū)基礎(chǔ)設(shè)施建設(shè)項目",
  "三埠新港臨港產(chǎn)業(yè)園區(qū)基礎(chǔ)設(shè)施建設(shè)項目、城區(qū)一批道路市政設(shè)施尚未開工", a, "尚未開工", "not_started",
  "named as a cause of the infrastructure lag")
J(d, "城區(qū)一批道路市政設(shè)施",
  "三埠新港臨港產(chǎn)業(yè)園區(qū)基礎(chǔ)設(shè)施建設(shè)項目、城區(qū)一批道路市政設(shè)施尚未開工", a, "尚未開工", "not_started", "as above")
J(d, "省道S534開平市塘口至赤坎段擴改建工程項目", "也因規(guī)劃、用地指標(biāo)和資", a, "慢于時間進度", "lagging",
  "named as a further cause of the lag (planning, land quota and funds: cut)")
J(d, "產(chǎn)業(yè)工程", "投資完成率分別為59.3%、69.8%、69.9%", a, "投資完成率69.8%", "on_track",
  "no verdict word: the office names only 基礎設施工程 as behind; 69.8% against 66.7% (the progress sentence gives the three "
  "sectors' shares in order)")
J(d, "民生保障工程類", "投資完成率分別為59.3%、69.8%、69.9%", a, "投資完成率69.9%", "on_track", "as above (third share)")
G(d, "開平市列入2023年廣東省重點建設(shè)項目18項,總投資325.9億元,年度投資計劃47.7億元,年度計劃較上年度增加20.8%",
  [("年度投資計劃", 47.7, "億元", "=", "total")], "glosses kept; the last figure compares the plan with last year's")
G(d, "開平市列入2023年江門市重點建設(shè)項目98項,總投資585.6億元,年度投資計劃116.7億元,年度計劃較上年度增加6.2%",
  [("年度投資計劃", 116.7, "億元", "=", "total")])
G(d, "開平市2023年度本級重點建設(shè)項目195項,總投資820.7億元,年度投資計劃193.4億元,年度計劃較上年度增加12.9%",
  [("年度投資計劃", 193.4, "億元", "=", "total")])
G(d, "國道G325線址山至塘口段改建工程停工整改", [], "a road number")

# ---- V23 大连 2021 截至9月底
d, a = "V23_dalian_2021_q3", "2021-09-30"
J(d, "“提高城乡低保和特困人员基本生活标准”项目", "我市于7月1日起按新标准在各区市县(先导区)发放保障金,惠及6.22万人", a,
  "完成全年目标", "completed", "under 4个项目完成全年目标")
J(d, "“婚姻登记跨区通办”项目", "我市于3月22日起全面实行婚姻登记跨区通办业务", a, "完成全年目标", "completed", "as above")
J(d, "“‘心理健康促进’进校园”项目", "截至9月底,累计完成90场心理健康培训服务,已超额完成年度目标(50场)的180%", a,
  "完成全年目标", "completed", "90 of 50 sessions (the page's 180% is the ratio)")
J(d, "“公共场所布设自动体外除颤器(AED)”项目", "于8月份完成安装100台的年度目标,并投入使用", a, "完成全年目标", "completed")
J(d, "“老旧小区改造”项目", "截至9月底,累计完成总工程量70.8%,超额完成9月份设置的累计完成总工程量30%的节点目标", a,
  "超额完成节点目标", "ahead", "70.8% of the works against a September milestone of 30%")
J(d, "“实施供热设施维修改造”项目",
  "截至9月底,累计完成维修改造锅炉118台、累计完成供热管网改造23.4公里,超额完成9月份设置的累计完成供热管网改造20公里的节点目标,"
  "分别完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%、58.5%",
  a, "超额完成节点目标", "ahead",
  "the office judges against its own September milestone (20 of 40 km) and calls it ahead; the linear schedule (75%) would call "
  "58.5% of the pipes behind")
G(d, "截至9月底,累计完成90场心理健康培训服务,已超额完成年度目标(50场)的180%",
  [("心理健康培训服务年度目标", 50, "场", "=", "increment")], "the annual target in brackets; 90场 and 180% are results")
G(d, "于8月份完成安装100台的年度目标", [("安装", 100, "台", "=", "increment")], "the annual target stated inside a result")
G(d, "分别完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%、58.5%",
  [("维修改造锅炉", 146, "台", "=", "increment"), ("供热管网改造", 40, "公里", "=", "increment")],
  "the targets are in the brackets; the two shares are results")
G(d, "超额完成9月份设置的累计完成总工程量30%的节点目标", [("累计完成总工程量", 30, "%", "=", "level")],
  "a milestone target for September")
G(d, "截至9月底,4个项目完成全年目标,10个项目超额完成前三季度节点目标,10个项目按计划有序推进", [], "counts of items")

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
            print("MISSING", k, r["doc"], r[k][:50])
            bad += 1
for r in TARGETS:
    if r["text"] not in doc(r["doc"]):
        print("MISSING target text", r["doc"], r["text"][:50])
        bad += 1
print("docs", len(DOCS), "tasks", len(TASKS), "judged", len(JUDGED), "targets", len(TARGETS),
      "target values", sum(len(r["targets"]) for r in TARGETS), "none", sum(not r["targets"] for r in TARGETS), "bad", bad)
print(Counter(r["status"] for r in JUDGED))
print(sorted(Counter(r["doc"][:3] for r in JUDGED).items()))
print(sorted(Counter(r["doc"][:3] for r in TARGETS).items()))
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
    w("firstrun/judged_inputs.jsonl", [{"task": r["task"], "progress": r["progress"], "as_of": r["as_of"]} for r in JUDGED])
    w("firstrun/targets_inputs.jsonl", [{"text": r["text"]} for r in TARGETS])
    print("written")
