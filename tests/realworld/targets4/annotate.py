"""Hand annotations of batch targets4, written before duban was run on these documents.

Running it writes documents.jsonl, tasks.jsonl, targets.jsonl and judged.jsonl next to it and checks that
every annotated text is copied verbatim from its document (docs/<id>.txt, kept as the search returned it).
"""

import json
import pathlib

B = pathlib.Path(__file__).resolve().parent

# id, source, province, level, year, kind, layout
DOCS = [
    ("W01_xizang_2026", "https://us.usy7.cc/usy0126y82HVz0.html", "西藏", "省", 2026, "narrative",
     "aggregator repost of a China News Service item: the region's 2026 main targets in one ','-separated sentence, last year's results, then three ';'-separated target sentences; unrelated teasers after the text"),
    ("W02_xizang_2018", "http://news.cnstock.com/news,bwkx-201801-4180034.htm", "西藏", "省", 2018, "narrative",
     "securities-newspaper report of the work report: five-year goals in prose, the 十大工程 list, then the 2018 main targets in one ','-separated sentence (split here into its clauses); cut"),
    ("W03_xizang_2019", "http://tibet.cn/cn/news/zx/201901/t20190111_6478092.html", "西藏", "省", 2019, "narrative",
     "news report of the work report: mostly last year's results and estimates (预计), one closing sentence with the 2019 tourism targets"),
    ("W04_xizang_2024_plan", "http://e.xzxw.com/xzrb/202401/21/content_239274.html", "西藏", "省", 2024, "narrative",
     "newspaper copy of the plan report: boilerplate, then the 2023 estimates (预计…增长9%左右…) that read like targets but report results; cut"),
    ("W05_jilin_2026", "http://jl.news.cn/20260127/428935c1f25440249f46d62b8bfd035c/c.html", "吉林", "省", 2026, "narrative",
     "Xinhua regional report: word counts of the report, last year's and five years' results, then the 2026 main targets as ';'-separated groups of ','-separated clauses (split here into clauses); cut"),
    ("W06_jilin_2018", "https://jl.news.fang.com/2018-01-27/27676392.htm", "吉林", "省", 2018, "narrative",
     "property-site repost of a newspaper item: 35项民生实事 headline, five years' and 2017 results, the 2018 main targets in one ','-separated sentence (split here into clauses), one e-commerce target; cut"),
    ("W07_jilin_2024", "http://jl.people.com.cn/n2/2024/0124/c349771-40725146.html", "吉林", "省", 2024, "narrative",
     "People's Daily regional item listing 2023 results of the 50 民生实事 (all results, no target)"),
    ("W08_jilin_2015_shishi", "http://gkzzy.com/wenshu/lianghui/471515-11.html", "吉林", "省", 2015, "narrative",
     "page 11 of a repost of the provincial work report: the 民生实事 paragraph with count targets, then the 社会建设 section with no figures; year inferred from 抗日战争胜利70周年 (2015)"),
    ("W09_dongcheng_2021", "http://www.bjdch.gov.cn/n3952/n4060/c11476944/content.html", "北京", "区", 2021, "progress",
     "district page: year-end table flattened one cell per paragraph (序号|任务名称|年度任务及目标|全年完成情况), two rows, no units, no verdict; cut in row 2"),
    ("W10_wuqing_2019_shishi", "https://wap.680km.com/pubgfz/5319.html", "天津", "区", 2019, "plan",
     "district newspaper item on the 20 惠民工程 as one paragraph '一是…。二是…。' (first item after the lead sentence), no units; district inferred from 京津科技谷/王庆坨 (武清区); cut in item 13"),
    ("W11_tianjin_2026_minxin", "https://m.163.com/dy/article/KLAJM8MF0550TYQ0.html", "天津", "省", 2026, "narrative",
     "NetEase repost of a People's Daily brief on the 20项民心工程: only programme sizes (66项具体工作, 19个牵头部门, four groups of N项), no target; 直辖市 annotated at province level"),
    ("W12_guangxi_2008", "http://m.gxcounty.com/show-42-75741-0.html", "广西", "省", 2008, "narrative",
     "county-news editor's note: five years' results as ';'-ended lines, then the year's transport targets; year inferred from '是1978至2007年总和的2.1倍' (2008 session)"),
    ("W13_qintang_progress", "http://m.gxcounty.com/show-42-112369-0.html", "广西", "区", None, "progress",
     "district news brief: the year's road-hardening programme (3413万元, 251条127公里) and progress to 9月17日; year not printed"),
    ("W14_guangxi_2009", "http://nakedoat.com/jrzg/2009-03/17/content_1261434.htm", "广西", "省", 2009, "narrative",
     "repost of a Xinhua item in traditional characters with pinyin-like glosses inserted after some characters (項(xiàng), 個(gè)): the 项目建设年 targets as counts and investments in ';'-separated clauses"),
    ("W15_neimenggu_2020_plan", "http://www.northnews.cn/p/1809588.html", "内蒙古", "省", 2020, "plan",
     "regional government notice issuing the 2020 plan: boilerplate, then the main targets in one ';'-separated sentence (split here into clauses); cut"),
    ("W16_qinghai_investment", "http://district.ce.cn/newarea/roll/201203/26/t20120326_23188291_1.shtml", "青海", "省", None, "narrative",
     "section four of an old provincial work report reposted in 2012 (page 1 of a split page): one investment target, then project prose; year not printed (青藏铁路 under construction, 公伯峡 being built: about 2002)"),
    ("W17_hainan_2022", "http://fygsj.cn/hainan/2019lhzfgzbgnvn/202201/72aa4339d16e401288cc3eba66ba2bac.shtml?ddtab=true", "海南", "省", 2022, "narrative",
     "two-paragraph repost in traditional characters with inserted glosses: the ten areas of work, no figure"),
    ("W18_chengzhong_2026_shishi", "http://dgshgy.cn/zwgk/system/2026/02/12/030092752.shtml", "青海", "区", 2026, "plan",
     "repost in traditional characters with inserted glosses of a district news item (西宁市城中区) on its 2026 民生实事: programme sizes, planned investment, last year's verdict; cut"),
    ("W19_yunnan_2025_shishi", "http://yn.xinhuanet.com/20250119/a4eaf596926b4c459d917a560e80e84e/c.html", "云南", "省", 2025, "plan",
     "Xinhua regional repost of the province's 10件惠民实事 as one paragraph '一是…,年度目标为…;…。二是…'; no units; cut in item 6"),
    ("W20_yunnan_2012_shishi", "http://news.big5.enorth.com.cn/system/2012/02/11/008634271.shtml", "云南", "省", 2012, "plan",
     "traditional-character repost of a Xinhua item: the 十大惠民实事 one per line, each '實施“name”,targets。'; table debris at the top; cut"),
    ("W21_yunnan_2019", "https://kunming.baogaosu.com/xinwen/%25E4%25BB%258A%25E5%25B9%25B4%25E4%25BA%2591%25E5%258D%2597%25E7%259C%2581%25E5%25B0%2586%25E5%2581%259A%25E5%25A5%25BD/72603886", "云南", "省", 2019, "narrative",
     "aggregator repost of the governor's press conference: question/answer blocks, a few infrastructure targets; cut"),
    ("W22_changchun_2025", "http://jlrbszb.dajilin.com/pc/paper/c/202501/09/content_1005309.html", "吉林", "市", 2025, "narrative",
     "provincial newspaper summary of the 长春 work report: main targets in one ','-separated sentence (split here into clauses), then headings and dense target paragraphs; cut"),
    ("W23_changchun_2014", "https://hnt.dcement.com/Print.aspx?id=120386", "吉林", "市", 2014, "narrative",
     "trade-site repost on 长春's 2014 urban construction plan: paragraphs of count targets for works, heat, water, housing and buses"),
    ("W24_beijing_2026", "https://www.163.com/dy/article/KK5CTI950514R9KQ.html", "北京", "省", 2026, "narrative",
     "NetEase repost of the city work report: main targets in one ','-separated sentence (split here into clauses), then tasks by area with a few counts; 直辖市 annotated at province level"),
    ("W25_guangxi_2023_progress", "https://big5.cri.cn/gate/big5/gx.cri.cn/2023-10-26/cc3f44c0-e969-f393-e5aa-52138b9fda9a.html", "广西", "省", 2023, "progress",
     "traditional-character repost of a press-conference report on the 为民办实事 progress to 9月30日: funds raised, results, one verdict (穩步推進); cut"),
    ("W26_guiyang_2024_shishi", "http://www.zhongguozixun.com/news/society/2024013122137.html", "贵州", "市", 2024, "plan",
     "aggregator repost of the city's (贵阳市、贵安新区) 十件实事: headings '一、…。…。' with targets, sub-items '( 一 )' repeating them, then a detail paragraph; spaces around every number; cut in item 3"),
    ("W27_liupanshui_2024_progress", "https://wxredian.com/art?id=aa5e52dc07dfe49ae2582c9cef0213ec", "贵州", "市", 2024, "progress",
     "WeChat-article mirror of the city's 1—10月 progress report on its 十件民生实事: the annual investment target and its share done, one paragraph per area of results with a few '已…' verdicts; cut"),
    ("W28_guizhou_2011", "https://www.lemofix.com/2011-02/21/content_288904.htm", "贵州", "省", 2011, "narrative",
     "repost of an Economic Information Daily item in traditional characters with glosses, doubled punctuation (,, / ,、) and a span of mojibake: the 十大民生工程 and the year's count targets"),
]


