"""Write plan and progress documents the way district offices produce them, from Python data.

Each builder takes rows (lists of cell texts, "\\n" for a line break inside a cell) and writes a
real file: Word tables with vertically merged cells, header rows typed again after a page break,
Word automatic numbering (numPr) in the 序号 column, Excel workbooks with several sheets and merged
ranges, GBK web pages with the portal's navigation around the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

# abstractNum ids used for the automatic numbering written below (Word's own are small numbers).
DECIMAL_LIST = 90
DECIMAL_DOT_LIST = 91
CHINESE_LIST = 92


@dataclass
class WordTable:
    """A Word table: the header row, then rows; `merge_down` columns have runs of one value merged
    vertically; `auto_number` makes the 序号 column (by index) Word automatic numbering with empty
    text; rows equal to the header inside `rows` are a header typed again after a page break."""

    header: list[str]
    rows: list[list[str]]
    merge_down: tuple[int, ...] = ()
    auto_number: int | None = None
    number_format: int = DECIMAL_LIST
    banner_rows: dict[int, str] = field(default_factory=dict)


def _numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    levels = {
        DECIMAL_LIST: ("decimal", "%1"),
        DECIMAL_DOT_LIST: ("decimal", "%1."),
        CHINESE_LIST: ("chineseCounting", "%1、"),
    }
    first_num = numbering.find(qn("w:num"))
    for abstract_id, (fmt, text) in levels.items():
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="center"/></w:lvl>'
            "</w:abstractNum>"
        )
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)


def _add_num(document: docx.document.Document, abstract_id: int) -> int:
    """A new w:num instance of an abstract list restarting at 1, as Word's 重新开始编号 writes it."""
    numbering = document.part.numbering_part.element
    num_id = 100 + len(numbering.findall(qn("w:num")))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return num_id


def _number_paragraph(paragraph: object, num_id: int) -> None:
    properties = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    properties.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _cell_lines(cell: object, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]  # type: ignore[attr-defined]
    for line in lines[1:]:
        cell.add_paragraph(line)  # type: ignore[attr-defined]


