"""JSON Lines input: one object per non-empty line, with errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from duban.errors import DubanError


def read_objects(lines: Iterable[str], where: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) per non-empty line; `where` starts each message (标准输入, a file name)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            # json words its reason in English ("Expecting value"): the position is what a person needs.
            raise DubanError(f"{where}第{number}行第{exc.colno}个字符处不是合法的 JSON") from None
        if not isinstance(record, dict):
            raise DubanError(f"{where}第{number}行应为 JSON 对象")
        yield number, record
