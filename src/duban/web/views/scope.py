"""The plan and period a page shows, from ?plan= and ?period= (the switcher at the top of each page)."""

from __future__ import annotations

from duban.web.selectors.periods import Scope, page_scope


def _id(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def chosen_scope(request, actor) -> Scope:
    """The scope asked for by the query string; 404 for a plan or period out of the actor's reach."""
    return page_scope(actor, plan_id=_id(request.GET.get("plan")), period_id=_id(request.GET.get("period")))
