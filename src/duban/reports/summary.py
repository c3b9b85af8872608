"""The summary table (汇总表) as an Excel workbook: one row per task under merged section headings,
ready to print on A4 landscape; a second sheet counts the judgements by unit and by section."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from copy import copy
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from duban.core.status import status_label
from duban.reports.cells import put
from duban.reports.data import (
    Heading,
    ReportData,
    ReportTask,
    format_date,
    government_level,
    ordered_statuses,
    outline,
    period_name,
    section_status_counts,
    unit_status_counts,
)
from duban.reports.statuses import STATUS_COLOURS

SUMMARY_SHEET = "汇总表"
COUNTS_SHEET = "统计"
# (heading, width in characters)
COLUMNS = (
    ("序号", 6),
    ("目标任务", 44),
    ("牵头领导", 10),
    ("责任单位", 18),
    ("推进情况", 60),
    ("研判", 10),
    ("说明", 30),
)
# Shown after 推进情况 when a unit's report states them (the plan's 存在问题 / 下步打算 columns).
REPORT_COLUMNS = (("存在问题", 30), ("下步打算", 30))
HEADER_ROW = 3
# A line of 10-point text: 13.5 pt in 宋体, 14.5 pt in Noto CJK (LibreOffice on Debian), which
# cut off the last line of rows sized at 13.5 pt (checked on a PDF of the corpus 001 summary).
LINE_HEIGHT_PT = 15.0
FONT_NAME = "宋体"
# Dark fills get white text so that the label stays readable.
_DARK_FILLS = {"2E7D32", "EF5350"}

_thin = Side(style="thin", color="000000")
_BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
_BODY_FONT = Font(name=FONT_NAME, size=10)
_BOLD_FONT = Font(name=FONT_NAME, size=10, bold=True)
_HEADING_FILL = PatternFill("solid", fgColor="E7E6E6")
_SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")


class _Styler:
    """Gives cells a combination of font, alignment, border and fill.

    openpyxl hashes every style object each time one is assigned to a cell, which made styling most of
    the time spent on a 150-row table; here each combination is registered once per workbook and its
    style array copied to the cells that share it.
    """

    def __init__(self) -> None:
        self._arrays: dict[tuple[int, ...], object] = {}

    def __call__(
        self,
        cell: Cell,
        font: Font,
        alignment: Alignment | None = None,
        border: Border | None = None,
        fill: PatternFill | None = None,
    ) -> None:
        key = (id(font), id(alignment), id(border), id(fill))
        array = self._arrays.get(key)
        if array is not None:
            cell._style = copy(array)
            return
        cell.font = font
        if alignment is not None:
            cell.alignment = alignment
        if border is not None:
            cell.border = border
        if fill is not None:
            cell.fill = fill
        self._arrays[key] = copy(cell._style)


def summary_title(data: ReportData) -> str:
    """汇总表 title: 2025年区政府工作报告目标任务上半年推进情况汇总表 (corpus 000: 目标任务上半年推进情况汇总表)."""
    year = f"{data.year}年" if data.year else ""
    level = government_level(data.signer) or government_level(data.issuer)
    return f"{year}{level}政府工作报告目标任务{period_name(data.period_label)}推进情况汇总表"


def write_summary(data: ReportData, target: Path | BinaryIO) -> None:
    """Write the summary workbook for `data` to a path or a binary stream."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SUMMARY_SHEET
    _fill_summary(sheet, data)
    _fill_counts(workbook.create_sheet(COUNTS_SHEET), data)
    workbook.properties.title = summary_title(data)
    workbook.properties.creator = data.signer
    workbook.save(target if not isinstance(target, Path) else str(target))


def _note(task: ReportTask) -> str:
    parts = []
    if task.reason:
        parts.append(("人工研判：" if task.overridden else "") + task.reason)
    elif task.overridden:
        parts.append("人工研判")
    if task.note:
        parts.append(task.note)
    return "\n".join(parts)


def _units(task: ReportTask) -> str:
    lines = list(task.lead_units)
    if task.co_units:
        lines.append("配合：" + "、".join(task.co_units))
    return "\n".join(lines)


def _columns(data: ReportData) -> tuple[tuple[str, int], ...]:
    """The summary's columns: 存在问题 and 下步打算 join them when any task's report states them."""
    if not any(t.problems or t.next_steps for t in data.tasks):
        return COLUMNS
    at = next(i for i, (title, _) in enumerate(COLUMNS) if title == "推进情况") + 1
    return (*COLUMNS[:at], *REPORT_COLUMNS, *COLUMNS[at:])


