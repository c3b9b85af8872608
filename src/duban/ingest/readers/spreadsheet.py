"""Excel (.xlsx) reader: one Table per visible sheet, merged ranges filled, values as displayed.

Merged ranges are kept (only the top-left cell holds the value); each range is filled with that
value and the copies recorded in `Table.merged`. Numbers are rendered as Excel shows them
(1.0 → "1", 0.065 in a percent format → "6.5%"), formulas by their cached result.

openpyxl opens the workbook (sheets, styles, number formats, shared strings) in read-only mode;
each worksheet is read here in one streaming pass, with the parser openpyxl uses, which checks the
bounds (see `limits`) and keeps the cells as written and the merged ranges; their values are then
worked out by openpyxl's own rules, as its full load would (same types, dates, number formats,
sheet titles, errors). Building openpyxl's objects for every cell and every shared string was most
of the time and memory of reading a large sheet.
"""

from __future__ import annotations

import bisect
import datetime as dt
import posixpath
import re
import warnings
import zipfile
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from xml.etree.ElementTree import ParseError

import openpyxl
from lxml import etree
from openpyxl.cell.text import Text
from openpyxl.chartsheet import Chartsheet
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.cell import (
    column_index_from_string,
    coordinate_from_string,
    coordinate_to_tuple,
    range_boundaries,
)
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._reader import _cast_number
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.constants import SHARED_STRINGS
from openpyxl.xml.functions import iterparse

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
ROW, CELL, MERGE, MERGES = (f"{SHEET_NS}{tag}" for tag in ("row", "c", "mergeCell", "mergeCells"))
VALUE, INLINE, TEXT = (f"{SHEET_NS}{tag}" for tag in ("v", "is", "t"))
# What openpyxl's load wraps a ValueError into (the readers' message quotes it).
LOAD_ERROR = (
    "Unable to read workbook: could not read worksheets from {}.\n"
    "This is most probably because the workbook source files contain some invalid XML.\n"
    "Please see the exception for more details."
)
T = TypeVar("T")
OPEN_ERRORS = (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError)


def read_xlsx(path: Path) -> Document:
    source = str(path)
    # Every worksheet is read (and held to the bounds) before openpyxl opens the workbook.
    with zipfile.ZipFile(path) as archive:
        sheets = {
            member: _scan_sheet(archive, member, source, f"工作表“{title}”")
            for member, title in _worksheet_parts(archive)
        }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _Reader(path, read_only=True, keep_vba=False, data_only=True, keep_links=True)
            reader.read()
            workbook = reader.wb
    except OPEN_ERRORS as exc:
        raise DubanError(f"{path}：Excel 文件已损坏或格式不正确，无法打开（{exc}）") from exc
    try:
        return _read_sheets(path, workbook, reader.shared_strings, sheets)
    finally:
        workbook.close()


def _read_sheets(
    path: Path, workbook: openpyxl.Workbook, strings: list[str], sheets: dict[str, _SheetCells]
) -> Document:
    source = str(path)
    blocks: list[Block] = []
    notes: list[str] = []
    tables = 0
    titles = _as_loaded(path, _titles, workbook)
    loaded = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for sheet in workbook.worksheets:
            member = sheet._worksheet_path.lstrip("/")  # type: ignore[attr-defined]
            cells = sheets.get(member)
            if cells is None:
                cells = _scan_sheet(workbook._archive, member, source, f"工作表“{titles[id(sheet)]}”")  # type: ignore[attr-defined]
            loaded.append((sheet, _as_loaded(path, _sheet_values, workbook, strings, cells)))
    for sheet, (values, merged) in loaded:
        title = titles[id(sheet)]
        if sheet.sheet_state != "visible":
            notes.append(f"已跳过隐藏的工作表“{title}”")
            continue
        table = _sheet_table(workbook, title, values, merged, index=tables + 1, source=source)
        if table is not None:
            titles_found, table = _split_titles(table)
            blocks.extend(titles_found)
            if table is not None:
                tables += 1
                blocks.append(table)
    return Document(source=source, format="xlsx", blocks=tuple(blocks), warnings=tuple(notes))


