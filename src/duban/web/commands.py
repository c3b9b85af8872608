"""`duban import`, `duban tasks`, `duban report` and `duban rejudge`: the CLI's database commands, on the configured database.

As everywhere in the CLI, JSON goes to stdout and messages to stderr.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from duban.errors import DubanError

if TYPE_CHECKING:
    from duban.web.services.imports import ImportReport


def setup_django(*, migrate_new_database: bool = False) -> None:
    """Start Django on the configured settings; bring the embedded SQLite database up to date on first use.
    With `migrate_new_database` a PostgreSQL database with no table of duban's yet is set up as well.

    The commands serve no request and sign nothing (no cookie, no session), so without DUBAN_SECRET_KEY they
    run with a random key of their own: the settings refuse to load without one.
    """
    if not os.environ.get("DUBAN_SECRET_KEY"):
        os.environ["DUBAN_SECRET_KEY"] = secrets.token_urlsafe(50)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duban.web.settings")
    import django

    django.setup()
    from django.db import DEFAULT_DB_ALIAS, connections
    from django.db.migrations.executor import MigrationExecutor

    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not pending:
        return
    brand_new = migrate_new_database and not executor.loader.applied_migrations
    if connection.vendor != "sqlite" and not brand_new:
        raise DubanError(
            "数据库结构不是最新，请先运行：DJANGO_SETTINGS_MODULE=duban.web.settings django-admin migrate"
        )
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def import_command(
    path: Path,
    *,
    plan: str | None,
    period: str | None,
    out: TextIO,
    err: TextIO | None = None,
    as_json: bool = False,
) -> int:
    """Parse a document and store it. On `out` (stdout) the stored plan's ID alone on a line, for a script to
    take (`plan=$(duban import …)`), or with `as_json` what was stored as one JSON object; on `err` (stderr)
    the Chinese account of what was read, created and found wrong.

    For a plan document `plan` names the stored plan to update and must exist; without it the plan is found
    by the document (same file, or same issuer, year and title) or created, so importing again updates it.
    """
    from duban.ingest import parse_document

    document = parse_document(path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    setup_django()
    from duban.web.services.imports import import_document

    if plan and document.kind == "plan":
        _require_stored_plan(plan, source=path)
    report = import_document(document=document, sha256=sha256, plan=plan, period=period)
    (err or sys.stderr).write(format_import_report(report, source=str(path)))
    if as_json:
        out.write(json.dumps(import_record(report, source=str(path)), ensure_ascii=False) + "\n")
    else:
        out.write(report.plan_code + "\n")
    return 0


def import_record(report: ImportReport, *, source: str) -> dict:
    """What `duban import --json` prints: the plan's ID and what the import stored."""
    return {
        "source": source,
        "plan": report.plan_code,
        "title": report.plan_title,
        "kind": report.kind,
        "plan_created": report.plan_created,
        "period": report.period_label,
        "sections": [{"name": name, "tasks": count} for name, count in report.sections],
        "tasks": {
            "created": report.tasks_created,
            "updated": report.tasks_updated,
            "unchanged": report.tasks_unchanged,
            "removed": report.tasks_removed,
        },
        "progress": {
            "created": report.progress_created,
            "updated": report.progress_updated,
            "unchanged": report.progress_unchanged,
        },
        "units_created": [
            {"name": unit.name, "suggestions": list(unit.suggestions)} for unit in report.units_created
        ],
        "warnings": list(report.warnings),
    }


def _require_stored_plan(ref: str, *, source: Path) -> None:
    from duban.web.selectors.plans import find_plan

    try:
        find_plan(ref)
    except DubanError as exc:
        raise DubanError(
            f"{source} 是分解方案：--plan 用于指定要更新的已有方案，不能新建方案；{exc.message}。"
            "首次导入请不加 --plan"
        ) from None


def format_import_report(report: ImportReport, *, source: str) -> str:
    """The Chinese summary of an import: plan, counts per section, units created, warnings."""
    lines = [f"已读取 {source}"]
    state = "新建" if report.plan_created else "已有"
    lines.append(f"方案：{report.plan_title}（{state}，方案编号 {report.plan_code}）")
    total = sum(count for _, count in report.sections)
    if report.period_label:
        lines.append(f"报送期：{report.period_label}")
    lines.append(f"任务 {total} 条，按分类：")
    lines.extend(f"  {name}：{count} 条" for name, count in report.sections)
    if report.plan_created or report.kind == "plan":
        lines.append(
            f"任务新增 {report.tasks_created} 条，更新 {report.tasks_updated} 条，"
            f"未变 {report.tasks_unchanged} 条，删除 {report.tasks_removed} 条"
        )
    if report.period_label:
        lines.append(
            f"推进情况新增 {report.progress_created} 条，更新 {report.progress_updated} 条，"
            f"未变 {report.progress_unchanged} 条"
        )
    if report.units_created:
        lines.append(f"新建单位 {len(report.units_created)} 个（请在管理页核对，同一单位可合并）：")
        for unit in report.units_created:
            hint = f"（可能与「{'」「'.join(unit.suggestions)}」相同）" if unit.suggestions else ""
            lines.append(f"  {unit.name}{hint}")
    else:
        lines.append("没有新建单位")
    if report.warnings:
        lines.append(f"提示 {len(report.warnings)} 条：")
        lines.extend(f"  {warning}" for warning in report.warnings)
    return "\n".join(lines) + "\n"


