from datetime import date

import pytest

from duban.errors import DubanError
from duban.web.models import DocumentKind, Plan, Progress, Task, TaskUnit, Unit, UnitAlias, UnitRole
from duban.web.services.periods import ensure_period, period_dates, period_label_from_title, period_months
from duban.web.services.units import add_unit_alias, merge_units, resolve_unit

ISSUER = "涪陵区"


@pytest.mark.parametrize(
    ("label", "months"),
    [
        ("1-6月", (1, 6)),
        ("1—9月", (1, 9)),
        ("上半年", (1, 6)),
        ("三季度", (7, 9)),
        ("第1季度", (1, 3)),
        ("前三季度", (1, 9)),
        ("全年", (1, 12)),
        ("5月", (5, 5)),
    ],
)
def test_period_labels_name_their_months(label, months):
    assert period_months(label) == months


def test_unknown_or_impossible_period_labels_have_no_months():
    assert period_months("第二次调度") is None
    assert period_months("6-3月") is None


def test_period_dates_end_on_the_last_day_of_the_month():
    assert period_dates("1-2月", 2024) == (date(2024, 1, 1), date(2024, 2, 29))


def test_period_label_read_from_a_title():
    assert period_label_from_title("2025年政府工作报告目标任务上半年推进情况汇总表") == "1-6月"
    assert period_label_from_title("关于1-9月重点任务推进情况的通报") == "1-9月"
    assert period_label_from_title("目标任务分解方案") is None


@pytest.fixture
def plan():
    return Plan.objects.create(code="2025-涪陵区", issuer=ISSUER, year=2025, kind=DocumentKind.PLAN)


@pytest.mark.db
@pytest.mark.django_db
def test_ensure_period_creates_once(plan):
    first, created = ensure_period(plan=plan, label="1-6月")
    again, created_again = ensure_period(plan=plan, label=" 1-6月 ")
    assert (created, created_again, first.pk) == (True, False, again.pk)
    assert first.end == date(2025, 6, 30)


@pytest.mark.db
@pytest.mark.django_db
def test_resolve_unit_uses_the_standard_short_form():
    unit, created = resolve_unit(issuer=ISSUER, name="区发展改革委")
    same, created_again = resolve_unit(issuer=ISSUER, name="区发改委")
    assert (created, created_again, same.pk) == (True, False, unit.pk)


@pytest.mark.db
@pytest.mark.django_db
def test_an_alias_cannot_take_another_units_name():
    Unit.objects.create(issuer=ISSUER, name="区财政局")
    unit = Unit.objects.create(issuer=ISSUER, name="区税务局")
    with pytest.raises(DubanError, match="区财政局"):
        add_unit_alias(unit=unit, alias="区财政局")


@pytest.mark.db
@pytest.mark.django_db
def test_merging_units_moves_tasks_and_keeps_the_name_as_alias(plan):
    full = Unit.objects.create(issuer=ISSUER, name="区城市管理局")
    short = Unit.objects.create(issuer=ISSUER, name="区城管委")
    both = Task.objects.create(plan=plan, ref="1", seq=1, text="a")
    only_short = Task.objects.create(plan=plan, ref="2", seq=2, text="b")
    TaskUnit.objects.create(task=both, unit=full, role=UnitRole.LEAD)
    TaskUnit.objects.create(task=both, unit=short, role=UnitRole.LEAD)
    TaskUnit.objects.create(task=only_short, unit=short, role=UnitRole.CO)
    period, _ = ensure_period(plan=plan, label="1-6月")
    Progress.objects.create(task=only_short, period=period, unit=short, text="已完成")
    merge_units(source=short, target=full)
    assert not Unit.objects.filter(name="区城管委").exists()
    assert UnitAlias.objects.get(alias="区城管委").unit == full
    assert list(
        TaskUnit.objects.filter(unit=full).values_list("task__ref", "role").order_by("task__ref")
    ) == [
        ("1", "lead"),
        ("2", "co"),
    ]
    assert Progress.objects.get().unit == full


@pytest.mark.db
@pytest.mark.django_db
def test_units_of_different_issuers_cannot_merge():
    a = Unit.objects.create(issuer=ISSUER, name="区财政局")
    b = Unit.objects.create(issuer="万盛经开区", name="财政局")
    with pytest.raises(DubanError, match="不同的发文单位"):
        merge_units(source=a, target=b)
