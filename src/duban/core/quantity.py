"""Quantities written in Chinese documents: a number, its unit as written, and a normalised form."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from duban.core.lexicons.units import MULTIPLIERS, UNITS
from duban.core.numerals import (
    ARABIC_PATTERN,
    CHINESE_PATTERN,
    parse_numeral,
    split_multiplier,
)
from duban.core.script import reading_form


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written (150, "万平方米") and normalised (1500000.0, "平方米").

    `upper` is the upper bound of a range as written (增长7%-8% → value 7, upper 8).
    `span` indexes the text the quantity was read from; `text` is that slice.
    `approximate` marks 余/多 after the number (30余个: a little more than 30).
    """

    value: float
    unit: str
    base_value: float
    base_unit: str
    span: tuple[int, int]
    text: str
    upper: float | None = None
    approximate: bool = False

    @property
    def is_percent(self) -> bool:
        return self.base_unit in ("%", "个百分点")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = f"(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})"
# 千 and 百 are multipliers except where they start a unit (千瓦, 千伏, 百分点).
_MULTIPLIER = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千(?![瓦伏米克])|百(?!分))"
_UNIT = _alternation(list(UNITS))
_RANGE_SEPARATOR = r"[-—–~至]"

QUANTITY_PATTERN = re.compile(
    rf"(?P<percent_words>百分之(?P<percent_number>{_NUMBER}))"
    rf"|(?P<doubling>翻(?P<doubling_count>[一两二三四])?番)"
    rf"|(?P<sign>-)?(?P<number>{_NUMBER})"
    rf"(?:(?P<first_multiplier>{_MULTIPLIER})?(?P<first_percent>%)?{_RANGE_SEPARATOR}(?P<upper>{_NUMBER}))?"
    # a space typed between a figure and its unit (化解“大班额”452 个).
    rf"(?:[ \u3000](?=(?:{_MULTIPLIER})?(?:{_UNIT})))?"
    # 余/多 after the number, before its multiplier (8000多亿元) or after it (30余万人).
    rf"(?:(?P<approximate_before>余|多)(?={_MULTIPLIER}))?"
    rf"(?P<multiplier>{_MULTIPLIER})?(?P<approximate>余|多)?(?P<unit>{_UNIT})?"
)
_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》|〔[^〔〕]*〕|「[^「」]*」|\"[^\"]*\"")
_LATIN = re.compile(r"[A-Za-z]")
_SERIES_MARKS = "+×*/xX.#±"


