"""Annual assessment of units (考核): a scheme of rules as data, and each unit's score from the year's
supervision record, with a breakdown in which every point names its task, period and evidence.

Pure: the caller reads the record (tasks and their units, each task's status per period as
core.status.choose_status picked it, each report's submission time, people's overrides, the office's
adjustments) and passes it in; nothing here touches the database, the clock or files. Log-ins and app use
are not in the record and cannot be scored: the 2023–2025 rules against 形式主义 in digital tools forbid
ranking units by them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from duban.core.status import NO_JUDGEMENT, SEVERITY, STATUS_LABELS, status_label
from duban.errors import DubanError

# What an item counts (its `kind`), in the words the method note uses.
KINDS: dict[str, str] = {
    "final_status": "截至考核期末的任务状态",
    "period_status": "各报送期的任务状态",
    "report_missing": "未报送推进情况",
    "report_late": "逾期报送推进情况",
    "inspection_mismatch": "报送情况与督查核实不符",
    "manual": "督查室评定",
}
STATUS_KINDS = frozenset({"final_status", "period_status"})
REPORT_KINDS = frozenset({"report_missing", "report_late"})
ROLES: dict[str, str] = {"lead": "牵头单位", "co": "配合单位"}
PER: dict[str, str] = {"report": "每项任务每期", "period": "每期"}
# Automatic statuses that read nothing from a report: an override of them corrects no claim of the unit.
_NO_CLAIM = frozenset({"unknown", "unreported"})
# Item keys of the breakdown rows that are not items of the scheme.
FREE_ITEM = "_adjustment"
CAP_ITEM = "_cap"
BOUND_ITEM = "_bound"
FREE_ITEM_NAME = "督查室调整"

_SCHEME_FIELDS = {"name", "source", "base", "floor", "ceiling", "items", "flags"}
_ITEM_FIELDS = {"key", "name", "kind", "lead", "co", "statuses", "months", "per", "cap", "sign"}
_FLAG_FIELDS = {"name", "item", "at_least", "consecutive"}


class SchemeError(DubanError):
    """A scheme that cannot be used, with every problem named in Chinese."""


@dataclass(frozen=True)
class Item:
    """One line of a scheme: what it counts (`kind`), the points a lead and a co-unit get for each
    occurrence, and the limits: the statuses that count, the periods that count (by the month they end in),
    and `cap`, the largest absolute total the item may give one unit. Manual items take the points the
    office enters, of the sign `sign` ("+" or "-")."""

    key: str
    name: str
    kind: str
    lead: float = 0.0
    co: float = 0.0
    statuses: tuple[str, ...] = ()
    months: tuple[int, ...] = ()
    per: str = "report"
    cap: float | None = None
    sign: str | None = None

    def points(self, role: str) -> float:
        return self.lead if role == "lead" else self.co

    def counts_period(self, period: PeriodRecord) -> bool:
        return not self.months or period.end.month in self.months


@dataclass(frozen=True)
class Flag:
    """A consequence named once an item has `at_least` occurrences for a unit (in that many consecutive
    periods when `consecutive`): 取消评优资格 after two missing reports, 约谈 after three red cards in a row."""

    name: str
    item: str
    at_least: int
    consecutive: bool = False


@dataclass(frozen=True)
class Scheme:
    """The rules of one plan's assessment: a base score, items, flags, and bounds of the total."""

    name: str
    base: float
    items: tuple[Item, ...]
    flags: tuple[Flag, ...] = ()
    floor: float | None = None
    ceiling: float | None = None
    source: str = ""

    def item(self, key: str) -> Item | None:
        return next((item for item in self.items if item.key == key), None)

    def to_json(self) -> dict[str, Any]:
        """The scheme as the JSON it is stored and edited in (scheme_from_json reads it back)."""
        items = []
        for item in self.items:
            row: dict[str, Any] = {"key": item.key, "name": item.name, "kind": item.kind}
            if item.kind != "manual":
                row["lead"], row["co"] = item.lead, item.co
            if item.statuses:
                row["statuses"] = list(item.statuses)
            if item.months:
                row["months"] = list(item.months)
            if item.kind in REPORT_KINDS:
                row["per"] = item.per
            if item.cap is not None:
                row["cap"] = item.cap
            if item.sign:
                row["sign"] = item.sign
            items.append(row)
        data: dict[str, Any] = {"name": self.name, "source": self.source, "base": self.base}
        if self.floor is not None:
            data["floor"] = self.floor
        if self.ceiling is not None:
            data["ceiling"] = self.ceiling
        data["items"] = items
        data["flags"] = [
            {"name": f.name, "item": f.item, "at_least": f.at_least, "consecutive": f.consecutive}
            for f in self.flags
        ]
        return data


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def scheme_from_text(text: str) -> Scheme:
    """A scheme from its JSON text; SchemeError naming the line and column of a syntax error."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemeError(f"考核方案不是有效的 JSON：第{exc.lineno}行第{exc.colno}列，{exc.msg}") from None
    return scheme_from_json(data)


def scheme_from_json(data: Any) -> Scheme:
    """A scheme from its JSON form, validated; SchemeError listing every problem, each naming its field."""
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise SchemeError("考核方案应为一个 JSON 对象（{…}）")
    for name in sorted(set(data) - _SCHEME_FIELDS):
        problems.append(f"未知字段「{name}」（可用：{'、'.join(sorted(_SCHEME_FIELDS))}）")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append("name（方案名称）必须填写")
    base = data.get("base")
    if not _is_number(base):
        problems.append("base（基础分）应为数字")
    bounds = {}
    for key, label in (("floor", "最低分"), ("ceiling", "最高分")):
        value = data.get(key)
        if value is not None and not _is_number(value):
            problems.append(f"{key}（{label}）应为数字或不填")
        bounds[key] = value if _is_number(value) else None
    if bounds["floor"] is not None and bounds["ceiling"] is not None and bounds["floor"] > bounds["ceiling"]:
        problems.append("floor（最低分）不能高于 ceiling（最高分）")
    raw_items = data.get("items")
    items: list[Item] = []
    if not isinstance(raw_items, list) or not raw_items:
        problems.append("items（考核项目）应为非空列表")
        raw_items = []
    for number, raw in enumerate(raw_items, start=1):
        item = _item(number, raw, problems)
        if item is not None:
            if any(existing.key == item.key for existing in items):
                problems.append(f"第{number}项：key「{item.key}」与前面的项目重复")
            items.append(item)
    flags = []
    raw_flags = data.get("flags", [])
    if not isinstance(raw_flags, list):
        problems.append("flags（处理规则）应为列表")
        raw_flags = []
    keys = {item.key for item in items}
    for number, raw in enumerate(raw_flags, start=1):
        flag = _flag(number, raw, keys, problems)
        if flag is not None:
            flags.append(flag)
    if problems:
        raise SchemeError("考核方案有误：\n" + "\n".join(problems))
    return Scheme(
        name=name.strip(),
        base=float(base),
        items=tuple(items),
        flags=tuple(flags),
        floor=None if bounds["floor"] is None else float(bounds["floor"]),
        ceiling=None if bounds["ceiling"] is None else float(bounds["ceiling"]),
        source=str(data.get("source") or ""),
    )


def _item(number: int, raw: Any, problems: list[str]) -> Item | None:
    where = f"第{number}项"
    if not isinstance(raw, Mapping):
        problems.append(f"{where}应为一个 JSON 对象")
        return None
    if isinstance(raw.get("name"), str) and raw["name"].strip():
        where = f"第{number}项（{raw['name'].strip()}）"
    before = len(problems)
    for name in sorted(set(raw) - _ITEM_FIELDS):
        problems.append(f"{where}：未知字段「{name}」（可用：{'、'.join(sorted(_ITEM_FIELDS))}）")
    key, name, kind = raw.get("key"), raw.get("name"), raw.get("kind")
    if not isinstance(key, str) or not key.strip() or key.startswith("_"):
        problems.append(f"{where}：key（项目代码）必须填写，且不以下划线开头")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}：name（项目名称）必须填写")
    if kind not in KINDS:
        choices = "、".join(f"{k}（{v}）" for k, v in KINDS.items())
        problems.append(f"{where}：kind「{kind}」不是可用的计分依据，可选：{choices}")
    points = {}
    for role in ROLES:
        value = raw.get(role, 0)
        if not _is_number(value):
            problems.append(f"{where}：{role}（{ROLES[role]}每次得分）应为数字")
            value = 0
        points[role] = float(value)
    statuses = raw.get("statuses", [])
    if kind in STATUS_KINDS:
        if not isinstance(statuses, list) or not statuses:
            problems.append(f"{where}：按任务状态计分的项目须列出 statuses（计分的研判状态）")
            statuses = []
        for status in statuses:
            if status not in STATUS_LABELS:
                choices = "、".join(f"{code}（{label}）" for code, label in STATUS_LABELS.items())
                problems.append(f"{where}：statuses 中的「{status}」不是研判状态，可选：{choices}")
    elif statuses:
        problems.append(f"{where}：只有按任务状态计分的项目可以填写 statuses")
        statuses = []
    months = raw.get("months", [])
    if not isinstance(months, list) or any(
        not isinstance(m, int) or isinstance(m, bool) or not 1 <= m <= 12 for m in months
    ):
        problems.append(f"{where}：months（计分的报送期截止月份）应为1至12的整数列表")
        months = []
    per = raw.get("per", "report")
    if per not in PER:
        problems.append(f"{where}：per「{per}」无效，可选：report（每项任务每期）、period（每期计一次）")
    elif per != "report" and kind not in REPORT_KINDS:
        problems.append(f"{where}：per 只适用于报送类项目（report_missing、report_late）")
    cap = raw.get("cap")
    if cap is not None and (not _is_number(cap) or cap <= 0):
        problems.append(f"{where}：cap（最多计分）应为正数或不填")
    sign = raw.get("sign")
    if kind == "manual":
        if sign not in ("+", "-"):
            problems.append(f'{where}：督查室评定的项目须写明 sign："+"（加分）或 "-"（扣分）')
        if points["lead"] or points["co"]:
            problems.append(f"{where}：督查室评定的项目按录入分值计分，不填 lead、co")
    else:
        if sign is not None:
            problems.append(f"{where}：只有督查室评定（manual）的项目可以填写 sign")
        if kind in KINDS and not points["lead"] and not points["co"]:
            problems.append(f"{where}：lead 和 co 不能都为0")
    if len(problems) > before:
        return None
    return Item(
        key=key.strip(),
        name=name.strip(),
        kind=kind,
        lead=points["lead"],
        co=points["co"],
        statuses=tuple(statuses),
        months=tuple(sorted(set(months))),
        per=per,
        cap=None if cap is None else float(cap),
        sign=sign,
    )


def _flag(number: int, raw: Any, keys: set[str], problems: list[str]) -> Flag | None:
    where = f"处理规则第{number}条"
    if not isinstance(raw, Mapping):
        problems.append(f"{where}应为一个 JSON 对象")
        return None
    before = len(problems)
    for name in sorted(set(raw) - _FLAG_FIELDS):
        problems.append(f"{where}：未知字段「{name}」（可用：{'、'.join(sorted(_FLAG_FIELDS))}）")
    name, item, at_least = raw.get("name"), raw.get("item"), raw.get("at_least")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}：name（处理方式，如“取消评优资格”）必须填写")
    if item not in keys:
        problems.append(f"{where}：item「{item}」不是本方案的项目代码（可选：{'、'.join(sorted(keys))}）")
    if not isinstance(at_least, int) or isinstance(at_least, bool) or at_least < 1:
        problems.append(f"{where}：at_least（次数）应为正整数")
    consecutive = raw.get("consecutive", False)
    if not isinstance(consecutive, bool):
        problems.append(f"{where}：consecutive（是否须连续）应为 true 或 false")
    if len(problems) > before:
        return None
    return Flag(name=name.strip(), item=item, at_least=at_least, consecutive=consecutive)


def _signed(points: float) -> str:
    return f"加{points:g}分" if points > 0 else f"扣{-points:g}分"


def describe(scheme: Scheme) -> list[str]:
    """The scheme in Chinese sentences, for the UI and the method note of the notice."""
    lines = [f"考核办法：{scheme.name}。基础分{scheme.base:g}分，按以下项目加减分。"]
    for number, item in enumerate(scheme.items, start=1):
        lines.append(f"{number}.{item.name}：{_describe_item(item)}")
    for flag in scheme.flags:
        item = scheme.item(flag.item)
        times = f"连续{flag.at_least}期" if flag.consecutive else f"累计{flag.at_least}次"
        lines.append(f"“{item.name if item else flag.item}”{times}的，{flag.name}。")
    if scheme.floor is not None or scheme.ceiling is not None:
        bounds = []
        if scheme.floor is not None:
            bounds.append(f"最低{scheme.floor:g}分")
        if scheme.ceiling is not None:
            bounds.append(f"最高{scheme.ceiling:g}分")
        lines.append(f"总分{'、'.join(bounds)}。")
    lines.append(
        "只依据督办记录计分：任务研判状态（人工研判优先，其次为督查文件标注，再次为自动研判）、"
        "推进情况的报送时间、督查室的人工研判与注明理由的调整；不以登录、使用次数等计分。"
    )
    return lines


def _describe_item(item: Item) -> str:
    when = f"（限{'、'.join(f'{m}月' for m in item.months)}截止的报送期）" if item.months else ""
    cap = f"，最多计{item.cap:g}分" if item.cap is not None else ""
    if item.kind == "manual":
        what = "加分" if item.sign == "+" else "扣分"
        return f"由督查室核实后录入{what}，须注明理由{cap}。"
    roles = "、".join(f"{ROLES[r]}{_signed(item.points(r))}" for r in ROLES if item.points(r))
    if item.kind == "final_status":
        statuses = "、".join(status_label(s) for s in item.statuses)
        return f"考核期末（年末）任务状态为{statuses}的，每项任务{roles}{cap}。"
    if item.kind == "period_status":
        statuses = "、".join(status_label(s) for s in item.statuses)
        return f"各报送期{when}任务状态为{statuses}的，每项任务每期{roles}{cap}。"
    if item.kind == "report_missing":
        return f"报送期截止后仍未报送推进情况的{when}，{PER[item.per]}{roles}{cap}。"
    if item.kind == "report_late":
        return f"在报送截止时间之后报送推进情况的{when}，{PER[item.per]}{roles}{cap}。"
    return (
        f"督查室人工研判结果差于按报送内容的自动研判（报送情况与核实情况不符）的{when}，"
        f"每项任务每期{roles}{cap}。"
    )


# --- the record ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodRecord:
    """A reporting period; `closed` once its deadline has passed or the office closed it (then reports
    still missing count as missing)."""

    id: int
    label: str
    end: date
    deadline: datetime | None = None
    closed: bool = True


@dataclass(frozen=True)
class TaskRecord:
    id: int
    ref: str
    text: str
    lead_units: tuple[int, ...] = ()
    co_units: tuple[int, ...] = ()


@dataclass(frozen=True)
class StatusRecord:
    """A task's judgement in a period: `status` as core.status.choose_status picked it; `automatic` and
    `override` as stored, for the inspection-mismatch item."""

    task_id: int
    period_id: int
    status: str
    judgement_id: int | None = None
    automatic: str | None = None
    override: str | None = None
    reason: str = ""
    override_reason: str = ""


@dataclass(frozen=True)
class ReportRecord:
    """A report that counts (submitted by a unit, or a whole-task row imported from a document), with its
    submission time when known; a reader may leave out the times of reports handed in on time."""

    task_id: int
    period_id: int
    unit_id: int | None
    progress_id: int
    submitted_at: datetime | None = None


@dataclass(frozen=True)
class AdjustmentRecord:
    """An adjustment the office entered: points with a reason, for a manual item or free-standing."""

    id: int
    unit_id: int
    points: float
    reason: str
    item: str = ""
    period_id: int | None = None
    by: str = ""


@dataclass(frozen=True)
class Record:
    """What the assessment of one plan reads."""

    plan: str
    title: str
    issuer: str
    year: int | None
    units: Mapping[int, str]
    tasks: tuple[TaskRecord, ...]
    periods: tuple[PeriodRecord, ...]
    statuses: tuple[StatusRecord, ...] = ()
    reports: tuple[ReportRecord, ...] = ()
    adjustments: tuple[AdjustmentRecord, ...] = ()


# --- the result ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One line of a unit's breakdown: the points, the item, and what they rest on (the task, the period,
    and the judgement, report or adjustment row named by `source` and `source_id`)."""

    item: str
    item_name: str
    points: float
    evidence: str
    role: str | None = None
    task_id: int | None = None
    task_ref: str = ""
    period_id: int | None = None
    period_label: str = ""
    source: str = ""
    source_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "item_name": self.item_name,
            "points": self.points,
            "role": self.role,
            "task_id": self.task_id,
            "task_ref": self.task_ref,
            "period_id": self.period_id,
            "period": self.period_label,
            "source": self.source,
            "source_id": self.source_id,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class UnitScore:
    unit_id: int
    unit: str
    base: float
    total: float
    items: Mapping[str, float]
    entries: tuple[Entry, ...]
    flags: tuple[str, ...] = ()
    rank: int = 0
    lead_tasks: int = 0
    co_tasks: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "unit_id": self.unit_id,
            "unit": self.unit,
            "base": self.base,
            "total": self.total,
            "items": dict(self.items),
            "flags": list(self.flags),
            "lead_tasks": self.lead_tasks,
            "co_tasks": self.co_tasks,
            "entries": [entry.to_json() for entry in self.entries],
        }


