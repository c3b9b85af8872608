"""Every command of README's 命令行 section runs exactly as written (from the repository root, on a fresh
data directory). The two that start a server (`duban demo --port 8000`, `duban serve --host 0.0.0.0 --port
8000`) run as written too, until their site answers on port 8000: as root in a network namespace of their own
(`unshare --net`), so no other process's port 8000 is in the way; otherwise on this machine's port 8000."""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVERS = ("duban demo", "duban serve")


def readme_commands(*, servers: bool = False) -> list[str]:
    """The commands of the 命令行 block; with `servers`, only the ones that start a server."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## 命令行", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    commands = []
    for line in block.splitlines():
        # a command, perhaps after settings for it alone (DUBAN_DATA_DIR=… duban restore …)
        if not re.match(r"(\w+=\S+ )*duban ", line):
            continue
        # a comment after the command starts with two spaces and #
        command = re.split(r"\s{2,}#", line, maxsplit=1)[0].strip()
        if (" ".join(command.split()[:2]) in SERVERS) == servers:
            commands.append(command)
    return commands


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path):
    commands = readme_commands()
    assert len(commands) >= 12
    env = {
        **os.environ,
        "DUBAN_DATA_DIR": str(tmp_path / "data"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    env.pop("DUBAN_DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    for command in commands:
        # the README writes its documents (and a backup, and a restored site) to /tmp: keep this run's apart
        command = command.replace("/tmp/", f"{shlex.quote(str(tmp_path))}/")
        result = subprocess.run(
            ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, f"{command}\n{result.stderr[-2000:]}"
    for name in ("督查通报.docx", "汇总表.xlsx", "政务公开.html", "duban-backup.tar.gz"):
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "duban-restored").is_dir()


# Runs one server command in bash, waits until http://127.0.0.1:8000/ answers, stops it (its whole process
# group) and prints what happened. In a new network namespace the loopback interface starts down: bring it up.
SERVER_RUN = r"""
import fcntl, json, os, signal, socket, struct, subprocess, sys, time, urllib.error, urllib.request
if sys.argv[2] == "namespace":
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    request = struct.pack("16sh14s", b"lo", 0, b"")
    flags = struct.unpack("16sh14s", fcntl.ioctl(probe, 0x8913, request))[1]  # SIOCGIFFLAGS
    fcntl.ioctl(probe, 0x8914, struct.pack("16sh14s", b"lo", flags | 1, b""))  # SIOCSIFFLAGS, IFF_UP
with socket.socket() as taken:
    if taken.connect_ex(("127.0.0.1", 8000)) == 0:
        sys.exit("port 8000 is already in use on this machine: stop what listens there to run this test")
log = open(sys.argv[3], "w+b")
server = subprocess.Popen(["bash", "-c", sys.argv[1]], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
status, deadline = None, time.monotonic() + 240
while status is None and time.monotonic() < deadline and server.poll() is None:
    try:
        with urllib.request.urlopen("http://127.0.0.1:8000/login/", timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as answered:
        status = answered.code
    except OSError:
        time.sleep(0.5)
os.killpg(server.pid, signal.SIGTERM)
try:
    server.wait(timeout=30)
except subprocess.TimeoutExpired:
    os.killpg(server.pid, signal.SIGKILL)
print(json.dumps({"status": status, "exit": server.returncode}))
"""


def _own_network() -> bool:
    """Whether this process may run a command in a network namespace of its own (root, with unshare)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "--net", "true"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.slow
def test_the_readme_server_commands_serve_the_site_as_written(tmp_path):
    commands = readme_commands(servers=True)
    assert [" ".join(c.split()[:2]) for c in commands] == list(SERVERS)
    env = {
        **os.environ,
        "DUBAN_DATA_DIR": str(tmp_path / "data"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        # the configured site `duban serve` serves has its key (README, 部署); the demo has one of its own
        "DUBAN_SECRET_KEY": "readme-test-" + "k" * 50,
    }
    env.pop("DUBAN_DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    namespace = _own_network()
    wrapper = ["unshare", "--net"] if namespace else []
    for n, command in enumerate(commands):
        log = tmp_path / f"server{n}.log"
        result = subprocess.run(
            [*wrapper, sys.executable, "-c", SERVER_RUN, command, "namespace" if namespace else "host", str(log)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=400,
        )  # fmt: skip
        output = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        assert result.returncode == 0, f"{command}\n{result.stderr[-2000:]}"
        answer = json.loads(result.stdout.strip().splitlines()[-1])
        assert answer["status"] == 200, f"{command}\n{output[-3000:]}"
        assert "Traceback" not in output, output[-3000:]
    assert "http://127.0.0.1:8000/" in (tmp_path / "server0.log").read_text(encoding="utf-8")
