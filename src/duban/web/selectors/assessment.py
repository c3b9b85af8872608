"""Reads for the annual assessment of units: a plan's scheme, its supervision record in the shape
core.assessment scores, the scores, the office's adjustments with their history.

Each task's status per period is the stored judgement's status as core.status.choose_status picks it, read
with selectors.judgements.chosen_status (the one rule, in SQL); the reports that count are
selectors.progress.COUNTED. Nothing is judged or written here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime

from django.db.models import F, QuerySet
from django.utils import timezone

from duban.core.assessment import (
    AdjustmentRecord,
    Assessment,
    Entry,
    PeriodRecord,
    Record,
    ReportRecord,
    Scheme,
    StatusRecord,
    TaskRecord,
    assess,
    scheme_from_json,
)
from duban.core.lexicons.schemes import DEFAULT_EXAMPLE, EXAMPLES
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import (
    AssessmentAdjustment,
    AssessmentScheme,
    Judgement,
    Period,
    PeriodStatus,
    Plan,
    Progress,
    Task,
    TaskUnit,
    UnitRole,
)
from duban.web.permissions import Actor
from duban.web.selectors.history import HistoryEntry, who
from duban.web.selectors.judgements import chosen_status
from duban.web.selectors.plans import all_plans, find_plan
from duban.web.selectors.progress import COUNTED


def stored_scheme(plan: Plan) -> AssessmentScheme | None:
    return AssessmentScheme.objects.filter(plan=plan).first()


def scheme_for(plan: Plan) -> Scheme:
    """The plan's stored scheme, else the default example."""
    stored = stored_scheme(plan)
    return scheme_from_json(stored.rules if stored else EXAMPLES[DEFAULT_EXAMPLE])


def _closed(period: Period, now: datetime) -> bool:
    """A period whose reports are due: the office closed or published it, or its deadline has passed."""
    return period.status != PeriodStatus.OPEN or (period.deadline is not None and period.deadline <= now)


def plan_record(plan: Plan, *, now: datetime | None = None) -> Record:
    """The plan's supervision record, in a fixed number of queries whatever its size."""
    now = now or timezone.now()
    lead: dict[int, list[int]] = defaultdict(list)
    co: dict[int, list[int]] = defaultdict(list)
    units: dict[int, str] = {}
    links = TaskUnit.objects.filter(task__plan=plan).order_by("task_id", "order", "pk")
    for task_id, unit_id, role, name in links.values_list("task_id", "unit_id", "role", "unit__name"):
        (lead if role == UnitRole.LEAD else co)[task_id].append(unit_id)
        units[unit_id] = name
    tasks = tuple(
        TaskRecord(pk, ref, text, tuple(lead.get(pk, ())), tuple(co.get(pk, ())))
        for pk, ref, text in Task.objects.filter(plan=plan)
        .order_by("order", "pk")
        .values_list("pk", "ref", "text")
    )
    periods = tuple(
        PeriodRecord(p.pk, p.label, p.as_of, p.deadline, _closed(p, now))
        for p in Period.objects.filter(plan=plan).order_by("end", "pk")
    )
    period_ids = [p.id for p in periods]
    # By period (its index), not by `unit IS NULL`, which SQLite would scan the whole city's rows for: a
    # unit's own judgement is skipped here instead.
    judgements = (
        Judgement.objects.filter(period_id__in=period_ids)
        .order_by()
        .annotate(chosen=chosen_status())
        .values_list(
            "unit_id",
            "task_id",
            "period_id",
            "chosen",
            "pk",
            "status",
            "override_status",
            "reason",
            "override_reason",
        )
    )
    statuses = tuple(StatusRecord(*row[1:]) for row in judgements if row[0] is None)
    counted = Progress.objects.filter(COUNTED, period_id__in=period_ids).order_by()
    # Submission times only of the reports handed in after the deadline (the only ones the rules read).
    late = dict(counted.filter(submitted_at__gt=F("period__deadline")).values_list("pk", "submitted_at"))
    reports = tuple(
        ReportRecord(task_id, period_id, unit_id, pk, late.get(pk))
        for task_id, period_id, unit_id, pk in counted.values_list("task_id", "period_id", "unit_id", "pk")
    )
    adjustments = []
    for row in active_adjustments(plan).select_related("unit", "created_by"):
        units.setdefault(row.unit_id, row.unit.name)
        adjustments.append(
            AdjustmentRecord(
                row.pk,
                row.unit_id,
                float(row.points),
                row.reason,
                row.item,
                row.period_id,
                who(row.created_by),
            )
        )
    return Record(
        plan=plan.code,
        title=plan.title,
        issuer=plan.issuer,
        year=plan.year,
        units=units,
        tasks=tasks,
        periods=periods,
        statuses=statuses,
        reports=reports,
        adjustments=tuple(adjustments),
    )


def assess_plan(plan: Plan, *, through: Period | None = None, now: datetime | None = None) -> Assessment:
    """The plan's units scored by its scheme over its periods up to `through` (all when None)."""
    if through is not None and through.plan_id != plan.pk:
        raise DubanError(f"报送期「{through.label}」不属于方案「{plan.code}」")
    return assess(scheme_for(plan), plan_record(plan, now=now), through=through.pk if through else None)