@dataclass(frozen=True)
class Assessment:
    """The ranked scores of one plan's units over its periods up to `through` (the last one when None)."""

    scheme: Scheme
    plan: str
    title: str
    issuer: str
    year: int | None
    periods: tuple[PeriodRecord, ...]
    units: tuple[UnitScore, ...]
    columns: tuple[tuple[str, str], ...] = ()
    task_texts: Mapping[int, str] = field(default_factory=dict)

    @property
    def through(self) -> PeriodRecord | None:
        return self.periods[-1] if self.periods else None

    @property
    def final(self) -> bool:
        """True when the last period counted ends the year and is closed: the scores are final."""
        last = self.through
        return last is not None and last.closed and last.end.month == 12

    def unit(self, unit_id: int) -> UnitScore | None:
        return next((u for u in self.units if u.unit_id == unit_id), None)

    def to_json(self) -> dict[str, Any]:
        last = self.through
        return {
            "plan": self.plan,
            "title": self.title,
            "year": self.year,
            "scheme": self.scheme.name,
            "through": last.label if last else None,
            "final": self.final,
            "periods": [p.label for p in self.periods],
            "columns": [{"key": k, "name": n} for k, n in self.columns],
            "method": describe(self.scheme),
            "units": [unit.to_json() for unit in self.units],
        }