def t(metric, value, unit, comparator, kind):
    return {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind}


G, D, I, L, T = "growth_rate", "decline_rate", "increment", "level", "total"
PASTN = "last year's or past years' result"

# doc -> list of (text, [targets], note or None)
TARGETS = {
    "W01_xizang_2026": [
        ("2026年西藏经济社会发展主要预期目标是地区生产总值(GDP)增长7%以上", [t("地区生产总值(GDP)", 7, "%", ">=", G)], "first clause of a ','-separated sentence"),
        ("固定资产投资增长15%左右", [t("固定资产投资", 15, "%", "~", G)], None),
        ("社会消费品零售总额增长7%左右", [t("社会消费品零售总额", 7, "%", "~", G)], None),
        ("城乡居民人均可支配收入分别增长7%左右和8%左右。", [t("城镇居民人均可支配收入", 7, "%", "~", G), t("农村居民人均可支配收入", 8, "%", "~", G)],
         "城乡…分别 pairs 城/乡 with 7%/8% (metrics named by the annotator)"),
        ("此前,西藏自治区官方公布,2025年全区实现生产总值3031.89亿元(人民币,下同),按不变价格计算,同比增长7%。", [], PASTN),
        ("这五年是西藏发展最好变化最大的五年,GDP年均增长6.3%,全区地方财政收入、支出分别突破300亿元和3000亿元。", [], "five years' results"),
        ("2026年,西藏将积极扩大有效投资,力争完成投资2440亿元以上", [t("完成投资", 2440, "亿元", ">=", T)], "first clause of a ';'-separated sentence"),
        ("有序实施国道109线、219线、318线、695线提质改造和国道214线加卡至邦达机场段建设", [], "road numbers name"),
        ("严守耕地红线,青稞播种面积稳定在230万亩以上", [t("青稞播种面积", 230, "万亩", ">=", L)], "area sown → level"),
        ("加力实施粮食产能提升行动,新建和改造提升高标准农田20万亩,建设一批特色农产品生产基地,粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。",
         [t("新建和改造提升高标准农田", 20, "万亩", "=", I), t("粮食产量", 100, "万吨", ">=", T), t("肉蛋奶产量", 100, "万吨", ">=", T),
          t("蔬菜产量", 100, "万吨", ">=", T)],
         "百万吨 (no digit) annotated as 100 万吨; 均 gives the floor to each of the three products"),
    ],
    "W02_xizang_2018": [
        ("西藏自治区将着力推进实施“十大工程”", [], "title; 十大工程 names"),
        ("打好打赢脱贫攻坚战,确保到2020年全面建成小康社会,实现全区城乡居民人均可支配收入接近全国平均水平,基本公共服务主要指标接近或达到西部地区平均水平", [], "goals without a figure (2020 is a year)"),
        ("齐扎拉在报告中同时提出了西藏自治区2018年的主要目标,即地区生产总值增长10%左右", [t("地区生产总值", 10, "%", "~", G)], "first clause of a ','-separated sentence"),
        ("全社会固定资产投资增长18%左右", [t("全社会固定资产投资", 18, "%", "~", G)], None),
        ("地方财政收入增长7%左右", [t("地方财政收入", 7, "%", "~", G)], None),
        ("社会消费品零售总额增长13%以上", [t("社会消费品零售总额", 13, "%", ">=", G)], None),
        ("城镇居民人均可支配收入增长10%以上", [t("城镇居民人均可支配收入", 10, "%", ">=", G)], None),
        ("农牧民人均可支配收入增长13%以上", [t("农牧民人均可支配收入", 13, "%", ">=", G)], None),
        ("居民消费价格指数控制在4%以内", [t("居民消费价格指数", 4, "%", "<=", G)], "the price index's rise capped at 4% → growth_rate (judgement call)"),
        ("城镇调查失业率控制在5.5%以内", [t("城镇调查失业率", 5.5, "%", "<=", L)], None),
        ("城镇登记失业率控制在3%以内,保持全区社会局势全面稳定、生态环境总体良好。", [t("城镇登记失业率", 3, "%", "<=", L)], None),
        ("他指出,今年要重点抓好八个方面的工作:打", [], "八个方面 describes; cut"),
    ],
    "W03_xizang_2019": [
        ("西藏自治区第十一届人民代表大会第二次会议1月10日在拉萨召开,会上政府工作报告显示,2018年,预计,西藏地区生产总值突破1400亿元,增长10%左右,另包括一般公共预算收入、农村居民人均可支配收入等各项增速和控制指标均走在中国前列。",
         [], "预计 estimates of 2018 results, not targets"),
        ("社会主义文化繁荣兴盛,国家立项保护布达拉宫古籍文献,10名国家级代表性传承人抢救性记录成果通过国家验收。", [], "a result"),
        ("齐扎拉介绍,2018年,边贸物流产业不断发展,全年进出口贸易额实现48亿元,边民互市贸易额增长1.8倍", [], PASTN),
        ("据了解,2019年,西藏将推进特色旅游文化产业全域发展,打造“地球第三极”整体旅游品牌,推进拉萨国际文化旅游城市、林芝国际生态旅游区和冈底斯国际旅游合作区建设,建好一批旅游脱贫样板村和乡村旅游、红色旅游景点,促进旅游营销,巩固发展“冬游西藏”态势,力争旅游接待人数突破4000万人次,旅游收入达到580亿元。",
         [t("旅游接待人数", 4000, "万人次", ">=", T), t("旅游收入", 580, "亿元", "=", T)], "visitor volume and income → total; 地球第三极 names"),
    ],
    "W04_xizang_2024_plan": [
        ("西藏自治区2023年国民经济和社会发展计划执行情况与 2024年国民经济和社会发展计划草案报告", [], "title"),
        ("在自治区党委的坚强领导下,全区上下坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻中央经济工作会议和中央第七次西藏工作座谈会精神,深入贯彻习近平总书记关于西藏工作重要指示和新时代党的治藏方略,按照自治区第十次党代会和自治区党委十届三次、四次全会部署,扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育,聚焦“四件大事”聚力“四个创建”,坚持“三个赋予一个有利于”总要求,着力扩大内需、优化营商环境、深化改革开放、防范化解风险、稳投资稳增长稳就业稳物价,经济社会发展主要预期目标有望圆满实现、走在全国前列,为做好2024年经济工作奠定了坚实基础。",
         [], "ordinals and names (第七次, 十届三次, 四件大事, 四个创建, 三个赋予一个有利于)"),
        ("预计,2023年全年地区生产总值增长9%左右,全社会固定资产投资增长30%以上,规上工业增加值增长10%以上,社会消费品零售总额增长22%以上,规上服务业企业累计实现营业收入增长20%以上,进出口总额增长130%以上,全体居民人均可支配收入增长8%左右,其中城乡居民人均可支配收入分别增长6.5%左右、10",
         [], "预计 estimates of the year's results in target wording (左右/以上), not targets; cut"),
    ],
    "W05_jilin_2026": [
        ("经新华社“采编助手”大数据梳理,2026年吉林省政府工作报告中,“发展”出现67次,“建设”出现57次,“产业”出现54次,“企业”出现32次,“项目”出现29次,这些高频热词凸显吉林省政府推动吉林全面振兴率先实现新突破的工作重点,也展现出吉林推动高质量发展的良好态势。",
         [], "word counts of the report"),
        ("胡玉亭表示,2025年,吉林省地区生产总值增长5%,一般公共预算收入增长13.3%,一产增加值增幅高于全国0.7个百分点,规上工业增加值增幅居全国第7位,社会消费品零售总额增幅高于全国0.2个百分点,重点改革持续深化,民生保障更加有力。",
         [], PASTN),
        ("高技术制造业增速提高10.6个百分点。", [], "result of the five years"),
        ("报告显示,吉林省2026年经济社会发展主要预期目标是:地区生产总值增长5%左右", [t("地区生产总值", 5, "%", "~", G)], "first clause of the target sentence"),
        ("社会消费品零售总额增长5%左右", [t("社会消费品零售总额", 5, "%", "~", G)], None),
        ("规上工业增加值增长6%左右", [t("规上工业增加值", 6, "%", "~", G)], None),
        ("一般公共预算收入增长3.7%,努力跑赢全国", [t("一般公共预算收入", 3.7, "%", "=", G)], None),
        ("新能源产业产值增长8%以上", [t("新能源产业产值", 8, "%", ">=", G)], None),
        ("装备制造业增加值增长10%左右", [t("装备制造业增加值", 10, "%", "~", G)], None),
        ("固定资产投资增长3%", [t("固定资产投资", 3, "%", "=", G)], None),
        ("城镇调查失业率控制在5.5%左右", [t("城镇调查失业率", 5.5, "%", "~", L)], "控制在…左右 → ~"),
        ("全社会研发经费投入增长10%以上,对标全国全力消减差距", [t("全社会研发经费投入", 10, "%", ">=", G)], None),
        ("农村低保标准提高6%,提高居民基础养老金,在全国", [t("农村低保标准", 6, "%", "=", G)], "提高6% (a rate, not 个百分点) → growth_rate; cut"),
    ],
    "W06_jilin_2018": [
        ("吉林省代省长景俊海作政府工作报告今年重点实施十个方面35项民生实事", [], "title; 十个方面35项 sizes the programme"),
        ("城镇新增就业53.2万人,完成年度计划的106.4%。", [], "2017 result and its completion rate"),
        ("2018年,我省主要预期目标是:地区生产总值增长6%左右", [t("地区生产总值", 6, "%", "~", G)], "first clause of the target sentence"),
        ("地方级财政收入增长2%", [t("地方级财政收入", 2, "%", "=", G)], None),
        ("居民消费价格指数涨幅控制在3%左右", [t("居民消费价格指数涨幅", 3, "%", "~", G)], "涨幅 → growth_rate"),
        ("单位GDP能耗下降2%左右", [t("单位GDP能耗", 2, "%", "~", D)], None),
        ("城镇新增就业45万人", [t("城镇新增就业", 45, "万人", "=", I)], None),
        ("城镇登记失业率控制在4.5%以内", [t("城镇登记失业率", 4.5, "%", "<=", L)], None),
        ("城镇调查失业率保持稳中有降态势。", [], "no figure"),
        ("推进电子商务进农村进社区“双进工程”,实施“百兆乡村”示范,启动韵达集团吉林快递电商总部(公主岭)基地等项目,全省电子商务交易额增长30%以上。",
         [t("全省电子商务交易额", 30, "%", ">=", G)], "百兆乡村 names"),
    ],
    "W07_jilin_2024": [
        ("吉林:全面完成50项民生实事 民生保障扎实推进", [], "title; 50项 sizes the programme (reported as completed)"),
        ("城镇新增就业25.79万人,农村劳动力转移就业294.43万人。", [], PASTN),
        ("免费为居民改造燃气管阀136.3万户,更新改造市政老旧管网2030公里。", [], PASTN),
    ],
    "W08_jilin_2015_shishi": [
        ("所有工业企业烟粉尘排放达标率超过95%。", [t("所有工业企业烟粉尘排放达标率", 95, "%", ">=", L)], "超过 → >="),
        ("培树12个食品药品安全示范县(市、区)、3个示范园区。", [t("培树食品药品安全示范县(市、区)", 12, "个", "=", I), t("示范园区", 3, "个", "=", I)], None),
        ("撤并改造城市二次供水设施1950座,解决95万农村居民饮水安全问题。",
         [t("撤并改造城市二次供水设施", 1950, "座", "=", I), t("解决农村居民饮水安全问题", 95, "万", "=", I)], "95万 before its noun with no measure word → unit 万"),
        ("搞好科学规划,改造建设城市地下管网2300公里,其中供水管网700公里、污水管网400公里、雨水管网500公里、燃气管网700公里。",
         [t("改造建设城市地下管网", 2300, "公里", "=", I), t("供水管网", 700, "公里", "=", I), t("污水管网", 400, "公里", "=", I),
          t("雨水管网", 500, "公里", "=", I), t("燃气管网", 700, "公里", "=", I)], "其中 lists parts of the 2300公里"),
        ("新增更新公交车2012辆,新建扩建停车场13万平方米。", [t("新增更新公交车", 2012, "辆", "=", I), t("新建扩建停车场", 13, "万平方米", "=", I)], "2012辆 is a count, not a year"),
        ("新改建农村水泥(沥青)路2000公里。", [t("新改建农村水泥(沥青)路", 2000, "公里", "=", I)], None),
        ("继续实施“暖房子”工程,新增供热能力3000万平方米,完成既有居住建筑供热计量及节能改造3000万平方米,其中当年新增2000万平方米。",
         [t("新增供热能力", 3000, "万平方米", "=", I), t("完成既有居住建筑供热计量及节能改造", 3000, "万平方米", "=", I), t("当年新增", 2000, "万平方米", "=", I)],
         "其中当年新增 is part of the 改造 figure"),
        ("坚持教育优先发展,扩大中小学校长教师交流和“大学区”推广范围,建设一批职业教育实习实训基地和省级示范性职业院校,扎实推进高教强省战略,促进省属本科高校转型发展。", [], "一批 without a figure"),
        ("组织好抗日战争胜利70周年纪念活动。", [], "70周年 names the anniversary"),
        ("大力发展体育产业,努力建设冰雪运动强省,备战好第十三届全国冬运会。", [], "第十三届 is an ordinal"),
    ],
    "W09_dongcheng_2021": [
        ("全面落实市委市政府常态化疫情防控各项要求,确保不发生聚集性疫情", [], "年度任务及目标 cell with no figure"),
        ("我区高度重视文化科技融合发展,2020年12月第一批文化科技融合项目立项,两个项目共获得市科委900万资金支持", [], "progress cell: past results"),
    ],
    "W10_wuqing_2019_shishi": [
        ("据了解,今年惠民工程共涉及20项。", [], "20项 sizes the programme"),
        ("一是推进农村饮水城市化工程,实施京津科技谷引江水厂、城北引滦水厂、王庆坨源水泵站和东马圈第二配水厂建设工程,更新、铺设村内供水管网和输配水管线。", [], "ordinal and names; no count"),
        ("二是改善农村生活环境,完成100个以上村庄生活污水处理设施建设,新建56个美丽村庄,实施农村危房改造和农村全域清洁化工程。",
         [t("村庄生活污水处理设施建设", 100, "个", ">=", I), t("新建美丽村庄", 56, "个", "=", I)], "以上 stands between 个 and 村庄"),
        ("三是改善农村生产条件,建设高标准农田2.87万亩,推进困难村产业帮扶,举办农民丰收节。", [t("建设高标准农田", 2.87, "万亩", "=", I)], None),
        ("四是改善城区居住环境,综合改造提升一批老旧小区,实施城区背街小巷提升改造工程。", [], "一批 without a figure"),
        ("五是提升社区建设水平,创建4个市级美丽社区,积极推进智慧平安示范社区建设。", [t("创建市级美丽社区", 4, "个", "=", I)], None),
        ("六是提高公共交通水平,新建大修“四好农村路”100公里,推进农村“村村通”公交工程,优化调整公交线路3条。",
         [t("新建大修“四好农村路”", 100, "公里", "=", I), t("优化调整公交线路", 3, "条", "=", I)], "四好 names"),
        ("八是完善校园基础设施,完成翠亨路西侧中小学建设和第十三中学校舍维修改造工程,新建44所幼儿园。", [t("新建幼儿园", 44, "所", "=", I)], "第十三中学 names"),
        ("九是优化完善公共服务,为60岁及以上老年人提供健康管理服务,培养家庭健康明白人5至7万人次,开展全区育龄夫妇优生健康专项检查和困难职工、农民工免费健康查体,推进公办中小学校体育场馆向社会开放。",
         [t("培养家庭健康明白人", 5, "万人次", ">=", I), t("培养家庭健康明白人", 7, "万人次", "<=", I)], "range 5至7万 → two targets (low end >=, high end <=), the 万 shared; 60岁及以上 describes"),
        ("十一是完善农村养老服务,建设5所农村幸福院。", [t("建设农村幸福院", 5, "所", "=", I)], None),
        ("十二是推进就业再就业工作,全年新增就业3.6万人。", [t("全年新增就业", 3.6, "万人", "=", I)], None),
    ],
    "W11_tianjin_2026_minxin": [
        ("20项民心工程共包含66项具体工作,涉及19个牵头部门。", [], "programme sizes"),
        ("最终敲定的民心工程总体分为四大类:一是聚焦投资于人,服务“一老一小”,含11项具体工作", [], "programme sizes (四大类, 11项)"),
    ],
    "W12_guangxi_2008": [
        ("建设桂海高速公路改扩建、玉林至铁山港、梧州至贵港、六寨至宜州、百色至隆林等27个高速公路项目2630公里,建成1318公里,高速公路总里程达3197公里;公路总里程突破10万公里;",
         [], "five years' results"),
        ("仅交通方便,全年计划完成固定资产投资1100亿元以上", [t("完成固定资产投资", 1100, "亿元", ">=", T)], "first clause of a ';'-ended sentence"),
        ("力争建成兴安至桂林、河池至都安、靖西至那坡等5条高速公路363公里,全区高速公路通车里程达到3560公里",
         [t("建成高速公路", 5, "条", "=", I), t("建成高速公路", 363, "公里", "=", I), t("全区高速公路通车里程", 3560, "公里", "=", T)],
         "通车里程达到 is the network length reached → total (judgement call)"),
        ("同时,今年我区将投资454亿元,继续实施10项为民办实事工程,其中就包括强基惠民工程及通畅惠民工程。",
         [t("投资", 454, "亿元", "=", T)], "10项 sizes the programme"),
    ],
    "W13_qintang_progress": [
        ("据统计,今年该区将投入3413万元建设251条127公里“一事一议”财政奖补屯级道路建设项目。",
         [t("投入", 3413, "万元", "=", T), t("屯级道路建设项目", 251, "条", "=", I), t("屯级道路建设项目", 127, "公里", "=", I)], None),
        ("截至9月17日,已完成屯级道路里程数101公里,累计完工项目246个,累计完成投资数3008万元。", [], "progress"),
    ],
    "W14_guangxi_2009": [
        ("新華社南寧3月17日電(記者何豐倫、閆祥嶺)廣西壯族自治區(qū)把今年定為“項(xiàng)目建設(shè)年”,并以此促進(jìn)當(dāng)?shù)亟?jīng)濟(jì)平穩(wěn)較快發(fā)展。", [], "lead, no figure"),
        ("廣西“項(xiàng)目建設(shè)年”項(xiàng)目建設(shè)目標(biāo)為,1000萬元以上投資項(xiàng)目5132個(gè),總投資23395億元,年度投資4910億元。",
         [t("1000萬元以上投資項(xiàng)目", 5132, "個", "=", I), t("年度投資", 4910, "億元", "=", T)],
         "1000萬元以上 describes the projects; 總投資 is the projects' size (multi-year), not the year's target; the gloss (gè) after 個 left out of the unit"),
        ("其中新開工項(xiàng)目2191個(gè),總投資15237億元,年度投資1460億元", [t("新開工項(xiàng)目", 2191, "個", "=", I), t("年度投資", 1460, "億元", "=", T)], "總投資 describes"),
        ("續(xù)建項(xiàng)目1999個(gè),總投資5594億元,年度投資2344億元", [t("續(xù)建項(xiàng)目", 1999, "個", "=", I), t("年度投資", 2344, "億元", "=", T)], "總投資 describes"),
        ("投產(chǎn)或者部分投產(chǎn)項(xiàng)目942個(gè),總投資2164億元,年度投資1106億元。",
         [t("投產(chǎn)或者部分投產(chǎn)項(xiàng)目", 942, "個", "=", I), t("年度投資", 1106, "億元", "=", T)], "總投資 describes"),
        ("包括新建鄉(xiāng)鎮(zhèn)敬老院、綜合文化站、擴(kuò)大建設(shè)“萬村千鄉(xiāng)”市場(chǎng)工程、農(nóng)民健身工程,建設(shè)城市社區(qū)衛(wèi)生服務(wù)中心和鄉(xiāng)鎮(zhèn)衛(wèi)生院,實(shí)施建制村通公路通油路以及貧困自然村屯通汽車、村村通廣電、農(nóng)村無電居民通電、農(nóng)村飲水安全、農(nóng)村沼氣池建設(shè)、興邊富民、桂西五縣基礎(chǔ)設(shè)施建設(shè)等。",
         [], "萬村千鄉 and 五縣 name"),
    ],
    "W15_neimenggu_2020_plan": [
        ("2020年是全面建成小康社会和“十三五”规划收官之年,要实现第一个百年奋斗目标,为“十四五”时期发展和实现第二个百年奋斗目标打好基础,做好全年工作意义重大。", [], "names and ordinals"),
        ("2020年自治区国民经济和社会发展的主要预期目标是:地区生产总值增长6%左右", [t("地区生产总值", 6, "%", "~", G)], "first clause of a ';'-separated sentence"),
        ("城镇新增就业22万人以上", [t("城镇新增就业", 22, "万人", ">=", I)], None),
        ("城镇调查失业率5.5%左右,城镇登记失业率4.5%以内", [t("城镇调查失业率", 5.5, "%", "~", L), t("城镇登记失业率", 4.5, "%", "<=", L)], "no verb before the figures"),
        ("居民消费价格涨幅3.5%左右", [t("居民消费价格涨幅", 3.5, "%", "~", G)], None),
        ("居民收入增长与经济增长基本同步。", [], "no figure"),
    ],
    "W16_qinghai_investment": [
        ("四、加强项目工作和基础设施、生态环境建设,确保投资持续增长", [], "heading"),
        ("抓住西部大开发和国家继续实行积极财政政策和稳健货币政策的机遇,争取国家投资,引导社会投资,有效利用外资,推动投资向多元化、社会化发展,确保今年全社会固定资产投资规模达到300亿元以上。",
         [t("全社会固定资产投资规模", 300, "亿元", ">=", T)], None),
        ("开工建设总投资50亿元的大通至扁都口等8条重点公路。", [t("开工建设重点公路", 8, "条", "=", I)], "总投资50亿元的 describes the roads"),
        ("推进水电、油气、煤炭等能源资源开发,加快公伯峡水电站等工程建设进度,开工建设格尔木30万千瓦燃气电站、桥头火电厂等项目,努力缓解电力“瓶颈”制约。",
         [], "30万千瓦 describes the plant"),
        ("加强市政公用设施建设和绿化美化,争取年内有一半左右的县城初步实现垃圾和污水规范化处理。", [], "一半左右 is a share in words, no figure (left without a target)"),
    ],
    "W17_hainan_2022": [
        ("報告指出,完成今年經(jīng)濟社會發(fā)展的主要預(yù)期目標(biāo)任務(wù),要集中精力抓好十個方面工作:蹄疾步穩(wěn)推進(jìn)自由貿(mào)易港建設(shè),確保經(jīng)濟平穩(wěn)增長,加快科技創(chuàng)新產(chǎn)業(yè)升級,聚力打造一流營商環(huán)境,深入推進(jìn)綠色低碳發(fā)展,構(gòu)建區(qū)域協(xié)調(diào)發(fā)展新格局,全面推進(jìn)鄉(xiāng)村振興,大力發(fā)展社會事業(yè),推出更多民生改善行動,全力維護(hù)社會安全穩(wěn)定。",
         [], "十個方面 describes; no figure"),
    ],
    "W18_chengzhong_2026_shishi": [
        ("2月10日,記者從西寧市城中區(qū)2026年民生實事項目新聞發(fā)布會上獲悉,2026年,城中區(qū)確定民生實事項目共5大類12個,計劃總投資4.36億元。",
         [t("計劃總投資", 4.36, "億元", "=", T)], "5大類12個 sizes the programme"),
        ("經(jīng)過城中區(qū)各部門共同努力,7大類20個民生實事項目全部高質(zhì)量完成。", [], "last year's verdict (judged.jsonl)"),
        ("其中,教育惠民領(lǐng)域2個,包括春暉小學(xué)建設(shè)項目、觀門街小學(xué)改擴(kuò)建項目", [], "programme size"),
    ],
    "W19_yunnan_2025_shishi": [
        ("1月18日,记者从省十四届人大三次会议上获悉,今年,省政府2025年10件惠民实事正式确定。", [], "10件 sizes the programme"),
        ("省政府2025年10件惠民实事具体为:一是稳定和扩大就业,年度目标为全省农村劳动力转移就业1500万人以上,实现城镇新增就业50万人以上",
         [t("全省农村劳动力转移就业", 1500, "万人", ">=", I), t("城镇新增就业", 50, "万人", ">=", I)], "first item inside the lead sentence; first clause before ';'"),
        ("对10类重点就业群体新发放创业担保贷款不低于80亿元,支持不低于4万人创业。",
         [t("新发放创业担保贷款", 80, "亿元", ">=", T), t("支持创业", 4, "万人", ">=", I)], "10类 describes the groups; 不低于 → >="),
        ("二是深化“一老一小”关爱服务,年度目标为全省城镇职工基本养老保险参保人数达970万人,基本养老保险参保率稳定在95%以上",
         [t("全省城镇职工基本养老保险参保人数", 970, "万人", "=", T), t("基本养老保险参保率", 95, "%", ">=", L)], "一老一小 names; a stock of insured people → total (judgement call)"),
        ("开展6000户特殊困难高龄、失能、残疾老年人家庭居家适老化改造", [t("居家适老化改造", 6000, "户", "=", I)], None),
        ("实施新时代学生心理健康专项行动和青少年心理健康“护蕾”行动,服务覆盖学生和青少年不少于100万人次。", [t("服务覆盖学生和青少年", 100, "万人次", ">=", I)], None),
        ("三是实施银龄人才计划,年度目标为引进留用3600名高层次银龄人才,其中银龄教师1550名、银龄医师1000名、银龄工程师650名、银龄科技人才100名、银龄技师300名。",
         [t("引进留用高层次银龄人才", 3600, "名", "=", I), t("银龄教师", 1550, "名", "=", I), t("银龄医师", 1000, "名", "=", I),
          t("银龄工程师", 650, "名", "=", I), t("银龄科技人才", 100, "名", "=", I), t("银龄技师", 300, "名", "=", I)], "其中 splits the 3600"),
        ("四是实施学校体育美育浸润行动计划,年度目标为遴选3600名高校优秀学生到农村地区开展体育、音乐、美术等实习支教,补齐师资短板,推动中小学体育美育日常化、多样化、特色化发展。",
         [t("遴选高校优秀学生到农村地区开展实习支教", 3600, "名", "=", I)], "metric condensed by the annotator"),
        ("五是实施校园食品安全放心工程,年度目标为加大农村义务教育学生营养改善计划和校园食品安全监管力度,做好中小学食堂规范提升工作,对98家学生集体用餐配送单位开展现场评价,对学校食堂及食材供应商、学生集体用餐配送单位开展常态化监管。",
         [t("学生集体用餐配送单位开展现场评价", 98, "家", "=", I)], None),
        ("六是实施儿童健康护佑和生物疫苗惠民工程,年度目标为建设1个具有儿童(含新生儿)重症救治Ⅲ级水平的省级儿童医学救治中心,5个具有Ⅱ级水平的州(市)级儿童急诊或重症学科,70个具有I级及以上水平的县级儿童急救点,建立",
         [t("省级儿童医学救治中心", 1, "个", "=", I), t("州(市)级儿童急诊或重症学科", 5, "个", "=", I), t("县级儿童急救点", 70, "个", "=", I)],
         "Ⅲ级/Ⅱ级/I级 are grades; the count stands before a long descriptor; cut"),
    ],
    "W20_yunnan_2012_shishi": [
        ("新華網昆明2月11日電(記者伍曉陽、吉哲鵬)雲南省代省長李紀恆11日在省十一屆人大五次會議上承諾,今年雲南將集中財力辦好“十大惠民實事”,內容涵蓋教育、衛生、養老、住房保障和防災減災等。", [], "十大 names the list"),
        ("這十件惠民實事具體包括:全面實施“農村中小學營養改善計劃”,從今年春季學期開始,讓全省農村義務教育階段中小學生都享受健康營養餐。", [], "no figure"),
        ("實施“農村中小學寄宿制學生生活補助全覆蓋計劃”,爲農村中小學寄宿生提供生活補助,補助標準提高到小學生每年1000元、初中生1250元。",
         [t("小學生生活補助標準", 1000, "元", "=", L), t("初中生生活補助標準", 1250, "元", "=", L)], "standards → level; 每年 is the period (unit kept 元)"),
        ("實施“光明工程”,爲6萬例白內障患者免費實施復明手術。", [t("白內障患者免費實施復明手術", 6, "萬例", "=", I)], None),
        ("實施“婦幼健康計劃”,提高農村孕產婦住院分娩補助標準,擴大農村婦女乳腺癌和宮頸癌普查試點範圍,開展新生兒出生缺陷三級綜合防治,降低孕產婦死亡率、嬰幼兒死亡率及新生兒出生缺陷率。",
         [], "三級 names the scheme; no figure"),
        ("實施“災害應急計劃”,新建20個縣級救災物資儲備倉庫,爲362個鄉鎮配備救災車輛,面向家庭廣泛發放防災應急小冊子和小救急包,普遍開展防災應急小型演習。",
         [t("新建縣級救災物資儲備倉庫", 20, "個", "=", I), t("鄉鎮配備救災車輛", 362, "個", "=", I)], None),
        ("實施“文化惠民工程”,爭取“十二五”廣播電視“村村通”工程今年全面完成,推進文化信息資源共享、農家書屋、農村電影放映工程建設,開展萬場“文化大篷車”活動。",
         [t("開展“文化大篷車”活動", 1, "萬場", "=", I)], "萬場 (no digit) annotated as 1 萬場; 十二五 names"),
        ("加強民生水利建設,解決300萬以上農村人口飲水困難和飲水安全問題。", [t("解決農村人口飲水困難和飲水安全問題", 300, "萬", ">=", I)], "no measure word → unit 萬"),
        ("建設養老服務體系,新建和改擴建22個城市老年福利機構、80個農村敬老院、300個城鄉社區日間照料中心,新增牀位16300張。",
         [t("新建和改擴建城市老年福利機構", 22, "個", "=", I), t("農村敬老院", 80, "個", "=", I), t("城鄉社區日間照料中心", 300, "個", "=", I),
          t("新增牀位", 16300, "張", "=", I)], None),
        ("幫助低收入人羣解決住房困難,新開工建設30萬套城鎮保障性住房,新增發放租賃補貼10萬戶,完成30萬戶農村危房改造及地震安居工程。",
         [t("新開工建設城鎮保障性住房", 30, "萬套", "=", I), t("新增發放租賃補貼", 10, "萬戶", "=", I), t("完成農村危房改造及地震安居工程", 30, "萬戶", "=", I)], None),
    ],
    "W21_yunnan_2019": [
        ("今年云南省将做好10件实事保障改善民生", [], "title; 10件 sizes the programme"),
        ("今年将有91个县通高速公路", [t("通高速公路县", 91, "个", "=", I)], "heading with a count"),
        ("阮成发: 今年,要继续加大投入,加快推进以综合交通、水利、能源、信息、物流为主的“五网”建设,力争全年基础设施投资增长20%以上。",
         [t("全年基础设施投资", 20, "%", ">=", G)], "五网 names"),
        ("其中,县域高速公路“能通全通”工程是今年基础设施建设中的“标志性工程”,现已全面开工建设,全年将有91个县通高速公路,通车里程达6000公里以上,明年目标是1万公里以上。",
         [t("通高速公路县", 91, "个", "=", I), t("通车里程", 6000, "公里", ">=", T), t("明年通车里程目标", 1, "万公里", ">=", T)],
         "the next year's target is also stated as a target"),
        ("省政府要成立“数字云南”建设领导小组,我当组长,有关副省长都参加,每月至少研究一次。", [], "每月至少研究一次 is a meeting rhythm, left without a target"),
        ("现在,昆明中心城区、丽江古城、大理古城已布局建设5G网络,预计今年3月底可完工。", [], "5G names; a deadline, no quantity"),
    ],
    "W22_changchun_2025": [
        ("全市经济社会发展主要预期目标是:地区生产总值增长5.5%以上", [t("地区生产总值", 5.5, "%", ">=", G)], "first clause of a ','-separated sentence"),
        ("粮食产量260亿斤以上", [t("粮食产量", 260, "亿斤", ">=", T)], None),
        ("规上工业增加值增长7%以上", [t("规上工业增加值", 7, "%", ">=", G)], None),
        ("固定资产投资增长5%以上", [t("固定资产投资", 5, "%", ">=", G)], None),
        ("社会消费品零售总额增长6%以上", [t("社会消费品零售总额", 6, "%", ">=", G)], None),
        ("一般公共预算收入增长3%", [t("一般公共预算收入", 3, "%", "=", G)], None),
        ("CPI涨幅控制在2%左右", [t("CPI涨幅", 2, "%", "~", G)], None),
        ("单位GDP能耗下降2%左右", [t("单位GDP能耗", 2, "%", "~", D)], None),
        ("城乡居民收入增速高于经济增速。", [], "no figure"),
        ("强化投资拉动,努力实施一批补短板、增后劲重大项目,全年实施投资5000万元以上项目1400个,其中超亿元项目1000个以上。",
         [t("全年实施投资5000万元以上项目", 1400, "个", "=", I), t("超亿元项目", 1000, "个", ">=", I)], "5000万元以上/超亿元 describe the projects"),
        ("围绕“两重”领域包装申报农田水利、交通运输、生态环保项目,推动102国道绕越线、机场三期配套基础设施等重大项目尽快开工,基础设施投资增长5%以上。",
         [t("基础设施投资", 5, "%", ">=", G)], "两重, 102国道 and 三期 name"),
        ("加快奥来德新型显示材料、宽城中粮油脂、旭阳中法产业园等在建产业项目建设进度,黑系智能房车、大唐二热“退城进郊”、榆树风电制氢合成氨等220个亿元以上产业项目开工建设,力争产业投资增长10%。",
         [t("亿元以上产业项目开工建设", 220, "个", "=", I), t("产业投资", 10, "%", "=", G)], "亿元以上 describes; the count stands after a list of names"),
        ("启动重庆路等重点商圈转型提升,加快万达茂、银河一英里等新商业综合体招商运营,引进首店品牌100家,打造省级夜间消费集聚区10个以上。",
         [t("引进首店品牌", 100, "家", "=", I), t("打造省级夜间消费集聚区", 10, "个", ">=", I)], "一英里 is part of a name"),
        ("深化房地产发展新模式试点,启动建设一批高品质“好房子”,城中村改造推行房票安置,扩大房地产企业“白名单”融资授信范围,商品房销售面积增长5.5%以上。",
         [t("商品房销售面积", 5.5, "%", ">=", G)], None),
        ("支持吉光、三江、长白山3个创新型省实验室投入运行发挥作用。", [t("创新型省实验室投入运行", 3, "个", "=", I)], "the count follows the three names"),
        ("推行科技攻关“揭榜挂帅”“定向委托”,加快突破一批关键核心技术,全社会研发投入增长10%以上。", [t("全社会研发投入", 10, "%", ">=", G)], None),
        ("联合光机所、应化所、长春理工大学新建3个概念验证", [t("新建概念验证", 3, "个", "=", I)], "cut before the noun (概念验证中心?)"),
    ],
    "W23_changchun_2014": [
        ("2014年,长春市将按照“保续建、保民生、保重点”的原则,计划投资643.7亿元,安排86项重点工程,努力为市民创造更加舒适的居住环境和更加便捷的出行条件。",
         [t("计划投资", 643.7, "亿元", "=", T)], "86项 sizes the programme"),
        ("2014年长春市将科学安排城建重点工程,地铁1号线在建的11座车站中,除解放大路换乘站外,基本完成主体工程,开工建设地铁2号线。", [], "1号线/2号线 name; 11座 describes the stations under construction"),
        ("加快提升公用保障能力,新增供热能力1000万平方米,改造供热管网100公里。",
         [t("新增供热能力", 1000, "万平方米", "=", I), t("改造供热管网", 100, "公里", "=", I)], None),
        ("一水厂扩建年底达到试通水条件,新增日净水能力25万吨。", [t("新增日净水能力", 25, "万吨", "=", I)], "一水厂 names"),
        ("改造供水管网100公里。", [t("改造供水管网", 100, "公里", "=", I)], None),
        ("对全市1923座二次供水泵站进行系统改造,改造燃气高危管网150公里,新增常态天然气储备能力600万立方米。",
         [t("二次供水泵站进行系统改造", 1923, "座", "=", I), t("改造燃气高危管网", 150, "公里", "=", I), t("新增常态天然气储备能力", 600, "万立方米", "=", I)],
         "the count stands before its noun and verb"),
        ("全力打造绿色宜居森林城,2014年全市园林绿化建设计划总投资39亿元,重点实施一批公园、绿地、生态系统建设。", [t("园林绿化建设计划总投资", 39, "亿元", "=", T)], None),
        ("狠抓空气治理,年内淘汰三环路以内840台10吨以下燃散煤锅炉。", [t("淘汰燃散煤锅炉", 840, "台", "=", I)], "三环路 names; 10吨以下 describes the boilers"),
        ("落实好城建民生工程,新建廉租房600套、公租房1700套。", [t("新建廉租房", 600, "套", "=", I), t("公租房", 1700, "套", "=", I)], None),
        ("续建2.6万套保障性住房,力争基本建成7000套。", [t("续建保障性住房", 2.6, "万套", "=", I), t("基本建成", 7000, "套", "=", I)], None),
        ("拆除棚户区300万平方米。", [t("拆除棚户区", 300, "万平方米", "=", I)], None),
        ("建设回迁房210万平方米、2.8万套。", [t("建设回迁房", 210, "万平方米", "=", I), t("建设回迁房", 2.8, "万套", "=", I)], None),
        ("全面推进“公交都市”创建工作,新增、更新公交车400台,新建并亮化集合式公交站牌50座,新建公交候车亭50座。",
         [t("新增、更新公交车", 400, "台", "=", I), t("新建并亮化集合式公交站牌", 50, "座", "=", I), t("新建公交候车亭", 50, "座", "=", I)], None),
    ],
    "W24_beijing_2026": [
        ("2026年经济社会发展主要预期目标是:地区生产总值增长5%左右", [t("地区生产总值", 5, "%", "~", G)], "first clause of a ','-separated sentence"),
        ("一般公共预算收入增长4%左右", [t("一般公共预算收入", 4, "%", "~", G)], None),
        ("城镇调查失业率控制在5%以内", [t("城镇调查失业率", 5, "%", "<=", L)], None),
        ("居民消费价格涨幅2%左右", [t("居民消费价格涨幅", 2, "%", "~", G)], None),
        ("细颗粒物年均浓度控制在29微克/立方米左右、争取更优水平,能源、水资源、碳排放等指标达到国家要求。",
         [t("细颗粒物年均浓度", 29, "微克/立方米", "~", L)], "控制在…左右 → ~"),
        ("锚定目标,报告给出了10个方面重点任务。", [], "10个方面 describes"),
        ("在京津冀协同发展方面,政府工作报告提出,疏解提质一般制造业企业80家,加快建设北方工业大学延庆校区等市属高校新校区,推动宣武医院房山院区等新院区开工建设。",
         [t("疏解提质一般制造业企业", 80, "家", "=", I)], None),
        ("拆除违法建设500万平方米、治理无手续建筑500万平方米。", [t("拆除违法建设", 500, "万平方米", "=", I), t("治理无手续建筑", 500, "万平方米", "=", I)], None),
        ("推动轨道交通M102线规划建设,完成市郊铁路副中心线北京西至良乡段整体提升工程,建设六环高线公园,推动通武廊交界重点区域产业协同发展。", [], "M102线 and 六环 name"),
        ("积极扩大有效投资,面向民间资本推介重大项目总投资不低于2000亿元。", [t("面向民间资本推介重大项目总投资", 2000, "亿元", ">=", T)], "不低于 → >="),
        ("本市今年新增中学学位1万个。", [t("新增中学学位", 1, "万个", "=", I)], None),
    ],
    "W25_guangxi_2023_progress": [
        ("原標題:廣西籌措下達810.79億元為民辦實事 安居惠民、交通惠民等為民辦實事工程十大類34個子項目穩步推進", [], "title: funds raised and programme size"),
        ("昨日,記者從廣西實施為民辦實事工程階段性成效新聞發佈會上獲悉,今年截至9月30日,廣西已籌措下達為民辦實事工程資金810.79億元,資金籌措下達進度達到106.39%。",
         [], "progress (已…, 進度達到)"),
        ("擴大保障性租賃住房供給,新開工棚戶區改造1446套,新開工(籌集)保障性租賃住房52562套、公租房268套,開工改造城鎮老舊小區17.15萬套,“住有所居”穩步推進。",
         [], "progress counts in target wording (新開工…套) under 今年以來"),
        ("對15.1萬公里普通公路進行日常養護,完成普通國省道路面修復里程29.51公里,實施普通公路安全精細化提升工程2219.8公里,更好保障公路安全暢通。", [], "progress"),
    ],
    "W26_guiyang_2024_shishi": [
        ("2024年贵阳贵安拟办“十件民生实事”出炉!", [], "title; 十件 sizes the programme"),
        ("1 月 31 日上午,贵阳市第十五届人民代表大会第四次会议在贵阳会议中心开幕,听取了贵阳市人民政府工作报告。", [], "date and session, spaced digits"),
        ("一、新建、改 ( 扩 ) 建中小学、幼儿园 25 所,新增学位 2.7 万个。",
         [t("新建、改 ( 扩 ) 建中小学、幼儿园", 25, "所", "=", I), t("新增学位", 2.7, "万个", "=", I)], "spaces around the numbers kept as printed"),
        ("普通高中招生扩招 3000 人以上。", [t("普通高中招生扩招", 3000, "人", ">=", I)], None),
        ("建设花溪区燕楼镇中心完小、观山湖区博士府幼儿园、清镇市四季贵州小学等教育项目 25 个,新增学位 2.7 万个。",
         [t("教育项目", 25, "个", "=", I), t("新增学位", 2.7, "万个", "=", I)], "the count follows a list of names"),
        ("2024 年普通高中招生计划人数较 2023 年增加 3000 人,强化基础教育提质增效,进一步满足市民群众就读普通高中需求。",
         [t("普通高中招生计划人数", 3000, "人", "=", I)], "较2023年 names the base year"),
        ("二、贵阳贵安完成城镇新增就业 15 万人。", [t("城镇新增就业", 15, "万人", "=", I)], None),
        ("强化就业优先政策,着力稳岗扩岗,扎实做好各类重点人群就业工作,贵阳贵安完成城镇新增就业 15 万人 ( 贵阳市 14.75 万人,贵安新区 0.25 万人 ) ,推动贵阳贵安高质量充分就业。",
         [t("城镇新增就业", 15, "万人", "=", I), t("贵阳市城镇新增就业", 14.75, "万人", "=", I), t("贵安新区城镇新增就业", 0.25, "万人", "=", I)],
         "the bracket splits the 15万 between the two areas"),
        ("三、打造 \" 爽贵阳 \" 智慧民生综合服务平台。", [], "names a platform, no figure"),
        ("建成 40 个壹刻宝文化驿站。", [t("建成壹刻宝文化驿站", 40, "个", "=", I)], None),
        ("建成 10 个口袋公园。", [t("建成口袋公园", 10, "个", "=", I)], None),
    ],
    "W27_liupanshui_2024_progress": [
        ("11月21日,六盘水市2024年“十件民生实事”1—10月推进情况新闻发布会召开,会议就涉及10个方面32个民生事项的“十件民生实事”推进情况进行了通报。", [], "programme sizes"),
        ("据悉,2024年市级“十件民生实事”覆盖就业、教育、卫生健康、养老保障、托幼服务、乡村公路安全建设、基层消防救援、文化体育基础设施建设、宜居环境建设、生活配套设施等10个方面32个小项,涉及年度投资目标6.28亿元。",
         [t("年度投资目标", 6.28, "亿元", "=", T)], "10个方面32个小项 size the programme"),
        ("1—10月,完成投资5.8亿元,占年度投资目标92.40%,各项民生实事正有序推进。", [], "progress and verdict (judged.jsonl)"),
        ("在增强教育质效方面,新建、改扩建的7所城区小学已全部建成投用,实现新增学位5960个;已引进46名省外校长、教师开展教育教学帮扶工作。", [], "progress"),
        ("完成65岁以上老年人免费体检21.8万人", [], "progress (完成…), 65岁以上 describes"),
    ],
    "W28_guizhou_2011": [
        ("經(jīng)濟(jì)欠發(fā)達(dá)的貴州省今年將實(shí)施“十大民生工程”,,進(jìn)一步加大投入,使基礎(chǔ)設(shè)施建設(shè)及公共文化服務(wù)體系建設(shè)向農(nóng)村延伸,。",
         [], "十大 names the list"),
        ("2011年,,貴州將新增50個鄉(xiāng)鎮(zhèn)通油路,、555個建制村通公路,新增解決300萬農(nóng)村人口飲水安全問題",
         [t("新增鄉(xiāng)鎮(zhèn)通油路", 50, "個", "=", I), t("建制村通公路", 555, "個", "=", I), t("新增解決農(nóng)村人口飲水安全問題", 300, "萬", "=", I)],
         "no measure word after 300萬 → unit 萬; the clause after it is garbled (mojibake) and left out"),
        ("貴州還將力爭完成100個村莊整治和80個農(nóng)村清潔工程示范點(diǎn)建設(shè),,建設(shè)農(nóng)村戶用沼氣池15萬戶,。",
         [t("村莊整治", 100, "個", "=", I), t("農(nóng)村清潔工程示范點(diǎn)建設(shè)", 80, "個", "=", I), t("建設(shè)農(nóng)村戶用沼氣池", 15, "萬戶", "=", I)], None),
        ("同時,貴州省將新建農(nóng)村通信光纜2.6萬公里,、移動通信基站3200個,,建成333個農(nóng)民文化家園、3654個農(nóng)家書屋,、500個數(shù)字農(nóng)家書屋。",
         [t("新建農(nóng)村通信光纜", 2.6, "萬公里", "=", I), t("移動通信基站", 3200, "個", "=", I), t("建成農(nóng)民文化家園", 333, "個", "=", I),
          t("農(nóng)家書屋", 3654, "個", "=", I), t("數(shù)字農(nóng)家書屋", 500, "個", "=", I)], None),
        ("實(shí)施縣級文化館,、圖書館維修改造項(xiàng)目25個,。", [t("縣級文化館、圖書館維修改造項(xiàng)目", 25, "個", "=", I)], "metric joined across the doubled punctuation"),
        ("建成100個村級農(nóng)民體育健身工程、40個鄉(xiāng)鎮(zhèn)農(nóng)民體育健身工程,、200個社區(qū)全民健身路徑工程和4個縣級體育場館,。",
         [t("村級農(nóng)民體育健身工程", 100, "個", "=", I), t("鄉(xiāng)鎮(zhèn)農(nóng)民體育健身工程", 40, "個", "=", I),
          t("社區(qū)全民健身路徑工程", 200, "個", "=", I), t("縣級體育場館", 4, "個", "=", I)], None),
    ],
}

