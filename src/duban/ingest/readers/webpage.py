"""HTML reader: the text and tables of a government web page, without the site's chrome.

The page's encoding comes from its <meta charset> (GB2312/GBK read as their superset GB18030),
else from the bytes. Navigation, headers, footers, scripts and share bars are dropped; tables have
their rowspan/colspan expanded; layout tables (tables holding other tables) are read as containers.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from duban.errors import DubanError
from duban.ingest.blocks import Block, Document, Paragraph
from duban.ingest.readers.grid import expand_spans, table_from_grid
from duban.ingest.readers.limits import MAX_SPAN
from duban.ingest.readers.text import decode_with_notes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# GB2312 and GBK pages routinely contain characters outside their declared charset.
CHARSET_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}

DROPPED_TAGS = {
    "script", "style", "noscript", "template", "iframe", "nav", "aside", "head", "title", "select",
    "button", "input", "textarea", "svg", "object", "embed", "map", "video", "audio", "canvas",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "section", "article",
    "header", "footer", "dd", "dt", "dl", "blockquote", "pre", "hr", "address", "center", "caption",
    "figure", "figcaption", "main", "td", "th", "form", "fieldset", "table", "tbody", "thead", "tfoot",
}  # fmt: skip
# Words in class/id attributes that mark site chrome on government portals (seen on district
# government sites: nav, dqwz = 当前位置, bshare share bars, copyright footers).
CHROME_WORDS = {
    "nav", "navbar", "navigation", "menu", "mainmenu", "submenu", "header", "footer", "foot",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "share", "bshare", "copyright",
    "banner", "toolbar", "topbar", "friendlink", "skip", "login", "dqwz", "position", "location",
}  # fmt: skip
# Class/id words that mark the article itself: never dropped even if they also say "header".
CONTENT_WORDS = {"article", "content", "detail", "main", "text", "zw", "title", "body"}
# Lines of page furniture that survive in unmarked elements (footer text, print/close links).
CHROME_LINES = re.compile(
    r"^(当前位置|您当前的位置|您现在的位置|您的位置)|网站标识码|ICP备|公网安备|版权所有|主办单位[:：]|"
    r"承办单位[:：]|技术支持[:：]|打印本页|关闭窗口|分享到[:：]?|【字体|字号[:：]\s*[大中小]"
)
# The article's info bar (来源/发布时间) shares its line with counters and font switches.
INFO_BAR = re.compile(r"(发布|成文|印发|更新)?(时间|日期)\s*[:：]\s*\d{4}")
INFO_BAR_FURNITURE = re.compile(
    r"浏览(次数|量)|点击(数|量|率)|阅读(次数|量)|【?\s*字[体号]\s*[:：]|【\s*打印|分享到"
)
CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
SPACES = re.compile(r"[ \t\r\n\f\v]+")


def read_html(path: Path, data: bytes) -> Document:
    """Paragraphs (one per line of rendered text) and tables of a web page, in page order."""
    text, notes = decode_html(data, str(path))
    text = XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise DubanError(f"{path}：网页内容无法解析（{exc}）") from exc
    body = root.find("body")
    page = _PageWriter(str(path), total_text=len((body if body is not None else root).text_content()))
    page.walk(body if body is not None else root)
    page.flush()
    return Document(source=str(path), format="html", blocks=tuple(page.blocks), warnings=tuple(notes))


def decode_html(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode with the declared charset when it decodes cleanly, else detect as for plain text
    (with the warnings of a text decoded around stray bytes)."""
    match = META_CHARSET.search(data[:8192])
    if match:
        declared = match.group(1).decode("ascii").lower()
        encoding = CHARSET_SUPERSETS.get(declared, declared)
        try:
            return data.decode(encoding), []
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_with_notes(data, source)


def _words(element: etree._Element) -> set[str]:
    value = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return set(CLASS_SPLIT.split(value)) - {""} if value.strip() else set()


class _PageWriter:
    """Walks the tree in order, collecting lines into Paragraphs and tables into Tables."""

    def __init__(self, source: str, total_text: int) -> None:
        self.source = source
        self.total_text = max(total_text, 1)
        self.blocks: list[Block] = []
        self.line: list[str] = []
        self.line_number = 0
        self.table_count = 0

    def walk(self, element: etree._Element, *, in_article: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or self._is_chrome(element, tag, in_article):
            return
        in_article = in_article or tag in ("article", "main")
        if tag == "table" and self._emit_table(element):
            return
        if tag == "br":
            self.flush()
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
        self._add(element.text, pre=tag == "pre")
        for child in element:
            self.walk(child, in_article=in_article)
            self._add(child.tail, pre=tag == "pre")
        if block:
            self.flush()

    def _is_chrome(self, element: etree._Element, tag: str, in_article: bool) -> bool:
        if tag in DROPPED_TAGS:
            return True
        words = _words(element)
        is_chrome = tag in ("header", "footer") and not in_article
        is_chrome = is_chrome or bool(words & CHROME_WORDS and not words & CONTENT_WORDS)
        # A "header" that wraps most of the page is a layout wrapper, not chrome.
        return is_chrome and len(element.text_content()) < 0.4 * self.total_text

    def _add(self, text: str | None, *, pre: bool = False) -> None:
        if not text:
            return
        if pre:
            lines = text.split("\n")
            for line in lines[:-1]:
                self.line.append(line)
                self.flush()
            self.line.append(lines[-1])
        else:
            self.line.append(SPACES.sub(" ", text))

    def flush(self) -> None:
        text = "".join(self.line).replace("\xa0", " ").strip()
        self.line = []
        if INFO_BAR.search(text) and (furniture := INFO_BAR_FURNITURE.search(text)):
            # 来源：… 发布时间：2025-07-18 浏览次数：126 【字体：大 中 小】: keep source and date
            text = text[: furniture.start()].strip()
        if text and not (len(text) < 200 and CHROME_LINES.search(text)):
            self.line_number += 1
            self.blocks.append(Paragraph(text=text, line=self.line_number))

    def _emit_table(self, element: etree._Element) -> bool:
        """Emit a data table; return False for a layout table, to be walked as a container."""
        if element.xpath(".//table"):
            return False
        rows = []
        for tr in element.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
            rows.append([
                (_cell_text(cell, self.source), _span(cell, "rowspan"), _span(cell, "colspan"))
                for cell in tr.xpath("./td | ./th")
            ])  # fmt: skip
        grid, copies = expand_spans(rows, source=self.source, place=f"第{self.table_count + 1}个表格")
        self.flush()
        for caption in element.xpath("./caption"):
            self._add(caption.text_content())
            self.flush()
        if max((len(row) for row in grid), default=0) <= 1:
            # A one-column table is page layout: its cells are paragraphs.
            for row in grid:
                for line in (row[0] if row else "").split("\n"):
                    self._add(line)
                    self.flush()
            return True
        table = table_from_grid(grid, copies, index=self.table_count + 1, source=self.source)
        if table is not None:
            self.table_count += 1
            self.blocks.append(table)
        return True


def _span(cell: etree._Element, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    # Seven digits already exceed MAX_SPAN; more would only make int() slow or refuse the string.
    digits = re.match(r"\d{1,7}", value)
    return min(int(digits.group()), MAX_SPAN) if digits else 1


def _cell_text(cell: etree._Element, source: str) -> str:
    writer = _PageWriter(source, total_text=len(cell.text_content()))
    writer._add(cell.text)
    for child in cell:
        writer.walk(child)
        writer._add(child.tail)
    writer.flush()
    return "\n".join(block.text for block in writer.blocks if isinstance(block, Paragraph))
