"""Fonts of the documents: the faces offices expect, and the Debian faces (fonts-noto-cjk) used where
those are not installed.

The office faces follow GB/T 9704-2012 (公文格式): title in 小标宋, body in 仿宋, first-level headings in
黑体, second-level in 楷体. Offices' machines carry the 方正/GB2312 faces; Debian does not, so every
document also names a Noto fallback (in the .docx font table) and charts use Noto directly.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class FontScheme:
    """The font names a document uses for each role, and the fallback for each name."""

    title: str = "方正小标宋简体"
    body: str = "仿宋_GB2312"
    heading: str = "黑体"
    subheading: str = "楷体_GB2312"
    page_number: str = "宋体"
    fallbacks: tuple[tuple[str, str], ...] = (
        ("方正小标宋简体", "Noto Serif CJK SC"),
        ("仿宋_GB2312", "Noto Serif CJK SC"),
        ("黑体", "Noto Sans CJK SC"),
        ("楷体_GB2312", "Noto Serif CJK SC"),
        ("宋体", "Noto Serif CJK SC"),
    )

    def fallback(self, name: str) -> str | None:
        """The Debian face that stands in for `name`, if one is declared."""
        return dict(self.fallbacks).get(name)


OFFICE_FONTS = FontScheme()
# For machines and readers without the office faces: every role in a face Debian ships.
NOTO_FONTS = FontScheme(
    title="Noto Serif CJK SC",
    body="Noto Serif CJK SC",
    heading="Noto Sans CJK SC",
    subheading="Noto Serif CJK SC",
    page_number="Noto Serif CJK SC",
    fallbacks=(),
)

# Family names tried in order for chart labels (fonts-noto-cjk first, then common office faces).
CHART_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
)


@cache
def chart_font_family() -> str | None:
    """A font family with Chinese glyphs for charts: matplotlib's font list first, then the face
    fontconfig picks for Chinese (registered with matplotlib on the way)."""
    from matplotlib import font_manager

    names = {entry.name for entry in font_manager.fontManager.ttflist}
    for family in CHART_FAMILIES:
        if family in names:
            return family
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", ":lang=zh-cn"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    if not found or not Path(found).is_file():
        return None
    font_manager.fontManager.addfont(found)
    return font_manager.FontProperties(fname=found).get_name()
