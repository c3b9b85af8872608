from hypothesis import given
from hypothesis import strategies as st

from duban.core.targets import extract_targets


def summary(text):
    return [
        (t.metric, t.comparator, t.quantity.value, t.quantity.unit, t.kind) for t in extract_targets(text)
    ]


def test_growth_target_with_at_least():
    assert summary("地区生产总值增长6%以上。") == [("地区生产总值", ">=", 6, "%", "growth_rate")]


def test_unemployment_ceiling_is_a_level_at_most():
    assert summary("城镇调查失业率控制在5.5%以内。") == [("城镇调查失业率", "<=", 5.5, "%", "level")]


def test_about_comparator():
    assert summary("工业增加值增长7%左右")[0][1] == "~"


def test_decline_rate_when_the_verb_opens_the_phrase():
    assert summary("压降企业法人户数10%以上。") == [("企业法人户数", ">=", 10, "%", "decline_rate")]


def test_two_counts_in_one_sentence_are_two_increments():
    assert summary("新增高新技术企业20家、科技型企业150家。") == [
        ("高新技术企业", "=", 20, "家", "increment"),
        ("科技型企业", "=", 150, "家", "increment"),
    ]


def test_each_listed_goal_with_its_own_verb_counts_before_its_noun():
    assert summary("建成12个口袋公园、改造35条背街小巷、引进60名骨干教师。") == [
        ("口袋公园", "=", 12, "个", "increment"),
        ("背街小巷", "=", 35, "条", "increment"),
        ("骨干教师", "=", 60, "名", "increment"),
    ]


def test_place_phrase_between_verb_and_count_keeps_the_goal():
    assert summary("整治嘉陵江沿岸25公里岸线") == [("岸线", "=", 25, "公里", "increment")]


def test_listed_places_without_a_verb_of_their_own_are_not_a_goal():
    assert summary("做强装备、医药、食品3个产业集群") == []


def test_scheduled_runs_count_with_their_own_measure_word():
    assert summary("中欧班列开行800列以上") == [("中欧班列", ">=", 800, "列", "increment")]
    assert summary("国际航线航班开行2000班次")[0][2:4] == (2000, "班次")


def test_shared_number_gives_one_target_per_metric_with_the_shared_modifier():
    metrics = [t.metric for t in extract_targets("力争西部陆海新通道货运量、货运值均增长10%以上。")]
    assert metrics == ["西部陆海新通道货运量", "西部陆海新通道货运值"]


def test_stock_reached_is_a_level():
    assert summary("确保高新技术企业突破75家。")[0][1:] == (">=", 75, "家", "level")


def test_annual_flow_of_money_is_a_total():
    assert summary("全年力争实现协议引资400亿元以上。")[0][4] == "total"


def test_stretch_goal_is_soft_and_keeps_its_comparator():
    [target] = extract_targets("力争战略性新兴产业增加值增长10%。")
    assert (target.soft, target.comparator) == (True, "=")


def test_baseline_is_not_a_target():
    assert summary("单位GDP能耗由现行3%降至2.5%。") == [("单位GDP能耗", "<=", 2.5, "%", "level")]


def test_project_attributes_are_not_targets():
    text = "推动年产2000吨金属锂、年产10万吨纳米碳酸钙等项目签约落地,确保全年协议引资200亿元。"
    assert [t.quantity.value for t in extract_targets(text)] == [200]


def test_capacity_inside_a_project_name_is_not_a_target():
    text = "建成投用文曲220千伏输变电工程、高楼维新150MW光伏等9个电力保障项目。"
    assert summary(text) == [("电力保障项目", "=", 9, "个", "increment")]


def test_count_restating_an_exhaustive_list_is_not_a_target():
    assert summary("做优新一代电子信息制造、生物医药、农产品及食品加工3个特色产业。") == []


def test_investment_of_the_project_described_is_not_a_target():
    assert summary("开工建设总投资50亿元的项目。") == []


