"""A progress workbook of a district (fictional 南屏区): sheets 主要指标 and 重点任务, the
完成情况 column naming the period, 存在问题 and 下步打算 columns, full-width 序号."""

from __future__ import annotations

import pytest
from office_files import Sheet, build_workbook

from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

HEADER = ["序号", "目标任务", "责任单位", "1-9月完成情况", "存在问题", "下步打算"]

INDICATORS = Sheet(
    name="主要指标",
    titles=["南屏区2025年政府工作报告主要指标1-9月完成情况表"],
    header=HEADER,
    rows=[
        ["１", "地区生产总值增长6%", "区发展改革委", "1-9月，全区地区生产总值同比增长5.2%。",
         "工业投资增长乏力。", "加快在建项目投产达产。"],
        ["２", "固定资产投资增长8%", "区发展改革委\n区统计局", "1-9月，固定资产投资同比增长9.1%。",
         "无", "持续开展项目攻坚。"],
        ["３", "城镇调查失业率控制在5.5%以内", "区人力社保局", "9月末城镇调查失业率为5.1%。", "", ""],
    ],
)  # fmt: skip

TASKS = Sheet(
    name="重点任务",
    titles=["南屏区2025年政府工作报告重点任务1-9月推进情况表"],
    header=HEADER,
    rows=[
        ["1", "新建5G基站600个", "区经济信息委、区通信发展办", "已建成5G基站452个，完成全年目标的75.3%。",
         "部分站址协调难度大。", "10月底前完成剩余站址选址。"],
        ["2", "完成滨江公园二期建设", "区城市管理局", "主体工程完工，正在进行绿化施工。", "", "11月底前完工。"],
        ["3", "新增学位2000个", "区教委", "新建的2所小学已投用，新增学位2160个。", "", ""],
    ],
)  # fmt: skip


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    path = build_workbook(
        tmp_path_factory.mktemp("progress") / "南屏区1-9月进展情况表.xlsx", [INDICATORS, TASKS]
    )
    return recognise(read_document(path))


def test_both_sheets_are_read_with_their_own_numbering(parsed):
    assert [t.seq for t in parsed.tasks] == [1, 2, 3, 1, 2, 3]
    refs = [t.ref for t in parsed.tasks]
    assert len(set(refs)) == len(refs)
    assert not [w for w in parsed.warnings if "序号" in w]


def test_sheet_names_become_parts_and_the_indicator_sheet_gives_indicators(parsed):
    assert [t.part for t in parsed.tasks] == ["主要指标"] * 3 + ["重点任务"] * 3
    assert [t.kind for t in parsed.tasks] == ["indicator"] * 3 + ["task"] * 3


def test_completion_column_is_the_progress(parsed):
    assert parsed.tasks[0].progress == "1-9月，全区地区生产总值同比增长5.2%。"
    assert parsed.kind == "progress"


def test_problems_and_next_steps_are_kept_apart_from_progress(parsed):
    first = parsed.tasks[0]
    assert (first.problems, first.next_steps) == ("工业投资增长乏力。", "加快在建项目投产达产。")
    assert parsed.tasks[2].problems is None


def test_the_period_named_by_the_header_is_recorded(parsed):
    assert parsed.period == "1-9月"


def test_single_units_column_fills_lead_units(parsed):
    assert parsed.tasks[1].lead_units == ["区发展改革委", "区统计局"]
    assert parsed.tasks[3].lead_units == ["区经济信息委", "区通信发展办"]
