import pytest
from hypothesis import given
from hypothesis import strategies as st

from duban.core.numerals import normalise_digits, parse_numeral, render_chinese, split_multiplier


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("1,163.07", 1163.07),
        ("两千", 2000),
        ("三点五", 3.5),
        ("二十五", 25),
        ("1.2万", 12000),
        ("３.５", 3.5),
        ("一千一百六十三点零七", 1163.07),
    ],
)
def test_numeral_is_read_in_any_script(numeral, value):
    assert parse_numeral(numeral) == pytest.approx(value)


def test_word_that_merely_contains_a_numeral_is_not_a_numeral():
    with pytest.raises(ValueError):
        parse_numeral("一般")


def test_trailing_multiplier_is_split_from_a_chinese_numeral():
    assert split_multiplier("三千亿") == ("三千", "亿")


def test_fullwidth_digits_map_one_to_one():
    text = "增长６％以上"
    assert normalise_digits(text) == "增长6%以上"
    assert len(normalise_digits(text)) == len(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_integer_round_trips_through_chinese(number):
    assert parse_numeral(render_chinese(number)) == number


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_round_trips_through_arabic_with_thousands_separators(number):
    written = f"{number:,.2f}"
    assert parse_numeral(written) == pytest.approx(float(number))


def test_cn2an_is_loaded_only_for_a_chinese_numeral_it_is_needed_for():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from duban.core.targets import extract_targets\n"
        "extract_targets('地区生产总值增长6%以上，新增高新技术企业20家')\n"
        "before = 'cn2an' in sys.modules\n"
        "extract_targets('完成两千亩低效林改造')\n"
        "small = 'cn2an' in sys.modules\n"
        "extract_targets('新建道路三点五公里')\n"
        "print(before, small, 'cn2an' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False", "True"]


def test_numerals_below_ten_thousand_are_read_as_cn2an_reads_them():
    import cn2an

    from duban.core.numerals import _below_ten_thousand

    for value in range(10_000):
        written = cn2an.an2cn(value)
        assert _below_ten_thousand(written) == float(cn2an.cn2an(written, "smart")), written
    assert _below_ten_thousand("两千") == 2000
    assert _below_ten_thousand("一十二") == 12
    assert _below_ten_thousand("三万") is None  # 万 and 亿 are left to cn2an
