import json
import pathlib
import sys
from collections import Counter

B = pathlib.Path("/work/main/tests/realworld/verdicts")


def doc(i):
    return (B / "docs" / f"{i}.txt").read_text(encoding="utf-8")


SRC = {
    "V01_nanyang_2014_h1": "http://www.simfy.cn/nanyang/focus/2014-07-08/074415771.html",
    "V02_jiaozuo_2013_q3": "http://epaper.jzrb.com/rb/html/2013-10/10/content_229751.htm",
    "V03_guanyun_2019_q3": "http://www.guanyun.gov.cn/gyxzf/gsgg/content/1bbcd6da-4ff8-4724-b7ae-54239c220f9a.html",
    "V04_zhaoqing_2020_minsheng": "https://www.zhaoqing.gov.cn/xxgk/zwgk/zxgcgk/content/post_2462763.html",
    "V05_hainan_water_2019_oct": "http://m.zgzxcmw.com/hainan/201911/114592.html",
    "V06_guangxi_water_2014_oct": "http://c-water.com.cn/detail.aspx?id=20961&itemid=1",
    "V07_national_2018_report_card": "http://big5.taiwan.cn/xwzx/PoliticsNews/201903/t20190303_12143697.htm",
    "V08_changle_2017_aug": "http://www.clnews.com.cn/html/2/2017-08-11/163045108803.shtml",
    "V09_shouxian_2020_sep": "https://www.shouxianinfo.com/News/show/33767.html",
    "V10_luan_2021_sep": "https://ht.luaninfo.com/laxw/gggs/content_130406",
    "V11_fujian_2021_yearend": "http://www.weidonghui.cn/news/cjzh/022022_32010.html",
    "V12_xinjian_2024_minsheng": "http://www.pc28forum.com/xjqrmzf/msss/202412/80436a1e5df84a3ea912087b118f9118.shtml",
}
DOCS = [
    (
        "V01_nanyang_2014_h1",
        "河南",
        "市",
        2014,
        "bulletin",
        "reposted page in broken traditional characters (pinyin glosses like 項(xiàng) left in): numbered 'N.project,要求6月底…。責(zé)任單位:X。' line, then '督查結(jié)果:verdict。progress' line; excerpt cut in item 6",
    ),
    (
        "V02_jiaozuo_2013_q3",
        "河南",
        "市",
        2013,
        "bulletin",
        "prose bulletin with counts per area: 一、area(共N项) / (一)已完成的有N项。/(二)进展顺利的有N项。/(三)进展缓慢的有N项。 then only the slow items listed as 'N.task。(责任单位:X、Y)'; excerpt cut in area 五",
    ),
    (
        "V03_guanyun_2019_q3",
        "江苏",
        "县",
        2019,
        "bulletin",
        "short prose bulletin: project names joined by 、 followed by a verdict per group (已通过验收 / 已提前完成 / 已生产 / 有序推进 / 均未达序时); no units, no figures",
    ),
    (
        "V04_zhaoqing_2020_minsheng",
        "广东",
        "市",
        2020,
        "progress",
        "pipe table one row per line: 大类 | 序号 | 工作任务 | 分管市领导 | 牵头单位及主要负责人 | 落实进展情况 |, category cell only on the first row, unit cell holds unit and person ('市民政局 伍泽国'); progress starts with the verdict '已完成。'",
    ),
    (
        "V05_hainan_water_2019_oct",
        "海南",
        "省",
        2019,
        "narrative",
        "news paragraph: one sentence lists projects grouped by their fault (…开工晚, …建设进度滞后, 2015年项目至今未完成的…), names joined by 、",
    ),
    (
        "V06_guangxi_water_2014_oct",
        "广西",
        "省",
        2014,
        "narrative",
        "news article quoting a progress bulletin: region total, then cities with a share of the annual investment plan (进度落后的3个市分别是:梧州市34.8%,…) and county rankings",
    ),
    (
        "V07_national_2018_report_card",
        "全国",
        "国家",
        2018,
        "narrative",
        "news article in traditional characters (big5 repost): report target quoted, then the year's actual figure, under headings like 經濟增速預期目標完成",
    ),
    (
        "V08_changle_2017_aug",
        "福建",
        "县",
        2017,
        "narrative",
        "news article: completed tasks quoted one after another in “…”“…” with their targets, closed by 等5小项已完成 / 等8小项已完成",
    ),
    (
        "V09_shouxian_2020_sep",
        "安徽",
        "县",
        2020,
        "bulletin",
        "short bulletin: one sentence lists the slow items as 一是…,二是…,三是…",
    ),
    (
        "V10_luan_2021_sep",
        "安徽",
        "市",
        2021,
        "bulletin",
        "numbered items 'N、task,牵头单位:X。其中,sub-task进度较慢的为county。' (verdict names the counties that lag)",
    ),
    (
        "V11_fujian_2021_yearend",
        "福建",
        "省",
        2021,
        "report",
        "news repost in broken traditional characters: overall verdict (29項為民辦實事項目全面完成), then a heading line per task followed by its progress lines",
    ),
    (
        "V12_xinjian_2024_minsheng",
        "江西",
        "区",
        2024,
        "progress",
        "table flattened to one cell per line ending ' |' (empty cells as '||' runs): 序号|牵头单位|区民生实事项目数量|项目名称|业主单位|本月进展情况, sub-projects numbered 1. 2. 3. under a project",
    ),
]
TASKS = []


