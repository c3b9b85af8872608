"""Judging with targets and figures built by hand, so each rule is tested on its own."""

from datetime import date

import pytest

from duban.core.actuals import Actual
from duban.core.judging import amount_status, judge, judge_task, judge_texts
from duban.core.quantity import Quantity
from duban.core.rules import DEFAULT_RULES
from duban.core.targets import Target

MID_YEAR = date(2022, 6, 30)


def _quantity(text, fragment, value, unit, factor=1.0, base_unit=None):
    start = text.index(fragment)
    return Quantity(value, unit, value * factor, base_unit or unit, (start, start + len(fragment)), fragment)


def target(
    task, fragment, metric, value, unit, kind, comparator=">=", factor=1.0, base_unit=None, soft=False
):
    q = _quantity(task, fragment, value, unit, factor, base_unit)
    return Target(metric, q, comparator, kind, q.span, fragment, soft)


def actual(progress, fragment, metric, value, unit, kind, factor=1.0, base_unit=None, cumulative=False):
    q = _quantity(progress, fragment, value, unit, factor, base_unit)
    return Actual(metric, q, kind, q.span, fragment, cumulative)


def test_growth_target_below_rate_is_lagging():
    task, progress = "实现数字经济增加值增长7%", "1-6月,我区数字经济完成产值1175亿元,同比增长1.2%"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "数字经济增加值增长7%", "数字经济增加值", 7, "%", "growth_rate")],
        actuals=[actual(progress, "同比增长1.2%", "数字经济", 1.2, "%", "growth_rate")],
    )
    assert j.status == "lagging"
    assert "低于目标5.8个百分点" in j.reason


def test_growth_target_met_is_on_track_before_year_end():
    task, progress = "固定资产投资增长6%左右", "1-6月,固定资产投资同比增长12%"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "固定资产投资增长6%左右", "固定资产投资", 6, "%", "growth_rate", "~")],
        actuals=[actual(progress, "固定资产投资同比增长12%", "固定资产投资", 12, "%", "growth_rate")],
    )
    assert j.status == "on_track"


def test_growth_target_met_at_year_end_is_completed():
    task, progress = "固定资产投资增长6%", "1-12月,固定资产投资同比增长6.5%"
    j = judge(
        task,
        progress,
        date(2022, 12, 31),
        targets=[target(task, "固定资产投资增长6%", "固定资产投资", 6, "%", "growth_rate")],
        actuals=[actual(progress, "固定资产投资同比增长6.5%", "固定资产投资", 6.5, "%", "growth_rate")],
    )
    assert j.status == "completed"


def test_reverse_target_below_cap_is_on_track():
    task, progress = "城镇调查失业率控制在5.5%以内", "城镇调查失业率5.2%"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "控制在5.5%以内", "城镇调查失业率", 5.5, "%", "level", "<=")],
        actuals=[actual(progress, "城镇调查失业率5.2%", "城镇调查失业率", 5.2, "%", "amount")],
    )
    assert j.status == "on_track"


def test_decline_target_needs_a_deep_enough_fall():
    task, progress = "单位GDP能耗下降3%", "单位GDP能耗下降1.5%"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "单位GDP能耗下降3%", "单位GDP能耗", 3, "%", "decline_rate")],
        actuals=[actual(progress, "单位GDP能耗下降1.5%", "单位GDP能耗", -1.5, "%", "growth_rate")],
    )
    assert j.status == "lagging"


def _fitness(built):
    task = "新建30个社区健身点"
    progress = f"已建成{built}个社区健身点"
    return judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "新建30个社区健身点", "社区健身点", 30, "个", "increment")],
        actuals=[actual(progress, f"已建成{built}个社区健身点", "社区健身点", built, "个", "amount")],
    )


def test_amount_far_below_schedule_is_lagging_with_bulletin_reason():
    j = _fitness(2)
    assert j.status == "lagging"
    assert j.ratio == pytest.approx(2 / 30)
    assert j.reason == "目标新建30个社区健身点，1-6月已建成2个社区健身点，完成6.7%，低于序时进度50%。"


def test_amount_at_ninety_percent_of_schedule_is_on_track():
    # 14 of 30 at mid-year is 93% of the schedule; 12 of 30 (80%) is what offices list as 未达到序时进度.
    assert _fitness(14).status == "on_track"
    assert _fitness(12).status == "lagging"


