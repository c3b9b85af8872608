"""What the layout recognisers produce: task records in the shape of `duban parse --json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DocumentKind = Literal["plan", "progress", "report", "narrative"]
TaskKind = Literal["indicator", "task"]


@dataclass(slots=True)
class ParsedTask:
    """One numbered row of a plan or progress document (DESIGN §5)."""

    ref: str
    seq: int
    part: str | None
    section: list[str]
    category: str | None
    kind: TaskKind
    text: str
    lead_leaders: list[str] = field(default_factory=list)
    lead_units: list[str] = field(default_factory=list)
    co_units: list[str] = field(default_factory=list)
    progress: str | None = None
    label: str | None = None
    targets: list[dict[str, Any]] = field(default_factory=list)
    actuals: list[dict[str, Any]] = field(default_factory=list)
    judgement: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if data["judgement"] is None:
            del data["judgement"]
        return data


@dataclass(slots=True)
class ParsedDocument:
    """A whole document: its metadata, its tasks in order and what looked wrong."""

    source: str
    kind: DocumentKind
    title: str | None
    issuer: str | None
    date: str | None
    year: int | None
    tasks: list[ParsedTask] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "title": self.title,
            "issuer": self.issuer,
            "date": self.date,
            "year": self.year,
            "tasks": [task.to_json() for task in self.tasks],
            "warnings": list(self.warnings),
        }
