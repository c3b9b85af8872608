"""Hand annotations of batch verdicts2, written before duban was run on these documents.

Checks that every task, progress, text_start, progress_start and target sentence occurs verbatim in
its document, then (with --write) writes documents.jsonl, tasks.jsonl, judged.jsonl, targets.jsonl and
the first-run inputs firstrun/judged.in.jsonl and firstrun/targets.in.jsonl.
"""

import json
import pathlib
import sys
from collections import Counter

B = pathlib.Path(__file__).resolve().parent


def doc(i):
    return (B / "docs" / f"{i}.txt").read_text(encoding="utf-8")


DOCS = [
    ("W01_chengxiang_2020_sep", "https://www.chengxiang.gov.cn/zwgk/wmbss/202101/t20210129_1571508.htm", "福建", "区", 2020, "bulletin",
     "two-paragraph bulletin: one sentence names the slow projects joined by 、 and closes with 等项目进度相对缓慢,其他项目正按序时推进; no figures"),
    ("W02_luan_2017_jul", "http://wxrb.luaninfo.com/p/a.aspx?id=11118&t=3&time=2017-08-11", "安徽", "市", 2017, "bulletin",
     "numbered items 'N、project,牵头部门:X。sub-task + verdict naming the counties (建设进度相对较慢的县区为…, 未完成…任务的县区为…, 未开工建设的县区为…)'"),
    ("W03_luan_2021_aug", "https://ht.luaninfo.com/laxw/gggs/content_128307", "安徽", "市", 2021, "bulletin",
     "numbered items 'N、project,牵头单位:X。其中,…进度较慢的为county / …整改不到位的为county。'"),
    ("W04_minqing_2024_h1", "http://www.fzmq.gov.cn/xjwz/ztzl/fwqy/gzxx/202407/t20240719_4862238.htm", "福建", "县", 2024, "bulletin",
     "monthly bulletin: per project level share of the annual plan with 超序时进度x个百分点, then 未达序时进度项目N项为:name(投资滞后)、name(开工滞后); numbered headquarters 'N.X指挥部:项目N项,均达序时进度 / 未达序时进度2项为:a、b'"),
    ("W05_fuling_2023_q1", "http://fl.gov.cn/zfxxgk_206/zfxxgk_zfgzbg/zxqj/202305/t20230505_11935563.html", "重庆", "区", 2023, "bulletin",
     "督查专报 after a metadata list: two long sentences, one naming tasks 完成情况较好, one naming ~15 tasks joined by 、 ending 等项目或任务…完成情况不够理想; excerpt cut"),
    ("W06_dayawan_2017_yearend", "http://m.tianjinjuncheng.com/zwgk/wgk/zxgk/zxgcgk/content/post_2061608.html", "广东", "区", 2017, "bulletin",
     "repost in traditional characters: supervision notice about the 14 projects that did not finish the 2017 annual task; four of them named as the sites to visit"),
    ("W07_dalian_2021_h1", "http://www.cnr.cn/xzpd/xzdl/20210715/t20210715_525534965.shtml", "辽宁", "市", 2021, "narrative",
     "news article grouping projects by verdict paragraph (N项提前超额完成全年任务 / N项提前或超额完成节点任务 / N项按计划完成节点任务), each project quoted in “…” with its node plan and actual; excerpt cut in the third group"),
    ("W08_tongliang_2024_sep", "https://m.bidcenter.com.cn/news-17-313882037.html", "重庆", "区", 2024, "progress",
     "快报 reposted with (略) gaps: totals and groups (续建/新建, 市场主导/政府主导) each with 完成年度计划投资的x% and a verdict (达到 / 略低于 / 明显低于序时进度), then a pipe table of categories without verdicts"),
    ("W09_huangshan_2013_h1", "https://m.yybnet.net/huangshan/qimen/201307/755749.html", "安徽", "市", 2013, "narrative",
     "newspaper article: share of the annual plan with 超序时进度; the three projects that 已完成全年任务 named in one sentence"),
    ("W10_shijiazhuang_2018_aug", "https://shijiazhuang.baogaosu.com/xinwen/2%E4%BA%BF%E4%BA%BF/69872897", "河北", "市", 2018, "narrative",
     "news repost of the city bulletin: group shares, district rankings, then 还有7个项目未按计划开工。分别为a、b、… and a、b、c三个项目未按计划竣工"),
    ("W11_handan_2013_jul", "http://hbhcj.cn/news/2013/0814/29174.html", "河北", "市", 2013, "narrative",
     "news article: project groups with share of the annual plan (one with 超时间进度), named examples per group 'a、b、c等N个项目超额完成进度目标 / 竣工投产 / 完成备案或核准'"),
    ("W12_qiandongnan_2023_q1", "http://www.dg-xinl.com/html/2023/qdnnews_0508/206668.shtml", "贵州", "州", 2023, "progress",
     "repost in broken traditional characters (進(jìn), 務(wù) glosses): verdict headings (一)已完成任務(wù)共2項 / (二)已開工建設(shè)任務(wù)共15項, items 'N.task with target。(責(zé)任單位:X)' followed by a '推進(jìn)情況:' line with figures and 完成年度任務(wù)的x%; excerpt cut in item 5 of group two"),
    ("W13_shandong_2022_aug", "http://fagaiwei.sddzinfo.cn/index/index/zixunshow/id/15758.html", "山东", "省", 2022, "bulletin",
     "provincial monthly bulletin: totals with 超序时进度24个百分点, then per programme share of the annual plan and 全省16市均超年度序时进度"),
    ("W14_yicheng_2012_oct", "http://sfzggw.zaozhuang.gov.cn/fgyw/zdjsxm/201211/t20121108_192567.html", "山东", "区", 2012, "narrative",
     "short news item: district total (整体进展较好, 完成年度计划的96.9%) and three named projects 等28个项目已提前建成投产"),
    ("W15_luohu_2011_oct", "http://suitable-u.com/zwgk/zxgk/zdxm/content/post_10076424.html", "广东", "区", 2011, "progress",
     "repost in broken traditional characters with mojibake (?。ㄒ唬): investment totals by group, pre-project progress, then 存在問題 paragraphs naming projects 進(jìn)展相對偏慢 / 前期工作進(jìn)展仍不夠理想 / 影響工程進(jìn)度"),
    ("W16_qinshui_2021_yearend", "http://xxgk.qinshui.gov.cn/xzf/qsfgj/fdzdgknr/zdxmjsly/zdxmxx/202201/t20220121_1543736.shtml", "山西", "县", 2021, "progress",
     "year-end summary: total 投资完成率122.6%。圆满完成年度目标任务, then one line per level (省级/市级/县级) with its plan and 投资完成率"),
    ("W17_xingtai_2016_h1", "http://www.bklai.com/diqu/xingtai/201607/16313666.html", "河北", "市", 2016, "narrative",
     "news repost in traditional characters: city key projects with 超時間進度10.8個百分點, provincial ones 快于市重點項目11.9個百分點, county rankings"),
    ("W18_shijiazhuang_2020_aug", "http://m.zx3q.com/newsview209834.html", "河北", "市", 2020, "narrative",
     "news repost of the city bulletin: groups (计划开工 / 续建 / 前期) each with named examples 'a、b、c等N个项目已全部开工建设 / 已竣工或部分竣工 / 提前开工' and shares"),
    ("W19_huidong_2022_may", "http://yhser.com/hdxwz/zwgk/zdxm/content/post_4669527.html", "广东", "县", 2022, "progress",
     "one paragraph in traditional characters: county total share, then in brackets provincial/city projects 高于序時進度 and county projects 低于序時進度 with the gap in points"),
    ("W20_huidong_2022_aug", "http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_4767147.html", "广东", "县", 2022, "progress",
     "same county page three months later (1至8月), same bracketed 高于 / 低于序時進度 sentence"),
    ("W21_huidong_2024_apr", "http://yhser.com/hdxwz/zwgk/wgk/jggk/lsqkgk/content/post_5263735.html", "广东", "县", 2024, "progress",
     "same county, 2024 1-4月, broken traditional characters (點(diǎn)): total 低于序時進度1.6個百分點, groups, then provincial/city 高于 and county 低于序時進度"),
    ("W22_zhangjiajie_2018_nov", "https://zjj.rednet.cn/m/content/2018/12/17/4298718.html", "湖南", "市", 2018, "narrative",
     "news article: projects grouped by verdict, each group a long list joined by 、 (一是已完成或达到时序进度(91.67%)以上的项目25个…分别为:… 二是有一定进度的实事项目11个…分别为:…)"),
    ("W23_zhoushan_2019_sep", "http://zsfgw.zhoushan.gov.cn/art/2019/10/22/art_1297631_39137965.html", "浙江", "市", 2019, "narrative",
     "short news item: 年度计划完成率91.0%, three completed projects named 等一批…项目的完工"),
]
SRC = {d[0]: d[1] for d in DOCS}

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

