"""Word (.docx) reader: body paragraphs and tables in document order, merged cells carried.

A merged cell is one <w:tc> element covering several grid positions (gridSpan across, vMerge
down); every position it covers gets its text and all but the first are recorded in
`Table.merged`. A one-cell table used as a frame is unwrapped into its content; other nested
tables are flattened into their cell's lines. Numbers of Word's automatic numbering are written
before the paragraphs they number, as Word shows them (see `numbering`).

The package (content types, relationships, styles, numbering) is opened by python-docx, with the
same checks and errors as `docx.Document`, but the body (word/document.xml, nearly all of a large
document) is read as a stream: each body paragraph and each row of a body table is turned into
text as soon as it has been parsed, then dropped, so memory follows the text, not the XML, and a
document past the character limit is refused as soon as it gets there. The text is the text
python-docx gives (`Paragraph.text`: runs and hyperlinks, tabs, breaks). The stream is parsed
with the standard library's expat, whose elements cost far less to walk than lxml's; a body that
expat cannot parse, that declares a DTD (expat would expand its entities, python-docx does not)
or that nests deeper than libxml2 allows is read with libxml2 as python-docx reads it, so it
fails (or not) exactly as it did.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError, XMLPullParser

import docx  # noqa: F401  (registers python-docx's part classes with PartFactory)
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.package import Unmarshaller
from docx.opc.packuri import PACKAGE_URI, PackURI
from docx.opc.part import Part, PartFactory
from docx.opc.phys_pkg import PhysPkgReader
from docx.opc.pkgreader import PackageReader, _ContentTypeMap
from docx.oxml.exceptions import InvalidXmlError
from docx.oxml.ns import qn
from docx.oxml.parser import oxml_parser
from docx.oxml.simpletypes import ST_DecimalNumber
from docx.package import Package
from lxml import etree

from duban.errors import DubanError
from duban.ingest.blocks import Block, Document, Paragraph
from duban.ingest.readers.grid import table_from_grid
from duban.ingest.readers.limits import (
    MAX_SPAN,
    MAX_TABLE_COLUMNS,
    MAX_TABLE_ROWS,
    refuse_characters_so_far,
    refuse_span,
    refuse_table,
)
from duban.ingest.readers.numbering import ListNumbering

DOCUMENT, BODY, P, TBL, TR, TC, SDT, SDT_CONTENT = (
    qn(tag) for tag in ("w:document", "w:body", "w:p", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent")
)
R, HYPERLINK, T, TAB, PTAB, BR, CR, NO_BREAK_HYPHEN = (
    qn(tag) for tag in ("w:r", "w:hyperlink", "w:t", "w:tab", "w:ptab", "w:br", "w:cr", "w:noBreakHyphen")
)
TC_PR, TR_PR, GRID_SPAN, GRID_BEFORE, V_MERGE, VAL, TYPE = (
    qn(tag) for tag in ("w:tcPr", "w:trPr", "w:gridSpan", "w:gridBefore", "w:vMerge", "w:val", "w:type")
)
# What each run child contributes to python-docx's `Run.text` (a w:br only when it is a line break).
RUN_TEXT = {TAB: "\t", PTAB: "\t", CR: "\n", NO_BREAK_HYPHEN: "-"}
# python-docx's parser options: the text read must be the text python-docx would give.
PARSER_OPTIONS = {"remove_blank_text": True, "resolve_entities": False}
# libxml2 refuses documents nested deeper than this (without its "huge" option).
MAX_DEPTH = 256
CHUNK = 1 << 16

# The helpers below take an lxml element or an xml.etree one alike.
Element = etree._Element


def read_docx(path: Path) -> Document:
    """Paragraphs (one per Word paragraph, numbered in body order) and tables of a .docx."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            part = _open_package(path)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise DubanError(f"{path}：Word 文档已损坏或格式不正确，无法打开（{exc}）") from exc
    try:
        with zipfile.ZipFile(path) as archive:
            member = part.partname.membername
            try:
                with archive.open(member) as stream:
                    body = _BodyWriter(str(path), ListNumbering.of(part))
                    body.stream(_expat_events(stream), check_depth=True)
            except (ParseError, _ForLibxml2):
                with archive.open(member) as stream:
                    body = _BodyWriter(str(path), ListNumbering.of(part))
                    body.stream(_libxml2_events(stream), check_depth=False)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        # python-docx reads and parses the whole body when it opens the file: say what it said.
        raise DubanError(f"{path}：Word 文档已损坏或格式不正确，无法打开（{exc}）") from exc
    return Document(source=str(path), format="docx", blocks=tuple(body.blocks))


