"""The office's working day on the demo district plus a real plan imported through the wizard: every plan
and period reachable, confirmations in bulk, publishing with a checklist, 催办 that reaches the unit."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from duban.accounts.models import Reminder
from duban.web.models import Judgement, Period, PeriodStatus, Plan, Progress, Task, TaskUnit

pytestmark = [pytest.mark.db, pytest.mark.django_db]

FULING_PLAN = Path(__file__).parents[1] / "corpus" / "004_0c9597f419f639ea.txt"


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


@pytest.fixture
def fuling(client, site):
    """The Fuling district's 2025 plan, imported through the wizard by the office clerk of the demo."""
    login(client, "ducha")
    with FULING_PLAN.open("rb") as fh:
        client.post("/import/", {"step": "upload", "file": fh})
    response = client.post("/import/", {"step": "confirm"})
    plan = Plan.objects.exclude(pk=site.plan.pk).get()
    return plan, response


def open_period(client, plan, label="1-6月", end="2025-06-30", deadline="2025-07-05T17:00"):
    client.post(
        "/periods/",
        {"plan": plan.pk, "label": label, "start": "2025-01-01", "end": end, "deadline": deadline},
    )
    return Period.objects.get(plan=plan, label=label)


def test_the_wizard_lands_on_the_imported_plan(client, fuling):
    plan, response = fuling
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert page.status_code == 200
    text = page.content.decode()
    assert "涪陵" in text
    # The imported plan's first task is listed, not the demo district's.
    assert Task.objects.filter(plan=plan).order_by("order").first().text[:20] in text
    assert "该方案还没有报送期" in text


def test_the_task_list_of_a_plan_without_periods_lists_its_tasks(client, fuling):
    plan, _ = fuling
    response = client.get(f"/tasks/?plan={plan.pk}")
    assert response.status_code == 200
    assert response.context["page"].paginator.count == Task.objects.filter(plan=plan).count()


def test_every_plan_is_offered_in_the_switcher_of_each_page(client, site, fuling):
    plan, _ = fuling
    period = open_period(client, plan)
    for url in ("/tasks/", "/review/", "/missing/", "/dashboard/"):
        response = client.get(f"{url}?period={site.second.pk}")
        assert response.status_code == 200, url
        scope = response.context["scope"]
        assert {p.pk for p in scope.plans} == {site.plan.pk, plan.pk}, url
        text = response.content.decode()
        assert f'<option value="{plan.pk}"' in text, url
        moved = client.get(f"{url}?plan={plan.pk}&period={site.second.pk}")
        assert moved.context["scope"].period == period, url


def test_review_and_missing_show_the_period_asked_for(client, site, fuling):
    plan, _ = fuling
    period = open_period(client, plan)
    missing = client.get(f"/missing/?plan={plan.pk}")
    assert missing.context["period"] == period
    leads = {row.unit.name for row in missing.context["rows"]}
    assert "区发展改革委" in leads and len(leads) > 10
    review = client.get(f"/review/?period={period.pk}")
    assert review.context["period"] == period


def test_the_periods_page_links_each_period_to_its_pages(client, site, fuling):
    plan, _ = fuling
    period = open_period(client, plan)
    text = client.get("/periods/").content.decode()
    for url in ("/tasks/", "/review/", "/missing/", "/dashboard/"):
        assert f'href="{url}?period={period.pk}"' in text, url
        assert f'href="{url}?period={site.second.pk}"' in text, url


def test_a_plan_out_of_a_leaders_reach_is_not_found(client, site, fuling):
    plan, _ = fuling
    open_period(client, plan)
    response = login(client, "lim").get(f"/tasks/?plan={plan.pk}")
    assert response.status_code == 404


def review_tasks(client, period, query=""):
    return client.get(f"/review/?period={period.pk}{query}").context["tasks"]


