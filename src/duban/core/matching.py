"""Matching: which target each reported figure measures (新增科技型企业273家 ↔ 新增科技型企业150家).

One scoring serves every use: `match_actuals` gives each figure the target it measures best (several
figures may measure one target: a headline and an adjusted rate, an amount and its stated share), and
`pair_figures` gives each target the one figure judging reads (one figure serves one target at most).
A pair needs a compatible kind and unit; its score weighs the metric names, the clause around the
figure, a heading restating the goal, the verb the goal and the report share (引进…人才 / 共引进…),
whether the figure is stated as achieved, and how plausible its size is against the goal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from duban.core.actuals import Actual
from duban.core.affixes import Affixes
from duban.core.lexicons.phrases import (
    ACTION_WORDS,
    CURRENCY_UNITS,
    DECLINE_WORDS,
    GROWTH_WORDS,
    LEADING_WORDS,
    SHARE_HEADS,
    TRAILING_WORDS,
)
from duban.core.lexicons.units import COUNTERS
from duban.core.scanning import compile_scanning
from duban.core.stages import CLAUSE_BREAK_CHARS, clause_bounds
from duban.core.targets import Target

_NOISE = re.compile(r"[\s“”\"'‘’《》〈〉()（）【】\[\]、，,。；;：:·\-—]")
_LEADING = Affixes(sorted({*LEADING_WORDS, *ACTION_WORDS}, key=len, reverse=True))


# Indicators written by their abbreviation or with the place before them (全市GDP, 全区地区生产总值).
_SYNONYMS = (("GDP", "地区生产总值"), ("CPI", "居民消费价格"))
_PLACE_BEFORE = re.compile(r"^(?:全市|全区|全县|全省|全州|全镇|我市|我区|我县|我省)")


@lru_cache(maxsize=8192)
def normalise_metric(metric: str) -> str:
    """A metric without quotes, brackets, punctuation or leading verbs (新增“四上”企业 → 四上企业)."""
    text = _PLACE_BEFORE.sub("", _NOISE.sub("", metric))
    for short, full in _SYNONYMS:
        text = text.replace(short, full)
    changed = True
    while changed:
        changed = False
        for word in _LEADING.prefixes_of(text):
            if len(text) >= len(word) + 3:
                text = text[len(word) :]
                changed = True
                break
    return text


# Words before a figure that qualify it without naming what it measures (实际涨幅为2.1%).
_QUALIFIERS = re.compile(r"实际|全年|累计|当年|今年|本年|同比|预计")


def metric_similarity(left: str, right: str) -> float:
    """0..1: 1 for the same normalised metric; one inside the other scores by how much of the longer
    it covers (项目 inside 开工项目 is weaker than 规上工业企业 inside 新增规上工业企业); else the
    character similarity."""
    a, b = normalise_metric(left), normalise_metric(right)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a in b or b in a:
        short, long = sorted((len(a), len(b)))
        return 0.6 + 0.4 * short / long
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
    # Further figures of the same total: 推动A贷款、B贷款发放2亿元 is met by A's and B's figures together.
    parts: tuple[Actual, ...] = ()

    @property
    def base_value(self) -> float:
        """The figure's value in its base unit, summed over the parts of a listed total."""
        return self.actual.quantity.base_value + sum(a.quantity.base_value for a in self.parts)


_KIND_NAMES = {
    "growth_rate": "增速",
    "decline_rate": "降幅",
    "increment": "新增数量",
    "level": "水平值",
    "total": "年度总量",
}

