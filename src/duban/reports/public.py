"""The public page (政务公开): the summary table as one standalone, printable HTML file.

It carries what governments publish (corpus 000: 序号 / 目标任务 / 责任单位 / 推进情况 under the
section headings) and nothing internal: no reasons, notes, overrides, leaders or reporting discipline.
The judgement column is left out unless asked for, as published tables usually do.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from lxml import etree
from lxml.html import builder as E

from duban.reports.data import Heading, ReportData, format_date, government_level, outline, period_name

STYLE = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       color: #222; margin: 0; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 24px; }
h1 { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 24px;
     text-align: center; margin: 8px 0 4px; }
p.meta { text-align: center; color: #555; font-size: 14px; margin: 0 0 16px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; line-height: 1.6; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: left; }
thead th { background: #eee; text-align: center; }
tr.section th { background: #f6f6f6; font-weight: bold; }
tr.section-1 th { padding-left: 2em; }
td.seq, td.status { text-align: center; white-space: nowrap; }
td p { margin: 0; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  main { max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
"""


# Widths of 序号, 目标任务, 责任单位, 推进情况 and the optional judgement column.
COLUMN_WIDTHS = ("4em", "28%", "14%", "auto", "6em")


def public_title(data: ReportData) -> str:
    """Title of the published table: 2025年区政府工作报告目标任务上半年推进情况."""
    year = f"{data.year}年" if data.year else ""
    level = government_level(data.signer) or government_level(data.issuer)
    return f"{year}{level}政府工作报告目标任务{period_name(data.period_label)}推进情况"


def write_public(data: ReportData, target: Path | BinaryIO, *, show_status: bool = False) -> None:
    """Write the public page for `data`; `show_status` adds the judgement column."""
    html = render_public(data, show_status=show_status).encode("utf-8")
    if isinstance(target, Path):
        target.write_bytes(html)
    else:
        target.write(html)


def render_public(data: ReportData, *, show_status: bool = False) -> str:
    """The public page as an HTML string."""
    headings = ["序号", "目标任务", "责任单位", f"{data.period_label}推进情况"]
    if show_status:
        headings.append("进展")
    width = len(headings)
    rows = []
    for item in outline(data.tasks):
        if isinstance(item, Heading):
            rows.append(
                E.TR(E.TH(item.text, colspan=str(width)), E.CLASS(f"section section-{min(item.level, 1)}"))
            )
            continue
        cells = [
            E.TD(str(item.seq), E.CLASS("seq")),
            E.TD(item.text),
            E.TD(*_lines(list(item.lead_units) + list(item.co_units))),
            E.TD(*_lines(item.progress.splitlines())),
        ]
        if show_status:
            cells.append(E.TD(item.display_label, E.CLASS("status")))
        rows.append(E.TR(*cells))
    issuer = f"{data.issuer}　" if data.issuer else ""
    page = E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.META(name="viewport", content="width=device-width, initial-scale=1"),
            E.TITLE(public_title(data)),
            E.STYLE(STYLE),
        ),
        E.BODY(
            E.E.main(
                E.H1(public_title(data)),
                E.P(f"{issuer}{format_date(data.date_signed)}", E.CLASS("meta")),
                E.TABLE(
                    E.E.colgroup(*(E.E.col(style=f"width:{w}") for w in COLUMN_WIDTHS[:width])),
                    E.THEAD(E.TR(*(E.TH(h) for h in headings))),
                    E.TBODY(*rows),
                ),
            )
        ),
        lang="zh-CN",
    )
    return "<!DOCTYPE html>\n" + etree.tostring(page, encoding="unicode", method="html") + "\n"


def _lines(lines: list[str]) -> list[etree._Element]:
    return [E.P(line.strip()) for line in lines if line.strip()]
