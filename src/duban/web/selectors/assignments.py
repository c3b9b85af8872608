"""Reads of 批示 and 交办: a task's history, a period's list, the dashboard's counts, a unit's open items."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from duban.web import permissions
from duban.web.models import Assignment, AssignmentStatus, AssignmentStep, Instruction, Period, Task
from duban.web.permissions import Actor


def _with_steps(assignments: QuerySet[Assignment]) -> QuerySet[Assignment]:
    return assignments.select_related("unit", "task", "instruction", "period").prefetch_related(
        Prefetch("steps", queryset=AssignmentStep.objects.select_related("by"))
    )


def visible_assignments(
    actor: Actor, assignments: QuerySet[Assignment] | None = None
) -> QuerySet[Assignment]:
    """Office: all; a leader: those on tasks under them; a reporter: its units' own; the public: none."""
    assignments = Assignment.objects.all() if assignments is None else assignments
    if actor.is_reporter:
        return assignments.filter(unit_id__in=actor.unit_ids)
    return assignments.filter(task__in=permissions.tasks_visible_to(actor))


@dataclass
class TaskInstructions:
    """A task's 批示, each with the 交办 made of it, and the 交办 made without one."""

    instructions: list[Instruction] = field(default_factory=list)
    loose: list[Assignment] = field(default_factory=list)


def task_instructions(actor: Actor, task: Task) -> TaskInstructions:
    mine = _with_steps(visible_assignments(actor, Assignment.objects.filter(task=task)))
    instructions = Instruction.objects.filter(task=task).select_related("period")
    if actor.is_reporter:
        # a unit sees the 批示 handed to it, not what leaders wrote to others
        instructions = instructions.filter(assignments__in=mine).distinct()
    rows = list(instructions.prefetch_related(Prefetch("assignments", queryset=mine, to_attr="shown")))
    return TaskInstructions(instructions=rows, loose=list(mine.filter(instruction__isnull=True)))


def assignment_by_id(actor: Actor, assignment_id: int) -> Assignment | None:
    return _with_steps(visible_assignments(actor)).filter(pk=assignment_id).first()


def period_assignments(actor: Actor, period: Period, status: str | None = None) -> QuerySet[Assignment]:
    """The period's 交办 (those made in it), oldest first; `overdue` picks open ones past their due date."""
    rows = visible_assignments(actor, Assignment.objects.filter(period=period))
    if status == "overdue":
        rows = rows.exclude(status=AssignmentStatus.CLOSED).filter(due__lt=timezone.localdate())
    elif status:
        rows = rows.filter(status=status)
    return _with_steps(rows).order_by("assigned_at", "pk")


def period_instructions(actor: Actor, period: Period) -> QuerySet[Instruction]:
    """The 批示 written in the period that no 交办 has been made of yet: what the office still has to hand on."""
    return (
        Instruction.objects.filter(period=period, task__in=permissions.tasks_visible_to(actor))
        .filter(assignments__isnull=True)
        .select_related("task")
        .order_by("written_at")
    )


def assignment_counts(actor: Actor, period: Period) -> dict[str, int]:
    """For the dashboard: 批示 written and 交办 made in the period, by status, and how many are overdue."""
    rows = visible_assignments(actor, Assignment.objects.filter(period=period))
    counts = rows.aggregate(
        total=Count("pk"),
        **{status: Count("pk", filter=Q(status=status)) for status in AssignmentStatus.values},
        overdue=Count("pk", filter=Q(due__lt=timezone.localdate()) & ~Q(status=AssignmentStatus.CLOSED)),
    )
    counts["instructions"] = Instruction.objects.filter(
        period=period, task__in=permissions.tasks_visible_to(actor)
    ).count()
    return counts


def open_assignments(actor: Actor) -> list[Assignment]:
    """A reporter's workbench: its units' 交办 awaiting a reply (assigned or sent back), soonest due first."""
    return list(
        visible_assignments(
            actor,
            Assignment.objects.filter(status__in=[AssignmentStatus.ASSIGNED, AssignmentStatus.RETURNED]),
        )
        .select_related("task", "unit", "instruction")
        .order_by("due", "pk")
    )
