"""Readers: one file in, one `Document` of paragraphs and tables out.

The format is decided from the file's content, not only its name, so a renamed file is caught.
"""

from __future__ import annotations

from pathlib import Path

from duban.errors import DubanError
from duban.ingest.blocks import Document


def read_document(path: Path) -> Document:
    """Read any supported file. Raises DubanError with a Chinese message naming the file."""
    from duban.ingest.readers.text import read_text

    if not path.exists():
        raise DubanError(f"{path}：文件不存在")
    if not path.is_file():
        raise DubanError(f"{path}：不是文件")
    return read_text(path)
