"""Speed and quality of target and actual extraction, beside a naive regular-expression baseline.

Run: .venv/bin/python bench/bench_targets.py [GOLD_DIR]   (default tests/gold)
Prints sentences per second of CPU time (one core) for targets and actuals, read for the first time
(caches emptied each round) beside the goal (issue 15: targets >= 5,000/s) and the naive baseline, the
time for a 1 MB and a 2 MB progress text (linear growth expected), and quantity / comparator+kind F1
of duban and the baseline.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from caches import per_cpu_second
from duban.core.actuals import extract_actuals
from duban.core.quantity import Quantity, unit_base
from duban.core.targets import Target, extract_targets
from duban.evaluation.targets import Score, read_gold, score_record

_SENTENCE_END = re.compile(r"(?<=[。；;！？\n])")
# The baseline: a number followed by a unit; comparator and kind guessed from the nearby words.
_NAIVE = re.compile(
    r"(\d+(?:\.\d+)?)(%|％|万亿元|亿元|万元|元|万人次|万人|人|万亩|亩|万平方米|平方米|公里|个|家|项|座|名|户|张|套|条|吨|万吨)"
)


def naive_targets(text: str) -> list[Target]:
    found = []
    for match in _NAIVE.finditer(text):
        value = float(match.group(1))
        unit = match.group(2).replace("％", "%")
        base_unit, factor = unit_base(unit)
        after = text[match.end() : match.end() + 2]
        before = text[max(0, match.start() - 4) : match.start()]
        comparator = (
            ">="
            if after == "以上"
            else "<="
            if after in ("以内", "以下")
            else "~"
            if after == "左右"
            else "="
        )
        kind = "growth_rate" if "增长" in before else "decline_rate" if "下降" in before else "increment"
        q = Quantity(value, unit, value * factor, base_unit, match.span(), match.group(0))
        found.append(Target("", q, comparator, kind, match.span(), match.group(0)))  # type: ignore[arg-type]
    return found


TARGETS_GOAL = 5_000


def main() -> None:
    gold_dir = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "tests" / "gold"
    )
    names = ("plan_002_tasks", "plan_004_tasks", "progress_000_items", "report_001_tasks", "targets_seed")
    missing = [name for name in names if not (gold_dir / f"{name}.jsonl").is_file()]
    if missing:
        sys.exit(
            f"bench_targets: {gold_dir} 中缺少标注文件：{'、'.join(missing)}（默认读取仓库中的 tests/gold）"
        )
    tasks: list[str] = []
    progress: list[str] = []
    for name in ("plan_002_tasks", "plan_004_tasks", "progress_000_items", "report_001_tasks"):
        for line in (gold_dir / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            tasks.extend(s for s in _SENTENCE_END.split(record["text"]) if s.strip())
            progress.extend(s for s in _SENTENCE_END.split(record.get("progress") or "") if s.strip())
    print(
        f"任务句 {len(tasks)} 句，推进情况句 {len(progress)} 句；速度为单核 CPU 时间，每轮清空缓存（首次读取）"
    )
    targets_speed = per_cpu_second(tasks, extract_targets, 20, cold=True)
    warm = per_cpu_second(tasks, extract_targets, 5, cold=False)
    naive = per_cpu_second(tasks, naive_targets, 20, cold=False)
    verdict = "达到" if targets_speed >= TARGETS_GOAL else "未达到"
    print(
        f"extract_targets: {targets_speed:,.0f} 句/秒（目标 ≥ {TARGETS_GOAL:,}，{verdict}；"
        f"朴素正则基线 {naive:,.0f} 句/秒；重复读取同一批句子 {warm:,.0f} 句/秒）"
    )
    print(f"extract_actuals: {per_cpu_second(progress, extract_actuals, 20, cold=True):,.0f} 句/秒")

    block = "\n".join(progress)
    for megabytes in (1, 2):
        big = (block + "\n") * (megabytes * 1_000_000 // len(block.encode("utf-8")) + 1)
        start = time.perf_counter()
        count = len(extract_actuals(big))
        elapsed = time.perf_counter() - start
        size = len(big.encode("utf-8")) / 1e6
        print(f"{size:.1f} MB 推进情况文本：{elapsed:.2f} 秒，读出 {count:,} 个数字")

    seed = gold_dir / "targets_seed.jsonl"
    for label, extract in (("duban", extract_targets), ("朴素正则基线", naive_targets)):
        score = Score()
        for _, record, golds in read_gold(seed):
            score_record(record["text"], golds, extract(record["text"]), score, "")
        _, _, quantity_f1 = score.quantity
        _, _, typed_f1 = score.typed
        print(
            f"{label:<8} 数量 F1 {quantity_f1:.3f}  比较符+类型 F1 {typed_f1:.3f}  "
            f"指标一致 {score.metric:.3f}（{seed.name}）"
        )


if __name__ == "__main__":
    main()
