"""`duban import`: a parsed plan or progress document stored in one transaction, every row or none."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, transaction
from django.db.models import Prefetch
from rapidfuzz import fuzz, process

from duban.core.unit_names import normalise_unit_name
from duban.errors import DubanError
from duban.ingest.records import ParsedDocument, ParsedTask
from duban.web import permissions
from duban.web.models import (
    DocumentKind,
    ImportedDocument,
    Judgement,
    Period,
    Plan,
    Progress,
    Section,
    Target,
    Task,
    TaskLeader,
    TaskUnit,
    Unit,
    UnitRole,
)
from duban.web.permissions import Actor
from duban.web.selectors.plans import find_plan
from duban.web.services.periods import document_period, ensure_period
from duban.web.services.progress import ReportedRow, record_reported_progress
from duban.web.services.units import CreatedUnit, UnitDirectory, add_unit_alias

SECTION_SEPARATOR = " / "
# A progress row whose text scores this much against a plan task (rapidfuzz ratio, 0-100) is that task.
TEXT_MATCH_CUTOFF = 80.0
# A row with the same section and number as a plan task needs only this much text likeness.
SAME_NUMBER_TEXT_CUTOFF = 60.0
_NOT_TEXT = re.compile(r"[\W_]+")
# The last place name in an issuer: 重庆市涪陵区人民政府办公室 → 涪陵区, 重庆市万盛经开区管委会 → 万盛经开区.
_PLACE = re.compile(r"[\u4e00-\u9fff]+?(?:自治县|经开区|高新区|开发区|新区|区|县|市|旗)")
_ISSUER_SUFFIXES = ("人民政府办公室", "人民政府督查室", "人民政府", "政府办公室", "督查室", "办公室")


@dataclass
class ImportReport:
    """What an import read and stored, for the Chinese summary the CLI prints."""

    plan_code: str
    plan_title: str
    kind: str
    plan_created: bool
    period_label: str | None = None
    sections: list[tuple[str, int]] = field(default_factory=list)
    tasks_created: int = 0
    tasks_updated: int = 0
    tasks_unchanged: int = 0
    tasks_removed: int = 0
    progress_created: int = 0
    progress_updated: int = 0
    progress_unchanged: int = 0
    units_created: list[CreatedUnit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_document(
    *, document: ParsedDocument, sha256: str = "", plan: str | None = None, period: str | None = None
) -> ImportReport:
    """Store a plan (tasks, sections, units, leaders, targets) or a period's progress, all or nothing.

    A progress or report document needs a period (`period`, or one its title names). Its rows are matched to
    the tasks of `plan`, of the plan with the same issuer and year, or of a plan built from the document
    itself when none exists. Re-importing the same document updates rows in place.
    """
    narrative = document.kind == DocumentKind.NARRATIVE and bool(document.actuals)
    if not document.tasks and not narrative:
        raise DubanError(f"{document.source}：没有识别出任何任务，未导入")
    try:
        with transaction.atomic():
            if narrative:
                report = _import_narrative(document, sha256, plan, period)
            elif document.kind == DocumentKind.PLAN:
                report = _import_plan(document, sha256, plan, period)
            else:
                report = _import_progress(document, sha256, plan, period)
            return report
    except DatabaseError as exc:
        raise DubanError(f"{document.source}：写入数据库失败，未保存任何内容（{exc}）") from exc


def import_reviewed(
    *,
    document: ParsedDocument,
    sha256: str = "",
    period: str | None = None,
    confirmed_units: list[str] = (),
    aliases: dict[str, str] | None = None,
    actor: Actor | None = None,
) -> ImportReport:
    """A document the office corrected in the import wizard, stored in one transaction with the office's
    decisions on its units: the names it confirmed become confirmed units, and each written name it mapped to
    another unit is kept as that unit's alias (so the next document that writes it resolves by itself)."""
    if actor is not None:
        permissions.require(actor, permissions.OFFICE)
    with transaction.atomic():
        report = import_document(document=document, sha256=sha256, period=period or None)
        issuer = Plan.objects.get(code=report.plan_code).issuer
        names = [normalise_unit_name(name) for name in confirmed_units]
        Unit.objects.filter(issuer=issuer, name__in=names, confirmed=False).update(confirmed=True)
        for written, name in (aliases or {}).items():
            unit = Unit.objects.filter(issuer=issuer, name=normalise_unit_name(name)).first()
            if unit is None or Unit.objects.filter(issuer=issuer, name=written).exists():
                continue
            try:
                add_unit_alias(unit=unit, alias=written)
            except DubanError as exc:
                report.warnings.append(exc.message)
        return report


