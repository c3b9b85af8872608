"""Every list page exports to .xlsx (?format=xlsx): the rows the page lists (all of them, not one page),
each text cell a string, with the page's filters applied and the page's permissions."""

import io

import pytest
from django.contrib.auth.models import User
from openpyxl import load_workbook

from duban.web.models import Task, Unit

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def workbook(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    return load_workbook(io.BytesIO(response.content))


def rows(sheet):
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.fixture
def office(client, site):
    client.force_login(User.objects.get(username="ducha"))
    return client


def test_the_task_list_exports_every_task_of_the_filter(office, site):
    book = workbook(office, f"/tasks/?period={site.second.pk}&format=xlsx")
    table = rows(book["目标任务"])
    assert table[0][:3] == ["序号", "分类", "目标任务"]
    assert len(table) - 1 == Task.objects.filter(plan=site.plan).count() == 60  # more than a page (50)
    unit = Unit.objects.get(name="区发展改革委")
    mine = rows(workbook(office, f"/tasks/?period={site.second.pk}&unit={unit.pk}&format=xlsx")["目标任务"])
    assert 1 < len(mine) < len(table) and all("区发展改革委" in r[4] + (r[5] or "") for r in mine[1:])


def test_review_missing_units_dashboard_and_assignments_export(office, site):
    period = site.second.pk
    review = rows(workbook(office, f"/review/?period={period}&format=xlsx")["待复核"])
    assert (
        review[0][0] == "序号"
        and len(review) == len(office.get(f"/review/?period={period}").context["tasks"]) + 1
    )
    missing = rows(workbook(office, f"/missing/?period={period}&format=xlsx")["未报送单位"])
    assert len(missing) == len(office.get(f"/missing/?period={period}").context["rows"]) + 1
    units = rows(workbook(office, "/units/?format=xlsx")["单位名录"])
    assert len(units) == Unit.objects.count() + 1
    board = workbook(office, f"/dashboard/?period={period}&format=xlsx")
    assert board.sheetnames == [
        "按研判结果",
        "按分类",
        "按牵头单位",
        "滞后任务",
        "较上期变化",
        "状态变化的任务",
        "批示交办",
    ]
    assert rows(board["按研判结果"])[-1] == ["合计", 60, None]
    assignments = rows(workbook(office, f"/assignments/?period={period}&format=xlsx")["交办事项"])
    assert assignments[0][0] == "任务" and len(assignments) == 1


def test_a_text_that_looks_like_a_formula_stays_text(office, site):
    task = Task.objects.filter(plan=site.plan).order_by("order").first()
    Task.objects.filter(pk=task.pk).update(text='=HYPERLINK("http://example.com","点击")')
    sheet = workbook(office, f"/tasks/?period={site.second.pk}&format=xlsx")["目标任务"]
    cell = next(c for c in sheet["C"] if c.value and str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


def test_a_leader_exports_only_the_tasks_under_them(client, site):
    client.force_login(User.objects.get(username="lim"))
    table = rows(workbook(client, f"/tasks/?period={site.second.pk}&format=xlsx")["目标任务"])
    assert 1 < len(table) < 61 and all("李明" in r[3] for r in table[1:])


def test_the_pages_link_to_their_export(office, site):
    for path in (
        f"/tasks/?period={site.second.pk}",
        f"/review/?period={site.second.pk}",
        "/units/",
        f"/missing/?period={site.second.pk}",
        f"/dashboard/?period={site.second.pk}",
        f"/assignments/?period={site.second.pk}",
    ):
        assert "format=xlsx" in office.get(path).content.decode(), path
