"""The public page (政务公开): published periods only, printable, at a stable URL."""

from __future__ import annotations

from django.shortcuts import render

from duban.web import permissions, queries
from duban.web.models import Period, PeriodStatus


def public_index(request):
    periods = (
        Period.objects.filter(status=PeriodStatus.PUBLISHED).select_related("plan").order_by("-published_at")
    )
    return render(request, "duban/public_index.html", {"periods": periods})


def public_period(request, period_id: int):
    # Everyone, logged in or not, sees here only what the office has published.
    period = permissions.period_for(permissions.ANONYMOUS, period_id)
    return render(
        request, "duban/public_period.html", {"period": period, "rows": queries.public_table(period)}
    )
