import io
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from django.db import DatabaseError

from duban.errors import DubanError
from duban.ingest.records import ParsedDocument, ParsedTask
from duban.web import commands
from duban.web.models import (
    Actual,
    ImportedDocument,
    Leader,
    Period,
    Plan,
    Progress,
    ProgressStatus,
    Section,
    Target,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
)
from duban.web.selectors.plans import find_plan, plan_record
from duban.web.selectors.tasks import plan_tasks
from duban.web.services import imports
from duban.web.services.imports import import_document
from duban.web.services.units import add_unit_alias, resolve_unit

pytestmark = [pytest.mark.db, pytest.mark.django_db]

# Parsed documents built in code, shaped like what `duban.ingest.parse_document` returns.

ISSUER = "重庆市涪陵区人民政府"


def growth_target(text: str, metric: str, value: float) -> dict:
    start = text.index(metric)
    return {
        "metric": metric,
        "value": value,
        "unit": "%",
        "comparator": ">=",
        "kind": "growth_rate",
        "span": [start, len(text) - 1],
        "text": text[start:-1],
        "base_value": value / 100,
        "base_unit": "",
    }


def plan_document(*, gdp_text: str = "地区生产总值增长6%以上。") -> ParsedDocument:
    return ParsedDocument(
        source="tests/plan_2025.txt",
        kind="plan",
        title="2025年区政府工作报告目标任务分解方案",
        issuer=ISSUER,
        date="2025-02-10",
        year=2025,
        tasks=[
            ParsedTask(
                ref="主要预期目标-1",
                seq=1,
                part="主要预期目标",
                section=["主要预期目标"],
                category=None,
                kind="indicator",
                text=gdp_text,
                lead_leaders=["冯星贵"],
                lead_units=["区发展改革委"],
                co_units=["各镇街", "区级相关部门单位"],
                targets=[growth_target(gdp_text, "地区生产总值", 6.0)],
            ),
            ParsedTask(
                ref="主要预期目标-2",
                seq=2,
                part="主要预期目标",
                section=["主要预期目标"],
                category=None,
                kind="indicator",
                text="规上工业增加值增长9%左右。",
                lead_leaders=["高帆"],
                lead_units=["区经济信息委"],
                co_units=["各镇街", "各工业园区"],
            ),
            ParsedTask(
                ref="重点工作-1",
                seq=1,
                part="重点工作",
                section=["重点工作", "扩大有效投资"],
                category="一、稳增长",
                kind="task",
                text="新建社区健身点30个。",
                lead_leaders=["靖开媛", "冯星贵"],
                lead_units=["区体育局", "区发改委"],
                co_units=["各镇街"],
                label=None,
            ),
            ParsedTask(
                ref="重点工作-2",
                seq=2,
                part="重点工作",
                section=["重点工作", "扩大有效投资"],
                category="一、稳增长",
                kind="task",
                text="完成固定资产投资230亿元。",
                lead_leaders=["冯星贵"],
                lead_units=["区发展改革委"],
                co_units=["区财政局"],
            ),
            ParsedTask(
                ref="重点工作-3",
                seq=3,
                part="重点工作",
                section=["重点工作", "保障改善民生"],
                category="二、惠民生",
                kind="task",
                text="城镇新增就业2.5万人。",
                lead_leaders=[],
                lead_units=["区人力社保局"],
                co_units=[],
            ),
        ],
        warnings=["第12行：牵头单位一栏为空"],
    )


