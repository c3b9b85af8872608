"""Permission tests generated for every route: each role against each page and API endpoint.

ROUTES names every URL of duban.web.urls with the roles allowed to use it; a route missing from the table
fails `test_every_route_is_covered`, so a new page cannot ship without its permission test. Then the
cross-unit tests: a reporter of unit A editing URLs or IDs to reach unit B's tasks, drafts or attachments.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from duban.accounts.models import ApiToken, Attachment
from duban.web.models import Judgement, Period, Progress, ProgressStatus, Task, TaskUnit, Unit
from duban.web.permissions import actor_for
from duban.web.services.assessment import add_adjustment
from duban.web.services.assignments import assign

pytestmark = [pytest.mark.db, pytest.mark.django_db]

ROLES = ["anonymous", "reporter", "leader", "office"]
USERS = {"reporter": "fgw", "leader": "lim", "office": "ducha"}


@pytest.fixture
def site(site):
    """The demo district (conftest) with the reporter's own task, draft and attachment, and the leader's API
    token."""
    reporter_unit = Unit.objects.get(name="区发展改革委")
    own = TaskUnit.objects.filter(unit=reporter_unit, role="lead").select_related("task").first().task
    draft = Progress.objects.get(period=site.second, unit=reporter_unit, status=ProgressStatus.DRAFT)
    attachment = Attachment.objects.create(
        progress=draft,
        file=SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n"),
        name="photo.png",
        content_type="image/png",
        size=8,
    )
    return {
        "site": site,
        "task": own,
        "unit": reporter_unit,
        "progress": draft,
        "attachment": attachment,
        "judgement": Judgement.objects.filter(period=site.second).first(),
        "token": ApiToken.issue(User.objects.get(username=USERS["leader"]), "matrix")[0],
        "assignment": assign(
            actor=actor_for(User.objects.get(username=USERS["office"])),
            task=own,
            unit=reporter_unit,
            due=timezone.localdate() + timedelta(days=7),
            request="矩阵测试",
        ),
        "adjustment": add_adjustment(
            actor=actor_for(User.objects.get(username=USERS["office"])),
            plan=site.plan,
            unit=reporter_unit,
            points=1,
            reason="矩阵测试",
        ),
    }


def _ids(s):
    return {
        "task_id": s["task"].pk,
        "unit_id": s["unit"].pk,
        "progress_id": s["progress"].pk,
        "attachment_id": s["attachment"].pk,
        "judgement_id": s["judgement"].pk,
        "period_id": s["site"].second.pk,
        "alias_id": s["unit"].aliases.first().pk,
        "token_id": s["token"].pk,
        "user_id": User.objects.get(username=USERS["reporter"]).pk,
        "plan_id": s["site"].plan.pk,
        "adjustment_id": s["adjustment"].pk,
        "assignment_id": s["assignment"].pk,
    }


# name: (path template, method, roles allowed). Paths take the ids of the reporter's own objects, so the
# reporter column tests its own reach; other units' objects are tested below.
ROUTES = {
    "home": ("/", "get", ["reporter", "leader", "office"]),
    "login": ("/login/", "get", ROLES),
    "logout": ("/logout/", "post", ["reporter", "leader", "office"]),
    "workspace": ("/workspace/", "get", ["reporter"]),
    "progress_edit": ("/tasks/{task_id}/units/{unit_id}/progress/", "get", ["reporter", "office"]),
    "progress_preview": ("/tasks/{task_id}/preview/", "post", ["reporter", "office"]),
    "attachment_upload": ("/progress/{progress_id}/attachments/", "post", ["reporter", "office"]),
    "attachment_download": ("/attachments/{attachment_id}/", "get", ["reporter", "office"]),
    "attachment_delete": ("/attachments/{attachment_id}/delete/", "post", ["reporter", "office"]),
    "tasks": ("/tasks/", "get", ["leader", "office"]),
    "task_detail": ("/tasks/{task_id}/", "get", ["reporter", "leader", "office"]),
    "judgement_override": ("/judgements/{judgement_id}/override/", "post", ["office"]),
    "periods": ("/periods/", "get", ["office"]),
    "instruction_add": ("/tasks/{task_id}/instructions/", "post", ["leader", "office"]),
    "assignment_add": ("/tasks/{task_id}/assignments/", "post", ["office"]),
    "assignments": ("/assignments/", "get", ["leader", "office"]),
    "assignment_reply": ("/assignments/{assignment_id}/reply/", "post", ["reporter", "office"]),
    "assignment_close": ("/assignments/{assignment_id}/close/", "post", ["office"]),
    "assignment_return": ("/assignments/{assignment_id}/return/", "post", ["office"]),
    "period_move": ("/periods/{period_id}/close/", "post", ["office"]),
    "report_download": ("/periods/{period_id}/reports/summary/", "get", ["leader", "office"]),
    "review": ("/review/", "get", ["office"]),
    "missing": ("/missing/", "get", ["office"]),
    "units": ("/units/", "get", ["office"]),
    "unit_detail": ("/units/{unit_id}/", "get", ["office"]),
    "unit_confirm": ("/units/{unit_id}/confirm/", "post", ["office"]),
    "unit_merge": ("/units/{unit_id}/merge/", "post", ["office"]),
    "unit_alias_add": ("/units/{unit_id}/aliases/", "post", ["office"]),
    "unit_alias_remove": ("/aliases/{alias_id}/delete/", "post", ["office"]),
    "import": ("/import/", "get", ["office"]),
    "import_preview": ("/import/preview/", "get", ["office"]),
    "import_row": ("/import/rows/0/", "get", ["office"]),
    "import_units": ("/import/units/", "post", ["office"]),
    "dashboard": ("/dashboard/", "get", ["leader", "office"]),
    "assessment": ("/assessment/", "get", ["leader", "office"]),
    "assessment_unit": ("/assessment/{plan_id}/units/{unit_id}/", "get", ["leader", "office"]),
    "assessment_adjustment_add": ("/assessment/{plan_id}/units/{unit_id}/adjustments/", "post", ["office"]),
    "assessment_adjustment_withdraw": (
        "/assessment/adjustments/{adjustment_id}/withdraw/",
        "post",
        ["office"],
    ),
    "assessment_scheme": ("/assessment/{plan_id}/scheme/", "get", ["office"]),
    "assessment_download": ("/assessment/{plan_id}/download/table/", "get", ["office"]),
    # A unit's reporter is not offered tokens (issue 11).
    "api_tokens": ("/tokens/", "get", ["leader", "office"]),
    # The token is the leader's own: the office is told it does not exist.
    "api_token_revoke": ("/tokens/{token_id}/revoke/", "post", ["leader"]),
    "password_change": ("/password/", "get", ["reporter", "leader", "office"]),
    "accounts": ("/accounts/", "get", ["office"]),
    "account_add": ("/accounts/new/?unit={unit_id}", "get", ["office"]),
    "accounts_bulk": ("/accounts/bulk/", "post", ["office"]),
    "account_reset": ("/accounts/{user_id}/reset/", "post", ["office"]),
    "account_deactivate": ("/accounts/{user_id}/deactivate/", "post", ["office"]),
    "account_reactivate": ("/accounts/{user_id}/reactivate/", "post", ["office"]),
    "public": ("/public/", "get", ROLES),
    "public_period": ("/public/periods/{published_id}/", "get", ROLES),
}
# The leader of the reporter's task is 王建华 (not a demo login), so a leader meets it out of reach.
LEADER_OUT_OF_REACH = {"task_detail", "attachment_download", "instruction_add"}

API = {
    "/api/plans": ("get", ["reporter", "leader", "office"]),
    "/api/periods": ("get", ROLES),
    "/api/tasks?period={period_id}": ("get", ["reporter", "leader", "office"]),
    "/api/tasks/{task_id}?period={period_id}": ("get", ["reporter", "office"]),
    "/api/periods/{period_id}/judgements": ("get", ["reporter", "leader", "office"]),
    "/api/progress?period={period_id}": ("get", ["reporter", "leader", "office"]),
    "/api/whoami": ("get", ["reporter", "leader", "office"]),
    "/api/assessment?plan={plan_id}": ("get", ["leader", "office"]),
    "/api/tasks/{task_id}/instructions": ("get", ["reporter", "office"]),
    "/api/assignments?period={period_id}": ("get", ["reporter", "leader", "office"]),
}
API_SKIPPED_IN_MATRIX = {"/api/progress (post)", "/api/judgements/{judgement_id}/override (post)"}


def _names(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern) in ("admin/", "api/"):
                continue
            yield from _names(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern) and entry.name:
            yield entry.name


def test_every_route_is_covered():
    assert set(_names()) == set(ROUTES)


def _client_for(client, role):
    if role != "anonymous":
        client.force_login(User.objects.get(username=USERS[role]))
    return client


def _denied(response, role):
    if role == "anonymous":
        return response.status_code == 302 and "/login/" in response["Location"]
    return response.status_code in (403, 404)


@pytest.mark.parametrize("name", sorted(ROUTES))
@pytest.mark.parametrize("role", ROLES)
def test_route_permissions(client, site, name, role):
    path, method, allowed = ROUTES[name]
    url = path.format(**_ids(site), published_id=site["site"].first.pk)
    response = getattr(_client_for(client, role), method)(url)
    if role in allowed and not (role == "leader" and name in LEADER_OUT_OF_REACH):
        assert not _denied(response, role), (name, role, response.status_code)
        assert response.status_code < 500, (name, role, response.status_code)
    else:
        assert _denied(response, role), (name, role, response.status_code)


@pytest.mark.parametrize("path", sorted(API))
@pytest.mark.parametrize("role", ROLES)
def test_api_permissions(client, site, path, role):
    method, allowed = API[path]
    headers = {}
    if role != "anonymous":
        _, raw = ApiToken.issue(User.objects.get(username=USERS[role]), "test")
        headers = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    response = getattr(client, method)(path.format(**_ids(site)), **headers)
    if role in allowed:
        assert response.status_code == 200, (path, role, response.content)
    else:
        assert response.status_code in (401, 403, 404), (path, role, response.status_code)


# ------------------------------------------------------------ unit A against unit B


def _foreign(site):
    """A task the reporter's unit has no part in, its lead unit, and that unit's report."""
    task = Task.objects.exclude(task_units__unit=site["unit"]).order_by("order").first()
    unit = task.task_units.get(role="lead").unit
    return task, unit, Progress.objects.filter(task=task, unit=unit, period=site["site"].second).first()


def test_reporter_cannot_open_another_units_progress_form(client, site):
    task, unit, _ = _foreign(site)
    response = _client_for(client, "reporter").get(f"/tasks/{task.pk}/units/{unit.pk}/progress/")
    assert response.status_code in (403, 404)


def test_reporter_cannot_write_another_units_progress_by_posting(client, site):
    task, unit, progress = _foreign(site)
    before = progress.text
    response = _client_for(client, "reporter").post(
        f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site['site'].second.pk}",
        {"text": "篡改", "version": progress.version, "action": "submit"},
    )
    assert response.status_code in (403, 404)
    progress.refresh_from_db()
    assert progress.text == before


def test_reporter_cannot_write_a_co_unit_slot_on_its_own_task(client, site):
    task = site["task"]
    other = TaskUnit.objects.filter(task=task).exclude(unit=site["unit"]).first()
    response = _client_for(client, "reporter").get(f"/tasks/{task.pk}/units/{other.unit_id}/progress/")
    assert response.status_code == 403


def test_reporter_cannot_read_another_units_task_detail(client, site):
    task, _, _ = _foreign(site)
    assert _client_for(client, "reporter").get(f"/tasks/{task.pk}/").status_code == 404


def test_reporter_cannot_preview_against_another_units_task(client, site):
    task, _, _ = _foreign(site)
    response = _client_for(client, "reporter").post(f"/tasks/{task.pk}/preview/", {"text": "x"})
    assert response.status_code == 404


def test_reporter_cannot_download_another_units_draft_attachment(client, site):
    client.force_login(User.objects.get(username="zjj"))
    assert client.get(f"/attachments/{site['attachment'].pk}/").status_code in (403, 404)


def test_co_unit_reporter_cannot_see_the_lead_units_draft(client, site):
    shared = (
        TaskUnit.objects.filter(unit=site["unit"], role="lead", task__task_units__role="co")
        .select_related("task")
        .first()
        .task
    )
    co = TaskUnit.objects.filter(task=shared, role="co").first().unit
    Progress.objects.update_or_create(
        task=shared,
        period=site["site"].second,
        unit=site["unit"],
        defaults={"text": "尚未报送的内部草稿", "status": ProgressStatus.DRAFT},
    )
    user = User.objects.create_user("co-reporter")
    user.groups.add(*User.objects.get(username="fgw").groups.all())
    user.unit_memberships.create(unit=co)
    client.force_login(user)
    page = client.get(f"/tasks/{shared.pk}/").content.decode()
    assert "尚未报送的内部草稿" not in page


def test_api_reporter_cannot_submit_for_another_unit(client, site):
    task, unit, _ = _foreign(site)
    _, raw = ApiToken.issue(User.objects.get(username="fgw"), "test")
    response = client.post(
        "/api/progress",
        {
            "task_id": task.pk,
            "unit_id": unit.pk,
            "period_id": site["site"].second.pk,
            "text": "篡改",
            "version": 1,
        },
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert response.status_code in (403, 404)


def test_api_reporter_lists_only_its_units_tasks(client, site):
    _, raw = ApiToken.issue(User.objects.get(username="fgw"), "test")
    rows = client.get(
        f"/api/tasks?period={site['site'].second.pk}&limit=500", HTTP_AUTHORIZATION=f"Bearer {raw}"
    ).json()
    assert rows
    assert all(any(u["id"] == site["unit"].pk for u in row["units"]) for row in rows)


def test_api_reporter_does_not_see_other_units_drafts(client, site):
    _, raw = ApiToken.issue(User.objects.get(username="zjj"), "test")
    rows = client.get(
        f"/api/progress?period={site['site'].second.pk}", HTTP_AUTHORIZATION=f"Bearer {raw}"
    ).json()
    assert site["progress"].pk not in {r["id"] for r in rows}


def test_api_override_is_for_the_office_only(client, site):
    _, raw = ApiToken.issue(User.objects.get(username="lim"), "test")
    response = client.post(
        f"/api/judgements/{site['judgement'].pk}/override",
        {"status": "lagging", "reason": "理由"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert response.status_code == 403


def test_public_cannot_see_unpublished_periods_anywhere(client, site):
    unpublished = site["site"].second
    assert client.get(f"/public/periods/{unpublished.pk}/").status_code == 404
    assert client.get(f"/api/periods/{unpublished.pk}/judgements").status_code == 404
    listed = {p["id"] for p in client.get("/api/periods").json()}
    assert unpublished.pk not in listed and site["site"].first.pk in listed


def test_logged_in_people_cannot_reach_unpublished_periods_through_the_public_page(client, site):
    client.force_login(User.objects.get(username="ducha"))
    assert client.get(f"/public/periods/{site['site'].second.pk}/").status_code == 404


def test_an_invalid_token_is_refused(client, site):
    response = client.get("/api/plans", HTTP_AUTHORIZATION="Bearer not-a-token")
    assert response.status_code == 401
    assert Period.objects.exists()
