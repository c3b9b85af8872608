"""Section headings (一、 (一)), attachment markers (附件2) and the names they give."""

from __future__ import annotations

import re
from dataclasses import dataclass

from duban.ingest.layouts.lexicon import CN_NUMERALS, JUDGEMENT_PHRASES

_LEVEL1 = re.compile(rf"^\s*([{CN_NUMERALS}]+)\s*[、.．]\s*(\S.*?)\s*$")
_LEVEL2 = re.compile(rf"^\s*[（(]\s*([{CN_NUMERALS}]+)\s*[)）]\s*(\S.*?)\s*$")
_ATTACHMENT = re.compile(r"^\s*附\s*件\s*(\d*)\s*$|^\s*附\s*件\s*(\d+)\s*[:：、.．]?\s*(\S.*?)\s*$")
_LEADING_YEAR = re.compile(r"^\d{4}年(度)?")


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    name: str


def parse_heading(text: str) -> Heading | None:
    """A heading line such as 一、主要预期目标 or (一)打造对外开放新高地; None for other lines.

    The name loses its numbering and a stray final 。; a level-1 name loses a leading year
    (2025年主要预期目标 → 主要预期目标), which the document's metadata already holds.
    """
    for level, pattern in ((1, _LEVEL1), (2, _LEVEL2)):
        match = pattern.match(text)
        if match is None:
            continue
        name = match.group(2).strip()
        body = name.rstrip("。")
        if not body or len(body) > 45 or "。" in body or "；" in body:
            return None
        if level == 1:
            body = _LEADING_YEAR.sub("", body) or body
        return Heading(level, body)
    return None


def parse_attachment(text: str) -> tuple[int, str] | None:
    """An attachment marker line: 附件, 附件2 or 附件2：title → (number, inline title)."""
    match = _ATTACHMENT.match(text)
    if match is None:
        return None
    if match.group(2):
        return int(match.group(2)), match.group(3)
    return (int(match.group(1)) if match.group(1) else 0), ""


def judgement_in(text: str) -> str | None:
    """The label a title or sentence states (推进较为滞后的… → 滞后), if any."""
    for phrase, label in JUDGEMENT_PHRASES:
        if phrase in text:
            return label
    return None
