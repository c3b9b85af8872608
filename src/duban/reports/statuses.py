"""How the office's documents word and colour each status (the codes, labels and order are core.status's).

The bulletin phrases and the indicator wording follow the Shapingba 2022 H1 report (corpus 001: "124项任务正常推进，7项任务推进较为滞后"; "2项指标符合预期，
6项指标不达预期").
"""

from __future__ import annotations

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
