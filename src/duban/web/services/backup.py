"""A whole site in one file and back: every table's rows and the attachment files, with a manifest of the
row count of every table and the size and SHA-256 of every file (`duban backup`, `duban restore`).

The archive is a gzip tar holding `data.jsonl` (Django's serialisation of every row, so the same archive loads
on SQLite and PostgreSQL), the attachments under `media/` as they lie in the media folder, and `manifest.json`,
written last, so an archive cut short has none and is refused. Rows are read in one transaction (a snapshot on
PostgreSQL; on SQLite saves wait for the backup to finish). A restore goes into an empty site only: it checks
the manifest, every checksum and the database structure before it writes anything, loads all rows in one
transaction and compares every table's count with the manifest before committing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import tarfile
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.db.migrations.recorder import MigrationRecorder

from duban.errors import DubanError

FORMAT = "duban-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media/"
# Made again by `migrate` on every site (content types, permissions; the restored rows refer to them by
# natural key), or not worth carrying over (log-in sessions: people log in again on the restored site).
NOT_BACKED_UP = frozenset({"contenttypes.contenttype", "auth.permission", "sessions.session"})
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class TableCount:
    table: str  # the database table
    label: str  # what a person calls its rows (the model's verbose name)
    rows: int


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    tables: tuple[TableCount, ...]
    files: int
    file_bytes: int
    missing_files: tuple[str, ...]  # attachments the database names but the media folder lacks


@dataclass(frozen=True)
class RestoreSummary:
    tables: tuple[TableCount, ...]
    files: int
    missing_files: tuple[str, ...]
    created_at: str


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a restored site keeps them to the microsecond."""

    def default(self, o: Any) -> Any:
        if isinstance(o, dt.datetime | dt.time):
            return o.isoformat()
        return super().default(o)


def backed_up_models() -> list[type[models.Model]]:
    """Every model whose rows a backup holds, in an order where a row's natural keys load before it."""
    by_app: dict[str, list[type[models.Model]]] = {}
    for model in apps.get_models():
        meta = model._meta
        if meta.managed and not meta.proxy and meta.label_lower not in NOT_BACKED_UP:
            by_app.setdefault(meta.app_label, []).append(model)
    app_list = [(apps.get_app_config(label), found) for label, found in by_app.items()]
    return serializers.sort_dependencies(app_list, allow_cycles=True)


def _label(model: type[models.Model]) -> str:
    """The Chinese name of a model's rows, or "" when it has none (link tables named in English)."""
    original = getattr(model, "instance_type", None)  # a django-simple-history record of another model
    if original is not None:
        return f"{original._meta.verbose_name_plural}的修改记录"
    name = str(model._meta.verbose_name_plural)
    return name if re.search("[\u4e00-\u9fff]", name) else ""


def _tables() -> list[tuple[str, str, type[models.Model]]]:
    """(table, label, model) of every table a backup holds, many-to-many link tables included."""
    tables = []
    for model in backed_up_models():
        tables.append((model._meta.db_table, _label(model), model))
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if through._meta.auto_created:
                tables.append((through._meta.db_table, "", through))
    return tables


def table_counts() -> tuple[TableCount, ...]:
    """The rows each backed-up table holds now."""
    return tuple(TableCount(table, label, model._base_manager.count()) for table, label, model in _tables())


def applied_migrations() -> list[str]:
    recorder = MigrationRecorder(connections[DEFAULT_DB_ALIAS])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _write_rows(stream: IO[str]) -> None:
    for model in backed_up_models():
        serializers.serialize(
            "jsonl",
            model._base_manager.order_by("pk").iterator(chunk_size=2000),
            stream=stream,
            use_natural_foreign_keys=True,
            cls=_ExactEncoder,
        )


def _stored_file_names() -> list[str]:
    """The media files the rows name (attachments), each once, in a stable order."""
    names: set[str] = set()
    for model in backed_up_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                names.update(
                    name for name in model._base_manager.values_list(field.attname, flat=True) if name
                )
    return sorted(names)


