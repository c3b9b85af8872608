"""Hand annotations of batch plans5, written before duban was run on these documents.

Running it writes documents.jsonl, tasks.jsonl, targets.jsonl and judged.jsonl next to it and checks that
every annotated text is copied verbatim from its document (docs/<id>.txt, written by docs_src.py from the
stored page excerpts exactly as the `pages` search returned them).
"""

import json
import pathlib

B = pathlib.Path(__file__).resolve().parent

# id, source, province, level, year, kind, layout
DOCS = [
    ("Q01_hunan_2014_plan", "http://hunan.gov.cn/hnszf/szf/hnzb_18/2014_18/2014nd22q_18/szfwj_98114_18/201412/t20141202_4701040.html", "湖南", "省", 2014, "plan",
     "province's split of the work report: heading (一) then several unnumbered tasks run together in one paragraph, each closed by a bracket '(分管副省长、协管副秘书长负责,省X牵头。…)' naming leader roles (not names) and the lead; the document's own rule '责任单位两个以上的,列第一者为牵头单位'; cut in (二)"),
    ("Q02_guangzhou_2006_plan", "http://www.moonvisionstudio.com/zwgk/fggw/sfbgtwj/content/post_2847289.html", "广东", "市", 2006, "plan",
     "spam-site repost in traditional characters with broken glosses (關(guān)) and mojibake: the numbers (二)(三)(五)(六)(七) and the first characters of those tasks are garbled ('?。ǘ┩七M(jìn)'); tasks '(一)task。(牽頭單位:X;配合單位:A、B)' one per line; co-units printed without the 市 prefix after the first (國土房管局); cut in (七)"),
    ("Q03_zhengzhou_2007_mubiao", "http://m.createhappy.cn/article/1001001664/1001001645/1730/0.html", "河南", "市", 2007, "plan",
     "spam-site repost (porn keywords line on top) in traditional characters with glosses of the city's 目标管理 plan: 8 targets '1.target;' one per line, the unit given afterwards by a group line for the targets above it ('4項目標的責任單位均為市發展改革委。', '該目標責任單位為市經委。', '2項目標的責任單位均為市商務局。')"),
    ("Q04_xianyang_2022_fangguanfu", "https://newton.com.tw/wiki/%E9%B9%B9%E9%99%BD%E5%B8%822022%E5%B9%B4%E6%B7%B1%E5%8C%96%E2%80%9C%E6%94%BE%E7%AE%A1%E6%9C%8D%E2%80%9D%E6%94%B9%E9%9D%A9%E6%9C%80%E4%BD%B3%E5%8C%96%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83%E5%B7%A5%E4%BD%9C%E8%A6%81%E9%BB%9E/61994341", "陕西", "市", 2022, "plan",
     "wiki repost in traditional characters (no glosses) of the city's 放管服 work points: long tasks '1.title。body。(A、B牽頭,C及D按職責分工負責)'; cut in task 2's bracket"),
    ("Q05_qiqihar_2020_plan", "http://qqhr.gov.cn/News_showNews.action?messagekey=208400", "黑龙江", "市", 2020, "plan",
     "city notice with navigation debris, then a 工作要点: section '一、' and tasks '1.title。body。' with no unit at all (the excerpt holds 2 tasks, cut in task 2)"),
    ("Q06_xialu_2020_plan", "http://www.xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202012/t20201222_742409.html", "湖北", "区", 2020, "plan",
     "district split: sections 一、/(一), tasks '1、…。' each ending in a SQUARE bracket '[牵头单位:A、B;责任单位:C、D(新区)]'; cut in task 3"),
    ("Q07_fujian_2017_plan", "https://cttsys.com/a/news/5546.html", "福建", "省", 2017, "plan",
     "news repost of the province's 25 为民办实事: items numbered with Chinese numerals '一、task。' (tasks, not sections), some items being headings with sub-tasks '(一)…。'; no units (a 主办单位 is mentioned but not printed); cut in 四(二)"),
    ("Q08_shanxi_2008_plan", "https://www.chinacourt.org/law/detail/2008/02/id/136571.shtml", "山西", "省", 2008, "plan",
     "law-site copy of the province's 目标责任分解 grouped by leader and lead unit: '一、孟学农省长负责的工作', '(一)省审计厅牵头的工作', tasks '1.…。' under it, then a group line '协同单位:A、B和C。' after the tasks it covers; a group with a single unnumbered task"),
    ("Q09_tianjin_minxin_sep", "http://yf116.cn/jishuwang/item/20100310/1499.html", "天津", "市", None, "progress",
     "repost of a news item on the 20项民心工程 before National Day (year not printed): '一是heading。progress…' items, heading and progress in one paragraph (one item has the progress in the heading's clause: '…综合整修进展顺利,分别完成…'), no units"),
    ("Q10_chuzhou_2020_plan", "http://www.chuzhou.gov.cn/public/152523227/567017766.html", "安徽", "市", 2020, "plan",
     "city split with indented paragraphs: '1. target。' then label paragraphs '牵头负责领导:name。', '牵头责任单位:X。', '协同责任单位:A、B等,各县、市、区政府。'; cut in task 4's unit label"),
    ("Q11_jingzhou_2009_plan", "http://lsbar.com/law/50223", "湖北", "市", 2009, "plan",
     "law-site copy flattened to one paragraph: items '1、target(A,B,C)。' numbered with 、, the units in a bare bracket with no label (a single list, mixing 、 and ,), later items '11、task。(责任单位:…)'; cut in item 11's units"),
    ("Q12_lianyungang_2021_shishi", "http://m.fknovipazar.net/zglygzfmhwz/szfwj1/content/f1c35511-b19d-4714-9aaa-71f1c6be5424.html", "江苏", "市", 2021, "plan",
     "spam-site repost in traditional characters (no glosses) of the city's 50件民生实事 split: ' | ' metadata table, then '1.task。(牽頭單位:X;共同責任單位:A、B,各縣區)' one per line; cut in item 4's co-units"),
    ("Q13_huaian_2020_shishi", "https://js.010b.com/policy/detail/32081.html", "江苏", "市", 2020, "plan",
     "policy-site copy of the city's 十件实事 table flattened one cell per line: 序号 | 项目名称 | 主要内容 | 进度要求 | 责任单位 | 协办单位 (the header '主要内容' split over two lines), a project with sub-items ①② each with its own quarterly schedule cell and unit lines; the boundary between the 责任单位 and 协办单位 cells is lost; cut in ②'s units"),
    ("Q14_chengdu_2019_plan", "https://0798ci.com/rule/79109.html", "四川", "市", 2019, "plan",
     "repost of the city's split: '(一) target。(牵头领导:name,牵头单位:X,责任单位:A、B,数据提供单位:Y)' — leader, lead, co and a data-provider role in one bracket; cut after section 二's heading"),
    ("Q15_fujian_2018_sep", "https://hyyz888.com/fjnews/2018-10/25/content_21609700.htm", "福建", "省", 2018, "progress",
     "news item on the province's 为民办实事 progress to September, all in one paragraph: a heading phrase per project ('推进养老服务工程建设') followed directly by its progress ('截至9月底,…占年度任务94.6%'), no numbering, no units; cut in item 4"),
    ("Q16_jiayu_2021_plan", "http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml", "湖北", "县", 2021, "plan",
     "county split: '(一)target。(牵头单位:X;责任单位:A,B)' one per line, the bracket square when the lead unit itself has a bracket ('[牵头单位:县发改局(粮食局);…]'); cut in (六)'s lead units"),
]


