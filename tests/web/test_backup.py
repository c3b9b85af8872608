"""Backup and restore (`duban backup`, `duban restore`): backup → wipe → restore gives the same rows in every
table and attachments that download again; a damaged archive, a site holding data and a backup of another
database structure are refused before anything is written. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from duban.accounts.models import Attachment
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import PeriodStatus, Progress, Unit
from duban.web.services.attachments import attach
from duban.web.services.backup import (
    MANIFEST,
    NOT_BACKED_UP,
    back_up,
    backed_up_models,
    restore,
    table_counts,
)

pytestmark = [pytest.mark.db, pytest.mark.django_db]

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n" + "现场照片说明".encode() * 50 + b"\n%%EOF\n"


def _skipped_tables() -> set[str]:
    from django.apps import apps

    return {apps.get_model(label)._meta.db_table for label in NOT_BACKED_UP}


def every_table_count() -> dict[str, int]:
    """COUNT(*) of every table of the site but those a backup leaves out, straight from the database."""
    tables = set(connection.introspection.django_table_names(only_existing=True)) - _skipped_tables()
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(tables):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def site_rows() -> list[dict]:
    """Every backed-up row with its Python values (times to the microsecond), read through the ORM."""
    return [
        row
        for model in backed_up_models()
        for row in serializers.serialize("python", model._base_manager.order_by("pk"))
    ]


def wipe() -> None:
    """What a lost disk leaves: no row in any backed-up table and no attachment file."""
    tables = set(connection.introspection.django_table_names(only_existing=True)) - _skipped_tables()
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def with_attachments(site) -> list[tuple[Attachment, bytes]]:
    progress = (
        Progress.objects.filter(period__status=PeriodStatus.OPEN, unit__memberships__isnull=False)
        .order_by("pk")
        .first()
    )
    actor = permissions.actor_for(progress.unit.memberships.first().user)
    made = []
    for name, content, kind in (("现场.png", PNG, "image/png"), ("说明.pdf", PDF, "application/pdf")):
        upload = SimpleUploadedFile(name, content, content_type=kind)
        made.append((attach(actor=actor, progress=progress, upload=upload), content))
    return made


@pytest.fixture
def backed_up(site, tmp_path):
    attachments = with_attachments(site)
    archive = tmp_path / "backup" / "duban-backup.tar.gz"
    archive.parent.mkdir()
    summary = back_up(output=archive)
    return archive, summary, attachments


def test_backup_wipe_restore_gives_every_row_back_and_the_attachments_download(client, site, tmp_path):
    attachments = with_attachments(site)
    rows = site_rows()
    counts = every_table_count()
    archive = tmp_path / "duban-backup.tar.gz"
    summary = back_up(output=archive)
    assert {count.table: count.rows for count in summary.tables} == counts
    assert summary.files == 2 and summary.file_bytes == len(PNG) + len(PDF)
    assert counts["duban_progress"] > 0 and counts["duban_historicalprogress"] > 0
    assert counts["accounts_attachment"] == 2

    wipe()
    assert all(rows == 0 for rows in every_table_count().values())
    assert not Path(settings.MEDIA_ROOT).exists()

    restored = restore(archive_path=archive)
    assert restored.files == 2
    assert every_table_count() == counts
    assert site_rows() == rows  # every field of every row, times to the microsecond
    assert len(rows) == sum(counts[model._meta.db_table] for model in backed_up_models())
    for attachment, content in attachments:
        client.force_login(attachment.uploaded_by)
        response = client.get(f"/attachments/{attachment.pk}/")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == content
    # New rows get keys after the restored ones (PostgreSQL's sequences were moved on).
    newest = Unit.objects.order_by("-pk").first().pk
    assert Unit.objects.create(issuer=site.plan.issuer, name="恢复后新建的单位").pk > newest


def test_restore_refuses_a_site_that_holds_data(backed_up):
    archive, _, _ = backed_up
    before = every_table_count()
    with pytest.raises(DubanError, match=r"本站已有数据.*只能恢复到空站点"):
        restore(archive_path=archive)
    assert every_table_count() == before


def rewrite(archive: Path, target: Path, change) -> Path:
    """A copy of `archive` with each member's (name, bytes) passed through `change` (None drops it)."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as sink:
        for member in source.getmembers():
            changed = change(member.name, source.extractfile(member).read())
            if changed is None:
                continue
            name, content = changed
            info = tarfile.TarInfo(name)
            info.size = len(content)
            sink.addfile(info, io.BytesIO(content))
    return target


