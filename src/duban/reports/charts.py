"""Charts of a period's judgements with Chinese labels (matplotlib's Agg canvas), as PNG or SVG bytes.

Every function takes a ReportData and returns the image; `write_charts` saves all of them to a folder.
Figures are built with the object API (no pyplot), so nothing accumulates in a global figure registry.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from duban.reports.data import (
    ReportData,
    label_groups,
    movement_counts,
    ordered_statuses,
    section_status_counts,
    status_counts,
    unit_status_counts,
)
from duban.reports.fonts import chart_font_family
from duban.reports.statuses import (
    LAGGING_STATUSES,
    STATUS_COLOURS,
    status_label,
    status_rank,
)

PNG_DPI = 130
_WIDTH_IN = 7.0


def _figure(height_in: float, *, label_chars: int = 0) -> Figure:
    """A figure with fixed margins: room for `label_chars` characters of y labels at the left.

    Fixed margins instead of constrained layout: it halves drawing time (one draw instead of two).
    """
    height = max(height_in, 2.2)
    figure = Figure(figsize=(_WIDTH_IN, height))
    FigureCanvasAgg(figure)
    left = (0.25 + 0.135 * label_chars) / _WIDTH_IN if label_chars else 0.05
    figure.subplots_adjust(left=left, right=0.97, top=1 - 0.75 / height, bottom=0.55 / height, wspace=0.15)
    return figure


def _render(figure: Figure, fmt: str) -> bytes:
    buffer = io.BytesIO()
    options = {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
    figure.savefig(buffer, format=fmt, dpi=PNG_DPI, metadata=_metadata(fmt), **options)
    return buffer.getvalue()


def _styled(draw: Callable[[ReportData, str], bytes]) -> Callable[[ReportData, str], bytes]:
    """Run a chart function with a Chinese font as the default family (text takes it when created)."""

    @functools.wraps(draw)
    def wrapper(data: ReportData, fmt: str = "png") -> bytes:
        family = chart_font_family()
        families = [family, "sans-serif"] if family else ["sans-serif"]
        with matplotlib.rc_context(
            {"font.family": families, "axes.unicode_minus": False, "svg.hashsalt": "duban"}
        ):
            return draw(data, fmt)

    return wrapper


def _metadata(fmt: str) -> dict[str, str | None]:
    # Fixed metadata keeps output byte-stable between runs.
    if fmt == "svg":
        return {"Date": None}
    return {"Software": "duban"}


def _colour(status: str) -> str:
    return "#" + STATUS_COLOURS.get(status, "9E9E9E")


def _empty(figure: Figure, message: str) -> None:
    axes = figure.add_subplot()
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=12)


@_styled
def status_distribution(data: ReportData, fmt: str = "png") -> bytes:
    """Bars: how many key tasks (and indicators) have each status in this period."""
    figure = _figure(3.2)
    figure.suptitle(f"{data.period_label}目标任务研判结果分布", fontsize=13)
    groups = [("重点工作任务", data.key_tasks), ("预期目标", data.indicators)]
    groups = [(name, tasks) for name, tasks in groups if tasks]
    if not groups:
        _empty(figure, "暂无任务")
        return _render(figure, fmt)
    axes_list = figure.subplots(1, len(groups), squeeze=False)[0]
    for axes, (name, tasks) in zip(axes_list, groups, strict=True):
        # Indicators carry the office's wording (符合预期, 不达预期 …); key tasks the status itself.
        if tasks is data.indicators:
            bars_data = [(g.label, g.count, g.tasks[0].status) for g in label_groups(tasks)]
        else:
            bars_data = [(status_label(s), n, s) for s, n in status_counts(tasks)]
        values = [count for _, count, _ in bars_data]
        bars = axes.bar(
            [label for label, _, _ in bars_data], values, color=[_colour(s) for _, _, s in bars_data]
        )
        axes.bar_label(bars, labels=[f"{v}项" for v in values], fontsize=10)
        axes.set_title(f"{name}（共{len(tasks)}项）", fontsize=11)
        axes.set_ylim(0, max(values) * 1.2)
        axes.set_yticks([])
        axes.spines[["top", "right", "left"]].set_visible(False)
        axes.tick_params(axis="x", labelsize=9)
    return _render(figure, fmt)


@_styled
def status_by_section(data: ReportData, fmt: str = "png") -> bytes:
    """Stacked horizontal bars: for each section (category), its tasks by status."""
    by_section = section_status_counts(data.key_tasks)
    figure = _figure(1.6 + 0.3 * len(by_section), label_chars=min(max(map(len, by_section), default=0), 14))
    figure.suptitle(f"{data.period_label}各板块重点工作任务研判结果", fontsize=13)
    if not by_section:
        _empty(figure, "暂无重点工作任务")
        return _render(figure, fmt)
    axes = figure.add_subplot()
    names = list(by_section)
    positions = range(len(names))
    left = [0] * len(names)
    for status in ordered_statuses(s for counts in by_section.values() for s in counts):
        values = [by_section[name][status] for name in names]
        axes.barh(positions, values, left=left, color=_colour(status), label=status_label(status))
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(list(positions), labels=[_shorten(name, 14) for name in names], fontsize=9)
    axes.invert_yaxis()
    axes.set_xlabel("任务数（项）")
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=7, fontsize=8, frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return _render(figure, fmt)


@_styled
def lagging_by_unit(data: ReportData, fmt: str = "png") -> bytes:
    """Horizontal bars: lagging key tasks per lead unit, most first."""
    by_unit = unit_status_counts(data.lagging_tasks)
    counts = sorted(
        ((unit, sum(n for s, n in c.items() if s in LAGGING_STATUSES)) for unit, c in by_unit.items()),
        key=lambda item: -item[1],
    )
    figure = _figure(
        1.3 + 0.3 * len(counts), label_chars=min(max((len(u) for u, _ in counts), default=0), 16)
    )
    figure.suptitle(f"{data.period_label}推进滞后任务的责任单位分布", fontsize=13)
    if not counts:
        _empty(figure, "本期无推进滞后的任务")
        return _render(figure, fmt)
    axes = figure.add_subplot()
    names = [unit for unit, _ in counts]
    values = [n for _, n in counts]
    bars = axes.barh(range(len(names)), values, color=_colour("lagging"))
    axes.bar_label(bars, labels=[f"{v}项" for v in values], fontsize=9)
    axes.set_yticks(range(len(names)), labels=[_shorten(name, 16) for name in names], fontsize=9)
    axes.invert_yaxis()
    axes.set_xlim(0, max(values) * 1.25)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("滞后任务数（项）")
    axes.spines[["top", "right"]].set_visible(False)
    return _render(figure, fmt)


@_styled
def movement(data: ReportData, fmt: str = "png") -> bytes:
    """Grouped bars: tasks by status last period and this period, with how many improved or slipped."""
    moves = movement_counts(data)
    figure = _figure(3.4, label_chars=2)
    previous = data.previous_period_label or "上期"
    figure.suptitle(f"研判结果变化（{previous} → {data.period_label}）", fontsize=13)
    if not moves:
        _empty(figure, "无上期研判结果可供比较")
        return _render(figure, fmt)
    statuses = ordered_statuses(s for pair in moves for s in pair)
    before = [sum(n for (b, _), n in moves.items() if b == s) for s in statuses]
    after = [sum(n for (_, a), n in moves.items() if a == s) for s in statuses]
    axes = figure.add_subplot()
    x = range(len(statuses))
    width = 0.38
    axes.bar([i - width / 2 for i in x], before, width, color="#B0BEC5", label=previous)
    axes.bar(
        [i + width / 2 for i in x],
        after,
        width,
        color="#1565C0",
        label=data.period_label,
    )
    axes.set_xticks(list(x), labels=[status_label(s) for s in statuses])
    axes.legend(frameon=False, fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    better = sum(n for (b, a), n in moves.items() if status_rank(a) < status_rank(b))
    worse = sum(n for (b, a), n in moves.items() if status_rank(a) > status_rank(b))
    same = sum(moves.values()) - better - worse
    axes.set_title(f"好转{better}项，退步{worse}项，持平{same}项", fontsize=10)
    return _render(figure, fmt)


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


@dataclass(frozen=True)
class Chart:
    """A chart's file stem, caption and drawing function."""

    name: str
    caption: str
    draw: Callable[[ReportData, str], bytes]


CHARTS: tuple[Chart, ...] = (
    Chart("status_distribution", "目标任务研判结果分布", status_distribution),
    Chart("status_by_section", "各板块重点工作任务研判结果", status_by_section),
    Chart("lagging_by_unit", "推进滞后任务的责任单位分布", lagging_by_unit),
    Chart("movement", "研判结果与上期比较", movement),
)


def charts_for(data: ReportData) -> tuple[Chart, ...]:
    """The charts worth drawing for this data (no movement chart without a previous period)."""
    return tuple(
        chart
        for chart in CHARTS
        if (chart.name != "movement" or movement_counts(data))
        and (chart.name != "lagging_by_unit" or data.lagging_tasks)
    )


def write_charts(data: ReportData, directory: Path) -> list[Path]:
    """Save every chart of `charts_for(data)` as PNG and SVG in `directory`; return the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in charts_for(data):
        for fmt in ("png", "svg"):
            path = directory / f"{chart.name}.{fmt}"
            path.write_bytes(chart.draw(data, fmt))
            written.append(path)
    return written
