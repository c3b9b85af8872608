"""Words that mark the parts of a plan or progress document.

Entries come from the header rows, headings and attachment titles of district government plans,
progress tables and supervision reports (Chongqing districts 2022-2025, tests/corpus).
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal[
    "seq",
    "category",
    "text",
    "leaders",
    "lead",
    "co",
    "units",
    "deadline",
    "progress",
    "problems",
    "plans",
    "remarks",
    "other",
]

# Header cell → column role, first match wins. "units" is a bare 责任单位: the lead column unless the
# table also has a 牵头 column, then the co-operating one.
HEADER_ROLES: tuple[tuple[re.Pattern[str], Role], ...] = (
    (re.compile(r"^(序号|编号|序)$"), "seq"),
    (re.compile(r"^(分类|类别|类型|领域|板块|工作类别|重点领域)$"), "category"),
    (re.compile(r"(牵头|分管|责任|包联)?(区|县|市)?领导$"), "leaders"),
    (re.compile(r"(配合|协办|参与|协助|协同).*(单位|部门)|^责任[(（]配合[)）](单位|部门)$"), "co"),
    (re.compile(r"牵头.*(单位|部门)|主责(单位|部门)"), "lead"),
    (re.compile(r"(责任|承办|实施)(单位|部门|主体)$"), "units"),
    (re.compile(r"(时限|时间|节点|完成时间|期限)(要求)?$|^时间安排$"), "deadline"),
    (re.compile(r"(存在|主要|面临)(的)?(问题|困难)|^(问题|困难)(和|及|与)?(困难|问题|短板)?$"), "problems"),
    (re.compile(r"^下(一)?步(工作)?(打算|计划|措施|安排|举措|思路)$|^工作(打算|计划)$"), "plans"),
    (re.compile(r"(推进|进展|完成|落实|办理|工作|执行)(情况|进度)|进度$|进展$"), "progress"),
    (re.compile(r"^备注$"), "remarks"),
    (
        re.compile(
            r"(目标任务|工作任务|主要目标|预期目标|任务内容|重点任务|主要任务|工作内容|具体任务|重点工作|目标|任务|事项|指标)$"
        ),
        "text",
    ),
)

# The reporting period a progress header names before its role word (2025年1-9月完成情况, 一季度推进
# 情况, 截至6月底进展情况): the label is the text the period group matched.
HEADER_PERIOD = re.compile(
    r"^(?:20\d{2}\s*年\s*(?:度)?)?(?P<period>(?:截至|截止)?\s*"
    r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月(?:份)?|(?:第)?[一二三四1-4]\s*季度|前三季度|[上下]半年|全年|"
    r"\d{1,2}\s*月(?:份|底|末)?)(?:份)?(?:末|底)?"
)

# Lines that end a table: the distribution list, page furniture of government web pages.
TRAILER = re.compile(
    r"^\s*(抄送|抄报|分送|主送)\s*[:：]|^.{0,30}\d+年\d+月\d+日印发\s*$"
    r"|^\s*(扫一扫|（此件公开发布）|\(此件公开发布\)|打印本页|关闭窗口|责任编辑|【打印】|相关附件)"
)

# Judgements a document states for its rows, in attachment titles or in its body: phrase → label.
JUDGEMENT_PHRASES: tuple[tuple[str, str], ...] = (
    ("符合时间节点要求", "符合时间节点要求"),
    ("不达预期", "不达预期"),
    ("未达预期", "不达预期"),
    ("低于预期", "不达预期"),
    ("符合预期", "符合预期"),
    ("达到预期", "符合预期"),
    ("超出预期", "超进度"),
    ("超序时进度", "超进度"),
    ("超进度", "超进度"),
    ("较为滞后", "滞后"),
    ("进度滞后", "滞后"),
    ("滞后", "滞后"),
    ("正常推进", "正常推进"),
    ("有序推进", "正常推进"),
    ("已完成", "已完成"),
    ("未启动", "未启动"),
)

# Part or section names that hold the year's main indicators (kind "indicator").
INDICATOR_PARTS = re.compile(r"预期目标|主要指标|经济指标|预期性指标|约束性指标")

CN_NUMERALS = "一二三四五六七八九十"
