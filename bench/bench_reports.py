"""Time to write the bulletin (.docx with charts) and the summary (.xlsx) from ReportData.

One 150-task plan (goal < 2 s for both), then a synthetic city of 40 plans × 150 tasks (goal < 30 s
for all of them). Task and progress texts are taken from the corpus 001 annotations kept with the tests,
cycled and renumbered; statuses are spread like a mid-year report. Then the bulletin of corpus 001 (141
tasks, imported into a temporary SQLite site with its judgements) written by `duban report bulletin`,
start-up included (goal of issue 15: 2 s), beside a naive baseline: a process writing a Word table of
the same 141 rows with python-docx. Prints what it measured.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from duban.reports.bulletin import write_bulletin
from duban.reports.data import ReportData, ReportTask
from duban.reports.summary import write_summary

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "reports" / "fixtures"
REPORT_001 = ROOT / "tests" / "corpus" / "001_709c606c80aee2ec.txt"
CLI_GOAL = 2.0
NAIVE_DOCX = (
    "import json, sys\n"
    "from docx import Document\n"
    "rows = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]\n"
    "document = Document()\n"
    "table = document.add_table(rows=len(rows), cols=3)\n"
    "for row, record in zip(table.rows, rows):\n"
    "    for cell, text in zip(row.cells, (record['text'], '、'.join(record['lead_units']), record['progress'])):\n"
    "        cell.text = text\n"
    "document.save(sys.argv[2])\n"
)
# One status in each position of this cycle: mostly on track, some lagging, a few of the rest.
STATUS_CYCLE = ("on_track",) * 12 + ("lagging", "ahead", "completed", "on_track", "unreported", "unknown")


def _records() -> list[dict]:
    with (FIXTURES / "report_001_tasks.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def synthetic_plan(number: int, tasks: int, records: list[dict]) -> ReportData:
    """A plan of `tasks` tasks (the first 10 indicators) in 12 sections, with a previous period."""
    items = []
    previous = {}
    for index in range(tasks):
        record = records[(index + number * 7) % len(records)]
        status = STATUS_CYCLE[(index + number) % len(STATUS_CYCLE)]
        ref = f"{number}-{index}"
        indicator = index < 10
        items.append(
            ReportTask(
                ref=ref,
                seq=index + 1 if indicator else index - 9,
                text=record["text"],
                kind="indicator" if indicator else "task",
                section=("主要预期目标",) if indicator else ("重点工作",),
                category=None if indicator else f"重点工作第{index % 12 + 1}组",
                lead_leaders=("张三",),
                lead_units=tuple(record["lead_units"]),
                co_units=tuple(record["co_units"]),
                progress=record["progress"] if status != "unreported" else "",
                status=status,
                reason="目标30个，1-6月建成2个，完成6.7%，低于序时进度50%。" if status == "lagging" else "",
            )
        )
        previous[ref] = STATUS_CYCLE[(index + number + 3) % len(STATUS_CYCLE)]
    return ReportData(
        title=f"第{number + 1}区关于2025年政府工作报告重点任务1-6月推进情况的报告",
        issuer=f"第{number + 1}区人民政府督查室",
        year=2025,
        period_label="1-6月",
        as_of=date(2025, 7, 10),
        addressee="区政府",
        tasks=tuple(sorted(items, key=lambda t: (t.kind != "indicator", t.category or "", t.seq))),
        late_units=("区科技局",),
        missing_units=("区体育局",),
        previous_period_label="1-3月",
        previous_statuses=previous,
        method_note="序时进度按报送期末已过月数除以12计算。",
    )


def _time(label: str, plans: list[ReportData], folder: Path) -> None:
    def run(write) -> tuple[float, float]:
        """Wall-clock and CPU seconds; CPU time shows the cost when other work shares the machine."""
        started, cpu = time.perf_counter(), time.process_time()
        for index, data in enumerate(plans):
            write(data, index)
        return time.perf_counter() - started, time.process_time() - cpu

    bulletin = run(lambda data, i: write_bulletin(data, folder / f"bulletin_{i}.docx"))
    summary = run(lambda data, i: write_summary(data, folder / f"summary_{i}.xlsx"))
    text_only = run(lambda data, i: write_bulletin(data, folder / f"plain_{i}.docx", charts=False))
    tasks = sum(len(d.tasks) for d in plans)
    for kind, pick in (("wall", 0), ("CPU", 1)):
        print(
            f"{label}: {len(plans)} plan(s), {tasks} tasks, {kind} time — bulletin {bulletin[pick]:.2f} s "
            f"(of which charts {bulletin[pick] - text_only[pick]:.2f} s), summary {summary[pick]:.2f} s, "
            f"bulletin + summary {bulletin[pick] + summary[pick]:.2f} s"
        )


def _cli_bulletin(folder: Path, repeat: int = 3) -> None:
    """`duban import` of corpus 001 into a fresh site, then `duban report bulletin` timed as a command."""
    env = {
        **os.environ,
        "DUBAN_DATA_DIR": str(folder / "site"),
        "PYTHONPYCACHEPREFIX": str(folder / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed duban has its bytecode written
    env.pop("DUBAN_DATABASE_URL", None)
    duban = [sys.executable, "-m", "duban"]
    subprocess.run(
        [*duban, "import", str(REPORT_001), "--period", "1-6月"], env=env, check=True, capture_output=True
    )
    output = folder / "督查通报.docx"
    command = [
        *duban,
        "report",
        "bulletin",
        "--plan",
        "2022-沙坪坝区",
        "--period",
        "1-6月",
        "-o",
        str(output),
    ]
    naive = [
        sys.executable,
        "-c",
        NAIVE_DOCX,
        str(FIXTURES / "report_001_tasks.jsonl"),
        str(folder / "naive.docx"),
    ]
    for label, run in (("duban report bulletin", command), ("naive python-docx table", naive)):
        subprocess.run(run, env=env, check=True, capture_output=True)  # writes the bytecode
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run(run, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        goal = (
            f"(goal ≤ {CLI_GOAL:.0f} s: {'met' if min(times) <= CLI_GOAL else 'NOT met'})"
            if run is command
            else ""
        )
        print(
            f"corpus 001, 141 tasks, {label}: best {min(times):.2f} s, median {statistics.median(times):.2f} s {goal}"
        )


def main() -> None:
    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    records = _records()
    with tempfile.TemporaryDirectory() as folder:
        # Warm up fonts and matplotlib once, as a long-running server would be.
        write_bulletin(synthetic_plan(99, 20, records), Path(folder) / "warm.docx")
        _time("150-task plan (goal < 2 s)", [synthetic_plan(0, 150, records)], Path(folder))
        city = [synthetic_plan(n, 150, records) for n in range(40)]
        _time("synthetic city (goal < 30 s)", city, Path(folder))
        _cli_bulletin(Path(folder))


if __name__ == "__main__":
    main()