def progress_document(*, gym_progress: str = "1-6月建成2个，完成6.7%。") -> ParsedDocument:
    """The plan's tasks as a half-year progress table lists them: own numbering, one units column."""
    return ParsedDocument(
        source="tests/progress_2025_h1.txt",
        kind="progress",
        title="2025年政府工作报告目标任务上半年推进情况汇总表",
        issuer="涪陵区",
        date="2025-07-20",
        year=2025,
        tasks=[
            ParsedTask(
                ref="1",
                seq=1,
                part=None,
                section=["经济社会发展主要预期目标"],
                category=None,
                kind="indicator",
                text="地区生产总值增长6%以上",
                lead_units=["区发展改革委"],
                progress="上半年地区生产总值同比增长5.8%。",
                actuals=[
                    {
                        "metric": "地区生产总值",
                        "value": 5.8,
                        "unit": "%",
                        "kind": "growth_rate",
                        "span": [11, 15],
                        "text": "增长5.8%",
                        "base_value": 0.058,
                        "base_unit": "",
                        "cumulative": True,
                        "period": "上半年",
                        "adjusted": None,
                    }
                ],
            ),
            ParsedTask(
                ref="2",
                seq=1,
                part=None,
                section=["重点工作", "扩大有效投资"],
                category=None,
                kind="task",
                text="新建社区健身点30个。",
                lead_units=["区体育局"],
                progress=gym_progress,
                label="滞后",
            ),
            ParsedTask(
                ref="3",
                seq=9,
                part=None,
                section=["重点工作", "其他"],
                category=None,
                kind="task",
                text="推进老旧小区改造，完成加装电梯100部。",
                lead_units=["区住房城乡建委"],
                progress="已加装电梯40部。",
            ),
        ],
    )


def counts() -> dict[str, int]:
    models = (Plan, Section, Task, TaskUnit, Unit, UnitAlias, Leader, Target, Period, Progress, Actual)
    return {model.__name__: model.objects.count() for model in models}


def stored_json(plan_code: str) -> dict:
    out = io.StringIO()
    assert commands.tasks_command(plan=plan_code, unit=None, section=None, as_json=True, out=out) == 0
    return json.loads(out.getvalue())


# Plans ------------------------------------------------------------------------------------------


def test_import_then_tasks_round_trips_every_field():
    document = plan_document()
    report = import_document(document=document, sha256="a" * 64)
    stored = stored_json(report.plan_code)
    expected = document.to_json()
    del expected["warnings"]
    for key, value in expected.items():
        if key != "tasks":
            assert stored[key] == value, key
    # 区发改委 is the standard short form of 区发展改革委: stored under the one unit.
    expected["tasks"][2]["lead_units"] = ["区体育局", "区发展改革委"]
    assert stored["tasks"] == expected["tasks"]


def test_plan_import_reports_counts_per_section():
    report = import_document(document=plan_document())
    assert report.plan_created
    assert report.sections == [
        ("主要预期目标", 2),
        ("重点工作 / 扩大有效投资", 2),
        ("重点工作 / 保障改善民生", 1),
    ]
    assert report.tasks_created == 5
    assert report.warnings == ["第12行：牵头单位一栏为空"]


def test_sections_form_a_tree():
    import_document(document=plan_document())
    child = Section.objects.get(key="重点工作 / 扩大有效投资")
    assert child.parent is not None
    assert child.parent.name == "重点工作"
    assert child.path == ["重点工作", "扩大有效投资"]


def test_plan_code_names_year_and_issuer_and_finds_the_plan():
    report = import_document(document=plan_document())
    assert report.plan_code == "2025-涪陵区"
    assert find_plan(report.plan_code).title == "2025年区政府工作报告目标任务分解方案"


def test_reimporting_the_same_plan_creates_no_duplicates():
    import_document(document=plan_document(), sha256="a" * 64)
    before = counts()
    report = import_document(document=plan_document(), sha256="a" * 64)
    assert counts() == before
    assert (report.plan_created, report.tasks_created, report.tasks_updated) == (False, 0, 0)
    assert report.tasks_unchanged == 5
    assert report.units_created == []


def test_reimporting_unchanged_tasks_writes_no_history():
    import_document(document=plan_document())
    history_rows = Task.history.count()
    import_document(document=plan_document())
    assert Task.history.count() == history_rows


