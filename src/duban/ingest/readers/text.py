"""Plain-text reader: UTF-8, or GB18030/GBK as many government pages are, detected from the bytes."""

from __future__ import annotations

import re
from pathlib import Path

from charset_normalizer import from_bytes

from duban.errors import DubanError
from duban.ingest.blocks import Document, Paragraph

# Characters no real document is made of: controls (tab, newlines and form feed aside), the
# replacement character, surrogates and private-use code points.
GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\uf8ff\U000f0000-\U0010ffff]")


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM) when valid, else GB18030, else the best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), source)
        except UnicodeDecodeError:
            pass
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312: try it before guessing.
        return _checked(data.decode("gb18030"), source)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DubanError(f"{source}：无法识别文件编码，不是可读的文本文件")
    return _checked(data.decode(best.encoding, errors="replace"), source)


def _checked(text: str, source: str) -> str:
    """Refuse text that decoded but is mostly not text (binary data that happened to decode)."""
    sample = text[:20_000]
    bad = len(GARBAGE.findall(sample))
    if bad > max(3, len(sample) // 100):
        raise DubanError(f"{source}：文件内容是无法识别的二进制数据或乱码，不是可读的文本")
    return text


def read_text(path: Path, data: bytes | None = None) -> Document:
    """One Paragraph per line, leading whitespace and tabs kept (flattened tables depend on them)."""
    if data is None:
        data = path.read_bytes()
    text = decode_text(data, str(path))
    return Document(
        source=str(path),
        format="txt",
        blocks=tuple(
            Paragraph(text=line, line=number) for number, line in enumerate(text.splitlines(), start=1)
        ),
    )
