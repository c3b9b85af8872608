"""Attachments: photos, PDFs, Word and Excel files a unit adds to its progress report, checked for type, size
and content; a unit removes its own while the period is open."""

from __future__ import annotations

import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction

from duban.accounts.models import Attachment
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import PeriodStatus, Progress
from duban.web.permissions import Actor


def _writable(actor: Actor, progress: Progress, what: str) -> None:
    permissions.require_progress_write(actor, progress.task, progress.unit_id)
    if progress.period.status != PeriodStatus.OPEN and not actor.is_office:
        raise PermissionDenied(f"该报送期已截止，不能再{what}附件")


@transaction.atomic
def attach(*, actor: Actor, progress: Progress, upload) -> Attachment:
    """Attach a file to a progress report, within the type and size limits of the settings."""
    _writable(actor, progress, "上传")
    name = PurePath(upload.name).name
    suffix = PurePath(name).suffix.lower()
    allowed = settings.ATTACHMENT_TYPES
    if suffix not in allowed:
        kinds = "、".join(sorted(allowed))
        raise DubanError(f"附件“{name}”类型不支持，只能上传 {kinds} 文件")
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        limit = settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)
        raise DubanError(f"附件“{name}”超过 {limit} MB 的大小限制")
    if not _content_matches(suffix, upload):
        raise DubanError(f"附件“{name}”的内容与扩展名不符")
    return Attachment.objects.create(
        progress=progress,
        file=upload,
        name=name[:255],
        content_type=allowed[suffix],
        size=upload.size,
        uploaded_by_id=actor.user_id,
    )


@transaction.atomic
def remove(*, actor: Actor, attachment: Attachment) -> str:
    """Delete an attachment and its stored file; returns its name."""
    _writable(actor, attachment.progress, "删除")
    name = attachment.name
    stored = attachment.file
    attachment.delete()
    transaction.on_commit(lambda: stored.delete(save=False))
    return name


# File signatures: a renamed executable is refused even with an allowed extension. Word and Excel 97-2003
# files are OLE compound documents; .docx and .xlsx are zip packages holding their main part.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC = {
    ".pdf": (b"%PDF",),
    ".png": (b"\x89PNG",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".doc": (_OLE,),
    ".xls": (_OLE,),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
}
_PACKAGE_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}


def _content_matches(suffix: str, upload) -> bool:
    head = upload.read(8)
    upload.seek(0)
    if not any(head.startswith(m) for m in _MAGIC[suffix]):
        return False
    part = _PACKAGE_PART.get(suffix)
    if part is None:
        return True
    try:
        with zipfile.ZipFile(upload) as package:
            return part in package.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        upload.seek(0)
