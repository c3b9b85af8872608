"""The bulletin (督查通报 / 推进情况的报告) as a Word document laid out after GB/T 9704-2012.

Its structure follows the reports supervision offices issue (corpus 001): title, addressee, a body with
the counts by status for the indicators and the key tasks, the numbered list of lagging tasks with their
figures, reason and responsible unit, the units that reported late or not at all, the method note, the
signature and date; then the attachments as tables (indicators, lagging tasks, normal tasks).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from duban.core.status import FLAGGED, NORMAL
from duban.reports import charts as chart_module
from duban.reports.data import (
    ReportData,
    ReportTask,
    format_date,
    government_level,
    label_groups,
    period_name,
    short_office_name,
    status_counts,
)
from duban.reports.fonts import OFFICE_FONTS, FontScheme
from duban.reports.statuses import TASK_PHRASES
from duban.reports.wordml import (
    Column,
    add_font_fallbacks,
    footer_paragraph_xml,
    replace_footer,
    set_document_fonts,
    set_run_font,
    table_xml,
    xml_text,
)

# GB/T 9704-2012 §5.2: A4 page, text area 156 mm × 225 mm.
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TITLE_PT = 22  # 二号
BODY_PT = 16  # 三号
PAGE_NUMBER_PT = 14  # 四号
TABLE_PT = 10.5  # 五号, usual in attachment tables
# 22 lines of 28 characters per page: the fixed line pitch that gives 22 lines in 225 mm.
LINE_PITCH_PT = 28.95
TEXT_WIDTH_MM = 210 - MARGINS_MM["left"] - MARGINS_MM["right"]
# Landscape attachment pages: the same margins turned with the page.
LANDSCAPE_MARGINS_MM = {"top": 28, "bottom": 26, "left": 37, "right": 35}

_CHINESE_ORDINALS = "一二三四五六七八九十"

# The attachment tables of corpus 001: 工作任务 spans two columns, the category (merged down over its
# tasks) and the task; 研判 is added because an attachment may hold more than one judgement.
TASK_COLUMNS = (
    Column("序号", 11, "center"),
    Column("工作任务", 24, "center"),
    Column("工作任务", 46),
    Column("责任单位", 28),
    Column("配合单位", 28),
    Column("任务进展情况", 70),
    Column("研判", 18, "center"),
)
# Without categories the task takes both columns' width.
UNGROUPED_TASK_COLUMNS = (TASK_COLUMNS[0], Column("工作任务", 70), *TASK_COLUMNS[3:])


def indicator_columns(year: int | None) -> tuple[Column, ...]:
    """序号 / 2022年预期目标 / 责任单位 / 进展情况 / 研判 (corpus 001, 附件1)."""
    return (
        Column("序号", 12, "center"),
        Column(f"{year}年预期目标" if year else "预期目标", 60),
        Column("责任单位", 35),
        Column("进展情况", 93),
        Column("研判", 25, "center"),
    )


@dataclass(frozen=True)
class Attachment:
    """One attachment table: its title and its tasks."""

    title: str
    tasks: tuple[ReportTask, ...]
    indicators: bool = False


def write_bulletin(
    data: ReportData, target: Path | BinaryIO, *, fonts: FontScheme = OFFICE_FONTS, charts: bool = True
) -> None:
    """Write the bulletin for `data` to a path or a binary stream."""
    document = Document()
    _set_up(document, data, fonts)
    writer = BodyWriter(document, fonts, data.year)
    attachments = attachments_for(data)
    writer.title(data.title)
    if data.addressee:
        writer.paragraph(f"{data.addressee.rstrip('：:')}：", indent=False)
    writer.paragraph(_opening(data))
    headings = iter(_CHINESE_ORDINALS)
    if data.indicators:
        writer.heading(f"{next(headings)}、{len(data.indicators)}项经济社会发展预期目标情况")
        writer.paragraph(indicator_summary(data, _attachment_number(attachments, data.indicators)))
    if data.key_tasks:
        writer.heading(f"{next(headings)}、{len(data.key_tasks)}项重点工作任务进展情况")
        writer.paragraph(task_summary(data, attachments))
        for number, task in enumerate(data.lagging_tasks, start=1):
            writer.paragraph(lagging_item(number, task))
    if charts:
        for number, chart in enumerate(chart_module.charts_for(data), start=1):
            # The chart draws its own title; the caption only numbers it.
            writer.picture(chart.draw(data, "png"), f"图{number}")
    writer.heading(f"{next(headings)}、推进情况报送情况")
    for line in reporting_lines(data):
        writer.paragraph(line)
    if data.method_note:
        writer.heading(f"{next(headings)}、研判方法说明")
        for line in data.method_note.splitlines():
            if line.strip():
                writer.paragraph(line.strip())
    writer.attachment_list([a.title for a in attachments])
    writer.signature(data.signer, data.date_signed)
    if attachments:
        landscape_section(document)
        for number, attachment in enumerate(attachments, start=1):
            writer.attachment(number, attachment, page_break=number > 1)
    document.save(target if not isinstance(target, Path) else str(target))


def attachments_for(data: ReportData) -> list[Attachment]:
    """The attachment tables this bulletin carries, in order, leaving out empty ones."""
    period = data.period_label
    candidates = [
        Attachment(f"经济社会发展预期目标任务{period}进展情况表", data.indicators, indicators=True),
        Attachment(
            f"推进较为滞后的{len(data.lagging_tasks)}项重点工作任务{period}进展情况表", data.lagging_tasks
        ),
        Attachment(f"正常推进的{len(data.normal_tasks)}项重点工作任务{period}进展情况表", data.normal_tasks),
        Attachment(
            f"未报送或待研判的{len(data.other_tasks)}项重点工作任务{period}进展情况表", data.other_tasks
        ),
    ]
    return [a for a in candidates if a.tasks]


def _attachment_number(attachments: Sequence[Attachment], tasks: Sequence[ReportTask]) -> int | None:
    for number, attachment in enumerate(attachments, start=1):
        if attachment.tasks == tuple(tasks):
            return number
    return None


def _opening(data: ReportData) -> str:
    """ "根据区政府工作安排，区政府督查办对2022年区政府工作报告重点任务上半年推进情况进行跟踪督办，…" """
    year = f"{data.year}年" if data.year else ""
    level = government_level(data.signer)
    who = short_office_name(data.signer) or "督查部门"
    return (
        f"根据{level}政府工作安排，{who}对{year}{level}政府工作报告重点任务{period_name(data.period_label)}"
        "推进情况进行跟踪督办，有关情况报告如下。"
    )


def _sentence(text: str) -> str:
    """`text` without its final full stop, so that the caller can add its own punctuation."""
    return text.strip().rstrip("。；;，,.")


def indicator_summary(data: ReportData, attachment: int | None) -> str:
    """ "1-6月，10项经济社会发展预期目标中，2项指标符合预期，分别是：固定资产投资增长12%、…；
    6项指标不达预期，分别是：地区生产总值增长4.4%、…（详见附件1）。" (corpus 001)"""
    parts = []
    for group in label_groups(data.indicators):
        items = "、".join(_indicator_item(task) for task in group.tasks)
        parts.append(f"{group.count}项指标{group.label}，{'为' if group.count == 1 else '分别是：'}{items}")
    see = f"（详见附件{attachment}）" if attachment else ""
    return f"{data.period_label}，{len(data.indicators)}项经济社会发展预期目标中，{'；'.join(parts)}{see}。"


