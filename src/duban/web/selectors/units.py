"""Reads of units: finding one by a written name, the unit directory and one unit's page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from duban.core.unit_names import normalise_unit_name, resolve_unit_name, suggest_unit_names
from duban.web.models import Plan, TaskUnit, Unit, UnitAlias, UnitMembership, UnitRole
from duban.web.selectors.history import HistoryEntry, who
from duban.web.selectors.progress import on_time_record


def find_units(*, issuer: str, name: str) -> list[Unit]:
    """Units of an issuer a filter text names: the unit it resolves to, else every unit whose name contains it."""
    written = normalise_unit_name(name)
    units = {unit.name: unit for unit in Unit.objects.filter(issuer=issuer)}
    aliases = dict(UnitAlias.objects.filter(issuer=issuer).values_list("alias", "unit__name"))
    match = resolve_unit_name(written, units, aliases)
    if match is not None:
        return [units[match.name]]
    return [unit for unit_name, unit in units.items() if written and written in unit_name]


def unit_by_id(unit_id: int) -> Unit | None:
    return Unit.objects.prefetch_related("aliases").filter(pk=unit_id).first()


def units_by_ids(unit_ids: list[int]) -> list[Unit]:
    return list(Unit.objects.filter(pk__in=unit_ids))


def alias_by_id(alias_id: int) -> UnitAlias | None:
    return UnitAlias.objects.select_related("unit").filter(pk=alias_id).first()


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
            who=who(h.history_user),
            what=f"{kinds[h.history_type]}单位「{h.name}」",
            detail=h.history_change_reason or "",
        )
        for h in saved.select_related("history_user").order_by("-history_date")[:limit]
    ]
    entries += [
        HistoryEntry(
            at=h.history_date,
            who=who(h.history_user),
            what=f"{kinds[h.history_type]}别名「{h.alias}」",
            detail=h.history_change_reason or "",
        )
        for h in aliases.select_related("history_user").order_by("-history_date")[:limit]
    ]
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]
