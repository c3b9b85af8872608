"""Hand annotations of batch plans6, written before duban was run on these documents.

Running it writes documents.jsonl, tasks.jsonl, targets.jsonl and judged.jsonl next to it and checks that
every annotated text is copied verbatim from its document (docs/<id>.txt, written by docs_src.py from the
stored page excerpts exactly as the `pages` search returned them).
"""

import json
import pathlib

B = pathlib.Path(__file__).resolve().parent

# id, source, province, level, year, kind, layout
DOCS = [
    ("R01_qixia_2024_q2", "http://www.qwzhang.com/art/2024/7/10/art_100160_2950943.html", "山东", "县", 2024, "progress",
     "spam-site repost in traditional characters (no glosses) of a county-level city's Q2 progress bulletin: a lead sentence naming 6 "
     "completed items ①–⑥ in a bracket under one group verdict ('6項(①…;②…)已完成'), then a ' | ' table one row per line: "
     "序號 | 事項名稱 | 任務目標 | 進展情況 | 責任單位 | 完成情況 (the office's verdict per row: '已完成二季度任務'); cut in row 3's progress"),
    ("R02_yueyanglou_2017_aug", "http://monopolymediamarketing.com/21487/21498/21517/content_904163.html", "湖南", "区", 2017, "progress",
     "spam-site repost in traditional characters with broken pinyin glosses (單位 → 單位, 務 → 務(wù)) of a district's 1-8月 省重点民生实事 "
     "table flattened one cell per line, each cell ended by ' |': 序號 | 項目名稱 | 責任單位 | 目標任務 | 實際完成 | 完成率% | 備注; item 9 is a "
     "project heading with three sub-rows whose own cells start with the sub-task (its unit cell comes after the sub-task); empty cells "
     "print as a bare '|'; cut in item 10's unit cell"),
    ("R03_yuncheng_2017_yingji", "https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html", "山西", "市", 2017, "plan",
     "law-database copy of a city's split of a special 十三五 plan (应急体系): hierarchy (一) / 1. / (1), four (1)–(4) sub-tasks with no unit "
     "of their own, then ONE group bracket '(责任单位:A、B、C)' on its own line after them, covering all four; cut in 2.(1)"),
    ("R04_dongguan_2021_jiuye", "http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html", "广东", "市", 2021, "plan",
     "spam-site repost in traditional characters (no glosses) of a city's employment measures: 一、/(一) headings, tasks '1.title。long "
     "body。(A、B、C負責)' — a unit bracket with the role word 負責 only (no 牽頭); cut in task 3's body"),
    ("R05_qinghai_2018_q1", "http://wap.qinghai.gov.cn/zfsj/zxsj/201805/t20180515_30528.html", "青海", "省", 2018, "progress",
     "province's Q1 high-quality-development indicator table as ' | ' rows: 一级指标 | 二级指标 | 计量单位 | 1-3月; the category cell is "
     "printed only on the first row of each pair (merged cell), the second row of a pair ends with an extra empty cell; values only (no "
     "target, no unit); footnotes and site footer follow"),
    ("R06_guangdong_2023_minjian", "https://33jin.com/a/news/quote/2023/0409/3138.html", "广东", "省", 2023, "plan",
     "spam-site repost whose words were machine-'rewritten' with synonyms (发展改革委 → 生长改造委, 负责 → 卖力, 加大力度 → 加鼎力度, 参与 → "
     "介入): a province's implementation plan, 一、/(一) headings then tasks '1.body。(X牵头卖力)' and '(A、B…等省有关部门和各地级以上市人民政府按职责"
     "分工卖力)'; paragraphs separated by blank lines and indented; cut in task 3"),
    ("R07_chibi_2021_plan", "http://chibi.gov.cn/xxgk/xxgkml/qtzdgknr/zwdc/202107/t20210707_2352957.shtml", "湖北", "县", 2021, "plan",
     "county-level city's split of the work report: a notice with its own numbered instructions 一、二、三、 (not tasks), then the annex: "
     "'(一)target。(责任领导:name;牵头单位:X)' one per line; cut in (五)'s bracket after the leader"),
    ("R08_pingdingshan_2018_hezhang", "http://slj.pds.gov.cn/contents/18886/30663.html", "河南", "市", 2018, "plan",
     "city 河长制 task table flattened to one line per row, cells separated by single spaces and with spaces INSIDE cells ('加强水资源保 护', "
     "'严守用水 效率控制 红线'): 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位 — three unit roles; merged 类别/主要任务 cells leave rows 2 "
     "and 3 with runs of spaces instead; cut in row 3's 责任单位"),
    ("R09_fangxian_2023_yingshang", "http://www.fangxian.gov.cn/xxgk/zc/zfbwj/202309/t20230922_4316928.shtml", "湖北", "县", 2023, "plan",
     "county business-environment measures: 一、 heading, tasks '(一)title。body。(牵头单位:X,责任单位:A,B)' — the two roles separated by a "
     "comma, not a semicolon; cut in (三)'s title"),
    ("R10_xiangxi_2020_fangguanfu", "http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html", "湖南", "市", 2020, "plan",
     "spam-site repost in traditional characters with broken glosses of an autonomous prefecture's 放管服 work plan: tasks '1.title。body。"
     "(牽頭單位:X;責任單位:A、B及C,D,6月底完成)' — the deadline sits inside the unit bracket after the last unit; cut in task 2"),
    ("R11_langao_2020_shishi", "https://rd.ankang.gov.cn/Content-2550688.html", "陕西", "县", 2020, "plan",
     "county people's-congress news item: the ten 民生实事 run together in ONE paragraph as '一是task。二是task。…十是task。', no units"),
    ("R12_baise_2009_shishi", "http://ask.fsou.com/html/text/lar/171007/17100763.html", "广西", "市", 2009, "plan",
     "law-database copy of a city's notice on its 十件实事: the ten listed one per line '一、task。…十、task。' (Chinese numerals that are "
     "tasks, not sections), no units; the notice text follows"),
    ("R13_guangxi_2005_minzuxiang", "http://www.fymate.net/html/text/lar/168414/16841482_3.html", "广西", "省", 2005, "plan",
     "law-database copy of a region's implementation plan for one 实事: items '(一)X项目。安排…,共投资…。由A、B共同组织实施。' — the units "
     "are given by a closing SENTENCE '由…共同组织实施', not a bracket or label; cut in (六)"),
    ("R14_yuanlin_2010_fenjie", "http://www.lawyee.com.cn/html/text/lar/170449/17044912_6.html", "未知", "市", 2010, "plan",
     "law-database page 6 of a city's 国家园林城市 task split (the city and province are not on this page): a ' | ' table whose multi-unit "
     "cells break over two lines ('市国土资源局\\n市农牧林业局') or hold two units separated by a space ('市规划局 市建设局'); "
     "任务内容 | 标准或要求 | 工作内容及要求 | 责任单位或牵头单位 | 协助单位 | 完成期限; the category cell '生 态 环 境' is printed once (merged); "
     "header words broken by spaces; cut after row 3's unit"),
    ("R15_weihai_2023_shuzi", "http://www.e-gov.org.cn/article-186199.html", "山东", "市", 2023, "plan",
     "news-site copy of a city's 数字威海 work points: 一、/(一) headings, tasks '1.title。body。(牵头单位:X;责任单位:A、B,C、D。以下任务均需C、D"
     "落实,不再一一列出)' — the first bracket states a rule giving two co-units to every later task; blank lines between paragraphs; cut in "
     "task 2"),
    ("R16_hangzhou_2018_shishi", "https://shangkeht.com/art/2018/3/13/art_1229063387_1821114.html", "浙江", "市", 2018, "plan",
     "spam-site repost in traditional characters (no glosses) of a city notice on the 10 民生实事 to be assessed: ' | ' metadata table, then "
     "'(一)task。' … '(十)task。' one per line, several figures per item, no units"),
    ("R17_tianzhu_2023_shishi", "http://www.gstianzhu.gov.cn/art/2023/7/3/art_3818_1118397.html", "甘肃", "县", 2023, "plan",
     "county policy interpretation: the ten 为民实事 are given as book-title-marked names run together in one sentence "
     "'主要包括《task》《task》…《task》10个县列为民办实事方案', no numbers, no units"),
    ("R18_changle_2017_aug", "http://www.clnews.com.cn/html/2/2017-08-11/163045108803.shtml", "福建", "县", 2017, "progress",
     "county-level city news item on 为民办实事 progress: the completed items are quoted one after another inside a sentence "
     "'“item”“item”…等5小项已完成' (a group verdict after the list), twice (province list, city list); no units"),
]


