"""Judging progress against the schedule: a status, a ratio, a reason a clerk can paste, and evidence.

`judge_texts` reads the targets of a task and the figures of its progress and applies the rules of
`duban.core.rules` (DESIGN §3). `judge` does the same from targets and figures already extracted, and
`judge_task` forms one judgement from the reports of several units.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from duban.core.actuals import Actual, extract_actuals
from duban.core.lexicons.phrases import DECLINE_WORDS, FLOW_WORDS
from duban.core.matching import (
    achieved_amounts,
    is_count,
    is_heading,
    metric_similarity,
    pair_figures,
    prepares,
    target_class,
)
from duban.core.quantity import Quantity, find_quantities
from duban.core.rules import DEFAULT_RULES, JudgingRules
from duban.core.scanning import compile_scanning
from duban.core.schedule import (
    MONTHS_IN_YEAR,
    Deadline,
    find_deadlines,
    months_elapsed,
    period_label,
    spans_later_years,
)
from duban.core.script import reading_form, without_glosses
from duban.core.split_counts import split_count
from duban.core.stages import (
    CLAUSE_BREAK,
    CLAUSE_BREAK_CHARS,
    STAGE_LABELS,
    Stage,
    StageHit,
    StageReading,
    clause_bounds,
    detect_stages,
)
from duban.core.status import SEVERITY, STATUS_LABELS, Status
from duban.core.targets import Target, extract_targets, metric_span_after

Source = Literal["task", "progress"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the task or progress text that supports a judgement (`unit` when several report)."""

    source: Source
    span: tuple[int, int]
    text: str
    unit: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "span": list(self.span), "text": self.text}
        if self.unit is not None:
            data["unit"] = self.unit
        return data


@dataclass(frozen=True, slots=True)
class Finding:
    """One target judged against the figure reported for it (`actual` is None when judged by stage)."""

    target: Target
    actual: Actual | None
    status: Status
    ratio: float | None
    expected: float
    reason: str
    # Why this figure was read as this target's progress (matching.Match.reason).
    pairing: str = ""
    # Further figures summed with `actual` for a total over listed items.
    parts: tuple[Actual, ...] = ()


@dataclass(frozen=True, slots=True)
class Judgement:
    """The status of one task for one period, with why (`reason`) and where (`evidence`)."""

    status: Status
    ratio: float | None
    expected: float
    reason: str
    evidence: tuple[Evidence, ...] = ()
    warnings: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "label": self.label,
            "ratio": None if self.ratio is None else round(self.ratio, 4),
            "expected": round(self.expected, 4),
            "reason": self.reason,
            "evidence": [e.to_json() for e in self.evidence],
            "warnings": list(self.warnings),
        }


# Targets whose figure counts finished things (建成15个项目): work under way makes up the rest.
_COMPLETION_VERBS = re.compile(r"建成|竣工|完工|投用|投运|投产|通车")
# The task itself not launched (暂未启动), as against construction not yet begun (未开工) while preparing.
_NOT_LAUNCHED = re.compile(
    r"(?:尚未|暂未|还未|仍未|未)(?:启动|开展|实施|开始|推进)|暂无(?:实质性)?进展|近期无进展"
)
# Works not begun (未开工原因是设计尚未完成): not started when the text opens with it; after the
# preparation done (已完成方案设计，暂未开工) it is the next step awaited.
_NOT_BEGUN = re.compile(r"(?:尚未|暂未|还未|仍未|未)(?:实质性|正式)?(?:开工|动工)|(?:无法|不能)(?:开工|动工)")
# A start still ahead (预计9月开工, 计划安排年底开工): the works have not begun; none said begun.
_PROMISED_START = re.compile(
    r"(?:预计|计划|拟|将于|将在|力争|争取|预)(?:安排)?[^，,。；;\n]{0,8}(?:开工|动工|开建|进场施工)"
)
# Preparation said to be still going on (还处于落实或筹建阶段, 仍在办理前期手续): the office's own concern.
_STILL_PREPARING = re.compile(
    r"(?:还|仍|仍然|依然|尚)(?:处于|在|停留在)[^，,。；;\n]{0,10}(?:阶段|前期|手续)"
)
# Works of an earlier year still not done (2017年项目未竣工1项 in 2020).
_OVERDUE = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:度)?[^，,。；;\n\d]{0,10}?(?:未|尚未|仍未|没有)(?:竣工|完工|建成|完成)"
)
_BEGUN = re.compile(r"已(?:经)?(?:开工|动工|开建|进场)")
_CLAIMS_DONE = re.compile(r"已(?:全面|全部)?完成|全部完成|已落实")
_NORMALISE = re.compile(r"[\s，,。.；;：:、!！?？“”\"'（）()]+")
# Qualitative tasks: a report saying something was done (a verb of action) counts as on track.
_ACTIVITY = compile_scanning(
    r"\d|已|完成|开展|举办|印发|出台|制定|建立|组织|实施|落实|召开|成立|推出|发布|开通|累计|共|推进|推动|形成|编制|签订"
)
# Clause breaks inside a task sentence, where one target's phrase begins (、 separates listed targets).
_TARGET_BREAK = CLAUSE_BREAK_CHARS + "、"
# A period the reported phrase states itself (全年完成…, 1-6月…), so no label is put before it. 全年 before
# 任务/目标 names the goal measured (完成全年任务的66%), not the period the figure covers.
_PERIOD_IN_PHRASE = compile_scanning(
    r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月"
    r"|[上下]半年|季度|截[至止]|(?:今年|年初)(?:以来|至今)|全年(?!任务|目标|计划|指标|的)|本年度"
)
_PHRASE_LIMIT = 30
# Item numbers opening a line of progress (1. / 一是 / (2)), not part of what was reported.
_ENUMERATION = re.compile(r"^(?:\d{1,2}\s*[.、．]\s*|[一二三四五六七八九十]+是|[(（]\d{1,2}[)）])")
_EPSILON = 1e-9


def _clause_bounds(text: str, span: tuple[int, int], breaks: str = CLAUSE_BREAK_CHARS) -> tuple[int, int]:
    return clause_bounds(text, span[0], span[1], breaks)


def _clause_before(text: str, position: int) -> str:
    start, _ = _clause_bounds(text, (position, position))
    return text[start:position]


def _clip(phrase: str) -> str:
    return phrase if len(phrase) <= _PHRASE_LIMIT else "…" + phrase[-_PHRASE_LIMIT:]


def target_phrase_span(task: str, target: Target) -> tuple[int, int]:
    """Where the task states one target, from its clause start to its metric (新建3个社区体育公园)."""
    # A total over listed items (A、B发放贷款2亿元) starts at its clause, not at its last item.
    breaks = CLAUSE_BREAK_CHARS if "、" in target.metric else _TARGET_BREAK
    start, _ = _clause_bounds(task, target.span, breaks)
    end = target.span[1]
    if target.metric and task.startswith(target.metric, end):
        end += len(target.metric)
    elif target.metric and task[end : end + 2] in target.metric:
        end += metric_span_after(reading_form(task), end)  # 101个项目如期开工 → metric 开工项目
    while start < end and task[start].isspace():
        start += 1
    return start, end


