"""`duban report bulletin|summary|public`: read one plan's period from the database into the plain
ReportData of `duban.reports` and hand it to a writer. Nothing here writes to the database.

Which judgement a task carries, most authoritative first: a person's override; the label the office
printed in the document the progress was imported from (滞后, 符合预期 …); the stored automatic
judgement; a judgement computed now from the progress text (not stored); 未填报 without progress.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from duban.errors import DubanError
from duban.reports.data import (
    ReportData,
    ReportTask,
    default_title,
    grouped_by_heading,
    office_name,
    period_name,
)
from duban.reports.statuses import status_of_label

if TYPE_CHECKING:
    from duban.web.models import Judgement, Period, Plan, Progress, Task

# Output kinds: (file suffix, what the file is called in messages).
OUTPUTS: dict[str, tuple[str, str]] = {
    "bulletin": (".docx", "督查通报"),
    "summary": (".xlsx", "汇总表"),
    "public": (".html", "政务公开页"),
}
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


def report_command(
    what: str,
    *,
    period: str,
    plan: str | None,
    output: Path,
    out: TextIO,
    task_ids: Collection[int] | None = None,
) -> int:
    """Write one document for a plan's period; progress lines go to `out`. With `task_ids`, only those
    tasks are reported (a leader's download covers the tasks under that leader)."""
    if what not in OUTPUTS:
        raise DubanError(f"未知的报告类型：{what}（可选 bulletin、summary、public）")
    suffix, name = OUTPUTS[what]
    if output.suffix.lower() != suffix:
        raise DubanError(f"输出文件 {output} 的扩展名应为 {suffix}（{name}）")
    if not output.parent.is_dir():
        raise DubanError(f"输出目录不存在：{output.parent}")
    from duban.web.commands import setup_django

    started = time.perf_counter()
    setup_django()
    out.write(f"正在读取{period}的任务、推进情况和研判结果……\n")
    data = load_report_data(
        plan=plan, period=period, progress=lambda line: out.write(line + "\n"), task_ids=task_ids
    )
    out.write(
        f"共{len(data.tasks)}项（预期目标{len(data.indicators)}项，重点工作{len(data.key_tasks)}项），正在生成{name}……\n"
    )
    write_report(what, data, output)
    out.write(f"已生成{name}：{output}（用时{time.perf_counter() - started:.1f}秒）\n")
    return 0


def write_report(what: str, data: ReportData, output: Path) -> None:
    """Call the writer of `what` on `data`."""
    if what == "bulletin":
        from duban.reports.bulletin import write_bulletin

        write_bulletin(data, output)
    elif what == "summary":
        from duban.reports.summary import write_summary

        write_summary(data, output)
    else:
        from duban.reports.public import write_public

        write_public(data, output)


def load_report_data(
    *,
    plan: str | None,
    period: str,
    progress: Callable[[str], None] | None = None,
    task_ids: Collection[int] | None = None,
) -> ReportData:
    """ReportData for one plan (code or id; the only plan when None) and one period label; with
    `task_ids`, only the plan's tasks among them."""
    from duban.web.selectors import only_plan, plan_tasks
    from duban.web.workflow import as_of_date

    the_plan = only_plan(plan)
    the_period = _find_period(the_plan, period)
    as_of = as_of_date(the_period)
    tasks = list(plan_tasks(plan=the_plan))
    if task_ids is not None:
        wanted = set(task_ids)
        tasks = [task for task in tasks if task.pk in wanted]
    reports = _progress_by_task(the_period)
    judgements = _judgements_by_task(the_period)
    previous = _previous_period(the_period)
    from_report = the_plan.kind == "report"
    computed = 0
    report_tasks = []
    for task in tasks:
        report_task, was_computed = _report_task(
            task, reports.get(task.pk, []), judgements.get(task.pk), as_of, from_report=from_report
        )
        computed += was_computed
        report_tasks.append(report_task)
    if from_report:
        report_tasks = _numbered_in_groups(report_tasks)
    if progress is not None and computed:
        progress(f"{computed}项任务尚无研判结果，已按推进情况即时研判（未保存）")
    late, missing = _reporting_discipline(tasks, reports, the_period)
    signer = office_name(the_plan.issuer)
    return ReportData(
        title=_title(the_plan, signer, the_period.label, from_report=from_report),
        issuer=the_plan.issuer,
        year=the_plan.year,
        period_label=the_period.label,
        as_of=as_of,
        addressee=_addressee(the_plan.issuer),
        signature=signer,
        signed_on=_signed_on(the_plan, as_of, from_report=from_report),
        tasks=tuple(report_tasks),
        late_units=late,
        missing_units=missing,
        previous_period_label=previous.label if previous else "",
        previous_statuses=_previous_statuses(previous) if previous else {},
        method_note=_method_note(),
    )


def _title(plan: Plan, signer: str, period_label: str, *, from_report: bool) -> str:
    """The title of the report a plan was rebuilt from when it is about this period, else the usual one."""
    if from_report and plan.title and (period_label in plan.title or period_name(period_label) in plan.title):
        return plan.title
    return default_title(signer, plan.year, period_label)


def _signed_on(plan: Plan, as_of: date, *, from_report: bool) -> date:
    """The date of the report a plan was rebuilt from (when it follows the period), else today."""
    from django.utils import timezone

    if from_report and plan.date:
        try:
            written = date.fromisoformat(plan.date[:10])
        except ValueError:
            written = None
        if written is not None and written >= as_of:
            return written
    return max(timezone.localdate(), as_of)


def _find_period(plan: Plan, label: str) -> Period:
    from duban.web.models import Period

    found = Period.objects.filter(plan=plan, label=label).first()
    if found is None:
        labels = (
            "、".join(Period.objects.filter(plan=plan).values_list("label", flat=True)) or "（尚无报送期）"
        )
        raise DubanError(f"方案「{plan.code}」没有报送期「{label}」。已有报送期：{labels}")
    return found


def _progress_by_task(period: Period) -> dict[int, list[Progress]]:
    """Reports of the period that count: imported whole-row reports and units' submitted ones."""
    from duban.web.models import Progress, ProgressStatus

    grouped: dict[int, list[Progress]] = defaultdict(list)
    rows = (
        Progress.objects.filter(period=period)
        .select_related("unit")
        .prefetch_related("actuals")
        .order_by("task_id", "unit_id", "pk")
    )
    for report in rows:
        if report.unit_id is None or report.status == ProgressStatus.SUBMITTED:
            grouped[report.task_id].append(report)
    return grouped


def _judgements_by_task(period: Period) -> dict[int, Judgement]:
    from duban.web.models import Judgement

    return {j.task_id: j for j in Judgement.objects.filter(period=period, unit__isnull=True)}


def _previous_period(period: Period) -> Period | None:
    from duban.web.models import Period

    if period.plan_id is None or period.end is None:
        return None
    return Period.objects.filter(plan_id=period.plan_id, end__lt=period.end).order_by("-end", "-pk").first()


def _previous_statuses(period: Period) -> dict[str, str]:
    """Each task's status in an earlier period, by the same precedence as this period's."""
    from duban.web.models import Judgement, Progress

    statuses: dict[str, str] = {}
    for ref, label in Progress.objects.filter(period=period, label__isnull=False).values_list(
        "task__ref", "label"
    ):
        status = status_of_label(label)
        if status:
            statuses[ref] = status
    for judgement in Judgement.objects.filter(period=period, unit__isnull=True).select_related("task"):
        if judgement.override_status or judgement.task.ref not in statuses:
            statuses[judgement.task.ref] = judgement.effective_status
    return statuses


def _ordered_text(task: Task, reports: list[Progress]) -> str:
    lead = {tu.unit_id for tu in task.task_units.all() if tu.role == "lead"}
    ordered = sorted(reports, key=lambda r: (r.unit_id is not None, r.unit_id not in lead, r.unit_id or 0))
    return "\n".join(r.text.strip() for r in ordered if r.text.strip())


def _report_task(
    task: Task, reports: list[Progress], judgement: Judgement | None, as_of: date, *, from_report: bool
) -> tuple[ReportTask, bool]:
    """The task as the writers see it; the flag tells whether its judgement was computed just now."""
    text = _ordered_text(task, reports)
    office_label = next((r.label for r in reports if r.label and status_of_label(r.label)), "")
    figures = tuple(dict.fromkeys(s for r in reports for s in figure_phrases(r.text, r.actuals.all())))
    computed = False
    label = ""
    overridden = False
    evidence: list[dict[str, Any]] = []
    if judgement is not None and judgement.override_status:
        status = judgement.override_status
        reason = judgement.override_reason or judgement.reason
        overridden = True
    elif office_label:
        status = status_of_label(office_label) or "unknown"
        label = office_label
        # The automatic reason explains the office's judgement only when both agree.
        automatic = (
            (judgement.status, judgement.reason, judgement.evidence) if judgement is not None else None
        )
        if judgement is None and text:
            result = _judge(task.text, text, as_of)
            automatic = (result["status"], result.get("reason") or "", result.get("evidence") or [])
        if automatic is not None and automatic[0] == status:
            reason, evidence = automatic[1], automatic[2]
        else:
            reason = ""
    elif judgement is not None:
        status, reason, evidence = judgement.status, judgement.reason, judgement.evidence
    elif text:
        result = _judge(task.text, text, as_of)
        status, reason = result["status"], result.get("reason") or ""
        evidence = result.get("evidence") or []
        computed = True
    else:
        status, reason = "unreported", ""
    units = list(task.task_units.all())
    return (
        ReportTask(
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
        ),
        computed,
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


def _judge(task_text: str, progress_text: str, as_of: date) -> dict[str, Any]:
    from duban.web.preview import judge

    return judge(task_text, progress_text, as_of)


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


def _method_note() -> str:
    try:
        from duban.core.rules import DEFAULT_RULES
    except ImportError:
        from duban.reports.method import default_method_note

        return default_method_note()
    return DEFAULT_RULES.describe()
