"""Render task content into real .docx/.xlsx/.html/.pdf files, as offices send them.

Content is a list of paragraphs (str) and `TableSpec`s. Word tables get real merged cells
(python-docx `merge`), Excel sheets real merged ranges, HTML tables rowspan, and the PDF is the
Word file converted by LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from dataclasses import dataclass
from html import escape
from pathlib import Path

import docx
import openpyxl
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import _Cell
from openpyxl.styles import Alignment

PLAN_HEADER = ["类别", "序号", "目标任务", "牵头领导", "牵头单位", "配合单位"]

# Rows of the Fuling 2025 decomposition plan (tests/corpus/004), as the plan's table prints them:
# multi-line cells hold one leader or unit per line.
PLAN_ROWS = [
    ["一、向质效领先要增量增速，着力扛起大区“大担当”", "1",
     "坚持招商为要，迭代完善新形势下招商引资机制，紧盯京津冀、长三角、粤港澳等重点区域，全力拼抢项目，"
     "全面掀起“大招商、招大商”新热潮，力争实现协议资金600亿元、到位资金230亿元，其中50亿级项目3个以上。",
     "高帆", "区招商投资局", "各镇街\n区级相关部门单位\n各工业园区"],
    ["一、向质效领先要增量增速，着力扛起大区“大担当”", "2",
     "突出“链式”思维，围绕九大重点产业链，聚焦世界500强、行业龙头、“独角兽”等企业，手拿图谱、手握清单，"
     "靶向招商、精准招商，着力引进一批延链补链强链项目。",
     "高帆", "区招商投资局", "各镇街\n区级相关部门单位\n各工业园区"],
    ["一、向质效领先要增量增速，着力扛起大区“大担当”", "3",
     "牢固树立“项目优先、项目为王”理念，常态化开展项目集中开竣工和赛马比拼活动，持续营造“大抓项目、抓大项目”火热建设氛围。",
     "冯星贵\n高帆", "区发展改革委\n区经济信息委", "各镇街\n区级相关部门单位\n各工业园区"],
    ["一、向质效领先要增量增速，着力扛起大区“大担当”", "4",
     "强力推进“四个一批”，实施区级重点项目100个以上，完成投资230亿元，其中百亿级项目2个，50亿级项目5个。",
     "冯星贵", "区发展改革委", "各镇街\n区级相关部门单位\n各工业园区"],
    ["二、向产业升级要质量效益，全力挺起工业“硬脊梁”", "5",
     "提速构建“2349”现代制造业集群体系，迭代实施“一工程五行动四专项”，力争规上工业产值突破3000亿元、增长10%以上。",
     "高帆", "区经济信息委", "各镇街\n区级相关部门单位\n各工业园区"],
    ["二、向产业升级要质量效益，全力挺起工业“硬脊梁”", "6",
     "新能源汽车动力电池及轻量化部件，开工建设华峰年产45万吨高端铝板带箔等项目，加快建设青山瑞浦兰钧新能源动力电池、"
     "耀宁科技动力电池等项目，建成投产新铝时代新能源汽车电池箱等项目，持续壮大产业规模。",
     "冯星贵\n高帆", "区经济信息委\n涪陵高新区（涪陵综保区）\n白涛工业园区（白涛新材料科技城）",
     "相关镇街\n区级相关部门单位"],
    ["二、向产业升级要质量效益，全力挺起工业“硬脊梁”", "7",
     "先进材料，以合成材料为主攻方向，做强聚氨酯、聚酰胺、聚酯产业链，持续壮大轻合金产业。",
     "冯星贵\n高帆", "区经济信息委\n白涛工业园区（白涛新材料科技城）", "相关镇街\n区级相关部门单位"],
]  # fmt: skip


@dataclass(frozen=True)
class TableSpec:
    """A table: header row first; `merge_down` columns have runs of equal values merged."""

    rows: list[list[str]]
    merge_down: tuple[int, ...] = ()
    sheet: str = "Sheet1"

    def runs(self, col: int) -> list[tuple[int, int]]:
        """(first, last) row indexes of each run of equal values below the header in `col`."""
        if col not in self.merge_down:
            return []
        runs: list[tuple[int, int]] = []
        start = 1
        for r in range(2, len(self.rows) + 1):
            if r == len(self.rows) or self.rows[r][col] != self.rows[start][col]:
                if r - 1 > start:
                    runs.append((start, r - 1))
                start = r
        return runs


def plan_table(rows: list[list[str]] = PLAN_ROWS, sheet: str = "分解表") -> TableSpec:
    return TableSpec(rows=[PLAN_HEADER, *rows], merge_down=(0,), sheet=sheet)


def merged_positions(spec: TableSpec) -> set[tuple[int, int]]:
    """The grid positions a reader should report as merged copies."""
    return {
        (r, col)
        for col in spec.merge_down
        for first, last in spec.runs(col)
        for r in range(first + 1, last + 1)
    }


def build_docx(path: Path, content: list[str | TableSpec]) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(1.5)
    for block in content:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
        table.style = "Table Grid"
        # Cells straight from each row's <w:tc> elements: table.cell(r, c) lays out the whole grid on every
        # call, which made a 150-row plan take 20 s to build. No cell is merged yet, so the two agree.
        for row_element, row in zip(table.rows, block.rows, strict=True):
            for tc, text in zip(row_element._tr.tc_lst, row, strict=True):
                _set_cell_lines(_Cell(tc, table), text)
        _repeat_header(table.rows[0])
        for col in block.merge_down:
            for first, last in block.runs(col):
                merged = table.cell(first, col).merge(table.cell(last, col))
                _set_cell_lines(merged, block.rows[first][col])
    document.save(path)
    return path


def _set_cell_lines(cell: object, text: str) -> None:
    """One Word paragraph per line, as offices type multi-line cells."""
    lines = text.split("\n")
    for extra in cell.paragraphs[1:]:  # type: ignore[attr-defined]
        extra._element.getparent().remove(extra._element)
    cell.paragraphs[0].text = lines[0]  # type: ignore[attr-defined]
    for line in lines[1:]:
        cell.add_paragraph(line)  # type: ignore[attr-defined]


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def build_xlsx(path: Path, content: list[str | TableSpec]) -> Path:
    """Each table on its own sheet, the paragraphs before it as title rows above it."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    titles: list[str] = []
    for block in content:
        if isinstance(block, str):
            titles.append(block)
            continue
        sheet = workbook.create_sheet(block.sheet)
        for title in titles:
            sheet.append([title])
        top, titles = len(titles), []
        for row in block.rows:
            sheet.append([int(text) if text.isdigit() else text for text in row])
        for col in block.merge_down:
            for first, last in block.runs(col):
                sheet.merge_cells(
                    start_row=top + first + 1,
                    start_column=col + 1,
                    end_row=top + last + 1,
                    end_column=col + 1,
                )
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
    workbook.save(path)
    return path


