"""Numbered items of a document that names no unit: the 十件民生实事 of a news report or notice.

Such lists are numbered in every way the genre prints: 一是…/二是…, 一、…, （一）…, 1.…, （1）…, ①…, and
block numbers alone on their line (01, 02, … each over a title and its lines). The layouts read
items that name their units; this reader finds, in a document with none, the longest run of items
numbered 1, 2, 3, … in one style, so the list becomes the document's tasks (with a warning) instead
of an empty task list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from duban.core.unit_split import looks_like_person_names
from duban.ingest.blocks import Paragraph
from duban.ingest.layouts.headings import parse_heading
from duban.ingest.layouts.lexicon import TRAILER
from duban.ingest.layouts.lines import split_run_on
from duban.ingest.layouts.lists import cn_number
from duban.ingest.layouts.shapes import is_deadline, is_number, is_unit_list

_CN = "一二三四五六七八九十"
# (style, pattern): group 1 is the numeral, the text follows the match.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shi", re.compile(rf"^\s*([{_CN}]{{1,3}})是\s*(?=[\u4e00-\u9fff“《])")),
    ("di", re.compile(rf"^\s*第([{_CN}]{{1,3}})(?:项|件|条)?\s*[,，、:：]\s*(?=\S)")),
    ("cn", re.compile(rf"^\s*([{_CN}]{{1,3}})\s*[、.．]\s*(?=\S)")),
    ("cnparen", re.compile(rf"^\s*[（(]\s*([{_CN}]{{1,3}})\s*[)）]\s*(?=\S)")),
    ("dot", re.compile(r"^\s*(\d{1,2})\s*[.．、](?![\d.．])\s*(?=\S)")),
    ("paren", re.compile(r"^\s*[（(]\s*(\d{1,2})\s*[)）]\s*(?=\S)")),
    ("block", re.compile(r"^\s*(\d{1,2})\s*$")),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# The first item run into the sentence that announces the list (…拟从以下十个方面开展工作:一是…).
_RUN_IN_FIRST = re.compile(
    r"(?<=[:：。])\s*(?=一是[\u4e00-\u9fff])|(?<=[:：])\s*(?=(?:[（(][一1][)）]|1[.．、](?!\d)|①)\s*\S)"
)
# A block item takes the lines under its number up to the next number, at most this many.
_BLOCK_LINES = 8
_MIN_ITEMS = 3
_GAP = 1  # unnumbered lines allowed between two items of a line list
_CAPTION = 40  # a caption's length at most; a title's too
# Titles of a report's parts (一、基本情况, 二、存在问题, 三、下一步工作打算), not tasks.
_SECTION_TITLE = re.compile(r"(?:情况|问题|成效|做法|经验|措施|建议|打算|思路|安排|总结|概况)[:：。]?$")
# A paragraph reporting results (1-10月，…累计完成投资…; 截至目前…).
_REPORT_OPENING = re.compile(
    r"^(?:\d{4}年)?(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|截至|截止|目前|今年以来|年初以来|上半年|前三季度|全年|[一二三四]季度)"
)
_CN_NUMERAL = re.compile(r"^(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])$")


@dataclass(slots=True)
class OrdinalItem:
    number: int
    line: int
    text: str
    # the heading of its part of the list, or of a block item whose lines are table cells
    heading: str | None = None
    part: int = 0  # which numbered run of the list it belongs to
    units: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    deadline: str | None = None


@dataclass(slots=True)
class _Run:
    style: str
    items: list[OrdinalItem] = field(default_factory=list)
    # the unnumbered lines since its last item
    between: list[str] = field(default_factory=list)
    heading: str | None = None  # the 一、 heading line last seen before it began

    def takes_next(self) -> bool:
        """Items of a list follow each other (a picture caption between two at most), or each
        title is followed by the one paragraph describing it (一、…项目 / 27所中小学安装…); a report's
        numbered parts have several paragraphs, or a paragraph reporting results, under each title
        (一、在建项目完成情况 / 1-10月，23个项目累计完成投资…). Block items hold their lines."""
        if self.style == "block" or not self.between:
            return True
        if len(self.between) > _GAP:
            return False
        line = self.between[0]
        if len(line) <= _CAPTION:
            return True
        title = self.items[-1].text
        return not _REPORT_OPENING.match(line) and not _SECTION_TITLE.search(title) and len(title) <= _CAPTION

    def add(self, item: OrdinalItem) -> None:
        """The next item; a describing paragraph before it belongs to the item it follows."""
        if self.between and len(self.between[0]) > _CAPTION and self.style != "block":
            last = self.items[-1]
            last.text = f"{last.text}\n{self.between[0]}"
        self.items.append(item)
        self.between = []


def ordinal_items(paragraphs: list[Paragraph]) -> list[OrdinalItem]:
    """The longest run of items numbered 1, 2, 3, … in one style, or [] when none has three."""
    lines = [
        piece
        for paragraph in paragraphs
        for cell in split_run_on(_one_cell(paragraph), eager=True, points=True)
        for piece in _split_first_item(cell)
    ]
    open_runs: dict[str, _Run] = {}
    runs: list[_Run] = []
    block: OrdinalItem | None = None  # the block item taking the lines under its number
    block_lines = 0
    heading: str | None = None
    for paragraph in lines:
        text = paragraph.text.strip()
        if not text:
            continue
        marked = _mark(text)
        if marked is None:
            for open_run in open_runs.values():
                open_run.between.append(text)
            if TRAILER.match(text):
                block = None
            elif block is not None and block_lines < _BLOCK_LINES:
                block.text = f"{block.text}\n{text}" if block.text else text
                block_lines += 1
            continue
        style, number, rest = marked
        if style == "cn" and (title := parse_heading(text)) is not None:
            heading = title.name
        for other in open_runs.values():
            if other.style != style:
                other.between.append(text)  # another list's item lies between this one's
        run = open_runs.get(style)
        if run is not None and run.items[-1].number == number - 1 and run.takes_next():
            item = OrdinalItem(number, paragraph.line, rest)
            run.add(item)
        elif number == 1:
            run = _Run(style, [OrdinalItem(number, paragraph.line, rest)], heading=heading)
            open_runs[style] = run
            runs.append(run)
            item = run.items[0]
        else:
            continue
        if style == "block":
            block, block_lines = item, 0
        elif block is not None and open_runs.get("block") is not None:
            # a numbered line inside a block item is part of its text
            block.text = f"{block.text}\n{text}" if block.text else text
            block_lines += 1
    best = _longest_list(runs)
    if not best:
        return []
    items = [item for run in best for item in run.items if item.text]
    if best[0].style == "block":
        for item in items:
            _read_cells(item)
    return [item for item in items if item.text]


def _longest_list(runs: list[_Run]) -> list[_Run]:
    """The runs of the style numbering most items: one run, or one per part of a plan that numbers
    its items again under each heading (一、… (一)(二)…, 二、… (一)(二)(三)…), each run of two
    items or more under a heading of its own."""
    by_style: dict[str, list[_Run]] = {}
    for run in runs:
        by_style.setdefault(run.style, []).append(run)
    best: list[_Run] = []
    for style_runs in by_style.values():
        longest = max(style_runs, key=lambda r: len(r.items))
        parts = [r for r in style_runs if r.heading is not None and len(r.items) >= 2]
        headed = len({r.heading for r in parts}) == len(parts) and len(parts) > 1
        chosen = parts if headed and sum(len(r.items) for r in parts) > len(longest.items) else [longest]
        if sum(len(r.items) for r in chosen) > sum(len(r.items) for r in best):
            best = chosen
    if sum(len(r.items) for r in best) < _MIN_ITEMS:
        return []
    for number, run in enumerate(best):
        for item in run.items:
            item.heading = item.heading or (run.heading if len(best) > 1 else None)
            item.part = number
    return best


def _read_cells(item: OrdinalItem) -> None:
    """A block item of one line per cell (一、heading | task | unit | person | 2024年底前 | phone),
    read by what each cell looks like; an item with no unit cell stays text."""
    cells = item.text.split("\n")
    units = [cell for cell in cells if is_unit_list(cell)]
    if not units:
        return
    text: list[str] = []
    for cell in cells:
        if cell in units:
            item.units.append(cell)
        elif looks_like_person_names(cell):
            item.leaders.append(cell)
        elif is_deadline(cell) and item.deadline is None:
            item.deadline = cell
        elif is_number(cell):
            continue  # a telephone number or an amount column
        elif not text and (heading := parse_heading(cell)) is not None and heading.level == 1:
            item.heading = heading.name
        else:
            text.append(cell)
    item.text = "".join(text)


def _mark(text: str) -> tuple[str, int, str] | None:
    for style, pattern in _MARKS:
        match = pattern.match(text)
        if match is not None:
            numeral = match.group(1)
            if not numeral.isdigit() and not _CN_NUMERAL.match(numeral):
                return None
            number = int(numeral) if numeral.isdigit() else cn_number(numeral)
            return (style, number, text[match.end() :].strip()) if number else None
    if text[0] in _CIRCLED and len(text) > 1:
        return "circled", _CIRCLED.index(text[0]) + 1, text[1:].strip()
    return None


def _one_cell(paragraph: Paragraph) -> Paragraph:
    """A paragraph printed as a page's single table cell (…（15）为62户…。 |, a lone cell in tab
    form once the layouts have read it): its text."""
    text = paragraph.text.strip(" ")
    if text.endswith(("|", "｜")) and text.count("|") + text.count("｜") == 1:
        text = text[:-1]
    elif text.startswith("\t") and "\t" not in text[1:]:
        text = text[1:]
    else:
        return paragraph
    return Paragraph(text.strip(), paragraph.line, paragraph.page)


def _split_first_item(paragraph: Paragraph) -> list[Paragraph]:
    match = _RUN_IN_FIRST.search(paragraph.text)
    if match is None:
        return [paragraph]
    head, tail = paragraph.text[: match.start()], paragraph.text[match.end() :]
    return [Paragraph(head, paragraph.line, paragraph.page), Paragraph(tail, paragraph.line, paragraph.page)]
