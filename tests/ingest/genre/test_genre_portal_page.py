"""A 政务公开 page of a county portal (fictional 云台县): GBK, navigation, breadcrumbs, an info
bar, a progress table with 类别 in rowspan cells, share bar and footer."""

from __future__ import annotations

import pytest
from office_files import build_portal_page

from duban.ingest.blocks import Paragraph
from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

TITLE = "云台县2025年政府工作报告重点工作上半年推进情况"
HEADER = ["类别", "序号", "重点工作", "牵头县领导", "责任单位", "上半年推进情况"]
ECONOMY = "壮大实体经济"
VILLAGES = "全面推进乡村振兴"
ROWS = [
    [ECONOMY, "1", "新培育国家级专精特新“小巨人”企业2家。", "副县长 何平", "县经济科技局",
     "已完成申报推荐2家，等待省级评审。"],
    [ECONOMY, "2", "园区规上工业产值突破300亿元。", "副县长 何平", "云台经开区管委会",
     "1-6月实现规上工业产值146亿元，同比增长9.8%。"],
    [VILLAGES, "3", "新建高标准农田3.5万亩。", "副县长 钟华", "县农业农村局\n县财政局",
     "已完成招投标，正在施工，完成工程量的40%。"],
    [VILLAGES, "4", "创建市级乡村振兴示范村10个。", "副县长 钟华", "县农业农村局、各乡镇",
     "已确定创建名单10个，规划编制完成8个。"],
]  # fmt: skip


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    path = build_portal_page(
        tmp_path_factory.mktemp("portal") / "t20250718_123456.html",
        TITLE,
        ["为抓好县政府工作报告目标任务落实，现将上半年推进情况公布如下："],
        HEADER,
        ROWS,
        span_col=0,
    )
    return read_document(path)


def test_site_chrome_is_dropped(document):
    text = "\n".join(b.text for b in document.blocks if isinstance(b, Paragraph))
    for chrome in ("网站首页", "您当前的位置", "字体", "分享到", "打印本页", "网站标识码", "ICP备", "搜索"):
        assert chrome not in text, chrome


def test_title_and_date_come_from_the_article(document):
    parsed = recognise(document)
    assert parsed.title == TITLE
    assert (parsed.date, parsed.year) == ("2025-07-18", 2025)


def test_rows_with_rowspan_categories(document):
    parsed = recognise(document)
    assert [(t.seq, t.category) for t in parsed.tasks] == [
        (1, ECONOMY),
        (2, ECONOMY),
        (3, VILLAGES),
        (4, VILLAGES),
    ]
    assert parsed.tasks[2].lead_units == ["县农业农村局", "县财政局"]
    assert parsed.tasks[3].lead_units == ["县农业农村局", "各乡镇"]
    assert parsed.tasks[0].lead_leaders == ["何平"]


def test_progress_and_period(document):
    parsed = recognise(document)
    assert parsed.tasks[1].progress == "1-6月实现规上工业产值146亿元，同比增长9.8%。"
    assert (parsed.kind, parsed.period) == ("progress", "上半年")
