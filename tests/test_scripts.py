"""scripts/system-packages.sh on a machine where another apt holds dpkg's lock (unattended upgrades at boot):
it says it is waiting and lets apt wait for the lock instead of failing at once. apt-get, dpkg and sudo are
stand-ins that record how they were called."""

import fcntl
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fake_tools(folder: Path) -> Path:
    folder.mkdir()
    tools = {
        "dpkg": "exit 1",  # no package is installed
        "apt-get": 'echo "$*" >> "$APT_CALLS"',
        "sudo": 'exec "$@"',
    }
    for name, body in tools.items():
        path = folder / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    return folder


def run_script(tmp_path: Path, lock: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    calls = tmp_path / "apt-calls"
    env = {
        **os.environ,
        "PATH": f"{fake_tools(tmp_path / 'bin')}{os.pathsep}{os.environ['PATH']}",
        "APT_CALLS": str(calls),
        "DUBAN_DPKG_LOCK": str(lock),
    }
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "system-packages.sh"), "fonts-noto-cjk"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result, calls.read_text().splitlines() if calls.exists() else []


def test_a_held_dpkg_lock_is_waited_for_and_said(tmp_path):
    lock = tmp_path / "lock-frontend"
    with lock.open("a") as held:
        fcntl.lockf(held, fcntl.LOCK_EX)  # as apt holds it
        result, calls = run_script(tmp_path, lock)
    assert result.returncode == 0, result.stderr
    assert "holds the dpkg lock" in result.stderr and "waiting" in result.stderr
    assert len(calls) == 2  # update, then install
    assert all("-o DPkg::Lock::Timeout=900" in call for call in calls)
    assert "fonts-noto-cjk" in calls[1]


def test_a_free_dpkg_lock_is_not_mentioned(tmp_path):
    lock = tmp_path / "lock-frontend"
    lock.touch()
    result, calls = run_script(tmp_path, lock)
    assert result.returncode == 0, result.stderr
    assert "lock" not in result.stderr
    assert len(calls) == 2
