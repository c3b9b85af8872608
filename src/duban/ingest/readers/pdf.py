"""PDF reader (text PDFs): ruled tables as Tables, other text as one Paragraph per line.

Cell text is rebuilt from the characters inside each cell: a line that runs to the cell's right
edge wrapped visually and is joined to the next, a line that stops short ended a paragraph (a
unit name, a leader). Cells spanning several rows or columns are filled into every position they
cover. A table continued on the next page is joined to its first part, so a plan table is one
Table however many pages it runs over. A PDF without any text layer is refused: it needs OCR.

pdfminer (under pdfplumber) reads about 10,000 characters a second, far slower than the other
formats, and its layout of the characters is what the lines and cells are built from; so rather
than read a very large PDF for minutes, its text layer is first counted with pdfium (fast) and a
PDF past MAX_PDF_CHARACTERS is refused at once. Each page's objects are released once read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import chars_to_textmap

from duban.errors import DubanError
from duban.ingest.blocks import Block, Document, Paragraph
from duban.ingest.readers.grid import table_from_grid
from duban.ingest.readers.limits import MAX_PDF_CHARACTERS, MAX_PDF_PAGES

# Page furniture printed in the top or bottom margin: "- 3 -", "— 3 —", "第 3 页 共 9 页".
PAGE_NUMBER = re.compile(r"^[-—–\s]*\d+[-—–\s]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$")
MARGIN_SHARE = 0.1
# Cell padding assumed when no line of the cell shows it (Word's default is 0.19 cm ≈ 5.4 pt).
MAX_PADDING = 8.0
ASCII_WORD = re.compile(r"[A-Za-z0-9]")
LATIN_WORD = re.compile(r"[A-Za-z0-9.,%\-]")
# Line-breaking rules of Chinese typesetting (kinsoku, as in JIS X 4051 / W3C clreq).
NOT_LINE_START = set("，。、；：？！”’）》」』】〕〉…%‰·,.;:?!)]}")
NOT_LINE_END = set("“‘（《「『【〔〈([{")
# Unicode line breaking (UAX #14, class QU) never breaks on either side of these quotation marks.
QUOTES = set("“”‘’\"'")


def read_pdf(path: Path) -> Document:
    try:
        with pdfplumber.open(path) as pdf:
            return _read(path, pdf)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise DubanError(f"{path}：PDF 文件已加密（设置了打开密码），请先去除密码再导入") from exc
        raise DubanError(f"{path}：PDF 文件已损坏或格式不正确，无法读取（{cause}）") from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise DubanError(f"{path}：PDF 文件已加密（设置了打开密码），请先去除密码再导入") from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DubanError(f"{path}：PDF 文件已损坏或格式不正确，无法读取（{exc}）") from exc


@dataclass
class _PendingTable:
    grid: list[list[str]]
    copies: set[tuple[int, int]]
    page: int
    last_page: int
    # Columns whose last-row cell spans rows, so may continue on the next page.
    open_spans: set[int] = field(default_factory=set)
    # Columns whose last-row cell ends in a line filled to the edge: text cut by a page break.
    full_ends: set[int] = field(default_factory=set)


def _read(path: Path, pdf: pdfplumber.PDF) -> Document:
    if len(pdf.pages) > MAX_PDF_PAGES:
        raise DubanError(
            f"{path}：PDF 共 {len(pdf.pages):,} 页，超过上限 {MAX_PDF_PAGES:,} 页；请只保留任务表所在的页后再导入"
        )
    if _text_layer_exceeds(path, MAX_PDF_CHARACTERS):
        raise DubanError(
            f"{path}：PDF 的文字层超过 {MAX_PDF_CHARACTERS:,} 个字符（PDF 读取较慢，超过此上限不再读取）；"
            "请只保留任务表所在的页，或改为导入同一文件的 Word/Excel 版本"
        )
    blocks: list[Block] = []
    notes: list[str] = []
    pending: _PendingTable | None = None
    lines_read = 0
    tables_read = 0
    any_text = False

    def close_pending() -> None:
        nonlocal pending, tables_read
        if pending is not None:
            table = table_from_grid(
                pending.grid, pending.copies, index=tables_read + 1, source=str(path), page=pending.page
            )
            if table is not None:
                tables_read += 1
                blocks.append(table)
        pending = None

    for number, page in enumerate(pdf.pages, start=1):
        chars = [char for char in page.chars if char["text"].strip()]
        if not chars:
            page.close()
            notes.append(f"第{number}页没有文字层（可能是扫描页），已跳过")
            continue
        any_text = True
        items = _page_items(page, chars)
        page.close()  # its characters and graphics, cached by pdfplumber, are no longer needed
        for item in items:
            if isinstance(item, _PendingTable):
                if pending is not None and _continues(pending, item):
                    _join(pending, item)
                else:
                    close_pending()
                    pending = item
                continue
            close_pending()
            lines_read += 1
            blocks.append(Paragraph(text=item, line=lines_read, page=number))
    close_pending()
    if not any_text:
        raise DubanError(f"{path}：这是扫描版 PDF（没有文字层），需要先做文字识别（OCR）再导入")
    return Document(source=str(path), format="pdf", blocks=tuple(blocks), warnings=tuple(notes))


def _text_layer_exceeds(path: Path, limit: int) -> bool:
    """Whether the PDF's text layer has more than `limit` non-blank characters, counted with pdfium
    and stopping as soon as it has. pdfium only counts: a file it cannot open or read is left to
    pdfminer, which says what is wrong with it as before."""
    try:
        document = pdfium.PdfDocument(str(path))
    except Exception:
        return False
    try:
        count = 0
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            count += len("".join(text_page.get_text_range().split()))
            text_page.close()
            page.close()
            if count > limit:
                return True
        return False
    except Exception:
        return False
    finally:
        document.close()


def _page_items(page: pdfplumber.page.Page, chars: list[dict]) -> list[_PendingTable | str]:
    """The page's tables and text lines, top to bottom, page numbers in the margins dropped."""
    placed: list[tuple[float, _PendingTable | str]] = []
    boxes = []
    by_middle = sorted(chars, key=_middle_y)
    middles = [_middle_y(char) for char in by_middle]
    for found in page.find_tables():
        boxes.append(found.bbox)
        placed.append((found.bbox[1], _table_grid(found.cells, by_middle, middles, page.page_number)))
    outside = [char for char in chars if not any(_inside(char, box) for box in boxes)]
    if outside:
        for line in chars_to_textmap(outside).extract_text_lines(return_chars=False):
            in_margin = line["top"] < page.height * MARGIN_SHARE or line["bottom"] > page.height * (
                1 - MARGIN_SHARE
            )
            if in_margin and PAGE_NUMBER.match(line["text"].strip()):
                continue
            placed.append((line["top"], line["text"]))
    placed.sort(key=lambda pair: pair[0])
    return [item for _, item in placed]