def _add(values: Iterable[float]) -> float:
    """Exact decimal sum (0.1 + 0.2 == 0.3), rounded to hundredths as scores are printed."""
    total = sum((Decimal(str(v)) for v in values), Decimal(0))
    return float(round(total, 2))


def assess(scheme: Scheme, record: Record, *, through: int | None = None) -> Assessment:
    """Score every unit of the record's tasks over the periods up to `through` (a period id; all when None).

    Each item gives one entry per occurrence; an item over its cap gets one entry taking the excess back,
    and a total outside the scheme's bounds one entry bringing it inside, so that every unit's total is its
    base plus the sum of its entries, exactly.
    """
    periods = tuple(sorted(record.periods, key=lambda p: (p.end, p.id)))
    if through is not None:
        chosen = next((p for p in periods if p.id == through), None)
        if chosen is None:
            raise DubanError(f"报送期（编号{through}）不属于方案「{record.plan}」")
        periods = tuple(p for p in periods if (p.end, p.id) <= (chosen.end, chosen.id))
    entries: dict[int, list[Entry]] = defaultdict(list)
    context = _Context(record, periods)
    for item in scheme.items:
        for unit_id, entry in _RULES[item.kind](item, context):
            entries[unit_id].append(entry)
    for adjustment in record.adjustments:
        if adjustment.period_id is not None and adjustment.period_id not in context.period_of:
            continue  # entered for a later period than the one assessed through
        item = scheme.item(adjustment.item) if adjustment.item else None
        if item is not None and item.kind != "manual":
            item = None
        period = context.period_of.get(adjustment.period_id) if adjustment.period_id else None
        entries[adjustment.unit_id].append(
            Entry(
                item=item.key if item else FREE_ITEM,
                item_name=item.name if item else FREE_ITEM_NAME,
                points=adjustment.points,
                evidence=adjustment.reason + (f"（{adjustment.by}录入）" if adjustment.by else ""),
                period_id=period.id if period else None,
                period_label=period.label if period else "",
                source="adjustment",
                source_id=adjustment.id,
            )
        )
    scored = set(context.unit_tasks) | set(entries)
    scores = [_unit_score(scheme, record, context, uid, entries.get(uid, [])) for uid in scored]
    scores.sort(key=lambda s: (-s.total, s.unit, s.unit_id))
    ranked = []
    for index, score in enumerate(scores):
        tied = index and scores[index - 1].total == score.total
        ranked.append(replace(score, rank=ranked[-1].rank if tied else index + 1))
    columns = tuple((item.key, item.name) for item in scheme.items)
    if any(FREE_ITEM in s.items for s in ranked):
        columns += ((FREE_ITEM, FREE_ITEM_NAME),)
    if any(CAP_ITEM in s.items or BOUND_ITEM in s.items for s in ranked):
        columns += ((CAP_ITEM, "封顶与保底"),)
    return Assessment(
        scheme=scheme,
        plan=record.plan,
        title=record.title,
        issuer=record.issuer,
        year=record.year,
        periods=periods,
        units=tuple(ranked),
        columns=columns,
        task_texts={task.id: task.text for task in record.tasks},
    )