def _expat_events(stream: IO[bytes]) -> Iterator[tuple[str, Element]]:
    """Start and end events of document.xml, parsed by expat; a body with a DTD (whose entities
    expat would expand) or not in UTF-8 is left to libxml2."""
    chunk = stream.read(CHUNK)
    if b"<!DOCTYPE" in chunk or chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in chunk[:64]:
        raise _ForLibxml2
    parser = XMLPullParser(events=("start", "end"))
    while chunk:
        parser.feed(chunk)
        yield from parser.read_events()
        chunk = stream.read(CHUNK)
    parser.close()
    yield from parser.read_events()


def _libxml2_events(stream: IO[bytes]) -> Iterator[tuple[str, Element]]:
    """Start and end events of document.xml, parsed by libxml2 as python-docx parses it; its
    errors read as python-docx's (which names the source "<string>": it parses the bytes)."""
    parser = etree.XMLPullParser(events=("start", "end"), base_url="<string>", **PARSER_OPTIONS)
    while chunk := stream.read(CHUNK):
        parser.feed(chunk)
        yield from parser.read_events()
    parser.close()
    yield from parser.read_events()


class _ForLibxml2(Exception):
    """The body is one expat would not read as libxml2 does: read it with libxml2."""


class _ZipWithoutBody:
    """python-docx's zip reader, except that it hands over the body part empty: the body is
    streamed afterwards instead of being held whole, twice (its bytes and its element tree)."""

    def __init__(self, reader: PhysPkgReader, body: PackURI | None) -> None:
        self.reader = reader
        self.body = body
        self.content_types_xml = reader.content_types_xml

    def blob_for(self, pack_uri: PackURI) -> bytes:
        return b"" if pack_uri == self.body else self.reader.blob_for(pack_uri)

    def rels_xml_for(self, source_uri: PackURI) -> bytes | None:
        return self.reader.rels_xml_for(source_uri)


def _open_package(path: Path) -> Part:
    """The main document part of the package, opened as `docx.Document` opens it (same checks,
    same errors), with its relationships (numbering, styles) but without parsing its XML."""
    reader = PhysPkgReader(str(path))
    try:
        content_types = _ContentTypeMap.from_xml(reader.content_types_xml)
        package_rels = PackageReader._srels_for(reader, PACKAGE_URI)
        mains = [rel for rel in package_rels if rel.reltype == RT.OFFICE_DOCUMENT and not rel.is_external]
        body = mains[0].target_partname if len(mains) == 1 else None
        parts = PackageReader._load_serialized_parts(
            _ZipWithoutBody(reader, body), package_rels, content_types
        )
    finally:
        reader.close()

    def part_factory(
        partname: PackURI, content_type: str, reltype: str, blob: bytes, package: Package
    ) -> Part:
        if partname == body:
            return Part(partname, content_type, package=package)
        return PartFactory(partname, content_type, reltype, blob, package)

    package = Package()
    Unmarshaller.unmarshal(PackageReader(content_types, package_rels, parts), package, part_factory)
    part = package.main_document_part
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"file '{path}' is not a Word file, content type is '{part.content_type}'")
    return part


def _decimal(element: Element) -> int:
    """python-docx's CT_DecimalNumber.val: the required w:val attribute as an int."""
    value = element.get(VAL)
    if value is None:
        raise InvalidXmlError(f"required 'w:val' attribute not present on element {element.tag}")
    return ST_DecimalNumber.from_xml(value)


def _children(element: Element, tag: str) -> Iterator[Element]:
    return (child for child in element if child.tag == tag)


def _grid_before(tr: Element) -> int:
    properties = tr.find(TR_PR)
    before = properties.find(GRID_BEFORE) if properties is not None else None
    return 0 if before is None else _decimal(before)


def _span_and_merge(tc: Element) -> tuple[int, bool]:
    """python-docx's `tc.grid_span` (./w:tcPr/w:gridSpan/@w:val, 1 without) and whether
    `tc.vMerge == "continue"` (a bare <w:vMerge/> continues)."""
    properties = tc.find(TC_PR)
    if properties is None:
        return 1, False
    span = properties.find(GRID_SPAN)
    merge = properties.find(V_MERGE)
    return (
        1 if span is None else _decimal(span),
        merge is not None and merge.get(VAL, "continue") == "continue",
    )


