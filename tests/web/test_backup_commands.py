"""`duban backup -o FILE` and `duban restore FILE` as a person runs them: from one site's database into a new
one (a fresh data directory on SQLite, a new empty database on PostgreSQL, which restore sets up)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.db

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "tests" / "corpus" / "004_0c9597f419f639ea.txt"


def duban(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "duban", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def two_sites(tmp_path) -> Iterator[tuple[dict[str, str], dict[str, str]]]:
    """The environments of two sites: the one backed up and an empty one to restore into."""
    base = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DUBAN_DATABASE_URL")}
    url = os.environ.get("DUBAN_DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield tuple({**base, "DUBAN_DATA_DIR": str(tmp_path / name)} for name in ("source", "target"))
        return
    import psycopg

    names = [f"duban_backup_{name}_{secrets.token_hex(4)}" for name in ("source", "target")]
    server = url.rsplit("/", 1)[0]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(
            {**base, "DUBAN_DATA_DIR": str(tmp_path / name), "DUBAN_DATABASE_URL": f"{server}/{name}"}
            for name in names
        )
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restored_into_a_new_site_lists_the_same_tasks(two_sites, tmp_path):
    source, target = two_sites
    if "DUBAN_DATABASE_URL" in source:
        # a PostgreSQL site is set up by `migrate` (or `duban serve`) before its first import
        migrate = [sys.executable, "-m", "django", "migrate", "--settings", "duban.web.settings", "-v", "0"]
        key = {"DUBAN_SECRET_KEY": secrets.token_urlsafe(50)}
        subprocess.run(migrate, cwd=ROOT, env={**source, **key}, check=True, timeout=300)
    assert duban(source, "import", str(PLAN)).stdout == "2025-涪陵区\n"
    listed = duban(source, "tasks", "--json")
    archive = tmp_path / "duban-backup.tar.gz"

    backup = duban(source, "backup", "-o", str(archive))
    assert backup.returncode == 0, backup.stderr
    assert backup.stdout == ""
    assert f"已备份到 {archive}" in backup.stderr

    restored = duban(target, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "各表行数与清单一致" in restored.stderr
    assert duban(target, "tasks", "--json").stdout == listed.stdout
    assert len(json.loads(listed.stdout)["tasks"]) == 148

    again = duban(target, "restore", str(archive))
    assert again.returncode == 2
    assert "只能恢复到空站点" in again.stderr
    assert "Traceback" not in again.stderr


def test_restore_of_a_missing_file_is_bad_input(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DUBAN_DATABASE_URL")}
    result = duban({**env, "DUBAN_DATA_DIR": str(tmp_path)}, "restore", str(tmp_path / "none.tar.gz"))
    assert result.returncode == 2
    assert "找不到备份文件" in result.stderr
