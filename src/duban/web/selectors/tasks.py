"""Reads of tasks: the task list, one task's page, the public table and the plan's tasks for the CLI."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import F, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce

from duban.core.status import STATUS_LABELS, status_label
from duban.web import permissions
from duban.web.models import (
    Judgement,
    Period,
    Plan,
    Progress,
    ProgressStatus,
    Section,
    Task,
    TaskLeader,
    TaskUnit,
    Unit,
    UnitRole,
)
from duban.web.permissions import Actor
from duban.web.selectors.history import HistoryEntry, who
from duban.web.selectors.judgements import chosen_status, with_reason, with_status
from duban.web.selectors.periods import previous_period
from duban.web.selectors.units import find_units


def with_people(tasks: QuerySet[Task]) -> QuerySet[Task]:
    return tasks.select_related("section").prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit")),
        Prefetch("task_leaders", queryset=TaskLeader.objects.select_related("leader")),
    )


@dataclass
class TaskFilters:
    section: int | None = None
    unit: int | None = None
    leader: int | None = None
    status: str | None = None
    changed: bool = False
    q: str = ""
    sort: str = "seq"
    # Drill-down from the dashboard: the unit as lead only (its 按牵头单位 row), the status in the previous
    # period (a 较上期变化 row), the yellow light.
    lead: bool = False
    prev: str | None = None
    warning: bool = False


SORTS = {
    "seq": ("order",),
    "-seq": ("-order",),
    "status": ("cur_status", "order"),
    "-status": ("-cur_status", "order"),
    "section": ("section__order", "order"),
    "-section": ("-section__order", "order"),
}


def task_list(
    actor: Actor, period: Period | None, filters: TaskFilters, *, plan: Plan | None = None
) -> QuerySet[Task]:
    """The task list page: the actor's tasks of the period's plan (or of `plan`, which may have no period
    yet: then every task is 未填报), filtered, with their statuses."""
    previous = previous_period(period) if period is not None else None
    plan_id = plan.pk if plan is not None else period.plan_id if period is not None else None
    tasks = permissions.tasks_visible_to(actor, Task.objects.filter(plan_id=plan_id))
    if filters.section:
        tasks = tasks.filter(
            Q(section_id=filters.section)
            | Q(section__parent_id=filters.section)
            | Q(section__parent__parent_id=filters.section)
        )
    if filters.unit:
        links = TaskUnit.objects.filter(unit_id=filters.unit)
        if filters.lead:
            links = links.filter(role=UnitRole.LEAD)
        tasks = tasks.filter(pk__in=links.values("task_id"))
    if filters.leader:
        tasks = tasks.filter(pk__in=TaskLeader.objects.filter(leader_id=filters.leader).values("task_id"))
    if filters.q:
        tasks = tasks.filter(text__icontains=filters.q)
    tasks = with_status(tasks, period, previous)
    if filters.status:
        tasks = tasks.filter(cur_status=filters.status)
    if filters.changed and previous is not None:
        tasks = tasks.exclude(cur_status=Coalesce("prev_status", Value("")))
    if filters.prev and previous is not None:
        tasks = tasks.filter(prev_status=filters.prev)
    if filters.warning:
        tasks = tasks.filter(cur_warning=True)
    return with_people(tasks).order_by(*SORTS.get(filters.sort, SORTS["seq"]))


def filter_choices(plan_id: int) -> dict[str, Any]:
    return {
        "sections": Section.objects.filter(plan_id=plan_id).order_by("order"),
        "units": Unit.objects.filter(task_units__task__plan_id=plan_id).distinct().order_by("name"),
        "leaders": TaskLeader.objects.filter(task__plan_id=plan_id)
        .values_list("leader_id", "leader__name")
        .distinct()
        .order_by("leader__name"),
        "statuses": list(STATUS_LABELS.items()),
    }


@dataclass(frozen=True)
class UnitReport:
    """One unit's part of a task in a period: its report (None when it has not reported or the reader may not
    see the draft) and the stored judgement of that report alone (None for a draft or a whole-task row)."""

    name: str
    role: str | None
    progress: Progress | None
    own: Judgement | None


@dataclass
class PeriodColumn:
    period: Period
    reports: list[UnitReport]
    judgement: Judgement | None


def task_detail(actor: Actor, task: Task) -> dict[str, Any]:
    """Every period's progress per unit (lead units first, each with its own report's stored judgement),
    the task's judgements with evidence and warnings, and the change history."""
    periods = list(
        permissions.periods_visible_to(actor, Period.objects.filter(plan_id=task.plan_id)).order_by("end")
    )
    units = list(task.task_units.select_related("unit"))
    seen: dict[int, list[Progress]] = defaultdict(list)
    for p in (
        Progress.objects.filter(task=task, period__in=periods)
        .select_related("unit", "period")
        .prefetch_related("attachments")
        .order_by("unit_id")
    ):
        if p.status == ProgressStatus.SUBMITTED or actor.sees_everything or p.unit_id in actor.unit_ids:
            seen[p.period_id].append(p)
    own = {
        (j.period_id, j.unit_id): j
        for j in Judgement.objects.filter(task=task, period__in=periods, unit__isnull=False)
    }
    reports: dict[int, list[UnitReport]] = {}
    for period in periods:
        by_unit = {p.unit_id: p for p in seen[period.pk]}
        rows: list[UnitReport] = []
        whole = None in by_unit
        for link in units:
            if link.unit_id in by_unit or (not whole and all(r.name != link.unit.name for r in rows)):
                rows.append(_unit_report(link.unit.name, link.role, by_unit.pop(link.unit_id, None), own))
        # Reports stored for the whole task (an imported row) or by a unit no longer linked come last.
        rows += [
            _unit_report(p.unit.name if p.unit else "全部责任单位", None, p, own) for p in by_unit.values()
        ]
        reports[period.pk] = rows
    judgements = {
        j.period_id: j
        for j in Judgement.objects.filter(task=task, period__in=periods, unit__isnull=True).select_related(
            "overridden_by", "confirmed_by"
        )
    }
    targets = list(task.targets.all())
    columns = [PeriodColumn(period=p, reports=reports[p.pk], judgement=judgements.get(p.pk)) for p in periods]
    return {
        "columns": list(reversed(columns)),
        "units": units,
        "leaders": list(task.task_leaders.select_related("leader")),
        "targets": targets,
        "target_spans": [{"span": [t.span_start, t.span_end]} for t in targets],
        "history": task_history(actor, task) if not actor.is_public else [],
    }


