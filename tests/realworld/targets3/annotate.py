"""Hand annotations of batch targets3, written before duban was run on these documents.

Running it writes documents.jsonl, tasks.jsonl, targets.jsonl and judged.jsonl next to it and checks that
every annotated text is copied verbatim from its document (docs/<id>.txt, kept as the search returned it).
"""

import json
import pathlib

B = pathlib.Path(__file__).resolve().parent

# id, source, province, level, year, kind, layout
DOCS = [
    ("U01_neimenggu_2024", "http://ppia-china.com/cn1/x_news_show.asp?NewsID=3102&parentId=comId1405829999100_15", "内蒙古", "省", 2024, "narrative",
     "trade-association repost of a newspaper item: the region's 2024 work-report targets as one list sentence of counts ('改造…2220公里、老旧小区1639个、棚户区1.56万套,建成…'), then two more sentences; disclaimer with a phone number"),
    ("U02_guangxi_2021", "http://attbr.com/city/detail/id/5574.html", "广西", "省", 2021, "narrative",
     "news report of the regional government work report: last year's results and the 2021 main targets in one ','-separated sentence (cut after the 节能减排 clause)"),
    ("U03_tianjin_2018", "http://paper.people.com.cn/zgcsb/html/2018-07/16/content_1868203.htm", "天津", "省", 2018, "narrative",
     "newspaper brief (直辖市, annotated at province level) on the city's 20项民心工程: two target sentences and one progress sentence in short paragraphs"),
    ("U04_jilin_2022", "http://tonyzo.com/wt/yule/59716.html", "吉林", "省", 2022, "narrative",
     "repost of a provincial newspaper item on old-compound renovation: the year's count target, last years' results, then the deadline sentence; aggregator spam and a repeated teaser after the text"),
    ("U05_tongxiang_2020_plan", "http://www.nbxinxi.com/a/gedizhengce/zhejiangsheng/jiaxingshi/tongxiangsh/2021/0602/178890.html", "浙江", "县", 2020, "plan",
     "county-level city split reposted on an aggregator: a heading per leader ('一、于会游市长主抓重点工作'), numbered tasks '1.…' each followed by a line '责任单位:A、B、C…' whose first unit leads ('列第一位者为牵头或汇总单位'); cut in task 3"),
    ("U06_qianjiang_2017_plan", "https://www.hbqj.gov.cn/xxgk/zc/qtwj/szfbwj/2017/201701/t20170113_2136642.html", "湖北", "市", 2017, "plan",
     "city notice with the responsibility split: main targets in one ';'-separated sentence, then section headings and task prose; cut before any unit is printed"),
    ("U07_xinxiang_2022", "http://rb.xxrb.com.cn/html/2022-04/02/content_113383.htm", "河南", "市", 2022, "narrative",
     "front-page newspaper article: the city's main targets in one sentence, then the targets of three counties (卫辉市, 辉县市, 凤泉区) in prose; cut"),
    ("U08_cangxi_2021q3", "https://www.cngy.gov.cn/gongkai/show/20210910085141-39400-00-000.html", "四川", "县", 2021, "narrative",
     "county news page: three measures numbered ⑴⑵⑶ run together in one paragraph, each with the third-quarter targets"),
    ("U09_changan_2022_shishi", "https://www.ixian.cn/archiver/tid-1783299.html", "陕西", "区", 2022, "plan",
     "forum repost of the district's ten 惠民实事: '一是…。' first item inside the lead paragraph, then one item per line '二是heading。targets。'; no units; a reader comment at the end"),
    ("U10_weiyang_2023_shishi", "https://c.m.163.com/news/a/HTCJPB4P051495SS.html", "陕西", "区", 2023, "plan",
     "NetEase repost of the district's 为民办实事: lead paragraph with four headline targets, then blocks '01' / heading / one or more target lines; cut in block 07; no units"),
    ("U11_changsha_2021_plan", "http://www.ptshed.com/szf/zfgb/2021n/202102280/202104/t20210409_9874339.html", "湖南", "市", 2021, "plan",
     "repost of the city notice; the responsibility table flattened one cell per line ending ' |' (目标任务|责任领导|牵头单位|责任单位), cut inside the first row's lead unit"),
    ("U12_guizhou_2021_shishi", "https://www.gzbs.cn/yuanchuang/202102074059.html", "贵州", "省", 2021, "plan",
     "newspaper item: the province's ten 民生实事 in one ';'-separated sentence"),
    ("U13_xinjiang_2023", "https://hts.gov.cn/bendixinwen/show.php?itemid=29152", "新疆", "省", 2023, "narrative",
     "excerpt of the regional government work report on a county site: main targets in one ';'-separated sentence, then numbered areas of work with output targets in prose; year not printed (inferred from 建设农业强国 and 八大产业集群, 2023 report); cut"),
    ("U14_qingxu_2022", "https://paper.cuduwang.com/Html/2022-01-26/47971.html", "山西", "县", 2022, "narrative",
     "county newspaper summary of the government work report: '今年主要预期指标是:' one ';'-separated sentence; cut"),
    ("U15_dazhu_2016_plan", "http://www.dazhu.gov.cn/xxgk-show-947.html", "四川", "县", 2016, "plan",
     "county notice with its attachment table flattened one cell per paragraph: 序号|民生实事|责任单位|完成时限, several units as separate paragraphs, row 5 with two tasks and two deadlines"),
    ("U16_zhonglou_2021_plan", "https://1wenmi.com/doc/507125.html", "江苏", "区", 2021, "plan",
     "document-sharing site preview of a .docx table with all cell boundaries lost: '序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施…。何海平教育局经开区…' run together, page markers '2、' '3、' inside cells; district inferred from 幸福钟楼 and 邹区镇 (常州钟楼区)"),
    ("U17_huoshan_2025_plan", "https://www.ahhuoshan.gov.cn/public/6598161/37968314.html", "安徽", "县", 2025, "plan",
     "county development-zone task list: table flattened one cell per line ending ' |' (序号|重点工作|责任领导|责任单位|完成时限); stray spaces inside the task cells"),
    ("U18_quzhou_2021_plan", "http://www.qz.gov.cn/art/2021/3/26/art_1229563913_2265193.html", "浙江", "市", 2021, "plan",
     "city notice: numbered tasks '1.…。' each followed by '牵头市领导:name' and '责任单位:A、B…' paragraphs; cut in task 2's units"),
    ("U19_xuchang_2023_plan", "http://henan.kjzch.com/xuchang/2023-02-20/828214.html", "河南", "市", 2023, "plan",
     "repost of the city notice: headings 一、/(一), numbered tasks '1.…。' each followed by a line '责任单位:A、B…等,各县(市、区)政府(管委会)'; cut in task 2's units"),
    ("U20_yueyang_nov", "https://www.yueyang.gov.cn/ztxx/57832/57839/content_1644511.html", "湖南", "市", None, "progress",
     "city progress table of the 12 重点民生实事 as space-separated lines (序号 考核指标 单位 工作目标 已完成数 占年任务之比 备注), sub-rows without 序号; year not printed (probably 2019)"),
    ("U21_bozhou_2024_plan", "https://nyncj.bozhou.gov.cn/XxgkContent/show/2537918.html", "安徽", "市", 2024, "plan",
     "city agriculture bureau's split of the work report: table flattened one cell per line separated by '|' lines (序号|section|task|科室|person|deadline|phone), header row not in the excerpt, several units and persons per cell; cut in row 9"),
    ("U22_muli_2024q1", "http://www.gaoqing.gov.cn/gongkai/site_gqxmlzrmzf/channel_c_5f9f6c84b9dfe9bfb0a8c883_n_1605684531.6421/doc_6618a34bcbc9b8d285715437.html", "山东", "乡镇", 2024, "progress",
     "township first-quarter progress table flattened one cell per paragraph: 目标任务|执行措施|工作进展|后续举措|责任分工|监督方式; cut in row 2"),
    ("U23_sanmenxia_2023_plan", "https://www.smx.gov.cn/4495/616358304/1101253.html", "河南", "市", 2023, "plan",
     "city notice: numbered indicator targets '1.…。(unit,各县〔市、区〕政府)' one per line; cut in item 11"),
    ("U24_tianjin_2020_oct", "http://news.72177.com/2020/1217/4545814.shtml", "天津", "省", 2020, "progress",
     "news report on the city's 乡村振兴 indicators: per indicator '全年任务为…,已全部建设完成/实际改造…' in ';'-separated clauses under the lead sentence '7项提前完成全年任务的指标包括'; 直辖市 annotated at province level"),
    ("U25_henan_2023_shishi", "https://i.xpaper.net/hnrbncb/news/7867/46732/235616-1.shtml", "河南", "省", 2023, "plan",
     "newspaper report of the province's ten 重点民生实事: a heading line per item with its number glued on ('1开展…'), then the target line; cut in item 7"),
    ("U27_guizhou_2020_shishi", "http://zuoy.net/19/183805.html", "贵州", "省", 2020, "plan",
     "repost of a People's Daily item: the province's ten 民生实事 numbered '(1)…。' one per line, several counts per item"),
    ("U26_nanling_2024_plan", "https://www.nlx.gov.cn/openness/public/6605131/39230837.html", "安徽", "县", 2024, "plan",
     "county split table flattened one cell per line ending ' |' (序号|目标与任务|分管县领导|牵头责任单位|责任单位), excerpt starts at row 80; leader names padded with spaces, two names run together in one cell"),
]