def _unit_score(
    scheme: Scheme, record: Record, context: _Context, unit_id: int, found: list[Entry]
) -> UnitScore:
    rows: list[Entry] = []
    by_item: dict[str, list[Entry]] = defaultdict(list)
    for entry in found:
        by_item[entry.item].append(entry)
    order = [item.key for item in scheme.items] + [FREE_ITEM]
    for key in order:
        group = by_item.get(key, [])
        rows.extend(group)
        item = scheme.item(key)
        if item is None or item.cap is None or not group:
            continue
        subtotal = _add(e.points for e in group)
        if abs(subtotal) > item.cap:
            limit = item.cap if subtotal > 0 else -item.cap
            rows.append(
                Entry(
                    item=CAP_ITEM,
                    item_name=f"{item.name}（封顶）",
                    points=_add([limit, -subtotal]),
                    evidence=f"“{item.name}”合计{subtotal:g}分，最多计{item.cap:g}分，超出部分不计。",
                    source="cap",
                )
            )
    total = _add([scheme.base, *(e.points for e in rows)])
    for bound, name, outside in (
        (scheme.floor, "最低分", lambda t, b: t < b),
        (scheme.ceiling, "最高分", lambda t, b: t > b),
    ):
        if bound is not None and outside(total, bound):
            rows.append(
                Entry(
                    item=BOUND_ITEM,
                    item_name=f"{name}（保底或封顶）",
                    points=_add([bound, -total]),
                    evidence=f"按计分规则合计{total:g}分，{name}为{bound:g}分。",
                    source="bound",
                )
            )
            total = bound
    items: dict[str, float] = {}
    for entry in rows:
        key = CAP_ITEM if entry.item == BOUND_ITEM else entry.item
        items[key] = items.get(key, 0.0) + entry.points
    items = {key: _add([value]) for key, value in items.items()}
    return UnitScore(
        unit_id=unit_id,
        unit=record.units.get(unit_id, f"单位{unit_id}"),
        base=scheme.base,
        total=_add([total]),
        items=items,
        entries=tuple(rows),
        flags=_flags(scheme, context, rows),
        lead_tasks=sum(1 for _, role in context.unit_tasks.get(unit_id, ()) if role == "lead"),
        co_tasks=sum(1 for _, role in context.unit_tasks.get(unit_id, ()) if role == "co"),
    )


