"""The assessment of units: each rule kind, the bounds, validation, and a worked example computed by hand."""

from datetime import UTC, date, datetime

import pytest

from duban.core.assessment import (
    CAP_ITEM,
    FREE_ITEM,
    AdjustmentRecord,
    PeriodRecord,
    Record,
    ReportRecord,
    SchemeError,
    StatusRecord,
    TaskRecord,
    assess,
    check_adjustment,
    describe,
    scheme_from_json,
    scheme_from_text,
)
from duban.core.lexicons.schemes import DEDUCTION, EXAMPLES, LEAD_AND_CO
from duban.errors import DubanError

A, B, C = 1, 2, 3
UNITS = {A: "区发展改革委", B: "区财政局", C: "区住房城乡建设局"}


def when(month: int, day: int, hour: int = 12) -> datetime:
    year = 2025 if month <= 12 else 2026
    return datetime(year, (month - 1) % 12 + 1, day, hour, tzinfo=UTC)


P1 = PeriodRecord(11, "1-3月", date(2025, 3, 31), when(4, 10, 17))
P2 = PeriodRecord(12, "1-6月", date(2025, 6, 30), when(7, 10, 17))
P3 = PeriodRecord(13, "1-9月", date(2025, 9, 30), when(10, 10, 17))
P4 = PeriodRecord(14, "1-12月", date(2025, 12, 31), when(13, 10, 17))
PERIODS = (P1, P2, P3, P4)
T1 = TaskRecord(101, "1", "全年完成投资230亿元", lead_units=(A,), co_units=(B,))
T2 = TaskRecord(102, "2", "争取专项债券资金25亿元", lead_units=(B,))
T3 = TaskRecord(103, "3", "改造老旧小区50个", lead_units=(C,), co_units=(A,))


def scheme(**changes):
    return scheme_from_json({**LEAD_AND_CO, **changes})


def record(*, tasks=(T1, T2, T3), periods=PERIODS, statuses=(), reports=(), adjustments=()):
    return Record(
        plan="test-2025",
        title="2025年分解方案",
        issuer="某区人民政府",
        year=2025,
        units=UNITS,
        tasks=tuple(tasks),
        periods=tuple(periods),
        statuses=tuple(statuses),
        reports=tuple(reports),
        adjustments=tuple(adjustments),
    )


def on_time(task, period, unit, pid):
    return ReportRecord(task.id, period.id, unit, pid, period.deadline.replace(day=5))


def late(task, period, unit, pid):
    return ReportRecord(task.id, period.id, unit, pid, period.deadline.replace(day=11))


def status(task, period, chosen, *, automatic=None, override=None, jid=None, reason="理由"):
    return StatusRecord(
        task.id,
        period.id,
        chosen,
        judgement_id=jid or task.id * 100 + period.id,
        automatic=automatic or chosen,
        override=override,
        reason=reason,
        override_reason="实地核查：主体工程尚未开工" if override else "",
    )


def worked_example_record():
    statuses = [status(t, p, "on_track") for t in (T1, T2, T3) for p in (P1, P3)]
    statuses += [status(T1, P2, "on_track"), status(T2, P2, "on_track")]
    statuses += [status(T3, P2, "lagging", automatic="on_track", override="lagging")]
    statuses += [status(T1, P4, "completed"), status(T2, P4, "lagging"), status(T3, P4, "completed")]
    reports = [
        on_time(T1, P1, A, 1),
        late(T1, P2, A, 2),
        on_time(T1, P3, A, 3),
        on_time(T1, P4, A, 4),
        on_time(T2, P2, B, 5),
        late(T2, P4, B, 6),
        *(on_time(T3, p, C, 10 + i) for i, p in enumerate(PERIODS)),
        late(T3, P1, A, 20),  # A reports late as the co-unit of task 3
    ]
    adjustments = [
        AdjustmentRecord(31, C, -1, "红牌：1-6月核查发现报送不实", item="red_card", period_id=P2.id),
        AdjustmentRecord(32, C, -1, "红牌：1-9月整改不到位", item="red_card", period_id=P3.id),
        AdjustmentRecord(33, C, -1, "红牌：年末仍未整改", item="red_card", period_id=P4.id),
        AdjustmentRecord(34, B, 1, "争取到额外专项资金，经区政府同意加分"),
    ]
    return record(statuses=statuses, reports=reports, adjustments=adjustments)


