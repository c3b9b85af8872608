"""Units and their aliases: resolving written names per issuer, creating unknown ones, merging.

`actor` is the person acting on a page or the API (the office only); None is the system itself (an
import, the sample data, the admin's own checks)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from duban.core.unit_names import normalise_unit_name, resolve_unit_name, suggest_unit_names
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Judgement, Leader, Progress, TaskUnit, Unit, UnitAlias, UnitMembership
from duban.web.permissions import Actor


def _require_office(actor: Actor | None) -> None:
    if actor is not None:
        permissions.require(actor, permissions.OFFICE)


@dataclass(frozen=True, slots=True)
class CreatedUnit:
    """A unit an import created because no known name or alias matched, with names it might be."""

    name: str
    suggestions: tuple[str, ...]


@dataclass
class UnitDirectory:
    """One issuer's units and aliases, loaded once and used inside a single import transaction."""

    issuer: str
    units: dict[str, Unit] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    created: list[CreatedUnit] = field(default_factory=list)
    leaders: dict[str, Leader] = field(default_factory=dict)

    @classmethod
    def load(cls, issuer: str) -> UnitDirectory:
        directory = cls(issuer=issuer)
        directory.units = {unit.name: unit for unit in Unit.objects.filter(issuer=issuer)}
        directory.aliases = {
            alias.alias: alias.unit.name
            for alias in UnitAlias.objects.filter(issuer=issuer).select_related("unit")
        }
        directory.leaders = {leader.name: leader for leader in Leader.objects.filter(issuer=issuer)}
        return directory

    def unit(self, written: str) -> Unit | None:
        """The unit a written name refers to; unknown names are created (unconfirmed) and remembered."""
        name = normalise_unit_name(written)
        if not name:
            return None
        match = resolve_unit_name(name, self.units, self.aliases)
        if match is not None:
            unit = self.units[match.name]
            if match.how == "abbreviation" and name not in self.aliases:
                UnitAlias.objects.create(issuer=self.issuer, alias=name, unit=unit)
                self.aliases[name] = unit.name
            return unit
        suggestions = tuple(s.name for s in suggest_unit_names(name, self.units))
        unit = Unit.objects.create(issuer=self.issuer, name=name, confirmed=False)
        self.units[name] = unit
        self.created.append(CreatedUnit(name, suggestions))
        return unit

    def leader(self, written: str) -> Leader | None:
        name = "".join(written.split()).strip("、，,；;。")
        if not name:
            return None
        if name not in self.leaders:
            self.leaders[name] = Leader.objects.create(issuer=self.issuer, name=name)
        return self.leaders[name]


def resolve_unit(*, issuer: str, name: str) -> tuple[Unit, bool]:
    """The unit `name` refers to for an issuer, and whether it had to be created (nothing matched)."""
    with transaction.atomic():
        directory = UnitDirectory.load(issuer)
        unit = directory.unit(name)
        if unit is None:
            raise DubanError("单位名称为空")
        return unit, bool(directory.created)


def add_unit_alias(*, unit: Unit, alias: str, actor: Actor | None = None) -> UnitAlias:
    """Record that `alias` names `unit` for the unit's issuer."""
    _require_office(actor)
    name = normalise_unit_name(alias)
    if not name:
        raise DubanError("别名不能为空")
    with transaction.atomic():
        clash = Unit.objects.filter(issuer=unit.issuer, name=name).exclude(pk=unit.pk).first()
        if clash is not None:
            raise DubanError(f"「{name}」已是另一个单位的名称，请改用合并单位")
        existing = UnitAlias.objects.filter(issuer=unit.issuer, alias=name).first()
        if existing is not None and existing.unit_id != unit.pk:
            raise DubanError(f"别名「{name}」已指向「{existing.unit.name}」")
        if existing is not None:
            return existing
        alias_row = UnitAlias(issuer=unit.issuer, alias=name, unit=unit)
        alias_row._change_reason = f"添加别名「{name}」"
        alias_row.save()
        return alias_row


