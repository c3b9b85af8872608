"""Targets: what a task sentence promises (地区生产总值增长6%以上 → growth_rate >= 6 %)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from duban.core.affixes import Affixes
from duban.core.lexicons.phrases import (
    ACTION_WORDS,
    ATTRIBUTE_PREFIXES,
    COMPARATOR_AFTER,
    COMPARATOR_BEFORE,
    CURRENCY_UNITS,
    DECLINE_WORDS,
    EVENT_WORDS,
    FLOW_WORDS,
    GROWTH_WORDS,
    LEADING_WORDS,
    LOCATIVE_ENDINGS,
    PER_UNIT_WORDS,
    REACH_WORDS,
    SHARED_MARKERS,
    TRAILING_WORDS,
)
from duban.core.lexicons.units import COUNTERS
from duban.core.marks import next_mark, start_after_mark
from duban.core.numerals import ARABIC_PATTERN, CHINESE_PATTERN, parse_numeral
from duban.core.quantity import RESPECTIVELY, Quantity, figure_run, find_quantities
from duban.core.script import Unglossed, as_written, reading_form, without_glosses

Comparator = Literal[">=", "<=", "=", "~"]
TargetKind = Literal["growth_rate", "decline_rate", "increment", "level", "total"]


@dataclass(frozen=True, slots=True)
class Target:
    """One quantified goal in a task sentence. `soft` marks 力争 (a stretch goal)."""

    metric: str
    quantity: Quantity
    comparator: Comparator
    kind: TargetKind
    span: tuple[int, int]
    text: str
    soft: bool = False
    # The upper end of a range (增长6%-6.5%): a ceiling written beside the goal, met by reaching the goal.
    range_top: bool = False

    def to_json(self) -> dict[str, Any]:
        q = self.quantity
        data: dict[str, Any] = {
            "metric": self.metric,
            "value": _plain(q.value),
            "unit": q.unit,
            "comparator": self.comparator,
            "kind": self.kind,
            "span": list(self.span),
            "text": self.text,
            "base_value": _plain(q.base_value),
            "base_unit": q.base_unit,
        }
        if q.upper is not None:
            data["upper"] = _plain(q.upper)
        if self.soft:
            data["soft"] = True
        return data


def _plain(value: float) -> float | int:
    """150.0 → 150 in JSON, as the number was written."""
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else value


# A clause ends at these marks; 、 only ends a clause right after a quantity (20家、150家).
_CLAUSE_MARKS = frozenset("，,。；;：:！？!?\n\r")
_SENTENCE_MARKS = frozenset("。；;！？!?\n\r")
_PUNCTUATION = "，,。；;：:！？!?、 \t\r\n"
_OPEN_NOUN = re.compile(r"[\u4e00-\u9fff“\"A-Za-z(（]")
# After 以上/以下 a noun means a scope threshold (500万元以上项目), not a goal.
_THRESHOLD_OK_NEXT = frozenset("和及并且或、，,。；;！？!?）)(（\n")
# 由现行3%降至2%: the first figure is the baseline.
# 从每人每月574元、271元分别提高到…: every figure of a listed baseline is one.
_BASELINE_NEXT = re.compile(
    r"(?:、[^，,。；;、至到]{1,12}?)*(?:分别|均|统一)?"
    r"(?:下降|降低|提高|提升|增加|增长|上升|减少|压减|压降|压缩|降|增|减)?(?:至|到)"
)
_BASELINE_MARK = re.compile(r"[由从][^，,。；;]*$")
# Words that end a pre-nominal metric (12个镇级污水处理厂尾水治理 / 101个项目如期开工).
_METRIC_AFTER_STOP = re.compile(
    r"[，,。；;：:！？!?、\n(（]|如期|按期|实现|达到|完成|开工|竣工|完工|落地|签约|签订|投用|投运|投产|开业|通车|建成"
    r"|进入|在|于|与|的|进行|开展|通过"
    r"|[和及](?=[\d一二三四五六七八九十两])"  # 1891名特困群众和1206名残疾人: the next count's own noun
)
# A predicate after a counted noun: 101个项目如期开工 counts projects started.
_PREDICATE = re.compile(
    r"(?:如期|按期|按时|全面|全部|实现|顺利|正式)*(?P<verb>开工|竣工|完工|投用|投运|投产|建成|落地|签约|开业|通车)"
)
_RANK = re.compile(
    rf"(?P<verb>保持|位居|位列|稳居|进入|跻身|排名|排在)(?P<scope>[^，,。；;、]{{0,12}}?)"
    rf"前(?P<number>{ARABIC_PATTERN}|{CHINESE_PATTERN})(?:名|位)?"
)
# 16600亩(其中新造100亩…): the parts of the figure follow in a bracket; the figure closes its goal.
_PARTS_AFTER = re.compile(r"[(（](?:其中|含|包括)")
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
_LEADING = Affixes(sorted({*LEADING_WORDS, *ACTION_WORDS}, key=len, reverse=True))
_TRAILING = Affixes(
    sorted({*TRAILING_WORDS, *COMPARATOR_BEFORE, *REACH_WORDS, *SHARED_MARKERS}, key=len, reverse=True)
)
_CHANGE = Affixes(sorted((*GROWTH_WORDS, *DECLINE_WORDS), key=len, reverse=True))
_COMPARATOR_BEFORE = Affixes(sorted(COMPARATOR_BEFORE, key=len, reverse=True))
_COMPARATOR_AFTER = Affixes(sorted(COMPARATOR_AFTER, key=len, reverse=True))
_COMPARATOR_AFTER_LONGEST = max(map(len, COMPARATOR_AFTER))
_REACH = tuple(sorted(REACH_WORDS, key=len, reverse=True))
_COUNTER_SET = frozenset(COUNTERS)
# 5.5%和7%: a joiner before another figure, not a noun the count belongs to.
_JOINED_FIGURE = re.compile(rf"[和及与](?:{ARABIC_PATTERN}|{CHINESE_PATTERN})")
_GOAL_WORDS = (*ACTION_WORDS, "确保", "力争", "推动", "加快", "实现", "共", "累计", "支持")
_GOAL_VERBS = tuple(word for word in ACTION_WORDS if len(word) > 1)
_ACTIONS = Affixes(ACTION_WORDS)
_ACTIONS_LONGEST = max(map(len, ACTION_WORDS))
_AREA = frozenset({"平方米", "亩", "平方公里", "公顷"})
# Heads that name a figure of the thing just counted (总数突破600家 after 新增…80家).
_GENERIC_HEADS = frozenset({"总数", "总量", "总规模", "累计"})
# Clause ends after a figure: a capacity at the end of its clause is the goal itself (新增装机容量20万千瓦。).
_FIGURE_CLOSES = frozenset("，,。；;！？!?、\n")
_ADDITION = re.compile(r"新增|增加|新建|扩大")
_LENGTH = frozenset({"公里", "米"})
_STANDARD_WORDS = ("标准", "水平")
_CHANGE_GOAL = re.compile(r"(?:增长|下降|增速)(?:预期)?目标")
_TASK_NOUNS = ("全年任务", "年度任务", "目标任务", "任务")
_RATE_OF_CHANGE = ("增长率", "增速", "增幅", "增长幅度", "涨幅", "上涨幅度", "下降率", "降幅", "下降幅度")
_RATE_OF_DECLINE = ("下降率", "降幅", "下降幅度")
# A percentage before the change it measures (均实现10%以上增长).
_CHANGE_AFTER = re.compile(r"的?(?:增长|增幅|下降|降幅)")
# A percentage before what is achieved to it (100%保障入学, 100%覆盖): a level, not a count of a noun.
_PERCENT_BEFORE_VERB = re.compile(r"覆盖|保障|达标|落实|完成|实现|通|建成|办结|纳入|参保|清零|整改")
# Verbs that govern a counted list of projects without adding to them (推进不少于7个公墓改造, 抓好600个项目).
_COUNT_GOVERNORS = ("推进", "抓好", "抓实", "推动", "实施")
# A count opening its clause, its noun followed by what happens to it (7个乡镇卫生院完成搬迁).
_CLAUSE_VERB = re.compile(
    "|".join(
        sorted(
            {*ACTION_WORDS, "通", "改善", "实现", "达标", "通过"} - {"服务", "交流"}, key=len, reverse=True
        )
    )
)
# Coverbs naming who or what the work is done for (对2000户家庭改造, 为300户家庭进行微改造), or where
# (在20个村设立互助基金, 针对115栋超高层建筑).
_COVERBS = ("对", "为", "给", "向", "在", "针对", "面向")
_PLACE_SCOPE = r"(?:辖区|全区|全市|全县|全州|全省|全镇|全乡|本区|本市|本县|城区|市区|主城区|县城|全域)(?:内)?"
# A place between a coverb and its count (对辖区80条背街小巷, 对全区2071户低保家庭).
_PLACE_AFTER_COVERB = re.compile(_PLACE_SCOPE + "$")
# A clause opened by its place, then the count and what happens to it (市区10个老旧小区…维修改造).
_PLACE_ONLY = re.compile(_PLACE_SCOPE)
# Counts of people: a flow word names what they receive (补贴性培训3500人次), not money counted.
_PEOPLE_UNITS = frozenset({"人", "人次", "名", "户"})
_PEOPLE_FLOWS = ("游客", "客流")
# Performances and sessions are held one by one: each counted is done in the year (送戏下乡2000场).
_EVENT_UNITS = frozenset({"场", "场次"})
_GOAL_IS = re.compile(r"(?:任务|目标|计划)(?:数|量)?(?:为|是)$")
_LIST_JOINERS = frozenset({"、", "和", "及", "以及", "与"})
_BULLETS = "*＊▶►●•·◆■□☆★-—"
# A clause reporting what was done (实际改造4559户, 已达65.5亿元, 截至10月底…, 超额完成20%): a result.
_REPORTED = re.compile(
    r"实际(?!利用|使用|到位)|(?<![确力])已(?:达|完成|改造|建成|实现|累计|经)|截至|截止|超额"
    # 目前完成投资…, 累计完成…, 1-2月累计完成…: what the months so far delivered
    r"|目前(?:已)?完成|(?<!计划)(?<!力争)(?<!确保)累计(?:完成|实现|建成|改造|解决|下达|拨付|投入|发放)|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?(?:累计)?(?:完成|实现)"
    # a share of the plan stated (占年计划的73.11%, 完成年度投资计划的111.43%): a result
    r"|占(?:全年|年度|年)?(?:投资)?(?:计划|目标)(?:投资)?的?$|完成(?:全年|年度|年)?(?:投资)?(?:计划|目标|任务)(?:投资)?的$"
)
# A count of projects in a sentence that then gives their investment (安排重点项目83个，总投资845亿元，
# 年度计划投资235亿元): the size of the programme, the investment is the goal.
_PROJECT_COUNT_BEFORE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,8}项目)(?:共计|共有|共)?$|(?:安排|列入|共计|共有)$"
)
_PROJECT_COUNT_AFTER = re.compile(r"(?P<noun>[\u4e00-\u9fff]{0,6}?项目)|[,，(（]")
# Projects counted as a goal of their own (新开工项目43个): the work on them is the target.
_PROJECT_GOAL = re.compile(r"开工|开复工|竣工|建成|投产|签约|引进|落地")
# What counted items did, stated after them (57个小项已完成…, 44个项目已经建成投用, 超过了序时进度).
_DONE_AFTER = re.compile(
    r"[^，,。；;]{0,14}?(?:(?:已经?|均已|已全部|全部已)(?:完成|建成|开工|竣工|投用|投产|实施|达到|超过|超额)"
    r"|(?:超过|达到|低于|未达到?)了?(?:序时|时序|时间)进度)"
)
_GROUP_NAME = 12  # at most this long a category name before its count in brackets
_SIZE_FOLLOWS = re.compile(
    r"[^，,。；;]{0,8}?[，,]\s*(?:计划|预计)?(?:总投资|(?:年度|全年|年内|当年|\d{4}年)(?:计划|预计)?(?:完成)?投资|年度投资计划)"
)
_PLANNED_WORK = re.compile(r"(?:计划|力争|确保|争取)(?:新)?(?:开工|开复工|竣工|建成|投产|签约|引进|落地)")
_INVESTMENT_AFTER = re.compile(
    r"总投资|(?:年度|全年|\d{4}年)(?:计划|预计)?投资|(?:计划|预计)(?:完成)?投资|投资计划"
)
# Counts of the parts of a programme (11个方面任务, 3批次): its scope, not a goal.
_SCOPE_AFTER = re.compile(r"方面|批次")
# At most this many characters of a place between a verb and its count; at most this long a bare item.
_PLACE_BETWEEN = 20
_BARE_ITEM = 40
# A break between cells of a row: not after a sentence mark, and before a figure or a comparator with
# its figure (区级财政收入增长率 | 6%以上; 控制在 | 10410人内).
_COMPARATOR_WORDS = "|".join(sorted(COMPARATOR_BEFORE, key=len, reverse=True))
_CELL_BREAK = re.compile(rf"(?<=[^。；;！？!?：:\s])[ \t]*\n\s*(?=\d|(?:{_COMPARATOR_WORDS})\s*\d)")
_GOAL_NOUN = re.compile(r"(?:预期|年度|全年|发展)?(?:目标|任务|要求)")


def _joined_cells(norm: str) -> str:
    """Line breaks inside one table row read as spaces: a name cell and its value cell printed on
    separate lines (区级财政收入增长率\n\n6%以上, 控制在\n\n10410人内). Same length as `norm`."""
    if "\n" not in norm:
        return norm
    return _CELL_BREAK.sub(lambda m: " " * len(m.group()), norm)


# A sentence that reports what was done, not what is to be done: a share of the year's plan reached
# (为年计划的95.6%, 占年度计划的42.2%), a rate of starts or completion (开工率95.3%), or the months so
# far at its head (1-9月份，…; 至9月底，…; 前8个月，…).
_RESULTS_SENTENCE = re.compile(
    r"(?:为|占|完成|达到)(?:了)?(?:全年|年度|年|总)?[\u4e00-\u9fff]{0,4}?(?:计划|目标任务|目标|任务)(?:投资)?"
    r"(?:[(（][^)）]{0,40}[)）])?的?\s*\d+(?:\.\d+)?\s*[%％]"
    r"|(?:开工|开复工|竣工|完工|投资完成|签约|履约|资金到位)率(?:为|达|达到)?\s*\d"
    # a share of the works done (路基工程完成98%)
    r"|(?:工程|工程量|施工)完成(?:约|了)?\d+(?:\.\d+)?\s*[%％]"
    # a share of the year's plan with its goal in brackets or a count of items (占年度目标任务(3.9万个)的40.4%,
    # 占全年项目数的12.72%)
    r"|占[^，,。；;\d]{0,10}?(?:计划|目标任务|目标|任务|项目数|总数)[^，,。；;]{0,14}?的\s*\d+(?:\.\d+)?\s*[%％]"
    # how many of a group did what (46个城市中，25个达到治理目标)
    r"|\d+\s*[个項项][\u4e00-\u9fff]{1,6}中[，,]"
)
# A goal in brackets after the words naming it (年度目标任务(3.9万个)): the goal, in a sentence of results.
_GOAL_IN_BRACKETS = re.compile(r"(?:目标任务|目标|任务|计划)[(（]$")
_RESULTS_OPENING = re.compile(
    r"^(?:今年|全年)?(?:\d{1,2}\s*[-—–至~]\s*\d{1,2}\s*月(?:份|底|末)?|至\d{1,2}月(?:底|末)|前\d{1,2}个月|截[至止][^,，]{0,8})[,，]"
)


def _reports_results(norm: str, start: int, stop: int) -> bool:
    """Whether the figure's sentence reports results (为年计划的95.6%, 开工率95.3%, 1-9月份，…)."""
    opened = max(norm.rfind("(", 0, start), norm.rfind("（", 0, start))
    closed = max(norm.rfind(")", 0, start), norm.rfind("）", 0, start))
    if opened > closed and _GOAL_IN_BRACKETS.search(norm, max(0, opened - 4), opened + 1):
        return False  # 占年度目标任务(3.9万个)的40.4%, 完成年度目标(维修改造锅炉146台…)的80.8%
    sentence_start = _sentence_start(norm, start)
    sentence = norm[sentence_start : _sentence_end(norm, stop)]
    return bool(_RESULTS_SENTENCE.search(sentence) or _RESULTS_OPENING.match(sentence.lstrip()))


