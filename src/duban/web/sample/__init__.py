"""Loads the fictional district of `district.py` into an empty database for `duban demo` and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from duban.web import preview, workflow
from duban.web.models import (
    DocumentKind,
    Judgement,
    JudgementStatus,
    Leader,
    Period,
    PeriodStatus,
    Plan,
    Progress,
    ProgressStatus,
    Section,
    Target,
    Task,
    TaskKind,
    TaskLeader,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitMembership,
    UnitRole,
)
from duban.web.permissions import ADMIN, LEADER, OFFICE, REPORTER
from duban.web.sample import district as d


@dataclass(frozen=True)
class SampleSite:
    plan: Plan
    first: Period
    second: Period
    accounts: list[tuple[str, str, str]]  # (username, password, role label)


def _percent(share: float) -> str:
    return f"{share * 100:.1f}".rstrip("0").rstrip(".")


def _amount(goal: float, share: float) -> str:
    value = goal * share
    return f"{value:.0f}" if goal >= 20 else f"{value:.2f}".rstrip("0").rstrip(".")


def _indicator_text(months: str, metric: str, figure: float) -> str:
    if "失业率" in metric:
        return f"{months}，{metric}为{figure}%。"
    return f"{months}，{metric}同比增长{figure}%。"


def _amount_text(months: str, verb: str, goal: float, unit: str, share: float, n: int) -> str:
    if share == 0:
        return "正在开展前期准备工作，暂未形成实物工作量。"
    return (
        f"{months}，累计{verb}{_amount(goal, share)}{unit}，完成全年任务的{_percent(share)}%。"
        f"{d.FLAVOUR[n % len(d.FLAVOUR)]}"
    )


@transaction.atomic
def load_sample(*, now: dt.datetime | None = None) -> SampleSite:
    """Create the plan, units, leaders, two periods with progress and judgements, and one login per role."""
    now = now or timezone.now()
    plan = Plan.objects.create(
        code=d.PLAN_CODE, issuer=d.ISSUER, year=d.YEAR, title=d.PLAN_TITLE, kind=DocumentKind.PLAN
    )
    units = {}
    for name, aliases in d.UNITS:
        unit = Unit.objects.create(issuer=d.ISSUER, name=name, confirmed=True, short_names=aliases)
        units[name] = unit
        UnitAlias.objects.bulk_create(UnitAlias(issuer=d.ISSUER, alias=a, unit=unit) for a in aliases)
    leaders = {name: Leader.objects.create(issuer=d.ISSUER, name=name) for name in d.LEADERS}
    sections = _sections(plan)

    rows = []  # (task, q1 text or None, h1 text or None)
    for section, text, lead_leaders, lead, co, q1, h1, metric in d.INDICATORS:
        rows.append(
            (
                (section, text, lead_leaders, lead, co, TaskKind.INDICATOR),
                _indicator_text("1-3月", metric, q1),
                _indicator_text("1-6月", metric, h1),
            )
        )
    for n, (section, text, lead_leaders, lead, co, verb, goal, unit, q1, h1) in enumerate(d.AMOUNT_TASKS):
        rows.append(
            (
                (section, text, lead_leaders, lead, co, TaskKind.TASK),
                None if q1 is None else _amount_text("1-3月", verb, goal, unit, q1, n),
                None if h1 is None else _amount_text("1-6月", verb, goal, unit, h1, n + 1),
            )
        )
    for section, text, lead_leaders, lead, co, q1, h1 in d.STAGE_TASKS:
        rows.append(((section, text, lead_leaders, lead, co, TaskKind.TASK), q1, h1))

    first = Period.objects.create(
        plan=plan, issuer=d.ISSUER, year=d.YEAR, label="1-3月",
        start=dt.date(d.YEAR, 1, 1), end=dt.date(d.YEAR, 3, 31),
        deadline=dt.datetime(d.YEAR, 4, 10, 17, tzinfo=dt.UTC), status=PeriodStatus.OPEN,
    )  # fmt: skip
    second = Period.objects.create(
        plan=plan, issuer=d.ISSUER, year=d.YEAR, label="1-6月",
        start=dt.date(d.YEAR, 1, 1), end=dt.date(d.YEAR, 6, 30),
        deadline=now + dt.timedelta(days=5), status=PeriodStatus.OPEN,
    )  # fmt: skip

    tasks = []
    for seq, ((section, text, lead_leaders, lead, co, kind), q1, h1) in enumerate(rows, start=1):
        task = Task.objects.create(
            plan=plan, section=sections[section], ref=str(seq), seq=seq, kind=kind, text=text, order=seq
        )
        TaskUnit.objects.bulk_create(
            [TaskUnit(task=task, unit=units[u], role=UnitRole.LEAD, order=i) for i, u in enumerate(lead)]
            + [TaskUnit(task=task, unit=units[u], role=UnitRole.CO, order=i) for i, u in enumerate(co)]
        )
        TaskLeader.objects.bulk_create(
            TaskLeader(task=task, leader=leaders[name], order=i) for i, name in enumerate(lead_leaders)
        )
        _store_targets(task)
        for period, body in ((first, q1), (second, h1)):
            if body is not None:
                _report(
                    task, period, units[lead[0]], body, submitted_at=period.deadline - dt.timedelta(days=2)
                )
        tasks.append(task)

    for task in tasks:
        workflow.rejudge(task=task, period=first)
        workflow.rejudge(task=task, period=second)
    _leave_a_draft(second, units["区发展改革委"])
    accounts = _accounts(units, leaders)
    _override_one(first, accounts_user="ducha")
    first.status = PeriodStatus.PUBLISHED
    first.published_at = dt.datetime(d.YEAR, 4, 15, 10, tzinfo=dt.UTC)
    first.save()
    return SampleSite(plan=plan, first=first, second=second, accounts=accounts)


def _sections(plan: Plan) -> list[Section]:
    made: dict[tuple[str, ...], Section] = {}
    result = []
    for path in d.SECTIONS:
        parent = None
        for depth in range(1, len(path) + 1):
            key = tuple(path[:depth])
            if key not in made:
                made[key] = Section.objects.create(
                    plan=plan, parent=parent, name=key[-1], path=list(key), key="/".join(key), order=len(made)
                )
            parent = made[key]
        result.append(parent)
    return result


def _store_targets(task: Task) -> None:
    Target.objects.bulk_create(
        Target(
            task=task,
            order=i,
            metric=t.get("metric") or "",
            value=t.get("value"),
            upper=t.get("upper"),
            unit=t.get("unit") or "",
            base_value=t.get("base_value"),
            base_unit=t.get("base_unit") or "",
            comparator=t.get("comparator") or ">=",
            kind=t.get("kind") or "",
            span_start=t["span"][0],
            span_end=t["span"][1],
            text=(t.get("text") or "")[:500],
            soft=bool(t.get("soft")),
        )
        for i, t in enumerate(preview.targets_of(task.text))
    )


def _report(task: Task, period: Period, unit: Unit, text: str, *, submitted_at: dt.datetime) -> None:
    Progress.objects.create(
        task=task,
        period=period,
        unit=unit,
        text=text,
        status=ProgressStatus.SUBMITTED,
        submitted_at=submitted_at,
        source="演示数据",
    )


def _leave_a_draft(period: Period, unit: Unit) -> None:
    """One draft the reporter has not submitted yet, so the workspace shows both states."""
    report = Progress.objects.filter(period=period, unit=unit, status=ProgressStatus.SUBMITTED).last()
    if report is not None:
        report.status = ProgressStatus.DRAFT
        report.submitted_at = None
        report.save()
        workflow.rejudge(task=report.task, period=period)


def _override_one(period: Period, *, accounts_user: str) -> None:
    judgement = (
        Judgement.objects.filter(period=period, task__text__contains="高新技术企业")
        .select_related("task")
        .first()
    )
    if judgement is None:
        return
    judgement.override_status = JudgementStatus.ON_TRACK
    judgement.override_reason = "高新技术企业认定集中在下半年开展，一季度数据不宜按序时进度研判。"
    judgement.overridden_by = User.objects.get(username=accounts_user)
    judgement.overridden_at = dt.datetime(d.YEAR, 4, 12, 9, tzinfo=dt.UTC)
    judgement.save()


def _accounts(units: dict[str, Unit], leaders: dict[str, Leader]) -> list[tuple[str, str, str]]:
    groups = {role: Group.objects.get_or_create(name=role)[0] for role in (OFFICE, REPORTER, LEADER)}
    shown = []
    for username, role, reach, display in d.ACCOUNTS:
        if role == ADMIN:
            user = User.objects.create_superuser(username, password=d.DEMO_PASSWORD, first_name=display)
        else:
            user = User.objects.create_user(username, password=d.DEMO_PASSWORD, first_name=display)
            user.groups.add(groups[role])
        if role == REPORTER:
            UnitMembership.objects.create(user=user, unit=units[reach])
        elif role == LEADER:
            leader = leaders[reach]
            leader.user = user
            leader.save()
        shown.append((username, d.DEMO_PASSWORD, display))
    return shown
