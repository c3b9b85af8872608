"""Projects a bulletin names in its sentences rather than in a list or a table.

Supervision bulletins and progress reports on key projects name their items inside sentences:
- after an introducer, one clause each, the progress after the name (其中：A一期土建已完工；B项目
  主体已封顶), or names only (主要有A、B、C等项目);
- counted before the verdict they share (A、B、C4个项目未开工; A和B2个项目已建成投运);
- under the unit that owns them (未开工项目6个：灵武市负责的A和B2个项目；市住建局负责的C);
- in brackets after a counted verdict (推进缓慢的有3(A、B、C)).
The verdict of the sentence (or the clause before the list) is each item's label. Read only for a
document that gives no task otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duban.ingest.blocks import Paragraph
from duban.ingest.layouts.headings import judgement_in
from duban.ingest.layouts.lists import stated_verdict
from duban.ingest.layouts.rows import Context, RowDraft

_OPEN, _CLOSE = "（(“《【[", "）)”》】]"
_INTRODUCER = re.compile(
    r"(?:其中|分别是|分别为|具体是|具体为)\s*[:：]|(?:包括|主要有|主要包括)\s*[:：]?|[:：]"
)
_COUNT = r"(?:\d{1,3}|[两二三四五六七八九十]{1,3})"
# A list counted before the verdict it shares: …扩建4个项目未开工, …一期2个项目已建成投运.
_COUNTED = re.compile(
    rf"^(?P<names>.+?)(?:等)?(?P<count>{_COUNT})\s*[个项件](?:重点)?(?:项目|工程|实事)?(?P<tail>.*)$"
)
# A list in brackets after a counted verdict: 推进缓慢的有3(A、B、C), 巴州区有3(A、B)推进缓慢.
_BRACKETED = re.compile(
    rf"(?P<head>[^，,。；;：:（(]*?)有\s*{_COUNT}\s*[个项件]?\s*[（(](?P<names>[^（()）]+)[)）](?P<tail>[^，,。；;]*)"
)
# The unit that owns the items after it: 市住建局负责的….
_OWNED = re.compile(r"^(?P<unit>[^，,。；;：:、（()）]{2,15}?)(?:负责|承担|实施)的(?P<rest>.+)$")
# Where a project's name ends and its progress begins, when no comma says so.
_NAME_END = re.compile(r"(?:项目|工程)(?=\S)|(?=已|正在|现已|目前|尚未|仍未)")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:区|县|市|旗|州|镇|乡|园区|开发区|管委会)$")
# A bulletin about its projects names one at least every this many paragraphs.
_PARAGRAPHS_PER_PROJECT = 8
_ENDING = re.compile(rf"(?:等\s*(?:{_COUNT}\s*[个项件])?|{_COUNT}\s*[个项件])(?:重点)?(?:项目|工程)?$")


@dataclass(frozen=True, slots=True)
class Project:
    name: str
    progress: str | None
    label: str | None
    unit: str | None
    line: int


def _split_outside(text: str, separators: str) -> list[str]:
    """Text split on separators that stand outside brackets and quotes."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif char in separators and depth == 0 and not _numbered_phases(text, index):
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _numbered_phases(text: str, index: int) -> bool:
    """A 、 between the numbers of phases (宁东一、二期) joins them inside one name."""
    numerals = "一二三四五六七八九十0123456789"
    return (
        text[index] == "、"
        and 0 < index < len(text) - 1
        and text[index - 1] in numerals
        and text[index + 1] in numerals
    )


def _names(text: str, count: int | None) -> list[str]:
    """The project names of a list (A、B和C): with a count, the split that gives that many."""
    options = [_split_outside(text, "、和"), _split_outside(text, "、"), _split_outside(text, "和")]
    if count is not None:
        return next((names for names in options if len(names) == count), [])
    return options[0]


def _plausible(name: str) -> bool:
    """A project's name, not a category (续建项目) or a count (市级12个重点建设项目)."""
    return 5 <= len(name) <= 60 and not re.search(r"\d+\s*[个项件家]|\d\s*[%％]|[，,。；;：:]", name)


