"""A small supervision record to write assessment documents from: three units, two tasks each way, four
periods, late and missing reports, an override and the office's adjustments."""

from datetime import UTC, date, datetime

from duban.core.assessment import (
    AdjustmentRecord,
    PeriodRecord,
    Record,
    ReportRecord,
    StatusRecord,
    TaskRecord,
    assess,
    scheme_from_json,
)
from duban.core.lexicons.schemes import LEAD_AND_CO

UNITS = {1: "区发展改革委", 2: "区财政局", 3: "区住房城乡建设局"}
PERIODS = tuple(
    PeriodRecord(
        10 + m,
        f"1-{m}月",
        date(2025, m, 30 if m in (6, 9) else 31),
        datetime(2025 + m // 12, m % 12 + 1, 10, 9, tzinfo=UTC),
    )
    for m in (3, 6, 9, 12)
)
TASKS = (
    TaskRecord(1, "1", "全年完成投资230亿元", (1,), (2,)),
    TaskRecord(2, "2", "争取专项债券资金25亿元", (2,), ()),
    TaskRecord(3, "3", "改造老旧小区50个", (3,), (1,)),
)


def make_assessment():
    final = {1: "completed", 2: "lagging", 3: "completed"}
    statuses = [
        StatusRecord(
            t.id,
            p.id,
            final[t.id] if p is PERIODS[-1] else "on_track",
            100 * t.id + p.id,
            reason="按序时推进",
        )
        for t in TASKS
        for p in PERIODS
    ]
    statuses[9] = StatusRecord(3, PERIODS[1].id, "lagging", 302, "on_track", "lagging", "", "实地核查未开工")
    reports = [
        ReportRecord(
            t.id,
            p.id,
            t.lead_units[0],
            1000 + 10 * t.id + i,
            p.deadline.replace(day=8 if (t.id + i) % 3 else 12),
        )
        for t in TASKS
        for i, p in enumerate(PERIODS)
        if not (t.id == 2 and i in (0, 2))
    ]
    adjustments = [
        AdjustmentRecord(1, 3, -1, "红牌：核查发现报送不实", item="red_card", period_id=PERIODS[1].id)
    ]
    record = Record(
        "test-2025",
        "2025年分解方案",
        "某某区人民政府",
        2025,
        UNITS,
        TASKS,
        PERIODS,
        tuple(statuses),
        tuple(reports),
        tuple(adjustments),
    )
    return assess(scheme_from_json(LEAD_AND_CO), record)
