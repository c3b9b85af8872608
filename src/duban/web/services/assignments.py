"""批示 / 交办: a leader's instruction on a task, turned by the office into an assignment to a unit with a due
date; the unit replies; the office closes it or sends it back (回头看) with a new due date. Every step is kept.

Who may do what: a leader writes 批示 on the tasks under them (the office may record one given on paper); the
office assigns, closes and sends back; a unit's reporter replies to its own unit's assignments.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import (
    Assignment,
    AssignmentStatus,
    AssignmentStep,
    Instruction,
    Leader,
    Period,
    Task,
    TaskUnit,
    Unit,
)
from duban.web.permissions import Actor
from duban.web.services.limits import NOTE_MAX, clean_text

# What each step may follow: a reply answers an assignment or a sending back; the office closes or sends
# back a replied assignment only (回头看 looks at what the unit said it did).
_REPLYABLE = (AssignmentStatus.ASSIGNED, AssignmentStatus.RETURNED)


def _leader_name(actor: Actor, given: str) -> str:
    if actor.is_leader:
        leader = Leader.objects.filter(pk__in=actor.leader_ids).first()
        user = User.objects.get(pk=actor.user_id)
        return (leader.name if leader else "") or user.first_name or user.username
    name = clean_text(given, field="批示领导", limit=100)
    if not name:
        raise DubanError("批示领导：请填写作出批示的领导姓名")
    return name


def write_instruction(
    *, actor: Actor, task: Task, text: str, period: Period | None = None, leader_name: str = ""
) -> Instruction:
    """A 批示 on a task: by a leader on a task under them, or recorded by the office naming the leader."""
    permissions.require(actor, permissions.LEADER, permissions.OFFICE)
    permissions.task_for(actor, task.pk)
    text = clean_text(text, field="批示内容", limit=NOTE_MAX)
    if not text:
        raise DubanError("批示内容不能为空")
    if period is not None and period.plan_id != task.plan_id:
        raise DubanError("报送期不属于该任务所在的方案")
    return Instruction.objects.create(
        task=task,
        period=period,
        text=text,
        leader_name=_leader_name(actor, leader_name),
        written_by_id=actor.user_id,
    )


def assign(
    *,
    actor: Actor,
    task: Task,
    unit: Unit,
    due: date,
    request: str,
    instruction: Instruction | None = None,
    period: Period | None = None,
) -> Assignment:
    """交办: hand the task (and its 批示) to one of its units, to be done by `due`."""
    permissions.require(actor, permissions.OFFICE)
    request = clean_text(request, field="交办要求", limit=NOTE_MAX)
    if not request:
        raise DubanError("交办要求不能为空")
    if instruction is not None and instruction.task_id != task.pk:
        raise DubanError("批示不属于该任务")
    if not TaskUnit.objects.filter(task=task, unit=unit).exists():
        raise DubanError(f"交办单位：{unit.name}不是该任务的责任单位")
    if due < timezone.localdate():
        raise DubanError("办理时限：不能早于今天")
    period = period or (instruction.period if instruction else None)
    with transaction.atomic():
        assignment = Assignment.objects.create(
            instruction=instruction,
            task=task,
            period=period,
            unit=unit,
            request=request,
            due=due,
            assigned_by_id=actor.user_id,
        )
        AssignmentStep.objects.create(
            assignment=assignment,
            kind=AssignmentStep.Kind.ASSIGNED,
            text=request,
            due=due,
            by_id=actor.user_id,
        )
    return assignment


def _locked(assignment: Assignment) -> Assignment:
    return Assignment.objects.select_for_update().get(pk=assignment.pk)


def reply(*, actor: Actor, assignment: Assignment, text: str) -> Assignment:
    """The unit says what it did; only its own reporters (or the office on its behalf) may."""
    permissions.require(actor, permissions.REPORTER, permissions.OFFICE)
    if actor.is_reporter and assignment.unit_id not in actor.unit_ids:
        raise PermissionDenied("只能回复交办给本单位的事项")
    text = clean_text(text, field="回复内容", limit=NOTE_MAX)
    if not text:
        raise DubanError("回复内容不能为空")
    with transaction.atomic():
        current = _locked(assignment)
        if current.status not in _REPLYABLE:
            raise DubanError(f"该交办事项{current.get_status_display()}，不能再回复")
        current.status = AssignmentStatus.REPLIED
        current.save(update_fields=["status"])
        AssignmentStep.objects.create(
            assignment=current, kind=AssignmentStep.Kind.REPLIED, text=text, by_id=actor.user_id
        )
    return current


def close(*, actor: Actor, assignment: Assignment, note: str = "") -> Assignment:
    """办结: the office accepts what the unit replied."""
    permissions.require(actor, permissions.OFFICE)
    note = clean_text(note, field="办结意见", limit=NOTE_MAX)
    with transaction.atomic():
        current = _locked(assignment)
        if current.status != AssignmentStatus.REPLIED:
            raise DubanError(f"该交办事项{current.get_status_display()}，单位回复后才能办结")
        current.status = AssignmentStatus.CLOSED
        current.closed_at = timezone.now()
        current.save(update_fields=["status", "closed_at"])
        AssignmentStep.objects.create(
            assignment=current, kind=AssignmentStep.Kind.CLOSED, text=note, by_id=actor.user_id
        )
    return current


def send_back(*, actor: Actor, assignment: Assignment, reason: str, due: date) -> Assignment:
    """退回重办 (回头看): what the unit replied is not enough; it is to act again by a new due date."""
    permissions.require(actor, permissions.OFFICE)
    reason = clean_text(reason, field="退回理由", limit=NOTE_MAX)
    if not reason:
        raise DubanError("退回理由不能为空")
    if due < timezone.localdate():
        raise DubanError("办理时限：不能早于今天")
    with transaction.atomic():
        current = _locked(assignment)
        if current.status != AssignmentStatus.REPLIED:
            raise DubanError(f"该交办事项{current.get_status_display()}，单位回复后才能退回")
        current.status = AssignmentStatus.RETURNED
        current.due = due
        current.save(update_fields=["status", "due"])
        AssignmentStep.objects.create(
            assignment=current, kind=AssignmentStep.Kind.RETURNED, text=reason, due=due, by_id=actor.user_id
        )
    return current
