import io
import json
from datetime import date

import pytest

from duban.errors import DubanError
from duban.evaluation.judge import infer_as_of, load_cases, run


def _write(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


LAGGING_GROWTH = {
    "text": "地区生产总值增长5.5%左右",
    "progress": "1-6月,地区生产总值增长4.4%。",
    "label": "不达预期",
}
MET_GROWTH = {
    "text": "固定资产投资增长6%左右",
    "progress": "1-6月,固定资产投资同比增长12%。",
    "label": "符合预期",
}
EMPTY = {"text": "引进3支创投基金", "progress": "", "label": "正常推进"}


def test_as_of_is_inferred_from_the_period_and_year_the_texts_name():
    texts = ["1-6月,新增城镇就业1.9万人", "上半年完成2022年度任务", "截至6月30日,累计完成"]
    assert infer_as_of(texts) == date(2022, 6, 30)


def test_as_of_cannot_be_inferred_without_a_year():
    assert infer_as_of(["1-6月,新增城镇就业1.9万人"]) is None


def test_record_as_of_overrides_inference(tmp_path):
    path = _write(tmp_path / "cases.jsonl", [{**LAGGING_GROWTH, "as_of": "2022-09-30"}])
    (case,), _ = load_cases(path)
    assert case.as_of == date(2022, 9, 30)


def test_file_without_any_date_names_the_line(tmp_path):
    path = _write(tmp_path / "cases.jsonl", [LAGGING_GROWTH])
    with pytest.raises(DubanError, match="第1行"):
        load_cases(path)


def test_unknown_office_label_is_rejected(tmp_path):
    path = _write(tmp_path / "cases.jsonl", [{**MET_GROWTH, "label": "还行", "as_of": "2022-06-30"}])
    with pytest.raises(DubanError, match="还行"):
        load_cases(path)


def test_scores_agreement_recall_and_abstentions(tmp_path):
    records = [{**r, "as_of": "2022-06-30"} for r in (LAGGING_GROWTH, MET_GROWTH, EMPTY)]
    out = io.StringIO()
    assert run(_write(tmp_path / "cases.jsonl", records), show=False, out=out) == 0
    text = out.getvalue()
    assert "一致率（待研判计为不一致，未填报仅与“未填报”一致）：0.667（2/3）" in text
    assert "滞后召回率：1.000（1/1）" in text
    assert "未填报：1" in text


def test_show_lists_each_disagreement_with_the_reason(tmp_path):
    records = [{**r, "as_of": "2022-06-30"} for r in (MET_GROWTH, EMPTY)]
    out = io.StringIO()
    run(_write(tmp_path / "cases.jsonl", records), show=True, out=out)
    text = out.getvalue()
    assert "督查室：正常推进｜duban：未填报" in text
    assert "理由：本期未填报推进情况。" in text
    assert "固定资产投资" not in text.split("不一致：")[1]


def test_directory_scores_every_labelled_file_and_skips_the_rest(tmp_path):
    _write(tmp_path / "a.jsonl", [{**LAGGING_GROWTH, "as_of": "2022-06-30"}])
    _write(tmp_path / "b.jsonl", [{**MET_GROWTH, "as_of": "2022-06-30"}])
    _write(tmp_path / "plan.jsonl", [{"text": "新增20家"}])
    out = io.StringIO()
    run(tmp_path, show=False, out=out)
    assert "条目数：2" in out.getvalue()


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(DubanError, match="找不到"):
        run(tmp_path / "none.jsonl", show=False, out=io.StringIO())


def test_office_label_unreported_agrees_only_with_unreported(tmp_path):
    path = tmp_path / "cases.jsonl"
    rows = [
        {"task": "新建5G基站800个。", "progress": "", "as_of": "2024-06-30", "label": "未填报"},
        {
            "task": "新建5G基站800个。",
            "progress": "1-6月新建5G基站100个。",
            "as_of": "2024-06-30",
            "label": "未填报",
        },
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = io.StringIO()
    run(path, show=False, out=out)
    assert "0.500（1/2）" in out.getvalue().splitlines()[2]


def test_status_labels_are_scored_status_for_status(tmp_path):
    path = tmp_path / "cases.jsonl"
    row = {
        "task": "新建5G基站800个。",
        "progress": "新建5G基站820个。",
        "as_of": "2024-06-30",
        "label": "超进度",
    }
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    run(path, show=False, out=out)
    assert "具体状态一致率（标注为具体状态的条目）：0.000（0/1）" in out.getvalue()


def test_a_status_code_stands_for_office_words_the_scorer_does_not_know(tmp_path):
    record = {**MET_GROWTH, "label": "已通过验收", "status": "completed", "as_of": "2022-06-30"}
    (case,), _ = load_cases(_write(tmp_path / "cases.jsonl", [record]))
    assert case.label == "已完成"
