"""Template filters of the assessment pages."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def score(value) -> str:
    """Points as scores are written: 99.5, 100, -0.1 (no trailing zeros); "—" for none."""
    if value is None or value == "":
        return "—"
    return f"{float(value):g}"