def t(metric, value, unit, comparator, kind):
    return {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind}


G, D, I, L, T = "growth_rate", "decline_rate", "increment", "level", "total"

# doc -> list of (text, [targets], note or None)
TARGETS = {
    "Q01_hunan_2014_plan": [
        ("出台全省深化国有企业改革的指导意见,基本完成市州和县级国企改革。", [], "no figure"),
        ("推进工商注册制度便利化,削减资质认定项目,在长沙、郴州试点先照后证,取得经验后在全省推行", [], "no figure; two place names"),
        ("湘政发〔2014〕1号", [], "document number"),
        ("为认真做好2014年政府工作,加快推进全面建成小康社会", [], "2014年 is the year"),
        ("积极推进混合所有制经济发展,制定非公有制企业进入特许经营领域的具体办法,鼓励非公有制企业参与国有企业改革", [], "no figure"),
    ],
    "Q02_guangzhou_2006_plan": [
        ("加快建設(shè)東部、花都、南沙三大汽車產(chǎn)業(yè)基地。", [], "三大 names the set of bases, not a target"),
        ("東部石化基地、南沙臨港石化基地建設(shè),抓好80萬噸乙烯改擴建項目。", [], "80萬噸 names the project (descriptor), not a target"),
        ("加快廣州空港、南沙、黃埔三大國際樞紐物流園區(qū)建設(shè)。", [], "三大 names the set"),
        ("引導(dǎo)金融機構(gòu)集聚發(fā)展。", [], "no figure"),
        ("2006年《政府工作報告》要求重點做好的工作事項", [], "title"),
    ],
    "Q03_zhengzhou_2007_mubiao": [
        ("地區(qū)生產(chǎn)總值增長15%;", [t("地區(qū)生產(chǎn)總值", 15, "%", "=", G)], "metric as printed (glosses kept)"),
        ("第三產(chǎn)業(yè)增加值達(dá)到1000億元;", [t("第三產(chǎn)業(yè)增加值", 1000, "億元", "=", T)], None),
        ("城鎮(zhèn)固定資產(chǎn)投資新增200億元;", [t("城鎮(zhèn)固定資產(chǎn)投資", 200, "億元", "=", T)], "money amount → total although written 新增 (judgement call)"),
        ("人均地區(qū)生產(chǎn)總值達(dá)到4000美元;", [t("人均地區(qū)生產(chǎn)總值", 4000, "美元", "=", L)], "per-head figure → level"),
        ("規(guī)模以上工業(yè)銷售收入達(dá)到3000億元;", [t("規(guī)模以上工業(yè)銷售收入", 3000, "億元", "=", T)], None),
        ("地方財(cái)政收入凈增50億元;", [t("地方財(cái)政收入", 50, "億元", "=", T)], "money amount → total although written 凈增 (judgement call)"),
        ("實(shí)際利用外商直接投資達(dá)到8億美元;", [t("實(shí)際利用外商直接投資", 8, "億美元", "=", T)], None),
        ("社會(huì)消費(fèi)品零售總額增長16%;", [t("社會(huì)消費(fèi)品零售總額", 16, "%", "=", G)], None),
        ("4項(xiàng)目標(biāo)的責(zé)任單位均為市發(fā)展改革委。", [], "4項 counts the targets above (unit line)"),
        ("主要針對“31245”的目標(biāo)任務(wù),包括8項(xiàng)。", [], "a slogan number and a programme size"),
    ],
    "Q04_xianyang_2022_fangguanfu": [
        ("依據國家和省行政許可事項清單,2022年10月底前編制並公布市、縣兩級行政許可事項清單,將依法設定的行政許可事項全部納入清單管理,清單之外一律不得違法實施行政許可。", [], "a deadline, no quantity; 兩級 names the levels"),
        ("對清單內事項逐項編制完成行政許可實施規範,大幅提升行政許可標準化水平,加快推進同一事項在不同層級同要素管理、同標準辦理。", [], "no figure"),
        ("按程式在市、縣兩級政府入口網站公布。", [], "兩級 names the levels"),
        ("1.全面實施行政許可事項清單管理。", [], "task title"),
        ("為加快建設現代化“西部名市絲路名都”提供有力支撐。", [], "no figure"),
    ],
    "Q05_qiqihar_2020_plan": [
        ("全年实现城镇新增就业6万人,城镇登记失业率控制在3.7%以内。", [t("城镇新增就业", 6, "万人", "=", I), t("城镇登记失业率", 3.7, "%", "<=", L)], None),
        ("将中小微企业返还标准由企业及职工缴纳失业保险费的50%提高到100%", [t("中小微企业返还标准", 100, "%", "=", L)], "50% is the baseline"),
        ("为符合条件的1000户参保企业返还5", [t("返还参保企业", 1000, "户", "=", I)], "count of firms served; the amount after it is cut by the excerpt"),
        ("建立人力资源服务产业园,组建国有人力资源服务公司,引领各类人力资源中介服务机构集聚,带动全市人力资源服务产业发展。", [], "no figure"),
        ("齐政办文〔2020〕5号", [], "document number"),
        ("社会保障工程2020年工作要点", [], "title"),
    ],
    "Q06_xialu_2020_plan": [
        ("今年经济社会发展的主要预期目标是:地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额、地方公共财政预算收入、外贸出口等指标增幅高于全市平均水平,其他指标与全市基本同步。", [], "relative goals, no figure"),
        ("对重点人群核酸检测应检尽检,全力做好无症状感染者的监测、追踪、隔离和治疗。", [], "no figure"),
        ("根据区十届人大四次会议通过的《区政府工作报告》,现将2020年区政府重点工作责任分解如下。", [], "session numbers and the year"),
        ("按照“防松懈、防输入、防反弹”要求,建立常态化疫情防控机制,全面落实科学防控、精密智控、闭环管控。", [], "no figure"),
        ("大力开展环境卫生综合整治,强化群众风险防控意识,切实巩固疫情防控成果。", [], "no figure"),
    ],
    "Q07_fujian_2017_plan": [
        ("一、实施造福工程易地扶贫搬迁工程,全省全年完成10万人搬迁任务。", [t("易地扶贫搬迁", 10, "万人", "=", I)], None),
        ("从2017年起,将农村居民最低生活保障省定最低标准由家庭年人均收入2650元提高到3000元,财政补差水平按省定最低标准的80%确定。",
         [t("农村居民最低生活保障省定最低标准", 3000, "元", "=", L), t("财政补差水平", 80, "%", "=", L)], "2650元 is the baseline"),
        ("(一)强化食品生产加工、市场流通、餐饮服务环节监管,确保全省加工食品抽检总体合格率达97.5%以上。", [t("加工食品抽检总体合格率", 97.5, "%", ">=", L)], None),
        ("在全省范围增创2条省级食品安全示范街,创建100家“明厨亮灶”示范单位,持续推进出口食品农产品质量安全示范区建设。",
         [t("增创省级食品安全示范街", 2, "条", "=", I), t("创建“明厨亮灶”示范单位", 100, "家", "=", I)], None),
        ("确保本地产蔬菜、水果、茶叶、粮食、畜禽、水产品等主要农产品质量安全抽检总体合格率达97%以上。", [t("主要农产品质量安全抽检总体合格率", 97, "%", ">=", L)], None),
        ("(五)严打危害食品安全违法犯罪活动,持续深化“打四黑除四害”工作,全省破获不少于400起食品犯罪案件。", [t("破获食品犯罪案件", 400, "起", ">=", I)], "“打四黑除四害” is a name"),
        ("(一)2017年安排建设300个农村幸福院,为农村老年人提供就餐、文化娱乐、休息等照料服务,提升公益性互助养老服务水平。", [t("建设农村幸福院", 300, "个", "=", I)], None),
        ("近日,省委、省政府研究决定,今年将继续为民办25项实事。", [], "programme size"),
        ("(四)加强食品安全风险监测,在全省所有县级行政区域开展食品污染及有害因素监测,并逐步向乡镇延伸;在所有二级及二级以上医院开展食源性疾病监测。", [], "二级 is a hospital grade"),
        ("项目进展情况实行月报制度,半年、9个月、全年完成情况也要按期及时上报。", [], "reporting periods"),
    ],
    "Q08_shanxi_2008_plan": [
        ("全面加强审计工作。", [], "no figure"),
        ("积极稳妥地推进乡镇机构改革。", [], "no figure"),
        ("加强行政监察工作,全面落实政府系统党风廉政建设责任制。", [], "no figure"),
        ("(晋政发[2008]8号)", [], "document number"),
        ("为了确保省十一届人大一次会议通过的《政府工作报告》和全省经济工作会议安排部署的各项工作任务落到实处,现将2008年省人民政府工作目标责任分解安排如下:", [], "session numbers and the year"),
    ],
    "Q09_tianjin_minxin_sep": [
        ("京津塘二线路基工程完成98%,主线道路工程完成70%。", [], "progress actuals, not targets"),
        ("截至国庆节前,20项民心工程336个子项任务已经完成66个,占总建设计划的19.6%,基本完成了第一阶段工作任务。", [], "programme size and actuals"),
        ("国庆节前完成8条市区旧路改造,开工建设7座人行天桥,打通7处卡口路段,分别达到治理计划的57%、37%和70%。", [], "actuals"),
        ("三季度全市新开工绿化面积809万平方米,截至9月底累计开工面积达到1624万平方米,占年计划的79%。", [], "actuals; the yearly plan figure is not printed"),
        ("国庆节前公交场站开工15座,达到年计划的50%,新开辟了福安大街公交专用道,更新环保型公交车辆753部。", [], "actuals"),
    ],
    "Q10_chuzhou_2020_plan": [
        ("地区生产总值增长8%以上。", [t("地区生产总值", 8, "%", ">=", G)], None),
        ("财政收入增长8%左右。", [t("财政收入", 8, "%", "~", G)], None),
        ("固定资产投资增长10%以上。", [t("固定资产投资", 10, "%", ">=", G)], None),
        ("社会消费品零售总额增长10.5%以上。", [t("社会消费品零售总额", 10.5, "%", ">=", G)], None),
        ("2020年市政府工作报告已经市第六届人民代表大会第三次会议审议通过,确定了10个方面190项重点工作,由许继伟同志负总责,同时明确各项工作的牵头负责领导、牵头责任单位和协同责任单位。", [], "programme size"),
        ("2020年是全面建成小康社会和“十三五”规划收官之年,是谋划“十四五”关键之年,做好今年工作,意义特别重大。", [], "plan names"),
    ],
    "Q11_jingzhou_2009_plan": [
        ("1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。", [t("地区生产总值", 11, "%", "=", G)], None),
        ("2、固定资产投资增长25%(市发改委,各县市区政府,荆州开发区)。", [t("固定资产投资", 25, "%", "=", G)], None),
        ("3、社会消费品零售总额增长16%以上,外贸出口增长12%,实际利用外资增长12%(市商务局,各县市区政府,荆州开发区)。",
         [t("社会消费品零售总额", 16, "%", ">=", G), t("外贸出口", 12, "%", "=", G), t("实际利用外资", 12, "%", "=", G)], None),
        ("7、居民消费价格涨幅控制在4.5%以内(市发改委、市物价局,市政府相关部门,各县市区政府,荆州开发区)。", [t("居民消费价格涨幅", 4.5, "%", "<=", G)], "涨幅 → growth_rate"),
        ("8、城镇登记失业率控制在4.5%以内(市劳动和社会保障局,各县市区政府,荆州开发区)。", [t("城镇登记失业率", 4.5, "%", "<=", L)], None),
        ("9、人口自然增长率控制在6‰以内(市人口和计生委,各县市区政府,荆州开发区)。", [t("人口自然增长率", 6, "‰", "<=", L)], "per-mille"),
        ("10、万元生产总值综合能耗、化学需氧量排放、二氧化硫排放分别下降4.8%、3. 3%和1.4%(市发改委、市经委、市环保局、市水利局、市建委、荆州供电公司,各县市区政府,荆州开发区)。",
         [t("万元生产总值综合能耗", 4.8, "%", "=", D), t("化学需氧量排放", 3.3, "%", "=", D), t("二氧化硫排放", 1.4, "%", "=", D)], "'3. 3%' printed with a space (3.3)"),
        ("11、积极争取中省投资和扩大招商引资,着力加强工业、水利、交通、城建等项目建设,努力发挥项目促投资、保增长的重要作用。", [], "no figure"),
        ("现将市三届人大五次会议审议通过的《政府工作报告》确定的2009年全市主要目标和工作任务分解给你们,请认真抓好落实。", [], "session numbers and the year"),
    ],
    "Q12_lianyungang_2021_shishi": [
        ("1.新改擴建中小學25所。", [t("新改擴建中小學", 25, "所", "=", I)], None),
        ("2.新建幼兒園16所。", [t("新建幼兒園", 16, "所", "=", I)], None),
        ("3.推進中小學校舍安全工程,改造中小學校舍32萬平方米。", [t("改造中小學校舍", 32, "萬平方米", "=", I)], None),
        ("4.創建優質幼兒園26所。", [t("創建優質幼兒園", 26, "所", "=", I)], None),
        ("市政府將定期聽取50件民生實事實施情況匯報,研究部署推進措施。", [], "programme size"),
        ("2021年連云港市50件民生實事已經市十四屆人大五次會議審議通過,現印發給你們,請認真組織實施。", [], "programme size"),
    ],
    "Q13_huaian_2020_shishi": [
        ("①提标改造70个老旧小区,在具备条件的小区试点安装电梯。", [t("提标改造老旧小区", 70, "个", "=", I)], None),
        ("②在城区重要路段、街区新建改造26座城市公厕。", [t("新建改造城市公厕", 26, "座", "=", I)], None),
        ("一季度完成选址、设计、招标等前期工作;二季度全面开工;三季度基本完成项目建设;四季度新改建公厕投入使用。", [], "schedule cell, no quantity"),
        ("更新改造城乡居民生活服务设施", [], "project name"),
        ("现将《2020年市政府为民办十件实事实施方案》印发给你们。", [], "programme size"),
    ],
    "Q14_chengdu_2019_plan": [
        ("地区生产总值增长7.5%左右。", [t("地区生产总值", 7.5, "%", "~", G)], None),
        ("全社会固定资产投资增长10%。", [t("全社会固定资产投资", 10, "%", "=", G)], None),
        ("社会消费品零售总额增长9%。", [t("社会消费品零售总额", 9, "%", "=", G)], None),
        ("一般公共预算收入与经济保持同步增长。", [], "no figure"),
        ("城乡居民人均可支配收入分别增长7.5%、8%。", [t("城乡居民人均可支配收入", 7.5, "%", "=", G), t("城乡居民人均可支配收入", 8, "%", "=", G)],
         "分别: urban 7.5%, rural 8%; the metric is printed once for both"),
        ("全社会研发投入增长12%。", [t("全社会研发投入", 12, "%", "=", G)], None),
        ("万元地区生产总值能耗、主要污染物排放进一步降低。", [], "no figure (万元 is part of the metric name)"),
        ("城镇登记失业率控制在4%以内。", [t("城镇登记失业率", 4, "%", "<=", L)], None),
        ("经市政府研究同意,现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们,请结合实际,认真组织实施。", [], "the year"),
    ],
    "Q15_fujian_2018_sep": [
        ("2018年省委、省政府确定的27件为民办实事项目已实施过半,部分项目已提前完成年度任务。", [], "programme size"),
        ("省级以上补助资金累计下达116.99亿元,其中有17个项目已完成或超计划完成资金下达任务;", [], "actuals"),
        ("截至9月底,全省各地均已完成提标任务,惠及残疾人67.5万人。", [], "actuals"),
        ("提高困难残疾人生活补贴和重度残疾人护理补贴标准", [], "project heading, no figure"),
        ("奖补385所乡镇敬老院、占年度任务192.5%;农村幸福院建设项目400个已全部开工;", [], "actuals (the share implies a target but it is not printed)"),
    ],
    "Q16_jiayu_2021_plan": [
        ("(一)地区生产总值增长11%。", [t("地区生产总值", 11, "%", "=", G)], None),
        ("(二)地方公共预算收入增长32%。", [t("地方公共预算收入", 32, "%", "=", G)], None),
        ("(三)规模以上工业增加值增长11.5%。", [t("规模以上工业增加值", 11.5, "%", "=", G)], None),
        ("(四)固定资产投资增长12%。", [t("固定资产投资", 12, "%", "=", G)], None),
        ("(五)社会消费品零售总额增长16%、外贸进出口总额增长16%。", [t("社会消费品零售总额", 16, "%", "=", G), t("外贸进出口总额", 16, "%", "=", G)], None),
        ("(六)城乡居民人均可支配收入与经济增长同步。", [], "no figure"),
        ("县政府政务督查室将对各单位的贯彻落实情况开展专项督查", [], "no figure"),
    ],
}

