"""Download the bulletin (.docx) and summary table (.xlsx) of a period, written by duban.web.reporting.

The office gets every task of the plan; a leader gets the tasks under that leader, the same reach as the
task list. The document is written to a temporary file that is deleted once the response is sent.
"""

from __future__ import annotations

import tempfile
from io import StringIO
from pathlib import Path

from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404

from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Period
from duban.web.reporting import report_command
from duban.web.views.access import role_required

SUFFIX = {"summary": ".xlsx", "bulletin": ".docx"}
TITLE = {"summary": "汇总表", "bulletin": "督查通报"}


@role_required(permissions.OFFICE, permissions.LEADER)
def report_download(request, period_id: int, what: str):
    period = get_object_or_404(Period.objects.select_related("plan"), pk=period_id)
    if what not in SUFFIX:
        return HttpResponse("未知报表类型", status=404)
    actor = request.actor
    task_ids = None
    if not actor.sees_everything:
        task_ids = set(permissions.tasks_visible_to(actor).values_list("pk", flat=True))
    # Closed by FileResponse after the last byte is sent; the file is removed when it is closed.
    output = tempfile.NamedTemporaryFile(prefix="duban-report-", suffix=SUFFIX[what])  # noqa: SIM115
    try:
        report_command(
            what,
            period=period.label,
            plan=period.plan.code if period.plan else None,
            output=Path(output.name),
            out=StringIO(),
            task_ids=task_ids,
        )
    except DubanError as exc:
        output.close()
        return HttpResponse(exc.message, status=400, content_type="text/plain; charset=utf-8")
    output.seek(0)
    filename = f"{period.plan.issuer if period.plan else ''}{period.label}{TITLE[what]}{SUFFIX[what]}"
    return FileResponse(output, as_attachment=True, filename=filename)
