"""Layout recognisers on small documents built in the test: each shape of the genre once."""

from __future__ import annotations

import pytest

from duban.errors import DubanError
from duban.ingest.blocks import Document, Paragraph, Table
from duban.ingest.layouts import recognise


def lines_document(text: str, source: str = "样例.txt", fmt: str = "txt") -> Document:
    blocks = tuple(Paragraph(line, number) for number, line in enumerate(text.split("\n"), start=1))
    return Document(source=source, format=fmt, blocks=blocks)


NUMBERED_PLAN = """\
某区2025年政府工作报告目标任务分解方案
一、主要预期目标
1.地区生产总值增长6%以上。
牵头单位:发展改革局;
责任单位:相关部门。
2.城镇新增就业4500人以上。
责任单位:人力社保局。
二、重点工作
(一)打造对外开放新高地
3.深化政务服务“川渝通办”,
加强教育、医疗等公共服务共建共享。
牵头单位:政务服务中心;
责任单位:教育局、卫生健康局。
"""


def test_numbered_list_reads_lead_and_co_units_from_labelled_lines():
    parsed = recognise(lines_document(NUMBERED_PLAN))
    first = parsed.tasks[0]
    assert (first.text, first.lead_units, first.co_units) == (
        "地区生产总值增长6%以上。",
        ["发展改革局"],
        ["相关部门"],
    )


def test_numbered_list_with_only_a_responsible_unit_puts_it_in_lead_units():
    parsed = recognise(lines_document(NUMBERED_PLAN))
    assert (parsed.tasks[1].lead_units, parsed.tasks[1].co_units) == (["人力社保局"], [])


def test_numbered_list_joins_continuation_lines_and_keeps_sections_without_prefix():
    task = recognise(lines_document(NUMBERED_PLAN)).tasks[2]
    assert task.text == "深化政务服务“川渝通办”,加强教育、医疗等公共服务共建共享。"
    assert task.section == ["重点工作", "打造对外开放新高地"]
    assert task.kind == "task"


def test_tasks_under_main_expected_targets_are_indicators():
    parsed = recognise(lines_document(NUMBERED_PLAN))
    assert [t.kind for t in parsed.tasks] == ["indicator", "indicator", "task"]
    assert parsed.kind == "plan"


TAB_CELL_PLAN = "\n".join(
    [
        "二、2025年主要工作任务",
        "\t分类",
        "\t序号",
        "\t目  标  任  务",
        "\t牵头领导",
        "\t牵头责任单位",
        "\t责任（配合）单位",
        "\t一、",
        "向质效领先",
        "",
        "要增量增速",
        "\t1 ",
        "\t坚持招商为要，全力拼抢项目。",
        "\t高  帆",
        "\t区招商投资局",
        "\t各镇街，区级相关部门单位",
        "\t",
        "\t2 ",
        "\t抢抓国家重磅政策窗口期。",
        "\t冯星贵",
        "高  帆",
        "\t区发展改革委",
        "区经济信息委",
        "\t",
        "\t一、",
        "向质效领先",
        "要增量增速",
        "\t3 ",
        "\t科学编制“十五五”发展规划。",
        "\t郑小平高  帆",
        "\t区政务服务管理",
        "事务中心",
        "\t区级相关部门单位",
    ]
)


def test_tab_cells_map_to_header_columns_with_category_carried_down():
    parsed = recognise(lines_document(TAB_CELL_PLAN))
    assert [t.category for t in parsed.tasks] == ["一、向质效领先要增量增速"] * 3
    assert [t.part for t in parsed.tasks] == ["主要工作任务"] * 3


def test_tab_cells_split_leaders_and_units_one_per_line():
    second = recognise(lines_document(TAB_CELL_PLAN)).tasks[1]
    assert second.lead_leaders == ["冯星贵", "高帆"]
    assert second.lead_units == ["区发展改革委", "区经济信息委"]
    assert second.co_units == []


def test_padded_leader_printed_after_another_is_split_and_broken_unit_name_joined():
    third = recognise(lines_document(TAB_CELL_PLAN)).tasks[2]
    assert third.lead_leaders == ["郑小平", "高帆"]
    assert third.lead_units == ["区政务服务管理事务中心"]


TAB_ROW_PROGRESS = """\
某区重点任务推进情况汇总表
序号\t工作任务\t牵头单位\t配合单位\t推进情况\t备注
1\t新建社区健身点30个。\t区体育局\t各镇街\t建成2个。\t
2\t拆除违法建筑150万平方米。\t区城市管理局\t\t累计拆除33万平方米。\t
"""


def test_tab_separated_rows_give_progress_and_kind():
    parsed = recognise(lines_document(TAB_ROW_PROGRESS))
    assert parsed.kind == "progress"
    assert [(t.text, t.lead_units, t.co_units, t.progress) for t in parsed.tasks] == [
        ("新建社区健身点30个。", ["区体育局"], ["各镇街"], "建成2个。"),
        ("拆除违法建筑150万平方米。", ["区城市管理局"], [], "累计拆除33万平方米。"),
    ]


