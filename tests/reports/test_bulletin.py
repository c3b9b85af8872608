import io
import shutil
import subprocess
import uuid
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from report_builders import make_data, make_task

from duban.reports.bulletin import write_bulletin


def _open(data, **options) -> docx.document.Document:
    buffer = io.BytesIO()
    write_bulletin(data, buffer, **options)
    buffer.seek(0)
    return docx.Document(buffer)


def _body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def _table_tasks(table) -> list[str]:
    """The task text of each body row (the second 工作任务 column; the first holds the category)."""
    return [row.cells[2].text for row in table.rows[1:]]


@pytest.fixture(scope="module")
def bulletin_001(data_001, output_dir):
    path = output_dir / "bulletin_001.docx"
    write_bulletin(data_001, path)
    return docx.Document(str(path))


def test_body_states_the_indicator_counts(bulletin_001):
    text = _body_text(bulletin_001)
    assert "1-6月，10项经济社会发展预期目标中，2项指标符合预期，分别是：" in text
    assert "；6项指标不达预期，分别是：" in text
    assert "；2项指标符合时间节点要求，分别是：" in text


def test_body_states_the_key_task_counts(bulletin_001):
    expected = "131项重点工作任务中，124项任务正常推进（详见附件3），7项任务推进较为滞后（详见附件2）。"
    assert expected in _body_text(bulletin_001)


def test_body_lists_each_lagging_task_with_its_unit(bulletin_001, data_001):
    text = _body_text(bulletin_001)
    for number, task in enumerate(data_001.lagging_tasks, start=1):
        item = next(p.text for p in bulletin_001.paragraphs if p.text.startswith(f"{number}.{task.text}"))
        assert item.endswith(f"（责任单位：{'、'.join(task.lead_units)}）")
    assert f"{len(data_001.lagging_tasks) + 1}.{data_001.key_tasks[0].text}" not in text


def test_attachments_hold_every_task_once(bulletin_001, data_001):
    indicators, lagging, normal = bulletin_001.tables
    assert len(indicators.rows) == 1 + 10
    assert len(lagging.rows) == 1 + 7
    assert len(normal.rows) == 1 + 124
    written = _table_tasks(lagging) + _table_tasks(normal)
    assert sorted(written) == sorted(t.text for t in data_001.key_tasks)


def test_attachment_columns_follow_the_real_bulletin(bulletin_001):
    header = [cell.text for cell in bulletin_001.tables[1].rows[0].cells]
    assert header == ["序号", "工作任务", "工作任务", "责任单位", "配合单位", "任务进展情况", "研判"]
    assert bulletin_001.tables[0].rows[0].cells[1].text == "2022年预期目标"


def test_category_cell_is_merged_down_over_its_tasks():
    data = make_data(
        [
            make_task("1", category="扩大有效投资"),
            make_task("2", category="扩大有效投资"),
            make_task("3", category="提升城市品质"),
        ]
    )
    rows = _open(data, charts=False).tables[0].rows[1:]
    assert [row.cells[1].text for row in rows] == ["扩大有效投资", "扩大有效投资", "提升城市品质"]
    assert rows[0].cells[1]._tc is rows[1].cells[1]._tc
    assert rows[1].cells[1]._tc is not rows[2].cells[1]._tc


def test_attachment_header_row_repeats_on_each_page(bulletin_001):
    for table in bulletin_001.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_every_run_with_text_names_an_east_asian_font(bulletin_001):
    runs = [r for p in bulletin_001.paragraphs for r in p.runs if r.text]
    runs += [
        r
        for t in bulletin_001.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
    ]
    missing = [r.text for r in runs if r._r.rPr is None or r._r.rPr.rFonts.get(qn("w:eastAsia")) is None]
    assert runs and not missing


def test_styles_name_the_body_font_for_east_asian_text_without_theme_fonts(bulletin_001):
    defaults = bulletin_001.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert rfonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert rfonts.get(qn("w:eastAsiaTheme")) is None


def test_title_and_body_sizes_follow_gbt_9704(bulletin_001):
    title = bulletin_001.paragraphs[0].runs[0]
    assert title.font.size.pt == 22
    assert title._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    assert bulletin_001.styles["Normal"].font.size.pt == 16


def test_page_is_a4_with_the_standard_margins(bulletin_001):
    section = bulletin_001.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]


def test_footers_carry_a_page_number_field(bulletin_001):
    section = bulletin_001.sections[0]
    for footer in (section.footer, section.even_page_footer):
        instructions = [el.text for el in footer._element.iter(qn("w:instrText"))]
        assert any("PAGE" in text for text in instructions)


def test_charts_are_embedded_as_pictures(bulletin_001):
    assert len(bulletin_001.inline_shapes) >= 3


def test_persons_override_decides_where_a_task_appears():
    data = make_data(
        [
            make_task("1", "on_track", text="新建30个社区健身点", overridden=True, reason="经核实进度正常。"),
            make_task("2", "lagging", text="拆除150万平方米违法建筑", reason="完成22.2%，低于序时进度。"),
        ]
    )
    document = _open(data, charts=False)
    text = _body_text(document)
    assert "2项重点工作任务中，1项任务正常推进（详见附件2），1项任务推进较为滞后（详见附件1）" in text
    assert "1.拆除150万平方米违法建筑。完成22.2%，低于序时进度。" in text
    lagging, normal = document.tables
    assert _table_tasks(lagging) == ["拆除150万平方米违法建筑"]
    assert _table_tasks(normal) == ["新建30个社区健身点"]


