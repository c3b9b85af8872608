"""Words around a number that say what kind of goal or figure it is.

Entries come from the phrasing of 政府工作报告 and their 目标任务分解方案 / 推进情况 tables
(comparators as listed in DESIGN §5 and the gold README, verbs as used in task sentences).
"""

from __future__ import annotations

# Words written right before a number, longest first where one contains another.
COMPARATOR_BEFORE: dict[str, str] = {
    "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=", "突破": ">=", "超过": ">=",
    "高于": ">=", "多于": ">=", "超": ">=", "逾": ">=",
    "不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=", "低于": "<=", "少于": "<=",
    "控制在": "<=", "降低至": "<=", "降低到": "<=", "下降至": "<=", "下降到": "<=", "减少至": "<=",
    "减少到": "<=", "压减至": "<=", "压缩至": "<=", "压缩到": "<=", "降至": "<=", "降到": "<=",
    "约": "~", "近": "~", "大约": "~", "接近": "~", "将近": "~",
}  # fmt: skip

# Words written right after a number (and its unit).
COMPARATOR_AFTER: dict[str, str] = {
    "及以上": ">=", "以上": ">=", "之上": ">=",
    "及以下": "<=", "以下": "<=", "以内": "<=", "之内": "<=",
    "左右": "~", "上下": "~",
    # 控制在10410人内, 5个工作日内.
    "内": "<=",
}  # fmt: skip

# A change: 增长6% is a growth rate, 下降16% a decline rate.
GROWTH_WORDS: tuple[str, ...] = (
    "增长", "增加", "增速", "增幅", "提高", "提升", "上升", "上涨", "递增", "涨幅", "净增",
)  # fmt: skip
DECLINE_WORDS: tuple[str, ...] = (
    "下降", "降低", "减少", "压降", "压减", "削减", "下调", "降幅", "回落", "递减", "缩减",
)  # fmt: skip

# Verbs saying a level is reached (高新技术企业突破75家): the figure is a stock, not an addition.
REACH_WORDS: tuple[str, ...] = (
    "突破", "达到", "达", "超过", "超", "稳定在", "保持在", "保持", "不低于", "提高至", "提高到",
    "提升至", "提升到", "增至", "增加到", "增加至", "上升至", "上升到", "降至", "降到", "控制在",
    "维持在", "为", "提至", "降低至", "降低到", "下降至", "下降到", "减少至", "减少到", "压减至",
    "拓展至", "拓展到", "扩大至", "扩大到", "扩展至", "扩展到", "增长至", "增长到",
)  # fmt: skip

# Verbs of government action within the year: what they produce is an addition (increment).
ACTION_WORDS: tuple[str, ...] = (
    "新增", "新建", "新开工", "新引进", "新培育", "新选聘", "新打造", "新提标", "新认定", "新认证",
    "建成", "建设", "完成", "实施", "打造", "创建", "争创", "引进", "引育", "招引", "培育", "改造",
    "改建", "扩建", "提质", "升级", "提档", "开工", "竣工", "投用", "储备", "谋划", "筹集",
    "搬迁", "整治", "治理", "修复", "恢复", "补足", "取得", "供应", "盘活", "拓展", "退出", "归集",
    "举办", "开展", "组织", "培训", "认定", "选聘", "集聚", "促进", "发放", "帮扶", "吸纳", "安置",
    "种植", "造林", "拆除", "清理", "关闭", "淘汰", "整合", "签约", "落地", "引导", "增设", "配建",
    "铺设", "敷设", "安装", "更新", "评选", "命名", "申报", "招聘", "带动", "解决", "整理", "补充",
    "转化", "新改建", "开通", "压减", "削减", "增加", "交流", "服务", "接待", "改扩建", "新改扩建",
    "开行", "新开", "运行", "发送", "运送", "输送", "建立", "组建", "设立", "挂牌", "认证", "净增",
    "惠及", "上市", "添置", "购置", "配置", "新辟", "投放", "新投放", "调整", "树立", "安排",
    "开办", "优化提升", "选派", "化解", "完善", "培养",
    # works and services of 民生实事 lists (tests/realworld/targets2): roads opened, goods delivered,
    # lifts fitted, jobs found, cases handled, people screened.
    "打通", "配送", "加装", "募集", "办理", "开发", "新修", "推广", "硬化", "配套", "开设", "启动",
    "维修", "更换", "换新", "评定", "巩固", "提供", "接种", "筛查", "救助", "检查", "体检", "投入使用",
    "征迁", "帮助", "修建", "新聘", "续聘", "聘用", "招募", "派遣", "遴选", "育成", "入库", "交付", "修缮", "提升改造", "绿化", "亮化",
    # bought, removed or funded in the year (tests/realworld/verdicts6): posts bought, polluted sections
    # removed, people given a subsidy (not 减少: a cut in a total is a reduction goal, see matching).
    "购买", "消除", "资助",
    # enforcement: cases solved or dealt with in the year.
    "破获", "侦破", "查处", "查办", "办结", "打掉", "抓获",
)  # fmt: skip

