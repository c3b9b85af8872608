"""The bounds every reader holds a document to, and the Chinese refusals that name them.

A file of a few kilobytes can declare a cell at XFD1048576, a merged range over a whole sheet or a
Word cell spanning 50,000,000 columns; a reader that trusted those numbers would allocate the grid
they describe. Each dimension a reader takes from the file is checked against a bound here before
anything is built from it. The bounds are far above any real plan or progress table (a district's
plan has a few hundred rows of a dozen columns; Word itself stops at 63 columns, Excel at 16,384).
"""

from __future__ import annotations

from duban.errors import DubanError

# One table (a Word table, a sheet, an HTML table, a PDF table joined across pages).
MAX_TABLE_ROWS = 100_000
MAX_TABLE_COLUMNS = 1_000
MAX_TABLE_CELLS = 2_000_000
# A cell spanning more rows or columns than this (HTML rowspan/colspan, Word gridSpan/gridBefore).
MAX_SPAN = 1_000
# A spreadsheet's cells with a value, and the grid positions its merged ranges cover, over the workbook.
MAX_SHEET_CELLS = 2_000_000
MAX_MERGED_CELLS = 1_000_000
# The sheet extent a value may sit at: Excel's own sheet is 1,048,576 × 16,384, no plan comes near.
MAX_SHEET_ROWS = MAX_TABLE_ROWS
MAX_SHEET_COLUMNS = MAX_TABLE_COLUMNS
# All the text of one document (about 30 MB of Chinese in UTF-8; a long plan has 100,000 characters).
MAX_CHARACTERS = 10_000_000
# PDF pages read (the longest plan PDFs seen have about 100 pages).
MAX_PDF_PAGES = 1_000
# Non-blank characters of a PDF's text layer. pdfminer reads about 10,000 a second (the other formats
# read millions), so a PDF is held to twice the longest plan, about 20 s of reading, well inside the web
# server's 60 s request timeout; it is counted first, with pdfium, in well under a second.
MAX_PDF_CHARACTERS = 200_000


def _count(value: int) -> str:
    return f"{value:,}"


def refuse_table(source: str, place: str, *, rows: int = 0, columns: int = 0, cells: int = 0) -> None:
    """Refuse a table whose rows, columns or grid positions exceed the bounds (`place` names it)."""
    if rows > MAX_TABLE_ROWS:
        raise DubanError(
            f"{source}：{place}有 {_count(rows)} 行，超过上限 {_count(MAX_TABLE_ROWS)} 行，已拒绝读取"
        )
    if columns > MAX_TABLE_COLUMNS:
        raise DubanError(
            f"{source}：{place}宽 {_count(columns)} 列，超过上限 {_count(MAX_TABLE_COLUMNS)} 列，已拒绝读取"
        )
    if cells > MAX_TABLE_CELLS:
        raise DubanError(
            f"{source}：{place}展开后有 {_count(cells)} 个单元格，超过上限 {_count(MAX_TABLE_CELLS)} 个，已拒绝读取"
        )


def refuse_span(source: str, place: str, what: str, value: int) -> None:
    """Refuse a cell that says it spans more than MAX_SPAN rows or columns (`what`: 跨列数, 跨行数…)."""
    if value > MAX_SPAN:
        raise DubanError(
            f"{source}：{place}的{what}为 {_count(value)}，超过上限 {_count(MAX_SPAN)}，疑似恶意文件，已拒绝读取"
        )


def refuse_characters(source: str, characters: int) -> None:
    if characters > MAX_CHARACTERS:
        raise DubanError(
            f"{source}：文档共有 {_count(characters)} 个字符，超过上限 {_count(MAX_CHARACTERS)} 个；"
            "请只保留任务表或拆分文件后再导入"
        )


def refuse_characters_so_far(source: str, characters: int) -> None:
    """Refuse a document as soon as the text read so far passes the limit (its total is not known)."""
    if characters > MAX_CHARACTERS:
        raise DubanError(
            f"{source}：文档的字符数超过上限 {_count(MAX_CHARACTERS)} 个（读到此处已超过，未再继续读取）；"
            "请只保留任务表或拆分文件后再导入"
        )