# task rows: doc, ref, text_start, lead_units, co_units, lead_leaders, progress_start, label, note
TASKS = []

HN_L = ["分管副省长", "协管副秘书长"]
HN = "leader ROLES printed in the bracket ('分管副省长、协管副秘书长负责') annotated as lead_leaders (judgement call: roles, not names)"
TASKS += [
    ("Q01_hunan_2014_plan", "(一)1", "毫不动摇巩固和发展公有制经济", ["省国资委"], [], HN_L, None, None, HN + "; unnumbered task inside heading (一)'s paragraph, closed by its bracket"),
    ("Q01_hunan_2014_plan", "(一)2", "毫不动摇鼓励、支持、引导非公有制", ["省经信委"], ["省发改委"], HN_L, None, None,
     HN + "; '省经信委、省发改委负责' split by the document's rule '列第一者为牵头单位'"),
    ("Q01_hunan_2014_plan", "(一)3", "推进工商注册制度便利化", ["省工商局"], [], HN_L, None, None, HN),
]

GZ = "traditional with glosses; co-units as printed (國土房管局 without 市)"
TASKS += [
    ("Q02_guangzhou_2006_plan", "(一)", "加快建設(shè)東部、花都、南沙", ["市經(jīng)貿(mào)委"], ["市發(fā)改委", "國土房管局", "外經(jīng)貿(mào)局", "規(guī)劃局"], [], None, None, GZ),
    ("Q02_guangzhou_2006_plan", "(二)", "東部石化基地、南沙臨港", ["市發(fā)改委"], ["市經(jīng)貿(mào)委", "國土房管局", "規(guī)劃局", "黃埔區(qū)政府", "南沙區(qū)政府"], [], None, None,
     GZ + "; number and first word garbled ('?。ǘ┩七M(jìn)'), text_start taken after the garbage"),
    ("Q02_guangzhou_2006_plan", "(三)", "廣州國際生物島和廣州科學(xué)城", ["市發(fā)改委"], ["市經(jīng)貿(mào)委", "科技局", "外經(jīng)貿(mào)局"], [], None, None, GZ + "; number garbled"),
    ("Q02_guangzhou_2006_plan", "(四)", "加快廣州空港、南沙、黃埔三大", ["市交委"], ["市經(jīng)貿(mào)委", "外經(jīng)貿(mào)局"], [], None, None, GZ),
    ("Q02_guangzhou_2006_plan", "(五)", "引導(dǎo)金融機構(gòu)集聚", ["市金融辦"], ["市國土房管局", "規(guī)劃局"], [], None, None, GZ + "; number and first clause garbled"),
    ("Q02_guangzhou_2006_plan", "(六)", "機場商品交易市場和國際采購", ["市經(jīng)貿(mào)委"], ["市建委", "國土房管局"], [], None, None, GZ + "; number garbled"),
    ("Q02_guangzhou_2006_plan", "(七)", "廣州國際會展中心二期", [], [], [], None, None, "number garbled; cut by the excerpt before its bracket"),
]