# ---- W01 莆田城厢区 2020 1-9月 (published 2021-01; the 1-9月 period of 2020)
d, a = "W01_chengxiang_2020_sep", "2020-09-30"
for name in ("老旧小区改造", "职业技能提升工程", "扶残助残工程", "设立灵川镇中心卫生院东海分院"):
    J(d, name, "进度相对缓慢", a, "进度相对缓慢", "lagging", GROUP + "; page published 2021-01-29, period taken as 2020 1-9月")

# ---- W02 六安 2017 1-7月
d, a = "W02_luan_2017_jul", "2017-07-31"
N2 = "the verdict names the lagging county; the city-level task is flagged as behind there"
J(d, "农村道路畅通工程", "建设进度相对较慢的县区为舒城县", a, "建设进度相对较慢", "lagging", N2)
J(d, "农村饮水安全巩固提升工程", "未完成建设任务的县区为舒城县", a, "未完成建设任务", "lagging", N2 + "; 未完成 in July means behind the schedule, not a failed year")
J(d, "生活无着人员社会救助", "市本级完成进度较慢", a, "完成进度较慢", "lagging", "sub-task of item 3; unit 市本级")
J(d, "城乡困难群体法律援助", "全市未完成援助任务的县区为舒城县、霍山县", a, "未完成援助任务", "lagging", N2)
J(d, "中小河流治理", "全市未完成基本建成任务的县区为舒城县", a, "未完成基本建成任务", "lagging", "sub-task of item 5; " + N2)
J(d, "小型病险水库除险加固", "全市未开工建设的县区为舒城县", a, "未开工建设", "not_started", "sub-task of item 5; not started in that county")
J(d, "棚户区改造", "新开工,完成进度相对较慢的为开发区和市本级", a, "完成进度相对较慢", "lagging", N2)
T(d, "1", "农村道路畅通工程", ["市交通局"], prog="建设进度相对较慢的县区为舒城县", label="建设进度相对较慢",
  note="unit after 牵头部门: on the same line as the task")