def T(d, ref, start, lead=(), co=(), leaders=(), prog=None, label=None, note=None):
    r = {
        "doc": d,
        "ref": ref,
        "text_start": start,
        "lead_units": list(lead),
        "co_units": list(co),
        "lead_leaders": list(leaders),
        "progress_start": prog,
        "label": label,
    }
    if note:
        r["note"] = note
    TASKS.append(r)


JUDGED = []


def J(d, task, prog, as_of, label, status, note=None):
    r = {
        "doc": d,
        "task": task,
        "progress": prog,
        "as_of": as_of,
        "label": label,
        "status": status,
        "source": SRC[d],
    }
    if note:
        r["note"] = note
    JUDGED.append(r)


TARGETS = []


def G(d, text, targets, note=None):
    r = {
        "doc": d,
        "text": text,
        "targets": [
            dict(zip(("metric", "value", "unit", "comparator", "kind"), t, strict=True)) for t in targets
        ],
        "source": SRC[d],
    }
    if note:
        r["note"] = note
    TARGETS.append(r)


# ---- V01
d = "V01_nanyang_2014_h1"
a = "2014-06-30"
N1 = "unit as printed, including the broken gloss (區(qū) = 区)"
T(
    d,
    "1",
    "中關(guān)村南陽科技園項(xiàng)目(一期)",
    ["高新區(qū)"],
    prog="任務(wù)完成較好。已完成",
    label="任務(wù)完成較好",
    note=N1 + "; progress line starts with the verdict",
)
T(
    d,
    "2",
    "南陽水科技產(chǎn)業(yè)園項(xiàng)目",
    ["高新區(qū)"],
    prog="工作推進(jìn)緩慢。物探",
    label="工作推進(jìn)緩慢",
    note=N1,
)
T(
    d,
    "3",
    "樂凱華光綠色印刷",
    ["宛城區(qū)"],
    prog="工作推進(jìn)中。任務(wù)分",
    label="工作推進(jìn)中",
    note=N1,
)
T(
    d,
    "4",
    "商務(wù)中心區(qū)及特色商業(yè)區(qū)",
    ["市城鄉(xiāng)一體化示范區(qū)"],
    prog="工作推進(jìn)緩慢。該區(qū)域",
    label="工作推進(jìn)緩慢",
    note=N1,
)
T(
    d,
    "5",
    "南陽中商農(nóng)產(chǎn)品中心批發(fā)市場",
    ["高新區(qū)"],
    prog="任務(wù)完成較好。道路硬化",
    label="任務(wù)完成較好",
    note=N1,
)
T(
    d,
    "6",
    "牧原生豬養(yǎng)殖",
    ["臥龍區(qū)"],
    prog="工作推進(jìn)緩慢。5、6場",
    label="工作推進(jìn)緩慢",
    note=N1 + "; excerpt cut inside the progress",
)
J(
    d,
    "中關(guān)村南陽科技園項(xiàng)目(一期),要求6月底完成物探、地探及地面附屬物清理。",
    "已完成項(xiàng)目的物探、地探及地面附屬物清理任務(wù),并圈建起圍墻。",
    a,
    "任務(wù)完成較好",
    "completed",
    "task due at the end of June, done",
)
J(
    d,
    "南陽水科技產(chǎn)業(yè)園項(xiàng)目,要求6月底完成物探、地探及地面附屬物清理。",
    "物探、地探未做。",
    a,
    "工作推進(jìn)緩慢",
    "lagging",
    "nothing done by the deadline; office says 推进缓慢 (could be read not_started)",
)
J(
    d,
    "樂凱華光綠色印刷和環(huán)保柔印版材產(chǎn)業(yè)化項(xiàng)目,要求6月底完成廠房主體框架和內(nèi)外部施工。",
    "任務(wù)分東、中、西三段工程,目前中、西段已完工,東段工程正在施工。",
    a,
    "工作推進(jìn)中",
    "on_track",
    "office's middle category between 任务完成较好 and 工作推进缓慢; deadline reached with one section still under construction, so on_track is a judgement call",
)
J(
    d,
    "商務(wù)中心區(qū)及特色商業(yè)區(qū)建設(shè)項(xiàng)目,要求6月底姜營社區(qū)一期開工建設(shè)。",
    "該區(qū)域房屋拆遷已經(jīng)完成,但未開工建設(shè)。",
    a,
    "工作推進(jìn)緩慢",
    "lagging",
)
J(
    d,
    "南陽中商農(nóng)產(chǎn)品中心批發(fā)市場項(xiàng)目,要求6月底完成市場道路硬化。",
    "道路硬化任務(wù)提前完成。",
    a,
    "任務(wù)完成較好",
    "completed",
)
J(
    d,
    "牧原生豬養(yǎng)殖、設(shè)備加工及科研生產(chǎn)建設(shè)項(xiàng)目,要求6月底5、6、10場建設(shè)完工。",
    "5、6場正在建設(shè),目前已建60%,10",
    a,
    "工作推進(jìn)緩慢",
    "lagging",
    "progress cut at the end of the excerpt; 5、6、10 name farms",
)
G(
    d,
    "牧原生豬養(yǎng)殖、設(shè)備加工及科研生產(chǎn)建設(shè)項(xiàng)目,要求6月底5、6、10場建設(shè)完工。",
    [],
    "5、6、10 are farm numbers (names), 6月底 a deadline",
)
G(
    d,
    "中關(guān)村南陽科技園項(xiàng)目(一期),要求6月底完成物探、地探及地面附屬物清理。",
    [],
    "no quantity; 6月底 is a deadline",
)
# ---- V02
d = "V02_jiaozuo_2013_q3"
a = "2013-09-30"
L = "进展缓慢"
NN = "progress is the heading the item sits under ((三)进展缓慢的有N项), no progress text printed"
rows = [
    ("1", "引黄入焦总干渠工程。", ["市水利局"]),
    ("2", "大沙河防洪治理工程。", ["市水利局"]),
    ("1", "郑焦城际铁路配套设施建设项目。", ["市投资集团"]),
    ("2", "郑焦城际铁路资金保障工作。", ["武陟县政府", "修武县政府", "市投资集团"]),
    (None, "月山编组站北侧废弃矿山地质环境治理工程。", ["市国土资源局", "博爱县政府"]),
    ("1", "河南超威电源有限公司年产900万千伏安时新型大容量铅酸蓄电池项目。", ["沁阳市政府"]),
    ("2", "河南昌通科技有限公司年产60万吨异型特种钢件及10万吨高精特种法兰项目。", ["温县政府"]),
    ("3", "河南昆仑能源天然气有限公司天然气综合利用核心枢纽区项目。", ["博爱县政府"]),
    (
        "4",
        "博爱华夏动力科技有限公司一期年产电动车电机5万套生产线与年产钇铁锂离子电池7.5亿安时生产线项目。",
        ["博爱县政府"],
    ),
    ("5", "丹尼斯扩建项目。", ["山阳区政府"]),
]
for ref, text, units in rows:
    T(
        d,
        ref,
        text[:12],
        units,
        label=L,
        note="units in brackets after the task: (责任单位:X、Y); numbering restarts per area; item 6 of area 五 cut, not annotated",
    )
    J(d, text.rstrip("。"), "进展缓慢", a, "进展缓慢", "lagging", NN)