def _as_loaded(path: Path, work: Callable[..., T], *args: object) -> T:
    """Run `work` (a part of what openpyxl's full load does), failing as that load fails."""
    try:
        try:
            return work(*args)
        except ValueError as exc:
            raise ValueError(LOAD_ERROR.format(path)) from exc
    except OPEN_ERRORS as exc:
        raise DubanError(f"{path}：Excel 文件已损坏或格式不正确，无法打开（{exc}）") from exc


def _titles(workbook: openpyxl.Workbook) -> dict[int, str]:
    """The sheet titles a full load gives (checked, and made unique as openpyxl makes them)."""
    named = openpyxl.Workbook()
    named._sheets = []
    titles: dict[int, str] = {}
    for sheet in workbook._sheets:
        if isinstance(sheet, Chartsheet):
            named._sheets.append(sheet)
            continue
        created = Worksheet(parent=named, title=sheet.title)
        named._sheets.append(created)
        titles[id(sheet)] = created.title
    return titles


class _Reader(ExcelReader):
    """openpyxl's workbook reader with a faster shared-string table (same strings)."""

    def read_strings(self) -> None:
        content_type = self.package.find(SHARED_STRINGS)
        if content_type is not None:
            with self.archive.open(content_type.PartName[1:]) as stream:
                self.shared_strings = _shared_strings(stream)


def _shared_strings(stream: object) -> list[str]:
    """openpyxl's `read_string_table`, without building a Text object for plain strings."""
    strings = []
    tag = f"{SHEET_NS}si"
    for _, node in iterparse(stream):
        if node.tag == tag:
            strings.append(_text_content(node).replace("x005F_", ""))
            node.clear()
    return strings


def _text_content(node: object) -> str:
    """openpyxl's `Text.from_tree(node).content` for a string item (<si>, <is>)."""
    plain = _plain_text(node)
    return Text.from_tree(node).content if plain is None else plain


def _plain_text(node: object) -> str | None:
    """The text of a string item without runs or attributes (<t> children only: the last one
    counts, as in openpyxl), or None for the others."""
    if node.attrib:  # type: ignore[attr-defined]
        return None
    text = None
    for child in node:  # type: ignore[attr-defined]
        if child.tag != TEXT:
            return None
        text = child.text
    return text or ""


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


class _SheetCells:
    """What one pass over a worksheet's XML keeps: its rows as written (the row's r attribute and
    each child's t, r, s attributes, <v> text and <is> string) and its merged ranges."""

    __slots__ = ("merged", "rows")

    def __init__(self) -> None:
        self.rows: deque[tuple[str | None, list[tuple]]] = deque()
        self.merged: list[str] = []


def _scan_sheet(archive: zipfile.ZipFile, member: str, source: str, place: str) -> _SheetCells:
    """Read a worksheet's cells and merged ranges, refusing (before anything is built from them) a
    sheet whose cells sit beyond the sheet bounds, that defines too many cells, or whose merged
    ranges cover too many positions (openpyxl creates an object for every position of a merged range).

    The XML is read as openpyxl reads it (the standard library's parser), a row at a time; a
    sheet it cannot parse, or with cells outside rows, gets the stricter checks of `_check_sheet`.
    """
    found = _SheetCells()
    cells = merged = row = col = 0
    seen = 0
    odd = False
    try:
        with archive.open(member) as stream:
            for _, element in iterparse(stream):
                tag = element.tag
                if tag == CELL:
                    seen += 1
                elif tag == ROW:
                    row = _int(element.get("r"), row + 1)
                    col = 0
                    kept = []
                    for child in element:
                        position = None
                        if child.tag == CELL:
                            cells += 1
                            reference = child.get("r")
                            if reference:
                                letters, row = coordinate_from_string(reference)
                                col = column_index_from_string(letters)
                                if "$" not in reference:
                                    position = (row, col)
                            else:
                                col += 1
                            if cells > MAX_SHEET_CELLS:
                                raise DubanError(
                                    f"{source}：{place}定义了超过 {MAX_SHEET_CELLS:,} 个单元格，超过上限，已拒绝读取"
                                )
                            if len(child) > 0 and (row > MAX_SHEET_ROWS or col > MAX_SHEET_COLUMNS):
                                raise DubanError(
                                    f"{source}：{place}在第{row:,}行第{col:,}列有内容，超出读取范围"
                                    f"（最多 {MAX_SHEET_ROWS:,} 行、{MAX_SHEET_COLUMNS:,} 列），已拒绝读取"
                                )
                        elif child.tag == ROW:
                            odd = True
                        # openpyxl reads every child of a row as a cell.
                        kept.append(_raw_cell(child, position))
                    found.rows.append((element.get("r"), kept))
                    element.clear()
                elif tag == MERGE:
                    reference = element.get("ref")
                    min_col, min_row, max_col, max_row = range_boundaries(reference or "")
                    merged += (max_row - min_row + 1) * (max_col - min_col + 1)
                    if merged > MAX_MERGED_CELLS:
                        raise DubanError(
                            f"{source}：{place}的合并单元格共覆盖超过 {MAX_MERGED_CELLS:,} 个格子"
                            "（如 None），超过上限，已拒绝读取"  # as it always read: the range is not named
                        )
                elif tag == MERGES:
                    # openpyxl keeps the merged ranges of the last <mergeCells>.
                    found.merged = [child.get("ref") for child in element if child.tag == MERGE]
                    element.clear()
    except ParseError:
        with archive.open(member) as stream:
            _check_sheet(stream, source, place)
        raise
    if odd or seen != cells:
        with archive.open(member) as stream:
            _check_sheet(stream, source, place)
    return found


