"""Low-level WordprocessingML pieces python-docx has no API for: East Asian fonts on styles and runs,
font-table fallbacks, page-number fields, and tables built as XML in one pass (fast for 150+ rows)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.run import Run
from lxml import etree

from duban.reports.fonts import FontScheme

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Twentieths of a point per millimetre, for widths given in millimetres.
TWIPS_PER_MM = 1440 / 25.4
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# Control characters XML 1.0 forbids; text extracted from PDFs and spreadsheets sometimes holds them.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` without the control characters a Word document cannot hold."""
    return _FORBIDDEN.sub("", text)


def rfonts_xml(font: str) -> str:
    """An rFonts element naming `font` for every script; East Asian text is the point (w:eastAsia)."""
    name = escape(font, {'"': "&quot;"})
    return (
        f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}" w:hint="eastAsia"/>'
    )


def set_rpr_fonts(rpr: etree._Element, font: str) -> None:
    """Name `font` for all scripts on an rPr element and drop theme fonts, which would override it."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = etree.SubElement(rpr, qn("w:rFonts"))
        rpr.remove(rfonts)
        rpr.insert(0, rfonts)
    for attribute in _THEME_ATTRIBUTES:
        rfonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attribute), font)
    rfonts.set(qn("w:hint"), "eastAsia")


def set_run_font(run: Run, font: str, size_pt: float, *, bold: bool = False) -> None:
    """Font, size and weight of one run, with the East Asian font attribute set."""
    run.font.size = Pt(size_pt)
    run.font.bold = bold
    set_rpr_fonts(run._r.get_or_add_rPr(), font)


def set_document_fonts(document: DocxDocument, body_font: str, size_pt: float) -> None:
    """Make `body_font` the default of the document and of every style, replacing theme fonts."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            set_rpr_fonts(rpr, body_font)
            lang = rpr.find(qn("w:lang"))
            if lang is not None:
                lang.set(qn("w:eastAsia"), "zh-CN")
    for rfonts in styles.iter(qn("w:rFonts")):
        for attribute in _THEME_ATTRIBUTES:
            rfonts.attrib.pop(qn(attribute), None)
        if rfonts.get(qn("w:eastAsia")) is None:
            rfonts.set(qn("w:eastAsia"), body_font)
    normal = document.styles["Normal"]
    normal.font.size = Pt(size_pt)
    set_rpr_fonts(normal.element.get_or_add_rPr(), body_font)


def add_font_fallbacks(document: DocxDocument, scheme: FontScheme) -> None:
    """Declare each office face in the font table with its Debian stand-in as w:altName."""
    font_table = next(
        (part for part in document.part.package.iter_parts() if part.partname == "/word/fontTable.xml"),
        None,
    )
    if font_table is None:
        return
    root = etree.fromstring(font_table.blob)
    present = {font.get(qn("w:name")) for font in root.findall(qn("w:font"))}
    for name in dict.fromkeys(
        (scheme.title, scheme.body, scheme.heading, scheme.subheading, scheme.page_number)
    ):
        if name in present:
            continue
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        alternative = scheme.fallback(name)
        if alternative:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alternative)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")  # GB2312 character set
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), "auto")
    font_table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def page_number_runs(font: str, size_pt: float) -> str:
    """Runs printing "— N —" with N a PAGE field, the page-number form of GB/T 9704-2012 §7.5."""
    rpr = f"<w:rPr>{rfonts_xml(font)}<w:sz w:val='{round(size_pt * 2)}'/><w:szCs w:val='{round(size_pt * 2)}'/></w:rPr>"
    return (
        f"<w:r>{rpr}<w:t xml:space='preserve'>— </w:t></w:r>"
        f"<w:r>{rpr}<w:fldChar w:fldCharType='begin'/></w:r>"
        f"<w:r>{rpr}<w:instrText xml:space='preserve'> PAGE </w:instrText></w:r>"
        f"<w:r>{rpr}<w:fldChar w:fldCharType='separate'/></w:r>"
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f"<w:r>{rpr}<w:fldChar w:fldCharType='end'/></w:r>"
        f"<w:r>{rpr}<w:t xml:space='preserve'> —</w:t></w:r>"
    )


def footer_paragraph_xml(font: str, size_pt: float, *, align: str, indent_side: str) -> str:
    """A footer paragraph holding the page number, one character in from the `indent_side` edge."""
    indent = round(size_pt * 20)
    return (
        f"<w:p {nsdecls('w')}><w:pPr><w:jc w:val='{align}'/>"
        f"<w:ind w:{indent_side}='{indent}' w:firstLine='0'/></w:pPr>"
        f"{page_number_runs(font, size_pt)}</w:p>"
    )


