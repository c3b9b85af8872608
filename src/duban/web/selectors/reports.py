"""The reports' reader: one plan's period read from the database into the plain ReportData of
`duban.reports`, for the bulletin, the summary table and the public page. Nothing here writes.

Each task carries its stored judgement's status as core.status.choose_status picks it (a person's override,
else the office's own label from the document, else duban's automatic judgement; 未填报 without one), the
same status every page and the API show. Nothing is judged here.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Any

from django.utils import timezone

from duban.core.rules import DEFAULT_RULES
from duban.core.status import NO_JUDGEMENT, early_warning
from duban.errors import DubanError
from duban.reports.data import (
    ReportData,
    ReportTask,
    default_title,
    grouped_by_heading,
    office_name,
    period_name,
)
from duban.web.models import Judgement, Period, Plan, Progress, Task
from duban.web.selectors.judgements import warning_margin
from duban.web.selectors.periods import find_period, previous_period
from duban.web.selectors.plans import only_plan
from duban.web.selectors.progress import COUNTED
from duban.web.selectors.tasks import plan_tasks

# Who a district or county office reports to (the addressee line of corpus 001: "区政府：").
_ADDRESSEES = (("区人民政府", "区政府"), ("县人民政府", "县政府"), ("市人民政府", "市政府"))


# Clauses quoted per task in the bulletin when the judgement gives no reason.
_MAX_FIGURES = 2


_CLAUSE_END = re.compile(r"[。；;\n]")


_TASK_CLAUSE_END = re.compile(r"[，,；;。\n]")


# A time phrase opening a progress sentence: 1-6月， / 截至6月30日， / 上半年， / 前三季度，
_LEADING_TIME = re.compile(
    r"^(?:截至|截止到?|到)?[上下前\d一二三四五六七八九十\-—－~～至年月日]*(?:月|日|季度|半年|年)(?:底|末|份|以来)?[，,：:]"
)


# A short label before a colon naming the sub-item a sentence is about: 整车口岸：
_LEADING_LABEL = re.compile(r"^[^，,。；;：:()（）\d]{2,14}[：:]")


# Headings that are the titles of a report's attachment tables, not parts of a plan.
_ATTACHMENT_TITLE = re.compile(r"(?:情况表|一览表|清单)$")


INDICATOR_PART = "经济社会发展预期目标"


TASK_PART = "重点工作任务"


def load_report_data(
    *,
    plan: str | None,
    period: str,
    progress: Callable[[str], None] | None = None,
    task_ids: Collection[int] | None = None,
) -> ReportData:
    """ReportData for one plan (code or id; the only plan when None) and one period label; with
    `task_ids`, only the plan's tasks among them."""
    the_plan = only_plan(plan)
    return period_report_data(
        period=find_period(the_plan, period), progress=progress, task_ids=task_ids, plan=the_plan
    )


def period_report_data(
    *,
    period: Period,
    progress: Callable[[str], None] | None = None,
    task_ids: Collection[int] | None = None,
    plan: Plan | None = None,
) -> ReportData:
    """ReportData for one period of a plan; with `task_ids`, only the plan's tasks among them."""
    the_plan = plan or period.plan
    if the_plan is None:
        raise DubanError(f"报送期「{period.label}」不属于任何方案，无法生成报告")
    as_of = period.as_of
    tasks = list(plan_tasks(plan=the_plan))
    if task_ids is not None:
        wanted = set(task_ids)
        tasks = [task for task in tasks if task.pk in wanted]
    reports = _progress_by_task(period)
    judgements = _judgements_by_task(period)
    previous = previous_period(period)
    from_report = the_plan.kind == "report"
    report_tasks = [
        _report_task(task, reports.get(task.pk, []), judgements.get(task.pk), from_report=from_report)
        for task in tasks
    ]
    unjudged = sum(1 for task in tasks if reports.get(task.pk) and task.pk not in judgements)
    if progress is not None and unjudged:
        progress(f"{unjudged}项任务有推进情况但尚无研判结果，按未填报列出；可运行 duban rejudge 重新研判")
    if from_report:
        report_tasks = _numbered_in_groups(report_tasks)
    late, missing = _reporting_discipline(tasks, reports, period)
    signer = office_name(the_plan.issuer)
    return ReportData(
        title=_title(the_plan, signer, period.label, from_report=from_report),
        issuer=the_plan.issuer,
        year=the_plan.year,
        period_label=period.label,
        as_of=as_of,
        addressee=_addressee(the_plan.issuer),
        signature=signer,
        signed_on=_signed_on(the_plan, as_of, from_report=from_report),
        tasks=tuple(report_tasks),
        late_units=late,
        missing_units=missing,
        previous_period_label=previous.label if previous else "",
        previous_statuses=_previous_statuses(previous, tasks) if previous else {},
        method_note=DEFAULT_RULES.describe() + _warning_note(tasks, judgements),
    )