def _middle_y(char: dict) -> float:
    return (char["top"] + char["bottom"]) / 2


def _inside(char: dict, box: tuple[float, float, float, float]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = _middle_y(char)
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _table_grid(
    cells: list[tuple[float, float, float, float]], chars: list[dict], middles: list[float], page: int
) -> _PendingTable:
    xs = sorted({round(cell[0], 1) for cell in cells})
    tops = sorted({round(cell[1], 1) for cell in cells})
    grid = [[""] * len(xs) for _ in tops]
    copies: set[tuple[int, int]] = set()
    open_spans: set[int] = set()
    full_ends: set[int] = set()
    for x0, top, x1, bottom in cells:
        cols = [c for c, x in enumerate(xs) if x0 - 0.5 <= x < x1 - 0.5]
        rows = [r for r, y in enumerate(tops) if top - 0.5 <= y < bottom - 0.5]
        if not cols or not rows:
            continue
        start, end = bisect.bisect_left(middles, top), bisect.bisect_right(middles, bottom)
        inside = [char for char in chars[start:end] if x0 <= (char["x0"] + char["x1"]) / 2 <= x1]
        text, ends_full = _cell_text(inside, x0, x1)
        if ends_full and rows[-1] == len(tops) - 1:
            full_ends.update(cols)
        for r in rows:
            for c in cols:
                grid[r][c] = text
                if (r, c) != (rows[0], cols[0]):
                    copies.add((r, c))
        if len(rows) > 1 and rows[-1] == len(tops) - 1:
            open_spans.update(cols)
    return _PendingTable(
        grid=grid, copies=copies, page=page, last_page=page, open_spans=open_spans, full_ends=full_ends
    )


def _cell_text(chars: list[dict], left: float, right: float) -> tuple[str, bool]:
    """Lines of a cell; a line is joined to the next when the next line's first unbreakable unit
    would not have fitted after it (the renderer wrapped), else a paragraph ended there.

    Also says whether the last line runs to the cell's edge (its text may go on on the next page).
    """
    if not chars:
        return "", False
    lines = chars_to_textmap(chars).extract_text_lines(return_chars=True)
    padding = min([MAX_PADDING] + [line["x0"] - left for line in lines])
    text = ""
    for i, line in enumerate(lines):
        if i:
            room = right - max(padding, 0) - lines[i - 1]["x1"]
            if room + 0.3 >= _first_unit_width(line["chars"]):
                text += "\n"
            elif ASCII_WORD.match(text[-1:]) and ASCII_WORD.match(line["text"][:1]):
                text += " "
        text += line["text"]
    last = lines[-1]
    return text, right - max(padding, 0) - last["x1"] + 0.3 < last["bottom"] - last["top"]


def _first_unit_width(chars: list[dict]) -> float:
    """Width of what a line breaker keeps together at the start of a line: a Latin word with the
    character after it (100个), quotation marks with both neighbours, opening marks with their
    successor, and the punctuation that may not start a line."""
    visible = [char for char in chars if char["text"].strip()]
    if not visible:
        return 0.0
    glyphs = [char["text"] for char in visible]
    end = 1
    while end < len(glyphs):
        last, following = glyphs[end - 1], glyphs[end]
        latin_last = bool(LATIN_WORD.match(last))
        if not (
            latin_last
            or following in NOT_LINE_START
            or following in QUOTES
            or last in NOT_LINE_END
            or last in QUOTES
        ):
            break
        end += 1
        if latin_last and not LATIN_WORD.match(following):
            break
    return visible[end - 1]["x1"] - visible[0]["x0"]


def _continues(previous: _PendingTable, table: _PendingTable) -> bool:
    """A table at the top of a page with the same columns continues the one ending the last page."""
    return table.page == previous.last_page + 1 and len(table.grid[0]) == len(previous.grid[0])


def _join(previous: _PendingTable, table: _PendingTable) -> None:
    """Append a continuation: drop its repeated header row, carry a merged cell cut by the page
    break over, and glue a row split by the page break back onto its first part."""
    if len(table.grid) > 1 and table.grid[0] == previous.grid[0]:
        _drop_first_row(table)
    last = previous.grid[-1]
    for c, text in enumerate(table.grid[0]):
        cut = c in previous.open_spans or (1, c) in table.copies
        if not last[c] or not cut or (text and c not in previous.full_ends):
            continue
        if text:
            # The merged cell's text itself was cut by the page break: rejoin it everywhere.
            cut_text = last[c]
            whole = cut_text + text
            r = len(previous.grid) - 1
            while r >= 0 and previous.grid[r][c] == cut_text:
                previous.grid[r][c] = whole
                if (r, c) not in previous.copies:
                    break
                r -= 1
        else:
            whole = last[c]
        r = 0
        while r < len(table.grid) and (r == 0 or (r, c) in table.copies):
            table.grid[r][c] = whole
            table.copies.add((r, c))
            r += 1
    number_col = _number_column(previous.grid)
    if number_col is not None and not table.grid[0][number_col] and len(previous.grid) > 1:
        for c, text in enumerate(table.grid[0]):
            if text and (0, c) not in table.copies and text != last[c]:
                glue = "" if c in previous.full_ends else "\n"
                last[c] = f"{last[c]}{glue}{text}" if last[c] else text
        _drop_first_row(table)
    offset = len(previous.grid)
    previous.grid.extend(table.grid)
    previous.copies.update((r + offset, c) for r, c in table.copies)
    previous.open_spans = table.open_spans
    previous.full_ends = table.full_ends
    previous.last_page = table.page


def _drop_first_row(table: _PendingTable) -> None:
    del table.grid[0]
    table.copies = {(r - 1, c) for r, c in table.copies if r > 0}


def _number_column(grid: list[list[str]]) -> int | None:
    """The 序号 column: the leftmost whose cells below the header are mostly plain numbers."""
    body = grid[1:]
    for c in range(len(grid[0]) if grid else 0):
        numbers = sum(1 for row in body if row[c].strip().rstrip(".、").isdigit())
        if body and numbers >= 0.6 * len(body):
            return c
    return None
