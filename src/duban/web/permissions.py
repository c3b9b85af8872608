"""Roles and scope: who may read which tasks and periods, and who may write which unit's progress.

Roles are Django groups (office, reporter, leader); a superuser is admin. A reporter's reach is the units it
belongs to (UnitMembership); a leader's reach is the Leader rows tied to its login. Every view and API
endpoint asks this module, so a URL edited by hand meets the same rules as the page that linked to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from duban.web.models import Leader, Period, PeriodStatus, Task, TaskLeader, TaskUnit, UnitMembership

ADMIN = "admin"
OFFICE = "office"
REPORTER = "reporter"
LEADER = "leader"
PUBLIC = "public"

ROLE_LABELS = {
    ADMIN: "系统管理员",
    OFFICE: "督查室",
    REPORTER: "责任单位",
    LEADER: "牵头领导",
    PUBLIC: "公众",
}
# The group that grants each role, most powerful first: a user in several groups takes the first.
ROLE_GROUPS = (OFFICE, LEADER, REPORTER)


@dataclass(frozen=True)
class Actor:
    """The person behind a request and the reach of their role."""

    user_id: int | None
    username: str
    role: str
    unit_ids: frozenset[int] = field(default_factory=frozenset)
    leader_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def label(self) -> str:
        return ROLE_LABELS[self.role]

    @property
    def sees_everything(self) -> bool:
        return self.role in (ADMIN, OFFICE)

    @property
    def is_office(self) -> bool:
        return self.sees_everything

    @property
    def is_reporter(self) -> bool:
        return self.role == REPORTER

    @property
    def is_leader(self) -> bool:
        return self.role == LEADER

    @property
    def is_public(self) -> bool:
        return self.role == PUBLIC


ANONYMOUS = Actor(user_id=None, username="", role=PUBLIC)


def actor_for(user) -> Actor:
    """The actor for a Django user (anonymous → public); cached on the user object for the request."""
    if user is None or not user.is_authenticated or not user.is_active:
        return ANONYMOUS
    cached = getattr(user, "_duban_actor", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        role = ADMIN
    else:
        groups = set(user.groups.values_list("name", flat=True))
        role = next((r for r in ROLE_GROUPS if r in groups), PUBLIC)
    units: frozenset[int] = frozenset()
    leaders: frozenset[int] = frozenset()
    if role == REPORTER:
        units = frozenset(UnitMembership.objects.filter(user=user).values_list("unit_id", flat=True))
    elif role == LEADER:
        leaders = frozenset(Leader.objects.filter(user=user).values_list("pk", flat=True))
    actor = Actor(
        user_id=user.pk, username=user.get_username(), role=role, unit_ids=units, leader_ids=leaders
    )
    user._duban_actor = actor
    return actor


def actor_context(request) -> dict:
    """Template context processor: `actor` for the navigation."""
    return {"actor": actor_for(getattr(request, "user", None))}


def require(actor: Actor, *roles: str) -> None:
    """Refuse (403) unless the actor holds one of `roles`; admin passes wherever office does."""
    allowed = set(roles) | ({ADMIN} if OFFICE in roles else set())
    if actor.role not in allowed:
        raise PermissionDenied("没有访问此页面的权限")


def tasks_visible_to(actor: Actor, tasks: QuerySet[Task] | None = None) -> QuerySet[Task]:
    """The tasks the actor may read: all (office), its units' (reporter), those under it (leader), none."""
    tasks = Task.objects.all() if tasks is None else tasks
    if actor.sees_everything:
        return tasks
    if actor.is_reporter:
        return tasks.filter(pk__in=TaskUnit.objects.filter(unit_id__in=actor.unit_ids).values("task_id"))
    if actor.is_leader:
        return tasks.filter(
            pk__in=TaskLeader.objects.filter(leader_id__in=actor.leader_ids).values("task_id")
        )
    return tasks.none()


def task_for(actor: Actor, task_id: int, tasks: QuerySet[Task] | None = None) -> Task:
    """One task the actor may read, or 404 (the same answer whether it is missing or out of reach)."""
    try:
        return tasks_visible_to(actor, tasks).get(pk=task_id)
    except Task.DoesNotExist:
        raise Http404("没有找到该任务") from None


def writable_unit_ids(actor: Actor, task: Task) -> set[int]:
    """The units of `task` whose progress the actor may write: office any, a reporter only its own."""
    task_units = set(TaskUnit.objects.filter(task=task).values_list("unit_id", flat=True))
    if actor.sees_everything:
        return task_units
    if actor.is_reporter:
        return task_units & actor.unit_ids
    return set()


def require_progress_write(actor: Actor, task: Task, unit_id: int) -> None:
    """Refuse (404 when the task is out of reach, 403 when the unit is not the actor's)."""
    task_for(actor, task.pk)
    if unit_id not in writable_unit_ids(actor, task):
        raise PermissionDenied("只能填报本单位承担任务的推进情况")


def periods_visible_to(actor: Actor, periods: QuerySet[Period] | None = None) -> QuerySet[Period]:
    """Every period for people who log in; only published periods for the public."""
    periods = Period.objects.all() if periods is None else periods
    if actor.is_public:
        return periods.filter(status=PeriodStatus.PUBLISHED)
    return periods


def period_for(actor: Actor, period_id: int) -> Period:
    try:
        return periods_visible_to(actor).get(pk=period_id)
    except Period.DoesNotExist:
        raise Http404("没有找到该报送期") from None