# Heads of annual flows of money, goods or people (投资, 产值, 游客): amounts of these are totals.
FLOW_WORDS: tuple[str, ...] = (
    "投资", "引资", "资金", "产值", "产量", "交易额", "成交额", "进出口", "出口", "进口", "销售额",
    "营业收入", "营收", "收入", "税收", "贷款", "融资", "消费", "游客", "增加值", "总额", "利润",
    "货运量", "吞吐量", "发电量", "用电量", "客流", "营业额", "支出", "专项债", "国债", "债券",
    "补助", "补贴", "出栏", "外资",
)  # fmt: skip

# Nouns of events counted over the year (失业人员再就业1500人): a count of them is an increment.
# Bare 就业 is left out: the seed annotation counts 脱贫人口就业3000人 as a level (people in work).
EVENT_WORDS: tuple[str, ...] = ("再就业", "转移就业", "新增就业", "创业", "上市")

# Currencies: an amount of money is a total (an annual flow), whatever the verb.
CURRENCY_UNITS: frozenset[str] = frozenset({"元", "美元", "欧元", "港元"})

# Words marking a figure per person, per place or for every member: a level, not a total.
PER_UNIT_WORDS: tuple[str, ...] = ("人均", "户均", "亩均", "每", "所有")

# Discourse words opening a goal clause; not part of the metric.
LEADING_WORDS: tuple[str, ...] = (
    "力争", "确保", "全年", "全区", "全县", "全市", "年内", "今年", "保底", "努力", "推动", "支持",
    "鼓励", "实现", "累计", "共计", "共", "已", "截至目前", "目前", "其中", "同时", "并", "再",
    "进一步", "持续", "加快", "积极", "全力", "力争实现", "基本", "预计",
)  # fmt: skip

# Words between a metric and its number (地区生产总值同比增长2.9%): not part of the metric.
TRAILING_WORDS: tuple[str, ...] = (
    "同比", "比上年", "较上年", "比去年", "较去年", "年均", "均", "都", "分别", "力争", "实现",
    "累计", "完成", "达到", "达", "为", "共", "约", "近", "已", "预计", "保持", "稳定在", "控制在",
    "再", "动态", "持续", "继续", "进一步", "总体", "在",
    # verbs that are never nouns, between a subject and its count (班列开行4500班).
    "开行", "发送", "运送", "输送",
)  # fmt: skip

# 均/分别 after a list of metrics: one number shared by each (货运量、货运值均增长10%).
SHARED_MARKERS: tuple[str, ...] = ("均", "都", "分别", "各")

# Completion shares in progress text (完成全年任务的66.5%, 开工率55%).
SHARE_HEADS: tuple[str, ...] = (
    "任务量", "任务", "目标", "计划", "工程量", "总量", "总工程", "年度", "全年", "总投资", "序时",
)  # fmt: skip
SHARE_RATES: tuple[str, ...] = ("完成率", "开工率", "执行率", "完工率", "进度", "支付率", "到位率")

# Place phrases ending in a locative (方位词 or a place noun): 拆除新山路沿线10万平方米违法建筑 puts the
# place between the verb and its count, so the verb still governs the count (现代汉语 方位短语).
LOCATIVE_ENDINGS: tuple[str, ...] = (
    "沿线", "沿岸", "沿江", "沿河", "两岸", "两侧", "一带", "周边", "周围", "附近", "境内", "辖区内",
    "辖区", "区域内", "范围内", "片区内", "内", "中", "上", "里", "全域", "城区", "主城区", "农村",
)  # fmt: skip

# Attribute prefixes: 年产10万吨 or 总投资50亿元 describe a project, they are not a goal.
ATTRIBUTE_PREFIXES: tuple[str, ...] = (
    "年产", "年处理", "日处理", "日产", "年吞吐", "年加工", "总投资", "总建筑面积", "建筑面积", "占地",
    "占地面积", "装机", "装机容量", "总装机", "容量", "规模为", "设计", "概算投资", "概算总投资", "批复概算",
)  # fmt: skip
