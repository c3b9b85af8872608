"""Word list numbers rendered as Word shows them."""

from __future__ import annotations

import pytest

from duban.ingest.readers.numbering import chinese_number, format_number


@pytest.mark.parametrize(
    ("value", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五")]
)
def test_chinese_counting(value, text):
    assert chinese_number(value) == text


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("decimal", "12"),
        ("chineseCounting", "十二"),
        ("decimalEnclosedCircle", "⑫"),
        ("upperLetter", "L"),
        ("lowerRoman", "xii"),
        ("decimalFullWidth", "１２"),
        ("someFormatWordAddsLater", "12"),
    ],
)
def test_number_formats(fmt, text):
    assert format_number(12, fmt) == text
