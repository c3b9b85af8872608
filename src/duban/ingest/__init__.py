"""Reading documents into task records: readers (file → blocks) then layouts (blocks → tasks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from duban.ingest.records import ParsedDocument


def parse_document(path: Path, *, as_of: date | None = None) -> ParsedDocument:
    """Read one document and return its tasks with the targets and actuals found in their texts.

    With `as_of`, every task that carries progress text also gets the judgement for that date.
    Raises DubanError (with a Chinese message naming the file) when the document cannot be read.
    """
    from duban.core.targets import extract_targets
    from duban.ingest.layouts import recognise
    from duban.ingest.readers import read_document
    from duban.ingest.script import in_reading_form

    document = read_document(path)
    reading, written = in_reading_form(document)
    parsed = recognise(reading)
    if written is not None:
        written.restore(parsed)
    if parsed.kind == "narrative":
        from duban.ingest.narrative import narrative_figures

        parsed.actuals = narrative_figures(document)
    for task in parsed.tasks:
        task.targets = [target.to_json() for target in extract_targets(task.text)]
        if task.progress:
            from duban.core.actuals import extract_actuals  # deferred: a plan has no progress to read

            task.actuals = [actual.to_json() for actual in extract_actuals(task.progress)]
    if as_of is not None:
        from duban.core.judging import judge_texts

        for task in parsed.tasks:
            if task.progress is not None:
                task.judgement = judge_texts(task.text, task.progress, as_of).to_json()
    return parsed
