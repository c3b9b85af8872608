"""Account management by the office (账号管理): reporters per unit and leaders' log-ins created with a
password shown once, one reporter for every unit an import left without one, deactivation, reactivation,
password resets, the password replaced at the first log-in; reporters reach none of it."""

import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from openpyxl import load_workbook

from duban.accounts.models import AccountEvent, ApiToken, IssuedPassword
from duban.errors import DubanError
from duban.ingest import parse_document
from duban.web.models import Leader, Plan, Unit, UnitMembership
from duban.web.permissions import actor_for
from duban.web.sample import district as d
from duban.web.services import accounts
from duban.web.services.imports import import_document

pytestmark = [pytest.mark.db, pytest.mark.django_db]

FULING_PLAN = Path(__file__).parents[1] / "corpus" / "004_0c9597f419f639ea.txt"


def logs_in(client, username, password) -> bool:
    """Log in through the login page (the lockout backend wants a request), as a person does."""
    response = client.post("/login/", {"username": username, "password": password})
    return response.status_code == 302 and "/login/" not in response["Location"]


def office():
    return actor_for(User.objects.get(username="ducha"))


@pytest.fixture
def fuling(site):
    """The Fuling district's 2025 plan imported: its units are new, none has a reporter."""
    report = import_document(document=parse_document(FULING_PLAN))
    plan = Plan.objects.get(code=report.plan_code)
    units = list(Unit.objects.filter(issuer=plan.issuer))
    assert units and not UnitMembership.objects.filter(unit__in=units).exists()
    return plan, units


def test_bulk_creation_gives_each_unit_without_a_reporter_exactly_one(fuling):
    _, units = fuling
    result = accounts.create_unit_reporters(actor=office(), units=units)
    assert len(result.created) == len(units) and result.skipped == []
    for unit in units:
        members = UnitMembership.objects.filter(unit=unit).select_related("user")
        assert members.count() == 1
        user = members.get().user
        assert actor_for(user).is_reporter and actor_for(user).unit_ids == {unit.pk}
    names = [a.user.username for a in result.created]
    assert len(set(names)) == len(names) and all(re.fullmatch(r"[a-z0-9]+", n) for n in names)
    for issued in result.created:
        assert issued.user.check_password(issued.password)
        assert issued.password not in issued.user.password
        assert IssuedPassword.objects.filter(user=issued.user).exists()
    again = accounts.create_unit_reporters(actor=office(), units=units)
    assert again.created == [] and len(again.skipped) == len(units)


def test_bulk_creation_skips_a_unit_that_has_an_active_reporter(site):
    fgw_unit = Unit.objects.get(issuer=d.ISSUER, name="区发展改革委")
    bare = Unit.objects.filter(issuer=d.ISSUER, memberships__isnull=True).first()
    result = accounts.create_unit_reporters(actor=office(), units=[fgw_unit, bare])
    assert [a.unit for a in result.created] == [bare] and result.skipped == [fgw_unit]
    assert UnitMembership.objects.filter(unit=fgw_unit).count() == 1


def test_a_reporters_user_name_is_the_pinyin_initials_of_its_unit(site):
    unit = Unit.objects.get(issuer=d.ISSUER, name="区发展改革委")
    first = accounts.create_reporter(actor=office(), unit=unit)
    second = accounts.create_reporter(actor=office(), unit=unit, name="区发展改革委 李四")
    assert (first.user.username, second.user.username) == ("fzggw", "fzggw2")
    assert first.user.first_name == "区发展改革委 填报员" and second.user.first_name == "区发展改革委 李四"


def test_a_taken_or_malformed_user_name_or_a_bad_address_is_refused_in_chinese(site):
    unit = Unit.objects.get(issuer=d.ISSUER, name="区发展改革委")
    with pytest.raises(DubanError, match="用户名「FGW」已被使用"):
        accounts.create_reporter(actor=office(), unit=unit, username="FGW")
    with pytest.raises(DubanError, match="只能由字母、数字"):
        accounts.create_reporter(actor=office(), unit=unit, username="张 三")
    with pytest.raises(DubanError, match="邮箱「not-an-address」格式不正确"):
        accounts.create_reporter(actor=office(), unit=unit, email="not-an-address")
    assert UnitMembership.objects.filter(unit=unit).count() == 1


