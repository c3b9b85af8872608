"""What the office checks before publishing a period: units yet to report, tasks awaiting review, warnings."""

from __future__ import annotations

from dataclasses import dataclass

from duban.web.models import Judgement, Period, Task
from duban.web.selectors.progress import MissingUnit, missing_reports
from duban.web.selectors.tasks import review_queue


@dataclass(frozen=True)
class PublishCheck:
    period: Period
    unreported: list[MissingUnit]
    awaiting_review: list[Task]
    warned: list[Judgement]

    @property
    def clear(self) -> bool:
        return not (self.unreported or self.awaiting_review or self.warned)


def publish_check(period: Period) -> PublishCheck:
    """The outstanding items of a period, shown before it is published."""
    warned = (
        Judgement.objects.filter(period=period, unit__isnull=True)
        .exclude(warnings=[])
        .select_related("task")
        .order_by("task__order")
    )
    return PublishCheck(
        period=period,
        unreported=missing_reports(period),
        awaiting_review=review_queue(period),
        warned=list(warned),
    )
