"""Many rows in one INSERT statement, without building a model instance per row.

tortoise's ``bulk_create`` builds a model per row and sends one INSERT per row (batched);
for the ingest's hundreds of rows per table and batch, :func:`insert_rows` sends one
INSERT, every column it is not given filled with the field's default
(``auto_now``/``auto_now_add``: now), and returns the columns asked for, e.g. the new ids
with the keys they belong to. On PostgreSQL the rows go as one JSON array read by
``json_to_recordset`` with the columns' types (``INSERT … SELECT … FROM
json_to_recordset($1::json) AS given("booking_id" INT, …)``), so the statement's text does
not depend on the row count and is prepared once per connection; on SQLite as a multi-row
``VALUES`` list of values converted by the model's own fields (a value already of the
field's type goes as it is, see :func:`_converter`).
:func:`insert_models` returns the written rows as model instances, built from the rows
as sent (the database sends back only the new ids), for callers that need the objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any, TypeVar

import orjson
from tortoise import connections
from tortoise.fields import DateField, DatetimeField, Field
from tortoise.models import Model

#: Parameters per SQLite statement, under its limit of 32,766.
MAX_PARAMETERS = 30_000

M = TypeVar("M", bound=Model)


@lru_cache(maxsize=1024)
def _converter(field: Field[Any]) -> Callable[[Any], Any]:
    """``field.to_db_value`` for one value (SQLite), skipped for a value that is already
    what the driver takes: the field's own type (an aware datetime, turned to UTC), or a
    member of its enum. Those are sent as they are, without tortoise's conversion and
    validators (the callers checked them, and the database keeps its own constraints): a
    few microseconds per value, the largest part of building the rows."""
    convert = field.to_db_value
    enum_type = getattr(field, "enum_type", None)
    if isinstance(enum_type, type) and issubclass(enum_type, Enum):
        return lambda value: value.value if type(value) is enum_type else convert(value, None)
    if isinstance(field, DatetimeField):
        # In UTC, as tortoise writes it: SQLite compares the stored text, so a moment kept
        # with another offset would sort (and page) out of place.
        return lambda value: (
            value.astimezone(UTC)
            if type(value) is datetime and value.tzinfo is not None
            else convert(value, None)
        )
    if isinstance(field, DateField):
        return lambda value: value if type(value) is date else convert(value, None)
    if type(field).to_db_value is Field.to_db_value:
        kind = field.field_type
        return lambda value: value if value is None or type(value) is kind else convert(value, None)
    return lambda value: convert(value, None)


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
    With ``ignore_conflicts`` a row that breaks a unique constraint is skipped. A JSON
    field takes the object itself (a dict or a list), not its text."""
    return await _insert(model, _complete(model, rows), tuple(returning), ignore_conflicts)