def damaged_copies(archive: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    """Archives wrong in one way each, with the words the refusal must contain."""

    def flip_attachment(name, content):
        if name.startswith("media/") and name.endswith(".png"):
            return name, content[:-1] + bytes([content[-1] ^ 1])
        return name, content

    def manifest_with(edit):
        def change(name, content):
            if name != MANIFEST:
                return name, content
            manifest = json.loads(content)
            edit(manifest)
            return name, json.dumps(manifest).encode()

        return change

    def escape(manifest):
        entry = next(v for k, v in manifest["files"].items() if k.startswith("media/"))
        manifest["files"]["media/../../evil.png"] = entry

    def other_structure(manifest):
        manifest["migrations"].append("duban.9999_from_the_future")

    truncated = folder / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    not_a_backup = folder / "notes.tar.gz"
    not_a_backup.write_text("这不是备份", encoding="utf-8")
    with_extra = folder / "extra.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(with_extra, "w:gz") as sink:
        for member in source.getmembers():
            sink.addfile(member, source.extractfile(member))
        info = tarfile.TarInfo("media/attachments/extra.sh")
        info.size = 10
        sink.addfile(info, io.BytesIO(b"#!/bin/sh\n"))
    return {
        "not listed": (with_extra, "清单之外"),
        "checksum": (rewrite(archive, folder / "flipped.tar.gz", flip_attachment), "校验和"),
        "truncated": (truncated, "备份文件"),
        "not a backup": (not_a_backup, "不是 duban 备份文件"),
        "no manifest": (
            rewrite(archive, folder / "bare.tar.gz", lambda n, c: None if n == MANIFEST else (n, c)),
            "没有清单",
        ),
        "path escape": (
            rewrite(archive, folder / "escape.tar.gz", manifest_with(escape)),
            "不允许的文件名",
        ),
        "other structure": (
            rewrite(archive, folder / "future.tar.gz", manifest_with(other_structure)),
            "duban.9999_from_the_future",
        ),
    }


def test_a_damaged_or_foreign_archive_is_refused_and_nothing_is_written(backed_up, tmp_path):
    archive, _, _ = backed_up
    folder = tmp_path / "damaged"
    folder.mkdir()
    cases = damaged_copies(archive, folder)
    wipe()
    for case, (path, words) in cases.items():
        with pytest.raises(DubanError, match=words) as refusal:
            restore(archive_path=path)
        assert "Traceback" not in refusal.value.message, case
        assert all(rows == 0 for rows in every_table_count().values()), case
        media = Path(settings.MEDIA_ROOT)
        assert not media.exists() or not any(p.is_file() for p in media.rglob("*")), case
    # the intact archive still restores after all those refusals
    restore(archive_path=archive)
    assert table_counts() == backed_up[1].tables


def test_a_backup_lists_an_attachment_whose_file_is_gone(site, tmp_path):
    (attachment, _), _ = with_attachments(site)
    Path(attachment.file.path).unlink()
    summary = back_up(output=tmp_path / "b.tar.gz")
    assert summary.missing_files == (attachment.file.name,)
    assert summary.files == 1


def test_a_backup_to_a_missing_folder_is_refused(site, tmp_path):
    with pytest.raises(DubanError, match="文件夹不存在"):
        back_up(output=tmp_path / "no" / "b.tar.gz")
    assert not (tmp_path / "no").exists()
