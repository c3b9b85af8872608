"""Pages of the web application, driven through Django's test client on the demo district."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from duban.web.models import Judgement, Period, PeriodStatus, Progress, ProgressStatus, Task, TaskUnit, Unit

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def own_task(username):
    """A task of the reporter's unit, with that unit."""
    user = User.objects.get(username=username)
    unit = user.unit_memberships.get().unit
    link = TaskUnit.objects.filter(unit=unit, role="lead").select_related("task").first()
    return link.task, unit


def test_reporter_workspace_lists_only_its_units_tasks(client, site):
    task, unit = own_task("fgw")
    page = login(client, "fgw").get("/workspace/").content.decode()
    assert task.text in page
    foreign = Task.objects.exclude(task_units__unit=unit).first()
    assert foreign.text not in page


def test_submitting_progress_stores_it_and_judges_the_task(client, site):
    task, unit = own_task("fgw")
    url = f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site.second.pk}"
    version = Progress.objects.get(task=task, period=site.second, unit=unit).version
    response = login(client, "fgw").post(
        url,
        {"text": "1-6月累计完成投资150亿元，完成全年任务的65.2%。", "version": version, "action": "submit"},
    )
    assert response.status_code == 302
    progress = Progress.objects.get(task=task, period=site.second, unit=unit)
    assert progress.status == ProgressStatus.SUBMITTED
    assert progress.version == version + 1
    judgement = Judgement.objects.get(task=task, period=site.second, unit=None)
    assert judgement.judged_at is not None


def test_second_writer_with_a_stale_version_sees_a_conflict_and_both_texts(client, site):
    task, unit = own_task("fgw")
    url = f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site.second.pk}"
    stale = Progress.objects.get(task=task, period=site.second, unit=unit).version
    login(client, "fgw")
    client.post(url, {"text": "第一位填报人的内容", "version": stale, "action": "draft"})
    response = client.post(url, {"text": "第二位填报人的内容", "version": stale, "action": "draft"})
    assert response.status_code == 409
    page = response.content.decode()
    assert "第一位填报人的内容" in page and "第二位填报人的内容" in page
    assert (
        Progress.objects.get(task=task, period=site.second, unit=unit).editable_text == "第一位填报人的内容"
    )


def test_every_save_is_kept_in_the_history(client, site):
    task, unit = own_task("fgw")
    url = f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site.second.pk}"
    progress = Progress.objects.get(task=task, period=site.second, unit=unit)
    before = progress.history.count()
    login(client, "fgw")
    client.post(url, {"text": "草稿一", "version": progress.version, "action": "draft"})
    client.post(url, {"text": "草稿二", "version": progress.version + 1, "action": "draft"})
    # The report was submitted: the drafts are kept beside it until one is submitted.
    texts = list(progress.history.order_by("history_date").values_list("draft_text", flat=True))
    assert len(texts) == before + 2
    assert texts[-2:] == ["草稿一", "草稿二"]


def test_live_preview_returns_a_judgement_fragment(client, site):
    task, _ = own_task("fgw")
    response = login(client, "fgw").post(
        f"/tasks/{task.pk}/preview/?period={site.second.pk}", {"text": "已完成全年任务。"}
    )
    assert response.status_code == 200
    assert 'id="preview"' in response.content.decode()


def test_override_without_a_reason_is_refused(client, site):
    judgement = Judgement.objects.filter(period=site.second, override_status__isnull=True).first()
    login(client, "ducha").post(f"/judgements/{judgement.pk}/override/", {"status": "lagging", "reason": ""})
    judgement.refresh_from_db()
    assert judgement.override_status is None


def test_override_keeps_the_automatic_status_beside_it(client, site):
    judgement = Judgement.objects.filter(period=site.second, override_status__isnull=True).first()
    automatic = judgement.status
    login(client, "ducha").post(
        f"/judgements/{judgement.pk}/override/", {"status": "lagging", "reason": "现场核查进度不及预期"}
    )
    judgement.refresh_from_db()
    assert (judgement.override_status, judgement.status) == ("lagging", automatic)
    assert judgement.override_reason == "现场核查进度不及预期"


