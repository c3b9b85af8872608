"""`duban report` on the database: what it reads, in which precedence, and the files it writes."""

import io
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import docx
import openpyxl
import pytest
from django.utils import timezone

from duban.errors import DubanError
from duban.ingest.records import ParsedDocument, ParsedTask
from duban.reports.data import label_groups, status_counts
from duban.web import commands
from duban.web.commands import report_command
from duban.web.models import Judgement, Period, Progress, Task, Unit
from duban.web.selectors.reports import figure_phrases, load_report_data
from duban.web.services.imports import import_document

pytestmark = [pytest.mark.db, pytest.mark.django_db]

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _task(ref: str, seq: int, text: str, unit: str, *, progress=None, label=None, kind="task") -> ParsedTask:
    section = ["主要预期目标"] if kind == "indicator" else ["重点工作", "扩大有效投资"]
    return ParsedTask(
        ref=ref,
        seq=seq,
        part=section[0],
        section=section,
        category=None,
        kind=kind,
        text=text,
        lead_leaders=["冯星贵"],
        lead_units=[unit],
        co_units=["各镇街"],
        progress=progress,
        label=label,
    )


def _import_plan() -> str:
    document = ParsedDocument(
        source="tests/plan_2025.txt",
        kind="plan",
        title="2025年区政府工作报告目标任务分解方案",
        issuer="重庆市某某区人民政府",
        date="2025-02-10",
        year=2025,
        tasks=[
            _task(
                "目标-1",
                1,
                "地区生产总值增长6%以上。",
                "区发展改革委",
                progress="1-6月，地区生产总值增长4.1%。",
                label="不达预期",
                kind="indicator",
            ),
            _task(
                "工作-1",
                1,
                "新建社区健身点30个。",
                "区体育局",
                progress="1-6月，建成社区健身点2个。",
                label="滞后",
            ),
            _task(
                "工作-2",
                2,
                "完成固定资产投资230亿元。",
                "区财政局",
                progress="1-6月完成投资150亿元。",
                label="正常推进",
            ),
            _task("工作-3", 3, "新建2个标准化派出所。", "区公安分局"),
        ],
    )
    return import_document(document=document, period="1-6月").plan_code


def test_office_labels_decide_statuses_and_unreported_tasks_name_their_unit():
    plan = _import_plan()
    data = load_report_data(plan=plan, period="1-6月")
    assert [(t.ref, t.status) for t in data.tasks] == [
        ("目标-1", "lagging"),
        ("工作-1", "lagging"),
        ("工作-2", "on_track"),
        ("工作-3", "unreported"),
    ]
    assert data.indicators[0].display_label == "不达预期"
    assert data.missing_units == ("区公安分局",)
    assert data.tasks[1].lead_leaders == ("冯星贵",) and data.tasks[1].co_units == ("各镇街",)


def test_persons_override_beats_the_office_label():
    plan = _import_plan()
    period = Period.objects.get(plan__code=plan, label="1-6月")
    task = Task.objects.get(plan__code=plan, ref="工作-1")
    # The import judged the task and kept the office's 滞后 beside it; a person then overrides both.
    Judgement.objects.filter(task=task, period=period, unit=None).update(
        override_status="on_track", override_reason="经实地核查进度正常。"
    )
    reported = next(t for t in load_report_data(plan=plan, period="1-6月").tasks if t.ref == "工作-1")
    assert (reported.status, reported.overridden, reported.reason) == (
        "on_track",
        True,
        "经实地核查进度正常。",
    )


def test_unit_reporting_after_the_deadline_is_listed_as_late():
    plan = _import_plan()
    period = Period.objects.get(plan__code=plan, label="1-6月")
    period.deadline = timezone.now() - timedelta(days=1)
    period.save()
    task = Task.objects.get(plan__code=plan, ref="工作-3")
    Progress.objects.create(
        task=task,
        period=period,
        unit=Unit.objects.get(name="区公安分局"),
        text="正在办理前期手续。",
        status="submitted",
        submitted_at=timezone.now(),
    )
    data = load_report_data(plan=plan, period="1-6月")
    assert data.late_units == ("区公安分局",)
    assert data.missing_units == ()


def test_report_command_writes_the_bulletin_and_the_summary(tmp_path):
    plan = _import_plan()
    out = io.StringIO()
    assert report_command("bulletin", period="1-6月", plan=plan, output=tmp_path / "b.docx", out=out) == 0
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "b.docx")).paragraphs)
    assert (
        "3项重点工作任务中，1项任务正常推进（详见附件3），1项任务推进较为滞后（详见附件2），"
        "1项任务未报送推进情况（详见附件4）。"
    ) in text
    assert "已生成督查通报" in out.getvalue()
    assert report_command("summary", period="1-6月", plan=plan, output=tmp_path / "s.xlsx", out=out) == 0
    assert openpyxl.load_workbook(tmp_path / "s.xlsx")["汇总表"]["A1"].value.endswith("推进情况汇总表")


def test_output_suffix_must_match_the_document(tmp_path):
    with pytest.raises(DubanError, match=r"\.xlsx"):
        report_command("summary", period="1-6月", plan=None, output=tmp_path / "s.docx", out=io.StringIO())


def test_unknown_period_names_the_known_ones():
    plan = _import_plan()
    with pytest.raises(DubanError, match="1-6月"):
        load_report_data(plan=plan, period="1-9月")


