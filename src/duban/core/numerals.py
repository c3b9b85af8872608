"""Numerals as written in Chinese documents: Arabic (1,163.07, full-width ３), Chinese (两千, 三点五), mixed.

Chinese numerals are converted by cn2an, always on a numeral span alone, never on a sentence.
cn2an is imported only when a Chinese numeral span needs converting: it takes ~0.1 s to load, and
most texts (and `duban parse` / `duban targets` runs) have Arabic figures only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.core.lexicons.units import MULTIPLIERS

# Full-width digits and signs mapped one to one, so positions in the mapped text stay valid.
FULLWIDTH = str.maketrans("０１２３４５６７８９％．，－～＋×", "0123456789%.,-~+×")

CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿点"

ARABIC_PATTERN = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
CHINESE_PATTERN = (
    r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
)

_ARABIC = re.compile(ARABIC_PATTERN)
_TRAILING_MULTIPLIER = re.compile(r"(万亿|亿|万)$")


def normalise_digits(text: str) -> str:
    """The text with full-width digits and signs replaced; same length, so spans carry over."""
    return text.translate(FULLWIDTH)


def is_arabic(numeral: str) -> bool:
    return _ARABIC.fullmatch(normalise_digits(numeral)) is not None


@lru_cache(maxsize=4096)
def parse_numeral(numeral: str) -> float:
    """The value of one numeral span: "1,163.07" → 1163.07, "两千" → 2000, "1.2万" → 12000.

    Raises ValueError when the span is not a numeral.
    """
    text = normalise_digits(numeral.strip())
    if not text:
        raise ValueError("empty numeral")
    if _ARABIC.fullmatch(text):
        return float(text.replace(",", ""))
    for word, factor in sorted(MULTIPLIERS.items(), key=lambda item: -len(item[0])):
        head = text[: -len(word)]
        if text.endswith(word) and head and _ARABIC.fullmatch(head):
            return float(head.replace(",", "")) * factor
    if any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        raise ValueError(f"not a numeral: {numeral!r}")
    small = _below_ten_thousand(text)
    if small is not None:
        return small
    import cn2an  # deferred: see the module docstring

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError) as exc:
        raise ValueError(f"not a numeral: {numeral!r}") from exc


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
_PLACE_VALUES = {"十": 10, "百": 100, "千": 1000}
# The numerals most counts are written in (三项, 五批次, 十五个, 一百零五): digits and places below 万.
_SMALL_NUMERAL = re.compile(r"(?:[零〇一二两三四五六七八九]?[十百千][零〇]?)*[零〇一二两三四五六七八九]?")


def _below_ten_thousand(text: str) -> float | None:
    """The value of a numeral without 万, 亿 or 点 (十五 → 15, 一百零五 → 105), else None.

    These are read here without loading cn2an, whose import costs more than reading a whole plan.
    """
    if not _SMALL_NUMERAL.fullmatch(text):
        return None
    total, digit, last_place = 0, None, 10_000
    for char in text:
        if char in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[char]
            continue
        place = _PLACE_VALUES[char]
        if place >= last_place:
            return None  # 十百: not a well-formed numeral, cn2an decides
        total += (1 if digit is None else digit) * place
        digit, last_place = None, place
    return float(total + (digit or 0))


def split_multiplier(numeral: str) -> tuple[str, str]:
    """A Chinese numeral split from its trailing 万/亿 (三千亿 → 三千, 亿), so 亿 joins the unit."""
    match = _TRAILING_MULTIPLIER.search(numeral)
    if match is None or match.start() == 0:
        return numeral, ""
    head = numeral[: match.start()]
    if head[-1] in "万亿":  # 一万亿 keeps 一 + 万亿 only through the longest suffix above
        return numeral, ""
    return head, match.group(1)


def render_chinese(value: float) -> str:
    """A number written in Chinese numerals (2000 → 二千), for tests and display."""
    import cn2an  # deferred: see the module docstring

    return str(cn2an.an2cn(value))