def test_worked_example_three_units_four_periods_equals_the_hand_computation():
    result = assess(scheme(), worked_example_record())
    a, b, c = (result.unit(u) for u in (A, B, C))
    # 区发展改革委: base 100, task 1 completed as lead +2, task 3 completed as co +1,
    # late as lead (task 1, 1-6月) −0.1 and as co (task 3, 1-3月) −0.1.
    assert a.items == {"completed": 3.0, "late": -0.2}
    assert a.total == round(100 + 2 + 1 - 0.1 - 0.1, 2) == 102.8
    # 区财政局: task 1 completed as co +1, task 2 lagging at year end as lead −5, missing 1-3月 and 1-9月
    # −0.5 each, late at year end −0.1, the office's +1.
    assert b.items == {"completed": 1.0, "overdue": -5.0, "missing": -1.0, "late": -0.1, FREE_ITEM: 1.0}
    assert b.total == 95.9
    assert b.flags == ("取消年度评优资格",)
    # 区住房城乡建设局: task 3 completed as lead +2, 1-6月 override worse than its report −3, three red cards.
    assert c.items == {"completed": 2.0, "mismatch": -3.0, "red_card": -3.0}
    assert c.total == 96.0
    assert c.flags == ("约谈主要负责人",)
    assert [(u.rank, u.unit_id) for u in result.units] == [(1, A), (2, C), (3, B)]
    assert result.final


def test_every_total_is_the_base_plus_its_entries():
    result = assess(scheme(), worked_example_record())
    for unit in result.units:
        assert round(unit.base + sum(e.points for e in unit.entries), 2) == unit.total
        assert round(sum(unit.items.values()), 2) == round(unit.total - unit.base, 2)


def test_each_entry_names_its_task_period_and_evidence():
    result = assess(scheme(), worked_example_record())
    late_entry = next(e for e in result.unit(A).entries if e.item == "late" and e.role == "lead")
    assert (late_entry.task_id, late_entry.period_label, late_entry.source, late_entry.source_id) == (
        T1.id,
        "1-6月",
        "progress",
        2,
    )
    assert "晚于截止时间2025-07-10 17:00" in late_entry.evidence
    mismatch = next(e for e in result.unit(C).entries if e.item == "mismatch")
    assert mismatch.source == "judgement" and "实地核查" in mismatch.evidence
    assert "自动研判为“正常推进”" in mismatch.evidence


def test_recomputing_gives_the_same_result():
    data = worked_example_record()
    assert assess(scheme(), data) == assess(scheme(), data)


def test_final_status_is_read_at_the_last_period_assessed():
    data = worked_example_record()
    mid_year = assess(scheme(), data, through=P2.id)
    assert not mid_year.final
    assert [p.label for p in mid_year.periods] == ["1-3月", "1-6月"]
    # At 1-6月 nothing is completed or lagging at the end except task 3 (overridden to lagging).
    assert mid_year.unit(C).items["overdue"] == -5.0
    assert "completed" not in mid_year.unit(A).items
    # The red cards of later periods are not counted yet.
    assert mid_year.unit(C).items["red_card"] == -1.0


def test_a_task_without_a_judgement_is_unreported():
    only = scheme(
        items=[
            {"key": "u", "name": "未填报", "kind": "final_status", "statuses": ["unreported"], "lead": -1}
        ],
        flags=[],
    )
    result = assess(only, record(tasks=[T2]))
    assert result.unit(B).items == {"u": -1.0}