def test_scope_threshold_is_not_a_target():
    assert summary("建立500万元以上项目投资“一本账”。") == []


def test_second_figure_of_the_same_object_gets_its_dimension():
    targets = extract_targets("改造城镇老旧小区项目8个、55万平方米。")
    assert [t.metric for t in targets] == ["城镇老旧小区项目", "城镇老旧小区面积"]


def test_comparator_after_adjacent_figures_covers_both():
    targets = extract_targets("确保粮食播种面积和产量稳定在139万亩、45万吨以上。")
    assert [t.comparator for t in targets] == [">=", ">="]


def test_rank_goal_is_an_upper_bound_on_the_place():
    [target] = extract_targets("保持主城都市区前3。")
    assert (target.metric, target.comparator, target.quantity.value) == ("主城都市区排名", "<=", 3)


def test_json_shape_follows_the_cli_contract():
    [target] = extract_targets("新增城市绿地3万平方米。")
    data = target.to_json()
    assert {
        "metric",
        "value",
        "unit",
        "comparator",
        "kind",
        "span",
        "text",
        "base_value",
        "base_unit",
    } <= set(data)
    assert (data["value"], data["unit"], data["base_value"]) == (3, "万平方米", 30000)


@given(st.text())
def test_any_text_is_read_without_error_and_spans_point_at_the_text(text):
    for target in extract_targets(text):
        assert text[target.span[0] : target.span[1]] == target.text


@given(
    st.sampled_from(["增长", "新增", "达到", "控制在"]),
    st.integers(1, 10**6),
    st.sampled_from(["%", "家", "万元"]),
)
def test_generated_goal_sentences_yield_their_number(verb, number, unit):
    text = f"全区工业产值{verb}{number}{unit}以上。"
    assert [t.quantity.value for t in extract_targets(text)] == [number]


def test_respectively_pairs_each_metric_with_its_own_figure():
    assert summary("社会消费品零售总额、进出口总额分别增长7%、5%以上。") == [
        ("社会消费品零售总额", ">=", 7, "%", "growth_rate"),
        ("进出口总额", ">=", 5, "%", "growth_rate"),
    ]


def test_predicate_after_a_counted_noun_names_the_goal():
    assert summary("推动滨江大道等40个项目如期开工")[0][0] == "开工项目"


def test_price_rise_is_a_growth_rate():
    assert summary("居民消费价格涨幅控制在3.5%以内。") == [("居民消费价格", "<=", 3.5, "%", "growth_rate")]


def test_amount_after_a_project_count_measures_those_projects():
    found = summary("新签约亿元以上项目50个、总投资300亿元。")
    assert found[1] == ("总投资", "=", 300, "亿元", "total")


def test_foreign_currency_amount_is_a_total():
    assert summary("实际利用外资达到3亿美元。")[0][-1] == "total"


def test_urban_and_rural_incomes_respectively_give_two_targets():
    assert summary("城乡居民人均可支配收入分别增长5.5%和6.5%。") == [
        ("城镇居民人均可支配收入", "=", 5.5, "%", "growth_rate"),
        ("农村居民人均可支配收入", "=", 6.5, "%", "growth_rate"),
    ]


def test_a_flow_counted_in_counting_words_is_a_total():
    assert summary("肉牛出栏稳定在5万头。")[0][-1] == "total"


def test_reemployment_count_is_an_increment():
    assert summary("促进失业人员再就业800人。")[0][-1] == "increment"


def test_age_is_a_unit():
    assert summary("人均预期寿命达到80岁。") == [("人均预期寿命", "=", 80, "岁", "level")]


def test_net_addition_is_an_increment():
    assert summary("规上工业企业净增50家以上。") == [("规上工业企业", ">=", 50, "家", "increment")]


def test_bounded_count_before_its_noun_is_a_goal():
    assert summary("支持5家以上企业创建省级智能工厂。")[0][1:] == (">=", 5, "家", "increment")