def _counts_a_group(quantity: Quantity, norm: str, start: int, stop: int) -> bool:
    """A count alone in brackets closing a short name with no verb (综合交通(19 项), 区民生实事项目(1个))."""
    if quantity.base_unit not in ("个", "项", "項", "個", "件") or start == 0 or norm[start - 1] not in "(（":
        return False
    if not norm.startswith((")", "）"), stop) or norm[stop + 1 :].strip(_PUNCTUATION):
        return False
    name = norm[: start - 1].strip()
    return len(name) <= _GROUP_NAME and not any(word in name for word in _GOAL_WORDS)


def _programme_size(quantity: Quantity, norm: str, start: int, stop: int) -> bool:
    """A count of projects whose investment the same sentence goes on to give, or the items of a
    programme of N方面 (共安排十方面、30项)."""
    if quantity.base_unit not in ("个", "项", "項"):
        return False
    sentence = norm[_sentence_start(norm, start) : _sentence_end(norm, stop)]
    before = norm[_sentence_start(norm, start) : start]
    after = norm[stop : _sentence_end(norm, stop)]
    if re.search(r"方面[、，,]?$", before) or re.match(r"(?:目标|任务|指标|工作)的", norm[stop : stop + 3]):
        return True  # 共安排十方面、30项; 4项目标的责任单位均为…
    if re.search(r"(?:包括|共有|共计|涉及)$", before) and not after.strip("。；; "):
        return True  # …的目标任务，包括8项。
    counted = _PROJECT_COUNT_BEFORE.search(before) or _PROJECT_COUNT_AFTER.match(norm, stop)
    if counted is None or _INVESTMENT_AFTER.search(after) is None or "投资" not in sentence:
        return False
    noun = counted.group("noun") or ""
    # 新开工项目200项,总投资1203.5亿元,年度预计投资391亿元: the list the investment figures size, unless
    # the starts themselves are planned (今年计划新开工项目43个,总投资…)
    if _SIZE_FOLLOWS.match(after) and not _PLANNED_WORK.search(before + noun):
        return True
    # a verb over the count (抓好600个…项目, 改造老旧小区19个) makes it a goal; 建设 inside the
    # projects' name (重点建设项目) does not
    clause = re.sub(r"建设(?=项目|工程)", "", norm[_clause_start(norm, start, 0) : start])
    verbs = (*ACTION_WORDS, "抓好", "抓实", "推进")
    acted_on = any(word in clause for word in verbs if len(word) > 1 and word not in ("安排", "列入"))
    return _PROJECT_GOAL.search(noun) is None and not acted_on


