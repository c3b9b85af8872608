import pytest
from hypothesis import given
from hypothesis import strategies as st

from duban.core.quantity import find_quantities, unit_base


def only(text):
    [quantity] = find_quantities(text)
    return quantity


def test_multiplier_goes_into_the_written_unit_and_the_base_value():
    q = only("拆除150万平方米违法建筑")
    assert (q.value, q.unit, q.base_value, q.base_unit) == (150, "万平方米", 1_500_000, "平方米")


def test_chinese_numeral_with_money_multiplier():
    q = only("完成投资三千亿元")
    assert (q.value, q.unit, q.base_value, q.base_unit) == (3000, "亿元", 3e11, "元")


def test_percent_written_in_words():
    q = only("占比百分之十")
    assert (q.value, q.base_unit) == (10, "%")


def test_doubling_is_a_hundred_percent_growth():
    q = only("实际使用外资翻一番")
    assert (q.value, q.unit) == (100, "%")


@pytest.mark.parametrize("text", ["增长7%-8%", "增长7%—8%", "增长7-8%"])
def test_range_keeps_both_bounds(text):
    q = only(text)
    assert (q.value, q.upper, q.unit) == (7, 8, "%")


def test_negative_rate_keeps_its_sign():
    assert only("增长-19%").value == -19


def test_fullwidth_percent_is_a_percent():
    q = only("增长１０％以上")
    assert (q.value, q.base_unit, q.text) == (10, "%", "１０％")


def test_compound_unit_is_read_whole():
    assert only("下降18.7微克/立方米").unit == "微克/立方米"


def test_about_marker_is_not_part_of_the_unit():
    q = only("开展活动30余场")
    assert (q.value, q.unit, q.approximate) == (30, "场", True)


@pytest.mark.parametrize(
    "text",
    [
        "新建5G基站",
        "PM2.5浓度",
        "“141”体系",
        "1+X",
        "2×100万千瓦",
        "1号线",
        "第二届",
        "2025年1-6月",
        "一张网",
    ],
)
def test_names_codes_dates_and_ordinals_are_not_quantities(text):
    assert find_quantities(text) == []


def test_unit_base_of_a_written_unit():
    assert unit_base("亿立方米") == ("立方米", 1e8)
    assert unit_base("个百分点") == ("个百分点", 1.0)


@given(st.text())
def test_any_text_is_read_without_error_and_spans_point_at_the_text(text):
    for q in find_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text


def test_one_after_have_is_a_count():
    assert [(q.value, q.unit) for q in find_quantities("已有一家企业成功上市")] == [(1, "家")]


def test_one_as_an_article_is_not_a_count():
    assert find_quantities("构建一张网，打造一批精品") == []
