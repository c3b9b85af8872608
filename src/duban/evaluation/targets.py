"""`duban eval targets FILE.jsonl`: target extraction scored against a gold file.

A predicted target matches a gold one when the values are equal after normalising multipliers
(1万平方米 = 10000平方米) and the base units are the same. On matched pairs we also count whether
comparator and kind agree, and whether the metrics agree (see `duban.core.matching.metrics_agree`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from duban.core.matching import metric_similarity, metrics_agree
from duban.core.quantity import unit_base
from duban.core.targets import Target, extract_targets
from duban.errors import DubanError


@dataclass(frozen=True, slots=True)
class GoldTarget:
    metric: str
    value: float
    unit: str
    comparator: str
    kind: str
    base_value: float
    base_unit: str


@dataclass(slots=True)
class Score:
    """Counts over a gold file; the rates are derived from them."""

    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    matched_typed: int = 0
    metric_agreed: int = 0
    disagreements: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 1.0
        recall = hits / gold if gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def quantity(self) -> tuple[float, float, float]:
        return self._f1(self.matched, self.predicted, self.gold)

    @property
    def typed(self) -> tuple[float, float, float]:
        return self._f1(self.matched_typed, self.predicted, self.gold)

    @property
    def metric(self) -> float:
        return self.metric_agreed / self.matched if self.matched else 1.0


def read_gold(path: Path) -> Iterator[tuple[int, dict[str, Any], list[GoldTarget]]]:
    """Records of a gold file: line number, record, and its targets with normalised values."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DubanError(f"无法读取标准答案文件 {path}：{exc.strerror}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            golds = []
            for item in record.get("targets", []):
                base_unit, factor = unit_base(item["unit"])
                value = float(item["value"])
                golds.append(
                    GoldTarget(
                        item["metric"], value, item["unit"], item["comparator"], item["kind"],
                        value * factor, base_unit,
                    )
                )  # fmt: skip
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise DubanError(f"{path} 第{number}行格式不对（需要 text 和 targets 字段）：{exc}") from None
        if not isinstance(text, str):
            raise DubanError(f"{path} 第{number}行的 text 应为字符串")
        yield number, record, golds


def _same_quantity(gold: GoldTarget, target: Target) -> bool:
    q = target.quantity
    return gold.base_unit == q.base_unit and math.isclose(gold.base_value, q.base_value, rel_tol=1e-9)


def score_record(
    text: str, golds: list[GoldTarget], predicted: list[Target], score: Score, label: str
) -> None:
    """Pair predictions with gold targets in one sentence and add the counts to `score`."""
    unused = list(predicted)
    score.sentences += 1
    score.gold += len(golds)
    score.predicted += len(predicted)
    notes: list[str] = []
    for gold in golds:
        candidates = [t for t in unused if _same_quantity(gold, t)]
        if not candidates:
            notes.append(
                f"  漏抽  {gold.metric} {gold.comparator} {_num(gold.value)}{gold.unit} ({gold.kind})"
            )
            continue
        target = max(candidates, key=lambda t: metric_similarity(t.metric, gold.metric))
        unused.remove(target)
        score.matched += 1
        typed = target.comparator == gold.comparator and target.kind == gold.kind
        score.matched_typed += typed
        agreed = metrics_agree(target.metric, gold.metric)
        score.metric_agreed += agreed
        if not typed:
            notes.append(
                f"  类型  {gold.metric} {_num(gold.value)}{gold.unit}：标准 {gold.comparator} {gold.kind}，"
                f"抽取 {target.comparator} {target.kind}"
            )
        if not agreed:
            notes.append(
                f"  指标  {_num(gold.value)}{gold.unit}：标准「{gold.metric}」，抽取「{target.metric}」"
            )
    for target in unused:
        notes.append(f"  多抽  {target.metric} {target.comparator} {target.text} ({target.kind})")
    if notes:
        score.disagreements.append(f"{label} {text[:60]}\n" + "\n".join(notes))


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def evaluate(path: Path) -> Score:
    score = Score()
    for number, record, golds in read_gold(path):
        label = f"第{number}行" + (
            f"（{record['source']} #{record.get('seq', number)}）" if "source" in record else ""
        )
        score_record(record["text"], golds, extract_targets(record["text"]), score, label)
    return score


def run(path: Path, *, show: bool, out: TextIO) -> int:
    """Print precision, recall and F1 for `path`; with `show`, every disagreement. Returns the exit code."""
    score = evaluate(path)
    if show:
        for block in score.disagreements:
            out.write(block + "\n")
        out.write("\n")
    p, r, f = score.quantity
    tp, tr, tf = score.typed
    out.write(
        f"目标抽取评测：{path.name}，{score.sentences} 句，标准 {score.gold} 个，抽取 {score.predicted} 个\n"
    )
    out.write(f"数量（数值与单位）          精确率 {p:.3f}  召回率 {r:.3f}  F1 {f:.3f}\n")
    out.write(f"数量 + 比较符 + 类型        精确率 {tp:.3f}  召回率 {tr:.3f}  F1 {tf:.3f}\n")
    out.write(
        f"指标名称一致（已匹配的 {score.matched} 个中） {score.metric_agreed} 个，占 {score.metric:.3f}\n"
    )
    return 0