def test_scope_threshold_before_a_noun_is_not_a_goal():
    assert summary("培育年营业收入500万元以上企业。") == []


def test_stretch_figure_after_a_goal_restates_the_same_goal():
    assert summary("一般公共预算收入增长5%以上，力争达到6%。")[1] == (
        "一般公共预算收入",
        "=",
        6,
        "%",
        "growth_rate",
    )


def test_total_count_after_an_addition_names_what_was_counted():
    assert summary("新增专精特新企业30家，总数达到200家。")[1][0] == "专精特新企业总数"


def test_figure_after_zai_keeps_its_change_word():
    assert summary("居民消费价格涨幅在3%左右。")[0][-1] == "growth_rate"


def test_area_expanded_to_is_a_level():
    assert summary("城市建成区面积扩大至80平方公里。")[0][-1] == "level"


def test_added_capacity_at_the_end_of_its_clause_is_a_goal():
    assert summary("新增风电装机容量10万千瓦。") == [("风电装机容量", "=", 10, "万千瓦", "increment")]


def test_capacity_of_a_named_project_is_not_a_goal():
    assert summary("新建装机容量10万千瓦的光伏电站。") == []


def test_growth_clause_without_a_noun_takes_the_previous_subject():
    assert summary("跨境电商交易额突破30亿元，增长20%以上。")[1] == (
        "跨境电商交易额",
        ">=",
        20,
        "%",
        "growth_rate",
    )


def test_subject_is_not_carried_into_the_next_sentence():
    assert summary("旅游综合收入达到80亿元。增长12%。")[1][0] == ""


def test_a_range_is_a_floor_and_a_ceiling():
    assert summary("国内生产总值增长6%-6.5%的目标") == [
        ("国内生产总值", ">=", 6, "%", "growth_rate"),
        ("国内生产总值", "<=", 6.5, "%", "growth_rate"),
    ]


def test_a_multiplier_without_a_noun_unit_is_a_quantity():
    [target] = extract_targets("减少农村贫困人口1000万以上。")
    assert (target.quantity.value, target.quantity.unit, target.comparator) == (1000, "万", ">=")
    assert target.quantity.base_value == 10_000_000


def test_a_compound_multiplier_before_a_unit():
    [target] = extract_targets("粮食产量保持在1.3万亿斤以上")
    assert (target.quantity.unit, target.comparator, target.kind) == ("万亿斤", ">=", "total")


def test_a_bound_followed_by_a_bracketed_part_is_still_a_goal():
    values = [
        t.quantity.value
        for t in extract_targets(
            "其中城镇下岗失业人员再就业1.2万人以上(其中城镇就业困难对象再就业0.25万人以上)。"
        )
    ]
    assert values == [1.2, 0.25]


def test_points_raised_are_an_increment_of_a_level():
    assert summary("常住人口城镇化率提高1.2个百分点。") == [
        ("常住人口城镇化率", "=", 1.2, "个百分点", "increment")
    ]


def test_a_standard_in_money_and_a_discount_are_levels():
    assert summary("农村居民最低生活保障标准达260元以上")[0][4] == "level"
    assert [t[4] for t in summary("普通卡7折、学生卡5折")] == ["level", "level"]


def test_a_name_cell_and_its_value_cell_on_separate_lines_are_one_target():
    assert summary("区级财政收入增长率\n\n6%以上") == [("区级财政收入增长率", ">=", 6, "%", "growth_rate")]
    assert summary("城乡登记失业人数\n\n控制在\n\n10410人内") == [
        ("城乡登记失业人数", "<=", 10410, "人", "level")
    ]


def test_a_percentage_before_what_it_achieves_is_a_level():
    [target] = extract_targets("符合条件的义务教育段随迁子女在家长常住地100%保障入学")
    assert (target.quantity.value, target.kind) == (100, "level")


