"""Reads of progress reports: a unit's workspace, the report being edited, the units yet to report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from duban.accounts.models import Attachment, Reminder
from duban.web import permissions
from duban.web.models import (
    Judgement,
    Period,
    PeriodStatus,
    Progress,
    ProgressStatus,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
)
from duban.web.permissions import Actor
from duban.web.selectors.periods import previous_period

# The reports of a period that count: whole-task rows from a document and units' submitted ones (a draft
# is its unit's own until it is submitted).
COUNTED = Q(unit__isnull=True) | Q(status=ProgressStatus.SUBMITTED)


def counted_reports(*, task: Task, period: Period) -> list[Progress]:
    """The task's reports that count in a period, in unit order."""
    return list(
        Progress.objects.filter(COUNTED, task=task, period=period).select_related("unit").order_by("unit_id")
    )


@dataclass
class WorkRow:
    task: Task
    unit: Unit
    role: str
    progress: Progress | None
    previous_judgement: Judgement | None


@dataclass
class Workspace:
    period: Period | None
    previous: Period | None
    rows: list[WorkRow] = field(default_factory=list)
    # The office's 催办 of the actor's units in this period, latest first.
    reminders: list[Reminder] = field(default_factory=list)

    @property
    def days_left(self) -> int | None:
        if self.period is None or self.period.deadline is None:
            return None
        return (timezone.localtime(self.period.deadline).date() - timezone.localdate()).days


def workspace(actor: Actor, period: Period | None) -> Workspace:
    """A reporter's tasks in the open period, with its own unit's report and last period's judgement."""
    if period is None:
        return Workspace(period=None, previous=None)
    previous = previous_period(period)
    links = (
        TaskUnit.objects.filter(unit_id__in=actor.unit_ids, task__plan_id=period.plan_id)
        .select_related("task", "unit")
        .order_by("task__order", "role")
    )
    reports = {
        (p.task_id, p.unit_id): p
        for p in Progress.objects.filter(period=period, unit_id__in=actor.unit_ids).only(
            "task_id", "unit_id", "status", "version", "updated_at", "submitted_at"
        )
    }
    before = {}
    if previous is not None:
        before = {
            j.task_id: j
            for j in Judgement.objects.filter(period=previous, unit__isnull=True).only(
                "task_id", "status", "office_status", "override_status", "reason"
            )
        }
    rows = [
        WorkRow(
            task=link.task,
            unit=link.unit,
            role=link.role,
            progress=reports.get((link.task_id, link.unit_id)),
            previous_judgement=before.get(link.task_id),
        )
        for link in links
    ]
    reminders = list(
        Reminder.objects.filter(period=period, unit_id__in=actor.unit_ids)
        .select_related("unit")
        .order_by("-at")
    )
    return Workspace(period=period, previous=previous, rows=rows, reminders=reminders)


@dataclass
class MissingUnit:
    unit: Unit
    tasks: list[Task]
    reminders: int
    last_reminded: datetime | None
    last_result: str
    on_time: int
    late: int
    missed: int


def missing_reports(period: Period) -> list[MissingUnit]:
    """Lead units without a submitted report for some task in the period, with their 催办 and record."""
    submitted = set(
        Progress.objects.filter(period=period, status=ProgressStatus.SUBMITTED).values_list(
            "task_id", "unit_id"
        )
    )
    missing: dict[int, list[Task]] = defaultdict(list)
    unit_of: dict[int, Unit] = {}
    for link in (
        TaskUnit.objects.filter(task__plan_id=period.plan_id, role=UnitRole.LEAD)
        .select_related("task", "unit")
        .order_by("task__order")
    ):
        if (link.task_id, link.unit_id) not in submitted:
            missing[link.unit_id].append(link.task)
            unit_of[link.unit_id] = link.unit
    reminders: dict[int, list[datetime]] = defaultdict(list)
    results: dict[int, str] = {}
    for reminder in Reminder.objects.filter(period=period, unit_id__in=missing.keys()).order_by("at"):
        reminders[reminder.unit_id].append(reminder.at)
        results[reminder.unit_id] = reminder.delivery
    record = on_time_record(period.plan_id, list(missing.keys()))
    return [
        MissingUnit(
            unit=unit_of[uid],
            tasks=tasks,
            reminders=len(reminders[uid]),
            last_reminded=max(reminders[uid]) if reminders[uid] else None,
            last_result=results.get(uid, ""),
            **record.get(uid, {"on_time": 0, "late": 0, "missed": 0}),
        )
        for uid, tasks in sorted(missing.items(), key=lambda kv: (-len(kv[1]), unit_of[kv[0]].name))
    ]


def on_time_record(plan_id: int, unit_ids: list[int] | None = None) -> dict[int, dict[str, int]]:
    """Per unit, over the plan's periods: lead-unit reports submitted on time, late, or not at all."""
    periods = {p.pk: p for p in Period.objects.filter(plan_id=plan_id)}
    links = TaskUnit.objects.filter(task__plan_id=plan_id, role=UnitRole.LEAD)
    if unit_ids is not None:
        links = links.filter(unit_id__in=unit_ids)
    pairs = list(links.values_list("task_id", "unit_id"))
    submitted = {
        (task_id, unit_id, period_id): at
        for task_id, unit_id, period_id, at in Progress.objects.filter(
            period_id__in=periods.keys(), status=ProgressStatus.SUBMITTED
        ).values_list("task_id", "unit_id", "period_id", "submitted_at")
    }
    record: dict[int, dict[str, int]] = defaultdict(lambda: {"on_time": 0, "late": 0, "missed": 0})
    now = timezone.now()
    for period_id, period in periods.items():
        if period.deadline is None or (period.deadline > now and period.status == PeriodStatus.OPEN):
            continue  # a period still open is not counted yet
        for task_id, unit_id in pairs:
            at = submitted.get((task_id, unit_id, period_id))
            key = "missed" if at is None else ("on_time" if at <= period.deadline else "late")
            record[unit_id][key] += 1
    return dict(record)


def unit_progress(task: Task, period: Period | None, unit: Unit) -> Progress | None:
    """One unit's report of a task in a period, or None."""
    if period is None:
        return None
    return Progress.objects.filter(task=task, period=period, unit=unit).first()


def progress_by_id(progress_id: int) -> Progress | None:
    return Progress.objects.select_related("task", "period", "unit").filter(pk=progress_id).first()


def attachment_by_id(attachment_id: int) -> Attachment | None:
    return Attachment.objects.select_related("progress").filter(pk=attachment_id).first()


def visible_progress(actor: Actor, period: Period, task_id: int | None = None) -> QuerySet[Progress]:
    """A period's reports the actor may read: their own units' drafts and everyone's submitted reports."""
    reports = Progress.objects.filter(period=period, task__in=permissions.tasks_visible_to(actor))
    if task_id is not None:
        reports = reports.filter(task_id=task_id)
    if not actor.sees_everything:
        reports = reports.filter(Q(unit_id__in=actor.unit_ids) | Q(status=ProgressStatus.SUBMITTED))
    return reports.order_by("task__order", "unit_id")
