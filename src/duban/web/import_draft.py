"""The import wizard's draft: a parsed document the office corrects before anything is stored.

The draft lives beside the staged upload as JSON (never in the database): per-row corrections of the section,
the units and the targets, and the office's decisions on the units no directory entry matches (confirm as new,
map to a suggested unit, split a compound name). Confirming hands the corrected document to
services.imports.import_reviewed; cancelling removes the folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from duban.core.quantity import unit_base
from duban.core.unit_names import normalise_unit_name
from duban.core.unit_split import compound_parts
from duban.ingest.records import ParsedDocument, ParsedTask
from duban.web.services.periods import document_period
from duban.web.services.units import UnitDirectory

DRAFT_FILE = "draft.json"
# A target's fields the office may correct; the rest (span, text as written) is kept while they stay.
TARGET_FIELDS = ("metric", "comparator", "value", "unit", "kind")
# How a corrected target's figure is worded (6%以上), as plans word them.
_COMPARATOR_WORDS = {">=": "以上", "<=": "以内", "~": "左右", "=": ""}


@dataclass(frozen=True)
class UnknownUnit:
    """A name the import would create as a new unit, with what duban suggests it is."""

    name: str
    rows: int
    suggestions: tuple[str, ...]
    parts: tuple[str, ...]


@dataclass
class ImportDraft:
    folder: Path
    document: ParsedDocument
    period: str = ""
    confirmed_units: list[str] = field(default_factory=list)
    # written name → the unit the office said it is (a known unit, or another name of this document)
    aliases: dict[str, str] = field(default_factory=dict)
    corrected_rows: list[int] = field(default_factory=list)

    @classmethod
    def start(cls, folder: Path, document: ParsedDocument) -> ImportDraft:
        """A draft of a freshly parsed document: a row's sub-heading (一、向质效领先…, the document's 分类
        column) becomes the last level of its section, so the plan keeps its chapters."""
        for task in document.tasks:
            if task.category and task.category not in task.section:
                task.section = [*task.section, task.category]
        draft = cls(folder=folder, document=document, period=document_period(document) or "")
        draft.save()
        return draft

    @classmethod
    def load(cls, folder: Path) -> ImportDraft | None:
        path = folder / DRAFT_FILE
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            folder=folder,
            document=ParsedDocument.from_json(data["document"]),
            period=data.get("period", ""),
            confirmed_units=list(data.get("confirmed_units", [])),
            aliases=dict(data.get("aliases", {})),
            corrected_rows=list(data.get("corrected_rows", [])),
        )

    def save(self) -> None:
        data = {
            "document": self.document.to_json(),
            "period": self.period,
            "confirmed_units": self.confirmed_units,
            "aliases": self.aliases,
            "corrected_rows": self.corrected_rows,
        }
        (self.folder / DRAFT_FILE).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    @property
    def has_progress(self) -> bool:
        return any(task.progress is not None or task.label is not None for task in self.document.tasks)

    def row(self, index: int) -> ParsedTask | None:
        return self.document.tasks[index] if 0 <= index < len(self.document.tasks) else None

    # Corrections -----------------------------------------------------------------------------------

    def correct_row(
        self,
        index: int,
        *,
        section: list[str],
        lead_units: list[str],
        co_units: list[str],
        targets: list[dict[str, Any]],
    ) -> None:
        """Replace one row's section, units and targets with what the office entered (already validated)."""
        task = self.document.tasks[index]
        task.section = section
        task.lead_units = lead_units
        task.co_units = [name for name in co_units if name not in lead_units]
        task.targets = targets
        if index not in self.corrected_rows:
            self.corrected_rows.append(index)

    def rename_unit(self, written: str, names: list[str]) -> None:
        """Every row naming `written` names `names` instead (map to a known unit, merge, or split)."""
        for task in self.document.tasks:
            task.lead_units = _replaced(task.lead_units, written, names)
            task.co_units = [n for n in _replaced(task.co_units, written, names) if n not in task.lead_units]

    def map_unit(self, written: str, to: str) -> None:
        self.rename_unit(written, [to])
        self.aliases[normalise_unit_name(written)] = to
        self.confirmed_units = [name for name in self.confirmed_units if name != written]

    def split_unit(self, written: str, parts: list[str]) -> None:
        self.rename_unit(written, parts)
        self.confirmed_units = [name for name in self.confirmed_units if name != written]

    def confirm_unit(self, name: str) -> None:
        if name not in self.confirmed_units:
            self.confirmed_units.append(name)

    # Reads -----------------------------------------------------------------------------------------

    def unknown_units(self) -> list[UnknownUnit]:
        """The units confirming would create, in the order the document names them, with suggestions: the
        known (or other new) units the name may be, and the parts of a compound name. A dry run."""
        counts: dict[str, int] = {}
        with transaction.atomic():
            directory = UnitDirectory.load(self.document.issuer or "")
            for task in self.document.tasks:
                for name in dict.fromkeys((*task.lead_units, *task.co_units)):
                    directory.unit(name)
                    counts[normalise_unit_name(name)] = counts.get(normalise_unit_name(name), 0) + 1
            transaction.set_rollback(True)
        known = frozenset(directory.units)
        parts = {created.name: compound_parts(created.name, known) for created in directory.created}
        return [
            UnknownUnit(
                name=created.name,
                rows=counts.get(created.name, 0),
                # a compound name is no unit to map another name to
                suggestions=tuple(s for s in created.suggestions if len(parts.get(s, [s])) == 1),
                parts=tuple(parts[created.name]) if len(parts[created.name]) > 1 else (),
            )
            for created in directory.created
        ]


def _replaced(names: list[str], written: str, replacement: list[str]) -> list[str]:
    key = normalise_unit_name(written)
    out: list[str] = []
    for name in names:
        for new in replacement if normalise_unit_name(name) == key else [name]:
            if new not in out:
                out.append(new)
    return out


def corrected_target(original: dict[str, Any] | None, entered: dict[str, Any]) -> dict[str, Any]:
    """A target as the office corrected it: unchanged fields keep what was read (span, text as written);
    a changed figure is worded from the figure and normalised again."""
    kept = dict(original or {})
    if original is not None and all(original.get(name) == entered[name] for name in TARGET_FIELDS):
        return kept
    base_unit, factor = unit_base(entered["unit"])
    figure_changed = original is None or any(
        original.get(name) != entered[name] for name in ("comparator", "value", "unit")
    )
    kept.update(entered)
    kept["base_value"] = round(entered["value"] * factor, 9)
    kept["base_unit"] = base_unit or entered["unit"]
    if figure_changed:
        number = f"{float(entered['value']):.6f}".rstrip("0").rstrip(".")
        kept["text"] = f"{number}{entered['unit']}{_COMPARATOR_WORDS.get(entered['comparator'], '')}"
        kept["span"] = [0, 0]
        kept["upper"] = None
    kept.setdefault("span", [0, 0])
    kept.setdefault("text", "")
    return kept
