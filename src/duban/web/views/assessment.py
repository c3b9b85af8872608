"""The assessment pages (考核): the ranking of a plan's units, one unit's breakdown with the office's
adjustments, the scheme, and the 考核表 / 考核情况通报 downloads.

The office sees every unit; a leader sees the units of the tasks under that leader, and in a breakdown
the tasks outside that reach are not named.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render

from duban.core.assessment import FREE_ITEM_NAME, KINDS, ROLES, describe
from duban.core.lexicons.schemes import EXAMPLES
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Period, Plan
from duban.web.selectors import assessment as selectors
from duban.web.selectors.plans import plan_by_id
from duban.web.selectors.units import unit_by_id
from duban.web.services import assessment as services
from duban.web.views.access import found, role_required

DOWNLOADS = {"table": ".xlsx", "notice": ".docx"}


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _plan(request, plan_id: int | None = None) -> tuple[Plan, list[Plan]]:
    """The plan asked for (path or ?plan=) among those the actor may see, else the latest; 404 otherwise."""
    plans = selectors.plans_for(request.actor)
    wanted = plan_id or _int(request.GET.get("plan"))
    chosen = next((p for p in plans if p.pk == wanted), None) if wanted else (plans[0] if plans else None)
    if chosen is None:
        raise Http404("没有可考核的方案")
    return chosen, plans


def _through(request, plan: Plan) -> tuple[Period | None, list[Period]]:
    periods = list(selectors.plan_periods(plan))
    wanted = _int(request.GET.get("through"))
    if wanted is None:
        return None, periods
    chosen = next((p for p in periods if p.pk == wanted), None)
    if chosen is None:
        raise Http404("没有找到该报送期")
    return chosen, periods


@role_required(permissions.OFFICE, permissions.LEADER)
def ranking(request):
    plan, plans = _plan(request)
    through, periods = _through(request, plan)
    assessment = selectors.assessment_for(request.actor, plan, through=through)
    rows = [(unit, [unit.items.get(key) for key, _ in assessment.columns]) for unit in assessment.units]
    return render(
        request,
        "duban/assessment.html",
        {
            "plan": plan,
            "plans": plans,
            "periods": periods,
            "through": through,
            "assessment": assessment,
            "rows": rows,
            "method": describe(assessment.scheme),
            "query": f"?through={through.pk}" if through else "",
        },
    )


@role_required(permissions.OFFICE, permissions.LEADER)
def unit_breakdown(request, plan_id: int, unit_id: int):
    plan, _ = _plan(request, plan_id)
    through, periods = _through(request, plan)
    assessment = selectors.assessment_for(request.actor, plan, through=through)
    score = found(assessment.unit(unit_id))
    groups: dict[str, dict] = {}
    for entry in score.entries:
        group = groups.setdefault(entry.item_name, {"name": entry.item_name, "points": 0.0, "entries": []})
        group["points"] = round(group["points"] + entry.points, 2)
        group["entries"].append(
            {
                "entry": entry,
                "role": ROLES.get(entry.role or "", ""),
                "task": assessment.task_texts.get(entry.task_id, "") if entry.task_id else "",
            }
        )
    context = {
        "plan": plan,
        "periods": periods,
        "through": through,
        "assessment": assessment,
        "score": score,
        "groups": list(groups.values()),
        "query": f"?through={through.pk}" if through else "",
    }
    if request.actor.is_office:
        names = {item.key: item.name for item in assessment.scheme.items}
        adjustments = selectors.unit_adjustments(plan, unit_id)
        for adjustment in adjustments:
            adjustment.item_name = names.get(adjustment.item, FREE_ITEM_NAME)
        context |= {
            "adjustments": adjustments,
            "history": selectors.adjustment_history(plan, unit_id),
            "manual_items": [i for i in assessment.scheme.items if i.kind == "manual"],
        }
    return render(request, "duban/assessment_unit.html", context)


@role_required(permissions.OFFICE)
def adjustment_add(request, plan_id: int, unit_id: int):
    if request.method != "POST":
        raise Http404()
    plan = found(plan_by_id(plan_id))
    unit = found(unit_by_id(unit_id))
    period = None
    if _int(request.POST.get("period")):
        period = next((p for p in selectors.plan_periods(plan) if p.pk == int(request.POST["period"])), None)
    try:
        services.add_adjustment(
            actor=request.actor,
            plan=plan,
            unit=unit,
            points=request.POST.get("points", ""),
            reason=request.POST.get("reason", ""),
            item=request.POST.get("item", ""),
            period=period,
        )
        messages.success(request, "调整已录入，得分已重新计算")
    except DubanError as exc:
        messages.error(request, exc.message)
    return redirect("assessment_unit", plan.pk, unit.pk)


@role_required(permissions.OFFICE)
def adjustment_withdraw(request, adjustment_id: int):
    if request.method != "POST":
        raise Http404()
    adjustment = found(selectors.adjustment_by_id(adjustment_id))
    try:
        services.withdraw_adjustment(
            actor=request.actor, adjustment=adjustment, reason=request.POST.get("reason", "")
        )
        messages.success(request, "调整已撤销，记录保留备查")
    except DubanError as exc:
        messages.error(request, exc.message)
    return redirect("assessment_unit", adjustment.plan_id, adjustment.unit_id)


@role_required(permissions.OFFICE)
def scheme(request, plan_id: int):
    plan, _ = _plan(request, plan_id)
    text = None
    if request.method == "POST":
        try:
            if request.POST.get("example"):
                services.use_example(actor=request.actor, plan=plan, key=request.POST["example"])
            else:
                text = request.POST.get("rules", "")
                services.save_scheme(actor=request.actor, plan=plan, text=text)
            messages.success(request, "考核方案已保存，得分按新方案计算")
            return redirect("assessment_scheme", plan.pk)
        except DubanError as exc:
            messages.error(request, exc.message)
    current = selectors.scheme_for(plan)
    return render(
        request,
        "duban/assessment_scheme.html",
        {
            "plan": plan,
            "stored": selectors.stored_scheme(plan),
            "method": describe(current),
            "rules": text
            if text is not None
            else json.dumps(current.to_json(), ensure_ascii=False, indent=2),
            "examples": [(key, example["name"]) for key, example in EXAMPLES.items()],
            "kinds": KINDS.items(),
        },
    )


@role_required(permissions.OFFICE)
def download(request, plan_id: int, what: str):
    if what not in DOWNLOADS:
        return HttpResponse("未知文件类型", status=404)
    plan, _ = _plan(request, plan_id)
    through, _ = _through(request, plan)
    assessment = selectors.assess_plan(plan, through=through)
    # Closed by FileResponse after the last byte is sent; the file is removed when it is closed.
    output = tempfile.NamedTemporaryFile(prefix="duban-assessment-", suffix=DOWNLOADS[what])  # noqa: SIM115
    name = services.write_assessment_document(assessment, plan=plan, output=Path(output.name))
    output.seek(0)
    label = assessment.through.label if assessment.through else ""
    return FileResponse(
        output, as_attachment=True, filename=f"{plan.issuer}{plan.year or ''}年{label}{name}{DOWNLOADS[what]}"
    )
