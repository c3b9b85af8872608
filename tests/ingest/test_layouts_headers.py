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


def _recognise(text: str):
    from duban.ingest.blocks import Document
    from duban.ingest.layouts import recognise

    lines = tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1))
    return recognise(Document(source="t.txt", format="txt", blocks=lines))


def test_an_unnumbered_table_one_cell_per_line_is_cut_into_rows_by_what_its_cells_read_like():
    # 项目 | 分值 | 目标任务 | 监考单位, the category merged over its rows and printed once, a unit cell
    # merged over two rows printed with the first (旌阳区 2016, tests/realworld/plans4/P10)
    parsed = _recognise(
        "项目\n分值\n目标任务\n监考单位\n宏观调控\n地区生产总值增长率\n3\n年终根据全省平均水平综合考核\n区发改局区统计局\n"
        "社会消费品零售总额增长率\n3\n全社会固定资产投资额\n3\n186\n区发改委区统计局\n建筑业总产值\n1\n140\n区住建局"
    )
    assert [(t.text, t.lead_units) for t in parsed.tasks] == [
        ("地区生产总值增长率", ["区发改局", "区统计局"]),
        ("社会消费品零售总额增长率", ["区发改局", "区统计局"]),
        ("全社会固定资产投资额186", ["区发改委", "区统计局"]),
        ("建筑业总产值140", ["区住建局"]),
    ]
    assert {t.category for t in parsed.tasks} == {"宏观调控"}


def test_a_leader_cell_after_the_unit_columns_fills_the_leaders():
    parsed = _recognise(
        "序号\n主要工作举措\n牵头单位\n配合单位\n责任领导\n1\n推动再生塑料项目签约落地。\n沈阳近海经济区管委会\n"
        "自然资源分局、生态环境分局\n冯冬昌\n2\n聚焦装备制造产业。\n区工业和信息化局\n各镇政府\n冯冬昌"
    )
    first = parsed.tasks[0]
    assert (first.lead_units, first.co_units, first.lead_leaders) == (
        ["沈阳近海经济区管委会"],
        ["自然资源分局", "生态环境分局"],
        ["冯冬昌"],
    )


def test_the_tables_title_above_its_header_is_no_header_cell():
    assert classify_header_cell("经济社会发展10项预期目标任务进展情况表") is None
    assert classify_header_cell("进展情况") == "progress"
