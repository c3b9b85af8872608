"""PDF reader on Word tables converted by LibreOffice: cells, merged cells and page breaks."""

import pytest
from builders import PLAN_ROWS, build_pdf, merged_positions, plan_table

from duban.ingest.blocks import Paragraph, Table
from duban.ingest.readers import read_document

pytestmark = pytest.mark.slow

TEXT_COLUMN = 2


def flatten_text_column(rows):
    # Where a Chinese line wrapped inside the task text cannot always be told from a paragraph
    # break in a PDF, so the task text is compared without line breaks.
    return [
        [cell.replace("\n", "") if c == TEXT_COLUMN else cell for c, cell in enumerate(row)] for row in rows
    ]


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory):
    spec = plan_table()
    path = build_pdf(tmp_path_factory.mktemp("pdf") / "plan.pdf", ["附件", "2025年目标任务分解表", spec])
    return spec, read_document(path)


def test_pdf_table_cells_match_source_rows(plan_pdf):
    spec, document = plan_pdf
    [table] = [block for block in document.blocks if isinstance(block, Table)]
    assert flatten_text_column(table.rows) == flatten_text_column(spec.rows)


def test_pdf_unit_and_leader_lines_stay_separate(plan_pdf):
    spec, document = plan_pdf
    [table] = [block for block in document.blocks if isinstance(block, Table)]
    assert [row[3:] for row in table.rows] == [tuple(row[3:]) for row in spec.rows]


def test_pdf_merged_category_cells_are_filled_and_recorded(plan_pdf):
    spec, document = plan_pdf
    [table] = [block for block in document.blocks if isinstance(block, Table)]
    assert [row[0] for row in table.rows] == [row[0] for row in spec.rows]
    assert table.merged == merged_positions(spec)


def test_pdf_text_outside_tables_becomes_paragraphs_with_pages(plan_pdf):
    _, document = plan_pdf
    paragraphs = [block for block in document.blocks if isinstance(block, Paragraph)]
    assert [(block.text, block.page) for block in paragraphs] == [("附件", 1), ("2025年目标任务分解表", 1)]


def test_long_table_over_several_pages_is_one_table(tmp_path):
    rows = [[row[0], str(number), *row[2:]] for number, row in enumerate(PLAN_ROWS * 4, start=1)]
    spec = plan_table(rows)
    document = read_document(build_pdf(tmp_path / "long.pdf", [spec]))
    [table] = [block for block in document.blocks if isinstance(block, Table)]
    assert [row[1] for row in table.rows] == [row[1] for row in spec.rows]
    assert flatten_text_column(table.rows) == flatten_text_column(spec.rows)