def extract_targets(text: str) -> list[Target]:
    """Every target stated in one task sentence, in order of appearance. Metric and unit are given
    in the script they were written in; spans index `text`, glosses (萬(wàn)人) included."""
    unglossed = without_glosses(text)
    if unglossed is None:
        return _targets(text)
    return [_written_span(t, unglossed, text) for t in _targets(unglossed.text)]


def _written_span(target: Target, unglossed: Unglossed, text: str) -> Target:
    span = unglossed.span(target.span)
    q_span = unglossed.span(target.quantity.span)
    quantity = replace(target.quantity, span=q_span, text=text[q_span[0] : q_span[1]])
    return replace(target, quantity=quantity, span=span, text=text[span[0] : span[1]])


def _targets(text: str) -> list[Target]:
    norm = _joined_cells(reading_form(text))
    targets: list[Target] = []
    floor = 0
    baseline_cut: int | None = None
    previous: Target | None = None
    # the previous target counted the noun after it (新建8所中小学、9所幼儿园: the verb governs both)
    previous_prenominal = False
    quantities = find_quantities(text)
    # 分别: the n-th listed metric goes with the n-th listed figure (A、B分别增长10%、8%).
    respective: dict[int, tuple[str, TargetKind]] = {}
    for index, quantity in enumerate(quantities):
        start, end = quantity.span
        if index in respective:
            metric, kind = respective[index]
            after_comparator, after_len = _comparator_after(norm, end)
            stop = end + after_len
            comparator = after_comparator or _shared_comparator(norm, stop) or "="
            soft = "力争" in norm[_sentence_start(norm, start) : start]
            previous = Target(metric, quantity, comparator, kind, (start, stop), text[start:stop], soft)
            targets.append(previous)
            floor = stop
            continue
        if quantity.text == "翻番":
            continue  # no number is written: evidence for a person, not a measurable target
        if _counts_a_group(quantity, norm, start, end):
            continue  # 综合交通(19 项): how many items a category of a table holds
        after_comparator, after_len = _comparator_after(norm, end)
        stop = end + after_len
        clause_start = _clause_start(norm, start, 0)
        window_start = max(clause_start, floor)
        clause = norm[clause_start:start]
        window = norm[window_start:start]
        following = norm[stop : stop + 1]
        # 项目30个、总投资200亿元: the amount measures the items just counted, it is a goal too.
        same_items = previous is not None and previous.span[1] == window_start and window.startswith("、")
        bounded = _bounded_count(quantity, window, after_comparator)
        if not bounded and _is_attribute(clause, norm, stop, after_comparator, same_items):
            continue
        if _REPORTED.search(clause) or _SCOPE_AFTER.match(norm, stop):
            continue  # 实际改造4559户, 已达65.5亿元, 超额完成20%; 11个方面任务: results and scope, no goal
        if _programme_size(quantity, norm, start, stop) or _reports_results(norm, start, stop):
            continue
        baseline = _BASELINE_MARK.search(window)
        if baseline and _BASELINE_NEXT.match(norm, stop):
            baseline_cut = window_start + baseline.start()
            continue
        written_window = window
        if baseline_cut is not None and window_start <= baseline_cut:
            window = (
                norm[window_start:baseline_cut] + norm[_after_baseline(norm, baseline_cut, start) : start]
            )
        baseline_cut = None
        if not after_comparator:
            after_comparator = _shared_comparator(norm, stop)
        prenominal = (
            (not after_comparator or bounded) and bool(following) and _OPEN_NOUN.match(following) is not None
        )
        prenominal = prenominal and not _starts_with_verb(norm, stop)
        # 800亿元人民币: the currency, no noun counted; 增长5.5%(市下达指标): a note on the rate
        prenominal = prenominal and not norm.startswith(("人民币", "美元"), stop)
        prenominal = prenominal and not (quantity.is_percent and following in "(（")
        prenominal = prenominal and not _JOINED_FIGURE.match(norm, stop)
        prenominal = prenominal and not _PARTS_AFTER.match(norm, stop)
        prenominal = prenominal and not (following == "的" and _GOAL_NOUN.match(norm, stop + 1))
        prenominal = prenominal and not (quantity.is_percent and _PERCENT_BEFORE_VERB.match(norm, stop))
        rate_before_change = quantity.is_percent and _CHANGE_AFTER.match(norm, stop)
        prenominal = prenominal and not rate_before_change
        comparator = (
            after_comparator or _comparator_before(written_window) or (">=" if quantity.approximate else "=")
        )
        soft = "力争" in norm[_sentence_start(norm, start) : start]
        if prenominal and quantity.base_unit == "岁":
            continue  # 35-64岁妇女, 80周岁以上的老年人: an age names who is served
        if prenominal and _DONE_AFTER.match(norm, stop, _clause_end(norm, stop)):
            continue  # 134个项目已完成年度计划, 458个项目完成投资超过了序时进度: what the items did
        if prenominal:
            acted_on = False
            listed = previous_prenominal and previous is not None and window.strip() in _LIST_JOINERS
            if not listed and not _counts_something(window, quantity.base_unit):
                acted_on = _counted_in_clause(quantity, window, norm, stop)
                if not acted_on:
                    continue
            metric = metric_after(norm, stop)
            kind = _kind_of_count(quantity, metric, window, norm[stop : _clause_end(norm, stop)])
            if listed and previous is not None:
                kind = previous.kind
            if acted_on and kind == "level":
                kind = "increment"  # 2606个撤并村通公路: the things the year's work is done to
            target = Target(metric, quantity, comparator, kind, (start, stop), text[start:stop], soft)
            targets.append(target)
            previous, previous_prenominal = target, True
            floor = stop + metric_span_after(norm, stop)
            continue
        previous_prenominal = False
        floor = stop
        metric, change, shared = metric_before(window, quantity)
        if rate_before_change and change is None:
            change = (
                "decline" if norm[stop : stop + 4].lstrip("的").startswith(("下降", "降幅")) else "growth"
            )
        if not metric and previous is not None and previous.span[1] == window_start:
            metric = _with_dimension(previous.metric, quantity)
        restated = None
        if previous is not None and _sentence_start(norm, start) <= previous.span[0]:
            if not metric and previous.quantity.base_unit == quantity.base_unit:
                restated = previous  # 增长6.5%以上，力争达到7%: a higher bar for the same goal
                metric = previous.metric
            elif metric in _GENERIC_HEADS:
                metric = previous.metric + metric  # 新增高新技术企业80家，总数突破600家
        if not metric:
            metric = metric_before(clause, quantity)[0]
        if not metric and previous is not None and _sentence_start(norm, start) <= previous.span[0]:
            # 突破50亿元，增长15%: a clause of a verb and a figure, no noun, speaks of the previous subject.
            metric = previous.metric
        kind = restated.kind if restated is not None else _kind(quantity, metric, clause, window, change)
        if window.lstrip().startswith("其中") and previous is not None and not quantity.is_percent:
            kind = previous.kind  # 其中…: a part of the figure before, counted the same way
        elif kind == "level" and _continues_list(previous, quantity, norm, start, window):
            kind = previous.kind  # 新建幼儿园8所,中小学校16所: the verb before governs the next item
        respectively = shared and RESPECTIVELY.search(window) is not None
        names = _split_shared(metric, respectively) if shared else [metric]
        if len(names) > 1 and respectively:
            run = figure_run(norm, quantities, index)
            if run == len(names):
                respective.update((index + i, (names[i], kind)) for i in range(1, run))
                names = names[:1]
        for name in names:
            name = _clean_metric(name)
            target = Target(name, quantity, comparator, kind, (start, stop), text[start:stop], soft)
            targets.append(target)
            previous = target
    targets.extend(_rank_targets(text, norm))
    targets.sort(key=lambda t: t.span[0])
    halves = [half for target in targets for half in _range_ends(target, norm)]
    if norm == text:
        return halves
    return [_in_written_script(t, norm, text) for t in halves]


