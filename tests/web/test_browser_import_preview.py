"""The office corrects an import before confirming, in real headless Chromium, on the Fuling district's real
2025 plan: the preview keeps the plan's chapters, a row's units and targets are corrected (a bad value first,
named by row and field), unknown units are handled in bulk, and only confirming stores anything.

Screenshots go to test-output/screenshots/import-*.png.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_browser import SHOTS, log_in
from test_browser import page as page
from test_browser import site as site
from test_browser import sync_orm_beside_playwright as sync_orm_beside_playwright
from test_browser_office_day import english_words

from duban.web.models import Plan, Section, Target, Task, Unit

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]

FULING_PLAN = Path(__file__).parents[1] / "corpus" / "004_0c9597f419f639ea.txt"
SUB_HEADING = "一、向质效领先要增量增速，着力扛起大区“大担当”"
COMPOUND = "区住房城乡建委等区级相关部门单位"


def test_office_corrects_the_imported_plan_before_confirming(page, live_server, site):
    base = live_server.url
    log_in(page, base, "ducha")
    page.goto(f"{base}/import/")
    page.set_input_files("input[name=file]", FULING_PLAN)
    page.get_by_role("button", name="上传并预览").click()
    preview = page.locator("#import-preview")
    expect(preview).to_contain_text(f"主要工作任务 / {SUB_HEADING}")
    expect(preview).to_contain_text("力争协议资金：600亿元")
    page.screenshot(path=SHOTS / "import-preview-fuling.png", full_page=True)
    assert english_words(page) == set()

    # Row 2-1: a target value that is no number is refused, naming the row and the field.
    page.locator("#row-7").get_by_role("link", name="修改").click()
    expect(page.locator("h1")).to_contain_text("第8行（2-1）")
    page.get_by_label("第1个指标的目标值").fill("六百")
    page.get_by_role("button", name="保存本行修改").click()
    expect(page.locator("#row-errors")).to_contain_text("第8行（2-1）第1个量化指标的目标值：")
    page.screenshot(path=SHOTS / "import-row-error.png", full_page=True)
    assert english_words(page) == set()
    page.get_by_label("第1个指标的目标值").fill("650")
    page.get_by_label("配合单位").fill(f"各镇街、{COMPOUND}")
    page.get_by_role("button", name="保存本行修改").click()
    expect(page.locator(".messages")).to_contain_text("第8行（2-1）已修改")
    expect(page.locator("#row-7")).to_contain_text("力争协议资金：650亿元")
    expect(page.locator("#row-7")).to_contain_text("已修改")
    assert not Plan.objects.filter(code__contains="涪陵").exists()

    # Unknown units in bulk: all ticked, the compound split as suggested, the rest confirmed as new.
    units = page.locator("#unknown-units")
    choice = units.get_by_label(f"{COMPOUND} 的处理方式")
    expect(choice).to_have_value("split")
    units.get_by_label("全选").check()
    units.get_by_role("button", name="按所选处理勾选的单位").click()
    expect(page.locator(".messages")).to_contain_text("对应到已有单位 0 个，拆分 8 个")
    page.screenshot(path=SHOTS / "import-units-handled.png", full_page=True)
    assert not Unit.objects.filter(name=COMPOUND).exists()

    page.get_by_role("button", name="确认导入").click()
    expect(page.locator(".messages")).to_contain_text("已导入")
    plan = Plan.objects.get(code__contains="涪陵")
    task = Task.objects.get(plan=plan, ref="2-1")
    assert Target.objects.get(task=task, metric="协议资金").value == 650
    assert {tu.unit.name for tu in task.task_units.all()} >= {"区住房城乡建委", "区级相关部门单位"}
    assert Section.objects.filter(plan=plan, name=SUB_HEADING).exists()
    new_units = Unit.objects.filter(issuer=plan.issuer)
    assert new_units.exists() and not new_units.filter(confirmed=False).exists()