def _import_plan(
    document: ParsedDocument, sha256: str, plan_ref: str | None, period_label: str | None
) -> ImportReport:
    """Store a plan's tasks; with a period, also the progress its rows carry (a plan-shaped progress table)."""
    plan, created = _plan_for_plan_document(document, sha256, plan_ref)
    report = ImportReport(plan.code, plan.title, document.kind, created, period_label=period_label)
    report.warnings.extend(document.warnings)
    directory = UnitDirectory.load(plan.issuer)
    tasks = _store_tasks(plan, document.tasks, directory, report)
    period = None
    if period_label:
        period, _ = ensure_period(plan=plan, label=period_label)
        _store_progress(period, list(zip(document.tasks, tasks, strict=True)), document.source, report)
    report.units_created = directory.created
    _record(document, sha256, plan, period, report)
    return report


def _import_progress(
    document: ParsedDocument, sha256: str, plan_ref: str | None, period_label: str | None
) -> ImportReport:
    label = period_label or document_period(document)
    if not label:
        raise DubanError(f"{document.source}：无法从标题判断报送期，请用 --period 指定，例如 --period 1-6月")
    plan = _plan_for_progress_document(document, sha256, plan_ref)
    created = plan is None
    if plan is None:
        plan = _create_plan(document, sha256, plan_ref)
    report = ImportReport(plan.code, plan.title, document.kind, created, period_label=label)
    report.warnings.extend(document.warnings)
    directory = UnitDirectory.load(plan.issuer)
    if created:
        tasks = _store_tasks(plan, document.tasks, directory, report)
        pairs = list(zip(document.tasks, tasks, strict=True))
    else:
        pairs = _match_tasks(plan, document.tasks, report)
        if len(pairs) * 2 < len(document.tasks):
            report.warnings.insert(
                0,
                f"只有 {len(pairs)}/{len(document.tasks)} 行对应到方案「{plan.code}」的任务，请确认方案是否选对（--plan）",
            )
        report.sections = _section_counts([parsed for parsed, _ in pairs])
    period, _ = ensure_period(plan=plan, label=label)
    _store_progress(period, pairs, document.source, report)
    report.units_created = directory.created
    _record(document, sha256, plan, period, report)
    return report


