"""Documents in traditional characters or with pinyin glosses, read in the simplified form.

Reposted pages come in traditional characters, some with the pinyin of a character left after it
(責任單位(wèi)). The layouts recognise headers, unit names and numbering in simplified characters,
so such a document is read in simplified characters (core.script), glosses dropped, and every text
the layouts return is given back in the characters the document was written in, by a character table
built from the document itself (the simplified text has the same length as the text without glosses).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from duban.core.script import simplified, without_glosses
from duban.ingest.blocks import Document, Paragraph, Table
from duban.ingest.records import ParsedDocument


@dataclass(frozen=True, slots=True)
class WrittenForm:
    """How one document was written: its texts as read and as written, joined, with the position in
    the written text of every character read, and the written character of each simplified one."""

    read: str
    written: str
    positions: tuple[int, ...]
    table: dict[str, str]

    def text(self, value: str) -> str:
        """A text the layouts returned, as printed: the written span when the text is one piece of
        the document (glosses and all), else character by character."""
        at = self.read.find(value) if value else -1
        if at >= 0:
            # up to the next character read: a gloss after the last character is part of it
            start, end = self.positions[at], self.positions[at + len(value)]
            return self.written[start:end]
        return "".join(self.table.get(char, char) for char in value)

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self.text(value)

    def restore(self, parsed: ParsedDocument) -> None:
        """Every text of the parsed document in the characters it was written in."""
        parsed.title = self.optional(parsed.title)
        parsed.issuer = self.optional(parsed.issuer)
        for task in parsed.tasks:
            task.part = self.optional(task.part)
            task.section = [self.text(s) for s in task.section]
            task.category = self.optional(task.category)
            task.text = self.text(task.text)
            task.lead_leaders = [self.text(n) for n in task.lead_leaders]
            task.lead_units = [self.text(n) for n in task.lead_units]
            task.co_units = [self.text(n) for n in task.co_units]
            task.progress = self.optional(task.progress)
            task.deadline = self.optional(task.deadline)
            task.problems = self.optional(task.problems)
            task.next_steps = self.optional(task.next_steps)


def _texts(document: Document) -> list[str]:
    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, Table):
            texts.extend(cell for row in block.rows for cell in row)
    return texts


def in_reading_form(document: Document) -> tuple[Document, WrittenForm | None]:
    """The document as the layouts read it, and how to give its texts back as written (None when
    the document is already in simplified characters without glosses: the common case costs one
    look at each text)."""
    if all(without_glosses(text) is None and simplified(text) == text for text in _texts(document)):
        return document, None
    table: dict[str, str] = {}
    read_parts: list[str] = []
    written_parts: list[str] = []
    positions: list[int] = []
    offset = 0

    def read(text: str) -> str:
        nonlocal offset
        stripped = without_glosses(text)
        unglossed = stripped.text if stripped is not None else text
        read_as = simplified(unglossed)
        for before, after in zip(unglossed, read_as, strict=True):
            if before != after:
                table.setdefault(after, before)
        kept = stripped.positions if stripped is not None else range(len(text))
        positions.extend(offset + i for i in kept)
        positions.append(offset + len(text))  # the line break joining the texts
        read_parts.append(read_as)
        written_parts.append(text)
        offset += len(text) + 1
        return read_as

    blocks = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            blocks.append(replace(block, text=read(block.text)))
        elif isinstance(block, Table):
            blocks.append(replace(block, rows=tuple(tuple(read(c) for c in row) for row in block.rows)))
    written = WrittenForm(
        "\n".join(read_parts) + "\n", "\n".join(written_parts) + "\n", tuple(positions), table
    )
    return replace(document, blocks=tuple(blocks)), written