def t(metric, value, unit, comparator, kind):
    return {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind}


G, D, INC, L, T = "growth_rate", "decline_rate", "increment", "level", "total"

# doc -> list of (text, [targets], note or None)
TARGETS = {
    "R01_qixia_2024_q2": [
        ("項目位于西城儲備庫北側,預計2024年5月完工,可新增1.6萬噸儲備糧,進一步加強全市糧食安全保障。", [t("新增儲備糧", 1.6, "萬噸", "=", INC)],
         "capacity to add; 2024年5月 is a date"),
        ("升級政務服務大廳現有設備,全面推行“減證辦”,打造3-4個鎮級“減證便民”示范點,實現辦事群眾從取號到辦結全流程電子證照可用。",
         [t("鎮級“減證便民”示范點", 3, "個", ">=", INC), t("鎮級“減證便民”示范點", 4, "個", "<=", INC)], "range 3-4個: two targets, low end >=, high end <="),
        ("2024年上半年建成感知設施統籌、數據統管、平臺統一、系統集成和應用多樣的城市大腦平臺,實現“一網通辦”“一網統管”“一體化指揮”。", [],
         "date only"),
        ("30項全市重點民生實事,6項(", [], "programme size and counts of results"),
        ("截至目前,該項目內外墻工程、屋面工程、地面工程、門窗工程均已完成,6月底工程預驗收,預計在7月中旬整體竣工投入使用。", [], "progress, dates only"),
        ("⑤5G基站建設", [], "5G is a name"),
    ],
    "R02_yueyanglou_2017_aug": [
        ("精準(zhǔn)扶貧:農(nóng)村飲用水安全鞏固提升 |\n農(nóng)林水務(wù)局 |\n1300人",
         [t("農(nóng)村飲用水安全鞏固提升", 1300, "人", "=", INC)], "row as printed, one cell per line; the target cell follows the unit cell"),
        ("新增城鎮(zhèn)就業(yè) |\n人社局 |\n8950", [t("新增城鎮(zhèn)就業(yè)", 8950, "", "=", INC)], "bare number in the target cell (no unit printed)"),
        ("建設(shè)農(nóng)村公辦幼兒園(所) |\n教育局 |\n2所", [t("建設(shè)農(nóng)村公辦幼兒園", 2, "所", "=", INC)], None),
        ("城市棚戶區(qū)改造(戶) |\n房產(chǎn)分局 |\n7699套", [t("城市棚戶區(qū)改造", 7699, "套", "=", INC)],
         "the name's bracket says 戶, the target cell 套; the cell's unit kept"),
        ("新增養(yǎng)老服務(wù)床位 |\n民政局 |\n71個(gè)", [t("新增養(yǎng)老服務(wù)床位", 71, "個(gè)", "=", INC)], "unit as printed with its gloss"),
        ("孕產(chǎn)婦產(chǎn)前免費(fèi)篩查 |\n衛(wèi)生局 |\n3600人", [t("孕產(chǎn)婦產(chǎn)前免費(fèi)篩查", 3600, "人", "=", INC)], None),
        ("完成征繳基金10000萬元", [t("征繳基金", 10000, "萬元", "=", T)], "money amount → total"),
        ("城市低保、農(nóng)村低保補(bǔ)差水平月均分別達(dá)到300元/人、140元/人",
         [t("城市低保補(bǔ)差水平", 300, "元/人", "=", L), t("農(nóng)村低保補(bǔ)差水平", 140, "元/人", "=", L)], "分別: two levels"),
        ("1 |\n精準(zhǔn)扶貧:農(nóng)村飲用水安全鞏固提升 |\n農(nóng)林水務(wù)局 |\n1300人 |\n700 |\n54% |", [t("農(nóng)村飲用水安全鞏固提升", 1300, "人", "=", INC)],
         "whole row: 700 and 54% are the actual and the completion rate, not targets"),
    ],
    "R03_yuncheng_2017_yingji": [
        ("现将《规划》中明确提出的9项具体建设任务和7项重点建设项目进行责任分解。", [], "programme sizes"),
        ("(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作,增强应急预案的针对性、实用性和可操作性。", [], "no figure"),
        ("(一)“一案三制”建设", [], "一案三制 is a name"),
        ("(1)深入推进市、县、乡三级政府应急管理办事机构建设", [], "三级 names the levels"),
        ("(3)加强应急预案演练,完善演练管理制度,推进“双盲”演练,强化针对性、实战性。", [], "no figure"),
    ],
    "R04_dongguan_2021_jiuye": [
        ("2021年5月1日至2022年4月30日實施階段性下調工傷保險費率50%的政策。", [],
         "50% is the size of a policy measure (the rate cut applied), a parameter of the measure, not a quantity to reach (judgement call, as the subsidy rates of east/E04)"),
        ("在職職工總數30人(含)以下的企業暫免征收殘疾人保障金,實施期限至2022年12月31日(即征收所屬期為2021年度)。", [], "30人 is an eligibility threshold"),
        ("對參保職工30人(含)以下的企業,裁員率放寬到不超過企業職工總數20%;", [], "eligibility thresholds"),
        ("對大型企業按企業及其職工上年度實際繳納失業保險費的30%返還;", [], "refund rate of the measure (parameter)"),
        ("實施階段性降低用人單位基本醫療保險繳費費率政策,實施期限至2021年12月31日。", [], "date only"),
        ("東府〔2021〕54號", [], "document number"),
    ],
    "R05_qinghai_2018_q1": [
        ("经济稳定 | 1.地区生产总值(GDP)增长率(按可比价格计算) | % | 7.2 |", [], "actual value of 1-3月; no target printed"),
        ("3.服务业增加值占GDP比重 | % | 55.75 |", [], "actual"),
        ("9.单位GDP能源消耗(按等价值计算) | % | -3.92 |", [], "actual (a decline, printed negative)"),
        ("11.全体常住居民人均可支配收入增长率 | % | 10.3 |", [], "actual"),
        ("12.城乡居民人均收入比(以农村常住居民人均可支配收入为1) | 2.92 |", [], "actual ratio; 为1 defines the base"),
    ],
    "R06_guangdong_2023_minjian": [
        ("1.聚焦国家“十四五”计划102项重大工程、国家重大战略以及省委、省政府明确的重点建设义务", [], "102项重大工程 names the national list"),
        ("粤府办〔2023〕5号", [], "document number"),
        ("根据国家生长改造委《关于进一步完善政策环境加鼎力度支持民间投资生长的意见》(发改投资〔2022〕1652号)要求,连系我省现实,制订本实行方案。", [],
         "document number"),
        ("2.对具有稳固收益、可获得较好预期投资回报的交通及相关站场服务设施、水利、都会基础设施、节能降碳等领域重点项目,原则上推行市场化运作,激励支持民间资源介入。",
         [], "no figure"),
        ("3.增强交通、水利等项目招投标行为羁系,依法必须招标的项目不得违法限制投标人所有制形式", [], "no figure"),
    ],
    "R07_chibi_2021_plan": [
        ("(一)地区生产总值增长11%。", [t("地区生产总值", 11, "%", "=", G)], None),
        ("(二)全社会固定资产投资增长12%。", [t("全社会固定资产投资", 12, "%", "=", G)], None),
        ("(三)规上工业增加值增速11%。", [t("规上工业增加值", 11, "%", "=", G)], "增速 → growth_rate"),
        ("(四)一般公共预算总收入增长27%。", [t("一般公共预算总收入", 27, "%", "=", G)], None),
        ("(五)社会消费品零售总额增长16%。", [t("社会消费品零售总额", 16, "%", "=", G)], None),
        ("现将市第九届人民代表大会第五次会议审议通过的《政府工作报告》确定的工作任务进行责任分解,请认真贯彻执行。", [], "session numbers"),
        ("2021年是“十四五”的开局之年,是开启全面建设社会主义现代化国家新征程的第一年,是中国共产党成立100周年。", [], "anniversary"),
    ],
    "R08_pingdingshan_2018_hezhang": [
        ("到2020年,全市用水总量控制在11.88亿立方米以内。", [t("用水总量", 11.88, "亿立方米", "<=", T)], "控制在…以内 → <="),
        ("到2020年,全市万元国内生产总值用水量、万元工业增加值用水量比2015年分别下降24%、25%以上。",
         [t("万元国内生产总值用水量", 24, "%", ">=", D), t("万元工业增加值用水量", 25, "%", ">=", D)],
         "分别下降…以上: 以上 read as applying to both figures (judgement call); 万元 is part of the metric name"),
        ("到2020年,电力、钢铁、纺织印染、造纸、石油石化、化工、食品发酵等高耗水行业达到国内先进定额标准。", [], "no figure"),
        ("实施水资源消耗总量和强度双控行动,防止不合理新增取水,切实做到以水定需、量水而行、因水制宜。", [], "双控 is a name"),
        ("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位", [], "header"),
    ],
    "R09_fangxian_2023_yingshang": [
        ("持续推进政务服务“510”模式、扩大“跨域通办”成果,落实“好差评”制度,对县乡政务服务情况进行定期评估。", [], "“510” is a name"),
        ("(十政办发〔2023〕19号)", [], "document number"),
        ("(一)深化政务服务标准化建设。定期公布政务服务事项基本目录和实施清单,公开办事指南,实现同一事项无差别受理、同标准办理。", [], "no figure"),
        ("(二)推行政务服务承诺制。在政务服务中,探索扩大承诺制审批范围,除涉及国家利益、公共安全外,逐步实行以申请人告知承诺书替代证明符合条件材料;", [], "no figure"),
        ("为深入贯彻党的二十大精神和省第十二次党代会部署", [], "congress numbers"),
    ],
    "R10_xiangxi_2020_fangguanfu": [
        ("州政發(fā)〔2020〕5號", [], "document number"),
        ("《湘西自治州2020年深化“放管服”改革優(yōu)化營商環(huán)境工作計劃》已經(jīng)州人民政府第54次常務會議同意", [], "meeting number"),
        ("根據(jù)國務院《優(yōu)化營商環(huán)境條例》(國令第722號)", [], "document number"),
        ("大力推進吉首市、湘西經(jīng)開區(qū)兩個相對集中行政許可權改革試點,實現(xiàn)“一枚印章管審批”。", [], "兩個 counts the named pilots; 一枚印章 is a slogan"),
        ("(牽頭單位:州行政審批服務局;責任單位:州司法局、州委編辦及州直相關單位,各縣市人民政府、湘西經(jīng)開區(qū)管委會,6月底完成)", [], "deadline only"),
    ],
    "R11_langao_2020_shishi": [
        ("继续把88%以上的财力投向民生领域", [t("投向民生领域的财力", 88, "%", ">=", L)], "a share of spending → level"),
        ("一是持续推进农村“厕所革命”,改造农村卫生厕所2300个。", [t("改造农村卫生厕所", 2300, "个", "=", INC)], None),
        ("三是开辟公益性岗位200个以上,确保100户以上集中安置社区1—2名公益性岗位全覆盖,农村道路和安全饮水工程管理公益性岗位全覆盖。",
         [t("开辟公益性岗位", 200, "个", ">=", INC)], "100户以上 qualifies the communities; 1—2名 is the staffing per community (descriptor, judgement call)"),
        ("五是加快推进县城老旧小区改造,年底前完成5个小区119户改造任务,启动实施20个小区362户改造。",
         [t("完成老旧小区改造", 5, "个", "=", INC), t("完成老旧小区改造", 119, "户", "=", INC), t("启动实施老旧小区改造", 20, "个", "=", INC),
          t("启动实施老旧小区改造", 362, "户", "=", INC)], "two goals, each in communities and households"),
        ("七是新建全县应急广播网络体系,新建无人值守24小时城市书屋2个、智慧图书馆1个。",
         [t("新建城市书屋", 2, "个", "=", INC), t("新建智慧图书馆", 1, "个", "=", INC)], "24小时 describes the bookshops"),
        ("八是实施县城市容环境提升工程,推行垃圾定时投放、定时定点清运机制,新建县城停车泊位300个以上,切实解决停车难和环境脏乱差等问题。",
         [t("新建县城停车泊位", 300, "个", ">=", INC)], None),
        ("九是推行“睦邻之家”易地扶贫搬迁社区管理新模式,建好3个示范点。", [t("建好示范点", 3, "个", "=", INC)], None),
        ("十是抓好保障房完善工程,建成400套职工公寓房。", [t("建成职工公寓房", 400, "套", "=", INC)], None),
        ("主要涉及教育、文化、卫生、住房、就业扶贫、市政设施以及公共服务等领域10个民生项目。", [], "programme size"),
    ],
    "R12_baise_2009_shishi": [
        ("一、新建乡村公路和屯级道路571条,改善农村交通条件。", [t("新建乡村公路和屯级道路", 571, "条", "=", INC)], None),
        ("二、继续实施农村安全饮水工程,新增解决30万以上农村人口安全饮水问题。", [t("新增解决农村人口安全饮水问题", 30, "万", ">=", INC)],
         "unit as written: the number is followed by 万以上 and then the noun (realdev: 1000万以上 with no noun gives unit 万)"),
        ("三、新建经济适用房15万平方米,解决一批困难户的住房问题。", [t("新建经济适用房", 15, "万平方米", "=", INC)], None),
        ("四、新建12个乡镇敬老院,集中供养一批农村孤寡老人和五保对象。", [t("新建乡镇敬老院", 12, "个", "=", INC)], None),
        ("七、进一步完善新型农村合作医疗制度,使农民参合率达90%以上。", [t("农民参合率", 90, "%", ">=", L)], None),
        ("八、新建沼气池20000座,保护农村生态环境,改善农民群众生活条件。", [t("新建沼气池", 20000, "座", "=", INC)], None),
        ("九、新建55个乡镇文化站,提高农村文化生活水平。", [t("新建乡镇文化站", 55, "个", "=", INC)], None),
        ("十、实施小街小巷改造工程,市区重点改造10条以上小街小巷,方便居民出行。", [t("改造小街小巷", 10, "条", ">=", INC)], None),
        ("六、提高城乡居民低保补助标准,解决困难群众的基本生活问题。", [], "no figure"),
        ("代表市人民政府提出2009年我市为民办好10件实事,分别是:", [], "programme size"),
    ],
    "R13_guangxi_2005_minzuxiang": [
        ("民族乡基础设施建设工程计划安排总投资1220万元,共安排8个方面61个项目。", [t("民族乡基础设施建设工程总投资", 1220, "万元", "=", T)],
         "8个方面61个项目 size the programme"),
        ("安排民族乡政府所在地街道硬化11个项目,共投资220万元,街道硬化达5397米。",
         [t("街道硬化投资", 220, "万元", "=", T), t("街道硬化", 5397, "米", "=", INC)], "11个项目 counts the projects (programme size, judgement call)"),
        ("安排村屯级公路20个项目,新建扩建通村屯公路20条131.4公里,共投资400万元。",
         [t("新建扩建通村屯公路", 20, "条", "=", INC), t("新建扩建通村屯公路", 131.4, "公里", "=", INC), t("交通项目投资", 400, "万元", "=", T)],
         "20个项目 is a project count; the road count and length are the goals"),
        ("安排村屯桥梁2个项目,新建桥梁2座170米,共投资40万元。",
         [t("新建桥梁", 2, "座", "=", INC), t("新建桥梁", 170, "米", "=", INC), t("桥梁项目投资", 40, "万元", "=", T)], None),
        ("安排民族乡村屯人畜饮水工程9个项目,新建蓄水池2720立方米,购置水管37.85千米,共投资180万元,使民族乡所在地的干部群众都能喝上安全卫生的自来水。",
         [t("新建蓄水池", 2720, "立方米", "=", INC), t("购置水管", 37.85, "千米", "=", INC), t("人畜饮水项目投资", 180, "万元", "=", T)], None),
        ("安排民族乡村屯水电工程4个项目,修水渠6490米,架设10kv线路3公里,共投资80万元。",
         [t("修水渠", 6490, "米", "=", INC), t("架设10kv线路", 3, "公里", "=", INC), t("村屯水电项目投资", 80, "万元", "=", T)], "10kv describes the line"),
        ("实施民族乡基础设施建设工程是自治区十届人大三次会议通过的《政府工作报告》提出的“为民办好10件实事”其中的一件。", [], "programme size"),
        ("用3年左右时间,分期分批开展全区61个民族乡基础设施建设", [], "61个民族乡 is the set covered; 3年 a duration"),
    ],
    "R14_yuanlin_2010_fenjie": [
        ("3、城市环境综合治理工作扎实开展,效果明显。生活垃圾无害化处理达60%,污水处理率达55%。",
         [t("生活垃圾无害化处理", 60, "%", "=", L), t("污水处理率", 55, "%", "=", L)], "rates → level; metric as printed"),
        ("1、城市大环境绿化扎实开展,效果明显,形成城郊一体的优良环境。", [], "no figure"),
        ("加强建成区防护绿地、交通岛绿地的建设及绿化带的管护,缓解城市热效应和交通压力。", [], "no figure"),
        ("2010年9月20日前", [], "deadline"),
        ("改善污水处理设施、环境卫生设施,提高城市污水处理和垃圾处理的百分点。", [], "no figure"),
    ],
    "R15_weihai_2023_shuzi": [
        ("全面深化“双全双百”提升工程,持续推进政务服务标准化、规范化、便利化、数字化改革", [], "双全双百 is a name"),
        ("年底前基本实现群众企业在线办事“进一个网、办全市事”,建设“24小时不打烊”网上办事大厅。", [], "24小时 is part of a name"),
        ("(鲁政发〔2023〕15号)", [], "document number"),
        ("上线“不动产+公积金+金融”一键联办", [], "no figure"),
        ("扎实推进“数字产业化、产业数字化、数据价值化、治理服务数字化”,全面提升数字威海建设水平,结合我市实际,制定本工作要点。", [], "no figure"),
    ],
    "R16_hangzhou_2018_shishi": [
        ("(一)按照“四好農村路”要求,提升改造農村公路380公裏、實施精品示範公路145公裏,完成60條城市道路增亮。",
         [t("提升改造農村公路", 380, "公裏", "=", INC), t("實施精品示範公路", 145, "公裏", "=", INC), t("城市道路增亮", 60, "條", "=", INC)],
         "四好 is a name; unit 公裏 as printed"),
        ("(二)完成農村住房改造1.2萬戶、農村困難家庭危房改造1150戶、農村C級危房治理3000戶。",
         [t("農村住房改造", 1.2, "萬戶", "=", INC), t("農村困難家庭危房改造", 1150, "戶", "=", INC), t("農村C級危房治理", 3000, "戶", "=", INC)], None),
        ("(三)對全市簽約居民中的16種慢性病患者,一次處方醫保用藥量從4周延長至最多12周;新增公共場所母嬰設施120處。",
         [t("一次處方醫保用藥量", 12, "周", "<=", L), t("新增公共場所母嬰設施", 120, "處", "=", INC)],
         "16種 names the diseases; 4周 is the baseline; 最多12周 → <= (judgement call)"),
        ("(四)在杭州主城區151所小學開展學後托管服務,建成100個市級名師鄉村工作室、培訓1000名鄉村教師。",
         [t("開展學後托管服務的小學", 151, "所", "=", INC), t("建成市級名師鄉村工作室", 100, "個", "=", INC), t("培訓鄉村教師", 1000, "名", "=", INC)],
         "151所 counts the schools to serve (coverage goal, judgement call)"),
        ("(五)升級完善68個重點社區微型消防站,設置電動自行車集中充放點1000處、電動自行車智能充電口1萬個,在全市出租房及工棚等場所安裝獨立式感煙探測器3萬個。",
         [t("升級完善重點社區微型消防站", 68, "個", "=", INC), t("設置電動自行車集中充放點", 1000, "處", "=", INC),
          t("電動自行車智能充電口", 1, "萬個", "=", INC), t("安裝獨立式感煙探測器", 3, "萬個", "=", INC)], None),
        ("電梯安裝智慧監管裝置1萬台以上,實現10萬台以上電梯維保透明全覆蓋。",
         [t("電梯安裝智慧監管裝置", 1, "萬台", ">=", INC), t("電梯維保透明全覆蓋", 10, "萬台", ">=", INC)], None),
        ("(七)建設150個農村文化禮堂,建設615個村(社區)公共文化場地WIFI設施,實現全市村(社區)全覆蓋。",
         [t("建設農村文化禮堂", 150, "個", "=", INC), t("建設村(社區)公共文化場地WIFI設施", 615, "個", "=", INC)], None),
        ("(八)推進“廁所革命”,新建改造提升750座公共廁所(其中,城區公廁100座、涉旅遊廁所150座、農村公廁500座)。",
         [t("新建改造提升公共廁所", 750, "座", "=", INC), t("城區公廁", 100, "座", "=", INC), t("涉旅遊廁所", 150, "座", "=", INC),
          t("農村公廁", 500, "座", "=", INC)], "the three parts of 其中 annotated as targets too (judgement call)"),
        ("(九)全市新增城鎮就業21萬人,幫助失業人員再就業10萬人,接收應屆高校畢業生7萬人。",
         [t("新增城鎮就業", 21, "萬人", "=", INC), t("幫助失業人員再就業", 10, "萬人", "=", INC), t("接收應屆高校畢業生", 7, "萬人", "=", INC)], None),
        ("(十)全市持證殘疾人免費乘坐市內地鐵、公共汽電車和公交水上巴士。", [], "no figure"),
        ("為確保市十三屆人大三次會議票選確定的10件民生實事如期完成", [], "programme size"),
    ],
    "R17_tianzhu_2023_shishi": [
        ("城镇新增就业2000人以上", [t("城镇新增就业", 2000, "人", ">=", INC)], "a 《》 name, copied without the marks"),
        ("建成幼儿园3所,新增园位1000个以上", [t("建成幼儿园", 3, "所", "=", INC), t("新增园位", 1000, "个", ">=", INC)], None),
        ("为1000名妇女开展“两癌”免费检查", [t("开展“两癌”免费检查", 1000, "名", "=", INC)], "两癌 is a name"),
        ("建成全民健身中心1个", [t("建成全民健身中心", 1, "个", "=", INC)], None),
        ("建成农村公路255公里,实施生命安全防护工程70公里,建设公路驿站10处",
         [t("建成农村公路", 255, "公里", "=", INC), t("实施生命安全防护工程", 70, "公里", "=", INC), t("建设公路驿站", 10, "处", "=", INC)], None),
        ("新增城区停车位1000个以上", [t("新增城区停车位", 1000, "个", ">=", INC)], None),
        ("维修改造农村供水截引工程19处,惠及群众9300余人",
         [t("维修改造农村供水截引工程", 19, "处", "=", INC), t("惠及群众", 9300, "人", ">=", INC)], "余 → >= (more than); people served → increment"),
        ("完成藏医院特色优势服务能力提升项目,新增床位200个", [t("新增床位", 200, "个", "=", INC)], None),
        ("实施北方地区清洁取暖项目,惠及城乡群众18500余人", [t("惠及城乡群众", 18500, "人", ">=", INC)], "余 → >="),
        ("对困难家庭子女普通高校入学资助", [], "no figure"),
        ("天祝县十九届人大二次会议审议通过的《政府工作报告》确定了2023年全县集中办理的10件为民实事", [], "session numbers, programme size"),
    ],
    "R18_changle_2017_aug": [
        ("全年破获‘打四黑除四害’36起", [t("破获‘打四黑除四害’", 36, "起", "=", INC)], "四黑/四害 are names"),
        ("沿海基干林带建设任务16600亩(其中新造基干林带100亩、林带修复1500亩、封山育林15000亩)",
         [t("沿海基干林带建设任务", 16600, "亩", "=", INC), t("新造基干林带", 100, "亩", "=", INC), t("林带修复", 1500, "亩", "=", INC),
          t("封山育林", 15000, "亩", "=", INC)], "parts of 其中 annotated as targets too (judgement call)"),
        ("新建改造供水管网10公里", [t("新建改造供水管网", 10, "公里", "=", INC)], None),
        ("4个路口增设交通信号灯、电子警察以及郑和中路增设中央隔离护栏", [t("增设交通信号灯、电子警察的路口", 4, "个", "=", INC)], None),
        ("将农村低保标准由家庭年人均收入3000元提高到不低于4200元", [t("农村低保标准", 4200, "元", ">=", L)], "3000元 is the baseline; 不低于 → >="),
        ("完成4处交通信号灯、电子警察增设", [t("交通信号灯、电子警察增设", 4, "处", "=", INC)], None),
        ("新增更新公交车50辆", [t("新增更新公交车", 50, "辆", "=", INC)], None),
        ("新增和优化公交线路2条", [t("新增和优化公交线路", 2, "条", "=", INC)], None),
        ("新增香江公园停车泊位和南山篮球场停车泊位50个", [t("新增停车泊位", 50, "个", "=", INC)], None),
        ("新增名城项目停车泊位84个", [t("新增名城项目停车泊位", 84, "个", "=", INC)], None),
        ("新建鹤上中心幼儿园1所,新增学位360个", [t("新建鹤上中心幼儿园", 1, "所", "=", INC), t("新增学位", 360, "个", "=", INC)], None),
        ("完成三格化粪池407户,建制村垃圾治理常态化完成10个村,其余小项顺利推进。", [], "progress actuals"),
        ("2017年省委、省政府为民办实事项目共25大项,涉及我市21个大项、27个小项。", [], "programme sizes"),
    ],
}