def t(metric, value, unit, comparator, kind):
    return {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind}


G, D, I, L, T = "growth_rate", "decline_rate", "increment", "level", "total"

# doc -> list of (text, [targets], note or None)
TARGETS = {
    "U01_neimenggu_2024": [
        ("内蒙古2024将改造城镇老旧管网2220公里", [t("改造城镇老旧管网", 2220, "公里", "=", I)], "title; 2024 is the year"),
        ("根据《2024年内蒙古自治区政府工作报告》,2024年,内蒙古将改造城镇老旧管网2220公里、老旧小区1639个、棚户区1.56万套,建成农村牧区户厕6.2万个、公路5106公里,改造危房4211户,铺设边境地区广电光缆4000公里。",
         [t("改造城镇老旧管网", 2220, "公里", "=", I), t("改造老旧小区", 1639, "个", "=", I), t("改造棚户区", 1.56, "万套", "=", I),
          t("建成农村牧区户厕", 6.2, "万个", "=", I), t("建成公路", 5106, "公里", "=", I), t("改造危房", 4211, "户", "=", I),
          t("铺设边境地区广电光缆", 4000, "公里", "=", I)], "list members after the first share its verb (改造/建成); 2024年 are dates"),
        ("启动新一轮偏远地区用电升级工程,着力解决2.4万户偏远农牧户、58个边防哨所用电难问题。",
         [t("解决用电难问题的偏远农牧户", 2.4, "万户", "=", I), t("解决用电难问题的边防哨所", 58, "个", "=", I)], "counts framed by 解决…问题; 新一轮 is not a number"),
        ("新建扩建集中供水工程531处、分散式水源点工程909处,32万农牧民受益。",
         [t("新建扩建集中供水工程", 531, "处", "=", I), t("新建扩建分散式水源点工程", 909, "处", "=", I), t("受益农牧民", 32, "万", "=", I)],
         "judgement call: 32万农牧民受益 (beneficiaries) annotated as a target; no measure word, so unit 万 per the realdev convention"),
    ],
    "U02_guangxi_2021": [
        ("上游新闻记者注意到,政府工作报告提出,2020年全区地区生产总值增长3.7%,2021年全区生产总值增长目标为7.5%以上。",
         [t("全区生产总值", 7.5, "%", ">=", G)], "3.7% is the 2020 result, not a target"),
        ("蓝天立称,2020年广西全区地区生产总值增长3.7%,固定资产投资增长4.2%,进出口总额增长3.5%,稳住了经济基本盘,经受住了大战大考", [], "last year's results only"),
        ("一是疫情防控取得重大战略成果", [], "ordinal 一是; a result"),
        ("蓝天立表示,“十四五”时期是奋力建设壮美广西、共圆复兴梦想的关键时期,要重点抓好11个方面任务的落实", [], "十四五 and 11个方面 describe"),
        ("蓝天立指出,今年广西全区经济社会发展的主要预期目标是:地区生产总值增长7.5%以上,规模以上工业增加值增长8%以上,财政收入增长5%左右,固定资产投资增长15%以上,社会消费品零售总额增长12%以上,进出口总额增长7%以上,完成国家下达的节能减排降碳目标,",
         [t("地区生产总值", 7.5, "%", ">=", G), t("规模以上工业增加值", 8, "%", ">=", G), t("财政收入", 5, "%", "~", G),
          t("固定资产投资", 15, "%", ">=", G), t("社会消费品零售总额", 12, "%", ">=", G), t("进出口总额", 7, "%", ">=", G)],
         "one ','-separated sentence kept whole; the 节能减排 clause has no figure"),
    ],
    "U03_tianjin_2018": [
        ("今年年初,天津市启动实施20项民心工程,包括四个方面、68个子项目,每一项紧紧围绕老百姓最急最忧最怨的现实利益问题筹划和安排,涵盖就业、收入、社会保障、住房、医疗、教育、交通出行以及整治改善生态环境等方方面面。",
         [], "judgement call: 20项民心工程 / 四个方面 / 68个子项目 describe the programme, not targets"),
        ("其中包括,要在农村地区新建2.4万座无害化卫生户厕。", [t("新建无害化卫生户厕", 2.4, "万座", "=", I)], None),
        ("目前,全市首批3700多座已经改造完成,提升改造村内公厕100多所,全部工程预计于今年11月底完工。", [], "progress (3700多座, 100多所 done), 11月底 a date"),
        ("据了解,今年天津还将继续推动中心城区老旧小区及远年住房改造,完成1300个片区、4000万平方米改造任务。",
         [t("老旧小区及远年住房改造片区", 1300, "个", "=", I), t("老旧小区及远年住房改造面积", 4000, "万平方米", "=", I)], None),
        ("“高分子强力防腐防水材料”及“新型防火自保温材料”项目的落地,有效解决了高层建筑火灾隐患等问题。", [], "no figure"),
    ],
    "U04_jilin_2022": [
        ("今年吉林省计划改造1100个城镇老旧小区", [t("改造城镇老旧小区", 1100, "个", "=", I)], "title"),
        ("2022年,吉林省在确保2021年开工改造的1623个城镇老旧小区全部完工的基础上,将计划开工改造1100个老旧小区。",
         [t("完工城镇老旧小区", 1623, "个", "=", I), t("开工改造老旧小区", 1100, "个", "=", I)],
         "judgement call: 确保…1623个…全部完工 annotated as a target (completing last year's 1623 compounds); 2021年/2022年 dates"),
        ("经过全省上下共同努力,2020年度计划改造的1945个小区全部完工,2021年度计划改造的1623个小区提前3个月全部开工,进度排名全国前列。", [], "results of past years; 提前3个月 describes"),
        ("高标准完成中央巡视反馈问题整改,高质量完成国务院年度大督查的考核。", [], "no figure"),
        ("2022年,各市县将围绕年度工作目标,进一步做好强化组织领导、加快方案编制、加强施工组织、拓宽融资渠道、完善长效机制、抓好问题整改、典型示范引领等8个方面工作", [], "8个方面 describes"),
        ("确保10月底前,2021年开工改造的1623个小区全部完工、2022年计划改造的1100个小区全部开工。",
         [t("完工小区", 1623, "个", "=", I), t("开工小区", 1100, "个", "=", I)], "same judgement call as above; 10月底 is the deadline"),
    ],
    "U05_tongxiang_2020_plan": [
        ("1.制定出台高质量发展“1+4+8”政策体系,建立企业参与的政策决策机制,用更有含金量、更具精准性、更多获得感的政策,与企业共克时艰。", [], "1. item number; “1+4+8” names"),
        ("2.全面落实各级“五减”系列政策,加快兑现支持企业渡过难关“22条”和鼓励工业企业复工达产“10项举措”,力争为企业减负60亿元。",
         [t("为企业减负", 60, "亿元", "=", T)], "“22条” and “10项举措” name policies"),
        ("3.坚持政府过“紧日子”,全面实施财政绩效管理和集中财力办大事政策,“三公”经费预算再压减", [], "cut by the excerpt before the figure"),
    ],
    "U06_qianjiang_2017_plan": [
        ("2017年全市经济社会发展主要预期目标是:地区生产总值增长8.5%左右", [t("地区生产总值", 8.5, "%", "~", G)], "first clause of a ';'-separated sentence"),
        ("规模以上工业增加值增长9%以上", [t("规模以上工业增加值", 9, "%", ">=", G)], None),
        ("地方一般公共财政预算收入增长8%左右", [t("地方一般公共财政预算收入", 8, "%", "~", G)], None),
        ("全社会固定资产投资增长16%左右", [t("全社会固定资产投资", 16, "%", "~", G)], None),
        ("社会消费品零售总额增长11%左右", [t("社会消费品零售总额", 11, "%", "~", G)], None),
        ("城乡居民收入增长与经济增长同步", [], "no figure"),
        ("居民消费价格指数控制在103.5以内", [t("居民消费价格指数", 103.5, "", "<=", L)], "judgement call: an index (previous year = 100) with no unit"),
        ("城镇登记失业率控制在4.5%以内", [t("城镇登记失业率", 4.5, "%", "<=", L)], None),
        ("全面完成省下达节能减排任务。", [], "no figure"),
        ("突出工业主体地位。投资200亿元,实施工业项目“155”工程。", [t("工业项目投资", 200, "亿元", "=", T)], "“155” names the programme"),
        ("改造提升五大传统产业。", [], "五大 describes"),
        ("坚持调优调强,推进产业高端化、集群化、绿色化发展,加快构筑现代产业高地。", [], "no figure"),
    ],
    "U07_xinxiang_2022": [
        ("今年,从市一级到各县(市、区),地区生产总值预期增长目标均确定为10%以上,彰显了跳起来摘桃子的拼劲、跑起来奔目标的干劲。",
         [t("地区生产总值", 10, "%", ">=", G)], None),
        ("今年的市政府工作报告指出,要围绕“十大目标”、实施“十大行动”,推进“361015工程”。", [], "names of programmes"),
        ("主要预期目标是:地区生产总值突破3600亿元、增长10%以上,人均GDP、全员劳动生产率、人均可支配收入与经济增长协调同步,常住人口城镇化率提高1.5个百分点以上,规模以上工业增加值增长10%以上,固定资产投资增长15%以上,一般公共预算收入增长10%以上。",
         [t("地区生产总值", 3600, "亿元", ">=", T), t("地区生产总值", 10, "%", ">=", G), t("常住人口城镇化率", 1.5, "个百分点", ">=", I),
          t("规模以上工业增加值", 10, "%", ">=", G), t("固定资产投资", 15, "%", ">=", G), t("一般公共预算收入", 10, "%", ">=", G)], "突破 → >="),
        ("卫辉市提出的目标是:GDP增速15%,固定资产投资增速28%,规模以上工业增加值增速18%,社会消费品零售总额增长13.2%,一般公共预算收入增长30%。",
         [t("GDP", 15, "%", "=", G), t("固定资产投资", 28, "%", "=", G), t("规模以上工业增加值", 18, "%", "=", G),
          t("社会消费品零售总额", 13.2, "%", "=", G), t("一般公共预算收入", 30, "%", "=", G)], "增速 X% read as growth"),
        ("辉县市围绕“单项工作争第一、整体工作创一流”,全年推进总投资2146亿元的429个500万元以上项目,新开工千万元以上项目不低于120个,新增投资150亿元以上。",
         [t("推进500万元以上项目", 429, "个", "=", I), t("新开工千万元以上项目", 120, "个", ">=", I), t("新增投资", 150, "亿元", ">=", T)],
         "judgement call: 总投资2146亿元 describes the 429 projects; 500万元以上 and 千万元以上 describe project sizes"),
        ("凤泉区大力实施“541010工程”,确保经济增速10%以上、规模以上工业增加值增速10%",
         [t("经济增速", 10, "%", ">=", G), t("规模以上工业增加值", 10, "%", "=", G)], "“541010工程” names; excerpt cut after the second 10%"),
    ],
    "U08_cangxi_2021q3": [
        ("聚焦规上工业增加值、建筑业总产值等主要经济指标和GDP关键支撑指标,落实县领导联挂责任", [], "no figure"),
        ("力争三季度全县GDP增长10.8%以上,规上工业增加值增长11.8%以上,社消零总额增长22%以上,地方一般公共预算收入增长12.7%以上,城乡居民人均可支配收入高于全市平均水平。",
         [t("全县GDP", 10.8, "%", ">=", G), t("规上工业增加值", 11.8, "%", ">=", G), t("社消零总额", 22, "%", ">=", G),
          t("地方一般公共预算收入", 12.7, "%", ">=", G)], "三季度 is the period"),
        ("围绕中央预算内资金、一般债、专项债重点支持的行业领域,深度谋划包装一批大的基础设施项目、百亿级产业项目", [], "百亿级 describes"),
        ("加快推进S411公路、亭子口灌区工程(一期)等项目前期工作,计划完成总投资107.39亿元的3批次22个重点项目开工建设。",
         [t("开工建设重点项目", 22, "个", "=", I)], "judgement call: 总投资107.39亿元 and 3批次 describe the 22 projects; S411 and (一期) name"),
        ("按照“招引一批、储备一批、培育一批、申报一批”的原则,落实“专班制+清单制+大比武”制度", [], "一批 is not a figure"),
        ("推动逸家铝业、双博阀门等工业企业进规入统,六和人家、川西坝子等服务业企业进规上限,力争实现全年17家“四上”企业成功入库。",
         [t("“四上”企业入库", 17, "家", "=", I)], "the count stands before its noun, the verb (入库) after it"),
    ],
    "U09_changan_2022_shishi": [
        ("一是加快基础教育提质培优。", [], "ordinal 一是; item heading"),
        ("建成、改造长安十小、长安六中、太乙中心校等11所中小学及幼儿园硬件设施;遴选12所学校实施“新优质学校成长计划”。",
         [t("建成改造中小学及幼儿园硬件设施", 11, "所", "=", I), t("遴选学校实施新优质学校成长计划", 12, "所", "=", I)], "长安十小/长安六中 are school names"),
        ("建成投用西安市中医医院南院区,启动区公共卫生服务中心项目,改扩建、投入运营一批社区卫生服务中心和卫生院。", [], "一批 is not a figure"),
        ("建成凤林北路东延伸段等6条市政道路、建成子午大道长安二小天桥、安装终南大道长安段路灯。", [t("建成市政道路", 6, "条", "=", I)], "长安二小 is a name"),
        ("建成合能公馆街角等4处绿地广场、建成移动公厕12座、增设5G基站140座。",
         [t("建成绿地广场", 4, "处", "=", I), t("建成移动公厕", 12, "座", "=", I), t("增设5G基站", 140, "座", "=", I)], "5G names"),
        ("完成太乙、子午、五台3个街道新型农村社区后续安置房建设、完成小居安村287户群众回迁安置。",
         [t("完成新型农村社区后续安置房建设的街道", 3, "个", "=", I), t("回迁安置群众", 287, "户", "=", I)], "names between the verb and the count (太乙、子午、五台3个街道)"),
        ("完成22个小区供电设施改造;建设香积变等4座110千伏变电站,升压改造鸣犊变电站。",
         [t("完成供电设施改造的小区", 22, "个", "=", I), t("建设110千伏变电站", 4, "座", "=", I)], "110千伏 describes the substations"),
        ("建成天然气管网15公里、新建热力管网5.5公里,新增供热面积66万平方米;完成靖宁路给水管网工程,解决周边8千余户群众用水问题。",
         [t("建成天然气管网", 15, "公里", "=", I), t("新建热力管网", 5.5, "公里", "=", I), t("新增供热面积", 66, "万平方米", "=", I),
          t("解决用水问题的群众", 8, "千户", ">=", I)], "judgement call: 8千余户 (beneficiaries) annotated as a target, 余 → >=, unit as written 千户"),
        ("完成广场南路等5条路雨污分流改造、完成靖宁路、长兴南路2个积水点改造。",
         [t("雨污分流改造道路", 5, "条", "=", I), t("积水点改造", 2, "个", "=", I)], None),
        ("新建社区养老服务站5个,街道综合养老服务中心3个;改造提升社区养老服务站10个,新增养老床位300张。",
         [t("新建社区养老服务站", 5, "个", "=", I), t("新建街道综合养老服务中心", 3, "个", "=", I),
          t("改造提升社区养老服务站", 10, "个", "=", I), t("新增养老床位", 300, "张", "=", I)], None),
        ("新增城镇就业7400人,开展残疾人培训330人次、职技能培训1500人次。",
         [t("新增城镇就业", 7400, "人", "=", I), t("开展残疾人培训", 330, "人次", "=", I), t("开展职技能培训", 1500, "人次", "=", I)], None),
        ("十是全力做好就业服务保障。", [], "ordinal 十是; item heading"),
    ],
    "U10_weiyang_2023_shishi": [
        ("2023年未央区为民办实事项目今天公布,共安排十方面、20项,包括新增学位5000个、新增养老床位600个、新增公共停车位1100个、新增城镇就业10000人以上等项目。",
         [t("新增学位", 5000, "个", "=", I), t("新增养老床位", 600, "个", "=", I), t("新增公共停车位", 1100, "个", "=", I),
          t("新增城镇就业", 10000, "人", ">=", I)], "lead paragraph repeating four targets; 十方面、20项 describe the list"),
        ("持续扩充公办学位供给 充分保障基础教育需求", [], "block heading"),
        ("新建(改扩建)中小学、幼儿园7所,新增学位5000个。", [t("新建(改扩建)中小学、幼儿园", 7, "所", "=", I), t("新增学位", 5000, "个", "=", I)], None),
        ("新建医养结合社区卫生服务中心3家、社区卫生服务站4家,新增家庭病床200张。",
         [t("新建医养结合社区卫生服务中心", 3, "家", "=", I), t("新建社区卫生服务站", 4, "家", "=", I), t("新增家庭病床", 200, "张", "=", I)], None),
        ("建成互联网医院5家。", [t("建成互联网医院", 5, "家", "=", I)], None),
        ("开工建设区级公办养老院,新建12个社区养老服务站,新增养老床位600个。",
         [t("新建社区养老服务站", 12, "个", "=", I), t("新增养老床位", 600, "个", "=", I)], None),
        ("新建保障性租赁住房1000套,推动5000套保交房如期交付。",
         [t("新建保障性租赁住房", 1000, "套", "=", I), t("保交房如期交付", 5000, "套", "=", I)], "5000套 stands before its noun, the verb (交付) after it"),
        ("新增城镇就业10000人以上。", [t("新增城镇就业", 10000, "人", ">=", I)], None),
        ("开展补贴性培训3500人次以上,组织各类专场招聘活动24场,为高校毕业生提供优质见习岗位1000个。",
         [t("开展补贴性培训", 3500, "人次", ">=", I), t("组织专场招聘活动", 24, "场", "=", I), t("提供优质见习岗位", 1000, "个", "=", I)], None),
        ("发放创业担保贷款4000万元以上。", [t("发放创业担保贷款", 4000, "万元", ">=", T)], None),
        ("整体改造7个老旧小区,改造11个小区自来水管网、燃气管道,改造29个行政村供水管网。",
         [t("整体改造老旧小区", 7, "个", "=", I), t("改造自来水管网、燃气管道的小区", 11, "个", "=", I), t("改造供水管网的行政村", 29, "个", "=", I)], None),
        ("改造提升农贸市场10个、公厕30座。", [t("改造提升农贸市场", 10, "个", "=", I), t("改造提升公厕", 30, "座", "=", I)], None),
        ("建成高品质一刻钟便民生活圈2个,设立小区早餐点30个。",
         [t("建成高品质一刻钟便民生活圈", 2, "个", "=", I), t("设立小区早餐点", 30, "个", "=", I)], "一刻钟 describes"),
        ("建成通车市政道路11条,新建人行天桥1座、维护提升24座。",
         [t("建成通车市政道路", 11, "条", "=", I), t("新建人行天桥", 1, "座", "=", I), t("维护提升人行天桥", 24, "座", "=", I)], None),
        ("绿化亮化道路6条,改造道路积水点14处。", [t("绿化亮化道路", 6, "条", "=", I), t("改造道路积水点", 14, "处", "=", I)], None),
    ],
    "U11_changsha_2021_plan": [
        ("地区生产总值增长8%", [t("地区生产总值", 8, "%", "=", G)], "a table cell"),
        ("2021年是建党100周年、“十四五”规划开局之年,也是大力落实“三高四新”战略、推动高质量发展、建设现代化长沙的奋进之年。", [], "100周年, 十四五, 三高四新 name or describe"),
    ],
    "U12_guizhou_2021_shishi": [
        ("《政府工作报告》提出,2021年我省继续扎实办好“十件民生实事”。", [], "十件 names the list"),
        ("“十件民生实事”具体为:新建改扩建公办幼儿园100所", [t("新建改扩建公办幼儿园", 100, "所", "=", I)], "first clause of a ';'-separated sentence"),
        ("提质扩能40个县级医疗卫生机构,提升基层医疗机构服务能力", [t("提质扩能县级医疗卫生机构", 40, "个", "=", I)], None),
        ("改造提升50个标准化养老院,新增1万张护理型床位", [t("改造提升标准化养老院", 50, "个", "=", I), t("新增护理型床位", 1, "万张", "=", I)], None),
        ("开展职业技能培训100万人次,实现农村劳动力转移就业70万人,公益岗位安置就业困难人员6万人",
         [t("开展职业技能培训", 100, "万人次", "=", I), t("农村劳动力转移就业", 70, "万人", "=", I), t("公益岗位安置就业困难人员", 6, "万人", "=", I)], None),
        ("选派2000名科技特派员赴基层开展农技服务,选聘100名各类“产业导师”助推乡村振兴",
         [t("选派科技特派员", 2000, "名", "=", I), t("选聘“产业导师”", 100, "名", "=", I)], None),
        ("建成省地质博物馆并免费向公众开放", [], "no figure"),
        ("实施城镇老旧小区改造16.8万户,新建城市公共停车位3万个", [t("城镇老旧小区改造", 16.8, "万户", "=", I), t("新建城市公共停车位", 3, "万个", "=", I)], None),
        ("创建易地搬迁综合性文化服务示范点100个,改造提升旅游景区示范厕所100个",
         [t("创建易地搬迁综合性文化服务示范点", 100, "个", "=", I), t("改造提升旅游景区示范厕所", 100, "个", "=", I)], None),
        ("改造村道安全生命防护工程1500公里、农村公路危桥150座", [t("改造村道安全生命防护工程", 1500, "公里", "=", I), t("改造农村公路危桥", 150, "座", "=", I)], None),
        ("建成150个乡镇标准化应急救援站、2000个行政村应急广播系统。",
         [t("建成乡镇标准化应急救援站", 150, "个", "=", I), t("建成行政村应急广播系统", 2000, "个", "=", I)], None),
    ],
    "U13_xinjiang_2023": [
        ("今年我区经济社会发展的主要预期目标是:地区生产总值增长7%左右", [t("地区生产总值", 7, "%", "~", G)], "first clause of a ';'-separated sentence"),
        ("规模以上工业增加值增长9%左右", [t("规模以上工业增加值", 9, "%", "~", G)], None),
        ("固定资产投资增长11%左右", [t("固定资产投资", 11, "%", "~", G)], None),
        ("社会消费品零售总额增长12%左右", [t("社会消费品零售总额", 12, "%", "~", G)], None),
        ("进出口总额增长10%左右", [t("进出口总额", 10, "%", "~", G)], None),
        ("一般公共预算收入增长10%左右", [t("一般公共预算收入", 10, "%", "~", G)], None),
        ("城镇调查失业率控制在5.5%以内", [t("城镇调查失业率", 5.5, "%", "<=", L)], None),
        ("城镇居民人均可支配收入增长7%左右,农村居民人均可支配收入增长8%左右,居民消费价格涨幅保持在3%左右。",
         [t("城镇居民人均可支配收入", 7, "%", "~", G), t("农村居民人均可支配收入", 8, "%", "~", G), t("居民消费价格涨幅", 3, "%", "~", G)], "涨幅 → growth_rate"),
        ("实现今年的预期目标任务,要重点做好十二个方面工作:", [], "十二个方面 describes"),
        ("促进棉花产业稳产提质增效,确保棉花产量稳定在500万吨以上。", [t("棉花产量", 500, "万吨", ">=", T)], "output amount → total"),
        ("深入实施林果业提质增效工程,力争全区果品产量870万吨、蔬菜产量1600万吨。",
         [t("果品产量", 870, "万吨", "=", T), t("蔬菜产量", 1600, "万吨", "=", T)], None),
        ("深入实施畜牧业振兴行动,力争全区肉、奶、禽蛋产量分别增长10%、9%、2%。",
         [t("肉产量", 10, "%", "=", G), t("奶产量", 9, "%", "=", G), t("禽蛋产量", 2, "%", "=", G)], "分别 pairs three metrics with three rates"),
        ("落实最严格的耕地保护制度,稳步提高粮食和油料生产能力。", [], "no figure"),
        ("大力发展新型农业经营主体,深化农村产权制度改革,加快新疆农村综合产权交易中心建设,抓好农村宅基地制度改革试点工作。", [], "no figure"),
        ("全面推进新时代国家“三基地一通道”建设,全力保障国家能源安全。", [], "三基地一通道 names"),
        ("加大油气资源勘探开发和增储上产力度,力争原油产量3350万吨、天然气产量420亿立方",
         [t("原油产量", 3350, "万吨", "=", T), t("天然气产量", 420, "亿立方", "=", T)], "excerpt cut inside the unit (亿立方米); unit kept as printed"),
    ],
    "U14_qingxu_2022": [
        ("今年主要预期指标是:地区生产总值增长8.5%", [t("地区生产总值", 8.5, "%", "=", G)], "first clause of a ';'-separated sentence"),
        ("服务业增加值增长6%", [t("服务业增加值", 6, "%", "=", G)], None),
        ("规模以上工业增加值增长12%", [t("规模以上工业增加值", 12, "%", "=", G)], None),
        ("固定资产投资增长15%", [t("固定资产投资", 15, "%", "=", G)], None),
        ("社会消费品零售总额增长8%", [t("社会消费品零售总额", 8, "%", "=", G)], None),
        ("一般公共预算收入增长8%", [t("一般公共预算收入", 8, "%", "=", G)], None),
        ("城镇、农村常住居民人均可支配收入分别增长8%和8.5%。",
         [t("城镇常住居民人均可支配收入", 8, "%", "=", G), t("农村常住居民人均可支配收入", 8.5, "%", "=", G)], "分别 pairs two metrics with two rates"),
        ("约束性指标不折不扣完成市下达任务。", [], "no figure"),
        ("按照“1234”发展思路,保持发展态势,鼓起昂扬斗志,全力开打第二场战役“七大仗”", [], "“1234”, 第二场, 七大仗 name"),
    ],
    "U15_dazhu_2016_plan": [
        ("启动建设东柳河城区段综合治理工程和东湖湿地公园。", [], "no figure"),
        ("新建2座人行天桥。", [t("新建人行天桥", 2, "座", "=", I)], None),
        ("启动县图书馆新馆建设。", [], "no figure"),
        ("建成县残疾人综合服务中心。", [], "no figure"),
        ("开工建设县老年养护楼。", [], "no figure"),
        ("开工建设老年大学。", [], "second task of row 5, no figure"),
        ("迁建县政务服务中心。", [], "no figure"),
        ("加快推进土地滩水库建设。", [], "no figure"),
        ("启动大竹县第十二小学建设,新建中心幼儿园2所。", [t("新建中心幼儿园", 2, "所", "=", I)], "第十二小学 is a name"),
        ("完成棚户区改造2836户。", [t("棚户区改造", 2836, "户", "=", I)], None),
        ("城区再新建1个农贸市场。", [t("新建农贸市场", 1, "个", "=", I)], None),
    ],
    "U16_zhonglou_2021_plan": [
        ("实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个,其中幼儿园420个,中小学4580个。",
         [t("新建、改扩建学校重点建设项目", 12, "个", "=", I), t("计划竣工学校项目", 3, "个", "=", I), t("其中幼儿园", 7, "个", "=", I),
          t("其中小学", 4, "个", "=", I), t("其中初中", 1, "个", "=", I), t("增加学位", 5000, "个", "=", I),
          t("其中幼儿园学位", 420, "个", "=", I), t("其中中小学学位", 4580, "个", "=", I)], "其中 breakdowns annotated as targets too"),
        ("全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内",
         [t("城镇新增就业", 15000, "人", "=", I), t("失业人员再就业", 5800, "人", "=", I), t("新增参保大学生", 5400, "人", "=", I),
          t("城镇登记失业率", 3, "%", "<=", L)], "零就业 is not a figure"),
        ("支持成功自主创业2000人,支持大学生创业240人;开展职业技能补贴培训10000人次。",
         [t("支持成功自主创业", 2000, "人", "=", I), t("支持大学生创业", 240, "人", "=", I), t("开展职业技能补贴培训", 10000, "人次", "=", I)], None),
        ("完成瞿秋白纪念馆整体提升工程对外开放,完成常州盛宣怀故居(本体)修缮展陈。", [], "no figure"),
        ("推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。", [], "no figure"),
        ("为全区23000名老年人提供居家上门服务。", [t("提供居家上门服务的老年人", 23000, "名", "=", I)], "为…提供 framing"),
        ("提升改造8家城乡社区居家养老服务中心(站)。", [t("提升改造城乡社区居家养老服务中心(站)", 8, "家", "=", I)], None),
        ("对300户困难老人家庭进行居家适老化改造。", [t("居家适老化改造困难老人家庭", 300, "户", "=", I)], "对…进行 framing"),
        ("提升康复辅具社区租赁服务点建设水平,为IO(X)人提供康复辅具社区租赁服务。", [], "judgement call: the figure is garbled by the copy (IO(X), probably 1000) and cannot be read; no target"),
    ],
    "U17_huoshan_2025_plan": [
        ("坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机 制,落实重点项目“领导+专班””“项目管家”等制度,全力服务重 大项目落地见效。", [], "no figure; stray spaces kept"),
        ("全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。",
         [t("盘活僵尸企业", 10, "家", "=", I), t("盘活存量土地", 400, "亩", "=", I)], "stray space after 力争 kept"),
        ("持续提升园区承载能力,加快推进开发区污水处理厂及污水管 网提升项目,全面做好纬六路以北、中沟以北地块水电气路网 等基础设施配套。", [], "纬六路 is a name"),
    ],
    "U18_quzhou_2021_plan": [
        ("1.聚焦不平衡不充分问题,实施提高居民收入富民行动,加快构建以共同富裕为导向的发展格局。", [], "1. item number"),
        ("2.实施做大产业扩大税源行动,加快构建现代产业体系。", [], "2. item number"),
        ("深入贯彻“八八战略”、践行“八个嘱托”、推进“八大任务”", [], "names"),
        ("持续推动“1433”发展战略体系重重落地,全力打造“整体智治、唯实惟先”的现代政府", [], "“1433” names"),
    ],
    "U19_xuchang_2023_plan": [
        ("1.深入开展“项目建设年”活动,建立完善重点项目推进机制,抓细抓好沙陀湖调蓄工程、能信热电等容量替代民生热电工程等360个以上省、市重点项目建设,实施全生命周期服务管理,精准配置土地、用能、环境容量等要素资源,推动项目早开工、早建成,完成年度投资1700亿元以上。",
         [t("省、市重点项目建设", 360, "个", ">=", I), t("完成年度投资", 1700, "亿元", ">=", T)], "以上 between the count and its noun"),
        ("2.持续开展“三个一批”和项目集中观摩活动,充分发挥政府投资引导作用,提振民间投资信心,加快实施“十四五”重大工程,加强交通、能源、水利等重大基础设施项目建设,推动更多“六新”项目落地。",
         [], "三个一批, 十四五, 六新 name"),
    ],
    "U20_yueyang_nov": [
        ("减少义务教育大班额1.4万个以上", [t("减少义务教育大班额", 1.4, "万个", ">=", I)], "indicator cell; 1.4万 is the provincial figure, the city's 工作目标 column says 869"),
        ("所有县(市)实现二甲公立医院全覆盖", [], "二甲 is a grade"),
        ("基本消除村卫生室“空白村”(平江17、汩罗4)", [], "judgement call: per-county counts without a unit in brackets, read as a description"),
        ("改(新)建农村户用厕所100万户以上", [t("改(新)建农村户用厕所", 100, "万户", ">=", I)], "provincial figure"),
        ("推行“一村一辅警", [], "一村一 is not a figure"),
        ("完成10千伏及以下行政村配电网改造(37个村)", [t("行政村配电网改造", 37, "个", "=", I)], "10千伏 describes; count of villages in brackets"),
        ("60座台站开展省级节目数字化覆盖", [t("开展省级节目数字化覆盖的台站", 60, "座", "=", I)], "count before its noun, verb after"),
        ("新增15万户直播卫星用户", [t("新增直播卫星用户", 15, "万户", "=", I)], None),
        ("新建7000个贫困自然村通光纤", [t("新建通光纤贫困自然村", 7000, "个", "=", I)], None),
        ("新建1500个行政村4G基站", [t("新建行政村4G基站", 1500, "个", "=", I)], "4G names"),
    ],
    "U21_bozhou_2024_plan": [
        ("农村常住居民人均可支配收入与全省同步增长。", [], "no figure"),
        ("粮食产量100亿斤以上。", [t("粮食产量", 100, "亿斤", ">=", T)], None),
        ("农产品加工业产值增长15%以上。", [t("农产品加工业产值", 15, "%", ">=", G)], None),
        ("加快发展高端绿色食品产业,做好“粮头食尾”“畜头肉尾”“农头工尾”增值大文章,延长产业链,做强深加工,新增规上农产品加工企业10家,支持五得利面粉、金沙河面业、正宇面粉、大林冻干食品、欣浩翔食品等重点企业发展,实现全产业链产值1330亿元。",
         [t("新增规上农产品加工企业", 10, "家", "=", I), t("全产业链产值", 1330, "亿元", "=", T)], None),
        ("发展养生滋补预制菜产业,产值突破100亿元。", [t("养生滋补预制菜产业产值", 100, "亿元", ">=", T)], "突破 → >="),
        ("推进肉牛振兴“三七百”计划,实现高品质肉牛产业产值70亿元。", [t("高品质肉牛产业产值", 70, "亿元", "=", T)], "“三七百” names"),
        ("发展精品粮油、亳州花茶、绿色蔬果、调味品等特色产业,实现产值850亿元。", [t("特色产业产值", 850, "亿元", "=", T)], None),
        ("坚决扛稳耕地保护和粮食安全政治责任,一体推进稳面积、增单产、减损耗,全面实施良田、良种、良机、良法、优链、优农重点工程,粮食种植面积1300万亩,优质专用小麦播种面积620万亩,新建、改造提升高标准农田26万亩。",
         [t("粮食种植面积", 1300, "万亩", "=", L), t("优质专用小麦播种面积", 620, "万亩", "=", L), t("新建、改造提升高标准农田", 26, "万亩", "=", I)],
         "areas sown read as levels, the fields to build as an increment"),
        ("做好第三次全国土壤普查。", [], "第三次 ordinal"),
        ("实施种业振兴行动,育成具有自主知识产权的“丰优258”“涡麦229”小麦品种2个。", [t("育成小麦品种", 2, "个", "=", I)], "258 and 229 are variety names"),
    ],
    "U22_muli_2024q1": [
        ("强化招商引资“指挥部+专班(部门)+镇办(园区)”工作机制和“一把手”工程,全年新签约过亿元项目4个以上,落地镇办飞地项目1个。",
         [t("新签约过亿元项目", 4, "个", ">=", I), t("落地镇办飞地项目", 1, "个", "=", I)], "过亿元 describes the projects; 一把手 not a figure"),
        ("压实耕地保护和粮食安全责任,新建及改造提升高标准农田6506万亩,确保种植面积和粮食产量稳中有增。",
         [t("新建及改造提升高标准农田", 6506, "万亩", "=", I)], "as printed (6506万亩 is implausible for a township, probably 6506亩); annotated as printed"),
        ("一是镇党政主要领导定期外出招商,结合本镇实际,引进优质资源和项目。", [], "follow-up measure cell; ordinal 一是"),
    ],
    "U23_sanmenxia_2023_plan": [
        ("1.地区生产总值增长7%以上。", [t("地区生产总值", 7, "%", ">=", G)], "1. item number"),
        ("2.常住人口城镇化率提高1.2个百分点。", [t("常住人口城镇化率", 1.2, "个百分点", "=", I)], None),
        ("3.研发投入强度超过2.4%。", [t("研发投入强度", 2.4, "%", ">=", L)], "超过 → >="),
        ("4.规模以上工业增加值增长8%。", [t("规模以上工业增加值", 8, "%", "=", G)], None),
        ("5.固定资产投资增长10.5%。", [t("固定资产投资", 10.5, "%", "=", G)], None),
        ("6.社会消费品零售总额增长8%左右。", [t("社会消费品零售总额", 8, "%", "~", G)], None),
        ("7.进出口总值保持平稳增长。", [], "7. item number; no figure"),
        ("8.一般公共预算收入增长5%以上。", [t("一般公共预算收入", 5, "%", ">=", G)], None),
        ("9.城镇调查失业率控制在5.5%以内。", [t("城镇调查失业率", 5.5, "%", "<=", L)], None),
        ("10.居民人均可支配收入与经济增长基本同步。", [], "10. item number; no figure"),
    ],
    "U24_tianjin_2020_oct": [
        ("在纳入信息系统的17项指标中,目前已有7项指标提前完成全年任务,其余指标正按年初设定的计划进度有序推进。", [], "17项/7项 count indicators, not targets"),
        ("“六化六有”美丽村庄建设,全年任务为282个村,已全部建设完成", [t("美丽村庄建设", 282, "个", "=", I)], "六化六有 names; the target is 全年任务为282个村 (unit 个, noun 村)"),
        ("生活污水处理设施建设,全年任务为770个村,已全部建设完成", [t("生活污水处理设施建设村", 770, "个", "=", I)], None),
        ("益农信息社建设,全年任务为1296个,已全部建设完成", [t("益农信息社建设", 1296, "个", "=", I)], None),
        ("困难群众存量危房改造,全年任务为3800户,实际改造4559户,超额完成20%", [t("困难群众存量危房改造", 3800, "户", "=", I)], "4559户 and 20% are progress"),
        ("高标准农田建设,全年任务为25万亩,实际完成25.25万亩,超额完成1%", [t("高标准农田建设", 25, "万亩", "=", I)], "25.25万亩 and 1% are progress"),
        ("农村集体产权制度改革,全年任务为1392个村,已全部完成改革任务", [t("农村集体产权制度改革村", 1392, "个", "=", I)], None),
        ("家庭农场“百千万工程”,全年计划新创建示范家庭农场80个,新增农户家庭农场271个,新纳入名录系统家庭农场6581个,实际分别完成95个、310个、7397个,分别超额完成19%、14%和12%。",
         [t("新创建示范家庭农场", 80, "个", "=", I), t("新增农户家庭农场", 271, "个", "=", I), t("新纳入名录系统家庭农场", 6581, "个", "=", I)],
         "百千万 names; the 实际 figures and rates are progress"),
        ("改造提升农村户厕,全市本年度计划提升改造农村户厕29.59万座,截至10月底,全市已改造户厕31万座,提前完成了全年目标",
         [t("提升改造农村户厕", 29.59, "万座", "=", I)], "31万座 is progress"),
        ("本年度,本市一产固定资产投资计划达到53亿元,截至三季度末,一产固定资产投资已达65.5亿元,超额完成全年任务",
         [t("一产固定资产投资", 53, "亿元", "=", T)], "65.5亿元 is progress"),
    ],
    "U25_henan_2023_shishi": [
        ("最终确定了10件省重点民生实事,形成了《2023年河南省重点民生实事工作方案》,目前已以省委办公厅、省政府办公厅名义印发实施。", [], "10件 names the list"),
        ("持续推进“人人持证、技能河南”建设,全年开展职业技能培训300万人次,新增技能人才200万人、高技能人才80万人。",
         [t("开展职业技能培训", 300, "万人次", "=", I), t("新增技能人才", 200, "万人", "=", I), t("新增高技能人才", 80, "万人", "=", I)], None),
        ("2改善农村学校办学条件", [], "heading with its item number glued on"),
        ("加强寄宿制学校建设,全年新开工150所乡镇寄宿制小学,促进义务教育优质均衡发展,着力解决“城镇挤、乡村弱”的教育难题。",
         [t("新开工乡镇寄宿制小学", 150, "所", "=", I)], None),
        ("(1)全年共培训1250个家庭医生团队和15万名基层卫生技术人员;", [t("培训家庭医生团队", 1250, "个", "=", I), t("培训基层卫生技术人员", 15, "万名", "=", I)], "(1) ordinal"),
        ("(2)加强行政村卫生室基本运行经费补助,加大卫生健康知识普及力度,年底前实现所有行政村卫生室经费补助全覆盖。", [], "(2) ordinal; no figure"),
        ("对符合条件的特殊困难老年人家庭实施适老化改造,全年完成改造6万户。", [t("特殊困难老年人家庭适老化改造", 6, "万户", "=", I)], None),
        ("对农村适龄妇女、纳入城市低保范围的适龄妇女免费开展一次宫颈癌、乳腺癌筛查,各完成筛查80万人。",
         [t("宫颈癌筛查", 80, "万人", "=", I), t("乳腺癌筛查", 80, "万人", "=", I)], "各 → one target per screening; 一次 describes"),
        ("免费开展预防出生缺陷产前筛查和新生儿疾病筛查,年底前实现全省孕早中期产前筛查覆盖率达到65%,新生儿“两病”筛查率达到95%、新生儿听力筛查率达到95%。",
         [t("孕早中期产前筛查覆盖率", 65, "%", "=", L), t("新生儿“两病”筛查率", 95, "%", "=", L), t("新生儿听力筛查率", 95, "%", "=", L)], "“两病” names"),
        ("6开展青少年心理健康服务进村(社区)行动", [], "heading with its item number glued on"),
        ("全年组织不少于3000场次青少年心理健康服务进村(社区)活动,实现超15000人次青少年个案咨询,新建200个“青翼家园”工作阵地,切实提升青少年心理健康水平。",
         [t("青少年心理健康服务进村(社区)活动", 3000, "场次", ">=", I), t("青少年个案咨询", 15000, "人次", ">=", I), t("新建“青翼家园”工作阵地", 200, "个", "=", I)],
         "不少于 and 超 → >="),
    ],
    "U27_guizhou_2020_shishi": [
        ("围绕群众所急所需所盼,贵州将在2020年着力办好以下“十件民生实事”。", [], "十件 names the list"),
        ("(1)建设100所公办幼儿园,在100所中小学实施“阳光校园·智慧教育”工程。",
         [t("建设公办幼儿园", 100, "所", "=", I), t("实施“阳光校园·智慧教育”工程的中小学", 100, "所", "=", I)], "(1) ordinal; 在…实施 framing"),
        ("(2)为全省65岁以上老年人、4.5万名脱贫攻坚一线干部免费体检一次,为80万农村35—64岁妇女免费做“两癌”检查。",
         [t("免费体检的脱贫攻坚一线干部", 4.5, "万名", "=", I), t("免费做“两癌”检查的农村妇女", 80, "万", "=", I)],
         "65岁以上 and 35—64岁 describe the groups (not a range); 一次 describes; 80万 has no measure word → unit 万"),
        ("(3)对40万贫困劳动力开展技能培训,公益性岗位安置就业困难人员6万人。",
         [t("开展技能培训的贫困劳动力", 40, "万", "=", I), t("公益性岗位安置就业困难人员", 6, "万人", "=", I)], "对…开展 framing; 40万 has no measure word → unit 万"),
        ("(4)县乡公路路面改善提升工程建成4000公里、开工8000公里。",
         [t("县乡公路路面改善提升工程建成", 4000, "公里", "=", I), t("县乡公路路面改善提升工程开工", 8000, "公里", "=", I)], None),
        ("(5)新聘、续聘生态护林员15.2万名。", [t("新聘、续聘生态护林员", 15.2, "万名", "=", I)], None),
        ("(6)选派1200名科技特派员赴基层开展农业技术服务,招募派遣1万名大学生到基层开展志愿服务。",
         [t("选派科技特派员", 1200, "名", "=", I), t("招募派遣大学生志愿服务", 1, "万名", "=", I)], None),
        ("(7)新建430个农民体育健身工程,新建、改造30个城乡养老机构。",
         [t("新建农民体育健身工程", 430, "个", "=", I), t("新建、改造城乡养老机构", 30, "个", "=", I)], None),
        ("(8)启动实施老旧小区改造工程5.96万户,建成城镇保障性安居工程5.7万套,新建停车位3万个,建设城区户外劳动者综合服务站1万个。",
         [t("老旧小区改造", 5.96, "万户", "=", I), t("建成城镇保障性安居工程", 5.7, "万套", "=", I), t("新建停车位", 3, "万个", "=", I),
          t("建设城区户外劳动者综合服务站", 1, "万个", "=", I)], None),
        ("(9)新建、改建3个一级公益性农副产品批发市场,改造提升6个二级农副产品批发市场,实施100个农贸市场信息化改造。",
         [t("新建、改建一级公益性农副产品批发市场", 3, "个", "=", I), t("改造提升二级农副产品批发市场", 6, "个", "=", I),
          t("农贸市场信息化改造", 100, "个", "=", I)], "一级/二级 are grades"),
        ("(10)改造15万户农村户用卫生厕所,建设3100个农村公共厕所、285个旅游厕所、350个城镇社区公共卫生厕所。",
         [t("改造农村户用卫生厕所", 15, "万户", "=", I), t("建设农村公共厕所", 3100, "个", "=", I), t("建设旅游厕所", 285, "个", "=", I),
          t("建设城镇社区公共卫生厕所", 350, "个", "=", I)], "later list members share 建设"),
    ],
    "U26_nanling_2024_plan": [
        ("极回应群众新期待新要求,加大普惠性托育供给,新增托位数400个以上,公办园在园幼儿占比60%以上。",
         [t("新增托位数", 400, "个", ">=", I), t("公办园在园幼儿占比", 60, "%", ">=", L)], "cell starts mid-word (积极) as printed"),
        ("实施中小学办学能力提升工程,推动义务教育优质均衡发展。", [], "no figure (printed twice in the cell)"),
        ("保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展,探索职业教育赋能区域发展路径。", [], "no figure"),
    ],
}

