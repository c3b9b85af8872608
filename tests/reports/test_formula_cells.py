"""Text from users lands in the summary workbook as text: no cell of any sheet is a formula."""

import io
import re
import zipfile

import openpyxl
import pytest
from report_builders import make_data, make_task

from duban.reports.cells import csv_value
from duban.reports.summary import COUNTS_SHEET, SUMMARY_SHEET, write_summary

# What a reporter or an imported plan can put in a cell, each read by Excel as a formula.
HOSTILE = (
    '=HYPERLINK("http://example.invalid/","点击")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
)


def _workbook_bytes(data) -> bytes:
    buffer = io.BytesIO()
    write_summary(data, buffer)
    return buffer.getvalue()


def _formula_cells(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        return sum(len(re.findall(rb"<f[ >]", archive.read(name))) for name in sheets)


@pytest.fixture(scope="module")
def hostile_workbook() -> bytes:
    tasks = [
        make_task(
            str(number),
            text=value,
            section=(value,),
            lead_leaders=(value,),
            lead_units=(value,),
            co_units=(value,),
            progress=value,
            problems=value,
            next_steps=value,
            reason=value,
            note=value,
        )
        for number, value in enumerate(HOSTILE, start=1)
    ]
    return _workbook_bytes(make_data(tasks, issuer="=1+1"))


def test_no_cell_of_the_summary_workbook_is_a_formula(hostile_workbook):
    assert _formula_cells(hostile_workbook) == 0


def test_user_text_is_kept_exactly_as_a_string(hostile_workbook):
    workbook = openpyxl.load_workbook(io.BytesIO(hostile_workbook))
    texts = {
        cell.value
        for name in (SUMMARY_SHEET, COUNTS_SHEET)
        for row in workbook[name].iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    # The tab and carriage return are kept in the cell (openpyxl reads \r back as \n on some versions).
    for value in HOSTILE[:4]:
        assert value in texts
    assert {cell.data_type for row in workbook[SUMMARY_SHEET].iter_rows() for cell in row} <= {"s", "n"}


def test_formula_check_finds_a_formula_written_as_such():
    # The counter above would see a real formula: guard against a check that cannot fail.
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "=1+1"
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert _formula_cells(buffer.getvalue()) == 1


@pytest.mark.parametrize("value", HOSTILE)
def test_csv_field_starting_like_a_formula_is_prefixed_with_an_apostrophe(value):
    assert csv_value(value) == "'" + value


@pytest.mark.parametrize("value", ["区发展改革委", "1-6月完成投资150亿元", 3, "", "2025-06-30 18:00"])
def test_csv_field_of_ordinary_text_or_numbers_is_unchanged(value):
    assert csv_value(value) == value
