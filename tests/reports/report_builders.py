"""Report data built in tests (imported by the tests of this folder): the Shapingba 2022 H1 report (corpus 001) from its gold annotations,
and small hand-made plans for single behaviours."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from duban.reports.data import ReportData, ReportTask
from duban.reports.method import default_method_note

# Copies of ../shared/gold/report_001_*.jsonl (hand-checked annotations of corpus 001).
GOLD_DIR = Path(__file__).resolve().parent / "fixtures"
# Under pytest-xdist each worker keeps its own folder (test-output/reports/gw0, …): files of one name written by
# two workers at once would be read back half-written by the other.
OUTPUT_DIR = (
    Path(__file__).resolve().parents[2]
    / "test-output"
    / "reports"
    / os.environ.get("PYTEST_XDIST_WORKER", "")
)

# The office's printed labels in corpus 001, read as statuses (DESIGN §3).
LABEL_STATUS = {
    "符合预期": "on_track",
    "符合时间节点要求": "on_track",
    "不达预期": "lagging",
    "正常推进": "on_track",
    "滞后": "lagging",
}


def _read(name: str) -> list[dict]:
    with (GOLD_DIR / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def report_001() -> ReportData:
    """ReportData for corpus 001 as an import with the office's own labels would give it."""
    tasks = []
    for record in _read("report_001_indicators.jsonl"):
        tasks.append(
            ReportTask(
                ref=f"indicator-{record['seq']}",
                seq=record["seq"],
                text=record["text"],
                kind="indicator",
                section=("经济社会发展预期目标",),
                lead_units=tuple(record["units"]),
                progress=record["progress"],
                status=LABEL_STATUS[record["label"]],
                label=record["label"],
            )
        )
    records = _read("report_001_tasks.jsonl")
    for order, record in enumerate(records, start=1):
        tasks.append(
            ReportTask(
                ref=f"attachment{record['attachment']}-{record['seq']}",
                seq=order,
                text=record["text"],
                section=("重点工作任务",),
                category=record["category"],
                lead_units=tuple(record["lead_units"]),
                co_units=tuple(record["co_units"]),
                progress=record["progress"],
                status=LABEL_STATUS[record["label"]],
            )
        )
    return ReportData(
        title="重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告",
        issuer="重庆市沙坪坝区人民政府督查办",
        year=2022,
        period_label="1-6月",
        as_of=date(2022, 7, 26),
        addressee="区政府",
        tasks=tuple(tasks),
        method_note=default_method_note(0.5),
    )


def make_task(ref: str, status: str = "on_track", **fields) -> ReportTask:
    """A key task with sensible defaults; `fields` override any ReportTask field."""
    defaults = {
        "seq": int("".join(ch for ch in ref if ch.isdigit()) or 1),
        "text": f"任务{ref}",
        "section": ("重点工作",),
        "lead_units": ("区发展改革委",),
        "progress": f"任务{ref}的推进情况。",
    }
    return ReportTask(ref=ref, status=status, **{**defaults, **fields})


def make_data(tasks: list[ReportTask], **fields) -> ReportData:
    defaults = {
        "title": "关于2025年政府工作报告重点任务1-6月推进情况的报告",
        "issuer": "某区人民政府督查室",
        "year": 2025,
        "period_label": "1-6月",
        "as_of": date(2025, 7, 10),
        "addressee": "区政府",
    }
    return ReportData(tasks=tuple(tasks), **{**defaults, **fields})