# task rows: doc, ref, text_start, lead_units, co_units, lead_leaders, progress_start, label, note
TASKS = []

QX_DONE = "item named in the lead sentence's bracket under the group verdict '已完成' (no unit, no progress text of its own; judgement call: a listed item is a row)"
TASKS += [
    ("R01_qixia_2024_q2", "①", "多種國家第九批集采藥品降價", [], [], [], None, "已完成", QX_DONE),
    ("R01_qixia_2024_q2", "②", "提高職工基本醫療保險普通門診統籌待遇水平", [], [], [], None, "已完成", QX_DONE),
    ("R01_qixia_2024_q2", "③", "開展兒童齲病防治工作", [], [], [], None, "已完成", QX_DONE),
    ("R01_qixia_2024_q2", "④", "做好因病致貧重病患者待遇救助工作", [], [], [], None, "已完成", QX_DONE),
    ("R01_qixia_2024_q2", "⑤", "5G基站建設", [], [], [], None, "已完成", QX_DONE),
    ("R01_qixia_2024_q2", "⑥", "全民健身活動中心多功能運動示范場工程", [], [], [], None, "已完成", QX_DONE),
    ("R01_qixia_2024_q2", "1", "地方儲備糧倉庫擴建項目", ["發改局"], [], [], "截至目前,該項目內外墻工程", "已完成二季度任務",
     "' | ' row: 事項名稱 | 任務目標 | 進展情況 | 責任單位 | 完成情況; label = the 完成情況 cell"),
    ("R01_qixia_2024_q2", "2", "開展政務服務“減證便民”創新工作", ["審批局"], [], [], "經實地調研考察", "已完成二季度任務", "' | ' row"),
    ("R01_qixia_2024_q2", "3", "“城市大腦”建設項目", [], [], [], "按照煙臺市城市大腦建設工作", None, "cut by the excerpt in the progress cell: no unit or verdict printed"),
]