def _unit_report(
    name: str, role: str | None, progress: Progress | None, own: dict[tuple[int, int | None], Judgement]
) -> UnitReport:
    judgement = None
    if progress is not None and progress.unit_id is not None:
        judgement = own.get((progress.period_id, progress.unit_id))
    return UnitReport(name=name, role=role, progress=progress, own=judgement)


def task_history(actor: Actor, task: Task, limit: int = 100) -> list[HistoryEntry]:
    """Every saved change of the task's progress and judgements, newest first.

    Outside the office, drafts of other units stay private: only submitted versions and the actor's own.
    """
    entries = []
    saved = Progress.history.filter(task_id=task.pk)
    if not actor.sees_everything:
        saved = saved.filter(Q(status=ProgressStatus.SUBMITTED) | Q(unit_id__in=actor.unit_ids))
    for h in saved.select_related("history_user", "period", "unit").order_by("-history_date")[:limit]:
        kind = {"+": "新建", "~": "修改", "-": "删除"}[h.history_type]
        state = dict(ProgressStatus.choices).get(h.status, h.status)
        entries.append(
            HistoryEntry(
                at=h.history_date,
                who=who(h.history_user),
                what=f"{kind}推进情况（{h.period.label}，{h.unit.name if h.unit else '—'}，{state}，第{h.version}版）",
                detail=h.text,
            )
        )
    for h in (
        Judgement.history.filter(task_id=task.pk)
        .select_related("history_user", "period")
        .order_by("-history_date")[:limit]
    ):
        if h.override_status:
            what = f"人工研判为“{status_label(h.override_status)}”（{h.period.label}）"
            detail = h.override_reason
        elif (h.history_change_reason or "").startswith("确认研判"):
            what = f"{h.history_change_reason}（{h.period.label}）"
            detail = h.reason
        else:
            what = f"自动研判为“{status_label(h.status)}”（{h.period.label}）"
            detail = h.reason
        entries.append(HistoryEntry(at=h.history_date, who=who(h.history_user), what=what, detail=detail))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


