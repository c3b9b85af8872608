"""Unit and leader names as printed in a cell: lists split on separators, run-together names split
where one name visibly ends (区发展改革委区商务委(区招商中心) → 区发展改革委 | 区商务委(区招商中心)).

Pure functions: no I/O. The lexicons below come from the endings of unit names in Chongqing district
plans, progress tables and supervision reports (the five-document corpus and its gold annotations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from duban.core.affixes import Affixes

# Endings of government unit names, longest first so 管委会 wins over 会.
UNIT_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        (
            "管委会",
            "委员会",
            "办公室",
            "办事处",
            "事务中心",
            "中心",
            "公司",
            "集团",
            "政府",
            "街道",
            "镇街",
            "分局",
            "机关",
            "单位",
            "部门",
            "企业",
            "支队",
            "分行",
            "合作社",
            "联社",
            "调查队",
            "园区",
            "高新区",
            "开发区",
            "经开区",
            "综保区",
            "科技城",
            "委",
            "局",
            "办",
            "部",
            # provincial and state bodies (省商务厅, 海关总署, 某管理处, 某研究所, 某检查站)
            "厅",
            "署",
            "处",
            "所",
            "站",
            "镇",
            "联",
            "协",
            "队",
            "院",
            "社",
            "科",  # a section of a bureau (法规科, 产业科)
        ),
        key=len,
        reverse=True,
    )
)
# Party bodies written before their department (党工委宣传部, 区委组织部): never a name of their own
# inside a run of names.
PARENT_BODIES = frozenset({"党工委", "党委", "区委", "县委", "市委", "工委"})
_UNIT_SUFFIXES = Affixes(UNIT_SUFFIXES)
SHORT_ONLY_SUFFIXES = frozenset({"联", "协"})
_FEDERATIONS = frozenset("残妇侨文科工")
# Joint bodies written as one name although each half ends like a unit (区纪委监委机关).
JOINT_NAMES: tuple[str, ...] = ("纪委监委", "党工委管委会")
# A name never starts with a generic ending: 管委会… or 公司… is the tail of the previous name.
FORBIDDEN_STARTS: tuple[str, ...] = (
    "成员单位",
    "人民政府",
    "办事处",
    "管委会",
    "委员会",
    "办公室",
    "公司",
    "中心",
    "街道",
    "集团",
    "分局",
    "单位",
    "部门",
    "机关",
    "镇街",
    "委",
    "局",
    "办",
    "会",
    "部",
    "司",
    "室",
    "队",
    "联",
    "协",
    "社",
    "街",
    "镇",
    "门",
    "位",
    "心",
    "道",
    "等",
    "及",
    "和",
)
# Names that start like this are whole names of the issuer's administration.
ADMIN_PREFIXES: tuple[str, ...] = ("区", "市", "县", "省", "州", "各", "镇", "乡", "有关", "相关")
# A branch named by its place (市生态环境局咸安分局, 某银行某某支行) is part of the name before it,
# not a name of its own, unless it starts like an administration name (区公安分局).
BRANCH_SUFFIXES: tuple[str, ...] = ("分局", "分行", "支行", "分中心", "分所", "分院", "分公司", "分队")
# Task sentences start with a verb; unit cells do not (组建区级国有企业 is a task, not a unit).
TASK_VERBS: tuple[str, ...] = (
    "推动",
    "推进",
    "建设",
    "新建",
    "建成",
    "实施",
    "完成",
    "加快",
    "开展",
    "打造",
    "组建",
    "培育",
    "引进",
    "创建",
    "深化",
    "持续",
    "全面",
    "加强",
    "提升",
    "支持",
    "落实",
    "强化",
    "启动",
    "办好",
    "做好",
    "争创",
    "健全",
    "完善",
    "实现",
    "确保",
    "力争",
    "新增",
    "改造",
    "扩大",
    "优化",
    "坚持",
)

SEPARATORS = re.compile(r"[、，,;；/／|｜]")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:个|家|项|万|亿|%|％|人|户|名|条|件|次|天|亩|米|公里|吨|元)")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def _strip_item(item: str) -> str:
    return item.strip().rstrip(";；。.，,").strip()


_OPENING, _CLOSING = "(（〔[【［", ")）〕]】］"


def _split_outside_brackets(text: str) -> list[str]:
    """Parts between separators, a separator inside brackets (各县〔市、区〕政府) not splitting."""
    if not any(char in text for char in _OPENING):
        return SEPARATORS.split(text)
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and SEPARATORS.match(char):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def split_list(text: str) -> list[str]:
    """Items of a cell split on 、，,;； with trailing ;；。 dropped; empty items removed."""
    return [item for item in (_strip_item(part) for part in _split_outside_brackets(text)) if item]


def _core(name: str) -> str:
    """The name without a trailing 等 and without trailing parenthesised groups."""
    core = name.rstrip("等")
    while core.endswith((")", "）")):
        depth = 0
        for index in range(len(core) - 1, -1, -1):
            char = core[index]
            if char in ")）":
                depth += 1
            elif char in "(（":
                depth -= 1
                if depth == 0:
                    core = core[:index]
                    break
        else:
            # unmatched ")" (a lost "("): the text before it is the name
            return core.rstrip(")）")
    return core


def ends_like_unit(name: str) -> bool:
    """Whether a name ends with a unit ending after a real name part (区科技局 yes, 管委会 alone no)."""
    core = _core(name.strip())
    if len(core) == 2 and core[-1] in SHORT_ONLY_SUFFIXES and core[0] in _FEDERATIONS:
        return True  # 残联, 妇联, 科协: federations known by two characters
    if len(core) < 3:
        return False
    for suffix in _UNIT_SUFFIXES.suffixes_of(core):
        base = core[: len(core) - len(suffix)]
        if len(base) >= 2 or base == "各":
            # 联/协 end only short names (区妇联, 区科协), not 工作联席会议…
            return suffix not in SHORT_ONLY_SUFFIXES or len(core) <= 4
    return False


def _piece_ok(piece: str) -> bool:
    if piece in PARENT_BODIES:
        return False
    if piece.startswith(FORBIDDEN_STARTS) or piece.startswith(("(", "（", ")", "）")):
        return False
    if piece.endswith((")", "）")):
        return len(_core(piece)) >= 2
    return ends_like_unit(piece)


def _blocked_cuts(name: str) -> set[int]:
    """Cut positions that would split inside parentheses or inside a joint name."""
    blocked: set[int] = set()
    depth = 0
    for index, char in enumerate(name):
        if char in "(（":
            depth += 1
        elif char in ")）":
            if depth == 0:
                # an unmatched ")" closes a group opened somewhere before: keep all of it whole
                blocked.update(range(1, index + 1))
            else:
                depth -= 1
        if depth > 0:
            blocked.add(index + 1)
    for joint in JOINT_NAMES:
        start = name.find(joint)
        while start >= 0:
            blocked.update(range(start + 1, start + len(joint)))
            start = name.find(joint, start + 1)
    return blocked


def split_run_together(name: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Split names printed together where one visibly ends and the next begins; else [name].

    Among all ways to cut the text into plausible names the one with the most names wins, names
    starting like an administration name (区…, 各…) or already seen in the document counting more.
    """
    name = name.strip()
    if len(name) < 5 or "等" in name or "及" in name:
        return [name]
    return list(_best_split(name, known))


