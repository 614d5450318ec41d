"""Many rows in one INSERT statement, without building a model instance per row.

tortoise's ``bulk_create`` builds a model per row and sends one INSERT per row (batched);
for the ingest's hundreds of rows per table and batch, :func:`insert_rows` sends one
multi-row INSERT with the values converted by the model's own fields, every column it is
not given filled with the field's default (``auto_now``/``auto_now_add``: now), and
returns the columns asked for, e.g. the new ids with the keys they belong to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from tortoise import connections
from tortoise.fields import DatetimeField
from tortoise.models import Model

#: Parameters per statement, under PostgreSQL's 32,767 and SQLite's 32,766.
MAX_PARAMETERS = 30_000


def _default(field: Any, now: datetime) -> Any:
    if isinstance(field, DatetimeField) and (field.auto_now or field.auto_now_add):
        return now
    default = field.default
    return default() if callable(default) else default


async def insert_rows(
    model: type[Model], rows: Sequence[Mapping[str, Any]], returning: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Insert ``rows`` (``{field name: value}``, e.g. ``booking_id``) into ``model``'s table
    in one statement (call inside a transaction); the ``returning`` columns of each row."""
    if not rows:
        return []
    meta = model._meta
    now = datetime.now(UTC)
    columns = [
        (name, column, meta.fields_map[name])
        for name, column in meta.fields_db_projection.items()
        if not (meta.fields_map[name].pk and meta.fields_map[name].generated)
    ]
    defaults = {name: _default(field, now) for name, _, field in columns}
    connection = connections.get("default")
    postgres = connection.capabilities.dialect == "postgres"
    names = ", ".join(f'"{column}"' for _, column, _ in columns)
    found: list[dict[str, Any]] = []
    size = max(1, MAX_PARAMETERS // len(columns))
    for start in range(0, len(rows), size):
        values: list[Any] = []
        tuples = []
        for row in rows[start : start + size]:
            marks = []
            for name, _, field in columns:
                values.append(field.to_db_value(row[name] if name in row else defaults[name], None))
                marks.append(f"${len(values)}" if postgres else "?")
            tuples.append(f"({', '.join(marks)})")
        sql = f'INSERT INTO "{meta.db_table}" ({names}) VALUES {", ".join(tuples)}'
        if returning:
            sql += " RETURNING " + ", ".join(f'"{column}"' for column in returning)
            found += await connection.execute_query_dict(sql, values)
        else:
            await connection.execute_query(sql, values)
    return found
