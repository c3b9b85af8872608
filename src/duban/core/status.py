"""The status vocabulary of DESIGN §3: codes, their Chinese labels and how bad each is.

The one place these are defined; judging, reports, the web app and evaluation import them from here.
"""

from __future__ import annotations

from typing import Literal

Status = Literal["completed", "ahead", "on_track", "lagging", "not_started", "unreported", "unknown"]

STATUS_LABELS: dict[str, str] = {
    "completed": "已完成",
    "ahead": "超进度",
    "on_track": "正常推进",
    "lagging": "滞后",
    "not_started": "未启动",
    "unreported": "未填报",
    "unknown": "待研判",
}

# Worse statuses rank higher: a task with several targets takes the worst (DESIGN §3).
SEVERITY: dict[str, int] = {
    "completed": 0,
    "ahead": 1,
    "on_track": 2,
    "unknown": 3,
    "not_started": 4,
    "lagging": 5,
    "unreported": 6,
}