def _fill_summary(sheet: Worksheet, data: ReportData) -> None:
    columns = _columns(data)
    status_column = next(i for i, (title, _) in enumerate(columns, start=1) if title == "研判")
    last = get_column_letter(len(columns))
    sheet.merge_cells(f"A1:{last}1")
    put(sheet, 1, 1, summary_title(data))
    sheet["A1"].font = Font(name=FONT_NAME, size=16, bold=True)
    sheet["A1"].alignment = _CENTRE
    sheet.row_dimensions[1].height = 30
    sheet.merge_cells(f"A2:{last}2")
    put(sheet, 2, 1, f"报送期：{data.period_label}　　研判日期：{format_date(data.as_of)}　　{data.issuer}")
    sheet["A2"].font = _BODY_FONT
    sheet["A2"].alignment = Alignment(horizontal="right")
    for index, (title, width) in enumerate(columns, start=1):
        cell = sheet.cell(HEADER_ROW, index, title)
        cell.font, cell.alignment, cell.border, cell.fill = _BOLD_FONT, _CENTRE, _BORDER, _HEADING_FILL
        sheet.column_dimensions[get_column_letter(index)].width = width
    fills = {status: PatternFill("solid", fgColor=colour) for status, colour in STATUS_COLOURS.items()}
    white = Font(name=FONT_NAME, size=10, color="FFFFFF", bold=True)
    indents = [Alignment(vertical="center", indent=level) for level in range(4)]
    style = _Styler()
    row = HEADER_ROW
    for item in outline(data.tasks):
        row += 1
        if isinstance(item, Heading):
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(columns))
            cell = put(sheet, row, 1, item.text)
            style(cell, _BOLD_FONT, indents[min(item.level, 3)], _BORDER, _SECTION_FILL)
            continue
        reported = (item.problems, item.next_steps) if len(columns) > len(COLUMNS) else ()
        values = (
            item.seq,
            item.text,
            "、".join(item.lead_leaders),
            _units(item),
            item.progress,
            *reported,
            item.display_label,
            _note(item),
        )
        for column, value in enumerate(values, start=1):
            cell = put(sheet, row, column, value)
            if column == 1:
                style(cell, _BODY_FONT, _CENTRE, _BORDER)
            elif column == status_column:
                dark = STATUS_COLOURS.get(item.status) in _DARK_FILLS
                style(cell, white if dark else _BODY_FONT, _CENTRE, _BORDER, fills.get(item.status))
            else:
                style(cell, _BODY_FONT, _WRAP, _BORDER)
        sheet.row_dimensions[row].height = _row_height(values, columns)
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{last}{row}"
    _print_setup(sheet)


def _text_lines(text: str, width: float) -> int:
    """Printed lines a wrapped cell needs; a 10-point Chinese character takes about 1.8 width units
    (Excel's unit is the width of a digit in the default 11-point font)."""
    total = 0
    for line in text.split("\n"):
        units = sum(1.85 if ord(ch) >= 0x2E80 else 0.95 for ch in line)
        total += max(1, math.ceil(units / max(width - 1, 1)))
    return total


def _row_height(values: tuple[object, ...], columns: tuple[tuple[str, int], ...]) -> float:
    """Row height in points that shows every wrapped cell whole (neither Excel nor LibreOffice
    grows rows written by openpyxl when the file opens)."""
    lines = max(
        _text_lines(str(value), width)
        for value, (_, width) in zip(values, columns, strict=True)
        if value != ""
    )
    return min(max(lines, 1) * LINE_HEIGHT_PT + 4, 409)


def _print_setup(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"


def _fill_counts(sheet: Worksheet, data: ReportData) -> None:
    statuses = ordered_statuses(t.status for t in data.tasks)
    style = _Styler()
    row = _count_table(
        sheet,
        style,
        1,
        "按牵头单位统计（一项任务有多个牵头单位的，分别计入）",
        "责任单位",
        unit_status_counts(data.tasks),
        statuses,
    )
    row = _count_table(
        sheet, style, row + 1, "按分类统计", "分类", section_status_counts(data.tasks), statuses
    )
    sheet.column_dimensions["A"].width = 34
    for index in range(2, len(statuses) + 3):
        sheet.column_dimensions[get_column_letter(index)].width = 10
    _print_setup(sheet)


def _count_table(
    sheet: Worksheet,
    style: _Styler,
    row: int,
    title: str,
    name_heading: str,
    counts: Mapping[str, Counter[str]],
    statuses: list[str],
) -> int:
    """Write a titled table of counts (one row per name, one column per status, totals); return the last row."""
    put(sheet, row, 1, title).font = Font(name=FONT_NAME, size=12, bold=True)
    row += 1
    headings = [name_heading, *(status_label(s) for s in statuses), "合计"]
    for column, heading in enumerate(headings, start=1):
        style(put(sheet, row, column, heading), _BOLD_FONT, _CENTRE, _BORDER, _HEADING_FILL)
    totals: Counter[str] = Counter()
    for name, counter in counts.items():
        row += 1
        totals.update(counter)
        values = [name, *(counter[s] for s in statuses), sum(counter.values())]
        for column, value in enumerate(values, start=1):
            style(put(sheet, row, column, value), _BODY_FONT, _WRAP if column == 1 else _CENTRE, _BORDER)
    row += 1
    for column, value in enumerate(["合计", *(totals[s] for s in statuses), sum(totals.values())], start=1):
        style(put(sheet, row, column, value), _BOLD_FONT, _CENTRE, _BORDER)
    return row
