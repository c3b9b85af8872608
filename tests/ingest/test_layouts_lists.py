"""Numbered items and the units they name, one rule per test (duban.ingest.layouts.lists)."""

from __future__ import annotations

from duban.ingest.blocks import Document, Paragraph
from duban.ingest.layouts import recognise
from duban.ingest.layouts.lists import role_group


def _parse(text: str):
    lines = tuple(Paragraph(line, number) for number, line in enumerate(text.splitlines(), 1))
    return recognise(Document(source="t.txt", format="txt", blocks=lines))


def test_a_heading_naming_a_unit_leads_the_bare_items_under_it():
    parsed = _parse(
        "一、县示范区管委会牵头工作(2项)\n1.建设食用菌基地。\n2.建设产业园。\n二、县财政局负责的任务\n1.盘活资产。"
    )
    assert [t.lead_units for t in parsed.tasks] == [["县示范区管委会"], ["县示范区管委会"], ["县财政局"]]


def test_a_heading_naming_no_unit_leads_nothing():
    parsed = _parse("一、重点工作\n1.建设食用菌基地。\n2.建设产业园。")
    assert parsed.tasks == []
    assert parsed.warnings


def test_labels_in_a_bracket_inside_the_line_and_the_progress_after_it():
    parsed = _parse("1赵家沟大桥项目(包抓领导:钱晓明;责任单位:住建和交通局)承台已完工。")
    task = parsed.tasks[0]
    assert (task.text, task.lead_leaders, task.lead_units) == ("赵家沟大桥项目", ["钱晓明"], ["住建和交通局"])
    assert task.progress == "承台已完工。"


def test_a_heading_numbered_item_that_names_its_units_is_a_task_with_its_verdict():
    parsed = _parse("一、解决6万人农村饮水安全问题。(责任单位:市水务局)该件实事已全面完成")
    task = parsed.tasks[0]
    assert task.lead_units == ["市水务局"]
    assert (task.progress, task.label) == ("该件实事已全面完成", "该件实事已全面完成")


def test_a_stage_at_the_start_of_the_progress_is_not_a_verdict():
    parsed = _parse("1.农村公路建设项目(责任单位:交通局)\n已完成土方路基工程，正在进行路基检测。")
    assert parsed.tasks[0].label is None


def test_units_labelled_after_a_comma_end_at_the_sentence_and_what_follows_reports():
    parsed = _parse("1、技能培训提升,牵头单位:市退役军人局。其中,培训进度较慢的为叶集区。")
    task = parsed.tasks[0]
    assert (task.text, task.lead_units) == ("技能培训提升", ["市退役军人局"])
    assert task.progress == "其中,培训进度较慢的为叶集区。"


def test_a_verdict_heading_labels_the_items_under_it():
    parsed = _parse("(三)进展缓慢的有2项\n1.引黄工程。(责任单位:市水利局)\n2.防洪工程。(责任单位:市水利局)")
    assert [t.label for t in parsed.tasks] == ["进展缓慢的有2项", "进展缓慢的有2项"]


def test_a_heading_naming_work_is_not_a_verdict():
    parsed = _parse("(三)有序推进城市更新\n1.改造小区。(责任单位:市住建局)")
    assert parsed.tasks[0].label is None


def test_a_list_naming_no_unit_gives_its_items_with_a_warning():
    parsed = _parse(
        "（一）\n开展职业技能培训2.5万人次。\n（二）\n新建公办幼儿园20所。\n（三）\n新增停车位2500个。"
    )
    assert [t.text for t in parsed.tasks] == [
        "开展职业技能培训2.5万人次。",
        "新建公办幼儿园20所。",
        "新增停车位2500个。",
    ]
    assert any("编号条目读出任务" in w for w in parsed.warnings)


def test_dash_bullets_name_the_task_then_report_on_it():
    parsed = _parse(
        "--文化下乡。购买图书186套。\n--家电下乡。累计销售450926台。\n--村村通电。完成投资14778万元。"
    )
    assert len(parsed.tasks) == 3
    assert (parsed.tasks[0].text, parsed.tasks[0].progress) == ("文化下乡。", "购买图书186套。")


