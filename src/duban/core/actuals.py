"""Actuals: the figures a unit reports (同比增长2.9%, 新增科技型企业273家, 完成全年任务的66.5%)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from duban.core.affixes import Affixes
from duban.core.lexicons.phrases import ACTION_WORDS, DECLINE_WORDS, GROWTH_WORDS, SHARE_HEADS, SHARE_RATES
from duban.core.marks import mark_positions
from duban.core.numerals import ARABIC_PATTERN, CHINESE_PATTERN, parse_numeral
from duban.core.quantity import RESPECTIVELY, Quantity, figure_run, find_quantities
from duban.core.scanning import compile_scanning
from duban.core.script import reading_form

# growth_rate: a signed change rate (下降3.2% is -3.2); change: a signed change in a unit
# (下降18.7微克/立方米 is -18.7); amount: a count or amount reached; share: a stated share of the goal
# completed (完成全年任务的66.5%); rank: a place in a ranking.
ActualKind = Literal["growth_rate", "change", "amount", "share", "rank"]


@dataclass(frozen=True, slots=True)
class Actual:
    """One figure in a progress text.

    `cumulative` marks 累计/截至 figures; `period` is the span the figure covers when stated
    (1-6月); `adjusted` marks a figure stated after an exclusion (扣除…后增长-15.6%).
    """

    metric: str
    quantity: Quantity
    kind: ActualKind
    span: tuple[int, int]
    text: str
    cumulative: bool = False
    period: str | None = None
    adjusted: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Actual:
        """The figure `to_json` wrote (as `duban parse --json` lists it)."""
        span = (int(data["span"][0]), int(data["span"][1]))
        quantity = Quantity(
            float(data["value"]),
            data["unit"],
            float(data["base_value"]),
            data["base_unit"],
            span,
            data["text"],
        )
        return cls(
            data["metric"], quantity, data["kind"], span, data["text"],
            data["cumulative"], data["period"], data["adjusted"],
        )  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "metric": self.metric,
            "value": _plain(q.value),
            "unit": q.unit,
            "kind": self.kind,
            "span": list(self.span),
            "text": self.text,
            "base_value": _plain(q.base_value),
            "base_unit": q.base_unit,
            "cumulative": self.cumulative,
            "period": self.period,
            "adjusted": self.adjusted,
        }


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


_NUMBER = f"(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})"
# 第3名, and 居全国第3、西部第1 where a verb of standing says the 第N is a place in a ranking.
_RANK = re.compile(
    rf"第(?P<number>{_NUMBER})(?:名|位)"
    rf"|(?:居|位居|位列|排名|排|列)[^，,。；;第]{{0,8}}(?P<ranked>第(?P<place>{_NUMBER}))(?![\u4e00-\u9fff])"
)
# Further places listed after a ranking (居全国第3、西部第1).
_RANK_LISTED = re.compile(rf"、[^，,。；;、第]{{0,4}}(?P<ranked>第(?P<place>{_NUMBER}))(?![\u4e00-\u9fff])")
# The period a figure covers: 1-6月, 1至6月, 上半年, 一季度, 前三季度, 截至6月底.
_PERIOD = compile_scanning(
    r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月"
    r"|[上下]半年|前?[一二三四1-4]季度"
)
_CUMULATIVE = re.compile(r"累计|截至|截止|总计|共计")
_ADJUSTED = re.compile(r"(?:扣除|剔除)[^，,。；;]*?后")
# Clauses end at these marks; a bracket opens a side remark (扣除…后增长-15.6%, 主城区第5名).
# Look back at most this far for a clause or line start, so long unbroken text stays linear.
_LOOKBACK = 400
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_CLAUSE_MARKS = frozenset("，,。；;：:！？!?\n\r(（)）")
_SENTENCE_MARKS = frozenset("。；;！？!?\n\r")
_LINE_MARKS = frozenset("\n\r")
_BRACKET_CHARS = frozenset("()（）")
_FILLER = compile_scanning(
    r"(?:同比|比上年|较上年|比去年|较去年|环比|分别|均|为|达到|达|了|实现|已|约|近|共|累计"
    r"|突破|超过|超|逾|不少于|不低于|接近|将近|稳定在|保持在|保持|持续|继续|连续)+$"
)
# The base a change is measured from, opening the words before a figure (较2024年底增长9.5%).
_CHANGE_BASE = re.compile(r"^(?:较|比)(?:(?:19|20)\d{2}年(?:底|末|初|同期)?|上年|去年|上月|年初)(?:同期)?")
_LEADING_PERIOD = re.compile(
    r"^(?:\d{1,2}[.、．]\s*|[一二三四五六七八九十]+是|[(（]\d{1,2}[)）]|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?|[上下]半年|前?[一二三四1-4]季度)[,，、]?"
)
_CHANGE = Affixes(sorted((*GROWTH_WORDS, *DECLINE_WORDS), key=len, reverse=True))
_SHARE_TAIL = re.compile(
    rf"(?:{'|'.join(SHARE_RATES)}|完成|完工)(?:为|达到|达|已达|约|了)?$"
    # 占年度计划11.4%, 为年度投资计划的26.7%: a share of the year's plan or goal.
    r"|(?:占|为|达|是)(?:全年|年度|年)?[^，,。；;\d]{0,4}(?:计划|目标|任务)(?:量|数)?(?:的)?$"
    # 完成年度计划投资比例52.99%: the share of the year's plan named as a ratio.
    r"|完成(?:全年|年度|当年|年)[^，,。；;\d]{0,6}(?:计划|目标|任务)[^，,。；;\d]{0,4}(?:比例|比重)(?:为|达到|达)?$"
    # 完成年度计划在80%以上, 完成全年目标任务75%: the share of the year's plan done.
    r"|完成(?:全年|年度|当年|年)[^，,。；;\d]{0,4}(?:计划|目标|任务)(?:量|数)?(?:的)?(?:在|为|达到|达)?$"
)
_ACTION_SET = frozenset(ACTION_WORDS)
_ACTIONS_LONGEST_FIRST = Affixes(sorted(ACTION_WORDS, key=len, reverse=True))
_LEADING = ("截至目前", "目前", "累计", "共计", "共", "已", "全区", "其中", "获得", "帮助", "实现", "实际")
_OPEN_NOUN = re.compile(r"[\u4e00-\u9fff“A-Za-z]")
# Capacities written before a figure that describes a project (年产45万吨…项目, 年产值超5亿元的强镇).
_CAPACITY_BEFORE = re.compile(r"(?:年产值?|年处理|日处理|日产|年吞吐|年加工)(?:超过|超|达|约|近)?$")
# A figure followed by what it changed to (16%的税率降至13%, 由3%降至2%) is the baseline.
_BASELINE_AFTER = re.compile(
    r"(?:的[^，,。；;\d]{0,8})?(?:降至|降到|下调至|下调到|降低至|降低到|提高至|提高到|提升至|提升到|调整为|调整至|增至|减至)"
)


def extract_actuals(text: str) -> list[Actual]:
    """Every figure reported in a progress text, in order of appearance."""
    norm = reading_form(text)
    items: list[tuple[int, Quantity, bool]] = [(q.span[0], q, False) for q in find_quantities(text)]
    for match in _RANK.finditer(norm):
        ranks = [match]
        while ranks[-1].group("ranked") and (listed := _RANK_LISTED.match(norm, ranks[-1].end())):
            ranks.append(listed)
        for rank in ranks:
            group = "ranked" if rank.group("ranked") else 0
            try:
                value = parse_numeral(rank.group("place") if group else rank.group("number"))
            except ValueError:
                continue
            span = rank.span(group)
            written = text[span[0] : span[1]]
            unit = written[-1] if written.endswith(("名", "位")) else ""
            items.append((span[0], Quantity(value, unit, value, unit, span, written), True))
    items.sort(key=lambda item: item[0])
    quantities = [q for _, q, _ in items]
    actuals: list[Actual] = []
    floor = 0
    previous_metric = ""
    previous_sentence = -1
    # 分别: the n-th listed metric goes with the n-th listed figure (A、B分别增长10.2%、8.1%).
    respective: dict[int, tuple[str, str | None]] = {}
    for index, (start, quantity, is_rank) in enumerate(items):
        end = quantity.span[1]
        if _BASELINE_AFTER.match(norm, end):
            continue  # 现行16%的税率降至13%: the rate before the change, not a figure reached
        if _CAPACITY_BEFORE.search(norm, max(0, start - 6), start) and _OPEN_NOUN.match(norm, end):
            continue  # 新开工华峰年产45万吨高端铝板带箔等项目: the size of a project, not a result
        if index in respective:
            metric, change = respective[index]
            actuals.append(_with_change(_actual_from(norm, text, quantity, metric, "amount"), change))
            previous_metric = metric
            previous_sentence = _boundary_before(norm, start, _SENTENCE_MARKS)
            floor = end
            continue
        clause_start = _boundary_before(norm, start, _CLAUSE_MARKS)
        window = norm[max(clause_start, floor) : start]
        floor = end
        sentence_start = _boundary_before(norm, start, _SENTENCE_MARKS)
        sentence = norm[sentence_start:start]
        line = norm[_boundary_before(norm, start, _LINE_MARKS) : start]
        kind: ActualKind = "rank" if is_rank else "amount"
        change, metric = _split_window(window)
        if not is_rank and RESPECTIVELY.search(window):
            names = [name for name in re.split(r"[、和及与]", metric) if name]
            if len(names) > 1 and figure_run(norm, quantities, index) == len(names):
                names = _share_head(names)
                respective.update((index + i, (names[i], change)) for i in range(1, len(names)))
                metric = names[0]
        value = quantity
        if is_rank:
            metric = (metric + "排名") if metric and not metric.endswith("排名") else (metric or "排名")
        elif change is not None:
            kind = "growth_rate" if quantity.is_percent else "change"
            if change == "decline" and quantity.value > 0:
                value = _negated(quantity)
        elif quantity.base_unit == "%" and _is_share(norm[clause_start:start]):
            # a share is in percent; points (超序时进度2.99个百分点) are a gap to the schedule
            kind = "share"
        following = norm[end : end + 1]
        # 帮助21家企业: a verb alone (two characters at most) takes the noun after the count.
        bare_verb = metric in _ACTION_SET or (0 < len(metric) <= 2 and not quantity.is_percent)
        counted_after = _counted_after(metric) if not quantity.is_percent else None
        if (not metric or bare_verb) and following and _OPEN_NOUN.match(following) and not is_rank:
            noun = _metric_after(norm, end)  # 新建3个社区体育公园: the noun follows the count
            metric += noun
            floor = end + len(noun)
        elif counted_after is not None and following and _OPEN_NOUN.match(following) and not is_rank:
            # 长安汽车等7家企业, 加力建设2家研究院: what is counted follows the count.
            noun = _metric_after(norm, end)
            metric = counted_after + noun
            floor = end + len(noun)
        elif bare_verb and previous_metric:
            metric += _noun_of(previous_metric)  # 新建30个健身点:已建成2个 → 建成健身点
        if not metric and previous_sentence == sentence_start:
            # 营业收入12亿元，同比增长8%: a clause of a verb and a figure speaks of the previous subject.
            metric = previous_metric
        previous_metric, previous_sentence = metric, sentence_start
        periods = _PERIOD.findall(line)
        actuals.append(
            Actual(
                metric=metric,
                quantity=value,
                kind=kind,
                span=(start, end),
                text=text[start:end],
                cumulative=_CUMULATIVE.search(sentence) is not None,
                period=periods[-1] if periods else None,
                adjusted=_ADJUSTED.search(norm[clause_start:start]) is not None,
            )
        )
    return actuals


def _actual_from(norm: str, text: str, quantity: Quantity, metric: str, kind: ActualKind) -> Actual:
    start, end = quantity.span
    line = norm[_boundary_before(norm, start, _LINE_MARKS) : start]
    sentence = norm[_boundary_before(norm, start, _SENTENCE_MARKS) : start]
    periods = _PERIOD.findall(line)
    return Actual(
        metric=metric,
        quantity=quantity,
        kind=kind,
        span=(start, end),
        text=text[start:end],
        cumulative=_CUMULATIVE.search(sentence) is not None,
        period=periods[-1] if periods else None,
    )


def _with_change(actual: Actual, change: str | None) -> Actual:
    """A figure listed after another under one change word (增长10.2%、8.1%) is a change too."""
    if change is None:
        return actual
    q = actual.quantity
    kind: ActualKind = "growth_rate" if q.is_percent else "change"
    value = _negated(q) if change == "decline" and q.value > 0 else q
    return replace(actual, kind=kind, quantity=value)


def _share_head(names: list[str]) -> list[str]:
    """城镇、农村居民收入: short modifiers listed before the last item share its head."""
    first, last = names[0], names[-1]
    if len(last) >= 4 and all(len(name) <= 2 for name in names[:-1]):
        head = last[len(first) :]
        return [*(name + head for name in names[:-1]), last]
    return names


@lru_cache(maxsize=64)
def _stops(norm: str, marks: frozenset[str]) -> tuple[tuple[int, ...], str]:
    """Positions of the marks and brackets in a text, and those characters: the only places a walk back
    to a clause start can stop or change depth (one text is asked for many clauses)."""
    positions = mark_positions(norm, marks | _BRACKET_CHARS)
    return positions, "".join([norm[i] for i in positions])


def _boundary_before(norm: str, position: int, marks: frozenset[str]) -> int:
    """Start of the clause holding `position`; a closed bracket before it (不含房地产) stays inside."""
    positions, chars = _stops(norm, marks)
    floor = max(0, position - _LOOKBACK)
    depth = 0
    for k in range(bisect_left(positions, position) - 1, -1, -1):
        index = positions[k]
        if index < floor:
            return floor
        char = chars[k]
        if char in ")）":
            depth += 1
        elif char in "(（" and depth:
            depth -= 1
        elif char in marks and not depth:
            return index + 1
    return floor


def _split_window(window: str) -> tuple[str | None, str]:
    """The change word right before a number (增长/下降) and the metric before it."""
    metric = _BRACKETED.sub("", _ADJUSTED.sub("", window)).strip(" \t、“”")
    metric = _FILLER.sub("", metric)
    change: str | None = None
    word = _CHANGE.first_suffix(metric)
    if word is not None:
        change = "decline" if word in DECLINE_WORDS else "growth"
        metric = _FILLER.sub("", metric[: -len(word)])
    metric = _CHANGE_BASE.sub("", _LEADING_PERIOD.sub("", metric))
    for word in _LEADING:
        if metric.startswith(word) and len(metric) > len(word) + 1:
            metric = metric[len(word) :]
    return change, metric.strip(" \t、“”的与和及")


def _counted_after(metric: str) -> str | None:
    """For a count written before its noun: the verb to keep when the words before end in one
    (加力建设 → 建设), "" after a list closed by 等 (长安汽车等), None when they name the thing counted."""
    if metric.endswith(("等", "等等")):
        return ""
    return next((word for word in _ACTIONS_LONGEST_FIRST.suffixes_of(metric) if len(word) > 1), None)


def _noun_of(metric: str) -> str:
    for word in _ACTIONS_LONGEST_FIRST.prefixes_of(metric):
        if len(metric) > len(word):
            return metric[len(word) :]
    return metric


def _is_share(window: str) -> bool:
    tail = window.rstrip()
    if tail.endswith(("超额完成", "超出", "超过")):
        return False  # 超额完成20%: done, and a fifth more, not a fifth of the goal
    if tail.endswith("的"):
        return any(word in tail for word in SHARE_HEADS)
    return _SHARE_TAIL.search(tail) is not None


def _metric_after(norm: str, end: int) -> str:
    rest = norm[end : end + 20]
    stop = re.search(r"[，,。；;：:！？!?、\n(（\d]|与|和|的|签订|完成|实现|开展|进行|获得|达到|参与", rest)
    return (rest[: stop.start()] if stop else rest[:12]).strip()


def _negated(quantity: Quantity) -> Quantity:
    return Quantity(
        -quantity.value, quantity.unit, -quantity.base_value, quantity.base_unit,
        quantity.span, quantity.text, -quantity.upper if quantity.upper is not None else None,
        quantity.approximate,
    )  # fmt: skip