# tasks: doc, ref, text_start, lead_units, co_units, lead_leaders, progress_start, label, note
TASKS = [
    ("W09_dongcheng_2021", "1", "常态化疫情防控", [], [], [], "继续坚持“外防输入、内防反弹”总体防控策略", None,
     "columns 序号|任务名称|年度任务及目标|全年完成情况 one cell per paragraph; no unit column; progress is the 全年完成情况 cell; no verdict printed"),
    ("W09_dongcheng_2021", "2", "国际科技创新中心建设工作", [], [], [], "东城区认真落实《关于进一步加强文化与科技融合发展", None,
     "the 年度任务及目标 cell starts '1.加快推动…' (a numbered target inside the cell); cut in the progress cell"),
]
for i, start in enumerate(["推进农村饮水城市化工程", "改善农村生活环境", "改善农村生产条件", "改善城区居住环境", "提升社区建设水平", "提高公共交通水平",
                           "提升医疗基础设施", "完善校园基础设施", "优化完善公共服务", "完善公共配套设施", "完善农村养老服务", "推进就业再就业工作",
                           "改善城乡生"], 1):
    TASKS.append(("W10_wuqing_2019_shishi", str(i), start, [], [], [], None, None,
                  "'一是…。二是…。' list run together in one paragraph, the first item after the lead sentence; no units printed" + ("; cut" if i == 13 else "")))
