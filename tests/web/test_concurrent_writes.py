"""Fifty reporters saving at once on the embedded SQLite database behind gunicorn: no server error, and every
accepted save is in the history; the only refusals are real conflicts (two saves from one version).

The site runs in its own processes (four gunicorn workers with threads) on a SQLite file, as `duban
serve` runs it; the reporters post to the API over loopback, released together.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

# 40 reporters save rows of their own and 10 more save one of those rows from the same version
DISTINCT = 40
CONFLICTING = 10
REPORTERS = DISTINCT + CONFLICTING
# The demo's three reporters (fgw, zjj, wtl) have 25 unit-task rows; the units after them get a reporter each.
SETUP = """
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth.models import Group, User
from duban.accounts.models import ApiToken
from duban.web.models import Progress, TaskUnit, UnitMembership
from duban.web.sample import load_sample
site = load_sample()
reporters = ["fgw", "zjj", "wtl"]
others = (TaskUnit.objects.filter(task__plan=site.plan, unit__memberships__isnull=True)
          .order_by("unit__name").values_list("unit", flat=True).distinct())
for n, unit_id in enumerate(others):
    user = User.objects.create_user(f"load{n}", password="load-test-password")
    user.groups.add(Group.objects.get(name="reporter"))
    UnitMembership.objects.create(user=user, unit_id=unit_id)
    reporters.append(user.username)
writes = []
for username in reporters:
    user = User.objects.get(username=username)
    unit = user.unit_memberships.get().unit
    for link in TaskUnit.objects.filter(unit=unit).order_by("task__order"):
        _, raw = ApiToken.issue(user, "load")
        progress = Progress.objects.filter(task=link.task, period=site.second, unit=unit).first()
        writes.append({"token": raw, "task_id": link.task_id, "unit_id": unit.pk,
                       "period_id": site.second.pk, "version": progress.version if progress else 0})
print(json.dumps(writes))
"""
HISTORY = """
import json, sys, django
django.setup()
from duban.web.models import Progress
texts = set(Progress.history.values_list("text", flat=True))
print(json.dumps(sorted(texts)))
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def site_env(tmp_path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DUBAN_", "DJANGO_"))}
    env.update(
        PYTHONPATH=os.pathsep.join(sys.path),
        DJANGO_SETTINGS_MODULE="duban.web.settings",
        DUBAN_DATA_DIR=str(tmp_path / "data"),
        DUBAN_SECRET_KEY="load-test-" + "k" * 60,
        DUBAN_AXES="0",
    )
    return env


def _python(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def _serve(env: dict[str, str], port: int) -> subprocess.Popen:
    # the server's log goes to a file: a pipe nobody reads fills up and stalls the workers
    log = open(Path(env["DUBAN_DATA_DIR"]).parent / "gunicorn.log", "w+b")  # noqa: SIM115
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "duban.web.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "4", "--threads", "4", "--timeout", "120"],
        env=env, stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    server.log = log  # type: ignore[attr-defined]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            # a worker loads the whole site on its first request: seconds on a busy machine
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/periods", timeout=30)
            return server
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    server.kill()
    log.seek(0)
    raise AssertionError("gunicorn did not start: " + log.read().decode()[-2000:])


def _post(port: int, write: dict, text: str) -> int:
    body = json.dumps({**{k: write[k] for k in ("task_id", "unit_id", "period_id", "version")},
                       "text": text, "submit": True}).encode()  # fmt: skip
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/progress",
        data=body,
        headers={"Authorization": f"Bearer {write['token']}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as refused:
        return refused.code


def test_fifty_simultaneous_reporters_get_no_server_error(site_env):
    writes = json.loads(_python(SETUP, site_env))
    # Each of the first 40 saves a row of its own; each of the last ten saves one of the first ten rows.
    distinct = writes[:DISTINCT]
    assert len(distinct) == DISTINCT, "the demo district has fewer unit tasks than the test needs"
    jobs = [(write, f"并发填报{n}：1-6月完成投资{n}亿元。") for n, write in enumerate(distinct)]
    jobs += [(distinct[n], f"并发填报重复{n}：1-6月完成投资{n}亿元。") for n in range(CONFLICTING)]
    assert len(jobs) == REPORTERS == 50
    port = _free_port()
    server = _serve(site_env, port)
    try:
        start = threading.Barrier(len(jobs))
        codes: list[int] = [0] * len(jobs)

        def reporter(index: int) -> None:
            write, text = jobs[index]
            start.wait()
            codes[index] = _post(port, write, text)

        threads = [threading.Thread(target=reporter, args=(i,)) for i in range(len(jobs))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert [code for code in codes if code >= 500] == []
    assert set(codes) <= {200, 409}
    # A pair saving one row from one version: exactly one wins, the other is told of the conflict.
    for n in range(CONFLICTING):
        assert sorted((codes[n], codes[DISTINCT + n])) == [200, 409]
    assert codes[CONFLICTING:DISTINCT] == [200] * (DISTINCT - CONFLICTING)
    stored = set(json.loads(_python(HISTORY, site_env)))
    accepted = {text for (_, text), code in zip(jobs, codes, strict=True) if code == 200}
    assert len(accepted) == DISTINCT
    assert accepted <= stored


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(site_env):
    code = (
        "import django, json; django.setup(); from django.db import connection; cursor = connection.cursor();"
        "print(json.dumps([cursor.execute('PRAGMA journal_mode').fetchone()[0],"
        " cursor.execute('PRAGMA busy_timeout').fetchone()[0]]))"
    )
    assert json.loads(_python(code, site_env)) == ["wal", 30000]
    assert Path(site_env["DUBAN_DATA_DIR"], "duban.sqlite3").exists()