def unit_base(unit: str) -> tuple[str, float]:
    """The base unit of a unit as written and the factor to reach it: "万平方米" → ("平方米", 10000)."""
    if unit in UNITS:
        return UNITS[unit]
    for word in sorted(MULTIPLIERS, key=len, reverse=True):
        if unit.startswith(word) and unit[len(word) :] in UNITS:
            base, factor = UNITS[unit[len(word) :]]
            return base, factor * MULTIPLIERS[word]
    if unit in MULTIPLIERS:
        return "", MULTIPLIERS[unit]
    return unit, 1.0


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted names and titles (“231”, 《2025年工作要点》): numbers inside are names."""
    return [m.span() for m in _QUOTED.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether position falls strictly inside one of the sorted, disjoint spans."""
    index = bisect_right(spans, (position, -1)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def _is_name_or_series(norm: str, start: int, end: int, unit: str) -> bool:
    """5G, PM2.5, 1+X, 2×100万千瓦, 第二届, 1号线: numbers that name or order things."""
    before = norm[start - 1] if start > 0 else ""
    after = norm[end] if end < len(norm) else ""
    if before == "*" and (start == 1 or norm[start - 2] in "\n\t "):
        before = ""  # *30个市民健身苑点: a bullet opening a listed item, not a product
    if before and (before == "第" or _LATIN.match(before) or before in _SERIES_MARKS):
        return True
    if after and (after in _SERIES_MARKS[:4] or after in "号届制"):
        return True
    return bool(after and _LATIN.match(after) and not _LATIN.match(unit[-1:] or " "))


def find_quantities(text: str) -> list[Quantity]:
    """Every number with a unit in the text (percentages included), in order.

    Numbers without a unit, dates, ordinals, codes and names (5G, “141”, 1+X) are left out.
    """
    return list(_quantities(text))


@lru_cache(maxsize=1024)
def _quantities(text: str) -> tuple[Quantity, ...]:
    # A task's quantities are read for its targets and again for the goals its progress restates.
    norm = reading_form(text)
    quotes = quoted_spans(norm)
    found: list[Quantity] = []
    for match in QUANTITY_PATTERN.finditer(norm):
        quantity = _read(match, text, norm)
        if quantity is None:
            continue
        start, end = quantity.span
        if _inside(start, quotes) or _is_name_or_series(norm, start, end, quantity.unit):
            continue
        found.append(quantity)
    return tuple(found)


# Joiners between figures of one list (10%、8%; 5.5%和7%), and comparators written after each.
_JOINERS = ("、", "和", "及", "与")
_AFTER_FIGURE = ("及以上", "以上", "以下", "以内", "左右")
RESPECTIVELY = re.compile(r"分别[^，,。；;、]{0,4}$")


def figure_run(norm: str, quantities: list[Quantity], index: int) -> int:
    """How many quantities from `index` on form one list (10%、8%以上): each joined to the last."""
    count = 1
    while index + count < len(quantities):
        end = quantities[index + count - 1].span[1]
        for word in _AFTER_FIGURE:
            if norm.startswith(word, end):
                end += len(word)
                break
        if not (norm.startswith(_JOINERS, end) and quantities[index + count].span[0] == end + 1):
            break
        count += 1
    return count


def _read(match: re.Match[str], text: str, norm: str) -> Quantity | None:
    start, end = match.span()
    if match.group("percent_words"):
        value = _value(match.group("percent_number"))
        if value is None:
            return None
        return Quantity(value, "%", value, "%", (start, end), text[start:end])
    if match.group("doubling"):
        times = {"两": 2, "二": 2, "三": 3, "四": 4}.get(match.group("doubling_count") or "", 1)
        value = (2**times - 1) * 100.0
        return Quantity(value, "%", value, "%", (start, end), text[start:end])
    number = match.group("number")
    multiplier = match.group("multiplier") or ""
    unit = match.group("unit") or ""
    upper_text = match.group("upper")
    if not upper_text and not match.group("first_percent") and match.group("first_multiplier"):
        multiplier = match.group("first_multiplier") + multiplier
    if not unit:
        if match.group("first_percent"):
            unit = "%"
        elif not (multiplier in _BARE_MULTIPLIERS and _BARE_MULTIPLIER_NEXT.match(norm, end)):
            return None
    if not number[0].isdigit():
        number, moved = split_multiplier(number)
        multiplier = moved + multiplier
        if number == "零" and not multiplier:
            return None  # 零部件, 零距离: a word, not a count of none
        # 一张网, 一批: an article, not a count; after 有/了 it counts (已有一家企业上市, 建成了一个).
        counted = start > 0 and norm[start - 1] in "有了各"
        if (
            number == "一"
            and not multiplier
            and not upper_text
            and unit not in UNITS_MEASURED
            and not counted
        ):
            return None
    value = _value(number)
    if value is None:
        return None
    upper = _value(upper_text) if upper_text else None
    if match.group("sign"):
        value = -value
    written_unit = multiplier + unit
    base_unit, factor = unit_base(written_unit)
    return Quantity(
        value=_tidy(value),
        unit=written_unit,
        base_value=_tidy(value * factor),
        base_unit=base_unit,
        span=(start, end),
        text=text[start:end],
        upper=_tidy(upper) if upper is not None else None,
        approximate=bool(match.group("approximate") or match.group("approximate_before")),
    )


# 减少农村贫困人口1000万以上: a count of people or things written with a multiplier and no noun unit.
_BARE_MULTIPLIERS = frozenset({"万", "亿", "万亿", "千万", "百万"})
_BARE_MULTIPLIER_NEXT = re.compile(r"以上|以下|以内|左右|$|[，,。；;、）)\s]")

UNITS_MEASURED = frozenset(unit for unit, (base, _) in UNITS.items() if base != unit or len(unit) > 1)


def _value(numeral: str | None) -> float | None:
    if not numeral:
        return None
    try:
        return parse_numeral(numeral)
    except ValueError:
        return None


def _tidy(value: float) -> float:
    """Round away binary noise (1.2 × 10000 = 12000.000000000002)."""
    return round(value, 9)
