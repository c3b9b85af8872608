"""Hand annotations of batch verdicts7, written before duban was run on these documents.

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


# id, province (全国 for national bulletins), level, year (None when the page does not print it), kind, layout
DOCS = [
    ("R01_tongde_2020_jul", "青海", "县", 2020, "bulletin",
     "county NDRC bulletin after the prefecture's inspection of 13 July on projects funded since 2016: projects of 2017 and "
     "2018 未竣工 named under a year heading, the 2020 projects counted; requirements with a deadline and a share to reach"),
    ("R02_tianmen_2019_oct", "湖北", "市", 2019, "narrative",
     "mirror of a city news item on the 人大 inspection of 十件实事 (27 单项工作) on 24 October: 10 已完成或超额完成 (9 named), "
     "4 超过倒排工期计划进度 named, 13 正在按照计划推进 unnamed"),
    ("R03_minqing_2023_nov", "福建", "县", 2023, "bulletin",
     "county monthly bulletin on key projects after November: province/city/county project groups with 超序时进度x个百分点, "
     "then per headquarters 未达序时进度N项为:a、b; same layout as verdicts2 W04 (2024), different month and year; cut"),
    ("R04_hainan_zdxm", "海南", "省", None, "report",
     "law-database copy of a provincial key-project report: per city/county investment and 进度 with ranks (no verdict), then "
     "16 projects 已建成竣工或收尾 with examples, 52 projects 处于投资建设高峰期 (cut); year and month not printed"),
    ("R05_xinjiang_2021_nov", "新疆", "省", 2021, "narrative",
     "newspaper item on the autonomous region's key 民生 projects after November: sectors 超额完成年度计划, projects 建成投用 and "
     "实现新开工建设 named in run-on groups"),
    ("R06_xinhuang_2015_apr", "湖南", "县", 2015, "narrative",
     "county news item: two key projects given a yellow card for 推进严重滞后 in April; the yellow-card rule; counts"),
    ("R07_harbin_2021_h1", "黑龙江", "市", 2021, "narrative",
     "mirror in traditional characters with pinyin glosses of a provincial-paper item on the 10 人大-voted 民生 projects after "
     "the first half: one platform 已建成投用, 5G base stations 正按计划推进; cut"),
    ("R08_tongzhou_2018_year", "北京", "区", 2018, "report",
     "district self-assessment of 89 municipal performance tasks at the year end, verdicts per category (均已完成或预计能够"
     "完成 / 已全部完成 / 1项任务进度有所滞后); cut"),
    ("R09_jiangsu_water_2019_h1", "江苏", "省", 2019, "narrative",
     "provincial news item on the cities' surface-water targets after the first half: two cities 未达标, sections 应达未达"),
    ("R10_suyu_2025_may", "江苏", "区", 2025, "narrative",
     "mirror in traditional characters with glosses of a district note on 70 民生实事 at the end of May: 69 达序时或超序时, "
     "7 named as 进展较好; same district as verdicts3 X04 (2023), different year and text"),
    ("R11_neimenggu_97", "内蒙古", "省", None, "narrative",
     "news item on the 97 key projects of a State Council opinion three years on: counts, the only project 未开工 named; "
     "year not printed"),
    ("R12_shanxi_post_2012_may", "山西", "省", 2012, "narrative",
     "news item on the provincial NDRC note on township post offices at the end of May: the two 已竣工 named, start rates, "
     "a deadline for the 409 to build"),
    ("R13_fujian_2010_sep", "福建", "省", 2010, "narrative",
     "mirror in traditional characters with garbled punctuation (`,、`) of a provincial review at the end of September: "
     "为民办实事 items 已提前完成年度目标任务, social projects 取得积极进展 with shares, housing 已完成阶段性目标"),
    ("R14_nat_ljxq_2020_jun", "全国", "全国", 2020, "narrative",
     "national old-estate renovation starts after June (MOHURD via a news site): provinces 开工进展较快 / 较慢 with their "
     "start rates, the annual targets in parentheses"),
    ("R15_nat_ljxq_2020_sep", "全国", "全国", 2020, "narrative",
     "the same national bulletin after September in traditional characters with stray commas: 7 provinces 开工率均已达到"
     "或超过100%, 5 开工进展较慢 with rates"),
    ("R16_nat_ljxq_2021_jul", "全国", "全国", 2021, "narrative",
     "the same national bulletin after July 2021, traditional characters with glosses: 5 较快 (rates 99-107%), 5 较慢"),
    ("R17_nat_ljxq_2021_aug", "全国", "全国", 2021, "narrative",
     "the same national bulletin after August 2021 (simplified): 6 较快 (rates 100-110%), 3 较慢"),
    ("R18_nat_water_2018_h1", "全国", "全国", 2018, "narrative",
     "MEE list of cities whose surface water lags behind the annual target after the first half (达标滞后): the ten worst "
     "and the eight added in Q2"),
    ("R19_nat_water_2019_q1", "全国", "全国", 2019, "narrative",
     "MEE national water bulletin for Q1 (traditional with glosses, spam header): 6 provinces whose 时序进度 falls clearly "
     "short of the annual targets, 6 sections to clean still 劣Ⅴ类, one new; cut"),
    ("R20_nat_water_2020_h1", "全国", "全国", 2020, "narrative",
     "MEE letter to provinces on the first half of 2020: provinces short of the annual targets, sections worsening, "
     "water-source zoning 进展相对滞后 by province, national zoning 稳步推进; cut"),
    ("R21_nat_air_2020_mar", "全国", "全国", 2020, "narrative",
     "MEE autumn-winter (Oct 2019-Mar 2020) air-quality targets in traditional characters: three regions 超额完成, cities "
     "未完成既定的改善目标 named, the best improvers named"),
    ("R22_nat_hcst_2018", "全国", "全国", None, "narrative",
     "MEE/MOHURD inspection of black and odorous water bodies against the end-2017 targets (traditional with glosses): "
     "25 cities reached, the 21 未达到治理目标 listed with their shares (16 before the cut); year not printed"),
    ("R23_nat_hcst_2019_may", "全国", "全国", 2019, "narrative",
     "news item (traditional) on MEE's list of 19 cities whose black-water elimination is still 0 in May (整治滞后, 零进步)"),
    ("R24_nat_yidi_2016_oct", "全国", "全国", 2016, "narrative",
     "newspaper item on NDRC's October schedule of poverty-relocation works: 11 provinces 开工率达100%, the counties of three "
     "provinces 尚未开工, counts"),
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
         "progress is the list's verdict phrase")
NOYEAR = ("year not printed on the page: the as_of year is a placeholder; only the month matters for the schedule")
WORD = ("the office's word wins over the printed share: the figure already reaches the annual target, but the "
        "verdict printed is 进展较快 (ahead), not completion")
REGION = ("the item is a region named under the bulletin's verdict on one national task; the task text is the region's "
          "name as printed, the progress the verdict phrase with the figures")

# ---- R01 同德 2020 (督导检查 on 13 July)
d, a = "R01_tongde_2020_jul", "2020-07-13"
J(d, "尕巴松多镇美丽城镇建设项目", "2017年项目未竣工1项", a, "未竣工", "lagging",
  "a 2017 project not finished in July 2020; the bulletin calls these 进展缓慢,未按时限要求完成建设任务")
for name in ("夏日仓至班多村公路", "污水管网改扩建建设", "新区供热站改扩建"):
    J(d, name, "2018年项目未竣工3项", a, "未竣工", "lagging", GROUP + "; 2018 projects not finished in July 2020")
G(d, "确保8月底前全部开工,且中央预算内投资完成率达50%以上",
  [("中央预算内投资完成率", 50, "%", ">=", "level")], "全部开工 has no quantity")
G(d, "2020年已下达中央预算内项目20项,开工7项", [], "a count of projects and a result")

# ---- R02 天门 2019 (视察 on 24 October)
d, a = "R02_tianmen_2019_oct", "2019-10-24"
for name in ("乡镇中心戒毒社区建设", "农村公路建设", "城区停车场建设", "小游园建设", "城区绿化", "母婴室建设",
             "城乡公厕无障碍设施改造", "残疾人家居无障碍改造", "残疾儿童康复治疗"):
    J(d, name, "等10项已完成或超额完成", a, "已完成或超额完成", "completed",
      GROUP + " (the list says 10 and names 9)")
for name in ("养殖污染治理", "污水管网建设", "农村危房改造", "文化下乡"):
    J(d, name, "等4项超过倒排工期计划进度", a, "超过倒排工期计划进度", "ahead", GROUP)
G(d, "市政府今年十件实事涉及27项单项工作", [], "list sizes")

# ---- R03 闽清 2023 1-11月
d, a = "R03_minqing_2023_nov", "2023-11-30"
J(d, "6项省重点项目", "1-11月份累计完成投资22.13亿元,完成年度计划投资比例103.91%,超序时进度12.24个百分点", a,
  "超序时进度", "ahead", "103.91% of the annual plan would read as completed by the share rule; the office's word is "
  "超序时进度 and the word wins (judgement call)")
J(d, "109项市重点项目", "1-11月累计完成投资136.42亿元,完成年度计划投资比例99.37%,超序时进度7.7个百分点", a,
  "超序时进度", "ahead")
J(d, "385项县重点项目", "1-11月份累计完成投资277.39亿元,完成年度计划投资比例93.29%,超序时进度1.62个百分点", a,
  "超序时进度", "ahead", "93.29% against 91.7%: the realdev share rule would say on_track; the office's word is 超序时进度")
for name in ("闽清县老旧小区洋桃片区改造工程", "城区雨污管网修复工程", "广安天然气门站", "南山片区老旧小区及周边基础设施建设工程"):
    J(d, name, "未达序时进度4项为", a, "未达序时进度", "lagging", GROUP)
for name in ("闽清县总部经济研发中心", "民俗文化村落(24、26、27号地块)", "万邦钢构项目", "钢化玻璃数控加工项目"):
    J(d, name, "未达序时进度2项为", a, "未达序时进度", "lagging", GROUP)
G(d, "2023年县重点项目计385项。总投资1207.99亿元,年计划投资297.32亿元",
  [("年计划投资", 297.32, "亿元", "=", "total")], "385项 counts the list, 总投资 is the size of the projects")
G(d, "我县6项省重点项目总投资190.27亿元,2023年度计划投资21.3亿元",
  [("年度计划投资", 21.3, "亿元", "=", "total")], "2023 is a year; 总投资 is a size")
G(d, "未达到序时进度项目共48项,占全年项目数的12.72%", [], "a count and a share of the list")

# ---- R04 海南 key projects (no year, no month)
d, a = "R04_hainan_zdxm", "2011-06-30"
NOTE4 = GROUP + " under the heading 有16个项目已建成竣工或收尾; " + NOYEAR + " (the month is not printed either)"
for name in ("海棠湾康莱德", "希尔顿", "中港万丽", "博鳌国宾馆", "香水湾君澜"):
    J(d, name, "等5家五星级酒店已建成使用", a, "已建成使用", "completed", NOTE4)
for name in ("国际会展中心", "垃圾处理设施(海口、文昌2个垃圾焚烧发电厂、三亚3个垃圾转运站)", "农村危房改造项目"):
    J(d, name, "等已建成", a, "已建成", "completed", NOTE4)
for name in ("80万吨甲醇", "160万吨造纸", "医用手套1、2、3号生产线", "胎面胶及轮胎翻新"):
    J(d, name, "等项目已经建成投产", a, "已经建成投产", "completed", NOTE4)
J(d, "英利100兆瓦多晶硅太阳能电池项目", "进入试生产阶段", a, "已建成竣工或收尾", "completed",
  NOTE4 + "; trial production counted by the office among the finished")
for name in ("现代包装工业园", "合瑞制药厂"):
    J(d, name, "等项目进行入收尾阶段", a, "收尾", "completed",
      NOTE4 + "; 收尾 (finishing) counted by the office among the 16 (judgement call: 基本完工-like)")
for name in ("昌江核电一期", "东方电厂二期"):
    J(d, name, "有52个项目处于投资建设高峰期", a, "处于投资建设高峰期", "on_track",
      GROUP + "; at the peak of construction, no schedule complaint; " + NOYEAR)
G(d, "有16个项目已建成竣工或收尾,占年度计划竣工项目数的42.1%", [], "a result and its share")
G(d, "英利100兆瓦多晶硅太阳能电池项目进入试生产阶段", [], "100兆瓦 names the plant")
G(d, "80万吨甲醇、160万吨造纸", [], "capacities that name the projects")

# ---- R05 新疆 2021 截至11月底
d, a = "R05_xinjiang_2021_nov", "2021-11-30"
J(d, "全区重点民生项目", "按照实物工作量累计完成投资513亿元,为年计划的105.9%", a, "超额完成年度计划", "completed",
  "the headline says 超额完成年度计划; 105.9% of the year's plan")
for name in ("城镇建设项目", "卫生体育项目"):
    J(d, name, "城镇建设项目、卫生体育项目超额完成年度计划,分别达到127%、112%", a, "超额完成年度计划", "completed")
for name in ("自治区中医医院中医药传承创新工程", "阿克苏市电影小镇(磷肥厂改造)文旅产业园建设项目",
             "阿勒泰市将军山乡村旅游基础设施建设项目"):
    J(d, name, "等7个重点民生项目建成投用", a, "建成投用", "completed", GROUP)
for name in ("城镇棚户区改造和公租房项目", "高标准农田建设项目", "新疆财经大学建设项目"):
    J(d, name, "等36个重点民生项目实现新开工建设", a, "实现新开工建设", "on_track", GROUP)
G(d, "2021年自治区民生类重点项目共安排93项,总投资2921亿元,计划完成投资484亿元",
  [("计划完成投资", 484, "亿元", "=", "total")], "93项 counts the list, 总投资 is a size")
G(d, "全区重点民生项目按照实物工作量累计完成投资513亿元,为年计划的105.9%", [], "a result and its share")

# ---- R06 新晃 2015 (April)
d, a = "R06_xinhuang_2015_apr", "2015-04-30"
for name in ("新晃县城污水管网建设项目", "年加工2万吨不锈钢制品生产线建设项目"):
    J(d, name, "因4月份推进严重滞后", a, "推进严重滞后", "lagging", GROUP + "; given a yellow card")
G(d, "年加工2万吨不锈钢制品生产线建设项目", [], "2万吨 is the capacity in the project's name")
G(d, "对月任务完成未达60%以上的重点项目实行“黄牌”警告", [], "a threshold of the rating rule, not a task target")

# ---- R07 哈尔滨 2021 上半年 (traditional, glossed)
d, a = "R07_harbin_2021_h1", "2021-06-30"
J(d, "新冠肺炎疫情監(jiān)測(cè)數(shù)據(jù)分析預(yù)警響應(yīng)信息平臺(tái)", "已建成投用", a, "已建成投用", "completed")
J(d, "5G基站建設(shè)項(xiàng)目", "剩余4000余個(gè)正按計(jì)劃推進(jìn),預(yù)計(jì)11月底能夠全部完成", a, "正按计划推进",
  "on_track")
G(d, "截至目前,哈爾濱市建設(shè)5G基站2828個(gè),剩余4000余個(gè)正按計(jì)劃推進(jìn)", [], "results, not a target")

# ---- R08 通州 2018 year end
d, a = "R08_tongzhou_2018_year", "2018-12-31"
J(d, "高质量发展方面", "24项任务均已完成或预计能够完成", a, "均已完成或预计能够完成", "on_track",
  "a category of 24 tasks: some done, the rest expected to be done; not one complaint (judgement call between "
  "completed and on_track, both on the same side)")
J(d, "高效能管理方面", "4项任务已全部完成", a, "已全部完成", "completed")
J(d, "高效益财政方面", "两项任务已全部完成", a, "已全部完成", "completed")
G(d, "2018年通州区承办的市政府绩效任务主要包括高质量发展、高效率落实、高效能管理、高效益财政、高水平服务5个方面,涉及89项任务",
  [], "list sizes")

# ---- R09 江苏 water 2019 上半年
d, a = "R09_jiangsu_water_2019_h1", "2019-06-30"
for name in ("淮安", "扬州"):
    J(d, name, "淮安、扬州两市国省考断面优Ⅲ比例未达标", a, "未达标", "lagging",
      REGION + "; against the year's binding water targets")
J(d, "南通", "有2个国考断面应达未达Ⅲ类水质目标,分布在南通、扬州", a, "应达未达", "lagging", REGION)
G(d, "有2个国考断面应达未达Ⅲ类水质目标", [], "Ⅲ类 is a class, 2个 a count")

# ---- R10 宿豫 2025 截至5月底 (traditional, glossed)
d, a = "R10_suyu_2025_may", "2025-05-31"
for name in ("酒都路(北京路至宿遷大道)快速化改造工程", "宿豫區(qū)供熱管網(wǎng)建設(shè)",
             "社區(qū)綜合服務(wù)中心提檔升級(jí)行動(dòng)", "創(chuàng)業(yè)就業(yè)動(dòng)能提升行動(dòng)",
             "教師隊(duì)伍引才行動(dòng)", "65歲以上老年人健康關(guān)愛行動(dòng)",
             "“慧育希望”0-3歲兒童早期發(fā)展行動(dòng)"):
    J(d, name, "進(jìn)展較好的項(xiàng)目有", a, "进展较好", "on_track",
      GROUP + "; the 69 projects are 达序时或超序时, these 7 are singled out as 进展较好")
G(d, "65歲以上老年人健康關(guān)愛行動(dòng)", [], "an age describing the people")
G(d, "“慧育希望”0-3歲兒童早期發(fā)展行動(dòng)", [], "ages describing the children")
G(d, "2025年,宿豫區(qū)共實(shí)施七大類70項(xiàng)民生實(shí)事項(xiàng)目", [], "list sizes")

# ---- R11 内蒙古 97 projects (no year)
d, a = "R11_neimenggu_97", "2014-06-30"
J(d, "大兴安岭寒带生物基因库保护和建设项目", "1个未开工的是", a, "未开工", "not_started",
  NOYEAR + " (three years after the State Council opinion of 2011, so about 2014)")
G(d, "《意见》中涉及的重点项目共97个", [], "a list size")

# ---- R12 山西 post offices 截至5月底
d, a = "R12_shanxi_post_2012_may", "2012-05-31"
for name in ("太原市清徐县柳杜乡", "大同市新荣区郭家窑乡"):
    J(d, name, "全省已竣工2个乡镇,分别是", a, "已竣工", "completed", GROUP)
G(d, "全省409个空缺乡镇邮政局所补建任务要在2012年8月底之前全部完成",
  [("空缺乡镇邮政局所补建", 409, "个", "=", "increment")], "a count of offices to build with a deadline")
G(d, "全省开工率排在前三位的分别是太原100%、忻州77%、大同65%", [], "ranks and results")

# ---- R13 福建 2010 截至9月底 (traditional, garbled punctuation)
d, a = "R13_fujian_2010_sep", "2010-09-30"
for name in ("中小學(xué)校舍安全工程", "新型農(nóng)村合作醫(yī)療保險", "殘疾人托養(yǎng)",
             "實施通信信息化助建新農(nóng)村", "提高森林生態(tài)效益補(bǔ)償標(biāo)準(zhǔn)"):
    J(d, name, "等項目已提前完成年度目標(biāo)任務(wù)", a, "已提前完成年度目标任务", "completed", GROUP)
SOC = GROUP + "; the heading 重大社會事業項目取得積極進展 covers the four; the word wins over the shares"
J(d, "省廣電中心", "完成年度投資計劃的82.01%,正進(jìn)行內(nèi)部裝修和設(shè)備安裝", a, "取得积极进展", "on_track",
  SOC)
J(d, "省立醫(yī)院心血管病綜合大樓", "完成年度投資計劃的68.43%", a, "取得积极进展", "on_track", SOC)
J(d, "省少兒圖書館", "完成主體工程封頂", a, "取得积极进展", "on_track", SOC)
J(d, "省檔案館", "完成年度投資計劃的30.02%", a, "取得积极进展", "on_track",
  SOC + " (30.02% at the end of September would be lagging by the share rule; judgement call)")
J(d, "保障性住房建設(shè)和棚戶區(qū)改造", "已完成階段性目標(biāo)", a, "已完成阶段性目标", "on_track",
  "a stage target reached in September, not the annual one")
G(d, "今年,省委,、省政府安排為民辦實事項目25個大項,、47個具體項目", [], "list sizes")

# ---- R14 全国 老旧小区 2020 6月末
d, a = "R14_nat_ljxq_2020_jun", "2020-06-30"
FAST14 = "开工进展较快的地区:甘肃100%,河北98.9%,山东77.6%,上海76.4%,安徽73.5%"
SLOW14 = "开工进展较慢的地区:吉林16.1%,四川16.0%,内蒙古13.9%,湖北12.0%,海南0.6%"
for name in ("甘肃", "河北", "山东", "上海", "安徽"):
    J(d, name, FAST14, a, "开工进展较快", "ahead", REGION + ("; " + WORD if name == "甘肃" else ""))
for name in ("吉林", "四川", "内蒙古", "湖北", "海南"):
    J(d, name, SLOW14, a, "开工进展较慢", "lagging", REGION)
G(d, "全国新开工改造城镇老旧小区1.59万个,占年度目标任务(3.9万个)的40.4%",
  [("年度目标任务", 3.9, "万个", "=", "increment")], "the target in parentheses after a result")
G(d, "涉及居民332.94万户,占年度目标任务(约700万户)的47.1%",
  [("年度目标任务", 700, "万户", "~", "increment")], "约 → ~")

# ---- R15 全国 老旧小区 2020 1-9月 (traditional)
d, a = "R15_nat_ljxq_2020_sep", "2020-09-30"
FAST15 = ("開工進展較快的地區(qū):海南,、寧夏、安徽,、江蘇,、河北、甘肅,、遼寧等7省份開工率均已達到或超過100%")
SLOW15 = "開工進展較慢的地區(qū):貴州74.4%,湖北66.5%,,山西64.6%,,廣東55.7%,西藏54.5%"
for name in ("海南", "寧夏", "安徽", "江蘇", "河北", "甘肅", "遼寧"):
    J(d, name, FAST15, a, "开工率均已达到或超过100%", "completed",
      REGION + "; the annual task is a count of estates to start, and the office says it is reached")
for name in ("貴州", "湖北", "山西", "廣東", "西藏"):
    J(d, name, SLOW15, a, "开工进展较慢", "lagging", REGION)
G(d, "全國新開工改造城鎮(zhèn)老舊小區(qū)3.41萬個,,占年度計劃任務小區(qū)數(shù)的86.7%", [], "a result and its share")

# ---- R16 全国 老旧小区 2021 1-7月 (traditional, glossed)
d, a = "R16_nat_ljxq_2021_jul", "2021-07-31"
FAST16 = "開工進展較快的地區(qū):上海(107.0%)、安徽(103.7%)、河北(100.0%)、遼寧(99.6%)、黑龍江(99.0%)"
SLOW16 = "開工進展較慢的地區(qū):陜西(55.1%)、湖南(50.2%)、山西(48.2%)、海南(45.1%)、西藏(25.0%)"
for name in ("上海", "安徽", "河北", "遼寧", "黑龍江"):
    J(d, name, FAST16, a, "开工进展较快", "ahead", REGION + ("; " + WORD if name in ("上海", "安徽", "河北") else ""))
for name in ("陜西", "湖南", "山西", "海南", "西藏"):
    J(d, name, SLOW16, a, "开工进展较慢", "lagging", REGION)
G(d, "2021年《政府工作報告》提出,新開工改造城鎮(zhèn)老舊小區(qū)5.3萬個",
  [("新開工改造城鎮老舊小區", 5.3, "萬個", "=", "increment")],
  "metric and unit as printed (traditional characters, glosses dropped)")

# ---- R17 全国 老旧小区 2021 1-8月
d, a = "R17_nat_ljxq_2021_aug", "2021-08-31"
FAST17 = "开工进展较快的地区:上海(110.0%)、安徽(106.4%)、山东(103.8%)、河南(102.0%)、河北(100.0%)、江苏(100.0%)"
SLOW17 = "开工进展较慢的地区:湖南(62.5%)、山西(59.4%)、西藏(25.0%)"
for name in ("上海", "安徽", "山东", "河南", "河北", "江苏"):
    J(d, name, FAST17, a, "开工进展较快", "ahead", REGION + "; " + WORD)
for name in ("湖南", "山西", "西藏"):
    J(d, name, SLOW17, a, "开工进展较慢", "lagging", REGION)
G(d, "2021年《政府工作报告》提出,新开工改造城镇老旧小区5.3万个",
  [("新开工改造城镇老旧小区", 5.3, "万个", "=", "increment")])
G(d, "全国新开工改造城镇老旧小区4.73万个,占年度目标任务的87.7%", [], "a result and its share")

# ---- R18 全国 water 2018 上半年
d, a = "R18_nat_water_2018_h1", "2018-06-30"
TOP18 = "达标滞后情况最突出的10个城市为鞍山、四平、盘锦、保定、长春、沈阳、大同、哈尔滨、昆明、齐齐哈尔"
for name in ("鞍山", "四平", "盘锦", "保定", "长春", "沈阳", "大同", "哈尔滨", "昆明", "齐齐哈尔"):
    J(d, name, TOP18, a, "达标滞后", "lagging", REGION + "; the annual surface-water target")
ADD18 = "齐齐哈尔、唐山、沧州、七台河、通辽、德阳、黔东南、玉溪等8个市(州)因第二季度水质变差加入名单"
for name in ("唐山", "沧州", "七台河", "通辽", "德阳", "黔东南", "玉溪"):
    J(d, name, ADD18, a, "加入达标滞后名单", "lagging", REGION + "; added to the 达标滞后 list (齐齐哈尔 counted above)")
G(d, "共有39个地级城市地表水环境质量达标滞后,完成年度目标任务难度较大", [], "a count of cities")

# ---- R19 全国 water 2019 一季度 (traditional, glossed)
d, a = "R19_nat_water_2019_q1", "2019-03-31"
GAP19 = ("山西、吉林、廣東、廣西、陜西、甘肅等6省(區(qū))水質(zhì)優(yōu)良(Ⅰ-Ⅲ類)水體比例、喪失使用功能(劣于Ⅴ類)水體比例"
         "兩項目標時序進度均較年度目標存在明顯差距")
for name in ("山西", "吉林", "廣東", "廣西", "陜西", "甘肅"):
    J(d, name, GAP19, a, "时序进度均较年度目标存在明显差距", "lagging", REGION)
SEC19 = "等6個斷面水質(zhì)仍為劣Ⅴ類"
for name in ("荊門的拖市", "馬良龔家灣", "十堰的神定河口", "泗河口", "荊州的運糧湖同心隊", "楚雄的西觀橋"):
    J(d, name, SEC19, a, "仍为劣Ⅴ类", "lagging",
      GROUP + "; sections the Yangtze plan requires to lift out of 劣Ⅴ类 this year, still 劣Ⅴ类 in Q1 and named as "
      "problems (judgement call: behind)")
J(d, "宜昌的鐵路大橋(小桂林)斷面", "為長江流域新增的劣Ⅴ類斷面", a, "新增的劣Ⅴ类断面", "lagging",
  "a section that fell to 劣Ⅴ类, named as a problem")
G(d, "《長江保護修復攻堅戰(zhàn)行動計劃》涉及的12個消劣斷面中", [], "a list size")

# ---- R20 全国 water 2020 上半年
d, a = "R20_nat_water_2020_h1", "2020-06-30"
GAP20 = "湖北省Ⅰ-Ⅲ类断面数量,辽宁、山东、陕西等3省劣Ⅴ类断面数量与年度目标还有差距"
for name in ("湖北省", "辽宁", "山东", "陕西"):
    J(d, name, GAP20, a, "与年度目标还有差距", "lagging", REGION)
WORSE20 = "其中,安徽省4个,山西、内蒙古、云南3省(区)各2个,辽宁、黑龙江、河南、广东、海南、陕西6省各1个"
for name in ("安徽省", "山西", "内蒙古", "云南", "辽宁", "黑龙江", "河南", "广东", "海南", "陕西"):
    J(d, name, WORSE20, a, "断面水质呈恶化趋势", "lagging",
      REGION + "; sections worsening, cited as the pressure on finishing the 2020 task (judgement call: behind)")
ZONE20 = "宁夏、云南、江西等3省(区)“千吨万人”水源保护区划定工作进展相对滞后"
for name in ("宁夏", "云南", "江西"):
    J(d, name, ZONE20, a, "进展相对滞后", "lagging", REGION)
ZONE20B = "长江经济带云南、江西、湖南等3省乡镇级水源保护区划定工作相对滞后"
for name in ("云南", "江西", "湖南"):
    J(d, name, ZONE20B, a, "相对滞后", "lagging", REGION)
STEADY20 = "全国农村“千吨万人”(日供水千吨或服务万人以上)和长江经济带乡镇级集中式饮用水水源保护区划定稳步推进"
for name in ("全国农村“千吨万人”", "长江经济带乡镇级集中式饮用水水源保护区划定"):
    J(d, name, STEADY20, a, "稳步推进", "on_track", GROUP + "; 86.8% and 76.4% done at 25 June")
G(d, "全国2578个应建成污水集中处理设施的省级及以上工业园区,已建成的园区为2574个,完成率99.84%", [],
  "a result and its share")
G(d, "全国农村“千吨万人”(日供水千吨或服务万人以上)", [], "千吨万人 names a class of water sources")

# ---- R21 全国 air, autumn-winter Oct 2019 - Mar 2020 (traditional)
d, a = "R21_nat_air_2020_mar", "2020-03-31"
J(d, "京津冀及周邊地區“2+26”城市", "超額完成PM2.5平均濃度同比下降4%、重汙染天數同比減少6%的改善目標", a, "超额完成",
  "completed", "the autumn-winter campaign ended in March; its targets are exceeded")
J(d, "長三角地區", "超額完成PM2.5平均濃度和重汙染天數同比均減少2%的改善目標", a, "超额完成", "completed")
J(d, "汾渭平原", "超額完成PM2.5平均濃度和重汙染天數同比均減少3%的改善目標", a, "超额完成", "completed")
for name in ("太原", "濟寧"):
    J(d, name, "太原和濟寧PM2.5濃度雖然同比下降,但未完成既定的改善目標", a, "未完成既定的改善目标", "lagging",
      REGION + "; the period has ended, the target is missed")
for name in ("保定", "開封", "鄭州"):
    J(d, name, "其餘26個城市完成PM2.5濃度改善目標,保定、開封和鄭州改善幅度最大", a, "完成改善目标", "completed", REGION)
J(d, "金華", "除金華外40個城市完成了PM2.5濃度改善目標。金華PM2.5平均濃度同比上升2.9%", a, "未完成改善目标",
  "lagging", REGION)
J(d, "運城", "除運城外10個城市完成了PM2.5濃度改善目標,運城同比上升1.2%,且重汙染天數同比增加2天", a,
  "未完成改善目标", "lagging", REGION)
G(d, "京津冀及周邊地區“2+26”城市超額完成PM2.5平均濃度同比下降4%、重汙染天數同比減少6%的改善目標",
  [("PM2.5平均濃度", 4, "%", "=", "decline_rate"), ("重汙染天數", 6, "%", "=", "decline_rate")],
  "2+26 and PM2.5 are names")
G(d, "長三角地區超額完成PM2.5平均濃度和重汙染天數同比均減少2%的改善目標",
  [("PM2.5平均濃度和重汙染天數", 2, "%", "=", "decline_rate")], "one figure for two indicators (均)")
G(d, "80個城市中,76個城市PM2.5平均濃度降幅滿足目標要求", [], "results")

# ---- R22 全国 black water, end-2017 targets (inspected in 2018; year of the page not printed)
d, a = "R22_nat_hcst_2018", "2017-12-31"
for name in ("十堰市", "武漢市", "上海市", "南寧市", "岳陽(yáng)市", "蕪湖市", "無(wú)錫市", "隨州市",
             "深圳市", "揚(yáng)州市", "廣州市", "東莞市", "太原市", "石家莊市", "贛州市", "呂梁市"):
    J(d, name, "21個(gè)未達(dá)到治理目標(biāo)的城市是", a, "未达到治理目标", "lagging",
      GROUP + "; the end-2017 elimination targets, inspected afterwards (as_of is the deadline; the page prints no "
      "year of its own)")
G(d, "按照2017年年底前直轄市、省會(huì)城市、計(jì)劃單列市建成區(qū)黑臭水體消除比例不低于90%",
  [("黑臭水體消除比例", 90, "%", ">=", "level")], "不低于 → >=; a share to reach")
G(d, "在第一批和第二批被督查的46個(gè)城市中,25個(gè)達(dá)到治理目標(biāo),21個(gè)未達(dá)到治理目標(biāo)", [], "counts")

# ---- R23 全国 black water, May 2019 (traditional)
d, a = "R23_nat_hcst_2019_may", "2019-05-31"
for name in ("內江", "德陽", "資陽", "宜賓", "遼源", "四平", "松原", "揭陽", "清遠", "九江", "新余", "鶴崗", "佳木斯",
             "黃岡", "遵義", "本溪", "梧州", "張家口市", "周口"):
    J(d, name, "這19個城市分別是", a, "消除比例为0 (黑臭水体整治滞后)", "lagging",
      GROUP + "; elimination still 0 in May, called 整治不力 / 零進步 / 整治滞後; lagging rather than not_started "
      "(no statement that work has not begun)")
G(d, "全國共77個城市黑臭水體消除比例低于80%,有50個城市消除比例低于50%", [], "counts of cities under thresholds")

# ---- R24 全国 易地扶贫搬迁, end of October 2016
d, a = "R24_nat_yidi_2016_oct", "2016-10-31"
ALL24 = "河北、山西、吉林、山东、湖北、湖南、重庆、四川、西藏、青海、新疆11个省(区、市)项目开工率达100%"
for name in ("河北", "山西", "吉林", "山东", "湖北", "湖南", "重庆", "四川", "西藏", "青海", "新疆"):
    J(d, name, ALL24, a, "项目开工率达100%", "on_track",
      REGION + "; all works started by October, the relocation itself continues (on_track rather than completed)")
J(d, "河南、甘肃、宁夏三省区的4个县", "因在办理征地、招投标等工作中遇到问题尚未开工", a, "尚未开工", "not_started")
G(d, "2016年计划搬迁建档立卡贫困户人均住房建设面积为23.9平方米", [], "a statistic (据初步统计), not a target")
G(d, "已开工项目18616个,项目开工率达99.4%", [], "results")

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
      "target values", sum(len(r["targets"]) for r in TARGETS), "none", sum(not r["targets"] for r in TARGETS),
      "rows", len(TASKS), "bad", bad)
st = Counter(r["status"] for r in JUDGED)
print(st, "behind", st["lagging"] + st["not_started"], round((st["lagging"] + st["not_started"]) / len(JUDGED), 3))
print(sorted(Counter(r["doc"][:3] for r in JUDGED).items()))
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
