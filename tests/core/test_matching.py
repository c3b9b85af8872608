from duban.core.actuals import extract_actuals
from duban.core.matching import match_actuals, metrics_agree, pair_figures, unmatched_actuals
from duban.core.targets import extract_targets


def pairs(task, progress):
    return [
        (m.target.metric, m.actual.text)
        for m in match_actuals(extract_targets(task), extract_actuals(progress))
    ]


def test_each_count_goes_to_the_target_with_the_same_metric():
    task = "新增高新技术企业20家、科技型企业150家。"
    progress = "新增科技型企业273家,新增高新技术企业12家。"
    assert pairs(task, progress) == [("高新技术企业", "12家"), ("科技型企业", "273家")]


def test_growth_rate_goes_to_the_only_growth_target_even_without_a_metric():
    assert pairs("民间投资增长12%。", "全区增长34%。") == [("民间投资", "34%")]


def test_amount_in_another_unit_is_not_paired():
    assert pairs("新增就业1万人以上。", "举办招聘会12场。") == []


def test_headline_comes_before_the_adjusted_figure():
    matches = match_actuals(
        extract_targets("一般公共预算收入增长5%左右"),
        extract_actuals("一般公共预算收入增长-19%(扣除留抵退税因素后增长-15.6%)。"),
    )
    assert [m.actual.adjusted for m in matches] == [False, True]
    assert "扣除" in matches[1].reason


def test_completion_share_is_paired_with_the_amount_target():
    assert pairs("实施重点项目194个、年度计划投资405.2亿元。", "完成投资203亿元,占年度计划投资的50.1%。") == [
        ("年度计划投资", "203亿元"),
        ("年度计划投资", "50.1%"),
    ]


def test_unrelated_figures_stay_available_as_evidence():
    targets = extract_targets("新增高新技术企业20家。")
    actuals = extract_actuals("新增高新技术企业12家,举办培训3场。")
    left = unmatched_actuals(actuals, match_actuals(targets, actuals))
    assert [a.text for a in left] == ["3场"]


def test_reason_names_the_metric():
    [match] = match_actuals(
        extract_targets("地区生产总值增长6%以上。"), extract_actuals("地区生产总值同比增长2.9%。")
    )
    assert "地区生产总值" in match.reason


def test_metrics_agree_when_one_contains_the_other():
    assert metrics_agree("新增养老床位", "养老床位")
    assert not metrics_agree("养老床位", "城镇调查失业率")


def paired(task, progress):
    targets, actuals = extract_targets(task), extract_actuals(progress)
    return [
        (t.metric, m.actual.text if m else None) for t, m in pair_figures(targets, actuals, progress, task)
    ]


def test_figure_of_the_same_act_goes_to_the_goal_of_that_act():
    task = "引进各类青年人才800名以上、集聚产业领军人才20名。"
    progress = "举办招才活动5场。上半年共引进青年人才420名,其中博士35名。"
    assert paired(task, progress)[0] == ("各类青年人才", "420名")


def test_generic_counted_noun_goes_to_the_figure_with_its_predicate():
    task = "推动滨江大道等40个项目如期开工,确保体育中心等25个项目实现竣工。"
    progress = "已开工项目18个,竣工投用项目9个。"
    assert paired(task, progress) == [("开工项目", "18个"), ("竣工项目", "9个")]


def test_figures_for_the_items_of_a_listed_total_are_summed():
    task = "推动普惠小微贷款、绿色贷款发放贷款5亿元以上。"
    progress = "累计发放普惠小微贷款1.2亿元,发放绿色贷款9000万元。"
    [(_, match)] = pair_figures(extract_targets(task), extract_actuals(progress), progress, task)
    assert match.base_value == 2.1e8
    assert [a.text for a in match.parts] == ["9000万元"]


def test_reduction_in_a_unit_measures_a_reduction_goal_only():
    progress = "二氧化硫排放量减少800吨。"
    assert [text for _, text in pairs("减少二氧化硫排放1000吨。", progress)] == ["800吨"]
    assert pairs("新增储气能力1000吨。", progress) == []


def test_count_of_designs_does_not_measure_things_to_be_built():
    assert pairs("新建社区养老服务站8个。", "已完成5个社区养老服务站方案设计。") == []


def test_count_of_plans_measures_a_goal_of_plans():
    assert pairs("完成12个乡镇国土空间规划编制。", "已完成7个乡镇国土空间规划编制。") == [
        ("乡镇国土空间规划编制", "7个")
    ]
