"""Loads the fictional district of `district.py` into an empty database for `duban demo` and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from duban.ingest.records import ParsedDocument, ParsedTask
from duban.web import permissions, preview
from duban.web.models import (
    DocumentKind,
    Judgement,
    JudgementStatus,
    Leader,
    Period,
    Plan,
    TaskKind,
    Unit,
    UnitMembership,
)
from duban.web.permissions import ADMIN, LEADER, OFFICE, REPORTER
from duban.web.sample import district as d
from duban.web.services.imports import import_document
from duban.web.services.judgements import override_judgement
from duban.web.services.periods import create_period, move_period
from duban.web.services.progress import save_progress
from duban.web.services.units import add_unit_alias, confirm_unit, resolve_unit


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
    """Create the plan, units, leaders, two periods with progress and judgements, and the demo's seven logins.

    Everything goes through the paths real use takes: the unit services, the plan import service, and the
    services for periods, progress (the one progress writer), overrides and publishing; only logins are made directly.
    """
    now = now or timezone.now()
    for name, aliases in d.UNITS:
        unit, _ = resolve_unit(issuer=d.ISSUER, name=name)
        confirm_unit(unit=unit)
        for alias in aliases:
            add_unit_alias(unit=unit, alias=alias)

    rows = []  # (task record, lead unit, 1-3月 text or None, 1-6月 text or None)
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

    report = import_document(document=_plan_document(rows), plan=d.PLAN_CODE)
    plan = Plan.objects.get(code=report.plan_code)
    accounts = _accounts()
    office = permissions.actor_for(User.objects.get(username="ducha"))
    first = create_period(
        actor=office, plan=plan, label="1-3月", start=dt.date(d.YEAR, 1, 1), end=dt.date(d.YEAR, 3, 31),
        deadline=dt.datetime(d.YEAR, 4, 10, 17, tzinfo=dt.UTC),
    )  # fmt: skip
    second = create_period(
        actor=office, plan=plan, label="1-6月", start=dt.date(d.YEAR, 1, 1), end=dt.date(d.YEAR, 6, 30),
        deadline=now + dt.timedelta(days=5),
    )  # fmt: skip

    reporters = {
        m.unit.name: permissions.actor_for(m.user)
        for m in UnitMembership.objects.select_related("unit", "user").filter(unit__issuer=d.ISSUER)
    }
    tasks = list(plan.tasks.order_by("order"))
    units = {unit.name: unit for unit in Unit.objects.filter(issuer=d.ISSUER)}
    # One report the 区发展改革委 reporter has saved but not submitted, so the workspace shows both states.
    draft = max(i for i, (record, _, h1) in enumerate(rows) if record[3][0] == "区发展改革委" and h1)
    for period, column in ((first, 1), (second, 2)):
        for i, (task, row) in enumerate(zip(tasks, rows, strict=True)):
            body = row[column]
            if body is None:
                continue
            lead = row[0][3][0]
            save_progress(
                actor=reporters.get(lead, office),
                task=task,
                period=period,
                unit=units[lead],
                text=body,
                base_version=0,
                submit=not (period == second and i == draft),
                submitted_at=period.deadline - dt.timedelta(days=2),
            )
    _override_one(first, office)
    move_period(actor=office, period=first, move="publish")
    first.refresh_from_db()
    second.refresh_from_db()
    return SampleSite(plan=plan, first=first, second=second, accounts=accounts)


def _plan_document(rows) -> ParsedDocument:
    """The fictional plan in the shape a reader produces from a 分解方案 file."""
    tasks = [
        ParsedTask(
            ref=str(seq),
            seq=seq,
            part=None,
            section=list(d.SECTIONS[section]),
            category=None,
            kind=kind,
            text=text,
            lead_leaders=list(lead_leaders),
            lead_units=list(lead),
            co_units=list(co),
            targets=preview.targets_of(text),
        )
        for seq, ((section, text, lead_leaders, lead, co, kind), _, _) in enumerate(rows, start=1)
    ]
    return ParsedDocument(
        source="明湖区演示数据（虚构）",
        kind=DocumentKind.PLAN,
        title=d.PLAN_TITLE,
        issuer=d.ISSUER,
        date=None,
        year=d.YEAR,
        tasks=tasks,
    )


def _override_one(period: Period, office: permissions.Actor) -> None:
    judgement = (
        Judgement.objects.filter(period=period, unit=None, task__text__contains="高新技术企业")
        .select_related("task")
        .first()
    )
    if judgement is not None:
        override_judgement(
            actor=office,
            judgement=judgement,
            status=JudgementStatus.ON_TRACK,
            reason="高新技术企业认定集中在下半年开展，一季度数据不宜按序时进度研判。",
        )


def _accounts() -> list[tuple[str, str, str]]:
    units = {unit.name: unit for unit in Unit.objects.filter(issuer=d.ISSUER)}
    leaders = {leader.name: leader for leader in Leader.objects.filter(issuer=d.ISSUER)}
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
