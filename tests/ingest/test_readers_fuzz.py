"""Mutated real documents of every format: each one is parsed or refused with a DubanError naming the file,
never any other exception.

Seeds are the corpus plans and reports (tests/corpus) and the Fuling plan rows rendered as .docx, .xlsx,
.html and .pdf. A mutation flips, inserts, deletes or repeats bytes of the file, or, for the zip-based
formats, of one XML part inside it (which reaches the XML parsers behind a valid zip), with tokens that
broke readers before: entity declarations, huge numbers, stray markup. Hypothesis draws the mutations from
a fixed seed, so the suite checks the same 1,000 documents every run; DUBAN_FUZZ_SCALE=10 checks ten
times as many, for a longer hunt.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from builders import PLAN_ROWS, build_docx, build_html, build_pdf, build_xlsx, plan_table
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duban.errors import DubanError
from duban.ingest import parse_document

CORPUS = Path(__file__).parents[1] / "corpus"
# Mutated documents per format (1,000 in all); pdfminer takes longest per document.
EXAMPLES = {"txt": 200, "html": 200, "docx": 250, "xlsx": 250, "pdf": 100}
SCALE = float(os.environ.get("DUBAN_FUZZ_SCALE", "1"))
# Fragments that made readers raise before they were bounded and wrapped.
TOKENS = (
    b'<!DOCTYPE r [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    b"&b;",
    b'w:val="50000000"',
    b'colspan="99999999999999999999"',
    b'r="XFD1048576"',
    b'ref="A1:XFD1048576"',
    b"<w:tbl><w:tr><w:tc><w:tbl>",
    b"</w:tc>",
    b"<",
    b"&",
    b"\x00",
    b"\xff\xfe",
    b"%PDF-1.7\n",
    b"obj << /Length 99999999 >> stream",
    b"PK\x03\x04",
)


def _head(path: Path, lines: int) -> str:
    return "\n".join(path.read_text(encoding="utf-8").splitlines()[:lines])


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, list[bytes]]:
    folder = tmp_path_factory.mktemp("seeds")
    content = ["关于分解落实2025年区政府工作报告目标任务的通知", plan_table(PLAN_ROWS[2:5])]
    plan_text = _head(CORPUS / "004_0c9597f419f639ea.txt", 40)
    report_text = _head(CORPUS / "001_709c606c80aee2ec.txt", 30)
    paragraphs = report_text.splitlines()
    return {
        "txt": [plan_text.encode("utf-8"), report_text.encode("gb18030")],
        "html": [
            build_html(folder / "plan.html", content).read_bytes(),
            build_html(folder / "report.html", paragraphs, encoding="gb18030").read_bytes(),
        ],
        "docx": [
            build_docx(folder / "plan.docx", content).read_bytes(),
            build_docx(folder / "report.docx", paragraphs).read_bytes(),
        ],
        "xlsx": [build_xlsx(folder / "plan.xlsx", content).read_bytes()],
        "pdf": [build_pdf(folder / "plan.pdf", content).read_bytes()],
    }


@st.composite
def byte_mutations(draw, data: bytes) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(("flip", "insert", "token", "delete", "truncate", "repeat")))
        if kind == "flip" and at < len(data):
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
        elif kind == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
        elif kind == "token":
            data = data[:at] + draw(st.sampled_from(TOKENS)) + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 64)) :]
        elif kind == "truncate":
            data = data[: max(at, 1)]
        elif kind == "repeat":
            chunk = data[at : at + draw(st.integers(1, 256))]
            data = data[:at] + chunk * draw(st.integers(2, 50)) + data[at:]
    return data


@st.composite
def part_mutation(draw, data: bytes) -> bytes:
    """A zip file with one of its XML parts mutated, re-packed so the archive itself is sound."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    xml = [i for i, (name, _) in enumerate(parts) if name.endswith((".xml", ".rels"))]
    chosen = draw(st.sampled_from(xml))
    name, body = parts[chosen]
    parts[chosen] = (name, draw(byte_mutations(body)))
    out = io.BytesIO()
    with zipfile.ZipFile(
        out, "w", draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)))
    ) as archive:
        for part_name, part_body in parts:
            archive.writestr(part_name, part_body)
    return out.getvalue()


def assert_parsed_or_refused(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        parse_document(path)
    except DubanError as refused:
        assert str(path) in refused.message


@pytest.mark.parametrize("kind", EXAMPLES)
def test_mutated_documents_are_parsed_or_refused_never_raise(seeds, tmp_path, kind):
    path = tmp_path / f"mutated.{kind}"

    @settings(
        max_examples=int(EXAMPLES[kind] * SCALE),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def check(data):
        seed = data.draw(st.sampled_from(seeds[kind]))
        if kind in ("docx", "xlsx") and data.draw(st.booleans()):
            mutated = data.draw(part_mutation(seed))
        else:
            mutated = data.draw(byte_mutations(seed))
        assert_parsed_or_refused(path, mutated)

    check()
