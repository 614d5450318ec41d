"""Relay plumbing: global ids and the generic connection type."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import strawberry
from strawberry.relay import GlobalID

from resolvers.errors import BadUserInput
from resolvers.ids import parse_pk
from resolvers.pagination import Page
from roost.i18n import N_

T = TypeVar("T")


def parse_global_id(value: str) -> tuple[str, str] | None:
    """``(type name, node id)`` of an opaque global id, or ``None`` if it is malformed."""
    try:
        gid = GlobalID.from_id(value)
    except Exception:  # malformed ids look like missing rows
        return None
    return gid.type_name, gid.node_id


def global_id(type_name: str, pk: int | None) -> strawberry.ID | None:
    """The opaque global id of row ``pk`` of ``type_name`` (what ``str(GlobalID(...))`` is:
    base64 of ``<type name>:<id>``, built directly: pages write one per row)."""
    if pk is None:
        return None
    return strawberry.ID(base64.b64encode(f"{type_name}:{pk}".encode()).decode())


def node_pk(value: strawberry.ID | str | None, type_name: str) -> int | None:
    """The database id behind a global id of ``type_name``; ``None`` when it is not one."""
    parsed = parse_global_id(str(value)) if value is not None else None
    return parse_pk(parsed[1]) if parsed and parsed[0] == type_name else None


def decode_id(value: strawberry.ID | str | None, type_name: str, field: str) -> int | None:
    """The database id behind a global id of ``type_name``; a wrong one is a client error."""
    if value is None:
        return None
    pk = node_pk(value, type_name)
    if pk is None:
        raise BadUserInput(
            N_("`{field}` must be the id of a {type}."),
            {"field": field, "type": type_name},
            field=field,
        )
    return pk


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type
class Connection(Generic[T]):
    """A page of results; `totalCount` is counted only when asked for."""

    edges: list[Edge[T]]
    page_info: PageInfo
    counter: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many rows match, over all pages (one more query).")
    async def total_count(self) -> int:
        return await self.counter()

    @strawberry.field(description="The nodes of this page, without cursors.")
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]

    @classmethod
    def from_page(cls, page: Page) -> Connection[T]:
        """The connection of one page of rows."""
        pairs = zip(page.rows, page.cursors, strict=True)
        edges = [Edge(node=row, cursor=cursor) for row, cursor in pairs]
        return cls(
            edges=edges,
            page_info=PageInfo(
                has_next_page=page.has_next_page,
                has_previous_page=page.has_previous_page,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            counter=page.count,
        )
