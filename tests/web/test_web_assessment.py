"""The assessment on the database: the record read through the one status rule, the pages, adjustments with
their history, the scheme, the downloads, the API and `duban assess`."""

import io
import json
from datetime import UTC, date, datetime

import docx
import openpyxl
import pytest
from django.contrib.auth.models import Group, User

from duban import cli
from duban.accounts.models import ApiToken
from duban.core.assessment import FREE_ITEM
from duban.ingest.records import ParsedDocument, ParsedTask
from duban.web import permissions
from duban.web.models import (
    AssessmentAdjustment,
    AssessmentScheme,
    Judgement,
    Leader,
    Period,
    Plan,
    Task,
    Unit,
)
from duban.web.selectors.assessment import OUT_OF_REACH, assess_plan, assessment_for, plan_record
from duban.web.services import assessment as services
from duban.web.services.imports import import_document
from duban.web.services.judgements import clear_override, override_judgement
from duban.web.services.periods import create_period, move_period
from duban.web.services.progress import save_progress

pytestmark = [pytest.mark.db, pytest.mark.django_db]

ISSUER = "某某区人民政府"
A, B, C = "区发展改革委", "区财政局", "区住房城乡建设局"


def _task(seq, text, lead, co, leader):
    return ParsedTask(
        ref=str(seq),
        seq=seq,
        part=None,
        section=["重点工作"],
        category=None,
        kind="task",
        text=text,
        lead_leaders=[leader],
        lead_units=[lead],
        co_units=co,
    )


