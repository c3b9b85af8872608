"""Rows copied out of the test database and put back: the demo district is built once per database.

`load_sample` goes through the real import, judging and progress services and takes seconds; some 250 web
tests start from it, on SQLite and again on PostgreSQL. `take` builds it once inside a transaction that is
rolled back, keeping the rows it added as SQL that inserts them again exactly (SQLite's quote() literals,
PostgreSQL's JSON of each row); `restore` runs that SQL in the test's own transaction, so every test still
starts from the district `load_sample` makes and rolls back whatever it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction


@dataclass(frozen=True)
class TableRows:
    """The rows one table holds after the build, as the statement (and parameters) that inserts them."""

    table: str
    sql: str
    params: tuple[str, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    tables: tuple[TableRows, ...]
    result: Any  # what the build returned, for `restore` to hand back (its objects are re-read by pk)

    def restore(self) -> None:
        """Insert the rows again; the tables must be empty (a fresh test database), else the keys collide."""
        # One transaction even in a transactional test: foreign keys are checked once every table is filled.
        with transaction.atomic(), connection.cursor() as cursor:
            for rows in self.tables:
                cursor.execute(rows.sql, rows.params or None)
            if connection.vendor == "postgresql":
                # Serial columns must continue after the copied keys, or the test's own inserts collide.
                by_table = {m._meta.db_table: m for m in apps.get_models(include_auto_created=True)}
                models = [by_table[rows.table] for rows in self.tables if rows.table in by_table]
                for statement in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(statement)


def _tables() -> list[str]:
    return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


def _count(cursor, table: str) -> int:
    cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
    return cursor.fetchone()[0]


def dump(cursor, table: str) -> TableRows:
    """The statement that inserts the rows `table` holds now, in the order of its primary key (a history
    table's first column, the recorded row's id, repeats: ordering by it left the order of a row's versions
    to the database, and two dumps of the same rows could differ)."""
    name = connection.ops.quote_name(table)
    columns = [column.name for column in connection.introspection.get_table_description(cursor, table)]
    primary = connection.introspection.get_primary_key_column(cursor, table) or columns[0]
    key = connection.ops.quote_name(primary)
    if connection.vendor == "postgresql":
        cursor.execute(f"SELECT coalesce(json_agg(t ORDER BY t.{key}), '[]'::json)::text FROM {name} t")
        return TableRows(
            table, f"INSERT INTO {name} SELECT * FROM json_populate_recordset(NULL::{name}, %s::json)",
            (cursor.fetchone()[0],),
        )  # fmt: skip
    if connection.vendor != "sqlite":
        raise NotImplementedError(connection.vendor)
    literals = " || ',' || ".join(f"quote({connection.ops.quote_name(c)})" for c in columns)
    # The ORDER BY of a subquery is the order group_concat sees its rows in.
    cursor.execute(
        f"SELECT group_concat('(' || {literals} || ')', ',') FROM (SELECT * FROM {name} ORDER BY {key})"
    )
    return TableRows(table, f"INSERT INTO {name} VALUES {cursor.fetchone()[0]}")


def take(build: Callable[[], Any]) -> Snapshot:
    """Run `build` on the (empty) test database, keep the rows it added to each table, roll it all back."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            before = {table: _count(cursor, table) for table in _tables()}
        result = build()
        with connection.cursor() as cursor:
            grown = {table: _count(cursor, table) for table in _tables()}
            touched = [t for t, n in grown.items() if n and before.get(t, 0) and n != before[t]]
            if touched:
                # Only rows added to empty tables are copied; anything else would need deletes as well.
                raise RuntimeError(f"the build changed tables that were not empty: {touched}")
            tables = tuple(dump(cursor, t) for t, n in grown.items() if n and not before.get(t, 0))
        transaction.set_rollback(True)
    return Snapshot(tables=tables, result=result)