YY = "one cell per line, cells ended by ' |': name | unit | target | actual | rate | remark; progress_start = the first progress cell"
TASKS += [
    ("R02_yueyanglou_2017_aug", "1", "精準(zhǔn)扶貧:農(nóng)村飲用水安全鞏固提升", ["農(nóng)林水務(wù)局"], [], [], "700", None, YY),
    ("R02_yueyanglou_2017_aug", "2", "新增城鎮(zhèn)就業(yè)", ["人社局"], [], [], "7356", None, YY),
    ("R02_yueyanglou_2017_aug", "3", "建設(shè)農(nóng)村公辦幼兒園(所)", ["教育局"], [], [], "70%", None, YY + "; the actual cell is empty, progress starts at the rate"),
    ("R02_yueyanglou_2017_aug", "4", "城市棚戶區(qū)改造(戶)", ["房產(chǎn)分局"], [], [], "4629", None, YY),
    ("R02_yueyanglou_2017_aug", "5", "新增養(yǎng)老服務(wù)床位", ["民政局"], [], [], "55", None, YY),
    ("R02_yueyanglou_2017_aug", "6", "殘疾兒童搶救性康復(fù)", ["殘聯(lián)"], [], [], "73", None, YY),
    ("R02_yueyanglou_2017_aug", "7", "孕產(chǎn)婦產(chǎn)前免費(fèi)篩查", ["衛(wèi)生局"], [], [], "3436", None, YY),
    ("R02_yueyanglou_2017_aug", "8", "新增社會(huì)治安視頻監(jiān)控", ["區(qū)公安分局"], [], [], "設(shè)備購進(jìn)中", None,
     YY + "; actual and rate empty, progress = the remark; the name holds mojibake (監控?攝像頭), text_start taken before it"),
    ("R02_yueyanglou_2017_aug", "9①", "完成在職參保人數(shù)6300人", ["區(qū)人社局"], [], [], "7558", None,
     "sub-row of item 9 (the item's own line is a heading with no cells of its own); the sub-task cell comes first, then its unit"),
    ("R02_yueyanglou_2017_aug", "9②", "完成征繳基金10000萬元", ["區(qū)人社局"], [], [], "7965", None, "sub-row of item 9"),
    ("R02_yueyanglou_2017_aug", "9③", "城市低保、農(nóng)村低保補(bǔ)差水平月均", ["區(qū)民政局"], [], [], "100%", None,
     "sub-row of item 9: target cell 100%, actual 100% (the progress), rate empty, remark gives the two levels reached"),
    ("R02_yueyanglou_2017_aug", "10①", "培養(yǎng)省、市名牌產(chǎn)品各一個(gè)", ["區(qū)質(zhì)監(ji"], [], [], None, None,
     "sub-row of item 10; its unit cell is cut by the excerpt, kept as printed"),
]