def test_period_status_counts_each_period_and_respects_months():
    rule = {
        "key": "lag",
        "name": "滞后",
        "kind": "period_status",
        "statuses": ["lagging"],
        "lead": -1,
        "co": -0.5,
    }
    statuses = [status(T1, p, "lagging") for p in PERIODS]
    result = assess(scheme(items=[rule], flags=[]), record(tasks=[T1], statuses=statuses))
    assert result.unit(A).items == {"lag": -4.0} and result.unit(B).items == {"lag": -2.0}
    halves = scheme(items=[{**rule, "months": [6, 12]}], flags=[])
    assert assess(halves, record(tasks=[T1], statuses=statuses)).unit(A).items == {"lag": -2.0}


def test_a_cap_takes_back_the_excess_in_one_entry():
    rule = {
        "key": "lag",
        "name": "滞后",
        "kind": "period_status",
        "statuses": ["lagging"],
        "lead": -2,
        "cap": 5,
    }
    statuses = [status(T1, p, "lagging") for p in PERIODS]
    unit = assess(scheme(items=[rule], flags=[]), record(tasks=[T1], statuses=statuses)).unit(A)
    assert unit.items == {"lag": -8.0, CAP_ITEM: 3.0}
    assert unit.total == 95.0
    cap = next(e for e in unit.entries if e.item == CAP_ITEM)
    assert "最多计5分" in cap.evidence


def test_the_floor_keeps_a_total_from_falling_below_it():
    unit = assess(scheme_from_json(DEDUCTION), record(tasks=[T2, TaskRecord(104, "4", "x", (B,))])).unit(B)
    # Missing every half-year, Q3 and year-end report: 3 periods × −10 (once per period, not per task).
    assert unit.items == {"missing": -30.0}
    assert unit.total == 50.0
    harsh = scheme_from_json({**DEDUCTION, "items": [{**DEDUCTION["items"][0], "lead": -40}]})
    floored = assess(harsh, record(tasks=[T2])).unit(B)
    assert floored.total == 0.0
    assert round(floored.base + sum(e.points for e in floored.entries), 2) == 0.0


def test_missing_once_per_period_lists_the_tasks():
    unit = assess(scheme_from_json(DEDUCTION), record(tasks=[T2, TaskRecord(104, "4", "x", (B,))])).unit(B)
    first = unit.entries[0]
    assert first.period_label == "1-6月" and first.task_ref == "2、4" and "任务2、4" in first.evidence


def test_an_open_period_counts_no_missing_report_yet():
    open_p4 = PeriodRecord(P4.id, P4.label, P4.end, P4.deadline, closed=False)
    result = assess(scheme(), record(tasks=[T2], periods=(P1, P2, P3, open_p4)))
    assert [e.period_label for e in result.unit(B).entries if e.item == "missing"] == [
        "1-3月",
        "1-6月",
        "1-9月",
    ]
    assert not result.final


def test_a_whole_task_row_from_a_document_counts_as_reported_and_is_never_late():
    reports = [ReportRecord(T2.id, p.id, None, 40 + i) for i, p in enumerate(PERIODS)]
    unit = assess(scheme(), record(tasks=[T2], reports=reports)).unit(B)
    assert "missing" not in unit.items and "late" not in unit.items


def test_an_override_better_than_the_report_or_of_an_unknown_is_no_mismatch():
    statuses = [
        status(T1, P2, "on_track", automatic="lagging", override="on_track"),
        status(T2, P2, "lagging", automatic="unknown", override="lagging"),
    ]
    result = assess(scheme(), record(tasks=[T1, T2], statuses=statuses))
    assert all("mismatch" not in u.items for u in result.units)


def test_equal_totals_share_a_rank():
    result = assess(scheme(), record(tasks=[TaskRecord(1, "1", "x", (A,)), TaskRecord(2, "2", "y", (B,))],
                                     periods=()))  # fmt: skip
    assert [u.rank for u in result.units] == [1, 1]