def _in_written_script(target: Target, norm: str, text: str) -> Target:
    """Metric and unit as written (萬人, 城鎮新增就業), read from the reading form's same positions."""
    q = target.quantity
    start, end = q.span
    unit_at = text.find(q.unit, start, end) if q.unit else -1
    written_unit = q.unit
    if q.unit and unit_at < 0:
        at = norm.find(q.unit, start, end)
        written_unit = text[at : at + len(q.unit)] if at >= 0 else q.unit
    return replace(
        target, metric=as_written(target.metric, norm, text), quantity=replace(q, unit=written_unit)
    )


_RANGE_MARK = re.compile(r"[-—–~至]")


def _range_ends(target: Target, norm: str) -> tuple[Target, ...]:
    """A range (增长6%-6.5%) as two targets: the low end a floor (>=), the high end a ceiling (<=)."""
    q = target.quantity
    if q.upper is None:
        return (target,)
    start, stop = target.span
    mark = _RANGE_MARK.search(norm, start, q.span[1])
    if mark is None:
        return (target,)
    factor = q.base_value / q.value if q.value else 1.0
    low = replace(q, upper=None, span=(start, mark.start()), text=target.text[: mark.start() - start])
    high_span = (mark.end(), stop)
    high = replace(
        q,
        value=q.upper,
        base_value=round(q.upper * factor, 9),
        upper=None,
        span=(mark.end(), q.span[1]),
        text=target.text[mark.end() - start : q.span[1] - start],
    )
    floor = replace(target, quantity=low, comparator=">=", span=low.span, text=low.text)
    ceiling = replace(
        target,
        quantity=high,
        comparator="<=",
        span=high_span,
        text=target.text[mark.end() - start :],
        range_top=True,
    )
    return floor, ceiling


