"""Judge the Tongliang 2025 H1 progress table (tests/gold/progress_000_items.jsonl, as of 2025-06-30).

Prints the distribution of statuses, every lagging item with its reason (to check against the row),
and how many tasks per second judging runs at on one core (targets and figures extracted each time).
Run: .venv/bin/python bench/bench_judge.py [PATH]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

from duban.core.judging import STATUS_LABELS, judge_texts

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "gold" / "progress_000_items.jsonl"
AS_OF = date(2025, 6, 30)
ROUNDS = 20


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

    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(ROUNDS):
        for r in rows:
            judge_texts(r["text"], r["progress"], AS_OF)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    total = ROUNDS * len(rows)
    # CPU time is what one core spends; wall time also counts waiting for a busy machine.
    print(f"\nspeed: {total} judgements, {total / cpu:,.0f} tasks/s of CPU time on one core")
    print(f"       ({cpu:.2f}s CPU, {wall:.2f}s wall: {total / wall:,.0f} tasks/s wall-clock)")


if __name__ == "__main__":
    main()
