"""The change history pages show (task and unit pages): entries read from django-simple-history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    what: str
    detail: str


def who(user) -> str:
    """How a history entry names the person who made a change."""
    if user is None:
        return "系统"
    return user.first_name or user.username
