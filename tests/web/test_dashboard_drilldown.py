"""Drill-down from the dashboard: every figure that leads to the task list leads to exactly the tasks it
counts (by status, by section and status, by lead unit, 黄灯), and 较上期变化 lists the tasks whose status
moved since the previous period, for the office and for a leader."""

import io
import re

import pytest
from django.contrib.auth.models import User
from openpyxl import load_workbook

from duban.web import permissions
from duban.web.models import Judgement, Task
from duban.web.permissions import actor_for
from duban.web.selectors.dashboard import dashboard
from duban.web.selectors.judgements import with_status
from duban.web.selectors.periods import previous_period

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def listed(client, query: str) -> int:
    """How many tasks the task list shows for a query (all pages)."""
    response = client.get(f"/tasks/?{query}")
    assert response.status_code == 200
    return response.context["page"].paginator.count


@pytest.fixture(params=["ducha", "lim"])
def viewer(request, client, site):
    user = User.objects.get(username=request.param)
    client.force_login(user)
    return client, actor_for(user), site.second


def test_each_status_count_opens_the_tasks_it_counts(viewer):
    client, actor, period = viewer
    board = dashboard(actor, period)
    assert sum(n for _, _, n, _ in board.by_status) == board.total > 0
    for key, _, n, _ in board.by_status:
        assert listed(client, f"period={period.pk}&status={key}") == n, key
    assert listed(client, f"period={period.pk}&warning=1") == board.warnings


def test_each_section_and_status_count_opens_the_tasks_it_counts(viewer):
    client, actor, period = viewer
    board = dashboard(actor, period)
    data = board.chart_data()["sections"]
    assert data["ids"] and all(data["ids"])
    for series in data["series"]:
        for section, n in zip(data["ids"], series["data"], strict=True):
            assert listed(client, f"period={period.pk}&section={section}&status={series['key']}") == n


def test_each_lead_unit_count_opens_the_tasks_it_counts(viewer):
    client, actor, period = viewer
    board = dashboard(actor, period)
    assert board.by_unit
    for unit in board.by_unit:
        query = f"period={period.pk}&unit={unit['id']}&role=lead"
        assert listed(client, query) == unit["total"]
        for key in ("lagging", "completed", "unreported"):
            assert listed(client, f"{query}&status={key}") == unit["counts"].get(key, 0)
        assert listed(client, f"{query}&warning=1") == unit["counts"].get("warning", 0)


def test_the_unit_filter_without_the_lead_role_also_counts_co_units(client, site):
    client.force_login(User.objects.get(username="ducha"))
    board = dashboard(actor_for(User.objects.get(username="ducha")), site.second)
    row = max(board.by_unit, key=lambda u: u["total"])
    assert listed(client, f"period={site.second.pk}&unit={row['id']}") >= row["total"]


def test_the_moved_tasks_are_those_whose_status_changed_since_the_previous_period(viewer):
    client, actor, period = viewer
    previous = previous_period(period)
    board = dashboard(actor, period)
    mine = permissions.tasks_visible_to(actor, Task.objects.filter(plan_id=period.plan_id))
    statuses = {t.pk: (t.prev_status, t.cur_status) for t in with_status(mine, period, previous)}
    assert board.moved
    assert [m.task.pk for m in board.moved] == [
        t.pk for t in mine.order_by("order") if statuses[t.pk][0] != statuses[t.pk][1]
    ]
    for m in board.moved:
        assert statuses[m.task.pk] == (m.before, m.after)
    assert sum(m.count for m in board.movement) == len(board.moved)
    for m in board.movement:
        query = f"period={period.pk}&changed=1&prev={m.before}&status={m.after}"
        assert listed(client, query) == m.count
    assert listed(client, f"period={period.pk}&changed=1") == len(board.moved)


def test_a_judgement_changed_by_hand_shows_up_among_the_moved_tasks(client, site):
    office = User.objects.get(username="ducha")
    before = {m.task.pk for m in dashboard(actor_for(office), site.second).moved}
    judgement = (
        Judgement.objects.filter(period=site.second, unit=None, override_status__isnull=True)
        .exclude(task_id__in=before)
        .order_by("task__order")
        .first()
    )
    judgement.override_status = "lagging" if judgement.effective_status != "lagging" else "completed"
    judgement.override_reason = "督查发现与实际不符"
    judgement.save()
    after = dashboard(actor_for(office), site.second)
    assert {m.task.pk for m in after.moved} - before == {judgement.task_id}


def test_the_dashboard_page_links_every_figure_to_the_task_list(viewer):
    client, actor, period = viewer
    board = dashboard(actor, period)
    text = client.get(f"/dashboard/?period={period.pk}").content.decode()
    for unit in board.by_unit:
        assert f"/tasks/?period={period.pk}&amp;unit={unit['id']}&amp;role=lead" in text
    for m in board.movement:
        assert f"/tasks/?period={period.pk}&amp;changed=1&amp;prev={m.before}&amp;status={m.after}" in text
    table = re.search(r'<table id="moved-tasks">.*?</table>', text, re.S).group(0)
    assert table.count("<tr>") == len(board.moved) + 1
    data = re.search(r'<script id="chart-data" type="application/json">(.*?)</script>', text, re.S).group(1)
    assert f'"tasks_url": "/tasks/?period={period.pk}"' in data


def test_the_dashboard_workbook_lists_the_moved_tasks(client, site):
    office = User.objects.get(username="ducha")
    client.force_login(office)
    board = dashboard(actor_for(office), site.second)
    book = load_workbook(io.BytesIO(client.get(f"/dashboard/?period={site.second.pk}&format=xlsx").content))
    rows = [[c.value for c in r] for r in book["状态变化的任务"].iter_rows()]
    assert rows[0] == ["序号", "目标任务", "上期", "本期", "变化"]
    assert [r[0] for r in rows[1:]] == [m.task.ref for m in board.moved]
    assert {r[4] for r in rows[1:]} <= {"好转", "退步", "持平"}
