"""The reading form: the same length as the text, so spans found in it quote the text as written."""

from datetime import date

from duban.core.judging import judge_texts
from duban.core.script import reading_form
from duban.core.targets import extract_targets


def test_traditional_characters_are_read_as_simplified_of_the_same_length():
    written = "該項目年度計畫投入2.6億元,目前僅完成投入2960萬元"
    assert reading_form(written) == "该项目年度计划投入2.6亿元，目前仅完成投入2960万元"
    assert len(reading_form(written)) == len(written)


def test_ascii_marks_end_clauses_but_not_inside_numbers():
    assert reading_form("增长8%以上.") == "增长8%以上。"
    assert reading_form("3.新辟公交线路") == "3。新辟公交线路"
    assert reading_form("PM2.5浓度1,163.07") == "PM2.5浓度1,163.07"


def test_a_sentence_ending_in_an_ascii_full_stop_keeps_its_target():
    [target] = extract_targets("一般公共预算收入增长8%以上.")
    assert (target.metric, target.comparator, target.kind) == ("一般公共预算收入", ">=", "growth_rate")


def test_evidence_quotes_the_traditional_text_as_written():
    progress = "該項目年度計畫投入2.6億元,目前僅完成投入2960萬元,占年度計畫11.4%"
    judgement = judge_texts("大市區區域供水工程", progress, date(2013, 9, 30))
    assert judgement.status == "lagging"
    assert [e.text for e in judgement.evidence if e.source == "progress"] == ["11.4%"]
    assert all(progress[e.span[0] : e.span[1]] == e.text for e in judgement.evidence)


def test_pinyin_glosses_of_a_broken_repost_are_not_read_but_spans_quote_them():
    written = "新增就業4萬(wàn)人"
    (target,) = extract_targets(written)
    assert (target.quantity.value, target.quantity.unit) == (4, "萬人")
    assert target.text == written[target.span[0] : target.span[1]] == "4萬(wàn)人"
    judgement = judge_texts("貝麗中學(xué)", "進(jìn)展相對偏慢", date(2011, 10, 31))
    assert judgement.status == "lagging"
    assert judgement.evidence[0].text == "進(jìn)展相對偏慢"


def test_metric_and_unit_come_in_the_script_they_were_written_in():
    (target,) = extract_targets("城鎮新增就業1100萬人以上")
    assert (target.metric, target.quantity.unit, target.quantity.base_value) == (
        "城鎮新增就業",
        "萬人",
        1.1e7,
    )
