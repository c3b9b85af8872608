"""Reads for the web pages: each function returns what one page shows, scoped to the actor.

Query counts stay flat as rows grow: statuses come in through subqueries, units and leaders through one
prefetch each, and aggregates are counted over one list of (task, status) rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db.models import CharField, Count, OuterRef, Prefetch, Q, QuerySet, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone

from duban.accounts.models import Reminder
from duban.core.unit_names import suggest_unit_names
from duban.web import permissions, preview
from duban.web.models import (
    Judgement,
    JudgementStatus,
    Period,
    PeriodStatus,
    Plan,
    Progress,
    ProgressStatus,
    Section,
    Task,
    TaskLeader,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitMembership,
    UnitRole,
)
from duban.web.permissions import Actor

STATUS_ORDER = [s.value for s in JudgementStatus]
STATUS_LABELS = dict(JudgementStatus.choices)
# Worse first, for "the worst status" and for sorting by status.
SEVERITY = ["lagging", "not_started", "unknown", "unreported", "on_track", "ahead", "completed"]


def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", "—")


def previous_period(period: Period) -> Period | None:
    """The period of the same plan that ended last before this one."""
    if period.end is None:
        return None
    return (
        Period.objects.filter(plan_id=period.plan_id, end__lt=period.end).order_by("-end").first()
        if period.plan_id
        else None
    )


def default_period(actor: Actor, plan: Plan | None = None) -> Period | None:
    """The period a page shows when none is asked for: the latest one the actor may see."""
    periods = permissions.periods_visible_to(actor)
    if plan is not None:
        periods = periods.filter(plan=plan)
    return periods.order_by("-end", "-pk").first()


def _status_subquery(period_id: int | None) -> Subquery:
    judgements = Judgement.objects.filter(task=OuterRef("pk"), period_id=period_id, unit__isnull=True)
    return Subquery(
        judgements.annotate(eff=Coalesce("override_status", "status")).values("eff")[:1],
        output_field=CharField(),
    )


def with_status(tasks: QuerySet[Task], period: Period, previous: Period | None) -> QuerySet[Task]:
    """Annotate `cur_status` (the effective judgement, 未填报 when none) and `prev_status`."""
    tasks = tasks.annotate(
        cur_status=Coalesce(_status_subquery(period.pk), Value(JudgementStatus.UNREPORTED.value))
    )
    if previous is not None:
        tasks = tasks.annotate(prev_status=_status_subquery(previous.pk))
    else:
        tasks = tasks.annotate(prev_status=Value(None, output_field=CharField()))
    return tasks


def _people(tasks: QuerySet[Task]) -> QuerySet[Task]:
    return tasks.select_related("section").prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit")),
        Prefetch("task_leaders", queryset=TaskLeader.objects.select_related("leader")),
    )


# ---------------------------------------------------------------- task list


@dataclass
class TaskFilters:
    section: int | None = None
    unit: int | None = None
    leader: int | None = None
    status: str | None = None
    changed: bool = False
    q: str = ""
    sort: str = "seq"


SORTS = {
    "seq": ("order",),
    "-seq": ("-order",),
    "status": ("cur_status", "order"),
    "-status": ("-cur_status", "order"),
    "section": ("section__order", "order"),
    "-section": ("-section__order", "order"),
}


def task_list(actor: Actor, period: Period, filters: TaskFilters) -> QuerySet[Task]:
    """The task list page: the actor's tasks of the period's plan, filtered, with statuses."""
    previous = previous_period(period)
    tasks = permissions.tasks_visible_to(actor, Task.objects.filter(plan_id=period.plan_id))
    if filters.section:
        tasks = tasks.filter(
            Q(section_id=filters.section)
            | Q(section__parent_id=filters.section)
            | Q(section__parent__parent_id=filters.section)
        )
    if filters.unit:
        tasks = tasks.filter(pk__in=TaskUnit.objects.filter(unit_id=filters.unit).values("task_id"))
    if filters.leader:
        tasks = tasks.filter(pk__in=TaskLeader.objects.filter(leader_id=filters.leader).values("task_id"))
    if filters.q:
        tasks = tasks.filter(text__icontains=filters.q)
    tasks = with_status(tasks, period, previous)
    if filters.status:
        tasks = tasks.filter(cur_status=filters.status)
    if filters.changed and previous is not None:
        tasks = tasks.exclude(cur_status=Coalesce("prev_status", Value("")))
    return _people(tasks).order_by(*SORTS.get(filters.sort, SORTS["seq"]))


def filter_choices(period: Period) -> dict[str, Any]:
    plan_id = period.plan_id
    return {
        "sections": Section.objects.filter(plan_id=plan_id).order_by("order"),
        "units": Unit.objects.filter(task_units__task__plan_id=plan_id).distinct().order_by("name"),
        "leaders": TaskLeader.objects.filter(task__plan_id=plan_id)
        .values_list("leader_id", "leader__name")
        .distinct()
        .order_by("leader__name"),
        "statuses": JudgementStatus.choices,
    }


# ---------------------------------------------------------------- unit workspace


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

    @property
    def days_left(self) -> int | None:
        if self.period is None or self.period.deadline is None:
            return None
        return (timezone.localtime(self.period.deadline).date() - timezone.localdate()).days


def open_period_for(actor: Actor) -> Period | None:
    plans = Task.objects.filter(task_units__unit_id__in=actor.unit_ids).values("plan_id")
    if actor.sees_everything:
        plans = Plan.objects.values("pk")
    return Period.objects.filter(status=PeriodStatus.OPEN, plan_id__in=plans).order_by("-end", "-pk").first()


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
                "task_id", "status", "override_status", "reason"
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
    return Workspace(period=period, previous=previous, rows=rows)


# ---------------------------------------------------------------- task detail


@dataclass(frozen=True)
class UnitReport:
    """One unit's part of a task in a period: its report (None when it has not reported or the reader may not
    see the draft) and the judgement that report alone would get."""

    name: str
    role: str | None
    progress: Progress | None
    own: dict[str, Any] | None


@dataclass
class PeriodColumn:
    period: Period
    reports: list[UnitReport]
    judgement: Judgement | None


def task_detail(actor: Actor, task: Task) -> dict[str, Any]:
    """Every period's progress per unit (lead units first, each with the status its own report would get),
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
    reports: dict[int, list[UnitReport]] = {}
    for period in periods:
        by_unit = {p.unit_id: p for p in seen[period.pk]}
        rows: list[UnitReport] = []
        whole = None in by_unit
        for link in units:
            if link.unit_id in by_unit or (not whole and all(r.name != link.unit.name for r in rows)):
                rows.append(_unit_report(task, link.unit.name, link.role, by_unit.pop(link.unit_id, None)))
        # Reports stored for the whole task (an imported row) or by a unit no longer linked come last.
        rows += [
            _unit_report(task, p.unit.name if p.unit else "全部责任单位", None, p) for p in by_unit.values()
        ]
        reports[period.pk] = rows
    judgements = {
        j.period_id: j
        for j in Judgement.objects.filter(task=task, period__in=periods, unit__isnull=True).select_related(
            "overridden_by"
        )
    }
    columns = [PeriodColumn(period=p, reports=reports[p.pk], judgement=judgements.get(p.pk)) for p in periods]
    return {
        "columns": list(reversed(columns)),
        "units": units,
        "leaders": list(task.task_leaders.select_related("leader")),
        "targets": list(task.targets.all()),
        "history": task_history(actor, task) if not actor.is_public else [],
    }


