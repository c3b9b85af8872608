"""Who may read a unit's progress report and what hangs on it (attachments), beyond the task scope of
duban.web.permissions: a draft is private to its unit until submitted. The office reads every draft; a
reporter reads its own units' drafts; a leader, like the public, reads submitted reports only. The same rule
as the task page (duban.web.selectors.tasks.task_detail) and the progress API.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from duban.web.models import Progress, ProgressStatus
from duban.web.permissions import Actor, task_for


def progress_readable(actor: Actor, progress: Progress) -> bool:
    """Whether the actor may read this report, given that it may read the report's task."""
    return (
        progress.status == ProgressStatus.SUBMITTED
        or actor.sees_everything
        or (progress.unit_id is not None and progress.unit_id in actor.unit_ids)
    )


def require_progress_read(actor: Actor, progress: Progress) -> None:
    """Refuse (404 when the task is out of reach, 403 for another unit's draft)."""
    task_for(actor, progress.task_id)
    if not progress_readable(actor, progress):
        raise PermissionDenied("不能查看其他单位的草稿及其附件")