def test_a_count_opening_its_clause_before_what_happens_to_it():
    assert summary("完成县妇幼保健院主体工程建设,7个乡镇卫生院完成搬迁或改扩建")[0][1:] == (
        "=",
        7,
        "个",
        "increment",
    )


def test_a_bound_before_the_change_it_measures_is_a_growth_rate():
    assert summary("4个结构性指标均实现10%以上增长") == [("结构性指标", ">=", 10, "%", "growth_rate")]


def test_a_deadline_opening_a_goal_is_not_part_of_its_metric():
    assert summary("9月底完成供热管网互联互通64公里")[0][0] == "供热管网互联互通"


def test_a_change_word_before_an_amount_makes_an_increment():
    assert summary("农村贫困人口减少60万以上")[0][4] == "increment"


def test_an_item_after_a_goal_in_the_same_unit_shares_its_verb():
    assert [t[4] for t in summary("新建、改扩建公办幼儿园8所,中小学校16所")] == ["increment", "increment"]


def test_counts_of_what_the_work_is_done_to():
    assert summary("2606个撤并村通公路(2013—2017年)。")[0][2:] == (2606, "个", "increment")
    assert summary("对2000户特殊困难老年人家庭适老化改造")[0][2:] == (2000, "户", "increment")


def test_a_space_between_a_figure_and_its_unit_and_an_amount_per_person():
    assert summary("化解义务教育“大班额”452 个")[0][2:4] == (452, "个")
    assert summary("城市低保补差水平月均达到300元/人")[0][2:] == (300, "元/人", "level")


def test_every_figure_of_a_listed_baseline_is_a_baseline():
    text = "将城镇、农村低保人均最低补差水平从每人每月574元、271元分别提高到每人每月609元、300元。"
    assert [t.quantity.value for t in extract_targets(text)] == [609, 300]


def test_a_bound_set_by_a_reference_applies_to_the_multiple():
    (target,) = extract_targets("特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍。")
    assert (target.quantity.value, target.quantity.unit, target.comparator) == (1.6, "倍", ">=")


def test_more_than_before_a_multiplier_is_a_floor():
    (target,) = extract_targets("全年为企业和个人减税8000多亿元。")
    assert (target.quantity.value, target.quantity.unit, target.comparator) == (8000, "亿元", ">=")


def test_a_figure_whose_parts_follow_in_a_bracket_is_a_goal():
    text = "沿海基干林带建设任务16600亩(其中新造基干林带100亩、林带修复1500亩、封山育林15000亩)"
    assert [t.quantity.value for t in extract_targets(text)] == [16600, 100, 1500, 15000]


def test_cases_solved_are_the_years_additions():
    (target,) = extract_targets("全年破获电信诈骗案件36起")
    assert target.kind == "increment"


# Task sentences of 民生实事 lists (tests/realworld/targets2), one rule per test.


def test_a_verb_before_a_list_of_counts_governs_every_count():
    found = [
        (t.quantity.value, t.kind) for t in extract_targets("新建8所中小学、9所幼儿园,新增学位1.18万个。")
    ]
    assert found == [(8, "increment"), (9, "increment"), (1.18, "increment")]


def test_a_count_after_a_coverb_and_a_place_is_what_the_work_is_done_to():
    (target,) = extract_targets("对辖区80条背街小巷破损路面、井盖进行维修更换。")
    assert (target.quantity.value, target.kind) == (80, "increment")
    (target,) = extract_targets("在38个社区开展完整社区建设试点")
    assert target.quantity.value == 38


def test_a_place_between_the_verb_and_its_count_keeps_the_count_a_goal():
    (target,) = extract_targets("完成秦南路南小河桥至花船子3.4公里道路拓宽改造工程")
    assert (target.quantity.value, target.quantity.unit) == (3.4, "公里")


