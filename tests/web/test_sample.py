"""The demo district is loaded through the real paths: unit services, the plan import, the progress service."""

import pytest

from duban.web.models import (
    Actual,
    ImportedDocument,
    Judgement,
    PeriodStatus,
    Progress,
    ProgressStatus,
    Task,
    Unit,
)
from duban.web.sample import district as d
from duban.web.selectors.units import unit_directory

pytestmark = [pytest.mark.db, pytest.mark.django_db]

# `site` (conftest) is what load_sample stored through the services, built once per database and copied back.


def test_the_plan_is_stored_by_the_import_service(site):
    document = ImportedDocument.objects.get(plan=site.plan)
    assert document.task_count == Task.objects.filter(plan=site.plan).count() >= 60


def test_a_unit_name_the_directory_did_not_know_waits_for_the_office(site):
    unknown = Unit.objects.get(issuer=d.ISSUER, name="区科技委")
    assert not unknown.confirmed
    row = next(r for r in unit_directory(site.plan) if r.unit == unknown)
    assert [s.name for s in row.suggestions] == ["区科技局"]


def test_reports_are_saved_through_the_progress_service_with_their_figures_and_judgements(site):
    submitted = Progress.objects.filter(period=site.second, status=ProgressStatus.SUBMITTED)
    assert Actual.objects.filter(progress__in=submitted).exists()
    judged = set(Judgement.objects.filter(period=site.second, unit=None).values_list("task_id", flat=True))
    assert judged == set(submitted.values_list("task_id", flat=True))
    assert {p.history.count() for p in submitted[:5]} == {1}


def test_the_demo_keeps_one_draft_an_override_and_a_published_period(site):
    assert Progress.objects.filter(period=site.second, status=ProgressStatus.DRAFT).count() == 1
    assert Judgement.objects.filter(period=site.first, override_status__isnull=False).count() == 1
    assert site.first.status == PeriodStatus.PUBLISHED and site.first.published_at is not None
    assert site.second.status == PeriodStatus.OPEN


def test_reports_were_handed_in_before_the_deadline(site):
    first = Progress.objects.filter(period=site.first, status=ProgressStatus.SUBMITTED)
    assert all(p.submitted_at < site.first.deadline for p in first)
