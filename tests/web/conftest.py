"""Fixtures shared by the web tests: fast password hashing, uploads in a temporary folder, the demo district."""

import pytest

from duban.web.sample import load_sample


@pytest.fixture(autouse=True)
def fast_passwords(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def site():
    """The fictional district of `duban demo`, loaded through the real services."""
    return load_sample()
