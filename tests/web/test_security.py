"""Security fixes: who may download which report, what anonymous API callers see, attachment drafts,
bounded API paging, upload limits and the settings a production server refuses to start without."""

import io
import tempfile

import pytest
from django.contrib.auth.models import User
from openpyxl import load_workbook

from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Task

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def workbook_text(response) -> str:
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
    )


# ------------------------------------------------------------------ report downloads


def test_office_downloads_the_summary_of_every_task(client, site):
    response = login(client, "ducha").get(f"/periods/{site.second.pk}/reports/summary/")
    assert response.status_code == 200
    text = workbook_text(response)
    assert all(task.text[:20] in text for task in Task.objects.filter(plan=site.plan))


def test_leader_downloads_a_summary_of_only_the_tasks_under_the_leader(client, site):
    leader = permissions.actor_for(User.objects.get(username="lim"))
    own = permissions.tasks_visible_to(leader)
    others = Task.objects.filter(plan=site.plan).exclude(pk__in=own.values("pk"))
    assert own.exists() and others.exists()
    response = login(client, "lim").get(f"/periods/{site.second.pk}/reports/summary/")
    assert response.status_code == 200
    text = workbook_text(response)
    assert all(task.text[:20] in text for task in own)
    assert not any(task.text[:20] in text for task in others)


def test_report_download_leaves_no_temporary_file_behind(client, site, tmp_path, monkeypatch):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    response = login(client, "ducha").get(f"/periods/{site.second.pk}/reports/bulletin/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"PK")
    response.close()
    assert list(scratch.iterdir()) == []


def test_a_report_the_writer_refuses_is_a_bad_request_with_its_message(client, site, monkeypatch):
    def refuse(*args, **kwargs):
        raise DubanError("输出目录不存在：/nowhere")

    monkeypatch.setattr("duban.web.views.reports.write_period_report", refuse)
    response = login(client, "ducha").get(f"/periods/{site.second.pk}/reports/summary/")
    assert response.status_code == 400
    assert "输出目录不存在" in response.content.decode()


# ------------------------------------------------------------------ the API


def token_header(username: str) -> dict:
    from duban.accounts.models import ApiToken

    _, raw = ApiToken.issue(User.objects.get(username=username), "test")
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_anonymous_judgements_hide_the_offices_notes(client, site):
    rows = client.get(f"/api/periods/{site.first.pk}/judgements").json()
    assert rows
    assert {"status", "label", "task_id"} <= set(rows[0])
    assert not any({"override_reason", "automatic_status", "reason", "evidence"} & set(row) for row in rows)


def test_the_office_still_sees_an_override_and_the_automatic_status(client, site):
    rows = client.get(f"/api/periods/{site.first.pk}/judgements", **token_header("ducha")).json()
    overridden = [row for row in rows if row["overridden"]]
    assert overridden and overridden[0]["override_reason"]
    assert "automatic_status" in overridden[0]


@pytest.mark.parametrize("query", ["offset=-5", "offset=99999999999999999999", "limit=0", "limit=100000"])
def test_task_paging_out_of_bounds_is_refused_not_a_server_error(client, site, query):
    response = client.get(f"/api/tasks?period={site.second.pk}&{query}", **token_header("ducha"))
    assert response.status_code == 422


def test_task_paging_pages_through_the_list(client, site):
    url = f"/api/tasks?period={site.second.pk}"
    everything = [t["id"] for t in client.get(f"{url}&limit=500", **token_header("ducha")).json()]
    page = [t["id"] for t in client.get(f"{url}&limit=3&offset=2", **token_header("ducha")).json()]
    assert page == everything[2:5]


def test_the_openapi_schema_describes_both_judgement_shapes(client, site):
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert "override_reason" in schemas["JudgementOut"]["properties"]
    assert "override_reason" not in schemas["PublicJudgementOut"]["properties"]


# ------------------------------------------------------------------ attachments of drafts


def attachment_on(progress):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from duban.accounts.models import Attachment

    return Attachment.objects.create(
        progress=progress,
        file=SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n"),
        name="photo.png",
        content_type="image/png",
        size=8,
    )


def leaders_task_report(site, status):
    """A report, in the given state, of a task under the leader lim."""
    from duban.web.models import Progress

    leader = permissions.actor_for(User.objects.get(username="lim"))
    task = permissions.tasks_visible_to(leader).order_by("order").first()
    unit = task.task_units.filter(role="lead").first().unit
    progress, _ = Progress.objects.update_or_create(
        task=task, period=site.second, unit=unit, defaults={"text": "已完成方案编制。", "status": status}
    )
    return progress


def test_a_leader_cannot_download_an_attachment_of_a_units_draft(client, site):
    attachment = attachment_on(leaders_task_report(site, "draft"))
    assert login(client, "lim").get(f"/attachments/{attachment.pk}/").status_code == 403


def test_a_leader_downloads_an_attachment_of_a_submitted_report(client, site):
    attachment = attachment_on(leaders_task_report(site, "submitted"))
    response = login(client, "lim").get(f"/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_the_office_downloads_an_attachment_of_a_draft(client, site):
    attachment = attachment_on(leaders_task_report(site, "draft"))
    assert login(client, "ducha").get(f"/attachments/{attachment.pk}/").status_code == 200


# ------------------------------------------------------------------ settings


def run_python(tmp_path, *args: str, **env_extra: str):
    import os
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if not key.startswith(("DUBAN_", "DJANGO_"))}
    env.update(DUBAN_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="duban.web.settings", **env_extra)
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=120)


