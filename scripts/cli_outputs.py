"""Write what the CLI prints for every collected input, to compare before and after a change that must
not change any output (a speed-up, a refactoring): run it on both, then `diff -r BEFORE AFTER`.

    .venv/bin/python scripts/cli_outputs.py OUT_DIR [--realdev ../shared/realdev]

Inputs: every text, task and progress of tests/realworld, tests/gold, tests/core/data, bench/data and the
realdev set; every line of the collected documents as a task sentence; each task and progress pair
judged as of its own date and the four quarter ends of its year; every document parsed with and without
--as-of. Outputs: targets.jsonl (`duban targets --jsonl`), judge.jsonl (`duban judge --jsonl`),
parse.txt (`duban parse --json` per document), each ending with the exit code and the messages.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DUBAN = [sys.executable, "-m", "duban"]
TEXT_FIELDS = ("text", "task", "progress", "text_start", "progress_start", "sentence")
QUARTER_ENDS = ("-03-31", "-06-30", "-09-30", "-12-31")


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def collect(realdev: Path) -> tuple[list[str], list[dict[str, str]], list[Path]]:
    files = [
        *sorted(ROOT.glob("tests/realworld/*/*.jsonl")),
        *sorted(ROOT.glob("tests/realworld/*/firstrun/*in*.jsonl")),
        *sorted(realdev.glob("*.jsonl")),
        *sorted(ROOT.glob("tests/gold/*.jsonl")),
        *sorted(ROOT.glob("tests/core/data/*.jsonl")),
        *sorted(ROOT.glob("bench/data/*.jsonl")),
    ]
    texts: list[str] = []
    cases: list[dict[str, str]] = []
    for path in files:
        for record in _records(path):
            texts += [v for k in TEXT_FIELDS if isinstance(v := record.get(k), str) and v.strip()]
            task, progress = record.get("task") or record.get("text"), record.get("progress")
            if isinstance(task, str) and isinstance(progress, str):
                as_of = record.get("as_of") or "2025-06-30"
                for day in (as_of, *(as_of[:4] + end for end in QUARTER_ENDS)):
                    cases.append({"task": task, "progress": progress, "as_of": day})
    documents = [*sorted(ROOT.glob("tests/corpus/*")), *sorted(ROOT.glob("tests/realworld/*/docs/*"))]
    for document in documents:
        if document.suffix in (".txt", ".html", ".htm"):
            lines = document.read_text(encoding="utf-8", errors="replace").splitlines()
            texts += [line[:2000] for line in lines if line.strip()]
    return list(dict.fromkeys(texts)), cases, documents


def _run(args: list[str], lines: list[dict[str, str]]) -> str:
    feed = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    done = subprocess.run([*DUBAN, *args], input=feed, capture_output=True, text=True)
    return f"{done.stdout}\nrc={done.returncode}\n{done.stderr}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--realdev", type=Path, default=ROOT.parent / "shared" / "realdev")
    args = parser.parse_args()
    texts, cases, documents = collect(args.realdev)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "targets.jsonl").write_text(
        _run(["targets", "--jsonl"], [{"text": t} for t in texts]), "utf-8"
    )
    (args.out / "judge.jsonl").write_text(_run(["judge", "--jsonl"], cases), "utf-8")
    with (args.out / "parse.txt").open("w", encoding="utf-8") as out:
        for document in documents:
            for extra in ([], ["--as-of", "2022-06-30"]):
                done = subprocess.run(
                    [*DUBAN, "parse", str(document), "--json", *extra], capture_output=True, text=True
                )
                out.write(
                    f"### {document.relative_to(ROOT)} {extra} rc={done.returncode}\n{done.stdout}\n{done.stderr}\n"
                )
    print(f"{len(texts)} target texts, {len(cases)} judged cases, {len(documents)} documents -> {args.out}")


if __name__ == "__main__":
    main()
