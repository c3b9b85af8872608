"""Fixtures shared by the web tests: fast password hashing, uploads in a temporary folder, the demo district."""

import pytest
from db_snapshot import Snapshot, take
from django.test import override_settings

from duban.web.models import Period, Plan
from duban.web.sample import SampleSite, load_sample

FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fast_passwords(settings, tmp_path):
    settings.PASSWORD_HASHERS = FAST_HASHERS
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="session")
def sample_snapshot(django_db_setup, django_db_blocker, tmp_path_factory) -> Snapshot:
    """The demo district built once per test database (see db_snapshot.py)."""
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=FAST_HASHERS, MEDIA_ROOT=tmp_path_factory.mktemp("media")),
    ):
        return take(load_sample)


@pytest.fixture
def site(sample_snapshot) -> SampleSite:
    """The fictional district of `duban demo`, as `load_sample` stores it through the real services."""
    sample_snapshot.restore()
    built: SampleSite = sample_snapshot.result
    return SampleSite(
        plan=Plan.objects.get(pk=built.plan.pk),
        first=Period.objects.get(pk=built.first.pk),
        second=Period.objects.get(pk=built.second.pk),
        accounts=list(built.accounts),
    )