def _safe_media_name(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


class _Hashing:
    """A binary file read through, counting and hashing what passes."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        self.sha256.update(chunk)
        self.size += len(chunk)
        return chunk


def _add(archive: tarfile.TarFile, name: str, source: IO[bytes], size: int) -> dict[str, Any]:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
    info.mode = 0o644
    reader = _Hashing(source)
    archive.addfile(info, reader)
    if reader.size != size:
        raise DubanError(f"备份时文件 {name} 的大小发生变化，请重新备份")
    return {"size": size, "sha256": reader.sha256.hexdigest()}


def back_up(*, output: Path) -> BackupSummary:
    """Write the whole site (rows, attachment files, manifest) to `output`, replacing it only when complete."""
    if output.is_dir():
        raise DubanError(
            f"{output} 是一个文件夹，请给出备份文件的名字，例如 {output / 'duban-backup.tar.gz'}"
        )
    if not output.parent.is_dir():
        raise DubanError(f"备份文件所在的文件夹不存在：{output.parent}")
    media_root = Path(settings.MEDIA_ROOT)
    partial = output.with_name(f".{output.name}.partial-{os.getpid()}")
    connection = connections[DEFAULT_DB_ALIAS]
    # In a transaction of its own (not a caller's), the backup reads one snapshot of every table on
    # PostgreSQL, so the counts and rows agree while the site is in use.
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    try:
        with (
            tempfile.TemporaryDirectory(dir=output.parent, prefix=".duban-backup-") as scratch,
            transaction.atomic(),
            tarfile.open(partial, "w:gz", compresslevel=6) as archive,
        ):
            if snapshot:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            counts = table_counts()
            data = Path(scratch) / DATA
            with data.open("w", encoding="utf-8") as stream:
                _write_rows(stream)
            files: dict[str, dict[str, Any]] = {}
            with data.open("rb") as source:
                files[DATA] = _add(archive, DATA, source, data.stat().st_size)
            missing = []
            for name in _stored_file_names():
                path = media_root / name
                if not _safe_media_name(name) or not path.is_file():
                    missing.append(name)
                    continue
                with path.open("rb") as source:
                    files[MEDIA + name] = _add(archive, MEDIA + name, source, path.stat().st_size)
            manifest = {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "duban_version": metadata.version("duban"),
                "database": connection.vendor,
                "migrations": applied_migrations(),
                "tables": {count.table: count.rows for count in counts},
                "files": files,
                "missing_files": missing,
            }
            encoded = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
            _add(archive, MANIFEST, io.BytesIO(encoded), len(encoded))
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)
    media = [entry for name, entry in files.items() if name != DATA]
    return BackupSummary(
        path=output,
        tables=counts,
        files=len(media),
        file_bytes=sum(entry["size"] for entry in media),
        missing_files=tuple(missing),
    )


def _open(path: Path) -> tarfile.TarFile:
    if not path.is_file():
        raise DubanError(f"找不到备份文件：{path}")
    try:
        return tarfile.open(path, "r:*")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise DubanError(f"{path} 不是 duban 备份文件（无法作为 tar 归档读取：{exc}）") from None


def _members(archive: tarfile.TarFile, path: Path) -> dict[str, tarfile.TarInfo]:
    try:
        members = archive.getmembers()
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise DubanError(f"备份文件 {path} 已损坏或不完整：{exc}") from None
    found: dict[str, tarfile.TarInfo] = {}
    for member in members:
        if not member.isfile():
            raise DubanError(f"备份文件 {path} 中的 {member.name} 不是普通文件，拒绝恢复")
        found[member.name] = member
    return found


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of the archive at `path`, checked for its shape; DubanError when it is not a backup."""
    with _open(path) as archive:
        members = _members(archive, path)
        if MANIFEST not in members:
            raise DubanError(f"{path} 中没有清单 {MANIFEST}：不是 duban 备份文件，或备份没有写完")
        return _manifest(archive, members[MANIFEST], path)


def _manifest(archive: tarfile.TarFile, member: tarfile.TarInfo, path: Path) -> dict[str, Any]:
    if member.size > 64 * _CHUNK:
        raise DubanError(f"{path} 的清单 {MANIFEST} 过大（{member.size} 字节），不是 duban 备份文件")
    try:
        manifest = json.loads(archive.extractfile(member).read().decode("utf-8"))
    except (ValueError, UnicodeDecodeError, tarfile.TarError, OSError, zlib.error):
        raise DubanError(f"{path} 的清单 {MANIFEST} 不是合法的 JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DubanError(f"{path} 不是 duban 备份文件（清单中没有 format: {FORMAT}）")
    if manifest.get("version") != FORMAT_VERSION:
        raise DubanError(
            f"{path} 的备份格式版本为 {manifest.get('version')}，本版本 duban 只能恢复版本 {FORMAT_VERSION}"
        )
    shapes = {"migrations": list, "tables": dict, "files": dict, "missing_files": list}
    for key, kind in shapes.items():
        if not isinstance(manifest.get(key), kind):
            raise DubanError(f"{path} 的清单缺少字段 {key} 或其类型不对")
    for name, entry in manifest["files"].items():
        if name != DATA and not (name.startswith(MEDIA) and _safe_media_name(name[len(MEDIA) :])):
            raise DubanError(f"{path} 的清单列出了不允许的文件名：{name}")
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("size"), int)
            and isinstance(entry.get("sha256"), str)
        ):
            raise DubanError(f"{path} 的清单中 {name} 缺少大小或校验和")
    if DATA not in manifest["files"]:
        raise DubanError(f"{path} 的清单中没有数据文件 {DATA}")
    return manifest


