"""The unit workspace (工作台): my tasks in the open period, the progress form, live preview, attachments."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render

from duban.errors import DubanError
from duban.web import access_rules, permissions, preview
from duban.web.forms import AttachmentForm, ProgressForm
from duban.web.models import Period
from duban.web.selectors.assignments import open_assignments
from duban.web.selectors.judgements import task_judgement
from duban.web.selectors.periods import days_between, open_period_for, previous_period
from duban.web.selectors.progress import attachment_by_id, progress_by_id, unit_progress
from duban.web.selectors.progress import workspace as workspace_of
from duban.web.selectors.units import unit_by_id
from duban.web.services import attachments
from duban.web.services import progress as progress_services
from duban.web.services.limits import PROGRESS_TEXT_MAX
from duban.web.views.access import ANY_ROLE, found, role_required


@role_required(permissions.REPORTER)
def workspace(request):
    period = open_period_for(request.actor)
    return render(
        request,
        "duban/workspace.html",
        {"ws": workspace_of(request.actor, period), "assignments": open_assignments(request.actor)},
    )


def _period(request, actor) -> Period:
    period_id = request.GET.get("period") or request.POST.get("period")
    if period_id:
        return permissions.period_for(actor, int(period_id))
    period = open_period_for(actor)
    if period is None:
        raise Http404("当前没有开放填报的报送期")
    return period


@role_required(permissions.REPORTER, permissions.OFFICE)
def progress_edit(request, task_id: int, unit_id: int):
    actor = request.actor
    task = permissions.task_for(actor, task_id)
    unit = found(unit_by_id(unit_id))
    permissions.require_progress_write(actor, task, unit.pk)
    period = _period(request, actor)
    if period.plan_id != task.plan_id:
        raise Http404("报送期与任务不属于同一方案")
    progress = unit_progress(task, period, unit)
    conflict = None
    status = 200
    form = None
    if request.method == "POST" and request.POST.get("action") == "attach":
        return _attach_keeping_text(request, task, unit, period, progress)
    if request.method == "POST":
        form = ProgressForm(request.POST)
        if form.is_valid():
            try:
                progress = progress_services.save_progress(
                    actor=actor,
                    task=task,
                    period=period,
                    unit=unit,
                    text=form.cleaned_data["text"],
                    base_version=form.cleaned_data["version"],
                    submit=form.cleaned_data["action"] == "submit",
                )
            except progress_services.ProgressConflict as exc:
                conflict = exc
                progress = exc.current
                status = 409
                # The writer's text stays in the box; the version moves on so a deliberate resubmit wins.
                form = ProgressForm(initial={"text": exc.attempted_text, "version": exc.current.version})
            except DubanError as exc:
                messages.error(request, exc.message)
                status = 400
            else:
                done = "已报送" if form.cleaned_data["action"] == "submit" else "草稿已保存"
                messages.success(request, f"{done}（第{progress.version}版）")
                return redirect(f"{request.path}?period={period.pk}")
        else:
            status = 400
    if form is None:
        form = ProgressForm(
            initial={
                "text": progress.editable_text if progress else "",
                "version": progress.version if progress else 0,
            }
        )
    return _render_form(request, task, unit, period, progress, form, conflict, status)


def _attach_keeping_text(request, task, unit, period, progress):
    """Upload from the progress form: the file is attached and the page comes back with the text as typed
    (not saved: the writer decides between 保存草稿 and 报送). A report not yet stored is saved as a draft
    first, to have something to attach to."""
    actor = request.actor
    text = request.POST.get("text", "")[:20000]
    version = request.POST.get("version", "0")
    status = 200
    try:
        if progress is None:
            progress = progress_services.save_progress(
                actor=actor, task=task, period=period, unit=unit, text=text, base_version=0, submit=False
            )
            version = str(progress.version)
        upload = AttachmentForm(request.POST, request.FILES)
        if not upload.is_valid():
            raise DubanError("请选择要上传的文件")
        attachments.attach(actor=actor, progress=progress, upload=upload.cleaned_data["file"])
    except DubanError as exc:
        messages.error(request, exc.message)
        status = 400
    else:
        messages.success(request, "附件已上传。输入框中的文字尚未保存，请点击“保存草稿”或“报送”。")
    form = ProgressForm(initial={"text": text, "version": int(version) if version.isdigit() else 0})
    return _render_form(request, task, unit, period, progress, form, None, status)


def _render_form(request, task, unit, period, progress, form, conflict, status):
    previous = previous_period(period)
    before = unit_progress(task, previous, unit)
    before_judgement = task_judgement(task, previous)
    targets = preview.targets_of(task.text)
    context = {
        "task": task,
        "unit": unit,
        "period": period,
        "progress": progress,
        "form": form,
        "conflict": conflict,
        "previous": previous,
        "before": before,
        "before_judgement": before_judgement,
        "pieces": preview.highlight_spans(task.text, targets),
        "preview": preview.preview(task.text, form["text"].value() or "", period.as_of),
        "attachments": progress.attachments.all() if progress else [],
        "attachment_form": AttachmentForm(),
        "days_left": days_between(period.deadline),
    }
    return render(request, "duban/progress_edit.html", context, status=status)


@role_required(permissions.REPORTER, permissions.OFFICE)
def progress_preview(request, task_id: int):
    """htmx: the figures and the judgement duban would give for the text being typed."""
    if request.method != "POST":
        raise Http404()
    task = permissions.task_for(request.actor, task_id)
    period = _period(request, request.actor)
    text = request.POST.get("text", "")[:PROGRESS_TEXT_MAX]
    return render(
        request,
        "duban/_preview.html",
        {"preview": preview.preview(task.text, text, period.as_of)},
    )


@role_required(permissions.REPORTER, permissions.OFFICE)
def attachment_upload(request, progress_id: int):
    if request.method != "POST":
        raise Http404()
    progress = found(progress_by_id(progress_id))
    permissions.task_for(request.actor, progress.task_id)
    form = AttachmentForm(request.POST, request.FILES)
    target = _back(request)
    if form.is_valid():
        try:
            attachments.attach(actor=request.actor, progress=progress, upload=form.cleaned_data["file"])
            messages.success(request, "附件已上传")
        except DubanError as exc:
            messages.error(request, exc.message)
    else:
        messages.error(request, "请选择要上传的文件")
    return redirect(target)


@role_required(permissions.REPORTER, permissions.OFFICE)
def attachment_delete(request, attachment_id: int):
    if request.method != "POST":
        raise Http404()
    attachment = found(attachment_by_id(attachment_id))
    access_rules.require_progress_read(request.actor, attachment.progress)
    name = attachments.remove(actor=request.actor, attachment=attachment)
    messages.success(request, f"已删除附件“{name}”")
    return redirect(_back(request))


def _back(request) -> str:
    """The page to return to after a form posted from it: a path on this site only."""
    target = request.POST.get("back", "/")
    if not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@role_required(*ANY_ROLE)
def attachment_download(request, attachment_id: int):
    attachment = found(attachment_by_id(attachment_id))
    access_rules.require_progress_read(request.actor, attachment.progress)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.name)