def test_amount_fifteen_points_over_schedule_is_ahead():
    assert _fitness(20).status == "ahead"


def test_amount_reaching_target_is_completed():
    assert _fitness(30).status == "completed"


def test_whole_items_round_down_the_schedule():
    # 1 of 3 at mid-year: 0.9 × 1.5 = 1.35 items, and one item is what can be done.
    assert amount_status(1 / 3, 0.5, DEFAULT_RULES, goal=3) == "on_track"
    assert amount_status(1 / 3, 0.5, DEFAULT_RULES) == "lagging"


def test_several_targets_take_the_worst_and_name_it():
    task = "新建3个社区体育公园、30个社区健身点"
    progress = "新建3个社区体育公园:已建成2个。\n新建30个社区健身点:已建成2个社区健身点"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[
            target(task, "3个社区体育公园", "社区体育公园", 3, "个", "increment"),
            target(task, "30个社区健身点", "社区健身点", 30, "个", "increment"),
        ],
        actuals=[
            actual(progress, "已建成2个", "", 2, "个", "amount"),
            actual(progress, "已建成2个社区健身点", "社区健身点", 2, "个", "amount"),
        ],
    )
    assert j.status == "lagging"
    assert "30个社区健身点" in j.reason
    assert [e.source for e in j.evidence][:2] == ["task", "progress"]


def test_stated_share_of_annual_task_gives_the_ratio():
    task, progress = "全年签约项目金额70亿元", "签约金额46.56亿元,完成全年任务的66.51%"
    share = actual(progress, "完成全年任务的66.51%", "签约金额", 66.51, "%", "share")
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "70亿元", "签约项目金额", 70, "亿元", "total", factor=1e8, base_unit="元")],
        actuals=[share],
    )
    assert j.status == "ahead"
    assert j.ratio == pytest.approx(0.6651)


def test_stated_share_disagreeing_with_figures_is_warned():
    task = "新增科技型企业150家"
    progress = "新增科技型企业273家,完成全年目标任务的126.3%"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "新增科技型企业150家", "科技型企业", 150, "家", "increment")],
        actuals=[
            actual(progress, "新增科技型企业273家", "科技型企业", 273, "家", "amount"),
            actual(progress, "完成全年目标任务的126.3%", "", 126.3, "%", "share"),
        ],
    )
    assert j.status == "completed"
    assert any("182%" in w for w in j.warnings)


def test_soft_target_is_flagged_in_the_reason():
    task, progress = "力争新增规上企业20家", "新增规上企业2家"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "新增规上企业20家", "规上企业", 20, "家", "increment", soft=True)],
        actuals=[actual(progress, "新增规上企业2家", "规上企业", 2, "家", "amount")],
    )
    assert "力争" in j.reason


def test_figure_in_a_plan_clause_is_not_an_achievement():
    task = "农房风貌整治提升1500户"
    progress = "已拟定了1500栋农房风貌整治范围,待确定整治模式后再推进相关工作。"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "农房风貌整治提升1500户", "农房风貌整治", 1500, "户", "increment")],
        actuals=[actual(progress, "1500栋", "农房", 1500, "栋", "amount")],
    )
    assert j.status == "lagging"
    assert "前期" in j.reason


def _stage_only(progress, as_of=MID_YEAR, task="加快建设文化宣教中心"):
    return judge(task, progress, as_of, targets=[], actuals=[])


def test_done_stage_is_completed():
    assert _stage_only("文化宣教中心已建成并投用。").status == "completed"


def test_execution_stage_is_on_track():
    assert _stage_only("正在施工,主体结构预计12月完成。").status == "on_track"


def test_not_started_early_in_year_is_not_started():
    assert _stage_only("近期无进展。", as_of=date(2022, 3, 31)).status == "not_started"


def test_not_started_after_half_year_is_lagging():
    assert _stage_only("近期无进展。").status == "lagging"


def test_preparing_at_mid_year_is_on_track_for_qualitative_task():
    assert _stage_only("正在开展施工招标。").status == "on_track"


def test_preparing_in_autumn_is_lagging():
    assert _stage_only("正在开展施工招标。", as_of=date(2022, 9, 30)).status == "lagging"


def test_quantified_delivery_still_preparing_at_mid_year_is_lagging():
    task = "新建2个标准化派出所"
    j = judge(
        task,
        "正在开展土地置换工作;已编制招标文件并通过审核。",
        MID_YEAR,
        targets=[target(task, "新建2个标准化派出所", "标准化派出所", 2, "个", "increment")],
        actuals=[],
    )
    assert j.status == "lagging"


