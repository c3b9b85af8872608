"""Template filters for status badges, percentages and history."""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from duban.web.queries import status_label

register = template.Library()


@register.filter
def status_badge(status: str | None):
    key = status or "unreported"
    return format_html('<span class="status status-{}">{}</span>', key, status_label(key))


@register.filter
def label_of(status: str | None) -> str:
    return status_label(status)


@register.filter
def percent(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.{digits}f}%"


@register.filter
def get(mapping, key):
    return mapping.get(key, 0) if mapping else 0


@register.filter
def lead_names(task) -> str:
    """The task's lead units joined with 、 (reads the prefetched task_units)."""
    return "、".join(tu.unit.name for tu in task.task_units.all() if tu.role == "lead")
