"""What duban reads from a task and a progress text: targets, figures and the judgement it would give.

A thin bridge to the pure core (duban.core.targets / actuals / judging). While a core function has not
landed yet (NotImplementedError or missing module) the preview says so instead of failing the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from duban.web.models import JudgementStatus

UNAVAILABLE = "自动研判模块尚未就绪，请人工研判。"


@dataclass(frozen=True)
class Preview:
    targets: list[dict[str, Any]] = field(default_factory=list)
    actuals: list[dict[str, Any]] = field(default_factory=list)
    judgement: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def targets_of(text: str) -> list[dict[str, Any]]:
    try:
        from duban.core.targets import extract_targets

        return [t.to_json() for t in extract_targets(text)]
    except (ImportError, NotImplementedError):
        return []


def actuals_of(text: str) -> list[dict[str, Any]]:
    try:
        from duban.core.actuals import extract_actuals

        return [a.to_json() for a in extract_actuals(text)]
    except (ImportError, NotImplementedError):
        return []


def judge(task_text: str, progress_text: str, as_of: date) -> dict[str, Any]:
    """The automatic judgement as the CLI prints it: status, label, ratio, expected, reason, evidence."""
    if not progress_text.strip():
        return _fallback(JudgementStatus.UNREPORTED, "本期尚未填报推进情况。")
    try:
        from duban.core.judging import judge_texts

        return judge_texts(task_text, progress_text, as_of).to_json()
    except (ImportError, NotImplementedError):
        return _fallback(JudgementStatus.UNKNOWN, UNAVAILABLE)


def judge_units(
    task_text: str, reports: dict[str, str], as_of: date, previous: dict[str, str] | None = None
) -> dict[str, Any]:
    """The task's judgement from every unit's report (unit name → text, lead units first): the reason names
    a unit whose part lags, and the warnings name units that did not report (core.judging.judge_task)."""
    try:
        from duban.core.judging import judge_task

        return judge_task(task_text, reports, as_of, previous=previous).to_json()
    except (ImportError, NotImplementedError):
        return _fallback(JudgementStatus.UNKNOWN, UNAVAILABLE)


def _fallback(status: JudgementStatus, reason: str) -> dict[str, Any]:
    return {
        "status": status.value,
        "label": status.label,
        "ratio": None,
        "expected": None,
        "reason": reason,
        "evidence": [],
    }


def preview(task_text: str, progress_text: str, as_of: date) -> Preview:
    return Preview(
        targets=targets_of(task_text),
        actuals=actuals_of(progress_text),
        judgement=judge(task_text, progress_text, as_of),
    )


def highlight_spans(text: str, targets: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    """Split `text` into (piece, is_target) runs so a template can mark each target's span."""
    spans = sorted(
        (int(t["span"][0]), int(t["span"][1])) for t in targets if t.get("span") and len(t["span"]) == 2
    )
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for start, end in spans:
        if start < cursor or end > len(text) or start >= end:
            continue
        if start > cursor:
            pieces.append((text[cursor:start], False))
        pieces.append((text[start:end], True))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], False))
    return pieces
