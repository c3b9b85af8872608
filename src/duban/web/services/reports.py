"""Writing the office's documents for a period (bulletin .docx, summary .xlsx, public .html) from what
selectors.reports reads: the one path of `duban report` and of the web download."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from duban.reports import check_output, write_report
from duban.reports.data import ReportData
from duban.web.models import Period
from duban.web.selectors.reports import period_report_data


def write_period_report(
    what: str,
    *,
    period: Period,
    output: Path,
    task_ids: Collection[int] | None = None,
    progress: Callable[[str], None] | None = None,
) -> ReportData:
    """Write one document for a period to `output`; with `task_ids`, only those tasks (a leader's download
    covers the tasks under that leader). Returns what was written from."""
    check_output(what, output)
    data = period_report_data(period=period, task_ids=task_ids, progress=progress)
    write_report(what, data, output)
    return data