SPACE_ROW_PROGRESS = """\
序号 目标任务 责任单位 上半年推进情况
一、经济社会发展主要预期目标
1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
2 第一产业增加值增长5%。 区农业农村委
区林业局
第一产业增加值同比增长3.4%。
4 全面叫响“铜创未来 诚邀梁才”品牌。 区委组织部、区人力社保局 1.引进人才681名。
2.新引进博士后2名。
"""


def test_space_rows_cut_text_before_the_first_unit_token_and_collect_unit_lines():
    parsed = recognise(lines_document(SPACE_ROW_PROGRESS))
    second = parsed.tasks[1]
    assert (second.text, second.lead_units, second.progress) == (
        "第一产业增加值增长5%。",
        ["区农业农村委", "区林业局"],
        "第一产业增加值同比增长3.4%。",
    )


def test_space_rows_keep_internal_spaces_of_the_text_and_multi_line_progress():
    last = recognise(lines_document(SPACE_ROW_PROGRESS)).tasks[-1]
    assert last.text == "全面叫响“铜创未来 诚邀梁才”品牌。"
    assert last.lead_units == ["区委组织部", "区人力社保局"]
    assert last.progress == "1.引进人才681名。\n2.新引进博士后2名。"


def test_numbering_gap_is_warned_with_its_line():
    parsed = recognise(lines_document(SPACE_ROW_PROGRESS))
    assert any("第7行" in w and "序号不连续（2之后是4）" in w for w in parsed.warnings)


REPORT = "\n\n".join(
    [
        "某区政府督查办关于2022年重点任务上半年推进情况的报告",
        "1-6月,1项指标符合预期,分别是:固定资产投资增长12%1项指标不达预期,分别是:地区生产总值增长4.4%。",
        "附件1",
        "经济社会发展预期目标任务1-6月进展情况表",
        "序号\n\n预期目标\n\n责任单位\n\n进展情况",
        "1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n\n1-6月,地区生产总值增长4.4%。",
        "2\n\n固定资产投资增长6%左右\n\n区发展改革委\n\n1-6月,固定资产投资同比增长12%。",
        "附件2",
        "推进较为滞后的2项重点工作任务1-6月进展情况表",
        "序号\n\n工作任务\n\n责任单位\n\n配合单位\n\n任务进展情况",
        "1\n\n联动共建\n\n科学城\n\n引进3支创投基金\n\n区科技局\n\n区财政局(区金融办)\n\n区商务委\n\n(区招商中心)\n\n\n",
        "2\n\n新建2个标准化派出所\n\n区公安分局\n\n覃家岗街道新桥街道\n\n正在办理前期手续。\n\n未进场施工。",
        "附件3",
        "正常推进的1项重点工作任务1-6月进展情况表",
        "序号\n\n工作任务\n\n责任单位\n\n配合单位\n\n任务进展情况",
        "1\n\n建成智慧创新产业园\n\n旭辰集团公司\n\n\n\n已完成修缮工程。",
    ]
)


def test_report_attachment_titles_label_their_rows():
    parsed = recognise(lines_document(REPORT))
    assert parsed.kind == "report"
    assert [(t.part, t.seq, t.label) for t in parsed.tasks if t.kind == "task"] == [
        ("附件2", 1, "滞后"),
        ("附件2", 2, "滞后"),
        ("附件3", 1, "正常推进"),
    ]


def test_report_body_statements_label_the_indicators():
    parsed = recognise(lines_document(REPORT))
    assert [(t.text, t.label) for t in parsed.tasks if t.kind == "indicator"] == [
        ("地区生产总值增长5.5%左右", "不达预期"),
        ("固定资产投资增长6%左右", "符合预期"),
    ]


def test_blank_separated_cells_carry_category_join_continuations_and_split_units():
    tasks = [t for t in recognise(lines_document(REPORT)).tasks if t.kind == "task"]
    assert tasks[0].category == "联动共建科学城"
    assert tasks[0].co_units == ["区财政局(区金融办)", "区商务委(区招商中心)"]
    assert tasks[0].progress == ""
    assert tasks[1].category == "联动共建科学城"
    assert tasks[1].co_units == ["覃家岗街道", "新桥街道"]
    assert tasks[1].progress == "正在办理前期手续。\n未进场施工。"


def test_report_metadata_reads_issuer_and_year():
    parsed = recognise(lines_document(REPORT))
    assert parsed.issuer == "某区政府督查办"
    assert parsed.year == 2022


def grid(rows: list[list[str]], index: int = 1, merged: frozenset = frozenset(), sheet: str | None = None):
    return Table(rows=tuple(tuple(r) for r in rows), index=index, sheet=sheet, merged=merged)


