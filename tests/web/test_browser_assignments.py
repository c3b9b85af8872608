"""批示 → 交办 → 回复 → 退回重办 (回头看) → 回复 → 办结 in real headless Chromium, on the demo district: the
leader writes, the office assigns, the unit replies from its workbench, the office sends back and closes; the
history on the task page, the period's list and the dashboard's count; the same pages at 390 px.

Screenshots go to test-output/screenshots/assignment-*.png.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from test_browser import SHOTS, log_in
from test_browser import page as page
from test_browser import site as site
from test_browser import sync_orm_beside_playwright as sync_orm_beside_playwright
from test_browser_office_day import english_words

from duban.web.models import Assignment, AssignmentStatus, Task, TaskLeader, Unit

pytestmark = [pytest.mark.slow, pytest.mark.db, pytest.mark.django_db(transaction=True)]


def shot(page, name):
    page.screenshot(path=SHOTS / f"assignment-{name}.png", full_page=True)


def as_user(page, base, username):
    page.context.clear_cookies()
    log_in(page, base, username)


def test_a_leaders_instruction_is_assigned_replied_sent_back_and_closed(page, live_server, site):
    base = live_server.url
    unit = Unit.objects.get(name="区发展改革委")
    task = (
        Task.objects.filter(
            pk__in=TaskLeader.objects.filter(leader__name="李明").values("task_id"),
            plan=site.plan,
            task_units__unit=unit,
            task_units__role="lead",
        )
        .order_by("order")
        .first()
    )
    due = (timezone.localdate() + timedelta(days=10)).isoformat()

    as_user(page, base, "lim")
    page.goto(f"{base}/tasks/{task.pk}/")
    box = page.locator("#instructions")
    box.locator("summary", has_text="写批示").click()
    box.get_by_label("批示内容").fill("请加快项目建设进度，月底前形成实物工作量。")
    box.get_by_role("button", name="保存批示").click()
    expect(page.locator(".messages")).to_contain_text("批示已保存")
    expect(page.locator("#instructions")).to_contain_text("李明批示")
    assert english_words(page) == set()

    as_user(page, base, "ducha")
    page.goto(f"{base}/tasks/{task.pk}/")
    form = page.locator("#instructions form.assign-form")
    form.get_by_label("交办单位").select_option(str(unit.pk))
    form.get_by_label("办理时限").fill(due)
    form.get_by_role("button", name="交办").click()
    expect(page.locator(".messages")).to_contain_text("已交办")
    expect(page.locator("#instructions .assignment")).to_contain_text("已交办")
    shot(page, "assigned")
    item = Assignment.objects.get(task=task)

    as_user(page, base, "fgw")
    notice = page.locator(".assignment-notice")
    expect(notice).to_contain_text("督查室于")
    expect(notice).to_contain_text("李明批示")
    shot(page, "workbench")
    notice.get_by_role("link", name="查看并回复").click()
    card = page.locator(f"#assignment-{item.pk}")
    card.get_by_label("办理情况").fill("已召开项目调度会，3个项目完成投资4.2亿元。")
    card.get_by_role("button", name="回复督查室").click()
    expect(page.locator(".messages")).to_contain_text("已回复督查室")

    as_user(page, base, "ducha")
    page.goto(f"{base}/tasks/{task.pk}/")
    card = page.locator(f"#assignment-{item.pk}")
    card.locator("summary", has_text="退回重办").click()
    card.get_by_label("退回理由").fill("未说明开工项目的名称和进度，请补充。")
    card.get_by_label("新的办理时限").fill(due)
    card.get_by_role("button", name="退回重办").click()
    expect(page.locator(".messages")).to_contain_text("回头看")
    assert Assignment.objects.get(pk=item.pk).status == AssignmentStatus.RETURNED

    as_user(page, base, "fgw")
    expect(page.locator(".assignment-notice")).to_contain_text("已退回重办")
    page.locator(".assignment-notice").get_by_role("link", name="查看并回复").click()
    card = page.locator(f"#assignment-{item.pk}")
    card.get_by_label("办理情况").fill("补充：白涛新材料产业园3个项目已全部开工。")
    card.get_by_role("button", name="回复督查室").click()
    expect(page.locator(".messages")).to_contain_text("已回复督查室")

    as_user(page, base, "ducha")
    page.goto(f"{base}/tasks/{task.pk}/")
    card = page.locator(f"#assignment-{item.pk}")
    card.get_by_label("办结意见（选填）").fill("情况属实，同意办结。")
    card.get_by_role("button", name="办结").click()
    expect(page.locator(".messages")).to_contain_text("已办结")
    steps = page.locator(f"#assignment-{item.pk} .steps li")
    expect(steps).to_have_count(5)
    expect(steps.nth(2)).to_contain_text("退回重办（回头看）")
    shot(page, "history")
    assert english_words(page) == set()

    page.get_by_role("link", name="批示交办").first.click()
    expect(page.locator("#assignments")).to_contain_text("已办结")
    expect(page.locator("#assignment-counts")).to_contain_text("已办结")
    shot(page, "list")
    assert english_words(page) == set()
    page.goto(f"{base}/dashboard/?period={site.second.pk}")
    expect(page.locator("#dashboard-assignments")).to_contain_text("批示 1 · 交办 1")

    page.set_viewport_size({"width": 390, "height": 844})
    for path in (f"/tasks/{task.pk}/", f"/assignments/?period={site.second.pk}"):
        page.goto(f"{base}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    shot(page, "list-phone")