_TABLE_COLUMNS = ("编号", "序号", "分类", "目标任务", "牵头领导", "牵头单位", "配合单位", "推进情况", "标注")


_EMPTY_RECORD = {
    "plan": None,
    "source": None,
    "kind": None,
    "title": None,
    "issuer": None,
    "date": None,
    "year": None,
    "tasks": [],
    "warnings": [],
}


def tasks_command(
    *,
    plan: str | None,
    unit: str | None,
    section: str | None,
    as_json: bool,
    out: TextIO,
    err: TextIO | None = None,
) -> int:
    """List stored tasks: a tab-separated table in Chinese, or JSON shaped like `duban parse --json`.

    With --json and no plan stored yet, an empty list of tasks (in the same shape) is a valid answer: a
    script asking what is stored is told "nothing" on stdout, the hint goes to stderr.
    """
    setup_django()
    from duban.web.models import Plan
    from duban.web.selectors.plans import only_plan, plan_record
    from duban.web.selectors.tasks import plan_tasks

    if as_json and plan is None and not Plan.objects.exists():
        (err or sys.stderr).write("库中还没有方案，请先运行 duban import 导入分解方案\n")
        out.write(json.dumps(_EMPTY_RECORD, ensure_ascii=False) + "\n")
        return 0
    chosen = only_plan(plan)
    tasks = plan_tasks(plan=chosen, unit=unit, section=section)
    if not tasks:
        _require_known_filters(chosen, unit=unit, section=section)
    record = plan_record(plan=chosen, tasks=tasks)
    if as_json:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    out.write(f"方案 {chosen.code}：{chosen.title}，共 {len(record['tasks'])} 条任务\n")
    out.write("\t".join(_TABLE_COLUMNS) + "\n")
    for task in record["tasks"]:
        cells = (
            task["ref"],
            str(task["seq"]),
            _category_path(task),
            task["text"],
            "、".join(task["lead_leaders"]),
            "、".join(task["lead_units"]),
            "、".join(task["co_units"]),
            task["progress"] or "",
            task["label"] or "",
        )
        out.write("\t".join(" ".join(cell.split()) for cell in cells) + "\n")
    return 0


def _category_path(task: dict) -> str:
    """The 分类 cell: part, sections and category, each name once (a plan's part is often its first section:
    主要预期目标 / 主要预期目标)."""
    names = [task["part"], *task["section"], task["category"]]
    return " / ".join(dict.fromkeys(name for name in names if name))


def _require_known_filters(plan, *, unit: str | None, section: str | None) -> None:
    """No task matched: a filter naming no stored unit or section is bad input, not an empty answer."""
    from duban.web.models import Unit
    from duban.web.selectors.tasks import plan_tasks
    from duban.web.selectors.units import find_units

    if unit and not find_units(issuer=plan.issuer, name=unit):
        known = list(
            Unit.objects.filter(tasks__plan=plan).distinct().order_by("name").values_list("name", flat=True)
        )
        shown = "、".join(known[:8]) + ("等" if len(known) > 8 else "")
        raise DubanError(
            f"方案 {plan.code} 中没有单位「{unit}」（也不是已登记的简称）。方案中的单位有：{shown}"
        )
    if section and not plan_tasks(plan=plan, section=section).exists():
        names = list(plan.sections.order_by("order").values_list("name", flat=True))
        parts = {p for p in plan.tasks.values_list("part", flat=True) if p}
        shown = "、".join(dict.fromkeys([*parts, *names]))
        raise DubanError(f"方案 {plan.code} 中没有分类包含「{section}」。方案中的分类有：{shown}")


def report_command(what: str, *, period: str, plan: str | None, output: Path, out: TextIO) -> int:
    """`duban report`: write one document for a plan's period; progress lines go to `out`."""
    import time

    from duban.reports import OUTPUTS, check_output, write_report

    check_output(what, output)
    name = OUTPUTS[what][1]
    started = time.perf_counter()
    setup_django()
    from duban.web.selectors.periods import find_period
    from duban.web.selectors.plans import only_plan
    from duban.web.selectors.reports import period_report_data

    chosen = find_period(only_plan(plan), period)
    out.write(f"正在读取{period}的任务、推进情况和研判结果……\n")
    data = period_report_data(period=chosen, progress=lambda line: out.write(line + "\n"))
    out.write(
        f"共{len(data.tasks)}项（预期目标{len(data.indicators)}项，重点工作{len(data.key_tasks)}项），正在生成{name}……\n"
    )
    write_report(what, data, output)
    out.write(f"已生成{name}：{output}（用时{time.perf_counter() - started:.1f}秒）\n")
    return 0


