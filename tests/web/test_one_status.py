"""A task's status is one fact: however its progress arrived (`duban import` of a real document, the import
wizard, the web form, the API), the dashboard, the task list, the task page, the API, the public page, the
summary .xlsx and the bulletin .docx all show the same status for it, and their counts agree."""

import html
import io
import re
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from duban.reports.statuses import STATUS_COLOURS
from duban.web import commands
from duban.web.models import Judgement, Period, Progress, Task
from duban.web.services.reports import write_period_report

pytestmark = [pytest.mark.db, pytest.mark.django_db]

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
BADGE = re.compile(r'class="status status-(\w+)"')


def office_client(client):
    user, _ = User.objects.get_or_create(username="e2e-clerk")
    user.groups.add(Group.objects.get_or_create(name="office")[0])
    client.force_login(user)
    return client


def stored_statuses(period: Period) -> dict[int, str]:
    """Every task of the plan with its chosen status in the period (未填报 when never judged)."""
    chosen = {
        j.task_id: j.effective_status for j in Judgement.objects.filter(period=period, unit__isnull=True)
    }
    return {t.pk: chosen.get(t.pk, "unreported") for t in Task.objects.filter(plan_id=period.plan_id)}


def dashboard_counts(client, period: Period) -> Counter:
    page = client.get(f"/dashboard/?period={period.pk}").content.decode()
    # Each status card links to the task list filtered to it (the dashboard's drill-down).
    stats = re.findall(
        r'<a class="stat" [^>]*><span class="status status-(\w+)">[^<]*</span><b>(\d+)</b>', page
    )
    return Counter({key: int(n) for key, n in stats})


def task_list_statuses(client, period: Period) -> dict[int, str]:
    found: dict[int, str] = {}
    page_number = 1
    while True:
        page = client.get(f"/tasks/?period={period.pk}&page={page_number}").content.decode()
        for row in ROW.findall(page):
            link = re.search(r'href="/tasks/(\d+)/"', row)
            if link:
                found[int(link.group(1))] = BADGE.findall(row)[0]
        if f"page={page_number + 1}" not in page:
            return found
        page_number += 1


def task_page_status(client, task_id: int, period: Period) -> str:
    page = client.get(f"/tasks/{task_id}/").content.decode()
    # The task page shows one column per period; the period's own judgement is in its column.
    column = page.split(period.label, 1)[1] if period.label in page else page
    return BADGE.findall(column.split("研判结果：", 1)[1])[0]


def api_statuses(client, period: Period) -> dict[int, str]:
    from duban.accounts.models import ApiToken

    _, raw = ApiToken.issue(User.objects.get(username="e2e-clerk"), "e2e")
    rows = client.get(f"/api/tasks?period={period.pk}&limit=500", HTTP_AUTHORIZATION=f"Bearer {raw}").json()
    return {row["id"]: row["status"] for row in rows}


def public_labels(client, period: Period) -> list[str]:
    client.post(f"/periods/{period.pk}/publish/", {"confirm": "1"})
    client.logout()
    page = client.get(f"/public/periods/{period.pk}/").content.decode()
    table = page.split('id="public-table"', 1)[1]
    return [
        html.unescape(re.findall(r"<td>([^<]*)</td>", row)[-1]) for row in ROW.findall(table) if "<td" in row
    ]


def summary_statuses(period: Period, output: Path) -> Counter:
    """The statuses the summary table colours its 研判 column with, one per task row."""
    write_period_report("summary", period=period, output=output)
    sheet = openpyxl.load_workbook(output)["汇总表"]
    by_colour = {colour: status for status, colour in STATUS_COLOURS.items()}
    status_column = [cell.value for cell in sheet[3]].index("研判")
    found: Counter = Counter()
    for row in sheet.iter_rows(min_row=4):
        cell = row[status_column]
        if cell.value is None or cell.fill is None or cell.fill.fgColor is None:
            continue
        colour = str(cell.fill.fgColor.rgb)[-6:]
        if colour in by_colour:
            found[by_colour[colour]] += 1
    return found


