"""Word automatic numbering: the 序号 column and the headings numbered by Word (numPr), so the
numbers are in no run of text. The reader renders them as Word displays them."""

from __future__ import annotations

import pytest
from office_files import CHINESE_LIST, DECIMAL_DOT_LIST, WordTable, build_word

from duban.ingest.blocks import Paragraph, Table
from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
FIRST = [
    ["", "新增市场主体3000户。", "区市场监管局", "各镇街", "12月底"],
    ["", "实施城市更新项目12个。", "区住房城乡建委", "区规划自然资源局", "11月底"],
    ["", "新建改建农村公路60公里。", "区交通局", "各镇", "10月底"],
]
SECOND = [
    ["", "新增托位500个。", "区卫生健康委", "区教委", "12月底"],
    ["", "建成区级养老服务中心。", "区民政局", "区财政局", "9月底"],
]

CONTENT: list = [
    "青溪区2025年政府工作报告目标任务分解方案",
    ("推动经济高质量发展", CHINESE_LIST),
    WordTable(HEADER, FIRST, auto_number=0),
    ("持续增进民生福祉", CHINESE_LIST),
    WordTable(HEADER, SECOND, auto_number=0),
    ("各责任单位于每月5日前报送上月进展情况。", DECIMAL_DOT_LIST),
    ("区政府督查室将定期通报。", DECIMAL_DOT_LIST),
]


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    return read_document(build_word(tmp_path_factory.mktemp("numbering") / "青溪区.docx", CONTENT))


def test_numbered_cells_read_as_the_numbers_word_shows(document):
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [row[0] for row in tables[0].rows[1:]] == ["1", "2", "3"]
    assert [row[0] for row in tables[1].rows[1:]] == ["1", "2"]


def test_numbered_paragraphs_carry_their_chinese_and_decimal_numbers(document):
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert "一、推动经济高质量发展" in texts
    assert "二、持续增进民生福祉" in texts
    assert "2.区政府督查室将定期通报。" in texts


def test_tasks_take_the_numbers_and_headings_from_word_numbering(document):
    parsed = recognise(document)
    assert [(t.part, t.seq) for t in parsed.tasks] == [
        ("推动经济高质量发展", 1),
        ("推动经济高质量发展", 2),
        ("推动经济高质量发展", 3),
        ("持续增进民生福祉", 1),
        ("持续增进民生福祉", 2),
    ]
    assert not parsed.warnings
