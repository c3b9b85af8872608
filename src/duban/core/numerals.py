"""Numerals as written in Chinese documents: Arabic (1,163.07, full-width ３), Chinese (两千, 三点五), mixed.

A Chinese numeral is read here, always on a numeral span alone, never on a sentence, as cn2an 0.5
reads it in its "smart" mode (tests/core/test_numerals.py compares the two on every numeral form):
importing cn2an took 0.28 s, more than reading a whole plan, for the few numeral shapes duban finds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.core.lexicons.units import MULTIPLIERS

# Full-width digits and signs mapped one to one, so positions in the mapped text stay valid.
FULLWIDTH = str.maketrans("０１２３４５６７８９％．，－～＋×", "0123456789%.,-~+×")
# Most texts hold none of them: one scan for them is cheaper than translating every character.
_FULLWIDTH_CHAR = re.compile("[０-９％．，－～＋]")

CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿点"

ARABIC_PATTERN = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
CHINESE_PATTERN = (
    r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
)

_ARABIC = re.compile(ARABIC_PATTERN)
_TRAILING_MULTIPLIER = re.compile(r"(万亿|亿|万)$")
_MULTIPLIERS_LONGEST_FIRST = tuple(sorted(MULTIPLIERS.items(), key=lambda item: -len(item[0])))


def normalise_digits(text: str) -> str:
    """The text with full-width digits and signs replaced; same length, so spans carry over."""
    return text.translate(FULLWIDTH) if _FULLWIDTH_CHAR.search(text) else text


def is_arabic(numeral: str) -> bool:
    return _ARABIC.fullmatch(normalise_digits(numeral)) is not None


@lru_cache(maxsize=4096)
def parse_numeral(numeral: str) -> float:
    """The value of one numeral span: "1,163.07" → 1163.07, "两千" → 2000, "1.2万" → 12000.

    Raises ValueError when the span is not a numeral (一般, 十四五).
    """
    text = normalise_digits(numeral.strip())
    if not text:
        raise ValueError("empty numeral")
    if _ARABIC.fullmatch(text):
        return float(text.replace(",", ""))
    for word, factor in _MULTIPLIERS_LONGEST_FIRST:
        head = text[: -len(word)]
        if text.endswith(word) and head and _ARABIC.fullmatch(head):
            return float(head.replace(",", "")) * factor
    if any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        raise ValueError(f"not a numeral: {numeral!r}")
    value = _chinese_value(text)
    if value is None:
        raise ValueError(f"not a numeral: {numeral!r}")
    return float(value)


# --- Chinese numerals -----------------------------------------------------------------------------
# The rules are cn2an's (smart mode, restricted to the characters above): a numeral in the standard
# form (一千零五十, 三万亿) is read place by place; a run of digits (二〇二四) digit by digit; the spoken
# shortening 一万二, 两千三, 十一万三 with the next lower place understood; anything else is no numeral.

_DIGIT_VALUES = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_PLACE_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_PLACE_BELOW = {100: "十", 1000: "百", 10_000: "千"}  # the place a spoken shortening leaves out
_NONZERO = frozenset("一二两三四五六七八九")
_ZERO = frozenset("零〇")
# Zeros the standard form requires and writers leave out (一万五百 → 一万零五百, 一百十 → 一百一十),
# applied in this order, as cn2an does before checking the form. Compiled when first needed (re caches
# them): most numerals are a digit or two and need none, and each class of Chinese characters costs
# start-up time to compile.
_ZERO_AFTER_TEN_THOUSAND = r"万零(?=[零〇一二两三四五六七八九]千)"
_MISSING_ZERO_AFTER_BIG = r"([万亿])([零〇一二两三四五六七八九][十百])"
_MISSING_ZERO_AFTER_THOUSAND = r"千([零〇一二两三四五六七八九]?十)"
_SPOKEN = r"(?:[零〇一二两三四五六七八九]{0,2}[十百千万亿])+[零〇一二两三四五六七八九]"


def _chinese_value(text: str) -> int | float | None:
    """The value of a span of Chinese numeral characters, or None when it is not a numeral."""
    text = text.replace("零十", "零一十").replace("零百", "零一百")
    integer, point, decimal = text.partition("点")
    if point and (len(decimal) > 16 or any(ch not in _DIGIT_VALUES for ch in decimal)):
        return None  # a second 点, a place after the point, or more digits than a float holds
    if "万零" in integer:
        integer = re.sub(_ZERO_AFTER_TEN_THOUSAND, "万", integer)
    if "万" in integer or "亿" in integer:
        integer = re.sub(_MISSING_ZERO_AFTER_BIG, r"\1零\2", integer)
    if "千" in integer:
        integer = re.sub(_MISSING_ZERO_AFTER_THOUSAND, r"千零\1", integer)
    integer = integer.replace("百十", "百一十").replace("零十", "零一十")
    if _standard(integer):
        value = _place_value(integer)
    elif integer and all(ch in _DIGIT_VALUES for ch in integer):
        value = int("".join(str(_DIGIT_VALUES[ch]) for ch in integer))
    elif len(integer) >= 3 and re.fullmatch(_SPOKEN, integer):
        below = _PLACE_BELOW.get(_PLACE_VALUES[integer[-2]])
        if below is None:
            return None  # 十十三, 二十零: no place below 十 (or 亿) to understand
        value = _place_value(integer + below)
    else:
        return None
    if not point:
        return value
    fraction = 0.0
    for index in range(len(decimal) - 1, -1, -1):
        fraction += _DIGIT_VALUES[decimal[index]] * 10 ** -(index + 1)
    # rounded twice, as cn2an does (1 + 0.57 is not 1.5699999999999998)
    return round(value + round(fraction, len(decimal)), len(decimal))


def _place_value(text: str) -> int:
    """A numeral of digits and places read from its last character (cn2an's reading)."""
    total, place, big_place = 0, 1, 1
    last = len(text) - 1
    for index, char in enumerate(reversed(text)):
        if char in _DIGIT_VALUES:
            total += _DIGIT_VALUES[char] * place
            continue
        place = _PLACE_VALUES[char]
        if place % 10_000 == 0:
            if place > big_place:
                big_place = place
            else:
                big_place = place * big_place  # 万亿
                place = big_place
        if place < big_place:
            place = place * big_place
        if index == last:
            total += place
    return total


# The standard form, below: each function says whether the whole text is one numeral of its range.
def _standard(text: str) -> bool:
    """零, or a numeral of at most 16 digits in the standard form (三万亿零五百, 一千零五十)."""
    return text in _ZERO or _below_e16(text)


def _below_e16(text: str) -> bool:
    head, mark, tail = text.partition("亿")
    if not mark:
        return _below_e8(text)
    return _below_e8(head) and (
        tail == "" or (tail[:1] in _ZERO and _below_e8(tail[1:])) or _ten_thousands(tail)
    )


def _below_e8(text: str) -> bool:
    return "亿" not in text and (_ten_thousands(text) or _below_e4(text))


def _ten_thousands(text: str) -> bool:
    head, mark, tail = text.partition("万")
    return (
        bool(mark)
        and _below_e4(head)
        and (tail == "" or (tail[:1] in _ZERO and _below_e3(tail[1:])) or _thousands(tail))
    )


def _below_e4(text: str) -> bool:
    return _thousands(text) or _below_e3(text)


def _thousands(text: str) -> bool:
    if len(text) < 2 or text[0] not in _NONZERO or text[1] != "千":
        return False
    tail = text[2:]
    return tail == "" or (tail[:1] in _ZERO and _below_e2(tail[1:])) or _hundreds(tail)


def _below_e3(text: str) -> bool:
    return _hundreds(text) or _below_e2(text)


def _hundreds(text: str) -> bool:
    if len(text) < 2 or text[0] not in _NONZERO or text[1] != "百":
        return False
    tail = text[2:]
    if tail == "" or (len(tail) == 2 and tail[0] in _ZERO and tail[1] in _NONZERO):
        return True
    # 一百一十, 一百二十五: the tens written with their digit
    return 2 <= len(tail) <= 3 and tail[0] in _NONZERO and tail[1] == "十" and tail[2:] in ("", *_NONZERO)


def _below_e2(text: str) -> bool:
    """一 to 九, or 十 with an optional digit on either side (十, 二十, 十五, 九十九)."""
    if len(text) == 1:
        return text in _NONZERO or text == "十"
    if len(text) == 2:
        return (text[0] in _NONZERO and text[1] == "十") or (text[0] == "十" and text[1] in _NONZERO)
    return len(text) == 3 and text[0] in _NONZERO and text[1] == "十" and text[2] in _NONZERO


def split_multiplier(numeral: str) -> tuple[str, str]:
    """A Chinese numeral split from its trailing 万/亿 (三千亿 → 三千, 亿), so 亿 joins the unit."""
    match = _TRAILING_MULTIPLIER.search(numeral)
    if match is None or match.start() == 0:
        return numeral, ""
    head = numeral[: match.start()]
    if head[-1] in "万亿":  # 一万亿 keeps 一 + 万亿 only through the longest suffix above
        return numeral, ""
    return head, match.group(1)