def test_an_item_of_a_list_of_works_without_a_verb_is_a_goal():
    found = [
        (t.quantity.value, t.quantity.unit, t.kind)
        for t in extract_targets("*30个市民益智健身苑点、2片市民足球场")
    ]
    assert found == [(30, "个", "increment"), (2, "片", "increment")]


def test_ages_and_names_of_teams_are_not_counts():
    assert [t.quantity.value for t in extract_targets("为全州7万名35-64岁妇女免费做宫颈癌筛查")] == [7]
    assert [t.quantity.value for t in extract_targets("建成社区健身路径或3人制篮球场20个")] == [20]


def test_a_listed_noun_ending_like_a_verb_does_not_make_a_restated_count_a_goal():
    assert extract_targets("聚焦产业发展、城市建设、旅游开发3个板块") == []


def test_a_rate_named_by_its_change_is_a_growth_rate():
    (target,) = extract_targets("居民消費價格漲幅3%左右")
    assert target.kind == "growth_rate"


def test_the_years_task_stated_as_a_count_is_the_goal():
    (target,) = extract_targets("“六化六有”美丽村庄建设,全年任务为282个村")
    assert (target.quantity.value, target.kind) == (282, "increment")


def test_results_and_the_scope_of_a_programme_are_not_goals():
    assert [t.quantity.value for t in extract_targets("全年任务为3800户,实际改造4559户,超额完成20%")] == [
        3800
    ]
    assert extract_targets("要重点抓好11个方面任务的落实") == []
    assert [t.quantity.value for t in extract_targets("实际利用外资6亿美元")] == [6]


def test_the_goal_of_a_change_is_a_rate_of_change():
    (target,) = extract_targets("2021年全区生产总值增长目标为7.5%以上")
    assert (target.kind, target.comparator) == ("growth_rate", ">=")


# Sentences of real bulletins and plans (tests/realworld/verdicts4, north): programme sizes and
# results are not targets.
def _quantities(text: str) -> list[float]:
    return [t.quantity.value for t in extract_targets(text)]


def test_a_count_of_projects_whose_investment_follows_is_the_programme_size():
    assert _quantities("2021年安排重点项目83个,总投资845.08亿元,年度计划投资总额235.88亿元") == [235.88]
    assert _quantities("57个续建项目,总投资504.47亿元,2021年计划投资167.18亿元") == [167.18]
    assert _quantities("水利基础设施项目, 年初安排8项,计划完成投资23.7亿元") == [23.7]


def test_projects_to_start_or_worked_on_are_a_goal_beside_their_investment():
    assert _quantities("今年计划新开工项目43个,总投资1658.9亿元,年度计划投资184.5亿元") == [43, 184.5]
    assert _quantities("抓好600个省级重点产业项目,确保年度投资达到2000亿元。")[0] == 600


def test_figures_of_the_months_so_far_are_results_not_goals():
    assert _quantities("目前完成投资195.88亿元,占年计划的73.11%") == []
    assert _quantities("基础设施工程项目1-2月累计完成投资9.5亿元") == []
    assert _quantities("新华区,完成年度投资计划的111.43%") == []
    assert _quantities("计划累计完成铸铁管网改造7公里") == [7]


def test_a_currency_after_the_amount_and_a_note_after_a_rate_keep_the_target():
    (amount,) = extract_targets("(二)实现年度社会消费品零售总额达到800亿元人民币。")
    assert (amount.quantity.value, amount.quantity.unit, amount.metric) == (
        800,
        "亿元",
        "实现年度社会消费品零售总额",
    )
    (rate,) = extract_targets("地区生产总值 | 增长5.5%(市下达指标)")
    assert (rate.quantity.value, rate.metric, rate.kind) == (5.5, "地区生产总值", "growth_rate")