def _warning_note(tasks: list[Task], judgements: dict[int, Judgement]) -> str:
    """The method note's sentence on 黄灯 (core.status.early_warning), with the period's count."""
    margin = warning_margin()
    warned = 0
    for task in tasks:
        j = judgements.get(task.pk)
        if j is not None and early_warning(
            status=j.effective_status,
            automatic=j.status,
            ratio=j.ratio,
            expected=j.expected,
            on_track_factor=DEFAULT_RULES.on_track_factor,
            margin=margin,
        ):
            warned += 1
    return (
        f"正常推进的数量类任务中，完成比例高于“滞后”线（序时进度的{DEFAULT_RULES.on_track_factor:g}倍）"
        f"不足{margin * 100:g}个百分点的，列为黄灯预警，本期共{warned}项。"
    )


def _title(plan: Plan, signer: str, period_label: str, *, from_report: bool) -> str:
    """The title of the report a plan was rebuilt from when it is about this period, else the usual one."""
    if from_report and plan.title and (period_label in plan.title or period_name(period_label) in plan.title):
        return plan.title
    return default_title(signer, plan.year, period_label)


def _signed_on(plan: Plan, as_of: date, *, from_report: bool) -> date:
    """The date of the report a plan was rebuilt from (when it follows the period), else today."""
    if from_report and plan.date:
        try:
            written = date.fromisoformat(plan.date[:10])
        except ValueError:
            written = None
        if written is not None and written >= as_of:
            return written
    return max(timezone.localdate(), as_of)


def _progress_by_task(period: Period) -> dict[int, list[Progress]]:
    """Reports of the period that count: imported whole-row reports and units' submitted ones."""
    grouped: dict[int, list[Progress]] = defaultdict(list)
    rows = (
        Progress.objects.filter(COUNTED, period=period)
        .select_related("unit")
        .prefetch_related("actuals")
        .order_by("task_id", "unit_id", "pk")
    )
    for report in rows:
        grouped[report.task_id].append(report)
    return grouped


def _judgements_by_task(period: Period) -> dict[int, Judgement]:
    return {j.task_id: j for j in Judgement.objects.filter(period=period, unit__isnull=True)}


def _previous_statuses(period: Period, tasks: list[Task]) -> dict[str, str]:
    """Each task's status in an earlier period, chosen as this period's are (未填报 without a judgement),
    so movement reads the same here as on the dashboard."""
    chosen = {
        j.task_id: j.effective_status for j in Judgement.objects.filter(period=period, unit__isnull=True)
    }
    return {task.ref: chosen.get(task.pk, NO_JUDGEMENT) for task in tasks}


def _ordered_text(task: Task, reports: list[Progress]) -> str:
    lead = {tu.unit_id for tu in task.task_units.all() if tu.role == "lead"}
    ordered = sorted(reports, key=lambda r: (r.unit_id is not None, r.unit_id not in lead, r.unit_id or 0))
    return "\n".join(r.text.strip() for r in ordered if r.text.strip())


def _report_task(
    task: Task, reports: list[Progress], judgement: Judgement | None, *, from_report: bool
) -> ReportTask:
    """The task as the writers see it, with its stored judgement."""
    text = _ordered_text(task, reports)
    figures = tuple(dict.fromkeys(s for r in reports for s in figure_phrases(r.text, r.actuals.all())))
    status, label, reason, overridden = NO_JUDGEMENT, "", "", False
    evidence: list[dict[str, Any]] = []
    if judgement is not None:
        status = judgement.effective_status
        reason = judgement.effective_reason
        overridden = judgement.is_overridden
        if not overridden and judgement.office_status:
            label = judgement.office_label
        # The automatic evidence explains the status only when the automatic judgement is the one shown.
        if status == judgement.status and not overridden:
            evidence = judgement.evidence or []
    units = list(task.task_units.all())
    return ReportTask(
        ref=task.ref,
        seq=task.seq,
        text=task.text,
        kind=task.kind,
        section=_section(task, from_report=from_report),
        category=task.category,
        lead_leaders=tuple(tl.leader.name for tl in task.task_leaders.all()),
        lead_units=tuple(tu.unit.name for tu in units if tu.role == "lead"),
        co_units=tuple(tu.unit.name for tu in units if tu.role == "co"),
        progress=text,
        status=status,
        label=label,
        reason=reason,
        figures=figures[:_MAX_FIGURES],
        focus=_focus(task.text, evidence),
        overridden=overridden,
        problems="\n".join(dict.fromkeys(r.problems for r in reports if r.problems)),
        next_steps="\n".join(dict.fromkeys(r.next_steps for r in reports if r.next_steps)),
    )