def replace_footer(footer: object, paragraph_xml: str) -> None:
    """Replace the content of a python-docx footer with one paragraph."""
    element = footer._element  # type: ignore[attr-defined]
    for child in list(element):
        element.remove(child)
    element.append(parse_xml(paragraph_xml))


@dataclass(frozen=True)
class Column:
    """A table column: heading, width in millimetres, alignment of its body cells."""

    title: str
    width_mm: float
    align: str = "left"


def _paragraph_xml(text: str, font: str, size_pt: float, align: str, *, bold: bool = False) -> str:
    half_points = round(size_pt * 2)
    weight = "<w:b/><w:bCs/>" if bold else ""
    run = ""
    if text:
        run = (
            f"<w:r><w:rPr>{rfonts_xml(font)}{weight}<w:sz w:val='{half_points}'/>"
            f"<w:szCs w:val='{half_points}'/></w:rPr>"
            f"<w:t xml:space='preserve'>{escape(xml_text(text))}</w:t></w:r>"
        )
    return (
        "<w:p><w:pPr><w:spacing w:before='0' w:after='0' w:line='240' w:lineRule='auto'/>"
        f"<w:ind w:firstLine='0' w:left='0' w:right='0'/><w:jc w:val='{align}'/></w:pPr>{run}</w:p>"
    )


def _cell_xml(
    lines: Sequence[str],
    width: int,
    font: str,
    size_pt: float,
    align: str,
    *,
    bold: bool,
    fill: str | None,
    span: int = 1,
    merge: str | None = None,
) -> str:
    shading = f"<w:shd w:val='clear' w:color='auto' w:fill='{fill}'/>" if fill else ""
    grid_span = f"<w:gridSpan w:val='{span}'/>" if span > 1 else ""
    vertical = (
        "" if merge is None else ("<w:vMerge w:val='restart'/>" if merge == "restart" else "<w:vMerge/>")
    )
    paragraphs = "".join(_paragraph_xml(line, font, size_pt, align, bold=bold) for line in lines or [""])
    return (
        f"<w:tc><w:tcPr><w:tcW w:w='{width}' w:type='dxa'/>{grid_span}{vertical}{shading}"
        f"<w:vAlign w:val='center'/></w:tcPr>{paragraphs}</w:tc>"
    )


def table_xml(
    columns: Sequence[Column],
    rows: Sequence[Sequence[Sequence[str] | None]],
    *,
    body_font: str,
    heading_font: str,
    size_pt: float,
) -> etree._Element:
    """A bordered table whose first row is a heading repeated on every page (w:tblHeader).

    Each row gives, for each column, the cell's lines (one paragraph each), or None where the cell
    continues the one above (merged vertically). Neighbouring columns with the same title share one
    heading cell. Body rows may break across pages, as in offices' tables: a
    row kept whole leaves half-empty pages before every long one.
    """
    widths = [round(column.width_mm * TWIPS_PER_MM) for column in columns]
    border = "w:val='single' w:sz='4' w:space='0' w:color='000000'"
    borders = "".join(
        f"<w:{side} {border}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblW w:w='{sum(widths)}' w:type='dxa'/><w:jc w:val='center'/>"
        f"<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type='fixed'/>"
        "<w:tblCellMar><w:left w:w='85' w:type='dxa'/><w:right w:w='85' w:type='dxa'/></w:tblCellMar>"
        "</w:tblPr><w:tblGrid>",
        *(f"<w:gridCol w:w='{width}'/>" for width in widths),
        "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    index = 0
    while index < len(columns):
        span = 1
        while index + span < len(columns) and columns[index + span].title == columns[index].title:
            span += 1
        parts.append(
            _cell_xml(
                [columns[index].title],
                sum(widths[index : index + span]),
                heading_font,
                size_pt,
                "center",
                bold=False,
                fill="E7E6E6",
                span=span,
            )
        )
        index += span
    parts.append("</w:tr>")
    for number, row in enumerate(rows):
        following = rows[number + 1] if number + 1 < len(rows) else None
        parts.append("<w:tr>")
        for column_index, (column, width, lines) in enumerate(zip(columns, widths, row, strict=True)):
            continues_below = following is not None and following[column_index] is None
            merge = "continue" if lines is None else ("restart" if continues_below else None)
            parts.append(
                _cell_xml(
                    list(lines or []),
                    width,
                    body_font,
                    size_pt,
                    column.align,
                    bold=False,
                    fill=None,
                    merge=merge,
                )
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))