def _check_sheet(stream: object, source: str, place: str) -> None:
    """The bounds checks on a sheet that is not a plain grid of rows of cells (or that the
    standard library cannot parse), with libxml2: every <c> anywhere counts."""
    cells = merged = row = col = 0
    for event, element in etree.iterparse(
        stream, events=("start", "end"), tag=(ROW, CELL, MERGE), resolve_entities=False, no_network=True
    ):
        tag = element.tag
        if event == "start":
            if tag == ROW:
                row = _int(element.get("r"), row + 1)
                col = 0
            continue
        if tag == CELL:
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
        elif tag == MERGE:
            min_col, min_row, max_col, max_row = range_boundaries(element.get("ref") or "")
            merged += (max_row - min_row + 1) * (max_col - min_col + 1)
            element.clear()
            if merged > MAX_MERGED_CELLS:
                raise DubanError(
                    f"{source}：{place}的合并单元格共覆盖超过 {MAX_MERGED_CELLS:,} 个格子"
                    f"（如 {element.get('ref')}），超过上限，已拒绝读取"
                )
        elif tag == ROW:
            element.clear()


def _raw_cell(element: object, position: tuple[int, int] | None) -> tuple:
    """(t, r, s, <v> text, <is> text or element) of one child of a row, taken as it is written;
    r is the (row, column) it names when already worked out. The attribute values repeated from
    cell to cell are kept once (a large sheet holds hundreds of thousands of cells here)."""
    get = element.get  # type: ignore[attr-defined]
    data_type = _shared(get("t", "n"))
    coordinate = position or get("r")
    style = _shared(get("s", 0))
    if data_type != "inlineStr":
        return data_type, coordinate, style, element.findtext(VALUE) or None, None  # type: ignore[attr-defined]
    inline = element.find(INLINE)  # type: ignore[attr-defined]
    if inline is not None:
        plain = _plain_text(inline)
        inline = inline if plain is None else plain  # the element itself is worked out later
    return data_type, coordinate, style, None, inline


_SHARED: dict[object, object] = {}


def _shared(value: object) -> object:
    """One object for each attribute value (t="s", s="3", ...) however many cells repeat it."""
    if len(_SHARED) > 10_000:
        _SHARED.clear()
    return _SHARED.setdefault(value, value)


def _int(value: str | None, default: int) -> int:
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 9:
        return default
    return int(value)


