"""Excel (.xlsx) reader: one Table per visible sheet, merged ranges filled, values as displayed.

openpyxl keeps merged ranges (only the top-left cell holds the value); each range is filled with
that value and the copies recorded in `Table.merged`. Numbers are rendered as Excel shows them
(1.0 → "1", 0.065 in a percent format → "6.5%"), formulas by their cached result.
"""

from __future__ import annotations

import bisect
import datetime as dt
import posixpath
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
from lxml import etree
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from duban.errors import DubanError
from duban.ingest.blocks import Block, Document, Paragraph, Table
from duban.ingest.readers.grid import table_from_grid
from duban.ingest.readers.limits import (
    MAX_MERGED_CELLS,
    MAX_SHEET_CELLS,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    refuse_table,
)

DECIMALS = re.compile(r"0\.(0+)")
INTEGER_FORMAT = re.compile(r"[#,]*0")


SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WORKSHEET_TYPE = "/worksheet"


def read_xlsx(path: Path) -> Document:
    check_extent(path)
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
        table = _sheet_table(sheet, index=tables + 1, source=str(path))
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


def check_extent(path: Path) -> None:
    """Refuse, from the worksheets' XML and before openpyxl builds anything, a workbook whose cells sit
    beyond the sheet bounds, that defines too many cells, or whose merged ranges cover too many
    positions (openpyxl creates an object for every position of a merged range)."""
    with zipfile.ZipFile(path) as archive:
        for name, title in _worksheet_parts(archive):
            with archive.open(name) as stream:
                _check_sheet(stream, str(path), f"工作表“{title}”")


def _worksheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(zip member, sheet name) of every worksheet the workbook lists."""
    try:
        rels = etree.fromstring(archive.read("xl/_rels/workbook.xml.rels"), _SAFE_XML)
        book = etree.fromstring(archive.read("xl/workbook.xml"), _SAFE_XML)
    except KeyError:
        return []
    targets = {
        rel.get("Id"): posixpath.normpath(posixpath.join("xl", (rel.get("Target") or "").lstrip("/")))
        if not (rel.get("Target") or "").startswith("/")
        else (rel.get("Target") or "").lstrip("/")
        for rel in rels.iter(f"{RELS_NS}Relationship")
        if (rel.get("Type") or "").endswith(WORKSHEET_TYPE)
    }
    names = set(archive.namelist())
    parts = []
    for sheet in book.iter(f"{SHEET_NS}sheet"):
        rid = next((value for key, value in sheet.attrib.items() if key.endswith("}id")), None)
        target = targets.get(rid)
        if target in names:
            parts.append((target, sheet.get("name") or target))
    return parts


_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)


def _check_sheet(stream: object, source: str, place: str) -> None:
    cells = merged = row = col = 0
    for event, element in etree.iterparse(
        stream, events=("start", "end"), tag=(f"{SHEET_NS}row", f"{SHEET_NS}c", f"{SHEET_NS}mergeCell"),
        resolve_entities=False, no_network=True,
    ):  # fmt: skip
        tag = element.tag
        if event == "start":
            if tag == f"{SHEET_NS}row":
                row = _int(element.get("r"), row + 1)
                col = 0
            continue
        if tag == f"{SHEET_NS}c":
            cells += 1
            reference = element.get("r")
            if reference:
                letters, row = coordinate_from_string(reference)
                col = column_index_from_string(letters)
            else:
                col += 1
            has_value = len(element) > 0
            element.clear()
            if cells > MAX_SHEET_CELLS:
                raise DubanError(
                    f"{source}：{place}定义了超过 {MAX_SHEET_CELLS:,} 个单元格，超过上限，已拒绝读取"
                )
            if has_value and (row > MAX_SHEET_ROWS or col > MAX_SHEET_COLUMNS):
                raise DubanError(
                    f"{source}：{place}在第{row:,}行第{col:,}列有内容，超出读取范围"
                    f"（最多 {MAX_SHEET_ROWS:,} 行、{MAX_SHEET_COLUMNS:,} 列），已拒绝读取"
                )
        elif tag == f"{SHEET_NS}mergeCell":
            min_col, min_row, max_col, max_row = range_boundaries(element.get("ref") or "")
            merged += (max_row - min_row + 1) * (max_col - min_col + 1)
            element.clear()
            if merged > MAX_MERGED_CELLS:
                raise DubanError(
                    f"{source}：{place}的合并单元格共覆盖超过 {MAX_MERGED_CELLS:,} 个格子"
                    f"（如 {element.get('ref')}），超过上限，已拒绝读取"
                )
        elif tag == f"{SHEET_NS}row":
            element.clear()


def _int(value: str | None, default: int) -> int:
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 9:
        return default
    return int(value)


def _sheet_table(sheet: object, index: int, source: str) -> Table | None:
    # Worksheet._cells holds only the cells the file defines; iterating rows up to max_row would
    # create every blank cell of a sheet formatted down to row 1,048,576.
    values: dict[tuple[int, int], str] = {}
    for (row, col), cell in sheet._cells.items():  # type: ignore[attr-defined]
        text = display_value(cell.value, cell.number_format)
        if text.strip():
            values[(row, col)] = text
    if not values:
        return None
    # The grid holds only the rows and columns with a value: the empty ones would be dropped anyway,
    # and a sparse sheet must not cost its whole extent.
    rows = sorted({row for row, _ in values})
    cols = sorted({col for _, col in values})
    place = f"工作表“{sheet.title}”"  # type: ignore[attr-defined]
    refuse_table(source, place, rows=len(rows), columns=len(cols), cells=len(rows) * len(cols))
    row_at = {row: r for r, row in enumerate(rows)}
    col_at = {col: c for c, col in enumerate(cols)}
    grid = [[""] * len(cols) for _ in rows]
    for (row, col), text in values.items():
        grid[row_at[row]][col_at[col]] = text
    copies: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:  # type: ignore[attr-defined]
        text = values.get((merged.min_row, merged.min_col), "")
        if not text:
            continue
        top = row_at.get(merged.min_row)
        left = col_at.get(merged.min_col)
        for r in range(bisect.bisect_left(rows, merged.min_row), bisect.bisect_right(rows, merged.max_row)):
            for c in range(
                bisect.bisect_left(cols, merged.min_col), bisect.bisect_right(cols, merged.max_col)
            ):
                if (r, c) != (top, left):
                    grid[r][c] = text
                    copies.add((r, c))
    return table_from_grid(grid, copies, index=index, source=source, sheet=sheet.title)  # type: ignore[attr-defined]


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
