"""Keyset pagination over scoped, ordered querysets, with a page-size cap.

A cursor holds the sort values of its row (the queryset's ``order_by`` keys, ending with a
unique ``id``), so the next page starts strictly after that row whatever was inserted or
deleted meanwhile: rows neither repeat nor go missing between page requests. Nullable sort
keys sort last in either direction, the same on SQLite and PostgreSQL. ``first``/``after``
page forwards, ``last``/``before`` backwards. The total count is a query run only when a
client asks for it.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial, reduce
from operator import or_
from typing import Any, Generic, TypeVar

import orjson
from tortoise import fields
from tortoise.expressions import Q, RawSQL
from tortoise.models import Model
from tortoise.queryset import QuerySet

from resolvers.errors import BadUserInput
from roost.i18n import N_

M = TypeVar("M", bound=Model)
T = TypeVar("T")

#: Cursors longer than this are not ours.
_MAX_CURSOR = 1000


def encode_cursor(values: Sequence[Any]) -> str:
    """The opaque cursor of a row with these sort values."""
    raw = orjson.dumps([v.isoformat() if isinstance(v, date) else v for v in values])
    return base64.urlsafe_b64encode(raw).decode()


def _decode(cursor: str, field: str) -> list[Any]:
    try:
        if len(cursor) > _MAX_CURSOR:
            raise ValueError(cursor)
        values = orjson.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, binascii.Error, orjson.JSONDecodeError):
        raise BadUserInput(N_("Invalid cursor."), field=field) from None
    if not isinstance(values, list):
        raise BadUserInput(N_("Invalid cursor."), field=field)
    return values


def decode_cursor(cursor: str, field: str) -> list[Any]:
    """The sort values held by ``cursor``; ``BAD_USER_INPUT`` when it is not one of ours."""
    return _decode(cursor, field)


@dataclass(frozen=True)
class SortKey:
    """One key of an ordering: a column or annotation, its direction, how to read values."""

    name: str
    descending: bool
    parse: Callable[[Any], Any]

    def after(self, value: Any, backwards: bool) -> Q:
        """Rows past ``value`` in the direction of travel."""
        later = self.descending != backwards
        return Q(**{f"{self.name}__{'lt' if later else 'gt'}": value})


def _parser(field: fields.Field | None) -> Callable[[Any], Any]:
    if isinstance(field, fields.DatetimeField):
        return datetime.fromisoformat
    if isinstance(field, fields.DateField):
        return date.fromisoformat
    if field is None or isinstance(
        field, fields.IntField | fields.BigIntField | fields.SmallIntField
    ):
        return _integer
    return _text


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(value)
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


def _null_rank(model: type[Model], column: str) -> RawSQL:
    return RawSQL(f'CASE WHEN "{model._meta.db_table}"."{column}" IS NULL THEN 1 ELSE 0 END')


def _keyed(queryset: QuerySet[M]) -> tuple[QuerySet[M], list[SortKey]]:
    """The queryset ordered by explicit keys (nulls last, ``id`` last) and those keys."""
    model = queryset.model
    # tortoise keeps (name, pypika Order) pairs, for order_by and the model's Meta.ordering
    # alike; Order.desc.value is "DESC".
    orderings = [
        (name, direction.value == "DESC")
        for name, direction in queryset._orderings or model._meta.ordering
    ]
    keys: list[SortKey] = []
    for name, descending in orderings:
        field = model._meta.fields_map.get(name)
        if field is not None and field.null:
            rank = f"_{name}_missing"
            queryset = queryset.annotate(**{rank: _null_rank(model, field.source_field or name)})
            keys.append(SortKey(rank, False, _integer))
        keys.append(SortKey(name, descending, _parser(field)))
    if keys[-1].name != "id":
        keys.append(SortKey("id", keys[-1].descending if keys else False, _integer))
    return queryset, keys


def _order(keys: Sequence[SortKey], backwards: bool) -> list[str]:
    return [("-" if key.descending != backwards else "") + key.name for key in keys]


def _values(row: Any, keys: Sequence[SortKey]) -> list[Any]:
    read = row.get if isinstance(row, Mapping) else partial(getattr, row)
    values = []
    for key in keys:
        if key.name.startswith("_") and key.name.endswith("_missing"):
            values.append(1 if read(key.name[1 : -len("_missing")]) is None else 0)
        else:
            values.append(read(key.name))
    return values


def _past(keys: Sequence[SortKey], cursor: str, field: str, backwards: bool) -> Q:
    """Rows strictly past the row of ``cursor``: equal on the first keys, past on the next."""
    raw = _decode(cursor, field)
    if len(raw) != len(keys):
        raise BadUserInput(N_("Invalid cursor."), field=field)
    try:
        values = [
            None if value is None else key.parse(value)
            for key, value in zip(keys, raw, strict=True)
        ]
    except (TypeError, ValueError):
        raise BadUserInput(N_("Invalid cursor."), field=field) from None
    levels = []
    for depth, key in enumerate(keys):
        if values[depth] is None:
            continue  # nothing sorts past a missing value but the other rows missing it
        same = [
            Q(**{f"{k.name}__isnull": True}) if v is None else Q(**{k.name: v})
            for k, v in zip(keys[:depth], values[:depth], strict=True)
        ]
        levels.append(Q(*same, key.after(values[depth], backwards), join_type=Q.AND))
    return reduce(or_, levels) if levels else Q(id__in=[])


@dataclass(frozen=True)
class Window:
    """Which page a client asks for: ``first`` after a cursor, or ``last`` before one."""

    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None

    def sized(self, default: int) -> Window:
        """This window, with ``first = default`` when it names no size at all."""
        if self.first is None and self.last is None:
            return replace(self, first=default)
        return self


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows, their cursors, their neighbours' existence, and a way to count."""

    rows: list[T]
    cursors: list[str]
    has_next_page: bool
    has_previous_page: bool
    count: Callable[[], Awaitable[int]]

    def with_rows(self, rows: list[Any]) -> Page[Any]:
        """The same page carrying other objects for the same rows (same order)."""
        return replace(self, rows=rows)  # type: ignore[return-value]