def _sheet_values(
    workbook: openpyxl.Workbook, shared: list[str], found: _SheetCells
) -> tuple[dict[tuple[int, int], tuple[object, int | None]], set[CellRange]]:
    """The cells a full openpyxl load would hold for the sheet, (row, column) → (value, style id),
    and its merged ranges, by openpyxl's own rules (WorkSheetParser.parse_row/parse_cell with
    data_only, bind_cells, bind_merged_cells: a merged range's positions but the top-left one
    hold no value)."""
    epoch = workbook.epoch
    date_formats = workbook._date_formats
    timedelta_formats = workbook._timedelta_formats
    styles = workbook._cell_styles
    cells: dict[tuple[int, int], tuple[object, int | None]] = {}
    row_counter = 0
    while found.rows:
        row_number, row = found.rows.popleft()  # the cells as written go as their values come
        if row_number is not None:
            try:
                row_counter = int(row_number)
            except ValueError:
                number = float(row_number)
                if not number.is_integer():
                    raise ValueError(f"{row_number} is not a valid row number") from None
                row_counter = int(number)
        else:
            row_counter += 1
        col_counter = 0
        parsed = []
        for data_type, coordinate, style_id, value, inline in row:
            if style_id:
                style_id = int(style_id)
            if coordinate:
                r, c = coordinate if type(coordinate) is tuple else coordinate_to_tuple(coordinate)
                col_counter = c
            else:
                col_counter += 1
                r, c = row_counter, col_counter
            if value is not None:
                if data_type == "n":
                    value = _cast_number(value)
                    if style_id in date_formats:
                        try:
                            value = from_excel(value, epoch, timedelta=style_id in timedelta_formats)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif data_type == "s":
                    value = shared[int(value)]
                elif data_type == "b":
                    value = bool(int(value))
                elif data_type == "d":
                    value = from_ISO8601(value)
            elif inline is not None:
                value = inline if isinstance(inline, str) else _text_content(inline)
            parsed.append((r, c, value, style_id))
        for r, c, value, style_id in parsed:
            styles[style_id]  # bind_cells looks the style up: a bad style id fails the load
            cells[(r, c)] = (value, style_id)
    ranges = []
    for reference in found.merged:
        merged = CellRange(reference)
        ranges.append(merged)
        top_left = (merged.min_row, merged.min_col)
        for position in merged.cells:
            if position != top_left:
                cells[position] = (None, None)  # openpyxl's MergedCell: no value, no style
    # Iterated in the order of openpyxl's `ws.merged_cells.ranges` (it matters where ranges overlap).
    return cells, MultiCellRange(ranges).ranges


def _sheet_table(
    workbook: openpyxl.Workbook,
    title: str,
    cells: dict[tuple[int, int], tuple[object, int | None]],
    merged_ranges: set[CellRange],
    index: int,
    source: str,
) -> Table | None:
    formats: dict[int | None, str] = {None: "General"}
    values: dict[tuple[int, int], str] = {}
    for position, (value, style_id) in cells.items():
        number_format = formats.get(style_id)
        if number_format is None:
            number_format = formats[style_id] = _number_format(workbook, style_id)
        text = value if type(value) is str else display_value(value, number_format)
        if text.strip():
            values[position] = text
    if not values:
        return None
    # The grid holds only the rows and columns with a value: the empty ones would be dropped anyway,
    # and a sparse sheet must not cost its whole extent.
    rows = sorted({row for row, _ in values})
    cols = sorted({col for _, col in values})
    place = f"工作表“{title}”"
    refuse_table(source, place, rows=len(rows), columns=len(cols), cells=len(rows) * len(cols))
    row_at = {row: r for r, row in enumerate(rows)}
    col_at = {col: c for c, col in enumerate(cols)}
    grid = [[""] * len(cols) for _ in rows]
    for (row, col), text in values.items():
        grid[row_at[row]][col_at[col]] = text
    copies: set[tuple[int, int]] = set()
    for merged in merged_ranges:
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
    return table_from_grid(grid, copies, index=index, source=source, sheet=title)


def _number_format(workbook: openpyxl.Workbook, style_id: int) -> str:
    """openpyxl's `cell.number_format` for a cell of style `style_id`."""
    number_format_id = workbook._cell_styles[style_id].numFmtId
    if number_format_id < BUILTIN_FORMATS_MAX_SIZE:
        return BUILTIN_FORMATS.get(number_format_id, "General")
    return workbook._number_formats[number_format_id - BUILTIN_FORMATS_MAX_SIZE]


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
