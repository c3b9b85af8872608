"""The demo district copied once per database comes back row for row in each test that asks for it."""

import pytest
from db_snapshot import dump
from django.db import connection

from duban.web.models import Judgement, Progress, Task

pytestmark = [pytest.mark.db, pytest.mark.django_db]


def test_restored_tables_hold_exactly_the_rows_the_build_left(sample_snapshot, site):
    with connection.cursor() as cursor:
        for rows in sample_snapshot.tables:
            assert dump(cursor, rows.table) == rows, rows.table


def test_the_restored_district_is_the_demo_one(site):
    assert Task.objects.filter(plan=site.plan).count() >= 60
    assert Progress.objects.filter(period=site.second).exists()
    assert Judgement.objects.filter(period=site.first, override_status__isnull=False).count() == 1


def test_rows_a_test_adds_after_the_copy_get_new_keys(site):
    # The serial counters continue after the copied keys (PostgreSQL's sequences are reset by restore).
    before = max(Task.objects.values_list("pk", flat=True))
    task = Task.objects.create(plan=site.plan, ref="新增", text="新增任务", order=999, seq=999)
    assert task.pk > before
