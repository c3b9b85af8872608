"""The live preview of the progress form: the targets, figures and judgement duban reads from a text while it
is being typed, before anything is saved. Stored judgements come from services.judgements, never from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from duban.core.actuals import extract_actuals
from duban.core.judging import judge_texts
from duban.core.status import status_label
from duban.core.targets import extract_targets


@dataclass(frozen=True)
class Preview:
    targets: list[dict[str, Any]] = field(default_factory=list)
    actuals: list[dict[str, Any]] = field(default_factory=list)
    judgement: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def targets_of(text: str) -> list[dict[str, Any]]:
    return [t.to_json() for t in extract_targets(text)]


def actuals_of(text: str) -> list[dict[str, Any]]:
    return [a.to_json() for a in extract_actuals(text)]


def judge(task_text: str, progress_text: str, as_of: date) -> dict[str, Any]:
    """The judgement the text would get, as the CLI prints it; 未填报 for an empty text."""
    if not progress_text.strip():
        return {
            "status": "unreported",
            "label": status_label("unreported"),
            "ratio": None,
            "expected": None,
            "reason": "本期尚未填报推进情况。",
            "evidence": [],
        }
    return judge_texts(task_text, progress_text, as_of).to_json()


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
