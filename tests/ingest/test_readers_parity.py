"""The Word and Excel readers stream the XML themselves instead of walking python-docx's and
openpyxl's objects; what they read must stay what those libraries read.

Word: each body paragraph's text is python-docx's `Paragraph.text`, whichever parser reads the body
(expat, or libxml2 for a body that declares a DTD). Excel: the cells worked out from a sheet's XML
are the cells openpyxl's full load holds, with the same values and number formats.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
from builders import PLAN_ROWS, build_docx, build_xlsx, plan_table
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from duban.ingest.blocks import Paragraph, Table
from duban.ingest.readers import read_document
from duban.ingest.readers.spreadsheet import _number_format, _Reader, _scan_sheet, _sheet_values

# Run content python-docx turns into text (tabs, line breaks, a no-break hyphen) or leaves out (a page
# break, a tracked insertion, which is not a run of the paragraph), and a hyperlink's runs.
RUNS = (
    "<w:r><w:t>一、</w:t><w:tab/><w:t>目标</w:t></w:r>"
    '<w:hyperlink r:id="rId1"><w:r><w:t>（见附件）</w:t></w:r></w:hyperlink>'
    '<w:r><w:br/><w:t xml:space="preserve">续行 </w:t><w:br w:type="page"/><w:noBreakHyphen/>'
    '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:cr/><w:t>完</w:t></w:r>'
    '<w:ins w:id="9" w:author="x"><w:r><w:t>修订插入</w:t></w:r></w:ins>'
)


def rewrite_member(path: Path, member: str, change) -> Path:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def paragraphs(path: Path) -> list[str]:
    return [block.text for block in read_document(path).blocks if isinstance(block, Paragraph)]


def test_docx_paragraph_text_is_python_docx_text(tmp_path):
    path = build_docx(tmp_path / "plan.docx", ["关于分解落实目标任务的通知", "占位", "", "附件"])
    rewrite_member(
        path,
        "word/document.xml",
        lambda xml: re.sub(r"<w:r>(?:(?!</w:p>).)*占位.*?</w:r>", RUNS, xml, count=1),
    )
    expected = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "\t" in expected[1] and "\n" in expected[1]
    assert paragraphs(path) == expected


def test_docx_declaring_a_dtd_is_read_as_python_docx_reads_it(tmp_path):
    # python-docx does not expand the DTD's entities (expat would): the body is read with libxml2.
    path = build_docx(tmp_path / "plan.docx", ["第一段", "占位"])
    rewrite_member(
        path,
        "word/document.xml",
        lambda xml: xml.replace("?>", '?><!DOCTYPE w:document [<!ENTITY u "区发展改革委">]>', 1).replace(
            "占位", "牵头：&u;负责"
        ),
    )
    expected = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraphs(path) == expected == ["第一段", "牵头："]


def loaded_cells(path: Path) -> list[dict]:
    """Per sheet, (row, column) → (value, number format) of the cells with a value, full load."""
    workbook = openpyxl.load_workbook(path, data_only=True)
    return [
        {
            position: (cell.value, cell.number_format)
            for position, cell in sheet._cells.items()
            if cell.value is not None
        }
        for sheet in workbook.worksheets
    ]


def streamed_cells(path: Path) -> list[dict]:
    """The same, worked out by the reader from each sheet's XML."""
    reader = _Reader(path, read_only=True, keep_vba=False, data_only=True, keep_links=True)
    reader.read()
    workbook = reader.wb
    found = []
    for sheet in workbook.worksheets:
        member = sheet._worksheet_path.lstrip("/")
        cells, _ = _sheet_values(
            workbook, reader.shared_strings, _scan_sheet(workbook._archive, member, str(path), "")
        )
        found.append(
            {
                position: (value, _number_format(workbook, style))
                for position, (value, style) in cells.items()
                if value is not None
            }
        )
    workbook.close()
    return found


def test_xlsx_cells_are_the_cells_of_openpyxl_full_load(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "分解表"
    sheet.append(["序号", "指标", "目标", "完成率", "截止日期", "已完成"])
    sheet.append([1, "地区生产总值增长", 6.5, 0.655, dt.datetime(2025, 6, 30), True])
    sheet.append([2, CellRichText("固定资产投资", TextBlock(InlineFont(b=True), "增长8%")), 230, 1.0])
    sheet.append([3, "  ", 1e-7, 12345678901234, dt.date(2025, 12, 31), False])
    sheet["D2"].number_format = "0.0%"
    sheet["C3"].number_format = "#,##0.00"
    sheet["E2"].number_format = 'yyyy"年"m"月"d"日"'
    sheet.merge_cells("B4:C5")
    hidden = workbook.create_sheet("说明")
    hidden["A1"] = "隐藏的工作表"
    hidden.sheet_state = "hidden"
    path = tmp_path / "plan.xlsx"
    workbook.save(path)
    assert streamed_cells(path) == loaded_cells(path)


def with_shared_strings(path: Path) -> Path:
    """The workbook with its inline strings moved to a shared-string table, as Excel and WPS
    write them (openpyxl writes inline strings)."""
    strings: list[str] = []

    def share(match: re.Match) -> str:
        strings.append(match.group(2))
        return f'{match.group(1)} t="s"><v>{len(strings) - 1}</v></c>'

    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'(<c r="\w+"(?: s="\d+")?) t="inlineStr"><is>(.*?)</is></c>', share, xml),
    )
    items = "".join(f"<si>{item}</si>" for item in strings)
    table = f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>'
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", table)
    rewrite_member(
        path,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
    )
    rewrite_member(
        path,
        "xl/_rels/workbook.xml.rels",
        lambda xml: xml.replace(
            "</Relationships>",
            '<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings"/></Relationships>',
        ),
    )
    return path


def test_xlsx_shared_strings_are_the_strings_of_openpyxl_full_load(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(
        ["牵头单位", CellRichText("完成投资", TextBlock(InlineFont(b=True), "230亿元")), "A_x005F_B"]
    )
    workbook.active.append(["", " 区财政局 ", "区发展改革委\n区经济信息委"])
    path = tmp_path / "plan.xlsx"
    workbook.save(path)
    with_shared_strings(path)
    with zipfile.ZipFile(path) as archive:
        assert b't="s"' in archive.read("xl/worksheets/sheet1.xml")
    assert streamed_cells(path) == loaded_cells(path)


def test_xlsx_sheets_of_the_same_name_are_told_apart_as_openpyxl_does(tmp_path):
    path = build_xlsx(
        tmp_path / "plan.xlsx",
        [plan_table(PLAN_ROWS[:2], sheet="分解表"), plan_table(PLAN_ROWS[2:4], sheet="第二部分")],
    )
    rewrite_member(path, "xl/workbook.xml", lambda xml: xml.replace('name="第二部分"', 'name="分解表"'))
    sheets = [block.sheet for block in read_document(path).blocks if isinstance(block, Table)]
    assert sheets == openpyxl.load_workbook(path).sheetnames == ["分解表", "分解表1"]