# Look back at most this far for a clause or sentence start, so long unpunctuated text stays linear.
_LOOKBACK = 400


def _clause_start(norm: str, position: int, floor: int) -> int:
    floor = max(floor, position - _LOOKBACK)
    if position <= floor:
        return position
    return start_after_mark(norm, position, _CLAUSE_MARKS, floor)


_BASELINE_CHANGE = re.compile(
    r"(?:下降|降低|提高|提升|增加|增长|上升|减少|压减|压降|压缩|降|增|减)?(?:至|到)"
)


def _after_baseline(norm: str, cut: int, start: int) -> int:
    """Where the words after a baseline figure end (由现行3%降至 → the position after 降至)."""
    match = _BASELINE_CHANGE.search(norm, cut, start)
    return match.end() if match else start


def _shared_comparator(norm: str, stop: int) -> str | None:
    """139万亩、45万吨以上: a comparator after the last of adjacent figures covers each of them."""
    if norm[stop : stop + 1] != "、":
        return None
    for quantity in find_quantities(norm[stop + 1 : stop + 24]):
        if quantity.span[0] != 0:
            return None
        found, _ = _comparator_after(norm, stop + 1 + quantity.span[1])
        if found:
            return found
        stop = stop + 1 + quantity.span[1]
        if norm[stop : stop + 1] != "、":
            return None
    return None