G(
    d,
    "河南超威电源有限公司年产900万千伏安时新型大容量铅酸蓄电池项目。",
    [],
    "capacity in the project name describes the project; not a target",
)
G(
    d,
    "河南昌通科技有限公司年产60万吨异型特种钢件及10万吨高精特种法兰项目。",
    [],
    "capacities in the project name; not targets",
)
G(
    d,
    "博爱华夏动力科技有限公司一期年产电动车电机5万套生产线与年产钇铁锂离子电池7.5亿安时生产线项目。",
    [],
    "capacities in the project name; not targets",
)
# ---- V03
d = "V03_guanyun_2019_q3"
a = "2019-09-30"
J(d, "国家卫生县城和卫生乡镇创建", "已通过验收", a, "已通过验收", "completed")
for n in ["骏达环保", "智慧园区", "化工区防护林"]:
    J(d, n, "已提前完成", a, "已提前完成", "completed", "bare project name; verdict is the group's verb")
for n in ["临海新材料", "星铃新材料", "鹰游新立成毛绒", "新飞雁毛毯"]:
    J(
        d,
        n,
        "已生产",
        a,
        "已生产",
        "completed",
        "industrial project in production: read as completed (built); bare name",
    )
for n in [
    "开山岛党性教育基地",
    "脱贫攻坚",
    "景区建设",
    "罡阳汽车工业园建设",
    "连淮扬镇铁路灌云站综合客运枢纽建设",
]:
    J(d, n, "有序推进", a, "有序推进", "on_track", "bare name; group verdict")
