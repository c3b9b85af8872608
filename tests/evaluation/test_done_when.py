"""The "done when" measures of the extraction and judging issues, kept by tests.

Targets (issue "Read the numbers"): on the seed gold, quantity F1 ≥ 0.99, F1 with comparator and kind
≥ 0.95, metric agreement ≥ 0.90. Judging (issue "Judge progress"): on the Shapingba office's own
judgements as of 2022-06-30, every lagging item caught, agreement ≥ 0.93, at most 15% left to a person.
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

from duban.core.judging import judge_texts
from duban.evaluation.judge import Tally, load_cases
from duban.evaluation.targets import evaluate as evaluate_targets

GOLD = Path(__file__).parent.parent / "gold"
SHAPINGBA_AS_OF = date(2022, 6, 30)


def _shapingba_tally():
    tally = Tally()
    for name in ("report_001_tasks.jsonl", "report_001_indicators.jsonl"):
        cases, _ = load_cases(GOLD / name, fallback=SHAPINGBA_AS_OF)
        for case in cases:
            case = replace(case, as_of=SHAPINGBA_AS_OF)
            tally.add(case, judge_texts(case.task, case.progress, case.as_of))
    return tally


def test_seed_targets_meet_the_issue_thresholds():
    score = evaluate_targets(GOLD / "targets_seed.jsonl")
    assert score.gold >= 160  # the whole seed set was read
    assert score.quantity[2] >= 0.99
    assert score.typed[2] >= 0.95
    assert score.metric >= 0.90


def test_shapingba_judgements_catch_every_lagging_item():
    tally = _shapingba_tally()
    assert tally.cases == 141
    assert tally.office_lagging == 13
    assert tally.caught == tally.office_lagging


def test_shapingba_judgements_agree_with_the_office():
    tally = _shapingba_tally()
    assert tally.agreed / tally.cases >= 0.93


def test_shapingba_judgements_leave_few_items_to_a_person():
    tally = _shapingba_tally()
    assert tally.statuses["unknown"] / tally.cases <= 0.15