@lru_cache(maxsize=4096)
def _best_split(name: str, known: frozenset[str]) -> tuple[str, ...]:
    blocked = _blocked_cuts(name)
    length = len(name)
    # best[i] = (score, pieces) for name[:i]
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (length + 1)
    best[0] = (0.0, ())
    for end in range(1, length + 1):
        if end != length and end in blocked:
            continue
        for start in range(end):
            previous = best[start]
            if previous is None:
                continue
            piece = name[start:end]
            if not _piece_ok(piece):
                continue
            if (
                start > 0
                and piece.endswith(BRANCH_SUFFIXES)
                and not piece.startswith(ADMIN_PREFIXES)
                and piece not in known
            ):
                continue
            score = previous[0] + 1.0
            if piece.startswith(ADMIN_PREFIXES):
                score += 0.5
            if piece in known:
                score += 1.0
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, (*previous[1], piece))
    result = best[length]
    if result is None or len(result[1]) < 2:
        return (name,)
    return result[1]


def without_head(item: str) -> str:
    """A unit printed with the name of its head after a space (市民政局 伍泽国, in columns headed
    牵头单位及主要负责人): the unit alone. Other items come back unchanged."""
    tokens = item.split()
    if (
        len(tokens) == 2
        and _piece_ok(tokens[0])
        and len(tokens[1]) in (2, 3)
        and _HAN_NAME.fullmatch(tokens[1])
        and not ends_like_unit(tokens[1])
    ):
        return tokens[0]
    return item


