"""Reporting periods: labels such as 1-6月 or 三季度, their dates, opening one for a plan, closing and
publishing it."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from duban.errors import DubanError
from duban.ingest.records import ParsedDocument
from duban.web import permissions
from duban.web.models import Period, PeriodStatus, Plan
from duban.web.permissions import Actor

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_MONTH_RANGE = re.compile(r"^(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})\s*月(?:份)?$")
_ONE_MONTH = re.compile(r"^(\d{1,2})\s*月(?:份)?$")
_QUARTER = re.compile(r"^第?([一二三四1-4])\s*季度$")
_FIRST_QUARTERS = re.compile(r"^前([一二三四1-4])\s*季度$")
# Labels offices write for a cumulative period from January.
_NAMED_MONTHS = {"上半年": 6, "全年": 12, "年度": 12}


def _quarter_number(text: str) -> int:
    return _CN_DIGITS.get(text) or int(text)


def period_months(label: str) -> tuple[int, int] | None:
    """The first and last month a period label covers (1-6月 → (1, 6); 三季度 → (7, 9)); None if unknown."""
    text = label.strip()
    if text in _NAMED_MONTHS:
        return 1, _NAMED_MONTHS[text]
    if m := _MONTH_RANGE.match(text):
        first, last = int(m.group(1)), int(m.group(2))
    elif m := _ONE_MONTH.match(text):
        first = last = int(m.group(1))
    elif m := _QUARTER.match(text):
        quarter = _quarter_number(m.group(1))
        first, last = 3 * quarter - 2, 3 * quarter
    elif m := _FIRST_QUARTERS.match(text):
        first, last = 1, 3 * _quarter_number(m.group(1))
    else:
        return None
    if not 1 <= first <= last <= 12:
        return None
    return first, last


def period_dates(label: str, year: int | None) -> tuple[date | None, date | None]:
    """Start and end dates of a period label in a year, or (None, None) when either is unknown."""
    months = period_months(label)
    if months is None or year is None:
        return None, None
    first, last = months
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def period_label_from_title(title: str | None) -> str | None:
    """The period a document title names (…上半年推进情况… → 1-6月), or None."""
    if not title:
        return None
    if m := re.search(r"(\d{1,2})\s*[-—–至到]\s*(\d{1,2})\s*月", title):
        return f"{int(m.group(1))}-{int(m.group(2))}月"
    if "上半年" in title:
        return "1-6月"
    if m := re.search(r"前([一二三四1-4])季度", title):
        return f"1-{3 * _quarter_number(m.group(1))}月"
    if m := re.search(r"第?([一二三四1-4])季度", title):
        return f"{_quarter_number(m.group(1))}季度"
    return None


def canonical_period_label(label: str | None) -> str | None:
    """A period as the office names its periods (上半年 → 1-6月, 前三季度 → 1-9月); None when unknown."""
    if not label:
        return None
    months = period_months(label)
    if months is None:
        return label.strip() or None
    first, last = months
    if first == 1:
        return f"1-{last}月" if last > 1 else "1月"
    return label.strip()


def document_period(document: ParsedDocument) -> str | None:
    """The period a progress document reports on: the one its table header names (ParsedDocument.period),
    else the one its title names."""
    return canonical_period_label(document.period) or period_label_from_title(document.title)


def ensure_period(*, plan: Plan, label: str) -> tuple[Period, bool]:
    """The plan's period with this label, created (open, dated from the label) when missing."""
    label = label.strip()
    if not label:
        raise DubanError("报送期名称不能为空，例如 --period 1-6月")
    with transaction.atomic():
        existing = Period.objects.filter(plan=plan, label=label).first()
        if existing is not None:
            return existing, False
        start, end = period_dates(label, plan.year)
        period = Period.objects.create(
            plan=plan, issuer=plan.issuer, year=plan.year, label=label, start=start, end=end
        )
        return period, True


@transaction.atomic
def create_period(
    *, actor: Actor, plan: Plan, label: str, start: date | None, end: date | None, deadline: datetime | None
) -> Period:
    """The office opens a period for a plan."""
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


PERIOD_MOVES = {
    "open": PeriodStatus.OPEN,
    "close": PeriodStatus.CLOSED,
    "publish": PeriodStatus.PUBLISHED,
}


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