def assert_one_status(client, period: Period, tmp_path: Path) -> dict[int, str]:
    expected = stored_statuses(period)
    counts = Counter(expected.values())
    office = office_client(client)
    assert dashboard_counts(office, period) == counts
    assert task_list_statuses(office, period) == expected
    assert api_statuses(office, period) == expected
    for task_id in list(expected)[:: max(1, len(expected) // 12)]:
        assert task_page_status(office, task_id, period) == expected[task_id], task_id
    assert summary_statuses(period, tmp_path / "summary.xlsx") == counts
    from duban.core.status import status_label

    ordered = [expected[t.pk] for t in Task.objects.filter(plan_id=period.plan_id).order_by("order")]
    assert public_labels(office, period) == [status_label(s) for s in ordered]
    return expected


def import_command(path: Path) -> Period:
    commands.import_command(path, plan=None, period=None, out=io.StringIO(), err=io.StringIO())
    return Period.objects.get()


def bulletin_text(period: Period, tmp_path: Path) -> str:
    write_period_report("bulletin", period=period, output=tmp_path / "bulletin.docx")
    return "\n".join(p.text for p in docx.Document(str(tmp_path / "bulletin.docx")).paragraphs)


def test_duban_import_of_a_report_shows_the_bulletins_counts_everywhere(client, tmp_path):
    period = import_command(CORPUS / "001_709c606c80aee2ec.txt")
    statuses = assert_one_status(client, period, tmp_path)
    assert Counter(statuses.values()) == {"on_track": 128, "lagging": 13}
    text = bulletin_text(period, tmp_path)
    # 10 indicators (4 符合…, 6 不达预期) and 131 key tasks (124 正常推进, 7 推进较为滞后): 128 + 13.
    assert "6项指标不达预期" in text
    assert "124项任务正常推进" in text and "7项任务推进较为滞后" in text


def test_duban_import_of_a_progress_table_is_judged_and_shown_alike(client, tmp_path):
    period = import_command(CORPUS / "000_3acbdc6da8fda54b.txt")
    statuses = assert_one_status(client, period, tmp_path)
    assert Progress.objects.filter(period=period).exists()
    # The table's rows carry progress, so they are judged on import, not left 未填报.
    assert set(statuses.values()) - {"unreported"}


def test_the_import_wizard_stores_what_duban_import_stores(client, tmp_path):
    office = office_client(client)
    source = CORPUS / "000_3acbdc6da8fda54b.txt"
    upload = SimpleUploadedFile(source.name, source.read_bytes())
    office.post("/import/", {"step": "upload", "file": upload})
    office.post("/import/", {"step": "confirm"})
    period = Period.objects.get()
    wizard = assert_one_status(client, period, tmp_path)
    by_text = {Task.objects.get(pk=pk).text: status for pk, status in wizard.items()}
    Task.objects.all().delete()
    Period.objects.all().delete()
    from duban.web.models import Plan

    Plan.objects.all().delete()
    again = import_command(source)
    assert {Task.objects.get(pk=pk).text: s for pk, s in stored_statuses(again).items()} == by_text


def test_progress_saved_through_the_web_form_is_shown_alike(client, site, tmp_path):
    from duban.web.models import TaskUnit

    reporter = User.objects.get(username="fgw")
    unit = reporter.unit_memberships.get().unit
    task = TaskUnit.objects.filter(unit=unit, role="lead").select_related("task").first().task
    version = Progress.objects.get(task=task, period=site.second, unit=unit).version
    client.force_login(reporter)
    client.post(
        f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site.second.pk}",
        {"text": "1-6月尚未开工，前期手续仍在办理。", "version": version, "action": "submit"},
    )
    client.logout()
    statuses = assert_one_status(client, site.second, tmp_path)
    assert (
        statuses[task.pk] == Judgement.objects.get(task=task, period=site.second, unit=None).effective_status
    )


def test_progress_saved_through_the_api_is_shown_alike(client, site, tmp_path):
    from duban.accounts.models import ApiToken
    from duban.web.models import TaskUnit

    reporter = User.objects.get(username="fgw")
    unit = reporter.unit_memberships.get().unit
    task = TaskUnit.objects.filter(unit=unit, role="lead").select_related("task").first().task
    version = Progress.objects.get(task=task, period=site.second, unit=unit).version
    _, raw = ApiToken.issue(reporter, "e2e")
    response = client.post(
        "/api/progress",
        {
            "task_id": task.pk,
            "unit_id": unit.pk,
            "period_id": site.second.pk,
            "text": "1-6月已全部完成年度任务。",
            "version": version,
            "submit": True,
        },
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert response.status_code == 200, response.content
    statuses = assert_one_status(client, site.second, tmp_path)
    assert (
        statuses[task.pk] == Judgement.objects.get(task=task, period=site.second, unit=None).effective_status
    )


def test_a_plans_deadline_column_is_the_tasks_schedule(site):
    """A task due by 3月底 (完成时限 column) that is still under way at the end of June is lagging."""
    from duban.web.services.judgements import judge_task
    from duban.web.services.progress import save_progress

    task = Task.objects.filter(plan=site.plan).exclude(text__contains="月").first()
    task.deadline = "3月底前"
    task.save()
    unit = task.task_units.filter(role="lead").first().unit
    office = User.objects.get(username="ducha")
    from duban.web.permissions import actor_for

    current = Progress.objects.filter(task=task, period=site.second, unit=unit).first()
    save_progress(
        actor=actor_for(office),
        task=task,
        period=site.second,
        unit=unit,
        text="项目正在施工，主体工程完成过半。",
        base_version=current.version if current else 0,
        submit=True,
    )
    judgement = judge_task(task=task, period=site.second)
    assert judgement.status == "lagging"
    assert "3月底前完成" in judgement.reason
