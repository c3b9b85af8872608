"""Template filters: figures and targets shown as the documents write them."""

import pytest

from duban.core.targets import extract_targets
from duban.web.templatetags.duban_tags import figure, target_text


@pytest.mark.parametrize(
    ("value", "unit", "shown"), [(30.0, "个", "30个"), (1.2, "万人", "1.2万人"), (0.1 + 0.2, "%", "0.3%")]
)
def test_figures_drop_float_noise(value, unit, shown):
    assert figure(value, unit) == shown


@pytest.mark.parametrize(
    ("task", "shown"),
    [
        ("新建社区健身点30个", "社区健身点：30个"),
        ("地区生产总值增长6%以上", "地区生产总值增长6%以上"),
        ("新增城镇就业1.2万人", "城镇就业：1.2万人"),
        ("单位GDP能耗下降3%", "单位GDP能耗下降3%"),
        ("力争引进项目10个", "力争引进项目：10个"),
    ],
)
def test_targets_read_as_written(task, shown):
    assert target_text(extract_targets(task)[0].to_json()) == shown
