"""Drill-down in real headless Chromium: the leader clicks the donut's 滞后 segment and a bar segment of
the section chart (ECharts on a canvas) and lands on the task list filtered to what was clicked; from the
按牵头单位 table and 较上期变化 to the tasks they count; the moved tasks are listed on the dashboard.

Screenshots go to test-output/screenshots/drilldown-*.png.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect
from test_browser import SHOTS, log_in
from test_browser import page as page
from test_browser import site as site
from test_browser import sync_orm_beside_playwright as sync_orm_beside_playwright
from test_browser_office_day import english_words

from duban.web.permissions import actor_for
from duban.web.selectors.dashboard import dashboard

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]

VENDOR = Path(__file__).parents[2] / "src" / "duban" / "web" / "static" / "vendor" / "echarts.min.js"

# Where on the page an ECharts segment is drawn, from the chart's own layout of that data item: the middle
# of a donut sector, the centre of a bar.
SEGMENT_POINT = """([id, seriesIndex, dataIndex]) => {
    const box = document.getElementById(id);
    const chart = echarts.getInstanceByDom(box);
    const layout = chart.getModel().getSeriesByIndex(seriesIndex).getData().getItemLayout(dataIndex);
    const rect = box.getBoundingClientRect();
    if (layout.r !== undefined) {
        const angle = (layout.startAngle + layout.endAngle) / 2, radius = (layout.r + layout.r0) / 2;
        return [rect.left + layout.cx + radius * Math.cos(angle), rect.top + layout.cy + radius * Math.sin(angle)];
    }
    return [rect.left + layout.x + layout.width / 2, rect.top + layout.y + layout.height / 2];
}"""


def shot(page, name):
    page.screenshot(path=SHOTS / f"drilldown-{name}.png", full_page=True)


def click_segment(page, chart_id, series_index, data_index):
    page.locator(f"#{chart_id}").scroll_into_view_if_needed()
    x, y = page.evaluate(SEGMENT_POINT, [chart_id, series_index, data_index])
    page.mouse.click(x, y)
    page.wait_for_load_state()


def test_leader_drills_down_from_the_charts_and_tables(page, live_server, site):
    if not VENDOR.exists():
        pytest.fail("echarts.min.js is missing: run scripts/frontend.sh")
    board = dashboard(actor_for(User.objects.get(username="lim")), site.second)
    lagging = next(n for key, _, n, _ in board.by_status if key == "lagging")
    assert lagging > 0 and board.moved
    base = live_server.url
    log_in(page, base, "lim")
    page.goto(f"{base}/dashboard/?period={site.second.pk}")
    expect(page.locator("body")).to_have_attribute("data-charts-ready", "1")
    shot(page, "dashboard")
    assert english_words(page) == set()

    # The donut's 滞后 segment (its data holds only the statuses with tasks, in the page's order).
    shown = [key for key, _, n, _ in board.by_status if n]
    click_segment(page, "chart-status", 0, shown.index("lagging"))
    expect(page).to_have_url(re.compile(rf"/tasks/\?period={site.second.pk}&status=lagging$"))
    expect(page.locator("#task-count")).to_contain_text(f"共 {lagging} 项")
    expect(page.locator("#tasks tbody tr")).to_have_count(min(lagging, 50))
    expect(page.locator("select[name=status]")).to_have_value("lagging")
    shot(page, "lagging")

    # A bar segment: the first section's largest status.
    page.go_back()
    expect(page.locator("body")).to_have_attribute("data-charts-ready", "1")
    data = board.chart_data()["sections"]
    series_index = max(range(len(data["series"])), key=lambda i: data["series"][i]["data"][0])
    series = data["series"][series_index]
    click_segment(page, "chart-section", series_index, 0)
    expect(page).to_have_url(
        re.compile(rf"/tasks/\?period={site.second.pk}&status={series['key']}&section={data['ids'][0]}$")
    )
    expect(page.locator("#task-count")).to_contain_text(f"共 {series['data'][0]} 项")
    expect(page.locator("select[name=section]")).to_have_value(str(data["ids"][0]))

    # 按牵头单位: the unit with most lagging tasks, its 滞后 figure.
    page.goto(f"{base}/dashboard/?period={site.second.pk}")
    unit = board.by_unit[0]
    page.locator(f"#unit-row-{unit['id']} td").nth(2).get_by_role("link").click()
    expect(page.locator("#task-count")).to_contain_text(f"共 {unit['counts']['lagging']} 项")
    expect(page.locator("#task-count")).to_contain_text("仅看该单位牵头的任务")
    expect(page.locator("select[name=unit]")).to_have_value(str(unit["id"]))

    # 较上期变化: the moved tasks on the dashboard, and one row of counts opening its tasks.
    page.goto(f"{base}/dashboard/?period={site.second.pk}")
    expect(page.locator("#moved-tasks tbody tr")).to_have_count(len(board.moved))
    expect(page.locator("#moved-tasks")).to_contain_text(board.moved[0].task.ref)
    shot(page, "moved")
    change = board.movement[0]
    page.locator("#movement-counts tbody tr").first.get_by_role("link").click()
    expect(page.locator("#task-count")).to_contain_text(f"共 {change.count} 项")
    expect(page.locator("#task-count")).to_contain_text(f"上期为{change.before_label}")
    for row in page.locator("#tasks tbody tr").all():
        expect(row.locator("td").nth(5)).to_contain_text(change.after_label)
        expect(row.locator("td").nth(6)).to_contain_text(change.before_label)
    shot(page, "moved-list")
    assert english_words(page) == set()
