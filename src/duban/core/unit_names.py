"""Unit names: normalising what documents write, matching it to known units, suggesting near names.

Automatic matching (no person needed) is exact after normalisation, through the issuer's alias table, or
through the standard abbreviations below. Everything looser — the short name's characters appearing in
order in a full name (人社局 → 人力社保局), or a fuzzy score — is only a suggestion a person confirms:
fuzzy scores alone pick wrongly (区交通局 is nearer 区公安局 than 区交通运输委 by edit distance).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

MatchHow = Literal["exact", "alias", "abbreviation", "subsequence", "fuzzy"]

# Punctuation a unit cell carries around a name (list separators, full stops, bullets, quotes).
_EDGE_PUNCTUATION = "、，,。.；;：:！!？?·•\"'“”‘’「」『』《》〈〉【】[]{}-—_~～/\\|"
_SPACE = re.compile(r"\s+")

# Standard long forms and the short form they are written as, in the names of Chinese district and county
# government departments (seen across corpus documents 000, 001, 002 and 004: 区发展改革委, 区人力社保局,
# 区住房城乡建委, 区城管局 …). Applied longest first to build a matching key; each row is one department.
STANDARD_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("发展和改革委员会", "发改委"),
    ("发展改革委员会", "发改委"),
    ("发展改革委", "发改委"),
    ("经济和信息化委员会", "经信委"),
    ("经济和信息化局", "经信局"),
    ("经济信息委", "经信委"),
    ("经济信息局", "经信局"),
    ("人力资源和社会保障局", "人社局"),
    ("人力资源社会保障局", "人社局"),
    ("人力社保局", "人社局"),
    ("住房和城乡建设委员会", "住建委"),
    ("住房城乡建设委员会", "住建委"),
    ("住房城乡建设委", "住建委"),
    ("住房城乡建委", "住建委"),
    ("住房和城乡建设局", "住建局"),
    ("住房城乡建设局", "住建局"),
    ("规划和自然资源局", "规划自然资源局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康委", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("市场监督管理局", "市场监管局"),
    ("城市管理局", "城管局"),
    ("应急管理局", "应急局"),
    ("文化和旅游发展委员会", "文旅委"),
    ("文化旅游发展委员会", "文旅委"),
    ("文化旅游委", "文旅委"),
    ("文化和旅游局", "文旅局"),
    ("文化旅游局", "文旅局"),
    ("交通运输委员会", "交通运输委"),
    ("农业农村委员会", "农业农村委"),
    ("教育委员会", "教委"),
    ("科学技术局", "科技局"),
    ("退役军人事务局", "退役军人局"),
    ("医疗保障局", "医保局"),
    ("人民政府办公室", "政府办"),
    ("政府办公室", "政府办"),
    ("管理委员会", "管委会"),
    ("人民政府", "政府"),
    ("委员会", "委"),
    ("办公室", "办"),
)
_ABBREVIATIONS_LONGEST_FIRST = tuple(sorted(STANDARD_ABBREVIATIONS, key=lambda pair: -len(pair[0])))

# The level prefix a district document puts before its own departments (区财政局 = 财政局 for that issuer).
_LEVEL_PREFIXES = ("区", "县")
_PARENTHESISED = re.compile(r"[（(][^（）()]*[）)]?")

FUZZY_SUGGESTION_CUTOFF = 70.0


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A known unit name matched to a written one; `automatic` is False for a suggestion to confirm."""

    name: str
    how: MatchHow
    score: float

    @property
    def automatic(self) -> bool:
        return self.how in ("exact", "alias", "abbreviation")


def normalise_unit_name(name: str) -> str:
    """The name as stored: as written, without whitespace, surrounding punctuation or a dangling bracket."""
    text = _SPACE.sub("", name).strip(_EDGE_PUNCTUATION)
    if text.endswith(("（", "(")):
        text = text[:-1]
    return text


def unit_key(name: str) -> str:
    """A matching key: width-folded, standard abbreviations applied, the 区/县 level prefix dropped."""
    key = unicodedata.normalize("NFKC", normalise_unit_name(name))
    for long, short in _ABBREVIATIONS_LONGEST_FIRST:
        key = key.replace(long, short)
    for prefix in _LEVEL_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            key = key[len(prefix) :]
            break
    return key


def is_in_order(short: str, full: str) -> bool:
    """True when every character of `short` appears in `full` in the same order (人社局 in 人力社保局)."""
    remaining = iter(full)
    return all(char in remaining for char in short)


def resolve_unit_name(name: str, known: Iterable[str], aliases: Mapping[str, str]) -> UnitMatch | None:
    """The known unit `name` certainly refers to, or None. `aliases` maps a normalised alias to a known name."""
    written = normalise_unit_name(name)
    names = list(known)
    if written in names:
        return UnitMatch(written, "exact", 100.0)
    if written in aliases:
        return UnitMatch(aliases[written], "alias", 100.0)
    key = unit_key(written)
    by_key: dict[str, set[str]] = {}
    for candidate in names:
        by_key.setdefault(unit_key(candidate), set()).add(candidate)
    for alias, target in aliases.items():
        by_key.setdefault(unit_key(alias), set()).add(target)
    matches = by_key.get(key, set())
    if len(matches) == 1:
        return UnitMatch(next(iter(matches)), "abbreviation", 100.0)
    return None


def _core(name: str) -> str:
    """The name without a parenthesised second name: 区发展改革委（区粮食局） → 区发展改革委."""
    return _PARENTHESISED.sub("", name) or name


def suggest_unit_names(name: str, known: Iterable[str], *, limit: int = 3) -> list[UnitMatch]:
    """Known names a person might confirm as the same unit: in-order characters first, then fuzzy scores."""
    written = normalise_unit_name(name)
    key = unit_key(_core(written))
    names = [candidate for candidate in dict.fromkeys(known) if candidate != written]
    suggestions: list[UnitMatch] = []
    for candidate in names:
        other = unit_key(_core(candidate))
        if (
            len(key) >= 2
            and len(other) >= 2
            and key != other
            and (is_in_order(key, other) or is_in_order(other, key))
        ):
            suggestions.append(UnitMatch(candidate, "subsequence", fuzz.ratio(key, other)))
        elif key == other:
            suggestions.append(UnitMatch(candidate, "subsequence", 100.0))
    suggestions.sort(key=lambda match: -match.score)
    chosen = {match.name for match in suggestions}
    written_core = _core(written)
    scored = []
    for candidate in names:
        if candidate in chosen:
            continue
        # Score both the written form and the key: one side may be abbreviated and the other not.
        score = max(fuzz.ratio(key, unit_key(_core(candidate))), fuzz.ratio(written_core, _core(candidate)))
        if score >= FUZZY_SUGGESTION_CUTOFF:
            scored.append(UnitMatch(candidate, "fuzzy", float(score)))
    suggestions.extend(sorted(scored, key=lambda match: -match.score))
    return suggestions[:limit]
