"""Pages of rows and the connections written from them (as ``resolvers.pagination``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tortoise.fields import DatetimeField
from tortoise.models import Model

from compiled.selection import Row, Selected, Unsupported, Writer, leaf
from compiled.statements import column, datetime_writer
from resolvers.pagination import PagePlan, Travel, encode_cursor, trim


@dataclass(frozen=True)
class Edges:
    """How to write a page: its edges, page info and nodes, by selection."""

    write: Callable[[list[Row], list[str], dict[str, Any]], dict[str, Any]]


def node_selection(selected: Selected) -> Selected | None:
    """A connection's selection of its nodes (``edges { node }`` or ``nodes``), ``None``
    when it selects none; raises :class:`Unsupported` when they are selected twice."""
    targets = [
        target
        for child in selected.children
        for target in (child.children if child.name == "edges" else [child])
        if target.name == "node" or child.name == "nodes"
    ]
    if len(targets) > 1:
        raise Unsupported("nodes selected twice")
    return targets[0] if targets else None


def connection_writer(selected: Selected, node: Writer) -> Edges:
    """The writer of a connection for ``selected`` (``totalCount`` is not compiled)."""
    parts: list[tuple[str, str, tuple[Selected, ...]]] = []
    for child in selected.children:
        if child.name not in ("edges", "pageInfo", "nodes") or child.node.arguments:
            raise Unsupported(f"Connection.{child.name}")
        parts.append((child.key, child.name, child.children))
    for _, name, children in parts:
        if name == "edges":
            for edge in children:
                if edge.name == "cursor":
                    leaf(edge)
                elif edge.name != "node":
                    raise Unsupported(f"Edge.{edge.name}")
        if name == "pageInfo":
            for info in children:
                leaf(info)
                if info.name not in _PAGE_INFO:
                    raise Unsupported(f"PageInfo.{info.name}")

    def write(rows: list[Row], cursors: list[str], info: dict[str, Any]) -> dict[str, Any]:
        nodes = [node(row) for row in rows]
        out: dict[str, Any] = {}
        for key, name, children in parts:
            if name == "nodes":
                out[key] = nodes
            elif name == "pageInfo":
                out[key] = {c.key: info[_PAGE_INFO[c.name]] for c in children}
            else:
                out[key] = [
                    {c.key: (cursor if c.name == "cursor" else value) for c in children}
                    for value, cursor in zip(nodes, cursors, strict=True)
                ]
        return out

    return Edges(write)


_PAGE_INFO = {
    "hasNextPage": "has_next_page",
    "hasPreviousPage": "has_previous_page",
    "startCursor": "start_cursor",
    "endCursor": "end_cursor",
}


def paged(
    rows: list[Row], size: int, travel: Travel, cursor: Callable[[Row], str]
) -> tuple[list[Row], list[str], dict[str, Any]]:
    """A page from the ``size + 1`` rows read in the direction of travel: its rows in
    order, their cursors and its page info (as :func:`resolvers.pagination.page_of`)."""
    rows, has_next, has_previous = trim(rows, size, travel)
    cursors = [cursor(row) for row in rows]
    info = {
        "has_next_page": has_next,
        "has_previous_page": has_previous,
        "start_cursor": cursors[0] if cursors else None,
        "end_cursor": cursors[-1] if cursors else None,
    }
    return rows, cursors, info


def cursor_writer(model: type[Model], page: PagePlan[Any]) -> Callable[[Row], str]:
    """The cursor of a row, as ``page.cursor`` writes it from the row's model values; how
    to read each sort key is chosen once per page, not per row."""
    readers = [_sort_reader(model, key.name) for key in page.keys]
    return lambda row: encode_cursor([read(row) for read in readers])


def _sort_reader(model: type[Model], name: str) -> Callable[[Row], Any]:
    """A sort key's value in a row, as the model holds it (timestamps as ISO text)."""
    fields = model._meta.fields_map
    if name.startswith("_") and name.endswith("_missing"):
        sorted_by = name[1 : -len("_missing")]
        key = column(model, sorted_by) if sorted_by in fields else sorted_by
        return lambda row: 1 if row[key] is None else 0
    field = fields.get(name)
    if field is None:
        return lambda row: row[name]
    key = column(model, name)
    if isinstance(field, DatetimeField):
        return datetime_writer(field, key)
    convert = field.to_python_value
    return lambda row: None if row[key] is None else convert(row[key])


def order_sql(model: type[Model], page: PagePlan[Any], alias: str) -> str:
    """The page's order (its sort keys in the direction of travel) on ``alias``'s columns."""
    order = []
    for key in page.keys:
        descending = key.descending != page.travel.backwards
        name = column(model, key.name) if key.name in model._meta.fields_map else key.name
        order.append(f'"{alias}"."{name}" {"DESC" if descending else "ASC"}')
    return ", ".join(order)
