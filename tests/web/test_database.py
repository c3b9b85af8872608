import os

import pytest
from django.contrib.auth.models import User
from django.db import connection

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def test_database_is_the_configured_one():
    url = os.environ.get("DUBAN_DATABASE_URL", "")
    expected = "postgresql" if url.startswith("postgres") else "sqlite"
    assert connection.vendor == expected


def test_rows_round_trip():
    User.objects.create_user("clerk", password="s3cret-pass")
    assert User.objects.get(username="clerk").check_password("s3cret-pass")
