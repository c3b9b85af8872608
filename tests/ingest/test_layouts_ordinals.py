"""Numbered lists of a document naming no unit (duban.ingest.layouts.ordinals), one rule per test."""

from __future__ import annotations

from duban.ingest.blocks import Document, Paragraph
from duban.ingest.layouts import recognise


def _parse(text: str):
    lines = tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1))
    return recognise(Document(source="t.txt", format="txt", blocks=lines))


def test_items_numbered_yi_shi_are_the_tasks_of_a_list_naming_no_unit():
    parsed = _parse(
        "2019年为民办3件实事：\n一是新建中小学20所。\n二是新建农村公路300公里。\n三是开工建设棚户区1万户。\n相关新闻"
    )
    assert [(t.seq, t.text) for t in parsed.tasks] == [
        (1, "新建中小学20所。"),
        (2, "新建农村公路300公里。"),
        (3, "开工建设棚户区1万户。"),
    ]
    assert parsed.kind == "plan"
    assert any("编号条目" in w for w in parsed.warnings)


def test_heading_style_items_with_a_caption_between_two_are_one_list():
    parsed = _parse("一、新建8所中小学。\n二、新建28处日间照料中心。\n图1.png\n三、新建城管驿站4座。")
    assert [t.seq for t in parsed.tasks] == [1, 2, 3]


def test_the_first_item_run_into_the_sentence_announcing_the_list():
    parsed = _parse(
        "拟从以下三个方面开展工作:一是加快教育提质。建成中小学11所。\n二是提高医疗服务水平。\n三是改善交通出行。"
    )
    assert parsed.tasks[0].text == "加快教育提质。建成中小学11所。"
    assert len(parsed.tasks) == 3


def test_numbered_parts_of_a_report_with_paragraphs_between_them_are_not_tasks():
    body = (
        "1-10月，23个重点在建项目累计完成投资160243万元，占年度投资计划的86%，总体进展顺利，各项目有序推进。"
    )
    parsed = _parse(f"一、在建项目完成情况\n{body}\n二、前期项目进展情况\n{body}\n三、存在问题\n{body}")
    assert parsed.tasks == []
    assert parsed.kind == "narrative"


def test_block_numbers_take_the_lines_under_them():
    parsed = _parse(
        "01\n扩充公办学位供给\n新增学位5000个。\n02\n完善社区医疗服务\n新增家庭病床200张。\n03\n提升养老服务\n新增床位600个。"
    )
    assert [t.text.replace("\n", "|") for t in parsed.tasks] == [
        "扩充公办学位供给|新增学位5000个。",
        "完善社区医疗服务|新增家庭病床200张。",
        "提升养老服务|新增床位600个。",
    ]


def test_block_cells_without_a_header_are_read_by_their_shape():
    parsed = _parse(
        "1\n一、主要预期目标\n粮食产量100亿斤以上。\n市农技中心\n卢伯瑛\n2024年底前\n5555097\n"
        "2\n农产品加工业产值增长15%以上。\n产业科\n2024年底前\n5555309\n"
        "3\n做好土壤普查。\n市农发中心\n市农机中心\n潘秀峰\n2024年底前\n5110393"
    )
    first, second, third = parsed.tasks
    assert (first.text, first.lead_units, first.lead_leaders) == (
        "粮食产量100亿斤以上。",
        ["市农技中心"],
        ["卢伯瑛"],
    )
    assert first.deadline == "2024年底前"
    assert first.section == second.section == ["主要预期目标"]
    assert (second.lead_units, second.lead_leaders) == (["产业科"], [])
    assert third.lead_units == ["市农发中心", "市农机中心"]


def test_two_numbered_lines_are_not_a_list():
    parsed = _parse("一是新建中小学20所。\n二是新建农村公路300公里。")
    assert parsed.tasks == []


