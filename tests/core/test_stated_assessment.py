"""The progress text's own assessment decides when no figure measures a target (one rule per test).

Progress texts are from real progress tables and bulletins (../shared/realdev): bare indicator names,
stated gaps, stated shares of the year's plan and bare percentages.
"""

from datetime import date

from duban.core.judging import judge_texts

END_OF_AUGUST = date(2022, 8, 31)
END_OF_SEPTEMBER = date(2019, 9, 30)


def test_a_stated_gap_to_the_goal_is_lagging_under_a_bare_indicator_name():
    judgement = judge_texts("地区生产总值(第1项)", "增长6.1%,低于目标0.9个百分点。", END_OF_SEPTEMBER)
    assert judgement.status == "lagging"
    assert "低于目标" in judgement.reason


def test_not_below_the_goal_is_no_gap():
    assert judge_texts("地区生产总值", "增长7.2%，不低于目标", END_OF_SEPTEMBER).status != "lagging"


def test_a_stated_share_of_the_years_plan_is_weighed_against_the_schedule():
    low = judge_texts("串场河景观带建设", "完成投入5.8亿元,占年度计划11.4%", END_OF_SEPTEMBER)
    assert (low.status, low.ratio) == ("lagging", 0.114)
    high = judge_texts("串场河景观带建设", "完成投入5.8亿元,占年度计划92.5%", END_OF_SEPTEMBER)
    assert high.status == "ahead"


def test_a_completion_rate_over_the_goal_is_completed():
    assert judge_texts("实体零工驿站建设", "完成2个,完成率200%", END_OF_SEPTEMBER).status == "completed"


def test_a_bare_percentage_is_the_completion_share():
    judgement = judge_texts("推进县职业中专扩容提升。", "22%", date(2022, 10, 31))
    assert judgement.status == "lagging"
    assert "完成进度22%" in judgement.reason


def test_a_share_of_a_projects_works_is_not_the_years_completion():
    judgement = judge_texts("推动科学城隧道建设", "科学城隧道完成工程总量的18%，正在施工", date(2022, 6, 30))
    assert judgement.status == "on_track"


def test_a_fall_of_a_growth_indicator_is_lagging():
    assert (
        judge_texts("工业技改投资(第6项)", "1-8月完成208.9亿元,同比下降1.8%", END_OF_AUGUST).status
        == "lagging"
    )


def test_a_stated_completion_of_the_years_goal():
    assert judge_texts("就业工程", "已超额完成年度目标", END_OF_AUGUST).status == "completed"
    assert judge_texts("妇女之家儿童之家建设", "已完成", END_OF_AUGUST).status == "completed"
    assert judge_texts("就业工程", "力争完成全年任务", END_OF_AUGUST).status != "completed"


def test_a_start_promised_for_later_is_preparation_lagging_late_in_the_year():
    judgement = judge_texts("实施HPV疫苗免费接种项目试点", "预计9月份开始接种工作", END_OF_AUGUST)
    assert judgement.status == "lagging"
    assert (
        judge_texts("实施HPV疫苗免费接种项目试点", "预计9月份开始接种工作", date(2022, 4, 30)).status
        == "on_track"
    )


def test_a_part_not_begun_late_in_the_year_is_lagging():
    progress = "投资过亿元项目均未开工。物流大道正在雨污水管网施工。"
    assert judge_texts("空港产业园建设", progress, END_OF_SEPTEMBER).status == "lagging"
    assert judge_texts("空港产业园建设", progress, date(2019, 6, 30)).status == "on_track"


def test_a_goal_over_several_years_is_not_held_to_the_years_schedule():
    judgement = judge_texts(
        "2000个行政村环境连片整治(2013—2017年)。",
        "上半年各项目均已开工,总体进展顺利。累计完成了650个行政村整治工作,占总计划的32.5%。",
        date(2015, 6, 30),
    )
    assert judgement.status == "on_track"
    assert any("多年期" in warning for warning in judgement.warnings)


END_OF_OCTOBER = date(2019, 10, 31)


def test_a_late_start_is_a_stated_lag_though_work_has_started():
    judgement = judge_texts("海口南渡江防洪堤", "开工晚", END_OF_OCTOBER)
    assert judgement.status == "lagging"
    assert "开工晚" in judgement.reason


def test_work_still_not_done_years_on_is_a_stated_lag():
    assert judge_texts("定安堤防建设项目", "2015年项目至今未完成", END_OF_OCTOBER).status == "lagging"


def test_a_start_whose_preconditions_are_not_met_has_not_started():
    judgement = judge_texts(
        "西安至十堰高铁", "受国家层面审批手续未完成等影响,暂不具备开工条件", END_OF_SEPTEMBER
    )
    assert judgement.status in {"not_started", "lagging"}


def test_a_table_of_places_with_one_share_each_reads_the_share():
    task = "今年农村饮水安全工程建设任务为349.6万人,总投资24.86亿元"
    judgement = judge_texts(task, "梧州市34.8%", END_OF_OCTOBER)
    assert judgement.status == "lagging"
    assert "34.8%" in judgement.reason


def test_a_count_of_work_done_is_work_under_way_not_preparation():
    progress = "全省各地均按要求细化项目实施方案和资金安排,完成95支应急队伍组建和装备配备。"
    assert judge_texts("提升卫生应急救援处置能力", progress, date(2021, 12, 31)).status != "lagging"


def test_roads_newly_built_this_year_are_not_the_task_completed():
    progress = "4月,新增建成农村通村公路1744.8公里"
    assert judge_texts("农村通村公路", progress, date(2015, 4, 30)).status != "completed"


def test_a_deadline_may_follow_what_is_due_by_it():
    task = "牧原生猪养殖项目,要求6月底5、6、10场建设完工。"
    judgement = judge_texts(task, "5、6场正在建设,目前已建60%", date(2014, 6, 30))
    assert judgement.status == "lagging"
    assert "时限已到" in judgement.reason
