"""Indicator tables flattened one cell per line (类别 | 指标名称 | 年度目标 | 完成情况 | 责任部门), read
from a real page kept under tests/realworld (Putuo district, Shanghai, 2021 half-year report)."""

from __future__ import annotations

from pathlib import Path

import pytest

from duban.ingest import parse_document
from duban.ingest.layouts.flat import _join_broken

DOC = Path(__file__).resolve().parents[1] / "realworld" / "east" / "docs" / "E12_putuo_2021h1.txt"


@pytest.fixture(scope="module")
def tasks():
    return {t.seq: t for t in parse_document(DOC).tasks}


def test_every_row_gives_the_indicator_its_target_its_figure_and_its_units(tasks):
    assert len(tasks) == 10
    first = tasks[1]
    assert (first.text, first.progress, first.lead_units) == ("地区生产总值增长率", "9.8%", ["区发改委"])
    second = tasks[2]
    assert (second.text, second.progress) == ("区级财政收入增长率6%以上", "28.97%")


def test_a_cell_broken_over_lines_is_read_whole(tasks):
    third = tasks[3]
    assert third.text == "四大重点培育产业占区级税收比重提升4个百分点"
    assert third.progress == "提升3.89个百分点"
    assert third.lead_units == ["区科委", "区金融办", "区商务委"]
    assert tasks[9].text == "城乡登记失业人数控制在10410人内"


def test_a_merged_category_printed_once_covers_the_rows_after_it(tasks):
    assert {tasks[n].category for n in range(1, 9)} == {"高质量发展"}
    assert tasks[9].category == tasks[10].category == "高品质生活"


def test_lines_broken_inside_a_figure_or_after_a_comparator_join():
    assert _join_broken(["提升4个", "百分点", "提升3.89个百分点"]) == ["提升4个百分点", "提升3.89个百分点"]
    assert _join_broken(["控制在", "10410人内", "7919人"]) == ["控制在10410人内", "7919人"]
    assert _join_broken(["区科委", "区金融办"]) == ["区科委、区金融办"]
