"""Judge the Tongliang 2025 H1 progress table (tests/gold/progress_000_items.jsonl, as of 2025-06-30).

Prints the distribution of statuses, every lagging item with its reason (to check against the row),
and how many tasks per second judging runs at on one core (targets and figures extracted each time,
caches emptied each round so that every text is read for the first time), beside the goal (issue 15:
>= 2,000/s) and a naive baseline (the first figure of the progress over the first of the task).
Run: .venv/bin/python bench/bench_judge.py [PATH]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from caches import clear_caches, per_cpu_second
from duban.core.judging import STATUS_LABELS, judge_texts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "gold" / "progress_000_items.jsonl"
AS_OF = date(2025, 6, 30)
ROUNDS = 20
JUDGE_GOAL = 2_000
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def naive_judge(task: str, progress: str, as_of: date) -> str:
    """The baseline: the progress's first figure over the task's first, against the time elapsed."""
    goal, done = _FIGURE.search(task), _FIGURE.search(progress)
    if not goal or not done or float(goal.group()) == 0:
        return "unknown"
    expected = as_of.month / 12
    return "on_track" if float(done.group()) / float(goal.group()) >= 0.9 * expected else "lagging"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.is_file():
        sys.exit(f"bench_judge: 找不到标注文件 {path}（默认读取仓库中的 tests/gold）")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judgements = [judge_texts(r["text"], r["progress"], AS_OF) for r in rows]

    counts = Counter(j.status for j in judgements)
    print(f"{path.name}: {len(rows)} items judged as of {AS_OF.isoformat()}")
    for status, n in counts.most_common():
        print(f"  {status:<12} {STATUS_LABELS[status]:<4} {n:>4}  {n / len(rows):.1%}")
    warned = sum(1 for j in judgements if j.warnings)
    print(f"  items with plausibility warnings: {warned}")

    print("\nlagging items:")
    for row, j in zip(rows, judgements, strict=True):
        if j.status == "lagging":
            print(f"  #{row['seq']} {row['text'][:50]}")
            print(f"      progress: {' '.join(row['progress'].split())[:120]}")
            print(f"      reason:   {j.reason}")

    cases = [(r["text"], r["progress"], AS_OF) for r in rows]
    wall, cpu, spent = time.perf_counter(), time.process_time(), 0.0
    for _ in range(ROUNDS):
        clear_caches()
        start = time.process_time()
        for case in cases:
            judge_texts(*case)
        spent += time.process_time() - start
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    total = ROUNDS * len(rows)
    speed = total / spent
    warm = per_cpu_second(cases, lambda case: judge_texts(*case), 5, cold=False)
    naive = per_cpu_second(cases, lambda case: naive_judge(*case), ROUNDS, cold=False)
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    verdict = "met" if speed >= JUDGE_GOAL else "NOT met"
    print(f"\nspeed: {total} judgements, {speed:,.0f} tasks/s of CPU time on one core, texts read afresh")
    print(
        f"       goal >= {JUDGE_GOAL:,}/s: {verdict}; naive baseline {naive:,.0f}/s; same texts again {warm:,.0f}/s"
    )
    print(f"       ({cpu:.2f}s CPU, {wall:.2f}s wall: {total / wall:,.0f} tasks/s wall-clock)")


if __name__ == "__main__":
    main()
