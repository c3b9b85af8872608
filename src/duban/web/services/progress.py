"""Progress: the one writer of what units report, whether it comes from the web form, the API, `duban import`,
the import wizard or the sample data.

Every write stores the text, the figures read from it (core.actuals) and, once the report counts (submitted,
or a row of an imported document), the task's judgement (services.judgements), in one transaction. A unit's
save carries the version the writer started from: if someone saved in between, the save is refused with
both texts (ProgressConflict) rather than overwriting theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from duban.core.actuals import extract_actuals
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Actual, Period, PeriodStatus, Progress, ProgressStatus, Task, Unit
from duban.web.permissions import Actor
from duban.web.services import judgements
from duban.web.services.limits import PROGRESS_TEXT_MAX, clean_text, without_controls


@dataclass
class ProgressConflict(Exception):
    """Someone saved this progress after the writer loaded it: both texts are kept for the page."""

    current: Progress
    attempted_text: str


@transaction.atomic
def save_progress(
    *,
    actor: Actor,
    task: Task,
    period: Period,
    unit: Unit,
    text: str,
    base_version: int,
    submit: bool,
    submitted_at: datetime | None = None,
) -> Progress:
    """Save a unit's progress as a draft or submit it; `base_version` 0 means "I saw none yet".

    A draft saved over a submitted report is kept apart (`draft_text`): the submitted text, its figures
    and its judgement stay as they were until the draft is submitted.
    `submitted_at` records a report handed in earlier (on paper, or sample data); by default it is now.
    A submitted report is judged on its own, and the task is judged again from all its units' reports.
    """
    permissions.require_progress_write(actor, task, unit.pk)
    if period.plan_id is not None and period.plan_id != task.plan_id:
        raise DubanError("该报送期不属于这项任务所在的方案")
    if period.status != PeriodStatus.OPEN and not actor.is_office:
        raise PermissionDenied("该报送期已截止，不能再填报")
    text = clean_text(text, field="推进情况", limit=PROGRESS_TEXT_MAX)
    if submit and not text:
        raise DubanError("推进情况为空，不能报送")
    existing = Progress.objects.filter(task=task, period=period, unit=unit).first()
    if existing is None:
        if base_version:
            raise DubanError("这条推进情况已被删除，请刷新页面")
        progress = Progress(task=task, period=period, unit=unit, version=1)
    else:
        # Compare-and-set on the version: atomic on SQLite and PostgreSQL alike.
        bumped = Progress.objects.filter(pk=existing.pk, version=base_version).update(
            version=F("version") + 1
        )
        if not bumped:
            raise ProgressConflict(current=existing, attempted_text=text)
        progress = existing
        progress.version = base_version + 1
    if not submit and progress.status == ProgressStatus.SUBMITTED:
        # The submitted report stays what leaders, the office's pages and the API read until this is submitted.
        progress.draft_text = text
        progress.save(update_fields=["draft_text", "version", "updated_at"])
        return progress
    progress.text = text
    progress.draft_text = None
    progress.author_id = actor.user_id
    if submit:
        progress.status = ProgressStatus.SUBMITTED
        progress.submitted_at = submitted_at or timezone.now()
    progress.save()
    _store_actuals(progress)
    if progress.status == ProgressStatus.SUBMITTED:
        judgements.judge_unit_report(progress=progress)
        judgements.judge_task(task=task, period=period)
    return progress


@dataclass(frozen=True)
class ReportedRow:
    """One row of an imported document for a task: what the document says, column by column."""

    task: Task
    text: str
    label: str | None = None
    problems: str = ""
    next_steps: str = ""


@dataclass
class StoredRows:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@transaction.atomic
def record_reported_progress(*, period: Period, rows: Iterable[ReportedRow], source: str) -> StoredRows:
    """Store a document's rows as the period's whole-task reports (submitted, as the document was issued),
    with their figures, and judge every task a row changed; the office's own label in a row is stored as the
    office's judgement beside the automatic one. Re-importing the same document changes nothing."""
    existing = {p.task_id: p for p in Progress.objects.filter(period=period, unit__isnull=True)}
    stored = StoredRows()
    now = timezone.now()
    for row in rows:
        fields = {
            "text": without_controls(row.text),
            "label": without_controls(row.label) if row.label is not None else None,
            "problems": without_controls(row.problems),
            "next_steps": without_controls(row.next_steps),
            "source": without_controls(source)[:500],
        }
        progress = existing.get(row.task.pk)
        if progress is None:
            progress = Progress.objects.create(
                task=row.task, period=period, status=ProgressStatus.SUBMITTED, submitted_at=now, **fields
            )
            stored.created += 1
        elif any(getattr(progress, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(progress, name, value)
            progress.version += 1
            progress.save()
            stored.updated += 1
        else:
            stored.unchanged += 1
            if _is_judged(row.task, period):
                continue
        _store_actuals(progress)
        judgements.judge_task(task=row.task, period=period)
    return stored


def _is_judged(task: Task, period: Period) -> bool:
    return task.judgements.filter(period=period, unit__isnull=True).exists()


def _store_actuals(progress: Progress) -> None:
    """The figures read from the progress text, replacing those read from an earlier version."""
    progress.actuals.all().delete()
    Actual.objects.bulk_create(
        Actual(progress=progress, order=order, **_actual_row(actual.to_json()))
        for order, actual in enumerate(extract_actuals(progress.text))
    )


def _actual_row(data: dict[str, Any]) -> dict[str, Any]:
    span = data.get("span") or [0, 0]
    return {
        "metric": str(data.get("metric") or "")[:300],
        "value": data.get("value"),
        "unit": data.get("unit") or "",
        "base_value": data.get("base_value"),
        "base_unit": data.get("base_unit") or "",
        "kind": data.get("kind") or "",
        "span_start": int(span[0]),
        "span_end": int(span[1]),
        "text": str(data.get("text") or "")[:500],
        "cumulative": data.get("cumulative"),
        "period_text": data.get("period"),
        "adjusted": data.get("adjusted"),
    }
