"""Attachments: photos and PDFs a unit adds to its progress report, checked for type, size and content."""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction

from duban.accounts.models import Attachment
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import PeriodStatus, Progress
from duban.web.permissions import Actor


@transaction.atomic
def attach(*, actor: Actor, progress: Progress, upload) -> Attachment:
    """Attach a photo or PDF to a progress report, within the type and size limits of the settings."""
    permissions.require_progress_write(actor, progress.task, progress.unit_id)
    if progress.period.status != PeriodStatus.OPEN and not actor.is_office:
        raise PermissionDenied("该报送期已截止，不能再上传附件")
    name = PurePath(upload.name).name
    suffix = PurePath(name).suffix.lower()
    allowed = settings.ATTACHMENT_TYPES
    if suffix not in allowed:
        raise DubanError(f"附件“{name}”类型不支持，只能上传 {'、'.join(sorted(allowed))} 文件")
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        limit = settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)
        raise DubanError(f"附件“{name}”超过 {limit} MB 的大小限制")
    head = upload.read(8)
    upload.seek(0)
    if not _magic_matches(suffix, head):
        raise DubanError(f"附件“{name}”的内容与扩展名不符")
    return Attachment.objects.create(
        progress=progress,
        file=upload,
        name=name[:255],
        content_type=allowed[suffix],
        size=upload.size,
        uploaded_by_id=actor.user_id,
    )


# File signatures: a renamed executable is refused even with an allowed extension.
_MAGIC = {".pdf": (b"%PDF",), ".png": (b"\x89PNG",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}


def _magic_matches(suffix: str, head: bytes) -> bool:
    return any(head.startswith(m) for m in _MAGIC[suffix])
