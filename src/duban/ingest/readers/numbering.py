"""Word automatic numbering (numPr): the numbers Word shows before paragraphs but keeps out of
their text, rendered the way Word counts them.

Offices number the 序号 column and the headings (一、 (一) 1.) with Word's list feature, so the
cells read empty through python-docx. Counting follows Word: paragraphs of lists that share an
abstract list share counters; a list instance with a start override restarts at its first use;
a level restarts when a level above it advances.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def chinese_number(value: int) -> str:
    """一 … 九十九 as Word's chineseCounting writes them (10 → 十, 21 → 二十一)."""
    if value <= 0 or value >= 100:
        return str(value)
    tens, units = divmod(value, 10)
    text = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return text + (_DIGITS[units] if units else "")


def _letters(value: int) -> str:
    # Word repeats the letter: 27 → AA
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    text = ""
    for size, letters in _ROMAN:
        while value >= size:
            text += letters
            value -= size
    return text


def format_number(value: int, fmt: str) -> str:
    """One level's number in a Word numFmt; formats not listed fall back to decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital"):
        return chinese_number(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if fmt == "ideographTraditional" and 0 < value <= len(_HEAVENLY_STEMS):
        return _HEAVENLY_STEMS[value - 1]
    if fmt == "upperLetter":
        return _letters(value)
    if fmt == "lowerLetter":
        return _letters(value).lower()
    if fmt == "upperRoman":
        return _roman(value)
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(value))
    return str(value)


@dataclass(frozen=True, slots=True)
class Level:
    start: int
    fmt: str
    text: str


_P_PR, _NUM_PR, _VAL = qn("w:pPr"), qn("w:numPr"), qn("w:val")


def _val(element: etree._Element | None, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(qn(tag))
    return None if child is None else child.get(_VAL)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass(slots=True)
class ListNumbering:
    """The numbering definitions of one document and the counters of a pass through it."""

    abstract_of: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str, int]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document_part: object) -> ListNumbering:
        numbering = cls()
        try:
            part = document_part.part_related_by(RT.NUMBERING)  # type: ignore[attr-defined]
        except KeyError:
            return numbering
        root = part.element if hasattr(part, "element") else etree.fromstring(part.blob)
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels: dict[int, Level] = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                ilvl = _int(lvl.get(qn("w:ilvl")), 0)
                levels[ilvl] = Level(
                    start=_int(_val(lvl, "w:start"), 1),
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                )
            numbering.levels[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in root.iterchildren(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            numbering.abstract_of[num_id] = _val(num, "w:abstractNumId") or ""
            starts: dict[int, int] = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = _val(override, "w:startOverride")
                if start is not None:
                    starts[_int(override.get(qn("w:ilvl")), 0)] = _int(start, 1)
            numbering.overrides[num_id] = starts
        numbering._read_styles(document_part)
        return numbering

    def _read_styles(self, document_part: object) -> None:
        try:
            styles = document_part.part_related_by(RT.STYLES)  # type: ignore[attr-defined]
        except KeyError:
            return
        root = styles.element if hasattr(styles, "element") else etree.fromstring(styles.blob)
        based: dict[str, str] = {}
        direct: dict[str, tuple[str, int]] = {}
        for style in root.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"), "")
            parent = _val(style, "w:basedOn")
            if parent:
                based[style_id] = parent
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None and (num_id := _val(num_pr, "w:numId")):
                direct[style_id] = (num_id, _int(_val(num_pr, "w:ilvl"), 0))
        for style_id in set(direct) | set(based):
            current, seen = style_id, set()
            while current and current not in direct and current not in seen:
                seen.add(current)
                current = based.get(current, "")
            if current in direct:
                self.style_numbering[style_id] = direct[current]

    def label(self, p: etree._Element) -> str:
        """The number Word shows before paragraph `p` (advancing the counters), or ""."""
        if not self.levels:
            return ""
        properties = p.find(_P_PR)
        if properties is None:
            return ""
        num_pr = properties.find(_NUM_PR)
        num_id: str | None = None
        ilvl = 0
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId")
            ilvl = _int(_val(num_pr, "w:ilvl"), 0)
        elif (style := _val(properties, "w:pStyle")) in self.style_numbering:
            num_id, ilvl = self.style_numbering[style]
        if not num_id or num_id == "0" or num_id not in self.abstract_of:
            return ""
        abstract = self.abstract_of[num_id]
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(abstract, {})
        override = self.overrides.get(num_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for overridden, start in override.items():
                counters[overridden] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            del counters[deeper]
        text = level.text
        for shown in range(ilvl + 1):
            shown_level = levels.get(shown)
            value = counters.get(shown, shown_level.start if shown_level else 1)
            text = text.replace(
                f"%{shown + 1}", format_number(value, shown_level.fmt if shown_level else "decimal")
            )
        return text
