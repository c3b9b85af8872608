"""Every command of README's 命令行 section runs exactly as written (from the repository root, on a fresh
data directory), except the two that start a server (`demo`, `serve`: covered by the web tests)."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVERS = ("duban demo", "duban serve")


def readme_commands() -> list[str]:
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
        if " ".join(command.split()[:2]) not in SERVERS:
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
