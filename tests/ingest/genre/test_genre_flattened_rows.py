"""Tables that reached us as text: tab-separated rows copied from Word or Excel, where a long task
runs over several rows, 序号 is written （一）1 or with full-width digits, and units and leaders
are written every way offices write them."""

from __future__ import annotations

from duban.ingest.blocks import Document, Paragraph
from duban.ingest.layouts import recognise


def _document(text: str) -> Document:
    blocks = tuple(Paragraph(line, n) for n, line in enumerate(text.split("\n"), start=1))
    return Document(source="白河县分解表.txt", format="txt", blocks=blocks)


TAB_ROWS = """\
白河县2025年政府工作报告目标任务分解表
序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限
１\t粮食播种面积稳定在42万亩以上，\t副县长 钟华\t县农业农村局\t各乡镇\t10月底
\t粮食总产量达到15万吨。\t\t\t\t
２\t实施县城排水管网改造工程，新建雨污分流管网25公里。\t县长助理王磊\t县住房城乡建设局\t县水利局、县生态环境局等\t12月底前
３\t建成县人民医院新院区。\t副县长郑  雪\t县卫生健康局\t县发展改革局；县财政局\t全年
"""


def test_a_task_continued_on_the_next_row_joins_its_text():
    parsed = recognise(_document(TAB_ROWS))
    assert [t.seq for t in parsed.tasks] == [1, 2, 3]
    assert parsed.tasks[0].text == "粮食播种面积稳定在42万亩以上，粮食总产量达到15万吨。"


def test_tab_rows_keep_deadlines_and_drop_leader_titles():
    parsed = recognise(_document(TAB_ROWS))
    assert [t.deadline for t in parsed.tasks] == ["10月底", "12月底前", "全年"]
    assert [t.lead_leaders for t in parsed.tasks] == [["钟华"], ["王磊"], ["郑雪"]]


def test_tab_rows_split_units_on_semicolons_and_drop_the_etc_closing_a_list():
    parsed = recognise(_document(TAB_ROWS))
    assert parsed.tasks[1].co_units == ["县水利局", "县生态环境局"]
    assert parsed.tasks[2].co_units == ["县发展改革局", "县财政局"]


SECTION_NUMBERED = """\
序号\t目标任务\t责任单位
（一）1\t新增高新技术企业12家\t县科技局
（一）2\t研发投入强度达到2.1%\t县科技局、县统计局
（二）1\t新建5G基站300个\t县通信办
"""


def test_seq_written_with_its_section_mark():
    parsed = recognise(_document(SECTION_NUMBERED))
    assert [t.seq for t in parsed.tasks] == [1, 2, 1]
    assert [t.text for t in parsed.tasks] == [
        "新增高新技术企业12家",
        "研发投入强度达到2.1%",
        "新建5G基站300个",
    ]
    refs = [t.ref for t in parsed.tasks]
    assert len(set(refs)) == 3
