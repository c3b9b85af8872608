"""Dashboards for the office (everything) and for leaders (the tasks under them)."""

from __future__ import annotations

from django.shortcuts import render

from duban.web import permissions
from duban.web.selectors.dashboard import dashboard as dashboard_of
from duban.web.selectors.periods import sibling_periods
from duban.web.views.access import role_required
from duban.web.views.office import chosen_period


@role_required(permissions.OFFICE, permissions.LEADER)
def dashboard(request):
    period = chosen_period(request, request.actor)
    board = dashboard_of(request.actor, period)
    return render(
        request,
        "duban/dashboard.html",
        {
            "board": board,
            "period": period,
            "periods": sibling_periods(request.actor, period),
            "chart_data": board.chart_data(),
        },
    )
