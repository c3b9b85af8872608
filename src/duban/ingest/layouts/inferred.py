"""Tables printed without their header row: the columns inferred from what the cells read like.

Pages often carry a progress table whose header was an image or was cut off, leaving rows such as
`1 | 完成27所学校…改造提升 | 县教育局 | 已经安装…空调 | 按时序推进 |`. Rows that open with their
number and hold the same number of cells are read as a table when their columns read as a task
column and a unit, leader or progress column: the first free-text column is the task, unit names
are the lead (then co-operating) units, personal names the leaders, free text after the task the
progress, short stage words the office's verdict, dates the deadline.
"""

from __future__ import annotations

import re
from collections import Counter

from duban.core.stages import detect_stages
from duban.core.unit_split import looks_like_person_names
from duban.ingest.blocks import Paragraph
from duban.ingest.layouts.flat import Header, is_table_header
from duban.ingest.layouts.lexicon import Role
from duban.ingest.layouts.shapes import is_deadline, is_number, is_quantity, is_unit_list

_SEQ = re.compile(r"^\s*(\d{1,3})\s*[、.．]?\s*$")
_MIN_ROWS = 2
_SHARE_NEEDED = 0.6  # the share of a column's filled cells that must read as the role
_VERDICT_LENGTH = 10
_TEXT_LENGTH = 6


def _says_stage(cell: str) -> bool:
    """A short cell stating a stage or a verdict (按时序推进, 已完成, 滞后)."""
    reading = detect_stages(cell)
    return len(cell) <= _VERDICT_LENGTH and any(
        (
            reading.hits,
            reading.progressing,
            reading.lagging,
            reading.completed,
            reading.ahead,
            reading.on_schedule,
        )
    )


def _fields(text: str) -> list[str]:
    fields = [f.strip() for f in text.split("\t")]
    while fields and not fields[-1]:
        fields.pop()
    return fields


def _number(fields: list[str]) -> int | None:
    match = _SEQ.match(fields[0]) if fields else None
    return int(match.group(1)) if match else None


def _rows(lines: list[Paragraph], index: int) -> list[list[str]]:
    """The tab rows from lines[index] numbered 1, 2, 3… (or n, n+1…), lines between them allowed."""
    rows: list[list[str]] = []
    expected: int | None = None
    for paragraph in lines[index:]:
        text = paragraph.text
        if "\t" not in text:
            if text.strip() and not rows:
                break
            continue
        fields = _fields(text)
        number = _number(fields)
        if number is None:
            if not rows:
                break
            continue  # a row carried on, a merged cell, an empty cell
        if expected is not None and number != expected:
            break
        rows.append(fields)
        expected = number + 1
    return rows


def _column_role(cells: list[str], after_text: bool, progress_taken: bool) -> Role:
    filled = [c for c in cells if c]
    if not filled:
        return "other"

    def share(test) -> float:
        return sum(1 for c in filled if test(c)) / len(filled)

    if share(is_unit_list) >= _SHARE_NEEDED:
        return "units"
    if share(lambda c: looks_like_person_names(c) and len(c) <= 12) >= _SHARE_NEEDED:
        return "leaders"
    if share(is_deadline) >= _SHARE_NEEDED:
        return "deadline"
    if share(lambda c: is_number(c) or is_quantity(c)) >= _SHARE_NEEDED:
        return "ratio" if all("%" in c or "％" in c for c in filled) else "other"
    short = share(_says_stage)
    if after_text and short >= _SHARE_NEEDED:
        return "verdict"
    if share(lambda c: len(c) >= _TEXT_LENGTH) >= _SHARE_NEEDED:
        if not after_text:
            return "text"
        return "remarks" if progress_taken else "progress"
    return "other"


def inferred_header(lines: list[Paragraph], index: int) -> Header | None:
    """A header for numbered tab rows starting at lines[index] that print none, or None."""
    rows = _rows(lines, index)
    if len(rows) < _MIN_ROWS:
        return None
    width = Counter(len(row) for row in rows).most_common(1)[0][0]
    if width < 3:
        return None
    roles: list[Role] = ["seq"]
    units_seen = 0
    for column in range(1, width):
        cells = [row[column] if column < len(row) else "" for row in rows]
        role = _column_role(cells, "text" in roles, "progress" in roles)
        if role == "text" and "text" in roles:
            role = "remarks"
        if role == "units":
            role = "lead" if units_seen == 0 else "co"
            units_seen += 1
        roles.append(role)
    if not is_table_header(roles):
        return None
    return Header(index, index, tuple(roles), "tabrow")
