"""Which assessment document a file name asks for (.xlsx 考核表, .docx 考核情况通报), and writing it.

Imports nothing of Django, so `duban assess` checks its -o argument before starting the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from duban.core.assessment import Assessment
from duban.errors import DubanError

# File suffix → what the file is called in messages.
DOCUMENTS: dict[str, str] = {".xlsx": "考核表", ".docx": "考核情况通报"}


def check_document(output: Path) -> str:
    """The name of the document `output` asks for by its suffix; DubanError for another suffix or a missing
    folder."""
    name = DOCUMENTS.get(output.suffix.lower())
    if name is None:
        raise DubanError(f"输出文件 {output} 的扩展名应为 .xlsx（考核表）或 .docx（考核情况通报）")
    if not output.parent.is_dir():
        raise DubanError(f"输出目录不存在：{output.parent}")
    return name


def write_assessment_file(assessment: Assessment, output: Path, *, signer: str, signed_on: date) -> str:
    """Write the document `output` names; returns what was written."""
    name = check_document(output)
    if output.suffix.lower() == ".xlsx":
        from duban.reports.assessment_table import write_assessment_table

        write_assessment_table(assessment, output)
    else:
        from duban.reports.assessment_notice import write_assessment_notice

        write_assessment_notice(assessment, output, signer=signer, signed_on=signed_on)
    return name
