"""Each reader yields the cells of the table it was given, merged cells filled and recorded."""

from pathlib import Path

import openpyxl
from builders import PLAN_ROWS, build_docx, build_html, build_xlsx, merged_positions, plan_table

from duban.ingest.blocks import Paragraph, Table
from duban.ingest.readers import read_document

CORPUS = Path(__file__).parent.parent / "corpus"


def tables(document):
    return [block for block in document.blocks if isinstance(block, Table)]


def as_lists(table):
    return [list(row) for row in table.rows]


def test_text_reader_keeps_one_paragraph_per_line_with_leading_tabs():
    document = read_document(CORPUS / "004_0c9597f419f639ea.txt")
    lines = (CORPUS / "004_0c9597f419f639ea.txt").read_text(encoding="utf-8").splitlines()
    assert document.format == "txt"
    assert [block.text for block in document.blocks] == lines
    assert any(block.text.startswith("\t") for block in document.blocks)


def test_gbk_text_is_detected_and_decoded(tmp_path):
    source = (CORPUS / "002_4adb0a8f3fd8adf1.txt").read_text(encoding="utf-8")
    path = tmp_path / "plan.txt"
    path.write_bytes(source.encode("gbk"))
    document = read_document(path)
    assert [block.text for block in document.blocks] == source.splitlines()


def test_docx_table_cells_match_source_rows_with_merged_category(tmp_path):
    spec = plan_table()
    document = read_document(build_docx(tmp_path / "plan.docx", ["2025年目标任务分解表", spec]))
    [table] = tables(document)
    assert document.format == "docx"
    assert as_lists(table) == spec.rows
    assert table.merged == merged_positions(spec)


def test_docx_keeps_body_order_of_paragraphs_and_several_tables(tmp_path):
    first, second = plan_table(PLAN_ROWS[:3]), plan_table(PLAN_ROWS[3:])
    document = read_document(build_docx(tmp_path / "plan.docx", ["附件1", first, "附件2", second]))
    kinds = [block.text if isinstance(block, Paragraph) else block.index for block in document.blocks]
    assert kinds == ["附件1", 1, "附件2", 2]
    assert as_lists(tables(document)[1]) == second.rows


def test_docx_horizontal_merge_fills_every_covered_column(tmp_path):
    import docx

    word = docx.Document()
    table = word.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "一、主要预期目标"
    for col, text in enumerate(["1", "地区生产总值增长6%以上。", "区发展改革委"]):
        table.cell(1, col).text = text
    word.save(tmp_path / "merged.docx")
    [read] = tables(read_document(tmp_path / "merged.docx"))
    assert read.rows[0] == ("一、主要预期目标",) * 3
    assert read.merged == {(0, 1), (0, 2)}


def test_xlsx_reads_every_sheet_with_merged_ranges(tmp_path):
    first, second = plan_table(PLAN_ROWS[:4], sheet="第一部分"), plan_table(PLAN_ROWS[4:], sheet="第二部分")
    document = read_document(build_xlsx(tmp_path / "plan.xlsx", [first, second]))
    read = tables(document)
    assert [table.sheet for table in read] == ["第一部分", "第二部分"]
    assert as_lists(read[0]) == first.rows
    assert as_lists(read[1]) == second.rows
    assert read[0].merged == merged_positions(first)


def test_xlsx_title_rows_above_the_table_become_paragraphs(tmp_path):
    spec = plan_table()
    document = read_document(build_xlsx(tmp_path / "plan.xlsx", ["附件", "2025年目标任务分解表", spec]))
    [table] = tables(document)
    assert document.blocks[:2] == (Paragraph("附件", 1), Paragraph("2025年目标任务分解表", 2))
    assert as_lists(table) == spec.rows
    assert table.merged == merged_positions(spec)


def test_xlsx_numbers_render_as_displayed_and_empty_rows_and_columns_drop(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["B2"], sheet["C2"] = "序号", "增速"
    sheet["B4"], sheet["C4"] = 1.0, 0.065
    sheet["C4"].number_format = "0.0%"
    sheet["B5"], sheet["C5"] = 2, 12.5
    workbook.save(tmp_path / "numbers.xlsx")
    [table] = tables(read_document(tmp_path / "numbers.xlsx"))
    assert table.rows == (("序号", "增速"), ("1", "6.5%"), ("2", "12.5"))


def test_html_table_rowspan_is_expanded_and_site_chrome_dropped(tmp_path):
    spec = plan_table()
    document = read_document(build_html(tmp_path / "plan.html", ["关于印发分解方案的通知", spec]))
    [table] = tables(document)
    texts = [block.text for block in document.blocks if isinstance(block, Paragraph)]
    assert as_lists(table) == spec.rows
    assert table.merged == merged_positions(spec)
    assert texts == ["关于印发分解方案的通知"]


def test_gbk_html_page_is_decoded_from_its_meta_charset(tmp_path):
    spec = plan_table(PLAN_ROWS[:2])
    document = read_document(build_html(tmp_path / "plan.htm", ["通知", spec], encoding="gbk"))
    assert as_lists(tables(document)[0]) == spec.rows


def test_html_layout_table_is_read_as_a_container(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><table><tr><td><p>正文标题</p><table><tr><td>序号</td><td>任务</td></tr>"
        "<tr><td>1</td><td>新建学校</td></tr></table></td></tr></table></body></html>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert document.blocks[0] == Paragraph(text="正文标题", line=1)
    assert tables(document)[0].rows == (("序号", "任务"), ("1", "新建学校"))


def test_format_is_decided_by_content_not_extension(tmp_path):
    spec = plan_table(PLAN_ROWS[:2])
    exported = build_html(tmp_path / "export.xls", [spec])
    assert read_document(exported).format == "html"
    renamed = build_docx(tmp_path / "plan.docx", [spec]).rename(tmp_path / "plan.bin")
    assert read_document(renamed).format == "docx"