def _indicator_item(task: ReportTask) -> str:
    """The indicator's reported figure ("地区生产总值增长4.4%"), else its target as written."""
    figure = next((_sentence(f) for f in task.figures if f.strip()), "")
    return figure or _sentence(task.text)


# What the body calls the tasks of each attachment, as the attachment's title calls them: the status
# a group is named for, then the word for a group of several statuses.
_GROUP_HEADS = ((NORMAL, "on_track"), (FLAGGED, "lagging"))
_OTHER_GROUP = "未报送或待研判"


def task_summary(data: ReportData, attachments: Sequence[Attachment]) -> str:
    """ "131项重点工作任务中，124项任务正常推进（详见附件3），7项任务推进较为滞后（详见附件2）。
    推进较为滞后的7项任务分别是：" (corpus 001). Each count cited is that of the attachment cited, as its
    title gives it ("正常推进的39项"); the statuses it gathers are named in brackets
    ("39项任务正常推进（其中已完成5项、超序时进度推进5项，详见附件3）")."""
    where = {}
    for number, attachment in enumerate(attachments, start=1):
        if not attachment.indicators:
            for task in attachment.tasks:
                where[task.status] = number
    groups: dict[object, list[tuple[str, int]]] = {}
    for status, count in status_counts(data.key_tasks):
        groups.setdefault(where.get(status, status), []).append((status, count))
    parts = []
    for key, members in groups.items():
        total = sum(count for _, count in members)
        head = next((h for statuses, h in _GROUP_HEADS if members[0][0] in statuses), None)
        if head is None and len(members) == 1:
            head = members[0][0]
        phrase = TASK_PHRASES.get(head, head) if head else _OTHER_GROUP
        inner = [f"{TASK_PHRASES.get(s, s)}{n}项" for s, n in members if s != head]
        notes = ([f"其中{'、'.join(inner)}"] if inner else []) + (
            [f"详见附件{key}"] if isinstance(key, int) else []
        )
        parts.append(f"{total}项任务{phrase}" + (f"（{'，'.join(notes)}）" if notes else ""))
    text = f"{len(data.key_tasks)}项重点工作任务中，{'，'.join(parts)}。"
    if data.lagging_tasks:
        text += f"推进较为滞后的{len(data.lagging_tasks)}项任务分别是："
    return text


