"""The office's and the reporter's working day in real headless Chromium, on the demo district plus the
Fuling district's real 2025 plan imported through the wizard: the new plan is reached, a period opened (a
form error first), units chased, judgements confirmed in bulk, the period published past its checklist and
taken back; the reporter sees the 催办 and loses nothing while attaching files; every page at 390 px.

Screenshots go to test-output/screenshots/office-day-*.png.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect
from test_browser import CHROMIUM, FLAGS, SHOTS, log_in  # noqa: F401  (fixtures below reuse them)
from test_browser import page as page
from test_browser import site as site
from test_browser import sync_orm_beside_playwright as sync_orm_beside_playwright

from duban.accounts.models import Reminder
from duban.web.models import Judgement, Period, PeriodStatus, Plan, Progress

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]

FULING_PLAN = Path(__file__).parents[1] / "corpus" / "004_0c9597f419f639ea.txt"
# Words in Latin letters the product's own text may use (file types, the API); anything else is English
# left in a page.
LATIN_ALLOWED = {"API", "PDF", "Word", "Excel", "JPG", "PNG", "CSV", "MB", "KB", "HTML", "Bearer"}


def shot(page, name):
    page.screenshot(path=SHOTS / f"office-day-{name}.png", full_page=True)


def english_words(page) -> set[str]:
    """Latin words in the page's own text (the header, headings, buttons, messages), not in task texts."""
    text = page.evaluate(
        """() => {
            const clone = document.body.cloneNode(true);
            // Data the office imported or units wrote is theirs, not the product's.
            clone.querySelectorAll('script, style, td, .card p b + *, pre, textarea, option').forEach(e => e.remove());
            return clone.innerText;
        }"""
    )
    # Plan codes (minghu-2026) are the office's own names for its plans.
    codes = {
        w for code in Plan.objects.values_list("code", flat=True) for w in re.findall(r"[A-Za-z]+", code)
    }
    return {w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in LATIN_ALLOWED | codes}


def test_office_reaches_a_new_plan_chases_confirms_and_publishes(page, live_server, site):
    base = live_server.url
    log_in(page, base, "ducha")
    page.goto(f"{base}/import/")
    page.set_input_files("input[name=file]", FULING_PLAN)
    page.get_by_role("button", name="上传并预览").click()
    page.get_by_role("button", name="确认导入").click()
    plan = Plan.objects.get(code__contains="涪陵")
    expect(page).to_have_url(re.compile(rf"/tasks/\?plan={plan.pk}$"))
    expect(page.locator("h1")).to_contain_text(plan.code)
    expect(page.locator("#no-period")).to_contain_text("该方案还没有报送期")
    expect(page.locator("#tasks tbody tr")).to_have_count(50)
    shot(page, "imported-plan")
    assert english_words(page) == set()

    # Opening a period: an end before the start is named in Chinese and the plan stays chosen.
    page.locator("#no-period").get_by_role("link", name="为该方案开启报送期").click()
    form = page.locator("#new-period")
    expect(form.locator("select[name=plan]")).to_have_value(str(plan.pk))
    form.get_by_label("报送期名称").fill("1-6月")
    form.get_by_label("起始日期").fill("2025-07-01")
    form.get_by_label("截止日期（统计期末）").fill("2025-06-30")
    form.get_by_role("button", name="开启填报").click()
    expect(page.locator("#period-errors")).to_contain_text("截止日期（统计期末）：不能早于起始日期")
    expect(page.locator("#new-period select[name=plan]")).to_have_value(str(plan.pk))
    shot(page, "period-form-error")
    form = page.locator("#new-period")
    form.get_by_label("起始日期").fill("2025-01-01")
    form.get_by_role("button", name="开启填报").click()
    expect(page.locator(".messages")).to_contain_text("已开启填报")
    period = Period.objects.get(plan=plan, label="1-6月")

    # The period's row leads to its 催办 list; the switcher goes back to the demo district and over again.
    page.locator(f"#period-row-{period.pk}").get_by_role("link", name="催办").click()
    expect(page.locator("h1")).to_contain_text(plan.code)
    page.locator("form.scope select[name=plan]").select_option(str(site.plan.pk))
    expect(page.locator("h1")).to_contain_text(site.plan.code)
    page.locator("form.scope select[name=plan]").select_option(str(plan.pk))
    expect(page.locator("h1")).to_contain_text(plan.code)
    row = page.locator("tr", has_text="区发展改革委").first
    row.locator("input[name=unit]").check()
    page.get_by_label("催办留言（选填）").fill("请于7月5日前报送")
    page.get_by_role("button", name="催办选中单位").click()
    expect(page.locator(".messages")).to_contain_text("已催办 1 个单位")
    shot(page, "missing")
    assert Reminder.objects.filter(period=period).count() == 1
    assert english_words(page) == set()

    # 待复核 of the demo's second period: two judgements confirmed at once, not overridden.
    page.goto(f"{base}/review/?period={site.second.pk}")
    boxes = page.locator("#review input[name=task]")
    before = boxes.count()
    assert before >= 2
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.get_by_role("button", name="确认所选研判").click()
    expect(page.locator(".messages")).to_contain_text("已确认 2 项任务的研判结果")
    expect(page.locator("#review input[name=task]")).to_have_count(before - 2)
    shot(page, "review")
    confirmed = Judgement.objects.filter(period=site.second, unit=None, confirmed_status__isnull=False)
    assert confirmed.count() == 2 and not confirmed.filter(override_status__isnull=False).exists()

    # Publishing shows what is outstanding first; taking it back says the public page goes.
    page.goto(f"{base}/periods/")
    page.locator(f"#period-row-{site.second.pk}").get_by_role("button", name="发布公开").click()
    expect(page.locator("h1")).to_contain_text("发布前核对")
    expect(page.locator("main")).to_contain_text("个单位尚未报送")
    expect(page.locator("main")).to_contain_text("项任务待复核")
    shot(page, "publish-check")
    assert Period.objects.get(pk=site.second.pk).status == PeriodStatus.OPEN
    page.get_by_role("button", name="仍然发布").click()
    expect(page.locator(f"#period-row-{site.second.pk}")).to_contain_text("已发布")
    page.locator(f"#period-row-{site.second.pk}").get_by_role("button", name="重新开放").click()
    expect(page.locator("main")).to_contain_text("公开页将撤下")
    page.get_by_role("button", name="确认重新开放并撤下公开页").click()
    expect(page.locator(f"#period-row-{site.second.pk}")).to_contain_text("公开页已撤下")
    shot(page, "periods")

    page.goto(f"{base}/public/periods/{site.second.pk}/")
    expect(page.locator("main")).to_contain_text("公开页已撤下")
    expect(page.get_by_role("link", name="返回首页")).to_be_visible()
    shot(page, "withdrawn-404")
    assert english_words(page) == set()