def target_phrase(task: str, target: Target) -> str:
    """The words of the task stating one target (新建3个社区体育公园、30个… → 新建3个社区体育公园)."""
    start, end = target_phrase_span(task, target)
    return _clip(task[start:end])


def actual_phrase(progress: str, actual: Actual) -> str:
    """The words of the progress reporting one figure (已建成2个社区健身点), with its metric."""
    start, _ = _clause_bounds(progress, actual.span)
    end = actual.span[1]
    if actual.metric and progress.startswith(actual.metric, end):
        end += len(actual.metric)
    phrase = _ENUMERATION.sub("", progress[start:end].strip())
    if actual.kind == "growth_rate" and actual.metric and actual.metric not in phrase:
        phrase = actual.metric + phrase
    return _clip(phrase)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%".replace(".0%", "%")


def amount_status(ratio: float, expected: float, rules: JudgingRules, goal: float | None = None) -> Status:
    """The status of an amount target at `ratio` of its goal when `expected` of the time has passed."""
    if ratio >= 1 - _EPSILON:
        return "completed"
    if expected >= 1 - _EPSILON:
        return "lagging"  # the year (or the task's deadline) is over and the goal is not met: 未完成
    if ratio >= expected + rules.ahead_margin - _EPSILON:
        return "ahead"
    needed = rules.on_track_factor * expected
    if goal is not None and rules.round_down_counts:
        # Whole items: 1 of 3 at mid-year meets floor(0.9 × 1.5) = 1.
        needed = math.floor(needed * goal + _EPSILON) / goal
    return "on_track" if ratio >= needed - _EPSILON else "lagging"


@dataclass(frozen=True, slots=True)
class _Case:
    """What every rule needs: the two texts, the months elapsed and the rules."""

    task: str
    progress: str
    months: int
    rules: JudgingRules
    # Further figures summed with the one judged (the parts of a listed total).
    parts: tuple[Actual, ...] = ()
    year: int = 0

    def goal(self, target: Target) -> str:
        soft = "（力争目标）" if target.soft else ""
        return f"目标{target_phrase(self.task, target)}{soft}"

    def said(self, actual: Actual) -> str:
        phrase = actual_phrase(self.progress, actual)
        if self.parts:
            first = self.parts[0]
            factor = first.quantity.base_value / first.quantity.value if first.quantity.value else 1.0
            total = actual.quantity.base_value / factor if factor else actual.quantity.base_value
            others = "、".join(actual_phrase(self.progress, part) for part in self.parts[1:])
            phrase = (
                f"{actual_phrase(self.progress, first)}、{others}，合计{_fmt(total)}{first.quantity.unit}"
            )
        label = actual.period or period_label(self.months)
        if _PERIOD_IN_PHRASE.search(phrase) or label in phrase:
            return phrase  # 全年完成…: the period is stated once
        return f"{label}{phrase}"

    @property
    def year_over(self) -> bool:
        return self.months >= MONTHS_IN_YEAR


def _counts_projects(task: str, target: Target) -> bool:
    """A count of projects (602个市级重点项目, 17个新开工项目): the size of a group of projects."""
    named = target.metric or task[target.span[1] :]
    return target.quantity.base_unit in ("个", "项", "項") and named.rstrip("。 ").endswith(("项目", "項目"))


def _without_restatements(task: str, targets: Sequence[Target], actuals: Sequence[Actual]) -> list[Actual]:
    """The figures of a progress text without those that only repeat its task's own figure as its
    subject (基础设施项目75个 | 基础设施项目75个，完成投资102.3亿元，为年投资计划的59%): the count
    names the group, what follows reports on it. Kept when the text reports nothing else."""
    kept = [
        a
        for a in actuals
        if not any(
            a.quantity.base_value == t.quantity.base_value
            and a.quantity.base_unit == t.quantity.base_unit
            and a.metric
            and a.metric in task
            and not any(word in a.metric for word in _DELIVERY_VERBS)
            for t in targets
        )
    ]
    return kept if kept else list(actuals)


# Verbs of delivery in a figure's metric (新建学校5所): the figure reports work done, not a name.
_DELIVERY_VERBS = (
    "新建",
    "建成",
    "完成",
    "新增",
    "改造",
    "开工",
    "引进",
    "实现",
    "培训",
    "发放",
    "建设",
    "实施",
)


def _judge_rate(case: _Case, target: Target, actual: Actual, expected: float) -> Finding:
    value, goal = actual.quantity.value, target.quantity.value
    if target.kind == "decline_rate":
        # A decline target of 16 is met by a change of -16 or lower.
        value = -value
    cap = is_cap(case.task, target)
    slack = case.rules.about_tolerance_points if target.comparator == "~" else 0.0
    met = value <= goal + slack + _EPSILON if cap else value >= goal - slack - _EPSILON
    head = f"{case.goal(target)}，{case.said(actual)}"
    if met:
        status: Status = "completed" if expected >= 1 else "on_track"
        return Finding(target, actual, status, None, expected, f"{head}，符合预期。")
    direction = "高于" if cap else "低于"
    reason = f"{head}，{direction}目标{_fmt(abs(goal - value))}个百分点，不达预期。"
    return Finding(target, actual, "lagging", None, expected, reason)


# A ceiling written as a goal (物价涨幅控制在3%左右, 失业率控制在4.5%): at or under it is met. Price
# indices are ceilings by nature, whatever the verb.
_CAP_BEFORE = re.compile(r"控制在?[^，,；;。、]{0,3}$")
_CAP_METRIC = re.compile(r"消费价格|物价|CPI|价格总水平")


def is_cap(task: str, target: Target) -> bool:
    """Whether a target is a ceiling: ≤, a figure set with 控制在, or a price index."""
    if target.comparator == "<=":
        return True
    if target.comparator not in ("~", "="):
        return False
    before = task[max(0, target.span[0] - 8) : target.span[0]]
    return bool(_CAP_BEFORE.search(before) or _CAP_METRIC.search(target.metric))


def _judge_level(case: _Case, target: Target, actual: Actual, expected: float) -> Finding:
    value, goal = actual.quantity.value, target.quantity.value
    # Before the year ends a level (占比、办理率) may still be climbing towards its goal.
    slack = 0.0 if expected >= 1 else case.rules.level_tolerance * goal
    cap = is_cap(case.task, target)
    met = value <= goal + slack + _EPSILON if cap else value >= goal - slack - _EPSILON
    head = f"{case.goal(target)}，{case.said(actual)}"
    if met:
        status: Status = "completed" if expected >= 1 and (value >= goal or cap) else "on_track"
        verdict = "符合预期" if value >= goal or cap else "接近目标值，符合预期"
        return Finding(target, actual, status, None, expected, f"{head}，{verdict}。")
    direction = "高于" if cap else "低于"
    return Finding(target, actual, "lagging", None, expected, f"{head}，{direction}目标值，不达预期。")