def lagging_item(number: int, task: ReportTask) -> str:
    """ "6.新建30个社区健身点。1-6月已建成2个，完成6.7%，低于序时进度50%。（责任单位：区体育局）"

    The task is quoted by the clause the judgement rests on when it has several targets; the reason
    follows without its opening "目标…，" clause, which would repeat the quoted target.
    """
    detail = _without_target(_sentence(task.reason)) or "；".join(
        _sentence(f) for f in task.figures if f.strip()
    )
    if not detail:
        lines = [line for line in task.progress.splitlines() if line.strip()]
        detail = _sentence(lines[0]) if lines else "未报送推进情况"
    units = "、".join(task.lead_units) or "未明确"
    return f"{number}.{_sentence(task.focus or task.text)}。{detail}。（责任单位：{units}）"


def _without_target(reason: str) -> str:
    """A judgement's reason without the target it opens with ("目标30个社区健身点，1-6月…")."""
    if reason.startswith("目标") and "，" in reason:
        return reason.split("，", 1)[1]
    return reason


def reporting_lines(data: ReportData) -> list[str]:
    """Who reported late, who did not report at all."""
    lines = []
    if data.late_units:
        lines.append(f"逾期报送推进情况的单位{len(data.late_units)}个：{'、'.join(data.late_units)}。")
    if data.missing_units:
        lines.append(
            # Counted when the bulletin is written, not at the period's end (nobody had reported by then).
            f"截至{format_date(data.date_signed)}，未报送推进情况的单位{len(data.missing_units)}个："
            f"{'、'.join(data.missing_units)}。"
        )
    if not lines:
        lines.append("各责任单位均按时报送了推进情况。")
    return lines


def _set_up(document: DocxDocument, data: ReportData, fonts: FontScheme) -> None:
    set_up_document(document, title=data.title, author=data.signer, when=data.as_of, fonts=fonts)


def set_up_document(
    document: DocxDocument, *, title: str, author: str, when: date, fonts: FontScheme
) -> None:
    """The 公文 page of GB/T 9704-2012 (A4, margins, 22 lines of 28 characters, page numbers) and fonts."""
    set_document_fonts(document, fonts.body, BODY_PT)
    add_font_fallbacks(document, fonts)
    normal = document.styles["Normal"].paragraph_format
    normal.first_line_indent = Pt(BODY_PT * 2)
    normal.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.line_spacing = Pt(LINE_PITCH_PT)
    normal.space_before = Pt(0)
    normal.space_after = Pt(0)
    normal.widow_control = False
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.PORTRAIT
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.footer_distance = Mm(24)
    section.header_distance = Mm(15)
    # GB/T 9704 §7.5: odd pages numbered at the right, even pages at the left, one character in.
    document.settings.odd_and_even_pages_header_footer = True
    replace_footer(
        section.footer,
        footer_paragraph_xml(fonts.page_number, PAGE_NUMBER_PT, align="right", indent_side="right"),
    )
    replace_footer(
        section.even_page_footer,
        footer_paragraph_xml(fonts.page_number, PAGE_NUMBER_PT, align="left", indent_side="left"),
    )
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.comments = ""
    stamp = datetime(when.year, when.month, when.day)
    properties.created = stamp
    properties.modified = stamp
    properties.revision = 1


def landscape_section(document: DocxDocument) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = (
        Mm(LANDSCAPE_MARGINS_MM["top"]),
        Mm(LANDSCAPE_MARGINS_MM["bottom"]),
    )
    section.left_margin, section.right_margin = (
        Mm(LANDSCAPE_MARGINS_MM["left"]),
        Mm(LANDSCAPE_MARGINS_MM["right"]),
    )
    section.footer_distance = Mm(14)


