"""What the layout recognisers produce: task records in the shape of `duban parse --json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DocumentKind = Literal["plan", "progress", "report", "narrative"]
TaskKind = Literal["indicator", "task"]
# Keys beyond DESIGN §5, present in the JSON only when the document has them.
_OPTIONAL_TASK_KEYS = ("judgement", "deadline", "problems", "next_steps")


@dataclass(slots=True)
class ParsedTask:
    """One numbered row of a plan or progress document (DESIGN §5).

    `deadline` (完成时限), `problems` (存在问题) and `next_steps` (下步打算) are the columns of those
    names when the document has them; they are extra keys of the parse JSON, left out when empty.
    """

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
    deadline: str | None = None
    problems: str | None = None
    next_steps: str | None = None
    targets: list[dict[str, Any]] = field(default_factory=list)
    actuals: list[dict[str, Any]] = field(default_factory=list)
    judgement: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for optional in _OPTIONAL_TASK_KEYS:
            if data[optional] is None:
                del data[optional]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParsedTask:
        """The task `to_json` wrote (keys it does not know are ignored)."""
        names = cls.__dataclass_fields__
        return cls(**{key: value for key, value in data.items() if key in names})


@dataclass(slots=True)
class ParsedDocument:
    """A whole document: its metadata, its tasks in order and what looked wrong.

    `period` is the reporting period a progress table's header names (1-9月完成情况 → "1-9月");
    `actuals` are the figures a narrative report states, present in the JSON only when there are some.
    """

    source: str
    kind: DocumentKind
    title: str | None
    issuer: str | None
    date: str | None
    year: int | None
    tasks: list[ParsedTask] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    period: str | None = None
    # the figures a narrative report states in its prose (ingest.narrative), each with its line
    actuals: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {
            "source": self.source,
            "kind": self.kind,
            "title": self.title,
            "issuer": self.issuer,
            "date": self.date,
            "year": self.year,
            "tasks": [task.to_json() for task in self.tasks],
            "warnings": list(self.warnings),
        }
        if self.period is not None:
            data["period"] = self.period
        if self.actuals:
            data["actuals"] = list(self.actuals)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParsedDocument:
        """The document `to_json` wrote: what the import wizard keeps while the office corrects it."""
        return cls(
            source=data["source"],
            kind=data["kind"],
            title=data.get("title"),
            issuer=data.get("issuer"),
            date=data.get("date"),
            year=data.get("year"),
            tasks=[ParsedTask.from_json(task) for task in data.get("tasks", [])],
            warnings=list(data.get("warnings", [])),
            period=data.get("period"),
            actuals=list(data.get("actuals", [])),
        )