def _judge_rank(case: _Case, target: Target, actual: Actual, expected: float) -> Finding:
    met = actual.quantity.value <= target.quantity.value
    status: Status = ("completed" if expected >= 1 else "on_track") if met else "lagging"
    verdict = "符合预期" if met else "低于目标名次，不达预期"
    return Finding(
        target, actual, status, None, expected, f"{case.goal(target)}，{case.said(actual)}，{verdict}。"
    )


def _judge_amount(case: _Case, target: Target, actual: Actual, expected: float) -> Finding:
    if actual.kind == "share":
        ratio = actual.quantity.value / 100
    elif actual.kind == "change":
        # 减少1500吨 against a goal of 减少2000吨: the size of the change is what was done.
        base = abs(target.quantity.base_value or target.quantity.value)
        ratio = abs(actual.quantity.base_value) / base if base else 0.0
    else:
        base = target.quantity.base_value or target.quantity.value
        ratio = actual.quantity.base_value / base if base else 0.0
    head = f"{case.goal(target)}，{case.said(actual)}"
    if target.comparator == "<=":
        # A cap (控制在…以内): met while the amount stays under it.
        if ratio <= 1 + _EPSILON:
            return Finding(target, actual, "on_track", ratio, expected, f"{head}，未超过控制目标。")
        return Finding(target, actual, "lagging", ratio, expected, f"{head}，已超过控制目标。")
    whole = is_count(target.quantity.base_unit) or target.quantity.unit == ""
    status = amount_status(ratio, expected, case.rules, target.quantity.base_value if whole else None)
    schedule = f"序时进度{_pct(expected)}"
    verdict = _schedule_verdict(status, ratio, expected)
    rest_preparing = _rest_still_preparing(case, ratio, expected) if status == "on_track" else None
    if rest_preparing is not None:
        status = "lagging"
        verdict = f"低于{schedule}，其余仍处于前期阶段（{_quote(rest_preparing)}）"
    elif status == "lagging" and expected >= 1 - _EPSILON:
        # At year end offices write 未完成全年目标; a deadline inside the year has passed otherwise.
        verdict = "未完成全年目标" if case.year_over else "时限已到，未完成目标"
    elif status == "lagging" and _COMPLETION_VERBS.search(target_phrase(case.task, target)):
        # Finished items trail the calendar; offices count the rest as on track while it is being built.
        building = next(
            (h for h in detect_stages(case.progress, task=case.task).hits if h.stage == Stage.EXECUTING), None
        )
        if building is not None:
            verdict = f"低于{schedule}，其余正在实施（“{building.text}”），按正常推进研判"
            status = "on_track"
    # A stated share (完成全年任务的66%) is already the completion: not repeated.
    done = "" if actual.kind == "share" else f"完成{_pct(ratio)}，"
    return Finding(target, actual, status, ratio, expected, f"{head}，{done}{verdict}。")


def _schedule_verdict(status: Status, ratio: float, expected: float) -> str:
    """How a share of the goal stands against the schedule (超过序时进度50%, 低于序时进度66.7%)."""
    schedule = f"序时进度{_pct(expected)}"
    return {
        "completed": "已完成年度目标",
        "ahead": f"超过{schedule}",
        "on_track": f"达到{schedule}要求" if ratio >= expected else f"略低于{schedule}，正常推进",
        "lagging": f"低于{schedule}",
    }[status]


def _rest_still_preparing(case: _Case, ratio: float, expected: float) -> StageHit | None:
    """On track only by counting whole items (1 of 2), while the rest is still being prepared late
    in the year (另1个尚在办理用地手续 in September): the preparation word, else None."""
    rules = case.rules
    if ratio >= rules.on_track_factor * expected - _EPSILON:
        return None
    if expected < rules.preparing_lagging_from - _EPSILON:
        return None
    reading = detect_stages(case.progress, task=case.task)
    return reading.first(Stage.PREPARING) or reading.first(Stage.NOT_STARTED)


def _deadline_for(target: Target, deadlines: Sequence[Deadline], task: str) -> Deadline | None:
    """The deadline written in the same clause as the target (or the only one in the task)."""
    if len(deadlines) == 1:
        return deadlines[0]
    for deadline in deadlines:
        lo, hi = sorted((deadline.span[0], target.span[0]))
        if not CLAUSE_BREAK.search(task[lo:hi]):
            return deadline
    return None


def _quote(hit: StageHit) -> str:
    return f"“{hit.text}”"


def _not_started(hit: StageHit) -> str:
    """ "，尚未启动" after a quoted phrase, unless the phrase says so itself (“尚未启动”)."""
    return "" if "启动" in hit.text else "，尚未启动"


