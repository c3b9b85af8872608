from duban.core.actuals import extract_actuals
from duban.core.matching import match_actuals, metrics_agree, unmatched_actuals
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