# task rows: doc, ref, text_start, lead_units, co_units, lead_leaders, progress_start, label, note
TX = "列第一位者为牵头或汇总单位: the first unit of each 责任单位 line leads, the others co-operate; leader from the heading '一、于会游市长主抓重点工作'"
TASKS = [
    ("U05_tongxiang_2020_plan", "1", "制定出台高质量发展“1+4+8”", ["财政局"],
     ["发改局", "经信局", "科技局", "商务局", "人才办", "金融发展服务中心", "服务业局", "建设局", "农业农村局", "文化和广电旅游体育局", "工商联"],
     ["于会游"], None, None, TX),
    ("U05_tongxiang_2020_plan", "2", "全面落实各级“五减”系列政策", ["发改局"], ["经信局", "财政局", "金融发展服务中心", "税务局", "人民银行"], ["于会游"], None, None, TX),
    ("U05_tongxiang_2020_plan", "3", "坚持政府过“紧日子”", [], [], ["于会游"], None, None, "cut by the excerpt before its 责任单位 line"),
    ("U11_changsha_2021_plan", "1", "地区生产总值增长8%", ["市发展改革"], [], ["常务副市长"], None, None,
     "first row of the table, category cell 全市经济社会发展主要预期目标 before it; lead unit cut by the excerpt (市发展改革…), kept as printed; 责任领导 is a title"),
    ("U15_dazhu_2016_plan", "1", "启动建设东柳河城区段综合治理", ["县水务局", "县住建局", "县护城河指挥部"], [], [], None, None, "single 责任单位 column, one unit per paragraph"),
    ("U15_dazhu_2016_plan", "2", "新建2座人行天桥", ["县住建局"], [], [], None, None, "完成时限 9月投入使用"),
    ("U15_dazhu_2016_plan", "3", "启动县图书馆新馆建设", ["县文体广新局", "县代建中心"], [], [], None, None, None),
    ("U15_dazhu_2016_plan", "4", "建成县残疾人综合服务中心", ["县残联"], [], [], None, None, None),
    ("U15_dazhu_2016_plan", "5", "开工建设县老年养护楼", ["县民政局"], [], [], None, None, "row 5 holds a second task 开工建设老年大学。 with its own deadline and no unit of its own"),
    ("U15_dazhu_2016_plan", "6", "迁建县政务服务中心", ["县政务服务中心", "县代建中心"], [], [], None, None, None),
    ("U15_dazhu_2016_plan", "7", "加快推进土地滩水库建设", ["县水务局"], [], [], None, None, None),
    ("U15_dazhu_2016_plan", "8", "启动大竹县第十二小学建设", ["县教科局", "县代建中心"], [], [], None, None, None),
    ("U15_dazhu_2016_plan", "9", "完成棚户区改造2836户", ["县住建局"], [], [], None, None, None),
    ("U15_dazhu_2016_plan", "10", "城区再新建1个农贸市场", ["县商务局"], [], [], None, None, None),
    ("U16_zhonglou_2021_plan", "1", "增加教育资源供给实施新建", ["教育局"], ["经开区高新园(邹区镇)", "各街道", "市国有公司"], ["何海平"], None, None,
     "cell boundaries lost: 何海平教育局经开区高新园(邹区镇)各街道市国有公司 split by the annotator into leader, lead unit and co-units"),
    ("U16_zhonglou_2021_plan", "2", "促进就业稳定增长落实就业优先", ["人社局"], ["高新园(邹区镇)", "各街道"], ["何海平"], None, None,
     "co-units run across the page marker: 高新园(邹区镇 / 2、)各街道"),
    ("U16_zhonglou_2021_plan", "3", "老城厢复兴发展完成瞿秋白纪念", ["文体旅局", "住建局"], ["晋陵公司", "轨道公司", "五星街道", "南大街街道", "荷花池街道"], ["何海平", "芮春祥"], None, None,
     "two sub-rows: 何海平/文体旅局/晋陵公司、轨道公司 and 芮春祥/住建局/五星街道、南大街街道、荷花池街道"),
    ("U16_zhonglou_2021_plan", "4", "优化养老服务为全区23000名", ["民政局"], ["高新园(邹区镇)", "各街道"], ["张菁"], None, None, None),
    ("U17_huoshan_2025_plan", "1", "坚持服务跟着项目走", ["招商工作部", "安商工作部"], [], ["叶林"], None, None, "single 责任单位 column"),
    ("U17_huoshan_2025_plan", "2", "全力推进开发区“空间再造”", ["改革办"], [], ["马振明"], None, None, None),
    ("U17_huoshan_2025_plan", "3", "持续提升园区承载能力", ["规划建设局"], [], ["张云峰"], None, None, None),
    ("U18_quzhou_2021_plan", "1", "聚焦不平衡不充分问题", ["市发改委", "市农业农村局", "市文旅局"], [], ["汤飞帆"], None, None, "'牵头市领导:' and '责任单位:' paragraphs after the task"),
    ("U18_quzhou_2021_plan", "2", "实施做大产业扩大税源行动", ["市发改委", "市经信局", "市财政局", "市住建局", "市税务局", "市协"], [], ["汤飞帆"], None, None,
     "last unit cut by the excerpt (市协…), kept as printed"),
    ("U19_xuchang_2023_plan", "1", "深入开展“项目建设年”活动", ["市发展和改革委员会", "市水利局", "市自然资源和规划局", "市生态环境局", "市南水北调运行保障中心", "各县(市、区)政府(管委会)"], [], [], None, None,
     "single '责任单位:' line; 等 after the last department dropped"),
    ("U19_xuchang_2023_plan", "2", "持续开展“三个一批”和项目集中", ["市发展和改革委员会", "市商务局", "市交通运输局", "市水利局", "各县"], [], [], None, None,
     "units cut by the excerpt (各县…), kept as printed; 等 dropped"),
    ("U21_bozhou_2024_plan", "1", "农村常住居民人均可支配收入与", ["法规科"], [], ["潘秀峰"], None, None,
     "header row not in the excerpt: the unit column (科室/中心) read as lead_units and the person column as lead_leaders (judgement call); phone column ignored"),
    ("U21_bozhou_2024_plan", "2", "粮食产量100亿斤以上", ["市农技中心"], [], ["卢伯瑛"], None, None, None),
    ("U21_bozhou_2024_plan", "3", "农产品加工业产值增长15%以上", ["产业科"], [], [], None, None, "person cell empty"),
    ("U21_bozhou_2024_plan", "4", "加快发展高端绿色食品产业", ["产业科"], [], ["孙永峰"], None, None, None),
    ("U21_bozhou_2024_plan", "5", "发展养生滋补预制菜产业", ["产业科", "市畜牧中心", "市农技中心", "市绿优中心"], [], ["孙永峰", "李先俊", "卢伯瑛"], None, None, "several units and persons per cell, one per line"),
    ("U21_bozhou_2024_plan", "6", "坚决扛稳耕地保护和粮食安全", ["市农技中心", "市农发中心", "市农机中心"], [], ["卢伯瑛", "潘秀峰"], None, None, None),
    ("U21_bozhou_2024_plan", "7", "做好第三次全国土壤普查", ["市农发中心"], [], ["潘秀峰"], None, None, None),
    ("U21_bozhou_2024_plan", "8", "实施种业振兴行动", ["种植业管理科"], [], ["卢伯瑛"], None, None, None),
    ("U22_muli_2024q1", "1", "强化招商引资“指挥部+专班", ["木李镇经济发展办公室"], [], [], "按照《高青县2024年招商引资工作季度评比", None,
     "columns 目标任务|执行措施|工作进展|后续举措|责任分工|监督方式: progress is the 工作进展 cell (the 执行措施 cell before it also reports 开展…4次)"),
    ("U22_muli_2024q1", "2", "压实耕地保护和粮食安全责任", [], [], [], None, None, "row cut by the excerpt before its progress and unit cells"),
]
SMX = [("1", "地区生产总值增长7%以上", ["市发展改革委"]), ("2", "常住人口城镇化率提高1.2个", ["市发展改革委"]), ("3", "研发投入强度超过2.4%", ["市科技局"]),
       ("4", "规模以上工业增加值增长8%", ["市工业和信息化局"]), ("5", "固定资产投资增长10.5%", ["市发展改革委"]), ("6", "社会消费品零售总额增长8%", ["市商务局"]),
       ("7", "进出口总值保持平稳增长", ["市商务局"]), ("8", "一般公共预算收入增长5%以上", ["市财政局"]), ("9", "城镇调查失业率控制在5.5%", ["市人力资源社会保障局"]),
       ("10", "居民人均可支配收入与经济增长", ["市人力资源社会保障局", "农业农村局"])]
