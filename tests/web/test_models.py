import pytest
from django.db import IntegrityError, transaction

from duban.web.models import (
    DocumentKind,
    Judgement,
    JudgementStatus,
    Period,
    Plan,
    Progress,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
)

pytestmark = [pytest.mark.db, pytest.mark.django_db]


@pytest.fixture
def task():
    plan = Plan.objects.create(code="2025-涪陵区", issuer="涪陵区", year=2025, kind=DocumentKind.PLAN)
    return Task.objects.create(plan=plan, ref="1", seq=1, text="地区生产总值增长6%以上。")


@pytest.fixture
def period(task):
    return Period.objects.create(plan=task.plan, issuer="涪陵区", year=2025, label="1-6月")


def test_effective_status_is_the_override_when_present(task, period):
    judgement = Judgement.objects.create(task=task, period=period, status=JudgementStatus.ON_TRACK)
    judgement.override_status = JudgementStatus.LAGGING
    judgement.override_reason = "投资增速低于全市平均"
    judgement.save()
    judgement.refresh_from_db()
    assert judgement.status == JudgementStatus.ON_TRACK
    assert judgement.effective_status == JudgementStatus.LAGGING
    assert judgement.effective_label == "滞后"


def test_effective_status_without_override_is_the_automatic_one(task, period):
    judgement = Judgement.objects.create(task=task, period=period, status=JudgementStatus.COMPLETED)
    assert judgement.effective_status == JudgementStatus.COMPLETED
    assert not judgement.is_overridden


def test_editing_a_task_records_its_history(task):
    task.text = "地区生产总值增长6.5%以上。"
    task.save()
    assert [h.text for h in task.history.order_by("history_date")] == [
        "地区生产总值增长6%以上。",
        "地区生产总值增长6.5%以上。",
    ]


def test_progress_history_keeps_every_version(task, period):
    progress = Progress.objects.create(task=task, period=period, text="同比增长5.8%")
    progress.text = "同比增长6.1%"
    progress.save()
    assert progress.history.count() == 2


def test_one_progress_per_task_and_period_without_unit(task, period):
    Progress.objects.create(task=task, period=period, text="a")
    with pytest.raises(IntegrityError), transaction.atomic():
        Progress.objects.create(task=task, period=period, text="b")


def test_a_unit_is_lead_or_co_on_a_task_once_per_role(task):
    unit = Unit.objects.create(issuer="涪陵区", name="区发展改革委")
    TaskUnit.objects.create(task=task, unit=unit, role=UnitRole.LEAD)
    TaskUnit.objects.create(task=task, unit=unit, role=UnitRole.CO)
    with pytest.raises(IntegrityError), transaction.atomic():
        TaskUnit.objects.create(task=task, unit=unit, role=UnitRole.LEAD)


def test_task_refs_are_unique_within_a_plan(task):
    with pytest.raises(IntegrityError), transaction.atomic():
        Task.objects.create(plan=task.plan, ref="1", seq=1, text="重复")
