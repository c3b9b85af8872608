"""The decorator every non-public view wears: logged in, holding one of the roles, actor on the request."""

from __future__ import annotations

from functools import wraps
from typing import TypeVar

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from duban.web import permissions

T = TypeVar("T")


def role_required(*roles: str):
    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            actor = permissions.actor_for(request.user)
            permissions.require(actor, *roles)
            request.actor = actor
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


ANY_ROLE = (permissions.OFFICE, permissions.REPORTER, permissions.LEADER)


def found(row: T | None) -> T:
    """The row a selector found, or 404."""
    if row is None:
        raise Http404("没有找到")
    return row
