"""Writes the web pages make: progress drafts and submissions, periods, overrides, reminders, attachments.

Every function takes the acting person, checks their reach (duban.web.permissions), and writes in one
transaction. A progress save carries the version the writer started from: if someone saved in between, the
save is refused with both texts (ProgressConflict) rather than overwriting theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from duban.accounts.models import Attachment, Reminder
from duban.errors import DubanError
from duban.web import permissions, preview
from duban.web.models import (
    Actual,
    Judgement,
    JudgementStatus,
    Period,
    PeriodStatus,
    Progress,
    ProgressStatus,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitRole,
)
from duban.web.permissions import Actor
from duban.web.services import units as unit_services


@dataclass
class ProgressConflict(Exception):
    """Someone saved this progress after the writer loaded it: both texts are kept for the page."""

    current: Progress
    attempted_text: str


def as_of_date(period: Period) -> date:
    """The date a period's progress is judged at: its end, else today."""
    return period.end or timezone.localdate()


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

    `submitted_at` records a report handed in earlier (on paper, or sample data); by default it is now.
    """
    permissions.require_progress_write(actor, task, unit.pk)
    if period.plan_id is not None and period.plan_id != task.plan_id:
        raise DubanError("该报送期不属于这项任务所在的方案")
    if period.status != PeriodStatus.OPEN and not actor.is_office:
        raise PermissionDenied("该报送期已截止，不能再填报")
    text = text.strip()
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
    progress.text = text
    progress.author_id = actor.user_id
    if submit:
        progress.status = ProgressStatus.SUBMITTED
        progress.submitted_at = submitted_at or timezone.now()
    progress.save()
    _store_actuals(progress)
    if progress.status == ProgressStatus.SUBMITTED:
        rejudge(task=task, period=period)
    return progress


def _store_actuals(progress: Progress) -> None:
    progress.actuals.all().delete()
    Actual.objects.bulk_create(
        Actual(
            progress=progress,
            order=i,
            metric=a.get("metric") or "",
            value=a.get("value"),
            unit=a.get("unit") or "",
            base_value=a.get("base_value"),
            base_unit=a.get("base_unit") or "",
            kind=a.get("kind") or "",
            span_start=a["span"][0],
            span_end=a["span"][1],
            text=(a.get("text") or "")[:500],
            cumulative=a.get("cumulative"),
            period_text=a.get("period"),
            adjusted=a.get("adjusted"),
        )
        for i, a in enumerate(preview.actuals_of(progress.text))
    )


def unit_reports(task: Task, period: Period | None) -> dict[str, str]:
    """Each unit's submitted report of the task in a period, by unit name, lead units first; a unit that has
    not submitted maps to "". A report stored for the whole task (an imported row) stands alone."""
    if period is None:
        return {}
    submitted = {
        p.unit_id: p.text
        for p in Progress.objects.filter(task=task, period=period, status=ProgressStatus.SUBMITTED)
    }
    links = list(TaskUnit.objects.filter(task=task).select_related("unit"))
    if None in submitted:
        leads = "、".join(link.unit.name for link in links if link.role == UnitRole.LEAD)
        return {leads or "责任单位": submitted[None]}
    reports: dict[str, str] = {}
    for link in links:
        reports.setdefault(link.unit.name, submitted.get(link.unit_id, ""))
    return reports


def rejudge(*, task: Task, period: Period) -> Judgement:
    """Recompute the automatic judgement of a task for a period from all its units' reports; a person's
    override is kept."""
    result = preview.judge_units(
        task.text,
        unit_reports(task, period),
        as_of_date(period),
        previous={k: v for k, v in unit_reports(task, _previous(period)).items() if v} or None,
    )
    judgement, _ = Judgement.objects.update_or_create(
        task=task,
        period=period,
        unit=None,
        defaults={
            "status": result["status"],
            "label": result.get("label") or JudgementStatus(result["status"]).label,
            "ratio": result.get("ratio"),
            "expected": result.get("expected"),
            "reason": result.get("reason") or "",
            "evidence": result.get("evidence") or [],
            "warnings": result.get("warnings") or [],
            "judged_at": timezone.now(),
        },
    )
    return judgement


def _previous(period: Period) -> Period | None:
    if period.end is None or period.plan_id is None:
        return None
    return Period.objects.filter(plan_id=period.plan_id, end__lt=period.end).order_by("-end").first()


@transaction.atomic
def override_judgement(*, actor: Actor, judgement: Judgement, status: str, reason: str) -> Judgement:
    """The office sets the status by hand; the automatic judgement stays beside it."""
    permissions.require(actor, permissions.OFFICE)
    reason = reason.strip()
    if not reason:
        raise DubanError("人工研判必须填写理由")
    if status not in JudgementStatus.values:
        raise DubanError(f"研判结果无效：{status}")
    judgement.override_status = status
    judgement.override_reason = reason
    judgement.overridden_by_id = actor.user_id
    judgement.overridden_at = timezone.now()
    judgement.save()
    return judgement


@transaction.atomic
def clear_override(*, actor: Actor, judgement: Judgement) -> Judgement:
    permissions.require(actor, permissions.OFFICE)
    judgement.override_status = None
    judgement.override_reason = ""
    judgement.overridden_by = None
    judgement.overridden_at = None
    judgement.save()
    return judgement


PERIOD_MOVES = {
    "open": PeriodStatus.OPEN,
    "close": PeriodStatus.CLOSED,
    "publish": PeriodStatus.PUBLISHED,
}


@transaction.atomic
def create_period(
    *, actor: Actor, plan, label: str, start: date | None, end: date | None, deadline
) -> Period:
    permissions.require(actor, permissions.OFFICE)
    label = label.strip()
    if not label:
        raise DubanError("请填写报送期名称，例如 1-6月")
    if Period.objects.filter(plan=plan, label=label).exists():
        raise DubanError(f"报送期“{label}”已存在")
    return Period.objects.create(
        plan=plan,
        issuer=plan.issuer,
        year=plan.year,
        label=label,
        start=start,
        end=end,
        deadline=deadline,
        status=PeriodStatus.OPEN,
    )


@transaction.atomic
def move_period(*, actor: Actor, period: Period, move: str) -> Period:
    """Open, close or publish a period. Publishing makes its table public."""
    permissions.require(actor, permissions.OFFICE)
    if move not in PERIOD_MOVES:
        raise DubanError(f"未知操作：{move}")
    period.status = PERIOD_MOVES[move]
    if move == "publish":
        period.published_at = timezone.now()
    period.save()
    return period


def remind(*, actor: Actor, period: Period, units: list[Unit], note: str = "") -> int:
    """Record a 催办 for each unit; returns how many were recorded."""
    permissions.require(actor, permissions.OFFICE)
    Reminder.objects.bulk_create(
        Reminder(period=period, unit=u, by_id=actor.user_id, note=note[:200]) for u in units
    )
    return len(units)


@transaction.atomic
def attach(*, actor: Actor, progress: Progress, upload) -> Attachment:
    """Attach a photo or PDF to a progress report, within the type and size limits of the settings."""
    permissions.require_progress_write(actor, progress.task, progress.unit_id)
    if progress.period.status != PeriodStatus.OPEN and not actor.is_office:
        raise PermissionDenied("该报送期已截止，不能再上传附件")
    name = PurePath(upload.name).name
    suffix = PurePath(name).suffix.lower()
    allowed = settings.ATTACHMENT_TYPES
    if suffix not in allowed:
        raise DubanError(f"附件“{name}”类型不支持，只能上传 {'、'.join(sorted(allowed))} 文件")
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        limit = settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)
        raise DubanError(f"附件“{name}”超过 {limit} MB 的大小限制")
    head = upload.read(8)
    upload.seek(0)
    if not _magic_matches(suffix, head):
        raise DubanError(f"附件“{name}”的内容与扩展名不符")
    return Attachment.objects.create(
        progress=progress,
        file=upload,
        name=name[:255],
        content_type=allowed[suffix],
        size=upload.size,
        uploaded_by_id=actor.user_id,
    )


# File signatures: a renamed executable is refused even with an allowed extension.
_MAGIC = {".pdf": (b"%PDF",), ".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}


def _magic_matches(suffix: str, head: bytes) -> bool:
    return any(head.startswith(m) for m in _MAGIC[suffix])


@transaction.atomic
def merge_units(*, actor: Actor, source: Unit, target: Unit) -> unit_services.MergedUnits:
    """The office folds one unit into another; the tasks it touched are judged again under the kept name."""
    permissions.require(actor, permissions.OFFICE)
    merged = unit_services.merge_units(source=source, target=target)
    for judgement in Judgement.objects.filter(task_id__in=merged.task_ids, unit__isnull=True).select_related(
        "task", "period"
    ):
        rejudge(task=judgement.task, period=judgement.period)
    return merged


def add_unit_alias(*, actor: Actor, unit: Unit, alias: str) -> UnitAlias:
    permissions.require(actor, permissions.OFFICE)
    return unit_services.add_unit_alias(unit=unit, alias=alias)


def remove_unit_alias(*, actor: Actor, alias: UnitAlias) -> Unit:
    permissions.require(actor, permissions.OFFICE)
    return unit_services.remove_unit_alias(alias=alias)


def confirm_unit(*, actor: Actor, unit: Unit) -> Unit:
    permissions.require(actor, permissions.OFFICE)
    return unit_services.confirm_unit(unit=unit)