def active_adjustments(plan: Plan) -> QuerySet[AssessmentAdjustment]:
    return AssessmentAdjustment.objects.filter(plan=plan, withdrawn_at__isnull=True)


def unit_adjustments(plan: Plan, unit_id: int) -> list[AssessmentAdjustment]:
    """Every adjustment the office entered for a unit, withdrawn ones too, oldest first."""
    return list(
        AssessmentAdjustment.objects.filter(plan=plan, unit_id=unit_id)
        .select_related("period", "created_by")
        .order_by("created_at", "pk")
    )


def adjustment_history(plan: Plan, unit_id: int) -> list[HistoryEntry]:
    """What was entered, changed and withdrawn for a unit's adjustments, newest first."""
    rows = AssessmentAdjustment.history.filter(plan_id=plan.pk, unit_id=unit_id).select_related(
        "history_user"
    )
    entries = []
    for row in rows.order_by("-history_date"):
        what = {"+": "录入", "~": "修改", "-": "删除"}[row.history_type]
        if row.history_type == "~" and row.withdrawn_at:
            what = "撤销"
        detail = f"{float(row.points):+g}分：{row.reason}"
        if row.withdrawn_at:
            detail += f"（撤销理由：{row.withdrawn_reason}）"
        entries.append(HistoryEntry(at=row.history_date, who=who(row.history_user), what=what, detail=detail))
    return entries


def adjustment_by_id(adjustment_id: int) -> AssessmentAdjustment | None:
    return AssessmentAdjustment.objects.select_related("plan", "unit").filter(pk=adjustment_id).first()


def assessable_plans() -> QuerySet[Plan]:
    """Plans that have at least one reporting period, latest year first."""
    return all_plans().filter(periods__isnull=False).distinct()


def units_in_reach(actor: Actor, plan: Plan) -> set[int] | None:
    """The units whose scores the actor may see: all (None) for the office, a leader's the units of the tasks
    under that leader."""
    if actor.sees_everything:
        return None
    tasks = permissions.tasks_visible_to(actor, Task.objects.filter(plan=plan))
    return set(TaskUnit.objects.filter(task__in=tasks).values_list("unit_id", flat=True))


def tasks_in_reach(actor: Actor, plan: Plan) -> set[int] | None:
    """The plan's tasks the actor may read (None: all)."""
    if actor.sees_everything:
        return None
    return set(
        permissions.tasks_visible_to(actor, Task.objects.filter(plan=plan)).values_list("pk", flat=True)
    )


def find_assessed_plan(ref: str | None, year: int | None) -> Plan:
    """The plan `duban assess` names: by code (checked against `year`), else the only plan of that year,
    else the only plan; DubanError naming the candidates otherwise."""
    if ref:
        plan = find_plan(ref)
        if year is not None and plan.year != year:
            raise DubanError(f"方案「{plan.code}」是{plan.year or '未注明年度'}的方案，不是{year}年的")
        return plan
    plans = list(Plan.objects.filter(year=year) if year is not None else Plan.objects.all())
    if len(plans) == 1:
        return plans[0]
    if not plans:
        where = f"{year}年的" if year is not None else ""
        raise DubanError(f"库中没有{where}方案，请先运行 duban import 导入分解方案")
    codes = "、".join(p.code for p in plans[:20])
    raise DubanError(f"有多个方案，请用 --plan 指定：{codes}")


def plans_for(actor: Actor) -> list[Plan]:
    """The plans the actor may see an assessment of: every plan with periods for the office, a leader's the
    plans holding tasks under that leader."""
    plans = assessable_plans()
    if not actor.sees_everything:
        plans = plans.filter(pk__in=permissions.tasks_visible_to(actor).values("plan_id"))
    return list(plans)


def plan_periods(plan: Plan) -> QuerySet[Period]:
    """The plan's periods in date order (the ranking's 截至 switcher)."""
    return Period.objects.filter(plan=plan).order_by("end", "pk")


# What a leader reads of a point earned on a task outside that leader's reach.
OUT_OF_REACH = "（非本人分管任务）"


def assessment_for(actor: Actor, plan: Plan, *, through: Period | None = None) -> Assessment:
    """The assessment as the actor may read it: all of it for the office; for a leader the units in reach,
    ranked as among all units, with the points earned on tasks outside that reach kept but not named."""
    assessment = assess_plan(plan, through=through)
    reach = units_in_reach(actor, plan)
    if reach is None:
        return assessment
    visible = tasks_in_reach(actor, plan) or set()

    def shown(entry: Entry) -> Entry:
        if (entry.task_id is None and not entry.task_ref) or entry.task_id in visible:
            return entry
        return replace(entry, task_id=None, task_ref="", evidence=OUT_OF_REACH, source_id=None)

    units = tuple(
        replace(unit, entries=tuple(shown(e) for e in unit.entries))
        for unit in assessment.units
        if unit.unit_id in reach
    )
    return replace(assessment, units=units)
