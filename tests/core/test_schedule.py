from datetime import date

import pytest

from duban.core.schedule import (
    expected_share,
    find_deadlines,
    find_periods,
    months_elapsed,
    parse_period,
    period_label,
    with_deadline,
)
from duban.core.stages import Stage


@pytest.mark.parametrize(
    ("label", "months"),
    [
        ("1-6月", 6),
        ("1—6月", 6),
        ("1至11月", 11),
        ("上半年", 6),
        ("一季度", 3),
        ("第二季度", 6),
        ("三季度", 9),
        ("前三季度", 9),
        ("全年", 12),
        ("截至9月底", 9),
        ("截至6月30日", 6),
        ("截至7月8日", 6),
        ("2022年6月30日", 6),
        ("2024-02-29", 2),
        ("2023-02-28", 2),
    ],
)
def test_period_label_gives_completed_months(label, months):
    period = parse_period(label)
    assert period is not None
    assert period.months == months


def test_mid_year_expected_share_is_one_half():
    assert parse_period("1-6月").expected == 0.5


def test_eleven_months_expected_share():
    assert parse_period("1-11月").expected == pytest.approx(11 / 12)


def test_text_without_period_gives_none():
    assert parse_period("推进科学城建设") is None


def test_last_day_of_month_completes_the_month():
    assert months_elapsed(date(2022, 6, 30)) == 6


def test_day_inside_month_does_not_complete_it():
    assert months_elapsed(date(2022, 7, 8)) == 6


def test_expected_share_at_year_end_is_one():
    assert expected_share(date(2025, 12, 31)) == 1.0


def test_find_periods_reads_every_label_in_order():
    text = "1-6月,新增城镇就业1.9万人;截至6月30日,累计完成33万平方米"
    assert [p.months for p in find_periods(text)] == [6, 6]


def test_period_label_for_months():
    assert period_label(6) == "1-6月"
    assert period_label(12) == "全年"


def test_deadline_to_start_work_by_end_of_june():
    (deadline,) = find_deadlines("推动科学大道项目6月底前开工")
    assert (deadline.month, deadline.milestone) == (6, Stage.EXECUTING)


def test_deadline_to_finish_within_the_year():
    (deadline,) = find_deadlines("年内建成智慧创新产业园")
    assert (deadline.month, deadline.milestone) == (12, Stage.DONE)


def test_quarter_deadline_scales_expected_share():
    (deadline,) = find_deadlines("三季度完成老旧小区改造")
    assert deadline.month == 9
    assert deadline.expected(6) == pytest.approx(6 / 9)


def test_task_without_deadline_has_none():
    assert find_deadlines("新建3个社区体育公园、30个社区健身点") == []


@pytest.mark.parametrize(
    ("deadline", "judged"),
    [
        ("6月底前", "建成口袋公园5个（6月底前完成）"),
        ("2025年三季度", "建成口袋公园5个（2025年三季度完成）"),
        ("年底前完成。", "建成口袋公园5个（年底前完成）"),
        ("长期坚持", "建成口袋公园5个"),
        ("2026年底前", "建成口袋公园5个"),  # a later year's deadline is not this year's schedule
        ("", "建成口袋公园5个"),
    ],
)
def test_a_deadline_column_is_read_as_the_tasks_own_deadline(deadline, judged):
    assert with_deadline("建成口袋公园5个", deadline, 2025) == judged


def test_a_deadline_written_in_the_task_is_kept_over_the_column():
    assert with_deadline("6月底前开工建设", "9月底", 2025) == "6月底前开工建设"
