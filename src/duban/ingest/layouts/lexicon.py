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
    "target",
    "actual",
    "ratio",
    "verdict",
    "score",
    "other",
]

# Header cell → column role, first match wins. "units" is a bare 责任单位: the lead column unless the
# table also has a 牵头 column, then the co-operating one.
HEADER_ROLES: tuple[tuple[re.Pattern[str], Role], ...] = (
    (re.compile(r"^(序号|编号|序)$"), "seq"),
    # a combined progress header (进展情况、存在问题及下一步打算): its first part names it
    (re.compile(r"^(进展情况|推进情况|落实情况|完成情况|工作进展)[、，,及和与]"), "progress"),
    (re.compile(r"^(分类|类别|类型|领域|板块|工作类别|重点领域|大类|项目类别|任务类别)$"), "category"),
    (re.compile(r"(牵头|分管|责任|包联)?(区|县|市)?领导$"), "leaders"),
    (re.compile(r"(配合|协办|参与|协助|协同).*(单位|部门)|^责任[(（]配合[)）](单位|部门)$"), "co"),
    (re.compile(r"牵头.*(单位|部门)|主责(单位|部门)"), "lead"),
    (re.compile(r"(责任|承办|实施|监考|考核|考评)(单位|部门|主体)$"), "units"),
    (re.compile(r"(时限|时间|节点|完成时间|期限)(要求)?$|^时间安排$"), "deadline"),
    (re.compile(r"(存在|主要|面临)(的)?(问题|困难)|^(问题|困难)(和|及|与)?(困难|问题|短板)?$"), "problems"),
    (re.compile(r"^下(一)?步(工作)?(打算|计划|措施|安排|举措|思路)$|^工作(打算|计划)$"), "plans"),
    # indicator tables (民生实事 and 主要指标 progress tables of Anhui, Zhejiang, Shanghai pages)
    (
        re.compile(
            r"^(?:实际)?(完成率|完成比例|完成比率|累计进度|完成进度|占全年计划|占年度计划|占年度目标|占全年目标|"
            r"完成目标|进度)(?:[(（]?[%％][)）]?)?$"
        ),
        "ratio",
    ),
    (
        re.compile(r"^(是否达序|是否达到序时进度|是否达到序时|进度评价|研判结果|评价结果|序时进度研判)$"),
        "verdict",
    ),
    (re.compile(r"^(累计完成|完成值|完成数|实际完成|累计完成值|完成数值|实绩)$"), "actual"),
    (
        re.compile(r"^(年度目标|全年目标|目标值|年度计划|全年计划|计划数|计划目标|年度目标值|全年目标任务)$"),
        "target",
    ),
    (re.compile(r"(推进|进展|完成|落实|办理|工作|执行)(情况|进度)|进度$|进展$"), "progress"),
    (re.compile(r"^(备注|说明|备注说明)$"), "remarks"),
    # the points an assessment table gives a task (分值 3): a figure, not the task's
    (re.compile(r"^(分值|分数|权重|赋分|考核分值|标准分|基础分)$"), "score"),
    (
        re.compile(
            r"(目标任务|工作任务|主要目标|预期目标|任务内容|重点任务|主要任务|工作内容|具体任务|重点工作|目标|任务|事项|指标|"
            r"工作举措|主要举措|重点举措|工作措施|主要措施|具体措施)$"
            r"|(项目名称|实事名称|任务名称|工作名称|事项名称)$"
            r"|^(项目名称|实事项目名称|项目内容|指标名称|内容与要求|任务和要求|工作任务和要求|具体工作任务和要求|建设内容|"
            r"主要内容|工作要求|目标要求|实事项目|民生实事|项目)$"
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
    # verdicts of bulletins and progress reports of other governments (tests/realworld): the
    # negative forms come before the positive phrases they contain
    ("未达序时", "滞后"),
    ("未达到序时", "滞后"),
    ("未按计划开复工", "滞后"),
    ("进展缓慢", "滞后"),
    ("推进缓慢", "滞后"),
    ("进度缓慢", "滞后"),
    ("进度较慢", "滞后"),
    ("部分完成", "滞后"),
    ("未开工", "未启动"),
    ("超额完成", "超进度"),
    ("进展较快", "超进度"),
    ("提前开复工", "超进度"),
    ("提前完成", "已完成"),
    ("达到时序进度", "正常推进"),
    ("达到序时进度", "正常推进"),
    ("顺利推进", "正常推进"),
    ("已完工", "已完成"),
    ("已建成投运", "已完成"),
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
    ("已全面完成", "已完成"),
    ("未启动", "未启动"),
)

# Part or section names that hold the year's main indicators (kind "indicator").
INDICATOR_PARTS = re.compile(r"预期目标|主要指标|经济指标|预期性指标|约束性指标")

CN_NUMERALS = "一二三四五六七八九十"
