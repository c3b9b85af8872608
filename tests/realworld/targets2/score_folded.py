"""Second view of the first run (not the official score): the same quantity/comparator+kind F1 as
bench/bench_realworld.py, but with units folded from traditional to simplified characters on both sides
(萬人 = 万人, 個 = 个 ...). The annotations keep units as written; the frozen first run prints simplified
units, so in the traditional-character documents every correct target is counted as one miss and one
false positive by the official score. Run from the repository root:

    .venv/bin/python tests/realworld/targets2/score_folded.py
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))
from bench_realworld import score_targets, TargetScore  # noqa: E402

FOLD = str.maketrans("萬億個戶處條棟畝張場項噸輛臺", "万亿个户处条栋亩张场项吨辆台")
B = pathlib.Path(__file__).resolve().parent


def fold(target):
    return {**target, "unit": (target.get("unit") or "").translate(FOLD)}


def main():
    gold = [json.loads(line) for line in (B / "targets.jsonl").open(encoding="utf-8")]
    out = [json.loads(line) for line in (B / "firstrun" / "targets.out.jsonl").open(encoding="utf-8")]
    per_doc, total = {}, TargetScore()
    for row, predicted in zip(gold, out, strict=True):
        predicted = predicted.get("targets", []) if isinstance(predicted, dict) else predicted
        folded = {**row, "targets": [fold(t) for t in row["targets"]]}
        score = score_targets(folded, [fold(t) for t in predicted])
        per_doc.setdefault(row["doc"], TargetScore()).add(score)
        total.add(score)
    for doc, score in per_doc.items():
        print(f"{doc:32} {score.sentences:>3} tp {score.tp:>3} fp {score.fp:>2} fn {score.fn:>2} "
              f"qF1 {score.f1():.3f} ckF1 {score.full_f1():.3f}")
    print(f"{'TOTAL':32} {total.sentences:>3} tp {total.tp:>3} fp {total.fp:>2} fn {total.fn:>2} "
          f"qF1 {total.f1():.3f} ckF1 {total.full_f1():.3f}")


if __name__ == "__main__":
    main()