@dataclass
class PublicRow:
    task: Task
    text: str
    status: str


def public_table(period: Period) -> list[PublicRow]:
    """The published table: each task, its lead units, the submitted progress and the effective status."""
    tasks = with_status(Task.objects.filter(plan_id=period.plan_id), period, None)
    texts: dict[int, list[str]] = defaultdict(list)
    for task_id, text in (
        Progress.objects.filter(period=period, status=ProgressStatus.SUBMITTED)
        .order_by("task_id", "unit__name")
        .values_list("task_id", "text")
    ):
        texts[task_id].append(text)
    return [
        PublicRow(task=t, text="\n".join(texts.get(t.pk, [])), status=t.cur_status)
        for t in with_people(tasks).order_by("order")
    ]


@dataclass(frozen=True)
class ReviewFilters:
    status: str | None = None
    unit: int | None = None
    warnings: bool = False
    lead: bool = False  # the unit as lead only (a dashboard row's drill-down)


def review_queue(period: Period, filters: ReviewFilters | None = None) -> list[Task]:
    """Tasks whose status is 待研判 or changed since the previous period, neither overridden nor confirmed by
    the office as they stand; filtered by status, by unit (lead or co) and to those with warnings. Each
    carries `warnings` (the judgement's) beside its status and reason."""
    filters = filters or ReviewFilters()
    previous = previous_period(period)
    tasks = with_status(Task.objects.filter(plan_id=period.plan_id), period, previous)
    judged = Judgement.objects.filter(period=period, unit__isnull=True, override_status__isnull=True)
    if filters.warnings:
        judged = judged.exclude(warnings=[])
    unconfirmed = judged.annotate(shown=chosen_status()).filter(
        Q(confirmed_status__isnull=True) | ~Q(confirmed_status=F("shown"))
    )
    tasks = tasks.filter(pk__in=unconfirmed.values("task_id"))
    condition = Q(cur_status="unknown")
    if previous is not None:
        condition |= ~Q(cur_status=Coalesce("prev_status", Value("")))
    tasks = tasks.filter(condition)
    if filters.status:
        tasks = tasks.filter(cur_status=filters.status)
    if filters.unit:
        links = TaskUnit.objects.filter(unit_id=filters.unit)
        if filters.lead:
            links = links.filter(role=UnitRole.LEAD)
        tasks = tasks.filter(pk__in=links.values("task_id"))
    rows = list(with_reason(with_people(tasks), period).order_by("order"))
    warnings = dict(judged.filter(task__in=[t.pk for t in rows]).values_list("task_id", "warnings"))
    for task in rows:
        task.warnings = warnings.get(task.pk) or []
    return rows


def review_choices(period: Period) -> dict[str, Any]:
    """What the review queue's filters offer: the statuses and the plan's units."""
    return {
        "statuses": list(STATUS_LABELS.items()),
        "units": Unit.objects.filter(task_units__task__plan_id=period.plan_id).distinct().order_by("name"),
    }


def plan_tasks(*, plan: Plan, unit: str | None = None, section: str | None = None) -> QuerySet[Task]:
    """A plan's tasks in document order, optionally only those a unit leads or co-leads, or under a section."""
    tasks = Task.objects.filter(plan=plan)
    if unit:
        tasks = tasks.filter(task_units__unit__in=find_units(issuer=plan.issuer, name=unit)).distinct()
    if section:
        tasks = tasks.filter(
            Q(section__key__icontains=section) | Q(part__icontains=section) | Q(category__icontains=section)
        )
    return (
        tasks.select_related("section")
        .prefetch_related(
            Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit").order_by("order")),
            Prefetch("task_leaders", queryset=TaskLeader.objects.select_related("leader").order_by("order")),
            "targets",
        )
        .order_by("order")
    )
