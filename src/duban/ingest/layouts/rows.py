"""Row drafts (what a layout read for one numbered row) and the shared state of one document."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from duban.core.unit_split import join_unit_lines, split_leaders, split_units
from duban.ingest.layouts.headings import Heading
from duban.ingest.layouts.lexicon import CN_NUMERALS, INDICATOR_PARTS
from duban.ingest.records import ParsedTask

LEADING_NUMBER = re.compile(r"^\s*(\d{1,5})\s*[、.．]\s*(?=\S)")


@dataclass(slots=True)
class RowDraft:
    """One row as read, before names are split and group cells carried down."""

    seq: int
    where: str
    run: int
    text: str = ""
    category: str | None = None
    leader_lines: list[str] = field(default_factory=list)
    lead_lines: list[str] = field(default_factory=list)
    co_lines: list[str] = field(default_factory=list)
    progress: str | None = None
    deadline: str | None = None
    problems: str | None = None
    plans: str | None = None
    part: str | None = None
    section: list[str] = field(default_factory=list)
    label: str | None = None
    indicator: bool = False
    from_list: bool = False
    # the leader a heading over the row names (一、于会游市长主抓重点工作), for a row naming none
    heading_leader: str | None = None


@dataclass(slots=True)
class Context:
    """Where the reader is in the document: headings, attachment, numbering runs, what was read."""

    source: str
    sections: list[str] = field(default_factory=list)
    attachment: int | None = None
    attachment_title: str | None = None
    drafts: list[RowDraft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    table_kinds: list[tuple[str, str]] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    runs: int = 0
    periods: list[tuple[str, str]] = field(default_factory=list)
    deepest: int = 0
    headings: int = 0
    # the unit a heading names as the lead of the items under it, by heading level
    heading_units: dict[int, str] = field(default_factory=dict)
    # the leader a heading names over the items under it, by heading level
    heading_leaders: dict[int, str] = field(default_factory=dict)
    # the verdict a heading states for the items under it ((二)16个项目推进达到时序进度要求)
    heading_labels: dict[int, str] = field(default_factory=dict)

    def heading(self, heading: Heading) -> None:
        """Level 1 (一、) starts the path, level 2 ((一)) follows the first name, level 3 (1. over
        (1) items) follows the names of levels 1 and 2."""
        self.headings += 1
        if heading.level == 1:
            self.sections, self.deepest = [heading.name], 1
        elif heading.level == 2:
            self.sections, self.deepest = [*self.sections[:1], heading.name], 2
        else:
            kept = self.sections[:-1] if self.deepest == 3 else self.sections
            self.sections, self.deepest = [*kept, heading.name], 3
        self.heading_units = {k: v for k, v in self.heading_units.items() if k < heading.level}
        self.heading_leaders = {k: v for k, v in self.heading_leaders.items() if k < heading.level}
        if (leader := heading_leader(heading.name)) is not None:
            self.heading_leaders[heading.level] = leader
        if (unit := heading_unit(heading.name)) is not None:
            self.heading_units[heading.level] = unit
        self.heading_labels = {k: v for k, v in self.heading_labels.items() if k < heading.level}
        if (verdict := heading_verdict(heading.name)) is not None:
            self.heading_labels[heading.level] = verdict

    @property
    def heading_unit(self) -> str | None:
        """The lead unit the deepest heading over the current items names, if any."""
        return self.heading_units[max(self.heading_units)] if self.heading_units else None

    def enter_attachment(self, number: int, title: str) -> None:
        """附件N starts a new part; a lone 附件 (the whole plan attached to its notice) only resets
        the headings of the notice."""
        self.attachment = number or None
        self.attachment_title = (title or None) if number else None
        self.sections = []

    def new_run(self) -> int:
        self.runs += 1
        return self.runs

    def draft(self, seq: int, where: str, run: int) -> RowDraft:
        """A new row placed under the current part, section and attachment."""
        from duban.ingest.layouts.headings import judgement_in

        if self.attachment is not None:
            part = self.sections[0] if self.sections else f"附件{self.attachment}"
            section = [t for t in (self.attachment_title,) if t] + list(self.sections)
            label = judgement_in(self.attachment_title or "")
        else:
            part = self.sections[0] if self.sections else None
            section = list(self.sections)
            label = None
        if label is None and self.heading_labels:
            label = self.heading_labels[max(self.heading_labels)]
        names = " ".join([part or "", *section])
        leader = self.heading_leaders[max(self.heading_leaders)] if self.heading_leaders else None
        return RowDraft(
            heading_leader=leader,
            seq=seq,
            where=where,
            run=run,
            part=part,
            section=section,
            label=label,
            indicator=bool(INDICATOR_PARTS.search(names)),
        )


# A heading over the tasks one unit leads: 县示范区管委会牵头工作(8项), 市发改委负责的任务.
_UNIT_HEADING = re.compile(
    r"^(?P<unit>.{2,40}?)(?:牵头负责|牵头|负责|承办|主办|主责|落实)的?(?:重点)?(?:工作|任务|事项|项目)"
    r"(?:清单|任务)?\s*(?:[(（]\s*\d+\s*项\s*[)）])?$"
)


# A heading over the tasks one leader takes charge of: 一、于会游市长主抓重点工作, 孟学农省长负责的工作.
_LEADER_HEADING = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})\s*(?:同志)?(?:常务)?(?:副)?(?:省长|市长|区长|县长|州长|旗长|镇长|主任|书记|秘书长)"
    r"(?:主抓|负责|分管|牵头|联系|领衔)的?(?:重点)?(?:工作|任务|事项)"
)


def heading_leader(name: str) -> str | None:
    """The leader a heading names as in charge of the items under it (于会游市长主抓重点工作)."""
    match = _LEADER_HEADING.match(name.strip())
    return match.group("name") if match else None


def heading_unit(name: str) -> str | None:
    """The unit a heading names as the lead of the items under it (县示范区管委会牵头工作(8项))."""
    from duban.ingest.layouts.shapes import is_unit_list

    match = _UNIT_HEADING.match(name.strip().rstrip("。:："))
    if match is None or not is_unit_list(match.group("unit")):
        return None
    return match.group("unit")


# A heading that is a verdict over the items under it: a count of items (16个项目推进达到时序进度
# 要求, 进展缓慢的有3项) or the verdict closing it (部分完成年度目标任务情况, 进展较快的实事).
_VERDICT_COUNT = re.compile(r"\d+\s*[个项件]|[一二三四五六七八九十]+[个项件](?:项目|任务|实事|工作)")
_VERDICT_END = re.compile(
    r"(?:的)?(?:项目|任务|实事|事项|工作)?(?:年度目标任务|目标任务|全年目标任务)?(?:要求)?(?:情况)?"
    r"(?:[有为]\s*\d+\s*[个项件])?$"
)


def heading_verdict(name: str) -> str | None:
    """The verdict a heading states for the items under it, as written; None for a plain heading
    (有序推进城市更新 names work, not a verdict)."""
    from duban.ingest.layouts.headings import judgement_in
    from duban.ingest.layouts.lexicon import JUDGEMENT_PHRASES

    text = name.strip().rstrip("。:：")
    if judgement_in(text) is None:
        return None
    if _VERDICT_COUNT.search(text):
        return text
    for phrase, _ in JUDGEMENT_PHRASES:
        at = text.find(phrase)
        if at >= 0 and _VERDICT_END.fullmatch(text[at + len(phrase) :]):
            return text
    return None


_SECTION_MARK = re.compile(rf"^(?:[(（][{CN_NUMERALS}]+[)）]|[{CN_NUMERALS}]+[、.．])\s*(?=\d)")


def seq_cell(text: str) -> str:
    """A 序号 cell as a plain number: full-width digits folded, a leading section mark dropped
    (（一）1 → 1)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    return _SECTION_MARK.sub("", folded)


