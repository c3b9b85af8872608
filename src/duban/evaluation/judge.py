"""`duban eval judge FILE.jsonl`: duban's judgements scored against an office's own.

Each record carries a task text (`text` or `task`), a progress text (`progress`) and the office's
judgement (`label`, in the office's words: 滞后, 正常推进, 不达预期, 符合预期…; where those words are not
known, the record's `status`, a duban status code, stands for them). The date judged is the
record's `as_of` when given; otherwise one date per file is read from the progress texts themselves
(the period most of them report, 1-6月 → June 30, in the year they mention most), and printed.
PATH may be a directory: every .jsonl file in it with labelled progress records is scored together.

The office labels are sorted into two classes: lagging (a problem flagged) and not lagging. duban's
`lagging` and `not_started` flag a problem; `unknown` and `unreported` are abstentions, counted as
disagreements in the agreement rate and reported on their own, except that an office label of 未填报
(no report filed) agrees with duban's `unreported` only. Labels naming one status (已完成, 超进度, 正常推进,
滞后, 未完成, 未启动, 未填报) are also scored status for status.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from duban.core.judging import Judgement, judge_texts
from duban.core.schedule import find_periods
from duban.core.status import FLAGGED, OFFICE_ASSESSMENT_WORDS, OFFICE_STATUS_WORDS, STATUS_LABELS
from duban.errors import DubanError
from duban.jsonl import read_objects

# Office labels, as supervision reports write them, and whether they flag a lag (core.status reads them).
OFFICE_LABELS: dict[str, bool] = {
    word: status in FLAGGED
    for word, status in {**OFFICE_STATUS_WORDS, **OFFICE_ASSESSMENT_WORDS}.items()
    if status != "unreported"
}
# Labels naming one status: scored a second time, status for status, where a file uses them.
STATUS_OF_LABEL: dict[str, str] = OFFICE_STATUS_WORDS
# No report was filed: agreement means duban says so too (neither class of the lagging measure).
UNREPORTED_LABELS = frozenset({"未填报", "unreported"})

ABSTAINS = frozenset({"unknown", "unreported"})
_YEAR = re.compile(r"(20\d{2})\s*年")
_YEAR_WORDS = frozenset({"全年", "年度", "年底", "年末"})


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled record: where it comes from, its texts, the office's label and the date judged."""

    where: str
    task: str
    progress: str
    label: str
    as_of: date


@dataclass(slots=True)
class Tally:
    """Counts over all cases; the rates are derived from them."""

    cases: int = 0
    agreed: int = 0
    office_lagging: int = 0
    flagged: int = 0
    caught: int = 0
    named: int = 0
    named_agreed: int = 0
    # Cases duban decided: not an abstention, or 未填报 where the office says so too.
    decided: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    disagreements: list[tuple[Case, Judgement]] = field(default_factory=list)

    def add(self, case: Case, judgement: Judgement) -> None:
        status = judgement.status
        unreported = case.label in UNREPORTED_LABELS
        office_lags = not unreported and OFFICE_LABELS[case.label]
        self.cases += 1
        self.statuses[status] += 1
        flags = status in FLAGGED
        self.office_lagging += office_lags
        self.flagged += flags
        self.caught += office_lags and flags
        if case.label in STATUS_OF_LABEL:
            self.named += 1
            self.named_agreed += STATUS_OF_LABEL[case.label] == status
        self.decided += status not in ABSTAINS or (unreported and status == "unreported")
        decided_alike = status not in ABSTAINS and flags == office_lags
        if (status == "unreported") if unreported else decided_alike:
            self.agreed += 1
        else:
            self.disagreements.append((case, judgement))

    @property
    def abstained(self) -> int:
        return sum(self.statuses[s] for s in ABSTAINS)


def _records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    return list(read_objects(path.read_text(encoding="utf-8").splitlines(), f"{path.name} "))


def _is_labelled(record: dict[str, Any]) -> bool:
    return isinstance(record.get("label"), str) and isinstance(record.get("progress"), str)


def infer_as_of(progress_texts: list[str]) -> date | None:
    """The date a set of progress texts reports on: the period most name, in the year most name."""
    months = Counter(
        p.months for text in progress_texts for p in find_periods(text) if p.label not in _YEAR_WORDS
    )
    years = Counter(int(y) for text in progress_texts for y in _YEAR.findall(text))
    if not months or not years:
        return None
    month = max(months.items(), key=lambda item: (item[1], item[0]))[0]
    year = max(years.items(), key=lambda item: (item[1], item[0]))[0]
    if month < 1:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _texts(rows: list[tuple[int, dict[str, Any]]]) -> list[str]:
    return [r["progress"] for _, r in rows if "as_of" not in r]


