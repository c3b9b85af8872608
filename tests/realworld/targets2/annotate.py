"""Hand annotations of batch targets2, written before duban was run on these documents.

Running it writes documents.jsonl, tasks.jsonl, targets.jsonl and judged.jsonl next to it and checks that
every annotated text is copied verbatim from its document (docs/<id>.txt, kept as the search returned it).
"""

import json
import pathlib

B = pathlib.Path(__file__).resolve().parent

# id, source, province, level, year, kind, layout
DOCS = [
    ("T01_jianli_2022_plan", "http://www.artfolios.org/xxgk_30/zc/zcwj/xzfwj/202201/t20220114_688893.shtml", "湖北", "县", 2022, "plan",
     "county-level city plan reposted on a third-party site: numbered indicator targets '1.X增长10%左右。' each followed by its own paragraph '(牵头单位:…;责任单位:…)'; excerpt cut inside item 7"),
    ("T02_xialu_2023_plan", "http://xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202301/t20230112_981880.html", "湖北", "区", 2023, "plan",
     "district plan: the main indicators in one ';'-separated prose sentence, then headed sections with numbered tasks ending '[责任单位:…]'; excerpt cut in task 2"),
    ("T03_hubei_2017_plan", "http://nybiz.cn/law/3073.html", "湖北", "省", 2017, "plan",
     "provincial responsibility split reposted in traditional characters: indicator targets in one ';'-separated sentence, then numbered tasks; excerpt cut inside task 1 before its units"),
    ("T04_linan_2022q3", "http://www.linan.gov.cn/art/2022/11/3/art_1229299207_4099657.html", "浙江", "区", 2022, "progress",
     "pipe table 序号|项目内容|进展情况|责任单位, one row per line; merged cells give sub-rows without 序号 and units ('target | progress | ||'); last row cut"),
    ("T05_chongming_2019_shishi", "http://www.chongmingkaifaqu.com/xinwenzhongxin/zheng/45450.html", "上海", "区", 2019, "plan",
     "news page: 实事 items one per paragraph under numbered blocks 01…06, '*' marks city-level items, a repeated caption line between blocks; no units"),
    ("T06_lanzhou_2019_shishi", "http://gansu.gscn.com.cn/system/2019/02/23/012118909.shtml", "甘肃", "市", 2019, "plan",
     "news article: ten 实事 one per line '一是…,…。' with several counts per item; no units"),
    ("T07_qinan_2015_shishi", "http://yhg994208.cn/news/qa/201502112048124472.html", "甘肃", "县", 2015, "plan",
     "reposted news in traditional characters with pinyin glosses inserted after characters (會(huì)); ten 实事 in one ';'-separated sentence"),
    ("T08_yuzhong_2016_shishi", "http://www.guyuantaihehotel.com/n/20160120/223218.html", "甘肃", "县", 2016, "plan",
     "reposted news in traditional characters: ten 实事 numbered '1.…。2.…。' run together in one paragraph"),
    ("T09_shunde_2024_shishi", "http://m.cucmc.com/wljy/3403.html", "广东", "区", 2024, "plan",
     "reposted news: ten items, each a heading line '一、…。' followed by a target line; spam words injected into two lines"),
    ("T10_guangdong_2021_plan", "https://jiu.foodmate.net/law/show.php?itemid=985", "广东", "省", 2021, "plan",
     "provincial 分工方案 on a law-database site: numbered indicator, then '分管省领导:name' and '部门分工:X牵头,Y配合。' lines; excerpt cut in item 2"),
    ("T11_taiyuan_shishi", "http://www.digipub.cc/dy/article/KJN2TPEB0552FDTY.html?spss=dy_author", "山西", "市", None, "plan",
     "reposted news (NetEase) in traditional characters: ten 实事 '一是…。' one per line; year not printed (市十五届人大六次会议)"),
    ("T12_jinfeng_2025_shishi", "http://53hz.com/jiaz/24879.html", "宁夏", "区", 2025, "plan",
     "WeChat-style repost: items one per line starting '▶' under numbered blocks 01…08; a phone-number spam string injected into one item; cut in block 08"),
    ("T14_shapingba_2022_plan", "http://www.cqspb.gov.cn/zwgk_235/zfxxgkpt/zcwj0617/bm0617/202203/t20220329_10563014.html", "重庆", "区", 2022, "plan",
     "two tables flattened one cell per paragraph: 序号|2022年预期目标|责任单位 (10 rows), then 序号|工作任务|牵头单位|配合单位 (cut in row 1)"),
    ("T15_tongguan_2024_shishi", "http://www.iwgscae.cn/news/xsnews/tg/2024-02-02/887078.html", "陕西", "县", 2024, "plan",
     "reposted news in traditional characters: ten 实事 in one ';'-separated sentence"),
    ("T16_yunnan_2019", "http://org-dsnewsapi.zaobao.com/realtime/china/story20190127-927558", "云南", "省", 2019, "narrative",
     "foreign news report of the provincial government work report: last year's results, then the year's main targets in one ','-separated sentence"),
    ("T17_licheng_2022_shishi", "http://www.jnhouse.com/housenews/detail.php?id=124347", "山东", "区", 2022, "plan",
     "news page: ten 实事 numbered '一、…。' one per paragraph, an image caption between items; no units"),
    ("T18_shizhong_jinan_2022_shishi", "http://jinan.dzwww.com/ztzh/2022jnlh/2022jjqx/2022szq/202204/t20220413_10092904.htm", "山东", "区", 2022, "plan",
     "news page: 22 实事 numbered '一、…。' one per paragraph (cut in item 12); no units"),
    ("T19_liaoning_2024", "http://1.62.100.15/data.php?SqWG1=QGZm.html", "辽宁", "省", 2024, "narrative",
     "repost of a People's Daily news item: the year's provincial targets in prose, last year's figures beside them"),
    ("T20_sichuan_2024", "http://sc.people.com.cn/n2/2024/0122/c345167-40722143.html", "四川", "省", 2024, "narrative",
     "news report of the provincial government work report: main targets in one ';'-separated sentence, then the ten areas of work"),
    ("T21_fuzhou_2019_shishi", "https://us.toutiaosg.com/%e7%a6%8f%e5%b7%9e%e5%b8%82%e5%a7%94%e5%b8%82%e6%94%bf%e5%ba%9c%e6%98%8e%e5%b9%b4%e4%b8%ba%e6%b0%91%e5%8a%9e17%e4%b8%aa%e6%96%b9%e9%9d%a2%e5%ae%9e%e4%ba%8b", "福建", "市", 2019, "plan",
     "repost of a city 为民办实事工作计划: headings '一、…' with sub-items '(一)…' one per line, no punctuation at line ends; no units; cut in section 7"),
    ("T22_fuzhou_2012_oct", "http://news.h0591.com/2012/1121/163063.htm", "福建", "市", 2012, "progress",
     "news report of progress to the end of October: plan target and progress in the same sentence ('计划…,现已…'), paragraphs under topical subheadings; cut"),
    ("T23_fujian_2020_bulletin", "http://fjnews.fjsen.com/2021-02/26/content_30653199.htm", "福建", "省", 2020, "bulletin",
     "year-end bulletin of the provincial 为民办实事 (all 28 completed): per item '工作计划:(一)…(二)…一是…' before its results; excerpt cut inside item 1's plan"),
    ("T24_national_2016_results", "http://jxqcjlb.com/lianghui/news/2017-03/02/content_40390272.htm", "全国", "国家", 2016, "narrative",
     "reposted news in traditional characters with pinyin glosses: each report target as a sentence, then the unit responsible and last year's figure, under the heading 主要预期目标完成良好"),
    ("T25_xinjian_2020_done", "https://saintpaulhem.com/xjq/xjqrmzf/zfzdgz/202101/c050835ab3aa4887bf34efb7b7a7a8a6.shtml", "江西", "区", 2020, "progress",
     "repost of a district year-end report under the heading 已投入使用9项: numbered project name paragraph, then one paragraph 计划投资…,建设内容…。完成项目投资…,于2020年7月全面完工 (年 lost in the copy)"),
    ("T26_suzhou_2021_shishi", "http://m.maincolor.cn/baike/shehuinews/c4e80eff3786811101f1744fad41235b.html", "江苏", "市", 2021, "plan",
     "repost of the city's 实事项目: section headings '一、…方面' and items '1、…。' one per paragraph; cut in item 21"),
    ("T27_hebei_2021_20xiang", "http://9huace.com/a/show.php?itemid=1233", "河北", "省", 2021, "plan",
     "reposted news in traditional characters: 20 民生工程 run together in one paragraph, each 'X工程。target sentence。'; one item garbled by the copy (sentence split at 农宅空置率)"),
    ("T28_hebei_2023h1", "http://m.prospectspotlight.com/2023/0727/934639.html", "河北", "省", 2023, "narrative",
     "reposted news of a half-year press conference in traditional characters: per project the year's target then the half-year progress with shares of the annual task; verdict sentence 上半年各项工程均按计划有力有序推进"),
]