def rejudge_command(*, period: str, plan: str | None, out: TextIO) -> int:
    """`duban rejudge`: judge every reported task of a plan's period again (overrides are kept)."""
    setup_django()
    from duban.web.selectors.periods import find_period
    from duban.web.selectors.plans import only_plan
    from duban.web.services.judgements import judge_period

    chosen = find_period(only_plan(plan), period)
    result = judge_period(period=chosen)
    out.write(
        f"已重新研判{chosen}：{result.judged}项任务，其中{result.changed}项自动研判结果有变化（人工研判保留）\n"
    )
    return 0


def assess_command(
    *,
    plan: str | None,
    year: int | None,
    through: str | None,
    as_json: bool,
    output: Path | None,
    out: TextIO,
    err: TextIO,
) -> int:
    """`duban assess`: score a plan's units by its assessment scheme; JSON (--json) or a table on `out`, or
    the 考核表 / 考核情况通报 written to `output`."""
    from duban.reports.assessment_files import check_document

    if output is not None:
        check_document(output)
    setup_django()
    from duban.web.selectors.assessment import assess_plan, find_assessed_plan
    from duban.web.selectors.periods import find_period
    from duban.web.services.assessment import write_assessment_document

    chosen = find_assessed_plan(plan, year)
    period = find_period(chosen, through) if through else None
    assessment = assess_plan(chosen, through=period)
    if not assessment.periods:
        err.write(f"方案「{chosen.code}」还没有报送期，各单位均按基础分计\n")
    elif not assessment.final:
        err.write(f"截至{assessment.through.label}的阶段性得分（年末报送期结束后为最终得分）\n")
    if output is not None:
        name = write_assessment_document(assessment, plan=chosen, output=output)
        err.write(f"已生成{name}：{output}（{len(assessment.units)}个单位）\n")
    if as_json:
        out.write(json.dumps(assessment.to_json(), ensure_ascii=False) + "\n")
    elif output is None:
        columns = [name for _, name in assessment.columns]
        out.write(f"方案 {chosen.code}：{assessment.scheme.name}\n")
        out.write("\t".join(["排名", "单位", "基础分", *columns, "总分", "处理意见"]) + "\n")
        for unit in assessment.units:
            cells = [
                str(unit.rank),
                unit.unit,
                f"{unit.base:g}",
                *(f"{unit.items.get(key, 0):g}" for key, _ in assessment.columns),
                f"{unit.total:g}",
                "、".join(unit.flags),
            ]
            out.write("\t".join(cells) + "\n")
    return 0


def backup_command(*, output: Path, out: TextIO) -> int:
    """`duban backup -o FILE`: the whole site (rows, attachments, manifest) in one file; messages to `out`."""
    setup_django()
    from duban.web.services.backup import back_up, describe

    out.write("正在备份数据库和附件……\n")
    summary = back_up(output=output)
    rows = sum(count.rows for count in summary.tables)
    out.write(
        f"已备份到 {summary.path}：{rows} 行数据（{len(summary.tables)} 张表），"
        f"附件 {summary.files} 个（{summary.file_bytes / 1024 / 1024:.1f} MB），"
        f"备份文件 {summary.path.stat().st_size / 1024 / 1024:.1f} MB\n"
    )
    out.writelines(line + "\n" for line in describe(summary.tables))
    if summary.missing_files:
        out.write(f"注意：数据库记有 {len(summary.missing_files)} 个附件，但附件文件夹中找不到，未能备份：\n")
        out.writelines(f"  {name}\n" for name in summary.missing_files)
    return 0


def restore_command(*, archive: Path, out: TextIO) -> int:
    """`duban restore FILE`: load a backup into this empty site (a new PostgreSQL database is set up first)."""
    if not archive.is_file():
        raise DubanError(f"找不到备份文件：{archive}")
    setup_django(migrate_new_database=True)
    from duban.web.services.backup import describe, restore

    out.write(f"正在核对并恢复 {archive}……\n")
    summary = restore(archive_path=archive)
    rows = sum(count.rows for count in summary.tables)
    out.write(
        f"已恢复 {summary.created_at} 的备份：{rows} 行数据，各表行数与清单一致；附件 {summary.files} 个，"
        "校验和一致\n"
    )
    out.writelines(line + "\n" for line in describe(summary.tables))
    if summary.missing_files:
        out.write(f"注意：备份时已缺少 {len(summary.missing_files)} 个附件文件，恢复后它们仍然缺失：\n")
        out.writelines(f"  {name}\n" for name in summary.missing_files)
    return 0
