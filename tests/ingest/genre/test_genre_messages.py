"""What looked wrong is said with its place: warnings name the line or the cell, refusals the file."""

from __future__ import annotations

import pytest
from office_files import Sheet, WordTable, build_word, build_workbook

from duban.errors import DubanError
from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

HEADER = ["序号", "工作任务", "牵头单位", "配合单位"]


def test_word_table_warnings_name_table_and_row(tmp_path):
    rows = [
        ["1", "新建公园2个。", "区城市管理局", "各街道"],
        ["3", "新建学校1所。", "", ""],
    ]
    parsed = recognise(read_document(build_word(tmp_path / "方案.docx", [WordTable(HEADER, rows)])))
    assert "表1第3行：序号不连续（1之后是3）" in parsed.warnings
    assert "表1第3行：第3项没有责任单位" in parsed.warnings


def test_workbook_warnings_name_the_sheet(tmp_path):
    sheet = Sheet("重点任务", [], HEADER, [["1", "", "区教委", ""]])
    parsed = recognise(read_document(build_workbook(tmp_path / "表.xlsx", [sheet])))
    assert parsed.warnings == ["工作表“重点任务”第2行：第1项没有任务内容"]


def test_text_warnings_name_the_line(tmp_path):
    path = tmp_path / "方案.txt"
    path.write_text(
        "序号\t工作任务\t牵头单位\n1\t新建公园2个。\t区城管局\n1\t新建学校1所。\t区教委\n", encoding="utf-8"
    )
    assert "第3行：序号1重复" in recognise(read_document(path)).warnings


def test_a_workbook_without_a_task_header_is_refused_naming_the_file(tmp_path):
    sheet = Sheet("Sheet1", [], ["姓名", "电话", "地址"], [["张三", "123", "某街道"]])
    path = build_workbook(tmp_path / "通讯录.xlsx", [sheet])
    with pytest.raises(DubanError, match=r"通讯录\.xlsx：没有找到可识别的表头"):
        recognise(read_document(path))
