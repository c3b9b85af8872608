"""The figures a narrative report states (1—6月，全市GDP同比增长5%): every figure of its prose, with
its metric, the sentence it stands in and the line, so the report can be read as progress against a
plan's indicator tasks (matched by metric). Figures in a clause of plans or goals (力争…达1万家) and
the part on what comes next (二、下一步工作打算) are not results and are left out."""

from __future__ import annotations

import re
from typing import Any

from duban.core.actuals import extract_actuals
from duban.core.stages import FUTURE_WORDS, clause_start
from duban.ingest.blocks import Document, Paragraph

_SENTENCE_END = re.compile(r"[。；;！!？?]")
# The part of a report on what comes next (二、下一步工作打算, 三、下半年工作安排): plans, not results.
_PLANS_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、.{0,12}(?:下一步|下半年|下步|明年|打算|安排|思路)")


def _sentence(text: str, start: int, end: int) -> str:
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return text[before : after.end() if after else len(text)].strip()


def narrative_figures(document: Document) -> list[dict[str, Any]]:
    """The reported figures of a document's paragraphs, in order."""
    figures: list[dict[str, Any]] = []
    for block in document.blocks:
        if not isinstance(block, Paragraph) or not block.text.strip():
            continue
        text = block.text
        if _PLANS_HEADING.match(text):
            break
        for actual in extract_actuals(text):
            start, end = actual.span
            if FUTURE_WORDS.search(text[clause_start(text, start) : start]):
                continue
            figure = actual.to_json()
            figure["line"] = block.line
            figure["sentence"] = _sentence(text, start, end)
            figures.append(figure)
    return figures
