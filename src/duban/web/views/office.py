"""The office's pages (督查室): task list and detail, overrides, periods, review queue, 催办."""

from __future__ import annotations

import csv

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from duban.errors import DubanError
from duban.reports.cells import csv_value
from duban.web import permissions, preview
from duban.web.forms import OverrideForm, PeriodForm
from duban.web.models import Period, PeriodStatus
from duban.web.selectors import tasks as task_selectors
from duban.web.selectors.assignments import task_instructions
from duban.web.selectors.checklist import publish_check
from duban.web.selectors.judgements import judgement_by_id
from duban.web.selectors.periods import Scope, all_periods, period_by_id
from duban.web.selectors.plans import all_plans, plan_by_id
from duban.web.selectors.progress import missing_reports
from duban.web.selectors.units import units_by_ids
from duban.web.services import judgements, reminders
from duban.web.services import periods as period_services
from duban.web.views import exports
from duban.web.views.access import ANY_ROLE, found, role_required
from duban.web.views.scope import chosen_scope

PAGE_SIZE = 50


def chosen_period(request, actor) -> Period:
    """The period of the page's scope (?plan=, ?period=); 404 when there is none."""
    period = chosen_scope(request, actor).period
    if period is None:
        raise Http404("还没有报送期")
    return period


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def without_period(request, scope: Scope, title: str):
    """A period page (待复核, 催办, 看板) asked for a plan that has no period yet: the switcher and a link
    to open one."""
    return render(request, "duban/no_period.html", {"scope": scope, "title": title})