for n in [
    "山前安置小区一期项目",
    "妇幼保健院建设",
    "北部新城医院项目",
    "灌云中专异地迁建",
    "潮河湾木屋酒店建设",
    "实际利用外资",
]:
    J(
        d,
        n,
        "均未达序时",
        a,
        "未达序时",
        "lagging",
        "listed after 部分项目进展缓慢; progress is the group's verdict",
    )
# ---- V04
d = "V04_zhaoqing_2020_minsheng"
a = "2020-12-31"
NA = "period not printed; the page is a 2020 民生实事 进展 table filed around the turn of the year, so as_of is taken as the year end (all items read 已完成)"
t4 = [
    (
        "1",
        "将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。",
        "已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月;中心区补差水平提高到城镇616元/人月、农村459元/人月,山区县补差水平提高到城镇609元/人月、农村300元/人月。",
    ),
    (
        "2",
        "特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍,且不低于当地现行特困人员基本生活标准。",
        "已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准,其中,端州区提高到20100元/人年,鼎湖区提高到17340元/人年,高要区、四会市、广宁县、德庆县、封开县、怀集县提高到16032元/人年,肇庆高新区提高到30000元/人年。",
    ),
    (
        "3",
        "将全市集中供养孤儿养育标准提高到每人每月2200元,将端州区、鼎湖区、高要区、四会市、肇庆高新区分散供养孤儿养育标准提高到每人每月1400元,广宁县、德庆县、封开县、怀集县分散供养孤儿养育标准提高到每人每月1180元。",
        "已完成。 从2020年1月1日起,已将端州区、鼎湖区、高要区、四会市、肇庆高新区集中供养孤儿养育标准提高到2200元/人月,分散供养孤儿养育标准提高到1400元/人月;广宁县、德庆县、封开县、怀集县集中供养孤儿养育标准提高到2200元/人月,分散供养孤儿养育标准提高到1180元/人月。",
    ),
    (
        "4",
        "将困难残疾人生活补贴和重度残疾人护理补贴标准分别从每人每年2100元、2800元提高到每人每年2200元、2900元。",
        "已完成。 从2020年1月1日起,已将我市困难",
    ),
]
for ref, task, prog in t4:
    T(
        d,
        ref,
        task[:12],
        ["市民政局"],
        leaders=["陈宣群"],
        prog="已完成。",
        label="已完成",
        note="unit cell is '市民政局 伍泽国' (unit + its head); the head is not a 牵头领导, the 分管市领导 column is",
    )
    J(
        d,
        task,
        prog,
        a,
        "已完成",
        "completed",
        NA + ("; progress cut at the end of the excerpt" if ref == "4" else ""),
    )
G(
    d,
    t4[0][1],
    [
        ("城镇低保人均最低补差水平", 609, "元", "=", "level"),
        ("农村低保人均最低补差水平", 300, "元", "=", "level"),
    ],
    "574元、271元 are the old levels; unit written 每人每月…元",
)
G(d, t4[1][1], [("特困供养人员基本生活标准", 1.6, "倍", ">=", "level")])
G(
    d,
    t4[2][1],
    [
        ("集中供养孤儿养育标准", 2200, "元", "=", "level"),
        ("分散供养孤儿养育标准", 1400, "元", "=", "level"),
        ("分散供养孤儿养育标准", 1180, "元", "=", "level"),
    ],
)
G(
    d,
    t4[3][1],
    [
        ("困难残疾人生活补贴标准", 2200, "元", "=", "level"),
        ("重度残疾人护理补贴标准", 2900, "元", "=", "level"),
    ],
    "2100元、2800元 are the old levels",
)
# ---- V05
d = "V05_hainan_water_2019_oct"
a = "2019-10-31"
for n in ["海口南渡江防洪堤", "南渡江引水定安闸坝", "全省山洪地质灾害项目"]:
    J(d, n, "开工晚", a, "开工晚", "lagging", "project named in a list followed by its fault; no figure")
for n in ["澄迈县福山镇污水处理厂", "万宁市龙滚镇污水处理厂", "白沙邦溪镇污水处理厂"]:
    J(d, n, "建设进度滞后", a, "建设进度滞后", "lagging")
for n in ["定安堤防建设项目", "陵水中小河流治理项目"]:
    J(
        d,
        n,
        "2015年项目至今未完成",
        a,
        "至今未完成",
        "lagging",
        "a 2015 project still not finished in October 2019",
    )