def test_reimporting_a_revised_plan_updates_in_place_and_records_history():
    import_document(document=plan_document())
    task = Task.objects.get(ref="主要预期目标-1")
    report = import_document(document=plan_document(gdp_text="地区生产总值增长6.5%以上。"))
    assert report.tasks_updated == 1
    task.refresh_from_db()
    assert task.text == "地区生产总值增长6.5%以上。"
    assert [h.text for h in task.history.order_by("history_date")] == [
        "地区生产总值增长6%以上。",
        "地区生产总值增长6.5%以上。",
    ]
    assert Target.objects.get(task=task).value == 6.0
    assert Task.objects.count() == 5


def test_a_failure_in_the_middle_of_an_import_stores_nothing(monkeypatch):
    calls = {"n": 0}
    real = imports._store_targets

    def failing(*args):
        calls["n"] += 1
        if calls["n"] == 3:
            raise DatabaseError("injected failure")
        return real(*args)

    monkeypatch.setattr(imports, "_store_targets", failing)
    with pytest.raises(DubanError, match="未保存任何内容"):
        import_document(document=plan_document())
    assert calls["n"] == 3
    assert set(counts().values()) == {0}
    assert ImportedDocument.objects.count() == 0


def test_a_failed_reimport_leaves_the_stored_plan_as_it_was(monkeypatch):
    import_document(document=plan_document())
    before = counts()
    monkeypatch.setattr(imports, "_store_leaders", lambda *args: (_ for _ in ()).throw(DatabaseError("x")))
    with pytest.raises(DubanError):
        import_document(document=plan_document(gdp_text="地区生产总值增长7%。"))
    assert counts() == before
    assert Task.objects.get(ref="主要预期目标-1").text == "地区生产总值增长6%以上。"


def test_a_document_without_tasks_is_refused():
    empty = ParsedDocument(source="empty.txt", kind="plan", title=None, issuer=None, date=None, year=None)
    with pytest.raises(DubanError, match=r"empty\.txt"):
        import_document(document=empty)


def test_repeated_refs_are_kept_apart_with_a_warning():
    document = plan_document()
    document.tasks[1].ref = document.tasks[0].ref
    report = import_document(document=document)
    assert Task.objects.count() == 5
    assert any("重复" in warning for warning in report.warnings)


# Units ------------------------------------------------------------------------------------------


def test_unknown_units_are_created_unconfirmed_and_listed():
    report = import_document(document=plan_document())
    created = [unit.name for unit in report.units_created]
    assert "区发展改革委" in created
    assert "区发改委" not in created
    assert len(created) == len(set(created)) == Unit.objects.count()
    assert not Unit.objects.filter(confirmed=True).exists()


def test_standard_short_name_resolves_to_the_full_name_and_is_kept_as_alias():
    import_document(document=plan_document())
    alias = UnitAlias.objects.get(alias="区发改委")
    assert alias.unit.name == "区发展改革委"
    task = Task.objects.get(ref="重点工作-1")
    assert [link.unit.name for link in task.task_units.order_by("order")] == [
        "区体育局",
        "区发展改革委",
        "各镇街",
    ]


def test_an_alias_the_office_added_resolves_on_the_next_import():
    import_document(document=plan_document())
    add_unit_alias(unit=Unit.objects.get(name="区发展改革委"), alias="发展改革局")
    document = plan_document()
    document.tasks[3].lead_units = ["发展改革局"]
    report = import_document(document=document)
    assert report.units_created == []
    task = Task.objects.get(ref="重点工作-2")
    assert [u.name for u in task.units.filter(task_units__role="lead")] == ["区发展改革委"]


def test_a_near_name_is_created_with_a_suggestion():
    import_document(document=plan_document())
    document = plan_document()
    document.tasks[4].lead_units = ["区人力社保局（区就业局）"]
    report = import_document(document=document)
    assert [(u.name, u.suggestions) for u in report.units_created] == [
        ("区人力社保局（区就业局）", ("区人力社保局",))
    ]


def test_units_of_different_issuers_are_kept_apart():
    import_document(document=plan_document())
    other = plan_document()
    other.issuer = "重庆市万盛经济技术开发区管理委员会"
    import_document(document=other)
    assert Unit.objects.filter(name="区发展改革委").count() == 2


# Progress ---------------------------------------------------------------------------------------


