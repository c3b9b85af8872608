"""Assessment time on the synthetic city of bench_web (40 plans × 150 tasks × 4 periods, about 2 units per
task, a report per unit and a judgement per task every period): one plan's ranking, every plan's, the
ranking page, and the 考核表 and 考核情况通报 of one plan. The goal is under 2 s for the whole city.
SQLite by default (a temporary file); run under scripts/with-postgres.sh for PostgreSQL.
"""

from __future__ import annotations

import io
import os
import secrets
import sys
import tempfile
import time
from datetime import date

os.environ.setdefault("DUBAN_DATA_DIR", tempfile.mkdtemp(prefix="duban-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duban.web.settings")
os.environ["DUBAN_ALLOWED_HOSTS"] = "testserver"
os.environ["DUBAN_AXES"] = "0"
os.environ.setdefault("DUBAN_SECRET_KEY", secrets.token_urlsafe(50))

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bench_web import build, measure  # noqa: E402  (python puts bench/ on the path)
from duban.reports.assessment_notice import write_assessment_notice  # noqa: E402
from duban.reports.assessment_table import write_assessment_table  # noqa: E402
from duban.web.models import Judgement, Plan, Progress  # noqa: E402
from duban.web.selectors.assessment import assess_plan  # noqa: E402

REPEAT = 5


def timed(action) -> tuple[float, object]:
    """Best wall time of REPEAT runs, and the result."""
    times, result = [], None
    for _ in range(REPEAT):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), result


def cpu(action) -> float:
    """CPU time of one run (this process, SQLite included): the figure that holds on a busy machine."""
    started = time.process_time()
    action()
    return time.process_time() - started


def main() -> int:
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    plan, _, _ = build()
    print(f"database: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    print(
        f"built {Plan.objects.count()} plans, {Progress.objects.count()} progress rows, "
        f"{Judgement.objects.count()} judgements in {time.perf_counter() - started:.1f} s"
    )
    plans = list(Plan.objects.all())
    one, result = timed(lambda: assess_plan(plan))
    print(f"{'assess one plan (150 tasks, 4 periods)':<44} {one * 1000:8.1f} ms  {len(result.units)} units")
    entries = sum(len(u.entries) for u in result.units)
    print(f"{'  breakdown entries of that plan':<44} {entries:8d}")
    city, _ = timed(lambda: [assess_plan(p) for p in plans])
    city_cpu = cpu(lambda: [assess_plan(p) for p in plans])
    goal = "under the 2 s goal" if min(city, city_cpu) < 2 else "OVER the 2 s goal"
    print(
        f"{f'assess the whole city ({len(plans)} plans)':<44} {city * 1000:8.1f} ms wall, "
        f"{city_cpu * 1000:.1f} ms CPU  ({goal}; load average {os.getloadavg()[0]:.1f})"
    )
    again = [assess_plan(p) for p in plans[:3]]
    print(f"{'recomputation idempotent (3 plans)':<44} {again == [assess_plan(p) for p in plans[:3]]!s:>8}")
    table, _ = timed(lambda: write_assessment_table(result, io.BytesIO()))
    print(f"{'考核表 .xlsx of one plan':<44} {table * 1000:8.1f} ms")
    notice, _ = timed(
        lambda: write_assessment_notice(
            result, io.BytesIO(), signer="合成市第1区人民政府督查室", signed_on=date(2027, 1, 20)
        )
    )
    print(f"{'考核情况通报 .docx of one plan':<44} {notice * 1000:8.1f} ms")
    office = User.objects.create_user("bench-assessment-office")
    office.groups.add(Group.objects.get_or_create(name="office")[0])
    client = Client()
    client.force_login(office)
    p50, p95, count, size = measure(client, f"/assessment/?plan={plan.pk}")
    print(f"{'ranking page p50 / p95':<44} {p50:8.1f} / {p95:.1f} ms, {count} queries, {size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
