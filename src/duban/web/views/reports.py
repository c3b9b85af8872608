"""Download the bulletin (.docx) and summary table (.xlsx) of a period, written by duban.web.reporting."""

from __future__ import annotations

import tempfile
from io import StringIO
from pathlib import Path

from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404

from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Period
from duban.web.views.access import role_required

SUFFIX = {"summary": ".xlsx", "bulletin": ".docx"}
TITLE = {"summary": "汇总表", "bulletin": "督查通报"}


@role_required(permissions.OFFICE, permissions.LEADER)
def report_download(request, period_id: int, what: str):
    period = get_object_or_404(Period.objects.select_related("plan"), pk=period_id)
    if what not in SUFFIX:
        return HttpResponse("未知报表类型", status=404)
    try:
        from duban.web.reporting import report_command
    except ImportError:
        return HttpResponse("报表模块尚未就绪", status=503, content_type="text/plain; charset=utf-8")
    workdir = Path(tempfile.mkdtemp(prefix="duban-report-"))
    output = workdir / f"{period.plan.code if period.plan else 'plan'}-{period.pk}{SUFFIX[what]}"
    try:
        report_command(
            what,
            period=period.label,
            plan=period.plan.code if period.plan else None,
            output=output,
            out=StringIO(),
        )
    except (DubanError, NotImplementedError) as exc:
        message = getattr(exc, "message", "报表模块尚未就绪")
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    filename = f"{period.plan.issuer if period.plan else ''}{period.label}{TITLE[what]}{SUFFIX[what]}"
    return FileResponse(output.open("rb"), as_attachment=True, filename=filename)
