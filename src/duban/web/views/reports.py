"""Download the bulletin (.docx) and summary table (.xlsx) of a period, written by services.reports.

The office gets every task of the plan; a leader gets the tasks under that leader, the same reach as the
task list. The document is written to a temporary file that is deleted once the response is sent.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.http import FileResponse, HttpResponse

from duban.errors import DubanError
from duban.web import permissions
from duban.web.selectors.periods import period_by_id
from duban.web.services.reports import write_period_report
from duban.web.views.access import found, role_required

SUFFIX = {"summary": ".xlsx", "bulletin": ".docx"}
TITLE = {"summary": "汇总表", "bulletin": "督查通报"}


@role_required(permissions.OFFICE, permissions.LEADER)
def report_download(request, period_id: int, what: str):
    period = found(period_by_id(period_id))
    if what not in SUFFIX:
        return HttpResponse("未知报表类型", status=404)
    actor = request.actor
    task_ids = None
    if not actor.sees_everything:
        task_ids = set(permissions.tasks_visible_to(actor).values_list("pk", flat=True))
    # Closed by FileResponse after the last byte is sent; the file is removed when it is closed.
    output = tempfile.NamedTemporaryFile(prefix="duban-report-", suffix=SUFFIX[what])  # noqa: SIM115
    try:
        write_period_report(what, period=period, output=Path(output.name), task_ids=task_ids)
    except DubanError as exc:
        output.close()
        return HttpResponse(exc.message, status=400, content_type="text/plain; charset=utf-8")
    output.seek(0)
    filename = f"{period.plan.issuer if period.plan else ''}{period.label}{TITLE[what]}{SUFFIX[what]}"
    return FileResponse(output, as_attachment=True, filename=filename)
