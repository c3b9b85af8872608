"""黄灯 and the .xlsx export in real headless Chromium: the office sees the yellow light beside a task on track
near its lagging line, on the task list and the dashboard, and downloads the list it is looking at.

Screenshots go to test-output/screenshots/lists-*.png.
"""

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect
from test_browser import SHOTS, log_in
from test_browser import page as page
from test_browser import site as site
from test_browser import sync_orm_beside_playwright as sync_orm_beside_playwright
from test_browser_office_day import english_words

from duban.core.rules import DEFAULT_RULES
from duban.web.models import Judgement

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]


def test_the_office_sees_the_yellow_light_and_exports_the_list(page, live_server, site, tmp_path):
    judgement = (
        Judgement.objects.filter(period=site.second, unit=None, status="on_track", ratio__isnull=False)
        .filter(override_status__isnull=True, office_status__isnull=True)
        .order_by("task__order")
        .first()
    )
    judgement.ratio = judgement.expected * DEFAULT_RULES.on_track_factor + 0.01
    judgement.save()
    base = live_server.url
    log_in(page, base, "ducha")
    page.goto(f"{base}/tasks/?period={site.second.pk}&status=on_track")
    row = page.locator("#tasks tbody tr", has_text=judgement.task.text[:20])
    expect(row.locator(".light-yellow")).to_have_text("黄灯")
    page.screenshot(path=SHOTS / "lists-yellow-light.png", full_page=True)
    assert english_words(page) == set()

    with page.expect_download() as download:
        page.get_by_role("link", name="导出 Excel").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    book = load_workbook(saved)
    table = [[c.value for c in r] for r in book["目标任务"].iter_rows()]
    assert all(r[6] == "正常推进" for r in table[1:])
    assert [r[7] for r in table if r[2] == judgement.task.text] == ["黄灯"]
    assert download.value.suggested_filename.endswith("目标任务.xlsx")

    page.goto(f"{base}/dashboard/?period={site.second.pk}")
    expect(page.locator("#dashboard-warnings")).to_contain_text("黄灯")
    page.screenshot(path=SHOTS / "lists-dashboard.png", full_page=True)
