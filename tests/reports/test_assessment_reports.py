"""The 考核表 (.xlsx) and the 考核情况通报 (.docx), written and opened again."""

import io
from datetime import date

import docx
import openpyxl
from assessment_builders import make_assessment
from docx.oxml.ns import qn

from duban.reports.assessment_notice import write_assessment_notice
from duban.reports.assessment_table import (
    BREAKDOWN_SHEET,
    HEADER_ROW,
    METHOD_SHEET,
    TABLE_SHEET,
    write_assessment_table,
)


def _workbook(assessment):
    buffer = io.BytesIO()
    write_assessment_table(assessment, buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


def _notice(assessment):
    buffer = io.BytesIO()
    write_assessment_notice(assessment, buffer, signer="某某区人民政府督查室", signed_on=date(2026, 1, 20))
    buffer.seek(0)
    return docx.Document(buffer)


def test_the_table_has_one_row_per_unit_and_one_column_per_item():
    assessment = make_assessment()
    sheet = _workbook(assessment)[TABLE_SHEET]
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header[:5] == ["排名", "单位", "牵头任务", "配合任务", "基础分"]
    assert header[5:-2] == [item.name for item in assessment.scheme.items]
    assert header[-2:] == ["总分", "处理意见"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1) if row[1].value]
    assert sorted(r[1] for r in rows) == sorted(u.unit for u in assessment.units)
    for row in rows:
        assert round(row[4] + sum(row[5:-2]), 2) == row[-2]  # base + items = total
    assert [r[1] for r in rows] == [u.unit for u in assessment.units]


def test_the_breakdown_sheet_adds_up_to_each_total():
    assessment = make_assessment()
    book = _workbook(assessment)
    table = {row[1].value: row for row in book[TABLE_SHEET].iter_rows(min_row=HEADER_ROW + 1) if row[1].value}
    sums = {}
    for row in book[BREAKDOWN_SHEET].iter_rows(min_row=2, values_only=True):
        sums[row[0]] = sums.get(row[0], 0) + row[6]
    for name, row in table.items():
        assert round(row[4].value + sums.get(name, 0), 2) == row[-2].value
    late = next(r for r in book[BREAKDOWN_SHEET].iter_rows(min_row=2, values_only=True) if r[1] == "逾期报送")
    assert late[3] and late[4] and late[5] and "晚于截止时间" in late[7]


def test_the_method_sheet_states_the_scheme():
    text = "\n".join(c.value for c in _workbook(make_assessment())[METHOD_SHEET]["A"] if c.value)
    assert (
        "基础分100分" in text and "不以登录、使用次数等计分" in text and "1-3月、1-6月、1-9月、1-12月" in text
    )


def test_the_notice_is_a_gongwen_with_results_deductions_flags_and_method():
    assessment = make_assessment()
    document = _notice(assessment)
    text = "\n".join(p.text for p in document.paragraphs)
    assert document.paragraphs[0].text == "某某区人民政府督查室关于2025年区政府工作报告目标任务考核情况的通报"
    assert "各有关单位：" in text
    assert "参加考核的责任单位3个" in text
    assert "逾期未完成任务（扣分）：共1次，涉及单位1个：区财政局1次。" in text
    assert "区财政局取消年度评优资格。" in text
    assert "不以登录、使用次数等计分" in text
    assert "2026年1月20日" in text
    # Chinese text carries its East Asian font (the bulletin's 公文 fonts).
    run = document.paragraphs[0].runs[0]
    assert run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"
    assert (
        round(document.sections[0].page_width.mm) == 210 and round(document.sections[0].top_margin.mm) == 37
    )
    assert round(document.sections[-1].page_width.mm) == 297


def test_the_notice_attachment_lists_every_unit_once_and_totals_match():
    assessment = make_assessment()
    table = _notice(assessment).tables[0]
    header = [c.text for c in table.rows[0].cells]
    assert header[:3] == ["排名", "单位", "基础分"] and header[-2:] == ["总分", "处理意见"]
    names = [row.cells[1].text for row in table.rows[1:]]
    assert sorted(names) == sorted(u.unit for u in assessment.units) and len(set(names)) == len(names)
    for row in table.rows[1:]:
        cells = [c.text for c in row.cells]
        items = [float(v) for v in cells[3:-2] if v != "—"]
        assert round(float(cells[2]) + sum(items), 2) == float(cells[-2])


def test_a_mid_year_notice_says_so():
    from dataclasses import replace

    assessment = make_assessment()
    partial = replace(assessment, periods=assessment.periods[:2])
    assert "（截至1-6月）" in _notice(partial).paragraphs[0].text