def test_a_leader_gets_a_login_that_sees_the_tasks_under_them(site):
    leader = Leader.objects.filter(issuer=d.ISSUER, user__isnull=True, task_leaders__isnull=False).first()
    issued = accounts.create_leader_account(actor=office(), leader=leader, email="leader@example.gov.cn")
    leader.refresh_from_db()
    assert leader.user == issued.user and issued.user.email == "leader@example.gov.cn"
    assert actor_for(issued.user).is_leader and actor_for(issued.user).leader_ids == {leader.pk}
    with pytest.raises(DubanError, match="已有账号"):
        accounts.create_leader_account(actor=office(), leader=leader)


def test_a_deactivated_account_can_neither_log_in_nor_use_its_token_until_reactivated(client, site):
    user = User.objects.get(username="fgw")
    _, raw = ApiToken.issue(user, "脚本")
    client.force_login(user)
    accounts.deactivate_account(actor=office(), user=user)
    assert client.get("/workspace/").status_code == 302  # the open session ends too
    assert not logs_in(client, "fgw", d.DEMO_PASSWORD)
    assert client.get("/api/whoami", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401
    with pytest.raises(DubanError, match="已停用"):
        accounts.deactivate_account(actor=office(), user=user)
    accounts.reactivate_account(actor=office(), user=user)
    assert logs_in(client, "fgw", d.DEMO_PASSWORD)
    kinds = list(AccountEvent.objects.filter(user=user).values_list("kind", flat=True))
    assert kinds == ["reactivated", "deactivated"]


def test_a_reset_password_replaces_the_old_one_and_ends_the_open_session(client, site):
    user = User.objects.get(username="fgw")
    client.force_login(user)
    issued = accounts.reset_password(actor=office(), user=user)
    user.refresh_from_db()
    assert not user.check_password(d.DEMO_PASSWORD) and user.check_password(issued.password)
    assert IssuedPassword.objects.filter(user=user).exists()
    assert client.get("/workspace/").status_code == 302


def test_office_and_admin_accounts_are_not_kept_here(site):
    for username in ("ducha", "admin"):
        with pytest.raises(DubanError, match="只能管理填报员和分管领导"):
            accounts.reset_password(actor=office(), user=User.objects.get(username=username))


def test_a_reporter_cannot_act_on_accounts(site):
    reporter = actor_for(User.objects.get(username="fgw"))
    with pytest.raises(PermissionDenied):
        accounts.create_unit_reporters(actor=reporter, units=list(Unit.objects.all()[:1]))
    with pytest.raises(PermissionDenied):
        accounts.reset_password(actor=reporter, user=User.objects.get(username="zjj"))


def test_generated_passwords_meet_the_sites_password_rules(site):
    from django.contrib.auth.password_validation import validate_password

    user = User.objects.get(username="fgw")
    for _ in range(20):
        password = accounts.new_password()
        validate_password(password, user)
        assert not set(password) & set("0O1lI")


# The pages.


def test_the_accounts_page_lists_each_units_reporters_and_the_leaders(client, site):
    client.force_login(User.objects.get(username="ducha"))
    page = client.get("/accounts/")
    text = page.content.decode()
    row = re.search(
        r'<tr id="unit-accounts-(\d+)">((?:(?!</tr>).)*区发展改革委(?:(?!</tr>).)*)</tr>', text, re.S
    )
    assert "fgw" in row.group(2) and "正常" in row.group(2)
    assert "李明" in text and "lim" in text and "开通账号" in text
    missing = page.context["missing"]
    assert {r.unit.pk for r in missing} == set(
        Unit.objects.filter(memberships__isnull=True).values_list("pk", flat=True)
    )


def test_bulk_creation_shows_the_passwords_once(client, fuling):
    _, units = fuling
    client.force_login(User.objects.get(username="ducha"))
    response = client.post("/accounts/bulk/", {"unit": [u.pk for u in units], "format": "page"})
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    shown = re.findall(r'<code class="issued-password"[^>]*>([^<]+)</code>', response.content.decode())
    assert len(shown) == len(units)
    later = client.get("/accounts/").content.decode()
    assert not any(p in later for p in shown)
    user = UnitMembership.objects.get(unit=units[0]).user
    assert any(user.check_password(p) for p in shown)


def test_bulk_creation_can_download_the_passwords_as_a_workbook(client, fuling):
    _, units = fuling
    client.force_login(User.objects.get(username="ducha"))
    response = client.post("/accounts/bulk/", {"unit": [u.pk for u in units], "format": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content))["填报员账号"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["发文单位", "单位", "显示名称", "用户名", "初始密码"] and len(rows) == len(units) + 1
    for _, unit_name, _, username, password in rows[1:]:
        user = User.objects.get(username=username)
        assert user.check_password(password) and user.unit_memberships.get().unit.name == unit_name


def test_the_new_account_form_names_a_taken_user_name(client, site):
    client.force_login(User.objects.get(username="ducha"))
    unit = Unit.objects.get(issuer=d.ISSUER, name="区发展改革委")
    response = client.post("/accounts/new/", {"unit": unit.pk, "username": "fgw", "name": "", "email": ""})
    assert response.status_code == 400 and "用户名「fgw」已被使用" in response.content.decode()
    response = client.post(
        "/accounts/new/", {"unit": unit.pk, "username": "fgw-li", "name": "李四", "email": ""}
    )
    assert response.status_code == 200 and "fgw-li" in response.content.decode()
    assert User.objects.get(username="fgw-li").unit_memberships.get().unit == unit


def test_an_office_account_cannot_be_reset_from_the_page(client, site):
    client.force_login(User.objects.get(username="ducha"))
    target = User.objects.get(username="admin")
    assert client.post(f"/accounts/{target.pk}/reset/").status_code == 404


def test_reporters_get_a_chinese_403_on_account_pages(client, site):
    client.force_login(User.objects.get(username="fgw"))
    for path in ("/accounts/", f"/accounts/new/?unit={Unit.objects.first().pk}"):
        response = client.get(path)
        assert response.status_code == 403 and "没有访问权限" in response.content.decode()
    assert client.post("/accounts/bulk/", {"unit": [Unit.objects.first().pk]}).status_code == 403
    assert not UnitMembership.objects.exclude(user__username__in=["fgw", "zjj", "wtl"]).exists()


def test_a_reporter_is_not_offered_api_tokens(client, site):
    client.force_login(User.objects.get(username="fgw"))
    assert "API 令牌" not in client.get("/workspace/").content.decode()
    assert client.get("/tokens/").status_code == 403
    client.force_login(User.objects.get(username="lim"))
    assert "API 令牌" in client.get("/dashboard/").content.decode()


def test_a_new_account_must_replace_its_password_before_anything_else(client, site):
    unit = Unit.objects.get(issuer=d.ISSUER, name="区发展改革委")
    issued = accounts.create_reporter(actor=office(), unit=unit)
    assert logs_in(client, issued.user.username, issued.password)
    response = client.get("/workspace/")
    assert response.status_code == 302 and response["Location"] == "/password/"
    assert "督查室设置的初始密码" in client.get("/password/").content.decode()
    weak = client.post(
        "/password/",
        {"old_password": issued.password, "new_password1": "12345678", "new_password2": "12345678"},
    ).content.decode()
    assert "这个密码太常见了" in weak or "全部为数字" in weak
    new = "hongqiao-2025-jl"
    response = client.post(
        "/password/", {"old_password": issued.password, "new_password1": new, "new_password2": new}
    )
    assert response.status_code == 302
    assert client.get("/workspace/").status_code == 200  # the session holds on to the new password
    assert not IssuedPassword.objects.filter(user=issued.user).exists()
    assert AccountEvent.objects.filter(user=issued.user, kind="changed").exists()


def test_a_plan_is_named_with_its_district(site):
    plan = Plan.objects.get(pk=site.plan.pk)
    assert plan.code in str(plan) and plan.title in str(plan)
