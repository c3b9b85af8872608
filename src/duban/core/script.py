"""The reading form of a text: what the rules read, position for position the same as what was written.

Reposted pages come in traditional characters (大市區區域供水工程), tables typed on Latin keyboards end
sentences with ASCII marks (增长8%以上.), and full-width digits are common (３０个). The rules read one
form: simplified characters, full-width digits as ASCII, ASCII sentence marks as Chinese ones. Every
change maps one character to one character, so a span found in the reading form indexes the text as
written, and evidence is always quoted as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.core.numerals import normalise_digits

# Characters common in government prose that exist only in the traditional script: a text holding
# none of them is read as it is, without loading the converter.
_TRADITIONAL_MARKERS = frozenset(
    "個為發區縣項億萬進實計劃資設農業產經濟務會這與開關長門間來時對現還總級護動電車東應報學廣辦網點"
    "線據標準體處環續際園閱樓醫療養殘貧聯絡協調營銷鎮鄉莊戶衛緣歲擴權證織組維規劃達範齊質場滿態"
)
# An ASCII mark ends a clause unless it sits inside a number (1,163.07) or a code (PM2.5 is a name).
_ASCII_MARKS = re.compile(r"(?<!\d)[.,;:!?]|[.,;:!?](?!\d)")
_FULL_WIDTH_MARKS = {".": "。", ",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc  # deferred: most texts are in simplified characters

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=2048)
def simplified(text: str) -> str:
    """The text in simplified characters, of the same length (a phrase that would change length is
    converted character by character)."""
    if _TRADITIONAL_MARKERS.isdisjoint(text):
        return text
    converter = _converter()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    chars = []
    for char in text:
        one = converter.convert(char)
        chars.append(one if len(one) == 1 else char)
    return "".join(chars)


def _mark(match: re.Match[str]) -> str:
    return _FULL_WIDTH_MARKS[match.group()]


@lru_cache(maxsize=4096)
def reading_form(text: str) -> str:
    """The text as the rules read it; same length as `text`, so spans carry over."""
    norm = simplified(normalise_digits(text))
    if not any(mark in norm for mark in _FULL_WIDTH_MARKS):
        return norm
    return _ASCII_MARKS.sub(_mark, norm)
