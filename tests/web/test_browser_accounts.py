"""Account management in real headless Chromium: after the Fuling plan is imported (its units new, none
with a reporter) the office gives every unit a reporter at once, downloads the passwords as .xlsx, gives
the demo's remaining units theirs on the page, deactivates, reactivates and resets an account; the new
reporter logs in with the password shown and must replace it first; a reporter meets a Chinese 403; the
page fits 390 px.

Screenshots go to test-output/screenshots/accounts-*.png.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from openpyxl import load_workbook
from playwright.sync_api import expect
from test_browser import SHOTS, log_in
from test_browser import page as page
from test_browser import site as site
from test_browser import sync_orm_beside_playwright as sync_orm_beside_playwright
from test_browser_office_day import english_words

from duban.accounts.models import IssuedPassword
from duban.ingest import parse_document
from duban.web.models import Plan, Unit, UnitMembership
from duban.web.sample import district as d
from duban.web.services.imports import import_document

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]

FULING_PLAN = Path(__file__).parents[1] / "corpus" / "004_0c9597f419f639ea.txt"


def shot(page, name):
    page.screenshot(path=SHOTS / f"accounts-{name}.png", full_page=True)


def log_out(page):
    page.locator("header.top").get_by_role("button", name="退出").click()
    page.wait_for_load_state()


def test_office_gives_every_new_unit_a_reporter_who_replaces_the_password(page, live_server, site, tmp_path):
    plan = Plan.objects.get(code=import_document(document=parse_document(FULING_PLAN)).plan_code)
    fuling_units = Unit.objects.filter(issuer=plan.issuer)
    base = live_server.url
    log_in(page, base, "ducha")
    page.locator("header.top nav").get_by_role("link", name="账号").click()
    expect(page.locator("h1")).to_have_text("账号管理")
    expect(
        page.locator("#unit-accounts-" + str(Unit.objects.get(issuer=d.ISSUER, name="区发展改革委").pk))
    ).to_contain_text("fgw")
    assert english_words(page) == set()

    # The Fuling units: every one without a reporter, created at once, passwords downloaded.
    page.locator("select[name=issuer]").select_option(plan.issuer)
    bulk = page.locator("#bulk")
    expect(bulk.locator("h2")).to_have_text(f"{fuling_units.count()} 个单位还没有可用的填报员账号")
    expect(bulk.locator("input[name=unit]:checked")).to_have_count(fuling_units.count())
    shot(page, "bulk")
    with page.expect_download() as download:
        bulk.get_by_role("button", name="建账号并下载 Excel").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    rows = [[c.value for c in r] for r in load_workbook(saved)["填报员账号"].iter_rows()][1:]
    assert (
        len(rows) == fuling_units.count() == UnitMembership.objects.filter(unit__issuer=plan.issuer).count()
    )
    issuer, _, _, username, password = rows[0]
    assert issuer == plan.issuer and User.objects.get(username=username).check_password(password)

    # The demo district's units without a reporter, passwords shown on the page once.
    page.goto(f"{base}/accounts/?issuer={d.ISSUER}")
    bare = Unit.objects.filter(issuer=d.ISSUER, memberships__isnull=True).count()
    page.locator("#bulk").get_by_role("button", name="为选中单位各建一个填报员账号").click()
    expect(page.locator("h1")).to_have_text(f"已为 {bare} 个单位各新建 1 个填报员账号")
    expect(page.locator(".issued-password")).to_have_count(bare)
    shot(page, "issued")
    assert english_words(page) == set()

    # Deactivate and reactivate a reporter, reset another's password.
    page.goto(f"{base}/accounts/?issuer={d.ISSUER}")
    fgw = User.objects.get(username="fgw")
    account = page.locator(f"#account-{fgw.pk}")
    page.once("dialog", lambda dialog: dialog.accept())
    account.get_by_role("button", name="停用").click()
    expect(page.locator(".messages")).to_contain_text("已停用账号「fgw」")
    expect(page.locator(f"#account-{fgw.pk}")).to_contain_text("已停用")
    assert not User.objects.get(pk=fgw.pk).is_active
    page.locator(f"#account-{fgw.pk}").get_by_role("button", name="启用").click()
    expect(page.locator(f"#account-{fgw.pk}")).to_contain_text("正常")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f"#account-{User.objects.get(username='zjj').pk}").get_by_role(
        "button", name="重置密码"
    ).click()
    expect(page.locator("h1")).to_have_text("已重置账号「zjj」的密码")
    page.goto(f"{base}/accounts/")
    expect(page.locator("#account-history")).to_contain_text("重置密码")
    expect(page.locator(f"#account-{User.objects.get(username='zjj').pk}")).to_contain_text("待修改初始密码")
    shot(page, "list")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/accounts/?issuer={d.ISSUER}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "phone")
    page.set_viewport_size({"width": 1366, "height": 900})

    # The new Fuling reporter logs in with the downloaded password and must replace it first.
    log_out(page)
    page.goto(f"{base}/login/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    expect(page).to_have_url(re.compile(r"/password/$"))
    expect(page.locator("#forced-change")).to_contain_text("初始密码")
    page.goto(f"{base}/workspace/")
    expect(page).to_have_url(re.compile(r"/password/$"))
    page.get_by_label("当前密码").fill(password)
    page.get_by_label("新密码", exact=True).fill("12345678")
    page.get_by_label("再次输入新密码").fill("12345678")
    page.get_by_role("button", name="保存新密码").click()
    expect(page.locator("#password-errors")).to_be_visible()
    shot(page, "password-refused")
    assert english_words(page) == set()
    page.get_by_label("当前密码").fill(password)
    page.get_by_label("新密码", exact=True).fill("fuling-tianbao-2025")
    page.get_by_label("再次输入新密码").fill("fuling-tianbao-2025")
    page.get_by_role("button", name="保存新密码").click()
    expect(page.get_by_role("heading", name="工作台")).to_be_visible()
    expect(page.locator(".messages")).to_contain_text("密码已修改")
    expect(page.locator("header.top")).not_to_contain_text("API 令牌")
    assert not IssuedPassword.objects.filter(user__username=username).exists()
    shot(page, "reporter-workbench")

    # A reporter reaches none of it.
    page.goto(f"{base}/accounts/")
    expect(page.locator("main")).to_contain_text("没有访问权限")
    shot(page, "reporter-403")
    assert english_words(page) == set()
