"""Targets: what a task sentence promises (地区生产总值增长6%以上 → growth_rate >= 6 %)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from duban.core.quantity import Quantity

Comparator = Literal[">=", "<=", "=", "~"]
TargetKind = Literal["growth_rate", "decline_rate", "increment", "level", "total"]


@dataclass(frozen=True, slots=True)
class Target:
    """One quantified goal in a task sentence. `soft` marks 力争 (a stretch goal)."""

    metric: str
    quantity: Quantity
    comparator: Comparator
    kind: TargetKind
    span: tuple[int, int]
    text: str
    soft: bool = False

    def to_json(self) -> dict[str, Any]:
        q = self.quantity
        data: dict[str, Any] = {
            "metric": self.metric,
            "value": q.value,
            "unit": q.unit,
            "comparator": self.comparator,
            "kind": self.kind,
            "span": list(self.span),
            "text": self.text,
            "base_value": q.base_value,
            "base_unit": q.base_unit,
        }
        if q.upper is not None:
            data["upper"] = q.upper
        if self.soft:
            data["soft"] = True
        return data


def extract_targets(text: str) -> list[Target]:
    """Every target stated in one task sentence, in order of appearance."""
    raise NotImplementedError("target extraction lands with the numbers issue")