# ---- V06
d = "V06_guangxi_water_2014_oct"
a = "2014-10-31"
TK = "今年中央下达给我区的农村饮水安全工程建设任务为349.6万人,总投资24.86亿元"
for c in ["梧州市34.8%", "柳州市35.6%", "北海市36.6%"]:
    J(
        d,
        TK,
        c,
        a,
        "进度落后",
        "lagging",
        "progress is the city's share of the annual investment plan (完成工程投资占年度计划) as printed in the list 进度落后的3个市分别是:…; the task is the region's, the city's own share of it is not printed; the 居前 cities (59-65%) and the ranked counties carry no verdict and are not annotated",
    )
G(d, TK, [("农村饮水安全工程建设任务", 349.6, "万人", "=", "total"), ("总投资", 24.86, "亿元", "=", "total")])
# ---- V07
d = "V07_national_2018_report_card"
a = "2018-12-31"
L = "如期落實"
J(
    d,
    "2018年的預期目標是國內生産總值增長6.5%左右",
    "據初步核算,2018全年國內生産總值900309億元,比上年增長6.6%。",
    a,
    L,
    "completed",
    "year-end figure above the target; headline says the 36 indicators 均在過去一年如期落實",
)
J(
    d,
    "居民消費價格漲幅控制在3%左右",
    "實際漲幅為2.1%,仍在合理區間運作。",
    a,
    L,
    "completed",
    "ceiling target met at year end",
)
J(d, "城鎮新增就業1100萬人以上的目標", "實際全年城鎮新增就業1361萬人", a, L, "completed")
J(
    d,
    "政府工作報告中降低30%的承諾",
    "年末全國移動網路流量平均資費較上年末下降了63%",
    a,
    "加倍完成",
    "completed",
    "task printed only as 降低30%的承諾 (of 移動網路流量資費)",
)
J(
    d,
    "2018年全年再為企業和個人減稅8000多億元,為市場主體減輕非稅負擔3000多億元。",
    "而實際全年共為企業和個人減稅降費1.3萬億元。",
    a,
    L,
    "completed",
    "the actual joins both targets (減稅降費)",
)
G(d, "2018年的預期目標是國內生産總值增長6.5%左右。", [("國內生産總值", 6.5, "%", "~", "growth_rate")])
G(
    d,
    "政府工作報告提出居民消費價格漲幅控制在3%左右",
    [("居民消費價格漲幅", 3, "%", "~", "growth_rate")],
    "控制在…左右: the 左右 gives ~",
)
G(
    d,
    "去年《政府工作報告》承諾了城鎮新增就業1100萬人以上的目標",
    [("城鎮新增就業", 1100, "萬人", ">=", "increment")],
)
G(
    d,
    "2018年全年再為企業和個人減稅8000多億元,為市場主體減輕非稅負擔3000多億元。",
    [("減稅", 8000, "億元", ">=", "increment"), ("減輕非稅負擔", 3000, "億元", ">=", "increment")],
    "8000多 read as >=",
)
# ---- V08
d = "V08_changle_2017_aug"
a = "2017-08-11"
NC = "quoted task closed by 等N小项已完成; the reported period is 截止目前 at the article date"
prov = [
    "全年破获‘打四黑除四害’36起",
    "异地选址新建罗联中心幼儿园",
    "沿海基干林带建设任务16600亩(其中新造基干林带100亩、林带修复1500亩、封山育林15000亩)",
    "新建改造供水管网10公里",
    "4个路口增设交通信号灯、电子警察以及郑和中路增设中央隔离护栏",
]
fz = [
    "将农村低保标准由家庭年人均收入3000元提高到不低于4200元",
    "完成4处交通信号灯、电子警察增设",
    "郑和中路增设中央隔离护栏",
    "新增更新公交车50辆",
    "新增和优化公交线路2条",
    "新增香江公园停车泊位和南山篮球场停车泊位50个",
    "新增名城项目停车泊位84个",
    "新建鹤上中心幼儿园1所,新增学位360个",
]
for t in prov:
    J(d, t, "等5小项已完成", a, "已完成", "completed", NC + " (省为民办实事)")
for t in fz:
    J(d, t, "等8小项已完成", a, "已完成", "completed", NC + " (福州市为民办实事)")
