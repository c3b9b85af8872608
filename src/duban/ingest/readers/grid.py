"""Turning a grid of cell texts (with merged-cell copies marked) into a `Table` block.

Every reader that finds tables (Word, Excel, HTML, PDF) ends here, so all formats agree on what a
cell looks like: its lines stripped, blank lines dropped, internal spaces kept; rows and columns
with no original text dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

from duban.ingest.blocks import Table
from duban.ingest.readers.limits import MAX_SPAN, MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, refuse_table


def clean_cell(text: str) -> str:
    """One cell's text: each line stripped, blank lines dropped, lines joined with newlines."""
    if "\n" not in text and "\r" not in text:
        return text.strip()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def table_from_grid(
    grid: Sequence[Sequence[str]],
    copies: set[tuple[int, int]],
    *,
    index: int,
    source: str,
    sheet: str | None = None,
    page: int | None = None,
) -> Table | None:
    """Build a Table, dropping rows and columns without any original (non-copied) text.

    `copies` holds the positions that received a merged cell's text rather than their own; they
    are carried into `Table.merged` with their positions renumbered. Returns None for an empty
    grid; refuses (DubanError naming `source`) a grid beyond the table bounds.
    """
    width = max((len(row) for row in grid), default=0)
    where = f"工作表“{sheet}”" if sheet else f"表{index}"
    refuse_table(source, where, rows=len(grid), columns=width, cells=len(grid) * width)
    cells = [[clean_cell(text) for text in row] + [""] * (width - len(row)) for row in grid]
    keep_rows = [
        r for r, row in enumerate(cells) if any(text and (r, c) not in copies for c, text in enumerate(row))
    ]
    keep_cols = [
        c for c in range(width) if any(cells[r][c] and (r, c) not in copies for r in range(len(cells)))
    ]
    if not keep_rows or not keep_cols:
        return None
    new_row = {old: new for new, old in enumerate(keep_rows)}
    new_col = {old: new for new, old in enumerate(keep_cols)}
    rows = tuple(tuple(cells[r][c] for c in keep_cols) for r in keep_rows)
    merged = frozenset(
        (new_row[r], new_col[c]) for r, c in copies if r in new_row and c in new_col and cells[r][c]
    )
    return Table(rows=rows, index=index, sheet=sheet, page=page, merged=merged)


def expand_spans(
    rows: Sequence[Sequence[tuple[str, int, int]]], *, source: str, place: str
) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """Lay out rows of (text, rowspan, colspan) cells as HTML does, filling each spanned position.

    Spans over MAX_SPAN count as MAX_SPAN (pages write rowspan="100000" by mistake), and a rowspan
    ends at the last row; a table that still lays out wider than MAX_TABLE_COLUMNS or over
    MAX_TABLE_CELLS positions is refused before it is built (DubanError naming `source` and `place`).
    Returns the grid and the positions that hold a copy of a spanning cell's text.
    """
    refuse_table(source, place, rows=len(rows))
    grid: list[list[str | None]] = []
    copies: set[tuple[int, int]] = set()
    positions = 0
    for r, row in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        c = 0
        for text, rowspan, colspan in row:
            while c < len(grid[r]) and grid[r][c] is not None:
                c += 1
            rowspan = max(1, min(rowspan, MAX_SPAN, len(rows) - r))
            colspan = max(1, min(colspan, MAX_SPAN))
            positions += rowspan * colspan
            if c + colspan > MAX_TABLE_COLUMNS or positions > MAX_TABLE_CELLS:
                refuse_table(source, place, columns=c + colspan, cells=positions)
            for dr in range(rowspan):
                while len(grid) <= r + dr:
                    grid.append([])
                target = grid[r + dr]
                if len(target) < c + colspan:
                    target.extend([None] * (c + colspan - len(target)))
                for dc in range(colspan):
                    target[c + dc] = text
                    if dr or dc:
                        copies.add((r + dr, c + dc))
            c += colspan
    return [[text or "" for text in row] for row in grid], copies
