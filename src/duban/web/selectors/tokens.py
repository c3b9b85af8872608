"""Reads of API tokens: a person's own tokens, and the token a bearer header names."""

from __future__ import annotations

from django.db.models import QuerySet

from duban.accounts.models import ApiToken, hash_token


def user_tokens(user) -> QuerySet[ApiToken]:
    """The tokens a person issued, newest first."""
    return ApiToken.objects.filter(user=user).order_by("-created")


def token_for(raw: str) -> ApiToken | None:
    """The token with this raw value (only its hash is stored), with its user."""
    return ApiToken.objects.select_related("user").filter(digest=hash_token(raw)).first()