def _size(value: int | None, name: str, max_page_size: int) -> int | None:
    if value is None:
        return None
    if value < 0:
        raise BadUserInput(N_("`{name}` must not be negative."), {"name": name}, field=name)
    if value > max_page_size:
        raise BadUserInput(
            N_("`{name}` must be at most {most}."),
            {"name": name, "most": max_page_size},
            field=name,
            max=max_page_size,
        )
    return value


def page_size(value: int | None, name: str, max_page_size: int) -> int:
    """The page size a client asked for with ``name`` (default and cap: ``max_page_size``)."""
    size = _size(value, name, max_page_size)
    return max_page_size if size is None else size


@dataclass(frozen=True)
class PagePlan(Generic[M]):
    """How to read one page: the queryset past the cursor in the direction of travel, the
    page size, the travel and the sort keys that make cursors."""

    ordered: QuerySet[M]
    size: int
    travel: Travel
    keys: list[SortKey]

    def cursor(self, row: Any) -> str:
        """The cursor of ``row`` (a model instance, or a mapping of its column values)."""
        return encode_cursor(_values(row, self.keys))

    async def read(self, count: Callable[[], Awaitable[int]]) -> Page[M]:
        """Read the page; ``count`` counts every row of the list (if ``totalCount`` asks)."""
        return await page_of(self.ordered, self.size, self.travel, self.cursor, count)


def plan_page(
    queryset: QuerySet[M],
    first: int | None,
    after: str | None,
    max_page_size: int,
    *,
    last: int | None = None,
    before: str | None = None,
) -> PagePlan[M]:
    """The plan of the page of the ordered ``queryset``: ``first`` rows after cursor
    ``after``, or the ``last`` rows before cursor ``before``; refuses bad windows."""
    if first is not None and last is not None:
        raise BadUserInput(N_("Give `first` or `last`, not both."), field="first")
    forward = _size(first, "first", max_page_size)
    backward = _size(last, "last", max_page_size)
    backwards = backward is not None
    size = backward if backwards else forward if forward is not None else max_page_size
    window, keys = _keyed(queryset)
    if after:
        window = window.filter(_past(keys, after, "after", backwards=False))
    if before:
        window = window.filter(_past(keys, before, "before", backwards=True))
    return PagePlan(
        window.order_by(*_order(keys, backwards)),
        size,
        Travel(backwards, from_cursor=bool(before if backwards else after)),
        keys,
    )


async def paginate(
    queryset: QuerySet[M],
    first: int | None,
    after: str | None,
    max_page_size: int,
    *,
    last: int | None = None,
    before: str | None = None,
) -> Page[M]:
    """The page of the ordered ``queryset``: ``first`` rows after cursor ``after``, or the
    ``last`` rows before cursor ``before``."""
    plan = plan_page(queryset, first, after, max_page_size, last=last, before=before)
    return await plan.read(queryset.count)


@dataclass(frozen=True)
class Travel:
    """Which way a page is read, and whether it starts from a cursor (so rows lie behind)."""

    backwards: bool
    from_cursor: bool


async def page_of(
    ordered: QuerySet[M],
    size: int,
    travel: Travel,
    cursor: Callable[[M], str],
    count: Callable[[], Awaitable[int]],
) -> Page[M]:
    """Read one page from ``ordered`` (already filtered past the starting cursor and sorted
    in the direction of travel): ``size`` rows, and whether more lie beyond."""
    read = list(await ordered.limit(size + 1)) if size else []
    rows, has_next, has_previous = trim(read, size, travel)
    return Page(
        rows=rows,
        cursors=[cursor(row) for row in rows],
        has_next_page=has_next,
        has_previous_page=has_previous,
        count=count,
    )


def trim(rows: list[T], size: int, travel: Travel) -> tuple[list[T], bool, bool]:
    """The page from the ``size + 1`` rows read in the direction of travel: its rows in
    order, whether a next page and whether a previous page exist."""
    more = len(rows) > size
    rows = rows[:size]
    if travel.backwards:
        rows.reverse()
        return rows, travel.from_cursor, more
    return rows, more, travel.from_cursor


def empty_page() -> Page[Any]:
    """A page with nothing in it."""

    async def zero() -> int:
        return 0

    return Page(rows=[], cursors=[], has_next_page=False, has_previous_page=False, count=zero)
