"""The schedule: how much of the year a reporting period covers (序时进度) and deadlines in task texts.

`expected` is the share of the year elapsed at the period end: completed months / 12 (6/12 at mid-year,
11/12 for 1-11月). A deadline written in a task (6月底前开工, 三季度完成, 年内建成) replaces the linear
schedule for that task: work due by September is 6/9 done at the end of June.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from duban.core.scanning import compile_scanning
from duban.core.stages import Stage

MONTHS_IN_YEAR = 12

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int:
    """An Arabic or small Chinese number (1-12, 一 to 十二)."""
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + _CN_DIGITS.get(text[1:], 0)
    if text.endswith("十"):
        return 10 * _CN_DIGITS[text[0]]
    return _CN_DIGITS[text]


_N = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DASH = r"\s*[-—–~～至到]\s*"
# Period labels offices write (1-6月, 上半年, 一季度, 前三季度, 截至9月底, 截至6月30日, 2022年6月30日).
_PERIOD_RE = compile_scanning(
    rf"(?P<range>(?:1|一)月?{_DASH}(?P<range_end>{_N})\s*月(?:份)?(?:底|末)?)"
    rf"|(?P<half>上半年|下半年)"
    rf"|(?P<quarters>前三季度|(?:第)?(?:[一二三四1-4])季度(?:末)?)"
    rf"|(?P<until>截[至止](?:(?P<until_year>\d{{4}})年)?(?P<until_month>{_N})月(?:(?P<until_end>底|末)|(?P<until_day>\d{{1,2}})日)?)"
    rf"|(?P<date>(?P<date_year>20\d{{2}})(?:年|-|/|\.)(?P<date_month>1[0-2]|0?[1-9])(?:月|-|/|\.)(?P<date_day>[0-3]?\d)日?)"
    r"|(?P<year>全年|年度|年底|年末)"
)


@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period: the months of the year completed at its end (1-6月 → 6)."""

    label: str
    months: int
    span: tuple[int, int] = (0, 0)

    @property
    def expected(self) -> float:
        return self.months / MONTHS_IN_YEAR


def months_elapsed(as_of: date) -> int:
    """Whole months completed on `as_of`: 6 on June 30, still 6 on July 8."""
    last_day = calendar.monthrange(as_of.year, as_of.month)[1]
    return as_of.month if as_of.day == last_day else as_of.month - 1


def expected_share(as_of: date) -> float:
    """序时进度 at `as_of`: completed months / 12."""
    return months_elapsed(as_of) / MONTHS_IN_YEAR


def period_label(months: int) -> str:
    """The label offices write for a period ending after `months` months (1-6月)."""
    if months <= 1:
        return "1月"
    if months >= MONTHS_IN_YEAR:
        return "全年"
    return f"1-{months}月"


def _months_of_date(year: int, month: int, day: int) -> int:
    last_day = calendar.monthrange(year, month)[1]
    return month if day >= last_day else month - 1


def _period_from_match(match: re.Match[str]) -> Period:
    label, span = match.group(), match.span()
    if match.group("range"):
        return Period(label, _number(match.group("range_end")), span)
    if match.group("half"):
        return Period(label, 6 if label == "上半年" else 12, span)
    if match.group("quarters"):
        if label.startswith("前三"):
            return Period(label, 9, span)
        digit = re.search(r"[一二三四1-4]", label).group()  # type: ignore[union-attr]
        return Period(label, 3 * _number(digit), span)
    if match.group("until"):
        month = _number(match.group("until_month"))
        if match.group("until_end") or not match.group("until_day"):
            return Period(label, month, span)
        year = int(match.group("until_year") or 2001)
        return Period(label, _months_of_date(year, month, int(match.group("until_day"))), span)
    if match.group("date"):
        year, month = int(match.group("date_year")), int(match.group("date_month"))
        day = int(match.group("date_day"))
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return Period(label, month - 1, span)
        return Period(label, _months_of_date(year, month, day), span)
    return Period(label, MONTHS_IN_YEAR, span)