def test_orderly_progress_phrase_at_mid_year_is_on_track():
    assert _stage_only("各项工作有序推进。").status == "on_track"


def test_qualitative_task_with_reported_work_is_on_track():
    j = _stage_only("印发《实施方案》任务分工清单。", task="全面落实法治政府建设实施纲要")
    assert j.status == "on_track"


def test_stated_lag_overrides_everything():
    assert _stage_only("已开工,但受疫情影响进度滞后。").status == "lagging"


def test_passed_deadline_without_the_milestone_is_lagging():
    j = _stage_only("正在开展施工招标。", task="推动科学大道项目6月底前开工")
    assert j.status == "lagging"
    assert "6月底前开工" in j.reason


def test_quantified_target_without_figure_or_stage_is_unknown():
    task = "技术交易合同登记额增长15%"
    j = judge(
        task,
        "上半年技术交易合同登记约2.24亿元。",
        MID_YEAR,
        targets=[target(task, "技术交易合同登记额增长15%", "技术交易合同登记额", 15, "%", "growth_rate")],
        actuals=[],
    )
    assert j.status == "unknown"


def test_empty_progress_is_unreported_with_warning():
    j = _stage_only("  ")
    assert j.status == "unreported"
    assert j.warnings


def test_progress_identical_to_previous_period_is_warned():
    j = judge("加快建设文化宣教中心", "正在施工。", MID_YEAR, targets=[], actuals=[], previous="正在施工。")
    assert any("上期" in w for w in j.warnings)


def test_cumulative_figure_lower_than_last_period_is_warned():
    task, progress, before = (
        "拆除150万平方米违法建筑",
        "累计拆除违法建筑30万平方米",
        "累计拆除违法建筑33万平方米",
    )
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[
            target(
                task,
                "拆除150万平方米违法建筑",
                "违法建筑",
                150,
                "万平方米",
                "increment",
                factor=1e4,
                base_unit="平方米",
            )
        ],
        actuals=[
            actual(
                progress, "拆除违法建筑30万平方米", "违法建筑", 30, "万平方米", "amount", 1e4, "平方米", True
            )
        ],
        previous_actuals=[
            actual(
                before, "拆除违法建筑33万平方米", "违法建筑", 33, "万平方米", "amount", 1e4, "平方米", True
            )
        ],
    )
    assert any("低于上期" in w for w in j.warnings)


def test_done_claim_without_figure_for_quantified_target_is_warned():
    task = "新改建“四好农村路”50公里"
    j = judge(
        task,
        "已完成年度任务。",
        MID_YEAR,
        targets=[target(task, "50公里", "四好农村路", 50, "公里", "increment")],
        actuals=[],
    )
    assert any("已完成" in w for w in j.warnings)


def test_json_has_the_cli_contract_fields():
    data = _fitness(2).to_json()
    assert {"status", "label", "ratio", "expected", "reason", "evidence"} <= data.keys()
    assert data["label"] == "滞后"
    assert data["expected"] == 0.5


def test_several_units_reason_names_the_lagging_unit(monkeypatch):
    monkeypatch.setattr("duban.core.judging.extract_targets", lambda text: [])
    monkeypatch.setattr("duban.core.judging.extract_actuals", lambda text: [])
    j = judge_task(
        "加快建设文化宣教中心",
        {"区文化旅游委": "主体结构正在施工。", "区住房城乡建委": "近期无进展。"},
        MID_YEAR,
    )
    assert j.status == "lagging"
    assert "区住房城乡建委" in j.reason


def test_several_units_with_one_missing_report_warns(monkeypatch):
    monkeypatch.setattr("duban.core.judging.extract_targets", lambda text: [])
    monkeypatch.setattr("duban.core.judging.extract_actuals", lambda text: [])
    j = judge_task("加快建设文化宣教中心", {"区文化旅游委": "正在施工。", "区住房城乡建委": ""}, MID_YEAR)
    assert j.status == "on_track"
    assert any("区住房城乡建委未填报" in w for w in j.warnings)