def build_word(path: Path, content: list[str | WordTable | tuple[str, int]]) -> Path:
    """Paragraphs (str, or (text, abstract list) for an automatically numbered paragraph whose
    number is not typed) and tables, in order."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    _numbering(document)
    paragraph_lists: dict[int, int] = {}
    for block in content:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        if isinstance(block, tuple):
            text, abstract_id = block
            paragraph = document.add_paragraph(text)
            if abstract_id not in paragraph_lists:
                paragraph_lists[abstract_id] = _add_num(document, abstract_id)
            _number_paragraph(paragraph, paragraph_lists[abstract_id])
            continue
        _word_table(document, block)
    document.save(path)
    return path


def _word_table(document: docx.document.Document, spec: WordTable) -> None:
    rows = [spec.header, *spec.rows]
    table = document.add_table(rows=len(rows), cols=len(spec.header))
    table.style = "Table Grid"
    num_id = _add_num(document, spec.number_format) if spec.auto_number is not None else None
    for r, row in enumerate(rows):
        if r in spec.banner_rows:
            merged = table.cell(r, 0).merge(table.cell(r, len(spec.header) - 1))
            merged.paragraphs[0].text = spec.banner_rows[r]
            continue
        is_header = row == spec.header
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            if c == spec.auto_number and not is_header and num_id is not None:
                _number_paragraph(cell.paragraphs[0], num_id)
                continue
            _cell_lines(cell, text)
    header_properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_properties.append(repeat)
    for col in spec.merge_down:
        start = 1
        for r in range(2, len(rows) + 1):
            if r == len(rows) or rows[r][col] != rows[start][col] or r in spec.banner_rows:
                if r - 1 > start and start not in spec.banner_rows:
                    merged = table.cell(start, col).merge(table.cell(r - 1, col))
                    for extra in merged.paragraphs[1:]:
                        extra._element.getparent().remove(extra._element)
                    merged.paragraphs[0].text = rows[start][col]
                start = r


@dataclass
class Sheet:
    """One worksheet: title rows merged across the table, a header, rows; `merge_down` columns
    have runs of one value merged."""

    name: str
    titles: list[str]
    header: list[str]
    rows: list[list[str]]
    merge_down: tuple[int, ...] = ()


def build_workbook(path: Path, sheets: list[Sheet]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for spec in sheets:
        sheet = workbook.create_sheet(spec.name)
        width = len(spec.header)
        for title in spec.titles:
            sheet.append([title])
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width
            )
        top = sheet.max_row
        sheet.append(spec.header)
        for row in spec.rows:
            sheet.append([int(text) if text.isdigit() else text for text in row])
        for col in spec.merge_down:
            start = 0
            for r in range(1, len(spec.rows) + 1):
                if r == len(spec.rows) or spec.rows[r][col] != spec.rows[start][col]:
                    if r - 1 > start:
                        sheet.merge_cells(
                            start_row=top + 2 + start,
                            start_column=col + 1,
                            end_row=top + 1 + r,
                            end_column=col + 1,
                        )
                    start = r
    workbook.save(path)
    return path


def build_portal_page(
    path: Path, title: str, paragraphs: list[str], header: list[str], rows: list[list[str]], span_col: int
) -> Path:
    """A 政务公开 article page as county portals serve it: GBK, site navigation, breadcrumbs, an
    info bar (来源/发布时间/字体), the table with rowspan on `span_col`, then the footer."""
    parts = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        f"<title>{escape(title)}-云台县人民政府</title>",
        '<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.js"></script></head><body>',
        '<div class="top"><div class="logo"><img src="/images/logo.png" alt="云台县人民政府"></div>',
        '<div class="search"><form><input type="text" name="q"><button>搜索</button></form></div></div>',
        '<div class="menu"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li>',
        '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>',
        '<div class="wrap"><div class="position">您当前的位置：<a href="/">首页</a> &gt; ',
        '<a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zdgz/">重点工作</a></div>',
        '<div class="xl-main"><h1 class="xl-title">' + escape(title) + "</h1>",
        '<div class="xl-info">来源：县政府督查室&nbsp;&nbsp;发布时间：2025-07-18&nbsp;&nbsp;',
        "浏览次数：<span id='count'>126</span>&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>",
        '<div class="xl-content TRS_Editor">',
    ]
    for text in paragraphs:
        parts.append(f'<p class="MsoNormal" style="text-indent:2em"><span>{escape(text)}</span></p>')
    parts.append('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%">')
    parts.append(
        "<tr>" + "".join(f"<td><p align=center><b>{escape(h)}</b></p></td>" for h in header) + "</tr>"
    )
    start = 0
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if c == span_col:
                if r > start and rows[start][c] == text:
                    continue
                start = r
                span = 1
                while start + span < len(rows) and rows[start + span][c] == text:
                    span += 1
                attr = f' rowspan="{span}"' if span > 1 else ""
            else:
                attr = ""
            inner = "<br/>".join(escape(line) for line in text.split("\n")) or "&nbsp;"
            cells.append(f'<td{attr} valign="center"><p><span>{inner}</span></p></td>')
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts += [
        "</table></div>",
        '<div class="xl-share">分享到：<a>微信</a><a>微博</a></div>',
        '<div class="xl-bottom"><a href="javascript:window.print()">打印本页</a> <a>关闭窗口</a></div></div></div>',
        '<div class="footer"><p>主办单位：云台县人民政府办公室 承办单位：云台县大数据发展中心</p>',
        "<p>网站标识码：5101230001 蜀ICP备05001234号 川公网安备 51012302000123号</p></div></body></html>",
    ]
    path.write_bytes("\n".join(parts).encode("gbk"))
    return path
