"""批示 / 交办 pages: write a 批示 and turn it into a 交办 on the task page, reply, close or send back, and the
period's list of 交办 with its counts."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from duban.errors import DubanError
from duban.web import permissions
from duban.web.forms import AssignmentForm, CloseForm, InstructionForm, ReplyForm, SendBackForm
from duban.web.models import AssignmentStatus, Instruction
from duban.web.selectors import assignments as assignment_selectors
from duban.web.selectors.periods import default_period
from duban.web.selectors.units import unit_by_id
from duban.web.services import assignments
from duban.web.views import exports
from duban.web.views.access import found, role_required
from duban.web.views.office import without_period
from duban.web.views.scope import chosen_scope


def _back(task_id: int):
    return redirect(f"{reverse('task_detail', args=[task_id])}#instructions")


def _form_errors(form) -> str:
    return "；".join(
        f"{form.fields[name].label if name in form.fields else ''}：{error}"
        for name, errors in form.errors.items()
        for error in errors
    )


def _run(request, task_id: int, form, action, done: str):
    """Validate `form`, run the service `action(data)`, and tell the result on the task page."""
    if request.method != "POST":
        raise Http404()
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return _back(task_id)
    try:
        action(form.cleaned_data)
    except DubanError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, done)
    return _back(task_id)


@role_required(permissions.LEADER, permissions.OFFICE)
def instruction_add(request, task_id: int):
    actor = request.actor
    task = permissions.task_for(actor, task_id)
    return _run(
        request,
        task.pk,
        InstructionForm(request.POST),
        lambda data: assignments.write_instruction(
            actor=actor,
            task=task,
            text=data["text"],
            period=default_period(actor, task.plan),
            leader_name=data["leader_name"],
        ),
        "批示已保存",
    )


@role_required(permissions.OFFICE)
def assignment_add(request, task_id: int):
    actor = request.actor
    task = permissions.task_for(actor, task_id)

    def act(data):
        instruction = None
        if data.get("instruction"):
            instruction = found(Instruction.objects.filter(pk=data["instruction"], task=task).first())
        assignments.assign(
            actor=actor,
            task=task,
            unit=found(unit_by_id(data["unit"])),
            due=data["due"],
            request=data["request"],
            instruction=instruction,
            period=None if instruction else default_period(actor, task.plan),
        )

    return _run(request, task.pk, AssignmentForm(request.POST), act, "已交办，单位工作台可见")


def _assignment(request, assignment_id: int):
    return found(assignment_selectors.assignment_by_id(request.actor, assignment_id))


@role_required(permissions.REPORTER, permissions.OFFICE)
def assignment_reply(request, assignment_id: int):
    item = _assignment(request, assignment_id)
    return _run(
        request,
        item.task_id,
        ReplyForm(request.POST),
        lambda data: assignments.reply(actor=request.actor, assignment=item, text=data["text"]),
        "已回复督查室",
    )


@role_required(permissions.OFFICE)
def assignment_close(request, assignment_id: int):
    item = _assignment(request, assignment_id)
    return _run(
        request,
        item.task_id,
        CloseForm(request.POST),
        lambda data: assignments.close(actor=request.actor, assignment=item, note=data["note"]),
        "交办事项已办结",
    )


@role_required(permissions.OFFICE)
def assignment_return(request, assignment_id: int):
    item = _assignment(request, assignment_id)
    return _run(
        request,
        item.task_id,
        SendBackForm(request.POST),
        lambda data: assignments.send_back(
            actor=request.actor, assignment=item, reason=data["reason"], due=data["due"]
        ),
        "已退回重办（回头看），单位工作台可见",
    )


STATUS_FILTERS = [*AssignmentStatus.choices, ("overdue", "已逾期")]


@role_required(permissions.OFFICE, permissions.LEADER)
def assignment_list(request):
    scope = chosen_scope(request, request.actor)
    if scope.period is None:
        return without_period(request, scope, "批示交办")
    period = scope.period
    status = request.GET.get("status") or None
    rows = assignment_selectors.period_assignments(request.actor, period, status)
    if exports.wants_xlsx(request):
        return exports.xlsx_response(
            f"{period.plan.code}-{period.label}-批示交办", [exports.assignment_rows(rows)]
        )
    return render(
        request,
        "duban/assignments.html",
        {
            "scope": scope,
            "period": period,
            "status": status,
            "statuses": STATUS_FILTERS,
            "counts": assignment_selectors.assignment_counts(request.actor, period),
            "rows": rows,
            "waiting": assignment_selectors.period_instructions(request.actor, period),
        },
    )