def build_html(path: Path, content: list[str | TableSpec], encoding: str = "utf-8") -> Path:
    """A government-style page: navigation, breadcrumbs and footer around the article."""
    charset = "gb2312" if encoding.lower() in ("gbk", "gb2312", "gb18030") else encoding
    parts = [
        f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        "<title>区人民政府</title><script>var nav = '首页';</script><style>td{border:1px solid}</style></head>",
        '<body><div class="header"><div class="nav"><ul><li><a href="/">首页</a></li>',
        '<li><a href="/zwgk">政务公开</a></li></ul></div></div>',
        '<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div><div class="article">',
    ]
    for block in content:
        if isinstance(block, str):
            parts.append(f"<p>{escape(block)}</p>")
            continue
        parts.append('<table border="1" cellspacing="0"><tbody>')
        covered = {
            (r, col)
            for col in block.merge_down
            for first, last in block.runs(col)
            for r in range(first + 1, last + 1)
        }
        starts = {
            (first, col): last - first + 1 for col in block.merge_down for first, last in block.runs(col)
        }
        for r, row in enumerate(block.rows):
            cells = []
            for c, text in enumerate(row):
                if (r, c) in covered:
                    continue
                span = f' rowspan="{starts[(r, c)]}"' if (r, c) in starts else ""
                cells.append(f"<td{span}>{'<br>'.join(escape(line) for line in text.split(chr(10)))}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody></table>")
    parts.append(
        '</div><div id="footer"><p>版权所有：某区人民政府办公室 网站标识码：5001020001</p></div></body></html>'
    )
    path.write_bytes("\n".join(parts).encode(encoding))
    return path


def build_pdf(path: Path, content: list[str | TableSpec]) -> Path:
    """The Word rendering converted by LibreOffice, with a fresh profile so runs never collide."""
    source = build_docx(path.with_suffix(".docx"), content)
    profile = Path("/tmp") / f"duban-lo-{uuid.uuid4().hex}"
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
            timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    converted = source.with_suffix(".pdf")
    if converted != path:
        converted.rename(path)
    return path
