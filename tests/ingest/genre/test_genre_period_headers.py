"""Progress tables whose 完成情况 header names the reporting period, in every shape they arrive."""

from __future__ import annotations

import pytest
from office_files import WordTable, build_word

from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document


def _text_file(tmp_path, text: str):
    path = tmp_path / "进展情况.txt"
    path.write_text(text, encoding="utf-8")
    return recognise(read_document(path))


def test_tab_separated_rows_under_a_first_quarter_header(tmp_path):
    parsed = _text_file(
        tmp_path,
        "白河县2025年重点工作一季度推进情况表\n"
        "序号\t重点任务\t责任单位\t一季度推进情况\n"
        "1\t新建农村公路80公里\t县交通运输局\t已完成前期设计，3月底开工。\n"
        "2\t新增城镇就业2500人\t县人社局\t新增城镇就业720人。\n",
    )
    assert parsed.period == "一季度"
    assert [t.progress for t in parsed.tasks] == ["已完成前期设计，3月底开工。", "新增城镇就业720人。"]


def test_one_cell_per_line_with_a_year_and_period_in_the_header(tmp_path):
    parsed = _text_file(
        tmp_path,
        "序号\n目标任务\n牵头单位\n2025年1-11月工作推进情况\n"
        "1\n完成造林绿化1.2万亩\n区林业局\n已完成造林1.26万亩，完成全年任务的105%。\n"
        "2\n建成区级数据中心\n区大数据局\n主体工程已完工，正在进行设备安装调试。\n",
    )
    assert parsed.period == "1-11月"
    assert len(parsed.tasks) == 2
    assert parsed.tasks[1].progress == "主体工程已完工，正在进行设备安装调试。"


def test_word_table_with_a_half_year_header(tmp_path):
    header = ["序号", "重点工作", "牵头单位", "配合单位", "上半年进展情况"]
    rows = [["1", "新建社区食堂10个", "区民政局", "各街道", "已建成社区食堂4个。"]]
    path = build_word(tmp_path / "上半年.docx", ["进展情况表", WordTable(header, rows)])
    parsed = recognise(read_document(path))
    assert (parsed.period, parsed.kind) == ("上半年", "progress")


@pytest.mark.parametrize("header", ["1—3月完成情况", "1~3月完成情况", "1至3月完成情况"])
def test_period_dashes_are_written_one_way(tmp_path, header):
    parsed = _text_file(
        tmp_path, f"序号\t目标任务\t责任单位\t{header}\n1\t新建公园2个\t区城管局\t已开工1个。\n"
    )
    assert parsed.period == "1-3月"


def test_two_tables_naming_different_periods_warn_with_both_places(tmp_path):
    parsed = _text_file(
        tmp_path,
        "序号\t目标任务\t责任单位\t1-6月完成情况\n1\t新建公园2个\t区城管局\t已开工1个。\n\n"
        "附件2\n"
        "序号\t目标任务\t责任单位\t1-9月完成情况\n1\t新建学校1所\t区教委\t主体完工。\n",
    )
    assert parsed.period == "1-6月"
    warning = next(w for w in parsed.warnings if "报送期" in w)
    assert "第1行" in warning and "1-9月" in warning


def test_a_plan_has_no_period(tmp_path):
    parsed = _text_file(tmp_path, "序号\t目标任务\t牵头单位\t完成时限\n1\t新建公园2个\t区城管局\t12月底\n")
    assert parsed.period is None
    assert parsed.tasks[0].deadline == "12月底"