def test_confirming_judgements_in_bulk_records_them_as_confirmed_not_overridden(client, site):
    login(client, "ducha")
    queue = review_tasks(client, site.second)
    assert len(queue) >= 2
    chosen = queue[:2]
    response = client.post(
        f"/review/?period={site.second.pk}", {"action": "confirm", "task": [t.pk for t in chosen]}
    )
    assert response.status_code == 302
    for task in chosen:
        judgement = Judgement.objects.get(task=task, period=site.second, unit=None)
        assert judgement.override_status is None
        assert judgement.confirmed_status == task.cur_status
        assert judgement.confirmed_by.username == "ducha"
        assert judgement.is_confirmed
    left = {t.pk for t in review_tasks(client, site.second)}
    assert not left & {t.pk for t in chosen}
    assert len(left) == len(queue) - 2
    page = client.get(f"/tasks/{chosen[0].pk}/").content.decode()
    assert "确认研判" in page
    assert "人工研判为" not in page


def test_a_confirmation_lapses_when_the_status_changes(client, site):
    login(client, "ducha")
    task = review_tasks(client, site.second)[0]
    client.post(f"/review/?period={site.second.pk}", {"action": "confirm", "task": [task.pk]})
    judgement = Judgement.objects.get(task=task, period=site.second, unit=None)
    other = "lagging" if judgement.effective_status != "lagging" else "on_track"
    Judgement.objects.filter(pk=judgement.pk).update(status=other, office_status=None)
    judgement.refresh_from_db()
    assert not judgement.is_confirmed


def test_the_review_queue_filters_by_status_unit_and_warnings(client, site):
    login(client, "ducha")
    queue = review_tasks(client, site.second)
    status = queue[0].cur_status
    assert {t.pk for t in review_tasks(client, site.second, f"&status={status}")} == {
        t.pk for t in queue if t.cur_status == status
    }
    link = TaskUnit.objects.filter(task=queue[0], role="lead").first()
    by_unit = review_tasks(client, site.second, f"&unit={link.unit_id}")
    assert queue[0].pk in {t.pk for t in by_unit}
    assert all(TaskUnit.objects.filter(task=t, unit_id=link.unit_id).exists() for t in by_unit)
    Judgement.objects.filter(period=site.second).update(warnings=[])
    assert review_tasks(client, site.second, "&warnings=1") == []
    Judgement.objects.filter(task=queue[0], period=site.second, unit=None).update(warnings=["单位名称待确认"])
    flagged = review_tasks(client, site.second, "&warnings=1")
    assert [t.pk for t in flagged] == [queue[0].pk]
    assert flagged[0].warnings == ["单位名称待确认"]


def test_confirming_needs_the_office(client, site):
    judgement = Judgement.objects.filter(period=site.second, unit=None).first()
    response = login(client, "fgw").post(
        f"/review/?period={site.second.pk}", {"action": "confirm", "task": [judgement.task_id]}
    )
    assert response.status_code == 403
    judgement.refresh_from_db()
    assert judgement.confirmed_status is None


def test_publishing_first_shows_what_is_outstanding_and_publishes_only_when_confirmed(client, site):
    login(client, "ducha")
    response = client.post(f"/periods/{site.second.pk}/publish/")
    assert response.status_code == 200
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.OPEN
    check = response.context["check"]
    assert check.unreported and check.awaiting_review
    text = response.content.decode()
    assert f"{len(check.unreported)} 个单位尚未报送" in text
    assert f"{len(check.awaiting_review)} 项任务待复核" in text
    assert "区发展改革委" in text
    client.post(f"/periods/{site.second.pk}/publish/", {"confirm": "1"})
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.PUBLISHED


def test_reopening_a_published_period_says_the_public_page_is_withdrawn(client, site):
    login(client, "ducha")
    client.post(f"/periods/{site.second.pk}/publish/", {"confirm": "1"})
    response = client.post(f"/periods/{site.second.pk}/open/")
    assert "公开页将撤下" in response.content.decode()
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.PUBLISHED
    client.post(f"/periods/{site.second.pk}/open/", {"confirm": "1"})
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.OPEN
    row = client.get("/periods/").content.decode()
    assert "公开页已撤下" in row
    client.logout()
    public = client.get(f"/public/periods/{site.second.pk}/")
    assert public.status_code == 404
    assert "公开页已撤下" in public.content.decode()


