"""Matching: which target each reported figure measures (新增科技型企业273家 ↔ 新增科技型企业150家)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from duban.core.actuals import Actual
from duban.core.lexicons.phrases import ACTION_WORDS, LEADING_WORDS
from duban.core.targets import Target

_NOISE = re.compile(r"[\s“”\"'‘’《》〈〉()（）【】\[\]、，,。；;：:·\-—]")
_LEADING = tuple(sorted({*LEADING_WORDS, *ACTION_WORDS}, key=len, reverse=True))


def normalise_metric(metric: str) -> str:
    """A metric without quotes, brackets, punctuation or leading verbs (新增“四上”企业 → 四上企业)."""
    text = _NOISE.sub("", metric)
    changed = True
    while changed:
        changed = False
        for word in _LEADING:
            if text.startswith(word) and len(text) > len(word) + 1:
                text = text[len(word) :]
                changed = True
                break
    return text


def metric_similarity(left: str, right: str) -> float:
    """0..1: 1 when one normalised metric contains the other, else their character similarity."""
    a, b = normalise_metric(left), normalise_metric(right)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def metrics_agree(left: str, right: str) -> bool:
    """Two metric phrases name the same thing (containment, or ≥ 70% character similarity)."""
    return metric_similarity(left, right) >= 0.7


@dataclass(frozen=True, slots=True)
class Match:
    """An actual figure paired with the target it measures, and why (a Chinese phrase)."""

    target_index: int
    actual_index: int
    target: Target
    actual: Actual
    score: float
    reason: str