def _import_narrative(
    document: ParsedDocument, sha256: str, plan_ref: str | None, period_label: str | None
) -> ImportReport:
    """A narrative report (计划执行情况的报告) read as a period's progress of a stored plan: each task
    whose target names an indicator the report gives a figure for gets the sentences of those figures."""
    from duban.core.actuals import Actual
    from duban.core.matching import figure_for_target
    from duban.core.targets import extract_targets

    label = period_label or document_period(document)
    if not label:
        raise DubanError(f"{document.source}：无法从标题判断报送期，请用 --period 指定，例如 --period 1-6月")
    plan = _plan_for_progress_document(document, sha256, plan_ref)
    if plan is None:
        raise DubanError(
            f"{document.source}：这是叙述性报告（共{len(document.actuals)}个数据），没有可对应的方案；"
            "请先导入分解方案，再用 --plan 指定方案编号"
        )
    report = ImportReport(plan.code, plan.title, document.kind, False, period_label=label)
    report.warnings.extend(w for w in document.warnings if not w.startswith("未能识别出任务"))
    figures = [(str(figure["sentence"]), Actual.from_json(figure)) for figure in document.actuals]
    rows: list[tuple[ParsedTask, Task]] = []
    for task in plan.tasks.select_related("section").order_by("pk"):
        said: list[str] = []
        for target in extract_targets(task.text):
            found = figure_for_target(target, [actual for _, actual in figures])
            sentence = next((s for s, a in figures if a is found), None) if found else None
            if sentence is not None and sentence not in said:
                said.append(sentence)
        if said:
            section = task.section.key.split(SECTION_SEPARATOR) if task.section else []
            parsed = ParsedTask(
                ref=task.ref, seq=task.seq, part=task.part, section=section, category=None, kind="indicator",
                text=task.text, progress="\n".join(said),
            )  # fmt: skip
            rows.append((parsed, task))
    if not rows:
        raise DubanError(f"{document.source}：报告中的数据与方案「{plan.code}」的任务指标都对应不上，未导入")
    report.sections = _section_counts([parsed for parsed, _ in rows])
    report.warnings.append(
        f"叙述性报告：{len(document.actuals)}个数据中，按指标名称对应到方案的 {len(rows)} 项任务，请核对"
    )
    period, _ = ensure_period(plan=plan, label=label)
    _store_progress(period, rows, document.source, report)
    _record(document, sha256, plan, period, report)
    return report


def _record(
    document: ParsedDocument, sha256: str, plan: Plan, period: Period | None, report: ImportReport
) -> None:
    ImportedDocument.objects.create(
        plan=plan,
        period=period,
        source=document.source[:500],
        sha256=sha256,
        kind=document.kind,
        task_count=len(document.tasks),
        warnings=report.warnings,
    )


# Plans ------------------------------------------------------------------------------------------


def _plan_for_plan_document(document: ParsedDocument, sha256: str, plan_ref: str | None) -> tuple[Plan, bool]:
    if plan_ref:
        existing = Plan.objects.filter(code=plan_ref).first()
        if existing is None and plan_ref.isdigit():
            existing = Plan.objects.filter(pk=int(plan_ref)).first()
    else:
        existing = (sha256 and Plan.objects.filter(source_sha256=sha256).first()) or Plan.objects.filter(
            kind=DocumentKind.PLAN,
            issuer=document.issuer or "",
            year=document.year,
            title=document.title or "",
        ).first()
    if existing is None:
        return _create_plan(document, sha256, plan_ref), True
    changed = _assign(
        existing,
        issuer=document.issuer or existing.issuer,
        year=document.year or existing.year,
        title=document.title or existing.title,
        date=document.date or existing.date,
        source=document.source[:500],
        source_sha256=sha256,
    )
    if changed:
        existing.save()
    return existing, False


def _create_plan(document: ParsedDocument, sha256: str, code: str | None) -> Plan:
    return Plan.objects.create(
        code=code or _new_plan_code(document),
        issuer=document.issuer or "",
        year=document.year,
        title=(document.title or document.source)[:500],
        date=document.date or "",
        kind=document.kind,
        source=document.source[:500],
        source_sha256=sha256,
    )


def _new_plan_code(document: ParsedDocument) -> str:
    issuer = "".join((document.issuer or "").split())
    for suffix in _ISSUER_SUFFIXES:
        if issuer.endswith(suffix) and len(issuer) > len(suffix):
            issuer = issuer[: -len(suffix)]
            break
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", document.source.replace("\\", "/").rsplit("/", 1)[-1])
    name = _issuer_place(issuer) or issuer[:40] or stem[:40]
    base = "-".join(part for part in (str(document.year or ""), name) if part) or "plan"
    code, number = base, 1
    while Plan.objects.filter(code=code).exists():
        number += 1
        code = f"{base}-{number}"
    return code