ZZ_DEV, ZZ_ECO, ZZ_FIN, ZZ_COM = "市發(fā)展改革委", "市經(jīng)委", "市財(cái)政局", "市商務(wù)局"
ZZ = "unit given by the group line after the targets it covers"
for ref, start, unit in [("1", "地區(qū)生產(chǎn)總值增長15%", ZZ_DEV), ("2", "第三產(chǎn)業(yè)增加值達(dá)到1000億元", ZZ_DEV),
                         ("3", "城鎮(zhèn)固定資產(chǎn)投資新增200億元", ZZ_DEV), ("4", "人均地區(qū)生產(chǎn)總值達(dá)到4000美元", ZZ_DEV),
                         ("5", "規(guī)模以上工業(yè)銷售收入達(dá)到3000億元", ZZ_ECO), ("6", "地方財(cái)政收入凈增50億元", ZZ_FIN),
                         ("7", "實(shí)際利用外商直接投資達(dá)到8億美元", ZZ_COM), ("8", "社會(huì)消費(fèi)品零售總額增長16%", ZZ_COM)]:
    TASKS.append(("Q03_zhengzhou_2007_mubiao", ref, start, [unit], [], [], None, None, ZZ))

TASKS += [
    ("Q04_xianyang_2022_fangguanfu", "1", "全面實施行政許可事項清單管理", ["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"], ["市級各有關部門", "各縣市區政府"], [], None, None,
     "'A、B牽頭,C及D按職責分工負責': 牽頭 → lead, 按職責分工負責 → co; 及 splits the co list (judgement call)"),
    ("Q04_xianyang_2022_fangguanfu", "2", "持續深化相對集中行政許可權改革", ["市政府辦公室", "市"], [], [], None, None,
     "bracket cut after '市政府辦公室、市'; the cut list read as the lead (as plans4 P19), the cut unit kept as printed"),
    ("Q05_qiqihar_2020_plan", "1", "完善人力资源服务体系", [], [], [], None, None, "no unit printed"),
    ("Q05_qiqihar_2020_plan", "2", "实施就业优先政策", [], [], [], None, None, "no unit printed; cut by the excerpt"),
    ("Q06_xialu_2020_plan", "1", "切实提高政治站位,慎终如始", ["区卫健局"], ["区疫情防控指挥部成员单位", "各街办(新区)"], [], None, None, "square bracket"),
    ("Q06_xialu_2020_plan", "2", "以爱国卫生运动和文明城市创建", ["区卫健局", "区创文办"], ["区疫情防控指挥部成员单位", "区创文工作领导小组成员单位", "各街办(新区)"], [], None, None, "square bracket; two lead units"),
    ("Q06_xialu_2020_plan", "3", "积极争取政策", [], [], [], None, None, "cut by the excerpt in its first words"),
]

