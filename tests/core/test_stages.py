import pytest

from duban.core.stages import Stage, detect_stages


@pytest.mark.parametrize(
    ("progress", "stage"),
    [
        ("近期无进展。", Stage.NOT_STARTED),
        ("项目暂未启动。", Stage.NOT_STARTED),
        ("项目未进场施工。", Stage.NOT_STARTED),
        ("正在开展施工单位比选工作。", Stage.PREPARING),
        ("已完成初步设计方案,正在推进立项、招标等前期手续。", Stage.PREPARING),
        ("已完成土石方工程,正在开展主体部分挂网招标,计划8月中旬开标。", Stage.EXECUTING),
        ("已完成施工图设计并通过审核。", Stage.PREPARING),
        ("计划8月底开工。", Stage.PREPARING),
        ("待肉类监管场所验收后启动申报程序。", Stage.PREPARING),
        ("融汇B校区改扩建工程:正在开展基础施工。", Stage.EXECUTING),
        ("科学城隧道完成工程总量的18%。", Stage.EXECUTING),
        ("首创高科产业园:完成主体封顶,正在装修。", Stage.EXECUTING),
        ("国际物流枢纽口岸高地展示中心已建成并投用。", Stage.DONE),
        ("中渡口战备码头已施工完成。", Stage.DONE),
        ("通过竣工验收。", Stage.DONE),
    ],
)
def test_most_advanced_stage_of_progress_text(progress, stage):
    assert detect_stages(progress).highest == stage


def test_main_structure_finished_is_still_execution():
    assert detect_stages("半山崖线主线步道主体已完工。").highest == Stage.EXECUTING


def test_planned_completion_is_not_done():
    reading = detect_stages("已完成工程量66%,计划12月完工。")
    assert reading.highest == Stage.EXECUTING


def test_negated_completion_is_not_done():
    assert detect_stages("项目尚未建成").highest != Stage.DONE


def test_partly_done_task_keeps_its_lowest_stage():
    reading = detect_stages("三河村乡村会客厅:已建成并对外开放。龙泉村乡村会客厅:已完成公开招投标。")
    assert (reading.highest, reading.lowest) == (Stage.DONE, Stage.PREPARING)


def test_orderly_progress_phrase_is_read_without_a_stage():
    reading = detect_stages("各项工作有序推进。")
    assert reading.highest is None
    assert reading.progressing[0].text == "有序推进"


def test_stated_lag_is_read():
    assert detect_stages("受疫情影响,项目进度滞后。").lagging[0].text == "进度滞后"


def test_hit_span_points_into_the_text():
    text = "陈家桥派出所已编制招标文件"
    hit = detect_stages(text).hits[0]
    assert text[hit.span[0] : hit.span[1]] == hit.text


# Progress texts of real bulletins (tests/realworld/verdicts4): the stage each one reports, highest first.
@pytest.mark.parametrize(
    ("progress", "stage"),
    [
        ("因土地手续尚未完成,暂未实质性开工", Stage.NOT_STARTED),
        ("建设方案未定,暂无法开工", Stage.PREPARING),  # 方案 is preparation; 无法开工 is read too
        ("长安区、裕华区完成投资均为零", Stage.NOT_STARTED),
        ("目前尚未向省国家开发银行提供贷款申报材料的8个县(市)", Stage.PREPARING),
        ("人大附中拉萨学校正在招投标,预9月开工", Stage.PREPARING),
        ("待农作物收割后方可进地施工", Stage.NOT_STARTED),
        ("加西高速大通至西海段顺利通车", Stage.DONE),
        ("文化旅游复合廊道建设进入收尾", Stage.EXECUTING),
        ("等3项需进一步加快施工速度", Stage.EXECUTING),
    ],
)
def test_stage_words_of_real_bulletins(progress, stage):
    assert detect_stages(progress).highest == stage


def test_a_start_not_possible_and_a_filing_not_made_are_not_started():
    assert detect_stages("建设方案未定,暂无法开工").first(Stage.NOT_STARTED) is not None
    assert detect_stages("尚未向省国家开发银行提供贷款申报材料").first(Stage.NOT_STARTED) is not None


def test_qianqi_before_yi_is_earlier_on_not_the_preparation_stage():
    reading = detect_stages("前期已有10个项目完成全年任务")
    assert reading.first(Stage.PREPARING) is None and reading.completed


def test_work_stopped_and_a_black_list_place_are_stated_lags():
    assert detect_stages("停工原因是设备招标第一次流标,正在准备二次招标").lagging
    assert detect_stages("江油市、绵阳供电公司进入“黑榜”").lagging


@pytest.mark.parametrize(
    "progress", ["项目进展迟缓", "进度落后", "完成率偏低", "在全市排名靠后", "亮红灯", "本季度亮黄灯"]
)
def test_slow_or_behind_in_other_words_and_the_red_or_yellow_light_are_stated_lags(progress):
    assert detect_stages(progress).lagging


def test_green_light_and_work_going_well_keep_to_the_schedule():
    assert detect_stages("本季度亮绿灯").on_schedule
    assert detect_stages("项目进展较好").on_schedule
    assert not detect_stages("不是红灯").lagging


def test_done_on_time_is_done_but_a_promise_to_is_not():
    assert detect_stages("已按期完成").completed
    assert not detect_stages("确保按期完成").completed
    assert not detect_stages("按期完成80%").completed


@pytest.mark.parametrize(
    ("progress", "stage"),
    [
        ("由于合作方出现问题未能开工", Stage.NOT_STARTED),
        ("已开工项目中有客运中心等3个项目主体工程没有动建", Stage.EXECUTING),
        ("正在做降水和桩基础", Stage.EXECUTING),
        ("核准手续等待国家发改委批复", Stage.PREPARING),
    ],
)
def test_stage_words_of_verdicts5(progress, stage):
    assert detect_stages(progress).highest == stage


def test_a_completion_forecast_for_this_year_is_work_going_on():
    reading = detect_stages("盟开发区铁路专用线预计年内竣工")
    assert reading.highest is None and [h.text for h in reading.progressing] == ["预计年内竣工"]
    assert not detect_stages("计划2025年建成").progressing


@pytest.mark.parametrize(
    "progress",
    [
        "未按进度完成的7项任务分别是",
        "大气状况总体欠佳",
        "进展未达全市平均进度",
        "完成1322套目标任务,低于全市平均进度",
        "就业见习岗位开发进展慢",
    ],
)
def test_more_office_words_for_behind(progress):
    # tests/realworld/verdicts6
    assert detect_stages(progress).lagging