YC_UNITS = ["市直各有关单位", "各县(市、区)人民政府", "各开发区管委会"]
YC = "(1)–(4) have no bracket of their own; the group line '(责任单位:…)' after (4) covers all four (single list, no role → lead_units)"
TASKS += [
    ("R03_yuncheng_2017_yingji", "(一)1.(1)", "加强应急预案管理,规范应急预案编制", YC_UNITS, [], [], None, None, YC),
    ("R03_yuncheng_2017_yingji", "(一)1.(2)", "推进政府及其部门应急预案“精编化”", YC_UNITS, [], [], None, None, YC),
    ("R03_yuncheng_2017_yingji", "(一)1.(3)", "加强应急预案演练,完善演练管理制度", YC_UNITS, [], [], None, None, YC),
    ("R03_yuncheng_2017_yingji", "(一)1.(4)", "加强应急预案的培训宣传", YC_UNITS, [], [], None, None, YC),
    ("R03_yuncheng_2017_yingji", "(一)2.(1)", "深入推进市、县、乡三级政府应急管理办事机构建设", [], [], [], None, None,
     "cut by the excerpt before its group line"),
]

DG = "'(A、B、C負責)': a single list with the role word 負責 and no 牽頭 → lead_units"
TASKS += [
    ("R04_dongguan_2021_jiuye", "一(一)1", "按照國家統一部署,平穩有序實施企業職工基本養老保險", ["市人力資源社會保障局", "市醫保局", "市財政局", "市稅務局"], [], [], None, None, DG),
    ("R04_dongguan_2021_jiuye", "一(一)2", "繼續按不高于2017年征收標準征收殘疾人就業保障金", ["市殘聯", "市財政局", "市稅務局"], [], [], None, None, DG),
    ("R04_dongguan_2021_jiuye", "一(一)3", "繼續實施失業保險穩崗返還政策", [], [], [], None, None, "cut by the excerpt before its bracket"),
]