def _paragraph_text(p: Element) -> str:
    """python-docx's `Paragraph.text`: the text, tabs and line breaks of its runs and of the runs
    of its hyperlinks, in order."""
    parts: list[str] = []
    for child in p:
        tag = child.tag
        if tag == R:
            runs: tuple[Element, ...] | Iterator[Element] = (child,)
        elif tag == HYPERLINK:
            runs = _children(child, R)
        else:
            continue
        for run in runs:
            for item in run:
                tag = item.tag
                if tag == T:
                    parts.append(item.text or "")
                elif tag == BR:
                    if item.get(TYPE, "textWrapping") == "textWrapping":
                        parts.append("\n")
                elif tag in RUN_TEXT:
                    parts.append(RUN_TEXT[tag])
    return "".join(parts)


class _Cell:
    """One <w:tc> laid into the grid: every position it covers (and, through vMerge, the
    positions of the cells continuing it below) refers to the same _Cell."""

    __slots__ = ("tc", "text")

    def __init__(self, tc: Element) -> None:
        self.tc: Element | None = tc
        self.text: str | None = None


class _TableGrid:
    """One table being laid out row by row: the cell texts, the positions holding copies of a
    merged cell's text, and the cells of the row above (for vMerge)."""

    def __init__(self, writer: _BodyWriter) -> None:
        self.writer = writer
        self.place = f"第{writer.tables + 1}个表格"
        self.grid: list[list[str]] = []
        self.copies: set[tuple[int, int]] = set()
        self.above: list[_Cell | None] = []

    def add_row(self, tr: Element) -> None:
        r = len(self.grid)
        before, cells = self.writer.check_widths(tr, self.place, r + 1)
        above = self.above
        row_owner: list[_Cell | None] = [None] * before
        for tc, span, continues in cells:
            cell = _Cell(tc)
            if continues and r > 0:
                for _ in range(span):
                    col = len(row_owner)
                    row_owner.append(above[col] or cell if col < len(above) else cell)
            else:
                row_owner.extend([cell] * span)
        grid_row = []
        for col, owner in enumerate(row_owner):
            if owner is None:
                grid_row.append("")
                continue
            if owner.text is None:
                owner.text = self.writer.cell_text(owner.tc)
                owner.tc = None
            grid_row.append(owner.text)
            left = col > 0 and row_owner[col - 1] is owner
            if left or (r > 0 and col < len(above) and above[col] is owner):
                self.copies.add((r, col))
        self.grid.append(grid_row)
        self.above = row_owner

    def finish(self) -> None:
        table = table_from_grid(
            self.grid, self.copies, index=self.writer.tables + 1, source=self.writer.source
        )
        if table is not None:
            self.writer.tables += 1
            self.writer.add(table)


class _StreamedTable:
    """A body table read row by row as its rows are parsed. Rows are kept only while the table
    may still be a one-cell frame (whose content is then read as body content); past the row
    limit they are only counted, for the refusal. `drop` frees a row once read."""

    def __init__(self, writer: _BodyWriter, element: Element, drop: Callable[[Element], None]) -> None:
        self.writer = writer
        self.element = element
        self.drop = drop
        self.laid: _TableGrid | None = None
        self.held: list[Element] = []
        self.held_cells = 0
        self.rows = 0

    def add_row(self, tr: Element) -> None:
        self.rows += 1
        if self.rows > MAX_TABLE_ROWS:
            if self.laid is None:
                self.held_cells += sum(1 for _ in _children(tr, TC))
            self.drop(tr)
        elif self.laid is not None:
            self.laid.add_row(tr)
            self.drop(tr)
        else:
            self.held.append(tr)
            self.held_cells += sum(1 for _ in _children(tr, TC))
            if self.held_cells > 1:
                self.laid = _TableGrid(self.writer)
                for row in self.held:
                    self.laid.add_row(row)
                self.held = []
                self.drop(tr)

    def finish(self) -> None:
        writer = self.writer
        if self.laid is None and self.held_cells == 1:
            # A single-cell table is a frame around content, not a table of tasks.
            writer.walk(next(tc for tr in self.held for tc in _children(tr, TC)))
            return
        laid = self.laid or _TableGrid(writer)
        refuse_table(writer.source, laid.place, rows=self.rows)
        for row in self.held:
            laid.add_row(row)
        laid.finish()