# Before a figure, these words mark a plan, a scope or a remainder, not an achievement
# (001 #5 拟定了1500栋农房风貌整治范围; 001 #44 剩余105.9万平方米; 000 #19 推荐申报…56家).
# 待 is "pending" (待验收), but not inside 接待/招待/期待… (接待游客1210万人次 is done).
_NOT_ACHIEVED = compile_scanning(
    r"拟|计划(?!总?投资)|预计|力争|目标|任务|范围|储备|申报|推荐|谋划|在谈|洽谈|摸排|排查|涉及|剩余|尚余|(?<![接招款期优善对])待|需"
    r"|(?:持续|加快|积极)?推(?:动|进)"
)
_ACHIEVED = re.compile(r"完成|建成|新增|实现|累计|拆除|整治|改造|引进|培育|新建|开行|签约|达到|达|已")
# Objects of preparation: a count of them (完成2个特色小镇规划编制, 完成3个项目可研) measures the
# preparation of the things, not their delivery, unless the goal itself is such a document (编制村庄规划10个).
# Words from the preparation stage of DESIGN §3 that name documents and steps, not the things built.
_PREPARATION_OBJECT = re.compile(
    r"规划(?!区|范围|内)|方案|设计|可研|可行性研究|初设|施工图|立项|选址|前期(?:手续|工作)"
)
_RANK_WORDS = re.compile(r"排名|前\d|位次|第\d")
# A figure must share this much with a target's metric to be read as its progress.
_MIN_RELEVANCE = 0.25
_FILLER_CHARS = "的和与及等个各类"
# Verbs of goals and reports, and predicates that name what happens to a counted thing.
_VERBS = tuple(
    sorted({*ACTION_WORDS, "开工", "竣工", "完工", "投用", "投产", "落地", "签约", "开业"}, key=len)
)
_VERB_RE = re.compile("|".join(sorted(_VERBS, key=len, reverse=True)))
# Words that say nothing of what is counted: a clause of only these names no metric (全区增长34%).
_EMPTY_WORDS = re.compile(
    "|".join(
        sorted(
            {*ACTION_WORDS, *LEADING_WORDS, *TRAILING_WORDS, *GROWTH_WORDS, *DECLINE_WORDS},
            key=len,
            reverse=True,
        )
    )
)
_NON_NOUN = re.compile(r"[^\u4e00-\u9fffA-Za-z]|已|了|共|累计|目前|截至|约|余|多")
_COUNTER_SET = frozenset(COUNTERS)
_PEOPLE = frozenset({"人", "名", "位", "人次", "户"})
# A share of the whole task (完成全年任务的15%, 完成工程量的15%): it names no metric of its own.
_WHOLE_TASK_SHARE = re.compile(
    "|".join(
        sorted(
            {*SHARE_HEADS, "完成", "占", "为", "年", "总", "的", "已", "累计", "目前", "约", "仅"},
            key=len,
            reverse=True,
        )
    )
)
# A figure more than this many times its goal measures something else (681名 against 30名).
_IMPLAUSIBLE_FACTOR = 10.0
_EPSILON = 1e-9


def _clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    return clause_bounds(text, span[0], span[1], CLAUSE_BREAK_CHARS)


def _clause_before(text: str, position: int) -> str:
    start, _ = _clause(text, (position, position))
    return text[start:position]


def is_heading(text: str, span: tuple[int, int]) -> bool:
    """A figure restating the goal as a heading (新建30个社区健身点:已建成2个)."""
    _, end = _clause(text, span)
    return end < len(text) and text[end] in "：:" and "已" not in _clause_before(text, span[0])


def achieved_amounts(progress: str, actuals: Iterable[Actual]) -> list[Actual]:
    """The amounts a progress text reports as done (not plans, scopes, remainders or headings)."""
    return [a for a in actuals if a.kind == "amount" and _achieved(progress, a)]


def _achieved(progress: str, actual: Actual) -> bool:
    if not progress:
        return True
    return not _NOT_ACHIEVED.search(_clause_before(progress, actual.span[0])) and not is_heading(
        progress, actual.span
    )


def target_class(target: Target) -> str:
    """How a target is judged: a change rate, a rank, a level in %, or an amount."""
    if target.kind in ("growth_rate", "decline_rate"):
        return "rate"
    if _RANK_WORDS.search(target.text) and target.quantity.unit in ("", "位", "名"):
        return "rank"
    if target.kind == "level" and target.quantity.is_percent:
        return "level"
    return "amount"


def is_count(unit: str) -> bool:
    """A unit of things counted whole (个、家、所…)."""
    return unit in _COUNTER_SET