def _unit_report(task: Task, name: str, role: str | None, progress: Progress | None) -> UnitReport:
    from duban.web.workflow import as_of_date

    own = None
    if progress is not None and progress.text.strip():
        own = preview.judge(task.text, progress.text, as_of_date(progress.period))
    return UnitReport(name=name, role=role, progress=progress, own=own)


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    what: str
    detail: str


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
                who=_who(h.history_user),
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
        else:
            what = f"自动研判为“{status_label(h.status)}”（{h.period.label}）"
            detail = h.reason
        entries.append(HistoryEntry(at=h.history_date, who=_who(h.history_user), what=what, detail=detail))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


def _who(user) -> str:
    if user is None:
        return "系统"
    return user.first_name or user.username


# ---------------------------------------------------------------- dashboards


@dataclass
class Dashboard:
    period: Period
    previous: Period | None
    total: int
    by_status: list[tuple[str, str, int, float]]
    by_section: list[dict[str, Any]]
    by_unit: list[dict[str, Any]]
    lagging: list[Task]
    movement: list[tuple[str, str, int]]
    improved: int
    worsened: int

    def chart_data(self) -> dict[str, Any]:
        """What the page's charts draw, embedded in the page as JSON."""
        return {
            "statuses": [{"key": k, "name": label, "value": n} for k, label, n, _ in self.by_status],
            "sections": {
                "names": [s["name"] for s in self.by_section],
                "series": [
                    {
                        "key": k,
                        "name": status_label(k),
                        "data": [s["counts"].get(k, 0) for s in self.by_section],
                    }
                    for k in STATUS_ORDER
                ],
            },
        }