def load_cases(path: Path, fallback: date | None = None) -> tuple[list[Case], date | None]:
    """The labelled cases of one file, and the date inferred for records without `as_of`.

    `fallback` (inferred from sibling files) serves when the file's own texts name no period or year.
    """
    rows = [(n, r) for n, r in _records(path) if _is_labelled(r)]
    inferred = infer_as_of(_texts(rows)) or fallback
    cases = []
    for number, record in rows:
        task = record.get("task", record.get("text"))
        if not isinstance(task, str):
            raise DubanError(f"{path.name} 第{number}行缺少任务文本（text 或 task 字段）")
        label = record["label"].strip()
        if label not in OFFICE_LABELS and record.get("status") in STATUS_LABELS:
            # The office's own words are unknown here, but the file maps them to a status (realdev does).
            label = STATUS_LABELS[record["status"]]
        if label not in OFFICE_LABELS and label not in UNREPORTED_LABELS:
            known = "、".join(k for k in (*OFFICE_LABELS, *UNREPORTED_LABELS) if not k.isascii())
            raise DubanError(f"{path.name} 第{number}行 label“{label}”无法识别，可用：{known}")
        if "as_of" in record:
            try:
                as_of = date.fromisoformat(str(record["as_of"]))
            except ValueError:
                raise DubanError(f"{path.name} 第{number}行 as_of 应为 YYYY-MM-DD") from None
        elif inferred is None:
            raise DubanError(
                f"{path.name} 第{number}行缺少 as_of，且无法从推进情况推断报送期，请补充 as_of 字段"
            )
        else:
            as_of = inferred
        seq = record.get("seq", number)
        part = f"附件{record['attachment']} " if "attachment" in record else ""
        cases.append(Case(f"{path.name} {part}#{seq}", task, record["progress"], label, as_of))
    return cases, inferred


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.jsonl"))
    if not path.is_file():
        raise DubanError(f"找不到标注文件：{path}")
    return [path]


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.3f}（{part}/{whole}）" if whole else "—（0/0）"


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def evaluate(path: Path, out: TextIO | None = None) -> Tally:
    """duban's judgements of the labelled records at `path`, counted against the labels.

    With `out`, one line per file says how many cases it holds and the date inferred for it.
    """
    tally = Tally()
    files = _files(path)
    pooled = [
        text for file in files for text in _texts([(0, r) for _, r in _records(file) if _is_labelled(r)])
    ]
    fallback = infer_as_of(pooled)
    for file in files:
        cases, inferred = load_cases(file, fallback)
        if not cases:
            continue
        if out is not None:
            note = f"，研判日期 {inferred.isoformat()}（由推进情况推断）" if inferred else ""
            out.write(f"{file.name}：{len(cases)} 条{note}\n")
        for case in cases:
            tally.add(case, judge_texts(case.task, case.progress, case.as_of))
    if not tally.cases:
        raise DubanError(f"{path} 中没有带 label 和 progress 的标注记录")
    return tally


def run(path: Path, *, show: bool, out: TextIO) -> int:
    """Score duban's judgements against the labelled records at `path`; print the measures."""
    tally = evaluate(path, out)
    out.write(f"条目数：{tally.cases}\n")
    out.write(f"一致率（待研判计为不一致，未填报仅与“未填报”一致）：{_rate(tally.agreed, tally.cases)}\n")
    out.write(f"已研判条目一致率：{_rate(tally.agreed, tally.decided)}\n")
    out.write(f"滞后召回率：{_rate(tally.caught, tally.office_lagging)}\n")
    out.write(f"滞后精确率：{_rate(tally.caught, tally.flagged)}\n")
    out.write(f"待研判占比：{_rate(tally.statuses['unknown'], tally.cases)}\n")
    if tally.named:
        out.write(f"具体状态一致率（标注为具体状态的条目）：{_rate(tally.named_agreed, tally.named)}\n")
    out.write(f"未填报：{tally.statuses['unreported']}\n")
    distribution = "，".join(f"{STATUS_LABELS[s]} {n}" for s, n in tally.statuses.most_common())
    out.write(f"状态分布：{distribution}\n")
    out.write(f"不一致：{len(tally.disagreements)} 条\n")
    if show:
        for case, judgement in tally.disagreements:
            out.write(f"\n[{case.where}] 督查室：{case.label}｜duban：{judgement.label}\n")
            out.write(f"  任务：{_short(case.task)}\n")
            out.write(f"  推进：{_short(case.progress, 160)}\n")
            out.write(f"  理由：{judgement.reason}\n")
            for warning in judgement.warnings:
                out.write(f"  提示：{warning}\n")
    return 0
