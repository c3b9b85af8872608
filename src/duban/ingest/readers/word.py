"""Word (.docx) reader: body paragraphs and tables in document order, merged cells carried.

A merged cell is one <w:tc> element covering several grid positions (gridSpan across, vMerge
down); every position it covers gets its text and all but the first are recorded in
`Table.merged`. A one-cell table used as a frame is unwrapped into its content; other nested
tables are flattened into their cell's lines. Numbers of Word's automatic numbering are written
before the paragraphs they number, as Word shows them (see `numbering`).
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl, CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from duban.errors import DubanError
from duban.ingest.blocks import Block, Document, Paragraph
from duban.ingest.readers.grid import table_from_grid
from duban.ingest.readers.limits import MAX_TABLE_COLUMNS, refuse_span, refuse_table
from duban.ingest.readers.numbering import ListNumbering

P, TBL, TR, TC, SDT, SDT_CONTENT = (
    qn(tag) for tag in ("w:p", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent")
)


def read_docx(path: Path) -> Document:
    """Paragraphs (one per Word paragraph, numbered in body order) and tables of a .docx."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            word = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise DubanError(f"{path}：Word 文档已损坏或格式不正确，无法打开（{exc}）") from exc
    body = _BodyWriter(str(path), word.part, ListNumbering.of(word.part))
    body.walk(word.element.body)
    return Document(source=str(path), format="docx", blocks=tuple(body.blocks))


class _BodyWriter:
    def __init__(self, source: str, part: object, numbering: ListNumbering) -> None:
        self.source = source
        self.part = part
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0

    def walk(self, container: etree._Element) -> None:
        for child in container:
            if child.tag == P:
                self.paragraphs += 1
                self.blocks.append(Paragraph(text=self.text(child), line=self.paragraphs))
            elif child.tag == TBL:
                self.table(child)
            elif child.tag == SDT:
                for content in child.iterchildren(SDT_CONTENT):
                    self.walk(content)

    def text(self, p: CT_P) -> str:
        """The paragraph's text after the number Word's automatic numbering shows before it."""
        return self.numbering.label(p) + DocxParagraph(p, self.part).text

    def table(self, tbl: CT_Tbl) -> None:
        rows = tbl.findall(TR)
        tcs = [tc for tr in rows for tc in tr.iterchildren(TC)]
        if len(tcs) == 1:
            # A single-cell table is a frame around content, not a table of tasks.
            self.walk(tcs[0])
            return
        grid: list[list[str]] = []
        copies: set[tuple[int, int]] = set()
        owners: list[list[CT_Tc | None]] = []
        texts: dict[int, str] = {}
        place = f"第{self.tables + 1}个表格"
        refuse_table(self.source, place, rows=len(rows))
        for r, tr in enumerate(rows):
            self.check_widths(tr, f"{place}第{r + 1}行")
            row_owner: list[CT_Tc | None] = [None] * tr.grid_before
            for tc in tr.iterchildren(TC):
                for _ in range(tc.grid_span):
                    col = len(row_owner)
                    owner = tc
                    if tc.vMerge == "continue" and r > 0 and col < len(owners[r - 1]):
                        above = owners[r - 1][col]
                        owner = above if above is not None else tc
                    row_owner.append(owner)
            owners.append(row_owner)
            grid_row = []
            for col, owner in enumerate(row_owner):
                if owner is None:
                    grid_row.append("")
                    continue
                key = id(owner)
                if key not in texts:
                    texts[key] = self.cell_text(owner)
                grid_row.append(texts[key])
                left = col > 0 and row_owner[col - 1] is owner
                above = r > 0 and col < len(owners[r - 1]) and owners[r - 1][col] is owner
                if left or above:
                    copies.add((r, col))
            grid.append(grid_row)
        table = table_from_grid(grid, copies, index=self.tables + 1, source=self.source)
        if table is not None:
            self.tables += 1
            self.blocks.append(table)

    def check_widths(self, tr: etree._Element, place: str) -> None:
        """Refuse a row whose gridBefore/gridSpan values would lay it out absurdly wide, before laying it out."""
        refuse_span(self.source, place, "前置空列数（gridBefore）", tr.grid_before)
        width = tr.grid_before
        for tc in tr.iterchildren(TC):
            refuse_span(self.source, place, "单元格跨列数（gridSpan）", tc.grid_span)
            width += tc.grid_span
        if width > MAX_TABLE_COLUMNS:
            refuse_table(self.source, place, columns=width)

    def cell_text(self, tc: CT_Tc) -> str:
        """The cell's paragraphs as lines; a nested table contributes one line per row."""
        lines: list[str] = []
        for child in tc.iterchildren(P, TBL):
            if child.tag == P:
                lines.append(self.text(child))
                continue
            for tr in child.iterchildren(TR):
                cells: list[str] = []
                for inner in tr.iterchildren(TC):
                    text = " ".join(
                        line.strip() for line in self.cell_text(inner).split("\n") if line.strip()
                    )
                    if text and (not cells or cells[-1] != text):
                        cells.append(text)
                lines.append(" ".join(cells))
        return "\n".join(lines)
