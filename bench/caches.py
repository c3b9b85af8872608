"""Throughput measured on first readings: duban caches what it read of a text (its reading form, its
quantities, a metric's normal form), so a benchmark that reads the same texts again would time the
caches. `clear_caches` empties them before each round."""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any


def clear_caches() -> None:
    """Empty every functools cache of duban's loaded modules."""
    for name, module in list(sys.modules.items()):
        if name == "duban" or name.startswith("duban."):
            for value in vars(module).values():
                if isinstance(value, functools._lru_cache_wrapper):
                    value.cache_clear()


def per_cpu_second(items: Sequence[Any], call: Callable[[Any], Any], rounds: int, *, cold: bool) -> float:
    """Items handled per second of this process's CPU time (one core), caches emptied per round if cold."""
    spent = 0.0
    for _ in range(rounds):
        if cold:
            clear_caches()
        start = time.process_time()
        for item in items:
            call(item)
        spent += time.process_time() - start
    return rounds * len(items) / spent
