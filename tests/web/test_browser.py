"""The main journeys in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Screenshots of each main page go to test-output/screenshots/. The charts need the front-end assets that
scripts/frontend.sh installs from npm.
"""

import os
import re
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import expect, sync_playwright

from duban.accounts.models import ApiToken, hash_token
from duban.web.models import Judgement, Period, PeriodStatus, Progress, Task, TaskUnit, Unit, UnitRole
from duban.web.sample.district import DEMO_PASSWORD
from duban.web.services.units import resolve_unit

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# One folder per pytest-xdist worker, as for the reports (tests/reports/report_builders.py).
SHOTS = Path(__file__).parents[2] / "test-output" / "screenshots" / os.environ.get("PYTEST_XDIST_WORKER", "")
CORPUS_PLAN = Path(__file__).parents[1] / "corpus" / "000_3acbdc6da8fda54b.txt"


@pytest.fixture
def sync_orm_beside_playwright(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls here are still sequential.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def site(sync_orm_beside_playwright, settings, site):
    """The demo district (conftest), served over plain HTTP by the live server."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    return site


@pytest.fixture
def page():
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
        yield context.new_page()
        browser.close()
        # Inside Playwright's event loop Django keeps the test's connections in a context of their own, which
        # the database teardown never sees: close them here, or PostgreSQL refuses to drop the test database.
        connections.close_all()


def log_in(page, base, username):
    page.goto(f"{base}/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_load_state()


def test_reporter_submits_progress_and_sees_the_judgement(page, live_server, site):
    log_in(page, live_server.url, "fgw")
    expect(page.get_by_role("heading", name="工作台")).to_be_visible()
    page.screenshot(path=SHOTS / "workspace.png", full_page=True)
    row = page.locator("tr", has_text="全年实施重点项目120个")
    row.get_by_role("link", name="填报").click()
    box = page.locator("#id_text")
    box.fill("1-6月累计完成投资60亿元，完成全年任务的26.1%。")
    expect(page.locator("#preview")).to_contain_text("滞后", timeout=5000)
    page.screenshot(path=SHOTS / "progress-form.png", full_page=True)
    page.get_by_role("button", name="报送").click()
    expect(page.locator(".messages")).to_contain_text("已报送")
    task = Task.objects.get(text__startswith="全年实施重点项目120个")
    assert (
        Progress.objects.get(task=task, period=site.second, unit__name="区发展改革委").status == "submitted"
    )
    assert Judgement.objects.get(task=task, period=site.second, unit=None).status == "lagging"


def test_office_imports_overrides_and_publishes(page, live_server, site):
    log_in(page, live_server.url, "ducha")
    page.goto(f"{live_server.url}/import/")
    page.set_input_files("input[name=file]", CORPUS_PLAN)
    page.get_by_role("button", name="上传并预览").click()
    expect(page.locator("#import-preview")).to_contain_text("地区生产总值增长6%以上")
    page.screenshot(path=SHOTS / "import-preview.png", full_page=True)
    before = Task.objects.count()
    page.get_by_role("button", name="确认导入").click()
    expect(page.locator(".messages")).to_contain_text("已导入")
    assert Task.objects.count() > before

    task = Task.objects.get(plan=site.plan, text__startswith="新建社区健身点30个")
    page.goto(f"{live_server.url}/tasks/{task.pk}/")
    section = page.locator(f"#period-{site.second.pk}")
    section.locator("summary", has_text="人工研判").click()
    section.locator("select[name=status]").select_option("not_started")
    section.locator("textarea[name=reason]").fill("实地核查发现健身点尚未开工建设。")
    section.get_by_role("button", name="保存人工研判").click()
    expect(page.locator(".messages")).to_contain_text("人工研判已保存")
    page.screenshot(path=SHOTS / "task-detail.png", full_page=True)
    judgement = Judgement.objects.get(task=task, period=site.second, unit=None)
    assert judgement.override_status == "not_started"

    page.goto(f"{live_server.url}/periods/")
    page.locator(f"#period-row-{site.second.pk}").get_by_role("button", name="发布公开").click()
    expect(page.locator("h1")).to_contain_text("发布前核对")
    page.get_by_role("button", name="仍然发布").click()
    expect(page.locator(f"#period-row-{site.second.pk}")).to_contain_text("已发布")
    page.screenshot(path=SHOTS / "periods.png", full_page=True)
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.PUBLISHED


def test_leader_sees_the_dashboard_with_charts(page, live_server, site):
    vendor = Path(__file__).parents[2] / "src" / "duban" / "web" / "static" / "vendor" / "echarts.min.js"
    assert vendor.exists(), "run scripts/frontend.sh to install ECharts and htmx"
    log_in(page, live_server.url, "lim")
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.locator("body")).to_have_attribute("data-charts-ready", "1")
    expect(page.locator("#chart-status canvas")).to_have_count(1)
    expect(page.locator("#lagging")).to_be_visible()
    page.screenshot(path=SHOTS / "dashboard-leader.png", full_page=True)


def test_public_page_renders_the_published_period_only(page, live_server, site):
    page.goto(f"{live_server.url}/public/")
    page.get_by_role("link", name=re.compile("1-3月")).click()
    expect(page.locator("#public-table")).to_contain_text("地区生产总值增长6%以上")
    page.screenshot(path=SHOTS / "public.png", full_page=True)
    response = page.goto(f"{live_server.url}/public/periods/{site.second.pk}/")
    assert response.status == 404


def test_office_merges_a_unit_an_import_created(page, live_server, site):
    created, _ = resolve_unit(issuer=site.plan.issuer, name="区市场监督局")
    task = Task.objects.filter(plan=site.plan).order_by("order").first()
    TaskUnit.objects.create(task=task, unit=created, role=UnitRole.CO, order=9)
    log_in(page, live_server.url, "ducha")
    page.goto(f"{live_server.url}/units/")
    row = page.locator(f"#unit-row-{created.pk}")
    expect(row).to_contain_text("待确认")
    page.screenshot(path=SHOTS / "units.png", full_page=True)
    row.get_by_role("button", name="合并到「区市场监管局」").click()
    expect(page.locator(".messages")).to_contain_text("已将「区市场监督局」合并到「区市场监管局」")
    expect(page.locator("#aliases")).to_contain_text("区市场监督局")
    page.screenshot(path=SHOTS / "unit-detail.png", full_page=True)
    kept = Unit.objects.get(name="区市场监管局")
    assert TaskUnit.objects.get(task=task, role=UnitRole.CO, order=9).unit == kept
    assert not Unit.objects.filter(name="区市场监督局").exists()


def test_a_leader_issues_and_revokes_an_api_token(page, live_server, site):
    # A unit's reporter is not offered tokens (test_accounts); a leader's scripts read the tasks under them.
    log_in(page, live_server.url, "lim")
    page.get_by_role("link", name="API 令牌").click()
    page.get_by_label("用途").fill("统计报表脚本")
    page.get_by_role("button", name="生成令牌").click()
    raw = page.locator("#raw-token").inner_text()
    page.screenshot(path=SHOTS / "api-tokens.png", full_page=True)
    assert ApiToken.objects.get(user__username="lim").digest == hash_token(raw)
    page.locator("#token-table").get_by_role("button", name="吊销").click()
    expect(page.locator(".messages")).to_contain_text("已吊销")
    assert not ApiToken.objects.filter(user__username="lim").exists()
