"""Hand annotations of batch verdicts6, written before duban was run on these documents.

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
    ("Z01_wuzhong_2016_aug", "宁夏", "市", 2016, "narrative",
     "city news item on the 督查室 inspection of 10件实事 (30 子项) on 10 August: sub-items named in three run-on groups "
     "已提前完成 / 实现了时间过半、进度过半 / 也在稳步推进当中"),
    ("Z02_zhangpu_2020_year", "福建", "县", 2020, "bulletin",
     "county 督查室 bulletin (督办通报第一期) at the year end on the items decided by the 党组会议, 常务会议 and 县长办公会议: "
     "counts, 完成率, meetings named as 确定事项全部完成 and the others with 完成x项,正在办理y项; cut"),
    ("Z03_jiangmen_2015_q3", "广东", "市", 2015, "narrative",
     "newspaper item on the city 督办科 bulletin of the 2015 政府工作清单 after Q3: 203 tasks, completed tasks named, tasks "
     "在按照进度推进 named, the 7 tasks 未按进度完成 listed with causes (征地拆迁); cut"),
    ("Z04_chengxiang_2016_sep", "福建", "区", 2016, "bulletin",
     "district 督查室 note on 30 惠民实事 sub-projects at 10 September: three run-on lists 已完成任务 / 正在有序推进 / 进展滞后 "
     "(5/12/13), a warning, then the head of a pipe table 内容和目标 / 进展情况 (first row only); same district as verdicts2 "
     "(2021) and realdev (2022), different year and text"),
    ("Z05_wuxi_2024_q1", "江苏", "市", 2024, "narrative",
     "mirror in traditional characters with pinyin glosses of a city NDRC item on 112 为民办实事 after Q1: counts, the items "
     "提前实现年度目标任务 listed with their quantities, then projects 有序推进 with their stage"),
    ("Z06_zhenjiang_h1", "江苏", "市", None, "narrative",
     "mirror in traditional characters with glosses of a city press conference on 民生十件实事 at the end of June: 39 tasks, "
     "3 named as 提前完成 with figures, the rest 正在按计划推进中, air quality 总体欠佳; year not printed; cut"),
    ("Z07_zhejiang_2017_may", "浙江", "省", 2017, "narrative",
     "provincial news item on the 十方面民生实事 (21 work targets) at the end of May: targets quoted with 完成年度目标任务的x%; cut"),
    ("Z08_yuncheng_2019_sep", "山西", "市", 2019, "report",
     "city government report to the 人大常委会 on 10 承诺民生实事 after Q3: 2 提前并超额完成 (with sub-items and 完成率), 6 正常推进 "
     "(numbered, with 完成率), 2 完成率较低、进展缓慢 named; cut"),
    ("Z09_huoqiu_2019_aug", "安徽", "县", 2019, "bulletin",
     "county 民生办 special inspection bulletin on 民生工程 (8-20 August): per lead department the task with its annual target, "
     "the progress at inspection and 低于全市平均进度 / 任务已完成, a group verdict 以上项目均低于全市平均进度; cut"),
    ("Z10_tongling_2020_sep", "安徽", "市", 2020, "bulletin",
     "city 民生办 monthly evaluation for September: problems by kind (排名靠后 / 进展缓慢 / 未达计划进度 / 进展较慢 / 未达全市平均进度), "
     "projects named per department and per county/district, no figures; cut"),
    ("Z11_hunan_weimin_year", "湖南", "省", None, "report",
     "law-database copy of a provincial year-end assessment of 32项38个 为民办实事 indicators: 26 超额完成 listed with 为任务的x% / "
     "超任务x, then 100%完成 (cut); province inferred (31 省直单位, 14 市州); year not printed"),
    ("Z12_pingyang_2021_jul", "浙江", "县", 2021, "progress",
     "county 民生实事 progress table for July (pipe rows: number | task with its quantities | lead unit | progress | verdict), "
     "every row 按时序推进; header cut, last row cut"),
    ("Z13_jiading_q1", "上海", "区", None, "narrative",
     "one-paragraph district note on 34 实事项目 after Q1: none 滞后, four named as 已提前完成上半年节点目标; year not printed"),
    ("Z14_qingshui_2012_h1", "甘肃", "县", 2012, "narrative",
     "newspaper item on the county's 10 惠民实事 after the first half: 各项惠民工程建设进展顺利, then each project with its figures "
     "or stage in a run-on list, no per-item verdict; cut"),
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
         "progress is the list's verdict phrase")
SHARE = ("no verdict word for this item: status from the printed share of the annual target against the elapsed year "
         "(realdev rule: >=1 completed, >= expected+0.15 ahead, >= 0.8 x expected on_track, else lagging)")
NOYEAR = ("year not printed on the page: the as_of year is a placeholder, the month and day are the page's; only the month "
          "matters for the schedule")
YEAREND = ("year end: items still 正在办理 are not done; the office lists the meeting apart from those 确定事项全部完成, "
           "so a share below 100% is behind (judgement call for shares above 95%)")

# ---- Z01 吴忠 2016 (督察 on 10 August)
d, a = "Z01_wuzhong_2016_aug", "2016-08-10"
for name in ("向全市1891名特困群众和1206名残疾人发放生活救助金", "为全市依法登记宗教场所全部免费订阅一份《吴忠日报》",
             "购买公益性岗位252个", "对吴忠餐饮店免费制作发放统一标识标牌"):
    J(d, name, "4个子项已提前完成", a, "已提前完成", "completed", GROUP)
J(d, "市区第二、三自来水厂水质提标改造", "等22个子项实现了时间过半、进度过半", a, "时间过半、进度过半", "on_track", GROUP)
for name in ("市区10个老旧小区基础设施维修改造", "小学生口腔卫生计划", "电动车综合管理整治", "建设市区城市绿道"):
    J(d, name, "4个子项也在稳步推进当中", a, "稳步推进", "on_track",
      GROUP + "; set apart from the 22 items 时间过半、进度过半 (so perhaps not yet half done), but the office's word is "
      "稳步推进 and the word wins")
G(d, "购买公益性岗位252个", [("公益性岗位", 252, "个", "=", "increment")])
G(d, "向全市1891名特困群众和1206名残疾人发放生活救助金",
  [("特困群众", 1891, "名", "=", "increment"), ("残疾人", 1206, "名", "=", "increment")], "beneficiaries to serve")
G(d, "市区10个老旧小区基础设施维修改造", [("老旧小区", 10, "个", "=", "increment")])
G(d, "10件实事共涉及30个子项", [], "list sizes")

# ---- Z02 漳浦 2020 year end
d, a = "Z02_zhangpu_2020_year", "2020-12-31"
J(d, "2020年县政府确定重要工作任务共579项", "截至目前,已完成550项,正在办理29项,完成率95%", a, "完成率95%", "lagging", YEAREND)
J(d, "2020年共召开政府党组会议5次", "确定事项39项,完成39项,完成率100%", a, "完成率100%", "completed")
J(d, "2020年共召开县政府常务会议9次", "确定事项405项,完成385项,正在办理20项,完成率95.1%", a, "完成率95.1%", "lagging",
  YEAREND)
for n in ("第一次常务会", "第二次常务会", "第三次常务会", "第四次常务会", "第五次常务会", "第七次常务会"):
    J(d, n, "确定事项全部完成", a, "确定事项全部完成", "completed", GROUP)
for n, prog, rate in (("第六次常务会", "确定事项44项,完成43项,正在办理1项,完成率97.7%", "完成率97.7%"),
                      ("第八次常务会", "确定事项38项,完成34项,正在办理4项,完成率89.5%", "完成率89.5%"),
                      ("第九次常务会", "确定事项51项,完成36项,正在办理15项,完成率70.6%", "完成率70.6%")):
    J(d, n, prog, a, rate, "lagging", YEAREND)
J(d, "2020年共召开县长办公会议13次", "确定事项135项,完成126项,正在办理9项,完成率93.3%", a, "完成率93.3%", "lagging",
  YEAREND)
for n in ("第一次县长办公会", "第二次县长办公会", "第三次县长办公会", "第四次县长办公会", "第五次县长办公会",
          "第七次县长办公会", "第十次县长办公会", "第十六次县长办公会", "第十七次县长办公会"):
    J(d, n, "确定事项全部完成", a, "确定事项全部完成", "completed", GROUP)
for n, prog, rate in (("第八次县长办公会", "确定事项10项,完成9项,正在办理1项,完成率90%", "完成率90%"),
                      ("第九次县长办公会", "确定事项7项,完成6项,正在办理1项,完成率85.7%", "完成率85.7%"),
                      ("第十一次县长办公会", "确定事项21项,完成19项,正在办理2项,完成率90.5%", "完成率90.5%")):
    J(d, n, prog, a, rate, "lagging", YEAREND)
G(d, "2020年县政府确定重要工作任务共579项", [], "a list size")
G(d, "2020年共召开政府党组会议5次,确定事项39项", [], "counts of meetings and items")
G(d, "第六次常务会确定事项44项", [], "a list size")

# ---- Z03 江门 2015 前三季度
d, a = "Z03_jiangmen_2015_q3", "2015-09-30"
DONE3 = "完成的29项任务中,完成率为14.29%,包括公布涉企收费目录清单、全面公布“1+3”清单,推行“河长制”、向社会公开空气质量和主要河涌水质监测情况"
for name in ("公布涉企收费目录清单", "全面公布“1+3”清单", "推行“河长制”", "向社会公开空气质量和主要河涌水质监测情况"):
    J(d, name, DONE3, a, "完成", "completed", GROUP + " (the 29 completed tasks)")
for name, prog in (("鹤开高速开工建设", "工程建设方面,鹤开高速开工建设"), ("江门“智库”的建成", "江门“智库”的建成"),
                   ("印发实施加快建设旅游强市工作纲要", "印发实施加快建设旅游强市工作纲要等,为以后工作的开展奠定了基础")):
    J(d, name, prog, a, "完成", "completed", GROUP + " (listed with the completed tasks)")
for name in ("停车场建设规划", "高标准农田建设"):
    J(d, name, "如停车场建设规划、高标准农田建设等任务都在逐步推进", a, "按照进度推进", "on_track", GROUP)
LATE3 = "未按进度完成的7项任务分别是"
for name in ("省下达的高污染燃料锅炉政治任务", "省下达的“黄标车”及老旧车淘汰任务", "北环路和福泉路建设",
             "推进“四馆”整合提升", "恩平污水处理厂二期建设", "开平迳头污水处理厂二期建设"):
    J(d, name, LATE3, a, "未按进度完成", "lagging", GROUP)
J(d, "连海路(新港路-南环路)一期和南山路建设", "如连海路、南山路项目均因用地未按期交付而严重影响了施工进度", a,
  "未按进度完成", "lagging", "named among the 7 tasks 未按进度完成; the progress gives the cause")
G(d, "清单上的203项任务", [], "a list size")
G(d, "连海路(新港路-南环路)一期和南山路建设", [], "names only")
G(d, "省下达的“黄标车”及老旧车淘汰任务", [], "no quantity")

# ---- Z04 城厢 2016 至9月10日
d, a = "Z04_chengxiang_2016_sep", "2016-09-10"
for name in ("洋西溪整治工程", "社区居家养老信息化服务及实体援助系统", "助行", "就业扶助", "东圳路排洪沟两侧停车场改造工程"):
    J(d, name, "等5个子项目已完成任务", a, "已完成任务", "completed", GROUP)
for name in ("深化精准扶贫实施造福工程", "“强村行动”工程", "东圳库区一级保护区迁搬工程", "自然村道路硬化项目", "农村道路安保工程",
             "城乡居民社会养老保险", "城乡社区网格化社会治理建设", "“电子警察平安村庄”建设", "治理餐桌污染建设食品放心工程",
             "公厕建设", "城乡菜市场建设(含生鲜超市)", "优生优育惠民服务"):
    J(d, name, "等12个子项目正在有序推进", a, "正在有序推进", "on_track", GROUP)
for name in ("库区生活污水治理工程", "九龙谷景区污水处理工程", "小型农田水利建设工程", "实施中小学校安扩容工程", "公办幼儿园建设",
             "居家养护补助", "道路交通安全文明宣传教育基地建设工程", "绿慢道工程", "建丰路南侧停车场改造工程",
             "群众性文化激情广场建设", "莆仙戏仿古戏台改造", "小区道路改造提升工程", "开放式小区改造提升工程"):
    J(d, name, "等13个子项目进展滞后", a, "进展滞后", "lagging", GROUP)
G(d, "完成造福工程(含偏远自然村整体搬迁)300户1000人,每户至少完成一层封顶。",
  [("造福工程搬迁", 300, "户", "=", "increment"), ("造福工程搬迁", 1000, "人", "=", "increment")],
  "一层 is written in characters, not a quantity")
G(d, "其中五云村105户,万坂村50户", [("五云村", 105, "户", "=", "increment"), ("万坂村", 50, "户", "=", "increment")],
  "per-village shares of the same task")
G(d, "区委、区政府督查室联合对17件惠民实事27个子项目再次进行细化疏理,细分为30个子项目", [], "list sizes")

# ---- Z05 无锡 2024 一季度 (traditional characters with glosses)
d, a = "Z05_wuxi_2024_q1", "2024-03-31"
EARLY5 = "8個(gè)提前實(shí)現(xiàn)年度目標(biāo)任務(wù)的項(xiàng)目是"
for name in ("完成淘沙巷B地塊煥新提升和太湖廣場(chǎng)生態(tài)園更新", "無(wú)錫至江陰城際軌道交通工程實(shí)現(xiàn)通車",
             "安裝具備報(bào)警功能的獨(dú)立式探測(cè)器1萬(wàn)套", "推廣一鍵警報(bào)裝置(大型警報(bào)裝置)1萬(wàn)套",
             "資助8780名特需群眾參加“醫(yī)惠錫城2024”普惠版保障", "新增或優(yōu)化升級(jí)學(xué)校定制公交線路36條",
             "成功舉辦2024無(wú)錫馬拉松"):
    J(d, name, EARLY5, a, "提前实现年度目标任务", "completed", GROUP + " (annual target already reached in Q1)")
J(d, "京杭大運(yùn)河(無(wú)錫段)整治提升工程", "有序推進(jìn)京杭大運(yùn)河(無(wú)錫段)整治提升工程", a, "有序推进", "on_track")
J(d, "蠡湖景區(qū)金城灣區(qū)域綜合整治提升項(xiàng)目", "蠡湖景區(qū)金城灣區(qū)域綜合整治提升項(xiàng)目完成初步方案設(shè)計(jì)", a,
  "有条不紊地推进", "on_track", GROUP + " (各项民生工程都在有条不紊地推进; 62 items on schedule, 42 in preparation)")
J(d, "太湖新城污水處理廠三期擴(kuò)建工程", "太湖新城污水處理廠三期擴(kuò)建工程完成頂板施工", a, "有条不紊地推进",
  "on_track", GROUP)
G(d, "安裝具備報(bào)警功能的獨(dú)立式探測(cè)器1萬(wàn)套", [("独立式探测器", 1, "万套", "=", "increment")])
G(d, "推廣一鍵警報(bào)裝置(大型警報(bào)裝置)1萬(wàn)套", [("一键警报装置", 1, "万套", "=", "increment")])
G(d, "資助8780名特需群眾參加“醫(yī)惠錫城2024”普惠版保障", [("资助特需群众", 8780, "名", "=", "increment")],
  "2024 names the insurance product")
G(d, "新增或優(yōu)化升級(jí)學(xué)校定制公交線路36條", [("学校定制公交线路", 36, "条", "=", "increment")])
G(d, "我市10大類50項(xiàng)112個(gè)為民辦實(shí)事具體項(xiàng)目總體進(jìn)展順利", [], "list sizes")

# ---- Z06 镇江 上半年 (no year; traditional characters with glosses)
d, a = "Z06_zhenjiang_h1", "2018-06-30"
J(d, "新增護理型養(yǎng)老床位",
  "上半年全市新增護理型養(yǎng)老床位787張,占養(yǎng)老機構床位總數55.2%,提前完成55%的年度目標", a, "提前完成", "completed",
  NOYEAR)
J(d, "市政府公共熱線服務中心", "在市政務服務辦成立市政府公共熱線服務中心,12345管理機構已實體化運行", a, "提前完成",
  "completed", NOYEAR)
J(d, "每個網格配備1名以上專兼職網格員", "提前完成每個網格配備1名以上專兼職網格員的任務", a, "提前完成", "completed", NOYEAR)
for name in ("三中改擴建工程", "孟家灣濕地公園建設"):
    J(d, name, "其他項目則正在按計劃推進中", a, "正在按计划推进", "on_track",
      GROUP + "; inspected on site (項目進展得都很快); " + NOYEAR)
J(d, "大氣質量", "今年上半年大氣狀況總體欠佳,但6月下半月以來管控成效明顯", a, "总体欠佳", "lagging",
  "one of the 十件实事; the bureau's own words; " + NOYEAR)
G(d, "提前完成55%的年度目標", [("护理型养老床位占比", 55, "%", "=", "level")], "a share to reach")
G(d, "提前完成每個網格配備1名以上專兼職網格員的任務", [("每个网格配备专兼职网格员", 1, "名", ">=", "level")],
  "a standard per grid")
G(d, "今年民生十件實事共有39項細化工作任務", [], "a list size")
G(d, "全市62個街道(鎮(zhèn)、園區(qū))共設置全要素網格5889個", [], "results")

# ---- Z07 浙江 2017 截至5月底
d, a = "Z07_zhejiang_2017_may", "2017-05-31"
J(d, "对全省所有加油站加油机实施计量检定",
  "截至5月底,我省已完成对2735家加油站、26408把加油枪的计量检定,分别完成年度目标任务的82.3%和80.4%", a,
  "完成年度目标任务的82.3%和80.4%", "ahead", SHARE + " (80-82% against 41.7%)")
J(d, "启动适龄妇女免费‘两癌’检查", "截至5月底已完成免费宫颈癌检查12万人次、乳腺癌检查11万人次,分别完成年度目标任务的34.3%和31.4%",
  a, "完成年度目标任务的34.3%和31.4%", "on_track",
  SHARE + " (34.3% and 31.4% against 41.7%: ratios 0.82 and 0.75); the programme started on 1 April and the page "
  "calls the whole 总体推进稳定; judgement call")
J(d, "全面消除劣Ⅴ类水体", "截至5月底已消除25个,完成年度目标任务的43.1%", a, "完成年度目标任务的43.1%", "on_track",
  SHARE + " (43.1% against 41.7%)")
G(d, "计划今年消除县域以上劣Ⅴ类水质断面58个", [("消除劣Ⅴ类水质断面", 58, "个", "=", "increment")])
G(d, "细分为基本消除1000个地质灾害隐患", [("消除地质灾害隐患", 1000, "个", "=", "increment")])
G(d, "每5年可免费接受一次宫颈癌、乳腺癌检查", [], "a frequency of the service, not a target")
G(d, "把这些民生实事分解为21大类工作目标,由13个省级单位牵头,各项指标落实到11个设区市", [], "list sizes")

# ---- Z08 运城 2019 1-9月
d, a = "Z08_yuncheng_2019_sep", "2019-09-30"
J(d, "实施7285名残疾儿童预防重点干预和残疾儿童抢救性康复项目", "2件提前并超额完成", a, "提前并超额完成", "completed")
for name, prog in (("为300名初筛阳性0-6岁儿童提供复筛和残疾诊断服务项目", "已诊断出389名残疾儿童,完成率129.67%"),
                   ("为6125名疑似残疾人提供残疾评定服务工作项目", "已服务7988名,完成率130.52%"),
                   ("为865名残疾儿童提供抢救性康复服务项目", "已服务929名,完成率107.4%")):
    J(d, name, prog, a, "提前并超额完成", "completed", "sub-item under the heading 提前并超额完成任务的2件民生实事")
J(d, "实施免费法律咨询便民服务", "已向群众提供免费法律咨询便民服务47000余件,完成率135%,群众满意率100%,在全省率先超额完成了年度任务",
  a, "超额完成了年度任务", "completed")
J(d, "新建60个日间照料中心项目", "截至9月底,已完工49个,完成率82%", a, "正常推进", "on_track",
  "heading 6件正常推进的民生实事; 82% against 75%")
for name in ("实施中心城区和各县城小街小巷改造提升工程", "实施中心城区和各县城公厕建设工程"):
    J(d, name, "市政府另外实施的2件民生实事完成率较低、进展缓慢", a, "完成率较低、进展缓慢", "lagging", GROUP)
G(d, "为群众免费提供法律咨询服务35000人次", [("免费法律咨询服务", 35000, "人次", "=", "increment")])
G(d, "新建60个日间照料中心项目", [("日间照料中心", 60, "个", "=", "increment")])
G(d, "免费送戏下乡2000场", [("送戏下乡", 2000, "场", "=", "increment")])
G(d, "为865名残疾儿童提供抢救性康复服务项目", [("残疾儿童抢救性康复服务", 865, "名", "=", "increment")])
G(d, "为300名初筛阳性0-6岁儿童提供复筛和残疾诊断服务项目", [("复筛和残疾诊断服务", 300, "名", "=", "increment")],
  "0-6岁 describes the children")
G(d, "实施中心城区和各县城公厕建设工程", [], "no quantity")

# ---- Z09 霍邱 2019 (督查 8月8-20日)
d, a = "Z09_huoqiu_2019_aug", "2019-08-20"
BELOW = "低于全市平均进度"
J(d, "幼师培训任务500人", "截至督查时只培训178人,低于全市平均进度", a, BELOW, "lagging")
J(d, "棚户区改造新开工1827户", "任务已完成", a, "任务已完成", "completed")
J(d, "基本建成2208套", "截止督查时完成1322套目标任务,低于全市平均进度", a, BELOW, "lagging")
GRP9 = "以上项目均低于全市平均进度"
J(d, "农村环境三大革命中的卫生厕所改造项目", "全年民生工程任务12000户,截止督查时试点工作已完成,各乡镇正分别与供货、施工单位签订合同",
  a, BELOW, "lagging", "group verdict 以上项目均低于全市平均进度; only the pilot is done, contracts being signed")
J(d, "新型农民培训", "培训任务652人,截止督查时已完成方案制定、培训机构遴选工作,正在遴选学员", a, BELOW, "lagging",
  "group verdict 以上项目均低于全市平均进度; nobody trained yet but the office says below the average, not 未启动")
J(d, "秸秆综合利用提升工程", "刚开工建设秸秆收储点16个已完成5个,剩余9个完成前期工作", a, BELOW, "lagging",
  "group verdict " + GRP9)
J(d, "农产品质量安全追溯工程", "“三品一标”认证共24家,已完成10个,正在申报11个,待审核3个", a, BELOW, "lagging",
  "group verdict " + GRP9)
J(d, "带二维码上市项目", "带二维码上市项目由于系统问题尚未实施", a, "尚未实施", "not_started")
G(d, "幼师培训任务500人", [("幼师培训", 500, "人", "=", "increment")])
G(d, "全年民生工程任务12000户", [("卫生厕所改造", 12000, "户", "=", "increment")])
G(d, "培训任务652人", [("新型农民培训", 652, "人", "=", "increment")])
G(d, "棚户区改造新开工1827户", [("棚户区改造新开工", 1827, "户", "=", "increment")])
G(d, "基本建成2208套", [("棚户区改造基本建成", 2208, "套", "=", "increment")])
G(d, "以白莲乡、石店镇、岔路镇、宋店乡等4个乡镇所承担的民生工程重点项目实施进展情况开展了专项督查", [], "a count of towns")

# ---- Z10 铜陵 2020 9月
d, a = "Z10_tongling_2020_sep", "2020-09-30"
J(d, "水利薄弱环节治理子项中小河流治理", "市水利局承担的水利薄弱环节治理子项中小河流治理的续建项目完工率和续建项目投资完成率在全省排名靠后",
  a, "在全省排名靠后", "lagging")
J(d, "排涝泵站建设", "排涝泵站建设续建项目投资完成率在全省排名倒数第三", a, "在全省排名倒数第三", "lagging")
NOTPLAN = ("9月份督查发现市交通局承担的“四好农村路”、市农业农村局承担的农村改厕、美丽乡村(中心村建设)项目、"
           "市数据资源局承担的“安康码”平台建设进展未达计划进度")
for name in ("市交通局承担的“四好农村路”", "市农业农村局承担的农村改厕", "美丽乡村(中心村建设)项目",
             "市数据资源局承担的“安康码”平台建设"):
    J(d, name, NOTPLAN, a, "未达计划进度", "lagging", GROUP)
SLOW = "枞阳县农村改厕、美丽乡村建设(中心村建设)、县级养老服务指导中心建设、新学期普高学生资助工作进展较慢"
for name in ("枞阳县农村改厕", "美丽乡村建设(中心村建设)", "县级养老服务指导中心建设", "新学期普高学生资助工作"):
    J(d, name, SLOW, a, "进展较慢", "lagging", GROUP)
J(d, "农村体育健身活动", "农村体育健身活动进展未达全市平均进度", a, "未达全市平均进度", "lagging")
J(d, "铜官区公益性岗位开发", "铜官区公益性岗位开发进展较慢", a, "进展较慢", "lagging")
J(d, "法律援助案例上报任务", "未完成法律援助案例上报任务", a, "未完成", "lagging")
for name in ("郊区农城乡居民养老保险", "就业见习岗位开发"):
    J(d, name, "郊区农城乡居民养老保险、就业见习岗位开发进展慢", a, "进展慢", "lagging", GROUP)
J(d, "经开区棚户区改造", "经开区棚户区改造进展较慢", a, "进展较慢", "lagging")
G(d, "排涝泵站建设续建项目投资完成率在全省排名倒数第三", [], "a rank, a result")
G(d, "根据《2020年度民生工程月度考评办法》要求", [], "a year in a title")
G(d, "按照“日督查、周报告”制度加大", [], "no quantity")

# ---- Z11 湖南 为民办实事 year end (no year)
d, a = "Z11_hunan_weimin_year", "2010-12-31"
for name, prog in (("改造县乡公路", "改造县乡公路3290公里,为任务的164.5%"),
                   ("建成乡镇到村水泥(沥青)路", "建成乡镇到村水泥(沥青)路11702公里,为任务的146.3%"),
                   ("解决农村饮水不安全人口", "解决农村饮水不安全人口319.61万人,为任务的106.5%"),
                   ("扩建乡镇敬老院", "扩建乡镇敬老院174所,为任务的116%"),
                   ("城市低保对象月人均补差", "城市低保对象月人均补差185元,超任务17元"),
                   ("农村危房改造", "农村危房改造113423户,为任务的283.6%"),
                   ("新增廉租住房", "新增廉租住房115372套,为任务的134.2%"),
                   ("城镇生活垃圾无害化处理率", "城镇生活垃圾无害化处理率达65.4%,超任务9.4个百分点"),
                   ("新增城镇就业人员", "新增城镇就业人员71.6万人,为任务的119.3%"),
                   ("新型农村养老保险参保人数", "新型农村养老保险参保人数1306.25万人,为任务的130.6%"),
                   ("居民医保门诊统筹的县市区", "居民医保门诊统筹的县市区115个,超任务42个"),
                   ("建设农村清洁工程示范村", "建设农村清洁工程示范村103个,为任务的103%"),
                   ("帮扶贫困农民", "帮扶贫困农民613432人,为任务的102.2%"),
                   ("完成病险水库除险加固376座", "12个考核指标100%完成任务")):
    J(d, name, prog, a, "超额完成任务" if "376" not in name else "100%完成任务", "completed", NOYEAR)
G(d, "改造县乡公路3290公里,为任务的164.5%", [], "a result and its share")
G(d, "城市低保对象月人均补差185元,超任务17元", [], "a result and the margin")
G(d, "32项、38个为民办实事考核指标中,有26个考核指标超额完成任务", [], "counts")

# ---- Z12 平阳 2021 7月 (table rows)
d, a = "Z12_pingyang_2021_jul", "2021-07-31"
ROWS12 = [
    ("1", "完成27所学校教育基础设施改造提升,新安装空调970台、新风系统485套。", "县教育局",
     "已经安装公办中小学970台空调(涉及教室485个);新风系统在招投标中,8月10日开标。"),
    ("2", "完成30所智慧校园安保一体化管理系统建设和41所学校数字视频监控更新添置。", "县教育局",
     "30所智慧校园安保一体化管理系统建设和41所学校数字视频监控更新添置招投标文件已发布。"),
    ("3", "完成10家示范型居家养老服务照料中心建设。", "县民政局",
     "确定改造提升示范型居家养老服务照料中心10个,已完成设计方案,5家施工中,5家完成建设。"),
    ("4", "对350户生活困难老年人家庭进行适老化改造。", "县民政局", "确定500户改造对象,完成改造招标工作,施工中,其中252户已完成改造。"),
    ("5", "为全县200名以上残疾儿童实施基本康复服务和救助。", "县残联", "目前已确定221名残疾儿童已经在机构开始服务,已完成半年度报销工作。"),
    ("6", "新增3岁以下婴幼儿照护服务机构6家180个托位。", "县卫生健康局", "本月继续推进预建设机构按标准规范加快进度"),
    ("7", "对全县100个农村路口按照交通安全“九个一”", "县公安局", "已完成现场排查并制定改造方案,已完成闹村"),
]
for ref, task, unit, prog in ROWS12:
    T(d, ref, task[:12], [unit], prog[:10], "按时序推进", "pipe row: number | task | lead unit | progress | verdict")
    note = "the office's verdict in the row's last cell"
    if ref == "5":
        note += "; 221 children served against 200以上 would read as done, but the office says 按时序推进 and the word wins"
    J(d, task, prog, a, "按时序推进", "on_track", note)
G(d, "完成27所学校教育基础设施改造提升,新安装空调970台、新风系统485套。",
  [("学校教育基础设施改造提升", 27, "所", "=", "increment"), ("新安装空调", 970, "台", "=", "increment"),
   ("新风系统", 485, "套", "=", "increment")])
G(d, "完成30所智慧校园安保一体化管理系统建设和41所学校数字视频监控更新添置。",
  [("智慧校园安保一体化管理系统", 30, "所", "=", "increment"), ("数字视频监控更新添置", 41, "所", "=", "increment")])
G(d, "完成10家示范型居家养老服务照料中心建设。", [("示范型居家养老服务照料中心", 10, "家", "=", "increment")])
G(d, "对350户生活困难老年人家庭进行适老化改造。", [("适老化改造", 350, "户", "=", "increment")])
G(d, "为全县200名以上残疾儿童实施基本康复服务和救助。", [("残疾儿童基本康复服务", 200, "名", ">=", "increment")])
G(d, "新增3岁以下婴幼儿照护服务机构6家180个托位。",
  [("婴幼儿照护服务机构", 6, "家", "=", "increment"), ("托位", 180, "个", "=", "increment")], "3岁以下 describes the children")
G(d, "对全县100个农村路口按照交通安全“九个一”", [("农村路口改造提升", 100, "个", "=", "increment")])

# ---- Z13 嘉定 一季度 (no year)
d, a = "Z13_jiading_q1", "2020-03-31"
for name in ("建设标准化老年活动室", "开展儿童乳牙免费涂氟", "开展脑卒中高危人群筛查", "新辟开通公交线路"):
    J(d, name, "4个项目已提前完成上半年节点目标", a, "已提前完成上半年节点目标", "ahead",
      GROUP + "; the half-year milestone reached in Q1; " + NOYEAR)
J(d, "34项区政府实事项目具体事项", "都在积极推进过程中,没有出现滞后的情况", a, "没有出现滞后的情况", "on_track", NOYEAR)
G(d, "一季度,34项区政府实事项目具体事项都在积极推进过程中", [], "a list size")

# ---- Z14 清水 2012 上半年
d, a = "Z14_qingshui_2012_h1", "2012-06-30"
OK14 = ("no per-item verdict: the county says 各项惠民工程建设进展顺利 over the whole list (group verdict); the item's "
        "progress is its own figures or stage")
for name, prog in (("村级公益事业“一事一议”财政奖补项目", "开工建设78村106个项目,完成44村,硬化村内巷道123.6千米,完成投资2603万元"),
                   ("太坪农村饮水安全工程和金集农村饮水安全管网延伸工程",
                    "已完成水源拦水坝基础土方工程,开挖土方1.6万立方,累计完成投资370万元,预计11月底全面完成建设任务"),
                   ("远门铁炉、红堡古道等4乡镇8村集中连片整村推进扶贫工程", "已完成投资933万元,实现区域内1147户5500人脱贫"),
                   ("4个万亩梯田示范点项目", "共铺开梯田3.9万亩,完成3.5万亩"),
                   ("火车站广场建设工程", "已完成前期工作,启动基础工程"),
                   ("永清路提升改造工程", "已全面完成中山路及东段排水管网敷设和道牙石安砌,西段完成排水管网敷设400米"),
                   ("西华路瓦沟河至李沟段拓宽改造工程", "完成土地征用及施工图设计")):
    J(d, name, prog, a, "进展顺利", "on_track", OK14)
J(d, "清社公路改造工程", "清社公路改造工程基本完工", a, "基本完工", "completed", "基本完工 read as completed (as 基本完成 in verdicts5)")
G(d, "火车站广场建设工程总占地2万平方米", [], "a size of the project, not a target")
G(d, "红堡邓沟、远门安业河、王河响水河、白沙程沟流域4个万亩梯田示范点项目", [], "names and a count of sites")

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