def test_publishing_a_period_puts_it_on_the_public_page(client, site):
    assert client.get(f"/public/periods/{site.second.pk}/").status_code == 404
    login(client, "ducha").post(f"/periods/{site.second.pk}/publish/", {"confirm": "1"})
    client.logout()
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.PUBLISHED
    page = client.get(f"/public/periods/{site.second.pk}/")
    assert page.status_code == 200
    assert Task.objects.first().text in page.content.decode()


def test_task_list_filters_by_unit(client, site):
    unit = Unit.objects.get(name="区住房城乡建设局")
    page = login(client, "ducha").get(f"/tasks/?period={site.second.pk}&unit={unit.pk}").content.decode()
    inside = Task.objects.filter(task_units__unit=unit).first()
    outside = Task.objects.exclude(task_units__unit=unit).first()
    assert inside.text in page
    assert outside.text not in page


def test_dashboard_counts_every_task_of_the_period(client, site):
    response = login(client, "ducha").get(f"/dashboard/?period={site.second.pk}")
    board = response.context["board"]
    assert board.total == Task.objects.count()
    assert sum(n for _, _, n, _ in board.by_status) == board.total


def test_leader_dashboard_counts_only_the_tasks_under_the_leader(client, site):
    response = login(client, "lim").get(f"/dashboard/?period={site.second.pk}")
    assert response.context["board"].total == Task.objects.filter(task_leaders__leader__name="李明").count()


def test_missing_list_names_units_without_a_submitted_report(client, site):
    response = login(client, "ducha").get(f"/missing/?period={site.second.pk}")
    names = {row.unit.name for row in response.context["rows"]}
    submitted = set(
        Progress.objects.filter(period=site.second, status="submitted").values_list("task_id", "unit_id")
    )
    expected = {
        link.unit.name
        for link in TaskUnit.objects.filter(role="lead").select_related("unit")
        if (link.task_id, link.unit_id) not in submitted
    }
    assert names == expected
    assert "区发展改革委" in names  # the demo leaves one of its reports as a draft


def test_missing_list_exports_csv_with_a_byte_order_mark(client, site):
    response = login(client, "ducha").get(f"/missing/?period={site.second.pk}&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode("utf-8").startswith("\ufeff单位")


def test_reminding_a_unit_is_recorded(client, site):
    response = login(client, "ducha").get(f"/missing/?period={site.second.pk}")
    unit = response.context["rows"][0].unit
    client.post(f"/missing/?period={site.second.pk}", {"unit": [unit.pk]})
    rows = client.get(f"/missing/?period={site.second.pk}").context["rows"]
    assert next(r for r in rows if r.unit == unit).reminders == 1


CORPUS_PLAN = Path(__file__).parents[1] / "corpus" / "000_3acbdc6da8fda54b.txt"


def test_import_wizard_previews_without_storing_and_cancel_keeps_nothing(client, site):
    before = Task.objects.count()
    login(client, "ducha")
    with CORPUS_PLAN.open("rb") as fh:
        response = client.post("/import/", {"step": "upload", "file": fh})
    assert response.status_code == 200
    assert "地区生产总值增长6%以上" in response.content.decode()
    assert Task.objects.count() == before
    client.post("/import/", {"step": "cancel"})
    assert Task.objects.count() == before
    assert client.post("/import/", {"step": "confirm"}).status_code == 302
    assert Task.objects.count() == before


def test_import_wizard_stores_the_plan_on_confirm(client, site):
    before = Task.objects.count()
    login(client, "ducha")
    with CORPUS_PLAN.open("rb") as fh:
        client.post("/import/", {"step": "upload", "file": fh})
    client.post("/import/", {"step": "confirm"})
    assert Task.objects.count() > before