def test_progress_rows_attach_to_the_plan_of_the_same_issuer_and_year():
    plan = import_document(document=plan_document())
    report = import_document(document=progress_document(), period="1-6月")
    assert report.plan_code == plan.plan_code
    assert not report.plan_created
    gdp = Progress.objects.get(task__ref="主要预期目标-1")
    assert gdp.text == "上半年地区生产总值同比增长5.8%。"
    assert gdp.status == ProgressStatus.SUBMITTED
    assert gdp.actuals.get().value == 5.8


def test_progress_rows_match_by_section_and_number_or_by_text():
    import_document(document=plan_document())
    import_document(document=progress_document(), period="1-6月")
    # Row 2 has a section and number of its own plan task (重点工作 / 扩大有效投资, 1): matched by number.
    assert Progress.objects.get(task__ref="重点工作-1").text == "1-6月建成2个，完成6.7%。"
    # Row 1's section differs from the plan's, its text (without the final 。) matches.
    assert Progress.objects.filter(task__ref="主要预期目标-1").exists()


def test_unmatched_progress_rows_are_reported_not_stored():
    import_document(document=plan_document())
    report = import_document(document=progress_document(), period="1-6月")
    assert Progress.objects.count() == 2
    assert len(report.warnings) == 1
    assert "加装电梯" in report.warnings[0]
    assert "第9项" in report.warnings[0]


def test_progress_keeps_the_documents_own_label():
    import_document(document=plan_document())
    import_document(document=progress_document(), period="1-6月")
    assert Progress.objects.get(task__ref="重点工作-1").label == "滞后"
    record = plan_record(plan=Plan.objects.get(), tasks=plan_tasks(plan=Plan.objects.get()))
    assert record["tasks"][2]["label"] == "滞后"
    assert record["tasks"][2]["progress"] == "1-6月建成2个，完成6.7%。"


def test_the_period_is_created_with_dates_from_its_label():
    import_document(document=plan_document())
    import_document(document=progress_document(), period="1-6月")
    period = Period.objects.get()
    assert (str(period.start), str(period.end), period.year) == ("2025-01-01", "2025-06-30", 2025)


def test_the_period_comes_from_the_title_when_not_given():
    import_document(document=plan_document())
    report = import_document(document=progress_document())
    assert report.period_label == "1-6月"


def test_a_progress_document_without_a_period_is_refused():
    document = progress_document()
    document.title = "目标任务推进情况汇总表"
    with pytest.raises(DubanError, match="--period"):
        import_document(document=document)
    assert Plan.objects.count() == 0


def test_reimporting_progress_is_idempotent():
    import_document(document=plan_document())
    import_document(document=progress_document(), period="1-6月")
    before = counts()
    history_rows = Progress.history.count()
    report = import_document(document=progress_document(), period="1-6月")
    assert counts() == before
    assert Progress.history.count() == history_rows
    assert (report.progress_created, report.progress_updated, report.progress_unchanged) == (0, 0, 2)


def test_revised_progress_bumps_its_version_and_keeps_history():
    import_document(document=plan_document())
    import_document(document=progress_document(), period="1-6月")
    import_document(document=progress_document(gym_progress="1-6月建成3个。"), period="1-6月")
    progress = Progress.objects.get(task__ref="重点工作-1")
    assert progress.version == 2
    assert [h.text for h in progress.history.order_by("history_date")] == [
        "1-6月建成2个，完成6.7%。",
        "1-6月建成3个。",
    ]


def test_a_progress_document_without_a_plan_becomes_its_own_plan():
    report = import_document(document=progress_document(), period="1-6月")
    assert report.plan_created
    assert report.tasks_created == 3
    assert Progress.objects.count() == 3
    assert Plan.objects.get().kind == "progress"
    again = import_document(document=progress_document(), period="1-6月")
    assert (again.plan_code, again.plan_created, again.warnings) == (report.plan_code, False, [])
    assert Task.objects.count() == 3


def test_progress_for_an_unknown_plan_code_is_refused():
    with pytest.raises(DubanError, match="找不到方案"):
        import_document(document=progress_document(), plan="2024-none", period="1-6月")