def t(metric, value, unit, comparator, kind):
    return {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind}


G, D, I, L, T = "growth_rate", "decline_rate", "increment", "level", "total"

# doc -> list of (text, [targets], note or None)
TARGETS = {
    "T01_jianli_2022_plan": [
        ("1.地区生产总值增长10%左右。", [t("地区生产总值", 10, "%", "~", G)], "1. is the item number"),
        ("2.规模以上工业增加值增长15%。", [t("规模以上工业增加值", 15, "%", "=", G)], None),
        ("3.社会消费品零售总额增长10%。", [t("社会消费品零售总额", 10, "%", "=", G)], None),
        ("4.财政总收入增长10.8%,一般公共预算收入增长10%。", [t("财政总收入", 10.8, "%", "=", G), t("一般公共预算收入", 10, "%", "=", G)], None),
        ("5.固定资产投资增长20%以上。", [t("固定资产投资", 20, "%", ">=", G)], None),
        ("6.外贸出口增长10%。", [t("外贸出口", 10, "%", "=", G)], None),
        ("7.高新技术产业增加值占GDP比重达到12%,企业研发投入增长15%。", [t("高新技术产业增加值占GDP比重", 12, "%", "=", L), t("企业研发投入", 15, "%", "=", G)], "达到 a share gives a level"),
    ],
    "T02_xialu_2023_plan": [
        ("全年地区生产总值增长5%左右", [t("地区生产总值", 5, "%", "~", G)], "clause of the ';'-separated indicator sentence"),
        ("规模以上工业增加值增长8%左右", [t("规模以上工业增加值", 8, "%", "~", G)], None),
        ("固定资产投资增长12%左右", [t("固定资产投资", 12, "%", "~", G)], None),
        ("社会消费品零售总额增长10%左右", [t("社会消费品零售总额", 10, "%", "~", G)], None),
        ("一般公共预算收入增长12%左右", [t("一般公共预算收入", 12, "%", "~", G)], None),
        ("城镇登记失业率控制在4%以内", [t("城镇登记失业率", 4, "%", "<=", L)], None),
        ("城镇常住居民人均可支配收入增长与经济增长同步。", [], "no figure"),
        ("全面完成市下达的节能减排任务。", [], "no figure"),
        ("1.秉承“深耕一域,做熟一域”的发展思路,依托鄂州花湖机场全面运营带来的临空优势,深度研究临空产业需求和落户要素,大力推进一期核心区建设,引进跨境电商领域龙头企业入驻,确保仓储物流区明年7月份建成、商业引导区明年11月份建成,并实现一期核心区明年年底满园运营。",
         [], "7月份/11月份 are deadlines, 一期 names the phase: no quantity"),
    ],
    "T03_hubei_2017_plan": [
        ("地區生產總值增長8%左右,在實際工作中爭取更好結果", [t("地區生產總值", 8, "%", "~", G)], "traditional characters"),
        ("居民消費價格漲幅35%左右", [t("居民消費價格漲幅", 35, "%", "~", G)], "as printed: 35% (the decimal point of 3.5% lost in the source); annotated as written"),
        ("城鎮新增就業70萬人", [t("城鎮新增就業", 70, "萬人", "=", I)], "unit as written in traditional characters"),
        ("居民收入增長與經濟增長基本同步", [], "no figure"),
        ("全面完成國家下達的節能減排任務", [], "no figure"),
        ("1.強化產業項目建設,重點抓好國家存儲器基地、國家航天產業基地、天馬第6代低溫多晶硅生產線、通用汽車二期及發動機等項目建設。", [], "第6代 names the production line generation"),
    ],
    "T04_linan_2022q3": [
        ("新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。", [t("新建成公办中小学、幼儿园", 7, "所", "=", I), t("新增中小学、幼儿园公办学位", 6800, "个", "=", I)], "项目内容 cell"),
        ("新建成婴幼儿照护服务成长驿站7家。", [t("新建成婴幼儿照护服务成长驿站", 7, "家", "=", I)], None),
        ("新增婴幼儿照护服务托位500个。", [t("新增婴幼儿照护服务托位", 500, "个", "=", I)], None),
        ("开展胃肠癌联合筛查1万例以上。", [t("胃肠癌联合筛查", 1, "万例", ">=", I)], None),
        ("实施农村公路大中修100公里。", [t("农村公路大中修", 100, "公里", "=", I)], None),
        ("新增公交线路3条。", [t("新增公交线路", 3, "条", "=", I)], None),
        ("优化调整公交线路20条。", [t("优化调整公交线路", 20, "条", "=", I)], None),
        ("新建成保障性住房1700套。", [t("新建成保障性住房", 1700, "套", "=", I)], None),
        ("完成公共租赁住房保障家庭800户。", [t("公共租赁住房保障家庭", 800, "户", "=", I)], None),
        ("综合改造提升老旧街区100万平方米。", [t("综合改造提升老旧街区", 100, "万平方米", "=", I)], None),
        ("打通城市断头路6条。", [t("打通城市断头路", 6, "条", "=", I)], None),
    ],
    "T05_chongming_2019_shishi": [
        ("完成30台多层住宅电梯加装工作、9家社区卫生服务中心消防设施改造", [t("多层住宅电梯加装", 30, "台", "=", I), t("社区卫生服务中心消防设施改造", 9, "家", "=", I)], "count before the noun, verb at the start"),
        ("*为8个住宅小区新增电动自行车充电设施", [t("新增电动自行车充电设施住宅小区", 8, "个", "=", I)], "leading * marks a city item"),
        ("*为7个老旧小区实施消防设施增配或改造", [t("老旧小区消防设施增配或改造", 7, "个", "=", I)], None),
        ("建成区行政服务中心东部分中心", [], "no figure"),
        ("实施并完成5处公交场站修缮工程", [t("公交场站修缮工程", 5, "处", "=", I)], None),
        ("*完成1.3万户农村生活污水处理设施改造", [t("农村生活污水处理设施改造", 1.3, "万户", "=", I)], None),
        ("新增就业9000人", [t("新增就业", 9000, "人", "=", I)], None),
        ("*帮助430名长期失业青年实现就业创业", [t("长期失业青年实现就业创业", 430, "名", "=", I)], None),
        ("开展职业培训5000人次", [t("职业培训", 5000, "人次", "=", I)], None),
        ("*为1587名建档立卡农民提供职业培训等就业服务", [t("建档立卡农民就业服务", 1587, "名", "=", I)], None),
        ("开展文化配送下乡工程", [], "no figure"),
        ("配送文艺演出不少于200场次、数字电影不少于5000场次", [t("配送文艺演出", 200, "场次", ">=", I), t("配送数字电影", 5000, "场次", ">=", I)], None),
        ("配送各类图书、杂志5万册", [t("配送各类图书、杂志", 5, "万册", "=", I)], None),
        ("*新建20公里生态绿道及市民健身步道", [t("新建生态绿道及市民健身步道", 20, "公里", "=", I)], None),
        ("*30个市民益智健身苑点、2片市民足球场", [t("市民益智健身苑点", 30, "个", "=", I), t("市民足球场", 2, "片", "=", I)], "bare noun phrase with no verb: the item continues the 新建 of the line above"),
        ("*新增15家社区老年助餐点", [t("新增社区老年助餐点", 15, "家", "=", I)], None),
        ("新建10家、改建6家社区老年活动室", [t("新建社区老年活动室", 10, "家", "=", I), t("改建社区老年活动室", 6, "家", "=", I)], None),
    ],
    "T06_lanzhou_2019_shishi": [
        ("一是实施扩大教育资源项目,新建和改扩建幼儿园、中小学20所,新增学位1.4万个。", [t("新建和改扩建幼儿园、中小学", 20, "所", "=", I), t("新增学位", 1.4, "万个", "=", I)], "一是 is the ordinal"),
        ("二是实施农村基础设施改造项目,完成农村改炕2万个、改灶2000个、改厕6万户,新建和改扩建乡村公厕450座、农村粪污处理设施50个,配套抽运车辆300辆。",
         [t("农村改炕", 2, "万个", "=", I), t("改灶", 2000, "个", "=", I), t("改厕", 6, "万户", "=", I), t("新建和改扩建乡村公厕", 450, "座", "=", I), t("农村粪污处理设施", 50, "个", "=", I), t("配套抽运车辆", 300, "辆", "=", I)], None),
        ("三是实施农村公路建设项目,新建农村公路300公里,重点养护600公里。", [t("新建农村公路", 300, "公里", "=", I), t("重点养护农村公路", 600, "公里", "=", I)], None),
        ("四是实施农村妇女医疗检查及城乡困难妇女儿童关爱救助工程,完成13万名农村妇女“两癌”检查和500名“两癌”妇女、2000名困难儿童救助。",
         [t("农村妇女“两癌”检查", 13, "万名", "=", I), t("“两癌”妇女救助", 500, "名", "=", I), t("困难儿童救助", 2000, "名", "=", I)], "counts before the noun"),
        ("五是实施老旧楼院治理改造及电梯加装工程,完成老旧楼院维修改造40个,电梯加装245部。", [t("老旧楼院维修改造", 40, "个", "=", I), t("电梯加装", 245, "部", "=", I)], None),
        ("六是实施文化惠民工程,开展惠民演出、文化下乡、文化进万家等活动200场次、放映电影300场次。", [t("惠民演出、文化下乡、文化进万家等活动", 200, "场次", "=", I), t("放映电影", 300, "场次", "=", I)], "文化进万家 names an activity"),
        ("七是实施背街小巷整治工程,完成治理20条,畅通街巷微循环。", [t("背街小巷治理", 20, "条", "=", I)], None),
        ("八是实施市区高速路口收费站合并整治工程,拆除北龙口、天水路等5个现有收费站,新建兰州东、兰州北2个收费站。", [t("拆除现有收费站", 5, "个", "=", I), t("新建收费站", 2, "个", "=", I)], None),
        ("九是实施主城区公园和小游园建设项目,建成彭家坪中央公园,新改扩建小游园15个。", [t("新改扩建小游园", 15, "个", "=", I)], None),
        ("十是实施棚户区改造项目,开工建设1万户。", [t("棚户区改造开工建设", 1, "万户", "=", I)], None),
    ],
    "T07_qinan_2015_shishi": [
        ("完成秦南路南小河橋至花船子3.4公里道路拓寬改造工程", [t("道路拓宽改造", 3.4, "公里", "=", I)], "traditional characters"),
        ("完成城南片區(qū)棚戶區(qū)改造500套,建成公共租賃住房634套", [t("棚户区改造", 500, "套", "=", I), t("建成公共租赁住房", 634, "套", "=", I)], "pinyin glosses (qū) inside the words"),
        ("解決劉坪、中山等鄉(xiāng)鎮(zhèn)4萬(wàn)人的飲水不安全問(wèn)題", [t("解决饮水不安全问题人口", 4, "萬人", "=", I)], "the gloss (wàn) sits between 萬 and 人; unit annotated 萬人"),
        ("實(shí)施蓮花中小等59所改善義務(wù)教育薄弱學(xué)校項(xiàng)目,改造農(nóng)村校舍面積4.2萬(wàn)平方米",
         [t("改善义务教育薄弱学校", 59, "所", "=", I), t("改造农村校舍面积", 4.2, "萬平方米", "=", I)], "gloss (wàn) between 萬 and 平方米; unit annotated 萬平方米"),
        ("建設(shè)農(nóng)村公路500公里,基本實(shí)現(xiàn)建制村通暢工程全覆蓋", [t("建设农村公路", 500, "公里", "=", I)], None),
        ("完成隴城上袁等31村扶貧開(kāi)發(fā)整村推進(jìn)項(xiàng)目建設(shè)", [t("扶贫开发整村推进项目", 31, "村", "=", I)], None),
        ("改造農(nóng)村危舊房2000戶", [t("改造农村危旧房", 2000, "戶", "=", I)], None),
        ("實(shí)施110村農(nóng)村公益事業(yè)“一事一議”財(cái)政獎(jiǎng)補(bǔ)項(xiàng)目,硬化村莊巷道50公里", [t("一事一议财政奖补项目村", 110, "村", "=", I), t("硬化村庄巷道", 50, "公里", "=", I)], "一事一议 names the programme"),
        ("實(shí)施“保護(hù)視力、提高成績(jī)”項(xiàng)目,為4000名小學(xué)生免費(fèi)篩查配鏡", [t("小学生免费筛查配镜", 4000, "名", "=", I)], None),
        ("全面啟動(dòng)城鄉(xiāng)居民大病保險(xiǎn)工作,有效提高重特大疾病保障水平。", [], "no figure"),
    ],
    "T08_yuzhong_2016_shishi": [
        ("1.新修高標準基本農田10萬畝。", [t("新修高标准基本农田", 10, "萬畝", "=", I)], "traditional characters; 1. is the item number"),
        ("2.引入社會資金2億元,建成1所縣城九年制學校。", [t("引入社会资金", 2, "億元", "=", T), t("建成县城九年制学校", 1, "所", "=", I)], "九年制 names the school type"),
        ("3.完成縣城小學新建和三角城小學遷建工程,建成40所標準化學校。", [t("建成标准化学校", 40, "所", "=", I)], None),
        ("4.改造農村危舊房1320戶,完成計生“兩戶”家庭建房100戶。", [t("改造农村危旧房", 1320, "戶", "=", I), t("计生“两户”家庭建房", 100, "戶", "=", I)], "兩戶 names the family category"),
        ("5.實施光網榆中項目建設,實現全縣所有村寬帶全覆蓋。", [], "no figure"),
        ("6.新增城鎮就業2300人,開展職業技能培訓800人(次)。", [t("新增城镇就业", 2300, "人", "=", I), t("职业技能培训", 800, "人次", "=", I)], "printed 人(次); annotated 人次 (judgement call)"),
        ("7.改造路網及村內道路160公里。", [t("改造路网及村内道路", 160, "公里", "=", I)], None),
        ("8.實施光伏扶貧項目,推廣光伏發電2100戶。", [t("推广光伏发电", 2100, "戶", "=", I)], None),
        ("9.建成南坡灣、潘家坪調蓄水庫及水廠。", [], "no figure"),
        ("10.完成興隆山水源涵養區保護工程。", [], "10. is the item number"),
    ],
    "T09_shunde_2024_shishi": [
        ('九、开展HPV疫苗接种。', [], 'HPV is a name; 九、 the ordinal'),
        ('十、加强社区体育公园建设。', [], '十、 is the ordinal'),
        ('二、加强黑臭水体整治。', [], '二、 is the ordinal'),
        ("新增幼儿园学位1500个、高中阶段学位600个、义务教育阶段学位15000个、宿位20000个。",
         [t("新增幼儿园学位", 1500, "个", "=", I), t("新增高中阶段学位", 600, "个", "=", I), t("新增义务教育阶段学位", 15000, "个", "=", I), t("新增宿位", 20000, "个", "=", I)], None),
        ("完成不少于27条农村黑臭水体整治,切实提升水环境质量。", [t("农村黑臭水体整治", 27, "条", ">=", I)], "不少于 before the count"),
        ("确保全区小学生校内午休“躺着睡”,进一步促进学生身心健康发展。", [], "no figure"),
        ("新、改建不少于200个街心公园,让市民推门入绿,开窗见景。", [t("新、改建街心公园", 200, "个", ">=", I)], None),
        ("新增改造城镇老旧小区不少于75个,惠及不少于10000个家庭。", [t("新增改造城镇老旧小区", 75, "个", ">=", I), t("惠及家庭", 10000, "个", ">=", I)], "惠及 count of beneficiaries taken as a target (不少于)"),
        ("完成43个农贸市场升级改造,同步对其他市场开展整治提升。", [t("农贸市场升级改造", 43, "个", "=", I)], None),
        ("对10个交通拥堵点开展拓宽右转车道、优化信号灯配时等“微改造”人大网络教育 学位,有效缓解道路交通拥堵。", [t("交通拥堵点微改造", 10, "个", "=", I)], "spam words injected by the repost site kept as found"),
        ("完成6000亩鱼塘标准化改造和尾水治理,有效减少水产养殖污染,提高水资源利用率。", [t("鱼塘标准化改造和尾水治理", 6000, "亩", "=", I)], None),
        ("为不少于9000名新进入初中一年级、未接种过人乳头瘤病毒(HPV)疫苗的女生提供HPV疫苗免费接种。", [t("HPV疫苗免费接种女生", 9000, "名", ">=", I)], "count before a long noun phrase"),
        ("新、改建30个社区体育公园,推动全民健身事业发展。", [t("新、改建社区体育公园", 30, "个", "=", I)], None),
        ("五、加快推进老旧小区改造。", [], "五、 is the ordinal of the item heading"),
        ("三、实施小学生“优质午休”工程。", [], "item heading, no figure"),
    ],
    "T10_guangdong_2021_plan": [
        ("1.地区生产总值增长6%以上。", [t("地区生产总值", 6, "%", ">=", G)], None),
        ("2.地方一般公共预算收入增长5%左右。", [t("地方一般公共预算收入", 5, "%", "~", G)], None),
    ],
    "T11_taiyuan_shishi": [
        ("一是系統治理“停車難、停車貴”,全面盤活閑置資源,持續增加公共停車場、停車位,科學調整收費政策。", [], "no figure; traditional characters"),
        ("二是持續實施街巷改造工程,對南屯北街、新村路等25條市民反映強烈的瓶頸路進行改造提升。", [t("瓶颈路改造提升", 25, "條", "=", I)], "count before a long noun phrase"),
        ("三是實施29個未完成安置補償的城中村改造工作,早日讓回遷群眾住上好房子。", [t("城中村改造", 29, "個", "=", I)], None),
        ("四是遴選安全隱患突出的危舊房,完成6處以上試點改造任務。", [t("危旧房试点改造", 6, "處", ">=", I)], None),
        ("五是建設6個完整社區標桿示范項目,打造有溫度的“城市細胞”。", [t("完整社区标杆示范项目", 6, "個", "=", I)], None),
        ("六是公安分局全部增設周末戶籍窗口,實現服務“不斷檔”。", [], "no figure"),
        ("七是為特殊中小學生免費提供校服及教輔材料,持續減輕特殊家庭教育負擔。", [], "no figure"),
        ("八是針對115棟超高層民用建筑,建設微型消防站,提升抗御火災能力。", [t("超高层民用建筑微型消防站", 115, "棟", "=", I)], "judgement call: the 115 buildings are the scope to be covered, taken as the target"),
        ("九是為35周歲以上人群免費開展慢阻肺篩查及健康管理,切實做到早篩早診早治。", [], "35周岁以上 describes the group: not a target"),
        ("十是開通市區—婁煩公交線路,實現“三縣一市”公交全覆蓋。", [], "三县一市 names the area"),
    ],
    "T12_jinfeng_2025_shishi": [
        ('▶智慧化改造环阅海湖绿道。', [], 'no figure'),
        ('▶城乡低收入妇科癌症患病妇女和低收入单亲母亲应救尽救。', [], 'no figure'),
        ('▶开设“灯火万家”青年夜校。', [], '灯火万家 is a name: 万 is not a quantity here'),
        ('▶建设和顺新村标准化卫生室。', [], 'no figure'),
        ("▶对辖区80条背街小巷破损路面、井盖、道牙、树框进行维修更换。", [t("背街小巷维修更换", 80, "条", "=", I)], None),
        ("▶新增公共停车位800个。", [t("新增公共停车位", 800, "个", "=", I)], None),
        ("▶改造老旧小区20个。", [t("改造老旧小区", 20, "个", "=", I)], None),
        ("▶建成保障性租赁住房352套。", [t("建成保障性租赁住房", 352, "套", "=", I)], None),
        ("▶新建小微公园2个,家政服务13825404095道路景观林带2条。", [t("新建小微公园", 2, "个", "=", I), t("道路景观林带", 2, "条", "=", I)], "a phone number (spam) injected by the repost: not a target"),
        ("▶提升改造森林公园、毓秀公园、宝湖公园体育设施。", [], "no figure"),
        ("▶发放创业担保贷款1500万元,培育创业实体500个。", [t("发放创业担保贷款", 1500, "万元", "=", T), t("培育创业实体", 500, "个", "=", I)], None),
        ("▶认定见习基地30家,募集见习岗位200个,完成各类培训360人。", [t("认定见习基地", 30, "家", "=", I), t("募集见习岗位", 200, "个", "=", I), t("完成各类培训", 360, "人", "=", I)], None),
        ("▶新建金凤区第二十三小学、二十八小学,投用金凤区第二十五小学。", [], "Chinese numerals in school names: no target"),
        ("▶打造名校长名师工作室20个,培养各级骨干教师460名。", [t("名校长名师工作室", 20, "个", "=", I), t("培养各级骨干教师", 460, "名", "=", I)], None),
        ("▶免费开展脑卒中高危人群筛查4000人、大肠癌早诊早治初筛及肠镜检查1000人、农村户籍适龄妇女“两癌”筛查1600人。",
         [t("脑卒中高危人群筛查", 4000, "人", "=", I), t("大肠癌早诊早治初筛及肠镜检查", 1000, "人", "=", I), t("农村户籍适龄妇女“两癌”筛查", 1600, "人", "=", I)], None),
        ("▶开展“文化金凤·四季欢歌”惠民演出300场。", [t("惠民演出", 300, "场", "=", I)], "四季 names the series"),
        ("▶完成中强巷社区知春园小区二期336户居民集中供暖改造。", [t("居民集中供暖改造", 336, "户", "=", I)], "二期 names the phase"),
        ("▶代缴六类困难群体城乡居民养老保险。", [], "六类 describes the groups"),
    ],
    "T14_shapingba_2022_plan": [
        ('联动共建科学城', [], 'category cell of task 1, no figure'),
        ("地区生产总值增长5.5%左右", [t("地区生产总值", 5.5, "%", "~", G)], "table cell"),
        ("固定资产投资增长6%左右", [t("固定资产投资", 6, "%", "~", G)], None),
        ("工业增加值增长7%左右", [t("工业增加值", 7, "%", "~", G)], None),
        ("社会消费品零售总额增长8%左右", [t("社会消费品零售总额", 8, "%", "~", G)], None),
        ("进出口总额增长5%以上", [t("进出口总额", 5, "%", ">=", G)], None),
        ("一般公共预算收入增长5%左右", [t("一般公共预算收入", 5, "%", "~", G)], None),
        ("区级税收增长6%左右", [t("区级税收", 6, "%", "~", G)], None),
        ("全体居民人均可支配收入增长6%左右", [t("全体居民人均可支配收入", 6, "%", "~", G)], None),
        ("空气质量完成年度目标任务", [], "no figure"),
        ("节能减排降碳完成年度目标任务", [], "no figure"),
        ("推动量子通信器件国家重点实验室落地,引进机数科技等8家独立法人研发机构", [t("引进独立法人研发机构", 8, "家", "=", I)], "the cell is cut after this clause (、中科…); the clause itself is complete"),
    ],
    "T15_tongguan_2024_shishi": [
        ("實施停車場建設,全縣新增停車位500個以上、充電樁100個以上", [t("新增停车位", 500, "個", ">=", I), t("新增充电桩", 100, "個", ">=", I)], "traditional characters"),
        ("加快燃氣管道向城區周邊、向背街小巷延伸,全年新增天然氣入戶1800戶以上", [t("新增天然气入户", 1800, "戶", ">=", I)], None),
        ("實施城市內澇治理,新建四知街東排水口、北環路排水管網", [], "no figure"),
        ("持續改善辦學條件,完成潼關中學整體搬遷,改造提升學校運動場2個", [t("改造提升学校运动场", 2, "個", "=", I)], None),
        ("推進殯葬服務中心實體化運行,建設城區公益性公墓,新增墓位2500個以上", [t("新增墓位", 2500, "個", ">=", I)], None),
        ("實施民生大橋周邊地質災害防御工程", [], "no figure"),
        ("保障婦女兒童權益,建成潼關縣婦女兒童活動中心", [], "no figure"),
        ("大力開展國土綠化,完成北水關綠化提升,建設生態示范村4個,新增街頭綠地3-5處", [t("建设生态示范村", 4, "個", "=", I), t("新增街头绿地", 3, "處", ">=", I), t("新增街头绿地", 5, "處", "<=", I)], "range 3-5处: two targets, low end >=, high end <="),
        ("積極開展文化惠民活動,打造“同赴潼村、同興鄉村”品牌。", [], "no figure"),
    ],
    "T16_yunnan_2019": [
        ("地区生产总值增长8.5%左右", [t("地区生产总值", 8.5, "%", "~", G)], None),
        ("固定资产投资增长12%左右", [t("固定资产投资", 12, "%", "~", G)], None),
        ("地方一般公共预算收入增长5%左右", [t("地方一般公共预算收入", 5, "%", "~", G)], None),
        ("城镇调查失业率控制在5.5%以内", [t("城镇调查失业率", 5.5, "%", "<=", L)], None),
        ("农村贫困人口减少130万", [t("农村贫困人口减少", 130, "万", "=", I)], "130万 with no noun after it: unit 万"),
        ("居民收入增长与经济增长基本同步", [], "no figure"),
        ("单位GDP能耗完成国家下达目标任务。", [], "no figure"),
    ],
    "T17_licheng_2022_shishi": [
        ("一、增加教育供给,新建8所中小学、9所幼儿园,新增学位1.18万个。", [t("新建中小学", 8, "所", "=", I), t("新建幼儿园", 9, "所", "=", I), t("新增学位", 1.18, "万个", "=", I)], None),
        ("二、完成分散供养特困人员老年人家庭,享受低保、建档立卡范围的80周岁及以上老年人家庭,失能老年人家庭或残疾老年人家庭适老化家庭设施改造,实现全覆盖。", [], "80周岁及以上 describes the households"),
        ("三、新建28处老年人日间照料中心。", [t("新建老年人日间照料中心", 28, "处", "=", I)], None),
        ("四、广泛开展覆盖城乡、便捷高效、均等普惠的法律援助,办理法律援助案件1000件以上。", [t("办理法律援助案件", 1000, "件", ">=", I)], None),
        ("五、实施城乡公益性岗位扩容提质行动,开发城乡公益性岗位2000个以上,实现城镇新增就业1.65万人。", [t("开发城乡公益性岗位", 2000, "个", ">=", I), t("城镇新增就业", 1.65, "万人", "=", I)], None),
        ("六、扩大保障性租赁住房供给,新建、筹集保障性租赁住房2000套以上,建成1188套租赁式住房。", [t("新建、筹集保障性租赁住房", 2000, "套", ">=", I), t("建成租赁式住房", 1188, "套", "=", I)], None),
        ("七、启动东站安置二区华山北片区六村等10个保障房项目建设。", [t("启动保障房项目建设", 10, "个", "=", I)], "二区, 六村 name places"),
        ("八、新建提升“四好农村路”28公里、整治提升城市道路10万平方米。", [t("新建提升“四好农村路”", 28, "公里", "=", I), t("整治提升城市道路", 10, "万平方米", "=", I)], "四好 names the road programme"),
        ("九、建成1处1万平方米以上的社区公园、3处500平方米以上的口袋公园和10公里绿道。", [t("建成社区公园", 1, "处", "=", I), t("建成口袋公园", 3, "处", "=", I), t("建成绿道", 10, "公里", "=", I)], "1万平方米以上 and 500平方米以上 describe the parks: not targets"),
        ("十、新建城管驿站4座,建设提升公共卫生间20座以上。", [t("新建城管驿站", 4, "座", "=", I), t("建设提升公共卫生间", 20, "座", ">=", I)], None),
    ],
    "T18_shizhong_jinan_2022_shishi": [
        ("一、对2500户居民供电进行一户一表改造。", [t("居民供电一户一表改造", 2500, "户", "=", I)], "一户一表 names the scheme"),
        ("二、开工建设6所学校和幼儿园,建成3所中小学,7所公办幼儿园投入使用;对2所学校供暖系统、4所学校运动场地、20所学校实验室等专用教室品质进行提升。",
         [t("开工建设学校和幼儿园", 6, "所", "=", I), t("建成中小学", 3, "所", "=", I), t("公办幼儿园投入使用", 7, "所", "=", I), t("学校供暖系统提升", 2, "所", "=", I), t("学校运动场地提升", 4, "所", "=", I), t("学校实验室等专用教室提升", 20, "所", "=", I)], "7所…投入使用: count before the noun, verb after"),
        ("三、开工建设区级敬老院;新建规范化社区养老设施13处、农村幸福院8处。", [t("新建规范化社区养老设施", 13, "处", "=", I), t("新建农村幸福院", 8, "处", "=", I)], None),
        ("四、提高社会救助标准,将城乡低保标准由904元/月提高到995元/月;城乡特困人员供养救助标准由1356元/月提高到1493元/月。",
         [t("城乡低保标准", 995, "元/月", "=", L), t("城乡特困人员供养救助标准", 1493, "元/月", "=", L)], "由…提高到…: the old standard is not a target"),
        ("五、推广“幸福家园”村社互助工程,在20个村(社区)设立村社互助基金,用于本村(社区)老年人、残疾人等困难群体救助帮扶及基础设施改造更新、功能提升等。", [t("设立村社互助基金村(社区)", 20, "个", "=", I)], None),
        ("六、对全区80周岁以上的独居老年人和60周岁以上的失独家庭父母,每月提供4小时的生活照护和精神慰藉等居家养老服务。", [t("每月居家养老服务时长", 4, "小时", "=", L)], "80周岁/60周岁以上 describe the groups; 每月4小时 is the service standard, taken as a level (judgement call)"),
        ("七、对全区2071户城乡低保家庭及300多名特困人员分散供养家庭进行居家环境改善。", [t("城乡低保家庭居家环境改善", 2071, "户", "=", I), t("特困人员分散供养家庭居家环境改善", 300, "名", ">=", I)], "300多名 read as >= (as in verdicts V07)"),
        ("八、协调组织开展100场基层法律服务活动,为群众提供更方便快捷的公共法律服务。", [t("基层法律服务活动", 100, "场", "=", I)], None),
        ("九、实施森林生态修复与保护2000亩、森林抚育6000亩。", [t("森林生态修复与保护", 2000, "亩", "=", I), t("森林抚育", 6000, "亩", "=", I)], None),
        ("十、对大观园、杆石桥、四里村等10个片区、134万平方米老旧小区进行改造。", [t("老旧小区改造片区", 10, "个", "=", I), t("老旧小区改造面积", 134, "万平方米", "=", I)], "四里村 is a place name"),
        ("十一、建设垃圾分类房12处、垃圾分类主题公园1处;新建、改造提升公共卫生间17处。", [t("建设垃圾分类房", 12, "处", "=", I), t("建设垃圾分类主题公园", 1, "处", "=", I), t("新建、改造提升公共卫生间", 17, "处", "=", I)], "十一、 is the ordinal"),
    ],
    "T19_liaoning_2024": [
        ("今年辽宁将对700个老旧小区实施改造,4600公里老旧管网换新,同时专项整治高空“蜘蛛网”。", [t("老旧小区改造", 700, "个", "=", I), t("老旧管网换新", 4600, "公里", "=", I)], "count before the noun, verb after"),
        ("今年,辽宁将再改造700个老旧小区、4463栋楼,建筑面积1800万平方米,惠及居民25.6万户。",
         [t("改造老旧小区", 700, "个", "=", I), t("改造楼栋", 4463, "栋", "=", I), t("改造建筑面积", 1800, "万平方米", "=", I), t("惠及居民", 25.6, "万户", "=", I)], "建筑面积 and 惠及 figures taken as targets of the same plan"),
        ("在38个社区开展完整社区建设试点,完善社区服务功能,补齐社区服务设施短板。", [t("完整社区建设试点社区", 38, "个", "=", I)], None),
        ("此外,辽宁省还将再改造老旧管网4600公里,其中燃气管网300公里、供水管网1500公里、供热管网1500公里、排水管网1300公里。",
         [t("改造老旧管网", 4600, "公里", "=", I), t("燃气管网", 300, "公里", "=", I), t("供水管网", 1500, "公里", "=", I), t("供热管网", 1500, "公里", "=", I), t("排水管网", 1300, "公里", "=", I)], "其中 breakdown: each part annotated"),
        ("对具备条件的线缆采取“上改下”方式,做到应入地尽入地;对不具备条件的,实行序化规整。", [], "no figure"),
        ("全省将持续推进“易涝点”整治和雨污分流改造,更新改造混错接的雨污水管网,修复破损和功能失效的排水防涝设施。", [], "no figure"),
    ],
    "T20_sichuan_2024": [
        ('打造西部地区创新高地,更好服务国家高水平科技自立自强。', [], 'no figure'),
        ("地区生产总值增长6%左右", [t("地区生产总值", 6, "%", "~", G)], None),
        ("城镇新增就业85万人", [t("城镇新增就业", 85, "万人", "=", I)], None),
        ("城镇调查失业率5.5%左右", [t("城镇调查失业率", 5.5, "%", "~", L)], None),
        ("居民消费价格涨幅3%左右", [t("居民消费价格涨幅", 3, "%", "~", G)], None),
        ("地方一般公共预算收入、居民收入增长和经济增长基本同步", [], "no figure"),
        ("粮食产量保持在715亿斤以上", [t("粮食产量", 715, "亿斤", ">=", T)], None),
        ("完成国家下达的节能减排和环境保护等任务。", [], "no figure"),
        ("推动成渝地区双城经济圈建设走深走实,牵引和带动区域协调发展。", [], "no figure"),
    ],
    "T21_fuzhou_2019_shishi": [
        ('(三)实施三环辅路跨福飞路高架桥工程', [], '三环 names the ring road'),
        ('(七)建成罗源县鉴江镇东湾溪安全生态水系项目', [], 'no figure'),
        ('(九)建成滨海新城大数据产业园二区路网纵向支路工程', [], '二区 names the zone'),
        ("(一)新购置公交车200辆", [t("新购置公交车", 200, "辆", "=", I)], "(一) is the ordinal; no punctuation at the end of the line"),
        ("(二)新建改造100个公交站台", [t("新建改造公交站台", 100, "个", "=", I)], None),
        ("(三)新建1个公交首末站", [t("新建公交首末站", 1, "个", "=", I)], None),
        ("(四)新增优化公交线路20条", [t("新增优化公交线路", 20, "条", "=", I)], None),
        ("基本完成2万户以上城区连片棚户区(旧屋区)征迁改造", [t("城区连片棚户区征迁改造", 2, "万户", ">=", I)], None),
        ("(一)治理餐桌污染,建设食品放心工程", [], "no figure"),
        ("(二)实施10个城区农贸市场“农 超”改造提升", [t("城区农贸市场“农超”改造提升", 10, "个", "=", I)], None),
        ("(三)储备活体生猪10.8万头", [t("储备活体生猪", 10.8, "万头", "=", L)], "a reserve to hold: level (judgement call)"),
        ("(一)建成农村公路85公里", [t("建成农村公路", 85, "公里", "=", I)], None),
        ("(二)新建改造3万户村庄三格化粪池", [t("新建改造村庄三格化粪池", 3, "万户", "=", I)], "三格 names the septic tank type"),
        ("(三)实施农村饮水安全巩固提升工程,受益人口2.45万人", [t("农村饮水安全巩固提升受益人口", 2.45, "万人", "=", I)], None),
        ("(四)完成农村公路安保提升工程60公里", [t("农村公路安保提升工程", 60, "公里", "=", I)], None),
        ("(五)危桥改造4座", [t("危桥改造", 4, "座", "=", I)], None),
        ("(六)综合治理水土流失3万亩", [t("综合治理水土流失", 3, "万亩", "=", I)], None),
        ("(一)实施橘园洲大桥东桥头及周边拓宽改造工程", [], "no figure"),
        ("(五)建成生物医药和机电产业园4号道路工程", [], "4号 names the road"),
        ("(六)建成生物医药和机电产业园11号道路工程二期", [], "11号 and 二期 name the road and phase"),
        ("新增公共停车泊位7000个", [t("新增公共停车泊位", 7000, "个", "=", I)], None),
        ("(一)新建、改扩建公办幼儿园13所,新增学位3150个", [t("新建、改扩建公办幼儿园", 13, "所", "=", I), t("新增学位", 3150, "个", "=", I)], None),
    ],
    "T22_fuzhou_2012_oct": [
        ("我市今年计划建成200公里农村公路", [t("建成农村公路", 200, "公里", "=", I)], "plan clause of a 计划…,现已… sentence (the progress clause is left out)"),
        ("300公里农村公路安保工程", [t("农村公路安保工程", 300, "公里", "=", I)], "bare project name with its size"),
        ("解决30万农村人口饮水安全问题项目", [t("解决饮水安全问题农村人口", 30, "万", "=", I)], "30万 before the noun 农村人口: unit 万"),
        ("我市计划新建或改造80个社区便利店", [t("新建或改造社区便利店", 80, "个", "=", I)], None),
        ("计划新建或改造50个农家店", [t("新建或改造农家店", 50, "个", "=", I)], None),
        ("计划升级改造20个城乡农贸市场", [t("升级改造城乡农贸市场", 20, "个", "=", I)], None),
        ("计划新建1万亩蔬菜基地", [t("新建蔬菜基地", 1, "万亩", "=", I)], None),
        ("巩固提升31个生猪基地、22个禽蛋基地", [t("巩固提升生猪基地", 31, "个", "=", I), t("巩固提升禽蛋基地", 22, "个", "=", I)], None),
        ("我市计划新增7条公交线路", [t("新增公交线路", 7, "条", "=", I)], None),
        ("我市启动沿江沿河慢行系统建设", [], "no figure"),
    ],
    "T23_fujian_2020_bulletin": [
        ("一是大力发展无公害农产品、绿色食品、有机食品和农产品地理标志产品(以下简称“三品一标”),新增认证“三品一标”产品200个以上,评定10个“福建十大农产品区域公用品牌”和20个以上“福建名牌农产品”。",
         [t("新增认证“三品一标”产品", 200, "个", ">=", I), t("评定“福建十大农产品区域公用品牌”", 10, "个", "=", I), t("评定“福建名牌农产品”", 20, "个", ">=", I)], "三品一标 and 十大 name things"),
        ("(一)加强食品农产品安全监管,深入开展各项专项治理,加大检查执法力度,严厉查处食品安全违法违规行为,切实防范区域性、系统性重大食品安全问题,进一步提高食品安全保障水平。", [], "no figure"),
    ],
    "T24_national_2016_results": [
        ('——積極的財(cái)政政策加大力度。', [], 'no figure'),
        ("國內(nèi)生產(chǎn)總值增長6.5%—7%。", [t("國內生產總值", 6.5, "%", ">=", G), t("國內生產總值", 7, "%", "<=", G)], "range with an em dash; pinyin glosses inside the words"),
        ("居民消費(fèi)價(jià)格漲幅3%左右。", [t("居民消費價格漲幅", 3, "%", "~", G)], None),
        ("城鎮(zhèn)新增就業(yè)1000萬人以上。", [t("城鎮新增就業", 1000, "萬人", ">=", I)], None),
        ("城鎮(zhèn)登記失業(yè)率4.5%以內(nèi)。", [t("城鎮登記失業率", 4.5, "%", "<=", L)], "the gloss (nèi) follows 以內"),
        ("單位國內(nèi)生產(chǎn)總值能耗下降3.4%以上。", [t("單位國內生產總值能耗", 3.4, "%", ">=", D)], None),
        ("2016年擬安排財(cái)政赤字2.18萬億元,赤字率提高到3%。", [t("財政赤字", 2.18, "萬億元", "=", T), t("赤字率", 3, "%", "=", L)], None),
    ],
    "T25_xinjian_2020_done": [
        ("该项目计划投资2925.7万元,建设内容包括义渡大桥至义渡车站0.58公里公路升级改造工程项目和X057厚田至义渡(庆新至义渡)升级改造工程项目。",
         [t("计划投资", 2925.7, "万元", "=", T), t("公路升级改造", 0.58, "公里", "=", I)], "X057 names the road; the 0.58 km segment taken as a target (judgement call)"),
        ("该项目计划投资322.9万元,建设内容包括西山镇帅家桥危桥改造工程项目和龙岗桥危桥改造工程项目。", [t("计划投资", 322.9, "万元", "=", T)], None),
        ("该项目计划投资1.7亿元,建设内容包括望城片区污水处理工程项目、陆军步兵学院水环境治理工程项目和曹家桥拱水坝水环境治理工程项目。", [t("计划投资", 1.7, "亿元", "=", T)], None),
        ("该项目计划投资1790万元,项目位于我区前进花园小区内,服务于周边区域,建筑面积约3200平方米。", [t("计划投资", 1790, "万元", "=", T)], "建筑面积约3200平方米 describes the building (judgement call: not a target)"),
        ("该项目计划投资480万元,在长堎镇区域内共建设充电桩5000个。", [t("计划投资", 480, "万元", "=", T), t("建设充电桩", 5000, "个", "=", I)], None),
        ("1.农村公路升级改造工程项目。", [], "project name"),
        ("3.前湖水系望城(三联、四联村等)水环境治理工程项目。", [], "三联、四联 are village names"),
        ("6.城区低洼积水地改造工程(正荣润城西侧雨水管道改造工程)。", [], "project name"),
    ],
    "T26_suzhou_2021_shishi": [
        ('15、实施苏州医保“一卡通”项目,实现参保人员在大市范围定点医疗机构和药店直接刷卡就医购药。', [], '一卡通 names the card'),
        ('16、建设苏州市出行无障碍综合服务平台。', [], 'no figure'),
        ("1、新建、改扩建40所学校。", [t("新建、改扩建学校", 40, "所", "=", I)], None),
        ("2、完成100所义务教育学校教室照明改造。", [t("义务教育学校教室照明改造", 100, "所", "=", I)], None),
        ("3、开设30个爱心公益暑托班。", [t("开设爱心公益暑托班", 30, "个", "=", I)], "verb 开设"),
        ("4、建设30家普惠性托育机构。", [t("建设普惠性托育机构", 30, "家", "=", I)], None),
        ("5、建成开放苏州博物馆西馆。", [], "no figure"),
        ("6、新建、改建12个体育公园,建成20片足球场。", [t("新建、改建体育公园", 12, "个", "=", I), t("建成足球场", 20, "片", "=", I)], None),
        ("7、新建1000张养老床位,开工建设10个区域性养老服务中心。", [t("新建养老床位", 1000, "张", "=", I), t("开工建设区域性养老服务中心", 10, "个", "=", I)], None),
        ("8、建成2000张家庭夜间照护床位,为3500户家庭开展适老化改造。", [t("建成家庭夜间照护床位", 2000, "张", "=", I), t("家庭适老化改造", 3500, "户", "=", I)], None),
        ("9、建成投用市中医院二期项目,建设市疾控中心、市妇幼保健院、市太湖新城医院,开工建设市急救中心、市儿童健康发展中心。", [], "二期 names the phase"),
        ("11、加强公共卫生防控救治能力建设,建成示范化发热门诊16家,建设核酸检测基地7家。", [t("建成示范化发热门诊", 16, "家", "=", I), t("建设核酸检测基地", 7, "家", "=", I)], None),
        ("12、开展公益救护培训15万人,组织救护员加入急救中心一键呼叫系统。", [t("公益救护培训", 15, "万人", "=", I)], None),
        ("13、新增就业17万人,组织提供应届高校毕业生就业岗位10万个。", [t("新增就业", 17, "万人", "=", I), t("应届高校毕业生就业岗位", 10, "万个", "=", I)], None),
        ("14、实施全民职业技能提升工程。", [], "no figure"),
        ("17、新增及改造绿地300万平方米,提升改造中心城区7条道路及沿线周边绿化,新建、改建21个口袋公园;实施天平山景区提升工程。",
         [t("新增及改造绿地", 300, "万平方米", "=", I), t("提升改造道路绿化", 7, "条", "=", I), t("新建、改建口袋公园", 21, "个", "=", I)], None),
        ("18、实施100个挥发性有机物综合治理项目,进一步削减挥发性有机物排放。", [t("挥发性有机物综合治理项目", 100, "个", "=", I)], None),
        ("19、新增污水厂处理规模每天20万吨,建设200公里污水收集管网,完成50个小区雨污分流改造。",
         [t("新增污水厂处理规模", 20, "万吨", "=", I), t("建设污水收集管网", 200, "公里", "=", I), t("小区雨污分流改造", 50, "个", "=", I)], "每天20万吨 is a daily capacity; unit annotated 万吨"),
        ("20、建成平江历史片区生态净水项目,处理水量每天5万立方米。", [t("生态净水项目处理水量", 5, "万立方米", "=", L)], "a daily capacity of the plant: level (judgement call)"),
    ],
    "T27_hebei_2021_20xiang": [
        ("新開工11萬套,基本建成13.2萬套,改善群眾居住條件。", [t("棚户区改造新开工", 11, "萬套", "=", I), t("棚户区改造基本建成", 13.2, "萬套", "=", I)], "traditional characters; the metric is in the preceding heading 棚戶區改造工程"),
        ("改造老舊小區3057個,完善老舊小區基礎設施和安全設施,提升社區公共服務管理水平。", [t("改造老旧小区", 3057, "個", "=", I)], None),
        ("啟動203個城中村改造,改善人居環境,提升城市品位。", [t("启动城中村改造", 203, "個", "=", I)], None),
        ("實施雨污分流改造690公里,全面完成市縣雨污分流改造。", [t("雨污分流改造", 690, "公里", "=", I)], None),
        ("城市(含縣城)新增公共停車位20萬個以上,有效緩解停車難問題。", [t("新增公共停车位", 20, "萬個", ">=", I)], None),
        ("改造老舊管網288公里,全面完成既有市政老舊管網改造。", [t("改造老旧管网", 288, "公里", "=", I)], None),
        ("新開工建設22座生活垃圾焚燒處理設施,其中建成5座,加快補齊生活垃圾處理短板,實現市縣垃圾發電無害化處理全覆蓋。", [t("新开工建设生活垃圾焚烧处理设施", 22, "座", "=", I), t("建成生活垃圾焚烧处理设施", 5, "座", "=", I)], None),
        ("全部完成631個農宅空置率。 30%-50%“空心村”治理。", [t("“空心村”治理", 631, "個", "=", I)], "sentence broken by the copy; 30%-50% describes the villages (vacancy rate), not a target"),
        ("將農宅空置率30%以下“空心村”治理納入鄉村振興,按照新農村建設標準,全面完成張家口市壩上地區和其他地區治理任務。", [], "30%以下 describes the villages"),
        ("建設覆蓋1萬個村莊的農村生活污水處理設施,堅持分類施策,突出具備條件地區實行管網歸集和終端無害化處理,注重中水再利用,提升農村生活污水無害化處理能力。", [t("农村生活污水处理设施覆盖村庄", 1, "萬個", "=", I)], None),
        ("新建農村公共廁所2萬座以上。", [t("新建农村公共厕所", 2, "萬座", ">=", I)], None),
        ("新改造農村戶用衛生廁所100萬座以上,加快推進具備改廁條件村莊旱廁改水廁,應改盡改。", [t("新改造农村户用卫生厕所", 100, "萬座", ">=", I)], None),
    ],
    "T28_hebei_2023h1": [
        ("河北今年的目標是開工棚改安置房12萬套以上、建成8萬套以上。", [t("开工棚改安置房", 12, "萬套", ">=", I), t("建成棚改安置房", 8, "萬套", ">=", I)], "traditional characters"),
        ("今年河北的任務目標是:改造城鎮老舊小區1816個", [t("改造城镇老旧小区", 1816, "個", "=", I)], "target clause of a sentence that goes on with progress"),
        ("每個縣(市、區)建成1個高品質口袋公園", [t("每个县建成高品质口袋公园", 1, "個", "=", I)], "per-county target"),
    ],
}

