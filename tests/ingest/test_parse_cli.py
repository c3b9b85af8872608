"""`duban parse PATH --json` through the CLI entry point: DESIGN §5 shape, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duban.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCUMENT_KEYS = {"source", "kind", "title", "issuer", "date", "year", "tasks", "warnings"}
TASK_KEYS = {
    "ref", "seq", "part", "section", "category", "kind", "text", "lead_leaders", "lead_units",
    "co_units", "progress", "label", "targets", "actuals",
}  # fmt: skip
# Keys added after DESIGN §5 was written, present only when the document has them.
EXTRA_DOCUMENT_KEYS = {"period"}
EXTRA_TASK_KEYS = {"deadline", "problems", "next_steps"}


def _parse(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, str]:
    code = main(["parse", str(path), "--json"])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out else {}), captured.err


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_parse_prints_the_documented_json_shape(prefix, capsys):
    code, data, _ = _parse(next(CORPUS.glob(f"{prefix}_*.txt")), capsys)
    assert code == 0
    assert DOCUMENT_KEYS <= set(data) <= DOCUMENT_KEYS | EXTRA_DOCUMENT_KEYS
    assert data["tasks"]
    assert all(TASK_KEYS <= set(task) <= TASK_KEYS | EXTRA_TASK_KEYS for task in data["tasks"])


def test_parse_of_a_plan_reports_kind_year_and_targets(capsys):
    _, data, _ = _parse(next(CORPUS.glob("002_*.txt")), capsys)
    assert (data["kind"], data["year"], data["date"]) == ("plan", 2025, "2025-02-12")
    first = data["tasks"][0]
    assert first["text"] == "地区生产总值增长6%以上。"
    assert first["targets"] and first["targets"][0]["value"] == 6


def test_parse_of_a_narrative_report_succeeds_without_tasks(capsys):
    code, data, _ = _parse(next(CORPUS.glob("003_*.txt")), capsys)
    assert (code, data["kind"], data["tasks"]) == (0, "narrative", [])


def test_parse_of_an_empty_file_exits_2_naming_the_file(tmp_path, capsys):
    path = tmp_path / "空白.txt"
    path.write_text("\n\n", encoding="utf-8")
    code, data, err = _parse(path, capsys)
    assert (code, data) == (2, {})
    assert "空白.txt" in err


def test_parse_of_two_table_kinds_exits_2_with_a_chinese_message(tmp_path, capsys):
    path = tmp_path / "混合.txt"
    path.write_text(
        "序号\t目标任务\t牵头单位\t配合单位\n1\t新增就业1万人。\t区人力社保局\t各镇街\n\n"
        "附件2\n进展情况表\n序号\t目标任务\t责任单位\t推进情况\n1\t新增就业1万人。\t区人力社保局\t已新增5000人。\n",
        encoding="utf-8",
    )
    code, _, err = _parse(path, capsys)
    assert code == 2
    assert "混合.txt" in err and "两种不同的表格" in err
