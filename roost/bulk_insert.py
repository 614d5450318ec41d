"""Many rows in one INSERT statement, without building a model instance per row.

tortoise's ``bulk_create`` builds a model per row and sends one INSERT per row (batched);
for the ingest's hundreds of rows per table and batch, :func:`insert_rows` sends one
INSERT with the values converted by the model's own fields, every column it is not given
filled with the field's default (``auto_now``/``auto_now_add``: now), and returns the
columns asked for, e.g. the new ids with the keys they belong to. On PostgreSQL the values
go as one typed array per column (``INSERT … SELECT * FROM unnest($1::int[], …)``), so the
statement's text does not depend on the row count and is prepared once per connection;
on SQLite as a multi-row ``VALUES`` list.
:func:`insert_models` returns the written rows as model instances, built the way a
query's results are (no validation pass per field), for callers that need the objects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TypeVar

from tortoise import connections
from tortoise.fields import DatetimeField
from tortoise.models import Model

#: Parameters per SQLite statement, under its limit of 32,766.
MAX_PARAMETERS = 30_000

M = TypeVar("M", bound=Model)


def _default(field: Any, now: datetime) -> Any:
    if isinstance(field, DatetimeField) and (field.auto_now or field.auto_now_add):
        return now
    default = field.default
    return default() if callable(default) else default


async def insert_rows(
    model: type[Model],
    rows: Sequence[Mapping[str, Any]],
    returning: Sequence[str] = (),
    *,
    ignore_conflicts: bool = False,
) -> list[dict[str, Any]]:
    """Insert ``rows`` (``{field name: value}``, e.g. ``booking_id``) into ``model``'s table
    in one statement (call inside a transaction); the ``returning`` columns of each row.
    The database numbers the rows unless they give their ``id`` (all or none of them).
    With ``ignore_conflicts`` a row that breaks a unique constraint is skipped."""
    if not rows:
        return []
    meta = model._meta
    now = datetime.now(UTC)
    connection = connections.get("default")
    postgres = connection.capabilities.dialect == "postgres"
    columns, head, tail = _statement(
        model, meta.pk_attr in rows[0], ignore_conflicts, tuple(returning), postgres
    )
    defaults = {name: _default(meta.fields_map[name], now) for name, _ in columns}
    if postgres:
        sql = head + tail
        values: list[Any] = [
            [convert(row[name] if name in row else defaults[name], None) for row in rows]
            for name, convert in columns
        ]
        return await _run(connection, sql, values, bool(returning))
    found: list[dict[str, Any]] = []
    size = max(1, MAX_PARAMETERS // len(columns))
    for start in range(0, len(rows), size):
        chunk = rows[start : start + size]
        values = [
            convert(row[name] if name in row else defaults[name], None)
            for row in chunk
            for name, convert in columns
        ]
        marks = _marks(len(chunk), len(columns))
        sql = f"{head} VALUES {marks}{tail}"
        found += await _run(connection, sql, values, bool(returning))
    return found


@lru_cache(maxsize=256)
def _statement(
    model: type[Model],
    with_pk: bool,
    ignore_conflicts: bool,
    returning: tuple[str, ...],
    postgres: bool,
) -> tuple[list[tuple[str, Any]], str, str]:
    """The columns (name, converter) :func:`insert_rows` writes, and its statement's text
    before and after the values (on PostgreSQL, where the values are parameters, the two
    make the whole statement), built once per shape."""
    meta = model._meta
    columns = [
        (name, meta.fields_map[name].to_db_value)
        for name in meta.fields_db_projection
        if with_pk or not (meta.fields_map[name].pk and meta.fields_map[name].generated)
    ]
    names = ", ".join(f'"{meta.fields_db_projection[name]}"' for name, _ in columns)
    head = f'INSERT INTO "{meta.db_table}" ({names})'
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    if returning:
        tail += " RETURNING " + ", ".join(f'"{column}"' for column in returning)
    if postgres:
        # One array per column: the statement's text is the same for every batch, so
        # asyncpg prepares it once per connection and PostgreSQL parses no VALUES list.
        arrays = [
            f"${at}::{meta.fields_map[name].get_for_dialect('postgres', 'SQL_TYPE')}[]"
            for at, (name, _) in enumerate(columns, start=1)
        ]
        head += f" SELECT * FROM unnest({', '.join(arrays)})"
    return columns, head, tail


async def _run(
    connection: Any, sql: str, values: list[Any], returning: bool
) -> list[dict[str, Any]]:
    if returning:
        return list(await connection.execute_query_dict(sql, values))
    await connection.execute_query(sql, values)
    return []


@lru_cache(maxsize=64)
def _marks(rows: int, columns: int) -> str:
    """``(?, ?), (?, ?)`` for ``rows`` rows of ``columns`` values (SQLite)."""
    row = f"({', '.join('?' * columns)})"
    return ", ".join([row] * rows)


async def insert_models(model: type[M], rows: Sequence[Mapping[str, Any]]) -> list[M]:
    """:func:`insert_rows`, returning each written row as an instance of ``model``, in the
    database's order (match them to ``rows`` by a unique column, not by position)."""
    columns = tuple(model._meta.fields_db_projection.values())
    return [model._init_from_db(**row) for row in await insert_rows(model, rows, columns)]