@dataclass(frozen=True, slots=True)
class _StageVerdict:
    status: Status
    reason: str
    hits: tuple[StageHit, ...]
    ratio: float | None = None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A count of plans or designs for the things a target delivers, and whether it keeps pace."""

    hit: StageHit
    on_schedule: bool


def _preparation_count(case: _Case, targets: Sequence[Target], actuals: Sequence[Actual]) -> _Prepared | None:
    """The clause of a count of plans or designs (已完成2个特色小镇规划编制), read as preparation.

    It keeps pace when the share of the goal's items prepared meets the schedule (2 of 3 at mid-year).
    """
    expected = case.months / MONTHS_IN_YEAR
    for actual in actuals:
        target = next((t for t in targets if actual.kind == "amount" and prepares(t, actual)), None)
        if target is not None:
            goal = target.quantity.base_value
            share = actual.quantity.base_value / goal if goal else 0.0
            whole = goal if is_count(target.quantity.base_unit) else None
            on_schedule = amount_status(share, expected, case.rules, whole) != "lagging"
            start, end = _clause_bounds(case.progress, actual.span)
            while start < end and case.progress[start].isspace():
                start += 1
            while end > start and case.progress[end - 1].isspace():
                end -= 1
            numbered = _ENUMERATION.match(case.progress[start:end])
            start += numbered.end() if numbered else 0
            hit = StageHit(Stage.PREPARING, (start, end), case.progress[start:end])
            return _Prepared(hit, on_schedule)
    return None


def _subject(case: _Case, targets: Sequence[Target]) -> str:
    return case.goal(targets[0]) + "，" if targets else ""


def _time_passed(case: _Case) -> str:
    return "全年已结束" if case.year_over else f"时间进度已达{_pct(case.months / MONTHS_IN_YEAR)}"


# A progress cell that is only a completion percentage (80%, 完成88%, 进度为57%), perhaps beside the bare
# count its table printed in the cell before (4385 | 110%).
_BARE_SHARE = re.compile(
    # a table of places, one share each, may name the place before it (梧州市34.8%).
    r"(?:[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗|镇|乡|街道))?"
    r"[\d.,\s|｜/／]*(?:完成|进度|完成率|完成进度|总进度|形象进度)?(?:为|达到|达|约)?[\s|｜/／]*"
)
_PLAN_SHARE = re.compile(r"(?:完成|占)(?:了)?(?:全年|年度|年)(?:投资)?(?:计划|目标|任务)(?:投资)?$")
# Shares that are not the year's completion of the task: of a project's works, of a plan over several
# years (占总计划的32.5%), of a cap.
_PROJECT_SHARE = re.compile(r"工程|总|控制|限额")
_GROUP_BEFORE = re.compile(r"\d+\s*[项个件](?:任务|工作|项目|实事)?中[,，]?[^，,。；;]{0,8}$")
# Rates of starts (开工率88.3%): a share of projects begun, not of the year's work done.
_START_RATE = re.compile(r"开工|开复工|竣工|签约")
# Indicators to be brought down (能耗, 排放, 浓度): a fall is the goal, never a miss.
_REDUCED_INDICATORS = ("能耗", "能源消费", "排放", "浓度", "事故", "失业", "煤耗", "水耗", "亏损")
# Indicators that grow (投资, 产值, 收入, 生产总值…): a fall on the year before misses any growth goal.
_GROWTH_INDICATORS = (*FLOW_WORDS, "生产总值", "GDP", "零售", "外贸", "工业", "经济")


def _stated_share(progress: str, actuals: Sequence[Actual]) -> Actual | None:
    """The share of the year's goal the progress states (完成年度目标的53.3%, 占年度计划11.4%,
    完成率200%), or the percentage a progress cell holds alone (80%).

    A share of a project's works (完成工程总量的18%) measures a multi-year project, and a share of a cap
    (占全年控制指标的18.9%) is better low: neither is the year's completion. Several differing shares
    are parts of the task, for the stages to weigh.
    """
    # 完成年度计划投资90%以上: a percentage of the year's plan is a share of it, however it is written
    actuals = [
        replace(a, kind="share")
        if a.kind == "amount" and a.quantity.unit == "%" and _PLAN_SHARE.search(a.metric)
        else a
        for a in actuals
        if not (a.kind == "share" and _START_RATE.search(a.metric))
    ]
    # 完成的29项任务中，完成率为14.29%: a share of a whole list, not of the task
    actuals = [a for a in actuals if not (a.kind == "share" and _GROUP_BEFORE.search(progress[: a.span[0]]))]
    shares = [a for a in actuals if a.kind == "share" and not _PROJECT_SHARE.search(a.metric)]
    if len({a.quantity.value for a in shares}) == 1 and len(shares) == sum(
        a.kind == "share" for a in actuals
    ):
        return shares[0]
    if shares or any(a.kind == "share" for a in actuals):
        return None
    if len(actuals) == 1 and actuals[0].kind == "amount" and actuals[0].quantity.unit == "%":
        actual = actuals[0]
        rest = (progress[: actual.span[0]] + progress[actual.span[1] :]).strip(" \t\n。，,.;；|｜")
        rest = _ENUMERATION.sub("", rest)
        if _BARE_SHARE.fullmatch(rest):
            return replace(actual, kind="share")
    return _share_of_figure_row(progress)


# A row of an indicator table printed as figures only: the year's plan, the amount done and the share
# done (176 | 55 | 31): the share, when it is the ratio of the other two.
_FIGURE_ROW = re.compile(
    r"\s*(\d+(?:\.\d+)?)(?:\s*[|｜]\s*|\s+)(\d+(?:\.\d+)?)(?:\s*[|｜]\s*|\s+)(\d+(?:\.\d+)?)\s*[%％]?\s*[|｜]?\s*"
)
_ROW_SHARE_TOLERANCE = 3.0  # percentage points between the printed share and plan / done


def _share_of_figure_row(progress: str) -> Actual | None:
    row = _FIGURE_ROW.fullmatch(progress)
    if row is None:
        return None
    plan, done, share = (float(row.group(i)) for i in (1, 2, 3))
    if plan <= 0 or abs(100 * done / plan - share) > _ROW_SHARE_TOLERANCE:
        return None
    span = row.span(3)
    text = progress[span[0] : row.end()].strip(" |｜")
    return Actual("完成率", Quantity(share, "%", share, "%", span, text), "share", span, text)


def _sentence_hit(text: str, hit: StageHit) -> StageHit:
    """The statement around a stated lag, up to its sentence's end (增长6.1%，低于目标0.9个百分点), so the
    reason quotes what was said and the figure it was said of."""
    start, end = clause_bounds(text, hit.span[0], hit.span[1], "。；;！!？?\n")
    while start < end and text[start] in " \t，,":
        start += 1
    start = max(start, end - 2 * _PHRASE_LIMIT, hit.span[0] - _PHRASE_LIMIT)
    numbered = _ENUMERATION.match(text, start)
    start = numbered.end() if numbered else start
    return StageHit(hit.stage, (start, end), text[start:end].rstrip("，,"))


def _judge_stated(
    case: _Case, targets: Sequence[Target], actuals: Sequence[Actual], reading: StageReading
) -> _StageVerdict | None:
    """The progress text's own assessment, when no figure measures a target: a stated lag or gap
    (低于目标0.9个百分点, 进展缓慢), a stated share of the goal (完成年度目标的53.3%, a bare 80%), a fall
    of a growth indicator (同比下降1.8%), a stated completion (超额完成, 已完成年度目标) or pace
    (超序时进度). None when it states none of these."""
    subject = _subject(case, targets)
    if reading.lagging:
        hit = _sentence_hit(case.progress, reading.lagging[0])
        return _StageVerdict("lagging", f"{subject}推进情况自述{_quote(hit)}，推进滞后。", (hit,))
    overdue = next((m for m in _OVERDUE.finditer(case.progress) if int(m.group("year")) < case.year), None)
    if overdue is not None:
        # 2017年项目未竣工1项 in 2020: the works of a year long past are not done
        hit = StageHit(Stage.EXECUTING, overdue.span(), overdue.group())
        return _StageVerdict("lagging", f"{subject}推进情况为{_quote(hit)}，已过完成年度，推进滞后。", (hit,))
    share = _stated_share(case.progress, actuals)
    if share is not None:
        ratio = share.quantity.value / 100
        expected = case.months / MONTHS_IN_YEAR
        status = amount_status(ratio, expected, case.rules)
        hit = StageHit(Stage.EXECUTING, share.span, share.text)
        pace = reading.on_schedule[0] if reading.on_schedule else None
        if status == "lagging" and reading.ahead and ratio >= _STATED_PACE_FLOOR * expected:
            ahead = reading.ahead[0]
            reason = f"{subject}推进情况自述完成{_pct(ratio)}，{_quote(ahead)}，按超进度研判。"
            return _StageVerdict("ahead", reason, (hit, ahead), ratio)
        done = reading.completed[0] if reading.completed else None
        if status == "lagging" and done is not None and ratio >= _STATED_PACE_FLOOR * expected:
            # 支出进度93.8%，超额完成任务: the office's own word for the goal met
            reason = f"{subject}推进情况自述完成{_pct(ratio)}，{_quote(done)}，按已完成研判。"
            return _StageVerdict("completed", reason, (hit, done), ratio)
        if status == "lagging" and pace is not None and ratio >= _STATED_PACE_FLOOR * expected:
            reason = f"{subject}推进情况自述完成{_pct(ratio)}，{_quote(pace)}，按正常推进研判。"
            return _StageVerdict("on_track", reason, (hit, pace), ratio)
        said = re.sub(r"\s{2,}", " ", actual_phrase(case.progress, share))
        if (row := _FIGURE_ROW.fullmatch(case.progress)) is not None and share.span == row.span(3):
            said = f"计划{row.group(1)}、完成{row.group(2)}、完成比例{row.group(3)}%"
        elif said == share.quantity.text:
            said = f"完成进度{said}"
        if status == "on_track" and reading.ahead and ratio > expected:
            # 完成年度计划投资比例52.99%，超序时进度2.99个百分点: the office's own word for the pace
            ahead = reading.ahead[0]
            reason = f"{subject}推进情况自述{said}，{_quote(ahead)}。"
            return _StageVerdict("ahead", reason, (hit, ahead), ratio)
        verdict = "未完成全年目标" if status == "lagging" and case.year_over else None
        verdict = verdict or _schedule_verdict(status, ratio, expected)
        return _StageVerdict(status, f"{subject}推进情况自述{said}，{verdict}。", (hit,), ratio)
    flat = _FLAT.search(case.progress)
    rising = [t for t in targets if t.kind == "growth_rate" and t.quantity.value > 0]
    if flat and rising and not any(a.kind == "growth_rate" for a in actuals):
        # 交易金额26亿元，与2021年持平 against 增长15%: no growth at all
        hit = StageHit(Stage.EXECUTING, flat.span(), flat.group())
        reason = f"{case.goal(rising[0])}，推进情况为{_quote(hit)}（增长0%），不达预期。"
        return _StageVerdict("lagging", reason, (hit,))
    if not targets and not any(word in case.task for word in (*DECLINE_WORDS, *_REDUCED_INDICATORS)):
        for actual in actuals:
            named = actual.metric + case.task
            if (
                actual.kind == "growth_rate"
                and actual.quantity.value < 0
                and any(word in named for word in _GROWTH_INDICATORS)
            ):
                hit = StageHit(Stage.EXECUTING, actual.span, actual.text)
                return _StageVerdict("lagging", f"{case.said(actual)}，同比下降，不达预期。", (hit,))
    lower = [h for h in reading.hits if h.stage < Stage.DONE]
    for hit in reading.completed:
        if not any(h.span[0] < hit.span[0] or h.span[0] >= hit.span[1] for h in lower):
            return _StageVerdict("completed", f"{subject}推进情况表述为{_quote(hit)}，已完成。", (hit,))
    if reading.ahead:
        hit = reading.ahead[0]
        return _StageVerdict("ahead", f"{subject}推进情况自述{_quote(hit)}。", (hit,))
    if reading.on_schedule:
        hit = reading.on_schedule[0]
        return _StageVerdict("on_track", f"{subject}推进情况自述{_quote(hit)}，正常推进。", (hit,))
    if reading.some_progress and not reading.hits:
        hit = reading.some_progress[0]
        if case.months / MONTHS_IN_YEAR >= case.rules.preparing_lagging_from - _EPSILON:
            reason = f"{subject}推进情况仅表述为{_quote(hit)}，{_time_passed(case)}，推进滞后。"
            return _StageVerdict("lagging", reason, (hit,))
        return _StageVerdict("on_track", f"{subject}推进情况表述为{_quote(hit)}，按正常推进研判。", (hit,))
    return None


_SCHEDULE_GAP = re.compile(r"序时|时序|时间进度|计划进度|目标")
# No change on the year before (与2021年持平, 同比基本持平).
_FLAT = re.compile(r"(?:与(?:上年|去年|上年同期|去年同期|\d{4}年)(?:同期)?|同比)(?:基本)?持平")


def _with_stated_gap(finding: Finding, progress: str, reading: StageReading) -> Finding:
    """A figure just short of the schedule, within the tolerance duban allows, which the progress
    text itself calls short (完成年度计划投资的73.27%，略低于序时进度): the office's own word decides.
    So does a figure somewhat short of it that the text calls on schedule (完成较好的行业…32.28%)."""
    if finding.status == "lagging" and finding.ratio is not None:
        return _with_stated_pace(finding, reading)
    if finding.status != "on_track" or finding.ratio is None or finding.ratio >= finding.expected:
        return finding
    stated = [h for h in reading.lagging if _SCHEDULE_GAP.search(h.text)]
    if not stated:
        return finding
    hit = _sentence_hit(progress, stated[0])
    reason = (
        finding.reason.rstrip("。").removesuffix("，正常推进") + f"，推进情况自述{_quote(hit)}，推进滞后。"
    )
    return replace(finding, status="lagging", reason=reason)


# A figure this share of the schedule or more, which the text itself calls on schedule, is on track.
_STATED_PACE_FLOOR = 0.7


def _with_stated_pace(finding: Finding, reading: StageReading) -> Finding:
    if reading.lagging or finding.ratio is None or not (reading.on_schedule or reading.ahead):
        return finding
    if finding.ratio < _STATED_PACE_FLOOR * finding.expected:
        return finding
    if reading.ahead:
        # 投资完成率19%，超序时进度2.3个百分点: the office measures against its own schedule
        hit = reading.ahead[0]
        reason = finding.reason.rstrip("。") + f"；推进情况自述{_quote(hit)}，按超进度研判。"
        return replace(finding, status="ahead", reason=reason)
    hit = reading.on_schedule[0]
    reason = finding.reason.rstrip("。") + f"；推进情况自述{_quote(hit)}，按正常推进研判。"
    return replace(finding, status="on_track", reason=reason)


def _judge_by_stage(
    case: _Case,
    targets: Sequence[Target],
    reading: StageReading,
    achieved: bool,
    prepared: _Prepared | None = None,
) -> _StageVerdict:
    """The status a progress text without usable figures earns from the stage it reports.

    `prepared` is a count of plans or designs, quoted as the preparation reached: when it keeps pace
    with the schedule, a delivery goal still being prepared is judged as any task in preparation.
    """
    rules, months = case.rules, case.months
    expected = months / 12
    highest, lowest = reading.highest, reading.lowest
    delivery = any(t.kind == "increment" for t in targets)
    subject = _subject(case, targets)
    time_passed = _time_passed(case)

    for deadline in find_deadlines(case.task):
        if deadline.month <= months and (highest is None or highest < deadline.milestone):
            where = STAGE_LABELS[highest] if highest is not None else "未说明进展阶段"
            hits = reading.hits[:1]
            said = f"（{_quote(hits[0])}）" if hits else ""
            return _StageVerdict("lagging", f"任务要求“{deadline.text}”，时限已到，目前{where}{said}。", hits)
    if highest is None:
        if reading.progressing:
            hit = reading.progressing[0]
            return _StageVerdict(
                "on_track", f"{subject}推进情况表述为{_quote(hit)}，按正常推进研判。", (hit,)
            )
        if not targets and (achieved or _ACTIVITY.search(case.progress)):
            return _StageVerdict("on_track", "定性任务，已报送推进情况且未述及滞后，按正常推进研判。", ())
        if achieved:
            # 安排重点项目710项 | 累计完成投资313.64亿元: work reported in figures the target is not counted in
            reason = f"{subject}报送的完成数据与目标计量不同，未述及滞后，按正常推进研判。"
            return _StageVerdict("on_track", reason, ())
        return _StageVerdict("unknown", f"{subject}未报告可比数据，也未说明推进阶段，需人工研判。", ())
    if highest == Stage.DONE and lowest == Stage.DONE:
        hit = reading.first(Stage.DONE)
        assert hit is not None
        return _StageVerdict("completed", f"{subject}推进情况表述为{_quote(hit)}，已完成。", (hit,))
    if highest >= Stage.EXECUTING:
        hit = reading.first(Stage.EXECUTING) or reading.first(Stage.DONE)
        assert hit is not None
        unfinished = next((h for h in reading.hits if _short_of_whole(h.text)), None)
        if case.year_over and unfinished is not None:
            # 两溪花谷整治工程完成70% at the end of the year: the works are not done
            reason = f"{subject}全年已结束，推进情况为{_quote(unfinished)}，尚未完成。"
            return _StageVerdict("lagging", reason, (unfinished,))
        waiting = reading.first(Stage.NOT_STARTED)
        if waiting is not None and expected >= rules.preparing_lagging_from - _EPSILON:
            # 投资过亿元项目均未开工…正在施工 in September: a part not begun late in the year.
            reason = f"{subject}部分工作{_quote(waiting)}{_not_started(waiting)}，{time_passed}，推进滞后。"
            return _StageVerdict("lagging", reason, (waiting, hit))
        return _StageVerdict("on_track", f"{subject}已进入实施阶段（{_quote(hit)}），正常推进。", (hit,))
    if highest == Stage.PREPARING:
        hit = prepared.hit if prepared is not None else reading.first(Stage.PREPARING)
        waiting = reading.first(Stage.NOT_STARTED)
        assert hit is not None
        if waiting is not None and expected >= rules.not_started_lagging_from - _EPSILON:
            reason = f"{subject}仅完成前期工作（{_quote(hit)}），{_quote(waiting)}，{time_passed}，推进滞后。"
            return _StageVerdict("lagging", reason, (hit, waiting))
        opens = bool(reading.hits) and reading.hits[0] is waiting
        if waiting is not None and (
            _NOT_LAUNCHED.search(waiting.text) or (opens and _NOT_BEGUN.search(waiting.text))
        ):
            # 项目暂未启动，正在对接资金: the task itself is not launched; contacts do not launch it.
            reason = f"{subject}推进情况表述为{_quote(waiting)}，尚未启动。"
            return _StageVerdict("not_started", reason, (waiting, hit))
        promised = _PROMISED_START.search(case.progress)
        if (
            promised
            and not _BEGUN.search(case.progress)
            and expected >= rules.not_started_lagging_from - _EPSILON
        ):
            # 正在办理施工许可，预计9月开工 in July: the start is still ahead with half the year gone
            start = StageHit(Stage.PREPARING, promised.span(), promised.group())
            reason = f"{subject}尚未开工（{_quote(start)}），{time_passed}，推进滞后。"
            return _StageVerdict("lagging", reason, (start, hit))
        paced = prepared is not None and prepared.on_schedule
        still = _STILL_PREPARING.search(case.progress) is not None
        late = expected >= rules.preparing_lagging_from - _EPSILON or (
            (still or (delivery and not paced))
            and expected >= rules.delivery_preparing_lagging_from - _EPSILON
        )
        if late:
            reason = f"{subject}仍处于前期准备阶段（{_quote(hit)}），尚未进入实施，{time_passed}，推进滞后。"
            return _StageVerdict("lagging", reason, (hit,))
        return _StageVerdict(
            "on_track", f"{subject}处于前期准备阶段（{_quote(hit)}），按正常推进研判。", (hit,)
        )
    hit = reading.first(Stage.NOT_STARTED)
    assert hit is not None
    if expected >= rules.not_started_lagging_from - _EPSILON:
        reason = f"{subject}推进情况表述为{_quote(hit)}{_not_started(hit)}，{time_passed}，推进滞后。"
        return _StageVerdict("lagging", reason, (hit,))
    return _StageVerdict("not_started", f"{subject}推进情况表述为{_quote(hit)}{_not_started(hit)}。", (hit,))


def _with_split_count(
    case: _Case, targets: Sequence[Target], deadlines: Sequence[Deadline], verdict: _StageVerdict
) -> _StageVerdict:
    """A verdict of the stage reached, checked against the items the text counts as done and not
    begun (开工2个，未开工3个): a share of items behind the schedule, or behind the way to the task's
    own deadline for that step (6月底前开工), is lagging."""
    split = split_count(case.progress)
    if split is None:
        return verdict
    deadline = next((d for d in deadlines if d.milestone == split.milestone), None)
    expected = deadline.expected(case.months) if deadline else case.months / MONTHS_IN_YEAR
    whole = split.done + split.rest
    if amount_status(split.share, expected, case.rules, whole) != "lagging":
        return verdict
    start, end = split.span
    hit = StageHit(Stage.NOT_STARTED, split.span, case.progress[start:end])
    line = f"距“{deadline.text}”的时间进度{_pct(expected)}" if deadline else f"序时进度{_pct(expected)}"
    reason = (
        f"{_subject(case, targets)}推进情况所列{whole}个中{split.done}个已{_STEP[split.milestone]}"
        f"（{_quote(hit)}），占{_pct(split.share)}，低于{line}，推进滞后。"
    )
    return _StageVerdict("lagging", reason, (hit, *verdict.hits), split.share)


_STEP = {Stage.EXECUTING: "开工", Stage.DONE: "完成"}


_WORKS_SHARE = re.compile(r"完成(?:约|了)?(\d+(?:\.\d+)?)\s*[%％]")


def _short_of_whole(text: str) -> bool:
    """A share of the works done below the whole (完成70%)."""
    match = _WORKS_SHARE.search(text)
    return match is not None and float(match.group(1)) < 100


def _normalised(text: str) -> str:
    return _NORMALISE.sub("", text)


def _warnings(
    case: _Case,
    pairs: Sequence[tuple[Target, Actual | None]],
    actuals: Sequence[Actual],
    previous: str | None,
    previous_actuals: Sequence[Actual],
) -> list[str]:
    progress, rules = case.progress, case.rules
    warnings: list[str] = []
    shares = [a for a in actuals if a.kind == "share"]
    for target, actual in pairs:
        if actual is None or actual.kind != "amount" or not target.quantity.base_value:
            continue
        ratio = actual.quantity.base_value / target.quantity.base_value
        line_end = progress.find("\n", actual.span[1])
        for share in shares:
            on_line = share.span[0] >= actual.span[1] and (line_end < 0 or share.span[0] < line_end)
            if on_line and abs(share.quantity.value - ratio * 100) > rules.share_tolerance_points:
                warnings.append(
                    f"所述完成比例{_fmt(share.quantity.value)}%与数据不符："
                    f"{actual_phrase(progress, actual)}对{case.goal(target)}应为{_pct(ratio)}。"
                )
    if previous is not None and previous.strip() and _normalised(previous) == _normalised(progress):
        warnings.append("推进情况与上期完全相同，请核实是否更新。")
    for target, actual in pairs:
        if actual is None or actual.kind != "amount":
            continue
        for before in previous_actuals:
            if (
                before.kind == "amount"
                and before.quantity.base_unit == actual.quantity.base_unit
                and metric_similarity(actual.metric or target.metric, before.metric) >= 0.7
                and before.quantity.base_value > actual.quantity.base_value
            ):
                warnings.append(f"累计数据低于上期：本期{actual.text}，上期{before.text}。")
                break
    amount_targets = [t for t, _ in pairs if target_class(t) == "amount"]
    if amount_targets and all(a is None for _, a in pairs) and not shares:
        claim = _CLAIMS_DONE.search(progress)
        if claim:
            warnings.append(
                f"推进情况称“{claim.group()}”，但未报告与{case.goal(amount_targets[0])}可比的完成数据。"
            )
    return warnings


def _task_evidence(task: str, target: Target) -> Evidence:
    start, end = target_phrase_span(task, target)
    return Evidence("task", (start, end), task[start:end])


def judge(
    task: str,
    progress: str,
    as_of: date,
    *,
    targets: Sequence[Target],
    actuals: Sequence[Actual],
    rules: JudgingRules = DEFAULT_RULES,
    previous: str | None = None,
    previous_actuals: Sequence[Actual] = (),
) -> Judgement:
    """Judge one progress text against the targets of its task, from figures already extracted.

    The top of a range (增长6%-6.5%) is a ceiling beside the goal: reaching the floor meets the goal.
    """
    targets = [t for t in targets if not t.range_top]
    span = spans_later_years(task, as_of.year)
    if span is not None:
        # 2000个行政村环境连片整治(2013—2017年): the amount is the whole span's, the year's share of it is
        # not written, so the progress is judged by what it states and the stage it reports.
        targets = [t for t in targets if target_class(t) != "amount"]
    months = months_elapsed(as_of)
    expected = months / 12
    if not progress.strip():
        return Judgement("unreported", None, expected, "本期未填报推进情况。", warnings=("推进情况为空。",))
    case = _Case(task, progress, months, rules, year=as_of.year)
    deadlines = find_deadlines(task)
    actuals = _without_restatements(task, targets, actuals)
    if (
        targets
        and all(_counts_projects(task, t) for t in targets)
        and _stated_share(progress, actuals) is not None
    ):
        # 602个市级重点项目 | …完成投资679.36亿元，完成率达66.12%；开工项目302个: the task names the group,
        # the share of its year's investment the office states is the measure
        targets = []
    matched = pair_figures(targets, actuals, progress, task)
    pairs = [(t, m.actual if m is not None else None) for t, m in matched]

    reading = detect_stages(progress, task=task)
    findings: list[Finding] = []
    for target, match in matched:
        if match is None:
            continue
        actual = match.actual
        deadline = _deadline_for(target, deadlines, task)
        share = deadline.expected(months) if deadline and deadline.milestone == Stage.DONE else expected
        judge_one = {"rate": _judge_rate, "level": _judge_level, "rank": _judge_rank}.get(
            target_class(target), _judge_amount
        )
        one_case = case
        if match.parts:
            parts = (actual, *match.parts)
            total = replace(actual.quantity, base_value=match.base_value)
            actual = replace(actual, quantity=total)
            one_case = replace(case, parts=parts)
        finding = judge_one(one_case, target, actual, share)
        findings.append(replace(finding, pairing=match.reason, parts=match.parts))

    warnings = _warnings(case, pairs, actuals, previous, previous_actuals)
    if span is not None:
        warnings.append(f"任务为多年期目标（{span}），本年度目标量未写明，数量未按序时进度折算。")
    if findings:
        worst = max(findings, key=lambda f: SEVERITY[f.status])
        worst = _with_stated_gap(worst, progress, reading)
        reason = worst.reason
        if len(findings) > 1 and worst.status == "lagging":
            reason = reason.rstrip("。") + f"（{len(findings)}项量化目标中进度最慢的一项）。"
        evidence = [_task_evidence(task, worst.target)]
        for finding in sorted(findings, key=lambda f: f is not worst):
            for figure in (finding.actual, *finding.parts) if finding.actual is not None else ():
                evidence.append(Evidence("progress", figure.span, figure.text))
        unmatched = [target_phrase(task, t) for t, a in pairs if a is None]
        if unmatched:
            warnings.append(f"以下目标未报告可比数据：{'、'.join(unmatched)}。")
        return Judgement(
            worst.status,
            worst.ratio,
            worst.expected,
            reason,
            tuple(evidence),
            tuple(warnings),
            tuple(findings),
        )

    prepared = _preparation_count(case, targets, actuals)
    verdict = _judge_stated(case, targets, actuals, reading) or _judge_by_stage(
        case, targets, reading, bool(achieved_amounts(progress, actuals)), prepared
    )
    if verdict.status in ("on_track", "unknown"):
        verdict = _with_split_count(case, targets, deadlines, verdict)
    evidence = [Evidence("progress", hit.span, hit.text) for hit in verdict.hits]
    if targets:
        evidence.insert(0, _task_evidence(task, targets[0]))
    return Judgement(
        verdict.status, verdict.ratio, expected, verdict.reason, tuple(evidence), tuple(warnings)
    )


def heading_targets(
    task: str, progress: str, targets: Sequence[Target], actuals: Sequence[Actual]
) -> list[Target]:
    """Goals a progress text restates as headings (新建30个社区健身点:已建成2个…) that the task
    states too but no extracted target covers: units report each part of a task under its goal."""
    found: list[Target] = []
    taken = [t.span for t in targets]
    task_quantities = find_quantities(task)
    for actual in actuals:
        if actual.kind != "amount" or not is_heading(progress, actual.span):
            continue
        _, end = _clause_bounds(progress, actual.span)
        metric = progress[actual.span[1] : end].strip()
        for quantity in task_quantities:
            inside = any(lo <= quantity.span[0] < hi for lo, hi in taken)
            if quantity.text == actual.quantity.text and not inside and metric and metric in task:
                found.append(Target(metric, quantity, "=", "increment", quantity.span, quantity.text))
                taken.append(quantity.span)
                break
    return found


def judge_texts(
    task: str,
    progress: str,
    as_of: date,
    *,
    rules: JudgingRules = DEFAULT_RULES,
    previous: str | None = None,
) -> Judgement:
    """Judge a task's progress text as of a date: targets and figures are read from the texts.

    The rules read both texts in their reading form (simplified characters, Chinese sentence marks);
    the evidence quotes them as written.
    """
    written_task, written_progress = task, progress
    glossed = {"task": without_glosses(task), "progress": without_glosses(progress)}
    task = glossed["task"].text if glossed["task"] else task
    progress = glossed["progress"].text if glossed["progress"] else progress
    task, progress = reading_form(task), reading_form(progress)
    previous = reading_form(previous) if previous else previous
    actuals = extract_actuals(progress) if progress.strip() else []
    previous_actuals = extract_actuals(previous) if previous and previous.strip() else []
    targets = extract_targets(task)
    judgement = judge(
        task,
        progress,
        as_of,
        targets=targets + heading_targets(task, progress, targets, actuals),
        actuals=actuals,
        rules=rules,
        previous=previous,
        previous_actuals=previous_actuals,
    )
    if task == written_task and progress == written_progress:
        return judgement
    written = {"task": written_task, "progress": written_progress}

    def as_written(item: Evidence) -> Evidence:
        unglossed = glossed.get(item.source)
        if unglossed is None:
            return replace(item, text=written[item.source][item.span[0] : item.span[1]])
        span = unglossed.span(item.span)
        return replace(item, span=span, text=written[item.source][span[0] : span[1]])

    return replace(judgement, evidence=tuple(as_written(e) for e in judgement.evidence))


def _with_note(reason: str, note: str) -> str:
    """A note added to a reason, inside its closing remark when it ends with one (…一项，note）。)."""
    body = reason.rstrip("。")
    if body.endswith("）"):
        return f"{body[:-1]}；{note}）。"
    return f"{body}（{note}）。"


def judge_task(
    task: str,
    reports: Mapping[str, str],
    as_of: date,
    *,
    rules: JudgingRules = DEFAULT_RULES,
    previous: Mapping[str, str] | None = None,
) -> Judgement:
    """One judgement for a task from the reports of its units (lead unit first), naming a lagging unit.

    The reports are judged together, as one progress text; each unit's own report is also judged, and a
    unit whose part is lagging or not started is named in the reason.
    """
    filled = {unit: text for unit, text in reports.items() if text.strip()}
    missing = [unit for unit, text in reports.items() if not text.strip()]
    previous = previous or {}
    if not filled:
        expected = months_elapsed(as_of) / 12
        names = "、".join(reports) or "责任单位"
        return Judgement(
            "unreported", None, expected, f"{names}本期未填报推进情况。", warnings=("推进情况为空。",)
        )
    combined_text = "\n".join(filled.values())
    combined_previous = "\n".join(previous.get(unit, "") for unit in filled) if previous else None
    combined = judge_texts(task, combined_text, as_of, rules=rules, previous=combined_previous or None)
    warnings = list(combined.warnings) + [f"{unit}未填报推进情况。" for unit in missing]
    if len(filled) == 1:
        unit = next(iter(filled))
        evidence = tuple(
            Evidence(e.source, e.span, e.text, unit if e.source == "progress" else None)
            for e in combined.evidence
        )
        return Judgement(
            combined.status,
            combined.ratio,
            combined.expected,
            combined.reason,
            evidence,
            tuple(warnings),
            combined.findings,
        )

    offsets: dict[str, int] = {}
    position = 0
    for unit, text in filled.items():
        offsets[unit] = position
        position += len(text) + 1
    evidence = []
    for item in combined.evidence:
        if item.source != "progress":
            evidence.append(item)
            continue
        owner = next(u for u in reversed(filled) if offsets[u] <= item.span[0])
        start = offsets[owner]
        evidence.append(Evidence("progress", (item.span[0] - start, item.span[1] - start), item.text, owner))

    status, reason, ratio = combined.status, combined.reason, combined.ratio
    own = {
        unit: judge_texts(task, text, as_of, rules=rules, previous=previous.get(unit))
        for unit, text in filled.items()
    }
    # Targets each unit reports a figure for: a target reported by one unit only is that unit's part.
    reporters: dict[tuple[int, int], set[str]] = {}
    for unit, judgement in own.items():
        for finding in judgement.findings:
            reporters.setdefault(finding.target.span, set()).add(unit)
    parts: list[tuple[str, Judgement, Finding | None]] = []
    for unit, judgement in own.items():
        if not judgement.findings:
            if judgement.status in ("lagging", "not_started"):
                parts.append((unit, judgement, None))
            continue
        own_part = [
            f for f in judgement.findings if f.status == "lagging" and reporters[f.target.span] == {unit}
        ]
        if own_part and combined.status == "lagging":
            parts.append((unit, judgement, own_part[0]))
    if parts:
        first_unit, first, _ = parts[0]
        if SEVERITY[first.status] > SEVERITY[status]:
            # The unit's own report decides the task: its reason leads, naming it once.
            status, ratio = first.status, first.ratio
            reason = f"{first_unit}负责部分推进滞后：{first.reason}"
            evidence.extend(
                Evidence(e.source, e.span, e.text, first_unit)
                for e in first.evidence
                if e.source == "progress"
            )
            parts = parts[1:]
        worst = max(combined.findings, key=lambda f: SEVERITY[f.status], default=None)
        named = []
        for unit, _, finding in parts:
            if finding is None or worst is None or finding.target.span == worst.target.span:
                named.append(f"{unit}负责部分")  # the part the reason already states
            else:
                named.append(f"{unit}负责的“{target_phrase(task, finding.target)}”")
        if named:
            reason = _with_note(reason, f"{'、'.join(named)}推进滞后")
    return Judgement(
        status, ratio, combined.expected, reason, tuple(evidence), tuple(warnings), combined.findings
    )
