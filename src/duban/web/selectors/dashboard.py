"""The dashboard's numbers: counts by status, section and lead unit, the lagging list, movement."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from duban.core.status import FLAGGED, STATUSES, count_movement, status_label
from duban.web import permissions
from duban.web.models import Period, Section, Task, TaskUnit, UnitRole
from duban.web.permissions import Actor
from duban.web.selectors.judgements import with_reason, with_status
from duban.web.selectors.periods import previous_period
from duban.web.selectors.tasks import with_people


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
    warnings: int = 0

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
        top = _top_section(t.section)
        entry = sections.setdefault(top, {"name": top, "counts": Counter(), "total": 0})
        entry["counts"][t.cur_status] += 1
        entry["total"] += 1

    status_of = {t.pk: t.cur_status for t in rows}
    warned = {t.pk for t in rows if t.cur_warning}
    units: dict[int, dict[str, Any]] = {}
    for link in TaskUnit.objects.filter(task_id__in=status_of.keys(), role=UnitRole.LEAD).select_related(
        "unit"
    ):
        entry = units.setdefault(link.unit_id, {"name": link.unit.name, "counts": Counter(), "total": 0})
        entry["counts"][status_of[link.task_id]] += 1
        entry["counts"]["warning"] += link.task_id in warned
        entry["total"] += 1
    by_unit = sorted(units.values(), key=lambda u: (-u["counts"]["lagging"], -u["total"], u["name"]))

    lagging_ids = [t.pk for t in rows if t.cur_status in FLAGGED]
    lagging = list(
        with_reason(with_people(Task.objects.filter(pk__in=lagging_ids)), period).order_by("order")
    )
    pairs = [(t.prev_status, t.cur_status) for t in rows] if previous else []
    moved = count_movement(pairs)
    movement = [
        (status_label(a), status_label(b), n) for (a, b), n in sorted(Counter(pairs).items()) if a != b
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
        improved=moved["improved"],
        worsened=moved["worsened"],
        warnings=len(warned),
    )


def _top_section(section: Section | None) -> str:
    while section is not None and section.parent_id is not None and section.parent is not None:
        section = section.parent
    return section.name if section else "未分类"