def _count(text: str) -> int:
    from duban.ingest.layouts.lists import cn_number

    return int(text) if text.isdigit() else cn_number(text.replace("两", "二"))


def _verdict(text: str) -> str | None:
    """The clause of a text that states a verdict, as written (未开工项目6个, 提前开复工重大项目2项)."""
    for clause in reversed(_split_outside(text, "，,；;：:")):
        if judgement_in(clause):
            return clause
    return None


def _clause(text: str, label: str | None, unit: str | None, line: int) -> list[Project]:
    """One clause of a list: counted names and their verdict, or a name and its progress."""
    owned = _OWNED.match(text)
    if owned is not None and (_PLACE.match(owned.group("unit")) or _unit_like(owned.group("unit"))):
        unit, text = owned.group("unit"), owned.group("rest")
    counted = _COUNTED.match(text)
    if counted is not None:
        names = _names(counted.group("names"), _count(counted.group("count")))
        tail = counted.group("tail").strip().lstrip("，,").strip()
        if names and all(_plausible(n) for n in names):
            verdict = tail if tail and judgement_in(tail) else label
            return [Project(n, tail or None, verdict, unit, line) for n in names]
    name, progress = _name_and_progress(text)
    # a name with its progress is one task (提高A和B补贴标准，…已联合发文); a bare list splits on 和 too
    names = _split_outside(name, "、") if progress else _names(name, None)
    if not names or not all(_plausible(n) for n in names):
        return []
    return [Project(n, progress, label, unit, line) for n in names]


def _unit_like(text: str) -> bool:
    from duban.ingest.layouts.shapes import is_unit_list

    return is_unit_list(text)


def _name_and_progress(text: str) -> tuple[str, str | None]:
    comma = _split_outside(text, "，,")
    head = comma[0]
    match = _NAME_END.search(head)
    if match is not None and match.end() < len(head) and match.end() > 0:
        name, rest = head[: match.end()], text[match.end() :]
    elif len(comma) > 1:
        name, rest = head, text[len(head) :]
    else:
        return _ENDING.sub("", text).strip() or text, None
    rest = rest.strip().lstrip("，,").strip()
    return name.strip(), rest or None


def _sentence_projects(sentence: str, before: str, line: int) -> list[Project]:
    found: list[Project] = []
    for match in _BRACKETED.finditer(sentence):
        label = _verdict(match.group("head")) or _verdict(match.group("tail"))
        names = _split_outside(match.group("names"), "、")
        if label and all(_plausible(n) for n in names):
            found += [Project(n, None, label, None, line) for n in names]
    if found:
        return found
    introducer = None
    for match in _INTRODUCER.finditer(sentence):
        if _depth_at(sentence, match.start()) == 0:
            introducer = match
            break
    if introducer is not None:
        head, body = sentence[: introducer.start()], sentence[introducer.end() :]
        label = _verdict(head) or _verdict(before)
        if introducer.group(0).strip() in (":", "：") and _verdict(head) is None:
            return []  # 责任单位：…, 高新区：… name no list; a colon opens one after a verdict
        clauses = _split_outside(body, "；;")
        items = [p for clause in clauses for p in _clause(clause, label, None, line)]
        if items and len(items) >= len(clauses):
            return items
    # a counted list closing a clause of its own: …开复工率为87.5%，A、B、C3个项目未开工
    for segment in _split_outside(sentence, "；;"):
        subject = _subject(segment)
        for clause in _split_outside(segment, "，,"):
            counted = _COUNTED.match(clause)
            if counted is not None and judgement_in(counted.group("tail")):
                found += _clause(clause, None, subject, line)
    return found


def _subject(sentence: str) -> str | None:
    """The place a sentence opens with, the owner of the items it names (沙坡头区11个项目…)."""
    match = re.match(r"^([\u4e00-\u9fff]{2,10}?)\d", sentence)
    if match is not None and _PLACE.match(match.group(1)):
        return match.group(1)
    return None


def _depth_at(text: str, position: int) -> int:
    depth = 0
    for char in text[:position]:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
    return depth


