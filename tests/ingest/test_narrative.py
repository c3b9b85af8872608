"""The figures of a narrative report (corpus 003, the Chongqing 2025 H1 plan-execution report),
against its 218 hand-checked figures (tests/gold/narrative_003_actuals.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duban.ingest import parse_document

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "corpus" / "003_6f42d119bd871e74.txt"


def _base(value: float, unit: str) -> tuple[float, str]:
    for prefix, factor in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if unit.startswith(prefix) and unit != prefix + "千瓦":
            return value * factor, unit[len(prefix) :]
    return value, unit


@pytest.fixture(scope="module")
def parsed():
    return parse_document(REPORT)


def test_a_narrative_report_lists_the_figures_it_states(parsed):
    gold = [
        json.loads(line) for line in (ROOT / "gold" / "narrative_003_actuals.jsonl").open(encoding="utf-8")
    ]
    found, used = 0, set()
    for record in gold:
        want = _base(float(record["value"]), record["unit"])
        for index, figure in enumerate(parsed.actuals):
            same = abs(_base(float(figure["value"]), figure["unit"])[0] - want[0]) < 1e-6 * max(1, want[0])
            if index not in used and same and figure["sentence"] == record["sentence"].strip():
                used.add(index)
                found += 1
                break
    # measured: 213 of 218 found, 227 listed
    assert parsed.kind == "narrative"
    assert found / len(gold) >= 0.95
    assert found / len(parsed.actuals) >= 0.9


def test_figures_of_the_part_on_what_comes_next_are_not_results(parsed):
    assert all("下半年" not in figure["sentence"][:4] for figure in parsed.actuals)
    assert not any(figure["metric"].startswith("力争") for figure in parsed.actuals)


def test_every_figure_names_its_line_and_quotes_its_sentence(parsed):
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    for figure in parsed.actuals:
        assert figure["sentence"] in lines[figure["line"] - 1]
        assert figure["text"] in figure["sentence"]
