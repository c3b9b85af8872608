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
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from duban.errors import DubanError
from duban.web import permissions
from duban.web.forms import ImportForm, ImportRowForm, ImportTargetFormSet
from duban.web.import_draft import DRAFT_FILE, TARGET_FIELDS, ImportDraft, corrected_target
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
    files = [f for f in folder.iterdir() if f.name != DRAFT_FILE] if folder.is_dir() else []
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


def _draft(request) -> ImportDraft | None:
    path = _staged(request)
    return ImportDraft.load(path.parent) if path is not None else None


def _render_preview(request, draft: ImportDraft, status: int = 200):
    return render(
        request,
        "duban/import_preview.html",
        {
            "draft": draft,
            "document": draft.document,
            "rows": list(enumerate(draft.document.tasks)),
            "unknown": draft.unknown_units(),
            "name": _staged(request).name,
        },
        status=status,
    )


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
        draft = _draft(request)
        if path is None or draft is None:
            messages.error(request, "上传的文件已失效，请重新上传")
            return redirect("import")
        from duban.web.services.imports import import_reviewed

        period = request.POST.get("period", draft.period).strip()[:50]
        if draft.document.kind != "plan" and not period:
            # A progress table must say which period it reports on: the office names it and confirms again.
            messages.error(request, "报送期：请填写这份进展表的报送期（例如 1-6月）后再确认导入")
            return redirect("import_preview")
        if draft.document.kind == "plan" and not draft.has_progress:
            period = ""
        try:
            report = import_reviewed(
                document=draft.document,
                sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                period=period or None,
                confirmed_units=draft.confirmed_units,
                aliases=draft.aliases,
                actor=request.actor,
            )
        except Exception as exc:
            messages.error(request, _refusal(exc, path))
            _discard(request)
            return redirect("import")
        _discard(request)
        confirmed = len(set(draft.confirmed_units) & {u.name for u in report.units_created})
        messages.success(
            request,
            f"已导入“{report.plan_title}”（{report.plan_code}）：新增任务 {report.tasks_created} 项，"
            f"更新 {report.tasks_updated} 项，新建单位 {len(report.units_created)} 个"
            + (f"（其中已确认 {confirmed} 个）" if confirmed else ""),
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
            draft = ImportDraft.start(folder, parse_document(path))
            return _render_preview(request, draft)
        except Exception as exc:
            # Whatever went wrong, the staged upload goes: nothing of a refused file stays on the server.
            _discard(request)
            messages.error(request, _refusal(exc, path))
            return redirect("import")
    return render(request, "duban/import.html", {"form": form})


@role_required(permissions.OFFICE)
def import_preview(request):
    """The staged document with the office's corrections so far (nothing stored yet)."""
    draft = _draft(request)
    if draft is None:
        messages.error(request, "没有待核对的导入文件，请先上传")
        return redirect("import")
    return _render_preview(request, draft)


def _row_forms(data, task) -> tuple[ImportRowForm, ImportTargetFormSet]:
    initial = {
        "section": " / ".join(task.section),
        "lead_units": "、".join(task.lead_units),
        "co_units": "、".join(task.co_units),
    }
    targets = [
        {"index": i, **{name: target.get(name) for name in TARGET_FIELDS}}
        for i, target in enumerate(task.targets)
    ]
    return (
        ImportRowForm(data, initial=initial, prefix="row"),
        ImportTargetFormSet(data, initial=targets, prefix="targets"),
    )


def _errors_named(where: str, form, formset) -> list[str]:
    """Each error of a row's forms as a sentence naming the row and the field (第3行（1-3）牵头单位：…)."""
    found = [
        f"{where}{form.fields[name].label if name in form.fields else ''}：{error}"
        for name, errors in form.errors.items()
        for error in errors
    ]
    for number, target_form in enumerate(formset.forms, start=1):
        for name, errors in target_form.errors.items():
            label = target_form.fields[name].label if name in target_form.fields else ""
            found.extend(f"{where}第{number}个量化指标的{label}：{error}" for error in errors)
    found.extend(f"{where}量化指标：{error}" for error in formset.non_form_errors())
    return found


@role_required(permissions.OFFICE)
def import_row(request, index: int):
    """Correct one row of the staged document: section, lead and co units, targets."""
    draft = _draft(request)
    if draft is None:
        messages.error(request, "没有待核对的导入文件，请先上传")
        return redirect("import")
    task = draft.row(index)
    if task is None:
        raise Http404("没有这一行")
    where = f"第{index + 1}行（{task.ref or task.seq}）"
    form, formset = _row_forms(request.POST if request.method == "POST" else None, task)
    errors: list[str] = []
    if request.method == "POST":
        if form.is_valid() and formset.is_valid():
            targets = []
            for target_form in formset.forms:
                data = target_form.cleaned_data
                if not data or data.get("DELETE"):
                    continue
                original = (
                    task.targets[data["index"]]
                    if data.get("index") is not None and data["index"] < len(task.targets)
                    else None
                )
                entered = {name: data[name] for name in TARGET_FIELDS}
                entered["unit"] = entered["unit"].strip()
                targets.append(corrected_target(original, entered))
            draft.correct_row(
                index,
                section=form.cleaned_data["section"],
                lead_units=form.cleaned_data["lead_units"],
                co_units=form.cleaned_data["co_units"],
                targets=targets,
            )
            draft.save()
            messages.success(request, f"{where}已修改（尚未保存到系统，确认导入时一并保存）")
            return redirect(f"{reverse('import_preview')}#row-{index}")
        errors = _errors_named(where, form, formset)
    return render(
        request,
        "duban/import_row.html",
        {"task": task, "index": index, "where": where, "form": form, "formset": formset, "errors": errors},
        status=400 if errors else 200,
    )


@role_required(permissions.OFFICE)
def import_units(request):
    """The office's decisions on the units no directory entry matched, in bulk: each ticked name is confirmed
    as a new unit, taken as the unit duban suggests, or split into the parts duban suggests."""
    if request.method != "POST":
        return redirect("import_preview")
    draft = _draft(request)
    if draft is None:
        messages.error(request, "没有待核对的导入文件，请先上传")
        return redirect("import")
    unknown = {unit.name: unit for unit in draft.unknown_units()}
    done = {"new": 0, "map": 0, "split": 0}
    for name in request.POST.getlist("unit"):
        unit = unknown.get(name)
        if unit is None:
            continue
        choice = request.POST.get(f"choice:{name}", "new")
        if choice.startswith("map:") and choice[4:] in unit.suggestions:
            draft.map_unit(name, choice[4:])
            done["map"] += 1
        elif choice == "split" and unit.parts:
            draft.split_unit(name, list(unit.parts))
            done["split"] += 1
        else:
            draft.confirm_unit(name)
            done["new"] += 1
    if not any(done.values()):
        messages.error(request, "请先勾选要处理的单位")
    else:
        draft.save()
        messages.success(
            request,
            f"已处理 {sum(done.values())} 个单位：确认新建 {done['new']} 个，对应到已有单位 {done['map']} 个，"
            f"拆分 {done['split']} 个（确认导入时保存）",
        )
    return redirect(f"{reverse('import_preview')}#unknown-units")