tg = {
    prov[0]: [("破获‘打四黑除四害’", 36, "起", "=", "increment")],
    prov[1]: [],
    prov[2]: [
        ("沿海基干林带建设任务", 16600, "亩", "=", "increment"),
        ("新造基干林带", 100, "亩", "=", "increment"),
        ("林带修复", 1500, "亩", "=", "increment"),
        ("封山育林", 15000, "亩", "=", "increment"),
    ],
    prov[3]: [("新建改造供水管网", 10, "公里", "=", "increment")],
    prov[4]: [("增设交通信号灯、电子警察的路口", 4, "个", "=", "increment")],
    fz[0]: [("农村低保标准", 4200, "元", ">=", "level")],
    fz[1]: [("交通信号灯、电子警察增设", 4, "处", "=", "increment")],
    fz[2]: [],
    fz[3]: [("新增更新公交车", 50, "辆", "=", "increment")],
    fz[4]: [("新增和优化公交线路", 2, "条", "=", "increment")],
    fz[5]: [("新增停车泊位", 50, "个", "=", "increment")],
    fz[6]: [("新增名城项目停车泊位", 84, "个", "=", "increment")],
    fz[7]: [("新建鹤上中心幼儿园", 1, "所", "=", "increment"), ("新增学位", 360, "个", "=", "increment")],
}
notes = {
    prov[2]: "the three bracketed figures are parts of the 16600亩 total; each annotated",
    fz[0]: "3000元 is the old level",
    prov[4]: "4个路口: a count of crossings to equip",
}
for t, v in tg.items():
    G(d, t, v, notes.get(t))
# ---- V09
d = "V09_shouxian_2020_sep"
a = "2020-09-30"
for n in [
    "乡镇污水处理设施建设(八公山乡污水处理站)",
    "基层防汛预报预警体系建设",
    "城镇老旧小区改造",
    "免费婚检",
    "出生缺陷防治",
]:
    J(
        d,
        n,
        "实施进度较慢",
        a,
        "实施进度较慢",
        "lagging",
        "listed as 一是…二是…; progress is the office's phrase, no figure",
    )
# ---- V10
d = "V10_luan_2021_sep"
a = "2021-09-30"
L = "进度较慢"
for ref, start, unit in [
    ("1", "技能培训提升", "市退役军人局"),
    ("2", "养老服务和智慧养老", "市民政局"),
    ("3", "棚户区和老旧小区改造", "市住建局"),
    ("4", "“四好农村路”建设", "市交通局"),
    ("5", "农作物秸秆产业化利用", "市农业农村局"),
]:
    T(
        d,
        ref,
        start,
        [unit],
        label=L,
        note="'N、task,牵头单位:X。' then the lagging sub-task and counties; the verdict is for the named counties' part",
    )
for task, prog in [
    ("退役军人技能培训提升", "退役军人技能培训提升进度较慢的为叶集区。"),
    ("高龄津贴发放", "高龄津贴发放进度较慢的为霍邱县。"),
    ("棚户区改造新开工", "棚户区改造新开工进度较慢的为舒城县、金安区、霍邱县、叶集区"),
    ("棚户区改造基本建成", "棚户区改造基本建成进度较慢的为霍邱县。"),
    ("农村公路提质改造工程", "农村公路提质改造工程进度较慢的为舒城县、金安区"),
    ("农村公路养护提升工程", "农村公路养护提升工程进度较慢的为裕安区、金安区、霍邱县。"),
    ("标准化收储中心建设", "标准化收储中心建设进度较慢的为霍山县"),
    ("秸秆产业化利用", "秸秆产业化利用进度较慢的为舒城县、叶集区。"),
]:
    J(
        d,
        task,
        prog,
        a,
        L,
        "lagging",
        "sub-task as printed; lagging in the counties named, the city total is not judged",
    )
