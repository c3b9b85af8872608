"""The unit directory (单位名录): confirm units an import created, merge duplicates, keep aliases."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from duban.errors import DubanError
from duban.web import permissions
from duban.web.selectors.plans import latest_plan
from duban.web.selectors.units import alias_by_id, unit_by_id, unit_directory, unit_history, unit_page
from duban.web.services import units as unit_services
from duban.web.views import exports
from duban.web.views.access import found, role_required


@role_required(permissions.OFFICE)
def units(request):
    plan = latest_plan()
    rows = unit_directory(plan)
    if exports.wants_xlsx(request):
        return exports.xlsx_response("单位名录", [exports.unit_rows(rows)])
    return render(
        request,
        "duban/units.html",
        {
            "rows": rows,
            "plan": plan,
            "unconfirmed": sum(not r.unit.confirmed for r in rows),
            "history": unit_history(limit=20),
        },
    )


@role_required(permissions.OFFICE)
def unit_detail(request, unit_id: int):
    unit = found(unit_by_id(unit_id))
    return render(request, "duban/unit_detail.html", {"page": unit_page(unit)})


def _posted(request) -> None:
    if request.method != "POST":
        raise Http404()


@role_required(permissions.OFFICE)
def unit_confirm(request, unit_id: int):
    _posted(request)
    unit = unit_services.confirm_unit(actor=request.actor, unit=found(unit_by_id(unit_id)))
    messages.success(request, f"已确认单位「{unit.name}」")
    if request.POST.get("next") == "list":
        return redirect("units")
    return redirect("unit_detail", unit.pk)


@role_required(permissions.OFFICE)
def unit_merge(request, unit_id: int):
    """Merge this unit into the unit named by `target`; the kept unit's page follows."""
    _posted(request)
    source = found(unit_by_id(unit_id))
    target_id = request.POST.get("target", "")
    if not target_id.isdigit():
        messages.error(request, "请选择要合并到的单位")
        return redirect("unit_detail", source.pk)
    target = found(unit_by_id(int(target_id)))
    name = source.name
    try:
        merged = unit_services.merge_units(actor=request.actor, source=source, target=target)
    except DubanError as exc:
        messages.error(request, exc.message)
        return redirect("unit_detail", source.pk)
    messages.success(
        request,
        f"已将「{name}」合并到「{target.name}」：转移任务 {merged.links} 项、推进情况 {merged.reports} 条、"
        f"填报人 {merged.members} 个，「{name}」已记为别名",
    )
    return redirect("unit_detail", target.pk)


@role_required(permissions.OFFICE)
def unit_alias_add(request, unit_id: int):
    _posted(request)
    unit = found(unit_by_id(unit_id))
    try:
        alias = unit_services.add_unit_alias(
            actor=request.actor, unit=unit, alias=request.POST.get("alias", "")[:200]
        )
    except DubanError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已添加别名「{alias.alias}」")
    return redirect("unit_detail", unit.pk)


@role_required(permissions.OFFICE)
def unit_alias_remove(request, alias_id: int):
    _posted(request)
    alias = found(alias_by_id(alias_id))
    name = alias.alias
    unit = unit_services.remove_unit_alias(actor=request.actor, alias=alias)
    messages.success(request, f"已删除别名「{name}」")
    return redirect("unit_detail", unit.pk)