FJ = "Chinese-numeral item that is a task (not a section); no unit printed"
TASKS += [
    ("Q07_fujian_2017_plan", "一", "实施造福工程易地扶贫搬迁工程", [], [], [], None, None, FJ),
    ("Q07_fujian_2017_plan", "二", "提高农村居民最低生活保障标准", [], [], [], None, None, FJ),
    ("Q07_fujian_2017_plan", "三(一)", "强化食品生产加工、市场流通", [], [], [], None, None, "sub-task of heading 三; no unit"),
    ("Q07_fujian_2017_plan", "三(二)", "福州、厦门、莆田继续开展食品", [], [], [], None, None, "sub-task; no unit"),
    ("Q07_fujian_2017_plan", "三(三)", "建设覆盖省、市、县(区)的农资", [], [], [], None, None, "sub-task; no unit"),
    ("Q07_fujian_2017_plan", "三(四)", "加强食品安全风险监测", [], [], [], None, None, "sub-task; no unit"),
    ("Q07_fujian_2017_plan", "三(五)", "严打危害食品安全违法犯罪活动", [], [], [], None, None, "sub-task; no unit"),
    ("Q07_fujian_2017_plan", "四(一)", "2017年安排建设300个农村幸福院", [], [], [], None, None, "sub-task of heading 四; no unit"),
]