def test_forbidden_and_missing_pages_are_in_chinese_with_the_navigation(client, site):
    login(client, "fgw")
    forbidden = client.get("/periods/")
    assert forbidden.status_code == 403
    text = forbidden.content.decode()
    assert "没有访问权限" in text and 'href="/workspace/"' in text and "Forbidden" not in text
    missing = client.get("/tasks/999999/")
    assert missing.status_code == 404
    text = missing.content.decode()
    assert "没有找到该任务" in text and "返回首页" in text and "Not Found" not in text
    client.logout()
    nowhere = client.get("/no-such-page/")
    assert nowhere.status_code == 404 and "页面不存在" in nowhere.content.decode()


def test_the_server_error_page_is_in_chinese(client, site):
    from django.test import Client

    from duban.web import urls

    def broken(request):
        raise RuntimeError("boom")

    urls.urlpatterns.append(__import__("django.urls").urls.path("broken-for-test/", broken))
    try:
        response = Client(raise_request_exception=False).get("/broken-for-test/")
    finally:
        urls.urlpatterns.pop()
    assert response.status_code == 500
    text = response.content.decode()
    assert "系统出错" in text and "返回首页" in text and "Server Error" not in text


def test_a_period_form_error_names_the_field_in_chinese_and_keeps_the_plan(client, site, fuling):
    plan, _ = fuling
    response = client.post("/periods/", {"plan": plan.pk, "label": "1-6月", "end": ""})
    assert response.status_code == 400
    text = response.content.decode()
    assert "截止日期（统计期末）：这个字段是必填项" in text
    assert ">end<" not in text and "<li>end" not in text
    assert f'<option value="{plan.pk}" selected>' in text
    assert not Period.objects.filter(plan=plan).exists()
    backwards = {"plan": plan.pk, "label": "1-6月", "start": "2025-07-01", "end": "2025-06-30"}
    text = client.post("/periods/", backwards).content.decode()
    assert "截止日期（统计期末）：不能早于起始日期" in text
    assert not Period.objects.filter(plan=plan).exists()


def chase(client, period, unit, note=""):
    return client.post(f"/missing/?period={period.pk}", {"unit": [unit.pk], "note": note})


def test_a_reminder_reaches_the_reporters_workbench_and_mailbox(client, site, mailoutbox):
    reporter = User.objects.get(username="fgw")
    reporter.email = "fgw@example.gov.cn"
    reporter.save()
    unit = reporter.unit_memberships.get().unit
    login(client, "ducha")
    chase(client, site.second, unit, note="请于今天下班前报送")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["fgw@example.gov.cn"]
    assert site.second.label in mail.subject and "请于今天下班前报送" in mail.body
    reminder = Reminder.objects.get(period=site.second, unit=unit)
    assert reminder.email_sent and reminder.email_to == ["fgw@example.gov.cn"]
    assert "已发送" in reminder.email_result
    page = login(client, "fgw").get("/workspace/").content.decode()
    assert "督查室于" in page and "催办" in page and "请于今天下班前报送" in page


def test_a_unit_is_reminded_at_most_once_a_day_per_period(client, site, mailoutbox):
    unit = User.objects.get(username="fgw").unit_memberships.get().unit
    login(client, "ducha")
    chase(client, site.second, unit)
    response = chase(client, site.second, unit)
    assert Reminder.objects.filter(period=site.second, unit=unit).count() == 1
    assert "今天已催办" in client.get(response["Location"]).content.decode()


