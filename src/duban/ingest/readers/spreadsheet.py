"""Excel (.xlsx) reader: one Table per visible sheet, merged ranges filled, values as displayed.

openpyxl keeps merged ranges (only the top-left cell holds the value); each range is filled with
that value and the copies recorded in `Table.merged`. Numbers are rendered as Excel shows them
(1.0 → "1", 0.065 in a percent format → "6.5%"), formulas by their cached result.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from duban.errors import DubanError
from duban.ingest.blocks import Block, Document, Paragraph, Table
from duban.ingest.readers.grid import table_from_grid

DECIMALS = re.compile(r"0\.(0+)")
INTEGER_FORMAT = re.compile(r"[#,]*0")


def read_xlsx(path: Path) -> Document:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise DubanError(f"{path}：Excel 文件已损坏或格式不正确，无法打开（{exc}）") from exc
    blocks: list[Block] = []
    notes: list[str] = []
    tables = 0
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            notes.append(f"已跳过隐藏的工作表“{sheet.title}”")
            continue
        table = _sheet_table(sheet, index=tables + 1)
        if table is not None:
            titles, table = _split_titles(table)
            blocks.extend(titles)
            if table is not None:
                tables += 1
                blocks.append(table)
    workbook.close()
    return Document(source=str(path), format="xlsx", blocks=tuple(blocks), warnings=tuple(notes))


def _split_titles(table: Table) -> tuple[list[Paragraph], Table | None]:
    """Rows above the table holding one text only (a title, a part heading, often merged across the
    sheet) become Paragraphs, as they would be in the Word version of the same plan."""
    titles: list[Paragraph] = []
    for number, row in enumerate(table.rows):
        if len(table.rows[0]) < 2 or len({text for text in row if text}) != 1:
            break
        titles.append(Paragraph(text=next(text for text in row if text), line=number + 1))
    if not titles:
        return [], table
    rest = table.rows[len(titles) :]
    merged = frozenset((r - len(titles), c) for r, c in table.merged if r >= len(titles))
    body = Table(rows=rest, index=table.index, sheet=table.sheet, merged=merged) if rest else None
    return titles, body


def _sheet_table(sheet: object, index: int) -> Table | None:
    # Worksheet._cells holds only the cells the file defines; iterating rows up to max_row would
    # create every blank cell of a sheet formatted down to row 1,048,576.
    values: dict[tuple[int, int], str] = {}
    for (row, col), cell in sheet._cells.items():  # type: ignore[attr-defined]
        text = display_value(cell.value, cell.number_format)
        if text.strip():
            values[(row, col)] = text
    if not values:
        return None
    last_row = max(row for row, _ in values)
    last_col = max(col for _, col in values)
    grid = [[values.get((r, c), "") for c in range(1, last_col + 1)] for r in range(1, last_row + 1)]
    copies: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:  # type: ignore[attr-defined]
        text = values.get((merged.min_row, merged.min_col), "")
        for r in range(merged.min_row, min(merged.max_row, last_row) + 1):
            for c in range(merged.min_col, min(merged.max_col, last_col) + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    grid[r - 1][c - 1] = text
                    copies.add((r - 1, c - 1))
    return table_from_grid(grid, copies, index=index, sheet=sheet.title)  # type: ignore[attr-defined]


def display_value(value: object, number_format: str = "General") -> str:
    """A cell value as Excel displays it, for the number formats plans use."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if "年" in number_format:
            return f"{value.year}年{value.month}月{value.day}日"
        return value.isoformat()
    if isinstance(value, dt.datetime | dt.time):
        return value.isoformat(sep=" ", timespec="minutes") if isinstance(value, dt.datetime) else str(value)
    if isinstance(value, int | float):
        return _number(value, number_format or "General")
    return str(value)


def _number(value: float, number_format: str) -> str:
    section = number_format.split(";")[0]
    decimals_match = DECIMALS.search(section)
    decimals = len(decimals_match.group(1)) if decimals_match else None
    if "%" in section:
        return f"{value * 100:.{decimals or 0}f}%"
    if decimals is None and INTEGER_FORMAT.fullmatch(section.strip()):
        decimals = 0
    if decimals is not None:
        return f"{value:,.{decimals}f}" if "," in section else f"{value:.{decimals}f}"
    if float(value).is_integer():
        return str(int(value))
    return format(value, ".15g")
