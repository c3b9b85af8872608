"""Tiny files that declare huge dimensions are refused quickly, in little memory, naming the limit.

Each crafted file is parsed by `duban parse` in a child process that may use at most 2 GB of
address space and 60 s (a regression fails instead of taking the machine down); the child reports
its peak memory, which must stay under 200 MB.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import PLAN_ROWS, build_docx, build_html, build_pdf, build_xlsx, plan_table

from duban.errors import DubanError
from duban.ingest.readers import read_document
from duban.ingest.readers.limits import MAX_SPAN, MAX_TABLE_COLUMNS

# Before the readers bounded what files declare, these files took over 4 GB (or MemoryError); a parse
# of a normal plan peaks near 25 MB.
PEAK_MB = 300
PARSE_AND_MEASURE = (
    "import resource, sys\n"
    "from duban.cli import main\n"
    "code = main(['parse', sys.argv[1]])\n"
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def parse_in_child(path: Path) -> tuple[int, str, int]:
    """(exit code, stderr, peak resident memory in MB) of `duban parse path`."""
    done = subprocess.run(
        [sys.executable, "-c", PARSE_AND_MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    peak = re.search(r"PEAK_KB (\d+)", done.stderr)
    assert peak, done.stderr
    return done.returncode, done.stderr, int(peak.group(1)) // 1024


def rewrite_member(path: Path, member: str, change) -> Path:
    """Rewrite one zip member of an office file in place with `change(xml text) -> xml text`."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def assert_refused_quickly(path: Path, *words: str) -> str:
    code, stderr, peak = parse_in_child(path)
    assert code == 2, stderr
    assert "Traceback" not in stderr
    assert str(path) in stderr
    for word in words:
        assert word in stderr, stderr
    assert peak < PEAK_MB, f"peak {peak} MB"
    return stderr


def test_xlsx_with_a_value_in_the_last_cell_of_the_sheet_is_refused(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "分解表"
    workbook.active["XFD1048576"] = "x"
    path = tmp_path / "plan.xlsx"
    workbook.save(path)
    assert path.stat().st_size < 10_000
    message = assert_refused_quickly(path, "第1,048,576行第16,384列", "100,000 行")
    assert "1,000 列" in message


def test_xlsx_merging_the_whole_sheet_is_refused(tmp_path):
    path = build_xlsx(tmp_path / "plan.xlsx", [plan_table(PLAN_ROWS[:2])])
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(
            r"<mergeCells.*?</mergeCells>|(?=<pageMargins)",
            '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
            xml,
            count=1,
        ),
    )
    assert_refused_quickly(path, "合并单元格", "1,000,000")


def test_sparse_sheet_is_read_without_its_whole_extent(tmp_path):
    # Values far apart inside the bounds: the grid holds only the rows and columns that have one.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for number, row in enumerate(PLAN_ROWS[:3], start=1):
        sheet.cell(number * 30_000, 1, row[1])
        sheet.cell(number * 30_000, 900, row[2])
    path = tmp_path / "sparse.xlsx"
    workbook.save(path)
    table = read_document(path).blocks[-1]
    assert table.rows == tuple((row[1], row[2]) for row in PLAN_ROWS[:3])


@pytest.mark.parametrize(
    ("property_xml", "where", "what"),
    [
        ('<w:tcPr><w:gridSpan w:val="50000000"/></w:tcPr>', "tc", "跨列数"),
        ('<w:trPr><w:gridBefore w:val="50000000"/></w:trPr>', "tr", "前置空列数"),
    ],
)
def test_docx_cell_spanning_fifty_million_columns_is_refused(tmp_path, property_xml, where, what):
    path = build_docx(tmp_path / "plan.docx", [plan_table(PLAN_ROWS[:2])])
    rewrite_member(
        path,
        "word/document.xml",
        lambda xml: re.sub(rf"(<w:{where}\b[^>]*>)", rf"\1{property_xml}", xml, count=1),
    )
    assert_refused_quickly(path, what, "50,000,000", f"{MAX_SPAN:,}")


def test_docx_row_of_many_spans_wider_than_the_bound_is_refused(tmp_path):
    path = build_docx(tmp_path / "plan.docx", [plan_table(PLAN_ROWS[:2])])
    rewrite_member(
        path,
        "word/document.xml",
        lambda xml: re.sub(r"(<w:tc\b[^>]*>)", r'\1<w:tcPr><w:gridSpan w:val="900"/></w:tcPr>', xml),
    )
    with pytest.raises(DubanError) as refused:
        read_document(path)
    assert f"超过上限 {MAX_TABLE_COLUMNS:,} 列" in refused.value.message


def test_html_table_laying_out_to_millions_of_cells_is_refused(tmp_path):
    row = "<tr>" + '<td colspan="1000">x</td>' * 200 + "</tr>"
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><p>标题</p><table>{row * 200}</table></body></html>", encoding="utf-8")
    assert_refused_quickly(path, "第1个表格", "上限")


def test_html_span_written_with_thousands_of_digits_counts_as_the_largest_span(tmp_path):
    # int() refuses strings of over 4,300 digits: the span is read as MAX_SPAN, then the row is too wide.
    path = build_html(tmp_path / "page.html", [plan_table(PLAN_ROWS[:2])])
    path.write_text(
        path.read_text(encoding="utf-8").replace("<td", '<td colspan="' + "9" * 5000 + '"', 1),
        encoding="utf-8",
    )
    with pytest.raises(DubanError) as refused:
        read_document(path)
    assert f"超过上限 {MAX_TABLE_COLUMNS:,} 列" in refused.value.message


def test_text_beyond_the_character_bound_is_refused(tmp_path, monkeypatch):
    from duban.ingest.readers import limits

    monkeypatch.setattr(limits, "MAX_CHARACTERS", 1000)
    path = tmp_path / "plan.txt"
    path.write_text("一、重点工作\n" + "推进项目建设。\n" * 200, encoding="utf-8")
    with pytest.raises(DubanError) as refused:
        read_document(path)
    assert "超过上限 1,000 个" in refused.value.message


def test_docx_is_refused_as_soon_as_its_text_passes_the_character_bound(tmp_path, monkeypatch):
    from duban.ingest.readers import limits

    monkeypatch.setattr(limits, "MAX_CHARACTERS", 1000)
    path = build_docx(tmp_path / "plan.docx", ["一、重点工作"] + ["推进项目建设，完成投资230亿元。"] * 100)
    with pytest.raises(DubanError) as refused:
        read_document(path)
    assert str(path) in refused.value.message
    assert "超过上限 1,000 个（读到此处已超过" in refused.value.message


def test_pdf_with_a_text_layer_past_the_bound_is_refused_before_its_pages_are_read(tmp_path, monkeypatch):
    from duban.ingest.readers import pdf

    path = build_pdf(tmp_path / "plan.pdf", ["关于分解落实目标任务的通知", plan_table(PLAN_ROWS[:3])])
    monkeypatch.setattr(pdf, "MAX_PDF_CHARACTERS", 100)
    monkeypatch.setattr(pdf, "_page_items", lambda *_: pytest.fail("the pages were read"))
    with pytest.raises(DubanError) as refused:
        read_document(path)
    assert str(path) in refused.value.message
    assert "超过 100 个字符" in refused.value.message