QH = "indicator row: 二级指标 | 计量单位 | 1-3月 value; no unit, no target; progress = the value"
TASKS += [
    ("R05_qinghai_2018_q1", "1", "地区生产总值(GDP)增长率", [], [], [], "7.2", None, QH + "; category cell 经济稳定 before it"),
    ("R05_qinghai_2018_q1", "2", "居民消费价格涨幅(CPI)", [], [], [], "2.7", None, QH + "; second row of the merged category"),
    ("R05_qinghai_2018_q1", "3", "服务业增加值占GDP比重", [], [], [], "55.75", None, QH),
    ("R05_qinghai_2018_q1", "4", "制造业增加值占规模以上工业增加值比重", [], [], [], "57.8", None, QH),
    ("R05_qinghai_2018_q1", "5", "高技术产业(制造业)[1]增加值占规模以上工业增加值比重", [], [], [], "4.5", None, QH + "; footnote mark [1] inside the name"),
    ("R05_qinghai_2018_q1", "6", "装备制造业[2]增加值占规模以上工业增加值比重", [], [], [], "5.5", None, QH),
    ("R05_qinghai_2018_q1", "7", "税收占GDP比重", [], [], [], "21.8", None, QH),
    ("R05_qinghai_2018_q1", "8", "主营业务收入利润率(规模以上工业企业)", [], [], [], "3.43", None, QH),
    ("R05_qinghai_2018_q1", "9", "单位GDP能源消耗(按等价值计算)", [], [], [], "-3.92", None, QH),
    ("R05_qinghai_2018_q1", "10", "规模以上工业单位增加值能耗(按当量值计算)", [], [], [], "-8.20", None, QH),
    ("R05_qinghai_2018_q1", "11", "全体常住居民人均可支配收入增长率", [], [], [], "10.3", None, QH),
    ("R05_qinghai_2018_q1", "12", "城乡居民人均收入比(以农村常住居民人均可支配收入为1)", [], [], [], "2.92", None, QH + "; the unit cell is missing"),
]

GD = "synonym-rewritten spam text kept as printed: 牵头卖力 = 牵头负责, 按职责分工卖力 = 按职责分工负责"
TASKS += [
    ("R06_guangdong_2023_minjian", "一(一)1", "聚焦国家“十四五”计划102项重大工程", ["省生长改造委"], [], [], None, None, GD + "; '(X牵头卖力)' → lead"),
    ("R06_guangdong_2023_minjian", "一(一)2", "对具有稳固收益、可获得较好预期投资回报",
     ["省生长改造委", "交通运输厅", "水利厅", "住房城乡建设厅", "能源局", "省有关部门", "各地级以上市人民政府"], [], [], None, None,
     GD + "; a single list with 按职责分工卖力 and no 牵头 → lead_units; 'X等省有关部门' split into X and 省有关部门 (as plans5 Q08); units as printed without 省"),
    ("R06_guangdong_2023_minjian", "一(一)3", "增强交通、水利等项目招投标行为羁系", [], [], [], None, None, "cut by the excerpt before its bracket"),
]

CB = "'(责任领导:name;牵头单位:X)'"
TASKS += [
    ("R07_chibi_2021_plan", "一(一)", "地区生产总值增长11%", ["市发改局"], [], ["洪金虎"], None, None, CB),
    ("R07_chibi_2021_plan", "一(二)", "全社会固定资产投资增长12%", ["市发改局"], [], ["洪金虎"], None, None, CB),
    ("R07_chibi_2021_plan", "一(三)", "规上工业增加值增速11%", ["市科信局"], [], ["饶自斌"], None, None, CB),
    ("R07_chibi_2021_plan", "一(四)", "一般公共预算总收入增长27%", ["市财政局"], [], ["洪金虎"], None, None, CB),
    ("R07_chibi_2021_plan", "一(五)", "社会消费品零售总额增长16%", [], [], ["饶自斌"], None, None, CB + "; cut after the leader"),
]

PDS_RESP = ["各县(市、区)党委和人民政府", "城乡一体化示范区", "高新区党工委和管委会"]
PDS = ("space-separated row; 牵头单位 → lead, 参与单位 and 责任单位 (the local governments) → co_units (judgement call: both roles beside "
       "牵头); '等' dropped; '各县(市、区)党委和人民政府' kept as one, '城乡一体化示范区、高新区党工委和管委会' split at 、 as printed")
