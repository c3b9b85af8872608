"""Dashboards for the office (everything) and for leaders (the tasks under them)."""

from __future__ import annotations

from django.shortcuts import render
from django.urls import reverse

from duban.web import permissions
from duban.web.selectors.assignments import assignment_counts
from duban.web.selectors.dashboard import dashboard as dashboard_of
from duban.web.views import exports
from duban.web.views.access import role_required
from duban.web.views.office import without_period
from duban.web.views.scope import chosen_scope


@role_required(permissions.OFFICE, permissions.LEADER)
def dashboard(request):
    scope = chosen_scope(request, request.actor)
    if scope.period is None:
        return without_period(request, scope, "看板")
    period = scope.period
    board = dashboard_of(request.actor, period)
    counts = assignment_counts(request.actor, period)
    if exports.wants_xlsx(request):
        return exports.xlsx_response(
            f"{period.plan.code}-{period.label}-看板", exports.dashboard_rows(board, counts)
        )
    return render(
        request,
        "duban/dashboard.html",
        {
            "board": board,
            "period": period,
            "scope": scope,
            # A chart segment opens the task list filtered to it (dashboard.js adds status and section).
            "chart_data": {**board.chart_data(), "tasks_url": f"{reverse('tasks')}?period={period.pk}"},
            "assignments": counts,
            # The columns of 按牵头单位 (counts by status, and 黄灯), in the page's order.
            "unit_columns": ("lagging", "warning", "completed", "unreported"),
        },
    )
