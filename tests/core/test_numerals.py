import itertools
import subprocess
import sys

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from duban.core.numerals import CHINESE_NUMERAL_CHARS, normalise_digits, parse_numeral, split_multiplier


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("1,163.07", 1163.07),
        ("两千", 2000),
        ("三点五", 3.5),
        ("二十五", 25),
        ("1.2万", 12000),
        ("3.5万", 35000),
        ("３.５", 3.5),
        ("一千一百六十三点零七", 1163.07),
        ("一百二十", 120),
        ("一百十", 110),
        ("两万零五十", 20050),
        ("三万亿", 3e12),
        ("二〇二四", 2024),
        ("一万二", 12000),
        ("两千三", 2300),
        ("十一万三", 113000),
    ],
)
def test_numeral_is_read_in_any_script(numeral, value):
    assert parse_numeral(numeral) == pytest.approx(value)


@pytest.mark.parametrize("word", ["一般", "十四五", "一亿万", "十十三", "点五", "万"])
def test_word_that_merely_contains_or_looks_like_a_numeral_is_not_a_numeral(word):
    with pytest.raises(ValueError):
        parse_numeral(word)


def test_trailing_multiplier_is_split_from_a_chinese_numeral():
    assert split_multiplier("三千亿") == ("三千", "亿")


def test_fullwidth_digits_map_one_to_one():
    text = "增长６％以上"
    assert normalise_digits(text) == "增长6%以上"
    assert len(normalise_digits(text)) == len(text)


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_round_trips_through_arabic_with_thousands_separators(number):
    written = f"{number:,.2f}"
    assert parse_numeral(written) == pytest.approx(float(number))


# --- the reading of Chinese numerals is cn2an's (smart mode), value for value and refusal for refusal ---


def _cn2an_reading(text: str) -> float | None:
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _duban_reading(text: str) -> float | None:
    try:
        return parse_numeral(text)
    except ValueError:
        return None


def test_every_short_run_of_numeral_characters_is_read_as_cn2an_reads_it():
    for length in (1, 2, 3):
        for chars in itertools.product(CHINESE_NUMERAL_CHARS, repeat=length):
            text = "".join(chars)
            assert _duban_reading(text) == _cn2an_reading(text), text


@given(st.text(alphabet=CHINESE_NUMERAL_CHARS, min_size=1, max_size=24))
def test_any_run_of_numeral_characters_is_read_as_cn2an_reads_it(text):
    assert _duban_reading(text) == _cn2an_reading(text)


@given(st.integers(min_value=0, max_value=2**53))  # floats hold integers exactly up to 2**53
def test_integer_written_in_chinese_is_read_back(number):
    written = cn2an.an2cn(number)
    assert parse_numeral(written) == number
    assert _duban_reading(written) == _cn2an_reading(written)


_EDITS = st.sampled_from(["drop", "double", "zero", "two", "point", "none"])


@given(
    st.integers(min_value=0, max_value=10**13),
    st.lists(st.tuples(_EDITS, st.integers(min_value=0, max_value=30)), max_size=3),
    st.text(alphabet="零〇一二两三四五六七八九", max_size=5),
)
def test_numeral_as_writers_vary_it_is_read_as_cn2an_reads_it(number, edits, decimals):
    """Standard numerals with the variations of real documents: a place or a zero left out or doubled,
    两 for 二, 〇 for 零 (一万五百, 两千三, 一百十, 一万零零五), and digits after a point."""
    text = cn2an.an2cn(number)
    for edit, at in edits:
        at %= len(text)
        if edit == "drop" and len(text) > 1:
            text = text[:at] + text[at + 1 :]
        elif edit == "double":
            text = text[:at] + text[at] + text[at:]
        elif edit == "zero":
            text = text[:at] + "零" + text[at:]
        elif edit == "two":
            text = text.replace("二", "两", 1).replace("零", "〇", 1)
        elif edit == "point":
            text = text[:at] + "点" + text[at:]
    if decimals:
        text += "点" + decimals
    assert _duban_reading(text) == _cn2an_reading(text)


def test_reading_chinese_numerals_does_not_load_cn2an():
    code = (
        "import sys\n"
        "from duban.core.targets import extract_targets\n"
        "from duban.core.actuals import extract_actuals\n"
        "extract_targets('新建道路三点五公里，完成两千亩低效林改造，引进人才一万二千人')\n"
        "extract_actuals('累计完成一千一百六十三点零七万元，十四五规划')\n"
        "print('cn2an' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False"]