_LEVELS = frozenset({"乡", "镇", "县", "区", "市", "街道", "村", "社区", "乡镇"})
_LEVEL_BODIES = frozenset({"人民政府", "政府", "办事处", "党委", "党委政府", "党委和政府", "委员会"})


def _shared_suffix(items: list[str]) -> list[str]:
    """Levels listed before the body they share (各乡、镇人民政府, 各县、区政府): one name of two levels,
    kept as printed; a level alone before another name (各街道、区市场局) is a name of its own."""
    joined: list[str] = []
    pending = ""
    for position, item in enumerate(items):
        if item.removeprefix("各") in _LEVELS and _levels_then_body(items[position + 1 :]):
            pending += item + "、"  # 各县、市、区政府: every level before the body shares it
            continue
        joined.append(pending + item)
        pending = ""
    return joined


def _levels_then_body(items: list[str]) -> bool:
    """Whether the items go on with bare levels (市) and end in a level with its body (区政府)."""
    for item in items:
        level = next((lv for lv in _LEVELS if item.startswith(lv)), None)
        if level is None:
            return False
        if item[len(level) :] in _LEVEL_BODIES:
            return True
        if item != level:
            return False
    return False


def split_units(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Unit names in one cell line: separators first, then run-together names."""
    names: list[str] = []
    items = [piece for item in split_list(text) for piece in _split_joined(item)]
    for item in _shared_suffix([without_head(item) for item in items]):
        if item.endswith("等") and ends_like_unit(item[:-1]) and "等" not in item[:-1]:
            item = item[:-1]  # 省商务厅等: the list closes with 等, the unit is 省商务厅
        tokens = item.split()
        if len(tokens) > 1 and all(_piece_ok(token) or token.endswith("等") for token in tokens):
            # names separated by spaces only (区规划自然资源局 区财政局)
            names.extend(name for token in tokens for name in split_run_together(token, known))
        else:
            names.extend(split_run_together(item, known))
    return names


# Two names joined by a word (市级各有关部门及各县市区政府, 省直有关部门和各市人民政府); 等 closes a list (…等相关部门).
_JOINERS = re.compile(r"以及|及|和")


def _split_joined(item: str) -> list[str]:
    """A list item of unit names joined by 及/和/等, cut where each side is a name of its own."""
    parts = _JOINERS.split(item)
    if len(parts) < 2 or not all(len(p) >= 3 and ends_like_unit(p) for p in parts):
        return [item]
    return parts


def looks_like_unit_list(line: str) -> bool:
    """Whether a whole line reads as unit names (区科技局、区财政局) rather than a sentence."""
    text = line.strip()
    if not text or len(text) > 300 or "：" in text or ":" in text or _FIGURE.search(text):
        return False
    if "。" in text.rstrip("。"):
        return False
    items = [without_head(item) for item in split_list(text)]
    if not items:
        return False
    for item in items:
        if item.startswith(TASK_VERBS) or item[0].isdigit():
            return False
        if ends_like_unit(item) and len(item) <= 40:
            continue
        pieces = split_run_together(item)
        if len(pieces) < 2 or not all(len(p) <= 40 and _piece_ok(p) for p in pieces):
            return False
    return True


def join_unit_lines(lines: Iterable[str]) -> list[str]:
    """Lines of one units cell, with continuation lines joined to the name they complete.

    A line starting with "(" continues the name before it (区商务委 / (区招商中心)); a short line that
    does not end like a name is the first half of the next one (区政务服务管理 / 事务中心).
    """
    joined: list[str] = []
    pending = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("(", "（")) and joined and not pending:
            joined[-1] += line
            continue
        line = pending + line
        pending = ""
        if not SEPARATORS.search(line) and not looks_like_unit_list(line) and not line.endswith((")", "）")):
            pending = line
            continue
        joined.append(line)
    if pending:
        joined.append(pending)
    return joined


# Official titles printed beside a leader's name (区长 周国平, 副区长李卫东, 吴志刚（常务副区长）), from
# the leader columns of district and county plans: an optional body (区委, 县政府, 区人大常委会),
# an optional rank word, then the post.
LEADER_TITLE = re.compile(
    r"(?:分管|联系|牵头|包联)?(?:[区县市](?:委|政府|人大常委会|人大|政协)?)?(?:党组|党工委)?(?:常务|专职|挂职|一级|二级)?副?"
    r"(?:区长助理|县长助理|市长助理|区长|县长|市长|镇长|书记|主任|主席|秘书长|部长|局长|常委|"
    r"调研员|巡视员|党组成员|成员|政委)"
)
_TITLE_AROUND = re.compile(
    rf"^(?:(?:{LEADER_TITLE.pattern})[\s、]*)+|[(（]\s*(?:{LEADER_TITLE.pattern})\s*[)）]$"
)


def strip_leader_title(item: str) -> str:
    """A leader's name without the titles printed before it or after it in parentheses; a cell
    holding a title only (分管副区长) is returned as it is."""
    name = item.strip()
    if LEADER_TITLE.fullmatch(name.replace(" ", "")):
        return name
    for _ in range(3):
        stripped = _TITLE_AROUND.sub("", name).strip()
        if stripped == name or not re.search(r"[\u4e00-\u9fff]", stripped):
            break
        name = stripped
    if (match := re.fullmatch(rf"(.+?)\s*(?:{LEADER_TITLE.pattern})", name)) and _HAN_NAME.fullmatch(
        re.sub(r"\s+", "", match.group(1))
    ):
        name = match.group(1)
    return name


def split_leaders(line: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Leader names in one cell line. Two-character names are often padded (高  帆); a padded name
    printed after another (郑小平高  帆) takes the last character before the padding. Titles are
    dropped (副区长 李卫东 → 李卫东); a title alone stays only when the line names nobody."""
    items = split_list(line)
    if any(not LEADER_TITLE.fullmatch(item.replace(" ", "")) for item in items):
        items = [item for item in items if not LEADER_TITLE.fullmatch(item.replace(" ", ""))]
    names: list[str] = []
    for raw in items:
        item = strip_leader_title(raw)
        tokens = item.split()
        merged: list[str] = []
        for token in tokens:
            if len(token) == 1 and merged:
                head = merged.pop()
                if len(head) > 2:
                    merged.append(head[:-1])
                merged.append(head[-1] + token)
            else:
                merged.append(token)
        for token in merged:
            names.extend(_split_known(token, known))
    return names


def _split_known(token: str, known: frozenset[str]) -> list[str]:
    """Split names printed without space (冯星贵张宇) by names seen alone elsewhere."""
    if len(token) <= 4:
        return [token]
    for size in (3, 2, 4):
        head, tail = token[:size], token[size:]
        if head in known and (tail in known or len(tail) <= 4):
            return [head, *_split_known(tail, known)]
    return [token]


def looks_like_person_names(line: str) -> bool:
    """Whether a line reads as one or more personal names (冯星贵, 高  帆)."""
    names = split_leaders(line)
    return bool(names) and all(_HAN_NAME.fullmatch(n) and not ends_like_unit(n) for n in names)


# A group of units named after 等 (区住房城乡建委等区级相关部门单位): 区级/各/相关/有关 … 部门/单位/镇街.
_GROUP_AFTER_DENG = re.compile(
    r"^(?:区级|县级|市级|各|相关|有关|其他|其它)[\u4e00-\u9fff]*(?:部门|单位|镇街|园区|企业)$"
)


def compound_parts(name: str, known: frozenset[str] = frozenset()) -> list[str]:
    """The units a compound name stands for, as a suggestion a person confirms: 区住房城乡建委等区级相关部门单位
    → 区住房城乡建委 | 区级相关部门单位, and run-together names (区发展改革委区商务委). [name] when it is one unit."""
    head, sep, group = name.partition("等")
    if sep and "等" not in group and ends_like_unit(head) and _GROUP_AFTER_DENG.match(group):
        return [*split_run_together(head, known), group]
    return split_run_together(name, known)
