"""Login, logout and the landing page that sends each role to its own page."""

from __future__ import annotations

from django.shortcuts import redirect

from duban.web import permissions


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
