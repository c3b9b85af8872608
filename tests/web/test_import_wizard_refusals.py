"""The import wizard refuses a hostile or damaged file with a message naming it, never an HTTP 500, and
keeps nothing of it on the server."""

import io
import re
import zipfile

import docx
import openpyxl
import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from duban.web.models import Plan

pytestmark = [pytest.mark.db, pytest.mark.django_db]


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


@pytest.fixture
def office(client):
    user = User.objects.create_user("clerk")
    user.groups.add(Group.objects.get_or_create(name="office")[0])
    client.force_login(user)
    return client


def _xlsx_with_the_last_cell() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "分解表"
    workbook.active["XFD1048576"] = "x"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _docx(change) -> bytes:
    document = docx.Document()
    document.add_paragraph("2025年区政府工作报告目标任务分解方案")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "序号", "目标任务"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "新建社区健身点30个"
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info.filename, data)
    return out.getvalue()


HOSTILE = {
    "plan.xlsx": (_xlsx_with_the_last_cell, "16,384列"),
    "span.docx": (
        lambda: _docx(
            lambda xml: re.sub(
                r"(<w:tc>)", r'\1<w:tcPr><w:gridSpan w:val="50000000"/></w:tcPr>', xml, count=1
            )
        ),
        "50,000,000",
    ),
    "broken.docx": (lambda: _docx(lambda xml: xml.replace("<w:body>", "<w:body><w:p>", 1)), "已损坏"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_upload_is_a_form_error_naming_the_file_and_nothing_stays(office, media, name):
    build, words = HOSTILE[name]
    upload = SimpleUploadedFile(name, build())
    response = office.post("/import/", {"step": "upload", "file": upload}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert f"{name}：" in page
    assert words in page
    assert str(media) not in page  # the staging folder is not shown
    assert list((media / "imports").iterdir()) == []
    assert Plan.objects.count() == 0


def test_an_unexpected_error_while_reading_is_a_form_error_and_is_logged(office, media, monkeypatch, caplog):
    def broken(path, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("duban.ingest.parse_document", broken)
    upload = SimpleUploadedFile("plan.txt", "2025年区政府工作报告目标任务分解方案".encode())
    response = office.post("/import/", {"step": "upload", "file": upload}, follow=True)
    assert response.status_code == 200
    assert "plan.txt：读取或导入时出错（RuntimeError）" in response.content.decode()
    assert list((media / "imports").iterdir()) == []
    assert any("import of" in record.getMessage() for record in caplog.records)
