"""Documents reposted in traditional characters with pinyin glosses (a real page kept under
tests/realworld/verdicts2): read in simplified characters, given back as printed."""

from __future__ import annotations

from pathlib import Path

from duban.ingest import parse_document

DOC = Path(__file__).resolve().parents[1] / "realworld" / "verdicts2" / "docs" / "W12_qiandongnan_2023_q1.txt"


def test_units_of_a_glossed_traditional_page_are_read_and_kept_as_printed():
    tasks = parse_document(DOC).tasks
    first = tasks[0]
    assert first.text.startswith("城鎮(zhèn)公益性崗位安置就業(yè)困難人員6100人")
    assert first.lead_units == ["州人力資源社會保障局"]
    assert first.progress is not None and first.progress.startswith("目前累計完成")
    assert all(task.lead_units for task in tasks)


def test_targets_of_a_glossed_task_quote_the_text_as_printed():
    first = parse_document(DOC).tasks[0]
    (target,) = first.targets
    assert (target["value"], target["unit"]) == (6100, "人")
    start, end = target["span"]
    assert first.text[start:end] == target["text"]
