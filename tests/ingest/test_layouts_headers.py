"""Header cells of flattened tables and the column roles they name (duban.ingest.layouts.flat)."""

from __future__ import annotations

from duban.ingest.layouts.flat import classify_header_cell, space_cells


def test_a_period_broken_at_its_dash_is_one_header_cell():
    assert space_cells("序号 名称 1- 8月实际完成情况 备注") == ["序号", "名称", "1-8月实际完成情况", "备注"]


def test_a_name_column_of_any_kind_of_item_is_the_task_column():
    assert classify_header_cell("省重点民生实事项目名称") == "text"


def test_an_actual_completion_rate_in_percent_is_the_ratio_column():
    assert classify_header_cell("1-8月实际完成率%") == "ratio"
