"""A 督查通报 (fictional 柳湾区) whose attachments list lagging and on-track tasks, as a Word file
and as the text a clerk copies out of the portal (one cell per line)."""

from __future__ import annotations

import pytest
from office_files import WordTable, build_word

from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

BODY = [
    "柳湾区人民政府督查室",
    "关于2025年区政府工作报告目标任务1-6月推进情况的通报",
    "各镇人民政府、街道办事处，区政府各部门：",
    "按照工作安排，区政府督查室对2025年区政府工作报告目标任务1-6月推进情况进行了督查。现将有关情况通报如下：",
    "一、总体情况",
    "86项目标任务中，正常推进80项，推进较为滞后6项。",
    "二、推进滞后的任务",
    "1.新建社区养老服务站8个。1-6月建成2个，进度较为滞后。（责任单位：区民政局）",
    "三、下步工作要求",
    "各责任单位要对照序时进度，逐项分析原因，确保完成全年目标任务。",
]
HEADER = ["序号", "目标任务", "责任单位", "1-6月推进情况"]
LAGGING = [
    ["1", "新建社区养老服务站8个", "区民政局", "建成2个，其余6个正在选址。"],
    ["2", "改造城镇老旧小区42个", "区住房城乡建委\n各街道办事处", "开工15个，完成投资0.9亿元。"],
]
ON_TRACK = [
    ["1", "新增城镇就业5200人", "区人力社保局", "新增城镇就业2870人，完成全年目标的55.2%。"],
    ["2", "实施区级重点项目120个", "区发展改革委", "开工项目103个，完成投资96亿元。"],
    ["3", "建成滨江路南延伸段", "区住房城乡建委、区交通局", "路基工程完成，正在铺设路面。"],
]


def _word(tmp_path):
    content = [
        *BODY,
        "附件1",
        "推进较为滞后的目标任务（2项）",
        WordTable(HEADER, LAGGING),
        "附件2",
        "正常推进的目标任务（3项）",
        WordTable(HEADER, ON_TRACK),
    ]
    return build_word(tmp_path / "督查通报.docx", content)


def _flattened(tmp_path):
    """The page text as a clerk copies it: each cell on a line of its own, a long task broken."""
    lines = [*BODY, "附件1", "推进较为滞后的目标任务（2项）", *HEADER]
    for row in LAGGING:
        lines += [row[0], row[1], *row[2].split("\n"), row[3]]
    lines += ["附件2", "正常推进的目标任务（3项）", *HEADER]
    for row in ON_TRACK:
        lines += [row[0], row[1], row[2], row[3]]
    path = tmp_path / "督查通报.txt"
    path.write_text("\n".join(lines) + "\n", encoding="gbk")
    return path


@pytest.fixture(params=["docx", "txt"])
def parsed(request, tmp_path):
    path = _word(tmp_path) if request.param == "docx" else _flattened(tmp_path)
    return recognise(read_document(path))


def test_only_attachment_rows_are_tasks(parsed):
    assert [t.ref for t in parsed.tasks] == ["附件1-1", "附件1-2", "附件2-1", "附件2-2", "附件2-3"]


def test_attachment_titles_give_labels(parsed):
    assert [t.label for t in parsed.tasks] == ["滞后", "滞后", "正常推进", "正常推进", "正常推进"]


def test_units_over_two_lines_and_progress(parsed):
    task = parsed.tasks[1]
    assert task.lead_units == ["区住房城乡建委", "各街道办事处"]
    assert task.progress == "开工15个，完成投资0.9亿元。"


def test_document_is_a_report_for_the_period(parsed):
    assert (parsed.kind, parsed.period) == ("report", "1-6月")
    assert parsed.issuer == "柳湾区人民政府督查室"