def test_paragraphs_naming_their_task_first_and_reporting_after_are_a_report_of_tasks():
    parsed = _parse(
        "25件重点民生实事主要进度如下:\n"
        "2606个撤并村通公路。上半年已完成建设4022公里。\n"
        "完成7.4万口山坪塘整治。上半年已全部完工。\n"
        "3000公里农村公路安装安全设施。上半年已完成610公里。"
    )
    assert [(t.text, t.progress) for t in parsed.tasks][1] == (
        "完成7.4万口山坪塘整治。",
        "上半年已全部完工。",
    )
    assert len(parsed.tasks) == 3
    assert parsed.tasks[0].label is None  # 已完成建设4022公里 reports a figure, it is not a verdict


def test_a_paragraph_whose_rest_is_no_report_ends_the_run():
    parsed = _parse(
        "新建公路。上半年已完成40公里。\n新建学校。上半年已开工。\n新建公园。总体规划正在编制中。"
    )
    assert parsed.tasks == []


def test_items_run_together_in_one_table_cell_after_the_announcing_colon():
    parsed = _parse(
        "重点抓好3件民生实事。分别是: (1)新建公厕120座。 (2)建成垃圾处理站5个。 (3)城区新建便民市场5处。 |"
    )
    assert [t.text for t in parsed.tasks] == [
        "新建公厕120座。",
        "建成垃圾处理站5个。",
        "城区新建便民市场5处。",
    ]


def test_titles_each_followed_by_the_paragraph_describing_them_are_a_list():
    describe = (
        "在全区27所中小学(幼儿园)校门口安装升降防撞柱，有效防范上下学时段门口交通意外风险，保障师生安全。"
    )
    parsed = _parse(
        f"一、校门升降防撞柱安装项目\n{describe}\n二、社区综合服务提升改造项目\n{describe}\n三、百姓微实事项目\n{describe}"
    )
    assert [t.text.split("\n")[0] for t in parsed.tasks] == [
        "校门升降防撞柱安装项目",
        "社区综合服务提升改造项目",
        "百姓微实事项目",
    ]
    assert parsed.tasks[0].text.endswith("保障师生安全。")


def test_parts_of_a_report_with_sub_items_under_each_are_not_a_list():
    parsed = _parse(
        "（一）全力唱好双城记\n一是加快建设。\n二是深入推进合作。\n"
        "（二）全力做大做强新质生产力\n一是壮大集群。\n二是提速构建新体系。\n"
        "（三）全力实施科技创新战略\n一是推进教育现代化。\n二是推进创新体系提档升级。"
    )
    assert [t.text for t in parsed.tasks if t.text.startswith("全力")] == []


def test_items_numbered_again_under_each_heading_are_one_list_in_parts():
    parsed = _parse(
        "一、推动区域发展规划实施\n(一)开展区“十四五”规划编制。(二)深入推进落实“一轴三带”发展战略。\n"
        "二、推动区域经济高质量发展\n(一)实现区级一般公共预算收入增长1%。(二)实现社会消费品零售总额达到800亿元。(三)实现单位增加值能耗下降2%。"
    )
    assert [(t.seq, t.section) for t in parsed.tasks] == [
        (1, ["推动区域发展规划实施"]),
        (2, ["推动区域发展规划实施"]),
        (1, ["推动区域经济高质量发展"]),
        (2, ["推动区域经济高质量发展"]),
        (3, ["推动区域经济高质量发展"]),
    ]


def test_points_run_into_one_paragraph_after_the_sentence_announcing_them_are_the_items():
    # tests/realworld/plans6 R11: the county's ten 民生实事 in one paragraph of a news page
    parsed = _parse(
        "今年确定的这十件民生实事主要涉及教育、文化、卫生等领域。一是持续推进农村“厕所革命”,改造农村卫生厕所2300个。"
        "二是启动实施黄家河坝至柑竹坝休闲健康步道建设。三是开辟公益性岗位200个以上。"
    )
    assert [(t.seq, t.text[:8]) for t in parsed.tasks] == [
        (1, "持续推进农村“厕"),
        (2, "启动实施黄家河坝"),
        (3, "开辟公益性岗位2"),
    ]