def _flags(scheme: Scheme, context: _Context, rows: Sequence[Entry]) -> tuple[str, ...]:
    found = []
    for flag in scheme.flags:
        hits = [e for e in rows if e.item == flag.item]
        if flag.consecutive:
            marked = {e.period_id for e in hits}
            run = best = 0
            for period in context.periods:
                run = run + 1 if period.id in marked else 0
                best = max(best, run)
            reached = best >= flag.at_least
        else:
            reached = len(hits) >= flag.at_least
        if reached:
            found.append(flag.name)
    return tuple(dict.fromkeys(found))


class _Context:
    """The record indexed for the rules: periods counted, tasks, each task's units, statuses, reports."""

    def __init__(self, record: Record, periods: tuple[PeriodRecord, ...]) -> None:
        self.periods = periods
        self.period_of = {p.id: p for p in periods}
        self.tasks = record.tasks
        self.unit_tasks: dict[int, list[tuple[int, str]]] = defaultdict(list)
        # Each task's (unit, role) pairs, lead units first; a unit both lead and co counts as lead.
        self.task_roles: dict[int, tuple[tuple[int, str], ...]] = {}
        for task in record.tasks:
            pairs = tuple((unit_id, "lead") for unit_id in task.lead_units) + tuple(
                (unit_id, "co") for unit_id in task.co_units if unit_id not in task.lead_units
            )
            self.task_roles[task.id] = pairs
            for unit_id, role in pairs:
                self.unit_tasks[unit_id].append((task.id, role))
        self.status = {(s.task_id, s.period_id): s for s in record.statuses if s.period_id in self.period_of}
        self.reports: dict[tuple[int, int], list[ReportRecord]] = defaultdict(list)
        for report in record.reports:
            if report.period_id in self.period_of:
                self.reports[(report.task_id, report.period_id)].append(report)

    def status_of(self, task: TaskRecord, period: PeriodRecord) -> StatusRecord:
        return self.status.get((task.id, period.id)) or StatusRecord(task.id, period.id, NO_JUDGEMENT)

    def roles(self, task: TaskRecord) -> tuple[tuple[int, str], ...]:
        return self.task_roles[task.id]


