"""The public page (政务公开): published periods only, printable, at a stable URL."""

from __future__ import annotations

from django.shortcuts import render

from duban.web import permissions
from duban.web.selectors.periods import published_periods
from duban.web.selectors.tasks import public_table


def public_index(request):
    return render(request, "duban/public_index.html", {"periods": published_periods()})


def public_period(request, period_id: int):
    # Everyone, logged in or not, sees here only what the office has published.
    period = permissions.period_for(permissions.ANONYMOUS, period_id)
    return render(request, "duban/public_period.html", {"period": period, "rows": public_table(period)})
