"""A county plan in numbered paragraphs, the units in parentheses after each task (fictional 桐坪县).

Headings run 一、/（一）/1./（1）; some tasks are numbered 1. under （一）, others （1） under a 1.
heading; units come in （牵头单位：…；配合单位：…）, as 责任领导/牵头单位/责任单位 lines, or inline
after the task sentence. The same text is read as .txt and as a Word document.
"""

from __future__ import annotations

import pytest
from office_files import build_word

from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

PLAN = """\
桐坪县2025年政府工作报告重点目标任务分解方案
为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项目标任务落到实处，现制定如下分解方案。
一、主要预期目标
1.地区生产总值增长6.5%左右。（牵头单位：县发展改革局；配合单位：县统计局、各乡镇）
2.一般公共预算收入增长5%。（牵头单位：县财政局；配合单位：县税务局）
3.城乡居民人均可支配收入分别增长5.5%、7%。（责任领导：副县长 黄海；牵头单位：县农业农村局、县人力社保局；配合单位：县统计局）
二、重点工作任务
（一）加快产业转型升级
1.推进新材料产业园扩区，新引进项目10个以上，新增规上工业企业8家。（责任领导：县委常委、副县长 罗明；牵头单位：县经济商务局；配合单位：县自然资源局，县住房城乡建设局，桐坪工业园区管委会）
2.实施“智改数转”三年行动，
完成企业技术改造项目25个。
（牵头单位：县经济商务局；配合单位：县科技局）
（二）全力扩大有效投资
3.谋划储备项目200个、总投资500亿元以上，争取专项债券资金15亿元。
责任领导：常务副县长 杨光
牵头单位：县发展改革局
配合单位：县财政局、县自然资源局等县级有关部门
4.开工建设县城第二水厂，建成滨河路改造工程。牵头单位：县住房城乡建设局；配合单位：县水利局、县城投公司。
三、保障和改善民生
1.办好十件民生实事
（1）新增城镇就业3000人，开发公益性岗位200个。（牵头单位：县人力社保局）
（2）改造农村危房150户。（牵头单位：县住房城乡建设局；配合单位：各乡镇人民政府）
2.提升公共服务水平
（1）新建公办幼儿园3所，增加学位900个。（牵头单位：县教育局；配合单位：县发展改革局、县财政局）
（2）建成县中医院住院综合楼。（牵头单位：县卫生健康局）
桐坪县人民政府办公室
2025年2月10日
"""


def _parsed(tmp_path, suffix: str):
    if suffix == ".txt":
        path = tmp_path / "桐坪县分解方案.txt"
        path.write_text(PLAN, encoding="gb18030")
    else:
        path = build_word(tmp_path / "桐坪县分解方案.docx", PLAN.splitlines())
    return recognise(read_document(path))


@pytest.fixture(params=[".txt", ".docx"])
def parsed(request, tmp_path):
    return _parsed(tmp_path, request.param)


def test_every_numbered_task_is_read(parsed):
    assert len(parsed.tasks) == 11
    assert parsed.tasks[0].text == "地区生产总值增长6.5%左右。"


def test_units_in_parentheses_after_the_task_are_split_off_the_text(parsed):
    first = parsed.tasks[0]
    assert (first.lead_units, first.co_units) == (["县发展改革局"], ["县统计局", "各乡镇"])
    assert "牵头单位" not in "".join(t.text for t in parsed.tasks)


def test_leader_in_parentheses_loses_its_titles(parsed):
    assert parsed.tasks[2].lead_leaders == ["黄海"]
    assert parsed.tasks[3].lead_leaders == ["罗明"]
    assert parsed.tasks[3].co_units == ["县自然资源局", "县住房城乡建设局", "桐坪工业园区管委会"]


def test_task_text_continued_over_lines_before_its_units(parsed):
    task = parsed.tasks[4]
    assert task.text == "实施“智改数转”三年行动，完成企业技术改造项目25个。"
    assert task.lead_units == ["县经济商务局"]


def test_labelled_lines_after_the_task(parsed):
    task = parsed.tasks[5]
    assert (task.lead_leaders, task.lead_units) == (["杨光"], ["县发展改革局"])
    assert task.co_units == ["县财政局", "县自然资源局等县级有关部门"]


def test_units_inline_after_the_task_sentence(parsed):
    task = parsed.tasks[6]
    assert task.text == "开工建设县城第二水厂，建成滨河路改造工程。"
    assert (task.lead_units, task.co_units) == (["县住房城乡建设局"], ["县水利局", "县城投公司"])


def test_sections_and_indicator_kind(parsed):
    assert [t.kind for t in parsed.tasks[:3]] == ["indicator"] * 3
    assert parsed.tasks[3].section == ["重点工作任务", "加快产业转型升级"]
    assert parsed.tasks[5].section == ["重点工作任务", "全力扩大有效投资"]


def test_tasks_numbered_in_parentheses_under_a_numbered_heading(parsed):
    tasks = parsed.tasks[7:]
    assert [t.text for t in tasks] == [
        "新增城镇就业3000人，开发公益性岗位200个。",
        "改造农村危房150户。",
        "新建公办幼儿园3所，增加学位900个。",
        "建成县中医院住院综合楼。",
    ]
    assert tasks[0].section == ["保障和改善民生", "办好十件民生实事"]
    assert tasks[2].section == ["保障和改善民生", "提升公共服务水平"]
    assert tasks[1].co_units == ["各乡镇人民政府"]


def test_references_stay_unique_when_numbering_restarts(parsed):
    refs = [t.ref for t in parsed.tasks]
    assert len(set(refs)) == len(refs)
