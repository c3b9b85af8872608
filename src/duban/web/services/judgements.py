"""Judgements: duban's automatic judgement of a task (and of each unit's own report), the office's own label
stored beside it, a person's override, and judging a whole period again.

A task's automatic judgement is always computed here, from what is stored, and stored; pages, the API and
the reports read it and never judge on the spot. Which of the three a task shows is core.status.choose_status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from duban.core.judging import Judgement as AutomaticJudgement
from duban.core.judging import judge_task as judge_reports
from duban.core.judging import judge_texts
from duban.core.schedule import with_deadline
from duban.core.status import STATUS_LABELS, status_label, status_of_office_label
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import (
    Judgement,
    Period,
    Progress,
    ProgressStatus,
    Task,
    TaskUnit,
    UnitRole,
)
from duban.web.permissions import Actor
from duban.web.selectors.periods import previous_period
from duban.web.selectors.progress import counted_reports
from duban.web.services.limits import OVERRIDE_REASON_MAX, clean_text


def _unit_texts(task: Task, reports: list[Progress]) -> dict[str, str]:
    """Unit name → report text, lead units first; a unit that has not reported maps to "". A report stored for
    the whole task (an imported row) stands alone under the lead units' names."""
    links = list(TaskUnit.objects.filter(task=task).select_related("unit"))
    whole = next((p for p in reports if p.unit_id is None), None)
    if whole is not None:
        leads = "、".join(link.unit.name for link in links if link.role == UnitRole.LEAD)
        return {leads or "责任单位": whole.text}
    by_unit = {p.unit_id: p.text for p in reports}
    texts: dict[str, str] = {}
    for link in links:
        texts.setdefault(link.unit.name, by_unit.get(link.unit_id, ""))
    return texts


def _office_label(reports: list[Progress]) -> tuple[str | None, str]:
    """The office's own judgement printed in the document a report came from: (status, wording)."""
    for report in reports:
        status = status_of_office_label(report.label)
        if status:
            return status, report.label or ""
    return None, ""


def _automatic(result: AutomaticJudgement) -> dict[str, Any]:
    """The fields of a Judgement row that duban's automatic judgement fills."""
    return {
        "status": result.status,
        "label": result.label,
        "ratio": result.ratio,
        "expected": result.expected,
        "reason": result.reason,
        "evidence": [e.to_json() for e in result.evidence],
        "warnings": list(result.warnings),
        "judged_at": timezone.now(),
    }


def judge_task(*, task: Task, period: Period) -> Judgement:
    """Judge a task for a period from all its counted reports and store it; the office's label from the
    document is stored beside the automatic judgement, and a person's override is kept."""
    reports = counted_reports(task=task, period=period)
    previous = previous_period(period)
    before = _unit_texts(task, counted_reports(task=task, period=previous)) if previous else {}
    result = judge_reports(
        with_deadline(task.text, task.deadline, period.as_of.year),
        _unit_texts(task, reports),
        period.as_of,
        previous={k: v for k, v in before.items() if v} or None,
    )
    office_status, office_label = _office_label(reports)
    judgement, _ = Judgement.objects.update_or_create(
        task=task,
        period=period,
        unit=None,
        defaults={**_automatic(result), "office_status": office_status, "office_label": office_label},
    )
    return judgement


def judge_unit_report(*, progress: Progress) -> Judgement | None:
    """Store the judgement one unit's own submitted report gets (shown beside it on the task page); a
    withdrawn or empty report has none."""
    if progress.unit_id is None:
        return None
    if progress.status != ProgressStatus.SUBMITTED or not progress.text.strip():
        Judgement.objects.filter(
            task=progress.task, period=progress.period, unit_id=progress.unit_id
        ).delete()
        return None
    task = progress.task
    as_of = progress.period.as_of
    result = judge_texts(with_deadline(task.text, task.deadline, as_of.year), progress.text, as_of)
    judgement, _ = Judgement.objects.update_or_create(
        task=progress.task,
        period=progress.period,
        unit_id=progress.unit_id,
        defaults=_automatic(result),
    )
    return judgement


@dataclass(frozen=True)
class Rejudged:
    """What judging a period again changed: tasks judged, and those whose automatic status changed."""

    period: Period
    judged: int
    changed: int


def judge_period(*, period: Period, task_ids: set[int] | frozenset[int] | None = None) -> Rejudged:
    """Judge again every task of a period that has a report or a judgement (after a rules change, a unit
    merge or a corrected target), in one transaction; overrides are kept. With `task_ids`, only those."""
    with transaction.atomic():
        judged = Judgement.objects.filter(period=period, unit__isnull=True)
        reported = Progress.objects.filter(period=period)
        if task_ids is not None:
            judged = judged.filter(task_id__in=task_ids)
            reported = reported.filter(task_id__in=task_ids)
        before = dict(judged.values_list("task_id", "status"))
        wanted = set(before) | set(reported.values_list("task_id", flat=True))
        changed = 0
        for task in Task.objects.filter(pk__in=wanted).order_by("order"):
            judgement = judge_task(task=task, period=period)
            changed += before.get(task.pk) != judgement.status
        for progress in reported.filter(unit__isnull=False).select_related("task", "period"):
            judge_unit_report(progress=progress)
        return Rejudged(period=period, judged=len(wanted), changed=changed)


@transaction.atomic
def override_judgement(*, actor: Actor, judgement: Judgement, status: str, reason: str) -> Judgement:
    """The office sets the status by hand; the automatic judgement and the office's label stay beside it."""
    permissions.require(actor, permissions.OFFICE)
    reason = clean_text(reason, field="人工研判理由", limit=OVERRIDE_REASON_MAX)
    if not reason:
        raise DubanError("人工研判必须填写理由")
    if status not in STATUS_LABELS:
        raise DubanError(f"研判结果无效：{status}")
    judgement.override_status = status
    judgement.override_reason = reason
    judgement.overridden_by_id = actor.user_id
    judgement.overridden_at = timezone.now()
    judgement._change_reason = f"人工研判为“{status_label(status)}”"
    judgement.save()
    return judgement


@transaction.atomic
def clear_override(*, actor: Actor, judgement: Judgement) -> Judgement:
    """Withdraw a person's override: the task shows the office's label or the automatic judgement again."""
    permissions.require(actor, permissions.OFFICE)
    judgement.override_status = None
    judgement.override_reason = ""
    judgement.overridden_by = None
    judgement.overridden_at = None
    judgement.save()
    return judgement


@transaction.atomic
def confirm_judgements(*, actor: Actor, period: Period, task_ids: set[int]) -> int:
    """The office confirms the status these tasks show in the period as it stands (in bulk, from 待复核):
    recorded as a confirmation, not as an override, so the task keeps its automatic reason. Overridden
    judgements are left as they are. Returns how many were confirmed."""
    permissions.require(actor, permissions.OFFICE)
    rows = Judgement.objects.filter(
        period=period, unit__isnull=True, task_id__in=task_ids, override_status__isnull=True
    )
    now = timezone.now()
    count = 0
    for judgement in rows:
        judgement.confirmed_status = judgement.effective_status
        judgement.confirmed_by_id = actor.user_id
        judgement.confirmed_at = now
        judgement._change_reason = f"确认研判为“{status_label(judgement.confirmed_status)}”"
        judgement.save()
        count += 1
    return count
