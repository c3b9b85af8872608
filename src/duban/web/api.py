"""The HTTP API (JSON): plans, periods, tasks, progress submission and judgements.

Bearer-token auth (Authorization: Bearer <token>); the same scoping as the pages, through
duban.web.permissions. Anonymous callers see only published periods. OpenAPI schema: /api/openapi.json,
interactive docs: /api/docs.
"""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import NinjaAPI, Query, Schema
from ninja.security import HttpBearer

from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Judgement, Progress, Task
from duban.web.permissions import Actor
from duban.web.selectors import tasks as task_selectors
from duban.web.selectors.judgements import judgement_by_id, period_judgements
from duban.web.selectors.plans import all_plans
from duban.web.selectors.progress import visible_progress
from duban.web.selectors.tokens import token_for
from duban.web.selectors.units import unit_by_id
from duban.web.services import judgements
from duban.web.services import progress as progress_services
from duban.web.services.tokens import mark_token_used

# Paging of /api/tasks: a page holds at most MAX_PAGE tasks; offsets beyond MAX_OFFSET are refused (422).
MAX_PAGE = 500
MAX_OFFSET = 1_000_000


class TokenAuth(HttpBearer):
    def authenticate(self, request, token: str):
        found = token_for(token)
        if found is None or not found.user.is_active:
            return None
        mark_token_used(token=found)
        request.actor = permissions.actor_for(found.user)
        return found.user


def _optional(request) -> bool:
    """Auth that lets anonymous callers through as the public."""
    request.actor = permissions.ANONYMOUS
    return True


