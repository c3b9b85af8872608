"""Accounts the office keeps in the app: units' reporters (填报员) and leaders (分管领导).

The office creates an account with a password duban makes up and shows once (or puts in the .xlsx it
downloads), deactivates and reactivates it, and resets its password; every password the office sets is an
IssuedPassword its owner must replace at the next log-in. Office and admin accounts are out of the office's
reach here (they are kept with `django-admin`). Every step is an AccountEvent.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from pypinyin import Style, lazy_pinyin

from duban.accounts.models import AccountEvent, IssuedPassword
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import Leader, Unit, UnitMembership
from duban.web.permissions import Actor
from duban.web.selectors.accounts import is_managed

# Letters and digits that cannot be misread when a clerk reads a password out (no 0/O, 1/l/I).
_PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_PASSWORD_DIGITS = "23456789"
PASSWORD_LENGTH = 12
_USERNAME = re.compile(r"^[\w.@+-]+\Z")
USERNAME_MAX = 30
# A unit's own level, which every unit of the issuer shares (区发展改革委 → fzggw, not qfzggw).
_LEVEL_PREFIXES = ("区", "县", "市")


@dataclass(frozen=True)
class IssuedAccount:
    """An account with the password the office just set, in clear only here (shown once)."""

    user: User
    password: str
    unit: Unit | None = None
    leader: Leader | None = None


@dataclass
class BulkResult:
    created: list[IssuedAccount] = field(default_factory=list)
    skipped: list[Unit] = field(default_factory=list)  # units that had an active reporter already


def new_password() -> str:
    """A random password of letters and digits (at least one of each) that reads aloud unambiguously."""
    alphabet = _PASSWORD_LETTERS + _PASSWORD_DIGITS
    while True:
        password = "".join(secrets.choice(alphabet) for _ in range(PASSWORD_LENGTH))
        if any(c in _PASSWORD_DIGITS for c in password) and any(c in _PASSWORD_LETTERS for c in password):
            return password


def suggest_username(name: str) -> str:
    """A free user name from a Chinese name's pinyin initials, as offices name logins (区发展改革委 →
    fzggw, then fzggw2…); a name without letters gives tb (填报)."""
    for prefix in _LEVEL_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
            break
    initials = "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")).lower()
    base = re.sub(r"[^a-z0-9]", "", initials)[: USERNAME_MAX - 3] or "tb"
    taken = {
        u.lower() for u in User.objects.filter(username__istartswith=base).values_list("username", flat=True)
    }
    if base not in taken:
        return base
    number = 2
    while f"{base}{number}" in taken:
        number += 1
    return f"{base}{number}"


def _office_user(actor: Actor) -> User:
    permissions.require(actor, permissions.OFFICE)
    return User.objects.get(pk=actor.user_id)


def _clean_username(username: str, default_from: str) -> str:
    username = username.strip()
    if not username:
        return suggest_username(default_from)
    if len(username) > USERNAME_MAX or not _USERNAME.match(username):
        raise DubanError(
            f"用户名「{username[:40]}」不可用：只能由字母、数字和 @ . + - _ 组成，最长 {USERNAME_MAX} 个字符"
        )
    if User.objects.filter(username__iexact=username).exists():
        raise DubanError(f"用户名「{username}」已被使用，请换一个")
    return username


def _clean_email(email: str) -> str:
    email = email.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise DubanError(f"邮箱「{email[:60]}」格式不正确") from None
    return email


def _new_user(*, by: User, role: str, username: str, name: str, email: str, detail: str) -> IssuedAccount:
    password = new_password()
    user = User.objects.create_user(username, email=email, password=password, first_name=name[:150])
    user.groups.add(Group.objects.get_or_create(name=role)[0])
    IssuedPassword.objects.create(user=user, issued_by=by)
    AccountEvent.objects.create(user=user, kind=AccountEvent.Kind.CREATED, by=by, detail=detail[:200])
    return IssuedAccount(user=user, password=password)


def create_reporter(
    *, actor: Actor, unit: Unit, username: str = "", name: str = "", email: str = ""
) -> IssuedAccount:
    """A reporter (填报员) of `unit`: user name from the unit's name when left empty."""
    by = _office_user(actor)
    with transaction.atomic():
        issued = _new_user(
            by=by,
            role=permissions.REPORTER,
            username=_clean_username(username, (unit.short_names or [unit.name])[0]),
            name=" ".join(name.split()) or f"{unit.name} 填报员",
            email=_clean_email(email),
            detail=f"{unit.name} 填报员",
        )
        UnitMembership.objects.create(user=issued.user, unit=unit)
    return IssuedAccount(user=issued.user, password=issued.password, unit=unit)