for ref, start, units in SMX:
    TASKS.append(("U23_sanmenxia_2023_plan", ref, start, units + ["各县〔市、区〕政府"], [], [], None, None,
                  "bracket '(units,各县〔市、区〕政府)' after the target, no 牵头 wording: all read as lead_units (single units list)"))
TASKS += [
    ("U26_nanling_2024_plan", "80", "极回应群众新期待新要求", ["县教育局"], ["县各有关单位"], ["俞 悦"], None, None, "leader name padded with a space, kept as printed; 牵头责任单位 → lead, 责任单位 → co"),
    ("U26_nanling_2024_plan", "81", "保障芜职院现代物流智造学院", ["县教育局"], ["县各有关单位"], ["陆 明", "俞 悦"], None, None,
     "two padded names run together in one cell (陆 明俞 悦), split by the annotator"),
]
for i, start in enumerate(["加快基础教育提质培优", "加速提高医疗服务水平", "持续改善交通出行环境", "着力提升城市功能品质", "确保动迁群众满意回迁",
                           "倾力保障群众用电需求", "健全完善城区基础设施", "全面提升排水防涝能力", "扎实开展养老健康服务", "全力做好就业服务保障"], 1):
    TASKS.append(("U09_changan_2022_shishi", str(i), start, [], [], [], None, None, "'一是…十是' news list, no units printed"))