# task rows: doc, ref, text_start, lead_units, co_units, lead_leaders, progress_start, label, note
JL_CO = ["各乡、镇人民政府", "人民大垸、荒湖管理区", "监利经济开发区"]
TASKS = [
    ("T01_jianli_2022_plan", "1", "地区生产总值增长10%左右", ["市发改局"], ["市统计局"] + JL_CO, [], None, None,
     "units in the next paragraph '(牵头单位:…;责任单位:…)'; 人民大垸、荒湖管理区 kept as printed (two 管理区 sharing one suffix)"),
    ("T01_jianli_2022_plan", "2", "规模以上工业增加值增长15%", ["市科经局"], ["市统计局", "市市场监管局"] + JL_CO, [], None, None, None),
    ("T01_jianli_2022_plan", "3", "社会消费品零售总额增长10%", ["市商务局"], ["市统计局"] + JL_CO, [], None, None, None),
    ("T01_jianli_2022_plan", "4", "财政总收入增长10.8%", ["市财政局"], ["市税务局"] + JL_CO, [], None, None, None),
    ("T01_jianli_2022_plan", "5", "固定资产投资增长20%以上", ["市发改局"], ["市统计局", "市直各部门"] + JL_CO, [], None, None, None),
    ("T01_jianli_2022_plan", "6", "外贸出口增长10%", ["市商务局"], ["市统计局"] + JL_CO, [], None, None, None),
    ("T02_xialu_2023_plan", "1", "秉承“深耕一域,做熟一域”", ["老街办", "区招商服务中心", "长乐投资有限公司"], [], [], None, None,
     "single units column '[责任单位:…]' -> lead_units"),
    ("T10_guangdong_2021_plan", "1", "地区生产总值增长6%以上", ["省发展改革委"], ["各地", "各部门"], ["林克庆"], None, None,
     "'分管省领导:林克庆' and '部门分工:省发展改革委牵头,各地、各部门配合。' lines after the indicator"),
    ("T04_linan_2022q3", "1", "新建成公办中小学、幼儿园7所", ["教育局"], [], [], "新建成临安区职教中心", None, None),
    ("T04_linan_2022q3", "2", "新建成婴幼儿照护服务成长驿站7家", ["卫生健康局"], [], [], "新建锦南街道", None, None),
    ("T04_linan_2022q3", None, "新增婴幼儿照护服务托位500个", ["卫生健康局"], [], [], "新增婴幼儿照护服务托位600个", None,
     "sub-row of item 2 (merged 序号 and 责任单位 cells are empty in the copy); unit inherited from the merged cell"),
    ("T04_linan_2022q3", None, "开展胃肠癌联合筛查1万例以上", ["卫生健康局"], [], [], "开展胃肠癌联合筛查10111例", None, "sub-row of item 2"),
    ("T04_linan_2022q3", "3", "实施农村公路大中修100公里", ["交通运输局"], [], [], "完成农村公路大中修50公里", None, None),
    ("T04_linan_2022q3", None, "新增公交线路3条", ["交通运输局"], [], [], "新增599B、855H", None, "sub-row of item 3"),
    ("T04_linan_2022q3", None, "优化调整公交线路20条", ["交通运输局"], [], [], "优化调整公交线路25条", None, "sub-row of item 3"),
    ("T04_linan_2022q3", "4", "新建成保障性住房1700套", ["住建局"], [], [], "新建成保障性住房共2处", None, None),
    ("T04_linan_2022q3", None, "完成公共租赁住房保障家庭800户", ["住建局"], [], [], "完成公共租赁住房保障家庭872户", None, "sub-row of item 4"),
    ("T04_linan_2022q3", None, "综合改造提升老旧街区100万平方米", ["住建局"], [], [], "综合改造提升老旧街区108万平方米", None, "sub-row of item 4"),
]
SPB = [("地区生产总值增长5.5%左右", "区发展改革委"), ("固定资产投资增长6%左右", "区发展改革委"), ("工业增加值增长7%左右", "区经济信息委"),
       ("社会消费品零售总额增长8%左右", "区商务委"), ("进出口总额增长5%以上", "区商务委"), ("一般公共预算收入增长5%左右", "区财政局"),
       ("区级税收增长6%左右", "区税务局"), ("全体居民人均可支配收入增长6%左右", "区人力社保局"), ("空气质量完成年度目标任务", "区生态环境局"),
       ("节能减排降碳完成年度目标任务", "区发展改革委")]
