"""催办: the office's reminders to units that have not reported."""

from __future__ import annotations

from duban.accounts.models import Reminder
from duban.web import permissions
from duban.web.models import Period, Unit
from duban.web.permissions import Actor


def remind(*, actor: Actor, period: Period, units: list[Unit], note: str = "") -> int:
    """Record a 催办 for each unit; returns how many were recorded."""
    permissions.require(actor, permissions.OFFICE)
    Reminder.objects.bulk_create(
        Reminder(period=period, unit=u, by_id=actor.user_id, note=note[:200]) for u in units
    )
    return len(units)
