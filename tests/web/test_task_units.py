"""A task with several units: the task is judged from every unit's report and names the unit that lags;
the task page shows each unit's own report and the status that report alone would get."""

import pytest
from django.contrib.auth.models import User

from duban.web import permissions
from duban.web.models import Judgement, Progress, Task, TaskUnit, Unit, UnitRole
from duban.web.services.progress import save_progress

pytestmark = [pytest.mark.db, pytest.mark.django_db]

LEAD_ON_TRACK = "1-6月累计建成社区健身点16个，完成全年任务的53.3%。"
CO_NOT_STARTED = "社区健身点选址工作尚未启动。"


@pytest.fixture
def task(site):
    """新建社区健身点30个: led by 区文化旅游体育局 with 区民政局 co-operating."""
    return Task.objects.get(plan=site.plan, text__startswith="新建社区健身点30个")


def submit(site, task, unit_name, text):
    office = permissions.actor_for(User.objects.get(username="ducha"))
    unit = Unit.objects.get(name=unit_name)
    current = Progress.objects.filter(task=task, period=site.second, unit=unit).first()
    save_progress(
        actor=office,
        task=task,
        period=site.second,
        unit=unit,
        text=text,
        base_version=current.version if current else 0,
        submit=True,
    )
    return Judgement.objects.get(task=task, period=site.second, unit=None)


def test_the_lead_unit_comes_first_among_a_tasks_units(task):
    roles = [link.role for link in TaskUnit.objects.filter(task=task)]
    assert roles == [UnitRole.LEAD, UnitRole.CO]
    assert [link.unit.name for link in task.task_units.all()] == ["区文化旅游体育局", "区民政局"]


def test_the_task_is_judged_from_all_reports_and_the_reason_names_the_lagging_co_unit(site, task):
    submit(site, task, "区文化旅游体育局", LEAD_ON_TRACK)
    judgement = submit(site, task, "区民政局", CO_NOT_STARTED)
    assert judgement.status == "lagging"
    assert "区民政局负责部分推进滞后" in judgement.reason


def test_a_unit_that_did_not_report_is_named_in_the_warnings(site, task):
    judgement = submit(site, task, "区文化旅游体育局", LEAD_ON_TRACK)
    assert judgement.status == "on_track"
    assert "区民政局未填报推进情况。" in judgement.warnings


def test_evidence_from_a_report_names_its_unit(site, task):
    submit(site, task, "区文化旅游体育局", LEAD_ON_TRACK)
    judgement = submit(site, task, "区民政局", CO_NOT_STARTED)
    units = {e.get("unit") for e in judgement.evidence if e["source"] == "progress"}
    assert "区文化旅游体育局" in units


def test_the_task_page_shows_each_units_report_with_its_own_status(client, site, task):
    submit(site, task, "区文化旅游体育局", LEAD_ON_TRACK)
    submit(site, task, "区民政局", CO_NOT_STARTED)
    client.force_login(User.objects.get(username="ducha"))
    page = client.get(f"/tasks/{task.pk}/").content.decode()
    section = page[page.index(f'id="period-{site.second.pk}"') :]
    rows = section.split('<tr class="unit-report">')[1:3]
    assert "区文化旅游体育局" in rows[0] and "status-on_track" in rows[0]
    assert "区民政局" in rows[1] and "status-lagging" in rows[1]


def test_the_task_page_lists_a_unit_that_has_not_reported(client, site, task):
    submit(site, task, "区文化旅游体育局", LEAD_ON_TRACK)
    client.force_login(User.objects.get(username="ducha"))
    page = client.get(f"/tasks/{task.pk}/").content.decode()
    section = page[page.index(f'id="period-{site.second.pk}"') :]
    co_row = section.split('<tr class="unit-report">')[2]
    assert "区民政局" in co_row and "本期未报送" in co_row
    assert "区民政局未填报推进情况。" in section


def test_the_task_page_shows_the_target_as_written(client, site, task):
    client.force_login(User.objects.get(username="ducha"))
    page = client.get(f"/tasks/{task.pk}/").content.decode()
    assert "社区健身点：30个" in page and "30.0" not in page
