"""Cells of the spreadsheets and CSV files duban writes: text from users stays text, never a formula.

A reporter's progress text, a task text or a unit name from an imported plan starting with =, +, -, @
(or a tab or carriage return before one) is run as a formula by Excel, WPS and LibreOffice when it lands
in a cell as such: =HYPERLINK("http://…","点击") becomes a live link in the office's download (OWASP:
CSV injection). In .xlsx the cell is written with the string type, its text unchanged; in CSV, which has
no types, such a value is prefixed with an apostrophe, as the spreadsheet programs themselves do.
"""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.worksheet.worksheet import Worksheet

# First characters a spreadsheet program reads as the start of a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write `value` to a cell; a string is stored as a string (without the control characters a
    worksheet cannot hold), whatever it starts with."""
    if not isinstance(value, str):
        return sheet.cell(row, column, value)
    cell = sheet.cell(row, column, ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell


def csv_value(value: object) -> object:
    """A CSV field that a spreadsheet program opens as the text it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
