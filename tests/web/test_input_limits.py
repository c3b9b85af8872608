"""The services hold every caller to the limits the forms show, and store no control characters."""

import pytest
from django.contrib.auth.models import User

from duban.accounts.models import ApiToken
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Judgement, Progress, TaskUnit
from duban.web.services import judgements
from duban.web.services import progress as progress_services
from duban.web.services.limits import OVERRIDE_REASON_MAX, PROGRESS_TEXT_MAX

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def _reporter_task(username="fgw"):
    user = User.objects.get(username=username)
    unit = user.unit_memberships.get().unit
    task = TaskUnit.objects.filter(unit=unit, role="lead").select_related("task").first().task
    return user, unit, task


def _api_post(client, user, path, payload):
    _, raw = ApiToken.issue(user, "limits")
    return client.post(path, payload, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {raw}")


def test_api_refuses_progress_over_the_form_limit_before_judging_it(client, site):
    user, unit, task = _reporter_task()
    before = Progress.objects.get(task=task, period=site.second, unit=unit)
    response = _api_post(
        client,
        user,
        "/api/progress",
        {
            "task_id": task.pk,
            "unit_id": unit.pk,
            "period_id": site.second.pk,
            "text": "完成投资1亿元。" * 125_000,  # a million characters
            "version": before.version,
            "submit": True,
        },
    )
    assert response.status_code == 400
    assert f"上限 {PROGRESS_TEXT_MAX:,} 字" in response.json()["detail"]
    after = Progress.objects.get(pk=before.pk)
    assert (after.version, after.text) == (before.version, before.text)


def test_api_refuses_an_override_reason_over_the_form_limit(client, site):
    judgement = Judgement.objects.filter(period=site.second, unit=None).first()
    response = _api_post(
        client,
        User.objects.get(username="ducha"),
        f"/api/judgements/{judgement.pk}/override",
        {"status": "lagging", "reason": "理" * (OVERRIDE_REASON_MAX + 1)},
    )
    assert response.status_code == 400
    assert f"上限 {OVERRIDE_REASON_MAX:,} 字" in response.json()["detail"]
    assert Judgement.objects.get(pk=judgement.pk).override_status is None


def test_control_characters_are_dropped_from_progress_and_reasons(site):
    user, unit, task = _reporter_task()
    actor = permissions.actor_for(user)
    version = Progress.objects.get(task=task, period=site.second, unit=unit).version
    saved = progress_services.save_progress(
        actor=actor,
        task=task,
        period=site.second,
        unit=unit,
        text="1-6月\x00完成\x08投资\x1b150亿元。\n下步\t继续推进。",
        base_version=version,
        submit=True,
    )
    assert saved.text == "1-6月完成投资150亿元。\n下步\t继续推进。"
    judgement = Judgement.objects.filter(period=site.second, unit=None).first()
    office = permissions.actor_for(User.objects.get(username="ducha"))
    overridden = judgements.override_judgement(
        actor=office, judgement=judgement, status="lagging", reason="进度\x00滞后\x7f"
    )
    assert overridden.override_reason == "进度滞后"


def test_a_reason_of_control_characters_only_is_empty(site):
    judgement = Judgement.objects.filter(period=site.second, unit=None).first()
    office = permissions.actor_for(User.objects.get(username="ducha"))
    with pytest.raises(DubanError, match="必须填写理由"):
        judgements.override_judgement(actor=office, judgement=judgement, status="lagging", reason="\x00\x08 ")


def test_public_page_is_written_after_progress_with_a_backspace(site, tmp_path):
    from duban.web.services.reports import write_period_report

    user, unit, task = _reporter_task()
    version = Progress.objects.get(task=task, period=site.second, unit=unit).version
    progress_services.save_progress(
        actor=permissions.actor_for(user),
        task=task,
        period=site.second,
        unit=unit,
        text="1-6月完成\x08投资150亿元。",
        base_version=version,
        submit=True,
    )
    output = tmp_path / "public.html"
    write_period_report("public", period=site.second, output=output)
    assert "1-6月完成投资150亿元。" in output.read_text(encoding="utf-8")
