"""Actuals: the figures a unit reports (同比增长2.9%, 新增科技型企业273家, 完成全年任务的66.5%)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from duban.core.quantity import Quantity

# growth_rate: a signed change rate (下降3.2% is -3.2); amount: a count or amount reached;
# share: a stated share of the goal completed (完成全年任务的66.5%); rank: a place in a ranking.
ActualKind = Literal["growth_rate", "amount", "share", "rank"]


@dataclass(frozen=True, slots=True)
class Actual:
    """One figure in a progress text.

    `cumulative` marks 累计/截至 figures; `period` is the span the figure covers when stated
    (1-6月); `adjusted` marks a figure stated after an exclusion (扣除…后增长-15.6%).
    """

    metric: str
    quantity: Quantity
    kind: ActualKind
    span: tuple[int, int]
    text: str
    cumulative: bool = False
    period: str | None = None
    adjusted: bool = False

    def to_json(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "metric": self.metric,
            "value": q.value,
            "unit": q.unit,
            "kind": self.kind,
            "span": list(self.span),
            "text": self.text,
            "base_value": q.base_value,
            "base_unit": q.base_unit,
            "cumulative": self.cumulative,
            "period": self.period,
            "adjusted": self.adjusted,
        }


def extract_actuals(text: str) -> list[Actual]:
    """Every figure reported in a progress text, in order of appearance."""
    raise NotImplementedError("actual extraction lands with the numbers issue")