def _plan_for_progress_document(document: ParsedDocument, sha256: str, plan_ref: str | None) -> Plan | None:
    if plan_ref:
        return find_plan(plan_ref)
    if sha256:
        own = Plan.objects.filter(source_sha256=sha256).first()
        if own is not None:
            return own
    place = _issuer_place(document.issuer or "")
    if not place or not document.year:
        return None
    candidates = [p for p in Plan.objects.filter(year=document.year) if _issuer_place(p.issuer) == place]
    plans = [p for p in candidates if p.kind == DocumentKind.PLAN] or candidates
    if len(plans) > 1:
        codes = "、".join(p.code for p in plans)
        raise DubanError(f"{document.source}：找到多个{document.year}年的方案（{codes}），请用 --plan 指定")
    return plans[0] if plans else None


def _issuer_place(issuer: str) -> str:
    """The district, county or zone an issuer belongs to (重庆市涪陵区人民政府办公室 → 涪陵区), or ""."""
    places = _PLACE.findall("".join(issuer.split()))
    return places[-1] if places else ""


# Tasks ------------------------------------------------------------------------------------------


def _section_key(path: list[str]) -> str:
    return SECTION_SEPARATOR.join(path)


def _section_counts(tasks: list[ParsedTask]) -> list[tuple[str, int]]:
    counts = Counter(_section_key(task.section) or "（无分类）" for task in tasks)
    return list(counts.items())


def _task_refs(tasks: list[ParsedTask], warnings: list[str]) -> list[str]:
    """The stored identity of each row: its ref, made unique when a document repeats one."""
    refs: list[str] = []
    seen: Counter[str] = Counter()
    for task in tasks:
        base = (task.ref or "").strip() or _section_key(
            [*filter(None, [task.part]), *task.section, str(task.seq)]
        )
        base = base[:90]
        seen[base] += 1
        if seen[base] > 1:
            warnings.append(f"编号「{base}」重复出现，第{seen[base]}次出现的任务记为「{base}~{seen[base]}」")
            refs.append(f"{base}~{seen[base]}")
        else:
            refs.append(base)
    return refs


def _ensure_sections(plan: Plan, tasks: list[ParsedTask]) -> dict[str, Section]:
    existing = {section.key: section for section in plan.sections.all()}
    wanted: dict[str, Section] = {}
    order = 0
    for task in tasks:
        for depth in range(1, len(task.section) + 1):
            path = list(task.section[:depth])
            key = _section_key(path)
            if key in wanted:
                continue
            order += 1
            parent = wanted.get(_section_key(path[:-1])) if depth > 1 else None
            section = existing.get(key)
            if section is None:
                section = Section.objects.create(
                    plan=plan, parent=parent, name=path[-1][:300], path=path, key=key[:1000], order=order
                )
            elif _assign(section, parent=parent, name=path[-1][:300], path=path, order=order):
                section.save()
            wanted[key] = section
    return wanted


@dataclass
class _Links:
    """Unit, leader and target rows of the tasks being stored, written in a few bulk statements."""

    stale: set[int] = field(default_factory=set)
    stale_leaders: set[int] = field(default_factory=set)
    stale_targets: set[int] = field(default_factory=set)
    units: list[TaskUnit] = field(default_factory=list)
    leaders: list[TaskLeader] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    def write(self) -> None:
        TaskUnit.objects.filter(task_id__in=self.stale).delete()
        TaskLeader.objects.filter(task_id__in=self.stale_leaders).delete()
        Target.objects.filter(task_id__in=self.stale_targets).delete()
        TaskUnit.objects.bulk_create(self.units)
        TaskLeader.objects.bulk_create(self.leaders)
        Target.objects.bulk_create(self.targets)


