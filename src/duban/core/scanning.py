"""Patterns scanned over whole texts, compiled with a look-ahead on the characters a match can start with.

Python's regular-expression engine tries a long alternation of words (the stage and lag lexicons) at
every position of a text. `compile_scanning` puts `(?=[…])` before the pattern, the class holding every
character a match of it can begin with, so positions that cannot start a match are passed over at once.
The matches are the same: a position the class refuses is one where the pattern could not match. When
that class cannot be worked out (a match may be empty, or begin with any character, as after `[^…]`),
the pattern is compiled as it is.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any


class _Unbounded(Exception):
    """A match may begin with any character, or with none."""


def compile_scanning(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a look-ahead on the first characters when one is known."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return re.compile(pattern, flags)
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            raise _Unbounded  # case-folded or verbose through an inline flag
        starts, empty = _first(parsed)
        if empty or not starts:
            raise _Unbounded
        return re.compile(f"(?=[{''.join(sorted(starts))}])(?:{pattern})", flags)
    except (_Unbounded, re.error):
        return re.compile(pattern, flags)


def _first(items: Any) -> tuple[set[str], bool]:
    """The class items a match of a sequence can start with, and whether it can match nothing."""
    starts: set[str] = set()
    for op, argument in items:
        found, empty = _first_of(op, argument)
        starts |= found
        if not empty:
            return starts, False
    return starts, True


def _first_of(op: Any, argument: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {_char(argument)}, False
    if op is sre.IN:
        found: set[str] = set()
        for kind, value in argument:
            if kind is sre.LITERAL:
                found.add(_char(value))
            elif kind is sre.RANGE:
                found.add(f"{_char(value[0])}-{_char(value[1])}")
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                found.add(r"\d")
            elif kind is sre.CATEGORY and value is sre.CATEGORY_SPACE:
                found.add(r"\s")
            else:
                raise _Unbounded  # a negated class or another category
        return found, False
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, items = argument
        if add_flags or del_flags:
            raise _Unbounded
        return _first(items)
    if op is sre.ATOMIC_GROUP:
        return _first(argument)
    if op is sre.BRANCH:
        found, empty = set(), False
        for items in argument[1]:
            starts, can_be_empty = _first(items)
            found |= starts
            empty = empty or can_be_empty
        return found, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, items = argument
        found, empty = _first(items)
        return found, empty or low == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero-width: the first character comes from what follows
    raise _Unbounded  # any character, a back-reference, a conditional


def _char(code: int) -> str:
    return re.escape(chr(code))
