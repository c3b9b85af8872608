"""A whole year of the fictional district for the demo's assessment: 明湖区's plan for the year before the
demo's, with four quarterly periods closed and published, reports handed in on time, late and not at all,
an override after inspection, red cards and an adjustment by the office. Invented, like district.py.

Loaded through the same services as the demo's current year (import, periods, progress, overrides, the
assessment scheme and adjustments), after `load_sample`, whose units and logins it uses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from duban.web import permissions
from duban.web.models import Judgement, JudgementStatus, Period, Plan, TaskKind, Unit, UnitMembership
from duban.web.sample import _amount_text, _indicator_text, _plan_document
from duban.web.sample import district as d
from duban.web.services.assessment import add_adjustment, use_example
from duban.web.services.imports import import_document
from duban.web.services.judgements import override_judgement
from duban.web.services.periods import create_period, move_period
from duban.web.services.progress import save_progress

YEAR = d.YEAR - 1
PLAN_CODE = f"minghu-{YEAR}"
PLAN_TITLE = f"明湖区{YEAR}年政府工作报告目标任务分解方案（演示数据，虚构）"
# (label, month the period ends in)
QUARTERS = (("1-3月", 3), ("1-6月", 6), ("1-9月", 9), ("1-12月", 12))
# Units that reported a period late (days after the deadline), and units that did not report one at all.
LATE = {
    ("区教育局", "1-6月"): 2,
    ("区教育局", "1-12月"): 1,
    ("区商务局", "1-9月"): 3,
    ("区财政局", "1-12月"): 1,
}
MISSING = {("区水务局", "1-3月"), ("区水务局", "1-9月"), ("区民政局", "1-12月")}
# Year-end wording of a works task: done, or still held up.
STAGE_Q3 = "主体工程基本完工，正在进行附属工程施工。"
STAGE_DONE = "项目已全面建成并投入使用，通过竣工验收。"
STAGE_HELD_UP = "受用地和资金影响，项目仍在办理前期手续，暂未开工。"


@dataclass(frozen=True)
class SampleYear:
    plan: Plan
    periods: list[Period]


def _deadline(month: int) -> dt.datetime:
    """The 10th of the month after the period, 17:00 Beijing time (09:00 UTC)."""
    year, next_month = (YEAR + 1, 1) if month == 12 else (YEAR, month + 1)
    return dt.datetime(year, next_month, 10, 9, tzinfo=dt.UTC)


def _end(month: int) -> dt.date:
    following = dt.date(YEAR + 1, 1, 1) if month == 12 else dt.date(YEAR, month + 1, 1)
    return following - dt.timedelta(days=1)


def _rows() -> list[tuple[tuple, list[str | None]]]:
    """Each task's record and its four quarterly reports (None: not reported)."""
    rows = []
    for section, text, leaders, lead, co, q1, h1, metric in d.INDICATORS:
        figures = (q1, h1, round((q1 + h1) / 2 + 0.1, 1), round(h1 + 0.2, 1))
        texts = [_indicator_text(label, metric, f) for (label, _), f in zip(QUARTERS, figures, strict=True)]
        rows.append(((section, text, leaders, lead, co, TaskKind.INDICATOR), texts))
    for n, (section, text, leaders, lead, co, verb, goal, unit, q1, h1) in enumerate(d.AMOUNT_TASKS):
        first, half = q1 or 0.0, h1 if h1 is not None else (q1 or 0.0)
        shares = (first, half, min(1.0, round(half * 1.5, 3)), min(1.0, round(half * 2, 3)))
        texts = [
            _amount_text(label, verb, goal, unit, share, n + i)
            for i, ((label, _), share) in enumerate(zip(QUARTERS, shares, strict=True))
        ]
        rows.append(((section, text, leaders, lead, co, TaskKind.TASK), texts))
    for n, (section, text, leaders, lead, co, q1, h1) in enumerate(d.STAGE_TASKS):
        texts = [
            q1 or "正在开展前期工作。",
            h1 or "正在开展前期工作。",
            STAGE_Q3,
            STAGE_HELD_UP if n % 4 == 3 else STAGE_DONE,
        ]
        rows.append(((section, text, leaders, lead, co, TaskKind.TASK), texts))
    return rows


@transaction.atomic
def load_sample_year() -> SampleYear:
    """Create the year's plan, its four periods with reports and judgements, the scheme and the office's
    adjustments; the district's units and logins must exist (load_sample)."""
    rows = _rows()
    document = dataclasses.replace(
        _plan_document([(record, None, None) for record, _ in rows]),
        source=f"明湖区{YEAR}年演示数据（虚构）",
        title=PLAN_TITLE,
        year=YEAR,
    )
    plan = Plan.objects.get(code=import_document(document=document, plan=PLAN_CODE).plan_code)
    office = permissions.actor_for(User.objects.get(username="ducha"))
    reporters = {
        m.unit.name: permissions.actor_for(m.user)
        for m in UnitMembership.objects.select_related("unit", "user").filter(unit__issuer=d.ISSUER)
    }
    units = {unit.name: unit for unit in Unit.objects.filter(issuer=d.ISSUER)}
    tasks = list(plan.tasks.order_by("order"))
    periods = []
    for index, (label, month) in enumerate(QUARTERS):
        period = create_period(
            actor=office,
            plan=plan,
            label=label,
            start=dt.date(YEAR, 1, 1),
            end=_end(month),
            deadline=_deadline(month),
        )
        for task, (record, texts) in zip(tasks, rows, strict=True):
            lead = record[3][0]
            text = texts[index]
            if text is None or (lead, label) in MISSING:
                continue
            days = LATE.get((lead, label))
            at = period.deadline + dt.timedelta(days=days) if days else period.deadline - dt.timedelta(days=2)
            save_progress(
                actor=reporters.get(lead, office),
                task=task,
                period=period,
                unit=units[lead],
                text=text,
                base_version=0,
                submit=True,
                submitted_at=at,
            )
        periods.append(period)
    _inspection(periods[2], office)
    for period in periods:
        move_period(actor=office, period=period, move="publish")
    use_example(actor=office, plan=plan, key="lead_and_co")
    water = units["区水务局"]
    for period, reason in zip(
        periods[1:],
        ("1-6月督查发现河道整治进度与报送不符", "1-9月整改不到位，再次核实不符", "年末仍未完成整改"),
        strict=True,
    ):
        add_adjustment(
            actor=office,
            plan=plan,
            unit=water,
            points=-1,
            reason=f"红牌警示：{reason}",
            item="red_card",
            period=period,
        )
    add_adjustment(
        actor=office,
        plan=plan,
        unit=units["区发展改革委"],
        points=1,
        reason="承担区政府交办的重大项目攻坚任务并提前完成，经区政府同意加1分",
    )
    return SampleYear(plan=plan, periods=[Period.objects.get(pk=p.pk) for p in periods])


def _inspection(period: Period, office: permissions.Actor) -> None:
    """One report the office found untrue on inspection: its judgement overridden to lagging."""
    judgement = (
        Judgement.objects.filter(
            period=period,
            unit=None,
            task__task_units__unit__name="区住房城乡建设局",
            task__task_units__role="lead",
            status__in=["on_track", "ahead"],
            override_status__isnull=True,
        )
        .order_by("task__order")
        .first()
    )
    if judgement is not None:
        override_judgement(
            actor=office,
            judgement=judgement,
            status=JudgementStatus.LAGGING,
            reason="实地核查发现报送的已完成工程量中有一半尚未进场施工，报送进度与实际不符。",
        )
