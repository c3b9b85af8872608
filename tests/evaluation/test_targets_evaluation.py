import io
import json

import pytest

from duban.errors import DubanError
from duban.evaluation.targets import evaluate, run


def write_gold(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return path


def target(metric, value, unit, comparator, kind):
    return {"metric": metric, "value": value, "unit": unit, "comparator": comparator, "kind": kind}


def test_multiplier_written_differently_still_matches(tmp_path):
    path = write_gold(
        tmp_path,
        [
            {
                "text": "新增城市花园3万平方米。",
                "targets": [target("城市花园", 30000, "平方米", "=", "increment")],
            }
        ],
    )
    score = evaluate(path)
    assert (score.matched, score.quantity[2]) == (1, 1.0)


def test_wrong_kind_counts_against_the_typed_score_only(tmp_path):
    path = write_gold(
        tmp_path,
        [{"text": "地区生产总值增长6%以上。", "targets": [target("地区生产总值", 6, "%", ">=", "level")]}],
    )
    score = evaluate(path)
    assert score.quantity[2] == 1.0
    assert score.typed[2] == 0.0


def test_missed_and_spurious_targets_lower_recall_and_precision(tmp_path):
    records = [
        {"text": "新增企业5家。", "targets": [target("企业", 6, "家", "=", "increment")]},
    ]
    score = evaluate(write_gold(tmp_path, records))
    assert (score.matched, score.predicted, score.gold) == (0, 1, 1)


def test_show_lists_disagreements(tmp_path):
    path = write_gold(tmp_path, [{"text": "新增企业5家。", "targets": []}])
    out = io.StringIO()
    assert run(path, show=True, out=out) == 0
    assert "多抽" in out.getvalue()


def test_malformed_line_names_the_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "x", "targets": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(DubanError, match="第2行"):
        evaluate(path)


def test_a_disagreement_of_a_sourced_record_without_seq_names_its_line(tmp_path):
    path = write_gold(
        tmp_path, [{"text": "新增企业5家。", "targets": [], "source": "http://example.gov.cn/a"}]
    )
    out = io.StringIO()
    assert run(path, show=True, out=out) == 0
    assert "http://example.gov.cn/a #1" in out.getvalue()