def dashboard(actor: Actor, period: Period) -> Dashboard:
    """Counts by status, section and lead unit; the lagging list; movement since the previous period."""
    previous = previous_period(period)
    tasks = with_status(
        permissions.tasks_visible_to(actor, Task.objects.filter(plan_id=period.plan_id)), period, previous
    ).select_related("section", "section__parent")
    rows = list(tasks.only("pk", "seq", "ref", "text", "order", "section"))
    total = len(rows)
    counts = Counter(t.cur_status for t in rows)
    by_status = [
        (k, status_label(k), counts.get(k, 0), (counts.get(k, 0) / total if total else 0.0))
        for k in STATUS_ORDER
    ]

    sections: dict[str, dict[str, Any]] = {}
    for t in rows:
        top = _top_section(t.section)
        entry = sections.setdefault(top, {"name": top, "counts": Counter(), "total": 0})
        entry["counts"][t.cur_status] += 1
        entry["total"] += 1

    status_of = {t.pk: t.cur_status for t in rows}
    units: dict[int, dict[str, Any]] = {}
    for link in TaskUnit.objects.filter(task_id__in=status_of.keys(), role=UnitRole.LEAD).select_related(
        "unit"
    ):
        entry = units.setdefault(link.unit_id, {"name": link.unit.name, "counts": Counter(), "total": 0})
        entry["counts"][status_of[link.task_id]] += 1
        entry["total"] += 1
    by_unit = sorted(units.values(), key=lambda u: (-u["counts"]["lagging"], -u["total"], u["name"]))

    lagging_ids = [t.pk for t in rows if t.cur_status in ("lagging", "not_started")]
    lagging = list(
        _people(Task.objects.filter(pk__in=lagging_ids))
        .annotate(
            reason=Subquery(
                Judgement.objects.filter(task=OuterRef("pk"), period=period, unit__isnull=True)
                .annotate(
                    r=Coalesce(NullIf("override_reason", Value("")), "reason", output_field=TextField())
                )
                .values("r")[:1]
            )
        )
        .order_by("order")
    )
    movement_counts = (
        Counter((t.prev_status or "unreported", t.cur_status) for t in rows) if previous else Counter()
    )
    rank = {s: i for i, s in enumerate(SEVERITY)}
    improved = sum(n for (a, b), n in movement_counts.items() if rank[b] > rank[a])
    worsened = sum(n for (a, b), n in movement_counts.items() if rank[b] < rank[a])
    movement = [
        (status_label(a), status_label(b), n) for (a, b), n in sorted(movement_counts.items()) if a != b
    ]
    return Dashboard(
        period=period,
        previous=previous,
        total=total,
        by_status=by_status,
        by_section=list(sections.values()),
        by_unit=by_unit,
        lagging=lagging,
        movement=movement,
        improved=improved,
        worsened=worsened,
    )


def _top_section(section: Section | None) -> str:
    while section is not None and section.parent_id is not None and section.parent is not None:
        section = section.parent
    return section.name if section else "未分类"


# ---------------------------------------------------------------- public page


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
        for t in _people(tasks).order_by("order")
    ]


# ---------------------------------------------------------------- office queues