def test_indicators_are_quoted_by_their_reported_figure():
    data = make_data(
        [
            make_task(
                "1",
                "lagging",
                kind="indicator",
                text="地区生产总值增长5.5%左右",
                figures=("地区生产总值增长4.4%",),
            ),
            make_task(
                "2", "lagging", kind="indicator", text="工业增加值增长7%左右", figures=("工业增加值增长3.5%",)
            ),
            make_task("3", "on_track", kind="indicator", text="空气质量完成年度目标任务"),
        ]
    )
    text = _body_text(_open(data, charts=False))
    assert (
        "1-6月，3项经济社会发展预期目标中，1项指标符合预期，为空气质量完成年度目标任务；"
        "2项指标不达预期，分别是：地区生产总值增长4.4%、工业增加值增长3.5%（详见附件1）。"
    ) in text


def test_lagging_item_quotes_the_clause_judged_and_not_the_target_twice():
    task = make_task(
        "7",
        "lagging",
        text="新建2个标准化派出所，深入开展全民反诈",
        focus="新建2个标准化派出所",
        reason="目标新建2个标准化派出所，仍在前期手续办理阶段，推进滞后。",
        lead_units=("区公安分局",),
    )
    text = _body_text(_open(make_data([task]), charts=False))
    assert "1.新建2个标准化派出所。仍在前期手续办理阶段，推进滞后。（责任单位：区公安分局）" in text


def test_opening_names_the_office_as_it_names_itself():
    data = make_data([make_task("1")], signature="重庆市沙坪坝区人民政府督查办", year=2022)
    text = _body_text(_open(data, charts=False))
    assert "根据区政府工作安排，区政府督查办对2022年区政府工作报告重点任务上半年推进情况进行跟踪督办" in text


def test_late_and_missing_units_are_named():
    data = make_data([make_task("1")], late_units=("区科技局",), missing_units=("区体育局", "区财政局"))
    text = _body_text(_open(data, charts=False))
    assert "逾期报送推进情况的单位1个：区科技局。" in text
    assert "未报送推进情况的单位2个：区体育局、区财政局。" in text


def test_method_note_is_printed_under_its_heading():
    data = make_data([make_task("1")], method_note="序时进度按月计算。\n取最差结果。")
    paragraphs = [p.text for p in _open(data, charts=False).paragraphs]
    heading = next(i for i, text in enumerate(paragraphs) if text.endswith("研判方法说明"))
    assert paragraphs[heading + 1 : heading + 3] == ["序时进度按月计算。", "取最差结果。"]


def test_unreported_tasks_get_their_own_attachment():
    data = make_data([make_task("1", "on_track"), make_task("2", "unreported")])
    document = _open(data, charts=False)
    assert "1项任务未报送推进情况（详见附件2）" in _body_text(document)
    assert [len(t.rows) for t in document.tables] == [2, 2]


def test_control_characters_from_extracted_text_are_dropped():
    data = make_data([make_task("1", "lagging", text="新建\x0b社区健身点", progress="已建成2个\x01。")])
    document = _open(data, charts=False)
    assert "1.新建社区健身点。" in _body_text(document)
    assert document.tables[0].rows[1].cells[5].text == "已建成2个。"


def test_signature_and_date_close_the_body():
    data = make_data([make_task("1")], signature="某区人民政府督查室")
    paragraphs = [p.text for p in _open(data, charts=False).paragraphs]
    signer = paragraphs.index("某区人民政府督查室")
    assert paragraphs[signer + 1] == "2025年7月10日"


@pytest.mark.slow
def test_bulletin_renders_to_pdf_with_chinese_text(bulletin_001, output_dir, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice is required to render the bulletin"
    source = output_dir / "bulletin_001.docx"
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(output_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = output_dir / "bulletin_001.pdf"
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "重点工作任务进展情况" in first_page.replace(" ", "")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(output_dir / "bulletin_001"),
        ],
        check=True,
        timeout=60,
    )
    png = Path(output_dir / "bulletin_001.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def test_each_count_the_body_cites_matches_the_attachment_it_cites():
    """The body said "29项任务正常推进（详见附件3）" while 附件3 was 正常推进的39项 (it also holds the completed
    and ahead tasks): the count cited is the attachment's own, with its parts in brackets."""
    tasks = [make_task(str(n), "on_track") for n in range(1, 4)]
    tasks += [make_task("4", "completed"), make_task("5", "ahead"), make_task("6", "lagging")]
    tasks += [make_task("7", "not_started")]
    document = _open(make_data(tasks), charts=False)
    text = _body_text(document)
    titles = [p.text for p in document.paragraphs if p.text.startswith(("附件：", "2.", "1."))]
    assert any("正常推进的5项" in t for t in titles) and any("推进较为滞后的2项" in t for t in titles)
    assert (
        "7项重点工作任务中，5项任务正常推进（其中已完成1项、超序时进度推进1项，详见附件2），"
        "2项任务推进较为滞后（其中尚未启动1项，详见附件1）。"
    ) in text


def test_missing_units_are_counted_at_the_date_the_bulletin_is_written():
    from datetime import date

    data = make_data(
        [make_task("1")], missing_units=("区体育局",), as_of=date(2025, 6, 30), signed_on=date(2025, 7, 8)
    )
    text = _body_text(_open(data, charts=False))
    assert "截至2025年7月8日，未报送推进情况的单位1个：区体育局。" in text
    assert "6月30日" not in text


def test_a_chart_is_numbered_under_its_picture_without_repeating_its_title():
    data = make_data([make_task("1", "on_track"), make_task("2", "lagging")])
    paragraphs = [p.text for p in _open(data).paragraphs]
    captions = [text for text in paragraphs if text.startswith("图")]
    assert captions and all(len(text) <= 3 for text in captions), captions