def _numbered_in_groups(tasks: list[ReportTask]) -> list[ReportTask]:
    """Tasks of a plan rebuilt from a report are numbered per attachment (1-7, then 1-124): number them
    once per kind in the order the summary lists them (grouped by category), keeping the given order."""
    numbers: dict[str, int] = {}
    counters: dict[str, int] = {}
    for task in grouped_by_heading(tasks):
        counters[task.kind] = counters.get(task.kind, 0) + 1
        numbers[task.ref] = counters[task.kind]
    return [dataclasses.replace(task, seq=numbers[task.ref]) for task in tasks]


def _section(task: Task, *, from_report: bool) -> tuple[str, ...]:
    """The task's section path. A plan rebuilt from a report has the report's attachment titles as
    sections (推进较为滞后的7项重点工作任务1-6月进展情况表): they name a judgement, not a part of the
    plan, so such tasks fall under the plain part names the bulletin and the summary use."""
    path = tuple(task.section.path) if task.section is not None else ((task.part,) if task.part else ())
    if from_report and path and _ATTACHMENT_TITLE.search(path[-1]):
        return (INDICATOR_PART,) if task.kind == "indicator" else (TASK_PART,)
    return path


def _focus(task_text: str, evidence: list[dict[str, Any]]) -> str:
    """The clause of the task text holding the target the judgement rests on, when the task has several."""
    span = next((e.get("span") for e in evidence if e.get("source") == "task" and e.get("span")), None)
    if not span:
        return ""
    start, end = span
    bounds = [0, *(m.end() for m in _TASK_CLAUSE_END.finditer(task_text)), len(task_text)]
    for left, right in itertools.pairwise(bounds):
        if left <= start < right:
            clause = task_text[left:right].strip().rstrip("，,；;。")
            return clause if clause != task_text.strip().rstrip("。；;") and end <= right else ""
    return ""


def figure_phrases(text: str, actuals: Iterable[Any]) -> list[str]:
    """Short phrases quoting the figures of a progress text, as a bulletin quotes them.

    For each sentence holding figures: from the sentence's start, without its leading time phrase
    (1-6月，/截至6月30日，) or a short sub-item label (整车口岸：), to the end of its last figure that is
    not inside brackets (rankings and adjusted figures in brackets stay out): "地区生产总值增长4.4%".
    """
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text)]
    ends: dict[int, int] = {}
    for actual in actuals:
        if actual.kind == "rank":
            continue
        for start, end in itertools.pairwise(bounds):
            if start <= actual.span_start < end and not _inside_brackets(text[start : actual.span_end]):
                ends[start] = max(ends.get(start, 0), actual.span_end)
                break
    phrases = []
    for start, end in sorted(ends.items()):
        phrase = text[start:end].strip()
        phrase = _LEADING_LABEL.sub("", phrase, count=1)
        phrase = _LEADING_TIME.sub("", phrase, count=1).strip()
        if phrase:
            phrases.append(phrase)
    return phrases


def _inside_brackets(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _reporting_discipline(
    tasks: list[Task], reports: dict[int, list[Progress]], period: Period
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lead units that reported after the deadline, and lead units with a task still unreported."""
    late: dict[str, None] = {}
    missing: dict[str, None] = {}
    for task in tasks:
        task_reports = reports.get(task.pk, [])
        if period.deadline is not None:
            for report in task_reports:
                if report.unit is not None and report.submitted_at and report.submitted_at > period.deadline:
                    late[report.unit.name] = None
        if task_reports:
            continue
        for task_unit in task.task_units.all():
            if task_unit.role == "lead":
                missing[task_unit.unit.name] = None
    return tuple(late), tuple(name for name in missing if name not in late)


def _addressee(issuer: str) -> str:
    return next((to for marker, to in _ADDRESSEES if marker in issuer), "")