HEADER = ["类别", "序号", "目标任务", "牵头领导", "牵头单位", "配合单位"]


def test_real_table_reads_merged_category_and_skips_repeated_header_rows():
    table = grid(
        [
            HEADER,
            ["一、扩大有效需求", "1", "新增限上商贸单位30家。", "靖开媛", "区商务委", "各镇街"],
            [
                "一、扩大有效需求",
                "2",
                "实施重点项目194个。",
                "冯星贵\n高  帆",
                "区发展改革委\n区经济信息委",
                "",
            ],
            HEADER,
            ["二、建设美丽乡村", "3", "新增设施蔬菜1万亩。", "石泽林", "区农业农村委", "相关镇街"],
        ],
        merged=frozenset({(2, 0)}),
    )
    parsed = recognise(Document("方案.docx", "docx", (Paragraph("一、主要工作任务", 1), table)))
    assert [(t.seq, t.category, t.part) for t in parsed.tasks] == [
        (1, "一、扩大有效需求", "主要工作任务"),
        (2, "一、扩大有效需求", "主要工作任务"),
        (3, "二、建设美丽乡村", "主要工作任务"),
    ]
    assert parsed.tasks[1].lead_leaders == ["冯星贵", "高帆"]
    assert parsed.tasks[1].lead_units == ["区发展改革委", "区经济信息委"]


def test_real_table_continued_on_next_page_without_header_keeps_its_columns():
    first = grid([HEADER, ["", "1", "新增限上商贸单位30家。", "靖开媛", "区商务委", "各镇街"]], index=1)
    second = grid([["", "2", "实施重点项目194个。", "冯星贵", "区发展改革委", "各镇街"]], index=2)
    parsed = recognise(Document("方案.docx", "docx", (first, second)))
    assert [(t.seq, t.lead_units) for t in parsed.tasks] == [(1, ["区商务委"]), (2, ["区发展改革委"])]


def test_real_table_single_units_column_goes_to_lead_units():
    table = grid(
        [
            ["序号", "工作任务", "责任单位", "进展情况"],
            ["1", "新建口袋公园3个。", "区城市管理局", "已建成1个。"],
        ]
    )
    task = recognise(Document("表.xlsx", "xlsx", (table,))).tasks[0]
    assert (task.lead_units, task.co_units, task.progress) == (["区城市管理局"], [], "已建成1个。")


def test_two_tables_of_different_kinds_are_refused_naming_the_file():
    plan = grid(
        [["序号", "目标任务", "牵头单位", "配合单位"], ["1", "新增就业1万人。", "区人力社保局", "各镇街"]]
    )
    progress = grid(
        [
            ["序号", "目标任务", "责任单位", "推进情况"],
            ["1", "新增就业1万人。", "区人力社保局", "已新增5000人。"],
        ],
        index=2,
    )
    with pytest.raises(DubanError, match=r"混合\.docx.*两种不同的表格"):
        recognise(Document("混合.docx", "docx", (plan, progress)))


def test_spreadsheet_without_a_recognisable_header_is_refused():
    table = grid([["甲", "乙", "丙"], ["1", "2", "3"]], sheet="Sheet1")
    with pytest.raises(DubanError, match=r"数据\.xlsx.*表头"):
        recognise(Document("数据.xlsx", "xlsx", (table,)))


def test_prose_without_tasks_is_a_narrative():
    text = "重庆市人民政府关于2025年计划执行情况的报告\n今年以来，全市经济运行稳中有进。\n一、主要指标完成情况\n地区生产总值增长5.3%。"
    parsed = recognise(lines_document(text))
    assert (parsed.kind, parsed.tasks) == ("narrative", [])


def test_row_without_units_is_warned():
    text = "序号\t工作任务\t牵头单位\t配合单位\n1\t新增就业1万人。\t\t\n"
    parsed = recognise(lines_document(text))
    assert any("第1项没有责任单位" in w for w in parsed.warnings)


def test_signature_date_with_lost_year_and_month_characters_is_read_when_only_one_date_fits():
    text = "某区督查办关于重点任务推进情况的报告\n正文。\n某区督查办\n2022726日"
    assert recognise(lines_document(text)).date == "2022-07-26"


def test_header_repeated_at_a_page_break_continues_the_same_table():
    text = (
        "序号\t类别\t工作任务\t牵头单位\n1\t一、扩大需求\t新增限上商贸单位30家。\t区商务委\n"
        "序号\t类别\t工作任务\t牵头单位\n2\t\t实施重点项目194个。\t区发展改革委\n"
    )
    parsed = recognise(lines_document(text))
    assert [(t.ref, t.category) for t in parsed.tasks] == [("1", "一、扩大需求"), ("2", "一、扩大需求")]
    assert not any("序号" in w for w in parsed.warnings)
