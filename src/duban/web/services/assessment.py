"""Writes of the annual assessment: a plan's scheme (validated by core.assessment) and the office's
adjustments (entered, changed or withdrawn with a reason; simple-history keeps every version).

Scores are not stored: they are computed from the record whenever they are read, so recomputing is
idempotent by construction.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from duban.core.assessment import Assessment, check_adjustment, scheme_from_json, scheme_from_text
from duban.core.lexicons.schemes import EXAMPLES
from duban.errors import DubanError
from duban.reports.assessment_files import write_assessment_file
from duban.reports.data import office_name
from duban.web import permissions
from duban.web.models import AssessmentAdjustment, AssessmentScheme, Period, Plan, TaskUnit, Unit
from duban.web.permissions import Actor
from duban.web.selectors.assessment import scheme_for


def _user(actor: Actor):
    """The person behind the actor, for the history (simple-history names it only from a request)."""
    return get_user_model().objects.filter(pk=actor.user_id).first() if actor.user_id else None


@transaction.atomic
def save_scheme(*, actor: Actor, plan: Plan, text: str) -> AssessmentScheme:
    """Store the plan's scheme from its JSON text (SchemeError naming every problem; nothing stored then)."""
    permissions.require(actor, permissions.OFFICE)
    scheme = scheme_from_text(text)
    stored, _ = AssessmentScheme.objects.update_or_create(
        plan=plan, defaults={"rules": scheme.to_json(), "updated_by_id": actor.user_id}
    )
    return stored


def use_example(*, actor: Actor, plan: Plan, key: str) -> AssessmentScheme:
    """Store one of the example schemes as the plan's."""
    if key not in EXAMPLES:
        raise DubanError(f"没有示例考核方案「{key}」，可选：{'、'.join(EXAMPLES)}")
    permissions.require(actor, permissions.OFFICE)
    scheme = scheme_from_json(EXAMPLES[key])
    stored, _ = AssessmentScheme.objects.update_or_create(
        plan=plan, defaults={"rules": scheme.to_json(), "updated_by_id": actor.user_id}
    )
    return stored


def _points(value: str | float | Decimal) -> Decimal:
    try:
        points = Decimal(str(value).strip())
    except InvalidOperation:
        raise DubanError(f"分值应为数字：{value}") from None
    if not points.is_finite() or abs(points) >= 100000:
        raise DubanError(f"分值超出范围：{value}")
    return points.quantize(Decimal("0.01"))


@transaction.atomic
def add_adjustment(
    *,
    actor: Actor,
    plan: Plan,
    unit: Unit,
    points: str | float | Decimal,
    reason: str,
    item: str = "",
    period: Period | None = None,
) -> AssessmentAdjustment:
    """The office adds points to a unit's score (or takes them away) with a reason, for a manual item of the
    scheme or free-standing, optionally tied to a period."""
    permissions.require(actor, permissions.OFFICE)
    value = _points(points)
    check_adjustment(scheme_for(plan), item=item, points=float(value), reason=reason)
    if period is not None and period.plan_id != plan.pk:
        raise DubanError(f"报送期「{period.label}」不属于方案「{plan.code}」")
    if not TaskUnit.objects.filter(task__plan=plan, unit=unit).exists():
        raise DubanError(f"单位「{unit.name}」在方案「{plan.code}」中没有承担任务，不参加考核")
    adjustment = AssessmentAdjustment(
        plan=plan,
        unit=unit,
        period=period,
        item=item,
        points=value,
        reason=reason.strip(),
        created_by_id=actor.user_id,
    )
    adjustment._history_user = _user(actor)
    adjustment.save()
    return adjustment


@transaction.atomic
def withdraw_adjustment(
    *, actor: Actor, adjustment: AssessmentAdjustment, reason: str
) -> AssessmentAdjustment:
    """Withdraw an adjustment: it no longer counts, and stays listed as withdrawn with the reason."""
    permissions.require(actor, permissions.OFFICE)
    if not reason.strip():
        raise DubanError("撤销调整必须注明理由")
    if adjustment.withdrawn_at is not None:
        raise DubanError("这项调整已经撤销")
    adjustment.withdrawn_at = timezone.now()
    adjustment.withdrawn_reason = reason.strip()
    adjustment._change_reason = "撤销"
    adjustment._history_user = _user(actor)
    adjustment.save()
    return adjustment


def write_assessment_document(assessment: Assessment, *, plan: Plan, output: Path) -> str:
    """Write the 考核表 (.xlsx) or the 考核情况通报 (.docx) to `output`, signed by the plan's office;
    returns what was written."""
    through = assessment.through
    signed_on = max(timezone.localdate(), through.end) if through else timezone.localdate()
    return write_assessment_file(assessment, output, signer=office_name(plan.issuer), signed_on=signed_on)
