"""Wall time of `duban parse PATH --json` as a subprocess (start-up included).

Runs each corpus document and a synthetic 1,000-task plan written to a temporary directory, a few
times each, and prints the best and median times. Goal (issue 2): under 0.3 s for a 150-task plan,
under 2 s for 1,000 tasks.

    .venv/bin/python bench/bench_parse.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
DUBAN = [sys.executable, "-m", "duban"]

UNITS = ["区发展改革委", "区经济信息委", "区商务委", "区财政局", "区科技局", "区住房城乡建委", "区农业农村委"]
LEADERS = ["冯星贵", "高  帆", "靖开媛", "郑小平"]


def synthetic_plan(tasks: int) -> str:
    """A tab-cell plan like the Fuling one: categories of 20 rows, leaders and two unit columns."""
    lines = ["某区2025年政府工作报告目标任务分解方案", "二、2025年主要工作任务", ""]
    lines += ["\t分类", "\t序号", "\t目标任务", "\t牵头领导", "\t牵头责任单位", "\t责任（配合）单位", ""]
    for seq in range(1, tasks + 1):
        category = f"\t{'一二三四五六七八九十'[(seq - 1) // 20 % 10]}、" if seq % 20 == 1 else "\t"
        lines += [
            category,
            f"\t{seq} ",
            f"\t实施第{seq}项重点工作，新增市场主体{seq * 3}家，完成投资{seq}亿元，力争增长{seq % 9 + 1}%以上。",
            f"\t{LEADERS[seq % len(LEADERS)]}",
            f"\t{UNITS[seq % len(UNITS)]}",
            f"\t各镇街，{UNITS[(seq + 3) % len(UNITS)]}等区级相关部门单位",
            "",
        ]
    return "\n".join(lines) + "\n"


def time_parse(path: Path, repeat: int) -> tuple[float, float, int]:
    times: list[float] = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run([*DUBAN, "parse", str(path), "--json"], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
        count = len(json.loads(result.stdout)["tasks"])
    return min(times), statistics.median(times), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    print(f"python start-up alone: {time.perf_counter() - start:.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        documents = sorted(CORPUS.glob("*.txt"))
        for size in (150, 1000):
            path = Path(tmp) / f"synthetic_{size}.txt"
            path.write_text(synthetic_plan(size), encoding="utf-8")
            documents.append(path)
        print(f"{'document':<32} {'tasks':>6} {'best s':>8} {'median s':>9}")
        for path in documents:
            best, median, count = time_parse(path, args.repeat)
            print(f"{path.name:<32} {count:>6} {best:>8.3f} {median:>9.3f}")


if __name__ == "__main__":
    main()
