"""Quantities written in Chinese documents: a number, its unit as written, and a normalised form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written (150, "万平方米") and normalised (1500000.0, "平方米").

    `upper` is the upper bound of a range as written (增长7%-8% → value 7, upper 8).
    `span` indexes the text the quantity was read from; `text` is that slice.
    """

    value: float
    unit: str
    base_value: float
    base_unit: str
    span: tuple[int, int]
    text: str
    upper: float | None = None
