"""The dashboard's numbers: counts by status, section and lead unit, the lagging list, movement."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from duban.core.status import FLAGGED, STATUSES, count_movement, status_label
from duban.core.status import movement as status_movement
from duban.web import permissions
from duban.web.models import Period, Section, Task, TaskUnit, UnitRole
from duban.web.permissions import Actor
from duban.web.selectors.judgements import with_reason, with_status
from duban.web.selectors.periods import previous_period
from duban.web.selectors.tasks import with_people


@dataclass(frozen=True)
class StatusChange:
    """How many tasks went from one status to another since the previous period."""

    before: str
    after: str
    count: int

    @property
    def before_label(self) -> str:
        return status_label(self.before)

    @property
    def after_label(self) -> str:
        return status_label(self.after)


@dataclass(frozen=True)
class MovedTask:
    """A task whose status in the period differs from the previous period's; `direction` is improved or
    worsened (core.status.movement)."""

    task: Task
    before: str
    after: str
    direction: str


@dataclass
class Dashboard:
    period: Period
    previous: Period | None
    total: int
    by_status: list[tuple[str, str, int, float]]
    by_section: list[dict[str, Any]]
    by_unit: list[dict[str, Any]]
    lagging: list[Task]
    movement: list[StatusChange]
    improved: int
    worsened: int
    warnings: int = 0
    moved: list[MovedTask] = field(default_factory=list)

    def chart_data(self) -> dict[str, Any]:
        """What the page's charts draw, embedded in the page as JSON."""
        return {
            "statuses": [{"key": k, "name": label, "value": n} for k, label, n, _ in self.by_status],
            "sections": {
                "names": [s["name"] for s in self.by_section],
                "ids": [s["id"] for s in self.by_section],
                "series": [
                    {
                        "key": k,
                        "name": status_label(k),
                        "data": [s["counts"].get(k, 0) for s in self.by_section],
                    }
                    for k in STATUSES
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
        (k, status_label(k), counts.get(k, 0), (counts.get(k, 0) / total if total else 0.0)) for k in STATUSES
    ]

    sections: dict[str, dict[str, Any]] = {}
    for t in rows:
        top_id, top = _top_section(t.section)
        entry = sections.setdefault(top, {"id": top_id, "name": top, "counts": Counter(), "total": 0})
        entry["counts"][t.cur_status] += 1
        entry["total"] += 1

    status_of = {t.pk: t.cur_status for t in rows}
    warned = {t.pk for t in rows if t.cur_warning}
    units: dict[int, dict[str, Any]] = {}
    for link in TaskUnit.objects.filter(task_id__in=status_of.keys(), role=UnitRole.LEAD).select_related(
        "unit"
    ):
        entry = units.setdefault(
            link.unit_id, {"id": link.unit_id, "name": link.unit.name, "counts": Counter(), "total": 0}
        )
        entry["counts"][status_of[link.task_id]] += 1
        entry["counts"]["warning"] += link.task_id in warned
        entry["total"] += 1
    by_unit = sorted(units.values(), key=lambda u: (-u["counts"]["lagging"], -u["total"], u["name"]))

    lagging_ids = [t.pk for t in rows if t.cur_status in FLAGGED]
    lagging = list(
        with_reason(with_people(Task.objects.filter(pk__in=lagging_ids)), period).order_by("order")
    )
    pairs = [(t.prev_status, t.cur_status) for t in rows] if previous else []
    counted = count_movement(pairs)
    movement = [StatusChange(a, b, n) for (a, b), n in sorted(Counter(pairs).items()) if a != b]
    moved = [
        MovedTask(
            task=t,
            before=t.prev_status,
            after=t.cur_status,
            direction=status_movement(t.prev_status, t.cur_status),
        )
        for t in sorted(rows, key=lambda t: t.order)
        if previous is not None and t.prev_status != t.cur_status
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
        improved=counted["improved"],
        worsened=counted["worsened"],
        warnings=len(warned),
        moved=moved,
    )


def _top_section(section: Section | None) -> tuple[int | None, str]:
    """The top heading a task sits under (id and name), the one the task list's section filter takes."""
    while section is not None and section.parent_id is not None and section.parent is not None:
        section = section.parent
    return (section.pk, section.name) if section else (None, "未分类")