# ---- V11
d = "V11_fujian_2021_yearend"
a = "2021-12-31"
L = "全面完成"
NF = "overall verdict 29項為民辦實事項目全面完成 applies to every heading"
J(
    d,
    "建設(shè)全省重大疫情救治基地",
    "省級財政補助資金下達(dá)3.6億元,完成年度計劃的112.5%。\n(一)省立醫(yī)院金山院區(qū)二期項目:感染樓主體結(jié)構(gòu)封頂,其他區(qū)域完成地下室負(fù)二層結(jié)構(gòu)施工。\n(二)協(xié)和醫(yī)院西院二期項目:感染樓主體結(jié)構(gòu)施工至四層,病房樓地下室在進行負(fù)二層結(jié)構(gòu)施工。\n(三)濱海新城醫(yī)院二期項目主體工程已封頂。",
    a,
    L,
    "completed",
    NF + "; the year's task is the funding share (112.5%), the hospitals are still under construction",
)
J(
    d,
    "提升衛(wèi)生應(yīng)急救援處置能力",
    "全省各地均按要求細(xì)化項目實施方案和資金安排,完成95支應(yīng)急隊伍組建和裝備配備。\n省、市、縣三級衛(wèi)生應(yīng)急隊伍定期開展培訓(xùn)演練,提高衛(wèi)生應(yīng)急處置能力。",
    a,
    L,
    "completed",
    NF,
)
J(
    d,
    "提升疾控機構(gòu)實驗室檢測能力",
    "在漳州、三明、南平、寧德和平潭綜合實驗區(qū)等地建設(shè)的6個生物安全二級(P2)負(fù)壓實驗室均已通過驗收,達(dá)到使用要求。",
    a,
    L,
    "completed",
    NF,
)
J(
    d,
    "提升基本公共衛(wèi)生服務(wù)能力",
    "省級財政補助資金下達(dá)約20.2億元,完成年度計劃的101.92%。\n按照4036.54萬人的經(jīng)費下達(dá)口徑,我省今年人均補助標(biāo)準(zhǔn)達(dá)81.83元,完成2021年度目標(biāo)任務(wù)。",
    a,
    L,
    "completed",
    NF,
)
# ---- V12
d = "V12_xinjian_2024_minsheng"
a = "2024-11-30"
NX = "month not printed (本月进展情况, page filed 2024-12); as_of taken as the end of November"
T(
    d,
    "(一)",
    "(一)“打通断头路 畅通微循环”",
    ["区住建局"],
    label=None,
    note="progress is on the numbered road sub-rows, not on this row",
)
T(
    d,
    "(一)",
    "(一)城区居民户内燃气安全装置",
    ["区城管局"],
    prog="已完工",
    label="已完工",
    note="业主单位 column (区城管局) not annotated as a co-unit",
)
T(d, "(二)", "(二)“城镇老旧小区改造”建设项目", ["区城管局"], prog="已完工", label="已完工")
T(
    d,
    "(三)",
    "(三)井盖整治项目",
    ["区城管局"],
    prog="已完工",
    label="已完工",
    note="业主单位 cell '区城管局 区水投'",
)
T(d, "(一)", "(一)公共场所全民健身 器材更换项目", ["区教体局"], prog="已完工", label="已完工")
T(
    d,
    "(二)",
    "(二)中小学幼儿园网点建设补短板项目",
    ["区教体局"],
    label=None,
    note="progress is on the school sub-rows",
)
for n in [
    "文化中心北路",
    "乐业路",
    "新坊路西接兴国路工程",
    "城区居民户内燃气安全装置、非居瓶改管、气改电项目",
    "“城镇老旧小区改造”建设项目(老前进花园小区改造项目)",
    "井盖整治项目",
    "公共场所全民健身 器材更换项目",
    "市政公用城学校",
    "新建四小教学 综合楼",
    "省庄花园小区 配套幼儿园",
]:
    J(d, n, "已完工", a, "已完工", "completed", NX)
G(
    d,
    "(一)“打通断头路 畅通微循环”攻坚专项行动(6条路)",
    [("打通断头路", 6, "条", "=", "increment")],
    "6条路 in brackets is the project's size",
)


# ======== batch 2 (annotated after batch 1's first run, before its own)
SRC.update(
    {
        "V13_sichuan_2015_apr": "http://cndongbu.cn/tj/052826264.html",
        "V14_shaanxi_2021_sep": "https://szb.snkjb.com/sxkjb/20211015/html/page_01_content_001.htm",
        "V15_gansu_2015_oct": "https://www.hkcd.com/content_p/2015-11/28/content_29176.html",
        "V16_gansu_2022_q3": "http://m.gqcc.net.cn/project/show.php?itemid=1594",
    }
)
DOCS += [
    (
        "V13_sichuan_2015_apr",
        "四川",
        "省",
        2015,
        "narrative",
        "news article on the provincial supervision office's monthly report: counts per verdict, then the newly completed sub-items with their figure and 占目标任务的x%",
    ),
    (
        "V14_shaanxi_2021_sep",
        "陕西",
        "省",
        2021,
        "narrative",
        "newspaper article: provincial totals, projects not yet started named with the reason, cities grouped by verdict (已完成…年度投资计划 / 低于序时进度)",
    ),
    (
        "V15_gansu_2015_oct",
        "甘肃",
        "省",
        2015,
        "narrative",
        "news article: project groups (续建/新开工/社会事业/生态保护/公路/铁路) with their share of the annual investment plan; verdicts only in 仅…/超过预期 wording",
    ),
    (
        "V16_gansu_2022_q3",
        "甘肃",
        "省",
        2022,
        "narrative",
        "news repost in broken traditional characters: provincial share of the annual plan with an outlook sentence, project groups with shares, cities that 已超額完成年度計劃任務",
    ),
]
d = "V13_sichuan_2015_apr"
a = "2015-04-30"
L = "已完成或超额完成全年目标任务"
NS = (
    "one of the 新增的4个小项 that completed the year's target by April; task printed only as the item's name"
)
for task, prog in [
    ("城市低保对象累计月人均补助", "4月城市低保对象累计月人均补助新增18元,达到236元,占目标任务的102.61%"),
    ("农村低保对象累计月人均补助", "农村低保对象累计月人均补助新增15元,达到118元,占目标任务的107.27%"),
    (
        "参合农民住院政策范围内医疗费用报销比例",
        "参合农民住院政策范围内医疗费用报销比例达到75.72%,占目标任务的100.96%",
    ),
    ("巩固退耕还林成果", "4月新增巩固退耕还林成果1183.61万亩,达到1336.41万亩,占目标任务的100%"),
]:
    J(d, task, prog, a, L, "completed", NS)