for i, (text, unit) in enumerate(SPB, 1):
    TASKS.append(("T14_shapingba_2022_plan", str(i), text, [unit], [], [], None, None,
                  "table 2022年预期目标|责任单位 flattened one cell per paragraph; single units column -> lead_units" if i == 1 else None))
for i, start in enumerate(["一是实施扩大教育资源项目", "二是实施农村基础设施改造", "三是实施农村公路建设项目", "四是实施农村妇女医疗检查",
                           "五是实施老旧楼院治理改造", "六是实施文化惠民工程", "七是实施背街小巷整治工程", "八是实施市区高速路口收费",
                           "九是实施主城区公园和小游", "十是实施棚户区改造项目"], 1):
    TASKS.append(("T06_lanzhou_2019_shishi", str(i), start, [], [], [], None, None, "news list without units" if i == 1 else None))
for i, start in enumerate(["增加教育供给,新建8所中小学", "完成分散供养特困人员老年人", "新建28处老年人日间照料中心", "广泛开展覆盖城乡、便捷高效",
                           "实施城乡公益性岗位扩容提质", "扩大保障性租赁住房供给", "启动东站安置二区华山北片区", "新建提升“四好农村路”28公里",
                           "建成1处1万平方米以上的社区", "新建城管驿站4座"], 1):
    TASKS.append(("T17_licheng_2022_shishi", str(i), start, [], [], [], None, None, "numbered '一、' list without units" if i == 1 else None))

