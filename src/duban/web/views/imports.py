"""The plan import wizard: upload → preview (tasks, warnings, unknown units) → confirm, or cancel."""

from __future__ import annotations

import hashlib
import secrets
import shutil
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render

from duban.errors import DubanError
from duban.web import permissions
from duban.web.forms import ImportForm
from duban.web.models import Unit, UnitAlias
from duban.web.views.access import role_required

SESSION_KEY = "duban_import"
ALLOWED = {".docx", ".xlsx", ".xls", ".pdf", ".html", ".htm", ".txt"}


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


def unknown_units(document) -> list[str]:
    """Unit names in the document that are neither a known unit nor a known alias of the issuer."""
    names = {n for t in document.tasks for n in (*t.lead_units, *t.co_units)}
    issuer = document.issuer or ""
    known = set(Unit.objects.filter(issuer=issuer, name__in=names).values_list("name", flat=True))
    known |= set(UnitAlias.objects.filter(issuer=issuer, alias__in=names).values_list("alias", flat=True))
    return sorted(names - known)


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
        except DubanError as exc:
            messages.error(request, exc.message)
            return redirect("import")
        finally:
            _discard(request)
        messages.success(
            request,
            f"已导入“{report.plan_title}”：新增任务 {report.tasks_created} 项，更新 {report.tasks_updated} 项，"
            f"新建单位 {len(report.units_created)} 个",
        )
        return redirect("tasks")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        name = Path(upload.name).name
        if Path(name).suffix.lower() not in ALLOWED:
            messages.error(request, f"不支持的文件类型：{name}")
            return redirect("import")
        _discard(request)
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
        except DubanError as exc:
            _discard(request)
            messages.error(request, exc.message)
            return redirect("import")
        return render(
            request,
            "duban/import_preview.html",
            {"document": document, "unknown": unknown_units(document), "name": name},
        )
    return render(request, "duban/import.html", {"form": form})