def _clause_end(norm: str, position: int) -> int:
    return next_mark(norm, position, _CLAUSE_MARKS) if position < len(norm) else position


def _sentence_start(norm: str, position: int) -> int:
    floor = max(0, position - _LOOKBACK)
    if position <= floor:
        return position
    return start_after_mark(norm, position, _SENTENCE_MARKS, floor)


# A list item's number and a table's cell bars around a metric ((二)实现…, 地区生产总值 |).
_METRIC_EDGES = re.compile(
    r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*|^[（(]|\s*[|｜]\s*$|^\s*[|｜]\s*"
)


def _clean_metric(metric: str) -> str:
    cleaned = _METRIC_EDGES.sub("", metric).strip()
    # 分别完成年度目标(维修改造锅炉146台: the metric opens after an unclosed bracket; )、长安区: the close of
    # the figure before
    opened = max(cleaned.rfind("("), cleaned.rfind("（"))
    if opened >= 0 and max(cleaned.rfind(")"), cleaned.rfind("）")) < opened and opened + 1 < len(cleaned):
        cleaned = cleaned[opened + 1 :]
    cleaned = cleaned.lstrip(")）、，,;；")
    return cleaned or metric


def _sentence_end(norm: str, position: int) -> int:
    index = position
    while index < len(norm) and norm[index] not in _SENTENCE_MARKS:
        index += 1
    return index


def _starts_with_verb(norm: str, position: int) -> bool:
    """Whether a goal verb of two characters or more starts at `position`."""
    return any(len(word) > 1 for word in _ACTIONS.prefixes_of(norm[position : position + _ACTIONS_LONGEST]))


def _comparator_after(norm: str, end: int) -> tuple[str | None, int]:
    word = _COMPARATOR_AFTER.first_prefix(norm[end : end + _COMPARATOR_AFTER_LONGEST])
    if word is not None:
        return COMPARATOR_AFTER[word], len(word)
    return None, 0


def _comparator_before(window: str) -> str | None:
    tail = window.rstrip()
    for word in _COMPARATOR_BEFORE.suffixes_of(tail):
        if not (word in ("超过", "高于", "低于", "多于", "少于") and tail.endswith("不" + word)):
            return COMPARATOR_BEFORE[word]
    # a bound set by a reference: 不低于当地最低生活保障标准的1.6倍.
    reference = _REFERENCE_BOUND.search(tail)
    return COMPARATOR_BEFORE[reference.group("word")] if reference else None


_REFERENCE_BOUND = re.compile(r"(?P<word>不低于|不少于|不高于|不超过)[^，,。；;\d]{1,20}的$")


def _is_attribute(
    clause: str, norm: str, stop: int, after_comparator: str | None, same_items: bool = False
) -> bool:
    """年产10万吨 / 总投资50亿元的项目 / 500万元以上项目: figures describing something else."""
    tail = clause.rstrip()
    for word in ("约", "达", "为", "近"):
        tail = tail.removesuffix(word)
    prefix = next((p for p in ATTRIBUTE_PREFIXES if tail.endswith(p)), None)
    if prefix is not None and not same_items:
        # 新增光伏装机容量20万千瓦。: an addition to a capacity, stated at the end of its clause, is a goal.
        closes = stop >= len(norm) or norm[stop] in _FIGURE_CLOSES
        item = tail[: -len(prefix)].rsplit("、", 1)[-1]
        return not (closes and not after_comparator and _ADDITION.search(item))
    following = norm[stop : stop + 1]
    if following == "的":
        return not _GOAL_NOUN.match(norm, stop + 1)  # 增长6%-6.5%的目标 states the goal itself
    if _CHANGE_AFTER.match(norm, stop):
        return False  # 均实现10%以上增长: the bound of a rate, the change named after it
    return bool(after_comparator and following and following not in _THRESHOLD_OK_NEXT)


def _bounded_count(quantity: Quantity, window: str, after_comparator: str | None) -> bool:
    """支持3家以上企业…: a plain count with a bound after a goal verb counts the noun that follows.

    Scope thresholds (500万元以上项目, 3岁以下婴幼儿) are measures, never bare counting words.
    """
    plain_count = quantity.base_unit in _COUNTER_SET and quantity.base_value == quantity.value
    # 完成1000万以上农村贫困人口脱贫任务: a multiplier with no unit counts the noun after it.
    plain_count = plain_count or quantity.base_unit == ""
    if not (after_comparator and plain_count):
        return False
    # 为全县200名以上残疾儿童实施…: the people or places the work is for, after a coverb or a place
    opening = window.strip(_PUNCTUATION + _BULLETS)
    coverb = _PLACE_AFTER_COVERB.sub("", opening)
    for_whom = (coverb != opening and coverb.endswith(_COVERBS)) or _PLACE_ONLY.fullmatch(opening)
    return _counts_something(window) or bool(for_whom)


def _counts_something(window: str, unit: str = "") -> bool:
    """A count written before its noun is a goal after a verb or 等 (建成…等9个项目), not in a list."""
    tail = window.rstrip()
    word = _COMPARATOR_BEFORE.first_suffix(tail)
    if word is not None:
        tail = tail[: -len(word)]
    if tail.endswith(("等", "等等")):
        return True
    # Only the last listed item matters: 新建30个健身点、引进200名人才 gives 引进 its own count; a
    # listed noun ending like a verb (产业发展、旅游开发3个板块) is a name in the list.
    item = tail[tail.rfind("、") + 1 :]
    if item in _GOAL_WORDS or ("、" not in tail and item.endswith(_GOAL_WORDS)):
        return True
    if _GOAL_IS.search(tail):
        return True  # 全年任务为282个村: the year's task stated as a count
    if "、" in tail:
        return False  # 做优A、B、C3个特色产业: the count only restates an exhaustive list
    # 完成秦南路南小河桥至花船子3.4公里道路改造: a place named between the verb and its count
    if (
        (unit in _COUNTER_SET or unit in _LENGTH or unit in _AREA)
        and item.startswith(_GOAL_VERBS)
        and len(item) <= _PLACE_BETWEEN
        and not re.search(r"\d", item)
    ):
        return True
    # 拆除新山路沿线10万平方米违法建筑: a place phrase between the verb and its count.
    return item.endswith(LOCATIVE_ENDINGS) and any(word in item[:-2] for word in _GOAL_VERBS)


def _continues_list(previous: Target | None, quantity: Quantity, norm: str, start: int, window: str) -> bool:
    """A clause of a noun and a count only, after a goal in the same sentence counted in the same unit."""
    if previous is None or previous.kind != "increment" or _sentence_start(norm, start) > previous.span[0]:
        return False
    if previous.quantity.base_unit != quantity.base_unit:
        return False
    return not any(word in window for word in (*ACTION_WORDS, *REACH_WORDS))


def _counted_in_clause(quantity: Quantity, window: str, norm: str, stop: int) -> bool:
    """A count of things the clause acts on: after a verb governing a list (推进不少于7个城乡公墓…),
    or opening its clause with its noun followed by what happens to it (7个乡镇卫生院完成搬迁)."""
    tail = window.rstrip()
    word = _COMPARATOR_BEFORE.first_suffix(tail)
    if word is not None:
        tail = tail[: -len(word)]
    counter = quantity.base_unit in _COUNTER_SET
    clause_end = _clause_end(norm, stop)
    if counter and tail.endswith(_COUNT_GOVERNORS):
        return True
    # 对2000户特殊困难老年人家庭适老化改造, 在38个社区开展试点, 针对115栋高层建筑，建设微型消防站:
    # the households, places or buildings the work is done for, the verb in the clause or the next
    coverb = _PLACE_AFTER_COVERB.sub("", tail)
    if counter and coverb.endswith(_COVERBS):
        next_end = _clause_end(norm, clause_end + 1) if clause_end < len(norm) else clause_end
        if _CLAUSE_VERB.search(norm, stop, next_end if coverb.endswith("针对") else clause_end):
            return True
    noun_end = stop + metric_span_after(norm, stop)
    shares_figure = norm[stop:noun_end].endswith(SHARED_MARKERS) or norm.startswith(SHARED_MARKERS, noun_end)
    opening = tail.strip(_PUNCTUATION + _BULLETS)
    if counter and _PLACE_ONLY.fullmatch(opening):
        opening = ""  # 市区10个老旧小区基础设施维修改造: the place the clause opens with
    if opening or shares_figure:
        return False  # 4个结构性指标均实现10%增长: the items share the figure that follows
    if _CLAUSE_VERB.search(norm, stop, clause_end) is not None:
        return True
    # an item of a list of works with no verb (*30个市民益智健身苑点、2片市民足球场; 300公里农村
    # 公路安保工程): the whole line is the count and the thing to deliver
    line_start = max(norm.rfind("\n", 0, stop), -1) + 1
    return not norm[line_start : stop - len(quantity.text)].strip(
        _PUNCTUATION + _BULLETS + "（）()一二三四五六七八九十0123456789"
    ) and (len(norm) - line_start <= _BARE_ITEM and _CLAUSE_VERB.search(norm, line_start, len(norm)) is None)


def metric_after(norm: str, stop: int) -> str:
    """The noun after a count; a predicate saying what happens to it names the goal (项目如期开工 → 开工项目)."""
    rest = norm[stop : stop + 24]
    match = _METRIC_AFTER_STOP.search(rest)
    metric = rest[: match.start()] if match else rest[:15]
    noun = metric.strip(_PUNCTUATION)
    predicate = _PREDICATE.match(rest, len(metric)) if match else None
    if predicate and noun:
        return predicate.group("verb") + noun
    return noun


def metric_span_after(norm: str, stop: int) -> int:
    """How many characters after a count its noun takes (the predicate moved into the metric is not counted)."""
    rest = norm[stop : stop + 24]
    match = _METRIC_AFTER_STOP.search(rest)
    return len(rest[: match.start()] if match else rest[:15])


def metric_before(window: str, quantity: Quantity) -> tuple[str, str | None, bool]:
    """The metric written before a number, the change word (增长/下降) and whether 均/分别 shares it."""
    return _metric_before(window, quantity.is_percent)


@lru_cache(maxsize=4096)
def _metric_before(window: str, is_percent: bool) -> tuple[str, str | None, bool]:
    metric = window.strip(_PUNCTUATION + '“"')
    if metric.endswith("“"):
        metric = metric[:-1]
    change: str | None = None
    shared = False
    changed = True
    while changed and metric:
        changed = False
        word = _CHANGE.first_suffix(metric) if change is None else None
        if word is not None:
            change = "decline" if word in DECLINE_WORDS else "growth"
            metric = metric[: -len(word)]
            changed = True
        word = _TRAILING.first_suffix(metric)
        if word is not None:
            shared = shared or word in SHARED_MARKERS
            metric = metric[: -len(word)]
            changed = True
    if "等" in metric:
        head = metric[metric.rindex("等") + 1 :]
        if len(head) >= 2:  # A、B等城中村改造项目: the category after 等 names what is counted
            metric = head
    metric = _LEADING_DEADLINE.sub("", metric)
    changed = True
    while changed and metric:
        changed = False
        for word in _LEADING.prefixes_of(metric):
            # 新建、改造公园: a listed verb is a modifier of the shared noun, not a leading word.
            listed = metric.startswith("、", len(word))
            if len(metric) >= len(word) + 3 and not listed:
                metric = metric[len(word) :]
                changed = True
                break
        if is_percent and change is None:
            for word in _CHANGE.prefixes_of(metric):
                if len(metric) > len(word) + 1:
                    change = "decline" if word in DECLINE_WORDS else "growth"
                    metric = metric[len(word) :]
                    changed = True
                    break
    return metric.strip(_PUNCTUATION + "(（"), change, shared


# A deadline, perhaps after the unit it binds, opening a goal (市教育局要在11月底新建…, 9月底完成…).
_LEADING_DEADLINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?要)?(?:在|于)?(?:\d{1,2}月(?:底|末|份|中旬|上旬|下旬)?|年底|年内|年末|[上下]半年"
    r"|[一二三四]季度(?:末)?)(?:前|之前)?"
)
_RESPECTIVE_JOINERS = re.compile(r"[和及与]")
_COUNTED_ITEMS = re.compile(rf"(?:{ARABIC_PATTERN}|{CHINESE_PATTERN})[个项类]")
_URBAN_RURAL = "城乡"