def _task_entry(
    item: Item, role: str, task: TaskRecord, period: PeriodRecord, evidence: str, source: str, source_id
) -> Entry:
    return Entry(
        item=item.key,
        item_name=item.name,
        points=item.points(role),
        evidence=evidence,
        role=role,
        task_id=task.id,
        task_ref=task.ref,
        period_id=period.id,
        period_label=period.label,
        source=source,
        source_id=source_id,
    )


def _status_evidence(period: PeriodRecord, status: StatusRecord) -> str:
    reason = status.override_reason if status.override else status.reason
    text = f"{period.label}研判为“{status_label(status.status)}”"
    return f"{text}：{reason}" if reason else f"{text}。"


def _final_status(item: Item, context: _Context) -> Iterable[tuple[int, Entry]]:
    if not context.periods:
        return
    last = context.periods[-1]
    for task in context.tasks:
        status = context.status_of(task, last)
        if status.status not in item.statuses:
            continue
        for unit_id, role in context.roles(task):
            if item.points(role):
                yield (
                    unit_id,
                    _task_entry(
                        item,
                        role,
                        task,
                        last,
                        _status_evidence(last, status),
                        "judgement",
                        status.judgement_id,
                    ),
                )


def _period_status(item: Item, context: _Context) -> Iterable[tuple[int, Entry]]:
    for period in context.periods:
        if not item.counts_period(period):
            continue
        for task in context.tasks:
            status = context.status_of(task, period)
            if status.status not in item.statuses:
                continue
            for unit_id, role in context.roles(task):
                if item.points(role):
                    yield (
                        unit_id,
                        _task_entry(
                            item,
                            role,
                            task,
                            period,
                            _status_evidence(period, status),
                            "judgement",
                            status.judgement_id,
                        ),
                    )