T(d, "2", "农村饮水安全巩固提升工程", ["市水利局"], prog="未完成建设任务的县区为舒城县", label="未完成建设任务")
T(d, "3", "特困人员供养及生活无着人员救助", ["市民政局"], prog="生活无着人员社会救助,市本级完成进度较慢", label="完成进度较慢")
T(d, "4", "城乡困难群体法律援助", ["市司法局"], prog="全市未完成援助任务的县区为舒城县、霍山县", label="未完成援助任务")
T(d, "5", "水利薄弱环节治理三年行动", ["市水利局"], prog="中小河流治理,全市未完成基本建成任务", label="未完成基本建成任务")
T(d, "6", "棚户区改造", ["市住建委"], prog="新开工,完成进度相对较慢", label="完成进度相对较慢",
  note="line ends with the signature 六安市民生办")

# ---- W03 六安 2021 1-8月
d, a = "W03_luan_2021_aug", "2021-08-31"
J(d, "学前教育促进", "8月份督查暗访发现问题整改不到位的为舒城县", a, "整改不到位", "lagging",
  "the office flags a rectification not done (整改不到位) in that county; read as behind (judgement call: a quality finding, not a schedule figure)")
J(d, "中小学及中职学校教师培训", "中小学教师培训进度较慢的为叶集区", a, "进度较慢", "lagging", N2)
J(d, "城市社区卫生机构和村卫生室标准化建设", "8月份督查暗访发现问题整改不到位的为叶集区", a, "整改不到位", "lagging",
  "as item 1: rectification not done, read as behind")
T(d, "1", "学前教育促进", ["市教体局"], prog="其中,8月份督查暗访发现问题整改不到位的为舒城县", label="整改不到位")
T(d, "2", "中小学及中职学校教师培训", ["市教体局"], prog="其中,中小学教师培训进度较慢的为叶集区", label="进度较慢")
T(d, "3", "城市社区卫生机构和村卫生室标准化建设", ["市卫健委"], prog="其中,8月份督查暗访发现问题整改不到位的为叶集区", label="整改不到位")

# ---- W04 闽清 2024 1-6月
d, a = "W04_minqing_2024_h1", "2024-06-30"
J(d, "8项省重点项目", "累计完成投资12.88亿元,完成年度计划投资比例52.99%,超序时进度2.99个百分点", a, "超序时进度", "ahead")
J(d, "110项市重点项目", "累计完成投资84.58亿元,完成年度计划投资比例60.95%,超序时进度10.95个百分点", a, "超序时进度", "ahead")
J(d, "476项县重点项目", "累计完成投资194.85亿元,完成年度计划投资比例52.89%,超序时进度2.89个百分点", a, "超序时进度", "ahead",
  "the same group has 13 projects 未达到序时进度 (listed per headquarters below); the group as a whole is ahead")
for name, why in (("京台高速东桥互通连接线", "投资滞后"), ("福州金线莲组培产业园", "开工滞后"),
                  ("闽清县南部文化创意产业园基础设施项目(一期)", "开工滞后")):
    J(d, name, why, a, "未达序时进度(" + why + ")", "lagging", "listed under 未达序时进度项目3项为:, the bracket gives the kind of lag")
J(d, "党建引领基层治理工作指挥部:项目7项", "均达序时进度", a, "均达序时进度", "on_track", "all 7 projects of the headquarters")
J(d, "工业(产业)园区建设工作指挥部:项目57项", "均达序时进度", a, "均达序时进度", "on_track", "all 57 projects of the headquarters")
for name in ("闽清县南山片区老旧小区及周边基础设施建设工程", "城区污水处理厂扩容项目", "闽清县城关变电站附属工程拆迁安置项目", "闽清县总部经济研发中心"):
    J(d, name, "未达序时进度", a, "未达序时进度", "lagging", GROUP)

