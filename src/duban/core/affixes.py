"""Word lists read as the beginnings or endings of a text (增长, 新增, 管委会…), in the order given.

The rules ask "the first word of this list the text starts (or ends) with": testing every word costs a
call per word (~150 for the verbs), while a text has one prefix of each length the words have. A list
answers with the words it holds among those prefixes, in the list's own order, so a loop over its
answers decides exactly as a loop over the whole list would.
"""

from __future__ import annotations

from collections.abc import Iterable


class Affixes:
    """An ordered word list with `prefixes_of` and `suffixes_of` lookups."""

    __slots__ = ("_index", "_lengths", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: tuple[str, ...] = tuple(words)
        self._index: dict[str, int] = {}
        for position, word in enumerate(self.words):
            self._index.setdefault(word, position)
        self._lengths = tuple(sorted({len(word) for word in self.words}, reverse=True))

    def prefixes_of(self, text: str) -> list[str]:
        """The words `text` starts with, in list order."""
        index, size = self._index, len(text)
        found = [text[:n] for n in self._lengths if n <= size and text[:n] in index]
        if len(found) > 1:
            found.sort(key=index.__getitem__)
        return found

    def suffixes_of(self, text: str) -> list[str]:
        """The words `text` ends with, in list order."""
        index, size = self._index, len(text)
        found = [text[size - n :] for n in self._lengths if n <= size and text[size - n :] in index]
        if len(found) > 1:
            found.sort(key=index.__getitem__)
        return found

    def first_prefix(self, text: str) -> str | None:
        found = self.prefixes_of(text)
        return found[0] if found else None

    def first_suffix(self, text: str) -> str | None:
        found = self.suffixes_of(text)
        return found[0] if found else None