def _per_period(item: Item, found: list[tuple[int, Entry]], word: str) -> Iterable[tuple[int, Entry]]:
    """Entries gathered into one per unit and period (per="period"): the tasks listed in the evidence."""
    if item.per == "report":
        yield from found
        return
    grouped: dict[tuple[int, int | None, str | None], list[Entry]] = defaultdict(list)
    for unit_id, entry in found:
        grouped[(unit_id, entry.period_id, entry.role)].append(entry)
    for (unit_id, _, role), group in grouped.items():
        first = group[0]
        refs = "、".join(e.task_ref for e in group)
        yield (
            unit_id,
            Entry(
                item=item.key,
                item_name=item.name,
                points=item.points(role or "lead"),
                evidence=f"{first.period_label}{word}（任务{refs}）。",
                role=role,
                task_id=first.task_id if len(group) == 1 else None,
                task_ref=refs,
                period_id=first.period_id,
                period_label=first.period_label,
                source=first.source,
                source_id=first.source_id if len(group) == 1 else None,
            ),
        )


def _report_missing(item: Item, context: _Context) -> Iterable[tuple[int, Entry]]:
    found = []
    for period in context.periods:
        if not period.closed or not item.counts_period(period):
            continue
        for task in context.tasks:
            reported = {r.unit_id for r in context.reports.get((task.id, period.id), ())}
            whole = None in reported
            for unit_id, role in context.roles(task):
                if item.points(role) and not whole and unit_id not in reported:
                    deadline = (
                        f"报送截止时间{period.deadline:%Y-%m-%d %H:%M}" if period.deadline else "报送期已截止"
                    )
                    found.append(
                        (
                            unit_id,
                            _task_entry(
                                item,
                                role,
                                task,
                                period,
                                f"{period.label}未报送推进情况（{deadline}）。",
                                "",
                                None,
                            ),
                        )
                    )
    yield from _per_period(item, found, "未报送推进情况")


