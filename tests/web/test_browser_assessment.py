"""The assessment pages in real headless Chromium: the office walks the ranking of the demo's simulated year
and one unit's breakdown, enters an adjustment and sees the score change; a leader sees only its units."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.db import connections
from playwright.sync_api import expect, sync_playwright

from duban.web.models import AssessmentAdjustment, TaskUnit, Unit
from duban.web.permissions import actor_for
from duban.web.sample import load_sample
from duban.web.sample.district import DEMO_PASSWORD
from duban.web.sample.year import load_sample_year
from duban.web.selectors.assessment import units_in_reach

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(__file__).parents[2] / "test-output" / "screenshots"


@pytest.fixture
def year(settings, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    load_sample()
    return load_sample_year()


@pytest.fixture
def page():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        yield context.new_page()
        browser.close()
        connections.close_all()


def log_in(page, base, username):
    page.goto(f"{base}/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state()


def test_office_walks_the_ranking_and_a_units_breakdown(page, live_server, year):
    log_in(page, live_server.url, "ducha")
    page.get_by_role("navigation").get_by_role("link", name="考核").click()
    page.get_by_label("方案").select_option(str(year.plan.pk))
    page.wait_for_load_state()
    expect(page.get_by_role("heading", name="年度考核")).to_contain_text(year.plan.title)
    expect(page.locator("body")).to_contain_text("年度最终得分")
    rows = page.locator("#ranking tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() >= 15
    first_total = float(rows.nth(0).locator("td b").inner_text())
    last_total = float(rows.nth(rows.count() - 1).locator("td b").inner_text())
    assert first_total >= last_total
    water = page.locator('tr[data-unit="区水务局"]')
    expect(water).to_contain_text("约谈主要负责人")
    page.screenshot(path=SHOTS / "assessment-ranking.png", full_page=True)

    water.get_by_role("link", name="明细").click()
    expect(page.get_by_role("heading", name="区水务局 · 考核得分明细")).to_be_visible()
    expect(page.get_by_role("heading", name="未报送（-3分）")).to_be_visible()
    expect(page.get_by_role("heading", name="红牌警示（-3分）")).to_be_visible()
    before = float(page.locator("#total").inner_text())
    task_link = page.locator("table.breakdown a").first
    href = task_link.get_attribute("href")
    assert href.startswith("/tasks/") and "?period=" in href

    page.get_by_label("分值").fill("2")
    page.locator('input[name="reason"][required]').last.fill("河长制考核获市级表扬，经区政府同意加分")
    page.get_by_role("button", name="录入调整").click()
    expect(page.locator(".messages")).to_contain_text("调整已录入")
    assert float(page.locator("#total").inner_text()) == before + 2
    expect(page.locator("body")).to_contain_text("录入：+2分：河长制考核获市级表扬")
    page.screenshot(path=SHOTS / "assessment-unit.png", full_page=True)
    assert AssessmentAdjustment.objects.filter(reason__startswith="河长制").count() == 1

    page.goto(href if href.startswith("http") else f"{live_server.url}{href}")
    expect(page.locator("body")).to_contain_text("推进情况")


def test_a_leader_sees_only_the_units_of_its_tasks(page, live_server, year):
    log_in(page, live_server.url, "zhangli")
    page.goto(f"{live_server.url}/assessment/?plan={year.plan.pk}")
    expect(page.locator("body")).to_contain_text("仅列出您分管任务的责任单位")
    names = page.locator("#ranking tbody tr").evaluate_all("rows => rows.map(r => r.dataset.unit)")
    leader = actor_for(User.objects.get(username="zhangli"))
    reach = Unit.objects.filter(pk__in=units_in_reach(leader, year.plan)).values_list("name", flat=True)
    assert sorted(names) == sorted(reach)
    assert (
        "区农业农村局" in names
        and len(names) < TaskUnit.objects.filter(task__plan=year.plan).values("unit").distinct().count()
    )
