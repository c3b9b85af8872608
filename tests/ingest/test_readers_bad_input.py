"""Every kind of bad input is refused with a DubanError whose Chinese message names the file."""

import gc
import os
import zipfile
from pathlib import Path

import pytest
from builders import PLAN_ROWS, build_docx, build_xlsx, plan_table

from duban.errors import DubanError
from duban.ingest.readers import read_document

CORPUS = Path(__file__).parents[1] / "corpus"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refusal(path):
    with pytest.raises(DubanError) as caught:
        read_document(path)
    assert str(path) in caught.value.message
    return caught.value.message


def test_missing_file(tmp_path):
    assert "不存在" in refusal(tmp_path / "nothing.docx")


def test_directory(tmp_path):
    assert "文件夹" in refusal(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"")
    assert "为空" in refusal(path)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("\n \t\n", encoding="utf-8")
    assert "没有任何文字" in refusal(path)


def test_binary_garbage(tmp_path):
    path = tmp_path / "plan.docx.txt"
    path.write_bytes(os.urandom(4096))
    assert "二进制" in refusal(path)


def test_docx_that_is_really_an_xlsx_names_what_it_is(tmp_path):
    workbook = build_xlsx(tmp_path / "plan.xlsx", [plan_table(PLAN_ROWS[:2])])
    renamed = workbook.rename(tmp_path / "plan.docx")
    message = refusal(renamed)
    assert "Excel" in message
    assert ".xlsx" in message


def test_corrupt_docx(tmp_path):
    data = build_docx(tmp_path / "good.docx", [plan_table(PLAN_ROWS[:2])]).read_bytes()
    path = tmp_path / "plan.docx"
    path.write_bytes(data[: len(data) // 2])
    assert "损坏" in refusal(path)


def test_reading_leaves_the_cycle_collector_as_it_was(tmp_path):
    # The readers pause Python's cycle collector while they read: a refusal must not leave it off.
    good = build_docx(tmp_path / "good.docx", [plan_table(PLAN_ROWS[:2])])
    damaged = tmp_path / "plan.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(
                item, data.replace(b"</w:body>", b"") if item.filename == "word/document.xml" else data
            )
    read_document(good)
    assert "无法打开" in refusal(damaged)
    assert gc.isenabled()
    gc.disable()
    try:
        read_document(good)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_password_protected_office_file(tmp_path):
    # An encrypted .docx/.xlsx is an OLE2 container holding an "EncryptedPackage" stream.
    path = tmp_path / "plan.docx"
    path.write_bytes(OLE2_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)
    assert "密码" in refusal(path)


@pytest.mark.parametrize(("stream", "advice"), [("WordDocument", ".docx"), ("Workbook", ".xlsx")])
def test_old_binary_office_formats_ask_to_save_as_new_format(tmp_path, stream, advice):
    path = tmp_path / "plan.doc"
    path.write_bytes(OLE2_MAGIC + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 1024)
    assert f"另存为 {advice}" in refusal(path)


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "plan.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    assert "加密" in refusal(path)


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    assert "OCR" in refusal(path)


def test_zip_bomb_is_refused_before_extracting(tmp_path):
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(40):
                member.write(b"\x00" * 1_000_000)
    assert "压缩炸弹" in refusal(path)


def test_file_over_50_mb_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "plan.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    assert "50 MB" in refusal(path)


def test_plain_zip_archive(tmp_path):
    path = tmp_path / "plans.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "序号")
    assert "压缩包" in refusal(path)


def test_image_is_unsupported(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert "图片" in refusal(path)


def test_pdf_extension_on_a_web_page(tmp_path):
    path = tmp_path / "plan.pdf"
    path.write_text("<!DOCTYPE html><html><body><p>页面不存在</p></body></html>", encoding="utf-8")
    assert "网页" in refusal(path)


def test_utf8_plan_with_one_stray_byte_is_read_with_a_warning_naming_the_position(tmp_path):
    text = (CORPUS / "004_0c9597f419f639ea.txt").read_text(encoding="utf-8")
    data = text.encode("utf-8")
    at = data.index(b"\n", data.index(b"\n") + 1) + 1  # the start of line 3
    path = tmp_path / "plan.txt"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    document = read_document(path)
    assert document.blocks[2].text == "\ufffd" + text.splitlines()[2]
    assert len(document.warnings) == 1
    assert f"第3行（第{at + 1}字节）" in document.warnings[0]
    assert [block.text for block in document.blocks[3:]] == text.splitlines()[3:]


def test_gbk_text_is_not_taken_for_utf8_with_stray_bytes(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(("Plan " * 400 + "重点工作：推进项目建设").encode("gbk"))
    document = read_document(path)
    assert document.blocks[0].text.endswith("重点工作：推进项目建设")
    assert document.warnings == ()