def _units_compatible(target: Target, actual: Actual) -> bool:
    t, a = target.quantity, actual.quantity
    if (t.base_unit == a.base_unit and t.unit != "") or t.unit == a.unit:
        return True
    # A lost measure word (农村改厕1220) or another word for the same count (班/列, 个/家); people and
    # households are counted in their own words (搬迁18695人 is not measured by 安置点6个).
    if (t.base_unit in _PEOPLE) != (a.base_unit in _PEOPLE) and t.unit != "":
        return False
    return (t.unit == "" or is_count(t.base_unit)) and is_count(a.base_unit)


def _same_measure(target: Target, actual: Actual) -> bool:
    """The figure is in the target's own physical measure (平方米, 公里, 吨), no count, people or money."""
    unit = target.quantity.base_unit
    return (
        actual.kind == "amount"
        and unit == actual.quantity.base_unit
        and bool(unit)
        and not target.quantity.is_percent
        and not is_count(unit)
        and unit not in _PEOPLE
        and unit not in CURRENCY_UNITS
    )


def _declines(target: Target) -> bool:
    return target.kind == "decline_rate" or any(word in target.metric for word in DECLINE_WORDS)


def _compatible(target: Target, actual: Actual, progress: str) -> bool:
    """Whether the figure can measure the target at all (kind, unit, stated as achieved)."""
    cls = target_class(target)
    if cls == "rate":
        return actual.kind == "growth_rate"
    if cls == "rank":
        return actual.kind == "rank"
    if cls == "level":
        return actual.kind == "amount" and actual.quantity.is_percent
    if actual.kind == "share":
        # 完成全年任务的66.5%: a share of the goal, for an amount target in its own unit.
        return not target.quantity.is_percent
    if actual.kind == "change":
        # 减少1500吨 measures a goal stated as a reduction, 增加 one stated as an addition.
        direction_agrees = (actual.quantity.value < 0) == _declines(target)
        return direction_agrees and target.kind != "level" and _units_compatible(target, actual)
    return (
        actual.kind == "amount"
        and _units_compatible(target, actual)
        and _achieved(progress, actual)
        and not prepares(target, actual)
    )


def prepares(target: Target, actual: Actual) -> bool:
    """A count of plans or designs (完成2个特色小镇规划编制) against a goal of delivering the things."""
    found = _PREPARATION_OBJECT.search(actual.metric)
    return found is not None and found.group() not in target.metric


def _coverage(metric: str, context: str) -> float:
    """Share of the metric's characters found in the context (违法建筑 in 累计完成违建整治: 0.5)."""
    chars = set(metric) - set(_FILLER_CHARS)
    return len(chars & set(context)) / len(chars) if chars else 0.0


def _unnamed(actual: Actual, clause: str) -> bool:
    """A figure whose clause names nothing but verbs and scope (已改建28公里, 全区增长34%)."""
    words = _EMPTY_WORDS.sub("", clause.replace(actual.text, ""))
    return len(_NON_NOUN.sub("", words)) <= 1


def _verbs(text: str) -> set[str]:
    found = set(_VERB_RE.findall(text))
    return found | {verb[1:] for verb in found if verb.startswith("新") and len(verb) > 2}


def _target_words(task: str, target: Target) -> str:
    """The words of the task stating the target, from its clause start (、 included) to its metric."""
    start, _ = clause_bounds(task, target.span[0], target.span[1], CLAUSE_BREAK_CHARS + "、")
    return task[start : target.span[1]] + target.metric


def relevance(target: Target, actual: Actual, progress: str) -> float:
    """0..1: how surely a figure measures a target, from its metric, its clause and a heading before it."""
    # Without a name, only the very unit ties a figure to the goal (家 and 场 both count, not the same things).
    same_unit = target.quantity.base_unit == actual.quantity.base_unit or not target.quantity.unit
    if not progress:
        named = _NON_NOUN.sub("", _EMPTY_WORDS.sub("", actual.metric))
        return metric_similarity(target.metric, actual.metric) if named or not same_unit else 0.5
    start, end = _clause(progress, actual.span)
    if not target.metric or (same_unit and _unnamed(actual, progress[start:end])):
        return 0.5
    best = max(
        metric_similarity(target.metric, actual.metric),
        0.8 * _coverage(target.metric, actual.metric + progress[start:end]),
    )
    if start >= 1 and progress[start - 1] in "：:":
        # A heading restating the goal (新建3个社区体育公园:已建成1个).
        head_start, _ = _clause(progress, (start - 1, start - 1))
        best = max(best, metric_similarity(target.metric, progress[head_start : start - 1]))
    return best


