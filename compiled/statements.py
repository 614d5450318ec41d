"""Putting SQL statements together from the querysets the resolvers build, and running
them without model instances."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from tortoise import connections
from tortoise.expressions import RawSQL
from tortoise.fields import Field
from tortoise.models import Model
from tortoise.queryset import QuerySet

from compiled.selection import Row, Writer
from resolvers.principal import Principal
from resolvers.scope import scoped
from resolvers.scope_sql import Parameters


def column(model: type[Model], name: str) -> str:
    field = model._meta.fields_map[name]
    return field.source_field or name


def datetime_writer(field: Field, key: str) -> Writer:
    """The ISO text of a timestamp column, converted as the ORM converts it (asyncpg's
    values are in UTC already, as the ORM would make them: written as they are)."""
    convert = field.to_python_value

    def write(row: Row) -> str | None:
        value = row[key]
        if value is None:
            return None
        if isinstance(value, datetime) and value.tzinfo is UTC:
            return value.isoformat()
        return convert(value).isoformat()

    return write


def sql_of(queryset: QuerySet[Any] | Any) -> tuple[str, list[Any]]:
    """The parameterised SQL of a queryset (tortoise builds it as for execution)."""
    queryset._choose_db_if_not_chosen()
    queryset._make_query()
    sql, params = queryset.query.get_parameterized_sql()
    return sql, list(params)


class Statement(Parameters):
    """SQL text and parameters put together in text order; PostgreSQL's numbered
    placeholders (``$1``) of each fragment are renumbered after those before it."""

    def __init__(self, numbered: bool) -> None:
        super().__init__(numbered)
        self.parts: list[str] = []

    def add(self, sql: str, params: list[Any] | None = None) -> None:
        """Append ``sql`` with its own ``params``."""
        if self.numbered and params:
            offset = len(self.params)
            sql = re.sub(r"\$(\d+)", lambda match: f"${int(match[1]) + offset}", sql)
        self.parts.append(sql)
        self.params.extend(params or [])

    def join(self, table: str, alias: str, condition: str) -> None:
        """Begin a ``LEFT JOIN`` of at most one row of ``table`` per row so far, on
        ``condition`` (more may follow with :meth:`add`; close with :meth:`end_join`).

        On PostgreSQL a ``LATERAL`` sub-select: the planner looks the row up by index for
        each row of the page instead of joining every row of the table it might match.
        """
        if self.numbered:
            self.add(f'LEFT JOIN LATERAL (SELECT * FROM "{table}" {alias} WHERE {condition}')
        else:
            self.add(f'LEFT JOIN "{table}" {alias} ON {condition}')

    def end_join(self, alias: str) -> None:
        """Close the join begun by :meth:`join`."""
        if self.numbered:
            self.add(f"LIMIT 1) {alias} ON TRUE")

    @property
    def sql(self) -> str:
        """The statement's text."""
        return " ".join(self.parts)


async def run_sql(statement: Statement) -> Sequence[Row]:
    """Rows of ``statement`` on the default connection, as the driver gives them (asyncpg's
    records, SQLite's rows: read by column name, not copied into dicts)."""
    _, rows = await connections.get("default").execute_query(statement.sql, statement.params)
    return rows


def numbered_placeholders() -> bool:
    """Whether the database numbers its placeholders (PostgreSQL's ``$1``)."""
    return connections.get("default").capabilities.dialect == "postgres"


def join_scoped(
    out: Statement, model: type[Model], alias: str, key: str, principal: Principal
) -> None:
    """``LEFT JOIN`` the row of ``model`` whose id is the SQL expression ``key``, if the
    caller reaches it: the scoped queryset of the resolvers, correlated with ``key``."""
    reachable = (
        scoped(model, principal)
        .filter(id=RawSQL(key))
        .order_by("id")
        .limit(1)
        .values_list("id", flat=True)
    )
    out.add(f'LEFT JOIN "{model._meta.db_table}" {alias} ON {alias}."id" = (')
    out.add(*sql_of(reachable))
    out.add(")")


#: Statements a plan keeps (LRU), per plan.
STATEMENT_CACHE_SIZE = 1024


def caller_key(principal: Principal) -> tuple[Any, ...]:
    """What a statement built for ``principal`` can depend on: the role, the guest link and
    booking, and every column of the account as read in this request (a changed account
    builds its statements again)."""
    user = principal.user
    account = (
        None
        if user is None
        else tuple(getattr(user, name) for name in user._meta.fields_db_projection)
    )
    return (principal.role, principal.link_id, principal.booking_id, account)


class StatementCache:
    """Statements (with what was planned alongside) built for a caller and a page request:
    building one through the ORM's query builder costs more than running it. A statement
    with a time among its parameters (a cursor's, or "now") is never kept."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[Any, ...], tuple[Any, Statement]] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> tuple[Any, Statement] | None:
        """What was kept for ``key``, if anything."""
        found = self._kept.get(key)
        if found is not None:
            self._kept.move_to_end(key)
        return found

    def put(self, key: tuple[Any, ...], planned: Any, statement: Statement) -> None:
        """Keep ``statement`` (and ``planned``) for ``key`` unless it depends on a time."""
        if any(isinstance(value, date) for value in statement.params):
            return
        self._kept[key] = (planned, statement)
        if len(self._kept) > STATEMENT_CACHE_SIZE:
            self._kept.popitem(last=False)
