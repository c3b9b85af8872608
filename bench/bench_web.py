"""Server time and query count of the main pages on a synthetic city.

Builds 40 plans × 150 tasks × 4 periods with about 2 units per task, then times the dashboard, task list,
task detail and public page through Django's test client (p50/p95 over repeated requests) and counts the
queries each page makes for a small and a large scope (the count must not grow with the rows shown).
SQLite by default (a temporary file); run under scripts/with-postgres.sh for PostgreSQL.
"""

from __future__ import annotations

import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime

os.environ.setdefault("DUBAN_DATA_DIR", tempfile.mkdtemp(prefix="duban-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duban.web.settings")
os.environ["DUBAN_ALLOWED_HOSTS"] = "testserver"
os.environ["DUBAN_AXES"] = "0"
# Production settings refuse to start without a key; the bench signs nothing that outlives it.
os.environ.setdefault("DUBAN_SECRET_KEY", secrets.token_urlsafe(50))

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from duban.web.models import (  # noqa: E402
    DocumentKind,
    Judgement,
    Leader,
    Period,
    PeriodStatus,
    Plan,
    Progress,
    Section,
    Task,
    TaskLeader,
    TaskUnit,
    Unit,
)

PLANS, TASKS, PERIODS, UNITS_PER_ISSUER = 40, 150, 4, 30
STATUSES = ["completed", "ahead", "on_track", "on_track", "on_track", "lagging", "not_started", "unknown"]
REPEAT = 20


def build() -> tuple[Plan, Period, Task]:
    rng = random.Random(7)
    for p in range(PLANS):
        issuer = f"合成市第{p + 1}区人民政府"
        plan = Plan.objects.create(
            code=f"bench-{p}", issuer=issuer, year=2026, title=f"{issuer}分解方案", kind=DocumentKind.PLAN
        )
        sections = [
            Section.objects.create(
                plan=plan, name=f"第{s + 1}部分", path=[f"第{s + 1}部分"], key=f"s{s}", order=s
            )
            for s in range(6)
        ]
        units = Unit.objects.bulk_create(
            Unit(issuer=issuer, name=f"单位{u}", confirmed=True) for u in range(UNITS_PER_ISSUER)
        )
        leaders = Leader.objects.bulk_create(Leader(issuer=issuer, name=f"领导{i}") for i in range(6))
        tasks = Task.objects.bulk_create(
            Task(plan=plan, section=sections[i % 6], ref=str(i + 1), seq=i + 1, order=i + 1,
                 text=f"新建项目{rng.randint(5, 90)}个，完成投资{rng.randint(10, 300)}亿元（任务{i + 1}）")
            for i in range(TASKS)
        )  # fmt: skip
        links = []
        for t in tasks:
            chosen = rng.sample(units, rng.choice((1, 2, 2, 3)))
            links += [
                TaskUnit(task=t, unit=u, role="lead" if k == 0 else "co", order=k)
                for k, u in enumerate(chosen)
            ]
        TaskUnit.objects.bulk_create(links)
        TaskLeader.objects.bulk_create(TaskLeader(task=t, leader=rng.choice(leaders)) for t in tasks)
        ends = [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]
        periods = [
            Period.objects.create(plan=plan, issuer=issuer, year=2026, label=f"1-{e.month}月", end=e,
                                  deadline=datetime(2026, e.month, 28, tzinfo=UTC), status=PeriodStatus.PUBLISHED)
            for e in ends[:PERIODS]
        ]  # fmt: skip
        progress, judgements = [], []
        for period in periods:
            for link in links:
                progress.append(
                    Progress(task_id=link.task_id, period=period, unit_id=link.unit_id, status="submitted",
                             text=f"{period.label}累计完成投资{rng.randint(1, 200)}亿元。",
                             submitted_at=datetime(2026, period.end.month, 20, tzinfo=UTC))
                )  # fmt: skip
            judgements += [
                Judgement(task=t, period=period, status=rng.choice(STATUSES), reason="合成数据", evidence=[])
                for t in tasks
            ]
        Progress.objects.bulk_create(progress, batch_size=2000)
        Judgement.objects.bulk_create(judgements, batch_size=2000)
    plan = Plan.objects.get(code="bench-0")
    period = Period.objects.filter(plan=plan).order_by("-end").first()
    return plan, period, Task.objects.filter(plan=plan).first()


def measure(client: Client, url: str) -> tuple[float, float, int, int]:
    client.get(url)  # warm caches and templates
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(queries), len(response.content)


def main() -> int:
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    plan, period, task = build()
    print(f"database: {connection.vendor} ({settings.DATABASES['default']['NAME']})")
    print(
        f"built {Plan.objects.count()} plans, {Task.objects.count()} tasks, {Period.objects.count()} periods, "
        f"{Progress.objects.count()} progress rows, {Judgement.objects.count()} judgements "
        f"in {time.perf_counter() - started:.1f} s"
    )
    office = User.objects.create_user("bench-office")
    office.groups.add(Group.objects.get_or_create(name="office")[0])
    leader_user = User.objects.create_user("bench-leader")
    leader_user.groups.add(Group.objects.get_or_create(name="leader")[0])
    leader = Leader.objects.filter(issuer=plan.issuer).first()
    leader.user = leader_user
    leader.save()
    client = Client()
    client.force_login(office)
    pages = [
        ("dashboard (office, 150 tasks)", f"/dashboard/?period={period.pk}"),
        ("task list (50 of 150 rows)", f"/tasks/?period={period.pk}"),
        ("task list (all statuses sorted)", f"/tasks/?period={period.pk}&sort=status"),
        ("task detail (4 periods)", f"/tasks/{task.pk}/"),
        ("public page (150 rows)", f"/public/periods/{period.pk}/"),
    ]
    print(f"{'page':<34} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'KB':>6}")
    for name, url in pages:
        p50, p95, count, size = measure(client, url)
        print(f"{name:<34} {p50:8.1f} {p95:8.1f} {count:8d} {size / 1024:6.0f}")
    leader_client = Client()
    leader_client.force_login(leader_user)
    shown = Task.objects.filter(task_leaders__leader=leader).count()
    p50, p95, count, _ = measure(leader_client, f"/dashboard/?period={period.pk}")
    print(f"{f'dashboard (leader, {shown} tasks)':<34} {p50:8.1f} {p95:8.1f} {count:8d}")
    p50, p95, count, _ = measure(leader_client, f"/tasks/?period={period.pk}")
    print(f"{f'task list (leader, {min(shown, 50)} rows)':<34} {p50:8.1f} {p95:8.1f} {count:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