SX1, SX2 = ["孟学农"], ["薛延忠"]
SX_ORG = ["省财政厅", "省人事厅", "省农业厅", "省直有关部门", "各市人民政府"]
SX = "leader from the heading '一、孟学农省长负责的工作', lead from '(X)省…牵头的工作'; the group line '协同单位:…' covers the tasks above it"
TASKS += [
    ("Q08_shanxi_2008_plan", "一(一)", "加强行政监察工作,全面落实", ["省监察厅"], [], SX1, None, None, SX + "; no 协同 line"),
    ("Q08_shanxi_2008_plan", "一(二)", "全面加强审计工作", ["省审计厅"], ["省直各部门", "各市人民政府"], SX1, None, None, SX + "; 和 splits the co list"),
    ("Q08_shanxi_2008_plan", "一(三)1", "深化行政管理体制改革,优化", ["省编办"], SX_ORG, SX1, None, None, SX + "; '省农业厅等省直有关部门和各市人民政府': 等 and 和 split (judgement call)"),
    ("Q08_shanxi_2008_plan", "一(三)2", "积极稳妥地推进乡镇机构改革", ["省编办"], SX_ORG, SX1, None, None, SX),
    ("Q08_shanxi_2008_plan", "二(一)1", "加强政府自身建设,切实优化政务", ["省人民政府办公厅"], ["省直有关部门", "各市人民政府"], SX2, None, None, SX + "; the 协同 line follows each task here"),
    ("Q08_shanxi_2008_plan", "二(一)2", "认真执行省人大及其常委会的各项", ["省人民政府办公厅"], ["省直有关部门", "各市人民政府"], SX2, None, None, SX),
    ("Q08_shanxi_2008_plan", "二(一)3", "进一步完善民主科学决策的体制", ["省人民政府办公厅"], [], SX2, None, None, SX + "; cut by the excerpt before its 协同 line"),
]