def strip_number(text: str) -> tuple[int | None, str]:
    """Split a leading 1、 / 1. / 1． from a task text."""
    match = LEADING_NUMBER.match(text)
    if match is None:
        return None, text
    return int(match.group(1)), text[match.end() :]


def drop_summary_items(context: Context) -> None:
    """In a document whose tables report progress, numbered paragraphs of the body that carry units
    (1.实现数字经济增加值增长7%，1-6月…（责任单位：…）) summarise rows of those tables: not more tasks."""
    if any(kind == "progress" for kind, _ in context.table_kinds):
        context.drafts = [d for d in context.drafts if not d.from_list]


def finish(context: Context) -> list[ParsedTask]:
    """Tasks from the drafts: names split, group cells carried down, numbering checked."""
    leader_names = frozenset(
        name for d in context.drafts for line in d.leader_lines for name in split_leaders(line)
    )
    tasks: list[ParsedTask] = []
    runs_seen: set[int] = {d.run for d in context.drafts}
    multi = len(runs_seen) > 1
    last_seq: dict[int, int] = {}
    category: dict[int, str | None] = {}
    for draft in context.drafts:
        previous = last_seq.get(draft.run)
        if previous is not None:
            if draft.seq == previous:
                context.warnings.append(f"{draft.where}：序号{draft.seq}重复")
            elif draft.seq != previous + 1:
                context.warnings.append(f"{draft.where}：序号不连续（{previous}之后是{draft.seq}）")
        last_seq[draft.run] = draft.seq
        if draft.category:
            category[draft.run] = draft.category
        current_category = category.get(draft.run)
        lead = [n for line in join_unit_lines(draft.lead_lines) for n in split_units(line)]
        co = [n for line in join_unit_lines(draft.co_lines) for n in split_units(line)]
        leaders = [
            n for line in draft.leader_lines if line.strip() for n in split_leaders(line, leader_names)
        ]
        if not leaders and draft.heading_leader:
            leaders = [draft.heading_leader]
        if not draft.text:
            context.warnings.append(f"{draft.where}：第{draft.seq}项没有任务内容")
        if not lead and not co:
            context.warnings.append(f"{draft.where}：第{draft.seq}项没有责任单位")
        if draft.part and draft.part.startswith("附件"):
            ref = f"{draft.part}-{draft.seq}"
        else:
            ref = f"{draft.run}-{draft.seq}" if multi else str(draft.seq)
        tasks.append(
            ParsedTask(
                ref=ref,
                seq=draft.seq,
                part=draft.part,
                section=draft.section,
                category=current_category,
                kind="indicator" if draft.indicator else "task",
                text=draft.text,
                lead_leaders=leaders,
                lead_units=lead,
                co_units=co,
                progress=draft.progress,
                label=draft.label,
                deadline=draft.deadline,
                problems=draft.problems,
                next_steps=draft.plans,
            )
        )
    return tasks


