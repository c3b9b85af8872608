"""Writers of the documents the supervision office issues: bulletin (.docx), summary (.xlsx),
public page (.html) and charts (PNG/SVG). They take the plain dataclasses of `reports.data`
and know nothing of Django or the database."""

from __future__ import annotations

from pathlib import Path

from duban.errors import DubanError
from duban.reports.data import ReportData

# Output kinds: (file suffix, what the file is called in messages).
OUTPUTS: dict[str, tuple[str, str]] = {
    "bulletin": (".docx", "督查通报"),
    "summary": (".xlsx", "汇总表"),
    "public": (".html", "政务公开页"),
}


def check_output(what: str, output: Path) -> None:
    """Refuse an unknown kind, a file name with the wrong suffix or a missing folder (DubanError)."""
    if what not in OUTPUTS:
        raise DubanError(f"未知的报告类型：{what}（可选 bulletin、summary、public）")
    suffix, name = OUTPUTS[what]
    if output.suffix.lower() != suffix:
        raise DubanError(f"输出文件 {output} 的扩展名应为 {suffix}（{name}）")
    if not output.parent.is_dir():
        raise DubanError(f"输出目录不存在：{output.parent}")


def write_report(what: str, data: ReportData, output: Path) -> None:
    """Call the writer of `what` on `data`."""
    if what == "bulletin":
        from duban.reports.bulletin import write_bulletin

        write_bulletin(data, output)
    elif what == "summary":
        from duban.reports.summary import write_summary

        write_summary(data, output)
    else:
        from duban.reports.public import write_public

        write_public(data, output)
