"""Header cells of flattened tables and the column roles they name (duban.ingest.layouts.flat)."""

from __future__ import annotations

from duban.ingest.blocks import Paragraph
from duban.ingest.layouts.flat import classify_header_cell, find_header, space_cells


def test_a_period_broken_at_its_dash_is_one_header_cell():
    assert space_cells("序号 名称 1- 8月实际完成情况 备注") == ["序号", "名称", "1-8月实际完成情况", "备注"]


def test_a_name_column_of_any_kind_of_item_is_the_task_column():
    assert classify_header_cell("省重点民生实事项目名称") == "text"


def test_an_actual_completion_rate_in_percent_is_the_ratio_column():
    assert classify_header_cell("1-8月实际完成率%") == "ratio"


def test_a_table_title_above_the_header_is_not_a_header_cell():
    assert classify_header_cell("表1:上半年主要指标完成情况") is None
    assert classify_header_cell("完成情况") == "progress"


def test_a_tab_header_may_name_one_column_duban_has_no_role_for():
    lines = [Paragraph("大类\t序号\t工作任务\t分管市领导\t牵头单位及主要负责人\t落实进展情况", 1)]
    header = find_header(lines, 0)
    assert header is not None
    assert header.roles == ("category", "seq", "text", "leaders", "lead", "progress")


def test_words_split_on_spaces_must_all_name_columns():
    lines = [Paragraph("全面 完成 工作任务 牵头单位 推进情况", 1)]
    assert find_header(lines, 0) is None


def test_a_header_cell_per_line_may_name_a_column_duban_has_no_role_for():
    lines = [
        Paragraph(t, n) for n, t in enumerate(["序号", "牵头单位", "项目数量", "项目名称", "本月进展情况"], 1)
    ]
    header = find_header(lines, 0)
    assert header is not None and header.roles == ("seq", "lead", "other", "text", "progress")
