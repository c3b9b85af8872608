"""Projects a bulletin names in its sentences, one rule per test (duban.ingest.layouts.prose)."""

from __future__ import annotations

from duban.ingest.blocks import Paragraph
from duban.ingest.layouts.prose import read_projects


def _projects(*lines: str):
    return read_projects([Paragraph(line, number) for number, line in enumerate(lines, 1)])


def test_a_counted_list_shares_the_verdict_after_it():
    found = _projects(
        "市本级开复工率为87.5%,水循环综合利用项目、云数据中心项目、煤焦油深加工项目3个项目未开工。"
    )
    assert [(p.name, p.label) for p in found] == [
        ("水循环综合利用项目", "未开工"),
        ("云数据中心项目", "未开工"),
        ("煤焦油深加工项目", "未开工"),
    ]


def test_items_a_unit_owns_after_a_counted_verdict_take_the_unit_and_the_verdict():
    found = _projects(
        "未开工项目3个:灵武市负责的宁东一、二期风电场项目和粪污资源化利用项目2个项目;市住建局负责的金凤五路道路桥梁工程。"
    )
    assert [(p.name, p.unit) for p in found] == [
        ("宁东一、二期风电场项目", "灵武市"),
        ("粪污资源化利用项目", "灵武市"),
        ("金凤五路道路桥梁工程", "市住建局"),
    ]
    assert {p.label for p in found} == {"未开工项目3个"}


def test_clauses_after_an_introducer_give_the_name_then_its_progress():
    found = _projects(
        "其中:晨光新材料项目一期土建已完工;铁路专用线项目路基完成工程量的87%;广电数据中心一期项目主体已封顶。"
    )
    assert [(p.name, p.progress) for p in found] == [
        ("晨光新材料项目", "一期土建已完工"),
        ("铁路专用线项目", "路基完成工程量的87%"),
        ("广电数据中心一期项目", "主体已封顶"),
    ]


def test_names_in_brackets_after_a_counted_verdict():
    found = _projects(
        "推进缓慢的有3(城区公办幼儿园建设、乡镇污水处理站建设、乡镇加油站建设),占目标任务的30%。"
    )
    assert [p.name for p in found] == ["城区公办幼儿园建设", "乡镇污水处理站建设", "乡镇加油站建设"]
    assert found[0].label == "推进缓慢的"


def test_a_colon_after_no_verdict_opens_no_list():
    assert _projects("责任单位:区住建局、区城管局、区教体局、区农业农村局。") == []


def test_two_projects_in_a_long_report_are_not_what_it_is_about():
    report = ["全市经济运行稳中有进,主要指标好于预期。"] * 20
    assert _projects(*report, "农村公路加装护栏、农村黑臭水体治理等2件民生实事超额完成年度任务。") == []


def test_sentences_opening_with_their_unit_give_the_unit_and_the_task():
    from duban.ingest.layouts.prose import read_unit_sentences

    found = read_unit_sentences(
        [
            Paragraph(
                "今年,市住建局要在8月底完成改造老旧小区333个。市教育局要在11月底新建幼儿园9所。赛罕区政府11月底启动旗舰店项目。",
                1,
            )
        ]
    )
    assert [(p.unit, p.name) for p in found] == [
        ("市住建局", "在8月底完成改造老旧小区333个。"),
        ("市教育局", "在11月底新建幼儿园9所。"),
        ("赛罕区政府", "11月底启动旗舰店项目。"),
    ]
