"""Units and their aliases: resolving written names per issuer, creating unknown ones, merging."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from duban.core.unit_names import normalise_unit_name, resolve_unit_name, suggest_unit_names
from duban.errors import DubanError
from duban.web.models import Judgement, Leader, Progress, TaskUnit, Unit, UnitAlias, UnitMembership


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


def add_unit_alias(*, unit: Unit, alias: str) -> UnitAlias:
    """Record that `alias` names `unit` for the unit's issuer."""
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
        alias_row, _ = UnitAlias.objects.get_or_create(
            issuer=unit.issuer, alias=name, defaults={"unit": unit}
        )
        return alias_row


def confirm_unit(*, unit: Unit) -> Unit:
    """Mark a unit an import created as checked by the office."""
    with transaction.atomic():
        unit.confirmed = True
        unit.save(update_fields=["confirmed"])
        return unit


def merge_units(*, source: Unit, target: Unit) -> Unit:
    """Fold `source` into `target`: its tasks, progress, judgements and members move, its name becomes an alias."""
    if source.pk == target.pk:
        raise DubanError("不能把单位合并到它自己")
    if source.issuer != target.issuer:
        raise DubanError(f"「{source.name}」和「{target.name}」属于不同的发文单位，不能合并")
    with transaction.atomic():
        for link in TaskUnit.objects.filter(unit=source):
            if TaskUnit.objects.filter(task_id=link.task_id, unit=target, role=link.role).exists():
                link.delete()
            else:
                link.unit = target
                link.save(update_fields=["unit"])
        for model in (Progress, Judgement):
            for row in model.objects.filter(unit=source):
                if model.objects.filter(task_id=row.task_id, period_id=row.period_id, unit=target).exists():
                    raise DubanError(
                        f"「{source.name}」和「{target.name}」在同一报送期都填报了同一任务，请先处理重复的填报"
                    )
                row.unit = target
                row.save()
        for membership in UnitMembership.objects.filter(unit=source):
            UnitMembership.objects.get_or_create(user_id=membership.user_id, unit=target)
        UnitAlias.objects.filter(unit=source).update(unit=target)
        names = [source.name, *source.short_names]
        source.delete()
        for name in names:
            UnitAlias.objects.update_or_create(issuer=target.issuer, alias=name, defaults={"unit": target})
        return target
