"""The office's pages (督查室): task list and detail, overrides, periods, review queue, 催办."""

from __future__ import annotations

import csv

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from duban.errors import DubanError
from duban.reports.cells import csv_value
from duban.web import permissions, preview
from duban.web.forms import OverrideForm, PeriodForm
from duban.web.models import Period
from duban.web.selectors import tasks as task_selectors
from duban.web.selectors.judgements import judgement_by_id
from duban.web.selectors.periods import all_periods, default_period, period_by_id, sibling_periods
from duban.web.selectors.plans import all_plans, plan_by_id
from duban.web.selectors.progress import missing_reports
from duban.web.selectors.units import units_by_ids
from duban.web.services import judgements, reminders
from duban.web.services import periods as period_services
from duban.web.views.access import ANY_ROLE, found, role_required

PAGE_SIZE = 50


def chosen_period(request, actor) -> Period:
    """The period named by ?period=, else the latest the actor may see; 404 when there is none."""
    period_id = request.GET.get("period")
    if period_id and period_id.isdigit():
        return permissions.period_for(actor, int(period_id))
    period = default_period(actor)
    if period is None:
        raise Http404("还没有报送期")
    return period


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@role_required(permissions.OFFICE, permissions.LEADER)
def task_list(request):
    actor = request.actor
    period = chosen_period(request, actor)
    filters = task_selectors.TaskFilters(
        section=_int(request.GET.get("section")),
        unit=_int(request.GET.get("unit")),
        leader=_int(request.GET.get("leader")),
        status=request.GET.get("status") or None,
        changed=request.GET.get("changed") == "1",
        q=request.GET.get("q", "").strip()[:100],
        sort=request.GET.get("sort", "seq"),
    )
    page = Paginator(task_selectors.task_list(actor, period, filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    sort_query = query.copy()
    sort_query.pop("sort", None)
    return render(
        request,
        "duban/task_list.html",
        {
            "period": period,
            "periods": sibling_periods(actor, period),
            "filters": filters,
            "choices": task_selectors.filter_choices(period),
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
    if request.method == "POST" and form.is_valid():
        plan = found(plan_by_id(_int(request.POST.get("plan"))))
        try:
            deadline = form.cleaned_data["deadline"]
            period_services.create_period(
                actor=request.actor,
                plan=plan,
                label=form.cleaned_data["label"],
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
                deadline=deadline,
            )
            messages.success(request, f"报送期“{form.cleaned_data['label']}”已开启填报")
            return redirect("periods")
        except DubanError as exc:
            messages.error(request, exc.message)
    return render(request, "duban/periods.html", {"periods": all_periods(), "plans": plans, "form": form})


@role_required(permissions.OFFICE)
def period_move(request, period_id: int, move: str):
    if request.method != "POST":
        raise Http404()
    period = found(period_by_id(period_id))
    try:
        period_services.move_period(actor=request.actor, period=period, move=move)
    except DubanError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"{period}：{period.get_status_display()}")
    return redirect("periods")


@role_required(permissions.OFFICE)
def review(request):
    period = chosen_period(request, request.actor)
    return render(
        request, "duban/review.html", {"period": period, "tasks": task_selectors.review_queue(period)}
    )


@role_required(permissions.OFFICE)
def missing(request):
    period = chosen_period(request, request.actor)
    if request.method == "POST":
        unit_ids = [int(u) for u in request.POST.getlist("unit") if u.isdigit()]
        count = reminders.remind(actor=request.actor, period=period, units=units_by_ids(unit_ids))
        messages.success(request, f"已对 {count} 个单位记录催办")
        return redirect(f"{request.path}?period={period.pk}")
    rows = missing_reports(period)
    if request.GET.get("format") == "csv":
        return _missing_csv(period, rows)
    return render(request, "duban/missing.html", {"period": period, "rows": rows})


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
