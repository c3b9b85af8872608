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
            if text.startswith(word) and len(text) >= len(word) + 3:
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


_SIMILAR_ENOUGH = 0.5
_KIND_NAMES = {
    "growth_rate": "增速",
    "decline_rate": "降幅",
    "increment": "新增数量",
    "level": "水平值",
    "total": "年度总量",
}


def _compatible(target: Target, actual: Actual) -> bool:
    """Whether the actual can measure the target at all (kind and unit)."""
    t, a = target.quantity, actual.quantity
    if actual.kind == "rank":
        return t.unit == "" and t.base_unit == ""
    if target.kind in ("growth_rate", "decline_rate"):
        return actual.kind == "growth_rate"
    if actual.kind == "share":
        return not t.is_percent and t.unit != ""
    if actual.kind != "amount":
        return False
    return t.base_unit == a.base_unit and t.unit != ""


def _reason(target: Target, actual: Actual, similarity: float) -> str:
    what = _KIND_NAMES[target.kind]
    if actual.kind == "share":
        unit_part = "所报为完成比例"
    elif actual.kind == "rank":
        unit_part = "同为排名"
    elif actual.kind == "growth_rate":
        unit_part = "同为增速"
    else:
        unit_part = f"单位同为{actual.quantity.base_unit}"
    if similarity >= 1.0:
        name_part = f"指标名称一致（{target.metric}）"
    elif similarity >= _SIMILAR_ENOUGH:
        name_part = f"指标名称相近（{actual.metric or '未写明'}≈{target.metric}）"
    else:
        name_part = f"任务中唯一的{what}指标（{target.metric}）"
    suffix = "，为扣除特殊因素后的口径" if actual.adjusted else ""
    return f"{name_part}，{unit_part}{suffix}"


def match_actuals(targets: list[Target], actuals: list[Actual]) -> list[Match]:
    """Pair each actual with the target it measures; actuals that measure none are left out.

    An actual goes to the compatible target (kind and unit) whose metric is most similar. When only
    one target is compatible, a figure with no metric, or with some overlap in its metric, goes to it;
    a growth rate goes to the task's only growth target. Headline figures come before adjusted ones.
    """
    matches: list[Match] = []
    for actual_index, actual in enumerate(actuals):
        candidates = [(i, t) for i, t in enumerate(targets) if _compatible(t, actual)]
        if not candidates:
            continue
        scored = [(metric_similarity(t.metric, actual.metric), i, t) for i, t in candidates]
        similarity, target_index, target = max(scored, key=lambda item: (item[0], -item[1]))
        alone = len(candidates) == 1
        if similarity < _SIMILAR_ENOUGH:
            if not alone:
                continue
            stated = actual.kind in ("growth_rate", "share")
            if not (stated or not actual.metric or _shares_a_word(target.metric, actual.metric)):
                continue
        reason = _reason(target, actual, similarity)
        matches.append(Match(target_index, actual_index, target, actual, round(similarity, 3), reason))
    matches.sort(key=lambda m: (m.target_index, m.actual.adjusted, m.actual_index))
    return matches


def unmatched_actuals(actuals: list[Actual], matches: list[Match]) -> list[Actual]:
    """The actuals no target claimed: evidence a person may still read."""
    used = {m.actual_index for m in matches}
    return [a for i, a in enumerate(actuals) if i not in used]


def _shares_a_word(left: str, right: str) -> bool:
    """At least one two-character word in common (科技型企业 / 新增科技型企业273家)."""
    a, b = normalise_metric(left), normalise_metric(right)
    return any(a[i : i + 2] in b for i in range(len(a) - 1))
