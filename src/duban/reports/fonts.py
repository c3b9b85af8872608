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


# Characters every chart prints (status labels, titles): a face must hold them all to be used for charts.
CHART_PROBE = "已完成超进度正常推进滞后未启动填报待研判单位任务"

# What duban tells a person, once, at `demo`, `serve` and `report` start when no face qualifies.
NO_CHINESE_FONT = (
    "未找到中文字体，图表中的汉字会显示为方框。请安装 Noto CJK 字体"
    "（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk，或在源码目录运行 make system）后重新启动"
)


def covers_chinese(path: str | Path) -> bool:
    """Whether the font file at `path` has a glyph for every character of CHART_PROBE."""
    from matplotlib.ft2font import FT2Font

    try:
        charmap = FT2Font(str(path)).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(char) in charmap for char in CHART_PROBE)


@cache
def chart_font_family() -> str | None:
    """A font family with Chinese glyphs for charts: matplotlib's font list first, then the face
    fontconfig picks for Chinese (registered with matplotlib on the way). None when no installed face
    holds the Chinese of the charts (fontconfig then offers a Latin face such as DejaVu Sans)."""
    from matplotlib import font_manager

    files = {entry.name: entry.fname for entry in font_manager.fontManager.ttflist}
    for family in CHART_FAMILIES:
        if family in files and covers_chinese(files[family]):
            return family
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", ":lang=zh-cn"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    if not found or not Path(found).is_file() or not covers_chinese(found):
        return None
    font_manager.fontManager.addfont(found)
    return font_manager.FontProperties(fname=found).get_name()


def missing_chinese_font() -> str | None:
    """NO_CHINESE_FONT when charts would draw Chinese as boxes, else None."""
    return None if chart_font_family() else NO_CHINESE_FONT