# ---- W05 涪陵 2023 一季度
d, a = "W05_fuling_2023_q1", "2023-03-31"
for name in ("地区生产总值", "规上工业增加值", "社会消费品零售总额", "社会融资规模", "加快建设武两高速平桥至大顺段",
             "建成投用10条市政道路", "信访接访", "争创国家级、市级创新平台"):
    J(d, name, "完成情况较好", a, "完成情况较好", "on_track", GROUP + " (完成情况较好 in the first quarter: in progress and doing well)")
for name in ("固定资产投资增速", "进出口总额增速", "战略性新兴产业产值增速", "利用外资", "涪陵高新区规上工业产值增速", "石沱移民码头",
             "爻里小镇一期及点易园展陈", "两江新区至涪陵快速通道", "激活民间投资", "推进数字化变革", "长江国家文化公园涪陵段",
             "江东片区农村饮水安全巩固提升工程", "海陵路", "宏声度假村至蒿枝坝道路扩建", "兴华花园公共停车场"):
    J(d, name, "受国际不利环境、宏观政策、资金短缺等多种因素影响完成情况不够理想", a, "完成情况不够理想", "lagging", GROUP)

# ---- W06 大亚湾 2017 年终
d, a = "W06_dayawan_2017_yearend", "2017-12-31"
for name in ("媽廟河截污清淤工程", "大亞灣兒童公園", "龍海三路", "坪山河治理工程"):
    J(d, name, "14宗滯后項目", a, "未完成年度任務(wù)的項目 / 滯后項目", "lagging",
      "the four sites the inspectors visit after hearing the 14 滞后项目 that did not finish the 2017 annual task; membership in the 14 is inferred from the schedule")

# ---- W07 大连 2021 上半年
d, a = "W07_dalian_2021_h1", "2021-06-30"
J(d, "“‘心理健康促进’进校园”原计划全年为学生和家长开展心理健康讲座50场", "截至6月底已开展60场,受众约11890人", a, "提前超额完成全年任务", "completed")
J(d, "“婚姻登记跨区通办”", "5月份完成全年任务", a, "提前超额完成全年任务", "completed")
J(d, "“老旧小区改造项目”", "已完成设计招标、施工招标,提前完成7、8月份节点任务,西岗区、沙河口区、长海县等部分小区已开展改造施工", a, "提前或超额完成节点任务", "ahead")
J(d, "“农村饮水安全巩固提升工程”", "已全部下达市政府投资计划,完成项目招投标工作,提前完成8月份节点任务,瓦房店市、庄河市已部分完成地下管网铺设及自来水管入户", a, "提前或超额完成节点任务", "ahead")
J(d, "“城市道路照明建设工程”", "完成施工图设计,发布了施工、监理及灯杆采购招标公告,提前完成7月份节点任务", a, "提前或超额完成节点任务", "ahead")
J(d, "“组建大连市公共卫生临床中心项目”", "于5月份建立大连市公共卫生临床中心委员会和纪律检查委员会,提前一个月完成6月份节点任务", a, "提前或超额完成节点任务", "ahead")
J(d, "“主城区置换天然气项目”计划累计完成铸铁管网改造7公里", "实际完成22.12公里", a, "提前或超额完成节点任务", "ahead",
  "7公里 is the half-year node, not the annual target (the annual figure is not printed)")
J(d, "“建设东北路(香炉礁车站)人行过街天桥项目”计划完成工程量5%", "实际完成工程量6%", a, "提前或超额完成节点任务", "ahead", "5% is the node")
J(d, "“深入开展文化惠民活动项目”计划二季度完成公益惠民演出活动20场", "实际完成27场", a, "提前或超额完成节点任务", "ahead", "20场 is the second-quarter node")
J(d, "“信阅读及智慧书吧项目”二季度计划完成“阅见南山”活动9场", "实际完成11场", a, "提前或超额完成节点任务", "ahead", "9场 is the second-quarter node")
J(d, "“中心城区生活垃圾焚烧发电厂二期项目”", "已完成汽机房出0米,汽机岛8.5米框架柱砼浇筑等工程进度", a, "按计划完成节点任务", "on_track",
  "已完成 names construction steps, not the project")
G(d, "“‘心理健康促进’进校园”原计划全年为学生和家长开展心理健康讲座50场", [("心理健康讲座", 50, "场", "=", "increment")])
G(d, "“深入开展文化惠民活动项目”计划二季度完成公益惠民演出活动20场", [("公益惠民演出活动", 20, "场", "=", "increment")],
  "a quarterly node, stated as a plan figure")
G(d, "“主城区置换天然气项目”计划累计完成铸铁管网改造7公里", [("铸铁管网改造", 7, "公里", "=", "total")], "计划累计 → total")

# ---- W08 铜梁 2024 1-9月
d, a = "W08_tongliang_2024_sep", "2024-09-30"
J(d, "实施重点项目211个,总投资1160.04亿元,年度计划投资405.34亿元", "1-9月,完成投资297亿元,完成年度计划投资的73.27%,略低于序时进度", a, "略低于序时进度", "lagging",
  "73.27% against 75% of the year: the office calls it (slightly) below the schedule")
