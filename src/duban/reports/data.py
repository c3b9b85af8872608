"""What a report is written from: plain frozen dataclasses, filled by `duban.web.selectors.reports` from the
database or by tests directly, and the counts every writer derives from them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from duban.core.status import FLAGGED, NORMAL, STATUSES, count_movement, listing_rank, status_label
from duban.reports.statuses import INDICATOR_LABELS


@dataclass(frozen=True)
class ReportTask:
    """One task of the plan with its progress and judgement for the period reported on.

    `status` is the effective one: a person's override when there is one (`overridden` is then True).
    `label` is the office's own wording of the judgement (符合预期, 符合时间节点要求 …), if it gave one.
    `note` is an internal remark: it appears in the summary's 说明 column, never on the public page.
    `problems` and `next_steps` are what the units' reports state under 存在问题 and 下步打算.
    `figures` are short phrases quoting the progress figures ("地区生产总值增长4.4%"); `focus` is the
    clause of a many-target task that the judgement rests on ("新建30个社区健身点"), if known.
    """

    ref: str
    seq: int
    text: str
    kind: str = "task"
    section: tuple[str, ...] = ()
    category: str | None = None
    lead_leaders: tuple[str, ...] = ()
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()
    progress: str = ""
    status: str = "unknown"
    label: str = ""
    reason: str = ""
    figures: tuple[str, ...] = ()
    focus: str = ""
    overridden: bool = False
    note: str = ""
    problems: str = ""
    next_steps: str = ""

    @property
    def is_indicator(self) -> bool:
        return self.kind == "indicator"

    @property
    def display_label(self) -> str:
        """The judgement as the documents print it: the office's label, else the status in words."""
        if self.label:
            return self.label
        if self.is_indicator:
            return INDICATOR_LABELS.get(self.status, status_label(self.status))
        return status_label(self.status)

    @property
    def heading_path(self) -> tuple[str, ...]:
        """Section names from the top down, with the category appended when it is not already there."""
        if self.category and (not self.section or self.section[-1] != self.category):
            return (*self.section, self.category)
        return self.section


@dataclass(frozen=True)
class ReportData:
    """Everything one bulletin, summary table or public page says about one plan and one period.

    `previous_statuses` maps a task's `ref` to its status in `previous_period_label`, for the movement
    chart. `late_units` reported after the deadline; `missing_units` had not reported when it was written.
    """

    title: str
    issuer: str
    period_label: str
    as_of: date
    tasks: tuple[ReportTask, ...]
    year: int | None = None
    addressee: str = ""
    signature: str = ""
    signed_on: date | None = None
    late_units: tuple[str, ...] = ()
    missing_units: tuple[str, ...] = ()
    previous_period_label: str = ""
    previous_statuses: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    method_note: str = ""

    @property
    def indicators(self) -> tuple[ReportTask, ...]:
        return tuple(t for t in self.tasks if t.is_indicator)

    @property
    def key_tasks(self) -> tuple[ReportTask, ...]:
        return tuple(t for t in self.tasks if not t.is_indicator)

    @property
    def lagging_tasks(self) -> tuple[ReportTask, ...]:
        """Key tasks the bulletin lists one by one and puts in the lagging attachment."""
        return tuple(t for t in self.key_tasks if t.status in FLAGGED)

    @property
    def normal_tasks(self) -> tuple[ReportTask, ...]:
        return tuple(t for t in self.key_tasks if t.status in NORMAL)

    @property
    def other_tasks(self) -> tuple[ReportTask, ...]:
        """Key tasks neither lagging nor progressing normally: unreported or awaiting a person."""
        return tuple(t for t in self.key_tasks if t.status not in FLAGGED and t.status not in NORMAL)

    @property
    def signer(self) -> str:
        return self.signature or self.issuer

    @property
    def date_signed(self) -> date:
        return self.signed_on or self.as_of


@dataclass(frozen=True)
class LabelGroup:
    """Tasks that share one printed judgement (e.g. the 6 indicators 不达预期)."""

    label: str
    tasks: tuple[ReportTask, ...]

    @property
    def count(self) -> int:
        return len(self.tasks)


def status_counts(tasks: Iterable[ReportTask]) -> list[tuple[str, int]]:
    """(status, count) for each status present, best first."""
    counts = Counter(t.status for t in tasks)
    return sorted(counts.items(), key=lambda item: listing_rank(item[0]))


def label_groups(tasks: Iterable[ReportTask]) -> list[LabelGroup]:
    """Tasks grouped by printed judgement, in the order of their statuses, then of first appearance."""
    groups: dict[str, list[ReportTask]] = {}
    for task in tasks:
        groups.setdefault(task.display_label, []).append(task)
    ordered = sorted(
        enumerate(groups.items()), key=lambda item: (min(listing_rank(t.status) for t in item[1][1]), item[0])
    )
    return [LabelGroup(label, tuple(members)) for _, (label, members) in ordered]


def unit_status_counts(tasks: Iterable[ReportTask]) -> dict[str, Counter[str]]:
    """For each lead unit (in order of first appearance), how many of its tasks have each status.

    A task led by two units counts for both; a task without a lead unit counts under 未明确单位.
    """
    result: dict[str, Counter[str]] = {}
    for task in tasks:
        for unit in task.lead_units or ("未明确单位",):
            result.setdefault(unit, Counter())[task.status] += 1
    return result