def parse_period(label: str) -> Period | None:
    """The period a label names (1-6月 → 6 months, 前三季度 → 9, 截至7月8日 → 6), or None."""
    match = _PERIOD_RE.search(label.strip())
    return _period_from_match(match) if match else None


def find_periods(text: str) -> list[Period]:
    """Every period label written in a text, in order."""
    return [_period_from_match(m) for m in _PERIOD_RE.finditer(text)]


# Milestones a deadline asks for: starting work, or finishing it.
MILESTONE_WORDS: tuple[tuple[Stage, str], ...] = (
    (Stage.EXECUTING, r"开工|动工|开建|启动|进场|开始"),
    (Stage.DONE, r"建成|完成|投用|投运|投产|竣工|完工|通车|开园|开业|交付|落地|实现|达到|达"),
)
_MILESTONE = "|".join(f"(?P<m{stage.value}>{words})" for stage, words in MILESTONE_WORDS)
# Deadlines as task texts write them: 6月底前开工, 9月30日前建成, 三季度完成, 年内建成, 年底前投用.
_DEADLINE_RE = compile_scanning(
    rf"(?:(?P<month>{_N})月(?:份)?(?:\d{{1,2}}日|底|末|中旬|上旬|下旬)?"
    rf"|(?P<quarter>(?:第)?[一二三四1-4]季度|上半年)"
    r"|(?P<year_end>年内|年底|年末|今年内|本年内|当年))"
    rf"(?:前|以前|之前|内|末|底)?(?:全面|基本|全部|如期|确保|力争|实现)?"
    # the milestone may follow what is to reach it (6月底5、6、10场建设完工), within the clause.
    rf"(?:[^，,。；;：:！!？?\n()（）]{{0,14}}?)(?P<milestone>{_MILESTONE})"
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline written in a task: the month by whose end `milestone` must be reached."""

    month: int
    milestone: Stage
    span: tuple[int, int]
    text: str

    def expected(self, months: int) -> float:
        """Share of the way to this deadline after `months` months (capped at 1)."""
        return min(1.0, months / self.month)


def find_deadlines(task_text: str) -> list[Deadline]:
    """Deadlines written in a task text (6月底前开工 → month 6, starting work), in order."""
    found: list[Deadline] = []
    for match in _DEADLINE_RE.finditer(task_text):
        if match.group("month"):
            month = _number(match.group("month"))
        elif match.group("quarter"):
            quarter = match.group("quarter")
            month = 6 if quarter == "上半年" else 3 * _number(re.search(r"[一二三四1-4]", quarter).group())  # type: ignore[union-attr]
        else:
            month = MONTHS_IN_YEAR
        milestone = Stage.EXECUTING if match.group(f"m{Stage.EXECUTING.value}") else Stage.DONE
        found.append(Deadline(month, milestone, match.span(), match.group()))
    return found


_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?=\s*年)")


def with_deadline(task_text: str, deadline: str | None, year: int | None = None) -> str:
    """The task text to judge, with the plan's 完成时限 column (6月底前, 三季度) read as the task's own
    deadline when the text names none: "…（6月底前完成）". A deadline in another year than `year`, or one
    that names no month or quarter (长期坚持, 持续推进), leaves the text as it is."""
    written = (deadline or "").strip().rstrip("。；;，,")
    if not written or find_deadlines(task_text):
        return task_text
    if year is not None and any(int(y) != year for y in _YEAR_RE.findall(written)):
        return task_text
    if not find_deadlines(written):
        written += "完成"
    return f"{task_text}（{written}）" if find_deadlines(written) else task_text


# A task running over several years (2013—2017年): its figures count towards a goal for the whole span.
_YEAR_SPAN_RE = re.compile(r"(?P<first>(?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*(?P<last>(?:19|20)\d{2})\s*年")


def spans_later_years(task_text: str, year: int) -> str | None:
    """The span of years written in a task (2013—2017年) when it runs past `year`, else None."""
    for match in _YEAR_SPAN_RE.finditer(task_text):
        first, last = int(match.group("first")), int(match.group("last"))
        if first < last and first <= year < last:
            return match.group()
    return None