TJ = "'N是heading。progress' item; no unit"
for ref, start, prog in [("一", "高速公路建设", "京津塘二线路基工程完成98%"), ("二", "海河综合开发", "进步桥、金阜桥、光华桥竣工通车"),
                         ("三", "快速路等重点项目建设", "西北半环建设进度加快"), ("四", "治理道路拥堵", "国庆节前完成8条市区旧路改造"),
                         ("五", "里巷道路改造、供热补建和旧楼区", "进展顺利,分别完成今年计划"), ("六", "公交设施建设", "国庆节前公交场站开工15座"),
                         ("七", "绿化建设", "三季度全市新开工绿化面积809"), ("八", "散片平房拆迁", "三季度完成拆迁33万平方米"),
                         ("九", "新家园建设", "国庆节前华明、双港两个新家园")]:
    TASKS.append(("Q09_tianjin_minxin_sep", ref, start, [], [], [], prog, None,
                  TJ + ("; heading and progress in one clause ('…综合整修进展顺利,分别完成…')" if ref == "五" else
                        "; progress cut by the excerpt" if ref == "九" else "")))

CZ_CO = ["滁州经开区管委会", "中新苏滁高新区管委会", "各县、市、区政府"]
CZ = "label paragraphs 牵头负责领导 / 牵头责任单位 / 协同责任单位; 等 dropped; '各县、市、区政府' kept as one unit (as printed)"
TASKS += [
    ("Q10_chuzhou_2020_plan", "1", "地区生产总值增长8%以上", ["市发展改革委"], ["市经信局", "市商务局", "市交通局", "市农业农村局"] + CZ_CO, ["金力"], None, None, CZ),
    ("Q10_chuzhou_2020_plan", "2", "财政收入增长8%左右", ["市财政局"], ["市税务局", "滁州海关", "市人行"] + CZ_CO, ["金力"], None, None, CZ),
    ("Q10_chuzhou_2020_plan", "3", "固定资产投资增长10%以上", ["市发展改革委"], ["市经信局", "市住建局", "市交通局", "市水利局"] + CZ_CO, ["金力"], None, None, CZ),
    ("Q10_chuzhou_2020_plan", "4", "社会消费品零售总额增长10.5%", [], [], ["姚志"], None, None, "cut by the excerpt in the 牵头责任单位 label"),
]

JZ = "bare bracket with no label: a single unit list → lead_units (、 and , both split)"
JZ_TAIL = ["各县市区政府", "荆州开发区"]
for ref, start, units in [("1", "地区生产总值增长11%", ["市发改委", "市政府相关部门"]), ("2", "固定资产投资增长25%", ["市发改委"]),
                          ("3", "社会消费品零售总额增长16%以上", ["市商务局"]), ("4", "财政一般预算收入增长13%", ["市财政局", "市国税局", "市地税局"]),
                          ("5", "城镇居民人均可支配收入增长8%", ["市发改委", "市政府相关部门"]), ("6", "农民人均纯收入增长7%", ["市农业局", "市林业局", "市水产局"]),
                          ("7", "居民消费价格涨幅控制在4.5%", ["市发改委", "市物价局", "市政府相关部门"]), ("8", "城镇登记失业率控制在4.5%", ["市劳动和社会保障局"]),
                          ("9", "人口自然增长率控制在6‰以内", ["市人口和计生委"]),
                          ("10", "万元生产总值综合能耗、化学需氧量", ["市发改委", "市经委", "市环保局", "市水利局", "市建委", "荆州供电公司"])]:
    TASKS.append(("Q11_jingzhou_2009_plan", ref, start, units + JZ_TAIL, [], [], None, None, JZ))
TASKS.append(("Q11_jingzhou_2009_plan", "11", "积极争取中省投资和扩大招商引资", ["市发改委", "市经委", "市国资委", "市商务局", "市建委", "市水"], [], [], None, None,
              "'(责任单位:…)' after the task; cut by the excerpt (市水…), the cut unit kept as printed"))

