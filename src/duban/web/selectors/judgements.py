"""Reads of judgements, and the task status as core.status.choose_status picks it, in SQL."""

from __future__ import annotations

from django.conf import settings
from django.db.models import (
    BooleanField,
    CharField,
    Exists,
    F,
    OuterRef,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Coalesce, NullIf

from duban.core.rules import DEFAULT_RULES
from duban.core.status import NO_JUDGEMENT, STATUS_SOURCES
from duban.web import permissions
from duban.web.models import Judgement, Period, Task
from duban.web.permissions import Actor

# The Judgement field each source of core.status.STATUS_SOURCES is stored in.
_SOURCE_FIELDS = {"override": "override_status", "office": "office_status", "automatic": "status"}


def chosen_status() -> Coalesce:
    """core.status.choose_status as an SQL expression over a Judgement row: the first source present."""
    return Coalesce(*(_SOURCE_FIELDS[source] for source in STATUS_SOURCES), output_field=CharField())


def _status_subquery(period_id: int | None) -> Subquery:
    judgements = Judgement.objects.filter(task=OuterRef("pk"), period_id=period_id, unit__isnull=True)
    return Subquery(
        judgements.annotate(chosen=chosen_status()).values("chosen")[:1], output_field=CharField()
    )


def warning_margin() -> float:
    """The 黄灯 margin in force (DUBAN_EARLY_WARNING_MARGIN)."""
    return settings.EARLY_WARNING_MARGIN


def _warning_subquery(period_id: int | None) -> Exists:
    """core.status.early_warning in SQL over the task's judgement of the period."""
    return Exists(
        Judgement.objects.filter(
            task=OuterRef("pk"),
            period_id=period_id,
            unit__isnull=True,
            status="on_track",
            ratio__isnull=False,
            expected__gt=0,
        )
        .annotate(chosen=chosen_status())
        .filter(chosen="on_track", ratio__lt=F("expected") * DEFAULT_RULES.on_track_factor + warning_margin())
    )


def with_status(tasks: QuerySet[Task], period: Period | None, previous: Period | None) -> QuerySet[Task]:
    """Annotate `cur_status` (the task's status in the period, 未填报 without a judgement or a period),
    `cur_warning` (黄灯: core.status.early_warning) and `prev_status` (the status in the previous period,
    未填报 there too; None when there is no previous)."""
    period_id = period.pk if period is not None else None
    tasks = tasks.annotate(
        cur_status=Coalesce(_status_subquery(period_id), Value(NO_JUDGEMENT)),
        cur_warning=_warning_subquery(period_id)
        if period_id is not None
        else Value(False, output_field=BooleanField()),
    )
    if previous is not None:
        return tasks.annotate(prev_status=Coalesce(_status_subquery(previous.pk), Value(NO_JUDGEMENT)))
    return tasks.annotate(prev_status=Value(None, output_field=CharField()))


def with_reason(tasks: QuerySet[Task], period: Period) -> QuerySet[Task]:
    """Annotate `reason`: why the task has its status (the override's reason, else the automatic one)."""
    return tasks.annotate(
        reason=Subquery(
            Judgement.objects.filter(task=OuterRef("pk"), period=period, unit__isnull=True)
            .annotate(r=Coalesce(NullIf("override_reason", Value("")), "reason", output_field=TextField()))
            .values("r")[:1]
        )
    )


def judgement_by_id(judgement_id: int) -> Judgement | None:
    return Judgement.objects.select_related("task", "period").filter(pk=judgement_id).first()


def task_judgement(task: Task, period: Period | None) -> Judgement | None:
    """The task's judgement in a period (not a unit's own), or None."""
    if period is None:
        return None
    return Judgement.objects.filter(task=task, period=period, unit__isnull=True).first()


def period_judgements(actor: Actor, period: Period) -> QuerySet[Judgement]:
    """A period's task judgements the actor may read, in document order: the public reads every task of a
    period it may see (a published one), others the tasks in their reach."""
    tasks = Task.objects.filter(plan_id=period.plan_id)
    if not actor.is_public:
        tasks = permissions.tasks_visible_to(actor, tasks)
    return Judgement.objects.filter(period=period, unit__isnull=True, task__in=tasks).order_by("task__order")
