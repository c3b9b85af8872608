"""Counts of items done and not begun in a progress text (duban.core.split_counts), one rule per test.

The progress texts are from real progress reports (tests/realworld/verdicts3, 紫阳县 2024).
"""

from datetime import date

from duban.core.judging import judge_texts
from duban.core.split_counts import split_count
from duban.core.stages import Stage

JUNE_10 = date(2024, 6, 10)


def test_started_and_not_started_counts_add_up_per_kind():
    split = split_count("县自然资源局负责国债项目5个,开工2个,未开工3个,县农业农村局负责国债项目1个未开工")
    assert split is not None
    assert (split.done, split.rest, split.milestone) == (2, 4, Stage.EXECUTING)


def test_items_left_in_preparation_are_the_part_not_begun():
    split = split_count("30个重点项目已完成前期论证工作,下余87个项目前期工作推进中")
    assert split is not None and (split.done, split.rest, split.milestone) == (30, 87, Stage.DONE)


def test_items_still_being_built_are_under_way_not_missing():
    assert split_count("18家茶宿项目,达到验收标准8家,正在建设11家") is None


def test_done_counts_of_different_steps_are_not_one_series():
    assert split_count("开工2个，建成1个，未开工1个") is None


def test_a_share_started_behind_the_way_to_the_tasks_start_deadline_is_lagging():
    task = "紧盯超长期国债项目6月底前开工、12月底前完工的时间节点,加快推进项目实施。"
    judgement = judge_texts(task, "截至目前,县自然资源局负责国债项目5个,开工2个,未开工3个", JUNE_10)
    assert judgement.status == "lagging"
    assert "6月底前开工" in judgement.reason and "5个中2个已开工" in judgement.reason
    assert any(e.text == "开工2个,未开工3个" for e in judgement.evidence)


def test_a_share_at_the_schedule_keeps_the_stage_verdict():
    task = "加快推进重点项目建设。"
    judgement = judge_texts(task, "重点项目10个,已开工9个,未开工1个", JUNE_10)
    assert judgement.status == "on_track"


def test_items_still_in_hand_at_year_end_leave_the_task_unfinished():
    progress = "8个村已编制完成并获批入库,10个村编制完成并经区级部门审核,其余2个村规划正加快编制。"
    judgement = judge_texts("全面完成村规划编制。", progress, date(2022, 12, 31))
    assert judgement.status == "lagging" and "20个中18个已完成" in judgement.reason


# Progress texts of real bulletins (tests/realworld/verdicts5).
def test_a_count_repeating_the_tasks_own_names_the_group_and_the_stated_share_decides():
    progress = "基础设施项目75个,完成投资102.3亿元,为年投资计划的59%"
    judgement = judge_texts("基础设施项目75个", progress, date(2021, 9, 30))
    assert judgement.status == "lagging" and "59%" in judgement.reason


def test_a_band_of_the_years_plan_short_of_the_whole_at_year_end_is_unfinished():
    judgement = judge_texts(
        "铁力市宇祥生物质热电联产建设项目", "完成年度计划投资90%以上的项目2个", date(2020, 12, 31)
    )
    assert judgement.status == "lagging"


def test_a_start_said_reached_is_reached_whatever_the_clause_planned():
    progress = "计划年内开工的247个建设类项目已经开工242个,累计完成投资2136.97亿元,超年度投资计划3.13个百分点"
    assert judge_texts("326个省重大项目", progress, date(2020, 10, 31)).status in (
        "ahead",
        "on_track",
        "completed",
    )


def test_a_group_of_projects_is_measured_by_the_share_of_its_plan_the_office_states():
    progress = "今年前7个月,全市重点项目已经完成投资679.36亿元,完成率达66.12%;开工项目302个,开工率达88.30%"
    assert judge_texts("602个市级重点项目", progress, date(2021, 7, 31)).status == "on_track"
    progress = "17个新开工项目完成投资28.7亿元,为年计划的53.5%"
    assert judge_texts("17个新开工项目", progress, date(2012, 11, 30)).status == "lagging"


def test_the_offices_word_that_a_share_is_ahead_of_its_schedule_is_kept():
    progress = "16个续建项目完成投资20.94亿元,投资完成率21.6%,超序时进度4.9个百分点"
    assert judge_texts("16个续建项目", progress, date(2021, 3, 31)).status == "ahead"
