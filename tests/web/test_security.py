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
from duban.web.sample import load_sample

pytestmark = [pytest.mark.db, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def fast_passwords(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site():
    return load_sample()


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

    monkeypatch.setattr("duban.web.views.reports.report_command", refuse)
    response = login(client, "ducha").get(f"/periods/{site.second.pk}/reports/summary/")
    assert response.status_code == 400
    assert "输出目录不存在" in response.content.decode()