@dataclass
class MissingUnit:
    unit: Unit
    tasks: list[Task]
    reminders: int
    last_reminded: datetime | None
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
    for unit_id, at in Reminder.objects.filter(period=period, unit_id__in=missing.keys()).values_list(
        "unit_id", "at"
    ):
        reminders[unit_id].append(at)
    record = on_time_record(period.plan_id, list(missing.keys()))
    return [
        MissingUnit(
            unit=unit_of[uid],
            tasks=tasks,
            reminders=len(reminders[uid]),
            last_reminded=max(reminders[uid]) if reminders[uid] else None,
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


def review_queue(period: Period) -> list[Task]:
    """Tasks whose automatic judgement is 待研判 or changed since the previous period, not yet overridden."""
    previous = previous_period(period)
    tasks = with_status(Task.objects.filter(plan_id=period.plan_id), period, previous)
    judged = Judgement.objects.filter(period=period, unit__isnull=True, override_status__isnull=True)
    tasks = tasks.filter(pk__in=judged.values("task_id"))
    condition = Q(cur_status=JudgementStatus.UNKNOWN)
    if previous is not None:
        condition |= ~Q(cur_status=Coalesce("prev_status", Value("")))
    return list(
        _people(tasks.filter(condition))
        .annotate(
            reason=Subquery(
                Judgement.objects.filter(task=OuterRef("pk"), period=period, unit__isnull=True).values(
                    "reason"
                )[:1]
            )
        )
        .order_by("order")
    )


def days_between(deadline: datetime | None, today: date) -> int | None:
    return None if deadline is None else (timezone.localtime(deadline).date() - today).days


# ---------------------------------------------------------------- unit directory


@dataclass
class UnitRow:
    unit: Unit
    lead: int = 0
    co: int = 0
    members: int = 0
    suggestions: list[Unit] = field(default_factory=list)
    record: dict[str, int] | None = None


def unit_directory(plan: Plan | None = None) -> list[UnitRow]:
    """Every unit with its aliases and task counts; units an import created first, each with the known
    units duban thinks it may be (core.unit_names suggestions) for the office to merge or confirm."""
    units = list(Unit.objects.prefetch_related("aliases").order_by("confirmed", "issuer", "name"))
    rows = {u.pk: UnitRow(unit=u) for u in units}
    for unit_id, role, n in (
        TaskUnit.objects.values("unit_id", "role").annotate(n=Count("pk")).values_list("unit_id", "role", "n")
    ):
        setattr(rows[unit_id], "lead" if role == UnitRole.LEAD else "co", n)
    for unit_id, n in (
        UnitMembership.objects.values("unit_id").annotate(n=Count("pk")).values_list("unit_id", "n")
    ):
        rows[unit_id].members = n
    by_issuer: dict[str, dict[str, Unit]] = defaultdict(dict)
    for u in units:
        by_issuer[u.issuer][u.name] = u
    for row in rows.values():
        if not row.unit.confirmed:
            known = by_issuer[row.unit.issuer]
            row.suggestions = [known[m.name] for m in suggest_unit_names(row.unit.name, known)]
    if plan is not None:
        record = on_time_record(plan.pk)
        for unit_id, counts in record.items():
            if unit_id in rows:
                rows[unit_id].record = counts
    return list(rows.values())


@dataclass(frozen=True)
class UnitPage:
    unit: Unit
    links: list[TaskUnit]
    members: list[str]
    candidates: list[Unit]
    suggested: list[Unit]
    history: list[HistoryEntry]


def unit_page(unit: Unit) -> UnitPage:
    """One unit: its tasks, who reports for it, the units it could merge into (suggested first), history."""
    others = {u.name: u for u in Unit.objects.filter(issuer=unit.issuer).exclude(pk=unit.pk).order_by("name")}
    suggested = [others[m.name] for m in suggest_unit_names(unit.name, others)]
    return UnitPage(
        unit=unit,
        links=list(
            TaskUnit.objects.filter(unit=unit)
            .select_related("task", "task__plan")
            .order_by("task__plan_id", "task__order")
        ),
        members=list(
            UnitMembership.objects.filter(unit=unit)
            .select_related("user")
            .order_by("user__username")
            .values_list("user__username", flat=True)
        ),
        candidates=suggested + [u for u in others.values() if u not in suggested],
        suggested=suggested,
        history=unit_history(unit=unit),
    )


def unit_history(*, unit: Unit | None = None, limit: int = 50) -> list[HistoryEntry]:
    """Changes to units and aliases (confirm, merge, alias added or removed), newest first."""
    saved = Unit.history.all()
    aliases = UnitAlias.history.all()
    if unit is not None:
        saved = saved.filter(id=unit.pk)
        aliases = aliases.filter(unit_id=unit.pk)
    kinds = {"+": "新建", "~": "修改", "-": "删除"}
    entries = [
        HistoryEntry(
            at=h.history_date,
            who=_who(h.history_user),
            what=f"{kinds[h.history_type]}单位「{h.name}」",
            detail=h.history_change_reason or "",
        )
        for h in saved.select_related("history_user").order_by("-history_date")[:limit]
    ]
    entries += [
        HistoryEntry(
            at=h.history_date,
            who=_who(h.history_user),
            what=f"{kinds[h.history_type]}别名「{h.alias}」",
            detail=h.history_change_reason or "",
        )
        for h in aliases.select_related("history_user").order_by("-history_date")[:limit]
    ]
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]
