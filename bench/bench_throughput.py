"""Reading throughput per format on large plans, for about 1, 10 and 50 MB of text as .txt, .html, .docx,
.xlsx and .pdf: the readers alone (`read_document`: the file into paragraphs and table cells) and the whole of
`duban parse` (`parse_document`: reading, recognising the tasks, extracting their targets). Prints the times,
MB of text (UTF-8 of the cells) per second, the peak memory of the process, and for a file beyond a limit the
refusal and how soon it came.

Goal (issue 12): at least 1 MB/s of text for every format, or a clear refusal. Each case runs in its own
process. The cell texts draw on a vocabulary with a seeded random choice, so Word and Excel files compress
as real ones do (repeating one row would make a 1 MB .docx hold hundreds of MB of XML). The PDF is a
LibreOffice rendering of the .txt plan; the larger PDFs join copies of it (far beyond the page limit).

    .venv/bin/python bench/bench_throughput.py [--sizes 1,10,50] [--formats txt,html,docx,xlsx,pdf]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import uuid
import zipfile
from html import escape as html_escape
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parents[1]
HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"]
UNITS = ["区发展改革委", "区经济信息委", "区商务委", "区财政局", "区科技局", "区住房城乡建委", "区农业农村委"]
LEADERS = ["周国平", "李卫东", "吴志刚", "孙丽"]
WORDS = [
    "推进",
    "实施",
    "加快",
    "建设",
    "完善",
    "深化",
    "改革",
    "创新",
    "产业",
    "项目",
    "投资",
    "企业",
    "市场",
    "服务",
    "园区",
    "数字",
    "经济",
    "绿色",
    "低碳",
    "城乡",
    "乡村",
    "振兴",
    "民生",
    "就业",
    "教育",
    "医疗",
    "养老",
    "文化",
    "旅游",
    "交通",
    "水利",
    "能源",
    "生态",
    "环境",
    "治理",
    "安全",
    "应急",
    "社区",
    "基层",
    "开放",
    "招商",
    "科技",
    "人才",
    "平台",
    "标准",
    "质量",
    "品牌",
    "消费",
    "物流",
    "金融",
    "财政",
    "税收",
    "土地",
    "规划",
    "住房",
    "供水",
    "供电",
    "燃气",
    "道路",
    "桥梁",
]


def row(seq: int, rng: random.Random) -> list[str]:
    words = "".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
    text = f"{words}，新增市场主体{rng.randint(5, 500)}家，完成投资{rng.randint(1, 300)}亿元，力争增长{rng.randint(1, 15)}%以上。"
    return [
        str(seq),
        text,
        rng.choice(LEADERS),
        rng.choice(UNITS),
        f"各镇街、{rng.choice(UNITS)}",
        f"{rng.randint(1, 12)}月底前",
    ]


def rows_of(text_bytes: int) -> list[list[str]]:
    """Plan rows whose cell texts add up to about `text_bytes` of UTF-8."""
    rng = random.Random(12)
    rows, size = [], 0
    while size < text_bytes:
        cells = row(len(rows) + 1, rng)
        rows.append(cells)
        size += sum(len(cell.encode("utf-8")) for cell in cells)
    return rows


def text_size(rows: list[list[str]]) -> int:
    return sum(len(cell.encode("utf-8")) for cells in rows for cell in cells)


TITLE = "某区2025年政府工作报告目标任务分解方案"


def write_txt(path: Path, rows: list[list[str]]) -> None:
    lines = [TITLE, "\t".join(HEADER), *("\t".join(cells) for cells in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html(path: Path, rows: list[list[str]]) -> None:
    cells = "".join
    body = "\n".join(
        "<tr>" + cells(f"<td>{html_escape(text)}</td>" for text in line) + "</tr>" for line in [HEADER, *rows]
    )
    page = f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1><table>{body}</table></body></html>'
    path.write_text(page, encoding="utf-8")


def _replace_member(base: bytes, member: str, xml: str, path: Path) -> None:
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as sink,
    ):
        for item in source.infolist():
            sink.writestr(item, xml.encode("utf-8") if item.filename == member else source.read(item))


def write_docx(path: Path, rows: list[list[str]]) -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{xml_escape(text)}</w:t></w:r></w:p></w:tc>"

    table = "".join("<w:tr>" + "".join(cell(text) for text in line) + "</w:tr>" for line in [HEADER, *rows])
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>'
        f"<w:p><w:r><w:t>{TITLE}</w:t></w:r></w:p><w:tbl>{table}</w:tbl><w:sectPr/></w:body></w:document>"
    )
    _replace_member(buffer.getvalue(), "word/document.xml", xml, path)


def _column(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    import openpyxl

    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    lines = [[TITLE], HEADER, *rows]

    def cell(r: int, c: int, text: str) -> str:
        return f'<c r="{_column(c)}{r}" t="inlineStr"><is><t>{xml_escape(text)}</t></is></c>'

    data = "".join(
        f'<row r="{r}">' + "".join(cell(r, c, text) for c, text in enumerate(line)) + "</row>"
        for r, line in enumerate(lines, start=1)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{_column(len(HEADER) - 1)}{len(lines)}"/><sheetData>{data}</sheetData></worksheet>'
    )
    _replace_member(buffer.getvalue(), "xl/worksheets/sheet1.xml", xml, path)


def write_pdf(path: Path, rows: list[list[str]], target: int, cache: dict[str, Path]) -> None:
    """The .txt plan rendered by LibreOffice (about 1 MB of text); beyond that, copies of it joined."""
    if "pdf" not in cache:
        source = path.parent / "pdf_source.txt"
        write_txt(source, rows_of(1_000_000))
        profile = Path(tempfile.gettempdir()) / f"duban-lo-{uuid.uuid4().hex}"
        try:
            subprocess.run(
                [
                    shutil.which("libreoffice") or "libreoffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(path.parent),
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        cache["pdf"] = source.with_suffix(".pdf")
    single = cache["pdf"]
    if single.stat().st_size >= target * 0.5:
        shutil.copy(single, path)
        return
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    copies = max(1, round(target / single.stat().st_size))
    for _ in range(copies):
        for page in PdfReader(single).pages:  # a reader per copy: its objects are written again
            writer.add_page(page)
    with path.open("wb") as sink:
        writer.write(sink)


CHILD = """
import json, sys, time
from pathlib import Path
from duban.errors import DubanError
from duban.ingest import parse_document
from duban.ingest.readers import read_document
path = Path(sys.argv[1])
result = {}
started = time.perf_counter()
try:
    read_document(path)
    result["read_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    result["tasks"] = len(parse_document(path).tasks)
    result["seconds"] = time.perf_counter() - started
except DubanError as exc:
    result["refused"] = exc.message
    result["seconds"] = time.perf_counter() - started
# VmHWM: this process's own peak (ru_maxrss would count the parent's memory from before the exec)
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
result["peak_mb"] = int(hwm.split()[1]) / 1024
print(json.dumps(result, ensure_ascii=False))
"""


def measure(path: Path, timeout: float) -> dict:
    try:
        completed = subprocess.run(
            [sys.executable, "-c", CHILD, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"still reading after {timeout:.0f} s: stopped (neither read nor refused)"}
    if completed.returncode != 0:
        return {"error": completed.stderr.strip().splitlines()[-1] if completed.stderr.strip() else "crashed"}
    return json.loads(completed.stdout)


def _cell(value: float | None, width: int, digits: int) -> str:
    return f"{value:{width}.{digits}f}" if value else f"{'-':>{width}}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,50", help="target sizes in MB of text (comma-separated)")
    parser.add_argument("--formats", default="txt,html,docx,xlsx,pdf")
    parser.add_argument("--timeout", type=float, default=600, help="seconds one case may take (default 600)")
    args = parser.parse_args()
    sizes = [float(size) for size in args.sizes.split(",")]
    formats = args.formats.split(",")
    if "pdf" in formats and not shutil.which("libreoffice"):
        print("pdf: LibreOffice is not installed, skipped (make system installs it)")
        formats.remove("pdf")
    writers = {"txt": write_txt, "html": write_html, "docx": write_docx, "xlsx": write_xlsx}
    print(
        f"{'format':<6} {'target':>6} {'file MB':>8} {'text MB':>8} {'rows':>7} {'read s':>7} {'read MB/s':>9} "
        f"{'parse s':>8} {'parse MB/s':>10} {'peak MB':>8}  result"
    )
    cache: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in formats:
            for size in sizes:
                target = int(size * 1_000_000)
                path = Path(tmp) / f"plan_{size:g}MB.{fmt}"
                if fmt == "pdf":
                    write_pdf(path, [], target, cache)
                    rows_count, text_mb = "", None
                else:
                    rows = rows_of(target)
                    writers[fmt](path, rows)
                    rows_count, text_mb = len(rows), text_size(rows) / 1e6
                result = measure(path, args.timeout)
                if fmt == "pdf" and "tasks" in result:
                    text_mb = 1.0 if path.stat().st_size == cache["pdf"].stat().st_size else None
                read = result.get("read_seconds")
                seconds = result.get("seconds", 0.0)
                if "tasks" in result:
                    outcome = f"{result['tasks']} tasks"
                else:
                    outcome = (
                        f"refused after {seconds:.2f} s: {result['refused']}"
                        if "refused" in result
                        else result["error"]
                    )
                    read = None
                print(
                    f"{fmt:<6} {size:>5g}M {path.stat().st_size / 1e6:8.1f} {_cell(text_mb, 8, 1)} "
                    f"{rows_count!s:>7} {_cell(read, 7, 2)} {_cell(text_mb and read and text_mb / read, 9, 2)} "
                    f"{_cell(read and seconds, 8, 2)} {_cell(text_mb and read and text_mb / seconds, 10, 2)} "
                    f"{result.get('peak_mb', 0):8.0f}  {outcome}",
                    flush=True,
                )
                path.unlink()


if __name__ == "__main__":
    main()
