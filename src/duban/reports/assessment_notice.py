"""The assessment notice (考核情况通报) as a Word document in the bulletin's 公文 format (GB/T 9704-2012):
title, addressee, the results, where points were lost, the consequences the scheme names, the method, the
signature; the score table as a landscape attachment."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import BinaryIO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from duban.core.assessment import BOUND_ITEM, CAP_ITEM, FREE_ITEM, Assessment, UnitScore, describe
from duban.reports.bulletin import TABLE_PT, BodyWriter, landscape_section, set_up_document
from duban.reports.data import government_level, short_office_name
from duban.reports.fonts import OFFICE_FONTS, FontScheme
from duban.reports.wordml import Column, table_xml

# Landscape text width (297 mm less the landscape margins) shared by the attachment's columns.
_LANDSCAPE_WIDTH_MM = 297 - 37 - 35
_SHOWN_UNITS = 5


def notice_title(signer: str, assessment: Assessment) -> str:
    year = f"{assessment.year}年" if assessment.year else ""
    level = government_level(signer)
    stage = "" if assessment.final else f"（截至{assessment.through.label if assessment.through else '—'}）"
    return f"{signer}关于{year}{level}政府工作报告目标任务考核情况{stage}的通报"


def _score(points: float) -> str:
    return f"{points:g}分"


def _names(units: list[UnitScore]) -> str:
    return "、".join(f"{u.unit}（{_score(u.total)}）" for u in units)


def result_lines(assessment: Assessment) -> list[str]:
    units = list(assessment.units)
    if not units:
        return ["本期没有参加考核的单位。"]
    average = sum(u.total for u in units) / len(units)
    top = units[:_SHOWN_UNITS] if len(units) > _SHOWN_UNITS else units
    lines = [
        f"参加考核的责任单位{len(units)}个，平均得分{average:.2f}分。得分居前的单位：{_names(top)}。",
    ]
    below = [u for u in units if u.total < u.base]
    if below:
        lines.append(f"得分低于基础分{_score(assessment.scheme.base)}的单位{len(below)}个：{_names(below)}。")
    else:
        lines.append(f"各单位得分均不低于基础分{_score(assessment.scheme.base)}。")
    return lines


def deduction_lines(assessment: Assessment) -> list[str]:
    """Per item of the scheme that took points: how often, from which units."""
    lines = []
    for item in assessment.scheme.items:
        counts: Counter[str] = Counter()
        points: dict[str, float] = defaultdict(float)
        for unit in assessment.units:
            for entry in unit.entries:
                if entry.item == item.key:
                    counts[unit.unit] += 1
                    points[unit.unit] += entry.points
        if not counts:
            continue
        total = sum(counts.values())
        who = "、".join(f"{name}{count}次" for name, count in counts.most_common())
        verb = "加分" if all(v > 0 for v in points.values()) else "扣分"
        lines.append(f"{item.name}（{verb}）：共{total}次，涉及单位{len(counts)}个：{who}。")
    if not lines:
        lines.append("考核期内各单位没有加分或扣分事项。")
    return lines


def flag_lines(assessment: Assessment) -> list[str]:
    flagged: dict[str, list[str]] = defaultdict(list)
    for unit in assessment.units:
        for flag in unit.flags:
            flagged[flag].append(unit.unit)
    return [f"按考核办法，{'、'.join(names)}{flag}。" for flag, names in flagged.items()]


def attachment_columns(assessment: Assessment) -> tuple[Column, ...]:
    fixed = (Column("排名", 12, "center"), Column("单位", 42), Column("基础分", 15, "center"))
    tail = (Column("总分", 16, "center"), Column("处理意见", 30))
    left = _LANDSCAPE_WIDTH_MM - sum(c.width_mm for c in (*fixed, *tail))
    width = left / max(len(assessment.columns), 1)
    return (*fixed, *(Column(name, width, "center") for _, name in assessment.columns), *tail)


def attachment_rows(assessment: Assessment) -> list[list[list[str]]]:
    return [
        [
            [str(unit.rank)],
            [unit.unit],
            [f"{unit.base:g}"],
            *([f"{unit.items[key]:g}"] if key in unit.items else ["—"] for key, _ in assessment.columns),
            [f"{unit.total:g}"],
            ["、".join(unit.flags)],
        ]
        for unit in assessment.units
    ]


def write_assessment_notice(
    assessment: Assessment,
    target: Path | BinaryIO,
    *,
    signer: str,
    signed_on: date,
    fonts: FontScheme = OFFICE_FONTS,
) -> None:
    """Write the notice for `assessment`, signed by `signer` on `signed_on`, to a path or a binary stream."""
    title = notice_title(signer, assessment)
    document = Document()
    set_up_document(document, title=title, author=signer, when=signed_on, fonts=fonts)
    writer = BodyWriter(document, fonts, assessment.year)
    writer.title(title)
    writer.paragraph("各有关单位：", indent=False)
    year = f"{assessment.year}年" if assessment.year else ""
    level = government_level(signer)
    periods = "、".join(p.label for p in assessment.periods) or "（尚无报送期）"
    writer.paragraph(
        f"根据《{assessment.scheme.name}》，{short_office_name(signer) or '督查部门'}依据督办记录，"
        f"对承担{year}{level}政府工作报告目标任务的{len(assessment.units)}个责任单位进行了考核"
        f"（考核报送期：{periods}）。现将有关情况通报如下。"
    )
    headings = iter("一二三四五")
    writer.heading(f"{next(headings)}、考核结果")
    for line in result_lines(assessment):
        writer.paragraph(line)
    writer.heading(f"{next(headings)}、加减分情况")
    for line in deduction_lines(assessment):
        writer.paragraph(line)
    adjusted = [
        u for u in assessment.units if any(e.item in (FREE_ITEM, CAP_ITEM, BOUND_ITEM) for e in u.entries)
    ]
    if adjusted:
        writer.paragraph(f"经督查室调整或按封顶、保底规则计分的单位{len(adjusted)}个，明细见考核表。")
    flags = flag_lines(assessment)
    if flags:
        writer.heading(f"{next(headings)}、处理意见")
        for line in flags:
            writer.paragraph(line)
    writer.heading(f"{next(headings)}、考核办法")
    for line in describe(assessment.scheme):
        writer.paragraph(line)
    attachment = f"{year}目标任务考核得分表"
    writer.attachment_list([attachment])
    writer.signature(signer, signed_on)
    landscape_section(document)
    writer.paragraph("附件1", font=fonts.heading, indent=False)
    heading = writer.paragraph(attachment, font=fonts.title, size=18, indent=False)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.paragraph_format.space_after = Pt(8)
    table = table_xml(
        attachment_columns(assessment),
        attachment_rows(assessment),
        body_font=fonts.body,
        heading_font=fonts.heading,
        size_pt=TABLE_PT,
    )
    body = document.element.body
    body.insert(len(body) - 1, table)
    writer.paragraph("", indent=False)
    document.save(target if not isinstance(target, Path) else str(target))