def _check_structure(manifest: dict[str, Any], path: Path) -> None:
    here = set(applied_migrations())
    there = set(manifest["migrations"])
    if here != there:
        only_backup = "、".join(sorted(there - here)[:5]) or "无"
        only_site = "、".join(sorted(here - there)[:5]) or "无"
        raise DubanError(
            f"{path} 来自数据库结构不同的 duban（备份版本 {manifest.get('duban_version', '未知')}）："
            f"只在备份中的迁移 {only_backup}；只在本站的迁移 {only_site}。请用生成备份的 duban 版本恢复后再升级"
        )
    known = {table for table, _, _ in _tables()}
    unknown = sorted(set(manifest["tables"]) - known)
    if unknown:
        raise DubanError(f"{path} 含有本站没有的数据表：{'、'.join(unknown[:5])}")


def _require_empty_site() -> None:
    filled = [count for count in table_counts() if count.rows]
    if filled:
        shown = "、".join(f"{count.label or count.table} {count.rows} 条" for count in filled[:6])
        raise DubanError(
            f"本站已有数据（{shown}{'等' if len(filled) > 6 else ''}）：只能恢复到空站点。"
            "请换一个新的数据目录（DUBAN_DATA_DIR）或新建一个空的 PostgreSQL 数据库（DUBAN_DATABASE_URL）后再恢复"
        )


def _extract(
    archive: tarfile.TarFile, member: tarfile.TarInfo, target: Path, entry: dict[str, Any], path: Path
) -> None:
    if member.size != entry["size"]:
        raise DubanError(f"备份文件 {path} 已损坏：{member.name} 的大小与清单不符")
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    try:
        source = archive.extractfile(member)
        with target.open("wb") as sink:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                sink.write(chunk)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise DubanError(f"备份文件 {path} 已损坏，无法读出 {member.name}：{exc}") from None
    if digest.hexdigest() != entry["sha256"]:
        raise DubanError(f"备份文件 {path} 已损坏：{member.name} 的校验和（SHA-256）与清单不符")


def restore(*, archive_path: Path) -> RestoreSummary:
    """Load the archive at `archive_path` into this empty site: all its rows and attachment files, or none."""
    media_root = Path(settings.MEDIA_ROOT)
    with _open(archive_path) as archive:
        members = _members(archive, archive_path)
        if MANIFEST not in members:
            raise DubanError(f"{archive_path} 中没有清单 {MANIFEST}：不是 duban 备份文件，或备份没有写完")
        manifest = _manifest(archive, members[MANIFEST], archive_path)
        listed = manifest["files"]
        extra = sorted(set(members) - set(listed) - {MANIFEST})
        if extra:
            raise DubanError(f"备份文件 {archive_path} 含有清单之外的文件：{'、'.join(extra[:5])}")
        absent = sorted(set(listed) - set(members))
        if absent:
            raise DubanError(f"备份文件 {archive_path} 不完整，缺少：{'、'.join(absent[:5])}")
        _check_structure(manifest, archive_path)
        _require_empty_site()
        media_root.mkdir(parents=True, exist_ok=True)
        placed: list[Path] = []
        with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".duban-restore-") as scratch:
            staged = Path(scratch)
            for name, entry in listed.items():
                _extract(archive, members[name], staged / name, entry, archive_path)
            media = [name[len(MEDIA) :] for name in listed if name != DATA]
            for name in media:
                target = media_root / name
                if target.exists():
                    raise DubanError(f"附件文件夹中已有 {target}：只能恢复到空站点")
            try:
                for name in media:
                    target = media_root / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.move(staged / MEDIA / name, target)
                    placed.append(target)
                counts = _load(staged / DATA, manifest, archive_path)
            except BaseException:
                for target in placed:
                    target.unlink(missing_ok=True)
                raise
    return RestoreSummary(
        tables=counts,
        files=len(placed),
        missing_files=tuple(manifest["missing_files"]),
        created_at=str(manifest.get("created_at", "")),
    )


def _load(data: Path, manifest: dict[str, Any], path: Path) -> tuple[TableCount, ...]:
    try:
        with transaction.atomic():
            _require_empty_site()  # again inside the transaction: nobody wrote since the first look
            call_command("loaddata", str(data), verbosity=0)
            counts = table_counts()
            expected = manifest["tables"]
            wrong = [c for c in counts if c.rows != expected.get(c.table, 0)]
            if wrong:
                shown = "、".join(
                    f"{c.label or c.table} 应为 {expected.get(c.table, 0)} 条、实为 {c.rows} 条"
                    for c in wrong[:5]
                )
                raise DubanError(f"恢复后的行数与备份清单不符（{shown}），已撤销，未写入任何数据")
    except DubanError:
        raise
    except Exception as exc:  # a row the database refuses: nothing was written
        raise DubanError(f"{path} 的数据无法载入本站，已撤销，未写入任何数据：{exc}") from None
    return counts


def describe(counts: tuple[TableCount, ...]) -> Iterator[str]:
    """Lines naming the tables that hold rows, for the commands to print."""
    for count in counts:
        if count.rows:
            name = f"{count.label}（{count.table}）" if count.label else count.table
            yield f"  {name}：{count.rows} 条"