def test_reporter_sees_the_reminder_and_keeps_its_text_while_attaching(page, live_server, site, tmp_path):
    import docx

    from duban.web.permissions import actor_for
    from duban.web.selectors.units import units_by_ids
    from duban.web.services.reminders import remind

    reporter = User.objects.get(username="fgw")
    unit = reporter.unit_memberships.get().unit
    remind(
        actor=actor_for(User.objects.get(username="ducha")),
        period=site.second,
        units=units_by_ids([unit.pk]),
        note="请尽快报送",
    )
    log_in(page, live_server.url, "fgw")
    expect(page.locator(".reminder")).to_contain_text("督查室于")
    expect(page.locator(".reminder")).to_contain_text("请尽快报送")
    shot(page, "workbench-reminder")
    assert english_words(page) == set()

    page.locator("tr", has_text="全年实施重点项目120个").get_by_role("link", name="填报").click()
    typed = "1-6月累计完成投资70亿元，完成全年任务的30.4%，附现场照片说明。"
    page.locator("#id_text").fill(typed)
    word = tmp_path / "现场说明.docx"
    document = docx.Document()
    document.add_paragraph("现场说明")
    document.save(word)
    page.set_input_files("#id_file", word)
    page.get_by_role("button", name="上传附件").click()
    expect(page.locator(".messages")).to_contain_text("附件已上传")
    expect(page.locator("#id_text")).to_have_value(typed)
    expect(page.locator(".attachments")).to_contain_text("现场说明.docx")
    shot(page, "attached")
    progress = Progress.objects.get(
        task__text__startswith="全年实施重点项目120个", period=site.second, unit=unit
    )
    assert progress.attachments.count() == 1 and progress.text != typed

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(".attachments").get_by_role("button", name="删除").click()
    expect(page.locator(".messages")).to_contain_text("已删除附件")
    expect(page.locator(".attachments")).to_contain_text("暂无附件")
    assert progress.attachments.count() == 0


PHONE_PAGES = {
    "ducha": ["/tasks/", "/review/", "/missing/", "/periods/", "/dashboard/", "/units/"],
    "fgw": ["/workspace/"],
}


@pytest.mark.parametrize("username", sorted(PHONE_PAGES))
def test_every_page_fits_a_phone(page, live_server, site, username):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server.url, username)
    for path in PHONE_PAGES[username]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
        header = page.locator("header.top").bounding_box()
        assert header["height"] < 140, (path, header)
        for link in page.locator("header.top nav a").all():
            box = link.bounding_box()
            assert box is None or box["height"] < 32, (path, link.inner_text(), box)
        shot(page, f"phone-{username}-{path.strip('/')}")
        assert english_words(page) == set(), path
    if username == "fgw":
        button = page.locator("a.button", has_text="填报").first
        box = button.bounding_box()
        assert box["height"] < 40 and box["width"] > box["height"], box