TASKS += [
    ("R08_pingdingshan_2018_hezhang", "1", "严守水资源开发利用控制红线", ["市水利局"],
     ["市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局", *PDS_RESP], [], None, None, PDS + "; task = 主要任务 cell after the 类别 cell"),
    ("R08_pingdingshan_2018_hezhang", "2", "严守用水 效率控制 红线", ["市水利局"],
     ["市发展改革委", "工业和信息化委", "住房和城乡建设局", *PDS_RESP], [], None, None, PDS + "; 类别 merged (blank); spaces inside the task cell"),
    ("R08_pingdingshan_2018_hezhang", "3", "抓好工业节水", ["市工业和信息化委", "水利局"], ["市发展改革委", "各县(市、区)党委和人民政府", "城乡一体化示范区", "高"],
     [], None, None, PDS + "; 类别 and 主要任务 merged (blank), the row starts with the 细化措施 cell; two lead units; the last unit cut by the excerpt (高), kept as printed"),
]

FX_CO = ["县直各有关单位", "各乡镇人民政府"]
FX = "'(牵头单位:X,责任单位:A,B)': the roles separated by a comma; 责任单位 beside 牵头 → co_units"
TASKS += [
    ("R09_fangxian_2023_yingshang", "一(一)", "深化政务服务标准化建设", ["县行政审批局"], FX_CO, [], None, None, FX),
    ("R09_fangxian_2023_yingshang", "一(二)", "推行政务服务承诺制", ["县行政审批局", "县市场监管局", "县发改局"], FX_CO, [], None, None, FX + "; three lead units"),
    ("R09_fangxian_2023_yingshang", "一(三)", "大力推行“首席服务员", [], [], [], None, None, "cut by the excerpt in its title"),
]

TASKS += [
    ("R10_xiangxi_2020_fangguanfu", "一1", "加大簡政放權力度", ["州行政審批服務局"],
     ["州司法局", "州委編辦", "州直相關單位", "各縣市人民政府", "湘西經(jīng)開區(qū)管委會"], [], None, None,
     "'(牽頭單位:X;責任單位:A、B及C,D、E,6月底完成)': 及 split (plans5 convention); the trailing deadline is not a unit"),
    ("R10_xiangxi_2020_fangguanfu", "一2", "推動政務服務導則落實", [], [], [], None, None, "cut by the excerpt before its bracket"),
]

LG = "'N是task。' items run together in one paragraph; no unit"
TASKS += [
    ("R11_langao_2020_shishi", "一", "持续推进农村“厕所革命”", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "二", "启动实施黄家河坝至柑竹坝休闲健康步道建设", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "三", "开辟公益性岗位200个以上", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "四", "实施镇卫生院医疗服务能力提升行动", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "五", "加快推进县城老旧小区改造", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "六", "优化城区教育资源配置", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "七", "新建全县应急广播网络体系", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "八", "实施县城市容环境提升工程", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "九", "推行“睦邻之家”易地扶贫搬迁社区管理新模式", [], [], [], None, None, LG),
    ("R11_langao_2020_shishi", "十", "抓好保障房完善工程", [], [], [], None, None, LG),
]

BS = "Chinese-numeral item that is a task (the ten 实事), one per line; no unit in the excerpt"
TASKS += [
    ("R12_baise_2009_shishi", "一", "新建乡村公路和屯级道路571条", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "二", "继续实施农村安全饮水工程", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "三", "新建经济适用房15万平方米", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "四", "新建12个乡镇敬老院", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "五", "解决农村寄宿制中小学校的厕所和食堂建设改造问题", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "六", "提高城乡居民低保补助标准", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "七", "进一步完善新型农村合作医疗制度", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "八", "新建沼气池20000座", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "九", "新建55个乡镇文化站", [], [], [], None, None, BS),
    ("R12_baise_2009_shishi", "十", "实施小街小巷改造工程", [], [], [], None, None, BS),
]

MZ = "units from the closing sentence '由A、B共同组织实施。' (single list, no role → lead_units)"
TASKS += [
    ("R13_guangxi_2005_minzuxiang", "二(一)", "民族乡政府所在地街道硬化项目", ["县民族局", "民族乡政府"], [], [], None, None, MZ),
    ("R13_guangxi_2005_minzuxiang", "二(二)", "交通项目。安排村屯级公路", ["县民族局", "交通局"], [], [], None, None, MZ),
    ("R13_guangxi_2005_minzuxiang", "二(三)", "桥梁项目。安排村屯桥梁", ["县民族局", "交通部门"], [], [], None, None, MZ),
    ("R13_guangxi_2005_minzuxiang", "二(四)", "人畜饮水项目。安排民族乡村屯人畜饮水工程", ["县民族局", "水利部门"], [], [], None, None, MZ),
    ("R13_guangxi_2005_minzuxiang", "二(五)", "村屯水电项目。安排民族乡村屯水电工程", ["县民族局", "水利", "电力部门"], [], [], None, None,
     MZ + "; '水利、电力部门' split at 、 as printed (水利 stands for 水利部门, judgement call)"),
    ("R13_guangxi_2005_minzuxiang", "二(六)", "教育项目。安排民", [], [], [], None, None, "cut by the excerpt"),
]

YL = "' | ' row: 标准或要求 (the task) | 工作内容及要求 | 责任单位或牵头单位 | 协助单位 | 完成期限"
TASKS += [
    ("R14_yuanlin_2010_fenjie", "1", "城市大环境绿化扎实开展", ["市规划局"], ["市国土资源局", "市农牧林业局"], [], None, None,
     YL + "; the 协助单位 cell breaks over two lines; category cell 生 态 环 境 before it"),
    ("R14_yuanlin_2010_fenjie", "2", "按照城市卫生、安全、防灾、环保等要求建设防护绿地", ["市规划局", "市建设局"], ["有关部门"], [], None, None,
     YL + "; two lead units in one cell separated by a space"),
    ("R14_yuanlin_2010_fenjie", "3", "城市环境综合治理工作扎实开展", ["市环保局"], [], [], None, None, YL + "; cut after the lead cell"),
]

WH = ("'(牵头单位:X;责任单位:…。以下任务均需各区市政府、开发区管委落实,不再一一列出)'; '市直有关部门、单位' kept as one unit (one "
      "phrase, judgement call)")
TASKS += [
    ("R15_weihai_2023_shuzi", "一(一)1", "深化政务服务“网上办”", ["市行政审批服务局"], ["市直有关部门、单位", "各区市政府", "开发区管委"], [], None, None, WH),
    ("R15_weihai_2023_shuzi", "一(一)2", "优化“爱山东”“掌上办”功能", [], ["各区市政府", "开发区管委"], [], None, None,
     "cut by the excerpt before its own bracket; the co-units given to every later task by task 1's rule '以下任务均需…落实,不再一一列出' (judgement call)"),
]

HZ = "'(N)task。' one per line (traditional); no unit"
TASKS += [
    ("R16_hangzhou_2018_shishi", "一(一)", "按照“四好農村路”要求", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(二)", "完成農村住房改造1.2萬戶", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(三)", "對全市簽約居民中的16種慢性病患者", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(四)", "在杭州主城區151所小學開展學後托管服務", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(五)", "升級完善68個重點社區微型消防站", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(六)", "積極推進市區既有住宅電梯加裝", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(七)", "建設150個農村文化禮堂", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(八)", "推進“廁所革命”,新建改造提升750座公共廁所", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(九)", "全市新增城鎮就業21萬人", [], [], [], None, None, HZ),
    ("R16_hangzhou_2018_shishi", "一(十)", "全市持證殘疾人免費乘坐市內地鐵", [], [], [], None, None, HZ),
]

