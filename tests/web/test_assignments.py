"""批示 → 交办 → 回复 → 办结 / 退回重办 (回头看): the services with their permissions and order of steps, the
task page's history, the period's list, the dashboard's counts, the reporter's workbench, and the API."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from duban.accounts.models import ApiToken
from duban.errors import DubanError
from duban.web.models import Assignment, AssignmentStatus, AssignmentStep, Instruction, Task, TaskLeader, Unit
from duban.web.permissions import actor_for
from duban.web.services import assignments

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def actor(username):
    return actor_for(User.objects.get(username=username))


def soon(days=7):
    return timezone.localdate() + timedelta(days=days)


@pytest.fixture
def task(site):
    """A task under leader 李明 whose lead unit is the 区发展改革委 of reporter fgw."""
    unit = Unit.objects.get(name="区发展改革委")
    leader_tasks = TaskLeader.objects.filter(leader__name="李明").values("task_id")
    return (
        Task.objects.filter(
            pk__in=leader_tasks, plan=site.plan, task_units__unit=unit, task_units__role="lead"
        )
        .order_by("order")
        .first()
    )


@pytest.fixture
def unit():
    return Unit.objects.get(name="区发展改革委")


def cycle_to_reply(site, task, unit):
    instruction = assignments.write_instruction(
        actor=actor("lim"), task=task, text="请加快进度，月底前见成效。", period=site.second
    )
    item = assignments.assign(
        actor=actor("ducha"),
        task=task,
        unit=unit,
        due=soon(),
        request="请按批示抓落实",
        instruction=instruction,
    )
    assignments.reply(actor=actor("fgw"), assignment=item, text="已召开专题会，完成投资10亿元。")
    return instruction, Assignment.objects.get(pk=item.pk)


def test_the_whole_cycle_keeps_every_step(site, task, unit):
    instruction, item = cycle_to_reply(site, task, unit)
    assert instruction.leader_name == "李明" and instruction.period == site.second
    assert item.period == site.second and item.status == AssignmentStatus.REPLIED
    item = assignments.send_back(
        actor=actor("ducha"), assignment=item, reason="未说明项目开工情况", due=soon(14)
    )
    assert item.status == AssignmentStatus.RETURNED and item.due == soon(14)
    assignments.reply(actor=actor("fgw"), assignment=item, text="3个项目已开工。")
    item = assignments.close(actor=actor("ducha"), assignment=item, note="同意办结")
    assert item.status == AssignmentStatus.CLOSED and item.closed_at is not None
    kinds = list(AssignmentStep.objects.filter(assignment=item).values_list("kind", "text"))
    assert kinds == [
        ("assigned", "请按批示抓落实"),
        ("replied", "已召开专题会，完成投资10亿元。"),
        ("returned", "未说明项目开工情况"),
        ("replied", "3个项目已开工。"),
        ("closed", "同意办结"),
    ]


def test_steps_come_in_order(site, task, unit):
    item = assignments.assign(actor=actor("ducha"), task=task, unit=unit, due=soon(), request="请落实")
    with pytest.raises(DubanError, match="单位回复后才能办结"):
        assignments.close(actor=actor("ducha"), assignment=item)
    with pytest.raises(DubanError, match="单位回复后才能退回"):
        assignments.send_back(actor=actor("ducha"), assignment=item, reason="x", due=soon())
    assignments.reply(actor=actor("fgw"), assignment=item, text="已办")
    with pytest.raises(DubanError, match="已回复，不能再回复"):
        assignments.reply(actor=actor("fgw"), assignment=item, text="再办")


def test_who_may_do_what(site, task, unit):
    with pytest.raises(PermissionDenied):
        assignments.write_instruction(actor=actor("fgw"), task=task, text="x")
    with pytest.raises(PermissionDenied):
        assignments.assign(actor=actor("lim"), task=task, unit=unit, due=soon(), request="x")
    item = assignments.assign(actor=actor("ducha"), task=task, unit=unit, due=soon(), request="请落实")
    with pytest.raises(PermissionDenied, match="本单位"):
        assignments.reply(actor=actor("zjj"), assignment=item, text="不是我们的")
    other = Task.objects.exclude(task_units__unit=unit).filter(plan=site.plan).first()
    with pytest.raises(DubanError, match="不是该任务的责任单位"):
        assignments.assign(actor=actor("ducha"), task=other, unit=unit, due=soon(), request="x")
    with pytest.raises(DubanError, match="办理时限：不能早于今天"):
        assignments.assign(actor=actor("ducha"), task=task, unit=unit, due=soon(-1), request="x")


def test_the_office_records_a_paper_instruction_naming_the_leader(site, task):
    with pytest.raises(DubanError, match="批示领导"):
        assignments.write_instruction(actor=actor("ducha"), task=task, text="抓紧推进")
    instruction = assignments.write_instruction(
        actor=actor("ducha"), task=task, text="抓紧推进", leader_name="王区长"
    )
    assert instruction.leader_name == "王区长"


# ------------------------------------------------------------------ pages


def test_the_loop_through_the_pages(client, site, task, unit):
    client.force_login(User.objects.get(username="lim"))
    client.post(f"/tasks/{task.pk}/instructions/", {"text": "请加快进度"})
    instruction = Instruction.objects.get(task=task)
    client.force_login(User.objects.get(username="ducha"))
    response = client.post(
        f"/tasks/{task.pk}/assignments/",
        {
            "instruction": instruction.pk,
            "unit": unit.pk,
            "due": soon().isoformat(),
            "request": "请按批示抓落实",
        },
    )
    assert response.status_code == 302
    item = Assignment.objects.get(instruction=instruction)

    client.force_login(User.objects.get(username="fgw"))
    workbench = client.get("/workspace/").content.decode()
    assert "交办（李明批示）：请按批示抓落实" in workbench
    client.post(f"/assignments/{item.pk}/reply/", {"text": "已召开专题会"})

    client.force_login(User.objects.get(username="ducha"))
    client.post(f"/assignments/{item.pk}/close/", {"note": "同意"})
    page = client.get(f"/tasks/{task.pk}/").content.decode()
    assert "李明批示" in page and "单位回复" in page and "已召开专题会" in page and "已办结" in page
    listing = client.get(f"/assignments/?period={site.second.pk}").content.decode()
    assert "区发展改革委" in listing and "已办结" in listing
    board = client.get(f"/dashboard/?period={site.second.pk}").content.decode()
    assert "批示 1 · 交办 1" in board and "已办结 1" in board

    client.force_login(User.objects.get(username="fgw"))
    assert "请按批示抓落实" not in client.get("/workspace/").content.decode()


def test_a_bad_assignment_is_named_in_chinese(client, site, task, unit):
    client.force_login(User.objects.get(username="ducha"))
    response = client.post(
        f"/tasks/{task.pk}/assignments/", {"unit": unit.pk, "due": "明天", "request": "请落实"}, follow=True
    )
    assert "办理时限：输入一个有效的日期。" in response.content.decode()
    assert not Assignment.objects.exists()


def test_an_overdue_assignment_is_counted_and_listed(site, task, unit):
    from duban.web.selectors.assignments import assignment_counts, period_assignments

    item = assignments.assign(
        actor=actor("ducha"), task=task, unit=unit, due=soon(), request="请落实", period=site.second
    )
    Assignment.objects.filter(pk=item.pk).update(due=soon(-2))
    assert assignment_counts(actor("ducha"), site.second)["overdue"] == 1
    assert [a.pk for a in period_assignments(actor("ducha"), site.second, "overdue")] == [item.pk]
    assert assignment_counts(actor("zhangli"), site.second)["total"] == 0  # not a task under 张丽


# ------------------------------------------------------------------ API


def bearer(username):
    _, raw = ApiToken.issue(User.objects.get(username=username), "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_the_loop_through_the_api(client, site, task, unit):
    lim, ducha, fgw = bearer("lim"), bearer("ducha"), bearer("fgw")
    made = client.post(
        f"/api/tasks/{task.pk}/instructions", {"text": "请加快进度"}, content_type="application/json", **lim
    )
    assert made.status_code == 200, made.content
    instruction_id = made.json()["id"]
    body = {"unit_id": unit.pk, "due": soon().isoformat(), "request": "请按批示抓落实"}
    assigned = client.post(
        f"/api/instructions/{instruction_id}/assignments", body, content_type="application/json", **ducha
    )
    assert assigned.status_code == 200, assigned.content
    item = assigned.json()["id"]
    refused = client.post(f"/api/assignments/{item}/close", {}, content_type="application/json", **ducha)
    assert refused.status_code == 400 and "单位回复后才能办结" in refused.json()["detail"]
    replied = client.post(
        f"/api/assignments/{item}/reply", {"text": "已办"}, content_type="application/json", **fgw
    )
    assert replied.json()["status"] == "replied"
    back = client.post(
        f"/api/assignments/{item}/return",
        {"reason": "请补充", "due": soon(10).isoformat()},
        content_type="application/json",
        **ducha,
    )
    assert back.json()["status"] == "returned"
    client.post(f"/api/assignments/{item}/reply", {"text": "已补充"}, content_type="application/json", **fgw)
    closed = client.post(
        f"/api/assignments/{item}/close", {"note": "同意"}, content_type="application/json", **ducha
    )
    assert closed.json()["status"] == "closed"
    assert [s["kind"] for s in closed.json()["steps"]] == [
        "assigned",
        "replied",
        "returned",
        "replied",
        "closed",
    ]
    listed = client.get(f"/api/tasks/{task.pk}/instructions", **lim).json()
    assert listed[0]["assignments"][0]["status_label"] == "已办结"
    period_list = client.get(f"/api/assignments?period={site.second.pk}", **ducha).json()
    assert [a["id"] for a in period_list] == [item]
    other = client.post(
        f"/api/assignments/{item}/reply", {"text": "x"}, content_type="application/json", **bearer("zjj")
    )
    assert other.status_code == 404
