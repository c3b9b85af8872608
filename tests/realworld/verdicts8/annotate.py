"""Hand annotations of batch verdicts8, written before duban was run on these documents.

Checks that every task, progress, row start and target sentence occurs verbatim in its document, then (with --write)
writes documents.jsonl, tasks.jsonl, judged.jsonl, targets.jsonl and the first-run inputs
firstrun/judged_inputs.jsonl and firstrun/targets_inputs.jsonl.
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
    ("K01_kunming_2014_h1", "云南", "市", 2014, "progress",
     "page of the city 人大常委会公报 (August 2014): whitespace table 上半年重点项目投资完成情况 (单位:亿元、%) with one row per "
     "category: name (count of projects) | 年度计划 | 上半年完成 | 完成进度, two 小计 rows, a side label split over lines "
     "(重点基 / 础设施 / 项目); no verdict words"),
    ("K02_weinan_2018_aug", "陕西", "市", 2018, "narrative",
     "newspaper item on the city NDRC figures for 1-8月: the whole list 超序时进度9.7个百分点, shares for 续建/新建, then run-on "
     "named groups 建成投产 / 进度超过80% / 顺利推进 / 进度不足60% / 进度不足50% / 仍未开工"),
    ("K03_jianghua_2012_oct", "湖南", "县", 2012, "narrative",
     "mirror in traditional characters with pinyin glosses of a county 重点办 item for 1-10月: 进展总体良好, categories under "
     "进展较好的有 / 进展不够理想的有 with 占年度计划的x%, the 市级重点项目 at 1-9月 with 排名第一"),
    ("K04_chaoyang_2017_year", "北京", "区", 2017, "report",
     "district note 市政府绩效任务四季度进展情况: numbered indicators, each with its goal and the year's figure, some with "
     "超额完成任务 / 完成了预定目标, others with the figure only; cut"),
    ("K05_ziyang_2022_sep", "陕西", "县", 2022, "bulletin",
     "county 督查室 bulletin (督察通报第十七期) on the 22 items decided by the 8th 常务会议: 6 办结, 16 正在办理, five items "
     "named by lead unit and number as 进展滞后"),
    ("K06_hubei_135_mid", "湖北", "省", 2018, "narrative",
     "mirror in traditional characters with glosses of a provincial newspaper item on the mid-term review of the 13th "
     "five-year plan: indicators named under 已达期末目标 / 超过进度要求 / 达到进度要求 with some figures; cut before the "
     "laggards"),
    ("K07_guizhou_2020_aug", "贵州", "省", 2020, "narrative",
     "mirror in traditional characters with glosses of the provincial NDRC note on 省重大工程项目 for 1—8月: shares of the "
     "annual plan by region (前三位), by stage and by field; figure captions"),
    ("K08_harbin_2011_sep", "黑龙江", "市", 2011, "narrative",
     "mirror in traditional characters of a city NDRC item for 前9月: shares of the annual plan for districts, counties and "
     "city departments, each with its three best (投资完成率分别为a、b和c,位列…前三位)"),
    ("K09_aba_minsheng_year", "四川", "市", None, "report",
     "law-database copy of a prefecture's year-end report on its 民生工程 (page 4): numbered items under (九)-(十一) with the "
     "result and 完成目标任务 / 完成目标任务的x% / 全面完成目标任务, one item 预计明年上半年全面完成; prefecture inferred from "
     "若尔盖县 (阿坝州); year not printed"),
    ("K10_alashan_2021_may", "内蒙古", "市", 2021, "narrative",
     "league NDRC note on 重点建设项目 at the end of May: per sector and per banner the count, 年度计划投资, starts and "
     "完成年计划的x%; no verdict words; cut"),
    ("K11_diqing_2012_year", "云南", "市", 2012, "narrative",
     "mirror in traditional characters with glosses of a prefecture news item (州政府督查办 figures) on 136 重点建设项目 at the "
     "year end: 99.7% of the plan, then sectors under 总体超额完成年度投资计划 / 总体上未完成年度投资计划"),
    ("K12_qianxinan_2020_h1", "贵州", "市", 2020, "progress",
     "mirror in traditional characters of a prefecture NDRC page for 1-6月: growth by county (pipe cells one per line), the "
     "programme against the annual and the half-year goal, table 2 (by stage: goal | funds | done | share) and the head of "
     "table 3 (by sector, with the share of the half-year goal); cut"),
    ("K13_danzhou_2013_aug", "海南", "市", 2013, "narrative",
     "newspaper item on the city NDRC bulletin for 1-8月: four 特点 paragraphs with shares of the plan by stage, by sector "
     "(三次产业) and for named 民生 projects (排名大多靠前)"),
    ("K14_hainan_2022_jun", "海南", "省", 2022, "narrative",
     "newspaper item on the provincial 重点(重大)项目 at 12 June: two named projects with their share of total investment, "
     "shares of the annual plan by stage and by kind; cut"),
    ("K15_sichuan_h1", "四川", "省", None, "narrative",
     "mirror in traditional characters of a provincial 重点办 item on the first half: shares of the annual plan by kind "
     "(领跑 / 分居二、三位), projects 全面竣工, two projects 完成度较高, three regions 顺利实现时间过半、任务过半; year not printed"),
    ("K16_hunan_2014_h1", "湖南", "省", 2014, "narrative",
     "provincial government page on 在建重点项目 for 1—6月: shares of the annual plan by stage, and by sector in one "
     "分别占年计划的a、b、c、d list; no verdict words"),
    ("K17_danzhou_2014_may", "海南", "市", 2014, "narrative",
     "newspaper paragraph on the city's 重点项目 for 1-5月: shares by stage, kind and investor with descriptive words "
     "(进度较快 / 进度加快 / 快于)"),
    ("K18_ganzi_2017_sep", "四川", "市", 2017, "narrative",
     "prefecture newspaper item on 170 重点项目 for 1-9月: 完成年度计划的x% by stage, by field and sub-field; no verdict "
     "words"),
    ("K19_ganzi_2020_aug", "四川", "市", 2020, "narrative",
     "prefecture newspaper item on 250 重点项目 for 1-8月: shares by stage and for infrastructure sub-fields; cut (下转第四版)"),
    ("K20_lueyang_2020_h1", "陕西", "县", 2020, "narrative",
     "mirror in traditional characters of a county item for 1至6月: county and city key projects with their share of the "
     "plan, preparatory projects 进展顺利"),
    ("K21_bingtuan13_2017_h1", "新疆", "市", 2017, "narrative",
     "division (兵团第十三师) news item on 9 援疆 projects: the half-year share, five projects 已全部完成 (three named), two "
     "projects with their share of the annual plan"),
    ("K22_bingtuan_2013_year", "新疆", "省", 2013, "narrative",
     "national-portal copy of a 兵团 press conference on the 2013 investment year: total against the goal (高出预期目标), 58 "
     "key projects at 94.5% of the plan, six fields named as 超额完成年度计划; cut"),
    ("K23_shanghai_2003_may", "上海", "省", 2003, "narrative",
     "district-portal copy of the city's 实事 progress (摘自上海市门户网站, page dated 2003-06-11): numbered 实事 with their "
     "goal and what is done (已完成x所 / 占计划的x%); cut (待续)"),
]

SRC = {d[0]: PAGES[d[0]][0] for d in DOCS}

TASKS = []


def T(d, ref, text_start, lead, progress_start, label, note=None):
    r = {"doc": d, "ref": ref, "text_start": text_start, "lead_units": lead, "co_units": [], "lead_leaders": [],
         "progress_start": progress_start, "label": label}
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
         "progress is the list's phrase")
SHARE = ("no verdict word for this item: status from the printed share of the annual plan against the elapsed year "
         "(realdev rule: >=1 completed, >= expected+0.15 ahead, >= 0.8 x expected on_track, else lagging)")
LIST = ("the page gives the shares in one 分别为/分别占 list; progress is the whole list phrase, the item's own share is "
        "its position in the list")
NOYEAR = ("year not printed on the page: the as_of year is a placeholder, the month and day are the page's; only the month "
          "matters for the schedule")
YEAREND = "year end: a share below 100% of the year's plan is behind (the convention of verdicts6 note YEAREND)"
WORD = "the office's own word wins over the share (convention of verdicts6)"

# ---- K01 昆明 2014 上半年 (table; expected 0.5)
d, a = "K01_kunming_2014_h1", "2014-06-30"
ROWS01 = [
    ("农业基础设施(9 项)", "9                5              51", "on_track"),
    ("综合交通(19 项)", "176              55              31", "lagging"),
    ("市政设施(9 项)", "41              10              24", "lagging"),
    ("生态环保(19 项)", "29              14              50", "on_track"),
    ("社会事业及民生保障(15 项)", "60              42              69", "ahead"),
    ("园区基础设施(19 项)", "34              20              58", "on_track"),
    ("小计(90 项)", "349              145             42", "on_track"),
    ("农业产业发展(3 项)", "17               5              32", "lagging"),
    ("工业发展(43 项)", "139              64              46", "on_track"),
    ("商贸流通(22 项)", "120              28              24", "lagging"),
    ("文化旅游(17 项)", "104              33              33", "lagging"),
    ("能源(5 项)", "46              14              31", "lagging"),
    ("小计(90 项)", "426              146             34", "lagging"),
]
for i, (name, prog, st) in enumerate(ROWS01, 1):
    note = SHARE + "; the row's last cell is 完成进度 in % (header 单位:亿元、%), the first two are 年度计划 and 上半年完成"
    if name.startswith("小计"):
        note += "; subtotal of the " + ("重点基础设施项目" if i == 7 else "重点产业项目") + " rows"
    J(d, name, prog, a, prog.split()[-1], st, note)
    T(d, str(i), name, [], None, None, "whitespace table row: category (count) | 年度计划 | 上半年完成 | 完成进度; no unit cell")
G(d, "综合交通(19 项)                            176              55              31",
  [("年度计划", 176, "", "=", "total")], "the row's first figure is the year's plan (亿元 in the table header); 19 项 counts "
  "the projects; 55 and 31 are results")
G(d, "工业发展(43 项)                            139              64              46",
  [("年度计划", 139, "", "=", "total")], "as above")
G(d, "上半年重点项目投资完成情况   单位:亿元、%", [], "a title and units")

# ---- K02 渭南 2018 1-8月 (expected 0.667)
d, a = "K02_weinan_2018_aug", "2018-08-31"
J(d, "350个市级重点建设项目", "完成投资749.3亿元,占年度投资计划的76.4%,超序时进度9.7个百分点", a, "超序时进度", "ahead")
J(d, "180个续建项目", "180个续建项目完成投资457亿元,占年度投资计划的78.7%", a, "占年度投资计划的78.7%", "on_track", SHARE)
J(d, "170个新建项目", "170个新建项目完成投资292.2亿元,占年度投资计划的67.5%", a, "占年度投资计划的67.5%", "on_track", SHARE)
for name in ("韩城龙钢100万吨/年精品板带", "华州金钼技改", "临渭瑞泉中学迁建"):
    J(d, name, "等16个项目建成投产或投用", a, "建成投产或投用", "completed", GROUP)
for name in ("渭南高新区星美新能源动力电池", "潼关华润风电", "蒲城莱特光电新材料"):
    J(d, name, "等151个项目进度超过80%", a, "进度超过80%", "on_track",
      GROUP + "; above 80% against 66.7% elapsed, below the ahead line (81.7%) for the printed bound")
for name in ("渭南热电联产项目", "帝亚纯电动车", "民机试飞基地"):
    J(d, name, "等一批重大项目顺利推进", a, "顺利推进", "on_track", GROUP)
J(d, "渭南师院富平校区", "等7个续建项目进度不足60%", a, "进度不足60%", "lagging",
  GROUP + "; listed after 同时 among the problems, below the elapsed 66.7%")
J(d, "蒲城G108韦庄至蒲城段公路", "等21个新建项目进度不足50%", a, "进度不足50%", "lagging", GROUP)
J(d, "渭南主城区集中供热管网", "等9个项目仍未开工", a, "仍未开工", "not_started", GROUP)
G(d, "1-8月,渭南市350个市级重点建设项目开工341个,开工率97.4%", [], "counts and results")
G(d, "韩城龙钢100万吨/年精品板带、华州金钼技改、临渭瑞泉中学迁建等16个项目建成投产或投用", [],
  "100万吨/年 describes the plant's size; 16个 counts results")

# ---- K03 江华 2012 1-10月 (traditional with glosses; expected 0.833)
d, a = "K03_jianghua_2012_oct", "2012-10-31"
J(d, "全縣重點建設(shè)項目", "1-10月完成投資46.939億元,占年度目標任務(wù)的60%", a, "進展總體良好", "on_track",
  "the office calls the whole 進展總體良好 while 60% at the end of October is below the schedule by the share rule; "
  + WORD + "; judgement call")
for name, prog in (("旅游文化社會事業(yè)類", "旅游文化社會事業(yè)類完成投資4.668億元,占年度計劃的99%"),
                   ("工業(yè)類", "工業(yè)類完成投資19.167億元,占年度計劃的94.5%"),
                   ("綠色農(nóng)業(yè)類", "綠色農(nóng)業(yè)類完成投資3.307億元,占年度計劃的85.3%")):
    J(d, name, prog, a, "進展較好", "on_track", "listed under 進展較好的有; " + WORD + " (99% would be ahead by the share)")
for name, prog in (("城建園林房地產(chǎn)類", "城建園林房地產(chǎn)類完成投資9.799億元,占年度計劃的57.2%"),
                   ("生態(tài)環(huán)境建設(shè)類", "生態(tài)環(huán)境建設(shè)類完成投資0.88億元,占年度計劃的49.2%"),
                   ("交通能源類", "交通能源類完成投資3.463億元,占年度計劃的24.1%"),
                   ("農(nóng)田水利類", "農(nóng)田水利類完成投資2.605億元,占年度計劃的18.8%")):
    J(d, name, prog, a, "進展不夠理想", "lagging", "listed under 進展不夠理想的有")
J(d, "市級重點項目", "15個市級重點項目經(jīng)市重點辦審核完成投資17.48億元,占年度考核任務(wù)的82%", "2012-09-30",
  "占年度考核任務(wù)的82%", "on_track", SHARE + " (1-9月: 82% against 75%); the page adds 完成占比11個縣區中排名第一")
G(d, "2012年我縣市級重點項目15個,年度計劃投資21.3億元", [("年度计划投资", 21.3, "億元", "=", "total")],
  "15個 counts the projects; unit as printed (traditional)")
G(d, "全縣重點建設(shè)項目經(jīng)調(diào)整后共143個年度實施項目", [], "a list size")

# ---- K04 朝阳 2017 四季度 (year end)
d, a = "K04_chaoyang_2017_year", "2017-12-31"
J(d, "一般公共预算收入及支出", "截至11月30日,一般公共预算支出489.5亿元,支出进度93.8%,超额完成任务", a, "超额完成任务",
  "completed", "the office's word at 30 November for the spending task")
J(d, "能源消费总量和强度", "万元GDP能耗0.1578吨标准煤/万元,下降4.64%,完成了预定目标", a, "完成了预定目标", "completed")
J(d, "用水总量控制在3.4921亿立方米以内", "根据北京市节水中心综合信息平台最新数据,2017年全区新水用水量3.1亿立方米", a,
  "新水用水量3.1亿立方米", "completed", "no verdict word: 3.1 is within the cap of 3.4921")
J(d, "单位地区生产总值水耗下降3%", "2017年1至4季度单位地区生产总值新水耗下降8.23%", a, "下降8.23%", "completed",
  "no verdict word: a decline of 8.23% against the goal of 3%")
J(d, "完成月小结、年度总结、信息的报送工作", "已向首环办报送年终总结,完成全年信息报送工作", a, "完成全年信息报送工作",
  "completed")
J(d, "做好环境建设项目的全过程管理工作", "已完成长安街及其延长线环境提升", a, "已完成", "completed",
  "the sentence is cut after the first finished item; judged on what is printed")
G(d, "用水总量控制在3.4921亿立方米以内", [("用水总量", 3.4921, "亿立方米", "<=", "level")])
G(d, "单位地区生产总值水耗下降3%", [("单位地区生产总值水耗", 3, "%", "=", "decline_rate")])
G(d, "创建节水型单位、社区200家,推广高效节水器具5万套(件)", [], "results reported for the water task, not goals")
G(d, "2017年全区地区生产总值实现5629.4亿元,不变价增速达到6.6%", [], "a result")

# ---- K05 紫阳 2022 第八次常务会 (14 September)
d, a = "K05_ziyang_2022_sep", "2022-09-14"
LATE05 = "确定事项进展滞后"
for name in ("由县民政局负责的第1件", "县发改局负责的第4件", "县税务局负责的第13件", "县卫健局负责的第17、18件"):
    J(d, name, LATE05, a, "进展滞后", "lagging",
      GROUP + "; the items are named only by lead unit and number (the annex with their contents is not in the page)")
G(d, "2022年第八次县政府常务会议确定事项22件", [], "a list size")
G(d, "截至9月14日,已办结6件,占比27%;正在办理16件,占比73%", [], "counts and shares of the list")

# ---- K06 湖北 十三五 中期 (2018 上半年)
d, a = "K06_hubei_135_mid", "2018-06-30"
DONE06 = "已達(dá)期末目標(biāo)的指標(biāo)有4項"
MID = ("a five-year plan (2016-2020) reviewed at mid-term: the office's own classes against the plan's schedule; "
       "as_of is the end of the last data (2018 上半年)")
for name in ("固定寬帶家庭普及率", "非化石能源占一次能源消費比重"):
    J(d, name, DONE06, a, "已達(dá)期末目標(biāo)", "completed", GROUP + "; " + MID)
J(d, "細(xì)顆粒物(PM2.5)未達(dá)標(biāo)地級及以上城市濃度下降",
  "全省細(xì)顆粒物(PM2.5)未達(dá)標(biāo)地級及以上城市濃度分別較2015年下降16.7%、21.2%、21.2%,規(guī)劃期末目標(biāo)為下降20%", a,
  "已達(dá)期末目標(biāo)", "completed", "named under 已达期末目标; 21.2% against the end goal of 20%; " + MID)
J(d, "劣Ⅴ類水體比例", "劣Ⅴ類水體比例分別為4.4%、4.4%、2.6%,規(guī)劃期末目標(biāo)為6.1%", a, "已達(dá)期末目標(biāo)", "completed",
  "named under 已达期末目标; 2.6% below the ceiling of 6.1%; " + MID)
for name in ("服務(wù)業(yè)增加值比重", "城鎮(zhèn)新增就業(yè)人數(shù)"):
    J(d, name, "等14項指標(biāo)超過進度要求", a, "超過進度要求", "ahead", GROUP + "; " + MID)
J(d, "城鎮(zhèn)棚戶區(qū)住房改造",
  "2016年、2017年、2018年上半年,全省分別完成完成改造39.6萬套、41.3萬套、14.5萬套,累計完成95.4萬套", a,
  "超過進度要求", "ahead", "named under 超过进度要求; 95.4 of 110万套 after two and a half years; " + MID)
for name in ("跨境投資總額", "每萬人口發(fā)明專利擁有量"):
    J(d, name, "等16項指標(biāo)達(dá)到進度要求", a, "達(dá)到進度要求", "on_track", GROUP + "; " + MID)
J(d, "居民人均可支配收入",
  "2016年、2017年、2018年上半年居民人均可支配收入分別為21787元、23757元和12541元,前兩年年均增長8.9%,超出規(guī)劃增速",
  a, "達(dá)到進度要求", "on_track", "named under 达到进度要求 although the text adds 超出规划增速; " + WORD + "; " + MID)
G(d, "規(guī)劃期末全省實施城鎮(zhèn)棚戶區(qū)住房改造110萬套", [("城镇棚户区住房改造", 110, "萬套", "=", "increment")],
  "unit as printed (traditional)")
G(d, "規(guī)劃期末目標(biāo)為下降20%", [("细颗粒物(PM2.5)未达标地级及以上城市浓度", 20, "%", "=", "decline_rate")])
G(d, "規(guī)劃期末目標(biāo)為6.1%", [("劣Ⅴ类水体比例", 6.1, "%", "=", "level")],
  "a ceiling in substance, printed bare")
G(d, "32項主要指標(biāo)包括的41項分指標(biāo)中,有34項分指標(biāo)超過或達(dá)到規(guī)劃進度要求", [], "counts of indicators")

# ---- K07 贵州 2020 1—8月 (traditional with glosses; expected 0.667)
d, a = "K07_guizhou_2020_aug", "2020-08-31"
J(d, "省重大工程項目", "1—8月完成投資4993.34億元、占年度計劃的68.8%", a, "占年度計劃的68.8%", "on_track", SHARE)
J(d, "新開工項目", "新開工項目813個、占年度計劃的84.5%", a, "占年度計劃的84.5%", "ahead",
  SHARE + " (starts against the year's planned starts)")
RANK07 = "分別占年度計劃的76.8%、72.7%和72.1%"
for name in ("貴陽市", "黔西南州", "遵義市"):
    J(d, name, RANK07, a, "前三位", "on_track", LIST + "; named as the three best (前三位), " + SHARE)
for name, prog, st in (("收尾項目", "收尾項目完成投資634.07億元、占年度計劃的74.3%", "on_track"),
                       ("續(xù)建項目", "續(xù)建項目完成投資3094.71億元、占年度計劃的72.8%", "on_track"),
                       ("新建項目", "新建項目完成投資1135.21億元、占年度計劃的59.4%", "on_track"),
                       ("預(yù)備項目", "預(yù)備項目完成投資129.36億元、占年度計劃的52.2%", "lagging"),
                       ("重大基礎(chǔ)設(shè)施項目", "重大基礎(chǔ)設(shè)施項目完成投資1303.92億元、占年度計劃的62.8%", "on_track"),
                       ("重大產(chǎn)業(yè)發(fā)展項目", "重大產(chǎn)業(yè)發(fā)展項目完成投資3098.7億元、占年度計劃的73.1%", "on_track"),
                       ("重大民生工程項目", "重大民生工程項目完成投資590.72億元、占年度計劃的62.3%", "on_track")):
    J(d, name, prog, a, prog.split("、")[-1], st, SHARE)
G(d, "今年貴州安排省重大工程項目3357個、年度計劃投資7262億元", [("年度计划投资", 7262, "億元", "=", "total")],
  "3357個 counts the programme")
G(d, "建成項目161個", [], "a result")

# ---- K08 哈尔滨 2011 前9月 (traditional; expected 0.75)
d, a = "K08_harbin_2011_sep", "2011-09-30"
J(d, "哈爾濱市339個重點項目", "共投入資金828.7億元,佔年度計劃的95.3%", a, "佔年度計劃的95.3%", "ahead", SHARE)
J(d, "由各區負責推進的市重點項目172個", "前三季度投入資金319.6億元,佔年度計劃的83.9%", a, "佔年度計劃的83.9%", "on_track",
  SHARE)
J(d, "由各縣(市)負責推進的市重點項目77個", "前三季度共投入資金79億元,佔年度計劃的81.7%", a, "佔年度計劃的81.7%",
  "on_track", SHARE)
J(d, "由各市直部門負責推進的市重點項目90個", "前三季度投入資金430.1億元,佔年度計劃的104.2%", a, "佔年度計劃的104.2%",
  "completed", SHARE)
R1 = "所負責推進的市重點項目投資完成率分別為197.6%、125%和105.3%"
R2 = "所負責推進的市重點項目投資完成率分別為107.1%、102.1%和97.1%"
R3 = "負責推進的市重點項目投資完成率分別為281.3%、186.5%和164.6%"
for name, prog, st in (("呼蘭區", R1, "completed"), ("南崗區", R1, "completed"), ("道裏區", R1, "completed"),
                       ("通河縣", R2, "completed"), ("延壽縣", R2, "completed"), ("依蘭縣", R2, "ahead"),
                       ("市林業局", R3, "completed"), ("市群力辦", R3, "completed"), ("市建委", R3, "completed")):
    J(d, name, prog, a, "前三位", st, LIST + "; " + SHARE)
G(d, "已開(復)工項目307個,開(復)工率90.6%,同比提高2.1個百分點", [], "results")

# ---- K09 阿坝 民生工程 year end (no year)
d, a = "K09_aba_minsheng_year", "2009-12-31"
for name, prog in (("推进“村村农家店”建设", "完成970个农家店、3个县级配送中心建设,全面完成目标任务"),
                   ("农村交通建设", "建成农村公路900公里,完成了目标任务"),
                   ("通乡油路、水泥路100公里", "通乡油路、水泥路100公里,完成目标任务"),
                   ("通村公路800公里", "通村公路800公里,完成目标任务"),
                   ("国省干线公路养护管理", "国省干线公路路面使用性能指数达82,完成目标任务"),
                   ("农村电网改造工程", "建设(改造)农村电网各类线路587.8公里,完成目标任务"),
                   ("解决46个(20户以上)自然村通电话问题", "解决46个(20户以上)自然村通电话问题,完成目标任务的102%"),
                   ("解决44个行政村通宽带问题", "解决44个行政村通宽带问题,完成目标任务的107.32%"),
                   ("重点流域污染企业治理", "限期治理4户挂牌工业企业,并投入试运行,完成目标任务"),
                   ("建设围栏草场300万亩", "建设围栏草场300万亩,完成目标任务的133%"),
                   ("建设改良草地121万亩", "建设改良草地121万亩,完成目标任务的180%"),
                   ("文化基础设施建设", "完成163个乡镇文化站的设备采购工作,免费开放若尔盖县巴西纪念馆,全面完成目标任务"),
                   ("农家书屋建设", "完成227个农家书屋的设备安装工作,全面完成目标任务"),
                   ("在体育场馆参加体育锻炼达25.905万人次", "在体育场馆参加体育锻炼达25.905万人次,完成目标任务的103.6%"),
                   ("完成16个农民体育健身工程", "完成16个农民体育健身工程,建成5个全民健身路径工程, 建设14个阳光儿童体育乐园,全面完成目标任务"),
                   ("广播电视“村村通”", "解决9600户藏区农牧民广播电视“村村通”问题,完成了目标任务"),
                   ("农村电影放映工程", "在1354个行政村每月免费放映一场公益电影,完成目标任务")):
    J(d, name, prog, a, "完成目标任务", "completed", NOYEAR + "; a year-end report")
J(d, "完成2个体育健身馆的选址等前期工作", "完成2个体育健身馆的选址等前期工作,预计明年上半年全面完成", a,
  "预计明年上半年全面完成", "lagging",
  "year end: only the preparation is done and completion is put off to next year; " + NOYEAR)
G(d, "建成农村公路900公里,完成了目标任务", [], "a result equal to the goal, the goal itself not printed")
G(d, "建设围栏草场300万亩,完成目标任务的133%", [], "a result and its share of the goal")
G(d, "在1354个行政村每月免费放映一场公益电影", [], "what was done; 每月一场 is the service's frequency")

# ---- K10 阿拉善 2021 5月末 (expected 0.417)
d, a = "K10_alashan_2021_may", "2021-05-31"
NOTE10 = SHARE + "; the page gives no verdict and stresses the gain over last year (进度较去年同期提高)"
J(d, "我盟计划实施重点建设项目100个", "完成投资30.5亿元,完成年计划的15.6%", a, "完成年计划的15.6%", "lagging", NOTE10)
J(d, "52个续建项目", "52个续建项目45个复工,复工率87%,完成投资14.1亿元,完成年计划的13.6%", a, "完成年计划的13.6%",
  "lagging", NOTE10)
J(d, "48个新建项目", "48个新建项目开工28个,开工率58%,完成投资16.4亿元,完成年计划的18%", a, "完成年计划的18%", "lagging",
  NOTE10)
for name, share in (("农牧林水项目9个", "27%"), ("重大产业47个", "15%"), ("基础设施建设11个", "9.4%"),
                    ("生态环境和节能减排5个", "31.7%"), ("社会事业和民生18个", "27.2%"), ("城镇化建设10个", "22.3%"),
                    ("盟直部门及打捆17个(打捆6个)", "17.4%"), ("阿左旗21个", "6.4%"), ("阿右旗7个", "10.8%"),
                    ("额济纳旗13个", "14.3%"), ("阿拉善高新区18个", "28.8%")):
    J(d, name, "完成年计划的" + share, a, "完成年计划的" + share, "lagging", NOTE10)
G(d, "2021年,我盟计划实施重点建设项目100个,年度投资195亿元", [("年度投资", 195, "亿元", "=", "total")],
  "100个 counts the programme")
G(d, "农牧林水项目9个,年度计划投资7.2亿元", [("年度计划投资", 7.2, "亿元", "=", "total")])
G(d, "重大产业47个,年度计划投资135.7亿元", [("年度计划投资", 135.7, "亿元", "=", "total")])
G(d, "阿左旗21个,年度计划投资58.3亿元", [("年度计划投资", 58.3, "亿元", "=", "total")])
G(d, "截至5月末,已开复工73个,开复工率73%,较去年同期提高6个百分点", [], "results")

# ---- K11 迪庆 2012 year end (traditional with glosses)
d, a = "K11_diqing_2012_year", "2012-12-31"
for name in ("農(nóng)業(yè)", "交通", "能源", "其他"):
    J(d, name, "等4類重點建設項目總體超額完成年度投資計劃", a, "總體超額完成年度投資計劃", "completed", GROUP)
for name in ("社會事業(yè)", "市政基礎設施", "工業(yè)"):
    J(d, name, "等3類總體上未完成年度投資計劃", a, "總體上未完成年度投資計劃", "lagging", GROUP + "; year end")
G(d, "全州136個州級重點建設項目年度投資計劃為1407886萬元", [("年度投资计划", 1407886, "萬元", "=", "total")],
  "unit as printed (traditional)")
G(d, "136項重點建設項目中,120項開工建設,開工率為88.2%", [], "results")

# ---- K12 黔西南 2020 1-6月 (traditional; expected 0.5)
d, a = "K12_qianxinan_2020_h1", "2020-06-30"
J(d, "全州612個重大工程和重點項目",
  "累計完成投資691.77億元,為年度投資目標(1237.6億元)的55.98%,為上半年投資目標(610億元)的113.39%", a,
  "為上半年投資目標(610億元)的113.39%", "ahead", "above the half-year goal (113.39%); 55.98% of the year's goal")
J(d, "全州1-6月固定資產投資", "全州1-6月固定資產投資同比增長5.5%,排名全省第一", a, "同比增長5.5%", "lagging",
  "growth of 5.5% against the year's goal of 增長9%左右 printed above; the page adds 排名全省第一; judgement call")
for i, (name, cells, st) in enumerate((
        ("新建項目", "新建項目 |\n2954712 |\n1420619 |\n1422596 |\n48.15% |", "on_track"),
        ("續建項目", "續建項目 |\n7629583 |\n4411177 |\n4356017 |\n57.09% |", "on_track"),
        ("收尾項目", "收尾項目 |\n1061218 |\n1010184 |\n1012025 |\n95.36% |", "ahead"),
        ("預備項目", "預備項目 |\n731240 |\n141510 |\n127040 |\n17.37% |", "lagging"),
        ("合計", "合計 |\n12376753 |\n6983490 |\n6917679 |\n55.89% |", "on_track")), 1):
    prog = cells.split(" |\n", 1)[1]
    J(d, name, prog, a, prog.split("\n")[-1].strip(" |"), st,
      SHARE + "; table 2 row: 年度投資目標 | 到位資金 | 完成投資 | 完成投資占年度投資目標的比例, one cell per line")
    T(d, "2." + str(i), name, [], prog.split(" |")[0], None, "pipe table 2, one cell per line")
J(d, "農林產業", "1070245 |\n493765 |\n600342 |\n56.09% |\n121.58% |", a, "121.58%", "ahead",
  "table 3 row: 年度投資目標 | 上半年投資目標 | 完成投資 | 完成年度投資目標比例 | 完成上半年投資目標比例; above the "
  "half-year goal")
T(d, "3.1", "農林產業", [], "1070245", None, "pipe table 3 (under 第一產業), one cell per line; the table is cut after it")
G(d, "按照州委、州政府的要求,我州2020年固定資產投資增速為同比增長9%左右",
  [("固定资产投资增速", 9, "%", "~", "growth_rate")])
G(d, "2020年,全州612個重大工程和重點項目總投資3092億元,年計劃投資1237.6億元",
  [("年计划投资", 1237.6, "億元", "=", "total")], "總投資 is the programme's size; 612個 counts it")
G(d, "為上半年投資目標(610億元)的113.39%", [("上半年投资目标", 610, "億元", "=", "total")],
  "a result and its share; the bracketed 610億元 is the half-year goal")

# ---- K13 儋州 2013 1-8月 (expected 0.667)
d, a = "K13_danzhou_2013_aug", "2013-08-31"
J(d, "竣工项目", "竣工项目完成投资计划已过半,达到54.2%", a, "已过半,达到54.2%", "on_track", SHARE)
THREE = "三次产业结构项目中,第一、二、三产业分别完成计划的46%、55.2%、46.7%"
for name, st in (("第一", "lagging"), ("二", "on_track"), ("三产业", "lagging")):
    J(d, name, THREE, a, "分别完成计划的46%、55.2%、46.7%", st,
      LIST + "; " + SHARE + "; the paragraph's heading is 产业项目完成良好 (a feature of the list, not a verdict on "
      "these shares; judgement call)")
for name, prog, st in (("保障性住房项目", "保障性住房项目完成计划的149%", "completed"),
                       ("生活垃圾处理场配套设施项目", "生活垃圾处理场配套设施项目完成90.5%", "ahead"),
                       ("养猪场项目", "养猪场项目完成89.6%", "ahead"),
                       ("儋州木棠农产品集配中心", "儋州木棠农产品集配中心完成83.2%", "ahead")):
    J(d, name, prog, a, prog[prog.index("完成"):], st, SHARE + "; under 民生项目排名大多靠前")
G(d, "今年儋州重点项目已有62个项目开工、开工率为83.8%", [], "results")

# ---- K14 海南 2022 截至6月12日 (expected 163/365 = 0.447)
d, a = "K14_hainan_2022_jun", "2022-06-12"
J(d, "竣工项目", "竣工项目完成年度投资106亿元,年度投资完成率72%", a, "年度投资完成率72%", "ahead", SHARE)
J(d, "续建项目", "续建项目完成年度投资239亿元,年度投资完成率46%", a, "年度投资完成率46%", "on_track", SHARE)
J(d, "产业发展项目", "产业发展项目完成年度投资196亿元,年度投资完成率50%", a, "年度投资完成率50%", "on_track", SHARE)
J(d, "民生公共服务项目", "民生公共服务项目完成年度投资95亿元,年度投资完成率55%", a, "年度投资完成率55%", "on_track",
  SHARE)
J(d, "西海岸贯通更新工程", "目前全长13.1公里的西海岸贯通更新工程投资完成率达98%,仅剩下一些后续收尾工作", a,
  "投资完成率达98%", "ahead", "98% with only finishing work left; not yet complete")
J(d, "海南省中医院新院区(含省职业病医院)项目", "目前该工程已经完成总投资额96%,院区13栋主体工程均已完成,预计年底可交付", a,
  "已经完成总投资额96%", "ahead", "96% of the project's total, handover expected at the year end")
G(d, "力争全省全年投资增速达到10%,较年初目标提高2个百分点", [("全省全年投资增速", 10, "%", "=", "growth_rate")],
  "2个百分点 is the change of the goal, not a goal")
G(d, "目前全长13.1公里的西海岸贯通更新工程投资完成率达98%", [], "13.1公里 describes the project; 98% is a result")

# ---- K15 四川 上半年 (no year; traditional; expected 0.5)
d, a = "K15_sichuan_h1", "2014-06-30"
N15 = SHARE + "; " + NOYEAR
J(d, "我省重點項目", "今年上半年我省重點項目累計完成投資2263億元,占年度計劃的54.5%", a, "占年度計劃的54.5%", "on_track",
  N15 + "; the page adds 近四年來同期最快進度")
J(d, "重大民生工程及社會事業項目", "重大民生工程及社會事業項目完成投資近600億元,占全年計劃74%", a, "占全年計劃74%", "ahead",
  N15 + " (領跑)")
J(d, "通信基礎設施項目", "通信基礎設施項目完成28億元,占全年計劃70%", a, "占全年計劃70%", "ahead", N15)
J(d, "優勢特色產業項目", "優勢特色產業項目完成投資158億元,占全年計劃64%", a, "占全年計劃64%", "on_track",
  N15 + " (64% is just below the ahead line of 65%)")
J(d, "全省續建項目", "全省續建項目完成投資1591億元,超過全年計劃一半", a, "超過全年計劃一半", "on_track", N15)
for name in ("成都至都江堰鐵路彭州支線工程", "成自瀘赤高速公路", "阿壩紅原機場"):
    J(d, name, "等多個項目全面竣工", a, "全面竣工", "completed", GROUP + "; " + NOYEAR)
J(d, "新開工項目", "雅康高速、成溫邛快速通道等新開工項目完成投資672.1億元,占年度計劃65.7%", a, "占年度計劃65.7%", "ahead",
  N15)
for name in ("廣漢宏華石油裝備產業園", "成都高新區騰訊客服及網游"):
    J(d, name, "等項目完成度較高,分別占年度計劃的84%和80%", a, "完成度較高", "ahead", LIST + "; " + N15)
for name in ("成都經濟區", "川東北經濟區", "攀西經濟區"):
    J(d, name, "的省重點項目投資完成度均超過年計劃的50%,順利實現“時間過半、任務過半”", a, "時間過半、任務過半",
      "on_track", GROUP + "; " + NOYEAR)
G(d, "上半年,50個重點推進項目完成投資409億元,占全省重點項目完成投資的18%", [], "results")

# ---- K16 湖南 2014 1—6月 (expected 0.5)
d, a = "K16_hunan_2014_h1", "2014-06-30"
J(d, "全省203个在建重点项目", "全省203个在建重点项目完成投资792.4亿元,为年计划的44%", a, "为年计划的44%", "on_track", SHARE)
J(d, "46个投产项目", "46个投产项目完成投资442.4亿元,为年计划的52.4%", a, "为年计划的52.4%", "on_track", SHARE)
J(d, "136个续建项目", "136个续建项目完成投资335.5亿元,为年计划的39.4%", a, "为年计划的39.4%", "lagging",
  SHARE + " (39.4% is just below the on_track line of 40%)")
J(d, "21个新开工项目", "21个新开工项目完成投资14.5亿元,为年计划的13.9%", a, "为年计划的13.9%", "lagging", SHARE)
IND16 = "分别占年计划的49.3%、50.1%、40.8%、44.2%"
for name in ("11个现代农业及新农村项目", "87个产业发展项目", "70个基础设施项目", "35个社会发展项目"):
    J(d, name, IND16, a, IND16, "on_track", LIST + "; " + SHARE)
G(d, "今年1—6月,全省203个在建重点项目完成投资792.4亿元,为年计划的44%", [], "a result and its share")

# ---- K17 儋州 2014 1-5月 (expected 0.417)
d, a = "K17_danzhou_2014_may", "2014-05-31"
J(d, "竣工项目", "竣工项目完成投资进度较快,完成年度计划的41%", a, "投资进度较快", "on_track",
  SHARE + "; the page's 进度较快 is relative to the other stages")
J(d, "城镇化项目", "城镇化项目投资进度加快,完成年度计划的34.5%", a, "投资进度加快", "on_track", SHARE)
J(d, "政府投资项目", "前者完成投资10亿元、占年度计划的29.2%", a, "占年度计划的29.2%", "lagging",
  SHARE + "; 快于社会投资项目 is a comparison between the two, not with the schedule")
J(d, "社会投资项目", "后者完成投资20.5亿元、占年度计划26.9%", a, "占年度计划26.9%", "lagging", SHARE)
G(d, "今年1月至5月,全市有62个重点项目开工建设、开工率达到72.9%,共完成投资30.5亿元、同比增长20.9%", [], "results")

# ---- K18 甘孜 2017 1-9月 (expected 0.75)
d, a = "K18_ganzi_2017_sep", "2017-09-30"
J(d, "2017年我州重点项目170个", "1-9月累计完成投资229.68亿元,完成年度计划的77.82%", a, "完成年度计划的77.82%", "on_track",
  SHARE)
for name, share, st in (("续建项目", "77.7%", "on_track"), ("新开工项目", "78.01%", "on_track"),
                        ("竣工投产项目", "109.93%", "completed"), ("重大基础设施项目", "94.98%", "ahead"),
                        ("交通基础设施项目", "100.65%", "completed"), ("水利基础设施项目", "91.07%", "ahead"),
                        ("城市基础设施项目", "61.04%", "on_track"), ("重大产业项目", "67.05%", "on_track"),
                        ("生态能源业", "74.65%", "on_track"), ("生态旅游业", "24.84%", "lagging"),
                        ("优势矿产业", "48%", "lagging"), ("特色农牧业", "128.5%", "completed"),
                        ("战略性新兴产业", "42.62%", "lagging"), ("改善民生和社会事业项目", "60.38%", "on_track"),
                        ("其他项目", "126.56%", "completed")):
    J(d, name, "完成年度计划的" + share, a, "完成年度计划的" + share, st, SHARE)
G(d, "2017年我州重点项目170个,年度计划投资295.16亿元", [("年度计划投资", 295.16, "亿元", "=", "total")],
  "170个 counts the programme")

# ---- K19 甘孜 2020 1-8月 (expected 0.667)
d, a = "K19_ganzi_2020_aug", "2020-08-31"
J(d, "2020年我州重点项目250个", "1-8月累计完成投资210.88亿元,完成年度计划的68.68%", a, "完成年度计划的68.68%", "on_track",
  SHARE)
for name, share, st, extra in (("续建项目", "81.75%", "ahead", " (81.75% is just above the ahead line of 81.67%)"),
                               ("新开工项目", "26.99%", "lagging", ""), ("竣工投产项目", "95.38%", "ahead", ""),
                               ("重大基础设施项目", "64.44%", "on_track", ""),
                               ("交通基础设施项目", "65.89%", "on_track", ""),
                               ("水利基础设施项目", "53.23%", "lagging",
                                " (53.23% is just below the on_track line of 53.33%)"),
                               ("城市基础设施项目", "51.05%", "lagging", "")):
    J(d, name, "完成年度计划的" + share, a, "完成年度计划的" + share, st, SHARE + extra)
G(d, "2020年我州重点项目250个,年度计划投资307.05亿元", [("年度计划投资", 307.05, "亿元", "=", "total")],
  "250个 counts the programme")

# ---- K20 略阳 2020 1至6月 (traditional; expected 0.5)
d, a = "K20_lueyang_2020_h1", "2020-06-30"
J(d, "我縣47個重點建設項目", "開復工44個、完成投資16.74億元、占年計劃的59.8%", a, "占年計劃的59.8%", "on_track", SHARE)
J(d, "11個市級重點項目", "開復工率100%,完成投資7.19億元,占年計劃的61.98%", a, "占年計劃的61.98%", "on_track", SHARE)
J(d, "24個重點前期項目和3個市級重點前期項目", "24個重點前期項目和3個市級重點前期項目進展順利", a, "進展順利", "on_track")
G(d, "今年1至6月,我縣47個重點建設項目開復工44個", [], "counts")

# ---- K21 兵团十三师 2017 援疆 (上半年; named items at 21 July)
d = "K21_bingtuan13_2017_h1"
J(d, "2017年师计划实施援疆项目9个", "上半年,师9个援疆项目已全部启动实施,项目开工率100%,完成投资6801.05万元,完成年度计划的60%",
  "2017-06-30", "完成年度计划的60%", "on_track", SHARE)
for name in ("师火箭农场学校初中部教学楼", "职业技术学校信息化综合教学楼", "各团场警务室及治安检查站维稳装备建设"):
    J(d, name, "等5个项目已全部完成", "2017-07-21", "已全部完成", "completed", GROUP + "; 截至目前 = the 21 July of the item")
J(d, "庙尔沟景区基础设施建设项目", "庙尔沟景区基础设施建设项目完成投资400万元,完成年度计划80%", "2017-07-21",
  "完成年度计划80%", "ahead", SHARE + " (80% against 55% elapsed)")
J(d, "红星医院中原病房楼项目", "红星医院中原病房楼项目已完成投资4320万元,完成年度计划57.2%", "2017-07-21",
  "完成年度计划57.2%", "on_track", SHARE)
G(d, "2017年师计划实施援疆项目9个,总投资10907.64万元,申请使用援疆资金9360.64万元", [],
  "9个 counts the programme, 总投资 is its size, 申请使用 an application")

# ---- K22 兵团 2013 year end
d, a = "K22_bingtuan_2013_year", "2013-12-31"
J(d, "固定资产投资", "预计全年完成投资1500亿元,增长44.5%,高出预期目标14.5个百分点", a, "高出预期目标14.5个百分点",
  "completed", "growth above the year's goal (an estimate for the year)")
J(d, "2013年实施的十大建设领域58个重点推进项目", "完成投资901.6亿元,完成年度计划的94.5%", a, "完成年度计划的94.5%",
  "lagging", YEAREND + "; only six of the ten fields are named as over the plan")
for name in ("服务业建设", "城镇及产业园区基础设施建设", "能源基础建设", "水利设施建设", "交通设施建设",
             "民生改善及保障性安居工程建设"):
    J(d, name, "等6大建设领域超额完成年度计划", a, "超额完成年度计划", "completed", GROUP)
G(d, "2013年实施的十大建设领域58个重点推进项目有55个项目开(复)工建设,开工率94.8%", [], "counts and results")
G(d, "保障性住房基本建成15.6万户,竣工10.3万户,完善了24.5万户保障性住房配套基础设施", [], "results")

# ---- K23 上海 2003 实事 (page of 11 June)
d, a = "K23_shanghai_2003_may", "2003-06-11"
N23 = ("no verdict word: status from the share done against the elapsed year (realdev rule); as_of is the page's date, "
       "the figures' own date is not printed")
J(d, "改造17所市级医院急诊室", "已完成5所", a, "已完成5所", "lagging", N23 + " (5 of 17 = 29% against 44%)")
J(d, "新辟、调整12条公交线路", "已完成3条", a, "已完成3条", "lagging", N23 + " (3 of 12 = 25%)")
J(d, "新增就业岗位40万个", "已完成19.56万个,占计划的48.9%", a, "占计划的48.9%", "on_track", N23)
J(d, "为9万户老式住宅楼增添消防安全设施", "已完成安装简易水喷淋和逃生设施16807户,占计划的18.6%", a, "占计划的18.6%",
  "lagging", N23)
G(d, "改造17所市级医院急诊室", [("改造市级医院急诊室", 17, "所", "=", "increment")])
G(d, "对40所乡镇卫生院实施标准化建设", [("乡镇卫生院标准化建设", 40, "所", "=", "increment")])
G(d, "竣工重大工程配套商品房100万平方米", [("竣工重大工程配套商品房", 100, "万平方米", "=", "increment")])
G(d, "新辟、调整12条公交线路", [("新辟、调整公交线路", 12, "条", "=", "increment")])
G(d, "新增就业岗位40万个", [("新增就业岗位", 40, "万个", "=", "increment")])
G(d, "为9万户老式住宅楼增添消防安全设施", [("老式住宅楼增添消防安全设施", 9, "万户", "=", "increment")])
G(d, "在奉贤、金山、南汇、崇明各建一所寄宿制高中", [("寄宿制高中", 1, "所", "=", "increment")],
  "一所 in characters: one in each of four districts (judgement: the per-district standard as printed)")
# ---- write + verify
bad = 0
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
for r in TASKS:
    t = doc(r["doc"])
    for k in ("text_start", "progress_start"):
        if r[k] and r[k] not in t:
            print("MISSING row", k, r["doc"], r[k])
            bad += 1
print("docs", len(DOCS), "judged", len(JUDGED), "targets", len(TARGETS),
      "target values", sum(len(r["targets"]) for r in TARGETS), "none", sum(not r["targets"] for r in TARGETS),
      "rows", len(TASKS), "bad", bad)
st = Counter(r["status"] for r in JUDGED)
print(st, "behind", st["lagging"] + st["not_started"], round((st["lagging"] + st["not_started"]) / len(JUDGED), 3))
print(sorted(Counter(r["doc"][:3] for r in JUDGED).items()))
print(sorted(Counter(r["doc"][:3] for r in TARGETS).items()))
print(Counter(p for _, p, *_ in DOCS))
if "--write" in sys.argv and not bad:

    def w(name, rows):
        with open(B / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    w("documents.jsonl", [{"id": i, "file": f"docs/{i}.txt", "source": SRC[i], "province": p, "level": lv, "year": y,
                           "kind": k, "layout": lay} for i, p, lv, y, k, lay in DOCS])
    w("tasks.jsonl", TASKS)
    w("judged.jsonl", JUDGED)
    w("targets.jsonl", TARGETS)
    (B / "firstrun").mkdir(exist_ok=True)
    w("firstrun/judged_inputs.jsonl", [{"task": r["task"], "progress": r["progress"], "as_of": r["as_of"]} for r in JUDGED])
    w("firstrun/targets_inputs.jsonl", [{"text": r["text"]} for r in TARGETS])
    print("written")