def _score(target: Target, actual: Actual, task: str, progress: str, related: float) -> float:
    score = 3 * related
    if progress:
        start, _ = _clause(progress, actual.span)
        before = progress[start : actual.span[0]]
        if _ACHIEVED.search(before):
            score += 1
        if task and _verbs(_target_words(task, target)) & _verbs(before + actual.metric):
            score += 0.75  # 引进…人才1300名 / 共引进专业人才681名: the same act reported
    if actual.cumulative:
        score += 0.5
    if actual.adjusted:
        score -= 0.5
    goal = abs(target.quantity.base_value)
    if actual.kind == "amount" and goal and abs(actual.quantity.base_value) > _IMPLAUSIBLE_FACTOR * goal:
        score -= 1.5
    if actual.kind == "share":
        score -= 1  # a figure in the target's own unit, when there is one, says more
    return score


def _reason(target: Target, actual: Actual, similarity: float, alone: bool) -> str:
    what = _KIND_NAMES[target.kind]
    if actual.kind == "share":
        unit_part = "所报为完成比例"
    elif actual.kind == "rank":
        unit_part = "同为排名"
    elif actual.kind == "growth_rate":
        unit_part = "同为增速"
    elif actual.kind == "change":
        unit_part = f"所报为增减量，单位同为{actual.quantity.base_unit}"
    else:
        unit_part = f"单位同为{actual.quantity.base_unit or target.quantity.unit}"
    if similarity >= 1.0:
        name_part = f"指标名称一致（{target.metric}）"
    elif similarity >= 0.5 or not alone:
        name_part = f"指标名称相近（{actual.metric or '未写明'}≈{target.metric}）"
    else:
        name_part = f"任务中唯一的{what}指标（{target.metric}）"
    suffix = "，为扣除特殊因素后的口径" if actual.adjusted else ""
    return f"{name_part}，{unit_part}{suffix}"


def _scored(
    targets: Sequence[Target], actuals: Sequence[Actual], task: str, progress: str
) -> list[tuple[float, int, int, float, bool]]:
    """Every compatible, relevant (target, figure) pair: (score, target, figure, similarity, alone)."""
    amount_targets = sum(1 for t in targets if target_class(t) == "amount")
    found: list[tuple[float, int, int, float, bool]] = []
    for ai, actual in enumerate(actuals):
        candidates = [ti for ti, t in enumerate(targets) if _compatible(t, actual, progress)]
        alone = len(candidates) == 1
        for ti in candidates:
            target = targets[ti]
            related = relevance(target, actual, progress)
            whole_task = actual.kind == "share" and not _WHOLE_TASK_SHARE.sub("", actual.metric)
            unnamed = not _QUALIFIERS.sub("", actual.metric)
            if alone and actual.kind in ("growth_rate", "share") and (unnamed or whole_task):
                related = max(related, 0.5)  # 同比增长2.9% / 完成工程量的15% under a one-goal task
            named = _coverage(target.metric, progress) >= 0.5
            if alone and amount_targets == 1 and named and _same_measure(target, actual):
                related = max(related, 0.5)  # 拆除…10万平方米违法建筑 / 整治面积1.48万平方米
            if related < _MIN_RELEVANCE:
                continue
            if actual.kind == "share" and amount_targets > 1 and related <= 0.5:
                continue  # an unnamed share among several amount goals could be any of them
            score = _score(target, actual, task, progress, related)
            found.append((score, ti, ai, metric_similarity(target.metric, actual.metric), alone))
    return found


def match_actuals(
    targets: Sequence[Target], actuals: Sequence[Actual], progress: str = "", task: str = ""
) -> list[Match]:
    """Pair each figure with the target it measures best; figures that measure none are left out.

    Several figures may measure one target (a headline and an adjusted rate); headline figures come
    first. With `progress` (and `task`), the clause around each figure also counts.
    """
    best: dict[int, tuple[float, int, int, float, bool]] = {}
    for item in _scored(targets, actuals, task, progress):
        ai = item[2]
        if ai not in best or (item[0], -item[1]) > (best[ai][0], -best[ai][1]):
            best[ai] = item
    matches = [
        Match(
            ti, ai, targets[ti], actuals[ai], round(score, 3), _reason(targets[ti], actuals[ai], sim, alone)
        )
        for score, ti, ai, sim, alone in best.values()
    ]
    matches.sort(key=lambda m: (m.target_index, m.actual.adjusted, m.actual_index))
    return matches