class _BodyWriter:
    def __init__(self, source: str, numbering: ListNumbering) -> None:
        self.source = source
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.characters = 0

    def add(self, block: Block) -> None:
        """Keep a block, refusing the document as soon as its text passes the character limit."""
        if isinstance(block, Paragraph):
            self.characters += len(block.text)
        else:
            self.characters += sum(len(text) for row in block.rows for text in row)
        refuse_characters_so_far(self.source, self.characters)
        self.blocks.append(block)

    def stream(self, events: Iterator[tuple[str, Element]], *, check_depth: bool) -> None:
        """Read the body from document.xml's parse events (start and end of every element) as
        `walk` reads it from a tree: each body paragraph and each row of a body table is read at
        its end, then dropped."""
        # The elements opened and not yet closed, from the root down; the body is python-docx's:
        # the first <w:body> of a <w:document> root.
        opened: list[Element] = []
        body: Element | None = None
        table: _StreamedTable | None = None
        root_tag = None

        def drop_row(tr: Element) -> None:
            del opened[-1][:]

        for event, element in events:
            if event == "start":
                opened.append(element)
                depth = len(opened)
                if depth == 1:
                    root_tag = element.tag
                elif depth == 2 and body is None and root_tag == DOCUMENT and element.tag == BODY:
                    body = element
                elif check_depth and depth >= MAX_DEPTH:
                    raise _ForLibxml2
                continue
            opened.pop()
            tag = element.tag
            if tag == P:
                if self.in_body(opened, body):
                    self.paragraphs += 1
                    self.add(Paragraph(text=self.text(element), line=self.paragraphs))
                    del opened[-1][:]
            elif tag == TR and opened:
                if table is not None and opened[-1] is table.element:
                    table.add_row(element)
                elif opened[-1].tag == TBL and self.in_body(opened[:-1], body):
                    table = _StreamedTable(self, opened[-1], drop_row)
                    table.add_row(element)
            elif tag == TBL:
                if table is not None and element is table.element:
                    table.finish()
                    table = None
                    del opened[-1][:]
                elif self.in_body(opened, body):
                    # A body table without rows of its own.
                    self.table(element)
                    del opened[-1][:]
        if body is None:
            # No <w:body> (or another root than <w:document>): fail as python-docx's view of it does.
            self.walk(oxml_parser.makeelement(root_tag).body)

    def in_body(self, opened: list[Element], body: Element | None) -> bool:
        """Whether the last of the open elements `opened` holds body content as `walk` sees it:
        the body, or the content of a content control (w:sdt) that is itself body content."""
        at = len(opened) - 1
        while at >= 0 and opened[at] is not body:
            if at < 2 or opened[at].tag != SDT_CONTENT or opened[at - 1].tag != SDT:
                return False
            at -= 2
        return at >= 0 and body is not None

    def walk(self, container: Element) -> None:
        for child in container:
            if child.tag == P:
                self.paragraphs += 1
                self.add(Paragraph(text=self.text(child), line=self.paragraphs))
            elif child.tag == TBL:
                self.table(child)
            elif child.tag == SDT:
                for content in _children(child, SDT_CONTENT):
                    self.walk(content)

    def text(self, p: Element) -> str:
        """The paragraph's text after the number Word's automatic numbering shows before it."""
        return self.numbering.label(p) + _paragraph_text(p)

    def table(self, tbl: Element) -> None:
        rows = tbl.findall(TR)
        tcs = [tc for tr in rows for tc in _children(tr, TC)]
        if len(tcs) == 1:
            # A single-cell table is a frame around content, not a table of tasks.
            self.walk(tcs[0])
            return
        laid = _TableGrid(self)
        refuse_table(self.source, laid.place, rows=len(rows))
        for tr in rows:
            laid.add_row(tr)
        laid.finish()

    def check_widths(self, tr: Element, table: str, row: int) -> tuple[int, list[tuple[Element, int, bool]]]:
        """Refuse row `row` of `table` if its gridBefore/gridSpan values would lay it out
        absurdly wide, before laying it out; else its gridBefore and its cells with their
        gridSpan and vMerge."""
        before = _grid_before(tr)
        if before > MAX_SPAN:
            refuse_span(self.source, f"{table}第{row}行", "前置空列数（gridBefore）", before)
        width = before
        cells = []
        for tc in _children(tr, TC):
            span, continues = _span_and_merge(tc)
            if span > MAX_SPAN:
                refuse_span(self.source, f"{table}第{row}行", "单元格跨列数（gridSpan）", span)
            width += span
            cells.append((tc, span, continues))
        if width > MAX_TABLE_COLUMNS:
            refuse_table(self.source, f"{table}第{row}行", columns=width)
        return before, cells

    def cell_text(self, tc: Element) -> str:
        """The cell's paragraphs as lines; a nested table contributes one line per row."""
        lines: list[str] = []
        for child in tc:
            if child.tag == P:
                lines.append(self.text(child))
            elif child.tag == TBL:
                for tr in _children(child, TR):
                    cells: list[str] = []
                    for inner in _children(tr, TC):
                        text = " ".join(
                            line.strip() for line in self.cell_text(inner).split("\n") if line.strip()
                        )
                        if text and (not cells or cells[-1] != text):
                            cells.append(text)
                    lines.append(" ".join(cells))
        return "\n".join(lines)


__all__ = ["read_docx"]
