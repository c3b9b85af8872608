"""Template filters for status badges, percentages and history."""

from __future__ import annotations

from django import template
from django.utils.html import format_html

from duban.core.status import status_label, traffic_light

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


def _number(value) -> str:
    """A stored figure as an office writes it: 30 not 30.0, 1.2 not 1.2000000001."""
    if value is None:
        return ""
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


@register.filter
def figure(value, unit: str = "") -> str:
    """A figure and its unit as written (30个, 5.5%, 1.2万人)."""
    return f"{_number(value)}{unit or ''}"


# How a target's kind reads before its figure (增长6%以上, 下降3%); other kinds follow the metric with "：".
_KIND_WORDS = {"growth_rate": "增长", "decline_rate": "下降"}


@register.filter
def target_text(target) -> str:
    """A target as the task text words it: 地区生产总值增长6%以上, 社区健身点：30个, 力争 for soft targets."""
    get = target.get if isinstance(target, dict) else lambda key, default=None: getattr(target, key, default)
    written = get("text") or figure(get("value"), get("unit"))
    word = _KIND_WORDS.get(get("kind") or "", "：")
    return f"{'力争' if get('soft') else ''}{get('metric') or ''}{word}{written}"


_LIGHT_WORDS = {"red": "红灯", "yellow": "黄灯", "green": "绿灯"}


@register.filter
def light(status: str | None, warning: bool = False):
    """The offices' 红灯/黄灯/绿灯 beside a status (core.status.traffic_light); 黄灯 is spelled out, being
    the one a status badge does not already say."""
    colour = traffic_light(status, bool(warning))
    if not colour:
        return ""
    word = _LIGHT_WORDS[colour]
    if colour == "yellow":
        return format_html(
            '<span class="light light-yellow" title="{}">{}</span>', "正常推进但接近滞后线（预警）", word
        )
    return format_html('<span class="light light-{}" title="{}"></span>', colour, word)
