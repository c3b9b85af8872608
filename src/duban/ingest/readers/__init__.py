"""Readers: one file in, one `Document` of paragraphs and tables out.

The format is decided from the file's content, not its name (see `formats`): a renamed file is
either read as what it is or, when its extension promises another office format, refused with a
message naming both. Every problem with the input is a DubanError whose Chinese message names the
file: the dimensions a file declares are bounded (see `limits`), and whatever else a damaged file
makes a parsing library raise is turned into a refusal saying the file is damaged.

Reading allocates millions of short-lived objects (parse events, elements, cells) and builds no
reference cycles worth collecting, while CPython's cycle collector, started by allocation counts,
rescans everything alive each time, the document read so far included: it took about 40% of the
time of reading a large .docx or .xlsx. So it is paused while a file is read.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from duban.errors import DubanError
from duban.ingest.blocks import Document, Paragraph, Table
from duban.ingest.readers.formats import DESCRIPTIONS, check_size, detect_format
from duban.ingest.readers.limits import refuse_characters


def read_document(path: Path) -> Document:
    """Read any supported file. Raises DubanError with a Chinese message naming the file."""
    path = Path(path)
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DubanError(f"{path}：无法读取文件（{exc.strerror or exc}）") from exc
    kind = ""
    try:
        kind = detect_format(path, data[:8192])
        with _collector_paused():
            document = _read(kind, path, data)
    except DubanError:
        raise
    except Exception as exc:
        # A damaged file can make a parsing library raise anything: zlib.error, XMLSyntaxError,
        # NotImplementedError (an unknown zip version), RecursionError, struct.error, ...
        what = DESCRIPTIONS[kind][0] if kind else "文件"
        raise DubanError(
            f"{path}：{what}已损坏或格式不正确，无法读取（{type(exc).__name__}：{_short(exc)}）"
        ) from exc
    refuse_characters(str(path), sum(_characters(block) for block in document.blocks))
    if not any(
        (block.text.strip() if isinstance(block, Paragraph) else block.rows) for block in document.blocks
    ):
        raise DubanError(f"{path}：文件中没有任何文字内容")
    return document


_pause_lock = threading.Lock()
_pauses = 0
_collector_was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector (process-wide) while any thread reads a file, then restore it."""
    global _pauses, _collector_was_enabled
    with _pause_lock:
        if _pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_enabled:
                gc.enable()


def _short(exc: BaseException) -> str:
    text = str(exc).replace("\n", " ")
    return text if len(text) <= 200 else text[:200] + "…"


def _characters(block: Paragraph | Table) -> int:
    if isinstance(block, Paragraph):
        return len(block.text)
    return sum(len(text) for row in block.rows for text in row)


def _read(kind: str, path: Path, data: bytes) -> Document:
    if kind == "txt":
        from duban.ingest.readers.text import read_text

        return read_text(path, data)
    if kind == "html":
        from duban.ingest.readers.webpage import read_html

        return read_html(path, data)
    if kind == "docx":
        from duban.ingest.readers.word import read_docx

        return read_docx(path)
    if kind == "xlsx":
        from duban.ingest.readers.spreadsheet import read_xlsx

        return read_xlsx(path)
    from duban.ingest.readers.pdf import read_pdf

    return read_pdf(path)


__all__ = ["Document", "Paragraph", "Table", "read_document"]