TZ = "one of ten 《》-marked names run together in a sentence; no unit"
TASKS += [
    ("R17_tianzhu_2023_shishi", "1", "城镇新增就业2000人以上", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "2", "建成幼儿园3所,新增园位1000个以上", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "3", "对困难家庭子女普通高校入学资助", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "4", "为1000名妇女开展“两癌”免费检查", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "5", "建成全民健身中心1个", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "6", "建成农村公路255公里", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "7", "新增城区停车位1000个以上", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "8", "维修改造农村供水截引工程19处", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "9", "完成藏医院特色优势服务能力提升项目", [], [], [], None, None, TZ),
    ("R17_tianzhu_2023_shishi", "10", "实施北方地区清洁取暖项目", [], [], [], None, None, TZ),
]

CL = "quoted item in a run of “…”“…”, the group verdict '等N小项已完成' after the list; no unit; label = the group verdict"
CL_P = [
    ("省1", "全年破获‘打四黑除四害’36起"), ("省2", "异地选址新建罗联中心幼儿园"), ("省3", "沿海基干林带建设任务16600亩"),
    ("省4", "新建改造供水管网10公里"), ("省5", "4个路口增设交通信号灯、电子警察以及郑和中路"),
]
CL_F = [
    ("市1", "将农村低保标准由家庭年人均收入3000元"), ("市2", "完成4处交通信号灯、电子警察增设"), ("市3", "郑和中路增设中央隔离护栏"),
    ("市4", "新增更新公交车50辆"), ("市5", "新增和优化公交线路2条"), ("市6", "新增香江公园停车泊位和南山篮球场停车泊位50个"),
    ("市7", "新增名城项目停车泊位84个"), ("市8", "新建鹤上中心幼儿园1所"),
]
for ref, start in CL_P + CL_F:
    TASKS.append(("R18_changle_2017_aug", ref, start, [], [], [], None, "已完成", CL + ("; the same words also occur inside item 省5" if ref == "市3" else "")))

# judged: doc, task, progress, as_of, label, status, note
JUDGED = []
for name in ["多種國家第九批集采藥品降價", "提高職工基本醫療保險普通門診統籌待遇水平", "開展兒童齲病防治工作", "做好因病致貧重病患者待遇救助工作",
             "5G基站建設", "全民健身活動中心多功能運動示范場工程"]:
    JUDGED.append(("R01_qixia_2024_q2", name, "已完成", "2024-06-30", "已完成", "completed",
                   "group verdict: the item is named in the lead sentence's bracket '6項(①…)已完成'; no progress text of its own, the verdict word is the progress"))
JUDGED += [
    ("R01_qixia_2024_q2", "項目位于西城儲備庫北側,預計2024年5月完工,可新增1.6萬噸儲備糧,進一步加強全市糧食安全保障。",
     "截至目前,該項目內外墻工程、屋面工程、地面工程、門窗工程均已完成,6月底工程預驗收,預計在7月中旬整體竣工投入使用。", "2024-06-30",
     "已完成二季度任務", "on_track",
     "the 完成情況 cell says the quarter's share is done (→ on_track, judgement call), although the progress shows completion slipping from May to mid-July; the office's verdict is annotated"),
    ("R01_qixia_2024_q2", "升級政務服務大廳現有設備,全面推行“減證辦”,打造3-4個鎮級“減證便民”示范點,實現辦事群眾從取號到辦結全流程電子證照可用。",
     "經實地調研考察,將莊園街道、翠屏街道、桃村鎮、蛇窩泊鎮四個鎮級便民服務中心確定為鎮級“減證便民”示范點,重點打造。現已完成設備更新,為各鎮提供掃碼設備,已實現電子證照線上核驗“減證辦”,目前部分社會合作網點正在建設中。",
     "2024-06-30", "已完成二季度任務", "on_track", "完成情況 cell: the quarter's share done → on_track (judgement call)"),
]
CL_NOTE = ("group verdict '等N小項已完成' after the quoted list; as_of is the publication date (截止目前, 2017-08-11); progress = the verdict "
           "clause printed after the list")
for start, _full in [("全年破获‘打四黑除四害’36起", None), ("异地选址新建罗联中心幼儿园", None),
                    ("沿海基干林带建设任务16600亩(其中新造基干林带100亩、林带修复1500亩、封山育林15000亩)", None), ("新建改造供水管网10公里", None),
                    ("4个路口增设交通信号灯、电子警察以及郑和中路增设中央隔离护栏", None)]:
    JUDGED.append(("R18_changle_2017_aug", start, "等5小项已完成", "2017-08-11", "已完成", "completed", CL_NOTE))
for start in ["将农村低保标准由家庭年人均收入3000元提高到不低于4200元", "完成4处交通信号灯、电子警察增设", "郑和中路增设中央隔离护栏",
              "新增更新公交车50辆", "新增和优化公交线路2条", "新增香江公园停车泊位和南山篮球场停车泊位50个", "新增名城项目停车泊位84个",
              "新建鹤上中心幼儿园1所,新增学位360个"]:
    JUDGED.append(("R18_changle_2017_aug", start, "等8小项已完成", "2017-08-11", "已完成", "completed", CL_NOTE))


def main():
    src = {d[0]: d[1] for d in DOCS}
    text_of = {d[0]: (B / "docs" / f"{d[0]}.txt").read_text(encoding="utf-8") for d in DOCS}
    compact = {k: "".join(v.split()) for k, v in text_of.items()}
    with (B / "documents.jsonl").open("w", encoding="utf-8") as out:
        for i, s, prov, level, year, kind, layout in DOCS:
            row = {"id": i, "file": f"docs/{i}.txt", "source": s, "province": prov, "level": level, "year": year,
                   "kind": kind, "layout": layout}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_sent = n_tgt = n_empty = 0
    with (B / "targets.jsonl").open("w", encoding="utf-8") as out:
        for doc, rows in TARGETS.items():
            assert doc in src, doc
            for text, targets, note in rows:
                assert text in text_of[doc], (doc, text)
                row = {"doc": doc, "text": text, "targets": targets, "source": src[doc]}
                if note:
                    row["note"] = note
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n_sent += 1
                n_tgt += len(targets)
                n_empty += not targets
    with (B / "tasks.jsonl").open("w", encoding="utf-8") as out:
        for doc, ref, start, lead, co, leaders, progress, label, note in TASKS:
            assert doc in src, doc
            assert "".join(start.split()) in compact[doc], (doc, start)
            if progress:
                assert "".join(progress.split()) in compact[doc], (doc, progress)
            if label:
                assert label in text_of[doc], (doc, label)
            for name in lead + co + leaders:
                assert "".join(name.split()) in compact[doc], (doc, name)
            row = {"doc": doc, "ref": ref, "text_start": start, "lead_units": lead, "co_units": co,
                   "lead_leaders": leaders, "progress_start": progress, "label": label}
            if note:
                row["note"] = note
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (B / "judged.jsonl").open("w", encoding="utf-8") as out:
        for doc, task, progress, as_of, label, status, note in JUDGED:
            for part in [task, progress]:
                assert "".join(part.split()) in compact[doc], (doc, part)
            assert label in text_of[doc], (doc, label)
            assert status in {"completed", "ahead", "on_track", "lagging", "not_started", "unknown"}, status
            row = {"doc": doc, "task": task, "progress": progress, "as_of": as_of, "label": label, "status": status,
                   "source": src[doc]}
            if note:
                row["note"] = note
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    docs_with_rows = len({row[0] for row in TASKS})
    print(f"{len(DOCS)} documents, {n_sent} target sentences ({n_empty} with none), {n_tgt} targets, "
          f"{len(TASKS)} task rows in {docs_with_rows} documents, {len(JUDGED)} judged cases")


if __name__ == "__main__":
    main()
