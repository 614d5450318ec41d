"""Rows whose key is one of many values, in one statement whatever their number.

tortoise's ``filter(key__in=[...])`` builds its statement in Python with one parameter per
value (a new text for each number of values) and makes each row a model through its
generic path; an ingest batch reads hundreds of rows from several tables that
way, and building those statements and instances was the largest part of checking a batch
whose records are all stored already. :func:`select_rows` sends the values as one
parameter, an array on PostgreSQL (``"key" = ANY($1)``) and a JSON array on SQLite
(``"key" IN (SELECT value FROM json_each(?))``): the statement's text is built once per
shape and prepared once per connection. A prepared statement keeps its plan until the
table's statistics change: a caller that grows a table it looks up refreshes them (see
``roost.importer``). :func:`select_models` makes its rows instances with
:func:`roost.bulk_insert.instance`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import Any, TypeVar

import orjson
from tortoise import connections
from tortoise.models import Model

from models.sql import is_postgres
from roost.bulk_insert import instance, python_values

M = TypeVar("M", bound=Model)


async def select_rows(
    model: type[Model],
    key: str,
    values: Collection[Any],
    fields: Sequence[str] = (),
    *,
    order_by: Sequence[str] = (),
    **equal: Any,
) -> list[dict[str, Any]]:
    """The ``fields`` (all if none) of ``model``'s rows whose field ``key`` is one of
    ``values`` (ints or texts) and whose fields named in ``equal`` have those values, as
    ``{field name: value}`` (see :func:`roost.bulk_insert.python_values`), ordered by the
    ``order_by`` fields."""
    names = tuple(fields)
    rows = await _fetch(model, key, values, names, tuple(order_by), equal)
    return [python_values(model, row, names) for row in rows]


async def select_models(
    model: type[M],
    key: str,
    values: Collection[Any],
    *,
    order_by: Sequence[str] = (),
    **equal: Any,
) -> list[M]:
    """:func:`select_rows` of every field, as instances of ``model``."""
    rows = await _fetch(model, key, values, (), tuple(order_by), equal)
    return [instance(model, row) for row in rows]


async def _fetch(
    model: type[Model],
    key: str,
    values: Collection[Any],
    fields: tuple[str, ...],
    order_by: tuple[str, ...],
    equal: dict[str, Any],
) -> list[dict[str, Any]]:
    """:func:`select_rows`' rows as the driver gives them."""
    if not values:
        return []
    connection = connections.get("default")
    postgres = is_postgres()
    sql = _statement(model, key, fields, order_by, tuple(equal), postgres)
    listed = list(values)
    given = listed if postgres else orjson.dumps(listed).decode()
    return list(await connection.execute_query_dict(sql, [given, *equal.values()]))


@lru_cache(maxsize=256)
def _statement(
    model: type[Model],
    key: str,
    fields: tuple[str, ...],
    order_by: tuple[str, ...],
    equal: tuple[str, ...],
    postgres: bool,
) -> str:
    """The text of :func:`select_rows`' statement for one shape."""
    projection = model._meta.fields_db_projection
    columns = ", ".join(
        f'"{projection[name]}"' if projection[name] == name else f'"{projection[name]}" "{name}"'
        for name in fields or tuple(projection)
    )
    if postgres:
        marks = [f"${number}" for number in range(1, len(equal) + 2)]
        matches = f'"{projection[key]}" = ANY({marks[0]})'
    else:
        marks = ["?"] * (len(equal) + 1)
        matches = f'"{projection[key]}" IN (SELECT "value" FROM json_each({marks[0]}))'
    conditions = [matches] + [
        f'"{projection[name]}" = {mark}' for name, mark in zip(equal, marks[1:], strict=True)
    ]
    sql = f'SELECT {columns} FROM "{model._meta.db_table}" WHERE {" AND ".join(conditions)}'
    if order_by:
        sql += " ORDER BY " + ", ".join(f'"{projection[name]}"' for name in order_by)
    return sql
