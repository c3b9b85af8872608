"""Layout recognisers: the blocks of one document → its numbered tasks (DESIGN §5).

A document holds numbered lists with 牵头单位/责任单位 lines, tables found by their header cells
(real tables or tables flattened into lines), headings that name sections, and attachments whose
titles may state a judgement for their rows. `recognise` reads them all in document order.
"""

from __future__ import annotations

import re

from duban.errors import DubanError
from duban.ingest.blocks import Document, Paragraph, Table
from duban.ingest.layouts.flat import TableReader, find_header, header_cells, note_periods, table_kind
from duban.ingest.layouts.grid import GridState, read_grid
from duban.ingest.layouts.headings import Heading, judgement_in, parse_attachment, parse_heading
from duban.ingest.layouts.inferred import inferred_header
from duban.ingest.layouts.lexicon import TRAILER
from duban.ingest.layouts.lines import normalise
from duban.ingest.layouts.lists import BARE_TEXT_MEDIAN, ListReader, role_group, split_labels
from duban.ingest.layouts.metadata import read_metadata
from duban.ingest.layouts.ordinals import ordinal_items
from duban.ingest.layouts.prose import project_drafts, read_headed_reports, read_projects, read_unit_sentences
from duban.ingest.layouts.rows import Context, RowDraft, drop_summary_items, finish
from duban.ingest.records import DocumentKind, ParsedDocument

__all__ = ["recognise"]

_SPREADSHEETS = frozenset({"xlsx", "xls", "xlsm", "csv", "ods"})
_KIND_NAMES = {"plan": "分解方案表", "progress": "进展情况表"}


def recognise(document: Document) -> ParsedDocument:
    """The tasks, metadata and warnings of one document. Raises DubanError (Chinese, naming the
    file) when the document holds nothing readable, or tables of two different kinds."""
    source = document.source
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    cells = [c for b in document.blocks if isinstance(b, Table) for row in b.rows for c in row]
    if not any(t.strip() for t in paragraphs) and not any(c.strip() for c in cells):
        raise DubanError(f"{source}：文件中没有可读的文字内容")
    metadata = read_metadata(
        paragraphs or [row[0] for b in document.blocks if isinstance(b, Table) for row in b.rows]
    )
    context = Context(source=source, warnings=list(document.warnings))
    lists = ListReader(context)
    grid = GridState()
    run: list[Paragraph] = []
    sheets = _named_sheets(document)
    for block in document.blocks:
        if isinstance(block, Paragraph):
            run.append(block)
            continue
        headings = context.headings
        _read_paragraphs(run, context, lists)
        run = []
        lists.close()
        if block.sheet in sheets and context.headings == headings:
            # a workbook split into sheets 主要指标 / 重点任务: the sheet names the part
            context.heading(Heading(1, block.sheet))
        kind = read_grid(block, context, grid)
        if kind is not None:
            context.table_kinds.append((kind, block.where(0)))
    _read_paragraphs(run, context, lists)
    lists.close()
    _check_kinds(context)
    if document.format in _SPREADSHEETS and not context.table_kinds:
        raise DubanError(
            f"{source}：没有找到可识别的表头（应有“序号”“目标任务/工作任务”“牵头单位/责任单位”等列）"
        )
    _label_from_statements(context)
    drop_summary_items(context)
    tasks = finish(context)
    if not tasks:
        tasks = _unlabelled_items(document, context, lists)
    if not tasks:
        context.warnings.append(_nothing_structured(document, context, lists))
    return ParsedDocument(
        source=source,
        kind=_document_kind(context, metadata.title, tasks),
        title=metadata.title,
        issuer=metadata.issuer,
        date=metadata.date,
        year=metadata.year,
        tasks=tasks,
        warnings=context.warnings,
        period=_period(context),
    )


