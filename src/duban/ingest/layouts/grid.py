"""Real tables (Word, Excel, HTML, PDF): the header row names the columns, cells are known."""

from __future__ import annotations

import re
from dataclasses import dataclass

from duban.ingest.blocks import Table
from duban.ingest.layouts.flat import classify_header_cell, named_enough, note_periods, resolve_roles
from duban.ingest.layouts.headings import parse_heading
from duban.ingest.layouts.lexicon import Role
from duban.ingest.layouts.rows import Context, fill_columns, seq_cell, strip_number

_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[、.．]?\s*$")


@dataclass(slots=True)
class GridState:
    """Columns of the last table, for a table continued on the next page without its header."""

    roles: tuple[Role, ...] | None = None
    run: int = 0
    last_seq: int = 0


def header_roles(row: tuple[str, ...]) -> tuple[Role, ...] | None:
    """Roles of a header row; a header cell merged over two columns (工作任务 over category and
    task) names the first of them as the category."""
    roles: list[Role] = []
    for cell in row:
        role = classify_header_cell(cell) if cell.strip() else "other"
        roles.append(role or "other")
    named = [r for r in roles if r != "other"]
    if not named_enough(named, len([c for c in row if c.strip()])):
        return None
    for position in range(len(roles) - 1):
        if roles[position] == roles[position + 1] == "text" and row[position] == row[position + 1]:
            roles[position] = "category"
    return resolve_roles(roles)


def _restarts(table: Table, start: int, roles: tuple[Role, ...], state: GridState) -> bool:
    """Whether a table under a header like the last one numbers its rows from 1 again (a second
    sheet, a second attachment) rather than going on after a page break."""
    if "seq" not in roles or state.last_seq == 0:
        return False
    column = roles.index("seq")
    for row in table.rows[start:]:
        if column < len(row) and (match := _NUMBER.match(seq_cell(row[column]))):
            return int(match.group(1)) <= state.last_seq
    return False


def read_grid(table: Table, context: Context, state: GridState) -> str | None:
    """Read one table's rows into drafts; returns the table kind (plan/progress) or None."""
    start = 0
    roles: tuple[Role, ...] | None = None
    for position, row in enumerate(table.rows[:6]):
        roles = header_roles(row)
        if roles is not None:
            start = position + 1
            break
    if roles is None:
        if state.roles is None or not table.rows or len(table.rows[0]) != len(state.roles):
            return None
        roles = state.roles
    else:
        if roles != state.roles or _restarts(table, start, roles, state):
            state.run = context.new_run()
            state.last_seq = 0
        state.roles = roles
    header_texts = [re.sub(r"\s+", "", c) for c in table.rows[start - 1]] if start else None
    if start:
        note_periods(context, list(table.rows[start - 1]), roles, table.where(start - 1))
    previous = None
    for index in range(start, len(table.rows)):
        row = table.rows[index]
        cells = {role: "" for role in roles}
        for role, cell in zip(roles, row, strict=False):
            cells[role] = (cells[role] + "\n" + cell).strip("\n") if cells[role] else cell
        compact = [re.sub(r"\s+", "", c) for c in row]
        if header_texts is not None and compact == header_texts:
            continue
        distinct = {c for c in compact if c}
        if not distinct:
            continue
        if len(distinct) == 1 and len(row) > 2 and sum(1 for c in compact if c) >= len(row) - 1:
            heading = parse_heading(row[0]) or parse_heading(next(c for c in row if c.strip()))
            if heading is not None:
                context.heading(heading)
            continue
        text = re.sub(r"\n\s*", "", cells.get("text", "")).strip()
        seq: int | None = None
        if "seq" in cells:
            match = _NUMBER.match(seq_cell(cells["seq"]))
            seq = int(match.group(1)) if match else None
        if seq is None:
            number, text = strip_number(text)
            seq = number
        where = table.where(index)
        if seq is None:
            if not text:
                continue
            if "seq" in cells and previous is not None and not cells["seq"].strip():
                # a row broken over a page: its cells continue the row above
                previous.text += text
                continue
            seq = state.last_seq + 1
        elif seq == 1 and state.last_seq > 1:
            # numbering starts again inside the table: a new group of rows
            state.run = context.new_run()
        draft = context.draft(seq, where, state.run)
        draft.text = text
        category = re.sub(r"\s+", "", cells.get("category", ""))
        draft.category = category or None
        draft.leader_lines = cells.get("leaders", "").splitlines()
        draft.lead_lines = cells.get("lead", "").splitlines()
        draft.co_lines = cells.get("co", "").splitlines()
        fill_columns(draft, {role: text.splitlines() for role, text in cells.items()}, roles)
        context.drafts.append(draft)
        state.last_seq = seq
        previous = draft
    return "progress" if "progress" in roles else "plan"
