"""The unit directory: the office confirms units an import created, merges duplicates and keeps aliases."""

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied

from duban.accounts.models import Reminder
from duban.errors import DubanError
from duban.web import permissions
from duban.web.models import (
    Judgement,
    Progress,
    ProgressStatus,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
    UnitMembership,
    UnitRole,
)
from duban.web.sample import district as d
from duban.web.services.units import merge_units, resolve_unit

pytestmark = [pytest.mark.db, pytest.mark.django_db]


@pytest.fixture
def imported(site):
    """A unit an import created from a name no alias knew (区市场监督局), co-unit of one task, with a report
    and a reporter of its own, as happens when a unit reports before the office tidies the directory."""
    unit, created = resolve_unit(issuer=d.ISSUER, name="区市场监督局")
    assert created and not unit.confirmed
    task = Task.objects.exclude(task_units__unit__name="区市场监管局").order_by("order").first()
    TaskUnit.objects.create(task=task, unit=unit, role=UnitRole.CO, order=9)
    Progress.objects.create(
        task=task,
        period=site.second,
        unit=unit,
        text="配合开展专项检查3次。",
        status=ProgressStatus.SUBMITTED,
    )
    reporter = User.objects.create_user("scjd")
    reporter.groups.add(*User.objects.get(username="fgw").groups.all())
    UnitMembership.objects.create(user=reporter, unit=unit)
    Reminder.objects.create(period=site.second, unit=unit, note="请尽快报送")
    return unit, task


def office():
    return permissions.actor_for(User.objects.get(username="ducha"))


def test_merging_moves_links_reports_members_and_reminders_to_the_kept_unit(site, imported):
    unit, task = imported
    unit_id = unit.pk
    kept = Unit.objects.get(name="区市场监管局")
    merged = merge_units(actor=office(), source=unit, target=kept)
    assert (merged.links, merged.reports, merged.members) == (1, 1, 1)
    assert not Unit.objects.filter(pk=unit_id).exists()
    assert TaskUnit.objects.get(task=task, role=UnitRole.CO, order=9).unit == kept
    assert Progress.objects.get(task=task, period=site.second, text__startswith="配合开展").unit == kept
    assert UnitMembership.objects.filter(user__username="scjd", unit=kept).exists()
    assert Reminder.objects.get(note="请尽快报送").unit == kept


def test_the_merged_name_becomes_an_alias_that_later_imports_resolve(site, imported):
    unit, _ = imported
    kept = Unit.objects.get(name="区市场监管局")
    merge_units(actor=office(), source=unit, target=kept)
    assert UnitAlias.objects.get(issuer=d.ISSUER, alias="区市场监督局").unit == kept
    again, created = resolve_unit(issuer=d.ISSUER, name="区市场监督局")
    assert (again, created) == (kept, False)


def test_a_merge_is_recorded_in_the_units_history(site, imported):
    unit, _ = imported
    unit_id = unit.pk
    kept = Unit.objects.get(name="区市场监管局")
    merge_units(actor=office(), source=unit, target=kept)
    deleted = Unit.history.get(id=unit_id, history_type="-")
    assert deleted.history_change_reason == "合并到「区市场监管局」"
    assert kept.history.first().history_change_reason == "合并了「区市场监督局」"


def test_a_merge_rejudges_the_tasks_it_touched(site, imported):
    unit, task = imported
    kept = Unit.objects.get(name="区市场监管局")
    before = Judgement.objects.get(task=task, period=site.second, unit=None).judged_at
    merge_units(actor=office(), source=unit, target=kept)
    assert Judgement.objects.get(task=task, period=site.second, unit=None).judged_at > before


def test_a_merge_refuses_when_both_units_reported_the_same_task_and_changes_nothing(site, imported):
    unit, task = imported
    kept = Unit.objects.get(name="区市场监管局")
    Progress.objects.create(task=task, period=site.second, unit=kept, text="牵头开展专项检查。")
    with pytest.raises(DubanError, match="都填报了任务"):
        merge_units(actor=office(), source=unit, target=kept)
    assert Unit.objects.filter(pk=unit.pk).exists()
    assert TaskUnit.objects.get(task=task, role=UnitRole.CO, order=9).unit == unit