def _split_shared(metric: str, respective: bool = False) -> list[str]:
    """货运量、货运值 → both; a modifier written once before the first item is shared by all."""
    parts = [part for part in metric.split("、") if part]
    counted = _COUNTED_ITEMS.match(parts[-1]) if parts else None
    if counted:
        # 有效投资增长高于经济增长、4个结构性指标均实现10%增长: 均 spreads over the counted items only.
        return [parts[-1][counted.end() :]]
    if len(parts) < 2 and respective and metric.startswith(_URBAN_RURAL):
        # 城乡居民收入分别增长6%和7%: 城乡 abbreviates 城镇 and 农村, listed in that order.
        head = metric.removeprefix(_URBAN_RURAL)
        return [f"{side}{head}" for side in ("城镇", "农村")]
    if len(parts) < 2 and respective:
        parts = [part for part in _RESPECTIVE_JOINERS.split(metric) if part]  # A和B分别…
    if len(parts) < 2:
        return [metric]
    first, last = parts[0], parts[-1]
    if len(last) >= 4 and all(len(part) <= 2 for part in parts[:-1]):
        # 城镇、农村居民收入: short modifiers listed before the last item share its head.
        head = last[len(first) :]
        return [*(part + head for part in parts[:-1]), last]
    prefix = ""
    if len(first) > len(last) and first[len(first) - len(last)] == last[0]:
        prefix = first[: len(first) - len(last)]
    return [parts[0], *[part if part.startswith(prefix) else prefix + part for part in parts[1:]]]


