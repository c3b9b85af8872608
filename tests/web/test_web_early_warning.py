"""黄灯 in the web app: the SQL annotation agrees with core.status.early_warning on every judgement, the
margin comes from the settings, and the warning shows on the task list, the dashboard, the API and in the
bulletin's method note."""

import pytest
from django.contrib.auth.models import User

from duban.accounts.models import ApiToken
from duban.core.rules import DEFAULT_RULES
from duban.core.status import early_warning
from duban.web.models import Judgement, Task
from duban.web.selectors.judgements import with_status
from duban.web.selectors.reports import period_report_data

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def core_says(judgement, margin):
    return early_warning(
        status=judgement.effective_status,
        automatic=judgement.status,
        ratio=judgement.ratio,
        expected=judgement.expected,
        on_track_factor=DEFAULT_RULES.on_track_factor,
        margin=margin,
    )


@pytest.fixture
def warned(site):
    """One on-track amount task of the second period moved just above its lagging line."""
    judgement = (
        Judgement.objects.filter(period=site.second, unit=None, status="on_track", ratio__isnull=False)
        .exclude(override_status__isnull=False)
        .exclude(office_status__isnull=False)
        .order_by("task__order")
        .first()
    )
    judgement.ratio = judgement.expected * DEFAULT_RULES.on_track_factor + 0.01
    judgement.save()
    return judgement


@pytest.mark.parametrize("margin", [0.0, 0.05, 0.3])
def test_the_sql_agrees_with_the_core_on_every_judgement(site, warned, settings, margin):
    settings.EARLY_WARNING_MARGIN = margin
    tasks = with_status(Task.objects.filter(plan=site.plan), site.second, None)
    annotated = {t.pk: t.cur_warning for t in tasks}
    judgements = Judgement.objects.filter(period=site.second, unit=None)
    expected = {j.task_id: core_says(j, margin) for j in judgements}
    assert {pk: annotated[pk] for pk in expected} == expected
    assert annotated[warned.task_id] is (margin > 0.01)


def test_the_task_list_and_dashboard_show_it(client, site, warned):
    client.force_login(User.objects.get(username="ducha"))
    page = client.get(f"/tasks/?period={site.second.pk}&q={warned.task.text[:8]}").content.decode()
    assert '<span class="light light-yellow"' in page
    board = client.get(f"/dashboard/?period={site.second.pk}")
    assert board.context["board"].warnings >= 1
    assert 'id="dashboard-warnings"' in board.content.decode()


def test_the_api_says_it(client, site, warned):
    _, raw = ApiToken.issue(User.objects.get(username="ducha"), "t")
    rows = client.get(
        f"/api/tasks?period={site.second.pk}&limit=500", HTTP_AUTHORIZATION=f"Bearer {raw}"
    ).json()
    flagged = {row["id"] for row in rows if row["warning"]}
    assert warned.task_id in flagged


def test_the_bulletin_method_note_counts_it(site, warned, settings):
    settings.EARLY_WARNING_MARGIN = 0.05
    judgements = Judgement.objects.filter(period=site.second, unit=None)
    count = sum(core_says(j, 0.05) for j in judgements)
    note = period_report_data(period=site.second).method_note
    assert f"不足5个百分点的，列为黄灯预警，本期共{count}项。" in note and count >= 1