J(
    d,
    "农村通村公路",
    "4月,新增建成农村通村公路1744.8公里,达到4384.2公里,占目标任",
    a,
    "未达到目标任务进度",
    "lagging",
    "inferred: the figure follows '13件未达到目标任务进度的民生实事也在加快推进。'; its share is cut at the end of the excerpt",
)
d = "V14_shaanxi_2021_sep"
a = "2021-09-30"
J(
    d,
    "重点项目年度投资计划",
    "西安市已完成重点项目年度投资计划",
    a,
    "已完成",
    "completed",
    "city's part of the provincial plan",
)
J(
    d,
    "重点项目年度投资计划",
    "渭南市、榆林市、杨凌示范区重点项目投资完成情况低于序时进度",
    a,
    "低于序时进度",
    "lagging",
    "three cities in one sentence, annotated once",
)
for n in ["西安至十堰高铁", "鄠邑经周至至眉县高速公路", "丹江口库区及上游水土保持工程"]:
    J(
        d,
        n,
        "受国家层面审批手续未完成等影响,暂不具备开工条件",
        a,
        "暂不具备开工条件",
        "not_started",
        "not started at the end of September for want of national approval; the office does not blame it (DESIGN would say lagging this late in the year)",
    )
d = "V15_gansu_2015_oct"
a = "2015-10-31"
J(
    d,
    "社会事业项目",
    "仅达到年度投资计划的38.97%",
    a,
    "仅达到",
    "lagging",
    "verdict is the contrast 除社会事业项目仅达到…外,其余项目均投资过半甚至超过预期",
)
J(
    d,
    "3个生态保护项目",
    "投资均已超过预期,分别达到年度投资计划的108.7%",
    a,
    "超过预期",
    "completed",
    "share of the annual plan above 100% in October",
)
J(
    d,
    "6个公路项目",
    "100.4%",
    a,
    "超过预期",
    "completed",
    "progress printed as the second figure of 分别达到…108.7%和100.4%",
)
J(
    d,
    "19个计划新开工项目",
    "目前只有10个已开工,完成投资139.89亿元,仅占年度计划投资的38.9%",
    a,
    "只有…仅占",
    "lagging",
    "verdict inferred from 只有/仅占 (office wording of a shortfall)",
)
d = "V16_gansu_2022_q3"
a = "2022-09-30"
J(
    d,
    "234個(gè)省列重大項(xiàng)目",
    "今年1-9月全省年度計(jì)劃投資完成率達(dá)到88.92%,較2021年同期提高10.22個(gè)百分點(diǎn)",
    a,
    "全年投資目標(biāo)有望如期實(shí)現(xiàn)",
    "on_track",
    "88.92% of the annual plan at 0.75 of the year; the office says on course (not 超序时)",
)
J(
    d,
    "年度計(jì)劃任務(wù)",
    "蘭州新區(qū)、酒泉市、武威市、隴南市等4地已超額完成年度計(jì)劃任務(wù)",
    a,
    "已超額完成",
    "completed",
    "four cities in one sentence, annotated once",
)

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
print("tasks", len(TASKS), "judged", len(JUDGED), "targets", len(TARGETS), "bad", bad)
print(Counter(r["status"] for r in JUDGED))
print(Counter(r["doc"][:3] for r in JUDGED))
if "--write" in sys.argv and not bad:

    def w(name, rows):
        with open(B / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    w(
        "documents.jsonl",
        [
            {
                "id": i,
                "file": f"docs/{i}.txt",
                "source": SRC[i],
                "province": p,
                "level": level,
                "year": y,
                "kind": k,
                "layout": lay,
            }
            for i, p, level, y, k, lay in DOCS
        ],
    )
    w("tasks.jsonl", TASKS)
    w("judged.jsonl", JUDGED)
    w("targets.jsonl", TARGETS)
    w(
        "firstrun/judged.in.jsonl",
        [{"task": r["task"], "progress": r["progress"], "as_of": r["as_of"]} for r in JUDGED],
    )
    w("firstrun/targets.in.jsonl", [{"text": r["text"]} for r in TARGETS])
    print("written")
