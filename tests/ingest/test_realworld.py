"""Guards the levels reached on the real documents collected under tests/realworld/ (issue 9).

Scored as bench/bench_realworld.py scores them: a row is found when a parsed task's text contains
the annotated text_start; unit and leader lists are compared as exact sets over the found rows.
The floors sit a little under what was measured, so a regression fails.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("bench_realworld", ROOT / "bench" / "bench_realworld.py")
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("bench_realworld", bench)  # its dataclasses look their module up
_SPEC.loader.exec_module(bench)


def _score(batch: Path) -> tuple[object, int]:
    total = bench.RowScore()
    silent = 0
    tasks = bench.read_jsonl(batch / "tasks.jsonl")
    for document in bench.read_jsonl(batch / "documents.jsonl"):
        gold = [t for t in tasks if t.get("doc") == document["id"]]
        parsed, warnings, error = bench.parse_now(batch / document["file"])
        assert error is None, f"{document['id']}: {error}"
        silent += not parsed and not warnings
        rows, _ = bench.score_rows(gold, parsed)
        total.add(rows)
    return total, silent


BATCHES = sorted(p for p in (ROOT / "tests" / "realworld").glob("*") if (p / "documents.jsonl").exists())


@pytest.mark.skipif(not BATCHES, reason="no collected documents")
def test_no_collected_document_gives_an_empty_task_list_silently():
    assert sum(_score(batch)[1] for batch in BATCHES) == 0


@pytest.mark.skipif(not BATCHES, reason="no collected documents")
def test_rows_found_and_fields_on_collected_documents_hold_their_level():
    total = bench.RowScore()
    for batch in BATCHES:
        total.add(_score(batch)[0])
    # measured 627 of 762 rows, lead 0.955, co 0.973, leaders 0.984 (first runs: 287 of 762 rows)
    assert total.found >= 615
    assert total.rate("lead_units") >= 0.94
    assert total.rate("co_units") >= 0.96
    assert total.rate("lead_leaders") >= 0.97


@pytest.mark.skipif(not BATCHES, reason="no collected documents")
def test_judgements_and_targets_on_collected_documents_hold_their_level():
    judged, targets = bench.JudgeScore(), bench.TargetScore()
    for batch in BATCHES:
        cases = bench.read_jsonl(batch / "judged.jsonl")
        for case, output in zip(cases, bench.judge_now(cases), strict=True):
            judged.add(bench.score_judgement(case, output))
        sentences = bench.read_jsonl(batch / "targets.jsonl")
        for sentence, found in zip(sentences, bench.targets_now(sentences), strict=True):
            targets.add(bench.score_targets(sentence, found))
    # measured on 1,746 judged cases: agreement 0.934, lagging recall 0.891; 1,588 target sentences:
    # quantity F1 0.898 (first runs: 0.792, 0.552 and 0.802)
    assert judged.agreement() >= 0.92
    assert judged.recall() >= 0.87
    assert targets.f1() >= 0.88


def test_layouts_batch_reads_every_annotated_row():
    batch = ROOT / "tests" / "realworld" / "layouts"
    score, _ = _score(batch)
    assert score.found == score.annotated == 21
    assert score.rate("co_units") == 1.0
