"""A draft saved over a submitted report stays with its unit until it is submitted: the task page, the API
and the judgement keep the submitted text meanwhile."""

import pytest
from django.contrib.auth.models import User

from duban.accounts.models import ApiToken
from duban.web import permissions
from duban.web.models import Judgement, Progress, TaskUnit

pytestmark = [pytest.mark.db, pytest.mark.django_db]

SUBMITTED = "1-6月累计完成投资150亿元，完成全年任务的65.2%。"
DRAFT = "1-6月累计完成投资10亿元（草稿，待核实）。"


def _setup(client, site):
    """The fgw reporter's task that a leader account oversees, its unit, that leader, and the edit URL."""
    reporter = User.objects.get(username="fgw")
    unit = reporter.unit_memberships.get().unit
    leaders = [User.objects.get(username=name) for name in ("lim", "zhangli")]
    for link in TaskUnit.objects.filter(unit=unit, role="lead").select_related("task"):
        for leader in leaders:
            if permissions.tasks_visible_to(permissions.actor_for(leader)).filter(pk=link.task_id).exists():
                url = f"/tasks/{link.task_id}/units/{unit.pk}/progress/?period={site.second.pk}"
                return link.task, unit, leader, url
    raise AssertionError("no fgw task under a leader account in the demo district")


def _save(client, task, unit, period, text, action):
    progress = Progress.objects.get(task=task, unit=unit, period=period)
    url = f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={period.pk}"
    return client.post(url, {"text": text, "version": progress.version, "action": action})


def test_draft_over_a_submitted_report_is_seen_by_its_unit_only(client, site):
    task, unit, leader, url = _setup(client, site)
    client.force_login(User.objects.get(username="fgw"))
    assert _save(client, task, unit, site.second, SUBMITTED, "submit").status_code == 302
    judged = Judgement.objects.get(task=task, period=site.second, unit=None)
    assert _save(client, task, unit, site.second, DRAFT, "draft").status_code == 302

    progress = Progress.objects.get(task=task, unit=unit, period=site.second)
    assert (progress.status, progress.text, progress.draft_text) == ("submitted", SUBMITTED, DRAFT)
    # The reporter goes on editing the draft.
    page = client.get(url).content.decode()
    assert DRAFT in page and "pending-draft" in page
    # The judgement still rests on the submitted text.
    again = Judgement.objects.get(task=task, period=site.second, unit=None)
    assert (again.status, again.reason) == (judged.status, judged.reason)

    client.force_login(leader)
    page = client.get(f"/tasks/{task.pk}/").content.decode()
    assert SUBMITTED in page and DRAFT not in page
    _, raw = ApiToken.issue(leader, "leader")
    rows = client.get(
        f"/api/progress?period={site.second.pk}&task={task.pk}", HTTP_AUTHORIZATION=f"Bearer {raw}"
    ).json()
    mine = next(row for row in rows if row["unit_id"] == unit.pk)
    assert (mine["text"], mine["draft_text"]) == (SUBMITTED, None)

    _, raw = ApiToken.issue(User.objects.get(username="fgw"), "reporter")
    rows = client.get(
        f"/api/progress?period={site.second.pk}&task={task.pk}", HTTP_AUTHORIZATION=f"Bearer {raw}"
    ).json()
    assert next(row for row in rows if row["unit_id"] == unit.pk)["draft_text"] == DRAFT


def test_submitting_the_draft_publishes_it(client, site):
    task, unit, _, _ = _setup(client, site)
    client.force_login(User.objects.get(username="fgw"))
    _save(client, task, unit, site.second, SUBMITTED, "submit")
    _save(client, task, unit, site.second, DRAFT, "draft")
    assert _save(client, task, unit, site.second, DRAFT, "submit").status_code == 302
    progress = Progress.objects.get(task=task, unit=unit, period=site.second)
    assert (progress.text, progress.draft_text) == (DRAFT, None)
    assert progress.history.filter(draft_text=DRAFT).exists()  # every edit kept


def test_draft_before_the_first_submission_is_the_report_itself(client, site):
    task, unit, _, _ = _setup(client, site)
    client.force_login(User.objects.get(username="fgw"))
    Progress.objects.filter(task=task, unit=unit, period=site.second).update(status="draft")
    _save(client, task, unit, site.second, DRAFT, "draft")
    progress = Progress.objects.get(task=task, unit=unit, period=site.second)
    assert (progress.status, progress.text, progress.draft_text) == ("draft", DRAFT, None)
