"""Reads of reporting periods: the one a page shows, the one before it, the ones an actor may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Period, PeriodStatus, Plan, Task
from duban.web.permissions import Actor


def previous_period(period: Period) -> Period | None:
    """The period of the same plan that ended last before this one."""
    if period.end is None or period.plan_id is None:
        return None
    return Period.objects.filter(plan_id=period.plan_id, end__lt=period.end).order_by("-end", "-pk").first()


def default_period(actor: Actor, plan: Plan | None = None) -> Period | None:
    """The period a page shows when none is asked for: the latest one the actor may see."""
    periods = permissions.periods_visible_to(actor)
    if plan is not None:
        periods = periods.filter(plan=plan)
    return periods.order_by("-end", "-pk").first()


def sibling_periods(actor: Actor, period: Period) -> QuerySet[Period]:
    """The periods of the same plan the actor may see, in date order (the period switcher of a page)."""
    return permissions.periods_visible_to(actor, Period.objects.filter(plan_id=period.plan_id)).order_by(
        "end", "pk"
    )


def open_period_for(actor: Actor) -> Period | None:
    """The latest open period of a plan holding the actor's tasks (any plan for the office)."""
    plans = Task.objects.filter(task_units__unit_id__in=actor.unit_ids).values("plan_id")
    if actor.sees_everything:
        plans = Plan.objects.values("pk")
    return Period.objects.filter(status=PeriodStatus.OPEN, plan_id__in=plans).order_by("-end", "-pk").first()


def all_periods() -> QuerySet[Period]:
    """Every period, by year and plan, latest first (the office's period page)."""
    return Period.objects.select_related("plan").order_by("-year", "plan_id", "-end")


def published_periods() -> QuerySet[Period]:
    """Periods the office has published, most recently published first (the public index)."""
    return (
        Period.objects.filter(status=PeriodStatus.PUBLISHED).select_related("plan").order_by("-published_at")
    )


def period_by_id(period_id: int) -> Period | None:
    return Period.objects.select_related("plan").filter(pk=period_id).first()


def find_period(plan: Plan, label: str) -> Period:
    """The plan's period with this label; DubanError naming the plan's periods when there is none."""
    found = Period.objects.filter(plan=plan, label=label).first()
    if found is None:
        labels = (
            "、".join(Period.objects.filter(plan=plan).values_list("label", flat=True)) or "（尚无报送期）"
        )
        raise DubanError(f"方案「{plan.code}」没有报送期「{label}」。已有报送期：{labels}")
    return found


def days_between(deadline: datetime | None, today: date | None = None) -> int | None:
    """Days from today to a deadline (negative once passed); None without a deadline."""
    if deadline is None:
        return None
    return (timezone.localtime(deadline).date() - (today or timezone.localdate())).days


@dataclass(frozen=True)
class Scope:
    """The plan and period a page shows, with what its switcher offers: the plans the actor may reach and
    the periods of the chosen plan. `period` is None for a plan that has no period yet."""

    plan: Plan | None
    period: Period | None
    plans: list[Plan]
    periods: list[Period]


def plans_visible_to(actor: Actor) -> QuerySet[Plan]:
    """The plans holding tasks the actor may read (every plan for the office), latest year first."""
    plans = Plan.objects.all()
    if not actor.sees_everything:
        plans = plans.filter(pk__in=permissions.tasks_visible_to(actor).values("plan_id"))
    return plans.order_by("-year", "-pk")


def page_scope(actor: Actor, *, plan_id: int | None = None, period_id: int | None = None) -> Scope:
    """The plan and period a page shows. A period asked for wins, unless another plan is asked for too (the
    switcher was moved to that plan): then, as when only a plan is asked for, that plan's latest period.
    Nothing asked for: the latest period the actor may see, else the latest plan. 404 for a plan or period
    out of the actor's reach."""
    plans = list(plans_visible_to(actor))
    period = permissions.period_for(actor, period_id) if period_id is not None else None
    plan = None
    if plan_id is not None:
        plan = next((p for p in plans if p.pk == plan_id), None)
        if plan is None:
            raise Http404("没有找到该方案")
        if period is not None and period.plan_id != plan.pk:
            period = None
        if period is None:
            period = default_period(actor, plan)
    elif period is not None:
        plan = next((p for p in plans if p.pk == period.plan_id), None)
    else:
        period = (
            permissions.periods_visible_to(actor, Period.objects.filter(plan__in=plans))
            .order_by("-end", "-pk")
            .first()
        )
        plan = next((p for p in plans if period is not None and p.pk == period.plan_id), None)
        plan = plan or (plans[0] if plans else None)
    periods = list(sibling_periods(actor, period)) if period is not None else []
    return Scope(plan=plan, period=period, plans=plans, periods=periods)