J(d, "续建项目92个,总投资839.19亿元,年度计划投资271.50亿元", "1-9月完成投资227.82亿元,完成年度计划投资的83.91%,达到序时进度", a, "达到序时进度", "on_track")
J(d, "新建项目119个,总投资320.85亿元,年度计划投资133.84亿元", "1-9月完成投资69.19亿元,完成年度计划投资的51.70%,明显低于序时进度", a, "明显低于序时进度", "lagging")
J(d, "市场主导类项目84个,总投资610.85亿元,年度计划投资211.25亿元", "1-9月完成投资168.44亿元,完成年度计划投资的79.73%,达到序时进度", a, "达到序时进度", "on_track")
J(d, "政府主导类项目127个,总投资549.19亿元,年度计划投资194.09亿元", "1-9月完成投资128.56亿元,完成年度计划投资的66.24%,低于序时进度", a, "低于序时进度", "lagging")

# ---- W09 黄山 2013 上半年
d, a = "W09_huangshan_2013_h1", "2013-06-30"
J(d, "全市37项民生工程", "上半年共完成投资额19.62亿元,占年度计划的74.9%,超序时进度24.9%", a, "超序时进度", "ahead")
J(d, "省定33项民生工程", "全部超序时进度", a, "全部超序时进度", "ahead", GROUP)
for name in ("贫困重度残疾人生活救助", "公共文化服务信息化建设", "农村沼气建设工程"):
    J(d, name, "已完成全年任务", a, "已完成全年任务", "completed", GROUP)

# ---- W10 石家庄 2018 1-8月
d, a = "W10_shijiazhuang_2018_aug", "2018-08-31"
for name in ("无极县文化产业基地", "无极县斯特龙门窗幕墙研发生产基地", "井陉县超越新能源汽车动力电池生产线项目", "新乐市联众日用品搬迁提升改造",
             "新乐市宏杰汽车精密零配件加工", "深泽县丹泰医药化工危险废物综合处置利用", "井陉县华电集团126兆瓦风力发电项目"):
    J(d, name, "未按计划开工", a, "未按计划开工", "not_started", GROUP + "; planned to start, not started")
for name in ("藁城区上聚壹太阳能LED照明灯具产业化", "高新区博深工具高速动车组制动闸片产业化", "新华区华业商务广场"):
    J(d, name, "未按计划竣工", a, "未按计划竣工", "lagging", GROUP + "; planned completion missed")
G(d, "井陉县华电集团126兆瓦风力发电项目", [], "126兆瓦 is the plant's capacity in its name, not a target")

# ---- W11 邯郸 2013 1-7月
d, a = "W11_handan_2013_jul", "2013-07-31"
J(d, "市级200项重点项目", "累计完成投资457.8亿元,占年计划的65.4%,超时间进度7.1个百分点", a, "超时间进度", "ahead")
for name in ("中船重工产业园", "涉县洁神锂电池", "广平县力尔型材"):
    J(d, name, "超额完成进度目标", a, "超额完成进度目标", "ahead", GROUP + "; the schedule target to date exceeded, not the year")
for name in ("峰峰矿区梧桐树家居高档骨质瓷", "邱县河北段世医药中间体"):
    J(d, name, "竣工投产", a, "竣工投产", "completed", GROUP + "; among the 50 projects planned to finish this year")
for name in ("武安竟和高速列车受电弓滑板", "永年双佳自动扫描定位灭火装置", "肥乡东风汽车华北专用车制造"):
    J(d, name, "完成备案或核准", a, "完成备案或核准", "completed", GROUP + "; pre-project (前期) items whose task is the filing/approval")

# ---- W12 黔东南 2023 1-3月
d, a = "W12_qiandongnan_2023_q1", "2023-03-31"
J(d, "城鎮(zhèn)公益性崗位安置就業(yè)困難人員6100人。", "目前累計完成城鎮(zhèn)公益性崗位安置就業(yè)困難人員6415人,完成年度任務(wù)的105.16%。", a, "已完成任務(wù)", "completed")
J(d, "新開工棚戶區(qū)改造1666套。", "已完成新開工棚戶區(qū)改造1666套,完成年度任務(wù)的100%。", a, "已完成任務(wù)", "completed")
NS = "heading (二)已開工建設任務 is a stage, not a schedule verdict; read as in progress (on_track)"
J(d, "實現(xiàn)30戶以上自然村寨垃圾收運設(shè)施覆蓋率達(dá)95%以上。", "已完成9546個自然村寨覆蓋,覆蓋率達(dá)97.5%。", a, "已開工建設(shè)任務(wù)", "on_track",
  NS + "; the rate is already above the 95% target but the office lists it as in progress (a dynamic indicator)")
