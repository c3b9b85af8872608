"""The API 令牌 page: the office or a leader issues a token (shown once), uses it with the API, and revokes
it; a unit's reporter is not offered one."""

import re

import pytest
from django.contrib.auth.models import User

from duban.accounts.models import ApiToken, hash_token
from duban.web.models import TaskUnit, Unit

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def issue(client, username, name="统计报表脚本"):
    client.force_login(User.objects.get(username=username))
    page = client.post("/tokens/", {"name": name}).content.decode()
    return re.search(r'<code id="raw-token"[^>]*>([^<]+)</code>', page).group(1)


def bearer(raw):
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


def test_an_issued_token_is_shown_once_and_stored_only_as_a_hash(client, site):
    raw = issue(client, "lim")
    token = ApiToken.objects.get(user__username="lim")
    assert token.digest == hash_token(raw) and raw not in (token.digest, token.prefix)
    assert raw not in client.get("/tokens/").content.decode()


def test_an_issued_token_authenticates_as_its_owner(client, site):
    raw = issue(client, "lim")
    client.logout()
    response = client.get("/api/whoami", **bearer(raw))
    assert response.status_code == 200 and response.json()["detail"].startswith("lim")


def test_a_revoked_token_gets_401(client, site):
    raw = issue(client, "ducha")
    token = ApiToken.objects.get(user__username="ducha")
    client.post(f"/tokens/{token.pk}/revoke/")
    client.logout()
    assert client.get("/api/whoami", **bearer(raw)).status_code == 401


def test_a_reporter_is_refused_the_token_page(client, site):
    client.force_login(User.objects.get(username="fgw"))
    assert client.get("/tokens/").status_code == 403
    assert client.post("/tokens/", {"name": "脚本"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_a_reporters_token_has_the_reporters_scope(client, site):
    # Not issued on the page, but a token an administrator made for a unit's script keeps the unit's reach.
    _, raw = ApiToken.issue(User.objects.get(username="fgw"), "单位脚本")
    unit = Unit.objects.get(name="区发展改革委")
    rows = client.get(f"/api/tasks?period={site.second.pk}&limit=500", **bearer(raw)).json()
    own = set(TaskUnit.objects.filter(unit=unit).values_list("task_id", flat=True))
    assert {row["id"] for row in rows} == own
    foreign = TaskUnit.objects.exclude(task_id__in=own).first().task_id
    assert client.get(f"/api/tasks/{foreign}?period={site.second.pk}", **bearer(raw)).status_code == 404


def test_nobody_can_revoke_another_persons_token(client, site):
    issue(client, "lim")
    token = ApiToken.objects.get(user__username="lim")
    client.force_login(User.objects.get(username="ducha"))
    assert client.post(f"/tokens/{token.pk}/revoke/").status_code == 404
    assert ApiToken.objects.filter(pk=token.pk).exists()


def test_the_page_lists_only_ones_own_tokens(client, site):
    issue(client, "lim", name="李明的脚本")
    issue(client, "ducha", name="督查室的脚本")
    page = client.get("/tokens/").content.decode()
    assert "督查室的脚本" in page and "李明的脚本" not in page


def test_a_token_needs_a_purpose(client, site):
    client.force_login(User.objects.get(username="lim"))
    response = client.post("/tokens/", {"name": "  "})
    assert response.status_code == 400 and not ApiToken.objects.exists()
