"""Title, issuer, date and year of a document, read from its first lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_NAVIGATION = re.compile(r"当前(的)?位置|首页|>|【|字体|打印|来源|浏览|分享")
_TITLE_WORDS = re.compile(
    r"(方案|汇总表|情况表|分解表|任务表|一览表|报告|通知|通报|意见|清单|计划|台账|(推进|进展|完成|落实|督查)情况)》?$"
)
_ISSUER_END = re.compile(r"(办公室|人民政府|管委会|督查办|督查室|委员会|政府办|督办)$")
_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Extraction sometimes drops 年 and 月 (2022726日): read the digits when only one date fits.
_RUN_DATE = re.compile(r"^(\d{4})(\d{2,4})日$")
_SOURCE = re.compile(r"来源[:：]\s*(\S+)")
_YEAR = re.compile(r"(20\d{2})\s*年")


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    issuer: str | None
    date: str | None
    year: int | None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _run_date(text: str) -> str | None:
    match = _RUN_DATE.match(text)
    if match is None:
        return None
    year, rest = int(match.group(1)), match.group(2)
    readings = {
        d for cut in range(1, len(rest)) if (d := _valid(year, int(rest[:cut]), int(rest[cut:]))) is not None
    }
    return readings.pop() if len(readings) == 1 else None


def read_metadata(lines: list[str]) -> Metadata:
    """Metadata from the document's lines (the first 60 for title and issuer)."""
    head = [line.strip() for line in lines[:60]]
    title = issuer = None
    for index, text in enumerate(head):
        if not text or _NAVIGATION.search(text):
            continue
        if "关于" in text:
            # a title broken over several lines: 关于分解落实…报告 / 目标任务的通知
            following = next((h for h in head[index + 1 : index + 4] if h), "")
            if len(following) <= 30 and _TITLE_WORDS.search(following):
                text += following
        if _TITLE_WORDS.search(text):
            title = text.strip("《》")
            before, _, _ = title.partition("关于")
            if before and _ISSUER_END.search(before):
                issuer = before
            elif index > 0:
                previous = next((h for h in reversed(head[:index]) if h), "")
                if _ISSUER_END.search(previous) and not _NAVIGATION.search(previous):
                    issuer = previous
            break
    signed = published = None
    for text in (line.strip() for line in lines):
        compact = re.sub(r"\s+", "", text)
        if signed is None and len(compact) <= 14:
            match = _FULL_DATE.fullmatch(compact)
            signed = _valid(*(int(g) for g in match.groups())) if match else _run_date(compact)
        if published is None and len(text) <= 60 and ("日期" in text or "时间" in text):
            match = _ISO_DATE.search(text) or _FULL_DATE.search(text)
            if match:
                published = _valid(*(int(g) for g in match.groups()))
        if issuer is None and (source := _SOURCE.search(text)):
            issuer = source.group(1)
        if signed and published:
            break
    found = signed or published
    year = None
    if title and (match := _YEAR.search(title)):
        year = int(match.group(1))
    elif found:
        year = int(found[:4])
    return Metadata(title=title, issuer=issuer, date=found, year=year)
