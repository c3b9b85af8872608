"""API 令牌: the office or a leader issues tokens for the HTTP API (shown once) and revokes their own."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render

from duban.accounts.models import ApiToken
from duban.errors import DubanError
from duban.web import permissions
from duban.web.selectors.tokens import user_tokens
from duban.web.services import tokens
from duban.web.views.access import role_required

# A unit's reporter fills in its forms; scripts are the office's and the leaders' (issue 11: not offered).
TOKEN_ROLES = (permissions.OFFICE, permissions.LEADER)


@role_required(*TOKEN_ROLES)
def api_tokens(request):
    issued = None
    status = 200
    if request.method == "POST":
        try:
            token, raw = tokens.issue_api_token(user=request.user, name=request.POST.get("name", ""))
        except DubanError as exc:
            messages.error(request, exc.message)
            status = 400
        else:
            # Rendered, not redirected: the raw value exists only in this response.
            issued = {"token": token, "raw": raw}
    rows = user_tokens(request.user)
    response = render(request, "duban/tokens.html", {"tokens": rows, "issued": issued}, status=status)
    response["Cache-Control"] = "no-store"
    return response


@role_required(*TOKEN_ROLES)
def api_token_revoke(request, token_id: int):
    if request.method != "POST":
        raise Http404()
    try:
        token = tokens.revoke_api_token(user=request.user, token_id=token_id)
    except ApiToken.DoesNotExist:
        raise Http404("没有找到该令牌") from None
    messages.success(request, f"令牌“{token.name}”（{token.prefix}…）已吊销，使用它的程序将无法再访问")
    return redirect("api_tokens")
