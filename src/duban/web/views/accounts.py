"""Login, the landing page that sends each role to its own page, one's own password, and the accounts the
office keeps for the units' reporters and the leaders (账号管理)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from duban.errors import DubanError
from duban.reports.listing import Listing
from duban.web import permissions
from duban.web.forms import AccountForm
from duban.web.selectors import accounts as account_selectors
from duban.web.selectors.units import unit_by_id, units_by_ids
from duban.web.services import accounts as account_services
from duban.web.views import exports
from duban.web.views.access import ANY_ROLE, found, role_required


def home(request):
    actor = permissions.actor_for(request.user)
    if actor.is_reporter:
        return redirect("workspace")
    if actor.is_leader:
        return redirect("dashboard")
    if actor.is_office:
        return redirect("tasks")
    if request.user.is_authenticated:
        return redirect("public")
    return redirect("login")


@role_required(*ANY_ROLE)
def password_change(request):
    """Anyone logged in sets their own password; required first when the office set the current one."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        update_session_auth_hash(request, user)
        account_services.password_replaced(user=user)
        messages.success(request, "密码已修改")
        return redirect("home")
    forced = account_selectors.must_replace_password(request.user)
    return render(request, "registration/password_change.html", {"form": form, "forced": forced})


def _issuer(request) -> str | None:
    """The 发文单位 the accounts page is narrowed to (?issuer=), None for all."""
    source = request.POST if request.method == "POST" else request.GET
    return source.get("issuer") or None


def _back(issuer: str | None, anchor: str = ""):
    query = f"?{urlencode({'issuer': issuer})}" if issuer else ""
    return redirect(f"{reverse('accounts')}{query}{anchor}")


def _issued(request, title: str, issued: list, *, note: str = ""):
    """The page that shows passwords the office just set: rendered, never redirected to or cached."""
    response = render(request, "duban/account_issued.html", {"title": title, "issued": issued, "note": note})
    response["Cache-Control"] = "no-store"
    return response


@role_required(permissions.OFFICE)
def accounts(request):
    issuer = _issuer(request)
    rows = account_selectors.unit_accounts(issuer=issuer)
    return render(
        request,
        "duban/accounts.html",
        {
            "rows": rows,
            "missing": account_selectors.without_active_reporter(rows),
            "leaders": account_selectors.leader_accounts(issuer=issuer),
            "issuers": account_selectors.account_issuers(),
            "issuer": issuer,
            "history": account_selectors.account_history(),
        },
    )


@role_required(permissions.OFFICE)
def account_add(request):
    """A new reporter of ?unit= or a log-in for the leader ?leader=."""
    source = request.POST if request.method == "POST" else request.GET
    unit_id, leader_id = source.get("unit", ""), source.get("leader", "")
    unit = found(unit_by_id(int(unit_id))) if unit_id.isdigit() else None
    leader = (
        found(account_selectors.leader_by_pk(int(leader_id))) if leader_id.isdigit() and not unit else None
    )
    if unit is None and leader is None:
        raise Http404("请从账号管理页选择单位或领导")
    form = AccountForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        fields = form.cleaned_data
        try:
            if unit is not None:
                issued = account_services.create_reporter(actor=request.actor, unit=unit, **fields)
            else:
                issued = account_services.create_leader_account(actor=request.actor, leader=leader, **fields)
        except DubanError as exc:
            messages.error(request, exc.message)
            status = 400
        else:
            return _issued(request, f"已新建账号「{issued.user.username}」", [issued])
    elif request.method == "POST":
        status = 400
    return render(
        request, "duban/account_form.html", {"form": form, "unit": unit, "leader": leader}, status=status
    )


@role_required(permissions.OFFICE)
def accounts_bulk(request):
    """One reporter for each chosen unit that has none; passwords shown once, or as the .xlsx asked for."""
    if request.method != "POST":
        raise Http404()
    ids = [int(v) for v in request.POST.getlist("unit") if v.isdigit()]
    try:
        result = account_services.create_unit_reporters(actor=request.actor, units=units_by_ids(ids))
    except DubanError as exc:
        messages.error(request, exc.message)
        return _back(_issuer(request), "#bulk")
    skipped = f"；{len(result.skipped)} 个单位已有填报员，未重复创建" if result.skipped else ""
    if request.POST.get("format") == "xlsx":
        listing = Listing(
            "填报员账号",
            ["发文单位", "单位", "显示名称", "用户名", "初始密码"],
            [
                [a.unit.issuer, a.unit.name, a.user.first_name, a.user.username, a.password]
                for a in result.created
            ],
        )
        response = exports.xlsx_response(f"填报员账号-{timezone.localdate():%Y%m%d}", [listing])
        response["Cache-Control"] = "no-store"
        return response
    return _issued(
        request,
        f"已为 {len(result.created)} 个单位各新建 1 个填报员账号",
        result.created,
        note=skipped.lstrip("；"),
    )


def _account_action(request, user_id: int):
    if request.method != "POST":
        raise Http404()
    return found(account_selectors.managed_account(user_id))


@role_required(permissions.OFFICE)
def account_deactivate(request, user_id: int):
    user = _account_action(request, user_id)
    try:
        account_services.deactivate_account(actor=request.actor, user=user)
    except DubanError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已停用账号「{user.username}」，该账号不能再登录或使用 API 令牌")
    return _back(_issuer(request))


@role_required(permissions.OFFICE)
def account_reactivate(request, user_id: int):
    user = _account_action(request, user_id)
    try:
        account_services.reactivate_account(actor=request.actor, user=user)
    except DubanError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"已启用账号「{user.username}」")
    return _back(_issuer(request))


@role_required(permissions.OFFICE)
def account_reset(request, user_id: int):
    user = _account_action(request, user_id)
    issued = account_services.reset_password(actor=request.actor, user=user)
    return _issued(request, f"已重置账号「{user.username}」的密码", [issued])