@pytest.fixture
def year():
    """Three units, three tasks, two periods: unit B misses 1-6月, unit C reports it late, the office
    overrides C's year-end report after inspection."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ("office", "leader", "reporter")}
    clerk = User.objects.create_user("clerk", password="x")
    clerk.groups.add(groups["office"])
    boss = User.objects.create_user("boss", password="x")
    boss.groups.add(groups["leader"])
    reporter = User.objects.create_user("rep", password="x")
    reporter.groups.add(groups["reporter"])
    document = ParsedDocument(
        source="tests/assessment.txt",
        kind="plan",
        title="2025年区政府工作报告目标任务分解方案",
        issuer=ISSUER,
        date=None,
        year=2025,
        tasks=[
            _task(1, "新建口袋公园10个。", A, [B], "王一"),
            _task(2, "新增城镇就业岗位1000个。", B, [], "李二"),
            _task(3, "改造老旧小区50个。", C, [A], "王一"),
        ],
    )
    plan = Plan.objects.get(code=import_document(document=document).plan_code)
    Leader.objects.filter(name="李二").update(user=boss)
    office = permissions.actor_for(clerk)
    half = create_period(
        actor=office, plan=plan, label="1-6月", start=date(2025, 1, 1), end=date(2025, 6, 30),
        deadline=datetime(2025, 7, 10, 9, tzinfo=UTC),
    )  # fmt: skip
    end = create_period(
        actor=office, plan=plan, label="1-12月", start=date(2025, 1, 1), end=date(2025, 12, 31),
        deadline=datetime(2026, 1, 10, 9, tzinfo=UTC),
    )  # fmt: skip
    tasks = {t.ref: t for t in plan.tasks.all()}
    units = {u.name: u for u in Unit.objects.filter(issuer=ISSUER)}

    def report(ref, period, unit, text, day):
        at = period.deadline.replace(day=day)
        save_progress(actor=office, task=tasks[ref], period=period, unit=units[unit], text=text,
                      base_version=0, submit=True, submitted_at=at)  # fmt: skip

    report("1", half, A, "1-6月建成口袋公园5个。", 8)
    report("3", half, C, "1-6月改造老旧小区25个。", 12)  # two days late
    report("1", end, A, "1-12月建成口袋公园10个，全面完成。", 8)
    report("2", end, B, "1-12月新增城镇就业岗位400个。", 8)
    report("3", end, C, "1-12月改造老旧小区50个，全面完成。", 8)
    for period in (half, end):
        move_period(actor=office, period=period, move="close")
    inspected = Judgement.objects.get(task=tasks["3"], period=end, unit=None)
    override_judgement(
        actor=office, judgement=inspected, status="lagging", reason="实地核查有10个小区未完工。"
    )
    return {
        "plan": plan,
        "half": half,
        "end": end,
        "tasks": tasks,
        "units": units,
        "office": office,
        "clerk": clerk,
        "boss": boss,
        "reporter": reporter,
        "inspected": inspected,
    }


def _scores(plan, **options):
    return {u.unit: u for u in assess_plan(plan, **options).units}


def test_the_record_is_read_through_the_one_status_rule(year):
    statuses = {
        s.task_id: s.status for s in plan_record(year["plan"]).statuses if s.period_id == year["end"].pk
    }
    # The override of task 3, the automatic judgements of the others: choose_status, read in SQL.
    assert statuses == {
        year["tasks"]["1"].pk: "completed",
        year["tasks"]["2"].pk: "lagging",
        year["tasks"]["3"].pk: "lagging",
    }
    assert Judgement.objects.get(pk=year["inspected"].pk).status == "completed"


def test_scores_follow_the_default_scheme_item_by_item(year):
    scores = _scores(year["plan"])
    # A: task 1 completed as lead +2; task 3 (overridden to lagging) overdue as co −2.5.
    assert scores[A].items == {"completed": 2.0, "overdue": -2.5} and scores[A].total == 99.5
    # B: task 1 completed as co +1; task 2 lagging at year end −5; 1-6月 not reported −0.5.
    assert scores[B].items == {"completed": 1.0, "overdue": -5.0, "missing": -0.5} and scores[B].total == 95.5
    # C: task 3 overdue −5; override worse than its report −3; late in 1-6月 −0.1.
    assert scores[C].items == {"overdue": -5.0, "mismatch": -3.0, "late": -0.1} and scores[C].total == 91.9
    assert [u.unit for u in assess_plan(year["plan"]).units] == [A, B, C]


def test_recomputing_is_idempotent_and_follows_a_changed_override(year):
    first = assess_plan(year["plan"])
    assert assess_plan(year["plan"]) == first
    clear_override(actor=year["office"], judgement=year["inspected"])
    cleared = _scores(year["plan"])
    assert cleared[C].items == {"completed": 2.0, "late": -0.1} and cleared[A].items == {"completed": 3.0}


def test_assessing_through_mid_year(year):
    scores = _scores(year["plan"], through=year["half"])
    assert scores[B].items == {"missing": -0.5}
    assert "completed" not in scores[A].items


def test_reading_the_record_takes_the_same_queries_whatever_its_size(year, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assess_plan(year["plan"])


def test_an_adjustment_needs_a_reason_and_keeps_its_history(year, client):
    client.force_login(year["clerk"])
    url = f"/assessment/{year['plan'].pk}/units/{year['units'][B].pk}/adjustments/"
    response = client.post(url, {"points": "1.5", "reason": " "}, follow=True)
    assert "调整分值必须注明理由" in response.content.decode()
    assert not AssessmentAdjustment.objects.exists()
    client.post(url, {"points": "1.5", "reason": "争取到省级专项资金"})
    assert _scores(year["plan"])[B].items[FREE_ITEM] == 1.5
    adjustment = AssessmentAdjustment.objects.get()
    client.post(f"/assessment/adjustments/{adjustment.pk}/withdraw/", {"reason": "重复录入"})
    assert FREE_ITEM not in _scores(year["plan"])[B].items
    page = client.get(f"/assessment/{year['plan'].pk}/units/{year['units'][B].pk}/").content.decode()
    assert (
        "已撤销（重复录入）" in page and "撤销：+1.5分：争取到省级专项资金" in page and "录入：+1.5分" in page
    )
    assert adjustment.history.count() == 2


def test_a_manual_item_keeps_its_sign(year):
    with pytest.raises(Exception, match="只能扣分"):
        services.add_adjustment(
            actor=year["office"],
            plan=year["plan"],
            unit=year["units"][C],
            points=2,
            reason="x",
            item="red_card",
        )
    services.add_adjustment(
        actor=year["office"], plan=year["plan"], unit=year["units"][C], points=-2, reason="红牌", item="red_card",
        period=year["end"],
    )  # fmt: skip
    assert _scores(year["plan"])[C].items["red_card"] == -2.0


def test_the_ranking_page_shows_every_unit_with_its_total(year, client):
    client.force_login(year["clerk"])
    page = client.get(f"/assessment/?plan={year['plan'].pk}").content.decode()
    for name, total in ((A, "99.5"), (B, "95.5"), (C, "91.9")):
        assert f'data-unit="{name}"' in page and f"<b>{total}</b>" in page
    assert "年度最终得分" in page and "不以登录、使用次数等计分" in page
    assert "考核表" in page and "考核情况通报" in page


def test_the_breakdown_links_each_point_to_its_task_and_period(year, client):
    client.force_login(year["clerk"])
    page = client.get(f"/assessment/{year['plan'].pk}/units/{year['units'][C].pk}/").content.decode()
    task = year["tasks"]["3"]
    assert f'href="/tasks/{task.pk}/?period={year["end"].pk}"' in page
    assert f'href="/tasks/{task.pk}/?period={year["half"].pk}"' in page
    assert "实地核查有10个小区未完工" in page and "晚于截止时间" in page


def test_a_leader_sees_the_units_of_its_tasks_and_no_other_task_named(year, client):
    leader = permissions.actor_for(year["boss"])
    seen = assessment_for(leader, year["plan"])
    assert [u.unit for u in seen.units] == [B]
    assert seen.units[0].rank == 2  # ranked among all units
    co_entry = next(e for e in seen.units[0].entries if e.item == "completed")
    assert co_entry.task_id is None and co_entry.evidence == OUT_OF_REACH and co_entry.points == 1.0
    client.force_login(year["boss"])
    page = client.get(f"/assessment/?plan={year['plan'].pk}").content.decode()
    assert f'data-unit="{B}"' in page and f'data-unit="{A}"' not in page
    assert client.get(f"/assessment/{year['plan'].pk}/units/{year['units'][A].pk}/").status_code == 404
    assert client.get(f"/assessment/{year['plan'].pk}/scheme/").status_code == 403


def test_a_reporter_has_no_assessment_page(year, client):
    client.force_login(year["reporter"])
    assert client.get("/assessment/").status_code == 403


def test_an_invalid_scheme_is_refused_with_its_problems_and_nothing_is_stored(year, client):
    client.force_login(year["clerk"])
    url = f"/assessment/{year['plan'].pk}/scheme/"
    bad = json.dumps(
        {"name": "x", "base": 100, "items": [{"key": "a", "name": "甲", "kind": "logins", "lead": 1}]}
    )
    page = client.post(url, {"rules": bad}, follow=True).content.decode()
    assert "kind「logins」不是可用的计分依据" in page
    assert not AssessmentScheme.objects.exists()
    client.post(url, {"example": "deduction"})
    assert AssessmentScheme.objects.get().rules["name"].startswith("扣分制")
    # Deduction scheme: B missed its 1-6月 report: −10 once for the period.
    assert _scores(year["plan"])[B].items == {"missing": -10.0} and _scores(year["plan"])[B].total == 70.0


def test_downloads_open_with_every_unit_once_and_totals_equal_the_breakdown(year, client):
    client.force_login(year["clerk"])
    table = client.get(f"/assessment/{year['plan'].pk}/download/table/")
    assert table.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(b"".join(table.streaming_content)))
    rows = [r for r in book["考核表"].iter_rows(min_row=4, values_only=True) if r[1]]
    assert sorted(r[1] for r in rows) == sorted([A, B, C])
    sums = {}
    for row in book["得分明细"].iter_rows(min_row=2, values_only=True):
        sums[row[0]] = sums.get(row[0], 0) + row[6]
    for row in rows:
        assert round(row[4] + sums.get(row[1], 0), 2) == row[-2]
    notice = client.get(f"/assessment/{year['plan'].pk}/download/notice/")
    document = docx.Document(io.BytesIO(b"".join(notice.streaming_content)))
    assert document.paragraphs[0].text == "某某区人民政府督查室关于2025年区政府工作报告目标任务考核情况的通报"
    assert [r.cells[1].text for r in document.tables[0].rows[1:]] == [A, B, C]


def test_the_api_gives_the_scores_with_their_entries(year, client):
    _, raw = ApiToken.issue(year["clerk"], "test")
    response = client.get(f"/api/assessment?plan={year['plan'].pk}", HTTP_AUTHORIZATION=f"Bearer {raw}")
    data = response.json()
    assert response.status_code == 200 and data["final"] and data["through"] == "1-12月"
    units = {u["unit"]: u for u in data["units"]}
    assert units[C]["total"] == 91.9
    assert round(100 + sum(e["points"] for e in units[C]["entries"]), 2) == 91.9
    _, leader = ApiToken.issue(year["boss"], "test")
    seen = client.get(f"/api/assessment?plan={year['plan'].pk}", HTTP_AUTHORIZATION=f"Bearer {leader}").json()
    assert [u["unit"] for u in seen["units"]] == [B]
    _, rep = ApiToken.issue(year["reporter"], "test")
    assert (
        client.get(f"/api/assessment?plan={year['plan'].pk}", HTTP_AUTHORIZATION=f"Bearer {rep}").status_code
        == 403
    )


def test_duban_assess_prints_json_a_table_or_writes_the_documents(year, capsys, tmp_path):
    code = year["plan"].code
    assert cli.main(["assess", "--plan", code, "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [u["unit"] for u in data["units"]] == [A, B, C]
    assert cli.main(["assess", "--year", "2025", "--through", "1-6月"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[1].startswith("排名\t单位\t基础分\t完成任务")
    assert "截至1-6月的阶段性得分" in captured.err
    for name in ("考核表.xlsx", "考核通报.docx"):
        assert cli.main(["assess", "--plan", code, "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert "已生成考核情况通报" in capsys.readouterr().err


def test_duban_assess_refuses_bad_input_with_exit_2(year, capsys, tmp_path):
    code = year["plan"].code
    assert cli.main(["assess", "--plan", code, "--year", "2024"]) == 2
    assert "不是2024年的" in capsys.readouterr().err
    assert cli.main(["assess", "--plan", code, "-o", str(tmp_path / "x.pdf")]) == 2
    assert "扩展名应为 .xlsx" in capsys.readouterr().err
    assert cli.main(["assess", "--plan", code, "--through", "三季度"]) == 2
    assert "没有报送期「三季度」" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_the_demo_year_shows_a_real_assessment(settings):
    from duban.web.sample import load_sample
    from duban.web.sample.year import PLAN_CODE, load_sample_year

    load_sample()
    sample = load_sample_year()
    assert sample.plan.code == PLAN_CODE and [p.label for p in sample.periods] == [
        "1-3月",
        "1-6月",
        "1-9月",
        "1-12月",
    ]
    assert all(p.status == "published" for p in sample.periods)
    result = assess_plan(sample.plan)
    assert result.final
    items = {key for unit in result.units for key in unit.items}
    assert {"completed", "overdue", "late", "missing", "mismatch", "red_card", FREE_ITEM} <= items
    water = next(u for u in result.units if u.unit == "区水务局")
    assert water.flags == ("取消年度评优资格", "约谈主要负责人")
    for unit in result.units:
        assert round(unit.base + sum(e.points for e in unit.entries), 2) == unit.total
    # The demo's current year is untouched: its two periods and one plan of that year.
    assert Period.objects.filter(plan__code="minghu-2026").count() == 2
    assert (
        Task.objects.filter(plan=sample.plan).count() == Task.objects.filter(plan__code="minghu-2026").count()
    )
