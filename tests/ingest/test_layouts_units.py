"""Unit and leader names as printed in cells (duban.core.unit_split), used by every layout."""

from __future__ import annotations

import pytest

from duban.core.unit_split import join_unit_lines, looks_like_unit_list, split_leaders, split_units


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        (
            "区发展改革委区商务委(区招商中心)区属国有重点企业",
            ["区发展改革委", "区商务委(区招商中心)", "区属国有重点企业"],
        ),
        ("国际物流枢纽公司工投公司", ["国际物流枢纽公司", "工投公司"]),
        ("覃家岗街道新桥街道山洞街道", ["覃家岗街道", "新桥街道", "山洞街道"]),
        ("三峡广场商圈管委会磁器口古镇管委会", ["三峡广场商圈管委会", "磁器口古镇管委会"]),
        ("区政府办公室区教委区文化旅游委", ["区政府办公室", "区教委", "区文化旅游委"]),
        ("区文化旅游委团区委区妇联区科协", ["区文化旅游委", "团区委", "区妇联", "区科协"]),
        ("区级各部门各镇街", ["区级各部门", "各镇街"]),
    ],
)
def test_run_together_names_split_where_one_visibly_ends(cell, names):
    assert split_units(cell) == names


@pytest.mark.parametrize(
    "name",
    [
        "区委组织部",
        "龙城天街商圈管委会",
        "区纪委监委机关",
        "党工委宣传部",
        "干部教育培训工作联席会议成员单位",
        "区住房城乡建委等区级相关部门单位",
        "相关部门及镇街",
        "区政务服务管理事务中心",
    ],
)
def test_single_names_stay_whole(name):
    assert split_units(name) == [name]


def test_never_splits_before_an_unmatched_closing_parenthesis():
    assert split_units("磁器口古镇管委会5A景区创建工作领导小组办公室)区文化旅游委") == [
        "磁器口古镇管委会5A景区创建工作领导小组办公室)",
        "区文化旅游委",
    ]


def test_separators_and_final_punctuation_are_dropped():
    assert split_units("人力社保局、农业农村局。") == ["人力社保局", "农业农村局"]


def test_continuation_lines_join_the_name_they_complete():
    lines = ["区商务委", "(区招商中心)", "生活垃圾分类工作", "领导小组成员单位"]
    assert join_unit_lines(lines) == ["区商务委(区招商中心)", "生活垃圾分类工作领导小组成员单位"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("区科技局、区财政局", True),
        ("高新区管委会等", True),
        ("近期无进展。", False),
        ("新建2个标准化派出所", False),
        ("建成智慧创新产业园", False),
        ("61个新引进项目中已开工项目46个。", False),
    ],
)
def test_unit_lines_are_told_from_sentences(line, expected):
    assert looks_like_unit_list(line) is expected


def test_padded_two_character_leader_names_are_joined():
    assert split_leaders("郑小平高  帆") == ["郑小平", "高帆"]


def test_leaders_printed_together_are_split_by_names_seen_elsewhere():
    assert split_leaders("冯星贵张宇", frozenset({"冯星贵", "张宇"})) == ["冯星贵", "张宇"]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("区长 周国平", ["周国平"]),
        ("副区长李卫东", ["李卫东"]),
        ("副县长 陈  静", ["陈静"]),
        ("区委常委、常务副区长 吴志刚", ["吴志刚"]),
        ("吴志刚（常务副区长）", ["吴志刚"]),
        ("李卫东副区长", ["李卫东"]),
    ],
)
def test_leader_titles_are_dropped_from_names(cell, names):
    assert split_leaders(cell) == names


def test_a_leader_cell_naming_only_a_title_keeps_the_title():
    assert split_leaders("分管副区长") == ["分管副区长"]


def test_units_separated_by_slashes_or_spaces_are_split():
    assert split_units("区住房城乡建委/区规划自然资源局") == ["区住房城乡建委", "区规划自然资源局"]
    assert split_units("区财政局 区税务局 柳湾城投集团") == ["区财政局", "区税务局", "柳湾城投集团"]


def test_a_unit_printed_with_its_head_after_a_space_is_the_unit():
    # 牵头单位及主要负责人 columns (Zhaoqing 2020): the unit, then the name of its head
    assert split_units("市民政局 伍泽国") == ["市民政局"]
    assert looks_like_unit_list("市民政局 伍泽国")
    assert split_units("区发改委 区财政局") == ["区发改委", "区财政局"]


def test_two_levels_sharing_one_body_are_one_name_as_printed():
    assert split_units("市统计局、各乡、镇人民政府") == ["市统计局", "各乡、镇人民政府"]
    assert split_units("各街道、区市场局") == ["各街道", "区市场局"]