# Commands ---------------------------------------------------------------------------------------


def test_import_command_prints_what_it_read_in_chinese(monkeypatch, tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("2025年区政府工作报告目标任务分解方案", encoding="utf-8")
    monkeypatch.setattr("duban.ingest.parse_document", lambda path, as_of=None: plan_document())
    out, err = io.StringIO(), io.StringIO()
    assert commands.import_command(source, plan=None, period=None, out=out, err=err) == 0
    assert out.getvalue() == "2025-涪陵区\n"
    text = err.getvalue()
    assert "方案编号 2025-涪陵区" in text
    assert "重点工作 / 扩大有效投资：2 条" in text
    assert "新建单位 8 个" in text
    assert "第12行：牵头单位一栏为空" in text
    assert ImportedDocument.objects.get().sha256 != ""


@pytest.fixture
def plan_file(monkeypatch, tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("2025年区政府工作报告目标任务分解方案", encoding="utf-8")
    monkeypatch.setattr("duban.ingest.parse_document", lambda path, as_of=None: plan_document())
    return source


def test_duban_import_prints_the_plan_id_on_stdout_and_reports_on_stderr(plan_file, capsys):
    from duban.cli import main

    assert main(["import", str(plan_file)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "2025-涪陵区\n"  # for a script: plan=$(duban import plan.txt)
    assert "方案编号 2025-涪陵区" in captured.err


def test_duban_import_json_tells_the_plan_id_and_what_was_stored(plan_file, capsys):
    from duban.cli import main

    assert main(["import", str(plan_file), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["plan"] == "2025-涪陵区"
    assert record["plan_created"] is True
    assert record["tasks"] == {"created": 5, "updated": 0, "unchanged": 0, "removed": 0}
    assert len(record["units_created"]) == 8
    assert any("牵头单位一栏为空" in warning for warning in record["warnings"])
    assert main(["import", str(plan_file), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["plan"], again["plan_created"], again["tasks"]["unchanged"]) == ("2025-涪陵区", False, 5)


def test_importing_a_plan_under_an_unknown_plan_id_is_refused_naming_the_stored_ones(plan_file, capsys):
    from duban.cli import main

    assert main(["import", str(plan_file)]) == 0
    assert main(["import", str(plan_file), "--plan", "nonexist"]) == 2
    assert "找不到方案「nonexist」。已有方案：2025-涪陵区" in capsys.readouterr().err
    assert list(Plan.objects.values_list("code", flat=True)) == ["2025-涪陵区"]


def test_importing_a_plan_again_under_its_id_updates_it_in_place(plan_file):
    first = io.StringIO()
    commands.import_command(plan_file, plan=None, period=None, out=io.StringIO(), err=first)
    again = io.StringIO()
    commands.import_command(plan_file, plan="2025-涪陵区", period=None, out=io.StringIO(), err=again)
    assert Plan.objects.count() == 1
    assert Task.objects.count() == 5
    assert "任务新增 0 条，更新 0 条，未变 5 条" in again.getvalue()


def test_tasks_json_on_an_empty_database_is_an_empty_list_of_tasks(capsys):
    from duban.cli import main

    assert main(["tasks", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["tasks"] == []
    assert "请先运行 duban import" in captured.err


def test_tasks_table_filters_by_unit_through_its_short_name():
    report = import_document(document=plan_document())
    out = io.StringIO()
    commands.tasks_command(plan=report.plan_code, unit="区发改委", section=None, as_json=False, out=out)
    lines = out.getvalue().splitlines()
    assert lines[0].endswith("共 3 条任务")
    assert lines[1].split("\t")[:4] == ["编号", "序号", "分类", "目标任务"]
    assert [line.split("\t")[0] for line in lines[2:]] == ["主要预期目标-1", "重点工作-1", "重点工作-2"]


def test_the_category_column_names_each_heading_once():
    report = import_document(document=plan_document())
    out = io.StringIO()
    commands.tasks_command(plan=report.plan_code, unit="区发改委", section=None, as_json=False, out=out)
    categories = [line.split("\t")[2] for line in out.getvalue().splitlines()[2:]]
    # the part is the first section in both: 主要预期目标 / 主要预期目标 was the column before
    assert categories[:2] == ["主要预期目标", "重点工作 / 扩大有效投资 / 一、稳增长"]


def test_tasks_for_a_unit_the_plan_does_not_know_says_so_instead_of_listing_nothing(capsys):
    from duban.cli import main

    report = import_document(document=plan_document())
    assert main(["tasks", "--plan", report.plan_code, "--unit", "区不存在局"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"方案 {report.plan_code} 中没有单位「区不存在局」" in captured.err
    assert "区发展改革委" in captured.err


def test_tasks_for_a_known_unit_without_tasks_is_an_empty_table():
    report = import_document(document=plan_document())
    resolve_unit(issuer=find_plan(report.plan_code).issuer, name="区档案馆")
    out = io.StringIO()
    commands.tasks_command(plan=report.plan_code, unit="区档案馆", section=None, as_json=False, out=out)
    assert out.getvalue().splitlines()[0].endswith("共 0 条任务")


def test_tasks_under_a_section_the_plan_does_not_have_names_the_sections(capsys):
    from duban.cli import main

    report = import_document(document=plan_document())
    assert main(["tasks", "--plan", report.plan_code, "--section", "不存在的分类", "--json"]) == 2
    err = capsys.readouterr().err
    assert "没有分类包含「不存在的分类」" in err and "主要预期目标" in err


def test_tasks_filter_by_section():
    report = import_document(document=plan_document())
    stored = plan_record(
        plan=find_plan(report.plan_code), tasks=plan_tasks(plan=find_plan(report.plan_code), section="民生")
    )
    assert [task["text"] for task in stored["tasks"]] == ["城镇新增就业2.5万人。"]


def test_tasks_needs_a_plan_when_several_are_stored():
    import_document(document=plan_document())
    import_document(document=progress_document(), period="1-6月", plan=None)
    other = plan_document()
    other.year = 2024
    import_document(document=other)
    with pytest.raises(DubanError, match="--plan"):
        commands.tasks_command(plan=None, unit=None, section=None, as_json=True, out=io.StringIO())


def test_a_plan_document_with_a_period_stores_its_tasks_and_their_progress():
    document = plan_document()
    document.tasks[3].progress = "1-6月完成投资120亿元。"
    report = import_document(document=document, period="1-6月")
    assert report.tasks_created == 5
    assert report.progress_created == 1
    assert Progress.objects.get().task.ref == "重点工作-2"


def test_tasks_on_a_fresh_machine_creates_and_migrates_the_sqlite_database(tmp_path):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DUBAN_", "DJANGO_"))}
    env["DUBAN_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "duban", "tasks"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "请先运行 duban import" in result.stderr
    with sqlite3.connect(tmp_path / "duban.sqlite3") as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
    assert {"duban_task", "duban_historicaltask", "duban_unitalias"} <= tables


def test_a_progress_document_of_another_district_gets_a_plan_of_its_own():
    import_document(document=plan_document())
    other = progress_document()
    other.issuer = "重庆市铜梁区人民政府办公室"
    report = import_document(document=other, period="1-6月")
    assert report.plan_created
    assert report.plan_code == "2025-铜梁区"
    assert Plan.objects.count() == 2


def test_a_progress_document_without_a_place_in_its_issuer_is_not_attached_by_guess():
    import_document(document=plan_document())
    other = progress_document()
    other.issuer = "政府办"
    report = import_document(document=other, period="1-6月")
    assert report.plan_created


def test_few_matching_rows_warn_that_the_plan_may_be_wrong():
    import_document(document=plan_document())
    document = progress_document()
    document.tasks[0].text = "第一产业增加值增长5%。"
    document.tasks[1].section = ["重点工作", "别的"]
    document.tasks[1].text = "新建城市书房12个。"
    report = import_document(document=document, period="1-6月")
    assert report.warnings[0].startswith("只有 0/3 行对应到方案")