def test_the_wsgi_application_refuses_to_load_without_a_secret_key(tmp_path):
    result = run_python(tmp_path, "-c", "import duban.web.wsgi")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DUBAN_SECRET_KEY" in result.stderr


def test_the_wsgi_application_refuses_the_public_development_key(tmp_path):
    result = run_python(
        tmp_path, "-c", "import duban.web.wsgi", DUBAN_SECRET_KEY="duban-development-only-key"
    )
    assert result.returncode != 0
    assert "DUBAN_SECRET_KEY" in result.stderr


@pytest.mark.parametrize("mode", [{"DUBAN_DEMO": "1"}, {"DUBAN_DEBUG": "1"}, {"DUBAN_SECRET_KEY": "k" * 50}])
def test_the_wsgi_application_loads_in_demo_debug_or_with_a_key(tmp_path, mode):
    result = run_python(tmp_path, "-c", "import duban.web.wsgi", **mode)
    assert result.returncode == 0, result.stderr


def test_checking_for_missing_migrations_needs_no_secret_key(tmp_path):
    result = run_python(tmp_path, "-m", "django", "makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stderr


def test_cli_database_commands_need_no_secret_key(tmp_path):
    result = run_python(tmp_path, "-m", "duban", "tasks", "--json")
    assert result.returncode == 0, result.stderr
    assert '"tasks": []' in result.stdout


def test_five_failed_logins_lock_the_user_name_from_any_address(client, site):
    for attempt in range(5):
        client.post(
            "/login/", {"username": "fgw", "password": "wrong"}, REMOTE_ADDR=f"203.0.113.{attempt + 1}"
        )
    response = client.post(
        "/login/", {"username": "fgw", "password": "duban-demo-2026"}, REMOTE_ADDR="198.51.100.7"
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (403, 429)


def test_secure_responses_tell_browsers_to_keep_to_https(client):
    response = client.get("/login/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000"


def test_a_login_after_fewer_failures_succeeds(client, site):
    for attempt in range(4):
        client.post("/login/", {"username": "fgw", "password": "wrong"}, REMOTE_ADDR=f"203.0.113.{attempt}")
    client.post("/login/", {"username": "fgw", "password": "duban-demo-2026"}, REMOTE_ADDR="198.51.100.7")
    assert client.session["_auth_user_id"] == str(User.objects.get(username="fgw").pk)


def test_duban_serve_without_a_secret_key_exits_2_with_a_chinese_message(tmp_path):
    result = run_python(tmp_path, "-m", "duban", "serve", "--port", "8999")
    assert result.returncode == 2
    assert "必须设置环境变量 DUBAN_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


# ------------------------------------------------------------------ service-layer checks


def reporter_of(task):
    membership = task.task_units.filter(role="lead").first().unit.memberships.first()
    return permissions.actor_for(membership.user), task.task_units.filter(role="lead").first().unit


def test_progress_cannot_be_saved_into_another_plans_period(site):
    from duban.web.models import Period, Plan, Progress
    from duban.web.services.progress import save_progress

    task = Task.objects.filter(plan=site.plan, task_units__unit__memberships__isnull=False).first()
    actor, unit = reporter_of(task)
    other = Plan.objects.create(code="其他方案", kind="plan")
    foreign = Period.objects.create(plan=other, label="1-6月", status="open")
    with pytest.raises(DubanError, match="不属于"):
        save_progress(
            actor=actor, task=task, period=foreign, unit=unit, text="已完成", base_version=0, submit=True
        )
    assert not Progress.objects.filter(period=foreign).exists()


def test_the_api_refuses_progress_for_another_plans_period(client, site):
    from duban.web.models import Period, Plan, Progress

    task = Task.objects.filter(plan=site.plan, task_units__unit__memberships__isnull=False).first()
    actor, unit = reporter_of(task)
    other = Plan.objects.create(code="其他方案", kind="plan")
    foreign = Period.objects.create(plan=other, label="1-6月", status="open")
    response = client.post(
        "/api/progress",
        {"task_id": task.pk, "period_id": foreign.pk, "unit_id": unit.pk, "text": "已完成", "submit": True},
        content_type="application/json",
        **token_header(User.objects.get(pk=actor.user_id).username),
    )
    assert response.status_code in (400, 403, 404, 422)
    assert not Progress.objects.filter(period=foreign).exists()


def test_no_attachment_on_a_report_of_a_closed_period(site):
    from django.core.exceptions import PermissionDenied
    from django.core.files.uploadedfile import SimpleUploadedFile

    from duban.web.models import Progress
    from duban.web.services.attachments import attach

    progress = Progress.objects.filter(period=site.first, unit__memberships__isnull=False).first()
    assert site.first.status != "open"
    membership = progress.unit.memberships.first()
    actor = permissions.actor_for(membership.user)
    upload = SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\nrest", content_type="image/png")
    with pytest.raises(PermissionDenied):
        attach(actor=actor, progress=progress, upload=upload)
    assert not progress.attachments.exists()


def test_the_wsgi_application_refuses_a_secret_key_shorter_than_50_characters(tmp_path):
    result = run_python(tmp_path, "-c", "import duban.web.wsgi", DUBAN_SECRET_KEY="k" * 49)
    assert result.returncode != 0
    assert "长度只有 49 个字符" in result.stderr
    assert "至少 50 个字符" in result.stderr


@pytest.mark.parametrize("path", ["/login/", "/public/", "/api/docs"])
def test_every_page_sends_a_content_security_policy_of_the_site_itself(client, path):
    response = client.get(path)
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src" not in policy  # scripts fall back to 'self': no inline or foreign script runs
    assert "frame-ancestors 'none'" in policy