def _with_dimension(metric: str, quantity: Quantity) -> str:
    """改造小区项目8个、55万平方米: the second figure measures the same thing in another dimension."""
    suffix = "面积" if quantity.base_unit in _AREA else "长度" if quantity.base_unit in _LENGTH else ""
    if not suffix or metric.endswith(suffix):
        return metric
    return metric.removesuffix("项目") + suffix


def _kind(quantity: Quantity, metric: str, clause: str, window: str, change: str | None) -> TargetKind:
    if quantity.is_percent or quantity.base_unit == "倍":
        if quantity.base_unit == "个百分点" and change is not None:
            return "increment"  # 城镇化率提高1.2个百分点: a level raised by so many points
        if change is None and metric.endswith(_RATE_OF_CHANGE):
            # 区级财政收入增长率6%以上: the metric names the rate of change itself.
            return "decline_rate" if metric.endswith(_RATE_OF_DECLINE) else "growth_rate"
        if change is None and _CHANGE_GOAL.search(metric):
            # 生产总值增长目标为7.5%以上, 预期增长目标均确定为10%: the goal of a change
            return "decline_rate" if "下降" in _CHANGE_GOAL.search(metric).group() else "growth_rate"
        if quantity.text.startswith("翻") or change == "growth":
            return "growth_rate"
        if change == "decline":
            return "decline_rate"
        return "level"
    if any(word in metric or word in window for word in PER_UNIT_WORDS):
        return "level"
    if metric.endswith(_STANDARD_WORDS) or quantity.base_unit == "折" or "/" in quantity.base_unit:
        return "level"  # 最低生活保障标准达260元 / 普通卡7折: a rate per person or a price, not a sum
    flows = [word for word in FLOW_WORDS if word in metric]
    if quantity.base_unit in _PEOPLE_UNITS:
        flows = [word for word in flows if word in _PEOPLE_FLOWS]
    if quantity.base_unit in CURRENCY_UNITS or (quantity.base_unit not in _COUNTER_SET and flows):
        return "total"
    if metric.endswith(FLOW_WORDS):
        return "total"  # 生猪出栏80万头: the flow itself is counted, even in counting words
    if metric.endswith(EVENT_WORDS):
        return "increment"  # 失业人员再就业1500人: events of the year, counted as they happen
    if metric.endswith(_TASK_NOUNS):
        return "increment"  # 全年任务为3800户: the year's task counted in what it delivers
    if quantity.base_unit in _EVENT_UNITS:
        return "increment"
    if window.rstrip().endswith(_REACH) and not window.rstrip().endswith(("不少于", "至少")):
        return "level"
    if any(word in _BRACKETED.sub("", clause) for word in ACTION_WORDS):
        return "increment"  # 新(改)建 reads 新建 without its bracketed variant
    if change is not None or any(word in metric for word in _CHANGE.words):
        return "increment"  # 压减企业20户, 农村贫困人口减少60万: a count changed by the stated number
    return "level"


def _kind_of_count(quantity: Quantity, metric: str, window: str, after: str) -> TargetKind:
    if quantity.base_unit in CURRENCY_UNITS or any(word in metric for word in FLOW_WORDS if word != "融资"):
        return "total" if quantity.base_unit not in _COUNTER_SET else "increment"
    if any(word in window or word in after for word in ACTION_WORDS) or _GOAL_IS.search(window.rstrip()):
        return "increment"
    return "level"


def _rank_targets(text: str, norm: str) -> list[Target]:
    """保持主城都市区前3: a ranking goal, the place is an upper bound."""
    found: list[Target] = []
    for match in _RANK.finditer(norm):
        try:
            value = parse_numeral(match.group("number"))
        except ValueError:
            continue
        start, end = match.start("scope"), match.end()
        scope = match.group("scope").strip()
        if not scope:
            scope = metric_before(norm[_clause_start(norm, match.start(), 0) : match.start()], _NO_QUANTITY)[
                0
            ]
        span = (match.start("number") - 1, end)
        quantity = Quantity(value, "", value, "", span, text[span[0] : span[1]])
        soft = "力争" in norm[_sentence_start(norm, start) : start]
        found.append(Target(scope + "排名", quantity, "<=", "level", span, text[span[0] : span[1]], soft))
    return found


_NO_QUANTITY = Quantity(0.0, "", 0.0, "", (0, 0), "")
