from hypothesis import given
from hypothesis import strategies as st

from duban.core.actuals import extract_actuals


def test_growth_rate_reported_year_on_year():
    [actual] = extract_actuals("地区生产总值同比增长2.9%。")
    assert (actual.metric, actual.kind, actual.quantity.value) == ("地区生产总值", "growth_rate", 2.9)


def test_decline_is_a_negative_growth_rate():
    [actual] = extract_actuals("工业增加值同比下降3.2%。")
    assert (actual.kind, actual.quantity.value) == ("growth_rate", -3.2)


def test_negative_growth_as_written():
    assert extract_actuals("区级税收增长-36.8%。")[0].quantity.value == -36.8


def test_adjusted_figure_is_flagged_and_keeps_the_metric_of_the_headline():
    actuals = extract_actuals("1-6月,一般公共预算收入增长-19%(扣除留抵退税因素后增长-15.6%,主城区第5名)。")
    headline, adjusted, rank = actuals
    assert (headline.adjusted, adjusted.adjusted) == (False, True)
    assert adjusted.metric == "一般公共预算收入"
    assert (rank.kind, rank.quantity.value, rank.metric) == ("rank", 5, "主城区排名")


def test_period_is_read_from_the_sentence():
    [actual] = extract_actuals("1-6月,地区生产总值增长4.4%。")
    assert actual.period == "1-6月"


def test_completion_share_of_the_annual_task():
    actuals = extract_actuals("新增科技型企业273家,完成全年目标任务的126.3%。")
    assert [(a.kind, a.quantity.value) for a in actuals] == [("amount", 273), ("share", 126.3)]


def test_start_rate_is_a_share():
    assert [a.kind for a in extract_actuals("已开工项目33个,开工率55%。")] == ["amount", "share"]


def test_cumulative_figure_after_as_of():
    [actual] = extract_actuals("截至6月底,累计完成违法建筑拆除33.31万平方米。")
    assert actual.cumulative
    assert (actual.quantity.base_value, actual.quantity.base_unit) == (333100, "平方米")


def test_count_written_before_its_noun_takes_the_noun_as_metric():
    actuals = extract_actuals("28个镇街卫生院与61家养老机构签订《医疗服务协议》。")
    assert [a.metric for a in actuals] == ["镇街卫生院", "养老机构"]


def test_bracketed_scope_stays_in_the_clause():
    [actual] = extract_actuals("全区民间投资(不含房地产)增长34%。")
    assert (actual.metric, actual.adjusted) == ("民间投资", False)


def test_document_numbers_and_dates_are_not_figures():
    assert extract_actuals("印发《2025年对口协同巫山县工作实施方案》,于3月17日通车。") == []


@given(st.text())
def test_any_text_is_read_without_error_and_spans_point_at_the_text(text):
    for actual in extract_actuals(text):
        assert text[actual.span[0] : actual.span[1]] == actual.text


def test_share_of_a_restated_annual_task_in_brackets():
    actuals = extract_actuals("签约金额46.56亿元(完成全年任务70亿元的66.51%)。")
    assert actuals[-1].kind == "share"


def test_bare_verb_takes_the_noun_from_the_restated_goal():
    actuals = extract_actuals("新建30个社区健身点:已建成2个。")
    assert actuals[-1].metric == "建成社区健身点"


def test_decline_in_a_unit_is_a_negative_change():
    [level, change] = extract_actuals("PM10平均浓度为42微克/立方米,同比下降6.3微克/立方米。")
    assert (level.kind, level.quantity.value) == ("amount", 42)
    assert (change.kind, change.quantity.value) == ("change", -6.3)


def test_respectively_pairs_each_metric_with_its_figure():
    actuals = extract_actuals("规上工业总产值、营业收入分别增长7.4%、-2.5%。")
    assert [(a.metric, a.quantity.value, a.kind) for a in actuals] == [
        ("规上工业总产值", 7.4, "growth_rate"),
        ("营业收入", -2.5, "growth_rate"),
    ]


def test_respectively_after_short_modifiers_shares_the_head():
    actuals = extract_actuals("城镇、农村常住居民人均可支配收入分别增长3.9%和5.8%。")
    assert [a.metric for a in actuals] == ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]


def test_growth_clause_without_a_noun_takes_the_previous_subject():
    amount, growth = extract_actuals("1-6月，实现规上服务业营业收入46亿元，同比增长7.5%。")
    assert amount.metric == "规上服务业营业收入"
    assert (growth.metric, growth.kind) == ("规上服务业营业收入", "growth_rate")


def test_reach_word_before_a_figure_is_not_part_of_the_metric():
    [actual] = extract_actuals("港口集装箱吞吐量突破12万标箱。")
    assert actual.metric == "港口集装箱吞吐量"


def test_figure_in_a_new_sentence_does_not_take_the_previous_subject():
    _, growth = extract_actuals("完成固定资产投资38亿元。增长6%。")
    assert growth.metric == ""
