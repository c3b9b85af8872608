"""The same plan rendered into .docx/.xlsx/.html/.pdf parses to the same tasks as its text version.

The tasks recognised in the Fuling plan (tests/corpus/004, flattened one cell per line) are rendered
back into real Word tables (merged category cells), Excel sheets, an HTML page and a PDF made by
LibreOffice, read and recognised again.
"""

from pathlib import Path

import pytest
from builders import TableSpec, build_docx, build_html, build_pdf, build_xlsx

from duban.ingest.layouts import recognise
from duban.ingest.readers import read_document

PLAN = Path(__file__).parent.parent / "corpus" / "004_0c9597f419f639ea.txt"
FIELDS = ("part", "seq", "category", "kind", "text", "lead_leaders", "lead_units", "co_units")
HEADINGS = {"主要预期目标": "一、2025年主要预期目标", "主要工作任务": "二、2025年主要工作任务"}


@pytest.fixture(scope="module")
def text_version():
    return recognise(read_document(PLAN))


def plan_content(parsed) -> list[str | TableSpec]:
    """Title, one heading and one table per part, as the plan prints them."""
    content: list[str | TableSpec] = [parsed.title]
    parts: dict[str, list] = {}
    for task in parsed.tasks:
        parts.setdefault(task.part, []).append(task)
    for number, (part, tasks) in enumerate(parts.items(), start=1):
        content.append(HEADINGS.get(part, f"{'一二三四五'[number - 1]}、{part}"))
        with_category = tasks[0].category is not None
        header = ["序号", "目标任务", "牵头领导", "牵头单位", "配合单位"]
        rows = [
            [
                str(task.seq),
                task.text,
                *("\n".join(values) for values in (task.lead_leaders, task.lead_units, task.co_units)),
            ]
            for task in tasks
        ]
        if with_category:
            header = ["类别", *header]
            rows = [[task.category, *row] for task, row in zip(tasks, rows, strict=True)]
        content.append(TableSpec(rows=[header, *rows], merge_down=(0,) if with_category else (), sheet=part))
    return content


def fields(parsed, *, flat_text=False):
    return [
        tuple(
            getattr(task, name).replace("\n", "") if flat_text and name == "text" else getattr(task, name)
            for name in FIELDS
        )
        for task in parsed.tasks
    ]


@pytest.mark.parametrize("build", [build_docx, build_xlsx, build_html], ids=["docx", "xlsx", "html"])
def test_office_and_web_renderings_parse_to_the_text_versions_tasks(tmp_path, text_version, build):
    suffix = {build_docx: ".docx", build_xlsx: ".xlsx", build_html: ".html"}[build]
    path = build(tmp_path / f"plan{suffix}", plan_content(text_version))
    assert fields(recognise(read_document(path))) == fields(text_version)


@pytest.mark.slow
def test_pdf_rendering_parses_to_the_text_versions_tasks(tmp_path, text_version):
    path = build_pdf(tmp_path / "plan.pdf", plan_content(text_version))
    assert fields(recognise(read_document(path)), flat_text=True) == fields(text_version, flat_text=True)
