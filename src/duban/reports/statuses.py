"""The status vocabulary (DESIGN §3) as the office's documents word it.

Codes and plain labels follow DESIGN §3. The bulletin phrases and the indicator wording follow the
Shapingba 2022 H1 report (corpus 001: "124项任务正常推进，7项任务推进较为滞后"; "2项指标符合预期，
6项指标不达预期").
"""

from __future__ import annotations

# Plain labels are the judging engine's: one vocabulary for the whole product.
from duban.core.judging import STATUS_LABELS as STATUS_LABELS

# Best first: the order in which counts are listed and sections of the bulletin appear.
STATUS_ORDER: tuple[str, ...] = (
    "completed",
    "ahead",
    "on_track",
    "lagging",
    "not_started",
    "unreported",
    "unknown",
)


# How the bulletin body words a count of key tasks: "7项任务推进较为滞后".
TASK_PHRASES: dict[str, str] = {
    "completed": "已完成",
    "ahead": "超序时进度推进",
    "on_track": "正常推进",
    "lagging": "推进较为滞后",
    "not_started": "尚未启动",
    "unreported": "未报送推进情况",
    "unknown": "有待进一步研判",
}

# How an indicator's judgement is worded when the office gave no label of its own.
INDICATOR_LABELS: dict[str, str] = {
    "completed": "已完成",
    "ahead": "好于预期",
    "on_track": "符合预期",
    "lagging": "不达预期",
    "not_started": "不达预期",
    "unreported": "未报送",
    "unknown": "待研判",
}

# Statuses that put a task on the bulletin's list of lagging tasks (附件2).
LAGGING_STATUSES: frozenset[str] = frozenset({"lagging", "not_started"})
# Statuses of tasks that progress normally (附件3).
NORMAL_STATUSES: frozenset[str] = frozenset({"completed", "ahead", "on_track"})

# Cell fills (RGB hex) for the summary table and the charts: green for good, red for late.
STATUS_COLOURS: dict[str, str] = {
    "completed": "2E7D32",
    "ahead": "66BB6A",
    "on_track": "A5D6A7",
    "lagging": "EF5350",
    "not_started": "FFB74D",
    "unreported": "BDBDBD",
    "unknown": "90CAF9",
}


def status_rank(status: str) -> int:
    """Position of a status in STATUS_ORDER; unknown codes sort last."""
    try:
        return STATUS_ORDER.index(status)
    except ValueError:
        return len(STATUS_ORDER)


def status_label(status: str) -> str:
    """The plain Chinese label of a status code (已完成, 滞后 …)."""
    return STATUS_LABELS.get(status, status)


# Judgements as offices print them in their own documents, read back as status codes. From the labels
# of corpus 001 (正常推进 / 推进较为滞后 / 符合预期 / 不达预期 / 符合时间节点要求) and the status words of
# DESIGN §3; longer wordings are matched by the phrases they contain (LABEL_PHRASES, in order).
LABEL_STATUSES: dict[str, str] = {
    **{label: status for status, label in STATUS_LABELS.items()},
    "符合预期": "on_track",
    "符合时间节点要求": "on_track",
    "好于预期": "ahead",
    "不达预期": "lagging",
    "低于预期": "lagging",
    "推进较为滞后": "lagging",
    "进度滞后": "lagging",
    "超序时进度": "ahead",
    "未报送": "unreported",
}
LABEL_PHRASES: tuple[tuple[str, str], ...] = (
    ("未启动", "not_started"),
    ("滞后", "lagging"),
    ("不达", "lagging"),
    ("已完成", "completed"),
    ("超", "ahead"),
    ("正常", "on_track"),
    ("符合", "on_track"),
)


def status_of_label(label: str | None) -> str | None:
    """The status an office's printed label stands for (滞后 → lagging), or None when unrecognised."""
    if not label:
        return None
    text = label.strip()
    if text in LABEL_STATUSES:
        return LABEL_STATUSES[text]
    return next((status for phrase, status in LABEL_PHRASES if phrase in text), None)
