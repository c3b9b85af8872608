"""The status vocabulary of DESIGN §3: codes, Chinese labels, one severity order, how an office's own
wording reads as a status, which of a task's judgements is its status, and how it moved between periods.

The one place these are defined; judging, reports, the web app, the API, the CLI and evaluation import them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Status = Literal["completed", "ahead", "on_track", "lagging", "not_started", "unreported", "unknown"]

# In the order counts are listed (best first, then the ones a person still has to act on).
STATUS_LABELS: dict[str, str] = {
    "completed": "已完成",
    "ahead": "超进度",
    "on_track": "正常推进",
    "lagging": "滞后",
    "not_started": "未启动",
    "unreported": "未填报",
    "unknown": "待研判",
}
STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)

# Worse statuses rank higher: a task with several targets takes the worst (DESIGN §3), and a task whose
# status rises between two periods has worsened (退步), one whose status falls has improved (好转).
SEVERITY: dict[str, int] = {
    "completed": 0,
    "ahead": 1,
    "on_track": 2,
    "unknown": 3,
    "not_started": 4,
    "lagging": 5,
    "unreported": 6,
}

# Statuses that flag a problem: the bulletin's list of lagging tasks (附件2), the dashboard's lagging list.
FLAGGED: frozenset[str] = frozenset({"lagging", "not_started"})
# Statuses of tasks that progress normally (the bulletin's 附件3).
NORMAL: frozenset[str] = frozenset({"completed", "ahead", "on_track"})

# Office wording that names one status, as supervision reports print it (corpus 001 and other offices'
# bulletins). Evaluation scores a label in this table status for status.
OFFICE_STATUS_WORDS: dict[str, str] = {
    **{code: code for code in ("completed", "ahead", "on_track", "lagging", "not_started", "unreported")},
    "已完成": "completed",
    "完成": "completed",
    "超进度": "ahead",
    "超序时进度": "ahead",
    "正常推进": "on_track",
    "序时推进": "on_track",
    "按序时推进": "on_track",
    "达到序时进度": "on_track",
    "滞后": "lagging",
    "推进滞后": "lagging",
    "进度滞后": "lagging",
    "未完成": "lagging",
    "未启动": "not_started",
    "未填报": "unreported",
}
# Office wording that says how a task stands against the schedule or the year's expectation rather than
# naming one status (符合预期 may be on track or ahead): read as the status the office's documents mean.
OFFICE_ASSESSMENT_WORDS: dict[str, str] = {
    "较为滞后": "lagging",
    "推进较为滞后": "lagging",
    "不达预期": "lagging",
    "未达预期": "lagging",
    "低于预期": "lagging",
    "未达到序时进度": "lagging",
    "低于序时进度": "lagging",
    "进展缓慢": "lagging",
    "符合预期": "on_track",
    "达到预期": "on_track",
    "符合时间节点要求": "on_track",
    "有序推进": "on_track",
    "好于预期": "ahead",
    "未报送": "unreported",
}
OFFICE_WORDS: dict[str, str] = {
    **{label: code for code, label in STATUS_LABELS.items()},
    **OFFICE_STATUS_WORDS,
    **OFFICE_ASSESSMENT_WORDS,
}
# Longer wordings (推进较为滞后的项目, 已完成全年目标) read by the first phrase they contain, in this order.
OFFICE_PHRASES: tuple[tuple[str, str], ...] = (
    ("未启动", "not_started"),
    ("未达到", "lagging"),
    ("未完成", "lagging"),
    ("滞后", "lagging"),
    ("不达", "lagging"),
    ("缓慢", "lagging"),
    ("已完成", "completed"),
    ("超", "ahead"),
    ("好于", "ahead"),
    ("正常", "on_track"),
    ("符合", "on_track"),
    ("达到", "on_track"),
    ("序时推进", "on_track"),
    ("有序推进", "on_track"),
)

# Where a task's status comes from, most authoritative first: a person's override, the office's own label
# in the document the progress came from, duban's automatic judgement.
STATUS_SOURCES: tuple[str, ...] = ("override", "office", "automatic")
# A task with no judgement in a period has not been reported.
NO_JUDGEMENT: str = "unreported"


def status_label(status: str | None) -> str:
    """The Chinese label of a status code (lagging → 滞后); "—" for none, the code itself if unknown."""
    if not status:
        return "—"
    return STATUS_LABELS.get(status, status)


def status_of_office_label(label: str | None) -> str | None:
    """The status an office's own wording stands for (按序时推进 → on_track, 推进较为滞后 → lagging), or
    None when the wording is not a judgement duban knows."""
    if not label:
        return None
    text = "".join(label.split())
    if text in OFFICE_WORDS:
        return OFFICE_WORDS[text]
    return next((status for phrase, status in OFFICE_PHRASES if phrase in text), None)


def choose_status(
    *, override: str | None = None, office: str | None = None, automatic: str | None = None
) -> str:
    """A task's status in a period, by STATUS_SOURCES: override, else office label, else automatic;
    未填报 when there is no judgement at all."""
    return override or office or automatic or NO_JUDGEMENT


def status_source(*, override: str | None = None, office: str | None = None) -> str:
    """Which of STATUS_SOURCES the chosen status comes from."""
    if override:
        return "override"
    if office:
        return "office"
    return "automatic"


# Early warning (黄灯) is shown beside the status, not as a status of its own.
EARLY_WARNING_LABEL = "黄灯"


def early_warning(
    *,
    status: str | None,
    automatic: str | None,
    ratio: float | None,
    expected: float | None,
    on_track_factor: float,
    margin: float,
) -> bool:
    """黄灯: a task on track by duban's own figures whose completion share is within `margin` (a share of the
    year) above the line below which it would be lagging (on_track_factor × expected). A person's or the
    office's other status, and judgements without a completion share (growth rates, stages), get none."""
    if status != "on_track" or automatic != "on_track" or ratio is None or not expected:
        return False
    return ratio < on_track_factor * expected + margin


def traffic_light(status: str | None, warning: bool = False) -> str:
    """The offices' 红灯/黄灯/绿灯 for a status: red for lagging or not started, yellow for an early warning,
    green for the rest that has been judged; "" for 未填报 and 待研判."""
    if status in FLAGGED:
        return "red"
    if warning:
        return "yellow"
    if status in NORMAL:
        return "green"
    return ""


Movement = Literal["improved", "worsened", "same"]


def movement(before: str, after: str) -> Movement:
    """How a task moved between two periods: 好转 when its status became less severe, 退步 when more."""
    if SEVERITY.get(after, 0) < SEVERITY.get(before, 0):
        return "improved"
    if SEVERITY.get(after, 0) > SEVERITY.get(before, 0):
        return "worsened"
    return "same"


def count_movement(pairs: Iterable[tuple[str, str]]) -> dict[Movement, int]:
    """(status before, status after) pairs counted as improved, worsened and same."""
    counts: dict[Movement, int] = {"improved": 0, "worsened": 0, "same": 0}
    for before, after in pairs:
        counts[movement(before, after)] += 1
    return counts


def listing_rank(status: str) -> int:
    """Position of a status in STATUSES (the order counts are listed in); unknown codes sort last."""
    try:
        return STATUSES.index(status)
    except ValueError:
        return len(STATUSES)
