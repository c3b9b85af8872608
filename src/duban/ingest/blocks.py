"""The block model every reader produces: paragraphs and tables of cells, in document order."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One line of text (a .txt line, a Word paragraph, a PDF text line), leading whitespace kept.

    `line` is the 1-based position in the source: the line number of a text file, the paragraph
    number of a Word document, the line number within the extracted text of a PDF or HTML page.
    """

    text: str
    line: int
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A rectangular grid of cell texts.

    A merged cell's text is repeated in every grid position it covers; `merged` holds the
    positions (row, col) that received a copy rather than the original text, so a recogniser can
    tell a carried-down group cell from a repeated value.
    """

    rows: tuple[tuple[str, ...], ...]
    index: int
    sheet: str | None = None
    page: int | None = None
    merged: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    def where(self, row: int, col: int | None = None) -> str:
        """A Chinese position for messages: 工作表“…”/表N 第r行(第c列), 1-based."""
        place = f"工作表“{self.sheet}”" if self.sheet else f"表{self.index}"
        cell = f"第{row + 1}行" + (f"第{col + 1}列" if col is not None else "")
        return place + cell


Block = Paragraph | Table


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader returns: the file it read, its format and its blocks in order."""

    source: str
    format: str
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