def _complete(model: type[Model], rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with every column they do not give set to its field's default."""
    if not rows:
        return []
    meta = model._meta
    now = datetime.now(UTC)
    defaults = {
        name: _default(meta.fields_map[name], now)
        for name in _names(model, meta.pk_attr in rows[0])
    }
    return [{**defaults, **row} for row in rows]


async def _insert(
    model: type[Model],
    rows: list[dict[str, Any]],
    returning: tuple[str, ...],
    ignore_conflicts: bool,
) -> list[dict[str, Any]]:
    """:func:`insert_rows` of rows that give every column."""
    if not rows:
        return []
    connection = connections.get("default")
    postgres = connection.capabilities.dialect == "postgres"
    columns, head, tail = _statement(
        model, model._meta.pk_attr in rows[0], ignore_conflicts, returning, postgres
    )
    if postgres:
        document = orjson.dumps(rows, default=_json_value, option=orjson.OPT_NAIVE_UTC)
        return await _run(connection, head + tail, [document.decode()], bool(returning))
    found: list[dict[str, Any]] = []
    size = max(1, MAX_PARAMETERS // len(columns))
    for start in range(0, len(rows), size):
        sql, values = _values_statement(columns, head, tail, rows[start : start + size])
        found += await _run(connection, sql, values, bool(returning))
    return found


def _values_statement(
    columns: list[tuple[str, Callable[[Any], Any]]],
    head: str,
    tail: str,
    rows: list[dict[str, Any]],
) -> tuple[str, list[Any]]:
    return f"{head} VALUES {_marks(len(rows), len(columns))}{tail}", _values(columns, rows)


def _values(
    columns: list[tuple[str, Callable[[Any], Any]]], rows: list[dict[str, Any]]
) -> list[Any]:
    return [convert(row[name]) for row in rows for name, convert in columns]


def insert_statement(
    model: type[Model],
    rows: Sequence[Mapping[str, Any]],
    *,
    ignore_conflicts: bool = False,
    only_with: str | None = None,
) -> tuple[str, list[Any]]:
    """:func:`insert_rows`'s statement for a few ``rows`` with ``?`` placeholders, and its
    values, not run: for a caller that runs it with others in one statement
    (:func:`models.thread_writes.count_message`). Its values list suits both databases.

    ``only_with``: a relation of the statement that carries this one (a ``WITH`` part);
    the one row is then written only when that relation has a row."""
    complete = _complete(model, rows)
    with_pk = model._meta.pk_attr in complete[0]
    columns, head, tail = _statement(model, with_pk, ignore_conflicts, (), False)
    if only_with is None:
        return _values_statement(columns, head, tail, complete)
    if len(complete) != 1:
        raise ValueError("only one row can be written with another statement's row")
    marks = ", ".join("?" * len(columns))
    return f"{head} SELECT {marks} FROM {only_with}{tail}", _values(columns, complete)


async def _run(
    connection: Any, sql: str, values: list[Any], returning: bool
) -> list[dict[str, Any]]:
    if returning:
        return list(await connection.execute_query_dict(sql, values))
    await connection.execute_query(sql, values)
    return []


@lru_cache(maxsize=256)
def _statement(
    model: type[Model],
    with_pk: bool,
    ignore_conflicts: bool,
    returning: tuple[str, ...],
    postgres: bool,
) -> tuple[list[tuple[str, Callable[[Any], Any]]], str, str]:
    """The columns (field name, converter) :func:`insert_rows` writes, and its statement's
    text before and after the values, built once per shape.

    On PostgreSQL the rows go as one JSON array that ``json_to_recordset`` reads in the
    server, typed by the fields' columns: orjson writes the whole batch in C, where one
    typed array per column had the driver convert and check every value in Python; the
    two parts make the whole statement, whose text is the same for every batch, so asyncpg
    prepares it once per connection. On SQLite the values list goes between them."""
    meta = model._meta
    names = _names(model, with_pk)
    columns = ", ".join(f'"{meta.fields_db_projection[name]}"' for name in names)
    head = f'INSERT INTO "{meta.db_table}" ({columns})'
    if postgres:
        fields = ", ".join(f'"{name}"' for name in names)
        types = ", ".join(
            f'"{name}" {meta.fields_map[name].get_for_dialect("postgres", "SQL_TYPE")}'
            for name in names
        )
        head += f" SELECT {fields} FROM json_to_recordset($1::json) AS given({types})"
    tail = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
    if returning:
        tail += " RETURNING " + ", ".join(f'"{column}"' for column in returning)
    return [(name, _converter(meta.fields_map[name])) for name in names], head, tail


@lru_cache(maxsize=256)
def _names(model: type[Model], with_pk: bool) -> tuple[str, ...]:
    """The fields a row of ``model`` gives: all, but a generated id only ``with_pk``."""
    meta = model._meta
    return tuple(
        name
        for name in meta.fields_db_projection
        if with_pk or not (meta.fields_map[name].pk and meta.fields_map[name].generated)
    )


def _json_value(value: Any) -> str:
    """What orjson does not write itself: decimals, as their exact text."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__} as JSON")


@lru_cache(maxsize=64)
def _marks(rows: int, columns: int) -> str:
    """``(?, ?), (?, ?)`` for ``rows`` rows of ``columns`` values (SQLite)."""
    row = f"({', '.join('?' * columns)})"
    return ", ".join([row] * rows)


async def insert_models(model: type[M], rows: Sequence[Mapping[str, Any]], key: str) -> list[M]:
    """:func:`insert_rows`, returning each written row as an instance of ``model``, in the
    order of ``rows``. The instances are built from the rows as sent (see
    :func:`instance`), so the database sends back only the new ids (nothing when the
    rows give theirs), matched to the rows by ``key``, a unique field."""
    complete = _complete(model, rows)
    pk = model._meta.pk_attr
    if complete and pk not in complete[0]:
        written = await _insert(model, complete, (pk, key), ignore_conflicts=False)
        ids = {row[key]: row[pk] for row in written}
        for row in complete:
            row[pk] = ids[row[key]]
    else:
        await _insert(model, complete, (), ignore_conflicts=False)
    return [instance(model, row) for row in complete]


def instance(model: type[M], row: Mapping[str, Any]) -> M:
    """A saved instance of ``model`` holding ``row`` (every field, as sent or as the
    database gives it), as a query gives it (see :func:`python_values`)."""
    made = model.__new__(model)
    values = made.__dict__
    values.update(row)
    values.update(_partial=False, _saved_in_db=True, _custom_generated_pk=False)
    values["_await_when_save"] = {}
    python_values(model, values)
    return made


def python_values(
    model: type[Model], row: dict[str, Any], names: tuple[str, ...] = ()
) -> dict[str, Any]:
    """``row`` (changed in place) with the values of ``model``'s fields ``names`` (all if
    none) as a query gives them: a value already of its field's type is kept (a moment
    turned to UTC, as the database gives it back), any other converted by the field."""
    for name, kind, convert in _kinds(model, names):
        value = row[name]
        if value is None:
            continue
        if type(value) is not kind:
            row[name] = convert(value)
        elif kind is datetime:
            row[name] = value.astimezone(UTC) if value.tzinfo else convert(value)
    return row


@lru_cache(maxsize=256)
def _kinds(
    model: type[Model], names: tuple[str, ...] = ()
) -> tuple[tuple[str, type | None, Callable[[Any], Any]], ...]:
    """Each field of ``model`` named in ``names`` (all if none): its name, the type of its
    values, its conversion."""
    found = []
    for name in names or tuple(model._meta.fields_db_projection):
        field = model._meta.fields_map[name]
        enum_type = getattr(field, "enum_type", None)
        kind = field.field_type
        if isinstance(enum_type, type) and issubclass(enum_type, Enum):
            kind = enum_type
        elif isinstance(field, DatetimeField):
            kind = datetime
        elif not (isinstance(kind, type) and kind in (int, str, bool, Decimal, date)):
            kind = None
        found.append((name, kind, field.to_python_value))
    return tuple(found)