def test_corpus_001_reproduces_the_real_bulletins_counts_and_lagging_tasks(tmp_path):
    commands.import_command(CORPUS / "001_709c606c80aee2ec.txt", plan=None, period=None, out=io.StringIO())
    data = load_report_data(plan=None, period="1-6月")
    assert {g.label: g.count for g in label_groups(data.indicators)} == {
        "符合预期": 2,
        "不达预期": 6,
        "符合时间节点要求": 2,
    }
    assert status_counts(data.key_tasks) == [("on_track", 124), ("lagging", 7)]
    lagging = [t.text for t in data.lagging_tasks]
    assert lagging[0] == "实现数字经济增加值增长7%"
    assert lagging[-1] == "新建2个标准化派出所,深入开展全民反诈"
    assert len(lagging) == 7


def test_corpus_001_bulletin_reads_like_the_real_one(tmp_path):
    commands.import_command(CORPUS / "001_709c606c80aee2ec.txt", plan=None, period=None, out=io.StringIO())
    data = load_report_data(plan=None, period="1-6月")
    assert data.title == "重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告"
    report_command("bulletin", period="1-6月", plan=None, output=tmp_path / "b.docx", out=io.StringIO())
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "b.docx")).paragraphs]
    text = "\n".join(paragraphs)
    # The real bulletin quotes each indicator by its figure, not by whole sentences of the progress.
    assert "6项指标不达预期，分别是：地区生产总值增长4.4%、工业增加值增长3.5%、" in text
    # Lagging tasks: the target judged, then the figures (the real one: "7.新建2个标准化派出所。…").
    item = next(p for p in paragraphs if p.startswith("7."))
    assert item.startswith("7.新建2个标准化派出所。") and item.endswith("（责任单位：区公安分局）")
    signer = paragraphs.index("重庆市沙坪坝区人民政府督查办")
    assert paragraphs[signer + 1] == "2022年7月26日"


def test_tasks_rebuilt_from_a_report_fall_under_part_names_not_attachment_titles():
    commands.import_command(CORPUS / "001_709c606c80aee2ec.txt", plan=None, period=None, out=io.StringIO())
    data = load_report_data(plan=None, period="1-6月")
    assert {t.section for t in data.indicators} == {("经济社会发展预期目标",)}
    assert data.key_tasks[0].heading_path == ("重点工作任务", "大力发展数字经济")


def test_tasks_rebuilt_from_a_report_are_numbered_once_across_attachments():
    commands.import_command(CORPUS / "001_709c606c80aee2ec.txt", plan=None, period=None, out=io.StringIO())
    data = load_report_data(plan=None, period="1-6月")
    assert sorted(t.seq for t in data.key_tasks) == list(range(1, 132))
    assert sorted(t.seq for t in data.indicators) == list(range(1, 11))


def test_figure_phrases_quote_from_the_subject_to_the_figure():
    text = "1-6月,一般公共预算收入增长-19%(扣除留抵退税因素后增长-15.6%,主城区第5名)。"
    actuals = [
        SimpleNamespace(kind="growth_rate", span_start=15, span_end=19),
        SimpleNamespace(kind="growth_rate", span_start=31, span_end=37),
        SimpleNamespace(kind="rank", span_start=41, span_end=44),
    ]
    assert figure_phrases(text, actuals) == ["一般公共预算收入增长-19%"]


def test_figure_phrases_drop_the_sub_item_label():
    text = "整车口岸:1-6月,铁路口岸完成整车进口1589辆。"
    actuals = [SimpleNamespace(kind="amount", span_start=20, span_end=25)]
    assert figure_phrases(text, actuals) == ["铁路口岸完成整车进口1589辆"]


def test_problems_and_next_steps_of_a_report_reach_the_summary_and_the_task_page(tmp_path, client):
    from django.contrib.auth.models import Group, User

    task = _task("工作-1", 1, "新建社区健身点30个。", "区体育局", progress="1-6月，建成社区健身点12个。")
    task.problems = "部分点位用地未落实。"
    task.next_steps = "7月底前完成选址。"
    document = ParsedDocument(
        source="tests/progress_2025.txt",
        kind="progress",
        title="2025年区政府工作报告目标任务1-6月推进情况汇总表",
        issuer="重庆市某某区人民政府",
        date="2025-07-10",
        year=2025,
        tasks=[task],
    )
    plan = import_document(document=document, period="1-6月").plan_code
    report_command("summary", period="1-6月", plan=plan, output=tmp_path / "s.xlsx", out=io.StringIO())
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")["汇总表"]
    headings = [cell.value for cell in sheet[3]]
    assert headings[4:7] == ["推进情况", "存在问题", "下步打算"]
    row = next(r for r in sheet.iter_rows(min_row=4, values_only=True) if r[1] == "新建社区健身点30个。")
    assert row[5:7] == ("部分点位用地未落实。", "7月底前完成选址。")
    user = User.objects.create_user("clerk")
    user.groups.add(Group.objects.get_or_create(name="office")[0])
    client.force_login(user)
    page = client.get(f"/tasks/{Task.objects.get().pk}/").content.decode()
    assert "存在问题：</b>部分点位用地未落实。" in page and "下步打算：</b>7月底前完成选址。" in page


def test_a_summary_without_problems_or_next_steps_keeps_its_seven_columns(tmp_path):
    plan = _import_plan()
    report_command("summary", period="1-6月", plan=plan, output=tmp_path / "s.xlsx", out=io.StringIO())
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")["汇总表"]
    assert [cell.value for cell in sheet[3]] == [
        "序号",
        "目标任务",
        "牵头领导",
        "责任单位",
        "推进情况",
        "研判",
        "说明",
    ]