def test_figure_about_something_else_is_not_paired():
    task, progress = "提质街头绿地2万平方米", "清理龙腾大道外来入侵物种五色梅约700平方米。"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[
            target(
                task,
                "街头绿地2万平方米",
                "街头绿地",
                2,
                "万平方米",
                "increment",
                factor=1e4,
                base_unit="平方米",
            )
        ],
        actuals=[actual(progress, "700平方米", "清理龙腾大道外来入侵物种五色梅", 700, "平方米", "amount")],
    )
    assert j.findings == ()


def test_figure_naming_only_a_verb_stands_for_the_target():
    task, progress = "新改建“四好农村路”50公里", "已改建28公里。"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "50公里", "“四好农村路”", 50, "公里", "increment")],
        actuals=[actual(progress, "28公里", "改建", 28, "公里", "amount")],
    )
    assert j.ratio == pytest.approx(0.56)
    assert j.status == "on_track"


def test_unfinished_completion_target_with_work_under_way_is_on_track():
    task = "建成国通智慧冷链产业园等15个项目"
    progress = "3个项目建设已完成;其余项目主体施工完成35%。"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "15个项目", "项目", 15, "个", "increment")],
        actuals=[actual(progress, "3个项目", "项目", 3, "个", "amount")],
    )
    assert j.status == "on_track"
    assert "其余正在实施" in j.reason


def test_planning_task_counts_drafting_as_execution():
    j = _stage_only("已完成8个村规划编制,其余村规划正在编制。", task="全面完成村规划编制")
    assert j.status == "on_track"


def test_preparation_while_the_rest_waits_is_lagging_after_mid_year():
    j = _stage_only("已拟定整治范围,待确定整治模式后再推进相关工作。", task="推进农房风貌整治")
    assert j.status == "lagging"


def test_level_slightly_below_goal_at_mid_year_is_on_track():
    task, progress = "一窗综办达90%以上", "一窗综办率88.76%"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "90%以上", "一窗综办", 90, "%", "level")],
        actuals=[actual(progress, "88.76%", "一窗综办率", 88.76, "%", "amount")],
    )
    assert j.status == "on_track"


def test_quarter_deadline_raises_the_expected_share():
    task, progress = "三季度完成拆除违法建筑9万平方米", "累计拆除违法建筑3万平方米"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[
            target(
                task,
                "拆除违法建筑9万平方米",
                "违法建筑",
                9,
                "万平方米",
                "increment",
                factor=1e4,
                base_unit="平方米",
            )
        ],
        actuals=[
            actual(progress, "拆除违法建筑3万平方米", "违法建筑", 3, "万平方米", "amount", 1e4, "平方米")
        ],
    )
    assert j.expected == pytest.approx(6 / 9)
    assert j.status == "lagging"


# End to end on rows of the Shapingba 2022 H1 report (tests/corpus/001), with the real extractors.


def test_real_growth_indicator_below_target_is_lagging():
    j = judge_texts(
        "全体居民人均可支配收入增长6%左右", "1-6月,全体居民人均可支配收入增长5.2%(主城区第7名)。", MID_YEAR
    )
    assert j.status == "lagging"
    assert "5.2%" in j.reason


def test_real_demolition_far_behind_schedule_is_lagging():
    task = "常态化开展“马路办公”,一体推进智慧城市、韧性城市建设,拆除150万平方米违法建筑,城市生活垃圾回收利用率达40%"
    progress = "截至6月30日,累计完成违法建筑拆除33.31万平方米。\n城市生活垃圾回收利用率已达40%以上。"
    j = judge_texts(task, progress, MID_YEAR)
    assert j.status == "lagging"
    assert "22.2%" in j.reason


def test_real_qualitative_task_with_reported_work_is_on_track():
    j = judge_texts("依法开展政务公开", "1-6月,共公开政府信息28510项,办理政府信息公开申请25件。", MID_YEAR)
    assert j.status == "on_track"


def test_goal_restated_as_heading_in_progress_is_judged_when_not_extracted(monkeypatch):
    task = "新建3个社区体育公园、30个社区健身点"
    progress = "新建30个社区健身点:已建成2个社区健身点,正在开展健身器材招标工作。"
    monkeypatch.setattr("duban.core.judging.extract_targets", lambda text: [])
    j = judge_texts(task, progress, MID_YEAR)
    assert j.status == "lagging"
    assert "30个社区健身点" in j.reason


