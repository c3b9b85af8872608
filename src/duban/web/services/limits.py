"""The bounds on text people send, and the one cleaning every service applies to it before storing.

The web forms show the same limits (forms.py takes them from here), but the services enforce them, so the
API, the CLI and the import wizard are held to them too: judging reads the whole progress text (about four
seconds per 100,000 characters), and a report of a million characters would hold a worker for minutes.
Control characters are dropped: NUL cannot be stored in PostgreSQL text, and the others (\\x08 pasted from
a PDF) cannot be written into the XML of the reports and the public page.
"""

from __future__ import annotations

import re

from duban.errors import DubanError

PROGRESS_TEXT_MAX = 20_000
OVERRIDE_REASON_MAX = 2_000
NOTE_MAX = 2_000
# Every C0 control but tab, newline and carriage return; DEL and the C1 controls; the non-characters U+FFFE/F.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def without_controls(text: str) -> str:
    """`text` with the control characters no stored text may hold removed."""
    return CONTROL_CHARACTERS.sub("", text)


def clean_text(text: str, *, field: str, limit: int) -> str:
    """`text` stripped of control characters and surrounding whitespace; DubanError naming `field` and the
    limit when it is longer than `limit` characters."""
    text = without_controls(text).strip()
    if len(text) > limit:
        raise DubanError(f"{field}共 {len(text):,} 字，超过上限 {limit:,} 字，请精简后再提交")
    return text
