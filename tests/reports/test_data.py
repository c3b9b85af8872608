from report_builders import make_data, make_task

from duban.reports.data import (
    Heading,
    default_title,
    label_groups,
    movement_counts,
    numbered_heading,
    office_name,
    outline,
    period_name,
    section_status_counts,
    short_office_name,
    status_counts,
    unit_status_counts,
)


def test_gold_report_001_has_the_bulletins_label_counts(data_001):
    groups = {group.label: group.count for group in label_groups(data_001.indicators)}
    assert groups == {"符合预期": 2, "不达预期": 6, "符合时间节点要求": 2}


def test_gold_report_001_has_124_normal_and_7_lagging_tasks(data_001):
    assert status_counts(data_001.key_tasks) == [("on_track", 124), ("lagging", 7)]
    assert len(data_001.lagging_tasks) == 7


def test_label_groups_list_better_statuses_first():
    tasks = [make_task("1", "lagging", kind="indicator"), make_task("2", "on_track", kind="indicator")]
    assert [g.label for g in label_groups(tasks)] == ["符合预期", "不达预期"]


def test_indicator_without_office_label_is_worded_from_status():
    assert make_task("1", "lagging", kind="indicator").display_label == "不达预期"
    assert make_task("1", "lagging").display_label == "滞后"


def test_task_led_by_two_units_counts_for_each():
    counts = unit_status_counts([make_task("1", "lagging", lead_units=("区科技局", "区财政局"))])
    assert counts["区科技局"]["lagging"] == 1
    assert counts["区财政局"]["lagging"] == 1


def test_sections_are_counted_by_category():
    counts = section_status_counts([make_task("1", category="招商引资"), make_task("2", category="招商引资")])
    assert counts["招商引资"]["on_track"] == 2


def test_movement_counts_pairs_previous_and_current_status():
    data = make_data(
        [make_task("1", "on_track"), make_task("2", "lagging"), make_task("3", "lagging")],
        previous_statuses={"1": "lagging", "2": "lagging"},
    )
    assert movement_counts(data) == {("lagging", "on_track"): 1, ("lagging", "lagging"): 1}


def test_outline_numbers_headings_per_level():
    tasks = [
        make_task("1", section=("主要预期目标",)),
        make_task("2", section=("重点工作", "科技创新")),
        make_task("3", section=("重点工作", "科技创新")),
        make_task("4", section=("重点工作", "乡村振兴")),
    ]
    headings = [item.text for item in outline(tasks) if isinstance(item, Heading)]
    assert headings == ["一、主要预期目标", "二、重点工作", "（一）科技创新", "（二）乡村振兴"]


def test_heading_that_carries_its_number_is_kept():
    assert numbered_heading(0, 3, "一、扎实推进科技创新") == "一、扎实推进科技创新"


def test_cumulative_periods_have_their_spoken_names():
    assert [period_name(label) for label in ("1-6月", "1—9月", "7月")] == ["上半年", "前三季度", "7月"]


def test_office_names_itself_by_its_level_of_government():
    assert short_office_name("重庆市沙坪坝区人民政府督查办") == "区政府督查办"
    assert short_office_name("区督查室") == "区督查室"


def test_a_government_issuer_signs_through_its_supervision_office():
    assert office_name("重庆市涪陵区人民政府") == "重庆市涪陵区人民政府督查室"
    assert office_name("重庆市沙坪坝区人民政府督查办") == "重庆市沙坪坝区人民政府督查办"


def test_default_title_follows_the_real_bulletin():
    assert (
        default_title("重庆市沙坪坝区人民政府督查办", 2022, "1-6月")
        == "重庆市沙坪坝区人民政府督查办关于2022年区政府工作报告重点任务上半年推进情况的报告"
    )


def test_outline_gathers_a_category_that_recurs_after_others():
    tasks = [
        make_task("1", "lagging", category="大力发展数字经济"),
        make_task("2", "lagging", category="提升枢纽功能"),
        make_task("3", "on_track", category="大力发展数字经济"),
    ]
    items = outline(tasks)
    assert [item.ref if not isinstance(item, Heading) else item.text for item in items] == [
        "一、重点工作",
        "（一）大力发展数字经济",
        "1",
        "3",
        "（二）提升枢纽功能",
        "2",
    ]
