"""The plan import wizard: upload → preview (tasks, warnings, unknown units) → confirm, or cancel."""

from __future__ import annotations

import hashlib
import logging
import secrets
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse

from duban.errors import DubanError
from duban.web import permissions
from duban.web.forms import ImportForm
from duban.web.selectors.plans import find_plan
from duban.web.services.units import UnitDirectory
from duban.web.views.access import role_required

logger = logging.getLogger(__name__)

SESSION_KEY = "duban_import"
ALLOWED = {".docx", ".xlsx", ".xls", ".pdf", ".html", ".htm", ".txt"}
# The largest plan document accepted; real ones are well under 5 MB.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# Staged uploads of wizards never confirmed or cancelled (a closed browser tab) are removed after a day.
STALE_AFTER_SECONDS = 24 * 3600


def _staging() -> Path:
    return Path(settings.MEDIA_ROOT) / "imports"


def _staged(request) -> Path | None:
    token = request.session.get(SESSION_KEY)
    if not token:
        return None
    folder = _staging() / token
    files = list(folder.glob("*")) if folder.is_dir() else []
    return files[0] if files else None


def _discard(request) -> None:
    token = request.session.pop(SESSION_KEY, None)
    if token:
        shutil.rmtree(_staging() / token, ignore_errors=True)


def _remove_stale_staging(now: float | None = None) -> None:
    """Remove staged uploads older than a day: wizards abandoned without confirming or cancelling."""
    root = _staging()
    if not root.is_dir():
        return
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    for folder in root.iterdir():
        if folder.is_dir() and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)


def unknown_units(document) -> list[str]:
    """The units confirming the import would create: names that resolve to no unit of the issuer by the
    import's own rules (exact name, alias, then the short-name rule). A dry run: nothing is stored."""
    with transaction.atomic():
        directory = UnitDirectory.load(document.issuer or "")
        for task in document.tasks:
            for name in (*task.lead_units, *task.co_units):
                directory.unit(name)
        transaction.set_rollback(True)
    return sorted(created.name for created in directory.created)


def _refusal(exc: Exception, path: Path) -> str:
    """The message for a file that could not be read or stored, naming it as the user uploaded it (the
    staging folder is no business of theirs). An error that is not a DubanError is a bug: logged whole,
    and the user is told the file was not imported."""
    if isinstance(exc, DubanError):
        return exc.message.replace(str(path), path.name)
    logger.exception("import of %s failed", path)
    return f"{path.name}：读取或导入时出错（{type(exc).__name__}），未保存任何内容；错误已记入服务器日志"


@role_required(permissions.OFFICE)
def import_plan(request):
    from duban.ingest import parse_document

    step = request.POST.get("step", "")
    if request.method == "POST" and step == "cancel":
        _discard(request)
        messages.success(request, "已取消导入，没有保存任何内容")
        return redirect("import")
    if request.method == "POST" and step == "confirm":
        path = _staged(request)
        if path is None:
            messages.error(request, "上传的文件已失效，请重新上传")
            return redirect("import")
        from duban.web.services.imports import import_document

        try:
            document = parse_document(path)
            report = import_document(document=document, sha256=hashlib.sha256(path.read_bytes()).hexdigest())
        except Exception as exc:
            messages.error(request, _refusal(exc, path))
            return redirect("import")
        finally:
            _discard(request)
        messages.success(
            request,
            f"已导入“{report.plan_title}”（{report.plan_code}）：新增任务 {report.tasks_created} 项，"
            f"更新 {report.tasks_updated} 项，新建单位 {len(report.units_created)} 个",
        )
        # Land on the plan just imported, not on whichever plan the list shows by default.
        return redirect(f"{reverse('tasks')}?plan={find_plan(report.plan_code).pk}")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        name = Path(upload.name).name
        if Path(name).suffix.lower() not in ALLOWED:
            messages.error(request, f"不支持的文件类型：{name}")
            return redirect("import")
        if upload.size > MAX_UPLOAD_BYTES:
            messages.error(
                request,
                f"文件 {name} 过大（{upload.size / 1024 / 1024:.1f} MB），"
                f"导入的文件不能超过 {MAX_UPLOAD_BYTES // 1024 // 1024} MB",
            )
            return redirect("import")
        _discard(request)
        _remove_stale_staging()
        token = secrets.token_hex(12)
        folder = _staging() / token
        folder.mkdir(parents=True)
        path = folder / name
        with path.open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        request.session[SESSION_KEY] = token
        try:
            document = parse_document(path)
            unknown = unknown_units(document)
        except Exception as exc:
            # Whatever went wrong, the staged upload goes: nothing of a refused file stays on the server.
            _discard(request)
            messages.error(request, _refusal(exc, path))
            return redirect("import")
        return render(
            request, "duban/import_preview.html", {"document": document, "unknown": unknown, "name": name}
        )
    return render(request, "duban/import.html", {"form": form})
