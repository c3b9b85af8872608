"""What a file really is, decided from its bytes (magic numbers, zip members), not its name.

`detect_format` returns one of the readable formats ("txt", "html", "docx", "xlsx", "pdf") or
raises DubanError saying what the file is and what to do with it.

A file whose extension names one kind of office document (.docx, .xlsx, .pdf) but whose content is
another is refused with a message naming both: the user most likely picked the wrong file, and
reading a spreadsheet as "the plan" would import the wrong thing without anyone noticing. Files
whose extension says little (.doc/.xls exported by web systems as HTML, .tmp, no extension) are
read as what their content is.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from duban.errors import DubanError

MAX_FILE_BYTES = 50_000_000
# Zip containers (.docx/.xlsx): refuse before extracting when the declared sizes look like a bomb.
MAX_UNPACKED_BYTES = 300_000_000
MAX_RATIO = 100
RATIO_CHECKED_ABOVE = 20_000_000
MAX_MEMBERS = 10_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Format name → (Chinese description, family). Family groups formats a user might confuse.
DESCRIPTIONS = {
    "docx": ("Word 文档（.docx）", "word"),
    "xlsx": ("Excel 工作簿（.xlsx）", "excel"),
    "pdf": ("PDF 文件", "pdf"),
    "html": ("网页（HTML）", "text"),
    "txt": ("纯文本", "text"),
}

# Extensions that promise a specific binary format: content of another format is refused.
STRICT_EXTENSIONS = {
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xltx": "xlsx",
    ".pdf": "pdf",
}

# Signatures of files we cannot read, with what to tell the user (sources: file(1) magic database).
FOREIGN_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG 图片，需要先做文字识别（OCR）"),
    (b"\xff\xd8\xff", "JPEG 图片，需要先做文字识别（OCR）"),
    (b"GIF87a", "GIF 图片"),
    (b"GIF89a", "GIF 图片"),
    (b"II*\x00", "TIFF 图片，需要先做文字识别（OCR）"),
    (b"MM\x00*", "TIFF 图片，需要先做文字识别（OCR）"),
    (b"\x1f\x8b", "gzip 压缩包，请先解压"),
    (b"Rar!", "RAR 压缩包，请先解压"),
    (b"7z\xbc\xaf\x27\x1c", "7z 压缩包，请先解压"),
    (b"{\\rtf", "RTF 文档，请用 Word 或 WPS 另存为 .docx"),
    (b"\x7fELF", "可执行程序"),
    (b"MZ", "可执行程序"),
    (b"%!PS", "PostScript 文件，请另存为 PDF"),
    (b"\x00\x00\x01\x00", "图标文件"),
)

HTML_OPENINGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<table",
    b"<div",
    b"<p>",
    b"<p ",
)


def check_size(path: Path) -> None:
    """Refuse missing paths, directories, empty files and files over the size limit."""
    if not path.exists():
        raise DubanError(f"{path}：文件不存在")
    if path.is_dir():
        raise DubanError(f"{path}：这是一个文件夹，不是文件；请指定其中的一个文档")
    if not path.is_file():
        raise DubanError(f"{path}：不是普通文件")
    size = path.stat().st_size
    if size == 0:
        raise DubanError(f"{path}：文件为空（0 字节）")
    if size > MAX_FILE_BYTES:
        raise DubanError(
            f"{path}：文件大小 {size / 1_000_000:.1f} MB，超过上限 {MAX_FILE_BYTES // 1_000_000} MB；"
            "请拆分文件或只保留任务表后再导入"
        )


def detect_format(path: Path, head: bytes) -> str:
    """The readable format of `path` whose first bytes are `head` (at least 8 KB when available)."""
    found = _content_format(path, head)
    expected = STRICT_EXTENSIONS.get(path.suffix.lower())
    if expected and found != expected:
        wanted, _ = DESCRIPTIONS[expected]
        real, family = DESCRIPTIONS[found]
        hint = ""
        if family in ("word", "excel", "pdf"):
            right = {"docx": ".docx", "xlsx": ".xlsx", "pdf": ".pdf"}[found]
            hint = f"；如果确实要导入它，请把扩展名改为 {right} 后重试"
        elif expected == "pdf":
            hint = "（可能下载不完整，或下载到的是网站的提示页面）"
        raise DubanError(
            f"{path}：扩展名是 {path.suffix}，应为{wanted}，但文件内容实际是{real}。请确认选对了文件{hint}"
        )
    return found


def _content_format(path: Path, head: bytes) -> str:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(path)
    if head.startswith(OLE2_MAGIC):
        raise DubanError(f"{path}：{_ole2_description(path)}")
    for signature, description in FOREIGN_SIGNATURES:
        if head.startswith(signature) and (signature != b"MZ" or b"\x00" in head[:512]):
            raise DubanError(f"{path}：文件是{description}，duban 无法读取")
    if _looks_binary(head):
        raise DubanError(
            f"{path}：文件内容是无法识别的二进制数据，不是文档；"
            "支持的格式：.docx、.xlsx、.pdf（带文字层）、.html、.txt"
        )
    return "html" if _looks_like_html(head) else "txt"


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DubanError(f"{path}：文件已损坏，无法作为 Word/Excel 文档打开（压缩结构错误：{exc}）") from exc
    names = {member.filename for member in members}
    if "word/document.xml" in names:
        kind = "docx"
    elif "xl/workbook.xml" in names:
        kind = "xlsx"
    elif "ppt/presentation.xml" in names:
        raise DubanError(f"{path}：文件是 PowerPoint 演示文稿，duban 只读取 Word、Excel、PDF、网页和文本")
    elif "mimetype" in names or "content.xml" in names:
        raise DubanError(
            f"{path}：文件是 OpenDocument（WPS/LibreOffice 的 .odt/.ods）格式，请另存为 .docx 或 .xlsx 后重试"
        )
    elif "[Content_Types].xml" in names:
        raise DubanError(f"{path}：文件是 Office 文档，但缺少正文部分（已损坏或不是 Word/Excel 文档）")
    else:
        raise DubanError(f"{path}：文件是 ZIP 压缩包，不是文档；请先解压，再导入其中的文档")
    check_zip_bomb(path, members)
    return kind


def check_zip_bomb(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse, from the declared sizes alone, a container that would unpack to far too much.

    Python's zipfile stops reading a member at its declared size (and fails its CRC check), so the
    declared sizes bound what the readers will actually inflate.
    """
    if len(members) > MAX_MEMBERS:
        raise DubanError(f"{path}：压缩包内有 {len(members)} 个部件，远超正常文档，疑似恶意文件，已拒绝")
    unpacked = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members) or 1
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > RATIO_CHECKED_ABOVE and unpacked / packed > MAX_RATIO):
        raise DubanError(
            f"{path}：解压后将有 {unpacked / 1_000_000:.0f} MB（压缩比 {unpacked / packed:.0f} 倍），"
            "疑似“压缩炸弹”，已拒绝读取"
        )


def _ole2_description(path: Path) -> str:
    """What an OLE2 compound file is, from the stream names in its directory (stored as UTF-16LE)."""
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES)

    def has_stream(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has_stream("EncryptedPackage"):
        return "文件设置了打开密码（已加密的 Office 文档），请在 Word/Excel/WPS 中取消密码、另存后再导入"
    if has_stream("WordDocument"):
        return "文件是旧版 Word 文档（.doc），请用 Word 或 WPS 另存为 .docx 后再导入"
    if has_stream("Workbook") or has_stream("Book"):
        return "文件是旧版 Excel 工作簿（.xls），请用 Excel 或 WPS 另存为 .xlsx 后再导入"
    if has_stream("PowerPoint Document"):
        return "文件是旧版 PowerPoint 演示文稿，duban 无法读取"
    return "文件是旧版 Office/WPS 二进制格式，请另存为 .docx 或 .xlsx 后再导入"


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = head[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls > len(sample) // 100


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        return b"<html" in start[:4096]
    if start.startswith(b"<!--"):
        return b"<html" in start[:8192] or b"<body" in start[:8192]
    return start.startswith(HTML_OPENINGS)