def _read_paragraphs(lines: list[Paragraph], context: Context, lists: ListReader) -> None:
    lines = normalise(lines)
    index = 0
    previous: tuple[tuple[str, ...], int, int] | None = None
    awaiting_title = False
    while index < len(lines):
        paragraph = lines[index]
        text = paragraph.text
        if not text.strip():
            index += 1
            continue
        header = find_header(lines, index) or inferred_header(lines, index)
        if header is not None:
            lists.close()
            if previous is not None and previous[0] == header.roles:
                # the header printed again after a page break: the same table goes on
                run, last_seq = previous[1], previous[2]
            else:
                run, last_seq = context.new_run(), 0
            cells = header_cells(lines, header)
            note_periods(context, cells, header.roles, f"第{lines[header.start].line}行")
            reader = TableReader(lines, header, context, run, last_seq)
            index = reader.read()
            context.drafts.extend(reader.drafts)
            context.table_kinds.append((table_kind(header.roles), f"第{lines[header.start].line}行"))
            previous = (header.roles, run, reader.last_seq)
            awaiting_title = False
            continue
        attachment = parse_attachment(text)
        if attachment is not None:
            lists.close()
            number, title = attachment
            context.enter_attachment(number, title)
            awaiting_title = not title
            previous = None
        elif awaiting_title:
            if context.attachment is not None:
                context.attachment_title = text.strip()
            context.body.append(text)
            awaiting_title = False
        elif TRAILER.match(text):
            lists.close()
        elif (heading := parse_heading(text)) is not None and not _heading_is_item(lines, index, heading):
            lists.close()
            context.heading(heading)
            context.body.append(text)
        elif not lists.feed(text, paragraph.line):
            context.body.append(text)
        index += 1


def _unlabelled_items(document: Document, context: Context, lists: ListReader) -> list:
    """For a document with no task naming its units: the items of a list naming none (十件民生实事,
    a report's dash bullets) or the projects its sentences name, whichever are more, with a
    warning; [] when there are neither."""
    paragraphs = normalise([b for b in document.blocks if isinstance(b, Paragraph)])
    projects = project_drafts(read_projects(paragraphs), context)
    owned = project_drafts(read_unit_sentences(paragraphs), context)
    reported = project_drafts(read_headed_reports(paragraphs), context)
    if len(reported) > len(projects):
        projects = reported
    bare = lists.bare_items
    numbered = _numbered_drafts(paragraphs, context)
    if len(numbered) > len(bare):
        bare = numbered
    if len(owned) >= max(len(projects), len(bare), 3):
        context.drafts = owned
        context.warnings.append(f"文中没有任务列表，按以单位开头的{len(owned)}句读出任务，请核对")
    elif len(projects) >= max(len(bare), 2):
        context.drafts = projects
        context.warnings.append(f"文中没有任务列表，按句中列举的{len(projects)}个项目读出任务，请核对")
    elif bare:
        context.drafts = bare
        context.warnings.append(
            f"文中没有标明牵头单位或责任单位的任务，按{len(bare)}个编号条目读出任务，请核对"
        )
    else:
        return []
    return finish(context)


