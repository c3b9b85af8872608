"""The reading form of a text: what the rules read, position for position the same as what was written.

Reposted pages come in traditional characters (大市區區域供水工程), tables typed on Latin keyboards end
sentences with ASCII marks (增长8%以上.), and full-width digits are common (３０个). The rules read one
form: simplified characters, full-width digits as ASCII, ASCII sentence marks as Chinese ones. Every
change maps one character to one character, so a span found in the reading form indexes the text as
written, and evidence is always quoted as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from duban.core.numerals import normalise_digits

# Characters common in government prose that exist only in the traditional script: a text holding
# none of them is read as it is, without loading the converter.
_TRADITIONAL_MARKERS = frozenset(
    # every character of the collected reposts (tests/realworld, ../shared/realdev) that t2s changes
    "亞佈來個側備傳僅價億償優儲兌兒內兩凱別則剛創劃劉勁動務勝勢匯區協員問啟單嗎嚴國圍園圓圖團執堅堯報場塵"
    "墻壓壩夠婁婦媽學宮實寧審寬寶將專對導屆層屬崗帶庫廁廟廠廣廳張強彙徑從復徹態應戶換揮擔據擬擴數斷於時晉"
    "暢暫書會東桿條棗棟業極構樁樂樓標橋機檔檢權歲歷歸殘殯氣決況減測準溝溫滯滿漢漲潛澇濟濱灣災為無煩熱燒營"
    "爐爭牽獎獲現瑣環產産畝畫異當療發盡監盤眾確礎礦稅稱積穩節範篩簡籌粵約紅納級細紹終組結絡給統經綜綠維網"
    "緊線緣編緩練縣總績織繞繪繼續纜羅義聞聯聲職聽肅腳臥臨臺與興舊莊華萬葉蓋蓮蘭處號衛裏補裝見規視觀計訊訓"
    "記設診試詬該認說調談諾證議護讓豬貝負財貧貫責貴費貿賃資質贛趙車軌較輔輕輛輪輯輸轉辦農這連進運過達遙遠"
    "遷選遺還邊郵鄉鄭鄲醫針銀銷鋒錢鎮鏡鐵長門閉開閑間閱關陳陽隊階際險隱隴雙雜難電韌響頁頂項順預領頤頭頸頻"
    "題額類顧顯風飲養館馬驅驗體麗黃點黨齊龍"
)
_TRADITIONAL_MARKER = re.compile(f"[{''.join(sorted(_TRADITIONAL_MARKERS))}]")
# An ASCII mark ends a clause unless it sits inside a number (1,163.07) or a code (PM2.5 is a name).
_ASCII_MARKS = re.compile(r"(?<!\d)[.,;:!?]|[.,;:!?](?!\d)")
_FULL_WIDTH_MARKS = {".": "。", ",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_ASCII_MARK = re.compile(r"[.,;:!?]")


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc  # deferred: most texts are in simplified characters

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=2048)
def simplified(text: str) -> str:
    """The text in simplified characters, of the same length (a phrase that would change length is
    converted character by character)."""
    if _TRADITIONAL_MARKER.search(text) is None:
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
    if _ASCII_MARK.search(norm) is None:
        return norm
    return _ASCII_MARKS.sub(_mark, norm)


# Pinyin glosses a broken repost left after characters (項(xiàng), 萬(wàn)人): a syllable with a tone mark.
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


@dataclass(frozen=True, slots=True)
class Unglossed:
    """A text with its pinyin glosses taken out, and where each remaining character was written."""

    text: str
    positions: tuple[int, ...]
    written_length: int

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """A span of the unglossed text as a span of the text as written."""
        start, end = span
        if start >= len(self.positions):
            return self.written_length, self.written_length
        return self.positions[start], (self.positions[end - 1] + 1 if end > start else self.positions[start])


def without_glosses(text: str) -> Unglossed | None:
    """The text without pinyin glosses, or None when it has none."""
    if "(" not in text and "（" not in text:
        return None
    kept: list[int] = []
    last = 0
    for match in _GLOSS.finditer(text):
        kept.extend(range(last, match.start()))
        last = match.end()
    if last == 0:
        return None
    kept.extend(range(last, len(text)))
    return Unglossed("".join(text[i] for i in kept), tuple(kept), len(text))


def as_written(phrase: str, norm: str, text: str) -> str:
    """A phrase found in the reading form, in the script it was written in (萬人 stays 萬人); phrases the
    rules composed (a metric joined from two places) come back as composed."""
    if norm == text or not phrase:
        return phrase
    at = norm.find(phrase)
    return text[at : at + len(phrase)] if at >= 0 else phrase