def _report_late(item: Item, context: _Context) -> Iterable[tuple[int, Entry]]:
    found = []
    for period in context.periods:
        if period.deadline is None or not item.counts_period(period):
            continue
        for task in context.tasks:
            roles = dict(context.roles(task))
            for report in context.reports.get((task.id, period.id), []):
                role = roles.get(report.unit_id) if report.unit_id is not None else None
                if role is None or not item.points(role) or report.submitted_at is None:
                    continue
                if report.submitted_at > period.deadline:
                    late = report.submitted_at - period.deadline
                    hours = late.days * 24 + late.seconds // 3600
                    evidence = (
                        f"{period.label}推进情况于{report.submitted_at:%Y-%m-%d %H:%M}报送，"
                        f"晚于截止时间{period.deadline:%Y-%m-%d %H:%M}"
                        + (f"（逾期{hours // 24}天{hours % 24}小时）。" if hours else "。")
                    )
                    found.append(
                        (
                            report.unit_id,
                            _task_entry(item, role, task, period, evidence, "progress", report.progress_id),
                        )
                    )
    yield from _per_period(item, found, "逾期报送推进情况")


def _inspection_mismatch(item: Item, context: _Context) -> Iterable[tuple[int, Entry]]:
    for period in context.periods:
        if not item.counts_period(period):
            continue
        for task in context.tasks:
            status = context.status.get((task.id, period.id))
            if status is None or not status.override or not status.automatic or status.automatic in _NO_CLAIM:
                continue
            if SEVERITY.get(status.override, 0) <= SEVERITY.get(status.automatic, 0):
                continue
            evidence = (
                f"{period.label}按报送内容自动研判为“{status_label(status.automatic)}”，"
                f"督查室核实后研判为“{status_label(status.override)}”：{status.override_reason}"
            )
            for unit_id, role in context.roles(task):
                if item.points(role):
                    yield (
                        unit_id,
                        _task_entry(item, role, task, period, evidence, "judgement", status.judgement_id),
                    )


def _manual(item: Item, context: _Context) -> Iterable[tuple[int, Entry]]:
    return ()  # the office's entries come from the record's adjustments (assess adds them)


_RULES = {
    "final_status": _final_status,
    "period_status": _period_status,
    "report_missing": _report_missing,
    "report_late": _report_late,
    "inspection_mismatch": _inspection_mismatch,
    "manual": _manual,
}


def check_adjustment(scheme: Scheme, *, item: str, points: float, reason: str) -> None:
    """Refuse an adjustment the scheme does not allow (DubanError in Chinese)."""
    if not reason.strip():
        raise DubanError("调整分值必须注明理由")
    if not points:
        raise DubanError("调整分值不能为0")
    if not item:
        return
    found = scheme.item(item)
    if found is None or found.kind != "manual":
        manual = "、".join(f"{i.key}（{i.name}）" for i in scheme.items if i.kind == "manual") or "无"
        raise DubanError(f"「{item}」不是本考核方案中由督查室评定的项目，可选：{manual}")
    if found.sign == "+" and points < 0:
        raise DubanError(f"“{found.name}”只能加分")
    if found.sign == "-" and points > 0:
        raise DubanError(f"“{found.name}”只能扣分")
