"""Judging progress against the schedule: a status, a ratio, a reason a clerk can paste, and evidence.

`judge_texts` reads the targets of a task and the figures of its progress and applies the rules of
`duban.core.rules` (DESIGN §3). `judge` does the same from targets and figures already extracted, and
`judge_task` forms one judgement from the reports of several units.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from duban.core.actuals import Actual, extract_actuals
from duban.core.rules import COUNT_UNITS, DEFAULT_RULES, JudgingRules
from duban.core.schedule import Deadline, find_deadlines, months_elapsed, period_label
from duban.core.stages import CLAUSE_BREAK, STAGE_LABELS, Stage, StageHit, detect_stages
from duban.core.targets import Target, extract_targets

Status = Literal["completed", "ahead", "on_track", "lagging", "not_started", "unreported", "unknown"]

STATUS_LABELS: dict[str, str] = {
    "completed": "已完成",
    "ahead": "超进度",
    "on_track": "正常推进",
    "lagging": "滞后",
    "not_started": "未启动",
    "unreported": "未填报",
    "unknown": "待研判",
}

# Worse statuses rank higher: a task with several targets takes the worst (DESIGN §3).
SEVERITY: dict[str, int] = {
    "completed": 0,
    "ahead": 1,
    "on_track": 2,
    "unknown": 3,
    "not_started": 4,
    "lagging": 5,
    "unreported": 6,
}

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


# Before a figure, these words mark a plan, a scope or a remainder, not an achievement
# (001 #5 拟定了1500栋农房风貌整治范围; 001 #44 剩余105.9万平方米; 000 #19 推荐申报…56家).
_NOT_ACHIEVED = re.compile(
    r"拟|计划(?!总?投资)|预计|力争|目标|任务|范围|储备|申报|推荐|谋划|在谈|洽谈|摸排|排查|涉及|剩余|尚余|待|需"
)
_ACHIEVED = re.compile(r"完成|建成|新增|实现|累计|拆除|整治|改造|引进|培育|新建|开行|签约|达到|达|已")
_CLAIMS_DONE = re.compile(r"已(?:全面|全部)?完成|全部完成|已落实")
_RANK_WORDS = re.compile(r"排名|前\d|位次|第\d")
_NORMALISE = re.compile(r"[\s，,。.；;：:、!！?？“”\"'（）()]+")
# Qualitative tasks: a report saying something was done (a verb of action) counts as on track.
_ACTIVITY = re.compile(
    r"已|完成|开展|举办|印发|出台|制定|建立|组织|实施|落实|召开|成立|推出|发布|开通|累计|共|推进|推动|形成|编制|签订"
)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _overlap(a: str, b: str) -> float:
    grams = _bigrams(a)
    return len(grams & _bigrams(b)) / len(grams) if grams else 0.0


def _is_percent(unit: str) -> bool:
    return unit.endswith(("%", "％"))


def _is_count(unit: str) -> bool:
    return unit in COUNT_UNITS


def _units_compatible(target: Target, actual: Actual) -> bool:
    t, a = target.quantity, actual.quantity
    if (t.base_unit == a.base_unit and t.unit != "") or t.unit == a.unit:
        return True
    # A lost measure word (农村改厕1220) or another word for the same count (班/列, 个/家).
    return (t.unit == "" or _is_count(t.base_unit)) and _is_count(a.base_unit)


def _line_context(text: str, span: tuple[int, int]) -> str:
    start = text.rfind("\n", 0, span[0]) + 1
    return text[start : span[1]]


def _clause_before(text: str, position: int) -> str:
    start = position
    while start > 0 and not CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    return text[start:position]


def _is_heading(text: str, span: tuple[int, int]) -> bool:
    """A figure restating the goal as a heading (新建30个社区健身点:已建成2个)."""
    rest = text[span[1] : span[1] + 12]
    match = CLAUSE_BREAK.search(rest)
    return bool(match) and match.group() in "：:" and _clause_before(text, span[0]).find("已") < 0


def _achieved_amounts(progress: str, actuals: Iterable[Actual]) -> list[Actual]:
    return [
        a
        for a in actuals
        if a.kind == "amount"
        and not _NOT_ACHIEVED.search(_clause_before(progress, a.span[0]))
        and not _is_heading(progress, a.span)
    ]


def _target_class(target: Target) -> str:
    if target.kind in ("growth_rate", "decline_rate"):
        return "rate"
    if _RANK_WORDS.search(target.text) and target.quantity.unit in ("", "位", "名"):
        return "rank"
    if target.kind == "level" and _is_percent(target.quantity.unit):
        return "level"
    return "amount"


def _candidates(target: Target, progress: str, actuals: Sequence[Actual]) -> list[Actual]:
    cls = _target_class(target)
    if cls == "rate":
        return [a for a in actuals if a.kind == "growth_rate"]
    if cls == "rank":
        return [a for a in actuals if a.kind == "rank"]
    if cls == "level":
        return [a for a in actuals if a.kind == "amount" and _is_percent(a.quantity.unit)]
    return [a for a in _achieved_amounts(progress, actuals) if _units_compatible(target, a)]


def _score(target: Target, actual: Actual, progress: str) -> float:
    context = actual.metric + _line_context(progress, actual.span)
    score = 3 * _overlap(target.metric or target.text, context)
    if _ACHIEVED.search(_clause_before(progress, actual.span[0]) + actual.text):
        score += 1
    if actual.cumulative:
        score += 0.5
    if actual.adjusted:
        score -= 0.5
    return score


def pair_figures(
    targets: Sequence[Target], actuals: Sequence[Actual], progress: str
) -> list[tuple[Target, Actual | None]]:
    """Each target with the figure reported for it (or None); a figure serves one target at most."""
    scored: list[tuple[float, int, int, Actual]] = []
    for ti, target in enumerate(targets):
        for ai, actual in enumerate(_candidates(target, progress, actuals)):
            scored.append((_score(target, actual, progress), ti, ai, actual))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    chosen: dict[int, Actual] = {}
    used: set[tuple[int, int]] = set()
    for _, ti, _, actual in scored:
        if ti in chosen or actual.span in {u for u in used}:
            continue
        chosen[ti] = actual
        used.add(actual.span)  # type: ignore[arg-type]
    return [(t, chosen.get(i)) for i, t in enumerate(targets)]


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%".replace(".0%", "%")


def _goal(target: Target) -> str:
    soft = "（力争目标）" if target.soft else ""
    return f"目标{target.text}{soft}"


def _said(actual: Actual, months: int) -> str:
    prefix = (
        ""
        if re.match(r"\s*(?:1|一)\s*[-—–至]", actual.text) or "截至" in actual.text
        else period_label(months)
    )
    return f"{prefix}{actual.text}"


def _judge_rate(target: Target, actual: Actual, expected: float, rules: JudgingRules, months: int) -> Finding:
    value, goal = actual.quantity.value, target.quantity.value
    if target.kind == "decline_rate":
        # A decline target of 16 is met by a change of -16 or lower.
        value, goal = -value, goal
    if target.comparator == "<=":
        met = value <= goal + 1e-9
        gap = value - goal
    else:
        slack = rules.about_tolerance_points if target.comparator == "~" else 0.0
        met = value >= goal - slack - 1e-9
        gap = goal - value
    said = _said(actual, months)
    if met:
        status: Status = "completed" if expected >= 1 else "on_track"
        reason = f"{_goal(target)}，{said}，符合预期。"
    else:
        status = "lagging"
        direction = "高于" if target.comparator == "<=" else "低于"
        reason = f"{_goal(target)}，{said}，{direction}目标{_fmt(abs(gap))}个百分点，不达预期。"
    return Finding(target, actual, status, None, expected, reason)


def _judge_level(
    target: Target, actual: Actual, expected: float, rules: JudgingRules, months: int
) -> Finding:
    value, goal = actual.quantity.value, target.quantity.value
    slack = 0.0 if expected >= 1 else rules.level_tolerance * goal
    met = value <= goal + slack + 1e-9 if target.comparator == "<=" else value >= goal - slack - 1e-9
    said = _said(actual, months)
    if met:
        status: Status = "completed" if expected >= 1 else "on_track"
        reason = f"{_goal(target)}，{said}，符合预期。"
    else:
        status = "lagging"
        direction = "高于" if target.comparator == "<=" else "低于"
        reason = f"{_goal(target)}，{said}，{direction}目标值，不达预期。"
    return Finding(target, actual, status, None, expected, reason)


def _judge_rank(target: Target, actual: Actual, expected: float, months: int) -> Finding:
    met = actual.quantity.value <= target.quantity.value
    status: Status = ("completed" if expected >= 1 else "on_track") if met else "lagging"
    verdict = "符合预期" if met else "低于目标名次，不达预期"
    return Finding(
        target, actual, status, None, expected, f"{_goal(target)}，{_said(actual, months)}，{verdict}。"
    )


def amount_status(ratio: float, expected: float, rules: JudgingRules, goal: float | None = None) -> Status:
    """The status of an amount target at `ratio` of its goal when `expected` of the time has passed."""
    if ratio >= 1 - 1e-9:
        return "completed"
    if ratio >= expected + rules.ahead_margin - 1e-9:
        return "ahead"
    needed = rules.on_track_factor * expected
    if goal is not None and rules.round_down_counts:
        # Whole items: 1 of 3 at mid-year meets floor(0.8 × 1.5) = 1.
        needed = math.floor(needed * goal + 1e-9) / goal
    return "on_track" if ratio >= needed - 1e-9 else "lagging"


def _judge_amount(
    target: Target, actual: Actual, expected: float, rules: JudgingRules, months: int
) -> Finding:
    if actual.kind == "share":
        ratio = actual.quantity.value / 100
    else:
        ratio = actual.quantity.base_value / target.quantity.base_value if target.quantity.base_value else 0.0
    if target.comparator == "<=":
        # A cap (控制在…以内): met while the amount stays under it.
        status: Status = "on_track" if ratio <= 1 + 1e-9 else "lagging"
        verdict = "未超过控制目标" if status == "on_track" else "已超过控制目标"
        reason = f"{_goal(target)}，{_said(actual, months)}，{verdict}。"
        return Finding(target, actual, status, ratio, expected, reason)
    whole = _is_count(target.quantity.base_unit) or target.quantity.unit == ""
    status = amount_status(ratio, expected, rules, target.quantity.value if whole else None)
    said = _said(actual, months)
    schedule = f"序时进度{_pct(expected)}"
    verdict = {
        "completed": "已完成年度目标",
        "ahead": f"超过{schedule}",
        "on_track": f"达到{schedule}要求" if ratio >= expected else f"略低于{schedule}，正常推进",
        "lagging": f"低于{schedule}",
    }[status]
    reason = f"{_goal(target)}，{said}，完成{_pct(ratio)}，{verdict}。"
    return Finding(target, actual, status, ratio, expected, reason)


def _shares(progress: str, actuals: Sequence[Actual]) -> list[Actual]:
    return [a for a in actuals if a.kind == "share"]


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


@dataclass(frozen=True, slots=True)
class _StageVerdict:
    status: Status
    reason: str
    hits: tuple[StageHit, ...]


def _judge_by_stage(
    task: str,
    progress: str,
    targets: Sequence[Target],
    months: int,
    rules: JudgingRules,
) -> _StageVerdict:
    """The status a progress text without usable figures earns from the stage it reports."""
    expected = months / 12
    reading = detect_stages(progress)
    highest, lowest = reading.highest, reading.lowest
    quantified = bool(targets)
    delivery = any(t.kind == "increment" for t in targets)
    subject = _goal(targets[0]) + "，" if targets else ""
    passed = [d for d in find_deadlines(task) if d.month <= months]

    if reading.lagging:
        hit = reading.lagging[0]
        return _StageVerdict("lagging", f"{subject}推进情况自述{_quote(hit)}。", (hit,))
    for deadline in passed:
        if highest is None or highest < deadline.milestone:
            where = STAGE_LABELS[highest] if highest is not None else "未说明进展阶段"
            hits = reading.hits[:1]
            said = f"（{_quote(hits[0])}）" if hits else ""
            reason = f"任务要求“{deadline.text}”，时限已到，目前{where}{said}。"
            return _StageVerdict("lagging", reason, hits)
    if highest is None and reading.progressing:
        hit = reading.progressing[0]
        return _StageVerdict("on_track", f"{subject}推进情况表述为{_quote(hit)}，按正常推进研判。", (hit,))
    if highest is None:
        if not quantified and _ACTIVITY.search(progress):
            return _StageVerdict("on_track", "定性任务，已报送推进情况且未述及滞后，按正常推进研判。", ())
        return _StageVerdict("unknown", f"{subject}未报告可比数据，也未说明推进阶段，需人工研判。", ())

    if highest == Stage.DONE and lowest == Stage.DONE:
        hit = reading.first(Stage.DONE)
        return _StageVerdict("completed", f"{subject}推进情况表述为{_quote(hit)}，已完成。", (hit,))  # type: ignore[arg-type]
    if highest >= Stage.EXECUTING:
        hit = reading.first(Stage.EXECUTING) or reading.first(Stage.DONE)
        return _StageVerdict(
            "on_track",
            f"{subject}已进入实施阶段（{_quote(hit)}），正常推进。",
            (hit,),  # type: ignore[arg-type]
        )
    if highest == Stage.PREPARING:
        hit = reading.first(Stage.PREPARING)
        assert hit is not None
        late = expected >= rules.preparing_lagging_from - 1e-9 or (
            delivery and expected >= rules.delivery_preparing_lagging_from - 1e-9
        )
        if late:
            reason = (
                f"{subject}仍处于前期准备阶段（{_quote(hit)}），尚未进入实施，"
                f"时间进度已达{_pct(expected)}，推进滞后。"
            )
            return _StageVerdict("lagging", reason, (hit,))
        return _StageVerdict(
            "on_track", f"{subject}处于前期准备阶段（{_quote(hit)}），按正常推进研判。", (hit,)
        )
    hit = reading.first(Stage.NOT_STARTED)
    assert hit is not None
    if expected >= rules.not_started_lagging_from - 1e-9:
        reason = f"{subject}推进情况表述为{_quote(hit)}，尚未启动，时间进度已达{_pct(expected)}，推进滞后。"
        return _StageVerdict("lagging", reason, (hit,))
    return _StageVerdict("not_started", f"{subject}推进情况表述为{_quote(hit)}，尚未启动。", (hit,))


def _normalised(text: str) -> str:
    return _NORMALISE.sub("", text)


def _warnings(
    task: str,
    progress: str,
    pairs: Sequence[tuple[Target, Actual | None]],
    actuals: Sequence[Actual],
    previous: str | None,
    previous_actuals: Sequence[Actual],
    rules: JudgingRules,
) -> list[str]:
    warnings: list[str] = []
    shares = _shares(progress, actuals)
    for target, actual in pairs:
        if actual is None or actual.kind != "amount" or not target.quantity.base_value:
            continue
        ratio = actual.quantity.base_value / target.quantity.base_value
        line = _line_context(progress, (actual.span[0], len(progress)))
        line_end = progress.find("\n", actual.span[1])
        for share in shares:
            same_line = share.span[0] >= actual.span[1] and (line_end < 0 or share.span[0] < line_end)
            if not same_line or line is None:
                continue
            if abs(share.quantity.value - ratio * 100) > rules.share_tolerance_points:
                warnings.append(
                    f"所述完成比例{_fmt(share.quantity.value)}%与数据不符：{actual.text}"
                    f"对目标{target.text}应为{_pct(ratio)}。"
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
                and _overlap(actual.metric or target.metric, before.metric or before.text) >= 0.5
                and before.quantity.base_value > actual.quantity.base_value
            ):
                warnings.append(f"累计数据低于上期：本期{actual.text}，上期{before.text}。")
                break
    amount_targets = [t for t, _ in pairs if _target_class(t) == "amount"]
    if amount_targets and all(a is None for _, a in pairs) and not shares:
        claim = _CLAIMS_DONE.search(progress)
        if claim:
            warnings.append(
                f"推进情况称“{claim.group()}”，但未报告与量化目标（{amount_targets[0].text}）可比的完成数据。"
            )
    return warnings


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
    """Judge one progress text against the targets of its task, from figures already extracted."""
    months = months_elapsed(as_of)
    expected = months / 12
    if not progress.strip():
        return Judgement("unreported", None, expected, "本期未填报推进情况。", warnings=("推进情况为空。",))
    deadlines = find_deadlines(task)
    pairs = pair_figures(targets, actuals, progress)
    shares = _shares(progress, actuals)
    amount_targets = [t for t in targets if _target_class(t) == "amount"]
    # A stated share (完成全年任务的66.5%) stands for the one amount target left without a figure.
    if len(shares) >= 1 and len(amount_targets) == 1:
        pairs = [(t, a if a is not None or t is not amount_targets[0] else shares[0]) for t, a in pairs]

    findings: list[Finding] = []
    for target, actual in pairs:
        if actual is None:
            continue
        deadline = _deadline_for(target, deadlines, task)
        share = deadline.expected(months) if deadline and deadline.milestone == Stage.DONE else expected
        cls = _target_class(target)
        if cls == "rate":
            findings.append(_judge_rate(target, actual, share, rules, months))
        elif cls == "level":
            findings.append(_judge_level(target, actual, share, rules, months))
        elif cls == "rank":
            findings.append(_judge_rank(target, actual, share, months))
        else:
            findings.append(_judge_amount(target, actual, share, rules, months))

    warnings = _warnings(task, progress, pairs, actuals, previous, previous_actuals, rules)
    if findings:
        worst = max(findings, key=lambda f: SEVERITY[f.status])
        reason = worst.reason
        if len(findings) > 1 and worst.status == "lagging":
            reason = reason.rstrip("。") + f"（{len(findings)}项量化目标中进度最慢的一项）。"
        evidence = [Evidence("task", worst.target.span, worst.target.text)]
        if worst.actual is not None:
            evidence.append(Evidence("progress", worst.actual.span, worst.actual.text))
        for other in findings:
            if other is not worst and other.actual is not None:
                evidence.append(Evidence("progress", other.actual.span, other.actual.text))
        unmatched = [t.text for t, a in pairs if a is None]
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

    verdict = _judge_by_stage(task, progress, targets, months, rules)
    evidence = [Evidence("progress", hit.span, hit.text) for hit in verdict.hits]
    if targets:
        evidence.insert(0, Evidence("task", targets[0].span, targets[0].text))
    return Judgement(verdict.status, None, expected, verdict.reason, tuple(evidence), tuple(warnings))


def judge_texts(
    task: str,
    progress: str,
    as_of: date,
    *,
    rules: JudgingRules = DEFAULT_RULES,
    previous: str | None = None,
) -> Judgement:
    """Judge a task's progress text as of a date: targets and figures are read from the texts."""
    actuals = extract_actuals(progress) if progress.strip() else []
    previous_actuals = extract_actuals(previous) if previous and previous.strip() else []
    return judge(
        task,
        progress,
        as_of,
        targets=extract_targets(task),
        actuals=actuals,
        rules=rules,
        previous=previous,
        previous_actuals=previous_actuals,
    )


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
    lagging_units = []
    for unit, text in filled.items():
        own = judge_texts(task, text, as_of, rules=rules, previous=previous.get(unit))
        stage_only = not own.findings
        if own.status in ("lagging", "not_started") and (stage_only or combined.status == "lagging"):
            lagging_units.append((unit, own))
    if lagging_units:
        names = "、".join(unit for unit, _ in lagging_units)
        first_unit, first = lagging_units[0]
        if SEVERITY[first.status] > SEVERITY[status]:
            status, ratio = first.status, first.ratio
            reason = f"{first_unit}：{first.reason}"
        if combined.status == "lagging" or SEVERITY[first.status] >= SEVERITY["not_started"]:
            reason = reason.rstrip("。") + f"（{names}负责部分推进滞后）。"
    return Judgement(
        status, ratio, combined.expected, reason, tuple(evidence), tuple(warnings), combined.findings
    )