def test_evidence_spans_slice_the_texts_they_quote():
    task, progress = "新建3个社区体育公园、30个社区健身点", "已建成2个社区健身点"
    j = judge(
        task,
        progress,
        MID_YEAR,
        targets=[target(task, "30个", "社区健身点", 30, "个", "increment")],
        actuals=[actual(progress, "2个", "建成", 2, "个", "amount")],
    )
    texts = {"task": task, "progress": progress}
    assert [texts[e.source][e.span[0] : e.span[1]] for e in j.evidence] == [e.text for e in j.evidence]
    assert j.evidence[0].text == "30个社区健身点"


def test_total_over_listed_items_is_judged_on_their_sum():
    task = "推动普惠小微贷款、绿色贷款发放贷款5亿元以上。"
    progress = "累计发放普惠小微贷款1.2亿元,发放绿色贷款9000万元。"
    judgement = judge_texts(task, progress, MID_YEAR)
    assert judgement.ratio == pytest.approx(0.42)
    assert "合计" in judgement.reason
    assert [e.text for e in judgement.evidence if e.source == "progress"] == ["1.2亿元", "9000万元"]


def test_each_finding_says_why_its_figure_was_paired():
    judgement = judge_texts("新增高新技术企业20家。", "新增高新技术企业12家。", MID_YEAR)
    assert "高新技术企业" in judgement.findings[0].pairing


def test_runs_in_another_measure_word_of_the_lexicon_still_count():
    judgement = judge_texts("中欧班列开行600班以上。", "上半年开行中欧班列210列。", MID_YEAR)
    assert judgement.ratio == pytest.approx(0.35)


def test_visitors_received_count_as_achieved_figures():
    # 待 inside 接待 is not "pending".
    j = judge_texts("接待游客2000万人次。", "1-6月，接待游客1100万人次。", date(2024, 6, 30))
    assert j.status == "on_track" and j.ratio == pytest.approx(0.55)


def test_share_of_the_whole_task_measures_its_only_goal():
    j = judge_texts("新建污水管网30公里。", "目前完成全年任务的20%。", date(2024, 6, 30))
    assert j.status == "lagging" and j.ratio == pytest.approx(0.2)


def test_whole_items_are_rounded_in_base_units_not_in_written_ten_thousands():
    # 1.3万 of 2万户 at 1-11月 is 65%, below 0.8 × 91.7%: rounding applies to 20000 households, not to 2.
    j = judge_texts("新增市场主体2万户。", "1-11月，新增市场主体1.3万户。", date(2024, 11, 30))
    assert j.status == "lagging"


def test_amount_short_of_goal_at_year_end_is_lagging():
    j = judge_texts("新建充电桩1000个。", "全年新建充电桩900个。", date(2024, 12, 31))
    assert j.status == "lagging"


def test_task_not_launched_early_in_the_year_is_not_started_despite_contacts():
    j = judge_texts("建设区档案馆新馆。", "项目尚未启动，正在对接选址。", date(2024, 3, 31))
    assert j.status == "not_started"


def test_construction_not_begun_while_preparing_early_is_on_track():
    j = judge_texts("建设区档案馆新馆。", "已完成方案设计，暂未开工。", date(2024, 3, 31))
    assert j.status == "on_track"


def test_one_of_two_with_the_other_still_preparing_in_autumn_is_lagging():
    j = judge_texts("建成停车楼2座。", "1座已建成投用，另1座正在办理施工许可。", date(2024, 10, 31))
    assert j.status == "lagging"


def test_one_of_two_with_the_other_under_construction_in_autumn_is_on_track():
    j = judge_texts("建成停车楼2座。", "1座已建成投用，另1座主体已封顶。", date(2024, 9, 30))
    assert j.status == "on_track"


YEAR_END = date(2022, 12, 31)


def test_progress_stating_the_whole_year_is_not_prefixed_again():
    j = judge_texts("改造老旧小区管网80公里", "全年完成老旧小区管网改造72公里。", YEAR_END)
    assert "全年完成老旧小区管网改造72公里" in j.reason
    assert "全年全年" not in j.reason


def test_progress_stating_its_own_months_keeps_them_alone():
    j = judge_texts("新建口袋公园12个", "1-9月建成口袋公园7个。", date(2022, 9, 30))
    assert "1-9月建成口袋公园7个" in j.reason
    assert j.reason.count("1-9月") == 1


def test_share_of_the_whole_year_task_still_gets_the_period():
    j = judge_texts("新增城镇就业1.5万人", "完成全年任务的55%。", MID_YEAR)
    assert "1-6月完成全年任务的55%" in j.reason


