import io

import openpyxl
import pytest
from report_builders import make_data, make_task

from duban.reports.data import Heading, outline
from duban.reports.statuses import STATUS_COLOURS
from duban.reports.summary import COUNTS_SHEET, HEADER_ROW, SUMMARY_SHEET, write_summary


def _open(data):
    buffer = io.BytesIO()
    write_summary(data, buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


@pytest.fixture(scope="module")
def summary_001(data_001, output_dir):
    path = output_dir / "summary_001.xlsx"
    write_summary(data_001, path)
    return openpyxl.load_workbook(path)


def _task_rows(sheet):
    """Rows below the header whose 序号 cell holds a number."""
    return [row for row in sheet.iter_rows(min_row=HEADER_ROW + 1) if isinstance(row[0].value, int)]


def test_header_has_the_seven_columns(summary_001):
    sheet = summary_001[SUMMARY_SHEET]
    assert [c.value for c in sheet[HEADER_ROW]] == [
        "序号",
        "目标任务",
        "牵头领导",
        "责任单位",
        "推进情况",
        "研判",
        "说明",
    ]


def test_every_task_is_one_row(summary_001, data_001):
    texts = [row[1].value for row in _task_rows(summary_001[SUMMARY_SHEET])]
    assert sorted(texts) == sorted(t.text for t in data_001.tasks)


def test_sections_are_merged_heading_rows(summary_001, data_001):
    sheet = summary_001[SUMMARY_SHEET]
    merged_rows = sorted(r.min_row for r in sheet.merged_cells.ranges if r.min_row > HEADER_ROW)
    headings = [sheet.cell(row, 1).value for row in merged_rows]
    assert headings == [item.text for item in outline(data_001.tasks) if isinstance(item, Heading)]
    assert headings[0] == "一、经济社会发展预期目标"
    assert {t.category for t in data_001.key_tasks} <= {h.split("）", 1)[-1] for h in headings}


def test_header_is_frozen_and_printed_on_every_page(summary_001):
    sheet = summary_001[SUMMARY_SHEET]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"


def test_prints_a4_landscape_fitted_to_width(summary_001):
    setup = summary_001[SUMMARY_SHEET].page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == 9
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert summary_001[SUMMARY_SHEET].sheet_properties.pageSetUpPr.fitToPage


def test_text_cells_wrap(summary_001):
    row = _task_rows(summary_001[SUMMARY_SHEET])[0]
    assert row[4].alignment.wrap_text


def test_status_cells_are_coloured_by_status(summary_001):
    for row in _task_rows(summary_001[SUMMARY_SHEET]):
        colour = row[5].fill.fgColor.rgb[-6:]
        expected = (
            STATUS_COLOURS["lagging"] if row[5].value in {"滞后", "不达预期"} else STATUS_COLOURS["on_track"]
        )
        assert colour == expected


def test_note_column_marks_a_persons_judgement():
    data = make_data([make_task("1", "on_track", overridden=True, reason="经核实进度正常。")])
    row = _task_rows(_open(data)[SUMMARY_SHEET])[0]
    assert row[6].value == "人工研判：经核实进度正常。"


def test_counts_sheet_totals_by_unit_and_section():
    data = make_data(
        [
            make_task("1", "lagging", lead_units=("区体育局",), category="公共服务"),
            make_task("2", "on_track", lead_units=("区体育局",), category="公共服务"),
            make_task("3", "on_track", lead_units=("区科技局",), category="科技创新"),
        ]
    )
    sheet = _open(data)[COUNTS_SHEET]
    rows = {row[0].value: [c.value for c in row[1:]] for row in sheet.iter_rows(min_row=1) if row[0].value}
    # Columns: 正常推进, 滞后, 合计.
    assert rows["区体育局"] == [1, 1, 2]
    assert rows["区科技局"] == [1, 0, 1]
    assert rows["公共服务"] == [1, 1, 2]


def test_control_characters_from_extracted_text_are_dropped():
    row = _task_rows(_open(make_data([make_task("1", progress="已建成2个\x01。")]))[SUMMARY_SHEET])[0]
    assert row[4].value == "已建成2个。"


def test_title_names_the_period_as_offices_do():
    data = make_data([make_task("1")], signature="重庆市铜梁区人民政府督查室")
    assert _open(data)[SUMMARY_SHEET]["A1"].value == "2025年区政府工作报告目标任务上半年推进情况汇总表"


def test_rows_are_tall_enough_for_their_wrapped_progress():
    # 260 Chinese characters in the 推进情况 column (60 units wide, a character about 1.85 units).
    progress = "正在推进立项招标等前期手续" * 20
    row = _task_rows(_open(make_data([make_task("1", progress=progress)]))[SUMMARY_SHEET])[0]
    sheet = row[0].parent
    lines = -(-len(progress) * 1.85 // (60 - 1))
    # 14.5 pt: a 10-point line in Noto CJK, the face LibreOffice uses on Debian.
    assert sheet.row_dimensions[row[0].row].height >= lines * 14.5
