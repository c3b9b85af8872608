"""A progress text's count of items split into those done and those not begun.

Reports on a group of projects often give no share but two counts: 开工2个，未开工3个; 30个项目已完成
前期论证工作，下余87个项目前期工作推进中. The share of items done is a figure the schedule can judge,
even when the task names no number of its own. Items still being built (正在建设11家) are under way,
not missing, so only items not begun or still in preparation count as the part left behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duban.core.stages import Stage

_COUNTER = r"\s*(?:个|项|家|处|座|所|条|村)"
_SEP = r"[^\d,，;；。]"
# Done: 开工2个 / 已完成3个, or 30个重点项目已完成…
_DONE = re.compile(
    rf"(?<![未没])(?:已经|已)?(?P<verb>开复工|开工|完成|建成|竣工|投用|投产|启动){_SEP}{{0,8}}?(?P<n>\d+){_COUNTER}"
    rf"|(?P<n2>\d+){_COUNTER}{_SEP}{{0,16}}?(?:已经|已|)(?:编制|建设|改造|整治)?(?P<verb2>开复工|开工|完成|建成|竣工|投用|投产|启动)"
)
# Not begun: 未开工3个 / 尚未启动2项, or 下余87个项目前期工作推进中 / 1个未开工
_REST = re.compile(
    rf"(?:尚未|未)(?:开复工|开工|启动|完成){_SEP}{{0,8}}?(?P<n>\d+){_COUNTER}"
    rf"|(?P<n2>\d+){_COUNTER}{_SEP}{{0,16}}?(?:尚未|未)(?:开复工|开工|启动)"
    rf"|(?:下余|剩余|其余)(?P<n3>\d+){_COUNTER}{_SEP}{{0,12}}?(?:前期工作|前期)(?:正在)?(?:推进中|进行中|开展中|办理中)"
    # the rest still in hand (其余2个村规划正加快编制): not done, and weighed as such by the share
    rf"|(?:下余|剩余|其余|另有)(?P<n4>\d+){_COUNTER}{_SEP}{{0,12}}?(?:正在|正|仍在|尚在)"
)
_STARTING = {"开复工", "开工", "启动"}


@dataclass(frozen=True, slots=True)
class SplitCount:
    done: int
    rest: int
    milestone: Stage  # starting work (开工) or finishing it (完成)
    span: tuple[int, int]  # from the first count to the last, as written

    @property
    def share(self) -> float:
        return self.done / (self.done + self.rest)


def split_count(progress: str) -> SplitCount | None:
    """The items done and not begun a progress text counts, when it states both; None otherwise.

    Several counts of the same kind add up (未开工3个，…1个未开工); done counts of different verbs
    (开工2个，完工1个) are not one series and give None.
    """
    done: list[tuple[int, str, tuple[int, int]]] = []
    rest: list[tuple[int, tuple[int, int]]] = []
    for match in _REST.finditer(progress):
        number = match.group("n") or match.group("n2") or match.group("n3") or match.group("n4")
        rest.append((int(number), match.span()))
    taken = [span for _, span in rest]
    for match in _DONE.finditer(progress):
        if any(start <= match.start() < end for start, end in taken):
            continue
        verb = match.group("verb") or match.group("verb2")
        done.append((int(match.group("n") or match.group("n2")), verb, match.span()))
    if not done or not rest:
        return None
    starting = {verb in _STARTING for _, verb, _ in done}
    if len(starting) > 1:
        return None
    spans = [span for *_, span in done] + [span for _, span in rest]
    milestone = Stage.EXECUTING if starting.pop() else Stage.DONE
    total_done, total_rest = sum(n for n, *_ in done), sum(n for n, _ in rest)
    if total_done + total_rest == 0:
        return None
    return SplitCount(total_done, total_rest, milestone, (min(s for s, _ in spans), max(e for _, e in spans)))
