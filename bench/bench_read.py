"""Read time per format: a 150-row and a 1,000-row plan as .txt, .docx, .xlsx, .html (GBK) and
.pdf, read in process (read_document, then recognise), best and median of a few runs.

The documents are rendered by the test builders (real Word tables with merged category cells,
Excel merged ranges, HTML rowspan, PDF converted by LibreOffice when it is installed).

    .venv/bin/python bench/bench_read.py [--repeat N] [--no-pdf]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

import docx  # noqa: E402
from builders import TableSpec, build_html, build_pdf, build_xlsx  # noqa: E402

from duban.ingest.layouts import recognise  # noqa: E402
from duban.ingest.readers import read_document  # noqa: E402

HEADER = ["类别", "序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
UNITS = ["区发展改革委", "区经济信息委", "区商务委", "区财政局", "区科技局", "区住房城乡建委", "区农业农村委"]
LEADERS = ["副区长 周国平", "副区长李卫东", "常务副区长 吴志刚", "副区长 孙丽"]
CATEGORIES = "一二三四五六七八九十"


def plan_rows(tasks: int) -> list[list[str]]:
    return [
        [
            f"{CATEGORIES[(seq - 1) // 20 % 10]}、第{(seq - 1) // 20 + 1}类重点工作",
            str(seq),
            f"实施第{seq}项重点工作，新增市场主体{seq * 3}家，完成投资{seq}亿元，力争增长{seq % 9 + 1}%以上。",
            LEADERS[seq % len(LEADERS)],
            UNITS[seq % len(UNITS)],
            f"各镇街、{UNITS[(seq + 3) % len(UNITS)]}等区级相关部门",
            f"{seq % 12 + 1}月底前",
        ]
        for seq in range(1, tasks + 1)
    ]


def write_text(path: Path, rows: list[list[str]]) -> Path:
    lines = ["某区2025年政府工作报告目标任务分解方案", "\t".join(HEADER)]
    lines += ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def build_word(path: Path, spec: TableSpec) -> Path:
    """A Word table filled row by row (the test builder's cell-by-cell access is quadratic) with
    the category column merged down each group."""
    document = docx.Document()
    document.add_paragraph("某区2025年政府工作报告目标任务分解方案")
    table = document.add_table(rows=len(spec.rows), cols=len(HEADER))
    for row, values in zip(table.rows, spec.rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    for first, last in spec.runs(0):
        table.cell(first, 0).merge(table.cell(last, 0)).text = spec.rows[first][0]
    document.save(path)
    return path


def build(directory: Path, fmt: str, tasks: int) -> Path:
    rows = plan_rows(tasks)
    content = ["某区2025年政府工作报告目标任务分解方案", TableSpec(rows=[HEADER, *rows], merge_down=(0,))]
    path = directory / f"plan_{tasks}.{fmt}"
    if fmt == "txt":
        return write_text(path, rows)
    if fmt == "docx":
        return build_word(path, content[1])
    if fmt == "xlsx":
        return build_xlsx(path, content)
    if fmt == "html":
        return build_html(path, content, encoding="gbk")
    return build_pdf(path, content)


def time_read(path: Path, repeat: int) -> tuple[float, float, float, int]:
    """(best read s, median read s, best recognise s, tasks)."""
    reads: list[float] = []
    layouts: list[float] = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        document = read_document(path)
        middle = time.perf_counter()
        count = len(recognise(document).tasks)
        reads.append(middle - start)
        layouts.append(time.perf_counter() - middle)
    return min(reads), statistics.median(reads), min(layouts), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    formats = ["txt", "docx", "xlsx", "html"]
    if not args.no_pdf and shutil.which("libreoffice"):
        formats.append("pdf")
    print(
        f"{'format':<6} {'rows':>5} {'tasks':>6} {'read best s':>12} {'read median s':>14} {'recognise s':>12}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in formats:
            for tasks in (150, 1000):
                path = build(Path(tmp), fmt, tasks)
                best, median, layout, count = time_read(path, args.repeat)
                print(f"{fmt:<6} {tasks:>5} {count:>6} {best:>12.3f} {median:>14.3f} {layout:>12.3f}")


if __name__ == "__main__":
    main()