def cell_text(lines: list[str]) -> str | None:
    """A free-text cell (progress, problems, plans, deadline) as lines joined by newlines."""
    text = "\n".join(line.strip() for line in lines if line.strip())
    return text or None


def fill_columns(draft: RowDraft, by_role: dict, roles: tuple, names: dict | None = None) -> None:
    """The free-text columns of one row: 推进情况, 完成时限, 存在问题, 下步打算; in an indicator
    table the target joins the task text (地区生产总值增长率 + 6%以上) and the figures its progress
    (累计完成1063；累计进度96.64%); a 是否达序 column is the row's own label."""
    from duban.ingest.layouts.shapes import is_quantity

    names = names or {}
    if "progress" in roles:
        draft.progress = cell_text(by_role.get("progress", [])) or ""
    draft.deadline = cell_text(by_role.get("deadline", []))
    draft.problems = cell_text(by_role.get("problems", []))
    draft.plans = cell_text(by_role.get("plans", []))
    target = cell_text(by_role.get("target", []))
    if target and is_quantity(target) and re.sub(r"\s+", "", target) not in re.sub(r"\s+", "", draft.text):
        draft.text = draft.text + target
    figures = [
        f"{names.get(role, '')}{value}"
        for role in ("actual", "ratio")
        if (value := cell_text(by_role.get(role, []))) and value not in ("-", "—", "/")
    ]
    if figures:
        draft.progress = "；".join([p for p in (draft.progress,) if p] + figures)
    verdict = cell_text(by_role.get("verdict", []))
    if verdict:
        draft.label = verdict
