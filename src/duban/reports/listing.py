"""A page's list as an .xlsx workbook: one sheet per table, the header bold and frozen, every text cell a
string (reports.cells.put), so what the office sees on screen opens in Excel or WPS as it is."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from duban.reports.cells import put

# Sheet names: at most 31 characters, none of these (Excel's rules).
_SHEET_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})
_WIDEST = 60


@dataclass(frozen=True)
class Listing:
    """One table: its title (the sheet's name), its header and its rows of cell values."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]


def listing_workbook(listings: Sequence[Listing]) -> bytes:
    """The tables as one workbook, in order."""
    book = Workbook()
    book.remove(book.active)
    for listing in listings:
        sheet = book.create_sheet(listing.title.translate(_SHEET_FORBIDDEN)[:31] or "Sheet")
        widths = [len(h) * 2 + 2 for h in listing.headers]
        for column, header in enumerate(listing.headers, start=1):
            put(sheet, 1, column, header).font = Font(bold=True)
        for row_number, row in enumerate(listing.rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = put(sheet, row_number, column, "" if value is None else value)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if column <= len(widths):
                    widths[column - 1] = max(widths[column - 1], min(_WIDEST, len(str(value or "")) * 2))
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = min(_WIDEST, width)
        sheet.freeze_panes = "A2"
    if not book.sheetnames:
        book.create_sheet("Sheet")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
