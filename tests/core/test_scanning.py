import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duban.core import actuals, judging, matching, schedule, stages
from duban.core.scanning import compile_scanning

SCANNED = [
    stages._STAGE_RE,
    stages._PROGRESSING_RE,
    stages._LAGGING_RE,
    stages._COMPLETED_RE,
    stages._ON_SCHEDULE_RE,
    schedule._PERIOD_RE,
    schedule._DEADLINE_RE,
    matching._NOT_ACHIEVED,
    judging._ACTIVITY,
    judging._PERIOD_IN_PHRASE,
    actuals._PERIOD,
    actuals._FILLER,
]


def _original(scanned: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the look-ahead compile_scanning put before it."""
    assert scanned.pattern.startswith("(?=["), scanned.pattern[:40]
    body = scanned.pattern[scanned.pattern.index("])(?:") + 5 : -1]
    return re.compile(body)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, tuple]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


# Texts made of the patterns' own words and characters, so that they hold many whole and near matches.
_WORDS = sorted({w for p in SCANNED for w in re.findall(r"[\u4e00-\u9fff]+", p.pattern)})
_CHARS = sorted({c for w in _WORDS for c in w} | set("0123456789一二三月年，。；、-%（）\n "))
_TEXTS = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_CHARS)), max_size=30).map("".join)


@pytest.mark.parametrize("scanned", SCANNED, ids=lambda p: p.pattern[5:20])
@given(text=_TEXTS)
def test_scanned_pattern_finds_what_the_pattern_finds(scanned, text):
    original = _original(scanned)
    assert _matches(scanned, text) == _matches(original, text)
    for start in range(0, len(text) + 1, 7):
        found, expected = scanned.search(text, start), original.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("scanned", SCANNED, ids=lambda p: p.pattern[5:20])
def test_every_word_of_a_pattern_is_found_where_the_pattern_finds_it(scanned):
    original = _original(scanned)
    for word in _WORDS:
        for text in (word, "，" + word + "。", "1-6月" + word + "30%"):
            assert _matches(scanned, text) == _matches(original, text), text


def test_first_characters_are_those_a_match_can_begin_with():
    assert compile_scanning(r"(?<!新增)(?:已|全面)?建成|开工").pattern.startswith("(?=[全已建开])")
    assert compile_scanning(r"\d+%|百分之").pattern.startswith(r"(?=[\d百])")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:已|全面)?",  # may match nothing: empty matches are found at every position
        r"[^，。]{1,4}后",  # may begin with almost any character
        r"待|.后",
        r"(?i)abc",
        r"$|以上",
    ],
)
def test_pattern_without_known_first_characters_is_compiled_as_written(pattern):
    assert compile_scanning(pattern).pattern == pattern