# judged: doc, task, progress, as_of, label, status, note
JUDGED = [
    ("T22_fuzhou_2012_oct", "我市今年计划建成200公里农村公路", "现已完成路面铺设216公里", "2012-10-31", "提前完成年度目标", "completed",
     "label inferred from the lead sentence (部分项目提前完成年度目标); 216 of 200 km"),
    ("T22_fuzhou_2012_oct", "300公里农村公路安保工程", "现已完成344公里", "2012-10-31", "提前完成年度目标", "completed",
     "label inferred from the lead sentence; 344 of 300 km"),
    ("T22_fuzhou_2012_oct", "解决30万农村人口饮水安全问题项目", "已超额完成,32个项目均已开工建设,将解决50万农村人口饮水安全问题。", "2012-10-31",
     "已超额完成", "completed", "the item's own words; progress clause as printed"),
    ("T22_fuzhou_2012_oct", "我市计划新建或改造80个社区便利店", "现已超额完成93个", "2012-10-31", "超额完成", "completed", None),
    ("T22_fuzhou_2012_oct", "计划新建或改造50个农家店", "已超额完成58个农家店", "2012-10-31", "超额完成", "completed", None),
    ("T22_fuzhou_2012_oct", "巩固提升31个生猪基地、22个禽蛋基地", "已完成既定目标", "2012-10-31", "已完成既定目标", "completed", None),
    ("T22_fuzhou_2012_oct", "我市计划新增7条公交线路", "现已新增20条,其中市本级17条、闽侯1条、长乐市2条", "2012-10-31", "提前完成年度目标", "completed",
     "label inferred from the lead sentence; 20 of 7 lines"),
    ("T24_national_2016_results", "國內(nèi)生產(chǎn)總值增長6.5%—7%。", "這項(xiàng)工作由國家發(fā)展改革委負(fù)責(zé),去年國內(nèi)生產(chǎn)總值增長6.7%。", "2016-12-31",
     "主要預期目標完成良好", "completed", "label is the heading the items sit under; year-end figure inside the range"),
    ("T24_national_2016_results", "居民消費(fèi)價(jià)格漲幅3%左右。", "這項(xiàng)工作由發(fā)展改革委負(fù)責(zé),去年居民消費(fèi)價(jià)格漲幅為2.0%。", "2016-12-31",
     "主要預期目標完成良好", "completed", "a ceiling-type target (3% or so): 2.0% meets it; heading label"),
    ("T24_national_2016_results", "城鎮(zhèn)新增就業(yè)1000萬人以上。", "這項(xiàng)工作由人力資源社會(huì)保障部負(fù)責(zé),去年全國城鎮(zhèn)新增就業(yè)1314萬人,完成目標(biāo)任務(wù)的131.4%。", "2016-12-31",
     "主要預期目標完成良好", "completed", None),
    ("T24_national_2016_results", "城鎮(zhèn)登記失業(yè)率4.5%以內(nèi)。", "這項(xiàng)工作由人社部負(fù)責(zé),去年末城鎮(zhèn)登記失業(yè)率為4.02%,低于4.5%的控制目標(biāo)。", "2016-12-31",
     "主要預期目標完成良好", "completed", None),
    ("T24_national_2016_results", "單位國內(nèi)生產(chǎn)總值能耗下降3.4%以上。", "這項(xiàng)工作由發(fā)展改革委負(fù)責(zé),去年單位國內(nèi)生產(chǎn)總值能耗下降5%。", "2016-12-31",
     "主要預期目標完成良好", "completed", None),
    ("T25_xinjian_2020_done", "1.农村公路升级改造工程项目。该项目计划投资2925.7万元,建设内容包括义渡大桥至义渡车站0.58公里公路升级改造工程项目和X057厚田至义渡(庆新至义渡)升级改造工程项目。",
     "完成项目投资2925.7万元,于20207月全面完工并投入使用。", "2020-12-30", "已投入使用", "completed",
     "task = name paragraph + plan sentence joined; label is the heading 已投入使用9项; as_of is the page's 生成日期"),
    ("T25_xinjian_2020_done", "2.农村危桥改造工程项目。该项目计划投资322.9万元,建设内容包括西山镇帅家桥危桥改造工程项目和龙岗桥危桥改造工程项目。",
     "完成项目投资322.9万元,于20209月全面完工并投入使用。", "2020-12-30", "已投入使用", "completed", None),
    ("T25_xinjian_2020_done", "3.前湖水系望城(三联、四联村等)水环境治理工程项目。该项目计划投资1.7亿元,建设内容包括望城片区污水处理工程项目、陆军步兵学院水环境治理工程项目和曹家桥拱水坝水环境治理工程项目。",
     "完成项目投资1.1亿元。该项目已于20206月底完成建设并已试运行。", "2020-12-30", "已投入使用", "completed",
     "investment 1.1 of 1.7 亿元 (65%) but the works are done and in trial operation: the office counts it as in use"),
    ("T25_xinjian_2020_done", "4.区第四幼儿园建设项目。该项目计划投资1790万元,项目位于我区前进花园小区内,服务于周边区域,建筑面积约3200平方米。",
     "完成项目投资1790万元,20207月竣工交付,20209月已如期开园招生", "2020-12-30", "已投入使用", "completed", None),
    ("T25_xinjian_2020_done", "5.城区充电桩建设项目。该项目计划投资480万元,在长堎镇区域内共建设充电桩5000个。",
     "完成项目投资380万元,于202012月全面完工并投入使用。", "2020-12-30", "已投入使用", "completed",
     "investment 380 of 480 万元 (79%) but completed and in use"),
    ("T28_hebei_2023h1", "河北今年的目標是開工棚改安置房12萬套以上、建成8萬套以上。", "上半年已開工10.48萬套、建成7.43萬套,分別完成年度任務的87.3%、92.9%。",
     "2023-06-30", "按計劃有力有序推進", "on_track", "label is the lead sentence 上半年各項工程均按計劃有力有序推進 (applies to all three)"),
    ("T28_hebei_2023h1", "今年河北的任務目標是:改造城鎮老舊小區1816個", "已全部開工,其中改造完成945個,完成年度任務的52%。", "2023-06-30",
     "按計劃有力有序推進", "on_track", None),
    ("T28_hebei_2023h1", "每個縣(市、區)建成1個高品質口袋公園", "全省共建成166個,已全部開工,其中已建成151個、建成率90.9%。", "2023-06-30",
     "按計劃有力有序推進", "on_track", "全省共建成166個 states the province-wide plan (166 parks)"),
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
