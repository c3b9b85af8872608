"""Where the marks of a text are (，。；…): found once per text by one regular-expression scan, so the
clause or sentence holding a position is found by bisection, not by walking back over characters
(one text is asked for the clauses of all its figures)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from functools import lru_cache


@lru_cache(maxsize=64)
def _mark_class(marks: Collection[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(mark) for mark in sorted(marks)) + "]")


@lru_cache(maxsize=64)
def mark_positions(text: str, marks: Collection[str]) -> tuple[int, ...]:
    """Positions in `text` of the characters in `marks` (a frozenset or a string), in order."""
    return tuple(match.start() for match in _mark_class(marks).finditer(text))


def start_after_mark(text: str, position: int, marks: Collection[str], floor: int = 0) -> int:
    """Index after the last mark before `position`, or `floor` when there is none at or after it."""
    positions = mark_positions(text, marks)
    k = bisect_left(positions, position) - 1
    return positions[k] + 1 if k >= 0 and positions[k] >= floor else floor


def next_mark(text: str, position: int, marks: Collection[str]) -> int:
    """Index of the first mark at or after `position`, or the text's length."""
    positions = mark_positions(text, marks)
    k = bisect_left(positions, position)
    return positions[k] if k < len(positions) else len(text)
