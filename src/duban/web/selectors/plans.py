"""Reads of plans: finding one by code, and a stored plan in the shape of `duban parse --json`."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from duban.errors import DubanError
from duban.web.models import Plan, Progress, Task, UnitRole


def find_plan(ref: str) -> Plan:
    """The plan with this code (or database id); DubanError naming the stored plans when there is none."""
    plan = Plan.objects.filter(code=ref).first()
    if plan is None and ref.isdigit():
        plan = Plan.objects.filter(pk=int(ref)).first()
    if plan is None:
        codes = "、".join(Plan.objects.values_list("code", flat=True)[:20]) or "（库中还没有方案）"
        raise DubanError(f"找不到方案「{ref}」。已有方案：{codes}")
    return plan


def only_plan(ref: str | None) -> Plan:
    """The plan named by `ref`, or the single stored plan when `ref` is None."""
    if ref:
        return find_plan(ref)
    plans = list(Plan.objects.all()[:21])
    if not plans:
        raise DubanError("库中还没有方案，请先运行 duban import 导入分解方案")
    if len(plans) > 1:
        codes = "、".join(plan.code for plan in plans[:20])
        raise DubanError(f"库中有多个方案，请用 --plan 指定：{codes}")
    return plans[0]


def all_plans() -> QuerySet[Plan]:
    """Every plan, latest year first."""
    return Plan.objects.order_by("-year", "pk")


def latest_plan() -> Plan | None:
    return Plan.objects.order_by("-year", "-pk").first()


def plan_by_id(plan_id: int | None) -> Plan | None:
    return Plan.objects.filter(pk=plan_id).first() if plan_id else None


def _latest_progress(tasks: list[Task]) -> dict[int, Progress]:
    """Each task's progress of the latest period it was reported in (whole-row reports first)."""
    latest: dict[int, Progress] = {}
    rows = (
        Progress.objects.filter(task__in=tasks)
        .select_related("period")
        .prefetch_related("actuals")
        .order_by("period__end", "period_id", "-unit_id")
    )
    for progress in rows:
        latest[progress.task_id] = progress
    return latest


def _actual_json(actual: Any) -> dict[str, Any]:
    return {
        "metric": actual.metric,
        "value": actual.value,
        "unit": actual.unit,
        "kind": actual.kind,
        "span": [actual.span_start, actual.span_end],
        "text": actual.text,
        "base_value": actual.base_value,
        "base_unit": actual.base_unit,
        "cumulative": actual.cumulative,
        "period": actual.period_text,
        "adjusted": actual.adjusted,
    }


def _target_json(target: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "metric": target.metric,
        "value": target.value,
        "unit": target.unit,
        "comparator": target.comparator,
        "kind": target.kind,
        "span": [target.span_start, target.span_end],
        "text": target.text,
        "base_value": target.base_value,
        "base_unit": target.base_unit,
    }
    if target.upper is not None:
        data["upper"] = target.upper
    if target.soft:
        data["soft"] = True
    return data


def task_records(tasks: QuerySet[Task] | list[Task]) -> list[dict[str, Any]]:
    """Tasks in the shape of `duban parse --json` (DESIGN §5), with the latest progress reported."""
    tasks = list(tasks)
    progress = _latest_progress(tasks)
    records = []
    for task in tasks:
        links = list(task.task_units.all())
        reported = progress.get(task.pk)
        records.append(
            {
                "ref": task.ref,
                "seq": task.seq,
                "part": task.part,
                "section": list(task.section.path) if task.section else [],
                "category": task.category,
                "kind": task.kind,
                "text": task.text,
                "lead_leaders": [link.leader.name for link in task.task_leaders.all()],
                "lead_units": [link.unit.name for link in links if link.role == UnitRole.LEAD],
                "co_units": [link.unit.name for link in links if link.role == UnitRole.CO],
                "progress": reported.text if reported else None,
                "label": task.label if task.label is not None else (reported.label if reported else None),
                "targets": [_target_json(target) for target in task.targets.all()],
                "actuals": [_actual_json(actual) for actual in reported.actuals.all()] if reported else [],
            }
        )
    return records


def plan_record(*, plan: Plan, tasks: QuerySet[Task] | list[Task]) -> dict[str, Any]:
    """A stored plan in the shape of `duban parse --json`, plus its code."""
    return {
        "plan": plan.code,
        "source": plan.source,
        "kind": plan.kind,
        "title": plan.title or None,
        "issuer": plan.issuer or None,
        "date": plan.date or None,
        "year": plan.year,
        "tasks": task_records(tasks),
        "warnings": [],
    }
