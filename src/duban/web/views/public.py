"""The public page (政务公开): published periods only, printable, at a stable URL."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import render

from duban.web import permissions
from duban.web.models import PeriodStatus
from duban.web.selectors.periods import period_by_id, published_periods
from duban.web.selectors.tasks import public_table


def public_index(request):
    return render(request, "duban/public_index.html", {"periods": published_periods()})


def public_period(request, period_id: int):
    # Everyone, logged in or not, sees here only what the office has published.
    withdrawn = period_by_id(period_id)
    if withdrawn is not None and withdrawn.status != PeriodStatus.PUBLISHED and withdrawn.published_at:
        raise Http404("该报送期的公开页已撤下，督查室再次发布后可查看")
    period = permissions.period_for(permissions.ANONYMOUS, period_id)
    return render(request, "duban/public_period.html", {"period": period, "rows": public_table(period)})
