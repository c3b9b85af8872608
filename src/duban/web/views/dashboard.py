"""Dashboards for the office (everything) and for leaders (the tasks under them)."""

from __future__ import annotations

from django.shortcuts import render

from duban.web import permissions, queries
from duban.web.models import Period
from duban.web.views.access import role_required
from duban.web.views.office import chosen_period


@role_required(permissions.OFFICE, permissions.LEADER)
def dashboard(request):
    period = chosen_period(request, request.actor)
    board = queries.dashboard(request.actor, period)
    return render(
        request,
        "duban/dashboard.html",
        {
            "board": board,
            "period": period,
            "periods": Period.objects.filter(plan_id=period.plan_id).order_by("end"),
            "chart_data": board.chart_data(),
        },
    )
