"""What the office downloads holds user text as text: a reporter's =HYPERLINK(…) and a unit named =… stay
strings in the summary workbook and the 催办 CSV."""

import csv
import io
import re
import zipfile

import pytest
from django.contrib.auth.models import User

from duban.web.models import Progress, TaskUnit, Unit

pytestmark = [pytest.mark.db, pytest.mark.django_db]

LINK = '=HYPERLINK("http://example.invalid/","点击")'


def _login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def _streamed(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_submitted_progress_and_unit_names_are_no_formulas_in_the_summary(client, site):
    user = User.objects.get(username="fgw")
    unit = user.unit_memberships.get().unit
    task = TaskUnit.objects.filter(unit=unit, role="lead").first().task
    version = Progress.objects.get(task=task, period=site.second, unit=unit).version
    url = f"/tasks/{task.pk}/units/{unit.pk}/progress/?period={site.second.pk}"
    response = _login(client, "fgw").post(url, {"text": LINK, "version": version, "action": "submit"})
    assert response.status_code == 302
    Unit.objects.filter(pk=unit.pk).update(name="=1+2")

    response = _login(client, "ducha").get(f"/periods/{site.second.pk}/reports/summary/")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(_streamed(response))) as archive:
        sheets = {n: archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/")}
        strings = (
            archive.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in archive.namelist() else b""
        )
    assert sum(len(re.findall(rb"<f[ >]", xml)) for xml in sheets.values()) == 0
    written = strings + b"".join(sheets.values())
    assert b"HYPERLINK" in written  # the text is there, as a string


def test_missing_csv_prefixes_fields_that_start_like_a_formula(client, site):
    missing_unit = next(
        row.unit for row in _login(client, "ducha").get(f"/missing/?period={site.second.pk}").context["rows"]
    )
    Unit.objects.filter(pk=missing_unit.pk).update(name="@SUM(1,2)")
    response = client.get(f"/missing/?period={site.second.pk}&format=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [row[0] for row in rows[1:]]
    assert "'@SUM(1,2)" in names
    assert not any(field.startswith(("=", "+", "-", "@")) for row in rows for field in row)