def create_leader_account(
    *, actor: Actor, leader: Leader, username: str = "", name: str = "", email: str = ""
) -> IssuedAccount:
    """A log-in for a leader of the plans (分管领导): they see the tasks under them."""
    by = _office_user(actor)
    with transaction.atomic():
        leader = Leader.objects.select_for_update().get(pk=leader.pk)
        if leader.user_id is not None:
            raise DubanError(f"{leader.name}已有账号「{leader.user.username}」")
        issued = _new_user(
            by=by,
            role=permissions.LEADER,
            username=_clean_username(username, leader.name),
            name=" ".join(name.split()) or leader.name,
            email=_clean_email(email),
            detail=f"分管领导 {leader.name}",
        )
        leader.user = issued.user
        leader.save(update_fields=["user"])
    return IssuedAccount(user=issued.user, password=issued.password, leader=leader)


def has_active_reporter(unit: Unit) -> bool:
    return UnitMembership.objects.filter(unit=unit, user__is_active=True).exists()


def create_unit_reporters(*, actor: Actor, units: list[Unit]) -> BulkResult:
    """One reporter for each of `units` that has no active reporter (after an import: every new unit);
    a unit that has one is skipped, not given a second."""
    by = _office_user(actor)
    if not units:
        raise DubanError("请至少选择一个单位")
    result = BulkResult()
    with transaction.atomic():
        for unit in (
            Unit.objects.select_for_update().filter(pk__in=[u.pk for u in units]).order_by("issuer", "name")
        ):
            if has_active_reporter(unit):
                result.skipped.append(unit)
                continue
            issued = _new_user(
                by=by,
                role=permissions.REPORTER,
                username=suggest_username((unit.short_names or [unit.name])[0]),
                name=f"{unit.name} 填报员",
                email="",
                detail=f"{unit.name} 填报员（批量创建）",
            )
            UnitMembership.objects.create(user=issued.user, unit=unit)
            result.created.append(IssuedAccount(user=issued.user, password=issued.password, unit=unit))
    return result


def _managed(user: User) -> None:
    if not is_managed(user):
        raise DubanError("这里只能管理填报员和分管领导的账号")


def deactivate_account(*, actor: Actor, user: User) -> User:
    """The person can no longer log in or use an API token; nothing they wrote is touched."""
    by = _office_user(actor)
    _managed(user)
    with transaction.atomic():
        if not user.is_active:
            raise DubanError(f"账号「{user.username}」已停用")
        user.is_active = False
        user.save(update_fields=["is_active"])
        AccountEvent.objects.create(user=user, kind=AccountEvent.Kind.DEACTIVATED, by=by)
    return user


def reactivate_account(*, actor: Actor, user: User) -> User:
    by = _office_user(actor)
    _managed(user)
    with transaction.atomic():
        if user.is_active:
            raise DubanError(f"账号「{user.username}」未停用")
        user.is_active = True
        user.save(update_fields=["is_active"])
        AccountEvent.objects.create(user=user, kind=AccountEvent.Kind.REACTIVATED, by=by)
    return user


def reset_password(*, actor: Actor, user: User) -> IssuedAccount:
    """A new password, shown once; the person's sessions end and they must replace it at the next log-in."""
    by = _office_user(actor)
    _managed(user)
    password = new_password()
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        IssuedPassword.objects.update_or_create(user=user, defaults={"issued_by": by})
        AccountEvent.objects.create(user=user, kind=AccountEvent.Kind.RESET, by=by)
    return IssuedAccount(user=user, password=password)


def password_replaced(*, user: User) -> None:
    """The person set a password of their own (Django's password form has saved it)."""
    with transaction.atomic():
        if IssuedPassword.objects.filter(user=user).delete()[0]:
            AccountEvent.objects.create(
                user=user, kind=AccountEvent.Kind.CHANGED, by=user, detail="替换了督查室设置的初始密码"
            )
        else:
            AccountEvent.objects.create(user=user, kind=AccountEvent.Kind.CHANGED, by=user)