def test_a_sentence_reporting_results_states_no_target():
    # tests/realworld/verdicts5: what was done, in bulletins
    assert _quantities("今年1—11月,全省172个在建重点项目完成投资1434.9亿元,为年计划的95.6%") == []
    assert _quantities("截止9月底,已有102個項目開工,開工率95.3%,完成投資414.4億元") == []
    assert _quantities("1-9月份,316个州重点建设项目累计开复工291个,开复工率92%") == []
    assert _quantities("完成固定资产投资300亿元") == [300]


def test_shares_of_a_plan_reached_works_done_and_counts_of_a_programme_are_no_targets():
    # tests/realworld/plans5
    assert _quantities("国庆节前公交场站开工15座,达到年计划的50%,更新环保型公交车辆753部。") == []
    assert _quantities("京津塘二线路基工程完成98%,主线道路工程完成70%。") == []
    assert _quantities("截至9月底,全省各地均已完成提标任务,惠及残疾人67.5万人。") == []
    assert _quantities("4项目标的责任单位均为市发展改革委。") == []
    assert _quantities("主要针对“31245”的目标任务,包括8项。") == []
    assert _quantities("省级以上补助资金累计下达116.99亿元") == []


def test_posts_bought_sections_removed_and_people_funded_are_counts_of_work():
    (posts,) = extract_targets("购买公益性岗位252个")
    assert (posts.quantity.value, posts.kind) == (252, "increment")
    (sections,) = extract_targets("计划今年消除县域以上劣Ⅴ类水质断面58个")
    assert sections.kind == "increment"


def test_count_opening_its_clause_after_a_place_is_a_goal():
    assert summary("市区10个老旧小区基础设施维修改造")[0][1:] == ("=", 10, "个", "increment")


def test_people_served_after_a_coverb_and_a_place_each_get_their_noun():
    assert summary("向全市1891名特困群众和1206名残疾人发放生活救助金")[0][0] == "特困群众"
    assert summary("为全县200名以上残疾儿童实施基本康复服务和救助。")[0][1:] == (">=", 200, "名", "increment")


def test_people_trained_are_counted_not_money():
    assert summary("开展补贴性培训3500人次以上")[0][1:] == (">=", 3500, "人次", "increment")


def test_performances_are_counted_as_held():
    assert summary("免费送戏下乡2000场")[0][4] == "increment"


def test_a_share_of_the_years_plan_is_a_result_but_its_bracketed_goal_is_the_target():
    text = "全国新开工改造城镇老旧小区1.59万个,占年度目标任务(3.9万个)的40.4%"
    assert [t[2:4] for t in summary(text)] == [(3.9, "万个")]
    assert summary("未达到序时进度项目共48项,占全年项目数的12.72%") == []


def test_how_many_of_a_group_did_what_is_a_result():
    assert summary("在被督查的46个城市中,25个达到治理目标,21个未达到治理目标") == []


def test_a_list_of_projects_sized_by_its_investment_is_not_a_goal_unless_its_starts_are_planned():
    assert [t[2] for t in summary("新开工项目200项,总投资1203.5亿元,年度预计投资391亿元以上")] == [391]
    assert [t[2] for t in summary("今年计划新开工项目43个,总投资1658.9亿元,年度计划投资184.5亿元")] == [
        43,
        184.5,
    ]


def test_what_counted_items_already_did_is_a_result():
    assert summary("松风食品百万头生猪屠宰项目等134个项目已完成年度计划") == []
    assert summary("602个市级重点项目中,458个项目完成投资超过了序时进度") == []


def test_goals_in_brackets_after_the_years_goal_are_targets_and_the_shares_after_are_results():
    text = "分别完成年度目标(维修改造锅炉146台、供热管网改造40公里)的80.8%、58.5%"
    assert [(t[0], t[2]) for t in summary(text)] == [("维修改造锅炉", 146), ("供热管网改造", 40)]


def test_a_count_in_brackets_closing_a_category_name_is_its_size_not_a_goal():
    assert summary("综合交通(19 项)") == []
    assert summary("完成老旧小区改造(30个)")[0][2] == 30
