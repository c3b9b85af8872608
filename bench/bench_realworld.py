"""How duban reads the real documents collected under tests/realworld/, now and at the first run.

For every batch folder (tests/realworld/<batch>/ with documents.jsonl) and every document:
- rows: annotated task rows (tasks.jsonl), rows found (a parsed task's text, whitespace removed,
  contains the annotated text_start), and over the found rows the exact-set agreement of
  lead_units, co_units and lead_leaders, the progress start and the label;
- targets (targets.jsonl): quantity F1, comparator+kind F1 and metric agreement;
- judgements (judged.jsonl): agreement (behind = lagging/not_started vs ok = completed/ahead/
  on_track; anything else disagrees), lagging recall, abstentions.
The metric definitions are those of /work/shared/tools/realdev_score.py. "now" runs duban's library
in this process; "first" reads the frozen baseline's outputs saved in <batch>/firstrun/.

    .venv/bin/python bench/bench_realworld.py [--batch NAME] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = ROOT / "tests" / "realworld"
BEHIND, OK = {"lagging", "not_started"}, {"completed", "ahead", "on_track"}
MULTIPLIERS = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))
KEEP_PREFIX = ("千瓦", "千瓦时", "千米", "千克", "千伏", "兆瓦", "百分点", "个百分点")
ROW_FIELDS = ("lead_units", "co_units", "lead_leaders", "progress", "label")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ITEM_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳])"
)


def compact(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


# --- rows ---------------------------------------------------------------------------------------


@dataclass
class RowScore:
    annotated: int = 0
    found: int = 0
    agree: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ROW_FIELDS, 0))

    def add(self, other: RowScore) -> None:
        self.annotated += other.annotated
        self.found += other.found
        for name in ROW_FIELDS:
            self.agree[name] += other.agree[name]

    def rate(self, name: str | None = None) -> float | None:
        if name is None:
            return self.found / self.annotated if self.annotated else None
        return self.agree[name] / self.found if self.found else None


def _label_key(label: str | None) -> str | None:
    if not label:
        return None
    from duban.ingest.layouts.headings import judgement_in

    return judgement_in(label) or label


def score_rows(gold: list[dict[str, Any]], tasks: list[dict[str, Any]]) -> tuple[RowScore, list[str]]:
    """Rows found (each parsed task used once, in order) and field agreement over the found rows."""
    score = RowScore(annotated=len(gold))
    misses: list[str] = []
    used: set[int] = set()
    texts = [compact(task.get("text")) for task in tasks]
    for record in gold:
        start = compact(record["text_start"])
        if not any(start in t for t in texts):
            # the item's own number (一是, (一), 1.) is not part of the task's text
            start = compact(ITEM_MARK.sub("", record["text_start"], count=1)) or start
        match = next((i for i, t in enumerate(texts) if i not in used and start in t), None)
        if match is None:
            match = next((i for i, t in enumerate(texts) if start in t), None)
        if match is None:
            misses.append(f"not found: {record['text_start']}")
            continue
        used.add(match)
        task = tasks[match]
        score.found += 1
        for name in ("lead_units", "co_units", "lead_leaders"):
            same = set(task.get(name) or []) == set(record.get(name) or [])
            score.agree[name] += same
            if not same:
                misses.append(
                    f"{name}: {record['text_start']} gold={record.get(name)} duban={task.get(name)}"
                )
        gold_progress = compact(record.get("progress_start"))
        progress_ok = compact(task.get("progress")).startswith(gold_progress) if gold_progress else True
        if gold_progress and not progress_ok:
            progress_ok = gold_progress in compact(task.get("progress"))
        score.agree["progress"] += progress_ok
        score.agree["label"] += _label_key(record.get("label")) == _label_key(task.get("label"))
    return score, misses


# --- targets and judgements (definitions of realdev_score.py) --------------------------------------


def base_quantity(value: Any, unit: str | None) -> tuple[float | None, str]:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None, (unit or "").strip()
    name = (unit or "").strip().replace("％", "%")
    if name in ("个百分点", "百分点"):
        return number, "百分点"
    for prefix, factor in MULTIPLIERS:
        if name.startswith(prefix) and not name.startswith(KEEP_PREFIX):
            number, name = number * factor, name[len(prefix) :]
            break
    if name.startswith("个") and len(name) > 1:
        name = name[1:]
    return number, name


def same_quantity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    (va, ua), (vb, ub) = (
        base_quantity(a.get("value"), a.get("unit")),
        base_quantity(b.get("value"), b.get("unit")),
    )
    if va is None or vb is None or (ua != ub and not (ua in ("", "个") and ub in ("", "个"))):
        return False
    return abs(va - vb) <= 1e-6 * max(1.0, abs(va), abs(vb))


def metric_close(a: str | None, b: str | None) -> bool:
    sa, sb = set(a or ""), set(b or "")
    if not sa or not sb:
        return False
    return a in b or b in a or len(sa & sb) / len(sa | sb) >= 0.5  # type: ignore[operator]


@dataclass
class TargetScore:
    sentences: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0
    metric: int = 0

    def add(self, other: TargetScore) -> None:
        for name in ("sentences", "tp", "fp", "fn", "full", "metric"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def full_f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.full / denominator if denominator else None

    def metric_rate(self) -> float | None:
        return self.metric / self.tp if self.tp else None


def score_targets(gold: dict[str, Any], predicted: list[dict[str, Any]]) -> TargetScore:
    score = TargetScore(sentences=1)
    used: set[int] = set()
    for target in gold["targets"]:
        for index, guess in enumerate(predicted):
            if index not in used and same_quantity(target, guess):
                used.add(index)
                score.tp += 1
                score.full += target.get("comparator") == guess.get("comparator") and target.get(
                    "kind"
                ) == guess.get("kind")
                score.metric += metric_close(target.get("metric"), guess.get("metric"))
                break
    score.fp = len(predicted) - len(used)
    score.fn = len(gold["targets"]) - len(used)
    return score


@dataclass
class JudgeScore:
    cases: int = 0
    agree: int = 0
    abstain: int = 0
    tp: int = 0
    fn: int = 0

    def add(self, other: JudgeScore) -> None:
        for name in ("cases", "agree", "abstain", "tp", "fn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def agreement(self) -> float | None:
        return self.agree / self.cases if self.cases else None

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def score_judgement(gold: dict[str, Any], output: dict[str, Any]) -> JudgeScore:
    expected, status = gold["status"], output.get("status")
    behind, said_behind = expected in BEHIND, status in BEHIND
    return JudgeScore(
        cases=1,
        agree=int(behind == said_behind and status in BEHIND | OK),
        abstain=int(status not in BEHIND | OK),
        tp=int(behind and said_behind),
        fn=int(behind and not said_behind),
    )


# --- running duban now -------------------------------------------------------------------------------


def parse_now(path: Path) -> tuple[list[dict[str, Any]], list[str], str | None]:
    from duban.ingest import parse_document

    try:
        parsed = parse_document(path).to_json()
    except Exception as exc:  # a crash is a result here: the document scores 0
        return [], [], f"{type(exc).__name__}: {exc}"
    return parsed["tasks"], parsed["warnings"], None


def parse_first(batch: Path, document: str) -> tuple[list[dict[str, Any]], list[str], str | None]:
    path = batch / "firstrun" / f"{document}.parse.json"
    if not path.exists() or not path.read_text(encoding="utf-8").strip():
        return [], [], "no first-run output"
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("tasks", []), data.get("warnings", []), None


def targets_now(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    from duban.core.targets import extract_targets

    return [[t.to_json() for t in extract_targets(row["text"])] for row in rows]


def judge_now(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from duban.core.judging import judge_texts

    return [
        judge_texts(row["task"], row["progress"], date.fromisoformat(row["as_of"])).to_json() for row in rows
    ]


def first_outputs(batch: Path, name: str, count: int) -> list[Any] | None:
    rows = read_jsonl(batch / "firstrun" / name)
    if len(rows) != count:
        return None
    return [row.get("targets", []) if isinstance(row, dict) and "targets" in row else row for row in rows]


# --- printing ----------------------------------------------------------------------------------------


def fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


@dataclass
class DocumentScore:
    rows: dict[str, RowScore] = field(default_factory=lambda: {"first": RowScore(), "now": RowScore()})
    targets: dict[str, TargetScore] = field(
        default_factory=lambda: {"first": TargetScore(), "now": TargetScore()}
    )
    judged: dict[str, JudgeScore] = field(
        default_factory=lambda: {"first": JudgeScore(), "now": JudgeScore()}
    )
    tasks: dict[str, int] = field(default_factory=lambda: {"first": 0, "now": 0})
    silent: dict[str, int] = field(default_factory=lambda: {"first": 0, "now": 0})

    def add(self, other: DocumentScore) -> None:
        for run in ("first", "now"):
            self.rows[run].add(other.rows[run])
            self.targets[run].add(other.targets[run])
            self.judged[run].add(other.judged[run])
            self.tasks[run] += other.tasks[run]
            self.silent[run] += other.silent[run]


HEADER = (
    f"{'document':34} {'run':5} {'rows':>4} {'found':>5} {'lead':>5} {'co':>5} {'leadr':>5} {'prog':>5} "
    f"{'label':>5} | {'tgt':>3} {'qF1':>5} {'ckF1':>5} {'metr':>5} | {'jdg':>3} {'agree':>5} {'lagR':>5}"
)


def print_line(name: str, run: str, score: DocumentScore) -> None:
    rows, targets, judged = score.rows[run], score.targets[run], score.judged[run]
    found = f"{rows.found}" if rows.annotated else "-"
    silent = f" {score.silent[run]} doc(s) with 0 tasks and no warning" if score.silent[run] else ""
    print(
        f"{name[:34]:34} {run:5} {rows.annotated:>4} {found:>5} {fmt(rows.rate('lead_units'))} "
        f"{fmt(rows.rate('co_units'))} {fmt(rows.rate('lead_leaders'))} {fmt(rows.rate('progress'))} "
        f"{fmt(rows.rate('label'))} | {targets.sentences:>3} {fmt(targets.f1())} {fmt(targets.full_f1())} "
        f"{fmt(targets.metric_rate())} | {judged.cases:>3} {fmt(judged.agreement())} {fmt(judged.recall())}"
        f"{silent}"
    )


def score_batch(batch: Path, show: int) -> DocumentScore:
    documents = read_jsonl(batch / "documents.jsonl")
    tasks = read_jsonl(batch / "tasks.jsonl")
    targets = read_jsonl(batch / "targets.jsonl")
    judged = read_jsonl(batch / "judged.jsonl")
    per_doc: dict[str, DocumentScore] = {d["id"]: DocumentScore() for d in documents}
    shown = 0
    for document in documents:
        score = per_doc[document["id"]]
        gold = [t for t in tasks if t.get("doc") == document["id"]]
        for run in ("first", "now"):
            if run == "now":
                parsed, warnings, error = parse_now(batch / document["file"])
            else:
                parsed, warnings, error = parse_first(batch, document["id"])
            score.tasks[run] = len(parsed)
            score.silent[run] = int(not parsed and not warnings and error is None and bool(gold))
            rows, misses = score_rows(gold, parsed)
            score.rows[run] = rows
            if run == "now" and show and (misses or error):
                for miss in ([error] if error else []) + misses:
                    if shown < show:
                        print(f"  [{document['id']}] {miss}")
                        shown += 1
    for run, outputs in (
        ("first", first_outputs(batch, "targets.out.jsonl", len(targets))),
        ("now", targets_now(targets)),
    ):
        if outputs is None:
            continue
        for row, predicted in zip(targets, outputs, strict=True):
            if row.get("doc") in per_doc:
                per_doc[row["doc"]].targets[run].add(score_targets(row, predicted))
    first_judged = read_jsonl(batch / "firstrun" / "judged.out.jsonl")
    for run, outputs in (
        ("first", first_judged if len(first_judged) == len(judged) else None),
        ("now", judge_now(judged)),
    ):
        if outputs is None:
            continue
        for row, output in zip(judged, outputs, strict=True):
            if row.get("doc") in per_doc:
                per_doc[row["doc"]].judged[run].add(score_judgement(row, output))
    total = DocumentScore()
    print(
        f"\n== batch {batch.name}: {len(documents)} documents, {len(tasks)} rows, "
        f"{len(targets)} target sentences, {len(judged)} judged cases"
    )
    print(HEADER)
    for name, score in per_doc.items():
        for run in ("first", "now"):
            print_line(name, run, score)
        total.add(score)
    for run in ("first", "now"):
        print_line(f"TOTAL {batch.name}", run, total)
    return total


def batches(only: str | None) -> Iterable[Path]:
    for path in sorted(REALWORLD.iterdir()) if REALWORLD.exists() else []:
        if (path / "documents.jsonl").exists() and (only is None or path.name == only):
            yield path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", help="only this batch folder")
    parser.add_argument("--show", type=int, default=0, help="print up to N misses of the current code")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    started = time.perf_counter()
    print("rows: annotated / found; lead, co, leadr(s), prog(ress), label: exact agreement over found rows")
    print(
        "tgt: sentences, qF1 quantity F1, ckF1 comparator+kind F1, metr metric agreement; "
        "jdg: cases, agree(ment), lagR lagging recall"
    )
    grand = DocumentScore()
    for batch in batches(args.batch):
        grand.add(score_batch(batch, args.show))
    print()
    print(HEADER)
    for run in ("first", "now"):
        print_line("ALL BATCHES", run, grand)
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