def test_long_numbered_paragraphs_of_a_report_are_not_tasks():
    paragraph = "全力推进改革，" + "持续深化重点领域改革，激发经营主体活力，" * 10 + "。"
    parsed = _parse("\n".join(f"{n}.{paragraph}" for n in range(1, 4)))
    assert parsed.tasks == []


def test_units_in_brackets_after_the_task_need_no_label():
    # Sanmenxia 2023 plan (tests/realworld/targets3)
    text, found = role_group("地区生产总值增长7%以上。(市发展改革委,各县〔市、区〕政府)")
    assert text == "地区生产总值增长7%以上。"
    assert found == {"units": ["市发展改革委,各县〔市、区〕政府"]}
    assert role_group("地区生产总值增长11%左右。(省发改委负责)")[1] == {"units": ["省发改委"]}


def test_a_rule_that_the_first_unit_leads_applies_to_every_item_after_it():
    tasks = _parse(
        "1.制定出台高质量发展政策体系。\n"
        "责任单位:财政局、发改局、经信局(列第一位者为牵头或汇总单位,下同)\n"
        "2.全面落实各级“五减”系列政策。\n"
        "责任单位:发改局、经信局、财政局\n"
    ).tasks
    assert [(t.lead_units, t.co_units) for t in tasks] == [
        (["财政局"], ["发改局", "经信局"]),
        (["发改局"], ["经信局", "财政局"]),
    ]


def test_items_numbered_past_9999_are_items_not_text_of_the_one_before():
    parsed = _parse(
        "9999.完成第9999项工作。（牵头单位：区发改委）\n10000.完成第10000项工作。（牵头单位：区财政局）"
    )
    assert [(t.seq, t.lead_units) for t in parsed.tasks] == [(9999, ["区发改委"]), (10000, ["区财政局"])]


def test_units_in_a_bracket_right_after_the_goal_close_the_item():
    parsed = _parse(
        "1、地区生产总值增长11%(市发改委,各县市区政府,荆州开发区)。\n2、财政一般预算收入增长13%(市财政局、市国税局,各县市区政府)。"
    )
    assert [t.lead_units for t in parsed.tasks] == [
        ["市发改委", "各县市区政府", "荆州开发区"],
        ["市财政局", "市国税局", "各县市区政府"],
    ]


def test_joint_units_co_operate_and_the_units_supplying_data_are_neither():
    parsed = _parse(
        "1.新建幼儿园16所。(牵头单位:市教育局;共同责任单位:市资源局、市住建局)\n"
        "2.地区生产总值增长7.5%左右。(牵头单位:市发改委,数据提供单位:市统计局)"
    )
    first, second = parsed.tasks
    assert (first.lead_units, first.co_units) == (["市教育局"], ["市资源局", "市住建局"])
    assert (second.lead_units, second.co_units) == (["市发改委"], [])


def test_a_heading_naming_the_leader_in_charge_gives_the_items_under_it_their_leader():
    parsed = _parse(
        "一、孟学农省长负责的工作\n1.深化行政管理体制改革。（牵头单位：省编办）\n"
        "二、薛延忠副省长负责的工作\n1.加强政府自身建设。（牵头单位：省人民政府办公厅；责任领导：张三）"
    )
    assert [t.lead_leaders for t in parsed.tasks] == [["孟学农"], ["张三"]]


def test_label_lines_of_a_leader_in_charge_and_of_co_operating_units():
    parsed = _parse(
        "1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n协同责任单位:市经信局、市商务局等,各县、市、区政府"
    )
    (task,) = parsed.tasks
    assert (task.lead_leaders, task.lead_units) == (["金力"], ["市发展改革委"])
    assert task.co_units == ["市经信局", "市商务局", "各县、市、区政府"]


def test_the_next_item_of_a_list_whose_unit_line_is_missing_is_still_a_task():
    # tests/realworld/south U05: the page ends before item 3's 责任单位 line
    parsed = _parse(
        "1.全面落实各级“五减”系列政策,力争为企业减负60亿元。\n"
        "责任单位:发改局、经信局、财政局\n"
        "2.坚持政府过“紧日子”,全面实施财政绩效管理。\n"
    )
    assert [(t.seq, t.lead_units) for t in parsed.tasks] == [(1, ["发改局", "经信局", "财政局"]), (2, [])]
    assert any("第2项没有责任单位" in w for w in parsed.warnings)
