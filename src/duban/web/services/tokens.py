"""API tokens: a person issues bearer tokens for their own scripts and revokes them."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from duban.accounts.models import ApiToken
from duban.errors import DubanError

MAX_TOKENS_PER_USER = 20


def issue_api_token(*, user, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`; the raw value is returned once and only its hash is stored."""
    name = " ".join(name.split())[:100]
    if not name:
        raise DubanError("请填写令牌用途，例如“统计报表脚本”")
    with transaction.atomic():
        if ApiToken.objects.filter(user=user).count() >= MAX_TOKENS_PER_USER:
            raise DubanError(f"每个账号最多 {MAX_TOKENS_PER_USER} 个令牌，请先吊销不用的令牌")
        return ApiToken.issue(user, name)


def revoke_api_token(*, user, token_id: int) -> ApiToken:
    """Delete one of `user`'s own tokens; a token of someone else is reported as not found."""
    with transaction.atomic():
        token = ApiToken.objects.filter(pk=token_id, user=user).first()
        if token is None:
            raise ApiToken.DoesNotExist("没有找到该令牌")
        token.delete()
        return token


def mark_token_used(*, token: ApiToken) -> None:
    """Record when a token was last used (shown on the token page)."""
    ApiToken.objects.filter(pk=token.pk).update(last_used=timezone.now())