@role_required(permissions.OFFICE, permissions.LEADER)
def task_list(request):
    actor = request.actor
    scope = chosen_scope(request, actor)
    if scope.plan is None:
        return without_period(request, scope, "目标任务")
    period = scope.period
    filters = task_selectors.TaskFilters(
        section=_int(request.GET.get("section")),
        unit=_int(request.GET.get("unit")),
        leader=_int(request.GET.get("leader")),
        status=request.GET.get("status") or None,
        changed=request.GET.get("changed") == "1",
        q=request.GET.get("q", "").strip()[:100],
        sort=request.GET.get("sort", "seq"),
        lead=request.GET.get("role") == "lead",
        prev=request.GET.get("prev") or None,
        warning=request.GET.get("warning") == "1",
    )
    tasks = task_selectors.task_list(actor, period, filters, plan=scope.plan)
    if exports.wants_xlsx(request):
        label = f"-{period.label}" if period else ""
        return exports.xlsx_response(f"{scope.plan.code}{label}-目标任务", [exports.task_rows(tasks)])
    page = Paginator(tasks, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    sort_query = query.copy()
    sort_query.pop("sort", None)
    return render(
        request,
        "duban/task_list.html",
        {
            "scope": scope,
            "plan": scope.plan,
            "period": period,
            "filters": filters,
            "choices": task_selectors.filter_choices(scope.plan.pk),
            "page": page,
            "query": query.urlencode(),
            "sort_query": sort_query.urlencode(),
        },
    )


@role_required(*ANY_ROLE)
def task_detail(request, task_id: int):
    actor = request.actor
    task = permissions.task_for(actor, task_id)
    detail = task_selectors.task_detail(actor, task)
    return render(
        request,
        "duban/task_detail.html",
        {
            "task": task,
            "pieces": preview.highlight_spans(task.text, detail["target_spans"]),
            "override_form": OverrideForm(),
            "writable": permissions.writable_unit_ids(actor, task),
            "instructions": None if actor.is_public else task_instructions(actor, task),
            **detail,
        },
    )


@role_required(permissions.OFFICE)
def judgement_override(request, judgement_id: int):
    if request.method != "POST":
        raise Http404()
    judgement = found(judgement_by_id(judgement_id))
    if request.POST.get("clear") == "1":
        judgements.clear_override(actor=request.actor, judgement=judgement)
        messages.success(request, "已恢复为自动研判结果")
    else:
        form = OverrideForm(request.POST)
        if form.is_valid():
            try:
                judgements.override_judgement(
                    actor=request.actor,
                    judgement=judgement,
                    status=form.cleaned_data["status"],
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, "人工研判已保存，自动研判结果保留备查")
            except DubanError as exc:
                messages.error(request, exc.message)
        else:
            messages.error(request, "人工研判必须选择结果并填写理由")
    return redirect("task_detail", judgement.task_id)


@role_required(permissions.OFFICE)
def periods(request):
    plans = list(all_plans())
    form = PeriodForm(request.POST or None)
    # The plan the form is for stays chosen when the form comes back with an error (or ?plan= from a page).
    chosen = _int(request.POST.get("plan") if request.method == "POST" else request.GET.get("plan"))
    status = 200
    if request.method == "POST":
        plan = found(plan_by_id(chosen))
        if form.is_valid():
            try:
                period_services.create_period(
                    actor=request.actor,
                    plan=plan,
                    label=form.cleaned_data["label"],
                    start=form.cleaned_data["start"],
                    end=form.cleaned_data["end"],
                    deadline=form.cleaned_data["deadline"],
                )
            except DubanError as exc:
                messages.error(request, exc.message)
                status = 400
            else:
                messages.success(request, f"{plan.code}：报送期“{form.cleaned_data['label']}”已开启填报")
                return redirect("periods")
        else:
            status = 400
    return render(
        request,
        "duban/periods.html",
        {"periods": all_periods(), "plans": plans, "form": form, "chosen_plan": chosen},
        status=status,
    )


@role_required(permissions.OFFICE)
def period_move(request, period_id: int, move: str):
    """Open, close or publish a period. Publishing, and taking a published period back, first show what it
    means (the outstanding items; that the public page is withdrawn) and happen once confirmed."""
    if request.method != "POST":
        raise Http404()
    period = found(period_by_id(period_id))
    withdraws = period.status == PeriodStatus.PUBLISHED and move != "publish"
    if (move == "publish" or withdraws) and request.POST.get("confirm") != "1":
        context = {"period": period, "move": move, "withdraws": withdraws}
        if move == "publish":
            context["check"] = publish_check(period)
        return render(request, "duban/period_confirm.html", context)
    try:
        period_services.move_period(actor=request.actor, period=period, move=move)
    except DubanError as exc:
        messages.error(request, exc.message)
    else:
        note = "，公开页已撤下" if withdraws else ""
        messages.success(
            request,
            f"{period.plan.code if period.plan else ''} {period.label}：{period.get_status_display()}{note}",
        )
    return redirect("periods")


@role_required(permissions.OFFICE)
def review(request):
    scope = chosen_scope(request, request.actor)
    if scope.period is None:
        return without_period(request, scope, "待复核")
    period = scope.period
    if request.method == "POST":
        if request.POST.get("action") == "confirm":
            task_ids = {int(t) for t in request.POST.getlist("task") if t.isdigit()}
            count = judgements.confirm_judgements(actor=request.actor, period=period, task_ids=task_ids)
            if count:
                messages.success(request, f"已确认 {count} 项任务的研判结果（记为确认，不作人工研判）")
            else:
                messages.error(request, "请先勾选要确认的任务")
        return redirect(request.get_full_path())
    filters = task_selectors.ReviewFilters(
        status=request.GET.get("status") or None,
        unit=_int(request.GET.get("unit")),
        warnings=request.GET.get("warnings") == "1",
    )
    queue = task_selectors.review_queue(period, filters)
    if exports.wants_xlsx(request):
        return exports.xlsx_response(
            f"{period.plan.code}-{period.label}-待复核", [exports.review_rows(queue)]
        )
    return render(
        request,
        "duban/review.html",
        {
            "scope": scope,
            "period": period,
            "filters": filters,
            "choices": task_selectors.review_choices(period),
            "tasks": queue,
        },
    )


@role_required(permissions.OFFICE)
def missing(request):
    scope = chosen_scope(request, request.actor)
    if scope.period is None:
        return without_period(request, scope, "催办")
    period = scope.period
    if request.method == "POST":
        unit_ids = [int(u) for u in request.POST.getlist("unit") if u.isdigit()]
        done = reminders.remind(
            actor=request.actor,
            period=period,
            units=units_by_ids(unit_ids),
            note=request.POST.get("note", ""),
        )
        if done.sent:
            messages.success(
                request,
                f"已催办 {len(done.sent)} 个单位（各单位工作台可见），其中 {done.mailed} 个单位已发送邮件"
                + (f"，{done.relayed} 个单位已推送至网关" if settings.REMINDER_WEBHOOK_URL else ""),
            )
        if done.skipped:
            names = "、".join(u.name for u in done.skipped)
            messages.warning(
                request,
                f"{names}今天已催办过，未再次催办（每个单位每天最多催办{settings.REMINDERS_PER_DAY}次）",
            )
        if not unit_ids:
            messages.error(request, "请先勾选要催办的单位")
        return redirect(f"{request.path}?period={period.pk}")
    rows = missing_reports(period)
    if request.GET.get("format") == "csv":
        return _missing_csv(period, rows)
    if exports.wants_xlsx(request):
        return exports.xlsx_response(
            f"{period.plan.code}-{period.label}-未报送单位", [exports.missing_rows(rows)]
        )
    return render(
        request,
        "duban/missing.html",
        {"scope": scope, "period": period, "rows": rows, "per_day": settings.REMINDERS_PER_DAY},
    )


def _missing_csv(period: Period, rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="missing-{period.pk}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 CSV correctly only with a byte-order mark
    writer = csv.writer(response)
    writer.writerow(
        ["单位", "未报送任务数", "未报送任务", "已催办次数", "最近催办时间", "按时报送", "逾期报送", "未报送"]
    )
    for row in rows:
        writer.writerow(
            csv_value(value)
            for value in [
                row.unit.name,
                len(row.tasks),
                "；".join(f"{t.ref}.{t.text[:30]}" for t in row.tasks),
                row.reminders,
                timezone.localtime(row.last_reminded).strftime("%Y-%m-%d %H:%M") if row.last_reminded else "",
                row.on_time,
                row.late,
                row.missed,
            ]
        )
    return response
