"""A person whose password the office set (a new account, a reset) replaces it before using anything else."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from duban.web.selectors.accounts import must_replace_password


class ReplaceIssuedPasswordMiddleware:
    """Send a logged-in person holding an IssuedPassword to the password page from every other page (the
    log-out, static files and the token-authenticated API excepted)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not self._exempt(request.path)
            and must_replace_password(user)
        ):
            target = reverse("password_change")
            if request.headers.get("HX-Request"):
                response = HttpResponse(status=204)
                response["HX-Redirect"] = target
                return response
            return redirect(target)
        return self.get_response(request)

    @staticmethod
    def _exempt(path: str) -> bool:
        allowed = (
            reverse("password_change"),
            reverse("logout"),
            f"/{settings.STATIC_URL.lstrip('/')}",
            "/api/",
        )
        return path.startswith(allowed)