def read_projects(paragraphs: list[Paragraph]) -> list[Project]:
    """The projects the sentences of a document name, each once, in document order; none when
    they are too few to be what the document is about (a narrative report naming two projects in
    a hundred paragraphs)."""
    projects: list[Project] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not text or "<" in text:
            continue
        before = ""
        for sentence in _split_outside(text, "。"):
            for project in _sentence_projects(sentence, before, paragraph.line):
                if project.name not in seen:
                    seen.add(project.name)
                    projects.append(project)
            before = sentence
    filled = sum(1 for p in paragraphs if p.text.strip())
    if len(projects) < 3 or len(projects) * _PARAGRAPHS_PER_PROJECT < filled:
        return []
    return projects


def project_drafts(projects: list[Project], context: Context) -> list[RowDraft]:
    """Row drafts for the projects or tasks read from sentences, numbered in order."""
    run = context.new_run()
    return [
        RowDraft(
            seq=seq,
            where=f"第{project.line}行",
            run=run,
            text=project.name,
            progress=project.progress,
            label=project.label,
            lead_lines=[project.unit] if project.unit else [],
        )
        for seq, project in enumerate(projects, 1)
    ]


# A sentence that opens with the unit that will do the work (市住建局要在8月底完成…, 市机场建管公司
# 12月中旬全面开工…): the news form of a decomposition plan.
_AFTER_UNIT = re.compile(
    r"(?:要在|要于|要|将在|将于|将|须在|须|于|在)?"
    r"(?=\d{1,2}月|年内|年底|年末|上半年|下半年|加快|推进|完成|建成|启动|开工|新建|实施|全面|力争|确保|打造)"
)


def _unit_opening(clause: str) -> tuple[str, int] | None:
    """(unit, where its task starts) of a clause opening with a unit name and then its work."""
    from duban.core.unit_split import ends_like_unit

    for end in range(min(len(clause) - 2, 20), 2, -1):
        unit = clause[:end]
        if not ends_like_unit(unit) or re.search(r"[\d、，,（(]", unit):
            continue
        match = _AFTER_UNIT.match(clause, end)
        if match is not None:
            modal = re.match(r"要|将|须", clause[end:])  # 要在8月底完成: the task keeps 在8月底
            return unit, end + (modal.end() if modal else 0)
    return None


def read_unit_sentences(paragraphs: list[Paragraph]) -> list[Project]:
    """Tasks of sentences that open with their unit, each with the unit as its lead; none when
    fewer than three, or too few for the document's length."""
    found: list[Project] = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not text or "<" in text:
            continue
        for sentence in _split_outside(text, "。；;"):
            for clause in _split_outside(sentence, "，,"):
                opening = _unit_opening(clause)
                if opening is not None:
                    unit, start = opening
                    task = sentence[sentence.index(clause) + start :].strip()
                    found.append(Project(task + "。", None, None, unit, paragraph.line))
                    break
    filled = sum(1 for p in paragraphs if p.text.strip())
    if len(found) < 3 or len(found) * _PARAGRAPHS_PER_PROJECT < filled:
        return []
    return found


# A report opening after the task's own sentence (…通公路(2013—2017年)。上半年已完成建设4022公里).
_REPORT_OPENING = re.compile(
    r"^(?:截至|截止|目前|今年以来|年初以来|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|[一二三四1-4]季度|第[一二三四]季度"
    r"|上半年|前三季度|全年|已[经全]?|该项目|此项工作|该项工作)"
)
_HEADLINE = 40  # the task's sentence is this long at most, with no comma inside


def read_headed_reports(paragraphs: list[Paragraph]) -> list[Project]:
    """Tasks of a progress report printed as paragraphs that each name their task in a short first
    sentence and report on it after (2606个撤并村通公路(2013—2017年)。上半年已完成…): the
    longest run of three or more such paragraphs in a row."""
    best: list[Project] = []
    run: list[Project] = []
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        first, mark, rest = text.partition("。")
        rest = rest.strip()
        headline = mark and len(first) <= _HEADLINE and not re.search(r"[，,；;：:]", first)
        if headline and _REPORT_OPENING.match(rest):
            run.append(Project(first + mark, rest, stated_verdict(rest), None, paragraph.line))
            continue
        best = run if len(run) > len(best) else best
        run = []
    best = run if len(run) > len(best) else best
    return best if len(best) >= 3 else []