def test_a_reminder_without_an_address_is_recorded_as_not_mailed(client, site, mailoutbox):
    reporter = User.objects.get(username="fgw")
    User.objects.filter(pk=reporter.pk).update(email="")
    unit = reporter.unit_memberships.get().unit
    login(client, "ducha")
    chase(client, site.second, unit)
    reminder = Reminder.objects.get(period=site.second, unit=unit)
    assert not reminder.email_sent and "没有登记邮箱" in reminder.email_result
    assert mailoutbox == []
    page = client.get(f"/missing/?period={site.second.pk}").content.decode()
    assert "没有登记邮箱" in page


# ------------------------------------------------------------------ the reporter's form loses nothing


def reporter_form(client, site):
    user = User.objects.get(username="fgw")
    unit = user.unit_memberships.get().unit
    task = TaskUnit.objects.filter(unit=unit, role="lead").select_related("task").first().task
    login(client, "fgw")
    return task, unit, f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site.second.pk}"


def docx_bytes() -> bytes:
    import io

    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("现场照片说明")
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    import io

    import openpyxl

    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active["A1"] = "项目进度台账"
    book.save(buffer)
    return buffer.getvalue()


def test_text_typed_but_not_saved_survives_an_attachment_upload(client, site):
    from django.core.files.uploadedfile import SimpleUploadedFile

    task, unit, url = reporter_form(client, site)
    progress = Progress.objects.get(task=task, period=site.second, unit=unit)
    saved = progress.text
    typed = "1-6月累计完成投资80亿元，完成全年任务的34.8%（尚未保存）"
    response = client.post(
        url,
        {
            "text": typed,
            "version": progress.version,
            "action": "attach",
            "file": SimpleUploadedFile("台账.xlsx", xlsx_bytes()),
        },
    )
    assert response.status_code == 200
    assert typed in response.content.decode()
    assert progress.attachments.get().name == "台账.xlsx"
    progress.refresh_from_db()
    assert progress.text == saved  # kept in the box, not saved behind the writer's back


def test_word_and_excel_attachments_are_accepted_and_a_renamed_file_is_not(client, site):
    from django.core.files.uploadedfile import SimpleUploadedFile

    task, unit, _ = reporter_form(client, site)
    progress = Progress.objects.get(task=task, period=site.second, unit=unit)
    back = {"back": "/workspace/"}
    for name, content in (("说明.docx", docx_bytes()), ("台账.xlsx", xlsx_bytes())):
        client.post(
            f"/progress/{progress.pk}/attachments/", {**back, "file": SimpleUploadedFile(name, content)}
        )
    fake = SimpleUploadedFile("病毒.docx", b"MZ\x90\x00not a word file")
    response = client.post(f"/progress/{progress.pk}/attachments/", {**back, "file": fake}, follow=True)
    assert sorted(progress.attachments.values_list("name", flat=True)) == ["台账.xlsx", "说明.docx"]
    assert "内容与扩展名不符" in response.content.decode()
    # A zip that is no Word document is refused too.
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.exe", b"MZ")
    client.post(
        f"/progress/{progress.pk}/attachments/",
        {**back, "file": SimpleUploadedFile("x.docx", buffer.getvalue())},
    )
    assert progress.attachments.count() == 2


def test_a_reporter_deletes_its_attachment_and_another_unit_cannot(
    client, site, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    task, unit, url = reporter_form(client, site)
    progress = Progress.objects.get(task=task, period=site.second, unit=unit)
    client.post(
        f"/progress/{progress.pk}/attachments/",
        {"back": url, "file": SimpleUploadedFile("说明.docx", docx_bytes())},
    )
    attachment = progress.attachments.get()
    stored = Path(attachment.file.path)
    assert stored.exists()
    other = User.objects.filter(groups__name="reporter").exclude(username="fgw").first()
    client.force_login(other)
    assert client.post(f"/attachments/{attachment.pk}/delete/").status_code in (403, 404)
    assert progress.attachments.count() == 1
    login(client, "fgw")
    page = client.get(url).content.decode()
    assert f'action="/attachments/{attachment.pk}/delete/"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/attachments/{attachment.pk}/delete/", {"back": url})
    assert response.status_code == 302
    assert progress.attachments.count() == 0
    assert not stored.exists()