@pytest.mark.parametrize("username", ["fgw", "lim"])
def test_only_the_office_may_merge_units(site, imported, username):
    unit, _ = imported
    actor = permissions.actor_for(User.objects.get(username=username))
    with pytest.raises(PermissionDenied):
        merge_units(actor=actor, source=unit, target=Unit.objects.get(name="区市场监管局"))
    assert Unit.objects.filter(pk=unit.pk).exists()


def test_the_directory_lists_unconfirmed_units_first_with_duban_suggestions(client, site, imported):
    client.force_login(User.objects.get(username="ducha"))
    page = client.get("/units/").content.decode()
    assert page.index("区市场监督局") < page.index("区发展改革委")
    assert f"待确认单位 {Unit.objects.filter(confirmed=False).count()} 个" in page
    assert "合并到「区市场监管局」" in page


def test_office_merges_from_the_suggestion_button(client, site, imported):
    unit, _ = imported
    kept = Unit.objects.get(name="区市场监管局")
    client.force_login(User.objects.get(username="ducha"))
    response = client.post(f"/units/{unit.pk}/merge/", {"target": kept.pk})
    assert response.status_code == 302 and response["Location"] == f"/units/{kept.pk}/"
    assert not Unit.objects.filter(pk=unit.pk).exists()
    page = client.get(response["Location"]).content.decode()
    assert "已将「区市场监督局」合并到「区市场监管局」" in page
    assert "合并了「区市场监督局」" in page


def test_office_confirms_a_new_unit(client, site, imported):
    unit, _ = imported
    client.force_login(User.objects.get(username="ducha"))
    client.post(f"/units/{unit.pk}/confirm/", {"next": "list"})
    unit.refresh_from_db()
    assert unit.confirmed
    assert unit.history.first().history_change_reason == "督查室确认单位"


def test_office_adds_and_removes_an_alias(client, site):
    unit = Unit.objects.get(name="区财政局")
    client.force_login(User.objects.get(username="ducha"))
    client.post(f"/units/{unit.pk}/aliases/", {"alias": " 区财政 "})
    alias = UnitAlias.objects.get(unit=unit, alias="区财政")
    assert UnitAlias.history.filter(alias="区财政", history_type="+").exists()
    client.post(f"/aliases/{alias.pk}/delete/")
    assert not UnitAlias.objects.filter(pk=alias.pk).exists()
    assert UnitAlias.history.filter(alias="区财政", history_type="-").exists()


def test_an_alias_naming_another_unit_is_refused_with_a_message(client, site):
    unit = Unit.objects.get(name="区财政局")
    client.force_login(User.objects.get(username="ducha"))
    response = client.post(f"/units/{unit.pk}/aliases/", {"alias": "区发改委"}, follow=True)
    assert "已指向「区发展改革委」" in response.content.decode()


@pytest.mark.parametrize("username", ["fgw", "lim"])
def test_reporters_and_leaders_cannot_merge_by_posting(client, site, imported, username):
    unit, _ = imported
    client.force_login(User.objects.get(username=username))
    response = client.post(f"/units/{unit.pk}/merge/", {"target": Unit.objects.get(name="区市场监管局").pk})
    assert response.status_code == 403
    assert Unit.objects.filter(pk=unit.pk).exists()


def test_the_merged_units_reporter_now_works_on_the_kept_units_tasks(client, site, imported):
    unit, _ = imported
    kept = Unit.objects.get(name="区市场监管局")
    merge_units(actor=office(), source=unit, target=kept)
    client.force_login(User.objects.get(username="scjd"))
    page = client.get("/workspace/").content.decode()
    lead_task = TaskUnit.objects.filter(unit=kept, role=UnitRole.LEAD).first().task
    assert lead_task.text[:20] in page