def test_amount_short_at_year_end_says_the_year_goal_is_missed():
    j = judge_texts("改造老旧小区管网80公里", "全年完成老旧小区管网改造72公里。", YEAR_END)
    assert j.status == "lagging"
    assert "未完成全年目标" in j.reason
    assert "序时进度" not in j.reason


def test_deadline_inside_the_year_passed_says_the_deadline():
    j = judge_texts("9月底前完成农村公路改造60公里", "已完成农村公路改造45公里。", date(2022, 10, 31))
    assert j.status == "lagging"
    assert "时限已到" in j.reason


def test_preparing_at_year_end_says_the_year_is_over():
    j = judge_texts("新建社区食堂10个", "正在开展选址等前期工作。", YEAR_END)
    assert j.status == "lagging"
    assert "全年已结束" in j.reason
    assert "100%" not in j.reason


def test_count_of_designs_is_preparation_not_delivery():
    j = judge_texts("新建社区养老服务站8个", "已完成5个社区养老服务站方案设计。", MID_YEAR)
    assert j.status == "on_track"
    assert j.ratio is None
    assert "前期准备阶段" in j.reason
    assert "已完成5个社区养老服务站方案设计" in j.reason


def test_count_of_designs_short_of_the_schedule_is_lagging():
    j = judge_texts("新建社区养老服务站8个", "已完成1个社区养老服务站方案设计。", MID_YEAR)
    assert j.status == "lagging"


def test_count_of_designs_late_in_the_year_is_lagging():
    j = judge_texts("新建社区养老服务站8个", "已完成8个社区养老服务站方案设计。", date(2022, 10, 31))
    assert j.status == "lagging"


THREE_PARTS = "新增城镇就业1.2万人，引进科技型企业40家，改造农贸市场6个"


def test_three_units_only_the_lagging_units_part_is_named():
    j = judge_task(
        THREE_PARTS,
        {
            "区人力社保局": "新增城镇就业6500人。",
            "区科技局": "新培育引进科技型企业5家。",
            "区商务委": "已改造农贸市场3个。",
        },
        MID_YEAR,
    )
    assert j.status == "lagging"
    assert "区科技局负责部分推进滞后" in j.reason
    assert "区人力社保局" not in j.reason
    assert "区商务委" not in j.reason


def test_three_units_evidence_points_into_each_units_own_report():
    reports = {
        "区人力社保局": "新增城镇就业6500人。",
        "区科技局": "新培育引进科技型企业5家。",
        "区商务委": "已改造农贸市场3个。",
    }
    j = judge_task(THREE_PARTS, reports, MID_YEAR)
    for item in j.evidence:
        if item.source == "progress":
            assert reports[item.unit][item.span[0] : item.span[1]] == item.text


def test_a_second_lagging_part_is_named_with_its_goal():
    j = judge_task(
        THREE_PARTS,
        {
            "区人力社保局": "新增城镇就业6500人。",
            "区科技局": "新培育引进科技型企业5家。",
            "区商务委": "已改造农贸市场1个。",
        },
        MID_YEAR,
    )
    assert "区商务委负责的“改造农贸市场6个”" in j.reason
    assert "区科技局负责部分" in j.reason


def test_three_units_one_without_progress_names_it_once():
    j = judge_task(
        "加快建设区图书馆新馆",
        {
            "区文化旅游委": "主体结构施工中。",
            "区住房城乡建委": "正在进行幕墙安装。",
            "区规划自然资源局": "暂无进展。",
        },
        MID_YEAR,
    )
    assert j.status == "lagging"
    assert j.reason.count("区规划自然资源局") == 1
    assert "区文化旅游委" not in j.reason
    assert any(e.unit == "区规划自然资源局" for e in j.evidence)


def test_works_not_begun_that_the_text_opens_with_are_not_started_early_in_the_year():
    j = judge_texts("煤炭储配中心", "未开工原因是储煤场设计尚未完成", date(2018, 4, 30))
    assert j.status == "not_started"


def test_a_share_of_the_works_short_of_the_whole_at_year_end_is_lagging():
    j = judge_texts(
        "建成江山公园、两溪花谷。", "完成江山公园建设。清水溪两溪花谷整治工程完成70%。", date(2022, 12, 31)
    )
    assert j.status == "lagging" and "完成70%" in j.reason