for i, start in enumerate(["稳定和扩大就业", "深化“一老一小”关爱服务", "实施银龄人才计划", "实施学校体育美育浸润行动计划", "实施校园食品安全放心工程",
                           "实施儿童健康护佑和生物疫苗惠民工程"], 1):
    TASKS.append(("W19_yunnan_2025_shishi", str(i), start, [], [], [], None, None,
                  "'一是heading,年度目标为…;…。' items in one paragraph, the first inside the lead sentence; no units printed" + ("; cut" if i == 6 else "")))
for i, (ordinal, start) in enumerate([("一", "新建、改 ( 扩 ) 建中小学、幼儿园"), ("二", "贵阳贵安完成城镇新增就业"), ("三", "打造 \" 爽贵阳 \" 智慧民生综合服务平台")], 1):
    TASKS.append(("W26_guiyang_2024_shishi", str(i), start, [], [], [], None, None,
                  f"'{ordinal}、' heading line holding the item's targets, sub-items '( 一 )' under it; no units printed" + ("; cut" if i == 3 else "")))

# judged: doc, task, progress, as_of, label, status, note
JUDGED = [
    ("W06_jilin_2018", "城镇新增就业", "城镇新增就业53.2万人,完成年度计划的106.4%", "2017-12-31", "完成年度计划的106.4%", "completed",
     "2017 result reported in the 2018 work report; the office states the share of the annual plan done (over 100%)"),
    ("W06_jilin_2018", "承诺的28件民生实事", "全部兑现承诺的28件民生实事", "2017-12-31", "全部兑现", "completed", "2017 民生实事, reported as all fulfilled"),
    ("W07_jilin_2024", "50项民生实事", "全面完成50项民生实事", "2023-12-31", "全面完成", "completed", "2023 民生实事, reported in the 2024 work report"),
    ("W18_chengzhong_2026_shishi", "7大類20個民生實事項目", "全部高質(zhì)量完成", "2025-12-31", "全部高質(zhì)量完成", "completed",
     "2025 民生实事 of the district, reported in February 2026; label as printed (with the inserted gloss)"),
    ("W25_guangxi_2023_progress", "2023年為民辦實事工程十大類34個子項目", "各項目均已取得階段性成效", "2023-09-30", "穩步推進", "on_track",
     "'…34個子項目穩步推進,各項目均已取得階段性成效' as of 截至9月30日; 穩步推進 → on_track"),
    ("W27_liupanshui_2024_progress", "2024年市级“十件民生实事”", "1—10月,完成投资5.8亿元,占年度投资目标92.40%", "2024-10-31", "有序推进", "on_track",
     "'…,各项民生实事正有序推进' closes the overall progress sentence; 有序推进 → on_track"),
    ("W27_liupanshui_2024_progress", "新建、改扩建的7所城区小学", "已全部建成投用,实现新增学位5960个", "2024-10-31", "已全部建成投用", "completed", None),
    ("W27_liupanshui_2024_progress", "省级区域医疗中心第一批次38台/套医疗设备", "已验收并交付使用", "2024-10-31", "已验收并交付使用", "completed", None),
]


def main():
    src = {d[0]: d[1] for d in DOCS}
    text_of = {d[0]: (B / "docs" / f"{d[0]}.txt").read_text(encoding="utf-8") for d in DOCS}
    compact = {k: "".join(v.split()) for k, v in text_of.items()}
    assert sorted(p.stem for p in (B / "docs").glob("*.txt")) == sorted(text_of)
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
            for part in task.split("。")[:1] + [progress, label]:
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
