"""Wall time of `duban parse PATH --json` as a subprocess (start-up included).

Runs each corpus document and synthetic 150- and 1,000-task plans written to a temporary directory, a
few times each after one run that writes the bytecode (an installed duban has it; a machine that sets
PYTHONDONTWRITEBYTECODE would otherwise compile every module on every run), and prints the best and
median times beside the goal (issues 2 and 15: 0.3 s for a plan of about 150 tasks, 2 s for 1,000)
and a naive baseline: Python starting, reading the file and printing its lines as JSON.

    .venv/bin/python bench/bench_parse.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
DUBAN = [sys.executable, "-m", "duban"]
NAIVE = [
    sys.executable,
    "-c",
    "import json, sys; print(json.dumps(open(sys.argv[1], encoding='utf-8').read().splitlines()))",
]
GOAL_150, GOAL_1000 = 0.3, 2.0

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


def time_runs(command: list[str], repeat: int, env: dict[str, str]) -> tuple[float, float, bytes]:
    subprocess.run(command, capture_output=True, check=True, env=env)  # writes the bytecode
    times: list[float] = []
    output = b""
    for _ in range(repeat):
        start = time.perf_counter()
        output = subprocess.run(command, capture_output=True, check=True, env=env).stdout
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), output


def goal_of(tasks: int) -> str:
    if 100 <= tasks <= 200:
        return f"≤ {GOAL_150} s"
    return f"≤ {GOAL_1000} s" if tasks >= 1000 else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        best, median, _ = time_runs([sys.executable, "-c", "pass"], args.repeat, env)
        print(f"python start-up alone: best {best:.3f} s, median {median:.3f} s")
        documents = sorted(CORPUS.glob("*.txt"))
        for size in (150, 1000):
            path = Path(tmp) / f"synthetic_{size}.txt"
            path.write_text(synthetic_plan(size), encoding="utf-8")
            documents.append(path)
        print(f"{'document':<32} {'tasks':>6} {'best s':>8} {'median s':>9} {'goal':>8} {'naive s':>8}")
        for path in documents:
            best, median, output = time_runs([*DUBAN, "parse", str(path), "--json"], args.repeat, env)
            count = len(json.loads(output)["tasks"])
            naive, _, _ = time_runs([*NAIVE, str(path)], args.repeat, env)
            print(f"{path.name:<32} {count:>6} {best:>8.3f} {median:>9.3f} {goal_of(count):>8} {naive:>8.3f}")


if __name__ == "__main__":
    main()
