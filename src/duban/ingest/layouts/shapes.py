"""What a table cell reads like (a number, unit names, personal names, a sentence) and the columns
a row's cells belong to when the row does not give one cell per header column.

Flattened tables lose their grid: merged cells are printed once (the next rows lack them), empty
cells vanish, unit names break across lines. `align` puts the cells of such a row under the
header's columns, in order, by how well each cell fits each column.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.core.unit_split import looks_like_person_names, looks_like_unit_list, split_list
from duban.ingest.layouts.lexicon import Role

# Endings of unit names of provincial and city governments and state bodies (省商务厅, 国家统计局
# 某调查队, 人行某中心支行, 银保监局, 某管理处, 某研究所, 某检查站), beside those core.unit_split knows.
EXTRA_UNIT_ENDINGS = ("厅", "署", "处", "所", "站", "馆", "行", "会", "司", "团", "校", "院")
_TRAILING_ETC = re.compile(r"(等)?(相关|有关|其他|各)?(单位|部门)?(按职责分工负责|负责)?$")
NUMBER = re.compile(r"^[-—–+＋]?\s*\d+(?:[.．]\d+)?\s*(?:%|％|‰)?$")
QUANTITY = re.compile(
    r"^[^\d，。；,;]{0,6}\d+(?:[.．]\d+)?\s*[%％‰]?[\u4e00-\u9fff/（）()a-zA-Z²]{0,8}(以上|以内|左右)?$"
)
PERCENT = re.compile(r"^\d+(?:[.．]\d+)?\s*[%％]$")
_SENTENCE = re.compile(r"[，,。；;：:]")
_DATE = re.compile(r"^(\d{4}年)?(\d{1,2}月)?(底|末|前|上旬|中旬|下旬|年底|全年|长期|持续推进|\d{1,2}日)*$")


@lru_cache(maxsize=8192)
def is_unit_list(text: str) -> bool:
    """Unit names (区发改局、县教体局; 省商务厅、财政厅等相关部门), not a sentence or person names."""
    text = text.strip()
    if not text or len(text) > 200:
        return False
    if looks_like_unit_list(text):
        return True
    items = split_list(text)
    if not items or any(re.search(r"[。：:]|\d", item) for item in items):
        return False
    for position, item in enumerate(items):
        core = _TRAILING_ETC.sub("", item) or item
        if len(core) > 30:
            return False
        if looks_like_unit_list(core) or (len(core) >= 3 and core.endswith(EXTRA_UNIT_ENDINGS)):
            continue
        # a short name after a full one (省发改委、农委、统计局)
        if position > 0 and len(core) >= 2 and core[-1] in _SHORT_ENDINGS:
            continue
        return False
    return not looks_like_person_names(text) or text.startswith(_ADMIN)


_SHORT_ENDINGS = "委局办厅署处部"
_ADMIN = ("省", "市", "区", "县", "州", "各", "镇", "乡")


def is_number(text: str) -> bool:
    return bool(NUMBER.match(text.strip()))


def is_deadline(text: str) -> bool:
    """A completion date as tables print it (2024年底前, 6月底, 长期)."""
    cell = text.strip()
    return bool(cell) and len(cell) <= 12 and bool(_DATE.match(cell))


def is_quantity(text: str) -> bool:
    """A figure with an optional unit or comparator (1100, 96.64%, 6%以上, 4385张)."""
    compact = re.sub(r"\s+", "", text)
    return bool(compact) and len(compact) <= 16 and bool(QUANTITY.match(compact))


def fit(text: str, role: Role) -> float:
    """How well a non-empty cell fits a column of this role: positive fits, negative does not."""
    cell = text.strip()
    number = is_number(cell)
    if role == "seq":
        return 3.0 if re.fullmatch(r"\d{1,4}\s*[、.．]?", cell) else -6.0
    units = is_unit_list(cell)
    person = not units and looks_like_person_names(cell)
    if person and len(cell) == 4:
        # four characters alone: a compound surname or a Tibetan name, or as often a heading word
        # (宏观调控, 公共服务); neither reading is held against the cell
        if role == "leaders":
            return 1.0
        person = False
    sentence = bool(_SENTENCE.search(cell)) or len(cell) > 30
    if role in ("lead", "co", "units"):
        return 3.0 if units else (-1.5 if person else -3.0)
    if role == "leaders":
        return 3.0 if person else -3.0
    if role in ("target", "actual"):
        if is_quantity(cell):
            return 2.5
        return -3.0 if units or person else (-0.5 if len(cell) <= 16 else -2.0)
    if role == "ratio":
        return 2.5 if number or PERCENT.match(cell) else (-0.5 if len(cell) <= 8 else -3.0)
    if role == "score":
        return 3.0 if number else -3.0
    if role == "deadline":
        return 2.0 if is_deadline(cell) else -1.0
    if role == "category":
        if units or person or number:
            return -3.0
        if re.match(r"^[一二三四五六七八九十]+[、.．]|.*[(（]\d+项[)）]$", cell):
            return 2.5
        return 1.0 if len(cell) <= 20 and not sentence else -1.5
    if role == "text":
        if number or units or person:
            return -3.0
        return 1.5 if len(cell) >= 6 else 0.3
    # progress, problems, plans, remarks, other: free text, a figure, a stage word
    if units or person:
        return -1.5
    return 1.0 if (sentence or len(cell) >= 6) else 0.3


_SHARE = {
    "text": -0.2,
    "progress": -0.2,
    "problems": -0.2,
    "plans": -0.2,
    "remarks": -0.2,
    "other": -0.2,
    "lead": -0.3,
    "co": -0.3,
    "units": -0.3,
    "category": -0.5,
}
# A column left without a cell: columns that are merged over rows (printed once) or often empty
# cost little; the task column costs most.
_SKIP = {
    "seq": -0.3,
    "category": -0.1,
    "leaders": -0.2,
    "lead": -0.4,
    "co": -0.3,
    "units": -0.4,
    "text": -2.5,
}


def align(cells: list[str], roles: tuple[Role, ...]) -> list[int]:
    """The column index of each cell (cells in order, several may share a column, columns may go
    without a cell): the assignment that fits best."""
    count, width = len(cells), len(roles)
    if count == 0 or width == 0:
        return []
    fits = [[fit(cell, role) for role in roles] for cell in cells]
    skip = [_SKIP.get(role, -0.6) for role in roles]
    prefix = [0.0]
    for value in skip:
        prefix.append(prefix[-1] + value)
    negative = float("-inf")
    best = [[negative] * width for _ in range(count)]
    back = [[-1] * width for _ in range(count)]
    for column in range(width):
        best[0][column] = prefix[column] + fits[0][column]
    for index in range(1, count):
        for column in range(width):
            top, came = negative, -1
            for before in range(column + 1):
                if best[index - 1][before] == negative:
                    continue
                if before == column:
                    value = best[index - 1][before] + _SHARE.get(roles[column], -4.0)
                else:
                    value = best[index - 1][before] + prefix[column] - prefix[before + 1]
                if value > top:
                    top, came = value, before
            best[index][column] = top + fits[index][column]
            back[index][column] = came
    last = max(range(width), key=lambda c: best[count - 1][c] + prefix[width] - prefix[c + 1])
    columns = [last]
    for index in range(count - 1, 0, -1):
        last = back[index][last]
        columns.append(last)
    return columns[::-1]


# Starting a new row costs a little, so a cell joins the row it fits rather than opening one.
_NEW_ROW = -0.5


def segment(cells: list[str], roles: tuple[Role, ...]) -> list[tuple[int, int]]:
    """(row, column) of each cell of a table with no 序号 column printed one cell per line: the
    rows and columns that fit best, rows in order, each row's cells in column order (columns may
    go without a cell, merged cells are printed once)."""
    count, width = len(cells), len(roles)
    if count == 0 or width == 0:
        return []
    fits = [[fit(cell, role) for role in roles] for cell in cells]
    skip = [_SKIP.get(role, -0.6) for role in roles]
    prefix = [0.0]
    for value in skip:
        prefix.append(prefix[-1] + value)
    negative = float("-inf")
    # best[i][c]: cells 0..i placed, cell i in column c; came[i][c] = (previous column, new row?)
    best = [[negative] * width for _ in range(count)]
    came: list[list[tuple[int, bool]]] = [[(-1, False)] * width for _ in range(count)]
    for column in range(width):
        best[0][column] = prefix[column] + fits[0][column]
    for index in range(1, count):
        for column in range(width):
            top, how = negative, (-1, False)
            for before in range(width):
                previous = best[index - 1][before]
                if previous == negative:
                    continue
                if before < column:
                    value = previous + prefix[column] - prefix[before + 1]
                    if value > top:
                        top, how = value, (before, False)
                elif before == column:
                    value = previous + _SHARE.get(roles[column], -4.0)
                    if value > top:
                        top, how = value, (before, False)
                # or the cell opens the next row: the rest of the row before goes without cells
                value = previous + prefix[width] - prefix[before + 1] + _NEW_ROW + prefix[column]
                if value > top:
                    top, how = value, (before, True)
            best[index][column] = top + fits[index][column]
            came[index][column] = how
    last = max(range(width), key=lambda c: best[count - 1][c] + prefix[width] - prefix[c + 1])
    placed: list[tuple[int, bool]] = []
    column = last
    for index in range(count - 1, -1, -1):
        before, new_row = came[index][column]
        placed.append((column, new_row))
        column = before
    placed.reverse()
    rows, row = [], 0
    for index, (column, new_row) in enumerate(placed):
        row += 1 if new_row and index else 0
        rows.append((row, column))
    return rows
