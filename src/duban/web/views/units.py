"""The unit directory (单位名录): confirm units an import created, merge duplicates, keep aliases."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from duban.errors import DubanError
from duban.web import permissions, queries, workflow
from duban.web.models import Plan, Unit, UnitAlias
from duban.web.views.access import role_required


@role_required(permissions.OFFICE)
def units(request):
    plan = Plan.objects.order_by("-year", "-pk").first()
    rows = queries.unit_directory(plan)
    return render(
        request,
        "duban/units.html",
        {
            "rows": rows,
            "plan": plan,
            "unconfirmed": sum(not r.unit.confirmed for r in rows),
            "history": queries.unit_history(limit=20),
        },
    )


@role_required(permissions.OFFICE)
def unit_detail(request, unit_id: int):
    unit = get_object_or_404(Unit.objects.prefetch_related("aliases"), pk=unit_id)
    return render(request, "duban/unit_detail.html", {"page": queries.unit_page(unit)})


def _posted(request) -> None:
    if request.method != "POST":
        raise Http404()


@role_required(permissions.OFFICE)
def unit_confirm(request, unit_id: int):
    _posted(request)
    unit = workflow.confirm_unit(actor=request.actor, unit=get_object_or_404(Unit, pk=unit_id))
    messages.success(request, f"已确认单位「{unit.name}」")
    if request.POST.get("next") == "list":
        return redirect("units")
    return redirect("unit_detail", unit.pk)


@role_required(permissions.OFFICE)
def unit_merge(request, unit_id: int):
    """Merge this unit into the unit named by `target`; the kept unit's page follows."""
    _posted(request)
    source = get_object_or_404(Unit, pk=unit_id)
    target_id = request.POST.get("target", "")
    if not target_id.isdigit():
        messages.error(request, "请选择要合并到的单位")
        return redirect("unit_detail", source.pk)
    target = get_object_or_404(Unit, pk=int(target_id))
    name = source.name
    try:
        merged = workflow.merge_units(actor=request.actor, source=source, target=target)
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
    unit = get_object_or_404(Unit, pk=unit_id)
    try:
        alias = workflow.add_unit_alias(
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
    alias = get_object_or_404(UnitAlias, pk=alias_id)
    name = alias.alias
    unit = workflow.remove_unit_alias(actor=request.actor, alias=alias)
    messages.success(request, f"已删除别名「{name}」")
    return redirect("unit_detail", unit.pk)
