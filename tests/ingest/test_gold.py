"""The gold measurement of issue 2: parse the corpus and compare with the hand-checked annotations.

For each annotated document: the share of gold rows found (matched by part and number) and, per
field, the share of gold rows whose field agrees exactly. Each must reach 0.98; all are printed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from duban.ingest.blocks import Document
from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document
from duban.ingest.records import ParsedDocument, ParsedTask

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD = Path(__file__).parents[1] / "gold"
THRESHOLD = 0.98


def _parse(prefix: str) -> ParsedDocument:
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    document: Document = read_document(path)
    return recognise(document)


def _gold(name: str) -> list[dict[str, Any]]:
    with (GOLD / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _attachment(task: ParsedTask) -> int | None:
    if task.part and task.part.startswith("附件") and task.part[2:].isdigit():
        return int(task.part[2:])
    return None


def score(
    gold: list[dict[str, Any]],
    tasks: list[ParsedTask],
    gold_key: Callable[[dict[str, Any]], Any],
    task_key: Callable[[ParsedTask], Any],
    fields: dict[str, Callable[[ParsedTask], Any]],
) -> dict[str, float]:
    """Found rate and per-field agreement over the gold rows; a row not found disagrees on all."""
    by_key = {task_key(task): task for task in tasks}
    found = 0
    agree = dict.fromkeys(fields, 0)
    for record in gold:
        task = by_key.get(gold_key(record))
        if task is None:
            continue
        found += 1
        for name, read in fields.items():
            agree[name] += read(task) == record[name]
    total = len(gold)
    return {"found": found / total, **{name: count / total for name, count in agree.items()}}


def _report(name: str, scores: dict[str, float], count: int) -> None:
    shown = "  ".join(f"{field}={value:.3f}" for field, value in scores.items())
    print(f"\n{name} ({count} gold rows): {shown}")
    low = {field: value for field, value in scores.items() if value < THRESHOLD}
    assert not low, f"{name}: below {THRESHOLD}: {low}"


def test_plan_002_numbered_list_matches_gold():
    parsed = _parse("002")
    gold = _gold("plan_002_tasks")
    scores = score(
        gold,
        parsed.tasks,
        lambda r: r["seq"],
        lambda t: t.seq,
        {
            "section": lambda t: t.section,
            "text": lambda t: t.text,
            "lead_units": lambda t: t.lead_units,
            "co_units": lambda t: t.co_units,
        },
    )
    assert parsed.kind == "plan"
    assert len(parsed.tasks) == len(gold) == 65
    _report("plan_002", scores, len(gold))


def test_plan_004_tab_table_with_leaders_matches_gold():
    parsed = _parse("004")
    gold = _gold("plan_004_tasks")
    scores = score(
        gold,
        parsed.tasks,
        lambda r: (r["part"], r["seq"]),
        lambda t: (t.part, t.seq),
        {
            "category": lambda t: t.category,
            "text": lambda t: t.text,
            "lead_leaders": lambda t: t.lead_leaders,
            "lead_units": lambda t: t.lead_units,
            "co_units": lambda t: t.co_units,
        },
    )
    assert parsed.kind == "plan"
    assert len(parsed.tasks) == len(gold) == 148
    _report("plan_004", scores, len(gold))


def test_progress_000_space_rows_match_gold():
    parsed = _parse("000")
    gold = _gold("progress_000_items")
    scores = score(
        gold,
        parsed.tasks,
        lambda r: r["seq"],
        lambda t: t.seq,
        {
            "section": lambda t: t.section,
            "text": lambda t: t.text,
            "units": lambda t: t.lead_units + t.co_units,
            "progress": lambda t: t.progress,
        },
    )
    assert parsed.kind == "progress"
    assert len(parsed.tasks) == len(gold) == 123
    _report("progress_000", scores, len(gold))


def test_report_001_indicators_take_labels_from_the_body():
    parsed = _parse("001")
    gold = _gold("report_001_indicators")
    indicators = [t for t in parsed.tasks if t.kind == "indicator"]
    scores = score(
        gold,
        indicators,
        lambda r: r["seq"],
        lambda t: t.seq,
        {
            "text": lambda t: t.text,
            "units": lambda t: t.lead_units + t.co_units,
            "progress": lambda t: t.progress,
            "label": lambda t: t.label,
        },
    )
    assert len(indicators) == len(gold) == 10
    _report("report_001 indicators", scores, len(gold))


def test_report_001_tasks_take_labels_from_attachment_titles():
    parsed = _parse("001")
    gold = _gold("report_001_tasks")
    tasks = [t for t in parsed.tasks if t.kind == "task"]
    scores = score(
        gold,
        tasks,
        lambda r: (r["attachment"], r["seq"]),
        lambda t: (_attachment(t), t.seq),
        {
            "category": lambda t: t.category,
            "text": lambda t: t.text,
            "lead_units": lambda t: t.lead_units,
            "co_units": lambda t: t.co_units,
            "progress": lambda t: t.progress,
            "label": lambda t: t.label,
        },
    )
    assert parsed.kind == "report"
    assert len(tasks) == len(gold) == 131
    _report("report_001 tasks", scores, len(gold))