api = NinjaAPI(
    title="督办 API",
    version="1",
    description="政府工作报告目标任务督办：方案、报送期、任务、推进情况与研判结果。令牌放在 Authorization: Bearer 头中。",
    auth=TokenAuth(),
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    return api.create_response(request, {"detail": str(exc) or "没有权限"}, status=403)


@api.exception_handler(DubanError)
def _bad_input(request, exc):
    return api.create_response(request, {"detail": exc.message}, status=400)


def _found(row):
    if row is None:
        raise Http404("没有找到")
    return row


def _actor(request) -> Actor:
    return getattr(request, "actor", permissions.ANONYMOUS)


class PlanOut(Schema):
    id: int
    code: str
    issuer: str
    year: int | None
    title: str


class PeriodOut(Schema):
    id: int
    plan_id: int | None
    label: str
    start: date | None
    end: date | None
    deadline: datetime | None
    status: str
    published_at: datetime | None


class UnitRef(Schema):
    id: int
    name: str
    role: str


class TaskOut(Schema):
    id: int
    plan_id: int
    ref: str
    seq: int
    kind: str
    section: str | None
    text: str
    leaders: list[str]
    units: list[UnitRef]
    status: str
    warning: bool
    previous_status: str | None


class PublicJudgementOut(Schema):
    """What the public page shows of a judgement: the effective status, without the office's notes."""

    id: int
    task_id: int
    period_id: int
    status: str
    label: str


class JudgementOut(PublicJudgementOut):
    automatic_status: str
    office_status: str | None
    office_label: str
    ratio: float | None
    expected: float | None
    reason: str
    evidence: list
    overridden: bool
    override_reason: str


class ProgressOut(Schema):
    """`text` is what everyone allowed reads; `draft_text`, a draft saved over a submitted report, is shown
    to the unit's own writers (and the office) only."""

    id: int
    task_id: int
    period_id: int
    unit_id: int | None
    text: str
    draft_text: str | None = None
    status: str
    version: int
    submitted_at: datetime | None


class ProgressIn(Schema):
    task_id: int
    unit_id: int
    period_id: int
    text: str
    version: int = 0
    submit: bool = False


class OverrideIn(Schema):
    status: str
    reason: str


class ConflictOut(Schema):
    detail: str
    current_version: int
    current_text: str


class Message(Schema):
    detail: str


def _judgement_out(j: Judgement) -> JudgementOut:
    return JudgementOut(
        id=j.pk,
        task_id=j.task_id,
        period_id=j.period_id,
        status=j.effective_status,
        automatic_status=j.status,
        office_status=j.office_status,
        office_label=j.office_label,
        label=j.effective_label,
        ratio=j.ratio,
        expected=j.expected,
        reason=j.effective_reason,
        evidence=j.evidence or [],
        overridden=j.is_overridden,
        override_reason=j.override_reason,
    )


def _public_judgement_out(j: Judgement) -> PublicJudgementOut:
    return PublicJudgementOut(
        id=j.pk, task_id=j.task_id, period_id=j.period_id, status=j.effective_status, label=j.effective_label
    )


def _task_out(t: Task) -> TaskOut:
    return TaskOut(
        id=t.pk,
        plan_id=t.plan_id,
        ref=t.ref,
        seq=t.seq,
        kind=t.kind,
        section=t.section.name if t.section else None,
        text=t.text,
        leaders=[tl.leader.name for tl in t.task_leaders.all()],
        units=[UnitRef(id=tu.unit_id, name=tu.unit.name, role=tu.role) for tu in t.task_units.all()],
        status=t.cur_status,
        warning=bool(getattr(t, "cur_warning", False)),
        previous_status=t.prev_status,
    )


@api.get("/plans", response=list[PlanOut], summary="方案列表")
def list_plans(request):
    permissions.require(_actor(request), permissions.OFFICE, permissions.LEADER, permissions.REPORTER)
    return list(all_plans())


@api.get(
    "/periods", response=list[PeriodOut], auth=[TokenAuth(), _optional], summary="报送期（公众仅见已发布）"
)
def list_periods(request):
    return list(permissions.periods_visible_to(_actor(request)).order_by("-end", "pk"))


@api.get("/tasks", response=list[TaskOut], summary="任务及本期研判结果（按权限范围）")
def list_tasks(
    request,
    period: int,
    status: str | None = None,
    unit: int | None = None,
    q: str = "",
    limit: int = Query(100, ge=1, le=MAX_PAGE),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    actor = _actor(request)
    chosen = permissions.period_for(actor, period)
    tasks = task_selectors.task_list(
        actor, chosen, task_selectors.TaskFilters(status=status, unit=unit, q=q[:100])
    )
    return [_task_out(t) for t in tasks[offset : offset + limit]]


@api.get("/tasks/{task_id}", response=TaskOut, summary="单个任务")
def get_task(request, task_id: int, period: int):
    actor = _actor(request)
    chosen = permissions.period_for(actor, period)
    permissions.task_for(actor, task_id)
    return _task_out(
        _found(
            task_selectors.task_list(actor, chosen, task_selectors.TaskFilters()).filter(pk=task_id).first()
        )
    )


@api.get(
    "/periods/{period_id}/judgements",
    response=list[JudgementOut | PublicJudgementOut],
    auth=[TokenAuth(), _optional],
    summary="研判结果（公众仅见已发布报送期，且只见研判状态）",
)
def list_judgements(request, period_id: int):
    actor = _actor(request)
    period = permissions.period_for(actor, period_id)
    rows = period_judgements(actor, period)
    if actor.is_public:
        # The public page shows the status only: no automatic status beside an override, no reasons.
        return [_public_judgement_out(j) for j in rows]
    return [_judgement_out(j) for j in rows]


@api.get("/progress", response=list[ProgressOut], summary="本人可见的推进情况")
def list_progress(request, period: int, task: int | None = None):
    actor = _actor(request)
    chosen = permissions.period_for(actor, period)
    return [_progress_out(p, actor) for p in visible_progress(actor, chosen, task)]


@api.post("/progress", response={200: ProgressOut, 409: ConflictOut}, summary="保存或报送推进情况")
def save_progress(request, payload: ProgressIn):
    actor = _actor(request)
    task = permissions.task_for(actor, payload.task_id)
    period = permissions.period_for(actor, payload.period_id)
    unit = _found(unit_by_id(payload.unit_id))
    try:
        progress = progress_services.save_progress(
            actor=actor,
            task=task,
            period=period,
            unit=unit,
            text=payload.text,
            base_version=payload.version,
            submit=payload.submit,
        )
    except progress_services.ProgressConflict as exc:
        return 409, ConflictOut(
            detail="这条推进情况已被他人修改，请合并后按最新版本号重新提交",
            current_version=exc.current.version,
            current_text=exc.current.text,
        )
    return 200, _progress_out(progress, actor)


def _progress_out(progress: Progress, actor: Actor) -> ProgressOut:
    own = actor.sees_everything or progress.unit_id in actor.unit_ids
    return ProgressOut(
        id=progress.pk,
        task_id=progress.task_id,
        period_id=progress.period_id,
        unit_id=progress.unit_id,
        text=progress.text,
        draft_text=progress.draft_text if own else None,
        status=progress.status,
        version=progress.version,
        submitted_at=progress.submitted_at,
    )


@api.post("/judgements/{judgement_id}/override", response=JudgementOut, summary="人工研判（督查室）")
def override(request, judgement_id: int, payload: OverrideIn):
    actor = _actor(request)
    permissions.require(actor, permissions.OFFICE)
    judgement = _found(judgement_by_id(judgement_id))
    return _judgement_out(
        judgements.override_judgement(
            actor=actor, judgement=judgement, status=payload.status, reason=payload.reason
        )
    )


@api.get(
    "/assessment",
    response=dict,
    summary="年度考核：各责任单位得分、排名与计分明细（督查室；领导仅见分管单位）",
)
def assessment(request, plan: int, through: int | None = None):
    from duban.web.selectors import assessment as assessment_selectors

    actor = _actor(request)
    permissions.require(actor, permissions.OFFICE, permissions.LEADER)
    chosen = next((p for p in assessment_selectors.plans_for(actor) if p.pk == plan), None)
    if chosen is None:
        raise Http404("没有找到该方案")
    period = None
    if through is not None:
        period = _found(assessment_selectors.plan_periods(chosen).filter(pk=through).first())
    return assessment_selectors.assessment_for(actor, chosen, through=period).to_json()


# 批示 / 交办 ------------------------------------------------------------------------------------


class StepOut(Schema):
    kind: str
    label: str
    text: str
    due: date | None
    by: str
    at: datetime


class AssignmentOut(Schema):
    id: int
    task_id: int
    instruction_id: int | None
    period_id: int | None
    unit_id: int
    unit: str
    request: str
    due: date
    status: str
    status_label: str
    overdue: bool
    assigned_at: datetime
    closed_at: datetime | None
    steps: list[StepOut]


class InstructionOut(Schema):
    id: int
    task_id: int
    period_id: int | None
    leader_name: str
    text: str
    written_at: datetime
    assignments: list[AssignmentOut]


class InstructionIn(Schema):
    text: str
    leader_name: str = ""
    period_id: int | None = None


class AssignmentIn(Schema):
    unit_id: int
    due: date
    request: str


class ReplyIn(Schema):
    text: str


class CloseIn(Schema):
    note: str = ""


class SendBackIn(Schema):
    reason: str
    due: date


def _assignment_out(item) -> AssignmentOut:
    return AssignmentOut(
        id=item.pk,
        task_id=item.task_id,
        instruction_id=item.instruction_id,
        period_id=item.period_id,
        unit_id=item.unit_id,
        unit=item.unit.name,
        request=item.request,
        due=item.due,
        status=item.status,
        status_label=item.get_status_display(),
        overdue=item.is_overdue(),
        assigned_at=item.assigned_at,
        closed_at=item.closed_at,
        steps=[
            StepOut(
                kind=step.kind,
                label=step.get_kind_display(),
                text=step.text,
                due=step.due,
                by=(step.by.first_name or step.by.username) if step.by else "",
                at=step.at,
            )
            for step in item.steps.all()
        ],
    )


def _instruction_out(instruction, assignments) -> InstructionOut:
    return InstructionOut(
        id=instruction.pk,
        task_id=instruction.task_id,
        period_id=instruction.period_id,
        leader_name=instruction.leader_name,
        text=instruction.text,
        written_at=instruction.written_at,
        assignments=[_assignment_out(a) for a in assignments],
    )


def _assignment(actor: Actor, assignment_id: int):
    from duban.web.selectors.assignments import assignment_by_id

    return _found(assignment_by_id(actor, assignment_id))


@api.get("/tasks/{task_id}/instructions", response=list[InstructionOut], summary="任务的领导批示及其交办")
def list_instructions(request, task_id: int):
    from duban.web.selectors.assignments import task_instructions

    actor = _actor(request)
    task = permissions.task_for(actor, task_id)
    return [_instruction_out(i, i.shown) for i in task_instructions(actor, task).instructions]


@api.post("/tasks/{task_id}/instructions", response=InstructionOut, summary="写批示（分管领导；督查室代录）")
def add_instruction(request, task_id: int, payload: InstructionIn):
    from duban.web.selectors.periods import default_period
    from duban.web.services.assignments import write_instruction

    actor = _actor(request)
    task = permissions.task_for(actor, task_id)
    period = (
        permissions.period_for(actor, payload.period_id)
        if payload.period_id
        else default_period(actor, task.plan)
    )
    instruction = write_instruction(
        actor=actor, task=task, text=payload.text, period=period, leader_name=payload.leader_name
    )
    return _instruction_out(instruction, [])


@api.post(
    "/instructions/{instruction_id}/assignments", response=AssignmentOut, summary="批示转为交办（督查室）"
)
def add_assignment(request, instruction_id: int, payload: AssignmentIn):
    from duban.web.models import Instruction
    from duban.web.services.assignments import assign

    actor = _actor(request)
    permissions.require(actor, permissions.OFFICE)
    instruction = _found(Instruction.objects.filter(pk=instruction_id).first())
    item = assign(
        actor=actor,
        task=instruction.task,
        unit=_found(unit_by_id(payload.unit_id)),
        due=payload.due,
        request=payload.request,
        instruction=instruction,
    )
    return _assignment_out(_assignment(actor, item.pk))


@api.get(
    "/assignments", response=list[AssignmentOut], summary="报送期的交办事项（可按状态筛选，overdue 为逾期）"
)
def list_assignments(request, period: int, status: str | None = None):
    from duban.web.selectors.assignments import period_assignments

    actor = _actor(request)
    chosen = permissions.period_for(actor, period)
    return [_assignment_out(a) for a in period_assignments(actor, chosen, status)]


@api.post("/assignments/{assignment_id}/reply", response=AssignmentOut, summary="回复交办事项（责任单位）")
def reply_assignment(request, assignment_id: int, payload: ReplyIn):
    from duban.web.services.assignments import reply

    actor = _actor(request)
    item = reply(actor=actor, assignment=_assignment(actor, assignment_id), text=payload.text)
    return _assignment_out(_assignment(actor, item.pk))


@api.post("/assignments/{assignment_id}/close", response=AssignmentOut, summary="办结交办事项（督查室）")
def close_assignment(request, assignment_id: int, payload: CloseIn):
    from duban.web.services.assignments import close

    actor = _actor(request)
    item = close(actor=actor, assignment=_assignment(actor, assignment_id), note=payload.note)
    return _assignment_out(_assignment(actor, item.pk))


@api.post("/assignments/{assignment_id}/return", response=AssignmentOut, summary="退回重办（回头看，督查室）")
def return_assignment(request, assignment_id: int, payload: SendBackIn):
    from duban.web.services.assignments import send_back

    actor = _actor(request)
    item = send_back(
        actor=actor, assignment=_assignment(actor, assignment_id), reason=payload.reason, due=payload.due
    )
    return _assignment_out(_assignment(actor, item.pk))


@api.get("/whoami", response=Message, summary="当前令牌对应的账号与角色")
def whoami(request):
    actor = _actor(request)
    return Message(detail=f"{actor.username}（{actor.label}）")
