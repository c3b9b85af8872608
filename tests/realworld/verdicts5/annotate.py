"""Hand annotations of batch verdicts5, written before duban was run on these documents.

Checks that every task, progress and target sentence occurs verbatim in its document, then (with --write)
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
    ("Y01_sichuan_2015_q3", "四川", "省", 2015, "narrative",
     "news item quoting the provincial 督查室 on the 十项民生工程 and 20件民生大事 after Q3: counts, items named as done or "
     "over target (为目标任务的x%), items 达到或超过目标任务进度, and the items 未达到目标任务进度 named in quotes"),
    ("Y02_wujin_2017_sep", "江苏", "区", 2017, "progress",
     "district key-project page at the end of September: totals, new/continuing projects with shares, then sectors and towns "
     "named as 进展较好 / 进展不够理想 / 与整体进度基本持平 with their gap to the overall share in points, listed in order"),
    ("Y03_xiangxi_2021_sep", "湖南", "市", 2021, "progress",
     "prefecture key-project brief 1-9月: shares by category, stage and management line in prose, then a pipe table of the "
     "counties with plan, actual and 年计划投资完成率 (no verdict words)"),
    ("Y04_yichun_2020_year", "黑龙江", "市", 2020, "bulletin",
     "city report on the 2020 key projects at the year end: plan sizes, then named projects grouped by band of the annual plan "
     "done (100%及以上 / 90%以上 / 80%以上 / 70% / 60% / 50%以下); cut"),
    ("Y05_changchun_2018_jun", "吉林", "市", 2018, "narrative",
     "city commerce bureau page (mirror) on 17 projects tracked since 2016: groups 已完工并运营(投产) / 正在建设中 / 仍在积极推动中 "
     "/ 取消, named projects with their state in a run-on list"),
    ("Y06_dezhou_sep", "山东", "市", None, "narrative",
     "repost in traditional characters with pinyin glosses of a city note on 107 key projects at the end of September: counts, "
     "projects 完工, five projects 未開工 each with its cause, provincial projects, one more not started; year not printed"),
    ("Y07_shandong_16cities_oct", "山东", "省", None, "narrative",
     "news repost of the provincial NDRC bulletin 1-10月: four project lists with starts and shares, cities named as 提前完成全年投资"
     "计划 / 开工率100% / 均超时间进度; the ranking figure not in the text; year not printed; cut"),
    ("Y08_county_2007_jul", "浙江", "县", 2007, "progress",
     "forum post of a county's 1-7月 key-project report: six sectors with 占年计划x%, then named projects under 计划安排年底开工 / "
     "前期工作进度缓慢,未按计划实施或开工 / 主体工程没有动建 / 进度缓慢, and the 实事 items 基本完成 / 已在实施中 / 还处于落实或筹建阶段; "
     "province not printed (inferred: 标准海塘加固, a Zhejiang programme); forum replies follow"),
    ("Y09_xingan_2018_oct", "内蒙古", "市", 2018, "bulletin",
     "league NDRC bulletin (兴发改重发〔2018〕512号) 1-10月: 盟级重大项目稳步推进 with shares, named projects 有序推进 / 基本完成…投料试生产 "
     "/ 并网发电 / 投入使用 / 预计年内竣工 / 加快推进 / 即将竣工投运, then the region-level projects; cut"),
    ("Y10_xilinhot_2025_sep", "内蒙古", "县", 2025, "progress",
     "county-level city open-government page 1-9月 (mirror, with a metadata pipe table on top): totals, then five sectors each "
     "naming projects 正在开展风机吊装作业 / 已投产运营 / 已完工 / 进度已超过90% / 提速推进 / 已开工; cut"),
    ("Y11_zigong_q1", "四川", "市", None, "narrative",
     "one-paragraph excerpt on the city's provincial key projects in Q1: 超序时进度 x个百分点 for the list and the continuing "
     "projects, projects 部分子项完工 / 已开工 / 进展较快,可望提前开工; numbered (1)-(3) inline; year not printed"),
    ("Y12_hunan_2012_nov", "湖南", "省", 2012, "progress",
     "provincial page 1-11月: shares of the year's plan by stage and, with 分别, by sector (no verdict words)"),
    ("Y13_lanzhou_2012_aug", "甘肃", "市", 2012, "narrative",
     "repost in traditional characters with glosses of a city note 1-8月: 100 key projects started and 42.2%, counts by group, "
     "five investment projects named 建成投產"),
    ("Y14_shandong_2021_oct", "山东", "省", 2021, "narrative",
     "repost in traditional characters of a provincial newspaper item 前10月: the implementation list 超年度計劃21.1個百分點 and four "
     "fields with 占年度計劃的x% (three over 100%), all 均加快推進; site footer"),
    ("Y15_changzhou_2018_q1", "江苏", "市", 2018, "progress",
     "city industry bureau note on Q1 industrial key projects: provincial and city lists with shares, starts, 续建项目进展顺利"),
    ("Y16_sichuan_q1", "四川", "省", None, "narrative",
     "trade-site repost in traditional characters with glosses of the provincial 重点办 figures for Q1: 84 starts 開局良好, "
     "continuing projects' 投資完成率 by category, 產業類…進展最好; year not printed"),
    ("Y17_ordos_2019_sep", "内蒙古", "市", 2019, "progress",
     "city industry bureau data page 1-9月 on industrial projects over 100 million: totals and share, then per banner/district "
     "the projects and 开复工率, no verdict words"),
    ("Y18_baoji_2021_jul", "陕西", "市", 2021, "narrative",
     "workers' newspaper item on the city's key projects 前7个月: totals, 458 of 602 超过了序时进度, projects named 已经建成投用 / "
     "正在抓紧实施, counties named for 投资完成率达到75% and 开工率达到100%; site footer"),
    ("Y19_urumqi_2013_jul", "新疆", "市", 2013, "progress",
     "business-site repost of a city NDRC note at the end of July: three of ten project categories with starts and 完成年度计划的x%, "
     "then totals and the government-funded share"),
]
SRC = {d[0]: PAGES[d[0]][0] for d in DOCS}

TASKS = []

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
         "(realdev rule: >=1 completed, >= expected+0.15 ahead, >= 0.8 x expected on_track, else lagging)")
NOYEAR = ("year not printed on the page: the as_of year is a placeholder, the month and day are the page's; only the month "
          "enters the schedule")
YEAREND = ("at the year end an item short of its annual plan is behind (the office lists it in a band below 100%); "
           "judgement call for the 90% band")

# ---- Y01 四川 2015 前三季度 (省政府督查室)
d, a = "Y01_sichuan_2015_q3", "2015-09-30"
J(d, "贫困残疾人扶贫解困", "9月,我省扶持农村贫困残疾人发展生产或改善生活状况新增85466人,达565965人,为目标任务的565.97%", a,
  "成效突出", "completed", "565.97% of the target")
J(d, "资助家庭经济困难学生", "9月全省新增资助家庭经济困难职工子女上学0.64万人,资助家庭经济困难学生5704人,均大幅度超过目标任务", a,
  "均大幅度超过目标任务", "completed", "exceeds the (annual) target, not a pace")
J(d, "农村通村公路建设", "三季度新增完成全年目标任务项目中,“农村通村公路建设”上榜", a, "完成全年目标任务", "completed")
J(d, "志愿服务队伍建设", "全省招募西部计划志愿者3153人,占目标任务的210.2%", a, "完成全年目标任务", "completed",
  "named with 农村通村公路建设 as newly completed (同样上榜)")
J(d, "为边远贫困地区农村教师建设1万套周转房", "已开工建设的农村教师周转房达9149套,大幅超过目标任务", a, "达到或超过目标任务进度",
  "ahead", "named under 达到或超过目标任务进度; 9149 of 10000 started, 大幅超过 the pace")
J(d, "为1万名贫困白内障患者实施免费复明手术", "9月全省实施复明手术新增1203例,达8878例", a, "达到或超过目标任务进度", "on_track",
  "named under 达到或超过目标任务进度; 8878 of 10000 at the end of September")
for name in ("食品安全", "安全社区建设", "耕地质量建设", "饮用水源地整治", "文化基础设施建设"):
    J(d, name, "未达到目标任务进度的民生小项,涉及“食品安全”、“安全社区建设”、“耕地质量建设”、“饮用水源地整治”和“文化基础设施建设”等",
      a, "未达到目标任务进度", "lagging", GROUP)
for name in ("全面实现全省无电村通电", "全省每个县建成1个残疾人服务中心"):
    J(d, name, "20件民生大事中,有2件未达到目标任务进度", a, "未达到目标任务进度", "lagging", GROUP)
G(d, "为边远贫困地区农村教师建设1万套周转房", [("周转房", 1, "万套", "=", "increment")])
G(d, "为1万名贫困白内障患者实施免费复明手术", [("免费复明手术", 1, "万名", "=", "increment")])
G(d, "全省每个县建成1个残疾人服务中心", [("残疾人服务中心", 1, "个", "=", "increment")], "one per county")
G(d, "全面实现全省无电村通电", [], "no number")
G(d, "9月,我省扶持农村贫困残疾人发展生产或改善生活状况新增85466人,达565965人,为目标任务的565.97%", [], "results")
G(d, "十项民生工程涉及的62个分项125个小项中,57个小项已完成或超额完成全年目标任务,60个小项达到或超过目标任务进度", [],
  "counts of items")

# ---- Y02 武进 2017 至9月底
d, a = "Y02_wujin_2017_sep", "2017-09-30"
GOOD2 = ("named as 进展较好: the share is above the district's 73.4% by the printed points (in order); about 75-83% at the end "
         "of September")
for name in ("科技", "农业", "工业", "服务业"):
    J(d, name, "投资完成率分别高于总体进度的9.8、6.2、5.8、2.0个百分点", a, "进展较好", "on_track", GOOD2)
for name in ("外资", "基础设施", "社会事业"):
    J(d, name, "外资、基础设施、社会事业进展不够理想,分别低于总体进度4.0、8.3、15.4个百分点", a, "进展不够理想", "lagging",
      "the office's verdict: below the district's 73.4% by 4.0 / 8.3 / 15.4 points (69.4%, 65.1%, 58.0%); a linear 0.8 x 75% "
      "rule would keep the first two on course")
for name in ("绿建区", "湟里镇", "西太湖", "经开区", "前黄镇", "雪堰镇"):
    J(d, name, "投资完成率分别高于整体进度的11.8、6.3、4.9、4.4、3.3、2.7个百分点", a, "进展情况较好", "on_track",
      "named as 进展情况较好, above the district share by the printed points (in order)")
for name in ("高新区", "牛塘镇", "湖塘镇"):
    J(d, name, "投资完成率与整体进度基本持平", a, "与整体进度基本持平", "on_track", "level with the district's 73.4%")
J(d, "新建项目共185个,计划总投资624.4亿元,年内计划投资246.5亿元",
  "至9月底,开工建设160个,开工率为86.5%,累计完成投资153.7亿元,完成年度计划的62.4%", a, "完成年度计划的62.4%", "on_track",
  SHARE + " (62.4% against 75%: ratio 0.83)")
J(d, "续建项目共118个,计划总投资1238.5亿元,年内计划投资253.9亿元", "至9月底,累计完成投资213.3亿元,完成年度计划的84.0%", a,
  "完成年度计划的84.0%", "on_track", SHARE)
G(d, "新建项目共185个,计划总投资624.4亿元,年内计划投资246.5亿元", [("年内计划投资", 246.5, "亿元", "=", "total")],
  "185个 counts the list, 计划总投资 is the projects' budget")
G(d, "续建项目共118个,计划总投资1238.5亿元,年内计划投资253.9亿元", [("年内计划投资", 253.9, "亿元", "=", "total")])
G(d, "至9月底,开工建设160个,开工率为86.5%,累计完成投资153.7亿元,完成年度计划的62.4%", [], "progress")
G(d, "累计投入达到序时进度的项目有188个,占开工在建项目数的67.6%", [], "counts and a share")
G(d, "嘉泽镇、西太湖竣工率较高,分别为100%、65%", [], "results")

# ---- Y03 湘西 2021 1-9月 (no verdict words)
d, a = "Y03_xiangxi_2021_sep", "2021-09-30"
J(d, "产业发展项目172个", "产业发展项目172个,完成投资295.9亿元,为年投资计划的80%", a, "为年投资计划的80%", "on_track", SHARE)
J(d, "基础设施项目75个", "基础设施项目75个,完成投资102.3亿元,为年投资计划的59%", a, "为年投资计划的59%", "lagging",
  SHARE + " (59% against 75%: ratio 0.79)")
J(d, "社会民生项目55个", "社会民生项目55个,完成投资66亿元,为年投资计划的83%", a, "为年投资计划的83%", "on_track", SHARE)
J(d, "生态环保项目14个", "生态环保项目14个,完成投资10.3亿元,为年投资计划的58%", a, "为年投资计划的58%", "lagging", SHARE)
J(d, "续建类项目146个", "续建类项目146个,完成投资304.2亿元,为年投资计划的80%", a, "为年投资计划的80%", "on_track", SHARE)
J(d, "新开类项目170个", "新开类项目170个,完成投资170.3亿元,为年投资计划的65%", a, "为年投资计划的65%", "on_track",
  SHARE + " (ratio 0.87)")
ROWS3 = [("吉首市", "吉首市 | 57 | 82.5 | 65.1 | 78.9% |", "on_track"), ("泸溪县", "泸溪县 | 27 | 42.6 | 31.2 | 73.2% |", "on_track"),
         ("凤凰县", "凤凰县 | 34 | 78.5 | 62.9 | 80.1% |", "on_track"), ("古丈县", "古丈县 | 24 | 23.4 | 19.0 | 81.2% |", "on_track"),
         ("花垣县", "花垣县 | 21 | 46.0 | 37.1 | 80.7% |", "on_track"), ("保靖县", "保靖县 | 24 | 41.9 | 30.9 | 73.7% |", "on_track"),
         ("永顺县", "永顺县 | 23 | 51.0 | 42.3 | 82.9% |", "on_track"), ("龙山县", "龙山县 | 21 | 51.7 | 40.9 | 79.1% |", "on_track"),
         ("湘西高新区", "湘西高新区 | 27 | 66.4 | 53.1 | 80.0% |", "on_track"), ("州 直", "州 直 | 58 | 156.7 | 92.0 | 58.8% |", "lagging")]
for name, row, st in ROWS3:
    J(d, name, row, a, row.rstrip(" |").split("| ")[-1], st,
      SHARE + "; a table row (项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率), units 个、亿元 in the line above the table")
G(d, "1-9月份,316个州重点建设项目累计开复工291个,开复工率92%", [], "progress")
G(d, "产业发展项目172个,完成投资295.9亿元,为年投资计划的80%", [], "a result and its share")
G(d, "州直项目58个,完成投资114.8亿元,为年投资计划的64%", [], "a result and its share")

# ---- Y04 伊春 2020 截至12月末
d, a = "Y04_yichun_2020_year", "2020-12-31"
J(d, "2020年全市百大项目10个,总投资59.7亿元,年度计划投资30.4亿元",
  "截至12月末,全市10个百大项目全部开复工,完成投资30.9亿元,完成年度计划的101.64%", a, "完成年度计划的101.64%", "completed")
for name in ("新希望生猪养殖场建设项目", "五营忠芝大山王蓝莓产品生产线技术改造项目", "伊春支线机场改扩建工程",
             "建龙西钢焦化及综合利用项目"):
    J(d, name, "完成年度计划100%及以上的项目4个", a, "完成年度计划100%及以上", "completed", GROUP)
for name in ("铁力市宇祥生物质热电联产建设项目", "格润药业经典名方综合车间建设项目"):
    J(d, name, "完成年度计划投资90%以上的项目2个", a, "完成年度计划投资90%以上", "lagging", GROUP + "; " + YEAREND)
for name in ("伊春旅游公路升级改造工程", "中心城区城市建设项目"):
    J(d, name, "完成年度计划80%以上的项目2个", a, "完成年度计划80%以上", "lagging", GROUP + "; " + YEAREND)
J(d, "各县(市)区重点项目150个,总投资94.2亿元,年度计划投资26亿元", "完成投资28.4亿元,完成年度计划的109.3%", a,
  "完成年度计划的109.3%", "completed")
J(d, "松风食品百万头生猪屠宰项目", "松风食品百万头生猪屠宰项目等134个项目已完成年度计划", a, "已完成年度计划", "completed")
for name, prog, lab in (("经开区新建基础设施", "经开区新建基础设施等3个项目完成年度计划90%以上", "完成年度计划90%以上"),
                        ("友好区第一中学运动场地建设", "友好区第一中学运动场地建设等4个项目完成年度计划在80%以上", "完成年度计划在80%以上"),
                        ("汤旺县伊春森林温泉度假酒店", "汤旺县伊春森林温泉度假酒店等2个项目完成年度计划70%以上", "完成年度计划70%以上"),
                        ("铁力市城区热电联产集中供热热源建设", "铁力市城区热电联产集中供热热源建设等2个项目完成年度计划60%以上",
                         "完成年度计划60%以上"),
                        ("丰林县红星2020年高标准农田", "丰林县红星2020年高标准农田等5个项目完成年度计划50%以下", "完成年度计划50%以下")):
    J(d, name, prog, a, lab, "lagging", YEAREND)
G(d, "2020年全市百大项目10个,总投资59.7亿元,年度计划投资30.4亿元", [("年度计划投资", 30.4, "亿元", "=", "total")],
  "10个 counts the list")
G(d, "各县(市)区重点项目150个,总投资94.2亿元,年度计划投资26亿元", [("年度计划投资", 26, "亿元", "=", "total")])
G(d, "市直部门重点项目7个,总投资45.1亿元,年度计划投资23.6亿元", [("年度计划投资", 23.6, "亿元", "=", "total")])
G(d, "新希望生猪养殖场建设项目完成投资2.65亿元", [], "a result")
G(d, "松风食品百万头生猪屠宰项目等134个项目已完成年度计划", [], "capacity in a name, a count")

# ---- Y05 长春 2018 (发布 6月8日, 截止目前)
d, a = "Y05_changchun_2018_jun", "2018-06-08"
DONE5 = "listed under 6个项目已完工并运营(投产)"
J(d, "绿园区高速动车组产品四五级检测维修项目", "绿园区高速动车组产品四五级检测维修项目已正常进行200公里动车组电器柜检修", a,
  "已完工并运营(投产)", "completed", DONE5)
J(d, "榆树市年产12万吨有机酸项目", "榆树市年产12万吨有机酸项目于2017年12月份投产,截至目前已累计生产2万吨柠檬酸", a,
  "已完工并运营(投产)", "completed", DONE5)
J(d, "净月高新区论坛品牌战略合作项目", "净月高新区论坛品牌战略合作项目于2018冰雪节再次完成项目品牌战略合作", a,
  "已完工并运营(投产)", "completed", DONE5)
BUILD5 = "listed under 5个项目正在建设中"
J(d, "宽城区海尔(长春)市场创新产业园项目", "宽城区海尔(长春)市场创新产业园项目二期已经完工,企业内部正在根据要求筹备三期工程", a,
  "正在建设中", "on_track", BUILD5 + "; phase 2 done, phase 3 in preparation")
J(d, "长春新区易华录国际食品安全创新产业园项目", "长春新区易华录国际食品安全创新产业园项目正在做降水和桩基础", a, "正在建设中",
  "on_track", BUILD5)
J(d, "净月高新区复华未来世界—文化旅游中心项目", "净月高新区复华未来世界—文化旅游中心项目塔楼结构全部封顶,塔楼幕墙玻璃安装完成70%", a,
  "正在建设中", "on_track", BUILD5)
J(d, "净月高新区麦田国际学校项目", "净月高新区麦田国际学校项目正在内外部装修", a, "正在建设中", "on_track", BUILD5)
J(d, "农安县环境生态综合治理项目", "农安县环境生态综合治理项目环卫市场化运营部分已完成设备购置,后续工程正在做总体规划", a,
  "正在建设中", "on_track", BUILD5)
for name in ("新兴产业股权投资基金", "城市配送物流园", "爱众智慧产业城"):
    J(d, name, "新兴产业股权投资基金、城市配送物流园、爱众智慧产业城等5个项目仍在积极推动中", a, "仍在积极推动中", "not_started",
      GROUP + "; set apart from the projects under construction: still being negotiated two years on")
G(d, "计划8月份进行4列380高铁车型电器柜检修", [("电器柜检修", 4, "列", "=", "increment")], "380 names the train type")
G(d, "榆树市年产12万吨有机酸项目于2017年12月份投产,截至目前已累计生产2万吨柠檬酸", [], "capacity in a name and a result")
G(d, "塔楼幕墙玻璃安装完成70%", [], "a result")
G(d, "计划年底前主体全部完工", [], "a date, no number")

# ---- Y06 德州 截止9月底 (year not printed; 京沪高铁 opened in 2011)
d, a = "Y06_dezhou_sep", "2011-09-30"
NY6 = NOYEAR + " (京滬高鐵 finished: 2011 or later)"
for name in ("京滬高鐵", "樂陵華商國家食糖儲備庫"):
    J(d, name, "京滬高鐵、樂陵華商國家食糖儲備庫等8個項目完工", a, "完工", "completed", GROUP + "; " + NY6)
NS6 = "listed under 5個項目未開工, with its cause; " + NY6
J(d, "齊河?xùn)|盟現(xiàn)代生態(tài)旅游城項目", "土地手續(xù)已報省國土廳等待批復(fù)", a, "未開工", "not_started",
  NS6 + "; the page garbles one character of the name (?)")
J(d, "石濟(jì)客運專線", "初步設(shè)計在修改變更中", a, "未開工", "not_started", NS6)
J(d, "齊耀生物質(zhì)循環(huán)經(jīng)濟(jì)示范園項目", "正在完善可研報告", a, "未開工", "not_started", NS6)
J(d, "國電生物質(zhì)發(fā)電項目", "核準(zhǔn)手續(xù)等待國家發(fā)改委批復(fù)", a, "未開工", "not_started", NS6)
J(d, "華能四期", "“上大壓小”指標(biāo)完成難度大,影響了項目前期進(jìn)度", a, "未開工", "not_started", NS6)
J(d, "中際海洋石油勘探信號收攬機(jī)項目", "中際海洋石油勘探信號收攬機(jī)項目由于合作方出現(xiàn)問題未能開工", a, "未能開工", "not_started",
  "a provincial project not started; " + NY6)
J(d, "今年107個市級重點項目,總投資2039.5億元,年度投資542.6億元",
  "截止9月底,已有102個項目開工,開工率95.3%,完成投資414.4億元,占年度計劃的76.4%", a, "占年度計劃的76.4%", "on_track",
  SHARE + "; " + NY6)
J(d, "9個省級重點項目總投資80億元,年度計劃33億元", "8個項目開工,完成投資25億元,占年度計劃的75.4%", a, "占年度計劃的75.4%",
  "on_track", SHARE + "; " + NY6)
G(d, "今年107個市級重點項目,總投資2039.5億元,年度投資542.6億元", [("年度投資", 542.6, "億元", "=", "total")],
  "traditional unit as printed")
G(d, "9個省級重點項目總投資80億元,年度計劃33億元", [("年度計劃", 33, "億元", "=", "total")])
G(d, "截止9月底,已有102個項目開工,開工率95.3%,完成投資414.4億元,占年度計劃的76.4%", [], "progress")
G(d, "華能四期 “上大壓小”指標(biāo)完成難度大", [], "a phase number")

# ---- Y07 山东 16市 1-10月 (year not printed)
d, a = "Y07_shandong_16cities_oct", "2020-10-31"
NY7 = NOYEAR + " (新旧动能转换 / 双招双引 lists: 2019-2021)"
J(d, "326个省重大项目", "计划年内开工的247个建设类项目已经开工242个,当月完成投资254.82亿元,累计完成投资2136.97亿元,超年度投资计划3.13个百分点",
  a, "超年度投资计划3.13个百分点", "completed", "103.13% of the annual plan in October; " + NY7)
for name in ("济南", "青岛", "淄博", "枣庄", "菏泽"):
    J(d, name, "济南、青岛、淄博、枣庄、东营、烟台、潍坊、泰安、威海、日照、临沂、聊城、滨州、菏泽等14市提前完成全年投资计划", a,
      "提前完成全年投资计划", "completed", GROUP + " (省重大项目); " + NY7)
J(d, "612个省新旧动能转换优选项目", "累计完成投资1731.73亿元,占年度计划的97.41%", a, "占年度计划的97.41%", "on_track",
  SHARE + " (97.41% against 83.3%: ratio 1.17, below the ahead line 0.983); " + NY7)
for name in ("济宁", "聊城"):
    J(d, name, "淄博、东营、烟台、潍坊、济宁、威海、日照、临沂、聊城等9市提前完成全年投资计划", a, "提前完成全年投资计划",
      "completed", GROUP + " (新旧动能转换优选项目); " + NY7)
J(d, "200个省“双招双引”重点签约项目", "已经开工196个,当月完成投资65.84亿元,累计完成投资498.45亿元,超年度投资计划10.89个百分点", a,
  "超年度投资计划10.89个百分点", "completed", NY7)
J(d, "1907个省级重点项目", "累计完成投资6196.09亿元,占年度计划的91.57%", a, "占年度计划的91.57%", "on_track", SHARE + "; " + NY7)
G(d, "326个省重大项目中,计划年内开工的247个建设类项目已经开工242个", [("计划年内开工", 247, "个", "=", "increment")],
  "judgement call (as verdicts4 V02): the year's planned starts; 326个 counts the list, 242个 is progress")
G(d, "1907个省级重点项目中,计划年内开工的1741个项目已经开工1559个,占全年开工计划的89.55%",
  [("计划年内开工", 1741, "个", "=", "increment")], "as above")
G(d, "全省12121个省市县三级重点项目,已经开工11490个,累计完成投资21531.06亿元", [], "counts and a result")
G(d, "79个准备类项目已经开工15个,累计完成投资124.87亿元", [], "counts and a result")

# ---- Y08 某县 2007 1-7月 (forum post)
d, a = "Y08_county_2007_jul", "2007-07-31"
for name, prog, share, st in (
        ("4个农业水利设施项目", "4个农业水利设施项目完成投资15190万元,占年计划60.76%", "60.76%", "on_track"),
        ("7项交通项目", "7项交通项目完成投资4450万元,占年计划6.40%", "6.40%", "lagging"),
        ("9项工业能源项目", "9项工业能源项目完成投资43346万元,占年计划37.69%", "37.69%", "lagging"),
        ("11项城建项目", "11项城建项目完成投资28610万元,占年计划47.47%", "47.47%", "on_track"),
        ("4项社会事业项目", "4项社会事业项目完成投资2588万元,占年计划29.79%", "29.79%", "lagging"),
        ("7项旅游商贸项目", "7项旅游商贸项目完成投资16250万元,占年计划20.83%", "20.83%", "lagging")):
    J(d, name, prog, a, "占年计划" + share, st,
      SHARE + " (against 58.3% at the end of July); the report adds 完成投资额比例严重偏低 for the whole list")
J(d, "大金山隧道", "其中大金山隧道等6个项目(其中二个分项)计划安排年底开工", a, "项目开工率明显不足", "not_started",
  "named under 特别是项目开工率明显不足: start planned for the year end")
J(d, "小型水库", "小型水库等13个项目政策处理、报批、设计等前期工作进度缓慢,未按计划实施或开工", a,
  "前期工作进度缓慢,未按计划实施或开工", "not_started")
J(d, "客运中心", "已开工项目中有客运中心等3个项目主体工程没有动建", a, "主体工程没有动建", "lagging",
  "counted among the started projects, main works not begun")
J(d, "天安电工基地", "天安电工基地等近十个项目进度缓慢", a, "进度缓慢", "lagging")
for name in ("政策性住房保险", "整治河道", "经济适用房主体工程"):
    J(d, name, "政策性住房保险、疏浚、整治河道、经济适用房主体工程等项目内容均已基本完成", a, "均已基本完成", "completed", GROUP)
for name in ("农民引水", "安置房", "标准海塘加固", "有线电视数字化改造"):
    J(d, name, "农民引水、安置房、标准海塘加固、有线电视数字化改造、保险等项目已在实施中", a, "已在实施中", "on_track", GROUP)
for name in ("环境治理", "电视网络", "视频监控"):
    J(d, name, "教育、环境治理、电视网络、视频监控等项目还处于落实或筹建阶段", a, "还处于落实或筹建阶段", "not_started",
      GROUP + "; still being arranged at the end of July")
G(d, "今年1至7月底,全县42个重点工程建设项目共完成投资11.04亿元,占年计划30.98%", [], "progress")
G(d, "其中4个农业水利设施项目完成投资15190万元,占年计划60.76%", [], "progress")
G(d, "其中大金山隧道等6个项目(其中二个分项)计划安排年底开工", [], "counts")
G(d, "18个项目进展较顺利或已进入顺利实施阶段", [], "a count")

# ---- Y09 兴安盟 2018 1至10月
d, a = "Y09_xingan_2018_oct", "2018-10-31"
J(d, "盟级重大项目", "截止10月末已开复工99项,开复工率76.7%,高出上半年23.8个百分点,完成投资175.3亿元,完成年度目标的56.5%", a,
  "盟级重大项目稳步推进", "on_track",
  "the office's heading (稳步推进); judgement call: 56.5% of the year's target at the end of October would be lagging by the "
  "linear rule (ratio 0.68) - the northern building season ends in October")
for name in ("引绰济辽工程", "扎赉特旗绰勒水利枢纽下游灌区"):
    J(d, name, "引绰济辽工程和扎赉特旗绰勒水利枢纽下游灌区等一批水利工程有序推进", a, "有序推进", "on_track", GROUP)
J(d, "博源化肥项目", "博源化肥项目建安工程基本完成,正进行全面收尾,单机试车、联体调试已完成,已于2018年8月15日投料试生产", a,
  "投料试生产", "completed", "judgement call: built and in trial production, finishing touches under way")
J(d, "乌兰大化肥项目", "乌兰大化肥项目已经局部开始单体试车,年底联体调试", a, "局部开始单体试车", "on_track")
J(d, "蒙能右中2×66万千瓦电厂", "蒙能右中2×66万千瓦电厂复工建设", a, "复工建设", "on_track")
J(d, "光伏扶贫项目", "光伏扶贫项目已全部并网发电", a, "已全部并网发电", "completed")
for name in ("阿尔山国际文化交流中心", "科右前旗乌兰毛都蒙古旅游度假村"):
    J(d, name, "阿尔山国际文化交流中心和科右前旗乌兰毛都蒙古旅游度假村等项目投入使用", a, "投入使用", "completed", GROUP)
J(d, "盟开发区铁路专用线", "盟开发区铁路专用线预计年内竣工", a, "预计年内竣工", "on_track")
for name in ("盟开发区供水工程", "科右前旗工业园区污水处理厂"):
    J(d, name, "公路项目、盟开发区供水工程、科右前旗工业园区污水处理厂等基础设施建设项目加快推进", a, "加快推进", "on_track", GROUP)
for name in ("万达", "红星美凯龙"):
    J(d, name, "万达、红星美凯龙、义乌国际商贸城、居然之家等一批商贸流通项目即将竣工投运", a, "即将竣工投运", "on_track", GROUP)
J(d, "我盟列入自治区的12个重大项目", "截止10月末已全部开复工,完成投资59.89亿元,完成年度投资计划的89.36%", a,
  "自治区级重大项目进展顺利", "on_track", "the office's heading (进展顺利)")
G(d, "我盟列入自治区的12个重大项目,总投资581.68亿元,年度计划投资67.14亿元", [("年度计划投资", 67.14, "亿元", "=", "total")])
G(d, "预计全年盟级重大项目将完成投资253.4亿元", [], "a forecast, not a target")
G(d, "蒙能右中2×66万千瓦电厂复工建设", [], "capacity in a name")
G(d, "截止10月末已开复工99项,开复工率76.7%,高出上半年23.8个百分点", [], "progress")

# ---- Y10 锡林浩特 2025 1-9月
d, a = "Y10_xilinhot_2025_sep", "2025-09-30"
J(d, "2025年全市计划实施重点项目112个", "1-9月,重点项目建设有序推进,已开复工项目106个,总体开复工率达94.6%", a, "有序推进",
  "on_track", "the office's words; 56.1% of the annual plan at the end of September would be lagging by the linear rule "
  "(ratio 0.75), the progress given here is the start count")
for name in ("泰富400MW风电项目", "智汇隆达42MW分散式风电项目"):
    J(d, name, "泰富400MW风电项目、智汇隆达42MW分散式风电项目正在开展风机吊装作业,力争年内实现并网发电", a,
      "正在开展风机吊装作业", "on_track", GROUP)
for name in ("明阳年产300台套风电叶片高端制造项目", "爱味客冷冻薯条扩产项目", "初王生物科技有限公司乳制品深加工项目"):
    J(d, name, "明阳年产300台套风电叶片高端制造项目、爱味客冷冻薯条扩产项目、初王生物科技有限公司乳制品深加工项目等皆已投产运营", a,
      "皆已投产运营", "completed", GROUP)
for name in ("防洪排涝提升工程", "维修改造老旧公厕"):
    J(d, name, "防洪排涝提升工程、维修改造老旧公厕等重点项目已完工", a, "已完工", "completed", GROUP)
for name in ("经济技术开发区道路及配套管网工程", "老旧小区改造主体工程建设"):
    J(d, name, "经济技术开发区道路及配套管网工程、老旧小区改造主体工程建设等重点项目进度已超过90%", a, "进度已超过90%", "ahead",
      GROUP + "; over 90% of the works at the end of September")
for name in ("锡林浩特市中部腹地浑善达克沙地综合治理项目", "“三北”工程林草湿荒一体化保护修复项目"):
    J(d, name, "锡林浩特市中部腹地浑善达克沙地综合治理项目、“三北”工程林草湿荒一体化保护修复项目提速推进中", a, "提速推进中",
      "on_track", GROUP)
J(d, "新增污水处理厂尾水人工湿地工程", "近日新增污水处理厂尾水人工湿地工程已开工", a, "已开工", "on_track")
G(d, "2025年全市计划实施重点项目112个,年度计划完成投资100.7亿元", [("年度计划完成投资", 100.7, "亿元", "=", "total")],
  "112个 counts the list")
G(d, "年内已完成投资56.5亿元,占年度计划投资的56.1%", [], "progress")
G(d, "泰富400MW风电项目、智汇隆达42MW分散式风电项目正在开展风机吊装作业,力争年内实现并网发电", [], "capacities in names")
G(d, "明阳年产300台套风电叶片高端制造项目、爱味客冷冻薯条扩产项目、初王生物科技有限公司乳制品深加工项目等皆已投产运营", [],
  "capacity in a name")

# ---- Y11 自贡 一季度 (year not printed)
d, a = "Y11_zigong_q1", "2021-03-31"
NY11 = NOYEAR + " (5G产业园, 国家骨干冷链物流基地: about 2021)"
J(d, "总投资914.9亿元,年度计划投资118亿元", "项目完成投资22.37亿元,投资完成率19%,超序时进度2.3个百分点", a,
  "超序时进度2.3个百分点", "ahead", "the office's own schedule (16.7% in Q1); linear 25% would say behind; " + NY11)
J(d, "16个续建项目", "16个续建项目完成投资20.94亿元,投资完成率21.6%,超序时进度4.9个百分点", a, "超序时进度4.9个百分点", "ahead",
  NY11)
for name in ("西南无水港", "自贡市国家骨干冷链物流基地", "国家文化出口基地"):
    J(d, name, "西南无水港、自贡市国家骨干冷链物流基地、国家文化出口基地、自贡科技教育园区、自贡市循环经济产业园等5个项目部分子项完工", a,
      "部分子项完工", "on_track", GROUP + "; parts done, the rest in progress; " + NY11)
J(d, "自贡5G创新应用产业园", "自贡5G创新应用产业园等3个项目已开工", a, "已开工", "on_track", NY11)
J(d, "7个计划开工项目", "7个计划开工项目完成投资1.43亿元,自贡5G创新应用产业园等3个项目已开工,开工率42.9%", a, "开工率42.9%",
  "on_track", "3 of 7 planned starts made in Q1, no verdict word; " + NY11)
J(d, "自贡市老年病医院二期", "自贡市老年病医院二期等项目进展较快,可望提前开工建设", a, "进展较快,可望提前开工建设", "ahead",
  "a preparation project ahead of its own plan; " + NY11)
G(d, "总投资914.9亿元,年度计划投资118亿元", [("年度计划投资", 118, "亿元", "=", "total")])
G(d, "项目完成投资22.37亿元,投资完成率19%,超序时进度2.3个百分点", [], "progress")
G(d, "自贡5G创新应用产业园等3个项目已开工,开工率42.9%", [], "5G names a technology; counts")
G(d, "7个计划开工项目完成投资1.43亿元", [("计划开工项目", 7, "个", "=", "increment")],
  "judgement call (as verdicts4 V02): the quarter's list of planned starts; 1.43亿元 is progress")

# ---- Y12 湖南 2012 1—11月 (no verdict words)
d, a = "Y12_hunan_2012_nov", "2012-11-30"
J(d, "全省172个在建重点项目", "今年1—11月,全省172个在建重点项目完成投资1434.9亿元,为年计划的95.6%", a, "为年计划的95.6%",
  "on_track", SHARE + " (against 91.7%)")
J(d, "64个投产项目", "64个投产项目完成投资651.3亿元,为年计划的105.9%", a, "为年计划的105.9%", "completed", SHARE)
J(d, "91个续建项目", "91个续建项目完成投资754.9亿元,为年计划的90.7%", a, "为年计划的90.7%", "on_track", SHARE)
J(d, "17个新开工项目", "17个新开工项目完成投资28.7亿元,为年计划的53.5%", a, "为年计划的53.5%", "lagging", SHARE)
SECT12 = SHARE + "; the shares follow in order after 分别占计划的"
for name, share, st in (("6个新农村建设项目", "102.4%", "completed"), ("54个产业发展项目", "80.8%", "on_track"),
                        ("86个基础设施项目", "99%", "on_track"), ("26个社会发展项目", "102.8%", "completed")):
    J(d, name, "分别占计划的102.4%、80.8%、99%、102.8%", a, "占计划的" + share, st, SECT12)
G(d, "今年1—11月,全省172个在建重点项目完成投资1434.9亿元,为年计划的95.6%", [], "progress")
G(d, "17个新开工项目完成投资28.7亿元,为年计划的53.5%", [], "progress")
G(d, "6个新农村建设项目完成投资93.3元", [], "a result (the page drops 亿)")

# ---- Y13 兰州 2012 1-8月
d, a = "Y13_lanzhou_2012_aug", "2012-08-31"
J(d, "100個市列重大項目", "前8個月,我市100個市列重大項目開工建設(shè)90個,累計完成投資156.6億元,占年度計劃的42.2%", a,
  "占年度計劃的42.2%", "lagging", SHARE + " (42.2% against 66.7%: ratio 0.63)")
for name in ("紅古區(qū)清真明膠產(chǎn)業(yè)園", "鋰離子電池石墨負(fù)極材料生產(chǎn)線", "中化集團(tuán)1318", "百萬畝旱作高效農(nóng)田建設(shè)工程",
             "生物技術(shù)研發(fā)生產(chǎn)基地"):
    J(d, name, "等5個項目建成投產(chǎn)", a, "建成投產(chǎn)", "completed", GROUP)
G(d, "前8個月,我市100個市列重大項目開工建設(shè)90個,累計完成投資156.6億元,占年度計劃的42.2%", [], "progress")
G(d, "市領(lǐng)導(dǎo)包抓的17個市列重大項目已經(jīng)開工建設(shè)15個", [], "counts")
G(d, "33個招商引資項目已經(jīng)開工建設(shè)11個,正在商洽和開展前期工作的17個", [], "counts")
G(d, "中化集團(tuán)1318、百萬畝旱作高效農(nóng)田建設(shè)工程", [], "a code and a size in names")

# ---- Y14 山东 2021 截至10月底
d, a = "Y14_shandong_2021_oct", "2021-10-31"
J(d, "385個實施類項目", "其中385個實施類項目開工383個,開工率99.5%,完成投資2513.5億元,超年度計劃21.1個百分點", a,
  "超年度計劃21.1個百分點", "completed", "121.1% of the annual plan")
for name, prog, st in (("重大產業項目", "重大產業項目完成投資1401.2億元,占年度計劃的131.9%", "completed"),
                       ("重大平臺項目", "重大平臺項目完成投資324.8億元,占年度計劃的131.1%", "completed"),
                       ("重大民生項目", "重大民生項目完成投資289.8億元,占年度計劃的118.3%", "completed"),
                       ("重大基礎設施項目", "重大基礎設施項目完成投資497.7億元,占年度計劃的96.7%", "on_track")):
    J(d, name, prog, a, "均加快推進", st, "the four fields 均加快推進; status from the share (over 100% = the year's plan done)")
G(d, "截至10月底,581個省重大項目開工419個,完成投資2731.2億元", [], "counts and a result")
G(d, "其中385個實施類項目開工383個,開工率99.5%,完成投資2513.5億元,超年度計劃21.1個百分點", [], "progress")
G(d, "重大產業項目完成投資1401.2億元,占年度計劃的131.9%", [], "progress")

# ---- Y15 常州 2018 一季度 (工业重点项目)
d, a = "Y15_changzhou_2018_q1", "2018-03-31"
J(d, "全市25个省重点工业项目", "一季度,全市25个省重点工业项目完成投资35.9亿元,完成年度投资计划的23.7%", a, "完成年度投资计划的23.7%",
  "on_track", SHARE)
J(d, "6个新开工项目", "6个新开工项目中,3个项目已开工建设,开工率达50%,续建项目进展顺利", a, "开工率达50%", "on_track",
  "half the provincial starts made in Q1, no verdict word")
J(d, "全市124个市工业重点项目", "一季度,全市124个市工业重点项目完成投资99.8亿元,完成年度投资计划的21.9%", a,
  "完成年度投资计划的21.9%", "on_track", SHARE)
J(d, "66个新开工项目", "66个新开工项目已有28个开工建设,开工率42.4%,完成投资43.4亿元,完成年度投资计划的16.4%", a,
  "完成年度投资计划的16.4%", "lagging", SHARE + " (16.4% against 25%: ratio 0.66)")
J(d, "58个续建项目", "58个续建项目进展顺利,已完成投资56.4亿元,完成年度投资计划的29.5%", a, "进展顺利", "on_track")
G(d, "一季度,全市25个省重点工业项目完成投资35.9亿元,完成年度投资计划的23.7%", [], "progress")
G(d, "66个新开工项目已有28个开工建设,开工率42.4%,完成投资43.4亿元,完成年度投资计划的16.4%", [], "progress")
G(d, "6个新开工项目中,3个项目已开工建设,开工率达50%,续建项目进展顺利", [], "counts")

# ---- Y16 四川 一季度 (year not printed)
d, a = "Y16_sichuan_q1", "2021-03-31"
NY16 = NOYEAR + " (國家文化出口基地(自貢), 拉哇水電站: about 2021)"
J(d, "84個(gè)省重點(diǎn)項(xiàng)目", "84個(gè)省重點(diǎn)項(xiàng)目開(kāi)工建設(shè),開(kāi)工率37.5%,開(kāi)局良好", a, "開(kāi)局良好", "on_track",
  "the office's words for the starts; " + NY16)
J(d, "四川全省續(xù)建重點(diǎn)項(xiàng)目", "截至3月末,四川全省續(xù)建重點(diǎn)項(xiàng)目完成投資1108億元,投資完成率24.1%", a, "投資完成率24.1%",
  "on_track", SHARE + "; " + NY16)
for name, prog, st in (("基礎(chǔ)設(shè)施項(xiàng)目", "基礎(chǔ)設(shè)施項(xiàng)目完成投資469.2億元,投資完成率21.5%", "on_track"),
                       ("產(chǎn)業(yè)及創(chuàng)新平臺(tái)項(xiàng)目", "產(chǎn)業(yè)及創(chuàng)新平臺(tái)項(xiàng)目完成投資509.8億元,投資完成率28.3%", "on_track"),
                       ("民生工程及社會(huì)事業(yè)項(xiàng)目", "民生工程及社會(huì)事業(yè)項(xiàng)目完成投資97.4億元,投資完成率23.1%", "on_track"),
                       ("生態(tài)建設(shè)和環(huán)境保護(hù)項(xiàng)目", "生態(tài)建設(shè)和環(huán)境保護(hù)項(xiàng)目完成投資31.6億元,投資完成率16.3%", "lagging")):
    J(d, name, prog, a, prog.split(",")[-1], st, SHARE + "; " + NY16 + ("; 產(chǎn)業(yè)類…進(jìn)展最好 (best, still within on_track)"
                                                                    if st == "on_track" and "產(chǎn)業(yè)" in name else ""))
G(d, "截至3月末,四川全省續(xù)建重點(diǎn)項(xiàng)目完成投資1108億元,投資完成率24.1%", [], "progress")
G(d, "成都軌道交通TOD示范項(xiàng)目、110千伏電網(wǎng)", [], "a voltage class in a name")
G(d, "84個(gè)省重點(diǎn)項(xiàng)目開(kāi)工建設(shè),開(kāi)工率37.5%,開(kāi)局良好", [], "counts")

# ---- Y17 鄂尔多斯 2019 1-9月 (no verdict words)
d, a = "Y17_ordos_2019_sep", "2019-09-30"
START = ("no verdict word: status from the start rate at the end of September (all the year's projects should be under way "
         "by autumn; under three quarters started is behind); judgement call")
J(d, "2019年,我市实施亿元以上重点工业项目106项", "1-9月份,开复工84项(新建33项,续建51项),开复工率79.2%,完成投资207.88亿元,完成年度计划投资的47.6%",
  a, "完成年度计划投资的47.6%", "lagging", SHARE + " (47.6% against 75%: ratio 0.63)")
for name, prog, st in (("东胜区", "开复工8项(新建2项,续建6项),开复工率80%", "on_track"),
                       ("准格尔旗", "开复工15项(新建6项,续建9项),开复工率55.6%", "lagging"),
                       ("伊金霍洛旗", "开复工8项(新建1项,续建7项),开复工率88.9%", "on_track"),
                       ("鄂托克旗", "开复工10项(新建4项目,续建6项),开复工率71.4%", "lagging"),
                       ("杭锦旗", "开复工5项(新建2项,续建3项),开复工率100%", "on_track")):
    J(d, name, prog, a, prog.split(",")[-1], st, START)
G(d, "2019年,我市实施亿元以上重点工业项目106项(新建43项,续建63项),总投资2757.05亿元,当年计划完成投资437.68亿元",
  [("当年计划完成投资", 437.68, "亿元", "=", "total")], "亿元以上 is a size threshold, 106项 counts the list")
G(d, "东胜区实施亿元以上重点工业项目10项(新建2项,续建8项)", [], "a threshold and counts")
G(d, "准格尔旗实施亿元以上重点工业项目27项(新建13项,续建14项),截至目前,开复工15项(新建6项,续建9项),开复工率55.6%", [],
  "counts and a rate")

# ---- Y18 宝鸡 2021 前7个月
d, a = "Y18_baoji_2021_jul", "2021-07-31"
J(d, "602个市级重点项目", "今年前7个月,全市重点项目已经完成投资679.36亿元,完成率达66.12%;开工项目302个,开工率达88.30%", a,
  "全市重点项目建设进展顺利", "on_track", "the office's words; 66.12% against 58.3%")
for name in ("宝鸡东宇汽车部件有限公司汽车零部件加工生产线项目", "扶风县海鹰汽车零部件生产项目", "凤县年产20万立方米加气混凝土砌块项目"):
    J(d, name, "等44个项目已经建成投用", a, "已经建成投用", "completed", GROUP)
for name in ("宝鸡合力叉车有限公司技改项目", "陇县奶山羊现代产业园"):
    J(d, name, "宝鸡合力叉车有限公司技改项目、陇县奶山羊现代产业园等一大批项目正在抓紧实施", a, "正在抓紧实施", "on_track", GROUP)
for name in ("金台区", "岐山县"):
    J(d, name, "金台区、岐山县项目投资完成率达到75%", a, "项目投资完成率达到75%", "ahead",
      "singled out: 75% at the end of July against 58.3% (ahead line 73.3%)")
for name in ("眉县", "陇县", "千阳县"):
    J(d, name, "岐山县、眉县、陇县、千阳县、金台区项目开工率达到100%", a, "项目开工率达到100%", "on_track",
      "all planned starts made; the investment share is not given")
G(d, "602个市级重点项目中,458个项目完成投资超过了序时进度", [], "counts")
G(d, "凤县年产20万立方米加气混凝土砌块项目等44个项目已经建成投用", [], "capacity in a name")
G(d, "今年前7个月,全市重点项目已经完成投资679.36亿元,完成率达66.12%", [], "progress")

# ---- Y19 乌鲁木齐 2013 截至7月
d, a = "Y19_urumqi_2013_jul", "2013-07-31"
J(d, "新农村建设和农村水利项目", "完成投资11.64亿元,完成年度计划的173.4%", a, "完成年度计划的173.4%", "completed", SHARE)
J(d, "道路交通新开工及在建项目44项", "完成投资44.1亿元,完成年度计划的31.2%", a, "完成年度计划的31.2%", "lagging", SHARE)
J(d, "保障性住房、棚户区改造和房地产项目", "完成投资71.71亿元,完成年度计划的59.1%", a, "完成年度计划的59.1%", "on_track", SHARE)
J(d, "乌市新开工及在建项目436项", "截至7月,乌市新开工及在建项目436项,开工率达85.8%,累计完成投资367.61亿元,完成年度计划46.7%", a,
  "完成年度计划46.7%", "on_track", SHARE + " (46.7% against 58.3%: ratio 0.80, on the line)")
J(d, "政府投资项目", "其中政府投资项目开工379项,开工率85.4%;累计完成投资202.71亿元,完成年度计划41.1%", a, "完成年度计划41.1%",
  "lagging", SHARE + " (ratio 0.70)")
G(d, "新农村建设和农村水利项目新开工及在建项目10项,年度计划投资6.71亿元", [("年度计划投资", 6.71, "亿元", "=", "total")])
G(d, "道路交通新开工及在建项目44项,年度计划投资141.46亿元", [("年度计划投资", 141.46, "亿元", "=", "total")])
G(d, "保障性住房、棚户区改造和房地产项目新开工及在建项目45项,年度计划投资121.39亿元",
  [("年度计划投资", 121.39, "亿元", "=", "total")])
G(d, "截至目前,开工9项,开工率90.0%。完成投资11.64亿元,完成年度计划的173.4%", [], "progress")

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
print("docs", len(DOCS), "judged", len(JUDGED), "targets", len(TARGETS),
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
