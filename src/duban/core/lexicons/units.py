"""Units and multipliers written after numbers in Chinese government documents.

Entries come from the units used in work reports, decomposition plans and progress tables
(GB 3100 legal units as written in Chinese, plus the counting words of 现代汉语量词).
Each unit maps to (base unit, factor to the base unit).
"""

from __future__ import annotations

# Written multipliers placed between a number and its unit (1.2万, 3千亿元).
MULTIPLIERS: dict[str, float] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}

PERCENT_UNITS: dict[str, tuple[str, float]] = {
    "%": ("%", 1.0),
    "‰": ("%", 0.1),
    "个百分点": ("个百分点", 1.0),
    "百分点": ("个百分点", 1.0),
}

# Measurement units: money, people, area, volume, mass, energy, length, time, concentration.
MEASURE_UNITS: dict[str, tuple[str, float]] = {
    "元": ("元", 1.0),
    "美元": ("美元", 1.0),
    "欧元": ("欧元", 1.0),
    "港元": ("港元", 1.0),
    "人民币": ("元", 1.0),
    "人次": ("人次", 1.0),
    "亩": ("亩", 1.0),
    "公顷": ("公顷", 1.0),
    "平方米": ("平方米", 1.0),
    "平米": ("平方米", 1.0),
    "平方公里": ("平方公里", 1.0),
    "平方千米": ("平方公里", 1.0),
    "立方米": ("立方米", 1.0),
    "吨": ("吨", 1.0),
    "公斤": ("千克", 1.0),
    "斤": ("斤", 1.0),
    "千克": ("千克", 1.0),
    "千瓦时": ("千瓦时", 1.0),
    "千瓦": ("千瓦", 1.0),
    "兆瓦": ("千瓦", 1000.0),
    "MW": ("千瓦", 1000.0),
    "kW": ("千瓦", 1.0),
    "千伏": ("千伏", 1.0),
    "度": ("千瓦时", 1.0),
    "公里": ("公里", 1.0),
    "千米": ("公里", 1.0),
    "km": ("公里", 1.0),
    "延米": ("米", 1.0),
    "米": ("米", 1.0),
    "标箱": ("标箱", 1.0),
    "TEU": ("标箱", 1.0),
    "天": ("天", 1.0),
    "个工作日": ("工作日", 1.0),
    "工作日": ("工作日", 1.0),
    "小时": ("小时", 1.0),
    "个月": ("月", 1.0),
    "周岁": ("岁", 1.0),
    "岁": ("岁", 1.0),
    "分钟": ("分钟", 1.0),
    "微克/立方米": ("微克/立方米", 1.0),
    "毫克/立方米": ("毫克/立方米", 1.0),
    "毫克/升": ("毫克/升", 1.0),
    "倍": ("倍", 1.0),
    # amounts per person, month or unit of land (补差水平月均300元/人).
    **{
        f"元/{per}": (f"元/{per}", 1.0)
        for per in ("人", "月", "年", "亩", "吨", "平方米", "户", "人·月", "人月")
    },
    # a discount (普通卡7折): the price as tenths of the full price.
    "折": ("折", 1.0),
}

# Counting words (量词) for things counted one by one.
COUNTERS: tuple[str, ...] = (
    "人", "名", "位", "户", "个", "家", "项", "座", "条", "张", "套", "场次", "场", "所", "件",
    "次", "台", "辆", "架", "艘", "间", "栋", "幢", "处", "片", "棵", "株", "头", "只", "羽",
    "份", "册", "部", "篇", "起", "例", "宗", "笔", "种", "支", "盏", "口", "眼", "批次", "期次",
    "床", "棒", "箱", "块", "根", "节", "门", "类",
    # runs of scheduled transport (班列开行4500班, 开行中欧班列1200列, 航班3000架次).
    "班", "列", "趟", "车次", "架次", "航次", "班次",
    # groups: 引进创新团队5组, 分3批.
    "组", "批", "队",
    # certificates and licences (取得军工资质8本以上).
    "本",
    # villages counted as places of work (实施110村…项目, 完成上袁等31村…建设).
    "村",
)  # fmt: skip

UNITS: dict[str, tuple[str, float]] = {
    **PERCENT_UNITS,
    **MEASURE_UNITS,
    **{word: (word, 1.0) for word in COUNTERS},
}
