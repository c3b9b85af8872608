import io
import json

import pytest

from duban.cli import main


def test_unknown_command_exits_with_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2


def test_malformed_jsonl_names_the_line(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "新增20家"}\nnot json\n'))
    monkeypatch.setattr("duban.core.targets.extract_targets", lambda text: [])
    assert main(["targets", "--jsonl"]) == 2
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["[]"]
    assert "第2行第1个字符处不是合法的 JSON" in captured.err
    assert "Expecting" not in captured.err


def test_jsonl_record_missing_field_is_reported(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"task": "x"}) + "\n"))
    assert main(["judge", "--jsonl"]) == 2
    assert "progress" in capsys.readouterr().err


def test_usage_errors_are_worded_in_chinese(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["parse"])
    assert exit_info.value.code == 2
    assert "缺少必需的参数：path" in capsys.readouterr().err


def test_parse_warnings_reach_stderr_as_well_as_the_json(tmp_path, capsys):
    path = tmp_path / "notice.txt"
    path.write_text("关于印发重点工作任务分解方案的通知\n\n各单位：现将方案印发给你们。\n", encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    warnings = json.loads(captured.out)["warnings"]
    assert warnings
    assert all(warning in captured.err for warning in warnings)


def _no_chinese_font(monkeypatch):
    monkeypatch.setattr("duban.reports.fonts.chart_font_family", lambda: None)


def test_report_says_once_that_no_chinese_font_is_installed(monkeypatch, tmp_path, capsys):
    _no_chinese_font(monkeypatch)
    # A wrong suffix stops the command before the database: the font notice came first.
    assert main(["report", "bulletin", "--period", "1-6月", "-o", str(tmp_path / "通报.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("未找到中文字体") == 1
    assert "fonts-noto-cjk" in err


@pytest.mark.parametrize("command", ["demo", "serve"])
def test_demo_and_serve_say_so_before_starting(monkeypatch, capsys, command):
    _no_chinese_font(monkeypatch)
    started = []
    monkeypatch.setattr(f"duban.web.site.{command}_command", lambda **options: started.append(options) or 0)
    assert main([command]) == 0
    assert started
    assert capsys.readouterr().err.count("未找到中文字体") == 1


def test_nothing_is_said_when_a_chinese_font_is_there(monkeypatch, capsys):
    monkeypatch.setattr("duban.reports.fonts.chart_font_family", lambda: "Noto Sans CJK SC")
    monkeypatch.setattr("duban.web.site.serve_command", lambda **options: 0)
    assert main(["serve"]) == 0
    assert "中文字体" not in capsys.readouterr().err


# Modules a command loads only when it needs them (cn2an was 0.28 s of start-up, matplotlib a second).
_HEAVY = {
    "cn2an", "charset_normalizer", "django", "matplotlib", "rapidfuzz", "opencc", "docx", "openpyxl",
    "pdfplumber", "lxml", "duban.ingest", "duban.core.actuals", "duban.core.judging", "duban.web",
}  # fmt: skip
_RUN_AND_LIST_MODULES = (
    "import contextlib, io, sys\n"
    "from duban.cli import main\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    main(sys.argv[1:])\n"
    "print(' '.join(sys.modules))\n"
)


@pytest.mark.parametrize(
    ("args", "needed"),
    [
        (["parse", "tests/corpus/004_0c9597f419f639ea.txt", "--json"], {"duban.ingest"}),
        (["targets", "新建道路三点五公里，完成两千亩低效林改造，增长6%以上"], set()),
        (
            ["judge", "--task", "新建社区健身点30个", "--progress", "1-6月建成2个", "--as-of", "2025-06-30"],
            {"rapidfuzz", "duban.core.actuals", "duban.core.judging"},
        ),
    ],
    ids=["parse-plan", "targets", "judge"],
)
def test_command_loads_only_what_it_uses(args, needed):
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LIST_MODULES, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    heavy = {name for name in _HEAVY for module in result.stdout.split() if module.startswith(name)}
    assert heavy == needed


@pytest.mark.parametrize(
    ("args", "draws"),
    [
        (["report", "bulletin", "--period", "1-6月", "-o", "x.docx"], True),
        (["report", "summary", "--period", "1-6月", "-o", "x.xlsx"], False),
        (["report", "public", "--period", "1-6月", "-o", "x.html"], False),
        (["serve"], True),
        (["parse", "x.txt"], False),
    ],
)
def test_only_commands_that_draw_charts_look_for_a_chinese_font(args, draws):
    from duban.cli import _draws_charts, build_parser

    assert _draws_charts(build_parser().parse_args(args)) is draws