J(d, "新開工老舊小區(qū)改造221個3萬戶。", "目前已完成新開工老舊小區(qū)改造16466戶,完成年度任務(wù)的54.89%。", a, "已開工建設(shè)任務(wù)", "on_track", NS)
J(d, "完成5550畝歷史遺留礦山生態(tài)修復(fù)。", "目前累計完成2362畝歷史遺留礦山生態(tài)修復(fù),完成年度任務(wù)的42.56%。", a, "已開工建設(shè)任務(wù)", "on_track", NS)
J(d, "新進(jìn)改造城鎮(zhèn)供排水管網(wǎng)265公里。", "目前已完成新進(jìn)改造城鎮(zhèn)供排水管網(wǎng)111.68公里,完成年度任務(wù)的42.14%。", a, "已開工建設(shè)任務(wù)", "on_track", NS)
J(d, "實施普通公路危橋改造40座。", "目前已完成普通公路危橋改造15座,完成年度任", a, "已開工建設(shè)任務(wù)", "on_track", NS + "; share cut by the excerpt (15 of 40)")
for ref, start, unit in (("1-1", "城鎮(zhèn)公益性崗位安置就業(yè)困難人員6100人", "州人力資源社會保障局"),
                         ("1-2", "新開工棚戶區(qū)改造1666套", "州住房城鄉(xiāng)建設(shè)局"),
                         ("2-1", "實現(xiàn)30戶以上自然村寨垃圾收運", "州住房城鄉(xiāng)建設(shè)局"),
                         ("2-2", "新開工老舊小區(qū)改造221個3萬戶", "州住房城鄉(xiāng)建設(shè)局"),
                         ("2-3", "完成5550畝歷史遺留礦山生態(tài)修復(fù)", "州自然資源局"),
                         ("2-4", "新進(jìn)改造城鎮(zhèn)供排水管網(wǎng)265公里", "州水務(wù)局"),
                         ("2-5", "實施普通公路危橋改造40座", "州交通運輸局")):
    T(d, ref, start, [unit], prog="推進(jìn)情況:", label="已完成任務(wù)" if ref.startswith("1") else "已開工建設(shè)任務(wù)",
      note="unit in (責任單位:X) after the task; progress on the next line after 推進情況:; label from the group heading")
G(d, "城鎮(zhèn)公益性崗位安置就業(yè)困難人員6100人。", [("城鎮公益性崗位安置就業困難人員", 6100, "人", "=", "increment")], "metric written simplified-traditional without the glosses")
G(d, "新開工棚戶區(qū)改造1666套。", [("新開工棚戶區改造", 1666, "套", "=", "increment")])
G(d, "實現(xiàn)30戶以上自然村寨垃圾收運設(shè)施覆蓋率達(dá)95%以上。", [("垃圾收運設施覆蓋率", 95, "%", ">=", "level")], "30戶以上 describes the villages, not a target")
G(d, "新開工老舊小區(qū)改造221個3萬戶。", [("新開工老舊小區改造", 221, "个", "=", "increment"), ("新開工老舊小區改造", 3, "万户", "=", "increment")],
  "unit 個 written 个 (scorer treats 个 and bare alike); 3萬戶 annotated 万户 as duban returns simplified units")
G(d, "完成5550畝歷史遺留礦山生態(tài)修復(fù)。", [("歷史遺留礦山生態修復", 5550, "亩", "=", "increment")], "unit 畝 annotated simplified 亩")
G(d, "新進(jìn)改造城鎮(zhèn)供排水管網(wǎng)265公里。", [("城鎮供排水管網", 265, "公里", "=", "increment")])
G(d, "實施普通公路危橋改造40座。", [("普通公路危橋改造", 40, "座", "=", "increment")])

# ---- W13 山东 2022 1-8月
d, a = "W13_shandong_2022_aug", "2022-08-31"
J(d, "2300个省级重点项目", "年度累计完成投资6763.6亿元,占年度投资计划的90.7%,超序时进度24个百分点", a, "超序时进度", "ahead")
J(d, "680个省重大项目", "年度累计完成投资3431.9亿元,占年度投资计划的86.9%", a, "全省16市均超年度序时进度", "ahead",
  "verdict in a later sentence of the same paragraph (全省16市均超年度序时进度)")
J(d, "1620个省重点项目", "年度累计完成投资3331.7亿元,占年度投资计划的95.1%", a, "全省16市均超年度序时进度", "ahead",
  "verdict in a later sentence of the same paragraph")

# ---- W14 峄城 2012 1-10月
d, a = "W14_yicheng_2012_oct", "2012-10-31"
J(d, "57个重点项目", "全部开工,累计完成投资43.24亿元,完成年度计划的96.9%", a, "整体进展较好", "on_track",
  "96.9% at the end of October is ahead of the time share; the office only says 整体进展较好")
for name in ("申丰速凝早强特种水泥建设项目", "保税仓库建设项目", "110kV棠阴输变电工程"):
    J(d, name, "已提前建成投产", a, "已提前建成投产", "completed", GROUP)
G(d, "110kV棠阴输变电工程", [], "110kV names the voltage class")