def pair_figures(
    targets: Sequence[Target], actuals: Sequence[Actual], progress: str, task: str = ""
) -> list[tuple[Target, Match | None]]:
    """Each target with the one figure reported for it (or None); a figure serves one target at most.

    The best-scoring pairs are taken first, so a figure goes where it fits best.
    """
    scored = sorted(_scored(targets, actuals, task, progress), key=lambda item: (-item[0], item[1], item[2]))
    chosen: dict[int, Match] = {}
    used: set[int] = set()
    for score, ti, ai, sim, alone in scored:
        if ti in chosen or ai in used:
            continue
        reason = _reason(targets[ti], actuals[ai], sim, alone)
        chosen[ti] = Match(ti, ai, targets[ti], actuals[ai], round(score, 3), reason)
        used.add(ai)
    for ti, match in list(chosen.items()):
        parts = _listed_parts(match, actuals, used, progress)
        if parts:
            used.update(i for i, a in enumerate(actuals) if a in parts)
            names = "、".join(a.metric for a in (match.actual, *parts))
            reason = f"目标为{targets[ti].metric}的合计，按{names}相加"
            chosen[ti] = replace(match, parts=parts, reason=reason)
    return [(t, chosen.get(i)) for i, t in enumerate(targets)]


def _listed_parts(
    match: Match, actuals: Sequence[Actual], used: set[int], progress: str
) -> tuple[Actual, ...]:
    """Figures for the other items of a total over a list (知识价值信用贷款、“创新积分贷”发放贷款2亿元)."""
    items = [item for item in match.target.metric.split("、") if item]
    if len(items) < 2 or match.actual.kind != "amount":
        return ()

    def item_of(actual: Actual) -> int:
        start, end = _clause(progress, actual.span) if progress else actual.span
        context = actual.metric + (progress[start:end] if progress else "")
        return max(range(len(items)), key=lambda i: (_coverage(items[i], context), -i))

    covered = {item_of(match.actual)}
    parts: list[Actual] = []
    for index, actual in enumerate(actuals):
        if index in used or actual.kind != "amount" or not _achieved(progress, actual):
            continue
        if actual.quantity.base_unit != match.actual.quantity.base_unit:
            continue
        item = item_of(actual)
        if item not in covered and _coverage(items[item], actual.metric) >= 0.5:
            covered.add(item)
            parts.append(actual)
    return tuple(parts)


def unmatched_actuals(actuals: Sequence[Actual], matches: Iterable[Match]) -> list[Actual]:
    """The actuals no target claimed: evidence a person may still read."""
    used = {m.actual_index for m in matches}
    return [a for i, a in enumerate(actuals) if i not in used]


# A figure of a narrative report is read as a task's progress when its metric is this alike to a
# target's (metric_similarity: 1.0 the same indicator, 0.6+ one named inside the other).
NARRATIVE_METRIC_CUTOFF = 0.8
_KINDS_ALIKE = {
    "growth_rate": {"growth_rate"},
    "decline_rate": {"growth_rate", "change"},
    "level": {"amount", "share"},
    "increment": {"amount"},
    "total": {"amount"},
}


def figure_for_target(target: Target, figures: Sequence[Actual]) -> Actual | None:
    """The figure of a narrative report that reports on this target: the same indicator (by metric),
    a figure of the same kind and unit family; None when no figure is alike enough."""
    best: tuple[float, Actual] | None = None
    for figure in figures:
        if figure.kind not in _KINDS_ALIKE.get(target.kind, set()):
            continue
        if target.kind != "growth_rate" and not _units_compatible(target, figure):
            continue
        similarity = metric_similarity(target.metric, figure.metric)
        if similarity >= NARRATIVE_METRIC_CUTOFF and (best is None or similarity > best[0]):
            best = (similarity, figure)
    return best[1] if best else None
