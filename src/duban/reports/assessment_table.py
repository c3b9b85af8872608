"""The assessment table (考核表) as an Excel workbook: one row per unit with one column per item of the
scheme and the total; the breakdown on a second sheet (every point with its task, period and evidence);
the scheme in words on a third."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from duban.core.assessment import ROLES, Assessment, describe

TABLE_SHEET = "考核表"
BREAKDOWN_SHEET = "得分明细"
METHOD_SHEET = "考核办法"
HEADER_ROW = 3
BREAKDOWN_COLUMNS = (
    ("单位", 20),
    ("考核项目", 18),
    ("角色", 10),
    ("任务编号", 10),
    ("目标任务", 40),
    ("报送期", 10),
    ("分值", 8),
    ("依据", 60),
)

_thin = Side(style="thin", color="000000")
_BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
_FONT = Font(name="宋体", size=10)
_BOLD = Font(name="宋体", size=10, bold=True)
_TITLE = Font(name="宋体", size=14, bold=True)
_FILL = PatternFill("solid", fgColor="E7E6E6")


def _text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def title_of(assessment: Assessment) -> str:
    year = f"{assessment.year}年" if assessment.year else ""
    through = assessment.through.label if assessment.through else "—"
    state = "" if assessment.final else "（阶段性）"
    return f"{assessment.issuer}{year}政府工作报告目标任务考核表（截至{through}）{state}"


def table_headings(assessment: Assessment) -> list[str]:
    return [
        "排名",
        "单位",
        "牵头任务",
        "配合任务",
        "基础分",
        *(n for _, n in assessment.columns),
        "总分",
        "处理意见",
    ]


def write_assessment_table(assessment: Assessment, target: Path | BinaryIO) -> None:
    """Write the workbook to a path or a binary stream."""
    book = Workbook()
    sheet = book.active
    sheet.title = TABLE_SHEET
    _table(sheet, assessment)
    _breakdown(book.create_sheet(BREAKDOWN_SHEET), assessment)
    _method(book.create_sheet(METHOD_SHEET), assessment)
    book.save(target if not isinstance(target, Path) else str(target))


def _heading_row(sheet: Worksheet, row: int, titles: list[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font, cell.alignment, cell.border, cell.fill = _BOLD, _CENTRE, _BORDER, _FILL


def _table(sheet: Worksheet, assessment: Assessment) -> None:
    headings = table_headings(assessment)
    sheet.cell(row=1, column=1, value=_text(title_of(assessment))).font = _TITLE
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headings))
    sheet.cell(row=1, column=1).alignment = _CENTRE
    sheet.row_dimensions[1].height = 30
    sheet.cell(
        row=2, column=1, value=_text(f"考核办法：{assessment.scheme.name}（计分明细见“{BREAKDOWN_SHEET}”）")
    )
    sheet.cell(row=2, column=1).font = _FONT
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headings))
    _heading_row(sheet, HEADER_ROW, headings)
    for offset, unit in enumerate(assessment.units, start=1):
        values = [
            unit.rank,
            unit.unit,
            unit.lead_tasks,
            unit.co_tasks,
            unit.base,
            *(unit.items.get(key, 0) for key, _ in assessment.columns),
            unit.total,
            "、".join(unit.flags),
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(
                row=HEADER_ROW + offset,
                column=column,
                value=_text(value) if isinstance(value, str) else value,
            )
            cell.font, cell.border = _FONT, _BORDER
            cell.alignment = _WRAP if column in (2, len(values)) else _CENTRE
            if isinstance(value, float):
                cell.number_format = "0.##"
    widths = [6, 22, 8, 8, 8, *(12 for _ in assessment.columns), 9, 18]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _breakdown(sheet: Worksheet, assessment: Assessment) -> None:
    _heading_row(sheet, 1, [title for title, _ in BREAKDOWN_COLUMNS])
    row = 2
    for unit in assessment.units:
        for entry in unit.entries:
            values = (
                unit.unit,
                entry.item_name,
                ROLES.get(entry.role or "", ""),
                entry.task_ref,
                assessment.task_texts.get(entry.task_id, "") if entry.task_id else "",
                entry.period_label,
                entry.points,
                entry.evidence,
            )
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(
                    row=row, column=column, value=_text(value) if isinstance(value, str) else value
                )
                cell.font, cell.border, cell.alignment = _FONT, _BORDER, _WRAP
            row += 1
    for column, (_, width) in enumerate(BREAKDOWN_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(BREAKDOWN_COLUMNS))}{max(row - 1, 1)}"


def _method(sheet: Worksheet, assessment: Assessment) -> None:
    sheet.column_dimensions["A"].width = 120
    lines = describe(assessment.scheme)
    if assessment.scheme.source:
        lines.append(f"参照：{assessment.scheme.source}")
    lines.append(f"考核期：{'、'.join(p.label for p in assessment.periods) or '（尚无报送期）'}")
    for row, line in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=_text(line))
        cell.font, cell.alignment = _FONT, _WRAP