def _store_tasks(
    plan: Plan, parsed_tasks: list[ParsedTask], directory: UnitDirectory, report: ImportReport
) -> list[Task]:
    sections = _ensure_sections(plan, parsed_tasks)
    refs = _task_refs(parsed_tasks, report.warnings)
    existing = {
        task.ref: task
        for task in plan.tasks.prefetch_related(
            Prefetch("task_units", queryset=TaskUnit.objects.order_by("order")),
            Prefetch("task_leaders", queryset=TaskLeader.objects.order_by("order")),
            Prefetch("targets", queryset=Target.objects.order_by("order")),
        )
    }
    links = _Links()
    stored: list[Task] = []
    for order, (parsed, ref) in enumerate(zip(parsed_tasks, refs, strict=True), start=1):
        fields: dict[str, Any] = {
            "seq": parsed.seq,
            "part": parsed.part,
            "category": parsed.category,
            "kind": parsed.kind,
            "text": parsed.text,
            "label": parsed.label,
            "deadline": (parsed.deadline or "")[:200],
            "order": order,
            "section": sections.get(_section_key(parsed.section)),
        }
        task = existing.pop(ref, None)
        is_new = task is None
        if task is None:
            task = Task.objects.create(plan=plan, ref=ref, **fields)
            changed = True
        else:
            changed = _assign(task, **fields)
            if changed:
                task.save()
        changed |= _store_units(task, parsed, directory, links, is_new)
        changed |= _store_leaders(task, parsed, directory, links, is_new)
        changed |= _store_targets(task, parsed.targets, links, is_new)
        if is_new:
            report.tasks_created += 1
        elif changed:
            report.tasks_updated += 1
        else:
            report.tasks_unchanged += 1
        stored.append(task)
    links.write()
    _remove_missing_tasks(existing.values(), report)
    Section.objects.filter(plan=plan, tasks__isnull=True, children__isnull=True).exclude(
        key__in=list(sections)
    ).delete()
    report.sections = _section_counts(parsed_tasks)
    return stored


