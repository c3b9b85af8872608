"""The `duban` command: a thin shell over the library (DESIGN §5).

JSON goes to stdout, messages to stderr; exit 0 on success, 2 on bad input.
parse / targets / judge / eval never import Django, so they start fast.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from duban.errors import DubanError


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{value}") from None


def _jsonl(stream: Any, required: Sequence[str]) -> Any:
    """Yield one dict per non-empty input line, with an error naming the line when it is malformed."""
    from duban.jsonl import read_objects

    for number, record in read_objects(stream, "标准输入"):
        missing = [key for key in required if not isinstance(record.get(key), str)]
        if missing:
            raise DubanError(f"标准输入第{number}行缺少字段：{'、'.join(missing)}")
        yield number, record


def _cmd_parse(args: argparse.Namespace) -> int:
    from duban.ingest import parse_document

    parsed = parse_document(Path(args.path), as_of=args.as_of).to_json()
    _dump(parsed)
    for warning in parsed["warnings"]:  # JSON keeps them too; a person running the command sees them here
        print(f"提示：{warning}", file=sys.stderr)
    return 0


def _cmd_targets(args: argparse.Namespace) -> int:
    from duban.core.targets import extract_targets

    if args.jsonl:
        for _, record in _jsonl(sys.stdin, ["text"]):
            _dump([t.to_json() for t in extract_targets(record["text"])])
        return 0
    if args.text is None:
        raise DubanError("请提供任务文本，或使用 --jsonl 从标准输入逐行读取")
    _dump([t.to_json() for t in extract_targets(args.text)])
    return 0


def _judge(task: str, progress: str, as_of: date) -> dict[str, Any]:
    from duban.core.judging import judge_texts

    return judge_texts(task, progress, as_of).to_json()


def _cmd_judge(args: argparse.Namespace) -> int:
    if args.jsonl:
        for number, record in _jsonl(sys.stdin, ["task", "progress", "as_of"]):
            try:
                as_of = date.fromisoformat(record["as_of"])
            except ValueError:
                raise DubanError(f"标准输入第{number}行 as_of 应为 YYYY-MM-DD：{record['as_of']}") from None
            _dump(_judge(record["task"], record["progress"], as_of))
        return 0
    if args.task is None or args.progress is None or args.as_of is None:
        raise DubanError("请同时提供 --task、--progress 和 --as-of，或使用 --jsonl")
    _dump(_judge(args.task, args.progress, args.as_of))
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "targets":
        from duban.evaluation.targets import run
    else:
        from duban.evaluation.judge import run
    return run(Path(args.path), show=args.show, out=sys.stdout)


def _cmd_import(args: argparse.Namespace) -> int:
    from duban.web.commands import import_command

    return import_command(
        Path(args.path), plan=args.plan, period=args.period, out=sys.stdout, as_json=args.json
    )


def _cmd_tasks(args: argparse.Namespace) -> int:
    from duban.web.commands import tasks_command

    return tasks_command(
        plan=args.plan, unit=args.unit, section=args.section, as_json=args.json, out=sys.stdout
    )


def _cmd_report(args: argparse.Namespace) -> int:
    from duban.web.commands import report_command

    return report_command(
        args.what, period=args.period, plan=args.plan, output=Path(args.output), out=sys.stderr
    )


def _cmd_rejudge(args: argparse.Namespace) -> int:
    from duban.web.commands import rejudge_command

    return rejudge_command(period=args.period, plan=args.plan, out=sys.stderr)


def _cmd_assess(args: argparse.Namespace) -> int:
    from duban.web.commands import assess_command

    return assess_command(
        plan=args.plan,
        year=args.year,
        through=args.through,
        as_json=args.json,
        output=Path(args.output) if args.output else None,
        out=sys.stdout,
        err=sys.stderr,
    )


def _cmd_backup(args: argparse.Namespace) -> int:
    from duban.web.commands import backup_command

    return backup_command(output=Path(args.output), out=sys.stderr)


def _cmd_restore(args: argparse.Namespace) -> int:
    from duban.web.commands import restore_command

    return restore_command(archive=Path(args.path), out=sys.stderr)


def _cmd_demo(args: argparse.Namespace) -> int:
    from duban.web.site import demo_command

    return demo_command(port=args.port, out=sys.stdout)


def _cmd_serve(args: argparse.Namespace) -> int:
    from duban.web.site import serve_command

    return serve_command(host=args.host, port=args.port, out=sys.stdout)


# argparse words its errors in English; the user reads Chinese (the usage line above them stays as is).
_USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (.+)"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "无法识别的参数：{0}"),
    (
        re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"),
        "参数 {0} 的取值 {1} 无效，可选：{2}",
    ),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 需要一个值"),
    (re.compile(r"argument (\S+): invalid \w+ value: (.+)"), "参数 {0} 的值 {1} 无效"),
    (re.compile(r"argument (\S+): (.+)"), "参数 {0}：{1}"),
)


class _ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for pattern, wording in _USAGE_ERRORS:
            match = pattern.fullmatch(message)
            if match:
                message = wording.format(*match.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _ChineseArgumentParser(
        prog="duban",
        description="督办：政府工作报告目标任务的分解、填报、研判与通报 / supervision of government work reports",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "parse", help="读取一份文件并输出任务 / read one document, print its tasks (no database)"
    )
    p.add_argument("path", help="文件路径 .txt .html .docx .xlsx .pdf")
    p.add_argument("--json", action="store_true", help="输出 JSON（默认即为 JSON）/ print JSON")
    p.add_argument("--as-of", type=_iso_date, help="研判日期 YYYY-MM-DD / judge progress as of this date")
    p.set_defaults(handler=_cmd_parse)

    p = sub.add_parser("targets", help="从任务文本中提取量化指标 / targets in one task sentence")
    p.add_argument("text", nargs="?", help="任务文本 / task text")
    p.add_argument("--json", action="store_true", help="输出 JSON（默认即为 JSON）")
    p.add_argument(
        "--jsonl", action="store_true", help='标准输入每行一个 {"text": …} / one object per stdin line'
    )
    p.set_defaults(handler=_cmd_targets)

    p = sub.add_parser("judge", help="按序时进度研判一条任务 / judge progress against the schedule")
    p.add_argument("--task", help="任务文本 / task text")
    p.add_argument("--progress", help="推进情况 / progress text")
    p.add_argument("--as-of", type=_iso_date, help="研判日期 YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="输出 JSON（默认即为 JSON）")
    p.add_argument("--jsonl", action="store_true", help='标准输入每行一个 {"task", "progress", "as_of"}')
    p.set_defaults(handler=_cmd_judge)

    p = sub.add_parser("eval", help="对照标注文件评测 / score extraction or judging against a gold file")
    p.add_argument("what", choices=["targets", "judge"])
    p.add_argument("path", help="标注文件 .jsonl / gold file")
    p.add_argument("--show", action="store_true", help="列出所有不一致之处 / list every disagreement")
    p.set_defaults(handler=_cmd_eval)

    p = sub.add_parser("import", help="导入分解方案或进展汇总表 / store a plan or a progress table")
    p.add_argument("path", help="文件路径 / document to import")
    p.add_argument("--plan", help="导入进展时对应的方案编号 / plan ID the progress belongs to")
    p.add_argument("--period", help="报送期，例如 1-6月 / reporting period label")
    p.add_argument(
        "--json", action="store_true", help="输出导入结果 JSON（默认只输出方案编号）/ print what was stored"
    )
    p.set_defaults(handler=_cmd_import)

    p = sub.add_parser("tasks", help="列出已导入的任务 / list stored tasks")
    p.add_argument("--plan", help="方案编号 / plan ID")
    p.add_argument("--unit", help="按责任单位筛选 / filter by unit")
    p.add_argument("--section", help="按分类筛选 / filter by section")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(handler=_cmd_tasks)

    p = sub.add_parser(
        "report", help="生成督查通报、汇总表或公开页 / write the bulletin, summary or public page"
    )
    p.add_argument("what", choices=["bulletin", "summary", "public"])
    p.add_argument("--period", required=True, help="报送期，例如 1-6月 / period label")
    p.add_argument("--plan", help="方案编号 / plan ID")
    p.add_argument("-o", "--output", required=True, help="输出文件 .docx .xlsx .html / output file")
    p.set_defaults(handler=_cmd_report)

    p = sub.add_parser(
        "rejudge", help="按现行规则重新研判一个报送期 / judge a period again (overrides are kept)"
    )
    p.add_argument("--period", required=True, help="报送期，例如 1-6月 / period label")
    p.add_argument("--plan", help="方案编号 / plan ID")
    p.set_defaults(handler=_cmd_rejudge)

    p = sub.add_parser(
        "assess", help="年度考核：各责任单位得分与排名 / score the units by the assessment scheme"
    )
    p.add_argument("--plan", help="方案编号 / plan ID")
    p.add_argument("--year", type=int, help="年度，例如 2025 / year of the plan")
    p.add_argument("--through", help="截至报送期，例如 1-9月（默认全部）/ assess through this period")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.add_argument(
        "-o", "--output", help="输出考核表 .xlsx 或考核情况通报 .docx / write the table or the notice"
    )
    p.set_defaults(handler=_cmd_assess)

    p = sub.add_parser(
        "backup", help="备份数据库和附件到一个文件 / back up the database and the attachments to one file"
    )
    p.add_argument(
        "-o", "--output", required=True, help="备份文件，例如 duban-backup.tar.gz / archive to write"
    )
    p.set_defaults(handler=_cmd_backup)

    p = sub.add_parser("restore", help="把备份恢复到空站点 / restore a backup into an empty site")
    p.add_argument("path", help="duban backup 写出的备份文件 / archive written by duban backup")
    p.set_defaults(handler=_cmd_restore)

    p = sub.add_parser("demo", help="创建演示站点并启动 / create a sample SQLite site and serve it")
    p.add_argument("--port", type=int, default=8000, help="端口 / port (default 8000)")
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser("serve", help="以生产方式启动网站 / serve the configured database (gunicorn)")
    p.add_argument("--host", default="127.0.0.1", help="监听地址 / bind address")
    p.add_argument("--port", type=int, default=8000, help="端口 / port")
    p.set_defaults(handler=_cmd_serve)
    return parser


# Commands whose output has charts drawn by matplotlib (the bulletin, the site's downloads): a machine without a
# Chinese font would draw their Chinese as boxes, so they say so once when they start. Looking costs the
# 0.3 s of loading matplotlib: the summary and the public page, which have no charts, do not look.
_CHART_COMMANDS = frozenset({"demo", "serve"})


def _draws_charts(args: argparse.Namespace) -> bool:
    return args.command in _CHART_COMMANDS or (args.command == "report" and args.what == "bulletin")


def _tell_missing_chinese_font() -> None:
    from duban.reports.fonts import missing_chinese_font

    message = missing_chinese_font()
    if message:
        sys.stderr.write(f"duban: 提示：{message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    if _draws_charts(args):
        _tell_missing_chinese_font()
    try:
        return handler(args)
    except DubanError as exc:
        sys.stderr.write(f"duban: {exc.message}\n")
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
