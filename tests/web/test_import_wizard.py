"""The import wizard's preview and staging: it names the units the import would create, refuses oversized
files before storing them, and clears uploads of wizards abandoned long ago."""

import os
import time

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from duban.ingest.records import ParsedDocument, ParsedTask
from duban.web.models import Unit, UnitAlias
from duban.web.services.imports import import_document
from duban.web.views import imports

pytestmark = [pytest.mark.db, pytest.mark.django_db]

ISSUER = "重庆市示例区人民政府"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


def task(ref: str, seq: int, lead: list[str], co: list[str]) -> ParsedTask:
    return ParsedTask(
        ref=ref,
        seq=seq,
        part="重点工作",
        section=["重点工作"],
        category=None,
        kind="task",
        text=f"完成第{seq}项工作。",
        lead_leaders=["王明"],
        lead_units=lead,
        co_units=co,
    )


def document() -> ParsedDocument:
    return ParsedDocument(
        source="plan.txt",
        kind="plan",
        title="2025年区政府工作报告目标任务分解方案",
        issuer=ISSUER,
        date="2025-02-10",
        year=2025,
        tasks=[
            task("重点工作-1", 1, ["区发展改革委"], ["区财政局"]),
            # Short names of units named in full elsewhere, and of a unit already stored.
            task("重点工作-2", 2, ["区发改委"], ["区人社局"]),
        ],
    )


def test_preview_does_not_count_a_short_name_of_a_known_unit_as_unknown():
    Unit.objects.create(issuer=ISSUER, name="区人力资源和社会保障局")
    assert imports.unknown_units(document()) == ["区发展改革委", "区财政局"]


def test_preview_names_exactly_the_units_the_import_creates():
    Unit.objects.create(issuer=ISSUER, name="区人力资源和社会保障局")
    previewed = imports.unknown_units(document())
    created = [unit.name for unit in import_document(document=document()).units_created]
    assert previewed == sorted(created)


def test_preview_stores_nothing():
    Unit.objects.create(issuer=ISSUER, name="区人力资源和社会保障局")
    imports.unknown_units(document())
    assert list(Unit.objects.values_list("name", flat=True)) == ["区人力资源和社会保障局"]
    assert not UnitAlias.objects.exists()


@pytest.fixture
def office(client):
    from django.contrib.auth.models import Group

    user = User.objects.create_user("clerk")
    user.groups.add(Group.objects.get_or_create(name="office")[0])
    client.force_login(user)
    return client


def test_an_upload_over_the_limit_is_refused_before_it_is_stored(office, media, monkeypatch):
    monkeypatch.setattr(imports, "MAX_UPLOAD_BYTES", 10)
    read = []
    monkeypatch.setattr("duban.ingest.parse_document", lambda path, **kwargs: read.append(path))
    upload = SimpleUploadedFile("plan.txt", "2025年区政府工作报告目标任务分解方案".encode())
    response = office.post("/import/", {"step": "upload", "file": upload}, follow=True)
    assert "过大" in response.content.decode()
    assert read == []
    assert not (media / "imports").exists()


def test_starting_an_import_removes_staged_uploads_abandoned_over_a_day_ago(office, media):
    old = media / "imports" / "abandoned"
    recent = media / "imports" / "in-progress"
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "plan.txt").write_text("x", encoding="utf-8")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    upload = SimpleUploadedFile("plan.txt", "2025年区政府工作报告目标任务分解方案".encode())
    office.post("/import/", {"step": "upload", "file": upload})
    assert not old.exists()
    assert recent.exists()