class BodyWriter:
    """Adds paragraphs of the bulletin's kinds, every run carrying its East Asian font."""

    def __init__(self, document: DocxDocument, fonts: FontScheme, year: int | None = None) -> None:
        self.document = document
        self.fonts = fonts
        self.year = year

    def paragraph(
        self,
        text: str,
        *,
        font: str | None = None,
        size: float = BODY_PT,
        indent: bool = True,
        align: WD_ALIGN_PARAGRAPH | None = None,
    ) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if not indent:
            paragraph.paragraph_format.first_line_indent = Pt(0)
        if align is not None:
            paragraph.alignment = align
        if text:
            set_run_font(paragraph.add_run(xml_text(text)), font or self.fonts.body, size)
        return paragraph

    def title(self, text: str) -> None:
        paragraph = self.paragraph(text, font=self.fonts.title, size=TITLE_PT, indent=False)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.line_spacing = Pt(35)
        self.paragraph("", indent=False)

    def heading(self, text: str) -> None:
        self.paragraph(text, font=self.fonts.heading)

    def picture(self, png: bytes, caption: str) -> None:
        paragraph = self.paragraph("", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(TEXT_WIDTH_MM - 6))
        self.paragraph(caption, size=14, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    def attachment_list(self, titles: Sequence[str]) -> None:
        if not titles:
            return
        self.paragraph("")
        for number, title in enumerate(titles, start=1):
            prefix = "附件：" if number == 1 else ""
            paragraph = self.paragraph(f"{prefix}{number}.{title}")
            if number > 1 or len(titles) > 1:
                # Hang later lines under the first item's number (2 characters indent + "附件：").
                paragraph.paragraph_format.left_indent = Pt(BODY_PT * 5)
                paragraph.paragraph_format.first_line_indent = Pt(-BODY_PT * 3 if number == 1 else 0)

    def signature(self, signer: str, signed_on: date) -> None:
        self.paragraph("")
        self.paragraph("")
        when = format_date(signed_on)
        # GB/T 9704 §7.3.5.1: the date four characters from the right, the signer centred over it.
        date_chars = len(when) - sum(ch.isdigit() for ch in when) / 2
        signer_indent = max(4 + (date_chars - len(signer)) / 2, 0)
        for text, right in ((signer, signer_indent), (when, 4)):
            paragraph = self.paragraph(text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            paragraph.paragraph_format.right_indent = Pt(BODY_PT * right)

    def attachment(self, number: int, attachment: Attachment, *, page_break: bool) -> None:
        label = self.paragraph(f"附件{number}", font=self.fonts.heading, indent=False)
        label.paragraph_format.page_break_before = page_break
        heading = self.paragraph(attachment.title, font=self.fonts.title, size=18, indent=False)
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.paragraph_format.space_after = Pt(8)
        if attachment.indicators:
            columns = indicator_columns(self.year)
            rows = [_indicator_row(i, t) for i, t in enumerate(attachment.tasks, start=1)]
        elif any(t.heading_path for t in attachment.tasks):
            columns, rows = TASK_COLUMNS, _task_rows(attachment.tasks)
        else:
            columns = UNGROUPED_TASK_COLUMNS
            rows = [[row[0], *row[2:]] for row in _task_rows(attachment.tasks)]
        table = table_xml(
            columns, rows, body_font=self.fonts.body, heading_font=self.fonts.heading, size_pt=TABLE_PT
        )
        body = self.document.element.body
        body.insert(len(body) - 1, table)
        # Word needs a paragraph between a table and the next section or table.
        self.paragraph("", indent=False)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _indicator_row(number: int, task: ReportTask) -> list[list[str]]:
    return [
        [str(number)],
        [task.text],
        list(task.lead_units),
        _lines(task.progress),
        [task.display_label],
    ]


def _task_rows(tasks: Sequence[ReportTask]) -> list[list[list[str] | None]]:
    """Rows of a task table; the category cell is None where it continues the one above (merged)."""
    rows: list[list[list[str] | None]] = []
    previous_category = None
    for number, task in enumerate(tasks, start=1):
        category = task.heading_path[-1] if task.heading_path else ""
        rows.append(
            [
                [str(number)],
                None if category and category == previous_category else [category],
                [task.text],
                list(task.lead_units),
                list(task.co_units),
                _lines(task.progress),
                [task.display_label],
            ]
        )
        previous_category = category
    return rows