def _assign(instance: Any, **values: Any) -> bool:
    """Set fields that differ; True when any did (so unchanged rows are not saved and get no history)."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def _store_units(
    task: Task, parsed: ParsedTask, directory: UnitDirectory, links: _Links, is_new: bool
) -> bool:
    wanted: list[tuple[int, str]] = []
    for role, names in ((UnitRole.LEAD, parsed.lead_units), (UnitRole.CO, parsed.co_units)):
        for name in names:
            unit = directory.unit(name)
            if unit is not None and (unit.pk, role) not in wanted:
                wanted.append((unit.pk, role))
    current = [] if is_new else [(link.unit_id, link.role) for link in task.task_units.all()]
    if current == wanted:
        return False
    links.stale.add(task.pk)
    links.units.extend(
        TaskUnit(task=task, unit_id=unit_id, role=role, order=order)
        for order, (unit_id, role) in enumerate(wanted)
    )
    return True


def _store_leaders(
    task: Task, parsed: ParsedTask, directory: UnitDirectory, links: _Links, is_new: bool
) -> bool:
    wanted: list[int] = []
    for name in parsed.lead_leaders:
        leader = directory.leader(name)
        if leader is not None and leader.pk not in wanted:
            wanted.append(leader.pk)
    current = [] if is_new else [link.leader_id for link in task.task_leaders.all()]
    if current == wanted:
        return False
    links.stale_leaders.add(task.pk)
    links.leaders.extend(
        TaskLeader(task=task, leader_id=leader_id, order=order) for order, leader_id in enumerate(wanted)
    )
    return True


_TARGET_FIELDS = (
    "metric", "value", "upper", "unit", "base_value", "base_unit", "comparator", "kind", "span_start",
    "span_end", "text", "soft",
)  # fmt: skip


def _target_row(data: dict[str, Any]) -> dict[str, Any]:
    span = data.get("span") or [0, 0]
    return {
        "metric": str(data.get("metric") or "")[:300],
        "value": data.get("value"),
        "upper": data.get("upper"),
        "unit": data.get("unit") or "",
        "base_value": data.get("base_value"),
        "base_unit": data.get("base_unit") or "",
        "comparator": data.get("comparator") or "=",
        "kind": data.get("kind") or "",
        "span_start": int(span[0]),
        "span_end": int(span[1]),
        "text": str(data.get("text") or "")[:500],
        "soft": bool(data.get("soft")),
    }


def _store_targets(task: Task, targets: list[dict[str, Any]], links: _Links, is_new: bool) -> bool:
    wanted = [_target_row(target) for target in targets]
    current = (
        []
        if is_new
        else [{name: getattr(row, name) for name in _TARGET_FIELDS} for row in task.targets.all()]
    )
    if current == wanted:
        return False
    links.stale_targets.add(task.pk)
    links.targets.extend(Target(task=task, order=order, **row) for order, row in enumerate(wanted))
    return True


def _remove_missing_tasks(missing: Any, report: ImportReport) -> None:
    for task in missing:
        has_records = (
            Progress.objects.filter(task=task).exists() or Judgement.objects.filter(task=task).exists()
        )
        if has_records:
            report.warnings.append(f"任务「{task.ref}」已不在文件中，但已有填报或研判记录，予以保留")
        else:
            task.delete()
            report.tasks_removed += 1


# Progress ---------------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return _NOT_TEXT.sub("", text)


def _match_tasks(plan: Plan, rows: list[ParsedTask], report: ImportReport) -> list[tuple[ParsedTask, Task]]:
    """Pair each progress row with a plan task: same section and number with a like text, else the likest text."""
    tasks = list(plan.tasks.select_related("section"))
    by_number: dict[tuple[str, int], Task] = {}
    for task in tasks:
        by_number.setdefault((task.section.key if task.section else "", task.seq), task)
        by_number.setdefault((f"part:{task.part or ''}", task.seq), task)
    texts = {task.pk: _plain(task.text) for task in tasks}
    by_pk = {task.pk: task for task in tasks}
    pairs: list[tuple[ParsedTask, Task]] = []
    taken: dict[int, ParsedTask] = {}
    for row in rows:
        text = _plain(row.text)
        task = by_number.get((_section_key(row.section), row.seq)) or by_number.get(
            (f"part:{row.part or ''}", row.seq)
        )
        if task is not None and fuzz.ratio(text, texts[task.pk]) < SAME_NUMBER_TEXT_CUTOFF:
            task = None
        if task is None and texts:
            best = process.extractOne(text, texts, scorer=fuzz.ratio, score_cutoff=TEXT_MATCH_CUTOFF)
            task = by_pk[best[2]] if best else None
        where = f"{_section_key(row.section) or '（无分类）'} 第{row.seq}项"
        if task is None:
            report.warnings.append(f"{where}在方案「{plan.code}」中找不到对应任务，未导入：{row.text[:40]}")
            continue
        if task.pk in taken:
            report.warnings.append(f"{where}与前面一行对应同一任务「{task.ref}」，未导入：{row.text[:40]}")
            continue
        taken[task.pk] = row
        pairs.append((row, task))
    return pairs


def _store_progress(
    period: Period, pairs: list[tuple[ParsedTask, Task]], source: str, report: ImportReport
) -> None:
    """The rows' progress, through the one progress writer (which judges each task and keeps the office's
    own label as the office's judgement)."""
    stored = record_reported_progress(
        period=period,
        rows=[
            ReportedRow(
                task=task,
                text=parsed.progress or "",
                label=parsed.label,
                problems=parsed.problems or "",
                next_steps=parsed.next_steps or "",
            )
            for parsed, task in pairs
            if parsed.progress is not None or parsed.label is not None
        ],
        source=source,
    )
    report.progress_created += stored.created
    report.progress_updated += stored.updated
    report.progress_unchanged += stored.unchanged