def _numbered_drafts(paragraphs: list[Paragraph], context: Context) -> list[RowDraft]:
    """The items of the longest numbered run (一是…, 一、…, 01 over a title), as drafts outside any
    heading (its 一、 lines were read as headings), when they are task names rather than a
    narrative report's long numbered paragraphs."""
    items = ordinal_items(paragraphs)
    lengths = sorted(len(item.text) for item in items)
    if not items or lengths[len(lengths) // 2] > BARE_TEXT_MEDIAN:
        return []
    runs: dict[int, int] = {}
    drafts: list[RowDraft] = []
    section: list[str] = []
    for item in items:
        section = [item.heading] if item.heading else section
        run = runs.setdefault(item.part, context.new_run())
        draft = RowDraft(seq=item.number, where=f"第{item.line}行", run=run, text=item.text)
        draft.lead_lines, draft.leader_lines, draft.deadline = item.units, item.leaders, item.deadline
        draft.part, draft.section = (section[0] if section else None), list(section)
        drafts.append(draft)
    return drafts


def _nothing_structured(document: Document, context: Context, lists: ListReader) -> str:
    """The warning of a document that gave no task: what was found instead, so nobody takes an
    empty list for a plan without tasks."""
    paragraphs = sum(1 for b in document.blocks if isinstance(b, Paragraph) and b.text.strip())
    tables = [b for b in document.blocks if isinstance(b, Table)]
    seen = [f"{paragraphs}段文字"] if paragraphs else []
    seen += [f"{len(tables)}个表格"] if tables else []
    seen += [f"{context.headings}个标题"] if context.headings else []
    seen += [f"{lists.unlabelled}个编号条目"] if lists.unlabelled else []
    missing: list[str] = []
    if context.table_kinds:
        places = "、".join(dict.fromkeys(where for _, where in context.table_kinds))
        missing.append(f"{places}的表头下没有读出带序号的任务行")
    elif tables:
        missing.append("表格的表头未能识别（应有“序号”“任务”“牵头单位/责任单位”等列）")
    else:
        missing.append("没有可识别的任务表头")
    if lists.unlabelled:
        missing.append("编号条目都没有标明牵头单位或责任单位")
    return (
        f"未能识别出任务：文中有{'、'.join(seen)}，但{'，'.join(missing)}。"
        "如为叙述性报告，请作为进展材料导入；如为分解方案或进展表，请检查其格式"
    )


def _heading_is_item(lines: list[Paragraph], index: int, heading: Heading) -> bool:
    """A heading line that is a task: it names its units, or (a （一） line) the next line does
    (责任单位：…)."""
    text = lines[index].text.strip()
    if split_labels(text)[1] or role_group(text) is not None:
        return True
    if heading.level != 2:
        return False
    for following in lines[index + 1 : index + 4]:
        if following.text.strip():
            before, labels = split_labels(following.text.strip())
            return bool(labels) and not before
    return False


_GENERIC_SHEET = re.compile(r"^(sheet|工作表|表|table)\s*\d*$|^\d+$", re.IGNORECASE)


def _named_sheets(document: Document) -> frozenset[str]:
    """Sheet names that name parts: those of a workbook with tables on several sheets, Sheet1 and
    the like excepted."""
    names = [b.sheet for b in document.blocks if isinstance(b, Table) and b.sheet]
    if len(set(names)) < 2:
        return frozenset()
    return frozenset(n for n in names if not _GENERIC_SHEET.match(n.strip()))


def _period(context: Context) -> str | None:
    """The reporting period the progress headers name; a warning when they name several."""
    periods = list(dict.fromkeys(period for period, _ in context.periods))
    if len(periods) > 1:
        detail = "，".join(f"{where}为“{period}”" for period, where in context.periods)
        context.warnings.append(f"表头标明的报送期不一致（{detail}），取第一个“{periods[0]}”")
    return periods[0] if periods else None


def _check_kinds(context: Context) -> None:
    first: dict[str, str] = {}
    for kind, where in context.table_kinds:
        first.setdefault(kind, where)
    if len(first) > 1:
        detail = "，".join(f"{where}为{_KIND_NAMES[kind]}" for kind, where in first.items())
        raise DubanError(f"{context.source}：同一文件中有两种不同的表格（{detail}），请分成两个文件分别导入")


_STATEMENT = re.compile(
    r"(\d+)项(?:指标|任务|目标|工作)?(?P<phrase>[^,，。；;:：]{0,12}?)(?:[,，][^:：。]*?)?"
    r"(?:分别是|分别为|包括|具体是|是)[:：](?P<items>.*?)(?=\d+项|[(（]详见|。|$)"
)


def _label_from_statements(context: Context) -> None:
    """Labels the body states for rows not labelled by their attachment: 2项指标符合预期,分别是:…"""
    body = "".join(line.strip() for line in context.body)
    statements: list[tuple[str, str]] = []
    for match in _STATEMENT.finditer(body):
        head = match.group(0)[: match.start("items") - match.start()]
        label = judgement_in(match.group("phrase")) or judgement_in(head)
        if label is not None:
            statements.append((label, match.group("items")))
    if not statements:
        return
    for draft in context.drafts:
        if draft.label is not None or not draft.indicator:
            continue
        metric = re.split(r"增长|下降|完成|达到|控制|保持|提高|降低|稳定|\d", draft.text, maxsplit=1)[0]
        if len(metric) < 2:
            continue
        for label, items in statements:
            if metric in items:
                draft.label = label
                break


def _document_kind(context: Context, title: str | None, tasks: list) -> DocumentKind:
    if not tasks:
        return "narrative"
    kinds = {kind for kind, _ in context.table_kinds}
    if "progress" in kinds or any(task.progress is not None for task in tasks):
        labelled = any(task.label for task in tasks)
        reported = bool(title) and (title.rstrip("》").endswith("报告") or "督查" in title)
        return "report" if labelled or reported else "progress"
    return "plan"
