"""A county decomposition plan as a real Word table with a 完成时限 column (fictional 柳湾区).

The table has a 类别 column merged down each group, leaders written with their titles, units
separated every way offices separate them, the header row typed again where a page broke, and the
table continued in a second Word table with the same header.
"""

from __future__ import annotations

import json

import pytest
from office_files import WordTable, build_word

from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

HEADER = ["类别", "序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]

GROWTH = "一、稳增长"
PROJECTS = "二、抓项目"
PEOPLE = "三、惠民生"

ROWS = [
    [GROWTH, "1", "地区生产总值增长6%左右。", "区长 周国平", "区发展改革委", "区统计局、各镇街", "12月底"],
    [GROWTH, "2", "规模以上工业增加值增长8%以上，新增规上工业企业15家。", "副区长李卫东",
     "区经济信息委", "区统计局，区税务局", "2025年12月31日前"],
    [GROWTH, "3", "社会消费品零售总额增长7%，举办促消费活动20场以上。", "副区长 陈  静",
     "区商务委", "区财政局；区市场监管局；各镇街", "全年"],
    [PROJECTS, "4", "实施区级重点项目120个，完成年度投资180亿元。", "常务副区长 吴志刚",
     "区发展改革委", "区住房城乡建委/区规划自然资源局/区生态环境局", "12月底前"],
    HEADER,
    [PROJECTS, "5", "开工建设柳湾大道二期，建成滨江路南延伸段。", "副区长李卫东\n副区长 赵晓明",
     "区住房城乡建委\n区交通局", "区规划自然资源局 区财政局 柳湾城投集团", "6月底前开工；11月底前建成"],
    [PEOPLE, "6", "新增城镇就业5200人，城镇调查失业率控制在5.5%以内。", "副区长 孙丽",
     "区人力社保局", "区教委、区农业农村委等区级有关部门", "持续推进"],
]  # fmt: skip

CONTINUED = [
    [PEOPLE, "7", "新建社区养老服务站8个，改造提升农村敬老院3所。", "副区长 孙丽",
     "区民政局", "区卫生健康委\n各镇人民政府、街道办事处", "10月底前"],
    [PEOPLE, "8", "改造城镇老旧小区42个，惠及居民6800户。", "副区长 赵晓明",
     "区住房城乡建委", "各街道办事处", "11月底"],
]  # fmt: skip

CONTENT: list = [
    "柳湾区人民政府办公室",
    "关于印发柳湾区2025年政府工作报告目标任务分解方案的通知",
    "各镇人民政府、街道办事处，区政府各部门，有关单位：",
    "《柳湾区2025年政府工作报告目标任务分解方案》已经区政府第48次常务会议审议通过，现印发给你们，请认真抓好落实。",
    "柳湾区人民政府办公室",
    "2025年2月20日",
    "柳湾区2025年政府工作报告目标任务分解方案",
    WordTable(HEADER, ROWS, merge_down=(0,)),
    WordTable(HEADER, CONTINUED, merge_down=(0,)),
]


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    path = build_word(tmp_path_factory.mktemp("plan") / "柳湾区分解方案.docx", CONTENT)
    return recognise(read_document(path))


def test_every_row_of_both_tables_is_one_task_in_order(parsed):
    assert [t.seq for t in parsed.tasks] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [t.ref for t in parsed.tasks] == [str(n) for n in range(1, 9)]


def test_the_header_typed_again_inside_the_table_is_not_a_task_and_no_warning(parsed):
    assert not [w for w in parsed.warnings if "序号" in w]


def test_merged_category_cells_are_carried_down(parsed):
    assert [t.category for t in parsed.tasks] == [GROWTH] * 3 + [PROJECTS] * 2 + [PEOPLE] * 3


def test_leader_titles_are_dropped_from_names(parsed):
    assert [t.lead_leaders for t in parsed.tasks[:6]] == [
        ["周国平"],
        ["李卫东"],
        ["陈静"],
        ["吴志刚"],
        ["李卫东", "赵晓明"],
        ["孙丽"],
    ]


def test_units_split_on_every_separator_offices_use(parsed):
    assert [t.co_units for t in parsed.tasks[:5]] == [
        ["区统计局", "各镇街"],
        ["区统计局", "区税务局"],
        ["区财政局", "区市场监管局", "各镇街"],
        ["区住房城乡建委", "区规划自然资源局", "区生态环境局"],
        ["区规划自然资源局", "区财政局", "柳湾城投集团"],
    ]
    assert parsed.tasks[4].lead_units == ["区住房城乡建委", "区交通局"]


def test_an_etc_list_stays_one_name(parsed):
    assert parsed.tasks[5].co_units == ["区教委", "区农业农村委等区级有关部门"]


def test_deadline_column_is_kept(parsed):
    assert [t.deadline for t in parsed.tasks] == [
        "12月底",
        "2025年12月31日前",
        "全年",
        "12月底前",
        "6月底前开工；11月底前建成",
        "持续推进",
        "10月底前",
        "11月底",
    ]


def test_deadline_is_an_extra_key_of_the_parse_json(parsed):
    task = json.loads(json.dumps(parsed.tasks[0].to_json()))
    assert task["deadline"] == "12月底"
    assert {"ref", "seq", "text", "lead_units", "co_units", "progress", "label"} <= set(task)


def test_metadata_of_the_notice(parsed):
    assert (parsed.kind, parsed.year, parsed.date) == ("plan", 2025, "2025-02-20")
    assert parsed.issuer == "柳湾区人民政府办公室"


def test_banner_rows_merged_across_the_table_are_section_headings(tmp_path):
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["一、扩大有效投资"] * 5,
        ["1", "实施区级重点项目120个。", "区发展改革委", "各镇街", "12月底"],
        ["二、保障改善民生"] * 5,
        ["2", "新增城镇就业5200人。", "区人力社保局", "各镇街", "12月底"],
    ]
    spec = WordTable(header, rows, banner_rows={1: "一、扩大有效投资", 3: "二、保障改善民生"})
    parsed = recognise(read_document(build_word(tmp_path / "方案.docx", [spec])))
    assert [(t.part, t.seq) for t in parsed.tasks] == [("扩大有效投资", 1), ("保障改善民生", 2)]
