"""Raw SQL written once with ``?`` placeholders, run on SQLite or PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Protocol

from tortoise import connections
from tortoise.queryset import AwaitableQuery

_NUMBERED = re.compile(r"\$\d+")

#: A statement with ``?`` placeholders and its values, to run later or with others.
Write = tuple[str, Sequence[Any]]


class CarriedWrite(Protocol):
    """A one-row write that another statement may carry: as a statement of its own, or,
    given ``only_with`` (a relation of the carrying statement), written only when that
    relation has a row."""

    def __call__(self, *, only_with: str | None = None) -> Write: ...


def is_postgres() -> bool:
    """Whether the default connection is PostgreSQL (else SQLite)."""
    return connections.get("default").capabilities.dialect == "postgres"


def placeholders(text: str) -> str:
    """``?`` placeholders as the connected database wants them."""
    return _in_dialect(connections.get("default"), text)


def _in_dialect(connection: Any, text: str) -> str:
    return _numbered(text) if connection.capabilities.dialect == "postgres" else text


@lru_cache(maxsize=1024)
def _numbered(text: str) -> str:
    """``text`` with ``$1``, ``$2``… for its ``?`` (PostgreSQL), once per statement text."""
    parts = text.split("?")
    return "".join(f"{part}${i}" for i, part in enumerate(parts[:-1], 1)) + parts[-1]


async def execute(text: str, values: Sequence[Any]) -> list[dict[str, Any]]:
    """Run ``text`` (with ``?`` placeholders) with ``values``; the rows as dicts."""
    connection = connections.get("default")
    _, rows = await connection.execute_query(_in_dialect(connection, text), list(values))
    return [dict(row) for row in rows]


def subquery(queryset: AwaitableQuery[Any]) -> tuple[str, list[Any]]:
    """The SQL of ``queryset`` (one selected column) with ``?`` placeholders, and its values,
    to embed in raw SQL as ``IN (…)``: row scope stays written once, in the ORM."""
    queryset.sql()  # builds the query for the connected dialect
    text, values = queryset.query.get_parameterized_sql()
    return _NUMBERED.sub("?", text), list(values)


async def returning(text: str, values: Sequence[Any]) -> list[dict[str, Any]]:
    """Run a write with a ``RETURNING`` clause (``?`` placeholders); the rows it returns
    (:func:`execute` returns none for a write on PostgreSQL)."""
    connection = connections.get("default")
    return list(await connection.execute_query_dict(_in_dialect(connection, text), list(values)))