def remove_unit_alias(*, alias: UnitAlias, actor: Actor | None = None) -> Unit:
    """Forget one alias; names in documents already imported keep the unit they resolved to."""
    _require_office(actor)
    with transaction.atomic():
        unit = alias.unit
        alias._change_reason = f"删除别名「{alias.alias}」"
        alias.delete()
        return unit


def confirm_unit(*, unit: Unit, actor: Actor | None = None) -> Unit:
    """Mark a unit an import created as checked by the office."""
    _require_office(actor)
    with transaction.atomic():
        unit.confirmed = True
        unit._change_reason = "督查室确认单位"
        unit.save(update_fields=["confirmed"])
        return unit


@dataclass(frozen=True, slots=True)
class MergedUnits:
    """What a merge moved, for the message the office reads and for judging the tasks again."""

    unit: Unit
    task_ids: frozenset[int]
    links: int
    reports: int
    judgements: int
    members: int


def merge_units(*, source: Unit, target: Unit, actor: Actor | None = None) -> MergedUnits:
    """Fold `source` into `target`: its tasks, progress, judgements, members and 催办 records move to
    `target`, its name and aliases become `target`'s aliases, and `source` is deleted; the tasks it touched
    are judged again under the kept name — all or nothing."""
    from duban.accounts.models import Reminder
    from duban.web.models import Period
    from duban.web.services.judgements import judge_period

    _require_office(actor)

    if source.pk == target.pk:
        raise DubanError("不能把单位合并到它自己")
    if source.issuer != target.issuer:
        raise DubanError(f"「{source.name}」和「{target.name}」属于不同的发文单位，不能合并")
    with transaction.atomic():
        task_ids = set()
        links = 0
        for link in TaskUnit.objects.filter(unit=source):
            task_ids.add(link.task_id)
            if TaskUnit.objects.filter(task_id=link.task_id, unit=target, role=link.role).exists():
                link.delete()
            else:
                link.unit = target
                link.save(update_fields=["unit"])
                links += 1
        moved = {}
        for model in (Progress, Judgement):
            rows = list(model.objects.filter(unit=source))
            for row in rows:
                if model.objects.filter(task_id=row.task_id, period_id=row.period_id, unit=target).exists():
                    raise DubanError(
                        f"「{source.name}」和「{target.name}」在{row.period}都填报了任务{row.task.ref}，"
                        "请先删除或合并其中一条推进情况，再合并单位"
                    )
                row.unit = target
                row._change_reason = f"单位「{source.name}」合并到「{target.name}」"
                row.save()
                task_ids.add(row.task_id)
            moved[model] = len(rows)
        members = 0
        for membership in UnitMembership.objects.filter(unit=source):
            _, created = UnitMembership.objects.get_or_create(user_id=membership.user_id, unit=target)
            members += created
        Reminder.objects.filter(unit=source).update(unit=target)
        for alias in UnitAlias.objects.filter(unit=source):
            alias.unit = target
            alias._change_reason = f"随「{source.name}」合并到「{target.name}」"
            alias.save(update_fields=["unit"])
        names = [source.name, *source.short_names]
        source._change_reason = f"合并到「{target.name}」"
        source.delete()
        for name in names:
            alias = UnitAlias.objects.filter(issuer=target.issuer, alias=name).first() or UnitAlias(
                issuer=target.issuer, alias=name
            )
            alias.unit = target
            alias._change_reason = f"「{name}」合并到「{target.name}」"
            alias.save()
        target._change_reason = f"合并了「{source.name}」"
        target.save()
        judged = Judgement.objects.filter(task_id__in=task_ids, unit__isnull=True).values("period_id")
        for period in Period.objects.filter(pk__in=judged):
            judge_period(period=period, task_ids=task_ids)
        return MergedUnits(
            unit=target,
            task_ids=frozenset(task_ids),
            links=links,
            reports=moved[Progress],
            judgements=moved[Judgement],
            members=members,
        )
