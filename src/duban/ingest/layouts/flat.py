"""Tables that reached us flattened into lines: found by their header cells, read row by row.

Four shapes occur when a Word or web table is copied as text:
- `tabcell`: one cell per line, each cell starting with a tab; lines without a tab continue the cell;
- `tabrow`: one row per line, cells separated by tabs;
- `spacerow`: a row's first line is `N text units [progress]`, further units and progress follow;
- `blankcell` / `linecell`: one cell per line (blank lines between cells, or none).
With tabs the cells are known and map to the header's columns by position; otherwise each line is
typed by what it reads like (unit names, personal names, sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from duban.core.unit_split import looks_like_person_names, looks_like_unit_list
from duban.ingest.blocks import Paragraph
from duban.ingest.layouts.headings import parse_attachment, parse_heading
from duban.ingest.layouts.lexicon import HEADER_PERIOD, HEADER_ROLES, TRAILER, Role
from duban.ingest.layouts.rows import Context, RowDraft, fill_columns, seq_cell, strip_number
from duban.ingest.layouts.shapes import align, fit, is_number, is_unit_list, segment

Mode = Literal["tabcell", "tabrow", "spacerow", "blankcell", "linecell"]

_BULLETS = re.compile(r"[\s•·●▪◆■]")
# A table's title above its header (表1:上半年主要指标完成情况), not a header cell.
_TABLE_TITLE = re.compile(r"^(?:附)?表\s*[\d一二三四五六七八九十]+\s*[:：.、]?|.+[:：].+")
# Columns the line-typing reader knows without alignment (task, leaders, units, progress).
_TYPED_ROLES = frozenset({"seq", "category", "text", "leaders", "lead", "co", "units", "progress"})
# A cell broken over lines: a figure's unit on the next line (提升4个 / 百分点), a comparator on
# the line before its figure (控制在 / 10410人内).
_UNIT_START = re.compile(
    r"^(?:个)?百分点|^[%％‰]|^[万亿千百]?(?:元|人次|人|户|个|家|平方米|公里|亩|吨|套|所|张)(?![\u4e00-\u9fff]{2})"
)
_COMPARATOR_ONLY = re.compile(
    r"^(?:控制在|不低于|不少于|不高于|不超过|达到|提升|提高|增长|下降|降低|力争|确保)$"
)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*[、.．]?\s*$")
_SPACE_ROW = re.compile(r"^\s*(\d{1,4})\s+(\S.*)$")


def header_period(text: str) -> str | None:
    """The reporting period a header cell names before its role (1-9月完成情况 → 1-9月)."""
    cell = _BULLETS.sub("", text)
    match = HEADER_PERIOD.match(cell)
    if match is None or match.end() == len(cell):
        return None
    return re.sub(r"[—–~～至到]", "-", match.group("period"))


def note_periods(context: Context, cells: list[str], roles: tuple[Role, ...], where: str) -> None:
    """Record the periods named by a header's progress cells, for the document's `period`."""
    for cell, role in zip(cells, roles, strict=False):
        if role == "progress" and (period := header_period(cell)) is not None:
            context.periods.append((period, where))


def classify_header_cell(text: str) -> Role | None:
    """The column role a header cell names (序号 → seq, 牵头责任单位 → lead), or None. A period
    before the role word (2025年1-11月工作推进情况) is not part of the role."""
    cell = _BULLETS.sub("", text).rstrip(":：")
    if (period := HEADER_PERIOD.match(cell)) is not None and period.end() < len(cell):
        cell = cell[period.end() :]
    if not cell or len(cell) > 20 or parse_heading(cell) is not None or _TABLE_TITLE.match(cell):
        return None
    if len(cell) > 5 and re.search(r"(?:表|清单|一览)$", cell):
        return None  # the table's title (…目标任务进展情况表) printed above its header
    for pattern, role in HEADER_ROLES:
        if pattern.search(cell):
            return role
    return None


def _category_like(text: str) -> bool:
    """A short heading-like cell (高品质生活): no punctuation, no figures, not unit names."""
    cell = text.strip()
    return (
        0 < len(cell) <= 12
        and not re.search(r"[，,。；;：:\d%％]", cell)
        and not looks_like_unit_list(cell)
        and not looks_like_person_names(cell)
    )


def _join_broken(lines: list[str]) -> list[str]:
    """The cells of a row printed one per line, with lines broken inside a cell joined again."""
    cells: list[str] = []
    for text in lines:
        if cells and (
            (re.search(r"\d$|\d个$", cells[-1]) and _UNIT_START.match(text))
            or _COMPARATOR_ONLY.match(cells[-1])
        ):
            cells[-1] += text
        elif cells and cells[-1] and is_unit_list(cells[-1]) and is_unit_list(text):
            cells[-1] += "、" + text
        else:
            cells.append(text)
    return cells


def resolve_roles(roles: list[Role], names: list[str] | None = None) -> tuple[Role, ...]:
    """A bare 责任单位 column is the lead column, or the co-operating one when 牵头… is there too.
    A second task column after the unit columns holds the target (目标任务 | 牵头单位 | 目标任务 |
    累计完成); of progress columns named by period (1-10月推进情况, 1-11月推进情况) the last is the
    period reported, the others are kept out."""
    has_lead = "lead" in roles
    resolved: list[Role] = []
    for position, role in enumerate(roles):
        if role == "units":
            role = "co" if has_lead else "lead"
        named_goal = names is not None and len(names) == len(roles) and "目标" in names[position]
        if (
            role == "text"
            and "text" in resolved
            and (
                named_goal
                or any(r in resolved[resolved.index("text") :] for r in ("lead", "co", "units", "leaders"))
            )
        ):
            # 项目 | 分值 | 目标任务: the second task column holds the target
            role = "target"
        resolved.append(role)
    if names is not None and len(names) == len(resolved):
        dated = [
            i
            for i, (r, n) in enumerate(zip(resolved, names, strict=True))
            if r == "progress" and header_period(n)
        ]
        for position in dated[:-1]:
            resolved[position] = "other"
    return tuple(resolved)


def header_cells(lines: list[Paragraph], header: Header) -> list[str]:
    """The cells of a flattened header: one line split on tabs or spaces, or one cell per line."""
    if header.end - header.start == 1:
        text = lines[header.start].text.strip()
        return [c for c in (text.split("\t") if "\t" in text else space_cells(text)) if c.strip()]
    return [p.text.strip() for p in lines[header.start : header.end] if p.text.strip()]


def space_cells(text: str) -> list[str]:
    """Header cells separated by spaces; a period broken at its dash (1- 8月完成情况) is one cell."""
    cells: list[str] = []
    for token in text.split():
        if cells and cells[-1].endswith(("-", "—", "–", "~", "～", "至", "到")):
            cells[-1] += token
        else:
            cells.append(token)
    return cells


def is_table_header(roles: list[Role]) -> bool:
    return (
        len(roles) >= 3
        and "text" in roles
        and any(r in roles for r in ("lead", "co", "units", "progress", "leaders"))
    )


def named_enough(named: list[Role], filled: int) -> bool:
    """A header row of a real table: its named cells make a table header and are at least half of
    its cells (大类 | 序号 | 工作任务 | … names one column duban has no role for)."""
    return is_table_header(named) and len(named) >= max(3, filled // 2)


def table_kind(roles: tuple[Role, ...]) -> str:
    return "progress" if "progress" in roles else "plan"


@dataclass(frozen=True, slots=True)
class Header:
    start: int
    end: int
    roles: tuple[Role, ...]
    mode: Mode


def find_header(lines: list[Paragraph], index: int) -> Header | None:
    """A table header starting at lines[index], on one line or one cell per line."""
    text = lines[index].text
    if not text.strip():
        return None
    stripped = text.strip()
    if "\t" in stripped or re.search(r"\s", stripped):
        cells = [
            c for c in (stripped.split("\t") if "\t" in stripped else space_cells(stripped)) if c.strip()
        ]
        roles = [classify_header_cell(c) for c in cells]
        named = [r for r in roles if r is not None]
        # cells split on tabs are known to be cells: one may name a column duban has no role for;
        # cells split on spaces may be words of a sentence, so every one must name a column
        if ("\t" in stripped and named_enough(named, len(cells))) or (
            len(named) == len(roles) and is_table_header(named)
        ):
            mode: Mode = "tabrow" if "\t" in stripped else "spacerow"
            full: list[Role] = [r or "other" for r in roles]
            return Header(index, index + 1, resolve_roles(full, cells), mode)
    found: list[Role] = []
    tabbed = blanks = False
    end = index
    position = index
    while position < len(lines):
        line = lines[position].text
        if not line.strip():
            blanks = blanks or bool(found)
            position += 1
            continue
        role = classify_header_cell(line)
        if role is None and found and _unnamed_column(lines, position):
            role = "other"
        if role is None:
            break
        found.append(role)
        tabbed = tabbed or line.startswith("\t")
        position += 1
        end = position
    if not is_table_header(found):
        return None
    mode = "tabcell" if tabbed else ("blankcell" if blanks else "linecell")
    names = [p.text.strip() for p in lines[index:end] if p.text.strip()]
    return Header(index, end, resolve_roles(found, names), mode)


def _unnamed_column(lines: list[Paragraph], position: int) -> bool:
    """A header cell of one cell per line naming a column duban has no role for (区民生实事项目
    数量): short words, not a figure, a sentence or unit names, between two cells that name roles."""
    cell = re.sub(r"\s+", "", lines[position].text)
    if not cell or len(cell) > 12 or re.search(r"[\d，,。；;:：、]", cell) or parse_heading(cell):
        return False
    following = next((p.text for p in lines[position + 1 : position + 3] if p.text.strip()), "")
    return classify_header_cell(following) is not None


@dataclass(slots=True)
class Piece:
    text: str
    line: int


@dataclass(slots=True)
class Cell:
    lines: list[str]
    line: int
    sections: list[str]


@dataclass(slots=True)
class TableReader:
    """Reads the rows under one header until the table ends; returns the index where it stopped."""

    lines: list[Paragraph]
    header: Header
    context: Context
    run: int
    last_seq: int = 0
    drafts: list[RowDraft] = field(default_factory=list)
    # a merged category cell printed once, before the first row of its group
    pending_category: str | None = None

    def where(self, line: int) -> str:
        return f"第{line}行"

    @property
    def header_names(self) -> dict[Role, str]:
        """The header's name of each column role (the first column of that role)."""
        names: dict[Role, str] = {}
        for role, name in zip(self.header.roles, header_cells(self.lines, self.header), strict=False):
            names.setdefault(role, re.sub(r"\s+", "", name).rstrip(":："))
        return names

    def stops(self, index: int) -> bool:
        text = self.lines[index].text
        return bool(
            TRAILER.match(text) or parse_attachment(text) is not None or find_header(self.lines, index)
        )

    def plausible(self, number: int) -> bool:
        if self.last_seq == 0:
            return number <= 3
        return self.last_seq <= number <= self.last_seq + 3 and number != 0

    def read(self) -> int:
        if self.header.mode in ("tabcell", "tabrow"):
            return self._read_cells()
        return self._read_content()

    # --- known cells, mapped by position -------------------------------------------------------

    def _read_cells(self) -> int:
        roles = self.header.roles
        cells: list[Cell] = []
        rows: list[list[Cell]] = []
        index = self.header.end
        previous_blank = False
        while index < len(self.lines):
            paragraph = self.lines[index]
            text = paragraph.text
            if not text.strip() and not (self.header.mode == "tabcell" and text.startswith("\t")):
                previous_blank = True
                index += 1
                continue
            if text.strip() and self.stops(index):
                break
            if self.header.mode == "tabrow" and "\t" in text:
                fields = text.split("\t")
                if fields and not fields[0].strip() and len(fields) > len(roles):
                    fields = fields[1:]
                if rows and self._continues(fields):
                    # a long task carried onto the next row, its 序号 cell empty
                    for cell, value in zip(rows[-1], fields, strict=False):
                        if value.strip():
                            cell.lines.append(value.strip())
                else:
                    rows.append(
                        [Cell([f.strip()], paragraph.line, list(self.context.sections)) for f in fields]
                    )
            elif text.startswith("\t"):
                cells.append(Cell([text[1:]], paragraph.line, list(self.context.sections)))
            elif previous_blank and (heading := parse_heading(text)) is not None:
                self.context.heading(heading)
            elif self.header.mode == "tabrow" and rows:
                rows[-1][-1].lines.append(text.strip())
            elif cells:
                cells[-1].lines.append(text)
            else:
                self.context.warnings.append(
                    f"{self.where(paragraph.line)}：未能识别的内容“{text.strip()[:20]}”"
                )
            previous_blank = False
            index += 1
        if self.header.mode == "tabcell":
            rows = self._rows_from_cells(cells)
        for row in rows:
            self._positional(row)
        return index

    def _continues(self, fields: list[str]) -> bool:
        """A tab row with an empty 序号 and an empty category but text in the task column."""
        roles = self.header.roles
        if "seq" not in roles or "text" not in roles:
            return False
        cells = dict(zip(roles, fields, strict=False))
        return (
            not cells.get("seq", "").strip()
            and not cells.get("category", "").strip()
            and bool(cells.get("text", "").strip())
        )

    def _rows_from_cells(self, cells: list[Cell]) -> list[list[Cell]]:
        roles = self.header.roles
        anchor_col = roles.index("seq") if "seq" in roles else roles.index("text")
        anchors: list[int] = []
        last_number: int | None = None
        for position, cell in enumerate(cells):
            first = "".join(cell.lines).strip()
            if "seq" in roles:
                match = _BARE_NUMBER.match(first)
            else:
                match = re.match(r"^\s*(\d{1,4})\s*[、.．]", first)
            if not match or position - anchor_col < (anchors[-1] if anchors else 0):
                continue
            number = int(match.group(1))
            following = "".join(cells[position + 1].lines).strip() if position + 1 < len(cells) else ""
            if last_number is not None and number not in (last_number + 1, 1):
                continue  # a figure in a cell, not the next row's number
            if "seq" in roles and is_number(following):
                continue  # 4 | 4 | 100%: figures of a sub-row
            anchors.append(position - anchor_col)
            last_number = number
        rows: list[list[Cell]] = []
        if anchors and anchors[0] > 0:
            for cell in cells[: anchors[0]]:
                if "".join(cell.lines).strip():
                    self.context.warnings.append(f"{self.where(cell.line)}：表头之后有未能识别的单元格")
        for number, start in enumerate(anchors):
            end = anchors[number + 1] if number + 1 < len(anchors) else len(cells)
            rows.append(cells[max(start, 0) : end])
        return rows

    def _by_role(self, row: list[Cell]) -> tuple[dict[Role, list[str]], list[Cell]]:
        """The row's lines by column, and the cells left over for sub-rows. A row with one cell per
        column maps by position; a shorter one (merged or empty cells not printed) by what its cells
        read like; a longer one holds sub-rows after its first full set of cells."""
        roles = self.header.roles
        rest: list[Cell] = []
        if len(row) > len(roles):
            row, rest = row[: len(roles)], row[len(roles) :]
        texts = ["".join(cell.lines).strip() for cell in row]
        by_role: dict[Role, list[str]] = {}
        seq_at = roles.index("seq") if "seq" in roles else None
        seq_ok = (
            seq_at is None
            or (seq_at < len(texts) and not texts[seq_at])
            or (seq_at < len(texts) and bool(_BARE_NUMBER.match(seq_cell(texts[seq_at]))))
        )
        if len(row) == len(roles) and seq_ok:
            for role, cell in zip(roles, row, strict=True):
                by_role.setdefault(role, []).extend(cell.lines)
            return by_role, rest
        filled = [cell for cell, text in zip(row, texts, strict=True) if text]
        for cell, column in zip(filled, align([c for c in texts if c], roles), strict=True):
            by_role.setdefault(roles[column], []).extend(cell.lines)
        return by_role, rest

    def _positional(self, row: list[Cell]) -> None:
        roles = self.header.roles
        by_role, rest = self._by_role(row)
        seq: int | None = None
        text = "".join(line.strip() for line in by_role.get("text", []))
        if "seq" in by_role:
            match = _BARE_NUMBER.match(seq_cell("".join(by_role["seq"])))
            seq = int(match.group(1)) if match else None
        if seq is None:
            seq, text = strip_number(text)
        if seq is None and "seq" in roles and self.drafts and text:
            # a sub-row: the merged cells of the row above (序号, 牵头单位) are not printed again
            self._extend(self.drafts[-1], by_role)
            self._sub_rows(self.drafts[-1], rest)
            return
        if seq is None:
            if not text:
                return
            seq = self.last_seq + 1
        elif seq == 1 and self.last_seq > 1:
            # numbering starts again inside the table: a new group of rows
            self.run = self.context.new_run()
        anchor = row[roles.index("seq")] if "seq" in roles and roles.index("seq") < len(row) else row[0]
        saved = self.context.sections
        self.context.sections = anchor.sections
        draft = self.context.draft(seq, self.where(anchor.line), self.run)
        self.context.sections = saved
        draft.text = text
        category = re.sub(r"\s+", "", "".join(by_role.get("category", [])))
        draft.category = category or None
        draft.leader_lines = [line for line in by_role.get("leaders", []) if line.strip()]
        draft.lead_lines = by_role.get("lead", [])
        draft.co_lines = by_role.get("co", [])
        fill_columns(draft, by_role, roles, self.header_names)
        self.last_seq = seq
        self.drafts.append(draft)
        self._sub_rows(draft, rest)

    def _sub_rows(self, draft: RowDraft, cells: list[Cell]) -> None:
        """Cells after a row's full set: sub-rows of the same task (a second target with its
        figures), put under the columns they read like."""
        filled = [cell for cell in cells if "".join(cell.lines).strip()]
        if not filled:
            return
        roles = self.header.roles
        texts = ["".join(cell.lines).strip() for cell in filled]
        by_role: dict[Role, list[str]] = {}
        for cell, column in zip(filled, align(texts, roles), strict=True):
            by_role.setdefault(roles[column], []).extend(cell.lines)
        self._extend(draft, by_role)

    def _extend(self, draft: RowDraft, by_role: dict[Role, list[str]]) -> None:
        """A sub-row's cells added to the task above: its text, figures and progress."""
        roles = self.header.roles
        extra = RowDraft(seq=draft.seq, where=draft.where, run=draft.run)
        extra.text = "".join(line.strip() for line in by_role.get("text", []))
        fill_columns(extra, by_role, roles, self.header_names)
        if extra.text:
            draft.text = draft.text.rstrip("。；;") + "；" + extra.text if draft.text else extra.text
        if extra.progress:
            draft.progress = (draft.progress + "；" if draft.progress else "") + extra.progress
        draft.lead_lines = draft.lead_lines or by_role.get("lead", [])
        draft.co_lines = draft.co_lines or by_role.get("co", [])
        if extra.label and not draft.label:
            draft.label = extra.label

    # --- cells unknown, lines typed by content ---------------------------------------------------

    def _row_start(self, text: str) -> tuple[int, str] | None:
        roles = self.header.roles
        if self.header.mode == "spacerow":
            match = _SPACE_ROW.match(text)
            if match and self.plausible(int(match.group(1))):
                return int(match.group(1)), match.group(2)
            return None
        match = _BARE_NUMBER.match(text)
        if match and "seq" in roles and self.plausible(int(match.group(1))):
            return int(match.group(1)), ""
        if "seq" not in roles:
            number, rest = strip_number(text)
            if number is not None and self.plausible(number):
                return number, rest.strip()
        return None

    def _read_content(self) -> int:
        if self._unnumbered():
            return self._read_segmented()
        index = self.header.end
        current: tuple[int, int, list[Piece]] | None = None
        while index < len(self.lines):
            paragraph = self.lines[index]
            text = paragraph.text
            if not text.strip():
                index += 1
                continue
            if self.stops(index):
                break
            start = self._row_start(text)
            if start is not None:
                if current is not None:
                    self._typed(*current)
                seq, rest = start
                self.last_seq = seq
                current = (seq, paragraph.line, [])
                if rest:
                    current[2].extend(self._split_first(rest, paragraph.line))
            elif (heading := parse_heading(text)) is not None:
                if current is not None:
                    self._typed(*current)
                    current = None
                self.context.heading(heading)
            elif current is not None:
                current[2].append(Piece(text.strip(), paragraph.line))
            elif self._aligned() and "category" in self.header.roles and _category_like(text):
                self.pending_category = text.strip()
            else:
                self.context.warnings.append(
                    f"{self.where(paragraph.line)}：未能识别的内容“{text.strip()[:20]}”"
                )
            index += 1
        if current is not None:
            self._typed(*current)
        return index

    def _unnumbered(self) -> bool:
        """A table of one cell per line with neither a 序号 column nor numbered task cells: its rows
        are found by what the cells read like."""
        roles = self.header.roles
        if "seq" in roles or "text" not in roles or self.header.mode not in ("linecell", "blankcell"):
            return False
        cells = [p.text for p in self.lines[self.header.end : self.header.end + 40] if p.text.strip()]
        return bool(cells) and not any(self._row_start(cell) is not None for cell in cells)

    def _read_segmented(self) -> int:
        """The rows of an unnumbered table: every cell up to the table's end placed in the row and
        column it fits best; a row of one short heading-like cell is the category of the rows after
        it (宏观调控 printed once over its merged cells)."""
        index = self.header.end
        pieces: list[Piece] = []
        while index < len(self.lines):
            text = self.lines[index].text
            if text.strip():
                if self.stops(index):
                    break
                pieces.append(Piece(text.strip(), self.lines[index].line))
            index += 1
        roles = self.header.roles
        # a merged category cell, printed once over its rows, may lead any row: a column of its own
        placed_roles = roles if "category" in roles else ("category", *roles)
        texts = [piece.text for piece in pieces]
        rows: dict[int, list[tuple[int, int]]] = {}
        for position, (row, column) in enumerate(segment(texts, placed_roles)):
            rows.setdefault(row, []).append((position, column))
        category: str | None = None
        for cells in rows.values():
            by_role: dict[Role, list[str]] = {}
            for position, column in cells:
                by_role.setdefault(placed_roles[column], []).append(texts[position])
            if "category" in by_role:
                category = "".join(by_role.pop("category"))
            text = "".join(by_role.get("text", []))
            if not text:
                continue
            seq = self.last_seq + 1
            draft = self.context.draft(seq, self.where(pieces[cells[0][0]].line), self.run)
            draft.text = text
            draft.category = category
            draft.leader_lines = by_role.get("leaders", [])
            draft.lead_lines = [line for role in ("lead", "units") for line in by_role.get(role, [])]
            draft.co_lines = by_role.get("co", [])
            if not draft.lead_lines and not draft.co_lines and self.drafts:
                # a unit cell merged over several rows is printed with the first of them
                draft.lead_lines = list(self.drafts[-1].lead_lines)
                draft.co_lines = list(self.drafts[-1].co_lines)
            fill_columns(draft, by_role, roles, self.header_names)
            self.last_seq = seq
            self.drafts.append(draft)
        return index

    def _split_first(self, rest: str, line: int) -> list[Piece]:
        """`text units progress` on one line: cut before the first token that reads as units."""
        if self.header.mode != "spacerow":
            return [Piece(rest, line)]
        for match in re.finditer(r"\s+", rest):
            before = rest[: match.start()].strip()
            after = rest[match.end() :]
            token = after.split()[0] if after.split() else ""
            if before and token and looks_like_unit_list(token):
                pieces = [Piece(before, line), Piece(token, line)]
                remainder = after[len(token) :].strip()
                if remainder:
                    pieces.append(Piece(remainder, line))
                return pieces
        return [Piece(rest, line)]

    def _aligned(self) -> bool:
        """Whether the rows are typed by alignment to the header's columns: tables with columns
        beyond task, leaders, units and progress (indicator tables: 年度目标 | 完成情况 | 责任部门)."""
        return any(role not in _TYPED_ROLES for role in self.header.roles)

    def _typed(self, seq: int, line: int, pieces: list[Piece]) -> None:
        if self._aligned():
            self._typed_by_alignment(seq, line, pieces)
            return
        roles = self.header.roles
        has_leaders = "leaders" in roles
        pre: list[str] = []
        leaders: list[str] = []
        units: list[str] = []
        progress: list[str] = []
        state = "pre"
        for position, piece in enumerate(pieces):
            text = piece.text
            following = pieces[position + 1].text if position + 1 < len(pieces) else ""
            unit_like = looks_like_unit_list(text) or (
                len(text) <= 20
                and not re.search(r"[，,。；;：:\d]", text)
                and bool(following)
                and looks_like_unit_list(text + following)
            )
            if state == "pre":
                if pre and unit_like:
                    state = "units"
                elif pre and has_leaders and looks_like_person_names(text):
                    state = "leaders"
            elif state == "leaders":
                if unit_like:
                    state = "units"
                elif not looks_like_person_names(text):
                    state = "progress"
            elif state == "units" and not (unit_like or text.startswith(("(", "（"))):
                # 牵头单位 | 配合单位 | 责任领导: the names after the units fill the leaders column
                late_leaders = has_leaders and not leaders and looks_like_person_names(text)
                state = "leaders" if late_leaders else "progress"
            {"pre": pre, "leaders": leaders, "units": units, "progress": progress}[state].append(text)
        draft = self.context.draft(seq, self.where(line), self.run)
        category: str | None = None
        if len(pre) > 1 and all(len(p) <= 16 and not re.search(r"[，,。；;]", p) for p in pre[:-1]):
            category = "".join(pre[:-1])
            text = pre[-1]
        else:
            text = "".join(pre)
        if "seq" in roles:
            number, stripped = strip_number(text)
            if number == seq:
                text = stripped
        draft.text = text.strip()
        draft.category = category
        draft.leader_lines = leaders
        if "lead" in roles and "co" in roles:
            from duban.core.unit_split import join_unit_lines

            groups = join_unit_lines(units)
            draft.lead_lines = groups[:1]
            draft.co_lines = groups[1:]
        elif "co" in roles:
            draft.co_lines = units
        else:
            draft.lead_lines = units
        if "progress" in roles:
            draft.progress = "\n".join(progress)
        elif progress:
            self.context.warnings.append(f"{self.where(line)}：第{seq}项有未能识别的内容“{progress[0][:20]}”")
        self.drafts.append(draft)

    def _typed_by_alignment(self, seq: int, line: int, pieces: list[Piece]) -> None:
        """A row of an indicator table, one cell per line: lines broken inside a cell joined again,
        a category printed after the row's last column kept for the next row, then the cells put
        under the columns by position when every column is there, else by what they read like."""
        roles = self.header.roles
        cells = _join_broken([piece.text for piece in pieces])
        category, self.pending_category = self.pending_category, None
        if (
            "category" in roles
            and roles[-1] != "category"
            and len(cells) > 1
            and _category_like(cells[-1])
            and fit(cells[-2], roles[-1]) > 0
            and fit(cells[-1], roles[-1]) <= 0
        ):
            self.pending_category = cells.pop()
        # a row starts at its number: columns before the numbered one (a merged category) are
        # printed before it, and come from the last such cell seen
        anchor = roles.index("seq") if "seq" in roles else roles.index("text")
        columns = [role for role in roles[anchor:] if role != "seq"]
        placed = list(range(len(cells))) if len(cells) == len(columns) else align(cells, tuple(columns))
        by_role: dict[Role, list[str]] = {}
        for cell, column in zip(cells, placed, strict=True):
            by_role.setdefault(columns[column], []).append(cell)
        draft = self.context.draft(seq, self.where(line), self.run)
        number, text = strip_number("".join(by_role.get("text", [])))
        draft.text = (text if number == seq else "".join(by_role.get("text", []))).strip()
        draft.category = category or ("".join(by_role["category"]) if "category" in by_role else None)
        draft.leader_lines = by_role.get("leaders", [])
        unit_lines = [line for role in ("lead", "units") for line in by_role.get(role, [])]
        draft.lead_lines = unit_lines
        draft.co_lines = by_role.get("co", [])
        fill_columns(draft, by_role, roles, self.header_names)
        self.drafts.append(draft)