for i, start in enumerate(["持续扩充公办学位供给", "完善社区医疗服务体系", "升公共养老服务能力", "持续提升住房保障水平", "全面加强创业就业保障",
                           "扎实推进人居环境整治", "逐步优化路网建设"], 1):
    TASKS.append(("U10_weiyang_2023_shishi", f"0{i}", start, [], [], [], None, None, "block number on its own line, heading, then target lines; no units printed"))
for i, start in enumerate(["建设100所公办幼儿园", "为全省65岁以上老年人", "对40万贫困劳动力开展", "县乡公路路面改善提升工程",
                           "新聘、续聘生态护林员", "选派1200名科技特派员", "新建430个农民体育健身", "启动实施老旧小区改造工程",
                           "新建、改建3个一级公益性", "改造15万户农村户用卫生"], 1):
    TASKS.append(("U27_guizhou_2020_shishi", str(i), start, [], [], [], None, None, "'(1)…' numbered news list, no units printed"))

# judged: doc, task, progress, as_of, label, status, note
TJ = ("the office's verdict is the lead sentence '7项提前完成全年任务的指标包括' (heading-style label); as_of = end of October 2020 "
      "('截至10月底' / '10月,各区全年任务完成率'), the page itself is dated 2020-12-17 by its address")
JUDGED = [
    ("U24_tianjin_2020_oct", "“六化六有”美丽村庄建设,全年任务为282个村", "已全部建设完成", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "生活污水处理设施建设,全年任务为770个村", "已全部建设完成", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "益农信息社建设,全年任务为1296个", "已全部建设完成", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "困难群众存量危房改造,全年任务为3800户", "实际改造4559户,超额完成20%", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "高标准农田建设,全年任务为25万亩", "实际完成25.25万亩,超额完成1%", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "农村集体产权制度改革,全年任务为1392个村", "已全部完成改革任务", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "家庭农场“百千万工程”,全年计划新创建示范家庭农场80个,新增农户家庭农场271个,新纳入名录系统家庭农场6581个",
     "实际分别完成95个、310个、7397个,分别超额完成19%、14%和12%", "2020-10-31", "提前完成全年任务", "completed", TJ),
    ("U24_tianjin_2020_oct", "改造提升农村户厕,全市本年度计划提升改造农村户厕29.59万座", "截至10月底,全市已改造户厕31万座,提前完成了全年目标",
     "2020-10-31", "全市总体任务已完成", "completed", "listed under '两项指标全市总体任务已完成,但个别区还未完成年度任务'; as_of from 截至10月底"),
    ("U24_tianjin_2020_oct", "本年度,本市一产固定资产投资计划达到53亿元", "截至三季度末,一产固定资产投资已达65.5亿元,超额完成全年任务",
     "2020-09-30", "超额完成全年任务", "completed", "listed under '两项指标全市总体任务已完成'; as_of from 截至三季度末"),
]


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
            row = {"doc": doc, "ref": ref, "text_start": start, "lead_units": lead, "co_units": co,
                   "lead_leaders": leaders, "progress_start": progress, "label": label}
            if note:
                row["note"] = note
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (B / "judged.jsonl").open("w", encoding="utf-8") as out:
        for doc, task, progress, as_of, label, status, note in JUDGED:
            for part in task.split("。")[:1] + [progress]:
                assert "".join(part.split()) in compact[doc], (doc, part)
            row = {"doc": doc, "task": task, "progress": progress, "as_of": as_of, "label": label, "status": status,
                   "source": src[doc]}
            if note:
                row["note"] = note
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents, {n_sent} target sentences ({n_empty} with none), {n_tgt} targets, "
          f"{len(TASKS)} task rows, {len(JUDGED)} judged cases")


if __name__ == "__main__":
    main()
