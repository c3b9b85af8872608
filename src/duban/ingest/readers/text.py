"""Plain-text reader: UTF-8, or GB18030/GBK as many government pages are, detected from the bytes."""

from __future__ import annotations

import re
from pathlib import Path

from duban.errors import DubanError
from duban.ingest.blocks import Document, Paragraph

# Characters no real document is made of: controls (tab, newlines and form feed aside), the
# replacement character, surrogates and private-use code points.
GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\uf8ff\U000f0000-\U0010ffff]")


# A UTF-8 text with a few undecodable bytes (a stray 0xFF from a copy-paste or a cut download) is still
# UTF-8: read with the bad bytes replaced when the well-formed non-ASCII characters outnumber them this much.
STRAY_BYTE_RATIO = 20
# Bad bytes counted before a text is taken for another encoding.
MAX_STRAY_BYTES = 1000


def decode_with_notes(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM) when valid, else GB18030, else the best guess; with
    the warnings a reader adds to its document: a UTF-8 text with a few stray bytes is decoded with those
    bytes replaced by U+FFFD, and the warning names where they were."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), source), []
        except UnicodeDecodeError:
            pass
    try:
        return _checked(data.decode("utf-8"), source), []
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_with_stray_bytes(data)
    if mostly_utf8 is not None:
        text, positions = mostly_utf8
        return _checked(text, source), [_stray_bytes_note(data, positions)]
    try:
        # GB18030 is a superset of GBK and GB2312: try it before guessing.
        return _checked(data.decode("gb18030"), source), []
    except UnicodeDecodeError:
        pass
    # deferred: 10 ms to load, for the rare text that is neither UTF-8 nor GB18030
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DubanError(f"{source}：无法识别文件编码，不是可读的文本文件")
    return _checked(data.decode(best.encoding, errors="replace"), source), []


def _utf8_with_stray_bytes(data: bytes) -> tuple[str, list[int]] | None:
    """The text with each undecodable byte sequence replaced, and their byte offsets, when the data is
    UTF-8 but for a few bad bytes; None when it looks like another encoding."""
    pieces: list[str] = []
    positions: list[int] = []
    start = 0
    while True:
        try:
            pieces.append(data[start:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            pieces.append(data[start : start + exc.start].decode("utf-8"))
            pieces.append("\ufffd")
            positions.append(start + exc.start)
            start += exc.end
            if len(positions) > MAX_STRAY_BYTES:
                return None
    text = "".join(pieces)
    well_formed = sum(1 for char in text if ord(char) > 0x7F) - len(positions)
    if well_formed < STRAY_BYTE_RATIO * len(positions):
        return None
    return text, positions


def _stray_bytes_note(data: bytes, positions: list[int]) -> str:
    newline = b"\n"
    shown = "、".join(
        f"第{data.count(newline, 0, offset) + 1}行（第{offset + 1}字节）" for offset in positions[:5]
    )
    more = f"等共 {len(positions)} 处" if len(positions) > 5 else ""
    return f"文件中有无法按 UTF-8 解码的字节：{shown}{more}，已替换为“\ufffd”，请核对这些位置的文字"


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
    text, notes = decode_with_notes(data, str(path))
    return Document(
        source=str(path),
        format="txt",
        blocks=tuple(
            Paragraph(text=line, line=number) for number, line in enumerate(text.splitlines(), start=1)
        ),
        warnings=tuple(notes),
    )
