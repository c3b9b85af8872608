"""Tables printed without a header row (duban.ingest.layouts.inferred), one rule per test.

Rows are from a county's 民生实事 progress table of July 2021 (tests/realworld/verdicts6, Z12).
"""

from __future__ import annotations

from duban.ingest.blocks import Document, Paragraph
from duban.ingest.layouts import recognise

ROWS = (
    "1 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 已完成设计方案,5家施工中,5家完成建设。 | 按时序推进 |\n"
    "|\n"
    "2 | 对350户生活困难老年人家庭进行适老化改造。 | 县民政局 | 完成改造招标工作,施工中,其中252户已完成改造。 | 按时序推进 |\n"
    "|\n"
    "3 | 为全县200名以上残疾儿童实施基本康复服务和救助。 | 县残联 | 目前已确定221名残疾儿童已经在机构开始服务。 | 按时序推进 |\n"
)


def _parse(text: str):
    lines = tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1))
    return recognise(Document(source="t.txt", format="txt", blocks=lines))


def test_numbered_rows_without_a_header_are_read_by_what_their_cells_read_like():
    tasks = _parse(ROWS).tasks
    assert [(t.seq, t.lead_units) for t in tasks] == [(1, ["县民政局"]), (2, ["县民政局"]), (3, ["县残联"])]
    assert tasks[1].text == "对350户生活困难老年人家庭进行适老化改造。"
    assert tasks[1].progress.startswith("完成改造招标工作")
    assert tasks[1].label == "按时序推进"


def test_rows_whose_numbers_do_not_follow_on_are_not_a_table():
    rows = ROWS.replace("2 | 对350户", "5 | 对350户")
    assert [t.seq for t in _parse(rows).tasks] != [1, 2, 3]


def test_numbered_rows_with_no_unit_progress_or_leader_column_are_not_a_table():
    rows = "1 | 完成10家示范型居家养老服务照料中心建设。 | 10 |\n2 | 对350户生活困难老年人家庭进行适老化改造。 | 350 |\n"
    parsed = _parse(rows)
    assert parsed.tasks == []
    assert any("没有可识别的任务表头" in w for w in parsed.warnings)


def test_a_row_after_a_table_row_is_a_row_without_its_closing_bar():
    # tests/realworld/plans4 P04: the second row's last cell runs to the end of the page
    parsed = _parse(
        "序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 |\n"
        "1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局 |\n"
        "2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区商务局"
    )
    assert [(t.seq, t.text) for t in parsed.tasks] == [(1, "地区生产总值"), (2, "服务业增加值")]