def section_status_counts(tasks: Iterable[ReportTask]) -> dict[str, Counter[str]]:
    """For each top-level section below the plan's part (the category, or the section's last name)."""
    result: dict[str, Counter[str]] = {}
    for task in tasks:
        path = task.heading_path
        name = path[-1] if path else ("主要预期目标" if task.is_indicator else "未分类")
        result.setdefault(name, Counter())[task.status] += 1
    return result


def movement_counts(data: ReportData) -> dict[tuple[str, str], int]:
    """(status last period, status now) → number of tasks, for tasks with a status last period."""
    moves: Counter[tuple[str, str]] = Counter()
    for task in data.tasks:
        before = data.previous_statuses.get(task.ref)
        if before is not None:
            moves[(before, task.status)] += 1
    return dict(moves)


def movement_totals(data: ReportData) -> dict[str, int]:
    """How many tasks improved, worsened or stayed since last period (core.status.movement)."""
    return count_movement(
        (before, task.status)
        for task in data.tasks
        if (before := data.previous_statuses.get(task.ref)) is not None
    )


def ordered_statuses(statuses: Iterable[str]) -> list[str]:
    """The given status codes, deduplicated, in STATUSES."""
    present = set(statuses)
    return [s for s in STATUSES if s in present] + sorted(present - set(STATUSES))


def format_date(day: date) -> str:
    """Dates as official documents write them: 2022年7月26日."""
    return f"{day.year}年{day.month}月{day.day}日"


# Spoken names of the usual cumulative periods, as titles use them (corpus 001: 上半年; 000: 上半年).
PERIOD_NAMES = {"1-3月": "一季度", "1-6月": "上半年", "1-9月": "前三季度", "1-12月": "全年"}
_DASHES = re.compile(r"[—–－~～至]")
# 重庆市沙坪坝区人民政府督查办 → 区 + 政府督查办: the level of government and what follows its name.
_GOVERNMENT = re.compile(r"(区|县|市|旗)人民政府(.*)$")


def period_name(label: str) -> str:
    """上半年 for 1-6月 and the like; other labels as they are."""
    return PERIOD_NAMES.get(_DASHES.sub("-", label.strip()), label)


def office_name(issuer: str) -> str:
    """Who signs the bulletin: the issuer, or the government's supervision office (督查室) when the
    issuer is the government itself (a plan's issuer)."""
    return f"{issuer}督查室" if issuer.endswith("人民政府") else issuer


def short_office_name(name: str) -> str:
    """The name an office gives itself in its own text: 重庆市沙坪坝区人民政府督查办 → 区政府督查办."""
    match = _GOVERNMENT.search(name)
    return f"{match.group(1)}政府{match.group(2)}" if match else name


def government_level(name: str) -> str:
    """区, 县 or 市 when `name` is a government or one of its offices, else ""."""
    match = _GOVERNMENT.search(name)
    return match.group(1) if match else ""


def default_title(signer: str, year: int | None, period_label: str) -> str:
    """The title offices give this report, e.g.
    重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告 (corpus 001)."""
    prefix = f"{signer}关于" if signer else "关于"
    year_text = f"{year}年" if year else ""
    level = government_level(signer)
    return f"{prefix}{year_text}{level}政府工作报告重点任务{period_name(period_label)}推进情况的报告"


@dataclass(frozen=True)
class Heading:
    """A section heading between task rows: its depth (0 = top) and its numbered text."""

    level: int
    text: str


_NUMERALS = "一二三四五六七八九十"
# Headings that already carry their number: 一、 / (一) / （一） / 1.
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])")


def chinese_ordinal(number: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (headings rarely go past ninety-nine)."""
    if number <= 10:
        return _NUMERALS[number - 1]
    tens, units = divmod(number, 10)
    text = ("" if tens == 1 else _NUMERALS[tens - 1]) + "十"
    return text + (_NUMERALS[units - 1] if units else "")


def numbered_heading(level: int, number: int, name: str) -> str:
    """一、name at the top level, （一）name below it, 1.name further down; kept as is if numbered."""
    if _NUMBERED.match(name):
        return name.strip()
    if level == 0:
        return f"{chinese_ordinal(number)}、{name}"
    if level == 1:
        return f"（{chinese_ordinal(number)}）{name}"
    return f"{number}.{name}"


def grouped_by_heading(tasks: Iterable[ReportTask]) -> list[ReportTask]:
    """Tasks gathered under their heading path, paths in order of first appearance, tasks in order
    within each. A plan keeps its order; a plan rebuilt from a report, whose categories recur in each
    attachment (lagging, then normal), gets each category's tasks together."""
    groups: dict[tuple[str, ...], list[ReportTask]] = {}
    for task in tasks:
        groups.setdefault(task.heading_path, []).append(task)
    tops: dict[str, list[tuple[str, ...]]] = {}
    for path in groups:
        tops.setdefault(path[0] if path else "", []).append(path)
    return [task for paths in tops.values() for path in paths for task in groups[path]]


def outline(tasks: Iterable[ReportTask]) -> list[Heading | ReportTask]:
    """Tasks grouped by heading path, with a Heading before each change of section, numbered per level."""
    items: list[Heading | ReportTask] = []
    current: tuple[str, ...] = ()
    counters: list[int] = []
    for task in grouped_by_heading(tasks):
        path = task.heading_path
        shared = 0
        while shared < min(len(path), len(current)) and path[shared] == current[shared]:
            shared += 1
        for level in range(shared, len(path)):
            counters = counters[: level + 1]
            counters += [0] * (level + 1 - len(counters))
            counters[level] += 1
            items.append(Heading(level, numbered_heading(level, counters[level], path[level])))
        current = path
        items.append(task)
    return items
