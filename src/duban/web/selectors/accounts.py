"""Reads of the accounts the office keeps: each unit's reporters, the leaders' log-ins, the history."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, QuerySet

from duban.accounts.models import AccountEvent, IssuedPassword
from duban.web import permissions
from duban.web.models import Leader, Unit, UnitMembership


def _with_flags(users: QuerySet[User]) -> QuerySet[User]:
    """`must_change`: the password is still the one the office set."""
    return users.annotate(must_change=Exists(IssuedPassword.objects.filter(user=OuterRef("pk"))))


@dataclass
class UnitAccounts:
    unit: Unit
    accounts: list[User] = field(default_factory=list)

    @property
    def active(self) -> int:
        return sum(u.is_active for u in self.accounts)


def unit_accounts(*, issuer: str | None = None) -> list[UnitAccounts]:
    """Every unit (of `issuer`, or all) with its reporters' accounts, active or not, in name order."""
    units = Unit.objects.order_by("issuer", "name")
    if issuer is not None:
        units = units.filter(issuer=issuer)
    rows = {u.pk: UnitAccounts(unit=u) for u in units}
    members = (
        UnitMembership.objects.filter(unit_id__in=rows.keys())
        .select_related("user")
        .order_by("user__username")
    )
    flagged = {
        u.pk: u
        for u in _with_flags(User.objects.filter(pk__in=members.values("user_id"))).prefetch_related("groups")
    }
    for m in members:
        rows[m.unit_id].accounts.append(flagged[m.user_id])
    return list(rows.values())


def without_active_reporter(rows: list[UnitAccounts]) -> list[UnitAccounts]:
    return [r for r in rows if r.active == 0]


def leader_accounts(*, issuer: str | None = None) -> list[Leader]:
    """The leaders of the plans with their log-in (`user`, None without one; `user.must_change`)."""
    leaders = Leader.objects.order_by("issuer", "name")
    if issuer is not None:
        leaders = leaders.filter(issuer=issuer)
    leaders = list(leaders)
    users = {
        u.pk: u for u in _with_flags(User.objects.filter(pk__in=[x.user_id for x in leaders if x.user_id]))
    }
    for leader in leaders:
        if leader.user_id is not None:
            leader.user = users[leader.user_id]
    return leaders


def account_issuers() -> list[str]:
    """The issuers the accounts page can be narrowed to (the units' and leaders' 发文单位)."""
    names = set(Unit.objects.values_list("issuer", flat=True)) | set(
        Leader.objects.values_list("issuer", flat=True)
    )
    return sorted(names)


def is_managed(user: User) -> bool:
    """Whether the office keeps this account here: a reporter or a leader, not office staff or an admin."""
    if user.is_superuser or user.is_staff:
        return False
    groups = set(user.groups.values_list("name", flat=True))
    return permissions.OFFICE not in groups and bool(groups & {permissions.REPORTER, permissions.LEADER})


def managed_account(user_id: int) -> User | None:
    """A reporter's or leader's account the office may act on, or None (office staff and admins included)."""
    user = User.objects.filter(pk=user_id).first()
    return user if user is not None and is_managed(user) else None


def must_replace_password(user: User) -> bool:
    return IssuedPassword.objects.filter(user=user).exists()


def account_history(*, limit: int = 30) -> QuerySet[AccountEvent]:
    return AccountEvent.objects.select_related("user", "by")[:limit]


def leader_by_pk(leader_id: int) -> Leader | None:
    return Leader.objects.select_related("user").filter(pk=leader_id).first()