LY = "'(牽頭單位:X;共同責任單位:…)': 共同責任單位 → co_units"
TASKS += [
    ("Q12_lianyungang_2021_shishi", "1", "新改擴建中小學25所", ["市教育局"], ["市發改委", "市財政局", "市資源局", "市住建局", "各縣區"], [], None, None, LY),
    ("Q12_lianyungang_2021_shishi", "2", "新建幼兒園16所", ["市教育局"], ["市資源局", "市住建局", "各縣區"], [], None, None, LY),
    ("Q12_lianyungang_2021_shishi", "3", "推進中小學校舍安全工程", ["市教育局"], ["市財政局", "市資源局", "市住建局", "各縣區"], [], None, None, LY),
    ("Q12_lianyungang_2021_shishi", "4", "創建優質幼兒園26所", ["市教育局"], [], [], None, None, LY + "; cut after '共同責任單位:'"),
]

TASKS += [
    ("Q13_huaian_2020_shishi", "1①", "提标改造70个老旧小区", ["市住建局", "各县区政府", "淮安经济技术开发区管委会"],
     ["各管线产权单位", "市体育局", "市发改委", "市公安局", "市城管局", "市自然资源局", "市市场监管局", "市审计局", "市工信局", "市财政局"], [], None, None,
     "one cell per line, the 责任单位/协办单位 boundary lost: the implementing bureau and the local governments read as 责任单位, the rest as 协办单位 (judgement call); the 进度要求 cell is a schedule, not progress"),
    ("Q13_huaian_2020_shishi", "1②", "在城区重要路段、街区新建改造26座", ["市城管局", "清江浦区政府", "淮阴区政府", "洪泽区政府", "淮安经济技术开发区"], [], [], None, None,
     "unit lines cut by the excerpt before any 协办 unit can be told apart; all read as 责任单位 (judgement call)"),
]

CD = "'(牵头领导:name,牵头单位:X,责任单位:…,数据提供单位:Y)'; the 数据提供单位 is neither lead nor co (judgement call)"
TASKS += [
    ("Q14_chengdu_2019_plan", "(一)", "地区生产总值增长7.5%左右", ["市发改委"], [], ["谢瑞武"], None, None, CD),
    ("Q14_chengdu_2019_plan", "(二)", "全社会固定资产投资增长10%", ["市发改委"], ["市农业农村局", "市经信局", "市商务局", "市住建局"], ["谢瑞武"], None, None, CD),
    ("Q14_chengdu_2019_plan", "(三)", "社会消费品零售总额增长9%", ["市商务局"], [], ["刘筱柳"], None, None, CD),
    ("Q14_chengdu_2019_plan", "(四)", "一般公共预算收入与经济保持同步", ["市财政局"], ["市税务局"], ["谢瑞武"], None, None, CD),
    ("Q14_chengdu_2019_plan", "(五)", "城乡居民人均可支配收入分别增长", ["市人社局"], ["市农业农村局"], ["刘筱柳"], None, None, CD + "; ';' before 数据提供单位"),
    ("Q14_chengdu_2019_plan", "(六)", "全社会研发投入增长12%", ["市科技局"], ["市经信局", "市教育局", "市住建局", "市商务局", "市卫健委", "市财政局"], ["曹俊杰"], None, None, CD),
    ("Q14_chengdu_2019_plan", "(七)", "万元地区生产总值能耗、主要", ["市发改委"], ["市经信局", "市生态环境局"], ["谢瑞武"], None, None, CD),
    ("Q14_chengdu_2019_plan", "(八)", "城镇登记失业率控制在4%以内", ["市人社局"], [], ["刘筱柳"], None, None, CD),
]

FJ18 = "heading phrase followed directly by its progress in one paragraph; no number, no unit"
TASKS += [
    ("Q15_fujian_2018_sep", "1", "推进养老服务工程建设", [], [], [], "截至9月底,居家社区养老服务", None, FJ18),
    ("Q15_fujian_2018_sep", "2", "治理“餐桌污染”建设“食品放心", [], [], [], "截至9月底,全省开展食品安全", None, FJ18),
    ("Q15_fujian_2018_sep", "3", "提高困难残疾人生活补贴和重度", [], [], [], "截至9月底,全省各地均已完成", None, FJ18),
    ("Q15_fujian_2018_sep", "4", "扶持高校毕业生就业创业", [], [], [], "据介绍,今年已组织4572名", None, FJ18 + "; progress cut by the excerpt"),
]

JY_CO = ["各镇人民政府", "嘉鱼经济开发区"]
JY = "'(牵头单位:X;责任单位:A,B)', square bracket when X has a bracket"
TASKS += [
    ("Q16_jiayu_2021_plan", "(一)", "地区生产总值增长11%", ["县发改局(粮食局)"], JY_CO, [], None, None, JY),
    ("Q16_jiayu_2021_plan", "(二)", "地方公共预算收入增长32%", ["县财政局"], ["县税务局"] + JY_CO, [], None, None, JY),
    ("Q16_jiayu_2021_plan", "(三)", "规模以上工业增加值增长11.5%", ["县科经局"], JY_CO, [], None, None, JY),
    ("Q16_jiayu_2021_plan", "(四)", "固定资产投资增长12%", ["县发改局(粮食局)"], JY_CO, [], None, None, JY),
    ("Q16_jiayu_2021_plan", "(五)", "社会消费品零售总额增长16%", ["县科经局"], JY_CO, [], None, None, JY),
    ("Q16_jiayu_2021_plan", "(六)", "城乡居民人均可支配收入与经济", ["县发改局(粮食局)", "县农业农"], [], [], None, None, JY + "; cut by the excerpt in the lead list (县农业农…), kept as printed"),
]

# No document of this batch states the office's verdict per row (Q15 and Q09 report progress only).
JUDGED = []


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
