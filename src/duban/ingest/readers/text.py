"""Plain-text reader: UTF-8, or GB18030/GBK as many government pages are, detected from the bytes."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from duban.errors import DubanError
from duban.ingest.blocks import Document, Paragraph


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 when valid, else the best-guess Chinese encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312: try it before guessing.
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DubanError(f"{source}：无法识别文件编码，不是可读的文本文件")
    return str(best)


def read_text(path: Path) -> Document:
    text = decode_text(path.read_bytes(), str(path))
    lines = text.splitlines()
    return Document(
        source=str(path),
        format="txt",
        blocks=tuple(Paragraph(text=line, line=number) for number, line in enumerate(lines, start=1)),
    )