def test_an_adjustment_for_a_later_period_waits_for_it():
    data = record(adjustments=[AdjustmentRecord(1, C, -1, "红牌", item="red_card", period_id=P4.id)])
    assert "red_card" not in assess(scheme(), data, through=P3.id).unit(C).items
    assert assess(scheme(), data).unit(C).items["red_card"] == -1.0


def test_an_unknown_through_period_is_refused():
    with pytest.raises(DubanError, match="不属于方案"):
        assess(scheme(), record(), through=999)


def test_both_examples_are_valid_and_survive_a_round_trip():
    for example in EXAMPLES.values():
        parsed = scheme_from_json(example)
        assert scheme_from_json(parsed.to_json()) == parsed


def test_validation_names_every_problem_in_chinese():
    bad = {
        "name": "",
        "base": "一百",
        "items": [
            {"key": "a", "name": "甲", "kind": "final_status", "statuses": ["late"], "lead": 1},
            {"key": "a", "name": "乙", "kind": "report_missing", "lead": "多"},
            {"key": "c", "name": "丙", "kind": "logins", "lead": 1},
            {"key": "d", "name": "丁", "kind": "manual"},
        ],
        "flags": [{"name": "约谈", "item": "zzz", "at_least": 0}],
        "weight": 1,
    }
    with pytest.raises(SchemeError) as caught:
        scheme_from_json(bad)
    message = caught.value.message
    for expected in (
        "未知字段「weight」",
        "name（方案名称）必须填写",
        "base（基础分）应为数字",
        "第1项（甲）：statuses 中的「late」不是研判状态",
        "第2项（乙）：lead（牵头单位每次得分）应为数字",
        "第3项（丙）：kind「logins」不是可用的计分依据",
        "第4项（丁）：督查室评定的项目须写明 sign",
        "处理规则第1条：item「zzz」不是本方案的项目代码",
        "at_least（次数）应为正整数",
    ):
        assert expected in message, expected


def test_duplicate_keys_and_json_syntax_errors_are_named():
    with pytest.raises(SchemeError, match="key「a」与前面的项目重复"):
        scheme_from_json({**LEAD_AND_CO, "items": [LEAD_AND_CO["items"][0] | {"key": "a"}] * 2, "flags": []})
    with pytest.raises(SchemeError, match="第2行第1列"):
        scheme_from_text('{"name": "x",\n}')


def test_the_description_says_what_counts_and_that_log_ins_do_not():
    lines = describe(scheme())
    text = "\n".join(lines)
    assert "基础分100分" in text
    assert "完成任务：考核期末（年末）任务状态为已完成的，每项任务牵头单位加2分、配合单位加1分。" in text
    assert "“未报送”累计2次的，取消年度评优资格。" in text
    assert "“红牌警示”连续3期的，约谈主要负责人。" in text
    assert "不以登录、使用次数等计分" in text
    assert "（限6月、9月、12月截止的报送期）" in "\n".join(describe(scheme_from_json(DEDUCTION)))


def test_adjustments_are_checked_against_the_scheme():
    check_adjustment(scheme(), item="red_card", points=-2, reason="核实后红牌")
    check_adjustment(scheme(), item="", points=1.5, reason="区政府同意")
    with pytest.raises(DubanError, match="只能扣分"):
        check_adjustment(scheme(), item="red_card", points=2, reason="x")
    with pytest.raises(DubanError, match="必须注明理由"):
        check_adjustment(scheme(), item="", points=1, reason=" ")
    with pytest.raises(DubanError, match="不是本考核方案中由督查室评定的项目"):
        check_adjustment(scheme(), item="completed", points=1, reason="x")
    with pytest.raises(DubanError, match="只能加分"):
        check_adjustment(scheme_from_json(DEDUCTION), item="leader", points=-1, reason="x")
