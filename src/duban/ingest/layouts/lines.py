"""The lines of a document as the layouts read them: page furniture dropped, run-on items split,
tables rendered with `|` turned into the tab form flattened tables have.

Copies of web pages print tables as `a | b | c |` (a row per line) or `cell |` (a cell per line, a
lone `|` for an empty cell); PDF and Word copies put page numbers (— 3 —) between rows; pages
reposted from a PDF run a whole list into one line (1.…。(省商务厅负责) 2.…). The paragraphs that
come out keep the line numbers of the text as found.
"""

from __future__ import annotations

import re

from duban.ingest.blocks import Paragraph

# A line that is only a page number: — 3 —, - 12 -, 第3页, 第 3 页 共 9 页, 3/9.
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,3}\s*/\s*\d{1,3})\s*$"
)
_PIPES = "|｜"
# Where an item starts inside a run-on line: after the end of a sentence or of a closing group.
_ITEM_START = re.compile(
    r"(?<=[。；;）)])\s*(?=(?:\d{1,3}[.．、](?![\d.．])|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）]"
    r"|[一二三四五六七八九十]{1,3}、)\s*\S)"
)
# A heading run into the line after a space: 信心 (一)全面促进… / 通知 一、加快…
_SPACED_HEADING = re.compile(
    r"(?<=\S)\s+(?=(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\S)"
)
_ITEM_AT_START = re.compile(
    r"^\s*(?:\d{1,3}[.．、](?![\d.．])|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）])\s*\S"
)
_RUN_ON = 160
# 一是…。二是…: the points of a paragraph, after the end of a sentence or of its opening words
_POINT_START = re.compile(r"(?<=[。；;：:])\s*(?=[一二三四五六七八九十]{1,3}是\S)")
# A line after a table row holding this many `|` is a row too, closed or not.
_OPEN_ROW_PIPES = 3  # a line this long holding several items is a list run together


def normalise(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with page numbers dropped, run-on lists split and `|` tables in tab form."""
    lines: list[Paragraph] = []
    for paragraph in paragraphs:
        if PAGE_NUMBER.match(paragraph.text):
            continue
        lines.extend(split_run_on(paragraph))
    return _pipes_to_tabs(lines)


def split_run_on(paragraph: Paragraph, *, eager: bool = False, points: bool = False) -> list[Paragraph]:
    """A line holding several items cut where each begins; `eager` cuts a short line as well, `points`
    at 一是…二是… too (a list of items run into one paragraph, read where no other task was found:
    elsewhere such points are one cell's progress)."""
    text = paragraph.text
    if "\t" in text or any(p in text for p in _PIPES):
        return [paragraph]
    starts = {m.start() for m in _ITEM_START.finditer(text)}
    if points:
        starts |= {m.start() for m in _POINT_START.finditer(text)}
    cuts = sorted(starts | {m.end() for m in _SPACED_HEADING.finditer(text)})
    cuts = [c for c in cuts if 0 < c < len(text)]
    # an item followed by the next on its line, or a long line holding several
    short = len(text) < _RUN_ON and not eager
    if not cuts or ((short or len(cuts) < 2) and not _ITEM_AT_START.match(text)):
        return [paragraph]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [Paragraph(piece.strip(), paragraph.line, paragraph.page) for piece in pieces if piece.strip()]


def _segments(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"[|｜]", text)]


def _pipes_to_tabs(lines: list[Paragraph]) -> list[Paragraph]:
    out: list[Paragraph] = []
    pending: list[Paragraph] = []  # lines of a cell whose closing `|` has not come yet
    in_cells = False
    previous_row = False
    for paragraph in lines:
        stripped = paragraph.text.strip()
        open_row = not stripped.endswith(tuple(_PIPES))
        if previous_row and open_row and sum(stripped.count(p) for p in _PIPES) >= _OPEN_ROW_PIPES:
            stripped += (
                " |"  # a row whose closing `|` is missing (the last cell empty, or the page cut short)
            )
        previous_row = previous_row and stripped in ("", *_PIPES)  # empty cells between rows
        if not stripped or not stripped.endswith(tuple(_PIPES)):
            if in_cells and stripped:
                pending.append(paragraph)
                if len(pending) > 12:  # no `|` for long: the table has ended
                    out.extend(pending)
                    pending, in_cells = [], False
            else:
                out.extend(pending)
                pending = []
                out.append(paragraph)
            continue
        segments = _segments(stripped)[:-1]  # the last `|` closes the row or the cell
        if segments and not segments[0] and len(segments) > 1:
            segments = segments[1:]  # | a | b |
        filled = [s for s in segments if s]
        if len(segments) >= 3 or len(filled) >= 2:
            out.extend(pending)
            pending, in_cells = [], False
            out.append(Paragraph("\t".join(segments), paragraph.line, paragraph.page))
            previous_row = True
            continue
        in_cells = True
        first = True
        for line in pending:
            out.append(Paragraph(("\t" if first else "") + line.text.strip(), line.line, line.page))
            first = False
        pending = []
        if filled:
            out.append(Paragraph(("\t" if first else "") + filled[0], paragraph.line, paragraph.page))
        else:
            out.extend(Paragraph("\t", paragraph.line, paragraph.page) for _ in segments or [""])
    out.extend(pending)
    return out