# ---- W15 罗湖 2011 1-10月
d, a = "W15_luohu_2011_oct", "2011-10-31"
J(d, "23個重點(diǎn)在建項(xiàng)目", "累計(jì)完成投資160243萬元,占年度投資計(jì)劃86.9%", a, "進(jìn)展較為順利", "on_track", "verdict in the opening sentence")
J(d, "金三角地區(qū)空間資源整合東門片區(qū)全天候人行系統(tǒng)", "正在進(jìn)行方案深化", a, "總體進(jìn)展順利", "on_track", "pre-project under 總體進展順利")
J(d, "人民南市政連廊二期工程", "正在開展施工圖設(shè)計(jì)及概算編制", a, "總體進(jìn)展順利", "on_track", "pre-project under 總體進展順利")
for name in ("貝麗中學(xué)(水貝珠寶學(xué)校)", "翠園中學(xué)初中部教學(xué)樓加固改造工程", "老住宅區(qū)燃?xì)夤艿澜ㄔO(shè)工程"):
    J(d, name, "進(jìn)展相對偏慢", a, "進(jìn)展相對偏慢", "lagging", GROUP + "; names kept with the page's mojibake")
for name in ("區(qū)中醫(yī)院蓮塘新院", "區(qū)檔案管理中心"):
    J(d, name, "前期工作進(jìn)展仍不夠理想", a, "前期工作偏慢", "lagging", GROUP + "; listed as on course in section 二, then as slow in 存在問題 (the later, specific verdict is taken)")
J(d, "羅湖福利中心二期", "因大運(yùn)會期間暫停施工及受現(xiàn)場施工條件限制,影響工程進(jìn)度", a, "影響工程進(jìn)度", "lagging", "listed under 存在問題")

# ---- W16 沁水 2021 全年
d, a = "W16_qinshui_2021_yearend", "2021-12-31"
J(d, "我县省市县重点工程项目共30项", "1-12月份,完成投资77.57亿元,投资完成率122.6%。圆满完成年度目标任务", a, "圆满完成年度目标任务", "completed")
J(d, "省级6项,概算投资140.16亿元,当年计划投资19亿元。", "1-12月份完成投资28.78亿元,投资完成率151.47%。", a, "圆满完成年度目标任务", "completed", "verdict from the total's sentence")
J(d, "市级5项,概算投资221.76亿元,当年计划投资22.67亿元。", "1-12月份完成投资26.4亿元,投资完成率116.45%。", a, "圆满完成年度目标任务", "completed", "verdict from the total's sentence")
J(d, "县级16项,概算投资108.72亿元,当年计划投资21.6亿元。", "1-12月份完成投资22.39亿元,投资完成率103.66%。", a, "圆满完成年度目标任务", "completed", "verdict from the total's sentence")

# ---- W17 邢台 2016 1-6月
d, a = "W17_xingtai_2016_h1", "2016-06-30"
J(d, "市重點項目", "完成投資228.5億元,占年計劃的60.81%,超時間進度10.8個百分點", a, "超時間進度", "ahead")
J(d, "省重點項目", "完成投資57.4億元,占年計劃的72.66%,快于市重點項目11.9個百分點", a, "快于市重點項目", "ahead",
  "verdict by comparison with the city projects, which are ahead themselves")

# ---- W18 石家庄 2020 1-8月
d, a = "W18_shijiazhuang_2020_aug", "2020-08-31"
J(d, "100个计划开工项目", "已全部开工建设,完成投资310.6亿元,占年度计划的99.3%", a, "已全部开工建设", "completed",
  "the group's defining milestone (start) reached by all; investment at 99.3% of the year in August")
for name in ("中冶城市商业广场", "石家庄市妇幼保健院新建儿童医院", "北国高科技物流园"):
    J(d, name, "已竣工或部分竣工", a, "已竣工或部分竣工", "completed", GROUP + "; 部分竣工 makes completed a judgement call")
for name in ("石家庄四药新型制剂及生物医药产业园", "华恒达抗氧剂系列产品", "石药新产品产业化及配套自动化物流"):
    J(d, name, "提前开工", a, "提前开工", "ahead", GROUP + "; pre-projects started ahead of plan")

# ---- W19-W21 广东某县 (site path hdxwz)
d, a = "W19_huidong_2022_may", "2022-05-31"
J(d, "省、市重點建設項目29宗", "完成投資69.9億元,完成年度計劃的54.4%,高于序時進度4.4個百分點", a, "高于序時進度", "ahead",
  "the office's schedule is 50% at the end of May (front-loaded: 上半年60%)")
J(d, "縣重點建設項目43宗", "完成投資18.5億元,完成年度計劃的29.7%,低于序時進度20.3個百分點", a, "低于序時進度", "lagging")
d, a = "W20_huidong_2022_aug", "2022-08-31"
J(d, "省、市重點建設項目29宗", "完成投資105.66億元,完成年度計劃的82.2%,高于序時進度2.2個百分點", a, "高于序時進度", "ahead",
  "the office's schedule is 80% at the end of August")
J(d, "縣重點建設項目43宗", "完成投資29.2億元,完成年度計劃的47.1%,低于序時進度32.9個百分點", a, "低于序時進度", "lagging")
d, a = "W21_huidong_2024_apr", "2024-04-30"
J(d, "我縣安排重點(diǎn)項(xiàng)目91宗,總投資1964.4億元,年度投資計(jì)劃304億元", "1-4月,完成投資96.4億元,完成年度計(jì)劃投資的31.7%,低于序時(shí)進(jìn)度1.6個(gè)百分點(diǎn)", a, "低于序時進度", "lagging",
  "31.7% against 33.3% of the year: the office calls it below the schedule")
J(d, "列入省、市重點(diǎn)項(xiàng)目36宗,年度投資計(jì)劃236.2億元", "完成投資88.6億元,完成年度計(jì)劃的37.5%,高于序時(shí)進(jìn)度4.2個(gè)百分點(diǎn)", a, "高于序時進度", "ahead")
J(d, "縣重點(diǎn)項(xiàng)目55宗,年度投資計(jì)劃67.9億元", "完成投資7.7億元,完成年度計(jì)劃的11.4%,低于序時(shí)進(jìn)度21.9個(gè)百分點(diǎn)", a, "低于序時進度", "lagging")

# ---- W22 张家界 2018 1-11月
d, a = "W22_zhangjiajie_2018_nov", "2018-11-30"
OK22 = ("城镇棚户区改造", "农村危房改造", "困难残疾人生活补贴和重度残疾人护理补贴提标", "提高城乡低保标准和救助水平", "救治救助重性精神疾病住院患者",
        "严重性精神障碍患者救治救助监护奖励", "残疾儿童抢救性康复", "农村适龄妇女“两癌”免费检查", "孕产妇免费产前筛查", "新增城镇就业人员",
        "骨干电商培训", "众创空间", "市工人文化宫建设", "城乡义务教育学校建设", "基本消除义务教育超大班额", "市人民医院新院建设",
        "农村饮水安全巩固提升", "改造和完善行政村10千伏及以下配电网项目", "实施自然村通水泥(沥青)路", "农村公路安保设施建设",
        "市中心城区奇峰市场建设", "新增社会治安视频监控摄像头", "市中心城区郊野公园建设", "乡镇污水处理厂及配套管网建设", "开展县级饮用水水源地环境整治")
LAG22 = ("电商扶贫", "易地扶贫搬迁", "村级综合文化服务中心文体设施配送", "提质改造农村公路", "市中心城区公共停车场建设", "市中心城区城市公园建设",
         "市中心城区垃圾站、公厕新建改建", "中小河流治理", "乡镇农贸市场建设", "农村生活垃圾治理", "旅游厕所革命建设")
assert len(OK22) == 25 and len(LAG22) == 11
for name in OK22:
    J(d, name, "已完成或达到时序进度(91.67%)以上", a, "已完成或达到时序进度", "on_track",
      GROUP + "; the group mixes done and on-schedule items (completed or on_track), on_track taken")
for name in LAG22:
    J(d, name, "有一定进度", a, "有一定进度", "lagging",
      GROUP + "; the second group, by contrast with the first, is below the 91.67% schedule; 11 items (垃圾站、公厕新建改建 is one)")
G(d, "改造和完善行政村10千伏及以下配电网项目", [], "10千伏 names the grid voltage class")

# ---- W23 舟山 2019 1-9月
d, a = "W23_zhoushan_2019_sep", "2019-09-30"
for name in ("329国道舟山段改建工程", "岱山县秀山大桥", "宁波舟山港主通道富翅门大桥"):
    J(d, name, "按形象进度已完工或基本完工", a, "完工", "completed", GROUP + "; 等一批…项目的完工")

# ---- Fuling extra target
G("W05_fuling_2023_q1", "建成投用10条市政道路", [("建成投用市政道路", 10, "条", "=", "increment")])

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
print("docs", len(DOCS), "tasks", len(TASKS), "judged", len(JUDGED), "targets", len(TARGETS), "bad", bad)
print(Counter(r["status"] for r in JUDGED))
print(sorted(Counter(r["doc"][:3] for r in JUDGED).items()))
print(Counter(p for _, _, p, *_ in DOCS))
if "--write" in sys.argv and not bad:

    def w(name, rows):
        with open(B / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    w("documents.jsonl", [{"id": i, "file": f"docs/{i}.txt", "source": s, "province": p, "level": lv, "year": y, "kind": k, "layout": lay}
                          for i, s, p, lv, y, k, lay in DOCS])
    w("tasks.jsonl", TASKS)
    w("judged.jsonl", JUDGED)
    w("targets.jsonl", TARGETS)
    w("firstrun/judged.in.jsonl", [{"task": r["task"], "progress": r["progress"], "as_of": r["as_of"]} for r in JUDGED])
    w("firstrun/targets.in.jsonl", [{"text": r["text"]} for r in TARGETS])
    print("written")
